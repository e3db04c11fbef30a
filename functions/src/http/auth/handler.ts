import { httpRouter } from "../../middleware/router";
import { inloggen } from "./inloggen";
import { uitloggen } from "./uitloggen";

export const handler = httpRouter({ inloggen, uitloggen });
