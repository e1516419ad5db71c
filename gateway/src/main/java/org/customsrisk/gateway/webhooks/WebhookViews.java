package org.customsrisk.gateway.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhooks API's answers. */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A webhook; {@code secret} only in the answer to its registration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookView(UUID id, String url, String description, String secret, String createdBy, Instant createdAt) {

        static WebhookView of(Webhook webhook, boolean withSecret) {
            return new WebhookView(webhook.id, webhook.url, webhook.description, withSecret ? webhook.secret : null,
                    webhook.createdBy, webhook.createdAt);
        }
    }

    record DeliveryView(UUID id, UUID webhookId, String eventId, String eventType, String subject,
            WebhookDelivery.Status status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
            Integer lastStatusCode, String lastError, Instant deliveredAt, Instant createdAt) {

        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(delivery.id, delivery.webhookId, delivery.eventId, delivery.eventType,
                    delivery.subject, delivery.status, delivery.attempts, delivery.nextAttemptAt, delivery.lastAttemptAt,
                    delivery.lastStatusCode, delivery.lastError, delivery.deliveredAt, delivery.createdAt);
        }
    }

    record DeliveryPage(List<DeliveryView> items, int offset, int limit) {
    }
}
