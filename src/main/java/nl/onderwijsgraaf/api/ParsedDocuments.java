package nl.onderwijsgraaf.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses each distinct GraphQL document once: clients send the same few documents over and over with other
 * variables, and parsing (and, for the engine, validating) them again was a measurable part of every request. Only
 * documents that parse and validate cleanly are kept, since error messages follow the request's locale. Both caches
 * are bounded by the characters of the documents they hold.
 */
@Configuration(proxyBeanMethods = false)
public class ParsedDocuments implements PreparsedDocumentProvider {

	/** Characters of document text each cache holds at most (the documents' syntax trees are some times larger). */
	private static final long MAX_CHARACTERS = 2_000_000;

	private final Cache<String, Document> parsed = boundedByLength();

	private final Cache<String, PreparsedDocumentEntry> validated = boundedByLength();

	/** The document parsed with graphql-java's operation limits; empty when it is not valid GraphQL syntax. */
	public Optional<Document> parse(String text) {
		Document document = this.parsed.getIfPresent(text);
		if (document == null) {
			try {
				document = Parser.parse(ParserEnvironment.newParserEnvironment()
					.document(text)
					.parserOptions(ParserOptions.getDefaultOperationParserOptions())
					.build());
			}
			catch (RuntimeException ex) {
				return Optional.empty(); // the engine reports the syntax error in the request's own terms
			}
			this.parsed.put(text, document);
		}
		return Optional.of(document);
	}

	/**
	 * The operation a request runs, with the document's fragments: the one {@code operationName} selects, or the only
	 * one, exactly as the engine selects it. Empty for a document that does not parse or has no such operation.
	 */
	public Optional<NodeUtil.GetOperationResult> operation(String text, String operationName) {
		return parse(text).flatMap((document) -> {
			try {
				return Optional.of(NodeUtil.getOperation(document, operationName));
			}
			catch (RuntimeException ex) {
				return Optional.empty(); // no such operation, or several and no name
			}
		});
	}

	/** Whether the request runs a query (not a mutation; false when there is no such operation). */
	public boolean isQuery(String text, String operationName) {
		return operation(text, operationName)
			.map((found) -> found.operationDefinition.getOperation() == OperationDefinition.Operation.QUERY)
			.orElse(false);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = this.validated.getIfPresent(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.validated.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocuments() {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	private static <V> Cache<String, V> boundedByLength() {
		return Caffeine.newBuilder().maximumWeight(MAX_CHARACTERS).weigher((String text, V value) -> text.length()).build();
	}

}
