package nl.onderwijsgraaf.search;

/** The facets counted over every hit of a search; each is an indexed term (to filter) and a doc value (to count). */
public enum SearchFacet {

	KIND, DOELGEBIED, SECTOR, TARGET_GROUP, EVIDENCE_LEVEL, STATUS, SOURCE;

	/** Name of the index field that holds the facet's values. */
	String field() {
		return "facet." + name().toLowerCase();
	}

}
