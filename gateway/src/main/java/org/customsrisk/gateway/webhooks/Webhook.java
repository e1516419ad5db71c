package org.customsrisk.gateway.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A URL of a tenant's system that receives the tenant's events, signed with the webhook's secret. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    public UUID id;
    public String tenantId;
    public String url;
    public String description;
    public String secret;
    public String createdBy;
    public Instant createdAt;
}
