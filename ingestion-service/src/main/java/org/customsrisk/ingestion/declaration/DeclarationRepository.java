package org.customsrisk.ingestion.declaration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customsrisk.contracts.Channel;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<DeclarationHead, DeclarationHead.Key> {

    /** A stored declaration of the tenant; heads of a write in progress (revision 0) do not count. */
    public Optional<DeclarationHead> findCurrent(String tenant, String declarationId) {
        return find("tenantId = ?1 and declarationId = ?2 and currentRevision > 0", tenant, declarationId)
                .firstResultOptional();
    }

    /** Up to {@code limit} declarations after {@code after}, newest acceptance date first. */
    List<DeclarationHead> search(String tenant, DeclarationSearch search, DeclarationCursor after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("d.tenantId = :tenant", "d.currentRevision > 0"));
        Parameters parameters = Parameters.with("tenant", tenant);
        if (search.acceptedFrom != null) {
            conditions.add("d.acceptanceDate >= :from");
            parameters.and("from", search.acceptedFrom);
        }
        if (search.acceptedTo != null) {
            conditions.add("d.acceptanceDate <= :to");
            parameters.and("to", search.acceptedTo);
        }
        if (search.importerId != null) {
            conditions.add("d.importerId = :importer");
            parameters.and("importer", search.importerId);
        }
        if (search.declarantId != null) {
            conditions.add("d.declarantId = :declarant");
            parameters.and("declarant", search.declarantId);
        }
        if (search.customsOfficeCode != null) {
            conditions.add("d.customsOfficeCode = :office");
            parameters.and("office", search.customsOfficeCode);
        }
        if (search.channel != null) {
            conditions.add("d.channel = :channel");
            parameters.and("channel", Channel.valueOf(search.channel));
        }
        if (search.hsPrefix != null) {
            conditions.add("""
                    exists (from GoodsItem g where g.tenantId = d.tenantId and g.declarationId = d.declarationId
                            and g.revision = d.currentRevision and g.hsCode like :hsPrefix)""");
            parameters.and("hsPrefix", search.hsPrefix + "%");
        }
        if (after != null) {
            conditions.add("(d.acceptanceDate < :afterDate or (d.acceptanceDate = :afterDate and d.declarationId < :afterId))");
            parameters.and("afterDate", after.acceptanceDate()).and("afterId", after.declarationId());
        }
        return find("from DeclarationHead d where " + String.join(" and ", conditions)
                + " order by d.acceptanceDate desc, d.declarationId desc", parameters)
                .page(0, limit)
                .list();
    }
}
