package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.Dimension;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.problem.Problem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
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
	Goal goal(@Argument String id, @Argument String key) {
		return this.reader.lookup(Goal.class, id, key);
	}

	@QueryMapping
	Connection<Goal> goals(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return this.reader.page(Goal.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before));
	}

	@QueryMapping
	TimelineEvent event(@Argument String id, @Argument String key) {
		return this.reader.lookup(TimelineEvent.class, id, key);
	}

	@QueryMapping
	Connection<TimelineEvent> events(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return this.reader.page(TimelineEvent.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before));
	}

	@BatchMapping(typeName = "Goal", field = "programmes")
	Map<Goal, List<Programme>> goalProgrammes(List<Goal> goals) {
		return this.reader.related(goals, "<-[r:HAS_GOAL]-", Programme.class);
	}

	@BatchMapping(typeName = "Goal", field = "interventions")
	Map<Goal, List<Intervention>> goalInterventions(List<Goal> goals) {
		return this.reader.related(goals, "<-[r:SERVES]-", Intervention.class);
	}

	@BatchMapping(typeName = "TimelineEvent", field = "programmes")
	Map<TimelineEvent, List<Programme>> eventProgrammes(List<TimelineEvent> events) {
		return this.reader.related(events, "-[r:CONCERNS]->", Programme.class);
	}

	@BatchMapping(typeName = "TimelineEvent", field = "problems")
	Map<TimelineEvent, List<Problem>> eventProblems(List<TimelineEvent> events) {
		return this.reader.related(events, "-[r:CONCERNS]->", Problem.class);
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
