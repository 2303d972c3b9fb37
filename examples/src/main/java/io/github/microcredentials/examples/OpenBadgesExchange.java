package io.github.microcredentials.examples;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.openbadges.model.Endorsement;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/** Writing a micro-credential as an Open Badges 3.0 credential and reading one. */
public final class OpenBadgesExchange {

    private OpenBadgesExchange() {
    }

    /**
     * Writes a credential as an OpenBadgeCredential whose issuer is the DID of the signing key.
     *
     * @param credential the credential
     * @param salts the source of salts for the hashed e-mail address (random in production)
     * @return the OpenBadgeCredential, without a proof
     */
    public static String write(MicroCredential credential, Supplier<String> salts) {
        // tag::openbadges-write[]
        OpenBadgesWriter writer = OpenBadgesWriter.builder()
                .issuerId(URI.create("did:web:www.ucn.dk"))   // the controller of the key that will sign it
                .saltSource(salts)                            // default: random; e-mail addresses are hashed
                .build();
        String json = writer.write(credential);               // an OpenBadgeCredential (VC 2.0), no proof yet
        // end::openbadges-write[]
        return json;
    }

    /**
     * Reads an Open Badges 3.0 credential and lists what the model could not carry.
     *
     * @param json the credential
     * @return the findings
     * @throws CredentialParseException if the input is not an Open Badges 3.0 credential
     */
    public static List<Finding> read(String json) throws CredentialParseException {
        // tag::openbadges-read[]
        ReadResult<MicroCredential> read = OpenBadgesReader.create().read(json);
        MicroCredential credential = read.value();
        for (Finding finding : read.findings().findings()) {
            System.out.println(finding);   // e.g. WARNING OB3-UNMAPPED at /evidence: not carried into the model
        }
        // end::openbadges-read[]
        return credential.id().isAbsolute() ? read.findings().findings() : List.of();
    }

    /**
     * Reads an Open Badges EndorsementCredential, without verifying its proof.
     *
     * @param json the endorsement
     * @return who endorses what
     * @throws CredentialParseException if the input is not an EndorsementCredential
     */
    public static String endorsement(byte[] json) throws CredentialParseException {
        // tag::openbadges-endorsement[]
        ReadResult<Endorsement> read = OpenBadgesReader.create().readEndorsement(json);
        Endorsement endorsement = read.value();          // endorser, subject, comment, validity; proof not verified
        List<Finding> problems = read.findings().findings(); // e.g. OB3-ENDORSEMENT-UNSIGNED
        // end::openbadges-endorsement[]
        return endorsement.endorser() + " endorses " + endorsement.subject() + (problems.isEmpty() ? "" : " (" + problems.size() + ")");
    }
}
