package io.github.microcredentials.seals.internal.seal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Certificate checks shared by JAdES and XAdES: which time to check at, validity, key usage, and
 * a PKIX chain (RFC 5280, without revocation: offline) to the caller's trust anchors.
 */
public final class Chains {

    private Chains() {
    }

    /**
     * What the certificate checks found.
     *
     * @param trusted whether the signing certificate chains to a trust anchor at the validation time
     * @param timestampTime the earliest valid signature time-stamp's time
     * @param validationTime the time the certificate was checked at
     * @param findings validity, key usage, chain and time-stamp trust findings
     */
    public record Result(boolean trusted, Optional<Instant> timestampTime, Instant validationTime, List<Finding> findings) {

        /**
         * Copies the findings.
         */
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Decides the validation time from the caller's pin or the trusted signature time-stamps, then
     * checks the signing certificate at that time with {@link CertificateChecks#ALL}: validity, key
     * usage, chain.
     *
     * @param signer the signing certificate
     * @param candidates certificates the seal carries (chain building only, never trusted)
     * @param timestamps the checked signature time-stamps
     * @param settings the trust settings
     * @return what was found
     */
    public static Result check(X509Certificate signer, Collection<X509Certificate> candidates,
            List<Timestamps.Checked> timestamps, TrustSettings settings) {
        List<Finding> findings = new ArrayList<>();
        Optional<Instant> earliest = Optional.empty();
        Optional<Instant> trustedTime = Optional.empty();
        for (Timestamps.Checked token : timestamps) {
            Instant time = token.time().orElseThrow();
            earliest = Optional.of(earliest.filter(t -> t.isBefore(time)).orElse(time));
            Optional<String> why = trust(token.tsaCertificate().orElseThrow(), token.certificates(), settings.timestampAnchors(), time);
            if (why.isPresent()) {
                findings.add(new Finding(Rule.TIMESTAMP_UNTRUSTED, "", "time-stamp of " + time + " not used: " + why.get()));
            } else if (trustedTime.isEmpty() || time.isBefore(trustedTime.get())) {
                trustedTime = Optional.of(time);
            }
        }
        Optional<Instant> timestamped = trustedTime;
        Instant at = settings.at().or(() -> timestamped).orElseGet(settings.clock()::instant);
        List<X509Certificate> all = new ArrayList<>(candidates);
        all.addAll(settings.intermediates());
        List<Finding> certificate = SealCheck.all(CertificateChecks.ALL, new CertificateChecks.AtTime(signer, at, all, settings.anchors()));
        findings.addAll(certificate);
        boolean trusted = certificate.stream().noneMatch(f -> f.rule() == Rule.CHAIN_UNTRUSTED);
        return new Result(trusted, earliest, at, findings);
    }

    /**
     * Builds a chain from a certificate to one of the anchors, valid at a time.
     *
     * @param target the certificate
     * @param candidates untrusted certificates that may be intermediates
     * @param anchors the trust anchors
     * @param at the time
     * @return empty if a chain exists, else why not
     */
    public static Optional<String> trust(X509Certificate target, Collection<X509Certificate> candidates,
            List<X509Certificate> anchors, Instant at) {
        if (anchors.isEmpty()) {
            return Optional.of("no trust anchor was given");
        }
        if (anchors.contains(target)) {
            return validAt(target, at) ? Optional.empty() : Optional.of("the trusted certificate is not valid at " + at);
        }
        Set<TrustAnchor> trustAnchors = new HashSet<>();
        anchors.forEach(a -> trustAnchors.add(new TrustAnchor(a, null)));
        X509CertSelector selector = new X509CertSelector();
        selector.setCertificate(target);
        try {
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, selector);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> store = new ArrayList<>(candidates);
            store.add(target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (InvalidAlgorithmParameterException e) {
            return Optional.of("no usable trust anchor");
        } catch (GeneralSecurityException e) {
            return Optional.of("no chain from " + Certs.displayName(target.getSubjectX500Principal())
                    + " to a trust anchor valid at " + at);
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        try {
            certificate.checkValidity(Date.from(at));
            return true;
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }
}
