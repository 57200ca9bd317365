/**
 * What a job figure counts, and which figures may be compared or added up. One implementation for
 * the figures page, the flow map, the case list, the open data and the case page.
 *
 * Only figures whose `measure` is `moved`, `created` or `cut` are comparable: they count jobs
 * affected by the move. Head counts (`site-staff`, `company-staff`) are context, shown on the case
 * page and never added; a figure without a `measure` is not comparable either (we do not know what
 * it counts), so it is never added up or used to compare cases.
 *
 * The per-case rule (`caseJobFigure`): a case's figure is its latest observed comparable figure,
 * else its latest announced comparable figure, else none. "Latest" is the latest dated one, else
 * the last listed when none of them is dated (`latestComparable`).
 */
import type { CaseData } from '../schemas/case.ts';
import type { Lang } from '../schemas/common.ts';
import type { JobMeasure } from '../schemas/vocabulary.ts';
import { comparePartialDates } from './dates.ts';
import { formatDate, formatNumber, label } from '../i18n/index.ts';

export type JobFigure = CaseData['jobs'][number];
export type JobKind = JobFigure['kind'];

/** The measures that count jobs affected by a move, and only those: the figures that may be added up. */
export const COMPARABLE_MEASURES = ['moved', 'created', 'cut'] as const satisfies readonly JobMeasure[];

/** True when the figure counts jobs moved, created or cut; false for head counts and figures without a measure. */
export function isComparable(job: Pick<JobFigure, 'measure'>): boolean {
	return job.measure !== undefined && (COMPARABLE_MEASURES as readonly string[]).includes(job.measure);
}

/**
 * The latest comparable figure of one kind: the latest dated one, or the last listed when none is
 * dated. Undefined when the case has none (never zero).
 */
export function latestComparable(jobs: readonly JobFigure[], kind: JobKind): JobFigure | undefined {
	const ofKind = jobs.filter((j) => j.kind === kind && isComparable(j));
	const dated = ofKind.filter((j) => j.date !== undefined).sort((a, b) => comparePartialDates(a.date, b.date));
	return dated.at(-1) ?? ofKind.at(-1);
}

/** The case's one figure where cases are compared (flow map, case list sort, cost per job): observed, else announced. */
export function caseJobFigure(jobs: readonly JobFigure[]): JobFigure | undefined {
	return latestComparable(jobs, 'observed') ?? latestComparable(jobs, 'announced');
}

/**
 * A figure as words, never a bare number: "400 créés, annoncés, 2009" / "400 created, announced,
 * 2009"; a figure without a measure says so ("400 emplois (mesure non précisée), annoncés").
 * `claimant` adds who makes the claim ("selon l'entreprise" / "according to the company"); `yearOnly`
 * gives the year of the date, for compact lists (the case list).
 */
export function jobFigureText(
	lang: Lang,
	job: Pick<JobFigure, 'count' | 'kind' | 'measure' | 'date' | 'claimant'>,
	options: { claimant?: boolean; yearOnly?: boolean } = {},
): string {
	const parts = [
		`${formatNumber(lang, job.count)} ${label(lang, 'measure', job.measure ?? 'unspecified')}`,
		label(lang, 'jobs', job.kind),
		...(job.date ? [options.yearOnly ? job.date.slice(0, 4) : formatDate(lang, job.date)] : []),
		...(options.claimant && job.claimant ? [label(lang, 'claimant', job.claimant)] : []),
	];
	return parts.join(', ');
}
