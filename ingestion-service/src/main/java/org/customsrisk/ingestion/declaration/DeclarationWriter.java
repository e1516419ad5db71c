package org.customsrisk.ingestion.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.customsrisk.contracts.Events;
import org.customsrisk.contracts.declaration.DeclarationIngested;
import org.customsrisk.ingestion.outbox.EventIds;
import org.customsrisk.ingestion.outbox.OutboxEvent;
import org.customsrisk.ingestion.outbox.OutboxWriter;
import org.customsrisk.ingestion.postgres.PgCopy;

/**
 * Stores declarations and announces them, in the caller's transaction. The same set-based path
 * serves one JSON declaration and a chunk of a bulk file: the heads of the declarations are locked
 * (in id order, so concurrent writers cannot deadlock), each submission is compared with the
 * current revision by content hash, and new revisions, goods items and outbox events are written
 * with COPY. A declaration that appears twice in one call is handled in order.
 */
@ApplicationScoped
public class DeclarationWriter {

    private static final List<String> REVISION_COLUMNS = List.of("tenant_id", "declaration_id", "revision",
            "content_sha256", "received_at", "received_by", "source", "acceptance_date", "customs_office_code",
            "importer_id", "declarant_id", "seller_id", "courier_id", "country_of_departure", "mode_of_transport",
            "process_type", "import_type", "import_use", "payment_type");
    private static final List<String> ITEM_COLUMNS = List.of("tenant_id", "declaration_id", "revision", "item_number",
            "hs_code", "description", "country_of_origin", "origin_indicator", "quantity", "quantity_unit",
            "gross_mass_kg", "net_mass_kg", "fob_value", "cif_value", "currency", "tax_rate", "tax_type",
            "duty_and_taxes");
    private static final List<String> HEAD_COLUMNS = List.of("tenant_id", "declaration_id", "current_revision",
            "content_sha256", "current_received_at", "first_received_at", "acceptance_date", "customs_office_code",
            "importer_id", "declarant_id");

    private final AgroalDataSource dataSource;
    private final OutboxWriter outbox;
    private final ObjectMapper json;

    DeclarationWriter(AgroalDataSource dataSource, OutboxWriter outbox, ObjectMapper json) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.json = json;
    }

    /** Must run in a transaction. Results are in the order of {@code submissions}. */
    public List<StoredDeclaration> write(Provenance provenance, List<DeclarationSubmission> submissions) {
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Head> heads = lockHeads(connection, provenance.tenant(), submissions);
            List<StoredDeclaration> results = new ArrayList<>(submissions.size());
            List<Object[]> revisions = new ArrayList<>();
            List<Object[]> items = new ArrayList<>();
            Map<String, Object[]> changedHeads = new LinkedHashMap<>();
            List<OutboxEvent> events = new ArrayList<>();
            for (DeclarationSubmission submission : submissions) {
                Head head = heads.get(submission.declarationId());
                String hash = ContentHash.of(submission);
                if (head.revision() > 0 && head.hash().equals(hash)) {
                    results.add(new StoredDeclaration(
                            new DeclarationReceipt(submission.declarationId(), head.revision(), head.receivedAt()),
                            WriteOutcome.UNCHANGED));
                    continue;
                }
                boolean created = head.revision() == 0;
                Head next = new Head(head.revision() + 1, hash, receivedAt);
                heads.put(submission.declarationId(), next);
                revisions.add(revisionRow(provenance, submission, next));
                submission.goodsItems().forEach(item -> items.add(itemRow(provenance.tenant(), submission, next, item)));
                changedHeads.put(submission.declarationId(), headRow(provenance.tenant(), submission, next,
                        created ? receivedAt : null));
                events.add(event(provenance, submission, next));
                results.add(new StoredDeclaration(
                        new DeclarationReceipt(submission.declarationId(), next.revision(), receivedAt),
                        created ? WriteOutcome.CREATED : WriteOutcome.AMENDED));
            }
            PgCopy.copy(connection, "declaration_revision", REVISION_COLUMNS, revisions);
            PgCopy.copy(connection, "goods_item", ITEM_COLUMNS, items);
            updateHeads(connection, new ArrayList<>(changedHeads.values()));
            outbox.append(connection, events);
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("storing declarations failed", e);
        }
    }

    /**
     * Makes sure every declaration has a head row (revision 0 stands for "not stored yet", and
     * never outlives the transaction), then locks them all and reads their current state.
     */
    private Map<String, Head> lockHeads(Connection connection, String tenant, List<DeclarationSubmission> submissions)
            throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        submissions.forEach(submission -> ids.add(submission.declarationId()));
        Array idArray = connection.createArrayOf("text", ids.toArray());
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into declaration (tenant_id, declaration_id, current_revision, content_sha256,
                    current_received_at, first_received_at, acceptance_date, customs_office_code, importer_id, declarant_id)
                select ?, id, 0, '', now(), now(), date '1970-01-01', '', '', ''
                from unnest(?::text[]) with ordinality as ids(id, position)
                order by position
                on conflict do nothing""")) {
            insert.setString(1, tenant);
            insert.setArray(2, idArray);
            insert.executeUpdate();
        }
        Map<String, Head> heads = new HashMap<>(ids.size() * 2);
        try (PreparedStatement select = connection.prepareStatement("""
                select declaration_id, current_revision, content_sha256, current_received_at
                from declaration
                where tenant_id = ? and declaration_id = any(?)
                order by declaration_id
                for update""")) {
            select.setString(1, tenant);
            select.setArray(2, idArray);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heads.put(rows.getString(1),
                            new Head(rows.getInt(2), rows.getString(3), rows.getTimestamp(4).toInstant()));
                }
            }
        }
        return heads;
    }

    private void updateHeads(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temp table if not exists incoming_head (
                        tenant_id text, declaration_id text, current_revision integer, content_sha256 text,
                        current_received_at timestamptz, first_received_at timestamptz, acceptance_date date,
                        customs_office_code text, importer_id text, declarant_id text)
                    on commit delete rows""");
        }
        PgCopy.copy(connection, "incoming_head", HEAD_COLUMNS, rows);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    update declaration d
                    set current_revision = i.current_revision,
                        content_sha256 = i.content_sha256,
                        current_received_at = i.current_received_at,
                        first_received_at = coalesce(i.first_received_at, d.first_received_at),
                        acceptance_date = i.acceptance_date,
                        customs_office_code = i.customs_office_code,
                        importer_id = i.importer_id,
                        declarant_id = i.declarant_id
                    from incoming_head i
                    where d.tenant_id = i.tenant_id and d.declaration_id = i.declaration_id""");
        }
    }

    private static Object[] revisionRow(Provenance provenance, DeclarationSubmission submission, Head head) {
        return new Object[] { provenance.tenant(), submission.declarationId(), head.revision(), head.hash(),
                head.receivedAt(), provenance.username(), provenance.source(), submission.acceptanceDate(),
                submission.customsOfficeCode(), submission.importerId(), submission.declarantId(),
                submission.sellerId(), submission.courierId(), submission.countryOfDeparture(),
                submission.modeOfTransport(), submission.processType(), submission.importType(),
                submission.importUse(), submission.paymentType() };
    }

    private static Object[] itemRow(String tenant, DeclarationSubmission submission, Head head, GoodsItemSubmission item) {
        return new Object[] { tenant, submission.declarationId(), head.revision(), item.itemNumber(), item.hsCode(),
                item.description(), item.countryOfOrigin(), item.originIndicator(), item.quantity(),
                item.quantityUnit(), item.grossMassKg(), item.netMassKg(), item.fobValue(), item.cifValue(),
                item.currency(), item.taxRate(), item.taxType(), item.dutyAndTaxes() };
    }

    private static Object[] headRow(String tenant, DeclarationSubmission submission, Head head, Instant firstReceivedAt) {
        return new Object[] { tenant, submission.declarationId(), head.revision(), head.hash(), head.receivedAt(),
                firstReceivedAt, submission.acceptanceDate(), submission.customsOfficeCode(), submission.importerId(),
                submission.declarantId() };
    }

    private OutboxEvent event(Provenance provenance, DeclarationSubmission submission, Head head) {
        DeclarationIngested ingested = new DeclarationIngested(provenance.tenant(), submission.declarationId(),
                head.revision(), head.receivedAt(), DeclarationEvents.payloadOf(submission));
        try {
            return new OutboxEvent(EventIds.next(), provenance.tenant(), Events.DECLARATION_INGESTED,
                    submission.declarationId(), json.writeValueAsString(ingested), head.receivedAt(),
                    provenance.traceparent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a declaration event", e);
        }
    }

    /** The state of a declaration: its current revision (0 = not stored yet) and that revision's hash. */
    private record Head(int revision, String hash, Instant receivedAt) {
    }
}
