package nl.onderwijsgraaf.security;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are public; mutations need a curator's bearer token; a token that is sent must be valid. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationTest {

	private static final String CURATOR = "Bearer test-curator-token";

	private static final String READER = "Bearer test-reader-token";

	@LocalServerPort
	int port;

	private GraphQlHttp http() {
		return new GraphQlHttp(this.port);
	}

	@Test
	void readsNeedNoToken() {
		var answer = http().post("{ problems(first: 1) { totalCount } }", null, null);
		assertThat(answer.codes()).isEmpty();
		assertThat(answer.json().path("data").path("problems").has("totalCount")).isTrue();
	}

	@Test
	void aMutationWithoutTokenIsUnauthenticated() {
		assertThat(http().post("mutation { __typename }", null, null).codes()).containsExactly("UNAUTHENTICATED");
	}

	@Test
	void aMutationWithAReadersTokenIsForbidden() {
		assertThat(http().post("mutation { whoami }", null, READER).codes()).containsExactly("FORBIDDEN");
	}

	@Test
	void aCuratorsTokenMayMutateAndResolversSeeTheCuratorsName() {
		var answer = http().post("mutation { whoami }", null, CURATOR);
		assertThat(answer.codes()).isEmpty();
		assertThat(answer.json().path("data").path("whoami").asString()).isEqualTo("test-curator");
	}

	@Test
	void theBearerSchemeIsCaseInsensitive() {
		assertThat(http().post("mutation { whoami }", null, "bearer test-curator-token").codes()).isEmpty();
	}

	@Test
	void anUnknownTokenIsUnauthenticatedEvenForAQuery() {
		assertThat(http().post("{ __typename }", null, "Bearer not-a-token").codes()).containsExactly("UNAUTHENTICATED");
	}

	@Test
	void anotherAuthorizationSchemeIsUnauthenticated() {
		assertThat(http().post("mutation { whoami }", null, "Basic dGVzdDp0ZXN0").codes())
			.containsExactly("UNAUTHENTICATED");
	}

	@Test
	void theOperationNamedByOperationNameIsTheOneChecked() {
		String document = "query Read { __typename } mutation Write { whoami }";
		assertThat(http().post("{\"query\":\"" + document + "\",\"operationName\":\"Read\"}", null).codes()).isEmpty();
		assertThat(http().post("{\"query\":\"" + document + "\",\"operationName\":\"Write\"}", null).codes())
			.containsExactly("UNAUTHENTICATED");
	}

	@Test
	void aMutationHiddenAsTheOnlyOperationOfAnUnnamedDocumentIsChecked() {
		assertThat(http().post("{\"query\":\"mutation { whoami }\",\"operationName\":\"\"}", null).codes())
			.containsExactly("UNAUTHENTICATED");
	}

	@Test
	void tokensAreNeverLogged(CapturedOutput output) {
		http().post("mutation { whoami }", null, CURATOR);
		http().post("mutation { whoami }", null, "Bearer a-wrong-token-to-look-for");
		assertThat(output.getAll()).doesNotContain("test-curator-token").doesNotContain("a-wrong-token-to-look-for");
	}

}
