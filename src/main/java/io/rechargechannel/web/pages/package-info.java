/**
 * The pages people use: server-rendered Qute templates ({@code src/main/resources/templates}, type-safe through
 * {@code @CheckedTemplate}) fed by view records that hold everything already worded for display, made lively with
 * htmx where a part changes in place. One stylesheet ({@code /app.css}), one small script ({@code /app.js}).
 * <p>
 * Every page resource carries {@code @RolesAllowed}; every form carries its CSRF token ({@code quarkus-rest-csrf};
 * htmx sends it as the {@code X-CSRF-TOKEN} header). After a successful post a page redirects (303) and says what
 * happened in a {@link io.rechargechannel.web.pages.Flash} message at the top right.
 */
package io.rechargechannel.web.pages;
