package nl.onderwijsgraaf.curation;

import java.util.List;

/**
 * A change the graph's state refuses (a stale version, an unknown node): thrown inside the write transaction so that
 * nothing of the change is kept, and returned to the curator as data in the payload's {@code errors}.
 */
class CurationFailure extends RuntimeException {

	/** The payload's {@code CurationError}. */
	record Error(String code, String message, List<String> field) {
	}

	private final Error error;

	CurationFailure(String code, String message, String... field) {
		super(message);
		this.error = new Error(code, message, (field.length == 0) ? null : List.of(field));
	}

	Error error() {
		return this.error;
	}

	static CurationFailure notFound(String field, String what) {
		return new CurationFailure("NOT_FOUND", "no " + what + " has that id or key", field);
	}

}
