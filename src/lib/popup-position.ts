/** Where a pop-up list goes so that it stays inside the viewport. Pure, for the header search box. */

/**
 * The left edge (viewport x) of a pop-up of `width` that prefers to end at `anchorRight` (the right
 * edge of the box it belongs to), moved right or left just enough to keep `margin` pixels from both
 * sides of a viewport `viewportWidth` wide. A pop-up wider than the room left starts at the margin.
 */
export function popupLeft(anchorRight: number, width: number, viewportWidth: number, margin = 8): number {
	const preferred = anchorRight - width;
	return Math.max(margin, Math.min(preferred, viewportWidth - margin - width));
}
