package nl.onderwijsgraaf.intervention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.NodeKeys;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.api.Projection;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.problem.Problem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The school team's view: which interventions help with a problem, ranked by the evidence behind them, and what
 * else is worth a look. See {@code schema/graphql/toolkit.graphqls} for the ranking rules.
 */
@Controller
class ToolkitController {

	/**
	 * Loader of rating evidence by intervention key: {@code rating} takes an argument, which a batch mapping cannot,
	 * so its fields batch through this loader (one query per response level, whatever the schemes asked).
	 */
	private static final String RATING_LOADER = "interventionRatingEvidence";

	private final ToolkitRepository repository;

	private final NodeReader reader;

	private final Projection projection;

	ToolkitController(ToolkitRepository repository, NodeReader reader, Projection projection,
			BatchLoaderRegistry loaders) {
		this.repository = repository;
		this.reader = reader;
		this.projection = projection;
		loaders.<String, List<Evidence>>forName(RATING_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.just(repository.ratingEvidence(keys)));
	}

	@QueryMapping
	Connection<Intervention> interventionsForProblem(@Argument String problem, @Argument InterventionFilter where,
			@Argument InterventionOrder orderBy, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		Paging paging = Paging.of(Cursor.scopeOf("interventionsForProblem", problem, where, orderBy), first, after);
		InterventionFilter filter = ((where != null) ? where : InterventionFilter.NONE).validated();
		String key = NodeKeys.keyOf("problem", problem, Problem.class);
		if (key == null) {
			return Connection.of(List.of(), paging, 0);
		}
		InterventionOrder order = (orderBy != null) ? orderBy : InterventionOrder.RELEVANCE;
		if (!order.readsRatings() && !filter.judgesRatings()) {
			// Why apart: by name, with no rating condition, the ranking is Cypher's ORDER BY, so ranking, paging and
			// the page's nodes with their relationship fields take one query
			return this.repository.byName(key, filter, paging,
					this.projection.of(Intervention.class.getSimpleName(), "n", env, true));
		}
		List<InterventionOrder.Candidate> candidates = this.repository.candidates(key, filter);
		List<String> ranked = candidates.stream()
			.filter((c) -> filter.accepts(c.rating()))
			.sorted(order.comparator())
			.map((c) -> c.intervention().key())
			.toList();
		int from = Math.min(paging.offset(), ranked.size());
		int to = Math.min(from + paging.limit(), ranked.size());
		List<String> page = ranked.subList(from, to);
		Map<String, Intervention> whole = new HashMap<>();
		this.reader.all(Intervention.class, page, env).forEach((i) -> whole.put(i.key(), i));
		// Why filtered: a node a curator retired between the two reads is left out, as any read leaves it out
		return Connection.of(page.stream().filter(whole::containsKey).map(whole::get).toList(), paging, ranked.size());
	}

	@SchemaMapping(typeName = "Intervention", field = "rating")
	CompletableFuture<Rating> rating(Intervention intervention, @Argument String scheme, DataFetchingEnvironment env) {
		return ratingEvidence(intervention, env).thenApply((evidence) -> Rating.of(evidence, scheme));
	}

	@SchemaMapping(typeName = "Intervention", field = "ratings")
	CompletableFuture<List<Rating>> ratings(Intervention intervention, DataFetchingEnvironment env) {
		return ratingEvidence(intervention, env).thenApply(Rating::all);
	}

	private static CompletableFuture<List<Evidence>> ratingEvidence(Intervention intervention,
			DataFetchingEnvironment env) {
		return env.<String, List<Evidence>>getDataLoader(RATING_LOADER)
			.load(intervention.key())
			.thenApply((evidence) -> (evidence != null) ? evidence : List.of());
	}

	@BatchMapping(typeName = "Intervention", field = "related")
	Map<Intervention, List<Intervention>> related(List<Intervention> interventions) {
		return this.repository.related(interventions);
	}

}
