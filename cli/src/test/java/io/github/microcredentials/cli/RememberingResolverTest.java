package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link BatchSign.RememberingResolver}: the signer's own method is resolved once; failures and other ids are not kept. */
class RememberingResolverTest {

    private static final SigningKey KEY = SigningKey.generate(KeyType.ED25519);
    private static final URI OWN = KEY.publicKey().didKeyVerificationMethod();
    private static final URI OTHER = SigningKey.generate(KeyType.ED25519).publicKey().didKeyVerificationMethod();

    @Test
    void ownMethod_isResolvedOnce_otherIdsEveryTime() throws SigningException {
        AtomicInteger calls = new AtomicInteger();
        KeyResolver counting = id -> {
            calls.incrementAndGet();
            return KeyResolver.didKey().resolve(id);
        };
        KeyResolver remembering = new BatchSign.RememberingResolver(counting, OWN);
        assertThat(remembering.resolve(OWN)).isEqualTo(KeyResolver.didKey().resolve(OWN)).isPresent();
        assertThat(remembering.resolve(OWN)).isEqualTo(KeyResolver.didKey().resolve(OWN));
        assertThat(calls).hasValue(1);
        remembering.resolve(OTHER);
        remembering.resolve(OTHER);
        assertThat(calls).hasValue(3);
    }

    @Test
    void failureOrNothingFound_isNotKept_eachItemGetsItsOwn() throws SigningException {
        AtomicInteger calls = new AtomicInteger();
        KeyResolver flaky = id -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                throw new SigningException("offline");
            }
            return call == 2 ? java.util.Optional.empty() : KeyResolver.didKey().resolve(id);
        };
        KeyResolver remembering = new BatchSign.RememberingResolver(flaky, OWN);
        assertThatThrownBy(() -> remembering.resolve(OWN)).isInstanceOf(SigningException.class).hasMessage("offline");
        assertThat(remembering.resolve(OWN)).isEmpty();
        assertThat(remembering.resolve(OWN)).isPresent();
        assertThat(remembering.resolve(OWN)).isPresent();
        assertThat(calls).hasValue(3);
    }
}
