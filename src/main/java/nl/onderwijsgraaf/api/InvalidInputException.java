package nl.onderwijsgraaf.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.ErrorType;

/**
 * Input a client can correct: reported as a GraphQL error with code {@code BAD_USER_INPUT} (or a more specific code)
 * and the argument.
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	private final ErrorCode code;

	private final String reason;

	public InvalidInputException(String argument, String message) {
		this(ErrorCode.BAD_USER_INPUT, argument, message);
	}

	public InvalidInputException(ErrorCode code, String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
		this.code = code;
		this.reason = message;
	}

	/**
	 * The same refusal of an argument of the nested field {@code field} (e.g. {@code interventions.first}), for
	 * arguments read while the field's parent is: the error then names the field they belong to.
	 */
	public InvalidInputException of(String field) {
		return new InvalidInputException(this.code, field + "." + this.argument, this.reason);
	}

	public ErrorCode code() {
		return this.code;
	}

	public String argument() {
		return this.argument;
	}

	/**
	 * This refusal as the GraphQL error of the field {@code env} fetches: thrown, {@link ApiErrors} reports it so; a
	 * field that still has an answer to give (an empty one) returns it with this error beside it.
	 */
	public GraphQLError toError(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType((this.code == ErrorCode.NOT_FOUND) ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST)
			.message(getMessage())
			.extensions(Map.of("code", this.code.name(), "argument", this.argument))
			.build();
	}

}
