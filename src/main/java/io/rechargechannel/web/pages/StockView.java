package io.rechargechannel.web.pages;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** The stock page: one warehouse's levels, a page of them, and what counts as low. */
@TemplateData
public record StockView(long warehouseId, String warehouseName, List<Option> warehouses, String q, List<Line> lines,
                        int page, long total, int size, int lowThreshold) {

    /**
     * One SKU.
     *
     * @param state       ok, low or negative: the CSS modifier
     * @param stateWords  the same in words ("Low", "Short by 3"), empty when fine
     * @param skuParam    the SKU URL-encoded (SKUs may hold "/" or spaces)
     */
    @TemplateData
    public record Line(String sku, String skuParam, String title, int onHand, int allocated, int available,
                       String state, String stateWords, String lastMovement, String lastMovementExact) {
    }

    /** Whether the warehouse option is the one shown. */
    public boolean chosen(String warehouseOption) {
        return String.valueOf(warehouseId).equals(warehouseOption);
    }

    public String qParam() {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    public long from() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long to() {
        return Math.min((long) (page + 1) * size, total);
    }
}
