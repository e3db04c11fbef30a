import { httpRouter } from "../../middleware/router";

export const handler = httpRouter({});
