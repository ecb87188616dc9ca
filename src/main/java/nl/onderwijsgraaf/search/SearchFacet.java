package nl.onderwijsgraaf.search;

/** The facets counted over every hit of a search; each is an indexed term (to filter) and a doc value (to count). */
public enum SearchFacet {

	KIND, DOELGEBIED, SECTOR, TARGET_GROUP,
	/** Indexed under its former name, so that an index written before the rename reads the same. */
	EVIDENCE_STRENGTH("evidence_level"), STATUS, SOURCE;

	private final String fieldName;

	SearchFacet() {
		this.fieldName = null;
	}

	SearchFacet(String fieldName) {
		this.fieldName = fieldName;
	}

	/** Name of the index field that holds the facet's values. */
	String field() {
		return "facet." + ((this.fieldName != null) ? this.fieldName : name().toLowerCase());
	}

}
