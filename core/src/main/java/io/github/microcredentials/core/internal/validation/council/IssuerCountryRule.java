package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M3: the credential names the country or region of its issuer. */
public final class IssuerCountryRule extends AnnexCheck {

    /** Creates the rule. */
    public IssuerCountryRule() {
        super(AnnexElement.ISSUER_COUNTRY, Sources.ANNEX_I + ", mandatory element 3");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.issuerCountries().isEmpty() && credential.issuerRegions().isEmpty()) {
            sink.report("/issuerCountries", null);
        }
    }
}
