package io.github.microcredentials.signing.internal.crypto;

import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** Public keys as JSON Web Keys (RFC 7517, RFC 8037). Private members are refused. */
public final class Jwk {

    private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private Jwk() {
    }

    /**
     * Encodes a public key.
     *
     * @param type the key type
     * @param raw the raw public key
     * @return the JWK (only the public members)
     */
    public static JsonObject toJwk(KeyType type, byte[] raw) {
        JsonObjectBuilder jwk = StrictJson.PROVIDER.createObjectBuilder();
        switch (type) {
            case ED25519:
                return jwk.add("kty", "OKP").add("crv", "Ed25519").add("x", Multibase.base64url(raw)).build();
            case P256:
            case P384: {
                int size = Curves.size(type);
                ECPoint q = ((ECPublicKeyParameters) KeyMaterial.publicParameters(type, raw)).getQ().normalize();
                return jwk.add("kty", "EC").add("crv", type.label())
                        .add("x", Multibase.base64url(BigIntegers.asUnsignedByteArray(size, q.getAffineXCoord().toBigInteger())))
                        .add("y", Multibase.base64url(BigIntegers.asUnsignedByteArray(size, q.getAffineYCoord().toBigInteger())))
                        .build();
            }
            default: {
                RSAPublicKey rsa = RSAPublicKey.getInstance(raw);
                return jwk.add("kty", "RSA")
                        .add("n", Multibase.base64url(BigIntegers.asUnsignedByteArray(rsa.getModulus())))
                        .add("e", Multibase.base64url(BigIntegers.asUnsignedByteArray(rsa.getPublicExponent())))
                        .build();
            }
        }
    }

    /**
     * Decodes a public JWK.
     *
     * @param jwk the JWK
     * @return the key type and raw public key
     * @throws IllegalArgumentException if the JWK is malformed, unsupported or contains private members
     */
    public static KeyMaterial.Raw fromJwk(JsonObject jwk) {
        for (String member : PRIVATE_MEMBERS) {
            if (jwk.containsKey(member)) {
                throw new IllegalArgumentException("the JWK contains private key material (\"" + member + "\")");
            }
        }
        String kty = text(jwk, "kty");
        switch (kty) {
            case "OKP":
                requireCurve(jwk, "Ed25519");
                return raw(KeyType.ED25519, bytes(jwk, "x"));
            case "EC": {
                String crv = text(jwk, "crv");
                KeyType type = "P-256".equals(crv) ? KeyType.P256 : "P-384".equals(crv) ? KeyType.P384 : null;
                if (type == null) {
                    throw new IllegalArgumentException("unsupported JWK curve \"" + crv + "\"");
                }
                int size = Curves.size(type);
                byte[] x = bytes(jwk, "x");
                byte[] y = bytes(jwk, "y");
                if (x.length != size || y.length != size) {
                    throw new IllegalArgumentException(crv + " JWK coordinates have " + size + " bytes");
                }
                ECPoint point;
                try {
                    point = Curves.of(type).getCurve().createPoint(new BigInteger(1, x), new BigInteger(1, y));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("the JWK point is not on " + crv, e);
                }
                if (!point.isValid()) {
                    throw new IllegalArgumentException("the JWK point is not on " + crv);
                }
                return raw(type, point.getEncoded(true));
            }
            case "RSA":
                return raw(KeyType.RSA, KeyMaterial.rsaPublic(new BigInteger(1, bytes(jwk, "n")), new BigInteger(1, bytes(jwk, "e"))));
            default:
                throw new IllegalArgumentException("unsupported JWK key type \"" + kty + "\"");
        }
    }

    private static KeyMaterial.Raw raw(KeyType type, byte[] bytes) {
        KeyMaterial.publicParameters(type, bytes);
        return new KeyMaterial.Raw(type, bytes);
    }

    private static void requireCurve(JsonObject jwk, String curve) {
        if (!curve.equals(text(jwk, "crv"))) {
            throw new IllegalArgumentException("unsupported JWK curve \"" + text(jwk, "crv") + "\"");
        }
    }

    private static byte[] bytes(JsonObject jwk, String member) {
        return Multibase.decodeBase64url(text(jwk, member));
    }

    private static String text(JsonObject jwk, String member) {
        JsonValue value = jwk.get(member);
        if (!(value instanceof JsonString)) {
            throw new IllegalArgumentException("the JWK member \"" + member + "\" is missing or not a string");
        }
        return ((JsonString) value).getString();
    }
}
