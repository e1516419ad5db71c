package org.customsrisk.ingestion.bulk;

/** The column layouts the bulk importer reads. */
public enum CsvLayout {
    /** The platform's own: one row per goods item, columns named as the JSON fields. */
    PLATFORM(new PlatformRowMapper()),
    /** The KCS synthetic import declarations (arXiv:2208.02484), as published. */
    KCS(new KcsRowMapper()),
    /** The WCO BACUDA / DATE synthetic declarations (Nigeria format), as published. */
    BACUDA(new BacudaRowMapper());

    private final RowMapper mapper;

    CsvLayout(RowMapper mapper) {
        this.mapper = mapper;
    }

    RowMapper mapper() {
        return mapper;
    }
}
