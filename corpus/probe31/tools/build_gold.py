#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Two documents are Markdown (03.md, 10.md) and two
are HTML (08.html, 09.html); Gold.finish() checks .txt, .md and .html documents alike, against the file as written (white
space folded, header block left out). Below, check_markup() also makes sure that no quote of a .md or .html document
straddles markup (an HTML tag or entity, Markdown emphasis), so that every quote is a plain run of the document's text.
Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000
SUPPORTED = ["supported"]

# ---- instruments: (name as the text names it, aliases) ----
C1988 = ("Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
         ["1988 Convention", "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
          "1988 Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances"])
C1971 = ("Convention on Psychotropic Substances", ["1971 Convention", "1971 Convention on Psychotropic Substances",
                                                   "Convention on Psychotropic Substances of 1971"])
P1972 = ("Protocol amending the Single Convention on Narcotic Drugs, 1961", ["1972 Protocol", "Protocol amending the Single Convention"])
SC61 = ("Single Convention on Narcotic Drugs, 1961", ["Single Convention", "1961 Single Convention", "Single Convention on Narcotic Drugs",
                                                     "Single Convention on Narcotic Drugs of 1961"])
SC61A = ("Single Convention on Narcotic Drugs, 1961, as amended by the 1972 Protocol",
         ["Single Convention as amended by the 1972 Protocol", "Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol",
          "Single Convention", "Single Convention on Narcotic Drugs"])
OVIEDO = ("Oviedo Convention", ["Convention on Human Rights and Biomedicine", "Council of Europe Convention on Human Rights and Biomedicine",
                                "ETS No. 164", "Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the "
                                "Application of Biology and Medicine"])
CLONING = ("Additional Protocol on the Prohibition of Cloning Human Beings", ["ETS No. 168", "Cloning Protocol",
           "Additional Protocol to the Convention on Human Rights and Biomedicine, on the Prohibition of Cloning Human Beings"])
TRANSPL = ("Additional Protocol concerning Transplantation of Organs and Tissues of Human Origin",
           ["ETS No. 186", "Transplantation Protocol", "Additional Protocol on Transplantation of Organs and Tissues of Human Origin"])
RESEARCH = ("Additional Protocol to the Convention on Human Rights and Biomedicine, concerning Biomedical Research",
            ["Research Protocol", "CETS No. 195", "Biomedical Research Protocol", "Protocol on biomedical research"])
GENETIC = ("Additional Protocol concerning Genetic Testing for Health Purposes", ["CETS No. 203", "Genetic Testing Protocol"])
ORGANS = ("Council of Europe Convention against Trafficking in Human Organs",
          ["Convention against Trafficking in Human Organs", "Santiago de Compostela Convention", "CETS No. 216"])
MEDICRIME = ("MEDICRIME Convention", ["Council of Europe Convention on the counterfeiting of medical products and similar crimes involving "
                                      "threats to public health", "Medicrime"])
WHA6322 = ("resolution WHA63.22", ["WHA63.22"])
GPTRANS = ("WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation", ["WHO Guiding Principles", "Guiding Principles"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
WHA6711 = ("resolution WHA67.11", ["WHA67.11"])
BASEL = ("Basel Convention on hazardous wastes", ["Basel Convention",
         "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
ROTTERDAM = ("Rotterdam Convention", ["Rotterdam Convention on the Prior Informed Consent Procedure"])
MD2019 = ("2019 Ministerial Declaration", ["2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and International "
          "Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem", "Ministerial Declaration"])
UNGASS = ("outcome document of the thirtieth special session of the General Assembly",
          ["UNGASS 2016 outcome document", "outcome document of the 2016 special session of the General Assembly on the world drug problem",
           "Our joint commitment to effectively addressing and countering the world drug problem"])
R674 = ("Commission resolution 67/4 on alternative development", ["resolution 67/4", "CND resolution 67/4"])
L7 = ("draft resolution E/CN.7/2025/L.7", ["E/CN.7/2025/L.7", "L.7"])
ASEANWP = ("ASEAN Work Plan on Securing Communities Against Illicit Drugs 2016-2025", ["ASEAN Work Plan"])
L4 = ("draft resolution E/CN.7/2025/L.4", ["E/CN.7/2025/L.4", "L.4", "Review of the international drug control architecture"])
NITAZ = ("decision to place N-pyrrolidino protonitazene in Schedule I", ["N-pyrrolidino protonitazene scheduling decision"])
BROMAZ = ("decision to add bromazolam to Schedule IV", ["bromazolam scheduling decision"])
AMR24 = ("Political Declaration of the High-level Meeting on Antimicrobial Resistance",
         ["A/79/L.5", "2024 Political Declaration on Antimicrobial Resistance", "AMR Political Declaration"])
AMR16 = ("2016 political declaration on antimicrobial resistance", ["resolution 71/3", "2016 AMR political declaration"])
GAPAMR = ("Global Action Plan on Antimicrobial Resistance", ["Global Action Plan", "GAP on AMR"])
EUREC = ("Council Recommendation on stepping up EU actions to combat antimicrobial resistance in a One Health approach",
         ["Council Recommendation on AMR", "2023 Council Recommendation"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
PABS = ("Annex on Pathogen Access and Benefit-Sharing", ["PABS Annex", "PABS annex", "annex on pathogen access and benefit-sharing"])
IHRAM = ("2024 amendments to the International Health Regulations", ["IHR amendments", "2024 IHR amendments", "resolution WHA77.17",
         "WHA77.17", "amendments to the IHR"])
IHR = ("International Health Regulations (2005)", ["IHR", "International Health Regulations", "IHR (2005)"])
WHA781 = ("resolution WHA78.1", ["WHA78.1", "WHO Pandemic Agreement", "Pandemic Agreement"])
COP118 = ("decision FCTC/COP11(8)", ["FCTC/COP11(8)", "decision on the environmental impacts of tobacco"])
COP1111 = ("decision FCTC/COP11(11)", ["FCTC/COP11(11)", "decision extending the Global Strategy to Accelerate Tobacco Control"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "WHO FCTC", "Framework Convention on Tobacco Control"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "ITP"])
WHA774 = ("resolution WHA77.4", ["WHA77.4", "resolution on increasing the availability, ethical access and oversight of transplantation of "
          "human cells, tissues and organs"])
ISTANBUL = ("Declaration of Istanbul on Organ Trafficking and Transplant Tourism", ["Declaration of Istanbul"])
LOME = ("Lomé Political Declaration", ["Lome Political Declaration", "Lomé Declaration"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty"])
NIAMEY = ("Niamey Roadmap 2025-2027", ["Niamey Roadmap"])
UHC = ("2023 political declaration on universal health coverage", ["resolution 78/4", "political declaration on universal health coverage",
       "UHC political declaration"])
UHCGC = ("UHC2030 Global Compact", ["Global Compact for Progress towards Universal Health Coverage", "UHC2030 Compact"])
ASTANA = ("Astana Declaration", ["Declaration of Astana", "Astana Declaration on primary health care"])
WHA722 = ("resolution WHA72.2", ["WHA72.2"])
GHFP = ("General Assembly's annual resolution on global health and foreign policy", ["resolution on global health and foreign policy",
        "global health and foreign policy resolution"])
L14 = ("draft resolution A/C.3/80/L.14", ["A/C.3/80/L.14", "Addressing and countering the world drug problem through a comprehensive, "
       "integrated and balanced approach"])
L61 = ("amendment A/C.3/80/L.61", ["A/C.3/80/L.61", "L.61"])
L12 = ("draft resolution A/C.3/80/L.12", ["A/C.3/80/L.12", "Strengthening the United Nations crime prevention and criminal justice programme"])
CDBIOSAP = ("Strategic Action Plan 2025-2028", ["CDBIO Strategic Action Plan 2025-2028", "Strategic Action Plan on human rights and biomedicine"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Viet Nam", "Türkiye", "European Union", "Czechia",
          "Netherlands", "Republic of Moldova", "Philippines", "Kazakhstan", "Uzbekistan", "Papua New Guinea", "Congo", "Gambia",
          "Côte d'Ivoire", "Germany", "Mexico", "Colombia", "Chile", "China", "Egypt", "Saudi Arabia", "Kenya", "Timor-Leste", "Bhutan",
          "Ghana", "Rwanda", "Uganda", "Togo"),
    "Tuvalu": ["Tuvalu"],
    "Kiribati": ["Kiribati", "Republic of Kiribati"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Montenegro": ["Montenegro"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Niger": ["Niger", "Republic of Niger", "the Niger"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Spain": ["Spain", "Kingdom of Spain"],
}
WHA = ["World Health Assembly", "WHO World Health Assembly", "Seventy-seventh World Health Assembly", "Seventy-eighth World Health Assembly",
       "Seventy-ninth World Health Assembly", "Assembly", "WHA"]
CND = ["Commission on Narcotic Drugs", "UN Commission on Narcotic Drugs", "CND", "Commission"]
CNDCHAIR = ["Chair of the Commission on Narcotic Drugs", "Chair", "Commission on Narcotic Drugs", "CND"]
COE_CM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"]
COE_SG = ["Council of Europe Secretary General", "Secretary General", "Alain Berset", "Secretary General of the Council of Europe",
          "Council of Europe"]
CDBIO = ["CDBIO", "Steering Committee for Human Rights in the fields of Biomedicine and Health", "Council of Europe"]
BWE = ["Bioethics Watch Europe", "Marta Lindqvist"]
FCA = ["Framework Convention Alliance", "FCA"]
FCTCCOP = ["FCTC Conference of the Parties", "Conference of the Parties to the WHO Framework Convention on Tobacco Control", "COP11",
           "Conference of the Parties", "COP"]
WHORD = ["WHO Regional Director for the Western Pacific", "Saia Ma'u Piukala", "Regional Director", "World Health Organization", "WHO"]
WHODG = ["WHO Director-General", "Director-General", "World Health Organization", "WHO"]
FERRER = ["Lucía Ferrer", "Dr Lucía Ferrer", "World Health Organization", "WHO"]
MINCONF = ["Conference of Plenipotentiaries on the Minamata Convention on Mercury", "conference of plenipotentiaries",
           "Conference of Plenipotentiaries"]
ASEANMM = ["ASEAN Ministerial Meeting on Drug Matters", "ASEAN"]
EUCOUNCIL = ["Council of the EU", "Council of the European Union", "European Union"]
ONT = ["National Transplant Organization", "ONT", "Organización Nacional de Trasplantes", "Spain"]
LOMEMM = ["Lomé Initiative Ministerial Meeting", "Ministers of the Lomé Initiative", "Lomé Initiative", "Ministerial Meeting", "Ministers"]
LOME7 = ["Congo", "Gambia", "Ghana", "Niger", "Senegal", "Togo", "Uganda"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (UN depositary notifications) =====================
d = "01.txt"
D = "2025-10-14"
Q = "The above action was effected on 14 October 2025."
R(d, "Tuvalu", ACCEDED, C1988, D, Q, alt=["TUVALU: ACCESSION"])
R(d, "Tuvalu", ACCEDED, C1971, D, Q)
R(d, "Tuvalu", ACCEDED, P1972, D, Q)
R(d, "Tuvalu", PARTY, SC61, "1982-09-15",
  "Tuvalu succeeded to the Single Convention on Narcotic Drugs, 1961, by a notification received on 15 September 1982")
R(d, "Tuvalu", NOTBOUND, SC61A, None,
  "Upon the entry into force of the Protocol for it, Tuvalu will be a Party to the Single Convention as amended by the 1972 Protocol",
  negated=True, required=False)
R(d, "Kiribati", ACCEDED, C1971, "2019-05-08", "the Government of Kiribati, which acceded to the Convention on 8 May 2019")

# ===================== 02 (UK written answer) =====================
d = "02.txt"
R(d, "United Kingdom", "signed", OVIEDO, None,
  "The United Kingdom did not sign the Oviedo Convention when it was opened for signature in 1997, and the Government has no plans to do so",
  negated=True)
R(d, "United Kingdom", "signed", CLONING, None,
  "we are not considering signing its Additional Protocol on the Prohibition of Cloning Human Beings", negated=True)
R(d, "United Kingdom", "signed", ORGANS, "2015-03-25",
  "The UK signed the Council of Europe Convention against Trafficking in Human Organs in Santiago de Compostela on 25 March 2015")
R(d, "United Kingdom", NOTRATIFIED, ORGANS, None,
  "The Government intends to ratify it once the necessary amendments to the Modern Slavery Act 2015 have been made", negated=True)
QMC = ("The UK signed the Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to "
       "public health (the MEDICRIME Convention) in 2012 but has not ratified it")
R(d, "United Kingdom", "signed", MEDICRIME, "2012", QMC)
R(d, "United Kingdom", NOTRATIFIED, MEDICRIME, None, QMC, negated=True, alt=["we will keep ratification under review"])
R(d, "France", RATIFIED, OVIEDO, "2011", "France ratified it in 2011")
R(d, "Ireland", "signed", OVIEDO, None, "Ireland has neither signed nor ratified it", negated=True)
R(d, "Ireland", NOTRATIFIED, OVIEDO, None, "Ireland has neither signed nor ratified it", negated=True)
R(d, "Germany", "signed", OVIEDO, None, "Germany has not signed it either", negated=True)
R(d, "United Kingdom", SUPPORTED, WHA6322, "2010-05", "the UK voted in favour of resolution WHA63.22")
R(d, WHA, ["endorsed", "adopted"], GPTRANS, "2010-05",
  "by which the World Health Assembly endorsed the WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation in May 2010")
R(d, WHA, "adopted", WHA6322, "2010-05",
  "resolution WHA63.22, by which the World Health Assembly endorsed the WHO Guiding Principles on Human Cell, Tissue and Organ "
  "Transplantation in May 2010", required=False)

# ===================== 03 (NGO blog, Markdown) =====================
d = "03.md"
POST = "2025-04-09"
R(d, "Montenegro", RATIFIED, RESEARCH, "2025-04-02",
  "Last Wednesday, Montenegro deposited its instrument of ratification of the Research Protocol")
RL(d, ["Bulgaria", "Czechia", "Georgia", "Hungary", "Lithuania", "Republic of Moldova", "Portugal", "Slovakia", "Slovenia"], RATIFIED, RESEARCH,
   None, "It joins the states that had already ratified it: Bulgaria, Czechia, Georgia, Hungary, Lithuania, the Republic of Moldova, "
   "Portugal, Slovakia and Slovenia.")
R(d, "Norway", RATIFIED, GENETIC, "2017", "Norway ratified it in 2017")
R(d, "Montenegro", RATIFIED, GENETIC, "2025-04-02",
  "Montenegro deposited its ratification of that Protocol on the same day as the research one")
QNO = "Norway signed the Research Protocol in 2005 but has yet to ratify it."
R(d, "Norway", "signed", RESEARCH, "2005", QNO)
R(d, "Norway", NOTRATIFIED, RESEARCH, None, QNO, negated=True)
R(d, "Switzerland", PARTY, OVIEDO, "2008", "Switzerland, a Party to the Oviedo Convention since 2008")
R(d, "Switzerland", "signed", RESEARCH, None, "Switzerland, a Party to the Oviedo Convention since 2008, has not signed the Research Protocol.",
  negated=True)
QBE = "Belgium signed the Oviedo Convention in 1997 but has never ratified it."
QBE2 = "\"expects to ratify the Convention and both protocols together\""
R(d, "Belgium", "signed", OVIEDO, "1997", QBE)
R(d, "Belgium", NOTRATIFIED, OVIEDO, None, QBE, negated=True, alt=[QBE2])
R(d, "Belgium", NOTRATIFIED, RESEARCH, None, QBE2, negated=True)
R(d, "Belgium", NOTRATIFIED, GENETIC, None, QBE2, negated=True)
QEU = "The European Union is not a Party to either protocol and cannot become one"
R(d, "European Union", NOTBOUND, RESEARCH, None, QEU, negated=True, required=False)
R(d, "European Union", NOTBOUND, GENETIC, None, QEU, negated=True, required=False)
R(d, CDBIO, "called-for", RESEARCH, None, "welcomed Montenegro's ratification and \"encouraged other member States to follow\"", required=False)
R(d, BWE, "called-for", RESEARCH, POST,
  "Bioethics Watch Europe calls on every member state that has signed the Oviedo Convention to sign and ratify the Research Protocol")

# ===================== 04 (wire story, Minamata) =====================
d = "04.txt"
R(d, "Papua New Guinea", RATIFIED, MINAMATA, "2025-06-11",
  "Papua New Guinea deposited its instrument of ratification of the Minamata Convention on Mercury at United Nations headquarters in New "
  "York on Wednesday")
R(d, "Papua New Guinea", "signed", MINAMATA, "2013-10", "We signed the Convention in Kumamoto in October 2013",
  alt=["more than eleven years after signing it"])
R(d, "Papua New Guinea", NOTBOUND, MINAMATA, None, "PNG would become a party on the ninetieth day after the deposit", negated=True,
  required=False)
R(d, MINCONF, "adopted", MINAMATA, "2013-10", "adopted by a conference of plenipotentiaries in Kumamoto, Japan, in October 2013")
R(d, WHA, "adopted", WHA6711, "2014", "In 2014 the World Health Assembly adopted resolution WHA67.11")
R(d, WHORD, "called-for", MINAMATA, "2025-06-11",
  "on Wednesday urged the remaining Pacific island states to ratify the Minamata Convention \"without delay\"")
QSV = "Solomon Islands and Vanuatu have not ratified the Convention"
R(d, "Solomon Islands", NOTRATIFIED, MINAMATA, None, QSV, negated=True)
R(d, "Vanuatu", NOTRATIFIED, MINAMATA, None, QSV, negated=True)
R(d, "Fiji", ["acceded", "party", "ratified"], MINAMATA, None, "Fiji said last month it was considering accession", negated=True)
R(d, "Indonesia", RATIFIED, MINAMATA, "2017", "Indonesia, the region's largest small-scale gold producer, ratified in 2017")
R(d, "Philippines", RATIFIED, MINAMATA, "2020", "the Philippines followed in 2020")
R(d, "Papua New Guinea", PARTY, BASEL, "1995", "PNG is already a party to the Basel Convention on hazardous wastes, which it joined in 1995")
R(d, "Papua New Guinea", ["acceded", "party", "ratified"], ROTTERDAM, None, "it intends to accede to the Rotterdam Convention next year",
  negated=True)

# ===================== 05 (Thailand's statement at the CND) =====================
d = "05.txt"
D = "2025-03-10"
QTH = ("Thailand has been a Party to all three international drug control conventions - the Single Convention on Narcotic Drugs of 1961 as "
       "amended by the 1972 Protocol, the Convention on Psychotropic Substances of 1971 and the United Nations Convention against Illicit "
       "Traffic in Narcotic Drugs and Psychotropic Substances of 1988 - for more than three decades")
for inst in (SC61A, C1971, C1988):
    R(d, "Thailand", PARTY, inst, None, QTH)
    R(d, "Thailand", COMMITTED, inst, D,
      "These treaties remain the cornerstone of the international drug control system, and we reaffirm our commitment to them.")
R(d, "Thailand", COMMITTED, MD2019, D, "Thailand remains committed to the 2019 Ministerial Declaration")
R(d, GA, "adopted", UNGASS, "2016-04",
  "the outcome document of the thirtieth special session of the General Assembly, which the Assembly adopted in April 2016")
R(d, "Thailand", "co-sponsored", R674, "2024", "Last year, my delegation co-sponsored Commission resolution 67/4 on alternative development")
QL7 = "at this session we have joined Peru and Colombia in presenting draft resolution E/CN.7/2025/L.7"
RL(d, ["Thailand", "Peru", "Colombia"], "co-sponsored", L7, "2025-03", QL7)
R(d, "Thailand", "called-for", L7, D, "We invite all members of the Commission to join us as co-sponsors.", required=False)
R(d, "Thailand", ENDORSED, ASEANWP, None, "Thailand has also endorsed the ASEAN Work Plan on Securing Communities Against Illicit Drugs 2016-2025")
R(d, ASEANMM, "adopted", ASEANWP, "2016", "adopted by the ASEAN Ministerial Meeting on Drug Matters in 2016")
R(d, "Thailand", SUPPORTED, L4, None,
  "My delegation will not be in a position to support draft resolution E/CN.7/2025/L.4 in its current form", negated=True)
R(d, "Thailand", "called-for", C1988, D, "Thailand encourages all States that have not yet done so to accede to the 1988 Convention")

# ===================== 06 (UNIS press release, CND votes) =====================
d = "06.txt"
D = "2025-03-14"
R(d, CND, "adopted", L4, D, "the Commission adopted draft resolution E/CN.7/2025/L.4, \"Review of the international drug control architecture\"")
R(d, "Colombia", "co-sponsored", L4, None, "presented by Colombia", required=False)
QAG = ("Voting against were: Argentina, Belarus, China, Egypt, Hungary, Iran, Japan, Kazakhstan, Pakistan, the Russian Federation, Saudi "
       "Arabia, Singapore, Thailand, Türkiye, the United States, Uzbekistan and Viet Nam.")
for a in ["Argentina", "Belarus", "China", "Egypt", "Hungary", "Iran", "Japan", "Kazakhstan", "Pakistan", "Russian Federation", "Saudi Arabia",
          "Singapore", "Thailand", "Türkiye", "United States", "Uzbekistan", "Viet Nam"]:
    R(d, a, SUPPORTED, L4, D, QAG, negated=True,
      alt=["could not support a review \"whose outcome is prejudged\""] if a == "Japan" else None)
RL(d, ["Algeria", "India", "Indonesia", "Kenya", "Morocco", "Nigeria"], SUPPORTED, L4, D,
   "Abstaining were: Algeria, India, Indonesia, Kenya, Morocco and Nigeria.", negated=True)
RL(d, ["Brazil", "Chile", "Colombia", "Czechia", "France", "Germany", "Mexico", "Netherlands", "Spain", "Uruguay"], SUPPORTED, L4, D,
   "Among the 27 members voting in favour were Brazil, Chile, Colombia, Czechia, France, Germany, Mexico, the Netherlands, Spain and Uruguay.")
R(d, "Côte d'Ivoire", SUPPORTED, L4, None, "Côte d'Ivoire was absent when the vote was taken.", negated=True)
for inst in (SC61, C1971, C1988):
    R(d, "Japan", COMMITTED, inst, D, "his country remained committed to the three international drug control conventions", required=False)
R(d, CND, "adopted", NITAZ, D,
  "The Commission also decided, by 45 votes in favour to none against, with 4 abstentions, to place N-pyrrolidino protonitazene in Schedule I "
  "of the Single Convention")
R(d, CND, "adopted", BROMAZ, D, "it decided to add bromazolam to Schedule IV of the 1971 Convention on Psychotropic Substances")
R(d, CND, "adopted", L7, D,
  "The five other resolutions, including E/CN.7/2025/L.7 on alternative development, sponsored by Thailand, Peru and Colombia, were adopted "
  "without a vote.")
RL(d, ["Thailand", "Peru", "Colombia"], "co-sponsored", L7, None, "sponsored by Thailand, Peru and Colombia")
R(d, CNDCHAIR, "called-for", C1988, D,
  "called on all States that have not yet done so to ratify the 1988 Convention against Illicit Traffic in Narcotic Drugs and Psychotropic "
  "Substances")

# ===================== 07 (EU explanation of position, AMR) =====================
d = "07.txt"
D = "2024-10-07"
R(d, GA, "adopted", AMR24, D, "which the General Assembly adopted today without a vote")
R(d, "European Union", "welcomed", AMR24, D,
  "The EU welcomes the Political Declaration of the High-level Meeting on Antimicrobial Resistance")
R(d, "European Union", COMMITTED, AMR24, D, "The EU and its Member States are committed to implementing the Declaration in full")
R(d, "European Union", COMMITTED, GAPAMR, D,
  "We remain equally committed to the Global Action Plan on Antimicrobial Resistance")
R(d, WHA, "adopted", GAPAMR, "2015-05", "adopted by the World Health Assembly in May 2015")
R(d, EUCOUNCIL, "adopted", EUREC, "2023-06",
  "In June 2023 the Council of the EU adopted the Council Recommendation on stepping up EU actions to combat antimicrobial resistance in a One "
  "Health approach")
R(d, "European Union", "co-sponsored", AMR16, "2016",
  "the 2016 political declaration on antimicrobial resistance, which the EU co-sponsored at the time")

# ===================== 08 (tracker, HTML: Pandemic Agreement) =====================
d = "08.html"
R(d, WHA, "adopted", PANDEMIC, "2025-05-20",
  "The WHO Pandemic Agreement was adopted by the Seventy-eighth World Health Assembly on 20 May 2025 in resolution WHA78.1.")
R(d, WHA, "adopted", PABS, "2026-05-22", "which the Seventy-ninth World Health Assembly did on 22 May 2026")
R(d, "Brazil", "signed", PANDEMIC, "2026-06-01", "Brazil signed on 1 June 2026, the opening day.")
R(d, "Indonesia", "signed", PANDEMIC, "2026-06-01", "Indonesia signed on 1 June 2026 and expects to ratify by the end of 2027.")
R(d, "Indonesia", NOTRATIFIED, PANDEMIC, None, "Indonesia signed on 1 June 2026 and expects to ratify by the end of 2027.", negated=True)
R(d, "Rwanda", "signed", PANDEMIC, "2026-06-01", "Rwanda signed on 1 June 2026.")
R(d, "Spain", "signed", PANDEMIC, "2026-06-01", "Spain signed on 1 June 2026")
R(d, "South Africa", "signed", PANDEMIC, "2026-06-04", "South Africa signed on 4 June 2026.")
QNW = "Norway signed on 9 June 2026 and has said it will ratify \"as soon as the Storting has given its consent\"."
R(d, "Norway", "signed", PANDEMIC, "2026-06-09", QNW)
R(d, "Norway", NOTRATIFIED, PANDEMIC, None, QNW, negated=True)
R(d, "Bangladesh", "signed", PANDEMIC, None, "Bangladesh has announced that it will sign the Agreement", negated=True)
R(d, "European Union", "signed", PANDEMIC, None, "The European Union is expected to sign once the Council of the EU authorises signature",
  negated=True)
R(d, "United States", "signed", PANDEMIC, None,
  "The United States, which withdrew from WHO in January 2026, took no part in the negotiations and will not sign.", negated=True)
R(d, "Argentina", "signed", PANDEMIC, None, "Argentina has stated that it does not intend to sign the Agreement.", negated=True)
R(d, "Russian Federation", SUPPORTED, PANDEMIC, "2025-05", "The Russian Federation, which abstained when Committee A voted on the Agreement in May 2025",
  negated=True)
R(d, "Russian Federation", "signed", PANDEMIC, None, "has not said whether it will sign", negated=True, required=False)
R(d, WHA, "adopted", IHRAM, "2024-06-01",
  "The 2024 amendments to the International Health Regulations, adopted on 1 June 2024 by resolution WHA77.17")
R(d, "Slovakia", NOTBOUND, IHRAM, None, "Slovakia rejected the amendments in July 2025.", negated=True)

# ===================== 09 (FAQ page, HTML: IHR amendments) =====================
d = "09.html"
R(d, WHA, "adopted", IHR, "2005",
  "The International Health Regulations (2005), or IHR, are a legally binding instrument of international law adopted by the World Health "
  "Assembly in 2005.")
R(d, "Ireland", PARTY, IHR, None, "Ireland, like every other WHO Member State, is bound by them.")
R(d, WHA, "adopted", IHRAM, "2024-06-01",
  "On 1 June 2024, the Seventy-seventh World Health Assembly adopted a package of amendments to the IHR by resolution WHA77.17.")
R(d, "Ireland", PARTY, IHRAM, None,
  "Ireland did not reject the amendments, and they entered into force for Ireland on 19 September 2025.")
R(d, "United States", NOTBOUND, IHRAM, None, "The United States rejected the amendments in July 2025.", negated=True)
RL(d, ["Israel", "Italy"], NOTBOUND, IHRAM, None, "Israel and Italy also notified rejections", negated=True)
R(d, "Slovakia", NOTBOUND, IHRAM, None, "Slovakia announced that it would not apply them", negated=True)
R(d, WHA, "adopted", PANDEMIC, "2025-05",
  "The WHO Pandemic Agreement is a separate treaty, adopted by the World Health Assembly in May 2025.")
R(d, "Ireland", SUPPORTED, PANDEMIC, "2025-05", "Ireland voted in favour of the Agreement in Committee A.")
R(d, "Ireland", "signed", PANDEMIC, None, "Ireland has not yet signed the Pandemic Agreement, which is not yet open for signature",
  negated=True, alt=["the Government intends to sign it when it opens"])

# ===================== 10 (conference bulletin, Markdown: FCTC COP11) =====================
d = "10.md"
D = "2025-11-21"
R(d, FCTCCOP, "adopted", COP118, "2025-11-20",
  "yesterday adopted by consensus decision FCTC/COP11(8) on the environmental impacts of tobacco under Article 18 of the Convention")
R(d, "Brazil", "co-sponsored", COP118, None, "The draft was proposed by Brazil and co-sponsored by Panama, Spain and Uruguay.")
RL(d, ["Panama", "Spain", "Uruguay"], "co-sponsored", COP118, None, "The draft was proposed by Brazil and co-sponsored by Panama, Spain and Uruguay.")
R(d, FCTCCOP, "adopted", COP1111, D,
  "This morning the COP adopted decision FCTC/COP11(11), extending the Global Strategy to Accelerate Tobacco Control until 2030.")
QUS = "The United States signed the FCTC in 2004 but has never ratified it."
R(d, "United States", "signed", FCTC, "2004", QUS)
R(d, "United States", NOTRATIFIED, FCTC, None, QUS, negated=True)
QCH = "Switzerland, which signed in 2004, told the plenary on Wednesday that its parliament was \"still considering\" ratification."
R(d, "Switzerland", "signed", FCTC, "2004", QCH)
R(d, "Switzerland", NOTRATIFIED, FCTC, None, QCH, negated=True)
QID = "Indonesia has neither signed nor acceded to the Convention, and attended as an observer."
R(d, "Indonesia", "signed", FCTC, None, QID, negated=True)
R(d, "Indonesia", NOTBOUND, FCTC, None, QID, negated=True)
QGZ = ("Ghana and Zambia announced that they had deposited their instruments of ratification of the Protocol earlier this month")
RL(d, ["Ghana", "Zambia"], RATIFIED, ITP, "2025-11", QGZ)
RL(d, ["Ghana", "Zambia"], PARTY, FCTC, None, "Both are Parties to the FCTC.")
R(d, "Kenya", RATIFIED, ITP, "2019", "Kenya, which ratified the Protocol in 2019")
R(d, "European Union", PARTY, ITP, "2016", "The European Union, a Party to the Protocol since 2016")
R(d, FCA, "called-for", ITP, D, "FCA calls on every FCTC Party that has not yet done so to ratify the Protocol before MOP5.")

# ===================== 11 (minister's speech: organ trafficking convention) =====================
d = "11.txt"
D = "2025-03-25"
R(d, "Spain", "signed", ORGANS, "2015-03-25",
  "Ten years ago today, in this very city, Spain signed the Council of Europe Convention against Trafficking in Human Organs on the day it was "
  "opened for signature.")
RL(d, ["Albania", "Belgium", "Italy", "Norway", "Portugal", "Türkiye", "United Kingdom"], "signed", ORGANS, "2015-03-25",
   "Alongside us that day were, among others, Albania, Belgium, Italy, Norway, Portugal, Türkiye and the United Kingdom.")
R(d, "Spain", RATIFIED, ORGANS, "2018", "Spain ratified the Convention in 2018")
R(d, "Spain", PARTY, OVIEDO, None, "We are also a Party to the Oviedo Convention")
R(d, "Spain", RATIFIED, TRANSPL, "2007", "its Additional Protocol on Transplantation of Organs and Tissues of Human Origin, which Spain ratified in 2007")
R(d, "Costa Rica", RATIFIED, ORGANS, "2019", "Costa Rica became the first State outside the Council of Europe to ratify it, in 2019")
R(d, "Mexico", ["acceded", "party", "ratified"], ORGANS, None, "Mexico has announced its intention to accede", negated=True)
R(d, "Spain", "co-sponsored", WHA774, "2024",
  "Last year, at the Seventy-seventh World Health Assembly, Spain presented resolution WHA77.4")
RL(d, ["Argentina", "Chile", "Portugal"], "co-sponsored", WHA774, "2024", "with more than forty co-sponsors, Argentina, Chile and Portugal among them")
R(d, WHA, "adopted", WHA774, "2024", "The Assembly adopted it by consensus.")
R(d, "Spain", "called-for", ORGANS, D,
  "Today I call on all the member States of the Council of Europe that have not yet done so, and in particular our friends in Germany and "
  "France, to sign and ratify the Santiago de Compostela Convention without delay.",
  alt=["I hope others in Latin America will follow."])
R(d, ONT, ENDORSED, ISTANBUL, "2008",
  "The Declaration of Istanbul on Organ Trafficking and Transplant Tourism, which the ONT endorsed in 2008")

# ===================== 12 (communiqué: Lomé Initiative) =====================
d = "12.txt"
D = "2025-01-29"
RL(d, LOME7, SIGNED_DECL, LOME, "2020-01-18",
   "Ministers recalled the Lomé Political Declaration, signed by their Heads of State on 18 January 2020")
RL(d, LOME7, COMMITTED, LOME, D,
   "Ministers recalled the Lomé Political Declaration, signed by their Heads of State on 18 January 2020, and reaffirmed their commitment to it.")
R(d, "Niger", RATIFIED, MEDICRIME, "2024-11",
  "Ministers welcomed the ratification by Niger of the Council of Europe Convention on the counterfeiting of medical products and similar "
  "crimes involving threats to public health (the MEDICRIME Convention) in November 2024")
R(d, "Niger", PARTY, MEDICRIME, None, "which makes Niger the first member of the Initiative to be bound by it", required=False)
RL(d, ["Senegal", "Togo"], NOTRATIFIED, MEDICRIME, None, "Senegal and Togo intend to ratify the MEDICRIME Convention in 2025", negated=True)
R(d, "Ghana", "signed", MEDICRIME, "2022", "Ghana, which signed it in 2022, has begun its parliamentary process")
R(d, "Ghana", NOTRATIFIED, MEDICRIME, None, "Ghana, which signed it in 2022, has begun its parliamentary process", negated=True, required=False)
RL(d, ["Ghana", "Niger", "Senegal", "Uganda"], RATIFIED, AMA, None,
   "Ministers recalled that Ghana, Niger, Senegal and Uganda have ratified the Treaty for the Establishment of the African Medicines Agency")
RL(d, LOME7, "called-for", AMA, D,
   "called on all African Union member States that have not yet done so to sign and ratify the Treaty")
RL(d, ["Gambia", "Congo"], "signed", AMA, None,
   "The Gambia and the Republic of the Congo informed the meeting that they have not yet signed the AMA Treaty.", negated=True)
R(d, LOMEMM, "adopted", NIAMEY, D, "Ministers adopted the Niamey Roadmap 2025-2027 for the implementation of the Lomé Political Declaration")
RL(d, LOME7, COMMITTED, NIAMEY, D, "committed to report on its implementation at their next meeting", required=False)

# ===================== 13 (interview: UHC) =====================
d = "13.txt"
R(d, GA, "adopted", UHC, "2023-10", "the General Assembly formally adopted it as resolution 78/4 in October")
RL(d, ["Bhutan", "Timor-Leste"], SIGNED_DECL, UHCGC, "2025-04", "Bhutan and Timor-Leste signed the Compact last month")
R(d, WHODG, "called-for", UHCGC, None, "The Director-General has urged every Member State to sign it before the 2027 meeting.")
R(d, FERRER, "called-for", UHCGC, "2025-05-08",
  "we hope that countries which have not joined the Compact, such as India, will consider doing so", required=False)
R(d, "India", SIGNED_DECL, UHCGC, None, "countries which have not joined the Compact, such as India", negated=True)
R(d, WHA, ["endorsed", "adopted"], ASTANA, "2019", "The World Health Assembly endorsed it in 2019, in resolution WHA72.2.")
R(d, WHA, "adopted", WHA722, "2019", "The World Health Assembly endorsed it in 2019, in resolution WHA72.2.", required=False)
RL(d, ["Thailand", "Japan"], "co-sponsored", GHFP, None,
   "with Japan, co-sponsors the General Assembly's annual resolution on global health and foreign policy")

# ===================== 14 (foreign-ministry press release: Indonesia signs) =====================
d = "14.txt"
D = "2026-06-01"
R(d, "Indonesia", "signed", PANDEMIC, D, "The Government of the Republic of Indonesia today signed the WHO Pandemic Agreement",
  alt=["The Agreement was signed on behalf of the Government by the Minister of Health, Budi Gunadi Sadikin"])
RL(d, ["Brazil", "Rwanda", "Spain"], "signed", PANDEMIC, D,
   "Together with Indonesia, Brazil, Rwanda and Spain also signed the Agreement at the opening ceremony.")
R(d, WHA, "adopted", PABS, "2026-05-22", "which the Seventy-ninth World Health Assembly adopted on 22 May 2026")
R(d, "Indonesia", SUPPORTED, WHA781, "2025-05-19",
  "Indonesia voted in favour of resolution WHA78.1 adopting the Agreement in Committee A on 19 May 2025")
R(d, WHA, "adopted", PANDEMIC, "2025-05-20", "the Assembly adopted it in plenary the following day")
R(d, "Indonesia", NOTRATIFIED, PANDEMIC, None, "Indonesia expects to ratify the Agreement by the end of 2027.", negated=True)
R(d, "Indonesia", "called-for", PANDEMIC, D,
  "Indonesia calls on all WHO Member States to sign and ratify the Pandemic Agreement as soon as possible")
R(d, "Indonesia", PARTY, IHR, None, "Indonesia has been a State Party to the International Health Regulations (2005) since their entry into force in 2007")
R(d, "Indonesia", PARTY, IHRAM, None, "did not reject the 2024 amendments, which now apply to Indonesia")

# ===================== 15 (meetings coverage: Third Committee drug text) =====================
d = "15.txt"
D = "2025-11-20"
R(d, TC, ADOPTED, L14, D,
  "The Third Committee (Social, Humanitarian and Cultural) this afternoon approved its annual draft resolution \"Addressing and countering "
  "the world drug problem through a comprehensive, integrated and balanced approach\" (document A/C.3/80/L.14)")
R(d, "Nicaragua", SUPPORTED, L14, D, "by a recorded vote of 152 in favour to 2 against (Nicaragua, United States)", negated=True)
R(d, "United States", SUPPORTED, L14, D, "by a recorded vote of 152 in favour to 2 against (Nicaragua, United States)", negated=True,
  alt=["her delegation voted against the draft"])
R(d, "Argentina", SUPPORTED, L14, D, "The representative of Argentina, who abstained", negated=True)
R(d, "Mexico", "co-sponsored", L14, None, "Introducing the text, the representative of Mexico", required=False)
R(d, "Mexico", COMMITTED, SC61, D, "Mexico remains committed to the 1961 Single Convention")
R(d, "Russian Federation", "co-sponsored", L61, None, "an amendment proposed by the Russian Federation (document A/C.3/80/L.61)", required=False)
R(d, TC, "adopted", L61, None, "the Committee rejected an amendment proposed by the Russian Federation (document A/C.3/80/L.61)",
  negated=True, required=False)
RL(d, ["Belarus", "China", "Egypt", "Iran", "Pakistan", "Russian Federation", "Saudi Arabia"], SUPPORTED, L61, D,
   "Voting in favour of the amendment were, among others, Belarus, China, Egypt, Iran, Pakistan, the Russian Federation and Saudi Arabia.")
RL(d, ["Norway", "Portugal", "Uruguay"], SUPPORTED, L61, D, "Norway, Portugal and Uruguay were among those voting against it.", negated=True)
for inst in (SC61, C1971, C1988):
    R(d, "United States", PARTY, inst, None, "the United States remains a party to all three drug control conventions", required=False)
R(d, TC, ADOPTED, L12, D,
  "the Committee approved without a vote a draft on \"Strengthening the United Nations crime prevention and criminal justice programme\" "
  "(document A/C.3/80/L.12)")
R(d, "Italy", "co-sponsored", L12, None, "introduced by Italy", required=False)

# ===================== 16 (Council of Europe news page: Luxembourg, Oviedo) =====================
d = "16.txt"
D = "2025-10-22"
R(d, "Luxembourg", RATIFIED, OVIEDO, D,
  "Luxembourg today deposited its instrument of ratification of the Convention for the Protection of Human Rights and Dignity of the Human "
  "Being with regard to the Application of Biology and Medicine (ETS No. 164), known as the Oviedo Convention")
R(d, "Luxembourg", PARTY, OVIEDO, None, "Luxembourg becomes the 31st member State to be bound by the Convention", required=False)
R(d, "Luxembourg", "signed", OVIEDO, "1997-04-04", "Luxembourg had signed the Convention on 4 April 1997")
R(d, COE_CM, "adopted", OVIEDO, "1996-11-19", "The Convention was adopted by the Committee of Ministers on 19 November 1996.")
R(d, "Luxembourg", "signed", TRANSPL, D,
  "On the same occasion, the Permanent Representative of Luxembourg, Ambassador Claire Hoffmann, signed the Additional Protocol concerning "
  "Transplantation of Organs and Tissues of Human Origin (ETS No. 186).")
R(d, "Luxembourg", NOTRATIFIED, CLONING, None,
  "Luxembourg intends to ratify the Additional Protocol on the Prohibition of Cloning Human Beings (ETS No. 168) next year.", negated=True)
R(d, COE_SG, "called-for", OVIEDO, D, "I call on all member States that have not yet ratified it to do so.")
QSIG = ("Among the member States that have signed the Convention but not yet ratified it are Belgium, Italy, the Netherlands, Poland and "
        "Sweden.")
for a in ["Belgium", "Italy", "Netherlands", "Poland", "Sweden"]:
    R(d, a, "signed", OVIEDO, None, QSIG)
    R(d, a, NOTRATIFIED, OVIEDO, None, QSIG, negated=True)
RL(d, ["Germany", "Austria", "Ireland", "United Kingdom"], "signed", OVIEDO, None,
   "Germany, Austria, Ireland and the United Kingdom have not signed it.", negated=True)
R(d, "Montenegro", RATIFIED, RESEARCH, "2025-04-02",
  "02/04/2025 - Biomedicine: Montenegro ratifies Protocol on biomedical research (CETS No. 195)")
R(d, CDBIO, "adopted", CDBIOSAP, "2025-03-03", "03/03/2025 - Oviedo Convention: the CDBIO adopts its Strategic Action Plan 2025-2028")


def check_markup():
    """No quote of a .md or .html document may straddle markup: a tag or entity (HTML) or emphasis markers (Markdown)."""
    errors = []
    for r in gold.records:
        if r["doc"].endswith((".md", ".html")):
            for q in [r["quote"]] + r.get("alt_quotes", []):
                if re.search(r"[<>]|&[a-z]+;|\*|__|`|^#", q):
                    errors.append(f"{r['doc']}: quote holds markup: {q[:80]!r}")
    for e in errors:
        print("ERROR", e)
    return errors


if check_markup():
    sys.exit(1)
gold.finish(MIN_CHARS, MAX_CHARS)
