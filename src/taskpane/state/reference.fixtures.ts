/**
 * Status tables for the pane's reference tests; not part of the pane.
 *
 * MADE-UP DATES: these rows exercise the parser (suffixes, footnote markers, blank cells,
 * unreadable dates) and the reconciliation. They are not the depositary's record and must not be
 * cited as what any state signed, ratified or acceded to, or when.
 */

/** The UN Treaty Collection's layout as a browser copies it: title, place and date, header, then tab-separated rows. */
export const UNTC_PASTE = [
  "11. b Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
  "New York, 25 May 2000",
  "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)",
  "Armenia\t2 Mar 2001\t4 May 2004",
  "Austria1\t\t7 Aug 2002 A",
  "Belgium\t3 Oct 2000\t9 Nov 2003 AA",
  "Bosnia and Herzegovina\t\t5 Dec 2001 d",
  "Bolivia (Plurinational State of)2,3\t\t14 Jan 2006 a",
  "Kazakhstan\t8 Sep 2000\t11 Feb 2004",
  "Fiji\t\t12 Smarch 2004",
  "",
  "Narnia\t1 Jan 2001\t",
  "",
].join("\n");

/** The same rows without the title lines: the instrument must then be given. */
export const UNTC_NO_TITLE = UNTC_PASTE.split("\n").slice(2).join("\n");

/** A long table as CSV: one act per row, quoted fields with commas. */
export const LONG_CSV = [
  "actor,instrument,action,date",
  'Chile,Arms Trade Treaty,signature,"3 Jun 2013"',
  'Chile,Arms Trade Treaty,ratified,"8 Aug 2018"',
  '"Korea, Republic of",Arms Trade Treaty,accession,2017-02-01',
  "Peru,Arms Trade Treaty,denounced,2019-01-01",
].join("\r\n");

/**
 * For the App's extraction (Norway ratified the CRC on 8 January 1991, Chile signed the ATT on
 * 3 June 2013, as the pane's test statements say): a CRC table whose Norway date differs.
 */
export const CRC_OTHER_DATE = [
  "Convention on the Rights of the Child",
  "Participant\tSignature\tRatification, Accession(a), Succession(d)",
  "Norway\t26 Jan 1990\t9 Jan 1991",
  "Chile\t26 Jan 1990\t13 Aug 1990",
].join("\n");

/** A CRC table without Norway: its stated ratification is then not on record. */
export const CRC_WITHOUT_NORWAY = [
  "Convention on the Rights of the Child",
  "Participant\tSignature\tRatification, Accession(a), Succession(d)",
  "Chile\t26 Jan 1990\t13 Aug 1990",
  "Peru\t26 Jan 1990\t4 Sep 1990",
].join("\n");
