// Puts a <layered-notice> on the page, as a CMS would, from the query parameters:
// ?slug=<demo notice>&lang=<tag>&control=eval|innerhtml
(() => {
  const params = new URLSearchParams(location.search);
  const slug = params.get('slug') || 'family-valued-evaluation';
  const el = document.createElement('layered-notice');
  el.setAttribute('src', `/demo/notices/${slug}.json`);
  if (params.get('lang')) el.setAttribute('lang', params.get('lang'));
  const link = document.createElement('a');
  link.href = `/privacy/${slug}`;
  link.textContent = 'Read our privacy notice';
  el.append(link);
  document.getElementById('main').append(el);

  // Controls: each provokes one violation, so a test can show the listener hears them.
  const control = params.get('control');
  if (control === 'eval') {
    try {
      // eslint-disable-next-line no-eval
      (0, eval)('1');
    } catch {
      /* blocked: script-src has no 'unsafe-eval' */
    }
  }
  if (control === 'innerhtml') {
    window.__trustedTypesEnforced = false;
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch {
      // Thrown only where require-trusted-types-for is enforced.
      window.__trustedTypesEnforced = true;
    }
  }
})();
