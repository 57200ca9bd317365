/**
 * The flow map's view as URL parameters (`?movement=offshoring&from=2010&to=2019&weight=observed&area=europe`),
 * so that a reload, a shared link or the language switch restores it. Unknown or malformed values
 * are dropped. Pure.
 */
import { MOVEMENTS, type Movement } from '../../schemas/vocabulary.ts';
import type { FlowWeight } from './flows.ts';

/** The part of the world the map shows: all of it, or Europe and the Maghreb (where most flows cross). */
export const AREAS = ['world', 'europe'] as const;
export type MapArea = (typeof AREAS)[number];
const WEIGHTS: readonly FlowWeight[] = ['cases', 'announced', 'observed'];

export interface FlowView {
	movement?: Movement;
	fromYear?: number;
	toYear?: number;
	/** What the arrows' width measures; `cases` when absent. */
	weight?: FlowWeight;
	/** `world` when absent. */
	area?: MapArea;
}

/** Reads a view from a query string; `years` lists the years the data has. */
export function parseFlowView(search: string, years: readonly number[]): FlowView {
	const params = new URLSearchParams(search);
	const view: FlowView = {};
	const movement = params.get('movement');
	if (movement && (MOVEMENTS as readonly string[]).includes(movement)) view.movement = movement as Movement;
	for (const [key, name] of [
		['fromYear', 'from'],
		['toYear', 'to'],
	] as const) {
		const value = Number(params.get(name));
		if (years.includes(value)) view[key] = value;
	}
	const weight = params.get('weight');
	if (weight && weight !== 'cases' && WEIGHTS.includes(weight as FlowWeight)) view.weight = weight as FlowWeight;
	const area = params.get('area');
	if (area === 'europe') view.area = area;
	return view;
}

/** Writes a view as a query string, keys in a fixed order, defaults left out; `''` for the default view. */
export function serializeFlowView(view: FlowView): string {
	const params = new URLSearchParams();
	if (view.movement) params.set('movement', view.movement);
	if (view.fromYear !== undefined) params.set('from', String(view.fromYear));
	if (view.toYear !== undefined) params.set('to', String(view.toYear));
	if (view.weight && view.weight !== 'cases') params.set('weight', view.weight);
	if (view.area && view.area !== 'world') params.set('area', view.area);
	const query = params.toString();
	return query ? `?${query}` : '';
}
