package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.jose.JwtClaims;
import io.github.microcredentials.signing.internal.json.StrictJson;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** NumericDate claims beyond what an Instant holds are no date, not an exception (a vcJwt fuzz finding). */
class JwtNumericDateTest {

    @Test
    void datesInRange_areRead_truncatingFractions() {
        assertThat(JwtClaims.numericDate(StrictJson.PROVIDER.createValue(1_700_000_000.9))).contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void numbersBeyondInstant_areNoDate() {
        for (String seconds : new String[] {"31556889864403200", "-31557014167219201", "1e20", "99999999999999999999999"}) {
            assertThat(JwtClaims.numericDate(StrictJson.PROVIDER.createValue(new BigDecimal(seconds)))).as(seconds).isEmpty();
        }
    }
}
