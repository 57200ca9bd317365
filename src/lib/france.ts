/**
 * The finding ORCA states with its numbers: work that left France is well documented, work that
 * came back to France is rare. Counted from the cases themselves, never typed.
 */
import type { CaseData } from '../schemas/case.ts';

/** A case reduced to what the count needs. */
export interface CaseFacts {
	id: string;
	data: Pick<CaseData, 'company' | 'movement' | 'from' | 'to' | 'date'>;
}

/** Cases of work leaving France (offshoring or nearshoring from FR) and of work coming back to France (reshoring to FR). */
export interface FranceBalance {
	/** Number of cases in which work left France. */
	left: number;
	/** The cases in which work came back to France, oldest first (undated last), then by company. */
	returned: { id: string; company: string; date?: string }[];
}

/** Counts the cases of work leaving France and lists those of work coming back. */
export function franceBalance(cases: readonly CaseFacts[]): FranceBalance {
	const inFrance = (places: readonly { country: string }[]) => places.some((p) => p.country === 'FR');
	const returned = cases
		.filter((c) => c.data.movement === 'reshoring' && inFrance(c.data.to))
		.map((c) => ({ id: c.id, company: c.data.company, ...(c.data.date ? { date: c.data.date } : {}) }))
		.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.company.localeCompare(b.company, 'fr'));
	return { left: cases.filter((c) => c.data.movement !== 'reshoring' && inFrance(c.data.from)).length, returned };
}
