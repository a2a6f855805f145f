"use client";
// While inquiries surge, the server asks the form to prove a little work before it stores one
// (lib/data/inquiry-challenge.ts). This leaf solves the challenge in the browser with altcha-lib
// (WebCrypto SHA-256, loaded only when needed), puts the proof in a hidden field and hands control back
// to the form, which sends itself again. Nothing is sent to any third party.
import { useEffect, useState } from "react";

export function ProofOfWork({
  challenge,
  onSolved,
  messages,
}: {
  challenge: string;
  onSolved: () => void;
  messages: { solving: string; solved: string; failed: string };
}) {
  const [state, setState] = useState<{ proof: string; status: "solving" | "solved" | "failed" }>({
    proof: "",
    status: "solving",
  });

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      try {
        const [{ solveChallenge }, { deriveKey }] = await Promise.all([
          import("altcha-lib"),
          import("altcha-lib/algorithms/web/sha"),
        ]);
        const parsed = JSON.parse(challenge);
        const solution = await solveChallenge({ challenge: parsed, deriveKey, controller, timeout: 120_000 });
        if (controller.signal.aborted) return;
        if (!solution) return setState({ proof: "", status: "failed" });
        const proof = JSON.stringify({
          challenge: parsed,
          solution: { counter: solution.counter, derivedKey: solution.derivedKey },
        });
        setState({ proof, status: "solved" });
      } catch {
        if (!controller.signal.aborted) setState({ proof: "", status: "failed" });
      }
    })();
    return () => controller.abort();
  }, [challenge]);

  useEffect(() => {
    if (state.status === "solved") onSolved();
  }, [state.status, onSolved]);

  return (
    <>
      <input type="hidden" name="proof" value={state.proof} />
      <p role="status" className="mt-2 text-brand-900" data-testid="inquiry-proof" data-state={state.status}>
        {messages[state.status]}
      </p>
    </>
  );
}
