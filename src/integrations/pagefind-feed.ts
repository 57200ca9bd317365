/**
 * Build-time middleware of the Pagefind integration (`pagefind.ts`): hands every rendered HTML
 * page to the search index as soon as it is built, and returns the page unchanged. The middleware
 * is bundled apart from the integration, so the two meet on `globalThis`.
 */
import type { MiddlewareHandler } from 'astro';
import { withoutBase } from '../lib/url.ts';

/** What the build's pages are handed to. */
export interface PagefindFeed {
	/**
	 * Queues a built page for indexing: `url` without the base (`/fr/cases/x/`), `html` as written.
	 * Returns a promise when too many pages are already queued: it settles when there is room.
	 */
	add(url: string, html: string): void | Promise<void>;
}
const FEED = Symbol.for('orca.pagefind.feed');
type WithFeed = typeof globalThis & { [FEED]?: PagefindFeed };

/** Sets (or, with undefined, removes) the running build's feed. */
export function setPagefindFeed(feed: PagefindFeed | undefined): void {
	if (feed) (globalThis as WithFeed)[FEED] = feed;
	else delete (globalThis as WithFeed)[FEED];
}

/** `/orca/fr/cases/x/` under base `/orca/` → `/fr/cases/x/` (Pagefind prefixes the base at search time). */
export function pageUrlOf(pathname: string, base: string): string {
	return `/${withoutBase(pathname, base)}`;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	const feed = (globalThis as WithFeed)[FEED];
	if (!feed || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	await feed.add(pageUrlOf(context.url.pathname, import.meta.env.BASE_URL), html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
