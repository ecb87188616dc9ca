package nl.onderwijsgraaf.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives the errors graphql-java's validation reports (an unknown field in {@code where}, a wrong enum value) the
 * same {@code extensions.code = BAD_USER_INPUT} as the service's own input errors, with the argument path where the
 * message names one, so that clients handle every mistake of theirs one way.
 */
@Component
class ValidationErrors implements WebGraphQlInterceptor {

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> response.getErrors().stream().noneMatch(ValidationErrors::isValidation)
				? response : response.transform((builder) -> builder.errors(response.getErrors().stream().map(ValidationErrors::coded).toList())));
	}

	private static boolean isValidation(ResponseError error) {
		return error.getErrorType() == ErrorType.ValidationError;
	}

	private static GraphQLError coded(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		if (isValidation(error)) {
			extensions.put("code", "BAD_USER_INPUT");
			Matcher argument = ARGUMENT.matcher(String.valueOf(error.getMessage()));
			if (argument.find()) {
				extensions.put("argument", argument.group(1));
			}
		}
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath().isEmpty() ? null : List.copyOf(error.getParsedPath()))
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

}
