package org.customsrisk.model.lifecycle;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An approval or rejection, with its justification ({@code justification}, or {@code reason}). */
public record Decision(@NotBlank @Size(max = 2000) @JsonAlias("reason") String justification) {
}
