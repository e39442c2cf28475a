package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The body shapes of recharge-api.md 5.2. */
class ReChargeErrorBodyTest {

    @Test
    void plainStringErrors() {
        assertThat(ErrorBody.parse("{\"errors\": \"Not Found\"}").message()).isEqualTo("Not Found");
    }

    @Test
    void fieldErrorsAsLists() {
        ErrorBody body = ErrorBody.parse("{\"errors\": {\"address1\": [\"Field may not be null.\"]}}");

        assertThat(body.message()).isEqualTo("address1: Field may not be null.");
        assertThat(body.fields()).containsExactly("address1");
    }

    @Test
    void fieldErrorAsString() {
        assertThat(ErrorBody.parse("{\"errors\": {\"email\": \"email already exists on store\"}}").message())
                .isEqualTo("email: email already exists on store");
    }

    @Test
    void nestedFieldErrors() {
        assertThat(ErrorBody.parse("{\"errors\": {\"billing_address\": {\"address1\": [\"Field may not be null.\"]}}}").message())
                .isEqualTo("billing_address.address1: Field may not be null.");
    }

    @Test
    void severalMessagesAreJoined() {
        assertThat(ErrorBody.parse("{\"errors\": {\"_schema\": [\"city is required.\", \"zip is required.\"], \"a\": \"b\"}}").message())
                .isEqualTo("_schema: city is required., zip is required.; a: b");
    }

    @Test
    void invalidCursorNamesTheCursor() {
        assertThat(ErrorBody.parse(Fixtures.INVALID_CURSOR).mentions("cursor")).isTrue();
        assertThat(ErrorBody.parse("{\"errors\": {\"date\": [\"too soon\"]}}").mentions("cursor")).isFalse();
    }

    @Test
    void singularErrorAndWarning() {
        assertThat(ErrorBody.parse("{\"error\": \"bad authentication\"}").message()).isEqualTo("bad authentication");
        assertThat(ErrorBody.parse("{\"warning\": \"too many requests\"}").message()).isEqualTo("too many requests");
        assertThat(ErrorBody.parse("{\"errors\": [\"one\", \"two\"]}").message()).isEqualTo("one, two");
    }

    @Test
    void errorsWinOverError() {
        assertThat(ErrorBody.parse("{\"error\": \"second\", \"errors\": \"first\"}").message()).isEqualTo("first");
    }

    @Test
    void anythingElseIsTheRawBody() {
        assertThat(ErrorBody.parse("<html>502 Bad Gateway</html>").message()).isEqualTo("<html>502 Bad Gateway</html>");
        assertThat(ErrorBody.parse("{\"message\": \"nope\"}").message()).isEqualTo("{\"message\": \"nope\"}");
        assertThat(ErrorBody.parse("").message()).isNull();
    }
}
