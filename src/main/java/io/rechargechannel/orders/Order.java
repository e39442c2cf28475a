package io.rechargechannel.orders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order in the warehouse. Rows are written by {@link OrderImporter} (set-based); this entity is
 * the read side and where warehouse actions on one order live.
 */
@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long channelId;
    public long rechargeOrderId;
    public String externalOrderId;
    public String externalOrderNumber;
    public String externalOrderName;
    /** The ReCharge charge the order came from, and that charge's status. */
    public Long chargeId;
    public String chargeStatus;
    public String rechargeStatus;
    public String rechargeType;
    public String customerEmail;
    public String firstName;
    public String lastName;
    public String shipCompany;
    public String shipAddress1;
    public String shipAddress2;
    public String shipCity;
    public String shipProvince;
    public String shipZip;
    public String shipCountryCode;
    public String shipPhone;
    public String shippingMethod;
    public String currency;
    public BigDecimal subtotalPrice;
    public BigDecimal totalTax;
    public BigDecimal totalDiscounts;
    public BigDecimal totalPrice;
    public Integer totalWeightGrams;
    public String tags;
    public String note;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant processedAt;
    public Instant scheduledAt;
    public String contentHash;
    @Enumerated(EnumType.STRING)
    public FulfilmentStatus fulfilmentStatus;
    public Instant releasedAt;
    public boolean needsAttention;
    public String attentionReason;
    public Instant importedAt;
    public Instant lastSyncedAt;
    public Instant despatchedAt;
    public String carrier;
    public String trackingNumber;
    /** Set while the warehouse holds the order; an import never clears it (see {@link OrderHolds}). */
    public Instant heldAt;
    public String heldBy;
    public String holdReason;
    /** When the current {@link #attentionReason} was raised. */
    public Instant attentionSince;
    /** When the order was placed (ReCharge's creation time, else its import): computed by PostgreSQL. */
    @Column(insertable = false, updatable = false)
    public Instant placedAt;

    /** The number the warehouse knows the order by: the shop's order name or number, else ReCharge's id. */
    public String displayNumber() {
        return numberOf(externalOrderName, externalOrderNumber, rechargeOrderId);
    }

    public static String numberOf(String externalName, String externalNumber, long rechargeOrderId) {
        if (externalName != null && !externalName.isBlank()) {
            return externalName;
        }
        return externalNumber != null && !externalNumber.isBlank() ? "#" + externalNumber : "ReCharge " + rechargeOrderId;
    }

    public String customerName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? (customerEmail == null ? "" : customerEmail) : name;
    }

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<OrderLine> lines = new ArrayList<>();
}
