package org.customsrisk.contracts.scoring;

/**
 * Why a declaration scored as it did: a feature and its contribution to the model's margin (log
 * odds; positive raises the risk), or a mandatory rule that matched (feature null, contribution 0).
 */
public record Reason(String feature, String description, double contribution, String rule) {
}
