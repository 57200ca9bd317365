import { describe, expect, test } from 'vitest';
import { addAnchors, paragraphId, textOf } from '../../src/lib/cite/anchors.ts';

const labels = {
	heading: 'Lien vers la section',
	paragraph: 'Copier le lien vers ce paragraphe',
	figure: 'Copier le lien vers cette figure',
};
const ids = (html: string) => [...html.matchAll(/<(?:p|h2|h3|figure)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
const prose = (...paragraphs: string[]) =>
	`<h2 id="ce-qui-sest-passé">Ce qui s’est passé</h2>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}`;

describe('anchors', () => {
	test('headings keep their slug; paragraphs get an id from their own text', () => {
		const html = addAnchors(prose('Keyyo a déplacé <em>sa</em> ligne.', 'Le coût : 150 000 euros.'), labels);
		expect(ids(html)).toEqual(['ce-qui-sest-passé', paragraphId('Keyyo a déplacé sa ligne.'), paragraphId('Le coût : 150 000 euros.')]);
		expect(html).toContain(
			'<h2 id="ce-qui-sest-passé" class="anchored">Ce qui s’est passé <a class="anchor-link" href="#ce-qui-sest-passé" aria-label="Lien vers la section Ce qui s’est passé" data-pagefind-ignore>#</a></h2>',
		);
		expect(html).toMatch(
			/<p id="p-[0-9a-f]{6}" class="anchored">Keyyo a déplacé <em>sa<\/em> ligne\. <a class="anchor-link" href="#p-[0-9a-f]{6}" aria-label="Copier le lien vers ce paragraphe"/,
		);
	});
	test('ids do not move when other paragraphs are added, removed or edited', () => {
		const before = ids(addAnchors(prose('Premier.', 'Deuxième.', 'Troisième.'), labels));
		const after = ids(addAnchors(prose('Un paragraphe ajouté avant.', 'Premier.', 'Deuxième, corrigé.', 'Troisième.'), labels));
		expect(after).toContain(before[1]);
		expect(after).toContain(before[3]);
		expect(after).not.toContain(before[2]);
	});
	test('the same text twice gets two distinct ids; existing ids are kept', () => {
		const html = addAnchors('<p>Idem.</p><p>Idem.</p><p id="kept" class="note">Autre.</p>', labels);
		const [a, b, c] = ids(html);
		expect(b).toBe(`${a}-2`);
		expect(c).toBe('kept');
		expect(html).toContain('<p id="kept" class="note anchored">');
	});
	test('figures take their id from the caption; empty paragraphs are left alone', () => {
		const html = addAnchors('<figure><img src="x.png" alt=""><figcaption>Emplois, 2009–2020</figcaption></figure><p> </p>', labels);
		expect(html).toMatch(/<figure id="fig-[0-9a-f]{6}" class="anchored">/);
		expect(html).toContain('<p> </p>');
		expect(html).toContain('aria-label="Copier le lien vers cette figure"');
	});
	test('text is compared without markup and extra spaces', () => {
		expect(textOf('<a href="x">Keyyo</a>&nbsp;et\n  <em>Intelcia</em>')).toBe('Keyyo et Intelcia');
		expect(paragraphId('Keyyo et Intelcia')).toBe(paragraphId(textOf('Keyyo <b>et</b>   Intelcia')));
	});
});
