package org.customsrisk.gateway.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A URL to receive the tenant's declaration.scored events. */
public record WebhookRegistration(@NotBlank @Size(max = 2000) String url, @Size(max = 500) String description) {
}
