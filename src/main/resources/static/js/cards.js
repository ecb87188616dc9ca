// An intervention as a card with EEF/menukaart-style badges: months of progress, strength of evidence, cost.
import { h } from './html.js';
import { SCHEME, STATUS, hrefFor } from './labels.js';
import { compareToggle } from './compare.js';

/** The fields a card needs, for use inside `... on Intervention` or an Intervention selection. */
export const CARD_FIELDS = `key name summary status kind
  rating { scheme impactMonths evidenceStrength costRating }
  sectors { key name } goals { code type }`;

// The symbols show the step at a glance; the visible "2/5" says it without relying on the lighter empty symbols.
function scale(value, max, filledChar, emptyChar) {
  return [h('span', { class: 'scale', 'aria-hidden': 'true' },
    h('span', { class: 'filled' }, filledChar.repeat(value)), h('span', { class: 'empty' }, emptyChar.repeat(max - value))),
  h('span', { class: 'of', 'aria-hidden': 'true' }, `${value}/${max}`)];
}

/**
 * The rating badges of an intervention; a single "geen beoordeling" badge when no scheme rates it. `withScheme`
 * false leaves out which scheme rates it, for where that is said already.
 */
export function ratingBadges(rating, { withScheme = true } = {}) {
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
        h('span', { class: 'visually-hidden' }, `${rating.evidenceStrength} van 5: ${EVIDENCE_STEPS[rating.evidenceStrength]}`))
      : h('span', { class: 'badge missing' }, 'Bewijskracht niet gegeven'),
    rating.costRating != null
      ? h('span', { class: 'badge cost', title: 'Kosten, 1 (laag) tot 5 (hoog)' },
        h('span', { class: 'label' }, 'Kosten'), scale(rating.costRating, 5, '€', '€'),
        h('span', { class: 'visually-hidden' }, `${rating.costRating} van 5: ${COST_BANDS[rating.costRating]}`))
      : h('span', { class: 'badge missing' }, 'Kosten niet gegeven'),
  ];
  return h('div', { class: 'badges' }, badges,
    withScheme ? h('span', { class: 'scheme' }, `Bron: ${SCHEME[rating.scheme] ?? rating.scheme}`) : null);
}

const EVIDENCE_STEPS = ['geen of nauwelijks onderzoek', 'zeer beperkt', 'beperkt', 'redelijk', 'sterk', 'zeer sterk'];
const COST_BANDS = ['', 'zeer laag', 'laag', 'gemiddeld', 'hoog', 'zeer hoog'];

/** "Hoe lees ik dit?": what each badge means, next to the badges it explains. */
export function ratingLegend() {
  return h('details', { class: 'legend-help' },
    h('summary', {}, 'Hoe lees ik dit?'),
    h('dl', {},
      h('dt', {}, h('span', { class: 'badge impact' }, '+3 maanden')),
      h('dd', {}, 'Hoeveel maanden extra leergroei leerlingen gemiddeld in een schooljaar halen met de interventie, vergeleken met leerlingen zonder. Een schatting uit al het onderzoek samen; 0 betekent: geen verschil gevonden.'),
      h('dt', {}, h('span', { class: 'badge strength' }, h('span', { class: 'label' }, 'Bewijs'), scale(2, 5, '■', '□'))),
      h('dd', {}, 'Hoe sterk het onderzoek achter die schatting is, in vijf stappen: ',
        EVIDENCE_STEPS.slice(1).map((text, i) => `${i + 1} ${text}`).join(', '),
        '. 0 betekent: ', EVIDENCE_STEPS[0], '.'),
      h('dt', {}, h('span', { class: 'badge cost' }, h('span', { class: 'label' }, 'Kosten'), scale(3, 5, '€', '€'))),
      h('dd', {}, 'Wat de interventie een school ongeveer kost, in vijf banden: ',
        COST_BANDS.slice(1).map((text, i) => `${i + 1} ${text}`).join(', '), '.'),
      h('dt', {}, h('span', { class: 'scheme' }, 'Bron: EEF Toolkit')),
      h('dd', {}, 'Welke beoordeling de cijfers geeft: de EEF Teaching and Learning Toolkit (Engels overzicht van onderzoek) of de menukaart van het NP Onderwijs (versie 2 of 1). Beoordelen er meer, dan staat hier de nieuwste (EEF Toolkit, dan menukaart v2, dan v1); de cijfers worden nooit gemengd. Op de pagina van een interventie staan alle beoordelingen.'),
      h('dt', {}, h('span', { class: 'badge unrated' }, 'Geen beoordeling')),
      h('dd', {}, 'Geen van deze overzichten beoordeelt de interventie. Dat zegt niet dat ze niet werkt: er is alleen geen samenvatting van het onderzoek. Kijk bij het bewijs op de pagina van de interventie.')));
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
      doelgebieden.length ? [h('dt', {}, 'Doelgebied'), h('dd', {}, doelgebieden.join(', '))] : null),
    h('p', { class: 'card-foot' }, compareToggle(node)));
}
