import { describe, expect, test } from 'vitest';
import { fitText, placeLabels, shortSubject, type LabelTarget } from '../../src/lib/timeline/mark-labels.ts';

/** Every character is 10 px wide: widths are easy to check by hand. */
const measure = (s: string) => [...s].length * 10;
const mark = (key: string, x0: number, x1: number, text: string, extra: Partial<LabelTarget> = {}): LabelTarget => ({
	key,
	lane: 'reshoring',
	row: 0,
	x0,
	x1,
	span: false,
	text,
	...extra,
});

describe('timeline mark labels', () => {
	test('a point is labelled to its right when the row is free', () => {
		expect(placeLabels([mark('a', 10, 22, 'Acme')], { width: 500, measure })).toEqual([{ key: 'a', x: 25, text: 'Acme', inside: false }]);
	});

	test('a bar wide enough holds its label inside, from its left edge on screen', () => {
		expect(placeLabels([mark('a', 100, 300, 'Acme', { span: true })], { width: 500, measure })).toEqual([
			{ key: 'a', x: 104, text: 'Acme', inside: true },
		]);
		// Cut by the left edge of the chart: the label starts where the bar shows.
		expect(placeLabels([mark('b', -100, 80, 'Acme', { span: true })], { width: 500, measure })).toEqual([
			{ key: 'b', x: 4, text: 'Acme', inside: true },
		]);
	});

	test('the next mark on the row limits the label: shortened with an ellipsis, or left out', () => {
		// Room between 10–22 and the next mark at 80: 80 - 3 - (22 + 3) = 52 px, five characters with the ellipsis.
		const placed = placeLabels([mark('a', 10, 22, 'Telecom Italia'), mark('b', 80, 92, 'Bee')], { width: 500, measure });
		expect(placed).toEqual([
			{ key: 'a', x: 25, text: 'Tele…', inside: false },
			{ key: 'b', x: 95, text: 'Bee', inside: false },
		]);
		// 30 px of room: fewer than four characters would show, so no label.
		expect(placeLabels([mark('a', 10, 22, 'Telecom Italia'), mark('b', 58, 70, '')], { width: 500, measure })).toEqual([]);
	});

	test('marks on other rows or lanes do not block a label; the chart edge does', () => {
		const placed = placeLabels(
			[mark('a', 10, 22, 'Acme'), mark('b', 30, 42, 'Zed', { row: 1 }), mark('c', 30, 42, 'Kay', { lane: 'offshoring' })],
			{ width: 500, measure },
		);
		expect(placed.map((p) => p.key)).toEqual(['a', 'b', 'c']);
		expect(placeLabels([mark('a', 440, 452, 'Acme Telecom')], { width: 510, measure })).toEqual([
			{ key: 'a', x: 455, text: 'Acme…', inside: false },
		]);
		expect(placeLabels([mark('a', 440, 452, 'Acme Telecom')], { width: 500, measure })).toEqual([]);
	});

	test('no two labels overlap each other or a mark', () => {
		const marks = [0, 30, 45, 120, 140, 300].map((x, i) => mark(`m${i}`, x, x + 12, `Company ${i}`));
		const placed = placeLabels(marks, { width: 400, measure });
		const boxes = [...marks.map((m) => [m.x0, m.x1]), ...placed.map((p) => [p.x, p.x + measure(p.text)])] as [number, number][];
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) expect(a[1] <= b[0] || b[1] <= a[0], `${a} overlaps ${b}`).toBe(true);
		expect(placed.map((p) => `${p.key} ${p.text}`)).toEqual(['m2 Comp…', 'm4 Company 4', 'm5 Company…']);
	});

	test('marks off screen get no label', () => {
		expect(placeLabels([mark('a', -50, -38, 'Acme'), mark('b', 510, 522, 'Bee')], { width: 500, measure })).toEqual([]);
	});

	test('fitText keeps the whole text, or the longest cut with an ellipsis', () => {
		expect(fitText('Acme', 40, measure, 4)).toBe('Acme');
		expect(fitText('Acme Telecom', 60, measure, 4)).toBe('Acme…');
		expect(fitText('Acme Telecom', 30, measure, 4)).toBeUndefined();
	});

	test('shortSubject keeps a document title up to its colon', () => {
		expect(shortSubject('Written question no. 10719: the offshoring of call centres (2018)')).toBe('Written question no. 10719');
		expect(shortSubject('Question écrite n° 10719 : la délocalisation')).toBe('Question écrite n° 10719');
		expect(shortSubject('Teleperformance')).toBe('Teleperformance');
	});
});
