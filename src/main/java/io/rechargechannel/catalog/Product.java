package io.rechargechannel.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A product of a channel; its variants carry the SKUs. Written by {@link ProductImporter}. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long channelId;
    public String externalProductId;
    public String title;
    public String vendor;
    /** CATALOG when read from ReCharge's /products, ORDER_LINES when derived from orders. */
    public String source;
    public Instant syncedAt;

    @OneToMany(mappedBy = "product")
    @OrderBy("id")
    public List<ProductVariant> variants = new ArrayList<>();
}
