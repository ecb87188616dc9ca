package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.WhereGrammar;
import nl.onderwijsgraaf.graph.EmbeddedNeo4j;
import nl.onderwijsgraaf.graph.TestNeo4j;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile requests over HTTP against the running service: the documents in {@code security/hostile-queries.tsv},
 * plus generated ones — injection strings in every string argument of every query field (found by walking the
 * schema), huge strings and lists, deep nesting, alias and fragment bombs, batches, broken bodies, malformed and
 * foreign global ids, bad tokens. Each must get its specific error code (or, where the input is harmless text, a
 * normal answer) and show no internals; the graph's counts are checked after every request, its full fingerprint
 * after every mutation attempt and after the whole suite.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

	/** Cypher, Lucene and other injection attempts; none is a key (a lower-case slug) or a global id. */
	static final List<String> INJECTIONS = List.of("' }) MATCH (n) DETACH DELETE n //",
			"\"}) DETACH DELETE n RETURN 1 //", "x' OR 1=1 WITH 1 AS x CALL db.clearQueryCaches() //",
			"CALL dbms.security.createUser('x', 'y', false)", "*:*", "title:[a TO z] OR name:*", "a~ AND b^10 OR \"x\"~5",
			"(((((((((", "\\\\\\\" \\u0000", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "../../../../etc/passwd",
			"{{7*7}} $where: 1", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");

	/** Inputs nested at most this deep are searched for string fields. */
	private static final int INPUT_DEPTH = 2;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	LimitsProperties limits;

	@Autowired
	EmbeddedNeo4j engine;

	@TestFactory
	Stream<DynamicTest> everyHostileRequestGetsItsCodeAndLeavesTheGraphUnchanged() throws IOException {
		List<HostileCase> cases = new ArrayList<>(documentsFromResource());
		cases.addAll(injectionsInEveryStringArgument());
		cases.addAll(hugeInputs());
		cases.addAll(bombs());
		cases.addAll(bodies());
		cases.addAll(globalIds());
		cases.addAll(tokens());
		assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
		GraphQlHttp http = new GraphQlHttp(this.port);
		String before = TestNeo4j.fingerprint(this.driver);
		String summaryBefore = summary();
		Stream<DynamicTest> requests = cases.stream().map((hostile) -> DynamicTest.dynamicTest(hostile.name(), () -> {
			GraphQlHttp.Answer answer = http.post(hostile.body(), hostile.authorization()).assertWellFormed(hostile.sent());
			if (hostile.expected().equals("OK")) {
				assertThat(answer.codes()).as(answer.body()).isEmpty();
			}
			else {
				assertThat(answer.codes()).as(answer.body()).isNotEmpty().first().isEqualTo(hostile.expected());
			}
			if (hostile.body().contains("mutation")) {
				assertThat(TestNeo4j.fingerprint(this.driver)).as("graph after %s", hostile.name()).isEqualTo(before);
			}
			else {
				assertThat(summary()).as("graph after %s", hostile.name()).isEqualTo(summaryBefore);
			}
		}));
		return Stream.concat(requests, Stream.of(DynamicTest.dynamicTest("the whole graph is unchanged",
				() -> assertThat(TestNeo4j.fingerprint(this.driver)).isEqualTo(before))));
	}

	/**
	 * A fragment bomb is refused before any limit's check multiplies it out: well within the operation timeout (the
	 * measure's linear walk is proved in {@link OperationLimitsTest}; a bound in milliseconds would fail on a loaded
	 * machine). Each further fragment doubles what an expanding check would do: 60 would take years.
	 */
	@Test
	void aSixtyFragmentBombIsRefusedBeforeTheTimeout() {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port).postWithin(this.limits.timeout(),
				GraphQlHttp.JSON.writeValueAsString(
						Map.of("query", OperationLimitsTest.fragmentBomb(60, "Query", "{ $ }", "__typename"))),
				null);
		assertThat(answer.codes()).containsExactly("TOO_MANY_ROOT_FIELDS");
	}

	/**
	 * Requests a GraphQL client would not send — other methods, odd headers — get a 4xx with a code, and are logged
	 * in one line at most, never with a stack trace.
	 */
	@TestFactory
	Stream<DynamicTest> oddMethodsAndHeadersAreRefusedWithACode(CapturedOutput output) {
		String query = "{\"query\":\"{ __typename }\"}";
		String sixtyTypes = String.join(", ",
				java.util.stream.IntStream.range(0, 60).mapToObj((i) -> "application/x-t" + i).toList());
		List<Object[]> cases = List.of(new Object[] { "PUT", null, null, 405, "METHOD_NOT_ALLOWED" },
				new Object[] { "DELETE", null, null, 405, "METHOD_NOT_ALLOWED" },
				new Object[] { "PATCH", null, null, 405, "METHOD_NOT_ALLOWED" },
				new Object[] { "HEAD", null, null, 405, null },
				new Object[] { "POST", "application/json", sixtyTypes, 406, "NOT_ACCEPTABLE" },
				new Object[] { "POST", "application/json", sixtyTypes + ", application/json", 406, "NOT_ACCEPTABLE" },
				new Object[] { "POST", "application/json", ";;;", 406, "NOT_ACCEPTABLE" },
				new Object[] { "POST", "application/json", "text/html", 406, "NOT_ACCEPTABLE" },
				new Object[] { "POST", "text/plain", null, 415, "UNSUPPORTED_MEDIA_TYPE" },
				new Object[] { "POST", "application/x-www-form-urlencoded", null, 415, "UNSUPPORTED_MEDIA_TYPE" },
				new Object[] { "POST", ";;;", null, 415, "UNSUPPORTED_MEDIA_TYPE" });
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		Stream<DynamicTest> requests = cases.stream()
			.map((c) -> DynamicTest.dynamicTest(c[0] + " Content-Type " + c[1] + " Accept " + abbreviated(String.valueOf(c[2])), () -> {
				java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
					.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.method((String) c[0], c[0].equals("HEAD") ? java.net.http.HttpRequest.BodyPublishers.noBody()
							: java.net.http.HttpRequest.BodyPublishers.ofString(query));
				if (c[1] != null) {
					request.header("Content-Type", (String) c[1]);
				}
				if (c[2] != null) {
					request.header("Accept", (String) c[2]);
				}
				var response = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(response.body()).isEqualTo(c[3]);
				if (c[4] != null) {
					assertThat(new GraphQlHttp.Answer(response.statusCode(), response.headers().map(), response.body())
						.assertWellFormed(null)
						.codes()).containsExactly((String) c[4]);
				}
			}));
		return Stream.concat(requests, Stream.of(DynamicTest.dynamicTest("no stack trace was logged",
				() -> assertThat(output.getAll()).doesNotContain("\tat org.springframework"))));
	}

	/**
	 * Clients that send headers and then a body that never comes each hold a server thread while it is read: one
	 * client gets at most {@code max-in-flight} of them (the others 429 at once), each is cut off with 408 once
	 * Tomcat's read timeout passes, and meanwhile another client's query is answered. The slow client talks from
	 * 127.0.0.2, so that it is another client than the test's own requests.
	 */
	@Test
	void slowBodiesAreCutOffAndStarveNoOtherClient() throws IOException {
		int slow = this.limits.maxInFlight() + 4;
		List<Socket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < slow; i++) {
				sockets.add(slowClient("{\"query\":"));
			}
			GraphQlHttp.Answer other = new GraphQlHttp(this.port).postWithin(this.limits.bodyReadTimeout(),
					"{\"query\":\"{ problems(first: 1) { totalCount } }\"}", null);
			assertThat(other.codes()).as(other.body()).isEmpty();
			Map<Integer, Integer> statuses = new java.util.TreeMap<>();
			for (Socket socket : sockets) {
				statuses.merge(statusOf(socket), 1, Integer::sum);
			}
			assertThat(statuses).isEqualTo(Map.of(408, this.limits.maxInFlight(), 429, 4));
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	/** A body that trickles in, a byte a second, is cut off once the body read timeout has passed. */
	@Test
	void aTricklingBodyIsCutOffAtTheBodyReadTimeout() throws IOException {
		try (Socket socket = slowClient("{")) {
			long started = System.nanoTime();
			int sent = 0;
			// Why a bound: without the body read timeout this would trickle for 5,000 s
			while (socket.getInputStream().available() == 0 && sent < 4_000
					&& System.nanoTime() - started < this.limits.bodyReadTimeout().multipliedBy(6).toNanos()) {
				socket.getOutputStream().write(' ');
				socket.getOutputStream().flush();
				sent++;
				sleep(Duration.ofSeconds(1));
			}
			assertThat(statusOf(socket)).isEqualTo(408);
		}
	}

	/** A socket from 127.0.0.2 that sent a POST's headers announcing 5,000 bytes, and the start of the body. */
	private Socket slowClient(String bodyStart) throws IOException {
		Socket socket = new Socket();
		socket.bind(new InetSocketAddress("127.0.0.2", 0));
		socket.connect(new InetSocketAddress("127.0.0.1", this.port));
		socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 5000\r\n\r\n" + bodyStart).getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	/** The status of the answer on the socket, waiting at most a minute (a loaded machine) for its first line. */
	private static int statusOf(Socket socket) throws IOException {
		socket.setSoTimeout(60_000);
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = socket.getInputStream().read()) != -1 && c != '\n') {
			line.append((char) c);
		}
		return Integer.parseInt(line.toString().split(" ")[1]);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Bolt asks for the password even on loopback, and wrong ones lock nobody out (the service keeps connecting). */
	@Test
	void theBoltPortRefusesADriverWithoutThePassword() {
		for (AuthToken token : List.of(AuthTokens.none(), AuthTokens.basic(EmbeddedNeo4j.USER, "neo4j"),
				AuthTokens.basic(EmbeddedNeo4j.USER, "wrong"), AuthTokens.basic(EmbeddedNeo4j.USER, "wrong-again"))) {
			try (Driver stranger = GraphDatabase.driver(this.engine.boltUri(), token)) {
				assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(SecurityException.class);
			}
		}
		try (Driver fresh = GraphDatabase.driver(this.engine.boltUri(), this.engine.authToken())) {
			fresh.verifyConnectivity();
		}
	}

	/** An operator opens Bolt with the password in the data dir, a file only its owner may read. */
	@Test
	void theBoltPasswordIsKeptInTheDataDirForItsOwnerOnly() throws IOException {
		Path file = this.engine.home().resolve(EmbeddedNeo4j.PASSWORD_FILE);
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		try (Driver operator = GraphDatabase.driver(this.engine.boltUri(),
				AuthTokens.basic(EmbeddedNeo4j.USER, Files.readString(file).strip()))) {
			operator.verifyConnectivity();
		}
	}

	@Test
	void loadCsvCannotReadLocalFiles() {
		try (var session = this.driver.session()) {
			assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line").consume())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("allow_csv_import_from_file_urls");
		}
	}

	/**
	 * Counts of nodes, relationships and their properties: quick enough to take after every request (the full
	 * fingerprint is taken after every mutation attempt and after the whole suite).
	 */
	private String summary() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProperties "
					+ "OPTIONAL MATCH ()-[r]->() RETURN nodes, nodeProperties, count(r) AS relationships, "
					+ "sum(size(keys(r))) AS relationshipProperties")
				.single()
				.asMap()
				.toString();
		}
	}

	private List<HostileCase> documentsFromResource() throws IOException {
		List<HostileCase> cases = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/security/hostile-queries.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\t", 2);
					cases.add(HostileCase.query(parts[0], parts[1]));
				}
			}
		}
		return cases;
	}

	/**
	 * Every injection string in every String or ID argument, and in every String input field at most
	 * {@link #INPUT_DEPTH} inputs down (so {@code where.key.contains}, but not the endless {@code where.AND[].AND[]…}
	 * of the recursive {@code where} inputs), as a variable so the string reaches the resolver unchanged. Ids,
	 * cursors, codes and enum fields are checked and refused; keys that match nothing give null or an empty result;
	 * search text and filter text are only text. A path one input down gets every injection; a deeper one takes
	 * its turn with the other deep paths of its argument, so every injection and every deep path is sent once.
	 */
	private List<HostileCase> injectionsInEveryStringArgument() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<HostileCase> cases = new ArrayList<>();
		for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
			for (GraphQLArgument argument : field.getArguments()) {
				List<StringPath> deep = new ArrayList<>();
				for (StringPath path : stringPaths(schema, argument.getName(), argument.getType(), null, 0)) {
					if (path.depth() > 1) {
						deep.add(path);
						continue;
					}
					for (String injection : INJECTIONS) {
						cases.add(injection(field, argument, path, injection));
					}
				}
				for (int i = 0; !deep.isEmpty() && i < Math.max(deep.size(), INJECTIONS.size()); i++) {
					cases.add(injection(field, argument, deep.get(i % deep.size()), INJECTIONS.get(i % INJECTIONS.size())));
				}
			}
		}
		return cases;
	}

	/**
	 * A String or ID value inside an argument: its dotted path, how many inputs down it is, how to wrap a text into
	 * the argument's value, and whether the service refuses any text there that is not a known value.
	 */
	record StringPath(String path, int depth, UnaryOperator<Object> wrap, boolean refused) {

	}

	/** The string paths in a value of {@code type}; {@code owner} is the input the value is a field of, if any. */
	private static List<StringPath> stringPaths(GraphQLSchema schema, String name, GraphQLInputType type,
			GraphQLInputObjectType owner, int depth) {
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
		UnaryOperator<Object> listed = (value) -> list ? List.of(value) : value;
		var unwrapped = GraphQLTypeUtil.unwrapAll(type);
		if (unwrapped instanceof GraphQLScalarType scalar
				&& (scalar.getName().equals("String") || scalar.getName().equals("ID"))) {
			return List.of(new StringPath(name, depth, listed, scalar.getName().equals("ID")));
		}
		List<StringPath> paths = new ArrayList<>();
		if (unwrapped instanceof GraphQLInputObjectType input && depth < INPUT_DEPTH) {
			boolean enumFilter = filtersAnEnum(schema, owner, name);
			for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
				for (StringPath path : stringPaths(schema, inner.getName(), inner.getType(), input, depth + 1)) {
					paths.add(new StringPath(name + "." + path.path(), path.depth(),
							(value) -> listed.apply(Map.of(inner.getName(), path.wrap().apply(value))),
							path.refused() || enumFilter));
				}
			}
		}
		return paths;
	}

	/** Whether {@code field} of a {@code <Type>Where} input filters an enum field of {@code <Type>}. */
	private static boolean filtersAnEnum(GraphQLSchema schema, GraphQLInputObjectType owner, String field) {
		if (owner == null || !owner.getName().endsWith("Where")) {
			return false;
		}
		String objectName = owner.getName().substring(0, owner.getName().length() - "Where".length());
		return schema.getType(objectName) instanceof GraphQLObjectType object && object.getFieldDefinition(field) != null
				&& GraphQLTypeUtil.unwrapAll(object.getFieldDefinition(field).getType()) instanceof GraphQLEnumType;
	}

	private HostileCase injection(GraphQLFieldDefinition field, GraphQLArgument argument, StringPath path, String text) {
		String type = GraphQLTypeUtil.simplePrint(argument.getType());
		StringBuilder arguments = new StringBuilder(argument.getName() + ": $v");
		for (GraphQLArgument required : field.getArguments()) {
			if (required != argument && GraphQLTypeUtil.isNonNull(required.getType())) {
				arguments.append(", ").append(required.getName()).append(": \"")
					.append(required.getName().equals("codes") ? "fi"
							// a network or path of a key that names no stakeholder is NOT_FOUND
							: field.getName().startsWith("stakeholder") ? "ministerie-ocw" : "leervertraging")
					.append('"');
			}
		}
		String query = "query($v: " + type + ") { " + field.getName() + "(" + arguments + ") " + selection(field) + " }";
		// the audit log is for curators: an anonymous request is refused before any argument is read
		String expected = field.getName().equals("auditLog") ? "UNAUTHENTICATED" : expectedFor(field, path);
		return new HostileCase(field.getName() + "(" + path.path() + ": " + text + ")", expected,
				GraphQlHttp.JSON.writeValueAsString(
						Map.of("query", query, "variables", Map.of("v", path.wrap().apply(text)))),
				null, text);
	}

	/**
	 * What an injection string gets: refused where the value has a grammar (ids and key-or-id arguments, cursors,
	 * doelgebied and country codes, enum fields, search's filters on a closed vocabulary); else it is harmless text (a
	 * key that matches nothing, search words).
	 */
	private static String expectedFor(GraphQLFieldDefinition field, StringPath path) {
		boolean vocabulary = field.getName().equals("search")
				&& List.of("where.sector", "where.targetGroup", "where.status", "where.source").contains(path.path());
		return (vocabulary || path.refused() || List.of("after", "before", "codes", "where.doelgebied").contains(path.path()))
				? "BAD_USER_INPUT" : "OK";
	}

	private static String selection(GraphQLFieldDefinition field) {
		var type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(type instanceof graphql.schema.GraphQLFieldsContainer container)) {
			return "";
		}
		if (container.getFieldDefinition("totalCount") != null) {
			return "{ totalCount }";
		}
		if (container.getFieldDefinition("id") != null) {
			return "{ id }";
		}
		// a field that is computed, so that the arguments are used (a dashboard's total)
		return container.getFieldDefinitions()
			.stream()
			.filter((inner) -> inner.getArguments().isEmpty()
					&& GraphQLTypeUtil.unwrapAll(inner.getType()) instanceof GraphQLScalarType)
			.findFirst()
			.map((inner) -> "{ " + inner.getName() + " }")
			.orElse("{ __typename }");
	}

	private List<HostileCase> hugeInputs() {
		String tenThousand = "leraar ".repeat(1_500);
		List<String> manyKinds = java.util.Collections.nCopies(2_000, "PROBLEM");
		List<String> tooManyKinds = java.util.Collections.nCopies(20_000, "PROBLEM");
		return List.of(
				HostileCase.variables("huge search query", "BAD_USER_INPUT",
						"query($q: String!) { search(query: $q) { totalCount } }", Map.of("q", tenThousand)),
				HostileCase.variables("huge suggest prefix", "BAD_USER_INPUT",
						"query($q: String!) { suggest(prefix: $q) { text } }", Map.of("q", tenThousand)),
				HostileCase.variables("huge key", "OK", "query($k: String) { problem(key: $k) { key } }",
						Map.of("k", tenThousand)),
				HostileCase.variables("huge id", "BAD_USER_INPUT", "query($k: ID!) { node(id: $k) { id } }",
						Map.of("k", tenThousand)),
				HostileCase.variables("huge cursor", "BAD_USER_INPUT",
						"query($k: String) { problems(after: $k) { totalCount } }", Map.of("k", tenThousand)),
				HostileCase.variables("long list of kinds", "OK",
						"query($k: [SearchKind!]) { search(query: \"leraar\", kinds: $k) { totalCount } }",
						Map.of("k", manyKinds)),
				HostileCase.variables("list of kinds beyond the body size", "PAYLOAD_TOO_LARGE",
						"query($k: [SearchKind!]) { search(query: \"leraar\", kinds: $k) { totalCount } }",
						Map.of("k", tooManyKinds)),
				HostileCase.variables("long list of sectors", "OK",
						"query($s: [String!]) { interventionsForProblem(problem: \"leervertraging\", where: { sector: $s }) { totalCount } }",
						Map.of("s", java.util.Collections.nCopies(2_000, "po"))),
				HostileCase.query("huge inline string", "PAYLOAD_TOO_LARGE",
						"{ search(query: \"" + "a".repeat(100_000) + "\") { totalCount } }"),
				HostileCase.query("many tokens", "GRAPHQL_PARSE_FAILED", "{" + " a".repeat(16_000) + " }"),
				HostileCase.query("string of control characters", "OK",
						"{ search(query: \"\\u0000\\u0001\\u0002\") { totalCount } }"));
	}

	private List<HostileCase> bombs() {
		List<HostileCase> cases = new ArrayList<>();
		for (int depth : new int[] { 13, 20, 50, 100 }) {
			cases.add(HostileCase.query("nested " + depth + " deep", "QUERY_TOO_DEEP",
					"{ intervention(key: \"mk-zomerschool\") {" + " partOf {".repeat(depth) + " key" + " }".repeat(depth)
							+ " } }"));
		}
		cases.add(HostileCase.query("nested beyond the parser's rule depth", "GRAPHQL_PARSE_FAILED",
				"{" + " a {".repeat(2_000) + " b" + " }".repeat(2_000) + " }"));
		for (int levels : new int[] { WhereGrammar.MAX_NESTING, WhereGrammar.MAX_NESTING + 1, 100 }) {
			cases.add(HostileCase.query("where nested " + levels + " deep",
					(levels <= WhereGrammar.MAX_NESTING) ? "OK" : "BAD_USER_INPUT", "{ problems(where: "
							+ "{NOT: ".repeat(levels - 1) + "{key: {eq: \"x\"}}" + "}".repeat(levels - 1) + ") { totalCount } }"));
		}
		String wideOr = java.util.stream.IntStream.range(0, 1_500)
			.mapToObj((i) -> "{key: {eq: \"p" + i + "\"}}")
			.collect(java.util.stream.Collectors.joining(", ", "[", "]"));
		cases.add(HostileCase.query("where OR of 1,500 items", "FILTER_TOO_COMPLEX",
				"{ problems(where: {OR: " + wideOr + "}) { totalCount } }"));
		cases.add(HostileCase.query("where relationship chain 4 deep", "FILTER_TOO_COMPLEX",
				"{ problems(where: {interventions: {problems: {interventions: {problems: {key: {eq: \"x\"}}}}}}) { totalCount } }"));
		cases.add(HostileCase.query("where relationship chain 2 deep", "OK",
				"{ problems(where: {interventions: {problems: {key: {eq: \"leervertraging\"}}}}) { totalCount } }"));
		cases.add(HostileCase.variables("where in-list of 1,000 keys", "FILTER_TOO_COMPLEX",
				"query($k: [String!]) { problems(where: {key: {in: $k}}) { totalCount } }",
				Map.of("k", java.util.Collections.nCopies(1_000, "lerarentekort"))));
		// the JSON parser takes 500 levels: 400 reach the where grammar, 5000 do not get past the parser
		cases.add(HostileCase.raw("where nested 400 deep in a variable", "BAD_USER_INPUT", whereNestedInVariable(400)));
		cases.add(HostileCase.raw("where nested 5000 deep in a variable", "BAD_REQUEST", whereNestedInVariable(5_000)));
		cases.add(HostileCase.query("related lists nested", "QUERY_TOO_COMPLEX",
				"{ problems(first: 100) { edges { node { related { related { related { related { key } } } } } } } }"));
		for (int aliases : new int[] { 31, 100, 1_000 }) {
			StringBuilder selection = new StringBuilder();
			for (int i = 0; i < aliases; i++) {
				selection.append(" a").append(i).append(": key");
			}
			cases.add(HostileCase.query(aliases + " aliases", "TOO_MANY_ALIASES",
					"{ problems(first: 1) { edges { node {" + selection + " } } } }"));
		}
		StringBuilder roots = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			roots.append(" p").append(i).append(": problems(first: 100) { totalCount }");
		}
		cases.add(HostileCase.query("100 root fields", "TOO_MANY_ROOT_FIELDS", "{" + roots + " }"));
		cases.add(HostileCase.query("fragment bomb", "QUERY_TOO_COMPLEX", fragmentBomb(25, "key")));
		cases.add(HostileCase.query("60-fragment bomb of root fields", "TOO_MANY_ROOT_FIELDS",
				OperationLimitsTest.fragmentBomb(60, "Query", "{ $ }", "__typename")));
		cases.add(HostileCase.query("60-fragment bomb in a list", "QUERY_TOO_COMPLEX",
				OperationLimitsTest.fragmentBomb(60, "Problem", "{ problems(first: 100) { edges { node { $ } } } }", "key")));
		cases.add(HostileCase.query("aliased fragment bomb", "TOO_MANY_ALIASES", fragmentBomb(12, "k: key")));
		cases.add(HostileCase.query("wide selection", "QUERY_TOO_COMPLEX",
				"{ problems(first: 100) { edges { node {" + " key".repeat(2_000) + " } } } }"));
		return cases;
	}

	/** A request body whose variable is a where input that negates itself {@code levels} times. */
	private static String whereNestedInVariable(int levels) {
		return "{\"query\": \"query($w: ProblemWhere) { problems(where: $w) { totalCount } }\", \"variables\": {\"w\": "
				+ "{\"NOT\": ".repeat(levels - 1) + "{\"key\": {\"eq\": \"x\"}}" + "}".repeat(levels - 1) + "}}";
	}

	private static String fragmentBomb(int levels, String leaf) {
		StringBuilder document = new StringBuilder("{ problems(first: 100) { edges { node { ...F" + levels + " } } } }");
		document.append(" fragment F0 on Problem { ").append(leaf).append(" }");
		for (int i = 1; i <= levels; i++) {
			document.append(" fragment F").append(i).append(" on Problem { ...F").append(i - 1).append(" ...F")
				.append(i - 1).append(" }");
		}
		return document.toString();
	}

	private List<HostileCase> bodies() {
		String one = "{\"query\":\"{ __typename }\"}";
		return List.of(HostileCase.raw("batch of 1", "BATCHING_NOT_SUPPORTED", "[" + one + "]"),
				HostileCase.raw("batch of 100", "BATCHING_NOT_SUPPORTED",
						"[" + String.join(",", java.util.Collections.nCopies(100, one)) + "]"),
				HostileCase.raw("batch of 1000 mutations", "BATCHING_NOT_SUPPORTED", "[" + String.join(",",
						java.util.Collections.nCopies(1_000, "{\"query\":\"mutation { whoami }\"}")) + "]"),
				HostileCase.raw("not JSON", "BAD_REQUEST", "query { __typename }"),
				HostileCase.raw("truncated JSON", "BAD_REQUEST", "{\"query\": \"{ __typename }\""),
				HostileCase.raw("no query", "BAD_REQUEST", "{\"variables\": {}}"),
				HostileCase.raw("variables not an object", "BAD_REQUEST",
						"{\"query\": \"{ __typename }\", \"variables\": \"x\"}"),
				HostileCase.raw("empty body", "BAD_REQUEST", ""),
				HostileCase.raw("null body", "BAD_REQUEST", "null"),
				HostileCase.raw("number body", "BAD_REQUEST", " 5"),
				HostileCase.raw("string body", "BAD_REQUEST", "\"{ __typename }\""),
				HostileCase.raw("query is a number", "GRAPHQL_PARSE_FAILED", "{\"query\": 5}"),
				HostileCase.raw("unknown operation name", "GRAPHQL_VALIDATION_FAILED",
						"{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"),
				HostileCase.raw("two operations, none named", "GRAPHQL_VALIDATION_FAILED",
						"{\"query\": \"query A { __typename } mutation B { whoami }\"}"));
	}

	private List<HostileCase> globalIds() {
		List<HostileCase> cases = new ArrayList<>();
		for (String malformed : List.of("", "!!!", "UHJvYmxlbTp4==", "====", "Problem:lerarentekort", encode("nocolon"),
				encode(":x"), encode("Problem:"), "%00", "\u00e9\u00e9n")) {
			cases.add(HostileCase.variables("malformed id '" + malformed + "'", "BAD_USER_INPUT",
					"query($id: ID!) { node(id: $id) { id } }", Map.of("id", malformed)));
		}
		for (String foreign : List.of(encode("NoSuchType:x"), encode("Problem:no-such-problem"),
				encode("Problem:' MATCH (n) RETURN n //"), encode("Intervention:lerarentekort"))) {
			cases.add(HostileCase.variables("foreign id " + foreign, "OK",
					"query($id: ID!) { node(id: $id) { id } problem(id: $id) { key } }", Map.of("id", foreign)));
		}
		cases.add(HostileCase.variables("an intervention's id as a problem", "OK",
				"query($p: ID!) { interventionsForProblem(problem: $p) { totalCount } }",
				Map.of("p", encode("Intervention:mk-zomerschool"))));
		return cases;
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<HostileCase> tokens() {
		String mutation = "{\"query\":\"mutation { whoami }\"}";
		List<HostileCase> cases = new ArrayList<>();
		for (String header : List.of("Bearer wrong", "Bearer", "Bearer ", "Basic dGVzdDp0ZXN0", "Token test-curator-token",
				"Bearer test-curator-token-and-more", "Bearer TEST-CURATOR-TOKEN",
				"Bearer 385524fa8edd29163131b856ea3219232a058f7663eaaaf62e0a0ad03324478d", "Bearer " + "x".repeat(4_000),
				"Bearer ' OR 1=1 --", "test-curator-token")) {
			cases.add(new HostileCase("mutation with '" + abbreviated(header) + "'", "UNAUTHENTICATED", mutation, header,
					null));
		}
		cases.add(new HostileCase("query with a wrong token", "UNAUTHENTICATED", "{\"query\":\"{ __typename }\"}",
				"Bearer wrong", null));
		cases.add(new HostileCase("mutation with a reader's token", "FORBIDDEN", mutation, "Bearer test-reader-token",
				null));
		cases.add(new HostileCase("mutation beside a query, by name, with a reader's token", "FORBIDDEN",
				"{\"query\":\"query A { __typename } mutation B { whoami }\",\"operationName\":\"B\"}",
				"Bearer test-reader-token", null));
		return cases;
	}

	private static String abbreviated(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

	/** One hostile request: its name, the code its first error must have (or OK), body, header, echoed input. */
	record HostileCase(String name, String expected, String body, String authorization, String sent) {

		static HostileCase query(String expected, String query) {
			return query(abbreviated(query), expected, query);
		}

		static HostileCase query(String name, String expected, String query) {
			return new HostileCase(name, expected, GraphQlHttp.JSON.writeValueAsString(Map.of("query", query)), null,
					null);
		}

		static HostileCase variables(String name, String expected, String query, Map<String, Object> variables) {
			return new HostileCase(name, expected,
					GraphQlHttp.JSON.writeValueAsString(Map.of("query", query, "variables", variables)), null,
					variables.values().iterator().next().toString());
		}

		static HostileCase raw(String name, String expected, String body) {
			return new HostileCase(name, expected, body, null, null);
		}

	}

}
