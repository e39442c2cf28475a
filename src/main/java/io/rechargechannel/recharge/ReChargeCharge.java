package io.rechargechannel.recharge;

/** The charge an order was created by, as a 2021-11 order names it: {@code {"id": 580825303, "status": "success"}}. */
public record ReChargeCharge(Long id, String status) {
}
