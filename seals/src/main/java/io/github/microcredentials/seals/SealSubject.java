package io.github.microcredentials.seals;

import io.github.microcredentials.seals.internal.seal.Certs;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Who a seal certificate names: the legal person of an eIDAS seal certificate (ETSI EN 319 412-3).
 * A Europass issuer's EDC {@code issuer} is filled from it: legal name = {@link #organisationName()},
 * eIDAS identifier = {@link #organisationIdentifier()} in {@link #country()}, alternative label =
 * {@link #commonName()}.
 *
 * @param distinguishedName the subject DN (RFC 2253, eIDAS attributes such as {@code organizationIdentifier}
 *     by name), for display
 * @param organisationName {@code O}, the legal name
 * @param organisationIdentifier {@code organizationIdentifier} (2.5.4.97), for example
 *     {@code VATES-A00000000} or {@code NTREE-17207834}
 * @param country {@code C}, an ISO 3166-1 alpha-2 code
 * @param commonName {@code CN}
 */
public record SealSubject(String distinguishedName, Optional<String> organisationName,
        Optional<String> organisationIdentifier, Optional<String> country, Optional<String> commonName) {

    /**
     * Checks the members.
     *
     * @throws NullPointerException if a member is null
     */
    public SealSubject {
        Objects.requireNonNull(distinguishedName, "distinguishedName");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(organisationIdentifier, "organisationIdentifier");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(commonName, "commonName");
    }

    /**
     * Reads the subject of a certificate.
     *
     * @param certificate the seal certificate
     * @return its subject
     */
    public static SealSubject of(X509Certificate certificate) {
        return new SealSubject(Certs.displayName(certificate.getSubjectX500Principal()),
                Certs.subjectAttribute(certificate, BCStyle.O),
                Certs.subjectAttribute(certificate, Certs.ORGANIZATION_IDENTIFIER),
                Certs.subjectAttribute(certificate, BCStyle.C),
                Certs.subjectAttribute(certificate, BCStyle.CN));
    }
}
