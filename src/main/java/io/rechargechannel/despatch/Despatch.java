package io.rechargechannel.despatch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A despatch as it was made: the carrier's name and the tracking link as they stood then, so that a carrier
 * renamed or removed from the configuration later does not change what the order page and packing slip say.
 * Written by {@link DespatchTable} in one statement per bulk despatch; read here, never changed.
 */
@Entity
@Table(name = "despatch")
public class Despatch extends PanacheEntityBase {

    @Id
    public Long id;
    public long orderId;
    public String carrierCode;
    public String carrierName;
    public String trackingNumber;
    public String trackingUrl;
    public String actor;
    public Instant despatchedAt;

    public static Optional<Despatch> ofOrder(long orderId) {
        return find("orderId", orderId).firstResultOptional();
    }
}
