package nl.onderwijsgraaf.programme;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.Dimension;
import nl.onderwijsgraaf.api.NodeReader;
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
	Aggregate eventStats(@Argument Map<String, Object> where) {
		return new Aggregate(TimelineEvent.class, where, this.reader);
	}

	@SchemaMapping(typeName = "EventStats")
	List<ValueCount> byYear(Aggregate events) {
		return events.countBy(Dimension.property("left(n.date, 4)"));
	}

}
