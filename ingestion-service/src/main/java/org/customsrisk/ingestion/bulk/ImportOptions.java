package org.customsrisk.ingestion.bulk;

/** How to read a file: its layout, whether its label columns become inspection results, and the
 * currency of its values where the layout has no currency column. */
record ImportOptions(CsvLayout layout, boolean importLabels, String currency) {
}
