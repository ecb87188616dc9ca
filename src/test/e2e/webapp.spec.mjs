// End-to-end scenarios of the web app in Debian's headless Chromium, driven by playwright-core.
// Usage: node webapp.spec.mjs <baseUrl> <screenshotDir>. Prints one line per scenario and a closing
// "N passed, N failed" line; exits 0 only when every scenario passed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [baseUrl, screenshotDir] = process.argv.slice(2);
if (!baseUrl || !screenshotDir) {
  console.error('usage: node webapp.spec.mjs <baseUrl> <screenshotDir>');
  process.exit(2);
}
mkdirSync(screenshotDir, { recursive: true });

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 15_000;

async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

/** Waits until the router has rendered the page for the current URL. */
async function rendered(page) {
  await page.waitForFunction(() => !document.getElementById('inhoud').hasAttribute('aria-busy')
    && !document.querySelector('#inhoud > .note'), null, { timeout: TIMEOUT });
}

async function open(page, hash) {
  await page.goto(`${baseUrl}/${hash}`);
  await rendered(page);
}

async function navigated(page, action) {
  const before = await page.evaluate(() => location.hash);
  await action();
  await page.waitForFunction((old) => location.hash !== old, before, { timeout: TIMEOUT });
  await rendered(page);
}

const h1 = (page) => page.locator('h1').innerText();

const scenarios = {
  async 'schoolleider: compares two interventions side by side and finds who can help'(page) {
    await open(page, '');
    await navigated(page, () => page.getByRole('link', { name: /^Leervertraging door corona/ }).first().click());
    const cards = page.locator('.results .intervention-card');
    const first = await cards.nth(0).locator('h3').innerText();
    const second = await cards.nth(1).locator('h3').innerText();
    await cards.nth(0).getByRole('button', { name: /^Vergelijk/ }).click();
    assert.equal(await cards.nth(0).getByRole('button', { name: /^Vergelijk/ }).getAttribute('aria-pressed'), 'true');
    await navigated(page, () => cards.nth(1).locator('h3 a').click());
    await page.getByRole('button', { name: /^Vergelijk/ }).click();
    await navigated(page, () => page.getByRole('link', { name: 'Vergelijk nu' }).click());
    assert.equal(await h1(page), 'Interventies vergelijken');
    assert.deepEqual(await page.locator('#vergelijking thead th > a').allInnerTexts(), [first, second]);
    const rows = await page.locator('#vergelijking tbody th').allInnerTexts();
    for (const row of ['Beoordeling op de kaart', 'EEF Toolkit', 'Sector', 'Status', 'Knelpunten die het aanpakt',
      'Organisaties die kunnen helpen', 'Wat de bronnen zeggen']) assert.ok(rows.includes(row), `row ${row}: ${rows}`);
    const impact = await page.locator('#vergelijking tbody tr:has(th:text-is("EEF Toolkit")) td').allInnerTexts();
    for (const cell of impact) assert.match(cell, /maand|niet beoordeeld/);
    await shot(page, '10-compare');

    // The link of the page is the comparison: opened elsewhere, it shows the same two.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await rendered(other);
    assert.deepEqual(await other.locator('#vergelijking thead th > a').allInnerTexts(), [first, second]);
    await other.close();

    // Organisations that can help, with roles in the field (Onderwijsassistent) apart from them.
    for (const name of ['Interventies gericht op het welbevinden', 'Onderwijsassistenten en instructeurs']) {
      await page.locator('#toevoegen').pressSequentially(name);
      const option = page.getByRole('option', { name: new RegExp(`^${name}`) }).first();
      await option.waitFor();
      await navigated(page, () => option.click());
    }
    assert.equal(await page.locator('#vergelijking thead th').count(), 4);
    const cell = (row, column) => page.locator(`#vergelijking tbody tr:has(th:text-is("${row}")) td`).nth(column);
    const helpers = await cell('Organisaties die kunnen helpen', 2).innerText();
    assert.match(helpers, /Adviseert/);
    assert.match(helpers, /Pharos/);
    assert.doesNotMatch(await cell('Organisaties die kunnen helpen', 3).innerText(), /Onderwijsassistent\b/);
    assert.match(await cell('Wie in en om de school', 3).innerText(), /Voert uit\s+Onderwijsassistent/);
    await shot(page, '11-compare-helpers');
  },


  async 'searching with a typo suggests the right word and finds the intervention'(page) {
    await open(page, '');
    await shot(page, '01-start');
    await page.fill('#zoekvraag', 'zomerschol');
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    assert.match(page.url(), /#\/zoeken\?q=zomerschol$/);
    assert.equal(await page.locator('.did-you-mean a').innerText(), 'zomerschool');
    const titles = await page.locator('.hit-title').allInnerTexts();
    assert.ok(titles.slice(0, 3).includes('Zomer- of lentescholen'), `top hits: ${titles.slice(0, 3)}`);
    await shot(page, '02-search');
    await navigated(page, () => page.getByRole('link', { name: 'Zomer- of lentescholen', exact: true }).click());
    assert.equal(await h1(page), 'Zomer- of lentescholen');
  },

  async 'the autocomplete works with the keyboard'(page) {
    await open(page, '');
    await page.locator('#zoekvraag').pressSequentially('lerarent');
    const option = page.getByRole('option', { name: /Lerarentekort/ }).first();
    await option.waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getAttribute('#zoekvraag', 'aria-expanded'), 'true');
    const options = await page.getByRole('option').allInnerTexts();
    const index = options.findIndex((o) => o.startsWith('Lerarentekort'));
    for (let i = 0; i <= index; i++) await page.press('#zoekvraag', 'ArrowDown');
    assert.equal(await page.getAttribute('#zoekvraag', 'aria-activedescendant'), await option.getAttribute('id'));
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    assert.match(page.url(), /#\/probleem\/lerarentekort$/);
    assert.equal(await h1(page), 'Lerarentekort');
  },

  async 'filters update the URL, survive a reload, and back undoes them'(page) {
    await open(page, '#/probleem/leervertraging');
    const count = async () => Number((await page.locator('#aantal').innerText()).split(' ')[0]);
    const all = await count();
    await navigated(page, () => page.getByLabel('Doelgebied B').check());
    assert.match(page.url(), /doel=B/);
    const doelB = await count();
    assert.ok(doelB > 0 && doelB < all, `doelgebied B: ${doelB} of ${all}`);
    await navigated(page, () => page.selectOption('#bewijs', '3'));
    assert.match(page.url(), /doel=B&bewijs=3/);
    const strong = await count();
    assert.ok(strong > 0 && strong < doelB, `bewijs ≥ 3: ${strong} of ${doelB}`);
    const strengths = await page.locator('.results .badge.strength .visually-hidden').allInnerTexts();
    assert.equal(strengths.length, strong);
    for (const s of strengths) assert.ok(Number(s.split(' ')[0]) >= 3, s);
    await shot(page, '03-results');

    const shared = page.url();
    await page.reload();
    await rendered(page);
    assert.equal(page.url(), shared);
    assert.equal(await count(), strong);
    assert.ok(await page.getByLabel('Doelgebied B').isChecked());
    assert.equal(await page.inputValue('#bewijs'), '3');

    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('bewijs'), null, { timeout: TIMEOUT });
    await rendered(page);
    assert.equal(await count(), doelB);
    assert.equal(await page.inputValue('#bewijs'), '');
  },

  async 'an intervention shows its evidence, and a source can be followed'(page) {
    await open(page, '#/interventie/mk-zomerschool');
    assert.equal(await h1(page), 'Zomer- of lentescholen');
    assert.equal(await page.locator('.evidence-list > .evidence').count(), 5);
    const badges = await page.locator('main > .badges').innerText();
    assert.match(badges, /\+3 maanden/);
    assert.match(badges, /EEF Toolkit/);
    await shot(page, '04-intervention');
    const link = page.locator('.evidence .source-link').first();
    const text = await link.innerText();
    await navigated(page, () => link.click());
    assert.match(page.url(), /#\/bron\/d003\?plaats=/);
    assert.ok(text.startsWith(await h1(page)), `${text} / ${await h1(page)}`);
    assert.match(await page.locator('.callout').innerText(), /d003 p\.11/);
    await shot(page, '05-source');
  },

  async 'a stakeholder shows its network, which navigates, filters and shows a path'(page) {
    await open(page, '#/organisatie/gemeente-arnhem?diepte=2');
    const nodes = page.locator('svg.network g.node');
    assert.equal(await nodes.count(), 7);
    assert.equal(await page.locator('svg.network g.edge').count(), 8);
    assert.equal(await page.locator('svg.network g.node.center').getAttribute('data-key'), 'gemeente-arnhem');
    const box = await page.locator('svg.network g.node[data-key="hugo-de-grootschool"]').boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'node drawn with a size');
    await shot(page, '06-stakeholder');

    await navigated(page, () => page.getByLabel('Financiert').check());
    assert.match(page.url(), /rollen=FUNDS/);
    await navigated(page, () => page.getByLabel('Financiert').uncheck());

    await page.locator('svg.network g.node[data-key="hugo-de-grootschool"]').focus();
    await navigated(page, () => page.keyboard.press('Enter'));
    assert.match(page.url(), /#\/organisatie\/hugo-de-grootschool$/);

    await open(page, '#/organisatie/gemeente-arnhem?naar=hugo-de-grootschool');
    assert.match(await page.locator('.path').innerText(), /1 stap\./);
    assert.equal(await page.locator('svg.network g.node.on-path').count(), 2);
  },

  async 'the country table sorts, keeping each amount in its own currency'(page) {
    await open(page, '#/internationaal');
    const column = async (i) => page.locator(`#landentabel tbody tr:not(.home)`).evaluateAll(
      (rows, n) => rows.map((r) => r.children[n].innerText), i);
    assert.deepEqual((await column(0)).slice(0, 2), ['Denemarken', 'Duitsland']);
    await navigated(page, () => page.click('#sorteer-salary-teacher-po'));
    assert.match(page.url(), /sorteer=salary-teacher-po&richting=op/);
    assert.equal(await page.locator('th:has(#sorteer-salary-teacher-po)').getAttribute('aria-sort'), 'ascending');
    const up = await column(1);
    assert.match(up[0], /^EUR\s15\.000/);
    assert.ok(up.some((v) => /^SGD\s57\.919/.test(v)), up.join(' | '));
    assert.ok(up.some((v) => /^USD\s30\.560/.test(v)), up.join(' | '));
    await navigated(page, () => page.click('#sorteer-salary-teacher-po'));
    assert.equal(await page.locator('th:has(#sorteer-salary-teacher-po)').getAttribute('aria-sort'), 'descending');
    assert.match((await column(1))[0], /^USD/);
    await shot(page, '07-international');
  },

  async 'a programme shows its budget figures with sources, and its timeline'(page) {
    await open(page, '#/programma/np-onderwijs');
    assert.match(await h1(page), /Nationaal Programma Onderwijs/);
    const budget = page.locator('table.budget tbody tr');
    assert.ok(await budget.count() >= 3);
    assert.match(await budget.first().locator('.source-link').first().innerText(), /, (p\.|regels) /);
    assert.ok(await page.locator('.timeline li').count() >= 3);
    await shot(page, '08-programme');
  },

  async 'every form control has a label, and the phone width needs no sideways scrolling'(page) {
    for (const hash of ['', '#/probleem/leervertraging', '#/organisatie/ministerie-ocw', '#/internationaal']) {
      await open(page, hash);
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
        .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.innerText?.trim()))
        .map((el) => el.outerHTML.slice(0, 80)));
      assert.deepEqual(unlabelled, [], `on ${hash || 'start'}`);
    }
    await page.setViewportSize({ width: 390, height: 800 });
    for (const hash of ['', '#/probleem/leervertraging', '#/interventie/mk-zomerschool']) {
      await open(page, hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${hash || 'start'} is ${overflow}px too wide`);
    }
    await open(page, '#/probleem/leervertraging');
    await shot(page, '09-results-phone', false);
  },
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
  // playwright-core gives every launch a fresh, temporary --user-data-dir of its own (it refuses one passed in).
});
let passed = 0;
let failed = 0;
const only = process.env.E2E_ONLY;
try {
  for (const [name, run] of Object.entries(scenarios)) {
    if (only && !name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A 429 is the service's rate limit (shared by every scenario from this address); the app waits and asks again,
    // so only Chromium's note of the refused request is not a problem.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 429/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    // No internet at run time: any request that leaves the service under test fails the scenario.
    await context.route((url) => !url.href.startsWith(baseUrl), (route) => {
      problems.push(`request outside the service: ${route.request().url()}`);
      return route.abort();
    });
    const started = Date.now();
    try {
      await run(page);
      assert.deepEqual(problems, []);
      passed++;
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n  ')}`);
      await shot(page, `failed-${name.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
