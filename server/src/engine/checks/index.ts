// The registry of checks, in the order they run. Claims run last: they read
// the findings of the others so a sentence is not flagged twice for one fault.
import type { Check } from "./check";
import { dateMismatch } from "./date-mismatch";
import { nameSpelling } from "./name-spelling";
import { numberMismatch } from "./number-mismatch";
import { quoteMismatch } from "./quote-mismatch";
import { titleMismatch } from "./title-mismatch";
import { unsupportedClaim } from "./unsupported-claim";

export const CHECKS: Check[] = [nameSpelling, titleMismatch, dateMismatch, numberMismatch, quoteMismatch, unsupportedClaim];
