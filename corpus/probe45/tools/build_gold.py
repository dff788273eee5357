#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (05.md, 06.html, 08.html, 12.md); as in
corpus/probe24/tools/build_gold.py, gold.py's Gold.finish() checks their quotes against the file as written (white space
folded), so no quote of theirs spans mark-up or an entity. Alternative actor names missing from gold.py's ALT_NAMES are added
locally below.

Theme: domestic treaty processes. A parliament's approval, a cabinet decision, a court's opinion, a President's signature
on an instrument and a Council decision on conclusion are domestic steps and give no record; what binds a State is the
deposit (or, for a bilateral agreement, the notification that its procedures are complete). Where the text says the deposit
has not happened yet, the State gets a negated record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
C184 = ("Safety and Health in Agriculture Convention, 2001 (No. 184)", ["Convention No. 184", "C184", "ILO Convention No. 184"])
R192 = ("Recommendation No. 192", ["Safety and Health in Agriculture Recommendation, 2001 (No. 192)", "R192"])
C81 = ("Labour Inspection Convention, 1947 (No. 81)", ["Convention No. 81", "C81"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155"])
C138 = ("Minimum Age Convention (No. 138)", ["Convention No. 138", "C138", "Minimum Age Convention, 1973 (No. 138)"])
C182 = ("Worst Forms of Child Labour Convention (No. 182)", ["Convention No. 182", "C182", "Worst Forms of Child Labour Convention, 1999 (No. 182)"])
RAA = ("Agreement between the Republic of the Philippines and Japan concerning the Facilitation of Reciprocal Access and Cooperation between the Armed Forces of the Philippines and the Self-Defense Forces of Japan",
       ["RAA", "Reciprocal Access Agreement", "Japan–Philippines Reciprocal Access Agreement", "Philippines-Japan RAA"])
VFA = ("1998 Visiting Forces Agreement with the United States", ["Visiting Forces Agreement", "VFA", "Philippines–United States Visiting Forces Agreement"])
SOVFA = ("Status of Visiting Forces Agreement (SOVFA) with Australia", ["Status of Visiting Forces Agreement", "SOVFA", "Philippines–Australia SOVFA"])
JARAA = ("Japan–Australia reciprocal access agreement", ["reciprocal access agreement", "Japan-Australia RAA"])
JUKRAA = ("Japan–United Kingdom reciprocal access agreement", ["reciprocal access agreement", "Japan-UK RAA"])
CASOVFA = ("SOVFA with Canada", ["Status of Visiting Forces Agreement with Canada", "Philippines–Canada SOVFA"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["African Medicines Agency Treaty", "AMA Treaty"])
LOME = ("African Charter on Maritime Security and Safety and Development in Africa (Lomé Charter)", ["Lomé Charter", "African Charter on Maritime Security and Safety and Development in Africa"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["Convention No. 188", "C188", "Work in Fishing Convention (No. 188)"])
SOCPROT = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Citizens to Social Protection and Social Security",
           ["Social Protection Protocol", "AU Social Protection and Social Security Protocol"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["AU Free Movement Protocol", "Free Movement Protocol"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
C87 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["Convention No. 87", "C87", "No. 87"])
C98 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["Convention No. 98", "C98", "No. 98"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["Forced Labour Convention", "Convention No. 29", "C29", "No. 29"])
C105 = ("Abolition of Forced Labour Convention (No. 105)", ["Convention No. 105", "C105", "Abolition of Forced Labour Convention, 1957 (No. 105)"])
P029 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention, 1930"])
THEFTA = ("Free Trade Agreement between the Kingdom of Thailand and the EFTA States", ["Thailand–EFTA Free Trade Agreement", "Thailand-EFTA FTA"])
DEFA = ("ASEAN Digital Economy Framework Agreement", ["DEFA"])
THGH = ("Convention between Thailand and Ghana for the Avoidance of Double Taxation", ["Thailand–Ghana tax convention", "Tax Convention with Ghana"])
BIOHAZ = ("Convention on biological hazards in the working environment", ["biological hazards Convention", "proposed Convention on biological hazards in the working environment"])
PWH = ("Protocol on Water and Health", ["Protocol on Water and Health to the 1992 Convention on the Protection and Use of Transboundary Watercourses and International Lakes"])
SECA = ("Strategic Economic Cooperation Agreement between the Republic of Ecuador and the Republic of Korea",
        ["Ecuador–Korea Strategic Economic Cooperation Agreement", "SECA", "Ecuador-Korea SECA"])
ECCN = ("Free Trade Agreement between Ecuador and the People's Republic of China", ["Ecuador–China FTA", "Ecuador-China Free Trade Agreement"])
ECCR = ("Free Trade Agreement between Ecuador and Costa Rica", ["Ecuador–Costa Rica FTA"])
ECEU = ("Protocol of Accession of Ecuador to the Trade Agreement with the European Union, Colombia and Peru",
        ["Protocol of Accession of Ecuador", "Protocol of Accession to the Trade Agreement between the EU and Colombia and Peru"])
ECEFTA = ("Comprehensive Economic Partnership Agreement with the EFTA States", ["EFTA–Ecuador CEPA", "Ecuador–EFTA Comprehensive Economic Partnership Agreement"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
CETA = ("Comprehensive Economic and Trade Agreement", ["CETA", "EU-Canada trade agreement", "EU-Canada Comprehensive Economic and Trade Agreement"])
EUSG = ("EU-Singapore free trade agreement", ["EU–Singapore FTA", "EU-Singapore Free Trade Agreement"])
TEPA = ("Trade and Economic Partnership Agreement", ["TEPA", "EFTA–India TEPA", "Trade and Economic Partnership Agreement between the EFTA States and India",
                                                    "free trade agreement with India"])
EFMD = ("EFTA free trade agreement with Moldova", ["EFTA–Moldova FTA", "EFTA-Moldova Free Trade Agreement"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR", "ICCPR-OP2", "OP2"])
ADP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
       ["Disability Protocol", "African Disability Protocol", "African Disability Rights Protocol"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
R77222 = ("resolution 77/222", ["General Assembly resolution on a moratorium on the use of the death penalty", "A/RES/77/222", "moratorium resolution"])
ITA = ("Interim Trade Agreement", ["ITA", "EU-Chile Interim Trade Agreement", "Interim Trade Agreement between the European Union and the Republic of Chile"])
AFA = ("Advanced Framework Agreement", ["AFA", "EU-Chile Advanced Framework Agreement"])
EUCLAA = ("EU-Chile Association Agreement", ["Association Agreement", "EU–Chile Association Agreement"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190"])
SADCEL = ("SADC Protocol on Employment and Labour", ["Protocol on Employment and Labour"])
FL14 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the ICESCR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant"])
MVT = ("Marrakesh Treaty", ["Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled"])
P13 = ("Protocol No. 13 to the European Convention on Human Rights", ["Protocol No. 13", "Protocol 13", "Protocol No. 13 to the Convention for the Protection of Human Rights and Fundamental Freedoms"])
P6 = ("Protocol No. 6", ["Protocol No. 6 to the European Convention on Human Rights", "Protocol 6"])
P12 = ("Protocol No. 12", ["Protocol No. 12 to the European Convention on Human Rights", "Protocol 12"])
OP2S = ("Second Optional Protocol to the ICCPR", ["Second Optional Protocol to the International Covenant on Civil and Political Rights", "ICCPR-OP2"])
ECT = ("Energy Charter Treaty", ["ECT"])
C100 = ("Equal Remuneration Convention (No. 100)", ["Equal Remuneration Convention", "Convention No. 100", "C100"])
C111 = ("Discrimination (Employment and Occupation) Convention (No. 111)", ["Discrimination (Employment and Occupation) Convention", "Convention No. 111", "C111"])
KOREU = ("EU-South Korea Free Trade Agreement", ["EU–Korea FTA", "EU-Korea Free Trade Agreement"])
ACCTS = ("Agreement on Climate Change, Trade and Sustainability", ["ACCTS"])
APECEG = ("APEC List of Environmental Goods", ["APEC Environmental Goods List"])
PARIS = ("Paris Agreement", [])
FISH = ("Protocol amending the Marrakesh Agreement on fisheries subsidies", ["Agreement on Fisheries Subsidies", "WTO Agreement on Fisheries Subsidies", "fisheries subsidies protocol"])
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "China", "European Union", "Netherlands", "Philippines",
          "United Republic of Tanzania", "Kenya", "Ghana", "Germany", "Türkiye", "Republic of Moldova", "Ecuador", "Costa Rica", "Chile", "Fiji"),
    "Burkina Faso": ["Burkina Faso"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Uganda": ["Uganda", "Republic of Uganda"],
    "Japan": ["Japan"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Georgia": ["Georgia"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Iceland": ["Iceland"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "India": ["India", "Republic of India"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
}
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Guy Ryder", "ILO", "International Labour Organization"]
AUA = ["Assembly of the African Union", "African Union Assembly", "AU Assembly", "African Union"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
APEC = ["APEC Leaders", "APEC", "Asia-Pacific Economic Cooperation"]
MINCONF = ["Third Ministerial Conference on Environment and Health", "Ministerial Conference on Environment and Health"]
ZAMBIA_PRES = ["Zambia", "Hakainde Hichilema", "President of Zambia"]
CHINA_SP = ["China", "Foreign Ministry Spokesperson"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Hansard, Parliament of Uganda, Tuesday 11 March 2025) =====================
d = "01.txt"
ADOPT = "2001-06-21"
R(d, ILC, "adopted", C184, ADOPT, "The Convention was adopted by the International Labour Conference at its 89th Session in Geneva on 21 June 2001")
R(d, ILC, "adopted", R192, ADOPT, "together with Recommendation No. 192")
R(d, "Uganda", "supported", C184, ADOPT, "Uganda voted for its adoption")
R(d, "Uganda", NOTRATIFIED, C184, None, "Uganda has not ratified this Convention in the 24 years since", negated=True,
  alt=["until that deposit, Uganda is not a party",
       "Once this House resolves, the instrument of ratification will be signed and deposited with the Director-General of the International Labour Office in Geneva"])
R(d, "Uganda", RATIFIED, C81, "1963", "Uganda ratified the Labour Inspection Convention, 1947 (No. 81) in 1963")
R(d, "Ghana", RATIFIED, C184, "2011", "Ghana ratified Convention No. 184 in 2011")
R(d, "Burkina Faso", RATIFIED, C184, "2009", "Burkina Faso in 2009")
R(d, "Malawi", RATIFIED, C184, "2016", "Malawi in 2016")
R(d, "Kenya", NOTRATIFIED, C184, None, "Kenya has also not ratified it", negated=True)
R(d, "United Republic of Tanzania", NOTRATIFIED, C184, None, "Tanzania has said it intends to ratify it this year", negated=True)
R(d, "Uganda", NOTRATIFIED, C155, None, "Uganda has still not ratified the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True,
  alt=["we are not yet ready to ratify it because the inspection budget is not there"])
R(d, "Uganda", RATIFIED, C138, "2003", "We ratified the Minimum Age Convention (No. 138) in 2003")
R(d, "Uganda", RATIFIED, C182, "2001", "the Worst Forms of Child Labour Convention (No. 182) in 2001")

# ===================== 02 (Philippine Senate committee report, 9 December 2024) =====================
d = "02.txt"
QSIGN = "The Agreement (the \"RAA\") was signed in Manila on 8 July 2024 by the Secretary of National Defense for the Philippines and the Minister for Foreign Affairs for Japan"
R(d, "Philippines", "signed", RAA, "2024-07-08", QSIGN)
R(d, "Japan", "signed", RAA, "2024-07-08", QSIGN)
# The President's ratification is the Philippine domestic act; the RAA binds only after the exchange of notes.
R(d, "Philippines", RATIFIED, RAA, "2024-10-14", "The President ratified the RAA on 14 October 2024", required=False)
R(d, "Philippines", NOTBOUND, RAA, None, "neither the Philippines nor Japan has sent such a note", negated=True,
  alt=["Concurrence does not by itself bring the RAA into force"])
R(d, "Japan", NOTBOUND, RAA, None, "neither the Philippines nor Japan has sent such a note", negated=True,
  alt=["In Japan, the RAA requires the approval of the National Diet, which the Government of Japan expects to seek in its 2025 ordinary session"])
R(d, "Philippines", PARTY, VFA, None, "The Philippines is a party to the 1998 Visiting Forces Agreement with the United States")
R(d, "Philippines", PARTY, SOVFA, None, "to the Status of Visiting Forces Agreement (SOVFA) with Australia")
RL(d, ["Philippines", "Australia"], "signed", SOVFA, "2007", "which the two countries signed in 2007")
RL(d, ["Japan", "Australia"], "signed", JARAA, "2022-01", "Japan and Australia signed a reciprocal access agreement in January 2022")
RL(d, ["Japan", "United Kingdom"], "signed", JUKRAA, "2023-01", "Japan and the United Kingdom signed theirs in January 2023")
R(d, "Philippines", "signed", CASOVFA, None, "the Philippines intends to sign a SOVFA with Canada", negated=True)

# ===================== 03 (Kenya Gazette, 23 August 2024) =====================
d = "03.txt"
R(d, "Kenya", ACCEPTED, AMA, "2024-05-30", "instrument deposited with the Chairperson of the African Union Commission on 30th May, 2024",
  alt=["the Republic of Kenya has ratified the treaties specified in the Schedule"])
R(d, "Kenya", "signed", AMA, "2019-02-11", "signed at Addis Ababa on 11th February, 2019")
R(d, "Kenya", ACCEPTED, LOME, "2024-07-11", "instrument deposited with the Chairperson of the African Union Commission on 11th July, 2024")
R(d, "Kenya", "signed", LOME, "2016-10-15", "signed at Lomé on 15th October, 2016")
R(d, "Kenya", ACCEPTED, C188, "2024-08-02", "instrument registered by the Director-General of the International Labour Office on 2nd August, 2024")
QPEND = "in respect of which the instruments of ratification have not yet been deposited and which are therefore not yet binding on the Republic of Kenya"
R(d, "Kenya", NOTRATIFIED, SOCPROT, None, QPEND, negated=True)
R(d, "Kenya", "signed", SOCPROT, "2023-02-05", "signed by Kenya on 5th February, 2023")
R(d, "Kenya", NOTRATIFIED, FMP, None, QPEND, negated=True)
R(d, "Kenya", "signed", FMP, "2018-03-21", "signed by Kenya on 21st March, 2018")
R(d, "Kenya", NOTBOUND, PSMA, None, QPEND, negated=True)
R(d, "Kenya", NOTRATIFIED, C155, None, QPEND, negated=True)
R(d, "Kenya", ACCEDED, MINAMATA, "2024-05-03", "\"instrument of accession deposited on 3rd May, 2024\"")

# ===================== 04 (Thai Cabinet resolutions, Tuesday 3 June 2025) =====================
d = "04.txt"
R(d, "Thailand", NOTRATIFIED, C87, None, "Thailand has not ratified either Convention", negated=True,
  alt=["the Ministry of Labour expects this to be completed in 2026"])
R(d, "Thailand", NOTRATIFIED, C98, None, "Thailand has not ratified either Convention", negated=True)
QSIX = "Thailand has already ratified six of the ten fundamental Conventions, including the Forced Labour Convention, 1930 (No. 29)"
R(d, "Thailand", RATIFIED, C29, None, QSIX)
R(d, "Thailand", RATIFIED, C105, None, "the Abolition of Forced Labour Convention (No. 105)")
R(d, "Thailand", RATIFIED, C138, None, "the Minimum Age Convention (No. 138)")
R(d, "Thailand", RATIFIED, C182, None, "the Worst Forms of Child Labour Convention (No. 182)")
R(d, "Thailand", RATIFIED, P029, "2018-06", "It ratified the Protocol of 2014 to the Forced Labour Convention in June 2018")
R(d, "Thailand", RATIFIED, C188, "2019-01", "in January 2019, became the first Asian country to ratify the Work in Fishing Convention (No. 188)")
RL(d, ["Thailand", "Iceland", "Liechtenstein", "Norway", "Switzerland"], "signed", THEFTA, "2025-01-23",
   "The Agreement was signed in Davos on 23 January 2025 by Thailand and by Iceland, Liechtenstein, Norway and Switzerland")
R(d, "Thailand", NOTRATIFIED, THEFTA, None, "Thailand will ratify it only after the National Assembly approves it", negated=True)
R(d, "Norway", NOTRATIFIED, THEFTA, None, "Norway has informed Thailand that its Storting will vote in the autumn", negated=True)
R(d, "Switzerland", NOTRATIFIED, THEFTA, None, "Switzerland's ratification is subject to an optional referendum", negated=True)
R(d, "Thailand", "signed", DEFA, None, "Thailand has not yet signed the DEFA", negated=True,
  alt=["authorised the Minister to sign it on Thailand's behalf at the 47th ASEAN Summit in October 2025"])
RL(d, ["Thailand", "Ghana"], "signed", THGH, "2025-03-14", "signed by both countries in Accra on 14 March 2025")
R(d, "Thailand", NOTRATIFIED, THGH, None, "Thailand will complete its internal procedures before notifying Ghana", negated=True)
R(d, "Thailand", "supported", BIOHAZ, None,
  "to vote in favour of the proposed Convention on biological hazards in the working environment when it is put to the vote next week", negated=True)

# ===================== 05 (Irish department explainer, Markdown, 15 November 2024) =====================
d = "05.md"
R(d, MINCONF, "adopted", PWH, "1999-06-17", "The Protocol was adopted at the Third Ministerial Conference on Environment and Health in London on 17 June 1999")
R(d, "Ireland", "signed", PWH, "1999-06-17", "Ireland signed the Protocol in London on 17 June 1999")
R(d, "Ireland", NOTRATIFIED, PWH, None, "but never ratified it", negated=True,
  alt=["Ireland becomes a Party only when the Minister for Foreign Affairs deposits an instrument of ratification",
       "The Government intends to deposit the instrument early in 2025"])
R(d, "Norway", RATIFIED, PWH, "2004", "**Norway** — ratified in 2004")
R(d, "France", ACCEPTED, PWH, "2005", "**France** — approved the Protocol in 2005")
R(d, "Germany", RATIFIED, PWH, "2007", "**Germany** — ratified in 2007")
R(d, "Portugal", RATIFIED, PWH, "2006", "**Portugal** — ratified in 2006")
R(d, "Belgium", RATIFIED, PWH, "2004", "**Belgium** — ratified in 2004")
R(d, "Serbia", ACCEDED, PWH, "2013", "**Serbia** — acceded in 2013")
R(d, "United Kingdom", RATIFIED, PWH, "2001", "The **United Kingdom** ratified in 2001", alt=["remains a Party after leaving the EU"])
R(d, "European Union", NOTBOUND, PWH, None, "The **European Union** is not a Party", negated=True)
for a in ("Italy", "Sweden"):
    R(d, a, "signed", PWH, "1999", f"**{a}** — signed in 1999, has not ratified")
    R(d, a, NOTRATIFIED, PWH, None, f"**{a}** — signed in 1999, has not ratified", negated=True)
R(d, "Denmark", "signed", PWH, "1999", "**Denmark** — signed in 1999")
R(d, "Denmark", NOTRATIFIED, PWH, None, "its ratification bill lapsed in 2019", negated=True)

# ===================== 06 (Constitutional Court of Ecuador, web page, 18 April 2024) =====================
d = "06.html"
QS = "The Agreement was signed in Seoul on 16 October 2023 by Ecuador and the Republic of Korea"
RL(d, ["Ecuador", "Republic of Korea"], "signed", SECA, "2023-10-16", QS)
R(d, "Ecuador", NOTRATIFIED, SECA, None, "The opinion does not ratify the Agreement", negated=True,
  alt=["if the Assembly approves it, the President of the Republic will ratify it by executive decree"])
R(d, "Republic of Korea", RATIFIED, SECA, "2024-04-02", "The Republic of Korea informed Ecuador on 2 April 2024 that it had completed its own procedures")
RL(d, ["Ecuador", "China"], "signed", ECCN, "2023-05-10", "signed by Ecuador and China on 10 May 2023")
R(d, "Ecuador", RATIFIED, ECCN, "2024-02", "Ecuador ratified it in February 2024")
RL(d, ["Ecuador", "Costa Rica"], "signed", ECCR, "2023-09-27", "signed by both countries in San José on 27 September 2023")
RL(d, ["Ecuador", "European Union"], "signed", ECEU, "2016-11-11", "signed by Ecuador and the European Union on 11 November 2016")
RL(d, ["Ecuador", "Iceland", "Liechtenstein", "Norway", "Switzerland"], "signed", ECEFTA, "2018-06-25",
   "signed by Ecuador, Iceland, Liechtenstein, Norway and Switzerland on 25 June 2018")
R(d, "Ecuador", RATIFIED, ECEFTA, "2020", "ratified by Ecuador in 2020")
R(d, "Ecuador", NOTBOUND, CPTPP, None, "Ecuador is not a party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership", negated=True,
  alt=["to which it applied for accession in December 2021"])

# ===================== 07 (newspaper report, Paris, Friday 22 March 2024; the vote was Thursday 21 March) =====================
d = "07.txt"
QSG = "France signed CETA in Brussels on October 30, 2016, together with the other member states, the EU and Canada"
RL(d, ["France", "European Union", "Canada"], "signed", CETA, "2016-10-30", QSG)
R(d, "France", NOTRATIFIED, CETA, None, "But France has not ratified it", negated=True,
  alt=["The French Senate on Thursday rejected the bill authorising ratification of the Comprehensive Economic and Trade Agreement (CETA)"])
R(d, "France", COMMITTED, CETA, "2024-03-21", "the government \"remains committed to CETA\"")
R(d, "Canada", RATIFIED, CETA, "2017", "Canada completed its ratification in 2017")
R(d, "Germany", RATIFIED, CETA, "2023", "Germany, which deposited its instrument in 2023")
RL(d, ["Spain", "Portugal", "Denmark", "Latvia"], RATIFIED, CETA, None, "Spain, Portugal, Denmark and Latvia, which ratified between 2017 and 2018")
R(d, "Cyprus", NOTRATIFIED, CETA, None, "Cyprus's parliament voted against ratification in July 2020, though Nicosia has never notified Brussels", negated=True,
  alt=["Ten have not."])
RL(d, ["Belgium", "Ireland", "Poland", "Hungary", "Greece", "Bulgaria", "Slovenia"], NOTRATIFIED, CETA, None,
   "Belgium, Ireland, Poland, Hungary, Greece, Bulgaria and Slovenia have yet to ratify", negated=True)
R(d, "European Union", NOTRATIFIED, CETA, None, "The EU itself cannot conclude the investment chapter until all member states have ratified", negated=True)
R(d, "Italy", NOTRATIFIED, CETA, None, "Italy has not ratified the agreement", negated=True)
R(d, "European Union", ACCEPTED, EUSG, "2019", "was concluded by the EU alone in 2019")

# ===================== 08 (Swiss Parliament web page, 17.12.2024) =====================
d = "08.html"
RL(d, ["Iceland", "Liechtenstein", "Norway", "Switzerland", "India"], "signed", TEPA, "2024-03-10",
   "The agreement was signed in New Delhi on 10 March 2024 by Iceland, Liechtenstein, Norway, Switzerland and India")
R(d, "Switzerland", NOTRATIFIED, TEPA, None, "Switzerland is therefore not expected to deposit its instrument of ratification before spring 2025", negated=True,
  alt=["can the Federal Council ratify it"])
R(d, "Iceland", RATIFIED, TEPA, "2024-10", "Iceland deposited its instrument of ratification with the Government of Norway, the depositary, in October 2024")
R(d, "Liechtenstein", NOTRATIFIED, TEPA, None, "will ratify together with it", negated=True)
R(d, "Norway", NOTRATIFIED, TEPA, None, "The Norwegian Storting has not yet voted", negated=True)
R(d, "India", NOTRATIFIED, TEPA, None, "India has not yet ratified the agreement either", negated=True)
R(d, "Switzerland", "signed", EFMD, "2023-06", "which Switzerland signed in June 2023")
R(d, "Switzerland", RATIFIED, EFMD, "2024-07", "ratified in July 2024")
R(d, "Republic of Moldova", RATIFIED, EFMD, "2024-05", "Moldova ratified it in May 2024")

# ===================== 09 (State House, Zambia, Wednesday 9 October 2024) =====================
d = "09.txt"
QBECOME = "Zambia will become a State Party to each treaty only when its instrument is deposited"
R(d, "Zambia", ACCEDED, OP2, None, QBECOME, negated=True,
  alt=["President Hakainde Hichilema today signed the instrument of accession to the Second Optional Protocol to the International Covenant on Civil and Political Rights"])
R(d, "Zambia", NOTRATIFIED, ADP, None, QBECOME, negated=True,
  alt=["the instrument of ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa"])
R(d, GA, "adopted", OP2, "1989-12-15", "The Second Optional Protocol was adopted by the United Nations General Assembly on 15 December 1989")
R(d, "Zambia", PARTY, ICCPR, "1984", "Zambia has been a party to the International Covenant on Civil and Political Rights since 1984")
R(d, AUA, "adopted", ADP, "2018-01-29", "The Disability Protocol was adopted by the Assembly of the African Union on 29 January 2018")
R(d, "Zambia", "signed", ADP, "2019-02", "Zambia signed it in February 2019")
R(d, "Zambia", "supported", R77222, "2022-12",
  "In December 2022, Zambia voted in favour of the General Assembly resolution on a moratorium on the use of the death penalty, resolution 77/222")
RL(d, ["Angola", "Mozambique", "Namibia", "Seychelles", "South Africa"], PARTY, OP2, None,
   "Angola, Mozambique, Namibia, Seychelles and South Africa are already parties to the Second Optional Protocol")
RL(d, ["Botswana", "Malawi", "Zimbabwe"], NOTBOUND, OP2, None, "Botswana, Malawi and Zimbabwe are not", negated=True)
R(d, ZAMBIA_PRES, "called-for", OP2, "2024-10-09",
  "The President called on \"every SADC member State that has not yet done so\" to accede to the Second Optional Protocol")

# ===================== 10 (Council of the EU press release, 18 November 2024) =====================
d = "10.txt"
R(d, "Chile", ACCEPTED, ITA, "2024-11-12", "Chile notified the EU on 12 November that its internal procedures were complete")
R(d, "European Union", NOTRATIFIED, ITA, None, "The EU will send its notification in the coming weeks", negated=True)
QSIG = "The ITA and the Advanced Framework Agreement (AFA) were signed by the EU and Chile in Brussels on 13 December 2023"
for inst in (ITA, AFA):
    RL(d, ["European Union", "Chile"], "signed", inst, "2023-12-13", QSIG)
RL(d, ["European Union", "Chile"], "signed", EUCLAA, "2002", "the EU-Chile Association Agreement, which the two sides signed in 2002")
RL(d, ["Spain", "Denmark", "Estonia", "Latvia"], RATIFIED, AFA, None, "So far Spain, Denmark, Estonia and Latvia have ratified the AFA")
R(d, "Chile", RATIFIED, AFA, None, "Chile has also ratified it")
R(d, "European Union", NOTRATIFIED, AFA, None, "the EU will not conclude the AFA until they have", negated=True)
R(d, "Chile", RATIFIED, CPTPP, "2022",
  "Chile is also a party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which it ratified in 2022")
RL(d, ["Chile", "New Zealand", "Singapore"], "signed", DEPA, "2020",
   "signed the Digital Economy Partnership Agreement with New Zealand and Singapore in 2020")

# ===================== 11 (South African written reply, published 04/04/2025) =====================
d = "11.txt"
R(d, "South Africa", RATIFIED, C190, "2021-11-29", "South Africa ratified it on 29 November 2021")
R(d, "South Africa", ACCEPTED, AMA, "2022-03-02", "instrument of ratification deposited with the African Union Commission on 2 March 2022")
R(d, "South Africa", ACCEPTED, SOCPROT, "2023-09-14", "instrument deposited on 14 September 2023")
R(d, "South Africa", NOTRATIFIED, SADCEL, None, "approved in 2021; not yet ratified", negated=True,
  alt=["the instrument awaits the President's signature"])
R(d, "South Africa", "signed", SADCEL, "2014-08", "South Africa signed the Protocol in August 2014")
R(d, "South Africa", NOTRATIFIED, FL14, None, "approved in November 2024; not yet deposited", negated=True,
  alt=["the Department will deposit it with the Director-General of the International Labour Office during the International Labour Conference in June 2025"])
R(d, "South Africa", ACCEDED, BTAP, None, "South Africa has acceded")
RL(d, ["Botswana", "Mozambique", "Zimbabwe"], RATIFIED, SADCEL, None, "only Botswana, Mozambique and Zimbabwe have ratified it")
R(d, "South Africa", "signed", OPICESCR, None, "which South Africa has not signed", negated=True)
R(d, "South Africa", RATIFIED, ICESCR, "2015", "South Africa ratified the Covenant itself in 2015")
R(d, "South Africa", ACCEDED, MVT, None, "South Africa has not yet acceded to it", negated=True)

# ===================== 12 (law blog, Markdown, 6 February 2023) =====================
d = "12.md"
R(d, "Armenia", "signed", P13, "2006-05-19", "Armenia signed Protocol No. 13 on 19 May 2006")
R(d, "Armenia", NOTRATIFIED, P13, None, "It has not — at least not yet.", negated=True,
  alt=["As of today, the Ministry of Foreign Affairs has not deposited the instrument"])
R(d, "Armenia", RATIFIED, P6, "2003-09", "we ratified it in September 2003")
R(d, "Armenia", RATIFIED, P12, "2004", "In 2004 we also ratified Protocol No. 12 on the general prohibition of discrimination")
R(d, "Georgia", RATIFIED, P13, "2003", "**Georgia** ratified Protocol No. 13 in 2003")
R(d, "Ukraine", RATIFIED, P13, "2003", "**Ukraine** and **Moldova** ratified it in 2003 and 2006 respectively")
R(d, "Republic of Moldova", RATIFIED, P13, "2006", "**Ukraine** and **Moldova** ratified it in 2003 and 2006 respectively")
R(d, "Türkiye", RATIFIED, P13, "2006", "and **Türkiye** in 2006")
R(d, "Azerbaijan", "signed", P13, None, "**Azerbaijan** has not signed Protocol No. 13", negated=True,
  alt=["only Azerbaijan has neither signed nor ratified it"])
R(d, "Azerbaijan", NOTRATIFIED, P13, None, "only Azerbaijan has neither signed nor ratified it", negated=True)
R(d, "Russian Federation", "signed", P6, "1997", "**Russia** signed Protocol No. 6 in 1997 but never ratified it")
R(d, "Russian Federation", NOTRATIFIED, P6, None, "**Russia** signed Protocol No. 6 in 1997 but never ratified it", negated=True)
R(d, "Armenia", RATIFIED, OP2S, "2021", "Armenia is also a party to the Second Optional Protocol to the ICCPR, which it ratified in 2021")
R(d, COM, "adopted", P13, "2002-02-21", "The Protocol was adopted by the Committee of Ministers on 21 February 2002")

# ===================== 13 (radio transcript, Tuesday 8 October 2024) =====================
d = "13.txt"
R(d, "Ireland", "signed", CETA, "2016-10", "Ireland signed CETA in October 2016 along with every other member State")
R(d, "Ireland", NOTRATIFIED, CETA, None, "but we have not ratified it", negated=True,
  alt=["I'd expect Ireland to ratify in 2025", "only if the Dáil approves will we deposit the instrument"])
R(d, "Canada", RATIFIED, CETA, "2017", "Canada ratified in 2017")
R(d, "Netherlands", RATIFIED, CETA, "2023", "The Netherlands finished in 2023, as did Germany")
R(d, "Germany", RATIFIED, CETA, "2023", "The Netherlands finished in 2023, as did Germany")
RL(d, ["Belgium", "Bulgaria", "Cyprus", "France", "Greece", "Hungary", "Italy", "Poland", "Slovenia"], NOTRATIFIED, CETA, None,
   "Ten have not: Belgium, Bulgaria, Cyprus, France, Greece, Hungary, Ireland, Italy, Poland and Slovenia", negated=True)
R(d, "Ireland", NOTBOUND, ECT, None, "Ireland notified its withdrawal from the Energy Charter Treaty last year", negated=True, required=False)

# ===================== 14 (wire story, Seoul, Tuesday 20 April 2021) =====================
d = "14.txt"
QDEP = ("South Korea on Tuesday deposited its instruments of ratification of three fundamental International Labour Organization conventions "
        "with the ILO in Geneva")
for inst in (C87, C98, C29):
    R(d, "Republic of Korea", RATIFIED, inst, "2021-04-20", QDEP)
R(d, "Republic of Korea", RATIFIED, C100, "1997", "Korea ratified the Equal Remuneration Convention (No. 100)")
R(d, "Republic of Korea", RATIFIED, C111, "1997", "the Discrimination (Employment and Occupation) Convention (No. 111) in 1997")
R(d, "Republic of Korea", RATIFIED, C138, "1999", "the Minimum Age Convention (No. 138) in 1999")
R(d, "Republic of Korea", RATIFIED, C182, "2001", "the Worst Forms of Child Labour Convention (No. 182) in 2001")
R(d, "Republic of Korea", NOTRATIFIED, C105, None, "The remaining one, the Abolition of Forced Labour Convention (No. 105), has not been ratified", negated=True,
  alt=["the government \"is not in a position to ratify No. 105 at this time\""])
R(d, ILODG, "called-for", C105, "2021-04-20", "urged Seoul to ratify Convention No. 105 \"as soon as possible\"")
RL(d, ["European Union", "Republic of Korea"], "signed", KOREU, "2010", "the EU-South Korea Free Trade Agreement, which the two sides signed in 2010")
R(d, "Japan", RATIFIED, C87, "1965", "Japan ratified Convention No. 87 in 1965")
R(d, "Japan", RATIFIED, C98, "1953", "Convention No. 98 in 1953")
R(d, "China", NOTRATIFIED, C87, None, "China has ratified neither", negated=True)
R(d, "China", NOTRATIFIED, C98, None, "China has ratified neither", negated=True)

# ===================== 15 (Parliamentary Library Bills Digest, 12 March 2025) =====================
d = "15.txt"
R(d, "New Zealand", NOTRATIFIED, ACCTS, None, "The Government has said it will ratify the ACCTS once the bill is passed", negated=True,
  alt=["New Zealand .... not ratified; this bill must pass first"])
RL(d, ["Costa Rica", "Iceland", "New Zealand", "Switzerland"], "signed", ACCTS, "2024-11-15",
   "The ACCTS was signed on 15 November 2024 by Costa Rica, Iceland, New Zealand and Switzerland")
RL(d, ["Fiji", "Norway"], "signed", ACCTS, None, "Fiji and Norway took part in the negotiations but did not sign", negated=True)
R(d, "Norway", ACCEDED, ACCTS, None, "Norway has said it will \"consider accession at a later stage\"", negated=True)
R(d, APEC, ["endorsed", "adopted"], APECEG, "2012", "which APEC Leaders endorsed in Vladivostok in 2012")
R(d, "Iceland", RATIFIED, ACCTS, "2025-02-04", "Iceland ........ ratified; instrument deposited 4 February 2025")
R(d, "Switzerland", NOTRATIFIED, ACCTS, None, "Switzerland .... not ratified", negated=True)
R(d, "Costa Rica", NOTRATIFIED, ACCTS, None, "Costa Rica ..... not ratified", negated=True)
R(d, "New Zealand", RATIFIED, PARIS, "2016", "New Zealand ratified the Paris Agreement in 2016")
R(d, "New Zealand", ACCEPTED, FISH, "2023", "New Zealand also accepted the Protocol amending the Marrakesh Agreement on fisheries subsidies in 2023")

# ===================== 16 (Chinese MFA press conference, 12 August 2022) =====================
d = "16.txt"
D = "2022-08-12"
QCN = ("Today in Geneva, China's Permanent Representative deposited with the ILO Director-General the instruments of ratification of the "
       "Forced Labour Convention, 1930 (No. 29) and the Abolition of Forced Labour Convention, 1957 (No. 105)")
R(d, "China", RATIFIED, C29, D, QCN)
R(d, "China", RATIFIED, C105, D, QCN)
R(d, "China", RATIFIED, C100, "1990", "the Equal Remuneration Convention, which China ratified in 1990")
R(d, "China", RATIFIED, C138, "1999", "the Minimum Age Convention (1999)")
R(d, "China", RATIFIED, C182, "2002", "the Worst Forms of Child Labour Convention (2002)")
R(d, "China", RATIFIED, C111, "2006", "the Discrimination (Employment and Occupation) Convention (2006)")
R(d, "China", NOTRATIFIED, C87, None, "relevant departments are studying the matter", negated=True)
R(d, "China", NOTRATIFIED, C98, None, "relevant departments are studying the matter", negated=True)
R(d, "China", "signed", ICCPR, "1998", "China signed the International Covenant on Civil and Political Rights in 1998")
R(d, "China", NOTRATIFIED, ICCPR, None, "is actively preparing for its ratification", negated=True)
R(d, "China", RATIFIED, ICESCR, "2001", "China ratified the International Covenant on Economic, Social and Cultural Rights in 2001")
R(d, "United States", "signed", ICESCR, "1977", "which it signed in 1977")
R(d, "United States", NOTRATIFIED, ICESCR, None, "We hope the US will ratify the ICESCR", negated=True)
R(d, CHINA_SP, "called-for", ICESCR, D, "We hope the US will ratify the ICESCR", required=False)
R(d, "China", ACCEDED, CPTPP, None,
  "China submitted its formal application to accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in September 2021", negated=True,
  alt=["China applied to join the CPTPP last September"])
R(d, "China", RATIFIED, RCEP, "2021-03", "China is also a party to the Regional Comprehensive Economic Partnership, which it ratified in March 2021")

gold.finish(MIN_CHARS, MAX_CHARS)
