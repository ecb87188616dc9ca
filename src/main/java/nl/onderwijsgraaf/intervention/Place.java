package nl.onderwijsgraaf.intervention;

import nl.onderwijsgraaf.api.GraphNode;

/** A place where interventions run and stakeholders are located. */
public record Place(String key, String name, String type, int version) implements GraphNode {
}
