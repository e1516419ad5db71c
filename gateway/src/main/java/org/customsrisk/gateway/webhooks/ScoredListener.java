package org.customsrisk.gateway.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.Events;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * declaration.scored of every tenant in; one PENDING delivery per webhook of the event's tenant
 * out, committed before the message is acked. A redelivered event adds nothing (one delivery per
 * webhook and event id). A message that is not a readable declaration.scored of the tenant its
 * header names goes to the dead-letter queue.
 */
@ApplicationScoped
public class ScoredListener {

    private static final Logger LOG = Logger.getLogger(ScoredListener.class);

    private final Deliveries deliveries;
    private final ObjectMapper json;

    ScoredListener(Deliveries deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    @Incoming("declarations-scored")
    @Blocking(ordered = false)
    public CompletionStage<Void> onScored(Message<byte[]> message) {
        String tenant = header(message, CloudEventHeaders.TENANT);
        String eventId = header(message, CloudEventHeaders.ID);
        ObjectNode envelope;
        try {
            JsonNode scored = json.readTree(message.getPayload());
            if (tenant == null || eventId == null || scored == null || !tenant.equals(scored.path("tenant").asText(null))) {
                throw new IOException("tenant header '" + tenant + "', event id '" + eventId
                        + "' and payload do not make a declaration.scored event");
            }
            envelope = json.createObjectNode()
                    .put("id", eventId)
                    .put("type", Events.DECLARATION_SCORED)
                    .put("time", header(message, CloudEventHeaders.TIME))
                    .put("tenant", tenant)
                    .put("subject", scored.path("declarationId").asText(null));
            envelope.set("data", scored);
        } catch (IOException e) {
            LOG.warnf("Unreadable declaration.scored dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> deliveries.enqueue(tenant, eventId, Events.DECLARATION_SCORED,
                    envelope.path("subject").asText(null), envelope.toString()));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Deliveries of event %s could not be stored; dead-lettered", eventId);
            return message.nack(e);
        }
    }

    private static String header(Message<byte[]> message, String name) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(metadata -> metadata.getHeader(name, String.class))
                .orElse(null);
    }
}
