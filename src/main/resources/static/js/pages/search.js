// Search results grouped by kind, best first: problems with their best-rated interventions one step away,
// interventions with their badges. With no results: words the service knows and common problems, never an empty page.
import { h, highlight, moreButton, setTitle } from '../html.js';
import { gql } from '../api.js';
import { ratingBadges, ratingLegend } from '../cards.js';
import { compareToggle } from '../compare.js';
import { NODE_NAME_FRAGMENT, SEARCH_KIND, hrefFor, kindName } from '../labels.js';
import { allProblems, problemChips, problemsWithInterventions, searchBox } from './start.js';

const RATING = 'rating { scheme impactMonths evidenceStrength costRating }';

const SEARCH = `query($q: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount didYouMean unmatchedWords pageInfo { hasNextPage endCursor }
    facets { name values { value count } }
    edges { node { score highlights { field snippet } node { id ${NODE_NAME_FRAGMENT}
      ... on Intervention { ${RATING} }
      ... on Problem { interventions { key name ${RATING} } } } } } } }`;

const KIND_OF_TYPE = { Problem: 'PROBLEM', Intervention: 'INTERVENTION', Evidence: 'EVIDENCE', Stakeholder: 'STAKEHOLDER',
  Programme: 'PROGRAMME', Goal: 'GOAL', InternationalPractice: 'INTERNATIONAL_PRACTICE', Country: 'COUNTRY',
  TimelineEvent: 'TIMELINE_EVENT' };
const GROUP_TITLE = { PROBLEM: 'Knelpunten', INTERVENTION: 'Interventies', PROGRAMME: "Programma's",
  STAKEHOLDER: 'Organisaties', GOAL: 'Doelen', INTERNATIONAL_PRACTICE: 'Buitenlandse praktijk', COUNTRY: 'Landen',
  EVIDENCE: 'Bewijs', TIMELINE_EVENT: 'Gebeurtenissen' };
const SHOWN_PER_GROUP = 5;

// Evidence is named by its claim, which can run to a paragraph; the full text is one click away.
const shorten = (text) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);

const byImpact = (a, b) => (b.rating?.impactMonths ?? -99) - (a.rating?.impactMonths ?? -99);

/** A problem's best-rated interventions, so the answer is one step from the hit. */
function problemAnswer(problem) {
  const rated = problem.interventions.filter((i) => i.rating).sort(byImpact).slice(0, 3);
  const count = problem.interventions.length;
  return [
    rated.length ? h('ul', { class: 'top-interventions' }, rated.map((i) => h('li', {},
      h('a', { href: hrefFor('Intervention', i.key) }, i.name), ratingBadges(i.rating)))) : null,
    count ? h('p', {}, h('a', { class: 'button-link', href: hrefFor('Problem', problem.key) },
      `Alle ${count} ${count === 1 ? 'interventie' : 'interventies'} bij dit knelpunt`)) : null,
  ];
}

function hitItem(hit) {
  const node = hit.node;
  const href = hrefFor(node.__typename, node.key, { programme: node.programmes?.[0]?.key });
  // The name is the title already; English names are for the API, not for a Dutch teacher.
  const snippets = hit.highlights.filter((x) => !['name', 'title', 'nameEn'].includes(x.field)).slice(0, 2);
  return h('li', { class: `hit hit-${node.__typename.toLowerCase()}` },
    h('h3', { class: 'hit-title' }, href ? h('a', { href }, shorten(node.name)) : shorten(node.name)),
    node.__typename === 'Intervention' ? [ratingBadges(node.rating), compareToggle(node)] : null,
    snippets.map((s) => h('p', { class: 'snippet' }, highlight(s.snippet))),
    node.__typename === 'Problem' ? problemAnswer(node) : null);
}

function kindChips(q, kind, kinds) {
  return h('nav', { class: 'facets', 'aria-label': 'Soort resultaat' },
    h('ul', { class: 'chips' },
      h('li', {}, h('a', { class: 'chip', href: `#/zoeken?q=${encodeURIComponent(q)}`, 'aria-current': kind ? null : 'true' }, 'Alles')),
      kinds.map((v) => h('li', {}, h('a', { class: 'chip', 'aria-current': v.value === kind ? 'true' : null,
        href: `#/zoeken?q=${encodeURIComponent(q)}&soort=${v.value}` }, SEARCH_KIND[v.value] ?? v.value,
      h('span', { class: 'count' }, String(v.count)))))));
}

/** Whether these hits show rating badges: interventions always, problems when some have rated interventions. */
const showsBadges = (kind, hits) => kind === 'INTERVENTION'
  || (kind === 'PROBLEM' && hits.some((hit) => hit.node.interventions.some((i) => i.rating)));

/**
 * Hits grouped by kind, a few per kind, each group linking to all of its kind. The groups come in the order of their
 * best hit: a kind whose best match ranks lower must not push the best answer down the page.
 */
function groupedHits(q, hits, counts) {
  const groups = new Map();
  for (const hit of hits) {
    const kind = KIND_OF_TYPE[hit.node.__typename];
    if (kind) groups.set(kind, [...(groups.get(kind) ?? []), hit]);
  }
  let legend = ratingLegend(); // once, under the first group that shows badges
  const takeLegend = () => { const once = legend; legend = null; return once; };
  return [...groups].filter(([, list]) => list.length).map(([kind, list]) => {
    const total = counts.get(kind) ?? list.length;
    return h('section', { class: 'block hit-group', 'aria-labelledby': `groep-${kind}` },
      h('h2', { id: `groep-${kind}` }, `${GROUP_TITLE[kind]} (${total})`),
      showsBadges(kind, list.slice(0, SHOWN_PER_GROUP)) ? takeLegend() : null,
      h('ol', { class: 'hits' }, list.slice(0, SHOWN_PER_GROUP).map(hitItem)),
      total > SHOWN_PER_GROUP ? h('p', {}, h('a', { href: `#/zoeken?q=${encodeURIComponent(q)}&soort=${kind}` },
        `Alle ${total} ${GROUP_TITLE[kind].toLowerCase()}`)) : null);
  });
}

/** Words the service knows that start like the query's words: the whole text first, then each word shortened. */
async function nearbySuggestions(q) {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const prefixes = [...new Set([q, ...words, ...words.filter((w) => w.length > 4).map((w) => w.slice(0, 4))])].slice(0, 6);
  const data = await gql(`query(${prefixes.map((_, i) => `$p${i}: String!`).join(', ')}) {
    ${prefixes.map((_, i) => `s${i}: suggest(prefix: $p${i}) { text kind node { ${NODE_NAME_FRAGMENT} } }`).join(' ')} }`,
  Object.fromEntries(prefixes.map((p, i) => [`p${i}`, p.slice(0, 100)])));
  const seen = new Set();
  return prefixes.flatMap((_, i) => data[`s${i}`]).filter((s) => !seen.has(s.text) && seen.add(s.text)).slice(0, 8);
}

/** “a”, “a” en “b”, “a”, “b” en “c”: words quoted and listed as a sentence says them. */
function listed(words) {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} en ${quoted[quoted.length - 1]}` : quoted[0];
}

async function noResults(q, didYouMean) {
  const [suggestions, { withInterventions, common }] = await Promise.all([nearbySuggestions(q), problemsWithInterventions()]);
  return h('section', { class: 'block no-results', 'aria-labelledby': 'kop-verder' },
    h('h2', { id: 'kop-verder' }, `Niets gevonden voor “${q}”. Zo kunt u verder:`),
    didYouMean ? null : h('p', {}, 'Probeer een ander of korter woord, of kies hieronder.'),
    suggestions.length ? [h('h3', {}, 'Woorden die de Onderwijsgraaf kent'),
      h('ul', { class: 'links' }, suggestions.map((s) => {
        const href = hrefFor(s.node.__typename, s.node.key, { programme: s.node.programmes?.[0]?.key });
        return h('li', {}, h('a', { href: href ?? `#/zoeken?q=${encodeURIComponent(s.text)}` }, s.text),
          h('span', { class: 'kind' }, ` ${kindName(s.kind, s.node)}`));
      }))] : null,
    h('h3', {}, 'Knelpunten waar scholen vaak tegenaan lopen'),
    problemChips(common),
    allProblems(withInterventions));
}

export async function searchPage(params) {
  const q = (params.get('q') ?? '').trim();
  const kind = params.get('soort') || null;
  setTitle(q ? `Zoeken: ${q}` : 'Zoeken');
  const top = [h('h1', { tabindex: '-1' }, q ? `Zoekresultaten voor “${q}”` : 'Zoeken'), searchBox(q)];
  if (!q) return top;
  const variables = { q: q.slice(0, 500), kinds: kind ? [kind] : null, first: kind ? 20 : 60 };
  const data = (await gql(SEARCH, variables)).search;
  const kinds = data.facets.find((f) => f.name === 'KIND')?.values ?? [];
  const counts = new Map(kinds.map((v) => [v.value, v.count]));

  let results;
  if (!data.totalCount) {
    results = await noResults(q, data.didYouMean);
  } else if (kind) {
    // One kind: every hit, a page at a time.
    const list = h('ol', { class: 'hits' }, data.edges.map((e) => hitItem(e.node)));
    const more = moreButton('Meer resultaten', list, data,
      async (after) => (await gql(SEARCH, { ...variables, after })).search, hitItem);
    results = [h('h2', { class: 'visually-hidden' }, GROUP_TITLE[kind] ?? kind), list, more];
  } else {
    results = groupedHits(q, data.edges.map((e) => e.node), counts);
  }

  return [
    ...top,
    data.didYouMean ? h('p', { class: 'did-you-mean' }, 'Bedoelde u: ',
      h('a', { href: `#/zoeken?q=${encodeURIComponent(data.didYouMean)}` }, data.didYouMean), '?') : null,
    data.totalCount && data.unmatchedWords.length ? h('p', { class: 'unmatched' },
      `Over ${listed(data.unmatchedWords)} staat niets in de Onderwijsgraaf; deze resultaten passen bij de andere woorden.`) : null,
    kinds.length > 1 || kind ? kindChips(q, kind, kinds) : null,
    h('p', { class: 'meta', role: 'status' }, data.totalCount === 1 ? '1 resultaat' : `${data.totalCount} resultaten`),
    ...[results].flat(),
  ];
}
