package org.customsrisk.model.lifecycle;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.customsrisk.common.events.CloudEvent;
import org.customsrisk.contracts.Events;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes model.promoted after the promotion committed, and waits for the broker's confirm. An
 * event not confirmed (broker down, service stopped in between) stays unpublished in the database
 * and is published again on a schedule until it is confirmed; its id does not change, so scoring
 * recognises a repeat.
 */
@ApplicationScoped
public class PromotionEvents {

    private static final Logger LOG = Logger.getLogger(PromotionEvents.class);
    private static final String SOURCE = "/model-service";
    private static final int BATCH = 50;

    private final Emitter<byte[]> emitter;
    private final EntityManager entities;
    private final PromotionConfig config;
    private final Clock clock;

    PromotionEvents(@Channel("model-promoted") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 256)
            Emitter<byte[]> emitter, EntityManager entities, PromotionConfig config, Clock clock) {
        this.emitter = emitter;
        this.entities = entities;
        this.config = config;
        this.clock = clock;
    }

    /** Publishes a committed event; answers whether the broker confirmed it. */
    public boolean publish(UUID id) {
        PromotionEvent event = QuarkusTransaction.requiringNew().call(() -> entities.find(PromotionEvent.class, id));
        if (event == null || event.publishedAt != null) {
            return event != null;
        }
        String error = null;
        try {
            CloudEvent cloudEvent = CloudEvent.of(event.id, Events.MODEL_PROMOTED, SOURCE, event.tenantId,
                    event.modelName + "/" + event.version, event.createdAt, event.payload, null);
            emitter.send(cloudEvent.message());
            cloudEvent.confirmed().get(config.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            error = e instanceof TimeoutException ? "no confirm within " + config.confirmTimeout()
                    : String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        record(id, error);
        if (error != null) {
            LOG.warnf("model.promoted of %s/%s version %d not confirmed, to be retried: %s", event.tenantId,
                    event.modelName, event.version, error);
        }
        return error == null;
    }

    @Scheduled(every = "${model.promotions.retry-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryUnpublished() {
        List<UUID> unpublished = QuarkusTransaction.requiringNew().call(() -> entities.createQuery(
                "select e.id from PromotionEvent e where e.publishedAt is null and e.createdAt < ?1 order by e.createdAt",
                UUID.class).setParameter(1, clock.instant().minus(config.retryAfter())).setMaxResults(BATCH)
                .getResultList());
        unpublished.forEach(this::publish);
    }

    private void record(UUID id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            PromotionEvent event = entities.find(PromotionEvent.class, id);
            event.attempts++;
            event.lastError = error;
            if (error == null) {
                event.publishedAt = clock.instant();
            }
        });
    }
}
