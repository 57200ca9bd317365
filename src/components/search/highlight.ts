/** Opened from a search result (`?highlight=term`), a case or document page marks the terms with Pagefind's highlighter. */
import { HIGHLIGHT_PARAM } from '../../lib/search-state.ts';
import { pathWithBase } from '../../lib/url.ts';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean; markOptions: { className: string } }) => unknown;

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	const url = pathWithBase('pagefind/pagefind-highlight.js');
	import(/* @vite-ignore */ url).then(({ default: PagefindHighlight }: { default: Highlighter }) => {
		new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight' } });
	});
}
