package nl.onderwijsgraaf.curation;

import java.util.List;

import nl.onderwijsgraaf.api.InvalidInputException;

/**
 * Mutation input that breaks the graph's rules, with every offending field: each becomes its own GraphQL error with
 * {@code extensions.code = BAD_USER_INPUT} and {@code extensions.field}, the path inside the input.
 */
class InvalidFieldsException extends InvalidInputException {

	/** One offending field: its path inside the input (names and list indexes) and what is wrong with it. */
	record Problem(List<Object> field, String message) {

		String text() {
			return String.join(".", field.stream().map(String::valueOf).toList()) + ": " + message;
		}

	}

	private final List<Problem> problems;

	InvalidFieldsException(List<Problem> problems) {
		super("input", String.join("; ", problems.stream().map(Problem::text).toList()));
		this.problems = List.copyOf(problems);
	}

	static InvalidFieldsException of(String message, Object... field) {
		return new InvalidFieldsException(List.of(new Problem(List.of(field), message)));
	}

	List<Problem> problems() {
		return this.problems;
	}

}
