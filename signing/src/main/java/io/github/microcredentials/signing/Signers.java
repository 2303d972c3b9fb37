package io.github.microcredentials.signing;

import io.github.microcredentials.signing.internal.keys.JcaSignatures;
import io.github.microcredentials.signing.internal.keys.JcaSigner;
import io.github.microcredentials.signing.internal.keys.Pem;
import io.github.microcredentials.signing.internal.keys.RemoteSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where institutions keep their keys, as {@link Signer}s: a PEM key (with or without its
 * certificate chain), a PKCS#12 file, any JCA {@link KeyStore}, a PKCS#11 token (an HSM, a smart
 * card, SoftHSM) through the JDK's {@code SunPKCS11} provider, and a remote signing service
 * (digest out, signature in). Keys in a key store or token sign inside it: the JCA provider that
 * holds the key computes the signature, so an HSM key never leaves the HSM.
 *
 * <p>Passwords and PINs are used once and never kept, logged or put in messages; the caller may
 * clear its array afterwards. Every signer returned is immutable and thread-safe.
 *
 * <pre>{@code
 * Signer seal = Signers.pkcs12(Path.of("seal.p12"), password, Optional.empty());
 * Signer hsm = Signers.pkcs11(Path.of("pkcs11.cfg"), pin, "seal");
 * }</pre>
 */
public final class Signers {

    private Signers() {
    }

    /**
     * A signer from a PEM private key without certificate, for Data Integrity, VC-JWT and SD-JWT
     * (seals need {@link #pem(String, String)}).
     *
     * @param privateKeyPem an unencrypted {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} or
     *     {@code EC PRIVATE KEY} block
     * @return the signer, with the default algorithm of the key type
     * @throws SigningException if the text holds no supported unencrypted Ed25519, P-256, P-384 or RSA key
     */
    public static Signer pem(String privateKeyPem) throws SigningException {
        byte[] der = null;
        try {
            der = Pem.pkcs8(privateKeyPem);
            return SigningKey.fromPkcs8Der(der).signer();
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
    }

    /**
     * A signer from PEM texts: a private key and its certificate chain, certificate of the key first.
     *
     * @param privateKeyPem an unencrypted {@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or
     *     {@code EC PRIVATE KEY} block
     * @param certificatesPem the {@code CERTIFICATE} blocks
     * @return the signer, with the default algorithm of the certificate's key
     * @throws SigningException if the texts hold no usable key or certificate, or the key does not
     *     belong to the first certificate
     */
    public static Signer pem(String privateKeyPem, String certificatesPem) throws SigningException {
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(certificatesPem);
        } catch (CertificateException e) {
            throw new SigningException("the certificate PEM is not usable: " + e.getMessage(), e);
        }
        byte[] der = null;
        JcaSigner signer;
        try {
            der = Pem.pkcs8(privateKeyPem);
            signer = new JcaSigner(Pem.privateKey(der), Optional.empty(), chain, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
        signer.checkKeyMatchesCertificate();
        return signer;
    }

    /**
     * A signer from a PKCS#12 file.
     *
     * @param file the {@code .p12} / {@code .pfx} file
     * @param password the store and key password
     * @param alias the key entry; empty when the store holds exactly one
     * @return the signer, with the default algorithm of the certificate's key
     * @throws SigningException if the file cannot be read, the password is wrong, or the entry is
     *     missing or ambiguous
     */
    public static Signer pkcs12(Path file, char[] password, Optional<String> alias) throws SigningException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningException("cannot read the key store " + file, e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return keyStore(store, alias, new KeyStore.PasswordProtection(password));
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("cannot open the PKCS#12 key store " + file.getFileName()
                    + ": wrong password or not a PKCS#12 file", e);
        }
    }

    /**
     * A signer from a key entry of any loaded key store.
     *
     * @param store the loaded key store
     * @param alias the key entry; empty when the store holds exactly one
     * @param protection the key's protection ({@code null} for a PKCS#11 token, logged in when loaded)
     * @return the signer, with the default algorithm of the certificate's key
     * @throws SigningException if the entry is missing, ambiguous, not a private key with a
     *     certificate chain, or not an RSA (2048+), P-256 or P-384 key
     */
    public static Signer keyStore(KeyStore store, Optional<String> alias, KeyStore.ProtectionParameter protection)
            throws SigningException {
        return keyStore(store, alias, protection, Optional.empty());
    }

    /**
     * A signer from a PKCS#11 token through the JDK's {@code SunPKCS11} provider: the key signs on
     * the token and never leaves it.
     *
     * <p>The configuration file is SunPKCS11's ({@code name}, {@code library}, {@code slot} or
     * {@code slotListIndex}; see the JDK's PKCS#11 Reference Guide). Each call configures a new
     * provider instance; keep the signer rather than calling this per signature.
     *
     * @param configuration the SunPKCS11 configuration file
     * @param pin the token's user PIN
     * @param alias the key's label on the token (its certificate must be there too)
     * @return the signer, with the default algorithm of the certificate's key
     * @throws SigningException if the provider, library or token cannot be used, the PIN is wrong,
     *     or the entry is missing
     */
    public static Signer pkcs11(Path configuration, char[] pin, String alias) throws SigningException {
        Objects.requireNonNull(alias, "alias");
        if (!Files.isRegularFile(configuration)) {
            throw new SigningException("no PKCS#11 configuration file " + configuration);
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException("this Java runtime has no SunPKCS11 provider");
        }
        Provider provider;
        try {
            provider = base.configure(configuration.toString());
        } catch (ProviderException | IllegalArgumentException e) {
            throw new SigningException("cannot configure SunPKCS11 with " + configuration.getFileName()
                    + " (library, slot): " + e.getMessage(), e);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            // Never the PIN: the cause says whether it was refused (CKR_PIN_INCORRECT) or the token failed.
            throw new SigningException("cannot log in to the PKCS#11 token: wrong PIN or token unavailable", e);
        }
        return keyStore(store, Optional.of(alias), null, Optional.of(provider));
    }

    /**
     * A signer over a JCA private key of an installed provider, with its certificate chain.
     *
     * @param key the private key
     * @param chain the key's certificate first, then its issuers
     * @return the signer, with the default algorithm of the certificate's key
     * @throws IllegalArgumentException if the chain is empty or the key type is unsupported
     */
    public static Signer jca(PrivateKey key, List<X509Certificate> chain) {
        return new JcaSigner(Objects.requireNonNull(key, "key"), Optional.empty(), chain, Optional.empty());
    }

    /**
     * A signer whose key is with a remote service and has a certificate (seals, and Data
     * Integrity or VC-JWT with a P-256, P-384 or RSA key). Each value the service returns is
     * verified with the certificate's key before it is used.
     *
     * @param service the service
     * @param chain the key's certificate first, then its issuers
     * @return the signer, with the default algorithm of the certificate's key
     * @throws IllegalArgumentException if the chain is empty or its key is unsupported
     */
    public static Signer remote(RemoteSigningService service, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a remote signer with certificates needs the key's certificate");
        }
        VerificationKey key = VerificationKey.of(chain.get(0).getPublicKey());
        return new RemoteSigner(service, key, chain, JcaSignatures.defaultFor(chain.get(0).getPublicKey()));
    }

    /**
     * A signer whose key is with a remote service and has no certificate (Data Integrity, VC-JWT,
     * SD-JWT). Each value the service returns is verified with the key before it is used.
     *
     * @param service the service
     * @param publicKey the service key's public key
     * @return the signer, with the algorithm of the key type
     */
    public static Signer remote(RemoteSigningService service, VerificationKey publicKey) {
        return new RemoteSigner(service, publicKey, List.of(), SignatureAlgorithm.forKeyType(publicKey.type()));
    }

    /**
     * The same key with another algorithm, for the signers of this class that hold a certificate
     * (an RSA seal key signs RS256 by default, PS256 on request).
     *
     * @param signer the signer
     * @param algorithm the algorithm
     * @return the signer itself if it already uses the algorithm, else a signer with it
     * @throws IllegalArgumentException if the algorithm does not fit the key, is for verification
     *     only, or the signer is not one of this class's and does not use it
     */
    public static Signer withAlgorithm(Signer signer, SignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (signer.algorithm() == algorithm) {
            return signer;
        }
        if (signer instanceof JcaSigner jca) {
            return jca.withAlgorithm(algorithm);
        }
        if (signer instanceof RemoteSigner remote) {
            return remote.withAlgorithm(algorithm);
        }
        throw new IllegalArgumentException("the signer signs " + signer.algorithm().jwsName() + ", not " + algorithm.jwsName());
    }

    private static Signer keyStore(KeyStore store, Optional<String> alias, KeyStore.ProtectionParameter protection,
            Optional<Provider> provider) throws SigningException {
        try {
            String name = alias.isPresent() ? alias.get() : onlyKeyEntry(store);
            if (!store.isKeyEntry(name)) {
                throw new SigningException("the key store has no key entry '" + name + "'");
            }
            KeyStore.Entry entry = store.getEntry(name, protection);
            if (!(entry instanceof KeyStore.PrivateKeyEntry privateEntry)) {
                throw new SigningException("the entry '" + name + "' is not a private key");
            }
            return new JcaSigner(privateEntry.getPrivateKey(), provider, x509(privateEntry.getCertificateChain()), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot read the key entry: wrong password or unsupported entry", e);
        }
    }

    private static String onlyKeyEntry(KeyStore store) throws GeneralSecurityException, SigningException {
        List<String> keys = new ArrayList<>();
        for (String name : Collections.list(store.aliases())) {
            if (store.isKeyEntry(name)) {
                keys.add(name);
            }
        }
        if (keys.size() != 1) {
            throw new SigningException("the key store holds " + keys.size() + " key entries " + keys + "; name one (alias)");
        }
        return keys.get(0);
    }

    private static List<X509Certificate> x509(Certificate[] chain) throws SigningException {
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate certificate : chain == null ? new Certificate[0] : chain) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new SigningException("the key entry's chain holds a non-X.509 certificate");
            }
            out.add(x509);
        }
        if (out.isEmpty()) {
            throw new SigningException("the key entry has no certificate");
        }
        return out;
    }
}
