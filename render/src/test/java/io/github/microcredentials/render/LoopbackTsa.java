package io.github.microcredentials.render;

import io.github.microcredentials.testfixtures.TestPki;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority served over HTTP on the loopback address, in the test
 * process, signing with the test PKI's TSA key; the library reaches it with its own HTTP client
 * ({@code TsaClient.http}). It answers a bounded number of requests and stops when closed.
 */
final class LoopbackTsa implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final TestPki.Issued tsa;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong();
    final AtomicInteger requests = new AtomicInteger();

    LoopbackTsa(TestPki.Issued tsa, Clock clock) throws IOException {
        this.tsa = tsa;
        this.clock = clock;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "loopback-tsa");
        thread.setDaemon(true);
        thread.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/tsa");
    }

    private void serve() {
        while (!socket.isClosed() && requests.get() < 100) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(10_000);
                byte[] body = readRequest(connection.getInputStream());
                requests.incrementAndGet();
                byte[] reply = respond(body);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " + reply.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(reply);
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(Math.min(length, 65_536));
    }

    private byte[] respond(byte[] body) throws IOException {
        try {
            TimeStampRequest request = new TimeStampRequest(body);
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.2.3.4.5"));
            generator.addCertificates(new JcaCertStore(tsa.chain()));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED);
            return responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant())).getEncoded();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
