package nl.onderwijsgraaf.api;

/** Input a client can correct: reported as a GraphQL error with code {@code BAD_USER_INPUT} and the argument. */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	public InvalidInputException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
