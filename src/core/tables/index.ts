/** Reading tables as users have them (status tables, checklists): delimited text and spreadsheet cells. */
export {
  chooseDelimiter,
  delimitedFormatOf,
  DelimitedTextError,
  MAX_TABLE_BYTES,
  parseDelimited,
  type DelimitedFormat,
  type DelimitedText,
  type Delimiter,
} from "./delimited";
export { EXCEL_ERRORS, officeCell, UnreadableCell, xlsxCell, xlsxGrid, type SheetRows, type TableCell } from "./cells";
export { isRuledText, isRuleLine, parseRuled, parseTableText } from "./ruled";
export { htmlTableRows, rowsAsTabText } from "./htmlTable";
