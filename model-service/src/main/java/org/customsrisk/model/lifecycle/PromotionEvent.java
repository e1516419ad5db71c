package org.customsrisk.model.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A model.promoted event written with its promotion, published once the broker confirmed it. */
@Entity
@Table(name = "promotion_event")
public class PromotionEvent {

    @Id
    public UUID id;
    public String tenantId;
    public String modelName;
    public int version;
    /** The ModelPromoted JSON, exactly as published (and republished). */
    public String payload;
    public Instant createdAt;
    public Instant publishedAt;
    public int attempts;
    public String lastError;
}
