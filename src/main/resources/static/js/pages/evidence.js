// One evidence item, and a source document with the place a link pointed at.
import { h, linkList, setTitle } from '../html.js';
import { gql, gqlAll, optionalFields } from '../api.js';
import { evidenceFields, evidenceItem, place, quoteBlock } from '../evidence.js';
import { NODE_NAME_FRAGMENT, hrefFor } from '../labels.js';

function notFound(what) {
  setTitle(`${what} niet gevonden`);
  return [h('h1', { tabindex: '-1' }, `${what} niet gevonden`), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
}

const named = (node) => ({ ...node, href: hrefFor(node.__typename, node.key, { programme: node.programmes?.[0]?.key }) });

export async function evidencePage(key) {
  const { evidence: ev } = await gql(`query($key: String!) { evidence(key: $key) { ${await evidenceFields()}
    supports { ${NODE_NAME_FRAGMENT} } documents { ${NODE_NAME_FRAGMENT} } } }`, { key });
  if (!ev) return notFound('Bewijs');
  setTitle('Bewijs');
  const linked = (list) => list.map(named).filter((n) => n.href);
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Bewijs'),
    h('h1', { tabindex: '-1' }, 'Bewijs'),
    h('ul', { class: 'evidence-list' }, evidenceItem(ev)),
    linkList('Ondersteunt', linked(ev.supports), (n) => n.href),
    linkList('Gaat over', linked(ev.documents), (n) => n.href),
  ];
}

const SOURCE_KIND = { DOCUMENT: 'Brondocument', REFERENCE_DATA: 'Referentietabel' };

/**
 * The cited passages of a source grouped by where they stand: by page where the document has page numbers, else
 * by line range or table row. Sorted as they come in the document.
 */
function passagesByPlace(items, sourceKey) {
  const groups = new Map();
  for (const ev of items) {
    const here = ev.provenance.filter((p) => p.source.key === sourceKey);
    const paged = here.filter((p) => p.page);
    for (const p of paged.length ? paged : here.slice(0, 1)) {
      const where = place(p);
      if (!groups.has(where)) groups.set(where, { where, labels: new Set(), order: Number.parseInt(p.page ?? p.lines ?? p.row, 10), items: [] });
      const group = groups.get(where);
      group.labels.add(p.label);
      if (!group.items.includes(ev)) group.items.push(ev);
    }
  }
  return [...groups.values()].sort((a, b) => (a.order || 0) - (b.order || 0) || a.where.localeCompare(b.where, 'nl'));
}

function passage(ev) {
  return h('li', { class: 'evidence' },
    h('p', {}, ev.claim),
    quoteBlock(ev.quote, null),
    h('p', { class: 'meta' }, h('a', { href: hrefFor('Evidence', ev.key) }, 'Details en waar het bij hoort')));
}

export async function sourcePage(key, params) {
  const { source } = await gql(`query($key: String!) { source(key: $key) { key title publisher year file kind } }`, { key });
  if (!source) return notFound('Bron');
  setTitle(source.title);
  const followed = params.get('plaats');
  const cited = await gqlAll('evidenceItems', `key claim ${await optionalFields('Evidence', 'quote')}
    provenance { label page lines row source { key } }`, { sources: { key: { eq: source.key } } }, 'EvidenceWhere');
  const groups = passagesByPlace(cited, source.key);
  const isFollowed = (group) => followed && group.labels.has(followed);
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Bron'),
    h('h1', { tabindex: '-1' }, source.title),
    followed ? h('p', { class: 'callout' }, 'U volgde een verwijzing naar ', h('strong', {}, followed),
      ' in dit document.', groups.some(isFollowed) ? ' Wat daar staat, ziet u hieronder als eerste.' : '') : null,
    h('dl', { class: 'facts wide' },
      h('dt', {}, 'Soort'), h('dd', {}, SOURCE_KIND[source.kind] ?? source.kind),
      source.publisher ? [h('dt', {}, 'Uitgever'), h('dd', {}, source.publisher)] : null,
      source.year ? [h('dt', {}, 'Jaar'), h('dd', {}, String(source.year))] : null,
      h('dt', {}, 'Bestand'), h('dd', {}, h('code', {}, source.file)),
      h('dt', {}, 'Sleutel'), h('dd', {}, h('code', {}, source.key))),
    h('p', {}, 'Verwijzingen noemen de pagina (p.), de regels in de tekstversie (regels) of de rij van de tabel (rij).'),
    h('section', { class: 'block', 'aria-labelledby': 'kop-passages' },
      h('h2', { id: 'kop-passages' }, `Wat de Onderwijsgraaf uit dit document haalt (${cited.length})`),
      groups.length ? [...groups.filter(isFollowed), ...groups.filter((g) => !isFollowed(g))].map((group) =>
        h('details', { class: `passage-group${isFollowed(group) ? ' followed' : ''}`, open: isFollowed(group) || groups.length <= 6 },
          h('summary', {}, `${group.where.replace(/^p\. /, 'pagina ')} (${group.items.length})`.replace(/^./, (c) => c.toUpperCase())),
          h('ul', { class: 'evidence-list' }, group.items.map(passage))))
        : h('p', {}, 'Uit dit document is nog niets vastgelegd.')),
    h('p', {}, h('a', { href: `#/zoeken?q=${encodeURIComponent(source.title)}` }, 'Zoek naar onderwerpen uit dit document')),
  ];
}
