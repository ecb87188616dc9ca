// End-to-end scenarios of the web app in Debian's headless Chromium, driven by playwright-core.
// Usage: node webapp.spec.mjs <baseUrl> <screenshotDir>. Prints one line per scenario and a closing
// "N passed, N failed" line; exits 0 only when every scenario passed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** Does what a user does and waits until the page for the new URL is drawn (the router's `rendered` event). */
async function navigated(page, action) {
  const before = await page.evaluate(() => {
    window.nextRender = new Promise((resolve) => {
      document.getElementById('inhoud').addEventListener('rendered', resolve, { once: true });
    });
    return location.hash;
  });
  await action();
  await page.waitForFunction((old) => location.hash !== old, before, { timeout: TIMEOUT });
  await page.evaluate(() => window.nextRender);
  await rendered(page);
}

const h1 = (page) => page.locator('h1').innerText();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 800 };

/** axe-core's WCAG 2.1 A and AA rules on the current page, every folded section opened first; its violations. */
async function axeViolations(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Contrast of the graphics that carry meaning (rating symbols, network symbols and ties, legend samples) against
 * what is behind them; WCAG 1.4.11 asks 3:1. Returns the ones below it.
 */
async function lowContrastGraphics(page) {
  return page.evaluate(() => {
    const GRAPHICS = [
      ['.scale .filled, .scale .empty', 'color'],
      ['svg.network .node:not(.role) > :is(circle, rect, polygon)', 'fill'],
      ['svg.network .node.role > circle', 'stroke'],
      ['svg.network .edge-line', 'stroke'],
      ['.swatch:not(.role)', 'background-color'],
      ['.swatch.role, .line-sample', 'border-top-color'],
    ];
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (el) => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(at).backgroundColor);
        if (a > 0 && getComputedStyle(at).backgroundColor !== 'rgba(0, 0, 0, 0)') return [r, g, b];
      }
      return [255, 255, 255];
    };
    const low = [];
    for (const [selector, property] of GRAPHICS) {
      for (const el of document.querySelectorAll(selector)) {
        if (!el.getClientRects().length || el.textContent === '' && property === 'color') continue;
        const style = getComputedStyle(el);
        const [r, g, b, a = 1] = rgb(style.getPropertyValue(property));
        const alpha = a * Number(style.opacity);
        const behind = background(el);
        const shown = [r, g, b].map((c, i) => c * alpha + behind[i] * (1 - alpha));
        const [l1, l2] = [luminance(shown), luminance(behind)].sort((x, y) => y - x);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < 3) low.push(`${selector} ${ratio.toFixed(2)}:1`);
      }
    }
    return [...new Set(low)];
  });
}

/** Types into a search box and picks the first suggestion whose text matches. */
async function pickSuggestion(page, input, text, name = new RegExp(`^${text}`)) {
  await page.locator(input).fill('');
  await page.locator(input).pressSequentially(text);
  const option = page.getByRole('option', { name }).first();
  await option.waitFor();
  await navigated(page, () => option.click());
}

const scenarios = {

  async 'leraar: a reading delay after corona, typed with a typo, ends at a rated intervention, its evidence and source'(page) {
    await open(page, '');
    await page.locator('#zoekvraag').pressSequentially('leesachterstnd door corona');
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    assert.equal(await page.locator('.did-you-mean a').innerText(), 'leesachterstand door corona');
    const groups = await page.locator('.hit-group > h2').allInnerTexts();
    assert.match(groups[0], /^Knelpunten \(\d+\)$/, groups.join(' | '));
    assert.ok(groups.some((g) => /^Interventies \(\d+\)$/.test(g)), groups.join(' | '));
    // The problem hit offers its best-rated interventions, badges and all, in one step.
    const problem = page.locator('.hit-problem', { has: page.getByRole('link', { name: 'Leervertraging door corona', exact: true }) });
    const rated = problem.locator('.top-interventions > li');
    assert.ok(await rated.count() >= 1);
    for (const badge of await rated.locator('.badge.impact').allInnerTexts()) assert.match(badge, /maand/);
    assert.match(await problem.getByRole('link', { name: /^Alle \d+ interventies bij dit knelpunt$/ }).innerText(), /Alle/);
    await shot(page, '12-search-grouped');
    const chosen = await rated.first().locator('a').innerText();
    await navigated(page, () => rated.first().locator('a').click());
    assert.equal(await h1(page), chosen);
    assert.doesNotMatch(await page.locator('main > .badges').innerText(), /Geen beoordeling/);
    await page.getByText('Hoe lees ik dit?').click();
    assert.match(await page.locator('.legend-help').innerText(), /maanden extra leergroei[\s\S]*1 zeer beperkt[\s\S]*5 zeer hoog[\s\S]*Geen beoordeling/);
    // Quoted passages show once the service gives them (Evidence.quote): one under every claim that has one.
    const quotedInApi = await page.evaluate(async () => {
      const ask = async (query, variables) => (await (await fetch('/graphql', { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()).data;
      const type = await ask('{ __type(name: "Evidence") { fields { name } } }');
      if (!type.__type.fields.some((f) => f.name === 'quote')) return 0;
      const key = decodeURIComponent(location.hash.split('/')[2]);
      const data = await ask('query($key: String!) { intervention(key: $key) { evidence { quote } } }', { key });
      return data.intervention.evidence.filter((e) => e.quote).length;
    });
    assert.equal(await page.locator('.evidence .quote figcaption').count(), quotedInApi);
    const evidence = page.locator('.evidence', { has: page.locator('.source-link') }).first();
    const claim = await evidence.locator('p').nth(1).innerText();
    await navigated(page, () => evidence.locator('.source-link').first().click());
    const followed = page.locator('.passage-group.followed');
    assert.equal(await followed.count(), 1);
    assert.ok(await followed.evaluate((d) => d.open));
    assert.ok((await followed.innerText()).includes(claim), 'the cited passage is listed under the page followed');
    await shot(page, '13-source-passages');
  },

  async "IB'er on a phone: browses by problem, filters po and strong evidence, shares the link, and gets on from a word the sources never use"(page) {
    await page.setViewportSize(PHONE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '');
    await navigated(page, () => page.getByRole('link', { name: /^Leervertraging door corona/ }).first().click());
    const count = async () => Number((await page.locator('#aantal').innerText()).split(' ')[0]);
    const all = await count();
    const panel = page.locator('.filters details');
    assert.equal(await panel.evaluate((d) => d.open), false, 'on a phone the results come first');
    await page.getByText('Filter', { exact: true }).click();
    await navigated(page, () => page.getByLabel('Primair onderwijs').check());
    assert.ok(await panel.evaluate((d) => d.open), 'the panel stays open after a choice');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-sector-po');
    await page.focus('#bewijs'); // a tap on the list, then the choice
    await navigated(page, () => page.selectOption('#bewijs', '4'));
    assert.ok(await panel.evaluate((d) => d.open));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'bewijs');
    const strong = await count();
    assert.ok(strong > 0 && strong < all, `${strong} of ${all}`);
    for (const s of await page.locator('.results .badge.strength .visually-hidden').allInnerTexts()) assert.ok(Number(s.split(' ')[0]) >= 4, s);
    await shot(page, '14-filters-phone', false);

    await page.click('#kopieer-link');
    await page.getByText('Link gekopieerd').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

    // Back from an intervention returns to the same place in the list.
    const last = page.locator('.results .intervention-card h3 a').last();
    await last.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 300, `scrolled ${scrolled}`);
    await navigated(page, () => last.click());
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('probleem'));
    await rendered(page);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);

    await navigated(page, () => page.getByRole('link', { name: 'Zoeken', exact: true }).click());
    // A word the sources never use (pesten now reaches a passage on pesterijen): the page still offers a way on.
    await page.locator('#zoekvraag').pressSequentially('dyslexie');
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    assert.match(await page.locator('.no-results h2').innerText(), /Niets gevonden voor “dyslexie”/);
    const offered = page.locator('.no-results .chip');
    assert.ok(await offered.count() >= 5);
    await shot(page, '15-no-results-phone', false);
    const next = await offered.first().innerText();
    await navigated(page, () => offered.first().click());
    assert.ok(next.startsWith(await h1(page)));
  },

  async 'programme manager: NP Onderwijs, its funders and budget, a municipality network, a path with sources, countries'(page) {
    await open(page, '');
    await page.locator('#zoekvraag').pressSequentially('NP Onderwijs');
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    const programmes = page.locator('.hit-group', { has: page.locator('h2', { hasText: /^Programma's/ }) });
    await navigated(page, () => programmes.getByRole('link', { name: 'Nationaal Programma Onderwijs (NP Onderwijs)' }).click());
    assert.match(await h1(page), /Nationaal Programma Onderwijs/);
    const roles = await page.locator('.roles dt').allInnerTexts();
    assert.ok(roles.includes('Financiert'), roles.join(' | '));
    const captions = await page.locator('table.budget caption').allInnerTexts();
    assert.match(captions[0], /^Totaal: (€ )?[\d,]+ miljard/);
    assert.ok(captions.some((c) => /^Hetzelfde bedrag volgens (een andere bron|andere bronnen)/.test(c)), captions.join(' | '));
    assert.ok(captions.some((c) => /^Delen van /.test(c)), captions.join(' | '));
    assert.match(await page.locator('.budget-conflict').first().innerText(), /De bronnen noemen verschillende bedragen[\s\S]*Tel de bedragen niet bij elkaar op/);
    await shot(page, '16-budget');

    await navigated(page, () => page.getByRole('link', { name: "Netwerk en programma's" }).click());
    // Roles in the field (Leraar, 34 involvements) are listed apart, not among the organisations.
    const most = await page.locator('.chips .chip').allInnerTexts();
    assert.ok(most.length === 12 && !most.some((name) => /^(Leraar|Ouders)/.test(name)), most.join(' | '));
    assert.match(await page.locator('h2', { hasText: /^Rollen in het veld/ }).innerText(), /\(\d+\)/);
    await pickSuggestion(page, '#organisatie-zoeken', 'Gemeente Arnhem');
    assert.equal(await h1(page), 'Gemeente Arnhem');
    await navigated(page, () => page.selectOption('#diepte', '2'));
    // Every name that is shown is at least 12 px on screen and inside the drawing.
    const labels = await page.locator('svg.network').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.node text')].filter((t) => t.getClientRects().length).map((t) => {
        const box = t.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
        return { name: t.textContent, size, inside: box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom };
      });
    });
    assert.ok(labels.length >= 5, `${labels.length} names shown`);
    for (const label of labels) {
      assert.ok(label.size >= 12, `${label.name}: ${label.size.toFixed(1)} px`);
      assert.ok(label.inside, `${label.name} is cut off`);
    }
    assert.match(await page.locator('.legend').innerText(), /Band tussen organisaties/);
    const center = page.locator('svg.network g.node.center');
    await center.focus();
    assert.match(await page.locator('.edge-info').innerText(), /^Verbindingen van Gemeente Arnhem:[\s\S]*Bron: /);
    await page.keyboard.press('ArrowUp');
    const moved = await page.evaluate(() => document.activeElement.dataset.key);
    assert.ok(moved && moved !== 'gemeente-arnhem', `focus moved to ${moved}`);
    await page.locator('svg.network g.edge .edge-hit').first().hover({ force: true });
    assert.match(await page.locator('.edge-info').innerText(), /^Deze verbinding:/);
    await shot(page, '17-network');

    await pickSuggestion(page, '#naar', 'Hugo de Grootschool');
    const path = await page.locator('.path').innerText();
    assert.match(path, /Kortste verbinding: 1 stap\./);
    assert.match(path, /Gemeente Arnhem werkt samen met Hugo de Grootschool \(Arnhem\)[\s\S]*Bron: /);
    assert.doesNotMatch(path, /andersom/);

    await navigated(page, () => page.getByRole('link', { name: 'Internationaal' }).click());
    const rows = page.locator('#landentabel tbody tr');
    assert.equal(await rows.first().locator('th').innerText(), 'Nederland');
    const cells = await rows.evaluateAll((trs) => trs.slice(1).flatMap((tr) => [...tr.querySelectorAll('td:not(.missing)')])
      .map((td) => td.querySelectorAll('a.cite').length));
    assert.ok(cells.length > 20 && cells.every((n) => n >= 1), 'every figure names its source');
    await navigated(page, () => rows.nth(1).locator('a.cite').first().click());
    assert.match(page.url(), /#\/bron\/[^?]+\?plaats=/);
  },

  async 'once the API gives Evidence.quote, the passage stands under its claim and on the source page'(page) {
    // Until the schema has Evidence.quote the service refuses it; here the service is made to answer as it will.
    const QUOTE = 'Zomerscholen bleken vooral te werken voor leerlingen met een achterstand.';
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData());
      const asked = /\bquote\b/.test(body.query);
      const response = await route.fetch({ postData: JSON.stringify({ ...body, query: body.query.replace(/\bquote\b/g, '') }) });
      const json = await response.json();
      const add = (x) => {
        if (Array.isArray(x)) x.forEach(add);
        else if (x && typeof x === 'object') {
          if (asked && typeof x.claim === 'string') x.quote = QUOTE;
          Object.values(x).forEach(add);
        }
      };
      add(json.data);
      if (json.data?.__type?.fields?.some((f) => f.name === 'claim')) json.data.__type.fields.push({ name: 'quote', args: [] });
      await route.fulfill({ response, json });
    });
    await open(page, '');
    await pickSuggestion(page, '#zoekvraag', 'Zomer- of lentescholen');
    const quoted = page.locator('.evidence .quote');
    assert.equal(await quoted.count(), await page.locator('.evidence').count());
    assert.equal(await quoted.first().locator('figcaption').innerText(), 'Wat staat er in de bron?');
    assert.equal(await quoted.first().locator('blockquote').innerText(), QUOTE);
    await shot(page, '18-quote');
    await navigated(page, () => page.locator('.evidence .source-link').first().click());
    assert.equal(await page.locator('.passage-group.followed blockquote').first().innerText(), QUOTE);
    await page.unroute('**/graphql');
  },

  async 'a slow service shows that it is loading, and only when it is slow'(page) {
    await open(page, '');
    assert.ok(await page.locator('.loading').isHidden());
    await page.route('**/graphql', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
    await page.getByRole('link', { name: /^Leervertraging door corona/ }).first().click();
    await page.locator('.loading').waitFor({ state: 'visible' });
    assert.equal(await page.locator('.loading').innerText(), 'Bezig met laden…');
    await rendered(page);
    assert.ok(await page.locator('.loading').isHidden());
    await page.unroute('**/graphql');
  },

  async 'every page type passes axe-core (WCAG 2.1 AA) and its graphics reach 3:1, on desktop and phone'(page) {
    const pages = ['', '#/zoeken?q=zomerschool', '#/zoeken?q=dyslexie', '#/probleem/leervertraging', '#/interventie/mk-zomerschool',
      '#/doel/doelgebied-a', '#/bewijs/d003-ev-budget-8-5-miljard', '#/bron/d003?plaats=d003%20p.11',
      '#/vergelijk?interventies=mk-welbevinden,mk-onderwijsassistenten', '#/organisaties',
      '#/organisatie/gemeente-arnhem?diepte=2&naar=hugo-de-grootschool', '#/programma/np-onderwijs', '#/internationaal',
      '#/praktijk/d003-efficacy-trials-engeland', '#/bestaat-niet'];
    const found = [];
    for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
      await page.setViewportSize(viewport);
      for (const hash of pages) {
        await open(page, hash);
        const where = `${hash || 'start'} at ${viewport.width} px`;
        found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
        found.push(...(await lowContrastGraphics(page)).map((v) => `${where}: graphic ${v}`));
      }
    }
    assert.deepEqual(found, []);
  },
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


  async 'a search with a word the graph knows nothing about says which word found nothing'(page) {
    await open(page, '#/zoeken?q=schaken%20op%20school');
    assert.match(await page.locator('.unmatched').innerText(), /^Over “schaken” staat niets in de Onderwijsgraaf/);
    assert.ok(await page.locator('.hit-title').count() > 0);
  },

  async 'searching with a typo suggests the right word and finds the intervention'(page) {
    await open(page, '');
    await shot(page, '01-start');
    // Why not 'zomerschol': a last word that no text holds also matches the words it begins, so it needs no hint.
    await page.fill('#zoekvraag', 'zomrschool');
    await navigated(page, () => page.press('#zoekvraag', 'Enter'));
    assert.match(page.url(), /#\/zoeken\?q=zomrschool$/);
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
    assert.match(await page.locator('.callout').innerText(), /Blijf bij de les!, p\. 11/);
    await shot(page, '05-source');
  },

  async 'a stakeholder shows its network, which navigates, filters and shows a path'(page) {
    await open(page, '#/organisatie/gemeente-arnhem?diepte=2');
    const nodes = page.locator('svg.network g.node');
    // two steps out: Arnhem, four organisations, a fund, an intervention, and the programme the fund is part of
    assert.equal(await nodes.count(), 8);
    const network = await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ stakeholderNetwork(id: "gemeente-arnhem", depth: 2) { edges { from } } }' }) })).json()));
    assert.equal(await page.locator('svg.network g.edge').count(), network.data.stakeholderNetwork.edges.length,
      'every edge the API gives is drawn');
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
    for (const hash of ['', '#/probleem/leervertraging', '#/interventie/mk-zomerschool', '#/zoeken?q=corona',
      '#/vergelijk?interventies=mk-zomerschool,mk-feedback', '#/bron/d003', '#/organisatie/gemeente-arnhem?diepte=2',
      '#/programma/np-onderwijs', '#/internationaal']) {
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
