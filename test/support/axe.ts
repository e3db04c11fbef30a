import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.1 level A and AA: what Dutch public-sector sites must meet (docs/toegankelijkheidsverklaring.md). */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's WCAG 2.1 AA violations on the screen as it is now, one line per element (as
 * test/e2e/toegankelijkheid.e2e.test.ts scans every page). Legacy mode runs axe in the page itself:
 * the app has no frames.
 */
export async function axeFouten(page: Page): Promise<string[]> {
  const resultaat = await new AxeBuilder({ page })
    // options() replaces the whole option object, runOnly included: the tags go after it.
    .options({ resultTypes: ["violations"] })
    .withTags(WCAG_21_AA)
    .setLegacyMode(true)
    .analyze();
  return resultaat.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
