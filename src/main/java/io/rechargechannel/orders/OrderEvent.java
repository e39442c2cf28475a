package io.rechargechannel.orders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of an order's timeline. Written by {@link OrderTimeline}, never changed. */
@Entity
@Table(name = "order_event")
public class OrderEvent extends PanacheEntityBase {

    /** What happened; {@link #label()} is how the timeline says it. */
    public enum Kind {
        IMPORTED("Imported"), UPDATED("Updated by ReCharge"), ALLOCATED("Stock allocated"), HELD("Put on hold"),
        RELEASED("Released"), DESPATCHED("Despatched"), CANCELLED("Cancelled"), ATTENTION("Needs attention"),
        EMAIL_QUEUED("Email queued"), EMAIL_SENT("Email sent"), EMAIL_NOT_SENT("Email not sent"),
        EMAIL_FAILED("Email failed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long orderId;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String actor;
    public String summary;
}
