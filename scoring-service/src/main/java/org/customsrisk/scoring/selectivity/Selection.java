package org.customsrisk.scoring.selectivity;

import java.util.List;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.scoring.SelectionMode;

/**
 * The channel of a declaration and what chose it. {@code inspectionProbability} is the probability
 * with which a declaration in its situation is sent to RED (1 for rules and model selections; the
 * exploration or random probability otherwise): the propensity that unbiased estimates from
 * inspected declarations weigh by. {@code modelChannel} is the channel the model's score bands
 * gave before exploration (null without a score, or when a rule decided).
 */
public record Selection(Channel channel, SelectionMode mode, List<String> ruleHits, double inspectionProbability,
        Channel modelChannel) {
}
