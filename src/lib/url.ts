/**
 * Every internal URL goes through here, so that the site works under any `base`; external URLs are
 * compared through `comparableUrl`.
 */
import type { Lang } from '../schemas/common.ts';

/** `base` as configured, always ending with `/` (`/` or `/orca/`). */
export function basePath(base: string = import.meta.env.BASE_URL): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** Prefixes a site path (`fr/cases/`) with the base: `/orca/fr/cases/`. Keeps `#hash` and `?query`. */
export function pathWithBase(path: string, base?: string): string {
	return basePath(base) + path.replace(/^\/+/, '');
}

/**
 * The one way to take the base off a path: `/orca/fr/cases/` under `/orca/` → `fr/cases/` (the
 * inverse of `pathWithBase`). A path outside the base loses only its leading slashes.
 */
export function withoutBase(pathname: string, base?: string): string {
	const root = basePath(base);
	return pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
}

/** The URL of a page in a language: `pageUrl('fr', 'cases', 'keyyo')` → `/fr/cases/keyyo/`. */
export function pageUrl(lang: Lang, ...segments: string[]): string {
	const path = [lang, ...segments.filter(Boolean)].join('/');
	return pathWithBase(`${path}/`);
}

/** The same page in another language: swaps the language segment right after the base. */
export function switchLanguage(pathname: string, to: Lang, base?: string): string {
	const withoutLang = withoutBase(pathname, base).replace(/^(fr|en)(\/|$)/, '');
	return pathWithBase(`${to}/${withoutLang}`, base);
}

/**
 * The form under which two external URLs are the same page: scheme and host in lower case, default
 * port dropped (the URL parser does these), `#fragment` dropped, and no trailing slash after a path
 * (`https://Example.org:443/a/#x` → `https://example.org/a`). The query is kept: it can name the page.
 */
export function comparableUrl(url: string): string {
	const parsed = new URL(url);
	parsed.hash = '';
	if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
	return parsed.href;
}

/** A link that keeps the reader's view: `href`'s path with the current `?query` and `#hash` (the language switch). */
export function withView(href: string, search: string, hash: string): string {
	return href.replace(/[?#].*$/, '') + search + hash;
}
