export * from "./agencies";
export * from "./users";
export * from "./calendar";
export * from "./system";
export * from "./audit";
export * from "./documents";
