package nl.onderwijsgraaf.curation;

/** One change in the audit log; {@code before} and {@code after} are the node's properties as JSON objects. */
record AuditEntry(long sequence, String at, String curator, String kind, String key, String operation, String before,
		String after) {
}
