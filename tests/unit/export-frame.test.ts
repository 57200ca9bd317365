import { describe, expect, test } from 'vitest';
import { frameLayout, wrapText } from '../../src/lib/charts/export-frame.ts';

describe('downloaded chart frame', () => {
	test('wrapText cuts at spaces', () => {
		expect(wrapText('Cases per year by movement', 12)).toEqual(['Cases per', 'year by', 'movement']);
		expect(wrapText('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
	});

	test('title, legend, drawing and footer follow each other without overlap', () => {
		const frame = frameLayout(400, 200, {
			title: 'Figure 1. Cases per year',
			legend: [
				{ label: 'Reshoring', color: '#060' },
				{ label: 'Offshoring', color: '#a00' },
			],
			footer: ['Source: ORCA, corpus version 1, licence CC BY 4.0.', 'https://orca.example.org/en/figures/#fig-1'],
		});
		expect(frame.title).toEqual([{ text: 'Figure 1. Cases per year', y: 27 }]);
		expect(frame.legend).toEqual([
			{ label: 'Reshoring', color: '#060', x: 12, y: 38 },
			{ label: 'Offshoring', color: '#a00', x: 101.8, y: 38 },
		]);
		expect(frame.top).toBe(62);
		expect(frame.footer).toEqual([
			{ text: 'Source: ORCA, corpus version 1, licence CC BY 4.0.', y: 281 },
			{ text: 'https://orca.example.org/en/figures/#fig-1', y: 296 },
		]);
		expect(frame.height).toBe(308);
	});

	test('legend entries that do not fit on one line go to the next', () => {
		const legend = ['One', 'Two', 'Three'].map((label) => ({ label, color: '#000' }));
		const frame = frameLayout(120, 100, { title: 'T', legend, footer: [] });
		expect(frame.legend.map((e) => [e.x, e.y])).toEqual([
			[12, 38],
			[12, 56],
			[12, 74],
		]);
		expect(frame.top).toBe(98);
	});
});
