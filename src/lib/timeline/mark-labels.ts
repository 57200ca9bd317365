/**
 * Labels on the timeline's marks, apart from the DOM: which mark gets its name written, where, and
 * how much of it. A label goes inside a bar wide enough to hold it, otherwise to the right of its
 * mark, in the free space before the next mark of the same row (or the chart's edge); a name that
 * does not fit whole is shortened with an ellipsis, down to `minChars` characters, then left out.
 * Labels never overlap a mark or another label. Pure: numbers and strings in, placements out.
 */
import type { Mark } from './layout.ts';

/** A mark to label: its place and the text it would carry. */
export interface LabelTarget extends Pick<Mark, 'key' | 'lane' | 'row' | 'x0' | 'x1' | 'span'> {
	text: string;
}

/** A placed label: where its text starts (left edge, px), the text drawn, and whether it sits inside its mark. */
export interface PlacedLabel {
	key: string;
	x: number;
	text: string;
	inside: boolean;
}

export interface LabelOptions {
	/** Right edge of the drawing, in px (labels never pass it; the left edge is 0). */
	width: number;
	/** Width of a text, in px (the chart measures with the real font; the default estimates 6.2 px a character). */
	measure?: (text: string) => number;
	/** Space between a mark and its label, and before the next mark. */
	gap?: number;
	/** Padding inside a bar around its label. */
	padding?: number;
	/** Fewest characters of a name worth showing (before the ellipsis). */
	minChars?: number;
}

const ELLIPSIS = '…';

/** The short form of a subject: a document's title up to its colon (`Written question no. 10719: the…` → `Written question no. 10719`). */
export function shortSubject(subject: string): string {
	const cut = subject.search(/\s?:\s/);
	return (cut > 0 ? subject.slice(0, cut) : subject).trim();
}

/** The longest form of `text` (whole, or cut with an ellipsis to at least `minChars` characters) that fits `room` px; undefined if none. */
export function fitText(text: string, room: number, measure: (text: string) => number, minChars: number): string | undefined {
	if (measure(text) <= room) return text;
	const chars = [...text];
	let lo = minChars;
	let hi = chars.length - 1;
	let best: string | undefined;
	while (lo <= hi) {
		const n = (lo + hi) >> 1;
		const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
		if (measure(candidate) <= room) {
			best = candidate;
			lo = n + 1;
		} else hi = n - 1;
	}
	return best;
}

/** Places the labels of `marks` (marks on one row never overlap, as layoutMarks draws them). */
export function placeLabels(
	marks: readonly LabelTarget[],
	{ width, measure = (s) => [...s].length * 6.2, gap = 3, padding = 4, minChars = 4 }: LabelOptions,
): PlacedLabel[] {
	const rows = new Map<string, LabelTarget[]>();
	for (const m of marks) {
		if (!m.text) continue;
		const key = `${m.lane}:${m.row}`;
		const row = rows.get(key);
		if (row) row.push(m);
		else rows.set(key, [m]);
	}
	// Marks without text still block the space they take.
	const blockers = new Map<string, number[]>();
	for (const m of marks) {
		const key = `${m.lane}:${m.row}`;
		const list = blockers.get(key);
		if (list) list.push(m.x0);
		else blockers.set(key, [m.x0]);
	}
	for (const list of blockers.values()) list.sort((a, b) => a - b);

	const placed: PlacedLabel[] = [];
	for (const [rowKey, row] of rows) {
		const starts = blockers.get(rowKey)!;
		for (const m of row) {
			if (m.x1 <= 0 || m.x0 >= width) continue;
			// The part of a bar on screen holds its label: a bar cut by the left edge is labelled where it shows.
			const left = Math.max(m.x0, 0);
			const right = Math.min(m.x1, width);
			const insideRoom = m.span ? right - left - 2 * padding : 0;
			const next = starts.find((x) => x > m.x0 + 0.01) ?? Infinity;
			const outsideRoom = Math.min(next - gap, width) - (m.x1 + gap);
			const whole = (room: number) => (room > 0 && measure(m.text) <= room ? m.text : undefined);
			const inside = whole(insideRoom);
			if (inside) {
				placed.push({ key: m.key, x: left + padding, text: inside, inside: true });
				continue;
			}
			const outside = whole(outsideRoom);
			if (outside) {
				placed.push({ key: m.key, x: m.x1 + gap, text: outside, inside: false });
				continue;
			}
			// Neither holds the whole name: the larger room gets a shortened one.
			const useInside = insideRoom >= outsideRoom;
			const room = useInside ? insideRoom : outsideRoom;
			const cut = room > 0 ? fitText(m.text, room, measure, minChars) : undefined;
			if (cut) placed.push({ key: m.key, x: useInside ? left + padding : m.x1 + gap, text: cut, inside: useInside });
		}
	}
	return placed;
}
