package org.customsrisk.feature.history;

/** A timeline as one statement read it from PostgreSQL, with the snapshot that statement saw. */
public record TimelineRead<T>(T timeline, PgSnapshot snapshot) {

    public TimelineRead<T> with(T changed) {
        return new TimelineRead<>(changed, snapshot);
    }
}
