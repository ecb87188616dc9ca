// The only way the app reaches the service: POST a document to the public GraphQL endpoint.

/** An error the API reported; its message is shown to the user as is. */
export class ApiError extends Error {}

const RETRIES_WHEN_BUSY = 5;

/**
 * Runs a GraphQL document and returns its `data`; throws ApiError on transport or GraphQL errors. When the service
 * asks to slow down (429), waits the seconds it names and tries again, a few times, as a user would.
 */
export async function gql(document, variables = {}) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query: document, variables }),
      });
    } catch {
      throw new ApiError('De dienst is niet bereikbaar. Probeer het later opnieuw.');
    }
    if (response.status === 429 && attempt < RETRIES_WHEN_BUSY) {
      const seconds = Math.min(10, Number(response.headers.get('Retry-After')) || 1);
      await new Promise((resolve) => { setTimeout(resolve, seconds * 1000); });
      continue;
    }
    const body = await response.json().catch(() => null);
    if (response.status === 429) throw new ApiError('De dienst is even erg druk. Probeer het over een minuut opnieuw.');
    if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
    if (!response.ok || !body) throw new ApiError(`De dienst antwoordde met status ${response.status}.`);
    return body.data;
  }
}

/**
 * Fetches every node of a Relay connection field, 100 at a time (the API's page limit); `where` narrows it, given
 * with the name of its input type.
 */
export async function gqlAll(field, selection, where = null, whereType = null) {
  const nodes = [];
  let after = null;
  const declaration = where ? `, $where: ${whereType}` : '';
  do {
    const data = await gql(`query($after: String${declaration}) { ${field}(first: 100, after: $after${where ? ', where: $where' : ''}) {
      pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`, { after, where });
    const page = data[field];
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

// Fields and arguments other parts of the service are adding (e.g. `Evidence.quote`, `suggest(kinds:)`): a page asks
// for them only once the schema has them, since asking for an unknown one fails the whole query. Each type is asked
// about once per page load, in a query of its own: the service refuses introspection that names `fields` twice.
const typeInfo = new Map();

function fieldsOf(type) {
  if (!typeInfo.has(type)) {
    typeInfo.set(type, gql(`query($type: String!) { __type(name: $type) { fields { name args { name } } } }`, { type })
      .then((data) => new Map((data.__type?.fields ?? []).map((f) => [f.name, new Set(f.args.map((a) => a.name))])))
      .catch(() => new Map()));
  }
  return typeInfo.get(type);
}

/** The names among `fields` that `type` has in the service's schema, as a selection (`'quote'` or `''`). */
export async function optionalFields(type, ...fields) {
  const known = await fieldsOf(type);
  return fields.filter((field) => known.has(field)).join(' ');
}

/** Whether the query field `field` takes the argument `argument` in the service's schema. */
export async function hasArgument(field, argument) {
  return (await fieldsOf('Query')).get(field)?.has(argument) ?? false;
}
