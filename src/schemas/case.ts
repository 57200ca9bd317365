/**
 * A case: one company's move of customer-contact work. The facts live in
 * `content/cases/<slug>/case.yaml`; the prose in `fr.md` and `en.md` beside it (see `text.ts`).
 */
import { z } from 'astro/zod';
import { change, countryCode, fields, line, localized, partialDate, slug } from './common.ts';
import {
	CLAIMANTS,
	CONFIDENCES,
	EVENT_TYPES,
	JOB_MEASURES,
	FUNCTIONS,
	MOTIVES,
	MOVEMENTS,
	OPERATORS,
	SCOPES,
	SECTORS,
	STATUSES,
} from './vocabulary.ts';

/** Source ids (file names in `content/sources/`, without `.yaml`); at least one. */
export const sourceIds = z.array(slug).min(1, { error: 'expected at least one source id' });

/** One end of a move: a country and, when known, a place. */
const location = fields({
	/**
	 * Country (ISO 3166-1 alpha-2 code).
	 * @fr Pays (code ISO 3166-1 alpha-2).
	 */
	country: countryCode,
	/**
	 * Town or site, per language (`Abbeville (Somme)`); absent when the sources do not say.
	 * @fr Ville ou site, par langue (`Abbeville (Somme)`) ; absent quand les sources ne le disent pas.
	 */
	place: localized.optional(),
});

/** A number of jobs, always dated and sourced: an announcement is not an outcome. */
const jobFigure = fields({
	/**
	 * Announced (`announced`: a plan or promise) or observed (`observed`: a reported head count).
	 * @fr Chiffre annoncé (`announced` : projet, promesse) ou constaté (`observed` : effectif rapporté).
	 */
	kind: z.enum(['announced', 'observed']),
	/**
	 * What the figure counts: `moved` (jobs transferred from the origin to the destination),
	 * `created` (positions created at the destination), `cut` (positions cut at the origin),
	 * `site-staff` (head count of one site at a date) or `company-staff` (head count of a company or
	 * group). Only moved, created and cut figures are ever added up; head counts are context.
	 * @fr Ce que compte le chiffre : `moved` (emplois transférés de l'origine vers la destination),
	 * `created` (postes créés à destination), `cut` (postes supprimés à l'origine), `site-staff`
	 * (effectif d'un site à une date) ou `company-staff` (effectif d'une entreprise ou d'un groupe).
	 * Seuls les chiffres transférés, créés et supprimés sont additionnés ; les effectifs sont donnés
	 * pour contexte.
	 */
	measure: z.enum(JOB_MEASURES, { error: `expected what the figure counts: one of ${JOB_MEASURES.join(', ')}` }),
	/**
	 * The movement the figure belongs to, when it is not the case's own (the jobs an earlier
	 * offshoring step sent abroad, in the story of a return): it is then counted with that movement.
	 * @fr Le mouvement auquel appartient le chiffre, lorsque ce n'est pas celui du cas (les emplois
	 * qu'une délocalisation antérieure a envoyés à l'étranger, dans l'histoire d'un retour) ; le
	 * chiffre est alors compté avec ce mouvement.
	 */
	movement: z.enum(MOVEMENTS).optional(),
	/**
	 * Who makes the claim, when the figure is someone's claim: the company, a union, the government, or the press (an estimate).
	 * @fr Qui avance le chiffre, quand c'est l'affirmation de quelqu'un : l'entreprise, un syndicat, les pouvoirs publics ou la presse (estimation).
	 */
	claimant: z.enum(CLAIMANTS).optional(),
	/**
	 * Number of jobs as the source gives it.
	 * @fr Nombre d'emplois tel que la source le donne.
	 */
	count: z.number().int().nonnegative(),
	/**
	 * When the figure was given or observed.
	 * @fr Date à laquelle le chiffre a été donné ou constaté.
	 */
	date: partialDate.optional(),
	/**
	 * What the figure counts, per language, when it needs saying (`staff of the Dreux site`).
	 * @fr Ce que le chiffre compte, par langue, quand il faut le préciser (`salariés du site de Dreux`).
	 */
	note: localized.optional(),
	/**
	 * Sources of the figure.
	 * @fr Sources du chiffre.
	 */
	sources: sourceIds,
});

/** A short quote in its original language, attributed and sourced. */
const quote = fields({
	/**
	 * The exact words, in the original language, kept short.
	 * @fr Les mots exacts, dans la langue d'origine, en une citation courte.
	 */
	text: line.max(300),
	/**
	 * Language of the quote (ISO 639-1 code: `fr`, `en`).
	 * @fr Langue de la citation (code ISO 639-1 : `fr`, `en`).
	 */
	lang: z.string().regex(/^[a-z]{2}$/),
	/**
	 * Who said it.
	 * @fr Auteur de la citation.
	 */
	speaker: line,
	/**
	 * The speaker's role at the time, per language.
	 * @fr Fonction de l'auteur à l'époque, par langue.
	 */
	role: localized.optional(),
	/**
	 * Where the quote was published.
	 * @fr Où la citation a été publiée.
	 */
	sources: sourceIds,
});

/** A dated step of the case's own story. */
export const caseEvent = fields({
	/**
	 * When the step happened, at the precision the source gives.
	 * @fr Date de l'étape, à la précision de la source.
	 */
	date: partialDate,
	/**
	 * What kind of step it is.
	 * @fr Type d'étape.
	 */
	type: z.enum(EVENT_TYPES),
	/**
	 * The movement this step belongs to, when it is not the case's own (an offshoring step in the
	 * story of a return is `offshoring`); the timeline draws the step in that lane.
	 * @fr Le mouvement auquel appartient cette étape, quand ce n'est pas celui du cas (une étape de
	 * délocalisation dans l'histoire d'un retour est `offshoring`) ; la chronologie place l'étape
	 * dans cette bande.
	 */
	movement: z.enum(MOVEMENTS).optional(),
	/**
	 * Where the work left from in this step, when it differs from the case's origin (ISO 3166-1 alpha-2 codes).
	 * @fr D'où le travail est parti lors de cette étape, quand ce n'est pas l'origine du cas (codes ISO 3166-1 alpha-2).
	 */
	from: z.array(countryCode).optional(),
	/**
	 * Where the work went in this step, when it differs from the case's destination (ISO 3166-1 alpha-2 codes).
	 * @fr Où le travail est allé lors de cette étape, quand ce n'est pas la destination du cas (codes ISO 3166-1 alpha-2).
	 */
	to: z.array(countryCode).optional(),
	/**
	 * What happened, in a short phrase per language.
	 * @fr Ce qui s'est passé, en une courte phrase par langue.
	 */
	label: localized,
	/**
	 * Sources of the step.
	 * @fr Sources de l'étape.
	 */
	sources: sourceIds,
});

export const caseSchema = fields({
	/**
	 * The company whose customer contact moved.
	 * @fr Entreprise dont la relation client a été déplacée.
	 */
	company: line,
	/**
	 * The group the company belongs to, when relevant.
	 * @fr Groupe auquel appartient l'entreprise, le cas échéant.
	 */
	group: line.optional(),
	/**
	 * Sector of the company (closed list).
	 * @fr Secteur de l'entreprise (liste fermée).
	 */
	sector: z.enum(SECTORS),
	/**
	 * Business function that moved (closed list).
	 * @fr Fonction déplacée (liste fermée).
	 */
	function: z.enum(FUNCTIONS),
	/**
	 * Whether the company runs the work itself or through an outsourcer.
	 * @fr Activité exploitée par l'entreprise elle-même ou par un prestataire.
	 */
	operator: z.enum(OPERATORS),
	/**
	 * The outsourcer's name when `operator` is `provider`.
	 * @fr Nom du prestataire, quand `operator` vaut `provider`.
	 */
	provider: line.optional(),
	/**
	 * Direction of the move: `reshoring`, `offshoring` or `nearshoring`.
	 * @fr Sens du déplacement : `reshoring`, `offshoring` ou `nearshoring`.
	 */
	movement: z.enum(MOVEMENTS),
	/**
	 * Whether all of the activity moved or only part.
	 * @fr Ampleur du déplacement : toute l'activité ou une partie.
	 */
	scope: z.enum(SCOPES),
	/**
	 * Where the work left from: one or more places; empty when the sources do not say.
	 * @fr Lieux de départ de l'activité : un ou plusieurs ; vide quand les sources ne le disent pas.
	 */
	from: z.array(location).default([]),
	/**
	 * Where the work went: one or more places, at least the country.
	 * @fr Lieux d'arrivée de l'activité : un ou plusieurs, au moins le pays.
	 */
	to: z.array(location).min(1, { error: 'expected at least one destination country' }),
	/**
	 * When the move happened or was announced, at the precision the sources give; absent when unknown.
	 * @fr Date du déplacement ou de son annonce, à la précision des sources ; absente quand elle est inconnue.
	 */
	date: partialDate.optional(),
	/**
	 * How far the move is known to have happened.
	 * @fr Dans quelle mesure le déplacement a eu lieu.
	 */
	status: z.enum(STATUSES),
	/**
	 * Job figures, each announced or observed, with what it counts (`measure`), dated and sourced.
	 * @fr Chiffres d'emplois, chacun annoncé ou constaté, avec ce qu'il compte (`measure`), daté et sourcé.
	 */
	jobs: z.array(jobFigure).default([]),
	/**
	 * Cost of the move as reported.
	 * @fr Coût du déplacement tel que rapporté.
	 */
	cost: z
		.object({
			/**
			 * Amount in `currency`.
			 * @fr Montant, dans la devise `currency`.
			 */
			amount: z.number().positive(),
			/**
			 * Currency (ISO 4217 code, e.g. EUR).
			 * @fr Devise (code ISO 4217, p. ex. EUR).
			 */
			currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as EUR' }),
			/**
			 * True when the source gives an approximate figure (“about €150,000”).
			 * @fr Vrai quand la source donne un ordre de grandeur (« environ 150 000 € »).
			 */
			approximate: z.boolean().default(false),
			/**
			 * Sources of the amount.
			 * @fr Sources du montant.
			 */
			sources: sourceIds,
		})
		.optional(),
	/**
	 * Documented reasons for the move (closed list).
	 * @fr Motifs documentés du déplacement (liste fermée).
	 */
	motives: z.array(z.enum(MOTIVES)).default([]),
	/**
	 * Short attributed quotes in their original language.
	 * @fr Citations courtes, attribuées, dans leur langue d'origine.
	 */
	quotes: z.array(quote).default([]),
	/**
	 * Dated steps of the case's own story, in any order (sorted when shown).
	 * @fr Étapes datées de l'histoire du cas, dans un ordre quelconque (triées à l'affichage).
	 */
	events: z.array(caseEvent).default([]),
	/**
	 * Every source that supports the case: the ids of the page's bibliography.
	 * @fr Toutes les sources qui appuient le cas : identifiants de la bibliographie de la page.
	 */
	sources: sourceIds,
	/**
	 * Ids of related cases.
	 * @fr Identifiants de cas liés.
	 */
	relatedCases: z.array(slug).default([]),
	/**
	 * Ids of related policy documents.
	 * @fr Identifiants de documents liés.
	 */
	relatedDocuments: z.array(slug).default([]),
	/**
	 * How well the case is established: `single-source`, `corroborated` or `official-record`.
	 * @fr Solidité du cas : source unique (`single-source`), sources concordantes (`corroborated`) ou document officiel (`official-record`).
	 */
	confidence: z.enum(CONFIDENCES),
	/**
	 * Date this page was first published on ORCA (YYYY-MM-DD), cited as its publication date; defaults to `updated`.
	 * @fr Date de première publication de la fiche sur ORCA (AAAA-MM-JJ), citée comme sa date de publication ; à défaut, celle de `updated`.
	 */
	firstPublished: partialDate.optional(),
	/**
	 * Ids this case was published under before (a merged or renamed page): their URLs redirect to the case.
	 * @fr Identifiants sous lesquels le cas a été publié auparavant (pages fusionnées ou renommées) ; leurs adresses renvoient vers le cas.
	 */
	formerIds: z.array(slug).default([]),
	/**
	 * Changes to the case after its first publication, oldest first (the page's history): each dated, in both languages.
	 * @fr Modifications de la fiche après sa première publication, de la plus ancienne à la plus récente (historique de la page) : chacune datée, dans les deux langues.
	 */
	changes: z.array(change).default([]),
	/**
	 * Date of the last editorial update of this case (YYYY-MM-DD).
	 * @fr Date de la dernière mise à jour éditoriale du cas (AAAA-MM-JJ).
	 */
	updated: partialDate,
});
export type CaseData = z.infer<typeof caseSchema>;
export type CaseEvent = z.infer<typeof caseEvent>;
export type Location = z.infer<typeof location>;
