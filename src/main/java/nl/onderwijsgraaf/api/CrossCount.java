package nl.onderwijsgraaf.api;

/** A cell of a two-way count: how many nodes have the row value and the column value. */
public record CrossCount(String row, String column, int count) {
}
