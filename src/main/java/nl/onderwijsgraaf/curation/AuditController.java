package nl.onderwijsgraaf.curation;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.CypherCondition;
import nl.onderwijsgraaf.api.Keyset;
import nl.onderwijsgraaf.api.NotAllowedException;
import nl.onderwijsgraaf.api.PageRequest;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code auditLog}, for curators: the changes curators made, newest first, optionally those of one node. */
@Controller
class AuditController {

	private final GraphReads reads;

	AuditController(GraphReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument String key,
			Principal caller) {
		// Why curators only: entries name curators and hold the full content of retired nodes (retiring is how
		// wrong or sensitive content is taken out); the public feed is `changes`.
		NotAllowedException.requireRole(caller, "CURATOR", "The audit log");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", key);
		return Keyset.page(this.reads, Cursor.scopeOf("auditLog", key),
				new Keyset.Query<>("MATCH (n:`" + CurationService.AUDIT_LABEL + "`)",
						new CypherCondition("$key IS NULL OR n.key = $key", parameters), "n: n {.*}",
						List.of(new Keyset.SortKey("n.sequence", true)), (row) -> entry(Values.value(row.get("n")))),
				PageRequest.of(first, after));
	}

	private static AuditEntry entry(Value a) {
		return new AuditEntry(a.get("sequence").asLong(), a.get("at").asString(), a.get("curator").asString(),
				a.get("kind").asString(), a.get("key").asString(), a.get("operation").asString(),
				a.get("before").asString(null), a.get("after").asString(null));
	}

}
