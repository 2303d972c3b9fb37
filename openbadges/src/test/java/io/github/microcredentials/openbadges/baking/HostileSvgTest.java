package io.github.microcredentials.openbadges.baking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SVG with external entities, external DTDs and entity bombs: each is a finding, never an
 * exception, and nothing is fetched: a listener on the loopback address counts every connection.
 */
class HostileSvgTest {

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    connections.incrementAndGet();
                    socket.close();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
        acceptor.join(2000);
        assertThat(connections).as("connections to the loopback listener").hasValue(0);
    }

    private String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/x";
    }

    private static UnbakeResult unbake(String svg) {
        return BadgeBaker.create().unbake(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalGeneralEntity_isRefused() {
        UnbakeResult result = unbake("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY xxe SYSTEM '" + url() + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>"
                + "<openbadges:credential>&xxe;</openbadges:credential></svg>");

        assertThat(result.credential()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(BakingProblem.Code.ENTITY_DECLARATION);
            assertThat(p.message()).contains("nothing was expanded or fetched");
        });
    }

    @Test
    void externalParameterEntity_isRefused() {
        UnbakeResult result = unbake("<!DOCTYPE svg [<!ENTITY % p SYSTEM '" + url() + "'> %p;]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'/>");

        assertThat(result.problems()).singleElement().extracting(BakingProblem::code)
                .isEqualTo(BakingProblem.Code.ENTITY_DECLARATION);
    }

    @Test
    void entityBomb_isRefusedWithoutExpanding() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        UnbakeResult result = unbake(doctype + "]><svg xmlns='http://www.w3.org/2000/svg'>&a9;</svg>");

        assertThat(result.problems()).singleElement().extracting(BakingProblem::code)
                .isEqualTo(BakingProblem.Code.ENTITY_DECLARATION);
    }

    @Test
    void externalDtd_isNeverLoaded_andTheCredentialIsRead() {
        UnbakeResult result = unbake("<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' '" + url() + "'>"
                + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>"
                + "<openbadges:credential verify='" + TestImages.CREDENTIAL_JWS + "'/>"
                + "<image href='" + url() + "'/></svg>");

        assertThat(result.credential()).isPresent();
    }

    @Test
    void undeclaredEntityInTheCredential_isAFinding() {
        UnbakeResult result = unbake("<svg xmlns='http://www.w3.org/2000/svg' xmlns:openbadges='https://purl.imsglobal.org/ob/v3p0'>"
                + "<openbadges:credential>&nope;</openbadges:credential></svg>");

        assertThat(result.credential()).isEmpty();
        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    void bakingAnSvgWithExternalEntities_isRefused() {
        byte[] svg = ("<!DOCTYPE svg [<!ENTITY xxe SYSTEM '" + url() + "'>]><svg xmlns='http://www.w3.org/2000/svg'>&xxe;</svg>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BadgeBaker.create().bake(svg, TestImages.CREDENTIAL_JWS))
                .isInstanceOfSatisfying(BakingException.class, e -> assertThat(e.problem().code())
                        .isEqualTo(BakingProblem.Code.ENTITY_DECLARATION));
    }
}
