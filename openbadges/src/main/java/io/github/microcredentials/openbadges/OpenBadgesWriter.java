package io.github.microcredentials.openbadges;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.microcredentials.core.model.MicroCredential;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.openbadges.internal.CredentialWriter;
import io.github.microcredentials.openbadges.internal.Preservation;
import io.github.microcredentials.openbadges.internal.WriterSettings;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes a micro-credential as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model
 * 2.0) that validates against the official 1EdTech JSON Schema and expands in JSON-LD safe mode
 * with the bundled contexts.
 *
 * <p>The achievement carries the Open Badges terms where they exist ({@code name},
 * {@code description}, {@code criteria}, {@code inLanguage}, {@code creditsAvailable},
 * {@code fieldOfStudy}, ESCO skills and the EQF level as {@code alignment}s, the grading scheme as
 * {@code resultDescription}, the grade as the subject's {@code result}); every other element of
 * the Council Recommendation's Annex I is written with the terms of this library's extension
 * context {@value OpenBadges#EXTENSION_CONTEXT_URL}, so that {@link OpenBadgesReader} reads the
 * credential back unchanged. A credential read from another issuer's Open Badges credential
 * carries what the model does not hold as {@link io.github.microcredentials.core.model.PreservedData
 * preserved data}; it is written back where the model was not edited (the achievement's
 * {@code name}, {@code criteria}, {@code alignment}s, {@code resultDescription}s, endorsements,
 * images, …), so that OB3 → model → OB3 changes nothing but the proof, which signing adds again.
 * Preserved data this library did not write is ignored. A credential whose kind is not credit-bearing (a progression badge)
 * shows no ECTS credits (HEROES rule HE-BADGE). The output has no proof: signing adds it.
 *
 * <p>Output is deterministic for a given salt source: two-space indentation, {@code \n} line
 * ends, members in a fixed order. Instances are immutable and thread-safe if the salt source is.
 *
 * <pre>{@code
 * OpenBadgesWriter writer = OpenBadgesWriter.builder()
 *         .issuerId(URI.create("did:key:z6Mk…"))   // the key that will sign it
 *         .build();
 * String json = writer.write(credential);
 * }</pre>
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a>
 */
public final class OpenBadgesWriter {

    private static final OpenBadgesWriter DEFAULT = builder().build();
    private static final ObjectWriter JSON = printer();

    private final CredentialWriter writer;

    private OpenBadgesWriter(Builder builder) {
        this.writer = new CredentialWriter(new WriterSettings(Optional.ofNullable(builder.issuerId),
                builder.disclosure == IdentityDisclosure.HASHED, builder.salts, Optional.ofNullable(builder.image),
                Optional.ofNullable(builder.imageCaption), false));
    }

    /**
     * A writer with the defaults: the issuer Profile's id is the organisation's URI, e-mail
     * addresses and national identity numbers are hashed with random salts, no image.
     *
     * @return a shared writer
     */
    public static OpenBadgesWriter create() {
        return DEFAULT;
    }

    /**
     * Starts a writer with other settings.
     *
     * @return a builder with the defaults of {@link #create()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a credential as indented JSON.
     *
     * @param credential the credential; its {@code id} becomes the credential's {@code id}
     * @return the OpenBadgeCredential
     * @throws IllegalArgumentException if the credential lacks what Open Badges 3.0 requires: a
     *     title (CR-M2), a date of issuing (CR-M5), an issuer or awarding body (CR-M4), or any of
     *     the learner's id, name, e-mail address or national identity number (CR-M1)
     */
    public String write(MicroCredential credential) {
        return new String(writeBytes(credential), StandardCharsets.UTF_8);
    }

    /**
     * Writes a credential as indented UTF-8 JSON.
     *
     * @param credential the credential
     * @return the OpenBadgeCredential's bytes
     * @throws IllegalArgumentException as for {@link #write(MicroCredential)}
     */
    public byte[] writeBytes(MicroCredential credential) {
        Objects.requireNonNull(credential, "credential");
        ObjectNode tree = writer.write(credential);
        credential.preserved(Preservation.FORMAT).ifPresent(p -> {
            try {
                Preservation.apply(tree, p);
            } catch (IllegalArgumentException e) {
                // Data of another library or version: the credential is written from the model alone.
            }
        });
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise a JSON tree", e);
        }
    }

    private static ObjectWriter printer() {
        // The same layout as the native format: the same bytes on every machine.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build().writer(printer);
    }

    private static String randomSalt() {
        byte[] salt = new byte[16];
        Holder.RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Lazily created, so that writers that never hash never seed a {@link SecureRandom}. */
    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** Builds an {@link OpenBadgesWriter}. */
    public static final class Builder {
        private @Nullable URI issuerId;
        private IdentityDisclosure disclosure = IdentityDisclosure.HASHED;
        private Supplier<String> salts = OpenBadgesWriter::randomSalt;
        private @Nullable URI image;
        private @Nullable String imageCaption;

        private Builder() {
        }

        /**
         * Sets the id of the issuer Profile. A Data Integrity or JWT verifier requires it to be
         * the controller of the signing key, for example the {@code did:key} or {@code did:web}
         * DID of the key; the organisation's own URI is then kept in the extension term
         * {@code organisationId}.
         *
         * @param value the issuer id; {@code null} for the organisation's URI (the default)
         * @return this builder
         * @throws IllegalArgumentException if the URI is not absolute
         */
        public Builder issuerId(@Nullable URI value) {
            if (value != null && !value.isAbsolute()) {
                throw new IllegalArgumentException("the issuer id must be an absolute URI: " + value);
            }
            issuerId = value;
            return this;
        }

        /**
         * Sets how the learner's e-mail address and national identity number are written.
         *
         * @param value hashed (the default) or plain
         * @return this builder
         */
        public Builder identityDisclosure(IdentityDisclosure value) {
            disclosure = Objects.requireNonNull(value, "identityDisclosure");
            return this;
        }

        /**
         * Sets the source of the salts of hashed identities, one per IdentityObject; by default 16
         * random bytes from a {@link SecureRandom}, in hex. A fixed source makes output
         * reproducible, for tests; a real issuer keeps the default, so that hashes cannot be
         * matched across credentials.
         *
         * @param value the salt source; it must not return {@code null}
         * @return this builder
         */
        public Builder saltSource(Supplier<String> value) {
            salts = Objects.requireNonNull(value, "saltSource");
            return this;
        }

        /**
         * Sets the badge image, written as the credential's and the achievement's {@code image}.
         * The model has no image, so the reader reports it as a property it did not carry.
         *
         * @param id the image URL or {@code data:} URI; {@code null} for no image (the default)
         * @param caption the caption, or {@code null}
         * @return this builder
         */
        public Builder image(@Nullable URI id, @Nullable String caption) {
            image = id;
            imageCaption = id == null ? null : caption;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         */
        public OpenBadgesWriter build() {
            return new OpenBadgesWriter(this);
        }
    }
}
