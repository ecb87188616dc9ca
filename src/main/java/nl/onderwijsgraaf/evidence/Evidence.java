package nl.onderwijsgraaf.evidence;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/**
 * A study, report, statistic, quoted figure, budget figure or toolkit rating. Ratings are only present where a
 * source gives them; nothing is estimated.
 */
public record Evidence(String key, String kind, String claim, String citation, Boolean sourced, Double figure,
		String unit, String figureText, Integer year, String ratingScheme, Integer impactMonths, Integer evidenceStrength,
		Integer costRating, Integer numberOfStudies, String strand, String quote, String note, String budgetRole,
		String budgetOf, List<Provenance> provenance, int version) implements GraphNode {
}
