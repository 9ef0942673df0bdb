// Demo only: `?lang=cy` on a notice page shows it in that language, as a Welsh page
// of a council site would by setting lang on the element or on <html>.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) for (const el of document.querySelectorAll('layered-notice')) el.setAttribute('lang', lang);
