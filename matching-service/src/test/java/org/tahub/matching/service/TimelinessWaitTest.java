package org.tahub.matching.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelinessWaitTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void theMedianAndNinetiethPercentileAreThoseOfTheTimesTaken() {
        TimelinessReport.Wait wait = new TimelinessReport.Wait();
        for (int s = 1; s <= 10; s++) {
            wait.add(T0, T0.plusSeconds(s * 100L), true, NOW);
        }
        Timeliness.Span span = wait.span();
        assertThat(span.reached()).isEqualTo(10);
        assertThat(span.medianSeconds()).as("mean of the 5th and 6th").isEqualTo(550);
        assertThat(span.p90Seconds()).as("nearest rank: the 9th of 10").isEqualTo(900);
        assertThat(span.maxSeconds()).isEqualTo(1000);
        assertThat(span.waiting()).isZero();
        assertThat(span.oldestWaitingSeconds()).isNull();
    }

    @Test
    void aNeedNotThereYetWaitsSinceItsSubmissionUnlessItNoLongerWaits() {
        TimelinessReport.Wait wait = new TimelinessReport.Wait();
        wait.add(T0, null, true, NOW);
        wait.add(T0.plusSeconds(86_400), null, true, NOW);
        wait.add(T0, null, false, NOW); // superseded: it waits no more
        Timeliness.Span span = wait.span();
        assertThat(span.reached()).isZero();
        assertThat(span.medianSeconds()).isNull();
        assertThat(span.waiting()).isEqualTo(2);
        assertThat(span.oldestWaitingSeconds()).isEqualTo(59L * 86_400);
    }

    @Test
    void oneTimeIsItsOwnMedianAndPercentile() {
        TimelinessReport.Wait wait = new TimelinessReport.Wait();
        wait.add(T0, T0.plusSeconds(42), false, NOW);
        assertThat(wait.span().medianSeconds()).isEqualTo(42);
        assertThat(wait.span().p90Seconds()).isEqualTo(42);
    }
}
