package org.customsrisk.model.backtest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The window of acceptance dates whose labelled declarations the versions are evaluated on. */
public record BacktestRequest(@NotNull LocalDate acceptedFrom, @NotNull LocalDate acceptedTo) {
}
