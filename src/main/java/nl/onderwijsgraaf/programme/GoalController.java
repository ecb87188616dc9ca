package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.Dimension;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Goals and themes, and the dated timeline of programmes. */
@Controller
class GoalController {

	private final NodeReader reader;

	GoalController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Goal goal(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(Goal.class, id, key, env);
	}

	@QueryMapping
	Connection<Goal> goals(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(Goal.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

	@QueryMapping
	TimelineEvent event(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(TimelineEvent.class, id, key, env);
	}

	@QueryMapping
	Connection<TimelineEvent> events(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(TimelineEvent.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

	@QueryMapping
	Aggregate eventStats(@Argument Map<String, Object> where) {
		return new Aggregate(TimelineEvent.class, where, this.reader);
	}

	@SchemaMapping(typeName = "EventStats")
	List<ValueCount> byYear(Aggregate events) {
		return events.countBy(Dimension.property("left(n.date, 4)"));
	}

}
