/**
 * Queries a reader types and the page each must find, shared by the search specs of the fixture corpus
 * (search.spec.ts) and of the whole corpus (real/search.spec.ts): every page they name is in both.
 */
export const KEYYO = {
	fr: 'Keyyo rapatrie son service client de Casablanca à Abbeville',
	en: 'Keyyo brings its customer service back from Casablanca to Abbeville',
};
export const DREUX = {
	fr: "Phone Marketing ouvre un centre d'appels à Dreux (2009)",
	en: 'Phone Marketing opens a call centre in Dreux (2009)',
};
export const QUESTION = {
	fr: "Question écrite n° 10719 : la délocalisation des centres d'appels des opérateurs téléphoniques (2018)",
	en: "Written question no. 10719: the offshoring of telecom operators' call centres (2018)",
};

/** Queries a reader types, and the page that must come first (names) or in the top three (words: other pages share them). */
export const TOP: { lang: 'fr' | 'en'; q: string; top: string; within?: 3 }[] = [
	{ lang: 'fr', q: 'Keyyo', top: KEYYO.fr },
	{ lang: 'fr', q: 'Abbeville', top: KEYYO.fr },
	{ lang: 'fr', q: 'Phone Marketing', top: DREUX.fr },
	{ lang: 'fr', q: 'Dreux', top: DREUX.fr },
	{ lang: 'fr', q: 'Haury', top: QUESTION.fr },
	{ lang: 'fr', q: '10719', top: QUESTION.fr },
	// Accent-free spellings and stems of words the page writes with accents or other endings.
	{ lang: 'fr', q: 'delocalisation operateurs', top: QUESTION.fr, within: 3 },
	{ lang: 'fr', q: 'teleconseillers operateurs', top: QUESTION.fr, within: 3 },
	{ lang: 'fr', q: 'telephonie IP', top: KEYYO.fr, within: 3 },
	{ lang: 'fr', q: 'Somme', top: KEYYO.fr, within: 3 },
	{ lang: 'en', q: 'Keyyo', top: KEYYO.en },
	{ lang: 'en', q: 'Abbeville', top: KEYYO.en },
	{ lang: 'en', q: 'VoIP', top: KEYYO.en, within: 3 },
	{ lang: 'en', q: 'Phone Marketing', top: DREUX.en },
	{ lang: 'en', q: 'Dreux', top: DREUX.en },
	{ lang: 'en', q: 'Haury', top: QUESTION.en },
	{ lang: 'en', q: '10719', top: QUESTION.en },
	{ lang: 'en', q: 'offshoring telecom operators', top: QUESTION.en, within: 3 },
];

/** Queries as readers type them (typos, synonyms, the other language, words no single page has), and a page among the first three. */
export const FORGIVEN: { lang: 'fr' | 'en'; q: string; expected: string }[] = [
	{ lang: 'en', q: 'Keyo', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'fr', q: 'Keyo', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'Vodaphone', expected: 'cases/vodafone-uk-2017-south-africa-return/' },
	{ lang: 'en', q: 'Teleperfomance', expected: 'cases/teleperformance-france-closures-2010/' },
	{ lang: 'en', q: 'Westpak', expected: 'cases/westpac-2020-1000-jobs-onshore/' },
	{ lang: 'en', q: 'call center', expected: 'documents/new-york-call-center-jobs-act/' },
	{ lang: 'en', q: 'cold calling', expected: 'documents/loi-2025-optin-demarchage/' },
	{ lang: 'fr', q: 'reshoring Abbeville', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'Keyyo relocation', expected: 'cases/keyyo-casablanca-abbeville/' },
	{ lang: 'en', q: 'French parliamentary question telecom operators offshoring', expected: 'documents/qe-15-10719/' },
	{ lang: 'en', q: 'brought back from Morocco to France', expected: 'cases/taxis-bleus-morocco-repatriation/' },
];
