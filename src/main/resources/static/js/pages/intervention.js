// An intervention: what it is, the problems it addresses, all its evidence with sources, who is involved.
import { h, linkList, setTitle } from '../html.js';
import { gql } from '../api.js';
import { ratingBadges, ratingLegend } from '../cards.js';
import { compareToggle } from '../compare.js';
import { evidenceFields, INVOLVEMENT_FIELDS, evidenceItem, provenanceLine, stakeholdersByRole } from '../evidence.js';
import { INTERVENTION_KIND, STATUS, hrefFor } from '../labels.js';

const query = (evidence) => `query($key: String!) { intervention(key: $key) {
  key name nameEn kind status summary description impact effort
  rating { scheme impactMonths evidenceStrength costRating evidence { key } }
  problems { key name } evidence { ${evidence} }
  stakeholders { ${INVOLVEMENT_FIELDS} } programmes { key name } goals { key name code type }
  sectors { key name } targetGroups { key name } places { key name }
  partOf { key name } subMeasures { key name } parallels { key name country { name } }
  related { key name } provenance { label page lines row source { key title } } } }`;

export async function interventionPage(key) {
  const { intervention: it } = await gql(query(await evidenceFields()), { key });
  if (!it) {
    setTitle('Interventie niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Interventie niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
  }
  setTitle(it.name);
  const facts = [
    ['Soort', INTERVENTION_KIND[it.kind] ?? it.kind],
    ['Status', STATUS[it.status] ?? it.status],
    ['Sector', it.sectors.map((s) => s.name).join(', ')],
    ['Voor', it.targetGroups.map((t) => t.name).join(', ')],
    ['Waar', it.places.map((p) => p.name).join(', ')],
    ['Doelen', it.goals.map((g) => (g.code ? `${g.code}: ${g.name}` : g.name)).join('; ')],
    ['Impact volgens het document', it.impact],
    ['Inspanning volgens het document', it.effort],
  ].filter(([, value]) => value);

  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Interventie'),
    h('div', { class: 'title-row' }, h('h1', { tabindex: '-1' }, it.name), compareToggle(it)),
    it.nameEn ? h('p', { class: 'meta', lang: 'en' }, it.nameEn) : null,
    ratingBadges(it.rating),
    ratingLegend(),
    h('p', { class: 'lead' }, it.summary),
    it.description ? h('p', {}, it.description) : null,
    provenanceLine(it.provenance),
    h('dl', { class: 'facts wide' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    it.partOf ? h('p', {}, 'Onderdeel van ', h('a', { href: hrefFor('Intervention', it.partOf.key) }, it.partOf.name)) : null,
    linkList('Knelpunten die het aanpakt', it.problems, (p) => hrefFor('Problem', p.key)),
    it.evidence.length ? h('section', { class: 'block', 'aria-labelledby': 'kop-bewijs' },
      h('h2', { id: 'kop-bewijs' }, `Bewijs (${it.evidence.length})`),
      h('ul', { class: 'evidence-list' }, it.evidence.map(evidenceItem))) : null,
    stakeholdersByRole(it.stakeholders, 'Organisaties die kunnen helpen'),
    linkList('Programma\'s', it.programmes, (p) => hrefFor('Programme', p.key)),
    linkList('Onderdelen', it.subMeasures, (s) => hrefFor('Intervention', s.key)),
    linkList('Verwante interventies', it.related, (r) => hrefFor('Intervention', r.key)),
    linkList('Internationale parallellen', it.parallels, (p) => hrefFor('InternationalPractice', p.key),
      (p) => `${p.name} (${p.country.name})`),
  ];
}
