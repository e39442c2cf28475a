/**
 * JSON API for Settings → Sales Channels: {@code /api/channels} and {@code /api/warehouses}. Request
 * and view records live next to their resource and translate to and from the channel package; errors
 * answer as {@code {"error": "...", "details": [...]}} and never name a class.
 */
package io.rechargechannel.web.channels;
