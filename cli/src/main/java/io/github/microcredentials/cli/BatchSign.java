package io.github.microcredentials.cli;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.VcJwtSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
        switch (format) {
            case "di": {
                DataIntegritySigner signer = DataIntegritySigner.builder(suite, key).contexts(contexts)
                        .verificationMethod(identity.verificationMethod()).keyResolver(identity.resolver()).build();
                return credential -> SignCommand.signAs(credential, did, signer::signCompact);
            }
            case "jwt": {
                VcJwtSigner signer = VcJwtSigner.withKeyId(key, identity.verificationMethod())
                        .withKeyResolver(identity.resolver());
                return credential -> SignCommand.signAs(credential, did, signer::sign).getBytes(StandardCharsets.US_ASCII);
            }
            default:
                throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected di or jwt)");
        }
    }
}
