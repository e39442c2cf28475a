/** JSON API for Settings → Audit log: {@code GET /api/audit}, for admins. */
package io.rechargechannel.web.audit;
