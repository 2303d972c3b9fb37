package io.github.microcredentials.seals;

import io.github.microcredentials.testfixtures.TestPki;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 time-stamping authority in the test process (Bouncy Castle), signing with the test TSA key. */
final class InProcessTsa implements TsaClient {

    private final TestPki.Issued tsa;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong();
    int requests;

    InProcessTsa(TestPki.Issued tsa, Clock clock) {
        this.tsa = tsa;
        this.clock = clock;
    }

    @Override
    public byte[] timestamp(String digestAlgorithm, byte[] digest) {
        requests++;
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build()
                            .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.2.3.4.5"));
            generator.addCertificates(new JcaCertStore(tsa.chain()));
            org.bouncycastle.tsp.TimeStampRequestGenerator request = new org.bouncycastle.tsp.TimeStampRequestGenerator();
            request.setCertReq(true);
            return generator.generate(request.generate(NISTObjectIdentifiers.id_sha256, digest), BigInteger.valueOf(serial.incrementAndGet()),
                    Date.from(clock.instant())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
