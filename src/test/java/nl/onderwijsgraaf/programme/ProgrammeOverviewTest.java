package nl.onderwijsgraaf.programme;

import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The programme manager's overview and the counts dashboards show next to it. */
@ServiceTest
class ProgrammeOverviewTest {

	private static final ParameterizedTypeReference<Map<String, Object>> BUCKET = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void groupsAProgrammesStakeholdersByRole() {
		var response = this.graphQl.document("""
				{ programme(key: "np-onderwijs") { stakeholdersByRole { role stakeholders { key } } } }""").execute();
		response.path("programme.stakeholdersByRole[*].role").entityList(String.class)
			.containsExactly("ADVISES", "BENEFITS", "EXECUTES", "FUNDS", "PARTICIPATES", "RESEARCHES", "RESPONSIBLE", "SUPPORTS");
		response.path("programme.stakeholdersByRole[4].stakeholders[*].key").entityList(String.class)
			.containsExactly("gemeenten", "leraar", "schoolbestuur", "schoolleider", "tweede-kamer");
		response.path("programme.stakeholdersByRole[3].stakeholders[*].key").entityList(String.class).containsExactly("kabinet");
	}

	@Test
	void listsBudgetFiguresByRoleAndNeverAddsATotalToItsPartsOrToAnotherSourcesFigure() {
		var response = this.graphQl.document("""
				{ programmeBudgets(where: {key: {eq: "np-onderwijs"}}) {
				    programme { key } totals { unit sum figureCount }
				    figures { key figure budgetRole budgetOf { key } provenance { source { key } } }
				    groups { head { key figure } alternatives { key figure provenance { source { key } page } }
				             parts { key } partsSum { unit sum figureCount } years { key } } } }""")
			.execute();
		response.path("programmeBudgets[*].programme.key").entityList(String.class).containsExactly("np-onderwijs");
		// only the total is a total: 8,4 miljard (LKCA), not 31,4 miljard of totals, parts and conflicting figures
		response.path("programmeBudgets[0].totals[0].figureCount").entity(Integer.class).isEqualTo(1);
		response.path("programmeBudgets[0].totals[0].sum").entity(Double.class)
			.satisfies((sum) -> assertThat(sum).isCloseTo(8_400_000_000.0, within(1.0)));
		response.path("programmeBudgets[0].figures[*].key").entityList(String.class).hasSize(10)
			.contains("d001-budget-np-onderwijs-8-4-miljard", "d001-budget-np-onderwijs-gemeenten", "d003-wrapped-budget");
		response.path("programmeBudgets[0].figures[0].provenance[0].source.key").entity(String.class).isEqualTo("d001");
		response.path("programmeBudgets[0].figures[*].budgetRole").entityList(String.class)
			.satisfies((roles) -> assertThat(roles).containsOnly("TOTAL", "PART", "ALTERNATIVE"));
		response.path("programmeBudgets[0].groups[*].head.key").entityList(String.class)
			.containsExactly("d001-budget-np-onderwijs-8-4-miljard", "d003-ev-budget-5-8-miljard");
		// the conflicting 8,5 miljard of the OCW retrospective stands beside the 8,4 miljard, with its source
		response.path("programmeBudgets[0].groups[0].alternatives[*].key").entityList(String.class)
			.containsExactly("d003-ev-budget-8-5-miljard");
		response.path("programmeBudgets[0].groups[0].alternatives[0].provenance[0].source.key").entity(String.class)
			.isEqualTo("d003");
		response.path("programmeBudgets[0].groups[0].parts[*].key").entityList(String.class)
			.contains("d001-budget-np-onderwijs-gemeenten", "d003-ev-budget-5-8-miljard",
					"d003-ev-budget-effectmeting-15-miljoen")
			.hasSize(3);
		// the spending of schools adds up within its own total (5,8 miljard for funderend onderwijs) only
		response.path("programmeBudgets[0].groups[1].alternatives[*].key").entityList(String.class)
			.containsExactly("d003-wrapped-budget");
		response.path("programmeBudgets[0].groups[1].partsSum[0].sum").entity(Double.class)
			.satisfies((sum) -> assertThat(sum).isCloseTo(2_888_000_000.0, within(1.0)));
		response.path("programmeBudgets[0].groups[1].partsSum[0].figureCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void listsOnlyProgrammesThatHaveBudgetFigures() {
		this.graphQl.document("{ programmeBudgets(where: {key: {in: [\"np-onderwijs\", \"bestaat-niet\"]}}) { programme { key } } "
				+ "none: programmeBudgets(where: {key: {eq: \"bestaat-niet\"}}) { programme { key } } }")
			.execute()
			.path("programmeBudgets[*].programme.key").entityList(String.class).containsExactly("np-onderwijs")
			.path("none").entityList(Object.class).hasSize(0);
	}

	@Test
	void countsEventsPerYear() {
		var response = this.graphQl.document("{ eventStats { total byYear { value count } } "
				+ "np: eventStats(where: {programmes: {key: {eq: \"np-onderwijs\"}}}) { total byYear { value count } } }").execute();
		response.path("eventStats.total").entity(Integer.class).isEqualTo(46);
		response.path("eventStats.byYear[0]").entity(BUCKET).isEqualTo(Map.of("value", "2021", "count", 22));
		response.path("np.total").entity(Integer.class).isEqualTo(11);
		response.path("np.byYear").entityList(BUCKET).containsExactly(Map.of("value", "2021", "count", 5),
				Map.of("value", "2025", "count", 3), Map.of("value", "2022", "count", 2), Map.of("value", "2024", "count", 1));
	}

	@Test
	void countsStakeholdersByTypeAndEvidenceByKind() {
		var response = this.graphQl.document("""
				{ stakeholderStats(where: {involvements: {programme: {key: {eq: "np-onderwijs"}}}}) { total byType { value count } }
				  evidenceStats { total byKind { value count } } }""").execute();
		response.path("stakeholderStats.total").entity(Integer.class).isEqualTo(12);
		response.path("stakeholderStats.byType[0]").entity(BUCKET).isEqualTo(Map.of("value", "KNOWLEDGE_INSTITUTE", "count", 3));
		response.path("stakeholderStats.byType[*].count").entityList(Integer.class).containsExactly(3, 3, 1, 1, 1, 1, 1, 1);
		response.path("evidenceStats.total").entity(Integer.class).isEqualTo(429);
		response.path("evidenceStats.byKind[*].value").entityList(String.class).containsExactly("CLAIM", "STATISTIC",
				"TOOLKIT_RATING", "INTERVIEW", "STUDY", "REPORT", "QUOTE", "MONITOR", "BUDGET", "SURVEY", "EVALUATION");
		response.path("evidenceStats.byKind[*].count").entityList(Integer.class)
			.containsExactly(99, 78, 73, 51, 37, 27, 20, 15, 11, 11, 7);
	}

	@Test
	void anUnknownProgrammeHasNoOverview() {
		this.graphQl.document("{ programme(key: \"bestaat-niet\") { stakeholdersByRole { role } } }")
			.execute()
			.path("programme").valueIsNull();
	}

}
