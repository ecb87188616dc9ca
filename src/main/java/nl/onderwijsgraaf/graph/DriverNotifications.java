package nl.onderwijsgraaf.graph;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to send "unrecognized" notifications, embedded or external alike. Every read filters out retired
 * nodes by a {@code retired} property that no node has until a curator retires one, so Neo4j flagged it as an
 * unknown property on every query, and each flag was logged with the whole query: log noise and a real share of a
 * request's cost. Other notifications (deprecations, performance) still reach the log.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return (builder) -> builder.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}
