import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { AlInGebruikFout, GelijktijdigGewijzigdFout } from "@elk/domain";

/** The SDK's error names we turn into domain errors; anything else stays an unexpected error (500). */
function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

interface CancellationReason {
  Code?: string;
  Item?: Record<string, unknown>;
}

/** The item that made a condition fail, whether the SDK left it marshalled or not. */
function bestaandItem(item: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!item) return undefined;
  const waarden = Object.values(item);
  const gemarshalld =
    waarden.length > 0 &&
    waarden.every(
      (w) =>
        typeof w === "object" &&
        w !== null &&
        !Array.isArray(w) &&
        Object.keys(w).length === 1 &&
        /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(w)[0] ?? ""),
    );
  return gemarshalld ? unmarshall(item as Record<string, AttributeValue>) : item;
}

/**
 * A transaction with claim items failed: if a claim's condition failed, the value is taken
 * (AlInGebruikFout naming the claim); if a versioned item's condition failed, someone else wrote first.
 */
export function vertaalSchrijfFout(
  error: unknown,
  claims: ReadonlyArray<{ index: number; soort: string; bericht: string }> = [],
  extern: ReadonlyArray<{
    index: number;
    bijFout: (bestaand: Record<string, unknown> | undefined) => Error;
  }> = [],
): unknown {
  const name = errorName(error);
  if (name === "ConditionalCheckFailedException") return new GelijktijdigGewijzigdFout({ cause: error });
  if (name === "TransactionCanceledException") {
    const redenen = (error as { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? [];
    const reasons = redenen.map((r) => r.Code);
    for (const e of extern) {
      if (reasons[e.index] === "ConditionalCheckFailed")
        return e.bijFout(bestaandItem(redenen[e.index]?.Item));
    }
    for (const claim of claims) {
      if (reasons[claim.index] === "ConditionalCheckFailed") {
        return new AlInGebruikFout(claim.bericht, claim.soort, { cause: error });
      }
    }
    if (reasons.includes("ConditionalCheckFailed")) return new GelijktijdigGewijzigdFout({ cause: error });
  }
  return error;
}
