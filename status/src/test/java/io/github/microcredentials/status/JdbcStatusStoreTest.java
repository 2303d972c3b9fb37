package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JDBC store on H2 (embedded) and on a real PostgreSQL the test starts itself. */
class JdbcStatusStoreTest {

    /** Allocates from several stores at once, each with its own connection, as several issuing machines do. */
    static Set<Long> allocateConcurrently(List<String> urls, URI list, int perThread, int[] blocks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < urls.size(); t++) {
                String url = urls.get(t);
                int block = blocks[t % blocks.length];
                results.add(pool.submit((Callable<List<Long>>) () -> {
                    try (SingleConnectionDataSource source = new SingleConnectionDataSource(url);
                            JdbcStatusStore store = JdbcStatusStore.builder(source).reservationBlock(block).build()) {
                        StatusList statusList = StatusList.open(store, list);
                        List<Long> indexes = new ArrayList<>(perThread);
                        for (int i = 0; i < perThread; i++) {
                            indexes.add(statusList.allocate().statusListIndex());
                        }
                        return indexes;
                    }
                }));
            }
            Set<Long> all = new HashSet<>();
            int count = 0;
            for (Future<List<Long>> result : results) {
                for (long index : result.get()) {
                    assertThat(all.add(index)).as("index %d allocated twice", index).isTrue();
                    count++;
                }
            }
            assertThat(all).hasSize(count);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static void behavesAsAStore(String url) throws Exception {
        URI url1 = URI.create("https://example.edu/status/jdbc/" + System.nanoTime());
        try (SingleConnectionDataSource source = new SingleConnectionDataSource(url);
                JdbcStatusStore store = JdbcStatusStore.builder(source).build()) {
            store.createTables();
            store.createTables();
            StatusList list = StatusList.create(store, ListDefinition.revocation(url1));
            assertThatThrownBy(() -> store.create(ListDefinition.revocation(url1))).hasMessageContaining("exists already");
            long a = list.allocate().statusListIndex();
            long b = list.allocate().statusListIndex();
            list.revoke(a);
            list.revoke(a);
            assertThatThrownBy(() -> list.setStatus(a, 0)).hasMessageContaining("irreversible");
            assertThat(list.status(a)).isEqualTo(1);
            assertThat(list.status(b)).isZero();
            StatusBitstring bits = list.bitstring();
            assertThat(bits.status(a, 1)).isEqualTo(1);
            assertThat(bits.status(b, 1)).isZero();
            assertThat(bits.length()).isEqualTo(131_072);
            // Another store instance (another machine) sees the same list and never reuses its indexes.
            try (SingleConnectionDataSource other = new SingleConnectionDataSource(url);
                    JdbcStatusStore second = JdbcStatusStore.builder(other).build()) {
                StatusList again = StatusList.open(second, url1);
                long c = again.allocate().statusListIndex();
                assertThat(c).isNotIn(a, b);
                assertThat(again.status(a)).isEqualTo(1);
            }
        }
    }

    static URI createList(String url) throws Exception {
        URI list = URI.create("https://example.edu/status/concurrent/" + System.nanoTime());
        try (SingleConnectionDataSource source = new SingleConnectionDataSource(url);
                JdbcStatusStore store = JdbcStatusStore.builder(source).build()) {
            store.createTables();
            StatusList.create(store, ListDefinition.revocation(list));
        }
        return list;
    }

    @Nested
    class H2 {
        private final String url = "jdbc:h2:mem:status" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

        @Test
        void behavesAsAStore() throws Exception {
            JdbcStatusStoreTest.behavesAsAStore(url);
        }

        @Test
        void fourConcurrentStores_allocateDistinctIndexes() throws Exception {
            URI list = createList(url);
            assertThat(allocateConcurrently(List.of(url, url, url, url), list, 5_000, new int[] {1, 7, 64})).hasSize(20_000);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PostgreSql {
        private PostgresServer server;

        @BeforeAll
        void start() throws Exception {
            server = PostgresServer.start(false);
        }

        @AfterAll
        void stop() throws Exception {
            if (server != null) {
                server.close();
            }
        }

        @Test
        void behavesAsAStore() throws Exception {
            JdbcStatusStoreTest.behavesAsAStore(server.url());
        }

        /** The concurrency test: 8 threads, each its own store and connection, 80,000 indexes, all distinct. */
        @Test
        void eightIssuers_allocate80000DistinctIndexes() throws Exception {
            URI list = createList(server.url());
            List<String> urls = java.util.Collections.nCopies(8, server.url());
            long start = System.nanoTime();
            Set<Long> all = allocateConcurrently(urls, list, 10_000, new int[] {1, 1, 2, 4, 8, 16, 32, 64});
            assertThat(all).hasSize(80_000);
            System.out.printf("PostgreSQL: 8 threads allocated %d distinct indexes in %.1f s%n", all.size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
