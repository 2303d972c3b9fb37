package io.github.microcredentials.signing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSignerTest {

    private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);

    /** A stand-in signer: upper-cases the item after a random pause, fails items containing "bad". */
    private static byte[] slowUpperCase(byte[] item) throws CredentialParseException {
        String text = new String(item, StandardCharsets.UTF_8);
        if (text.contains("bad")) {
            throw new CredentialParseException(Problem.MALFORMED, "/name", "bad item " + text);
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> items(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ("item-" + i).getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    @Test
    void parallelBatch_keepsInputOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BatchResult result = BatchSigner.builder(BatchSignerTest::slowUpperCase).parallelism(4).maxInFlight(8).build()
                .run(items(300).iterator(), BatchSink.jsonLines(out));

        assertThat(result.signed()).isEqualTo(300);
        assertThat(result.failed()).isZero();
        assertThat(lines(out)).containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(i -> "ITEM-" + i).toList());
    }

    @Test
    void failedItems_areReportedWithTheirNumberAndSkipped() throws Exception {
        List<byte[]> input = new ArrayList<>(items(20));
        input.set(4, "bad five".getBytes(StandardCharsets.UTF_8));
        input.set(16, "bad seventeen".getBytes(StandardCharsets.UTF_8));
        List<ItemFailure> reported = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BatchResult result = BatchSigner.builder(BatchSignerTest::slowUpperCase).parallelism(3).onFailure(reported::add).build()
                .run(input.iterator(), BatchSink.jsonLines(out));

        assertThat(result.signed()).isEqualTo(18);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(reported).extracting(ItemFailure::item).containsExactly(5L, 17L);
        assertThat(result.failures()).isEqualTo(reported);
        assertThat(reported.get(0).location()).isEqualTo("/name");
        assertThat(reported.get(0).message()).isEqualTo("bad item bad five");
        assertThat(lines(out)).hasSize(18).doesNotContain("BAD FIVE").startsWith("ITEM-1", "ITEM-2", "ITEM-3", "ITEM-4", "ITEM-6");
    }

    @Test
    void reading_waitsForWriting_soMemoryStaysBounded() throws Exception {
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();
        Iterator<byte[]> counting = new Iterator<>() {
            private final Iterator<byte[]> items = items(2000).iterator();

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public byte[] next() {
                maxAhead.accumulateAndGet(read.incrementAndGet() - written.get(), Math::max);
                return items.next();
            }
        };
        BatchSink slowSink = (item, signed) -> {
            if (item % 100 == 0) {
                sleep(5);
            }
            written.incrementAndGet();
        };

        BatchSigner.builder(item -> item).parallelism(4).maxInFlight(16).build().run(counting, slowSink);

        assertThat(written.get()).isEqualTo(2000);
        // The reader waits for room before it reads an item: never more than 16 read and not written.
        assertThat(maxAhead.get()).isBetween(2L, 16L);
    }

    @Test
    void failuresInTheMiddleOfChunks_keepTheirNumbersAndTheOrder() throws Exception {
        // Every even item fails: each chunk of up to 16 mixes results and failures.
        List<byte[]> input = IntStream.rangeClosed(1, 2500).mapToObj(i -> ((i % 2 == 0 ? "bad-" : "item-") + i)
                .getBytes(StandardCharsets.UTF_8)).toList();
        List<ItemFailure> reported = new ArrayList<>();
        List<Long> written = new ArrayList<>();
        List<String> order = new ArrayList<>();     // both kinds, as the writer thread saw them

        // Signing takes microseconds: chunks are full (16 items).
        BatchResult result = BatchSigner.builder(item -> {
            String text = new String(item, StandardCharsets.UTF_8);
            if (text.contains("bad")) {
                throw new CredentialParseException(Problem.MALFORMED, "/name", "bad item " + text);
            }
            return text.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        }).parallelism(2)
                .onFailure(f -> {
                    reported.add(f);
                    order.add("failed " + f.item());
                })
                .build().run(input.iterator(), BatchSink.callback((item, signed) -> {
                    assertThat(new String(signed, StandardCharsets.UTF_8)).isEqualTo("ITEM-" + item);
                    written.add(item);
                    order.add("signed " + item);
                }));

        assertThat(result.signed()).isEqualTo(1250);
        assertThat(result.failed()).isEqualTo(1250);
        assertThat(reported).extracting(ItemFailure::item)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1250).map(i -> 2 * i).boxed().toList());
        assertThat(reported.get(41)).hasToString("item 84 at /name: bad item bad-84");
        assertThat(result.failures()).hasSize(BatchSigner.MAX_KEPT_FAILURES).isEqualTo(reported.subList(0, BatchSigner.MAX_KEPT_FAILURES));
        assertThat(written).containsExactlyElementsOf(LongStream.rangeClosed(0, 1249).map(i -> 2 * i + 1).boxed().toList());
        assertThat(order).containsExactlyElementsOf(LongStream.rangeClosed(1, 2500)
                .mapToObj(i -> (i % 2 == 0 ? "failed " : "signed ") + i).toList());
    }

    @Test
    void slowInput_getsEachResultOut_withoutWaitingForAFullChunk() throws Exception {
        // The next item is only read once the previous one is written: a batch that waited for a
        // chunk of several items to fill would never write the first.
        BlockingQueue<Long> written = new LinkedBlockingQueue<>();
        Iterator<byte[]> oneAtATime = new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= 40;
            }

            @Override
            public byte[] next() {
                if (next > 1) {
                    try {
                        assertThat(written.poll(10, TimeUnit.SECONDS)).as("item %d written before item %d is read", next - 1, next)
                                .isEqualTo(next - 1L);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return ("item-" + next++).getBytes(StandardCharsets.UTF_8);
            }
        };

        BatchResult result = BatchSigner.builder(item -> item).parallelism(2).build()
                .run(oneAtATime, BatchSink.callback((item, signed) -> written.add(item)));

        assertThat(result.signed()).isEqualTo(40);
    }

    @Test
    void slowSigner_getsItemsOneByOne_spreadOverTheWorkers() throws Exception {
        // 30 ms an item, like a remote key service: a worker that took 16 at once would hold back
        // their results and leave the other workers idle at the end.
        Map<Long, String> signedBy = new ConcurrentHashMap<>();
        List<byte[]> input = items(40);

        BatchResult result = BatchSigner.builder(item -> {
            sleep(30);
            String text = new String(item, StandardCharsets.UTF_8);
            signedBy.put(Long.parseLong(text.substring(text.indexOf('-') + 1)), Thread.currentThread().getName());
            return item;
        }).parallelism(4).build().run(input.iterator(), BatchSink.callback((i, s) -> { }));

        assertThat(result.signed()).isEqualTo(40);
        int longestRun = 1;
        int run = 1;
        for (long item = 2; item <= 40; item++) {
            run = signedBy.get(item).equals(signedBy.get(item - 1)) ? run + 1 : 1;
            longestRun = Math.max(longestRun, run);
        }
        assertThat(longestRun).as("consecutive items signed by one worker: %s", signedBy).isLessThan(4);
    }

    @Test
    void pausedInput_flushesTheJsonLinesWritten_beforeTheNextItemComes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong seenWhilePaused = new AtomicLong(-1);
        Iterator<byte[]> pausing = new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                if (next == 4) {
                    // The input pauses after three items: they reach the stream without a fourth or the end.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (lines(out).size() < 3 && System.nanoTime() < deadline) {
                        sleep(5);
                    }
                    seenWhilePaused.set(lines(out).size());
                }
                return next <= 5;
            }

            @Override
            public byte[] next() {
                return ("item-" + next++).getBytes(StandardCharsets.UTF_8);
            }
        };

        BatchSigner.builder(BatchSignerTest::slowUpperCase).parallelism(2).build().run(pausing, BatchSink.jsonLines(out));

        assertThat(seenWhilePaused.get()).isEqualTo(3);
        assertThat(lines(out)).containsExactly("ITEM-1", "ITEM-2", "ITEM-3", "ITEM-4", "ITEM-5");
    }

    @Test
    void signerError_stopsTheBatch_afterWritingTheItemsBeforeIt() {
        List<Long> written = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> BatchSigner.builder(item -> {
            if (new String(item, StandardCharsets.UTF_8).equals("item-40")) {
                throw new AssertionError("signer broke");
            }
            return item;
        }).parallelism(2).build().run(items(1000).iterator(), BatchSink.callback((item, signed) -> written.add(item))))
                .isInstanceOf(AssertionError.class).hasMessage("signer broke");
        assertThat(written).containsExactlyElementsOf(LongStream.rangeClosed(1, 39).boxed().toList());
    }

    @Test
    void jsonLines_numbersItemsByLine_skipsBlankLines_andIgnoresCarriageReturns() throws Exception {
        String input = "one\r\n\n   \ntwo\nbad three\r\nfour";
        List<ItemFailure> failures = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();

        BatchResult result = BatchSigner.builder(BatchSignerTest::slowUpperCase).onFailure(failures::add).build()
                .runJsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        BatchSink.callback((item, signed) -> numbers.add(item)));

        assertThat(numbers).containsExactly(1L, 4L, 6L);
        assertThat(failures).extracting(ItemFailure::item).containsExactly(5L);
        assertThat(result.signed() + result.failed()).isEqualTo(4);
    }

    @Test
    void failingSink_stopsTheBatchWithItsException() {
        BatchSink broken = (item, signed) -> {
            if (item == 50) {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> BatchSigner.builder(item -> item).parallelism(2).maxInFlight(4).build()
                .run(items(100_000).iterator(), broken)).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void failingInput_stopsTheBatchWithItsException() {
        Iterator<byte[]> broken = Stream.iterate(1, i -> i + 1).map(i -> {
            if (i == 30) {
                throw new IllegalStateException("source gone");
            }
            return ("item-" + i).getBytes(StandardCharsets.UTF_8);
        }).iterator();

        assertThatThrownBy(() -> BatchSigner.builder(item -> item).build().run(broken, BatchSink.callback((i, s) -> { })))
                .isInstanceOf(IllegalStateException.class).hasMessage("source gone");
    }

    @Test
    void progress_isReportedAtTheEnd_withRateAndTimeLeft() throws Exception {
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());

        BatchSigner.builder(BatchSignerTest::slowUpperCase).progress(reports::add, Duration.ofMillis(10)).expectedItems(60).build()
                .run(items(60).iterator(), BatchSink.callback((i, s) -> { }));

        Progress last = reports.get(reports.size() - 1);
        assertThat(last.done()).isEqualTo(60);
        assertThat(last.perSecond()).isPositive();
        assertThat(last.remaining()).contains(Duration.ZERO);
        assertThat(last.toString()).startsWith("60 of 60 done (0 failed), ");
        assertThat(reports).extracting(Progress::done).isSorted();
    }

    @Test
    void directorySink_writesOneFilePerCredential(@TempDir Path directory) throws Exception {
        BatchSigner.builder(BatchSignerTest::slowUpperCase).build().run(items(3).stream(), BatchSink.directory(directory));

        assertThat(Files.readString(directory.resolve("credential-000000002.json"))).isEqualTo("ITEM-2");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void dataIntegrityBatch_writesVerifiableJsonLines() throws Exception {
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).build();
        List<byte[]> credentials = IntStream.range(0, 40).mapToObj(i -> credential("Learner " + i)).toList();
        List<byte[]> input = new ArrayList<>(credentials);
        // A credential that keeps the data model but uses a term no context defines: refused by JSON-LD safe mode.
        input.set(7, ("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"VerifiableCredential\","
                + " \"issuer\": \"did:example:issuer\", \"credentialSubject\": {\"id\": \"did:example:learner\"},"
                + " \"unknownTerm\": 1}").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BatchResult result = BatchSigner.builder(signer).parallelism(2).build().run(input.iterator(), BatchSink.jsonLines(out));

        assertThat(result.signed()).isEqualTo(39);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo(8);
            assertThat(f.message()).contains("unknownTerm");
        });
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().build();
        List<String> lines = lines(out);
        assertThat(lines).hasSize(39).allSatisfy(line -> assertThat(verifier.verify(line).isValid()).isTrue());
        assertThat(lines.get(8)).contains("Learner 9");
    }

    @Test
    void signerFailure_isAFailureOfTheItem() throws Exception {
        BatchResult result = BatchSigner.builder(item -> {
            if (new String(item, StandardCharsets.UTF_8).endsWith("-2")) {
                throw new SigningException("HSM offline");
            }
            return item;
        }).build().run(items(3).iterator(), BatchSink.callback((i, s) -> { }));

        assertThat(result.signed()).isEqualTo(2);
        assertThat(result.failures()).singleElement().hasToString("item 2: HSM offline");
    }

    @Test
    void builder_rejectsNonsense() {
        BatchSigner.Builder builder = BatchSigner.builder(item -> item);
        assertThatThrownBy(() -> builder.parallelism(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxInFlight(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.expectedItems(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.progress(p -> { }, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemFailure(0, "", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] credential(String name) {
        return ("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"" + KEY.publicKey().did() + "\", \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"id\": \"did:example:learner\", \"name\": \"" + name + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
