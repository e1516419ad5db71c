package org.customsrisk.ingestion.bulk;

/** A cell that cannot be read: the column and why. */
class RowRejectedException extends Exception {

    private final String column;

    RowRejectedException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }
}
