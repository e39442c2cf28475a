/**
 * Products and their variants (SKUs) per sales channel: from ReCharge's 2021-11 catalog where the
 * store has one, otherwise derived from order lines.
 */
package io.rechargechannel.catalog;
