package io.github.microcredentials.seals;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.jades.JadesSigning;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seals a JSON document (an EDC credential) as JAdES the way the EU's EDC does: JWS JSON
 * serialization, enveloping, unencoded payload ({@code b64: false} in {@code crit}), RS256 by
 * default, protected headers {@code alg}, {@code cty}, {@code typ}, {@code kid} (IssuerSerial),
 * {@code x5t#S256}, {@code x5c} (the chain) and {@code iat} (the signing time; not the obsolete
 * {@code sigT}). That is JAdES-BASELINE-B; with a {@link TsaClient}, a signature time-stamp
 * ({@code etsiU} {@code sigTst}) makes it JAdES-BASELINE-T.
 *
 * <p>The payload is sealed byte for byte as given, not re-parsed: the sealer checks that it is
 * well-formed UTF-8 text of a JSON object within 16 MiB; strict JSON (duplicate keys, nesting) is
 * the writer's part, as {@code EdcWriter} and {@code EdcSealing} guarantee. Fill the EDC
 * issuer and {@code issued} before sealing (europass-edc {@code EdcSealing}). LT and LTA levels
 * add revocation data and archive time-stamps; extend a B-T seal with the EU DSS library or your
 * QTSP for them. Instances are thread-safe; their configuration is immutable, and each keeps one
 * memo: the protected header of the last certificate chain and algorithm it sealed with (one entry,
 * compared in full, replaced atomically), so that sealing many payloads with one chain builds the
 * header once.
 *
 * @see <a href="https://www.etsi.org/deliver/etsi_ts/119100_119199/11918201/">ETSI TS 119 182-1 (JAdES)</a>
 */
public final class JadesSealer extends Sealer {

    /** The header of the last chain sealed with (bounded to one, per instance): a sealer usually seals with one certificate. */
    private final AtomicReference<Optional<JadesSigning.HeaderTemplate>> template = new AtomicReference<>(Optional.empty());

    private JadesSealer(Sealing sealing) {
        super(sealing);
    }

    /**
     * Starts a sealer: level BASELINE-B, the key's default algorithm (RS256 for RSA, ES256 for
     * P-256), the system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The JAdES part of preparing: the payload is checked and copied once, the header built or reused. */
    @Override
    PreparedSeal prepareFormat(byte[] json, List<X509Certificate> chain, SignatureAlgorithm alg, Instant signingTime)
            throws CredentialParseException {
        Optional<String> unfit = JadesSigning.checkPayload(json);
        if (unfit.isPresent()) {
            throw new CredentialParseException(CredentialParseException.Problem.MALFORMED, "", unfit.get());
        }
        String header = template(alg, chain).encode(signingTime);
        // The data to be signed ends with a copy of the payload, taken now: the seal is assembled from
        // that copy, so what is sealed is what was signed, whatever the caller does with its array.
        byte[] dataToBeSigned = JadesSigning.dataToBeSigned(header, json);
        int payloadStart = dataToBeSigned.length - json.length;
        return new PreparedSeal(alg, dataToBeSigned, chain.get(0), signingTime, value -> JadesSigning.assemble(
                dataToBeSigned, payloadStart, dataToBeSigned.length, header, value, timestamp(value)));
    }

    private JadesSigning.HeaderTemplate template(SignatureAlgorithm alg, List<X509Certificate> chain) {
        Optional<JadesSigning.HeaderTemplate> last = template.get();
        if (last.isPresent() && last.get().isFor(alg, chain)) {
            return last.get();
        }
        JadesSigning.HeaderTemplate fresh = JadesSigning.HeaderTemplate.of(alg, chain);
        template.set(Optional.of(fresh));
        return fresh;
    }

    private Optional<byte[]> timestamp(byte[] signatureValue) throws SigningException {
        if (!sealing().timestamped()) {
            return Optional.empty();
        }
        return Optional.of(sealing().timestamp(JadesSigning.signatureTimestampData(signatureValue)));
    }

    /**
     * Configures a {@link JadesSealer}: {@code algorithm}, {@code level}, {@code tsa} and
     * {@code clock}, then {@code build()}.
     */
    public static final class Builder extends SealerBuilder<Builder, JadesSealer> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        JadesSealer create(Sealing sealing) {
            return new JadesSealer(sealing);
        }
    }
}
