package nl.onderwijsgraaf.intervention;

import nl.onderwijsgraaf.api.GraphNode;

/** A group interventions are meant for. */
public record TargetGroup(String key, String name, String nameEn, String summary, int version) implements GraphNode {
}
