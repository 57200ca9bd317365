/** The real corpus, as readers get it: complete in both languages, every fact sourced. */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/build/content.ts';
import { sourceFields } from '../../src/lib/integrity.ts';

const corpus = loadContent('content');

describe('the published corpus', () => {
	test('covers the fact base at scale', () => {
		expect(corpus.cases.length).toBeGreaterThanOrEqual(60);
		expect(corpus.documents.length).toBeGreaterThanOrEqual(15);
		expect(corpus.context.length).toBeGreaterThanOrEqual(40);
		for (const movement of ['reshoring', 'offshoring', 'nearshoring'])
			expect(corpus.cases.some((c) => c.data.movement === movement)).toBe(true);
	});
	test('every case and document has a title and summary in both languages, and they differ', () => {
		for (const entry of [...corpus.cases, ...corpus.documents]) {
			expect(entry.text.fr.title.length, entry.id).toBeGreaterThan(10);
			expect(entry.text.en.title.length, entry.id).toBeGreaterThan(10);
			expect(entry.text.fr.summary, entry.id).not.toBe(entry.text.en.summary);
		}
	});
	test('every case cites at least one source, and every figure, quote and event its own', () => {
		for (const c of corpus.cases) {
			expect(c.data.sources.length, c.id).toBeGreaterThan(0);
			const fields = sourceFields(c.data).filter((f) => f.field !== 'sources');
			const sourced = c.data.jobs.length + c.data.quotes.length + c.data.events.length + (c.data.cost ? 1 : 0);
			expect(fields.length, c.id).toBe(sourced);
		}
	});
	test('every source is used by some case, document or context entry', () => {
		const cited = new Set(
			[...corpus.cases, ...corpus.documents, ...corpus.context].flatMap((e) => sourceFields(e.data).flatMap((f) => f.ids)),
		);
		expect(corpus.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
	});
	test('quotes are short and attributed', () => {
		for (const c of corpus.cases)
			for (const q of c.data.quotes) {
				expect(q.text.split(/\s+/).length, `${c.id}: ${q.text}`).toBeLessThanOrEqual(40);
				expect(q.speaker.length).toBeGreaterThan(2);
			}
	});
	test('announced and observed job figures are never merged into one', () => {
		for (const c of corpus.cases) for (const j of c.data.jobs) expect(['announced', 'observed']).toContain(j.kind);
	});
});
