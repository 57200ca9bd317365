/** robots.txt, pointing at the sitemap under the configured site and base. */
import type { APIRoute } from 'astro';
import { pathWithBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(pathWithBase('sitemap-index.xml'), site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
