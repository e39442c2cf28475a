package io.rechargechannel.web.pages;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** The bulk despatch form: one carrier for all, a tracking number per order. */
@TemplateData
public record BulkDespatchForm(List<Row> rows, List<Option> carriers, List<Long> missing) {

    /** One order of the form, with what was typed and what is wrong with it. */
    @TemplateData
    public record Row(long id, String number, String customer, String status, String trackingNumber) {
    }

    public String orderIdsQuery() {
        StringBuilder query = new StringBuilder();
        rows.forEach(r -> query.append(query.isEmpty() ? "" : "&").append("orderId=").append(r.id()));
        return query.toString();
    }
}
