package org.customsrisk.scoring.selectivity;

import java.util.random.RandomGenerator;

/**
 * Draws exploration selections by randomised systematic sampling: every declaration adds its
 * exploration probability to a credit that started at a uniform random point, and is selected when
 * the credit passes a whole unit. Each declaration is selected with its probability, as with a coin
 * toss, but the number selected never strays more than one from its expectation, so the exploration
 * share holds its target even over a few hundred inspections.
 */
public final class ExplorationBudget {

    private double credit = Double.NaN;

    public synchronized boolean draw(double probability, RandomGenerator random) {
        if (Double.isNaN(credit)) {
            credit = random.nextDouble();
        }
        credit += probability;
        if (credit >= 1.0) {
            credit -= 1.0;
            return true;
        }
        return false;
    }
}
