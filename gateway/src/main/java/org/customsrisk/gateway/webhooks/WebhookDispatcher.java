package org.customsrisk.gateway.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the due deliveries, signed, and records each answer: 2xx is DELIVERED, anything else
 * (or no answer in time) is retried with exponential back-off until the last attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final WebhookUrls urls;
    private final WebhookConfig config;
    private final HttpClient http;

    WebhookDispatcher(Deliveries deliveries, WebhookUrls urls, WebhookConfig config) {
        this.deliveries = deliveries;
        this.urls = urls;
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(every = "${gateway.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.claimDue(BATCH, config.requestTimeout().multipliedBy(3)));
        due.forEach(this::attempt);
    }

    private void attempt(UUID id) {
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> deliveries.find(id));
        Webhook webhook = QuarkusTransaction.requiringNew().call(() -> deliveries.webhook(delivery.webhookId));
        Instant now = Instant.now();
        Optional<String> refusal = urls.refusal(webhook.url);
        if (refusal.isPresent()) {
            fail(id, null, "the URL " + refusal.get(), now);
            return;
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "customs-risk-webhooks/1")
                .header("X-Customs-Event-Id", delivery.eventId)
                .header("X-Customs-Event-Type", delivery.eventType)
                .header("X-Customs-Delivery-Id", delivery.id.toString())
                .header(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(Signatures.SIGNATURE_HEADER, Signatures.sign(webhook.secret, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                .build();
        try {
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                QuarkusTransaction.requiringNew().run(() -> deliveries.delivered(id, answer.statusCode(), now));
            } else {
                fail(id, answer.statusCode(), "the receiver answered " + answer.statusCode(), now);
            }
        } catch (IOException e) {
            fail(id, null, "no answer: " + e.getClass().getSimpleName() + (e.getMessage() != null ? " " + e.getMessage() : ""), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(id, null, "interrupted", now);
        }
    }

    private void fail(UUID id, Integer status, String error, Instant at) {
        LOG.infof("Webhook delivery %s failed: %s", id, error);
        QuarkusTransaction.requiringNew().run(() -> deliveries.failed(id, status, error, at, config.maxAttempts(),
                config.initialBackoff(), config.maxBackoff()));
    }
}
