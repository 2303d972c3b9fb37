package io.github.microcredentials.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.PresentationOptions;
import io.github.microcredentials.signing.PresentationReport;
import io.github.microcredentials.signing.PresentationVerifier;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.IssuerBinding;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small VC-API server over the library's Data Integrity signer and verifier, so that the W3C test
 * suites (vc-di-eddsa, vc-di-ecdsa, vc-data-model-2.0) can be run against the library; the script
 * {@code test-tools/w3c-suites/run.sh} starts it and runs them. It is an example, not a product:
 * plain HTTP, by default on the loopback interface only, no authentication.
 *
 * <p>Endpoints (request and response shapes of the <a href="https://w3c-ccg.github.io/vc-api/">VC API</a>):
 * <ul>
 *   <li>{@code GET /endpoints}: what the server offers, as an implementation manifest of W3C's
 *       {@code vc-test-suite-implementations} (issuers, verifiers and presentation verifiers with their
 *       cryptosuite tags), so that the harness writes the suites' configuration from it.</li>
 *   <li>{@code POST /issuers/{cryptosuite}/{keyType}/credentials/issue} (for example
 *       {@code /issuers/ecdsa-rdfc-2019/P-256/credentials/issue}) with {@code {"credential": …, "options": …}}:
 *       201 and {@code {"verifiableCredential": …}}; 400 when the library refuses the credential. There is one
 *       issuer per cryptosuite and key type the library signs with; {@code /issuers/{cryptosuite}/…} is the
 *       suite's first issuer and {@code POST /credentials/issue} the {@code eddsa-rdfc-2022} one.</li>
 *   <li>{@code POST /credentials/verify} with {@code {"verifiableCredential": …, "options": …}}: 200 and
 *       {@code {"checks": ["proof"], "warnings": […], "errors": []}} when the library finds the credential
 *       valid (the report's warnings, such as an issuer binding accepted by policy, in {@code warnings}), 400
 *       with the failures in {@code errors} otherwise; {@code report} carries the library's report.</li>
 *   <li>{@code POST /presentations/verify} with {@code {"verifiablePresentation": …, "options": {"challenge",
 *       "domain"}}}: verified by the library's {@code PresentationVerifier} (the holder's proof with the given
 *       challenge and domain, and each enclosed credential): 200 when valid, 400 with the failures otherwise.</li>
 * </ul>
 *
 * <p>Keys: {@code --keys FILE} names a properties file that maps a cryptosuite to PKCS#8 PEM private keys
 * ({@code eddsa-rdfc-2022 = ed25519.pem}, {@code ecdsa-rdfc-2019 = p256.pem, p384.pem}; paths relative to the
 * file), so that the issuers keep their {@code did:key} from one run to the next; an issuer without a key there
 * gets one generated at start and never stored.
 *
 * <p>Issuer binding: the server's verifiers use {@link IssuerBinding#ACCEPT_UNESTABLISHED}, not the library's
 * default {@link IssuerBinding#REQUIRED}. The W3C suites' own vectors (the vc-di-ecdsa specification's P-256 and
 * P-384 credentials, for one) name an {@code https} issuer ({@code https://vc.example/issuers/5678}) whose
 * controller document exists nowhere, and sign with a {@code did:key}; the suites expect them to verify, because
 * they test the cryptosuite, not who the issuer is. Under the default such a proof is
 * {@code INDETERMINATE} ({@code ISSUER_BINDING_UNESTABLISHED}) and the server would answer 400. Relaxing the
 * policy here keeps every other check (signature, proof purpose, data model, a key known not to be the
 * issuer's is still {@code CONTROLLER_MISMATCH}); the binding is reported as a warning in {@code report}. A
 * real verifier should keep {@code REQUIRED}, or supply the issuers' DID or controller documents to its key
 * resolver: binding the issuer to the key is what stops a stranger signing in a university's name.
 *
 * <p>Start it with {@code test-tools/w3c-suites/run.sh --server-only} (see {@code test-tools/w3c-suites/README.md}).
 */
public final class VcApiServer implements AutoCloseable {

    /** Bigger than any credential of the suites, small enough that no request can exhaust memory. */
    private static final int MAX_REQUEST_BYTES = 1 << 20;
    private static final URI EXAMPLES_CONTEXT = URI.create("https://www.w3.org/ns/credentials/examples/v2");
    private static final String ISSUE_SUFFIX = "/credentials/issue";
    private static final String VERIFY_PATH = "/credentials/verify";
    private static final String VERIFY_PRESENTATION_PATH = "/presentations/verify";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json;
    private final Map<String, Issuer> issuers;
    private final DataIntegrityVerifier verifier;
    private final PresentationVerifier presentations;

    private record Issuer(Cryptosuite suite, SigningKey key, DataIntegritySigner signer) {
        String name() {
            return suite.id() + "/" + key.type().label();
        }

        String path() {
            return "/issuers/" + name() + ISSUE_SUFFIX;
        }
    }

    private VcApiServer(InetSocketAddress address, Map<Cryptosuite, List<SigningKey>> keys) throws IOException {
        JsonLdContexts contexts = contexts();
        this.issuers = new LinkedHashMap<>();
        for (Cryptosuite suite : Cryptosuite.values()) {
            List<SigningKey> configured = keys.getOrDefault(suite, List.of());
            for (SigningKey key : configured) {
                // the library refuses a key its suite does not sign with (IllegalArgumentException)
                addIssuer(suite, key, contexts);
            }
            // One issuer per key type the suite signs with: the signer builder is what knows which those are.
            for (KeyType type : KeyType.values()) {
                if (type == KeyType.RSA || configured.stream().anyMatch(k -> k.type() == type)) {
                    continue;
                }
                try {
                    addIssuer(suite, SigningKey.generate(type), contexts);
                } catch (IllegalArgumentException notThisSuitesKeyType) {
                    // the suite does not sign with this key type
                }
            }
        }
        // A test adapter, not a verifier to copy: see the class comment on issuer binding.
        this.verifier = DataIntegrityVerifier.builder()
                .contexts(contexts)
                .issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED)
                .build();
        this.presentations = PresentationVerifier.of(verifier);
        this.json = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        this.server = HttpServer.create(address, 0);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void addIssuer(Cryptosuite suite, SigningKey key, JsonLdContexts contexts) {
        DataIntegritySigner signer = DataIntegritySigner.builder(suite, key.signer()).contexts(contexts).build();
        Issuer issuer = new Issuer(suite, key, signer);
        if (issuers.putIfAbsent(issuer.name(), issuer) != null) {
            throw new IllegalArgumentException("two " + key.type().label() + " keys configured for " + suite.id());
        }
    }

    /**
     * Starts a server whose issuers sign with keys generated now.
     *
     * @param address where to listen; port 0 picks a free port
     * @return the running server
     * @throws IOException if the address cannot be bound
     */
    public static VcApiServer start(InetSocketAddress address) throws IOException {
        return new VcApiServer(address, Map.of());
    }

    /**
     * Starts a server whose issuers sign with the given keys. There is one issuer per cryptosuite and key type
     * the suite signs with; one without a configured key gets a key generated now.
     *
     * @param address where to listen; port 0 picks a free port
     * @param keys the keys of each cryptosuite's issuers, at most one per key type
     * @return the running server
     * @throws IOException if the address cannot be bound
     * @throws IllegalArgumentException if a key is of a type its suite does not sign with, or two keys of a
     *     suite have the same type
     */
    public static VcApiServer start(InetSocketAddress address, Map<Cryptosuite, List<SigningKey>> keys)
            throws IOException {
        return new VcApiServer(address, Map.copyOf(keys));
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server, letting requests in progress finish for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    /**
     * Runs the server until the process is stopped: {@code --port N} (default 8080), {@code --host ADDRESS}
     * (default the loopback address) and {@code --keys FILE} (see the class comment).
     *
     * @param args the options
     * @throws IOException if the address cannot be bound or a key file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int port = 8080;
        InetAddress host = InetAddress.getLoopbackAddress();
        Map<Cryptosuite, List<SigningKey>> keys = Map.of();
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --port N, --host ADDRESS, --keys FILE");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--host" -> host = InetAddress.getByName(args[i + 1]);
                case "--keys" -> keys = readKeys(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException(
                        "unknown option " + args[i] + " (use --port N, --host ADDRESS, --keys FILE)");
            }
        }
        VcApiServer running = start(new InetSocketAddress(host, port), keys);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        System.out.println("VC-API server on http://" + host.getHostAddress() + ":" + running.port()
                + "/ (GET /endpoints lists it)");
    }

    /**
     * Reads a key configuration: a properties file mapping cryptosuite names to PKCS#8 PEM files, several
     * separated by commas ({@code ecdsa-rdfc-2019 = p256.pem, p384.pem}).
     *
     * @param file the properties file
     * @return the keys of each named suite
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if a suite is unknown or a file holds no supported private key
     */
    public static Map<Cryptosuite, List<SigningKey>> readKeys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Path base = file.toAbsolutePath().getParent();
        Map<Cryptosuite, List<SigningKey>> keys = new EnumMap<>(Cryptosuite.class);
        for (String name : properties.stringPropertyNames()) {
            Cryptosuite suite = Cryptosuite.of(name).orElseThrow(() -> new IllegalArgumentException(
                    file + ": the library has no cryptosuite " + name));
            List<SigningKey> suiteKeys = new ArrayList<>();
            for (String pem : properties.getProperty(name).split(",")) {
                suiteKeys.add(SigningKey.fromPkcs8Pem(Files.readString(base.resolve(pem.trim()), StandardCharsets.US_ASCII)));
            }
            keys.put(suite, List.copyOf(suiteKeys));
        }
        return keys;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/endpoints")) {
                respond(exchange, "GET".equals(method) ? 200 : 405, endpoints(exchange));
            } else if (!"POST".equals(method)) {
                respond(exchange, 405, error("use POST"));
            } else if (path.equals(ISSUE_SUFFIX)) {
                issue(exchange, issuer(Cryptosuite.EDDSA_RDFC_2022.id()));
            } else if (path.startsWith("/issuers/") && path.endsWith(ISSUE_SUFFIX)) {
                String name = path.substring("/issuers/".length(), path.length() - ISSUE_SUFFIX.length());
                Issuer issuer = issuer(name);
                if (issuer == null) {
                    respond(exchange, 404, error("this server has no issuer " + name));
                } else {
                    issue(exchange, issuer);
                }
            } else if (path.equals(VERIFY_PATH)) {
                verify(exchange, "verifiableCredential");
            } else if (path.equals(VERIFY_PRESENTATION_PATH)) {
                verifyPresentation(exchange);
            } else {
                respond(exchange, 404, error("no endpoint " + path));
            }
        } catch (RuntimeException e) {
            // An example server answers a defect instead of dropping the connection, so the suites report it.
            respond(exchange, 500, error("server defect: " + e));
        }
    }

    /** The issuer named {@code suite/key type}, or the suite's first issuer for a bare suite name. */
    private Issuer issuer(String name) {
        Issuer issuer = issuers.get(name);
        if (issuer == null) {
            issuer = issuers.values().stream().filter(i -> i.suite().id().equals(name)).findFirst().orElse(null);
        }
        return issuer;
    }

    private void issue(HttpExchange exchange, Issuer issuer) throws IOException {
        JsonNode body = requestBody(exchange);
        if (body == null) {
            return;
        }
        JsonNode credential = body.get("credential");
        if (credential == null || !credential.isObject()) {
            respond(exchange, 400, error("the request needs a \"credential\" object"));
            return;
        }
        byte[] signed;
        try {
            signed = issuer.signer().sign(json.writeValueAsBytes(credential));
        } catch (CredentialParseException e) {
            respond(exchange, 400, error(e.getMessage()));
            return;
        } catch (SigningException e) {
            respond(exchange, 500, error("signing failed: " + e.getMessage()));
            return;
        }
        ObjectNode out = json.createObjectNode();
        out.set("verifiableCredential", json.readTree(signed));
        respond(exchange, 201, out);
    }

    private void verify(HttpExchange exchange, String member) throws IOException {
        JsonNode body = requestBody(exchange);
        if (body == null) {
            return;
        }
        JsonNode document = body.get(member);
        if (document == null || !document.isObject()) {
            respond(exchange, 400, error("the request needs a \"" + member + "\" object"));
            return;
        }
        VerificationReport report = verifier.verify(json.writeValueAsBytes(document));
        ObjectNode out = json.createObjectNode();
        out.put("verified", report.isValid());
        out.putArray("checks").add("proof");
        // among them an issuer binding accepted by the server's policy, so that a client sees it was not checked
        report.warnings().forEach(out.putArray("warnings")::add);
        ArrayNode errors = out.putArray("errors");
        if (!report.isValid()) {
            List<Failure> failures = report.allFailures();
            if (failures.isEmpty()) {
                errors.add(report.summary());
            }
            failures.forEach(f -> errors.add(f.toString()));
        }
        out.set("report", json.readTree(report.toJson()));
        respond(exchange, report.isValid() ? 200 : 400, out);
    }

    private void verifyPresentation(HttpExchange exchange) throws IOException {
        JsonNode body = requestBody(exchange);
        if (body == null) {
            return;
        }
        JsonNode document = body.get("verifiablePresentation");
        if (document == null || !document.isObject()) {
            respond(exchange, 400, error("the request needs a \"verifiablePresentation\" object"));
            return;
        }
        JsonNode options = body.path("options");
        PresentationOptions expected = new PresentationOptions(text(options, "challenge"), text(options, "domain"));
        PresentationReport report = presentations.verify(json.writeValueAsBytes(document), expected);
        ObjectNode out = json.createObjectNode();
        out.put("verified", report.isValid());
        out.putArray("checks").add("proof");
        out.putArray("warnings");
        ArrayNode errors = out.putArray("errors");
        if (!report.isValid()) {
            errors.add(report.summary());
            report.allFailures().forEach(f -> errors.add(f.toString()));
        }
        out.set("report", json.readTree(report.toJson()));
        respond(exchange, report.isValid() ? 200 : 400, out);
    }

    /** A non-empty text option. */
    private static Optional<String> text(JsonNode options, String name) {
        JsonNode value = options.path(name);
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The body as a JSON object, or null after answering 400 or 413. */
    private JsonNode requestBody(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (bytes.length > MAX_REQUEST_BYTES) {
            respond(exchange, 413, error("the request is larger than " + MAX_REQUEST_BYTES + " bytes"));
            return null;
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            respond(exchange, 400, error("the request is not JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (body == null || !body.isObject()) {
            respond(exchange, 400, error("the request must be a JSON object"));
            return null;
        }
        return body;
    }

    /**
     * The implementation manifest, in the format of W3C's vc-test-suite-implementations: the tags name the
     * cryptosuites, {@code vc2.0} marks the endpoints the data-model suite uses.
     */
    private ObjectNode endpoints(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String base = "http://" + (host != null ? host : "127.0.0.1:" + port());
        ObjectNode out = json.createObjectNode();
        out.put("name", "microcredentials-java");
        out.put("implementation", "microcredentials-java VcApiServer");
        ArrayNode list = out.putArray("issuers");
        List<String> suites = new ArrayList<>();
        List<String> keyTypes = new ArrayList<>();
        boolean dataModelIssuer = false;
        for (Issuer issuer : issuers.values()) {
            ObjectNode entry = list.addObject()
                    .put("id", issuer.key().publicKey().did().toString())
                    .put("endpoint", base + issuer.path());
            ArrayNode tags = entry.putArray("tags").add(issuer.suite().id());
            if (issuer.suite() == Cryptosuite.EDDSA_RDFC_2022 && !dataModelIssuer) {
                tags.add("vc2.0");
                dataModelIssuer = true;
            }
            entry.putObject("supports").putArray("vc").add("1.1").add("2.0");
            String keyType = issuer.key().type().label();
            if (issuer.key().type() != KeyType.ED25519) {
                entry.putArray("supportedEcdsaKeyTypes").add(keyType);
                if (!keyTypes.contains(keyType)) {
                    keyTypes.add(keyType);
                }
            }
            if (!suites.contains(issuer.suite().id())) {
                suites.add(issuer.suite().id());
            }
        }
        ArrayNode verifierTags = json.createArrayNode();
        suites.forEach(verifierTags::add);
        verifierTags.add("vc2.0");
        ObjectNode verifierNode = out.putArray("verifiers").addObject()
                .put("id", base + "/verifiers/library")
                .put("endpoint", base + VERIFY_PATH);
        verifierNode.set("tags", verifierTags);
        verifierNode.putObject("supports").putArray("vc").add("1.1").add("2.0");
        keyTypes.forEach(verifierNode.putArray("supportedEcdsaKeyTypes")::add);
        ObjectNode presentations = out.putArray("vpVerifiers").addObject()
                .put("id", base + "/verifiers/library")
                .put("endpoint", base + VERIFY_PRESENTATION_PATH);
        presentations.putArray("tags").add("vc2.0");
        presentations.putObject("supports").putArray("vc").add("2.0");
        return out;
    }

    private ObjectNode error(String message) {
        ObjectNode out = json.createObjectNode();
        out.put("verified", false);
        out.putArray("errors").add(message);
        return out;
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The VC 2.0 examples context, which the W3C suites use in most of their credentials. */
    /** The contexts the server signs and verifies with: the bundled ones and the W3C examples context. */
    static JsonLdContexts contexts() {
        return JsonLdContexts.bundled().with(EXAMPLES_CONTEXT, examplesContext());
    }

    private static byte[] examplesContext() {
        try (InputStream in = VcApiServer.class.getResourceAsStream("credentials-examples-v2.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("credentials-examples-v2.jsonld is missing from the examples jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read credentials-examples-v2.jsonld", e);
        }
    }
}
