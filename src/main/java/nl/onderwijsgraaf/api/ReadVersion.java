package nl.onderwijsgraaf.api;

/**
 * A number that changes whenever what the API reads may have changed: the graph (a seed load, a curator's change,
 * another instance's change) or the search index built from it. Answers computed under one version are valid for as
 * long as it lasts.
 */
public interface ReadVersion {

	long readVersion();

}
