package org.customsrisk.ingestion.bulk;

import java.util.List;
import java.util.Map;

/** Reads the rows of one CSV layout into the platform's declarations. */
interface RowMapper {

    /** Columns without which no row can be read. */
    List<String> requiredColumns(ImportOptions options);

    /** The column holding each field of a declaration (or of its goods item, or of the inspection result). */
    Map<String, String> columnsByField();

    /** Validation groups of the layout's declarations (see IsoReferenceData). */
    Class<?>[] validationGroups();

    ParsedRow map(CsvRow row, ImportOptions options) throws RowRejectedException;
}
