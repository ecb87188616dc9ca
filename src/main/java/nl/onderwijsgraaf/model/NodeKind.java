package nl.onderwijsgraaf.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of node: its label (which is also its GraphQL type and the simple name of its record), the feature package
 * that holds the record, and its properties.
 * @param label Neo4j label, GraphQL type and record name
 * @param feature the feature package of the record, e.g. {@code problem}
 * @param node whether it is a GraphQL {@code Node} with a global id and a top-level list ({@code CountryAttribute}
 * is not: it is only read from its country)
 * @param searchable whether search indexes it
 * @param curatable whether curators create, update and retire it
 * @param properties by name, in declaration order
 * @param customFields fields of the GraphQL type that hand-written resolvers answer (custom logic: rankings, edge
 * objects read both ways, filtered relationships), apart from {@code id}, {@code key}, {@code provenance} and the
 * curation state
 * @param lookupField for a {@code node} kind, the query field that looks one up by id or key ({@code problem})
 * @param listField for a {@code node} kind, the query field that pages them ({@code problems})
 */
public record NodeKind(String label, String feature, boolean node, boolean searchable, boolean curatable,
		Map<String, Property> properties, Set<String> customFields, String lookupField, String listField) {

	/** The package every feature package lives in. */
	static final String ROOT_PACKAGE = "nl.onderwijsgraaf";

	/** Fields every node type has that no property declares: its ids, its provenance, its curation state. */
	public static final Set<String> STRUCTURAL_FIELDS = Set.of("id", "key", "provenance", "version", "retired");

	public NodeKind {
		properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
		customFields = Set.copyOf(customFields);
	}

	/** The same kind with other properties (the model adds the curator's own to every kind). */
	public NodeKind withProperties(Map<String, Property> properties) {
		return new NodeKind(this.label, this.feature, this.node, this.searchable, this.curatable, properties,
				this.customFields, this.lookupField, this.listField);
	}

	/** The record's fully qualified class name. */
	public String recordClassName() {
		return ROOT_PACKAGE + "." + this.feature + "." + this.label;
	}

	/**
	 * The record that maps its nodes, loaded by name so that the model imports no feature (every feature may import
	 * the model).
	 */
	public Class<?> recordClass() {
		try {
			return Class.forName(recordClassName(), false, NodeKind.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The model's kind " + this.label + " has no record " + recordClassName(), ex);
		}
	}

	/** A property by name, or null. */
	public Property property(String name) {
		return this.properties.get(name);
	}

	/** The properties its {@code <Type>Where} filters, in declaration order. */
	public List<Property> filterProperties() {
		return this.properties.values().stream().filter(Property::filterable).toList();
	}

	/** The properties its {@code <Type>OrderBy} sorts by, in declaration order. */
	public List<Property> sortProperties() {
		return this.properties.values().stream().filter(Property::sortable).toList();
	}

	/** The properties whose text its search document holds, in declaration order. */
	public List<Property> searchProperties() {
		return this.properties.values().stream().filter(Property::searchable).toList();
	}

	/** The properties the API reads, in declaration order. */
	public List<Property> readProperties() {
		return this.properties.values().stream().filter(Property::read).toList();
	}

}
