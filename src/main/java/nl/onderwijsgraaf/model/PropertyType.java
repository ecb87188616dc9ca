package nl.onderwijsgraaf.model;

/** What a node property holds, and the GraphQL scalar that reads it (an enum property reads as its enum type). */
public enum PropertyType {

	/** A non-empty text. */
	TEXT("String"),
	/** A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, stored as text so that it sorts. */
	DATE("String"),
	/** A passage as printed in a source (at most 300 characters). */
	QUOTE("String"),
	/** A list of non-empty texts. */
	TEXT_LIST("String"),
	/** A whole number. */
	INTEGER("Int"),
	/** A number. */
	NUMBER("Float"),
	/** True or false. */
	BOOLEAN("Boolean"),
	/** One value of a GraphQL enum, stored as its name; {@link Property#enumType()} names the enum. */
	ENUM(null);

	private final String scalar;

	PropertyType(String scalar) {
		this.scalar = scalar;
	}

	/** The GraphQL scalar of the field that reads it; null for {@link #ENUM}. */
	public String scalar() {
		return this.scalar;
	}

	/** The {@code where} input that filters it: {@code StringFilter}, {@code IntFilter}, … */
	public String filterInput() {
		return this.scalar + "Filter";
	}

}
