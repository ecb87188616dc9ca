package nl.onderwijsgraaf.curation;

import graphql.schema.DataFetchingEnvironment;
import nl.onderwijsgraaf.security.OperationGuard;

/**
 * Who makes a change, for the audit log: the authenticated curator (the token's name) that {@link OperationGuard}
 * puts in the GraphQL context of every mutation it lets through. Why the context and not the security context: data
 * fetchers may run on another thread than the request's.
 */
final class Curators {

	private Curators() {
	}

	static String of(DataFetchingEnvironment env) {
		String curator = env.getGraphQlContext().get(OperationGuard.CURATOR);
		if (curator == null) {
			// Why fail: the guard refuses a mutation without a curator's token, so a missing name is a wiring fault.
			throw new IllegalStateException("A mutation ran without an authenticated curator");
		}
		return curator;
	}

}
