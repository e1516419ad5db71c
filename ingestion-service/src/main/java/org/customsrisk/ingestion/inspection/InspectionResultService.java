package org.customsrisk.ingestion.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.ingestion.declaration.DeclarationRepository;
import org.customsrisk.ingestion.declaration.Provenance;

@ApplicationScoped
public class InspectionResultService {

    private final InspectionResultWriter writer;
    private final InspectionResultRepository results;
    private final DeclarationRepository declarations;

    InspectionResultService(InspectionResultWriter writer, InspectionResultRepository results,
            DeclarationRepository declarations) {
        this.writer = writer;
        this.results = results;
        this.declarations = declarations;
    }

    @Transactional
    public StoredInspectionResult record(Provenance provenance, String declarationId, InspectionResultSubmission result) {
        return writer.write(provenance, List.of(new InspectionResultFor(declarationId, result))).get(0);
    }

    @Transactional
    public List<InspectionResultView> currentOf(String tenant, String declarationId) {
        declarations.findCurrent(tenant, declarationId)
                .orElseThrow(() -> new ResourceNotFoundException("declaration", declarationId));
        return results.currentOf(tenant, declarationId).stream().map(InspectionResultView::of).toList();
    }
}
