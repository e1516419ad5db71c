package org.customsrisk.ingestion.inspection;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A critical finding is an illicit one, and recovered revenue states its currency. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentFinding.Validator.class)
@interface ConsistentFinding {

    String message() default "inconsistent finding";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentFinding, InspectionResultSubmission> {
        @Override
        public boolean isValid(InspectionResultSubmission result, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (result.critical() && !Boolean.TRUE.equals(result.illicit())) {
                context.buildConstraintViolationWithTemplate("a critical finding must be illicit")
                        .addPropertyNode("critical").addConstraintViolation();
                valid = false;
            }
            if (result.revenueRecovered() != null && result.revenueCurrency() == null) {
                context.buildConstraintViolationWithTemplate("is required with revenueRecovered")
                        .addPropertyNode("revenueCurrency").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
