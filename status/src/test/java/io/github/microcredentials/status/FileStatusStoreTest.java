package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStatusStoreTest {

    private static final URI LIST = URI.create("https://example.edu/status/file");

    @TempDir
    Path dir;

    /**
     * The crash test: a child JVM allocating is killed with SIGKILL at random points until
     * 10,000 allocations have been printed; after every restart no index is given twice. Blocks of
     * 1 make every allocation a forced journal write, so most kills land inside the write path.
     */
    @Test
    void killedAtRandomPoints_neverGivesAnIndexTwice() throws Exception {
        Random random = new Random(16);
        Set<Long> seen = new HashSet<>();
        List<Long> all = new ArrayList<>();
        int kills = 0;
        int round = 0;
        while (all.size() < 10_000) {
            int block = new int[] {1, 1, 3, 64}[round++ % 4];
            Process child = new ProcessBuilder(javaExecutable(), "-cp", childClassPath(),
                    FileStoreCrashChild.class.getName(), dir.toString(), Integer.toString(block), "10000")
                    .redirectError(dir.resolveSibling("child-stderr.txt").toFile()).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("child started (see child-stderr.txt)").isEqualTo("ready");
            // Kill after a random number of printed indexes or a random time, whichever comes first: the child
            // goes on allocating between its last print and the signal, so the kill lands anywhere in its work.
            long killAfter = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100 + random.nextInt(1500));
            int killAtCount = all.size() + 100 + random.nextInt(900);
            boolean killed = false;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.equals("done")) {
                    break;
                }
                long index = Long.parseLong(line);
                assertThat(seen.add(index)).as("index %d given twice (after %d kills)", index, kills).isTrue();
                all.add(index);
                if (!killed && (System.nanoTime() > killAfter || all.size() >= killAtCount || all.size() >= 10_000)) {
                    child.toHandle().destroyForcibly(); // SIGKILL; keeps the pipe open to read what was printed
                    killed = true;
                    kills++;
                }
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(kills).isGreaterThanOrEqualTo(10);
        assertThat(seen).hasSize(all.size());
        // Every third index the child revoked before printing is still revoked, and the store reopens.
        try (FileStatusStore store = FileStatusStore.open(dir)) {
            StatusList list = StatusList.open(store, FileStoreCrashChild.LIST);
            for (long index : all.subList(0, 300)) {
                assertThat(list.isAllocated(index)).isTrue();
            }
            long next = list.allocate().statusListIndex();
            assertThat(seen).doesNotContain(next);
        }
        System.out.printf("crash test: %d indexes in %d runs, %d kills, all distinct%n", all.size(), round, kills);
    }

    @Test
    void tornTailOfTheJournal_isDropped_andNoIndexIsReused() throws Exception {
        Set<Long> seen = new HashSet<>();
        try (FileStatusStore store = FileStatusStore.open(dir, 4)) {
            StatusList list = StatusList.create(store, ListDefinition.revocation(LIST));
            for (int i = 0; i < 10; i++) {
                seen.add(list.allocate().statusListIndex());
            }
            list.revoke(seen.iterator().next());
        }
        Path journal;
        try (var listing = Files.walk(dir)) {
            journal = listing.filter(p -> p.getFileName().toString().equals("journal")).findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            file.seek(file.length());
            file.write(new byte[] {'R', 1, 2, 3});
        }
        try (FileStatusStore store = FileStatusStore.open(dir, 4)) {
            StatusList list = StatusList.open(store, LIST);
            assertThat(list.status(seen.iterator().next())).isEqualTo(1);
            for (int i = 0; i < 20; i++) {
                assertThat(seen.add(list.allocate().statusListIndex())).isTrue();
            }
        }
    }

    @Test
    void cleanClose_skipsNoIndex_andCompactionKeepsStatuses() throws Exception {
        try (FileStatusStore store = FileStatusStore.open(dir, 1000)) {
            StatusList list = StatusList.create(store, ListDefinition.suspension(LIST));
            for (int i = 0; i < 5; i++) {
                list.allocate();
            }
        }
        try (FileStatusStore store = FileStatusStore.open(dir, 1000, 4096)) {
            assertThat(store.allocated(LIST)).isEqualTo(5);
            StatusList list = StatusList.open(store, LIST);
            long index = list.allocate().statusListIndex();
            // Enough journalled changes to compact the journal into a snapshot at least once.
            for (int i = 0; i < 600; i++) {
                store.setStatus(LIST, index, i % 2);
            }
            list.suspend(index);
        }
        try (FileStatusStore store = FileStatusStore.open(dir)) {
            StatusList list = StatusList.open(store, LIST);
            assertThat(store.allocated(LIST)).isEqualTo(6);
            StatusBitstring bits = list.bitstring();
            long set = 0;
            for (long i = 0; i < list.capacity(); i++) {
                set += bits.status(i, 1);
            }
            assertThat(set).isEqualTo(1);
        }
    }

    @Test
    void secondOpenOfTheSameDirectory_isRefused() throws Exception {
        try (FileStatusStore store = FileStatusStore.open(dir)) {
            assertThat(store.definition(LIST)).isEmpty();
            assertThatThrownBy(() -> FileStatusStore.open(dir)).isInstanceOf(StatusException.class).hasMessageContaining("open in another");
        }
        FileStatusStore.open(dir).close();
    }

    /** Surefire runs these tests on the module path: the child gets the same jars and folders as a class path. */
    private static String childClassPath() throws Exception {
        List<String> parts = new ArrayList<>();
        parts.add(Path.of(FileStoreCrashChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                parts.add(value);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
