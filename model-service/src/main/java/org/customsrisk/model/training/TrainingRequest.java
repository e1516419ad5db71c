package org.customsrisk.model.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * A window of acceptance dates to train on; its most recent {@code validationShare} validates.
 * {@code parameters}: XGBoost's (max_depth, eta, ...) and {@code rounds}; see {@link TrainingParameters}.
 */
public record TrainingRequest(
        @NotNull LocalDate acceptedFrom,
        @NotNull LocalDate acceptedTo,
        @DecimalMin("0.05") @DecimalMax("0.5") Double validationShare,
        Map<String, Object> parameters) {
}
