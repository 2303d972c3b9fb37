package io.github.microcredentials.signing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtSigner;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** did:web, did:jwk and controller documents: issuing under them, and hostile documents and identifiers. */
class IdentityResolutionTest {

    private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);
    private static final URI DID = DidWeb.fromDomain("example.edu");

    private static String credential(String issuer) {
        return "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"issuer\":\"" + issuer + "\",\"validFrom\":\"2024-01-01T00:00:00Z\","
                + "\"credentialSubject\":{\"id\":\"did:example:learner\"}}";
    }

    private static IdentifierResolver withDocument(String document) {
        return IdentifierResolver.offline(DocumentStore.ofDocuments(List.of(document.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void didWeb_urlsFollowTheMethod() {
        assertThat(DidWeb.toUrl(URI.create("did:web:example.edu"))).hasToString("https://example.edu/.well-known/did.json");
        assertThat(DidWeb.toUrl(URI.create("did:web:example.edu%3A8443:issuers:1#key-1")))
                .hasToString("https://example.edu:8443/issuers/1/did.json");
        assertThat(DidWeb.fromDomain("example.edu/issuers/1")).hasToString("did:web:example.edu:issuers:1");
        assertThat(DidWeb.fromDomain("example.edu:8443")).hasToString("did:web:example.edu%3A8443");
    }

    @Test
    void didWeb_withDotDotAtOrAnIpAddress_isAClearFinding() {
        for (String did : List.of("did:web:example.edu:..:admin", "did:web:user@example.edu", "did:web:127.0.0.1",
                "did:web:10.0.0.1%3A443", "did:web:[::1]", "did:web:localhost", "did:web:example.edu%2Fadmin",
                "did:web:example.edu:.", "did:web:example.edu::x", "did:web:example.edu%3A99999")) {
            assertThatThrownBy(() -> DidWeb.toUrl(URI.create(did))).as(did).isInstanceOf(IllegalArgumentException.class);
            IdentifierResolver fetching = IdentifierResolver.builder().fetchOverHttps(HttpsFetcher.builder().build()).build();
            assertThatThrownBy(() -> fetching.resolve(URI.create(did))).as(did).isInstanceOf(SigningException.class)
                    .hasMessageContaining("did:web");
        }
    }

    @Test
    void didWebIssuer_signsAndVerifiesOffline_withTheDocumentKeygenWrites() throws Exception {
        IdentifierResolver identities = withDocument(ControllerDocument.minimal(DID, KEY.publicKey()));
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer())
                .verificationMethod(URI.create(DID + "#key-1")).keyResolver(identities.keys()).build();

        String signed = signer.sign(credential(DID.toString()));

        VerificationReport report = DataIntegrityVerifier.builder().keyResolver(identities.keys()).build().verify(signed);
        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        VerificationReport withoutDocument = DataIntegrityVerifier.builder().build().verify(signed);
        assertThat(withoutDocument.allFailures()).extracting(Failure::code).containsExactly(FailureCode.KEY_NOT_FOUND);
    }

    @Test
    void vcJwt_underDidWeb_andDidJwk_verify() throws Exception {
        IdentifierResolver identities = withDocument(ControllerDocument.minimal(DID, KEY.publicKey()));
        String token = VcJwtSigner.withKeyId(KEY.signer(), URI.create(DID + "#key-1")).withKeyResolver(identities.keys())
                .sign(credential(DID.toString()));
        assertThat(VcJwtVerifier.builder().keyResolver(identities.keys()).build().verify(token).isValid()).isTrue();

        URI didJwk = DidJwk.of(KEY.publicKey());
        KeyResolver jwk = IdentifierResolver.offline().keys();
        String jwkToken = VcJwtSigner.withKeyId(KEY.signer(), DidJwk.verificationMethod(KEY.publicKey()))
                .withKeyResolver(jwk).sign(credential(didJwk.toString()));
        assertThat(VcJwtVerifier.builder().keyResolver(jwk).build().verify(jwkToken).isValid()).isTrue();
    }

    @Test
    void signing_refusesAnIssuerThatDoesNotControlTheKey_sayingWhatToDo() {
        DataIntegritySigner didKeySigner = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).build();
        assertThatThrownBy(() -> didKeySigner.sign(credential("https://www.example.edu")))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("nothing was signed")
                .hasMessageContaining("https://www.example.edu")
                .hasMessageContaining(KEY.publicKey().didKeyVerificationMethod().toString())
                .hasMessageContaining("make the issuer id " + KEY.publicKey().did());

        SigningKey other = SigningKey.generate(KeyType.ED25519);
        IdentifierResolver otherKeysDocument = withDocument(ControllerDocument.minimal(DID, other.publicKey()));
        DataIntegritySigner didWebSigner = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer())
                .verificationMethod(URI.create(DID + "#key-1")).keyResolver(otherKeysDocument.keys()).build();
        assertThatThrownBy(() -> didWebSigner.sign(credential(DID.toString()))).isInstanceOf(SigningException.class)
                .hasMessageContaining("another public key");

        DataIntegritySigner noDocument = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer())
                .verificationMethod(URI.create(DID + "#key-1")).keyResolver(IdentifierResolver.offline().keys()).build();
        assertThatThrownBy(() -> noDocument.sign(credential(DID.toString()))).isInstanceOf(SigningException.class)
                .hasMessageContaining("supply the issuer's DID document");
    }

    @Test
    void documentWithTenThousandKeys_isRefused() {
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            methods.append(i == 0 ? "" : ",").append("{\"id\":\"").append(DID).append("#k").append(i)
                    .append("\",\"type\":\"Multikey\",\"controller\":\"").append(DID).append("\",\"publicKeyMultibase\":\"")
                    .append(KEY.publicKey().multikey()).append("\"}");
        }
        String document = "{\"id\":\"" + DID + "\",\"verificationMethod\":[" + methods + "],\"assertionMethod\":[\"" + DID + "#k1\"]}";
        assertThatThrownBy(() -> ControllerDocument.parse(document.getBytes(StandardCharsets.UTF_8), DID))
                .isInstanceOf(SigningException.class).hasMessageContaining("larger than");
        String smaller = document.substring(0, document.indexOf("{\"id\":\"" + DID + "#k200\"")) + "{\"id\":\"" + DID
                + "#last\",\"type\":\"Multikey\",\"controller\":\"" + DID + "\",\"publicKeyMultibase\":\""
                + KEY.publicKey().multikey() + "\"}],\"assertionMethod\":[\"" + DID + "#k1\"]}";
        assertThatThrownBy(() -> ControllerDocument.parse(smaller.getBytes(StandardCharsets.UTF_8), DID))
                .isInstanceOf(SigningException.class).hasMessageContaining("202 verification methods; at most 64");
    }

    @Test
    void wrongKeyType_otherController_otherId_areFindings() throws Exception {
        String good = ControllerDocument.minimal(DID, KEY.publicKey());
        // an X25519 (key agreement) key where a signing key is expected
        String x25519 = good.replace(KEY.publicKey().multikey(), "z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc");
        assertThatThrownBy(() -> ControllerDocument.parse(x25519.getBytes(StandardCharsets.UTF_8), DID))
                .isInstanceOf(SigningException.class).hasMessageContaining("no usable key");
        String p256 = SigningKey.generate(KeyType.P256).publicKey().multikey();
        String legacyType = good.replace("\"Multikey\"", "\"Ed25519VerificationKey2020\"").replace(KEY.publicKey().multikey(), p256);
        assertThatThrownBy(() -> ControllerDocument.parse(legacyType.getBytes(StandardCharsets.UTF_8), DID))
                .isInstanceOf(SigningException.class).hasMessageContaining("Ed25519VerificationKey2020 holds an Ed25519 key");
        String otherController = good.replace("\"controller\": \"" + DID + "\"", "\"controller\": \"did:web:evil.example\"");
        assertThat(otherController).isNotEqualTo(good);
        assertThatThrownBy(() -> ControllerDocument.parse(otherController.getBytes(StandardCharsets.UTF_8), DID))
                .isInstanceOf(SigningException.class).hasMessageContaining("is controlled by did:web:evil.example");
        assertThatThrownBy(() -> ControllerDocument.parse(good.getBytes(StandardCharsets.UTF_8), URI.create("did:web:other.example")))
                .isInstanceOf(SigningException.class).hasMessageContaining("names another identifier");

        // through the verifier: a P-256 key named by an eddsa proof is KEY_TYPE_MISMATCH, never an exception
        SigningKey p256Key = SigningKey.generate(KeyType.P256);
        IdentifierResolver identities = withDocument(ControllerDocument.minimal(DID, p256Key.publicKey()));
        String signed = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, p256Key.signer())
                .verificationMethod(URI.create(DID + "#key-1")).keyResolver(identities.keys()).build()
                .sign(credential(DID.toString())).replace("ecdsa-rdfc-2019", "eddsa-rdfc-2022");
        assertThat(DataIntegrityVerifier.builder().keyResolver(identities.keys()).build().verify(signed).allFailures())
                .extracting(Failure::code).contains(FailureCode.KEY_TYPE_MISMATCH);
    }

    @Test
    void fetchingOff_opensNoSocket_fetchingOn_connects() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            URI controller = URI.create("https://localhost:" + server.getLocalPort() + "/issuers/1");
            URI method = URI.create(controller + "#key-1");

            KeyResolver offline = IdentifierResolver.offline().keys();
            assertThat(offline.resolve(method)).isEmpty();
            DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().keyResolver(offline).build();
            String signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).verificationMethod(method)
                    .keyResolver(KeyResolver.of(List.of(new io.github.microcredentials.signing.VerificationMethod(method,
                            controller, KEY.publicKey()))))
                    .build().sign(credential(controller.toString()));
            assertThat(verifier.verify(signed).allFailures()).extracting(Failure::code).containsExactly(FailureCode.KEY_NOT_FOUND);
            assertThat(accepted(server)).isZero();

            // the same resolution with fetching on reaches the server (and fails on TLS, as a finding)
            IdentifierResolver fetching = IdentifierResolver.builder().fetchOverHttps(HttpsFetcher.builder()
                    .addresses(a -> true).timeout(Duration.ofSeconds(2)).build()).build();
            Thread client = new Thread(() -> {
                try {
                    fetching.resolve(controller);
                } catch (SigningException expected) {
                    // the TLS handshake with a plain socket fails
                }
            });
            client.start();
            int connections = 0;
            for (int i = 0; i < 20 && connections == 0; i++) {
                connections = accepted(server);
            }
            client.join(5_000);
            assertThat(connections).isPositive();
        }
    }

    private static int accepted(ServerSocket server) throws Exception {
        try (Socket connection = server.accept()) {
            return connection.isConnected() ? 1 : 0;
        } catch (SocketTimeoutException none) {
            return 0;
        }
    }

    @Test
    void fetcher_refusesLoopbackRedirectsElsewhereOversizeAndSlowAnswers() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger hits = new AtomicInteger();
        String document = ControllerDocument.minimal(DID, KEY.publicKey());
        server.createContext("/did.json", exchange -> {
            hits.incrementAndGet();
            byte[] body = document.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            for (int i = 0; i < 100; i++) {
                exchange.getResponseBody().write(new byte[10_000]);
            }
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/same", exchange -> {
            exchange.getResponseHeaders().add("Location", "/did.json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://other.example/did.json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpsFetcher defaults = HttpsFetcher.builder().allowPlainHttpForTests().build();
            assertThatThrownBy(() -> defaults.fetch(URI.create(base + "/did.json"))).isInstanceOf(SigningException.class)
                    .hasMessageContaining("loopback, private or reserved");
            assertThat(hits).hasValue(0);
            assertThatThrownBy(() -> HttpsFetcher.builder().build().fetch(URI.create(base + "/did.json")))
                    .hasMessageContaining("only https");

            HttpsFetcher local = HttpsFetcher.builder().allowPlainHttpForTests().addresses(a -> true)
                    .timeout(Duration.ofMillis(800)).maxBytes(50_000).build();
            assertThat(new String(local.fetch(URI.create(base + "/same")), StandardCharsets.UTF_8)).isEqualTo(document);
            assertThatThrownBy(() -> local.fetch(URI.create(base + "/away"))).hasMessageContaining("another host");
            assertThatThrownBy(() -> local.fetch(URI.create(base + "/big"))).hasMessageContaining("more than 50000 bytes");
            assertThatThrownBy(() -> local.fetch(URI.create(base + "/slow"))).hasMessageContaining("within 800 ms");
            assertThatThrownBy(() -> local.fetch(URI.create(base + "/none"))).hasMessageContaining("HTTP 404");
        } finally {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void fetchedDocuments_areCached() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        byte[] document = ControllerDocument.minimal(DID, KEY.publicKey()).getBytes(StandardCharsets.UTF_8);
        DocumentStore counting = id -> {
            fetches.incrementAndGet();
            return java.util.Optional.of(document);
        };
        IdentifierResolver resolver = IdentifierResolver.offline(counting);
        resolver.resolve(DID);
        resolver.resolve(DID);
        assertThat(fetches).hasValue(2);
        assertThat(resolver.resolve(URI.create("did:example:123"))).isEmpty();
        assertThat(DocumentStore.of(Map.of(DID, document)).get(DID)).isPresent();
    }

    @Test
    void isPublic_refusesPrivateAndReservedAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fd00::1", "fe80::1", "224.0.0.1")) {
            assertThat(HttpsFetcher.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(HttpsFetcher.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
    }
}
