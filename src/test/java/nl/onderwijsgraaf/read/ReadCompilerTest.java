package nl.onderwijsgraaf.read;

import java.util.List;
import java.util.Set;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.GraphTypes;
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
				+ "WITH r1, t1 ORDER BY coalesce(t1.date, t1.name, t1.title, t1.id) ASC, t1.id ASC RETURN t1 {key: coalesce(t1.key, t1.id), .id, .version} }} "
				+ "AS fields");
	}

	@Test
	void nestedRelationshipFieldsAreReadInsideTheirParentsSubqueryWithVariablesOfTheirOwn() {
		String cypher = cypher("Programme", field("interventions", field("key"), field("problems", field("key"))));
		assertThat(cypher).contains("`__interventions`: COLLECT { MATCH (n)<-[r1:PART_OF]-(t1:Intervention)")
			.contains("RETURN t1 {key: coalesce(t1.key, t1.id), .id, .version, `__problems`: COLLECT { MATCH (t1)-[r2:ADDRESSES]->(t2:Problem) WHERE t2.retired IS NULL")
			.endsWith("RETURN t2 {key: coalesce(t2.key, t2.id), .id, .version} }} }} AS fields");
	}

	@Test
	void aNodeItemCarriesOnlyTheSelectedPropertiesUnlessAFieldWithLogicOfItsOwnIsSelected() {
		String plain = cypher("Problem", field("interventions", field("key"), field("name"), field("status"), field("id")));
		assertThat(plain).contains("RETURN t1 {key: coalesce(t1.key, t1.id), .id, .version, .name, .status} }");
		String custom = cypher("Problem", field("interventions", field("name"), field("rating")));
		assertThat(custom).contains("RETURN t1 {.*} }");
	}

	@Test
	void anAliasedFieldIsReadUnderItsAliasAndOnlyOnTheTypesItWasSelectedOn() {
		Selected aliased = new Selected("problems", "addressed", Set.of("Intervention"), List.of(field("key")));
		Selected elsewhere = new Selected("evidence", "evidence", Set.of("Programme"), List.of(field("key")));
		String cypher = cypher("Intervention", aliased, elsewhere);
		assertThat(cypher).contains("`__addressed`: COLLECT").doesNotContain("SUPPORTED_BY");
	}

	@Test
	void edgesCarryTheRelationshipsPropertiesAndNodesOfSeveralKindsTheirLabels() {
		String cypher = cypher("Stakeholder", field("involvements", field("role"), field("target", field("key"))));
		assertThat(cypher).contains("MATCH (n)-[r1:INVOLVED_IN]->(t1) WHERE t1.retired IS NULL")
			.contains("RETURN {__rel: properties(r1), __node: t1 {.*, __labels: labels(t1)}} }");
	}

	@Test
	void aRelationshipReadInBothDirectionsListsEachNodeOnce() {
		assertThat(cypher("Problem", field("related", field("key"))))
			.contains("(n)-[r1:RELATED_TO]-(t1:Problem) WHERE t1.retired IS NULL WITH DISTINCT t1 ORDER BY");
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
		assertThat(this.compiler.relation("Stakeholder", "connections")).as("an edge built elsewhere").isNull();
	}

}
