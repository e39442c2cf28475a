package io.rechargechannel.sandbox;

import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Test helper: a ReCharge call to the sandbox as a 2021-11 client makes it. */
final class SandboxHttp {

    private SandboxHttp() {
    }

    static RequestSpecification recharge(String token) {
        return given().header("X-Recharge-Access-Token", token).header("X-Recharge-Version", "2021-11")
                .basePath(CreatedStore.BASE_URL);
    }

    /** Follows next_cursor (sending only cursor and limit) and returns the ids of every page, in order. */
    static List<Long> pageThrough(String token, String firstQuery, int limit, Runnable betweenPages) {
        List<Long> ids = new ArrayList<>();
        var page = recharge(token).get("/orders?limit=" + limit + "&" + firstQuery).then().statusCode(200)
                .extract().jsonPath();
        ids.addAll(page.getList("orders.id", Long.class));
        String next = page.getString("next_cursor");
        while (next != null) {
            betweenPages.run();
            page = recharge(token).queryParam("cursor", next).queryParam("limit", limit).get("/orders").then()
                    .statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("orders.id", Long.class));
            next = page.getString("next_cursor");
        }
        return ids;
    }
}
