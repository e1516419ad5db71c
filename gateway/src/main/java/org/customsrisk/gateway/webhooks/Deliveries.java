package org.customsrisk.gateway.webhooks;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery queue in the gateway's database; every method runs in its caller's transaction. */
@ApplicationScoped
public class Deliveries {

    /** One PENDING delivery per webhook of the tenant, unless this event was queued for it before. */
    void enqueue(String tenant, String eventId, String eventType, String subject, String payload) {
        em().createNativeQuery("""
                insert into webhook_delivery (id, webhook_id, tenant_id, event_id, event_type, subject, payload, status,
                                              attempts, next_attempt_at, created_at)
                select gen_random_uuid(), w.id, w.tenant_id, :eventId, :eventType, :subject, :payload, 'PENDING',
                       0, now(), now()
                from webhook w where w.tenant_id = :tenant
                on conflict (webhook_id, event_id) do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .setParameter("subject", subject)
                .setParameter("payload", payload)
                .setParameter("tenant", tenant)
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} due deliveries for this replica: their next attempt moves past the
     * lease, so that no other replica sends them meanwhile, and a replica that dies mid-way leaves
     * them due again when the lease ends.
     */
    @SuppressWarnings("unchecked")
    List<UUID> claimDue(int limit, Duration lease) {
        return em().createNativeQuery("""
                update webhook_delivery set next_attempt_at = now() + make_interval(secs => :lease)
                where id in (select id from webhook_delivery
                             where status = 'PENDING' and next_attempt_at <= now()
                             order by next_attempt_at limit :limit for update skip locked)
                returning id""", UUID.class)
                .setParameter("lease", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
    }

    WebhookDelivery find(UUID id) {
        return em().find(WebhookDelivery.class, id);
    }

    Webhook webhook(UUID id) {
        return em().find(Webhook.class, id);
    }

    void delivered(UUID id, int status, Instant at) {
        WebhookDelivery delivery = find(id);
        delivery.attempts++;
        delivery.lastAttemptAt = at;
        delivery.lastStatusCode = status;
        delivery.lastError = null;
        delivery.status = WebhookDelivery.Status.DELIVERED;
        delivery.deliveredAt = at;
        delivery.nextAttemptAt = null;
    }

    void failed(UUID id, Integer status, String error, Instant at, int maxAttempts, Duration initial, Duration max) {
        WebhookDelivery delivery = find(id);
        delivery.attempts++;
        delivery.lastAttemptAt = at;
        delivery.lastStatusCode = status;
        delivery.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (delivery.attempts >= maxAttempts) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = at.plus(backoff(delivery.attempts, initial, max));
        }
    }

    /** The wait after the n-th failed attempt: initial, then doubled each time, at most max. */
    static Duration backoff(int failedAttempts, Duration initial, Duration max) {
        Duration wait = initial.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
