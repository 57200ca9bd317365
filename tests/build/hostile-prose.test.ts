/**
 * Hostile raw HTML in a case's Markdown never reaches the built page: the good corpus plus one case
 * text full of dangerous markup (and a title made of markup), built alone. Harmless markup beside it is kept.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const work = buildWorkDir('orca-hostile-prose-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE = `
Harmless: **bold**, <b>html bold</b>, [a link](https://example.org/page), <a href="https://example.org/x">html link</a>.

<script>alert('script')</script>
<style>body { display: none }</style>
<meta http-equiv="refresh" content="0; url=https://evil.example.com/">
<base href="https://evil.example.com/">
<form action="https://evil.example.com/"><input name="q" value="x"><button>Send</button></form>
<iframe src="https://evil.example.com/"></iframe>
<object data="https://evil.example.com/x.swf"></object>
<embed src="https://evil.example.com/x.swf">

<p onclick="alert('click')" onmouseover="alert('over')">Paragraph with handlers.</p>

[md js link](javascript:alert('md')) <a href="JaVaScRiPt:alert('html')">html js link</a>
<img src="https://evil.example.com/pixel.png" alt="remote"> <img src="//evil.example.com/p.png" alt="protocol-relative">

| Year | Jobs |
| --- | --- |
| 2010 | 20 |

> A quoted line.

## A heading
`;

/** A title is text everywhere it appears (h1, <title>, meta tags, JSON-LD, search data, citations). */
const HOSTILE_TITLE = `Acme <script>alert('title')</script> <img src=x onerror=alert('img')> & "quotes"`;

let page = '';
let prose = '';
beforeAll(() => {
	const root = join(work, 'content');
	cpSync('tests/fixtures/good', root, { recursive: true });
	const en = join(root, 'cases/acme-rabat-lille/en.md');
	writeFileSync(en, readFileSync(en, 'utf8').replace('title: "Acme comes back to Lille"', `title: ${JSON.stringify(HOSTILE_TITLE)}`));
	appendFileSync(en, HOSTILE);
	const out = join(work, 'dist');
	const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
		encoding: 'utf8',
		env: { ...process.env, ORCA_CONTENT: root, ORCA_CACHE_DIR: join(work, 'cache'), ORCA_BASE: '/' },
	});
	expect(result.status, result.stdout + result.stderr).toBe(0);
	page = readFileSync(join(out, 'en/cases/acme-rabat-lille/index.html'), 'utf8');
	prose = /<orca-anchors[\s\S]*?<\/orca-anchors>/.exec(page)?.[0] ?? '';
	expect(prose).toContain('Text of the test case.');
}, 300_000);

describe('the built case page', () => {
	const absent: [string, RegExp][] = [
		['script', /<script|alert/],
		['style', /<style|display: none/],
		['meta', /<meta/],
		['base', /<base/],
		['form', /<form/],
		['input', /<input/],
		['iframe', /<iframe/],
		['object', /<object/],
		['embed', /<embed/],
		['event attributes', /\son[a-z]+=/i],
		['javascript: URLs', /javascript:/i],
		['remote images', /<img[^>]*\ssrc=|evil\.example\.com/],
	];
	for (const [name, pattern] of absent) test(`has no ${name} in its prose`, () => expect(prose).not.toMatch(pattern));

	test('has no refresh, base or remote origin from the prose anywhere', () => {
		expect(page).not.toMatch(/http-equiv="refresh"|<base\s|evil\.example\.com/);
	});

	test('shows a hostile title as text, never as markup', () => {
		const html = parse(page);
		expect(html.querySelector('h1')?.text).toBe(HOSTILE_TITLE);
		expect(html.querySelector('title')?.text).toBe(`${HOSTILE_TITLE} · ORCA`);
		expect(html.querySelectorAll('[onerror]')).toHaveLength(0);
		expect(html.querySelectorAll('img').filter((img) => img.hasAttribute('src'))).toHaveLength(0);
		// Scripts that hold the title are data (JSON-LD, search data) with `<` escaped, never code.
		for (const script of html.querySelectorAll('script'))
			if (script.text.includes('alert')) {
				expect(script.getAttribute('type')).toMatch(/json/);
				expect(script.text).not.toContain('<');
			}
	});

	test('keeps the harmless markup', () => {
		expect(prose).toContain('<strong>bold</strong>');
		expect(prose).toContain('<b>html bold</b>');
		expect(prose).toContain('<a href="https://example.org/page">a link</a>');
		expect(prose).toContain('<a href="https://example.org/x">html link</a>');
		expect(prose).toContain('Paragraph with handlers.');
		expect(prose).toContain('<td>2010</td>');
		expect(prose).toMatch(/<blockquote>\s*<p[^>]*>A quoted line\./);
		expect(prose).toMatch(/<h2 id="a-heading"/);
		expect(prose).toContain('<a>md js link</a>');
	});
});
