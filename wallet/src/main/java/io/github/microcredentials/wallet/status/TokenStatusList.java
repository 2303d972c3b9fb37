package io.github.microcredentials.wallet.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.status.ListDefinition;
import io.github.microcredentials.status.StatusBitstring;
import io.github.microcredentials.status.StatusException;
import io.github.microcredentials.status.StatusList;
import io.github.microcredentials.status.StatusStore;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issuer's Token Status List: 2-bit statuses (0 valid, 1 invalid, 2 suspended) whose indexes the
 * status module allocates (random, never given twice, durable with its stores), published as a
 * signed Status List Token. Revocation (1) is permanent; a suspension (2) can be lifted. Thread-safe
 * as its store.
 *
 * <pre>{@code
 * TokenStatusList list = TokenStatusList.create(store, URI.create("https://university.example/status/1"));
 * StatusReference ref = list.allocate();            // into the SD-JWT VC's status claim
 * list.suspend(ref.index());
 * String token = list.token(signer, chain, Instant.now(), Duration.ofDays(1), Duration.ofHours(1));
 * }</pre>
 */
public final class TokenStatusList {

    /** Bits per status. */
    public static final int BITS = 2;

    private static final StatusPurpose PURPOSE = StatusPurpose.of("token-status-list");
    private static final List<StatusMessage> MESSAGES = List.of(StatusMessage.of(0, "VALID"),
            StatusMessage.of(1, "INVALID"), StatusMessage.of(2, "SUSPENDED"), StatusMessage.of(3, "APPLICATION_SPECIFIC"));

    private final StatusList list;

    private TokenStatusList(StatusList list) {
        this.list = list;
    }

    /**
     * Creates a list of {@value StatusBitstring#MIN_ENTRIES} entries in a store, with a fresh random order.
     *
     * @param store the store (the status module's allocator)
     * @param uri the URI the Status List Token is published at
     * @return the list
     * @throws StatusException if the list exists or the store fails
     */
    public static TokenStatusList create(StatusStore store, URI uri) throws StatusException {
        ListDefinition definition = ListDefinition.generate(uri, PURPOSE, BITS, StatusBitstring.MIN_ENTRIES, new SecureRandom());
        return new TokenStatusList(StatusList.create(store, definition, MESSAGES));
    }

    /**
     * Opens a list created before.
     *
     * @param store the store
     * @param uri the list's URI
     * @return the list
     * @throws StatusException if there is no such list or it is not a Token Status List
     */
    public static TokenStatusList open(StatusStore store, URI uri) throws StatusException {
        StatusList list = StatusList.open(store, uri, MESSAGES);
        if (!list.purpose().equals(PURPOSE) || list.statusSize() != BITS) {
            throw new StatusException("the list " + uri + " is not a Token Status List of " + BITS + "-bit statuses");
        }
        return new TokenStatusList(list);
    }

    /**
     * The list's URI.
     *
     * @return the URI
     */
    public URI uri() {
        return list.url();
    }

    /**
     * Allocates the status entry of a newly issued credential.
     *
     * @return the reference to put into its {@code status} claim
     * @throws StatusException if the list is full or the store fails
     */
    public StatusReference allocate() throws StatusException {
        return new StatusReference(list.url(), list.allocate().statusListIndex());
    }

    /**
     * The status at an index.
     *
     * @param index the index
     * @return the status
     * @throws StatusException if the store fails
     */
    public TokenStatus status(long index) throws StatusException {
        return TokenStatus.of(list.status(index));
    }

    /**
     * Revokes, permanently.
     *
     * @param index an allocated index
     * @throws StatusException if it was never allocated or the store fails
     */
    public void revoke(long index) throws StatusException {
        list.setStatus(index, 1);
    }

    /**
     * Suspends.
     *
     * @param index an allocated index
     * @throws StatusException if it is revoked, was never allocated, or the store fails
     */
    public void suspend(long index) throws StatusException {
        requireNotRevoked(index, "suspend");
        list.setStatus(index, 2);
    }

    /**
     * Lifts a suspension.
     *
     * @param index a suspended index
     * @throws StatusException if it is revoked, was never allocated, or the store fails
     */
    public void reinstate(long index) throws StatusException {
        requireNotRevoked(index, "reinstate");
        list.setStatus(index, 0);
    }

    private void requireNotRevoked(long index, String action) throws StatusException {
        if (list.status(index) == 1) {
            throw new StatusException("cannot " + action + " index " + index + " of " + list.url() + ": it is revoked, permanently");
        }
    }

    /**
     * The current Status List Token, signed.
     *
     * @param signer the issuer's key
     * @param chain its certificate chain for {@code x5c} (leaf first, without the trust anchor), or empty
     * @param now the {@code iat}
     * @param validity from {@code iat} to {@code exp}
     * @param ttl how long verifiers may cache it ({@code ttl})
     * @return the compact JWT, {@code typ} {@code statuslist+jwt}
     * @throws StatusException if the store or the key fails
     */
    public String token(Signer signer, List<X509Certificate> chain, Instant now, Duration validity, Duration ttl)
            throws StatusException {
        StatusBitstring bitstring = list.bitstring();
        int[] statuses = new int[(int) list.capacity()];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = bitstring.status(i, BITS);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sub", list.url().toString());
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", now.plus(validity).getEpochSecond());
        payload.put("ttl", ttl.toSeconds());
        payload.put("status_list", StatusListToken.encode(statuses, BITS));
        JWSHeader.Builder header = new JWSHeader.Builder(Jose.algorithmFor(signer.publicKey().type()))
                .type(new JOSEObjectType(StatusListToken.TYPE));
        if (!chain.isEmpty()) {
            List<com.nimbusds.jose.util.Base64> x5c = new ArrayList<>();
            for (X509Certificate c : chain) {
                try {
                    x5c.add(com.nimbusds.jose.util.Base64.encode(c.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new StatusException("a certificate of the chain cannot be encoded", e);
                }
            }
            header.x509CertChain(x5c);
        }
        try {
            return Jose.sign(header.build(), Json.write(payload), signer);
        } catch (SigningException e) {
            throw new StatusException("the status list key failed to sign", e);
        }
    }

    @Override
    public String toString() {
        return "TokenStatusList[" + list.url() + "]";
    }
}
