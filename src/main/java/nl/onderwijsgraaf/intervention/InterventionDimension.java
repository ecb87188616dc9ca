package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Dimension;

/**
 * What interventions are counted by in {@code interventionStats}: each value of the SDL enum
 * {@code InterventionDimension} with the Cypher that binds its {@code value} and {@code node} (see {@link Dimension}).
 */
enum InterventionDimension {

	PROBLEM("OPTIONAL MATCH (n)-[:ADDRESSES]->(v:Problem) WHERE v.retired IS NULL WITH n, v.id AS value, v AS node"),

	DOELGEBIED("OPTIONAL MATCH (n)-[:SERVES]->(v:Goal {type: $doelgebied}) WHERE v.retired IS NULL"
			+ " WITH n, v.code AS value, v AS node"),

	SECTOR("OPTIONAL MATCH (n)-[:FOR_SECTOR]->(v:Sector) WHERE v.retired IS NULL WITH n, v.id AS value, v AS node"),

	TARGET_GROUP("OPTIONAL MATCH (n)-[:FOR_GROUP]->(v:TargetGroup) WHERE v.retired IS NULL"
			+ " WITH n, v.id AS value, v AS node"),

	STATUS("WITH n, n.status AS value, null AS node"),

	KIND("WITH n, n.kind AS value, null AS node"),

	EVIDENCE_STRENGTH(InterventionDimension.EVIDENCE_STRENGTH_VALUE),

	/** The former name of {@link #EVIDENCE_STRENGTH}, deprecated in the SDL and kept for existing clients. */
	EVIDENCE_LEVEL(InterventionDimension.EVIDENCE_STRENGTH_VALUE),

	SOURCE("OPTIONAL MATCH (n)-[:CITES]->(v:Source) WHERE v.retired IS NULL WITH n, v.id AS value, v AS node");

	/**
	 * Each intervention's {@code rating} among the ratings of {@code $schemes}, chosen as {@link Rating#of} does: the
	 * ratings that give a figure if any do, of those the newest scheme, within it the lowest key. One row per node.
	 */
	static final String RATING = """
			OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(e:Evidence {kind: $ratingKind})
			WHERE e.ratingScheme IN $schemes AND e.retired IS NULL
			WITH n, e ORDER BY e.id
			WITH n, collect(e) AS ratings
			WITH n, ratings, [r IN ratings WHERE r.impactMonths IS NOT NULL OR r.evidenceStrength IS NOT NULL
			                                     OR r.costRating IS NOT NULL] AS figured
			WITH n, CASE WHEN size(figured) > 0 THEN figured ELSE ratings END AS candidates
			WITH n, candidates, head([s IN $allSchemes WHERE any(r IN candidates WHERE r.ratingScheme = s)]) AS scheme
			WITH n, head([r IN candidates WHERE r.ratingScheme = scheme]) AS rating""";

	private static final String EVIDENCE_STRENGTH_VALUE = InterventionDimension.RATING
			+ " WITH n, rating.evidenceStrength AS value, null AS node";

	private final String cypher;

	InterventionDimension(String cypher) {
		this.cypher = cypher;
	}

	/** The dimension, with the ratings of {@code scheme} (null: each intervention's default rating). */
	Dimension of(String scheme) {
		return new Dimension(this.cypher, ratingParameters(scheme));
	}

	/** Parameters of {@link #RATING} (and of the doelgebied type): one scheme's ratings, or every scheme's. */
	static Map<String, Object> ratingParameters(String scheme) {
		return Map.of("ratingKind", Rating.KIND, "allSchemes", Rating.SCHEMES, "doelgebied",
				ToolkitRepository.DOELGEBIED, "schemes", (scheme != null) ? List.of(scheme) : Rating.SCHEMES);
	}

}
