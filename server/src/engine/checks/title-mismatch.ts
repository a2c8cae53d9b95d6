// title-mismatch: (stub, to be written).
import type { Check } from "./check";

export const titleMismatch: Check = {
  id: "title-mismatch",
  category: "title",
  run() {
    return [];
  },
};
