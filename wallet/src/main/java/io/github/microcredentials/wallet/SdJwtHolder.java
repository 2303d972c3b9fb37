package io.github.microcredentials.wallet;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.wallet.internal.DisclosureProcessor;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The holder's side: which claims an SD-JWT can disclose, and a presentation of a chosen few with a
 * Key Binding JWT ({@code typ} {@code kb+jwt}, {@code aud}, {@code nonce}, {@code iat},
 * {@code sd_hash}). Claims are named by paths of names and array indexes separated by {@code .}:
 * {@code title}, {@code learner.givenName}, {@code learningOutcomes.1}. Choosing a claim discloses
 * it with everything inside it, and the disclosures of the objects it sits in.
 */
public final class SdJwtHolder {

    /** The {@code typ} of a Key Binding JWT. */
    public static final String KEY_BINDING_TYPE = "kb+jwt";

    private SdJwtHolder() {
    }

    /**
     * The selectively disclosable claims of an SD-JWT, as paths.
     *
     * @param sdJwt the SD-JWT as issued
     * @return the paths, in the order of the disclosures
     * @throws SdJwtException if it cannot be read or its disclosures break RFC 9901
     */
    public static List<String> disclosablePaths(String sdJwt) throws SdJwtException {
        Map<String, List<Object>> paths = paths(SdJwt.parse(sdJwt));
        return paths.values().stream().map(SdJwtHolder::dotted).toList();
    }

    /**
     * A presentation without Key Binding.
     *
     * @param sdJwt the SD-JWT as issued
     * @param claims the claim paths to disclose
     * @return the presentation, ending with {@code ~}
     * @throws SdJwtException if it cannot be read or a path names no disclosable claim
     */
    public static String present(String sdJwt, Collection<String> claims) throws SdJwtException {
        return select(SdJwt.parse(sdJwt), claims).serialize();
    }

    /**
     * A presentation with a Key Binding JWT signed by the holder's key (the key of the credential's {@code cnf}).
     *
     * @param sdJwt the SD-JWT as issued
     * @param claims the claim paths to disclose
     * @param holderKey the holder's key
     * @param audience the verifier, {@code aud}
     * @param nonce the verifier's nonce
     * @param issuedAt the {@code iat}
     * @return the presentation
     * @throws SdJwtException if it cannot be read, a path names no disclosable claim, or the key fails
     */
    public static String present(String sdJwt, Collection<String> claims, Signer holderKey, String audience,
            String nonce, Instant issuedAt) throws SdJwtException {
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(nonce, "nonce");
        SdJwt selected = select(SdJwt.parse(sdJwt), claims);
        Digests digests = digests(payload(selected));
        Map<String, Object> kb = new LinkedHashMap<>();
        kb.put("iat", issuedAt.getEpochSecond());
        kb.put("aud", audience);
        kb.put("nonce", nonce);
        kb.put("sd_hash", digests.digest(selected.withoutKeyBinding()));
        JWSHeader header = new JWSHeader.Builder(Jose.algorithmFor(holderKey.publicKey().type()))
                .type(new JOSEObjectType(KEY_BINDING_TYPE)).build();
        try {
            String kbJwt = Jose.sign(header, Json.write(kb), holderKey);
            return new SdJwt(selected.issuerSignedJwt(), selected.disclosures(), Optional.of(kbJwt)).serialize();
        } catch (SigningException e) {
            throw new SdJwtException(SdJwtCode.KEY_BINDING_SIGNATURE, "the holder's key failed to sign", e);
        }
    }

    private static SdJwt select(SdJwt sdJwt, Collection<String> claims) throws SdJwtException {
        Map<String, List<Object>> paths = paths(sdJwt);
        List<List<String>> wanted = new ArrayList<>();
        for (String claim : claims) {
            List<String> path = List.of(claim.split("\\.", -1));
            boolean known = paths.values().stream().anyMatch(p -> isPrefix(path, p) || isPrefix(p, path));
            if (!known) {
                throw new SdJwtException(SdJwtCode.PAYLOAD_MALFORMED, "no disclosable claim at " + claim);
            }
            wanted.add(path);
        }
        List<String> chosen = new ArrayList<>();
        for (String disclosure : sdJwt.disclosures()) {
            List<Object> p = paths.get(disclosure);
            if (wanted.stream().anyMatch(w -> isPrefix(w, p) || isPrefix(p, w))) {
                chosen.add(disclosure);
            }
        }
        return new SdJwt(sdJwt.issuerSignedJwt(), chosen, Optional.empty());
    }

    private static boolean isPrefix(List<?> prefix, List<?> path) {
        if (prefix.size() > path.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).toString().equals(path.get(i).toString())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Object>> paths(SdJwt sdJwt) throws SdJwtException {
        Map<String, Object> payload = payload(sdJwt);
        try {
            return DisclosureProcessor.process(payload, sdJwt.disclosures(), digests(payload), Set.of()).paths();
        } catch (DisclosureProcessor.Failure f) {
            throw new SdJwtException(SdJwtCode.valueOf(f.kind().name()), f.getMessage());
        }
    }

    private static Map<String, Object> payload(SdJwt sdJwt) throws SdJwtException {
        try {
            return Json.parseObject(JWSObject.parse(sdJwt.issuerSignedJwt()).getPayload().toBytes());
        } catch (ParseException | IllegalArgumentException e) {
            throw new SdJwtException(SdJwtCode.MALFORMED, "the issuer-signed JWT cannot be read: " + e.getMessage());
        }
    }

    private static Digests digests(Map<String, Object> payload) throws SdJwtException {
        Object alg = payload.getOrDefault("_sd_alg", "sha-256");
        if (!(alg instanceof String name)) {
            throw new SdJwtException(SdJwtCode.SD_ALG_UNSUPPORTED, "_sd_alg is not a string");
        }
        return Digests.of(name).orElseThrow(() -> new SdJwtException(SdJwtCode.SD_ALG_UNSUPPORTED,
                "the hash function " + name + " is not supported"));
    }

    private static String dotted(List<Object> path) {
        return String.join(".", path.stream().map(Object::toString).toList());
    }
}
