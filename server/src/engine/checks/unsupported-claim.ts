// unsupported-claim: (stub, to be written).
import type { Check } from "./check";

export const unsupportedClaim: Check = {
  id: "unsupported-claim",
  category: "claim",
  run() {
    return [];
  },
};
