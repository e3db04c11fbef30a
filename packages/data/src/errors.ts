import { AlInGebruikFout, GelijktijdigGewijzigdFout } from "@elk/domain";

/** The SDK's error names we turn into domain errors; anything else stays an unexpected error (500). */
function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

interface CancellationReason {
  Code?: string;
}

/**
 * A transaction with claim items failed: if a claim's condition failed, the value is taken
 * (AlInGebruikFout naming the claim); if a versioned item's condition failed, someone else wrote first.
 */
export function vertaalSchrijfFout(
  error: unknown,
  claims: ReadonlyArray<{ index: number; soort: string; bericht: string }> = [],
): unknown {
  const name = errorName(error);
  if (name === "ConditionalCheckFailedException") return new GelijktijdigGewijzigdFout({ cause: error });
  if (name === "TransactionCanceledException") {
    const reasons = ((error as { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? []).map(
      (r) => r.Code,
    );
    for (const claim of claims) {
      if (reasons[claim.index] === "ConditionalCheckFailed") {
        return new AlInGebruikFout(claim.bericht, claim.soort, { cause: error });
      }
    }
    if (reasons.includes("ConditionalCheckFailed")) return new GelijktijdigGewijzigdFout({ cause: error });
  }
  return error;
}
