package org.customsrisk.ingestion.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.customsrisk.contracts.scoring.DeclarationScored;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * declaration.scored in: the channel of each declaration, so that declarations can be searched by
 * it. Idempotent and order-proof: the channel of an older revision never replaces a newer one.
 */
@ApplicationScoped
public class ChannelListener {

    private static final Logger LOG = Logger.getLogger(ChannelListener.class);

    private final EntityManager entities;
    private final ObjectMapper json;

    ChannelListener(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    @Incoming("declarations-scored")
    @Blocking(ordered = false)
    public CompletionStage<Void> onScored(Message<byte[]> message) {
        try {
            record(json.readValue(message.getPayload(), DeclarationScored.class));
            return message.ack();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("declaration.scored not applied, dead-lettered: %s", e.getMessage());
            return message.nack(e);
        }
    }

    @Transactional
    void record(DeclarationScored scored) {
        entities.createNativeQuery("""
                update declaration set channel = ?1, assessed_revision = ?2
                where tenant_id = ?3 and declaration_id = ?4
                  and (assessed_revision is null or assessed_revision <= ?2)""")
                .setParameter(1, scored.channel().name())
                .setParameter(2, scored.revision())
                .setParameter(3, scored.tenant())
                .setParameter(4, scored.declarationId())
                .executeUpdate();
    }
}
