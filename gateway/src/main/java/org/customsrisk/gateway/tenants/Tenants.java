package org.customsrisk.gateway.tenants;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/** Reads of the tenant table. */
final class Tenants {

    private Tenants() {
    }

    static Tenant find(String id) {
        return Panache.getEntityManager().find(Tenant.class, id);
    }

    static void persist(Tenant tenant) {
        Panache.getEntityManager().persist(tenant);
    }

    static List<Tenant> page(int offset, int limit) {
        return Panache.getEntityManager()
                .createQuery("from Tenant order by id", Tenant.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
