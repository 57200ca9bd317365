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

/** A term folded as a query or a page's text is: apostrophes are spaces, as Pagefind splits words there. */
const foldTerm = (term: string) => foldText(term).replace(/'/g, ' ');

const FOLDED_GROUPS = TERM_GROUPS.map((group) => group.terms.map(foldTerm));

/** Every term of the table, folded, in one text. */
export const FOLDED_TERMS = FOLDED_GROUPS.flat().join(' ');

/**
 * The terms by their first word, as their group and their words, the longest first: a one-word term
 * under each of its forms (with one of `ENDINGS`), a phrase under its first word.
 */
const TERMS_BY_FIRST_WORD = new Map<string, { group: number; words: string[] }[]>();
FOLDED_GROUPS.forEach((group, g) =>
	group.forEach((folded) => {
		const words = folded.split(' ');
		for (const first of words.length === 1 ? ENDINGS.map((ending) => folded + ending) : [words[0]!]) {
			const list = TERMS_BY_FIRST_WORD.get(first) ?? TERMS_BY_FIRST_WORD.set(first, []).get(first)!;
			list.push({ group: g, words });
			list.sort((x, y) => y.words.length - x.words.length);
		}
	}),
);

/** Whether a text's word is `word` with one of `ENDINGS`. */
const endsAs = (written: string, word: string) => written.startsWith(word) && ENDINGS.includes(written.slice(word.length));

/**
 * The terms that begin at `words[i]` (a text's folded words), the longest first, as their group and
 * their number of words: a phrase has its words in order, the last with one of `ENDINGS`. The one
 * reading of terms, for a page's text (every term) and for a query (the longest).
 */
function termsAt(words: readonly string[], i: number): { group: number; length: number }[] {
	const terms = TERMS_BY_FIRST_WORD.get(words[i]!);
	if (!terms) return [];
	return terms
		.filter(({ words: termWords }) =>
			termWords.every((w, k) => k === 0 || (k === termWords.length - 1 ? endsAs(words[i + k] ?? '', w) : words[i + k] === w)),
		)
		.map(({ group, words: termWords }) => ({ group, length: termWords.length }));
}

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
 * is found by already: it has each word of the term, or another form of it (`sameStem`), in table
 * order. What a page of index language `lang` is also indexed by, so that `canonicalQuery` finds it
 * by any term of the group.
 */
export function equivalentTerms(text: string, lang: 'fr' | 'en'): string[] {
	return equivalentTermsOfFolded(foldText(text), lang);
}

/** `equivalentTerms()` of a text already folded (`foldText`), which a caller may fold once for several uses. */
export function equivalentTermsOfFolded(foldedText: string, lang: 'fr' | 'en'): string[] {
	const tokens = foldedText.replace(/'/g, ' ').split(' ').filter(Boolean);
	const words = new Set(tokens);
	// Which groups the text has a term of.
	const has = new Set<number>();
	tokens.forEach((_, i) => termsAt(tokens, i).forEach(({ group }) => has.add(group)));
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
		const [term] = termsAt(words, i);
		if (!term) {
			items.push(words[i]!);
			i += 1;
			continue;
		}
		const { group, length } = term;
		const standing = TERM_GROUPS[group]![lang];
		if (foldTerm(standing) !== words.slice(i, i + length).join(' ')) changed = true;
		items.push(standing);
		i += length;
	}
	return changed ? [...new Set(items)] : undefined;
}
