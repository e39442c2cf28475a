package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Smtp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /api/emails}: the outbox listed and filtered, failed emails retried. */
@QuarkusTest
class EmailApiTest {

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Test
    void rowsAreListedByOrderStatusAndKind() {
        Smtp.fresh();
        long channel = fixture.channel(2, true, true);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);
        sender.sendDue();

        given().queryParam("order", order).get("/api/emails").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2));
        given().queryParam("order", order).queryParam("kind", "DESPATCH").get("/api/emails").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("SENT"))
                .body("items[0].sentAt", notNullValue()).body("items[0].attempts", equalTo(1));
        given().queryParam("order", order).queryParam("status", "queued").get("/api/emails").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("FEEDBACK")).body("items[0].dueAt", notNullValue());
        given().queryParam("status", "LOST").get("/api/emails").then().statusCode(400)
                .body("details[0].field", equalTo("status"));
        given().queryParam("kind", "POSTCARD").get("/api/emails").then().statusCode(400);
    }

    @Test
    void aFailedEmailIsRetriedAloneOrWithAllTheFailed() {
        Smtp.fresh();
        long channel = fixture.channel(3, true, false);
        List<Long> orders = fixture.orders(channel);
        orders.forEach(order -> fixture.despatch(order, channel));
        fixture.execute("UPDATE email_outbox SET status = 'FAILED', attempts = 8, last_error = 'Connection refused' "
                + "WHERE order_id = ANY(?1)", (Object) orders.toArray(Long[]::new));
        long first = given().queryParam("order", orders.get(0)).get("/api/emails").then().statusCode(200)
                .body("items[0].status", equalTo("FAILED")).body("items[0].lastError", equalTo("Connection refused"))
                .extract().jsonPath().getLong("items[0].id");

        given().noContentType().post("/api/emails/" + first + "/retry").then().statusCode(200)
                .body("status", equalTo("QUEUED")).body("attempts", equalTo(0));
        given().noContentType().post("/api/emails/" + first + "/retry").then().statusCode(409);
        given().noContentType().post("/api/emails/999999999/retry").then().statusCode(404);
        given().noContentType().post("/api/emails/retry-failed").then().statusCode(200)
                .body("retried", greaterThanOrEqualTo(2));
        given().queryParam("status", "FAILED").get("/api/emails").then().statusCode(200).body("total", equalTo(0));

        sender.sendDue();
        given().queryParam("status", "SENT").queryParam("size", 500).get("/api/emails").then().statusCode(200)
                .body("items.findAll { it.orderId == " + orders.get(0) + " }.status", everyItem(equalTo("SENT")));
        for (long order : orders) {
            assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).hasSize(1);
        }
    }
}
