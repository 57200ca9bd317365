import { expect, test } from 'vitest';
import { franceBalance } from '../../src/lib/france.ts';

const at = (country: string) => [{ country }];

test('counts work leaving France and lists work coming back, dated first', () => {
	const balance = franceBalance([
		{ id: 'a', data: { company: 'A', movement: 'offshoring', from: at('FR'), to: at('MA') } },
		{ id: 'b', data: { company: 'B', movement: 'nearshoring', from: at('FR'), to: at('PT') } },
		{ id: 'c', data: { company: 'C', movement: 'offshoring', from: at('BE'), to: at('MA') } },
		{ id: 'd', data: { company: 'D', movement: 'reshoring', from: at('MA'), to: at('FR') } },
		{ id: 'e', data: { company: 'E', movement: 'reshoring', from: at('TN'), to: at('FR'), date: '2012' } },
		{ id: 'f', data: { company: 'F', movement: 'reshoring', from: at('IN'), to: at('GB'), date: '2011' } },
	]);
	expect(balance).toEqual({
		left: 2,
		returned: [
			{ id: 'e', company: 'E', date: '2012' },
			{ id: 'd', company: 'D' },
		],
	});
});
