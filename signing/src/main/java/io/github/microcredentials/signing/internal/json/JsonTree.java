package io.github.microcredentials.signing.internal.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Immutable JSON-P values as {@link JsonReader} reads them and {@link JsonObjects} builds them:
 * lighter than the provider's (no builder, no copy) and equal to them under the JSON-P contracts
 * (objects and arrays by content, strings by text, numbers by {@link BigDecimal#equals}), so that
 * both kinds mix freely. {@code toString()} is compact JSON.
 */
final class JsonTree {

    /** The JSON-P provider's default bound on the scale of numbers converted to integers. */
    static final int MAX_BIG_INTEGER_SCALE = 100_000;

    private JsonTree() {
    }

    /**
     * A JSON object over arrays that nobody else holds, members in insertion order. Small objects
     * (most nodes of a credential) are scanned, which beats hashing for a handful of keys and makes
     * iteration a walk over two arrays; larger ones also get a hash index, so that lookups stay cheap
     * and keys chosen to collide cannot make them quadratic. Every mutator, of the object and of its
     * views, throws {@link UnsupportedOperationException}, as the provider's unmodifiable views do.
     */
    static final class Obj extends AbstractMap<String, JsonValue> implements JsonObject {
        /** Up to this many members (a credential's top level included), lookups scan the keys. */
        private static final int SCAN_LIMIT = 16;

        private static final Obj EMPTY = new Obj(new String[0], new JsonValue[0], 0, null);

        private final String[] keys;
        private final JsonValue[] values;
        private final int size;
        private final @Nullable Map<String, JsonValue> index;

        private Obj(String[] keys, JsonValue[] values, int size, @Nullable Map<String, JsonValue> index) {
            this.keys = keys;
            this.values = values;
            this.size = size;
            this.index = index;
        }

        /** The empty object. */
        static Obj empty() {
            return EMPTY;
        }

        /**
         * An object of the first {@code size} keys and values, which the caller hands over.
         *
         * @return the object, or null if a key is given twice
         */
        static @Nullable Obj of(String[] keys, JsonValue[] values, int size) {
            if (size <= SCAN_LIMIT) {
                for (int i = 1; i < size; i++) {
                    for (int j = 0; j < i; j++) {
                        if (keys[i].equals(keys[j])) {
                            return null;
                        }
                    }
                }
                return ofDistinct(keys, values, size);
            }
            Map<String, JsonValue> index = index(keys, values, size);
            return index == null ? null : new Obj(keys, values, size, index);
        }

        /**
         * An object of the first {@code size} keys and values, which the caller hands over and whose
         * keys it knows to be distinct (a builder's), so that they are not compared again.
         *
         * @return the object
         */
        static Obj ofDistinct(String[] keys, JsonValue[] values, int size) {
            if (size <= SCAN_LIMIT) {
                return size == 0 ? EMPTY : new Obj(keys, values, size, null);
            }
            return new Obj(keys, values, size, index(keys, values, size));
        }

        /** The members by name, or null if a name is given twice. */
        private static @Nullable Map<String, JsonValue> index(String[] keys, JsonValue[] values, int size) {
            Map<String, JsonValue> index = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                if (index.put(keys[i], values[i]) != null) {
                    return null;
                }
            }
            return index;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return new Members<>(Members.ENTRIES);
        }

        @Override
        public Set<String> keySet() {
            return new Members<>(Members.KEYS);
        }

        @Override
        public Collection<JsonValue> values() {
            return new Members<>(Members.VALUES);
        }

        /**
         * A view of the members in order: the keys, the values or the entries. One class for the
         * three, told apart by a field rather than by overriding, so that iterating stays one
         * monomorphic call the compiler inlines (and an entry it hands out need not be allocated).
         * For values it is only used as a collection, whose contract {@link AbstractSet} keeps.
         */
        private final class Members<T> extends AbstractSet<T> {
            static final int KEYS = 0;
            static final int VALUES = 1;
            static final int ENTRIES = 2;

            private final int kind;

            Members(int kind) {
                this.kind = kind;
            }

            @SuppressWarnings("unchecked")
            private T at(int i) {
                return (T) (kind == KEYS ? keys[i] : kind == VALUES ? values[i] : new SimpleImmutableEntry<>(keys[i], values[i]));
            }

            @Override
            public Iterator<T> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public T next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        return at(next++);
                    }
                };
            }

            @Override
            public boolean contains(@Nullable Object item) {
                if (kind == KEYS) {
                    return containsKey(item);
                }
                if (kind == ENTRIES) {
                    return item instanceof Entry<?, ?> member && member.getValue() != null
                            && member.getValue().equals(get(member.getKey()));
                }
                return super.contains(item);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean add(T item) {
                throw immutable();
            }

            @Override
            public boolean addAll(Collection<? extends T> items) {
                throw immutable();
            }

            @Override
            public boolean remove(@Nullable Object item) {
                throw immutable();
            }

            @Override
            public boolean removeAll(Collection<?> items) {
                throw immutable();
            }

            @Override
            public boolean retainAll(Collection<?> items) {
                throw immutable();
            }

            @Override
            public boolean removeIf(Predicate<? super T> filter) {
                throw immutable();
            }

            @Override
            public void clear() {
                throw immutable();
            }
        }

        private static UnsupportedOperationException immutable() {
            return new UnsupportedOperationException("a JSON object is immutable");
        }

        /** Copies the names and values, in order, to the start of the two arrays. */
        void copyMembers(String[] names, JsonValue[] members) {
            System.arraycopy(keys, 0, names, 0, size);
            System.arraycopy(values, 0, members, 0, size);
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
            for (int i = 0; i < size; i++) {
                action.accept(keys[i], values[i]);
            }
        }

        @Override
        public @Nullable JsonValue get(@Nullable Object key) {
            if (index != null) {
                return index.get(key);
            }
            if (key != null) {
                for (int i = 0; i < size; i++) {
                    if (keys[i].equals(key)) {
                        return values[i];
                    }
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(@Nullable Object key) {
            return get(key) != null;
        }

        @Override
        public JsonValue put(String key, JsonValue value) {
            throw immutable();
        }

        @Override
        public void putAll(Map<? extends String, ? extends JsonValue> members) {
            throw immutable();
        }

        /** Unlike the provider's object, which returns null for an absent key, this always refuses. */
        @Override
        public JsonValue remove(@Nullable Object key) {
            throw immutable();
        }

        @Override
        public boolean remove(@Nullable Object key, @Nullable Object value) {
            throw immutable();
        }

        @Override
        public void clear() {
            throw immutable();
        }

        @Override
        public JsonValue putIfAbsent(String key, JsonValue value) {
            throw immutable();
        }

        @Override
        public JsonValue replace(String key, JsonValue value) {
            throw immutable();
        }

        @Override
        public boolean replace(String key, JsonValue oldValue, JsonValue newValue) {
            throw immutable();
        }

        @Override
        public void replaceAll(BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
            throw immutable();
        }

        @Override
        public JsonValue computeIfAbsent(String key, Function<? super String, ? extends JsonValue> function) {
            throw immutable();
        }

        @Override
        public JsonValue computeIfPresent(String key, BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
            throw immutable();
        }

        @Override
        public JsonValue compute(String key, BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
            throw immutable();
        }

        @Override
        public JsonValue merge(String key, JsonValue value,
                BiFunction<? super JsonValue, ? super JsonValue, ? extends JsonValue> function) {
            throw immutable();
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        @Override
        public String getString(String name) {
            JsonValue value = required(name);
            return ((JsonString) value).getString();
        }

        @Override
        public String getString(String name, String defaultValue) {
            return get(name) instanceof JsonString text ? text.getString() : defaultValue;
        }

        @Override
        public int getInt(String name) {
            return ((JsonNumber) required(name)).intValue();
        }

        @Override
        public int getInt(String name, int defaultValue) {
            return get(name) instanceof JsonNumber number ? number.intValue() : defaultValue;
        }

        @Override
        public boolean getBoolean(String name) {
            JsonValue value = required(name);
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new ClassCastException("\"" + name + "\" is not a boolean");
        }

        @Override
        public boolean getBoolean(String name, boolean defaultValue) {
            JsonValue value = get(name);
            return value == JsonValue.TRUE || value != JsonValue.FALSE && defaultValue;
        }

        @Override
        public boolean isNull(String name) {
            return required(name).getValueType() == ValueType.NULL;
        }

        private JsonValue required(String name) {
            JsonValue value = get(name);
            if (value == null) {
                throw new NullPointerException("no member \"" + name + "\"");
            }
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public String toString() {
            return JsonText.compact(this);
        }
    }

    /** A JSON array over an array that nobody else holds. */
    static final class Arr extends AbstractList<JsonValue> implements JsonArray {
        private final JsonValue[] items;

        Arr(JsonValue[] items) {
            this.items = items;
        }

        @Override
        public JsonValue get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return (JsonObject) items[index];
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return (JsonArray) items[index];
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return (JsonNumber) items[index];
        }

        @Override
        public JsonString getJsonString(int index) {
            return (JsonString) items[index];
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            for (JsonValue item : items) {
                type.cast(item);
            }
            return (List<T>) this;
        }

        @Override
        public String getString(int index) {
            return ((JsonString) items[index]).getString();
        }

        @Override
        public String getString(int index, String defaultValue) {
            return index >= 0 && index < items.length && items[index] instanceof JsonString text ? text.getString() : defaultValue;
        }

        @Override
        public int getInt(int index) {
            return ((JsonNumber) items[index]).intValue();
        }

        @Override
        public int getInt(int index, int defaultValue) {
            return index >= 0 && index < items.length && items[index] instanceof JsonNumber number ? number.intValue() : defaultValue;
        }

        @Override
        public boolean getBoolean(int index) {
            JsonValue value = items[index];
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new ClassCastException("item " + index + " is not a boolean");
        }

        @Override
        public boolean getBoolean(int index, boolean defaultValue) {
            JsonValue value = index >= 0 && index < items.length ? items[index] : null;
            return value == JsonValue.TRUE || value != JsonValue.FALSE && defaultValue;
        }

        @Override
        public boolean isNull(int index) {
            return items[index].getValueType() == ValueType.NULL;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }

        @Override
        public String toString() {
            return JsonText.compact(this);
        }
    }

    /** A JSON string. */
    static final class Str implements JsonString {
        private final String value;

        Str(String value) {
            this.value = value;
        }

        @Override
        public String getString() {
            return value;
        }

        @Override
        public CharSequence getChars() {
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.STRING;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof JsonString text && value.equals(text.getString());
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return JsonText.compact(this);
        }
    }

    /** A JSON number, its value exactly as written ({@code 3.0} keeps its scale). */
    static final class Num implements JsonNumber {
        private final BigDecimal value;

        Num(BigDecimal value) {
            this.value = value;
        }

        @Override
        public boolean isIntegral() {
            return value.scale() == 0;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public int intValueExact() {
            return value.intValueExact();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public long longValueExact() {
            return value.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return scaleChecked().toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return scaleChecked().toBigIntegerExact();
        }

        /** As the JSON-P provider: a huge scale would make the conversion a denial of service. */
        private BigDecimal scaleChecked() {
            if (Math.abs(value.scale()) > MAX_BIG_INTEGER_SCALE) {
                throw new UnsupportedOperationException("the scale of " + value + " is beyond " + MAX_BIG_INTEGER_SCALE);
            }
            return value;
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof JsonNumber number && value.equals(number.bigDecimalValue());
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }
}
