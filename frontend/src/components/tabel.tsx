import { Table, TableCaption, TableContainer, TableHeaderCell } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useScrollbaar } from "../lib/use-scrollbaar";

/** A list as a table that scrolls sideways on a narrow screen; its caption is for screen readers. */
export function Tabel(props: { bijschrift: string; className?: string; children: ReactNode }) {
  const { bijschrift, className, children } = props;
  return (
    <TabelContainer naam={bijschrift}>
      <Table className={className ? `elk-tabel ${className}` : "elk-tabel"}>
        <TableCaption className="elk-visueel-verborgen">{bijschrift}</TableCaption>
        {children}
      </Table>
    </TabelContainer>
  );
}

/**
 * The box a table scrolls in. While the table does not fit it is in the tab order, named after the
 * table, so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1; axe:
 * scrollable-region-focusable). A group, not a region: every table would be a landmark otherwise.
 */
export function TabelContainer(props: { naam: string; children: ReactNode }) {
  const [ref, scrollbaar] = useScrollbaar<HTMLDivElement>();
  return (
    <TableContainer
      ref={ref}
      className="elk-tabel-container"
      {...(scrollbaar ? { role: "group", "aria-label": props.naam, tabIndex: 0 } : {})}
    >
      {props.children}
    </TableContainer>
  );
}

/** The column of the row actions: the icons speak for themselves, the name is for screen readers. */
export function ActiesKop({ label }: { label: string }) {
  return (
    <TableHeaderCell scope="col">
      <span className="elk-visueel-verborgen">{label}</span>
    </TableHeaderCell>
  );
}
