/**
 * exceljs' streaming writer on its own (issue #11): `import ExcelJS from "exceljs"` bundles all of
 * exceljs (the reader, CSV, the in-memory model: ~1 MiB minified), where the exporter only writes;
 * the writer alone is less than half of that and keeps queue/exporter under 1.5 MiB with the AWS
 * SDK bundled in. exceljs 4 has no `exports` map, so the deep path resolves as is.
 */
declare module "exceljs/lib/stream/xlsx/workbook-writer.js" {
  import type { stream } from "exceljs";

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
