/**
 * `npm run check:zapier`: the integration checks of ./rules.ts as a report, per rule and per
 * definition, with the share of operations that break no firm rule. `--all` lists every violation.
 */
import { acceptedExceptions } from './exceptions';
import { isAccepted, rules } from './rules';
import { checkDefinition, definitions } from './run';

const all = process.argv.includes('--all');
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
let failing = 0;

for (const name of Object.keys(definitions) as (keyof typeof definitions)[]) {
  const { violations, unaccepted, figures: f } = checkDefinition(name);
  console.log(`\n== ${name} app: ${f.operations} operations ==`);
  console.log(`${'rule'.padEnd(26)} ${'firm'.padEnd(5)} ${'viol.'.padStart(5)} ${'ops'.padStart(4)} ${'accepted'.padStart(8)}  what`);
  for (const rule of rules) {
    const mine = violations.filter((v) => v.rule === rule.id);
    const ops = new Set(mine.map((v) => v.key)).size;
    const accepted = mine.filter((v) => isAccepted(v, acceptedExceptions)).length;
    console.log(
      `${rule.id.padEnd(26)} ${(rule.firm ? 'yes' : 'no').padEnd(5)} ${String(mine.length).padStart(5)} ${String(ops).padStart(4)} ${String(accepted).padStart(8)}  ${rule.what}`,
    );
    if (all || rule.firm)
      for (const v of mine.filter((x) => all || !isAccepted(x, acceptedExceptions)))
        console.log(`    ${v.key}${v.field ? `.${v.field}` : ''}: ${v.message}`);
  }
  const firmUnaccepted = unaccepted.filter((v) => rules.find((r) => r.id === v.rule)?.firm);
  failing += firmUnaccepted.length;
  console.log(`operations breaking no firm rule:            ${f.passing}/${f.operations} (${pct(f.passing, f.operations)})`);
  console.log(
    `... counting accepted exceptions as passing: ${f.passingWithExceptions}/${f.operations} (${pct(f.passingWithExceptions, f.operations)})`,
  );
  console.log(`operations breaking no ICR D-check:          ${f.passingDChecks}/${f.operations} (${pct(f.passingDChecks, f.operations)})`);
  console.log(`firm violations not accepted:                ${firmUnaccepted.length}`);
}
process.exitCode = failing ? 1 : 0;
