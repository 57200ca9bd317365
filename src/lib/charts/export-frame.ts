/**
 * The frame a downloaded chart gets (SVG or PNG), so that the file stands alone once it leaves the
 * page: its title above, its legend, then the drawing, then the source line, licence and URL.
 * Layout only (text wrapped by an estimated character width); figure-tools.ts draws it. Pure.
 */

/** One legend entry: a colour and what it stands for. */
export interface LegendEntry {
	label: string;
	color: string;
}

export interface FrameText {
	title: string;
	legend: readonly LegendEntry[];
	/** Lines under the drawing: source, licence, URL. */
	footer: readonly string[];
}

export interface FrameLayout {
	width: number;
	/** Total height, drawing included. */
	height: number;
	/** Where the drawing starts (its top), in px. */
	top: number;
	title: { text: string; y: number }[];
	legend: (LegendEntry & { x: number; y: number })[];
	footer: { text: string; y: number }[];
}

const PAD = 12;
const TITLE_LINE = 20;
const TITLE_CHAR = 8.6;
const LEGEND_LINE = 18;
const SMALL_CHAR = 6.2;
const FOOT_LINE = 15;
const SWATCH = 12;

/** Cuts `text` into lines of at most `chars` characters, at spaces (a longer word stays whole). */
export function wrapText(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Places title, legend and footer around a drawing of `width` × `height` px. */
export function frameLayout(width: number, height: number, { title, legend, footer }: FrameText): FrameLayout {
	let y = PAD;
	const titleLines = wrapText(title, Math.max(10, Math.floor((width - 2 * PAD) / TITLE_CHAR))).map((text) => {
		y += TITLE_LINE;
		return { text, y: y - 5 };
	});
	const placed: FrameLayout['legend'] = [];
	if (legend.length) {
		let x = PAD;
		y += 6;
		let rowTop = y;
		for (const entry of legend) {
			const w = SWATCH + 6 + entry.label.length * SMALL_CHAR + 16;
			if (x > PAD && x + w > width - PAD) {
				x = PAD;
				rowTop += LEGEND_LINE;
			}
			placed.push({ ...entry, x: Math.round(x * 10) / 10, y: rowTop });
			x += w;
		}
		y = rowTop + LEGEND_LINE;
	}
	const top = y + 6;
	let bottom = top + height + 8;
	const footerLines = footer
		.flatMap((line) => wrapText(line, Math.max(20, Math.floor((width - 2 * PAD) / SMALL_CHAR))))
		.map((text) => {
			bottom += FOOT_LINE;
			return { text, y: bottom - 4 };
		});
	return { width, height: bottom + PAD - 4, top, title: titleLines, legend: placed, footer: footerLines };
}
