package io.rechargechannel.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Stock of one SKU in one warehouse. {@code available} is computed by PostgreSQL. */
@Entity
@Table(name = "stock_level")
public class StockLevel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long warehouseId;
    public String sku;
    public int onHand;
    public int allocated;
    @Column(insertable = false, updatable = false)
    public int available;
    public Instant updatedAt;
}
