package org.customsrisk.ingestion.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.customsrisk.ingestion.postgres.PgCopy;

/** Adds events to the outbox inside the caller's transaction, on the caller's connection. */
@ApplicationScoped
public class OutboxWriter {

    private static final List<String> COLUMNS = List.of(
            "id", "tenant_id", "event_type", "subject", "payload", "created_at", "traceparent");

    private final Event<OutboxAppended> appended;

    OutboxWriter(Event<OutboxAppended> appended) {
        this.appended = appended;
    }

    public void append(Connection connection, List<OutboxEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        PgCopy.copy(connection, "outbox_event", COLUMNS, events.stream()
                .map(event -> new Object[] { event.id(), event.tenant(), event.type(), event.subject(), event.payload(),
                        event.createdAt(), event.traceparent() })
                .toList());
        appended.fire(new OutboxAppended(events.size()));
    }
}
