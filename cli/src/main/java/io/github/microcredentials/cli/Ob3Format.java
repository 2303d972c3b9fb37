package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.openbadges.model.Endorsement;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 1EdTech Open Badges 3.0: an OpenBadgeCredential (VC Data Model 2.0, or a legacy 1.1 one when
 * reading). Written with the defaults of {@link OpenBadgesWriter#create()}: the issuer Profile's id
 * is the organisation's URI, e-mail addresses are hashed, no proof.
 */
final class Ob3Format implements CredentialFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenBadgesReader reader = OpenBadgesReader.create();

    @Override
    public String name() {
        return "ob3";
    }

    @Override
    public boolean detects(byte[] input) {
        return reader.isOpenBadgeCredential(input) || reader.isEndorsementCredential(input) || isClr(input);
    }

    /** A 1EdTech CLR 2.0 credential: a collection of achievement credentials, not one of them. */
    private static boolean isClr(byte[] input) {
        try {
            JsonNode type = JSON.readTree(input).path("type");
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (t.asText("").equals("ClrCredential")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String refusal(JsonNode document) {
        return Diagnosis.describeTypes(document) + "; an Open Badges credential's \"type\" includes OpenBadgeCredential"
                + " or AchievementCredential";
    }

    /**
     * Reads an achievement credential. An EndorsementCredential is read and checked, and refused
     * with its findings: it endorses something and holds no achievement to convert.
     */
    @Override
    public ReadResult<MicroCredential> read(byte[] input) throws CredentialParseException {
        if (isClr(input)) {
            throw new CliException(Main.FINDINGS, "a 1EdTech CLR 2.0 ClrCredential holds several achievement credentials"
                    + " (credentialSubject.verifiableCredential), not one: convert each of them");
        }
        if (reader.isEndorsementCredential(input) && !reader.isOpenBadgeCredential(input)) {
            ReadResult<Endorsement> endorsement = reader.readEndorsement(input);
            throw new CliException(Main.FINDINGS, "an Open Badges EndorsementCredential endorses "
                    + endorsement.value().subject() + " and holds no achievement to convert"
                    + endorsement.findings().findings().stream().map(f -> "; " + f).collect(Collectors.joining()));
        }
        return reader.read(input);
    }

    @Override
    public ReadResult<Document> readDocument(byte[] input, Policy policy, Locale locale)
            throws CredentialParseException {
        ReadResult<MicroCredential> read = reader.withPolicy(policy).withLocale(locale).read(input);
        return new ReadResult<>(read.value(), read.findings());
    }

    @Override
    public byte[] write(MicroCredential credential) {
        return write(credential, null);
    }

    /**
     * Writes with a chosen issuer Profile id (the organisation's own URI moves to {@code organisationId},
     * its homepage stays {@code url}).
     *
     * @param credential the credential
     * @param issuerId the issuer id, or null for the writer's default
     * @return the JSON bytes
     */
    byte[] write(MicroCredential credential, java.net.URI issuerId) {
        try {
            return OpenBadgesWriter.builder().issuerId(issuerId).build().writeBytes(credential);
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.FINDINGS, "cannot write Open Badges 3.0: " + e.getMessage(), e);
        }
    }
}
