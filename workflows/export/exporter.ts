import type { ExportDocument } from './document.ts';

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One format (STYLE.md rule 4: an interface at each seam). */
export interface Exporter {
  format: ExportFormat;
  mimeType: string;
  ext: string;
  render(doc: ExportDocument): Promise<Buffer>;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}
