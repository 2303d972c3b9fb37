package io.github.microcredentials.wallet;

import io.ktor.client.HttpClient;
import io.ktor.client.HttpClientConfig;
import io.ktor.client.HttpClientKt;
import io.ktor.client.engine.HttpClientEngineBase;
import io.ktor.client.engine.HttpClientEngineConfig;
import io.ktor.client.request.HttpRequestData;
import io.ktor.client.request.HttpResponseData;
import io.ktor.http.HeadersBuilder;
import io.ktor.http.HttpProtocolVersion;
import io.ktor.http.HttpStatusCode;
import io.ktor.http.content.OutgoingContent;
import io.ktor.util.date.DateJvmKt;
import io.ktor.utils.io.ByteChannelCtorKt;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kotlin.Unit;
import kotlin.coroutines.Continuation;
import kotlin.jvm.functions.Function0;

/**
 * A Ktor client engine on the JDK's {@link java.net.http.HttpClient}, for the EU OpenID4VCI client, which brings
 * no engine of its own (only Ktor's core). The EU client insists on {@code https} URLs; this engine sends a
 * request for {@code https://localhost:PORT} to the test's plain-HTTP loopback server on that port, so TLS is
 * the one thing these tests do not exercise. Any other host is refused: the tests never reach the network.
 */
final class JdkKtorEngine extends HttpClientEngineBase {

    private final HttpClientEngineConfig config = new HttpClientEngineConfig();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    JdkKtorEngine() {
        super("jdk-loopback");
    }

    /**
     * The factory the EU client takes: a Ktor client on this engine with JSON content negotiation, as the
     * library's own default factory configures it (with the library's JSON settings).
     *
     * @return the factory
     */
    static Function0<HttpClient> factory() {
        return () -> HttpClientKt.HttpClient(new JdkKtorEngine(), (HttpClientConfig<?> c) -> {
            c.install(io.ktor.client.plugins.contentnegotiation.ContentNegotiationKt.getContentNegotiation(), cfg -> {
                io.ktor.serialization.kotlinx.json.JsonSupportKt.json(cfg,
                        eu.europa.ec.eudi.openid4vci.internal.SerializationKt.getJsonSupport(),
                        io.ktor.http.ContentType.Application.INSTANCE.getJson());
                return Unit.INSTANCE;
            });
            return Unit.INSTANCE;
        });
    }

    @Override
    public HttpClientEngineConfig getConfig() {
        return config;
    }

    @Override
    public Object execute(HttpRequestData data, Continuation<? super HttpResponseData> continuation) {
        io.ktor.http.Url url = data.getUrl();
        if (!"localhost".equals(url.getHost()) || !"https".equals(url.getProtocol().getName())) {
            throw new IllegalStateException("the test engine only reaches https://localhost (the loopback issuer): " + url);
        }
        URI target = URI.create("http://127.0.0.1:" + url.getPort() + url.getEncodedPathAndQuery());
        OutgoingContent body = data.getBody();
        HttpRequest.BodyPublisher publisher;
        if (body instanceof OutgoingContent.ByteArrayContent bytes) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(bytes.bytes());
        } else if (body instanceof OutgoingContent.NoContent) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else {
            throw new IllegalStateException("request body kind not supported by the test engine: " + body.getClass());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .method(data.getMethod().getValue(), publisher);
        for (Map.Entry<String, List<String>> header : data.getHeaders().entries()) {
            for (String value : header.getValue()) {
                request.header(header.getKey(), value);
            }
        }
        if (body.getContentType() != null && data.getHeaders().get("Content-Type") == null) {
            request.header("Content-Type", body.getContentType().toString());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        HeadersBuilder headers = new HeadersBuilder();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> headers.append(name, value));
            }
        });
        byte[] bytes = response.body();
        return new HttpResponseData(HttpStatusCode.Companion.fromValue(response.statusCode()), DateJvmKt.GMTDate(null), headers.build(),
                HttpProtocolVersion.Companion.getHTTP_1_1(), ByteChannelCtorKt.ByteReadChannel(bytes, 0, bytes.length),
                // Ktor completes the call's job once the body is read: a job of its own, under the request's
                getCoroutineContext().plus(kotlinx.coroutines.JobKt.Job(data.getExecutionContext())));
    }
}
