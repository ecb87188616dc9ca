// Results for a problem: its interventions ranked by the evidence, with filters kept in the URL.
import { h, moreButton, note, setTitle } from '../html.js';
import { gql } from '../api.js';
import { CARD_FIELDS, interventionCard, ratingLegend } from '../cards.js';
import { STATUS, hrefFor } from '../labels.js';
import { go } from '../router.js';

const PAGE = `query($problem: ID!, $where: InterventionFilter, $orderBy: InterventionOrder, $after: String) {
  interventionsForProblem(problem: $problem, where: $where, orderBy: $orderBy, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CARD_FIELDS} } } } }`;

const ORDERS = { RELEVANCE: 'Best onderbouwd', IMPACT: 'Meeste leergroei', EVIDENCE: 'Sterkste bewijs',
  COST: 'Laagste kosten', NAME: 'Naam' };
const DOELGEBIEDEN = ['A', 'B', 'C', 'D', 'E', 'F'];

const list = (params, name) => (params.get(name) ?? '').split(',').filter(Boolean);

/** The filter state of the URL, reduced to values the API accepts. */
function filterFromUrl(params) {
  const number = (name, min, max) => {
    const n = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  };
  return {
    sector: list(params, 'sector'),
    doelgebied: list(params, 'doel').filter((c) => DOELGEBIEDEN.includes(c)),
    minEvidenceStrength: number('bewijs', 0, 5),
    maxCost: number('kosten', 1, 5),
    status: list(params, 'status').filter((s) => s in STATUS),
    orderBy: params.get('volgorde') in ORDERS ? params.get('volgorde') : 'RELEVANCE',
  };
}

function checkboxes(legend, name, options, checked) {
  return h('fieldset', { class: 'filter' }, h('legend', {}, legend),
    options.map(([value, text]) => {
      const id = `f-${name}-${value}`;
      return h('div', { class: 'check' },
        h('input', { type: 'checkbox', id, name, value, checked: checked.includes(value) }),
        h('label', { for: id }, text));
    }));
}

function select(label, id, options, value) {
  return h('div', { class: 'filter' }, h('label', { for: id }, label),
    h('select', { id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: String(value ?? '') === v }, text))));
}

// On a phone the filters start folded, so the results are in view first; once opened they stay open while the user
// chooses, though every choice renders the page anew.
let filtersOpen = null;

function filterForm(key, filter, sectors) {
  const details = h('details', { open: filtersOpen ?? matchMedia('(min-width: 761px)').matches },
    h('summary', { class: 'filters-title' }, 'Filter'),
    select('Volgorde', 'volgorde', Object.entries(ORDERS), filter.orderBy),
    select('Minimale bewijskracht', 'bewijs', [['', 'Alle'], ...[1, 2, 3, 4, 5].map((n) => [String(n), `${n} van 5 of meer`])], filter.minEvidenceStrength),
    select('Maximale kosten', 'kosten', [['', 'Alle'], ...[1, 2, 3, 4, 5].map((n) => [String(n), `${'€'.repeat(n)} of minder`])], filter.maxCost),
    checkboxes('Sector', 'sector', sectors.map((s) => [s.key, s.name]), filter.sector),
    checkboxes('Doelgebied', 'doel', DOELGEBIEDEN.map((c) => [c, `Doelgebied ${c}`]), filter.doelgebied),
    checkboxes('Status', 'status', Object.entries(STATUS), filter.status),
    h('p', {}, h('a', { href: hrefFor('Problem', key) }, 'Alle filters wissen')));
  details.addEventListener('toggle', () => { filtersOpen = details.open; });
  const form = h('form', { class: 'filters', 'aria-label': 'Filters' }, details);
  // Every change becomes a new URL: shareable, and the back button undoes it.
  form.addEventListener('change', () => {
    const data = new FormData(form);
    go(`probleem/${encodeURIComponent(key)}`, {
      sector: data.getAll('sector'), doel: data.getAll('doel'), bewijs: data.get('bewijs'),
      kosten: data.get('kosten'), status: data.getAll('status'),
      volgorde: data.get('volgorde') === 'RELEVANCE' ? null : data.get('volgorde'),
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

export async function problemPage(key, params) {
  const filter = filterFromUrl(params);
  const { orderBy, ...where } = filter;
  const variables = { problem: key, where, orderBy };
  const data = await gql(`query($key: String!) {
    problem(key: $key) { key name summary aliases related { key name } practices { key name country { name } } }
    sectors(first: 100) { edges { node { key name } } } }`, { key });
  if (!data.problem) {
    setTitle('Knelpunt niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Knelpunt niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
  }
  const problem = data.problem;
  const results = (await gql(PAGE, variables)).interventionsForProblem;
  setTitle(problem.name);

  const cards = h('ul', { class: 'cards results', id: 'resultaten' }, results.edges.map((e) => interventionCard(e.node)));
  const more = moreButton('Meer interventies', cards, results,
    async (after) => (await gql(PAGE, { ...variables, after })).interventionsForProblem, interventionCard);

  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Knelpunt'),
    h('h1', { tabindex: '-1' }, problem.name),
    h('p', { class: 'lead' }, problem.summary),
    problem.aliases.length ? h('p', { class: 'meta' }, `Ook genoemd: ${problem.aliases.join(', ')}`) : null,
    h('div', { class: 'with-sidebar' },
      filterForm(problem.key, filter, data.sectors.edges.map((e) => e.node)),
      h('section', { class: 'results-area', 'aria-labelledby': 'kop-resultaten' },
        h('h2', { id: 'kop-resultaten' }, 'Interventies'),
        h('p', { class: 'meta', role: 'status', id: 'aantal' },
          results.totalCount === 1 ? '1 interventie' : `${results.totalCount} interventies`),
        ratingLegend(),
        results.totalCount ? cards : note('Geen interventies met deze filters. Verruim de filters.'),
        more,
        problem.related.length ? h('section', { class: 'block' }, h('h2', {}, 'Verwante knelpunten'),
          h('ul', { class: 'chips' }, problem.related.map((p) => h('li', {}, h('a', { class: 'chip', href: hrefFor('Problem', p.key) }, p.name))))) : null,
        problem.practices.length ? h('section', { class: 'block' }, h('h2', {}, 'Zo pakken andere landen het aan'),
          h('ul', { class: 'links' }, problem.practices.map((p) => h('li', {},
            h('a', { href: hrefFor('InternationalPractice', p.key) }, p.name), ` (${p.country.name})`)))) : null)),
  ];
}
