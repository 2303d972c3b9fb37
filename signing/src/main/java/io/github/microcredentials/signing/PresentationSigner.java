package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.di.PresentationRules;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates a W3C Verifiable Presentation: the holder encloses credentials and signs the whole with a
 * Data Integrity proof of purpose {@code authentication}, with the {@code challenge} and
 * {@code domain} the verifier asked for. The credentials are enclosed as given (their own proofs
 * stay intact). Thread-safe.
 *
 * <pre>{@code
 * SigningKey holderKey = SigningKey.generate(KeyType.ED25519);
 * PresentationSigner signer = PresentationSigner.builder(
 *         DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, holderKey.signer()).build()).build();
 * byte[] presentation = signer.present(List.of(signedCredential),
 *         PresentationOptions.challenge(nonceFromVerifier).withDomain("https://verifier.example"));
 * }</pre>
 *
 * <p>The holder is by default the controller of the signing key's verification method (the
 * {@code did:key} of a key signed with its {@code did:key} method); a holder set with
 * {@link Builder#holder(URI)} must control the key, as a verifier will check.
 */
public final class PresentationSigner {

    private final DataIntegritySigner signer;
    private final Optional<URI> holder;
    private final Optional<URI> id;

    private PresentationSigner(Builder builder) {
        this.signer = builder.signer;
        this.holder = Optional.ofNullable(builder.holder);
        this.id = Optional.ofNullable(builder.id);
    }

    /**
     * Starts a presentation signer over a Data Integrity signer: its suite, key, verification
     * method, key resolver (for the holder check), clock, contexts and limits are used.
     *
     * @param signer the signer of the holder's proof
     * @return the builder
     */
    public static Builder builder(DataIntegritySigner signer) {
        return new Builder(signer);
    }

    /**
     * Encloses credentials in a presentation and signs it.
     *
     * @param credentials the credentials, each UTF-8 JSON (strict); may be empty
     * @param options the challenge and domain to sign
     * @return the presentation, UTF-8 JSON with two-space indentation
     * @throws CredentialParseException if a credential is not a strict JSON object, or the
     *     presentation cannot be converted to RDF safely (rdfc suites)
     * @throws SigningException if the holder does not control the key, or the signer fails
     */
    public byte[] present(List<byte[]> credentials, PresentationOptions options) throws CredentialParseException, SigningException {
        Objects.requireNonNull(options, "options");
        URI holderId = checkHolder();
        JsonArrayBuilder enclosed = StrictJson.PROVIDER.createArrayBuilder();
        for (byte[] credential : credentials) {
            enclosed.add(StrictJson.parseObject(credential, signer.readLimits()));
        }
        JsonObjectBuilder presentation = StrictJson.PROVIDER.createObjectBuilder()
                .add("@context", StrictJson.PROVIDER.createArrayBuilder().add(PresentationRules.BASE_CONTEXT));
        id.ifPresent(i -> presentation.add("id", i.toString()));
        presentation.add("type", StrictJson.PROVIDER.createArrayBuilder().add("VerifiablePresentation"))
                .add("holder", holderId.toString());
        if (!credentials.isEmpty()) {
            presentation.add("verifiableCredential", enclosed);
        }
        JsonObject signed = signer.secure(presentation.build(), "authentication", options, false);
        return JsonBytes.pretty(signed);
    }

    /** The holder, checked to control the key as a verifier will check it. */
    private URI checkHolder() throws SigningException {
        URI methodId = signer.verificationMethod();
        Optional<VerificationMethod> method;
        try {
            method = signer.resolver().resolve(methodId);
        } catch (SigningException e) {
            throw new SigningException("nothing was signed: the key " + methodId + " cannot be resolved (" + e.getMessage() + ")", e);
        }
        if (method.isEmpty() || !method.get().key().equals(signer.publicKey())) {
            throw new SigningException("nothing was signed: the key resolver does not give " + methodId
                    + " the signing key, so no verifier could check the presentation; sign with a did:key or supply the holder's document");
        }
        URI controller = method.get().controller();
        if (holder.isEmpty() || holder.get().equals(controller)) {
            return controller;
        }
        if (signer.resolver().controls(holder.get(), method.get()).orElse(false)) {
            return holder.get();
        }
        throw new SigningException("nothing was signed: the holder " + holder.get() + " does not control the key " + methodId
                + " (its controller is " + controller + "); make the holder " + controller + ", or supply the holder's document");
    }

    /** Settings of a {@link PresentationSigner}. */
    public static final class Builder {
        private final DataIntegritySigner signer;
        private @Nullable URI holder;
        private @Nullable URI id;

        private Builder(DataIntegritySigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
        }

        /**
         * The presentation's {@code holder}; by default the controller of the signing key's method.
         *
         * @param holder the holder's DID or URL; it must control the key
         * @return this builder
         */
        public Builder holder(URI holder) {
            this.holder = Objects.requireNonNull(holder, "holder");
            return this;
        }

        /**
         * The presentation's {@code id}; by default none.
         *
         * @param id a URL, for example {@code urn:uuid:…}
         * @return this builder
         */
        public Builder id(URI id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Builds the signer.
         *
         * @return the signer
         */
        public PresentationSigner build() {
            return new PresentationSigner(this);
        }
    }
}
