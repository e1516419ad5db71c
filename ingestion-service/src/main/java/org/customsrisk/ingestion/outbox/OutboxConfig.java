package org.customsrisk.ingestion.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ingestion.outbox")
public interface OutboxConfig {

    /** Events published per transaction of the relay. */
    @WithDefault("500")
    int batchSize();

    /**
     * How often the relay looks for events left pending by an outage; it also runs right after every
     * commit that added events. Read by the relay's schedule.
     */
    @WithDefault("2s")
    Duration pollInterval();

    /** How long the relay waits for the broker's confirms of one batch. */
    @WithDefault("30s")
    Duration confirmTimeout();

    /** Beyond this age of the oldest pending event, the outbox wellness check reports DOWN. */
    @WithDefault("5m")
    Duration maxPendingAge();

    /** How long published events stay in the outbox, for audit and replay. */
    @WithDefault("P7D")
    Duration retention();
}
