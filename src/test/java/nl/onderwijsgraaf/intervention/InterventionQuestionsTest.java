package nl.onderwijsgraaf.intervention;

import java.util.ArrayList;
import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Questions school teams ask about interventions: what is there, how is it rated, what does it consist of. */
@ServiceTest
class InterventionQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Rated(String key, String kind, String form, String impact, String effort) {
	}

	record Key(String key) {
	}

	record Involved(String role, Key stakeholder) {
	}

	record Measure(String key, String kind, String status) {
	}

	/** Every intervention, page by page (100 is the largest page). */
	private List<Rated> allInterventions() {
		List<Rated> all = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document("""
					query Page($after: String) {
					  interventions(first: 100, after: $after) {
					    edges { node { key kind form impact effort } }
					    pageInfo { hasNextPage endCursor }
					    totalCount
					  }
					}""").variable("after", after).execute();
			all.addAll(response.path("interventions.edges[*].node").entityList(Rated.class).get());
			more = response.path("interventions.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("interventions.pageInfo.endCursor").entity(String.class).get();
		}
		return all;
	}

	record Cited(String relationship, boolean outgoing, Key node, Provenance provenance, String quote) {
	}

	record Provenance(Source source, String page, String lines) {
	}

	record Source(String key) {
	}

	@Test
	void feedbackAddressesLeervertragingCitedWithDocumentPageAndQuote() {
		List<Cited> links = this.graphQl.document("""
				{
				  intervention(key: "mk-feedback") {
				    links {
				      relationship outgoing quote
				      node { ... on Problem { key } }
				      provenance { source { key } page lines }
				    }
				  }
				}""")
			.execute()
			.path("intervention.links")
			.entityList(Cited.class)
			.get();
		Cited addresses = links.stream()
			.filter((l) -> l.relationship().equals("ADDRESSES") && "leervertraging".equals(l.node().key()))
			.findFirst()
			.orElseThrow();
		assertThat(addresses.outgoing()).isTrue();
		assertThat(addresses.provenance().source().key()).isEqualTo("d003");
		// the interview that says what the menukaart was for, not the passage about the programme's money
		assertThat(addresses.provenance().page()).isEqualTo("14");
		assertThat(addresses.quote()).contains("leervertragingen vanwege corona in te halen")
			.contains("De menukaart moest scholen");
		// every other link of the item cites a place too: its programme, goal and sectors
		assertThat(links).extracting(Cited::relationship).contains("PART_OF", "SERVES", "FOR_SECTOR", "SUPPORTED_BY");
		assertThat(links).allSatisfy((l) -> assertThat(l.provenance()).isNotNull());
	}

	record Role(String role, Key stakeholder, Provenance provenance, String quote) {
	}

	@Test
	void aStakeholderRoleCitesTheLinesThatStateItNotTheFirstCitationOfTheSolution() {
		List<Role> roles = this.graphQl.document("""
				{
				  intervention(key: "d000-extra-handen-in-de-klas") {
				    stakeholders { role stakeholder { key } provenance { source { key } page lines } quote }
				  }
				}""")
			.execute()
			.path("intervention.stakeholders")
			.entityList(Role.class)
			.get();
		Role schools = roles.stream().filter((r) -> r.stakeholder().key().equals("basisscholen")).findFirst().orElseThrow();
		assertThat(schools.role()).isEqualTo("BENEFITS");
		assertThat(schools.provenance().lines()).isEqualTo("371-373");
		assertThat(schools.quote()).startsWith("Basisscholen met een groot lerarentekort");
	}

	@Test
	void whichSolutionSheetsRateTheirImpactAndEffort() {
		List<Rated> all = allInterventions();
		// 314 entries less the two duplicates merged into one node each
		assertThat(all).hasSize(312);
		assertThat(all).filteredOn((i) -> i.impact() != null || i.effort() != null)
			.extracting(Rated::key)
			.containsExactlyInAnyOrder("d000-culturenbox-app", "d000-extra-handen-in-de-klas",
					"d000-flexibele-lesvormen", "d000-frustratie-forum", "d000-cultuurzomerschool", "d000-babybox",
					"d000-thuisbetrokkenheid", "d000-weekendschool-plus", "d000-sociale-werkers-gekoppeld-aan-scholen",
					"d000-indicatorenlijst-stress", "d000-stressles", "d000-wonderwijs", "d000-campagne-het-is-oke",
					"d000-het-extra-uurtje", "d000-kunstenaarsaccelerator", "d000-breng-cultuur-naar-publiek",
					"d000-cultify", "d000-financiele-participatie", "d000-cultuurshot", "d000-your-story-our-future",
					"d002-kiz-afzonderlijke-normen-taal-lezen-rekenen", "d002-kiz-verbetertraject-onvoldoende-scholen",
					"d002-kiz-leesnorm-herzien", "d002-kiz-groei-indicator");
		// the ratings belong to solution sheets and their steps, never to directions, advice or examples
		assertThat(all).filteredOn((i) -> i.impact() != null || i.effort() != null)
			.allSatisfy((i) -> assertThat(i.form()).isIn("SOLUTION_SHEET", "SHEET_STEP"));
	}

	@Test
	void whatDoTheCultureSheetsSayAboutImpactAndEffort() {
		this.graphQl.document("""
				{
				  cultify: intervention(key: "d000-cultify") { form impact effort description }
				  participatie: intervention(key: "d000-financiele-participatie") { impact effort }
				}""")
			.execute()
			.path("cultify.form").entity(String.class).isEqualTo("SOLUTION_SHEET")
			.path("cultify.impact").entity(String.class)
			.isEqualTo("lagere kosten voor digitale cultuuruitingen en daardoor een betere business case")
			.path("cultify.effort").entity(String.class).isEqualTo("samenwerking op nationaal niveau is noodzakelijk")
			.path("cultify.description").entity(String.class).satisfies((d) -> assertThat(d).doesNotContain("Effort"))
			.path("participatie.effort").entity(String.class).isEqualTo("vraagt een omslag in de gangbare werkwijze");
	}

	@Test
	void whichSolutionSheetsDidTheDenkTankWorkOutAndWhichAreOnlyDirections() {
		List<Rated> all = allInterventions();
		assertThat(all).filteredOn((i) -> "SOLUTION_SHEET".equals(i.form())).hasSize(28)
			.extracting(Rated::key)
			.contains("d000-extra-handen-in-de-klas", "d000-cultify", "d002-wisselkracht", "d002-kwaliteit-in-zicht")
			.doesNotContain("d000-kans-online-kanalen", "d000-wearepublic-abonnement");
		this.graphQl.document("""
				{
				  interventions(first: 50, where: {formIn: [DIRECTION]}) { edges { node { key kind } } totalCount }
				}""")
			.execute()
			.path("interventions.totalCount").entity(Integer.class).isEqualTo(7)
			.path("interventions.edges[*].node.key").entityList(String.class)
			.contains("d000-kans-online-kanalen", "d000-goede-vve");
	}

	@Test
	void whatImpactAndEffortDoesTheCulturenboxAppHave() {
		this.graphQl.document("""
				{
				  intervention(key: "d000-culturenbox-app") { name kind status impact effort description }
				}""")
			.execute()
			.path("intervention.impact").entity(String.class)
			.isEqualTo("groot, omdat het aanbod transparant wordt en de afstand door COVID-19 verkleint")
			.path("intervention.effort").entity(String.class)
			.isEqualTo("gemiddeld, omdat het vooral gaat om stakeholders bij elkaar brengen en een pilot starten")
			.path("intervention.description").entity(String.class)
			.satisfies((d) -> assertThat(d).doesNotContain("impact").doesNotContain("inspanning"))
			.path("intervention.kind").entity(String.class).isEqualTo("PROPOSAL");
	}

	@Test
	void whatImpactAndEffortDoesHetExtraUurtjeHaveAndWhichSheetStatesOnlyItsEffort() {
		this.graphQl.document("""
				{
				  extraUurtje: intervention(key: "d000-het-extra-uurtje") { impact effort description }
				  zomerschool: intervention(key: "d000-cultuurzomerschool") { impact effort description }
				}""")
			.execute()
			.path("extraUurtje.impact").entity(String.class)
			.isEqualTo("als het haalbaar is, is met relatief weinig effort een grote impact te maken")
			.path("extraUurtje.effort").entity(String.class)
			.isEqualTo("het programma heeft grote impact op de werkbelasting van docenten, dus de haalbaarheid moet via "
					+ "inventarisatie en testen worden bekeken")
			.path("extraUurtje.description").entity(String.class)
			.satisfies((d) -> assertThat(d).doesNotContain("Impact & effort"))
			.path("zomerschool.impact").valueIsNull()
			.path("zomerschool.effort").entity(String.class)
			.isEqualTo("de inzet van mensen uit de culturele sector maakt een zomerschool haalbaar met een klein aantal "
					+ "docenten van de eigen school")
			.path("zomerschool.description").entity(String.class)
			.satisfies((d) -> assertThat(d).doesNotContain("Impact & effort"));
	}

	@Test
	void whatAreTheSubMeasuresOfKwaliteitInZicht() {
		var response = this.graphQl.document("""
				{
				  intervention(key: "d002-kwaliteit-in-zicht") {
				    goals { key }
				    subMeasures { key kind status }
				  }
				}""").execute();
		assertThat(response.path("intervention.subMeasures").entityList(Measure.class).get())
			.extracting(Measure::key, Measure::kind)
			.containsExactlyInAnyOrder(tuple("d002-kiz-afzonderlijke-normen-taal-lezen-rekenen", "POLICY_MEASURE"),
					tuple("d002-kiz-verbetertraject-onvoldoende-scholen", "POLICY_MEASURE"),
					tuple("d002-kiz-leesnorm-herzien", "POLICY_MEASURE"),
					tuple("d002-kiz-groei-indicator", "POLICY_MEASURE"));
		assertThat(response.path("intervention.goals[*].key").entityList(String.class).get())
			.containsExactlyInAnyOrder("ood-1", "ood-7", "ndt2021-thema-onderwijskwaliteit",
					"ndt2021-deelonderwerp-onderwijssysteem");
	}

	@Test
	void whichInterventionsWereStudiedInTheEffectmetingKansrijkeInterventies() {
		record Phase(String key, String kind, List<Measure> interventions) {
		}
		var response = this.graphQl.document("""
				{
				  programme(key: "effectmeting-kansrijke-interventies") {
				    interventions { key kind status }
				    parts { key kind interventions { key kind status } }
				  }
				}""").execute();
		assertThat(response.path("programme.interventions").entityList(Measure.class).get())
			.containsExactly(new Measure("d003-rekensprint", "STUDIED_INTERVENTION", "EVALUATED"));
		List<Phase> phases = response.path("programme.parts").entityList(Phase.class).get();
		assertThat(phases).extracting(Phase::key, Phase::kind)
			.containsExactlyInAnyOrder(tuple("effectmeting-pilotstudie", "PHASE"),
					tuple("effectmeting-hoofdonderzoek", "PHASE"));
		assertThat(phases).filteredOn((p) -> p.key().equals("effectmeting-pilotstudie"))
			.flatExtracting(Phase::interventions)
			.extracting(Measure::key)
			.containsExactly("d003-high-dosage-tutoring-vmbo");
		assertThat(phases).filteredOn((p) -> p.key().equals("effectmeting-hoofdonderzoek"))
			.flatExtracting(Phase::interventions)
			.extracting(Measure::key)
			.containsExactlyInAnyOrder("d003-online-rekenoefenprogramma", "d003-digitaal-tutorprogramma-lezen",
					"d003-mentorlessen-stress");
	}

	@Test
	void whichTipsDoesTheLkcaGiveAboutCultureEducationInNpOnderwijs() {
		List<Rated> tips = allInterventions().stream()
			.filter((i) -> i.kind().equals("TIP") && i.key().startsWith("d001-"))
			.toList();
		assertThat(tips).extracting(Rated::key)
			.containsExactlyInAnyOrder("d001-tip-kunst-cultuur-in-analyse",
					"d001-tip-informatie-cultuurprofessionals-delen", "d001-tip-concrete-cultuurvoorbeelden-bij-menukaart",
					"d001-tip-uitvoering-achterstanden-cultuureducatie", "d001-tip-kunstvakdocent-in-team",
					"d001-tip-bestaande-structuren-benutten", "d001-tip-verbinding-buitenschoolse-activiteiten",
					"d001-tip-kunst-cultuur-voor-sociale-ontwikkeling", "d001-tip-budget-voor-kunstvakdocenten",
					"d001-tip-actuele-ontwikkelingen-volgen");
	}

	@Test
	void whereDoesSamenLerenSlotervaartRunWhoCarriesItOutAndWhatAreItsParts() {
		var response = this.graphQl.document("""
				{
				  intervention(key: "d004-samen-leren-slotervaart") {
				    places { key }
				    subMeasures { key }
				    stakeholders { role stakeholder { key } }
				  }
				}""").execute();
		assertThat(response.path("intervention.places[*].key").entityList(String.class).get())
			.containsExactlyInAnyOrder("slotervaart", "amsterdam-nieuw-west");
		assertThat(response.path("intervention.subMeasures[*].key").entityList(String.class).get())
			.containsExactlyInAnyOrder("d004-sls-welzijn-en-zorgpartners", "d004-sls-bedrijven-en-wijkorganisaties",
					"d004-sls-ouderbetrokkenheid", "d004-sls-mentoren-uit-de-wijk");
		assertThat(response.path("intervention.stakeholders").entityList(Involved.class).get())
			.extracting((i) -> i.role(), (i) -> i.stakeholder().key())
			.containsExactlyInAnyOrder(tuple("EXECUTES", "stichting-westelijke-tuinsteden"),
					tuple("EXECUTES", "bekwame-professional"), tuple("EXECUTES", "wijkorganisaties"),
					tuple("SUPPORTS", "onderwijs-alliantie"));
	}

}
