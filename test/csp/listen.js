// Records, for the test that framed this page, every Content Security Policy
// violation and every uncaught error, from the first script on. A same-origin
// file, not an inline script: the page's policy blocks inline scripts.
window.__violations = [];
window.__errors = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    window.__violations.push({
      directive: e.violatedDirective || e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
      line: e.lineNumber,
    });
  },
  true,
);
window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String((e.reason && e.reason.message) || e.reason)));
