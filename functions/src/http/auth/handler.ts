import { httpRouter } from "../../middleware/router";
import { inloggen, inloggenMfa } from "./inloggen";
import { uitloggen } from "./uitloggen";
import { vernieuwen } from "./vernieuwen";

export const handler = httpRouter({ inloggen, inloggenMfa, vernieuwen, uitloggen });
