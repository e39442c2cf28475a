/** Dev mode's ready-made data: a live sandbox store and a sales channel pointing at it. */
package io.rechargechannel.devstore;
