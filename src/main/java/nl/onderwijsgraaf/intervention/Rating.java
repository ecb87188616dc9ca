package nl.onderwijsgraaf.intervention;

import java.util.Comparator;
import java.util.List;

import nl.onderwijsgraaf.evidence.Evidence;

/**
 * The toolkit rating an intervention is ranked by: the figures of one {@code TOOLKIT_RATING} evidence item, taken
 * whole from the newest scheme that rates it. Figures are never combined across schemes or filled in, so a rating
 * may lack a figure its scheme did not give.
 */
public record Rating(String scheme, Integer impactMonths, Integer evidenceStrength, Integer costRating,
		Evidence evidence) {

	/** Schemes from newest to oldest: the EEF toolkit (2026 snapshot), then menukaart version 2, then version 1. */
	static final List<String> SCHEMES = List.of("EEF_TOOLKIT", "MENUKAART_V2", "MENUKAART_V1");

	/** Evidence kind of a rating. */
	static final String KIND = "TOOLKIT_RATING";

	/** The rating of the newest scheme among an intervention's rating evidence, or null when it has none. */
	static Rating newest(List<Evidence> ratings) {
		return ratings.stream()
			.filter((e) -> KIND.equals(e.kind()) && SCHEMES.contains(e.ratingScheme()))
			.min(Comparator.comparingInt((Evidence e) -> SCHEMES.indexOf(e.ratingScheme())).thenComparing(Evidence::key))
			.map((e) -> new Rating(e.ratingScheme(), e.impactMonths(), e.evidenceStrength(), e.costRating(), e))
			.orElse(null);
	}

}
