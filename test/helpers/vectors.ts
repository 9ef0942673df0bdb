/** Injection vectors shared by the tests that prove payload and locale strings stay text. */

/** Set by any vector that manages to run. */
export const FLAG = '__lnXss';

/** Classic vectors: HTML, attribute break-outs, script URLs in their disguises, i18next markers. */
export const VECTORS = [
  `<script>window.${FLAG}=1</script>`,
  `<img src=x onerror="window.${FLAG}=2">`,
  `" onmouseover="window.${FLAG}=3" x="`,
  `' onfocus='window.${FLAG}=4' autofocus x='`,
  `javascript:window.${FLAG}=5`,
  `JaVaScRiPt:window.${FLAG}=6`,
  `java\tscript:window.${FLAG}=7`,
  ` \u0001javascript:window.${FLAG}=8`,
  `&#106;avascript:window.${FLAG}=9`,
  `data:text/html,<script>parent.__lnXssData=1</script>`,
  `vbscript:msgbox(1)`,
  `<svg onload="window.${FLAG}=10">`,
  `<iframe srcdoc="<script>parent.${FLAG}=11</script>"></iframe>`,
  `<a href="javascript:window.${FLAG}=12">click</a>`,
  `</p></li></ul><style>*{display:none}</style>`,
  `<!-- <template> <![CDATA[`,
  '${window.' + FLAG + '=13}',
  `{{constructor}}`,
  `{{constructor.constructor('window.${FLAG}=14')()}}`,
  `$t(glance.heading)`,
  `{{- window}}`,
];

/**
 * Vectors shaped to pass the schema's email, URL and link patterns (no spaces, an @,
 * a scheme), so that those fields' rendering is tested too, not only their refusal.
 */
export const SHAPED = [
  `https://example.org/"><img/src=x/onerror=window.${FLAG}=20>`,
  `https://example.org/?q=<script>window.${FLAG}=21</script>`,
  `mailto:x@example.org?subject="><svg/onload=window.${FLAG}=22>`,
  `tel:0"onmouseover="window.${FLAG}=23`,
  `"><img/src=x/onerror=window.${FLAG}=24>@example.org`,
  `javascript:window.${FLAG}=25//@example.org`,
  `x@example.org"onfocus="window.${FLAG}=26"autofocus="`,
];
