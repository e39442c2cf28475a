package io.rechargechannel.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON API, one row per resource method, for {@code ApiErrorShapeTest}. A new resource under {@code /api}
 * gets a row here (the test fails until it has one): its method, its path with {@code {id}} for a numeric id,
 * a valid body if it takes one, and its numeric query parameters.
 */
final class ApiRoutes {

    static final List<Route> API = List.of(
            Route.get("/api/orders").numeric("channel", "page", "size"),
            Route.get("/api/orders/{id}"),
            Route.get("/api/orders/counts").numeric("channel"),
            Route.post("/api/orders/{id}/hold", Map.of("reason", "Walk")),
            Route.post("/api/orders/{id}/release"),
            Route.get("/api/orders/events"),
            Route.get("/api/products").numeric("channel", "page", "size"),
            Route.get("/api/stock").numeric("warehouse", "page", "size"),
            Route.post("/api/stock/adjustments", Map.of("warehouseId", 1, "sku", "WALK-SKU", "quantity", 1, "reason", "walk")),
            Route.get("/api/stock/movements").numeric("warehouseId", "page", "size"),
            Route.get("/api/carriers"),
            Route.post("/api/orders/{id}/despatch", Map.of("carrier", "royal-mail", "trackingNumber", "AB123456GB")),
            Route.post("/api/despatches", Map.of("carrier", "royal-mail",
                    "orders", List.of(Map.of("orderId", 987_654_321L, "trackingNumber", "AB123456GB")))),
            Route.get("/api/warehouses"),
            Route.post("/api/warehouses", Map.of("code", "WALK", "name", "Walk", "countryCode", "GB")),
            Route.get("/api/channels"),
            Route.post("/api/channels", Map.of("name", "Walk", "accessToken", "sk_walk_000000000000000000")),
            Route.get("/api/channels/{id}"),
            Route.patch("/api/channels/{id}", Map.of("active", true)),
            Route.post("/api/channels/{id}/sync"),
            Route.get("/api/channels/{id}/sync-runs").numeric("limit"),
            Route.get("/api/channels/{id}/quarantine"),
            Route.post("/api/channels/{id}/token-check"),
            Route.delete("/api/channels/{id}"),
            Route.get("/api/warehouses/{id}"),
            Route.patch("/api/warehouses/{id}", Map.of("name", "Walk")),
            Route.get("/api/users"),
            Route.post("/api/users", Map.of("username", "walker", "password", "a long enough password",
                    "roles", List.of("ops"))),
            Route.get("/api/users/{id}"),
            Route.patch("/api/users/{id}", Map.of("enabled", true)),
            Route.get("/api/audit").numeric("subjectId", "page", "size"),
            Route.get("/api/emails").numeric("order", "page", "size"),
            Route.get("/api/emails/{id}"),
            Route.post("/api/emails/{id}/retry"),
            Route.post("/api/emails/retry-failed"));

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class);

    private ApiRoutes() {
    }

    /** One resource method. */
    record Route(String method, String path, Map<String, Object> body, List<String> numericQuery) {

        static Route get(String path) {
            return new Route("GET", path, null, List.of());
        }

        static Route post(String path) {
            return new Route("POST", path, null, List.of());
        }

        static Route post(String path, Map<String, Object> body) {
            return new Route("POST", path, body, List.of());
        }

        static Route delete(String path) {
            return new Route("DELETE", path, null, List.of());
        }

        static Route patch(String path, Map<String, Object> body) {
            return new Route("PATCH", path, body, List.of());
        }

        Route numeric(String... parameters) {
            return new Route(method, path, body, List.of(parameters));
        }

        boolean hasId() {
            return path.contains("{id}");
        }

        /** "GET /api/orders/{}": method and path, whatever its path parameters are called. */
        String key() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every resource method of the application under /api, as {@link Route#key()}. */
    static Set<String> declared() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rechargechannel").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .flatMap(type -> type.getMethods().stream().map(method -> key(type, method)))
                .filter(key -> key != null && key.contains(" /api/"))
                .collect(Collectors.toSet());
    }

    private static String key(JavaClass type, JavaMethod method) {
        String verb = HTTP_METHODS.stream().filter(method::isAnnotatedWith).map(Class::getSimpleName)
                .findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        String path = "/" + value(type.getAnnotationOfType(Path.class))
                + (method.isAnnotatedWith(Path.class) ? "/" + value(method.getAnnotationOfType(Path.class)) : "");
        return verb + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1").replaceAll("\\{[^}]+}", "{}");
    }

    private static String value(Annotation path) {
        return ((Path) path).value();
    }
}
