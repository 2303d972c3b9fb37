package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SignatureAlgorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;

/**
 * Seal signature checks on the JCA. ECDSA values travel as {@code r || s}. (Signing is the
 * signing module's {@code Signer}, whatever holds the key.)
 */
public final class Algorithms {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private Algorithms() {
    }

    /**
     * Verifies; never throws for a malformed signature or an unfit key.
     *
     * @param algorithm the algorithm
     * @param key the public key
     * @param data the signed data
     * @param value the signature value ({@code r || s} for ECDSA)
     * @return {@code true} only for a valid signature
     */
    public static boolean verify(SignatureAlgorithm algorithm, PublicKey key, byte[] data, byte[] value) {
        if (!fits(algorithm, key)) {
            return false;
        }
        try {
            byte[] jca = value;
            if (algorithm.keyAlgorithm().equals("EC")) {
                if (value.length != 2 * fieldBytes(algorithm)) {
                    return false;
                }
                jca = concatToDer(value);
            }
            Signature signature = signature(algorithm);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(jca);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a key can make or check signatures of the algorithm (type, curve size, RSA length).
     *
     * @param algorithm the algorithm
     * @param key the public key
     * @return {@code true} if it fits
     */
    public static boolean fits(SignatureAlgorithm algorithm, PublicKey key) {
        if (!algorithm.keyAlgorithm().equals(key.getAlgorithm()) && !(algorithm.keyAlgorithm().equals("RSA") && key instanceof RSAKey)) {
            return false;
        }
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        }
        return key instanceof ECKey ec && (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8 == fieldBytes(algorithm);
    }

    /**
     * The default algorithm for a key: RS256 for RSA, ES256 for P-256.
     *
     * @param key the public key
     * @return the algorithm
     * @throws IllegalArgumentException for another key
     */
    public static SignatureAlgorithm defaultFor(PublicKey key) {
        for (SignatureAlgorithm candidate : new SignatureAlgorithm[] {SignatureAlgorithm.RS256, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512}) {
            if (fits(candidate, key)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unsupported seal key: RSA (2048 bits or more) or ECDSA P-256 expected");
    }

    /**
     * A digest.
     *
     * @param jcaName for example {@code SHA-256}
     * @param data the data
     * @return the digest
     */
    public static byte[] digest(String jcaName, byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no " + jcaName + " in this Java runtime", e);
        }
    }

    private static Signature signature(SignatureAlgorithm algorithm) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm.jcaName());
        if (algorithm.jcaName().equals("RSASSA-PSS")) {
            int saltBytes = Integer.parseInt(algorithm.digest().orElseThrow().substring(4)) / 8;
            signature.setParameter(new PSSParameterSpec(algorithm.digest().orElseThrow(), "MGF1",
                    new MGF1ParameterSpec(algorithm.digest().orElseThrow()), saltBytes, 1));
        }
        return signature;
    }

    private static int fieldBytes(SignatureAlgorithm algorithm) {
        switch (algorithm) {
            case ES384:
                return 48;
            case ES512:
                return 66;
            default:
                return 32;
        }
    }

    private static byte[] concatToDer(byte[] concat) throws GeneralSecurityException {
        int half = concat.length / 2;
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(concat, 0, half))));
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(concat, half, concat.length))));
        try {
            return new DERSequence(vector).getEncoded("DER");
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot encode an ECDSA signature", e);
        }
    }
}
