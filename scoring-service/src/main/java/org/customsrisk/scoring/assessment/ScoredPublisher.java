package org.customsrisk.scoring.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.customsrisk.common.events.CloudEvent;
import org.customsrisk.contracts.Events;
import org.customsrisk.contracts.scoring.DeclarationScored;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes declaration.scored and waits for the broker's confirm, so its input is acked only after it. */
@ApplicationScoped
public class ScoredPublisher {

    private static final String SOURCE = "/scoring-service";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);

    private final Emitter<byte[]> emitter;
    private final ObjectMapper json;

    ScoredPublisher(@Channel("declarations-scored") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<byte[]> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    void publish(Assessment assessment, String traceparent) {
        DeclarationScored scored = new DeclarationScored(assessment.tenantId, assessment.declarationId,
                assessment.revision, assessment.channel, assessment.selectionMode, assessment.fraudProbability,
                assessment.items, assessment.reasons, assessment.modelName, assessment.modelVersion,
                assessment.policyVersion, assessment.fallback, assessment.assessedAt);
        try {
            CloudEvent event = CloudEvent.of(UUID.nameUUIDFromBytes((assessment.tenantId + "/" + assessment.declarationId
                    + "/" + assessment.revision).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Events.DECLARATION_SCORED, SOURCE, assessment.tenantId, assessment.declarationId,
                    assessment.assessedAt, json.writeValueAsString(scored), traceparent);
            emitter.send(event.message());
            event.confirmed().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an assessment event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not confirm declaration.scored of "
                    + assessment.declarationId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
