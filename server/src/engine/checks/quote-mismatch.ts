// quote-mismatch: (stub, to be written).
import type { Check } from "./check";

export const quoteMismatch: Check = {
  id: "quote-mismatch",
  category: "quote",
  run() {
    return [];
  },
};
