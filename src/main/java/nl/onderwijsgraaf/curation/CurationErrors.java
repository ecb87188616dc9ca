package nl.onderwijsgraaf.curation;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import nl.onderwijsgraaf.api.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Reports invalid mutation input field by field; ordered before the API's general error mapper, which reports
 * anything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CurationErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof InvalidFieldsException invalid)) {
			return null;
		}
		return invalid.problems()
			.stream()
			.map((problem) -> GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message("input." + problem.text())
				.extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "argument", "input", "field", problem.field()))
				.build())
			.toList();
	}

}
