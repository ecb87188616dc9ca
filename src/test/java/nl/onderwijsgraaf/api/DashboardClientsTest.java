package nl.onderwijsgraaf.api;

import java.nio.file.Path;
import java.util.List;

import nl.onderwijsgraaf.NodeScripts;
import nl.onderwijsgraaf.curation.CuratedServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API with the clients a dashboard uses: runs {@code src/test/dashboard/dashboard.spec.mjs} (fetch, and the
 * graphql-ws client over WebSocket) against the running service after {@code npm ci} from the committed lock file:
 * GET with ETag and 304, gzip, CORS preflights from the allowed and a foreign origin, automatic persisted queries,
 * and a subscription that receives a curator's change. Skipped, saying why, only where Node.js is not installed.
 */
@CuratedServiceTest
class DashboardClientsTest {

	private static final Path CLIENTS = Path.of("src/test/dashboard");

	@LocalServerPort
	int port;

	@Test
	void dashboardClientsGetWhatTheyExpect() throws Exception {
		NodeScripts.assumeNodeAndNpm();
		assertThat(NodeScripts.installPinned(CLIENTS)).as("npm ci").isZero();
		int exit = NodeScripts.run(CLIENTS, List.of("node", "dashboard.spec.mjs", "http://127.0.0.1:" + this.port, "test-curator-token",
				CuratedServiceTest.ALLOWED_ORIGIN), 5);
		assertThat(exit).as("client scenarios (see the ok / not ok lines above)").isZero();
	}

}
