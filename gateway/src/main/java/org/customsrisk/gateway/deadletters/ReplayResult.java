package org.customsrisk.gateway.deadletters;

/**
 * What a replay did: replayed messages were confirmed by the broker on customs.events and removed
 * from the queue; unroutable ones (no queue bound to their routing key any more) and those without an
 * x-death origin stayed in it.
 */
public record ReplayResult(String queue, int replayed, int unroutable, int withoutOrigin, long remaining) {
}
