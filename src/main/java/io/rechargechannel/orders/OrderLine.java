package io.rechargechannel.orders;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One line of an order: a SKU and how many. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    public Order order;
    public int lineNumber;
    public Long purchaseItemId;
    public String purchaseItemType;
    public String externalProductId;
    public String externalVariantId;
    public String sku;
    public String title;
    public String variantTitle;
    public int quantity;
    public BigDecimal unitPrice;
    public BigDecimal totalPrice;
    public Integer grams;
    /** Stock this line holds in {@code allocatedWarehouseId}; written by the importer, 0 when none. */
    public int allocatedQuantity;
    public Long allocatedWarehouseId;

    /** The line as papers name it: the title, and its variant after a dash when it has one. */
    public String titleWithVariant() {
        String name = title == null ? "" : title;
        return variantTitle == null || variantTitle.isBlank() ? name : name + " – " + variantTitle;
    }
}
