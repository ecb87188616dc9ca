package nl.onderwijsgraaf.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.onderwijsgraaf.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service like {@link ServiceTest}, but in an application context (and graph) of its own, shared by the
 * curation tests only: their changes must not move the counts that the read tests assert on the seed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest
@TestPropertySource(properties = { "onderwijsgraaf.neo4j.page-cache=64m",
		"onderwijsgraaf.cors.allowed-origins=" + CuratedServiceTest.ALLOWED_ORIGIN })
public @interface CuratedServiceTest {

	/** The one origin whose pages may call the API from a browser in these tests. */
	String ALLOWED_ORIGIN = "https://dashboard.example.nl";

}
