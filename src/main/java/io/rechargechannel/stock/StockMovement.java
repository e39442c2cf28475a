package io.rechargechannel.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the stock ledger. Written set-based ({@link StockBook}, {@link StockAllocator}); read here, never changed. */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    @Id
    public Long id;
    public long warehouseId;
    public String sku;
    @Enumerated(EnumType.STRING)
    public MovementKind kind;
    public int onHandDelta;
    public int allocatedDelta;
    public String reason;
    public Long orderId;
    public String actor;
    public Instant at;
}
