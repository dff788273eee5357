#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, JOINED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
SUA = ("Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation", ["SUA Convention", "1988 SUA Convention", "1988 Convention"])
SUAP05 = ("Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation", ["2005 SUA Protocol", "SUA Protocol 2005"])
FPP05 = ("Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf", ["2005 Fixed Platforms Protocol", "2005 SUA Fixed Platforms Protocol"])
FPP88 = ("Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf", ["1988 Protocol", "Fixed Platforms Protocol", "1988 Fixed Platforms Protocol", "SUA PROT"])
HOST = ("International Convention against the Taking of Hostages", ["Hostages Convention", "resolution 34/146"])
TF = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention"])
AP_SL = ("Additional Protocol to Sierra Leone's comprehensive safeguards agreement", ["Additional Protocol", "Protocol Additional to the Safeguards Agreement"])
AP_SZ = ("Additional Protocol for the Kingdom of Eswatini", ["Additional Protocol", "Eswatini's Additional Protocol"])
AP_IR = ("Additional Protocol of the Islamic Republic of Iran", ["Additional Protocol"])
AP = ("Additional Protocol", ["Additional Protocol to a comprehensive safeguards agreement", "Protocol Additional to the Safeguards Agreement"])
MAP = ("Model Additional Protocol (INFCIRC/540)", ["Model Additional Protocol", "INFCIRC/540"])
P3BIS = ("Protocol relating to an amendment to the Convention on International Civil Aviation [Article 3 bis]", ["Article 3 bis Protocol", "3 bis Protocol", "Article 3 bis"])
P83BIS = ("Protocol relating to an amendment to the Convention on International Civil Aviation [Article 83 bis]", ["Article 83 bis Protocol", "83 bis Protocol", "Protocol relating to Article 83 bis", "83 bis amendment"])
CHICAGO = ("Convention on International Civil Aviation", ["Chicago Convention"])
AEWA = ("Agreement on the Conservation of African-Eurasian Migratory Waterbirds", ["AEWA"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Convention on Migratory Species"])
R912 = ("AEWA Resolution 9.12 on the phase-out of lead gunshot in wetlands", ["Resolution 9.12"])
R94 = ("AEWA Resolution 9.4 on the revised International Single Species Action Plan for the Sociable Lapwing", ["Resolution 9.4"])
AEWAAM = ("2023 amendments to Annex 3 of AEWA", ["2023 amendments to Annex 3"])
EUROBATS = ("Agreement on the Conservation of Populations of European Bats", ["EUROBATS"])
ACCOBAMS = ("Agreement on the Conservation of Cetaceans of the Black Sea, Mediterranean Sea and contiguous Atlantic Area", ["ACCOBAMS"])
D105 = ("EUROBATS draft Resolution 10.5 on wind turbines and bat populations", ["draft Resolution 10.5", "Resolution 10.5"])
D102 = ("EUROBATS draft Resolution 10.2 on the guidelines for underground habitats", ["draft Resolution 10.2", "Resolution 10.2"])
D108 = ("EUROBATS draft Resolution 10.8 on light pollution", ["draft Resolution 10.8", "Resolution 10.8"])
EB95 = ("1995 Amendment to the Agreement on the Conservation of Populations of European Bats", ["1995 Amendment"])
ACCAM = ("amendment to Article I of ACCOBAMS extending the Agreement area", ["amendment to Article I", "extension of the Agreement area"])
R816 = ("ACCOBAMS Resolution 8.16 on bycatch", ["Resolution 8.16"])
SAWS = ("proposal to amend the Schedule to create a South Atlantic Whale Sanctuary (IWC/69/7 Rev1)", ["IWC/69/7 Rev1", "South Atlantic Whale Sanctuary", "sanctuary proposal", "Schedule amendment"])
VAQ = ("IWC Resolution 2024-3 on the conservation of the vaquita and other small cetaceans", ["Resolution 2024-3"])
ICRW = ("International Convention for the Regulation of Whaling", ["ICRW", "Whaling Convention"])
UNFSA = ("United Nations Fish Stocks Agreement", ["Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks", "Fish Stocks Agreement", "UNFSA"])
UNCLOS = ("Law of the Sea Convention", ["United Nations Convention on the Law of the Sea", "UNCLOS"])
R77118 = ("resolution 77/118 on sustainable fisheries", ["resolution 77/118", "A/RES/77/118"])
FCNM = ("Framework Convention for the Protection of National Minorities", ["FCNM", "Treaty 157", "ETS No. 157"])
CMN252 = ("Resolution CM/ResCMN(2025)2 on the implementation of the Framework Convention by Armenia", ["CM/ResCMN(2025)2"])
ECRML = ("European Charter for Regional or Minority Languages", ["ETS No. 148", "Charter", "ECRML"])
PACE2363 = ("Resolution 2363 (2021) of the Parliamentary Assembly of the Council of Europe", ["Resolution 2363 (2021)", "PACE Resolution 2363"])
CPT196 = ("Council of Europe Convention on the Prevention of Terrorism", ["Convention on the Prevention of Terrorism", "CETS No. 196"])
AP217 = ("Additional Protocol to the Council of Europe Convention on the Prevention of Terrorism", ["Additional Protocol (CETS No. 217)", "CETS No. 217", "Additional Protocol"])
CTSTRAT = ("Council of Europe Counter-Terrorism Strategy (2023–2027)", ["Counter-Terrorism Strategy", "Council of Europe Counter-Terrorism Strategy"])
R76262 = ("resolution 76/262", ["A/76/L.52", "Standing mandate for a General Assembly debate when a veto is cast in the Security Council", "veto initiative"])
S506 = ("draft resolution S/2023/506 on the Syria cross-border aid mechanism", ["S/2023/506"])
S507 = ("draft resolution S/2023/507 on the Syria cross-border aid mechanism", ["S/2023/507"])
R2672 = ("resolution 2672 (2023)", ["S/RES/2672 (2023)", "resolution 2672"])
R2634 = ("resolution 2634 (2022)", ["S/RES/2634 (2022)", "resolution 2634"])
YAOUNDE = ("Yaoundé Code of Conduct", ["Code of Conduct concerning the repression of piracy, armed robbery against ships, and illicit maritime activity in West and Central Africa"])
FRMX = ("political declaration on the suspension of the veto in case of mass atrocities", ["French-Mexican declaration", "Political Declaration on Suspension of Veto Powers in Cases of Mass Atrocity"])
ACT = ("ACT Code of Conduct regarding Security Council action against genocide, crimes against humanity or war crimes", ["ACT Code of Conduct", "ACT Code", "Code of Conduct"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Viet Nam", "Türkiye", "Czechia", "Côte d'Ivoire", "Netherlands",
          "Republic of Moldova", "Philippines", "United Arab Emirates", "Cabo Verde", "Eswatini", "Republic of Korea", "European Union", "Syria",
          "Marshall Islands", "Kiribati", "Guinea", "Egypt", "China", "Papua New Guinea", "Timor-Leste", "Cambodia", "Gambia", "Mexico", "Saudi Arabia", "Lao PDR"),
    "Venezuela": ["Venezuela", "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Montenegro": ["Montenegro"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
}
IMOSG = ["IMO Secretary-General", "Secretary-General of the International Maritime Organization", "Arsenio Dominguez", "International Maritime Organization", "IMO"]
SUACONF = ["Diplomatic Conference on the Revision of the SUA Treaties", "Diplomatic Conference", "International Maritime Organization", "IMO"]
IAEABOG = ["IAEA Board of Governors", "Board of Governors", "International Atomic Energy Agency", "IAEA"]
IAEADG = ["IAEA Director General", "Rafael Mariano Grossi", "International Atomic Energy Agency", "IAEA"]
ICAOA = ["ICAO Assembly", "Assembly of the International Civil Aviation Organization", "International Civil Aviation Organization", "ICAO"]
ICAOSG = ["ICAO Secretary General", "Juan Carlos Salazar", "International Civil Aviation Organization", "ICAO"]
AEWAMOP = ["AEWA Meeting of the Parties", "Meeting of the Parties", "MOP9", "Ninth Session of the Meeting of the Parties"]
AEWASC = ["Chair of the AEWA Standing Committee", "AEWA Standing Committee", "Birgit Hansen", "Standing Committee"]
ACCMOP = ["ACCOBAMS Meeting of the Parties", "Meeting of the Parties", "Fourth Meeting of the Parties", "MOP8"]
CWM = ["Cetacean Watch Mediterranean", "Cetacean Watch"]
IWC = ["International Whaling Commission", "IWC", "Commission"]
EUMS = ["European Union member States", "European Union", "EU"]
PIFFA = ["Pacific Islands Forum Fisheries Agency", "Forum Fisheries Agency", "FFA"]
COECM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Alain Berset", "Council of Europe"]
PACE = ["Parliamentary Assembly of the Council of Europe", "PACE", "Parliamentary Assembly"]
NB8 = ["Nordic-Baltic Eight", "NB8", "Ministers of Justice and of the Interior of the Nordic-Baltic Eight", "Ministers"]
ACTG = ["Accountability, Coherence and Transparency group", "ACT group", "ACT"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for



# ===================== 01 IMO depositary notes =====================
d = "01.txt"
DAY = "2024-03-08"
R(d, "Cabo Verde", ACCEDED, SUAP05, "2024-01-12", "Cabo Verde: instrument of accession to both 2005 Protocols, deposited on 12 January 2024")
R(d, "Cabo Verde", ACCEDED, FPP05, "2024-01-12", "Cabo Verde: instrument of accession to both 2005 Protocols, deposited on 12 January 2024")
R(d, "Peru", ACCEDED, SUAP05, "2024-02-02", "Peru – accession to the 2005 SUA Protocol only (2 February 2024)")
R(d, "Peru", JOINED, FPP05, None, "Peru – accession to the 2005 SUA Protocol only (2 February 2024)", negated=True, required=False)
R(d, "Qatar", ACCEDED, SUAP05, "2024-02-20", "Qatar (accession; 2005 SUA Protocol and 2005 Fixed Platforms Protocol), 20 February 2024")
R(d, "Qatar", ACCEDED, FPP05, "2024-02-20", "Qatar (accession; 2005 SUA Protocol and 2005 Fixed Platforms Protocol), 20 February 2024")
R(d, "Uruguay", RATIFIED, SUAP05, "2024-03-05",
  "on Tuesday of this week the Permanent Representative of Uruguay to IMO deposited an instrument of ratification of the 2005 SUA Protocol")
R(d, "Uruguay", "signed", SUAP05, "2006", "which Uruguay had signed, subject to ratification, in 2006")
adq = "Both Protocols were adopted on 14 October 2005 by the Diplomatic Conference on the Revision of the SUA Treaties"
R(d, SUACONF, "adopted", SUAP05, "2005-10-14", adq)
R(d, SUACONF, "adopted", FPP05, "2005-10-14", adq)
lq = ("Among the States that are party to the 1988 Convention but have not yet become party to the 2005 SUA Protocol are Brazil, Indonesia, "
      "Malaysia and Egypt.")
for s in ["Brazil", "Indonesia", "Malaysia", "Egypt"]:
    R(d, s, "party", SUA, None, lq)
    R(d, s, JOINED, SUAP05, None, lq, negated=True)
R(d, "India", "party", SUA, None, "India, also a Contracting State to the SUA Convention")
iq = "India, also a Contracting State to the SUA Convention, has signed neither 2005 Protocol."
R(d, "India", "signed", SUAP05, None, iq, negated=True)
R(d, "India", "signed", FPP05, None, iq, negated=True)
R(d, "Mexico", "signed", SUAP05, "2006-02-13", "Mexico signed the 2005 SUA Protocol on 13 February 2006")
R(d, "Mexico", RATIFIED, SUAP05, None, "the ratification by Mexico of that instrument is still pending", negated=True)
nq = "Neither the Islamic Republic of Iran nor Venezuela is a party to either of the 2005 Protocols."
for s in ["Iran", "Venezuela"]:
    R(d, s, NOTBOUND, SUAP05, None, nq, negated=True)
    R(d, s, NOTBOUND, FPP05, None, nq, negated=True)
cq = ("The Secretary-General, Mr. Arsenio Dominguez, has urged all Member States that have not yet done so to consider becoming Parties to the "
      "2005 Protocols at the earliest opportunity")
R(d, IMOSG, "called-for", SUAP05, DAY, cq)
R(d, IMOSG, "called-for", FPP05, DAY, cq)

# ===================== 02 Timor-Leste press release =====================
d = "02.txt"
DAY = "2023-11-14"
R(d, "Timor-Leste", ACCEDED, HOST, "2023-11-13",
  "on Monday, 13 November, the Permanent Representative of the Democratic Republic of Timor-Leste to the United Nations, Ambassador Dionísio da Costa "
  "Babo Soares, deposited with the Secretary-General of the United Nations the instrument of accession of Timor-Leste to the International Convention "
  "against the Taking of Hostages")
R(d, GA, "adopted", HOST, "1979-12-17", "The Convention was adopted by the General Assembly of the United Nations in resolution 34/146 of 17 December 1979")
R(d, "Timor-Leste", "party", HOST, None, "With this deposit, Timor-Leste becomes the 177th State party to the Convention.", required=False,
  alt=["Today Timor-Leste is a party to one of the foundational instruments of the international legal framework against terrorism."])
R(d, "Timor-Leste", "committed", HOST, DAY, "We are committed to the full implementation of the Hostages Convention")
R(d, "Timor-Leste", "committed", TF, DAY, "as we are to the International Convention for the Suppression of the Financing of Terrorism")
R(d, "Timor-Leste", RATIFIED, TF, "2019", "the International Convention for the Suppression of the Financing of Terrorism, which we ratified in 2019")
R(d, "Timor-Leste", JOINED, SUA, None,
  "Timor-Leste also intends to accede, in the course of 2024, to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime "
  "Navigation (SUA Convention)", negated=True)
R(d, "Papua New Guinea", ACCEDED, HOST, "2022-09", "Papua New Guinea, a close partner in the region, acceded to the Hostages Convention in September 2022")
R(d, "Timor-Leste", "called-for", HOST, DAY,
  "He encouraged the remaining States of the Pacific and South-East Asia that are not yet parties, in particular Solomon Islands and Vanuatu, "
  "to join the Convention at the earliest opportunity.")
RL(d, ["Solomon Islands", "Vanuatu"], NOTBOUND, HOST, None, "the remaining States of the Pacific and South-East Asia that are not yet parties, in particular Solomon Islands and Vanuatu",
   negated=True, required=False)
R(d, "Cambodia", "signed", HOST, "1980", "except Cambodia, which signed it in 1980")
R(d, "Cambodia", RATIFIED, HOST, None, "except Cambodia, which signed it in 1980 but has yet to ratify it", negated=True)

# ===================== 03 IAEA press release =====================
d = "03.txt"
DAY = "2024-09-17"
R(d, "Sierra Leone", "signed", AP_SL, DAY,
  "Sierra Leone today signed an Additional Protocol to its comprehensive safeguards agreement with the International Atomic Energy Agency (IAEA)",
  alt=["The Protocol was signed by IAEA Director General Rafael Mariano Grossi and by Timothy Musa Kabba, Minister of Foreign Affairs and International "
       "Cooperation of Sierra Leone."])
R(d, IAEADG, "signed", AP_SL, DAY, "The Protocol was signed by IAEA Director General Rafael Mariano Grossi", required=False)
R(d, IAEABOG, ["adopted", "endorsed"], AP_SL, "2024-06", "It was approved by the IAEA Board of Governors in June.", required=False)
R(d, "Sierra Leone", RATIFIED, AP_SL, None,
  "Sierra Leone will bring the Additional Protocol into force once its parliamentary procedures are completed", negated=True)
R(d, "Eswatini", PARTY, AP_SZ, "2024-09-02",
  "the Additional Protocol for the Kingdom of Eswatini entered into force on 2 September 2024, upon the Agency's receipt of written notification from "
  "Eswatini that its statutory and constitutional requirements for entry into force had been met")
R(d, "Eswatini", "signed", AP_SZ, "2010", "Eswatini signed its Additional Protocol in 2010.")
R(d, IAEABOG, ["adopted", "endorsed"], MAP, "1997-05", "The Model Additional Protocol (INFCIRC/540) was approved by the Board of Governors in May 1997.")
R(d, "Iran", "signed", AP_IR, "2003-12", "The Islamic Republic of Iran signed an Additional Protocol in December 2003")
R(d, "Iran", RATIFIED, AP_IR, None, "but never brought it into force", negated=True)
RL(d, ["Argentina", "Brazil"], "signed", AP, None, "Neither Argentina nor Brazil has signed an Additional Protocol", negated=True)
R(d, "Egypt", "signed", AP, None, "Egypt has stated that it will not consider one until all States in the Middle East have joined the Treaty on the "
  "Non-Proliferation of Nuclear Weapons", negated=True)
R(d, "Saudi Arabia", "signed", AP, None, "Saudi Arabia, which has only a small quantities protocol, has also not signed an Additional Protocol.", negated=True)
R(d, IAEADG, "called-for", AP, DAY,
  "Mr Grossi called on all States that have not yet done so to conclude Additional Protocols and bring them into force as soon as possible")

# ===================== 04 ICAO web page =====================
d = "04.txt"
DAY = "2025-04-11"
R(d, "Bhutan", RATIFIED, P3BIS, "2025-01-14", "Bhutan (14 January 2025)")
R(d, "Guinea-Bissau", RATIFIED, P3BIS, "2025-02-03", "Guinea-Bissau (3 February 2025)")
R(d, "Kiribati", RATIFIED, P3BIS, "2025-02-27", "Kiribati (27 February 2025)")
R(d, "Tuvalu", RATIFIED, P3BIS, None, "Instruments of ratification were deposited with ICAO, as depositary, by Bhutan (14 January 2025), Guinea-Bissau (3 February 2025), "
  "Kiribati (27 February 2025) and, last week, Tuvalu.")
R(d, ICAOA, "adopted", P3BIS, "1984-05-10", "was adopted unanimously by the 25th Session (Extraordinary) of the ICAO Assembly on 10 May 1984")
R(d, ICAOSG, "called-for", P3BIS, DAY, "urged the remaining Contracting States of the Chicago Convention to ratify the Protocol without delay")
sq = "The same States also ratified the Protocol relating to Article 83 bis"
RL(d, ["Bhutan", "Guinea-Bissau", "Kiribati"], RATIFIED, P83BIS, None, sq)
R(d, ICAOA, "adopted", P83BIS, "1980-10-06", "adopted by the 23rd Session of the Assembly on 6 October 1980")
R(d, "Tuvalu", ACCEDED, CHICAGO, "2023", "Tuvalu, however, acceded to the Chicago Convention itself only in 2023")
R(d, "Tuvalu", RATIFIED, P83BIS, None, "has so far deposited no instrument for the 83 bis amendment", negated=True,
  alt=["its Civil Aviation Department indicated that it would do so before the 42nd Session of the Assembly"])
nq = "Among the Contracting States that have still not ratified the 3 bis Protocol are Afghanistan, Somalia and the Marshall Islands"
RL(d, ["Afghanistan", "Somalia", "Marshall Islands"], RATIFIED, P3BIS, None, nq, negated=True)
RL(d, ["Afghanistan", "Somalia", "Marshall Islands"], "party", CHICAGO, None, nq, required=False)
R(d, "Nauru", "signed", P3BIS, "2002", "Nauru, which signed it in 2002")
R(d, "Nauru", RATIFIED, P3BIS, None, "Nauru, which signed it in 2002, has likewise not ratified", negated=True)
R(d, "Saint Lucia", PARTY, ("Montréal Protocol 2014", ["Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", "MP14"]),
  "2025-02-20", "20 February 2025: Saint Lucia becomes party to the Montréal Protocol 2014")
kq = "6 February 2025: Kiribati ratifies the Article 50(a) and 56 Protocols"
R(d, "Kiribati", RATIFIED, ("Protocol relating to an amendment to Article 50(a) of the Convention on International Civil Aviation", ["Article 50(a) Protocol"]), "2025-02-06", kq)
R(d, "Kiribati", RATIFIED, ("Protocol relating to an amendment to Article 56 of the Convention on International Civil Aviation", ["Article 56 Protocol"]), "2025-02-06", kq)
R(d, ["ICAO Council", "Council of ICAO", "International Civil Aviation Organization", "ICAO"], ADOPTED,
  ("Global Aviation Safety Plan", ["GASP", "updated Global Aviation Safety Plan"]), "2025-03-04",
  "4 March 2025: ICAO Council approves updated Global Aviation Safety Plan", required=False)

# ===================== 05 AEWA newsletter =====================
d = "05.txt"
DAY = "2025-11-03"
R(d, "Angola", ACCEDED, AEWA, "2025-05-19", "Angola, whose instrument of accession was received by the Depositary, the Government of the Netherlands, on 19 May 2025")
R(d, "Kazakhstan", ACCEDED, AEWA, "2025-07-02", "Kazakhstan, on 2 July 2025", alt=["Our accession to AEWA completes what we began when we joined CMS"])
R(d, "Oman", ACCEDED, AEWA, "2025-10", "and Oman, last month")
R(d, "Kazakhstan", PARTY, CMS, "2006", "Kazakhstan, a Party to CMS since 2006")
mq = ("The Ninth Session of the Meeting of the Parties (MOP9), held in Bonn from 22 to 26 September 2025, adopted 24 resolutions, including Resolution 9.12 "
      "on the phase-out of lead gunshot in wetlands and Resolution 9.4 on the revised International Single Species Action Plan for the Sociable Lapwing")
R(d, AEWAMOP, "adopted", R912, "2025-09", mq)
R(d, AEWAMOP, "adopted", R94, "2025-09", mq)
pq = "Resolution 9.12 was proposed by the European Union and its Member States, Switzerland and Senegal"
R(d, ["European Union", "EU", "European Union and its Member States"], "co-sponsored", R912, None, pq)
RL(d, ["Switzerland", "Senegal"], "co-sponsored", R912, None, pq)
RL(d, ["Mauritania", "Ghana", "Georgia"], "co-sponsored", R912, None, "co-sponsored by Mauritania, Ghana and Georgia")
R(d, "Norway", "supported", R912, None, "Norway expressed reservations about the timetable but joined the consensus", required=False)
R(d, "Russian Federation", JOINED, AEWA, None, "The Russian Federation, an important Range State for breeding waterbirds, has not acceded to AEWA", negated=True)
R(d, "Iraq", NOTBOUND, AEWA, None, "Neither Iraq nor Saudi Arabia is a Party", negated=True,
  alt=["the Iraqi observer said only that accession was \"being studied in Baghdad\""])
R(d, "Saudi Arabia", NOTBOUND, AEWA, None, "Neither Iraq nor Saudi Arabia is a Party", negated=True)
R(d, AEWASC, "called-for", AEWA, "2025-09-26", "called on all Range States that have not yet done so to join AEWA before MOP10")
R(d, AEWASC, "called-for", AEWAAM, "2025-09-26", "invited Parties to ratify the 2023 amendments to Annex 3")
R(d, "Morocco", "signed", AEWA, "1999", "Morocco, which signed the Agreement in 1999")
R(d, "Morocco", RATIFIED, AEWA, "2012", "Morocco, which signed the Agreement in 1999, deposited its instrument of ratification in 2012.")
R(d, "Chad", "signed", AEWA, "2022", "Chad signed in 2022")
R(d, "Chad", RATIFIED, AEWA, None, "Chad signed in 2022 but has not ratified.", negated=True)

# ===================== 06 Montenegro at EUROBATS MOP10 =====================
d = "06.txt"
DAY = "2025-10-08"
R(d, "Montenegro", ACCEDED, EUROBATS, DAY,
  "our Ambassador in London deposited Montenegro's instrument of accession with the Depositary, the Government of the United Kingdom, this morning")
R(d, "Montenegro", "party", EUROBATS, DAY, "today my country became a Party to the Agreement on the Conservation of Populations of European Bats", required=False)
R(d, "Montenegro", PARTY, CMS, "2009", "We have been a Party to the Convention on Migratory Species since 2009")
R(d, "Montenegro", PARTY, ACCOBAMS, "2009", "and to ACCOBAMS since the same year")
cq = "Montenegro is proud to co-sponsor draft Resolution 10.5 on wind turbines and bat populations, together with Croatia, Slovenia and North Macedonia"
RL(d, ["Montenegro", "Croatia", "Slovenia", "North Macedonia"], "co-sponsored", D105, DAY, cq)
R(d, "Montenegro", "supported", D105, None, "we will support it when it comes before the plenary on Friday", negated=True)
R(d, "Montenegro", "supported", D102, DAY, "We also support draft Resolution 10.2 on the guidelines for underground habitats.")
R(d, "Montenegro", "co-sponsored", D108, None, "Montenegro will not co-sponsor it", negated=True)
R(d, "Serbia", NOTBOUND, EUROBATS, None, "Serbia, our neighbour, is not yet a Party to EUROBATS", negated=True)
R(d, "Albania", "signed", EUROBATS, "2017", "Albania signed the Agreement in 2017")
R(d, "Albania", RATIFIED, EUROBATS, None, "Albania signed the Agreement in 2017 without ratifying it", negated=True)
R(d, "Montenegro", "called-for", EUROBATS, DAY, "Montenegro calls on all Range States of the Western Balkans to join the Agreement at the earliest possible date.")
R(d, "Azerbaijan", ACCEDED, EUROBATS, "2024", "we welcome the accession of Azerbaijan last year")
R(d, "Bosnia and Herzegovina", RATIFIED, EB95, None, "congratulate Bosnia and Herzegovina on its ratification of the 1995 Amendment to the Agreement")

# ===================== 07 NGO tracker ACCOBAMS =====================
d = "07.txt"
DAY = "2025-06-30"
for s, y in [("Albania", "2001"), ("Algeria", "2007"), ("Bulgaria", "1999"), ("Croatia", "2000"), ("Cyprus", "2006"), ("Egypt", "2004"), ("France", "2004"),
             ("Georgia", "2001"), ("Greece", "2008"), ("Italy", "2005"), ("Lebanon", "2004"), ("Libya", "2005"), ("Malta", "2001"), ("Monaco", "1997"),
             ("Montenegro", "2009"), ("Morocco", "1999"), ("Portugal", "2004"), ("Romania", "2000"), ("Slovenia", "2006"), ("Spain", "1999"),
             ("Syria", "2004"), ("Tunisia", "2001"), ("Ukraine", "2003")]:
    R(d, s, PARTY, ACCOBAMS, y, f"{s} ({y})")
R(d, "Türkiye", ACCEDED, ACCOBAMS, "2025-03-14", "Türkiye, whose instrument of accession Monaco received on 14 March 2025")
R(d, "Bosnia and Herzegovina", "signed", ACCOBAMS, "2019", "Bosnia and Herzegovina (signed 2019)")
R(d, "Bosnia and Herzegovina", RATIFIED, ACCOBAMS, None, "Bosnia and Herzegovina (signed 2019)", negated=True)
R(d, "Israel", "signed", ACCOBAMS, "1996", "Israel (signed 1996; ratification \"under review\" since 2013)")
R(d, "Israel", RATIFIED, ACCOBAMS, None, "Israel (signed 1996; ratification \"under review\" since 2013)", negated=True)
nq = "Russian Federation, United Kingdom (for Gibraltar), Mauritania"
for s in ["Russian Federation", "United Kingdom", "Mauritania"]:
    R(d, s, NOTBOUND, ACCOBAMS, None, nq, negated=True)
    R(d, s, "signed", ACCOBAMS, None, nq, negated=True)
R(d, ACCMOP, "adopted", ACCAM, "2010", "adopted by the Fourth Meeting of the Parties in 2010")
RL(d, ["Portugal", "Spain", "France", "Monaco", "Morocco"], ["ratified", "party", "acceded"], ACCAM, None,
   "has been accepted by Portugal, Spain, France, Monaco and Morocco")
RL(d, ["Italy", "Greece"], ["ratified", "party", "acceded"], ACCAM, None, "Italy and Greece have not yet accepted it.", negated=True)
R(d, CWM, "called-for", ACCAM, DAY, "Our campaign asks Greece to deposit its instrument of acceptance before MOP9.")
R(d, CWM, "called-for", ACCOBAMS, DAY, "We call on Israel to complete the ratification it began 29 years ago, and on Bosnia and Herzegovina to follow its signature with ratification.")
R(d, ACCMOP, "adopted", R816, "2022", "Resolution 8.16 on bycatch, adopted at MOP8 in Malta in 2022")
RL(d, ["Italy", "Tunisia"], "co-sponsored", R816, None, "was co-sponsored by Italy and Tunisia")
R(d, "Libya", "co-sponsored", R816, None, "Libya declined to co-sponsor it.", negated=True)

# ===================== 08 IWC69 =====================
d = "08.txt"
DAY, WED = "2024-10-24", "2024-10-23"
cq = "presented by Brazil on behalf of its co-sponsors Argentina, Gabon, South Africa and Uruguay"
RL(d, ["Brazil", "Argentina", "Gabon", "South Africa", "Uruguay"], "co-sponsored", SAWS, None, cq)
fav = ["Argentina", "Australia", "Austria", "Belgium", "Brazil", "Bulgaria", "Chile", "Colombia", "Costa Rica", "Croatia", "Cyprus", "Czechia",
       "Dominican Republic", "Ecuador", "Estonia", "Finland", "France", "Gabon", "Germany", "Hungary", "India", "Ireland", "Israel", "Italy",
       "Luxembourg", "Mexico", "Monaco", "Netherlands", "New Zealand", "Panama", "Peru", "Portugal", "Romania", "San Marino", "Slovakia",
       "Slovenia", "South Africa", "Spain", "Switzerland", "United Kingdom", "United States", "Uruguay"]
assert len(fav) == 42
fq = "In favour: " + ", ".join(fav) + "."
RL(d, fav, "supported", SAWS, WED, fq)
ag = ["Antigua and Barbuda", "Benin", "Cambodia", "Cameroon", "Côte d'Ivoire", "Gambia", "Ghana", "Guinea", "Iceland", "Kiribati", "Mongolia",
      "Nauru", "Norway", "Russian Federation", "Saint Kitts and Nevis", "Saint Lucia", "Solomon Islands", "Tuvalu"]
assert len(ag) == 18
aq = "Against: " + ", ".join(ag) + "."
for s in ag:
    R(d, s, "supported", SAWS, WED, aq, negated=True,
      alt=(["the Commissioner for Antigua and Barbuda said his country had opposed the proposal"] if s == "Antigua and Barbuda" else None))
abq = "Abstaining: Denmark, Republic of Korea, Oman."
R(d, "Denmark", "supported", SAWS, WED, abq, negated=True, alt=["Denmark, which abstained, said it could not support a sanctuary"])
RL(d, ["Republic of Korea", "Oman"], "supported", SAWS, WED, abq, negated=True)
R(d, "Saint Vincent and the Grenadines", "supported", SAWS, WED, "Saint Vincent and the Grenadines was present but did not participate in the vote.", negated=True)
R(d, IWC, "adopted", VAQ, "2024-10",
  "the Commission adopted by consensus Resolution 2024-3 on the conservation of the vaquita and other small cetaceans")
R(d, "Mexico", "co-sponsored", VAQ, None, "which Mexico had tabled with the United States and the European Union member States as co-sponsors")
R(d, "United States", "co-sponsored", VAQ, None, "which Mexico had tabled with the United States and the European Union member States as co-sponsors")
R(d, EUMS, "co-sponsored", VAQ, None, "which Mexico had tabled with the United States and the European Union member States as co-sponsors", required=False)
R(d, "Norway", "supported", VAQ, None, "Norway joined the consensus.", required=False)
R(d, "Japan", NOTBOUND, ICRW, None, "Japan, which withdrew from the Convention with effect from 30 June 2019", negated=True, required=False)
R(d, "Peru", "called-for", SAWS, DAY, "Peru, the host, called on all IWC members to support it next time.")

# ===================== 09 wire story UNFSA =====================
d = "09.txt"
DAY = "2023-05-24"
R(d, "Viet Nam", ACCEDED, UNFSA, "2023-05-22",
  "Viet Nam on Monday became the latest country to join the 1995 United Nations Fish Stocks Agreement, depositing its instrument of accession",
  alt=["Viet Nam's accession, announced by its deputy permanent representative"])
R(d, "Ecuador", ACCEDED, UNFSA, "2016", "Ecuador, which acceded in 2016")
R(d, "Philippines", RATIFIED, UNFSA, "2014", "the Philippines, which ratified in 2014")
R(d, "China", "signed", UNFSA, "1996", "China signed the agreement in 1996")
R(d, "China", RATIFIED, UNFSA, None, "China signed the agreement in 1996 but has never ratified it", negated=True)
RL(d, ["Peru", "Colombia"], "signed", UNFSA, None, "Neither Peru nor Colombia has signed", negated=True)
R(d, "Venezuela", JOINED, UNFSA, None, "Venezuela has said repeatedly that it will not join a treaty linked to the Law of the Sea Convention", negated=True)
R(d, "Venezuela", NOTBOUND, UNCLOS, None, "the Law of the Sea Convention, to which it is not a party", negated=True)
R(d, "Thailand", JOINED, UNFSA, None, "Thailand's delegate said his government was \"actively considering\" accession", negated=True)
R(d, "European Union", RATIFIED, UNFSA, "2003", "The European Union, which ratified the agreement in 2003 together with its then member States")
jq = "the United States, Japan, Canada and Australia – all parties to the agreement"
for s in ["United States", "Japan", "Canada", "Australia"]:
    R(d, s, "party", UNFSA, None, jq)
    R(d, s, "committed", UNFSA, None, "said they were committed to its full implementation")
    R(d, s, "called-for", UNFSA, None, "urged all States that have not yet done so to become parties")
R(d, "Indonesia", RATIFIED, UNFSA, "2009", "Indonesia, which ratified it in 2009")
R(d, "Indonesia", "called-for", UNFSA, None, "Indonesia, which ratified it in 2009, backed the call.", required=False)
R(d, "Kiribati", RATIFIED, UNFSA, "2023-02", "Kiribati and Tuvalu had both deposited instruments of ratification \"earlier this year\", in February and March respectively")
R(d, "Tuvalu", RATIFIED, UNFSA, "2023-03", "Kiribati and Tuvalu had both deposited instruments of ratification \"earlier this year\", in February and March respectively")
R(d, GA, "adopted", R77118, "2022-12", "The General Assembly, which adopted its annual resolution on sustainable fisheries, resolution 77/118, by consensus last December")

# ===================== 10 Council of Europe page FCNM =====================
d = "10.txt"
DAY = "2025-02-01"
R(d, "Luxembourg", RATIFIED, FCNM, DAY,
  "Luxembourg deposited its instrument of ratification with the Secretary General of the Council of Europe, Alain Berset, at a ceremony in Strasbourg")
R(d, "Luxembourg", "party", FCNM, DAY, "the Framework Convention for the Protection of National Minorities gained its 40th State Party today: Luxembourg", required=False)
R(d, "Luxembourg", "signed", FCNM, "1995-07-20", "Luxembourg had signed the Convention on 20 July 1995")
R(d, COECM, "adopted", FCNM, "1994-11-10", "The Framework Convention was adopted by the Committee of Ministers on 10 November 1994")
sq = "Three member States – Belgium, Greece and Iceland – have signed the Framework Convention but not yet ratified it."
RL(d, ["Belgium", "Greece", "Iceland"], "signed", FCNM, None, sq)
RL(d, ["Belgium", "Greece", "Iceland"], RATIFIED, FCNM, None, sq, negated=True)
nq = "Four others, namely Andorra, France, Monaco and Türkiye, have neither signed nor ratified it."
RL(d, ["Andorra", "France", "Monaco", "Türkiye"], "signed", FCNM, None, nq, negated=True)
RL(d, ["Andorra", "France", "Monaco", "Türkiye"], RATIFIED, FCNM, None, nq, negated=True)
R(d, COESG, "called-for", FCNM, DAY, "the Secretary General encouraged those seven States to reconsider their position",
  alt=["asked Belgium, Greece and Iceland in particular to complete their ratification procedures"])
R(d, COECM, "adopted", CMN252, "2025-01-22",
  "At its meeting on 22 January 2025, the Committee of Ministers adopted Resolution CM/ResCMN(2025)2 on the implementation of the Framework Convention by Armenia")
R(d, "Armenia", PARTY, FCNM, "1998", "Armenia, a Party since 1998")

# ===================== 11 Senate note ECRML =====================
d = "11.txt"
DAY = "2024-06-05"
R(d, COECM, "adopted", ECRML, "1992-06-25",
  "was adopted as a convention by the Committee of Ministers of the Council of Europe on 25 June 1992")
R(d, "France", "signed", ECRML, "1999-05-07", "France signed the Charter in Budapest on 7 May 1999")
R(d, "France", RATIFIED, ECRML, None, "It has not ratified it.", negated=True,
  alt=["The Government has stated on several occasions since then that it does not intend to submit the Charter for ratification during the current legislature."])
rq = "They include Germany, the Netherlands, Spain and the United Kingdom, which ratified it in 1998, 1996, 2001 and 2001 respectively."
for s, y in [("Germany", "1998"), ("Netherlands", "1996"), ("Spain", "2001"), ("United Kingdom", "2001")]:
    R(d, s, RATIFIED, ECRML, y, rq)
R(d, "Italy", "signed", ECRML, "2000", "Italy signed the Charter in 2000")
R(d, "Russian Federation", "signed", ECRML, "2001", "the Russian Federation in 2001")
R(d, "Malta", "signed", ECRML, "1992", "and Malta in 1992")
RL(d, ["Italy", "Russian Federation", "Malta"], RATIFIED, ECRML, None, "none of the three has ratified", negated=True)
lq = ("Azerbaijan, Iceland, North Macedonia and the Republic of Moldova are also among the signatory States that have not ratified it.")
RL(d, ["Azerbaijan", "Iceland", "North Macedonia", "Republic of Moldova"], "signed", ECRML, None, lq)
RL(d, ["Azerbaijan", "Iceland", "North Macedonia", "Republic of Moldova"], RATIFIED, ECRML, None, lq, negated=True)
RL(d, ["Belgium", "Greece", "Ireland"], "signed", ECRML, None, "Belgium, Greece and Ireland have not signed the Charter at all.", negated=True)
R(d, "Portugal", "signed", ECRML, "2021", "Portugal, which had long been outside the Charter, signed it in 2021")
R(d, "Portugal", RATIFIED, ECRML, None, "is expected to ratify it once the Mirandese language law has been implemented", negated=True)
R(d, PACE, "adopted", PACE2363, "2021-01-28", "which the Assembly adopted on 28 January 2021")
R(d, PACE, "called-for", ECRML, "2021-01-28", "likewise invited France, Italy and the other signatory States to ratify it")

# ===================== 12 NB8 communiqué =====================
d = "12.txt"
DAY = "2025-04-03"
R(d, "Lithuania", RATIFIED, AP217, "2025-03-31",
  "Lithuania deposited its instrument of ratification of the Additional Protocol with the Secretary General of the Council of Europe earlier this week, on Monday 31 March")
RL(d, ["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"], "party", CPT196, None,
   "all eight NB8 countries are Parties to the Convention on the Prevention of Terrorism", required=False)
R(d, "Iceland", "signed", AP217, "2015-10-22", "Iceland, which signed the Additional Protocol on 22 October 2015")
R(d, "Iceland", RATIFIED, AP217, None, "Iceland expects to deposit its instrument of ratification by the end of 2025", negated=True,
  alt=["a bill authorising ratification would be laid before the Althingi in the autumn session"])
lq = "it had ratified both the Convention and the Additional Protocol, in 2008 and 2017 respectively"
R(d, "Latvia", RATIFIED, CPT196, "2008", lq)
R(d, "Latvia", RATIFIED, AP217, "2017", lq)
cq = ("The Ministers jointly called on all member States of the Council of Europe that have not yet done so to sign and ratify the Convention on the "
      "Prevention of Terrorism and its Additional Protocol")
R(d, NB8, "called-for", CPT196, DAY, cq)
R(d, NB8, "called-for", AP217, DAY, cq)
eq = "the European Union, which signed both instruments on 22 October 2015"
R(d, "European Union", "signed", CPT196, "2015-10-22", eq)
R(d, "European Union", "signed", AP217, "2015-10-22", eq)
eq2 = "the European Union, which signed both instruments on 22 October 2015, concluded them in 2018"
R(d, "European Union", ["ratified", "party", "acceded"], CPT196, "2018", eq2)
R(d, "European Union", ["ratified", "party", "acceded"], AP217, "2018", eq2)
R(d, NB8, "committed", CTSTRAT, DAY, "The Ministers further committed themselves to implementing the Council of Europe Counter-Terrorism Strategy (2023–2027)")
R(d, COECM, "adopted", CTSTRAT, "2023", "which the Committee of Ministers adopted in 2023")

# ===================== 13 GA meetings coverage 76/262 =====================
d = "13.txt"
DAY = "2022-04-26"
R(d, GA, "adopted", R76262, DAY,
  "Acting without a vote this morning, the General Assembly adopted a resolution titled \"Standing mandate for a General Assembly debate when a veto is cast "
  "in the Security Council\" (document A/76/L.52)", alt=["The Assembly then adopted resolution 76/262 without a vote."])
R(d, "Liechtenstein", "co-sponsored", R76262, None, "Introducing the draft, the representative of Liechtenstein, Christian Wenaweser")
cos = ["Albania", "Andorra", "Australia", "Austria", "Belgium", "Bulgaria", "Chile", "Costa Rica", "Croatia", "Cyprus", "Czechia", "Denmark", "Ecuador",
       "Estonia", "Finland", "Georgia", "Germany", "Greece", "Guatemala", "Iceland", "Ireland", "Italy", "Japan", "Latvia", "Lithuania", "Luxembourg",
       "Malta", "Marshall Islands", "Mexico", "Monaco", "Netherlands", "New Zealand", "Norway", "Palau", "Panama", "Portugal", "Republic of Moldova",
       "Romania", "San Marino", "Slovenia", "Spain", "Sweden", "Switzerland", "Ukraine", "United Kingdom", "United States"]
cq = ("was co-sponsored by 83 Member States, among them " + ", ".join(cos[:-2]) + ", the United Kingdom and the United States")
for s in cos:
    R(d, s, "co-sponsored", R76262, None, cq,
      alt=(["The representative of the United States, a co-sponsor"] if s == "United States" else None))
R(d, "France", "co-sponsored", R76262, None, "France, which did not co-sponsor the text", negated=True)
R(d, "France", "supported", R76262, DAY, "France, which did not co-sponsor the text, said it nevertheless supported it")
R(d, "Russian Federation", "supported", R76262, DAY, "his delegation dissociated itself from the resolution", negated=True)
R(d, "China", "co-sponsored", R76262, None, "China did not co-sponsor it", negated=True)
R(d, "Brazil", "co-sponsored", R76262, None, "Brazil said it had not co-sponsored the text but shared its objective.", negated=True)

# ===================== 14 Security Council coverage =====================
d = "14.txt"
DAY = "2023-07-11"
R(d, "Brazil", "co-sponsored", S506, None, "put forward by Brazil and Switzerland as penholders on the Syrian humanitarian file")
R(d, "Switzerland", "co-sponsored", S506, None, "put forward by Brazil and Switzerland as penholders on the Syrian humanitarian file")
f506 = ["Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland", "United Arab Emirates",
        "United Kingdom", "United States"]
q506 = "received 13 votes in favour (" + ", ".join(f506) + ")"
RL(d, f506, "supported", S506, DAY, q506)
R(d, "Russian Federation", "supported", S506, DAY, "to 1 against (Russian Federation)", negated=True,
  alt=["as the Russian Federation vetoed a draft resolution that would have renewed the mechanism for nine months"])
R(d, "China", "supported", S506, DAY, "with 1 abstention (China)", negated=True,
  alt=["China's representative said it had abstained on the nine-month draft"])
R(d, "Russian Federation", "co-sponsored", S507, None, "A competing text tabled by the Russian Federation (document S/2023/507)")
RL(d, ["China", "Russian Federation"], "supported", S507, DAY, "having obtained only 2 votes in favour (China, Russian Federation)",
   alt=["had voted in favour of the Russian text"])
RL(d, ["France", "United Kingdom", "United States"], "supported", S507, DAY, "to 3 against (France, United Kingdom, United States)", negated=True)
ab = ["Albania", "Brazil", "Ecuador", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland", "United Arab Emirates"]
RL(d, ab, "supported", S507, DAY, "with 10 abstentions (" + ", ".join(ab) + ")", negated=True)
R(d, UNSC, "adopted", R2672, "2023-01", "The authorization had last been extended in January by resolution 2672 (2023), adopted unanimously")

# ===================== 15 explainer SUA =====================
d = "15.txt"
R(d, ["Rome conference", "conference in Rome", "International Conference on the Suppression of Unlawful Acts against the Safety of Maritime Navigation"],
  "adopted", SUA, "1988-03-10",
  "on 10 March 1988 a conference in Rome adopted the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation (the SUA Convention)",
  required=False)
R(d, ["Rome conference", "conference in Rome", "International Conference on the Suppression of Unlawful Acts against the Safety of Maritime Navigation"],
  "adopted", FPP88, "1988-03-10", "along with a companion Protocol covering fixed platforms on the continental shelf", required=False)
R(d, "Italy", "signed", SUA, "1988-03-10", "Italy, as host of the Rome conference, signed on the day the Convention was adopted")
R(d, "Italy", RATIFIED, SUA, "1990", "Italy, as host of the Rome conference, signed on the day the Convention was adopted and ratified it in 1990")
RL(d, ["Austria", "Egypt"], "signed", SUA, "1988", "Austria and Egypt also signed in 1988")
R(d, "United States", RATIFIED, SUA, "1994", "The United States ratified the Convention in 1994")
R(d, "Russian Federation", RATIFIED, SUA, "2001", "the Russian Federation did so in 2001")
mq = "Among more recent parties are the Maldives and Papua New Guinea, which acceded in 2024 and 2023 respectively."
R(d, "Maldives", ACCEDED, SUA, "2024", mq)
R(d, "Papua New Guinea", ACCEDED, SUA, "2023", mq)
R(d, "Malaysia", ACCEDED, SUA, "2019", "Malaysia acceded only in 2019.")
R(d, "Somalia", NOTBOUND, SUA, None, "Somalia, despite the piracy crisis of the late 2000s, is still not a party", negated=True)
R(d, "Eritrea", NOTBOUND, SUA, None, "and neither is Eritrea", negated=True)
R(d, "Thailand", JOINED, SUA, None, "Thailand is \"studying\" accession", negated=True)
R(d, "Brazil", "party", SUA, None, "Brazil, for instance, is party to the Convention")
R(d, "Brazil", RATIFIED, FPP88, None, "Brazil, for instance, is party to the Convention but has not ratified the 1988 Protocol.", negated=True)
uq = "The United States ratified both in 2015."
R(d, "United States", RATIFIED, SUAP05, "2015", uq)
R(d, "United States", RATIFIED, FPP05, "2015", uq)
iq = "Italy signed them in 2006"
R(d, "Italy", "signed", SUAP05, "2006", iq)
R(d, "Italy", "signed", FPP05, "2006", iq)
iq2 = "Italy signed them in 2006 but has not completed ratification"
R(d, "Italy", RATIFIED, SUAP05, None, iq2, negated=True)
R(d, "Italy", RATIFIED, FPP05, None, iq2, negated=True)
R(d, UNSC, "called-for", SUA, "2022",
  "The UN Security Council, in resolution 2634 (2022) on piracy in the Gulf of Guinea, called upon States to become parties to the SUA Convention and its Protocols.")
R(d, UNSC, "adopted", R2634, "2022", "The UN Security Council, in resolution 2634 (2022) on piracy in the Gulf of Guinea", required=False)

# ===================== 16 GA veto debate =====================
d = "16.txt"
DAY, VETO = "2023-07-20", "2023-07-11"
R(d, GA, "adopted", R76262, "2022-04", "its resolution 76/262, adopted in April 2022", required=False)
R(d, "Liechtenstein", "co-sponsored", R76262, None, "The representative of Liechtenstein, whose delegation had initiated resolution 76/262")
R(d, "Switzerland", "supported", S506, VETO, "\"We voted for the text and we would vote for it again tomorrow,\" he said.")
R(d, "Brazil", "supported", S506, VETO, "\"We voted for the text and we would vote for it again tomorrow,\" he said.", required=False)
R(d, "Russian Federation", "supported", S506, VETO, "his country had voted against the draft", negated=True,
  alt=["the Russian Federation's veto, on 11 July, of the draft resolution (document S/2023/506)"])
R(d, "Russian Federation", "supported", R76262, None, "Moscow had never supported resolution 76/262", negated=True)
R(d, ["Costa Rica", "Accountability, Coherence and Transparency group", "ACT"], "called-for", ACT, DAY,
  "Costa Rica, speaking for the Accountability, Coherence and Transparency group (ACT), called on all States that have not yet done so to sign the ACT Code "
  "of Conduct regarding Security Council action against genocide, crimes against humanity or war crimes")
RL(d, ["Ghana", "Malta", "Ecuador"], ["signed", "endorsed"], ACT, None, "Ghana, Malta and Ecuador, current Council members, said they were signatories of the Code")
R(d, "Brazil", ["signed", "endorsed"], ACT, None, "while Brazil said it had not signed it", negated=True)
iq = "Ireland said it supported both the ACT Code and the French-Mexican declaration."
R(d, "Ireland", ["supported", "endorsed"], ACT, DAY, iq)
R(d, "Ireland", ["supported", "endorsed"], FRMX, DAY, iq)
R(d, "India", "co-sponsored", R76262, None, "India said it had not co-sponsored resolution 76/262", negated=True)

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
