package org.customsrisk.ingestion.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = EventIds.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() throws InterruptedException {
        UUID earlier = EventIds.next();
        Thread.sleep(3);
        UUID later = EventIds.next();

        assertThat(later.getMostSignificantBits() >>> 16).isGreaterThan(earlier.getMostSignificantBits() >>> 16);
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsDoNotRepeat() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(EventIds.next());
        }

        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}
