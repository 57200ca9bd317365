/**
 * The site's Markdown processor (src/integrations/prose-sanitize.ts) drops dangerous raw HTML and keeps
 * the Markdown features the site uses, with the same heading ids as Astro's default pipeline.
 */
import { describe, expect, test } from 'vitest';
import { proseProcessor } from '../../src/integrations/prose-sanitize.ts';

async function render(markdown: string): Promise<string> {
	const renderer = await proseProcessor().createRenderer({ syntaxHighlight: false } as never);
	return (await renderer.render(markdown)).code.trim();
}

describe('dangerous raw HTML never reaches the page', () => {
	const hostile: [string, string, RegExp][] = [
		['script', `<script>alert('x')</script>`, /<script|alert/],
		['style', `<style>body { display: none }</style>`, /<style|display/],
		['meta refresh', `<meta http-equiv="refresh" content="0; url=https://evil.example.com/">`, /<meta|evil/],
		['base', `<base href="https://evil.example.com/">`, /<base|evil/],
		['form and input', `<form action="https://evil.example.com/"><input name="q"></form>`, /<form|<input|evil/],
		['iframe', `<iframe src="https://evil.example.com/"></iframe>`, /<iframe|evil/],
		['object', `<object data="https://evil.example.com/x"></object>`, /<object|evil/],
		['embed', `<embed src="https://evil.example.com/x">`, /<embed|evil/],
		['event attribute', `<p onclick="alert(1)" onmouseover="alert(2)">Hi</p>`, /\son\w+=|alert/],
		['style attribute', `<p style="position:fixed">Hi</p>`, /style=/],
		['javascript: in a Markdown link', `[x](javascript:alert(1))`, /javascript|alert/i],
		['javascript: in an HTML link', `<a href="JaVaScRiPt:alert(1)">x</a>`, /javascript|alert/i],
		['entity-split javascript:', `<a href="java&#x09;script:alert(1)">x</a>`, /script|alert/i],
		['data: link', `<a href="data:text/html,<script>alert(1)</script>">x</a>`, /data:|alert/],
		['remote image', `<img src="https://evil.example.com/p.png" alt="a">`, /evil/],
		['protocol-relative image', `<img src="//evil.example.com/p.png" alt="a">`, /evil/],
		['remote Markdown image', `![a](https://evil.example.com/p.png)`, /evil/],
		['picture source', `<picture><source srcset="https://evil.example.com/p.png"></picture>`, /evil|<source/],
		['svg onload', `<svg onload="alert(1)"><circle r="1"/></svg>`, /<svg|alert/],
	];
	for (const [name, markdown, absent] of hostile)
		test(name, async () => {
			expect(await render(`Before.\n\n${markdown}\n\nAfter.`)).not.toMatch(absent);
		});

	test('an id from content is prefixed, so it cannot clobber the page (a heading keeps its own)', async () => {
		expect(await render(`<p id="search" name="x">Hi</p>`)).toBe('<p id="user-content-search" name="user-content-x">Hi</p>');
		expect(await render('## Plain heading')).toBe('<h2 id="plain-heading">Plain heading</h2>');
	});
});

describe('harmless Markdown and HTML are kept', () => {
	test('inline markup, links, local images', async () => {
		expect(await render(`**b** *e* <b>CC</b><sup>2</sup> [l](https://example.org/a) <a href="mailto:x@example.org">m</a>`)).toBe(
			'<p><strong>b</strong> <em>e</em> <b>CC</b><sup>2</sup> <a href="https://example.org/a">l</a> ' +
				'<a href="mailto:x@example.org">m</a></p>',
		);
		expect(await render(`<img src="/figures/map.png" alt="Map">`)).toBe('<img src="/figures/map.png" alt="Map">');
	});

	test('headings with ids, lists, tables, blockquotes, smart quotes', async () => {
		const md = `## Why it came back\n\n- one\n- two\n\n| Year | Jobs |\n| --- | --- |\n| 2010 | 20 |\n\n> "Quoted" line.`;
		expect(await render(md)).toBe(
			'<h2 id="why-it-came-back">Why it came back</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' +
				'<table>\n<thead>\n<tr>\n<th>Year</th>\n<th>Jobs</th>\n</tr>\n</thead>\n' +
				'<tbody>\n<tr>\n<td>2010</td>\n<td>20</td>\n</tr>\n</tbody>\n</table>\n' +
				'<blockquote>\n<p>“Quoted” line.</p>\n</blockquote>',
		);
	});

	test('footnote links still point at their notes', async () => {
		const html = await render('Text[^1]\n\n[^1]: Note.');
		expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
		expect(html).toContain('<li id="user-content-fn-1">');
		expect(html).toContain('<a href="#user-content-fnref-1"');
	});

	test('an unknown element is unwrapped, its text kept', async () => {
		expect(await render('<p><button>Send</button> <font color="red">now</font></p>')).toBe('<p>Send now</p>');
	});
});
