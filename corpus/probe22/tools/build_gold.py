#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
BUNKERS = ("International Convention on Civil Liability for Bunker Oil Pollution Damage, 2001", ["Bunkers Convention", "BUNKER 2001", "Bunker Oil Pollution Convention"])
CLC92 = ("International Convention on Civil Liability for Oil Pollution Damage, 1992", ["CLC 1992", "1992 Civil Liability Convention"])
FUND92 = ("1992 Fund Convention", ["International Convention on the Establishment of an International Fund for Compensation for Oil Pollution Damage, 1992",
                                   "Fund Convention 1992"])
LLMC96 = ("Protocol of 1996 to amend the Convention on Limitation of Liability for Maritime Claims", ["LLMC 1996", "LLMC Protocol", "1996 LLMC Protocol"])
WRC = ("Nairobi International Convention on the Removal of Wrecks, 2007", ["Nairobi Convention", "WRC", "Wreck Removal Convention", "Nairobi Wreck Removal Convention"])
RR = ("United Nations Convention on Contracts for the International Carriage of Goods Wholly or Partly by Sea", ["Rotterdam Rules"])
HAMBURG = ("1978 Hamburg Rules", ["Hamburg Rules", "United Nations Convention on the Carriage of Goods by Sea, 1978"])
TIR = ("Customs Convention on the International Transport of Goods under Cover of TIR Carnets (TIR Convention, 1975)", ["TIR Convention", "TIR Convention, 1975"])
ANNEX11 = ("Annex 11 to the TIR Convention", ["Annex 11", "eTIR Annex"])
A11AM = ("amendments to Annex 11 (eTIR)", ["amendments to Annex 11 to the TIR Convention", "eTIR amendments"])
ECMR = ("Additional Protocol to the Convention on the Contract for the International Carriage of Goods by Road (CMR) concerning the Electronic Consignment Note",
        ["e-CMR", "e-CMR Protocol", "Additional Protocol to the CMR concerning the Electronic Consignment Note"])
CMR = ("Convention on the Contract for the International Carriage of Goods by Road", ["CMR", "CMR Convention"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC", "Maritime Labour Convention, 2006, as amended"])
MLC25 = ("2025 amendments to the Code of the Maritime Labour Convention, 2006", ["2025 amendments to the MLC, 2006", "amendments to the Code of the MLC, 2006"])
MLC22 = ("2022 amendments to the Code of the Maritime Labour Convention, 2006", ["2022 amendments to the MLC, 2006"])
BWM = ("International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004", ["BWM Convention", "Ballast Water Management Convention"])
BWMAM = ("draft amendments to the BWM Convention in document MEPC 83/4/1", ["MEPC 83/4/1", "draft BWM amendments"])
MARPOL12 = ("MARPOL Annexes I and II", ["MARPOL Annex I", "MARPOL Annex II", "MARPOL"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "Ship Recycling Convention"])
MOUWR = ("Memorandum of Understanding on Cooperation in Wreck Removal and Marine Casualty Response", ["MoU on Cooperation in Wreck Removal"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement",
       "Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977"])
TORD = ("Torremolinos Declaration", ["Torremolinos Ministerial Declaration on the Cape Town Agreement"])
STCWFR = ("comprehensive revision of the STCW-F Convention", ["revised STCW-F Convention", "STCW-F revision"])
STCWF = ("STCW-F Convention", ["International Convention on Standards of Training, Certification and Watchkeeping for Fishing Vessel Personnel, 1995", "STCW-F"])
C188 = ("ILO Convention No. 188 on Work in Fishing", ["Work in Fishing Convention, 2007 (No. 188)", "C188", "Convention No. 188"])
HNSP = ("Protocol of 2010 to the International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996",
        ["2010 HNS Protocol", "HNS Protocol", "HNS Convention 2010"])
HNS96 = ("1996 HNS Convention", ["International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996",
                                 "HNS Convention"])
MOUSAR = ("Memorandum of Understanding with the Republic of Seychelles on Cooperation in Maritime Search and Rescue",
          ["Memorandum of Understanding on Cooperation in Maritime Search and Rescue", "Mauritius-Seychelles search and rescue MoU"])
NICE = ("Nice Ocean Action Declaration", ["Nice Declaration"])
PAL02 = ("2002 Protocol to the Athens Convention", ["Athens Convention 2002", "PAL 2002",
         "Protocol of 2002 to the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea"])
PAL74 = ("Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974", ["1974 Athens Convention", "Athens Convention", "PAL 1974"])
IMOGL = ("IMO Reservation and Guidelines for Implementation of the Athens Convention", ["IMO Reservation and Guidelines", "Athens Convention Guidelines"])
NZF = ("draft amendments to MARPOL Annex VI establishing the IMO Net-Zero Framework", ["IMO Net-Zero Framework", "Net-Zero Framework", "draft MARPOL Annex VI amendments"])
ANNEXVI = ("MARPOL Annex VI", ["Annex VI", "Annex VI of MARPOL"])
P97 = ("1997 Protocol to MARPOL", ["Protocol of 1997 to amend MARPOL", "MARPOL Annex VI"])
NECA = ("amendments to Annex VI designating a North-East Atlantic Emission Control Area", ["North-East Atlantic Emission Control Area", "North-East Atlantic ECA"])
PSMA = ("FAO Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing",
        ["PSMA", "Port State Measures Agreement", "Agreement on Port State Measures"])
R525 = ("Resolution 5/2025 on the Global Information Exchange System (GIES)", ["Resolution 5/2025", "GIES resolution"])
LRP = ("Luxembourg Protocol to the Convention on International Interests in Mobile Equipment on Matters Specific to Railway Rolling Stock",
       ["Luxembourg Rail Protocol", "Rail Protocol"])
CTC = ("Cape Town Convention", ["Convention on International Interests in Mobile Equipment"])
ACP = ("Protocol on Matters Specific to Aircraft Equipment", ["Aircraft Protocol", "Cape Town Aircraft Protocol"])
OST = ("Outer Space Treaty", ["Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"])
RESCUE = ("Rescue Agreement", ["Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space"])
LIAB = ("Liability Convention", ["Convention on International Liability for Damage Caused by Space Objects"])
REG = ("Registration Convention", ["Convention on Registration of Objects Launched into Outer Space"])
MOON = ("Moon Agreement", ["Agreement Governing the Activities of States on the Moon and Other Celestial Bodies"])
ARTEMIS = ("Artemis Accords", ["Artemis Accords principles"])
COC = ("Code of Conduct in the South China Sea", ["COC", "South China Sea Code of Conduct"])
RT68 = ("Convention on Road Traffic, done at Vienna on 8 November 1968", ["1968 Convention on Road Traffic", "Vienna Convention on Road Traffic", "1968 Convention"])
RS68 = ("Convention on Road Signs and Signals", ["1968 Convention on Road Signs and Signals", "Vienna Convention on Road Signs and Signals"])
RT49 = ("1949 Geneva Convention on Road Traffic", ["1949 Convention on Road Traffic", "Geneva Convention on Road Traffic"])
AFAFIST = ("ASEAN Framework Agreement on the Facilitation of Inter-State Transport", ["AFAFIST"])
A98 = ("1998 Agreement concerning the Establishing of Global Technical Regulations for Wheeled Vehicles", ["1998 Agreement", "1998 Global Agreement"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "Türkiye", "European Union", "Netherlands",
          "Marshall Islands", "Congo", "Paraguay", "Kiribati", "Colombia", "Mexico", "Saudi Arabia", "United Arab Emirates", "Venezuela",
          "Ecuador", "Lao PDR", "Cambodia", "Thailand", "Kenya", "United Republic of Tanzania", "Bangladesh", "China", "Ghana",
          "Germany", "Uzbekistan", "Rwanda"),
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Comoros": ["Comoros", "the Comoros", "Union of the Comoros"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Peru": ["Peru", "Republic of Peru"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "EUMETSAT": ["EUMETSAT", "European Organisation for the Exploitation of Meteorological Satellites"],
    "IRU": ["IRU", "International Road Transport Union"],
}
IMODC = ["diplomatic conference convened by the IMO", "International Maritime Organization", "IMO"]
UNCITRALSEC = ["Secretary of UNCITRAL", "Anna Joubin-Bret", "UNCITRAL", "UNCITRAL secretariat", "U.N. Commission on International Trade Law"]
UNECEES = ["UNECE Executive Secretary", "Tatiana Molcean", "UNECE", "United Nations Economic Commission for Europe"]
AC2 = ["Administrative Committee for the TIR Convention", "AC.2", "TIR Administrative Committee"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
STC = ["Special Tripartite Committee", "Special Tripartite Committee of the MLC, 2006", "ILO"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Gilbert F. Houngbo", "ILO", "International Labour Organization"]
MSC = ["Maritime Safety Committee", "IMO Maritime Safety Committee", "MSC", "IMO"]
LEGCOM = ["IMO Legal Committee", "Legal Committee", "IMO"]
MEPC = ["Marine Environment Protection Committee", "MEPC", "IMO Marine Environment Protection Committee", "IMO"]
IMOSG = ["IMO Secretary-General", "Secretary-General of the IMO", "Arsenio Dominguez", "IMO", "International Maritime Organization"]
FAOCONF = ["FAO Conference", "Conference of FAO", "FAO", "Food and Agriculture Organization"]
PSMAMOP = ["PSMA Meeting of the Parties", "Meeting of the Parties", "MoP5", "fifth Meeting of the Parties"]
IUUW = ["IUU Watch"]
TODT = ["UN Secretary-General's Special Envoy for Road Safety", "Special Envoy for Road Safety", "Jean Todt", "Special Envoy"]
SA_MIN = ["South Africa", "Republic of South Africa", "Minister of Transport of South Africa", "Barbara Creecy"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 =====================
d = "01.txt"
DAY = "2025-06-12"
R(d, "Uruguay", ACCEDED, BUNKERS, "2025-06-10",
  "deposited with the Secretary-General of the IMO, in London, Uruguay's instrument of accession to the International Convention on Civil Liability for "
  "Bunker Oil Pollution Damage, 2001 (Bunkers Convention)")
R(d, IMODC, "adopted", BUNKERS, "2001-03", "adopted at a diplomatic conference convened by the IMO in March 2001", required=False)
R(d, "Argentina", ACCEDED, BUNKERS, "2013", "Argentina acceded in 2013")
R(d, "Brazil", JOINED, BUNKERS, "2024-03", "Brazil deposited its instrument in March 2024")
R(d, "Uruguay", PARTY, CLC92, "1997", "Uruguay has been a Party to the International Convention on Civil Liability for Oil Pollution Damage, 1992 (CLC 1992) since 1997")
R(d, "Uruguay", NOTBOUND, LLMC96, None,
  "Uruguay is not yet a Party to the Protocol of 1996 to amend the Convention on Limitation of Liability for Maritime Claims (LLMC 1996)", negated=True,
  alt=["The Executive Power intends to submit the Protocol to the General Assembly for approval before the end of the year"])
R(d, "Uruguay", NOTBOUND, WRC, None, "Nor has Uruguay joined the Nairobi International Convention on the Removal of Wrecks, 2007", negated=True)
R(d, "Paraguay", ACCEDED, BUNKERS, None, "has not acceded to the Bunkers Convention", negated=True)
R(d, "Uruguay", "called-for", BUNKERS, DAY,
  "Uruguay encourages the States of the region that have not yet done so to become Parties to the Bunkers Convention and to the LLMC Protocol")
R(d, "Uruguay", "called-for", LLMC96, DAY,
  "Uruguay encourages the States of the region that have not yet done so to become Parties to the Bunkers Convention and to the LLMC Protocol")

# ===================== 02 =====================
d = "02.txt"
R(d, "Senegal", RATIFIED, RR, "2025-10-15",
  "Senegal's instrument of ratification of the United Nations Convention on Contracts for the International Carriage of Goods Wholly or Partly by Sea, "
  "known as the Rotterdam Rules, was deposited with the U.N. Secretary-General in New York on Wednesday",
  alt=["Senegal has ratified the United Nations convention"])
R(d, GA, "adopted", RR, "2008-12", "The Convention was adopted by the U.N. General Assembly in December 2008")
SIG = ["Denmark", "France", "Greece", "Netherlands", "Norway", "Poland", "Senegal", "Spain", "Switzerland", "United States"]
QSIG = ("where it was signed by 16 countries, among them Denmark, France, Greece, the Netherlands, Norway, Poland, Senegal, Spain, Switzerland and "
        "the United States")
for a in SIG:
    R(d, a, "signed", RR, "2009-09", QSIG, alt=["The United States, whose shipping lobby helped draft the text, signed in 2009"] if a == "United States" else None)
R(d, "Spain", RATIFIED, RR, "2011-01", "Spain was the first to ratify, in January 2011")
R(d, "Togo", RATIFIED, RR, "2012", "followed by Togo in 2012")
R(d, "Congo", RATIFIED, RR, "2014", "Congo in 2014")
R(d, "Cameroon", RATIFIED, RR, "2017", "Cameroon in 2017")
R(d, "Benin", RATIFIED, RR, "2019", "Benin in 2019")
R(d, "United States", NOTRATIFIED, RR, None, "signed in 2009 but the Senate never gave its consent", negated=True,
  alt=["there were \"no current plans\" to seek ratification"])
RL(d, ["France", "Denmark", "Netherlands"], NOTRATIFIED, RR, None, "Among the European signatories, France, Denmark and the Netherlands have yet to ratify",
   negated=True)
R(d, "Senegal", PARTY, HAMBURG, None, "Senegal is a party to the 1978 Hamburg Rules")
RL(d, ["Cameroon", "Benin"], PARTY, HAMBURG, None, "Cameroon and Benin are in the same position", required=False)
R(d, "China", "signed", RR, None, "did not sign the Rules", negated=True)
R(d, "China", JOINED, RR, None, "Beijing was \"studying\" accession", negated=True)
R(d, UNCITRALSEC, "called-for", RR, "2025-10-16", "She urged \"all States that signed the Rotterdam Rules to complete their ratification.\"")

# ===================== 03 =====================
d = "03.txt"
R(d, "Bangladesh", ACCEDED, TIR, "2025-07-02",
  "Bangladesh yesterday deposited with the Secretary-General of the United Nations its instrument of accession to the Customs Convention on the "
  "International Transport of Goods under Cover of TIR Carnets (TIR Convention, 1975)")
R(d, "Bangladesh", "party", TIR, None, "Bangladesh becomes the 79th Contracting Party to the Convention", required=False)
R(d, "India", ACCEDED, TIR, "2017", "India acceded in 2017")
R(d, "Pakistan", ACCEDED, TIR, "2015", "Pakistan in 2015")
R(d, "China", ACCEDED, TIR, "2016", "China, which acceded in 2016")
RL(d, ["Nepal", "Myanmar"], NOTBOUND, TIR, None, "Nepal and Myanmar are not Contracting Parties", negated=True)
R(d, "Bhutan", JOINED, TIR, None, "has said it will \"examine\" accession", negated=True)
R(d, AC2, "adopted", ANNEX11, "2020", "Annex 11 to the Convention, which the Administrative Committee for the TIR Convention (AC.2) adopted in 2020")
R(d, AC2, "adopted", A11AM, "2025-02-11", "11/02/2025 – AC.2 adopts amendments to Annex 11 (eTIR)",
  alt=["At its eighty-first session in February, AC.2 adopted amendments to Annex 11"])
R(d, "Türkiye", ACCEPTED, A11AM, None, "Türkiye notified an objection to those amendments", negated=True)
R(d, UNECEES, "called-for", TIR, "2025-07-03",
  "I invite all countries of South Asia and the Gulf that have not yet done so to accede to the TIR Convention")
R(d, "Libya", ACCEDED, TIR, "2025-03-20", "20/03/2025 – Libya accedes to the TIR Convention")

# ===================== 04 =====================
d = "04.txt"
R(d, "Italy", ACCEDED, ECMR, "2025-03-10",
  "On Monday Italy deposited with the Swiss Federal Council its instrument of accession to the Additional Protocol to the Convention on the Contract for "
  "the International Carriage of Goods by Road (CMR) concerning the Electronic Consignment Note")
R(d, "Greece", JOINED, ECMR, "2025-01", "Greece (January 2025)")
R(d, "Austria", JOINED, ECMR, "2024-12", "Austria (December 2024)")
R(d, "Germany", JOINED, ECMR, None, "Germany, the EU's largest road freight market, has still not acceded to e-CMR", negated=True,
  alt=["it expects to accede \"in the course of 2025\""])
R(d, "Poland", PARTY, CMR, "1962", "Poland, by contrast, has been a party to the CMR since 1962")
R(d, "Poland", PARTY, ECMR, "2011", "to the e-CMR Protocol since 2011")
R(d, "Mongolia", ACCEDED, CMR, "2025-03-04", "Mongolia acceded to the CMR on 4 March")
R(d, "Uzbekistan", JOINED, CMR, "2023", "the first new Contracting Party since Uzbekistan in 2023", required=False)
R(d, "Mongolia", JOINED, ECMR, None, "Ulaanbaatar has not yet joined the e-CMR Protocol", negated=True)
R(d, "IRU", "called-for", ECMR, "2025-03-12",
  "the IRU called on \"all CMR Contracting Parties that have not yet done so to accede to the e-CMR Protocol without delay\"")
R(d, "United Kingdom", ACCEDED, ECMR, "2022", "The United Kingdom, which acceded to e-CMR in 2022")

# ===================== 05 =====================
d = "05.txt"
DAY = "2025-06-11"
R(d, ILC, ADOPTED, MLC25, DAY,
  "The International Labour Conference on Wednesday approved amendments to the Code of the Maritime Labour Convention, 2006, as amended (MLC, 2006)")
R(d, STC, ADOPTED, MLC25, "2025-04", "The amendments were adopted in April by the Special Tripartite Committee")
RL(d, ["Panama", "Liberia", "Marshall Islands"], "supported", MLC25, DAY,
   "The Government delegates of Panama, Liberia and the Marshall Islands, whose registers together account for some 40 per cent of world tonnage, voted in favour")
R(d, "United States", "supported", MLC25, DAY, "The United States, which has not ratified the MLC, 2006, abstained", negated=True)
R(d, "United States", NOTRATIFIED, MLC, None, "The United States, which has not ratified the MLC, 2006", negated=True)
R(d, ILC, ADOPTED, MLC22, "2022", "The previous set of amendments, approved in 2022", required=False)
R(d, "Indonesia", ACCEPTED, MLC22, None, "except Indonesia, which had formally expressed its disagreement with them", negated=True)
R(d, "Mozambique", RATIFIED, MLC, "2025-06-05", "the Director-General registered the ratification of the MLC, 2006, by Mozambique on 5 June 2025")
R(d, "Mozambique", "party", MLC, None, "Mozambique becomes the 111th ILO member State to ratify the Convention", required=False)
R(d, ILODG, "called-for", MLC, DAY, "I urge the member States that have not yet ratified the MLC, 2006, to do so")

# ===================== 06 =====================
d = "06.txt"
DAY = "2025-04-08"
TZ = "United Republic of Tanzania"
R(d, TZ, ACCEDED, BWM, "2025-04-03",
  "deposited with the Secretary-General the instrument of accession of the United Republic of Tanzania to the International Convention for the Control "
  "and Management of Ships' Ballast Water and Sediments, 2004")
R(d, TZ, "party", BWM, None, "Tanzania becomes a Contracting Government to the BWM Convention", required=False)
R(d, "Kenya", PARTY, BWM, "2016", "Kenya has been a Party since 2016")
R(d, "Mozambique", ACCEDED, BWM, "2019", "Mozambique acceded in 2019")
RL(d, ["Madagascar", "Comoros"], JOINED, BWM, None, "Madagascar and the Comoros have not yet acceded to the Convention", negated=True)
R(d, TZ, "supported", BWMAM, None, "We will support their approval at this session", negated=True)
R(d, TZ, PARTY, MARPOL12, "2008", "Tanzania has been a Party to MARPOL Annexes I and II since 2008")
R(d, TZ, JOINED, HKC, None,
  "We are also considering accession to the Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", negated=True)
R(d, TZ, "called-for", BWM, DAY,
  "we call upon all coastal States of the Western Indian Ocean that have not yet done so to accede to the BWM Convention")

# ===================== 07 =====================
d = "07.txt"
DAY = "2025-08-21"
R(d, "Indonesia", ACCEDED, WRC, "2025-07-30",
  "Indonesia's instrument of accession was deposited with the Secretary-General of the International Maritime Organization on 30 July 2025",
  alt=["The Ministers welcomed Indonesia's accession to the Nairobi International Convention on the Removal of Wrecks, 2007 (WRC)"])
R(d, "Malaysia", PARTY, WRC, "2016", "Malaysia has been a Party to the WRC since 2016")
RL(d, ["Malaysia", "Indonesia"], COMMITTED, WRC, DAY,
   "Both Ministers reaffirmed their commitment to the full and effective implementation of the Convention")
R(d, "Singapore", PARTY, WRC, "2015", "Singapore, the third littoral State, has also been a Party to the WRC since 2015")
R(d, "Malaysia", ACCEDED, BUNKERS, "2008",
  "Malaysia acceded to the International Convention on Civil Liability for Bunker Oil Pollution Damage, 2001 (Bunkers Convention) in 2008")
R(d, "Indonesia", JOINED, BUNKERS, None, "Indonesia, which is not yet a Party to the Bunkers Convention", negated=True,
  alt=["it intends to accede to it in 2026"])
RL(d, ["Malaysia", "Indonesia"], "signed", MOUWR, None,
   "The Ministers agreed to sign, before the end of 2025, a Memorandum of Understanding on Cooperation in Wreck Removal and Marine Casualty Response",
   negated=True)
R(d, "Thailand", JOINED, WRC, None, "it was preparing its accession to the WRC", negated=True)
for inst in (WRC, BUNKERS):
    RL(d, ["Malaysia", "Indonesia"], "called-for", inst, DAY,
       "The Ministers called upon the other States bordering the South China Sea that have not yet done so to accede to the WRC and to the Bunkers Convention")

# ===================== 08 =====================
d = "08.txt"
DAY = "2025-10-22"
R(d, "Spain", SIGNED_DECL, TORD, "2019", "Spain was proud to sign it with them")
R(d, "Peru", ACCEDED, CTA, "2025-10-20", "On Monday, Peru deposited its instrument of accession to the Agreement in London")
R(d, "Ghana", ACCEDED, CTA, "2025-10-21", "yesterday Ghana did the same")
R(d, "Spain", ACCEPTED, CTA, "2014", "Spain ratified the Cape Town Agreement in 2014")
RL(d, ["Netherlands", "Denmark", "Norway"], ACCEPTED, CTA, None, "so did the Netherlands, Denmark and Norway at around the same time")
RL(d, ["China", "Indonesia"], NOTBOUND, CTA, None,
   "our friends from China and Indonesia, whose fleets are the largest in the world, and who have not yet expressed their consent to be bound by the Agreement",
   negated=True)
RL(d, ["Morocco", "Ecuador"], JOINED, CTA, None, "Morocco and Ecuador announced this morning that they will accede before the end of next year", negated=True)
R(d, MSC, "adopted", STCWFR, "2024", "Last year, the Maritime Safety Committee adopted the comprehensive revision of the STCW-F Convention")
R(d, "Spain", PARTY, STCWF, "1999", "Spain has been a Party to the STCW-F Convention since 1999")
R(d, "Spain", RATIFIED, C188, "2017", "Spain ratified ILO Convention No. 188 on Work in Fishing in 2017")
R(d, "Spain", "called-for", CTA, DAY,
  "I call on all the States that signed the Torremolinos Declaration, and have not yet done so, to deposit their instruments of consent to the Cape Town Agreement")

# ===================== 09 =====================
d = "09.txt"
R(d, "Mauritius", ACCEDED, HNSP, None, "Cabinet has agreed to Mauritius acceding to the Protocol of 2010", negated=True,
  alt=["The instrument of accession will be deposited with the Secretary-General of the International Maritime Organization once the Merchant Shipping Act has been amended"])
R(d, "Mauritius", JOINED, HNS96, None, "The 1996 HNS Convention, which Mauritius did not join", negated=True)
RL(d, ["Canada", "Denmark", "Estonia", "Norway", "South Africa", "Türkiye", "Lithuania", "Netherlands"], JOINED, HNSP, None,
   "To date, eight States have done so: Canada, Denmark, Estonia, Norway, South Africa, Türkiye, Lithuania and the Netherlands")
R(d, "Mauritius", PARTY, CLC92, "2000", "Mauritius has been a Party to the 1992 Civil Liability Convention and the 1992 Fund Convention since 2000")
R(d, "Mauritius", PARTY, FUND92, "2000", "Mauritius has been a Party to the 1992 Civil Liability Convention and the 1992 Fund Convention since 2000")
R(d, "Mauritius", ACCEDED, WRC, "2025-03-05",
  "Mauritius deposited, on 5 March 2025, its instrument of accession to the Nairobi International Convention on the Removal of Wrecks, 2007")
R(d, "Mauritius", "signed", MOUSAR, None,
  "Cabinet has agreed to the signature by Mauritius of a Memorandum of Understanding with the Republic of Seychelles on Cooperation in Maritime Search and Rescue",
  negated=True, alt=["The Memorandum will be signed on the margins of the Indian Ocean Commission Council of Ministers in Victoria in April 2025"])
R(d, "Mauritius", ENDORSED, NICE, None, "Mauritius will endorse the Nice Ocean Action Declaration", negated=True)
R(d, "Seychelles", JOINED, HNSP, None, "Seychelles intends to accede to the 2010 HNS Protocol in 2025", negated=True)
R(d, "Kenya", "signed", HNSP, "2011", "Kenya signed it in 2011 but has not ratified it")
R(d, "Kenya", NOTRATIFIED, HNSP, None, "Kenya signed it in 2011 but has not ratified it", negated=True)

# ===================== 10 =====================
d = "10.txt"
R(d, "Ireland", RATIFIED, PAL02, "2014", "Ireland ratified the 2002 Protocol in 2014", alt=["Is Ireland bound by the Athens Convention 2002? A. Yes."])
R(d, "European Union", ACCEDED, PAL02, "2011", "The European Union acceded to the Protocol in 2011")
R(d, "Ireland", NOTRATIFIED, PAL74, None, "Ireland never ratified the 1974 Convention", negated=True)
RL(d, ["Greece", "Spain"], RATIFIED, PAL74, None, "Some States that had done so, such as Greece and Spain", required=False)
RL(d, ["Greece", "Spain"], "party", PAL74, None, "such as Greece and Spain, denounced it when they joined the 2002 Protocol", negated=True, required=False)
RL(d, ["Greece", "Spain"], JOINED, PAL02, None, "such as Greece and Spain, denounced it when they joined the 2002 Protocol")
R(d, "United Kingdom", PARTY, PAL02, "2014", "The United Kingdom has been a party to the 2002 Protocol since 2014")
R(d, "France", ACCEDED, PAL02, "2016", "France, which acceded in 2016, is also bound")
R(d, "United States", NOTBOUND, PAL74, None, "The United States is not a party to the Athens Convention or to its 2002 Protocol", negated=True)
R(d, "United States", NOTBOUND, PAL02, None, "The United States is not a party to the Athens Convention or to its 2002 Protocol", negated=True)
R(d, LEGCOM, "adopted", IMOGL, "2006",
  "In 2006 the IMO Legal Committee adopted the IMO Reservation and Guidelines for Implementation of the Athens Convention")

# ===================== 11 =====================
d = "11.txt"
DAY = "2025-04-11"
R(d, MEPC, ADOPTED, NZF, DAY,
  "The Marine Environment Protection Committee (MEPC) this afternoon approved, by a recorded vote, draft amendments to Annex VI of the International "
  "Convention for the Prevention of Pollution from Ships (MARPOL)")
R(d, MEPC, "adopted", NZF, None, "for formal adoption at an extraordinary session in October", negated=True, required=False)
FAV = ["Brazil", "China", "Japan", "Norway", "Panama", "Republic of Korea", "Singapore", "United Kingdom"]
QFAV = ("Among the 63 delegations voting in favour were Brazil, China, Japan, Norway, Panama, the Republic of Korea, Singapore and the "
        "United Kingdom")
for a in FAV:
    R(d, a, "supported", NZF, DAY, QFAV, alt=["Brazil's delegate said her country had voted in favour"] if a == "Brazil" else None)
RL(d, ["Saudi Arabia", "Russian Federation", "United Arab Emirates", "Kuwait", "Venezuela"], "supported", NZF, DAY,
   "Voting against were, among others, Saudi Arabia, the Russian Federation, the United Arab Emirates, Kuwait and Venezuela", negated=True)
for a in ["Marshall Islands", "Tuvalu", "Vanuatu", "Argentina"]:
    R(d, a, "supported", NZF, DAY, "Abstaining were, among others, the Marshall Islands, Tuvalu, Vanuatu and Argentina", negated=True,
      alt=["The representative of the Marshall Islands said Pacific States had abstained"] if a == "Marshall Islands" else None)
R(d, "United States", "supported", NZF, None, "The United States, which had withdrawn from the negotiations in March, did not take part in the vote", negated=True)
R(d, "Saudi Arabia", PARTY, ANNEXVI, "2005", "his country, a Party to Annex VI since 2005")
RL(d, ["Ecuador", "Viet Nam"], ACCEDED, P97, None, "Ecuador and Viet Nam had acceded to the 1997 Protocol to MARPOL, which contains Annex VI, since its last session")
R(d, MEPC, "adopted", NECA, "2025-04",
  "the Committee had adopted amendments to Annex VI designating a North-East Atlantic Emission Control Area")
R(d, IMOSG, "called-for", NZF, DAY, "called on all Member States \"to work constructively for the adoption of the Framework\"")

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-11-30"
R(d, FAOCONF, "adopted", PSMA, "2009-11", "It was approved by the FAO Conference in November 2009")
R(d, "Malaysia", ACCEDED, PSMA, "2025-09-04", "Malaysia – instrument of accession deposited 4 September 2025")
R(d, "Colombia", RATIFIED, PSMA, "2025-10-17", "Colombia – instrument of ratification deposited 17 October 2025")
R(d, "Kiribati", ACCEDED, PSMA, "2025-11-02", "Kiribati – instrument of accession deposited 2 November 2025")
R(d, "Türkiye", "signed", PSMA, "2009", "Türkiye – signed 2009")
R(d, "Türkiye", NOTRATIFIED, PSMA, None, "Türkiye – signed 2009; no instrument deposited", negated=True)
R(d, "Brazil", "signed", PSMA, "2009", "Brazil – signed 2009")
R(d, "Brazil", NOTRATIFIED, PSMA, None, "ratification \"expected in 2026\"", negated=True)
R(d, "China", "signed", PSMA, None, "China – has neither signed nor acceded", negated=True)
R(d, "China", JOINED, PSMA, None, "China – has neither signed nor acceded", negated=True,
  alt=["it is \"actively studying\" accession"])
R(d, "India", NOTBOUND, PSMA, None, "India – not a party", negated=True)
R(d, "Mexico", NOTBOUND, PSMA, None, "Mexico – not a party", negated=True)
R(d, "European Union", ACCEPTED, PSMA, "2011", "European Union – approved the Agreement in 2011, on behalf of its member States")
R(d, "United States", RATIFIED, PSMA, "2016", "United States – ratified in 2016")
R(d, "Indonesia", RATIFIED, PSMA, "2016", "Indonesia – ratified in 2016, having signed in 2009")
R(d, "Indonesia", "signed", PSMA, "2009", "Indonesia – ratified in 2016, having signed in 2009")
R(d, PSMAMOP, "adopted", R525, "2025-05",
  "The fifth Meeting of the Parties (MoP5), held in Rome in May, adopted Resolution 5/2025 on the Global Information Exchange System (GIES)")
RL(d, ["Norway", "European Union"], "co-sponsored", R525, None, "Norway and the European Union co-sponsored the resolution")
R(d, "Viet Nam", ACCEDED, PSMA, None, "Viet Nam has not deposited an instrument of accession with the Director-General", negated=True,
  alt=["Update 6 listed Viet Nam as a Party. That was wrong"])
R(d, IUUW, "called-for", PSMA, DAY, "IUU Watch calls on China, India and Mexico to join the PSMA without further delay")

# ===================== 13 =====================
d = "13.txt"
R(d, "South Africa", NOTRATIFIED, LRP, None,
  "clears the way for the Executive to deposit South Africa's instrument of ratification with UNIDROIT, the depositary, in Rome", negated=True,
  alt=["The National Council of Provinces (NCOP) today approved the ratification of the Luxembourg Protocol to the Convention on International Interests in "
       "Mobile Equipment on Matters Specific to Railway Rolling Stock"])
R(d, "South Africa", "signed", LRP, "2013-11", "South Africa signed the Protocol in Pretoria in November 2013")
R(d, "South Africa", PARTY, CTC, "2007",
  "South Africa has been a party to the Cape Town Convention and its Protocol on Matters Specific to Aircraft Equipment since 2007")
R(d, "South Africa", PARTY, ACP, "2007",
  "South Africa has been a party to the Cape Town Convention and its Protocol on Matters Specific to Aircraft Equipment since 2007")
RL(d, ["Luxembourg", "Spain", "Sweden", "Gabon", "Paraguay"], PARTY, LRP, None,
   "Its Contracting States include Luxembourg, Spain, Sweden, Gabon and Paraguay")
R(d, "European Union", ACCEPTED, LRP, "2014", "the European Union, which approved the Protocol in 2014 for matters within its competence")
R(d, "Mozambique", "signed", LRP, "2014", "Mozambique signed the Rail Protocol in 2014 but has not ratified it")
R(d, "Mozambique", NOTRATIFIED, LRP, None, "Mozambique signed the Rail Protocol in 2014 but has not ratified it", negated=True)
RL(d, ["Zimbabwe", "Botswana"], "signed", LRP, None, "Zimbabwe and Botswana have not signed it", negated=True)
R(d, SA_MIN, "called-for", LRP, None, "South Africa would \"encourage our partners in SADC to follow\"", required=False)

# ===================== 14 =====================
d = "14.txt"
R(d, "Rwanda", ACCEDED, OST, "2025-08-28",
  "On 28 August 2025, the Government of the Republic of Rwanda deposited in London its instrument of accession to the Outer Space Treaty")
R(d, "Rwanda", "party", OST, None, "the Treaty entered into force for Rwanda on the date of deposit", required=False)
R(d, "Rwanda", ACCEDED, RESCUE, "2025-08-28",
  "On the same date, the Government of the Republic of Rwanda deposited in London its instrument of accession to the Rescue Agreement")
R(d, "EUMETSAT", ACCEPTED, RESCUE, "2025-09-03",
  "On 3 September 2025, the European Organisation for the Exploitation of Meteorological Satellites (EUMETSAT) deposited a declaration under Article 6 of the "
  "Rescue Agreement accepting the rights and obligations provided for in the Agreement")
R(d, "Paraguay", RATIFIED, LIAB, "2025-07-02",
  "on 2 July 2025 the Government of the Republic of Paraguay deposited in Washington its instrument of ratification of the Liability Convention")
R(d, "Paraguay", "signed", LIAB, "1972-03-29", "which Paraguay signed on 29 March 1972")
R(d, "Uzbekistan", ACCEDED, LIAB, "2025-07-10",
  "on 10 July 2025 the Government of the Republic of Uzbekistan deposited in Moscow its instrument of accession to the Liability Convention")
R(d, "Rwanda", JOINED, LIAB, None,
  "it has not deposited, and does not intend at present to deposit, an instrument of accession to the Liability Convention", negated=True)

# ===================== 15 =====================
d = "15.txt"
DAY = "2025-12-04"
R(d, "Viet Nam", SIGNED_DECL, ARTEMIS, "2025-12-02",
  "On 2 December, Deputy Minister of Science and Technology Bui The Duy signed the Artemis Accords on behalf of the Socialist Republic of Viet Nam",
  alt=["On Tuesday Viet Nam signed the Artemis Accords in Washington", "Viet Nam thus becomes the 59th signatory"])
R(d, "Viet Nam", ACCEDED, OST, "1980", "the Outer Space Treaty, to which Viet Nam acceded in 1980")
R(d, "Viet Nam", PARTY, RESCUE, None, "Viet Nam is also a party to the Rescue Agreement and the Liability Convention")
R(d, "Viet Nam", PARTY, LIAB, None, "Viet Nam is also a party to the Rescue Agreement and the Liability Convention")
R(d, "Saudi Arabia", "party", MOON, None, "Saudi Arabia withdrew from the Moon Agreement", negated=True, required=False)
R(d, "Saudi Arabia", SIGNED_DECL, ARTEMIS, None, "after signing the Accords", required=False)
R(d, "Viet Nam", NOTBOUND, MOON, None, "Viet Nam is not a party to the Moon Agreement, and we have no plan to accede to it at this time", negated=True)
RL(d, ["France", "India"], "signed", MOON, None, "France and India, which signed the Moon Agreement but never ratified it")
RL(d, ["France", "India"], NOTRATIFIED, MOON, None, "France and India, which signed the Moon Agreement but never ratified it", negated=True)
RL(d, ["France", "India"], SIGNED_DECL, ARTEMIS, None, "have both also signed the Artemis Accords")
RL(d, ["Mexico", "Peru"], PARTY, MOON, None, "several parties to the Moon Agreement, such as Mexico and Peru")
RL(d, ["Mexico", "Peru"], SIGNED_DECL, ARTEMIS, None, "several parties to the Moon Agreement, such as Mexico and Peru, have signed the Accords as well")
R(d, "Viet Nam", "signed", REG, None,
  "Viet Nam will also sign the Convention on Registration of Objects Launched into Outer Space", negated=True, required=False)
R(d, "Viet Nam", JOINED, REG, None, "The competent agencies are studying the Registration Convention", negated=True,
  alt=["When Viet Nam decides to accede, we will inform you"])
R(d, "Viet Nam", "called-for", COC, DAY,
  "Viet Nam calls for the early conclusion of an effective and substantive Code of Conduct in the South China Sea (COC)")

# ===================== 16 =====================
d = "16.txt"
R(d, "Cambodia", ACCEDED, RT68, "2025-11-24",
  "The instrument of accession was deposited with the Secretary-General of the United Nations in New York on Monday, 24 November 2025",
  alt=["the Royal Government of Cambodia has acceded to the Convention on Road Traffic, done at Vienna on 8 November 1968"])
R(d, "Cambodia", ACCEDED, RS68, "2025-11-24",
  "At the same time, Cambodia deposited its instrument of accession to the Convention on Road Signs and Signals")
RL(d, ["Thailand", "Viet Nam", "Lao PDR"], PARTY, RT68, None,
   "Cambodia's neighbours Thailand, Viet Nam and the Lao People's Democratic Republic are Contracting Parties to the 1968 Convention")
R(d, "Myanmar", NOTBOUND, RT68, None, "Myanmar is not a party to the 1968 Convention", negated=True)
R(d, "Myanmar", PARTY, RT49, "1959", "has been bound by the 1949 Geneva Convention on Road Traffic since 1959")
R(d, "Cambodia", RATIFIED, AFAFIST, "2011", "Cambodia ratified the ASEAN Framework Agreement on the Facilitation of Inter-State Transport in 2011")
R(d, "Cambodia", JOINED, A98, None,
  "The Ministry is also considering accession to the 1998 Agreement concerning the Establishing of Global Technical Regulations for Wheeled Vehicles",
  negated=True)
for inst in (RT68, RS68):
    R(d, TODT, "called-for", inst, None, "urged the remaining ASEAN Member States to accede to both Vienna Conventions")

gold.finish(MIN_CHARS, MAX_CHARS)
