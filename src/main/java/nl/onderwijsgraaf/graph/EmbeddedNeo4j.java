package nl.onderwijsgraaf.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community engine inside this process, reachable only through its Bolt connector on loopback: the service
 * talks to it with the ordinary driver, exactly as to a remote server, and tools such as cypher-shell can read the
 * same graph while the service runs.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final CompletableFuture<DatabaseManagementService> dbms;

	private final Path home;

	private final int requestedBoltPort;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> dbms, Path home, int requestedBoltPort) {
		this.dbms = dbms;
		this.home = home;
		this.requestedBoltPort = requestedBoltPort;
	}

	/** Starts an engine on {@code home}; with {@code boltPort} 0 the operating system picks a free port. */
	public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
		Path absoluteHome = home.toAbsolutePath().normalize();
		EmbeddedNeo4j engine = new EmbeddedNeo4j(CompletableFuture.completedFuture(build(absoluteHome, boltPort,
				pageCache)), absoluteHome, boltPort);
		engine.logStarted();
		return engine;
	}

	/**
	 * Like {@link #start} but on a thread of its own, which then also warms up the Cypher runtime: the caller builds
	 * the rest of the application meanwhile and calls {@link #awaitStarted()} before its first query.
	 */
	public static EmbeddedNeo4j startInBackground(Path home, int boltPort, String pageCache) {
		Path absoluteHome = home.toAbsolutePath().normalize();
		CompletableFuture<DatabaseManagementService> started = new CompletableFuture<>();
		EmbeddedNeo4j engine = new EmbeddedNeo4j(started, absoluteHome, boltPort);
		Thread starter = new Thread(() -> {
			try {
				DatabaseManagementService dbms = build(absoluteHome, boltPort, pageCache);
				started.complete(dbms);
				engine.logStarted();
				// Why: the first query of a fresh engine loads and compiles the Cypher stack, seconds on 2 cores.
				dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
					.executeTransactionally("MATCH (n) WHERE n.id IS NOT NULL RETURN count(n) AS nodes");
			}
			catch (RuntimeException | Error ex) {
				// Once started, only the warm-up can fail: then this does nothing and the first query warms up.
				started.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		starter.setDaemon(true);
		starter.start();
		return engine;
	}

	/** Returns once the engine accepts Bolt connections; throws what stopped it from starting. */
	public void awaitStarted() {
		dbms();
	}

	private static DatabaseManagementService build(Path absoluteHome, int boltPort, String pageCache) {
		return new DatabaseManagementServiceBuilder(absoluteHome)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			// Loopback only, so no authentication: nothing outside this machine can reach the connector.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			// Without these an empty store preallocates 256 MiB of transaction log.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
			// Netty's default quiet period makes every shutdown wait ~10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.build();
	}

	private void logStarted() {
		log.info("Embedded Neo4j started: {}, data dir {}", boltUri(), this.home);
	}

	private DatabaseManagementService dbms() {
		try {
			return this.dbms.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause
					: new IllegalStateException("Embedded Neo4j did not start", ex.getCause());
		}
	}

	private static int actualBoltPort(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	/** The Bolt address; known before the engine is up unless the port is picked at start. */
	public URI boltUri() {
		int port = (this.requestedBoltPort != 0) ? this.requestedBoltPort : actualBoltPort(dbms());
		return URI.create("bolt://" + LOOPBACK + ":" + port);
	}

	public Path home() {
		return this.home;
	}

	@Override
	public void close() {
		DatabaseManagementService started;
		try {
			started = dbms();
		}
		catch (RuntimeException ex) {
			return; // it never ran
		}
		long stopping = System.nanoTime();
		started.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
	}

}
