package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Sectors, target groups and places: the dimensions school teams filter interventions by. */
@Controller
class ClassificationController {

	private final NodeReader reader;

	ClassificationController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Sector sector(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(Sector.class, id, key, env);
	}

	@QueryMapping
	Connection<Sector> sectors(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(Sector.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

	@QueryMapping
	TargetGroup targetGroup(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(TargetGroup.class, id, key, env);
	}

	@QueryMapping
	Connection<TargetGroup> targetGroups(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(TargetGroup.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

	@QueryMapping
	Place place(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(Place.class, id, key, env);
	}

	@QueryMapping
	Connection<Place> places(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(Place.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

}
