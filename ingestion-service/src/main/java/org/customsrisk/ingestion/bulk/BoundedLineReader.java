package org.customsrisk.ingestion.bulk;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a line longer than a bound, so that one endless line of an uploaded file cannot hold the
 * whole file in memory while the CSV parser waits for its end.
 */
final class BoundedLineReader extends FilterReader {

    /** A line of the file is longer than the bound: the file is not a CSV file the importer takes. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(long line, int bound) {
            super("line " + line + " is longer than " + bound + " characters; is the file a CSV file of the layout?");
        }
    }

    private final int bound;
    private long line = 1;
    private int length;

    BoundedLineReader(Reader in, int bound) {
        super(in);
        this.bound = bound;
    }

    @Override
    public int read() throws IOException {
        int character = super.read();
        if (character >= 0) {
            count((char) character);
        }
        return character;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char character) throws LineTooLongException {
        if (character == '\n') {
            line++;
            length = 0;
        } else if (++length > bound) {
            throw new LineTooLongException(line, bound);
        }
    }
}
