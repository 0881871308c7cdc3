// person_key: one key for the ways minutes print one person's name, and the documented cases where it cannot tell.
import { describe, expect, it } from "vitest";
import { personKey } from "../../src/views/person-key.js";

describe("personKey", () => {
  it.each([
    // a name as printed (without honorific, as the parser gives it) → its key
    ["J. Smith", "smith|j"],
    ["John Smith", "smith|j"],
    ["John R. Smith", "smith|j"],
    ["J.R. Smith", "smith|j"],
    ["Smith, John", "smith|j"],
    ["J Smith MBE", "smith|j"],
    ["R C Love OBE", "love|r"],
    ["Smith", "smith|"],
    ["SMITH", "smith|"],
    ["Elaine O’Connor", "oconnor|e"],
    ["Eóin Lehane", "lehane|e"],
    ["Kit Hesketh-Harvey", "hesketh-harvey|k"],
    ["Ludwig van Beethoven", "van beethoven|l"],
    ["Robert (Bob) Smith", "smith|r"],
    ["H Hogan.", "hogan|h"],
    ["Kennedy)", "kennedy|"],
  ])("%s → %s", (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it("gives no key to a name without letters", () => {
    expect(personKey("")).toBeNull();
    expect(personKey(" — ")).toBeNull();
  });

  it("cannot tell apart what minutes do not (documented limits)", () => {
    expect(personKey("Jane Smith")).toBe(personKey("John Smith")); // two J. Smiths share a key
    expect(personKey("Smith")).not.toBe(personKey("J. Smith")); // an initial printed in one place only
    expect(personKey("Mick Forde Bradley")).toBe("bradley|m"); // a double surname without its hyphen
  });
});
