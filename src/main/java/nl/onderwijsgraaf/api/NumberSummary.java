package nl.onderwijsgraaf.api;

/** Minimum, maximum, mean and sum of a number over the nodes that have it; all null when none has it. */
public record NumberSummary(String unit, int count, Double min, Double max, Double avg, Double sum) {
}
