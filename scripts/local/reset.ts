import { rm } from "node:fs/promises";
import { resolve } from "node:path";

/** `npm run reset`: wipe the local stack's data; the next `npm start` seeds afresh. */
const dir = resolve(process.env.ELK_DATA_DIR ?? ".local");
await rm(dir, { recursive: true, force: true });
console.log(`Lokale gegevens gewist (${dir}).`);
