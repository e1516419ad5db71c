package org.customsrisk.gateway.deadletters;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "gateway.dead-letters")
public interface DeadLetterConfig {

    /** The dead-letter queues of the platform's consumers; only these can be read and replayed. */
    List<String> queues();

    /** How much of a message's body a peek shows. */
    int bodyPreviewBytes();

    /** How long a replay waits for the broker to confirm one republished message. */
    Duration confirmTimeout();
}
