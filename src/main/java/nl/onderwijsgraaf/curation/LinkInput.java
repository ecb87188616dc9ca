package nl.onderwijsgraaf.curation;

/**
 * The input of {@code linkNodes} and {@code unlinkNodes}: the link named {@code link} on the {@code from} node's
 * kind, to {@code to}, with its role where it has one; {@code provenance} (linking only) defaults to the
 * {@code from} node's first.
 */
record LinkInput(String from, String link, String to, String role, String provenance) {
}
