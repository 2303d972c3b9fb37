package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SigningException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;

/** RFC 3161 time-stamp requests and tokens: building requests, checking tokens. */
public final class Timestamps {

    /** The digest algorithms accepted in message imprints. */
    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private Timestamps() {
    }

    /**
     * A request for a digest, asking for the TSA certificate in the token.
     *
     * @param digestAlgorithm the JCA digest name
     * @param digest the digest
     * @param nonce the nonce
     * @return the request
     */
    public static TimeStampRequest request(String digestAlgorithm, byte[] digest, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(oid(digestAlgorithm), digest, nonce);
    }

    /**
     * The DER encoding of a request.
     *
     * @param request the request
     * @return the bytes
     */
    public static byte[] encode(TimeStampRequest request) {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a time-stamp request", e);
        }
    }

    /**
     * Checks a token over some data: the message imprint is the digest of the data with an
     * accepted algorithm, and the TSA's signature verifies with the certificate the token carries.
     *
     * @param der the DER token
     * @param data the time-stamped data
     * @return the checked token, or a reason why it fails
     */
    public static Checked check(byte[] der, byte[] data) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(new CMSSignedData(der));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return Checked.failed("not an RFC 3161 time-stamp token");
        }
        String digest = DIGESTS.get(token.getTimeStampInfo().getMessageImprintAlgOID());
        if (digest == null) {
            return Checked.failed("time-stamp imprint algorithm " + token.getTimeStampInfo().getMessageImprintAlgOID() + " not accepted");
        }
        if (!MessageDigest.isEqual(Algorithms.digest(digest, data), token.getTimeStampInfo().getMessageImprintDigest())) {
            return Checked.failed("the time-stamp's message imprint does not match the time-stamped data");
        }
        List<X509Certificate> certificates;
        try {
            certificates = certificates(token);
        } catch (RuntimeException e) {
            // Bouncy Castle reads the certificate set lazily and refuses choices it does not know
            // (a tagged object where a certificate belongs) with a runtime exception.
            return Checked.failed("the time-stamp token's certificate set cannot be read");
        }
        Optional<X509Certificate> signer = certificates.stream().filter(c -> matchesSigner(token, c)).findFirst();
        if (signer.isEmpty()) {
            return Checked.failed("the time-stamp token does not carry its TSA certificate");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer.get()));
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            return Checked.failed("the time-stamp's signature does not verify with its TSA certificate");
        }
        return new Checked(Optional.of(token.getTimeStampInfo().getGenTime().toInstant()), signer, certificates, Optional.empty());
    }

    /**
     * Asks a time-stamping authority for a SHA-256 token over data, and checks that the token it
     * returns time-stamps exactly that data (a TSA that answers for other data is an error).
     *
     * @param tsa the time-stamping authority
     * @param data the time-stamped data (a signature value, as the baseline level defines it)
     * @return the DER token
     * @throws SigningException if the TSA fails or returns a token for other data
     */
    public static byte[] obtain(TimestampSource tsa, byte[] data) throws SigningException {
        byte[] digest = Algorithms.digest("SHA-256", data);
        byte[] token = tsa.timestamp("SHA-256", digest);
        if (!imprintIs(token, "SHA-256", digest)) {
            throw new SigningException("the time-stamping authority returned a token for other data");
        }
        return token;
    }

    /**
     * Checks that a token a TSA client returned time-stamps the given digest.
     *
     * @param der the token
     * @param digestAlgorithm the JCA digest name asked for
     * @param digest the digest asked for
     * @return {@code true} if the token is well-formed and its imprint is that digest
     */
    public static boolean imprintIs(byte[] der, String digestAlgorithm, byte[] digest) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(der));
            return token.getTimeStampInfo().getMessageImprintAlgOID().equals(oid(digestAlgorithm))
                    && MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), digest);
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean matchesSigner(TimeStampToken token, X509Certificate certificate) {
        try {
            return token.getSID().match(new X509CertificateHolder(certificate.getEncoded()));
        } catch (IOException | java.security.cert.CertificateEncodingException | RuntimeException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(TimeStampToken token) {
        List<X509Certificate> out = new ArrayList<>();
        Collection<X509CertificateHolder> holders = token.getCertificates().getMatches(null);
        for (X509CertificateHolder holder : holders) {
            try {
                out.add(Certs.fromDer(holder.getEncoded()));
            } catch (IOException | CertificateException e) {
                // An undecodable extra certificate cannot help chain building; the signer is checked apart.
            }
        }
        return out;
    }

    private static ASN1ObjectIdentifier oid(String digestAlgorithm) {
        return DIGESTS.entrySet().stream().filter(e -> e.getValue().equals(digestAlgorithm)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unsupported digest " + digestAlgorithm));
    }

    /**
     * The outcome of checking a token.
     *
     * @param time the time the TSA attests, if the token is valid
     * @param tsaCertificate the TSA certificate, if found
     * @param certificates every certificate the token carries
     * @param failure why the token is not valid, if it is not
     */
    public record Checked(Optional<Instant> time, Optional<X509Certificate> tsaCertificate,
            List<X509Certificate> certificates, Optional<String> failure) {

        static Checked failed(String why) {
            return new Checked(Optional.empty(), Optional.empty(), List.of(), Optional.of(why));
        }
    }
}
