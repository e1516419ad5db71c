package org.customsrisk.ingestion.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The outbox is vacuumed after a fixed number of published events, not after a fifth of the
 * retained table: otherwise the relay's scans of the pending index slow down as retention grows.
 */
@QuarkusIntegrationTest
class OutboxUpkeepIT {

    @Test
    void autovacuumCleansTheOutboxAfterAFixedNumberOfDeadEvents() {
        assertThat(IngestionDatabase.count("""
                select count(*) from pg_class
                where relname = 'outbox_event'
                  and reloptions @> array['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=5000']""")).isOne();
    }
}
