#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 07.md, 03.html, 10.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. No document opens with a Title:/Date:/URL: header block.

Theme: depositary and secretariat news of specialised agencies and treaty secretariats (2016-2026): an IMO press briefing,
an ICAO treaty newsletter, an OPCW news page, an IAEA press release, a WIPO monthly summary of treaty notifications, a
UNIDROIT newsletter, an HCCH news item, a Council of Europe Treaty Office monthly summary, a monthly "Treaty Actions"
bulletin, an IMO "What's New" page, a CTBTO press release, a BRS secretariat newsletter, an ILO press release, an IMO
circular letter, a Council of Europe press release and an IMO status-table extract.

Conventions followed (dev2/README.md rules): deposits of instruments of ratification/accession/acceptance/approval are
the depositing State's act, dated by the deposit; the depositary (a Secretary-General, a ministry), the venue, the host,
entry into force (also "entered into force for X"), domestic approval (parliaments, Acts, bills, Council decisions
authorising Member States), reservations, declarations and their withdrawal, extensions to territories, implementation
and reports give nothing. Calls by a secretariat head, a body or a group of States on others to sign/ratify/accede/join
are the caller's `called-for`, dated by the statement when the text dates it. Welcoming or congratulating another actor's
act gives nothing. Planned, intended, studied, "has yet to", "not a party", "did not sign", withdrawals/denunciations
are negated records without a date; votes against and abstentions keep theirs. A "Contracting Parties are ..." statement
for a State whose ratification/accession is also recorded is the same event: that party record is optional."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Republic of Korea", "Russian Federation", "Iran", "Türkiye",
          "Netherlands", "Congo", "Germany", "Ghana", "Sao Tome and Principe", "Côte d'Ivoire", "Cabo Verde", "Uzbekistan",
          "Kazakhstan", "United Arab Emirates", "State of Palestine", "Democratic People's Republic of Korea", "Syria",
          "Czechia", "Republic of Moldova", "Eswatini", "Kyrgyzstan", "United Republic of Tanzania", "Gambia", "Bahamas",
          "Marshall Islands", "Mexico", "Chile", "Paraguay", "Bolivia", "Egypt", "China", "Somalia", "Fiji", "Ecuador",
          "Equatorial Guinea", "Saudi Arabia", "Kenya", "Guinea", "Cook Islands", "Costa Rica", "Philippines", "Thailand",
          "Colombia", "Papua New Guinea"),
    "Türkiye": ["Türkiye", "Turkey", "Turkiye"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Kosovo": ["Kosovo", "Republic of Kosovo"],
    "Mongolia": ["Mongolia"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "India": ["India", "Republic of India"],
    "Israel": ["Israel", "State of Israel"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Turkmenistan": ["Turkmenistan"],
}
gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

IMOSG = ["IMO Secretary-General", "Secretary-General of the International Maritime Organization", "IMO", "International Maritime Organization"]

# ===================== 01 (IMO press briefing 19/2023, London, 26 June 2023) =====================
d = "01.txt"
D = "2023-06-26"
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "Hong Kong Ship Recycling Convention", "HKC"])
BASEL = ("Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal", ["Basel Convention"])
BAN = ("Basel Ban Amendment", ["1995 amendment to the Basel Convention", "Ban Amendment"])
CTA = ("Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993", ["Cape Town Agreement", "Cape Town Agreement of 2012"])
IHM = ("2023 Guidelines for the Development of the Inventory of Hazardous Materials", ["Guidelines for the Development of the Inventory of Hazardous Materials"])
QDEP = "the deposit today of instruments of accession by Bangladesh and Liberia"
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, D, QDEP)
# Entry into force on 26 June 2025, the depositary (IMO Secretary-General), the venue and the Council session: nothing.
R(d, ["Diplomatic conference", "International Conference on the Safe and Environmentally Sound Recycling of Ships"], ADOPTED, HKC, "2009-05",
  "The Convention was adopted at a diplomatic conference held in Hong Kong, China, in May 2009", required=False)
QLIST = ("Belgium, Congo, Croatia, Denmark, Estonia, France, Germany, Ghana, India, Japan, Luxembourg, Malta, Netherlands, "
         "Norway, Panama, Portugal, Serbia, Spain, Sao Tome and Principe and Turkiye")
for a in ["Belgium", "Congo", "Croatia", "Denmark", "Estonia", "France", "Germany", "Ghana", "Japan", "Luxembourg", "Malta",
          "Netherlands", "Norway", "Panama", "Portugal", "Serbia", "Spain", "Sao Tome and Principe", "Türkiye"]:
    R(d, a, PARTY, HKC, None, QLIST)
# India's party record is the same event as its dated accession (below): optional.
R(d, "India", PARTY, HKC, None, QLIST, required=False)
R(d, "India", ACCEDED, HKC, "2019-11", "India acceded to the Convention in November 2019")
R(d, IMOSG, "called-for", HKC, D, "I urge all States that have not yet done so to ratify or accede to the Hong Kong Convention without delay")
# Japan's support for capacity-building projects: support for a programme, nothing.
R(d, "Pakistan", NOTBOUND, HKC, None, "Pakistan, by contrast, is not yet a Contracting State", negated=True,
  alt=["Pakistan intends to accede \"within the next twelve months\""])
# Bangladesh's Ship Recycling Act and its amendment: domestic, nothing.
R(d, "Bangladesh", PARTY, BASEL, "1993", "Bangladesh has been a Party to the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal since 1993")
R(d, "Bangladesh", NOTBOUND, BAN, None, "it has not accepted the 1995 amendment to that Convention (the Basel Ban Amendment)", negated=True,
  alt=["the High Commissioner confirmed it has no plans to do so"])
R(d, "Liberia", RATIFIED, CTA, "2023-04-12", "Liberia also deposited on 12 April 2023 an instrument of ratification for the Cape Town Agreement of 2012")
R(d, "Liberia", "signed", HKC, "2010", "Liberia signed the Hong Kong Convention itself as long ago as 2010",
  alt=["France, Italy, the Netherlands, Saint Kitts and Nevis, Turkiye and Liberia"])
R(d, "European Union", NOTBOUND, HKC, None, "The European Union is not a party to the Convention", negated=True)
# "EU Member States have been encouraged since 2013 to ratify it": no named caller; the EU Ship Recycling Regulation: legislation. Nothing.
QSIG = "Six States signed the Convention subject to ratification during the signature period (1 September 2009 to 31 August 2010): France, Italy, the Netherlands, Saint Kitts and Nevis, Turkiye and Liberia"
for a in ["France", "Italy", "Netherlands", "Saint Kitts and Nevis", "Türkiye"]:
    R(d, a, "signed", HKC, None, QSIG)
RL(d, ["Italy", "Saint Kitts and Nevis"], NOTRATIFIED, HKC, None, "Italy and Saint Kitts and Nevis have yet to ratify.", negated=True)
R(d, ["Marine Environment Protection Committee", "MEPC", "IMO"], ADOPTED, IHM, "2022-12",
  "were adopted by the Marine Environment Protection Committee at its 79th session (MEPC 79) last December", required=False)

# ===================== 02 (ICAO Air Law Treaty Update 4/2019, Montreal, 2 December 2019; Markdown) =====================
d = "02.md"
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montreal Protocol 2014", "MP14"])
BC10 = ("Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation", ["Beijing Convention", "Beijing Convention 2010"])
BP10 = ("Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", ["Beijing Protocol", "Beijing Protocol 2010"])
MC99 = ("Convention for the Unification of Certain Rules for International Carriage by Air (Montreal, 1999)", ["Montreal Convention 1999", "Montreal Convention", "MC99"])
A4027 = ("Resolution A40-27", ["Promotion of the ratification of international air law instruments", "A40-27"])
A4011 = ("Resolution A40-11", ["A40-11", "Resolution A40-11 on the Global Aviation Security Plan"])
ASSEMBLY = ["ICAO Assembly", "Assembly", "40th Session of the ICAO Assembly", "ICAO"]
# Nigeria's name before the bold title: the table row is the cleanest quote.
R(d, "Nigeria", RATIFIED, MP14, "2019-11-26", "Nigeria | Ratification | 26 November 2019", alt=["Nigeria deposited its instrument of ratification of the"])
# "becoming the twenty-second State" and entry into force on 1 January 2020: nothing further.
R(d, "Saudi Arabia", RATIFIED, MP14, "2019-09-09", "Saudi Arabia | Ratification | 9 September 2019")
R(d, "Paraguay", RATIFIED, MP14, "2019-09-24", "Paraguay | Ratification | 24 September 2019")
R(d, "Madagascar", ACCEDED, MP14, "2019-10-07", "Madagascar | Accession | 7 October 2019")
R(d, "Canada", "signed", MP14, "2014-04-04", "Canada, which signed MP14 in Montreal on 4 April 2014")
R(d, "Canada", NOTRATIFIED, MP14, None, "has not yet deposited an instrument of ratification", negated=True)
R(d, "United States", NOTBOUND, MP14, None, "it is not considering becoming a party to MP14 at this time", negated=True)
QKOR = "On 10 October 2019 the Republic of Korea acceded to both instruments"
R(d, "Republic of Korea", ACCEDED, BC10, "2019-10-10", QKOR)
R(d, "Republic of Korea", ACCEDED, BP10, "2019-10-10", QKOR)
R(d, "Chile", RATIFIED, BP10, "2019-10-30", "Chile's ratification of the Beijing Protocol followed on 30 October 2019")
# Guinea: National Assembly approval is domestic; the instrument has not been deposited (negated, optional).
R(d, "Guinea", NOTBOUND, BC10, None, "the instrument has not reached the depositary", negated=True, required=False)
R(d, "Türkiye", "signed", BP10, "2012-03-21", "Turkiye signed the Beijing Protocol on 21 March 2012")
R(d, "Türkiye", NOTRATIFIED, BP10, None, "remains a signatory only", negated=True)
R(d, "Sudan", ACCEDED, MC99, "2019-10-15", "acceded to the Convention for the Unification of Certain Rules for International Carriage by Air (Montreal, 1999) on 15 October 2019")
R(d, "Thailand", PARTY, MC99, "2017", "a party since 2017")
# Thailand's withdrawal of its reservation: nothing.
R(d, "Bolivia", RATIFIED, MC99, "2019-11-04", "lodged its instrument of ratification on 4 November 2019")
R(d, ASSEMBLY, ADOPTED, A4027, "2019", "The 40th Session of the ICAO Assembly (Montreal, 24 September to 4 October 2019) adopted Resolution A40-27")
QURG = "urges all Member States that have not yet done so to become parties to the Beijing Convention, the Beijing Protocol and MP14 as soon as possible"
for inst in (BC10, BP10, MP14):
    R(d, ASSEMBLY, "called-for", inst, "2019", QURG)
R(d, ["African Civil Aviation Commission", "AFCAC", "Ghana"], "called-for", MP14, "2019",
  "calls on its member States to ratify the Montreal Protocol 2014 before the end of 2020")
R(d, "Ghana", RATIFIED, MP14, "2018", "Ghana itself ratified MP14 in 2018.")
R(d, ASSEMBLY, ADOPTED, A4011, "2019", "The Assembly also adopted Resolution A40-11 on the Global Aviation Security Plan by consensus")
# Depositary address and State letters: nothing.

# ===================== 03 (OPCW news page, The Hague, 22 October 2018; HTML) =====================
d = "03.html"
D = "2018-10-22"
CWC = ("Chemical Weapons Convention", ["CWC", "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction"])
DEC3 = ("Addressing the Threat from Chemical Weapons Use", ["C-SS-4/DEC.3", "decision C-SS-4/DEC.3"])
R(d, "South Sudan", ACCEDED, CWC, "2018-10-20", "The Republic of South Sudan deposited its instrument of accession to the Chemical Weapons Convention with the Secretary-General of the United Nations on 20 October 2018")
# "making it the 193rd State Party" is the same event; entry into force for South Sudan on 19 November 2018: nothing.
# The Director-General "welcomed the accession": nothing.
R(d, ["OPCW Director-General", "Director-General of the OPCW", "OPCW", "Fernando Arias"], "called-for", CWC, D,
  "I call upon the three remaining States not party to the Convention to join without further delay")
R(d, "Israel", "signed", CWC, "1993-01-13", "Israel signed the Convention on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "but has not ratified it", negated=True, alt=["Israel (signed, not ratified)"])
QNS = "Egypt and the DPRK have neither signed nor acceded to the Convention"
RL(d, ["Egypt", "Democratic People's Republic of Korea"], "signed", CWC, None, QNS, negated=True)
RL(d, ["Egypt", "Democratic People's Republic of Korea"], NOTBOUND, CWC, None, QNS, negated=True)
R(d, "Angola", ACCEDED, CWC, "2015-09", "Angola, which acceded in September 2015")
R(d, "Myanmar", RATIFIED, CWC, "2015-07-08", "Myanmar, which ratified the Convention on 8 July 2015")
R(d, "State of Palestine", ACCEDED, CWC, "2018-05", "the State of Palestine, which acceded in May 2018")
# The implementation workshop in Juba, the OPCW seat, the opening for signature, entry into force and depositary: nothing.
R(d, ["Conference of the States Parties", "OPCW Conference of the States Parties", "OPCW"], ADOPTED, DEC3, "2018-06-27",
  "the Conference of the States Parties adopted decision C-SS-4/DEC.3")
R(d, "United Kingdom", ["co-sponsored", "supported"], DEC3, None, "The draft was tabled by the United Kingdom")
RL(d, ["France", "Germany", "Canada", "Australia"], ["co-sponsored", "supported"], DEC3, None, "co-sponsored by France, Germany, Canada and Australia")
RL(d, ["Russian Federation", "Iran", "China", "Syria"], "supported", DEC3, "2018-06-27",
   "The Russian Federation, the Islamic Republic of Iran, China and the Syrian Arab Republic voted against the decision", negated=True)

# ===================== 04 (IAEA press release PR 2022/14, Vienna, 28 March 2022) =====================
d = "04.txt"
D = "2022-03-28"
ACPPNM = ("Amendment to the Convention on the Physical Protection of Nuclear Material", ["A/CPPNM", "Amendment to the CPPNM", "2005 Amendment to the CPPNM"])
CPPNM = ("Convention on the Physical Protection of Nuclear Material", ["CPPNM"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
CSC = ("Convention on Supplementary Compensation for Nuclear Damage", ["CSC"])
VC97 = ("1997 Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage", ["1997 Protocol to Amend the Vienna Convention", "Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage"])
IAEADG = ["IAEA Director General", "Director General of the IAEA", "IAEA", "Rafael Mariano Grossi"]
# The Conference, its chair (Germany), the venue and entry into force on 8 May 2016: nothing.
QDG = "He called on all States that have not yet done so to adhere to the A/CPPNM and to the Convention itself"
R(d, IAEADG, "called-for", ACPPNM, D, QDG)
R(d, IAEADG, "called-for", CPPNM, D, QDG)
R(d, "Mozambique", ACCEDED, ACPPNM, "2021-04-14", "Mozambique (accession, 14 April 2021)")
R(d, "Cabo Verde", ACCEDED, ACPPNM, "2021-09-09", "Cabo Verde (accession, 9 September 2021)")
R(d, "Sri Lanka", ACCEPTED, ACPPNM, "2021-11-02", "Sri Lanka (acceptance, 2 November 2021)")
R(d, "Zambia", RATIFIED, ACPPNM, "2022-01-20", "Zambia (ratification, 20 January 2022)")
R(d, "Uzbekistan", ACCEDED, ACPPNM, "2022-02-07", "Uzbekistan (accession, 7 February 2022)")
# Sri Lanka's Cabinet decision: domestic, nothing.
R(d, "Sri Lanka", NOTBOUND, ICSANT, None, "it also intends to accede to the International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT)", negated=True)
R(d, "Thailand", PARTY, CPPNM, "2018", "Thailand, which became party to the CPPNM in 2018")
R(d, "Thailand", NOTBOUND, ACPPNM, None, "it expects to deposit its instrument of acceptance of the Amendment", negated=True)
QIR = "Iran has neither signed nor acceded to the CPPNM"
R(d, "Iran", "signed", CPPNM, None, QIR, negated=True)
R(d, "Iran", NOTBOUND, CPPNM, None, QIR, negated=True)
R(d, "Egypt", "signed", CPPNM, "1992", "Egypt, which signed the Convention in 1992")
R(d, "Egypt", NOTRATIFIED, CPPNM, None, "has not ratified it", negated=True)
R(d, "Brazil", PARTY, CPPNM, None, "Brazil is a party to the CPPNM")
R(d, "Brazil", NOTBOUND, ACPPNM, None, "but has not adhered to the Amendment", negated=True)
# The joint statement: Canada and the five named among the 44; the 44 as such are unnamed. Its date is not stated.
QJS = "the signatories urged \"universal adherence to the CPPNM and its Amendment as a matter of priority\""
for a in ["Canada", "Australia", "Japan", "Mexico", "Norway", "Republic of Korea"]:
    R(d, a, "called-for", CPPNM, None, QJS)
    R(d, a, "called-for", ACPPNM, None, QJS)
QEU = "itself a party to both the Convention and the Amendment"
R(d, "European Union", PARTY, CPPNM, None, QEU)
R(d, "European Union", PARTY, ACPPNM, None, QEU)
# "all 27 EU Member States are parties": unnamed. "encouraged States to join the global nuclear liability regime": a regime, nothing.
R(d, "India", RATIFIED, CSC, "2016-02", "India ratified the Convention on Supplementary Compensation for Nuclear Damage (CSC) in February 2016")
R(d, "Ghana", "signed", CSC, "2013-10-07", "Ghana signed the CSC on 7 October 2013")
R(d, "Ghana", NOTRATIFIED, CSC, None, "Ghana has yet to ratify it.", negated=True)
RL(d, ["Kazakhstan", "United Arab Emirates"], RATIFIED, VC97, None,
   "The 1997 Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage was ratified by Kazakhstan and the United Arab Emirates")
R(d, "Kazakhstan", ACCEDED, CSC, "2015", "Kazakhstan also acceded to the CSC in 2015")
R(d, ["Conference of the States Parties to the CPPNM", "conference of the States Parties", "IAEA"], ADOPTED, ACPPNM, "2005-07-08",
  "The Amendment was adopted on 8 July 2005 by a conference of the States Parties convened by the IAEA", required=False)

# ===================== 05 (WIPO treaty notifications, monthly summary for November 2025, issued 4 December 2025) =====================
d = "05.txt"
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", ["GRATK Treaty", "GRATK"])
MVT = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty", "MVT"])
DLT = ("Riyadh Design Law Treaty", ["DLT", "Design Law Treaty"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty", "BTAP"])
NICE = ("Nice Agreement Concerning the International Classification of Goods and Services for the Purposes of the Registration of Marks", ["Nice Agreement"])
# The Director General acts as depositary throughout: nothing for him except his call.
R(d, "Malawi", RATIFIED, GRATK, "2025-11-03", "The Government of the Republic of Malawi deposited, on 3 November 2025, its instrument of ratification of the GRATK Treaty")
R(d, "Paraguay", ACCEDED, GRATK, "2025-11-18", "Paraguay deposited its instrument of accession on 18 November 2025")
R(d, ["Diplomatic Conference", "WIPO Diplomatic Conference", "WIPO"], ADOPTED, GRATK, "2024-05-24",
  "The Treaty was adopted by the Diplomatic Conference in Geneva on 24 May 2024")
QGS = "signed on the closing day by 30 States, among them Brazil, Burkina Faso, Chile, Colombia, Ghana, Indonesia, Morocco, Namibia, South Africa and Uruguay"
RL(d, ["Brazil", "Burkina Faso", "Chile", "Colombia", "Ghana", "Indonesia", "Morocco", "Namibia", "South Africa", "Uruguay"],
   "signed", GRATK, "2024-05-24", QGS)
# Entry-into-force condition and "with Malawi's ratification and Paraguay's accession the count stands at nine": same events.
R(d, ["WIPO Director General", "Director General of WIPO", "WIPO"], "called-for", GRATK, "2025-07",
  "the Director General called on \"every Member State to ratify the GRATK Treaty, so that it can enter into force before the end of 2026\"")
R(d, "Colombia", NOTRATIFIED, GRATK, None, "it expects to ratify the Treaty once its Constitutional Court completes its review", negated=True)
R(d, "Bhutan", ACCEDED, MVT, "2025-11-12", "Accession: Bhutan, 12 November 2025")
R(d, "Lesotho", RATIFIED, MVT, "2025-11-21", "Ratification: Lesotho, 21 November 2025")
# Lesotho's declaration under Article 4(4): nothing.
R(d, "European Union", RATIFIED, MVT, "2018-10-01", "the European Union, which ratified it on behalf of its Member States on 1 October 2018")
R(d, "Tonga", ACCEDED, MVT, "2025-10-30", "the accession of Tonga to the Marrakesh Treaty", alt=["The correct date is 30 October 2025."])
R(d, "Kenya", "signed", DLT, "2025-11-20", "Kenya signed the Riyadh Design Law Treaty at WIPO headquarters on 20 November 2025")
R(d, "Jordan", "signed", DLT, "2025-11-27", "The Treaty was also signed on 27 November 2025 by Ambassador Amal Haddad of Jordan")
# "No State has yet ratified the DLT": unnamed. Saudi Arabia hosted the Diplomatic Conference (host: nothing) and signed.
QSA = "Saudi Arabia, which hosted the Diplomatic Conference in November 2024, has signed but not ratified the Treaty"
R(d, "Saudi Arabia", "signed", DLT, None, QSA)
R(d, "Saudi Arabia", NOTRATIFIED, DLT, None, QSA, negated=True)
R(d, "Côte d'Ivoire", RATIFIED, BTAP, "2025-11-06", "Ratification: Cote d'Ivoire, 6 November 2025")
R(d, "Suriname", NOTBOUND, NICE, None, "The Government of Suriname notified its denunciation of the Nice Agreement", negated=True)

# ===================== 06 (UNIDROIT News 1/2024, Rome, 15 April 2024) =====================
d = "06.txt"
LUX = ("Luxembourg Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Railway Rolling Stock", ["Luxembourg Rail Protocol", "Rail Protocol"])
MAC = ("Protocol to the Convention on International Interests in Mobile Equipment on Matters Specific to Mining, Agricultural and Construction Equipment", ["MAC Protocol"])
CTC = ("Convention on International Interests in Mobile Equipment", ["Cape Town Convention"])
AIRP = ("Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Aircraft Equipment", ["Aircraft Protocol", "Cape Town Aircraft Protocol"])
SPACE = ("Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Space Assets", ["Space Protocol", "Berlin Space Protocol"])
DAPL = ("UNIDROIT Principles on Digital Assets and Private Law", ["Principles on Digital Assets and Private Law"])
# Entry into force on 8 March 2024 and the Registry (Regulis, Luxembourg): nothing.
QLUX = "The Protocol's Contracting Parties are Gabon, Luxembourg, Paraguay, Spain and Sweden, together with the European Union"
RL(d, ["Gabon", "Luxembourg", "European Union"], PARTY, LUX, None, QLUX)
RL(d, ["Paraguay", "Spain", "Sweden"], PARTY, LUX, None, QLUX, required=False)
R(d, "Spain", RATIFIED, LUX, "2023-11-16", "Spain's ratification, deposited on 16 November 2023")
R(d, "Sweden", RATIFIED, LUX, "2015", "Sweden ratified in 2015")
R(d, "Paraguay", ACCEDED, LUX, "2022-03", "Paraguay's accession to the Protocol dates from March 2022")
QNR = "Several signatory States have yet to ratify the Protocol, among them France, Germany, Italy, Mozambique, Switzerland and the United Kingdom"
SIGS = ["France", "Germany", "Italy", "Mozambique", "Switzerland", "United Kingdom"]
for a in SIGS:
    R(d, a, NOTRATIFIED, LUX, None, QNR, negated=True, alt=(["Germany plans to ratify in 2025"] if a == "Germany" else None))
    R(d, a, "signed", LUX, None, QNR, required=False)
R(d, ["Diplomatic Conference", "UNIDROIT"], ADOPTED, MAC, "2019-11-22", "was adopted at the diplomatic Conference held in Pretoria on 22 November 2019", required=False)
RL(d, ["Congo", "Gambia", "Ghana", "Nigeria", "Paraguay"], "signed", MAC, "2019-11-22",
   "it was signed by the Republic of the Congo, the Gambia, Ghana, Nigeria and Paraguay")
R(d, "United States", "signed", MAC, "2023-03-13", "The United States of America signed it on 13 March 2023")
R(d, "Ghana", RATIFIED, MAC, "2024-02-02", "On 2 February 2024, Ghana deposited the first instrument of ratification")
# "congratulated Ghana": nothing. The call itself carries no date of its own.
R(d, ["UNIDROIT Secretary-General", "UNIDROIT", "Ignacio Tirado"], "called-for", MAC, None,
  "called on \"all States with an interest in the financing of productive equipment to ratify the MAC Protocol\"")
R(d, ["African Union Commission", "AU Commission", "African Union"], "called-for", MAC, "2024-03-20",
  "the African Union Commission, in a letter to AU Member States dated 20 March 2024, urged them to sign and ratify the Protocol")
QBH = "Bahrain acceded to the Convention on International Interests in Mobile Equipment and to its Protocol on Matters specific to Aircraft Equipment on 2 March 2024"
R(d, "Bahrain", ACCEDED, CTC, "2024-03-02", QBH)
R(d, "Bahrain", ACCEDED, AIRP, "2024-03-02", QBH)
R(d, "Bolivia", ACCEDED, CTC, None, "Bolivia acceded to the Convention only")
R(d, "Bolivia", NOTBOUND, AIRP, None, "its accession to the Aircraft Protocol is expected to follow", negated=True)
# The Philippines' Article 39 declaration: nothing; its status since 2004 is not tied to a named instrument in that sentence.
R(d, "Philippines", PARTY, CTC, "2004", "its status as a Contracting State since 2004", required=False)
# "has not yet been ratified by any State": unnamed.
RL(d, ["Burkina Faso", "Germany", "Saudi Arabia", "Zimbabwe"], "signed", SPACE, None,
   "it has been signed by Burkina Faso, Germany, Saudi Arabia and Zimbabwe")
# The Governing Council "will consider" the draft Guide: future, nothing.
R(d, ["UNIDROIT Governing Council", "Governing Council", "UNIDROIT"], ADOPTED, DAPL, "2023-05",
  "the Governing Council adopted the UNIDROIT Principles on Digital Assets and Private Law")
# The Madrid workshop hosted by Spain and the depositary note: nothing.

# ===================== 07 (HCCH news item, The Hague, 30 August 2022; Markdown) =====================
d = "07.md"
JUDG = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", ["2019 Judgments Convention", "Judgments Convention", "HCCH 2019 Judgments Convention"])
APOS = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention"])
CS07 = ("Convention on the International Recovery of Child Support and Other Forms of Family Maintenance", ["2007 Child Support Convention", "Child Support Convention"])
ABD = ("Convention on the Civil Aspects of International Child Abduction", ["1980 Child Abduction Convention", "Child Abduction Convention"])
STAT = ("Statute of the Hague Conference on Private International Law", ["Statute of the HCCH", "HCCH Statute"])
# The actors' names are in bold just before the verbs: quotes start after the emphasis. "Yesterday" = 29 August 2022.
R(d, "European Union", ACCEPTED, JUDG, "2022-08-29", "deposited its instrument of approval of", alt=["The EU's approval binds all its Member States except Denmark"])
R(d, "Ukraine", RATIFIED, JUDG, "2022-08-29", "deposited its instrument of ratification. The instruments were deposited with the Ministry of Foreign Affairs of the Kingdom of the Netherlands")
# The Netherlands' ministry as depositary, entry into force on 1 September 2023: nothing.
R(d, "Denmark", NOTBOUND, JUDG, None, "The Danish Government has stated that it will examine separately whether Denmark should become a party", negated=True)
R(d, ["HCCH", "Hague Conference on Private International Law", "Twenty-Second Diplomatic Session of the HCCH"], ADOPTED, JUDG, "2019-07-02",
  "The Convention was adopted by the Twenty-Second Diplomatic Session of the HCCH on 2 July 2019")
for a, dt, q in [("Uruguay", "2019-07-02", "Uruguay | 2 July 2019"), ("Ukraine", "2020-03-04", "Ukraine | 4 March 2020"),
                 ("Israel", "2021-09-03", "Israel | 3 September 2021"), ("Costa Rica", "2021-11-16", "Costa Rica | 16 November 2021"),
                 ("Russian Federation", "2021-11-17", "Russian Federation | 17 November 2021"),
                 ("United States", "2022-03-02", "United States of America | 2 March 2022")]:
    R(d, a, "signed", JUDG, dt, q)
RL(d, ["Uruguay", "Israel", "Costa Rica", "Russian Federation", "United States"], NOTRATIFIED, JUDG, None,
   "None of the signatories, save Ukraine, has yet ratified the Convention.", negated=True)
# "Today's deposits" dates the Secretary General's call to the deposit day, 29 August 2022.
R(d, ["HCCH Secretary General", "Secretary General of the HCCH", "HCCH", "Christophe Bernasconi"], "called-for", JUDG, "2022-08-29",
  "I encourage all States and Regional Economic Integration Organisations to consider joining the Judgments Convention")
# The 2005 Choice of Court Convention is only mentioned; the Permanent Bureau's assistance: nothing.
R(d, "Rwanda", ACCEDED, APOS, "2022-07-05", "Rwanda acceded on 5 July 2022")
R(d, "Indonesia", ACCEDED, APOS, "2021-01-05", "following its accession of 5 January 2021")
R(d, "Canada", NOTBOUND, APOS, None, "Canada has announced that it intends to accede", negated=True)
R(d, "Brazil", RATIFIED, CS07, "2017", "Brazil, which ratified the Convention in 2017")
# Brazil hosting the regional meeting: nothing.
R(d, "Philippines", "signed", CS07, None, "The Philippines has not signed the Convention", negated=True)
R(d, "Philippines", NOTBOUND, CS07, None, "told the meeting it is studying accession", negated=True)
R(d, "Japan", NOTBOUND, CS07, None, "it is not considering becoming a party for the time being", negated=True)
R(d, "Cabo Verde", ACCEDED, ABD, "2022-05-04", "Cabo Verde deposited an instrument of accession on 4 May 2022")
R(d, "Bangladesh", ACCEPTED, STAT, "2022-05-25", "Bangladesh became the 91st Member of the HCCH on 25 May 2022 by accepting the Statute of the Hague Conference")

# ===================== 08 (Council of Europe Treaty Office, summary of treaty actions, March 2021; Strasbourg, 6 April 2021) =====================
d = "08.txt"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
P108 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108+", "CETS No. 223"])
NIC = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "CETS No. 221"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108", "ETS No. 108"])
R(d, "Türkiye", NOTBOUND, IST, None, "Denunciation ..... Turkey ............ 22 March 2021", negated=True,
  alt=["the announcement of Turkey's withdrawal"])
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "Turkey was the first State to ratify the Convention, on 14 March 2012")
# The Presidential Decision: domestic, nothing.
R(d, "Andorra", "signed", P108, "2021-03-03", "Signature ........ Andorra ........... 3 March 2021")
R(d, "Croatia", RATIFIED, P108, "2021-03-09", "Ratification ..... Croatia ........... 9 March 2021")
R(d, "Estonia", RATIFIED, P108, "2021-03-17", "Ratification ..... Estonia ........... 17 March 2021")
R(d, "Cyprus", RATIFIED, P108, "2021-03-29", "Ratification ..... Cyprus ............ 29 March 2021")
# Signature without reservation as to ratification = consent to be bound (footnote 1).
R(d, "Malta", ["signed", "party", "ratified"], P108, "2021-03-25", "Malta signed without reservation as to ratification, acceptance or approval on 25 March 2021")
R(d, "Armenia", "signed", NIC, "2021-03-11", "Signature ........ Armenia ........... 11 March 2021")
R(d, "Hungary", RATIFIED, NIC, "2021-03-23", "Ratification ..... Hungary ........... 23 March 2021")
RL(d, ["Cyprus", "Mexico", "Latvia"], RATIFIED, NIC, None, "Cyprus, Mexico, Latvia and Hungary have now ratified")
R(d, "Burkina Faso", ACCEDED, C108, "2021-03-15", "Accession ........ Burkina Faso ...... 15 March 2021")
# Germany's withdrawal of a declaration and Protocol No. 16's entry into force for Luxembourg: nothing.
R(d, ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Council of Europe", "Marija Pejcinovic Buric"],
  "called-for", IST, "2021-03-21", "called on all member States that have not yet done so to ratify the Istanbul Convention")
# The Committee of Ministers' Declaration is unnamed ("a Declaration"): its adoption gives nothing; its invitation to consider ratification is a call.
R(d, ["Committee of Ministers", "Council of Europe Committee of Ministers", "Council of Europe"], "called-for", IST, "2021-03-24",
  "invited member States to \"consider ratification, if they have not done so\"")
QSNR = ("Among the member States that signed but have not ratified the Istanbul Convention are Armenia, Bulgaria, Czech Republic, "
        "Hungary, Latvia, Liechtenstein, Lithuania, Republic of Moldova, Slovak Republic, Ukraine and the United Kingdom")
for a in ["Armenia", "Bulgaria", "Czechia", "Hungary", "Latvia", "Liechtenstein", "Lithuania", "Republic of Moldova", "Slovakia", "Ukraine", "United Kingdom"]:
    R(d, a, "signed", IST, None, QSNR)
    R(d, a, NOTRATIFIED, IST, None, QSNR, negated=True, alt=(["Ukraine intends to ratify the Convention"] if a == "Ukraine" else None))
RL(d, ["Russian Federation", "Azerbaijan"], "signed", IST, None, "Russia and Azerbaijan have not signed it.", negated=True)
# The draft law before the Verkhovna Rada: domestic.

# ===================== 09 (Treaty Actions monthly bulletin No. 2019-11, issued November 20, 2019) =====================
d = "09.txt"
PARIS = ("Paris Agreement", ["Paris Agreement under the United Nations Framework Convention on Climate Change"])
KIG = ("Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", ["Kigali Amendment", "Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
MIN = ("Minamata Convention on Mercury", ["Minamata Convention"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
ATT = ("Arms Trade Treaty", ["ATT"])
BWM = ("International Convention for the Control and Management of Ships' Ballast Water and Sediments", ["Ballast Water Management Convention", "BWM Convention"])
MNG = ("Agreement between the Government of the United States of America and the Government of Mongolia regarding the Third Country Transit of Defense Articles",
       ["Agreement regarding the Third Country Transit of Defense Articles", "US-Mongolia Agreement on Third Country Transit of Defense Articles"])
KOS = ("Agreement on Air Transport between the United States of America and the Republic of Kosovo", ["US-Kosovo Air Transport Agreement", "Air Transport Agreement"])
# Dates of conclusion ("Done at ...") and entry into force of each treaty: nothing.
R(d, "United States", NOTBOUND, PARIS, None, "Notification of withdrawal: United States, November 4, 2019.", negated=True)
R(d, "United States", "signed", PARIS, "2016-04-22", "The United States signed the Agreement on April 22, 2016")
R(d, "United States", ACCEPTED, PARIS, "2016-09-03", "and accepted it on September 3, 2016")
# Angola's "Ratification ... [sic]" entry is withdrawn by the Corrigenda: Angola has signed, not ratified.
QANG = "Angola has signed but not yet ratified the Agreement"
R(d, "Angola", "signed", PARIS, None, QANG)
R(d, "Angola", NOTRATIFIED, PARIS, None, QANG, negated=True)
for a, act, dt, q in [("Bhutan", RATIFIED, "2019-10-17", "Bhutan, October 17, 2019"), ("Eswatini", RATIFIED, "2019-10-30", "Eswatini, October 30, 2019"),
                      ("Jordan", RATIFIED, "2019-11-04", "Jordan, November 4, 2019"), ("Belgium", ACCEPTED, "2019-10-24", "Belgium, October 24, 2019"),
                      ("Monaco", ACCEPTED, "2019-11-08", "Monaco, November 8, 2019"), ("Czechia", ACCEPTED, "2019-10-21", "Approval: Czech Republic, October 21, 2019")]:
    R(d, a, act, KIG, dt, q)
R(d, "Kyrgyzstan", ACCEDED, MIN, "2019-10-29", "Accession: Kyrgyz Republic, October 29, 2019.")
R(d, "United Republic of Tanzania", RATIFIED, MIN, "2019-11-12", "Ratification: Tanzania, November 12, 2019")
# Tanzania's declaration under Article 30(5): nothing.
R(d, "Ecuador", ACCEDED, PSMA, "2019-10-22", "Accession: Ecuador, October 22, 2019.")
R(d, "Belize", ACCEPTED, PSMA, "2019-11-01", "Approval: Belize, November 1, 2019.")
R(d, "United States", NOTBOUND, ATT, None, "Communication that it does not intend to become a party: United States", negated=True)
R(d, "United States", "signed", ATT, "2013-09-25", "The United States signed the Treaty on September 25, 2013")
# Never submitted to the Senate: domestic.
R(d, "Botswana", ACCEDED, ATT, "2019-11-07", "Accession: Botswana, November 7, 2019.")
R(d, "Colombia", ACCEDED, BWM, "2019-11-05", "Accession: Colombia, November 5, 2019.")
RL(d, ["United States", "Mongolia"], "signed", MNG, "2019-10-28", "Signed at Washington October 28, 2019")
# Initialed, not signed: negated signatures (optional).
RL(d, ["United States", "Kosovo"], "signed", KOS, None, "Not yet signed.", negated=True, required=False)

# ===================== 10 (IMO "What's New" page, 23 October 2019; HTML) =====================
d = "10.html"
TD = ("Torremolinos Declaration on the Cape Town Agreement and Illegal, Unreported and Unregulated (IUU) Fishing", ["Torremolinos Declaration"])
CTA = ("Cape Town Agreement of 2012 on the Implementation of the Provisions of the 1993 Protocol relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977",
       ["Cape Town Agreement", "2012 Cape Town Agreement", "Cape Town Agreement of 2012"])
STCWF = ("International Convention on Standards of Training, Certification and Watchkeeping for Fishing Vessel Personnel, 1995", ["STCW-F", "STCW-F Convention"])
PSMA = ("Agreement on Port State Measures", ["PSMA", "Port State Measures Agreement"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["ILO Work in Fishing Convention", "C188", "Convention No. 188"])
# The 48 signatories' "determination to ratify" belongs to the unnamed 48 and is not restated for the named ones: nothing.
# The conference venue (Torremolinos), co-organizers (IMO, Spain) and The Pew Charitable Trusts: nothing.
QTD = ("The signatories include Spain, Argentina, Bangladesh, Brazil, Egypt, Ghana, Indonesia, Kenya, Mexico, Peru, Portugal, Sri Lanka, "
       "Thailand and Uruguay, as well as the Cook Islands, Denmark, France and Norway")
RL(d, ["Spain", "Argentina", "Bangladesh", "Brazil", "Egypt", "Ghana", "Indonesia", "Kenya", "Mexico", "Peru", "Portugal", "Sri Lanka",
       "Thailand", "Uruguay", "Cook Islands", "Denmark", "France", "Norway"], SIGNED_DECL, TD, "2019-10-21", QTD)
RL(d, ["Cook Islands", "Denmark", "France", "Norway"], PARTY, CTA, None, "which are already Contracting States to the Cape Town Agreement")
R(d, "Peru", NOTBOUND, CTA, None, "Peru was not yet in a position to set a date for accession to the Agreement", negated=True)
R(d, "Japan", SIGNED_DECL, TD, None, "did not sign the Declaration", negated=True)
# The quote stops at the entity-wrapped addressees; no date is given for the call.
R(d, IMOSG, "called-for", CTA, None, "IMO Secretary-General Kitack Lim urged")
R(d, "Sao Tome and Principe", ACCEDED, CTA, "2019-10", "Sao Tome and Principe deposited its instrument of accession to the Cape Town Agreement")
R(d, "Cook Islands", RATIFIED, STCWF, "2019-10",
  "the Cook Islands ratified the International Convention on Standards of Training, Certification and Watchkeeping for Fishing Vessel Personnel, 1995 (STCW-F)")
# "The number of Contracting States now stands at 13": unnamed; entry-into-force conditions: nothing.
R(d, ["Food and Agriculture Organization", "FAO"], "called-for", PSMA, "2019-10", "used the conference to call for wider adherence to the Agreement on Port State Measures (PSMA)")
R(d, ["Food and Agriculture Organization", "FAO"], ADOPTED, PSMA, "2009", "which it adopted in 2009", required=False)
R(d, "Argentina", RATIFIED, C188, "2011", "it ratified the ILO Work in Fishing Convention, 2007 (No. 188) in 2011")
R(d, "Argentina", NOTRATIFIED, CTA, None, "would now move quickly on the Cape Town Agreement", negated=True, required=False)
R(d, ["IMO diplomatic conference", "IMO"], ADOPTED, CTA, "2012-10-11", "was adopted by an IMO diplomatic conference in Cape Town, South Africa, on 11 October 2012", required=False)

# ===================== 11 (CTBTO Preparatory Commission press release PR/2023/21, Vienna, 6 November 2023) =====================
d = "11.txt"
D = "2023-11-06"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R7794 = ("General Assembly resolution 77/94", ["resolution 77/94", "Comprehensive Nuclear-Test-Ban Treaty resolution 77/94"])
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "the decision of the Russian Federation to revoke its ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT)", negated=True)
# The Duma's law and the President's signature are domestic.
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06-30", "The Russian Federation had ratified the Treaty on 30 June 2000")
R(d, "Russian Federation", "signed", CTBT, "1996-09-24", "had signed it on the day it opened for signature, 24 September 1996",
  alt=["Russia \"remains a signatory State\""])
# Hosting IMS facilities: implementation, nothing.
R(d, ["CTBTO Executive Secretary", "Executive Secretary of the CTBTO", "CTBTO", "Robert Floyd", "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"],
  "called-for", CTBT, D, "I call on all States that have not yet done so, and in particular the remaining Annex 2 States, to sign and ratify the Treaty without further delay")
# "177 States have ratified ... 187 have signed": unnamed.
R(d, "Sri Lanka", RATIFIED, CTBT, "2023-08", "Sri Lanka, which ratified in August")
R(d, "Papua New Guinea", RATIFIED, CTBT, "2023-03", "Papua New Guinea, which ratified in March")
R(d, "Solomon Islands", "signed", CTBT, "1996-10-03", "Solomon Islands signed the Treaty on 3 October 1996")
R(d, "Solomon Islands", NOTRATIFIED, CTBT, None, "but has not ratified it", negated=True)
Q5 = "five have signed but not ratified: China, Egypt, the Islamic Republic of Iran, Israel and the United States"
for a in ["China", "Egypt", "Iran", "Israel", "United States"]:
    R(d, a, "signed", CTBT, None, Q5)
    R(d, a, NOTRATIFIED, CTBT, None, Q5, negated=True)
Q3 = "three have neither signed nor ratified: the Democratic People's Republic of Korea, India and Pakistan"
for a in ["Democratic People's Republic of Korea", "India", "Pakistan"]:
    R(d, a, "signed", CTBT, None, Q3, negated=True)
    R(d, a, NOTRATIFIED, CTBT, None, Q3, negated=True)
# The Joint Ministerial Statement's adoption is not recorded; the Friends' call is.
RL(d, ["Australia", "Canada", "Finland", "Germany", "Japan", "Netherlands"], "called-for", CTBT, "2023-09-21",
   "call upon all States that have not yet done so to sign and ratify the Treaty")
R(d, GA, ADOPTED, R7794, "2022-12", "the UN General Assembly adopted resolution 77/94")
R(d, "Democratic People's Republic of Korea", "supported", R7794, "2022-12", "The Democratic People's Republic of Korea voted against", negated=True)
RL(d, ["India", "Mauritius", "Syria"], "supported", R7794, "2022-12", "India, Mauritius and the Syrian Arab Republic were among those abstaining", negated=True)
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", R7794, None, "led by Australia, Mexico and New Zealand")
R(d, GA, ADOPTED, CTBT, "1996-09-10", "The CTBT was adopted by the UN General Assembly on 10 September 1996")
# Depositary, Preparatory Commission's verification work: nothing.

# ===================== 12 (BRS Newsletter 2019/4, Geneva, 16 December 2019) =====================
d = "12.txt"
BAN = ("Ban Amendment to the Basel Convention", ["Basel Ban Amendment", "Ban Amendment", "decision III/1"])
BASEL = ("Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal", ["Basel Convention"])
PWA = ("Plastic Waste Amendments to the Basel Convention", ["Plastic Waste Amendments", "decision BC-14/12", "BC-14/12"])
ROT = ("Rotterdam Convention", ["Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade"])
POPS = ("Stockholm Convention", ["Stockholm Convention on Persistent Organic Pollutants"])
PFOA = ("Amendment to the Stockholm Convention listing PFOA", ["PFOA amendment", "Amendment listing PFOA"])
BRSES = ["BRS Executive Secretary", "Executive Secretary of the Basel, Rotterdam and Stockholm Conventions", "Rolph Payet", "BRS Secretariat"]
# Entry into force on 5 December 2019 and the UN Secretary-General as depositary: nothing.
R(d, "Croatia", RATIFIED, BAN, "2019-09-06", "when Croatia deposited its instrument of ratification")
R(d, "Guyana", ACCEPTED, BAN, "2019-07-08", "Guyana (acceptance, 8 July 2019)")
R(d, "Saint Kitts and Nevis", RATIFIED, BAN, "2019-08-12", "Saint Kitts and Nevis (ratification, 12 August 2019)")
R(d, "Norway", RATIFIED, BAN, "1997", "Norway, which ratified it in 1997")
R(d, "China", ACCEPTED, BAN, "2001", "China, which accepted it in 2001")
R(d, "European Union", ACCEPTED, BAN, "1997", "The European Union approved the amendment as long ago as 1997")
# The Waste Shipment Regulation: legislation, nothing.
RL(d, ["Canada", "Japan", "Republic of Korea", "Mexico"], NOTRATIFIED, BAN, None,
   "Canada, Japan, the Republic of Korea and Mexico have not ratified the Ban Amendment", negated=True)
R(d, "India", NOTBOUND, BAN, None, "India \"does not intend to become bound\" by it", negated=True)
R(d, "United States", "signed", BASEL, "1990", "The United States signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "but has never ratified it", negated=True)
R(d, BRSES, "called-for", BAN, None, "I urge all Parties that have not yet done so to ratify the Ban Amendment")
R(d, BRSES, "called-for", BASEL, None, "I invite all remaining States to join the Basel Convention itself")
R(d, "Ghana", NOTRATIFIED, BAN, None, "Ghana intends to ratify the amendment in 2020", negated=True)
R(d, ["Conference of the Parties to the Basel Convention", "Basel Convention COP", "COP"], ADOPTED, PWA, "2019",
  "the Conference of the Parties to the Basel Convention adopted decision BC-14/12")
R(d, "Norway", ["co-sponsored", "supported"], PWA, None, "The proposal was submitted by Norway")
RL(d, ["Ghana", "Japan", "Switzerland"], ["supported", "co-sponsored"], PWA, None, "supported by Ghana, Japan and Switzerland")
# Effective date for all Parties; "no Party has done so" (non-acceptance): nothing.
R(d, "Tonga", ACCEDED, ROT, "2019-10-22", "Accession by Tonga")
R(d, "Equatorial Guinea", ACCEDED, ROT, "2019-11-29", "Accession by Equatorial Guinea")
R(d, "Turkmenistan", RATIFIED, POPS, "2019-11-14", "Ratification by Turkmenistan")
R(d, "Switzerland", ACCEPTED, PFOA, "2019-12-03", "Amendment listing PFOA: acceptance | 3 Dec 2019 | notified by Switzerland")
R(d, "Italy", "signed", POPS, "2001-05-23", "Italy signed the Stockholm Convention on 23 May 2001")
R(d, "Italy", NOTRATIFIED, POPS, None, "remains the only EU Member State that has not ratified it", negated=True)
# The Italian Parliament's examination of the bill: domestic.

# ===================== 13 (ILO press release, Geneva, 25 June 2021) =====================
d = "13.txt"
D = "2021-06-25"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "Violence and Harassment Convention"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206", "Recommendation (No. 206)"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration for the Future of Work", "Centenary Declaration"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["Work in Fishing Convention", "C188", "Convention No. 188"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC 2006", "Maritime Labour Convention"])
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
# Entry into force today and registration by the Director-General: nothing.
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay was the first country to ratify the Convention, on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06-25", "followed by Fiji on 25 June 2020")
for a, dt, q in [("Namibia", "2020-12-09", "Namibia (9 December 2020)"), ("Argentina", "2021-02-23", "Argentina (23 February 2021)"),
                 ("Somalia", "2021-03-08", "Somalia (8 March 2021)"), ("Ecuador", "2021-05-19", "Ecuador (19 May 2021)")]:
    R(d, a, RATIFIED, C190, dt, q)
R(d, ["ILO Director-General", "Director-General of the International Labour Office", "ILO", "Guy Ryder"], "called-for", C190, D,
  "I urge all member States to ratify Convention No. 190")
QAD = "The Convention and its accompanying Recommendation (No. 206) were adopted by the International Labour Conference at its Centenary Session on 21 June 2019"
R(d, ILC, ADOPTED, C190, "2019-06-21", QAD)
R(d, ILC, ADOPTED, R206, "2019-06-21", QAD)
# "439 votes in favour, 7 against and 30 abstentions": unnamed.
RL(d, ["Malaysia", "Singapore"], "supported", C190, "2019-06-21", "those of Malaysia and Singapore abstained", negated=True)
RL(d, ["France", "Canada", "South Africa"], "supported", C190, "2019-06-21",
   "the Government delegates of France, Canada and South Africa, which had steered the negotiations in the standard-setting committee, voted for the text")
# The Employers' delegate of Switzerland is not the State: nothing.
R(d, ILC, ADOPTED, CENT, "2019-06-21", "The Centenary Declaration for the Future of Work, adopted on the same day", required=False)
# "endorsed by all Government delegates present": unnamed.
R(d, ["European Commission", "European Union"], "called-for", C190, "2021-01", "called on them to do so")
# The proposed Council decision, Italy's parliamentary approval and Greece's law: domestic; no instrument registered.
RL(d, ["Italy", "Greece"], NOTRATIFIED, C190, None, "neither instrument of ratification has yet been registered", negated=True)
R(d, "Mauritius", NOTRATIFIED, C190, None, "Mauritius has announced its intention to ratify Convention No. 190 before the end of the year", negated=True)
RL(d, ["Spain", "Ireland", "Philippines"], NOTRATIFIED, C190, None,
   "Spain, Ireland and the Philippines have also started consultations with the social partners on ratification", negated=True, required=False)
R(d, "Uzbekistan", RATIFIED, P029, "2021-06-15", "Uzbekistan, 15 June 2021")
R(d, "Côte d'Ivoire", RATIFIED, P029, "2021-06-10", "Cote d'Ivoire, 10 June 2021")
R(d, "Namibia", RATIFIED, C188, "2021-06-07", "Namibia, 7 June 2021")
R(d, "Mozambique", RATIFIED, MLC, "2021-06-18", "Mozambique, 18 June 2021")

# ===================== 14 (IMO Circular Letter No.4561, London, 18 May 2022) =====================
d = "14.txt"
D = "2022-05-18"
HNS10 = ("Protocol of 2010 to the International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996",
         ["2010 HNS Protocol", "HNS Protocol", "2010 HNS Convention"])
HNS96 = ("International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996", ["1996 HNS Convention", "HNS Convention"])
R(d, ["International Conference on the Revision of the HNS Convention", "IMO"], ADOPTED, HNS10, "2010-04-30",
  "adopted by the International Conference on the Revision of the HNS Convention on 30 April 2010", required=False)
for a, act, dt, q, al in [("Norway", RATIFIED, "2017-04-21", "Norway (21 April 2017)", "Norway, Denmark and Estonia ratified the Protocol"),
                          ("Türkiye", ACCEDED, "2017-04-27", "Turkey (27 April 2017)", "Canada, South Africa and Turkey acceded to it"),
                          ("Canada", ACCEDED, "2018-04-26", "Canada (26 April 2018)", "Canada, South Africa and Turkey acceded to it"),
                          ("Denmark", RATIFIED, "2019-04-30", "Denmark (30 April 2019)", "Norway, Denmark and Estonia ratified the Protocol"),
                          ("South Africa", ACCEDED, "2019-06-27", "South Africa (27 June 2019)", "Canada, South Africa and Turkey acceded to it"),
                          ("Estonia", RATIFIED, "2020-07-03", "Estonia (3 July 2020)", "Norway, Denmark and Estonia ratified the Protocol")]:
    R(d, a, act, HNS10, dt, q, alt=[al])
QS8 = ("Eight States signed the Protocol subject to ratification during the signature period (1 November 2010 to 31 October 2011): "
       "Canada, Denmark, France, Germany, Greece, Netherlands, Norway and Turkey")
RL(d, ["Canada", "Denmark", "France", "Germany", "Greece", "Netherlands", "Norway", "Türkiye"], "signed", HNS10, None, QS8)
RL(d, ["France", "Germany", "Greece", "Netherlands"], NOTRATIFIED, HNS10, None,
   "France, Germany, Greece and the Netherlands have yet to deposit instruments of ratification", negated=True)
R(d, "Belgium", NOTRATIFIED, HNS10, None, "Belgium, France, Germany and the Netherlands stated that they intend to deposit their instruments", negated=True,
  alt=["Belgium's instrument is expected after the adoption of implementing legislation"])
# Entry-into-force conditions: nothing.
R(d, ["IMO Legal Committee", "Legal Committee", "IMO"], "called-for", HNS10, "2022-03",
  "strongly encouraged all States to consider ratifying or acceding to the 2010 HNS Protocol at their earliest convenience")
# Council Decision (EU) 2017/769 authorising Member States: EU-internal, nothing. The EU "cannot become a party": optional negated.
R(d, "European Union", NOTBOUND, HNS10, None, "The European Union itself cannot become a party to the Protocol.", negated=True, required=False)
R(d, "China", NOTBOUND, HNS10, None, "China is studying accession to the Protocol", negated=True)
R(d, "Republic of Korea", NOTBOUND, HNS10, None, "\"has no immediate plans\" to become a party", negated=True)
QUS = "the United States is not a party to the 1996 HNS Convention or to the 2010 Protocol"
R(d, "United States", NOTBOUND, HNS96, None, QUS, negated=True)
R(d, "United States", NOTBOUND, HNS10, None, QUS, negated=True)
# Contributing-cargo reports (Norway, Canada, Turkey): implementation, nothing.
R(d, IMOSG, "called-for", HNS10, D,
  "Member States that have not yet done so are invited to consider expressing their consent to be bound by the 2010 HNS Protocol")

# ===================== 15 (Council of Europe press release DC 112(2024), Vilnius, 05.09.2024) =====================
d = "15.txt"
D = "2024-09-05"
AIFC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
        ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Framework Convention"])
CY2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence", ["CETS No. 224", "Second Additional Protocol to the Budapest Convention"])
TSP = ("Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons", ["CETS No. 222"])
# Opened for signature today at the Ministers of Justice conference in Vilnius (venue, host Lithuania): the signatures are of that day.
QSIG = ("The Framework Convention was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, "
        "as well as by Israel, the United States of America and the European Union")
for a in ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]:
    R(d, a, "signed", AIFC, D, QSIG, alt=(["The European Union signed through Commissioner Vera Jourova"] if a == "European Union" else None))
R(d, ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Council of Europe", "Marija Pejcinovic Buric"],
  "called-for", AIFC, D, "I encourage all States, in Europe and beyond, to sign and ratify the Framework Convention")
R(d, ["Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"], ADOPTED, AIFC, "2024-05-17",
  "The treaty was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024")
# Negotiation by the 46 member States, the EU and 11 non-member States: nothing.
R(d, "Lithuania", "signed", AIFC, None, "Lithuania, the host of the conference, did not sign today", negated=True)
RL(d, ["Canada", "Japan"], "signed", AIFC, None, "they intend to sign the Convention at a later stage", negated=True)
R(d, "Switzerland", "signed", AIFC, None, "has not yet signed", negated=True)
R(d, "Switzerland", NOTBOUND, AIFC, None, "Switzerland said it is still assessing whether to become a party", negated=True)
# "No signatory has yet ratified" is recorded only where the text names the signatory's plan (the United Kingdom).
R(d, "United Kingdom", NOTRATIFIED, AIFC, None, "the Government would lay the treaty before Parliament \"in the usual way\" before ratification",
  negated=True, alt=["No signatory has yet ratified."])
R(d, "Montenegro", RATIFIED, CY2, D, "Montenegro deposited its instrument of ratification of the Second Additional Protocol to the Convention on Cybercrime")
R(d, "Portugal", "signed", TSP, D, "Portugal signed the Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons")
R(d, "Iceland", "signed", CY2, "2022", "Iceland, which signed CETS No. 224 in 2022")
R(d, "Iceland", NOTRATIFIED, CY2, None, "announced that it would ratify that Protocol next year", negated=True)

# ===================== 16 (IMO status of conventions, extract, status as at 31 January 2017) =====================
d = "16.txt"
WRC = ("Nairobi International Convention on the Removal of Wrecks, 2007", ["Nairobi Convention", "Wreck Removal Convention", "WRC 2007", "Nairobi WRC"])
# Each row: the date of deposit is the action's date; the entry-into-force column gives nothing.
ROWS = [("Antigua and Barbuda", ACCEDED, "2011-06-23", "Antigua and Barbuda 23 Jun 2011 (a)"),
        ("Bulgaria", ACCEDED, "2012-10-21", "Bulgaria 21 Oct 2012 (a)"),
        ("China", ACCEDED, "2016-11-11", "China 1) 11 Nov 2016 (a)"),
        ("Congo", ACCEDED, "2014-05-19", "Congo 19 May 2014 (a)"),
        ("Cook Islands", ACCEDED, "2014-12-02", "Cook Islands 2 Dec 2014 (a)"),
        ("Cyprus", ACCEDED, "2015-07-22", "Cyprus 22 Jul 2015 (a)"),
        ("Denmark", ACCEDED, "2013-06-18", "Denmark 2) 18 Jun 2013 (a)"),
        ("Germany", ACCEDED, "2013-06-20", "Germany 20 Jun 2013 (a)"),
        ("India", ACCEDED, "2011-06-30", "India 30 Jun 2011 (a)"),
        ("Iran", ACCEDED, "2011-10-14", "Iran (Islamic Republic of) 14 Oct 2011 (a)"),
        ("Liberia", ACCEDED, "2014-06-20", "Liberia 20 Jun 2014 (a)"),
        ("Malta", ACCEDED, "2014-01-29", "Malta 29 Jan 2014 (a)"),
        ("Marshall Islands", ACCEDED, "2012-03-21", "Marshall Islands 21 Mar 2012 (a)"),
        ("Morocco", RATIFIED, "2012-11-27", "Morocco 7 Nov 2007 (sr) 27 Nov 2012 (r)"),
        ("Netherlands", ACCEPTED, "2016-03-14", "Netherlands 3) 18 Apr 2008 (sr) 14 Mar 2016 (A)"),
        ("Nigeria", ACCEDED, "2009-10-23", "Nigeria 23 Oct 2009 (a)"),
        ("Palau", ACCEDED, "2011-09-29", "Palau 29 Sep 2011 (a)"),
        ("United Kingdom", ACCEDED, "2015-11-30", "United Kingdom 4) 30 Nov 2015 (a)")]
for a, act, dt, q in ROWS:
    R(d, a, act, WRC, dt, q)
R(d, "Estonia", "signed", WRC, "2007-11-28", "Estonia 28 Nov 2007 (sr)", alt=["Estonia signed the Convention in 2007"])
R(d, "Italy", "signed", WRC, "2007-11-30", "Italy 30 Nov 2007 (sr)", alt=["Italy, a signatory since 2007"])
R(d, "Morocco", "signed", WRC, "2007-11-07", "Morocco 7 Nov 2007 (sr)")
R(d, "Netherlands", "signed", WRC, "2008-04-18", "Netherlands 3) 18 Apr 2008 (sr)")
# Footnotes: China's application to Hong Kong SAR, Denmark's exclusions and article 3(2) notification, the Netherlands' Caribbean
# declaration, the UK Act and Orders in Council, the extension to the Isle of Man: nothing.
R(d, "Italy", NOTRATIFIED, WRC, None, "it has no plans to ratify the Convention before 2018", negated=True)
R(d, "Tunisia", NOTBOUND, WRC, None, "Tunisia notified its intention to accede to the Convention in the course of 2017", negated=True)
R(d, "Panama", NOTBOUND, WRC, None, "Panama, the largest flag State not yet party to the Convention", negated=True)
R(d, IMOSG, "called-for", WRC, "2017-01-09", "was encouraged by the Secretary-General in a letter of 9 January 2017 to accede")
# The Bahamas and Greece are only named as addressees of the same call (optional negated status).
RL(d, ["Bahamas", "Greece"], NOTBOUND, WRC, None, "as were the Bahamas and Greece", negated=True, required=False)
R(d, "Estonia", NOTRATIFIED, WRC, None, "has not deposited an instrument of ratification", negated=True)
# The Riigikogu's approval of ratification on 14 December 2016: domestic. The depositary: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
