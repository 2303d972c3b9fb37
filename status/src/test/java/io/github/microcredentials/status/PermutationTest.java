package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.status.internal.Permutation;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class PermutationTest {

    @Test
    void everyCounterGivesADistinctIndexInRange_andInverts() {
        byte[] key = new byte[32];
        key[0] = 7;
        for (long size : new long[] {131_072, 131_080, 262_144}) {
            Permutation permutation = new Permutation(size, key);
            BitSet seen = new BitSet();
            for (long i = 0; i < size; i++) {
                long image = permutation.apply(i);
                assertThat(image).isBetween(0L, size - 1);
                assertThat(seen.get((int) image)).as("image of %d", i).isFalse();
                seen.set((int) image);
                if (i % 997 == 0) {
                    assertThat(permutation.invert(image)).isEqualTo(i);
                }
            }
            assertThat(seen.cardinality()).isEqualTo((int) size);
        }
    }

    @Test
    void anotherKey_anotherOrder() {
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        b[31] = 1;
        int same = 0;
        Permutation first = new Permutation(131_072, a);
        Permutation second = new Permutation(131_072, b);
        for (int i = 0; i < 1000; i++) {
            same += first.apply(i) == second.apply(i) ? 1 : 0;
        }
        assertThat(same).isLessThan(5);
    }
}
