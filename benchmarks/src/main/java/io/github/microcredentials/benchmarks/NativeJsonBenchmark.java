package io.github.microcredentials.benchmarks;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Native JSON write and strict read of the sample micro-credential, single thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NativeJsonBenchmark {

    private final NativeJson json = NativeJson.create();
    private final MicroCredential credential = Samples.microCredential();
    private final byte[] bytes = json.writeBytes(credential);

    /** Writes the credential. @return the bytes */
    @Benchmark
    public byte[] write() {
        return json.writeBytes(credential);
    }

    /** Reads the credential strictly. @return the credential @throws CredentialParseException never */
    @Benchmark
    public MicroCredential read() throws CredentialParseException {
        return json.read(bytes, MicroCredential.class);
    }
}
