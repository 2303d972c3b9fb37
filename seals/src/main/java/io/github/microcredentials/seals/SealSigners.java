package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.JcaSealSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Ready-made {@link SealSigner}s over JCA keys: a PKCS#12 file, PEM files, any
 * {@link KeyStore} (a PKCS#11 HSM through the {@code SunPKCS11} provider included), or a
 * {@link PrivateKey} in hand. The JCA picks the provider that holds the key, so HSM keys sign
 * inside the HSM. Passwords are used once and never kept, logged or put in messages.
 *
 * <pre>{@code
 * SealSigner signer = SealSigners.pkcs12(Path.of("seal.p12"), password, Optional.empty());
 * }</pre>
 */
public final class SealSigners {

    private SealSigners() {
    }

    /**
     * A signer from a PKCS#12 file.
     *
     * @param file the {@code .p12} / {@code .pfx} file
     * @param password the store and key password (the caller may clear it afterwards)
     * @param alias the key entry; empty when the store holds exactly one
     * @return the signer
     * @throws SigningException if the file cannot be read, the password is wrong, or the entry is
     *     missing or ambiguous
     */
    public static SealSigner pkcs12(Path file, char[] password, Optional<String> alias) throws SigningException {
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
     * A signer from a key entry of any loaded key store. For a PKCS#11 token, load
     * {@code KeyStore.getInstance("PKCS11", provider)} with the PIN and pass
     * {@code new KeyStore.PasswordProtection(null)} or the PIN here.
     *
     * @param store the loaded key store
     * @param alias the key entry; empty when the store holds exactly one
     * @param protection the key's protection
     * @return the signer
     * @throws SigningException if the entry is missing, ambiguous, not a private key with a
     *     certificate chain, or not an RSA (2048+) or ECDSA key
     */
    public static SealSigner keyStore(KeyStore store, Optional<String> alias, KeyStore.ProtectionParameter protection)
            throws SigningException {
        try {
            String name = alias.isPresent() ? alias.get() : onlyKeyEntry(store);
            if (!store.isKeyEntry(name)) {
                throw new SigningException("the key store has no key entry '" + name + "'");
            }
            KeyStore.Entry entry = store.getEntry(name, protection);
            if (!(entry instanceof KeyStore.PrivateKeyEntry privateEntry)) {
                throw new SigningException("the entry '" + name + "' is not a private key");
            }
            return of(privateEntry.getPrivateKey(), x509(privateEntry.getCertificateChain()));
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot read the key entry: wrong password or unsupported entry", e);
        }
    }

    /**
     * A signer from PEM texts: a private key ({@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or
     * {@code EC PRIVATE KEY}, unencrypted) and the certificate chain, seal certificate first.
     *
     * @param privateKeyPem the key
     * @param certificatesPem the certificates
     * @return the signer
     * @throws SigningException if the texts hold no usable key or certificate, or the key does not
     *     belong to the first certificate
     */
    public static SealSigner pem(String privateKeyPem, String certificatesPem) throws SigningException {
        List<X509Certificate> chain;
        try {
            chain = Certs.fromPem(certificatesPem);
        } catch (CertificateException e) {
            throw new SigningException("the certificate PEM is not usable: " + e.getMessage(), e);
        }
        PrivateKey key;
        try (PEMParser parser = new PEMParser(new StringReader(privateKeyPem))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                key = converter.getPrivateKey(pair.getPrivateKeyInfo());
            } else if (object instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                throw new SigningException("no unencrypted private key in the key PEM");
            }
        } catch (IOException | RuntimeException e) {
            throw new SigningException("the key PEM is not a readable private key", e);
        }
        JcaSealSigner signer;
        try {
            signer = new JcaSealSigner(key, chain);
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        }
        signer.checkKeyMatchesCertificate();
        return signer;
    }

    /**
     * A signer over a JCA private key of any provider.
     *
     * @param key the private key
     * @param chain the seal certificate first, then its issuers
     * @return the signer
     * @throws IllegalArgumentException if the chain is empty or the key type is unsupported
     */
    public static SealSigner of(PrivateKey key, List<X509Certificate> chain) {
        return new JcaSealSigner(Objects.requireNonNull(key, "key"), chain);
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
