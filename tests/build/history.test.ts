/**
 * Records over time, on the good fixture corpus built under `/orca/`: the fixture case (first
 * published 2026-10-01, changed 2026-10-15 and 2026-11-01) shows both changes in its history, and
 * the feed and What's new page list them, newest first, with base-aware links.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { buildWorkDir } from '../site.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { DOMParser } from '@xmldom/xmldom';

const work = buildWorkDir('orca-history-');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => {
	// Vitest puts Vite's own BASE_URL (and MODE, DEV, PROD, SSR) in process.env; the build must not inherit them.
	const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
	const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
		encoding: 'utf8',
		env: { ...env, ORCA_CONTENT: 'tests/fixtures/good', ORCA_CACHE_DIR: join(work, 'cache'), ORCA_BASE: '/orca/' },
	});
	expect(result.status, result.stdout + result.stderr).toBe(0);
}, 300_000);

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const text = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();

describe('the fixture case with two changes', () => {
	test('its history lists the first publication and both changes, oldest first, the last as the current version', () => {
		const root = page('fr/cases/acme-rabat-lille');
		const items = root.querySelectorAll('#history .history-list li');
		expect(
			items.map((li) => [
				li.querySelector('time')!.getAttribute('datetime'),
				text(li.querySelector('time')!.text),
				text(li.querySelector('.history-what')!.text),
			]),
		).toEqual([
			['2026-10-01', '1 octobre 2026', 'Première publication.'],
			['2026-10-15', '15 octobre 2026', 'Effectif annoncé relu dans la source.'],
			['2026-11-01', '1 novembre 2026', 'Date du retour précisée.'],
		]);
		const versions = items.map((li) => li.querySelector('code')!.text);
		expect(new Set(versions).size).toBe(3);
		expect(text(items[2]!.querySelector('.history-version')!.text)).toMatch(/^version [0-9a-f]{8} \(version actuelle\)$/);
		expect(text(root.querySelector('.cite-version')!.text)).toContain(`Version ${versions[2]}`);
		expect(root.querySelector('#history a[href="/orca/fr/corrections/"]')).not.toBeNull();
	});

	test('the English page says what changed in English', () => {
		const notes = page('en/cases/acme-rabat-lille')
			.querySelectorAll('#history .history-what')
			.map((n) => text(n.text));
		expect(notes).toEqual([
			'First published.',
			'Announced head count checked against the source.',
			'Date of the return made more precise.',
		]);
	});

	test('its sources offer an archived copy dated by its first publication', () => {
		const link = page('en/cases/acme-rabat-lille').querySelector('#source-press-one a')!;
		expect(link.getAttribute('href')).toBe('https://example.org/article');
		expect(link.getAttribute('data-versionurl')).toBe('https://web.archive.org/web/20261001/https://example.org/article');
		expect(link.getAttribute('data-versiondate')).toBe('2026-10-01');
	});

	test('the feed has its states and the document’s first publication, newest first, with base-aware links', () => {
		const doc = new DOMParser().parseFromString(readFileSync(join(out, 'en/feed.xml'), 'utf8'), 'application/xml');
		const NS = 'http://www.w3.org/2005/Atom';
		const entries = [...doc.getElementsByTagNameNS(NS, 'entry')].map((e) => [
			e.getElementsByTagNameNS(NS, 'id')[0]!.textContent,
			e.getElementsByTagNameNS(NS, 'title')[0]!.textContent,
			e.getElementsByTagNameNS(NS, 'link')[0]!.getAttribute('href'),
		]);
		expect(entries).toEqual([
			[
				'tag:orca.example.org,2026:en/cases/acme-rabat-lille/2026-11-01',
				'Changed: Acme comes back to Lille',
				'https://orca.example.org/orca/en/cases/acme-rabat-lille/',
			],
			[
				'tag:orca.example.org,2026:en/cases/beta-pune-leeds/2026-11-01',
				'New case: Beta Bank comes back to Leeds',
				'https://orca.example.org/orca/en/cases/beta-pune-leeds/',
			],
			[
				'tag:orca.example.org,2026:en/documents/qe-1/2026-11-01',
				'New document: Test question',
				'https://orca.example.org/orca/en/documents/qe-1/',
			],
			[
				'tag:orca.example.org,2026:en/cases/acme-rabat-lille/2026-10-15',
				'Changed: Acme comes back to Lille',
				'https://orca.example.org/orca/en/cases/acme-rabat-lille/',
			],
			[
				'tag:orca.example.org,2026:en/cases/acme-rabat-lille/2026-10-01',
				'New case: Acme comes back to Lille',
				'https://orca.example.org/orca/en/cases/acme-rabat-lille/',
			],
		]);
		const head = page('en/methodology').querySelector('head link[type="application/atom+xml"]')!;
		expect(head.getAttribute('href')).toBe('/orca/en/feed.xml');
	});

	test('What’s new and the methodology’s change log list the changes, newest first, linking the record’s history', () => {
		const whatsNew = page('fr/whats-new')
			.querySelectorAll('.change-log li')
			.map((li) => [text(li.text), li.querySelector('a')!.getAttribute('href')]);
		expect(whatsNew).toEqual([
			['Modifié Acme revient à Lille — Date du retour précisée.', '/orca/fr/cases/acme-rabat-lille/#history'],
			['Nouveau cas Beta Bank revient à Leeds', '/orca/fr/cases/beta-pune-leeds/'],
			['Nouveau document Question de test', '/orca/fr/documents/qe-1/'],
			['Modifié Acme revient à Lille — Effectif annoncé relu dans la source.', '/orca/fr/cases/acme-rabat-lille/#history'],
			['Nouveau cas Acme revient à Lille', '/orca/fr/cases/acme-rabat-lille/'],
		]);
		const log = page('en/methodology')
			.querySelectorAll('.change-log li')
			.map((li) => text(li.text));
		expect(log).toEqual([
			'Changed Acme comes back to Lille — Date of the return made more precise.',
			'Records published: 2',
			'Changed Acme comes back to Lille — Announced head count checked against the source.',
			'Records published: 1',
		]);
	});
});

describe('the undated fixture case', () => {
	test('is listed under the timeline, with its count and a link, and the date filter can select it', () => {
		const root = page('en/timeline');
		expect(text(root.querySelector('.tl-undated h2')!.text)).toBe('Cases without a date (1)');
		const items = root.querySelectorAll('.tl-undated li[data-undated-case]');
		expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(['/orca/en/cases/beta-pune-leeds/']);
		expect(root.querySelectorAll('select[name="date"] option').map((o) => o.getAttribute('value'))).toContain('undated');
	});
});
