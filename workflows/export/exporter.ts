import type { ExportDocument } from './document.ts';
import type { ExportFormat } from '../export-formats.ts';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export-formats.ts';

/** One format (STYLE.md rule 4: an interface at each seam). */
export interface Exporter {
  format: ExportFormat;
  mimeType: string;
  ext: string;
  render(doc: ExportDocument): Promise<Buffer>;
}
