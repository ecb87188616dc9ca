package nl.onderwijsgraaf.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The service serves the web app at {@code /}, whole and self-contained, without needing a browser to check it. */
@ServiceTest
class WebAppServingTest {

	private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s+'(\\./[^']+|\\.\\./[^']+)'");

	private static final Path STATIC = Path.of("src/main/resources/static");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void rootServesTheDutchAppShell() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html lang=\"nl\">", "<script type=\"module\" src=\"js/main.js\">",
				"<main id=\"inhoud\"");
	}

	@Test
	void everyModuleTheAppImportsIsServedAsJavaScript() throws Exception {
		Deque<String> pending = new ArrayDeque<>(List.of("/js/main.js"));
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			String path = pending.pop();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> module = get(path);
			assertThat(module.statusCode()).as(path).isEqualTo(200);
			assertThat(module.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
			Matcher imports = IMPORT.matcher(module.body());
			while (imports.find()) {
				pending.push(URI.create("http://x" + path).resolve(imports.group(1)).getPath());
			}
		}
		assertThat(seen).contains("/js/pages/stakeholder.js", "/js/graph.js", "/js/api.js");
	}

	@Test
	void theAppLoadsNothingFromOutsideTheService() throws IOException {
		// No internet at run time: no file of the app may name another host.
		try (Stream<Path> files = Files.walk(STATIC)) {
			List<String> external = files.filter(Files::isRegularFile).flatMap((file) -> {
				try {
					return Files.readAllLines(file).stream().filter((line) -> line.matches(".*(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}.*"))
						.filter((line) -> !line.contains("www.w3.org/2000/svg")).map((line) -> file + ": " + line.trim());
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(external).isEmpty();
		}
	}

}
