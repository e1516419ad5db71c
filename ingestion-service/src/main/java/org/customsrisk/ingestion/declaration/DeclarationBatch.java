package org.customsrisk.ingestion.declaration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Up to 500 declarations, stored all or none: if one is not valid, none is stored and the "
        + "problem names it (declarations[3].goodsItems[0].hsCode). Resending a batch is safe: declarations "
        + "already stored with the same content are recognised.")
public record DeclarationBatch(
        @NotEmpty @Size(max = DeclarationBatch.MAX_SIZE) List<@Valid @NotNull DeclarationSubmission> declarations) {

    public static final int MAX_SIZE = 500;
}
