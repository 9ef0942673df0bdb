// An old browser, or a locked-down webview: no custom elements. Runs before the
// classic script; ?mode=undefined leaves the name defined but undefined instead.
if (new URLSearchParams(location.search).get('mode') === 'undefined') {
  Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
} else {
  delete window.customElements;
}
