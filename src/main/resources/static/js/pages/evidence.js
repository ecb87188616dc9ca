// One evidence item, and a source document with the place a link pointed at.
import { h, linkList, setTitle } from '../html.js';
import { gql } from '../api.js';
import { evidenceFields, evidenceItem } from '../evidence.js';
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

export async function sourcePage(key, params) {
  const { source } = await gql(`query($key: String!) { source(key: $key) { key title publisher year file kind } }`, { key });
  if (!source) return notFound('Bron');
  setTitle(source.title);
  const place = params.get('plaats');
  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/' }, 'Start'), ' › Bron'),
    h('h1', { tabindex: '-1' }, source.title),
    place ? h('p', { class: 'callout' }, 'U volgde een verwijzing naar ', h('strong', {}, place),
      ' in dit document.') : null,
    h('dl', { class: 'facts wide' },
      h('dt', {}, 'Soort'), h('dd', {}, SOURCE_KIND[source.kind] ?? source.kind),
      source.publisher ? [h('dt', {}, 'Uitgever'), h('dd', {}, source.publisher)] : null,
      source.year ? [h('dt', {}, 'Jaar'), h('dd', {}, String(source.year))] : null,
      h('dt', {}, 'Bestand'), h('dd', {}, h('code', {}, source.file)),
      h('dt', {}, 'Sleutel'), h('dd', {}, h('code', {}, source.key))),
    h('p', {}, 'Verwijzingen noemen de pagina (p.), de regels in de tekstversie (regels) of de rij van de tabel (rij).'),
    h('p', {}, h('a', { href: `#/zoeken?q=${encodeURIComponent(source.title)}` }, 'Zoek naar onderwerpen uit dit document')),
  ];
}
