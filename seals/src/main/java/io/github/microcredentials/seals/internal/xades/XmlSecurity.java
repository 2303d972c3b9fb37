package io.github.microcredentials.seals.internal.xades;

/** Initialises Santuario once. */
final class XmlSecurity {

    private XmlSecurity() {
    }

    static void init() {
        Holder.READY.hashCode();
    }

    /** Lazy, thread-safe initialisation (class holder idiom). */
    private static final class Holder {
        static final Object READY = initialise();

        private static Object initialise() {
            org.apache.xml.security.Init.init();
            return new Object();
        }
    }
}
