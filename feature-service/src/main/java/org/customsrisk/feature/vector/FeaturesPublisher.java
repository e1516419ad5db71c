package org.customsrisk.feature.vector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.customsrisk.common.events.CloudEvent;
import org.customsrisk.contracts.Events;
import org.customsrisk.contracts.feature.FeaturesComputed;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes features.computed and waits for the broker's confirm, so its input is acked only after it. */
@ApplicationScoped
public class FeaturesPublisher {

    private static final String SOURCE = "/feature-service";
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(30);

    private final Emitter<byte[]> emitter;
    private final ObjectMapper json;

    FeaturesPublisher(@Channel("features-computed") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            Emitter<byte[]> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    /** The event id of a revision's vectors of a schema version: a re-publication carries the same one. */
    static UUID eventId(String tenant, String declarationId, int revision, int schemaVersion) {
        return UUID.nameUUIDFromBytes((Events.FEATURES_COMPUTED + "/" + tenant + "/" + declarationId + "/" + revision
                + "/" + schemaVersion).getBytes(StandardCharsets.UTF_8));
    }

    void publish(FeaturesComputed features, String traceparent) {
        try {
            CloudEvent event = CloudEvent.of(eventId(features.tenant(), features.declarationId(), features.revision(),
                    features.schemaVersion()), Events.FEATURES_COMPUTED, SOURCE, features.tenant(),
                    features.declarationId(), features.computedAt(), json.writeValueAsString(features), traceparent);
            emitter.send(event.message());
            event.confirmed().get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a features event", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not confirm features.computed of "
                    + features.declarationId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
