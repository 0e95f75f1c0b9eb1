// Bytes the web workspace costs a browser on a cold cache: the sign-in page (the page, its
// script and style sheet), then a caseworker's first page after signing in (the session and
// queue calls, over 500 demo persons). Counts what went over the wire (compressed), as
// Chromium's resource timing reports it, and the uncompressed size beside it.
// Usage: node bench/web_first_page.mjs URL USER PASSWORD   (bench/web prepares the server)
import { chromium } from '../web/node_modules/playwright-core/index.mjs';

const [url, user, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();

// What resource timing holds: the page itself (once) and the requests since the last clear.
async function bytes(withPage) {
  return page.evaluate((withPage) => {
    const entries = [...(withPage ? performance.getEntriesByType('navigation') : []),
      ...performance.getEntriesByType('resource')];
    const sum = (key) => entries.reduce((n, e) => n + e[key], 0);
    performance.clearResourceTimings();
    return { requests: entries.length, transferred: sum('transferSize'), decoded: sum('decodedBodySize') };
  }, withPage);
}

const kib = (n) => (n / 1024).toFixed(1) + ' KiB';
await page.goto(url + '/', { waitUntil: 'networkidle' });
const signIn = await bytes(true);
console.log(`sign-in page: ${signIn.requests} requests, ${kib(signIn.transferred)} transferred (${kib(signIn.decoded)} uncompressed)`);
await page.getByLabel('User name').fill(user);
await page.getByLabel('Password').fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('heading', { name: 'My queue' }).waitFor();
// Both of the page's lists in (the demo gives lucia.gomez both), then nothing in flight.
await page.locator('ol.queue li').first().waitFor();
await page.locator('ul.cases li').first().waitFor();
await page.waitForLoadState('networkidle');
const home = await bytes(false);
console.log(`then the queue: ${home.requests} more requests, ${kib(home.transferred)} transferred (${kib(home.decoded)} uncompressed)`);
await page.locator('#ui-language').selectOption('ar');
await page.waitForFunction(() => document.documentElement.dir === 'rtl');
await page.waitForLoadState('networkidle');
const arabic = await bytes(false);
console.log(`switching to Arabic: ${arabic.requests} more requests, ${kib(arabic.transferred)} transferred (${kib(arabic.decoded)} uncompressed)`);
await browser.close();
