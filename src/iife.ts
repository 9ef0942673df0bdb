/** The classic-script entry for CMS pages: everything inside, defines the element when loaded. */
import './define.js';
