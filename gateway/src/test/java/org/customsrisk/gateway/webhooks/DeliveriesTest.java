package org.customsrisk.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveriesTest {

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(2);
        Duration max = Duration.ofMinutes(1);
        assertThat(Deliveries.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Deliveries.backoff(2, initial, max)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Deliveries.backoff(5, initial, max)).isEqualTo(Duration.ofSeconds(32));
        assertThat(Deliveries.backoff(6, initial, max)).isEqualTo(max);
        assertThat(Deliveries.backoff(200, initial, max)).isEqualTo(max);
    }
}
