#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (03, 11, 14) and three are saved HTML pages (02, 05, 15);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity. The .txt documents open with a Title:/Date:/Source: header that is
metadata, not text.

Theme: trade, customs and transport conventions (2016-2025): WTO protocols of amendment and their acceptances (the Trade
Facilitation Agreement, the TRIPS amendment, the Agreement on Fisheries Subsidies), accessions to the WTO and to the
Agreement on Government Procurement, World Customs Organization conventions (Revised Kyoto, Harmonized System, Istanbul,
ATA), UNECE transport conventions (TIR, road traffic, CMR and its e-CMR Protocol, the common transit conventions), the
UNCITRAL conventions on electronic communications and on mediation (Singapore Convention), the Apostille Convention and
digital economy agreements. Sources: WTO and WCO news items, General Council minutes, a mission's and a ministry's web
pages, a UNECE press release, a UK explanatory memorandum laid before Parliament, trade press, a customs authority notice,
a law-firm client alert, an NGO tracker, a Working Party statement and a Second Committee press release.

Conventions of this corpus (on top of the READMEs' rules):
- A WTO protocol of amendment is accepted, not ratified: the deposit of an instrument of acceptance is recorded as
  ACCEPTED (ratified, acceded or party), under the name of the agreement it inserts (the Agreement on Fisheries Subsidies,
  the Trade Facilitation Agreement), with the protocol's name among the aliases; the TRIPS amendment keeps its own name.
- Accession to the WTO: approval of an accession package (decision and Protocol of Accession) by the Ministerial
  Conference or the General Council is that body's `adopted` of the Protocol of Accession; the acceding government's
  deposit of its instrument of acceptance or ratification of that Protocol is its ACCEPTED of the Protocol; becoming a
  Member (thirty days later) is its accession to the Marrakesh Agreement Establishing the WTO. "Would become the 165th
  Member on 21 August" said before that day is planned, hence negated. Governments "still negotiating", observers and
  applicants are negated accessions; an application that only asks for a working party to be reactivated is optional.
- Being a Member, a party or a Contracting Party "since" a year is `party` with that year; a table row giving the year a
  country became party to the CMR and the date of its e-CMR instrument gives one record for each.
- Signing a ministerial resolution opened for signature is `endorsed` (signed accepted); a body's adoption of a resolution,
  declaration or decision is its `adopted`; a Second Committee approval of a draft is the Committee's `adopted`, and what
  the Assembly "would urge" under that draft is planned (negated).
- Speaking "in support of" an agreement's incorporation at a meeting is `supported` of the agreement, dated by the
  meeting; "could not join a consensus", "not in a position to support" and reserving a position are negated
  `supported` (the last optional).
- Nothing for: depositaries (the Director-General, the UN Secretary-General, the WCO Secretary General, the Council of
  the EU's General Secretariat), hosts and venues, entry into force, notifications of categories A/B/C and other
  implementation, applying a UN Regulation, accepting ATA carnets (a customs practice, not an acceptance of a convention),
  guaranteeing associations, parliamentary approvals, decrees and national laws (including laws based on UNCITRAL model
  laws), invitations to accede, observer status, opt-out declarations as importers under the TRIPS system, congratulations
  and welcomes of another actor's act, support for programmes, funds or negotiations, and unnamed groups of members.
- Dates: the act's own date as the text gives it; "today", "on Thursday", "last week", "last month", "in April" resolve
  against the document's date; a call or a commitment made in a dated statement takes that date; acts at a two-day
  meeting whose minutes do not give the day take the month.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# Signing a resolution or declaration opened for signature: endorsing it.
SIGNED_RES = ["endorsed", "signed", "committed"]
# Speaking in support of an agreement at a meeting.
SUPPORT = ["supported", "endorsed"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Korea", "Viet Nam", "Türkiye",
          "Cabo Verde", "Côte d'Ivoire", "Lao PDR", "Brunei Darussalam", "Cambodia", "Thailand", "Timor-Leste", "Republic of Moldova",
          "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Marshall Islands", "Equatorial Guinea", "Guinea", "Eswatini",
          "Central African Republic", "Democratic Republic of the Congo", "United Republic of Tanzania", "Gambia", "Congo", "China",
          "Egypt", "Saudi Arabia", "Chile", "Bolivia", "Fiji", "Samoa", "Kenya", "Ghana", "Togo", "Rwanda", "Uganda", "Bangladesh",
          "Papua New Guinea", "Paraguay", "Ecuador", "Mexico", "Germany", "Netherlands", "Czechia", "Philippines", "United Arab Emirates",
          "Iran", "Costa Rica", "Kiribati", "Somalia", "Burundi", "Sudan", "Guatemala"),
    "Comoros": ["Comoros", "Union of the Comoros", "the Comoros"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Hong Kong, China": ["Hong Kong, China", "Hong Kong"],
    "Chinese Taipei": ["Chinese Taipei", "Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "India": ["India", "Republic of India"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "New Zealand": ["New Zealand"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Poland": ["Poland", "Republic of Poland"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Austria": ["Austria", "Republic of Austria"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Georgia": ["Georgia"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Afghanistan": ["Afghanistan", "Islamic Republic of Afghanistan"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Montenegro": ["Montenegro"],
    "Yemen": ["Yemen", "Republic of Yemen"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Mongolia": ["Mongolia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Japan": ["Japan"],
    "Canada": ["Canada"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Albania": ["Albania", "Republic of Albania"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Israel": ["Israel", "State of Israel"],
    "Iceland": ["Iceland"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Panama": ["Panama", "Republic of Panama"],
    "Jamaica": ["Jamaica"],
    "Malaysia": ["Malaysia"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Belize": ["Belize"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Chad": ["Chad", "Republic of Chad"],
    "Angola": ["Angola", "Republic of Angola"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Grenada": ["Grenada"],
    "Solomon Islands": ["Solomon Islands"],
    "Benin": ["Benin", "Republic of Benin"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Niger": ["Niger", "Republic of the Niger"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Mali": ["Mali", "Republic of Mali"],
    "Burkina Faso": ["Burkina Faso"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- bodies and officials ----
def MC(nth, short):
    return ["WTO Ministerial Conference", "Ministerial Conference", f"{nth} Ministerial Conference", short, "WTO"]
GC = ["WTO General Council", "General Council"]
WCOC = ["Customs Co-operation Council", "WCO Council", "Council", "World Customs Organization"]
WCOSG = ["WCO Secretary General", "Secretary General of the World Customs Organization", "Ian Saunders", "Secretary General"]
ITC = ["UNECE Inland Transport Committee", "Inland Transport Committee", "ITC"]
UNECE_ES = ["UNECE Executive Secretary", "Executive Secretary of UNECE", "Tatiana Molcean"]
GPC = ["WTO Committee on Government Procurement", "Committee on Government Procurement", "Committee"]
SC2 = ["Second Committee", "UN General Assembly Second Committee", "Second Committee of the General Assembly"]
G77 = ["Group of 77 and China", "Group of 77", "G77"]
IRU = ["International Road Transport Union", "IRU"]

# ---- instruments ----
WTOA = ("Marrakesh Agreement Establishing the World Trade Organization",
        ["WTO Agreement", "Agreement Establishing the World Trade Organization", "World Trade Organization", "WTO", "WTO membership"])
FISH = ("Agreement on Fisheries Subsidies",
        ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "Protocol of Amendment inserting the Agreement on Fisheries Subsidies",
         "Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization (Agreement on Fisheries Subsidies)"])
TFA = ("Trade Facilitation Agreement",
       ["WTO Trade Facilitation Agreement", "TFA", "Protocol of Amendment inserting the Trade Facilitation Agreement", "Protocol inserting the Trade Facilitation Agreement",
        "Trade Facilitation Agreement protocol", "WT/L/940"])
TRIPS = ("Protocol Amending the TRIPS Agreement",
         ["TRIPS amendment", "amendment to the TRIPS Agreement", "Protocol amending the Agreement on Trade-Related Aspects of Intellectual Property Rights"])
RKC = ("Revised Kyoto Convention",
       ["RKC", "International Convention on the Simplification and Harmonization of Customs Procedures, as amended",
        "International Convention on the Simplification and Harmonization of Customs Procedures", "Kyoto Convention"])
HS = ("HS Convention", ["International Convention on the Harmonized Commodity Description and Coding System", "Harmonized System Convention"])
IST = ("Istanbul Convention", ["Convention on Temporary Admission", "Istanbul Convention, 1990", "Istanbul Convention on Temporary Admission"])
ATA = ("ATA Convention", ["Customs Convention on the ATA Carnet for the Temporary Admission of Goods", "ATA Convention, 1961"])
TIR = ("TIR Convention", ["TIR Convention, 1975", "Customs Convention on the International Transport of Goods under Cover of TIR Carnets"])
CMR = ("Convention on the Contract for the International Carriage of Goods by Road", ["CMR", "CMR Convention"])
ECMR = ("Additional Protocol to the CMR concerning the Electronic Consignment Note",
        ["e-CMR Protocol", "e-CMR", "Additional Protocol to the CMR Convention concerning the Electronic Consignment Note",
         "Additional Protocol to the Convention on the Contract for the International Carriage of Goods by Road (CMR) concerning the Electronic Consignment Note"])
RT68 = ("Convention on Road Traffic of 1968", ["1968 Convention on Road Traffic", "Vienna Convention on Road Traffic"])
RS68 = ("Convention on Road Signs and Signals of 1968", ["1968 Convention on Road Signs and Signals", "Convention on Road Signs and Signals",
                                                       "Vienna Convention on Road Signs and Signals"])
RT49 = ("1949 Geneva Convention on Road Traffic", ["Geneva Convention on Road Traffic", "1949 Convention", "Convention on Road Traffic of 1949"])
SING = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
        ["Singapore Convention on Mediation", "Singapore Convention", "resolution 73/198"])
ECC = ("United Nations Convention on the Use of Electronic Communications in International Contracts",
       ["Electronic Communications Convention", "Convention on the Use of Electronic Communications in International Contracts", "ECC"])
GPA = ("Agreement on Government Procurement", ["GPA", "GPA 2012", "revised Agreement on Government Procurement", "Government Procurement Agreement"])
IFD = ("Investment Facilitation for Development Agreement",
       ["IFD Agreement", "WT/GC/W/927", "request for the incorporation of the Investment Facilitation for Development Agreement into Annex 4"])
ITA = ("Information Technology Agreement", ["ITA", "Ministerial Declaration on Trade in Information Technology Products"])


# ===================== 01 (WTO news item, Agreement on Fisheries Subsidies enters into force, Monday 15 September 2025) =====================
d = "01.txt"
D = "2025-09-15"
MC12 = MC("Twelfth", "MC12")
R(d, MC12, ADOPTED, FISH, "2022-06-17", "The Agreement was adopted by consensus at the Twelfth Ministerial Conference (MC12) in Geneva on 17 June 2022.")
# The four deposits of the day; Tonga's "fourth Pacific island member" is the same act. The Director-General as depositary: nothing.
RL(d, ["Brazil", "Kenya", "Tonga", "Viet Nam"], ACCEPTED, FISH, D,
   "after Brazil, Kenya, Tonga and Viet Nam deposited their instruments of acceptance of the Protocol of Amendment")
R(d, ["WTO Director-General", "Director-General", "Ngozi Okonjo-Iweala"], "called-for", FISH, D,
  "She urged the members that have not yet done so to deposit their acceptances")
R(d, "Switzerland", ACCEPTED, FISH, "2022-11", "Switzerland was the first member to deposit its acceptance, in November 2022")
# "within weeks" of November 2022: no month given.
RL(d, ["Singapore", "Seychelles"], ACCEPTED, FISH, None, "Singapore and Seychelles followed within weeks")
R(d, "United States", ACCEPTED, FISH, "2023-04", "The United States accepted the Protocol in April 2023")
RL(d, ["Canada", "China", "European Union"], ACCEPTED, FISH, "2023", "Canada, China and the European Union did so before the end of that year")
# The 2025 list: days and months without a year take the document's year; "last month" against 15 September 2025.
for actor, date, q in [
        ("Morocco", "2025-01-22", "Morocco (22 January) and Jamaica (3 February)"),
        ("Jamaica", "2025-02-03", "Morocco (22 January) and Jamaica (3 February)"),
        ("Cabo Verde", "2025-03", "Cabo Verde and Malawi, both in March"),
        ("Malawi", "2025-03", "Cabo Verde and Malawi, both in March"),
        ("Bangladesh", "2025-04-11", "Bangladesh (11 April), Sri Lanka (2 May) and Papua New Guinea (28 May)"),
        ("Sri Lanka", "2025-05-02", "Bangladesh (11 April), Sri Lanka (2 May) and Papua New Guinea (28 May)"),
        ("Papua New Guinea", "2025-05-28", "Bangladesh (11 April), Sri Lanka (2 May) and Papua New Guinea (28 May)"),
        ("Senegal", "2025-06-16", "Senegal (16 June), Egypt (30 July)"),
        ("Egypt", "2025-07-30", "Senegal (16 June), Egypt (30 July)"),
        ("Paraguay", "2025-08", "and, last month, Paraguay and Uruguay"),
        ("Uruguay", "2025-08", "and, last month, Paraguay and Uruguay")]:
    R(d, actor, ACCEPTED, FISH, date, q)
RL(d, ["Fiji", "Samoa", "Vanuatu"], ACCEPTED, FISH, None, "Fiji, Samoa and Vanuatu had already done so")
# The Fish Fund's donors: unnamed. Brazil's Congress approving the Protocol: domestic. "a consistent supporter of ambitious
# disciplines": a negotiation, nothing. Viet Nam's notifications: implementation.
R(d, "Kenya", COMMITTED, FISH, D, "Kenya commits to implementing this Agreement in full")
RL(d, ["India", "Indonesia", "South Africa"], NOTRATIFIED, FISH, None,
   "Among the members that have yet to accept the Protocol are India, Indonesia and South Africa", negated=True)
R(d, "Namibia", NOTRATIFIED, FISH, None, "her Government expected to deposit its instrument \"before the end of the year\"", negated=True)
# Still before Congress: a domestic step that shows no acceptance yet (optional).
R(d, "Argentina", NOTRATIFIED, FISH, None, "the Protocol is still before Argentina's Congress", negated=True, required=False)
# Article 12 (termination unless disciplines are adopted), "Fish 2", MC14 in Yaoundé: no instrument adopted, a venue.

# ===================== 02.html (WCO newsroom, 141st/142nd Council Sessions close, Saturday 24 June 2023) =====================
d = "02.html"
D = "2023-06-24"
THU = "2023-06-22"
BRUDECL = ("Brussels Declaration on the Role of Customs in the Green Transition", ["Brussels Declaration", "Green Customs Declaration"])
R(d, "Guinea", JOINED, RKC, THU,
  "the Ambassador of the Republic of Guinea handed the Secretary General the instrument of accession of Guinea to the International Convention on the Simplification and Harmonization of Customs Procedures, as amended (Revised Kyoto Convention)")
for inst in (RKC, HS):
    R(d, "Timor-Leste", JOINED, inst, THU,
      "Timor-Leste deposited instruments of accession to both the Revised Kyoto Convention and the International Convention on the Harmonized Commodity Description and Coding System (HS Convention)")
for actor, date in [("Somalia", "2022-10-14"), ("Chad", "2023-03-01"), ("Ecuador", "2023-04-19")]:
    R(d, actor, JOINED, RKC, date, "Revised Kyoto Convention: accessions by Somalia (14 October 2022), Chad (1 March 2023) and Ecuador (19 April 2023)")
for actor, date in [("Equatorial Guinea", "2023-04-03"), ("Marshall Islands", "2023-05-22")]:
    R(d, actor, JOINED, HS, date, "HS Convention: accessions by Equatorial Guinea (3 April 2023) and by the Marshall Islands (22 May 2023)")
R(d, "Costa Rica", JOINED, IST, "2022-11-10", "the accession of Costa Rica, with acceptance of Annexes A, B.1 and B.2, on 10 November 2022")
R(d, "Uruguay", JOINED, IST, "2023-02-07", "the accession of Uruguay on 7 February 2023")
R(d, "Kenya", JOINED, ATA, "2022-12-15", "the accession of Kenya on 15 December 2022")
R(d, "European Union", PARTY, RKC, "2006", "including the European Union, which has been a Contracting Party since the Convention entered into force in 2006")
# "138 Contracting Parties", "the HS Convention 162": counts, nothing.
R(d, WCOC, ADOPTED, BRUDECL, D, "On its final day the Council adopted the Brussels Declaration on the Role of Customs in the Green Transition")
# The Vice-Chairs "welcomed the text" for the six regions: no State named. Jamaica speaks at the final day's session.
R(d, "Jamaica", ENDORSED, BRUDECL, D, "endorses the Declaration without reservation")
RL(d, ["Norway", "New Zealand"], ENDORSED, BRUDECL, None, "The Council also heard that Norway and New Zealand had endorsed the Declaration before the session")
R(d, "Australia", ENDORSED, BRUDECL, None, "would decide on formal endorsement after consulting its border agencies", negated=True)
# Support for the Declaration's objectives, not a formal act (optional).
R(d, "Australia", "supported", BRUDECL, None, "Australia said it supported the Declaration", required=False)
RL(d, ["Guatemala", "Paraguay"], NOTBOUND, RKC, None,
   "Guatemala and Paraguay said their instruments of accession to the Revised Kyoto Convention were before their legislatures", negated=True)
R(d, "Ethiopia", NOTBOUND, ATA, None, "Ethiopia informed the Council that it intends to accede to the ATA Convention", negated=True)
R(d, WCOSG, "called-for", RKC, D, "encouraged all Members that had not yet done so to accede to the Revised Kyoto Convention")
R(d, WCOSG, "called-for", HS, D, "called on Members that are not yet Contracting Parties to the HS Convention to join it")
# Belgium as host and the Council's chair: nothing. The comprehensive review of the RKC: a process.

# ===================== 03.md (trade press analysis, the e-CMR Protocol map, 12 March 2024) =====================
d = "03.md"
# Each table row: the year the country became party to the CMR, and its deposit under the Protocol (ratification or accession).
for actor, cmr, kind, date, q in [
        ("Switzerland", "1970", RATIFIED, "2008-11-04", "Switzerland | 1970 | ratification | 4 November 2008"),
        ("Latvia", "1994", RATIFIED, "2009-04-14", "Latvia | 1994 | ratification | 14 April 2009"),
        ("Netherlands", "1960", RATIFIED, "2010-02-03", "Netherlands | 1960 | ratification | 3 February 2010"),
        ("Lithuania", "1993", RATIFIED, "2010-10-21", "Lithuania | 1993 | ratification | 21 October 2010"),
        ("Bulgaria", "1977", ACCEDED, "2011-03-07", "Bulgaria | 1977 | accession | 7 March 2011"),
        ("Spain", "1974", ACCEDED, "2012-01-21", "Spain | 1974 | accession | 21 January 2012"),
        ("Czechia", "1993", ACCEDED, "2014-06-27", "Czechia | 1993 | accession | 27 June 2014"),
        ("France", "1959", ACCEDED, "2016-02-15", "France | 1959 | accession | 15 February 2016"),
        ("Uzbekistan", "1995", ACCEDED, "2019-10-09", "Uzbekistan | 1995 | accession | 9 October 2019"),
        ("Poland", "1962", ACCEDED, "2020-05-08", "Poland | 1962 | accession | 8 May 2020"),
        ("Türkiye", "1993", ACCEDED, "2020-09-22", "Türkiye | 1993 | accession | 22 September 2020"),
        ("Ukraine", "2007", ACCEDED, "2022-07-11", "Ukraine | 2007 | accession | 11 July 2022"),
        ("Germany", "1961", ACCEDED, "2023-10-23", "Germany | 1961 | accession | 23 October 2023")]:
    R(d, actor, PARTY, CMR, cmr, q)
    R(d, actor, kind, ECMR, date, q)
# "the fifth instrument", "58 Contracting Parties": unnamed. The UN Secretary-General as depositary: nothing.
RL(d, ["Belgium", "Luxembourg", "Denmark", "Estonia"], PARTY, ECMR, None,
   "Belgium, Luxembourg, Denmark and Estonia are also bound by the Protocol")
R(d, "United Kingdom", PARTY, CMR, "1967", "the United Kingdom, a CMR party since 1967")
R(d, "United Kingdom", NOTBOUND, ECMR, None, "which has not acceded to the Protocol", negated=True,
  alt=["there were \"no current plans\" to do so"])
RL(d, ["Austria", "Hungary"], NOTBOUND, ECMR, None, "Neither Austria nor Hungary has joined either", negated=True)
R(d, "Greece", "signed", ECMR, "2008", "Greece signed the Protocol in 2008 but has yet to ratify it")
R(d, "Greece", NOTRATIFIED, ECMR, None, "Greece signed the Protocol in 2008 but has yet to ratify it", negated=True)
R(d, "Italy", "signed", ECMR, None, "Italy, one of the original signatories")
R(d, "Italy", NOTRATIFIED, ECMR, None, "though no instrument has been deposited", negated=True)
# A draft decree approved by the Council of Ministers: domestic; the accession is not done.
R(d, "Portugal", NOTBOUND, ECMR, None, "Portugal's Council of Ministers approved a draft decree on accession last month", negated=True)
R(d, "Slovakia", NOTBOUND, ECMR, None, "Slovakia said it would follow suit in the second half of the year.", negated=True)
# A call reported without a date of its own.
R(d, IRU, "called-for", ECMR, None,
  "The IRU has called on all CMR contracting parties that have not yet done so to accede to the e-CMR Protocol.")
R(d, "European Union", NOTBOUND, CMR, None, "The European Union is not itself a party to the CMR", negated=True)
R(d, "European Union", NOTBOUND, ECMR, None, "cannot join the Protocol", negated=True)
# The eFTI Regulation: EU legislation. Pilot journeys: implementation. Annex 8 of the Harmonization Convention: cited only.
R(d, "Georgia", RATIFIED, CMR, "2001", "Georgia, which ratified the CMR in 2001")
R(d, "Georgia", NOTBOUND, ECMR, None, "but is not yet bound by the Protocol", negated=True)

# ===================== 04 (WTO General Council minutes WT/GC/M/211, meeting of 22 and 23 July 2024) =====================
d = "04.txt"
DM = "2024-07"   # the minutes do not say on which of the two days an item was taken
MC13 = MC("Thirteenth", "MC13")
PCOM = ("Protocol of Accession of the Union of the Comoros",
        ["Protocol of Accession of the Comoros", "WT/MIN(24)/18", "Decision on the Accession of the Union of the Comoros", "accession package of the Comoros"])
PTL = ("Protocol of Accession of the Democratic Republic of Timor-Leste",
       ["Protocol of Accession of Timor-Leste", "WT/MIN(24)/20", "Decision on the Accession of the Democratic Republic of Timor-Leste", "accession package of Timor-Leste"])
EXT = ("decision extending the period for the acceptance by Members of the Protocol Amending the TRIPS Agreement",
       ["WT/GC/W/934", "draft decision in document WT/GC/W/934", "extension of the period for the acceptance of the Protocol Amending the TRIPS Agreement"])
ASEANCH = ("Charter of the Association of Southeast Asian Nations", ["ASEAN Charter", "ASEAN"])
R(d, MC13, ADOPTED, PCOM, "2024-02-26",
  "Ministers had adopted on 26 February 2024 the Decision on the Accession of the Union of the Comoros and approved the text of its Protocol of Accession")
R(d, "Comoros", ACCEPTED, PCOM, "2024-07-22",
  "the Comoros had deposited its instrument of acceptance of the Protocol with the Director-General on Monday, 22 July")
# Membership thirty days after the deposit, said before that day: planned.
R(d, "Comoros", JOINED, WTOA, None, "The Comoros would accordingly become the 165th Member of the WTO on 21 August 2024", negated=True)
# The National Assembly's approval: domestic. The African Group's and Indonesia's congratulations: nothing.
R(d, MC13, ADOPTED, PTL, "2024-02-26",
  "the Ministerial Conference had also adopted, on 26 February 2024, the Decision on the Accession of the Democratic Republic of Timor-Leste and its Protocol of Accession")
R(d, "Timor-Leste", ACCEPTED, PTL, None, "his Government expected to deposit its instrument of ratification before the end of the month", negated=True)
R(d, "Timor-Leste", JOINED, WTOA, None, "Timor-Leste would then be the first country to join the WTO", negated=True)
# Joining ASEAN is accession to its Charter, still to be completed (optional).
R(d, "Timor-Leste", NOTBOUND, ASEANCH, None, "while also completing its accession to ASEAN", negated=True, required=False)
# The entry into force of the amendment and "137 Members": nothing.
RL(d, ["Angola", "Bolivia", "Cameroon", "Chad", "Gabon", "Grenada", "Kuwait", "Maldives", "Namibia", "Solomon Islands"], NOTRATIFIED, TRIPS, None,
   "Those that had yet to accept it included Angola, Bolivia, Cameroon, Chad, Gabon, Grenada, Kuwait, Maldives, Namibia and Solomon Islands.",
   negated=True)
R(d, "Switzerland", ACCEPTED, TRIPS, "2006", "Switzerland had accepted the Protocol in 2006")
R(d, "Switzerland", "called-for", TRIPS, DM, "called on the remaining Members to accept it before the new deadline")
R(d, GC, ADOPTED, EXT, DM, "The General Council so agreed and adopted the decision contained in WT/GC/W/934.")
# The coordinators introduce the request of the 126 participants (the others unnamed); the request is not dated.
RL(d, ["Republic of Korea", "Chile"], "co-sponsored", IFD, None,
   "The representative of the Republic of Korea, speaking also on behalf of Chile, as coordinators, introduced the request contained in document WT/GC/W/927, submitted by 126 participating Members")
RL(d, ["China", "European Union", "Japan", "Singapore", "Nigeria", "Benin", "Colombia"], SUPPORT, IFD, DM,
   "The representatives of China, the European Union, Japan, Singapore, Nigeria, Benin and Colombia spoke in support of the request and of the Agreement")
R(d, "India", SUPPORT, IFD, DM, "India could not join a consensus on the request", negated=True)
R(d, "South Africa", SUPPORT, IFD, DM, "South Africa was not in a position to support the incorporation of the Agreement at this meeting", negated=True)
R(d, "Türkiye", SUPPORT, IFD, DM, "would reserve its position on the incorporation", negated=True, required=False)
R(d, GC, ADOPTED, IFD, None, "the General Council was not in a position to take a decision on the request", negated=True)
R(d, "Uzbekistan", JOINED, WTOA, None,
  "his Government aimed to complete its accession to the WTO by the Fourteenth Ministerial Conference", negated=True)
R(d, "Ethiopia", JOINED, WTOA, None, "Ethiopia had resumed its accession negotiations in 2023 and expected to conclude them in 2026", negated=True)

# ===================== 05.html (Philippine Mission to the WTO, acceptance of the Fisheries Subsidies Agreement, 11 March 2024) =====================
d = "05.html"
D = "2024-03-11"
FISH05 = (FISH[0], FISH[1] + ["Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization"])
ABUDHABI = ("Abu Dhabi Ministerial Declaration", ["MC13 Ministerial Declaration"])
R(d, "Philippines", ACCEPTED, FISH05, D,
  "The Philippines today deposited its instrument of acceptance of the Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization, which inserts the Agreement on Fisheries Subsidies into Annex 1A of the WTO Agreement.")
RL(d, ["Belize", "Côte d'Ivoire"], ACCEPTED, FISH05, D, "Belize and Côte d'Ivoire also deposited their instruments of acceptance")
# The Deputy Director-General receiving the instrument: depositary. Entry into force at two-thirds: nothing.
R(d, MC12, ADOPTED, FISH05, "2022-06", "The Agreement was adopted by the Twelfth WTO Ministerial Conference in Geneva in June 2022.")
RL(d, ["Brunei Darussalam", "Cambodia", "Lao PDR", "Malaysia", "Singapore", "Thailand"], ACCEPTED, FISH05, None,
   "the Philippines joins Brunei Darussalam, Cambodia, Lao PDR, Malaysia, Singapore and Thailand, which had already accepted the Agreement")
RL(d, ["Indonesia", "Myanmar", "Viet Nam"], NOTRATIFIED, FISH05, None, "Indonesia, Myanmar and Viet Nam have yet to deposit their instruments",
   negated=True, alt=["the three ASEAN partners would follow suit before the Fourteenth Ministerial Conference"])
# The Senate's concurrence and the President's signature of the instrument: domestic steps before the deposit.
R(d, "Philippines", "called-for", FISH05, D,
  "We call on all WTO Members, in particular our fellow archipelagic and coastal developing countries, to accept the Agreement so that it can enter into force this year.")
R(d, "Philippines", COMMITTED, FISH05, D, "the Philippines is committed to the Agreement")
R(d, "Philippines", PARTY, WTOA, "1995-01-01", "The Philippines has been a Member of the WTO since 1 January 1995.")
R(d, "Philippines", ACCEPTED, TRIPS, "2007-03-30", "It accepted the Protocol Amending the TRIPS Agreement on 30 March 2007")
R(d, "Philippines", ACCEPTED, TFA, "2016-10-27", "the Protocol inserting the Trade Facilitation Agreement on 27 October 2016")
R(d, "Philippines", PARTY, RKC, "2010", "it has been a Contracting Party to the Revised Kyoto Convention of the World Customs Organization since 2010")
# The Conference ran from 26 February to 2 March; the day of the adoption is not given.
R(d, MC13, ADOPTED, ABUDHABI, None, "ministers adopted the Abu Dhabi Ministerial Declaration")
# The Joint Statement Initiative on e-commerce (a negotiation) and the Fish Fund contribution: nothing.

# ===================== 06 (UNECE press release, Inland Transport Committee 86th session, Friday 23 February 2024) =====================
d = "06.txt"
D = "2024-02-23"
THU = "2024-02-22"
RES06 = ("resolution on \"Enhancing the resilience of inland transport supply chains\"",
         ["Enhancing the resilience of inland transport supply chains", "resolution on resilient supply chains"])
A58 = ("1958 Agreement", ["Agreement concerning the Adoption of Harmonized Technical United Nations Regulations for Wheeled Vehicles",
                          "1958 Agreement on vehicle regulations"])
R(d, ITC, ADOPTED, RES06, THU, "The resolution was adopted by consensus on Thursday",
  alt=["a day after adopting a resolution on \"Enhancing the resilience of inland transport supply chains\""])
RL(d, ["Azerbaijan", "Georgia", "Kazakhstan", "Mongolia", "Türkiye", "Uzbekistan"], SIGNED_RES, RES06, THU,
   "it was signed by ministers and high-level representatives of Azerbaijan, Georgia, Kazakhstan, Mongolia, Türkiye and Uzbekistan")
# "Other delegations said they would sign": unnamed.
R(d, "Armenia", SIGNED_RES, RES06, None, "expects to sign it in the coming weeks", negated=True)
R(d, "Armenia", "supported", RES06, D, "Armenia said its Government \"fully supports the resolution\"", required=False)
R(d, "Iraq", JOINED, TIR, "2023-11-06",
  "Iraq deposited its instrument of accession with the Secretary-General of the United Nations in New York on 6 November 2023")
# "became the 78th Contracting Party" is the same act. The guaranteeing association and TIR operations: implementation.
TIRLIST = ("(Pakistan in 2015, China in 2016, India in 2017, the United Arab Emirates in 2019, Oman in 2020 and Egypt in 2022)")
for actor, year in [("Pakistan", "2015"), ("China", "2016"), ("India", "2017"), ("United Arab Emirates", "2019"), ("Oman", "2020"), ("Egypt", "2022")]:
    R(d, actor, JOINED, TIR, year, TIRLIST)
# Annex 11 (eTIR) entering into force and the interconnected customs systems: implementation.
RL(d, ["Brazil", "Argentina"], NOTBOUND, TIR, None, "Brazil and Argentina are considering accession", negated=True)
R(d, "Nigeria", NOTBOUND, TIR, None, "intends to begin the accession procedure to the TIR Convention this year", negated=True)
for inst in (RT68, RS68):
    R(d, "Thailand", JOINED, inst, "2023-12-12",
      "Thailand's accession to the Convention on Road Traffic of 1968 and to the Convention on Road Signs and Signals of 1968, both deposited on 12 December 2023")
# The Global Forum welcoming Thailand's accession: nothing for the Forum.
R(d, "Thailand", PARTY, RT49, "1962", "Thailand has been a Contracting Party to the 1949 Geneva Convention on Road Traffic since 1962.")
R(d, "United States", PARTY, RT49, None, "The United States, which is a Party to the 1949 Convention")
R(d, "United States", NOTBOUND, RT68, None, "is not a Party to the 1968 Convention on Road Traffic", negated=True)
for inst in (RT49, RT68):
    R(d, "China", NOTBOUND, inst, None, "China has acceded to neither Convention", negated=True)
R(d, "European Union", PARTY, A58, "1998", "The European Union, a Contracting Party to the 1958 Agreement since 1998")
# Applying UN Regulation No. 157 (EU, Japan, Republic of Korea): implementation of a regulation, nothing.
for inst in (TIR, RT68, RS68):
    R(d, UNECE_ES, "called-for", inst, D,
      "I urge countries that have not yet done so to accede to the TIR Convention and to the 1968 Conventions on Road Traffic and on Road Signs and Signals.")
# "The 59 UN conventions administered by this Committee": none named. Transmission for endorsement: planned (optional).
R(d, ["UNECE Executive Committee", "Executive Committee"], ["endorsed", "adopted"], RES06, None,
  "the resolution on resilient supply chains would be transmitted to the UNECE Executive Committee for endorsement", negated=True, required=False)

# ===================== 07 (UK Explanatory Memorandum on the Singapore Convention on Mediation, laid 9 June 2025) =====================
d = "07.txt"
NYC = ("New York Convention", ["Convention on the Recognition and Enforcement of Foreign Arbitral Awards", "1958 New York Convention"])
R(d, GA, ADOPTED, SING, "2018-12-20", "The Convention was adopted by the United Nations General Assembly on 20 December 2018 by resolution 73/198")
# The signing ceremony in Singapore and the entry into force: a venue and a date, nothing.
R(d, "United Kingdom", "signed", SING, "2023-05-03", "The United Kingdom signed the Convention on 3 May 2023.")
R(d, "United Kingdom", NOTRATIFIED, SING, None,
  "His Majesty's Government intends to ratify the Convention once the necessary implementing legislation has been made", negated=True)
R(d, "United Kingdom", PARTY, NYC, "1975", "The United Kingdom has been a party to the New York Convention since 1975")
# The implementing regulations under the 2020 Act: domestic. "58 States have signed", "18 have ratified": unnamed.
RL(d, ["Singapore", "Fiji"], RATIFIED, SING, "2020-02-25", "Singapore and Fiji, which ratified on 25 February 2020")
RL(d, ["Qatar", "Saudi Arabia", "Belarus", "Ecuador", "Honduras", "Türkiye", "Georgia", "Kazakhstan", "Japan", "Sri Lanka", "Uruguay",
       "Nigeria", "Rwanda", "Kenya"], PARTY, SING, None,
   "The States Parties include Singapore and Fiji, which ratified on 25 February 2020, Qatar, Saudi Arabia, Belarus, Ecuador, Honduras, Türkiye, Georgia, Kazakhstan, Japan, Sri Lanka, Uruguay, Nigeria, Rwanda and Kenya.")
RL(d, ["United States", "China"], "signed", SING, "2019-08-07", "the United States and China both signed the Convention on the opening day, 7 August 2019")
RL(d, ["United States", "China"], NOTRATIFIED, SING, None, "but neither has yet ratified it", negated=True)
R(d, "India", "signed", SING, "2019-08-07", "India also signed on 7 August 2019 and has not ratified")
R(d, "India", NOTRATIFIED, SING, None, "India also signed on 7 August 2019 and has not ratified", negated=True)
R(d, "Republic of Korea", "signed", SING, "2019-08-07", "the Republic of Korea signed the same day")
R(d, "Republic of Korea", NOTRATIFIED, SING, None, "expects to complete ratification in 2026", negated=True)
R(d, "Australia", "signed", SING, "2021", "Australia signed in 2021.")
# "any of its Member States": unnamed.
R(d, "European Union", "signed", SING, None, "Neither the European Union nor any of its Member States has signed the Convention", negated=True)
R(d, "European Union", NOTBOUND, SING, None, "the European Commission has indicated that it is examining whether the Union should join",
  negated=True, required=False)
R(d, "Switzerland", "signed", SING, None, "Switzerland has not signed either.", negated=True)
R(d, "United Kingdom", NOTBOUND, ECC, None,
  "The United Kingdom is not a party to the 2005 United Nations Convention on the Use of Electronic Communications in International Contracts",
  negated=True, alt=["has no current plans to become one"])
# The Electronic Trade Documents Act 2023 (Model Law): domestic. Territorial extension, consultees' support: nothing.

# ===================== 08 (trade newsletter, Afghanistan becomes the WTO's 164th member, Friday 29 July 2016) =====================
d = "08.txt"
D = "2016-07-29"
MC10 = MC("Tenth", "MC10")
PAFG = ("Protocol of Accession of Afghanistan", ["Afghanistan's accession package", "accession package of Afghanistan", "Afghanistan's Protocol of Accession"])
PLBR = ("Protocol of Accession of Liberia", ["Liberia's terms of entry", "accession package of Liberia", "Liberia's protocol"])
R(d, "Afghanistan", JOINED, WTOA, D, "Afghanistan formally became the 164th member of the World Trade Organization on Friday")
R(d, "Afghanistan", ACCEPTED, PAFG, "2016-06-29", "Kabul's instrument of acceptance reached Geneva on June 29",
  alt=["thirty days after it deposited its instrument of acceptance of its Protocol of Accession with the WTO Director-General"])
R(d, MC10, ADOPTED, PAFG, "2015-12-17",
  "Trade ministers meeting at the WTO's Tenth Ministerial Conference in Nairobi approved Afghanistan's accession package on 17 December 2015")
# The Afghan parliament's approval: domestic. The 2004 application: the start of the process.
R(d, "Liberia", JOINED, WTOA, "2016-07-14", "Liberia, which became the 163rd member on July 14")
R(d, MC10, ADOPTED, PLBR, "2015-12-16", "Liberia's terms of entry had been approved by ministers in Nairobi on December 16")
R(d, "Liberia", ACCEPTED, PLBR, "2016-06-14", "it ratified its protocol on June 14")
R(d, "Afghanistan", NOTRATIFIED, TFA, None, "Afghanistan would also accept the Trade Facilitation Agreement \"as soon as possible\"", negated=True,
  alt=["Afghanistan has not yet done so."])
R(d, "Afghanistan", NOTBOUND, ITA, None, "would seek to join the Information Technology Agreement in the medium term", negated=True)
# "the ninth least-developed country", "the eleventh government": counts.
for actor, date, q in [
        ("Montenegro", "2012-04-29", "Montenegro (29 April 2012) and Samoa (10 May 2012)"),
        ("Samoa", "2012-05-10", "Montenegro (29 April 2012) and Samoa (10 May 2012)"),
        ("Russian Federation", "2012-08-22", "the Russian Federation, on 22 August 2012, after 18 years of talks, followed two days later by Vanuatu"),
        ("Vanuatu", "2012-08-24", "the Russian Federation, on 22 August 2012, after 18 years of talks, followed two days later by Vanuatu"),
        ("Lao PDR", "2013-02-02", "Lao PDR (2 February 2013) and Tajikistan (2 March 2013)"),
        ("Tajikistan", "2013-03-02", "Lao PDR (2 February 2013) and Tajikistan (2 March 2013)"),
        ("Yemen", "2014-06-26", "Yemen (26 June 2014)"),
        ("Seychelles", "2015-04-26", "Seychelles (26 April 2015) and Kazakhstan (30 November 2015)"),
        ("Kazakhstan", "2015-11-30", "Seychelles (26 April 2015) and Kazakhstan (30 November 2015)")]:
    R(d, actor, JOINED, WTOA, date, q)
R(d, "Kazakhstan", ACCEPTED, TFA, "2015-11-30", "Kazakhstan deposited its acceptance of the Trade Facilitation Agreement protocol on the day it joined")
R(d, "Liberia", ACCEPTED, TFA, "2016-07-14", "Liberia did the same on joining this month")
QUEUE = "About twenty governments are still negotiating their entry, among them Algeria, Azerbaijan, Belarus, Bosnia and Herzegovina, Ethiopia, Iraq, Serbia and Uzbekistan."
RL(d, ["Algeria", "Azerbaijan", "Ethiopia", "Iraq", "Serbia"], JOINED, WTOA, None, QUEUE, negated=True)
R(d, "Belarus", JOINED, WTOA, None, QUEUE, negated=True, alt=["is not expected to conclude before 2018"])
R(d, "Bosnia and Herzegovina", JOINED, WTOA, None, QUEUE, negated=True, alt=["diplomats now say the country could join in 2017"])
R(d, "Uzbekistan", JOINED, WTOA, None, QUEUE, negated=True,
  alt=["the government in Tashkent has given no indication that it intends to revive the process"])
# Observers asking for their working parties to be reactivated: an intention to accede (optional).
RL(d, ["Comoros", "Sudan"], JOINED, WTOA, None,
   "Comoros and Sudan, observers since 2007 and 1995 respectively, have both asked for their working parties to be reactivated.",
   negated=True, required=False)
# The Director-General's welcome and the United States' "supported Afghanistan's path to membership": nothing.

# ===================== 09 (CBSA Customs Notice 24-11, ATA carnets, April 18, 2024) =====================
d = "09.txt"
ANNEXB2 = ("Annex B.2 to the Istanbul Convention", ["Annex B.2", "Annex B.2 (professional equipment)"])
R(d, "Canada", JOINED, ATA, "1972", "Canada acceded to the ATA Convention in 1972.")
R(d, "Canada", NOTBOUND, IST, None, "Canada is not a Contracting Party to the Istanbul Convention", negated=True)
# The Temporary Importation Regulations (domestic) and the Chamber of Commerce as guaranteeing association: nothing.
R(d, "Uruguay", JOINED, IST, "2023-02-07", "Uruguay acceded to the Istanbul Convention on February 7, 2023, accepting Annexes A, B.1 and B.2.")
# "Carnets ... are accepted in Uruguay from May 1, 2024": customs practice, not an acceptance of a convention.
R(d, "Costa Rica", JOINED, IST, "2022-11-10", "following its accession to the Istanbul Convention (Annexes A, B.1 and B.2) on November 10, 2022")
R(d, "Kenya", JOINED, ATA, "2022-12-15", "Kenya acceded to the ATA Convention on December 15, 2022.")
# The suspended guarantee chain is no act on the Convention; both remain parties.
RL(d, ["Russian Federation", "Belarus"], PARTY, ATA, None, "Both countries remain Contracting Parties to the ATA Convention")
R(d, "Saudi Arabia", PARTY, IST, "2014", "Saudi Arabia, a Contracting Party to the Istanbul Convention since 2014")
# Accepting a further annex of a convention it is party to; only the date of effect is given (optional).
R(d, "Saudi Arabia", ACCEPTED, ANNEXB2, None, "has extended its acceptance to Annex B.2 (professional equipment) with effect from January 1, 2024",
  required=False)
R(d, "Brazil", JOINED, IST, "2011", "Brazil, which acceded to the Istanbul Convention in 2011")
for inst in (ATA, IST):
    RL(d, ["Chile", "Mexico", "Peru"], NOTBOUND, inst, None, "Chile, Mexico and Peru are not Contracting Parties to either convention", negated=True)
R(d, "United States", PARTY, ATA, "1968", "The United States is a Contracting Party to the ATA Convention (since 1968)")
R(d, "United States", NOTBOUND, IST, None, "but has not acceded to the Istanbul Convention", negated=True)
R(d, "China", JOINED, IST, "1993", "China, which acceded to the Istanbul Convention in 1993")
R(d, "India", PARTY, ATA, None, "India is a Contracting Party to the ATA Convention.")
R(d, "Philippines", JOINED, IST, "2023-12", "The Philippines deposited its instrument of accession to the Istanbul Convention in December 2023")
R(d, "Mongolia", NOTBOUND, IST, None, "Mongolia has informed the World Customs Organization that it intends to accede to the Istanbul Convention.",
  negated=True)
# The World ATA Carnet Council's list and the reminder to holders: nothing.

# ===================== 10 (WTO news item, GPA Committee approves North Macedonia's accession, Wednesday 28 June 2023) =====================
d = "10.txt"
D = "2023-06-28"
DECNM = ("decision approving the accession of North Macedonia to the Agreement on Government Procurement",
         ["decision on the accession of North Macedonia", "accession of North Macedonia to the revised Agreement on Government Procurement"])
GPAP = ("Protocol Amending the Agreement on Government Procurement", ["Protocol Amending the GPA", "2012 Protocol"])
R(d, GPC, ADOPTED, DECNM, D,
  "The WTO Committee on Government Procurement today adopted a decision approving the accession of North Macedonia to the revised Agreement on Government Procurement (GPA 2012).")
R(d, "North Macedonia", JOINED, GPA, None,
  "North Macedonia will become the 22nd party to the Agreement thirty days after it deposits its instrument of accession", negated=True,
  alt=["which its delegation said it expects to do \"in the autumn\"", "We are joining the GPA"])
# Israel chairing the meeting, the EU welcoming the decision: nothing.
R(d, GPC, ADOPTED, GPAP, "2012-03-30", "the Protocol Amending the Agreement on Government Procurement adopted by the Committee on 30 March 2012")
R(d, "Switzerland", ACCEPTED, GPAP, "2020", "Switzerland was the last party to accept the Protocol, in 2020")
for actor, year, q in [("Montenegro", "2015", "Montenegro and New Zealand (both in 2015)"), ("New Zealand", "2015", "Montenegro and New Zealand (both in 2015)"),
                       ("Republic of Moldova", "2016", "the Republic of Moldova and Ukraine (both in 2016)"),
                       ("Ukraine", "2016", "the Republic of Moldova and Ukraine (both in 2016)"),
                       ("Australia", "2019-05-05", "Australia, which became a party on 5 May 2019")]:
    R(d, actor, ACCEDED, GPA, year, q)
R(d, "United Kingdom", PARTY, GPA, "2021-01-01", "has been a party in its own right since 1 January 2021")
OTHERS = "The other parties are Armenia, Canada, Hong Kong, China, Iceland, Israel, Japan, the Republic of Korea, Liechtenstein, the Kingdom of the Netherlands with respect to Aruba, Norway, Singapore, Chinese Taipei and the United States, together with the European Union and its 27 member States."
RL(d, ["Armenia", "Canada", "Hong Kong, China", "Iceland", "Israel", "Japan", "Republic of Korea", "Liechtenstein",
       ["Kingdom of the Netherlands with respect to Aruba", "Netherlands", "Kingdom of the Netherlands", "Aruba"],
       "Norway", "Singapore", "Chinese Taipei", "United States", "European Union"], PARTY, GPA, None, OTHERS)
SEVEN = "Seven WTO members are negotiating accession to the GPA: Albania, China, Costa Rica, Jordan, the Kyrgyz Republic, the Russian Federation and Tajikistan."
RL(d, ["Albania", "Jordan", "Russian Federation", "Tajikistan"], JOINED, GPA, None, SEVEN, negated=True)
R(d, "China", JOINED, GPA, None, SEVEN, negated=True, alt=["remained \"committed to joining the GPA as soon as possible\""])
R(d, "Costa Rica", JOINED, GPA, None, SEVEN, negated=True, alt=["it intended to submit a revised offer later this year"])
R(d, "Kyrgyzstan", JOINED, GPA, None, SEVEN, negated=True, alt=["its accession negotiations had been on hold since 2021"])
R(d, "Brazil", JOINED, GPA, None, "withdrew its application in May 2023, and is no longer negotiating accession", negated=True)
R(d, "Kazakhstan", JOINED, GPA, None, "but Kazakhstan has not yet applied", negated=True)
# Market access offers, the sustainable procurement work programme, statistics reports: nothing.

# ===================== 11.md (law-firm client alert, paperless trade treaties, 21 May 2024) =====================
d = "11.md"
APO = ("Apostille Convention", ["Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", "Hague Apostille Convention"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
ECOM = ("Agreement on Electronic Commerce", ["WTO Agreement on Electronic Commerce", "e-commerce agreement"])
G7FW = ("Framework for G7 Collaboration on Electronic Transferable Records", ["G7 Framework on Electronic Transferable Records"])
# The third instrument (2012) and the two 2010 ratifications; the entry into force date: nothing.
R(d, "Dominican Republic", ACCEPTED, ECC, "2012", "after the Dominican Republic deposited the third instrument in 2012")
RL(d, ["Singapore", "Honduras"], RATIFIED, ECC, "2010", "Singapore and Honduras had ratified in 2010")
for actor, year, q in [
        ("Russian Federation", "2014", "the Russian Federation and Montenegro (2014), Congo (2014) and Sri Lanka (2015)"),
        ("Montenegro", "2014", "the Russian Federation and Montenegro (2014), Congo (2014) and Sri Lanka (2015)"),
        ("Congo", "2014", "the Russian Federation and Montenegro (2014), Congo (2014) and Sri Lanka (2015)"),
        ("Sri Lanka", "2015", "the Russian Federation and Montenegro (2014), Congo (2014) and Sri Lanka (2015)"),
        ("Fiji", "2017", "Fiji (2017), Cameroon and Azerbaijan (2018)"),
        ("Cameroon", "2018", "Fiji (2017), Cameroon and Azerbaijan (2018)"),
        ("Azerbaijan", "2018", "Fiji (2017), Cameroon and Azerbaijan (2018)"),
        ("Paraguay", "2019", "Paraguay (2019) and Kiribati (2021)"),
        ("Kiribati", "2021", "Paraguay (2019) and Kiribati (2021)")]:
    R(d, actor, PARTY, ECC, year, q)
R(d, "Bahrain", ACCEDED, ECC, "2023-09", "Bahrain, whose instrument of accession was deposited in September 2023")
R(d, "China", "signed", ECC, "2006", "China signed the Convention in 2006")
R(d, "Republic of Korea", "signed", ECC, "2008", "China signed the Convention in 2006 and the Republic of Korea in 2008")
RL(d, ["China", "Republic of Korea"], NOTRATIFIED, ECC, None,
   "China signed the Convention in 2006 and the Republic of Korea in 2008, but neither has ratified it.", negated=True)
SIX = "Iran, Lebanon, Madagascar, Panama, Saudi Arabia and Senegal are also signatories that have not ratified."
RL(d, ["Iran", "Lebanon", "Madagascar", "Panama", "Saudi Arabia", "Senegal"], "signed", ECC, None, SIX)
RL(d, ["Iran", "Lebanon", "Madagascar", "Panama", "Saudi Arabia", "Senegal"], NOTRATIFIED, ECC, None, SIX, negated=True)
R(d, "Philippines", "signed", ECC, "2007", "The Philippines signed in 2007")
R(d, "Philippines", NOTRATIFIED, ECC, None, "ratification \"remains under study\"", negated=True)
# "any Member State of the European Union": unnamed.
R(d, "United States", NOTBOUND, ECC, None, "Neither the United States nor any Member State of the European Union is a party", negated=True)
R(d, "European Union", NOTBOUND, ECC, None, "we are not aware of any plans for the EU to join", negated=True)
# Laws based on the MLETR (Bahrain, Singapore, ADGM, Belize, Kiribati, Paraguay, Papua New Guinea, the UK, France): domestic.
# The G7 ministers are a named group (optional).
R(d, ["Group of Seven", "G7", "G7 digital and technology ministers"], ENDORSED, G7FW, "2021-04",
  "The G7 digital and technology ministers endorsed the \"Framework for G7 Collaboration on Electronic Transferable Records\" in April 2021",
  required=False)
R(d, "China", ACCEDED, APO, "2023-03-08", "deposited its instrument of accession on 8 March 2023")
# Entry into force for China and application in Canada: nothing.
R(d, "Canada", ACCEDED, APO, "2023-05-12", "Canada acceded on 12 May 2023")
RL(d, ["Rwanda", "Bangladesh"], NOTBOUND, APO, None,
   "Rwanda and Bangladesh have announced that they intend to accede to the Apostille Convention, but neither has yet deposited an instrument.",
   negated=True)
R(d, "Viet Nam", NOTBOUND, APO, None, "Viet Nam remains outside the Convention.", negated=True)
RL(d, ["Chile", "New Zealand", "Singapore"], "signed", DEPA, "2020-06-12",
   "The Digital Economy Partnership Agreement (DEPA) was signed by Chile, New Zealand and Singapore on 12 June 2020.")
R(d, "Republic of Korea", JOINED, DEPA, "2024-05-03", "The Republic of Korea formally joined DEPA on 3 May 2024, becoming its fourth party")
# The DEPA Joint Committee concluding a working group: process.
RL(d, ["China", "Canada", "Costa Rica"], NOTBOUND, DEPA, None,
   "China and Canada have applied to join, and Costa Rica's accession working group was established in 2023; none of these three has yet concluded its accession.",
   negated=True)
# The stabilized text announced by unnamed participants: nothing.
R(d, "United States", ["party", "acceded", "endorsed", "signed"], ECOM, None, "the United States has said it will not join the text in its current form",
  negated=True)

# ===================== 12 (Uzbekistan's statement at the Ninth Meeting of its Working Party, Geneva, Wednesday 4 December 2024) =====================
d = "12.txt"
D = "2024-12-04"
PUZB = ("Protocol of Accession of Uzbekistan", ["Uzbekistan's accession package", "accession package", "Protocol of Accession"])
BMYS = ("bilateral market access protocol between Uzbekistan and Malaysia", ["bilateral market access protocol with Malaysia", "bilateral market access protocols"])
BKOR = ("bilateral market access protocol between Uzbekistan and the Republic of Korea",
        ["bilateral market access protocol with the Republic of Korea", "bilateral market access protocols"])
BJPN = ("bilateral market access protocol between Uzbekistan and Japan", ["bilateral market access protocol with Japan", "protocol with Japan"])
TDC = ("Tashkent Declaration on Connectivity", ["Tashkent Declaration"])
TCA = ("Agreement on International Road Transport along the Trans-Caspian corridor", ["Trans-Caspian road transport agreement"])
GPA12 = (GPA[0], GPA[1])
# "We", "our country", "I" speak for Uzbekistan throughout.
R(d, "Uzbekistan", JOINED, WTOA, None, "We intend to become a Member of this organization in 2026.", negated=True,
  alt=["Our goal is to finish the work of this Working Party in time for the Fourteenth Ministerial Conference"])
R(d, MC("Fourteenth", "MC14"), ADOPTED, PUZB, None, "so that ministers can approve our accession package there", negated=True, required=False)
# "Last week" against Wednesday 4 December 2024; "yesterday" is 3 December.
R(d, "Uzbekistan", "signed", BMYS, "2024-11", "we signed bilateral market access protocols with Malaysia and with the Republic of Korea")
R(d, "Uzbekistan", "signed", BKOR, "2024-11", "we signed bilateral market access protocols with Malaysia and with the Republic of Korea")
R(d, "Uzbekistan", "signed", BJPN, "2024-12-03", "yesterday here in Geneva we signed our protocol with Japan")
# The partners sign the bilateral protocols too (optional).
R(d, "Malaysia", "signed", BMYS, "2024-11", "we signed bilateral market access protocols with Malaysia and with the Republic of Korea", required=False)
R(d, "Republic of Korea", "signed", BKOR, "2024-11", "we signed bilateral market access protocols with Malaysia and with the Republic of Korea", required=False)
R(d, "Japan", "signed", BJPN, "2024-12-03", "yesterday here in Geneva we signed our protocol with Japan", required=False)
# Negotiations with the EU, the US and Brazil: a process. The 14 laws, the Customs Code: domestic.
R(d, "Uzbekistan", JOINED, TIR, "1995", "We acceded to the TIR Convention in 1995")
R(d, "Uzbekistan", JOINED, ECMR, "2019-10", "in October 2019 we deposited our instrument of accession to the e-CMR Protocol")
R(d, "Uzbekistan", JOINED, RKC, "2021", "We became a Contracting Party to the Revised Kyoto Convention of the World Customs Organization in 2021")
R(d, "Uzbekistan", JOINED, IST, "2024-03", "in March of this year we deposited our instrument of accession to the Convention on Temporary Admission")
R(d, "Uzbekistan", PARTY, HS, None, "Our country is a party to the International Convention on the Harmonized Commodity Description and Coding System")
# Applying HS 2022 and the category A/B/C notifications: implementation.
R(d, "Uzbekistan", NOTRATIFIED, TFA, None, "Uzbekistan will accept the Protocol inserting the Trade Facilitation Agreement upon its accession", negated=True)
R(d, "Uzbekistan", NOTRATIFIED, FISH, None, "We will also accept the Agreement on Fisheries Subsidies.", negated=True)
R(d, "Uzbekistan", NOTBOUND, ITA, None, "We are not yet in a position to join the Information Technology Agreement", negated=True)
R(d, "Uzbekistan", NOTBOUND, GPA12, None,
  "will decide on negotiations for accession to the Agreement on Government Procurement after we become a Member", negated=True)
# Observer status in the GPA Committee, Turkmenistan's observer status: nothing. The neighbours are WTO Members (optional).
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan"], PARTY, WTOA, None, "Kazakhstan, the Kyrgyz Republic and Tajikistan, our neighbours and WTO Members",
   required=False)
R(d, "Uzbekistan", COMMITTED, TDC, D, "Uzbekistan is committed to the Tashkent Declaration on Connectivity")
# Adopted "with our Central Asian partners" (unnamed): Uzbekistan's own adoption of the Declaration.
R(d, "Uzbekistan", ["endorsed", "adopted"], TDC, "2024-09", "the Tashkent Declaration on Connectivity that we adopted with our Central Asian partners in September")
# SPECA is a programme, not an instrument: nothing.
RL(d, ["Uzbekistan", "Azerbaijan", "Georgia", "Kazakhstan"], "signed", TCA, "2024-04",
   "we signed the Agreement on International Road Transport along the Trans-Caspian corridor with Azerbaijan, Georgia and Kazakhstan in April")
R(d, "Uzbekistan", ACCEPTED, PUZB, None, "Uzbekistan will ratify its Protocol of Accession as soon as it has been approved by ministers.", negated=True)

# ===================== 13 (news wire, TRIPS amendment enters into force, Monday 23 January 2017) =====================
d = "13.txt"
D = "2017-01-23"
MC4 = MC("Fourth", "Doha Ministerial Conference")
DOHA = ("Doha Declaration on the TRIPS Agreement and Public Health", ["Doha Declaration", "Declaration on the TRIPS Agreement and Public Health"])
R(d, GC, ADOPTED, TRIPS, "2005-12-06", "The Protocol was adopted by the WTO General Council on 6 December 2005")
# "In December" and "last week" against Monday 23 January 2017.
RL(d, ["Burkina Faso", "Nigeria"], ACCEPTED, TRIPS, "2016-12", "Burkina Faso and Nigeria deposited their instruments in December")
RL(d, ["Liechtenstein", "United Arab Emirates", "Viet Nam"], ACCEPTED, TRIPS, "2017-01",
   "Liechtenstein, the United Arab Emirates and Viet Nam followed last week")
R(d, ["WTO Director-General", "Director-General", "Roberto Azevedo", "Roberto Azevêdo"], "called-for", TRIPS, D,
  "He called on the members that had not yet accepted the Protocol to do so before the current deadline of 31 December 2017.")
# The 2003 waiver: a decision not named as an instrument here.
R(d, "United States", ACCEPTED, TRIPS, "2005-12-17", "The United States was the first member to accept it, on 17 December 2005.")
RL(d, ["Switzerland", "El Salvador", "Republic of Korea", "Norway"], ACCEPTED, TRIPS, "2006",
   "Switzerland, El Salvador, the Republic of Korea and Norway followed in 2006")
RL(d, ["India", "Philippines", "Japan"], ACCEPTED, TRIPS, "2007", "India, the Philippines and Japan all deposited their acceptances in 2007")
R(d, "European Union", ACCEPTED, TRIPS, "2007-11-30",
  "The European Union, acting for what were then its 27 member States, accepted the Protocol on 30 November 2007.")
R(d, "China", ACCEPTED, TRIPS, "2007-11-28", "China's acceptance came on 28 November 2007")
R(d, "Brazil", ACCEPTED, TRIPS, "2008-11", "and Brazil's in November 2008")
RL(d, ["Rwanda", "Uganda", "Zambia"], ACCEPTED, TRIPS, None, "Rwanda, Uganda and Zambia were early acceptors")
R(d, "Bangladesh", ACCEPTED, TRIPS, "2011", "Bangladesh accepted in 2011")
RL(d, ["Bolivia", "Cameroon", "Chad", "Kuwait"], NOTRATIFIED, TRIPS, None, "Members still outside include Bolivia, Cameroon, Chad and Kuwait", negated=True)
R(d, "Ecuador", NOTRATIFIED, TRIPS, None, "its instrument was \"in the final stage of internal approval\"", negated=True)
# Rwanda's 2007 notification and Canada's compulsory licence: uses of the system, "Neither step was an acceptance".
R(d, "Canada", ACCEPTED, TRIPS, "2009", "Canada itself accepted the Protocol in 2009")
# MSF's urging to use flexibilities is no call to join an instrument.
R(d, MC4, ADOPTED, DOHA, "2001-11-14", "which ministers adopted at the Fourth Ministerial Conference in Doha on 14 November 2001")
# The opt-out declarations as importers (37 members, the United States, the EU's member States, Japan, Australia): not reservations, nothing.
R(d, "Australia", ACCEPTED, TRIPS, "2007", "Australia accepted the Protocol in 2007")
R(d, "New Zealand", ACCEPTED, TRIPS, "2011", "New Zealand, which had also opted out as an importer, accepted in 2011")
# "among the first developing countries to accept": India's 2007 record. Welcoming the amendment's entry into force is a
# welcome of the instrument itself (optional).
R(d, "India", "welcomed", TRIPS, None, "India's commerce ministry welcomed the entry into force", required=False)
R(d, "South Africa", NOTRATIFIED, TRIPS, None, "South Africa, which has not yet accepted the Protocol", negated=True)

# ===================== 14.md (Africa Trade Facilitation Network, TFA ratification tracker, updated 22 February 2017) =====================
d = "14.md"
D = "2017-02-22"
MC9 = MC("Ninth", "MC9")
AUCMT = ["African Union Conference of Ministers of Trade", "AU Conference of Ministers of Trade", "Conference of Ministers of Trade", "African Union"]
R(d, "Rwanda", ACCEPTED, TFA, D, "Rwanda, Oman, Chad and Jordan handed their instruments of acceptance to the Director-General this morning",
  alt=["Rwanda | 22 February 2017 | completed the threshold"])
R(d, "Chad", ACCEPTED, TFA, D, "Rwanda, Oman, Chad and Jordan handed their instruments of acceptance to the Director-General this morning",
  alt=["Chad | 22 February 2017 | completed the threshold"])
RL(d, ["Oman", "Jordan"], ACCEPTED, TFA, D, "Rwanda, Oman, Chad and Jordan handed their instruments of acceptance to the Director-General this morning")
R(d, MC9, ADOPTED, TFA, "2013-12", "The TFA was concluded at the Ninth Ministerial Conference in Bali in December 2013.")
R(d, GC, ADOPTED, TFA, "2014-11-27",
  "The General Council adopted the Protocol of Amendment inserting it into Annex 1A of the WTO Agreement on 27 November 2014")
# Category A/B/C notifications: implementation, the text says so.
for actor, date, q in [
        ("Mauritius", "2015-03-05", "Mauritius | 5 March 2015 | first African member to accept"),
        ("Botswana", "2015-06-18", "Botswana | 18 June 2015"),
        ("Niger", "2015-08-06", "Niger | 6 August 2015"),
        ("Togo", "2015-10-01", "Togo | 1 October 2015"),
        ("Côte d'Ivoire", "2015-12-08", "Côte d'Ivoire | 8 December 2015"),
        ("Kenya", "2015-12-10", "Kenya | 10 December 2015 | deposited ahead of MC10 in Nairobi"),
        ("Zambia", "2015-12-16", "Zambia | 16 December 2015"),
        ("Lesotho", "2016-01-04", "Lesotho | 4 January 2016"),
        ("Mali", "2016-01-20", "Mali | 20 January 2016"),
        ("Madagascar", "2016-06-20", "Madagascar | 20 June 2016"),
        ("Senegal", "2016-06-24", "Senegal | 24 June 2016"),
        ("Eswatini", "2016-11-21", "Swaziland | 21 November 2016"),
        ("Gabon", "2016-12-05", "Gabon | 5 December 2016"),
        ("Ghana", "2017-01-04", "Ghana | 4 January 2017"),
        ("Nigeria", "2017-01-16", "Nigeria | 16 January 2017")]:
    R(d, actor, ACCEPTED, TFA, date, q)
RL(d, ["Burkina Faso", "Egypt", "Gambia", "Mauritania", "Mozambique", "Liberia"], ACCEPTED, TFA, None,
   "Six further acceptances were deposited by Burkina Faso, Egypt, Gambia, Mauritania, Mozambique and Liberia between 2015 and 2016")
NOTYET = ("Members that have not yet accepted include Angola, Benin, Burundi, Cameroon, the Central African Republic, the Democratic Republic "
          "of the Congo, Guinea, Namibia, South Africa, Tanzania, Tunisia and Zimbabwe.")
RL(d, ["Angola", "Benin", "Burundi", "Cameroon", "Central African Republic", "Democratic Republic of the Congo", "Guinea", "Zimbabwe"],
   NOTRATIFIED, TFA, None, NOTYET, negated=True)
# South Africa's parliamentary approval: domestic; the instrument is still to come.
R(d, "South Africa", NOTRATIFIED, TFA, None, NOTYET, negated=True, alt=["the instrument of acceptance is expected \"within weeks\""])
R(d, "Tunisia", NOTRATIFIED, TFA, None, NOTYET, negated=True, alt=["its instrument was awaiting publication of the approving law"])
RL(d, ["Namibia", "United Republic of Tanzania"], NOTRATIFIED, TFA, None, NOTYET, negated=True,
   alt=["Namibia and Tanzania said at the AU trade ministers' meeting that they would accept the TFA in 2017"])
R(d, AUCMT, "called-for", TFA, "2016-12-01",
  "urges all African WTO Members that have not yet done so to accept the Protocol of Amendment without further delay")
# The unnamed declaration that carries the call, the CFTA negotiations (a process) and the TFAF (a facility): nothing.

# ===================== 15.html (Ministry of Finance of Ukraine, accession to the common transit conventions, 1 October 2022) =====================
d = "15.html"
CTC = ("Convention on a Common Transit Procedure", ["common transit convention", "CTC", "common transit conventions"])
SAD = ("Convention on the Simplification of Formalities in Trade in Goods", ["SAD Convention", "Single Administrative Document Convention"])
RFA = ("Agreement between the European Union and Ukraine on the carriage of freight by road",
       ["EU-Ukraine road transport agreement", "transport visa-free regime", "road freight agreement"])
MOU = ("memorandum of understanding on the use of electronic consignment notes in bilateral transport",
       ["memorandum of understanding on e-CMR", "Poland-Ukraine e-CMR memorandum"])
HARM9 = ("Annex 9 of the Harmonization Convention",
         ["Annex 9 to the International Convention on the Harmonization of Frontier Controls of Goods", "Harmonization Convention"])
SMGSC = ("Convention on International Customs Transit Procedures for the Carriage of Goods by Rail under Cover of SMGS Consignment Notes",
         ["SMGS Convention", "Convention on International Customs Transit Procedures for the Carriage of Goods by Rail"])
# Deposit on 1 September; "From today ... a full-fledged party" is the same accession taking effect.
for inst in (CTC, SAD):
    R(d, "Ukraine", JOINED, inst, "2022-09-01",
      "Ukraine deposited its instruments of accession to both conventions with the General Secretariat of the Council of the European Union on 1 September",
      alt=["From today, Ukraine is a full-fledged party to the Convention on a Common Transit Procedure and to the Convention on the Simplification of Formalities in Trade in Goods"])
# The EU-CTC Joint Committee's invitation: nothing.
CTCP = ("Ukraine joins the existing contracting parties to the common transit conventions: the European Union, Iceland, North Macedonia, Norway, "
        "Serbia, Switzerland, Türkiye and the United Kingdom.")
for inst in (CTC, SAD):
    RL(d, ["European Union", "Iceland", "North Macedonia", "Norway", "Serbia", "Switzerland", "Türkiye", "United Kingdom"], PARTY, inst, None, CTCP)
    RL(d, ["Georgia", "Republic of Moldova"], NOTBOUND, inst, None,
       "Georgia and the Republic of Moldova have applied to join and expect to complete the accession procedure in 2023.", negated=True)
# NCTS: implementation. "On 29 June" against the document's year.
RL(d, ["Ukraine", "European Union"], "signed", RFA, "2022-06-29",
   "Ukraine and the European Union signed the Agreement between the European Union and Ukraine on the carriage of freight by road")
R(d, "Ukraine", JOINED, ECMR, "2022-07-11",
  "Ukraine deposited with the Secretary-General of the United Nations its instrument of accession to the Additional Protocol to the CMR Convention concerning the Electronic Consignment Note (e-CMR).")
R(d, "Ukraine", PARTY, CMR, "2007", "Ukraine has been a party to the CMR Convention itself since 2007.")
RL(d, ["Poland", "Ukraine"], "signed", MOU, "2022-08",
   "Poland and Ukraine signed a memorandum of understanding on the use of electronic consignment notes in bilateral transport in August")
# The first e-CMR journeys: implementation.
R(d, "Ukraine", PARTY, RT68, "1974", "Ukraine has been a Contracting Party to the Convention on Road Traffic of 1968 since 1974")
R(d, "Ukraine", PARTY, TIR, "1976", "and to the TIR Convention since 1976")
R(d, "Ukraine", NOTBOUND, HARM9, None,
  "The Government intends to submit the accession of Ukraine to Annex 9 of the Harmonization Convention to the Verkhovna Rada before the end of the year.",
  negated=True)
R(d, "Ukraine", "signed", SMGSC, "2020", "which Ukraine signed in 2020 but has not yet ratified")
R(d, "Ukraine", NOTRATIFIED, SMGSC, None, "which Ukraine signed in 2020 but has not yet ratified", negated=True)
# Hungary's and Slovakia's support for joining a programme's working groups: a process, nothing.

# ===================== 16 (Second Committee press release GA/EF/3591, trade drafts, 17 November 2023) =====================
d = "16.txt"
D = "2023-11-17"
ITD = ("draft resolution \"International trade and development\"", ["International trade and development", "A/C.2/78/L.31"])
UEM = ("draft resolution \"Unilateral economic measures as a means of political and economic coercion against developing countries\"",
       ["Unilateral economic measures as a means of political and economic coercion against developing countries", "A/C.2/78/L.27"])
COMM = ("draft resolution \"Commodities\"", ["Commodities", "A/C.2/78/L.20"])
BRIDGE = ("Bridgetown Covenant", ["Bridgetown Covenant of UNCTAD 15"])
UNCTAD15 = ["UNCTAD 15", "United Nations Conference on Trade and Development", "UNCTAD",
            "fifteenth session of the United Nations Conference on Trade and Development"]
# The introducer speaks for the Group of 77 and China, a named group (optional).
for inst in (ITD, UEM, COMM):
    R(d, G77, "co-sponsored", inst, None, "All three texts were introduced by the representative of Cuba on behalf of the Group of 77 and China.",
      required=False)
R(d, SC2, ADOPTED, ITD, D, "the Committee approved the draft resolution \"International trade and development\" (document A/C.2/78/L.31)")
R(d, "Israel", "supported", ITD, D, "By a recorded vote of 160 in favour to 2 against (Israel, United States), with no abstentions", negated=True)
R(d, "United States", "supported", ITD, D, "By a recorded vote of 160 in favour to 2 against (Israel, United States), with no abstentions",
  negated=True, alt=["Explaining her delegation's vote against"])
# What the Assembly "would urge" under a draft approved in committee: planned.
R(d, GA, "called-for", FISH, None,
  "the General Assembly would urge WTO members to accept the Agreement on Fisheries Subsidies so that it may enter into force as soon as possible",
  negated=True)
R(d, GA, ENDORSED, BRIDGE, None, "would reaffirm the Bridgetown Covenant", negated=True, required=False)
R(d, UNCTAD15, ADOPTED, BRIDGE, "2021-10",
  "the Bridgetown Covenant, adopted at the fifteenth session of the United Nations Conference on Trade and Development (UNCTAD 15) in October 2021")
# "In April", "in June", "in August" said in November 2023. "strongly supported the disciplines": the same acceptance.
R(d, "United States", ACCEPTED, FISH, "2023-04", "the United States had accepted the Agreement on Fisheries Subsidies in April")
# Spain speaks for the European Union.
R(d, "European Union", ACCEPTED, FISH, "2023-06", "the bloc had accepted the Agreement in June")
R(d, "European Union", COMMITTED, FISH, D, "remained committed to it")
R(d, "European Union", "called-for", FISH, D, "called on all WTO members to accept the Agreement on Fisheries Subsidies swiftly")
R(d, "Pakistan", ACCEPTED, FISH, "2023-08", "his country had accepted the Agreement in August")
R(d, SC2, ADOPTED, UEM, D,
  "The Committee then approved the draft resolution \"Unilateral economic measures as a means of political and economic coercion against developing countries\" (document A/C.2/78/L.27)")
RL(d, ["Israel", "United States"], "supported", UEM, D, "by a recorded vote of 118 in favour to 2 against (Israel, United States), with 53 abstentions",
   negated=True)
# "the member States of the European Union": unnamed; the four named States abstained.
RL(d, ["Australia", "Canada", "Japan", "Republic of Korea"], "supported", UEM, D,
   "Among those abstaining were Australia, Canada, Japan, the Republic of Korea and the member States of the European Union.", negated=True)
R(d, "Russian Federation", "co-sponsored", UEM, None,
  "The representative of the Russian Federation, which had joined the sponsors of the draft on unilateral economic measures")
R(d, "Belarus", "supported", UEM, D, "The representative of Belarus said her delegation had voted in favour for the same reasons")
for inst in (ITD, UEM):
    R(d, "China", "supported", inst, D, "the representative of China said China had voted in favour of both texts adopted by recorded vote today")
R(d, SC2, ADOPTED, COMM, D, "Without a vote, the Committee approved the draft resolution \"Commodities\" (document A/C.2/78/L.20)")
# Bangladesh: funding for implementation and "most least developed countries had already accepted" (unnamed); the Hong Kong
# decision on duty-free, quota-free access is not named as an instrument.

gold.finish(MIN_CHARS, MAX_CHARS)
