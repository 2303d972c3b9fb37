package io.github.microcredentials.status;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.status.internal.Permutation;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One status list of an issuer: allocates the status index of each issued credential and changes
 * statuses. Indexes come in a random order (the n-th allocation gets a position chosen by the
 * list's secret order, Bitstring Status List §2.1), and the {@link StatusStore} guarantees that no
 * index is given twice, even after a crash.
 *
 * <p>Revocation is irreversible: on a {@code revocation} list a set status is never cleared. Only
 * {@code suspension} lists can {@link #reinstate}. Statuses of other purposes ({@code message},
 * custom ones) are set with {@link #setStatus}; {@code refresh} statuses are never cleared either.
 *
 * <pre>{@code
 * StatusList list = StatusList.create(store, ListDefinition.revocation(URI.create("https://example.edu/status/1")));
 * BitstringStatusListEntry entry = list.allocate();
 * MicroCredential issued = credential.toBuilder().addCredentialStatus(entry).build();
 * ...
 * list.revoke(entry.statusListIndex());
 * }</pre>
 *
 * Thread-safe as its store.
 */
public final class StatusList {

    private final StatusStore store;
    private final ListDefinition definition;
    private final Permutation order;
    private final List<StatusMessage> messages;

    private StatusList(StatusStore store, ListDefinition definition, List<StatusMessage> messages) {
        this.store = store;
        this.definition = definition;
        this.order = new Permutation(definition.capacity(), definition.orderKey());
        this.messages = List.copyOf(messages);
        if (definition.statusSize() > 1 && this.messages.size() != 1 << definition.statusSize()) {
            throw new IllegalArgumentException("a list of " + definition.statusSize() + "-bit statuses needs "
                    + (1 << definition.statusSize()) + " status messages for its entries");
        }
    }

    /**
     * Creates a list in a store.
     *
     * @param store the store
     * @param definition the list; for statuses of more than one bit use {@link #create(StatusStore, ListDefinition, List)}
     * @return the list
     * @throws StatusException if the list exists or the store fails
     */
    public static StatusList create(StatusStore store, ListDefinition definition) throws StatusException {
        return create(store, definition, List.of());
    }

    /**
     * Creates a list of multi-bit statuses in a store.
     *
     * @param store the store
     * @param definition the list
     * @param messages the message of each status value, written into every entry ({@code statusMessage})
     * @return the list
     * @throws StatusException if the list exists or the store fails
     */
    public static StatusList create(StatusStore store, ListDefinition definition, List<StatusMessage> messages)
            throws StatusException {
        StatusList list = new StatusList(store, definition, messages);
        store.create(definition);
        return list;
    }

    /**
     * Opens an existing list.
     *
     * @param store the store
     * @param url the list's URL
     * @return the list
     * @throws StatusException if there is no such list or the store fails
     */
    public static StatusList open(StatusStore store, URI url) throws StatusException {
        return open(store, url, List.of());
    }

    /**
     * Opens an existing list of multi-bit statuses.
     *
     * @param store the store
     * @param url the list's URL
     * @param messages the message of each status value
     * @return the list
     * @throws StatusException if there is no such list or the store fails
     */
    public static StatusList open(StatusStore store, URI url, List<StatusMessage> messages) throws StatusException {
        ListDefinition definition = store.definition(url).orElseThrow(() -> new StatusException("no status list " + url));
        return new StatusList(store, definition, messages);
    }

    /**
     * The URL of the list's status list credential.
     *
     * @return the URL
     */
    public URI url() {
        return definition.url();
    }

    /**
     * The list's purpose.
     *
     * @return the purpose
     */
    public StatusPurpose purpose() {
        return definition.purpose();
    }

    /**
     * Bits per status.
     *
     * @return the status size
     */
    public int statusSize() {
        return definition.statusSize();
    }

    /**
     * The number of entries.
     *
     * @return the capacity
     */
    public long capacity() {
        return definition.capacity();
    }

    /**
     * Allocates the status entry of a newly issued credential: a random index never given before.
     *
     * @return the entry to put into the credential's {@code credentialStatus}, with the id
     *     {@code <list URL>#<index>}
     * @throws StatusException if the list is full or the store fails
     */
    public BitstringStatusListEntry allocate() throws StatusException {
        long index = order.apply(store.nextCounter(definition.url()));
        BitstringStatusListEntry entry = BitstringStatusListEntry.of(definition.purpose(), definition.url(), index);
        if (definition.statusSize() > 1) {
            entry = entry.withStatusMessages(definition.statusSize(), messages);
        }
        return entry.withId(entry.idOrListFragment());
    }

    /**
     * Whether an index has been given out (or reserved to be given out).
     *
     * @param index the index
     * @return {@code true} if it was allocated
     * @throws StatusException if the store fails
     */
    public boolean isAllocated(long index) throws StatusException {
        return index >= 0 && index < definition.capacity() && order.invert(index) < store.allocated(definition.url());
    }

    /**
     * Revokes a credential: sets its status to 1 on a {@code revocation} list, for good.
     *
     * @param index the credential's index
     * @throws StatusException if this is not a revocation list, the index was never allocated, or the store fails
     */
    public void revoke(long index) throws StatusException {
        requirePurpose(StatusPurpose.REVOCATION, "revoke");
        change(index, 1);
    }

    /**
     * Suspends a credential: sets its status to 1 on a {@code suspension} list.
     *
     * @param index the credential's index
     * @throws StatusException if this is not a suspension list, the index was never allocated, or the store fails
     */
    public void suspend(long index) throws StatusException {
        requirePurpose(StatusPurpose.SUSPENSION, "suspend");
        change(index, 1);
    }

    /**
     * Lifts a suspension: sets the status back to 0 on a {@code suspension} list.
     *
     * @param index the credential's index
     * @throws StatusException if this is not a suspension list (revocation is irreversible), the
     *     index was never allocated, or the store fails
     */
    public void reinstate(long index) throws StatusException {
        requirePurpose(StatusPurpose.SUSPENSION, "reinstate");
        change(index, 0);
    }

    /**
     * Sets a status value, for lists of any purpose; on a {@code revocation} or {@code refresh}
     * list a set status cannot be changed any more.
     *
     * @param index the credential's index
     * @param value the value, fitting in the status size
     * @throws StatusException if the change is not allowed, the index was never allocated, or the store fails
     */
    public void setStatus(long index, int value) throws StatusException {
        if (value < 0 || value >= 1L << definition.statusSize()) {
            throw new StatusException("status " + value + " does not fit in " + definition.statusSize() + " bits");
        }
        change(index, value);
    }

    /**
     * The current status at an index.
     *
     * @param index the index
     * @return the value
     * @throws StatusException if the store fails
     */
    public int status(long index) throws StatusException {
        return store.status(definition.url(), index);
    }

    /**
     * The current statuses, as the bitstring to publish.
     *
     * @return the bitstring
     * @throws StatusException if the store fails
     */
    public StatusBitstring bitstring() throws StatusException {
        return store.bitstring(definition.url());
    }

    /**
     * The message of a status value, if the list has messages.
     *
     * @param value the value
     * @return the message
     */
    public Optional<String> message(int value) {
        return messages.stream().filter(m -> m.value() == value).map(StatusMessage::message).findFirst();
    }

    private void change(long index, int value) throws StatusException {
        if (!isAllocated(index)) {
            throw new StatusException("index " + index + " of " + definition.url() + " was never allocated");
        }
        boolean irreversible = definition.purpose().equals(StatusPurpose.REVOCATION)
                || definition.purpose().equals(StatusPurpose.REFRESH);
        if (irreversible) {
            int current = store.status(definition.url(), index);
            if (current != 0 && current != value) {
                throw new StatusException("index " + index + " of " + definition.url() + " is set on a "
                        + definition.purpose() + " list, which is irreversible");
            }
            if (current == value) {
                return;
            }
        }
        store.setStatus(definition.url(), index, value);
    }

    private void requirePurpose(StatusPurpose purpose, String action) throws StatusException {
        if (!definition.purpose().equals(purpose)) {
            throw new StatusException("cannot " + action + " on " + definition.url() + ": it is a "
                    + definition.purpose() + " list, not a " + purpose + " list");
        }
    }

    @Override
    public String toString() {
        return "StatusList[" + definition + "]";
    }
}
