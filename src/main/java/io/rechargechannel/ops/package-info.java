/**
 * What ops read: health checks that report real state ({@code /q/health/group/sync}) and the start report,
 * a few log lines saying what an instance runs on.
 */
package io.rechargechannel.ops;
