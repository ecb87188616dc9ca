package nl.onderwijsgraaf.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.model.Property.Trait;
import nl.onderwijsgraaf.model.Relationship.End;
import nl.onderwijsgraaf.model.Relationship.SeedLink;

/** The small builder {@link GraphModel} declares the graph with; it only collects what it is told. */
final class Declarations {

	private final List<KindBuilder> kinds = new ArrayList<>();

	private final List<RelationshipBuilder> relationships = new ArrayList<>();

	KindBuilder kind(String label, String feature) {
		KindBuilder kind = new KindBuilder(label, feature);
		this.kinds.add(kind);
		return kind;
	}

	RelationshipBuilder relationship(String type, String from, String to) {
		RelationshipBuilder relationship = new RelationshipBuilder(type, from, to);
		this.relationships.add(relationship);
		return relationship;
	}

	List<NodeKind> kinds() {
		return this.kinds.stream().map(KindBuilder::build).toList();
	}

	List<Relationship> relationships() {
		return this.relationships.stream().map(RelationshipBuilder::build).toList();
	}

	static final class KindBuilder {

		private final String label;

		private final String feature;

		private boolean node = true;

		private boolean searchable;

		private boolean curatable = true;

		private final Map<String, Property> properties = new LinkedHashMap<>();

		private final Set<String> custom = new LinkedHashSet<>();

		private String lookupField;

		private String listField;

		private KindBuilder(String label, String feature) {
			this.label = label;
			this.feature = feature;
			this.lookupField = Character.toLowerCase(label.charAt(0)) + label.substring(1);
			this.listField = this.lookupField + "s";
		}

		KindBuilder text(String name, Trait... traits) {
			return property(name, PropertyType.TEXT, null, traits);
		}

		KindBuilder date(String name, Trait... traits) {
			return property(name, PropertyType.DATE, null, traits);
		}

		KindBuilder quote(String name, Trait... traits) {
			return property(name, PropertyType.QUOTE, null, traits);
		}

		KindBuilder texts(String name, Trait... traits) {
			return property(name, PropertyType.TEXT_LIST, null, traits);
		}

		KindBuilder integer(String name, Trait... traits) {
			return property(name, PropertyType.INTEGER, null, traits);
		}

		KindBuilder number(String name, Trait... traits) {
			return property(name, PropertyType.NUMBER, null, traits);
		}

		KindBuilder bool(String name, Trait... traits) {
			return property(name, PropertyType.BOOLEAN, null, traits);
		}

		KindBuilder oneOf(String name, String enumType, Trait... traits) {
			return property(name, PropertyType.ENUM, enumType, traits);
		}

		private KindBuilder property(String name, PropertyType type, String enumType, Trait... traits) {
			if (this.properties.put(name, new Property(name, type, enumType, Set.of(traits))) != null) {
				throw new IllegalStateException(this.label + "." + name + " is declared twice");
			}
			return this;
		}

		/** Fields of the GraphQL type that hand-written resolvers answer. */
		KindBuilder custom(String... fields) {
			this.custom.addAll(List.of(fields));
			return this;
		}

		KindBuilder searchable() {
			this.searchable = true;
			return this;
		}

		KindBuilder notCurated() {
			this.curatable = false;
			return this;
		}

		/** The query fields that look one up and page them, where they are not its name and its name + s. */
		KindBuilder queries(String lookupField, String listField) {
			this.lookupField = lookupField;
			this.listField = listField;
			return this;
		}

		/** Not a GraphQL {@code Node}: read only through a relationship field. */
		KindBuilder notNode() {
			this.node = false;
			return this;
		}

		boolean has(String property) {
			return this.properties.containsKey(property);
		}

		private NodeKind build() {
			return new NodeKind(this.label, this.feature, this.node, this.searchable, this.curatable, this.properties,
					this.custom, this.node ? this.lookupField : null, this.node ? this.listField : null);
		}

	}

	static final class RelationshipBuilder {

		private final String type;

		private final String from;

		private final String to;

		private End out = End.NONE;

		private End in = End.NONE;

		private boolean undirected;

		private String role;

		private String edgeType;

		private final List<SeedLink> seedLinks = new ArrayList<>();

		private RelationshipBuilder(String type, String from, String to) {
			this.type = type;
			this.from = from;
			this.to = to;
		}

		/** The field on the start node. */
		RelationshipBuilder out(End end) {
			this.out = end;
			return this;
		}

		/** The field on the end node. */
		RelationshipBuilder in(End end) {
			this.in = end;
			return this;
		}

		/** Read both ways through one field of {@code from} (which is also {@code to}). */
		RelationshipBuilder both(End end) {
			this.out = end;
			this.undirected = true;
			return this;
		}

		/** Its relationships carry a {@code role} of this GraphQL enum. */
		RelationshipBuilder role(String enumType) {
			this.role = enumType;
			return this;
		}

		/** Its fields return this edge object per relationship rather than the node at the other end. */
		RelationshipBuilder edge(String graphQlType) {
			this.edgeType = graphQlType;
			return this;
		}

		/** Seed entries of {@code from} list it under the name of the {@code out} field. */
		RelationshipBuilder seededFrom() {
			return seeded(this.from, this.out.field(), true, false);
		}

		/** Like {@link #seededFrom()}, and every entry must have one. */
		RelationshipBuilder requiredFrom() {
			return seeded(this.from, this.out.field(), true, true);
		}

		/** Seed entries of {@code to} list it under the name of the {@code in} field. */
		RelationshipBuilder seededTo() {
			return seededTo(this.in.field());
		}

		/** Seed entries of {@code to} list it under {@code name}. */
		RelationshipBuilder seededTo(String name) {
			return seeded(this.to, name, false, false);
		}

		private RelationshipBuilder seeded(String label, String name, boolean outgoing, boolean required) {
			if (name == null) {
				throw new IllegalStateException(this.type + ": a seed link needs the name of a field");
			}
			this.seedLinks.add(new SeedLink(label, name, outgoing, required));
			return this;
		}

		private Relationship build() {
			return new Relationship(this.type, this.from, this.to, this.out, this.in, this.undirected, this.role,
					this.edgeType, this.seedLinks);
		}

	}

}
