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
                new MissingPermission("write_orders", "Orders: Read and write", "In ReCharge, open Tools & apps → "
                        + "API tokens (older accounts: Integrations → API tokens), edit the token “Warehouse” and set "
                        + "Orders to Read and write"),
                new MissingPermission("write_products", "Products: Read and write", "In ReCharge, open Tools & apps → "
                        + "API tokens (older accounts: Integrations → API tokens), edit the token “Warehouse” and set "
                        + "Products to Read and write"));
    }

    @Test
    void saysTheTokenWhenReChargeGaveNoName() {
        assertThat(RequiredPermissions.missingFrom(List.of(), null))
                .hasSize(4)
                .allSatisfy(permission -> assertThat(permission.fix()).contains("edit the token and set"));
    }

    @Test
    void aPermissionStandsForItsReadAndWriteScopes() {
        List<MissingPermission> missing = RequiredPermissions.missingFrom(List.of("read_orders", "write_orders"), "WMS");

        assertThat(MissingPermission.onePerPermission(missing)).singleElement().satisfies(permission -> {
            assertThat(permission.permission()).isEqualTo("Products: Read and write");
            assertThat(permission.scope()).isEqualTo("read_products, write_products");
        });
        assertThat(TokenVerdict.lacking(missing, null, "WMS").message())
                .isEqualTo("The access token lacks Products: Read and write");
    }

    @Test
    void aScopeTheSyncFoundMissingIsNamedEvenWhenWeDoNotAskForIt() {
        assertThat(RequiredPermissions.forScope("read_orders").permission()).isEqualTo("Orders: Read and write");
        assertThat(RequiredPermissions.forScope("store_info").permission()).isEqualTo("Store info");
    }
}
