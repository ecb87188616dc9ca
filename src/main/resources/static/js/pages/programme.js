// A programme: what it is, its budget figures each with its own source (conflicting ones side by side), its
// timeline, who is involved, and what it contains.
import { h, linkList, setTitle } from '../html.js';
import { gql } from '../api.js';
import { evidenceFields, INVOLVEMENT_FIELDS, evidenceItem, provenanceLine, quoteBlock, stakeholdersByRole } from '../evidence.js';
import { PROGRAMME_KIND, euroFigure, hrefFor } from '../labels.js';

const query = (evidence) => `query($key: String!) { programme(key: $key) {
  key name kind summary startDate endDate partOf { key name } parts { key name }
  stakeholders { ${INVOLVEMENT_FIELDS} } problems { key name } goals { key name code } sectors { key name }
  interventions { key name } budget { ${evidence} budgetRole budgetOf { key } } evidence { ${evidence} }
  events { key date title summary provenance { label page lines row source { key title } } }
  provenance { label page lines row source { key title } } } }`;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2021`, `2021-06` or `2021-06-01` in Dutch words. */
function dutchDate(value) {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

function budgetTable(caption, rows) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'budget' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Bedrag'), h('th', { scope: 'col' }, 'Wat de bron zegt'), h('th', { scope: 'col' }, 'Bron'))),
      h('tbody', {}, rows.map((b) => h('tr', {},
        h('td', { class: 'money' }, b.figureText ?? euroFigure(b.figure, b.unit) ?? 'geen bedrag', b.year ? h('span', { class: 'meta' }, ` (${b.year})`) : null),
        h('td', {}, b.claim, quoteBlock(b.quote, null)),
        h('td', {}, provenanceLine(b.provenance)))))));
}

/**
 * Budget figures grouped by the role each has in the sources: a total (or a part that has parts of its own), the
 * other sources' figures for the same amount beside it, and its parts. Nothing is added across roles; where another
 * source gives a different figure for the same amount, the page says so and shows both with their sources.
 */
function budgetSection(budget) {
  const money = (b) => b.figureText ?? euroFigure(b.figure, b.unit) ?? 'geen bedrag';
  const keys = new Set(budget.map((b) => b.key));
  const members = (head, role) => budget.filter((b) => b.budgetRole === role && b.budgetOf?.key === head.key);
  const heads = budget.filter((b) => b.budgetRole === 'TOTAL' || budget.some((m) => m.budgetOf?.key === b.key));
  const shown = new Set();
  const sections = heads.map((head) => {
    const alternatives = members(head, 'ALTERNATIVE');
    const parts = members(head, 'PART').sort((a, b) => (b.figure ?? 0) - (a.figure ?? 0));
    const years = members(head, 'YEAR');
    [head, ...alternatives, ...parts, ...years].forEach((b) => shown.add(b.key));
    const differing = alternatives.filter((a) => a.figure !== head.figure);
    return [
      budgetTable(`${head.budgetRole === 'TOTAL' ? 'Totaal' : 'Deelbedrag'}: ${money(head)}`, [head]),
      alternatives.length ? budgetTable(`Hetzelfde bedrag volgens ${alternatives.length === 1 ? 'een andere bron' : 'andere bronnen'}`, alternatives) : null,
      differing.length ? h('div', { class: 'callout budget-conflict', role: 'note' },
        h('h3', {}, 'De bronnen noemen verschillende bedragen'),
        h('p', {}, `Voor hetzelfde bedrag noemen de bronnen ${[head, ...differing].map(money).join(' en ')}. `,
          'Dat kan een bedrag van een ander moment zijn (het budget is later bijgesteld) of een afgerond getal. Lees bij elk bedrag wat de bron erover zegt.'),
        h('p', {}, h('strong', {}, 'Tel de bedragen niet bij elkaar op:'), ' het zijn verschillende tellingen van hetzelfde geld.')) : null,
      parts.length ? budgetTable(`Delen van ${money(head)} (${parts.length}): waar het geld naartoe ging`, parts) : null,
      years.length ? budgetTable(`Per jaar (${years.length})`, years) : null,
    ];
  });
  const rest = budget.filter((b) => !shown.has(b.key) && !(b.budgetOf && keys.has(b.budgetOf.key)));
  return [...sections, rest.length ? budgetTable('Overige cijfers', rest) : null];
}

export async function programmePage(key) {
  const { programme: p } = await gql(query(await evidenceFields()), { key });
  if (!p) {
    setTitle('Programma niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Programma niet gevonden'), h('p', {}, h('a', { href: '#/organisaties' }, 'Naar alle programma\'s'))];
  }
  setTitle(p.name);
  const period = p.startDate || p.endDate ? `${dutchDate(p.startDate) || '?'} – ${dutchDate(p.endDate) || 'heden'}` : null;
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/organisaties' }, 'Programma\'s'), ' › Programma'),
    h('p', { class: 'eyebrow' }, PROGRAMME_KIND[p.kind] ?? p.kind, period ? ` · ${period}` : ''),
    h('h1', { tabindex: '-1' }, p.name),
    h('p', { class: 'lead' }, p.summary),
    provenanceLine(p.provenance),
    p.partOf.length ? h('p', {}, 'Onderdeel van ', p.partOf.map((x, i) => [i ? ', ' : '', h('a', { href: hrefFor('Programme', x.key) }, x.name)])) : null,
    p.budget.length ? h('section', { class: 'block', 'aria-labelledby': 'kop-budget' },
      h('h2', { id: 'kop-budget' }, 'Budget'), budgetSection(p.budget)) : null,
    p.events.length ? h('section', { class: 'block', 'aria-labelledby': 'kop-tijdlijn' },
      h('h2', { id: 'kop-tijdlijn' }, 'Tijdlijn'),
      h('ol', { class: 'timeline' }, p.events.map((e) => h('li', {},
        h('time', { datetime: e.date }, dutchDate(e.date)),
        h('div', {}, h('p', { class: 'event-title' }, e.title), e.summary ? h('p', {}, e.summary) : null, provenanceLine(e.provenance)))))) : null,
    stakeholdersByRole(p.stakeholders),
    linkList('Onderdelen', p.parts, (x) => hrefFor('Programme', x.key)),
    p.interventions.length ? h('section', { class: 'block' }, h('h2', {}, `Interventies (${p.interventions.length})`),
      h('details', { open: p.interventions.length <= 10 }, h('summary', {}, 'Toon de interventies'),
        h('ul', { class: 'links columns' }, p.interventions.map((x) => h('li', {}, h('a', { href: hrefFor('Intervention', x.key) }, x.name)))))) : null,
    linkList('Knelpunten', p.problems, (x) => hrefFor('Problem', x.key)),
    linkList('Doelen', p.goals, (x) => hrefFor('Goal', x.key), (g) => (g.code ? `${g.code}: ${g.name}` : g.name)),
    p.sectors.length ? h('p', { class: 'meta' }, `Sectoren: ${p.sectors.map((s) => s.name).join(', ')}`) : null,
    p.evidence.length ? h('section', { class: 'block' }, h('h2', {}, `Overig bewijs (${p.evidence.length})`),
      h('details', {}, h('summary', {}, 'Toon al het bewijs met bronnen'),
        h('ul', { class: 'evidence-list' }, p.evidence.map(evidenceItem)))) : null,
  ];
}
