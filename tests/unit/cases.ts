/** Test data: a minimal valid case, validated by the real schema so that its defaults apply. */
import { caseSchema, type CaseData } from '../../src/schemas/case.ts';

/** A case with every required field filled; `over` replaces any of them. */
export function minimalCase(over: Record<string, unknown> = {}): CaseData {
	return caseSchema.parse({
		company: 'Acme',
		sector: 'telecom',
		function: 'customer-service',
		operator: 'in-house',
		movement: 'reshoring',
		scope: 'total',
		to: [{ country: 'FR' }],
		status: 'implemented',
		sources: ['s'],
		confidence: 'single-source',
		updated: '2026-01-01',
		...over,
	});
}
