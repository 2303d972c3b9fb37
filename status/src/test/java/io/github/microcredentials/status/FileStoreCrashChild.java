package io.github.microcredentials.status;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * The process the crash test kills: opens a file store, allocates indexes and prints each one
 * after {@code allocate()} returned (so a printed index was handed out), until killed or done.
 * Arguments: directory, reservation block, count.
 */
public final class FileStoreCrashChild {

    static final URI LIST = URI.create("https://example.edu/status/crash");

    private FileStoreCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int block = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        FileStatusStore store = FileStatusStore.open(dir, block);
        StatusList list = store.definition(LIST).isPresent() ? StatusList.open(store, LIST)
                : StatusList.create(store, ListDefinition.revocation(LIST));
        out.println("ready");
        out.flush();
        for (int i = 0; i < count; i++) {
            long index = list.allocate().statusListIndex();
            if (i % 3 == 0) {
                list.revoke(index);
            }
            out.println(index);
            out.flush();
        }
        store.close();
        out.println("done");
        out.flush();
    }
}
