/** The classic-script entry for CMS pages: everything inside, defines the element when loaded. */
import './load/early-start.js';
import './define.js';
