package io.github.microcredentials.status;

import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.status.internal.PackedStatuses;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A crash-safe status store in a directory, the embedded default for one issuing machine.
 *
 * <p>Each list has a definition file, a snapshot and an append-only journal. Before a counter is
 * handed out, a reservation of a block of counters is appended to the journal and forced to disk
 * ({@code fsync}); after a crash or {@code kill -9} at any point the store resumes above the last
 * reservation on disk, so no index is ever given twice (the rest of the block is skipped). A status
 * change is journalled and forced before {@link #setStatus} returns. Records carry a CRC-32; a torn
 * record at the end of the journal (the write the crash interrupted) is cut off on opening. A clean
 * {@link #close()} records the exact counter, so that a restart skips nothing. The journal is
 * compacted into a new snapshot (written aside, forced, then renamed) when it grows.
 *
 * <p>One process at a time: the directory is locked while the store is open (several machines
 * share a {@link JdbcStatusStore} instead). The definition files hold the lists' secret order keys
 * and are created readable by the owner only where the file system supports POSIX permissions.
 * Thread-safe.
 */
public final class FileStatusStore implements StatusStore {

    /** Counters reserved per journal write by default. */
    public static final int DEFAULT_RESERVATION_BLOCK = 1024;

    private static final long COMPACT_AT = 1 << 20;
    private static final byte RESERVE = 'R';
    private static final byte SET = 'S';
    private static final byte CLOSED = 'C';
    private static final int RESERVE_BYTES = 1 + 8 + 4;
    private static final int SET_BYTES = 1 + 8 + 4 + 4;
    private static final int DEFINITION_MAGIC = 0x4d435344; // "MCSD"
    private static final int SNAPSHOT_MAGIC = 0x4d435353; // "MCSS"

    private final Path root;
    private final int block;
    private final long compactAt;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<URI, ListState> open = new HashMap<>();
    private boolean closed;

    private FileStatusStore(Path root, int block, long compactAt, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.block = block;
        this.compactAt = compactAt;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) a store in a directory with the default reservation block.
     *
     * @param directory the directory; created if missing
     * @return the store
     * @throws StatusException if the directory cannot be used or another process has it open
     */
    public static FileStatusStore open(Path directory) throws StatusException {
        return open(directory, DEFAULT_RESERVATION_BLOCK);
    }

    /**
     * Opens (or creates) a store in a directory.
     *
     * @param directory the directory; created if missing
     * @param reservationBlock counters reserved per forced journal write: larger is faster, and a
     *     crash skips at most this many indexes
     * @return the store
     * @throws StatusException if the directory cannot be used or another process has it open
     */
    public static FileStatusStore open(Path directory, int reservationBlock) throws StatusException {
        return open(directory, reservationBlock, COMPACT_AT);
    }

    /** Opens a store that compacts its journals sooner (tests). */
    static FileStatusStore open(Path directory, int reservationBlock, long compactAt) throws StatusException {
        Objects.requireNonNull(directory, "directory");
        if (reservationBlock < 1) {
            throw new IllegalArgumentException("the reservation block is at least 1");
        }
        try {
            Files.createDirectories(directory.resolve("lists"));
            FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StatusException("the status store " + directory + " is open in another process or store instance");
            }
            return new FileStatusStore(directory, reservationBlock, compactAt, channel, lock);
        } catch (IOException e) {
            throw new StatusException("cannot open the status store " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void create(ListDefinition definition) throws StatusException {
        checkOpen();
        Path dir = listDirectory(definition.url());
        Path file = dir.resolve("definition");
        try {
            if (Files.exists(file)) {
                throw new StatusException("the status list " + definition.url() + " exists already");
            }
            Files.createDirectories(dir);
            // Leftovers of a creation that crashed before its definition was in place.
            Files.deleteIfExists(dir.resolve("journal"));
            Files.deleteIfExists(dir.resolve("snapshot"));
            writeAtomically(dir, "definition", encode(definition), true);
        } catch (IOException e) {
            throw new StatusException("cannot create the status list " + definition.url() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<ListDefinition> definition(URI list) throws StatusException {
        checkOpen();
        return Optional.ofNullable(load(list)).map(s -> s.definition);
    }

    @Override
    public synchronized long nextCounter(URI list) throws StatusException {
        ListState state = state(list);
        if (state.next >= state.definition.capacity()) {
            throw new StatusException("the status list " + list + " is full: all " + state.definition.capacity()
                    + " indexes are allocated");
        }
        if (state.next >= state.reserved) {
            long upTo = Math.min(state.definition.capacity(), state.next + block);
            append(state, ByteBuffer.allocate(RESERVE_BYTES).put(RESERVE).putLong(upTo));
            state.reserved = upTo;
        }
        return state.next++;
    }

    @Override
    public synchronized long allocated(URI list) throws StatusException {
        return state(list).reserved;
    }

    @Override
    public synchronized void setStatus(URI list, long index, int value) throws StatusException {
        ListState state = state(list);
        if (index < 0 || index >= state.definition.capacity()) {
            throw new StatusException("index " + index + " is outside the status list " + list);
        }
        state.statuses.set(index, value);
        append(state, ByteBuffer.allocate(SET_BYTES).put(SET).putLong(index).putInt(value));
        if (state.journalSize > compactAt) {
            compact(state);
        }
    }

    @Override
    public synchronized int status(URI list, long index) throws StatusException {
        ListState state = state(list);
        if (index < 0 || index >= state.definition.capacity()) {
            throw new StatusException("index " + index + " is outside the status list " + list);
        }
        return state.statuses.get(index);
    }

    @Override
    public synchronized StatusBitstring bitstring(URI list) throws StatusException {
        return state(list).statuses.toBitstring();
    }

    /**
     * Records each list's exact counter, so that a restart skips no index, and releases the
     * directory.
     *
     * @throws StatusException if the journals cannot be written
     */
    @Override
    public synchronized void close() throws StatusException {
        if (closed) {
            return;
        }
        closed = true;
        StatusException failure = null;
        for (ListState state : open.values()) {
            try {
                append(state, ByteBuffer.allocate(RESERVE_BYTES).put(CLOSED).putLong(state.next));
                state.journal.close();
            } catch (StatusException | IOException e) {
                failure = new StatusException("cannot close the status list " + state.definition.url() + ": " + e.getMessage(), e);
            }
        }
        open.clear();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            failure = new StatusException("cannot release the status store " + root + ": " + e.getMessage(), e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void checkOpen() throws StatusException {
        if (closed) {
            throw new StatusException("the status store " + root + " is closed");
        }
    }

    private ListState state(URI list) throws StatusException {
        checkOpen();
        ListState state = load(list);
        if (state == null) {
            throw new StatusException("no status list " + list + " in the store " + root);
        }
        return state;
    }

    private ListState load(URI list) throws StatusException {
        ListState state = open.get(list);
        if (state != null) {
            return state;
        }
        Path dir = listDirectory(list);
        try {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(dir.resolve("definition"));
            } catch (NoSuchFileException e) {
                return null;
            }
            ListDefinition definition = decode(bytes, dir);
            if (!definition.url().equals(list)) {
                throw new StatusException("the store " + root + " holds another list under the name of " + list);
            }
            state = recover(definition, dir);
            open.put(list, state);
            return state;
        } catch (IOException e) {
            throw new StatusException("cannot read the status list " + list + ": " + e.getMessage(), e);
        }
    }

    private ListState recover(ListDefinition definition, Path dir) throws IOException, StatusException {
        ListState state = new ListState(definition);
        Path snapshot = dir.resolve("snapshot");
        if (Files.exists(snapshot)) {
            readSnapshot(state, Files.readAllBytes(snapshot), snapshot);
        }
        FileChannel journal = FileChannel.open(dir.resolve("journal"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        long end = journal.size();
        ByteBuffer all = ByteBuffer.allocate((int) Math.min(end, Integer.MAX_VALUE - 8));
        while (all.hasRemaining() && journal.read(all, all.position()) > 0) {
            // read fully
        }
        all.flip();
        long valid = 0;
        long closedAt = -1;
        while (all.remaining() > 0) {
            byte type = all.get(all.position());
            int size = type == SET ? SET_BYTES : type == RESERVE || type == CLOSED ? RESERVE_BYTES : -1;
            if (size < 0 || all.remaining() < size + 4) {
                break;
            }
            byte[] record = new byte[size];
            all.get(record);
            int crc = all.getInt();
            if (crc != crc(record)) {
                break;
            }
            ByteBuffer in = ByteBuffer.wrap(record, 1, size - 1);
            if (type == RESERVE) {
                state.reserved = Math.max(state.reserved, in.getLong());
                closedAt = -1;
            } else if (type == CLOSED) {
                closedAt = in.getLong();
            } else {
                long index = in.getLong();
                int value = in.getInt();
                if (index >= 0 && index < definition.capacity()) {
                    state.statuses.set(index, value);
                }
            }
            valid += size + 4;
        }
        if (valid < end) {
            // The record a crash interrupted: it was never acknowledged, so it is dropped.
            journal.truncate(valid);
            journal.force(true);
        }
        state.next = closedAt >= 0 && closedAt <= state.reserved ? closedAt : state.reserved;
        state.reserved = state.next;
        state.journal = journal;
        state.journalSize = valid;
        journal.position(valid);
        if (valid > compactAt) {
            compact(state);
        }
        return state;
    }

    private void append(ListState state, ByteBuffer record) throws StatusException {
        byte[] body = record.array();
        ByteBuffer out = ByteBuffer.allocate(body.length + 4).put(body).putInt(crc(body));
        out.flip();
        try {
            while (out.hasRemaining()) {
                state.journal.write(out);
            }
            state.journal.force(false);
            state.journalSize += body.length + 4;
        } catch (IOException e) {
            throw new StatusException("cannot write the journal of the status list " + state.definition.url() + ": "
                    + e.getMessage(), e);
        }
    }

    private void compact(ListState state) throws StatusException {
        Path dir = listDirectory(state.definition.url());
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(SNAPSHOT_MAGIC);
            out.writeLong(state.reserved);
            out.writeInt(state.statuses.raw().length);
            out.write(state.statuses.raw());
            byte[] body = bytes.toByteArray();
            out.writeInt(crc(body));
            writeAtomically(dir, "snapshot", bytes.toByteArray(), false);
            // The snapshot is durable: the journal's records are in it and may go.
            state.journal.truncate(0);
            state.journal.force(true);
            state.journal.position(0);
            state.journalSize = 0;
        } catch (IOException e) {
            throw new StatusException("cannot compact the status list " + state.definition.url() + ": " + e.getMessage(), e);
        }
    }

    private static void readSnapshot(ListState state, byte[] bytes, Path file) throws IOException, StatusException {
        if (bytes.length < 20 || ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt() != crc(java.util.Arrays.copyOf(bytes, bytes.length - 4))) {
            throw new StatusException("the snapshot " + file + " is damaged (checksum); restore it from a backup");
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (in.readInt() != SNAPSHOT_MAGIC) {
            throw new StatusException("not a status snapshot: " + file);
        }
        state.reserved = in.readLong();
        int length = in.readInt();
        byte[] raw = state.statuses.raw();
        if (length != raw.length) {
            throw new StatusException("the snapshot " + file + " does not match its list's size");
        }
        in.readFully(raw);
    }

    private static byte[] encode(ListDefinition definition) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(DEFINITION_MAGIC);
        out.writeUTF(definition.url().toString());
        out.writeUTF(definition.purpose().value());
        out.writeInt(definition.statusSize());
        out.writeLong(definition.capacity());
        out.write(definition.orderKey());
        byte[] body = bytes.toByteArray();
        out.writeInt(crc(body));
        return bytes.toByteArray();
    }

    private static ListDefinition decode(byte[] bytes, Path dir) throws IOException, StatusException {
        if (bytes.length < 8 || ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt() != crc(java.util.Arrays.copyOf(bytes, bytes.length - 4))) {
            throw new StatusException("the list definition in " + dir + " is damaged (checksum)");
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        if (in.readInt() != DEFINITION_MAGIC) {
            throw new StatusException("not a status list definition: " + dir);
        }
        URI url = URI.create(in.readUTF());
        StatusPurpose purpose = StatusPurpose.of(in.readUTF());
        int size = in.readInt();
        long capacity = in.readLong();
        byte[] key = new byte[ListDefinition.KEY_BYTES];
        in.readFully(key);
        return new ListDefinition(url, purpose, size, capacity, key);
    }

    /** Writes a file aside, forces it, renames it into place and forces the directory. */
    private static void writeAtomically(Path dir, String name, byte[] content, boolean secret) throws IOException {
        Path temporary = dir.resolve(name + ".tmp");
        Files.deleteIfExists(temporary);
        if (secret) {
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // removed above; a concurrent writer is excluded by the directory lock
            }
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(dir);
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for forcing; the rename is still atomic there.
        }
    }

    private Path listDirectory(URI list) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(list.toString().getBytes(StandardCharsets.UTF_8));
            return root.resolve("lists").resolve(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    @Override
    public String toString() {
        return "FileStatusStore[" + root + "]";
    }

    private static final class ListState {
        final ListDefinition definition;
        final PackedStatuses statuses;
        long next;
        long reserved;
        FileChannel journal;
        long journalSize;

        ListState(ListDefinition definition) {
            this.definition = definition;
            this.statuses = new PackedStatuses(definition.capacity(), definition.statusSize());
        }
    }
}
