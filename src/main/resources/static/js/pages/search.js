// Search results, best first, with "bedoelde u…" when words of the query are unknown.
import { h, highlight, note, setTitle } from '../html.js';
import { gql } from '../api.js';
import { NODE_NAME_FRAGMENT, SEARCH_KIND, hrefFor } from '../labels.js';
import { searchBox } from './start.js';

const SEARCH = `query($q: String!, $kinds: [SearchKind!], $after: String) {
  search(query: $q, kinds: $kinds, first: 20, after: $after) {
    totalCount didYouMean pageInfo { hasNextPage endCursor }
    facets { name values { value count } }
    edges { node { score highlights { field snippet } node { id ${NODE_NAME_FRAGMENT} } } } } }`;

// Evidence is named by its claim, which can run to a paragraph; the full text is one click away.
const shorten = (text) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);

function hitItem(hit) {
  const node = hit.node;
  const href = hrefFor(node.__typename, node.key, { programme: node.programmes?.[0]?.key });
  const kind = Object.entries({ Problem: 'PROBLEM', Intervention: 'INTERVENTION', Evidence: 'EVIDENCE',
    Stakeholder: 'STAKEHOLDER', Programme: 'PROGRAMME', Goal: 'GOAL', InternationalPractice: 'INTERNATIONAL_PRACTICE',
    Country: 'COUNTRY', TimelineEvent: 'TIMELINE_EVENT' }).find(([t]) => t === node.__typename)?.[1];
  const snippets = hit.highlights.filter((x) => x.field !== 'name' && x.field !== 'title').slice(0, 2);
  return h('li', { class: 'hit' },
    h('span', { class: 'kind' }, SEARCH_KIND[kind] ?? node.__typename),
    h('h2', { class: 'hit-title' }, href ? h('a', { href }, shorten(node.name)) : shorten(node.name)),
    snippets.map((s) => h('p', { class: 'snippet' }, highlight(s.snippet))));
}

export async function searchPage(params) {
  const q = (params.get('q') ?? '').trim();
  const kind = params.get('soort') || null;
  setTitle(q ? `Zoeken: ${q}` : 'Zoeken');
  const top = [h('h1', { tabindex: '-1' }, q ? `Zoekresultaten voor “${q}”` : 'Zoeken'), searchBox(q)];
  if (!q) return top;
  const variables = { q: q.slice(0, 500), kinds: kind ? [kind] : null };
  const data = (await gql(SEARCH, variables)).search;
  const kinds = data.facets.find((f) => f.name === 'KIND')?.values ?? [];
  const list = h('ol', { class: 'hits' }, data.edges.map((e) => hitItem(e.node)));
  let cursor = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
  const more = h('button', { type: 'button', hidden: !cursor, onclick: async () => {
    const next = (await gql(SEARCH, { ...variables, after: cursor })).search;
    list.append(...next.edges.map((e) => hitItem(e.node)));
    cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    more.hidden = !cursor;
  } }, 'Meer resultaten');

  return [
    ...top,
    data.didYouMean ? h('p', { class: 'did-you-mean' }, 'Bedoelde u: ',
      h('a', { href: `#/zoeken?q=${encodeURIComponent(data.didYouMean)}` }, data.didYouMean), '?') : null,
    kinds.length > 1 || kind ? h('nav', { class: 'facets', 'aria-label': 'Soort resultaat' },
      h('ul', { class: 'chips' },
        h('li', {}, h('a', { class: 'chip', href: `#/zoeken?q=${encodeURIComponent(q)}`, 'aria-current': kind ? null : 'true' }, 'Alles')),
        kinds.map((v) => h('li', {}, h('a', { class: 'chip', 'aria-current': v.value === kind ? 'true' : null,
          href: `#/zoeken?q=${encodeURIComponent(q)}&soort=${v.value}` }, SEARCH_KIND[v.value] ?? v.value,
        h('span', { class: 'count' }, String(v.count))))))) : null,
    h('p', { class: 'meta', role: 'status' }, data.totalCount === 1 ? '1 resultaat' : `${data.totalCount} resultaten`),
    data.totalCount ? list : note('Niets gevonden. Probeer een ander woord.'),
    more,
  ];
}
