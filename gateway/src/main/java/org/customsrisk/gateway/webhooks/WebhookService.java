package org.customsrisk.gateway.webhooks;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.ResourceNotFoundException;

/** The webhooks of a tenant: registered, listed, removed, and their deliveries. */
@ApplicationScoped
public class WebhookService {

    private final WebhookUrls urls;

    WebhookService(WebhookUrls urls) {
        this.urls = urls;
    }

    @Transactional
    public Webhook register(String tenant, String user, WebhookRegistration registration) {
        urls.refusal(registration.url()).ifPresent(reason -> {
            throw new InvalidRequestException("url", reason);
        });
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.tenantId = tenant;
        webhook.url = registration.url();
        webhook.description = registration.description();
        webhook.secret = Signatures.newSecret();
        webhook.createdBy = user;
        webhook.createdAt = Instant.now();
        em().persist(webhook);
        return webhook;
    }

    @Transactional
    public List<Webhook> list(String tenant) {
        return em().createQuery("from Webhook where tenantId = :tenant order by createdAt", Webhook.class)
                .setParameter("tenant", tenant)
                .getResultList();
    }

    @Transactional
    public Webhook get(String tenant, UUID id) {
        return Optional.ofNullable(em().find(Webhook.class, id))
                .filter(webhook -> webhook.tenantId.equals(tenant))
                .orElseThrow(() -> new ResourceNotFoundException("Webhook", id));
    }

    @Transactional
    public void delete(String tenant, UUID id) {
        em().remove(get(tenant, id));
    }

    @Transactional
    public List<WebhookDelivery> deliveries(String tenant, UUID webhookId, Optional<WebhookDelivery.Status> status,
            int offset, int limit) {
        get(tenant, webhookId);
        return em().createQuery("from WebhookDelivery where webhookId = :webhook"
                        + " and (:status is null or status = :status) order by createdAt desc, id", WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setParameter("status", status.orElse(null))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
