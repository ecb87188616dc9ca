package nl.onderwijsgraaf.curation;

import graphql.schema.DataFetchingEnvironment;
import nl.onderwijsgraaf.security.OperationGuard;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who makes a change, for the audit log: the authenticated curator (the token's name) that {@link OperationGuard}
 * puts in the GraphQL context of every mutation it lets through, with the {@code Idempotency-Key} the client sent,
 * if any. Why the context and not the security context: data fetchers may run on another thread than the request's.
 */
final class Curators {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Curators() {
	}

	/**
	 * Who asks for a change, and how to recognise the request when it is sent again.
	 *
	 * @param name the curator's name
	 * @param retryKey the client's idempotency key and the field's place in the response (several mutation fields may
	 * share one request); null when the client sent no key
	 * @param request what the field asks for (its name and arguments): a key sent again with another request is a
	 * mistake, not a retry
	 */
	record Curator(String name, String retryKey, String request) {

	}

	static Curator of(DataFetchingEnvironment env) {
		String key = env.getGraphQlContext().get(OperationGuard.IDEMPOTENCY_KEY);
		return new Curator(nameOf(env), (key != null) ? key + "/" + env.getExecutionStepInfo().getPath() : null,
				env.getField().getName() + JSON.writeValueAsString(env.getArguments()));
	}

	private static String nameOf(DataFetchingEnvironment env) {
		String curator = env.getGraphQlContext().get(OperationGuard.CURATOR);
		if (curator == null) {
			// Why fail: the guard refuses a mutation without a curator's token, so a missing name is a wiring fault.
			throw new IllegalStateException("A mutation ran without an authenticated curator");
		}
		return curator;
	}

}
