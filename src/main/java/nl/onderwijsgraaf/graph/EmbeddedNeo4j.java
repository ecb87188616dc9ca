package nl.onderwijsgraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
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
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community engine inside this process, reachable only through its Bolt connector on loopback: the service
 * talks to it with the ordinary driver, exactly as to a remote server, and tools such as cypher-shell can read the
 * same graph while the service runs. Bolt asks for a password even on loopback, since on a shared host any local
 * user could otherwise write past curation's checks and audit: user {@value #USER}, with a password generated at the
 * first start and kept in {@value #PASSWORD_FILE} in the data dir, readable by its owner only (delete the file and
 * restart for a new one). {@code LOAD CSV} may not read local files.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	/** The Bolt user. */
	public static final String USER = "neo4j";

	/** The file in the data dir that holds the Bolt password. */
	public static final String PASSWORD_FILE = "bolt-password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final CompletableFuture<DatabaseManagementService> dbms;

	private final Path home;

	private final int requestedBoltPort;

	private final BoltPassword password;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> dbms, Path home, int requestedBoltPort,
			BoltPassword password) {
		this.dbms = dbms;
		this.home = home;
		this.requestedBoltPort = requestedBoltPort;
		this.password = password;
	}

	/** Starts an engine on {@code home}; with {@code boltPort} 0 the operating system picks a free port. */
	public static EmbeddedNeo4j start(Path home, int boltPort, String pageCache) {
		Path absoluteHome = home.toAbsolutePath().normalize();
		BoltPassword password = BoltPassword.of(absoluteHome);
		EmbeddedNeo4j engine = new EmbeddedNeo4j(CompletableFuture.completedFuture(build(absoluteHome, boltPort,
				pageCache, password)), absoluteHome, boltPort, password);
		engine.logStarted();
		return engine;
	}

	/**
	 * Like {@link #start} but on a thread of its own, which then also warms up the Cypher runtime: the caller builds
	 * the rest of the application meanwhile and calls {@link #awaitStarted()} before its first query.
	 */
	public static EmbeddedNeo4j startInBackground(Path home, int boltPort, String pageCache) {
		Path absoluteHome = home.toAbsolutePath().normalize();
		BoltPassword password = BoltPassword.of(absoluteHome);
		CompletableFuture<DatabaseManagementService> started = new CompletableFuture<>();
		EmbeddedNeo4j engine = new EmbeddedNeo4j(started, absoluteHome, boltPort, password);
		Thread starter = new Thread(() -> {
			try {
				DatabaseManagementService dbms = build(absoluteHome, boltPort, pageCache, password);
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

	private static DatabaseManagementService build(Path absoluteHome, int boltPort, String pageCache,
			BoltPassword password) {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(absoluteHome)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// Why no lock-out: a generated password cannot be guessed, and locking the user after 3 wrong ones would
			// let any local user lock the service itself out of new connections.
			.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
			// Without these an empty store preallocates 256 MiB of transaction log.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
			// Netty's default quiet period makes every shutdown wait ~10 s.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.build();
		if (password.isNew()) {
			// In-process transactions need no credentials; the engine created the user with a password to change.
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password.value()));
			password.save();
		}
		return dbms;
	}

	/** The credentials of the Bolt connector, for a driver. */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, this.password.value());
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

	/** The default database, for reads inside the process ({@link EmbeddedGraphReads}). */
	public GraphDatabaseService database() {
		return dbms().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	public Path home() {
		return this.home;
	}

	/**
	 * The Bolt password of the engine that runs, or ran, on the data dir {@code home}: kept in a file there once it
	 * is set, written only after the engine took it, so that a start that failed halfway generates a new one.
	 */
	private record BoltPassword(Path file, String value, boolean isNew) {

		static BoltPassword of(Path home) {
			Path file = home.resolve(PASSWORD_FILE);
			try {
				if (Files.exists(file)) {
					return new BoltPassword(file, Files.readString(file, StandardCharsets.UTF_8).strip(), false);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the Bolt password in " + file, ex);
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			return new BoltPassword(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
		}

		/** Writes the file with owner-only permissions, atomically, so that no reader sees it half written. */
		void save() {
			try {
				Path written = this.file.resolveSibling(PASSWORD_FILE + ".new");
				Files.deleteIfExists(written);
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				Files.writeString(written, this.value + "\n", StandardCharsets.UTF_8);
				Files.move(written, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the Bolt password to " + this.file, ex);
			}
		}

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
