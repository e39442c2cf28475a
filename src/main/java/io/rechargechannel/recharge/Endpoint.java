package io.rechargechannel.recharge;

/** The ReCharge endpoints we read, with the scope each one needs (a missing scope answers 403). */
enum Endpoint {
    TOKEN_INFORMATION("/token_information", null),
    STORE("/store", "store_info"),
    ORDERS("/orders", "read_orders"),
    PRODUCTS("/products", "read_products");

    private final String path;
    private final String scope;

    Endpoint(String path, String scope) {
        this.path = path;
        this.scope = scope;
    }

    String path() {
        return path;
    }

    String scope() {
        return scope;
    }
}
