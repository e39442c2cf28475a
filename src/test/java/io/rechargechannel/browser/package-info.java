/**
 * Browser tests: Playwright for Java driving Debian's {@code chromium} (installed by {@code .ci/run}; never a
 * downloaded browser), headless, against the application started by {@code @QuarkusTest}. They do what a person
 * does (sign in, type, click, read) and take screenshots into {@code target/screenshots}, or into the folder
 * named by {@code -Dscreenshots=docs/screenshots} when the documentation's pictures are to be made again.
 */
package io.rechargechannel.browser;
