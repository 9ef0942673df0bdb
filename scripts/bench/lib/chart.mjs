// The bar chart of the comparison, as SVG.

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A grouped bar chart as SVG: per group (a notice) one bar per series, with the
 * value above each bar. `groups`: `[{label, values: [number...]}]`; `series`:
 * `[{name, color}]`.
 */
export function barChartSvg({ title, yLabel, groups, series, width = 900, height = 460 }) {
  const m = { top: 56, right: 20, bottom: 96, left: 64 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const max = Math.max(1, ...groups.flatMap((g) => g.values.filter(Number.isFinite)));
  const step = niceStep(max / 5);
  const top = Math.ceil(max / step) * step;
  const y = (v) => m.top + h - (v / top) * h;
  const gw = w / groups.length;
  const bw = Math.min(48, (gw * 0.7) / series.length);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold" fill="#0b0c0c">${esc(title)}</text>`);
  for (let v = 0; v <= top + 1e-9; v += step) {
    out.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${m.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#505a5f">${+v.toFixed(6)}</text>`);
  }
  out.push(
    `<text transform="translate(16 ${m.top + h / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#0b0c0c">${esc(yLabel)}</text>`,
  );
  groups.forEach((g, gi) => {
    const x0 = m.left + gi * gw + (gw - bw * series.length) / 2;
    g.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const x = x0 + si * bw;
      out.push(`<rect x="${x + 2}" y="${y(v)}" width="${bw - 4}" height="${m.top + h - y(v)}" fill="${series[si].color}"/>`);
      out.push(`<text x="${x + bw / 2}" y="${y(v) - 4}" text-anchor="middle" font-size="11" fill="#0b0c0c">${Math.round(v)}</text>`);
    });
    const words = String(g.label).split(/[-\s]+/);
    const lines = [];
    for (const word of words) {
      if (lines.length && (lines.at(-1) + ' ' + word).length <= 16) lines[lines.length - 1] += ' ' + word;
      else lines.push(word);
    }
    lines
      .slice(0, 4)
      .forEach((l, li) =>
        out.push(
          `<text x="${m.left + gi * gw + gw / 2}" y="${m.top + h + 18 + li * 14}" text-anchor="middle" font-size="12" fill="#0b0c0c">${esc(l)}</text>`,
        ),
      );
  });
  out.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${m.top + h}" y2="${m.top + h}" stroke="#0b0c0c"/>`);
  series.forEach((s, si) => {
    const x = m.left + si * 260;
    out.push(
      `<rect x="${x}" y="34" width="14" height="14" fill="${s.color}"/><text x="${x + 20}" y="46" font-size="13" fill="#0b0c0c">${esc(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  for (const k of [1, 2, 2.5, 5, 10]) if (raw <= k * p) return k * p;
  return 10 * p;
}
