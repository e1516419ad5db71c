package org.customsrisk.scoring.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.contracts.scoring.Reason;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.customsrisk.scoring.policy.PolicyService;
import org.customsrisk.scoring.policy.PolicyView;
import org.customsrisk.scoring.selectivity.ChannelSelector;
import org.customsrisk.scoring.selectivity.Selection;
import org.customsrisk.scoring.selectivity.TenantSelection;
import org.customsrisk.scoring.selectivity.TenantSelections;

/**
 * Assesses one revision of a declaration: the PRODUCTION model scores it (the STAGING model in
 * shadow beside it), the tenant's policy chooses the channel, and an office's daily capacity of
 * physical inspections moves model selections beyond it to YELLOW. Without features or without a
 * model, the policy's rules and random selection still answer, marked as a fallback.
 */
@ApplicationScoped
public class Assessor {

    private final ModelScorer scorer;
    private final PolicyService policies;
    private final TenantSelections selections;
    private final AssessmentRepository assessments;

    Assessor(ModelScorer scorer, PolicyService policies, TenantSelections selections,
            AssessmentRepository assessments) {
        this.scorer = scorer;
        this.policies = policies;
        this.selections = selections;
        this.assessments = assessments;
    }

    /** {@code features} null means none could be had; {@code missingFeatures} then says why. */
    Assessment assess(String tenant, int revision, DeclarationPayload declaration, FeatureVectors features,
            String missingFeatures) {
        PolicyView policy = policies.inForce(tenant);
        ModelScore production = features == null ? ModelScore.unavailable(missingFeatures)
                : scorer.score(tenant, ModelStage.PRODUCTION, features, true);
        ModelScore shadow = features == null ? ModelScore.unavailable(missingFeatures)
                : scorer.score(tenant, ModelStage.STAGING, features, false);
        TenantSelection state = selections.of(tenant, assessments::recentModelScores);
        Selection selection = ChannelSelector.select(policy.document(), declaration,
                production.answered() ? OptionalDouble.of(production.fraudProbability()) : OptionalDouble.empty(),
                state, ThreadLocalRandom.current());
        if (production.answered()) {
            state.window().add(production.fraudProbability());
        }
        selection = withinOfficeCapacity(tenant, policy, declaration, selection);

        Assessment assessment = new Assessment();
        assessment.tenantId = tenant;
        assessment.declarationId = declaration.declarationId();
        assessment.revision = revision;
        assessment.acceptanceDate = declaration.acceptanceDate();
        assessment.customsOfficeCode = declaration.customsOfficeCode();
        assessment.channel = selection.channel();
        assessment.selectionMode = selection.mode();
        assessment.inspectionProbability = selection.inspectionProbability();
        assessment.modelChannel = selection.modelChannel();
        assessment.fraudProbability = production.fraudProbability();
        assessment.items = production.items();
        assessment.reasons = reasons(selection, production);
        assessment.modelName = production.modelName();
        assessment.modelVersion = production.modelVersion();
        assessment.shadowModelName = shadow.modelName();
        assessment.shadowModelVersion = shadow.modelVersion();
        assessment.shadowProbability = shadow.fraudProbability();
        assessment.policyVersion = policy.version();
        assessment.fallback = !production.answered();
        assessment.fallbackReason = production.unavailable();
        assessment.assessedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return assessment;
    }

    private Selection withinOfficeCapacity(String tenant, PolicyView policy, DeclarationPayload declaration,
            Selection selection) {
        Integer capacity = policy.document().capacities().get(declaration.customsOfficeCode());
        if (capacity == null || selection.channel() != Channel.RED || selection.mode() == SelectionMode.RULE) {
            return selection;
        }
        long used = assessments.selectedForInspection(tenant, declaration.customsOfficeCode(),
                declaration.acceptanceDate());
        return used < capacity ? selection
                : new Selection(Channel.YELLOW, selection.mode(), selection.ruleHits(), selection.inspectionProbability(),
                        selection.modelChannel());
    }

    private static List<Reason> reasons(Selection selection, ModelScore production) {
        List<Reason> reasons = new ArrayList<>();
        selection.ruleHits().forEach(rule -> reasons.add(new Reason(null, null, 0, rule)));
        reasons.addAll(production.reasons());
        return reasons;
    }
}
