package org.customsrisk.feature.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.LocalDate;
import org.customsrisk.feature.computation.InMemoryProfileHistory;
import org.customsrisk.feature.computation.TrainingRows;
import org.jboss.logging.Logger;

/**
 * A training set in one ordered pass: the tenant's history up to the end of the window is read into
 * memory once (aggregated per profile and day), then every labelled declaration of the window is
 * computed against it as of its own acceptance date - the computation of the event path.
 */
@ApplicationScoped
public class TrainingSetExport {

    private static final Logger LOG = Logger.getLogger(TrainingSetExport.class);

    private final TrainingSetRepository repository;

    TrainingSetExport(TrainingSetRepository repository) {
        this.repository = repository;
    }

    public void write(String tenant, LocalDate from, LocalDate to, Writer out) throws IOException {
        long started = System.nanoTime();
        try {
            InMemoryProfileHistory history = repository.historyBefore(tenant, to);
            TrainingRows rows = new TrainingRows(history, out);
            rows.writeHeader();
            int[] written = { 0 };
            repository.labelledDeclarations(tenant, from, to,
                    labelled -> written[0] += rows.write(labelled.declaration(), labelled.results()));
            LOG.infof("Training set of %s from %s to %s: %d rows in %d ms", tenant, from, to, written[0],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("the training set cannot be read: " + e.getMessage(), e));
        }
    }
}
