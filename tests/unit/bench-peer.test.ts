import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { peerMarkdown, peerPagesFromContent, peerProjectFiles } from '../../scripts/bench/_peer.ts';

const dir = mkdtempSync(join(tmpdir(), 'orca-peer-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A two-case content folder: one case with a group, one without, one document in French only. */
function writeFixture(): string {
	const content = join(dir, 'content');
	const files: Record<string, string> = {
		'cases/acme/case.yaml': 'company: Acme\ngroup: "Synthetic company 7"\nsector: telecom\n',
		'cases/acme/fr.md': '---\ntitle: "Acme : Lille (2010)"\nsummary: Acme revient à Lille.\n---\n\nTexte français.\n',
		'cases/acme/en.md': '---\ntitle: "Acme: Lille (2010)"\nsummary: Acme comes back to Lille.\n---\n\nEnglish text.\n',
		'cases/beta/case.yaml': 'company: Beta\n',
		'cases/beta/fr.md': '---\ntitle: Beta\nsummary: Résumé.\n---\n\n## Partie 1\n\nTexte.\n',
		'cases/beta/en.md': '---\ntitle: Beta\nsummary: Summary.\n---\n\n## Part 1\n\nText.\n',
		'documents/qe-1/document.yaml': 'number: QE 1\n',
		'documents/qe-1/fr.md': '---\ntitle: Question écrite\nsummary: Une question.\n---\n\nCorps.\n',
		'sources/s.yaml': 'title: not a page\n',
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(content, path, '..'), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	return content;
}

describe('Starlight peer of the benchmarks', () => {
	it('reads every page of a content folder with its title, summary and names', () => {
		expect(peerPagesFromContent(writeFixture())).toEqual([
			{
				lang: 'fr',
				slug: 'cases/acme',
				title: 'Acme : Lille (2010)',
				description: 'Acme revient à Lille.',
				names: ['Acme', 'Synthetic company 7'],
				body: '\nTexte français.\n',
			},
			{
				lang: 'en',
				slug: 'cases/acme',
				title: 'Acme: Lille (2010)',
				description: 'Acme comes back to Lille.',
				names: ['Acme', 'Synthetic company 7'],
				body: '\nEnglish text.\n',
			},
			{ lang: 'fr', slug: 'cases/beta', title: 'Beta', description: 'Résumé.', names: ['Beta'], body: '\n## Partie 1\n\nTexte.\n' },
			{ lang: 'en', slug: 'cases/beta', title: 'Beta', description: 'Summary.', names: ['Beta'], body: '\n## Part 1\n\nText.\n' },
			{ lang: 'fr', slug: 'documents/qe-1', title: 'Question écrite', description: 'Une question.', body: '\nCorps.\n' },
		]);
	});

	it('writes Starlight front matter, the names as a first line, then the body', () => {
		expect(
			peerMarkdown({
				lang: 'en',
				slug: 'cases/acme',
				title: 'Acme: "Lille"',
				description: 'Back.',
				names: ['Acme', 'Synthetic company 7'],
				body: '\nText.\n',
			}),
		).toBe('---\ntitle: "Acme: \\"Lille\\""\ndescription: "Back."\n---\n\nAcme · Synthetic company 7\n\nText.\n');
		expect(peerMarkdown({ lang: 'fr', slug: 'pages/x', title: 'X', body: 'Corps.' })).toBe('---\ntitle: "X"\n---\n\nCorps.\n');
	});

	it('lays out the project: config, content collection and one file per page and language', () => {
		const files = peerProjectFiles(peerPagesFromContent(writeFixture()), '/tmp/peer/cache');
		expect([...files.keys()]).toEqual([
			'astro.config.mjs',
			'src/content.config.ts',
			'src/content/docs/fr/cases/acme.md',
			'src/content/docs/en/cases/acme.md',
			'src/content/docs/fr/cases/beta.md',
			'src/content/docs/en/cases/beta.md',
			'src/content/docs/fr/documents/qe-1.md',
		]);
		const config = files.get('astro.config.mjs')!;
		expect(config).toContain("defaultLocale: 'fr'");
		expect(config).toContain("locales: { fr: { label: 'Français', lang: 'fr' }, en: { label: 'English', lang: 'en' } }");
		expect(config).toContain("sidebar: [{ label: 'Accueil', translations: { en: 'Home' }, link: '/' }]");
		expect(config).toContain('cacheDir: "/tmp/peer/cache"');
		expect(config).not.toContain('pagefind');
		expect(files.get('src/content.config.ts')).toContain('docs: defineCollection({ loader: docsLoader(), schema: docsSchema() })');
		expect(files.get('src/content/docs/fr/cases/acme.md')).toBe(
			'---\ntitle: "Acme : Lille (2010)"\ndescription: "Acme revient à Lille."\n---\n\nAcme · Synthetic company 7\n\nTexte français.\n',
		);
	});
});
