package nl.onderwijsgraaf.evidence;

import java.util.ArrayList;
import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Questions about the evidence behind interventions: toolkit ratings, figures and where a fact is stated. */
@ServiceTest
class EvidenceQuestionsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	record Rating(String key, String ratingScheme, Integer impactMonths, Integer evidenceStrength, Integer costRating,
			Integer numberOfStudies, String strand) {
	}

	record Key(String key) {
	}

	record Item(String key, String kind, Integer impactMonths, String quote, List<Key> supports) {
	}

	record Source(String key, String file, String kind) {
	}

	record Provenance(Source source, String page, String lines, Integer row, String label) {
	}

	private List<Item> allEvidence() {
		List<Item> all = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document("""
					query Page($after: String) {
					  evidenceItems(first: 100, after: $after) {
					    edges {
					      node {
					        key kind impactMonths quote
					        supports { ... on Intervention { key } }
					      }
					    }
					    pageInfo { hasNextPage endCursor }
					  }
					}""").variable("after", after).execute();
			all.addAll(response.path("evidenceItems.edges[*].node").entityList(Item.class).get());
			more = response.path("evidenceItems.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("evidenceItems.pageInfo.endCursor").entity(String.class).get();
		}
		return all;
	}

	@Test
	void whichToolkitRatingsSupportFeedbackAndHowManyMonthsDoTheyPromise() {
		List<Rating> ratings = this.graphQl.document("""
				{
				  intervention(key: "mk-feedback") {
				    evidence {
				      key ratingScheme impactMonths evidenceStrength costRating numberOfStudies strand
				    }
				  }
				}""")
			.execute()
			.path("intervention.evidence")
			.entityList(Rating.class)
			.get();
		assertThat(ratings).containsExactlyInAnyOrder(
				new Rating("ref-eef-feedback", "EEF_TOOLKIT", 6, 4, 1, 155, "Feedback"),
				new Rating("ref-mk1-feedback", "MENUKAART_V1", 8, 3, null, null, "Feedback"),
				new Rating("ref-mk2-feedback", "MENUKAART_V2", 6, 4, null, null, "Feedback"));
	}

	@Test
	void howDoTheRatingsForClassSizeReductionDifferBetweenEefAndTheMenukaart() {
		List<Rating> ratings = this.graphQl.document("""
				{
				  intervention(key: "mk-klassenverkleining") {
				    kind
				    evidence {
				      key ratingScheme impactMonths evidenceStrength costRating numberOfStudies strand
				    }
				  }
				}""")
			.execute()
			.path("intervention.evidence")
			.entityList(Rating.class)
			.get();
		assertThat(ratings).containsExactlyInAnyOrder(
				new Rating("ref-eef-reducing-class-size", "EEF_TOOLKIT", 1, 1, 5, null, "Reducing class size"),
				new Rating("ref-mk1-klassenverkleining", "MENUKAART_V1", 3, 3, 4, null, "Reducing class size"),
				// version 2 leaves the evidence cell empty: it stays null, it is not filled in
				new Rating("ref-mk2-klassenverkleining", "MENUKAART_V2", 2, null, 5, null, "Reducing class size"));
	}

	@Test
	void whatDoesTheMenukaartSayAboutTeachingAssistants() {
		this.graphQl.document("""
				{
				  mk1: evidence(key: "ref-mk1-onderwijsassistenten") { impactMonths evidenceStrength costRating }
				  mk2: evidence(key: "ref-mk2-onderwijsassistenten") {
				    ratingScheme impactMonths evidenceStrength costRating strand
				    supports { ... on Intervention { key } }
				  }
				}""")
			.execute()
			.path("mk1.impactMonths").entity(Integer.class).isEqualTo(1)
			.path("mk1.evidenceStrength").entity(Integer.class).isEqualTo(2)
			.path("mk1.costRating").entity(Integer.class).isEqualTo(4)
			.path("mk2.ratingScheme").entity(String.class).isEqualTo("MENUKAART_V2")
			.path("mk2.impactMonths").valueIsNull()
			.path("mk2.evidenceStrength").valueIsNull()
			.path("mk2.costRating").valueIsNull()
			.path("mk2.strand").entity(String.class).isEqualTo("Teaching assistant interventions")
			.path("mk2.supports[*].key").entityList(String.class).containsExactly("mk-onderwijsassistenten");
	}

	@Test
	void whichToolkitRatingsGiveNoMonthsOfProgress() {
		List<Item> all = allEvidence();
		assertThat(all).hasSize(429);
		assertThat(all).filteredOn((e) -> e.kind().equals("TOOLKIT_RATING")).hasSize(73);
		assertThat(all).filteredOn((e) -> e.kind().equals("TOOLKIT_RATING") && e.impactMonths() == null)
			.extracting(Item::key)
			.containsExactlyInAnyOrder("ref-eef-aspiration-interventions", "ref-eef-learning-styles",
					"ref-eef-outdoor-adventure-learning", "ref-eef-school-uniform", "ref-mk1-directe-instructie",
					"ref-mk1-welbevinden", "ref-mk2-vroegschoolse-interventies", "ref-mk2-directe-instructie",
					"ref-mk2-schrijfonderwijs", "ref-mk2-loopbaanorientatie", "ref-mk2-welbevinden",
					"ref-mk2-onderwijsassistenten");
	}

	@Test
	void whichEefStrandsHaveNoMenukaartItem() {
		assertThat(allEvidence()).filteredOn((e) -> e.key().startsWith("ref-eef-") && e.supports().isEmpty())
			.extracting(Item::key)
			.containsExactlyInAnyOrder("ref-eef-aspiration-interventions", "ref-eef-behaviour-interventions",
					"ref-eef-homework", "ref-eef-learning-styles", "ref-eef-mentoring",
					"ref-eef-outdoor-adventure-learning", "ref-eef-performance-pay", "ref-eef-repeating-a-year",
					"ref-eef-school-uniform", "ref-eef-setting-and-streaming",
					"ref-eef-social-and-emotional-learning", "ref-eef-within-class-attainment-grouping");
	}

	@Test
	void whereIsItStatedThatNpOnderwijsGot8Point5Billion() {
		var response = this.graphQl.document("""
				{
				  evidence(key: "d003-ev-budget-8-5-miljard") {
				    kind figure unit figureText sourced
				    documents { ... on Programme { key } }
				    provenance { source { key file kind } page lines row label }
				  }
				}""").execute();
		response.path("evidence.kind").entity(String.class).isEqualTo("BUDGET")
			.path("evidence.figure").entity(Double.class).isEqualTo(8.5e9)
			.path("evidence.figureText").entity(String.class).isEqualTo("8,5 miljard euro")
			.path("evidence.documents[*].key").entityList(String.class).containsExactly("np-onderwijs");
		List<Provenance> provenance = response.path("evidence.provenance").entityList(Provenance.class).get();
		assertThat(provenance).hasSize(1);
		assertThat(provenance.get(0).source()).isEqualTo(new Source("d003", "003_f241fa8310b35915.txt", "DOCUMENT"));
		assertThat(provenance.get(0).page()).isEqualTo("11");
		assertThat(provenance.get(0).lines()).isNull();
		assertThat(provenance.get(0).row()).isNull();
	}

	@Test
	void whatDoesTheDocumentSayWordForWordAboutThe85Billion() {
		this.graphQl.document("""
				{
				  evidence(key: "d003-ev-budget-8-5-miljard") {
				    figureText quote
				    provenance { label }
				  }
				}""")
			.execute()
			.path("evidence.quote")
			.entity(String.class)
			.isEqualTo("Uiteindelijk is er 8,5 miljard euro beschikbaar gekomen om in te zetten voor steunmaatregelen.")
			.path("evidence.provenance[0].label")
			.entity(String.class)
			.isEqualTo("NP Onderwijs: we blikken terug en kijken vooruit — Blijf bij de les!, p. 11");
	}

	@Test
	void whichTableRowStandsBehindTheFirstMenukaartsFeedbackRating() {
		this.graphQl.document("""
				{
				  evidence(key: "ref-mk1-feedback") {
				    claim citation quote
				    provenance { label source { address } }
				  }
				}""")
			.execute()
			.path("evidence.quote").entity(String.class).isEqualTo("Feedback | Feedback | B | 8 | 3")
			.path("evidence.citation").entity(String.class)
			.isEqualTo("NP Onderwijs-menukaart, versie 1 (2021), doelgebied B, item \"Feedback\"")
			.path("evidence.claim").entity(String.class).satisfies((claim) -> assertThat(claim)
				.startsWith("Op versie 1 (2021) van de menukaart van het Nationaal Programma Onderwijs staat \"Feedback\"")
				.doesNotContain("stored copy", "Redactioneel", "leeg gelaten"))
			.path("evidence.provenance[0].label").entity(String.class)
			.isEqualTo("Menukaart NP Onderwijs, versie 1 (mei 2021), rij 39")
			.path("evidence.provenance[0].source.address").entity(String.class)
			.isEqualTo("www.nponderwijs.nl/po-en-vo/menukaart/interventies-kiezen");
	}

	@Test
	void everyEvidenceItemComesBackWithTheQuoteThatStatesIt() {
		assertThat(allEvidence()).hasSize(429).allSatisfy((e) -> assertThat(e.quote()).as(e.key()).isNotBlank());
	}

	@Test
	void whichReferenceRowDoesTheEefFeedbackRatingComeFrom() {
		List<Provenance> provenance = this.graphQl.document("""
				{
				  evidence(key: "ref-eef-feedback") {
				    provenance { source { key file kind } page lines row label }
				  }
				}""").execute().path("evidence.provenance").entityList(Provenance.class).get();
		assertThat(provenance).extracting((p) -> p.source().key(), (p) -> p.source().file(), (p) -> p.source().kind(),
				Provenance::row, Provenance::page)
			.containsExactly(tuple("eef-toolkit", "eef-menukaart.tsv", "REFERENCE_DATA", 6, null));
	}

	@Test
	void howMuchDidSchoolsSpendOnEachDoelgebied() {
		record Spending(String key, Double figure, String figureText, List<Key> documents) {
		}
		List<Spending> spending = new ArrayList<>();
		for (String key : List.of("d003-wrapped-besteding-personeel", "d003-wrapped-besteding-effectievere-inzet",
				"d003-wrapped-besteding-meer-onderwijs", "d003-wrapped-besteding-sociaal-emotioneel")) {
			spending.add(this.graphQl.document("""
					query Spending($key: String) {
					  evidence(key: $key) {
					    key figure figureText
					    documents { ... on Goal { key } }
					  }
					}""").variable("key", key).execute().path("evidence").entity(Spending.class).get());
		}
		assertThat(spending).extracting(Spending::key, Spending::figure, Spending::figureText,
				(s) -> s.documents().stream().map(Key::key).filter((k) -> k != null).toList())
			.containsExactly(
					tuple("d003-wrapped-besteding-personeel", 1.5e9, "€ 1,5 miljard", List.of("doelgebied-e")),
					tuple("d003-wrapped-besteding-effectievere-inzet", 6.0e8, "€ 600 miljoen", List.of("doelgebied-b")),
					tuple("d003-wrapped-besteding-meer-onderwijs", 4.27e8, "€ 427 miljoen", List.of("doelgebied-a")),
					tuple("d003-wrapped-besteding-sociaal-emotioneel", 3.61e8, "€ 361 miljoen",
							List.of("doelgebied-c")));
	}


	@Test
	void whatDoTheDocumentsSayAboutNpOnderwijsBesidesWhatSupportsItsEffect() {
		var response = this.graphQl.document("""
				{
				  programme(key: "np-onderwijs") { evidence { key } evidenceAbout { key kind } }
				  about: evidenceItems(first: 100, where: {aboutProgrammes: {key: {eq: "np-onderwijs"}}}) { totalCount }
				  goal(key: "doelgebied-e") { evidenceAbout { key } }
				  spending: evidence(key: "d003-wrapped-besteding-personeel") { budgetRole budgetOf { key figure } }
				}""").execute();
		// the items that document the programme, among them the conflicting period and budget figures
		response.path("programme.evidenceAbout[*].key").entityList(String.class).hasSize(37)
			.contains("d000-ev-np-onderwijs-looptijd", "d001-budget-np-onderwijs-8-4-miljard", "d003-ev-budget-8-5-miljard");
		response.path("about.totalCount").entity(Integer.class).isEqualTo(37);
		response.path("goal.evidenceAbout[*].key").entityList(String.class).contains("d003-wrapped-besteding-personeel");
		response.path("spending.budgetRole").entity(String.class).isEqualTo("PART");
		response.path("spending.budgetOf.key").entity(String.class).isEqualTo("d003-ev-budget-5-8-miljard");
	}

}
