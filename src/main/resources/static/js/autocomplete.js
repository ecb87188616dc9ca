// A search box with suggestions, following the WAI-ARIA combobox pattern (list autocomplete): arrow keys move
// through the suggestions, Enter picks one (or submits the text), Escape closes the list.
import { h } from './html.js';
import { gql, hasArgument } from './api.js';
import { NODE_NAME_FRAGMENT, kindName } from './labels.js';

let instances = 0;

/**
 * @param {object} options
 * @param {string} options.id          id of the input (labels point at it)
 * @param {string} options.label       visible label
 * @param {string} [options.value]     initial text
 * @param {string[]} [options.kinds]   only suggestions of these SearchKind values
 * @param {(suggestion) => void} options.onPick     a suggestion was chosen
 * @param {(text: string) => void} [options.onSubmit] Enter without a chosen suggestion
 * @param {string} [options.buttonText] text of the submit button; no button when absent
 */
export function autocomplete({ id, label, value = '', kinds, onPick, onSubmit, buttonText, placeholder }) {
  const listId = `${id}-suggesties-${++instances}`;
  const input = h('input', { id, type: 'search', value, autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder,
    spellcheck: 'false' });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `Suggesties voor ${label}`, hidden: true });
  const status = h('span', { class: 'visually-hidden', role: 'status' });
  let suggestions = [];
  let active = -1;
  let request = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show() {
    list.replaceChildren(...suggestions.map((s, i) => h('li', {
      id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active), class: 'suggestion',
      onmousedown: (event) => { event.preventDefault(); pick(i); },
    }, h('span', { class: 'suggestion-text' }, s.text), h('span', { class: 'kind' }, kindName(s.kind, s.node)))));
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    status.textContent = suggestions.length ? `${suggestions.length} suggesties; gebruik de pijltjestoetsen.` : '';
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const chosen = suggestions[i];
    input.value = chosen.text;
    close();
    onPick(chosen);
  }

  async function update() {
    const prefix = input.value.trim();
    const ticket = ++request;
    if (!prefix) { suggestions = []; close(); return; }
    try {
      // Narrowed by the service where it can (`kinds`), else only here, from the suggestions for every kind.
      const narrow = kinds && await hasArgument('suggest', 'kinds');
      const data = await gql(`query($prefix: String!${narrow ? ', $kinds: [SearchKind!]' : ''}) {
        suggest(prefix: $prefix${narrow ? ', kinds: $kinds' : ''}) { text kind node { ${NODE_NAME_FRAGMENT} } } }`,
      { prefix: prefix.slice(0, 100), ...(narrow ? { kinds } : {}) });
      if (ticket !== request) return;
      suggestions = data.suggest.filter((s) => !kinds || kinds.includes(s.kind));
      active = -1;
      show();
    } catch {
      suggestions = [];
      close();
    }
  }

  let timer;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 150); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && suggestions.length > 0;
    if (event.key === 'ArrowDown' && suggestions.length) {
      active = (active + 1) % suggestions.length; show(); event.preventDefault();
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      active = active <= 0 ? suggestions.length - 1 : active - 1; show(); event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      close(); event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && active >= 0) pick(active);
      else if (onSubmit && input.value.trim()) { close(); onSubmit(input.value.trim()); }
    }
  });

  const submit = buttonText && onSubmit ? h('button', { type: 'button', onclick: () => {
    if (input.value.trim()) onSubmit(input.value.trim());
  } }, buttonText) : null;
  return h('div', { class: 'combobox' },
    h('label', { for: id }, label),
    h('div', { class: 'combobox-row' }, h('div', { class: 'combobox-field' }, input, list), submit),
    status);
}
