import { DomeinFout } from "../fouten/domein-fout";

/** TRT-15: the action is not allowed in the registration's present state; the message says why. */
export class StatusConflictFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "STATUS";
}
