package org.customsrisk.model.lifecycle;

import java.time.Instant;
import java.util.UUID;

public record PromotionRequestView(UUID id, String model, int version, PromotionRequest.Status status, String reason,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String justification) {

    static PromotionRequestView of(PromotionRequest request) {
        return new PromotionRequestView(request.id, request.modelName, request.version, request.status, request.reason,
                request.requestedBy, request.requestedAt, request.decidedBy, request.decidedAt, request.justification);
    }
}
