package org.customsrisk.ingestion.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.customsrisk.ingestion.declaration.GoodsItemSubmission;

public class UniqueItemNumbersValidator implements ConstraintValidator<UniqueItemNumbers, List<GoodsItemSubmission>> {

    @Override
    public boolean isValid(List<GoodsItemSubmission> items, ConstraintValidatorContext context) {
        if (items == null) {
            return true;
        }
        Set<Integer> seen = new HashSet<>();
        return items.stream()
                .filter(Objects::nonNull)
                .map(GoodsItemSubmission::itemNumber)
                .filter(Objects::nonNull)
                .allMatch(seen::add);
    }
}
