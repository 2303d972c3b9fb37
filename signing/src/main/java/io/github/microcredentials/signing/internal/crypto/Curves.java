package io.github.microcredentials.signing.internal.crypto;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The P-256 and P-384 domains, with Bouncy Castle's fast custom curve arithmetic. */
final class Curves {

    static final X9ECParameters P256_X9 = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);
    static final ECNamedDomainParameters P256 = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, P256_X9);

    static final X9ECParameters P384_X9 = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp384r1);
    static final ECNamedDomainParameters P384 = new ECNamedDomainParameters(SECObjectIdentifiers.secp384r1, P384_X9);

    private Curves() {
    }

    /** The domain of an ECDSA key type. */
    static ECNamedDomainParameters of(io.github.microcredentials.signing.KeyType type) {
        switch (type) {
            case P256:
                return P256;
            case P384:
                return P384;
            default:
                throw new IllegalArgumentException(type + " is not an ECDSA key type");
        }
    }

    /** The size of a field element (and of r and s) in bytes. */
    static int size(io.github.microcredentials.signing.KeyType type) {
        return type == io.github.microcredentials.signing.KeyType.P384 ? 48 : 32;
    }
}
