package nl.onderwijsgraaf.programme;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A programme, fund, regulation, plan, phase or instrument. */
public record Programme(String key, String name, String nameEn, String kind, String summary, String startDate,
		String endDate, List<Provenance> provenance, int version) implements GraphNode {
}
