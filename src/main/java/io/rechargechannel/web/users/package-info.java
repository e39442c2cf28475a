/** JSON API for Settings → Users: {@code /api/users}, for admins. Passwords go in, never out. */
package io.rechargechannel.web.users;
