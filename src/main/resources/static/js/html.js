// Building DOM without innerHTML, so text from the graph can never become markup.

/**
 * Creates an element: `h('a', { href: '#/x', class: 'y' }, 'text', child)`. Attributes that are null, undefined or
 * false are left out; `on*` functions become listeners; arrays of children are flattened; null children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** A search highlight (HTML-escaped text with `<mark>`) as DOM, keeping only text and `<mark>` elements. */
export function highlight(snippet) {
  const doc = new DOMParser().parseFromString(`<p>${snippet}</p>`, 'text/html');
  const out = h('span');
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === 'MARK') out.append(h('mark', {}, node.textContent));
    else out.append(node.textContent);
  }
  return out;
}

/** A heading plus content, or nothing at all when the content list is empty. */
export function section(title, items, render = (x) => x) {
  if (!items || items.length === 0) return null;
  return h('section', { class: 'block' }, h('h2', {}, title), items.map(render));
}

/** A bulleted list of links, or nothing when empty. */
export function linkList(title, items, hrefOf, textOf = (x) => x.name) {
  return section(title, items?.length ? [h('ul', { class: 'links' },
    items.map((item) => h('li', {}, h('a', { href: hrefOf(item) }, textOf(item)))))] : []);
}

/** Sets the page's title both in the document and for screen readers. */
export function setTitle(title) {
  document.title = `${title} — Onderwijsgraaf`;
}

/** A status message for loading or empty states. */
export function note(text) {
  return h('p', { class: 'note' }, text);
}

/**
 * A button that appends the next page of a connection to `list`, while there is one. `connection` is the first
 * page, `nextPage(cursor)` fetches the page after a cursor, `render(node)` draws one node.
 */
export function moreButton(text, list, connection, nextPage, render) {
  let cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  const button = h('button', { type: 'button', hidden: !cursor, onclick: async () => {
    const next = await nextPage(cursor);
    list.append(...next.edges.map((e) => render(e.node)));
    cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    button.hidden = !cursor;
  } }, text);
  return button;
}
