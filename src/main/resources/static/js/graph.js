// The network drawn as SVG with a small force layout: pan (drag, arrow keys), zoom (wheel, +/−, buttons), and
// every node a keyboard-focusable link. SVG rather than canvas, so nodes are in the DOM for assistive technology.
import { h } from './html.js';
import { NODE_LABEL, ROLE, CONNECTION_ROLE, STAKEHOLDER_TYPE, INTERVENTION_KIND, PROGRAMME_KIND } from './labels.js';

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

function shape(node, isCenter) {
  const r = isCenter ? 14 : 9;
  if (node.label === 'Intervention') return s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 2 });
  if (node.label === 'Programme') return s('polygon', { points: `0,${-r * 1.3} ${r * 1.3},0 0,${r * 1.3} ${-r * 1.3},0` });
  return s('circle', { r });
}

/**
 * Draws a network. `onOpen(node)` is called when a node is clicked or activated with Enter/Space;
 * `highlight` is a set of node ids (a path) drawn emphasised.
 */
export function networkView({ nodes, edges, centerId, onOpen, highlight = new Set() }) {
  const pos = layout(nodes, edges, centerId);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Names of every node only while they can be read; otherwise the centre, the path and the first ring when it is
  // small. Hover and focus show any other node's name.
  const showAllLabels = nodes.length <= 60;
  const showFirstRing = nodes.filter((n) => n.distance === 1).length <= 15;

  const edgeLayer = s('g', { class: 'edges' });
  for (const e of edges) {
    const a = pos[index.get(e.from)];
    const b = pos[index.get(e.to)];
    if (!a || !b) continue;
    const onPath = highlight.has(e.from) && highlight.has(e.to);
    const role = ROLE[e.role] ?? CONNECTION_ROLE[e.role] ?? (e.type === 'PART_OF' ? 'is onderdeel van' : e.role);
    edgeLayer.append(s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${e.type.toLowerCase()}${onPath ? ' on-path' : ''}` },
      s('title', {}, `${nodes[index.get(e.from)].name} — ${role} — ${nodes[index.get(e.to)].name}`)));
  }

  const nodeLayer = s('g', { class: 'nodes' });
  nodes.forEach((node, i) => {
    const isCenter = node.id === centerId;
    const label = `${node.name} (${NODE_LABEL[node.label] ?? node.label}, ${typeName(node)})`;
    const labelled = showAllLabels || isCenter || highlight.has(node.id) || (showFirstRing && node.distance <= 1);
    const g = s('g', { class: `node ${node.label.toLowerCase()}${isCenter ? ' center' : ''}${highlight.has(node.id) ? ' on-path' : ''}${labelled ? '' : ' quiet'}`,
      transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, tabindex: '0', role: 'link',
      'aria-label': label, 'data-key': node.key, 'data-label': node.label },
    s('title', {}, label), shape(node, isCenter),
    s('text', { x: isCenter ? 18 : 13, y: 4 }, node.name.length > 38 ? `${node.name.slice(0, 36)}…` : node.name));
    g.addEventListener('click', () => onOpen(node));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); onOpen(node); }
    });
    nodeLayer.append(g);
  });

  const viewport = s('g', { class: 'viewport' }, edgeLayer, nodeLayer);
  const svg = s('svg', { class: 'network', viewBox: `${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`, tabindex: '0',
    role: 'group', 'aria-label': `Netwerk met ${nodes.length} knopen en ${edges.length} verbindingen. Sleep of gebruik de pijltjestoetsen om te verschuiven, + en − om te zoomen; Tab gaat langs de knopen.` },
  viewport);

  // Fit everything in view, then let the user move around.
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const spanX = Math.max(...xs) - Math.min(...xs) + 160;
  const spanY = Math.max(...ys) - Math.min(...ys) + 80;
  const fit = () => ({ scale: Math.min(1.6, WIDTH / spanX, HEIGHT / spanY),
    x: -((Math.max(...xs) + Math.min(...xs)) / 2), y: -((Math.max(...ys) + Math.min(...ys)) / 2) });
  let view = fit();
  const apply = () => viewport.setAttribute('transform', `scale(${view.scale}) translate(${view.x},${view.y})`);
  apply();
  const zoom = (factor) => { view.scale = Math.min(6, Math.max(0.2, view.scale * factor)); apply(); };
  const pan = (x, y) => { view.x += x / view.scale; view.y += y / view.scale; apply(); };

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
    h('button', { type: 'button', onclick: () => { view = fit(); apply(); } }, 'Passend maken'));
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legenda' },
    h('li', {}, h('span', { class: 'swatch stakeholder', 'aria-hidden': 'true' }), 'Organisatie (rondje)'),
    h('li', {}, h('span', { class: 'swatch intervention', 'aria-hidden': 'true' }), 'Interventie (vierkant)'),
    h('li', {}, h('span', { class: 'swatch programme', 'aria-hidden': 'true' }), 'Programma (ruit)'));
  return h('div', { class: 'graph' }, controls, svg, legend);
}
