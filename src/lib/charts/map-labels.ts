/**
 * Country names on the flow map, apart from the DOM: each name goes right of its point, or left
 * when the right is taken or off the map; names that would cover another name or another point are
 * left out, the countries with the most flows first. Pure.
 */

/** A point to name: its position on the map, its name, and how much it matters (its cases). */
export interface MapPoint {
	key: string;
	x: number;
	y: number;
	text: string;
	weight: number;
}

export interface MapLabel {
	key: string;
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'end';
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places names for `points` on a map `width` × `height` px; `measure` gives a text's width. */
export function placeMapLabels(
	points: readonly MapPoint[],
	{
		width,
		height,
		measure = (s: string) => s.length * 6.5,
		lineHeight = 13,
		gap = 5,
		radius = 4,
	}: { width: number; height: number; measure?: (s: string) => number; lineHeight?: number; gap?: number; radius?: number },
): MapLabel[] {
	const taken: Box[] = points.map((p) => ({ x0: p.x - radius, y0: p.y - radius, x1: p.x + radius, y1: p.y + radius }));
	const placed: MapLabel[] = [];
	const order = [...points].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
	for (const p of order) {
		const w = measure(p.text);
		const y0 = p.y - lineHeight / 2;
		const candidates: [Box, MapLabel['anchor'], number][] = [
			[{ x0: p.x + gap, y0, x1: p.x + gap + w, y1: y0 + lineHeight }, 'start', p.x + gap],
			[{ x0: p.x - gap - w, y0, x1: p.x - gap, y1: y0 + lineHeight }, 'end', p.x - gap],
		];
		for (const [box, anchor, x] of candidates) {
			if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height) continue;
			// A point's own disc does not block its own name.
			if (taken.some((t, i) => overlaps(t, box) && !(i < points.length && points[i]!.key === p.key))) continue;
			taken.push(box);
			placed.push({ key: p.key, x, y: p.y + lineHeight / 2 - 3, text: p.text, anchor });
			break;
		}
	}
	return placed;
}
