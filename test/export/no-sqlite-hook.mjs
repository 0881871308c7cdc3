// Test helper (node --import this file): a module hook under which `better-sqlite3` cannot be loaded, as where its native build failed.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "better-sqlite3") throw Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: "ERR_MODULE_NOT_FOUND" });
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
