package nl.onderwijsgraaf.stakeholder;

import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who does what: stakeholders, their roles in programmes and interventions, and their ties. */
@ServiceTest
class StakeholderQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Key(String key) {
	}

	record Involved(String role, Key stakeholder, Key target) {
	}

	record Tie(String role, Key from, Key to) {
	}

	private static final String INVOLVEMENT = """
			role
			stakeholder { key }
			target { ... on Intervention { key } ... on Programme { key } }""";

	@Test
	void whoExecutesAndWhoFundsNpOnderwijs() {
		List<Involved> involved = this.graphQl.document("""
				{
				  programme(key: "np-onderwijs") {
				    stakeholders { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute().path("programme.stakeholders").entityList(Involved.class).get();
		assertThat(involved).extracting(Involved::role, (i) -> i.stakeholder().key())
			.containsExactlyInAnyOrder(tuple("RESPONSIBLE", "ministerie-ocw"), tuple("FUNDS", "kabinet"),
					tuple("EXECUTES", "schoolleider"), tuple("EXECUTES", "leraar"),
					tuple("PARTICIPATES", "tweede-kamer"), tuple("SUPPORTS", "tweede-kamer"),
					tuple("BENEFITS", "gemeenten"), tuple("PARTICIPATES", "gemeenten"),
					tuple("PARTICIPATES", "leraar"), tuple("PARTICIPATES", "schoolleider"),
					tuple("PARTICIPATES", "schoolbestuur"), tuple("SUPPORTS", "lkca"),
					tuple("ADVISES", "wetenschappelijke-expertgroep-np-onderwijs"),
					tuple("SUPPORTS", "kenniscommunity-np-onderwijs"), tuple("RESEARCHES", "cito"),
					tuple("RESEARCHES", "nco"));
		assertThat(involved).allSatisfy((i) -> assertThat(i.target().key()).isEqualTo("np-onderwijs"));
		assertThat(involved).filteredOn((i) -> i.role().equals("FUNDS"))
			.extracting((i) -> i.stakeholder().key())
			.containsExactly("kabinet");
		assertThat(involved).filteredOn((i) -> i.role().equals("EXECUTES"))
			.extracting((i) -> i.stakeholder().key())
			.containsExactlyInAnyOrder("schoolleider", "leraar");
	}

	@Test
	void whichOrganisationsAreMembersOfTheOnderwijsAlliantieAndWhoWorksWithIt() {
		List<Tie> ties = this.graphQl.document("""
				{
				  stakeholder(key: "onderwijs-alliantie") {
				    connections { role from { key } to { key } }
				  }
				}""").execute().path("stakeholder.connections").entityList(Tie.class).get();
		assertThat(ties).filteredOn((t) -> t.role().equals("MEMBER_OF"))
			.allSatisfy((t) -> assertThat(t.to().key()).isEqualTo("onderwijs-alliantie"))
			.extracting((t) -> t.from().key())
			.containsExactlyInAnyOrder("deloitte", "kidsrights", "health-holland", "ing", "bmc",
					"stichting-westelijke-tuinsteden");
		assertThat(ties).filteredOn((t) -> t.role().equals("PARTNERS_WITH") && t.to().key().equals("onderwijs-alliantie"))
			.extracting((t) -> t.from().key())
			.containsExactlyInAnyOrder("tata-consultancy-services", "nationaal-programma-rotterdam-zuid",
					"gemeente-rotterdam", "gemeente-amsterdam", "albeda-college", "jinc", "jantje-beton", "het-abc");
		assertThat(ties).filteredOn((t) -> t.role().equals("ADVISES")).hasSize(32);
	}

	@Test
	void inWhichInterventionsAndProgrammesIsDeloitteInvolved() {
		var response = this.graphQl.document("""
				{
				  stakeholder(key: "deloitte") {
				    name type
				    involvements { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute();
		response.path("stakeholder.type").entity(String.class).isEqualTo("COMPANY");
		assertThat(response.path("stakeholder.involvements").entityList(Involved.class).get())
			.extracting((i) -> i.target().key(), Involved::role)
			.containsExactlyInAnyOrder(tuple("d004-deloitte-innovatiecapaciteit-en-tools", "EXECUTES"),
					tuple("d004-deloitte-pps-pilots-g4", "EXECUTES"),
					tuple("d004-deloitte-procesmonitoring-grootstedelijk", "EXECUTES"),
					tuple("d004-online-platform-hulpvragen", "EXECUTES"), tuple("d004-realiseren-lokale-pps", "EXECUTES"),
					tuple("d004-stuurgroep-onderwijs-alliantie", "RESPONSIBLE"),
					tuple("onderwijs-alliantie-programma", "EXECUTES"));
	}

	@Test
	void whichWeekendSchoolsCouldWeekendschoolPlusWorkWith() {
		List<Involved> involved = this.graphQl.document("""
				{
				  intervention(key: "d000-weekendschool-plus") {
				    stakeholders { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute().path("intervention.stakeholders").entityList(Involved.class).get();
		assertThat(involved).filteredOn((i) -> i.role().equals("PARTNERS"))
			.extracting((i) -> i.stakeholder().key())
			.containsExactlyInAnyOrder("thuisonderwijsmaatjes", "jinc", "stichting-move", "schools-cool", "petje-af",
					"imc-weekendschool");
		assertThat(involved).extracting(Involved::role).containsOnly("PARTNERS", "BENEFITS", "INITIATED");
	}

	@Test
	void whoAreTheThemePartnersAndTheKnowledgePartnerOfTheNationaleDenktank2021() {
		List<Involved> involved = this.graphQl.document("""
				{
				  programme(key: "nationale-denktank-2021") {
				    stakeholders { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute().path("programme.stakeholders").entityList(Involved.class).get();
		assertThat(involved).extracting(Involved::role, (i) -> i.stakeholder().key())
			.containsExactlyInAnyOrder(tuple("EXECUTES", "nationale-denktank"), tuple("PARTNERS", "the-learning-network"),
					tuple("PARTNERS", "ministerie-ocw"), tuple("PARTNERS", "bmc"), tuple("PARTNERS", "gemeente-rotterdam"),
					tuple("ADVISES", "stichting-leerkracht"));
	}

	@Test
	void whatDidTHoogheLandtDoToSupportItsPupils() {
		var response = this.graphQl.document("""
				{
				  stakeholder(key: "t-hooghe-landt") {
				    type
				    places { key }
				    involvements { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute();
		response.path("stakeholder.type").entity(String.class).isEqualTo("SCHOOL")
			.path("stakeholder.places[*].key").entityList(String.class).containsExactly("amersfoort");
		List<Involved> involved = response.path("stakeholder.involvements").entityList(Involved.class).get();
		assertThat(involved).allSatisfy((i) -> assertThat(i.role()).isEqualTo("EXECUTES"))
			.extracting((i) -> i.target().key())
			.containsExactlyInAnyOrder("d003-hooghe-landt-cultuurverandering", "d003-hooghe-landt-activerende-didactiek",
					"d003-hooghe-landt-toetsbeleid", "d003-hooghe-landt-je-brein-de-baas", "d003-hooghe-landt-mentoraat",
					"d003-hooghe-landt-intern-ondersteuningsteam", "d003-hooghe-landt-back-up",
					"d003-hooghe-landt-veerkrachttraining", "d003-hooghe-landt-onafhankelijke-ondersteuningscoordinator");
	}

	@Test
	void whereDoesACultuurcoordinatorHaveARole() {
		List<Involved> involved = this.graphQl.document("""
				{
				  stakeholder(key: "cultuurcoordinator") {
				    involvements { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute().path("stakeholder.involvements").entityList(Involved.class).get();
		assertThat(involved).extracting((i) -> i.target().key(), Involved::role)
			.containsExactlyInAnyOrder(tuple("d001-tip-bestaande-structuren-benutten", "EXECUTES"),
					tuple("d001-tip-kunst-cultuur-voor-sociale-ontwikkeling", "PARTICIPATES"));
	}

	@Test
	void whoResearchesTheEffectsOfPublicPrivatePartnershipsOnChildren() {
		List<Involved> involved = this.graphQl.document("""
				{
				  intervention(key: "d004-onderzoek-effecten-pps-initiatieven") {
				    stakeholders { %s }
				  }
				}""".formatted(INVOLVEMENT)).execute().path("intervention.stakeholders").entityList(Involved.class).get();
		assertThat(involved).filteredOn((i) -> i.role().equals("RESEARCHES"))
			.extracting((i) -> i.stakeholder().key())
			.containsExactly("kidsrights");
	}


	record CitedTie(String role, Key from, Key to, Lines provenance, String quote) {
	}

	record Lines(String lines) {
	}

	@Test
	void withWhomDoesJincWorkOnCitizenshipAndWhereDoesTheManifestoSaySo() {
		List<CitedTie> ties = this.graphQl.document("""
				{
				  stakeholder(key: "jinc") {
				    connections { role from { key } to { key } provenance { lines } quote }
				  }
				}""")
			.execute()
			.path("stakeholder.connections")
			.entityList(CitedTie.class)
			.get();
		CitedTie rabobank = ties.stream()
			.filter((t) -> t.to().key().equals("rabobank-amsterdam"))
			.findFirst()
			.orElseThrow();
		assertThat(rabobank.role()).isEqualTo("PARTNERS_WITH");
		assertThat(rabobank.provenance().lines()).isEqualTo("427-429");
		assertThat(rabobank.quote()).contains("JINC en Rabobank Amsterdam");
	}

}
