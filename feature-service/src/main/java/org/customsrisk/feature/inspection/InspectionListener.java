package org.customsrisk.feature.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * inspection.recorded in; acked once the result is committed. A message that cannot be read, or
 * whose tenant header and payload disagree, goes to the dead-letter queue at once; one that keeps
 * failing goes there after the retries.
 */
@ApplicationScoped
public class InspectionListener {

    private static final Logger LOG = Logger.getLogger(InspectionListener.class);

    private final InspectionService inspections;
    private final ObjectMapper json;

    InspectionListener(InspectionService inspections, ObjectMapper json) {
        this.inspections = inspections;
        this.json = json;
    }

    @Incoming("inspections-recorded")
    @Blocking(ordered = false)
    public CompletionStage<Void> onInspection(Message<byte[]> message) {
        InspectionRecorded result;
        try {
            result = json.readValue(message.getPayload(), InspectionRecorded.class);
            String tenant = message.getMetadata(IncomingRabbitMQMetadata.class)
                    .flatMap(metadata -> metadata.getHeader(CloudEventHeaders.TENANT, String.class)).orElse(null);
            if (tenant == null || !Objects.equals(tenant, result.tenant()) || result.declarationId() == null
                    || result.inspectionDate() == null || result.version() < 1) {
                throw new IOException("tenant header '" + tenant + "' and payload do not make an inspection.recorded event");
            }
        } catch (IOException e) {
            LOG.warnf("Unreadable inspection.recorded dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
        try {
            inspections.record(result);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Inspection result of %s failed after retries; dead-lettered", result.declarationId());
            return message.nack(e);
        }
    }
}
