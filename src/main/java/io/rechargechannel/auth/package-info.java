/**
 * Who may do what: users with bcrypt password hashes in PostgreSQL ({@link io.rechargechannel.auth.AppUser},
 * read by Quarkus Security JPA), their roles ({@link io.rechargechannel.auth.Role}), the first admin of a fresh
 * database ({@link io.rechargechannel.auth.FirstStart}) and the session cookie that every instance can read
 * ({@link io.rechargechannel.auth.SessionCookie}).
 * <p>
 * Pages sign in with a form ({@code /login}, Quarkus form authentication); the JSON API takes HTTP Basic with the
 * same users. Every resource declares its roles with {@code @RolesAllowed}; endpoints without an annotation are
 * denied ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
package io.rechargechannel.auth;
