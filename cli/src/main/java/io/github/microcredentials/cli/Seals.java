package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcSealing;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.seal.JadesSealer;
import io.github.microcredentials.signing.seal.SealLevel;
import io.github.microcredentials.signing.seal.SealSigner;
import io.github.microcredentials.signing.seal.SealSubject;
import io.github.microcredentials.signing.seal.TsaClient;
import io.github.microcredentials.signing.seal.XadesSealer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Sealing for the sign command: wires the EDC issuer (europass-edc) to the seal certificate (signing). */
final class Seals {

    private Seals() {
    }

    static byte[] seal(String format, byte[] document, SealOptions options) throws CredentialParseException, SigningException {
        SealSigner signer = options.signer();
        Optional<TsaClient> tsa = options.tsa();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        if (format.equals("xades")) {
            XadesSealer.Builder builder = XadesSealer.builder().clock(clock);
            tsa.ifPresent(t -> builder.level(SealLevel.BASELINE_T).tsa(t));
            return builder.build().seal(document, signer);
        }
        byte[] payload = EdcReader.create().isEdcDocument(document) ? EdcSealing.prepare(document, sealer(signer), now) : document;
        JadesSealer.Builder builder = JadesSealer.builder().clock(clock);
        tsa.ifPresent(t -> builder.level(SealLevel.BASELINE_T).tsa(t));
        return builder.build().seal(payload, signer);
    }

    /** The EDC issuer data of the seal certificate's subject; all three of O, organizationIdentifier and C are needed. */
    static EdcSealing.Sealer sealer(SealSigner signer) {
        SealSubject subject = SealSubject.of(signer.certificateChain().get(0));
        if (subject.organisationName().isEmpty() || subject.organisationIdentifier().isEmpty() || subject.country().isEmpty()) {
            throw new CliException(Main.USAGE, "the seal certificate's subject (" + subject.distinguishedName() + ") lacks O, "
                    + "organizationIdentifier or C, which an EDC issuer takes from it");
        }
        try {
            return new EdcSealing.Sealer(subject.organisationName().get(), subject.organisationIdentifier().get(),
                    new Country(subject.country().get()), subject.commonName());
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.USAGE, "the seal certificate's subject is not usable: " + e.getMessage(), e);
        }
    }
}
