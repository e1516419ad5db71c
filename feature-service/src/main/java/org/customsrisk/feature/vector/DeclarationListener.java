package org.customsrisk.feature.vector;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.declaration.DeclarationIngested;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * declaration.ingested in, features.computed out. The message is acked once the vectors are stored
 * and their event confirmed by the broker; a message that cannot be read, or whose tenant header and
 * payload disagree, goes to the dead-letter queue at once; one that keeps failing goes there after
 * the retries.
 */
@ApplicationScoped
public class DeclarationListener {

    private static final Logger LOG = Logger.getLogger(DeclarationListener.class);

    private final FeatureVectorService vectors;
    private final ObjectMapper json;

    DeclarationListener(FeatureVectorService vectors, ObjectMapper json) {
        this.vectors = vectors;
        this.json = json;
    }

    @Incoming("declarations-ingested")
    @Blocking(ordered = false)
    public CompletionStage<Void> onDeclaration(Message<byte[]> message) {
        DeclarationIngested event;
        try {
            event = json.readValue(message.getPayload(), DeclarationIngested.class);
            String tenant = header(message, CloudEventHeaders.TENANT);
            if (tenant == null || !Objects.equals(tenant, event.tenant()) || !complete(event)) {
                throw new IOException("tenant header '" + tenant + "' and payload do not make a declaration.ingested event");
            }
        } catch (IOException e) {
            LOG.warnf("Unreadable declaration.ingested dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
        try {
            vectors.ingestAndAnnounce(event, header(message, CloudEventHeaders.TRACEPARENT));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Features of %s revision %d failed after retries; dead-lettered", event.declarationId(),
                    event.revision());
            return message.nack(e);
        }
    }

    private static boolean complete(DeclarationIngested event) {
        DeclarationPayload declaration = event.declaration();
        return declaration != null && event.revision() >= 1 && event.receivedAt() != null
                && Objects.equals(event.declarationId(), declaration.declarationId())
                && declaration.acceptanceDate() != null && declaration.goodsItems() != null
                && declaration.goodsItems().stream().allMatch(Objects::nonNull);
    }

    private static String header(Message<byte[]> message, String name) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(metadata -> metadata.getHeader(name, String.class))
                .orElse(null);
    }
}
