package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.onderwijsgraaf.api.ParsedDocuments;
import nl.onderwijsgraaf.api.ReadVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The GraphQL endpoint as browsers and HTTP caches expect it, in front of the security filters: CORS for the origins
 * in {@code onderwijsgraaf.cors.allowed-origins} (none by default), then queries sent with GET.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

	/**
	 * Why before the security filters: a preflight must be answered without a token, and an answer the read cache
	 * sends must carry the CORS headers too. Credentials are never allowed: callers authenticate with a bearer token,
	 * which a page on another site can only send when its own code holds the token.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(@Value("${spring.graphql.http.path:/graphql}") String path,
			@Value("${onderwijsgraaf.cors.allowed-origins:}") List<String> allowedOrigins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(allowedOrigins.stream().filter((origin) -> !origin.isBlank()).toList());
		cors.setAllowedMethods(List.of("GET", "POST"));
		cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization", "If-None-Match"));
		cors.setExposedHeaders(List.of("ETag"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(path, cors);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new LenientCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	/**
	 * Refuses a preflight from an origin not in the list (403), but answers an actual request from one, only without
	 * CORS headers, so a browser keeps the answer from the page. Why not refuse it: browsers send {@code Origin} on
	 * same-origin POSTs too, and behind a proxy that rewrites the host the service cannot always tell them apart.
	 */
	static final class LenientCorsProcessor extends DefaultCorsProcessor {

		@Override
		public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			if (config != null && !CorsUtils.isPreFlightRequest(request)
					&& config.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) == null) {
				return true;
			}
			return super.processRequest(config, request, response);
		}

	}

	@Bean
	FilterRegistrationBean<GraphQlGetFilter> graphQlGetFilter(@Value("${spring.graphql.http.path:/graphql}") String path,
			ParsedDocuments documents, ReadVersion version) {
		FilterRegistrationBean<GraphQlGetFilter> registration = new FilterRegistrationBean<>(
				new GraphQlGetFilter(path, documents, version));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
