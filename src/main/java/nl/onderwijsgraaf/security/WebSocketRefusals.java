package nl.onderwijsgraaf.security;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Subscriptions over WebSocket ({@code graphql-transport-ws}) refuse bad messages the way the protocol says, in one
 * log line. Why: Spring for GraphQL lets a message that is not JSON, and every message that arrives after it closed a
 * connection (e.g. the rest of a burst of {@code connection_init}), escape to Spring's exception decorator, which
 * logs a stack trace each and closes with 1011 (server error): one client could fill the log.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketRefusals {

	/** The protocol's close code for a message that cannot be read. */
	static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

	/** Built as Boot's auto-configuration builds it (which steps back for this bean), with the refusals added. */
	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			GraphQlCorsProperties corsProperties, ObjectProvider<JsonMapper> jsonMapper) {
		CorsConfiguration cors = corsProperties.toCorsConfiguration();
		return new RefusingHandler(handler, new JacksonJsonHttpMessageConverter(jsonMapper.getIfAvailable(JsonMapper::new)),
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
				(cors != null) ? cors : new CorsConfiguration());
	}

	private static final class RefusingHandler extends GraphQlWebSocketHandler {

		private static final Logger log = LoggerFactory.getLogger(WebSocketRefusals.class);

		RefusingHandler(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter,
				Duration initTimeout, Duration keepAlive, CorsConfiguration cors) {
			super(handler, converter, initTimeout, keepAlive, cors);
		}

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			if (!session.isOpen()) {
				return; // arrived after this connection was closed: there is no one to answer
			}
			try {
				super.handleTextMessage(session, message);
			}
			catch (HttpMessageNotReadableException ex) {
				log.info("Closed WebSocket {}: a message that is not a graphql-transport-ws message", session.getId());
				closeQuietly(session);
			}
			catch (IllegalArgumentException ex) {
				if (session.isOpen()) {
					throw ex;
				}
				// closed while this message was handled (the handler found no state for it): nothing to answer
			}
		}

		private static void closeQuietly(WebSocketSession session) {
			try {
				session.close(INVALID_MESSAGE);
			}
			catch (IOException ex) {
				// the client went away first
			}
		}

	}

}
