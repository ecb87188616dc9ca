// Interventions side by side: impact, evidence and cost per rating scheme, sector, status, problems, who can help,
// and the sources. The keys are in the URL (`#/vergelijk?interventies=a,b`), so the comparison can be shared.
import { h, setTitle } from '../html.js';
import { gql } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { ratingBadges, ratingLegend } from '../cards.js';
import { MAX_COMPARED, choose, compareHref } from '../compare.js';
import { evidenceFields, INVOLVEMENT_FIELDS, involvementsByRole, isRole, quoteBlock, sourceLink } from '../evidence.js';
import { EVIDENCE_KIND, INTERVENTION_KIND, SCHEME, STATUS, hrefFor } from '../labels.js';

const SCHEMES = ['EEF_TOOLKIT', 'MENUKAART_V2', 'MENUKAART_V1'];

const fields = (evidence) => `key name kind status summary
  rating { scheme impactMonths evidenceStrength costRating }
  sectors { name } problems { key name } stakeholders { ${INVOLVEMENT_FIELDS} } evidence { ${evidence} }`;

function schemeCell(item, scheme) {
  const ev = item.evidence.find((e) => e.ratingScheme === scheme);
  if (!ev) return h('td', { class: 'missing' }, 'niet beoordeeld');
  return h('td', {}, ratingBadges({ scheme, impactMonths: ev.impactMonths, evidenceStrength: ev.evidenceStrength,
    costRating: ev.costRating }, { withScheme: false }),
  ev.numberOfStudies != null ? h('p', { class: 'meta' }, `${ev.numberOfStudies} studies`) : null,
  ev.provenance[0] ? h('p', { class: 'meta' }, sourceLink(ev.provenance[0])) : null);
}

function sourcesCell(item) {
  const items = item.evidence.filter((e) => !e.ratingScheme);
  if (!items.length) return h('td', { class: 'missing' }, 'geen');
  return h('td', {}, h('ul', { class: 'compare-sources' }, items.map((ev) => h('li', {},
    h('span', { class: 'kind' }, EVIDENCE_KIND[ev.kind] ?? ev.kind), ' ', ev.claim,
    quoteBlock(ev.quote, ev.provenance),
    ev.provenance[0] && !ev.quote ? h('span', { class: 'meta' }, ' (', sourceLink(ev.provenance[0]), ')') : null))));
}

export async function comparePage(params) {
  const keys = [...new Set((params.get('interventies') ?? '').split(',').map((k) => k.trim()).filter(Boolean))]
    .slice(0, MAX_COMPARED);
  setTitle('Interventies vergelijken');
  let found = [];
  let missing = [];
  if (keys.length) {
    const evidence = await evidenceFields();
    const vars = keys.map((_, i) => `$k${i}: String!`).join(', ');
    const body = keys.map((_, i) => `i${i}: intervention(key: $k${i}) { ${fields(evidence)} }`).join(' ');
    const data = await gql(`query(${vars}) { ${body} }`, Object.fromEntries(keys.map((k, i) => [`k${i}`, k])));
    found = keys.map((_, i) => data[`i${i}`]).filter(Boolean);
    missing = keys.filter((_, i) => !data[`i${i}`]);
  }
  choose(found.map((x) => ({ key: x.key, name: x.name })));
  const withoutOne = (key) => compareHref(found.map((x) => x.key).filter((k) => k !== key));

  const add = found.length < MAX_COMPARED ? h('form', { class: 'search', onsubmit: (e) => e.preventDefault() },
    autocomplete({ id: 'toevoegen', label: found.length ? 'Nog een interventie toevoegen' : 'Kies een interventie',
      kinds: ['INTERVENTION'], placeholder: 'bijvoorbeeld: tutoring, zomerschool',
      onPick: (s) => { location.hash = compareHref([...found.map((x) => x.key), s.node.key]); } })) : null;

  const intro = [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Vergelijken'),
    h('h1', { tabindex: '-1' }, 'Interventies vergelijken'),
    missing.length ? h('p', { class: 'callout', role: 'status' }, `Niet gevonden: ${missing.join(', ')}.`) : null,
  ];
  if (found.length < 2) {
    return [...intro,
      h('p', { class: 'lead' }, 'Kies twee tot vier interventies met de knop “Vergelijk” op een kaart of op de pagina van een interventie, of zoek ze hieronder.'),
      add];
  }

  const row = (title, cell) => h('tr', {}, h('th', { scope: 'row' }, title), found.map(cell));
  const organisations = (item) => item.stakeholders.filter((inv) => !isRole(inv));
  const roles = (item) => item.stakeholders.filter(isRole);
  return [
    ...intro,
    h('p', { class: 'lead' }, `${found.length} interventies naast elkaar. De link van deze pagina bewaart de keuze: deel hem met uw team.`),
    ratingLegend(),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'vergelijk-caption' },
      h('table', { class: 'compare side-by-side', id: 'vergelijking' },
        h('caption', { id: 'vergelijk-caption' }, `Vergelijking: ${found.map((x) => x.name).join(', ')}`),
        h('thead', {}, h('tr', {}, h('td', {}), found.map((item) => h('th', { scope: 'col' },
          h('a', { href: hrefFor('Intervention', item.key) }, item.name),
          h('p', {}, h('a', { class: 'meta', href: withoutOne(item.key) }, 'Weghalen',
            h('span', { class: 'visually-hidden' }, ` ${item.name} uit de vergelijking`))))))),
        h('tbody', {},
          row('Samenvatting', (item) => h('td', {}, item.summary)),
          row('Beoordeling op de kaart', (item) => h('td', {}, ratingBadges(item.rating))),
          SCHEMES.filter((scheme) => found.some((item) => item.evidence.some((e) => e.ratingScheme === scheme)))
            .map((scheme) => row(SCHEME[scheme], (item) => schemeCell(item, scheme))),
          row('Sector', (item) => h('td', {}, item.sectors.map((s) => s.name).join(', ') || 'niet vermeld')),
          row('Status', (item) => h('td', {}, STATUS[item.status] ?? item.status)),
          row('Soort', (item) => h('td', {}, INTERVENTION_KIND[item.kind] ?? item.kind)),
          row('Knelpunten die het aanpakt', (item) => h('td', {}, item.problems.length
            ? h('ul', { class: 'links' }, item.problems.map((p) => h('li', {}, h('a', { href: hrefFor('Problem', p.key) }, p.name))))
            : 'niet vermeld')),
          row('Organisaties die kunnen helpen', (item) => h('td', {},
            organisations(item).length ? involvementsByRole(organisations(item)) : 'De bronnen noemen geen organisatie.')),
          found.some((item) => roles(item).length)
            ? row('Wie in en om de school', (item) => h('td', {}, roles(item).length ? involvementsByRole(roles(item)) : '—'))
            : null,
          row('Wat de bronnen zeggen', sourcesCell)))),
    add,
  ];
}
