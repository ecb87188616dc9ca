package nl.onderwijsgraaf.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import nl.onderwijsgraaf.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Refuses a batch (a JSON array body) with 400 and code {@code BATCHING_NOT_SUPPORTED}, a JSON body that is not an
 * object ({@code null}, a number, a string) with 400 and code {@code BAD_REQUEST}, and a GraphQL request body
 * larger than the limit with 413 and code {@code PAYLOAD_TOO_LARGE}, and one that does not arrive within the body
 * read timeout with 408 and code {@code REQUEST_TIMEOUT} (closing the connection), before anything
 * parses it: by its declared length at once, and otherwise (chunked bodies) by reading at most one byte past the
 * limit. An accepted body is handed on from memory.
 */
public final class RequestBodyFilter extends GraphQlEndpointFilter {

	private final int maxBytes;

	private final Duration readTimeout;

	RequestBodyFilter(DataSize maxBodySize, Duration readTimeout, RequestMatcher graphQlRequests) {
		super(graphQlRequests);
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBodySize.toBytes());
		this.readTimeout = readTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(response);
			return;
		}
		byte[] body;
		try {
			body = readWithin(request.getInputStream());
		}
		catch (IOException ex) {
			// Why 408 and no stack trace: the body stopped arriving (Tomcat's read timeout) or the client went away.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			HttpErrors.write(response, 408, ErrorCode.REQUEST_TIMEOUT, "The request body did not arrive within "
					+ this.readTimeout.toSeconds() + " s; send it at once");
			return;
		}
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		byte first = firstNonBlank(body);
		if (first == '[') {
			HttpErrors.write(response, 400, ErrorCode.BATCHING_NOT_SUPPORTED,
					"Batched requests (a JSON array) are not supported; send one JSON object per request");
			return;
		}
		if (first != '{' && "POST".equals(request.getMethod()) && isJson(request.getContentType())) {
			// Why here: a body of `null` reaches Spring GraphQL's handler as no request at all, and fails there
			HttpErrors.write(response, 400, ErrorCode.BAD_REQUEST, HttpErrors.ONE_JSON_OBJECT);
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/**
	 * At most {@code maxBytes + 1} of the body, read within {@link #readTimeout} in all: Tomcat's connection timeout
	 * bounds each wait for more bytes, this bounds a body that trickles in a few bytes at a time.
	 */
	private byte[] readWithin(InputStream in) throws IOException {
		long deadline = System.nanoTime() + this.readTimeout.toNanos();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (body.size() <= this.maxBytes
				&& (read = in.read(buffer, 0, Math.min(buffer.length, this.maxBytes + 1 - body.size()))) != -1) {
			body.write(buffer, 0, read);
			if (System.nanoTime() - deadline > 0) {
				throw new SocketTimeoutException("the body took longer than " + this.readTimeout);
			}
		}
		return body.toByteArray();
	}

	/** The first byte that is not white space, or 0 for a blank body. */
	private static byte firstNonBlank(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b;
			}
		}
		return 0;
	}

	private static boolean isJson(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false; // no or an unreadable Content-Type: the GraphQL route refuses it with 415
		}
	}

	private void refuse(HttpServletResponse response) throws IOException {
		HttpErrors.write(response, 413, ErrorCode.PAYLOAD_TOO_LARGE,
				"The request body is larger than " + this.maxBytes + " bytes");
	}

	/** The request with its body, already read, served from memory. */
	public static class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		/** The body as read (not a copy: read it, do not change it). */
		public byte[] body() {
			return this.body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is read synchronously");
				}

			};
		}

	}

}
