// International comparison: a sortable table of the country profiles, every amount in its own currency.
import { h, linkList, setTitle } from '../html.js';
import { gql, gqlAll } from '../api.js';
import { place, provenanceLine, sourceHref, sourceLink } from '../evidence.js';
import { FLAG, hrefFor, money, number } from '../labels.js';
import { go } from '../router.js';

const PERIOD = { YEAR: 'per jaar', MONTH: 'per maand' };

/** Columns of the table: how to show a country's attribute and what to sort it by. */
const COLUMNS = [
  { id: 'land', title: 'Land', kind: 'name' },
  { id: 'salary-teacher-po', title: 'Salaris leraar po', kind: 'money' },
  { id: 'salary-teacher-po-month', title: 'Salaris leraar po per maand', kind: 'money' },
  { id: 'salary-average', title: 'Gemiddeld salaris', kind: 'money' },
  { id: 'class-size', title: 'Klasgrootte', kind: 'number' },
  { id: 'school-days-per-week', title: 'Schooldagen per week', kind: 'number' },
  { id: 'teacher-training-years', title: 'Jaren lerarenopleiding', kind: 'number' },
  { id: 'teacher-shortage', title: 'Lerarentekort', kind: 'flag' },
  { id: 'teacher-workload', title: 'Hoge werkdruk', kind: 'flag' },
];

function cellValue(country, column) {
  if (column.kind === 'name') return { text: country.name, sort: country.name };
  const a = country.attributes.find((x) => x.key === column.id);
  if (!a) return { text: '—', sort: null, missing: true };
  if (column.kind === 'money' && a.amount != null) {
    // Sorted per currency, never converted: amounts in different currencies are not comparable.
    return { text: money(a.amount, a.currency), sort: [a.currency, a.amount], note: a.note,
      extra: PERIOD[a.period] };
  }
  if (a.number != null) return { text: `${number(a.number, 1)}${a.unit ? ` ${a.unit}` : ''}`, sort: a.number, note: a.note };
  if (a.flag) return { text: FLAG[a.flag], sort: { YES: 0, NO: 1, NOT_STATED: 2 }[a.flag], note: a.note };
  return { text: a.text ?? '—', sort: null, note: a.note };
}

function compare(x, y) {
  if (Array.isArray(x)) return x[0].localeCompare(y[0]) || x[1] - y[1];
  if (typeof x === 'string') return x.localeCompare(y, 'nl');
  return x - y;
}

/** Numbers each distinct place cited in the table once, for footnotes. */
function footnotes() {
  const numbers = new Map();
  return {
    numberOf(p) {
      if (!numbers.has(p.label)) numbers.set(p.label, { n: numbers.size + 1, p });
      return numbers.get(p.label).n;
    },
    list: () => [...numbers.values()],
  };
}

export async function internationalPage(params) {
  setTitle('Internationaal');
  const all = await gqlAll('countries', `key name summary
    attributes { key amount currency period number unit flag text note provenance { label page lines row source { key title } } }
    practices { key name }`);
  // The Netherlands stands first as the point of reference, with figures where the sources give them.
  const home = all.find((c) => c.key === 'nl');
  const countries = all.filter((c) => c.attributes.length > 0 && c !== home);
  const sortId = COLUMNS.some((c) => c.id === params.get('sorteer')) ? params.get('sorteer') : 'land';
  const descending = params.get('richting') === 'af';
  const column = COLUMNS.find((c) => c.id === sortId);
  const rows = countries.map((c) => ({ country: c, cells: COLUMNS.map((col) => cellValue(c, col)) }));
  const index = COLUMNS.indexOf(column);
  rows.sort((a, b) => {
    const x = a.cells[index].sort;
    const y = b.cells[index].sort;
    if (x == null || y == null) return (x == null) - (y == null) || a.country.name.localeCompare(b.country.name, 'nl');
    return (descending ? -1 : 1) * compare(x, y);
  });
  if (home) rows.unshift({ country: home, cells: COLUMNS.map((col) => cellValue(home, col)), home: true });
  const highlighted = params.get('land');
  const notes = footnotes();

  const header = h('tr', {}, COLUMNS.map((col) => {
    const active = col.id === sortId;
    const next = active && !descending ? 'af' : 'op';
    return h('th', { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
      h('button', { type: 'button', class: 'sort', id: `sorteer-${col.id}`,
        onclick: () => go('internationaal', { sorteer: col.id, richting: next, land: highlighted }) },
      col.title, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (descending ? ' ▼' : ' ▲') : ' ↕'),
      h('span', { class: 'visually-hidden' }, active ? `, gesorteerd ${descending ? 'aflopend' : 'oplopend'}` : ', sorteren')));
  }));
  const cite = (country, column) => (country.attributes.find((a) => a.key === column.id)?.provenance ?? []).map((p) => {
    const n = notes.numberOf(p);
    return h('a', { class: 'cite', href: sourceHref(p), 'aria-label': `bron ${n}: ${p.source.title}, ${place(p) ?? p.label}` }, `[${n}]`);
  });
  const body = rows.map(({ country, cells, home: isHome }) => h('tr', {
    class: [country.key === highlighted ? 'highlight' : '', isHome ? 'home' : ''].join(' ').trim() || null, 'data-land': country.key },
  isHome && !country.attributes.length
    ? [h('th', { scope: 'row' }, country.name),
      h('td', { colspan: String(COLUMNS.length - 1), class: 'missing' }, 'De bronnen geven voor Nederland geen cijfers in deze kolommen.')]
    : cells.map((cell, i) => (i === 0
      ? h('th', { scope: 'row' }, cell.text)
      : h('td', { class: `${COLUMNS[i].kind}${cell.missing ? ' missing' : ''}`, title: cell.note ?? null },
        cell.text, cell.extra ? h('span', { class: 'meta' }, ` ${cell.extra}`) : null, cite(country, COLUMNS[i]))))));

  return [
    h('h1', { tabindex: '-1' }, 'Internationaal vergelijken'),
    h('p', { class: 'lead' }, `De ${countries.length} landenprofielen uit de bronnen naast elkaar, met Nederland bovenaan. Klik op een kolomkop om te sorteren; de nummers tussen haken wijzen naar de bron van elk getal.`),
    h('p', { class: 'callout' }, 'Bedragen staan in de valuta die de bron noemt (EUR, USD, SGD) en worden nooit omgerekend. Sorteren op een salariskolom groepeert daarom eerst per valuta en sorteert daarbinnen op bedrag.'),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'landen-caption' },
      h('table', { class: 'compare', id: 'landentabel' },
        h('caption', { id: 'landen-caption' }, 'Landenprofielen: salarissen, klassen en leraren'),
        h('thead', {}, header), h('tbody', {}, body))),
    h('section', { class: 'block', 'aria-labelledby': 'kop-landbronnen' },
      h('h2', { id: 'kop-landbronnen' }, 'Bronnen van de tabel'),
      h('ol', { class: 'footnotes', id: 'landen-bronnen' }, notes.list().map(({ n, p }) => h('li', { value: String(n) }, sourceLink(p))))),
    h('section', { class: 'block' }, h('h2', {}, 'Per land'),
      countries.map((c) => h('details', { class: 'country', id: `land-${c.key}`, open: c.key === highlighted },
        h('summary', {}, c.name),
        c.summary ? h('p', {}, c.summary) : null,
        h('dl', { class: 'facts wide' }, c.attributes.filter((a) => COLUMNS.some((col) => col.id === a.key)).map((a) => [
          h('dt', {}, COLUMNS.find((col) => col.id === a.key).title),
          h('dd', {}, cellValue(c, COLUMNS.find((col) => col.id === a.key)).text, a.note ? h('span', { class: 'meta' }, ` — ${a.note}`) : null,
            provenanceLine(a.provenance))])),
        c.practices.length ? h('ul', { class: 'links' }, c.practices.map((p) => h('li', {},
          h('a', { href: hrefFor('InternationalPractice', p.key) }, p.name)))) : null))),
  ];
}

export async function practicePage(key) {
  const { practice } = await gql(`query($key: String!) { practice(key: $key) { key name summary country { key name }
    problems { key name } parallels { key name } provenance { label page lines row source { key title } } } }`, { key });
  if (!practice) {
    setTitle('Praktijk niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Praktijk niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
  }
  setTitle(practice.name);
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/internationaal' }, 'Internationaal'), ' › Praktijk'),
    h('p', { class: 'eyebrow' }, h('a', { href: hrefFor('Country', practice.country.key) }, practice.country.name)),
    h('h1', { tabindex: '-1' }, practice.name),
    h('p', { class: 'lead' }, practice.summary),
    provenanceLine(practice.provenance),
    linkList('Nederlandse knelpunten', practice.problems, (p) => hrefFor('Problem', p.key)),
    linkList('Vergelijkbare Nederlandse interventies', practice.parallels, (p) => hrefFor('Intervention', p.key)),
  ];
}
