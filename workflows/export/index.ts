import type { ExportDocument } from './document.ts';
import type { Exporter, ExportFormat } from './exporter.ts';

export { EXPORT_FORMATS, isExportFormat, type Exporter, type ExportFormat } from './exporter.ts';

/**
 * The registry: one exporter per format, each in its own file, loaded on first use (pdfkit alone costs about
 * 300 ms to import, which every chat start-up would otherwise pay).
 */
export const EXPORTERS: Record<ExportFormat, () => Promise<Exporter>> = {
  docx: async () => (await import('./docx.ts')).docxExporter,
  pdf: async () => (await import('./pdf.ts')).pdfExporter,
  md: async () => (await import('./markdown.ts')).markdownExporter,
  csv: async () => (await import('./csv.ts')).csvExporter,
};

export interface ExportedFile {
  name: string;
  mimeType: string;
  ext: string;
  data: Buffer;
}

/** Renders a document in one format, named `<fileBase>.<ext>`. */
export async function exportDocument(doc: ExportDocument, format: ExportFormat): Promise<ExportedFile> {
  const exporter = await EXPORTERS[format]();
  const data = await exporter.render(doc);
  return { name: `${doc.fileBase}.${exporter.ext}`, mimeType: exporter.mimeType, ext: exporter.ext, data };
}
