package nl.onderwijsgraaf.curation;

/** The input of {@code retireNode} and {@code restoreNode}: a node's global id and the version the curator read. */
record NodeVersion(String id, int version) {
}
