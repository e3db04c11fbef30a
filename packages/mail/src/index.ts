export * from "./mail";
export * from "./outbox";
export * from "./sender";
export * from "./templates";
