package nl.onderwijsgraaf.security;

import nl.onderwijsgraaf.api.ParsedDocuments;
import nl.onderwijsgraaf.api.PersistedQueries;
import nl.onderwijsgraaf.api.ResponseCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP security: the API, GraphiQL, health and static resources are open to anyone, because who may do what is
 * decided per GraphQL operation ({@link OperationGuard}: reads public, mutations for curators). Callers authenticate
 * with a bearer token on every request, so there are no sessions, no cookies and hence no CSRF to defend against.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TokenProperties.class, LimitsProperties.class })
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, TokenProperties tokens, LimitsProperties limits,
			ResponseCache answers, PersistedQueries persistedQueries, ParsedDocuments documents, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		RequestMatcher graphQlRequests = PathPatternRequestMatcher.pathPattern(graphQlPath);
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(new CuratorTokens(tokens)), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(limits.rateLimit(), graphQlRequests, System::nanoTime),
					BearerTokenFilter.class)
			.addFilterAfter(new InFlightLimitFilter(limits.maxInFlight(), graphQlRequests), RateLimitFilter.class)
			.addFilterAfter(new RefusalFilter(graphQlRequests), InFlightLimitFilter.class)
			.addFilterAfter(new RequestBodyFilter(limits.maxBodySize(), limits.bodyReadTimeout(), graphQlRequests),
					RefusalFilter.class)
			.addFilterAfter(new PersistedQueryFilter(persistedQueries, documents, graphQlRequests), RequestBodyFilter.class)
			.addFilterAfter(new ReusedAnswerFilter(answers, graphQlRequests), PersistedQueryFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(graphQlRequests)
				.permitAll()
				// Reads are public: the web app, its assets, the SDL download, GraphiQL and health.
				.requestMatchers("/", "/index.html", "/css/**", "/js/**", "/graphql/schema",
						"/graphiql", "/graphiql/**", "/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
				.permitAll()
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
				.permitAll()
				.anyRequest()
				.authenticated())
			.build();
	}

	/** Tokens are the only credentials: this keeps Boot from creating a default user with a generated password. */
	@Bean
	AuthenticationManager noPasswordLogin() {
		return (authentication) -> {
			throw new BadCredentialsException("Only bearer tokens are accepted");
		};
	}

}
