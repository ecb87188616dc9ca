// Start: one search box, and browsing by problem ("Waar loopt u tegenaan?") and by doelgebied.
import { h, setTitle } from '../html.js';
import { gql, gqlAll } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { DOMAIN, hrefFor } from '../labels.js';
import { go } from '../router.js';

/** Opens a suggestion's own page, or searches for its text when its kind has none. */
export function openSuggestion(suggestion) {
  const node = suggestion.node;
  const href = hrefFor(node.__typename, node.key, { programme: node.programmes?.[0]?.key });
  if (href) location.hash = href;
  else go('zoeken', { q: suggestion.text });
}

export function searchBox(value = '') {
  return h('form', { class: 'search', role: 'search', onsubmit: (e) => e.preventDefault() },
    autocomplete({ id: 'zoekvraag', label: 'Zoek een knelpunt, interventie, organisatie of programma', value,
      placeholder: 'bijvoorbeeld: lerarentekort, zomerschool, bijles', buttonText: 'Zoeken',
      onPick: openSuggestion, onSubmit: (text) => go('zoeken', { q: text }) }));
}

/** The problems that have interventions, and the twelve with the most of them. */
export async function problemsWithInterventions() {
  const problems = await gqlAll('problems', 'key name domain interventions { key }');
  const withInterventions = problems.filter((p) => p.interventions.length > 0);
  const common = [...withInterventions].sort((a, b) => b.interventions.length - a.interventions.length).slice(0, 12);
  return { withInterventions, common };
}

/** Problems as chips, each with its number of interventions. */
export function problemChips(problems) {
  return h('ul', { class: 'chips' }, problems.map((p) => h('li', {},
    h('a', { class: 'chip', href: hrefFor('Problem', p.key) }, p.name,
      h('span', { class: 'count', 'aria-label': `${p.interventions.length} interventies` }, String(p.interventions.length))))));
}

/** Every problem with interventions, by domain, folded. */
export function allProblems(problems) {
  const byDomain = Object.keys(DOMAIN).map((domain) => [domain,
    problems.filter((p) => p.domain === domain).sort((a, b) => a.name.localeCompare(b.name, 'nl'))]);
  return h('details', { class: 'all-problems' },
    h('summary', {}, `Alle ${problems.length} knelpunten`),
    byDomain.filter(([, list]) => list.length).map(([domain, list]) => h('div', {},
      h('h3', {}, DOMAIN[domain]),
      h('ul', { class: 'columns' }, list.map((p) => h('li', {}, h('a', { href: hrefFor('Problem', p.key) }, p.name)))))));
}

export async function startPage() {
  setTitle('Zoeken');
  const [{ withInterventions, common }, goals] = await Promise.all([
    problemsWithInterventions(),
    gql(`{ goals(first: 100) { edges { node { key name type code interventions { key } } } } }`),
  ]);
  const doelgebieden = goals.goals.edges.map((e) => e.node).filter((g) => g.type === 'DOELGEBIED');
  return [
    h('section', { class: 'hero' },
      h('h1', { tabindex: '-1' }, 'Wat werkt in het onderwijs?'),
      h('p', { class: 'lead' }, 'Vind interventies bij het knelpunt van uw school, met het bewijs erachter: hoeveel maanden extra leergroei, hoe sterk het bewijs is en wat het kost.'),
      searchBox()),
    h('section', { class: 'block', 'aria-labelledby': 'kop-knelpunt' },
      h('h2', { id: 'kop-knelpunt' }, 'Waar loopt u tegenaan?'),
      problemChips(common),
      allProblems(withInterventions)),
    h('section', { class: 'block', 'aria-labelledby': 'kop-doelgebied' },
      h('h2', { id: 'kop-doelgebied' }, 'Doelgebieden van de menukaart'),
      h('ul', { class: 'cards goals' }, doelgebieden.map((g) => h('li', { class: 'card' },
        h('a', { href: hrefFor('Goal', g.key), class: 'card-link' },
          h('span', { class: 'goal-code', 'aria-hidden': 'true' }, g.code),
          h('span', {}, h('span', { class: 'visually-hidden' }, `Doelgebied ${g.code}: `), g.name)),
        h('p', { class: 'meta' }, `${g.interventions.length} interventies`))))),
    h('section', { class: 'block two-col' },
      h('div', {}, h('h2', {}, 'Voor programmamanagers'),
        h('p', {}, 'Wie financiert, voert uit en adviseert wat? Bekijk het netwerk van organisaties, de kortste verbinding tussen twee organisaties en de programma\'s met hun budget en tijdlijn.'),
        h('p', {}, h('a', { href: '#/organisaties', class: 'button-link' }, 'Naar netwerk en programma\'s'))),
      h('div', {}, h('h2', {}, 'Internationaal'),
        h('p', {}, 'Vergelijk salarissen, klasgrootte en het lerarentekort in andere landen, elk bedrag in de eigen valuta van de bron.'),
        h('p', {}, h('a', { href: '#/internationaal', class: 'button-link' }, 'Naar de landenvergelijking')))),
  ];
}
