package io.github.microcredentials.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.status.internal.Json;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Writes the {@code BitstringStatusListCredential} of a status list (Bitstring Status List §2.2,
 * §3.1): VC Data Model 2.0, {@code validFrom} now, {@code validUntil} after the list's validity,
 * a {@code BitstringStatusList} subject with the encoded bitstring and {@code ttl} in
 * milliseconds, secured by the issuer's {@link StatusListSigner}.
 *
 * <pre>{@code
 * StatusListPublisher publisher = StatusListPublisher.builder(issuerDid,
 *         StatusListSigner.dataIntegrity(credentialSigner)).build();
 * byte[] listCredential = publisher.publish(list);
 * }</pre>
 *
 * <p>Publish the result at the list's URL as it is, with an HTTP {@code Cache-Control} max-age
 * that matches the {@code ttl}, from a place that does not log who fetches it (a CDN or a static
 * host), as §3.1 asks. A list expires at {@code validUntil}: republish before (a verifier treats an
 * expired list as no list). The Recommendation's context defines no {@code statusSize} for the
 * list subject, so multi-bit lists rely on their entries' {@code statusSize}. Thread-safe.
 */
public final class StatusListPublisher {

    /** The VC Data Model 2.0 context, which defines the Bitstring Status List terms. */
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";

    private final URI issuer;
    private final StatusListSigner signer;
    private final Duration validity;
    private final Duration ttl;
    private final Clock clock;

    private StatusListPublisher(Builder builder) {
        this.issuer = builder.issuer;
        this.signer = builder.signer;
        this.validity = builder.validity;
        this.ttl = builder.ttl;
        this.clock = builder.clock;
    }

    /**
     * Starts a publisher.
     *
     * @param issuer the issuer of the list credentials, the controller of the signer's key
     * @param signer how lists are secured
     * @return the builder
     */
    public static Builder builder(URI issuer, StatusListSigner signer) {
        return new Builder(issuer, signer);
    }

    /**
     * The signed status list credential of a list's current statuses.
     *
     * @param list the list
     * @return the credential, UTF-8 JSON
     * @throws StatusException if the store fails
     * @throws SigningException if signing fails
     */
    public byte[] publish(StatusList list) throws StatusException, SigningException {
        return signer.sign(unsigned(list));
    }

    /**
     * The status list credential of a list's current statuses, before signing.
     *
     * @param list the list
     * @return the credential, UTF-8 JSON
     * @throws StatusException if the store fails
     */
    public byte[] unsigned(StatusList list) throws StatusException {
        return unsigned(list.url(), list.purpose(), list.bitstring());
    }

    /**
     * A status list credential of given statuses, before signing.
     *
     * @param url the list's URL
     * @param purpose the list's purpose
     * @param bitstring the statuses
     * @return the credential, UTF-8 JSON
     */
    public byte[] unsigned(URI url, StatusPurpose purpose, StatusBitstring bitstring) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("@context").add(VC_V2);
        root.put("id", url.toString());
        ArrayNode type = root.putArray("type");
        type.add("VerifiableCredential").add("BitstringStatusListCredential");
        root.put("issuer", issuer.toString());
        root.put("validFrom", now.toString());
        root.put("validUntil", now.plus(validity).toString());
        ObjectNode subject = root.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", bitstring.encode());
        subject.put("ttl", ttl.toMillis());
        return Json.bytes(root);
    }

    /** Settings of a {@link StatusListPublisher}. */
    public static final class Builder {
        private final URI issuer;
        private final StatusListSigner signer;
        private Duration validity = Duration.ofDays(1);
        private Duration ttl = Duration.ofHours(1);
        private Clock clock = Clock.systemUTC();

        private Builder(URI issuer, StatusListSigner signer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            this.signer = Objects.requireNonNull(signer, "signer");
            if (!issuer.isAbsolute()) {
                throw new IllegalArgumentException("the issuer is an absolute URI: " + issuer);
            }
        }

        /**
         * How long a published list is valid ({@code validUntil − validFrom}); by default one day.
         * Republish before it ends.
         *
         * @param duration a positive duration
         * @return this builder
         */
        public Builder validity(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the validity is positive");
            }
            this.validity = duration;
            return this;
        }

        /**
         * How long verifiers may use a fetched list before fetching it again ({@code ttl}); by
         * default one hour.
         *
         * @param duration a positive duration, whole milliseconds
         * @return this builder
         */
        public Builder ttl(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the ttl is positive");
            }
            this.ttl = duration;
            return this;
        }

        /**
         * The clock of {@code validFrom}; by default the system clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the publisher.
         *
         * @return the publisher
         */
        public StatusListPublisher build() {
            return new StatusListPublisher(this);
        }
    }
}
