package io.github.microcredentials.signing.internal.rdf.canon;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct permutations of a list of blank node numbers, in lexicographic order. Permutations
 * that repeat another (the list may hold a node twice) give the same path, so skipping them
 * changes no result.
 */
final class Permutations {

    private final int[] items;

    Permutations(List<Integer> list) {
        int[] sorted = new int[list.size()];
        int i = 0;
        for (int item : list) {
            sorted[i++] = item;
        }
        Arrays.sort(sorted);
        this.items = sorted;
    }

    int[] current() {
        return items;
    }

    /** Advances to the next permutation; {@code false} after the last one. */
    boolean next() {
        int i = items.length - 2;
        while (i >= 0 && items[i] >= items[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = items.length - 1;
        while (items[j] <= items[i]) {
            j--;
        }
        swap(i, j);
        reverse(i + 1);
        return true;
    }

    private void swap(int i, int j) {
        int t = items[i];
        items[i] = items[j];
        items[j] = t;
    }

    private void reverse(int from) {
        for (int i = from, j = items.length - 1; i < j; i++, j--) {
            swap(i, j);
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
