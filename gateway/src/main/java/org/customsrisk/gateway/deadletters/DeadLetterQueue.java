package org.customsrisk.gateway.deadletters;

/** A dead-letter queue of the platform; messages and consumers are null when it does not exist (yet). */
public record DeadLetterQueue(String queue, boolean exists, Long messages, Integer consumers) {
}
