package nl.onderwijsgraaf.api;

/**
 * Every {@code extensions.code} the service gives an error, in one place: clients branch on these names, so they
 * never change. Domain failures of a curator's mutation are payload data with codes of their own (the SDL enum
 * {@code CurationErrorCode}), not errors.
 */
public enum ErrorCode {

	/** A value the client gave does not fit (a wrong argument, enum value, filter, cursor or variable). */
	BAD_USER_INPUT,
	/** A filter with more conditions, relationship levels or values than allowed. */
	FILTER_TOO_COMPLEX,
	/** A node a mutation names does not exist. */
	NOT_FOUND,
	/** No valid token where one is needed. */
	UNAUTHENTICATED,
	/** A valid token whose role may not do this. */
	FORBIDDEN,
	/** The document is not GraphQL syntax. */
	GRAPHQL_PARSE_FAILED,
	/** The document is not valid against the schema (an unknown field, a missing argument, an unknown operation). */
	GRAPHQL_VALIDATION_FAILED,
	/** The operation's estimated cost is over the limit, or it is bad-faith introspection. */
	QUERY_TOO_COMPLEX,
	/** The operation nests fields deeper than the limit. */
	QUERY_TOO_DEEP,
	/** The operation uses more aliases than the limit. */
	TOO_MANY_ALIASES,
	/** The operation asks for more root fields than the limit. */
	TOO_MANY_ROOT_FIELDS,
	/** The operation ran past the request timeout. */
	TIMEOUT,
	/** A malformed request (not one JSON object, a missing or malformed header). */
	BAD_REQUEST,
	/** A request batches several operations. */
	BATCHING_NOT_SUPPORTED,
	/** A persisted query's hash the service does not know yet: send the query with it. */
	PERSISTED_QUERY_NOT_FOUND,
	/** An HTTP method the endpoint does not answer (a mutation over GET). */
	METHOD_NOT_ALLOWED,
	/** An {@code Accept} header that allows no type the service answers in. */
	NOT_ACCEPTABLE,
	/** A body of a type the endpoint does not read. */
	UNSUPPORTED_MEDIA_TYPE,
	/** A body larger than the limit. */
	PAYLOAD_TOO_LARGE,
	/** A request line or headers larger than the connector reads (8 KB together). */
	REQUEST_HEADER_TOO_LARGE,
	/** A body that did not arrive in time. */
	REQUEST_TIMEOUT,
	/** Too many requests from one client in the window. */
	RATE_LIMITED,
	/** Too many requests in progress at once. */
	TOO_MANY_IN_FLIGHT,
	/** The service cannot answer yet or now (starting, stopping). */
	UNAVAILABLE,
	/** Search is not ready yet (its index is still being built at start): retry after {@code retryAfterSeconds}. */
	SEARCH_NOT_READY,
	/** Anything else: the service's own fault, reported without internals. */
	INTERNAL_ERROR

}
