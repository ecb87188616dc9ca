package nl.onderwijsgraaf.intervention;

import nl.onderwijsgraaf.api.GraphNode;

/** An education sector (po, vo, so, mbo…) or the cultural sector, by which school teams filter interventions. */
public record Sector(String key, String name, String nameEn, int version) implements GraphNode {
}
