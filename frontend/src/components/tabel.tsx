import { Table, TableCaption, TableContainer, TableHeaderCell } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

/** A list as a table that scrolls sideways on a narrow screen; its caption is for screen readers. */
export function Tabel(props: { bijschrift: string; className?: string; children: ReactNode }) {
  const { bijschrift, className, children } = props;
  return (
    <TableContainer className="elk-tabel-container">
      <Table className={className ? `elk-tabel ${className}` : "elk-tabel"}>
        <TableCaption className="elk-visueel-verborgen">{bijschrift}</TableCaption>
        {children}
      </Table>
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
