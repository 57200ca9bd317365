/**
 * The figures of the figures page, per language: each chart's spec, data table, CSV, text summary
 * and notes on what it leaves out, all from the aggregates of src/lib/charts/aggregates.ts.
 */
import type { Lang } from '../schemas/common.ts';
import { MOVEMENTS } from '../schemas/vocabulary.ts';
import type { DataCorpus } from './data-corpus.ts';
import {
	costPerJob,
	eventsByYear,
	flowCases,
	jobsByYear,
	topCountries,
	type CountryCount,
	type YearMovementValue,
} from './charts/aggregates.ts';
import { toCsv } from './csv.ts';
import { countryName, formatMoney, formatNumber, label, LOCALES, t } from '../i18n/index.ts';
import { yearRange, type ChartSpec } from './charts/layout.ts';
import { aggregateFlows, flowYears, mapFlows, type FlowMapPayload, type FlowStrings } from './charts/flows.ts';
import { countryPosition } from './charts/centroids.ts';
import { pageUrl } from './url.ts';
import { panelKey, panelOrder, seriesKey, seriesRows, seriesTotals, type SeriesRow } from './charts/series.ts';
import { SERIES_MEASURES, type SeriesId } from '../schemas/vocabulary.ts';
import { formatDate, formatList } from '../i18n/index.ts';

export interface TableCell {
	text: string;
	/** The raw value written to the CSV. */
	raw: string | number;
	/** True when the cell is drawn as one mark of the chart. */
	mark?: boolean;
	numeric?: boolean;
	/** Links shown instead of the text (a point's sources). */
	links?: { text: string; href: string }[];
}

export interface FigureData {
	/** Stable anchor, e.g. `fig-events`. */
	id: string;
	number: number;
	title: string;
	caption: string;
	/** A sentence or two saying what the chart shows, for screen readers and for everyone. */
	summary: string;
	/** What the chart leaves out and why. */
	notes: string[];
	/** Undefined when there is nothing to draw. */
	spec?: ChartSpec;
	head: string[];
	rows: TableCell[][];
	csv: string;
	/** The sources of the figure's points, when its data come from sources rather than from the cases. */
	sources?: { text: string; href: string }[];
}

const movementSeries = (lang: Lang) => MOVEMENTS.map((m) => ({ key: m, label: label(lang, 'movement', m), color: `var(--${m})` }));
const num = (lang: Lang, n: number): TableCell => ({ text: formatNumber(lang, n), raw: n, numeric: true });
const text = (s: string): TableCell => ({ text: s, raw: s });
const csvOf = (head: string[], rows: TableCell[][]) =>
	toCsv(
		head,
		rows.map((r) => r.map((c) => c.raw)),
	);

function yearMovementRows(lang: Lang, rows: YearMovementValue[]): TableCell[][] {
	const years = [...new Set(rows.map((r) => r.year))];
	return years.map((year) => {
		const cells = MOVEMENTS.map((m) => rows.find((r) => r.year === year && r.movement === m)?.value ?? 0);
		return [
			{ text: String(year), raw: year },
			...cells.map((v) => ({ ...num(lang, v), mark: v > 0 })),
			num(
				lang,
				cells.reduce((a, b) => a + b, 0),
			),
		];
	});
}

function eventsFigure(lang: Lang, corpus: DataCorpus): FigureData {
	const r = eventsByYear(corpus);
	const head = [t(lang, 'fig.col.year'), ...MOVEMENTS.map((m) => label(lang, 'movement', m)), t(lang, 'fig.col.total')];
	const rows = yearMovementRows(lang, r.rows);
	const years = r.rows.map((x) => x.year);
	const totals = rows.map((row) => Number(row.at(-1)!.raw));
	const peak = totals.indexOf(Math.max(...totals));
	return {
		id: 'fig-events',
		number: 1,
		title: t(lang, 'fig.events.title'),
		caption: t(lang, 'fig.events.caption'),
		summary:
			r.events === 0
				? t(lang, 'fig.empty')
				: t(lang, 'fig.events.summary', {
						events: formatNumber(lang, r.events),
						first: Math.min(...years),
						last: Math.max(...years),
						peakYear: String(rows[peak]![0]!.raw),
						peak: formatNumber(lang, totals[peak]!),
					}),
		notes: r.casesWithoutEvents > 0 ? [t(lang, 'fig.events.excluded', { n: formatNumber(lang, r.casesWithoutEvents) })] : [],
		...(r.events > 0
			? {
					spec: {
						kind: 'columns',
						panels: [
							{
								categories: yearRange(years),
								cells: r.rows.map((x) => ({ category: String(x.year), series: x.movement, value: x.value })),
							},
						],
						series: movementSeries(lang),
						locale: LOCALES[lang],
						valueLabel: t(lang, 'fig.events.unit'),
					} satisfies ChartSpec,
				}
			: {}),
		head,
		rows,
		csv: csvOf(head, rows),
	};
}

/**
 * Jobs per year by movement, announced and observed in two panels of one chart (never added
 * together): the figures page's Figure 2 and the home page's trend.
 */
export function jobsChart(lang: Lang, corpus: DataCorpus) {
	const kinds = (['announced', 'observed'] as const).map((kind) => ({ kind, ...jobsByYear(corpus, kind) }));
	const years = kinds.flatMap((k) => k.rows.map((r) => r.year));
	const spec: ChartSpec = {
		kind: 'columns',
		panels: kinds.map((k) => ({
			label: t(lang, k.kind === 'announced' ? 'fig.jobs.announced' : 'fig.jobs.observed'),
			categories: yearRange(years),
			cells: k.rows.map((x) => ({ category: String(x.year), series: x.movement, value: x.value })),
		})),
		series: movementSeries(lang),
		locale: LOCALES[lang],
		valueLabel: t(lang, 'fig.jobs.unit'),
	};
	return { kinds, years, spec, any: kinds.some((k) => k.counted > 0) };
}

function jobsFigure(lang: Lang, corpus: DataCorpus): FigureData {
	const { kinds, spec, any } = jobsChart(lang, corpus);
	const keys = [...new Set(kinds.flatMap((k) => k.rows.map((r) => `${r.year}|${r.movement}`)))].sort();
	const head = [t(lang, 'fig.col.year'), t(lang, 'fig.col.movement'), t(lang, 'fig.jobs.announced'), t(lang, 'fig.jobs.observed')];
	const rows = keys.map((key) => {
		const [year, movement] = key.split('|') as [string, (typeof MOVEMENTS)[number]];
		const cells = kinds.map((k) => k.rows.find((r) => String(r.year) === year && r.movement === movement));
		return [
			{ text: year, raw: Number(year) },
			text(label(lang, 'movement', movement)),
			...cells.map((c) => (c ? { ...num(lang, c.value), mark: true } : { text: '—', raw: '', numeric: true })),
		];
	});
	rows.sort((a, b) => Number(a[0]!.raw) - Number(b[0]!.raw));
	return {
		id: 'fig-jobs',
		number: 2,
		title: t(lang, 'fig.jobs.title'),
		caption: t(lang, 'fig.jobs.caption'),
		summary: any
			? t(lang, 'fig.jobs.summary', {
					announced: formatNumber(
						lang,
						kinds[0]!.rows.reduce((s, r) => s + r.value, 0),
					),
					announcedCases: formatNumber(lang, kinds[0]!.counted),
					observed: formatNumber(
						lang,
						kinds[1]!.rows.reduce((s, r) => s + r.value, 0),
					),
					observedCases: formatNumber(lang, kinds[1]!.counted),
				})
			: t(lang, 'fig.empty'),
		notes: [
			t(lang, 'fig.jobs.never'),
			t(lang, 'fig.jobs.rule'),
			...kinds.map((k) =>
				t(lang, 'fig.jobs.excluded', {
					kind: t(lang, k.kind === 'announced' ? 'fig.jobs.announced' : 'fig.jobs.observed'),
					without: formatNumber(lang, k.withoutFigure),
					notComparable: formatNumber(lang, k.notComparable),
					undated: formatNumber(lang, k.undated),
				}),
			),
		],
		...(any ? { spec } : {}),
		head,
		rows,
		csv: csvOf(head, rows),
	};
}

function countryLabel(lang: Lang, row: CountryCount): string {
	return row.country === 'other' ? t(lang, 'fig.countries.other', { n: row.countries ?? 0 }) : countryName(lang, row.country);
}

function countriesFigure(lang: Lang, corpus: DataCorpus, end: 'from' | 'to', number: number): FigureData {
	const r = topCountries(corpus, end);
	const name = end === 'from' ? 'origins' : 'destinations';
	const head = [t(lang, 'fig.col.country'), t(lang, 'fig.col.cases')];
	const rows = r.rows.map((row) => [
		{ text: countryLabel(lang, row), raw: row.country === 'other' ? 'other' : row.country },
		{ ...num(lang, row.cases), mark: true },
	]);
	const top = r.rows[0];
	return {
		id: `fig-${name}`,
		number,
		title: t(lang, `fig.${name}.title`),
		caption: t(lang, `fig.${name}.caption`),
		summary: top
			? t(lang, 'fig.countries.summary', {
					country: countryLabel(lang, top),
					n: formatNumber(lang, top.cases),
					countries: formatNumber(
						lang,
						r.rows.reduce((s, x) => s + (x.countries ?? 1), 0),
					),
				})
			: t(lang, 'fig.empty'),
		notes: [
			t(lang, 'fig.countries.counting'),
			...(r.withoutCountry > 0 ? [t(lang, `fig.${name}.excluded`, { n: formatNumber(lang, r.withoutCountry) })] : []),
		],
		...(top
			? {
					spec: {
						kind: 'bars',
						panels: [
							{
								categories: r.rows.map((x) => countryLabel(lang, x)),
								cells: r.rows.map((x) => ({ category: countryLabel(lang, x), series: 'cases', value: x.cases })),
							},
						],
						series: [{ key: 'cases', label: t(lang, 'fig.col.cases'), color: 'var(--accent)' }],
						locale: LOCALES[lang],
						valueLabel: t(lang, 'fig.col.cases'),
					} satisfies ChartSpec,
				}
			: {}),
		head,
		rows,
		csv: csvOf(head, rows),
	};
}

function costFigure(lang: Lang, corpus: DataCorpus): FigureData {
	const r = costPerJob(corpus);
	const head = [
		t(lang, 'fig.col.company'),
		t(lang, 'fig.col.movement'),
		t(lang, 'fig.col.cost'),
		t(lang, 'fig.col.currency'),
		t(lang, 'fig.col.jobs'),
		t(lang, 'fig.col.basis'),
		t(lang, 'fig.col.perJob'),
	];
	const rows = r.rows.map((x) => [
		text(x.company),
		text(label(lang, 'movement', x.movement)),
		{
			text: `${x.approximate ? `${t(lang, 'case.approximately')} ` : ''}${formatMoney(lang, x.amount, x.currency)}`,
			raw: x.amount,
			numeric: true,
		},
		text(x.currency),
		num(lang, x.jobs),
		{
			text: `${t(lang, x.basis === 'observed' ? 'fig.jobs.observed' : 'fig.jobs.announced')}, ${label(lang, 'measure', x.measure)}`,
			raw: `${x.basis} ${x.measure}`,
		},
		{ text: formatMoney(lang, x.perJob, x.currency), raw: x.perJob, numeric: true, mark: true },
	]);
	const currencies = [...new Set(r.rows.map((x) => x.currency))];
	const shared = new Set(r.rows.filter((x, i) => r.rows.findIndex((y) => y.company === x.company) !== i).map((x) => x.company));
	const categoryOf = (x: (typeof r.rows)[number]) => (shared.has(x.company) ? `${x.company} (${x.id})` : x.company);
	return {
		id: 'fig-cost',
		number: 5,
		title: t(lang, 'fig.cost.title'),
		caption: t(lang, 'fig.cost.caption'),
		summary:
			r.rows.length === 0
				? t(lang, 'fig.empty')
				: t(lang, 'fig.cost.summary', {
						n: formatNumber(lang, r.rows.length),
						list: [
							...r.rows.slice(0, 5).map((x) => `${x.company} ${formatMoney(lang, x.perJob, x.currency)}`),
							...(r.rows.length > 5 ? [`+${r.rows.length - 5}`] : []),
						].join(', '),
					}),
		notes: [
			t(lang, 'fig.cost.basis'),
			t(lang, 'fig.cost.excluded', { noCost: formatNumber(lang, r.withoutCost), noJobs: formatNumber(lang, r.withoutJobs) }),
		],
		...(r.rows.length > 0
			? {
					spec: {
						kind: 'bars',
						panels: currencies.map((currency) => {
							const inCurrency = r.rows.filter((x) => x.currency === currency);
							return {
								...(currencies.length > 1 ? { label: currency } : {}),
								categories: inCurrency.map(categoryOf),
								cells: inCurrency.map((x) => ({ category: categoryOf(x), series: x.movement, value: x.perJob })),
							};
						}),
						series: movementSeries(lang),
						locale: LOCALES[lang],
						valueLabel: t(lang, 'fig.cost.unit', { currency: currencies.join(', ') }),
					} satisfies ChartSpec,
				}
			: {}),
		head,
		rows,
		csv: csvOf(head, rows),
	};
}

/** A value as its source states it: `environ 4 000 MAD par mois`, `19 à 23 %`. */
export function seriesValueText(lang: Lang, point: Pick<SeriesRow, 'value' | 'upTo' | 'qualifier' | 'unit' | 'perMonth'>): string {
	const one = (v: number) =>
		point.unit === 'percent'
			? new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(v / 100)
			: formatMoney(lang, v, point.unit);
	let text = point.upTo === undefined ? one(point.value) : t(lang, 'fig.series.range', { low: one(point.value), high: one(point.upTo) });
	if (point.qualifier) text = t(lang, `fig.series.${point.qualifier}`, { value: text });
	return point.perMonth ? t(lang, 'fig.series.perMonth', { value: text }) : text;
}

const SHARE_COLORS = ['var(--accent)', 'var(--offshoring)', 'var(--reshoring)', 'var(--nearshoring)', 'var(--policy)', 'var(--context)'];
const PAY_COLORS = ['var(--offshoring)', 'var(--accent)', 'var(--nearshoring)', 'var(--reshoring)', 'var(--policy)', 'var(--context)'];

/**
 * A figure drawn from statistics entries: one point per value as its source states it, in panels
 * that never mix units (nor, for pay, pay and employer cost), with every point's source listed.
 */
export function seriesFigure(lang: Lang, corpus: Pick<DataCorpus, 'context' | 'sources'>, id: SeriesId, number: number): FigureData {
	const pay = id === 'adviser-pay';
	const name = pay ? 'pay' : 'share';
	const rows = seriesRows(corpus, id);
	const totals = seriesTotals(id, rows);
	const sourceById = new Map(corpus.sources.map((s) => [s.id, s.data]));
	const sourceIds = [...new Set(rows.flatMap((r) => r.sources))];
	const sourceLink = (sid: string) => {
		const source = sourceById.get(sid);
		if (!source) throw new Error(`Series point cites an unknown source "${sid}" (content/sources/${sid}.yaml)`);
		const detail = source.published ? formatDate(lang, source.published) : source.title;
		return { text: detail ? `${source.publisher}, ${detail}` : source.publisher, href: source.url };
	};
	const head = [
		t(lang, 'fig.col.date'),
		...(pay ? [t(lang, 'fig.col.country')] : []),
		t(lang, 'fig.col.measure'),
		t(lang, 'fig.col.value'),
		...(pay ? [t(lang, 'fig.col.currency'), t(lang, 'fig.col.equivalent')] : []),
		t(lang, 'fig.col.statedBy'),
		t(lang, 'fig.col.note'),
		t(lang, 'fig.col.source'),
	];
	const table = rows.map((r) => [
		{ text: r.dateInferred ? t(lang, 'fig.series.inferred', { date: formatDate(lang, r.date) }) : formatDate(lang, r.date), raw: r.date },
		...(pay ? [{ text: countryName(lang, r.country!), raw: r.country! }] : []),
		{ text: label(lang, 'seriesMeasure', r.measure), raw: r.measure },
		{ text: seriesValueText(lang, r), raw: r.upTo === undefined ? r.value : `${r.value}-${r.upTo}`, numeric: true, mark: true },
		...(pay
			? [
					text(r.unit),
					r.equivalent
						? { text: formatMoney(lang, r.equivalent.value, r.equivalent.unit), raw: `${r.equivalent.value} ${r.equivalent.unit}` }
						: text(''),
				]
			: []),
		text(r.statedBy[lang]),
		text(r.note?.[lang] ?? ''),
		{
			text: r.sources.join(' '),
			raw: r.sources.map((sid) => sourceLink(sid).href).join(' '),
			links: r.sources.map((sid) => ({ text: sourceById.get(sid)!.publisher, href: sourceLink(sid).href })),
		},
	]);
	const panels = panelOrder(rows.map((r) => panelKey(id, r)));
	const keys: string[] = pay
		? [...new Set(rows.map((r) => r.country!))].sort((a, b) => countryName(lang, a).localeCompare(countryName(lang, b), LOCALES[lang]))
		: SERIES_MEASURES[id].filter((m) => rows.some((r) => r.measure === m));
	const colors = pay ? PAY_COLORS : SHARE_COLORS;
	const years = rows.map((r) => r.year);
	const panelLabel = (key: string) =>
		t(lang, key.endsWith('|cost') ? 'fig.pay.panel.cost' : 'fig.pay.panel.pay', { currency: key.split('|')[0]! });
	return {
		id: `fig-${name}`,
		number,
		title: t(lang, `fig.${name}.title`),
		caption: t(lang, `fig.${name}.caption`),
		summary:
			rows.length === 0
				? t(lang, 'fig.empty')
				: t(lang, `fig.${name}.summary`, {
						n: formatNumber(lang, totals.points),
						sources: formatNumber(lang, totals.sources),
						first: totals.first!,
						last: totals.last!,
						countries: pay
							? formatList(
									lang,
									keys.map((k) => countryName(lang, k)),
								)
							: '',
						measures: formatNumber(lang, keys.length),
					}),
		notes: pay
			? [t(lang, 'fig.pay.nominal'), t(lang, 'fig.pay.measures'), t(lang, 'fig.pay.claims'), t(lang, 'fig.pay.inferred')]
			: [t(lang, 'fig.share.scope'), t(lang, 'fig.share.definitions'), t(lang, 'fig.share.both')],
		...(rows.length > 0
			? {
					spec: {
						kind: 'points',
						panels: panels.map((key) => ({
							label: pay ? panelLabel(key) : t(lang, 'fig.share.panel'),
							categories: yearRange(years),
							cells: rows
								.filter((r) => panelKey(id, r) === key)
								.map((r) => ({
									category: String(r.year),
									series: seriesKey(id, r),
									value: r.value,
									...(r.upTo === undefined ? {} : { high: r.upTo }),
								})),
						})),
						series: keys.map((k, i) => ({
							key: k,
							label: pay ? countryName(lang, k) : label(lang, 'seriesMeasure', k),
							color: colors[i % colors.length]!,
						})),
						locale: LOCALES[lang],
						valueLabel: t(lang, `fig.${name}.unit`),
					} satisfies ChartSpec,
				}
			: {}),
		head,
		rows: table,
		csv: csvOf(head, table),
		sources: sourceIds.map(sourceLink),
	};
}

/** Every figure of the page, numbered, in page order. */
export function buildFigures(lang: Lang, corpus: DataCorpus): FigureData[] {
	return [
		eventsFigure(lang, corpus),
		jobsFigure(lang, corpus),
		countriesFigure(lang, corpus, 'from', 3),
		countriesFigure(lang, corpus, 'to', 4),
		costFigure(lang, corpus),
		seriesFigure(lang, corpus, 'adviser-pay', 6),
		seriesFigure(lang, corpus, 'offshore-share', 7),
	];
}

/**
 * The flow map's table, notes and script payload, from the cases' origins and destinations: one
 * flow per directed country pair; `drawn` are the flows the map draws by default (and the rows of
 * its table), `unplaced` those it cannot (a country with no position on the base map).
 */
export function flowMapData(lang: Lang, corpus: DataCorpus) {
	const cases = flowCases(corpus);
	const { flows, withoutOrigin } = aggregateFlows(cases);
	const codes = [...new Set(cases.flatMap((c) => [...c.from, ...c.to]))].sort();
	const positions = Object.fromEntries(codes.flatMap((c) => (countryPosition(c) ? [[c, countryPosition(c)!]] : [])));
	const names = Object.fromEntries(codes.map((c) => [c, countryName(lang, c)]));
	const movements = Object.fromEntries(MOVEMENTS.map((m) => [m, label(lang, 'movement', m)])) as FlowMapPayload['movements'];
	const csv = toCsv(
		[
			'from',
			'to',
			'cases',
			...MOVEMENTS.map((m) => `${m}_cases`),
			'announced_jobs',
			'announced_jobs_cases',
			'observed_jobs',
			'observed_jobs_cases',
		],
		flows.map((f) => [
			f.from,
			f.to,
			f.cases,
			...MOVEMENTS.map((m) => f.movements[m]),
			f.announced.n ? f.announced.sum : undefined,
			f.announced.n,
			f.observed.n ? f.observed.sum : undefined,
			f.observed.n,
		]),
	);
	const strings: FlowStrings = {
		cases: t(lang, 'map.tooltip.cases'),
		jobs: t(lang, 'map.tooltip.jobs'),
		noJobs: t(lang, 'map.tooltip.noJobs'),
		announced: t(lang, 'map.weight.announced'),
		observed: t(lang, 'map.weight.observed'),
		shown: t(lang, 'map.shown'),
		none: t(lang, 'map.none'),
		noOrigin: t(lang, 'map.noOrigin'),
		noFigure: t(lang, 'map.noFigure'),
		movementCount: t(lang, 'map.movementCount'),
		flowLabel: t(lang, 'map.flowLabel'),
		mixed: t(lang, 'map.legend.mixed'),
		moreCases: t(lang, 'map.moreCases'),
	};
	const payload: FlowMapPayload = { cases, positions, names, movements, strings, csv, lang, locale: LOCALES[lang] };
	const { drawn, unplaced } = mapFlows(flows, 'cases', positions);
	return {
		drawn,
		unplaced,
		withoutOrigin,
		years: flowYears(cases),
		missing: codes.filter((c) => !positions[c]),
		payload,
	};
}

/** Where the figures page's scripts read `figurePayloads()`. */
export const figuresDataUrl = (lang: Lang) => `${pageUrl(lang, 'figures')}data.json`;

/** The flow map's anchor. */
export const FLOW_MAP_ID = 'fig-flows';

/**
 * What the figures page's scripts draw, by figure id: each chart's spec and CSV, and the flow map's
 * payload. Served beside the page (`figures/data.json`) rather than inline, so the page's HTML stays
 * within the first round trip of a slow connection.
 */
export function figurePayloads(lang: Lang, corpus: DataCorpus): Record<string, unknown> {
	return {
		...Object.fromEntries(buildFigures(lang, corpus).map((f) => [f.id, { spec: f.spec ?? null, csv: f.csv }])),
		[FLOW_MAP_ID]: flowMapData(lang, corpus).payload,
	};
}
