// The API as a dashboard's own code uses it, with real clients: fetch for GET/ETag/304, CORS preflights and Apollo's
// automatic persisted queries (the protocol Apollo Client's persisted-queries link and urql speak), and the graphql-ws
// client for a subscription; GraphiQL in Debian's headless Chromium (skipped where it is not installed). Usage: node dashboard.spec.mjs <baseUrl> <curatorToken> <allowedOrigin>. Prints one
// line per scenario and a closing "N passed, N failed" line; exits 0 only when every scenario passed.
import { createClient } from 'graphql-ws';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import WebSocket from 'ws';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';

const [baseUrl, curatorToken, allowedOrigin] = process.argv.slice(2);
if (!baseUrl || !curatorToken || !allowedOrigin) {
  console.error('usage: node dashboard.spec.mjs <baseUrl> <curatorToken> <allowedOrigin>');
  process.exit(2);
}
const endpoint = `${baseUrl}/graphql`;
const JSON_TYPE = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
let created = 0;

async function post(body, headers = {}) {
  const response = await fetch(endpoint, { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body) });
  return { response, json: await response.json() };
}

/** A curator's change, as a curation tool makes it. */
async function createProblem() {
  const key = `dashboardprobleem-${process.pid}-${created++}`;
  const { json } = await post({
    query: 'mutation($input: CreateProblemInput!) { createProblem(input: $input) { errors { code } } }',
    variables: { input: { key, name: `Probleem voor het dashboard ${created}`, nameEn: 'Dashboard', domain: 'EDUCATION',
      summary: 'Een probleem dat een curator toevoegt terwijl een dashboard kijkt.', provenance: ['d003 p.12'] } },
  }, { Authorization: `Bearer ${curatorToken}` });
  assert.deepEqual(json.data.createProblem.errors, [], JSON.stringify(json));
  return key;
}

const get = (params, headers = {}) => fetch(`${endpoint}?${new URLSearchParams(params)}`,
  { headers: { Accept: 'application/graphql-response+json', ...headers } });

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const scenarios = {
  async 'a GET answers with an ETag, 304 while the graph is unchanged, and a new answer after a change'() {
    const query = '{ problems(first: 100) { totalCount } }';
    const first = await get({ query });
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'ETag header');
    assert.equal(first.headers.get('cache-control'), 'public, no-cache');
    const total = (await first.json()).data.problems.totalCount;
    const again = await get({ query }, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    await createProblem();
    const changed = await get({ query }, { 'If-None-Match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal((await changed.json()).data.problems.totalCount, total + 1);
  },

  async 'a mutation sent with GET is refused with 405 and changes nothing'() {
    const response = await get({ query: 'mutation { whoami }' }, { Authorization: `Bearer ${curatorToken}` });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
    assert.equal((await response.json()).errors[0].extensions.code, 'METHOD_NOT_ALLOWED');
  },

  async 'large answers are gzipped'() {
    const response = await get({ query: '{ interventions(first: 100) { edges { node { key name summary } } } }' },
      { 'Accept-Encoding': 'gzip' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.equal((await response.json()).data.interventions.edges.length, 100);
  },

  async 'a CORS preflight from the allowed origin is allowed, without credentials'() {
    const response = await fetch(endpoint, { method: 'OPTIONS', headers: { Origin: allowedOrigin,
      'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), allowedOrigin);
    assert.match(response.headers.get('access-control-allow-methods'), /POST/);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
    const read = await post({ query: '{ problems { totalCount } }' }, { Origin: allowedOrigin });
    assert.equal(read.response.headers.get('access-control-allow-origin'), allowedOrigin);
  },

  async 'a CORS preflight from a foreign origin is refused'() {
    const response = await fetch(endpoint, { method: 'OPTIONS', headers: { Origin: 'https://elders.example.com',
      'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const read = await post({ query: '{ problems { totalCount } }' }, { Origin: 'https://elders.example.com' });
    assert.equal(read.response.headers.get('access-control-allow-origin'), null);
  },

  async 'automatic persisted queries: not found first, then registered, then by hash alone with POST and GET'() {
    const query = `query Dashboard${process.pid}($first: Int) { interventions(first: $first) { totalCount } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await post({ extensions, variables: { first: 1 } });
    assert.equal(unknown.json.errors[0].message, 'PersistedQueryNotFound');
    assert.equal(unknown.json.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions, variables: { first: 1 } });
    const total = registered.json.data.interventions.totalCount;
    assert.ok(total > 0);
    const byHash = await post({ extensions, variables: { first: 2 } });
    assert.equal(byHash.json.data.interventions.totalCount, total);
    const byGet = await get({ extensions: JSON.stringify(extensions), variables: JSON.stringify({ first: 3 }) });
    assert.equal(byGet.status, 200);
    assert.ok(byGet.headers.get('etag'));
    assert.equal((await byGet.json()).data.interventions.totalCount, total);
    const wrong = await post({ query: '{ problems { totalCount } }', extensions });
    assert.equal(wrong.json.errors[0].extensions.code, 'BAD_USER_INPUT');
  },

  async 'a chart comes from one GET: named buckets, a cross-tab with margins, rating figures, a chosen scheme'() {
    const query = `{ interventionStats(where: {problems: {key: {eq: "leervertraging"}}}) {
        byProblem { value name count node { id } }
        crossTab(rows: DOELGEBIED, columns: EVIDENCE_STRENGTH) {
          rows { value name count } columns { value count } cells { row column count } }
        impact: ratingFigures(figure: IMPACT_MONTHS) { count min max avg sum } }
      intervention(key: "mk-vroegschoolse-interventies") {
        rating { scheme impactMonths } v2: rating(scheme: MENUKAART_V2) { impactMonths } }
      countryAttributeKeys { key countryCount units currencies } }`;
    const response = await get({ query });
    assert.equal(response.status, 200);
    const { data, errors } = await response.json();
    assert.equal(errors, undefined, JSON.stringify(errors));
    const stats = data.interventionStats;
    const bar = stats.byProblem.find((bucket) => bucket.value === 'leervertraging');
    assert.ok(bar.name && bar.node.id, 'a bucket carries the name and node to label its bar');
    for (const row of stats.crossTab.rows) {
      const cells = stats.crossTab.cells.filter((cell) => cell.row === row.value);
      assert.equal(cells.reduce((sum, cell) => sum + cell.count, 0), row.count, `row ${row.value}`);
    }
    const impact = stats.impact;
    assert.ok(impact.count > 0 && impact.min <= impact.avg && impact.avg <= impact.max, JSON.stringify(impact));
    assert.deepEqual(data.intervention.rating, { scheme: 'MENUKAART_V1', impactMonths: 5 });
    assert.equal(data.intervention.v2.impactMonths, null);
    assert.ok(data.countryAttributeKeys.some((key) => key.currencies.length > 0 && key.countryCount > 1));
  },

  async 'a path and a network agree on distance, and an unknown stakeholder is NOT_FOUND, not unconnected'() {
    const { json } = await post({ query: `{ stakeholderPath(from: "gemeente-arnhem", to: "ministerie-ocw") { length }
      stakeholderNetwork(id: "gemeente-arnhem", depth: 3) { nodes { key distance } } }` });
    const ocw = json.data.stakeholderNetwork.nodes.find((node) => node.key === 'ministerie-ocw');
    assert.equal(ocw.distance, json.data.stakeholderPath.length);
    const unknown = await post({ query: '{ stakeholderPath(from: "gemeente-arnhem", to: "bestaat-niet") { length } }' });
    assert.equal(unknown.json.errors[0].extensions.code, 'NOT_FOUND');
    assert.equal(unknown.json.errors[0].extensions.argument, 'to');
    assert.equal(unknown.json.data.stakeholderPath, null);
    const network = await post({ query: `{ stakeholderNetwork(id: "bestaat-niet") { center { key } nodes { key } }
      problems(first: 1) { totalCount } }` });
    assert.equal(network.json.errors[0].extensions.code, 'NOT_FOUND');
    assert.deepEqual(network.json.data.stakeholderNetwork, { center: null, nodes: [] });
    assert.ok(network.json.data.problems.totalCount > 0, 'the other fields keep their answers');
  },

  async 'a graphql-ws subscription receives a curator\'s change'() {
    const client = createClient({ url: endpoint.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const keys = new Set();
    try {
      const received = new Promise((resolve, reject) => {
        client.subscribe({ query: 'subscription { graphChanged { kind key id operation generation sequence at } }' },
          { next: ({ data, errors }) => (errors ? reject(new Error(JSON.stringify(errors))) : resolve(data.graphChanged)),
            error: reject, complete: () => reject(new Error('the subscription ended without an event')) });
      });
      // Why more than one change: the server starts following the log once it has the subscription, which the
      // protocol does not acknowledge; a change made before that would not be pushed.
      let event = null;
      for (let attempt = 0; event === null && attempt < 60; attempt++) {
        keys.add(await createProblem());
        event = await Promise.race([received, new Promise((resolve) => setTimeout(() => resolve(null), 1000))]);
      }
      assert.ok(event, 'no event within 60 changes');
      assert.equal(event.kind, 'Problem');
      assert.equal(event.operation, 'CREATE');
      assert.ok(keys.has(event.key), `${event.key} is one of ours`);
      assert.equal(event.curator, undefined);
    } finally {
      await client.dispose();
    }
  },
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  scenarios['GraphiQL renders with no request leaving the service'] = async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
        '--disable-component-update', '--disable-sync'] });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await context.route((url) => !url.href.startsWith(baseUrl), (route) => {
        problems.push(`request outside the service: ${route.request().url()}`);
        return route.abort();
      });
      await page.goto(`${baseUrl}/graphiql`);
      await page.waitForSelector('.graphiql-container .graphiql-query-editor', { timeout: 60_000 });
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  };
} else {
  console.log(`# skipped GraphiQL in a browser: no Chromium at ${CHROMIUM}`);
}

let passed = 0;
let failed = 0;
for (const [name, scenario] of Object.entries(scenarios)) {
  try {
    await scenario();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error.stack ?? error).split('\n').join('\n  ')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
