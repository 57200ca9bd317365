/**
 * The domain's words that readers type in either language or under another name: one table of
 * groups of equivalent terms (movements, call centres, the 2025 canvassing law, sectors, countries
 * and their adjectives), each with the term that stands for it in each index language. A page that
 * has any term of a group is also indexed, at low weight, by the group's term (`equivalentTerms`),
 * and a query's terms of groups are searched as the groups' terms (`canonicalQuery`), so that "call
 * center", "reshoring" on the French side or "relocation" on the English side find the pages that
 * say it otherwise, and a page carries one term per group rather than every term of it. Pure.
 */

/** Equivalent terms and the one each index language is indexed and searched by. */
export interface TermGroup {
	readonly fr: string;
	readonly en: string;
	readonly terms: readonly string[];
}

/**
 * Groups of equivalent terms, French and English mixed, each with the term that stands for the group
 * in each index language: a page that has any term of a group is indexed by that term too, and a
 * query's term of a group is searched as that term (`canonicalQuery`), so that every term of the
 * group finds the page.
 */
export const TERM_GROUPS: readonly TermGroup[] = [
	// Movements.
	{
		fr: 'relocalisation',
		en: 'reshoring',
		terms: [
			'reshoring',
			'reshored',
			'onshoring',
			'onshore',
			'insourcing',
			'insourced',
			'relocation',
			'relocalisation',
			'relocalization',
			'relocalisé',
			'relocaliser',
			'rapatriement',
			'rapatrié',
			'rapatrier',
			'brought back',
			'bring back',
			'back to France',
		],
	},
	{
		fr: 'délocalisation',
		en: 'offshoring',
		terms: ['offshoring', 'offshored', 'offshore', 'délocalisation', 'délocalisé', 'délocaliser', 'outsourcing abroad'],
	},
	{
		fr: 'externalisation',
		en: 'outsourcing',
		terms: ['outsourcing', 'outsourced', 'outsourcer', 'externalisation', 'externalisé', 'sous-traitance', 'sous-traitant', 'prestataire'],
	},
	{ fr: 'nearshore', en: 'nearshoring', terms: ['nearshoring', 'nearshore', 'nearshored', 'pays proche'] },
	// The work itself.
	{
		fr: "centre d'appels",
		en: 'call centre',
		terms: [
			'call centre',
			'call center',
			'call-centre',
			'call-center',
			"centre d'appels",
			"centres d'appels",
			'contact centre',
			'contact center',
			'centre de contact',
			'plateau téléphonique',
			'service client',
			'customer service',
			'relation client',
			'customer care',
			'helpline',
			'hotline',
		],
	},
	// The 2025 French law on telephone canvassing and its vocabulary.
	{
		fr: 'démarchage',
		en: 'telephone canvassing',
		terms: [
			'telephone canvassing',
			'cold calling',
			'cold call',
			'cold calls',
			'telemarketing',
			'démarchage téléphonique',
			'démarchage',
			'prospection téléphonique',
		],
	},
	{
		fr: 'consentement préalable',
		en: 'prior consent',
		terms: ['opt-in', 'prior consent', 'explicit consent', 'consentement préalable', 'consentement explicite'],
	},
	// Sectors.
	{ fr: 'télécoms', en: 'telecom', terms: ['telecom', 'telecoms', 'télécoms', 'télécommunications', 'telecommunications', 'broadband'] },
	{
		fr: 'énergie',
		en: 'energy',
		terms: ['energy', 'énergie', 'electricity', 'électricité', 'gas', 'gaz', 'utility', 'fournisseur d’énergie'],
	},
	{ fr: 'banque', en: 'bank', terms: ['bank', 'banking', 'banque', 'insurance', 'assurance', 'insurer', 'assureur'] },
	{ fr: 'distributeur', en: 'retail', terms: ['retail', 'retailer', 'distributeur', 'grande distribution', 'e-commerce'] },
	{
		fr: 'compagnie aérienne',
		en: 'airline',
		terms: ['airline', 'compagnie aérienne', 'railway', 'ferroviaire', 'travel agency', 'agence de voyage'],
	},
	{ fr: 'service public', en: 'public service', terms: ['public service', 'service public', 'public services', 'services publics'] },
	// Countries and their adjectives (names in both languages come from Intl in SearchMeta).
	{ fr: 'Maroc', en: 'Morocco', terms: ['Morocco', 'Moroccan', 'Maroc', 'marocain', 'marocaine', 'Casablanca', 'Rabat'] },
	{ fr: 'Tunisie', en: 'Tunisia', terms: ['Tunisia', 'Tunisian', 'Tunisie', 'tunisien', 'tunisienne', 'Tunis'] },
	{ fr: 'Sénégal', en: 'Senegal', terms: ['Senegal', 'Senegalese', 'Sénégal', 'sénégalais', 'Dakar'] },
	{ fr: 'Maurice', en: 'Mauritius', terms: ['Mauritius', 'Mauritian', 'Maurice', 'mauricien'] },
	{ fr: 'Madagascar', en: 'Madagascar', terms: ['Madagascar', 'Malagasy', 'malgache', 'Antananarivo'] },
	{ fr: 'Inde', en: 'India', terms: ['India', 'Indian', 'Inde', 'indien', 'indienne'] },
	{
		fr: 'Philippines',
		en: 'Philippines',
		terms: ['Philippines', 'Filipino', 'Philippine', 'philippin', 'philippine', 'Manila', 'Manille'],
	},
	{ fr: 'Portugal', en: 'Portugal', terms: ['Portugal', 'Portuguese', 'portugais', 'Lisbon', 'Lisbonne'] },
	{ fr: 'Roumanie', en: 'Romania', terms: ['Romania', 'Romanian', 'Roumanie', 'roumain'] },
	{ fr: 'France', en: 'France', terms: ['France', 'French', 'français', 'française'] },
	{ fr: 'Royaume-Uni', en: 'United Kingdom', terms: ['United Kingdom', 'UK', 'British', 'Britain', 'Royaume-Uni', 'britannique'] },
	{ fr: 'Irlande', en: 'Ireland', terms: ['Ireland', 'Irish', 'Irlande', 'irlandais'] },
	{ fr: 'États-Unis', en: 'United States', terms: ['United States', 'USA', 'American', 'États-Unis', 'américain'] },
	{ fr: 'Canada', en: 'Canada', terms: ['Canada', 'Canadian', 'canadien'] },
	{ fr: 'Australie', en: 'Australia', terms: ['Australia', 'Australian', 'Australie', 'australien'] },
	{ fr: 'Nouvelle-Zélande', en: 'New Zealand', terms: ['New Zealand', 'Nouvelle-Zélande', 'néo-zélandais'] },
	{ fr: 'Espagne', en: 'Spain', terms: ['Spain', 'Spanish', 'Espagne', 'espagnol'] },
	{ fr: 'Belgique', en: 'Belgium', terms: ['Belgium', 'Belgian', 'Belgique', 'belge'] },
	{ fr: 'Égypte', en: 'Egypt', terms: ['Egypt', 'Egyptian', 'Égypte', 'égyptien'] },
	{ fr: 'Pologne', en: 'Poland', terms: ['Poland', 'Polish', 'Pologne', 'polonais'] },
	{ fr: 'Italie', en: 'Italy', terms: ['Italy', 'Italian', 'Italie', 'italien'] },
	{ fr: 'Pays-Bas', en: 'Netherlands', terms: ['Netherlands', 'Dutch', 'Pays-Bas', 'néerlandais'] },
	{ fr: 'Mexique', en: 'Mexico', terms: ['Mexico', 'Mexican', 'Mexique', 'mexicain'] },
	{ fr: 'Afrique du Sud', en: 'South Africa', terms: ['South Africa', 'South African', 'Afrique du Sud', 'sud-africain'] },
	// Parliament.
	{
		fr: 'question parlementaire',
		en: 'parliamentary question',
		terms: [
			'parliamentary question',
			'question parlementaire',
			'written question',
			'question écrite',
			'parlementaire',
			'parliamentary',
			'député',
			'MP',
			'sénateur',
			'senator',
		],
	},
];

/** Lower case, without accents, typographic apostrophes made straight, other punctuation a space. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’ʼ‘`]/g, "'")
		.replace(/[^\p{L}\p{N}']+/gu, ' ')
		.trim();
}

/** Endings a term may take and still match (a plural or feminine form). */
const ENDINGS = ['', 's', 'x', 'es', 'e', 'd', 'ed'];

/**
 * Whether a folded text has a folded phrase (a term of several words) as whole words, its last with
 * one of `ENDINGS`: tested by a regular expression, only when the text has the phrase's first word.
 */
function phraseTest(phrase: string): (text: string, words: Set<string>) => boolean {
	const first = phrase.slice(0, phrase.indexOf(' '));
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?:^| )${escaped}(?:${ENDINGS.filter(Boolean).join('|')})?(?= |$)`);
	return (text, words) => words.has(first) && pattern.test(text);
}

/** A term folded as a query or a page's text is: apostrophes are spaces, as Pagefind splits words there. */
const foldTerm = (term: string) => foldText(term).replace(/'/g, ' ');

const FOLDED_GROUPS = TERM_GROUPS.map((group) =>
	group.terms.map((term) => {
		const folded = foldTerm(term);
		return { term, folded, phrase: folded.includes(' ') ? phraseTest(folded) : undefined };
	}),
);

/** Every term of the table, folded, in one text. */
export const FOLDED_TERMS = FOLDED_GROUPS.flatMap((group) => group.map(({ folded }) => folded)).join(' ');

/**
 * The one-word terms by the words that have them (the term with one of `ENDINGS`), as positions in
 * `FOLDED_GROUPS`: a text's words are looked up once each, instead of every term in every text (a
 * title or a summary has a few words, against some 1,200 forms of the terms).
 */
const ONE_WORD_TERMS = new Map<string, Array<[group: number, term: number]>>();
FOLDED_GROUPS.forEach((group, g) =>
	group.forEach(({ folded, phrase }, t) => {
		if (phrase) return;
		for (const ending of ENDINGS) {
			const word = folded + ending;
			(ONE_WORD_TERMS.get(word) ?? ONE_WORD_TERMS.set(word, []).get(word)!).push([g, t]);
		}
	}),
);

/**
 * Endings that Pagefind's stemmer of each index language takes off a word (Snowball French:
 * `relocalisé`, `relocaliser` → `relocalis`, `relocation` → `reloc`; English: `reshored`,
 * `reshoring` → `reshor`), as folded.
 */
const STEM_ENDINGS: Record<'fr' | 'en', readonly string[]> = {
	fr: ['e', 'er', 'es', 'ee', 'ees', 's', 'ation', 'ations'],
	en: ['e', 'ed', 'es', 's', 'ing', 'ation', 'ations'],
};
/** Only words sharing this many first letters count as one stem. */
const MIN_STEM = 5;

/**
 * Whether a one-word folded `term` is another form of one of `words` in an index of language
 * `lang`: the term is a word's beginning, or is one with an ending the stemmer takes off
 * (`relocalise`, `relocation` beside `relocalisation`). Pagefind already finds such a page by the
 * term, since it matches the term's stem and every word it begins: indexing the term again only
 * adds to the index chunks a search loads (`relocalisé` beside `relocalisation` doubled that word's
 * entry, loaded by every search of "relocalisation").
 */
export function sameStem(term: string, words: Iterable<string>, lang: 'fr' | 'en'): boolean {
	if (term.includes(' ')) return false;
	const bases = [term, ...STEM_ENDINGS[lang].filter((e) => term.endsWith(e)).map((e) => term.slice(0, -e.length))].filter(
		(base) => base.length >= MIN_STEM,
	);
	for (const word of words) if (bases.some((base) => word.startsWith(base))) return true;
	return false;
}

/**
 * The term standing for each group that `text` has a term of (`TermGroup[lang]`), less those the page
 * is found by already: it has each word of the term, or another form of it (`sameStem`), in table order. What a page of index language `lang` is also indexed by, so that `canonicalQuery` finds
 * it by any term of the group.
 */
export function equivalentTerms(text: string, lang: 'fr' | 'en'): string[] {
	return equivalentTermsOfFolded(foldText(text), lang);
}

/** `equivalentTerms()` of a text already folded (`foldText`), which a caller may fold once for several uses. */
export function equivalentTermsOfFolded(foldedText: string, lang: 'fr' | 'en'): string[] {
	const folded = foldedText.replace(/'/g, ' ').replace(/ +/g, ' ').trim();
	const words = new Set(folded.split(' '));
	// Which groups the text has a term of: the phrases tested, the one-word terms looked up by the text's words.
	const has = new Set<number>();
	for (const word of words) for (const [g] of ONE_WORD_TERMS.get(word) ?? []) has.add(g);
	FOLDED_GROUPS.forEach((group, g) => {
		if (!has.has(g) && group.some(({ phrase }) => phrase?.(folded, words))) has.add(g);
	});
	const terms: string[] = [];
	TERM_GROUPS.forEach((group, g) => {
		if (!has.has(g)) return;
		// Pagefind finds a page by each word of a search on its own: a page that has every word of the
		// group's term, or another form of it, is found by the term already ("centres d'appels").
		const found = foldTerm(group[lang])
			.split(' ')
			.every((word) => words.has(word) || sameStem(word, words, lang));
		if (!found) terms.push(group[lang]);
	});
	return terms;
}

/** Every term by its first word, the longest first, for reading a query. */
const TERMS_BY_FIRST_WORD = new Map<string, { words: string[]; group: number }[]>();
FOLDED_GROUPS.forEach((group, g) =>
	group.forEach(({ folded }) => {
		const words = folded.split(' ');
		const list = TERMS_BY_FIRST_WORD.get(words[0]!) ?? TERMS_BY_FIRST_WORD.set(words[0]!, []).get(words[0]!)!;
		list.push({ words, group: g });
		list.sort((a, b) => b.words.length - a.words.length);
	}),
);

/** Whether a query's word is `word` with one of `ENDINGS`. */
const endsAs = (typed: string, word: string) => typed.startsWith(word) && ENDINGS.includes(typed.slice(word.length));

/**
 * The query as searched in an index of language `lang`: its words (folded), each term of a group (the
 * longest first, its last word with one of `ENDINGS`) replaced by the group's term for `lang`, as one
 * item; the same term twice once. Undefined when that changes nothing but folding: the query is
 * searched as typed. A page that has any term of a group is indexed by the group's term
 * (`equivalentTerms`), so "call center" finds every page that says "call centre" or "centre d'appels".
 */
export function canonicalQuery(query: string, lang: 'fr' | 'en'): string[] | undefined {
	const words = foldTerm(query).split(' ').filter(Boolean);
	const items: string[] = [];
	let changed = false;
	for (let i = 0; i < words.length;) {
		const term = (TERMS_BY_FIRST_WORD.get(words[i]!) ?? []).find(({ words: termWords }) =>
			termWords.every((w, k) => (k === termWords.length - 1 ? endsAs(words[i + k] ?? '', w) : words[i + k] === w)),
		);
		// A one-word term with an ending: found by the word without it.
		const stem = term ? undefined : ONE_WORD_TERMS.get(words[i]!)?.[0];
		const group = term?.group ?? stem?.[0];
		if (group === undefined) {
			items.push(words[i]!);
			i += 1;
			continue;
		}
		const length = term?.words.length ?? 1;
		const standing = TERM_GROUPS[group]![lang];
		if (foldTerm(standing) !== words.slice(i, i + length).join(' ')) changed = true;
		items.push(standing);
		i += length;
	}
	return changed ? [...new Set(items)] : undefined;
}
