// A doelgebied or other goal, with the interventions that serve it.
import { h, linkList, setTitle } from '../html.js';
import { gql } from '../api.js';
import { CARD_FIELDS, interventionCard, ratingLegend } from '../cards.js';
import { provenanceLine } from '../evidence.js';
import { hrefFor } from '../labels.js';

export async function goalPage(key) {
  const { goal } = await gql(`query($key: String!) { goal(key: $key) { key name type code summary
    programmes { key name } interventions { ${CARD_FIELDS} } provenance { label page lines row source { key title } } } }`, { key });
  if (!goal) {
    setTitle('Doel niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Doel niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
  }
  setTitle(goal.name);
  // Rated interventions first, by months of progress, as on the menukaart.
  const byImpact = [...goal.interventions].sort((a, b) =>
    (b.rating?.impactMonths ?? -99) - (a.rating?.impactMonths ?? -99) || a.name.localeCompare(b.name, 'nl'));
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Doel'),
    goal.type === 'DOELGEBIED' ? h('p', { class: 'eyebrow' }, `Doelgebied ${goal.code}`) : null,
    h('h1', { tabindex: '-1' }, goal.name),
    goal.summary ? h('p', { class: 'lead' }, goal.summary) : null,
    provenanceLine(goal.provenance),
    linkList('Hoort bij', goal.programmes, (p) => hrefFor('Programme', p.key)),
    h('section', { class: 'block' }, h('h2', {}, `Interventies (${byImpact.length})`), ratingLegend(),
      h('ul', { class: 'cards results' }, byImpact.map(interventionCard))),
  ];
}
