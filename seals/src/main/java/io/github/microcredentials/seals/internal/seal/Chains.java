package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.seals.SealProblem.Code;
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
     * Decides the validation time from the caller's pin or the trusted signature time-stamps, then
     * checks the signing certificate at that time and records it in the outcome.
     *
     * @param outcome the outcome to complete
     * @param signer the signing certificate
     * @param candidates certificates the seal carries (chain building only, never trusted)
     * @param timestamps the checked signature time-stamps
     * @param settings the trust settings
     */
    public static void check(Outcome outcome, X509Certificate signer, Collection<X509Certificate> candidates,
            List<Timestamps.Checked> timestamps, TrustSettings settings) {
        Optional<Instant> trustedTime = Optional.empty();
        for (Timestamps.Checked token : timestamps) {
            Instant time = token.time().orElseThrow();
            outcome.timestampTime = Optional.of(outcome.timestampTime.filter(t -> t.isBefore(time)).orElse(time));
            Optional<String> why = trust(token.tsaCertificate().orElseThrow(), token.certificates(), settings.timestampAnchors(), time);
            if (why.isPresent()) {
                outcome.warn(Code.TIMESTAMP_UNTRUSTED, "", "time-stamp of " + time + " not used: " + why.get());
            } else if (trustedTime.isEmpty() || time.isBefore(trustedTime.get())) {
                trustedTime = Optional.of(time);
            }
        }
        Optional<Instant> timestamped = trustedTime;
        Instant at = settings.at().or(() -> timestamped).orElseGet(settings.clock()::instant);
        outcome.validationTime = Optional.of(at);
        String subject = Certs.displayName(signer.getSubjectX500Principal());
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            outcome.fail(Code.CERTIFICATE_EXPIRED, "certificate", subject + " expired " + signer.getNotAfter().toInstant() + ", before " + at);
        } catch (CertificateNotYetValidException e) {
            outcome.fail(Code.CERTIFICATE_NOT_YET_VALID, "certificate", subject + " is valid only from " + signer.getNotBefore().toInstant());
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage.length > 1 && (usage[0] || usage[1]))) {
            outcome.fail(Code.KEY_USAGE, "certificate", "the key usage of " + subject + " allows no signatures");
        }
        List<X509Certificate> all = new ArrayList<>(candidates);
        all.addAll(settings.intermediates());
        Optional<String> why = trust(signer, all, settings.anchors(), at);
        outcome.chainTrusted = why.isEmpty();
        why.ifPresent(w -> outcome.fail(Code.CHAIN_UNTRUSTED, "certificate", w));
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
