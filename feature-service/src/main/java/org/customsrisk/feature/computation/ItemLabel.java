package org.customsrisk.feature.computation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The inspection outcome that labels one goods item, dated on the day of the inspection. */
public record ItemLabel(boolean illicit, boolean critical, BigDecimal revenueRecovered, LocalDate inspectionDate) {

    public boolean recoveredRevenue() {
        return revenueRecovered != null && revenueRecovered.signum() > 0;
    }
}
