// Test helper (node --import this file): a module hook under which `tesseract.js` cannot be loaded, as where it was not installed.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "tesseract.js") throw Object.assign(new Error("Cannot find package 'tesseract.js'"), { code: "ERR_MODULE_NOT_FOUND" });
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
