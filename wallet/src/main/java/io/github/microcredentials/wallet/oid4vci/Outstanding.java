package io.github.microcredentials.wallet.oid4vci;

import java.util.Iterator;
import java.util.Map;

/**
 * The bound on what the issuer keeps for requests anyone can make (nonces, pushed authorization
 * requests): without one, a flood of requests inside an entry's lifetime grows memory without end.
 * Forgetting such an entry early is safe: the wallet's next step fails (an unknown nonce or request
 * URI) and it starts again; nothing is accepted that should not be.
 */
final class Outstanding {

    /** The most entries kept per kind. */
    static final int MAX = 100_000;

    private Outstanding() {
    }

    /** Makes room for one more entry, forgetting arbitrary ones when the map is full. */
    static void makeRoom(Map<String, ?> entries) {
        Iterator<String> keys = entries.keySet().iterator();
        while (entries.size() >= MAX && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
