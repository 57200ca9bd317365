/** Browser helpers of the cite panel and anchors (no citation library: formatting is done at build time). */

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

/** Writes `date` into a `.cite-accessed` span using the style's pattern from its `data-format`. */
export function fillAccessed(span: HTMLElement, date: Date): void {
	span.textContent = writeAccessed(JSON.parse(span.dataset.format!) as AccessedFormat, date);
	span.dataset.filled = '';
}

/** Copies plain text (and HTML when the browser allows it, so italics survive a paste); true on success. */
export async function copyText(text: string, html?: string): Promise<boolean> {
	try {
		if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([text], { type: 'text/plain' }),
					'text/html': new Blob([html], { type: 'text/html' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return true;
	} catch {
		return false;
	}
}
