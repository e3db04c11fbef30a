import { httpRouter } from "../../middleware/router";
import { contactpersonen } from "./contactpersonen";
import { mij } from "./mij";
import { nieuws } from "./nieuws";
import { scholen } from "./scholen";

export const handler = httpRouter({ mij, nieuws, scholen, contactpersonen });
