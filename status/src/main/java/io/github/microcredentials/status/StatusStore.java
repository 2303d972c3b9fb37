package io.github.microcredentials.status;

import java.net.URI;
import java.util.Optional;

/**
 * Where status lists, their allocation counters and their statuses live. Three implementations
 * come with the library: {@link InMemoryStatusStore} (tests, single process), {@link FileStatusStore}
 * (the embedded default for one machine: write-ahead journal with fsync, never reuses an index after
 * a crash) and {@link JdbcStatusStore} (several issuing machines sharing one database).
 *
 * <p>The store hands out allocation <em>counters</em>; {@link StatusList} turns the n-th counter
 * into a random-looking index with the list's secret order. An implementation must never return
 * the same counter twice for a list, across restarts, crashes and (for shared stores) machines; it
 * may skip counters. Implementations are thread-safe.
 */
public interface StatusStore extends AutoCloseable {

    /**
     * Creates a list.
     *
     * @param definition the list
     * @throws StatusException if a list with that URL exists or the store fails
     */
    void create(ListDefinition definition) throws StatusException;

    /**
     * The definition of a list.
     *
     * @param list the list's URL
     * @return the definition, or empty if there is no such list
     * @throws StatusException if the store fails
     */
    Optional<ListDefinition> definition(URI list) throws StatusException;

    /**
     * Hands out the next allocation counter of a list, durably: once returned, the counter is never
     * returned again.
     *
     * @param list the list's URL
     * @return a counter in {@code [0, capacity)}
     * @throws StatusException if the list is unknown or full, or the store fails
     */
    long nextCounter(URI list) throws StatusException;

    /**
     * How many counters of a list have been handed out or reserved: every counter returned so far is
     * below this number.
     *
     * @param list the list's URL
     * @return the number
     * @throws StatusException if the list is unknown or the store fails
     */
    long allocated(URI list) throws StatusException;

    /**
     * Sets the status at an index, durably.
     *
     * @param list the list's URL
     * @param index the index
     * @param value the status value
     * @throws StatusException if the list is unknown or the store fails
     */
    void setStatus(URI list, long index, int value) throws StatusException;

    /**
     * The status at an index.
     *
     * @param list the list's URL
     * @param index the index
     * @return the value, 0 when never set
     * @throws StatusException if the list is unknown or the store fails
     */
    int status(URI list, long index) throws StatusException;

    /**
     * Every status of a list, as the bitstring to publish.
     *
     * @param list the list's URL
     * @return the bitstring
     * @throws StatusException if the list is unknown or the store fails
     */
    StatusBitstring bitstring(URI list) throws StatusException;

    /**
     * Releases the store's resources (files, locks); the store is unusable afterwards.
     *
     * @throws StatusException if the store fails to close cleanly
     */
    @Override
    void close() throws StatusException;
}
