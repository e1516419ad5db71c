package org.customsrisk.common.events;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.customsrisk.contracts.CloudEventHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * An event as every service publishes it on {@code customs.events}: routing key
 * {@code <type>.<tenant>}, persistent, JSON, the CloudEvents AMQP headers plus {@code tenant} and
 * {@code traceparent}. {@link #message()} hands it to an emitter of a channel with publisher
 * confirms; {@link #confirmed()} completes when the broker confirmed it and fails when it refused it.
 */
public final class CloudEvent {

    private final Message<byte[]> message;
    private final CompletableFuture<UUID> confirmed = new CompletableFuture<>();

    private CloudEvent(UUID id, String type, String source, String tenant, String subject, Instant time,
            String json, String traceparent) {
        OutgoingRabbitMQMetadata.Builder metadata = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(type + "." + tenant)
                .withMessageId(id.toString())
                .withContentType("application/json")
                .withContentEncoding(StandardCharsets.UTF_8.name())
                .withDeliveryMode(2)
                .withTimestamp(time.atZone(ZoneOffset.UTC))
                .withHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .withHeader(CloudEventHeaders.ID, id.toString())
                .withHeader(CloudEventHeaders.TYPE, type)
                .withHeader(CloudEventHeaders.SOURCE, source)
                .withHeader(CloudEventHeaders.TIME, time.toString())
                .withHeader(CloudEventHeaders.SUBJECT, subject)
                .withHeader(CloudEventHeaders.TENANT, tenant);
        if (traceparent != null) {
            metadata.withHeader(CloudEventHeaders.TRACEPARENT, traceparent);
        }
        this.message = Message.of(json.getBytes(StandardCharsets.UTF_8), Metadata.of(metadata.build()),
                () -> {
                    confirmed.complete(id);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    confirmed.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
    }

    /**
     * @param source the publishing service, e.g. {@code /scoring-service}
     * @param subject what the event is about, e.g. the declaration id
     * @param traceparent the W3C trace context to pass on, or null
     */
    public static CloudEvent of(UUID id, String type, String source, String tenant, String subject, Instant time,
            String json, String traceparent) {
        return new CloudEvent(id, type, source, tenant, subject, time, json, traceparent);
    }

    public Message<byte[]> message() {
        return message;
    }

    public CompletableFuture<UUID> confirmed() {
        return confirmed;
    }
}
