package org.customsrisk.ingestion.declaration;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The receipts of a batch, in the order of its declarations.")
public record BatchReceipt(List<DeclarationReceipt> receipts) {
}
