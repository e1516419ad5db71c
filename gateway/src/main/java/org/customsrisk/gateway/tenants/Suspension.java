package org.customsrisk.gateway.tenants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a tenant is suspended, for the record and for its callers' 403. */
public record Suspension(@NotBlank @Size(max = 2000) String reason) {
}
