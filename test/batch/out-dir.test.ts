// Writing under --out-dir: outputs stay inside the directory; `..`, absolute paths and symbolic links that lead out are refused.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutDir } from "../../src/cli/batch/out-dir.js";

function scratch() {
  const base = mkdtempSync(join(tmpdir(), "minutes-outdir-"));
  const outside = join(base, "outside");
  mkdirSync(outside);
  return { base, out: join(base, "out"), outside };
}

describe("OutDir", () => {
  it("creates the directory and nested folders, writing atomically", async () => {
    const { out } = scratch();
    const dir = await OutDir.open(out);
    const temps = new Set<string>();
    await dir.write("a/b/c.json", "{}\n", temps);
    await dir.write("caf\u00e9 \u2603 \u202e.json", "{}\n", temps);
    expect(readFileSync(join(out, "a/b/c.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(out).sort()).toEqual(["a", "caf\u00e9 \u2603 \u202e.json"]);
    expect(temps.size).toBe(0);
  });

  it("refuses relative paths that climb out or are absolute", async () => {
    const { out, outside } = scratch();
    const dir = await OutDir.open(out);
    for (const bad of ["../outside/x.json", "a/../../outside/x.json", join(outside, "x.json"), ""]) {
      await expect(dir.write(bad, "x"), bad).rejects.toMatchObject({ code: "E_IO" });
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it("does not write or create anything through a directory link that leads out", async () => {
    const { out, outside } = scratch();
    mkdirSync(out);
    symlinkSync(outside, join(out, "link"));
    const dir = await OutDir.open(out);
    await expect(dir.write("link/x.json", "x")).rejects.toMatchObject({ code: "E_IO", message: /symbolic link that leads outside/ });
    await expect(dir.write("link/deeper/x.json", "x")).rejects.toMatchObject({ code: "E_IO" });
    expect(readdirSync(outside)).toEqual([]);
  });

  it("does not replace or write through a file link, and follows a link that stays inside", async () => {
    const { out, outside } = scratch();
    mkdirSync(join(out, "real"), { recursive: true });
    writeFileSync(join(outside, "target.json"), "precious");
    symlinkSync(join(outside, "target.json"), join(out, "a.json"));
    symlinkSync(join(out, "real"), join(out, "inside"));
    const dir = await OutDir.open(out);
    await expect(dir.write("a.json", "x")).rejects.toMatchObject({ code: "E_IO", message: /symbolic link/ });
    expect(readFileSync(join(outside, "target.json"), "utf8")).toBe("precious");
    expect(lstatSync(join(out, "a.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(out, "a.json"))).toBe(join(outside, "target.json"));
    await dir.write("inside/b.json", "ok");
    expect(readFileSync(join(out, "real/b.json"), "utf8")).toBe("ok");
    expect(await dir.existing("inside/b.json")).toBe(true);
    expect(await dir.existing("a.json")).toBe(false);
  });

  it("accepts an output directory that is itself a link (the user named it)", async () => {
    const { base, outside } = scratch();
    symlinkSync(outside, join(base, "out-link"));
    const dir = await OutDir.open(join(base, "out-link"));
    await dir.write("x.json", "ok");
    expect(readFileSync(join(outside, "x.json"), "utf8")).toBe("ok");
  });
});
