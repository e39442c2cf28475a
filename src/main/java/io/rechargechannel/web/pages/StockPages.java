package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.Warehouse;
import io.rechargechannel.stock.Adjustment;
import io.rechargechannel.stock.StockAdjustments;
import io.rechargechannel.stock.StockConfig;
import io.rechargechannel.stock.StockMovement;
import io.rechargechannel.stock.StockProblem;
import io.rechargechannel.stock.StockQuery;
import io.rechargechannel.stock.StockRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stock page: per warehouse, each SKU's on hand, allocated and available, adjustments and movements. */
@Path("/stock")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class StockPages {

    static final int PAGE_SIZE = 100;
    private static final Map<String, String> LABELS = Map.of("warehouseId", "Warehouse", "sku", "SKU",
            "kind", "What happened", "amount", "Quantity", "reason", "Reason");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stock(StockView view, FormState form);

        static native TemplateInstance movements(MovementsView view);
    }

    private final StockQuery stock;
    private final StockAdjustments adjustments;
    private final StockConfig config;
    private final Clock clock;

    StockPages(StockQuery stock, StockAdjustments adjustments, StockConfig config, Clock clock) {
        this.stock = stock;
        this.adjustments = adjustments;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("warehouse") Long warehouseId, @QueryParam("q") String q,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("adjust") String adjust) {
        Warehouse warehouse = chosen(warehouseId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("warehouseId", String.valueOf(warehouse.id()));
        values.put("sku", adjust == null ? "" : adjust);
        values.put("kind", "RECEIPT");
        return Templates.stock(view(warehouse, q, page), FormState.of(values));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response adjust(MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.read(LABELS, posted);
        Integer amount = form.number("amount");
        Long warehouseId = parsedId(form.text("warehouseId"));
        boolean count = "COUNT".equals(form.text("kind"));
        if (form.valid()) {
            String sku = form.text("sku").strip();
            try {
                adjustments.adjust(new Adjustment(warehouseId, sku, count ? null : amount, count ? amount : null,
                        form.text("reason")));
                return Flash.redirect("/stock?warehouse=" + warehouseId + "&q=" + URLEncoder.encode(sku, StandardCharsets.UTF_8),
                        (count ? "Stock count of " : "Goods received for ") + sku + " saved");
            } catch (StockProblem problem) {
                String field = problem.field().orElse("sku");
                form.error(field.equals("countedOnHand") || field.equals("quantity") ? "amount" : field, problem.getMessage());
            }
        }
        Warehouse warehouse = chosen(warehouseId);
        return Response.status(422).entity(Templates.stock(view(warehouse, form.text("sku"), 0), form.state())).build();
    }

    @GET
    @Path("movements")
    @Transactional
    public Response movements(@QueryParam("warehouseId") Long warehouseId, @QueryParam("sku") String sku,
                              @QueryParam("page") @DefaultValue("0") int page) {
        Warehouse warehouse = chosen(warehouseId);
        if (sku == null || sku.isBlank()) {
            return Response.seeOther(java.net.URI.create("/stock?warehouse=" + warehouse.id())).build();
        }
        StockQuery.Found<StockMovement> found = stock.movements(warehouse.id(), sku, Math.max(page, 0), PAGE_SIZE);
        StockQuery.Found<StockRow> level = stock.levels(warehouse.id(), sku, null, 0, 1);
        List<MovementsView.Line> lines = found.items().stream().map(m -> new MovementsView.Line(Times.exact(m.at),
                m.kind.label(), signed(m.onHandDelta), signed(m.allocatedDelta), m.reason, m.orderId, m.actor)).toList();
        StockView.Line current = level.items().isEmpty() ? null : line(level.items().get(0));
        return Response.ok(Templates.movements(new MovementsView(warehouse.id(), warehouse.name(), sku, current, lines,
                Math.max(page, 0), found.total(), PAGE_SIZE))).build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Transactional
    public Response export(@QueryParam("warehouse") Long warehouseId, @QueryParam("q") String q) {
        Warehouse warehouse = chosen(warehouseId);
        StringBuilder csv = new StringBuilder("warehouse,sku,title,on_hand,allocated,available,last_movement_at\r\n");
        int page = 0;
        List<StockRow> rows;
        do {
            rows = stock.levels(warehouse.id(), null, q, page++, 1000).items();
            for (StockRow r : rows) {
                csv.append(Csv.cell(warehouse.code())).append(',').append(Csv.cell(r.sku())).append(',')
                        .append(Csv.cell(r.title())).append(',').append(r.onHand()).append(',').append(r.allocated())
                        .append(',').append(r.available()).append(',')
                        .append(r.lastMovementAt() == null ? "" : r.lastMovementAt().toString()).append("\r\n");
            }
        } while (rows.size() == 1000);
        return Response.ok(csv.toString()).header("Content-Disposition",
                "attachment; filename=\"stock-" + warehouse.code().toLowerCase() + ".csv\"").build();
    }

    private StockView view(Warehouse warehouse, String q, int page) {
        int shown = Math.max(page, 0);
        StockQuery.Found<StockRow> found = stock.levels(warehouse.id(), null, q, shown, PAGE_SIZE);
        List<Option> warehouses = Warehouse.allByCode().stream()
                .map(w -> new Option(String.valueOf(w.id()), w.name() + " (" + w.code() + ")")).toList();
        return new StockView(warehouse.id(), warehouse.name(), warehouses, q == null ? "" : q,
                found.items().stream().map(this::line).toList(), shown, found.total(), PAGE_SIZE, config.lowThreshold());
    }

    private StockView.Line line(StockRow r) {
        String state = r.available() < 0 ? "negative" : r.available() <= config.lowThreshold() ? "low" : "ok";
        String words = switch (state) {
            case "negative" -> "Short by " + -r.available();
            case "low" -> "Low";
            default -> "";
        };
        return new StockView.Line(r.sku(), URLEncoder.encode(r.sku(), StandardCharsets.UTF_8), r.title(), r.onHand(),
                r.allocated(), r.available(), state, words, Times.ago(r.lastMovementAt(), clock.instant()),
                Times.exact(r.lastMovementAt()));
    }

    private static Warehouse chosen(Long warehouseId) {
        if (warehouseId != null) {
            var found = Warehouse.byId(warehouseId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Warehouse.findByCode(Warehouse.DEFAULT_CODE).orElseGet(() -> Warehouse.allByCode().get(0));
    }

    private static Long parsedId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String signed(int delta) {
        return delta == 0 ? "" : (delta > 0 ? "+" : "−") + Math.abs(delta);
    }
}
