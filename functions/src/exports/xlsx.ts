/**
 * The media type of an export file. In a module of its own, without exceljs: the HTTP side
 * (functions/src/http/overzichten/exports.ts) needs only this constant, and importing it from
 * bouw-export.ts put exceljs into that Lambda's bundle (issue #11).
 */
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
