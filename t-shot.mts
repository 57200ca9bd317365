import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--disable-background-networking'] });
const [,, path, ...targets] = process.argv;
for (const width of [1280, 360]) for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
	const errors: string[] = [];
	page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(`http://127.0.0.1:4424/${path}`);
	await page.waitForTimeout(1200);
	for (const sel of targets) {
		await page.locator(sel).screenshot({ path: `/tmp/opendata-${sel.replace(/[^a-z0-9]/gi, '')}-${width}-${scheme}.png` });
	}
	if (errors.length) console.log(width, scheme, errors);
	await page.close();
}
await browser.close();
