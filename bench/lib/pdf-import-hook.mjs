// Module resolve hook for the start-up benchmark: reports on stderr any PDF module a run loads.
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/pdfjs-dist|pdf-parse|\/ingest\/pdf/.test(result.url)) console.error(`PDF-MODULE ${result.url}`);
  return result;
}
