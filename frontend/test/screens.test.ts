import type { MenuGroep } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { normaliseerPad, SCREENS, schermVoorPad, zichtbaarMenu } from "../src/app/screens";

function groep(id: MenuGroep["id"], ...schermen: string[]): MenuGroep {
  return { id, label: id, items: schermen.map((scherm) => ({ scherm, label: scherm })) };
}

describe("the menu shows only screens that exist on both sides", () => {
  it("HOME-02 keeps an item only when the API lists it and the frontend has built it", () => {
    const menu = zichtbaarMenu([
      groep("oso", "oso.nog-niet-gebouwd"),
      groep("instellingen", "instellingen.groepen", "instellingen.scholen"),
      groep("help", "help.contactpersonen"),
    ]);
    expect(menu).toEqual([
      {
        id: "instellingen",
        label: "instellingen",
        items: [
          { scherm: "instellingen.groepen", label: "instellingen.groepen", pad: "/instellingen/groepen" },
          { scherm: "instellingen.scholen", label: "instellingen.scholen", pad: "/instellingen/scholen" },
        ],
      },
      {
        id: "help",
        label: "help",
        items: [
          { scherm: "help.contactpersonen", label: "help.contactpersonen", pad: "/help/contactpersonen" },
        ],
      },
    ]);
  });

  it("HOME-02 hides a built screen the API does not grant", () => {
    expect(
      zichtbaarMenu([groep("help", "help.contactpersonen")]).flatMap((g) => g.items.map((i) => i.scherm)),
    ).toEqual(["help.contactpersonen"]);
    expect(zichtbaarMenu([])).toEqual([]);
  });

  it("finds the screen of a path, ignoring a trailing slash", () => {
    expect(schermVoorPad(normaliseerPad("/instellingen/scholen/"))).toBe("instellingen.scholen");
    expect(schermVoorPad("/toString")).toBeUndefined();
    expect(normaliseerPad("/")).toBe("/");
    expect(new Set(Object.values(SCREENS)).size).toBe(Object.keys(SCREENS).length);
  });
});
