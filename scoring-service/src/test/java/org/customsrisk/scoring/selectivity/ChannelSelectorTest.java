package org.customsrisk.scoring.selectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.customsrisk.scoring.policy.ExplorationMode;
import org.customsrisk.scoring.policy.MandatoryRule;
import org.customsrisk.scoring.policy.PolicyDocument;
import org.customsrisk.scoring.policy.RuleKind;
import org.junit.jupiter.api.Test;

class ChannelSelectorTest {

    private static final PolicyDocument POLICY = new PolicyDocument(0.05, 0.10, 0.15, 0.10, ExplorationMode.RANDOM,
            List.of(new MandatoryRule("arms", RuleKind.HS_PREFIX, List.of("93"), null, null, null, "Prohibited goods"),
                    new MandatoryRule("listed-importer", RuleKind.IMPORTER, List.of("IMP-WATCH"), null,
                            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), "Intelligence report 2024-17"),
                    new MandatoryRule("high-value", RuleKind.CIF_VALUE_AT_LEAST, null, new BigDecimal("1000000"), null,
                            null, "Revenue at stake")),
            Map.of());

    @Test
    void realisedRatesAndExplorationShareHoldTheirTargets() {
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        Map<SelectionMode, Integer> modes = new EnumMap<>(SelectionMode.class);
        int declarations = simulate(20_000, 0.0, channels, modes);

        assertThat(channels.get(Channel.RED) / (double) declarations).isCloseTo(0.05, within(0.01));
        assertThat(channels.get(Channel.YELLOW) / (double) declarations).isCloseTo(0.10, within(0.01));
        assertThat(channels.get(Channel.BLUE) / (double) declarations).isCloseTo(0.15, within(0.01));
        assertThat(modes.get(SelectionMode.EXPLORATION) / (double) channels.get(Channel.RED))
                .isCloseTo(0.10, within(0.01));
        assertThat(modes).doesNotContainKey(SelectionMode.RULE);
    }

    @Test
    void realisedRatesFollowTheTargetWhenScoresDriftUpwards() {
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        Map<SelectionMode, Integer> modes = new EnumMap<>(SelectionMode.class);
        int declarations = simulate(20_000, 0.25, channels, modes);

        assertThat(channels.get(Channel.RED) / (double) declarations).isCloseTo(0.05, within(0.01));
        assertThat(channels.get(Channel.YELLOW) / (double) declarations).isCloseTo(0.10, within(0.01));
        assertThat(channels.get(Channel.BLUE) / (double) declarations).isCloseTo(0.15, within(0.01));
        assertThat(modes.get(SelectionMode.EXPLORATION) / (double) channels.get(Channel.RED))
                .isCloseTo(0.10, within(0.02));
    }

    /** Declarations whose scores rise by up to {@code drift} half-way; returns how many there were. */
    private static int simulate(int declarations, double drift, Map<Channel, Integer> channels,
            Map<SelectionMode, Integer> modes) {
        SplittableRandom random = new SplittableRandom(42);
        TenantSelection state = new TenantSelection(new ScoreWindow(5000), new ExplorationBudget());
        for (int i = 0; i < declarations; i++) {
            double shift = i < declarations / 2 ? 0.0 : drift;
            double score = Math.min(1.0, Math.pow(random.nextDouble(), 3) + shift * random.nextDouble());
            Selection selection = ChannelSelector.select(POLICY, declaration("IMP-" + i, "847130", 1000),
                    OptionalDouble.of(score), state, random);
            state.window().add(score);
            channels.merge(selection.channel(), 1, Integer::sum);
            modes.merge(selection.mode(), 1, Integer::sum);
        }
        return declarations;
    }

    @Test
    void uncertaintyExplorationKeepsItsBudgetAndPrefersUncertainScores() {
        PolicyDocument policy = new PolicyDocument(0.05, 0.0, 0.0, 0.5, ExplorationMode.UNCERTAINTY, List.of(), Map.of());
        SplittableRandom random = new SplittableRandom(7);
        ScoreWindow window = new ScoreWindow(5000);
        TenantSelection state = new TenantSelection(window, new ExplorationBudget());
        int explored = 0;
        double exploredUncertainty = 0;
        double allUncertainty = 0;
        int declarations = 20_000;
        for (int i = 0; i < declarations; i++) {
            double score = random.nextDouble() * 0.9;
            Selection selection = ChannelSelector.select(policy, declaration("IMP", "847130", 10),
                    OptionalDouble.of(score), state, random);
            window.add(score);
            allUncertainty += ScoreWindow.uncertainty(score);
            if (selection.mode() == SelectionMode.EXPLORATION) {
                explored++;
                exploredUncertainty += ScoreWindow.uncertainty(score);
            }
        }

        assertThat(explored / (double) declarations).isCloseTo(0.025, within(0.005));
        assertThat(exploredUncertainty / explored).isGreaterThan(allUncertainty / declarations);
    }

    @Test
    void explorationBudgetSelectsEachWithItsProbabilityButNeverStraysFromItsCount() {
        SplittableRandom random = new SplittableRandom(5);
        int[] selectedAt = new int[10];
        for (int run = 0; run < 2000; run++) {
            ExplorationBudget budget = new ExplorationBudget();
            int selected = 0;
            for (int i = 0; i < 1000; i++) {
                if (budget.draw(0.013, random)) {
                    selected++;
                    if (i < 10) {
                        selectedAt[i]++;
                    }
                }
            }
            assertThat(selected).isBetween(12, 14);
        }
        for (int first : selectedAt) {
            assertThat(first / 2000.0).isCloseTo(0.013, within(0.01));
        }
    }

    @Test
    void aValidMandatoryRuleAlwaysWins() {
        ScoreWindow window = new ScoreWindow(100);
        TenantSelection state = new TenantSelection(window, new ExplorationBudget());
        SplittableRandom random = new SplittableRandom(1);

        Selection arms = ChannelSelector.select(POLICY, declaration("IMP-1", "930190", 10), OptionalDouble.of(0.0001),
                state, random);
        Selection listed = ChannelSelector.select(POLICY, declaration("IMP-WATCH", "847130", 10), OptionalDouble.empty(),
                state, random);
        Selection highValue = ChannelSelector.select(POLICY, declaration("IMP-2", "847130", 2_000_000),
                OptionalDouble.of(0.0), state, random);

        assertThat(arms).isEqualTo(new Selection(Channel.RED, SelectionMode.RULE, List.of("arms"), 1.0, null));
        assertThat(listed.mode()).isEqualTo(SelectionMode.RULE);
        assertThat(listed.ruleHits()).containsExactly("listed-importer");
        assertThat(highValue.ruleHits()).containsExactly("high-value");
    }

    @Test
    void aRuleOutsideItsValidityDoesNotApply() {
        DeclarationPayload later = new DeclarationPayload("D", LocalDate.of(2024, 7, 1), "030", "IMP-WATCH", "DEC", null,
                null, null, null, null, null, null, null, List.of(item("847130", 10)));

        assertThat(ChannelSelector.ruleHits(POLICY, later)).isEmpty();
    }

    @Test
    void withoutAScoreOnlyRulesAndRandomSelectionAtTheRedRateRemain() {
        SplittableRandom random = new SplittableRandom(3);
        ScoreWindow window = new ScoreWindow(100);
        TenantSelection state = new TenantSelection(window, new ExplorationBudget());
        int red = 0;
        for (int i = 0; i < 20_000; i++) {
            Selection selection = ChannelSelector.select(POLICY, declaration("IMP", "847130", 10),
                    OptionalDouble.empty(), state, random);
            assertThat(selection.mode()).isIn(SelectionMode.RANDOM, SelectionMode.NONE);
            assertThat(selection.channel()).isIn(Channel.RED, Channel.GREEN);
            red += selection.channel() == Channel.RED ? 1 : 0;
        }

        assertThat(red / 20_000.0).isCloseTo(0.05, within(0.005));
    }

    private static DeclarationPayload declaration(String importer, String hsCode, int cifValue) {
        return new DeclarationPayload("D", LocalDate.of(2024, 3, 18), "030", importer, "DEC", null, null, "CN", null,
                null, null, null, null, List.of(item(hsCode, cifValue)));
    }

    private static GoodsItemPayload item(String hsCode, int cifValue) {
        return new GoodsItemPayload(1, hsCode, null, "CN", null, null, null, null, BigDecimal.TEN, null,
                BigDecimal.valueOf(cifValue), "USD", null, null, null);
    }
}
