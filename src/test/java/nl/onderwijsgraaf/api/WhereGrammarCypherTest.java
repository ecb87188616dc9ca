package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.model.SdlSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Cypher the where/orderBy grammar writes for each construct, without an engine. */
class WhereGrammarCypherTest {

	private static final WhereGrammar GRAMMAR = grammar();

	private static WhereGrammar grammar() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("graphQlSource", GraphQlSource.builder(SdlSchema.load()).build());
		return new WhereGrammar(beans.getBeanProvider(GraphQlSource.class));
	}

	/** A map in the order given, as a GraphQL input object arrives. */
	private static Map<String, Object> in(Object... entries) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put((String) entries[i], entries[i + 1]);
		}
		return map;
	}

	private static CypherCondition where(String type, Map<String, Object> where) {
		return GRAMMAR.where(type, where);
	}

	@Test
	void noWhereHoldsForEveryNode() {
		assertThat(where("Problem", null)).isEqualTo(new CypherCondition("true", Map.of()));
		assertThat(where("Problem", in())).isEqualTo(new CypherCondition("true", Map.of()));
	}

	@Test
	void eachOperatorBindsItsValueAsAParameter() {
		assertThat(where("Problem", in("name", in("eq", "Lerarentekort")))).isEqualTo(
				new CypherCondition("n.`name` = $w0", Map.of("w0", "Lerarentekort")));
		assertThat(where("Problem", in("key", in("in", List.of("a", "b"))))).isEqualTo(
				new CypherCondition("n.`id` IN $w0", Map.of("w0", List.of("a", "b"))));
		assertThat(where("Problem", in("summary", in("contains", "Leraren")))).isEqualTo(
				new CypherCondition("toLower(n.`summary`) CONTAINS toLower($w0)", Map.of("w0", "Leraren")));
		assertThat(where("Evidence", in("year", in("gte", 2020, "lte", 2023)))).isEqualTo(
				new CypherCondition("(n.`year` >= $w0) AND (n.`year` <= $w1)", Map.of("w0", 2020, "w1", 2023)));
		assertThat(where("Evidence", in("sourced", in("eq", true)))).isEqualTo(
				new CypherCondition("n.`sourced` = $w0", Map.of("w0", true)));
	}

	@Test
	void aNullOperatorOrFieldIsIgnored() {
		assertThat(where("Problem", in("name", in("eq", null), "domain", null)).text()).isEqualTo("true");
	}

	@Test
	void andOrAndNotCombineConditionsWithConstantsFoldedAway() {
		assertThat(where("Problem", in("OR", List.of(in("name", in("eq", "a")), in("name", in("eq", "b"))))).text())
			.isEqualTo("(n.`name` = $w0) OR (n.`name` = $w1)");
		assertThat(where("Problem", in("AND", List.of(in("name", in("eq", "a")), in("domain", in("eq", "CULTURE"))),
				"NOT", in("nameEn", in("contains", "x")))).text())
			.isEqualTo("((n.`name` = $w0) AND (n.`domain` = $w1)) AND (NOT (toLower(n.`nameEn`) CONTAINS toLower($w2)))");
		assertThat(where("Problem", in("AND", List.of())).text()).isEqualTo("true");
		assertThat(where("Problem", in("OR", List.of())).text()).isEqualTo("false");
		assertThat(where("Problem", in("NOT", in("OR", List.of()))).text()).isEqualTo("true");
		assertThat(where("Problem", in("OR", List.of(), "name", in("eq", "a"))).text()).isEqualTo("false");
	}

	@Test
	void aNodeOfSeveralKindsIsFilteredOnItsKeyAndOnWhatItIsAndSortedByWhatEveryKindHas() {
		assertThat(where(WhereGrammar.ANY_KIND, in("key", in("eq", "np-onderwijs"), "NOT", in("programme",
				in("kindIn", List.of("FUND")))))).isEqualTo(new CypherCondition(
						"(n.`id` = $w0) AND (NOT ((n:`Programme`) AND (n.`kind` IN $w1)))",
						Map.of("w0", "np-onderwijs", "w1", List.of("FUND"))));
		assertThat(where(WhereGrammar.ANY_KIND, in("OR", List.of(in("problem", in()), in("country", in()))))).isEqualTo(
				new CypherCondition("(n:`Problem`) OR (n:`Country`)", Map.of()));
		assertThat(GRAMMAR.orderByAnyKind(List.of(in("kind", "ASC"), in("name", "DESC"), in("key", "ASC")), "t"))
			.extracting(Keyset.SortKey::orderTerm)
			.containsExactly("head(labels(t)) ASC", "coalesce(t.`name`, t.`title`) DESC", "t.`id` ASC", "t.id ASC");
	}

	@Test
	void aRelationshipFieldIsAnExistsSubqueryThatLeavesRetiredNodesOut() {
		assertThat(where("Intervention", in("problems", in("key", in("eq", "leervertraging")))).text()).isEqualTo(
				"EXISTS { MATCH (n)-[:ADDRESSES]->(n1:`Problem`) WHERE (n1.retired IS NULL) AND (n1.`id` = $w0) }");
		assertThat(where("Problem", in("interventions", in())).text())
			.isEqualTo("EXISTS { MATCH (n)<-[:ADDRESSES]-(n1:`Intervention`) WHERE n1.retired IS NULL }");
		assertThat(where("Problem", in("related", in())).text())
			.isEqualTo("EXISTS { MATCH (n)-[:RELATED_TO]-(n1:`Problem`) WHERE n1.retired IS NULL }");
		assertThat(where("Problem", in("sources", in("year", in("eq", 2021)))).text()).isEqualTo(
				"EXISTS { MATCH (n)-[:CITES]->(n1:`Source`) WHERE (n1.retired IS NULL) AND (n1.`year` = $w0) }");
		assertThat(where("Problem", in("NOT", in("interventions", in("OR", List.of())))).text()).isEqualTo("true");
	}

	@Test
	void nestedRelationshipFieldsGetFreshVariables() {
		assertThat(where("Programme", in("interventions", in("problems", in("domain", in("eq", "CULTURE"))))).text())
			.isEqualTo("EXISTS { MATCH (n)<-[:PART_OF]-(n1:`Intervention`) WHERE (n1.retired IS NULL) AND"
					+ " (EXISTS { MATCH (n1)-[:ADDRESSES]->(n2:`Problem`) WHERE (n2.retired IS NULL) AND"
					+ " (n2.`domain` = $w0) }) }");
	}

	@Test
	void allAndNoneQuantifyAListRelationship() {
		String addressedBy = "(n)<-[:ADDRESSES]-(n1:`Intervention`)";
		assertThat(where("Problem", in("interventionsNone", in("statusIn", List.of("ENDED")))).text()).isEqualTo(
				"NOT (EXISTS { MATCH " + addressedBy + " WHERE (n1.retired IS NULL) AND (n1.`status` IN $w0) })");
		assertThat(where("Problem", in("interventionsAll", in("statusIn", List.of("RUNNING")))).text()).isEqualTo(
				"NOT (EXISTS { MATCH " + addressedBy + " WHERE (n1.retired IS NULL) AND (NOT (n1.`status` IN $w0)) })");
		assertThat(where("Problem", in("interventionsAll", in())).text()).isEqualTo("true");
		assertThat(where("Problem", in("interventionsNone", in())).text())
			.isEqualTo("NOT (EXISTS { MATCH " + addressedBy + " WHERE n1.retired IS NULL })");
		assertThat(where("Programme", in("stakeholdersAll", in("roleIn", List.of("FUNDS")))).text()).isEqualTo(
				"NOT (EXISTS { MATCH (n)<-[r1:INVOLVED_IN]-(n1) WHERE (n1.retired IS NULL) AND (NOT (r1.`role` IN $w0)) })");
	}

	@Test
	void anEdgeFilterTestsTheRelationshipsRoleAndTheLabelAtTheOtherEnd() {
		assertThat(where("Stakeholder", in("involvements", in("role", in("eq", "FUNDS"), "programme",
				in("key", in("eq", "np-onderwijs"))))).text())
			.isEqualTo("EXISTS { MATCH (n)-[r1:INVOLVED_IN]->(n1) WHERE (n1.retired IS NULL) AND ((r1.`role` = $w0) AND"
					+ " ((n1:`Programme`) AND (n1.`id` = $w1))) }");
		assertThat(where("Intervention", in("stakeholders", in("stakeholder", in("name", in("contains", "ocw"))))).text())
			.isEqualTo("EXISTS { MATCH (n)<-[r1:INVOLVED_IN]-(n1) WHERE (n1.retired IS NULL) AND ((n1:`Stakeholder`) AND"
					+ " (toLower(n1.`name`) CONTAINS toLower($w0))) }");
	}

	@Test
	void anEnumFieldTakesOnlyItsValuesAndNoContains() {
		assertThat(where("Intervention", in("status", in("in", List.of("RUNNING", "PILOT")))).text())
			.isEqualTo("n.`status` IN $w0");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Intervention", in("status", in("in", List.of("RUNING")))))
			.withMessageStartingWith("where.status.in: 'RUNING' is not a InterventionStatus; use one of PROPOSAL,");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Problem", in("domain", in("contains", "CULT"))))
			.withMessage("where.domain.contains: not allowed on an enum field; use eq or in");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Stakeholder", in("involvements", in("role", in("eq", "PAYS")))))
			.withMessageStartingWith("where.involvements.role.eq: 'PAYS' is not a InvolvementRole");
	}

	@Test
	void anEnumFieldFiltersByATypedListOfItsValues() {
		assertThat(where("Intervention", in("statusIn", List.of("RUNNING", "PILOT")))).isEqualTo(
				new CypherCondition("n.`status` IN $w0", Map.of("w0", List.of("RUNNING", "PILOT"))));
		assertThat(where("Stakeholder", in("involvements", in("roleIn", List.of("FUNDS")))).text())
			.isEqualTo("EXISTS { MATCH (n)-[r1:INVOLVED_IN]->(n1) WHERE (n1.retired IS NULL) AND (r1.`role` IN $w0) }");
		List<String> tooMany = Collections.nCopies(WhereGrammar.MAX_IN_VALUES + 1, "PILOT");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Intervention", in("statusIn", tooMany)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FILTER_TOO_COMPLEX))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("where.statusIn"));
	}

	@Test
	void tooComplexFiltersAreRefusedNamingTheirPath() {
		Map<String, Object> deep = in("name", in("eq", "x"));
		for (int i = 0; i < WhereGrammar.MAX_NESTING; i++) {
			deep = in("NOT", deep);
		}
		Map<String, Object> nested = deep;
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> where("Problem", nested))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT))
			.withMessageContaining("conditions nest more than 10 deep");
		List<Object> many = new ArrayList<>(Collections.nCopies(WhereGrammar.MAX_CONDITIONS, in("name", in("eq", "x"))));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> where("Problem", in("OR", many)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FILTER_TOO_COMPLEX))
			.withMessageContaining("more than 50 conditions");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Problem", in("interventions", in("problems", in("interventions", in())))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FILTER_TOO_COMPLEX))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("where.interventions.problems.interventions"));
		List<String> values = Collections.nCopies(WhereGrammar.MAX_IN_VALUES + 1, "x");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> where("Problem", in("key", in("in", values))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.FILTER_TOO_COMPLEX));
	}

	@Test
	void orderByEndsWithTheKeySoThatPagesAreStable() {
		assertThat(GRAMMAR.orderBy("Evidence", List.of(in("impactMonths", "DESC"), in("key", "ASC")))).containsExactly(
				new Keyset.SortKey("n.`impactMonths`", true), new Keyset.SortKey("n.`id`", false, true),
				new Keyset.SortKey("n.id", false, true));
		// the key, which every node has, can lead a page read in the order of its index
		assertThat(GRAMMAR.orderBy("Problem", null)).containsExactly(new Keyset.SortKey("n.id", false, true));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> GRAMMAR.orderBy("Problem", List.of(in("name", "ASC", "domain", "DESC"))))
			.withMessage("orderBy[0]: name exactly one field, e.g. {name: ASC}; named 2");
	}

}
