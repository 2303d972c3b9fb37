package io.github.microcredentials.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.microcredentials.wallet.oid4vci.AuthorizationCodeServer;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import io.github.microcredentials.wallet.oid4vci.IssuanceError;
import io.github.microcredentials.wallet.oid4vci.IssuanceException;
import io.github.microcredentials.wallet.oid4vci.ResourceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The issuer objects on the JDK's HTTP server on the loopback interface, for wallets that speak HTTP (the EU
 * client). Its identifier is {@code https://localhost:PORT} (clients insist on HTTPS; {@link JdkKtorEngine}
 * carries their requests over plain HTTP). Every request is logged as {@code METHOD path -> status}, so a
 * test can say which step a client reached.
 */
final class LoopbackIssuer implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final String identifier;
    private CredentialIssuer issuer;
    private AuthorizationCodeServer authorization;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    LoopbackIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identifier = "https://localhost:" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    String identifier() {
        return identifier;
    }

    /** Wires the issuer (made with {@link #identifier()}). */
    LoopbackIssuer serve(Function<String, CredentialIssuer> make) {
        this.issuer = make.apply(identifier);
        return this;
    }

    /** Wires the issuer and its built-in authorization server (both made with {@link #identifier()}): PAR and authorize too. */
    LoopbackIssuer serve(Function<String, CredentialIssuer> make, AuthorizationCodeServer server) {
        this.authorization = server;
        return serve(make);
    }

    CredentialIssuer issuer() {
        return issuer;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            int status;
            try {
                status = route(exchange, method, path);
            } catch (IssuanceException e) {
                IssuanceError error = e.error();
                error.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                status = respond(exchange, error.httpStatus(), error.toJson());
                log.add(method + " " + path + " -> " + status + " " + error.error() + ": " + error.description());
                return;
            } catch (IOException | RuntimeException e) {
                status = respond(exchange, 400, Map.of("error", "invalid_request", "error_description", "unreadable: " + e));
            }
            log.add(method + " " + path + " -> " + status);
        }
    }

    @SuppressWarnings("unchecked")
    private int route(HttpExchange exchange, String method, String path) throws IOException, IssuanceException {
        switch (method + " " + path) {
            case "GET /.well-known/openid-credential-issuer":
                return respond(exchange, 200, issuer.metadata());
            case "GET /.well-known/oauth-authorization-server":
                return respond(exchange, 200, issuer.authorizationServerMetadata());
            case "POST /token":
                exchange.getResponseHeaders().add("DPoP-Nonce", issuer.dpopNonce());
                return respond(exchange, 200, issuer.token(form(body(exchange)), http(exchange)));
            case "POST /par":
                return respond(exchange, 201, authorization.pushedAuthorizationRequest(form(body(exchange)), http(exchange)));
            case "GET /authorize": {
                // where the institution logs the learner in; here everyone is learner-42
                AuthorizationCodeServer.PendingAuthorization pending = authorization.authorizationRequest(
                        form(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery()));
                exchange.getResponseHeaders().add("Location", authorization.approve(pending.requestUri(), "learner-42").toString());
                exchange.sendResponseHeaders(302, -1);
                return 302;
            }
            case "POST /nonce":
                exchange.getResponseHeaders().add("Cache-Control", "no-store");
                return respond(exchange, 200, issuer.nonce());
            case "POST /credential":
                exchange.getResponseHeaders().add("DPoP-Nonce", issuer.dpopNonce());
                return respond(exchange, 200, issuer.credential(http(exchange), json.readValue(body(exchange), Map.class)));
            default:
                if (method.equals("GET") && path.startsWith("/offers/")) {
                    var offer = issuer.offerByReference(path.substring("/offers/".length()));
                    if (offer.isPresent()) {
                        return respond(exchange, 200, offer.get());
                    }
                }
                return respond(exchange, 404, Map.of("error", "not_found"));
        }
    }

    private ResourceRequest http(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        return new ResourceRequest(exchange.getRequestMethod(), identifier + exchange.getRequestURI().getRawPath(),
                headers.getFirst("Authorization"), headers.getFirst("DPoP"));
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : encoded.isEmpty() ? new String[0] : encoded.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    private int respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }
}
