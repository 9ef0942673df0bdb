// Demo only: `?lang=cy` on a notice page shows it in that language, as a Welsh page
// of a council site would by setting lang on the element or on <html>.
// Only a well-formed language tag (the element checks it again before any request).
const lang = new URLSearchParams(location.search).get('lang');
const wellFormed = (tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
if (lang && wellFormed(lang)) for (const el of document.querySelectorAll('layered-notice')) el.setAttribute('lang', lang);
