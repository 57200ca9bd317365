import { describe, expect, test } from 'vitest';
import { countryName, journey, placeName } from '../../src/lib/places.ts';

describe('places', () => {
	test("a country's name in each language", () => {
		expect(countryName('fr', 'MA')).toBe('Maroc');
		expect(countryName('en', 'MA')).toBe('Morocco');
	});
	test('one end of a move: the place and its country, or the country alone', () => {
		const abbeville = { country: 'FR', place: { fr: 'Abbeville (Somme)', en: 'Abbeville (Somme)' } };
		expect(placeName('fr', abbeville)).toBe('Abbeville (Somme), France');
		expect(placeName('en', { country: 'MA' })).toBe('Morocco');
		expect(placeName('en', { country: 'MA', place: { fr: 'Rabat', en: 'Rabat' } }, () => 'Named by the page')).toBe(
			'Rabat, Named by the page',
		);
	});
	test('a step from places to places, either side possibly empty', () => {
		const from = [
			{ country: 'FR', place: { fr: 'Lyon', en: 'Lyon' } },
			{ country: 'FR', place: { fr: 'Lille', en: 'Lille' } },
		];
		expect(journey('fr', from, [{ country: 'MA' }])).toBe('Lyon, France ; Lille, France → Maroc');
		expect(journey('en', from, [{ country: 'MA' }])).toBe('Lyon, France; Lille, France → Morocco');
		expect(journey('en', [], [{ country: 'TN' }])).toBe('→ Tunisia');
		expect(journey('en', [{ country: 'TN' }], [])).toBe('Tunisia →');
	});
});
