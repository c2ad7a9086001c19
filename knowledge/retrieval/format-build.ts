import type { BuildReport } from './build-index.ts';

/** The human output of `kb build`. */
export function formatBuildReport(report: BuildReport): string {
  const lines = [
    `Indexed ${report.cards} cards as ${report.chunks} chunks in ${report.ms} ms (embedder ${report.embedderId}).`,
    `  embedded ${report.embedded}, reused ${report.reused}, removed ${report.removed}`,
  ];
  for (const p of report.problems) lines.push(`  skipped ${p.path}: ${p.message}`);
  if (report.problems.length) lines.push('  Run `kb lint` to see every problem.');
  return lines.join('\n');
}

/** The `kb build --json` output. */
export function formatBuildReportJson(report: BuildReport): string {
  return JSON.stringify(report);
}
