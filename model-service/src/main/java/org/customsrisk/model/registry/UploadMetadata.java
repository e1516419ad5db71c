package org.customsrisk.model.registry;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.model.ModelFormat;

/** The metadata part of an upload: how to read the file and which features it takes, in order. */
public record UploadMetadata(
        @NotNull ModelFormat format,
        @NotNull @Positive Integer featureSchemaVersion,
        @NotEmpty List<@NotNull @Size(min = 1, max = 128) String> featureNames,
        @Size(max = 2000) String description,
        Map<@Size(max = 64) String, @Size(max = 256) String> tags) {
}
