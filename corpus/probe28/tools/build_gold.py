#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt (02.md, 03.html, 04.html, 14.md); gold.py's
Gold.finish() checks quotes in .txt, .md and .html documents alike, against the file as written (white space folded, a
Title:/Date:/URL: header block left out). Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED,  # noqa: E402,F401
                  ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
COTIF = ("Convention concerning International Carriage by Rail (COTIF)",
         ["COTIF", "Convention concerning International Carriage by Rail", "COTIF 1999"])
VILNIUS = ("Protocol of Vilnius of 3 June 1999", ["Vilnius Protocol", "Protocol of Vilnius", "1999 Protocol"])
CIV = ("Uniform Rules concerning the Contract of International Carriage of Passengers by Rail (CIV)", ["CIV", "CIV Uniform Rules", "Appendix A"])
CIM = ("Uniform Rules concerning the Contract of International Carriage of Goods by Rail (CIM)", ["CIM", "CIM Uniform Rules", "Appendix B"])
APTU = ("Uniform Rules concerning the Validation of Technical Standards and the Adoption of Uniform Technical Prescriptions applicable to "
        "Railway Material (APTU)", ["APTU", "APTU Uniform Rules", "Appendix F"])
ATMFAM = ("amendments to the ATMF Uniform Rules adopted by the Revision Committee at its 29th session",
          ["2024 amendments to the ATMF Uniform Rules", "ATMF amendments", "amendments to the Uniform Rules concerning Technical Admission of "
           "Railway Material used in International Traffic (ATMF, Appendix G)"])
SMGS = ("SMGS Agreement", ["SMGS", "Agreement on International Railway Freight Communications"])
MC99 = ("Montreal Convention", ["Convention for the Unification of Certain Rules for International Carriage by Air", "MC99", "Montreal Convention 1999"])
WARSAW = ("Warsaw Convention of 1929", ["Warsaw Convention"])
HAGUE = ("Hague Protocol of 1955", ["Hague Protocol"])
GUAD = ("Guadalajara Convention of 1961", ["Guadalajara Convention"])
RKC = ("Revised Kyoto Convention", ["RKC", "Protocol of Amendment to the International Convention on the Simplification and Harmonization of Customs "
                                   "Procedures", "Kyoto Convention (revised)"])
SAE = ("Specific Annex E (Transit)", ["Specific Annex E", "Specific Annex E on transit"])
SAH = ("Specific Annex H (Offences)", ["Specific Annex H"])
SANY = ("Specific Annexes", ["any Specific Annex"])
TFA = ("WTO Trade Facilitation Agreement", ["Trade Facilitation Agreement", "TFA", "Protocol of Amendment inserting the Trade Facilitation Agreement",
                                            "Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization", "WT/L/940"])
SIGNS = ("Convention on Road Signs and Signals", ["1968 Convention on Road Signs and Signals", "Road Signs Convention",
                                                  "Vienna Convention on Road Signs and Signals"])
TRAFFIC = ("Convention on Road Traffic (1968)", ["Convention on Road Traffic", "1968 Convention on Road Traffic", "Vienna Convention on Road Traffic"])
TIR = ("TIR Convention", ["TIR Convention, 1975", "Customs Convention on the International Transport of Goods under Cover of TIR Carnets"])
ANNEX11 = ("Annex 11 (the eTIR procedure)", ["eTIR procedure", "Annex 11", "eTIR"])
CMR = ("Convention on the Contract for the International Carriage of Goods by Road (CMR)", ["CMR", "CMR Convention"])
ECMR = ("Additional Protocol to the CMR concerning the Electronic Consignment Note",
        ["e-CMR Protocol", "e-CMR", "Additional Protocol to the Convention on the Contract for the International Carriage of Goods by Road (CMR) "
         "concerning the Electronic Consignment Note"])
CTC = ("Cape Town Convention", ["Convention on International Interests in Mobile Equipment", "Cape Town Convention on International Interests in Mobile Equipment"])
AIR = ("Aircraft Protocol", ["Protocol on Matters specific to Aircraft Equipment", "Cape Town Aircraft Protocol",
                             "Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Aircraft Equipment"])
RAIL = ("Luxembourg Rail Protocol", ["Luxembourg Protocol", "Rail Protocol", "Luxembourg Protocol to the Convention on International Interests in Mobile "
                                     "Equipment on Matters specific to Railway Rolling Stock"])
MAC = ("MAC Protocol", ["Protocol on Matters specific to Mining, Agricultural and Construction Equipment"])
SPACE = ("Space Protocol", ["Protocol on Matters specific to Space Assets"])
L23 = ("draft resolution on specific actions related to the particular needs and problems of landlocked developing countries (A/C.2/80/L.23)",
       ["A/C.2/80/L.23", "resolution on landlocked developing countries", "draft on landlocked developing countries"])
L58 = ("Resolution on Landlocked Developing Countries (A/80/L.58)", ["A/80/L.58", "resolution on landlocked developing countries"])
AWAZA = ("Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034", ["Awaza Programme of Action", "APoA"])
L31 = ("draft resolution on strengthening the links between all modes of transport to achieve the Sustainable Development Goals (A/C.2/80/L.31)",
       ["A/C.2/80/L.31", "strengthening the links between all modes of transport"])
ITCDIG = ("resolution on the digitalization of inland transport documents", ["ITC resolution on the digitalization of inland transport documents"])
ITCSTRAT = ("revised ITC Strategy until 2030", ["ITC Strategy until 2030"])
ITCAP = ("action plan for 2025–2026", ["ITC action plan for 2025–2026"])
TITR = ("TITR Development Roadmap 2025–2027", ["Development Roadmap 2025–2027", "TITR Roadmap"])
WCORES = ("Resolution on Customs Transit Facilitation for Landlocked Developing Countries", ["WCO Council Resolution on transit facilitation"])
HS2028 = ("Recommendation concerning the amendment of the Nomenclature of the Harmonized System Convention", ["HS 2028 amendments", "HS 2028",
                                                                                                            "HS 2028 Recommendation"])
ATA = ("Convention on Temporary Admission (Istanbul Convention)", ["Convention on Temporary Admission", "Istanbul Convention on Temporary Admission"])
ATAB = ("Annexes B.1 and B.5", ["Annex B.1", "Annex B.5"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Viet Nam", "Türkiye", "European Union", "Kyrgyzstan", "Tajikistan",
          "Uzbekistan", "Kazakhstan", "Bolivia", "Lao PDR", "Côte d'Ivoire", "United Arab Emirates", "Thailand", "Cambodia", "Saudi Arabia",
          "Egypt", "Germany", "China", "Paraguay", "Burundi", "Rwanda"),
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Maldives": ["Maldives", "the Maldives", "Republic of Maldives"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Mongolia": ["Mongolia"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Botswana": ["Botswana", "Republic of Botswana", "Group of Landlocked Developing Countries"],
    "Turkmenistan": ["Turkmenistan"],
    "Georgia": ["Georgia"],
    "Spain": ["Spain", "Kingdom of Spain"],
}
OTIFRC = ["OTIF Revision Committee", "Revision Committee", "Revision Committee of OTIF", "OTIF"]
RFCW = ["Rail Freight Corridor Watch"]
ICAL = ["International Conference on Air Law", "ICAO", "International Civil Aviation Organization"]
WCOSG = ["WCO Secretary General", "Secretary General of the World Customs Organization", "World Customs Organization", "WCO"]
WCOC = ["Customs Co-operation Council", "WCO Council", "Council", "World Customs Organization", "WCO"]
IRU = ["IRU", "International Road Transport Union", "Karim Haddad"]
C2 = ["UN General Assembly Second Committee", "Second Committee", "Second Committee (Economic and Financial)", "Second Committee of the General Assembly"]
C2GA = C2 + GA
WTOGC = ["WTO General Council", "General Council", "WTO", "World Trade Organization"]
DESK = ["LLDC Trade Desk"]
TITRMIN = ["Ministers of Transport of Azerbaijan, Georgia, Kazakhstan and Türkiye", "Ministers", "Azerbaijan", "Georgia", "Kazakhstan", "Türkiye",
           "Turkey"]
RWG = ["Rail Working Group"]
ITC = ["Inland Transport Committee", "ITC", "UNECE Inland Transport Committee", "UNECE"]
ECEES = ["UNECE Executive Secretary", "Executive Secretary", "UNECE"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (OTIF depositary notification) =====================
d = "01.txt"
R(d, "Uzbekistan", ACCEDED, COTIF, "2025-10-02",
  "on 2 October 2025 the Republic of Uzbekistan deposited its instrument of accession to the Convention concerning International Carriage by Rail (COTIF)")
QUZ = ("Uzbekistan declared that it will not apply the Uniform Rules concerning the Contract of International Carriage of Passengers by Rail (CIV, "
       "Appendix A) nor the Uniform Rules concerning the Validation of Technical Standards")
R(d, "Uzbekistan", NOTBOUND, CIV, None, QUZ, negated=True)
R(d, "Uzbekistan", NOTBOUND, APTU, None, QUZ, negated=True)
R(d, "Uzbekistan", "party", COTIF, None, "Uzbekistan will become the 52nd Member State of the Organisation on that date", negated=True, required=False)
R(d, "Jordan", ACCEPTED, ATMFAM, "2025-09-23",
  "On 23 September 2025, the Hashemite Kingdom of Jordan deposited its instrument of approval of the amendments to the Uniform Rules concerning "
  "Technical Admission of Railway Material used in International Traffic (ATMF, Appendix G)")
R(d, OTIFRC, "adopted", ATMFAM, "2024-06", "adopted by the Revision Committee at its 29th session (Berne, 26–27 June 2024)")
R(d, "Morocco", "signed", VILNIUS, "1999-06-03", "The Kingdom of Morocco, which signed the Protocol of Vilnius on 3 June 1999")
R(d, "Morocco", NOTRATIFIED, VILNIUS, None, "Morocco has not yet deposited an instrument of ratification", negated=True,
  alt=["its ratification of that Protocol \"is at an advanced stage\""])
R(d, "Kazakhstan", NOTBOUND, COTIF, None, "has not acceded to the Convention", negated=True,
  alt=["it is \"studying the conditions for accession\""])

# ===================== 02 (rail freight tracker, Markdown) =====================
d = "02.md"
D = "2025-11-20"
R(d, "Uzbekistan", ACCEDED, COTIF, "2025-10-02", "Uzbekistan: instrument of accession to COTIF deposited on 2 October 2025")
QUZ2 = "with declarations excluding CIV (passengers) and APTU"
R(d, "Uzbekistan", NOTBOUND, CIV, None, QUZ2, negated=True)
R(d, "Uzbekistan", NOTBOUND, APTU, None, QUZ2, negated=True)
R(d, "Jordan", ACCEPTED, ATMFAM, "2025-09-23", "Jordan: approved the 2024 amendments to the ATMF Uniform Rules (Appendix G) on 23 September 2025")
QGAI = ("Georgia, Armenia and Iran apply the CIM Uniform Rules (Appendix B) but have declared that they do not apply CIV (Appendix A)")
RL(d, ["Georgia", "Armenia", "Iran"], PARTY, CIM, None, QGAI)
for a in ["Georgia", "Armenia", "Iran"]:
    R(d, a, NOTBOUND, CIV, None, QGAI, negated=True,
      alt=["Georgia's railway says it will ask the Government to lift the CIV declaration"] if a == "Georgia" else None)
R(d, "Türkiye", PARTY, COTIF, "1985", "Türkiye has been a Member State since 1985 and applies all seven Appendices")
R(d, "Kazakhstan", NOTBOUND, COTIF, None, "Kazakhstan is considering whether to join COTIF", negated=True,
  alt=["| Kazakhstan | not a Member State |"])
R(d, "Turkmenistan", NOTBOUND, COTIF, None, "| Turkmenistan | not a Member State |", negated=True)
R(d, "China", NOTBOUND, COTIF, None, "| China | not a Member State | applies SMGS; no plans to accede |", negated=True)
QSMGS = ("its railway continues to operate under the SMGS Agreement of the Organisation for Co-operation between Railways (OSJD), to which all "
         "three states in the table are parties")
RL(d, ["Kazakhstan", "Turkmenistan", "China"], PARTY, SMGS, None, QSMGS, alt=["applies SMGS"])
R(d, RFCW, "called-for", COTIF, D, "We call on Kazakhstan and Turkmenistan to accede to COTIF")
R(d, RFCW, "called-for", CIM, D, "to apply the CIM Uniform Rules without exception by 2027", required=False)
R(d, RFCW, "called-for", CIV, D, "We hope Armenia and Iran will follow Azerbaijan in lifting their CIV declarations", required=False)

# ===================== 03 (civil aviation FAQ page, HTML) =====================
d = "03.html"
R(d, ICAL, "adopted", MC99, "1999-05",
  "It was adopted by the International Conference on Air Law convened by the International Civil Aviation Organization (ICAO) in Montreal in May 1999")
R(d, "Sri Lanka", ACCEDED, MC99, "2018-03-14", "Sri Lanka acceded to the Montreal Convention on 14 March 2018",
  alt=["The instrument of accession was deposited with ICAO"])
R(d, "Sri Lanka", PARTY, WARSAW, None, "Sri Lanka remains a party to the Warsaw Convention of 1929 and to the Hague Protocol of 1955 that amended it")
R(d, "Sri Lanka", PARTY, HAGUE, None, "Sri Lanka remains a party to the Warsaw Convention of 1929 and to the Hague Protocol of 1955 that amended it")
RL(d, ["Myanmar", "Nepal"], NOTBOUND, MC99, None, "Myanmar and Nepal have not joined the Montreal Convention", negated=True)
R(d, "Maldives", ACCEDED, MC99, "2024", "The Maldives acceded last year")
R(d, "European Union", ACCEPTED, MC99, "2004", "The European Union approved the Montreal Convention in 2004")
R(d, "Sri Lanka", NOTBOUND, GUAD, None, "Sri Lanka is not a party to the Guadalajara Convention of 1961", negated=True,
  alt=["does not intend to accede to it"])

# ===================== 04 (WCO news page, HTML) =====================
d = "04.html"
DEP = "2025-03-04"
R(d, "Ethiopia", ACCEDED, RKC, DEP,
  "deposited with the WCO Secretary General the instrument of accession of Ethiopia to the Protocol of Amendment to the International Convention "
  "on the Simplification and Harmonization of Customs Procedures, known as the Revised Kyoto Convention (RKC)",
  alt=["Ethiopia accedes to the Revised Kyoto Convention"])
R(d, "Ethiopia", ACCEPTED, SAE, DEP, "In its instrument, Ethiopia also accepted Specific Annex E (Transit) in full")
R(d, "Ethiopia", ACCEPTED, SAH, None, "It did not accept Specific Annex H (Offences)", negated=True)
R(d, "Ethiopia", "party", RKC, None, "Ethiopia becomes the 138th Contracting Party to the RKC", required=False)
R(d, "Ethiopia", COMMITTED, RKC, DEP, "Ethiopia \"is committed to implementing the Revised Kyoto Convention's transit standards")
R(d, "Djibouti", ACCEDED, RKC, "2019", "Djibouti, which acceded to the RKC in 2019")
R(d, "Kenya", PARTY, RKC, "2010", "Kenya, a Contracting Party since 2010")
QSG = ("encouraged \"the remaining WCO Members in the Horn of Africa, notably Eritrea and Somalia, to accede to the Revised Kyoto Convention and to "
       "accept Specific Annex E\"")
R(d, WCOSG, "called-for", RKC, DEP, QSG)
R(d, WCOSG, "called-for", SAE, DEP, QSG)
R(d, "Ethiopia", NOTBOUND, TFA, None, "is not yet bound by the WTO Trade Facilitation Agreement", negated=True)
R(d, "Tajikistan", ACCEDED, RKC, "2025-01-27", "27/01/2025 – Tajikistan deposits its instrument of accession to the Revised Kyoto Convention")

# ===================== 05 (Mongolia's statement at the ITC, first person) =====================
d = "05.txt"
D = "2025-02-19"
R(d, "Mongolia", ACCEDED, SIGNS, D,
  "this morning, at the Treaty Section in New York, our Permanent Representative deposited Mongolia's instrument of accession to the Convention on "
  "Road Signs and Signals")
R(d, "Mongolia", PARTY, TIR, "2002", "Mongolia has been a Contracting Party to the TIR Convention since 2002")
R(d, "Mongolia", NOTBOUND, ECMR, None,
  "We have not yet acceded to the Additional Protocol to the Convention on the Contract for the International Carriage of Goods by Road (CMR) "
  "concerning the Electronic Consignment Note", negated=True,
  alt=["the Cabinet is still considering whether to join the e-CMR Protocol"])
R(d, "Mongolia", ACCEDED, CMR, "2003", "Mongolia acceded to the CMR itself in 2003")
R(d, "Mongolia", ACCEPTED, TFA, "2016",
  "Mongolia accepted the Protocol of Amendment inserting the Trade Facilitation Agreement into the WTO Agreement in 2016")
R(d, "Mongolia", "welcomed", AWAZA, D, "We welcome the Awaza Programme of Action for Landlocked Developing Countries")
RL(d, ["Kazakhstan", "Uzbekistan"], PARTY, SIGNS, None,
   "Kazakhstan and Uzbekistan are already Contracting Parties to the Convention on Road Signs and Signals")
R(d, "Kyrgyzstan", NOTBOUND, SIGNS, None, "Kyrgyzstan, with which we share no border but a great deal of traffic, has yet to accede", negated=True)
R(d, "Mongolia", "called-for", SIGNS, D, "We hope that Kyrgyzstan will follow suit", required=False)
R(d, ITC, "adopted", ITCDIG, D, "the adoption by the Committee this morning of its resolution on the digitalization of inland transport documents")
RL(d, ["Mongolia", "Georgia", "Azerbaijan"], "co-sponsored", ITCDIG, None,
   "Mongolia is proud to have co-sponsored it, together with Georgia and Azerbaijan")

# ===================== 06 (podcast transcript, IRU) =====================
d = "06.txt"
D = "2025-09-09"
R(d, "Oman", ACCEDED, TIR, "2025-03", "Oman acceded to the TIR Convention in March")
R(d, "Oman", "party", TIR, None, "It became the 78th Contracting Party", required=False)
RL(d, ["Saudi Arabia", "United Arab Emirates"], PARTY, TIR, None, "Saudi Arabia and the United Arab Emirates are already Contracting Parties")
R(d, "Kuwait", NOTBOUND, TIR, None, "Kuwait is the one that is missing. It has not acceded", negated=True)
R(d, IRU, "called-for", TIR, D, "we hope Kuwait will follow suit", required=False)
R(d, "Qatar", PARTY, TIR, "2019", "Qatar has been a party since 2019")
R(d, "Egypt", JOINED, TIR, None, "Egypt is considering accession", negated=True,
  alt=["a decision is expected next year"])
R(d, "China", ACCEDED, TIR, "2016", "China acceded in 2016")
R(d, "Viet Nam", NOTBOUND, TIR, None, "Viet Nam has not acceded", negated=True)
RL(d, ["Saudi Arabia", "Oman"], NOTBOUND, ECMR, None, "Neither Saudi Arabia nor Oman has acceded to the e-CMR Protocol", negated=True)
R(d, IRU, "called-for", ECMR, D, "We urge every TIR country to join the e-CMR Protocol")

# ===================== 07 (UK parliamentary written answer) =====================
d = "07.txt"
R(d, "United Kingdom", "signed", RAIL, "2016-01-21",
  "The United Kingdom signed the Luxembourg Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to "
  "Railway Rolling Stock on 21 January 2016")
R(d, "United Kingdom", NOTRATIFIED, RAIL, None, "The Government has not yet ratified the Protocol", negated=True,
  alt=["we will keep ratification under review"])
RL(d, ["Luxembourg", "Sweden", "Gabon", "Paraguay"], RATIFIED, RAIL, None,
   "following ratification by Luxembourg, Sweden, Gabon and Paraguay and approval by the European Union")
R(d, "European Union", ACCEPTED, RAIL, None, "approval by the European Union")
QGFI = "Among the other signatories, Germany, France and Italy have yet to ratify it"
RL(d, ["Germany", "France", "Italy"], "signed", RAIL, None, QGFI)
RL(d, ["Germany", "France", "Italy"], NOTRATIFIED, RAIL, None, QGFI, negated=True)
QUK = "The United Kingdom ratified the Cape Town Convention and its Protocol on Matters specific to Aircraft Equipment in 2015"
R(d, "United Kingdom", RATIFIED, CTC, "2015", QUK)
R(d, "United Kingdom", RATIFIED, AIR, "2015", QUK)
R(d, "United Kingdom", "signed", MAC, None,
  "The Government has no plans to sign the Protocol on Matters specific to Mining, Agricultural and Construction Equipment (the MAC Protocol)",
  negated=True)
R(d, "United Kingdom", PARTY, COTIF, None,
  "The United Kingdom remains a Member State of OTIF and a party to the Convention concerning International Carriage by Rail (COTIF)")
R(d, "United Kingdom", PARTY, CIM, None, "The Channel Tunnel freight services continue to be carried under the CIM Uniform Rules", required=False)

# ===================== 08 (wire story, Thailand and Cape Town) =====================
d = "08.txt"
DEP = "2025-06-23"
QTH = ("Thailand has acceded to the Cape Town Convention on International Interests in Mobile Equipment and to its Aircraft Protocol")
QTH2 = "Thailand's ambassador in Rome deposited the two instruments of accession"
R(d, "Thailand", ACCEDED, CTC, DEP, QTH, alt=[QTH2, "Thailand joins Cape Town aircraft-finance treaty"])
R(d, "Thailand", ACCEDED, AIR, DEP, QTH, alt=[QTH2])
QSM = "Singapore and Malaysia are long-standing parties to both instruments"
for a in ["Singapore", "Malaysia"]:
    R(d, a, PARTY, CTC, None, QSM)
    R(d, a, PARTY, AIR, None, QSM)
QVI = "Viet Nam acceded in 2015 and Indonesia in 2007"
for a, y in [("Viet Nam", "2015"), ("Indonesia", "2007")]:
    R(d, a, ACCEDED, CTC, y, QVI)
    R(d, a, ACCEDED, AIR, y, QVI)
QCL = "Cambodia and Laos are not parties to either"
for a in ["Cambodia", "Lao PDR"]:
    R(d, a, NOTBOUND, CTC, None, QCL, negated=True)
    R(d, a, NOTBOUND, AIR, None, QCL, negated=True)
QRU = "the Russian Federation, which acceded to the Convention and the Protocol in 2011"
R(d, "Russian Federation", ACCEDED, CTC, "2011", QRU)
R(d, "Russian Federation", ACCEDED, AIR, "2011", QRU)
R(d, "Thailand", JOINED, RAIL, None, "Anan said Thailand would consider the Luxembourg Rail Protocol", negated=True,
  alt=["no decision had been taken"])
R(d, "Thailand", "signed", SPACE, None, "Thailand has not signed the Space Protocol and has no plans to do so", negated=True)

# ===================== 09 (Second Committee meetings coverage, recorded vote) =====================
d = "09.txt"
D = "2025-11-14"
R(d, C2, ADOPTED, L23, D,
  "The Second Committee (Economic and Financial) today approved, by a recorded vote of 164 in favour to 2 against (Argentina, United States), with 1 "
  "abstention (Israel), a draft resolution on specific actions related to the particular needs and problems of landlocked developing countries")
QAG = "2 against (Argentina, United States)"
R(d, "Argentina", "supported", L23, D, QAG, negated=True, alt=["would vote no"])
R(d, "United States", "supported", L23, D, QAG, negated=True, alt=["her delegation would vote against the text"])
R(d, "Israel", "supported", L23, D, "with 1 abstention (Israel)", negated=True, alt=["Israel's delegate said his country would abstain"])
R(d, "Botswana", "co-sponsored", L23, None,
  "Introducing the draft, the representative of Botswana, speaking on behalf of the Group of Landlocked Developing Countries")
R(d, GA, ADOPTED, AWAZA, "2024-12", "the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034, which the Assembly "
  "endorsed in December 2024")
R(d, C2GA, "called-for", TIR, None, "would call upon landlocked and transit developing countries that have not yet done so to accede to the TIR "
  "Convention", required=False)
R(d, C2GA, "called-for", RKC, None, "to accede to the TIR Convention and to the Revised Kyoto Convention of the World Customs Organization",
  required=False)
R(d, "Argentina", ENDORSED, AWAZA, None, "her country did not endorse the Awaza Programme of Action", negated=True)
R(d, "Paraguay", ACCEPTED, TFA, "2016", "her country had accepted the Trade Facilitation Agreement in 2016")
R(d, "Kazakhstan", "welcomed", AWAZA, D, "Kazakhstan's representative welcomed the Awaza Programme of Action")
R(d, C2, ADOPTED, L31, D,
  "The Committee then approved without a vote a draft resolution on strengthening the links between all modes of transport to achieve the "
  "Sustainable Development Goals")
R(d, "Turkmenistan", "co-sponsored", L31, None, "Turkmenistan, which introduced it")

# ===================== 10 (US explanation of vote in the General Assembly) =====================
d = "10.txt"
D = "2025-12-19"
R(d, "United States", "supported", L58, D, "The United States called for a recorded vote on this resolution and voted no", negated=True,
  alt=["We did the same in the Second Committee last month"])
R(d, "United States", ACCEPTED, TFA, "2015-01", "We accepted the WTO Trade Facilitation Agreement in January 2015")
R(d, "United States", COMMITTED, TFA, D, "we remain committed to implementing it in full")
R(d, "United States", PARTY, TIR, "1982", "We have been a Contracting Party to the TIR Convention since 1982")
R(d, "United States", ACCEDED, RKC, "2005", "acceded to the Revised Kyoto Convention in 2005")
R(d, "United States", ENDORSED, AWAZA, None,
  "The United States did not endorse the Awaza Programme of Action when it was presented to this Assembly in December 2024", negated=True,
  alt=["we do not endorse it today"])
R(d, "United States", "called-for", TFA, D,
  "we encourage all landlocked and transit countries that have not yet done so to accept the Trade Facilitation Agreement's Category C commitments",
  required=False)
R(d, "Argentina", "supported", L58, D, "We were joined in voting no by Argentina", negated=True)

# ===================== 11 (TFA tracker table, plain text) =====================
d = "11.txt"
D = "2025-06-30"
R(d, WTOGC, "adopted", TFA, "2014-11-27", "was adopted by the WTO General Council on 27 November 2014")
for a, q, dt in [("Lao PDR", "Lao PDR 29 Sep 2015", "2015-09-29"), ("Botswana", "Botswana 18 Jun 2015", "2015-06-18"),
                 ("Kazakhstan", "Kazakhstan 26 May 2016", "2016-05-26"), ("Mongolia", "Mongolia 28 Jan 2016", "2016-01-28"),
                 ("Paraguay", "Paraguay 1 Mar 2016", "2016-03-01"), ("Kyrgyzstan", "Kyrgyz Republic 6 Dec 2016", "2016-12-06"),
                 ("Rwanda", "Rwanda 22 Feb 2017", "2017-02-22"), ("Tajikistan", "Tajikistan 31 Jan 2018", "2018-01-31")]:
    R(d, a, ACCEPTED, TFA, dt, q,
      alt=["Rwanda's deposit on 22 February 2017 was counted towards the two-thirds threshold"] if a == "Rwanda" else None)
R(d, "Bolivia", ACCEPTED, TFA, None, "Bolivia has not accepted it", negated=True,
  alt=["Bolivia — — Bill before the Plurinational Legislative Assembly"])
R(d, "Bolivia", "signed", TFA, None, "Bolivia signed nothing at the General Council", negated=True, required=False)
R(d, "Burundi", ACCEPTED, TFA, None, "Burundi — — acceptance \"in preparation\" (May 2025)", negated=True,
  alt=["Burundi \"intends to deposit its acceptance before MC14\""])
RL(d, ["Ethiopia", "Uzbekistan", "Turkmenistan", "Azerbaijan"], ACCEPTED, TFA, None,
   "Not WTO Members (observers, not eligible to accept): Ethiopia, Uzbekistan, Turkmenistan, Azerbaijan", negated=True, required=False)
R(d, "Afghanistan", ACCEPTED, TFA, "2016-07-15", "Afghanistan accepted the Protocol on 15 July 2016")
R(d, DESK, "called-for", TFA, D, "The LLDC Trade Desk calls on Bolivia and Burundi to deposit their instruments of acceptance")

# ===================== 12 (Trans-Caspian ministers' communiqué) =====================
d = "12.txt"
D = "2025-05-28"
FOUR = ["Azerbaijan", "Georgia", "Kazakhstan", "Türkiye"]
RL(d, FOUR, PARTY, TIR, None, "the TIR Convention, 1975, to which all four States are Contracting Parties")
RL(d, FOUR, COMMITTED, ANNEX11, D,
   "The Ministers pledged to implement Annex 11 to the TIR Convention (the eTIR procedure) on all TITR road border crossings by 31 December 2026")
R(d, "Georgia", ACCEDED, ECMR, "2025-03-12",
  "the accession of Georgia on 12 March 2025 to the Additional Protocol to the CMR concerning the electronic consignment note (e-CMR Protocol)")
RL(d, ["Azerbaijan", "Türkiye"], PARTY, ECMR, None, "Azerbaijan and Türkiye are already Contracting Parties to the e-CMR Protocol")
R(d, "Kazakhstan", JOINED, ECMR, None, "Kazakhstan informed the meeting that it intends to accede to the e-CMR Protocol before the end of 2025",
  negated=True)
RL(d, ["Georgia", "Kazakhstan", "Türkiye"], PARTY, SIGNS, None,
   "Georgia, Kazakhstan and Türkiye are Contracting Parties to the Convention on Road Signs and Signals of 1968")
R(d, "Azerbaijan", JOINED, SIGNS, None, "will be deposited \"in the coming weeks\"", negated=True,
  alt=["Azerbaijan informed the meeting that the instrument of accession has been approved by the Milli Majlis"])
RL(d, ["Azerbaijan", "Georgia", "Türkiye"], PARTY, CIM, None, "Azerbaijan, Georgia and Türkiye apply the CIM Uniform Rules")
R(d, "Kazakhstan", NOTBOUND, COTIF, None,
  "Kazakhstan, which is not a Member State of the Intergovernmental Organisation for International Carriage by Rail, applies the SMGS Agreement",
  negated=True, required=False)
R(d, "Kazakhstan", PARTY, SMGS, None, "applies the SMGS Agreement")
R(d, TITRMIN, "adopted", TITR, D, "The Ministers adopted the TITR Development Roadmap 2025–2027")
RL(d, FOUR, "called-for", ECMR, D, "The Ministers called on Turkmenistan and Uzbekistan, as Caspian and Central Asian partners of the Route, to accede to "
   "the e-CMR Protocol")

# ===================== 13 (Pakistan press release) =====================
d = "13.txt"
D = "2025-07-07"
DEP = "2025-07-04"
QPK = ("Pakistan has acceded to the Convention on the Contract for the International Carriage of Goods by Road (CMR) and to its Additional Protocol "
       "concerning the Electronic Consignment Note (e-CMR)")
QPK2 = "The instruments of accession were deposited with the Secretary-General of the United Nations in New York on Friday"
R(d, "Pakistan", ACCEDED, CMR, DEP, QPK, alt=[QPK2, "Pakistan joins the CMR and the electronic consignment note Protocol"])
R(d, "Pakistan", ACCEDED, ECMR, DEP, QPK, alt=[QPK2, "Pakistan joins the CMR and the electronic consignment note Protocol"])
R(d, "Pakistan", PARTY, TIR, "2015", "Pakistan has been a Contracting Party to the TIR Convention since 2015")
R(d, "Pakistan", "called-for", ECMR, D,
  "Pakistan \"encourages all partners in the Economic Cooperation Organization that have not yet done so to accede to the e-CMR Protocol\"")
RL(d, ["Iran", "Türkiye", "Uzbekistan"], PARTY, CMR, None, "Iran, Türkiye and Uzbekistan are Contracting Parties to the CMR")
RL(d, ["Iran", "Türkiye"], JOINED, ECMR, None, "Iran and Türkiye have also joined the e-CMR Protocol")
R(d, "China", NOTBOUND, CMR, None, "China is not a party to the CMR", negated=True)
BILAT = ("bilateral road transport agreement with Pakistan", ["Afghanistan–Pakistan road transport agreement"])
QAF = "Afghanistan signed a bilateral road transport agreement with Pakistan in 2024"
R(d, "Afghanistan", "signed", BILAT, "2024", QAF, required=False)
R(d, "Pakistan", "signed", BILAT, "2024", QAF, required=False)
R(d, "Pakistan", JOINED, SIGNS, None,
  "The Ministry will now seek the approval of the Federal Cabinet for accession to the Convention on Road Signs and Signals of 1968", negated=True)
R(d, "Pakistan", "signed", TRAFFIC, "1968-11-08", "Pakistan signed the Convention on Road Traffic of 1968 on 8 November 1968")
R(d, "Pakistan", NOTRATIFIED, TRAFFIC, None, "but has not ratified it", negated=True, alt=["no decision on ratification has been taken"])

# ===================== 14 (law-firm client alert, Markdown) =====================
d = "14.md"
R(d, "Spain", RATIFIED, RAIL, "2025-09",
  "Spain last month deposited its instrument of ratification of the Luxembourg Protocol to the Convention on International Interests in Mobile "
  "Equipment on Matters specific to Railway Rolling Stock (the Luxembourg Rail Protocol)")
R(d, "Spain", "signed", RAIL, "2007-02", "Spain, which signed the Protocol at the diplomatic conference in Luxembourg in February 2007")
R(d, "Spain", PARTY, CTC, "2013", "has been a party to the Cape Town Convention itself since 2013")
RL(d, ["Luxembourg", "Sweden", "Gabon", "Paraguay"], PARTY, RAIL, None, "Contracting States before Spain: Luxembourg, Sweden, Gabon and Paraguay")
R(d, "European Union", ACCEPTED, RAIL, None, "the European Union approved the Protocol as a Regional Economic Integration Organisation")
QSNR = "Signed but not ratified: Germany, France, Italy, Switzerland and the United Kingdom"
SNR = ["Germany", "France", "Italy", "Switzerland", "United Kingdom"]
RL(d, SNR, "signed", RAIL, None, QSNR)
RL(d, SNR, NOTRATIFIED, RAIL, None, QSNR, negated=True)
R(d, "South Africa", NOTRATIFIED, RAIL, None,
  "South Africa: Parliament approved ratification earlier this year, but the instrument has not yet been deposited", negated=True)
R(d, RWG, "called-for", RAIL, None, "has urged Germany and France to ratify it")

# ===================== 15 (UNECE press release, ITC) =====================
d = "15.txt"
D = "2025-02-21"
R(d, "Mongolia", ACCEDED, SIGNS, "2025-02-19",
  "On Wednesday, Mongolia deposited its instrument of accession to the Convention on Road Signs and Signals (1968)")
QCI = "On Thursday, Côte d'Ivoire acceded to the same Convention and to the Convention on Road Traffic (1968)"
R(d, "Côte d'Ivoire", ACCEDED, SIGNS, "2025-02-20", QCI)
R(d, "Côte d'Ivoire", ACCEDED, TRAFFIC, "2025-02-20", QCI)
R(d, "Kyrgyzstan", ACCEDED, ECMR, "2025-02-18",
  "On Tuesday, Kyrgyzstan acceded to the Additional Protocol to the CMR concerning the electronic consignment note (e-CMR)")
R(d, ITC, "adopted", ITCDIG, "2025-02-19",
  "On Wednesday the Committee also adopted its resolution on the digitalization of inland transport documents")
QES = ("urged \"every Member State of the United Nations that has not yet done so to accede to the Convention on Road Signs and Signals and the "
       "Convention on Road Traffic of 1968\"")
R(d, ECEES, "called-for", SIGNS, D, QES)
R(d, ECEES, "called-for", TRAFFIC, D, QES)
R(d, "Brazil", JOINED, ECMR, None, "Brazil said it is studying accession to the e-CMR Protocol", negated=True)
R(d, "United States", NOTBOUND, SIGNS, None, "The United States, which has never acceded to the Convention on Road Signs and Signals", negated=True,
  alt=["said it had \"no plans to change that position\""])
QIN = "India, a Contracting Party to neither 1968 Convention"
R(d, "India", NOTBOUND, SIGNS, None, QIN, negated=True)
R(d, "India", NOTBOUND, TRAFFIC, None, QIN, negated=True)
R(d, ITC, "adopted", ITCSTRAT, D, "Today the Committee also approved the revised ITC Strategy until 2030")
R(d, ITC, "adopted", ITCAP, D, "and its action plan for 2025–2026", required=False)

# ===================== 16 (WCO Council meeting summary) =====================
d = "16.txt"
R(d, WCOC, "adopted", WCORES, "2025-06-26",
  "On 26 June the Council adopted a Resolution on Customs Transit Facilitation for Landlocked Developing Countries")
RL(d, ["Nepal", "Zambia"], "co-sponsored", WCORES, None, "Nepal and Zambia, which proposed the text")
R(d, WCOC, "adopted", HS2028, "2025-06-27",
  "On the last day the Council also adopted a Recommendation concerning the amendment of the Nomenclature of the Harmonized System Convention")
QAS = "During the sessions, Angola and Sierra Leone deposited instruments of accession to the Revised Kyoto Convention"
R(d, "Angola", ACCEDED, RKC, "2025-06", QAS)
R(d, "Sierra Leone", ACCEDED, RKC, "2025-06", QAS)
R(d, "Angola", ACCEDED, ATA, "2025-06", "Angola also acceded to the Convention on Temporary Admission (Istanbul Convention)")
R(d, "Angola", ACCEPTED, ATAB, "2025-06", "accepted its Annexes B.1 and B.5", required=False)
R(d, "Nigeria", ACCEPTED, SAE, None, "Nigeria's delegation said its Government \"is considering whether to accept Specific Annex E\"", negated=True)
R(d, "Brazil", PARTY, RKC, "2021", "Brazil, a Contracting Party to the RKC since 2021")
R(d, "Brazil", ACCEPTED, SANY, None, "it has not accepted any Specific Annex", negated=True, required=False)
R(d, WCOSG, "called-for", RKC, "2025-06-27",
  "the WCO Secretary General urged the 46 WCO Members that are not yet Contracting Parties to the RKC to accede")

gold.finish(MIN_CHARS, MAX_CHARS)
