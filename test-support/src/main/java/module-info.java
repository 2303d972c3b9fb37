/**
 * Test support for suites that use the micro-credential validators: AssertJ assertions for
 * validation reports ({@code io.github.microcredentials.test}) and verification results
 * ({@code io.github.microcredentials.test.verification}), jqwik arbitraries of the model that are
 * valid under every shipped profile or violate exactly one named rule
 * ({@code io.github.microcredentials.test.arbitraries}), and a checked-in fixture set in native
 * JSON, Europass EDC and Open Badges 3.0 ({@code io.github.microcredentials.test.fixtures}).
 *
 * <p>Meant for test scope. The signing and seals modules are needed only by the verification
 * assertions.
 */
module io.github.microcredentials.test {
    requires transitive io.github.microcredentials.core;
    requires transitive org.assertj.core;
    requires transitive net.jqwik.api;
    requires static transitive io.github.microcredentials.signing;
    requires static transitive io.github.microcredentials.seals;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.test;
    exports io.github.microcredentials.test.arbitraries;
    exports io.github.microcredentials.test.fixtures;
    exports io.github.microcredentials.test.verification;
}
