package org.customsrisk.ingestion.declaration;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of declarations, newest acceptance date first. Pass nextCursor as 'cursor' for the next "
        + "page; it is absent on the last page.")
public record DeclarationPage(List<DeclarationSummary> items, String nextCursor) {
}
