package io.github.microcredentials.seals.internal.jades;

import io.github.microcredentials.seals.internal.seal.Outcome;
import io.github.microcredentials.seals.SealProblem.Code;

/** Reports a counter-signature's verdict on the signature it counter-signs. */
final class CounterSignatures {

    private CounterSignatures() {
    }

    /**
     * Reports one counter-signature with its own outcome. A broken one is also a problem of the
     * counter-signed seal ({@code COUNTER_SIGNATURE_INVALID}, which the policy levels); it does not
     * change whether that seal is intact.
     */
    static void report(Outcome master, Outcome counter, String location) {
        master.counterSignatures.add(counter);
        if (!counter.intact) {
            String why = counter.problems.isEmpty() ? "" : ": " + counter.problems.get(0).message();
            master.fail(Code.COUNTER_SIGNATURE_INVALID, location, "the counter-signature is not intact" + why);
        }
    }
}
