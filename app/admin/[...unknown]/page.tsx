export { default } from "@/app/_shared/unknown-private-page";
