/**
 * Puppeteer configuration (read by puppeteer's postinstall and at run time).
 *
 * The project tests Firefox through Debian's /usr/bin/firefox-esr (see
 * web-test-runner.config.mjs), never a browser that puppeteer downloads.
 * Downloads fail on our machines (no network but the package registries),
 * and puppeteer's postinstall would then make `npm install` / `npm ci` fail.
 * PUPPETEER_SKIP_DOWNLOAD=0 in the environment would override this.
 *
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
