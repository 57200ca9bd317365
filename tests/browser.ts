/**
 * Which Chromium the end-to-end tests drive: Playwright's own where it is installed (a normal
 * machine), otherwise Debian's (`apt-get install chromium`), or `CHROMIUM_PATH` when set.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function chromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(chromium.executablePath())) return undefined;
	return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** True when some Chromium can be launched. */
export function hasChromium(): boolean {
	return Boolean(process.env.CHROMIUM_PATH) || existsSync(chromium.executablePath()) || SYSTEM_CHROMIUM.some((p) => existsSync(p));
}
