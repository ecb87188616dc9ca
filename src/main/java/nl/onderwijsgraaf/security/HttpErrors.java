package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import nl.onderwijsgraaf.api.ErrorCode;

import org.springframework.http.MediaType;

/**
 * A refusal written before the GraphQL engine sees the request, in the shape of a GraphQL response (an error with a
 * message and {@code extensions.code}), so clients handle it like any other error.
 */
public final class HttpErrors {

	/** What a request body must be. */
	static final String ONE_JSON_OBJECT = "The request body must be one JSON object {\"query\": …, \"variables\": …, \"operationName\": …}";

	private HttpErrors() {
	}

	/** The code of an HTTP error status, for refusals the GraphQL layer never sees. */
	static ErrorCode codeOf(int status) {
		return switch (status) {
			case 400 -> ErrorCode.BAD_REQUEST;
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCode.NOT_ACCEPTABLE;
			case 408 -> ErrorCode.REQUEST_TIMEOUT;
			case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			case 429 -> ErrorCode.RATE_LIMITED;
			case 503 -> ErrorCode.UNAVAILABLE;
			default -> (status >= 500) ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
		};
	}

	/** Writes {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}; messages are our own constant texts. */
	public static void write(HttpServletResponse response, int status, ErrorCode code, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"extensions\":{\"code\":\"" + code + "\"}}]}");
	}

}
