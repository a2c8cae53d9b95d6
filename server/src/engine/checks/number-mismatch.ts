// number-mismatch: (stub, to be written).
import type { Check } from "./check";

export const numberMismatch: Check = {
  id: "number-mismatch",
  category: "number",
  run() {
    return [];
  },
};
