package org.customsrisk.ingestion.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** No two goods items of a declaration share an item number. */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = UniqueItemNumbersValidator.class)
public @interface UniqueItemNumbers {

    String message() default "item numbers must be unique within a declaration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
