import { describe, expect, it } from 'vitest';
import { popupLeft } from '../../src/lib/popup-position.ts';

describe('popupLeft', () => {
	it('ends the list at the box when there is room', () => {
		expect(popupLeft(1000, 416, 1280)).toBe(584);
	});
	it('moves it right when the box is near the left edge (the header wrapped)', () => {
		expect(popupLeft(240, 416, 800)).toBe(8);
	});
	it('moves it left when it would overflow on the right', () => {
		expect(popupLeft(1300, 416, 1280)).toBe(856);
	});
	it('starts at the margin when it is as wide as the room', () => {
		expect(popupLeft(352, 344, 360)).toBe(8);
		expect(popupLeft(352, 344, 360, 0)).toBe(8);
	});
});
