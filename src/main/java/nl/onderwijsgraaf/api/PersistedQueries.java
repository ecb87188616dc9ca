package nl.onderwijsgraaf.api;

import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries as Apollo Client and urql send them: a request may carry only the SHA-256 of its
 * document ({@code extensions.persistedQuery.sha256Hash}); the first time the service answers
 * {@code PersistedQueryNotFound}, the client sends hash and document once, and from then on the hash alone. Why: a
 * dashboard's long documents then cost a few bytes per request, and fit in a GET URL that HTTP caches can keep.
 * Documents are kept in a cache bounded by their total length, so a client may have to register one again.
 */
@Component
public class PersistedQueries {

	/** Characters of document text kept at most. */
	private static final long MAX_CHARACTERS = 4_000_000;

	private final Cache<String, String> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.weigher((String hash, String document) -> hash.length() + document.length())
		.build();

	/** What a request's persisted-query extension asks for, or null when it has none. */
	public static String hashOf(Map<?, ?> extensions) {
		if (extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash.toLowerCase(Locale.ROOT);
		}
		return null;
	}

	/** Keeps {@code document} under {@code hash}; false, keeping nothing, when the hash is not the document's. */
	public boolean register(String hash, String document) {
		if (!Digests.sha256(document).equals(hash)) {
			return false;
		}
		this.documents.put(hash, document);
		return true;
	}

	/** The document registered under {@code hash}, or null. */
	public String document(String hash) {
		return this.documents.getIfPresent(hash);
	}

}
