package nl.onderwijsgraaf.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.UnknownOperationException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The one place that gives every error in a response a stable {@code extensions.code}, so that clients branch on
 * codes, not messages. Errors that carry a code keep it; the engine's own errors get one by this rule:
 * <ul>
 * <li>a value the client gave does not fit its argument or variable (a wrong literal type, an input field the
 * input does not have, a wrong enum value, a variable that does not coerce): {@code BAD_USER_INPUT}, with
 * {@code extensions.argument} where the message names the argument — the same code as the service's own input
 * errors, so that clients handle every mistake in their values one way;</li>
 * <li>any other validation error (an unknown field, a missing argument, an unknown or ambiguous operation): the
 * document itself is wrong, {@code GRAPHQL_VALIDATION_FAILED};</li>
 * <li>a syntax error {@code GRAPHQL_PARSE_FAILED}; bad-faith introspection {@code QUERY_TOO_COMPLEX}; the Spring
 * classifications their codes; anything else {@code INTERNAL_ERROR}.</li>
 * </ul>
 * The message of an internal error, and any message that would show implementation detail (Java class names,
 * packages, exceptions), is replaced by a plain one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodes implements WebGraphQlInterceptor {

	private static final Pattern IMPLEMENTATION_DETAIL = Pattern
		.compile("java\\.|javax\\.|jakarta\\.|org\\.neo4j|org\\.apache|org\\.springframework|nl\\.onderwijsgraaf"
				+ "|Exception\\b|\\tat |Neo\\.(Client|Transient|Database)Error");

	/** Validation errors about a literal argument value rather than the shape of the document. */
	private static final Set<ValidationErrorType> VALUE_ERRORS = Set.of(ValidationErrorType.WrongType,
			ValidationErrorType.NullValueForNonNullArgument);

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	private static final Pattern ENUM_VALUE = Pattern.compile("'?EnumValue\\{name='([^']*)'}'?");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.isEmpty()) {
				return response;
			}
			List<GraphQLError> coded = errors.stream().map(ErrorCodes::coded).toList();
			return response.transform((builder) -> builder.errors(coded));
		});
	}

	private static GraphQLError coded(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() != null) ? error.getExtensions() : Map.of();
		String code = (extensions.get("code") instanceof String given) ? given : codeOf(error).name();
		boolean plain = code.equals(ErrorCode.INTERNAL_ERROR.name()) || error.getMessage() == null
				|| IMPLEMENTATION_DETAIL.matcher(error.getMessage()).find();
		// Why: graphql-java prints an enum literal as its internal object ("'EnumValue{name='FOO'}'"); show 'FOO'.
		String message = plain ? plainMessage(code) : ENUM_VALUE.matcher(error.getMessage()).replaceAll("'$1'");
		if (code.equals(extensions.get("code")) && message.equals(error.getMessage())) {
			return error;
		}
		Map<String, Object> codedExtensions = new LinkedHashMap<>(extensions);
		codedExtensions.put("code", code);
		Matcher argument = ARGUMENT.matcher(String.valueOf(error.getMessage()));
		if (code.equals(ErrorCode.BAD_USER_INPUT.name()) && !extensions.containsKey("argument") && argument.find()) {
			codedExtensions.put("argument", argument.group(1));
		}
		return GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(codedExtensions)
			.build();
	}

	private static ErrorCode codeOf(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		if (type == graphql.ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (error instanceof ValidationError validation && VALUE_ERRORS.contains(validation.getValidationErrorType())) {
			return ErrorCode.BAD_USER_INPUT;
		}
		if (error instanceof ValidationError || error instanceof UnknownOperationException
				|| type == graphql.ErrorType.OperationNotSupported) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (type == graphql.ErrorType.ValidationError) {
			return ErrorCode.BAD_USER_INPUT; // variable values that do not coerce to their declared types
		}
		if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
			return ErrorCode.QUERY_TOO_COMPLEX;
		}
		if (type == ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		if (type == ErrorType.UNAUTHORIZED) {
			return ErrorCode.UNAUTHENTICATED;
		}
		if (type == ErrorType.FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		if (type == ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		return ErrorCode.INTERNAL_ERROR;
	}

	private static String plainMessage(String code) {
		if (code.equals(ErrorCode.INTERNAL_ERROR.name())) {
			return "Internal error while fetching this field";
		}
		if (code.equals(ErrorCode.GRAPHQL_PARSE_FAILED.name())) {
			return "The document is not valid GraphQL syntax";
		}
		return "The request could not be handled (" + code + ")";
	}

}
