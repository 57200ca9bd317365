/**
 * Where to draw each country on the map: the centroid of its largest polygon in Natural Earth's
 * 1:50m countries (world-atlas), so that overseas territories do not pull France into the ocean.
 * Runs at build time only; the client gets the positions as data.
 */
import { geoArea, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };

let byKey: Map<string, Feature> | undefined;

/** The atlas's countries by ISO numeric code, and by English name for those it gives no code (Kosovo). */
function features(): Map<string, Feature> {
	if (!byKey) {
		const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
		const collection = feature(topology, topology.objects.countries);
		byKey = new Map(
			collection.features.map((f) => [f.id !== undefined ? String(f.id) : String((f.properties as { name?: string }).name), f as Feature]),
		);
	}
	return byKey;
}

/** [longitude, latitude] of a country (ISO alpha-2), or undefined when the atlas lacks it. */
export function countryPosition(code: string): [number, number] | undefined {
	const numeric = countries.alpha2ToNumeric(code);
	const name = countries.getName(code, 'en');
	const country = (numeric ? features().get(numeric) : undefined) ?? (name ? features().get(name) : undefined);
	if (!country) return undefined;
	const geometry = country.geometry as Polygon | MultiPolygon;
	if (geometry.type === 'MultiPolygon') {
		const parts = geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
		const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
		return geoCentroid(largest).map((v) => Math.round(v * 100) / 100) as [number, number];
	}
	return geoCentroid(geometry).map((v) => Math.round(v * 100) / 100) as [number, number];
}
