package nl.onderwijsgraaf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.onderwijsgraaf.security.TokenProperties.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Recognises a presented bearer token by its SHA-256 hash. Every configured hash is compared, in constant time, so
 * neither the time taken nor the order of configuration tells an attacker how close a guess was.
 */
final class CuratorTokens {

	private final List<Entry> entries;

	CuratorTokens(TokenProperties properties) {
		this.entries = properties.tokens().entrySet().stream().map(CuratorTokens::entry).toList();
	}

	/** The curator the token belongs to, with its role as authority; empty for any unknown token. */
	Optional<Authentication> authenticate(String token) {
		byte[] hash = sha256(token);
		Entry match = null;
		for (Entry entry : this.entries) {
			if (MessageDigest.isEqual(entry.hash(), hash)) {
				match = entry;
			}
		}
		return Optional.ofNullable(match).map((entry) -> UsernamePasswordAuthenticationToken.authenticated(entry.name(),
				null, List.of(new SimpleGrantedAuthority("ROLE_" + entry.role().name()))));
	}

	private static Entry entry(Map.Entry<String, TokenProperties.Token> configured) {
		String name = configured.getKey();
		TokenProperties.Token token = configured.getValue();
		String hex = (token.sha256() != null) ? token.sha256().trim() : "";
		if (!hex.matches("[0-9a-fA-F]{64}")) {
			throw new IllegalStateException("onderwijsgraaf.security.tokens." + name
					+ ".sha256 must be 64 hex digits (the SHA-256 of the token)");
		}
		if (token.role() == null) {
			throw new IllegalStateException("onderwijsgraaf.security.tokens." + name + ".role must be CURATOR or READER");
		}
		return new Entry(name, HexFormat.of().parseHex(hex.toLowerCase()), token.role());
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record Entry(String name, byte[] hash, Role role) {

	}

}
