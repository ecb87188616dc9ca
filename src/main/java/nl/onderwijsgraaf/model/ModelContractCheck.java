package nl.onderwijsgraaf.model;

import java.util.List;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/** Refuses to start a service whose SDL, model and records disagree, naming each disagreement. */
@Component
class ModelContractCheck {

	ModelContractCheck(GraphQlSource graphQlSource) {
		List<String> mismatches = ModelContract.mismatches(GraphModel.graph(), graphQlSource.schema());
		if (!mismatches.isEmpty()) {
			throw new IllegalStateException("The SDL (schema/graphql), the model (nl.onderwijsgraaf.model.GraphModel)"
					+ " and the node records disagree:\n  " + String.join("\n  ", mismatches));
		}
	}

}
