/**
 * The domain's words that readers type in either language or under another name: one table of
 * equivalent terms (movements, call centres, the 2025 canvassing law, sectors, countries and their
 * adjectives). Each indexed page also gets, at low weight, the terms equivalent to those it
 * contains (`equivalentTerms`), in both indexes, so that "call center", "reshoring" on the French
 * side or "relocation" on the English side find the pages that say it otherwise. Pure.
 */

/** Groups of equivalent terms, French and English mixed; a page that has one is found by all. */
export const EQUIVALENT_TERMS: readonly (readonly string[])[] = [
	// Movements.
	[
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
	['offshoring', 'offshored', 'offshore', 'délocalisation', 'délocalisé', 'délocaliser', 'outsourcing abroad'],
	['outsourcing', 'outsourced', 'outsourcer', 'externalisation', 'externalisé', 'sous-traitance', 'sous-traitant', 'prestataire'],
	['nearshoring', 'nearshore', 'nearshored', 'pays proche'],
	// The work itself.
	[
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
	// The 2025 French law on telephone canvassing and its vocabulary.
	[
		'telephone canvassing',
		'cold calling',
		'cold call',
		'cold calls',
		'telemarketing',
		'démarchage téléphonique',
		'démarchage',
		'prospection téléphonique',
	],
	['opt-in', 'prior consent', 'explicit consent', 'consentement préalable', 'consentement explicite'],
	// Sectors.
	['telecom', 'telecoms', 'télécoms', 'télécommunications', 'telecommunications', 'broadband'],
	['energy', 'énergie', 'electricity', 'électricité', 'gas', 'gaz', 'utility', 'fournisseur d’énergie'],
	['bank', 'banking', 'banque', 'insurance', 'assurance', 'insurer', 'assureur'],
	['retail', 'retailer', 'distributeur', 'grande distribution', 'e-commerce'],
	['airline', 'compagnie aérienne', 'railway', 'ferroviaire', 'travel agency', 'agence de voyage'],
	['public service', 'service public', 'public services', 'services publics'],
	// Countries and their adjectives (names in both languages come from Intl in SearchMeta).
	['Morocco', 'Moroccan', 'Maroc', 'marocain', 'marocaine', 'Casablanca', 'Rabat'],
	['Tunisia', 'Tunisian', 'Tunisie', 'tunisien', 'tunisienne', 'Tunis'],
	['Senegal', 'Senegalese', 'Sénégal', 'sénégalais', 'Dakar'],
	['Mauritius', 'Mauritian', 'Maurice', 'mauricien'],
	['Madagascar', 'Malagasy', 'malgache', 'Antananarivo'],
	['India', 'Indian', 'Inde', 'indien', 'indienne'],
	['Philippines', 'Filipino', 'Philippine', 'philippin', 'philippine', 'Manila', 'Manille'],
	['Portugal', 'Portuguese', 'portugais', 'Lisbon', 'Lisbonne'],
	['Romania', 'Romanian', 'Roumanie', 'roumain'],
	['France', 'French', 'français', 'française'],
	['United Kingdom', 'UK', 'British', 'Britain', 'Royaume-Uni', 'britannique'],
	['Ireland', 'Irish', 'Irlande', 'irlandais'],
	['United States', 'USA', 'American', 'États-Unis', 'américain'],
	['Canada', 'Canadian', 'canadien'],
	['Australia', 'Australian', 'Australie', 'australien'],
	['New Zealand', 'Nouvelle-Zélande', 'néo-zélandais'],
	['Spain', 'Spanish', 'Espagne', 'espagnol'],
	['Belgium', 'Belgian', 'Belgique', 'belge'],
	['Egypt', 'Egyptian', 'Égypte', 'égyptien'],
	['Poland', 'Polish', 'Pologne', 'polonais'],
	['Italy', 'Italian', 'Italie', 'italien'],
	['Netherlands', 'Dutch', 'Pays-Bas', 'néerlandais'],
	['Mexico', 'Mexican', 'Mexique', 'mexicain'],
	['South Africa', 'South African', 'Afrique du Sud', 'sud-africain'],
	// Parliament.
	[
		'parliamentary question',
		'written question',
		'question écrite',
		'parlementaire',
		'parliamentary',
		'député',
		'MP',
		'sénateur',
		'senator',
	],
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

const FOLDED_GROUPS = EQUIVALENT_TERMS.map((group) =>
	group.map((term) => {
		const folded = foldText(term).replace(/'/g, ' ');
		return { term, folded, phrase: folded.includes(' ') ? phraseTest(folded) : undefined };
	}),
);

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
 * The terms of every group that `text` has a term of, less those `text` already has, in table
 * order: what a page should also be found by. With the index language `lang`, also less the terms
 * that are another form of a word of `text` or of another term kept (`sameStem`): the page is
 * found by them already. Longer terms are kept first, since a shorter one is more often the
 * beginning of another (`relocation` of `relocalisation`).
 */
export function equivalentTerms(text: string, lang?: 'fr' | 'en'): string[] {
	return equivalentTermsOfFolded(foldText(text), lang);
}

/** `equivalentTerms()` of a text already folded (`foldText`), which a caller may fold once for several uses. */
export function equivalentTermsOfFolded(foldedText: string, lang?: 'fr' | 'en'): string[] {
	const folded = foldedText.replace(/'/g, ' ').replace(/ +/g, ' ').trim();
	const words = new Set(folded.split(' '));
	const candidates: { term: string; folded: string }[] = [];
	// Which terms the text has: the phrases tested, the one-word terms looked up by the text's words.
	const has = FOLDED_GROUPS.map((group) => group.map(({ phrase }) => phrase !== undefined && phrase(folded, words)));
	for (const word of words) for (const [g, t] of ONE_WORD_TERMS.get(word) ?? []) has[g]![t] = true;
	for (const [g, group] of FOLDED_GROUPS.entries()) {
		const found = has[g]!;
		if (!found.includes(true)) continue;
		group.forEach((entry, i) => {
			if (!found[i] && !candidates.some((c) => c.term === entry.term)) candidates.push(entry);
		});
	}
	if (!lang) return candidates.map((c) => c.term);
	const kept = new Set<string>();
	for (const { folded: term } of [...candidates].sort((a, b) => b.folded.length - a.folded.length))
		if (!sameStem(term, words, lang) && !sameStem(term, kept, lang)) kept.add(term);
	return candidates.filter((c) => kept.has(c.folded)).map((c) => c.term);
}
