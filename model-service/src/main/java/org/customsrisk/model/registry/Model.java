package org.customsrisk.model.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A model of a tenant: a name under which versions are registered, trained and promoted. */
@Entity
@Table(name = "model")
@IdClass(Model.Key.class)
public class Model {

    @Id
    public String tenantId;
    @Id
    public String name;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public String createdBy;
    public Instant createdAt;

    public record Key(String tenantId, String name) implements Serializable {
    }
}
