package nl.onderwijsgraaf.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.Paging;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code auditLog}: the changes curators made, newest first, optionally those of one node. */
@Controller
class AuditController {

	private static final String MATCH = "MATCH (a:`" + CurationService.AUDIT_LABEL
			+ "`) WHERE $key IS NULL OR a.key = $key ";

	private final Neo4jClient client;

	AuditController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument String key) {
		Paging paging = Paging.of(first, after);
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("key", key);
		parameters.put("offset", paging.offset());
		parameters.put("limit", paging.limit());
		int total = this.client.query(MATCH + "RETURN count(a) AS total")
			.bindAll(parameters)
			.fetchAs(Integer.class)
			.mappedBy((ts, record) -> record.get("total").asInt())
			.one()
			.orElse(0);
		List<AuditEntry> entries = List.copyOf(this.client
			.query(MATCH + "RETURN a ORDER BY a.sequence DESC SKIP $offset LIMIT $limit")
			.bindAll(parameters)
			.fetchAs(AuditEntry.class)
			.mappedBy((ts, record) -> {
				var a = record.get("a");
				return new AuditEntry(a.get("sequence").asLong(), a.get("at").asString(), a.get("curator").asString(),
						a.get("kind").asString(), a.get("key").asString(), a.get("operation").asString(),
						a.get("before").asString(null), a.get("after").asString(null));
			})
			.all());
		return Connection.of(entries, paging, total);
	}

}
