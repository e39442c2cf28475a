package io.rechargechannel.recharge;

/** 422 from /products: the store's catalog lives on its platform (e.g. Shopify), so take SKUs from order lines. */
public class ProductsUnavailableException extends ReChargeException {

    public ProductsUnavailableException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
