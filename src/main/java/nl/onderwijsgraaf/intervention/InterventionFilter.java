package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.api.InvalidInputException;

/**
 * What a school team narrows a problem's interventions by. A null or empty list does not narrow; each given list
 * keeps interventions that match at least one of its values; all given conditions must hold.
 */
public record InterventionFilter(List<String> sector, List<String> targetGroup, List<String> doelgebied,
		Integer minEvidenceStrength, Integer maxCost, List<String> status, List<String> kind) {

	static final InterventionFilter NONE = new InterventionFilter(null, null, null, null, null, null, null);

	private static final Pattern DOELGEBIED_CODE = Pattern.compile("[A-F]");

	/** Rejects values no intervention can ever match, naming the argument. */
	InterventionFilter validated() {
		if (this.doelgebied != null) {
			for (String code : this.doelgebied) {
				if (!DOELGEBIED_CODE.matcher(code).matches()) {
					throw new InvalidInputException("where.doelgebied",
							"'" + code + "' is not a doelgebied code; use A, B, C, D, E or F");
				}
			}
		}
		if (this.minEvidenceStrength != null && (this.minEvidenceStrength < 0 || this.minEvidenceStrength > 5)) {
			throw new InvalidInputException("where.minEvidenceStrength",
					"must be between 0 and 5, was " + this.minEvidenceStrength);
		}
		if (this.maxCost != null && (this.maxCost < 1 || this.maxCost > 5)) {
			throw new InvalidInputException("where.maxCost", "must be between 1 and 5, was " + this.maxCost);
		}
		return this;
	}

	/** Whether {@link #accepts} looks at the rating at all. */
	boolean judgesRatings() {
		return this.minEvidenceStrength != null || this.maxCost != null;
	}

	/** Whether the rating meets the rating conditions; an unrated intervention meets none. */
	boolean accepts(Rating rating) {
		if (this.minEvidenceStrength != null
				&& (rating == null || rating.evidenceStrength() == null || rating.evidenceStrength() < this.minEvidenceStrength)) {
			return false;
		}
		return this.maxCost == null || (rating != null && rating.costRating() != null && rating.costRating() <= this.maxCost);
	}

	/** A list as a query parameter: null when it does not narrow. */
	static List<String> orNull(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

}
