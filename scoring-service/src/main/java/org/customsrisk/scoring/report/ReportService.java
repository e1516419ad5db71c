package org.customsrisk.scoring.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.customsrisk.scoring.deployment.Deployment;
import org.customsrisk.scoring.deployment.DeploymentRepository;

/**
 * The performance reports of a tenant, on the latest assessed revision of each declaration and the
 * latest version of each inspection result.
 */
@ApplicationScoped
public class ReportService {

    static final int BASELINE_SCORES = 1000;
    static final int RECENT_SCORES = 5000;
    private static final String LATEST = """
            with latest as (
                select distinct on (declaration_id) declaration_id, acceptance_date, customs_office_code, channel,
                       selection_mode, model_channel, inspection_probability
                from assessment
                where tenant_id = ?1 and acceptance_date between ?2 and ?3
                order by declaration_id, revision desc)
            """;

    private final EntityManager entities;
    private final DeploymentRepository deployments;

    ReportService(EntityManager entities, DeploymentRepository deployments) {
        this.entities = entities;
        this.deployments = deployments;
    }

    @Transactional
    public List<ChannelRates> channelRates(String tenant, LocalDate from, LocalDate to) {
        List<Object[]> rows = rows(LATEST + """
                select acceptance_date, customs_office_code, count(*),
                       count(*) filter (where channel = 'RED'), count(*) filter (where channel = 'YELLOW'),
                       count(*) filter (where channel = 'BLUE'), count(*) filter (where channel = 'GREEN')
                from latest group by acceptance_date, customs_office_code
                order by acceptance_date, customs_office_code""", tenant, from, to);
        return rows.stream().map(row -> {
            long declarations = number(row[2]);
            long red = number(row[3]);
            return new ChannelRates((LocalDate) row[0], (String) row[1], declarations, red, number(row[4]),
                    number(row[5]), number(row[6]), red / (double) declarations);
        }).toList();
    }

    @Transactional
    public SelectionPerformance selectionPerformance(String tenant, LocalDate from, LocalDate to) {
        String labelled = LATEST + """
                , labels as (
                    select declaration_id, bool_or(illicit) as illicit, sum(revenue_recovered) as revenue
                    from inspection_outcome where tenant_id = ?1 group by declaration_id)
                """;
        List<ModePerformance> modes = new ArrayList<>();
        Double modelPrecision = null;
        for (Object[] row : rows(labelled + """
                select l.selection_mode, count(*), count(b.declaration_id), count(*) filter (where b.illicit),
                       coalesce(sum(b.revenue), 0)
                from latest l left join labels b on b.declaration_id = l.declaration_id
                group by l.selection_mode order by l.selection_mode""", tenant, from, to)) {
            long inspected = number(row[2]);
            long illicit = number(row[3]);
            SelectionMode mode = SelectionMode.valueOf((String) row[0]);
            Double hitRate = inspected == 0 ? null : illicit / (double) inspected;
            modes.add(new ModePerformance(mode, number(row[1]), inspected, illicit, hitRate, (BigDecimal) row[4]));
            if (mode == SelectionMode.MODEL) {
                modelPrecision = hitRate;
            }
        }
        Object[] explored = rows(labelled + """
                select count(*),
                       sum(case when b.illicit then 1 / l.inspection_probability else 0 end),
                       sum(1 / l.inspection_probability),
                       sum(case when b.illicit and l.model_channel = 'GREEN' then 1 / l.inspection_probability else 0 end),
                       sum(case when l.model_channel = 'GREEN' then 1 / l.inspection_probability else 0 end)
                from latest l join labels b on b.declaration_id = l.declaration_id
                where l.selection_mode = 'EXPLORATION' and l.inspection_probability > 0""", tenant, from, to).get(0);
        return new SelectionPerformance(modes, modelPrecision, ratio(explored[1], explored[2]),
                ratio(explored[3], explored[4]), number(explored[0]));
    }

    @Transactional
    public Optional<ScoreDrift> drift(String tenant) {
        Deployment production = deployments.findById(new Deployment.Key(tenant, ModelStage.PRODUCTION));
        if (production == null) {
            return Optional.empty();
        }
        double[] baseline = scores(tenant, production, "asc", BASELINE_SCORES);
        double[] recent = scores(tenant, production, "desc", RECENT_SCORES);
        return Optional.of(new ScoreDrift(production.modelName, production.modelVersion, baseline.length, recent.length,
                baseline.length < 10 || recent.length < 10 ? null : PopulationStability.index(baseline, recent)));
    }

    private double[] scores(String tenant, Deployment deployment, String order, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> scores = entities.createNativeQuery("""
                select fraud_probability from assessment
                where tenant_id = ?1 and model_name = ?2 and model_version = ?3 and fraud_probability is not null
                order by assessed_at %s limit ?4""".formatted(order))
                .setParameter(1, tenant)
                .setParameter(2, deployment.modelName)
                .setParameter(3, deployment.modelVersion)
                .setParameter(4, limit)
                .getResultList();
        double[] values = scores.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(values);
        return values;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String tenant, LocalDate from, LocalDate to) {
        return entities.createNativeQuery(sql)
                .setParameter(1, tenant)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double ratio(Object numerator, Object denominator) {
        if (denominator == null || ((Number) denominator).doubleValue() == 0) {
            return null;
        }
        return ((Number) numerator).doubleValue() / ((Number) denominator).doubleValue();
    }
}
