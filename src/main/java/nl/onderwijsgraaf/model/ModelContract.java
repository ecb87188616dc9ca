package nl.onderwijsgraaf.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Whether the SDL, the {@link GraphModel} and the node records say the same: every field of a node type is a declared
 * property, relationship field or custom field and has the declared type; every {@code <Type>Where} and
 * {@code <Type>OrderBy} field is one the model declares filterable or sortable; every record component is a property
 * the API reads. {@link ModelContractCheck} runs it when the service starts, so a forgotten declaration fails the
 * start, naming what disagrees, rather than a request that meets it.
 */
public final class ModelContract {

	/** Record components that no property declares: the key and what every node record carries. */
	private static final Set<String> RECORD_STRUCTURE = Set.of("key", "provenance", "version");

	/** Fields of every {@code <Type>Where} besides the model's. */
	private static final Set<String> WHERE_STRUCTURE = Set.of("AND", "OR", "NOT", "key");

	/**
	 * The arguments of a list of nodes of a kind, or of edges of an edge type ({@code %s}), as
	 * {@link GraphModel#paged} fields take them.
	 */
	private static final Map<String, String> LIST_ARGUMENTS = ordered("where", "%sWhere", "orderBy", "[%sOrderBy!]",
			"first", "Int");

	/** The arguments of a {@code <field>Connection}: the list's, and those that page forward and backward. */
	private static final Map<String, String> CONNECTION_ARGUMENTS = ordered("where", "%sWhere", "orderBy",
			"[%sOrderBy!]", "first", "Int", "after", "String", "last", "Int", "before", "String");

	/** The arguments of the query field that looks up a node of a kind. */
	private static final Map<String, String> LOOKUP_ARGUMENTS = ordered("id", "ID", "key", "String");

	/** The suffixes of a list relationship's {@code <Type>Where} fields besides its own: every one, none. */
	private static final List<String> QUANTIFIERS = List.of("All", "None");

	private final GraphModel model;

	private final GraphQLSchema schema;

	private final List<String> mismatches = new ArrayList<>();

	private ModelContract(GraphModel model, GraphQLSchema schema) {
		this.model = model;
		this.schema = schema;
	}

	private static Map<String, String> ordered(String... entries) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put(entries[i], entries[i + 1]);
		}
		return map;
	}

	/** What disagrees between the model, the schema and the records, one sentence each; empty when all agree. */
	public static List<String> mismatches(GraphModel model, GraphQLSchema schema) {
		ModelContract contract = new ModelContract(model, schema);
		contract.check();
		return List.copyOf(contract.mismatches);
	}

	private void mismatch(String message) {
		this.mismatches.add(message);
	}

	private void check() {
		GraphQLType nodeInterface = this.schema.getType("Node");
		for (GraphQLNamedType type : this.schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && object.getInterfaces().contains(nodeInterface)
					&& this.model.kind(object.getName()) == null) {
				mismatch("SDL type " + object.getName() + " is a Node but the model declares no such kind");
			}
		}
		for (NodeKind kind : this.model.kinds()) {
			if (!(this.schema.getType(kind.label()) instanceof GraphQLObjectType object)) {
				mismatch("the model's kind " + kind.label() + " is no object type of the SDL");
				continue;
			}
			if (kind.node() != object.getInterfaces().contains(nodeInterface)) {
				mismatch("SDL type " + kind.label() + (kind.node() ? " does not implement" : " implements")
						+ " Node, but the model says it is " + (kind.node() ? "" : "not ") + "a node");
			}
			checkRecord(kind);
			checkFields(kind, object);
			if (kind.node()) {
				checkWhere(kind);
				checkOrderBy(kind);
				checkQueryFields(kind);
			}
		}
		this.model.kinds().stream()
			.flatMap((kind) -> this.model.fields(kind.label()).values().stream())
			.filter(this.model::filterableEdges)
			.map(RelationshipField::edgeType)
			.distinct()
			.forEach(this::checkEdgeOrderBy);
		boolean severalKinds = this.model.kinds().stream()
			.flatMap((kind) -> this.model.fields(kind.label()).values().stream())
			.anyMatch((field) -> this.model.pageable(field) && field.target() == null);
		if (severalKinds) {
			checkNodeInputs();
		}
		checkSearchKinds();
	}

	private void checkRecord(NodeKind kind) {
		Class<?> record;
		try {
			record = kind.recordClass();
		}
		catch (IllegalStateException ex) {
			mismatch(ex.getMessage());
			return;
		}
		if (!record.isRecord()) {
			mismatch(kind.recordClassName() + " is not a record");
			return;
		}
		Map<String, Class<?>> components = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			components.put(component.getName(), component.getType());
			if (!RECORD_STRUCTURE.contains(component.getName())) {
				Property property = kind.property(component.getName());
				// a hidden property may still reach the API through a custom field of its name (a key it resolves)
				boolean readByCustomField = property != null && kind.customFields().contains(property.name());
				if (property == null || !(property.read() || readByCustomField)) {
					mismatch("record " + record.getSimpleName() + " has component " + component.getName()
							+ ", which is no property of " + kind.label() + " that the API reads");
				}
			}
		}
		for (Property property : kind.readProperties()) {
			Class<?> type = components.get(property.name());
			if (type == null) {
				mismatch("record " + record.getSimpleName() + " has no component for property " + kind.label() + "."
						+ property.name());
			}
			else if (!javaTypeFits(property.type(), type)) {
				mismatch("record " + record.getSimpleName() + "." + property.name() + " is a " + type.getSimpleName()
						+ ", but the model declares a " + property.type() + " property");
			}
		}
	}

	private static boolean javaTypeFits(PropertyType type, Class<?> java) {
		return switch (type) {
			case TEXT, DATE, QUOTE, ENUM -> java == String.class;
			case TEXT_LIST -> java == List.class;
			case INTEGER -> java == Integer.class || java == int.class;
			case NUMBER -> java == Double.class || java == double.class;
			case BOOLEAN -> java == Boolean.class || java == boolean.class;
		};
	}

	private void checkFields(NodeKind kind, GraphQLObjectType object) {
		String label = kind.label();
		Map<String, RelationshipField> relationships = this.model.fields(label);
		for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
			String name = field.getName();
			Property property = kind.property(name);
			RelationshipField relationship = relationships.get(name);
			RelationshipField paged = pagedBy(relationships, name);
			if (property != null && property.read()) {
				checkPropertyField(label, property, field.getType());
			}
			else if (relationship != null && relationship.read()) {
				checkRelationshipField(relationship, field);
			}
			else if (paged != null) {
				checkArguments(paged.owner(), paged.itemType(), field, paged.itemType() + "Connection!",
						CONNECTION_ARGUMENTS);
			}
			else if (!NodeKind.STRUCTURAL_FIELDS.contains(name) && !kind.customFields().contains(name)) {
				mismatch("SDL field " + label + "." + name
						+ " is declared in the model as no property, relationship field or custom field");
			}
		}
		for (Property property : kind.readProperties()) {
			if (object.getFieldDefinition(property.name()) == null) {
				mismatch("the model's property " + label + "." + property.name() + " is no field of the SDL type");
			}
		}
		relationships.values().stream().filter(RelationshipField::read).forEach((field) -> {
			if (object.getFieldDefinition(field.field()) == null) {
				mismatch("the model's relationship field " + label + "." + field.field() + " (" + field.type()
						+ ") is no field of the SDL type");
			}
		});
		relationships.values().stream().filter(this.model::paged).forEach((field) -> {
			if (object.getFieldDefinition(GraphModel.connectionField(field.field())) == null) {
				mismatch("the model's list relationship field " + label + "." + field.field() + " has no "
						+ GraphModel.connectionField(field.field()) + " that pages it");
			}
		});
		for (String custom : kind.customFields()) {
			if (object.getFieldDefinition(custom) == null) {
				mismatch("the model's custom field " + label + "." + custom + " is no field of the SDL type");
			}
		}
		if (kind.property("key") != null || kind.property("id") != null) {
			mismatch(label + " declares key or id as a property; every kind has them");
		}
	}

	private void checkPropertyField(String label, Property property, GraphQLType type) {
		String name = GraphQLTypeUtil.unwrapAll(type).getName();
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
		if (!name.equals(property.graphQlType()) || list != (property.type() == PropertyType.TEXT_LIST)) {
			mismatch("SDL field " + label + "." + property.name() + " is " + GraphQLTypeUtil.simplePrint(type)
					+ ", but the model declares a " + property.type() + " property of " + property.graphQlType());
		}
		else if (!list && GraphQLTypeUtil.isNonNull(type) != property.required()) {
			mismatch("SDL field " + label + "." + property.name() + " is " + GraphQLTypeUtil.simplePrint(type)
					+ ", but the model declares the property " + (property.required() ? "required" : "optional"));
		}
		if (property.type() == PropertyType.ENUM && !(this.schema.getType(property.enumType()) instanceof GraphQLEnumType)) {
			mismatch("the model's enum " + property.enumType() + " of " + label + "." + property.name()
					+ " is no enum of the SDL");
		}
	}

	private void checkRelationshipField(RelationshipField field, GraphQLFieldDefinition definition) {
		GraphQLType type = definition.getType();
		String name = GraphQLTypeUtil.unwrapAll(type).getName();
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
		if (!name.equals(field.itemType()) || list == field.one()) {
			mismatch("SDL field " + field.owner() + "." + field.field() + " is " + GraphQLTypeUtil.simplePrint(type)
					+ ", but the model's " + field.type() + " field reads " + (field.one() ? "one " : "a list of ")
					+ field.itemType());
		}
		else if (this.model.paged(field)) {
			checkArguments(field.owner(), field.itemType(), definition, GraphQLTypeUtil.simplePrint(type),
					LIST_ARGUMENTS);
		}
		else if (!definition.getArguments().isEmpty()) {
			mismatch("SDL field " + field.owner() + "." + field.field() + " takes arguments, but the model's "
					+ field.type() + " field is no list of nodes or of filterable edges");
		}
	}

	/** The list relationship field that {@code <field>Connection} pages, or null when {@code name} is no such field. */
	private RelationshipField pagedBy(Map<String, RelationshipField> relationships, String name) {
		String suffix = GraphModel.connectionField("");
		RelationshipField field = name.endsWith(suffix)
				? relationships.get(name.substring(0, name.length() - suffix.length())) : null;
		return (field != null && this.model.paged(field)) ? field : null;
	}

	/**
	 * A nested list, or its connection, has type {@code expectedType} and exactly the arguments named in
	 * {@code arguments} ({@code %s} standing for the type of its items: the kind of its nodes, or its edge type).
	 */
	/** Whether a field of {@code owner} that reads {@code itemType} has the type and the arguments expected. */
	private void checkArguments(String owner, String itemType, GraphQLFieldDefinition definition,
			String expectedType, Map<String, String> arguments) {
		String where = "SDL field " + owner + "." + definition.getName();
		if (!GraphQLTypeUtil.simplePrint(definition.getType()).equals(expectedType)) {
			mismatch(where + " is " + GraphQLTypeUtil.simplePrint(definition.getType()) + ", not " + expectedType);
		}
		Map<String, String> given = new LinkedHashMap<>();
		definition.getArguments().forEach((a) -> given.put(a.getName(), GraphQLTypeUtil.simplePrint(a.getType())));
		Map<String, String> expected = new LinkedHashMap<>();
		arguments.forEach((name, type) -> expected.put(name, type.formatted(itemType)));
		if (!given.equals(expected)) {
			mismatch(where + " takes " + given + ", but " + (expectedType.endsWith("!") ? "a list of " : "a lookup of ")
					+ itemType + " takes " + expected);
		}
	}

	/**
	 * A node kind's two query fields, under the names the model gives them and with the arguments the root wiring
	 * reads: the lookup by id or key, and the page of them.
	 */
	private void checkQueryFields(NodeKind kind) {
		GraphQLObjectType query = this.schema.getQueryType();
		Map<String, String> fields = ordered(kind.lookupField(), kind.label(), kind.listField(),
				kind.label() + "Connection!");
		fields.forEach((name, type) -> {
			GraphQLFieldDefinition definition = query.getFieldDefinition(name);
			if (definition == null) {
				mismatch("the SDL has no query field Query." + name + " for the model's kind " + kind.label());
			}
			else {
				checkArguments("Query", kind.label(), definition, type,
						type.endsWith("!") ? CONNECTION_ARGUMENTS : LOOKUP_ARGUMENTS);
			}
		});
	}

	private void checkWhere(NodeKind kind) {
		String inputName = kind.label() + "Where";
		if (!(this.schema.getType(inputName) instanceof GraphQLInputObjectType input)) {
			mismatch("the SDL has no input " + inputName + " for the model's kind " + kind.label());
			return;
		}
		Map<String, RelationshipField> relationships = this.model.fields(kind.label());
		for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
			String name = field.getName();
			String typeName = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
			Property property = kind.property(name);
			RelationshipField relationship = relationships.get(name);
			if (WHERE_STRUCTURE.contains(name)) {
				continue;
			}
			RelationshipField quantified = quantified(relationships, name);
			if (relationship == null && quantified != null) {
				relationship = quantified;
			}
			Property enumList = name.endsWith("In") ? kind.property(name.substring(0, name.length() - 2)) : null;
			if (enumList != null && enumList.filterable() && enumList.type() == PropertyType.ENUM) {
				String expected = "[" + enumList.enumType() + "!]";
				if (!GraphQLTypeUtil.simplePrint(field.getType()).equals(expected)) {
					mismatch("SDL field " + inputName + "." + name + " is " + GraphQLTypeUtil.simplePrint(field.getType())
							+ ", but filters the enum property " + kind.label() + "." + enumList.name() + " as " + expected);
				}
			}
			else if (property != null && property.filterable()) {
				boolean typed = typeName.equals(property.type().filterInput()) || (property.type() == PropertyType.ENUM
						&& (typeName.equals("StringFilter") || typeName.equals(property.enumType() + "Filter")));
				if (!typed) {
					mismatch("SDL field " + inputName + "." + name + " is a " + typeName + ", which does not filter a "
							+ property.type() + " property");
				}
			}
			else if (relationship != null && relationship.filter()) {
				if (!typeName.equals(relationship.itemType() + "Where")) {
					mismatch("SDL field " + inputName + "." + name + " is a " + typeName + ", but the model's "
							+ relationship.type() + " field reaches " + relationship.itemType());
				}
			}
			else {
				mismatch("SDL field " + inputName + "." + name
						+ " is declared in the model as no filterable property or relationship field of " + kind.label());
			}
		}
		// an enum property filters through its typed list; its older StringFilter field is optional
		kind.filterProperties().stream()
			.filter((p) -> p.type() != PropertyType.ENUM && input.getField(p.name()) == null)
			.forEach((p) -> mismatch(
					"the model's filterable property " + kind.label() + "." + p.name() + " is no field of " + inputName));
		kind.filterProperties().stream()
			.filter((p) -> p.type() == PropertyType.ENUM && input.getField(p.name() + "In") == null)
			.forEach((p) -> mismatch("the model's filterable enum property " + kind.label() + "." + p.name()
					+ " has no typed filter " + inputName + "." + p.name() + "In"));
		relationships.values().stream().filter((f) -> f.filter() && input.getField(f.field()) == null).forEach((f) -> mismatch(
				"the model's filterable relationship field " + kind.label() + "." + f.field() + " is no field of " + inputName));
		relationships.values()
			.stream()
			.filter((f) -> f.filter() && !f.one())
			.flatMap((f) -> QUANTIFIERS.stream().map((suffix) -> f.field() + suffix))
			.filter((name) -> input.getField(name) == null)
			.forEach((name) -> mismatch("the model's filterable list relationship field " + kind.label() + "."
					+ name.replaceAll("(All|None)$", "") + " has no " + inputName + "." + name));
	}

	/** The list relationship field {@code <field>All} or {@code <field>None} quantifies, or null. */
	private static RelationshipField quantified(Map<String, RelationshipField> relationships, String name) {
		for (String suffix : QUANTIFIERS) {
			RelationshipField field = name.endsWith(suffix)
					? relationships.get(name.substring(0, name.length() - suffix.length())) : null;
			if (field != null && !field.one()) {
				return field;
			}
		}
		return null;
	}

	private void checkOrderBy(NodeKind kind) {
		String inputName = kind.label() + "OrderBy";
		if (!(this.schema.getType(inputName) instanceof GraphQLInputObjectType input)) {
			mismatch("the SDL has no input " + inputName + " for the model's kind " + kind.label());
			return;
		}
		for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
			Property property = kind.property(field.getName());
			if (!field.getName().equals("key") && (property == null || !property.sortable())) {
				mismatch("SDL field " + inputName + "." + field.getName() + " is no sortable property of "
						+ kind.label() + " in the model");
			}
		}
		kind.sortProperties().stream().filter((p) -> input.getField(p.name()) == null).forEach((p) -> mismatch(
				"the model's sortable property " + kind.label() + "." + p.name() + " is no field of " + inputName));
	}

	/** An edge type's {@code <Edge>OrderBy} has exactly the fields the model sorts its edges by. */
	private void checkEdgeOrderBy(String edgeType) {
		String inputName = edgeType + "OrderBy";
		if (!(this.schema.getType(inputName) instanceof GraphQLInputObjectType input)) {
			mismatch("the SDL has no input " + inputName + " for the model's lists of " + edgeType);
			return;
		}
		Set<String> sortable = this.model.edgeSortFields(edgeType);
		for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
			if (!sortable.contains(field.getName())) {
				mismatch("SDL field " + inputName + "." + field.getName() + " is no field the model sorts "
						+ edgeType + " by " + sortable);
			}
		}
		sortable.stream().filter((name) -> input.getField(name) == null).forEach((name) -> mismatch(
				"the model sorts " + edgeType + " by " + name + ", which is no field of " + inputName));
	}

	/**
	 * {@code NodeWhere}, which filters a list of nodes of several kinds, has its key and a field per node kind named
	 * after it ({@code internationalPractice: InternationalPracticeWhere}); {@code NodeOrderBy} has exactly
	 * {@link GraphModel#NODE_SORT_FIELDS}.
	 */
	private void checkNodeInputs() {
		if (!(this.schema.getType("NodeWhere") instanceof GraphQLInputObjectType where)) {
			mismatch("the SDL has no input NodeWhere for the model's lists of nodes of several kinds");
			return;
		}
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("key", "StringFilter");
		this.model.kinds().stream().filter(NodeKind::node).forEach((kind) -> expected
			.put(Character.toLowerCase(kind.label().charAt(0)) + kind.label().substring(1), kind.label() + "Where"));
		Map<String, String> given = new LinkedHashMap<>();
		where.getFieldDefinitions().stream()
			.filter((field) -> !WHERE_STRUCTURE.contains(field.getName()) || field.getName().equals("key"))
			.forEach((field) -> given.put(field.getName(), GraphQLTypeUtil.simplePrint(field.getType())));
		if (!given.equals(expected)) {
			mismatch("SDL input NodeWhere has " + given + ", but the model's node kinds ask for " + expected);
		}
		if (!(this.schema.getType("NodeOrderBy") instanceof GraphQLInputObjectType orderBy)) {
			mismatch("the SDL has no input NodeOrderBy for the model's lists of nodes of several kinds");
			return;
		}
		List<String> sortFields = orderBy.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList();
		if (!sortFields.equals(GraphModel.NODE_SORT_FIELDS)) {
			mismatch("SDL input NodeOrderBy has " + sortFields + ", but the model sorts nodes of several kinds by "
					+ GraphModel.NODE_SORT_FIELDS);
		}
	}

	/** The SDL's {@code SearchKind} names exactly the searchable kinds, as {@code UPPER_SNAKE} of their labels. */
	private void checkSearchKinds() {
		if (!(this.schema.getType("SearchKind") instanceof GraphQLEnumType searchKind)) {
			mismatch("the SDL has no enum SearchKind");
			return;
		}
		Set<String> declared = new TreeSet<>();
		this.model.kinds().stream().filter(NodeKind::searchable).forEach((k) -> declared.add(searchKindOf(k.label())));
		Set<String> inSchema = new TreeSet<>(searchKind.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
		if (!declared.equals(inSchema)) {
			mismatch("SDL enum SearchKind is " + inSchema + ", but the model's searchable kinds are " + declared);
		}
	}

	/** The {@code SearchKind} value of a label: {@code InternationalPractice} is {@code INTERNATIONAL_PRACTICE}. */
	public static String searchKindOf(String label) {
		return label.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
