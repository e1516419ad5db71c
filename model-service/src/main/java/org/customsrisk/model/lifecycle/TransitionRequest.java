package org.customsrisk.model.lifecycle;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.customsrisk.contracts.model.ModelStage;

/** The stage to move a version to ({@code stage}, or {@code to}), and why. */
public record TransitionRequest(@NotNull @JsonAlias("to") ModelStage stage, @NotBlank @Size(max = 2000) String reason) {
}
