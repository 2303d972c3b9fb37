package io.github.microcredentials.wallet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON array as an issuer wants it in an SD-JWT: each element plain or selectively disclosable
 * (its own disclosure, RFC 9901 §4.2.2). Immutable.
 */
public final class SdArray {

    record Element(Object value, boolean disclosable) {
    }

    private final List<Element> elements;

    private SdArray(List<Element> elements) {
        this.elements = List.copyOf(elements);
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    List<Element> elements() {
        return elements;
    }

    /**
     * The number of elements.
     *
     * @return the size
     */
    public int size() {
        return elements.size();
    }

    @Override
    public String toString() {
        return "SdArray[" + elements.size() + " elements]";
    }

    static Object checkValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof SdObject
                || value instanceof SdArray || value instanceof Long || value instanceof Integer
                || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no NaN or infinity");
            }
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("a JSON object's member names are strings");
                }
                checkValue(e.getValue());
            }
            return value;
        }
        if (value instanceof List<?> list) {
            list.forEach(SdArray::checkValue);
            return value;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    /** Builds an {@link SdArray}. */
    public static final class Builder {
        private final List<Element> elements = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an element every holder always shows.
         *
         * @param value the value
         * @return this builder
         */
        public Builder plain(Object value) {
            elements.add(new Element(checkValue(value), false));
            return this;
        }

        /**
         * Adds a selectively disclosable element.
         *
         * @param value the value
         * @return this builder
         */
        public Builder disclosable(Object value) {
            elements.add(new Element(checkValue(value), true));
            return this;
        }

        /**
         * Builds.
         *
         * @return the array
         */
        public SdArray build() {
            return new SdArray(elements);
        }
    }
}
