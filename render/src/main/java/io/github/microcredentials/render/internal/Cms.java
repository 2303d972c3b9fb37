package io.github.microcredentials.render.internal;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.seals.TsaClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS {@code SignedData} of a PAdES baseline signature (ETSI EN 319 142-1 §6.3, building on
 * EN 319 122-1 for CAdES): detached, signed attributes content-type ({@code id-data}),
 * message-digest and ESS signing-certificate-v2, and no signing-time (PAdES carries the claimed
 * signing time in the signature dictionary's {@code /M}); for BASELINE-T a signature time-stamp
 * token as unsigned attribute, checked before it is embedded.
 */
public final class Cms {

    /** A Bouncy Castle provider instance for this class only; never registered JVM-wide. */
    static final Provider BC = new BouncyCastleProvider();

    /** Signs bytes with the seal key: the signature in JOSE form ({@code r || s} for ECDSA). */
    @FunctionalInterface
    public interface RawSigner {
        /**
         * Signs.
         *
         * @param data the DER of the signed attributes
         * @return the signature value
         * @throws SigningException if the key store, HSM or service fails
         */
        byte[] sign(byte[] data) throws SigningException;
    }

    private Cms() {
    }

    /**
     * Builds the CMS of a PAdES signature over the signed byte ranges.
     *
     * @param content the bytes the signature covers (the PDF minus the {@code /Contents} value)
     * @param algorithm the signature algorithm
     * @param chain the seal certificate first
     * @param signer the key
     * @param tsa the time-stamping authority for BASELINE-T, or empty for BASELINE-B
     * @return the DER of the {@code ContentInfo}
     * @throws SigningException if signing or time-stamping fails, or the token does not match
     */
    public static byte[] signedData(byte[] content, SignatureAlgorithm algorithm, List<X509Certificate> chain, RawSigner signer,
            Optional<TsaClient> tsa) throws SigningException {
        try {
            X509Certificate certificate = chain.get(0);
            SignerInfoGeneratorBuilder builder = new SignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(signedAttributes(certificate, algorithm.digest().orElseThrow()));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(builder.build(contentSigner(algorithm, signer),
                    new JcaX509CertificateHolder(certificate)));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa.isPresent()) {
                signed = withTimestamp(signed, tsa.get());
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (Failure e) {
            throw e.cause;
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new SigningException("cannot build the CMS signature: " + e.getMessage(), e);
        }
    }

    /**
     * The size of the CMS {@link #signedData} builds without a time-stamp, computed without the key:
     * exact for RSA (the signature is as long as the modulus), the most frequent size for ECDSA
     * (whose DER signature is one or two bytes shorter or longer when an integer needs no or a
     * leading zero byte).
     *
     * @param algorithm the signature algorithm
     * @param chain the seal certificate first
     * @return the size in bytes
     * @throws SigningException if the certificates cannot be encoded
     */
    public static int predictedSize(SignatureAlgorithm algorithm, List<X509Certificate> chain) throws SigningException {
        java.security.PublicKey key = chain.get(0).getPublicKey();
        int length = key instanceof java.security.interfaces.RSAKey rsa ? (rsa.getModulus().bitLength() + 7) / 8
                : key instanceof java.security.interfaces.ECKey ec ? 2 * ((ec.getParams().getOrder().bitLength() + 7) / 8) : 256;
        byte[] fake = new byte[length];
        fake[0] = (byte) 0x80; // one ECDSA integer with its high bit set: the modal DER length
        fake[length / 2] = 0x40;
        return signedData(new byte[0], algorithm, chain, data -> fake.clone(), Optional.empty()).length;
    }

    /** Exactly content-type, message-digest and signing-certificate-v2: nothing else, no signing-time. */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate, String digest)
            throws CertificateEncodingException {
        AlgorithmIdentifier digestId = new DefaultDigestAlgorithmIdentifierFinder().find(digest);
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(digestId, digest(digest, certificate.getEncoded()), issuerSerial);
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        return parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.add(new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        };
    }

    /** Adds the signature time-stamp (id-aa-signatureTimeStampToken) over the signature value. */
    private static CMSSignedData withTimestamp(CMSSignedData signed, TsaClient tsa) throws SigningException {
        try {
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            byte[] imprint = digest("SHA-256", signer.getSignature());
            byte[] token = tsa.timestamp("SHA-256", imprint);
            checkToken(token, imprint);
            Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token)));
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(attribute);
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        } catch (IOException e) {
            throw new SigningException("the time-stamp token is not DER", e);
        }
    }

    /**
     * Checks a time-stamp token before it is embedded: its imprint is the digest sent, and it is
     * signed by the certificate it carries.
     */
    static TimeStampToken checkToken(byte[] token, byte[] imprint) throws SigningException {
        try {
            TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
            if (!Arrays.equals(parsed.getTimeStampInfo().getMessageImprintDigest(), imprint)) {
                throw new SigningException("the time-stamp token is for another digest");
            }
            X509CertificateHolder tsaCertificate = tsaCertificate(parsed)
                    .orElseThrow(() -> new SigningException("the time-stamp token carries no TSA certificate"));
            parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(tsaCertificate));
            return parsed;
        } catch (TSPException | CMSException | IOException | OperatorCreationException | java.security.cert.CertificateException e) {
            throw new SigningException("the time-stamp token is not valid: " + e.getMessage(), e);
        }
    }

    /** The certificate of the token's signer, from the token. */
    @SuppressWarnings("unchecked")
    static Optional<X509CertificateHolder> tsaCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.stream().findFirst();
    }

    private static ContentSigner contentSigner(SignatureAlgorithm algorithm, RawSigner signer) {
        AlgorithmIdentifier id = new DefaultSignatureAlgorithmIdentifierFinder().find(bcName(algorithm));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return id;
            }

            @Override
            public OutputStream getOutputStream() {
                return data;
            }

            @Override
            public byte[] getSignature() {
                try {
                    byte[] raw = signer.sign(data.toByteArray());
                    return algorithm.keyAlgorithm().equals("EC") ? derEcdsa(raw) : raw;
                } catch (SigningException e) {
                    throw new Failure(e);
                }
            }
        };
    }

    /** The Bouncy Castle name of an algorithm (PSS with MGF1 and the same digest). */
    static String bcName(SignatureAlgorithm algorithm) {
        String digest = algorithm.digest().orElseThrow().replace("-", "");
        switch (algorithm.keyAlgorithm()) {
            case "EC":
                return digest + "withECDSA";
            default:
                return algorithm.jcaName().equals("RSASSA-PSS") ? digest + "withRSAandMGF1" : digest + "withRSA";
        }
    }

    /** {@code r || s} as the DER {@code ECDSA-Sig-Value} CMS wants. */
    static byte[] derEcdsa(byte[] raw) {
        int half = raw.length / 2;
        try {
            return new DERSequence(new ASN1Integer[] {
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))),
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)))}).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of two integers failed", e);
        }
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JCA algorithm", e);
        }
    }

    /** Carries a signer's checked exception through Bouncy Castle's {@link ContentSigner}. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SigningException cause;

        Failure(SigningException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
