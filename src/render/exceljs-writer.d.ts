// The parts of exceljs the workbook is written with: its streaming writer and the enums it loads
// (exceljs declares types for its whole entry only).
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type ExcelJS from 'exceljs';
  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
declare module 'exceljs/lib/doc/enums.js' {
  import type ExcelJS from 'exceljs';
  export const ValueType: typeof ExcelJS.ValueType;
}
