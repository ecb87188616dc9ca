package nl.onderwijsgraaf.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.curation.Curators.Curator;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.seed.SeedKind;
import nl.onderwijsgraaf.seed.SeedRules;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every curation change, each in one write transaction that first takes the graph lock (the {@code GraphMeta} node):
 * changes are serialised, so a version read under the lock is the committed one, and the audit sequence has no gaps.
 * In the same transaction the change bumps the graph generation and writes its {@code AuditEntry}; a
 * {@link CurationFailure} rolls all of it back. After the commit the search index is brought up to date, so a
 * mutation's answer and the search agree. A change sent with an {@code Idempotency-Key} keeps the key in the same
 * transaction, so a retry of a committed change answers with it and changes nothing.
 */
@Service
class CurationService {

	static final String AUDIT_LABEL = "AuditEntry";

	/** How long the key of a committed change answers a retry with that change. */
	static final Duration RETRY_WINDOW = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(CurationService.class);

	private static final String CITES = "CITES";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;

	private final SearchSync search;

	CurationService(Driver driver, SearchSync search) {
		this.driver = driver;
		this.search = search;
	}

	/**
	 * What a change did, for its audit entry: the node it concerns, its state before and after, and the other nodes
	 * it linked or unlinked. Why those: search documents hold the names of linked nodes, so a link change alters the
	 * other end's document too, also when the unlink left it no longer a neighbour of the node.
	 */
	record Change(String label, String key, String operation, Map<String, Object> before, Map<String, Object> after,
			List<GlobalId> related) {

		Change(String label, String key, String operation, Map<String, Object> before, Map<String, Object> after) {
			this(label, key, operation, before, after, List.of());
		}

	}

	/** The kinds curators maintain: every seed kind except the source documents themselves. */
	static List<SeedKind> curatedKinds() {
		return java.util.Arrays.stream(SeedKind.values()).filter((k) -> k != SeedKind.SOURCES).toList();
	}

	Change create(SeedKind kind, Map<String, Object> input, Curator curator) {
		return write(curator, (tx) -> {
			InputCheck check = new InputCheck(sourceIds(tx));
			String key = check.key(input.get("key"));
			Map<String, Object> fields = check.fields(kind, input, true);
			List<String> provenance = check.provenance(input.get("provenance"), kind.needsSource());
			SeedKind.Link required = kind.links().values().stream().filter(SeedKind.Link::required).findFirst().orElse(null);
			if (required != null && input.get(required.name()) == null) {
				check.problem("missing required field", required.name());
			}
			check.done();
			if (properties(tx, kind.label(), key) != null) {
				throw new CurationFailure("ALREADY_EXISTS", "a " + kind.label() + " with key '" + key + "' exists", "key");
			}
			Map<String, Object> properties = new TreeMap<>(fields);
			properties.put("id", key);
			if (provenance != null) {
				properties.put("provenance", provenance);
			}
			properties.put("version", 1);
			tx.run("CREATE (n:`" + kind.label() + "`) SET n = $properties", Map.of("properties", properties)).consume();
			cite(tx, kind.label(), key, provenance);
			if (required != null) {
				link(tx, kind, key, required, String.valueOf(input.get(required.name())), null,
						(provenance != null) ? provenance.get(0) : null, required.name());
			}
			return new Change(kind.label(), key, "CREATE", null, properties(tx, kind.label(), key));
		});
	}

	Change update(SeedKind kind, String key, Map<String, Object> input, Curator curator) {
		return write(curator, (tx) -> {
			InputCheck check = new InputCheck(sourceIds(tx));
			Map<String, Object> changes = new LinkedHashMap<>(check.fields(kind, input, false));
			List<String> provenance = input.containsKey("provenance")
					? check.provenance(input.get("provenance"), kind.needsSource()) : null;
			check.done();
			Map<String, Object> before = current(tx, kind.label(), key, (Integer) input.get("version"), "id");
			if (provenance != null) {
				changes.put("provenance", provenance);
			}
			changes.put("version", version(before) + 1);
			tx.run("MATCH (n:`" + kind.label() + "` {id: $key}) SET n += $changes",
					parameters("key", key, "changes", changes))
				.consume();
			if (provenance != null) {
				cite(tx, kind.label(), key, provenance);
			}
			return new Change(kind.label(), key, "UPDATE", before, properties(tx, kind.label(), key));
		});
	}

	/** Retires ({@code retire} true) or restores a node named by its global id. */
	Change retire(NodeVersion input, boolean retire, Curator curator) {
		GlobalId node = curatedNode(input.id(), "id");
		return write(curator, (tx) -> {
			Map<String, Object> before = properties(tx, node.type(), node.key());
			if (before == null) {
				throw CurationFailure.notFound("id", "node");
			}
			if (retire == before.containsKey("retired")) {
				throw new CurationFailure(retire ? "RETIRED" : "NOT_RETIRED",
						"the " + node.type() + " is " + (retire ? "already" : "not") + " retired", "id");
			}
			checkVersion(node.type(), before, input.version());
			tx.run("MATCH (n:`" + node.type() + "` {id: $key}) SET n.retired = $retired, n.version = $version",
					parameters("key", node.key(), "retired", retire ? Boolean.TRUE : null, "version", input.version() + 1))
				.consume();
			return new Change(node.type(), node.key(), retire ? "RETIRE" : "RESTORE", before,
					properties(tx, node.type(), node.key()));
		});
	}

	/** Adds ({@code add} true) or removes a link declared on the {@code from} node's kind. */
	Change link(LinkInput input, boolean add, Curator curator) {
		GlobalId from = curatedNode(input.from(), "from");
		SeedKind kind = SeedKind.ofLabel(from.type());
		String name = input.link();
		SeedKind.Link link = kind.links().get(name);
		if (link == null) {
			throw InvalidFieldsException.of("a " + kind.label() + " has no link '" + name + "' (its links: "
					+ kind.links().keySet() + ")", "link");
		}
		return write(curator, (tx) -> {
			Map<String, Object> before = properties(tx, from.type(), from.key());
			if (before == null) {
				throw CurationFailure.notFound("from", from.type());
			}
			if (before.containsKey("retired")) {
				throw new CurationFailure("RETIRED", "the " + from.type() + " is retired", "from");
			}
			Map<String, Object> described;
			if (add) {
				List<?> provenance = (List<?>) before.get("provenance");
				described = link(tx, kind, from.key(), link, input.to(), input.role(),
						(input.provenance() != null) ? input.provenance()
								: (provenance != null && !provenance.isEmpty()) ? (String) provenance.get(0) : null,
						"to");
			}
			else {
				described = unlink(tx, kind, from.key(), link, input.to(), input.role());
			}
			tx.run("MATCH (n:`" + from.type() + "` {id: $key}) SET n.version = coalesce(n.version, 1) + 1",
					Map.of("key", from.key()))
				.consume();
			return new Change(from.type(), from.key(), add ? "LINK" : "UNLINK", add ? null : described,
					add ? described : null, List.of(GlobalId.decode((String) described.get("to"))));
		});
	}

	/** Sets (or, with a null {@code input} value part, removes) one attribute of a country profile. */
	Change countryAttribute(String countryKey, Map<String, Object> input, boolean set, Curator curator) {
		String country = SeedKind.COUNTRIES.label();
		return write(curator, (tx) -> {
			InputCheck check = new InputCheck(sourceIds(tx));
			String key = check.key(input.get("key"));
			Map<String, Object> attribute = new TreeMap<>();
			List<String> provenance = null;
			if (set) {
				List<String> values = SeedRules.ATTRIBUTE_VALUES.stream().filter((v) -> input.get(v) != null).toList();
				if (values.size() != 1) {
					check.problem("needs exactly one of " + SeedRules.ATTRIBUTE_VALUES + ", has " + values, "key");
				}
				SeedRules.ATTRIBUTE_FIELDS.forEach((name, type) -> {
					if (input.get(name) != null) {
						attribute.put(name, check.typed(type, input.get(name), name));
					}
				});
				if (input.get("amount") != null && input.get("currency") == null) {
					check.problem("an amount needs its currency", "currency");
				}
				provenance = check.provenance(input.get("provenance"), true);
			}
			check.done();
			Map<String, Object> countryNode = properties(tx, country, countryKey);
			if (countryNode == null) {
				throw CurationFailure.notFound("country", country);
			}
			String id = countryKey + "/" + key;
			Map<String, Object> before = properties(tx, "CountryAttribute", id);
			if (!set && before == null) {
				throw CurationFailure.notFound("key", "attribute of this country");
			}
			tx.run("MATCH (a:CountryAttribute {id: $id}) DETACH DELETE a", Map.of("id", id)).consume();
			if (set) {
				attribute.put("id", id);
				attribute.put("key", key);
				attribute.put("provenance", provenance);
				tx.run("""
						MATCH (c:Country {id: $country})
						CREATE (c)-[:HAS_ATTRIBUTE {identity: '', provenance: $first}]->(a:CountryAttribute)
						SET a = $attribute""",
						Map.of("country", countryKey, "first", provenance.get(0), "attribute", attribute))
					.consume();
			}
			tx.run("MATCH (n:Country {id: $key}) SET n.version = coalesce(n.version, 1) + 1", Map.of("key", countryKey))
				.consume();
			return new Change(country, countryKey, "UPDATE", before, set ? properties(tx, "CountryAttribute", id) : null);
		});
	}

	private Change write(Curator curator, Function<TransactionContext, Change> work) {
		Change change;
		try (var session = this.driver.session()) {
			change = session.executeWrite((tx) -> {
				Map<String, Object> counters = lockGraph(tx);
				replayIfSeen(tx, curator);
				Change done = work.apply(tx);
				audit(tx, counters, curator.name(), done);
				remember(tx, curator, done);
				return done;
			});
		}
		catch (Replay replay) {
			return replay.change; // rolled back: the counters the lock moved stay as they were
		}
		try {
			this.search.catchUp();
		}
		catch (RuntimeException ex) {
			// Why not fail: the change is committed and must be reported so; the next change catches the index up.
			log.warn("Search index not yet caught up after a committed change: {}", ex.toString());
		}
		return change;
	}

	/**
	 * A request sent again with the key of one that committed (its answer was lost, or timed out on the client) is
	 * answered with that change instead of being made again; the key of another request is refused. Runs under the
	 * graph lock, so a retry that races its original waits for it and then sees it.
	 */
	private static void replayIfSeen(TransactionContext tx, Curator curator) {
		if (curator.retryKey() == null) {
			return;
		}
		Map<String, Object> earlier = tx.run("""
				MATCH (k:IdempotencyKey {id: $id}) WHERE k.expires > datetime()
				RETURN k.request AS request, k.kind AS kind, k.key AS key""", Map.of("id", retryId(curator)))
			.stream()
			.findFirst()
			.map(org.neo4j.driver.Record::asMap)
			.orElse(null);
		if (earlier == null) {
			return;
		}
		if (!curator.request().equals(earlier.get("request"))) {
			throw new CurationFailure("IDEMPOTENCY_KEY_REUSED",
					"this Idempotency-Key belongs to another change; send a new key with every new change");
		}
		throw new Replay(new Change((String) earlier.get("kind"), (String) earlier.get("key"), "REPLAY", null, null));
	}

	/** Keeps the key of a committed change, in its transaction, for {@link #RETRY_WINDOW}; drops expired ones. */
	private static void remember(TransactionContext tx, Curator curator, Change done) {
		if (curator.retryKey() == null) {
			return;
		}
		tx.run("MATCH (k:IdempotencyKey) WHERE k.expires <= datetime() WITH k LIMIT 100 DELETE k").consume();
		tx.run("""
				MERGE (k:IdempotencyKey {id: $id})
				SET k.request = $request, k.kind = $kind, k.key = $key, k.expires = datetime() + duration($window)""",
				Map.of("id", retryId(curator), "request", curator.request(), "kind", done.label(), "key", done.key(),
						"window", RETRY_WINDOW.toString()))
			.consume();
	}

	private static String retryId(Curator curator) {
		return curator.name() + "\n" + curator.retryKey();
	}

	/** Ends a write transaction without a change: the request was made before, and this is its result. */
	private static final class Replay extends RuntimeException {

		private final transient Change change;

		Replay(Change change) {
			super(null, null, false, false);
			this.change = change;
		}

	}

	/**
	 * Takes the graph's write lock with a first write to {@code GraphMeta}; only then reads the counters, which no
	 * other change can now move, and bumps them.
	 */
	private static Map<String, Object> lockGraph(TransactionContext tx) {
		tx.run("MERGE (m:GraphMeta {id: 'graph'}) SET m.lastChangeAt = datetime()").consume();
		return tx.run("""
				MATCH (m:GraphMeta {id: 'graph'})
				SET m.generation = coalesce(m.generation, 0) + 1, m.auditSequence = coalesce(m.auditSequence, 0) + 1
				RETURN m.auditSequence AS sequence, m.generation AS generation""").single().asMap();
	}

	/** The entry records the generation its change produced, which lets every instance's search follow the log. */
	private static void audit(TransactionContext tx, Map<String, Object> counters, String curator, Change change) {
		Map<String, Object> entry = new LinkedHashMap<>(counters);
		entry.put("curator", curator);
		entry.put("kind", change.label());
		entry.put("key", change.key());
		entry.put("operation", change.operation());
		entry.put("before", json(change.before()));
		entry.put("after", json(change.after()));
		entry.put("related", change.related().stream().map(GlobalId::toString).toList());
		tx.run("CREATE (a:`" + AUDIT_LABEL + "`) SET a = $entry, a.at = toString(datetime.transaction('Z'))",
				Map.of("entry", entry))
			.consume();
	}

	private static String json(Map<String, Object> state) {
		return (state != null) ? JSON.writeValueAsString(new TreeMap<>(state)) : null;
	}

	/** The node's properties after checking it exists, is not retired and is at {@code version}. */
	private static Map<String, Object> current(TransactionContext tx, String label, String key, int version,
			String field) {
		Map<String, Object> node = properties(tx, label, key);
		if (node == null) {
			throw CurationFailure.notFound(field, label);
		}
		if (node.containsKey("retired")) {
			throw new CurationFailure("RETIRED", "the " + label + " is retired; restore it first", field);
		}
		checkVersion(label, node, version);
		return node;
	}

	private static void checkVersion(String label, Map<String, Object> node, int version) {
		if (version(node) != version) {
			throw new CurationFailure("CONFLICT", "version " + version + " is stale: the " + label
					+ " is at version " + version(node) + "; read it again and redo the change", "version");
		}
	}

	/** Seeded nodes carry no version yet: they are at version 1. */
	static int version(Map<String, Object> node) {
		return (node.get("version") instanceof Number number) ? number.intValue() : 1;
	}

	static Map<String, Object> properties(TransactionContext tx, String label, String key) {
		var result = tx.run("MATCH (n:`" + label + "` {id: $key}) RETURN properties(n) AS p", Map.of("key", key));
		return result.hasNext() ? new TreeMap<>(result.next().get("p").asMap()) : null;
	}

	private static Set<String> sourceIds(TransactionContext tx) {
		return new HashSet<>(tx.run("MATCH (s:Source) RETURN s.id AS id").list((r) -> r.get("id").asString()));
	}

	/** One CITES relationship per source document, carrying the provenance items cited there (as the seed has). */
	private static void cite(TransactionContext tx, String label, String key, List<String> provenance) {
		tx.run("MATCH (n:`" + label + "` {id: $key})-[c:" + CITES + "]->() DELETE c", Map.of("key", key)).consume();
		if (provenance == null) {
			return;
		}
		Map<String, List<String>> bySource = new LinkedHashMap<>();
		provenance.forEach((p) -> bySource.computeIfAbsent(SeedRules.sourceOf(p), (s) -> new ArrayList<>()).add(p));
		List<Map<String, Object>> rows = bySource.entrySet()
			.stream()
			.map((e) -> Map.<String, Object>of("source", e.getKey(), "items", e.getValue()))
			.toList();
		tx.run("UNWIND $rows AS row MATCH (n:`" + label + "` {id: $key}) MATCH (s:Source {id: row.source})"
				+ " CREATE (n)-[:" + CITES + " {identity: '', provenance: row.items}]->(s)",
				Map.of("key", key, "rows", rows))
			.consume();
	}

	private static Map<String, Object> link(TransactionContext tx, SeedKind kind, String key, SeedKind.Link link,
			String to, String role, String provenance, String toField) {
		InputCheck check = new InputCheck(sourceIds(tx));
		checkRole(check, link, role);
		String checkedProvenance = (provenance != null) ? check.provenanceItem(provenance, "provenance") : null;
		if (provenance == null) {
			check.problem("missing required field (the " + kind.label() + " cites no source to default to)",
					"provenance");
		}
		check.done();
		GlobalId target = target(tx, link, to, toField);
		if (properties(tx, target.type(), target.key()).containsKey("retired")) {
			throw new CurationFailure("RETIRED", "the " + target.type() + " linked to is retired", toField);
		}
		Map<String, Object> relationship = new TreeMap<>();
		relationship.put("identity", (role != null) ? role : "");
		relationship.put("provenance", checkedProvenance);
		if (role != null) {
			relationship.put("role", role);
		}
		tx.run(arrow(kind, key, link, target) + " MERGE (a)-[r:`" + link.type() + "` {identity: $identity}]->(b)"
				+ " SET r = $relationship",
				parameters("from", key, "to", target.key(), "identity", relationship.get("identity"), "relationship",
						relationship))
			.consume();
		return described(link, target, relationship);
	}

	private static Map<String, Object> unlink(TransactionContext tx, SeedKind kind, String key, SeedKind.Link link,
			String to, String role) {
		InputCheck check = new InputCheck(Set.of());
		checkRole(check, link, role);
		check.done();
		GlobalId target = target(tx, link, to, "to");
		var removed = tx.run(arrow(kind, key, link, target) + " MATCH (a)-[r:`" + link.type()
				+ "` {identity: $identity}]->(b) WITH r, properties(r) AS p DELETE r RETURN p",
				Map.of("from", key, "to", target.key(), "identity", (role != null) ? role : ""));
		if (!removed.hasNext()) {
			throw new CurationFailure("NOT_LINKED", "the " + kind.label() + " has no such '" + link.name() + "' link",
					"to");
		}
		return described(link, target, removed.next().get("p").asMap());
	}

	private static void checkRole(InputCheck check, SeedKind.Link link, String role) {
		if (link.role() != null) {
			String problem = (role == null) ? "missing role (this link has one)" : link.role().check(role);
			if (problem != null) {
				check.problem(problem, "role");
			}
		}
		else if (role != null) {
			check.problem("this link has no role", "role");
		}
	}

	/** Binds {@code a} and {@code b} to the relationship's start and end node, whichever way the link points. */
	private static String arrow(SeedKind kind, String key, SeedKind.Link link, GlobalId target) {
		String from = "`" + kind.label() + "` {id: $from}";
		String to = "`" + target.type() + "` {id: $to}";
		return link.outgoing() ? "MATCH (a:" + from + ") MATCH (b:" + to + ")"
				: "MATCH (a:" + to + ") MATCH (b:" + from + ")";
	}

	private static Map<String, Object> described(SeedKind.Link link, GlobalId target, Map<String, Object> relationship) {
		Map<String, Object> described = new TreeMap<>(relationship);
		described.remove("identity");
		described.put("link", link.name());
		described.put("to", target.toString());
		return described;
	}

	/** The node a link points at, by global id or by key among the kinds the link allows (as the seed resolves it). */
	private static GlobalId target(TransactionContext tx, SeedKind.Link link, String to, String field) {
		List<String> labels = link.targets().stream().map(SeedKind::label).toList();
		if (to != null && SeedRules.KEY.matcher(to).matches()) {
			List<String> found = labels.stream().filter((label) -> properties(tx, label, to) != null).toList();
			if (found.size() == 1) {
				return new GlobalId(found.get(0), to);
			}
			if (found.size() > 1) {
				throw InvalidFieldsException.of("key '" + to + "' is ambiguous here (" + found + "): give a global id",
						field);
			}
			throw CurationFailure.notFound(field, String.join(" or ", labels));
		}
		GlobalId id = decode(to, field);
		if (!labels.contains(id.type())) {
			throw InvalidFieldsException.of("this link points at " + labels + ", not at a " + id.type(), field);
		}
		if (properties(tx, id.type(), id.key()) == null) {
			throw CurationFailure.notFound(field, id.type());
		}
		return id;
	}

	/** A global id of a node kind that curators maintain. */
	static GlobalId curatedNode(String id, String field) {
		GlobalId node = decode(id, field);
		SeedKind kind = SeedKind.ofLabel(node.type());
		if (kind == null || kind == SeedKind.SOURCES) {
			throw InvalidFieldsException.of("a " + node.type() + " is not something curators change here", field);
		}
		return node;
	}

	private static GlobalId decode(String id, String field) {
		try {
			return GlobalId.decode(String.valueOf(id));
		}
		catch (InvalidInputException ex) {
			throw InvalidFieldsException.of("'" + id + "' is not a global id of this API", field);
		}
	}

	/** Parameters that may hold nulls (which {@code Map.of} refuses); a null in {@code SET n += $map} removes. */
	private static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put((String) pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

}
