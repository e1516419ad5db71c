package org.customsrisk.ingestion.bulk;

import org.customsrisk.ingestion.declaration.DeclarationSubmission;
import org.customsrisk.ingestion.inspection.InspectionResultSubmission;

/**
 * One CSV row read by a layout: a declaration with the row's single goods item, and the row's
 * inspection result when labels are imported and the row carries one.
 */
record ParsedRow(long line, DeclarationSubmission declaration, InspectionResultSubmission label) {
}
