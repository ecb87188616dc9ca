package nl.onderwijsgraaf.search;

/** The facets counted over every hit of a search; each is a stored field of the index. */
public enum SearchFacet {

	KIND, DOELGEBIED, SECTOR, TARGET_GROUP, EVIDENCE_LEVEL, STATUS, SOURCE;

	/** Name of the stored field that holds the facet's values. */
	String field() {
		return "facet." + name().toLowerCase();
	}

}
