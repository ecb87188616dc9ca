package nl.onderwijsgraaf.model;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLSchema;
import nl.onderwijsgraaf.model.Relationship.End;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The SDL, the model and the records agree, and each kind of disagreement fails the check naming the mismatch. */
class ModelContractTest {

	private static GraphQLSchema schema(String... extraSdl) {
		return SdlSchema.load(extraSdl);
	}

	private static GraphModel withRelationship(Relationship extra) {
		List<Relationship> relationships = new ArrayList<>(GraphModel.graph().relationships());
		relationships.add(extra);
		return new GraphModel(GraphModel.graph().kinds(), relationships);
	}

	@Test
	void theSchemaTheModelAndTheRecordsAgree() {
		assertThat(ModelContract.mismatches(GraphModel.graph(), schema())).isEmpty();
	}

	@Test
	void aFieldTheModelDoesNotDeclareIsNamed() {
		assertThat(ModelContract.mismatches(GraphModel.graph(), schema("extend type Problem { severity: Int }")))
			.containsExactly("SDL field Problem.severity is declared in the model as no property, relationship field"
					+ " or custom field");
	}

	@Test
	void aFilterTheModelDoesNotDeclareIsNamed() {
		assertThat(ModelContract.mismatches(GraphModel.graph(), schema("extend input ProblemWhere { severity: IntFilter }")))
			.containsExactly("SDL field ProblemWhere.severity is declared in the model as no filterable property or"
					+ " relationship field of Problem");
	}

	@Test
	void aRelationshipMissingFromTheSchemaIsNamedAtBothEnds() {
		GraphModel model = withRelationship(new Relationship("MENTIONS", "Problem", "Goal", End.many("mentions"),
				End.readOnly("mentionedBy"), false, null, null, List.of()));
		assertThat(ModelContract.mismatches(model, schema())).containsExactlyInAnyOrder(
				"the model's relationship field Problem.mentions (MENTIONS) is no field of the SDL type",
				"the model's filterable relationship field Problem.mentions is no field of ProblemWhere",
				"the model's filterable list relationship field Problem.mentions has no ProblemWhere.mentionsAll",
				"the model's filterable list relationship field Problem.mentions has no ProblemWhere.mentionsNone",
				"the model's relationship field Goal.mentionedBy (MENTIONS) is no field of the SDL type",
				"the model's list relationship field Problem.mentions has no mentionsConnection that pages it",
				"the model's list relationship field Goal.mentionedBy has no mentionedByConnection that pages it");
	}

	@Test
	void aListOfNodesWithoutTheArgumentsOfItsKindsListIsNamed() {
		GraphModel model = withRelationship(new Relationship("MENTIONS", "Problem", "Goal", End.readOnly("mentions"),
				End.NONE, false, null, null, List.of()));
		String sdl = "extend type Problem { mentions(first: Int): [Goal!]! mentionsConnection(where: GoalWhere,"
				+ " orderBy: [GoalOrderBy!], first: Int, after: String): [Goal!]! }";
		assertThat(ModelContract.mismatches(model, schema(sdl))).containsExactlyInAnyOrder(
				"SDL field Problem.mentions takes {first=Int}, but a list of Goal takes {where=GoalWhere,"
						+ " orderBy=[GoalOrderBy!], first=Int}",
				"SDL field Problem.mentionsConnection is [Goal!]!, not GoalConnection!",
				"SDL field Problem.mentionsConnection takes {where=GoalWhere, orderBy=[GoalOrderBy!], first=Int,"
						+ " after=String}, but a list of Goal takes {where=GoalWhere, orderBy=[GoalOrderBy!], first=Int,"
						+ " after=String, last=Int, before=String}");
		String right = "extend type Problem { mentions(where: GoalWhere, orderBy: [GoalOrderBy!], first: Int): [Goal!]!"
				+ " mentionsConnection(where: GoalWhere, orderBy: [GoalOrderBy!], first: Int, after: String, last: Int,"
				+ " before: String): GoalConnection! }";
		assertThat(ModelContract.mismatches(model, schema(right))).isEmpty();
	}

	@Test
	void aListOfSeveralKindsTakesNodeWhereWithAFieldPerKindAndNodeOrderBy() {
		assertThat(ModelContract.mismatches(GraphModel.graph(), schema("extend input NodeWhere { topic: GoalWhere }",
				"extend input NodeOrderBy { title: SortDirection }")))
			.hasSize(2)
			.anySatisfy((mismatch) -> assertThat(mismatch).startsWith("SDL input NodeWhere has {")
				.contains("topic=GoalWhere").contains("but the model's node kinds ask for {"))
			.contains("SDL input NodeOrderBy has [kind, key, name, title], but the model sorts nodes of several kinds by"
					+ " [kind, key, name]");
	}

	@Test
	void aListOfInvolvementsWithoutOrderByOrAConnectionIsNamed() {
		GraphModel model = withRelationship(new Relationship("INVOLVED_IN", "Stakeholder", "Goal", End.NONE,
				End.many("involved"), false, "InvolvementRole", "Involvement", List.of()));
		String where = " extend input GoalWhere { involved: InvolvementWhere involvedAll: InvolvementWhere"
				+ " involvedNone: InvolvementWhere }";
		String sdl = "extend type Goal { involved(where: InvolvementWhere, first: Int): [Involvement!]!"
				+ " involvedConnection(where: InvolvementWhere, orderBy: [InvolvementOrderBy!], first: Int):"
				+ " [Involvement!]! }" + where;
		assertThat(ModelContract.mismatches(model, schema(sdl))).containsExactlyInAnyOrder(
				"SDL field Goal.involved takes {where=InvolvementWhere, first=Int}, but a list of Involvement takes"
						+ " {where=InvolvementWhere, orderBy=[InvolvementOrderBy!], first=Int}",
				"SDL field Goal.involvedConnection is [Involvement!]!, not InvolvementConnection!",
				"SDL field Goal.involvedConnection takes {where=InvolvementWhere, orderBy=[InvolvementOrderBy!],"
						+ " first=Int}, but a list of Involvement takes {where=InvolvementWhere,"
						+ " orderBy=[InvolvementOrderBy!], first=Int, after=String, last=Int, before=String}");
		String right = "extend type Goal { involved(where: InvolvementWhere, orderBy: [InvolvementOrderBy!],"
				+ " first: Int): [Involvement!]! involvedConnection(where: InvolvementWhere,"
				+ " orderBy: [InvolvementOrderBy!], first: Int, after: String, last: Int, before: String):"
				+ " InvolvementConnection! }" + where;
		assertThat(ModelContract.mismatches(model, schema(right))).isEmpty();
		String withoutConnection = "extend type Goal { involved(where: InvolvementWhere, orderBy: [InvolvementOrderBy!],"
				+ " first: Int): [Involvement!]! }" + where;
		assertThat(ModelContract.mismatches(model, schema(withoutConnection)))
			.containsExactly("the model's list relationship field Goal.involved has no involvedConnection that pages it");
	}

	@Test
	void anInvolvementSortFieldTheModelDoesNotSortByIsNamed() {
		assertThat(GraphModel.graph().edgeSortFields("Involvement")).containsExactlyInAnyOrder("role", "key", "name");
		assertThat(ModelContract.mismatches(GraphModel.graph(), schema("extend input InvolvementOrderBy { type: SortDirection }")))
			.containsExactly("SDL field InvolvementOrderBy.type is no field the model sorts Involvement by [role, key, name]");
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() {
		GraphModel model = withRelationship(new Relationship("MENTIONS", "Problem", "Goal", End.readOnly("mentions"),
				End.NONE, false, null, null, List.of()));
		assertThat(ModelContract.mismatches(model, schema("extend type Problem { mentions: [Sector!]! }")))
			.containsExactlyInAnyOrder(
					"SDL field Problem.mentions is [Sector!]!, but the model's MENTIONS field reads a list of Goal",
					"the model's list relationship field Problem.mentions has no mentionsConnection that pages it");
	}

	@Test
	void oneFieldDeclaredTwoWaysIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> withRelationship(new Relationship("MENTIONS", "Problem", "Goal", End.readOnly("sectors"),
					End.NONE, false, null, null, List.of())))
			.withMessage("Problem.sectors is declared by relationships that differ in more than the kind they reach");
	}

	@Test
	void aPropertyTheRecordAndTheSchemaLackIsNamed() {
		List<NodeKind> kinds = GraphModel.graph().kinds().stream().map((kind) -> {
			if (!kind.label().equals("Sector")) {
				return kind;
			}
			var properties = new java.util.LinkedHashMap<>(kind.properties());
			properties.put("code", new Property("code", PropertyType.TEXT, null, java.util.Set.of()));
			return kind.withProperties(properties);
		}).toList();
		assertThat(ModelContract.mismatches(new GraphModel(kinds, GraphModel.graph().relationships()), schema()))
			.containsExactlyInAnyOrder("record Sector has no component for property Sector.code",
					"the model's property Sector.code is no field of the SDL type");
	}

	@Test
	void anEnumFilterWithoutItsTypedListIsNamed() {
		List<NodeKind> kinds = GraphModel.graph().kinds().stream().map((kind) -> {
			if (!kind.label().equals("Sector")) {
				return kind;
			}
			var properties = new java.util.LinkedHashMap<>(kind.properties());
			properties.put("sphere", new Property("sphere", PropertyType.ENUM, "Domain",
					java.util.Set.of(Property.Trait.FILTER, Property.Trait.HIDDEN)));
			return kind.withProperties(properties);
		}).toList();
		GraphModel model = new GraphModel(kinds, GraphModel.graph().relationships());
		assertThat(ModelContract.mismatches(model, schema("extend input SectorWhere { sphere: StringFilter }")))
			.containsExactly("the model's filterable enum property Sector.sphere has no typed filter SectorWhere.sphereIn");
		assertThat(ModelContract.mismatches(model,
				schema("extend input SectorWhere { sphere: StringFilter sphereIn: [String!] }")))
			.containsExactly("SDL field SectorWhere.sphereIn is [String!], but filters the enum property Sector.sphere"
					+ " as [Domain!]");
	}

	@Test
	void theStartFailsNamingTheMismatch() {
		GraphQlSource source = GraphQlSource.builder(schema("extend type Place { population: Int }")).build();
		assertThatIllegalStateException().isThrownBy(() -> new ModelContractCheck(source))
			.withMessageContaining("SDL field Place.population is declared in the model as no property");
	}

	@Test
	void fieldsAreFoundByTypeAndName() {
		RelationshipField interventions = GraphModel.graph().field("Problem", "interventions");
		assertThat(interventions.pattern()).isEqualTo("<-[r:ADDRESSES]-");
		assertThat(interventions.target()).isEqualTo("Intervention");
		assertThat(GraphModel.graph().field("Problem", "related").pattern("")).isEqualTo("-[:RELATED_TO]-");
		RelationshipField supports = GraphModel.graph().field("Evidence", "supports");
		assertThat(supports.targets()).containsExactly("Intervention", "InternationalPractice", "Programme");
		assertThat(supports.itemType()).isEqualTo("Node");
		RelationshipField stakeholders = GraphModel.graph().field("Intervention", "stakeholders");
		assertThat(stakeholders.itemType()).isEqualTo("Involvement");
		assertThat(stakeholders.edgeProperties()).containsExactly("role", "provenance", "quote", "inferred", "note");
		assertThat(GraphModel.graph().field("InternationalPractice", "country").one()).isTrue();
		assertThat(GraphModel.graph().field("Problem", "name")).isNull();
	}

	@Test
	void aKindsQueryFieldsTheSchemaLacksOrTypesOtherwiseAreNamed() {
		GraphModel model = new GraphModel(GraphModel.graph().kinds().stream()
			.map((kind) -> !kind.label().equals("Sector") ? kind
					: new NodeKind(kind.label(), kind.feature(), kind.node(), kind.searchable(), kind.curatable(),
							kind.properties(), kind.customFields(), "sectorByKey", "sectorPage"))
			.toList(), GraphModel.graph().relationships());
		assertThat(ModelContract.mismatches(model, schema("extend type Query { sectorPage(first: Int): SectorConnection! }")))
			.containsExactly("the SDL has no query field Query.sectorByKey for the model's kind Sector",
					"SDL field Query.sectorPage takes {first=Int}, but a list of Sector takes {where=SectorWhere,"
							+ " orderBy=[SectorOrderBy!], first=Int, after=String, last=Int, before=String}");
	}

}
