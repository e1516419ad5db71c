package org.customsrisk.ingestion.declaration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A cursor this API returned as {@code nextCursor}. Null is valid. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidCursor.Validator.class)
@interface ValidCursor {

    String message() default "is not a cursor this API returned";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCursor, String> {
        @Override
        public boolean isValid(String cursor, ConstraintValidatorContext context) {
            return cursor == null || DeclarationCursor.parse(cursor).isPresent();
        }
    }
}
