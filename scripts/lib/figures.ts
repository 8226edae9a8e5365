/** Timing and the tables of figures the bench and the soak print. */

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

/** Rows of text cells, each column padded to its widest cell; trailing blanks trimmed. */
export const table = (rows: Array<Array<string | number>>) => {
  const cells = rows.map((r) => r.map(String));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};
