// An intervention as a card with EEF/menukaart-style badges: months of progress, strength of evidence, cost.
import { h } from './html.js';
import { SCHEME, STATUS, hrefFor } from './labels.js';

/** The fields a card needs, for use inside `... on Intervention` or an Intervention selection. */
export const CARD_FIELDS = `key name summary status kind
  rating { scheme impactMonths evidenceStrength costRating }
  sectors { key name } goals { code type }`;

function scale(value, max, filledChar, emptyChar) {
  return h('span', { class: 'scale', 'aria-hidden': 'true' },
    h('span', { class: 'filled' }, filledChar.repeat(value)), h('span', { class: 'empty' }, emptyChar.repeat(max - value)));
}

/** The rating badges of an intervention; a single "geen beoordeling" badge when no scheme rates it. */
export function ratingBadges(rating) {
  if (!rating) return h('div', { class: 'badges' }, h('span', { class: 'badge unrated' }, 'Geen beoordeling'));
  const badges = [
    rating.impactMonths != null
      ? h('span', { class: 'badge impact', title: 'Extra leergroei in maanden, gemiddeld' },
        h('span', { class: 'visually-hidden' }, 'Extra leergroei: '),
        `${rating.impactMonths > 0 ? '+' : ''}${rating.impactMonths} ${Math.abs(rating.impactMonths) === 1 ? 'maand' : 'maanden'}`)
      : h('span', { class: 'badge missing' }, 'Leergroei niet gegeven'),
    rating.evidenceStrength != null
      ? h('span', { class: 'badge strength', title: 'Sterkte van het bewijs, 0 tot 5' },
        h('span', { class: 'label' }, 'Bewijs'), scale(rating.evidenceStrength, 5, '■', '□'),
        h('span', { class: 'visually-hidden' }, `${rating.evidenceStrength} van 5`))
      : h('span', { class: 'badge missing' }, 'Bewijskracht niet gegeven'),
    rating.costRating != null
      ? h('span', { class: 'badge cost', title: 'Kosten, 1 (laag) tot 5 (hoog)' },
        h('span', { class: 'label' }, 'Kosten'), scale(rating.costRating, 5, '€', '€'),
        h('span', { class: 'visually-hidden' }, `${rating.costRating} van 5`))
      : h('span', { class: 'badge missing' }, 'Kosten niet gegeven'),
  ];
  return h('div', { class: 'badges' }, badges, h('span', { class: 'scheme' }, `Bron: ${SCHEME[rating.scheme] ?? rating.scheme}`));
}

export function interventionCard(node) {
  const doelgebieden = node.goals.filter((g) => g.type === 'DOELGEBIED').map((g) => g.code);
  return h('li', { class: 'card intervention-card' },
    h('h3', {}, h('a', { href: hrefFor('Intervention', node.key) }, node.name)),
    ratingBadges(node.rating),
    h('p', { class: 'summary' }, node.summary),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Sector'), h('dd', {}, node.sectors.length ? node.sectors.map((s) => s.name).join(', ') : 'niet vermeld'),
      h('dt', {}, 'Status'), h('dd', {}, STATUS[node.status] ?? node.status),
      doelgebieden.length ? [h('dt', {}, 'Doelgebied'), h('dd', {}, doelgebieden.join(', '))] : null));
}
