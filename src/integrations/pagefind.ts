/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API (as Starlight
 * does), so that one `astro build` gives a searchable site and any indexing error fails the build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { pageUrlOf, setPagefindFeed, type PagefindFeed } from './pagefind-feed.ts';
import { equivalentTerms, equivalentTermsOfFolded, foldText } from '../lib/search-terms.ts';
import { dateOrder, datesPath } from '../lib/search-dates.ts';
import { keyToken, vocabularyBuilder, SEARCH_TERMS_MARK, vocabularyPath, type SearchVocabulary } from '../lib/search-vocabulary.ts';

/** Closing tags after which text must not run on into the next element's text. */
const BLOCK_END = /<\/(?:address|article|aside|blockquote|caption|dd|div|dt|figcaption|footer|h[1-6]|header|li|p|section|td|th|tr)>/gi;

/**
 * Adds a space after block-level closing tags. Astro 7 writes `<dt>Company</dt><dd>Keyyo</dd>`
 * with no whitespace between elements, which Pagefind would index as one word ("companykeyyo").
 * Only the indexed copy is changed, never the page.
 */
export function separateBlocks(html: string): string {
	return html.replace(BLOCK_END, '$& ');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text with its HTML character references decoded (as Astro writes attributes and text). */
function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec: string, hex: string, name: string) =>
		dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? all),
	);
}

/** One `data-search-*` list of a page (`SearchMeta.astro`), one item a line; empty when absent. */
function searchList(html: string, name: 'keys' | 'names' | 'facts' | 'title' | 'summary'): string[] {
	const value = new RegExp(`data-(?:search-)?${name}="([^"]*)"`).exec(html)?.[1];
	return value ? decodeEntities(value).split('\n').filter(Boolean) : [];
}

/** What follows a tag's name up to its end: attributes, whose quoted values may hold `>`. */
const TAG_REST = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
/** Any tag, end tag or comment. */
const ANY_TAG = new RegExp(String.raw`<(?:\/?[a-z][\w-]*${TAG_REST}|!--[\s\S]*?--|![^>]*)>`, 'gi');
/** An opening tag with `data-pagefind-ignore`. */
const IGNORED_OPEN = new RegExp(String.raw`<([a-z][\w-]*)\b${TAG_REST}?\sdata-pagefind-ignore\b${TAG_REST}>`, 'gi');
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A `data-pagefind-*` attribute other than `data-pagefind-ignore`: something Pagefind reads even in an ignored element. */
const PAGEFIND_DATA = /\sdata-pagefind-(?!ignore\b)/i;

/**
 * `html` without the elements Pagefind does not index (`data-pagefind-ignore`, with their content):
 * the fact sheet, related cases, history, the cite panel (which names the site, "Observatoire de la
 * relocalisation des centres d'appels", on every page). An ignored element that holds filters,
 * metadata or sort keys (`SearchMeta.astro`'s hidden element) stays whole: Pagefind reads those in
 * ignored elements too.
 */
export function withoutIgnored(html: string): string {
	let out = '';
	let at = 0;
	for (;;) {
		IGNORED_OPEN.lastIndex = at;
		const open = IGNORED_OPEN.exec(html);
		if (!open) break;
		out += html.slice(at, open.index);
		at = open.index + open[0].length;
		const name = open[1]!.toLowerCase();
		if (!VOID_ELEMENTS.has(name) && !open[0].endsWith('/>')) {
			// The matching end tag: elements of the same name nest.
			const tag = new RegExp(String.raw`<(/?)${name}\b${TAG_REST}>`, 'gi');
			tag.lastIndex = at;
			let depth = 1;
			let next: RegExpExecArray | null = null;
			while (depth > 0 && (next = tag.exec(html))) depth += next[1] ? -1 : 1;
			at = next ? tag.lastIndex : html.length;
		}
		const element = html.slice(open.index, at);
		if (PAGEFIND_DATA.test(element)) out += element;
	}
	return out + html.slice(at);
}

/** The indexed article's text: tags and what Pagefind ignores removed, references decoded. */
export function articleText(html: string): string {
	const body = html.indexOf('data-pagefind-body');
	const start = body < 0 ? -1 : html.indexOf('>', body) + 1;
	const end = html.lastIndexOf('</article>');
	const article = withoutIgnored(start < 0 ? html : html.slice(start, end < start ? undefined : end));
	return decodeEntities(article.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(ANY_TAG, ' ')).replace(/\s+/g, ' ');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * What the index gets of a page, besides its HTML: the names it is found by in place of its fact
 * sheet (which is `data-pagefind-ignore`, so that excerpts come from the prose), the keys (company,
 * document number, also as one `keyToken` each) weighted above the text so that the page itself
 * ranks first for them, and the term standing for each group of equivalent terms the page has a term
 * of, in its index's language (`equivalentTerms`, which a query's terms are searched as): those of the
 * title (what the page is about) weighted above the text, those of the summary as the text, the
 * others below it. Items are separated by `SEARCH_TERMS_MARK`, by which the client knows an excerpt
 * taken from here. Also the page's `<html lang>`, the index it goes to.
 */
export function indexedPage(html: string): { html: string; names: string[]; folded: string; lang: string | undefined } {
	const keys = searchList(html, 'keys');
	const names = searchList(html, 'names');
	const facts = searchList(html, 'facts');
	// The index's language, whose stemmer finds other forms of a page's words (`sameStem`).
	const language = pageLang(html);
	const lang = language === 'fr' || language === 'en' ? language : undefined;
	// What Pagefind gets of the page (`pagefindPart`: the article without what Pagefind ignores), whose
	// text and the facts are folded once, for the equivalent terms and for the spelling vocabulary.
	const part = pagefindPart(separateBlocks(html));
	const text = foldText(articleText(part));
	const folded = (parts: string[]) => parts.filter(Boolean).join(' ');
	const factsFolded = foldText(facts.join(' '));
	const titled = lang ? equivalentTerms(searchList(html, 'title').join(' '), lang) : [];
	const summarised = lang ? equivalentTerms(searchList(html, 'summary').join(' '), lang).filter((term) => !titled.includes(term)) : [];
	const mentioned = lang
		? equivalentTermsOfFolded(folded([text, foldText(names.join(' ')), factsFolded]), lang).filter(
				(term) => !titled.includes(term) && !summarised.includes(term),
			)
		: [];
	const equivalents = [...titled, ...summarised, ...mentioned];
	const block = (weight: string, items: string[]) =>
		items.length
			? `<div data-pagefind-weight="${weight}">${SEARCH_TERMS_MARK} ${items.map(escapeText).join(` ${SEARCH_TERMS_MARK} `)} ${SEARCH_TERMS_MARK}</div>`
			: '';
	const extra =
		block('3', [...keys, ...keys.map(keyToken)]) +
		block('2', titled) +
		block('1', summarised) +
		block('0.5', [...names, ...facts, ...mentioned]);
	const end = part.lastIndexOf('</article>');
	return {
		html: end < 0 ? part : part.slice(0, end) + separateBlocks(extra) + part.slice(end),
		names: [...keys, ...names],
		folded: folded([text, factsFolded, foldText(equivalents.join(' '))]),
		lang: language,
	};
}

/** The `<html lang>` of a page: the Pagefind index it goes to. */
const pageLang = (html: string): string | undefined => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];

/** Pages handed to Pagefind and not yet indexed, past which the next page waits. */
const MAX_IN_FLIGHT = 32;

/** An opening tag other than a heading's. */
const NON_HEADING_OPEN = new RegExp(String.raw`<(?!h[1-6]\b)[a-z][\w-]*\b${TAG_REST}>`, 'gi');
/** One attribute of a tag, with the space before it and its value, quoted or not. */
const ATTRIBUTE = /\s[^\s=>"'/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;

/**
 * `html` without the `id` of any element but a heading. Pagefind keeps the text of every element
 * with an id in each page's fragment (`anchors`), which every result loads: with an id on each
 * paragraph (the prose's citable anchors), that is the page's text twice. Its sub-results, the
 * page's sections, only use headings' ids, which stay.
 */
export function withoutParagraphIds(html: string): string {
	return html.replace(NON_HEADING_OPEN, (tag) =>
		/id/i.test(tag) ? tag.replace(ATTRIBUTE, (attribute) => (/^\sid(?:=|$)/i.test(attribute) ? '' : attribute)) : tag,
	);
}

/**
 * What Pagefind reads of a page that has `data-pagefind-body`: the `<html>` tag (the page's language)
 * and the element with that attribute, which holds every `data-pagefind-*` of ORCA's pages, without
 * what Pagefind would parse and skip: the elements it ignores (`withoutIgnored`; on a case page the
 * fact sheet, history and cite panel, about two thirds of the article's HTML), the ids it has no use
 * for (`withoutParagraphIds`), the head, header and footer.
 */
export function pagefindPart(html: string): string {
	const body = html.indexOf('data-pagefind-body');
	const open = /<html\b[^>]*>/i.exec(html)?.[0];
	const start = html.lastIndexOf('<', body);
	const close = html.lastIndexOf('</article>');
	if (body < 0 || !open || start < 0 || close < body || !html.slice(start, body).startsWith('<article')) return html;
	return `<!DOCTYPE html>${open}<body>${withoutParagraphIds(withoutIgnored(html.slice(start, close + '</article>'.length)))}</body></html>`;
}

/** The day a page is ordered by in date order (`data-sort-date` of `SearchMeta.astro`); undefined when undated. */
export function sortDateOf(html: string): string | undefined {
	return /\bdata-sort-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/** Pagefind's header before the JSON of a fragment file, once gunzipped. */
const FRAGMENT_HEADER = 'pagefind_dcd';

/**
 * Each page's Pagefind id (`fr_2f3e51f`, the name of its fragment file, which results carry as
 * `id`) by URL, for the languages written into `outputPath`, read back from the fragments.
 */
async function pageIds(outputPath: string): Promise<Map<string, string>> {
	const folder = join(outputPath, 'fragment');
	const ids = new Map<string, string>();
	for (const file of await readdir(folder)) {
		if (!file.endsWith('.pf_fragment')) continue;
		const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
		const { url } = JSON.parse(text.startsWith(FRAGMENT_HEADER) ? text.slice(FRAGMENT_HEADER.length) : text) as { url: string };
		ids.set(url, file.slice(0, -'.pf_fragment'.length));
	}
	return ids;
}

/** The file a page URL (`/fr/cases/x/`) was written to under `dist` (`build.format: 'directory'`), if any. */
function builtFile(dist: string, url: string): string | undefined {
	const candidates = [join(dist, url, 'index.html'), join(dist, `${url.replace(/\/$/, '')}.html`)];
	return candidates.find((file) => existsSync(file));
}

/**
 * Indexes the built pages that have `data-pagefind-body` (one index per `<html lang>`) into
 * `dist/pagefind/`. Each page is handed to Pagefind by a middleware as soon as it is rendered, so
 * the Pagefind service (a separate process) indexes on another core while Astro renders the next
 * pages; the index is written once every page is built.
 */
export default function pagefind(): AstroIntegration {
	let index: PagefindIndex | undefined;
	/** Pages handed to Pagefind, and the indexing failures (reported when the build is done). */
	let pending: Array<Promise<void>> = [];
	let failures: Array<[string, string[]]> = [];
	/** Per `<html lang>`, the spelling vocabulary of the pages indexed so far, and each page's URL and sort day, for the date order. */
	let vocabularies = new Map<string, ReturnType<typeof vocabularyBuilder>>();
	let datedPages = new Map<string, { url: string; date: string | undefined }[]>();
	/** The URLs of the pages handed to Pagefind. */
	let fed = new Set<string>();
	/** Pages handed to Pagefind and not yet indexed, and the pages waiting for their number to drop. */
	let inFlight = 0;
	let waiting: Array<() => void> = [];
	let feed: PagefindFeed | undefined;
	/** The site's base path (`/orca/`), which Astro's list of built pages includes. */
	let base = '/';
	const fail = (step: string, errors: string[]): never => {
		throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
	};
	const stop = async () => {
		setPagefindFeed(undefined);
		index = undefined;
		feed = undefined;
		await close();
	};
	return {
		name: 'orca:pagefind',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware, config }) => {
				base = config.base;
				if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-feed.ts', import.meta.url), order: 'post' });
			},
			'astro:build:start': async () => {
				const created = await createIndex({});
				if (!created.index || created.errors.length) {
					await stop();
					fail('createIndex', created.errors);
				}
				index = created.index;
				pending = [];
				failures = [];
				vocabularies = new Map();
				datedPages = new Map();
				fed = new Set();
				inFlight = 0;
				waiting = [];
				feed = {
					add(url, html) {
						fed.add(pageUrlOf(url, base));
						if (!html.includes('data-pagefind-body')) return;
						const page = indexedPage(html);
						const lang = page.lang ?? 'unknown';
						(vocabularies.get(lang) ?? vocabularies.set(lang, vocabularyBuilder()).get(lang)!).add(page, url);
						(datedPages.get(lang) ?? datedPages.set(lang, []).get(lang)!).push({ url, date: sortDateOf(html) });
						inFlight++;
						pending.push(
							index!
								.addHTMLFile({ url, content: page.html })
								.then(
									(added) => void (added.errors.length && failures.push([url, added.errors])),
									(error: unknown) => void failures.push([url, [String(error)]]),
								)
								.finally(() => {
									inFlight--;
									waiting.shift()?.();
								}),
						);
						// Pagefind indexes more slowly than Astro renders: past a few pages in flight, the page waits,
						// so that the pages queued for Pagefind do not pile up in memory.
						if (inFlight > MAX_IN_FLIGHT) return new Promise((resolve) => waiting.push(resolve));
					},
				};
				setPagefindFeed(feed);
			},
			'astro:build:done': async ({ dir, pages: built, logger }) => {
				const done = performance.now();
				try {
					if (!index || !feed) return fail('indexing', ['no index: the astro:build:start hook did not run']);
					// Pages that Astro's incremental build copied from the previous build were not rendered, and pages
					// rendered in a worker thread (experimental.parallelPrerender) had no feed: the middleware never
					// saw them, so they are indexed from their file, as written.
					const rendered = pending.length;
					// Astro lists them with the base (`orca/fr/cases/x/`), the feed without (`/fr/cases/x/`).
					for (const url of built.map(({ pathname }) => pageUrlOf(`/${pathname}`, base)).filter((url) => !fed.has(url))) {
						const file = builtFile(fileURLToPath(dir), url);
						if (file) await feed.add(url, await readFile(file, 'utf8'));
					}
					const copied = pending.length - rendered;
					await Promise.all(pending);
					if (failures.length)
						fail(
							'indexing',
							failures.flatMap(([url, errors]) => errors.map((e) => `${url}: ${e}`)),
						);
					const pages = pending.length;
					// An empty corpus is not an error, but say why search will find nothing.
					if (pages === 0) logger.warn('no built page has data-pagefind-body: the search index is empty');
					// A build into the previous output folder (the incremental build) would keep the previous index's
					// files beside the new ones: fragments of pages since changed, which the date order must not read.
					const outputPath = join(fileURLToPath(dir), 'pagefind');
					await rm(outputPath, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) fail('writing the index', written.errors);
					if (vocabularies.size) await mkdir(written.outputPath, { recursive: true });
					const ids = datedPages.size ? await pageIds(written.outputPath) : new Map<string, string>();
					for (const [lang, vocabulary] of vocabularies) {
						const result: SearchVocabulary = vocabulary.result();
						await writeFile(join(written.outputPath, vocabularyPath(lang)), JSON.stringify(result));
					}
					for (const [lang, entries] of datedPages) {
						const dated = entries.map(({ url, date }) => ({ id: ids.get(url), url, date }));
						const missing = dated.filter((page) => page.id === undefined).map((page) => page.url);
						if (missing.length) fail('the date order', [`no fragment for ${missing.slice(0, 5).join(', ')}`]);
						const order = dateOrder(dated.map((page) => ({ ...page, id: page.id! })));
						await writeFile(join(written.outputPath, datesPath(lang)), JSON.stringify(order));
					}
					// Indexing runs beside rendering: what it adds to the build is the wait after the last page.
					logger.info(
						`indexed ${pages} pages into ${written.outputPath}, ${Math.round(performance.now() - done)} ms after the last page was built` +
							(copied ? ` (${copied} of them read from their files: copied from the previous build, or rendered in a worker thread)` : ''),
					);
				} finally {
					await stop();
				}
			},
		},
	};
}
