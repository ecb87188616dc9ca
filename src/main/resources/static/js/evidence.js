// Evidence items and their provenance: every fact shown with the document and page it comes from.
import { h } from './html.js';
import { optionalFields } from './api.js';
import { EVIDENCE_KIND, SCHEME, ROLE, STAKEHOLDER_TYPE, hrefFor, euroFigure } from './labels.js';

/** The provenance fields every page asks for. */
export const PROVENANCE_FIELDS = 'label page lines row source { key title }';

/** The evidence fields every page asks for, with the quoted passage once the schema has it. */
export async function evidenceFields() {
  return `key kind claim citation sourced figure unit figureText year
    ratingScheme impactMonths evidenceStrength costRating numberOfStudies strand ${await optionalFields('Evidence', 'quote')}
    provenance { ${PROVENANCE_FIELDS} }`;
}

/** Where in the document: `p. 12`, `regels 120–140` or `rij 28`. */
export function place(p) {
  if (p.page) return `p. ${p.page}`;
  if (p.lines) return `regels ${p.lines}`;
  if (p.row != null) return `rij ${p.row}`;
  return null;
}

/** Where the source page shows the place a provenance points at. */
export function sourceHref(p) {
  return `${hrefFor('Source', p.source.key)}?plaats=${encodeURIComponent(p.label)}`;
}

/** A link to the source document, saying where in it the fact stands. */
export function sourceLink(p) {
  const where = place(p);
  return h('a', { class: 'source-link', href: sourceHref(p) }, p.source.title, where ? `, ${where}` : '');
}

/** Where a tie is stated, after it in brackets; nothing when the source gives no place. */
export function citation(provenance) {
  return provenance ? h('span', { class: 'meta' }, ' (', sourceLink(provenance), ')') : null;
}

/** The list of places a fact is stated, or nothing. */
export function provenanceLine(provenance) {
  const items = [provenance].flat().filter(Boolean);
  if (!items.length) return null;
  return h('p', { class: 'provenance' }, h('span', { class: 'label' }, 'Bron: '),
    items.map((p, i) => [i ? '; ' : '', sourceLink(p)]));
}

function ratingText(ev) {
  const parts = [];
  if (ev.impactMonths != null) parts.push(`${ev.impactMonths > 0 ? '+' : ''}${ev.impactMonths} maanden leergroei`);
  if (ev.evidenceStrength != null) parts.push(`bewijs ${ev.evidenceStrength} van 5`);
  if (ev.costRating != null) parts.push(`kosten ${ev.costRating} van 5`);
  if (ev.numberOfStudies != null) parts.push(`${ev.numberOfStudies} studies`);
  return parts.length ? parts.join(' · ') : 'geen cijfers gegeven';
}

/** The passage the claim rests on, word for word, with where it stands ("Wat staat er in de bron?"). */
export function quoteBlock(quote, provenance) {
  if (!quote) return null;
  const where = [provenance].flat().filter(Boolean)[0];
  return h('figure', { class: 'quote' },
    h('figcaption', {}, 'Wat staat er in de bron?'),
    h('blockquote', { lang: 'nl' }, quote),
    where ? h('p', { class: 'meta' }, sourceLink(where)) : null);
}

/** One evidence item: what it says, its figures, and every place it is stated. */
export function evidenceItem(ev) {
  const figure = ev.figureText ?? euroFigure(ev.figure, ev.unit);
  return h('li', { class: 'evidence' },
    h('p', { class: 'evidence-head' },
      h('span', { class: 'kind' }, EVIDENCE_KIND[ev.kind] ?? ev.kind),
      ev.ratingScheme ? h('strong', {}, `${SCHEME[ev.ratingScheme]}: ${ratingText(ev)}`) : null,
      figure ? h('strong', { class: 'figure' }, figure) : null,
      ev.year ? h('span', { class: 'meta' }, String(ev.year)) : null),
    h('p', {}, ev.claim),
    quoteBlock(ev.quote, null), // the source line follows
    ev.citation ? h('p', { class: 'citation' }, h('span', { class: 'label' }, 'Verwijzing: '), ev.citation) : null,
    ev.sourced === false ? h('p', { class: 'meta' }, 'Het document noemt hiervoor geen bron.') : null,
    provenanceLine(ev.provenance),
    h('p', { class: 'meta' }, h('a', { href: hrefFor('Evidence', ev.key) }, 'Details van dit bewijs')));
}

/** Involvements grouped by role, as a definition list. */
export function involvementsByRole(involvements) {
  const groups = new Map();
  for (const inv of involvements) {
    if (!groups.has(inv.role)) groups.set(inv.role, []);
    groups.get(inv.role).push(inv);
  }
  return h('dl', { class: 'roles' }, [...groups].map(([role, list]) => [
    h('dt', {}, ROLE[role] ?? role),
    h('dd', {}, h('ul', { class: 'links' }, list.map((inv) => h('li', {},
      h('a', { href: hrefFor('Stakeholder', inv.stakeholder.key) }, inv.stakeholder.name),
      inv.stakeholder.type === 'ROLE' ? null
        : h('span', { class: 'meta' }, ` — ${STAKEHOLDER_TYPE[inv.stakeholder.type] ?? inv.stakeholder.type}`),
      citation(inv.provenance)))))]));
}

/** Whether an involvement names a role in the field (Leraar, Ouders) rather than an organisation. */
export const isRole = (inv) => inv.stakeholder.type === 'ROLE';

/** Organisations by their role, and apart from them the roles in the field (Leraar, Ouders), which are no organisation. */
export function stakeholdersByRole(involvements, title = 'Betrokken organisaties') {
  if (!involvements.length) return null;
  const organisations = involvements.filter((inv) => !isRole(inv));
  const roles = involvements.filter(isRole);
  return [
    organisations.length ? h('section', { class: 'block' }, h('h2', {}, title),
      involvementsByRole(organisations)) : null,
    roles.length ? h('section', { class: 'block' }, h('h2', {}, 'Wie in en om de school'),
      h('p', { class: 'meta' }, 'Rollen, geen organisaties: wie er in de school of thuis bij betrokken is.'),
      involvementsByRole(roles)) : null,
  ];
}

/** The involvement fields pages ask for. */
export const INVOLVEMENT_FIELDS = `role stakeholder { key name type } provenance { ${PROVENANCE_FIELDS} }`;
