package org.customsrisk.ingestion.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;

public class NotInFutureValidator implements ConstraintValidator<NotInFuture, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || !value.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }
}
