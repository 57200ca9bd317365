/** Geometry of the flow map, apart from the DOM: the map's extent and each arrow's curve. */
import type { Feature, MultiPoint } from 'geojson';

/**
 * What the projection is fitted to: every country position with a margin of `pad` degrees, so
 * that two neighbouring countries are not blown up to fill the map.
 */
export function mapExtent(positions: readonly [number, number][], pad = 18): Feature<MultiPoint> {
	const points = positions.flatMap(([x, y]) => [
		[Math.max(-180, x - pad), Math.max(-80, y - pad)],
		[Math.min(180, x + pad), Math.min(84, y + pad)],
	]);
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: points.length
				? points
				: [
						[-180, -60],
						[180, 80],
					],
		},
	};
}

/** What the map shows in its Europe and Maghreb view: from southern Morocco to mid-Scandinavia, Ireland to Türkiye. */
export const EUROPE_MAGHREB: Feature<MultiPoint> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'MultiPoint',
		coordinates: [
			[-13, 24],
			[33, 61],
		],
	},
};

/**
 * An SVG path from `a` to `b`, bent to its left so that the two opposite flows between the same
 * countries do not overlap.
 */
export function flowPath(a: [number, number], b: [number, number]): string {
	const [x1, y1] = a;
	const [x2, y2] = b;
	const dx = x2 - x1;
	const dy = y2 - y1;
	const bend = 0.22;
	const cx = (x1 + x2) / 2 + dy * bend;
	const cy = (y1 + y2) / 2 - dx * bend;
	const r = (v: number) => Math.round(v * 10) / 10;
	return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}
