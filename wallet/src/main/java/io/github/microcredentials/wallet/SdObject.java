package io.github.microcredentials.wallet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object as an issuer wants it in an SD-JWT: each member plain (always visible) or
 * selectively disclosable (its own disclosure). Values are JSON values ({@link String},
 * {@link Number}, {@link Boolean}, {@code null}, {@link Map}, {@link List}) or nested
 * {@link SdObject}s and {@link SdArray}s, whose own disclosable members become disclosures of their
 * own (nested selective disclosure, RFC 9901 §4.2.6). Immutable.
 */
public final class SdObject {

    record Member(String name, Object value, boolean disclosable) {
    }

    private final List<Member> members;

    private SdObject(List<Member> members) {
        this.members = List.copyOf(members);
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    List<Member> members() {
        return members;
    }

    /**
     * The member names, plain and disclosable, in order.
     *
     * @return the names
     */
    public List<String> names() {
        return members.stream().map(Member::name).toList();
    }

    @Override
    public String toString() {
        return "SdObject" + names();
    }

    /** Builds an {@link SdObject}. */
    public static final class Builder {
        private final Map<String, Member> members = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a member every holder always shows.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved ({@code _sd}, {@code _sd_alg}, {@code ...}) or used
         */
        public Builder plain(String name, Object value) {
            return add(name, value, false);
        }

        /**
         * Adds a selectively disclosable member.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or used
         */
        public Builder disclosable(String name, Object value) {
            return add(name, value, true);
        }

        private Builder add(String name, Object value, boolean disclosable) {
            Objects.requireNonNull(name, "name");
            if (name.equals("_sd") || name.equals("_sd_alg") || name.equals("...")) {
                throw new IllegalArgumentException("the claim name " + name + " is reserved by SD-JWT");
            }
            if (members.containsKey(name)) {
                throw new IllegalArgumentException("the claim " + name + " is added twice");
            }
            members.put(name, new Member(name, SdArray.checkValue(value), disclosable));
            return this;
        }

        /**
         * Builds.
         *
         * @return the object
         */
        public SdObject build() {
            return new SdObject(new ArrayList<>(members.values()));
        }
    }
}
