package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.status.JdbcStatusStore;
import io.github.microcredentials.status.ListDefinition;
import io.github.microcredentials.status.StatusList;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Allocations per second on PostgreSQL with 8 concurrent issuers (threads), each its own store and
 * connection, as separate machines would be; default reservation block (64). Starts a throwaway
 * PostgreSQL with fsync on from the machine's binaries (/usr/lib/postgresql/N/bin, or PG_BIN).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar StatusPostgresBenchmark -f 1 -wi 2 -i 5 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
public class StatusPostgresBenchmark {

    static final URI LIST = URI.create("https://example.edu/status/pg-bench");

    Path base;
    Path bin;
    int port;
    boolean root;

    @Setup(Level.Trial)
    public void start() throws Exception {
        bin = Path.of(System.getenv().getOrDefault("PG_BIN", ""));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries"));
            }
        }
        root = "root".equals(System.getProperty("user.name"));
        base = Files.createTempDirectory(Path.of("/tmp"), "mc-pg-bench-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", base.toString()));
        }
        pg(List.of(bin.resolve("initdb").toString(), "-D", base.resolve("data").toString(), "-U", "postgres", "-A", "trust"));
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-o",
                "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1", "-l", base.resolve("log").toString(), "-w", "start"));
        DataSource source = dataSource();
        JdbcStatusStore store = JdbcStatusStore.builder(source).build();
        store.createTables();
        StatusList.create(store, ListDefinition.generate(LIST, StatusPurpose.REVOCATION, 1, 16L * 1024 * 1024, new SecureRandom()));
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-m", "immediate", "stop"));
        try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    DataSource dataSource() throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> m.getName().equals("close") ? null : invoke(m, connection, a));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One issuer: its own store and connection. */
    @State(Scope.Thread)
    public static class Issuer {
        StatusList list;

        @Setup(Level.Trial)
        public void open(StatusPostgresBenchmark server) throws Exception {
            list = StatusList.open(JdbcStatusStore.builder(server.dataSource()).build(), LIST);
        }
    }

    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public BitstringStatusListEntry allocate(Issuer issuer) throws Exception {
        return issuer.list.allocate();
    }

    private void pg(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + new String(out));
        }
    }
}
