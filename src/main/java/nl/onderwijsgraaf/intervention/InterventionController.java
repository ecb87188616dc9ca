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

@Controller
class InterventionController {

	private final NodeReader reader;

	InterventionController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Intervention intervention(@Argument String id, @Argument String key, DataFetchingEnvironment env) {
		return this.reader.lookup(Intervention.class, id, key, env);
	}

	@QueryMapping
	Connection<Intervention> interventions(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		return this.reader.page(Intervention.class, new ListQuery(where, orderBy), PageRequest.of(first, after, last, before), env);
	}

}
