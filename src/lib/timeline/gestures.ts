/** Which pointer, wheel and touch events the timeline chart takes for zoom and pan (the rest is the page's). Pure. */

/**
 * Which gestures zoom and pan. The wheel and a trackpad's two-finger scroll move the page, as on a
 * map: they zoom only with Ctrl or ⌘ held (a trackpad pinch arrives as a wheel event with Ctrl).
 * One finger scrolls the page; two fingers pinch. A mouse drag pans.
 */
export function zoomGesture(event: {
	type: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	button?: number;
	touches?: { length: number };
}): boolean {
	if (event.type === 'wheel') return Boolean(event.ctrlKey || event.metaKey);
	if (event.type.startsWith('touch')) return (event.touches?.length ?? 0) >= 2;
	return !event.ctrlKey && !event.button;
}
