import { httpRouter } from "../../middleware/router";
import { contactpersonen } from "./contactpersonen";
import { mij } from "./mij";
import { nieuws } from "./nieuws";
import { regio } from "./regio";
import { scholen } from "./scholen";

export const handler = httpRouter({ regio, mij, nieuws, scholen, contactpersonen });
