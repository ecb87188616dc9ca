// Hash router: the whole state of a page is in the URL (`#/probleem/leervertraging?sector=po`), so every view
// can be shared as a link and the back button walks through filter changes too.
import { h, setTitle } from './html.js';
import { ApiError } from './api.js';
import { currentRoute } from './router.js';
import { startPage } from './pages/start.js';
import { searchPage } from './pages/search.js';
import { problemPage } from './pages/problem.js';
import { interventionPage } from './pages/intervention.js';
import { goalPage } from './pages/goal.js';
import { evidencePage, sourcePage } from './pages/evidence.js';
import { stakeholderPage } from './pages/stakeholder.js';
import { networkIndexPage } from './pages/network-index.js';
import { programmePage } from './pages/programme.js';
import { internationalPage, practicePage } from './pages/international.js';
import { comparePage } from './pages/compare.js';
import { updateTray } from './compare.js';

const routes = [
  [/^$/, startPage],
  [/^zoeken$/, searchPage],
  [/^probleem\/([^/]+)$/, problemPage],
  [/^interventie\/([^/]+)$/, interventionPage],
  [/^doel\/([^/]+)$/, goalPage],
  [/^bewijs\/([^/]+)$/, evidencePage],
  [/^bron\/([^/]+)$/, sourcePage],
  [/^organisaties$/, networkIndexPage],
  [/^organisatie\/([^/]+)$/, stakeholderPage],
  [/^programma\/([^/]+)$/, programmePage],
  [/^internationaal$/, internationalPage],
  [/^praktijk\/([^/]+)$/, practicePage],
  [/^vergelijk$/, comparePage],
];

const main = document.getElementById('inhoud');
let renderCount = 0;
let previousPath = null;

// A page that takes longer than 300 ms says so; quicker ones do not flicker.
const loading = h('p', { class: 'loading', role: 'status', hidden: true }, 'Bezig met laden…');
document.querySelector('.site-header').append(loading);

// Scroll position per history entry, so *back* returns to where the user was on a long list.
history.scrollRestoration = 'manual';
let scrollSave;
window.addEventListener('scroll', () => {
  clearTimeout(scrollSave);
  const url = location.href;
  scrollSave = setTimeout(() => {
    if (location.href === url) history.replaceState({ ...history.state, scroll: window.scrollY }, '');
  }, 100);
}, { passive: true });

async function render() {
  const { path, params } = currentRoute();
  const samePage = path === previousPath;
  previousPath = path;
  const focusedId = samePage ? document.activeElement?.id : null;
  const ticket = ++renderCount;
  main.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => { if (ticket === renderCount) loading.hidden = false; }, 300);
  let content;
  try {
    const route = routes.find(([pattern]) => pattern.test(path));
    if (!route) {
      setTitle('Niet gevonden');
      content = [h('h1', { tabindex: '-1' }, 'Pagina niet gevonden'), h('p', {}, h('a', { href: '#/' }, 'Naar de startpagina'))];
    } else {
      const args = route[0].exec(path).slice(1).map(decodeURIComponent);
      content = await route[1](...args, params);
    }
  } catch (error) {
    setTitle('Fout');
    content = [h('h1', { tabindex: '-1' }, 'Er ging iets mis'),
      h('p', { role: 'alert' }, error instanceof ApiError ? error.message : `Onverwachte fout: ${error.message}`)];
    if (!(error instanceof ApiError)) console.error(error);
  }
  clearTimeout(slow);
  if (ticket !== renderCount) return; // a newer navigation has started; drop this result
  loading.hidden = true;
  main.replaceChildren(...[content].flat(Infinity).filter(Boolean));
  main.removeAttribute('aria-busy');
  markCurrentNav(path);
  updateTray();
  const refocus = focusedId && document.getElementById(focusedId);
  if (refocus) refocus.focus();
  else if (!samePage) {
    main.querySelector('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, history.state?.scroll ?? 0);
  }
  main.dispatchEvent(new CustomEvent('rendered', { bubbles: true }));
}

function markCurrentNav(path) {
  for (const link of document.querySelectorAll('.site-nav a')) {
    const target = link.getAttribute('href').replace(/^#\/?/, '');
    const current = target === '' ? path === '' : path === target || path.startsWith(`${target}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// The skip link must not change the hash, which is the route.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

// "Kopieer link": the URL is the whole state of a page, so copying it shares exactly what is on screen.
const copied = h('span', { class: 'copy-status', role: 'status' });
document.querySelector('.site-header').append(h('div', { class: 'share' },
  h('button', { type: 'button', class: 'copy-link', id: 'kopieer-link', onclick: async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copied.textContent = 'Link gekopieerd';
    } catch {
      copied.textContent = `Kopieer deze link: ${location.href}`;
    }
    setTimeout(() => { copied.textContent = ''; }, 6000);
  } }, 'Kopieer link'), copied));

window.addEventListener('hashchange', render);
render();
