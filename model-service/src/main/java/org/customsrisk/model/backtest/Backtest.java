package org.customsrisk.model.backtest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import org.customsrisk.contracts.model.ModelStage;

/** The customs metrics of a version and of the PRODUCTION version on the same labelled declarations. */
public record Backtest(String model, LocalDate acceptedFrom, LocalDate acceptedTo, int rows, int illicit,
        int featureSchemaVersion, Evaluation candidate, Evaluation production) {

    /** One version's metrics; {@code note} says why there are none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evaluation(int version, ModelStage stage, Map<String, Object> metrics, String note) {
    }
}
