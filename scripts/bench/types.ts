/** The shape every benchmark module returns; `npm run bench` gathers them into one report. */
export interface Metric {
	name: string;
	value: number;
	unit: string;
	/** The target, when the issue sets one, and whether lower or higher is better. */
	target?: { value: number; better: 'lower' | 'higher' };
}

export interface BenchResult {
	/** What was measured, e.g. "timeline (2,000 synthetic events)". */
	name: string;
	metrics: Metric[];
	/** Anything a reader of the report must know (machine, noise, what was not measured). */
	notes?: string[];
}

/** A benchmark module: `export default async function bench(): Promise<BenchResult[]>`. */
export type Bench = () => Promise<BenchResult[]>;
