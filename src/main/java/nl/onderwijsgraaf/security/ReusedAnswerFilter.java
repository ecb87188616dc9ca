package nl.onderwijsgraaf.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.onderwijsgraaf.api.ResponseCache;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Sends the kept answer to a repeated public query ({@link ResponseCache}) without running it again, and keeps the
 * answer to one that the GraphQL layer marked reusable. Comes after the rate limit and the body-size check (it reads
 * the body they buffered), so a reused answer counts and is checked like any other. Like Spring's
 * {@code ShallowEtagHeaderFilter}, it also sees the async dispatch of a request whose answer was written later.
 */
final class ReusedAnswerFilter extends GraphQlEndpointFilter {

	private static final String KEY = ReusedAnswerFilter.class.getName() + ".key";

	private final ResponseCache cache;

	ReusedAnswerFilter(ResponseCache cache, RequestMatcher graphQlRequests) {
		super(graphQlRequests);
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recording = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
		if (isAsyncDispatch(request) && recording != null) {
			chain.doFilter(request, response);
			finish(request, recording);
			return;
		}
		RequestBodyFilter.BufferedBodyRequest buffered = WebUtils.getNativeRequest(request,
				RequestBodyFilter.BufferedBodyRequest.class);
		if (!this.cache.enabled() || buffered == null || !"POST".equals(request.getMethod())
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			chain.doFilter(request, response);
			return;
		}
		ResponseCache.Key key = this.cache.keyOf(request.getHeader(HttpHeaders.ACCEPT),
				request.getContentType(), buffered.body());
		ResponseCache.Answer answer = this.cache.answer(key);
		if (answer != null) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(answer.contentType());
			response.setContentLength(answer.body().length);
			response.getOutputStream().write(answer.body());
			return;
		}
		request.setAttribute(KEY, key);
		recording = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recording);
		if (!isAsyncStarted(request)) {
			finish(request, recording);
		}
	}

	private void finish(HttpServletRequest request, ContentCachingResponseWrapper recording) throws IOException {
		if (Boolean.TRUE.equals(request.getAttribute(ResponseCache.REUSABLE))
				&& recording.getStatus() == HttpServletResponse.SC_OK
				&& request.getAttribute(KEY) instanceof ResponseCache.Key key) {
			this.cache.keep(key, new ResponseCache.Answer(recording.getContentType(), recording.getContentAsByteArray()));
		}
		recording.copyBodyToResponse();
	}

}
