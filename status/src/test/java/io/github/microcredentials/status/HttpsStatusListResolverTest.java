package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The opt-in fetcher's bounds: HTTPS only, same-host redirects, size limit, caching by ttl and validUntil. */
class HttpsStatusListResolverTest {

    private static final String LIST = "{\"id\":\"x\",\"validUntil\":\"2030-01-01T00:00:00Z\",\"credentialSubject\":{\"ttl\":60000}}";

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/list", exchange -> {
            fetches.incrementAndGet();
            byte[] body = LIST.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[20_000]);
            exchange.close();
        });
        server.createContext("/same", exchange -> {
            exchange.getResponseHeaders().add("Location", "/list");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://other.example/list");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void plainHttp_isRefusedByDefault() {
        HttpsStatusListResolver resolver = HttpsStatusListResolver.builder().build();
        assertThatThrownBy(() -> resolver.resolve(URI.create(base + "/list"))).isInstanceOf(StatusRetrievalException.class)
                .hasMessageContaining("only https");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void redirects_onlyToTheSameHost_sizeLimited_errorsReported() throws Exception {
        HttpsStatusListResolver resolver = HttpsStatusListResolver.builder().allowPlainHttp(true).maxBytes(10_000).build();
        assertThat(resolver.resolve(URI.create(base + "/same"))).isPresent();
        assertThatThrownBy(() -> resolver.resolve(URI.create(base + "/away"))).hasMessageContaining("another host");
        assertThatThrownBy(() -> resolver.resolve(URI.create(base + "/big"))).hasMessageContaining("more than 10000 bytes");
        assertThatThrownBy(() -> resolver.resolve(URI.create(base + "/gone"))).hasMessageContaining("HTTP 404");
    }

    @Test
    void cachedForItsTtl_thenFetchedAgain() throws Exception {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        HttpsStatusListResolver resolver = HttpsStatusListResolver.builder().allowPlainHttp(true).clock(clock).build();
        URI url = URI.create(base + "/list");
        StatusListDocument first = resolver.resolve(url).orElseThrow();
        assertThat(resolver.resolve(url).orElseThrow()).isSameAs(first);
        now[0] = now[0].plus(Duration.ofSeconds(59));
        assertThat(resolver.resolve(url).orElseThrow()).isSameAs(first);
        now[0] = now[0].plus(Duration.ofSeconds(2));
        assertThat(resolver.resolve(url).orElseThrow()).isNotSameAs(first);
        assertThat(fetches).hasValue(2);
    }
}
