package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class TourTest {

    @Test
    void theTourRuns() {
        assertThatCode(() -> Tour.main(new String[0])).doesNotThrowAnyException();
    }
}
