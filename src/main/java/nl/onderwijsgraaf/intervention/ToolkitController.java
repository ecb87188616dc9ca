package nl.onderwijsgraaf.intervention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.NodeKeys;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.problem.Problem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The school team's view: which interventions help with a problem, ranked by the evidence behind them, and what
 * else is worth a look. See {@code schema/graphql/toolkit.graphqls} for the ranking rules.
 */
@Controller
class ToolkitController {

	private final ToolkitRepository repository;

	ToolkitController(ToolkitRepository repository) {
		this.repository = repository;
	}

	/**
	 * GraphQL context key of the ratings the ranking already read (by intervention key; empty when it has none), so
	 * that the {@code rating} field of the listed interventions does not read them again.
	 */
	private static final String RANKED_RATINGS = ToolkitController.class.getName() + ".ratings";

	@QueryMapping
	Connection<Intervention> interventionsForProblem(@Argument String problem, @Argument InterventionFilter where,
			@Argument InterventionOrder orderBy, @Argument Integer first, @Argument String after,
			GraphQLContext context) {
		Paging paging = Paging.of(Cursor.scopeOf("interventionsForProblem", problem, where, orderBy), first, after);
		InterventionFilter filter = ((where != null) ? where : InterventionFilter.NONE).validated();
		String key = NodeKeys.keyOf("problem", problem, Problem.class);
		if (key == null) {
			return Connection.of(List.of(), paging, 0);
		}
		List<InterventionOrder.Candidate> candidates = this.repository.candidates(key, filter);
		Map<String, Optional<Rating>> known = context.computeIfAbsent(RANKED_RATINGS, (k) -> new ConcurrentHashMap<>());
		candidates.forEach((c) -> known.put(c.intervention().key(), Optional.ofNullable(c.rating())));
		List<Intervention> ranked = candidates.stream()
			.filter((c) -> filter.accepts(c.rating()))
			.sorted(((orderBy != null) ? orderBy : InterventionOrder.RELEVANCE).comparator())
			.map(InterventionOrder.Candidate::intervention)
			.toList();
		int from = Math.min(paging.offset(), ranked.size());
		int to = Math.min(from + paging.limit(), ranked.size());
		return Connection.of(ranked.subList(from, to), paging, ranked.size());
	}

	@BatchMapping(typeName = "Intervention", field = "rating")
	Map<Intervention, Rating> rating(List<Intervention> interventions, GraphQLContext context) {
		Map<String, Optional<Rating>> known = context.getOrDefault(RANKED_RATINGS, Map.of());
		List<Intervention> unknown = interventions.stream().filter((i) -> !known.containsKey(i.key())).toList();
		Map<Intervention, Rating> ratings = new HashMap<>(unknown.isEmpty() ? Map.of() : this.repository.ratings(unknown));
		interventions.stream()
			.filter((i) -> known.containsKey(i.key()))
			.forEach((i) -> known.get(i.key()).ifPresent((rating) -> ratings.put(i, rating)));
		return ratings;
	}

	@BatchMapping(typeName = "Intervention", field = "related")
	Map<Intervention, List<Intervention>> related(List<Intervention> interventions) {
		return this.repository.related(interventions);
	}

}
