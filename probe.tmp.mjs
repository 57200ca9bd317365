import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('request', r => r.url().includes('pagefind') && console.log('req', r.url()));
await page.goto('http://127.0.0.1:4422/fr/search/?q=relocalisation');
await page.waitForTimeout(3000);
console.log((await page.locator('orca-search').innerText()).slice(0, 300));
await browser.close();
