package nl.onderwijsgraaf.stakeholder;

/** A relationship of a stakeholder network or path, between the global ids of its nodes, as stored in the graph. */
public record NetworkEdge(String from, String to, String type, String role) {
}
