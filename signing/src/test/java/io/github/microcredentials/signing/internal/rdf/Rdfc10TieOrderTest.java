package io.github.microcredentials.signing.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Blank nodes that Hash N-Degree Quads cannot tell apart although they differ (here two nodes that
 * point at each other, each statement in another blank graph) are issued in the order of the blank
 * node to quads map, that is, in the order they first appear in the quads, subject before object
 * (RDFC-1.0 §4.4.3 steps 2, 5.2 and 5.3). The canonical form then depends on the quad order, and
 * every implementation must give the same one for the same order. The expected forms are the
 * output of rdf-canonize 4.0 (Digital Bazaar's implementation, {@code algorithm: 'RDFC-1.0'}) on
 * these inputs. titanium-rdfc, the differential oracle of {@link Rdfc10PropertiesTest}, gives the
 * first form for both inputs: it takes tied nodes in an order of its own. Before the fix, this
 * library took them in the order they were numbered, which put the object of a quad before its
 * subject and gave the second form for the first input.
 */
class Rdfc10TieOrderTest {

    private static final String FORWARD = """
            _:n1 <http://ex.org/p> <http://ex.org/o2> .
            _:n2 <http://ex.org/p> <http://ex.org/o2> _:g1 .
            _:n6 <http://ex.org/p> _:n3 _:g1 .
            _:n3 <http://ex.org/p> _:n6 _:g0 .
            """;

    private static final String REVERSED = """
            _:n3 <http://ex.org/p> _:n6 _:g0 .
            _:n6 <http://ex.org/p> _:n3 _:g1 .
            _:n2 <http://ex.org/p> <http://ex.org/o2> _:g1 .
            _:n1 <http://ex.org/p> <http://ex.org/o2> .
            """;

    @Test
    void nodesOfEqualHashes_areIssuedInTheOrderTheyFirstAppear() throws DocumentException {
        assertThat(canonical(FORWARD)).isEqualTo("""
                _:c14n2 <http://ex.org/p> <http://ex.org/o2> _:c14n1 .
                _:c14n3 <http://ex.org/p> <http://ex.org/o2> .
                _:c14n4 <http://ex.org/p> _:c14n5 _:c14n1 .
                _:c14n5 <http://ex.org/p> _:c14n4 _:c14n0 .
                """);
        assertThat(canonical(REVERSED)).isEqualTo("""
                _:c14n2 <http://ex.org/p> <http://ex.org/o2> _:c14n1 .
                _:c14n3 <http://ex.org/p> <http://ex.org/o2> .
                _:c14n4 <http://ex.org/p> _:c14n5 _:c14n0 .
                _:c14n5 <http://ex.org/p> _:c14n4 _:c14n1 .
                """);
    }

    private static String canonical(String nquads) throws DocumentException {
        return Rdfc10.sha256().canonicalize(Rdfc10ConformanceTest.quads(nquads)).nquads();
    }
}
