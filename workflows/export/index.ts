import type { ExportDocument } from './document.ts';
import type { Exporter, ExportFormat } from './exporter.ts';
import { csvExporter } from './csv.ts';
import { docxExporter } from './docx.ts';
import { markdownExporter } from './markdown.ts';
import { pdfExporter } from './pdf.ts';

export { EXPORT_FORMATS, isExportFormat, type Exporter, type ExportFormat } from './exporter.ts';

/** The registry: one exporter per format, each in its own file. */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  docx: docxExporter,
  pdf: pdfExporter,
  md: markdownExporter,
  csv: csvExporter,
};

export interface ExportedFile {
  name: string;
  mimeType: string;
  ext: string;
  data: Buffer;
}

/** Renders a document in one format, named `<fileBase>.<ext>`. */
export async function exportDocument(doc: ExportDocument, format: ExportFormat): Promise<ExportedFile> {
  const exporter = EXPORTERS[format];
  const data = await exporter.render(doc);
  return { name: `${doc.fileBase}.${exporter.ext}`, mimeType: exporter.mimeType, ext: exporter.ext, data };
}
