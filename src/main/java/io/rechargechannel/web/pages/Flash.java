package io.rechargechannel.web.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The confirmation after a post ("Channel ReCharge UK added"): the post redirects with a short-lived cookie, and
 * the next page shows it once at the top right ({@code {inject:flash.message}}) and clears it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "flash";

    private final RoutingContext routing;
    private String message;
    private boolean read;

    Flash(RoutingContext routing) {
        this.routing = routing;
    }

    /** A 303 to {@code location} that carries the message to the next page. */
    static Response redirect(String location, String message) {
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                        .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** The message, once: reading it clears the cookie. */
    public String message() {
        if (!read) {
            read = true;
            Cookie cookie = routing.request().getCookie(COOKIE);
            if (cookie != null) {
                message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
        }
        return message;
    }
}
