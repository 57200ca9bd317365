import { describe, expect, test } from 'vitest';
import { zoomGesture } from '../../src/lib/timeline/gestures.ts';

describe('timeline gestures', () => {
	test('the wheel zooms only with Ctrl or ⌘ (a trackpad pinch comes with Ctrl); otherwise it scrolls the page', () => {
		expect(zoomGesture({ type: 'wheel' })).toBe(false);
		expect(zoomGesture({ type: 'wheel', ctrlKey: true })).toBe(true);
		expect(zoomGesture({ type: 'wheel', metaKey: true })).toBe(true);
	});
	test('one finger scrolls the page, two fingers pinch the chart', () => {
		expect(zoomGesture({ type: 'touchstart', touches: { length: 1 } })).toBe(false);
		expect(zoomGesture({ type: 'touchstart', touches: { length: 2 } })).toBe(true);
	});
	test('a mouse drag with the main button pans; other buttons and Ctrl-drag are left alone', () => {
		expect(zoomGesture({ type: 'mousedown', button: 0 })).toBe(true);
		expect(zoomGesture({ type: 'mousedown', button: 2 })).toBe(false);
		expect(zoomGesture({ type: 'mousedown', button: 0, ctrlKey: true })).toBe(false);
	});
});
