package io.github.microcredentials.signing.internal.crypto;

import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The P-256 domain, with Bouncy Castle's fast custom curve arithmetic. */
final class Curves {

    static final X9ECParameters P256_X9 = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);
    static final ECNamedDomainParameters P256 = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, P256_X9);

    private Curves() {
    }
}
