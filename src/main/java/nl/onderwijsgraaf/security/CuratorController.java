package nl.onderwijsgraaf.security;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code whoami}: lets a curation tool check its token before it changes anything. */
@Controller
class CuratorController {

	@MutationMapping
	String whoami(@ContextValue(name = OperationGuard.CURATOR) String curator) {
		return curator;
	}

}
