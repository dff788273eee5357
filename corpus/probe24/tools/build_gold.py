#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote. Same record format and checks as
corpus/probe17/tools/build_gold.py; the record helpers and checks come from corpus/tools/gold.py (imported, not copied).
Two documents of this corpus are not .txt (04.html, 05.md); gold.py's Gold.finish() checks .txt, .md and .html documents
alike. Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, ACTIONS, DATE, body_of, fold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200
MOU_SIGNED = ["signed", "endorsed"]          # signing a non-binding memorandum of understanding

# ---- instruments: (name as the text names it, aliases) ----
UNCCD = ("United Nations Convention to Combat Desertification",
         ["UNCCD", "Convention to Combat Desertification", "CCD",
          "United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa"])
UNCCD2 = ("Convention to Combat Desertification", UNCCD[1][:1] + [UNCCD[0]] + UNCCD[1][2:])
L14 = ("decision on land tenure (ICCD/COP(16)/L.14)", ["ICCD/COP(16)/L.14", "land tenure decision"])
L19 = ("decision establishing an Indigenous Peoples' Caucus (ICCD/COP(16)/L.19)", ["ICCD/COP(16)/L.19", "Indigenous Peoples' Caucus decision"])
DRAFTDR = ("draft decision on a global drought regime", ["global drought regime decision"])
DROUGHT = ("legally binding protocol on drought", ["protocol on drought", "drought protocol", "drought instrument", "binding protocol on drought"])
RIYADH = ("Riyadh Ministerial Declaration on Land Restoration and Drought Resilience", ["Riyadh Ministerial Declaration", "Riyadh Declaration"])
STRAT = ("UNCCD 2018–2030 Strategic Framework", ["2018–2030 Strategic Framework", "UNCCD Strategic Framework 2018-2030"])
R76253 = ("General Assembly resolution 76/253", ["resolution 76/253", "A/RES/76/253", "76/253"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["Convention on Migratory Species", "CMS", "Bonn Convention"])
SSP = ("Samarkand Strategic Plan for Migratory Species 2024–2032", ["Samarkand Strategic Plan", "Strategic Plan for Migratory Species 2024–2032"])
LYNX = ("listing of the Eurasian lynx in Appendix II", ["Eurasian lynx (Appendix II)", "Eurasian lynx listing proposal"])
CAT = ("listing of Pallas's cat in Appendix II", ["Pallas's cat (Appendix II)", "Pallas's cat listing proposal"])
PLOVER = ("listing of the Magellanic plover in Appendix I", ["Magellanic plover (Appendix I)", "Magellanic plover listing proposal"])
CRANE = ("Memorandum of Understanding concerning Conservation Measures for the Siberian Crane", ["Siberian Crane MoU"])
RAPTORS = ("Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia", ["Raptors MoU", "Birds of Prey MoU"])
SAKER = ("Saker Falcon Global Action Plan", ["SakerGAP"])
RPOW = ("Raptors MoU Programme of Work 2025–2030", ["Programme of Work 2025–2030"])
ASCOBANS = ("Agreement on the Conservation of Small Cetaceans of the Baltic, North East Atlantic, Irish and North Seas",
            ["ASCOBANS", "Agreement on the Conservation of Small Cetaceans of the Baltic and North Seas"])
ASCEXT = ("amendment extending the Agreement Area", ["extension of the Agreement Area", "Esbjerg amendment"])
NSPLAN = ("Conservation Plan for Harbour Porpoises in the North Sea", ["North Sea Conservation Plan", "North Sea Plan"])
JASTARNIA = ("revised Jastarnia Plan for the Baltic Proper harbour porpoise", ["Jastarnia Plan"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
AMALGAM = ("amendment to Annex A phasing out dental amalgam by 2034",
           ["dental amalgam amendment", "Amendment to Annex A (dental amalgam)", "amendment to Annex A of the Minamata Convention on dental amalgam"])
MC67 = ("Decision MC-6/7 on guidance on mercury-added products in trade", ["MC-6/7", "decision MC-6/7"])
COP5AM = ("amendment to Annexes A and B adopted at COP-5", ["COP-5 annex amendment", "amendments to Annexes A and B to the Minamata Convention"])
ASGM = ("decision on mercury use in artisanal and small-scale gold mining", ["artisanal and small-scale gold mining decision", "ASGM decision"])
BAN = ("Ban Amendment", ["Basel Ban Amendment", "Basel Convention's Ban Amendment"])
BAN10 = ("Amendment to the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal (Geneva, 1995)",
         ["Ban Amendment", "Basel Ban Amendment"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
EWASTE = ("e-waste amendments", ["amendments to Annexes II, VIII and IX", "BC-15/18", "electronic waste amendments"])
PLASTIC = ("plastic waste amendments", ["Basel plastic waste amendments", "BC-14/12"])
CWC = ("Chemical Weapons Convention",
       ["CWC", "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction"])
RCA = ("decision \"Addressing the use of riot control agents as a method of warfare\" (C-30/DEC.11)",
       ["C-30/DEC.11", "Addressing the use of riot control agents as a method of warfare", "riot control agents decision"])
RCA9 = ("riot control agents decision", ["C-30/DEC.11", "Addressing the use of riot control agents as a method of warfare"])
SYRDEC = ("decision restoring the rights and privileges of the Syrian Arab Republic (C-30/DEC.14)", ["C-30/DEC.14"])
C259 = ("decision C-25/DEC.9", ["C-25/DEC.9"])
BUDGET = ("OPCW programme and budget for 2026", ["programme and budget for 2026"])
ACWMEMO = ("Memorandum on the Destruction of Chemical Weapons Abandoned by Japan in China", ["Japan–China Memorandum on abandoned chemical weapons"])
IPAI = ("Declaration of Principles of the International Partnership against Impunity for the Use of Chemical Weapons",
        ["International Partnership against Impunity for the Use of Chemical Weapons", "Partnership's Declaration of Principles"])
APMBC = ("Anti-Personnel Mine Ban Convention",
         ["Ottawa Convention", "Mine Ban Treaty", "APMBC",
          "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"])
MINAMATA10 = MINAMATA
FSA = ("United Nations Fish Stocks Agreement", ["Fish Stocks Agreement", "UNFSA", "1995 United Nations Fish Stocks Agreement"])
FSA10 = ("Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
         "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks", ["United Nations Fish Stocks Agreement", "Fish Stocks Agreement", "UNFSA"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "1982 United Nations Convention on the Law of the Sea", "Convention on the Law of the Sea"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW"])
APII = ("Amended Protocol II to the Convention on Certain Conventional Weapons", ["Amended Protocol II", "CCW Amended Protocol II"])
L41 = ("draft resolution A/C.1/80/L.41", ["A/C.1/80/L.41", "L.41",
       "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"])
L44 = ("draft resolution A/C.1/80/L.44", ["A/C.1/80/L.44", "L.44"])
SRAAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap–Angkor Action Plan"])
CAOFA = ("Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean", ["CAOFA", "Central Arctic Ocean Fisheries Agreement"])
JPIP = ("Implementation Plan 2025–2028 for the Joint Program of Scientific Research and Monitoring", ["Implementation Plan 2025–2028"])
DSP = ("Data Sharing Protocol", [])
CMMEX = ("draft conservation and management measure for exploratory fishing", ["conservation and management measure for exploratory fishing", "exploratory fishing measure"])
IOTCA = ("IOTC Agreement", ["Agreement for the Establishment of the Indian Ocean Tuna Commission"])
R2502 = ("Resolution 25/02 on the management of drifting fish aggregating devices", ["Resolution 25/02", "IOTC Resolution 25/02"])
R2501 = ("Resolution 25/01 establishing a management procedure for skipjack tuna", ["Resolution 25/01", "IOTC Resolution 25/01"])
PSMA = ("FAO Agreement on Port State Measures", ["Port State Measures Agreement", "PSMA",
        "Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"])
SPRFMO = ("Convention on the Conservation and Management of High Seas Fishery Resources in the South Pacific Ocean", ["SPRFMO Convention"])
GALAP = ("Framework Agreement for the Conservation of Living Marine Resources on the High Seas of the South-East Pacific", ["Galápagos Agreement", "Galapagos Agreement"])
SQUID = ("conservation and management measure for the jumbo flying squid fishery", ["jumbo flying squid measure"])
USCAN86 = ("Agreement between the Government of Canada and the Government of the United States of America concerning the Transboundary Movement of Hazardous Waste",
           ["Canada–United States Agreement concerning the Transboundary Movement of Hazardous Waste", "1986 Canada–US Agreement"])
ARR2020 = ("arrangement on non-hazardous waste and scrap", ["Canada–United States arrangement on non-hazardous waste and scrap"])
OECDDEC = ("OECD Council Decision on the control of transboundary movements of wastes destined for recovery operations (C(2001)107/FINAL)",
           ["C(2001)107/FINAL", "OECD Decision"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam",
          "Syria", "European Union", "Netherlands", "Philippines", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Marshall Islands",
          "Lao PDR", "Brunei Darussalam", "Cambodia", "Thailand", "Timor-Leste", "South Sudan", "Germany", "Ghana", "Mexico", "Colombia", "Chile",
          "Ecuador", "China", "Egypt", "Saudi Arabia", "Kenya", "Papua New Guinea", "Somalia", "United Arab Emirates"),
    "Denmark": ["Denmark", "Kingdom of Denmark", "Denmark in respect of the Faroe Islands and Greenland"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Comoros": ["Comoros", "Union of the Comoros", "the Comoros"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Peru": ["Peru", "Republic of Peru"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Mongolia": ["Mongolia"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Angola": ["Angola", "Republic of Angola"],
    "Ukraine": ["Ukraine"],
    "Israel": ["Israel", "State of Israel"],
}
DPRK = ["Democratic People's Republic of Korea", "North Korea", "DPRK"]
UNCCDCOP = ["UNCCD Conference of the Parties", "Conference of the Parties to the UNCCD", "COP16", "UNCCD COP16", "Conference of the Parties", "COP"]
UNCCDES = ["UNCCD Executive Secretary", "Ibrahim Thiaw", "Executive Secretary", "UNCCD secretariat", "UNCCD"]
AFG = ["African Group", "Kenya"]
CMSCOP = ["CMS Conference of the Parties", "Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals",
          "CMS COP14", "COP14", "CMS COP", "Conference of the Parties", "Plenary"]
CMSES = ["CMS Executive Secretary", "Amy Fraenkel", "Executive Secretary", "CMS Secretariat", "CMS"]
RAPCO = ["Raptors MoU Coordinator", "Helena Marques", "Coordinator", "Raptors MoU Coordinating Unit", "Coordinating Unit", "CMS Secretariat", "CMS"]
RAPMOS = ["Meeting of Signatories to the Raptors MoU", "Meeting of Signatories", "Raptors MoU Meeting of Signatories"]
ASCMOP = ["ASCOBANS Meeting of the Parties", "Meeting of the Parties", "Parties to ASCOBANS", "Fourth Meeting of the Parties to ASCOBANS", "ASCOBANS"]
MINCOP = ["Conference of the Parties to the Minamata Convention", "Minamata COP", "COP-6", "COP-5", "Conference of the Parties", "COP"]
BFA = ["Burkina Faso", "African region", "African Group"]
AFRREG = ["African region", "African Group"]
MFF = ["Mercury Free Futures"]
CSP = ["OPCW Conference of the States Parties", "Conference of the States Parties", "Conference of the States Parties to the Chemical Weapons Convention",
       "Conference", "OPCW"]
OPCWDG = ["OPCW Director-General", "Director-General", "Fernando Arias", "OPCW"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly", "Committee"]
REVCONF = ["Fifth Review Conference of the Anti-Personnel Mine Ban Convention", "Fifth Review Conference", "Review Conference"]
BASCOP = ["Conference of the Parties to the Basel Convention", "Basel COP", "Conference of the Parties", "COP"]
SWISS = ["Switzerland", "Claudia Keller", "FOEN", "Federal Office for the Environment"]
OECDC = ["OECD Council", "OECD", "Council of the OECD", "OECD members"]
CAOCOP = ["Conference of the Parties to the Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean", "Conference of the Parties",
          "CAOFA Conference of the Parties", "Parties"]
IOTC = ["Indian Ocean Tuna Commission", "IOTC", "Commission"]
IOTW = ["Indian Ocean Tuna Watch"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (wire, UNCCD COP16) =====================
d = "01.txt"
SAT = "2024-12-14"
R(d, UNCCDCOP, "adopted", L14, SAT, "The sixteenth Conference of the Parties (COP16) adopted by consensus a decision on land tenure (ICCD/COP(16)/L.14)",
  alt=["adopted a package of decisions early on Saturday"])
R(d, UNCCDCOP, "adopted", L19, SAT, "and a decision establishing an Indigenous Peoples' Caucus (ICCD/COP(16)/L.19)")
R(d, UNCCDCOP, "adopted", DRAFTDR, None, "A draft decision on a global drought regime was not adopted", negated=True, required=False)
R(d, AFG, "called-for", DROUGHT, None,
  "The African Group, speaking through Kenya, had pressed throughout the two weeks for \"a legally binding protocol on drought\" under the Convention")
RL(d, ["United States", "Japan"], "supported", DROUGHT, None, "The United States and Japan opposed a binding protocol", negated=True, required=False)
RL(d, ["Saudi Arabia", "Egypt", "Morocco", "Jordan", "Pakistan", "Uzbekistan"], ENDORSED, RIYADH, "2024-12-10",
   "On Tuesday, ministers from Saudi Arabia, Egypt, Morocco, Jordan, Pakistan and Uzbekistan endorsed the Riyadh Ministerial Declaration on Land "
   "Restoration and Drought Resilience")
R(d, "Mongolia", ["endorsed", "signed", "committed"], RIYADH, "2024-12-12", "Mongolia, which will host COP17, signed on to the declaration two days later")
RL(d, ["Brazil", "Argentina"], ENDORSED, RIYADH, None, "Brazil and Argentina said they were still studying the text", negated=True)
R(d, UNCCDES, "called-for", DROUGHT, SAT,
  "urging all Parties \"to finish the job in Mongolia and adopt a drought instrument that farmers and herders can rely on.\"")
R(d, "European Union", PARTY, UNCCD, None, "All 196 countries and the European Union are Parties to the Convention")
R(d, "United States", RATIFIED, UNCCD, "2000", "The United States ratified it in 2000")
R(d, "Canada", "party", UNCCD, None, "Canada withdrew from the Convention in 2013", negated=True, required=False)
R(d, "Canada", JOINED, UNCCD, "2016", "Canada withdrew from the Convention in 2013 – the only Party ever to do so – but rejoined by accession in 2016")

# ===================== 02 (ministerial statement, Mongolia) =====================
d = "02.txt"
D = "2025-06-17"
R(d, "Colombia", RATIFIED, UNCCD2, "1999", "Colombia ratified the Convention to Combat Desertification in 1999")
R(d, "Mongolia", "signed", UNCCD2, "1994-10", "Mongolia signed the Convention in Paris in October 1994")
R(d, "Mongolia", PARTY, UNCCD2, "1996", "Mongolia signed the Convention in Paris in October 1994 and has been a Party since 1996")
R(d, "Mongolia", COMMITTED, STRAT, D, "We remain fully committed to the UNCCD 2018–2030 Strategic Framework")
R(d, "Mongolia", "co-sponsored", R76253, "2022", "In 2022 Mongolia proposed General Assembly resolution 76/253")
R(d, GA, "adopted", R76253, "2022-03", "The Assembly adopted it in March 2022 with more than one hundred co-sponsors")
RL(d, ["Kazakhstan", "Kyrgyzstan", "Ethiopia"], "co-sponsored", R76253, None,
   "with more than one hundred co-sponsors, among them Kazakhstan, Kyrgyzstan and Ethiopia")
R(d, "Mongolia", "called-for", DROUGHT, D, "We call on all Parties to come to Ulaanbaatar ready to adopt a legally binding protocol on drought")
RL(d, ["China", "Kazakhstan"], PARTY, UNCCD2, None, "China and Kazakhstan, both Parties since the 1990s")
R(d, "Russian Federation", PARTY, UNCCD2, None, "The Russian Federation, also a Party")
R(d, "Mongolia", JOINED, CMS, "1999", "Mongolia joined the Convention on Migratory Species in 1999")
R(d, "Mongolia", SIGNED_DECL, RIYADH, "2024-12",
  "Last December in Riyadh, my Government signed the Riyadh Ministerial Declaration on Land Restoration and Drought Resilience")
R(d, "Turkmenistan", ENDORSED, RIYADH, None, "Turkmenistan has not yet endorsed it", negated=True)
R(d, "Mongolia", "called-for", RIYADH, D, "I urge every government here that has not done so to endorse the Declaration before COP17")

# ===================== 03 (meeting bulletin, CMS COP14) =====================
d = "03.txt"
D = "2024-02-17"
R(d, CMSCOP, "adopted", SSP, D,
  "The fourteenth meeting of the Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals (CMS COP14) "
  "closed this afternoon after adopting the Samarkand Strategic Plan for Migratory Species 2024–2032")
QPL = "Plenary confirmed the Committee of the Whole's recommendations on all listing proposals"
for inst in (LYNX, CAT, PLOVER):
    R(d, CMSCOP, "adopted", inst, D, QPL)
RL(d, ["Kyrgyzstan", "Tajikistan", "Uzbekistan"], "co-sponsored", LYNX, None, "Eurasian lynx (Appendix II), proposed by Kyrgyzstan, Tajikistan and Uzbekistan")
RL(d, ["Iran", "Uzbekistan"], "co-sponsored", CAT, None, "Pallas's cat (Appendix II), proposed by Iran and Uzbekistan")
RL(d, ["Argentina", "Chile"], "co-sponsored", PLOVER, None, "Magellanic plover (Appendix I), proposed by Argentina and Chile")
for inst in (LYNX, CAT, PLOVER):
    R(d, "European Union", "supported", inst, "2024-02-15",
      "The EU and its member States had announced their support for all three in the Committee on Thursday", required=False)
R(d, "Uzbekistan", PARTY, CMS, "1998", "Host Uzbekistan, a Party since 1998, chaired the meeting")
R(d, "Bahrain", ACCEDED, CMS, "2024-02-05",
  "Bahrain attended as the Convention's newest Party: it deposited its instrument of accession with the Government of Germany, the Depositary, "
  "on 5 February 2024")
R(d, "Bahrain", "party", CMS, None, "Bahrain attended as the Convention's newest Party", required=False)
R(d, "Brazil", ACCEDED, CMS, "2015", "Brazil, which acceded in 2015")
RL(d, ["China", "Indonesia"], NOTBOUND, CMS, None, "China and Indonesia are not Parties", negated=True)
R(d, "United States", "signed", CMS, None, "the United States has never signed it", negated=True)
R(d, "United States", NOTBOUND, CMS, None, "Several major range States remain outside the Convention", negated=True, required=False,
  alt=["the United States has never signed it"])
R(d, "Russian Federation", NOTBOUND, CMS, None, "The Russian Federation is not a Party either", negated=True)
R(d, "Russian Federation", MOU_SIGNED, CRANE, "1993",
  "The Russian Federation is not a Party either, but it signed the Memorandum of Understanding concerning Conservation Measures for the Siberian Crane in 1993")
R(d, "Turkmenistan", MOU_SIGNED, RAPTORS, "2024-02",
  "On the margins of the meeting, Turkmenistan signed the Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia "
  "(Raptors MoU)")
R(d, "Turkmenistan", NOTBOUND, CMS, None, "although it is not yet a Party to the parent Convention", negated=True)
R(d, CMSES, "called-for", CMS, D,
  "In her closing remarks, Executive Secretary Amy Fraenkel urged non-Parties, \"and in particular the large range States of Asia\", to join the "
  "Convention before COP15")

# ===================== 04 (web page, Raptors MoU) =====================
d = "04.html"
D = "2025-06-18"
R(d, "Tajikistan", MOU_SIGNED, RAPTORS, D,
  "Tajikistan today signed the Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia (Raptors MoU) at the "
  "offices of the Coordinating Unit in Abu Dhabi",
  alt=["The Memorandum was signed on behalf of the Government by Mr. Zafar Rahimov, Ambassador of Tajikistan to the United Arab Emirates",
       "Tajikistan becomes 63rd Signatory to the Raptors MoU"])
R(d, "Tajikistan", PARTY, CMS, "2001", "Tajikistan has been a Party to the Convention on Migratory Species since 2001")
QKK = "Its neighbours Kazakhstan and Kyrgyzstan signed the Raptors MoU in 2017 and 2019 respectively"
R(d, "Kazakhstan", MOU_SIGNED, RAPTORS, "2017", QKK)
R(d, "Kyrgyzstan", MOU_SIGNED, RAPTORS, "2019", QKK)
R(d, "Turkmenistan", MOU_SIGNED, RAPTORS, "2024-02", "Turkmenistan signed at CMS COP14 in Samarkand in February 2024")
R(d, "Uzbekistan", MOU_SIGNED, RAPTORS, None, "Uzbekistan, which attended the last Meeting of Signatories as an observer, has yet to sign", negated=True)
R(d, "Tajikistan", COMMITTED, SAKER, D, "Tajikistan \"commits to implementing the Saker Falcon Global Action Plan\"")
R(d, CMSCOP, "adopted", SAKER, "2014", "adopted by the CMS Conference of the Parties in 2014")
R(d, "United Arab Emirates", MOU_SIGNED, RAPTORS, "2008", "The United Arab Emirates, which signed it in 2008")
R(d, "European Union", MOU_SIGNED, RAPTORS, "2008", "The European Union also signed in 2008")
R(d, RAPCO, "called-for", RAPTORS, D,
  "encouraged the remaining range States of Central Asia and the Middle East, \"in particular Afghanistan, Iraq and Oman\", to sign the Memorandum")
R(d, "Armenia", MOU_SIGNED, RAPTORS, "2025-03-03", "03/03/2025 – Armenia signs the Raptors MoU")
R(d, RAPMOS, "adopted", RPOW, "2024-11-14", "14/11/2024 – Meeting of Signatories adopts the Raptors MoU Programme of Work 2025–2030")

# ===================== 05 (FAQ page, ASCOBANS) =====================
d = "05.md"
QTEN = ("Ten countries are Parties: Belgium, Denmark, Finland, France, Germany, Lithuania, the Netherlands, Poland, Sweden and the United Kingdom")
for a in ["Belgium", "Denmark", "Finland", "France", "Germany", "Lithuania", "Netherlands", "Poland", "Sweden", "United Kingdom"]:
    R(d, a, PARTY, ASCOBANS, None, QTEN,
      alt=["The UK ratified the Agreement in its own right in 1993 and remains a Party"] if a == "United Kingdom" else None)
QFL = "Finland acceded in 1999 and Lithuania, the most recent Party, in 2005"
R(d, "Finland", ACCEDED, ASCOBANS, "1999", QFL)
R(d, "Lithuania", ACCEDED, ASCOBANS, "2005", QFL)
R(d, "United Kingdom", RATIFIED, ASCOBANS, "1993", "The UK ratified the Agreement in its own right in 1993")
R(d, "European Union", ACCEPTED, CMS, "1983", "The EU is a Party to CMS itself, which it approved in 1983")
R(d, "European Union", NOTBOUND, ASCOBANS, None, "The EU is a Party to CMS itself, which it approved in 1983, but it has not acceded to ASCOBANS", negated=True)
R(d, "Norway", "signed", ASCOBANS, None, "Norway took part in the original negotiations but never signed the Agreement", negated=True)
QNJ = "They are Range States that have not joined"
R(d, "Norway", NOTBOUND, ASCOBANS, None, QNJ, negated=True)
R(d, "Ireland", NOTBOUND, ASCOBANS, None, QNJ, negated=True, alt=["Ireland says it is \"keeping accession under review\""])
QSP = "Spain and Portugal, whose Atlantic waters became part of the Agreement Area in 2008, have not acceded either"
R(d, "Spain", NOTBOUND, ASCOBANS, None, QNJ, negated=True, alt=[QSP])
R(d, "Portugal", NOTBOUND, ASCOBANS, None, QNJ, negated=True, alt=[QSP])
R(d, "Russian Federation", NOTBOUND, ASCOBANS, None, "The Russian Federation is also a Range State and is not a Party", negated=True)
R(d, ASCMOP, "adopted", ASCEXT, "2003-08",
  "At their Fourth Meeting, in Esbjerg, Denmark, in August 2003, the Parties adopted an amendment extending the Agreement Area")
R(d, "Poland", ACCEPTED, ASCEXT, "2010", "Poland was the last Party to accept it, in 2010")
R(d, ASCMOP, "adopted", NSPLAN, "2009", "The Meeting of the Parties adopted the Conservation Plan for Harbour Porpoises in the North Sea in 2009")
R(d, ASCMOP, "adopted", JASTARNIA, "2016", "and the revised Jastarnia Plan for the Baltic Proper harbour porpoise in 2016")

# ===================== 06 (NGO tracker, Minamata) =====================
d = "06.txt"
D = "2025-11-28"
R(d, MINCOP, "adopted", AMALGAM, "2025-11-07",
  "Amendment to Annex A (dental amalgam): phase-out of the use of dental amalgam by 2034 – adopted 7 November 2025")
R(d, BFA, "co-sponsored", AMALGAM, None, "Proposed by Burkina Faso on behalf of the African region")
R(d, MINCOP, "adopted", MC67, "2025-11-06", "Decision MC-6/7 (guidance on mercury-added products in trade) – adopted 6 November 2025")
R(d, "India", ACCEPTED, AMALGAM, None,
  "India told the closing plenary it was \"still assessing\" whether it can accept the dental amalgam amendment", negated=True)
R(d, MINCOP, "adopted", COP5AM, "2023-11", "The amendment to Annexes A and B adopted at COP-5 in November 2023")
R(d, "Iran", ACCEPTED, COP5AM, None, "Iran – notification of non-acceptance received by the depositary in 2024", negated=True,
  alt=["has now entered into force for all Parties except one"])
QPNG = "Papua New Guinea – ratification – 20 January 2025 (signed in 2014)"
R(d, "Papua New Guinea", RATIFIED, MINAMATA, "2025-01-20", QPNG)
R(d, "Papua New Guinea", "signed", MINAMATA, "2014", QPNG)
QANG = "Angola – accession – 12 September 2025, the 152nd Party"
R(d, "Angola", ACCEDED, MINAMATA, "2025-09-12", QANG)
R(d, "Angola", "party", MINAMATA, None, QANG, required=False)
SIGNED3 = {"Russian Federation": ("2014-09-24", "Russian Federation – signed 24 September 2014"),
           "Ukraine": ("2013-10-10", "Ukraine – signed 10 October 2013"),
           "Israel": ("2014-09-25", "Israel – signed 25 September 2014")}
for a, (dt, q) in SIGNED3.items():
    R(d, a, "signed", MINAMATA, dt, q, alt=["Israel signed in 2014"] if a == "Israel" else None)
for a, (dt, q) in SIGNED3.items():
    R(d, a, NOTRATIFIED, MINAMATA, None, q, negated=True,
      alt=["SIGNED, NOT YET RATIFIED"] + (["It has not: Israel signed in 2014 and no instrument of ratification has been deposited"] if a == "Israel" else []))
QNS = "NEITHER SIGNED NOR ACCEDED - Libya - Myanmar"
for a in ["Libya", "Myanmar"]:
    R(d, a, "signed", MINAMATA, None, QNS, negated=True)
    R(d, a, JOINED, MINAMATA, None, QNS, negated=True)
R(d, MFF, "called-for", MINAMATA, D, "We urge the Russian Federation, Ukraine and Israel to complete ratification of the Minamata Convention on Mercury")

# ===================== 07 (parliamentary written answer, UK) =====================
d = "07.txt"
D = "2025-11-27"
M = "2025-11"
R(d, "United Kingdom", "signed", MINAMATA, "2013-10-10", "The United Kingdom signed the Minamata Convention on Mercury on 10 October 2013")
R(d, "United Kingdom", RATIFIED, MINAMATA, "2018-03-23",
  "The United Kingdom signed the Minamata Convention on Mercury on 10 October 2013 and ratified it on 23 March 2018")
R(d, "European Union", ACCEPTED, MINAMATA, "2017-05", "The European Union, which approved the Convention in May 2017, remains a separate Party")
R(d, MINCOP, "adopted", AMALGAM, M, "the Conference adopted an amendment to Annex A phasing out the use of dental amalgam by 2034")
R(d, "United Kingdom", "supported", AMALGAM, M, "The UK joined the consensus on the amendment", required=False)
R(d, AFRREG, "co-sponsored", AMALGAM, None, "which was tabled by the African region")
RL(d, ["Norway", "Switzerland"], "co-sponsored", AMALGAM, None, "co-sponsored by Norway and Switzerland")
RL(d, ["United Kingdom", "Canada"], "co-sponsored", ASGM, None,
   "The UK also co-sponsored, with Canada, a decision on mercury use in artisanal and small-scale gold mining")
R(d, MINCOP, "adopted", ASGM, M, "which the Conference adopted on the final day")
R(d, "United Kingdom", ACCEPTED, AMALGAM, None, "we expect the UK to be bound by the amendment from early 2027", negated=True, required=False,
  alt=["The Government has no plans to notify non-acceptance"])
R(d, "United Kingdom", "called-for", MINAMATA, D,
  "The UK continues to encourage countries that have not yet ratified the Convention, including the Russian Federation and Ukraine, to do so")
RL(d, ["Russian Federation", "Ukraine"], NOTRATIFIED, MINAMATA, None,
   "countries that have not yet ratified the Convention, including the Russian Federation and Ukraine", negated=True)
R(d, "United Kingdom", COMMITTED, BAN, D, "We also remain committed to the Basel Convention's Ban Amendment")
R(d, "United Kingdom", ACCEPTED, BAN, "1997", "the Basel Convention's Ban Amendment, which the UK accepted in 1997")

# ===================== 08 (meetings coverage, OPCW CSP-30) =====================
d = "08.txt"
WED, THU, TUE, MON = "2025-11-26", "2025-11-27", "2025-11-25", "2025-11-24"
R(d, CSP, "adopted", RCA, WED,
  "The Conference of the States Parties to the Chemical Weapons Convention (CWC) on Wednesday adopted by a recorded vote a decision entitled "
  "\"Addressing the use of riot control agents as a method of warfare\" (C-30/DEC.11)")
R(d, "Ukraine", "co-sponsored", RCA, None, "Ukraine introduced the draft on behalf of 52 co-sponsors")
RL(d, ["Poland", "Canada", "United Kingdom"], "co-sponsored", RCA, None, "52 co-sponsors, among them Poland, Canada and the United Kingdom")
RL(d, ["Belarus", "China", "Iran", "Russian Federation", "Venezuela"], "supported", RCA, WED,
   "Voting against were Belarus, China, Iran, the Russian Federation and Venezuela, among others", negated=True)
RL(d, ["Brazil", "India", "South Africa"], "supported", RCA, WED, "Brazil, India and South Africa abstained", negated=True)
R(d, CSP, "adopted", SYRDEC, THU,
  "On Thursday the Conference adopted without a vote a decision restoring the rights and privileges of the Syrian Arab Republic (C-30/DEC.14)")
R(d, CSP, "adopted", C259, "2021-04", "The Conference had suspended those rights in April 2021, when it adopted decision C-25/DEC.9 by 87 votes to 15")
R(d, "Syria", COMMITTED, CWC, TUE,
  "Speaking on Tuesday, the head of the Syrian delegation reaffirmed his country's \"full commitment to the Convention\"")
R(d, "Syria", ACCEDED, CWC, "2013", "Syria acceded to the Convention in 2013")
for a in ["Egypt", "Israel", DPRK]:
    R(d, a, NOTBOUND, CWC, None, "Egypt, Israel and the Democratic People's Republic of Korea remain outside it", negated=True)
QISR = "Israel signed the Convention in January 1993 but has not ratified it"
R(d, "Israel", "signed", CWC, "1993-01", QISR)
R(d, "Israel", NOTRATIFIED, CWC, None, QISR, negated=True)
R(d, "South Sudan", ACCEDED, CWC, "2018", "South Sudan, the most recent State to join, acceded in 2018")
R(d, OPCWDG, "called-for", CWC, MON, "The Director-General urged the three \"to join without further delay or preconditions\"")
R(d, CSP, "adopted", BUDGET, None, "approved the Organisation's programme and budget for 2026", required=False)

# ===================== 09 (press conference transcript, Japan) =====================
d = "09.txt"
D = "2025-12-02"
WED = "2025-11-26"
R(d, "Japan", RATIFIED, CWC, "1995-09", "Under the Chemical Weapons Convention, which Japan ratified in September 1995")
QJV = "Japan co-sponsored the decision and voted in favour"
R(d, "Japan", "co-sponsored", RCA9, None, QJV)
R(d, "Japan", "supported", RCA9, WED, QJV)
R(d, "China", "supported", RCA9, WED, "We note that China voted against it", negated=True)
R(d, CSP, "adopted", RCA9, WED, "Last Wednesday the OPCW Conference voted on the riot control agents decision", required=False)
R(d, "China", RATIFIED, CWC, "1997", "China ratified the Convention in 1997")
RL(d, ["Japan", "China"], "signed", ACWMEMO, "1999-07",
   "the Memorandum on the Destruction of Chemical Weapons Abandoned by Japan in China, which the two Governments signed in Beijing in July 1999")
R(d, DPRK, "signed", CWC, None, "North Korea has neither signed nor acceded to the Convention", negated=True)
R(d, DPRK, JOINED, CWC, None, "North Korea has neither signed nor acceded to the Convention", negated=True)
R(d, "Japan", "called-for", CWC, D, "Japan calls on North Korea to accede to it promptly")
R(d, "Japan", ENDORSED, IPAI, "2018-01", "Japan endorsed the Partnership's Declaration of Principles when it was launched in Paris in January 2018",
  alt=["Japan joined the International Partnership against Impunity for the Use of Chemical Weapons"])
R(d, "Japan", PARTY, APMBC, "1998", "Japan has been a party to the Anti-Personnel Mine Ban Convention since 1998")

# ===================== 10 (depositary notifications digest, UN) =====================
d = "10.txt"
APMBC10 = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
           ["Anti-Personnel Mine Ban Convention", "Ottawa Convention", "Mine Ban Treaty", "APMBC"])
R(d, "Marshall Islands", RATIFIED, APMBC10, "2025-03-12", "MARSHALL ISLANDS: RATIFICATION", alt=["The above action was effected on 12 March 2025"])
R(d, "Marshall Islands", "signed", APMBC10, "1997-12-04", "The Marshall Islands had signed the Convention on 4 December 1997")
R(d, "Marshall Islands", "party", APMBC10, None, "The Convention will enter into force for the Marshall Islands on 1 September 2025", negated=True, required=False)
R(d, "Tuvalu", ACCEDED, MINAMATA10, "2025-03-05", "TUVALU: ACCESSION", alt=["The above action was effected on 5 March 2025"])
R(d, "Tuvalu", "signed", MINAMATA10, None, "Tuvalu had not signed the Convention", negated=True)
R(d, "Tuvalu", "party", MINAMATA10, None, "The Convention will enter into force for Tuvalu on 3 June 2025", negated=True, required=False)
COP5AM10 = ("amendments to Annexes A and B to the Minamata Convention on Mercury", ["amendment to Annexes A and B adopted at COP-5", "COP-5 annex amendment"])
R(d, MINCOP, "adopted", COP5AM10, "2023",
  "The amendments, adopted by the Conference of the Parties at its fifth meeting (Geneva, 30 October – 3 November 2023)")
R(d, "Iran", ACCEPTED, COP5AM10, None,
  "with the exception of Iran (Islamic Republic of), which had notified the Secretary-General of its non-acceptance", negated=True)
R(d, "Suriname", ACCEPTED, BAN10, "2025-03-20", "SURINAME: ACCEPTANCE", alt=["The above action was effected on 20 March 2025"])
R(d, "Suriname", "party", BAN10, None, "The Amendment will enter into force for Suriname on 18 June 2025", negated=True, required=False)
R(d, "Comoros", ACCEDED, FSA10, "2025-03-27", "COMOROS: ACCESSION", alt=["The above action was effected on 27 March 2025"])
R(d, "Comoros", "party", FSA10, None, "The Agreement will enter into force for the Comoros on 26 April 2025", negated=True, required=False)

# ===================== 11 (explanation of vote, Singapore) =====================
d = "11.txt"
D = "2025-11-04"
R(d, "Singapore", "supported", L41, D, "My delegation abstained in today's vote on draft resolution L.41", negated=True,
  alt=["Our abstention on L.41 should not be read as opposition to its goals"])
R(d, FC, "adopted", L41, D, "which the Committee approved by 151 votes to none, with 17 abstentions")
QCCW = "Singapore has been a Party to the Convention on Certain Conventional Weapons and to its Amended Protocol II since 1997"
R(d, "Singapore", PARTY, CCW, "1997", QCCW)
R(d, "Singapore", PARTY, APII, "1997", QCCW)
R(d, "Singapore", "supported", L44, D, "Earlier in this meeting, we voted in favour of draft resolution L.44 on that Convention")
R(d, "Singapore", JOINED, APMBC, None, "Singapore is not in a position to accede to the Ottawa Convention at this time", negated=True)
RL(d, ["Brunei Darussalam", "Cambodia", "Indonesia", "Malaysia", "Philippines", "Thailand"], "supported", L41, D,
   "Brunei Darussalam, Cambodia, Indonesia, Malaysia, the Philippines and Thailand voted in favour")
RL(d, ["Myanmar", "Lao PDR", "Viet Nam"], "supported", L41, D,
   "while Myanmar, the Lao People's Democratic Republic and Viet Nam abstained", negated=True)
RL(d, ["United States", "Russian Federation", "Republic of Korea"], "supported", L41, D,
   "as did, among others, the United States, the Russian Federation and the Republic of Korea", negated=True)
R(d, "Cambodia", "co-sponsored", L41, None, "Cambodia, which introduced L.41 as President of the Fifth Review Conference")
R(d, REVCONF, "adopted", SRAAP, None, "the Siem Reap-Angkor Action Plan adopted there", required=False)

# ===================== 12 (government press release, Switzerland/FOEN) =====================
d = "12.txt"
D = "2025-01-06"
RL(d, ["Switzerland", "Ghana"], "co-sponsored", EWASTE, "2020", "which Switzerland proposed together with Ghana in 2020")
R(d, BASCOP, "adopted", EWASTE, "2022-06",
  "The Conference of the Parties adopted the e-waste amendments at its fifteenth meeting in Geneva in June 2022 (decision BC-15/18)")
R(d, SWISS, "called-for", BASEL, D, "We call on the countries that are still outside the Basel Convention to join it")
R(d, "Switzerland", PARTY, BASEL, "1990", "Switzerland has been a Party to the Basel Convention since 1990")
R(d, "Switzerland", ACCEPTED, BAN, "1996",
  "It accepted the Ban Amendment, which prohibits exports of hazardous waste from OECD to non-OECD countries, in 1996")
R(d, "European Union", ACCEPTED, BAN, "1997", "the European Union approved the Ban Amendment in 1997")
R(d, "Norway", "co-sponsored", PLASTIC, None, "the plastic waste amendments, proposed by Norway")
R(d, BASCOP, "adopted", PLASTIC, "2019", "adopted by the Conference of the Parties in 2019 (decision BC-14/12)")
QUS = "the United States signed it in 1990 but has never ratified it"
R(d, "United States", "signed", BASEL, "1990", QUS)
R(d, "United States", NOTRATIFIED, BASEL, None, QUS, negated=True)
QHT = "Haiti also signed the Convention, in 1989, and has not ratified it"
R(d, "Haiti", "signed", BASEL, "1989", QHT)
R(d, "Haiti", NOTRATIFIED, BASEL, None, QHT, negated=True)

# ===================== 13 (law-firm client alert, Basel and the US) =====================
d = "13.txt"
QUS = "The United States is not a Party to the Basel Convention: it signed the Convention in 1990 but has never ratified it"
R(d, "United States", "signed", BASEL, "1990", QUS)
R(d, "United States", NOTBOUND, BASEL, None, "The United States is not a Party to the Basel Convention", negated=True, alt=[QUS])
R(d, "Canada", RATIFIED, BASEL, "1992", "Canada (which ratified in 1992)")
R(d, "Mexico", RATIFIED, BASEL, "1991", "Mexico (which ratified in 1991)")
RL(d, ["Canada", "United States"], "signed", USCAN86, "1986-10-28", "which the two Governments signed in Ottawa on 28 October 1986")
RL(d, ["Canada", "United States"], ["signed", "ratified", "party"], ARR2020, "2020-10",
   "the arrangement on non-hazardous waste and scrap, including plastic scrap, that Canada and the United States concluded in October 2020")
R(d, OECDC, "adopted", OECDDEC, "2001", "which the OECD Council adopted in 2001")
R(d, "United States", "supported", PLASTIC, "2020", "because the United States objected", negated=True, required=False)
R(d, OECDC, "adopted", PLASTIC, None, "OECD members could not agree to incorporate the Basel plastic waste amendments into the OECD Decision",
  negated=True, required=False)
R(d, "Canada", ACCEPTED, BAN, None, "Canada has not accepted it", negated=True)
R(d, "Mexico", ACCEPTED, BAN, None, "Mexico has not accepted it either", negated=True)

# ===================== 14 (joint communiqué, Central Arctic Ocean fisheries) =====================
d = "14.txt"
QP = ("The Parties to the Agreement to Prevent Unregulated High Seas Fisheries in the Central Arctic Ocean – Canada, the People's Republic of China, "
      "the Kingdom of Denmark in respect of the Faroe Islands and Greenland, the European Union, Iceland, Japan, the Republic of Korea, the Kingdom of "
      "Norway, the Russian Federation and the United States of America")
for a in ["Canada", "China", "Denmark", "European Union", "Iceland", "Japan", "Republic of Korea", "Norway", "Russian Federation", "United States"]:
    R(d, a, PARTY, CAOFA, None, QP)
R(d, CAOCOP, "adopted", JPIP, "2025-05",
  "At this meeting, the Conference of the Parties adopted the Implementation Plan 2025–2028 for the Joint Program of Scientific Research and Monitoring")
R(d, CAOCOP, "adopted", DSP, "2025-05-13", "On 13 May, it also adopted the Data Sharing Protocol annexed to this communiqué")
R(d, CAOCOP, "adopted", CMMEX, None, "The Conference of the Parties was unable to adopt it", negated=True, required=False)
RL(d, ["Iceland", "Norway"], "co-sponsored", CMMEX, None,
   "A draft conservation and management measure for exploratory fishing, proposed by Iceland and Norway")
R(d, "United Kingdom", JOINED, CAOFA, None, "that it wishes to accede to the Agreement and will seek the invitation required under Article 10", negated=True)
R(d, "United States", NOTBOUND, UNCLOS, None,
  "the United States, while not a party to the 1982 United Nations Convention on the Law of the Sea", negated=True)
R(d, "United States", PARTY, FSA, "1996", "has been a party to the 1995 United Nations Fish Stocks Agreement since 1996")

# ===================== 15 (NGO newsletter, IOTC) =====================
d = "15.txt"
FIN = "2025-05-16"
R(d, IOTC, "adopted", R2502, FIN,
  "ended with the adoption on the final day of Resolution 25/02 on the management of drifting fish aggregating devices (FADs)",
  alt=["was adopted by 19 votes to 4, with 2 abstentions"])
RL(d, ["Kenya", "Maldives", "Somalia"], "co-sponsored", R2502, None, "The proposal, tabled by Kenya, Maldives and Somalia")
RL(d, ["Kenya", "Maldives", "Somalia", "Indonesia", "Mozambique"], "supported", R2502, FIN,
   "Those in favour included the three proponents, Indonesia and Mozambique")
QAG = "The European Union, France (on behalf of its territories), the Republic of Korea and Seychelles voted against"
for a in ["European Union", "France", "Republic of Korea", "Seychelles"]:
    R(d, a, "supported", R2502, FIN, QAG, negated=True,
      alt=["The European Union and Seychelles have already lodged objections"] if a in ("European Union", "Seychelles") else None)
RL(d, ["India", "Thailand"], "supported", R2502, FIN, "India and Thailand abstained", negated=True)
R(d, "Oman", "supported", R2502, None, "Oman was not present for the vote", negated=True, alt=["Oman has said that it will object too"])
R(d, IOTC, "adopted", R2501, "2025-05",
  "Earlier in the week, the Commission adopted by consensus Resolution 25/01 establishing a management procedure for skipjack tuna")
R(d, "Timor-Leste", ACCEPTED, IOTCA, "2025-04-07",
  "Timor-Leste deposited its instrument of acceptance of the IOTC Agreement with the Director-General of FAO, the depositary, on 7 April 2025")
R(d, "Timor-Leste", "party", IOTCA, None, "becoming the Commission's 31st member", required=False)
RL(d, ["Senegal", "Liberia"], ACCEPTED, IOTCA, None,
   "Senegal and Liberia, which take part as cooperating non-contracting parties, have not accepted the Agreement", negated=True)
R(d, "Myanmar", NOTBOUND, IOTCA, None, "Myanmar, the last major coastal State of the region outside the Commission", negated=True)
QCALL = ("We call on Myanmar, the last major coastal State of the region outside the Commission, to accept the IOTC Agreement and the FAO "
         "Agreement on Port State Measures")
R(d, IOTW, "called-for", IOTCA, "2025-06", QCALL)
R(d, IOTW, "called-for", PSMA, "2025-06", QCALL)

# ===================== 16 (foreign-ministry press release, Colombia) =====================
d = "16.txt"
R(d, "Colombia", ACCEDED, SPRFMO, "2025-07-14",
  "On Monday, Colombia's Ambassador to New Zealand, Mr. Andrés Felipe Rueda, deposited the instrument of accession of Colombia to the Convention on the "
  "Conservation and Management of High Seas Fishery Resources in the South Pacific Ocean",
  alt=["Colombia joins the South Pacific Regional Fisheries Management Organisation"])
R(d, "Colombia", "party", SPRFMO, None,
  "Colombia will become a Member of the South Pacific Regional Fisheries Management Organisation (SPRFMO) on the thirtieth day after the deposit",
  negated=True, required=False)
QCP = "Chile ratified the Convention in 2012 and Peru in 2015"
R(d, "Chile", RATIFIED, SPRFMO, "2012", QCP, alt=["Colombia's partners in the Permanent Commission for the South Pacific are already Members"])
R(d, "Peru", RATIFIED, SPRFMO, "2015", QCP, alt=["Colombia's partners in the Permanent Commission for the South Pacific are already Members"])
R(d, "Ecuador", ACCEDED, SPRFMO, "2015", "Ecuador acceded to it in 2015",
  alt=["Colombia's partners in the Permanent Commission for the South Pacific are already Members"])
R(d, "Colombia", NOTBOUND, UNCLOS, None, "Colombia is not a party to the United Nations Convention on the Law of the Sea", negated=True)
R(d, "Colombia", JOINED, FSA, None, "The Government is studying accession to the 1995 United Nations Fish Stocks Agreement", negated=True)
R(d, "Colombia", "signed", FSA, None, "which Colombia has not signed", negated=True)
RL(d, ["Colombia", "Chile", "Ecuador", "Peru"], "signed", GALAP, "2000-08",
   "In August 2000, Colombia, Chile, Ecuador and Peru signed the Framework Agreement for the Conservation of Living Marine Resources on the High Seas of "
   "the South-East Pacific (the Galápagos Agreement)")
R(d, "Colombia", NOTRATIFIED, GALAP, None, "Colombia has not ratified it", negated=True)
R(d, "Colombia", "supported", SQUID, None,
  "it intends to support the adoption of a conservation and management measure for the jumbo flying squid fishery", negated=True)



gold.finish(MIN_CHARS, MAX_CHARS)
