/**
 * `npm run bench [name]`: runs every named bench, or only the one named.
 * Add a bench by adding an entry to `benches`.
 */
import { benchCalendar } from "./calendar";
import { benchCatalogue } from "./catalogue";
import { benchDeploy } from "./deploy";
import { benchReport } from "./report";
import { benchWorkbench } from "./workbench";

const benches: { name: string; run: () => Promise<string[]> }[] = [
  { name: "calendar", run: benchCalendar },
  { name: "catalogue", run: benchCatalogue },
  { name: "deploy", run: benchDeploy },
  { name: "report", run: benchReport },
  { name: "workbench", run: benchWorkbench },
];

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const selected = wanted === undefined ? benches : benches.filter((bench) => bench.name === wanted);
  if (selected.length === 0) {
    console.error(`Unknown bench "${wanted}". Available: ${benches.map((bench) => bench.name).join(", ")}`);
    process.exitCode = 1;
    return;
  }
  for (const bench of selected) {
    console.log(`# ${bench.name}`);
    for (const line of await bench.run()) console.log(`  ${line}`);
  }
}

void main();
