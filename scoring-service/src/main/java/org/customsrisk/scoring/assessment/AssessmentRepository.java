package org.customsrisk.scoring.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.scoring.SelectionMode;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, Assessment.Key> {

    Optional<Assessment> latest(String tenant, String declarationId) {
        return find("tenantId = ?1 and declarationId = ?2 order by revision desc", tenant, declarationId)
                .firstResultOptional();
    }

    /** The most recent model scores of a tenant, newest first: the seed of its score window. */
    List<Double> recentModelScores(String tenant, int limit) {
        return getEntityManager().createQuery("""
                select a.fraudProbability from Assessment a
                where a.tenantId = :tenant and a.modelVersion is not null and a.fallback = false
                order by a.assessedAt desc""", Double.class)
                .setParameter("tenant", tenant)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Physical inspections an office already got on a day from the model and exploration (rules are not capped). */
    long selectedForInspection(String tenant, String office, LocalDate day) {
        return count("""
                tenantId = ?1 and customsOfficeCode = ?2 and acceptanceDate = ?3 and channel = ?4
                and selectionMode in ?5""", tenant, office, day, Channel.RED,
                List.of(SelectionMode.MODEL, SelectionMode.EXPLORATION, SelectionMode.RANDOM));
    }
}
