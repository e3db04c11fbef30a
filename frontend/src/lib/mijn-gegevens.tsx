import type { MijnGegevens } from "@elk/contracts";
import { createContext, useContext } from "react";

/** The signed-in account, its menu and region (GET /api/mij), loaded once by the app shell. */
export const MijnGegevensContext = createContext<MijnGegevens | null>(null);

/** Loads /api/mij again in the background, after the user changed its own details (ACC-08). */
export const VerversMijContext = createContext<() => void>(() => {});

export function useMijnGegevens(): MijnGegevens {
  const mij = useContext(MijnGegevensContext);
  if (!mij) throw new Error("useMijnGegevens is only available inside the signed-in app");
  return mij;
}

export function useVerversMij(): () => void {
  return useContext(VerversMijContext);
}
