package org.customsrisk.ingestion.declaration;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A goods item of one revision of a declaration. */
@Entity
@Table(name = "goods_item")
@IdClass(GoodsItem.Key.class)
public class GoodsItem {

    @Id
    public String tenantId;
    @Id
    public String declarationId;
    @Id
    public int revision;
    @Id
    public int itemNumber;
    public String hsCode;
    public String description;
    public String countryOfOrigin;
    public String originIndicator;
    public BigDecimal quantity;
    public String quantityUnit;
    public BigDecimal grossMassKg;
    public BigDecimal netMassKg;
    public BigDecimal fobValue;
    public BigDecimal cifValue;
    public String currency;
    public BigDecimal taxRate;
    public String taxType;
    public BigDecimal dutyAndTaxes;

    public record Key(String tenantId, String declarationId, int revision, int itemNumber) implements Serializable {
    }
}
