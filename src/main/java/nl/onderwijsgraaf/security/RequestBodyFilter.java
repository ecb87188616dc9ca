package nl.onderwijsgraaf.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * Refuses a batch (a JSON array body) with 400 and code {@code BATCHING_NOT_SUPPORTED}, and a GraphQL request body
 * larger than the limit with 413 and code {@code PAYLOAD_TOO_LARGE} before anything
 * parses it: by its declared length at once, and otherwise (chunked bodies) by reading at most one byte past the
 * limit. An accepted body is handed on from memory.
 */
public final class RequestBodyFilter extends GraphQlEndpointFilter {

	private final int maxBytes;

	RequestBodyFilter(DataSize maxBodySize, RequestMatcher graphQlRequests) {
		super(graphQlRequests);
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBodySize.toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		if (isJsonArray(body)) {
			HttpErrors.write(response, 400, "BATCHING_NOT_SUPPORTED",
					"Batched requests (a JSON array) are not supported; send one JSON object per request");
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	private static boolean isJsonArray(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '[';
			}
		}
		return false;
	}

	private void refuse(HttpServletResponse response) throws IOException {
		HttpErrors.write(response, 413, "PAYLOAD_TOO_LARGE",
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
