package org.customsrisk.gateway.caller;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller as the platform sees it, from the verified token only.")
public record CallerProfile(
        @Schema(description = "Stable subject of the token (Keycloak user or service-account id).",
                example = "8bc15dfd-828e-4867-83c3-e607299d0f2d") String subject,
        @Schema(description = "User or client name.", example = "kr-analyst") String username,
        @Schema(description = "The customs administration the caller acts for.", example = "kr") String tenant,
        @Schema(description = "Realm roles of the caller.", example = "[\"analyst\"]") Set<String> roles) {
}
