import { describe, expect, test } from 'vitest';
import { parseFlowView, serializeFlowView } from '../../src/lib/charts/flow-view.ts';
import { placeMapLabels } from '../../src/lib/charts/map-labels.ts';

describe('flow map view in the URL', () => {
	test('reads known values and drops the rest', () => {
		expect(parseFlowView('?movement=offshoring&from=2010&to=2019&weight=observed&area=europe', [2010, 2019])).toEqual({
			movement: 'offshoring',
			fromYear: 2010,
			toYear: 2019,
			weight: 'observed',
			area: 'europe',
		});
		expect(parseFlowView('?movement=teleport&from=1066&weight=jobs&area=mars', [2010])).toEqual({});
	});
	test('writes keys in a fixed order, defaults left out', () => {
		expect(serializeFlowView({ toYear: 2019, movement: 'reshoring', weight: 'cases', area: 'world' })).toBe('?movement=reshoring&to=2019');
		expect(serializeFlowView({})).toBe('');
		expect(serializeFlowView({ area: 'europe', weight: 'announced' })).toBe('?weight=announced&area=europe');
	});
});

describe('country names on the map', () => {
	const measure = (s: string) => s.length * 10;
	test('a name goes right of its point, or left when the right edge is too near', () => {
		const placed = placeMapLabels(
			[
				{ key: 'FR', x: 100, y: 50, text: 'France', weight: 9 },
				{ key: 'IN', x: 380, y: 80, text: 'India', weight: 5 },
			],
			{ width: 400, height: 200, measure },
		);
		expect(placed).toEqual([
			{ key: 'FR', x: 105, y: 53.5, text: 'France', anchor: 'start' },
			{ key: 'IN', x: 375, y: 83.5, text: 'India', anchor: 'end' },
		]);
	});
	test('the country with more cases keeps its name when two would overlap; a name never covers another point', () => {
		// Belgium's name cannot go right (France's is there) and goes left; Luxembourg's fits neither side.
		const placed = placeMapLabels(
			[
				{ key: 'BE', x: 100, y: 52, text: 'Belgium', weight: 1 },
				{ key: 'FR', x: 100, y: 60, text: 'France', weight: 9 },
				{ key: 'CH', x: 130, y: 100, text: 'Switzerland', weight: 1 },
				{ key: 'IT', x: 160, y: 100, text: 'Italy', weight: 2 },
				{ key: 'LU', x: 100, y: 56, text: 'Luxembourg', weight: 0 },
			],
			{ width: 400, height: 200, measure },
		);
		expect(placed.map((l) => `${l.key} ${l.anchor}`)).toEqual(['FR start', 'IT start', 'BE end', 'CH end']);
	});
});
