package io.github.microcredentials.cli;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.VerificationMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code sign --batch}: the signing of one item; {@link Batch} runs it over a folder or JSON Lines. */
final class BatchSign {

    private BatchSign() {
    }

    /**
     * The task that signs one credential, as {@code sign} does for one file.
     *
     * @param key the signer
     * @param identity the issuer id (given to credentials without one), the method proofs name and the checking resolver
     * @param format {@code di} or {@code jwt}
     * @param suite the Data Integrity suite ({@code di} only)
     * @param contexts the JSON-LD contexts credentials may use
     * @return the task; its output is one line (compact JSON or a compact JWS)
     */
    static ItemTask task(Signer key, IdentityOptions.Identity identity, String format, @Nullable Cryptosuite suite,
            JsonLdContexts contexts) {
        URI did = identity.issuer();
        KeyResolver resolver = new RememberingResolver(identity.resolver(), identity.verificationMethod());
        switch (format) {
            case "di": {
                DataIntegritySigner signer = DataIntegritySigner.builder(suite, key).contexts(contexts)
                        .verificationMethod(identity.verificationMethod()).keyResolver(resolver).build();
                return credential -> SignCommand.signAs(credential, did, signer::signCompact);
            }
            case "jwt": {
                VcJwtSigner signer = VcJwtSigner.withKeyId(key, identity.verificationMethod())
                        .withKeyResolver(resolver);
                return credential -> SignCommand.signAs(credential, did, signer::sign).getBytes(StandardCharsets.US_ASCII);
            }
            default:
                throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected di or jwt)");
        }
    }

    /**
     * The identity's resolver, with the signer's own method kept once resolved. The signer resolves
     * it before every signature (the issuer must control the key): for a did:key that is decoding
     * and validating the public key, about a twentieth of signing an 8.5 KB credential. The
     * identity's resolver is offline (did:key, did:jwk, the documents given), so its answer cannot
     * change during a batch. A failure is not kept: each item reports its own, as before.
     */
    static final class RememberingResolver implements KeyResolver {
        private final KeyResolver resolver;
        private final URI own;
        private volatile Optional<VerificationMethod> resolved = Optional.empty();

        RememberingResolver(KeyResolver resolver, URI own) {
            this.resolver = resolver;
            this.own = own;
        }

        @Override
        public Optional<VerificationMethod> resolve(URI verificationMethod) throws SigningException {
            if (!verificationMethod.equals(own)) {
                return resolver.resolve(verificationMethod);
            }
            Optional<VerificationMethod> known = resolved;
            if (known.isEmpty()) {
                known = resolver.resolve(verificationMethod);
                resolved = known;           // two workers may both resolve it first; they get equal methods
            }
            return known;
        }

        @Override
        public Optional<Boolean> controls(URI controller, VerificationMethod method) {
            return resolver.controls(controller, method);
        }
    }
}
