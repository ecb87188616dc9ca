package nl.onderwijsgraaf.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL works without internet: its page loads every script and style from this service, and each is served. */
@ServiceTest
class GraphiQlOfflineTest {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	private static final Pattern FOREIGN = Pattern.compile("(?:https?:)?//[a-zA-Z0-9.-]+\\.[a-z]{2,}/");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void thePageLoadsEveryAssetFromThisServiceAndEachIsServed() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page.body());
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).hasSizeGreaterThanOrEqualTo(5).allMatch((asset) -> asset.startsWith("/") && !asset.startsWith("//"));
		for (String asset : assets) {
			HttpResponse<String> served = get(asset);
			assertThat(served.statusCode()).as(asset).isEqualTo(200);
			if (asset.equals("/graphiql/start.js")) {
				assertThat(FOREIGN.matcher(served.body()).find()).as("a foreign address in " + asset).isFalse();
			}
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
