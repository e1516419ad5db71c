package org.customsrisk.scoring.assessment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A declaration to assess now, as ingestion accepted it, with the revision ingestion stored it as: "
        + "the assessment is kept for that revision, and the same request again answers the same assessment.")
public record AssessmentRequest(
        @Schema(example = "1") @NotNull @Min(1) Integer revision,
        @NotNull DeclarationPayload declaration) {

    /** The fields selection reads; the rest was validated by ingestion. */
    DeclarationPayload checkedDeclaration() {
        List<Problem.Violation> missing = new ArrayList<>();
        if (declaration.declarationId() == null || declaration.declarationId().isBlank()) {
            missing.add(new Problem.Violation("declaration.declarationId", "must not be blank"));
        }
        if (declaration.acceptanceDate() == null) {
            missing.add(new Problem.Violation("declaration.acceptanceDate", "must not be null"));
        }
        if (declaration.customsOfficeCode() == null) {
            missing.add(new Problem.Violation("declaration.customsOfficeCode", "must not be null"));
        }
        if (declaration.goodsItems() == null || declaration.goodsItems().isEmpty()
                || declaration.goodsItems().stream().anyMatch(item -> item == null || item.hsCode() == null)) {
            missing.add(new Problem.Violation("declaration.goodsItems", "must hold goods items with their HS code"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("The declaration lacks what an assessment needs.", missing);
        }
        return declaration;
    }
}
