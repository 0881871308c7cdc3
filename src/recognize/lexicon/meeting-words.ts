// Words of the meeting itself, for the header: the general meetings of an association's members, where no board or
// committee meets but the members, and the meeting's kind is what the minutes are of.
import { PhraseDictionary } from "./dictionary.js";

/** A general meeting, as printed or abbreviated, and its name in full. */
export const GENERAL_MEETINGS = new PhraseDictionary<string>({
  agm: "Annual General Meeting",
  "annual general meeting": "Annual General Meeting",
  egm: "Extraordinary General Meeting",
  "extraordinary general meeting": "Extraordinary General Meeting",
  sgm: "Special General Meeting",
  "special general meeting": "Special General Meeting",
  "annual parish meeting": "Annual Parish Meeting",
  "annual town meeting": "Annual Town Meeting",
  "annual members meeting": "Annual Members' Meeting",
  "annual homeowners meeting": "Annual Homeowners' Meeting",
  "annual homeowners' meeting": "Annual Homeowners' Meeting",
  "annual members' meeting": "Annual Members' Meeting",
});
