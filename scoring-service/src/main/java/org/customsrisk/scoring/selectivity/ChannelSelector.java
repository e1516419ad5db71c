package org.customsrisk.scoring.selectivity;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.customsrisk.scoring.policy.ExplorationMode;
import org.customsrisk.scoring.policy.MandatoryRule;
import org.customsrisk.scoring.policy.PolicyDocument;

/**
 * Chooses the channel of a declaration under a selectivity policy, in this order:
 * <ol>
 * <li>a mandatory rule valid on the acceptance date matches: RED (RULE);</li>
 * <li>no model score (no model, or past the deadline): RED at random with the RED rate (RANDOM),
 * otherwise GREEN;</li>
 * <li>the score is in the top {@code redRate x (1 - explorationShare)} of recent scores: RED (MODEL);</li>
 * <li>exploration: RED with the probability that fills the rest of the RED budget, uniformly or
 * weighted by the model's uncertainty, drawn by the tenant's {@link ExplorationBudget} (EXPLORATION);</li>
 * <li>the next {@code yellowRate}, then {@code blueRate} of recent scores: YELLOW, BLUE (MODEL);</li>
 * <li>the rest: GREEN.</li>
 * </ol>
 */
public final class ChannelSelector {

    private ChannelSelector() {
    }

    public static Selection select(PolicyDocument policy, DeclarationPayload declaration, OptionalDouble score,
            TenantSelection state, RandomGenerator random) {
        ScoreWindow window = state.window();
        List<String> hits = ruleHits(policy, declaration);
        if (!hits.isEmpty()) {
            return new Selection(Channel.RED, SelectionMode.RULE, hits, 1.0, null);
        }
        if (score.isEmpty()) {
            return random.nextDouble() < policy.redRate()
                    ? new Selection(Channel.RED, SelectionMode.RANDOM, hits, policy.redRate(), null)
                    : new Selection(Channel.GREEN, SelectionMode.NONE, hits, policy.redRate(), null);
        }
        double modelRedRate = policy.redRate() * (1.0 - policy.explorationShare());
        double explorationRate = policy.redRate() * policy.explorationShare();
        double p = score.getAsDouble();
        Channel band = band(policy, p, modelRedRate, window);
        if (band == Channel.RED) {
            return new Selection(Channel.RED, SelectionMode.MODEL, hits, 1.0, band);
        }
        double exploration = explorationProbability(policy, p, modelRedRate, explorationRate, window);
        if (state.exploration().draw(exploration, random)) {
            return new Selection(Channel.RED, SelectionMode.EXPLORATION, hits, exploration, band);
        }
        return new Selection(band, band == Channel.GREEN ? SelectionMode.NONE : SelectionMode.MODEL, hits, exploration,
                band);
    }

    /** The channel of a score by the bands of recent scores: the model's RED share, then YELLOW, then BLUE. */
    private static Channel band(PolicyDocument policy, double score, double modelRedRate, ScoreWindow window) {
        double redThreshold = window.quantile(1.0 - modelRedRate);
        if (modelRedRate > 0 && (Double.isNaN(redThreshold) || score >= redThreshold)) {
            return Channel.RED;
        }
        if (score >= window.quantile(1.0 - modelRedRate - policy.yellowRate())) {
            return Channel.YELLOW;
        }
        if (score >= window.quantile(1.0 - modelRedRate - policy.yellowRate() - policy.blueRate())) {
            return Channel.BLUE;
        }
        return Channel.GREEN;
    }

    /**
     * The probability that fills the exploration budget from the declarations the model did not
     * select: {@code explorationRate / (1 - modelRedRate)}, scaled by the declaration's uncertainty
     * relative to the window's mean for UNCERTAINTY.
     */
    private static double explorationProbability(PolicyDocument policy, double score, double modelRedRate,
            double explorationRate, ScoreWindow window) {
        if (explorationRate <= 0) {
            return 0;
        }
        double uniform = explorationRate / (1.0 - modelRedRate);
        if (policy.explorationMode() == ExplorationMode.RANDOM) {
            return Math.min(1.0, uniform);
        }
        double mean = Math.max(1e-6, window.meanUncertainty());
        return Math.min(1.0, uniform * ScoreWindow.uncertainty(score) / mean);
    }

    static List<String> ruleHits(PolicyDocument policy, DeclarationPayload declaration) {
        return policy.rules().stream()
                .filter(rule -> validOn(rule, declaration.acceptanceDate()) && matches(rule, declaration))
                .map(MandatoryRule::id)
                .toList();
    }

    private static boolean validOn(MandatoryRule rule, LocalDate date) {
        return (rule.validFrom() == null || !date.isBefore(rule.validFrom()))
                && (rule.validTo() == null || !date.isAfter(rule.validTo()));
    }

    private static boolean matches(MandatoryRule rule, DeclarationPayload declaration) {
        List<String> values = rule.values() == null ? List.of() : rule.values();
        List<GoodsItemPayload> items = declaration.goodsItems();
        return switch (rule.kind()) {
            case HS_PREFIX -> items.stream().anyMatch(item -> values.stream().anyMatch(item.hsCode()::startsWith));
            case ORIGIN -> items.stream().anyMatch(item -> values.contains(item.countryOfOrigin()));
            case IMPORTER -> values.contains(declaration.importerId());
            case DECLARANT -> values.contains(declaration.declarantId());
            case CIF_VALUE_AT_LEAST -> rule.threshold() != null && items.stream()
                    .anyMatch(item -> item.cifValue() != null && item.cifValue().compareTo(rule.threshold()) >= 0);
        };
    }
}
