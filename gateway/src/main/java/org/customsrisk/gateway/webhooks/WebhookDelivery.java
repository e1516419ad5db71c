package org.customsrisk.gateway.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one webhook: PENDING until the receiver answers 2xx, FAILED after the last attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    public UUID id;
    public UUID webhookId;
    public String tenantId;
    public String eventId;
    public String eventType;
    public String subject;
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant deliveredAt;
    public Instant createdAt;
}
