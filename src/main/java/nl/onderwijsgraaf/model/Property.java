package nl.onderwijsgraaf.model;

import java.util.Set;

/**
 * A property of a kind of node.
 * @param name the property (and GraphQL field, and record component) name
 * @param type what it holds
 * @param enumType the GraphQL enum of an {@link PropertyType#ENUM} property, else null
 * @param traits what the API, the grammar, search and curation do with it
 */
public record Property(String name, PropertyType type, String enumType, Set<Trait> traits) {

	/** What the API, the grammar, search and curation do with a property. */
	public enum Trait {

		/** Every node of the kind has it: a seed entry and a curator's create must give it. */
		REQUIRED,
		/** A field of the kind's {@code <Type>Where} input. */
		FILTER,
		/** A field of the kind's {@code <Type>OrderBy} input. */
		SORT,
		/** Its text goes into the kind's search document. */
		SEARCH,
		/**
		 * Not read through the API (no field of the GraphQL type, no record component): a curator's remark or a mark
		 * that only seed, curation and export carry.
		 */
		HIDDEN

	}

	public Property {
		traits = Set.copyOf(traits);
		if ((type == PropertyType.ENUM) != (enumType != null)) {
			throw new IllegalArgumentException(name + ": an enum property, and only one, names its enum type");
		}
	}

	public boolean required() {
		return this.traits.contains(Trait.REQUIRED);
	}

	public boolean filterable() {
		return this.traits.contains(Trait.FILTER);
	}

	public boolean sortable() {
		return this.traits.contains(Trait.SORT);
	}

	public boolean searchable() {
		return this.traits.contains(Trait.SEARCH);
	}

	/** Whether the API reads it: a field of the GraphQL type and a component of the record. */
	public boolean read() {
		return !this.traits.contains(Trait.HIDDEN);
	}

	/** The GraphQL type of the field that reads one value of it: a scalar or the enum. */
	public String graphQlType() {
		return (this.enumType != null) ? this.enumType : this.type.scalar();
	}

}
