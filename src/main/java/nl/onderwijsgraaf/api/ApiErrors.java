package nl.onderwijsgraaf.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * One error mapper for every feature: a client's mistake becomes {@code BAD_USER_INPUT} with the argument it
 * concerns, logged in one line; anything else becomes {@code INTERNAL_ERROR} with no detail (no class names, no
 * Cypher), logged here with its stack trace.
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			// One line: a refusal is expected, and a stack trace per bad argument would flood the log.
			log.info("Refused {}: {}", env.getExecutionStepInfo().getPath(), invalid.getMessage());
			return invalid.toError(env);
		}
		if (ex instanceof NotAllowedException refused) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(refused.authenticated() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED)
				.message(refused.getMessage())
				.extensions(Map.of("code", refused.code().name()))
				.build();
		}
		if (ex instanceof NotReadyException notReady) {
			log.info("Not ready for {}: {}", env.getExecutionStepInfo().getPath(), notReady.code());
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorClassification.errorClassification(ErrorCode.UNAVAILABLE.name()))
				.message(notReady.getMessage())
				.extensions(Map.of("code", notReady.code().name(), "retryAfterSeconds", notReady.retryAfterSeconds()))
				.build();
		}
		log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error while fetching this field")
			.extensions(Map.of("code", ErrorCode.INTERNAL_ERROR.name()))
			.build();
	}

}
