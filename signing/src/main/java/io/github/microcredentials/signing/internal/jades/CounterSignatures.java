package io.github.microcredentials.signing.internal.jades;

import io.github.microcredentials.signing.internal.seal.Outcome;
import io.github.microcredentials.signing.seal.SealProblem.Code;

/** Reports a counter-signature's verdict on the signature it counter-signs. */
final class CounterSignatures {

    private CounterSignatures() {
    }

    /**
     * Reports one counter-signature. A broken one is a problem of the counter-signed seal; it does
     * not change whether that seal is intact.
     */
    static void report(Outcome master, Outcome counter, String location) {
        if (!counter.intact) {
            String why = counter.problems.isEmpty() ? "" : ": " + counter.problems.get(0).message();
            master.fail(Code.SIGNATURE_INVALID, location, "the counter-signature is not intact" + why);
        }
    }
}
