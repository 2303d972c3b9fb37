package io.github.microcredentials.status;

import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.status.internal.PackedStatuses;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A status store in a relational database, for institutions whose several issuing machines share
 * one database. Tested on PostgreSQL and H2; the SQL is standard (two tables, no vendor syntax).
 *
 * <p>Counters are handed out from blocks reserved in the database with one atomic
 * {@code UPDATE … SET next_counter = next_counter + block}: the database's row lock serializes
 * concurrent reservations from any number of machines, so no counter is reserved twice; there is no
 * read-modify-write in the application. A block's unused counters are skipped when the store
 * instance ends (a restart or crash never reuses them). Status changes are single-row updates or
 * inserts, committed before {@link #setStatus} returns.
 *
 * <pre>{@code
 * JdbcStatusStore store = JdbcStatusStore.builder(dataSource).build();
 * store.createTables();   // once; CREATE TABLE IF NOT EXISTS
 * }</pre>
 *
 * Thread-safe; every operation takes a connection from the data source and returns it.
 */
public final class JdbcStatusStore implements StatusStore {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,30}");

    private final DataSource dataSource;
    private final int block;
    private final String lists;
    private final String entries;
    private final Map<URI, Block> blocks = new ConcurrentHashMap<>();
    private final Map<URI, ListDefinition> definitions = new ConcurrentHashMap<>();

    private JdbcStatusStore(Builder builder) {
        this.dataSource = builder.dataSource;
        this.block = builder.block;
        this.lists = builder.prefix + "lists";
        this.entries = builder.prefix + "entries";
    }

    /**
     * Starts a store on a data source (use a connection pool).
     *
     * @param dataSource the database
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Creates the two tables if they do not exist.
     *
     * @throws StatusException if the database refuses
     */
    public void createTables() throws StatusException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + lists + " ("
                    + "list_url VARCHAR(2000) NOT NULL PRIMARY KEY, "
                    + "purpose VARCHAR(200) NOT NULL, "
                    + "status_size INTEGER NOT NULL, "
                    + "capacity BIGINT NOT NULL, "
                    + "order_key VARCHAR(64) NOT NULL, "
                    + "next_counter BIGINT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + entries + " ("
                    + "list_url VARCHAR(2000) NOT NULL, "
                    + "entry_index BIGINT NOT NULL, "
                    + "status INTEGER NOT NULL, "
                    + "PRIMARY KEY (list_url, entry_index))");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("cannot create the status tables", e);
        }
    }

    @Override
    public void create(ListDefinition definition) throws StatusException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + lists
                        + " (list_url, purpose, status_size, capacity, order_key, next_counter) VALUES (?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, definition.url().toString());
            insert.setString(2, definition.purpose().value());
            insert.setInt(3, definition.statusSize());
            insert.setLong(4, definition.capacity());
            insert.setString(5, HexFormat.of().formatHex(definition.orderKey()));
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (isConstraintViolation(e)) {
                throw new StatusException("the status list " + definition.url() + " exists already", e);
            }
            throw failure("cannot create the status list " + definition.url(), e);
        }
    }

    @Override
    public Optional<ListDefinition> definition(URI list) throws StatusException {
        ListDefinition known = definitions.get(list);
        if (known != null) {
            return Optional.of(known);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT purpose, status_size, capacity, order_key FROM "
                        + lists + " WHERE list_url = ?")) {
            select.setString(1, list.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ListDefinition definition = new ListDefinition(list, StatusPurpose.of(row.getString(1)), row.getInt(2),
                        row.getLong(3), HexFormat.of().parseHex(row.getString(4)));
                definitions.put(list, definition);
                return Optional.of(definition);
            }
        } catch (SQLException e) {
            throw failure("cannot read the status list " + list, e);
        } catch (IllegalArgumentException e) {
            throw new StatusException("the database holds an unusable definition of the status list " + list + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long nextCounter(URI list) throws StatusException {
        ListDefinition definition = require(list);
        Block current = blocks.computeIfAbsent(list, u -> new Block());
        synchronized (current) {
            if (current.next >= current.end) {
                reserve(list, definition, current);
            }
            return current.next++;
        }
    }

    private void reserve(URI list, ListDefinition definition, Block current) throws StatusException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long after;
                // The UPDATE takes the row lock: a concurrent reservation on any machine waits for this commit.
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + lists
                        + " SET next_counter = next_counter + ? WHERE list_url = ?")) {
                    update.setLong(1, block);
                    update.setString(2, list.toString());
                    if (update.executeUpdate() != 1) {
                        throw new StatusException("no status list " + list + " in the database");
                    }
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT next_counter FROM " + lists
                        + " WHERE list_url = ?")) {
                    select.setString(1, list.toString());
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                        after = row.getLong(1);
                    }
                }
                connection.commit();
                long start = after - block;
                if (start >= definition.capacity()) {
                    throw new StatusException("the status list " + list + " is full: all " + definition.capacity()
                            + " indexes are allocated");
                }
                current.next = start;
                current.end = Math.min(after, definition.capacity());
            } catch (SQLException | StatusException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("cannot reserve indexes of the status list " + list, e);
        }
    }

    @Override
    public long allocated(URI list) throws StatusException {
        ListDefinition definition = require(list);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT next_counter FROM " + lists + " WHERE list_url = ?")) {
            select.setString(1, list.toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Math.min(row.getLong(1), definition.capacity());
            }
        } catch (SQLException e) {
            throw failure("cannot read the status list " + list, e);
        }
    }

    @Override
    public void setStatus(URI list, long index, int value) throws StatusException {
        ListDefinition definition = require(list);
        if (index < 0 || index >= definition.capacity()) {
            throw new StatusException("index " + index + " is outside the status list " + list);
        }
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (update(connection, list, index, value) == 1) {
                    commit(connection);
                    return;
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + entries
                        + " (list_url, entry_index, status) VALUES (?, ?, ?)")) {
                    insert.setString(1, list.toString());
                    insert.setLong(2, index);
                    insert.setInt(3, value);
                    insert.executeUpdate();
                    commit(connection);
                    return;
                } catch (SQLException e) {
                    if (!isConstraintViolation(e)) {
                        throw e;
                    }
                    // Another machine inserted the row first: update it on the next attempt.
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                }
            }
            throw new StatusException("cannot set the status of index " + index + " of " + list + ": concurrent changes");
        } catch (SQLException e) {
            throw failure("cannot set the status of index " + index + " of " + list, e);
        }
    }

    private int update(Connection connection, URI list, long index, int value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + entries
                + " SET status = ? WHERE list_url = ? AND entry_index = ?")) {
            update.setInt(1, value);
            update.setString(2, list.toString());
            update.setLong(3, index);
            return update.executeUpdate();
        }
    }

    @Override
    public int status(URI list, long index) throws StatusException {
        require(list);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT status FROM " + entries
                        + " WHERE list_url = ? AND entry_index = ?")) {
            select.setString(1, list.toString());
            select.setLong(2, index);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw failure("cannot read the status of index " + index + " of " + list, e);
        }
    }

    @Override
    public StatusBitstring bitstring(URI list) throws StatusException {
        ListDefinition definition = require(list);
        PackedStatuses statuses = new PackedStatuses(definition.capacity(), definition.statusSize());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT entry_index, status FROM " + entries
                        + " WHERE list_url = ? AND status <> 0")) {
            select.setString(1, list.toString());
            select.setFetchSize(4096);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long index = row.getLong(1);
                    if (index >= 0 && index < definition.capacity()) {
                        statuses.set(index, row.getInt(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the statuses of " + list, e);
        } catch (IllegalArgumentException e) {
            throw new StatusException("the database holds a status that does not fit the list " + list + ": " + e.getMessage(), e);
        }
        return statuses.toBitstring();
    }

    /** Forgets the reserved blocks (their unused counters are skipped); the data source stays the caller's. */
    @Override
    public void close() {
        blocks.clear();
    }

    private ListDefinition require(URI list) throws StatusException {
        return definition(list).orElseThrow(() -> new StatusException("no status list " + list + " in the database"));
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static boolean isConstraintViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static StatusException failure(String what, SQLException e) {
        return new StatusException(what + ": " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }

    private static final class Block {
        long next;
        long end;
    }

    /** Settings of a {@link JdbcStatusStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private int block = 64;
        private String prefix = "mc_status_";

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Counters reserved per database transaction; by default 64. Larger blocks mean fewer
         * transactions; a block's unused counters are skipped when the store instance ends.
         *
         * @param size at least 1
         * @return this builder
         */
        public Builder reservationBlock(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("the reservation block is at least 1");
            }
            this.block = size;
            return this;
        }

        /**
         * The prefix of the table names; by default {@code mc_status_} (tables
         * {@code mc_status_lists} and {@code mc_status_entries}).
         *
         * @param tablePrefix letters, digits and underscores, starting with a letter
         * @return this builder
         */
        public Builder tablePrefix(String tablePrefix) {
            if (!PREFIX.matcher(tablePrefix).matches()) {
                throw new IllegalArgumentException("a table prefix is letters, digits and underscores: " + tablePrefix);
            }
            this.prefix = tablePrefix;
            return this;
        }

        /**
         * Builds the store.
         *
         * @return the store
         */
        public JdbcStatusStore build() {
            return new JdbcStatusStore(this);
        }
    }
}
