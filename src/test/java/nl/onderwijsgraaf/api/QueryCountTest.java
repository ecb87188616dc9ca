package nl.onderwijsgraaf.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.graph.GraphReads;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Cypher a request costs. No N+1: the number of Cypher queries a request runs does not grow with the page size.
 * A repeated public query runs none until the graph changes (the read cache). Every query the service
 * runs goes through the driver's {@code run} (on a session, as {@code Neo4jClient} does outside a transaction, or on
 * a transaction) or, for the API's reads, through {@link GraphReads} (in-process on the embedded engine), so both
 * beans are wrapped in proxies that record each one. Counted per request, comparing page sizes 10 and 100.
 */
@ServiceTest
@Import(QueryCountTest.CountingDriver.class)
@DirtiesContext // its own context (the wrapped driver): closed after the class, so its engine does not linger
class QueryCountTest {

	private static final String INTERVENTIONS = """
			query($first: Int) { interventions(first: $first) { edges { node {
			  key problems { key } evidence { key } stakeholders { role stakeholder { key } } } } } }""";

	private static final String TOOLKIT = """
			query($first: Int) { interventionsForProblem(problem: "leervertraging", first: $first) { edges { node {
			  key rating { scheme evidence { key } } related { key } problems { key } } } } }""";

	private static final String RATINGS = """
			query($first: Int) { interventions(first: $first) { edges { node {
			  key rating { scheme } v1: rating(scheme: MENUKAART_V1) { impactMonths } ratings { scheme } } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Test
	void listingInterventionsWithProblemsEvidenceAndStakeholdersRunsTheSameFewQueriesForAnyPageSize() {
		List<String> ten = queriesOf(INTERVENTIONS, 10, "interventions", 10);
		List<String> hundred = queriesOf(INTERVENTIONS, 100, "interventions", 100);
		// one query: the total, the page, and the page's problems, evidence and stakeholders, compiled into it
		assertThat(hundred).hasSize(1).hasSameSizeAs(ten);
	}

	@Test
	void rankingAProblemsInterventionsWithRatingsAndRelatedRunsTheSameFewQueriesForAnyPageSize() {
		List<String> ten = queriesOf(TOOLKIT, 10, "interventionsForProblem", 10);
		List<String> hundred = queriesOf(TOOLKIT, 100, "interventionsForProblem", 53);
		// candidates (key, name and rating figures only), the page's interventions with their relationship fields
		// (problems) compiled into that read, the rating field's evidence, related (custom logic)
		assertThat(hundred).hasSize(4).hasSameSizeAs(ten);
	}

	@Test
	void everyRatingSchemeAskedOfAPageIsReadInOneQuery() {
		List<String> ten = queriesOf(RATINGS, 10, "interventions", 10);
		List<String> hundred = queriesOf(RATINGS, 100, "interventions", 100);
		// the page with its total, the rating evidence of every scheme for all three rating fields
		assertThat(hundred).hasSize(2).hasSameSizeAs(ten);
	}

	private static final String NESTED = """
			query($first: Int) { interventions(first: $first) { edges { node { key
			  education: problems(where: {domainIn: [EDUCATION]}, orderBy: [{name: DESC}], first: 2) { key }
			  problemsConnection(first: 1) { totalCount edges { node { key sectors(first: 1) { key } } } }
			  lastProblems: problemsConnection(orderBy: [{name: DESC}], last: 1) { totalCount pageInfo { hasPreviousPage } }
			  stakeholders(where: {roleIn: [FUNDS]}, orderBy: [{name: DESC}], first: 1) { role }
			  stakeholdersConnection(orderBy: [{role: ASC}], first: 2) { totalCount
			    edges { cursor node { role stakeholder { key partsConnection(first: 1) { totalCount } } } } } } } } }""";

	@Test
	void nestedListsWithArgumentsAndTheirConnectionsAreReadInTheOneCompiledQuery() {
		List<String> ten = queriesOf(NESTED, 10, "interventions", 10);
		List<String> hundred = queriesOf(NESTED, 100, "interventions", 100);
		// one query: the total, the page and every nested list, whatever its arguments
		assertThat(hundred).hasSize(1).hasSameSizeAs(ten);
	}

	@Test
	void theFourShapesOfThePeerComparisonRunOneQueryEach() throws IOException {
		Path queries = Path.of("src", "load", "peer", "queries");
		for (String shape : List.of("a-lookup", "b-problem-interventions", "c-stakeholder-involvements",
				"d-programme-3-levels")) {
			String document = Files.readString(queries.resolve(shape + ".project.graphql"));
			CountingDriver.queries.clear();
			this.graphQl.document(document).execute().errors().verify();
			assertThat(CountingDriver.queries).as(shape).hasSize(1);
		}
	}

	private static final String SEVERAL_KINDS_AND_TIES = """
			query($first: Int) {
			  evidenceItems(first: $first) { edges { node { key
			    documents(where: {problem: {}}, orderBy: [{kind: ASC}], first: 2) { id }
			    supportsConnection(last: 1) { totalCount edges { node { id } } } } } }
			  stakeholders(first: $first) { edges { node { key
			    connections(where: {roleIn: [FUNDS]}, orderBy: [{name: DESC}], first: 1) { role to { key } }
			    connectionsConnection(last: 1) { totalCount edges { node { from { key } } } } } } } }""";

	@Test
	void listsOfSeveralKindsAndTiesWithArgumentsAreReadInTheOneCompiledQueryOfTheirRootField() {
		List<String> ten = queriesOf(SEVERAL_KINDS_AND_TIES, 10, "evidenceItems", 10);
		List<String> hundred = queriesOf(SEVERAL_KINDS_AND_TIES, 100, "evidenceItems", 100);
		// one query per root field: its total, its page and its nested lists, whatever their arguments
		assertThat(hundred).hasSize(2).hasSameSizeAs(ten);
	}

	private static final String PROBLEM = "{ problem(key: \"leervertraging\") { name version } }";

	@Test
	void aRepeatedPublicQueryRunsNoCypherUntilACuratorChangesTheGraph() {
		GraphQlTester anonymous = this.graphQl;
		assertThat(cypherOf(anonymous, PROBLEM)).isNotEmpty();
		String name = anonymous.document(PROBLEM).execute().path("problem.name").entity(String.class).get();
		assertThat(cypherOf(anonymous, PROBLEM)).isEmpty();
		int version = anonymous.document(PROBLEM).execute().path("problem.version").entity(Integer.class).get();

		rename(version, name + " (bijgewerkt)");
		assertThat(cypherOf(anonymous, PROBLEM)).isNotEmpty();
		anonymous.document(PROBLEM).execute().path("problem.name").entity(String.class).isEqualTo(name + " (bijgewerkt)");

		rename(version + 1, name);
		anonymous.document(PROBLEM).execute().path("problem.name").entity(String.class).isEqualTo(name);
	}

	@Test
	void requestsWithATokenAndAnswersWithErrorsAreNotReused() {
		GraphQlTester reader = this.graphQl.mutate().header("Authorization", "Bearer test-reader-token").build();
		cypherOf(reader, PROBLEM);
		assertThat(cypherOf(reader, PROBLEM)).isNotEmpty();

		String partlyWrong = "{ problem(key: \"lerarentekort\") { name } node(id: \"geen-id\") { id } }";
		this.graphQl.document(partlyWrong).execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty());
		assertThat(cypherOf(this.graphQl, partlyWrong)).isNotEmpty();
	}

	@Test
	void aReusedAnswerIsTheSameBytesInTheContentTypeAskedForAndStillPassesTheRateLimit() {
		String body = "{\"query\": \"{ problem(key: \\\"kansenongelijkheid\\\") { name } }\"}";
		for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE)) {
			EntityExchangeResult<byte[]> first = post(body, accept);
			assertThat(CountingDriver.queries).isNotEmpty();
			EntityExchangeResult<byte[]> again = post(body, accept);
			assertThat(CountingDriver.queries).isEmpty();
			assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
			assertThat(again.getResponseHeaders().getContentType()).isEqualTo(first.getResponseHeaders().getContentType())
				.satisfies((type) -> assertThat(type.isCompatibleWith(accept)).isTrue());
			// the rate limit answered for it: it comes before the reused answer
			assertThat(again.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isNotNull();
		}
	}

	private EntityExchangeResult<byte[]> post(String body, MediaType accept) {
		CountingDriver.queries.clear();
		return this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
	}

	private void rename(int version, String name) {
		this.graphQl.mutate()
			.header("Authorization", "Bearer test-curator-token")
			.build()
			.document("""
					mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { errors { code } } }""")
			.variable("input", Map.of("id", "leervertraging", "version", version, "name", name))
			.execute()
			.path("updateProblem.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** The Cypher queries one request runs (its errors, if any, are the caller's to check). */
	private static List<String> cypherOf(GraphQlTester tester, String document) {
		CountingDriver.queries.clear();
		tester.document(document).execute();
		return List.copyOf(CountingDriver.queries);
	}

	/** The queries one request for a page of {@code first} runs; {@code listed} is how many items it returns. */
	private List<String> queriesOf(String document, int first, String field, int listed) {
		CountingDriver.queries.clear();
		this.graphQl.document(document)
			.variable("first", first)
			.execute()
			.path(field + ".edges")
			.entityList(Object.class)
			.hasSize(listed);
		return List.copyOf(CountingDriver.queries);
	}

	/** Wraps the driver so that every query run through it, in a session or a transaction, is recorded. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDriver {

		static final Queue<String> queries = new ConcurrentLinkedQueue<>();

		/** The methods that run a query: the driver's, and {@link GraphReads}' in-process ones. */
		private static final Set<String> RUNS = Set.of("run", "rows", "records");

		@Bean
		static BeanPostProcessor countingDriverPostProcessor() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof GraphReads reads) {
						return wrap(reads, GraphReads.class);
					}
					return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T wrap(T target, Class<T> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (RUNS.contains(method.getName()) && args != null && args.length > 0) {
					queries.add(String.valueOf(args[0]));
				}
				if ((method.getName().startsWith("execute")) && args != null && args.length > 0
						&& args[0] instanceof TransactionCallback<?> callback) {
					args = args.clone();
					args[0] = (TransactionCallback<Object>) (tx) -> callback
						.execute(wrap(tx, TransactionContext.class));
				}
				Object result = invoke(target, method, args);
				if (result instanceof Session session && method.getReturnType() == Session.class) {
					return wrap(session, Session.class);
				}
				if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
					return wrap(transaction, Transaction.class);
				}
				return result;
			};
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
