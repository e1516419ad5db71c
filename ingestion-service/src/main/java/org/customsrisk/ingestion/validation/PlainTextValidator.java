package org.customsrisk.ingestion.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

public class PlainTextValidator implements ConstraintValidator<PlainText, Record> {

    private static final ClassValue<List<RecordComponent>> TEXT_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(component -> component.getType() == String.class)
                    .toList();
        }
    };

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (RecordComponent component : TEXT_COMPONENTS.get(value.getClass())) {
            if (hasControlCharacter(read(component, value))) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                }
                valid = false;
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(component.getName()).addConstraintViolation();
            }
        }
        return valid;
    }

    static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static String read(RecordComponent component, Record value) {
        try {
            return (String) component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
