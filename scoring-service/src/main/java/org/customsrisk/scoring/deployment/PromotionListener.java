package org.customsrisk.scoring.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.model.ModelPromoted;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * model.promoted, twice: the shared durable queue records every promotion once (even while every
 * replica of this service is down), and this replica's own auto-delete queue makes it load the new
 * version at once. Both record, which is idempotent.
 */
@ApplicationScoped
public class PromotionListener {

    private static final Logger LOG = Logger.getLogger(PromotionListener.class);

    private final DeploymentRecorder recorder;
    private final DeployedModels models;
    private final ObjectMapper json;

    PromotionListener(DeploymentRecorder recorder, DeployedModels models, ObjectMapper json) {
        this.recorder = recorder;
        this.models = models;
        this.json = json;
    }

    @Incoming("model-promotions")
    @Blocking
    public CompletionStage<Void> record(Message<byte[]> message) {
        try {
            recorder.record(read(message));
            return message.ack();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("model.promoted not recorded, dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
    }

    @Incoming("model-promotions-of-this-replica")
    @Blocking
    public CompletionStage<Void> swap(Message<byte[]> message) {
        try {
            ModelPromoted promoted = read(message);
            recorder.record(promoted);
            models.deploy(Deployment.of(promoted));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Promotion not loaded now, the next reconciliation retries it: %s", e.getMessage());
        }
        return message.ack();
    }

    private ModelPromoted read(Message<byte[]> message) throws IOException {
        return json.readValue(message.getPayload(), ModelPromoted.class);
    }
}
