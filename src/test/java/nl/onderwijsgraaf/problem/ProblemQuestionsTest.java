package nl.onderwijsgraaf.problem;

import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Questions a school team or programme manager asks about problems (knelpunten), answered over HTTP. */
@ServiceTest
class ProblemQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Key(String key) {
	}

	record InterventionWithSectors(String key, List<Key> sectors) {
	}

	record Figure(String key, Double figure, String unit, String figureText) {
	}

	@Test
	void interventionsAddressingTeacherShortageInPrimaryEducation() {
		List<InterventionWithSectors> interventions = this.graphQl.document("""
				{
				  problem(key: "lerarentekort") {
				    interventions { key sectors { key } }
				  }
				}""")
			.execute()
			.path("problem.interventions")
			.entityList(InterventionWithSectors.class)
			.get();
		assertThat(interventions).hasSize(35);
		assertThat(interventions.stream()
			.filter((i) -> i.sectors().contains(new Key("po")))
			.map(InterventionWithSectors::key)).containsExactlyInAnyOrder("d000-koepelgestuurde-cultuureducatie",
					"d000-bestaande-aanpak-lerarentekort", "d000-lerarentekort-instroom-opleidingen",
					"d000-lerarentekort-zij-instromers", "d000-lerarentekort-behouden-leraren",
					"d000-lerarentekort-stille-reserve", "d000-lerarentekort-beloning-carriere",
					"d000-lerarentekort-innovatie", "d000-lerarentekort-extra-inzet-parttimers",
					"d000-extra-handen-in-de-klas", "d002-wisselkracht", "d003-campagne-werken-in-het-onderwijs",
					"d004-transitie-lerarentekort-en-wijk", "d004-ondersteuning-op-maat-initiatieven",
					"d004-deloitte-pps-pilots-g4", "d004-oproep-basisscholen", "d004-ondersteuning-stwt-transitie",
					"d004-stwt-denkweek", "d004-structurele-inzet-bekwame-professionals", "d004-samen-leren-slotervaart",
					"d004-rotterdams-goud", "d004-team-twaalf");
	}

	@Test
	void howUnevenlyIsTheTeacherShortageSpreadAcrossNeighbourhoodsAndRegions() {
		List<Figure> evidence = this.graphQl.document("""
				{
				  problem(key: "lerarentekort") {
				    evidence { key figure unit figureText }
				  }
				}""")
			.execute()
			.path("problem.evidence")
			.entityList(Figure.class)
			.get();
		// one node for the teacher shortage: the d000 slide on its uneven spread is part of it
		assertThat(evidence).extracting(Figure::key)
			.contains("d000-ev-staat-van-het-onderwijs-2020", "d000-ev-staat-van-het-onderwijs-2021",
					"d000-ev-interview-bestuurders-lucas-onderwijs", "d000-ev-vacature-intensiteit-laak",
					"d000-ev-vacature-intensiteit-belgisch-park", "d000-ev-vacature-intensiteit-utrecht",
					"d000-ev-vacature-intensiteit-achterhoek");
		assertThat(evidence).filteredOn((e) -> e.key().startsWith("d000-ev-vacature-intensiteit"))
			.extracting(Figure::key, Figure::figure, Figure::unit, Figure::figureText)
			.containsExactlyInAnyOrder(tuple("d000-ev-vacature-intensiteit-laak", 21.0, "%", "Laak (wijk): 21%"),
					tuple("d000-ev-vacature-intensiteit-belgisch-park", 0.0, "%", "Belgisch Park (wijk): 0%"),
					tuple("d000-ev-vacature-intensiteit-utrecht", 13.7, "%", "Utrecht 13,7%"),
					tuple("d000-ev-vacature-intensiteit-achterhoek", 0.19, "%", "Achterhoek 0,19%"));
	}

	@Test
	void whichInterventionsHelpAgainstStressAmongPupils() {
		var response = this.graphQl.document("""
				{
				  problem(key: "stress-bij-leerlingen") {
				    name
				    interventions { key }
				  }
				}""")
			.execute();
		response.path("problem.name").entity(String.class).isEqualTo("Ervaren stress bij leerlingen");
		assertThat(response.path("problem.interventions[*].key").entityList(String.class).get()).containsExactlyInAnyOrder(
				"d000-indicatorenlijst-stress", "d000-sociale-werker-amersfoort",
				"d000-sociale-werkers-gekoppeld-aan-scholen", "d000-stressles", "d000-thuisbetrokkenheid");
	}

	@Test
	void howMuchDidChildAbuseRiseDuringTheFirstLockdown() {
		List<Figure> evidence = this.graphQl.document("""
				{
				  problem(key: "kindermishandeling") {
				    domain
				    evidence { key figure unit figureText }
				  }
				}""")
			.execute()
			.path("problem.domain")
			.entity(String.class)
			.isEqualTo("SOCIETY")
			.path("problem.evidence")
			.entityList(Figure.class)
			.get();
		assertThat(evidence).filteredOn((e) -> e.key().startsWith("d000-ev-unicef-"))
			.extracting(Figure::key, Figure::figure, Figure::unit, Figure::figureText)
			.containsExactlyInAnyOrder(
					tuple("d000-ev-unicef-kindermishandeling-voor-corona", 15000.0, "kinderen", "ong. 15.000 kinderen"),
					tuple("d000-ev-unicef-kindermishandeling-lockdown", 40000.0, "kinderen",
							"ong. 40.000 kinderen (een verdrievoudiging)"));
	}

	@Test
	void whatAreTheAlternativesToShadowEducation() {
		List<String> keys = this.graphQl.document("""
				{
				  problem(key: "schaduwonderwijs") {
				    interventions { key }
				  }
				}""")
			.execute()
			.path("problem.interventions[*].key")
			.entityList(String.class)
			.get();
		assertThat(keys).containsExactlyInAnyOrder("d000-het-extra-uurtje", "d000-wonderwijs", "d000-wonderwijs-online-platform",
					"d002-kansen-te-koop", "d002-kansen-te-koop-campagnemiddelen", "d002-pas-op-gelijke-kansen");
	}


	record Cited(String relationship, boolean outgoing, Key node, CitedAt provenance, String quote) {
	}

	record CitedAt(Key source, String page) {
	}

	@Test
	void whichMenukaartItemsAddressLearningDelaysAndWhereIsThatStated() {
		List<Cited> links = this.graphQl.document("""
				{
				  problem(key: "leervertraging") {
				    links {
				      relationship outgoing quote
				      node { ... on Intervention { key } ... on Problem { key } ... on Programme { key } }
				      provenance { source { key } page }
				    }
				  }
				}""")
			.execute()
			.path("problem.links")
			.entityList(Cited.class)
			.get();
		List<Cited> menukaart = links.stream()
			.filter((l) -> l.relationship().equals("ADDRESSES") && !l.outgoing() && l.node().key().startsWith("mk-"))
			.toList();
		assertThat(menukaart).extracting((l) -> l.node().key()).contains("mk-feedback", "mk-zomerschool");
		assertThat(menukaart).allSatisfy((l) -> {
			assertThat(l.provenance().source().key()).isEqualTo("d003");
			// the interview that says what the menukaart was for (issue 12 review of the link quotes)
			assertThat(l.provenance().page()).isEqualTo("14");
			assertThat(l.quote()).contains("leervertragingen vanwege corona in te halen", "De menukaart moest");
		});
		// a related problem is listed once per direction it is stated in, each with its own citation
		assertThat(links).filteredOn((l) -> l.relationship().equals("RELATED_TO")).isNotEmpty()
			.allSatisfy((l) -> assertThat(l.provenance()).isNotNull());
	}


	@Test
	void whichProblemsDoesTheLenteschoolGroupUnderThuis() {
		List<String> keys = this.graphQl.document("""
				{
				  problems(where: {themes: {key: {eq: "onderwijs-subthema-thuis"}}}, first: 100) {
				    edges { node { key } }
				  }
				}""")
			.execute()
			.path("problems.edges[*].node.key")
			.entityList(String.class)
			.get();
		assertThat(keys).contains("stress-bij-leerlingen", "kindermishandeling", "ongelijkheid-eerste-levensjaren",
				"ouderbetrokkenheid-laag")
			.doesNotContain("nationaal-erfgoed", "imagoprobleem-vmbo");
		List<Cited> themes = this.graphQl.document("""
				{
				  problem(key: "stress-bij-leerlingen") {
				    links { relationship outgoing quote node { ... on Goal { key } } provenance { source { key } page } }
				  }
				}""")
			.execute()
			.path("problem.links")
			.entityList(Cited.class)
			.get()
			.stream()
			.filter((l) -> l.relationship().equals("IN_THEME"))
			.toList();
		assertThat(themes).singleElement().satisfies((l) -> {
			assertThat(l.node().key()).isEqualTo("onderwijs-subthema-thuis");
			assertThat(l.provenance().source().key()).isEqualTo("d000");
			assertThat(l.provenance().page()).isEqualTo("42-43");
		});
	}
}
