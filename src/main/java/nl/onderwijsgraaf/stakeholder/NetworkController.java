package nl.onderwijsgraaf.stakeholder;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.NodeKeys;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The programme manager's view: who works with whom, through which interventions and programmes. See
 * {@code schema/graphql/network.graphqls} for what each query follows and its limits.
 */
@Controller
class NetworkController {

	/** Most nodes one network returns; the walk stops there and says so in {@code truncated}. */
	static final int MAX_NODES = 500;

	static final int MAX_DEPTH = 3;

	static final int MAX_CO_INVOLVED = 100;

	private final NetworkRepository repository;

	NetworkController(NetworkRepository repository) {
		this.repository = repository;
	}

	@QueryMapping
	DataFetcherResult<StakeholderNetwork> stakeholderNetwork(@Argument String id, @Argument Integer depth,
			@Argument List<String> roles, @Argument List<String> kinds, DataFetchingEnvironment env) {
		int hops = (depth != null) ? depth : 1;
		if (hops < 1 || hops > MAX_DEPTH) {
			throw new InvalidInputException("depth", "must be between 1 and " + MAX_DEPTH + ", was " + hops);
		}
		String key = NodeKeys.keyOf("id", id, Stakeholder.class);
		StakeholderNetwork network = (key != null)
				? this.repository.network(key, hops, orNull(roles), orNull(kinds), MAX_NODES) : StakeholderNetwork.EMPTY;
		DataFetcherResult.Builder<StakeholderNetwork> result = DataFetcherResult.<StakeholderNetwork>newResult()
			.data(network);
		if (network.center() == null) {
			// Why the empty network as well as the error: the field is non-null, and an error alone would take the
			// other fields of the response with it; clients that read the empty network keep working.
			result.error(unknown("id").toError(env));
		}
		return result.build();
	}

	@QueryMapping
	StakeholderPath stakeholderPath(@Argument String from, @Argument String to) {
		String fromKey = NodeKeys.keyOf("from", from, Stakeholder.class);
		String toKey = NodeKeys.keyOf("to", to, Stakeholder.class);
		StakeholderPath path = (fromKey != null && toKey != null) ? this.repository.path(fromKey, toKey) : null;
		if (path == null) {
			// Why only now: telling "unknown" from "not connected" costs a query, needed only when there is no path.
			List<String> known = this.repository.known(Stream.of(fromKey, toKey)
				.filter(Objects::nonNull).toList());
			requireKnown("from", fromKey, known);
			requireKnown("to", toKey, known);
		}
		return path;
	}

	private static void requireKnown(String argument, String key, List<String> known) {
		if (key == null || !known.contains(key)) {
			throw unknown(argument);
		}
	}

	private static InvalidInputException unknown(String argument) {
		return new InvalidInputException(ErrorCode.NOT_FOUND, argument, "no stakeholder has that id or key");
	}

	@QueryMapping
	List<CoInvolvement> coInvolvedStakeholders(@Argument String id, @Argument Integer first) {
		int size = (first != null) ? first : 10;
		if (size < 1 || size > MAX_CO_INVOLVED) {
			throw new InvalidInputException("first", "must be between 1 and " + MAX_CO_INVOLVED + ", was " + size);
		}
		String key = NodeKeys.keyOf("id", id, Stakeholder.class);
		return (key != null) ? this.repository.coInvolved(key, size) : List.of();
	}

	private static List<String> orNull(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

}
