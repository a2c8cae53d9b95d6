// date-mismatch: (stub, to be written).
import type { Check } from "./check";

export const dateMismatch: Check = {
  id: "date-mismatch",
  category: "date",
  run() {
    return [];
  },
};
