package io.github.microcredentials.status;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server started by the tests from the machine's PostgreSQL binaries
 * ({@code initdb}, {@code pg_ctl}; Debian's {@code postgresql} package, which {@code .ci/run}
 * installs when missing). As root (CI containers) the server runs as the {@code postgres} user,
 * since PostgreSQL refuses to run as root. Without binaries the tests are skipped with the reason,
 * unless {@code -Dmc.postgres.required=true} (set by {@code .ci/run}) makes that a failure.
 */
final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path base;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path base, int port, boolean asPostgres) {
        this.bin = bin;
        this.base = base;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    static PostgresServer start(boolean fsync) throws Exception {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String reason = "PostgreSQL binaries (initdb, pg_ctl) not found: install Debian's postgresql package or set PG_BIN";
            if (Boolean.getBoolean("mc.postgres.required")) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory(Path.of("/tmp"), "mc-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin.get(), base, port, root);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", base.toString()));
            run(List.of("chmod", "755", base.toString()));
        }
        server.pg(List.of(bin.get().resolve("initdb").toString(), "-D", base.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync"));
        String options = "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c max_connections=50"
                + (fsync ? "" : " -F");
        server.pg(List.of(bin.get().resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-o", options,
                "-l", base.resolve("log").toString(), "-w", "-t", "60", "start"));
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Override
    public void close() throws IOException {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(output));
        }
    }

    private static Optional<Path> binaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Optional.of(Path.of(dir));
            }
        }
        return Optional.empty();
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
