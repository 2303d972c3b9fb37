package io.github.microcredentials.wallet;

import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Json;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link SdObject} into an SD-JWT payload and its disclosures: a 128-bit salt per disclosure,
 * digests sorted (their order says nothing about the claims), decoy digests in every {@code _sd}.
 */
final class Encoder {

    private final Digests digests;
    private final SecureRandom random;
    private final int maxDecoys;
    private final List<String> disclosures = new ArrayList<>();

    Encoder(Digests digests, SecureRandom random, int maxDecoys) {
        this.digests = digests;
        this.random = random;
        this.maxDecoys = maxDecoys;
    }

    List<String> disclosures() {
        return disclosures;
    }

    Map<String, Object> object(SdObject object) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> sd = new ArrayList<>();
        for (SdObject.Member m : object.members()) {
            Object value = plainJson(m.value());
            if (m.disclosable()) {
                List<Object> disclosure = new ArrayList<>(3);
                disclosure.add(salt());
                disclosure.add(m.name());
                disclosure.add(value);
                sd.add(disclose(disclosure));
            } else {
                out.put(m.name(), value);
            }
        }
        if (!sd.isEmpty()) {
            int decoys = maxDecoys <= 0 ? 0 : 1 + random.nextInt(maxDecoys);
            for (int i = 0; i < decoys; i++) {
                byte[] noise = new byte[32];
                random.nextBytes(noise);
                sd.add(Digests.B64.encode(digests.hash(noise)));
            }
            Collections.sort(sd);
            out.put("_sd", sd);
        }
        return out;
    }

    private List<Object> array(SdArray array) {
        List<Object> out = new ArrayList<>();
        for (SdArray.Element e : array.elements()) {
            Object value = plainJson(e.value());
            if (e.disclosable()) {
                List<Object> disclosure = new ArrayList<>(2);
                disclosure.add(salt());
                disclosure.add(value);
                out.add(Map.of("...", disclose(disclosure)));
            } else {
                out.add(value);
            }
        }
        return out;
    }

    private Object plainJson(Object value) {
        if (value instanceof SdObject o) {
            return object(o);
        }
        if (value instanceof SdArray a) {
            return array(a);
        }
        return value;
    }

    private String disclose(List<Object> disclosure) {
        String encoded = Digests.B64.encode(Json.write(disclosure));
        disclosures.add(encoded);
        return digests.digest(encoded);
    }

    private String salt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Digests.B64.encode(salt);
    }
}
