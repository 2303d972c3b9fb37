package io.github.microcredentials.seals;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.xades.XadesSigning;
import io.github.microcredentials.seals.internal.xades.XmlDocs;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Document;

/**
 * Seals an XML document with an enveloped XAdES signature (ETSI EN 319 132-1), made with Apache
 * Santuario: the {@code ds:Signature} is appended to the document element and covers the whole
 * document (enveloped-signature and exclusive c14n transforms); RSA-SHA256 by default, RSA-PSS or
 * ECDSA-SHA256 selectable; SignedProperties with SigningTime, SigningCertificateV2 and
 * DataObjectFormat; the chain in KeyInfo. That is XAdES-BASELINE-B; with a {@link TsaClient} a
 * SignatureTimeStamp makes it XAdES-BASELINE-T. Documents are parsed without DTDs or external
 * entities; one that is not well-formed XML, or already holds a {@code ds:Signature}, is refused
 * with a {@link io.github.microcredentials.core.CredentialParseException}. Instances are immutable
 * and thread-safe.
 *
 * @see <a href="https://www.etsi.org/deliver/etsi_en/319100_319199/31913201/">ETSI EN 319 132-1 (XAdES)</a>
 */
public final class XadesSealer extends Sealer {

    private XadesSealer(Sealing sealing) {
        super(sealing);
    }

    /**
     * Starts a sealer: level BASELINE-B, the key's default algorithm, the system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The XAdES part of preparing: the document is parsed (no DTD) and the signature laid out in it. */
    @Override
    PreparedSeal prepareFormat(byte[] xml, List<X509Certificate> chain, SignatureAlgorithm alg, Instant signingTime)
            throws CredentialParseException {
        Document document;
        try {
            document = XmlDocs.parse(xml);
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "/", e.getMessage(), e);
        }
        if (document.getElementsByTagNameNS(XadesSigning.DS, "Signature").getLength() > 0) {
            throw new CredentialParseException(Problem.INVALID_VALUE, "//ds:Signature", "the document is already signed");
        }
        try {
            XadesSigning signing = XadesSigning.prepare(document, alg, List.copyOf(chain), signingTime);
            return new PreparedSeal(alg, signing.dataToBeSigned(), chain.get(0), signingTime, value -> complete(signing, document, value));
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("Santuario cannot build the signature: " + e.getMessage(), e);
        }
    }

    private byte[] complete(XadesSigning signing, Document document, byte[] value) throws SigningException {
        signing.complete(value);
        if (sealing().timestamped()) {
            try {
                signing.addSignatureTimestamp(sealing().timestamp(signing.signatureTimestampData()));
            } catch (XMLSecurityException e) {
                throw new SigningException("cannot canonicalize the signature value", e);
            }
        }
        return XmlDocs.serialize(document);
    }

    /**
     * Configures an {@link XadesSealer}: {@code algorithm}, {@code level}, {@code tsa} and
     * {@code clock}, then {@code build()}.
     */
    public static final class Builder extends SealerBuilder<Builder, XadesSealer> {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        XadesSealer create(Sealing sealing) {
            return new XadesSealer(sealing);
        }
    }
}
