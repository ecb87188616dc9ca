// Entry for programme managers: every stakeholder by type, and every programme.
import { h, setTitle } from '../html.js';
import { gqlAll } from '../api.js';
import { PROGRAMME_KIND, STAKEHOLDER_TYPE, hrefFor } from '../labels.js';
import { autocomplete } from '../autocomplete.js';
import { openSuggestion } from './start.js';

function grouped(items, groupOf, names) {
  const groups = new Map();
  for (const item of items) {
    const group = groupOf(item);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(item);
  }
  return [...groups].sort((a, b) => (names[a[0]] ?? a[0]).localeCompare(names[b[0]] ?? b[0], 'nl'));
}

export async function networkIndexPage() {
  setTitle('Netwerk en programma\'s');
  const [stakeholders, programmes] = await Promise.all([
    gqlAll('stakeholders', 'key name type involvements { role }'),
    gqlAll('programmes', 'key name kind startDate endDate'),
  ]);
  const byName = (a, b) => a.name.localeCompare(b.name, 'nl');
  // Roles in the field (Leraar, Ouders) are stakeholders too, but no organisation one can contact: listed apart.
  const roles = stakeholders.filter((st) => st.type === 'ROLE').sort(byName);
  const organisations = stakeholders.filter((st) => st.type !== 'ROLE');
  const mostInvolved = [...organisations].sort((a, b) => b.involvements.length - a.involvements.length || byName(a, b)).slice(0, 12);
  return [
    h('h1', { tabindex: '-1' }, 'Netwerk en programma\'s'),
    h('p', { class: 'lead' }, 'Wie financiert, voert uit en adviseert wat? Kies een organisatie om haar netwerk te zien, of een programma voor budget en tijdlijn.'),
    h('form', { class: 'search', onsubmit: (e) => e.preventDefault() },
      autocomplete({ id: 'organisatie-zoeken', label: 'Zoek een organisatie of programma', kinds: ['STAKEHOLDER', 'PROGRAMME'],
        placeholder: 'bijvoorbeeld: Ministerie van OCW', onPick: openSuggestion })),
    h('section', { class: 'block' }, h('h2', {}, 'Meest betrokken organisaties'),
      h('ul', { class: 'chips' }, mostInvolved.map((s) => h('li', {}, h('a', { class: 'chip', href: hrefFor('Stakeholder', s.key) }, s.name,
        h('span', { class: 'count', 'aria-label': `${s.involvements.length} betrokkenheden` }, String(s.involvements.length))))))),
    h('div', { class: 'two-col' },
      h('section', { class: 'block' }, h('h2', {}, `Programma's (${programmes.length})`),
        grouped(programmes, (p) => p.kind, PROGRAMME_KIND).map(([kind, list]) => h('details', { open: kind === 'PROGRAMME' },
          h('summary', {}, `${PROGRAMME_KIND[kind] ?? kind} (${list.length})`),
          h('ul', { class: 'links' }, list.sort(byName).map((p) => h('li', {}, h('a', { href: hrefFor('Programme', p.key) }, p.name),
            p.startDate ? h('span', { class: 'meta' }, ` — ${p.startDate}${p.endDate ? `–${p.endDate}` : ''}`) : null)))))),
      h('section', { class: 'block' }, h('h2', {}, `Organisaties (${organisations.length})`),
        grouped(organisations, (s) => s.type, STAKEHOLDER_TYPE).map(([type, list]) => h('details', {},
          h('summary', {}, `${STAKEHOLDER_TYPE[type] ?? type} (${list.length})`),
          h('ul', { class: 'links' }, list.sort(byName).map((s) => h('li', {}, h('a', { href: hrefFor('Stakeholder', s.key) }, s.name)))))),
        roles.length ? [h('h2', {}, `Rollen in het veld (${roles.length})`),
          h('p', { class: 'meta' }, 'Geen organisaties, maar wie in of om de school meedoet, zoals leraren en ouders.'),
          h('details', {}, h('summary', {}, 'Toon de rollen'),
            h('ul', { class: 'links' }, roles.map((s) => h('li', {}, h('a', { href: hrefFor('Stakeholder', s.key) }, s.name)))))] : null)),
  ];
}
