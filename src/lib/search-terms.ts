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
 * Whether a folded text has a folded term as whole words (with one of `ENDINGS`). Built once per
 * term: a one-word term is looked up in the text's set of words; a longer one, only when the text
 * has its first word, by a regular expression.
 */
function termTest(term: string): (text: string, words: Set<string>) => boolean {
	if (!term.includes(' ')) return (_text, words) => ENDINGS.some((ending) => words.has(term + ending));
	const first = term.slice(0, term.indexOf(' '));
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`(?:^| )${escaped}(?:${ENDINGS.filter(Boolean).join('|')})?(?= |$)`);
	return (text, words) => words.has(first) && pattern.test(text);
}

const FOLDED_GROUPS = EQUIVALENT_TERMS.map((group) =>
	group.map((term) => {
		const folded = foldText(term).replace(/'/g, ' ');
		return { term, has: termTest(folded) };
	}),
);

/**
 * The terms of every group that `text` has a term of, less those `text` already has, in table
 * order: what a page should also be found by.
 */
export function equivalentTerms(text: string): string[] {
	return equivalentTermsOfFolded(foldText(text));
}

/** `equivalentTerms()` of a text already folded (`foldText`), which a caller may fold once for several uses. */
export function equivalentTermsOfFolded(foldedText: string): string[] {
	const folded = foldedText.replace(/'/g, ' ').replace(/ +/g, ' ').trim();
	const words = new Set(folded.split(' '));
	const out: string[] = [];
	for (const group of FOLDED_GROUPS) {
		const found = group.map(({ has }) => has(folded, words));
		if (!found.includes(true)) continue;
		group.forEach(({ term }, i) => {
			if (!found[i] && !out.includes(term)) out.push(term);
		});
	}
	return out;
}
