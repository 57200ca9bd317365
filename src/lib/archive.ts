/**
 * The archived copy of a source, for Robust Links (`data-versionurl`, `data-versiondate`): the
 * source's own `archived` URL when it has one, otherwise the Wayback Machine capture closest to the
 * date ORCA cited it (`https://web.archive.org/web/<YYYYMMDD>/<url>` redirects to that capture).
 */

/** An archived copy: its URL and the date it stands for (YYYY-MM-DD, or coarser when the date is). */
export interface ArchivedCopy {
	url: string;
	date: string;
}

const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})?(\d{2})?\d*[a-z_]*\//;

/**
 * The archived copy of `source`, cited on `citedOn` (the first publication of the record that cites
 * it). An explicit Wayback URL gives its own capture date; any other explicit URL is dated `citedOn`.
 */
export function archivedCopy(source: { url: string; archived?: string }, citedOn: string): ArchivedCopy {
	if (source.archived) {
		const m = WAYBACK.exec(source.archived);
		return { url: source.archived, date: m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : citedOn };
	}
	return { url: `https://web.archive.org/web/${citedOn.replace(/-/g, '')}/${source.url}`, date: citedOn };
}
