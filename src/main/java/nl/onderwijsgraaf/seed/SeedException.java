package nl.onderwijsgraaf.seed;

import java.util.List;

/**
 * A seed that cannot be loaded. The message names, for every problem found, the file, the entry id and the field,
 * so that a curator can fix the data; nothing was written to the graph.
 */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	SeedException(List<String> problems) {
		super("The seed was not loaded (the graph is unchanged): " + problems.size() + " problem(s):\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	SeedException(String problem, Throwable cause) {
		super("The seed was not loaded (the graph is unchanged): " + problem, cause);
		this.problems = List.of(problem);
	}

	/** Each problem as one line: {@code file: kind[id].field: what is wrong}. */
	public List<String> problems() {
		return this.problems;
	}

}
