/** The whole-site bibliography as CSL-JSON, BibTeX and RIS (`/data/sources.*`). */
import type { Source } from '../../schemas/source.ts';
import { LICENCE } from '../../consts.ts';
import { sourceItem, type CslItem } from './csl.ts';
import { toBibtex, toCslJson, toRis } from './formats.ts';

/** Every source as a CSL item, in id order. */
export function bibliographyItems(sources: Map<string, Source>): CslItem[] {
	return [...sources].sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => sourceItem(id, s));
}

const TITLE = "ORCA — Observatoire de la relocalisation des centres d'appels: sources";
const LICENCE_LINE = `Bibliographic records by ORCA, licensed under ${LICENCE.name} (${LICENCE.url}); the works cited remain their authors' property.`;

/** The bibliography file in one format. */
export function bibliographyFile(format: 'json' | 'bib' | 'ris', sources: Map<string, Source>): string {
	const items = bibliographyItems(sources);
	if (format === 'bib') return toBibtex(items, TITLE, LICENCE_LINE);
	if (format === 'ris') return toRis(items);
	return toCslJson(items);
}
