package nl.onderwijsgraaf.api;

import graphql.schema.DataFetchingEnvironment;

/**
 * What a root read must read of its nodes for what the client selected of them, as the entries of a Cypher map
 * projection of {@code variable}: the selected properties only, or all of them where a selected field has logic of
 * its own. The read compiler's rule ({@code read/ReadCompiler}), so that a lookup or page, like the nested reads,
 * leaves long texts nobody asked for in the store.
 */
@FunctionalInterface
public interface Projection {

	/**
	 * The projection of the nodes of {@code type} that the field of {@code env} answers with: its own value, or, with
	 * {@code connection}, the nodes of its edges.
	 */
	String of(String type, String variable, DataFetchingEnvironment env, boolean connection);

}
