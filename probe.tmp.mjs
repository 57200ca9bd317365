import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4422/fr/');
console.log(await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  const a = await pf.search(null, {}); const b = await pf.search(null, {filters:{kind:{any:['case']}}}); const c = await pf.search('centres', {});
  return JSON.stringify({a: [a.results.length, a.filters, a.totalFilters], b:[b.results.length, b.filters], c:[c.results.length, c.filters]});
}));
const ctx = await browser.newContext({ javaScriptEnabled: false });
const p2 = await ctx.newPage();
await p2.goto('http://127.0.0.1:4422/fr/search/');
console.log(await p2.locator('main').innerHTML());
await browser.close();
