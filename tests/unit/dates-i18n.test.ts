import { describe, expect, test } from 'vitest';
import { comparePartialDates, parsePartialDate } from '../../src/lib/dates.ts';
import { countryName, formatDate, formatMoney, formatNumber, label, t } from '../../src/i18n/index.ts';
import fr from '../../src/i18n/fr/site.json' with { type: 'json' };
import en from '../../src/i18n/en/site.json' with { type: 'json' };
import { fill } from '../../src/lib/fill.ts';
import * as vocabulary from '../../src/schemas/vocabulary.ts';
import { collator, dateTimeFormat, displayNames, listFormat, numberFormat, semicolonList } from '../../src/i18n/intl.ts';

describe('date spans', () => {
	test('a year is the whole year, not 1 January', () => {
		const span = parsePartialDate('2009');
		expect(span.precision).toBe('year');
		expect(span.start.toISOString()).toBe('2009-01-01T00:00:00.000Z');
		expect(span.end.toISOString()).toBe('2010-01-01T00:00:00.000Z');
	});
	test('December ends at the next year', () => {
		expect(parsePartialDate('2009-12').end.toISOString()).toBe('2010-01-01T00:00:00.000Z');
		expect(parsePartialDate('2009-12-31').end.toISOString()).toBe('2010-01-01T00:00:00.000Z');
	});
	test('ordering: chronological, the wider span first, unknown last', () => {
		const sorted = ['2010', undefined, '2009-06-15', '2009-06', '2009'].sort(comparePartialDates);
		expect(sorted).toEqual(['2009', '2009-06', '2009-06-15', '2010', undefined]);
	});
});

describe('locale formatting', () => {
	test('dates keep their precision', () => {
		expect(formatDate('fr', '2009')).toBe('2009');
		expect(formatDate('fr', '2009-06')).toBe('juin 2009');
		expect(formatDate('en', '2009-06')).toBe('June 2009');
		expect(formatDate('fr', '2018-07-17')).toBe('17 juillet 2018');
		expect(formatDate('en', '2018-07-17')).toBe('17 July 2018');
		expect(formatDate('en', undefined)).toBe('date unknown');
	});
	test('semicolon lists follow each language: spaced in French, not in English', () => {
		expect(semicolonList('fr-FR', ['400 supprimés', '150 créés'])).toBe('400 supprimés ; 150 créés');
		expect(semicolonList('en-GB', ['400 cut', '150 created'])).toBe('400 cut; 150 created');
		expect(semicolonList('en', ['one'])).toBe('one');
	});
	test('numbers, money and countries', () => {
		expect(formatNumber('fr', 150000)).toBe('150\u202f000');
		expect(formatNumber('en', 150000)).toBe('150,000');
		expect(formatMoney('en', 150000, 'EUR')).toBe('€150,000');
		expect(formatMoney('fr', 150000, 'EUR')).toBe('150\u202f000\u00a0€');
		expect(countryName('fr', 'MA')).toBe('Maroc');
		expect(countryName('en', 'MA')).toBe('Morocco');
	});
	test('placeholders are filled', () => {
		expect(t('en', 'cases.shown', { shown: 2, total: 5 })).toBe('2 of 5 cases shown');
	});
	test('a count agrees with its words, as a number or as formatted', () => {
		expect(t('en', 'cases.shown', { shown: 1, total: 1 })).toBe('1 of 1 case shown');
		expect(t('fr', 'cases.shown', { shown: 1, total: 3 })).toBe('1 cas affiché sur 3');
		expect(t('fr', 'cases.shown', { shown: 0, total: 3 })).toBe('0 cas affichés sur 3');
		expect(t('en', 'fig.events.excluded', { n: 1 })).toBe('1 case with no dated step is not shown.');
		expect(t('en', 'fig.events.excluded', { n: '1,234' })).toBe('1,234 cases with no dated step are not shown.');
		expect(t('fr', 'map.noFigure', { n: 1 })).toBe("1 flux sans chiffre de ce type n'est ni dessiné ni listé.");
		expect(t('en', 'map.tooltip.jobs', { kind: 'Observed jobs', sum: '11', n: '1' })).toBe('Observed jobs: 11 (1 case with this figure)');
		expect(fill('{x|one|other}', {})).toBe('{x|one|other}');
	});
});

describe('the one Intl cache', () => {
	test('one formatter per kind, locale and options, made once', () => {
		expect(numberFormat('fr-FR')).toBe(numberFormat('fr-FR'));
		expect(numberFormat('fr-FR')).not.toBe(numberFormat('en-GB'));
		expect(numberFormat('en-GB', { style: 'percent' })).not.toBe(numberFormat('en-GB'));
		expect(numberFormat('en-GB', { style: 'percent' }).format(0.5)).toBe('50%');
		const month = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
		expect(dateTimeFormat('fr-FR', month)).toBe(dateTimeFormat('fr-FR', { ...month }));
		expect(dateTimeFormat('fr-FR', month).format(new Date(Date.UTC(2009, 5, 1)))).toBe('juin 2009');
		expect(displayNames('fr', { type: 'region' })).toBe(displayNames('fr', { type: 'region' }));
		expect(displayNames('fr', { type: 'region' }).of('MA')).toBe('Maroc');
		expect(['b', 'É', 'a'].sort(collator('fr', { sensitivity: 'base' }).compare)).toEqual(['a', 'b', 'É']);
		expect(listFormat('en-GB', { type: 'unit', style: 'short' }).format(['a', 'b'])).toBe('a, b');
	});
});

describe('dictionaries', () => {
	test('French and English have the same keys, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		for (const dict of [fr, en]) for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
	});
	const groups: [string, readonly string[]][] = [
		['movement', vocabulary.MOVEMENTS],
		['scope', vocabulary.SCOPES],
		['status', vocabulary.STATUSES],
		['function', vocabulary.FUNCTIONS],
		['operator', vocabulary.OPERATORS],
		['sector', vocabulary.SECTORS],
		['motive', vocabulary.MOTIVES],
		['confidence', vocabulary.CONFIDENCES],
		['event', vocabulary.EVENT_TYPES],
		['sourceType', vocabulary.SOURCE_TYPES],
		['documentKind', vocabulary.DOCUMENT_KINDS],
		['contextKind', vocabulary.CONTEXT_KINDS],
		['measure', vocabulary.JOB_MEASURES],
		['claimant', vocabulary.CLAIMANTS],
	];
	test.each(groups)('every %s value has a label in both languages', (group, values) => {
		for (const value of values) for (const lang of ['fr', 'en'] as const) expect(label(lang, group, value)).not.toBe('');
	});
	test('a missing label is an error, not a silent key', () => {
		expect(() => label('fr', 'movement', 'teleportation')).toThrow(/movement\.teleportation/);
	});
});
