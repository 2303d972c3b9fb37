package io.github.microcredentials.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.SdJwtVcIssuer;
import io.github.microcredentials.wallet.oid4vci.AttestationVerifier;
import io.github.microcredentials.wallet.oid4vci.AuthorizationCodeServer;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import io.github.microcredentials.wallet.oid4vci.IssuanceError;
import io.github.microcredentials.wallet.oid4vci.IssuanceException;
import io.github.microcredentials.wallet.oid4vci.LearnerCredentials;
import io.github.microcredentials.wallet.oid4vci.ResourceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An OpenID4VCI 1.0 credential issuer on the JDK's HTTP server: the wallet module's {@link CredentialIssuer}
 * and built-in {@link AuthorizationCodeServer} wired to HTTP, issuing the sample micro-credential as an
 * SD-JWT VC through the pre-authorized code flow and the authorization code flow (PAR, PKCE, DPoP).
 * {@code scripts/wallet-issuer.sh} starts it. It is an example, not a product: plain HTTP on the loopback
 * interface by default (a real issuer identifier is an HTTPS URL), a demonstration PKI made at start, and an
 * authorization endpoint that logs every visitor in as {@code demo-learner} where an institution would show
 * its login page. A wallet that starts the authorization code flow on its own (no offer) gets the sample
 * credential for {@code demo-learner}.
 *
 * <p>Endpoints: {@code GET /.well-known/openid-credential-issuer}, {@code GET /.well-known/oauth-authorization-server},
 * {@code POST /offers?flow=pre-authorized_code|authorization_code} (an offer of the sample credential by reference:
 * {@code uri}, {@code tx_code}, {@code qr_code_svg}), {@code GET /offers/{id}}, {@code POST /par},
 * {@code GET /authorize}, {@code POST /token}, {@code POST /nonce}, {@code POST /credential}. Errors are the
 * specifications' JSON error responses; token and credential responses carry {@code DPoP-Nonce}.
 */
public final class WalletIssuerServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final String identifier;
    private final CredentialIssuer issuer;
    private final AuthorizationCodeServer authorization;
    private final X509Certificate root;
    private final MicroCredential credential;
    private final ObjectMapper json = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private WalletIssuerServer(InetSocketAddress address, String publicUrl, AttestationVerifier attestations) throws IOException {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        this.server = HttpServer.create(address, 0);
        this.identifier = publicUrl != null ? publicUrl.replaceAll("/+$", "") : "http://" + address.getHostString() + ":" + server.getAddress().getPort();
        List<Object> pki = demoPki();
        this.root = (X509Certificate) pki.get(2);
        @SuppressWarnings("unchecked")
        List<X509Certificate> chain = (List<X509Certificate>) pki.get(1);
        SigningKey issuerKey = (SigningKey) pki.get(0);
        this.credential = Samples.microCredential();
        // tag::wallet-issuer[]
        SdJwtVcIssuer sdJwt = SdJwtVcIssuer.builder(issuerKey.signer(), identifier).certificateChain(chain).build();
        Clock clock = Clock.systemUTC();
        // the built-in authorization server (PAR, PKCE S256, DPoP) at the issuer's own identifier
        this.authorization = new AuthorizationCodeServer(identifier, Set.of(CredentialIssuer.SCOPE), attestations, clock);
        // a wallet that comes without an offer gets what the institution's records hold for the learner who logged in
        LearnerCredentials records = grant -> "demo-learner".equals(grant.subject())
                ? Optional.of(new LearnerCredentials.Entitlement(credential, null)) : Optional.empty();
        this.issuer = new CredentialIssuer(identifier, sdJwt, clock, 2, authorization, attestations, records);
        // end::wallet-issuer[]
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a server; the issuer identifier is {@code http://host:port} of the bound address.
     *
     * @param address where to listen; port 0 picks a free port
     * @param attestations the wallet and key attestation trust and policy
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static WalletIssuerServer start(InetSocketAddress address, AttestationVerifier attestations) throws IOException {
        return new WalletIssuerServer(address, null, attestations);
    }

    /**
     * The Credential Issuer Identifier.
     *
     * @return the identifier
     */
    public String identifier() {
        return identifier;
    }

    /**
     * The root certificate of the demonstration PKI, the trust anchor of the issued credentials' {@code x5c}.
     *
     * @return the root
     */
    public X509Certificate trustAnchor() {
        return root;
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Runs the server until the process is stopped: {@code --port N} (default 8080), {@code --host ADDRESS} (default the
     * loopback address), {@code --public-url URL} (the issuer identifier wallets see, default {@code http://host:port}).
     *
     * @param args the options
     * @throws IOException if the address cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = 8080;
        InetAddress host = InetAddress.getLoopbackAddress();
        String publicUrl = null;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --port N, --host ADDRESS, --public-url URL");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = InetAddress.getByName(args[i + 1]);
                case "--public-url" -> publicUrl = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        WalletIssuerServer running = new WalletIssuerServer(address, publicUrl, AttestationVerifier.builder().build());
        System.out.println("OpenID4VCI issuer at " + running.identifier);
        System.out.println("  metadata: " + running.identifier + "/.well-known/openid-credential-issuer");
        System.out.println("  an offer: curl -X POST '" + running.identifier + "/offers?flow=pre-authorized_code'");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            try {
                route(exchange, method, path);
            } catch (IssuanceException e) {
                IssuanceError error = e.error();
                error.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                respond(exchange, error.httpStatus(), error.toJson());
            } catch (IOException | RuntimeException e) {
                // bad JSON or a form that cannot be read: an OAuth error, never a stack trace
                respond(exchange, 400, Map.of("error", "invalid_request", "error_description", "the request cannot be read"));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException, IssuanceException {
        switch (method + " " + path) {
            case "GET /.well-known/openid-credential-issuer" -> respond(exchange, 200, issuer.metadata());
            case "GET /.well-known/oauth-authorization-server" -> respond(exchange, 200, issuer.authorizationServerMetadata());
            case "POST /offers" -> respond(exchange, 201, offer(form(exchange.getRequestURI().getRawQuery())));
            case "POST /par" -> respond(exchange, 201, authorization.pushedAuthorizationRequest(form(body(exchange)), http(exchange)));
            case "GET /authorize" -> {
                AuthorizationCodeServer.PendingAuthorization pending = authorization.authorizationRequest(form(exchange.getRequestURI().getRawQuery()));
                // Where an institution authenticates the learner; the example logs everyone in as one learner.
                exchange.getResponseHeaders().add("Location", authorization.approve(pending.requestUri(), "demo-learner").toString());
                exchange.sendResponseHeaders(302, -1);
            }
            case "POST /token" -> {
                exchange.getResponseHeaders().add("DPoP-Nonce", issuer.dpopNonce());
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                respond(exchange, 200, issuer.token(form(body(exchange)), http(exchange)));
            }
            case "POST /nonce" -> {
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                respond(exchange, 200, issuer.nonce());
            }
            case "POST /credential" -> {
                exchange.getResponseHeaders().add("DPoP-Nonce", issuer.dpopNonce());
                @SuppressWarnings("unchecked")
                Map<String, Object> request = json.readValue(body(exchange), Map.class);
                respond(exchange, 200, issuer.credential(http(exchange), request));
            }
            default -> {
                if (method.equals("GET") && path.startsWith("/offers/")) {
                    var offer = issuer.offerByReference(path.substring("/offers/".length()));
                    if (offer.isPresent()) {
                        respond(exchange, 200, offer.get());
                        return;
                    }
                }
                respond(exchange, 404, Map.of("error", "not_found", "error_description", "no such endpoint or offer"));
            }
        }
    }

    private Map<String, Object> offer(Map<String, String> query) {
        boolean code = "authorization_code".equals(query.get("flow"));
        CredentialIssuer.Offer offer = issuer.byReference(code ? issuer.offerWithAuthorizationCode(credential, null)
                : issuer.offer(credential, null, true));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", offer.uri());
        offer.txCode().ifPresent(tx -> m.put("tx_code", tx)); // sent by e-mail in real life, never with the offer
        m.put("qr_code_svg", offer.qrCodeSvg());
        return m;
    }

    private ResourceRequest http(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        // htu is the URL the wallet addressed: the published identifier (behind a TLS proxy, --public-url) and the path
        String uri = identifier + exchange.getRequestURI().getRawPath();
        return new ResourceRequest(exchange.getRequestMethod(), uri, headers.getFirst("Authorization"), single(headers.get("DPoP")),
                headers.getFirst("OAuth-Client-Attestation"), headers.getFirst("OAuth-Client-Attestation-PoP"));
    }

    private static String single(List<String> values) {
        // RFC 9449 §4.3: more than one DPoP header is an invalid proof; an unreadable value makes the check fail
        return values == null ? null : values.size() == 1 ? values.get(0) : "";
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(1 << 20);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> map = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return map;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (map.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("parameter " + name + " given twice"); // RFC 6749 §3.1
            }
        }
        return map;
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A root CA and an issuer certificate under it (HAIP: the credential's x5c is the chain without the root). */
    private static List<Object> demoPki() {
        try {
            KeyPair rootKeys = ec();
            KeyPair leafKeys = ec();
            X500Name rootName = new X500Name("CN=Demo Wallet Issuer Root CA");
            X509Certificate root = certificate(rootName, rootKeys, rootName, rootKeys.getPrivate(), true);
            X509Certificate leaf = certificate(new X500Name("CN=Demo micro-credential issuer,O=Demo University,C=DK"), leafKeys, rootName,
                    rootKeys.getPrivate(), false);
            SigningKey key = SigningKey.fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(leafKeys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            return List.of(key, List.of(leaf), root);
        } catch (Exception e) {
            throw new IllegalStateException("the demonstration PKI cannot be made", e);
        }
    }

    private static KeyPair ec() throws java.security.GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey, boolean ca)
            throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(ca ? 0 : 1)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject, keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
