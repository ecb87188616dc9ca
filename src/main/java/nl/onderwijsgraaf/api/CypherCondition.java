package nl.onderwijsgraaf.api;

import java.util.Map;

/** A Cypher boolean expression over the variable {@code n} and the parameters it refers to. */
public record CypherCondition(String text, Map<String, Object> parameters) {

}
