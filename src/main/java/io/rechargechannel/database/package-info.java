/**
 * Where the data lives: an embedded PostgreSQL when no server is configured. Flyway owns the schema
 * ({@code src/main/resources/db/migration}); Hibernate only validates it.
 */
package io.rechargechannel.database;
