package org.customsrisk.ingestion.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.customsrisk.common.events.CloudEvent;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to RabbitMQ. A batch of pending events is locked ({@code SKIP LOCKED}, so
 * replicas share the work), sent with publisher confirms, and marked published only once the broker
 * confirmed it. Whatever is not confirmed stays pending and is sent again on the next run: delivery
 * is at least once, and consumers are idempotent on the event id. The relay runs after every commit
 * that added events, and on a timer for what an outage left behind.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SOURCE = "/ingestion-service";

    private final Emitter<byte[]> emitter;
    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean moreAppended = new AtomicBoolean();
    private final ExecutorService trigger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(@Channel("customs-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<byte[]> emitter, AgroalDataSource dataSource, OutboxConfig config) {
        this.emitter = emitter;
        this.dataSource = dataSource;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        trigger.shutdownNow();
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        moreAppended.set(true);
        trigger.execute(this::drain);
    }

    @Scheduled(every = "${ingestion.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        int purged = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox_event where published_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(Instant.now().minus(config.retention())));
                return delete.executeUpdate();
            }
        });
        if (purged > 0) {
            LOG.infof("Purged %d published events older than %s", purged, config.retention());
        }
    }

    /** Publishes until the outbox is empty or the broker stops confirming. */
    void drain() {
        if (!draining.tryLock()) {
            return;
        }
        try {
            boolean progress = true;
            while (progress) {
                moreAppended.set(false);
                int published = QuarkusTransaction.requiringNew().call(this::publishBatch);
                progress = published == config.batchSize() || (published > 0 && moreAppended.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, events stay pending until the next run: %s", e.getMessage());
        } finally {
            draining.unlock();
        }
    }

    private int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<OutboxEvent> batch = lockPending(connection);
            if (batch.isEmpty()) {
                return 0;
            }
            List<UUID> confirmed = new ArrayList<>(batch.size());
            List<CompletableFuture<UUID>> confirms = batch.stream().map(this::send).toList();
            long deadline = System.nanoTime() + config.confirmTimeout().toNanos();
            Throwable failure = null;
            for (CompletableFuture<UUID> confirm : confirms) {
                try {
                    confirmed.add(confirm.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    failure = e;
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                }
            }
            markPublished(connection, confirmed);
            if (failure != null) {
                throw new IllegalStateException((batch.size() - confirmed.size()) + " of " + batch.size()
                        + " events not confirmed by the broker (" + failure + ")", failure);
            }
            return batch.size();
        }
    }

    private List<OutboxEvent> lockPending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, tenant_id, event_type, subject, payload, created_at, traceparent
                from outbox_event
                where published_at is null
                order by created_at
                limit ?
                for update skip locked""")) {
            select.setInt(1, config.batchSize());
            List<OutboxEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new OutboxEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getString(7)));
                }
            }
            return events;
        }
    }

    private void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private CompletableFuture<UUID> send(OutboxEvent event) {
        CloudEvent cloudEvent = CloudEvent.of(event.id(), event.type(), SOURCE, event.tenant(), event.subject(),
                event.createdAt(), event.payload(), event.traceparent());
        try {
            emitter.send(cloudEvent.message());
        } catch (RuntimeException e) {
            cloudEvent.confirmed().completeExceptionally(e);
        }
        return cloudEvent.confirmed();
    }
}
