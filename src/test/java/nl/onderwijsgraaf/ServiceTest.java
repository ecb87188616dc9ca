package nl.onderwijsgraaf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on the embedded engine, seeded from graph-seed, serving HTTP on a random port; tests talk to it
 * with {@code HttpGraphQlTester}. Every test class with this annotation shares one application context (and so one
 * engine and one seed load); the store lives under {@code target/} and is new for each test run. Test clients wait
 * up to two minutes for an answer: these tests assert outcomes, not speed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "onderwijsgraaf.neo4j.bolt-port=0",
				"onderwijsgraaf.neo4j.data-dir=target/test-neo4j/service-${random.uuid}",
				// the SHA-256 of "test-curator-token" and of "test-reader-token"
				"onderwijsgraaf.security.tokens.test-curator.sha256=385524fa8edd29163131b856ea3219232a058f7663eaaaf62e0a0ad03324478d",
				"onderwijsgraaf.security.tokens.test-curator.role=CURATOR",
				"onderwijsgraaf.security.tokens.test-reader.sha256=0b2e8ed1ad9b540959ccfa412a59dbc86cf6a4874072936c2233bda4ced1e1c6",
				"onderwijsgraaf.security.tokens.test-reader.role=READER",
				// ready once the search index is built too: tests search at once, on a new store
				"onderwijsgraaf.search.await-at-start=true",
				// one generous timeout for every test client (WebTestClient's default of 5 s fails on a busy machine)
				"spring.test.webtestclient.timeout=PT2M" })
@AutoConfigureHttpGraphQlTester
public @interface ServiceTest {

}
