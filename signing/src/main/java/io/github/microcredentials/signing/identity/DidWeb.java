package io.github.microcredentials.signing.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code did:web} method (W3C CCG "did:web Method Specification"): a DID made of a domain name,
 * an optional port ({@code %3A}) and an optional path, whose DID document is served over HTTPS at
 * {@code https://<domain>/.well-known/did.json} or {@code https://<domain>/<path>/did.json}.
 *
 * <p>Only what is safe to turn into a request is accepted: a DNS host name (no IP address, no user
 * info, no {@code ..} or {@code .} segment, no other percent-encoding than the port's).
 *
 * @see <a href="https://w3c-ccg.github.io/did-method-web/">did:web Method Specification</a>
 */
public final class DidWeb {

    private static final String PREFIX = "did:web:";
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1,255}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");
    private static final int MAX_SEGMENTS = 16;

    private DidWeb() {
    }

    /**
     * The DID of a domain and optional path, as an institution publishes it.
     *
     * @param domainAndPath for example {@code example.edu}, {@code example.edu:8443} or
     *     {@code example.edu/issuers/1}
     * @return for example {@code did:web:example.edu:issuers:1}
     * @throws IllegalArgumentException if the domain or path is not acceptable (see the class comment)
     */
    public static URI fromDomain(String domainAndPath) {
        String text = domainAndPath.strip();
        if (text.startsWith("https://")) {
            text = text.substring("https://".length());
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        int slash = text.indexOf('/');
        String authority = slash < 0 ? text : text.substring(0, slash);
        String path = slash < 0 ? "" : text.substring(slash + 1);
        StringBuilder did = new StringBuilder(PREFIX).append(authority.replace(":", "%3A"));
        if (!path.isEmpty()) {
            for (String segment : path.split("/", -1)) {
                did.append(':').append(segment);
            }
        }
        URI result = URI.create(did.toString());
        toUrl(result);
        return result;
    }

    /**
     * Where the DID document of a {@code did:web} DID is served.
     *
     * @param did for example {@code did:web:example.edu} (a fragment or query is ignored)
     * @return for example {@code https://example.edu/.well-known/did.json}
     * @throws IllegalArgumentException if this is not a {@code did:web} DID this library will
     *     resolve, with the reason
     */
    public static URI toUrl(URI did) {
        String text = did.toString();
        int cut = firstOf(text, '#', '?');
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a did:web DID: " + shown(text));
        }
        String[] parts = text.substring(PREFIX.length()).split(":", -1);
        if (parts.length > MAX_SEGMENTS) {
            throw new IllegalArgumentException("a did:web DID with more than " + MAX_SEGMENTS + " path segments: " + shown(text));
        }
        String authority = parts[0];
        String host = authority;
        String port = "";
        int encodedColon = authority.toLowerCase(Locale.ROOT).indexOf("%3a");
        if (encodedColon >= 0) {
            host = authority.substring(0, encodedColon);
            port = authority.substring(encodedColon + 3);
            if (!NUMERIC.matcher(port).matches() || port.length() > 5 || Integer.parseInt(port) == 0
                    || Integer.parseInt(port) > 65535) {
                throw new IllegalArgumentException("the did:web port must be a number from 1 to 65535: " + shown(text));
            }
        }
        checkHost(host, text);
        List<String> path = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String segment = parts[i];
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("the did:web path segment \"" + segment + "\" is not allowed (empty, "
                        + "'.', '..', or a character other than letters, digits, '-', '.', '_', '~'): " + shown(text));
            }
            path.add(segment);
        }
        String base = "https://" + host.toLowerCase(Locale.ROOT) + (port.isEmpty() ? "" : ":" + port);
        String file = path.isEmpty() ? "/.well-known/did.json" : "/" + String.join("/", path) + "/did.json";
        return URI.create(base + file);
    }

    /**
     * Whether an identifier is a {@code did:web} DID (without checking it further).
     *
     * @param id the identifier
     * @return {@code true} for {@code did:web:…}
     */
    public static boolean isDidWeb(URI id) {
        return id.toString().startsWith(PREFIX);
    }

    private static void checkHost(String host, String did) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("a did:web DID needs a domain name: " + shown(did));
        }
        if (host.indexOf('@') >= 0 || host.indexOf('%') >= 0 || host.indexOf('[') >= 0 || host.indexOf(']') >= 0) {
            throw new IllegalArgumentException("the did:web domain must be a plain host name (no user info, IPv6 "
                    + "address or percent-encoding): " + shown(did));
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        String[] labels = lower.split("\\.", -1);
        if (lower.length() > 253 || labels.length < 2) {
            throw new IllegalArgumentException("the did:web domain \"" + host + "\" is not a fully qualified domain name: "
                    + shown(did));
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("the did:web domain \"" + host + "\" is not a DNS host name: " + shown(did));
            }
        }
        if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
            throw new IllegalArgumentException("the did:web domain \"" + host + "\" is an IP address, not a domain name: "
                    + shown(did));
        }
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    static String shown(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }
}
