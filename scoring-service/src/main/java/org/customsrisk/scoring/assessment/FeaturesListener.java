package org.customsrisk.scoring.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.feature.FeaturesComputed;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * features.computed in, declaration.scored out. The message is acked once the assessment is stored
 * and its event confirmed by the broker; a message that cannot be read, or whose tenant header and
 * payload disagree, goes to the dead-letter queue at once; one that keeps failing goes there after
 * the retries.
 */
@ApplicationScoped
public class FeaturesListener {

    private static final Logger LOG = Logger.getLogger(FeaturesListener.class);

    private final AssessmentService assessments;
    private final ObjectMapper json;

    FeaturesListener(AssessmentService assessments, ObjectMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    @Incoming("features-computed")
    @Blocking(ordered = false)
    public CompletionStage<Void> onFeatures(Message<byte[]> message) {
        FeaturesComputed features;
        String traceparent = header(message, CloudEventHeaders.TRACEPARENT);
        try {
            features = json.readValue(message.getPayload(), FeaturesComputed.class);
            String tenant = header(message, CloudEventHeaders.TENANT);
            if (tenant == null || !Objects.equals(tenant, features.tenant()) || features.declaration() == null
                    || features.items() == null) {
                throw new IOException("tenant header '" + tenant + "' and payload do not make a features.computed event");
            }
        } catch (IOException e) {
            LOG.warnf("Unreadable features.computed dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
        try {
            assessments.assessAndAnnounce(features, traceparent);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Assessment of %s revision %d failed after retries; dead-lettered", features.declarationId(),
                    features.revision());
            return message.nack(e);
        }
    }

    private static String header(Message<byte[]> message, String name) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(metadata -> metadata.getHeader(name, String.class))
                .orElse(null);
    }
}
