/** A small extraction for the Gaps tests (state and components); not part of the pane. */
import type { Commitment, DocumentExtraction } from "../../core";
import { commitmentAt } from "../../../test/support/commitments";

export const GAPS_TEXT = [
  "Kazakhstan called on all states to join the Optional Protocol on the sale of children.",
  "Kazakhstan ratified the Optional Protocol on children in armed conflict.",
  "Armenia acceded to the Convention on the Rights of the Child on 23 June 1993.",
  "Chile signed the Arms Trade Treaty on 3 June 2013.",
].join("\n");

const at = (id: string, quote: string, over: Partial<Commitment>) => commitmentAt(id, "gaps.txt", GAPS_TEXT, quote, over);

/** Four commitments: Kazakhstan advocates one protocol and is bound (undated) by another; Armenia is bound (dated); Chile signed only. */
export const GAPS_EXTRACTION: DocumentExtraction[] = [
  {
    document: { id: "gaps.txt", title: "Gaps fixture", date: null, url: null, sha256: "0".repeat(64) },
    text: GAPS_TEXT,
    commitments: [
      at("c-kz-opsc", "Kazakhstan called on all states to join the Optional Protocol on the sale of children.", {
        actor: "Kazakhstan",
        action: "called-for",
        instrument: "Optional Protocol on the sale of children",
        instrumentId: "crc-opsc",
        instrumentType: "protocol",
        date: "2018-07-11",
      }),
      at("c-kz-opac", "Kazakhstan ratified the Optional Protocol on children in armed conflict.", {
        actor: "Kazakhstan",
        action: "ratified",
        instrument: "Optional Protocol on children in armed conflict",
        instrumentId: "crc-opac",
        instrumentType: "protocol",
      }),
      at("c-am-crc", "Armenia acceded to the Convention on the Rights of the Child on 23 June 1993.", {
        actor: "Armenia",
        action: "acceded",
        instrumentId: "crc",
        date: "1993-06-23",
      }),
      at("c-cl-att", "Chile signed the Arms Trade Treaty on 3 June 2013.", {
        actor: "Chile",
        action: "signed",
        instrument: "Arms Trade Treaty",
        instrumentId: "att",
        date: "2013-06-03",
      }),
    ],
  },
];
