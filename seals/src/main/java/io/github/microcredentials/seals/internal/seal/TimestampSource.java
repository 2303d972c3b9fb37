package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SigningException;

/**
 * Where the sealing code gets RFC 3161 tokens. The public {@code TsaClient} is adapted to it by the
 * public package, so that this package never imports the API built on it.
 */
@FunctionalInterface
public interface TimestampSource {

    /**
     * Gets a time-stamp token for a digest.
     *
     * @param digestAlgorithm the JCA name of the digest ({@code SHA-256})
     * @param digest the digest to time-stamp
     * @return the DER {@code TimeStampToken}
     * @throws SigningException if the authority cannot be reached or refuses
     */
    byte[] timestamp(String digestAlgorithm, byte[] digest) throws SigningException;
}
