// Roles and titles of named people, in every common shape. (Stub: filled in by the titles work.)
import type { AnalyzedBase } from "./analyze";
import type { RoleMention } from "./facts";

export function findRoles(_doc: AnalyzedBase): RoleMention[] {
  return [];
}
