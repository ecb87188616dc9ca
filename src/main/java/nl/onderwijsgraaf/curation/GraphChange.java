package nl.onderwijsgraaf.curation;

import nl.onderwijsgraaf.api.GlobalId;

/**
 * One change as the public feed shows it: what changed and when, without who changed it or the content (the audit
 * log, for curators, has those).
 */
record GraphChange(long sequence, String at, long generation, String kind, String key, String operation) {

	/** The global id of the node changed, for {@code node(id:)} or {@code nodes(ids:)}. */
	public String id() {
		return GlobalId.encode(this.kind, this.key);
	}

}
