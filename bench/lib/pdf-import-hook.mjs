// Module resolve hook for the start-up benchmark and the lazy-loading tests: reports on stderr any PDF module a run loads
// (PDF-MODULE), any Word module (DOCX-MODULE: mammoth, jszip, the docx reader) and any OCR module (OCR-MODULE:
// tesseract.js and the OCR engine that imports it).
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/pdfjs-dist|pdf-parse|\/ingest\/pdf/.test(result.url)) console.error(`PDF-MODULE ${result.url}`);
  if (/\/node_modules\/(?:mammoth|jszip)\/|\/ingest\/docx-/.test(result.url)) console.error(`DOCX-MODULE ${result.url}`);
  if (/\/node_modules\/tesseract\.js\/|\/ingest\/pdf\/ocr\.js/.test(result.url)) console.error(`OCR-MODULE ${result.url}`);
  return result;
}
