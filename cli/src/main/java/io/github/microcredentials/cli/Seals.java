package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcSealing;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.JadesSealer;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.seals.SealSubject;
import io.github.microcredentials.seals.TsaClient;
import io.github.microcredentials.seals.XadesSealer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Sealing for the sign command: wires the EDC issuer (europass-edc) to the seal certificate (signing). */
final class Seals {

    private Seals() {
    }

    static byte[] seal(String format, byte[] document, Signer signer, SealOptions options, boolean force, java.io.PrintWriter err)
            throws CredentialParseException, SigningException {
        Optional<TsaClient> tsa = options.tsa();
        boolean edc = format.equals("jades") && EdcReader.create().isEdcDocument(document);
        if (format.equals("jades")) {
            requireSealable(document, edc, force, err);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        if (format.equals("xades")) {
            XadesSealer.Builder builder = XadesSealer.builder().clock(clock);
            tsa.ifPresent(t -> builder.level(SealLevel.BASELINE_T).tsa(t));
            return builder.build().seal(document, signer);
        }
        if (edc) {
            EdcSealing.organisationMismatch(document, sealer(signer)).ifPresent(w -> {
                err.println("warning: " + w);
                err.flush();
            });
        }
        byte[] payload = edc ? EdcSealing.prepare(document, sealer(signer), now) : document;
        JadesSealer.Builder builder = JadesSealer.builder().clock(clock);
        tsa.ifPresent(t -> builder.level(SealLevel.BASELINE_T).tsa(t));
        return builder.build().seal(payload, signer);
    }

    /**
     * A JAdES seal is meant for a Europass EDC: sealing other JSON (an Open Badge, a native
     * document) is allowed, but only when asked for with {@code --force}, because an organisation's
     * seal is a legal statement and the EDC preparation (issuer and issued from the certificate) is
     * then skipped. A relative credential id is refused as for signing.
     */
    private static void requireSealable(byte[] document, boolean edc, boolean force, java.io.PrintWriter err)
            throws CredentialParseException {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document);
        } catch (java.io.IOException e) {
            throw new CliException(Main.USAGE, String.join(System.lineSeparator(), Diagnosis.explain(document, Formats.all())), e);
        }
        if (tree != null && tree.isObject()) {
            SignCommand.requireAbsoluteId(edc && tree.path("credential").isObject() ? tree.get("credential") : tree);
        }
        if (edc) {
            return;
        }
        String what = tree != null && tree.isObject() ? Diagnosis.describeTypes(tree) : "not a JSON object";
        if (!force) {
            throw new CliException(Main.USAGE, "not a Europass EDC (" + what + "): a JAdES seal is the Europass way to issue an"
                    + " EDC, and its issuer would not be taken from the seal certificate. Use --format di or jwt for"
                    + " Open Badges and other verifiable credentials, or add --force to seal this JSON as it is.");
        }
        err.println("warning: sealing JSON that is not a Europass EDC (" + what + ") as it is (--force)");
        err.flush();
    }

    /** The EDC issuer data of the seal certificate's subject; all three of O, organizationIdentifier and C are needed. */
    static EdcSealing.Sealer sealer(Signer signer) {
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
