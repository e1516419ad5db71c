package org.customsrisk.ingestion.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVRecord;

/** Typed reading of one CSV record's cells; a blank cell reads as null. */
final class CsvRow {

    private final CSVRecord record;
    private final long line;

    CsvRow(CSVRecord record, long line) {
        this.record = record;
        this.line = line;
    }

    long line() {
        return line;
    }

    String text(String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    BigDecimal decimal(String column) throws RowRejectedException {
        String value = text(column);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(column, "'" + value + "' is not a number");
        }
    }

    Integer integer(String column) throws RowRejectedException {
        BigDecimal value = decimal(column);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            throw new RowRejectedException(column, "'" + value + "' is not a whole number");
        }
    }

    LocalDate date(String column, DateTimeFormatter format) throws RowRejectedException {
        String value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column, "'" + value + "' is not a date (" + format + ")");
        }
    }

    /** 1/0, true/false, yes/no; null when blank. */
    Boolean flag(String column) throws RowRejectedException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "y" -> true;
            case "0", "false", "no", "n" -> false;
            default -> throw new RowRejectedException(column, "'" + value + "' is not 1/0, true/false or yes/no");
        };
    }
}
