package nl.onderwijsgraaf.stakeholder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme manager's network view on the seeded graph. */
@ServiceTest
class NetworkQueriesTest {

	private static final String NETWORK = """
			query($id: ID!, $depth: Int, $roles: [InvolvementRole!], $kinds: [String!]) {
			  stakeholderNetwork(id: $id, depth: $depth, roles: $roles, kinds: $kinds) {
			    truncated center { key } nodes { id key label type name distance } edges { from to type role } } }""";

	private static final String PATH = """
			query($from: ID!, $to: ID!) { stakeholderPath(from: $from, to: $to) {
			  length nodes { key label distance } edges { from to type role } interventions { key } programmes { key } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	NetworkRepository repository;

	@Autowired
	Neo4jClient client;

	private static String stakeholder(String key) {
		return GlobalId.encode("Stakeholder", key);
	}

	@Test
	void walksInvolvementsAndTiesTwoHopsOut() {
		String steunpakket = GlobalId.encode("Intervention", "d003-arnhem-steunpakket-basisscholen");
		String middelen = GlobalId.encode("Programme", "npo-middelen-gemeenten");
		this.graphQl.document(NETWORK)
			.variable("id", "gemeente-arnhem")
			.variable("depth", 2)
			.execute()
			.path("stakeholderNetwork.truncated").entity(Boolean.class).isEqualTo(false)
			.path("stakeholderNetwork.center.key").entity(String.class).isEqualTo("gemeente-arnhem")
			.path("stakeholderNetwork.nodes[*].key").entityList(String.class)
			.containsExactly("gemeente-arnhem", "hugo-de-grootschool", "npo-middelen-gemeenten",
					"d003-arnhem-steunpakket-basisscholen", "vmbo-t-venster", "gemeenten", "jongerenwerker",
					"np-onderwijs")
			.path("stakeholderNetwork.nodes[*].distance").entityList(Integer.class)
			.containsExactly(0, 1, 1, 1, 1, 2, 2, 2)
			.path("stakeholderNetwork.nodes[*].label").entityList(String.class)
			.containsExactly("Stakeholder", "Stakeholder", "Programme", "Intervention", "Stakeholder", "Stakeholder",
					"Stakeholder", "Programme")
			.path("stakeholderNetwork.nodes[0].id").entity(String.class).isEqualTo(stakeholder("gemeente-arnhem"))
			.path("stakeholderNetwork.nodes[0].type").entity(String.class).isEqualTo("MUNICIPALITY")
			.path("stakeholderNetwork.nodes[0].name").entity(String.class).isEqualTo("Gemeente Arnhem")
			.path("stakeholderNetwork.nodes[2].type").entity(String.class).isEqualTo("FUND")
			// the programme the Arnhem fund is part of is two steps out, as on a path
			.path("stakeholderNetwork.edges").entityList(NetworkEdge.class)
			.contains(new NetworkEdge(middelen, GlobalId.encode("Programme", "np-onderwijs"), "PART_OF", null),
					new NetworkEdge(stakeholder("gemeente-arnhem"), stakeholder("hugo-de-grootschool"), "CONNECTED_TO",
							"PARTNERS_WITH"),
					new NetworkEdge(stakeholder("gemeente-arnhem"), stakeholder("vmbo-t-venster"), "CONNECTED_TO",
							"PARTNERS_WITH"),
					new NetworkEdge(stakeholder("gemeente-arnhem"), steunpakket, "INVOLVED_IN", "EXECUTES"),
					new NetworkEdge(stakeholder("gemeente-arnhem"), middelen, "INVOLVED_IN", "BENEFITS"),
					new NetworkEdge(stakeholder("gemeenten"), middelen, "INVOLVED_IN", "BENEFITS"),
					new NetworkEdge(stakeholder("hugo-de-grootschool"), steunpakket, "INVOLVED_IN", "PARTICIPATES"),
					new NetworkEdge(stakeholder("jongerenwerker"), steunpakket, "INVOLVED_IN", "PARTICIPATES"),
					new NetworkEdge(stakeholder("vmbo-t-venster"), steunpakket, "INVOLVED_IN", "PARTICIPATES"));
	}

	@Test
	void depthOneIsTheDefaultAndDeeperNetworksGrow() {
		this.graphQl.document(NETWORK)
			.variable("id", stakeholder("ministerie-ocw"))
			.execute()
			.path("stakeholderNetwork.nodes").entityList(Object.class).hasSize(49)
			.path("stakeholderNetwork.edges").entityList(Object.class).hasSize(88);
		// depth 3 reaches most of the graph: more than depth 1, all of it, without hitting the cap
		this.graphQl.document(NETWORK)
			.variable("id", "ministerie-ocw")
			.variable("depth", 3)
			.execute()
			.path("stakeholderNetwork.truncated").entity(Boolean.class).isEqualTo(false)
			.path("stakeholderNetwork.nodes").entityList(Object.class).hasSizeGreaterThan(200)
			.path("stakeholderNetwork.edges").entityList(Object.class).hasSizeGreaterThan(400);
	}

	@Test
	void followsOnlyTheGivenInvolvementRoles() {
		this.graphQl.document(NETWORK)
			.variable("id", "gemeente-arnhem")
			.variable("depth", 2)
			.variable("roles", List.of("PARTICIPATES"))
			.execute()
			.path("stakeholderNetwork.nodes[*].key").entityList(String.class)
			.containsExactly("gemeente-arnhem", "hugo-de-grootschool", "vmbo-t-venster",
					"d003-arnhem-steunpakket-basisscholen")
			.path("stakeholderNetwork.edges[*].role").entityList(String.class)
			.containsExactly("PARTNERS_WITH", "PARTNERS_WITH", "PARTICIPATES", "PARTICIPATES");
	}

	@Test
	void keepsOnlyTheGivenKindsOfNode() {
		this.graphQl.document(NETWORK)
			.variable("id", "gemeente-arnhem")
			.variable("depth", 2)
			.variable("kinds", List.of("Stakeholder"))
			.execute()
			.path("stakeholderNetwork.nodes[*].key").entityList(String.class)
			.containsExactly("gemeente-arnhem", "hugo-de-grootschool", "vmbo-t-venster");
		this.graphQl.document(NETWORK)
			.variable("id", "gemeente-arnhem")
			.variable("kinds", List.of("FUND", "SCHOOL"))
			.execute()
			.path("stakeholderNetwork.nodes[*].key").entityList(String.class)
			.containsExactly("gemeente-arnhem", "hugo-de-grootschool", "npo-middelen-gemeenten", "vmbo-t-venster");
	}

	@Test
	void anUnknownStakeholderIsNotFoundBesideAnEmptyNetwork() {
		this.graphQl.document(NETWORK)
			.variable("id", "bestaat-niet")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& "id".equals(error.getExtensions().get("argument")))
			.verify()
			.path("stakeholderNetwork.center").valueIsNull()
			.path("stakeholderNetwork.nodes").entityList(Object.class).hasSize(0)
			.path("stakeholderNetwork.edges").entityList(Object.class).hasSize(0)
			.path("stakeholderNetwork.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void rejectsADepthOutsideOneToThree() {
		for (int depth : new int[] { 0, 4 }) {
			this.graphQl.document(NETWORK)
				.variable("id", "ministerie-ocw")
				.variable("depth", depth)
				.execute()
				.errors()
				.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
						&& "depth".equals(error.getExtensions().get("argument")))
				.verify();
		}
	}

	@Test
	void rejectsAMalformedIdNamingTheArgument() {
		this.graphQl.document(NETWORK)
			.variable("id", "Geen id!")
			.execute()
			.errors()
			.expect((error) -> "id".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void stopsAtTheNodeCapKeepingTheNearestAndSaysSo() {
		StakeholderNetwork network = this.repository.network("ministerie-ocw", 3, null, null, 10);
		assertThat(network.truncated()).isTrue();
		assertThat(network.nodes()).hasSize(10);
		assertThat(network.nodes()).extracting(NetworkNode::distance).containsOnly(0, 1);
		int all = this.repository.network("ministerie-ocw", 3, null, null, 10_000).nodes().size();
		assertThat(this.repository.network("ministerie-ocw", 3, null, null, all).truncated()).isFalse();
		assertThat(this.repository.network("ministerie-ocw", 3, null, null, all - 1).truncated()).isTrue();
	}

	@Test
	void findsTheShortestPathThroughProgrammesAndInterventions() {
		this.graphQl.document(PATH)
			.variable("from", "gemeente-arnhem")
			.variable("to", stakeholder("cjp"))
			.execute()
			.path("stakeholderPath.length").entity(Integer.class).isEqualTo(5)
			.path("stakeholderPath.nodes[*].key").entityList(String.class)
			.containsExactly("gemeente-arnhem", "npo-middelen-gemeenten", "np-onderwijs", "ministerie-ocw",
					"d000-cultuurshot", "cjp")
			.path("stakeholderPath.nodes[*].distance").entityList(Integer.class).containsExactly(0, 1, 2, 3, 4, 5)
			.path("stakeholderPath.edges[*].type").entityList(String.class)
			.containsExactly("INVOLVED_IN", "PART_OF", "INVOLVED_IN", "INVOLVED_IN", "INVOLVED_IN")
			.path("stakeholderPath.edges[*].role").entityList(String.class)
			.containsExactly("BENEFITS", null, "RESPONSIBLE", "FUNDS", "EXECUTES")
			.path("stakeholderPath.edges[1].from").entity(String.class)
			.isEqualTo(GlobalId.encode("Programme", "npo-middelen-gemeenten"))
			.path("stakeholderPath.edges[1].to").entity(String.class)
			.isEqualTo(GlobalId.encode("Programme", "np-onderwijs"))
			.path("stakeholderPath.interventions[*].key").entityList(String.class).containsExactly("d000-cultuurshot")
			.path("stakeholderPath.programmes[*].key").entityList(String.class)
			.containsExactly("npo-middelen-gemeenten", "np-onderwijs");
	}

	@Test
	void aPathThroughOneProgramme() {
		this.graphQl.document(PATH)
			.variable("from", "ministerie-ocw")
			.variable("to", "gemeente-rotterdam")
			.execute()
			.path("stakeholderPath.length").entity(Integer.class).isEqualTo(2)
			.path("stakeholderPath.nodes[*].key").entityList(String.class)
			.containsExactly("ministerie-ocw", "nationale-denktank-2021", "gemeente-rotterdam")
			.path("stakeholderPath.edges").entityList(NetworkEdge.class)
			.containsExactly(
					new NetworkEdge(stakeholder("ministerie-ocw"),
							GlobalId.encode("Programme", "nationale-denktank-2021"), "INVOLVED_IN", "PARTNERS"),
					new NetworkEdge(stakeholder("gemeente-rotterdam"),
							GlobalId.encode("Programme", "nationale-denktank-2021"), "INVOLVED_IN", "PARTNERS"));
	}

	@Test
	void aStakeholderThatAPathReachesInDStepsIsInTheNetworkAtDistanceD() {
		// Arnhem is 3 steps from OCW on a path (through a programme that is part of another); the network of depth
		// 3 used to miss OCW, since it followed PART_OF only between stakeholders
		this.graphQl.document(PATH)
			.variable("from", "gemeente-arnhem")
			.variable("to", "ministerie-ocw")
			.execute()
			.path("stakeholderPath.length").entity(Integer.class).isEqualTo(3);
		assertThat(networkDistances("gemeente-arnhem")).containsEntry("ministerie-ocw", 3);
		List<String> stakeholders = List.copyOf(this.client
			.query("MATCH (s:Stakeholder) WHERE s.retired IS NULL RETURN s.id AS key ORDER BY key")
			.fetchAs(String.class)
			.all());
		List<String> sample = new ArrayList<>();
		for (int i = 0; i < stakeholders.size(); i += 9) {
			sample.add(stakeholders.get(i));
		}
		int compared = 0;
		for (String from : List.of("gemeente-arnhem", "cjp", "gemeente-rotterdam", "leraar", sample.get(3))) {
			Map<String, Integer> distances = networkDistances(from);
			for (String to : sample) {
				Integer length = pathLength(from, to);
				if (length != null && length <= 3) {
					assertThat(distances).as(from + " to " + to).containsEntry(to, length);
					compared++;
				}
				else {
					assertThat(distances).as(from + " to " + to).doesNotContainKey(to);
				}
			}
		}
		assertThat(compared).as("pairs within 3 steps").isGreaterThan(10);
	}

	/** The length of the path the {@code stakeholderPath} field returns, null when there is none. */
	private Integer pathLength(String from, String to) {
		StakeholderPath path = this.repository.path(from, to);
		return (path != null) ? path.length() : null;
	}

	/** Distance of every stakeholder in the depth-3 network, which must not be cut off at the node cap. */
	private Map<String, Integer> networkDistances(String from) {
		var response = this.graphQl.document(NETWORK).variable("id", from).variable("depth", 3).execute();
		response.path("stakeholderNetwork.truncated").entity(Boolean.class).isEqualTo(false);
		List<String> labels = response.path("stakeholderNetwork.nodes[*].label").entityList(String.class).get();
		List<String> keys = response.path("stakeholderNetwork.nodes[*].key").entityList(String.class).get();
		List<Integer> distances = response.path("stakeholderNetwork.nodes[*].distance").entityList(Integer.class).get();
		Map<String, Integer> result = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			if (labels.get(i).equals("Stakeholder")) {
				result.put(keys.get(i), distances.get(i));
			}
		}
		return result;
	}

	@Test
	void anUnknownPathEndIsNotFoundNamingTheArgument() {
		for (String end : List.of("from", "to")) {
			for (String unknown : List.of("bestaat-niet", GlobalId.encode("Programme", "np-onderwijs"))) {
				this.graphQl.document(PATH)
					.variable("from", end.equals("from") ? unknown : "ministerie-ocw")
					.variable("to", end.equals("to") ? unknown : "ministerie-ocw")
					.execute()
					.errors()
					.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
							&& end.equals(error.getExtensions().get("argument")))
					.verify()
					.path("stakeholderPath").valueIsNull();
			}
		}
	}

	@Test
	void noPathIsNull() {
		for (String to : List.of("ministerie-vws", "amsterdam-museum")) {
			this.graphQl.document(PATH)
				.variable("from", "ministerie-ocw")
				.variable("to", to)
				.execute()
				.path("stakeholderPath").valueIsNull();
		}
	}

	@Test
	void aPathFromAStakeholderToItselfHasNoHops() {
		this.graphQl.document(PATH)
			.variable("from", "cjp")
			.variable("to", stakeholder("cjp"))
			.execute()
			.path("stakeholderPath.length").entity(Integer.class).isEqualTo(0)
			.path("stakeholderPath.nodes[*].key").entityList(String.class).containsExactly("cjp")
			.path("stakeholderPath.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void rejectsAMalformedPathEnd() {
		this.graphQl.document(PATH)
			.variable("from", "ministerie-ocw")
			.variable("to", "???")
			.execute()
			.errors()
			.expect((error) -> "to".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void coInvolvedStakeholdersShareTheMostInterventionsAndProgrammesFirst() {
		this.graphQl.document("""
				{ coInvolvedStakeholders(id: "ministerie-ocw", first: 5) {
				    stakeholder { key } count interventions { key } programmes { key } } }""")
			.execute()
			.path("coInvolvedStakeholders[*].stakeholder.key").entityList(String.class)
			.containsExactly("gemeenten", "leraar", "kunstenaar", "basisschool-de-klipper", "nji")
			.path("coInvolvedStakeholders[*].count").entityList(Integer.class).containsExactly(6, 6, 4, 3, 3)
			.path("coInvolvedStakeholders[0].interventions[*].key").entityList(String.class)
			.containsExactly("d000-breng-cultuur-naar-publiek", "d003-school-en-omgeving-coalities",
					"d001-npo-flankerende-steun-gemeenten", "d000-breng-cultuur-richtlijnen")
			.path("coInvolvedStakeholders[0].programmes[*].key").entityList(String.class)
			.containsExactly("np-onderwijs", "school-en-omgeving")
			.path("coInvolvedStakeholders[1].programmes[*].key").entityList(String.class)
			.containsExactly("npo-menukaart", "np-onderwijs", "npo-schoolscan");
	}

	@Test
	void coInvolvementOfAnUnknownOrUninvolvedStakeholderIsEmpty() {
		this.graphQl.document("""
				{ a: coInvolvedStakeholders(id: "bestaat-niet") { count }
				  b: coInvolvedStakeholders(id: "ministerie-vws") { count } }""")
			.execute()
			.path("a").entityList(Object.class).hasSize(0)
			.path("b").entityList(Object.class).hasSize(0);
	}

	@Test
	void coInvolvementRejectsAPageSizeOutsideOneToAHundred() {
		this.graphQl.document("{ coInvolvedStakeholders(id: \"ministerie-ocw\", first: 0) { count } }")
			.execute()
			.errors()
			.expect((error) -> "first".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
