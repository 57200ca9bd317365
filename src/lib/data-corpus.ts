/**
 * The corpus as plain data — what the data scripts (`src/lib/open-data/`) work on, whether it comes from
 * Astro's collections (`getDataCorpus()` in corpus.ts) or from the Node loader (src/build/content.ts).
 */
import type { Lang } from '../schemas/common.ts';
import type { CaseData } from '../schemas/case.ts';
import type { ContextData } from '../schemas/context.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Source } from '../schemas/source.ts';
import type { TextData } from '../schemas/text.ts';

/** A case or document with the title and summary of each language. */
export interface DataEntry<T> {
	id: string;
	data: T;
	text: Record<Lang, TextData>;
}

export interface DataCorpus {
	cases: DataEntry<CaseData>[];
	documents: DataEntry<DocumentData>[];
	sources: { id: string; data: Source }[];
	context: { id: string; data: ContextData }[];
}
