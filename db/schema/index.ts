export * from "./agencies";
export * from "./users";
export * from "./calendar";
export * from "./system";
export * from "./audit";
export * from "./applications";
export * from "./mail";
export * from "./api-keys";
