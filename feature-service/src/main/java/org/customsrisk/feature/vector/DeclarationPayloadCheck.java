package org.customsrisk.feature.vector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/** What a declaration needs to be computed: the contract's record carries no constraints of its own. */
final class DeclarationPayloadCheck {

    private DeclarationPayloadCheck() {
    }

    static DeclarationPayload checked(DeclarationPayload declaration) {
        if (declaration == null) {
            throw new InvalidRequestException("body", "a declaration is required");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (declaration.declarationId() == null || declaration.declarationId().isBlank()) {
            violations.add(new Problem.Violation("declarationId", "must not be blank"));
        }
        if (declaration.acceptanceDate() == null) {
            violations.add(new Problem.Violation("acceptanceDate", "must not be null"));
        }
        if (declaration.goodsItems() == null || declaration.goodsItems().isEmpty()) {
            violations.add(new Problem.Violation("goodsItems", "must have at least one goods item"));
        } else {
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < declaration.goodsItems().size(); i++) {
                GoodsItemPayload item = declaration.goodsItems().get(i);
                String path = "goodsItems[" + i + "]";
                if (item == null) {
                    violations.add(new Problem.Violation(path, "must not be null"));
                    continue;
                }
                if (item.itemNumber() < 1 || !numbers.add(item.itemNumber())) {
                    violations.add(new Problem.Violation(path + ".itemNumber", "must be a distinct number from 1"));
                }
                if (item.hsCode() == null || !item.hsCode().strip().matches("\\d{6,10}")) {
                    violations.add(new Problem.Violation(path + ".hsCode", "must be an HS code of 6 to 10 digits"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("the declaration cannot be computed", violations);
        }
        return declaration;
    }
}
