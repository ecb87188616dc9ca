package nl.onderwijsgraaf.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.NodeMapper;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.graph.GraphReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code search} and {@code suggest}: Dutch full-text search over the graph (schema/graphql/search.graphqls). */
@Controller
class SearchController {

	/**
	 * The nodes the values of the facets that name nodes stand for, in one query: sectors, target groups and sources
	 * by key, menukaart doelgebieden by code (the first by key where a code has two); retired ones left out.
	 */
	/** The former SDL name of the {@link SearchFacet#EVIDENCE_STRENGTH} facet, still answered. */
	private static final String DEPRECATED_EVIDENCE_FACET = "EVIDENCE_LEVEL";

	private static final String FACET_NODES = """
			MATCH (v:Sector) WHERE v.id IN $SECTOR AND v.retired IS NULL
			RETURN 'SECTOR' AS facet, v.id AS value, v AS node, 'Sector' AS label, v.name AS name
			UNION ALL MATCH (v:TargetGroup) WHERE v.id IN $TARGET_GROUP AND v.retired IS NULL
			RETURN 'TARGET_GROUP' AS facet, v.id AS value, v AS node, 'TargetGroup' AS label, v.name AS name
			UNION ALL MATCH (v:Source) WHERE v.id IN $SOURCE AND v.retired IS NULL
			RETURN 'SOURCE' AS facet, v.id AS value, v AS node, 'Source' AS label, v.title AS name
			UNION ALL MATCH (v:Goal {type: 'DOELGEBIED'}) WHERE v.code IN $DOELGEBIED AND v.retired IS NULL
			WITH v ORDER BY v.id RETURN 'DOELGEBIED' AS facet, v.code AS value, v AS node, 'Goal' AS label, v.name AS name""";

	private final SearchService search;

	private final GraphReads reads;

	private final GraphTypes types;

	SearchController(SearchService search, GraphReads reads, GraphTypes types) {
		this.search = search;
		this.reads = reads;
		this.types = types;
	}

	@QueryMapping
	SearchResults search(@Argument String query, @Argument List<SearchKind> kinds,
			@Argument SearchFilter where, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.search.search(query, kinds, where, Paging.of(Cursor.scopeOf("search", query, kinds, where), first, after),
				selection.contains("unmatchedWords"));
	}

	@QueryMapping
	List<SearchResults.Suggestion> suggest(@Argument String prefix, @Argument List<SearchKind> kinds) {
		return this.search.suggest(prefix, kinds);
	}

	/**
	 * The facets with the name and node of each value that is the key or code of a node, as the dashboard
	 * aggregates' buckets have them, so that a search page labels its filters without a second request; read only
	 * when facets are asked for.
	 */
	@SchemaMapping(typeName = "SearchResults", field = "facets")
	List<NamedFacet> facets(SearchResults results) {
		Map<String, Object> values = new HashMap<>();
		for (SearchFacet facet : List.of(SearchFacet.SECTOR, SearchFacet.TARGET_GROUP, SearchFacet.SOURCE,
				SearchFacet.DOELGEBIED)) {
			values.put(facet.name(), results.facets().stream().filter((f) -> f.name() == facet)
				.flatMap((f) -> f.values().stream()).map(SearchResults.FacetValue::value).toList());
		}
		// each bucket found under "FACET:value", the key it is looked up by
		Map<String, ValueCount> named = new HashMap<>();
		if (values.values().stream().anyMatch((list) -> !((List<?>) list).isEmpty())) {
			this.reads.records(FACET_NODES, values).stream().map((row) -> new ValueCount(
					row.get("facet").asString() + ":" + row.get("value").asString(), 0, row.get("name").asString(null),
					NodeMapper.map(row.get("node").asNode(), this.types.forLabel(row.get("label").asString()))))
				.forEach((bucket) -> named.putIfAbsent(bucket.value(), bucket));
		}
		List<NamedFacet> facets = new java.util.ArrayList<>();
		results.facets().forEach((facet) -> facets.add(new NamedFacet(facet.name().name(),
				facet.values().stream().map((v) -> {
					ValueCount bucket = named.get(facet.name() + ":" + v.value());
					return (bucket != null) ? new ValueCount(v.value(), v.count(), bucket.name(), bucket.node())
							: new ValueCount(v.value(), v.count());
				}).toList())));
		// the deprecated name of the evidence strength facet, for clients that look it up by that name
		facets.stream().filter((facet) -> facet.name().equals(SearchFacet.EVIDENCE_STRENGTH.name())).findFirst()
			.ifPresent((facet) -> facets.add(new NamedFacet(DEPRECATED_EVIDENCE_FACET, facet.values())));
		return facets;
	}

	/** A facet, by its SDL enum name, whose values carry the name and node they stand for. */
	record NamedFacet(String name, List<ValueCount> values) {
	}

}
