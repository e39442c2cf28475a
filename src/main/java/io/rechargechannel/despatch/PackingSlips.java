package io.rechargechannel.despatch;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.Company;
import io.rechargechannel.channel.GeneralSettings;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.orders.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Packing slips: an order, its lines and where it goes, in its channel's brand. */
@ApplicationScoped
public class PackingSlips {

    @Transactional
    public Optional<PackingSlip> of(long orderId) {
        Order order = Order.findById(orderId);
        if (order == null) {
            return Optional.empty();
        }
        GeneralSettings general = GeneralSettings.current();
        SalesChannel channel = SalesChannel.findById(order.channelId);
        Brand brand = channel == null ? general.brand() : channel.effectiveBrand(general);
        Company company = general.company();
        List<PackingSlip.Line> lines = order.lines.stream()
                .map(l -> new PackingSlip.Line(l.sku, l.titleWithVariant(), l.quantity)).toList();
        String carrierName = Despatch.ofOrder(orderId).map(d -> d.carrierName).orElse(null);
        return Optional.of(new PackingSlip(order.id, order.displayNumber(), order.createdAt, order.customerName(),
                shipTo(order), order.shippingMethod, lines, brand.name() != null ? brand.name() : company.name(),
                brand.logoUrl(), brand.accentColour(), company.name(), company.address(), company.email(),
                company.website(), carrierName, order.trackingNumber));
    }

    private static List<String> shipTo(Order o) {
        List<String> lines = new ArrayList<>();
        String town = Stream.of(o.shipCity, o.shipProvince, o.shipZip).filter(PackingSlips::present)
                .reduce((a, b) -> a + " " + b).orElse(null);
        Stream.of(o.customerName(), o.shipCompany, o.shipAddress1, o.shipAddress2, town, o.shipCountryCode)
                .filter(PackingSlips::present).forEach(lines::add);
        return lines;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
