/**
 * A sample of each depositary layout the reference import reads (issue 17), each beside the
 * statements of a few states and the said-against-done gaps they must give. Used by the command
 * line's tests and the pane's.
 *
 * MADE-UP DATES: the state names are real, the dates are not the depositary's record and must not
 * be cited as what any state signed, ratified or acceded to, or when. The quirks are those of
 * the real layouts: footnote markers in every style, bracketed (former) participants, day-first
 * dates without padding, states listed with no date, header cells over several lines, long
 * names wrapped over two lines, columns that name no catalog instrument.
 */

export interface LayoutSample {
  /** What the sample is, for the test's name. */
  name: string;
  /** The layout the import must say it read. */
  layout: string;
  /** The table's file name (its extension says how to read it) and text. */
  file: string;
  text: string;
  /** One statement per document. */
  statements: readonly string[];
  /** The gaps the statements give against the table: "CODE Actor instrument-id", sorted. */
  gaps: readonly string[];
}

const CRPD = "Convention on the Rights of Persons with Disabilities";

/** UNTC's one row per act: Participant | Action | Date of Notification/Deposit | Date of Effect, day first, tab-separated as pasted. */
export const UNTC_ACTIONS: LayoutSample = {
  name: "UNTC's one-row-per-act layout",
  layout: "UNTC actions (one row per act)",
  file: "crpd-actions.txt",
  text: [
    `15. ${CRPD}`,
    "New York, 13 December 2006",
    "Participant\tAction\tDate of Notification/Deposit\tDate of Effect",
    "Argentina\tSignature\t4/4/2007\t",
    "Argentina\tRatification\t11/9/2008\t11/10/2008",
    "Austria1\tSignature\t4/4/2007\t",
    "Austria1\tRatification\t20/10/2008\t19/11/2008",
    "Brazil\tRatification\t5/3/2009\t4/4/2009",
    "Chile\tSignature\t4/4/2007\t",
    "Chile\tRatification\t2/8/2008\t1/9/2008",
    "Ghana\tSignature\t4/4/2007\t",
    "Kenya\tRatification\t19/6/2008\t19/7/2008",
    "Peru 2,3\tAccession\t13/2/2008\t14/3/2008",
    "Fiji\tDefinitive signature\t9/6/2017\t9/7/2017",
    "Norway\tDeclaration\t3/6/2013\t",
  ].join("\n"),
  statements: [
    `Chile ratified the ${CRPD} on 2 August 2008.`,
    // 5/3/2009 is 5 March in a day-first table: read month-first it would be 3 May, and a mismatch.
    `Brazil ratified the ${CRPD} on 5 March 2009.`,
    `Austria ratified the ${CRPD} on 20 October 2009.`,
    `Ghana ratified the ${CRPD} on 12 June 2012.`,
    `Fiji ratified the ${CRPD} on 9 June 2017.`,
  ],
  gaps: ["DATE_MISMATCH Austria crpd", "SAID_NOT_DONE Ghana crpd"],
};

const ICH = "Convention for the Safeguarding of the Intangible Cultural Heritage";

/** A secretariat's list of parties (a UNESCO country list): Country, electoral group, Date of Ratification, a status word; `;` CSV as Excel saves it in French. */
export const LIST_OF_PARTIES: LayoutSample = {
  name: "a secretariat's list of parties",
  layout: "list of parties",
  file: "ich-parties.csv",
  text: [
    `States Parties to the ${ICH}`,
    "No.;Country;Electoral group;Date of Ratification;Status",
    "1;Algeria;V(b);17/3/2004;Ratification",
    "2;Mauritius;V(a);6/6/2004;Ratification",
    "3;Japan;IV;16/6/2004;Acceptance",
    "4;Gabon;V(a);19/7/2004;Ratification",
    "5;Panama;III;21/7/2004;Ratification",
    "6;China;IV;3/12/2004;Ratification",
    "7;Central African Republic;V(a);9/12/2004;Ratification",
    "8;Latvia*;II;15/1/2005;Acceptance",
    "9;Lithuania;II;22/1/2005;Ratification",
    "10;Belarus;II;4/2/2005;Approval",
    "11;Mali;V(a);5/4/2005;Ratification",
    "12;Mongolia;IV;30/6/2005;Accession",
    "13;Chile;III;;Party",
  ].join("\r\n"),
  statements: [
    `Japan ratified the ${ICH} on 16 June 2004.`,
    `Mongolia acceded to the ${ICH} on 13 June 2005.`,
    `Chile ratified the ${ICH} on 10 December 2008.`,
    `Latvia ratified the ${ICH} on 15 January 2005.`,
  ],
  gaps: ["DATE_MISMATCH Mongolia intangible-heritage-2003", "SAID_NOT_DONE Chile intangible-heritage-2003"],
};

const CAT = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment";

/** UNTC's plain text as older copies give it: broken bars, a rule line, a header over three lines, names padded, a long name wrapped, a bracketed former state. */
export const UNTC_PLAIN_TEXT: LayoutSample = {
  name: "UNTC's plain-text layout",
  layout: "UNTC status table",
  file: "cat-plain.txt",
  text: [
    `9. ${CAT}`,
    "New York, 10 December 1984",
    "",
    "Participant                     ¦ Signature    ¦ Ratification,",
    "                                ¦              ¦ Accession (a),",
    "                                ¦              ¦ Succession (d)",
    "--------------------------------+--------------+-----------------",
    "Afghanistan                     ¦  5 Feb 1985  ¦  2 Apr 1987",
    "Albania                         ¦              ¦ 12 May 1994 a",
    "Argentina                       ¦  5 Feb 1985  ¦ 25 Sep 1986",
    "Bolivia (Plurinational          ¦              ¦",
    "State of)²                      ¦  4 Feb 1985  ¦ 12 Apr 1999",
    "Bosnia and Herzegovina          ¦              ¦  7 Sep 1993 d",
    "Chile¹                          ¦ 24 Sep 1987  ¦ 31 Oct 1988",
    "[Czechoslovakia]                ¦  9 Oct 1986  ¦  8 Jul 1988",
    "Denmark 2                       ¦  5 Feb 1985  ¦ 28 May 1987",
    "Ghana                           ¦  8 Sep 2000  ¦",
    "Mexico                          ¦ 19 Mar 1985  ¦ 24 Jan 1986",
    "Norway [3]                      ¦  5 Feb 1985  ¦ 10 Jul 1986",
    "Peru                            ¦ 30 May 1985  ¦  8 Jul 1988",
    "Senegal*                        ¦  5 Feb 1985  ¦ 22 Aug 1986",
  ].join("\n"),
  statements: [
    `Chile ratified the ${CAT} on 31 October 1988.`,
    `Norway ratified the ${CAT} on 10 July 1987.`,
    `Ghana ratified the ${CAT} on 7 September 2000.`,
    `Denmark ratified the ${CAT} on 28 May 1987.`,
    // Bolivia's name is wrapped over two lines in the table: read as one, its ratification is on record.
    `Bolivia ratified the ${CAT} on 12 April 1999.`,
  ],
  gaps: ["DATE_MISMATCH Norway cat", "SAID_NOT_DONE Ghana cat"],
};

const ICCPR = "International Covenant on Civil and Political Rights";
const OPAC = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";

/** OHCHR's matrix: one row per state, one column per treaty headed by its committee's code; a column no catalog entry names. */
export const OHCHR_MATRIX: LayoutSample = {
  name: "OHCHR's matrix export",
  layout: "matrix (one column per treaty)",
  file: "ohchr-status.csv",
  text: [
    "Country,Region,CAT,CCPR,CESCR,CRC,CRC-OP-AC,CRPD,XYZ-OP",
    "Argentina,GRULAC,25/9/1986,9/8/1986,9/8/1986,5/12/1990,11/10/2002,11/9/2008,1/1/2010",
    "Brazil,GRULAC,29/9/1989,25/1/1992 a,25/1/1992 a,25/9/1990,28/1/2004,5/3/2009,",
    "Chile,GRULAC,31/10/1988,11/2/1972,11/2/1972,14/8/1990,1/8/2003,2/8/2008,",
    "Ghana,Africa,8/9/2000,8/9/2000,8/9/2000,6/2/1990,Signatory,1/8/2012,",
    "India,Asia-Pacific,Signatory,11/4/1979 a,11/4/1979 a,12/12/1992 a,1/11/2005,2/10/2007,",
    "Kenya,Africa,22/2/1997 a,2/5/1972 a,2/5/1972 a,31/7/1990,29/1/2002,19/6/2008,",
    "Mexico,GRULAC,24/1/1986,24/3/1981 a,24/3/1981 a,22/9/1990,16/4/2002,18/12/2007,",
    "Norway¹,WEOG,10/7/1986,14/9/1972,14/9/1972,9/1/1991,24/9/2003,4/6/2013,",
    "Peru,GRULAC,8/7/1988,29/4/1978,29/4/1978,5/9/1990,9/5/2002,31/1/2008 a,",
    "Senegal,Africa,22/8/1986,14/2/1978,14/2/1978,1/8/1990,3/3/2004,8/9/2010,",
    "South Africa,Africa,11/12/1998,11/12/1998,13/1/2015,17/6/1995,25/9/2009,1/12/2007,",
    "Viet Nam,Asia-Pacific,6/2/2015,25/10/1982 a,25/10/1982 a,28/2/1990,21/12/2001,6/2/2015,",
  ].join("\n"),
  statements: [
    `Chile ratified the ${ICCPR} on 11 February 1972.`,
    `Kenya acceded to the ${ICCPR} on 2 May 1973.`,
    `Ghana ratified the ${OPAC} on 3 March 2010.`,
    `Norway ratified the ${OPAC} on 24 September 2003.`,
  ],
  gaps: ["DATE_MISMATCH Kenya iccpr", "SAID_NOT_DONE Ghana crc-opac"],
};

export const LAYOUT_SAMPLES: readonly LayoutSample[] = [UNTC_ACTIONS, LIST_OF_PARTIES, UNTC_PLAIN_TEXT, OHCHR_MATRIX];
