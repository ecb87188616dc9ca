package nl.onderwijsgraaf.search;

import java.util.List;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.GraphNode;

/**
 * One page of search hits (a connection), with facet counts over all hits, a spelling suggestion and the query's
 * words that nothing matched (empty unless asked for).
 */
public record SearchResults(List<Connection.Edge<Hit>> edges, Connection.PageInfo pageInfo, int totalCount,
		List<Facet> facets, String didYouMean, List<String> unmatchedWords) {

	/** A node that matched, its score and the matching passages. */
	public record Hit(GraphNode node, double score, List<Highlight> highlights) {
	}

	/** A passage of one field with the matching words in {@code <mark>…</mark>}; the rest is HTML-escaped. */
	public record Highlight(String field, String snippet) {
	}

	/** The counts of one facet's values over all hits, largest first. */
	public record Facet(SearchFacet name, List<FacetValue> values) {
	}

	/** A facet value and how many hits have it. */
	public record FacetValue(String value, int count) {
	}

	/** A completion of a typed prefix: a node's name. */
	public record Suggestion(String text, SearchKind kind, GraphNode node) {
	}

}
