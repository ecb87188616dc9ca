package nl.onderwijsgraaf.api;

/**
 * Input a client can correct: reported as a GraphQL error with code {@code BAD_USER_INPUT} (or a more specific code)
 * and the argument.
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	private final ErrorCode code;

	public InvalidInputException(String argument, String message) {
		this(ErrorCode.BAD_USER_INPUT, argument, message);
	}

	public InvalidInputException(ErrorCode code, String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	public String argument() {
		return this.argument;
	}

}
