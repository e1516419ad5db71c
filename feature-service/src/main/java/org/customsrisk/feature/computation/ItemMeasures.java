package org.customsrisk.feature.computation;

import java.math.BigDecimal;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/**
 * The amounts of a goods item as plain numbers, absent ones and negative ones as 0, with the ratios
 * guarded: a ratio whose denominator is 0 is 0, never NaN or infinite.
 */
record ItemMeasures(double cif, double fob, double netMass, double grossMass, double quantity,
        double dutyAndTaxes, Double taxRatePercent) {

    static ItemMeasures of(GoodsItemPayload item) {
        return new ItemMeasures(amount(item.cifValue()), amount(item.fobValue()), amount(item.netMassKg()),
                amount(item.grossMassKg()), amount(item.quantity()), amount(item.dutyAndTaxes()),
                item.taxRate() == null ? null : Math.max(0, item.taxRate().doubleValue()));
    }

    /** CIF value per unit of quantity; 0 without a quantity. */
    double unitValue() {
        return ratio(cif, quantity);
    }

    /** CIF value per kg of net mass (gross mass where the net is missing); 0 without a mass. */
    double valuePerKg() {
        return ratio(cif, mass());
    }

    /**
     * The price compared with the reference price: the unit value where the quantity is declared,
     * otherwise the value per kg; 0 when neither can be computed.
     */
    double price() {
        return quantity > 0 ? unitValue() : valuePerKg();
    }

    /** Duty and taxes as a share of the value: the declared rate where there is one. */
    double taxRate() {
        return taxRatePercent != null ? taxRatePercent / 100 : ratio(dutyAndTaxes, cif);
    }

    double fobCifRatio() {
        return ratio(fob, cif);
    }

    private double mass() {
        return netMass > 0 ? netMass : grossMass;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : 0;
    }

    private static double amount(BigDecimal value) {
        return value == null ? 0 : Math.max(0, value.doubleValue());
    }
}
