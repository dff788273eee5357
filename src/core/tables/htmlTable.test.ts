/** A web page's table as the browser puts it on the clipboard (text/html): its columns survive as shown. */
import { parseTableText } from "./ruled";
import { htmlTableRows, rowsAsTabText } from "./htmlTable";

const CLIPBOARD = `<html><body><!--StartFragment--><h3>15. Convention on the Rights of Persons with Disabilities</h3>
<table class="table"><thead><tr><th>Participant</th><th>Action</th><th>Date of Notification/Deposit</th><th>Date of Effect</th></tr></thead>
<tbody><tr><td>Bolivia (Plurinational State of)<sup>2,3</sup></td><td>Ratification</td><td>16/11/2009</td><td>16/12/2009</td></tr>
<tr><td>Côte d&#39;Ivoire</td><td>Signature</td><td>7/6/2007</td><td></td></tr>
<tr><td colspan="2">Peru&nbsp;Accession<br>(a)</td><td>30/1/2008</td><td>
 3/5/2008</td></tr></tbody></table><p>After the table</p><!--EndFragment--></body></html>`;

test("the title above, each cell in its column, entities decoded, a colspan followed by an empty cell, line breaks as spaces", () => {
  expect(htmlTableRows(CLIPBOARD)).toEqual([
    ["15. Convention on the Rights of Persons with Disabilities"],
    ["Participant", "Action", "Date of Notification/Deposit", "Date of Effect"],
    ["Bolivia (Plurinational State of)2,3", "Ratification", "16/11/2009", "16/12/2009"],
    ["Côte d'Ivoire", "Signature", "7/6/2007", ""],
    ["Peru Accession (a)", "", "30/1/2008", "3/5/2008"],
  ]);
});

test("as tab-separated text, read back the same", () => {
  const rows = htmlTableRows(CLIPBOARD) as string[][];
  expect(parseTableText(rowsAsTabText(rows))).toEqual(rows);
});

test("HTML without a table, or an empty one, is none (negative cases)", () => {
  expect(htmlTableRows("<p>Participant Signature</p>")).toBeNull();
  expect(htmlTableRows("<table></table>")).toBeNull();
  expect(htmlTableRows("")).toBeNull();
  expect(htmlTableRows("<tablet>x</tablet>")).toBeNull();
});
