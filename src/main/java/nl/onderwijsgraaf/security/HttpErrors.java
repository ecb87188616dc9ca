package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * A refusal written before the GraphQL engine sees the request, in the shape of a GraphQL response (an error with a
 * message and {@code extensions.code}), so clients handle it like any other error.
 */
public final class HttpErrors {

	private HttpErrors() {
	}

	/** Writes {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}; messages are our own constant texts. */
	public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"extensions\":{\"code\":\"" + code + "\"}}]}");
	}

}
