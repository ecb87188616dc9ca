package nl.onderwijsgraaf.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The search API over HTTP, on the real seed. */
@ServiceTest
class SearchQueriesTest {

	static final String SEARCH = """
			query($q: String!, $kinds: [SearchKind!], $where: SearchFilter, $first: Int, $after: String) {
			  search(query: $q, kinds: $kinds, where: $where, first: $first, after: $after) {
			    totalCount didYouMean
			    pageInfo { hasNextPage endCursor }
			    edges { cursor node { score node { id __typename ... on Problem { key } ... on Intervention { key } }
			      highlights { field snippet } } }
			    facets { name values { value count } }
			  }
			}""";

	HttpGraphQlTester graphQl;

	/** Why a long timeout: the machine that runs the suite may be busy; these tests assert outcomes, not speed. */
	@Autowired
	void patientTester(HttpGraphQlTester tester) {
		this.graphQl = patient(tester);
	}

	/** The tester with a two-minute timeout, for every search test that talks HTTP. */
	static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(120)))
			.responseTimeout(Duration.ofSeconds(120))
			.build();
	}

	@Autowired
	SearchIndex index;

	@Autowired
	Neo4jClient client;

	@Test
	void findsTheProblemByASynonymWithHighlights() {
		var response = this.graphQl.document(SEARCH).variable("q", "tekort aan leraren").execute();
		response.path("search.edges[*].node.node.key").entityList(String.class).satisfies(
				(keys) -> assertThat(keys.subList(0, 5)).contains("lerarentekort"));
		response.path("search.edges[0].node.highlights[*].snippet").entityList(String.class)
			.satisfies((snippets) -> assertThat(String.join(" ", snippets)).contains("<mark>"));
	}

	/**
	 * Dashboards and international users search in English: a programme or an international practice is found by its
	 * English name, whose words its Dutch texts do not hold, with the English name marked.
	 */
	@ParameterizedTest
	@CsvSource({ "national growth fund, nationaal-groeifonds", "basic skills master plan, masterplan-basisvaardigheden",
			"teacher housing support, d004-kr-huisvestingssteun" })
	void findsAProgrammeOrPracticeByItsEnglishName(String query, String key) {
		this.graphQl.document("""
				query($q: String!) { search(query: $q, first: 3) { edges { node {
				  node { ... on Programme { key } ... on InternationalPractice { key } } highlights { field } } } } }""")
			.variable("q", query)
			.execute()
			.path("search.edges[?(@.node.node.key == '" + key + "')].node.highlights[*].field")
			.entityList(String.class)
			.contains("nameEn");
	}

	/**
	 * A word typed half-way, as into suggest: the node whose own name completes it comes first, with the completed
	 * word marked, not the nodes that only mention it or a word one edit away.
	 */
	@ParameterizedTest
	@CsvSource({ "wisselkr, d002-wisselkracht, Wisselkracht", "kettingre, d000-kettingreactie-challenge, Kettingreactie",
			"huiswerkkl, d003-huiswerkklassen, Huiswerkklassen" })
	void completesAWordTypedHalfWay(String typed, String key, String completed) {
		var response = this.graphQl.document(SEARCH).variable("q", typed).execute();
		response.path("search.edges[0].node.node.key").entity(String.class).isEqualTo(key);
		response.path("search.edges[0].node.highlights[*].snippet").entityList(String.class)
			.satisfies((snippets) -> assertThat(String.join(" ", snippets)).containsIgnoringCase("<mark>" + completed + "</mark>"));
	}

	/** A teacher's description of what goes wrong ("… niet …") is answered by the problems that name it first. */
	@Test
	void aComplaintFindsProblemsFirst() {
		this.graphQl.document(SEARCH).variable("q", "de leerlingen kunnen zich niet concentreren").execute()
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.satisfies((types) -> assertThat(types.subList(0, 3)).containsOnly("Problem"));
	}

	/**
	 * A programme manager asks who does what: the stakeholder whose involvement has that role ranks among the first,
	 * though neither its name nor its description says so.
	 */
	@ParameterizedTest
	@CsvSource({ "wie financiert cultuurshot, ministerie-ocw", "wie betaalt wisselkracht, investeerders" })
	void findsAStakeholderByWhatItDoes(String question, String stakeholder) {
		this.graphQl.document("""
				query($q: String!) { search(query: $q, first: 3) { edges { node { node { ... on Stakeholder { key } } } } } }""")
			.variable("q", question)
			.execute()
			.path("search.edges[*].node.node.key").entityList(String.class).contains(stakeholder);
	}

	/** An event is found by its date in words ("december 2020"), which none of its texts holds. */
	@Test
	void findsAnEventByTheMonthItHappened() {
		this.graphQl.document("""
				query($q: String!) { search(query: $q, first: 3) { edges { node { node { __typename id } } } } }""")
			.variable("q", "wat gebeurde er in december 2020")
			.execute()
			.path("search.edges[0].node.node.__typename").entity(String.class).isEqualTo("TimelineEvent");
	}

	/** "How much money did it get" is answered by the programme's whole budget, not by one of its spending items. */
	@Test
	void answersHowMuchMoneyWithTheWholeBudget() {
		this.graphQl.document("""
				query($q: String!) { search(query: $q, first: 3) { edges { node { node { ... on Evidence { key } } } } } }""")
			.variable("q", "hoeveel geld kwam er voor het np onderwijs")
			.execute()
			.path("search.edges[0].node.node.key").entity(String.class)
			.satisfies((key) -> assertThat(key).isIn("d001-budget-np-onderwijs-8-4-miljard", "d003-ev-budget-8-5-miljard",
					"d003-wrapped-budget"));
	}

	@Test
	void filtersByKindAndCountsFacets() {
		var response = this.graphQl.document(SEARCH).variable("q", "zomerschool").variable("kinds", List.of("INTERVENTION"))
			.execute();
		response.path("search.edges[*].node.node.__typename").entityList(String.class)
			.satisfies((types) -> assertThat(types).isNotEmpty().containsOnly("Intervention"));
		// the menukaart's summer schools and the culture summer school score within a few percent of each other
		response.path("search.edges[*].node.node.key").entityList(String.class)
			.satisfies((keys) -> assertThat(keys.subList(0, 2)).contains("mk-zomerschool"));
		response.path("search.facets[?(@.name == 'KIND')].values[*].value").entityList(String.class)
			.containsExactly("INTERVENTION");
		response.path("search.facets[?(@.name == 'DOELGEBIED')].values[*].value").entityList(String.class)
			.contains("A");
	}

	@Test
	void findsPlacesTargetGroupsAndSectorsWithWhatIsLinkedToThem() {
		String search = """
				query($q: String!, $kinds: [SearchKind!]) {
				  search(query: $q, kinds: $kinds) {
				    edges { node { node { __typename ... on Place { key } ... on Stakeholder { key }
				      ... on TargetGroup { key } ... on Sector { key } ... on Intervention { key } ... on Evidence { key }
				      ... on Problem { key } ... on Programme { key } } } }
				    facets { name values { value count } }
				  }
				}""";
		// a neighbourhood: the place first, then the school there, which names it among its links
		this.graphQl.document(search).variable("q", "moerwijk").execute()
			.path("search.edges[*].node.node.key").entityList(String.class)
			.satisfies((keys) -> {
				assertThat(keys.get(0)).isEqualTo("moerwijk");
				assertThat(keys.subList(1, 3)).contains("p-oosterleeschool");
			});
		this.graphQl.document(search).variable("q", "vmbo-leerlingen").variable("kinds", List.of("TARGET_GROUP"))
			.execute()
			.path("search.edges[0].node.node.key").entity(String.class).isEqualTo("vmbo-leerlingen");
		var sector = this.graphQl.document(search).variable("q", "vve").execute();
		sector.path("search.edges[*].node.node.key").entityList(String.class)
			.satisfies((keys) -> assertThat(keys.subList(0, 3)).contains("vve"));
		sector.path("search.facets[?(@.name == 'KIND')].values[*].value").entityList(String.class).contains("SECTOR");
	}

	@Test
	void pagesWithTheSharedCursors() {
		var first = this.graphQl.document(SEARCH).variable("q", "leraren").variable("first", 3).execute();
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		first.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String thirdKey = first.path("search.edges[2].node.node.id").entity(String.class).get();
		this.graphQl.document(SEARCH).variable("q", "leraren").variable("first", 3).variable("after", cursor).execute()
			.path("search.edges[*].node.node.id").entityList(String.class)
			.satisfies((ids) -> assertThat(ids).hasSize(3).doesNotContain(thirdKey));
	}

	@Test
	void ranksTheExactWordAboveATypoAndSuggestsTheSpelling() {
		this.graphQl.document(SEARCH).variable("q", "zomerschol").execute()
			.path("search.edges[0].node.node.key").entity(String.class).isEqualTo("mk-zomerschool");
		this.graphQl.document(SEARCH).variable("q", "kansenongelijkhied").execute()
			.path("search.didYouMean").entity(String.class).isEqualTo("kansenongelijkheid");
	}

	@Test
	void correctsATypoThatSplitsIntoDutchWordsWhereNoTextHoldsIt() {
		// "presatiedruk" splits into pres + atie + druk, so it was read as a Dutch compound: no correction, no hit
		var typo = this.graphQl.document(SEARCH).variable("q", "presatiedruk").execute();
		typo.path("search.didYouMean").entity(String.class).isEqualTo("prestatiedruk");
		typo.path("search.edges[0].node.node.key").entity(String.class).isEqualTo("prestatiedruk-leerlingen");
		// a compound the texts hold, in another inflection ("Huiswerkklassen"), is no typo
		this.graphQl.document(SEARCH).variable("q", "huiswerkklas").execute()
			.path("search.didYouMean").valueIsNull();
	}

	private static final String UNMATCHED = """
			query($q: String!, $kinds: [SearchKind!]) {
			  search(query: $q, kinds: $kinds) { totalCount unmatchedWords }
			}""";

	@Test
	void namesTheWordsNothingMatchesSoAClientCanSayTheHitsAnswerOnlyTheRest() {
		// the graph holds nothing about chess: the hits are about school, and the answer says so
		var chess = this.graphQl.document(UNMATCHED).variable("q", "schaken op school").execute();
		chess.path("search.unmatchedWords").entityList(String.class).containsExactly("schaken");
		chess.path("search.totalCount").entity(Integer.class).satisfies((n) -> assertThat(n).isPositive());
		// every word matched, in some form: nothing to report
		this.graphQl.document(UNMATCHED).variable("q", "zomerscholen tegen leervertraging").execute()
			.path("search.unmatchedWords").entityList(String.class).hasSize(0);
		// under the asked kinds: no country speaks of a summer school
		this.graphQl.document(UNMATCHED).variable("q", "zomerschool").variable("kinds", List.of("COUNTRY")).execute()
			.path("search.unmatchedWords").entityList(String.class).containsExactly("zomerschool");
		// a word typed half-way is completed where the search completes it, as the last word, and only there
		this.graphQl.document(UNMATCHED).variable("q", "ouders kettingre").execute()
			.path("search.unmatchedWords").entityList(String.class).hasSize(0);
		this.graphQl.document(UNMATCHED).variable("q", "kettingre ouders").execute()
			.path("search.unmatchedWords").entityList(String.class).containsExactly("kettingre");
	}

	@ParameterizedTest
	@ValueSource(strings = { "lerarentekort", "UHJvYmxlbTpsZXJhcmVudGVrb3J0" })
	void narrowsToNodesAddressingAProblemByKeyOrGlobalId(String problem) {
		List<String> addressing = List.copyOf(this.client
			.query("MATCH (n)-[:ADDRESSES]->(:Problem {id: 'lerarentekort'}) RETURN n.id AS key")
			.fetchAs(String.class).mappedBy((ts, r) -> r.get("key").asString()).all());
		this.graphQl.document(SEARCH).variable("q", "leraren").variable("where", Map.of("problem", problem))
			.variable("first", 100).execute()
			.path("search.edges[*].node.node.key").entityList(String.class)
			.satisfies((keys) -> assertThat(keys).isNotEmpty().isSubsetOf(addressing));
	}

	@Test
	void narrowsBySectorAndCountsFacetsOverTheNarrowedHits() {
		var response = this.graphQl.document(SEARCH).variable("q", "leraren")
			.variable("where", Map.of("sector", List.of("po"))).execute();
		int total = response.path("search.totalCount").entity(Integer.class).get();
		assertThat(total).isPositive();
		response.path("search.facets[?(@.name == 'SECTOR')].values[?(@.value == 'po')].count").entityList(Integer.class)
			.containsExactly(total);
	}

	@Test
	void narrowsByMinimumEvidenceStrengthAndDoelgebied() {
		var response = this.graphQl.document(SEARCH).variable("q", "zomerschool")
			.variable("where", Map.of("minEvidenceStrength", 3, "doelgebied", List.of("A"))).execute();
		int total = response.path("search.totalCount").entity(Integer.class).get();
		assertThat(total).isPositive();
		// the deprecated name keeps narrowing the same way
		this.graphQl.document(SEARCH).variable("q", "zomerschool")
			.variable("where", Map.of("minEvidenceLevel", 3, "doelgebied", List.of("A"))).execute()
			.path("search.totalCount").entity(Integer.class).isEqualTo(total);
		response.path("search.facets[?(@.name == 'EVIDENCE_STRENGTH')].values[*].value").entityList(String.class)
			.satisfies((levels) -> assertThat(levels).isNotEmpty().allMatch((l) -> Integer.parseInt(l) >= 3));
		// the deprecated facet name keeps its counts
		response.path("search.facets[?(@.name == 'EVIDENCE_LEVEL')].values").entityList(Object.class)
			.isEqualTo(response.path("search.facets[?(@.name == 'EVIDENCE_STRENGTH')].values").entityList(Object.class).get());
		response.path("search.facets[?(@.name == 'DOELGEBIED')].values[?(@.value == 'A')].count")
			.entityList(Integer.class).containsExactly(response.path("search.totalCount").entity(Integer.class).get());
	}

	static List<Map<String, Object>> filtersThatCanNeverMatch() {
		return List.of(Map.of("doelgebied", List.of("Z")), Map.of("problem", "Not a key!"),
				Map.of("minEvidenceLevel", 9), Map.of("minEvidenceStrength", -1), Map.of("sector", List.of("PO")),
				Map.of("status", List.of("running")));
	}

	@Test
	void namesTheValidValuesOfAFilterThatCanNeverMatch() {
		this.graphQl.document(SEARCH).variable("q", "leraren").variable("where", Map.of("sector", List.of("PO")))
			.execute().errors().satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("'PO'", "po", "vo"));
	}

	@Test
	void namesAWrongEnumValueWithoutGraphqlInternals() {
		this.graphQl.document("{ search(query: \"leraren\", kinds: [FOO]) { totalCount } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getMessage()).contains("'FOO'").doesNotContain("EnumValue"));
	}

	@Test
	void ranksTheNodeMatchingBothWordsAboveNodesNamingTheCommonOne() {
		this.graphQl.document(SEARCH).variable("q", "kind mishandeling").execute()
			.path("search.edges[0].node.node.key").entity(String.class).isEqualTo("kindermishandeling");
	}

	@Test
	void ranksTheEvidenceWhoseClaimHoldsEveryWordAboveTheNodeWhoseNameHoldsOne() {
		// The claim "In 2021 verliet één op de vier kinderen in Nederland de basisschool laaggeletterd" holds all three
		// words; the problem "Laaggeletterdheid en dalende leesvaardigheid" holds one in its name and ranked first.
		List<String> refs = firstRefs("hoeveel kinderen laaggeletterd van de basisschool", 5);
		assertThat(refs.get(0)).isEqualTo("Evidence:d002-een-op-vier-laaggeletterd");
		assertThat(refs).contains("Problem:laaggeletterdheid");
	}

	@Test
	void findsTheEvidenceStatingACountrysFigureByTheFiguresTopicAndTheCountry() {
		// The claim says "besteedt ongeveer 7% van zijn bbp aan onderwijs"; Denmark's attribute with that figure is
		// labelled "onderwijsuitgaven". The country itself comes first: it holds both words.
		assertThat(firstRefs("Deense onderwijsuitgaven", 2)).containsExactly("Country:dk",
				"Evidence:d004-ev-dk-onderwijsuitgaven");
	}

	@Test
	void asksANamedCountryHowItActsForItsPractices() {
		// "hoe" asks for a way to act; asked of the Germans, that is Germany's practices, which ranked 16th and 19th
		// below this country's problems with the teacher shortage
		assertThat(firstRefs("hoe pakken de duitsers hun tekort aan leraren aan", 4))
			.filteredOn((ref) -> ref.startsWith("InternationalPractice:d004-de-"))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void bindsARoleToWhatTheQueryNamesBesideIt() {
		// OCW funds the Effectmeting Kansrijke Interventies; every other funder of anything matched "betaalt" too and
		// ranked above the programme itself (18th)
		assertThat(firstRefs("wie betaalt de effectmeting kansrijke interventies", 2)).containsExactly(
				"Stakeholder:ministerie-ocw", "Programme:effectmeting-kansrijke-interventies");
		// the NRO executes it ("voert uit" is "uitvoert"); the NRO ranked second, behind the providers
		assertThat(firstRefs("wie voert de effectmeting uit", 1)).containsExactly("Stakeholder:nro");
		// asked the other way round: what the NRO executes (the programme ranked third, below OCW)
		assertThat(firstRefs("waar is het nro uitvoerder van", 2)).containsExactly("Stakeholder:nro",
				"Programme:effectmeting-kansrijke-interventies");
	}

	/** The first hits of a search, each as "Type:key" (decoded from its global id). */
	private List<String> firstRefs(String query, int first) {
		return this.graphQl.document("""
				query($q: String!, $first: Int) { search(query: $q, first: $first) { edges { node { node { id } } } } }""")
			.variable("q", query)
			.variable("first", first)
			.execute()
			.path("search.edges[*].node.node.id").entityList(String.class).get().stream()
			.map(GlobalId::decode)
			.map((id) -> id.type() + ":" + id.key())
			.toList();
	}

	@Test
	void ranksThePracticeAtAPlaceAboveThePlaceWhosePracticesNameTheTopic() {
		this.graphQl.document(SEARCH).variable("q", "veghel zij-instromers").execute()
			.path("search.edges[0].node.node.key").entity(String.class)
			.isEqualTo("d003-fioretti-extra-ondersteuning-klas");
	}

	@Test
	void suggestsFromCompoundPartsAndInitialsNarrowedByKind() {
		this.graphQl.document("{ suggest(prefix: \"zomers\") { text } }").execute()
			.path("suggest[*].text").entityList(String.class)
			.satisfies((texts) -> assertThat(texts).anyMatch((t) -> t.toLowerCase().contains("zomerschool")));
		this.graphQl.document("{ suggest(prefix: \"npo\", kinds: [PROGRAMME]) { text kind } }").execute()
			.path("suggest[*].text").entityList(String.class)
			.satisfies((texts) -> assertThat(texts).contains("Nationaal Programma Onderwijs (NP Onderwijs)"));
		this.graphQl.document("{ suggest(prefix: \"npo\", kinds: [PROGRAMME]) { kind } }").execute()
			.path("suggest[*].kind").entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).isNotEmpty().containsOnly("PROGRAMME"));
	}

	@ParameterizedTest
	@MethodSource("filtersThatCanNeverMatch")
	void rejectsFilterValuesThatCanNeverMatchAsBadUserInput(Map<String, Object> where) {
		this.graphQl.document(SEARCH).variable("q", "leraren").variable("where", where).execute().errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"lerarentekort", "title:leraar", "school*", "leraar~2", "(bijles", "bijles AND OR NOT",
			"[a TO z]", "\\", "de het een", "?!", "ouders)) || &&" })
	void treatsQuerySyntaxAsText(String text) {
		this.graphQl.document(SEARCH).variable("q", text).execute().path("search.totalCount").entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(0));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 501, 10_000 })
	void rejectsEmptyOrOverlongQueriesAsBadUserInput(int length) {
		this.graphQl.document(SEARCH).variable("q", "a".repeat(length)).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "query");
		});
	}

	/**
	 * A word as typed that no text holds, where the texts write it otherwise: a loan word's plural in -es (the texts
	 * say "schoollunch"), a compound typed as two words of which one is in no text ("Emmauscollege").
	 */
	@ParameterizedTest
	@CsvSource({ "schoollunches, Intervention:d004-gbt-gezonde-schoollunch, InternationalPractice:d004-jp-gratis-schoollunch",
			"emmaus college, Stakeholder:emmauscollege-rotterdam, Stakeholder:emmauscollege-rotterdam" })
	void findsAWordTheTextsWriteOtherwise(String typed, String ref, String orRef) {
		assertThat(firstRefs(typed, 1)).singleElement().isIn(ref, orRef);
	}

	@Test
	void findsAnAbbreviationTypedWithItsCliticButWithoutTheApostrophe() {
		// no text writes "vwo'ers" or "vwoers": the index's "vwo" tells the clitic from a Dutch word ending in "ers";
		// the same nodes match, and as an agent noun it ranks the people (roles, target groups) among them first
		Integer vwo = this.graphQl.document(SEARCH).variable("q", "vwo").execute()
			.path("search.totalCount").entity(Integer.class).get();
		GraphQlTester.Response vwoers = this.graphQl.document(SEARCH).variable("q", "vwoers").execute();
		vwoers.path("search.totalCount").entity(Integer.class).satisfies((total) -> assertThat(total).isPositive().isEqualTo(vwo));
		vwoers.path("search.edges[0].node.node.id").entity(String.class)
			.satisfies((id) -> assertThat(id).isEqualTo(GlobalId.encode("Stakeholder", "examentrainer")));
	}

	@Test
	void ranksTheKindAQuestionWordAsksForFirst() {
		this.graphQl.document(SEARCH).variable("q", "wanneer gingen alle scholen dicht?").execute()
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.satisfies((types) -> assertThat(types.subList(0, 3)).containsOnly("TimelineEvent"));
		this.graphQl.document(SEARCH).variable("q", "welke landen laten leraren rouleren tussen scholen?").execute()
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.satisfies((types) -> assertThat(types.subList(0, 2)).containsOnly("InternationalPractice"));
		// "landen" alone is what is looked for, not a kind
		this.graphQl.document(SEARCH).variable("q", "landen").execute()
			.path("search.totalCount").entity(Integer.class).satisfies((total) -> assertThat(total).isPositive());
		// "hoeveel geld" asks for a node that states an amount of money: the budget, not the municipalities
		this.graphQl.document(SEARCH).variable("q", "hoeveel geld ging er naar de gemeenten?").execute()
			.path("search.edges[*].node.node.__typename").entityList(String.class)
			.satisfies((types) -> assertThat(types.get(0)).isEqualTo("Evidence"));
	}

	@Test
	void rejectsTooManyWords() {
		this.graphQl.document(SEARCH).variable("q", "leraar school ".repeat(20)).execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT"));
	}

	@Test
	void suggestsNamesForAPrefix() {
		this.graphQl.document("{ suggest(prefix: \"zomer\") { text kind node { id } } }").execute()
			.path("suggest[*].text").entityList(String.class)
			.satisfies((texts) -> assertThat(texts).hasSizeBetween(1, 10).contains("Zomer- of lentescholen"));
		this.graphQl.document("{ suggest(prefix: \"\") { text } }").execute().path("suggest").entityList(Map.class)
			.hasSize(0);
	}

	@Test
	void rebuildsOnlyWhenTheGraphGenerationChanged() {
		long generation = this.index.current().generation();
		assertThat(this.index.refreshIfStale()).isFalse();
		this.index.refresh();
		assertThat(this.index.current().generation()).isEqualTo(generation);
	}

}
