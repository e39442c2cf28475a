package io.rechargechannel.recharge;

import java.math.BigDecimal;

public record ReChargeShippingLine(String code, String title, BigDecimal price) {
}
