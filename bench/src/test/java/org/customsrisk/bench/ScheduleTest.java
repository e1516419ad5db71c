package org.customsrisk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void spacesRequestsEvenlyWhateverTheAnswers() {
        Schedule schedule = Schedule.of(200, 3);

        assertThat(schedule.requests()).isEqualTo(600);
        assertThat(schedule.dueNanos(0)).isZero();
        assertThat(schedule.dueNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.dueNanos(599)).isEqualTo(2_995_000_000L);
    }

    @Test
    void fractionalRatesKeepTheirAverage() {
        Schedule schedule = Schedule.of(0.5, 10);

        assertThat(schedule.requests()).isEqualTo(5);
        assertThat(schedule.dueNanos(4)).isEqualTo(8_000_000_000L);
    }

    @Test
    void refusesANonPositiveRateOrDuration() {
        assertThatThrownBy(() -> Schedule.of(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.of(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
