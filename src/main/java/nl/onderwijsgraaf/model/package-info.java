/**
 * The graph declared once: every kind of node with its properties, and every relationship with the field that reads
 * it at each end. The where/orderBy grammar, relationship-field loading, curation, seed, export and search read these
 * declarations instead of spelling relationships out again; {@link nl.onderwijsgraaf.model.ModelContract} holds the
 * model, the SDL in {@code schema/graphql} and the node records together at start. This package depends on no other
 * package of the project, so every feature can depend on it.
 */
package nl.onderwijsgraaf.model;
