export * from "./aanmelding-templates";
export * from "./behandeling-templates";
export * from "./mail";
export * from "./outbox";
export * from "./sender";
export * from "./swv-templates";
export * from "./templates";
