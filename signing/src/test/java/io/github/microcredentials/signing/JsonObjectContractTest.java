package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.JsonObjects;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The objects {@link StrictJson} reads itself behave as the JSON-P provider's under the
 * {@link java.util.Map} and {@link JsonObject} contracts: same members in the same order, same
 * lookups, equal both ways with equal hash codes, immutable, and a repeated key refused whether the
 * object is small enough to be scanned or large enough to be hashed.
 */
class JsonObjectContractTest {

    /** "Aa" and "BB" share a hash code, and so does every concatenation of them of one length. */
    private static final String[] COLLIDING = {"AaAa", "AaBB", "BBAa", "BBBB"};

    @Provide
    Arbitrary<List<String>> keyLists() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(COLLIDING),
                Arbitraries.of("@context", "@id", "id", "type", "é", "😀", ""));
        return key.list().uniqueElements().ofMinSize(0).ofMaxSize(30);
    }

    @Property(tries = 1500)
    void anObject_isReadAsTheProviderReadsIt(@ForAll("keyLists") List<String> keys, @ForAll @IntRange(max = 3) int repeat)
            throws CredentialParseException {
        List<String> members = new ArrayList<>(keys);
        if (repeat == 0 && !members.isEmpty()) {
            // Now and then a key given twice, anywhere.
            members.add(members.get(members.size() / 2));
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < members.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(members.get(i)).append("\":").append(i);
        }
        byte[] bytes = text.append('}').toString().getBytes(StandardCharsets.UTF_8);
        boolean repeated = members.stream().distinct().count() < members.size();

        if (repeated) {
            assertThatThrownBy(() -> StrictJson.parseObject(bytes)).isInstanceOf(CredentialParseException.class)
                    .hasMessageContaining("duplicate key");
            return;
        }
        JsonObject fast = parse(bytes);
        JsonObject provider = StrictJson.parseWithProvider(bytes).asJsonObject();
        assertThat(fast.getClass()).as("read by the library's own reader").isNotEqualTo(provider.getClass());
        assertThat(fast).isEqualTo(provider);
        assertThat(provider).isEqualTo(fast);
        assertThat(fast.hashCode()).isEqualTo(provider.hashCode());
        assertThat(new ArrayList<>(fast.keySet())).containsExactlyElementsOf(provider.keySet());
        assertThat(new ArrayList<>(fast.values())).containsExactlyElementsOf(provider.values());
        assertThat(new ArrayList<>(fast.entrySet())).containsExactlyElementsOf(provider.entrySet());
        Map<String, JsonValue> visited = new LinkedHashMap<>();
        fast.forEach(visited::put);
        assertThat(visited).containsExactlyEntriesOf(provider);
        assertThat(fast.size()).isEqualTo(members.size());
        assertThat(fast.isEmpty()).isEqualTo(members.isEmpty());
        for (String key : members) {
            // A copy of the key, so that the lookup cannot rely on identity.
            String copy = new String(key.toCharArray());
            assertThat(fast.get(copy)).isEqualTo(provider.get(key));
            assertThat(fast.containsKey(copy)).isTrue();
            assertThat(fast.keySet().contains(copy)).isTrue();
        }
        for (String absent : List.of("absent", "AaAaAa", "BBBBBB", "@type")) {
            assertThat(fast.get(absent)).isEqualTo(provider.get(absent));
            assertThat(fast.containsKey(absent)).isEqualTo(provider.containsKey(absent));
        }
        assertThat(fast.get(42)).isNull();
        assertThat(fast.get(null)).isNull();
        assertThat(fast.containsKey(null)).isFalse();
        for (Map.Entry<String, JsonValue> entry : provider.entrySet()) {
            assertThat(fast.entrySet().contains(entry)).isTrue();
            assertThat(fast.entrySet().contains(Map.entry(entry.getKey(), JsonValue.TRUE))).isFalse();
        }
    }

    @Test
    void anObject_cannotBeChanged() {
        JsonObject empty = parse("{}".getBytes(StandardCharsets.UTF_8));
        JsonObject small = parse("{\"a\":1,\"b\":2}".getBytes(StandardCharsets.UTF_8));
        JsonObject large = parse(members(20).getBytes(StandardCharsets.UTF_8));

        for (JsonObject object : List.of(empty, small, large)) {
            List<ThrowingCallable> changes = List.of(
                    () -> object.put("c", JsonValue.TRUE),
                    () -> object.putAll(Map.of()),
                    () -> object.putIfAbsent("a", JsonValue.TRUE),
                    () -> object.remove("absent"),
                    () -> object.remove("a", JsonValue.TRUE),
                    object::clear,
                    () -> object.replaceAll((k, v) -> v),
                    () -> object.computeIfAbsent("a", k -> JsonValue.TRUE),
                    () -> object.merge("a", JsonValue.TRUE, (x, y) -> y),
                    () -> object.keySet().remove("absent"),
                    () -> object.keySet().removeIf(k -> false),
                    () -> object.keySet().clear(),
                    () -> object.entrySet().remove(Map.entry("a", JsonValue.TRUE)),
                    () -> object.entrySet().addAll(List.of()),
                    () -> object.values().remove(JsonValue.TRUE),
                    () -> object.values().retainAll(List.of()),
                    () -> object.values().clear());
            for (ThrowingCallable change : changes) {
                assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
            }
            assertThat(object.get(null)).isNull();
            assertThat(object.containsKey(null)).isFalse();
        }
        for (JsonObject object : List.of(small, large)) {
            assertThatThrownBy(() -> object.entrySet().iterator().next().setValue(JsonValue.NULL))
                    .isInstanceOf(UnsupportedOperationException.class);
            Iterator<String> keys = object.keySet().iterator();
            keys.next();
            assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
        }
        Iterator<JsonValue> end = small.values().iterator();
        end.next();
        end.next();
        assertThat(end.hasNext()).isFalse();
        assertThatThrownBy(end::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theBuilder_addsAndRemovesAsTheProvidersBuilder() throws CredentialParseException {
        for (int size : new int[] {0, 3, 8, 9, 16, 30}) {
            JsonObject start = parse(members(size).getBytes(StandardCharsets.UTF_8));
            JsonObject ours = JsonObjects.builder(start).add("k1", "replaced").remove("k2").add("k2", JsonValue.TRUE)
                    .add("new", JsonObjects.array(List.of(JsonValue.NULL, JsonObjects.string("x")))).build();
            JsonObject theirs = StrictJson.PROVIDER.createObjectBuilder(start).add("k1", "replaced").remove("k2")
                    .add("k2", JsonValue.TRUE).add("new", StrictJson.PROVIDER.createArrayBuilder().addNull().add("x")).build();

            assertThat(ours).isEqualTo(theirs);
            assertThat(new ArrayList<>(ours.keySet())).containsExactlyElementsOf(theirs.keySet());
            assertThat(ours.hashCode()).isEqualTo(theirs.hashCode());
            assertThat(JsonText.compact(ours)).isEqualTo(JsonText.compact(theirs));
        }
        assertThat(JsonObjects.builder().build()).isEmpty();
        assertThatThrownBy(() -> JsonObjects.builder().add("a", (JsonValue) null)).isInstanceOf(NullPointerException.class);
    }

    private static String members(int count) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return text.append('}').toString();
    }

    @Test
    void manyKeysOfOneHashCode_areAllFound() {
        // 2^12 distinct keys of equal hash code: a probing table would compare each with all before it.
        List<String> keys = new ArrayList<>(List.of(""));
        for (int round = 0; round < 12; round++) {
            List<String> longer = new ArrayList<>();
            for (String key : keys) {
                longer.add(key + "Aa");
                longer.add(key + "BB");
            }
            keys = longer;
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            text.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\":").append(i);
        }
        JsonObject object = parse(text.append('}').toString().getBytes(StandardCharsets.UTF_8));

        assertThat(object).hasSize(keys.size());
        assertThat(object.getInt(keys.get(keys.size() - 1))).isEqualTo(keys.size() - 1);
    }

    private static JsonObject parse(byte[] bytes) {
        try {
            return StrictJson.parseObject(bytes);
        } catch (CredentialParseException e) {
            throw new AssertionError(e);
        }
    }
}
