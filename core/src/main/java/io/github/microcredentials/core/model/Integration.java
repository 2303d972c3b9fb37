package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Stackability;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Integration / stackability options (Annex I, optional element 4): stand-alone, or stackable
 * towards other credentials.
 *
 * @param option stand-alone or stackable
 * @param stackableTowards the credentials or qualifications it stacks towards, by URI
 * @param description a description of the options, if any
 */
public record Integration(Stackability option, List<URI> stackableTowards, Optional<LocalizedString> description) {

    /** Checks the components and copies the list. */
    public Integration {
        Objects.requireNonNull(option, "option");
        stackableTowards = List.copyOf(stackableTowards);
        Objects.requireNonNull(description, "description");
    }

    /**
     * A stand-alone, independent micro-credential.
     *
     * @return the integration option
     */
    public static Integration standAlone() {
        return new Integration(Stackability.STAND_ALONE, List.of(), Optional.empty());
    }

    /**
     * A micro-credential stackable towards other credentials.
     *
     * @param towards the credentials it stacks towards
     * @return the integration option
     */
    public static Integration stackable(List<URI> towards) {
        return new Integration(Stackability.STACKABLE, towards, Optional.empty());
    }
}
