// Screenshots of the workspace's main pages over the demo data, for the README: run by
// scripts/screenshots (not by the tests). Usage: node tools/screenshots.mjs URL OUT_DIR PASSWORD
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, out, password] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(user) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(url + '/');
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('header').waitFor();
  return page;
}

async function shot(page, name, full = false) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(out, name + '.png'), fullPage: full });
  console.log('wrote', join(out, name + '.png'));
}

const caseworker = await signedIn('lucia.gomez');
await caseworker.getByRole('heading', { name: 'My queue' }).waitFor();
await shot(caseworker, 'queue');

await caseworker.goto(url + '/#/registry');
await caseworker.getByLabel('Search by name, in any script').fill('muhammad');
await caseworker.locator('.persons li').first().waitFor();
await shot(caseworker, 'registry');

await caseworker.goto(url + '/#/register');
await caseworker.getByLabel('Given name').fill('Muhammad');
await caseworker.getByLabel('Family name').fill('Hakim');
await caseworker.locator('.warning').waitFor();
await shot(caseworker, 'register');

// A person in detention, with the clock running.
const detained = await caseworker.evaluate(async () =>
  (await (await fetch('/api/v1/persons?detained=true&limit=50')).json()).persons
    .find((p) => p.consular && !p.consular.rights_informed?.length)?.person_id ??
  (await (await fetch('/api/v1/persons?detained=true&limit=1')).json()).persons[0].person_id);
await caseworker.goto(url + '/#/person/' + encodeURIComponent(detained));
await caseworker.getByRole('heading', { name: 'Detention clock' }).waitFor();
await shot(caseworker, 'person', true);
await caseworker.locator('#ui-language').selectOption('ar');
await caseworker.waitForFunction(() => document.documentElement.dir === 'rtl');
await caseworker.locator('.clock h2').waitFor();
await caseworker.evaluate(() => window.scrollTo(0, 0));
await shot(caseworker, 'person-arabic');
await caseworker.locator('#ui-language').selectOption('en');
await caseworker.waitForFunction(() => document.documentElement.dir === 'ltr');

await caseworker.getByRole('button', { name: 'Consular rights statement' }).click();
await caseworker.getByLabel('Language of the statement').selectOption('es');
await caseworker.locator('.printable').screenshot({ path: join(out, 'consular-statement.png') });

const supervisor = await signedIn('isabel.moreno');
await supervisor.getByRole('heading', { name: 'Dashboard' }).waitFor();
await shot(supervisor, 'dashboard', true);

await browser.close();
