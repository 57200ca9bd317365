/**
 * Dev-server middleware of the cite-files integration (`cite-files.ts`): Astro's dev server matches
 * a route whose parameter ends in a file name (`[...citeFile].ts`: `fr/cases/x/cite.ris`) only with
 * a slash after it, under `trailingSlash: 'always'`, where the built site serves the file without
 * one. A request for a reference file is served as the route answers it, at the built site's URL.
 */
import type { MiddlewareHandler } from 'astro';

/** The reference files' names at the end of a path (`…/cite.bib`, `…/cite-original.json`). */
const REFERENCE_FILE = /\/cite(?:-original)?\.(?:bib|ris|json)$/;

export const onRequest: MiddlewareHandler = (context, next) =>
	REFERENCE_FILE.test(context.url.pathname) ? context.rewrite(`${context.url.pathname}/${context.url.search}`) : next();
