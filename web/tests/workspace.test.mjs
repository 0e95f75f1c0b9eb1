// The web workspace in a real Chromium against a real `haven serve` with a fresh database:
// a caseworker signs in and finds a person, whose name shows in its own script. Run by ctest
// (tests/integration/web) with HAVEN_BIN set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const haven = process.env.HAVEN_BIN;
const shots = process.env.HAVEN_SCREENSHOTS;
const work = mkdtempSync(join(tmpdir(), 'haven-web-'));
const db = join(work, 'haven.db');
let server;
let url;
let browser;
let oneTimePassword;

function run(args, input) {
  const done = spawnSync(haven, ['--db', db, ...args], { input, encoding: 'utf8' });
  assert.equal(done.status, 0, `haven ${args.join(' ')}: ${done.stderr}`);
  return done.stdout;
}

before(async () => {
  assert.ok(haven, 'HAVEN_BIN names the haven binary');
  run(['init']);
  run(['user', 'add', 'ana.caseworker', '--role', 'caseworker', '--agency', 'Shelter',
       '--password-stdin'], 'a long passphrase of Ana\n');
  writeFileSync(join(work, 'persons.jsonl'),
    JSON.stringify({ type: 'person.registered', occurred_at: '2026-03-01T10:00:00Z',
      person_id: 'P-1', given_name: 'Mohamed', family_name: 'Abdelrahman',
      name_original: 'محمد عبد الرحمن', nationalities: ['SDN'] }) + '\n');
  run(['import', join(work, 'persons.jsonl')]);
  const added = run(['user', 'add', 'first.admin', '--role', 'admin', '--agency', 'Haven']);
  oneTimePassword = added.match(/shown only now[^:]*: (\S+)/)[1];
  server = spawn(haven, ['--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error('haven serve exited with ' + code)));
  });
  browser = await chromium.launch({
    executablePath: process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('a caseworker signs in, is told of a wrong password, and finds a person by name with the name in its own script', async () => {
  const page = await browser.newPage();
  const scriptErrors = [];
  page.on('pageerror', (error) => scriptErrors.push(String(error)));
  await page.goto(url + '/');
  await page.getByLabel('User name').fill('ana.caseworker');
  await page.getByLabel('Password').fill('a wrong passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /password/i);

  await page.getByLabel('Password').fill('a long passphrase of Ana');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Registry' }).waitFor();
  assert.match(await page.locator('header').innerText(), /ana\.caseworker · caseworker · Shelter/);

  await page.getByLabel('Search by name, in any script').fill('abdelrahman');
  await page.locator('.persons li', { hasText: 'P-1' }).waitFor();
  assert.match(await page.locator('.persons').innerText(), /محمد عبد الرحمن/);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'registry.png'), fullPage: true });
  }
  assert.deepEqual(scriptErrors, []);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Haven' }).waitFor();
});

test('the first administrator chooses their own password before anything else', async () => {
  const page = await browser.newPage();
  await page.goto(url + '/');
  await page.getByLabel('User name').fill('first.admin');
  await page.getByLabel('Password').fill(oneTimePassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
  await page.getByLabel('One-time password').fill(oneTimePassword);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /password: .*12/);
  await page.getByLabel('New password').fill('the admin chose this one');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Registry' }).waitFor();
  assert.match(await page.locator('header').innerText(), /first\.admin · admin/);
});
