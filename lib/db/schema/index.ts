export * from "./enums";
export * from "./users";
export * from "./catalog";
export * from "./customers";
export * from "./orders";
export * from "./stock";
export * from "./operations";
export * from "./engine";
