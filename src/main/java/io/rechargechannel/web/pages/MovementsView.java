package io.rechargechannel.web.pages;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** One SKU's ledger in one warehouse, newest first. */
@TemplateData
public record MovementsView(long warehouseId, String warehouseName, String sku, StockView.Line current,
                            List<Line> lines, int page, long total, int size) {

    /** One movement, its deltas signed ("+40", "−2"), empty when nothing moved. */
    @TemplateData
    public record Line(String at, String kind, String onHand, String allocated, String reason, Long orderId,
                       String actor) {
    }

    public String skuParam() {
        return java.net.URLEncoder.encode(sku == null ? "" : sku, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
