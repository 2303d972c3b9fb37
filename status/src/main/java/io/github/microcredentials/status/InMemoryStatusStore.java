package io.github.microcredentials.status;

import io.github.microcredentials.status.internal.PackedStatuses;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A status store in memory, for tests and for lists that live no longer than the process.
 * Thread-safe; nothing survives the JVM.
 */
public final class InMemoryStatusStore implements StatusStore {

    private final Map<URI, ListState> lists = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryStatusStore() {
    }

    @Override
    public void create(ListDefinition definition) throws StatusException {
        if (lists.putIfAbsent(definition.url(), new ListState(definition)) != null) {
            throw new StatusException("the status list " + definition.url() + " exists already");
        }
    }

    @Override
    public Optional<ListDefinition> definition(URI list) {
        ListState state = lists.get(list);
        return state == null ? Optional.empty() : Optional.of(state.definition);
    }

    @Override
    public long nextCounter(URI list) throws StatusException {
        ListState state = state(list);
        synchronized (state) {
            if (state.next >= state.definition.capacity()) {
                throw new StatusException("the status list " + list + " is full: all " + state.definition.capacity()
                        + " indexes are allocated");
            }
            return state.next++;
        }
    }

    @Override
    public long allocated(URI list) throws StatusException {
        ListState state = state(list);
        synchronized (state) {
            return state.next;
        }
    }

    @Override
    public void setStatus(URI list, long index, int value) throws StatusException {
        ListState state = state(list);
        synchronized (state) {
            state.statuses.set(index, value);
        }
    }

    @Override
    public int status(URI list, long index) throws StatusException {
        ListState state = state(list);
        synchronized (state) {
            return state.statuses.get(index);
        }
    }

    @Override
    public StatusBitstring bitstring(URI list) throws StatusException {
        ListState state = state(list);
        synchronized (state) {
            return state.statuses.toBitstring();
        }
    }

    @Override
    public void close() {
        lists.clear();
    }

    private ListState state(URI list) throws StatusException {
        ListState state = lists.get(list);
        if (state == null) {
            throw new StatusException("no status list " + list + " in this store");
        }
        return state;
    }

    private static final class ListState {
        final ListDefinition definition;
        final PackedStatuses statuses;
        long next;

        ListState(ListDefinition definition) {
            this.definition = definition;
            this.statuses = new PackedStatuses(definition.capacity(), definition.statusSize());
        }
    }
}
