package nl.onderwijsgraaf.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import nl.onderwijsgraaf.ServiceTest;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the number of Cypher queries a request runs does not grow with the page size. Every query the service
 * runs goes through the driver's {@code run} (on a session, as {@code Neo4jClient} does outside a transaction, or on
 * a transaction), so the driver bean is wrapped in a proxy that records each one. Counted per request, comparing
 * page sizes 10 and 100.
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

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void listingInterventionsWithProblemsEvidenceAndStakeholdersRunsTheSameFewQueriesForAnyPageSize() {
		List<String> ten = queriesOf(INTERVENTIONS, 10, "interventions", 10);
		List<String> hundred = queriesOf(INTERVENTIONS, 100, "interventions", 100);
		assertThat(hundred).hasSizeLessThanOrEqualTo(6).hasSameSizeAs(ten);
		// total, page, problems, evidence, stakeholders
		assertThat(hundred).hasSize(5);
	}

	@Test
	void rankingAProblemsInterventionsWithRatingsAndRelatedRunsTheSameFewQueriesForAnyPageSize() {
		List<String> ten = queriesOf(TOOLKIT, 10, "interventionsForProblem", 10);
		List<String> hundred = queriesOf(TOOLKIT, 100, "interventionsForProblem", 53);
		// candidates, ratings, related, problems
		assertThat(hundred).hasSize(4).hasSameSizeAs(ten);
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

		@Bean
		static BeanPostProcessor countingDriverPostProcessor() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Driver driver) ? wrap(driver, Driver.class) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T wrap(T target, Class<T> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().equals("run") && args != null && args.length > 0) {
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
