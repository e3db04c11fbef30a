export * from "./aanleverpunt";
export type { OsoRelatie } from "./codes";
export { type OsoBestand, osoBijlageToegestaan } from "./documenten";
export {
  bouwOverstapdossier,
  dossierInhoudSleutel,
  OSO_DOSSIER_NAMESPACE,
  type OsoDossierFeiten,
  type OsoDossierInvoer,
  type OsoDossierMogelijkheid,
  type OsoOuder,
  type OsoSchool,
  osoDossierReden,
} from "./overstapdossier";
