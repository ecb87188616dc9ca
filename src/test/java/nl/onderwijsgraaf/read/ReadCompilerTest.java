package nl.onderwijsgraaf.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Cursor;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.GraphTypes;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.api.WhereGrammar;
import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.SdlSchema;
import nl.onderwijsgraaf.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.graphql.execution.GraphQlSource;

import static nl.onderwijsgraaf.read.Selected.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Cypher the read compiler writes for a selection, checked as text: no engine needed. */
class ReadCompilerTest {

	private static final List<RelationField> FIELDS = RelationFields.of(GraphModel.graph(), new GraphTypes());

	private final ReadCompiler compiler = new ReadCompiler(FIELDS, GraphModel.graph(), grammar());

	private static WhereGrammar grammar() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("graphQlSource", GraphQlSource.builder(SdlSchema.load()).build());
		return new WhereGrammar(beans.getBeanProvider(GraphQlSource.class));
	}

	private String cypher(String type, Selected... selection) {
		return this.compiler.forKeys(type, List.of(selection)).cypher();
	}

	@Test
	void aSelectionWithoutRelationshipFieldsNeedsNoQuery() {
		assertThat(this.compiler.forKeys("Intervention", List.of(field("key"), field("name")))).isNull();
	}

	@Test
	void eachSelectedRelationshipFieldIsOneOrderedSubqueryThatLeavesRetiredNodesOut() {
		String cypher = cypher("Intervention", field("key"), field("evidence", field("key")));
		assertThat(cypher).isEqualTo("UNWIND $keys AS key MATCH (n:`Intervention` {id: key}) RETURN key, "
				+ "{`__evidence`: COLLECT { MATCH (n)-[r1:SUPPORTED_BY]->(t1:Evidence) WHERE t1.retired IS NULL "
				+ "WITH r1, t1 ORDER BY t1.id ASC, t1.id ASC RETURN t1 {key: t1.id, .id} }} "
				+ "AS fields");
	}

	@Test
	void nestedRelationshipFieldsAreReadInsideTheirParentsSubqueryWithVariablesOfTheirOwn() {
		String cypher = cypher("Programme", field("interventions", field("key"), field("problems", field("key"))));
		assertThat(cypher).contains("`__interventions`: COLLECT { MATCH (n)<-[r1:PART_OF]-(t1:Intervention)")
			.contains("RETURN t1 {key: t1.id, .id, `__problems`: COLLECT { MATCH (t1)-[r2:ADDRESSES]->(t2:Problem) WHERE t2.retired IS NULL")
			.endsWith("RETURN t2 {key: t2.id, .id} }} }} AS fields");
	}

	@Test
	void aNodeItemCarriesOnlyTheSelectedPropertiesUnlessAFieldWithLogicOfItsOwnIsSelected() {
		String plain = cypher("Problem", field("interventions", field("key"), field("name"), field("status"), field("id")));
		assertThat(plain).contains("RETURN t1 {key: t1.id, .id, .name, .status} }");
		String custom = cypher("Problem", field("interventions", field("name"), field("rating")));
		assertThat(custom).contains("RETURN t1 {.*} }");
	}

	@Test
	void aNodeIsReadWithTheFieldsSelectedWhereItsInvolvementsNameItAgain() {
		// a stakeholder's involvements answer their stakeholder from the stakeholder's own record
		assertThat(this.compiler.properties("Stakeholder", "s",
				List.of(field("key"), field("involvements", field("role"), field("stakeholder", field("name"))))))
			.isEqualTo("key: s.id, .id, .name");
		assertThat(this.compiler.properties("Intervention", "i",
				List.of(field("stakeholdersConnection", field("edges", field("node", field("target", field("status"))))))))
			.isEqualTo("key: i.id, .id, .status");
	}

	@Test
	void anAliasedFieldIsReadUnderItsAliasAndOnlyOnTheTypesItWasSelectedOn() {
		Selected aliased = new Selected("problems", "addressed", Set.of("Intervention"), List.of(field("key")));
		Selected elsewhere = new Selected("evidence", "evidence", Set.of("Programme"), List.of(field("key")));
		String cypher = cypher("Intervention", aliased, elsewhere);
		assertThat(cypher).contains("`__addressed`: COLLECT").doesNotContain("SUPPORTED_BY");
	}

	@Test
	void edgesCarryTheSelectedRelationshipPropertiesAndNodesOfSeveralKindsTheirLabels() {
		String cypher = cypher("Stakeholder", field("involvements", field("role"), field("quote"),
				field("target", new Selected("name", "name", Set.of("Programme"), List.of()))));
		assertThat(cypher).contains("MATCH (n)-[r1:INVOLVED_IN]->(t1) WHERE t1.retired IS NULL")
			.contains("RETURN {__rel: r1 {.role, .quote, .target}, __node: t1 {key: coalesce(t1.key, t1.id), .id, "
					+ ".name, __labels: labels(t1)}} }");
	}

	@Test
	void aNodeOfSeveralKindsIsReadWholeWhenAFieldWithLogicOfItsOwnIsSelectedOnOneOfThem() {
		String cypher = cypher("Stakeholder", field("involvements",
				field("target", new Selected("rating", "rating", Set.of("Intervention"), List.of(field("scheme"))))));
		assertThat(cypher).contains("__node: t1 {.*, __labels: labels(t1)}");
	}

	@Test
	void aRelationshipReadInBothDirectionsListsEachNodeOnce() {
		assertThat(cypher("Problem", field("related", field("key"))))
			.contains("(n)-[r1:RELATED_TO]-(t1:Problem) WHERE t1.retired IS NULL WITH DISTINCT t1 ORDER BY");
	}

	@Test
	void aNestedListsWhereOrderByAndFirstAreCompiledIntoItsSubqueryAsParameters() {
		Selected interventions = field("interventions", field("key")).with(Map.of("where",
				Map.of("statusIn", List.of("RUNNING")), "orderBy", List.of(Map.of("name", "DESC")), "first", 5));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Problem", List.of(interventions));
		assertThat(query.cypher()).contains("`__interventions`: COLLECT { MATCH (n)<-[r1:ADDRESSES]-(t1:Intervention)"
				+ " WHERE t1.retired IS NULL AND (t1.`status` IN $a1_w0) WITH r1, t1 ORDER BY t1.`name` DESC, t1.id ASC"
				+ " LIMIT $a1_first RETURN t1 {");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("RUNNING"), "a1_first", 5));
	}

	@Test
	void aRelationshipFilterInsideANestedListHasVariablesOfItsOwn() {
		Selected interventions = field("interventions", field("key"))
			.with(Map.of("where", Map.of("sectors", Map.of("key", Map.of("eq", "po")))));
		assertThat(cypher("Problem", interventions)).contains("WHERE t1.retired IS NULL AND (EXISTS { MATCH"
				+ " (t1)-[:FOR_SECTOR]->(a1_n1:`Sector`) WHERE (a1_n1.retired IS NULL) AND (a1_n1.`id` = $a1_w0) })");
	}

	@Test
	void aConnectionCountsAllThatMatchAndReadsOnePageWithTheSortKeyOfEachItem() {
		Selected page = field("interventionsConnection", field("totalCount"), field("pageInfo", field("hasNextPage")),
				field("edges", field("cursor"), field("node", field("name"), field("problems", field("key")))))
			.with(Map.of("where", Map.of("statusIn", List.of("RUNNING")), "first", 3));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Sector", List.of(page));
		String matched = "MATCH (n)<-[r1:FOR_SECTOR]-(t1:Intervention) WHERE t1.retired IS NULL AND (t1.`status` IN $a1_w0)";
		assertThat(query.cypher()).contains("`__interventionsConnection`: {__total: COUNT { " + matched
				+ " WITH r1, t1 RETURN t1 }, __behind: false, __items: COLLECT { " + matched + " WITH r1, t1 ORDER BY"
				+ " coalesce(t1.name, t1.id) ASC, t1.id ASC LIMIT $a1_first RETURN {__sortKey:"
				+ " [coalesce(t1.name, t1.id), t1.id], __item: t1 {key: t1.id,"
				+ " .id, .name, `__problems`: COLLECT { MATCH (t1)-[r2:ADDRESSES]->(t2:Problem)");
		// one item more than asked tells whether items follow the page
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("RUNNING"), "a1_first", 4));
	}

	@Test
	void aConnectionAfterACursorReadsTheItemsBeyondItsSortKeyAndAsksWhetherAnyLieBeforeWhereSelected() {
		Selected first = field("interventionsConnection", field("pageInfo", field("hasPreviousPage")),
				field("edges", field("node", field("key"))))
			.with(Map.of("orderBy", List.of(Map.of("name", "ASC"))));
		String cursor = Cursor.keyset(ReadCompiler.scope(this.compiler.relation("Problem", "interventionsConnection"),
				first), List.of("Bijles", "mk-bijles"));
		Map<String, Object> arguments = new HashMap<>(first.arguments());
		arguments.put("after", cursor);
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Problem", List.of(first.with(arguments)));
		String beyond = "coalesce(((t1.`name` > $a1_cursorKey0 OR t1.`name` IS NULL) OR (t1.`name` = $a1_cursorKey0"
				+ " AND (t1.id > $a1_cursorKey1 OR t1.id IS NULL))), false)";
		assertThat(query.cypher()).contains("{__total: null, __behind: EXISTS { MATCH (n)<-[r1:ADDRESSES]-(t1:Intervention)"
				+ " WHERE t1.retired IS NULL AND NOT " + beyond + " WITH r1, t1 RETURN t1 }")
			.contains("__items: COLLECT { MATCH (n)<-[r1:ADDRESSES]-(t1:Intervention) WHERE t1.retired IS NULL AND "
					+ beyond + " WITH r1, t1 ORDER BY t1.`name` ASC, t1.id ASC LIMIT $a1_first");
		assertThat(query.parameters()).containsEntry("a1_cursorKey0", "Bijles").containsEntry("a1_cursorKey1", "mk-bijles")
			.containsEntry("a1_first", 20);
		// a selection that does not ask whether items lie before the page does not look for them
		Selected itemsOnly = field("interventionsConnection", field("edges", field("node", field("key"))))
			.with(arguments);
		assertThat(this.compiler.forKeys("Problem", List.of(itemsOnly)).cypher())
			.contains("{__total: null, __behind: false, __items: COLLECT {");
	}

	@Test
	void aConnectionPagedBackwardReadsTheItemsBeforeItsCursorInTheReverseOrderAndAsksWhetherAnyLieAfter() {
		Selected last = field("interventionsConnection", field("pageInfo", field("hasNextPage")),
				field("edges", field("node", field("key"))))
			.with(Map.of("orderBy", List.of(Map.of("name", "ASC"))));
		String cursor = Cursor.keyset(ReadCompiler.scope(this.compiler.relation("Problem", "interventionsConnection"),
				last), "leervertraging", List.of("Bijles", "mk-bijles"));
		Map<String, Object> arguments = new HashMap<>(last.arguments());
		arguments.put("last", 2);
		arguments.put("before", cursor);
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Problem", List.of(last.with(arguments)));
		String before = "coalesce((t1.`name` < $a1_cursorKey0 OR (t1.`name` = $a1_cursorKey0 AND t1.id < $a1_cursorKey1)),"
				+ " false)";
		String matched = "MATCH (n)<-[r1:ADDRESSES]-(t1:Intervention) WHERE t1.retired IS NULL";
		assertThat(query.cypher()).contains("__behind: EXISTS { " + matched + " AND NOT " + before + " WITH r1, t1 RETURN t1 }")
			.contains("__items: COLLECT { " + matched + " AND " + before + " WITH r1, t1 ORDER BY t1.`name` DESC,"
					+ " t1.id DESC LIMIT $a1_first RETURN {__sortKey: [t1.`name`, t1.id], __item:");
		assertThat(query.parameters()).containsEntry("a1_cursorKey0", "Bijles").containsEntry("a1_first", 2);
		// `last` alone pages back from the end of the list: nothing lies beyond it
		String end = cypher("Problem", last.with(Map.of("orderBy", List.of(Map.of("name", "ASC")), "last", 3)));
		assertThat(end).contains("__behind: false, __items: COLLECT { " + matched + " WITH r1, t1 ORDER BY t1.`name` DESC,"
				+ " t1.id DESC LIMIT $a1_first");
	}

	@Test
	void aNestedPageAskedForwardAndBackwardAtOnceIsRefusedAsATopLevelPageIs() {
		Selected both = field("interventionsConnection", field("totalCount")).with(Map.of("first", 2, "last", 2));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Problem", List.of(both)))
			.withMessage("interventionsConnection." + refusal(() -> PageRequest.of(2, null, 2, null)));
		Selected cursors = field("interventionsConnection", field("totalCount"))
			.with(Map.of("after", "eA", "before", "eA"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Problem", List.of(cursors)))
			.withMessage("interventionsConnection." + refusal(() -> PageRequest.of(null, "eA", null, "eA")))
			.withMessageStartingWith("interventionsConnection.before: page forward (first, after) or backward");
	}

	/** The message of the refusal {@code request} throws. */
	private static String refusal(Runnable request) {
		try {
			request.run();
		}
		catch (InvalidInputException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void twoAliasedSelectionsOfOneFieldKeepTheirOwnArguments() {
		Selected running = new Selected("interventions", "running", Set.of(), List.of(field("key")),
				Map.of("where", Map.of("statusIn", List.of("RUNNING"))));
		Selected two = new Selected("interventions", "two", Set.of(), List.of(field("key")), Map.of("first", 2));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Problem", List.of(running, two));
		assertThat(query.cypher()).contains("`__running`: COLLECT { MATCH (n)<-[r1:ADDRESSES]-(t1:Intervention) WHERE"
				+ " t1.retired IS NULL AND (t1.`status` IN $a1_w0) WITH")
			.contains("`__two`: COLLECT { MATCH (n)<-[r2:ADDRESSES]-(t2:Intervention) WHERE t2.retired IS NULL WITH r2,"
					+ " t2 ORDER BY coalesce(t2.name, t2.id) ASC, t2.id ASC LIMIT $a2_first");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("RUNNING"), "a2_first", 2));
	}

	@Test
	void argumentsAClientMustCorrectAreRefusedNamingTheField() {
		Selected tooMany = new Selected("interventions", "many", Set.of(), List.of(field("key")), Map.of("first", 101));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Problem", List.of(tooMany)))
			.withMessage("many.first: must be between 1 and 100, was 101")
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
		Selected foreign = field("interventionsConnection", field("totalCount")).with(Map.of("after", "bm90LWEtY3Vyc29y"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Problem", List.of(foreign)))
			.withMessage("interventionsConnection.after: not a cursor of this connection");
		String otherOrder = Cursor.keyset(Cursor.scopeOf("Problem.interventionsConnection", null, null),
				List.of("x", "y"));
		Selected reordered = field("interventionsConnection", field("totalCount"))
			.with(Map.of("after", otherOrder, "orderBy", List.of(Map.of("name", "DESC"))));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Problem", List.of(reordered)))
			.withMessageStartingWith("interventionsConnection.after: a cursor of another list, filter or order");
	}

	@Test
	void anEdgeListsWhereTestsTheRelationshipsRoleAndTheNodeAtTheOtherEnd() {
		Map<String, Object> where = new LinkedHashMap<>(); // in the order given, as GraphQL hands input over
		where.put("roleIn", List.of("FUNDS"));
		where.put("programme", Map.of("key", Map.of("eq", "np-onderwijs")));
		Selected involvements = field("involvements", field("role"), field("target", field("key")))
			.with(Map.of("where", where, "first", 3));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Stakeholder", List.of(involvements));
		assertThat(query.cypher()).contains("MATCH (n)-[r1:INVOLVED_IN]->(t1) WHERE t1.retired IS NULL AND"
				+ " ((r1.`role` IN $a1_w0) AND ((t1:`Programme`) AND (t1.`id` = $a1_w1))) WITH r1, t1 ORDER BY")
			.contains("LIMIT $a1_first RETURN {__rel: r1 {.role, .target}");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("FUNDS"), "a1_w1", "np-onderwijs", "a1_first", 3));
	}

	@Test
	void anInvolvementListIsSortedByItsRoleOrTheOtherEndAndAlwaysEndsWithWhatTellsTwoRolesToOneNodeApart() {
		String byRole = cypher("Stakeholder", field("involvements", field("role"))
			.with(Map.of("orderBy", List.of(Map.of("role", "DESC"), Map.of("name", "ASC")))));
		assertThat(byRole).contains("WITH r1, t1 ORDER BY r1.`role` DESC, t1.`name` ASC, t1.id ASC,"
				+ " head(labels(t1)) ASC, r1.identity ASC RETURN {__rel: r1 {.role}");
		// from an intervention's side the other end is always a stakeholder: no label to tell kinds apart
		String byKey = cypher("Intervention", field("stakeholders", field("role"))
			.with(Map.of("orderBy", List.of(Map.of("key", "DESC")))));
		assertThat(byKey).contains("WITH r1, t1 ORDER BY t1.`id` DESC, t1.id ASC, r1.identity ASC RETURN");
		String unordered = cypher("Programme", field("stakeholders", field("role")));
		assertThat(unordered).contains("WITH r1, t1 ORDER BY coalesce(t1.name, t1.id) ASC, t1.id ASC,"
				+ " r1.identity ASC RETURN");
	}

	@Test
	void anInvolvementConnectionCountsTheMatchingRelationshipsAndReadsThePageWithTheNodesSelectedUnderIt() {
		Selected page = field("stakeholdersConnection", field("totalCount"), field("edges", field("cursor"),
				field("node", field("role"), field("stakeholder", field("name"), field("parts", field("key"))))))
			.with(Map.of("where", Map.of("roleIn", List.of("FUNDS")), "orderBy", List.of(Map.of("role", "ASC")),
					"first", 2));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Programme", List.of(page));
		String matched = "MATCH (n)<-[r1:INVOLVED_IN]-(t1:Stakeholder) WHERE t1.retired IS NULL AND (r1.`role` IN $a1_w0)";
		String order = "r1.`role` ASC, t1.id ASC, r1.identity ASC";
		assertThat(query.cypher()).contains("`__stakeholdersConnection`: {__total: COUNT { " + matched
				+ " WITH r1, t1 RETURN t1 }, __behind: false, __items: COLLECT { " + matched + " WITH r1, t1 ORDER BY " + order
				+ " LIMIT $a1_first RETURN {__sortKey: [r1.`role`, t1.id, r1.identity], __item: {__rel: r1 {.role, .stakeholder},"
				+ " __node: t1 {key: t1.id, .id, .name, `__parts`: COLLECT { MATCH"
				+ " (t1)<-[r2:PART_OF]-(t2:Stakeholder)");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("FUNDS"), "a1_first", 2));
	}

	@Test
	void anInvolvementPageResumesAfterTheRoleOfItsCursorAndRefusesACursorOfAnotherOrder() {
		Selected first = field("involvementsConnection", field("totalCount"));
		String cursor = Cursor.keyset(ReadCompiler.scope(this.compiler.relation("Stakeholder", "involvementsConnection"),
				first), List.of("Cultuurshot", "d000-cultuurshot", "Intervention", "EXECUTES"));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Stakeholder", List.of(first.with(Map.of("after", cursor))));
		assertThat(query.cypher()).contains("(head(labels(t1)) = $a1_cursorKey2 AND (r1.identity > $a1_cursorKey3"
				+ " OR r1.identity IS NULL))");
		assertThat(query.parameters()).containsEntry("a1_cursorKey1", "d000-cultuurshot")
			.containsEntry("a1_cursorKey3", "EXECUTES");
		Selected byRole = first.with(Map.of("after", cursor, "orderBy", List.of(Map.of("role", "ASC"))));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Stakeholder", List.of(byRole)))
			.withMessageStartingWith("involvementsConnection.after: a cursor of another list, filter or order");
		Selected unsortable = field("involvements", field("role"))
			.with(Map.of("orderBy", List.of(Map.of("status", "ASC"))));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Stakeholder", List.of(unsortable)))
			.withMessage("involvements.orderBy[0].status: not a sort field of Involvement");
	}

	@Test
	void aListOfSeveralKindsFiltersOnTheKeyAndOnWhatEachKindIsAndSortsByWhatEveryKindHas() {
		Map<String, Object> where = new LinkedHashMap<>(); // in the order given, as GraphQL hands input over
		where.put("key", Map.of("in", List.of("np-onderwijs", "mk-bijles")));
		where.put("OR", List.of(Map.of("programme", Map.of()), Map.of("intervention", Map.of("statusIn", List.of("RUNNING")))));
		Selected supports = field("supports", field("id"))
			.with(Map.of("where", where, "orderBy", List.of(Map.of("kind", "DESC"), Map.of("name", "ASC")), "first", 2));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Evidence", List.of(supports));
		assertThat(query.cypher()).contains("`__supports`: COLLECT { MATCH (n)<-[r1:SUPPORTED_BY]-(t1) WHERE"
				+ " t1.retired IS NULL AND ((t1.`id` IN $a1_w0) AND ((t1:`Programme`) OR ((t1:`Intervention`) AND"
				+ " (t1.`status` IN $a1_w1)))) WITH r1, t1 ORDER BY head(labels(t1)) DESC, coalesce(t1.`name`, t1.`title`)"
				+ " ASC, t1.id ASC, head(labels(t1)) ASC LIMIT $a1_first RETURN t1 {key: coalesce(t1.key, t1.id), .id,"
				+ " __labels: labels(t1)} }");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("np-onderwijs", "mk-bijles"), "a1_w1",
				List.of("RUNNING"), "a1_first", 2));
		// without orderBy in the order of related nodes, the label telling apart two kinds that share a key
		assertThat(cypher("Evidence", field("documents", field("id")))).contains("MATCH (n)-[r1:DOCUMENTS]->(t1) WHERE"
				+ " t1.retired IS NULL WITH r1, t1 ORDER BY coalesce(t1.date, t1.name, t1.title, t1.id) ASC, t1.id ASC,"
				+ " head(labels(t1)) ASC RETURN");
		Selected unsortable = field("supports", field("id")).with(Map.of("orderBy", List.of(Map.of("status", "ASC"))));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.compiler.forKeys("Evidence", List.of(unsortable)))
			.withMessage("supports.orderBy[0].status: not a sort field of Node");
	}

	@Test
	void aConnectionOfSeveralKindsPagesBackwardWithTheLabelInItsSortKey() {
		Selected page = field("documentsConnection", field("totalCount"), field("edges", field("node", field("id"))))
			.with(Map.of("where", Map.of("problem", Map.of()), "orderBy", List.of(Map.of("key", "ASC")), "last", 2));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Evidence", List.of(page));
		String matched = "MATCH (n)-[r1:DOCUMENTS]->(t1) WHERE t1.retired IS NULL AND (t1:`Problem`)";
		assertThat(query.cypher()).contains("`__documentsConnection`: {__total: COUNT { " + matched
				+ " WITH r1, t1 RETURN t1 }, __behind: false, __items: COLLECT { " + matched + " WITH r1, t1 ORDER BY"
				+ " t1.`id` DESC, t1.id DESC, head(labels(t1)) DESC LIMIT $a1_first RETURN {__sortKey: [t1.`id`, t1.id,"
				+ " head(labels(t1))], __item: t1 {key: coalesce(t1.key, t1.id), .id, __labels: labels(t1)}}");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_first", 2));
	}

	@Test
	void aTieIsReadWithBothItsEndsEachWithWhatIsSelectedUnderItAndItsOwnTiesFirst() {
		String cypher = cypher("Stakeholder", field("connections", field("role"), field("from", field("key")),
				field("to", field("name"), field("parts", field("key")))));
		assertThat(cypher).contains("`__connections`: COLLECT { MATCH (n)-[r1:CONNECTED_TO]-(t1:Stakeholder) WHERE"
				+ " t1.retired IS NULL WITH r1, t1, startNode(r1) AS f1, endNode(r1) AS e1 ORDER BY (startNode(r1) = n) DESC,"
				+ " coalesce(t1.name, t1.id) ASC, t1.id ASC, r1.identity ASC RETURN {__rel: r1 {.role,"
				+ " .from, .to}, __from: f1 {key: f1.id, .id}, __to: e1 {key: e1.id,"
				+ " .id, .name, `__parts`: COLLECT { MATCH (e1)<-[r2:PART_OF]-(t2:Stakeholder)");
	}

	@Test
	void aTieConnectionFiltersOnItsRoleAndTheOtherEndAndEndsItsOrderWithTheDirectionAndRole() {
		Selected page = field("connectionsConnection", field("totalCount"), field("edges", field("node", field("role"))))
			.with(Map.of("where", Map.of("roleIn", List.of("FUNDS")), "orderBy", List.of(Map.of("name", "ASC")),
					"first", 2));
		ReadCompiler.ReadQuery query = this.compiler.forKeys("Stakeholder", List.of(page));
		String matched = "MATCH (n)-[r1:CONNECTED_TO]-(t1:Stakeholder) WHERE t1.retired IS NULL AND (r1.`role` IN $a1_w0)";
		assertThat(query.cypher()).contains("`__connectionsConnection`: {__total: COUNT { " + matched
				+ " WITH r1, t1, startNode(r1) AS f1, endNode(r1) AS e1 RETURN t1 }, __behind: false, __items: COLLECT { "
				+ matched + " WITH r1, t1, startNode(r1) AS f1, endNode(r1) AS e1 ORDER BY t1.`name` ASC, t1.id ASC,"
				+ " (startNode(r1) = n) DESC, r1.identity ASC LIMIT $a1_first RETURN {__sortKey: [t1.`name`, t1.id,"
				+ " (startNode(r1) = n), r1.identity], __item: {__rel: r1 {.role}, __from: f1 {");
		assertThat(query.parameters()).isEqualTo(Map.of("a1_w0", List.of("FUNDS"), "a1_first", 2));
		Selected byOther = field("connections", field("role"))
			.with(Map.of("where", Map.of("stakeholder", Map.of("key", Map.of("eq", "kabinet")))));
		assertThat(cypher("Stakeholder", byOther)).contains("WHERE t1.retired IS NULL AND ((t1:`Stakeholder`) AND"
				+ " (t1.`id` = $a1_w0)) WITH");
	}

	@Test
	void everyListOfNodesOrOfInvolvementsHasAConnectionThatPagesIt() {
		assertThat(this.compiler.relation("Problem", "interventionsConnection").connection()).isTrue();
		assertThat(this.compiler.relation("Sector", "interventionsConnection").pattern())
			.isEqualTo(this.compiler.relation("Sector", "interventions").pattern());
		assertThat(this.compiler.relation("Problem", "interventions").connection()).isFalse();
		assertThat(this.compiler.relation("Stakeholder", "involvementsConnection").connection()).isTrue();
		assertThat(this.compiler.relation("Programme", "stakeholdersConnection").edge()).as("items are involvements")
			.isNotNull();
		assertThat(this.compiler.relation("Evidence", "supportsConnection").anyKind()).as("several kinds").isTrue();
		assertThat(this.compiler.relation("Intervention", "partOfConnection")).as("one node").isNull();
	}

	@Test
	void everyFieldFromTheModelNamesANodeRecordAndAPatternFromSourceToTarget() {
		assertThat(FIELDS).allSatisfy((relation) -> {
			assertThat(relation.pattern()).startsWith("(s)").contains("[r:").containsPattern("\\(t(:\\w+)?\\)$");
			assertThat(GraphNode.class).isAssignableFrom(relation.target());
			if (!relation.anyKind()) {
				assertThat(relation.pattern()).endsWith("(t:" + relation.target().getSimpleName() + ")");
			}
		});
		assertThat(this.compiler.relation("Problem", "interventions").target()).isEqualTo(Intervention.class);
		assertThat(this.compiler.relation("Intervention", "problems").target()).isEqualTo(Problem.class);
		assertThat(this.compiler.relation("Intervention", "partOf").single()).isTrue();
		assertThat(this.compiler.relation("Intervention", "rating")).as("custom logic").isNull();
		assertThat(this.compiler.relation("Programme", "budget")).as("custom logic").isNull();
		assertThat(this.compiler.relation("Stakeholder", "connections").endFields()).as("a tie, read both ways")
			.containsExactly("from", "to");
	}

}
