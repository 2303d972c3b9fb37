package io.github.microcredentials.wallet.oid4vci;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class OutstandingTest {

    @Test
    void aFullMap_makesRoomForExactlyOneMore() {
        Map<String, Instant> nonces = new ConcurrentHashMap<>();
        for (int i = 0; i < Outstanding.MAX + 5; i++) {
            Outstanding.makeRoom(nonces);
            nonces.put("n" + i, Instant.EPOCH);
        }
        assertThat(nonces).hasSize(Outstanding.MAX);
        assertThat(nonces).containsKey("n" + (Outstanding.MAX + 4));
    }

    @Test
    void aMapWithRoom_isLeftAlone() {
        Map<String, Instant> nonces = new ConcurrentHashMap<>(Map.of("a", Instant.EPOCH, "b", Instant.EPOCH));
        Outstanding.makeRoom(nonces);
        assertThat(nonces).containsOnlyKeys("a", "b");
    }
}
