package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenPermissionsTest {

    @Test
    void aTokenWithReadAndWriteOnOrdersAndProductsLacksNothing() {
        assertThat(RequiredPermissions.missingFrom(
                List.of("read_orders", "write_orders", "read_products", "write_products", "read_customers"), "wms"))
                .isEmpty();
    }

    @Test
    void namesEachMissingScopeWithThePermissionAndTheFix() {
        List<MissingPermission> missing = RequiredPermissions.missingFrom(List.of("read_orders", "read_products"), "Warehouse");

        assertThat(missing).containsExactly(
                new MissingPermission("write_orders", "Orders: Read and write",
                        "In ReCharge, open Tools & apps → API tokens → Warehouse and set Orders to Read and write"),
                new MissingPermission("write_products", "Products: Read and write",
                        "In ReCharge, open Tools & apps → API tokens → Warehouse and set Products to Read and write"));
    }

    @Test
    void saysYourTokenWhenReChargeGaveNoName() {
        assertThat(RequiredPermissions.missingFrom(List.of(), null))
                .hasSize(4)
                .allSatisfy(permission -> assertThat(permission.fix()).contains("→ your token and set"));
    }
}
