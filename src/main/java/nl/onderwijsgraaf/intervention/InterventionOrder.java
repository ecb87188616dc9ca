package nl.onderwijsgraaf.intervention;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import nl.onderwijsgraaf.evidence.Evidence;

/**
 * How a problem's interventions are ranked; the rules are the ones the schema documents on {@code InterventionOrder}.
 * Ties are broken by name, then key, so the order, and with it every cursor, is stable.
 */
enum InterventionOrder {

	RELEVANCE(Comparator.comparing((Candidate c) -> c.rating() == null)
		.thenComparing(Candidate::impactMonths, descendingNullsLast())
		.thenComparing(Candidate::evidenceStrength, descendingNullsLast())
		.thenComparing(Candidate::evidenceCount, Comparator.reverseOrder())),

	IMPACT(by(Candidate::impactMonths, descendingNullsLast())),

	EVIDENCE(by(Candidate::evidenceStrength, descendingNullsLast())),

	COST(by(Candidate::costRating, Comparator.nullsLast(Comparator.naturalOrder()))),

	NAME((a, b) -> 0);

	private final Comparator<Candidate> comparator;

	InterventionOrder(Comparator<Candidate> primary) {
		this.comparator = primary.thenComparing((Candidate c) -> c.intervention().name())
			.thenComparing((Candidate c) -> c.intervention().key());
	}

	Comparator<Candidate> comparator() {
		return this.comparator;
	}

	/** Whether this order looks at the candidates' ratings; by name it does not. */
	boolean readsRatings() {
		return this != NAME;
	}

	private static Comparator<Candidate> by(Function<Candidate, Integer> figure, Comparator<Integer> order) {
		return Comparator.comparing(figure, order);
	}

	private static Comparator<Integer> descendingNullsLast() {
		return Comparator.nullsLast(Comparator.<Integer>reverseOrder());
	}

	/** An intervention with what it is ranked by: its {@link Rating#of default rating} among its rating evidence. */
	record Candidate(Intervention intervention, List<Evidence> ratings, Rating rating, int evidenceCount) {

		Candidate(Intervention intervention, List<Evidence> ratings, int evidenceCount) {
			this(intervention, ratings, Rating.of(ratings, null), evidenceCount);
		}

		Integer impactMonths() {
			return (this.rating != null) ? this.rating.impactMonths() : null;
		}

		Integer evidenceStrength() {
			return (this.rating != null) ? this.rating.evidenceStrength() : null;
		}

		Integer costRating() {
			return (this.rating != null) ? this.rating.costRating() : null;
		}

	}

}
