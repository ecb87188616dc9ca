// A stakeholder for programme managers: its network drawn (depth and roles in the URL), the shortest path to
// another stakeholder, its ties and involvements, and who it works with most.
import { h, linkList, note, setTitle } from '../html.js';
import { gql, gqlAll } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { PROVENANCE_FIELDS, citation, provenanceLine, sourceLink } from '../evidence.js';
import { edgeKey, networkView } from '../graph.js';
import { CONNECTION_ROLE, NODE_LABEL, ROLE, STAKEHOLDER_TYPE, edgeVerb, hrefFor } from '../labels.js';
import { go } from '../router.js';

const STAKEHOLDER = `query($key: String!, $id: ID!) { stakeholder(key: $key) { id key name type summary
  places { name } partOf { key name } parts { key name }
  connections { role from { key name } to { key name } provenance { ${PROVENANCE_FIELDS} } }
  involvements { role target { __typename ... on Intervention { key name } ... on Programme { key name } }
    provenance { ${PROVENANCE_FIELDS} } }
  provenance { label page lines row source { key title } } }
  coInvolvedStakeholders(id: $id, first: 8) { count stakeholder { key name } } }`;

const NETWORK = `query($id: ID!, $depth: Int, $roles: [InvolvementRole!]) {
  stakeholderNetwork(id: $id, depth: $depth, roles: $roles) {
    truncated center { id } nodes { id key label type name distance } edges { from to type role } } }`;

const PATH = `query($from: ID!, $to: ID!) { stakeholderPath(from: $from, to: $to) {
  length nodes { id key label type name } edges { from to type role } } }`;

const hrefOfNetworkNode = (node) => hrefFor(node.label, node.key);

/**
 * Where each tie among these nodes is stated: the provenance of the involvements and ties of the stakeholders in
 * it, by `edgeKey`. The network itself carries no provenance, so it is read from the stakeholders, 100 at a time.
 */
async function citationsFor(nodes) {
  const keys = nodes.filter((n) => n.label === 'Stakeholder').map((n) => n.key);
  const chunks = [];
  for (let i = 0; i < keys.length; i += 100) chunks.push(keys.slice(i, i + 100));
  const pages = await Promise.all(chunks.map((chunk) => gqlAll('stakeholders', `key
    involvements { role target { ... on Intervention { key } ... on Programme { key } } provenance { ${PROVENANCE_FIELDS} } }
    connections { role from { key } to { key } provenance { ${PROVENANCE_FIELDS} } }`,
  { key: { in: chunk } }, 'StakeholderWhere')));
  const citations = new Map();
  for (const st of pages.flat()) {
    for (const inv of st.involvements) if (inv.provenance) citations.set(edgeKey(st.key, inv.role, inv.target.key), inv.provenance);
    for (const tie of st.connections) if (tie.provenance) citations.set(edgeKey(tie.from.key, tie.role, tie.to.key), tie.provenance);
  }
  return citations;
}

/** The shortest path as sentences read along each tie's own direction, each with the place it is stated. */
function pathView(path, fromName, toName, citations) {
  if (!path) return h('p', { class: 'callout', role: 'status' }, `Geen verbinding gevonden tussen ${fromName} en ${toName} (binnen 6 stappen).`);
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  const nodeLink = (node) => h('a', { href: hrefOfNetworkNode(node) }, node.name);
  return h('div', { class: 'path', role: 'status' },
    h('p', {}, `Kortste verbinding: ${path.length} ${path.length === 1 ? 'stap' : 'stappen'}.`),
    h('ol', { class: 'path-steps' }, path.edges.map((edge) => {
      const from = byId.get(edge.from);
      const to = byId.get(edge.to);
      const stated = citations.get(edgeKey(from.key, edge.role, to.key));
      return h('li', { class: 'path-edge' }, nodeLink(from), ` ${edgeVerb(edge)} `, nodeLink(to),
        h('span', { class: 'meta' }, ` (${NODE_LABEL[to.label] ?? to.label})`), '. ',
        stated ? h('span', { class: 'provenance' }, 'Bron: ', sourceLink(stated)) : null);
    })));
}

export async function stakeholderPage(key, params) {
  const depth = ['1', '2', '3'].includes(params.get('diepte')) ? Number(params.get('diepte')) : 1;
  const roles = (params.get('rollen') ?? '').split(',').filter((r) => r in ROLE);
  const to = params.get('naar');
  const data = await gql(STAKEHOLDER, { key, id: key });
  const st = data.stakeholder;
  if (!st) {
    setTitle('Organisatie niet gevonden');
    return [h('h1', { tabindex: '-1' }, 'Organisatie niet gevonden'), h('p', {}, h('a', { href: '#/organisaties' }, 'Naar alle organisaties'))];
  }
  setTitle(st.name);
  const [network, pathData] = await Promise.all([
    gql(NETWORK, { id: st.id, depth, roles: roles.length ? roles : null }),
    // the target first: a path to a key that names no organisation is NOT_FOUND, which this page says in words
    to ? gql('query($key: String!) { stakeholder(key: $key) { name } }', { key: to }).then(async (t) => ({
      target: t.stakeholder,
      path: t.stakeholder ? (await gql(PATH, { from: st.key, to })).stakeholderPath : null })) : null,
  ]);
  const net = network.stakeholderNetwork;
  const citations = await citationsFor([...net.nodes, ...(pathData?.path?.nodes ?? [])]);
  const navigateState = (changes) => go(`organisatie/${encodeURIComponent(st.key)}`,
    { diepte: depth === 1 ? null : depth, rollen: roles, naar: to, ...changes });

  const controls = h('form', { class: 'network-filters', 'aria-label': 'Netwerk instellen', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'filter' }, h('label', { for: 'diepte' }, 'Aantal stappen'),
      h('select', { id: 'diepte', onchange: (e) => navigateState({ diepte: e.target.value === '1' ? null : e.target.value }) },
        [1, 2, 3].map((d) => h('option', { value: String(d), selected: d === depth }, String(d))))),
    h('fieldset', { class: 'filter roles' }, h('legend', {}, 'Alleen deze rollen (leeg: alle)'),
      Object.entries(ROLE).map(([role, text]) => h('div', { class: 'check' },
        h('input', { type: 'checkbox', id: `rol-${role}`, value: role, checked: roles.includes(role),
          onchange: (e) => navigateState({ rollen: e.target.checked ? [...roles, role] : roles.filter((r) => r !== role) }) }),
        h('label', { for: `rol-${role}` }, text)))));

  const pathIds = new Set(pathData?.path?.nodes.map((n) => n.id) ?? []);
  const graph = net.nodes.length
    ? networkView({ nodes: net.nodes, edges: net.edges, centerId: net.center?.id, highlight: pathIds, citations, sourceLink,
      onOpen: (node) => { location.hash = hrefOfNetworkNode(node); } })
    : note('Geen netwerk met deze instellingen.');

  const byRole = new Map();
  for (const inv of st.involvements) {
    if (!byRole.has(inv.role)) byRole.set(inv.role, []);
    byRole.get(inv.role).push(inv);
  }

  return [
    h('nav', { class: 'crumbs', 'aria-label': 'Kruimelpad' }, h('a', { href: '#/organisaties' }, 'Netwerk'), ' › Organisatie'),
    h('p', { class: 'eyebrow' }, STAKEHOLDER_TYPE[st.type] ?? st.type),
    h('h1', { tabindex: '-1' }, st.name),
    st.summary ? h('p', { class: 'lead' }, st.summary) : null,
    st.places.length ? h('p', { class: 'meta' }, `Gevestigd in: ${st.places.map((p) => p.name).join(', ')}`) : null,
    provenanceLine(st.provenance),
    h('section', { class: 'block', 'aria-labelledby': 'kop-netwerk' },
      h('h2', { id: 'kop-netwerk' }, 'Netwerk'),
      h('p', { class: 'meta', id: 'netwerk-aantal' }, `${net.nodes.length} knopen, ${net.edges.length} verbindingen${net.truncated ? ' (afgekapt op 500 knopen)' : ''}. Klik op een knoop om ernaartoe te gaan.`),
      controls, graph,
      net.nodes.length ? h('details', { class: 'node-list' }, h('summary', {}, 'Het netwerk als lijst'),
        h('ul', { class: 'columns' }, net.nodes.map((n) => h('li', {}, h('a', { href: hrefOfNetworkNode(n) }, n.name),
          h('span', { class: 'meta' }, ` — ${NODE_LABEL[n.label]}, ${n.distance} ${n.distance === 1 ? 'stap' : 'stappen'}`))))) : null),
    h('section', { class: 'block', 'aria-labelledby': 'kop-pad' },
      h('h2', { id: 'kop-pad' }, 'Kortste verbinding met een andere organisatie'),
      h('form', { class: 'search', onsubmit: (e) => e.preventDefault() },
        autocomplete({ id: 'naar', label: 'Naar organisatie', value: pathData?.target?.name ?? '', kinds: ['STAKEHOLDER'],
          placeholder: 'bijvoorbeeld: PO-Raad', onPick: (s) => navigateState({ naar: s.node.key }) })),
      to ? (pathData.target ? pathView(pathData.path, st.name, pathData.target.name, citations)
        : h('p', { class: 'callout', role: 'status' }, `Geen organisatie gevonden met de sleutel ${to}.`)) : null),
    st.involvements.length ? h('section', { class: 'block' }, h('h2', {}, 'Betrokken bij'),
      h('dl', { class: 'roles' }, [...byRole].map(([role, targets]) => [h('dt', {}, ROLE[role] ?? role),
        h('dd', {}, h('ul', { class: 'links' }, targets.map(({ target: t, provenance }) => h('li', {},
          h('a', { href: hrefFor(t.__typename, t.key) }, t.name), h('span', { class: 'meta' }, ` — ${NODE_LABEL[t.__typename]}`),
          citation(provenance)))))]))) : null,
    st.connections.length ? h('section', { class: 'block' }, h('h2', {}, 'Banden met andere organisaties'),
      h('ul', { class: 'links' }, st.connections.map((c) => h('li', {},
        c.from.key === st.key ? [st.name, ` ${CONNECTION_ROLE[c.role]} `, h('a', { href: hrefFor('Stakeholder', c.to.key) }, c.to.name)]
          : [h('a', { href: hrefFor('Stakeholder', c.from.key) }, c.from.name), ` ${CONNECTION_ROLE[c.role]} `, st.name],
        citation(c.provenance))))) : null,
    linkList('Onderdeel van', st.partOf, (x) => hrefFor('Stakeholder', x.key)),
    linkList('Onderdelen', st.parts, (x) => hrefFor('Stakeholder', x.key)),
    linkList('Werkt het vaakst samen met', data.coInvolvedStakeholders, (c) => hrefFor('Stakeholder', c.stakeholder.key),
      (c) => `${c.stakeholder.name} (${c.count} gedeeld)`),
  ];
}
