package nl.onderwijsgraaf.intervention;

import java.util.Comparator;
import java.util.List;

import nl.onderwijsgraaf.evidence.Evidence;

/**
 * A toolkit rating: the figures of one {@code TOOLKIT_RATING} evidence item, taken whole from one scheme. Figures are
 * never combined across schemes or filled in, so a rating may lack a figure its scheme did not give.
 */
public record Rating(String scheme, Integer impactMonths, Integer evidenceStrength, Integer costRating,
		Evidence evidence) {

	/** Schemes from newest to oldest: the EEF toolkit (2026 snapshot), then menukaart version 2, then version 1. */
	static final List<String> SCHEMES = List.of("EEF_TOOLKIT", "MENUKAART_V2", "MENUKAART_V1");

	/** Evidence kind of a rating. */
	static final String KIND = "TOOLKIT_RATING";

	/** Newest scheme first, then the lowest evidence key, so that the choice is stable. */
	private static final Comparator<Evidence> NEWEST = Comparator
		.comparingInt((Evidence e) -> SCHEMES.indexOf(e.ratingScheme()))
		.thenComparing(Evidence::key);

	/**
	 * The rating an intervention is shown and ranked by: among its rating evidence of {@code scheme} (of any scheme
	 * when null), the newest that gives at least one figure, else the newest without figures; null when it has none.
	 * Why figures first: menukaart version 2 lists some items without the figures version 1 gave them, and that
	 * newer entry must not hide the older figures (vroegschoolse interventies: v1 +5 months, strength 4).
	 * {@code InterventionStatsController} makes the same choice in Cypher.
	 */
	static Rating of(List<Evidence> ratings, String scheme) {
		List<Rating> candidates = all(ratings).stream()
			.filter((r) -> scheme == null || scheme.equals(r.scheme()))
			.toList();
		return candidates.stream()
			.filter(Rating::hasFigures)
			.findFirst()
			.orElse(candidates.isEmpty() ? null : candidates.get(0));
	}

	/** Every rating among the evidence, newest scheme first. */
	static List<Rating> all(List<Evidence> ratings) {
		return ratings.stream()
			.filter((e) -> KIND.equals(e.kind()) && SCHEMES.contains(e.ratingScheme()))
			.sorted(NEWEST)
			.map(Rating::from)
			.toList();
	}

	private static boolean hasFigures(Rating rating) {
		return rating.impactMonths() != null || rating.evidenceStrength() != null || rating.costRating() != null;
	}

	private static Rating from(Evidence e) {
		return new Rating(e.ratingScheme(), e.impactMonths(), e.evidenceStrength(), e.costRating(), e);
	}

}
