package io.github.microcredentials.signing.internal.keys;

import io.github.microcredentials.signing.SignatureAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * Signatures on the JCA, so that a key of any provider (PKCS#11 included) signs where it lives.
 * ECDSA values travel as {@code r || s}; the JCA speaks DER.
 */
public final class JcaSignatures {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private JcaSignatures() {
    }

    /**
     * Signs.
     *
     * @param algorithm the algorithm
     * @param key the private key
     * @param provider the provider holding the key, or empty to let the JCA choose among the installed ones
     * @param data the data to be signed
     * @return the signature value ({@code r || s} for ECDSA)
     * @throws GeneralSecurityException if the provider fails
     */
    public static byte[] sign(SignatureAlgorithm algorithm, PrivateKey key, Optional<Provider> provider, byte[] data)
            throws GeneralSecurityException {
        Signature signature = signature(algorithm, provider);
        signature.initSign(key);
        signature.update(data);
        byte[] value = signature.sign();
        return algorithm.keyAlgorithm().equals("EC") ? derToConcat(value, fieldBytes(algorithm)) : value;
    }

    /**
     * Verifies with the installed providers; never throws for a malformed value or an unfit key.
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
            Signature signature = signature(algorithm, Optional.empty());
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
        if (algorithm == SignatureAlgorithm.EDDSA) {
            return key.getAlgorithm().equals("EdDSA") || key.getAlgorithm().equals("Ed25519");
        }
        if (!algorithm.keyAlgorithm().equals(key.getAlgorithm()) && !(algorithm.keyAlgorithm().equals("RSA") && key instanceof RSAKey)) {
            return false;
        }
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS;
        }
        return key instanceof ECKey ec && (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8 == fieldBytes(algorithm);
    }

    /**
     * The default algorithm of a certificate's key: RS256 for RSA, ES256, ES384 or ES512 by curve.
     *
     * @param key the public key
     * @return the algorithm
     * @throws IllegalArgumentException for another key
     */
    public static SignatureAlgorithm defaultFor(PublicKey key) {
        for (SignatureAlgorithm candidate : new SignatureAlgorithm[] {
                SignatureAlgorithm.RS256, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512}) {
            if (fits(candidate, key)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unsupported seal key: RSA (2048 bits or more) or ECDSA P-256 expected");
    }

    private static Signature signature(SignatureAlgorithm algorithm, Optional<Provider> provider) throws GeneralSecurityException {
        Signature signature = provider.isPresent()
                ? Signature.getInstance(algorithm.jcaName(), provider.get()) : Signature.getInstance(algorithm.jcaName());
        if (algorithm.jcaName().equals("RSASSA-PSS")) {
            String digest = algorithm.digest().orElseThrow();
            int saltBytes = Integer.parseInt(digest.substring(4)) / 8;
            signature.setParameter(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), saltBytes, 1));
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

    private static byte[] derToConcat(byte[] der, int size) throws GeneralSecurityException {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(der);
            byte[] out = new byte[2 * size];
            BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(sequence.getObjectAt(0)).getPositiveValue(), out, 0, size);
            BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(sequence.getObjectAt(1)).getPositiveValue(), out, size, size);
            return out;
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("the provider returned a malformed ECDSA signature", e);
        }
    }

    private static byte[] concatToDer(byte[] concat) throws GeneralSecurityException {
        int half = concat.length / 2;
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(concat, 0, half))));
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(concat, half, concat.length))));
        try {
            return new DERSequence(vector).getEncoded("DER");
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot encode an ECDSA signature", e);
        }
    }
}
