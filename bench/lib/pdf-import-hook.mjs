// Module resolve hook for the start-up benchmark and the lazy-loading tests: reports on stderr any PDF module a run loads
// (PDF-MODULE) and any Word module (DOCX-MODULE: mammoth, jszip, the docx reader).
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/pdfjs-dist|pdf-parse|\/ingest\/pdf/.test(result.url)) console.error(`PDF-MODULE ${result.url}`);
  if (/\/node_modules\/(?:mammoth|jszip)\/|\/ingest\/docx-/.test(result.url)) console.error(`DOCX-MODULE ${result.url}`);
  return result;
}
