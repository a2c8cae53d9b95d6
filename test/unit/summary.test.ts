// The per-paragraph summary behind the CodeLens.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paragraphSummaries, summaryTitle } from "../../server/src/engine/summary";
import { engineFrom, RIVERTON } from "../helpers";

const engine = engineFrom(RIVERTON);

describe("paragraph summary", () => {
  it("counts supported, unsupported and to-fix sentences per paragraph", () => {
    const draft = [
      "# Flood",
      "",
      "Mayor Annabelle Okonkwo-Lindqvist closed the Halvorsen Bridge after the Millbrook River rose. Tobias Fairwether, the county emergency director, said homes had been evacuated.",
      "",
      "Governor Bartholomew Quince flew to Riverton and pledged federal disaster money to rebuild the Halvorsen Bridge.",
    ].join("\n");
    const result = engine.check(draft, "markdown");
    const rows = paragraphSummaries(result);
    assert.equal(rows.length, 2, JSON.stringify(rows));
    assert.equal(rows[0].toFix, 1);
    assert.equal(rows[0].supported, 1);
    assert.equal(rows[1].unsupported, 1);
    assert.match(summaryTitle(rows[1]), /1 unsupported/);
  });
  it("headings get no lens", () => {
    assert.deepEqual(paragraphSummaries(engine.check("# Mayor Annabelle Okonkwo-Lindqvist", "markdown")), []);
  });
});
