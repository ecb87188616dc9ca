// The interventions a user picked to compare: kept in localStorage so the choice survives going from page to page,
// shown in a tray at the bottom of the screen, and opened side by side at `#/vergelijk?interventies=a,b`.
import { h } from './html.js';

const STORAGE = 'onderwijsgraaf.vergelijk';
export const MAX_COMPARED = 4;

/** The chosen interventions, `{ key, name }` each, in the order they were chosen. */
export function chosen() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE) ?? '[]');
    return Array.isArray(list) ? list.filter((x) => x && typeof x.key === 'string').slice(0, MAX_COMPARED) : [];
  } catch {
    return [];
  }
}

function save(list, message = '') {
  localStorage.setItem(STORAGE, JSON.stringify(list));
  updateTray(message);
  for (const button of document.querySelectorAll('[data-compare-key]')) {
    button.setAttribute('aria-pressed', String(list.some((x) => x.key === button.dataset.compareKey)));
  }
}

/** Replaces the choice, e.g. with the interventions of a shared compare link. */
export function choose(list) {
  save(list.slice(0, MAX_COMPARED));
}

function toggle(item) {
  const list = chosen();
  if (list.some((x) => x.key === item.key)) {
    save(list.filter((x) => x.key !== item.key), `${item.name} is uit de vergelijking gehaald.`);
  } else if (list.length >= MAX_COMPARED) {
    save(list, `U kunt hoogstens ${MAX_COMPARED} interventies vergelijken. Haal er eerst een weg.`);
  } else {
    save([...list, item], `${item.name} is gekozen om te vergelijken.`);
  }
}

/** The link to the compare page for these keys. */
export function compareHref(keys) {
  return `#/vergelijk?interventies=${keys.map(encodeURIComponent).join(',')}`;
}

/** A toggle button that adds an intervention to the comparison or takes it out again. */
export function compareToggle(item) {
  return h('button', { type: 'button', class: 'compare-toggle', 'data-compare-key': item.key,
    'aria-pressed': String(chosen().some((x) => x.key === item.key)), onclick: () => toggle(item) },
  h('span', { class: 'toggle-box', 'aria-hidden': 'true' }), 'Vergelijk',
  h('span', { class: 'visually-hidden' }, ` ${item.name}`));
}

let tray;

/** Draws the tray for the current choice; `message` is read out by screen readers. */
export function updateTray(message = '') {
  if (!tray) {
    tray = h('aside', { class: 'compare-tray', 'aria-labelledby': 'vergelijk-kop' });
    document.body.append(tray);
  }
  const list = chosen();
  const status = h('p', { class: 'visually-hidden', role: 'status' }, message);
  tray.hidden = list.length === 0 && !message;
  const onComparePage = location.hash.startsWith('#/vergelijk');
  tray.replaceChildren(...[
    h('h2', { id: 'vergelijk-kop', class: 'tray-title' }, `Vergelijken (${list.length} van ${MAX_COMPARED})`),
    h('ul', { class: 'tray-items' }, list.map((item) => h('li', {}, item.name,
      h('button', { type: 'button', class: 'remove', 'aria-label': `Haal ${item.name} uit de vergelijking`,
        onclick: () => toggle(item) }, '×')))),
    list.length >= 2 && !onComparePage
      ? h('a', { class: 'button-link', id: 'naar-vergelijking', href: compareHref(list.map((x) => x.key)) }, 'Vergelijk nu')
      : null,
    list.length < 2 ? h('p', { class: 'meta' }, 'Kies er nog een om te vergelijken.') : null,
    list.length ? h('button', { type: 'button', class: 'secondary', onclick: () => save([], 'De keuze is gewist.') }, 'Wis keuze') : null,
    message ? h('p', { class: 'tray-message', 'aria-hidden': 'true' }, message) : null,
    status].filter(Boolean));
}
