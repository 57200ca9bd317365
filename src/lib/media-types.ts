/** The one table of media types the site serves and downloads, by file extension. */
export const MEDIA_TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	/** CSL-JSON: the references of a page or of the whole bibliography. */
	csl: 'application/vnd.citationstyles.csl+json; charset=utf-8',
	bib: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
	/** The Atom feeds. */
	xml: 'application/atom+xml; charset=utf-8',
} as const;

/** The media type of a reference file: its `.json` is CSL-JSON. */
export const referenceType = (ext: 'bib' | 'ris' | 'json') => MEDIA_TYPES[ext === 'json' ? 'csl' : ext];

/** The media type a download is served with, from its path (`sources.json` is CSL-JSON). */
export function mediaType(path: string): string {
	if (path === 'sources.json') return MEDIA_TYPES.csl;
	const ext = path.split('.').at(-1) as keyof typeof MEDIA_TYPES;
	return MEDIA_TYPES[ext] ?? 'text/plain; charset=utf-8';
}
