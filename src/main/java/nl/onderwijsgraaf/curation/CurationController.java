package nl.onderwijsgraaf.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.NodeKeys;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.seed.SeedKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations curators use. {@code createX}/{@code updateX} exist once per curated kind and are wired from
 * {@link SeedKind} by {@link CurationWiring}; retire, restore, link and the country attributes work for any kind
 * and are mapped here. Every payload holds the node as it is after the change, or the {@code errors} that stopped it.
 */
@Controller
class CurationController {

	private final CurationService curation;

	private final NodeReader reader;

	private final GraphTypes types;

	CurationController(CurationService curation, NodeReader reader, GraphTypes types) {
		this.curation = curation;
		this.reader = reader;
		this.types = types;
	}

	Map<String, Object> create(SeedKind kind, DataFetchingEnvironment env) {
		Map<String, Object> input = env.getArgument("input");
		return payload(fieldName(kind), () -> this.curation.create(kind, input, Curators.of(env)));
	}

	Map<String, Object> update(SeedKind kind, DataFetchingEnvironment env) {
		Map<String, Object> input = env.getArgument("input");
		String key = NodeKeys.keyOf("id", (String) input.get("id"), this.types.forLabel(kind.label()));
		if (key == null) {
			return failure(fieldName(kind), CurationFailure.notFound("id", kind.label()));
		}
		return payload(fieldName(kind), () -> this.curation.update(kind, key, input, Curators.of(env)));
	}

	@MutationMapping
	Map<String, Object> retireNode(@Argument NodeVersion input, DataFetchingEnvironment env) {
		return payload("node", () -> this.curation.retire(input, true, Curators.of(env)));
	}

	@MutationMapping
	Map<String, Object> restoreNode(@Argument NodeVersion input, DataFetchingEnvironment env) {
		return payload("node", () -> this.curation.retire(input, false, Curators.of(env)));
	}

	@MutationMapping
	Map<String, Object> linkNodes(@Argument LinkInput input, DataFetchingEnvironment env) {
		return payload("node", () -> this.curation.link(input, true, Curators.of(env)));
	}

	@MutationMapping
	Map<String, Object> unlinkNodes(@Argument LinkInput input, DataFetchingEnvironment env) {
		return payload("node", () -> this.curation.link(input, false, Curators.of(env)));
	}

	@MutationMapping
	Map<String, Object> setCountryAttribute(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return countryAttribute(input, true, env);
	}

	@MutationMapping
	Map<String, Object> removeCountryAttribute(@Argument Map<String, Object> input, DataFetchingEnvironment env) {
		return countryAttribute(input, false, env);
	}

	private Map<String, Object> countryAttribute(Map<String, Object> input, boolean set, DataFetchingEnvironment env) {
		String country = NodeKeys.keyOf("country", (String) input.get("country"),
				this.types.forLabel(SeedKind.COUNTRIES.label()));
		if (country == null) {
			return failure("country", CurationFailure.notFound("country", "Country"));
		}
		return payload("country", () -> this.curation.countryAttribute(country, input, set, Curators.of(env)));
	}

	/** Runs a change and answers with the node it concerns, read again (retired or not), or with its failure. */
	private Map<String, Object> payload(String field, java.util.function.Supplier<CurationService.Change> change) {
		CurationService.Change done;
		try {
			done = change.get();
		}
		catch (CurationFailure failure) {
			return failure(field, failure);
		}
		Class<? extends GraphNode> type = this.types.forLabel(done.label());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(field, this.reader.lookup(type, GlobalId.encode(done.label(), done.key()), null, true));
		payload.put("errors", List.of());
		return payload;
	}

	private static Map<String, Object> failure(String field, CurationFailure failure) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put(field, null);
		payload.put("errors", List.of(failure.error()));
		return payload;
	}

	/** The payload field of a kind's node: its type name with a lower-case first letter. */
	static String fieldName(SeedKind kind) {
		return Character.toLowerCase(kind.label().charAt(0)) + kind.label().substring(1);
	}

}
