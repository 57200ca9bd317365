/** Browser helpers of the cite panel and the paragraph anchors: the clipboard and the reader's accessed date. */
import { writeAccessed, type AccessedFormat } from '../../lib/cite/accessed-date.ts';

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
