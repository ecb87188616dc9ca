// The only way the app reaches the service: POST a document to the public GraphQL endpoint.

/** An error the API reported; its message is shown to the user as is. */
export class ApiError extends Error {}

/** Runs a GraphQL document and returns its `data`; throws ApiError on transport or GraphQL errors. */
export async function gql(document, variables = {}) {
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
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body) throw new ApiError(`De dienst antwoordde met status ${response.status}.`);
  return body.data;
}

/** Fetches every node of a Relay connection field, 100 at a time (the API's page limit). */
export async function gqlAll(field, selection) {
  const nodes = [];
  let after = null;
  do {
    const data = await gql(`query($after: String) { ${field}(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`, { after });
    const page = data[field];
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}
