package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.ValueCount;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code interventionStats}: interventions counted per dimension for dashboards, one query per dimension asked. */
@Controller
class InterventionStatsController {

	/**
	 * The evidence strength of each intervention's rating, chosen as {@link Rating#newest} does: the first scheme of
	 * {@link Rating#SCHEMES} that rates it, then the lowest key.
	 */
	private static final String EVIDENCE_LEVEL = """
			OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(e:Evidence {kind: $ratingKind}) WHERE e.ratingScheme IN $schemes AND e.retired IS NULL
			WITH n, e ORDER BY e.id
			WITH n, collect(e) AS ratings
			WITH n, head([scheme IN $schemes WHERE any(r IN ratings WHERE r.ratingScheme = scheme)]) AS scheme, ratings
			WITH n, head([r IN ratings WHERE r.ratingScheme = scheme]).evidenceStrength AS value""";

	private final NodeReader reader;

	InterventionStatsController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Aggregate interventionStats(@Argument Map<String, Object> where) {
		return new Aggregate(Intervention.class, where, this.reader);
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byProblem(Aggregate interventions) {
		return interventions.countBy(
				"OPTIONAL MATCH (n)-[:ADDRESSES]->(v:Problem) WHERE v.retired IS NULL WITH n, v.id AS value", Map.of());
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byDoelgebied(Aggregate interventions) {
		return interventions.countBy(
				"OPTIONAL MATCH (n)-[:SERVES]->(v:Goal {type: $doelgebied}) WHERE v.retired IS NULL WITH n, v.code AS value",
				Map.of("doelgebied", ToolkitRepository.DOELGEBIED));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> bySector(Aggregate interventions) {
		return interventions.countBy(
				"OPTIONAL MATCH (n)-[:FOR_SECTOR]->(v:Sector) WHERE v.retired IS NULL WITH n, v.id AS value", Map.of());
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byStatus(Aggregate interventions) {
		return interventions.countBy("WITH n, n.status AS value", Map.of());
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> byEvidenceLevel(Aggregate interventions) {
		return interventions.countBy(EVIDENCE_LEVEL,
				Map.of("ratingKind", Rating.KIND, "schemes", Rating.SCHEMES));
	}

	@SchemaMapping(typeName = "InterventionStats")
	List<ValueCount> bySource(Aggregate interventions) {
		return interventions.countBy("OPTIONAL MATCH (n)-[:CITES]->(v:Source) WITH n, v.id AS value", Map.of());
	}

}
