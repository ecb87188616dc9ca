// The network drawn as SVG with a small force layout: pan (drag, arrow keys), zoom (wheel, +/−, buttons), and
// every node a keyboard-focusable link. SVG rather than canvas, so nodes are in the DOM for assistive technology.
import { h } from './html.js';
import { NODE_LABEL, STAKEHOLDER_TYPE, INTERVENTION_KIND, PROGRAMME_KIND, edgeVerb } from './labels.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const HEIGHT = 600;

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) if (value != null) el.setAttribute(name, value);
  for (const child of children) if (child != null) el.append(child);
  return el;
}

/** A deterministic force layout: rings by distance to start with, then repulsion, springs and gravity. */
export function layout(nodes, edges, centerId) {
  const byId = new Map(nodes.map((n, i) => [n.id, i]));
  const rings = new Map();
  const pos = nodes.map((n) => {
    const ring = rings.get(n.distance) ?? 0;
    rings.set(n.distance, ring + 1);
    return { x: 0, y: 0, ring, distance: n.distance };
  });
  for (const p of pos) {
    const count = rings.get(p.distance);
    const angle = (2 * Math.PI * p.ring) / count + p.distance * 0.7;
    p.x = Math.cos(angle) * 140 * p.distance;
    p.y = Math.sin(angle) * 140 * p.distance;
  }
  const links = edges.map((e) => [byId.get(e.from), byId.get(e.to)]).filter(([a, b]) => a != null && b != null);
  const n = nodes.length;
  const k = Math.sqrt((WIDTH * HEIGHT) / Math.max(n, 1)) * 0.55;
  const iterations = n > 200 ? 80 : n > 80 ? 160 : 300;
  let temperature = 60;
  const center = byId.get(centerId);
  for (let step = 0; step < iterations; step++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = pos[i].x - pos[j].x;
        let y = pos[i].y - pos[j].y;
        let d2 = x * x + y * y;
        if (d2 < 0.01) { x = 0.1 * (i - j); y = 0.1; d2 = x * x + y * y; }
        const f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [a, b] of links) {
      const x = pos[a].x - pos[b].x;
      const y = pos[a].y - pos[b].y;
      const d = Math.sqrt(x * x + y * y) || 0.1;
      const f = d / k;
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= pos[i].x * 0.02; dy[i] -= pos[i].y * 0.02; // gravity keeps loose parts in view
      if (i === center) continue;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(d, temperature);
      pos[i].x += (dx[i] / d) * move;
      pos[i].y += (dy[i] / d) * move;
    }
    temperature = Math.max(2, temperature * 0.97);
  }
  if (center != null) { pos[center].x = 0; pos[center].y = 0; }
  return pos;
}

function typeName(node) {
  return STAKEHOLDER_TYPE[node.type] ?? INTERVENTION_KIND[node.type] ?? PROGRAMME_KIND[node.type] ?? node.type;
}

// A role in the field (Leraar, Ouders) is a stakeholder of type ROLE but no organisation: drawn hollow and dashed.
const isRoleNode = (node) => node.label === 'Stakeholder' && node.type === 'ROLE';

function shape(node, isCenter) {
  const r = isCenter ? 14 : 9;
  if (node.label === 'Intervention') return s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 2 });
  if (node.label === 'Programme') return s('polygon', { points: `0,${-r * 1.3} ${r * 1.3},0 0,${r * 1.3} ${-r * 1.3},0` });
  return s('circle', { r });
}

/** The key under which an edge's citation is looked up: its ends' keys and its role. */
export function edgeKey(fromKey, role, toKey) {
  return `${fromKey}|${role ?? ''}|${toKey}`;
}

/** The nearest node from `from` in the direction of an arrow key, or null. */
function nearestInDirection(pos, from, key) {
  const [dx, dy] = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  let best = null;
  let bestScore = Infinity;
  pos.forEach((p, i) => {
    if (i === from) return;
    const x = p.x - pos[from].x;
    const y = p.y - pos[from].y;
    const along = x * dx + y * dy;
    if (along <= 0) return;
    const across = Math.abs(x * dy - y * dx);
    const score = along + 2 * across; // prefer nodes straight ahead
    if (score < bestScore) { bestScore = score; best = i; }
  });
  return best;
}

/** A name in lines of about 24 characters, so a long one takes less width than it would on one line. */
function wrapped(name) {
  const lines = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < 24) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LABEL_PX = 13; // label size on screen at any zoom: legible (≥ 12 px) and never scaled down with the drawing

/**
 * Draws a network. `onOpen(node)` is called when a node is clicked or activated with Enter/Space;
 * `highlight` is a set of node ids (a path) drawn emphasised; `citations` maps `edgeKey(...)` to the provenance of
 * that tie, shown when the tie or one of its nodes is hovered or focused; `sourceLink` draws one provenance.
 */
export function networkView({ nodes, edges, centerId, onOpen, highlight = new Set(), citations = new Map(), sourceLink }) {
  const pos = layout(nodes, edges, centerId);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Names of every node only while they can be read; otherwise the centre, the path and the first ring when it is
  // small. Hover and focus show any other node's name.
  const showAllLabels = nodes.length <= 25;
  const showFirstRing = nodes.filter((n) => n.distance === 1).length <= 12;
  const centerX = pos[index.get(centerId)]?.x ?? 0;

  const info = h('div', { class: 'edge-info', 'aria-live': 'polite' },
    h('p', { class: 'meta' }, 'Wijs een verbinding of knoop aan (of geef een knoop focus met Tab) om te zien waar de verbinding vandaan komt.'));
  const citationOf = (e) => {
    const from = nodes[index.get(e.from)];
    const to = nodes[index.get(e.to)];
    return citations.get(edgeKey(from.key, e.role, to.key)) ?? null;
  };
  const edgeLine = (e) => {
    const from = nodes[index.get(e.from)];
    const to = nodes[index.get(e.to)];
    const citation = citationOf(e);
    return h('li', {}, h('strong', {}, from.name), ` ${edgeVerb(e)} `, h('strong', {}, to.name), '. ',
      citation ? h('span', {}, 'Bron: ', sourceLink(citation)) : h('span', { class: 'meta' }, 'De bron noemt geen vindplaats voor deze verbinding.'));
  };
  const showEdges = (title, list) => {
    info.replaceChildren(h('p', { class: 'edge-info-title' }, title), h('ul', { class: 'links' }, list.map(edgeLine)));
  };

  const edgeLayer = s('g', { class: 'edges' });
  for (const e of edges) {
    const a = pos[index.get(e.from)];
    const b = pos[index.get(e.to)];
    if (!a || !b) continue;
    const onPath = highlight.has(e.from) && highlight.has(e.to);
    const from = nodes[index.get(e.from)];
    const to = nodes[index.get(e.to)];
    const citation = citationOf(e);
    const words = `${from.name} ${edgeVerb(e)} ${to.name}${citation ? ` (bron: ${citation.label})` : ''}`;
    const line = s('g', { class: `edge ${e.type.toLowerCase()}${onPath ? ' on-path' : ''}` },
      s('title', {}, words),
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-line' }),
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-hit' }));
    line.addEventListener('pointerenter', () => showEdges('Deze verbinding:', [e]));
    edgeLayer.append(line);
  }

  const nodeLayer = s('g', { class: 'nodes' });
  const labels = [];
  const nodeEls = nodes.map((node, i) => {
    const isCenter = node.id === centerId;
    const kind = isRoleNode(node) ? 'Rol in het veld, geen organisatie' : `${NODE_LABEL[node.label] ?? node.label}, ${typeName(node)}`;
    const label = `${node.name} (${kind})`;
    const labelled = showAllLabels || isCenter || highlight.has(node.id) || (showFirstRing && node.distance <= 1);
    const leftOfCenter = pos[i].x < centerX - 1;
    const g = s('g', { class: `node ${node.label.toLowerCase()}${isRoleNode(node) ? ' role' : ''}${isCenter ? ' center' : ''}${highlight.has(node.id) ? ' on-path' : ''}${labelled ? '' : ' quiet'}`,
      transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, tabindex: '0', role: 'link',
      'aria-label': label, 'data-key': node.key, 'data-label': node.label },
    s('title', {}, label), shape(node, isCenter),
    // Names stand outward from the centre, so long ones run off the edge of the drawing less.
    s('text', { 'text-anchor': leftOfCenter ? 'end' : 'start', 'dominant-baseline': 'central' },
      // the space ending each line keeps the words apart in the label's text, which must match its accessible name
      ...wrapped(node.name).map((line, n, all) => s('tspan', { dy: n ? '1.2em' : `${-(all.length - 1) * 0.6}em` },
        n < all.length - 1 ? `${line} ` : line))));
    labels.push([g.lastChild, leftOfCenter ? -1 : 1, isCenter ? 14 : 9, g, isCenter || highlight.has(node.id)]);
    const mine = () => edges.filter((e) => e.from === node.id || e.to === node.id);
    g.addEventListener('click', () => onOpen(node));
    g.addEventListener('focus', () => showEdges(`Verbindingen van ${node.name}:`, mine()));
    g.addEventListener('pointerenter', () => showEdges(`Verbindingen van ${node.name}:`, mine()));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onOpen(node); return; }
      if (event.key.startsWith('Arrow')) {
        event.preventDefault();
        const next = nearestInDirection(pos, i, event.key);
        if (next != null) nodeEls[next].focus();
      }
    });
    nodeLayer.append(g);
    return g;
  });

  const viewport = s('g', { class: 'viewport' }, edgeLayer, nodeLayer);
  const svg = s('svg', { class: 'network', viewBox: `${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`, tabindex: '0',
    role: 'group', 'aria-label': `Netwerk met ${nodes.length} knopen en ${edges.length} verbindingen. Sleep of gebruik de pijltjestoetsen om te verschuiven, + en − om te zoomen; Tab gaat langs de knopen, en op een knoop gaan de pijltjestoetsen naar de dichtstbijzijnde knoop in die richting.` },
  viewport);

  // Screen pixels per unit of the drawing. Labels and node symbols are sized from it, so they keep their size on
  // screen (labels LABEL_PX) at any zoom and on any screen width.
  const unit = () => {
    const box = svg.getBoundingClientRect();
    const perUnit = box.width ? Math.min(box.width / WIDTH, box.height / HEIGHT) * view.scale : view.scale;
    return 1 / perUnit;
  };
  const apply = () => {
    viewport.setAttribute('transform', `scale(${view.scale}) translate(${view.x},${view.y})`);
    const u = unit();
    viewport.style.setProperty('--label-size', `${(LABEL_PX * u).toFixed(2)}px`);
    for (const [text, side, radius] of labels) {
      const x = (side * (radius + 6) * u).toFixed(2);
      for (const line of text.children) line.setAttribute('x', x);
      text.previousSibling.setAttribute('transform', `scale(${u.toFixed(3)})`);
    }
  };
  // Fit the whole drawing in view, names included. Names keep their size on screen while the positions scale, so the
  // largest scale at which positions plus names fit is searched for.
  const fit = () => {
    const box = svg.getBoundingClientRect();
    if (!box.width) return;
    const perUnit = Math.min(box.width / WIDTH, box.height / HEIGHT);
    const room = { x: box.width - 24, y: box.height - 70 }; // 70: the zoom buttons over the top of the drawing
    const largestScale = () => {
      view = { scale: 1, x: 0, y: 0 };
      apply();
      const u = unit();
      const reach = labels.map(([text]) => {
        const b = getComputedStyle(text).display === 'none' ? { x: 0, y: 0, width: 0, height: 0 } : text.getBBox();
        return { left: Math.min(-14, b.x / u), right: Math.max(14, (b.x + b.width) / u),
          top: Math.min(-14, b.y / u), bottom: Math.max(14, (b.y + b.height) / u) };
      });
      const extent = (scale) => {
        const e = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
        pos.forEach((p, i) => {
          const x = p.x * scale * perUnit;
          const y = p.y * scale * perUnit;
          e.x0 = Math.min(e.x0, x + reach[i].left); e.x1 = Math.max(e.x1, x + reach[i].right);
          e.y0 = Math.min(e.y0, y + reach[i].top); e.y1 = Math.max(e.y1, y + reach[i].bottom);
        });
        return e;
      };
      let low = 0.02;
      let high = 2;
      for (let step = 0; step < 24; step++) {
        const mid = (low + high) / 2;
        const e = extent(mid);
        if (e.x1 - e.x0 <= room.x && e.y1 - e.y0 <= room.y) low = mid; else high = mid;
      }
      return { low, extent };
    };
    let { low, extent } = largestScale();
    // On a narrow screen the names would squeeze the drawing to a dot: then only the centre and the path keep
    // theirs, and hover or focus shows the others.
    if (low < 0.3 && labels.some(([, , , g, kept]) => !kept && !g.classList.contains('quiet'))) {
      for (const [, , , g, kept] of labels) if (!kept) g.classList.add('quiet');
      ({ low, extent } = largestScale());
    }
    const e = extent(low);
    const px = low * perUnit;
    view = { scale: low, x: -(e.x0 + e.x1) / 2 / px, y: (35 - (e.y0 + e.y1) / 2) / px };
    apply();
  };
  let view = { scale: 1, x: 0, y: 0 };
  // Why fit again at every resize until the user zooms or pans: the drawing's box changes while the page around it
  // fills in (a scrollbar appears, a list above it loads), and a fit for the first box left names cut off at the edge.
  let moved = false;
  new ResizeObserver(() => {
    if (!svg.isConnected) return;
    if (moved) apply(); else fit();
  }).observe(svg);
  const zoom = (factor) => { moved = true; view.scale = Math.min(6, Math.max(0.2, view.scale * factor)); apply(); };
  const pan = (x, y) => { moved = true; view.x += x / view.scale; view.y += y / view.scale; apply(); };

  svg.addEventListener('wheel', (event) => { event.preventDefault(); zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15); }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.node')) return;
    drag = { x: event.clientX, y: event.clientY };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const ratio = WIDTH / svg.getBoundingClientRect().width;
    pan((event.clientX - drag.x) * ratio, (event.clientY - drag.y) * ratio);
    drag = { x: event.clientX, y: event.clientY };
  });
  svg.addEventListener('pointerup', () => { drag = null; });
  svg.addEventListener('keydown', (event) => {
    if (event.target !== svg) return;
    const keys = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
    if (keys[event.key]) { pan(...keys[event.key]); event.preventDefault(); }
    else if (event.key === '+' || event.key === '=') { zoom(1.2); event.preventDefault(); }
    else if (event.key === '-') { zoom(1 / 1.2); event.preventDefault(); }
  });

  const controls = h('div', { class: 'graph-controls' },
    h('button', { type: 'button', onclick: () => zoom(1.25), 'aria-label': 'Inzoomen' }, '+'),
    h('button', { type: 'button', onclick: () => zoom(0.8), 'aria-label': 'Uitzoomen' }, '−'),
    h('button', { type: 'button', onclick: fit }, 'Passend maken'));
  const sample = (kind) => h('span', { class: `line-sample ${kind}`, 'aria-hidden': 'true' });
  const legend = h('div', { class: 'legend' },
    h('h3', { class: 'visually-hidden' }, 'Legenda'),
    h('ul', { 'aria-label': 'Knopen' },
      h('li', {}, h('span', { class: 'swatch stakeholder', 'aria-hidden': 'true' }), 'Organisatie (rondje)'),
      h('li', {}, h('span', { class: 'swatch role', 'aria-hidden': 'true' }), 'Rol in het veld, geen organisatie (open rondje)'),
      h('li', {}, h('span', { class: 'swatch intervention', 'aria-hidden': 'true' }), 'Interventie (vierkant)'),
      h('li', {}, h('span', { class: 'swatch programme', 'aria-hidden': 'true' }), 'Programma (ruit)')),
    h('ul', { 'aria-label': 'Verbindingen' },
      h('li', {}, sample('involved_in'), 'Betrokken bij (financiert, voert uit, adviseert …)'),
      h('li', {}, sample('connected_to'), 'Band tussen organisaties (gestreept)'),
      h('li', {}, sample('part_of'), 'Onderdeel van (gestippeld)'),
      highlight.size ? h('li', {}, sample('on-path'), 'Kortste verbinding') : null));
  return h('div', { class: 'graph' }, controls, svg, legend, info);
}
