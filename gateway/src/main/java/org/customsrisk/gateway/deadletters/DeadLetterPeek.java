package org.customsrisk.gateway.deadletters;

import java.util.List;

/** The first messages of a dead-letter queue, left in it. */
public record DeadLetterPeek(String queue, long messages, List<DeadLetter> deadLetters) {
}
