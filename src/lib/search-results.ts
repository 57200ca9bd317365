/**
 * What the search page and the header search box show of Pagefind's answers, apart from the DOM:
 * the count line, the correction note, a result's HTML, and the links to the search page. Pure:
 * the elements (`components/search/`) put these strings in place.
 */
import { escapeHtml, type PagefindResultData } from './pagefind-client.ts';
import { SEARCH_TERMS_MARK } from './search-vocabulary.ts';
import { fill } from './fill.ts';
import { numberFormat } from '../i18n/intl.ts';

/** The count line's two forms: none found, and `{n} {n|result|results}` (fill() agrees the words with `n`). */
export interface CountStrings {
	none: string;
	some: string;
}

/** `3 results`, `1 result`, `No results`, with `n` formatted in `locale`. */
export function countText(strings: CountStrings, n: number, locale: string): string {
	return n === 0 ? strings.none : fill(strings.some, { n: numberFormat(locale).format(n) });
}

/** A filter option's count as shown beside it: `(1 234)`. */
export function optionCount(n: number, locale: string): string {
	return `(${numberFormat(locale).format(n)})`;
}

/** A template with `{name}` placeholders as HTML: its text escaped, the placeholders filled with `html` (already HTML). */
function fillHtml(template: string, html: Record<string, string>): string {
	return fill(escapeHtml(template), html);
}

/**
 * The note over corrected results: "Showing results for **Keyyo** — [search instead for *Keyo*](href)".
 * `corrected` has `{corrected}`, `instead` has `{q}`.
 */
export function correctionHtml(strings: { corrected: string; instead: string }, corrected: string, q: string, href: string): string {
	const shown = fillHtml(strings.corrected, { corrected: `<strong>${escapeHtml(corrected)}</strong>` });
	const instead = fillHtml(strings.instead, { q: `<em>${escapeHtml(q.trim())}</em>` });
	return `${shown} — <a href="${escapeHtml(href)}">${instead}</a>`;
}

/** A section's excerpt starts with its heading, already shown as the link: drop it. */
export function withoutHeading(excerpt: string, title: string): string {
	const heading = escapeHtml(title);
	return excerpt.startsWith(heading) ? excerpt.slice(heading.length).replace(/^[.:]?\s*/, '') : excerpt;
}

/**
 * The excerpt to show: Pagefind's, unless it was taken from the names and equivalent terms the
 * index has besides the prose (they read as a list of words): then the page's summary, escaped.
 */
export function excerptOf(data: Pick<PagefindResultData, 'excerpt' | 'meta'>): string {
	return data.excerpt.includes(SEARCH_TERMS_MARK) || !data.excerpt.trim() ? escapeHtml(data.meta.summary ?? '') : data.excerpt;
}

/** A result's kind (by its label) and date, as raw text: `Case · 2009-06`. */
export function resultMetaLine(data: Pick<PagefindResultData, 'filters' | 'meta'>, kindLabels: Record<string, string> = {}): string {
	const kind = data.filters.kind?.[0];
	return [kind && (kindLabels[kind] ?? kind), data.meta.date].filter(Boolean).join(' · ');
}

/** Up to `max` matching sections of the result's own page (not of the names it is indexed by). */
export function matchingSections(data: Pick<PagefindResultData, 'url' | 'sub_results'>, max = 3): PagefindResultData['sub_results'] {
	const page = data.url.split(/[?#]/)[0];
	return data.sub_results
		.filter((s) => s.url.includes('#') && s.url.split(/[?#]/)[0] === page && !s.excerpt.includes(SEARCH_TERMS_MARK))
		.slice(0, max);
}

/**
 * The inner HTML of one result: title link, kind and date, excerpt, and up to three matching
 * sections under `sectionsLabel`. Titles and metadata are raw text and are escaped; excerpts come
 * escaped from Pagefind, with `<mark>`.
 */
export function resultHtml(data: PagefindResultData, kindLabels: Record<string, string> | undefined, sectionsLabel: string): string {
	const sections = matchingSections(data).map(
		(s) =>
			`<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a> <span class="search-excerpt">${withoutHeading(s.excerpt, s.title)}</span></li>`,
	);
	return [
		`<h3><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a></h3>`,
		`<p class="meta-line">${escapeHtml(resultMetaLine(data, kindLabels))}</p>`,
		`<p class="search-excerpt">${excerptOf(data)}</p>`,
		sections.length ? `<ul class="search-sections" aria-label="${escapeHtml(sectionsLabel)}">${sections.join('')}</ul>` : '',
	].join('');
}

/**
 * The header box's links to the search page (`action`, the form's absolute URL): all results for
 * `q`, and, when the words were corrected, the search of the words as typed (`literal=1`).
 */
export function searchPageLinks(action: string, q: string): { all: string; literal: string } {
	const all = new URL(action);
	all.searchParams.set('q', q);
	const literal = new URL(all);
	literal.searchParams.set('literal', '1');
	return { all: all.pathname + all.search, literal: literal.pathname + literal.search };
}
