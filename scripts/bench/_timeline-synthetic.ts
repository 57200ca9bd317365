/**
 * A synthetic corpus for the timeline benchmark and the density tests: made-up companies
 * ("Synthetic company 7"), never published. Deterministic (seeded), so that runs compare.
 */
import type { DataCorpus } from '../../src/lib/data-corpus.ts';
import type { CaseData } from '../../src/schemas/case.ts';
import { EVENT_TYPES, MOVEMENTS, SECTORS } from '../../src/schemas/vocabulary.ts';

const ORIGINS = ['FR', 'BE', 'ES', 'DE', 'GB'];
const DESTINATIONS = ['MA', 'TN', 'SN', 'MU', 'IN', 'PH', 'PT', 'RO', 'FR'];

/** A small linear congruential generator: the same seed gives the same numbers. */
export function random(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `cases` made-up cases with `eventsPerCase` events each, dated between 2000 and 2025 at mixed precision. */
export function syntheticCorpus(cases: number, eventsPerCase: number, seed = 1, source = 'synthetic'): DataCorpus {
	const rand = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const pad = (n: number) => String(n).padStart(2, '0');
	const date = () => {
		const y = 2000 + Math.floor(rand() * 26);
		const p = rand();
		if (p < 0.25) return String(y);
		const m = 1 + Math.floor(rand() * 12);
		if (p < 0.6) return `${y}-${pad(m)}`;
		return `${y}-${pad(m)}-${pad(1 + Math.floor(rand() * 28))}`;
	};
	return {
		cases: Array.from({ length: cases }, (_, i) => {
			const company = `Synthetic company ${i + 1}`;
			const data: CaseData = {
				company,
				sector: pick(SECTORS),
				function: 'customer-service',
				operator: 'in-house',
				movement: pick(MOVEMENTS),
				scope: 'unknown',
				from: [{ country: pick(ORIGINS) }],
				to: [{ country: pick(DESTINATIONS) }],
				status: 'unknown',
				formerIds: [],
				jobs: [],
				motives: [],
				quotes: [],
				events: Array.from({ length: eventsPerCase }, (_, n) => ({
					date: date(),
					type: pick(EVENT_TYPES),
					label: { fr: `Étape ${n + 1} (synthétique)`, en: `Step ${n + 1} (synthetic)` },
					sources: [source],
				})),
				sources: [source],
				relatedCases: [],
				relatedDocuments: [],
				confidence: 'single-source',
				changes: [],
				updated: '2026-01-01',
			};
			const text = { title: company, summary: 'Synthetic.' };
			return { id: `synthetic-${i + 1}`, data, text: { fr: text, en: text } };
		}),
		documents: [],
		sources: [],
		context: [],
	};
}
