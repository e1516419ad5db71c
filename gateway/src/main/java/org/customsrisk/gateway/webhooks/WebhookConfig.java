package org.customsrisk.gateway.webhooks;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhookConfig {

    /** Attempts of one delivery before it is FAILED. */
    int maxAttempts();

    /** Wait after the first failed attempt; it doubles after each further one. */
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    Duration maxBackoff();

    /** How long a receiver may take to answer. */
    Duration requestTimeout();

    /** How often due deliveries are looked for. */
    Duration pollInterval();

    /** Whether http URLs and private or loopback addresses are accepted (tests and local runs only). */
    boolean allowInsecureUrls();
}
