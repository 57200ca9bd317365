/** Accessed dates written in a style's format and added to downloaded references: pure, shared by the build and the browser. */

/** How a style writes an accessed date: `pattern` with `{d}`, `{m}`, `{y}`; the 12 months; the 31 days. */
export interface AccessedFormat {
	pattern: string;
	months: string[];
	days: string[];
}

/** `date` written the way a style writes accessed dates. */
export function writeAccessed(format: AccessedFormat, date: Date): string {
	return format.pattern
		.replace('{y}', String(date.getFullYear()))
		.replace('{m}', format.months[date.getMonth()]!)
		.replace('{d}', format.days[date.getDate() - 1]!);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A downloaded reference file with `date` as its accessed date: BibTeX `urldate`, RIS `Y2`, CSL-JSON
 * `accessed`, added to every entry that has a URL and none yet. The files on the server carry no
 * accessed date (it is the reader's); the cite panel adds today's when the reader downloads one.
 */
export function withAccessed(text: string, format: 'bib' | 'ris' | 'json', date: Date): string {
	const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
	if (format === 'json') {
		const items = JSON.parse(text) as Array<Record<string, unknown>>;
		return (
			JSON.stringify(
				items.map((item) => (item.URL && !item.accessed ? { ...item, accessed: { 'date-parts': [[y, m, d]] } } : item)),
				null,
				2,
			) + '\n'
		);
	}
	if (format === 'ris') {
		return text.replace(/^(?:(?!ER {2}-)[\s\S])*?^ER {2}- *$/gm, (record) =>
			/^Y2 {2}- /m.test(record) || !/^UR {2}- /m.test(record)
				? record
				: record.replace(/^ER {2}- *$/m, `Y2  - ${y}/${two(m)}/${two(d)}/\nER  - `),
		);
	}
	return text.replace(/^(@\w+\{[^,\n]+,\n)([\s\S]*?)^\}$/gm, (entry, head: string, body: string) =>
		/^\turldate = /m.test(body) || !/^\turl = /m.test(body) ? entry : `${head}${body}\turldate = {${y}-${two(m)}-${two(d)}},\n}`,
	);
}
