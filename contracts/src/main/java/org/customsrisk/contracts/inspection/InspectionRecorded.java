package org.customsrisk.contracts.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.customsrisk.contracts.Channel;

/**
 * {@code inspection.recorded}: the outcome of an inspection - the label models learn from.
 * {@code itemNumber} is null when the result is for the whole declaration. {@code inspectionDate}
 * is when the inspection happened (business time, used for point-in-time features);
 * {@code recordedAt} is when the platform received it. A correction is a new {@code version}.
 */
public record InspectionRecorded(
        String tenant,
        String declarationId,
        Integer itemNumber,
        int version,
        boolean illicit,
        boolean critical,
        BigDecimal revenueRecovered,
        String revenueCurrency,
        LocalDate inspectionDate,
        Channel channelApplied,
        String remarks,
        Instant recordedAt) {
}
