package io.github.microcredentials.render;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;

/** Signed demo credentials (a fresh did:key per JVM) and their certificates. */
final class Signed {

    static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);
    static final String OB3 = OpenBadgesWriter.builder().issuerId(KEY.publicKey().did()).build().write(Fixtures.demo());
    static final SignedCredential DATA_INTEGRITY = sign();

    private Signed() {
    }

    private static SignedCredential sign() {
        try {
            return SignedCredential.of(DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).clock(Fixtures.CLOCK).build().sign(OB3));
        } catch (SigningException | CredentialParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static SignedCredential vcJwt(MicroCredential credential) throws SigningException, CredentialParseException {
        String json = OpenBadgesWriter.builder().issuerId(KEY.publicKey().did()).build().write(credential);
        return SignedCredential.of(VcJwtSigner.withKeyId(KEY.signer()).sign(json));
    }

    /** The demo certificate in English with the Data Integrity credential embedded. */
    static byte[] certificate() {
        try {
            return CertificateRenderer.builder().clock(Fixtures.CLOCK).build().pdf(Fixtures.demo(), DATA_INTEGRITY);
        } catch (RenderException e) {
            throw new IllegalStateException(e);
        }
    }
}
