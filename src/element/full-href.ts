/** The just-in-time variant's link to the full notice, from the element's `full` attribute. */

/**
 * `full` made absolute against the document, or undefined (with a console warning)
 * when it is not a URL. The page's own link may be relative; made absolute, it still
 * has to pass the renderer's scheme check.
 */
export function absoluteFull(full: string | undefined): string | undefined {
  try {
    return full ? new URL(full, document.baseURI).href : undefined;
  } catch {
    console.warn(
      `<layered-notice full>: "${full}" is not a URL: the payload's url is linked instead, if it has one.\n  fix: set full to the address of the full notice, such as /privacy/notice`,
    );
  }
}
