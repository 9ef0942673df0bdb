/**
 * The classic script's first statement (src/iife.ts imports this before anything else):
 * requests the payloads of the notices already in the page, so they download while the
 * rest of the script sets up (i18next, Lit, the element). A notice with its payload
 * inline needs no request.
 */
import { requestEarly } from './early-requests.js';

for (const el of document.querySelectorAll('layered-notice[src]'))
  if (!el.querySelector(':scope > script[type="application/json"]')) requestEarly(el.getAttribute('src')!);
