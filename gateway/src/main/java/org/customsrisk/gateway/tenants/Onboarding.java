package org.customsrisk.gateway.tenants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new administration: its tenant code (the token claim of its users and clients) and settings. */
public record Onboarding(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be 2-32 lower-case letters, digits or dashes")
        String tenant,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Valid SettingsChange settings) {
}
