package io.github.microcredentials.core.internal.json;

/** JSON Pointer (RFC 6901) construction. */
public final class Pointers {

    private Pointers() {
    }

    /**
     * The pointer of a member of an object.
     *
     * @param parent the object's pointer
     * @param name the member name
     * @return the member's pointer, with {@code ~} and {@code /} escaped
     */
    public static String member(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The pointer of an array element.
     *
     * @param parent the array's pointer
     * @param index the element index
     * @return the element's pointer
     */
    public static String index(String parent, int index) {
        return parent + "/" + index;
    }
}
