// The web workspace in a real Chromium against a real `haven serve` with a fresh database:
// signing in, registering a person by an Arabic-script name and finding them by a Latin
// spelling, the consular deadline of a detention appearing and clearing, a consented referral,
// Arabic laid out right to left, and an axe-core check of every main page. Run by ctest
// (tests/integration/web) with HAVEN_BIN set; screenshots go to HAVEN_SCREENSHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

const haven = process.env.HAVEN_BIN;
const shots = process.env.HAVEN_SCREENSHOTS;
const work = mkdtempSync(join(tmpdir(), 'haven-web-'));
const db = join(work, 'haven.db');
const passphrase = 'a long passphrase of Ana';
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
  for (const [name, role] of [['ana.caseworker', 'caseworker'], ['sam.supervisor', 'supervisor'],
    ['dina.monitor', 'detention_monitor'], ['omar.auditor', 'auditor'], ['sara.stats', 'statistician']]) {
    run(['user', 'add', name, '--role', role, '--agency', 'Shelter', '--password-stdin'], passphrase + '\n');
  }
  const events = [
    { type: 'person.registered', occurred_at: '2026-03-01T10:00:00Z', person_id: 'P-1', given_name: 'Mohamed',
      family_name: 'Abdelrahman', name_original: 'محمد عبد الرحمن', nationalities: ['SDN'] },
    { type: 'person.registered', occurred_at: '2026-03-01T10:00:00Z', person_id: 'P-2', given_name: 'Amina',
      family_name: 'Yusuf', sex: 'F', nationalities: ['ERI'] },
    { type: 'tracing.requested', occurred_at: '2026-03-02T10:00:00Z', request_id: 'TR-1',
      requester: 'his mother, Fatima', sought: { given_name: 'Muhammad', family_name: 'Abd al-Rahman', nationality: 'SDN' } },
    { type: 'case.opened', occurred_at: '2026-03-02T11:00:00Z', case_id: 'K-1', person_id: 'P-1',
      agency: 'Shelter', caseworker: 'ana.caseworker' },
    { type: 'case.activated', occurred_at: '2026-03-02T11:05:00Z', case_id: 'K-1' },
    { type: 'provider.registered', occurred_at: '2026-03-01T10:00:00Z', provider_id: 'PR-MED',
      name: 'Clinic of Hope', services: ['medical'] },
  ];
  writeFileSync(join(work, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  run(['import', join(work, 'events.jsonl')]);
  const added = run(['user', 'add', 'first.admin', '--role', 'admin', '--agency', 'Haven']);
  oneTimePassword = added.match(/shown only now[^:]*: (\S+)/)[1];
  server = spawn(haven, ['--db', db, 'serve', '--port', '0', '--requests-per-minute', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
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

// A fresh page in English; the page's own CSP is bypassed only so that axe-core can be added.
async function newPage() {
  const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  // Generous waits: ctest runs other tests beside these on two cores.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.scriptErrors = [];
  page.on('pageerror', (error) => page.scriptErrors.push(String(error)));
  return page;
}

async function signIn(page, name, password = passphrase) {
  await page.goto(url + '/');
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('header, #password-title').first().waitFor();
}

async function screenshot(page, name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: true });
}

// axe-core over the whole page: no serious or critical violation of WCAG 2.1 A and AA.
async function assertAccessible(page, what) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), [],
    `${what} has no serious accessibility violation`);
}

async function chooseEvent(page, title) {
  await page.getByLabel('What happened', { exact: true }).selectOption({ label: title });
  await page.getByRole('form', { name: title }).waitFor();
}

test('a caseworker signs in, is told of a wrong password, and finds a person by name with the name in its own script', async () => {
  const page = await newPage();
  await page.goto(url + '/');
  await page.getByLabel('User name').fill('ana.caseworker');
  await page.getByLabel('Password').fill('a wrong passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /password/i);

  await page.getByLabel('Password').fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My queue' }).waitFor();
  assert.match(await page.locator('header').innerText(), /ana\.caseworker · caseworker · Shelter/);
  await assertAccessible(page, 'the queue');

  await page.getByRole('link', { name: 'Registry' }).click();
  await page.getByLabel('Search by name, in any script').fill('abdelrahman');
  await page.locator('.persons li', { hasText: 'P-1' }).waitFor();
  assert.match(await page.locator('.persons').innerText(), /محمد عبد الرحمن/);
  await assertAccessible(page, 'the registry');
  await screenshot(page, 'registry');
  assert.deepEqual(page.scriptErrors, []);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Haven' }).waitFor();
});

test('a caseworker works with the keyboard alone: signs in, skips to the content, opens a person and picks an event to record', async () => {
  const page = await newPage();
  await page.goto(url + '/');
  await page.getByLabel('Language').waitFor();
  // Tab from the top of the page: the language, then the user name and the password.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ana.caseworker');
  await page.keyboard.press('Tab');
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'My queue' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Every link and control is reached by Tab and shows where the focus is.
  await page.goto(url + '/#/registry');
  await page.getByLabel('Search by name, in any script').focus();
  await page.keyboard.type('Mohamed');
  const link = page.getByRole('link', { name: /P-1/ });
  await link.waitFor();
  for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await link.evaluate((a) => a === document.activeElement), 'the person is reached by Tab');
  assert.notEqual(await link.evaluate((a) => getComputedStyle(a).outlineStyle), 'none');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Mohamed Abdelrahman/ }).waitFor();
  await page.locator('#event-type option[value="detention.started"]').waitFor({ state: 'attached' });
  await page.getByLabel('What happened', { exact: true }).focus();
  await page.keyboard.type('Detention st');
  await page.getByRole('form', { name: 'Detention started' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent), 'Date and time *');
});

test('the first administrator chooses their own password before anything else', async () => {
  const page = await newPage();
  await signIn(page, 'first.admin', oneTimePassword);
  await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
  await page.getByLabel('One-time password').fill(oneTimePassword);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /password: .*12/);
  await page.getByLabel('New password').fill('the admin chose this one');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('navigation').waitFor();
  assert.match(await page.locator('header').innerText(), /first\.admin · admin/);
});

test('a person registered by an Arabic-script name is found by a Latin spelling, and a second registration is warned of the duplicate', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  await page.getByRole('navigation').getByRole('link', { name: 'Register a person' }).click();
  await page.getByRole('heading', { name: 'Register a person' }).waitFor();
  // Nobody is registered without a name.
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Give at least one name' }).waitFor();
  await page.getByLabel('Name in original script').fill('أحمد حسن');
  await page.getByLabel('Nationalities').fill('Sudan (SDN)');
  await page.locator('.chips li', { hasText: 'Sudan' }).waitFor();
  await page.getByLabel('Languages').fill('Arabic (ar)');
  await page.locator('.chips li', { hasText: 'Arabic' }).waitFor();
  await page.getByLabel('Date of birth', { exact: true }).fill('1990');
  await page.getByLabel('Date of birth is estimated').check();
  await assertAccessible(page, 'the registration form');
  await screenshot(page, 'register');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { name: /أحمد حسن/ }).waitFor();

  await page.getByRole('link', { name: 'Registry' }).click();
  await page.getByLabel('Search by name, in any script').fill('Ahmed Hassan');
  await page.locator('.persons li', { hasText: 'أحمد حسن' }).waitFor();

  // Registering "Ahmad Hasan" again warns, while typing, that he may already be registered:
  // the record-linkage engine says how likely and why.
  await page.getByRole('navigation').getByRole('link', { name: 'Register a person' }).click();
  await page.getByLabel('Given name').fill('Ahmad');
  await page.getByLabel('Family name').fill('Hasan');
  await page.getByLabel('Nationalities').fill('Sudan (SDN)');
  await page.locator('.chips li', { hasText: 'Sudan' }).waitFor();
  await page.getByLabel('Date of birth', { exact: true }).fill('1990');
  const warning = page.locator('.warning', { hasText: 'أحمد حسن' });
  await warning.waitFor();
  assert.match(await warning.innerText(), /likelihood \d+/);
  assert.match(await warning.innerText(), /name/);
  // Registered all the same, his page says whom he may duplicate.
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { name: /Ahmad Hasan/ }).waitFor();
  await page.locator('.warning', { hasText: 'may already be on record' }).filter({ hasText: 'أحمد حسن' }).waitFor();
  assert.deepEqual(page.scriptErrors, []);
});

test('recording a detention raises the consular-rights deadline with its citation, and giving the rights clears it', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  await page.goto(url + '/#/person/P-1');
  await page.getByRole('heading', { name: /Mohamed Abdelrahman/ }).waitFor();
  assert.equal(await page.locator('.alerts li', { hasText: 'Consular rights not yet given' }).count(), 0);

  await chooseEvent(page, 'Detention started');
  // A time in the future is refused by the server, and its message is shown on that field.
  await page.getByLabel('Date and time').fill('2099-01-01T10:00');
  await page.getByLabel('Place of detention').fill('CPR Milano');
  await page.getByRole('button', { name: 'Record' }).click();
  await page.locator('.field.invalid', { hasText: 'Date and time' }).getByRole('alert').waitFor();
  assert.match(await page.locator('.field.invalid').innerText(), /future/);

  const now = new Date(Date.now() - 5 * 60_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await page.getByLabel('Date and time').fill(now);
  await page.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded: Detention started' }).waitFor();
  const alert = page.locator('.alerts li', { hasText: 'Consular rights not yet given' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /VCCR art\.36\(1\)\(b\)/);
  await page.getByRole('heading', { name: 'Detention clock' }).waitFor();
  assert.match(await page.locator('.clock').innerText(), /CPR Milano/);
  assert.match(await page.locator('.clock').innerText(), /Consular rights must be given by/);

  // The provision's words are a click away.
  await alert.getByRole('button', { name: 'VCCR art.36(1)(b)' }).click();
  await alert.getByRole('note').filter({ hasText: 'Vienna Convention' }).waitFor();

  // The statement the officer reads, in the detainee's language, ready to print.
  await page.getByRole('button', { name: 'Consular rights statement' }).click();
  await page.getByLabel('Language of the statement').selectOption('ar');
  assert.equal(await page.locator('.printable').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'the person page');
  await screenshot(page, 'person');

  await chooseEvent(page, 'Informed of consular rights');
  await page.getByLabel('Language used').selectOption('ar');
  await page.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded: Informed of consular rights' }).waitFor();
  await alert.waitFor({ state: 'detached' });
  assert.match(await page.locator('.clock').innerText(), /Informed of consular rights/);
  assert.deepEqual(page.scriptErrors, []);
});

test('a referral is made with the person\'s consent to a provider chosen from the directory', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  await page.goto(url + '/#/person/P-1');
  await page.getByRole('heading', { name: /Mohamed Abdelrahman/ }).waitFor();
  await chooseEvent(page, 'Referral made');
  const form = page.getByRole('form', { name: 'Referral made' });
  await form.locator('#f-service').selectOption('medical');
  await form.getByLabel('Service provider').selectOption('PR-MED');
  await form.getByLabel('Consent to share data').check();
  await form.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded: Referral made' }).waitFor();

  await page.getByRole('link', { name: 'Referrals', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Referrals' }).waitFor();
  const row = page.locator('tr', { hasText: 'Clinic of Hope' });
  await row.waitFor();
  assert.match(await row.innerText(), /P-1/);
  assert.match(await row.innerText(), /Awaiting the provider/);
  await assertAccessible(page, 'the referrals page');
  await screenshot(page, 'referrals');
});

test('a screening is asked question by question, and what the answers mean appears with its reason', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  await page.goto(url + '/#/person/P-2');
  await page.getByRole('heading', { name: /Amina Yusuf/ }).waitFor();
  await page.getByLabel('Screening form').selectOption({ label: 'Pregnancy' });
  const form = page.getByRole('form', { name: 'Pregnancy' });
  await form.getByLabel('How many weeks pregnant are you (an estimate is fine)?').fill('50');
  await form.getByRole('group', { name: /Are you pregnant/ }).getByLabel('Yes').check();
  // 50 weeks is beyond the form's bound: the browser says so before anything is sent.
  await form.getByRole('button', { name: 'Record' }).click();
  assert.equal(await form.getByLabel(/How many weeks/).evaluate((input) => input.validity.rangeOverflow), true);
  await form.getByLabel(/How many weeks/).fill('20');
  await form.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: 'Screening recorded' }).waitFor();
  const found = page.locator('section', { has: page.getByRole('heading', { name: 'Vulnerabilities' }) });
  await found.getByText('Pregnant', { exact: true }).waitFor();
  assert.match(await found.innerText(), /Vulnerability screening recorded.*: The person says she is or may be pregnant/);
  await assertAccessible(page, 'the person page with a screening');
});

test('switching to Arabic lays the whole workspace out right to left, in Arabic', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  await page.getByRole('heading', { name: 'My queue' }).waitFor();
  await page.locator('#ui-language').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  const heading = await page.locator('h1').innerText();
  assert.notEqual(heading, 'My queue');
  assert.match(heading, /[\u0600-\u06FF]/);
  await page.goto(url + '/#/person/P-1');
  await page.locator('h1', { hasText: 'Mohamed' }).waitFor();
  await assertAccessible(page, 'the person page in Arabic');
  await screenshot(page, 'person-arabic');
  // The choice is kept: back to English for the next tests of this browser.
  await page.locator('#ui-language').selectOption('en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
});

test('a supervisor\'s dashboard shows who is held where, children in detention and open alerts by rule, and passes axe', async () => {
  const page = await newPage();
  await signIn(page, 'sam.supervisor');
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.locator('table.bars', { hasText: 'CPR Milano' }).waitFor();
  await assertAccessible(page, 'the dashboard');
  await screenshot(page, 'dashboard');
  for (const [link, heading] of [['Cases', 'Cases'], ['Incidents', 'Incidents'], ['Family tracing', 'Family tracing']]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await assertAccessible(page, 'the ' + heading + ' page');
  }
  assert.deepEqual(page.scriptErrors, []);
});

test('a detention monitor\'s home is the dashboard of detention and consular rules only, without casework', async () => {
  const page = await newPage();
  await signIn(page, 'dina.monitor');
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  await page.locator('table.bars', { hasText: 'CPR Milano' }).waitFor();
  const nav = await page.getByRole('navigation').innerText();
  assert.doesNotMatch(nav, /Cases|Referrals|Register a person/);
  assert.equal(await page.getByText('Referral not answered by the provider').count(), 0);
  await assertAccessible(page, 'the monitor\'s dashboard');
  assert.deepEqual(page.scriptErrors, []);
});

test('an auditor reads the audit log, where every sign-in and read of the workspace is', async () => {
  const page = await newPage();
  await signIn(page, 'omar.auditor');
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  await page.getByLabel('User name').fill('ana.caseworker');
  await page.getByLabel('User name').press('Enter');
  await page.locator('tbody tr', { hasText: '/api/v1/persons/P-1' }).first().waitFor();
  await assertAccessible(page, 'the audit log');
});

test('a tracing match is confirmed on the request\'s page, and the request shows it', async () => {
  const page = await newPage();
  await signIn(page, 'ana.caseworker');
  // Nobody asked: the engine put the lead in the queue of P-1's caseworker, and on the case.
  const lead = page.locator('.queue li', { hasText: 'May be the person sought by tracing request' });
  await lead.getByRole('link', { name: 'TR-1' }).waitFor();
  await page.goto(url + '/#/case/K-1');
  await page.getByRole('region', { name: 'Family tracing' }).getByRole('link', { name: 'TR-1' }).waitFor();
  await page.getByRole('link', { name: 'Family tracing' }).click();
  await page.getByRole('link', { name: 'TR-1' }).click();
  const candidate = page.locator('.candidates li', { hasText: 'P-1' });
  await candidate.waitFor();
  await assertAccessible(page, 'a tracing request');
  await candidate.getByRole('button', { name: 'Confirm: this is the person' }).click();
  await candidate.getByText('Confirmed').waitFor();
  assert.equal(await candidate.getByRole('button').count(), 0);
  assert.deepEqual(page.scriptErrors, []);
});

test('a supervisor merges a likely duplicate from the duplicates page, and undoes it from the merged registration', async () => {
  const events = [
    { type: 'person.registered', occurred_at: '2026-03-05T10:00:00Z', person_id: 'P-D1', given_name: 'Tesfay',
      family_name: 'Gebremedhin', sex: 'M', birth_date: '1988-02-02', nationalities: ['ERI'] },
    { type: 'person.registered', occurred_at: '2026-03-06T10:00:00Z', person_id: 'P-D2', given_name: 'Tesfaye',
      family_name: 'Gebremedhin', sex: 'M', birth_date: '1988-02-02', nationalities: ['ERI'] },
  ];
  writeFileSync(join(work, 'duplicates.jsonl'), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  run(['import', join(work, 'duplicates.jsonl')]);
  const page = await newPage();
  await signIn(page, 'sam.supervisor');
  await page.getByRole('link', { name: 'Duplicates', exact: true }).click();
  await page.getByRole('heading', { name: 'Duplicates', exact: true }).waitFor();
  const merge = page.getByRole('button', { name: 'Merge P-D2 into P-D1' });
  await merge.waitFor();
  await assertAccessible(page, 'the duplicates page');
  await screenshot(page, 'duplicates');
  await merge.click();
  await page.getByRole('status').filter({ hasText: 'P-D2 merged into P-D1.' }).waitFor();
  await page.getByRole('button', { name: 'Merge P-D2 into P-D1' }).waitFor({ state: 'detached' });

  await page.goto(url + '/#/person/P-D2');
  await page.getByRole('link', { name: /Merged into P-D1/ }).waitFor();
  await page.getByRole('button', { name: 'Undo the merge' }).click();
  await page.getByRole('status').filter({ hasText: 'P-D2 no longer merged.' }).waitFor();
  await page.getByRole('button', { name: 'Undo the merge' }).waitFor({ state: 'detached' });
  assert.deepEqual(page.scriptErrors, []);
});

test('a statistician lands on the statistics: indicators citing their paragraphs, and a table whose small cells are withheld and flagged', async () => {
  const page = await newPage();
  await signIn(page, 'sara.stats');
  await page.getByRole('heading', { name: 'Statistics', exact: true }).waitFor();
  // Aggregates only: nothing of casework is offered.
  const nav = page.getByRole('navigation', { name: 'Main sections' });
  assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Statistics']);
  await page.getByLabel('Year', { exact: true }).selectOption('2026');
  const registered = page.locator('tr[data-indicator="persons_registered"]');
  await registered.getByRole('button', { name: 'A/RES/66/172 op.9(d)' }).waitFor();
  assert.ok(Number(await registered.locator('td').first().textContent()) >= 2);

  await page.getByLabel('Table', { exact: true }).selectOption('registered_by_age');
  const flagged = page.locator('.stats-table abbr.flag[data-status="C"]');
  await flagged.first().waitFor();
  assert.equal(await flagged.first().getAttribute('title'),
    'Withheld: could identify persons (too few, or a group all alike)');
  await page.locator('.legend', { hasText: 'Withheld: could identify persons' }).waitFor();
  const download = page.getByRole('link', { name: 'SDMX-CSV' });
  assert.match(await download.getAttribute('href'), /registered_by_age\?period=2026&format=sdmx-csv$/);
  await assertAccessible(page, 'the statistics page');
  await screenshot(page, 'statistics');

  // What the page offers is what the server allows: a person's record is refused.
  const refused = await page.evaluate(async () => (await fetch('/api/v1/persons/P-1')).status);
  assert.equal(refused, 403);
  assert.deepEqual(page.scriptErrors, []);
});
