package org.customsrisk.scoring.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** inspection.recorded in: the outcomes the performance reports compare with the selections. */
@ApplicationScoped
public class InspectionListener {

    private static final Logger LOG = Logger.getLogger(InspectionListener.class);

    private final InspectionOutcomes outcomes;
    private final ObjectMapper json;

    InspectionListener(InspectionOutcomes outcomes, ObjectMapper json) {
        this.outcomes = outcomes;
        this.json = json;
    }

    @Incoming("inspections-recorded")
    @Blocking(ordered = false)
    public CompletionStage<Void> onInspection(Message<byte[]> message) {
        try {
            outcomes.record(json.readValue(message.getPayload(), InspectionRecorded.class));
            return message.ack();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("inspection.recorded not kept, dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
