package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.onderwijsgraaf.graph.GraphReads;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;

/** The Cypher a keyset page of a kind writes, and the page it makes of the row it reads: no engine needed. */
class KeysetTest {

	private static final String SCOPE = Cursor.scopeOf("Stakeholder", null, null);

	private static final String MATCHED = "MATCH (n:`Stakeholder`) WHERE (n.retired IS NULL)";

	private static final Keyset.Query<String> BY_KEY = new Keyset.Query<>("MATCH (n:`Stakeholder`)",
			new CypherCondition("n.retired IS NULL", Map.of()), "key: n.id", List.of(new Keyset.SortKey("n.id", false, true)),
			(row) -> (String) row.get("key"));

	/** Answers each query with {@link #row} and keeps the query and its parameters. */
	private static final class Reads implements GraphReads {

		private final Map<String, Object> row;

		private String cypher;

		private Map<String, Object> parameters;

		Reads(Map<String, Object> row) {
			this.row = row;
		}

		@Override
		public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
			this.cypher = cypher;
			this.parameters = parameters;
			return List.of(this.row);
		}

		@Override
		public List<Record> records(String cypher, Map<String, Object> parameters) {
			throw new UnsupportedOperationException();
		}

		@Override
		public <T> T operation(Supplier<T> operation) {
			return operation.get();
		}

	}

	private static Map<String, Object> row(Object total, boolean behind, String... keys) {
		List<Map<String, Object>> page = new ArrayList<>();
		for (String key : keys) {
			page.add(Map.of("__sortKey", List.of(key), "key", key));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("total", total);
		row.put("behind", behind);
		row.put("page", page);
		return row;
	}

	@Test
	void aPageWhoseClientAsksOnlyForANextPageReadsItsItemsAndOneMoreInTheOrderOfTheKeysIndex() {
		Reads reads = new Reads(row(null, false, "a", "b", "c"));
		Keyset.Counts next = new Keyset.Counts(false, false, true);
		Connection<String> page = Keyset.page(reads, SCOPE, BY_KEY, PageRequest.of(2, null), next);
		assertThat(reads.cypher).isEqualTo("RETURN null AS total, false AS behind, COLLECT { " + MATCHED
				+ " AND n.id IS NOT NULL AND true WITH * ORDER BY n.id ASC LIMIT $pageSize RETURN {__sortKey: [n.id], key: n.id} }"
				+ " AS page");
		assertThat(reads.parameters).isEqualTo(Map.of("pageSize", 3));
		// the one item more is not on the page: it tells that a next page exists
		assertThat(page.edges()).extracting(Connection.Edge::node).containsExactly("a", "b");
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();
		assertThat(page.totalCount()).isNull();
		Connection<String> last = Keyset.page(new Reads(row(null, false, "a", "b")), SCOPE, BY_KEY, PageRequest.of(2, null),
				next);
		assertThat(last.pageInfo().hasNextPage()).isFalse();
		// a client that reads only the items gets only them
		Reads itemsOnly = new Reads(row(null, false, "a", "b"));
		Keyset.page(itemsOnly, SCOPE, BY_KEY, PageRequest.of(2, null), new Keyset.Counts(false, false, false));
		assertThat(itemsOnly.parameters).isEqualTo(Map.of("pageSize", 2));
	}

	@Test
	void aPageAfterACursorSeeksFromTheCursorsKeyAndCountsWhatItsClientSelects() {
		String after = Cursor.keyset(SCOPE, List.<Object>of("b"));
		Reads reads = new Reads(row(7, true, "c"));
		Connection<String> page = Keyset.page(reads, SCOPE, BY_KEY, PageRequest.of(2, after), Keyset.Counts.ALL);
		String beyond = "coalesce((n.id > $cursorKey0 OR n.id IS NULL), false)";
		assertThat(reads.cypher).isEqualTo("RETURN COUNT { " + MATCHED + " } AS total, EXISTS { " + MATCHED + " AND NOT "
				+ beyond + " } AS behind, COLLECT { " + MATCHED + " AND n.id >= $cursorKey0 AND " + beyond
				+ " WITH * ORDER BY n.id ASC LIMIT $pageSize RETURN {__sortKey: [n.id], key: n.id} } AS page");
		assertThat(reads.parameters).isEqualTo(Map.of("pageSize", 3, "cursorKey0", "b"));
		assertThat(page.totalCount()).isEqualTo(7);
		assertThat(page.pageInfo().hasPreviousPage()).isTrue();
		assertThat(page.pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void aPageBackwardSeeksDownFromItsCursorAndAsksWhetherItemsFollowIt() {
		String before = Cursor.keyset(SCOPE, List.<Object>of("c"));
		Reads reads = new Reads(row(null, true, "b", "a"));
		PageRequest request = PageRequest.of(null, null, 2, before);
		// backward, hasNextPage asks what lies behind the page as it is read
		Connection<String> page = Keyset.page(reads, SCOPE, BY_KEY, request, Keyset.Counts.of(false, true, false, request));
		assertThat(reads.cypher).startsWith("RETURN null AS total, EXISTS { " + MATCHED + " AND NOT ")
			.contains(" AND n.id <= $cursorKey0 AND ")
			.contains("ORDER BY n.id DESC LIMIT $pageSize");
		assertThat(page.edges()).extracting(Connection.Edge::node).containsExactly("a", "b");
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();
	}

	@Test
	void anOrderNotLedByTheKeyIsReadAsBefore() {
		Keyset.Query<String> byName = new Keyset.Query<>(BY_KEY.match(), BY_KEY.where(), BY_KEY.entries(),
				List.of(new Keyset.SortKey("n.name", false), new Keyset.SortKey("n.id", false, true)), BY_KEY.mapper());
		Reads reads = new Reads(row(null, false));
		Keyset.page(reads, SCOPE, byName, PageRequest.of(2, null), new Keyset.Counts(false, false, false));
		assertThat(reads.cypher).contains(MATCHED + " AND true AND true WITH * ORDER BY n.name ASC, n.id ASC");
	}

}
