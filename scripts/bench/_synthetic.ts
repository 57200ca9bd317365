/**
 * Synthetic content folders for the benchmarks: the test fixture corpus plus made-up cases
 * ("Synthetic company 7", from `syntheticCorpus()`), each a valid bilingual case folder. With
 * `prose`, every case gets its own source and 200–300 words of deterministic filler prose per
 * language, the size of a real case; without it, one word ("Synthetic."). Never published.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { DataEntry } from '../../src/lib/data-corpus.ts';
import type { CaseData } from '../../src/schemas/case.ts';
import type { Lang } from '../../src/schemas/common.ts';
import type { Source } from '../../src/schemas/source.ts';
import { random, syntheticCorpus } from './_timeline-synthetic.ts';

/** Neutral filler sentences; `{c}` is the company, `{y}` a year, `{n}` a number. */
const SENTENCES: Record<Lang, string[]> = {
	fr: [
		'En {y}, {c} annonce une réorganisation de son service client.',
		"Le projet concerne environ {n} postes de conseillers répartis sur plusieurs sites, selon la presse régionale de l'époque.",
		"La direction met en avant la qualité de service et la maîtrise des coûts, tandis que les représentants du personnel s'inquiètent des conditions de travail.",
		"Les appels des clients particuliers sont d'abord concernés, puis ceux des clients professionnels.",
		"Aucun chiffre définitif n'est publié sur le nombre d'emplois effectivement transférés.",
		'Un prestataire extérieur reprend une partie de l’activité pendant la période de transition.',
		'Les syndicats demandent un calendrier précis et des garanties pour les salariés concernés.',
		'La presse spécialisée relève que le mouvement suit une tendance plus large dans le secteur.',
		'Quelques mois plus tard, {c} précise que les horaires d’ouverture du service seront élargis.',
		'Les sources disponibles ne permettent pas de dire si le site a fermé ou seulement réduit son effectif.',
		'Une enquête interne évoque une hausse des réclamations pendant les premiers mois.',
		"L'entreprise indique que la formation des nouvelles équipes a duré plusieurs semaines.",
		'Le dossier reste cité en {y} comme un exemple dans les débats sur la localisation des centres d’appels.',
		'Les élus locaux rencontrent la direction pour discuter de l’avenir du site.',
	],
	en: [
		'In {y}, {c} announces a reorganisation of its customer service.',
		'The plan concerns about {n} adviser positions spread over several sites, according to the regional press of the time.',
		'Management points to service quality and cost control, while staff representatives worry about working conditions.',
		'Calls from consumer customers are affected first, then those from business customers.',
		'No final figure is published on the number of jobs actually transferred.',
		'An outside contractor takes over part of the work during the transition period.',
		'Unions ask for a precise timetable and guarantees for the staff concerned.',
		'The trade press notes that the move follows a wider trend in the sector.',
		'A few months later, {c} says that the service’s opening hours will be extended.',
		'The available sources do not say whether the site closed or only cut its headcount.',
		'An internal survey mentions a rise in complaints during the first months.',
		'The company says that training the new teams took several weeks.',
		'The case is still cited in {y} as an example in debates on where call centres are located.',
		'Local officials meet management to discuss the future of the site.',
	],
};
const HEADINGS: Record<Lang, string[]> = {
	fr: ['Le projet', 'Les réactions', 'La suite', 'Ce que disent les sources'],
	en: ['The plan', 'Reactions', 'What followed', 'What the sources say'],
};

/** 200–300 words of Markdown in `lang`: two or three sections of one or two paragraphs. */
export function syntheticProse(lang: Lang, company: string, seed: number): string {
	const rand = random(seed);
	const target = 200 + Math.floor(rand() * 101);
	const sentence = () =>
		SENTENCES[lang][Math.floor(rand() * SENTENCES[lang].length)]!.replace('{c}', company)
			.replace('{y}', String(2000 + Math.floor(rand() * 26)))
			.replace('{n}', String(20 + Math.floor(rand() * 900)));
	const blocks: string[] = [];
	let words = 0;
	let section = 0;
	while (words < target) {
		blocks.push(`## ${HEADINGS[lang][section++ % HEADINGS[lang].length]}`);
		for (let p = 0; p < 2 && words < target; p++) {
			const sentences: string[] = [];
			for (let s = 0; s < 4 && words < target; s++) {
				const text = sentence();
				sentences.push(text);
				words += text.split(/\s+/).length;
			}
			blocks.push(sentences.join(' '));
		}
	}
	return `${blocks.join('\n\n')}\n`;
}

/** Writes the test fixture corpus and `cases` to `root`: `case.yaml`, `fr.md` and `en.md` per case. */
export function writeContent(root: string, cases: DataEntry<CaseData>[], { prose = false } = {}): void {
	cpSync('tests/fixtures/good', root, { recursive: true });
	cases.forEach((c, i) => {
		const dir = join(root, 'cases', c.id);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'case.yaml'), stringify(c.data));
		for (const lang of ['fr', 'en'] as const) {
			const body = prose ? syntheticProse(lang, c.data.company, i * 2 + (lang === 'fr' ? 1 : 2)) : 'Synthetic.\n';
			writeFileSync(join(dir, `${lang}.md`), `---\n${stringify(c.text[lang])}---\n\n${body}`);
		}
	});
}

/**
 * A realistic synthetic corpus of `count` cases in `root`: each case cites its own source (also
 * written) from its events, has two dated events and 200–300 words per language.
 */
export function writeSyntheticSite(root: string, count: number, seed = 1): void {
	const { cases } = syntheticCorpus(count, 2, seed);
	mkdirSync(join(root, 'sources'), { recursive: true });
	for (const c of cases) {
		const id = `synthetic-source-${c.id.replace(/^synthetic-/, '')}`;
		const source: Source = {
			title: `Article about ${c.data.company}`,
			publisher: 'Synthetic press',
			authors: [],
			url: `https://example.org/synthetic/${id}`,
			published: c.data.events[0]?.date ?? '2010',
			language: 'en',
			type: 'press',
		};
		writeFileSync(join(root, 'sources', `${id}.yaml`), stringify(source));
		c.data.sources = [id];
		for (const e of c.data.events) e.sources = [id];
		const summary = (lang: Lang) =>
			lang === 'fr'
				? `${c.data.company} réorganise son service client ; cas synthétique pour les mesures de performance.`
				: `${c.data.company} reorganises its customer service; a synthetic case for performance measurements.`;
		c.text = { fr: { title: c.data.company, summary: summary('fr') }, en: { title: c.data.company, summary: summary('en') } };
	}
	writeContent(root, cases, { prose: true });
}
