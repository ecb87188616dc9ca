package nl.onderwijsgraaf.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The curators' bearer tokens, by name, each as the SHA-256 hex hash of the token and a role. Only hashes are
 * configured, so a leaked configuration does not leak a token.
 *
 * @param tokens token name (the curator's name in audit entries) to its hash and role
 */
@ConfigurationProperties("onderwijsgraaf.security")
public record TokenProperties(Map<String, Token> tokens) {

	public TokenProperties {
		tokens = (tokens != null) ? Map.copyOf(tokens) : Map.of();
	}

	/**
	 * One token.
	 *
	 * @param sha256 lower- or upper-case hex SHA-256 of the token text
	 * @param role what the token may do
	 */
	public record Token(String sha256, Role role) {

	}

	/** What a token may do: a curator may change the graph; a reader may only read, like anyone. */
	public enum Role {

		CURATOR, READER

	}

}
