/**
 * A few rules so the static page reads well on its own (the element's styles are
 * written for its shadow root). Colours are the element's defaults, GOV.UK's palette.
 */
export const PAGE_CSS = `
body{font-family:system-ui,sans-serif;line-height:1.5;color:#0b0c0c;max-width:46rem;margin:0 auto;padding:1rem}
a{color:#1d70b8;overflow-wrap:anywhere}a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
.meta{color:#505a5f}
.glance{background:#f3f2f1;padding:1rem}
dt{font-weight:bold}dd{margin:0 0 .75rem}
.section{border-top:1px solid #b1b4b6}
.table{overflow-x:auto}table{border-collapse:collapse}
th,td{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:start;vertical-align:top}
ul.list{list-style:none;padding:0}ul.inline li{display:inline}ul.inline li+li::before{content:", "}
`.trim();
