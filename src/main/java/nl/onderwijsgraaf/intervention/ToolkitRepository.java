package nl.onderwijsgraaf.intervention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.NodeMapper;
import nl.onderwijsgraaf.api.Paging;
import nl.onderwijsgraaf.api.Projection;
import nl.onderwijsgraaf.evidence.Evidence;
import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.problem.Problem;
import nl.onderwijsgraaf.programme.Goal;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the school team's toolkit: a problem's interventions with their ratings, related interventions.
 * Nodes a curator retired ({@code retired IS NULL} fails) are left out, as in every API read.
 */
@Repository
class ToolkitRepository {

	private static final String INTERVENTION = Intervention.class.getSimpleName();

	private static final String PROBLEM = Problem.class.getSimpleName();

	private static final String EVIDENCE = Evidence.class.getSimpleName();

	private static final String SECTOR = Sector.class.getSimpleName();

	private static final String TARGET_GROUP = TargetGroup.class.getSimpleName();

	private static final String GOAL = Goal.class.getSimpleName();

	private static final String ADDRESSES = "ADDRESSES";

	private static final String SUPPORTED_BY = "SUPPORTED_BY";

	private static final String FOR_SECTOR = "FOR_SECTOR";

	private static final String FOR_GROUP = "FOR_GROUP";

	private static final String SERVES = "SERVES";

	/** Goal type of the menukaart doelgebieden A–F. */
	static final String DOELGEBIED = "DOELGEBIED";

	/** Most related interventions returned per intervention. */
	static final int MAX_RELATED = 10;

	/**
	 * Every intervention addressing the problem that meets the filter's link and property conditions, with its
	 * rating evidence and number of supporting evidence items. Of each intervention only what ranking needs (key and
	 * name, and of its ratings only the figures): a problem's candidates are several times the page a client asks for,
	 * and reading their long texts cost more than the rest of the request (issue 14's profile); the page's nodes are
	 * read whole afterwards, and a {@code rating} field reads its evidence whole. Rating conditions, ranking and paging
	 * happen in {@link ToolkitController}, where the rules the schema documents are kept in one place; a problem has
	 * tens of interventions, not thousands. Ordered by name, with no rating condition, ratings decide nothing, and
	 * {@link #BY_NAME} ranks in Cypher instead.
	 */
	private static final String CANDIDATES = """
			%1$s
			RETURN i {.id, .name} AS i,
			       [(i)-[:%2$s]->(e:%3$s {kind: $ratingKind}) WHERE e.retired IS NULL
			        | e {.id, .kind, .ratingScheme, .impactMonths, .evidenceStrength, .costRating}] AS ratings,
			       COUNT { (i)-[:%2$s]->(e:%3$s) WHERE e.retired IS NULL } AS evidenceCount
			""".formatted(Candidates.MATCH, SUPPORTED_BY, EVIDENCE);

	/**
	 * The candidates ranked by name, as {@link InterventionOrder#NAME} ranks them (name, then key), and of those the
	 * page from {@code $from} to {@code $to}, projected as the client selected them: ranking, paging and reading the
	 * page's nodes with their relationship fields in one query, where ranking by ratings needs the candidates first.
	 */
	private static final String BY_NAME = Candidates.MATCH + """

			WITH i ORDER BY i.name, i.id
			WITH collect(i) AS ranked
			RETURN size(ranked) AS total, [n IN ranked[$from..$to] | n {""";

	private static final String RATINGS = """
			UNWIND $keys AS key
			MATCH (:%1$s {id: key})-[:%2$s]->(e:%3$s {kind: $ratingKind}) WHERE e.retired IS NULL
			RETURN key, e
			""".formatted(INTERVENTION, SUPPORTED_BY, EVIDENCE);

	private static final String RELATED = """
			UNWIND $keys AS key
			MATCH (i:%1$s {id: key})-[:%2$s]->(p:%3$s)<-[:%2$s]-(other:%1$s)
			WHERE other <> i AND p.retired IS NULL AND other.retired IS NULL
			WITH key, other, count(DISTINCT p) AS shared
			ORDER BY shared DESC, other.name, other.id
			RETURN key, collect(other)[..$max] AS others
			""".formatted(INTERVENTION, ADDRESSES, PROBLEM);

	private final GraphReads reads;

	ToolkitRepository(GraphReads reads) {
		this.reads = reads;
	}

	List<InterventionOrder.Candidate> candidates(String problemKey, InterventionFilter filter) {
		Map<String, Object> parameters = Candidates.parameters(problemKey, filter);
		parameters.put("ratingKind", Rating.KIND);
		// Why GraphReads: every request for a problem's interventions starts here; in-process it costs no Bolt round trip
		return this.reads.rows(CANDIDATES, parameters).stream()
			.map((row) -> new InterventionOrder.Candidate(NodeMapper.map(map(row.get("i")), Intervention.class),
					Values.value(row.get("ratings")).asList((Value v) -> NodeMapper.map(v, Evidence.class)),
					((Number) row.get("evidenceCount")).intValue()))
			.toList();
	}

	/**
	 * The page {@code paging} of the candidates ranked by name, and how many candidates there are, in one query; the
	 * page's interventions read as {@code projection} gives.
	 */
	Connection<Intervention> byName(String problemKey, InterventionFilter filter, Paging paging,
			Projection.Read projection) {
		Map<String, Object> parameters = Candidates.parameters(problemKey, filter);
		parameters.putAll(projection.parameters());
		parameters.put("from", paging.offset());
		parameters.put("to", paging.offset() + paging.limit());
		Map<String, Object> row = this.reads.rows(BY_NAME + projection.entries() + "}] AS page", parameters)
			.get(0);
		List<Intervention> page = new ArrayList<>();
		for (Object node : (List<?>) row.get("page")) {
			page.add(projection.mapped(NodeMapper.map(map(node), Intervention.class), map(node)));
		}
		return Connection.of(page, paging, ((Number) row.get("total")).intValue());
	}

	/** The rating evidence of each intervention by key, of every scheme (absent when it has none), in one query. */
	Map<String, List<Evidence>> ratingEvidence(Collection<String> keys) {
		Map<String, List<Evidence>> byKey = new HashMap<>();
		this.reads.records(RATINGS, Map.of("keys", List.copyOf(keys), "ratingKind", Rating.KIND))
			.forEach((record) -> byKey.computeIfAbsent(record.get("key").asString(), (k) -> new ArrayList<>())
				.add(NodeMapper.map(record.get("e").asNode(), Evidence.class)));
		return byKey;
	}

	/** For each intervention, up to {@link #MAX_RELATED} others sharing a problem, most shared first, in one query. */
	Map<Intervention, List<Intervention>> related(List<Intervention> interventions) {
		Map<String, List<Intervention>> byKey = new HashMap<>();
		this.reads.records(RELATED, Map.of("keys", keys(interventions), "max", MAX_RELATED))
			.forEach((record) -> byKey.put(record.get("key").asString(),
					record.get("others").asList((Value v) -> NodeMapper.map(v.asNode(), Intervention.class))));
		Map<Intervention, List<Intervention>> result = new HashMap<>();
		interventions.forEach((i) -> result.put(i, byKey.getOrDefault(i.key(), List.of())));
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

		private static List<String> keys(List<Intervention> interventions) {
		return new ArrayList<>(new LinkedHashSet<>(interventions.stream().map(Intervention::key).toList()));
	}

	/** The interventions {@code i} addressing the problem that meet the filter's link and property conditions. */
	private static final class Candidates {

		static final String MATCH = """
				MATCH (p:%1$s {id: $problem})<-[:%2$s]-(i:%3$s) WHERE p.retired IS NULL AND i.retired IS NULL
				WITH DISTINCT i
				WHERE ($statuses IS NULL OR i.status IN $statuses)
				  AND ($kinds IS NULL OR i.kind IN $kinds)
				  AND ($sectors IS NULL OR EXISTS { (i)-[:%4$s]->(s:%5$s) WHERE s.id IN $sectors AND s.retired IS NULL })
				  AND ($targetGroups IS NULL OR EXISTS { (i)-[:%6$s]->(g:%7$s) WHERE g.id IN $targetGroups AND g.retired IS NULL })
				  AND ($codes IS NULL OR EXISTS { (i)-[:%8$s]->(d:%9$s {type: $doelgebied})
				                                       WHERE d.code IN $codes AND d.retired IS NULL })""".formatted(PROBLEM,
				ADDRESSES, INTERVENTION, FOR_SECTOR, SECTOR, FOR_GROUP, TARGET_GROUP, SERVES, GOAL);

		private Candidates() {
		}

		/** The parameters {@link #MATCH} binds. */
		static Map<String, Object> parameters(String problemKey, InterventionFilter filter) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("problem", problemKey);
			parameters.put("statuses", InterventionFilter.orNull(filter.status()));
			parameters.put("kinds", InterventionFilter.orNull(filter.kind()));
			parameters.put("sectors", InterventionFilter.orNull(filter.sector()));
			parameters.put("targetGroups", InterventionFilter.orNull(filter.targetGroup()));
			parameters.put("codes", InterventionFilter.orNull(filter.doelgebied()));
			parameters.put("doelgebied", DOELGEBIED);
			return parameters;
		}

	}

}
