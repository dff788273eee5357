#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Two documents are Markdown (04.md, 10.md) and two are saved web pages (07.html, 12.html);
gold.finish() checks quotes against the file as written (for HTML, every quote lies inside one element's text). A local
check adds the body length rule of this probe: 1,800-3,000 characters of body (header block left out; for HTML, the text
without tags and blank lines). Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, UNSC, Gold, alt, body_of, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3600          # whole file, markup included
BODY_MIN, BODY_MAX = 1800, 3000            # body text

# ---- instruments: (name as the text names it, aliases) ----
ESCAZU = ("Escazú Agreement",
          ["Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
           "Escazu Agreement"])
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
DEFPLAN = ("regional action plan for environmental defenders", ["Action Plan on Human Rights Defenders in Environmental Matters", "Escazú action plan on environmental defenders"])
BBNJ = ("BBNJ Agreement",
        ["Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
         "High Seas Treaty", "BBNJ", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol", "OP2"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "CRPD Optional Protocol"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance",
       ["Enforced Disappearance Convention", "ICPPED", "CED", "Convention on Enforced Disappearance"])
KIGALI = ("Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", ["Kigali Amendment"])
ATT = ("Arms Trade Treaty", ["ATT"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "OP3-CRC", "third Optional Protocol to the CRC"])
ICRMW = ("Migrant Workers Convention",
         ["ICRMW", "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"])
UNCLOS = ("1982 United Nations Convention on the Law of the Sea", ["United Nations Convention on the Law of the Sea", "UNCLOS", "Convention on the Law of the Sea"])
BPS2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Convention No. 189", "C189", "ILO Domestic Workers Convention", "Domestic Workers Convention"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention No. 190 on violence and harassment"])
R6435 = ("General Assembly resolution 64/35", ["resolution 64/35", "A/RES/64/35", "International Day against Nuclear Tests resolution"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
OTTAWA = ("Ottawa Convention",
          ["Ottawa Convention on anti-personnel mines", "Mine Ban Convention", "APMBC",
           "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"])
SJD = ("San José Declaration", ["San José Declaration of 2004", "CMAR Declaration", "Eastern Tropical Pacific Marine Corridor Declaration"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF"])
FSA = ("Agreement on Fisheries Subsidies of the World Trade Organization", ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
L18 = ("resolution on the human right to a clean, healthy and sustainable environment (A/HRC/61/L.18)",
       ["A/HRC/61/L.18", "L.18", "human right to a clean, healthy and sustainable environment"])
L9 = ("resolution on the rights of persons with disabilities (A/HRC/61/L.9)", ["A/HRC/61/L.9", "L.9"])
R76300 = ("General Assembly resolution 76/300", ["resolution 76/300", "A/RES/76/300"])
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Council of Europe Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention on Artificial Intelligence"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences that can arise from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
HRCDP = ("Council's resolution on the question of the death penalty", ["Human Rights Council resolution on the question of the death penalty", "question of the death penalty"])
GAMOR = ("General Assembly's moratorium resolution", ["moratorium on the use of the death penalty", "General Assembly resolution on a moratorium on the use of the death penalty"])
SADCG = ("Southern African Development Community's Protocol on Gender and Development", ["SADC Protocol on Gender and Development", "Protocol on Gender and Development"])
MONTREAL = ("Montreal Protocol", ["Montreal Protocol on Substances that Deplete the Ozone Layer"])
VIENNA = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
AMALGAM = ("amendment to Annex A adopted at the sixth meeting of the Conference of the Parties",
           ["dental amalgam amendment", "amendment to Annex A of the Minamata Convention", "Minamata COP-6 amendment"])
BASEL = ("Basel Convention on hazardous wastes", ["Basel Convention", "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
BAN = ("Basel Ban Amendment", ["Ban Amendment"])
DSS = ("joint work programme on dust and sandstorms", ["NEASPEC work programme on dust and sandstorms"])
SEOUL = ("Seoul Ministerial Statement on Clean Air", ["Seoul Statement on Clean Air"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R2818 = ("resolution 2818 (2026)", ["Security Council resolution 2818", "S/RES/2818 (2026)", "2818"])
SPTRIB = ("Council of Europe convention on a special tribunal",
          ["Agreement on the Special Tribunal for the Crime of Aggression against Ukraine", "special tribunal convention"])
ROME = ("Rome Statute", ["Rome Statute of the International Criminal Court"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["Haze Agreement", "AATHP"])
ROADMAP = ("Second Roadmap on ASEAN Cooperation towards Transboundary Haze Pollution Control with Means of Implementation", ["Second Roadmap", "Haze-Free Roadmap"])
BKKD = ("Bangkok Declaration on Clean Air and Healthy Skies", ["Bangkok Declaration"])
UNEAR = ("resolution on regional cooperation on air quality", ["UNEA resolution on regional cooperation on air quality"])
CCAC = ("Climate and Clean Air Coalition", ["CCAC"])
PARIS = ("Paris Agreement", [])
C108 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
        ["Convention 108+", "CETS No. 223", "Protocol amending Convention 108"])
OECDAI = ("OECD Recommendation on Artificial Intelligence", ["OECD AI Principles", "Recommendation of the Council on Artificial Intelligence"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
R201 = ("Recommendation No. 201", ["Domestic Workers Recommendation, 2011 (No. 201)"])
GAURD = ("Ministerial Declaration of the Global Alliance for Universal Ratification of Human Rights Treaties", ["Global Alliance Ministerial Declaration"])
R5823 = ("resolution 58/23 on the rights of persons with disabilities", ["resolution 58/23", "A/HRC/RES/58/23"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "European Union", "Netherlands", "Philippines",
          "Kazakhstan", "Lao PDR", "Brunei Darussalam", "Cambodia", "Thailand", "Timor-Leste", "South Sudan", "Germany", "Ghana", "Mexico",
          "Colombia", "Chile", "Ecuador", "China", "Saudi Arabia", "Kenya", "Papua New Guinea", "Fiji", "Bolivia", "Gambia", "Republic of Moldova",
          "Costa Rica", "Türkiye", "Côte d'Ivoire", "Equatorial Guinea", "Bangladesh"),
    "Dominican Republic": ["Dominican Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Mongolia": ["Mongolia"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Panama": ["Panama", "Republic of Panama"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Solomon Islands": ["Solomon Islands"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Malaysia": ["Malaysia"],
    "Jamaica": ["Jamaica"],
    "Angola": ["Angola", "Republic of Angola"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
}
ECLACES = ["ECLAC Executive Secretary", "Executive Secretary", "Executive Secretary of ECLAC", "ECLAC",
           "UN Economic Commission for Latin America and the Caribbean"]
ESCCOP = ["Conference of the Parties to the Escazú Agreement", "Conference of the Parties", "COP3", "Escazú COP"]
UNECE = ["UN Economic Commission for Europe", "UNECE", "United Nations Economic Commission for Europe", "Economic Commission for Europe"]
URC = ["Universal Ratification Campaign"]
PIFL = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders", "PIF"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
HRC = ["UN Human Rights Council", "Human Rights Council", "Council"]
MINCOP = ["Conference of the Parties to the Minamata Convention", "Conference of the Parties", "COP-6", "Minamata COP"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
HAZECOP = ["Conference of the Parties to the ASEAN Agreement on Transboundary Haze Pollution", "Conference of the Parties", "COP"]
ASEANMM = ["Special ASEAN Ministerial Meeting on Transboundary Haze and Clean Air", "ASEAN Ministers", "Ministers", "ASEAN",
           "ASEAN Member States", "Special Ministerial Meeting", "Meeting"]
CMAR = ["Chile", "Colombia", "Costa Rica", "Ecuador", "Panama"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (UN News item: Escazú) =====================
d = "01.txt"
R(d, "Dominican Republic", RATIFIED, ESCAZU, "2026-02-10",
  "The Dominican Republic on Tuesday deposited its instrument of ratification of the Regional Agreement on Access to Information, Public Participation "
  "and Justice in Environmental Matters in Latin America and the Caribbean")
R(d, "Dominican Republic", "signed", ESCAZU, "2018-09", "The country, which signed the Agreement in September 2018 on the day it opened for signature")
R(d, "Dominican Republic", "party", ESCAZU, None, "becomes the eighteenth State party", required=False)
R(d, ECLACES, "called-for", ESCAZU, None,
  "She urged \"every country of the region that has signed but not ratified the Escazú Agreement to complete the process this year\"")
R(d, "Costa Rica", "signed", ESCAZU, None, "signed the treaty but has never ratified it")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "signed the treaty but has never ratified it", negated=True)
R(d, "Peru", NOTRATIFIED, ESCAZU, None, "the Government in Lima says it \"is considering\" whether to resubmit it", negated=True,
  alt=["Peru's Congress voted in 2020 to archive the Agreement"])
R(d, "Paraguay", "signed", ESCAZU, "2018", "Paraguay, which signed in 2018")
R(d, "Paraguay", NOTRATIFIED, ESCAZU, None, "has said it will not ratify it under the current administration", negated=True)
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "the process is under way and that it hopes to deposit before COP5", negated=True)
R(d, "Guatemala", "signed", ESCAZU, None, "Guatemala has signed the Agreement but has yet to ratify it")
R(d, "Guatemala", NOTRATIFIED, ESCAZU, None, "Guatemala has signed the Agreement but has yet to ratify it", negated=True)
R(d, UNECE, "adopted", AARHUS, "1998", "the Aarhus Convention, its European counterpart, which the UN Economic Commission for Europe adopted in 1998")
R(d, "Colombia", RATIFIED, ESCAZU, "2024", "Colombia, which ratified the Escazú Agreement in 2024")
R(d, "Chile", PARTY, ESCAZU, "2022", "Chile, a party since 2022")
R(d, ESCCOP, "adopted", DEFPLAN, "2024-04", "The plan was adopted by the Conference of the Parties at its third meeting, in Santiago, in April 2024")

# ===================== 02 (treaty-event round-up) =====================
d = "02.txt"
EV = "2025-09"
RL(d, ["Bhutan", "Lesotho", "Tuvalu"], "signed", BBNJ, EV, "signature: Bhutan, Lesotho and Tuvalu")
RL(d, ["Fiji", "Ghana", "Sierra Leone", "Uruguay"], RATIFIED, BBNJ, EV, "ratification: Fiji, Ghana, Sierra Leone and Uruguay")
R(d, "Nauru", ACCEDED, BBNJ, EV, "accession: Nauru")
R(d, "Côte d'Ivoire", RATIFIED, OP2, EV, "ratification: Côte d'Ivoire")
R(d, "Equatorial Guinea", ACCEDED, OP2, EV, "accession: Equatorial Guinea")
R(d, "Indonesia", "signed", OPCRPD, EV, "signature: Indonesia")
R(d, "Kenya", RATIFIED, OPCRPD, EV, "ratification: Kenya")
R(d, "Gambia", "signed", CED, "2025-09-25", "Gambia signed it on 25 September")
R(d, "Mongolia", RATIFIED, CED, "2025-09-25", "Mongolia, which had signed in 2007, ratified it on the same day")
R(d, "Mongolia", "signed", CED, "2007", "Mongolia, which had signed in 2007")
R(d, "Iraq", ACCEPTED, KIGALI, "2025-09-23", "acceptance: Iraq (23 September)")
R(d, "Bahrain", RATIFIED, KIGALI, "2025-09-29", "ratification: Bahrain (29 September)")
R(d, "Nepal", ACCEDED, ATT, "2025-09-24", "Arms Trade Treaty — accession: Nepal (24 September)")
RL(d, ["Indonesia", "Brazil"], RATIFIED, TPNW, EV, "ratification: Indonesia and Brazil")
R(d, "Solomon Islands", "signed", TPNW, EV, "signature: Solomon Islands")
R(d, "Liberia", NOTRATIFIED, OPCRPD, None,
  "Liberia, which had scheduled the deposit of its instrument of ratification of the Optional Protocol to the Convention on the Rights of Persons with Disabilities, "
  "informed the Section that its documents were not yet in order", negated=True,
  alt=["it intends to deposit \"before the end of the year\""])
R(d, "Tonga", JOINED, BBNJ, None, "Tonga signed nothing during the event but said it is considering accession to the BBNJ Agreement", negated=True)
R(d, "Philippines", RATIFIED, BBNJ, "2025-09-19",
  "The Philippines, for example, deposited its instrument of ratification of the BBNJ Agreement on 19 September")

# ===================== 03 (Nepal's statement at the Treaty Event) =====================
d = "03.txt"
DAY = "2025-09-24"
R(d, "Nepal", ACCEDED, ATT, DAY, "Today my Government deposited its instrument of accession to the Arms Trade Treaty")
R(d, "Nepal", "party", ATT, None, "with it Nepal becomes a State Party to a treaty that we have long supported from the outside", required=False)
R(d, "Nepal", "supported", ATT, "2013-04", "We voted in favour of the Treaty when the General Assembly adopted it in April 2013")
R(d, GA, "adopted", ATT, "2013-04", "when the General Assembly adopted it in April 2013")
R(d, "Nepal", "signed", TPNW, "2017-09-20", "We signed it on 20 September 2017",
  alt=["Nepal is also proud to be a signatory of the Treaty on the Prohibition of Nuclear Weapons"])
R(d, "Nepal", NOTRATIFIED, TPNW, None, "we have not yet ratified it", negated=True,
  alt=["my Government intends to complete ratification before the First Meeting of States Parties that follows the next general election"])
R(d, "Nepal", "signed", CCM, None, "Nepal has neither signed nor acceded to the Convention on Cluster Munitions", negated=True)
R(d, "Nepal", JOINED, CCM, None, "Nepal has neither signed nor acceded to the Convention on Cluster Munitions", negated=True,
  alt=["we are considering accession"])
R(d, "Nepal", ACCEPTED, KIGALI, "2022", "Nepal accepted the Kigali Amendment to the Montreal Protocol in 2022")
R(d, "Nepal", PARTY, MINAMATA, "2017", "has been a party to the Minamata Convention on Mercury since 2017")
R(d, "Nepal", "called-for", ATT, DAY, "We call on all States that have not yet done so to join the Arms Trade Treaty")

# ===================== 04 (NGO monthly round-up, Markdown) =====================
d = "04.md"
PUB = "2026-03-02"
R(d, "Bangladesh", ACCEDED, OPCAT, "2026-02-04", "*Bangladesh* acceded on 4 February")
R(d, "Angola", RATIFIED, CED, "2026-02-11", "*Angola* ratified on 11 February")
R(d, "Ethiopia", ACCEDED, CED, "2026-02-17", "*Ethiopia* acceded on 17 February")
R(d, "Jamaica", RATIFIED, OPIC, "2026-02-20", "*Jamaica* ratified on 20 February")
R(d, "Malaysia", "signed", OPIC, "2026-02-09",
  "*Malaysia* signed the Optional Protocol to the Convention on the Rights of the Child on a communications procedure on 9 February")
R(d, "Papua New Guinea", "signed", CED, "2026-02-26", "*Papua New Guinea* signed the Enforced Disappearance Convention on 26 February")
R(d, "Papua New Guinea", NOTRATIFIED, CED, None, "officials told us ratification is \"several years away\"", negated=True)
R(d, "Kenya", NOTRATIFIED, ICRMW, None, "Kenya has not yet deposited its instrument, so it is not a party", negated=True,
  alt=["the National Assembly approved ratification of the Migrant Workers Convention on 24 February"])
R(d, "Ghana", NOTRATIFIED, OPCAT, None, "The process is under way", negated=True,
  alt=["the Cabinet has approved ratification of OPCAT, which Ghana signed in 2006"])
R(d, "Ghana", "signed", OPCAT, "2006", "which Ghana signed in 2006")
R(d, "Thailand", NOTRATIFIED, CED, None, "**Thailand** has yet to ratify the Enforced Disappearance Convention", negated=True)
R(d, "Thailand", "signed", CED, "2012", "which it signed in 2012")
R(d, "Nicaragua", NOTBOUND, OPCAT, None,
  "notified the Secretary-General on 13 February of its withdrawal from the Optional Protocol to the Convention against Torture", negated=True, required=False)
R(d, "Qatar", JOINED, ICRMW, None, "it will not accede to the Migrant Workers Convention", negated=True)
R(d, URC, "called-for", OPCAT, PUB,
  "The campaign continues to call on all States, and in particular the 47 members of the Human Rights Council, to ratify the Optional Protocol to the Convention against Torture")
R(d, URC, "called-for", CED, PUB, "to ratify the Optional Protocol to the Convention against Torture and the Enforced Disappearance Convention by the end of 2026")
R(d, "Mongolia", PARTY, OPCAT, "2015", "Mongolia has been a party to OPCAT since 2015")
R(d, "Mongolia", "signed", OPCAT, None, "our January round-up said that Mongolia had signed OPCAT in December", negated=True, required=False)

# ===================== 05 (JSCOT report: BBNJ) =====================
d = "05.txt"
R(d, "Australia", "signed", BBNJ, "2023-09-20", "Australia signed the Agreement on 20 September 2023")
R(d, "Australia", NOTRATIFIED, BBNJ, None, "It has not yet ratified it.", negated=True,
  alt=["the Government proposes to ratify \"as soon as practicable after the Committee reports\""])
R(d, "Australia", PARTY, UNCLOS, "1994", "Australia has been a party to the 1982 United Nations Convention on the Law of the Sea since 1994")
R(d, "New Zealand", RATIFIED, BBNJ, "2025-06", "New Zealand ratified the Agreement in June 2025")
RL(d, ["Fiji", "Palau"], RATIFIED, BBNJ, "2024", "Fiji and Palau ratified it in 2024")
R(d, "United States", "signed", BBNJ, "2023", "The United States signed the Agreement in 2023 but has not ratified it")
R(d, "United States", NOTRATIFIED, BBNJ, None, "The United States signed the Agreement in 2023 but has not ratified it", negated=True,
  alt=["the present Administration has said it will not seek the Senate's advice and consent"])
R(d, "Japan", NOTRATIFIED, BBNJ, None, "Japan, we were told, is considering ratification", negated=True)
R(d, "Indonesia", "signed", BBNJ, None, "Indonesia has signed but not ratified")
R(d, "Indonesia", NOTRATIFIED, BBNJ, None, "Indonesia has signed but not ratified", negated=True)
R(d, PIFL, ["endorsed", "adopted"], BPS2050, "2022", "Pacific Islands Forum Leaders endorsed the 2050 Strategy for the Blue Pacific Continent in 2022")
R(d, PIFL, "called-for", BBNJ, "2024", "in their 2024 communiqué, called on all Forum members to ratify the Agreement \"without delay\"")
R(d, "Australia", "called-for", BBNJ, "2024", "Australia is a Forum member and joined that communiqué", required=False)

# ===================== 06 (regional newspaper: C189, C190) =====================
d = "06.txt"
R(d, "Canada", NOTRATIFIED, C189, None, "but it has never ratified it", negated=True,
  alt=["the federal labour minister \"is considering\" ratification", "Canada has not ratified this one",
       "why has Canada still not ratified the international convention that protects domestic workers?"])
R(d, "Canada", "supported", C189, "2011-06", "Canada voted for the Convention when the International Labour Conference adopted it in Geneva in June 2011")
R(d, ILC, "adopted", C189, "2011-06", "when the International Labour Conference adopted it in Geneva in June 2011")
R(d, "Philippines", RATIFIED, C189, "2012", "The Philippines ratified it in 2012.")
R(d, "Canada", RATIFIED, C190, "2023-01", "Canada ratified the Violence and Harassment Convention, 2019 (No. 190) in January 2023")
R(d, "Canada", "signed", C189, None, "said Canada had signed Convention No. 189", negated=True, required=False)

# ===================== 07 (embassy press note, HTML) =====================
d = "07.html"
R(d, "Kazakhstan", ACCEDED, OPCRPD, "2025-12-03",
  "the Permanent Mission of the Republic of Kazakhstan to the United Nations deposited the instrument of accession to the Optional Protocol to the Convention on "
  "the Rights of Persons with Disabilities", alt=["By acceding to the Protocol, Kazakhstan recognizes the competence"])
R(d, "Kazakhstan", RATIFIED, CRPD, "2015", "Kazakhstan ratified the Convention itself in 2015")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "Kazakhstan ratified the Treaty on the Prohibition of Nuclear Weapons on August 29, 2019")
R(d, "Kazakhstan", "co-sponsored", R6435, "2009", "which Kazakhstan initiated and co-sponsored in 2009")
R(d, GA, "adopted", R6435, "2009", "which the Assembly adopted unanimously")
R(d, "Kazakhstan", PARTY, CANWFZ, None, "Kazakhstan is also a party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
R(d, "Kazakhstan", "signed", CANWFZ, "2006", "signed at Semipalatinsk in 2006 by the five States of the region", required=False)
R(d, "Kazakhstan", "signed", CCM, None, "Kazakhstan \"is not in a position to sign the Convention at present\"", negated=True)
R(d, "Kazakhstan", JOINED, OTTAWA, None, "Kazakhstan has not acceded to the Ottawa Convention on anti-personnel mines either", negated=True)

# ===================== 08 (CMAR ministers' joint statement) =====================
d = "08.txt"
DAY = "2026-01-16"
RL(d, CMAR, COMMITTED, SJD, DAY,
   "We recall the San José Declaration of 2004, by which our Governments established the Corridor, and we reaffirm our commitment to it")
RL(d, CMAR, SIGNED_DECL, SJD, "2004", "the San José Declaration of 2004, by which our Governments established the Corridor", required=False)
R(d, "Chile", RATIFIED, BBNJ, "2024-01", "Chile, Costa Rica and Panama have ratified the BBNJ Agreement",
  alt=["Chile being among the first States to do so, in January 2024"])
RL(d, ["Costa Rica", "Panama"], RATIFIED, BBNJ, None, "Chile, Costa Rica and Panama have ratified the BBNJ Agreement")
R(d, "Ecuador", RATIFIED, BBNJ, "2026-01-09", "Ecuador deposited its instrument of ratification on 9 January 2026")
R(d, "Colombia", "signed", BBNJ, "2023", "Colombia signed the Agreement in 2023")
R(d, "Colombia", NOTRATIFIED, BBNJ, None, "the Government will deposit the instrument of ratification in the first quarter of this year", negated=True,
  alt=["its Congress approved it in December"])
RL(d, CMAR, COMMITTED, BBNJ, DAY,
   "We commit to present, jointly and at the first Conference of the Parties, a proposal for a marine protected area in the high seas", required=False)
RL(d, CMAR, "called-for", BBNJ, DAY, "we call on all States that have not yet done so to ratify or accede to the BBNJ Agreement")
RL(d, ["Chile", "Colombia", "Ecuador", "Panama"], PARTY, ESCAZU, None,
   "Four of our countries are parties to the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin "
   "America and the Caribbean (Escazú Agreement): Chile, Colombia, Ecuador and Panama")
R(d, "Costa Rica", "signed", ESCAZU, "2018", "Costa Rica signed it in 2018")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None,
  "his Government has not submitted it again to the Legislative Assembly and will not do so before the elections", negated=True)
RL(d, CMAR, COMMITTED, GBF, DAY, "We reaffirm our commitment to the Kunming-Montreal Global Biodiversity Framework")
RL(d, CMAR, "welcomed", FSA, DAY, "we welcome the entry into force of the Agreement on Fisheries Subsidies of the World Trade Organization", required=False)

# ===================== 09 (HRC meetings coverage: sponsors and vote) =====================
d = "09.txt"
DAY = "2026-04-02"
R(d, HRC, "adopted", L18, DAY,
  "The Human Rights Council this afternoon adopted, by a recorded vote, a resolution on the human right to a clean, healthy and sustainable environment (A/HRC/61/L.18)",
  alt=["The resolution was adopted by 38 votes in favour, 2 against and 7 abstentions."])
R(d, HRC, "adopted", L9, DAY, "adopted without a vote a resolution on the rights of persons with disabilities (A/HRC/61/L.9)")
R(d, "Costa Rica", "co-sponsored", L18, None, "The environment text was presented by Costa Rica on behalf of the core group")
RL(d, ["Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", L18, None, "the core group, which also comprises Maldives, Morocco, Slovenia and Switzerland")
RL(d, ["Fiji", "Ghana", "Mexico", "Portugal"], "co-sponsored", L18, DAY,
   "Among the additional co-sponsors announced from the floor this afternoon were Fiji, Ghana, Mexico and Portugal")
R(d, HRC, "called-for", ESCAZU, DAY, "The text calls upon States that have not yet done so to consider ratifying the Escazú Agreement and the Aarhus Convention",
  required=False)
R(d, HRC, "called-for", AARHUS, DAY, "The text calls upon States that have not yet done so to consider ratifying the Escazú Agreement and the Aarhus Convention",
  required=False)
FAV = ["Bangladesh", "Benin", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Ecuador", "France", "Gambia", "Germany", "Ghana", "Indonesia",
       "Kenya", "Mexico", "Netherlands", "Spain", "Switzerland", "Viet Nam"]
RL(d, FAV, "supported", L18, DAY,
   "In favour (38) were, among others: Bangladesh, Benin, Bolivia, Brazil, Chile, Colombia, Costa Rica, Ecuador, France, Gambia, Germany, Ghana, Indonesia, "
   "Kenya, Mexico, Netherlands, Spain, Switzerland and Viet Nam.")
RL(d, ["China", "Russian Federation"], "supported", L18, DAY, "Against (2): China and Russian Federation.", negated=True)
for a in ["Ethiopia", "India", "Japan", "Kuwait", "Qatar", "Saudi Arabia", "Sudan"]:
    R(d, a, "supported", L18, DAY, "Abstaining (7): Ethiopia, India, Japan, Kuwait, Qatar, Saudi Arabia and Sudan.", negated=True,
      alt=["India said that it had abstained \"for the same reasons as last year\""] if a == "India" else None)
R(d, "Japan", "supported", R76300, "2022", "his country supported the recognition of the right in General Assembly resolution 76/300 in 2022")
RL(d, ["Mexico", "New Zealand"], "co-sponsored", L9, None, "The text on persons with disabilities, presented by Mexico and New Zealand")
RL(d, ["Argentina", "Ireland", "Kazakhstan", "Philippines"], "co-sponsored", L9, None,
   "It was co-sponsored by 54 States, including Argentina, Ireland, Kazakhstan and the Philippines")
R(d, "United States", "co-sponsored", L9, None, "The United States, which is not a member of the Council, did not co-sponsor it", negated=True)
R(d, HRC, "called-for", CRPD, DAY, "urges States to ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol", required=False)
R(d, HRC, "called-for", OPCRPD, DAY, "urges States to ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol", required=False)

# ===================== 10 (annual report annex, Markdown) =====================
d = "10.md"
R(d, "Finland", RATIFIED, BBNJ, "2025-05-16", "Ratification, together with the European Union and eleven other EU member States | 16 May 2025")
R(d, "European Union", RATIFIED, BBNJ, "2025-05-16", "Ratification, together with the European Union and eleven other EU member States | 16 May 2025")
R(d, "Finland", RATIFIED, C190, "2025-03-03", "Ratification registered by the ILO Director-General | 3 March 2025")
R(d, "Finland", "signed", AIC, "2025-09-05", "Signature | 5 September 2025",
  alt=["Finland has therefore signed but not ratified the Convention"])
R(d, "Finland", NOTRATIFIED, AIC, None, "Finland has therefore signed but not ratified the Convention", negated=True,
  alt=["the Government intends to submit the ratification bill to Parliament in spring 2026"])
R(d, "Finland", NOTBOUND, OTTAWA, None, "Notification of withdrawal | 10 July 2025", negated=True, required=False,
  alt=["The withdrawal from the Ottawa Convention followed Parliament's approval in June and takes effect on 10 January 2026"])
R(d, "Finland", PARTY, OTTAWA, "2012", "Finland had been a party since 2012", required=False)
R(d, "Finland", COMMITTED, CCM, None, "Finland remains committed to international humanitarian law and to the Convention on Cluster Munitions", required=False)
R(d, "Finland", JOINED, CCM, None, "the Convention on Cluster Munitions, which it has not joined", negated=True)
R(d, "Finland", "signed", BBNJ, "2023", "Finland signed the BBNJ Agreement in 2023")
R(d, "Finland", RATIFIED, C189, "2015", "Finland ratified Convention No. 189 in 2015")
R(d, "Finland", ACCEPTED, KIGALI, "2017", "Finland accepted the Amendment in 2017")
R(d, "Finland", NOTBOUND, ESCAZU, None, "Finland cannot join this regional agreement", negated=True, required=False)
R(d, "Finland", ENDORSED, EWIPA, "2025",
  "In 2025 Finland endorsed the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences that can arise from the Use of "
  "Explosive Weapons in Populated Areas")
R(d, "Finland", ENDORSED, EWIPA, None, "which it had not endorsed when it was adopted in Dublin in 2022", negated=True, required=False)

# ===================== 11 (Zambia's speech at the HRC) =====================
d = "11.txt"
DAY = "2026-03-03"
R(d, "Zambia", ACCEDED, OP2, "2026-03-02",
  "Yesterday, in New York, Zambia deposited its instrument of accession to the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, "Zambia", "signed", OPICESCR, "2026-02-27",
  "On Friday, our Permanent Representative in New York signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights")
R(d, "Zambia", NOTRATIFIED, OPICESCR, None, "we have not yet ratified it", negated=True)
R(d, "Zambia", NOTRATIFIED, C190, None,
  "Last week, the Cabinet approved the ratification of ILO Convention No. 190 on violence and harassment in the world of work", negated=True,
  alt=["I would ask that this not yet be counted as a ratification"])
R(d, "Zambia", PARTY, CAT, "1998", "Zambia has been a party to the Convention against Torture since 1998")
R(d, "Zambia", JOINED, OPCAT, None, "We have not, however, acceded to its Optional Protocol", negated=True,
  alt=["the process is not under way"])
R(d, "Zambia", "co-sponsored", HRCDP, None,
  "At the last session, my delegation was proud to co-sponsor the Council's resolution on the question of the death penalty")
R(d, "Zambia", "supported", GAMOR, "2025-12", "in December we voted in favour of the General Assembly's moratorium resolution")
R(d, "Zambia", "called-for", OP2, DAY,
  "We call on every State that retains the death penalty to establish a moratorium and to consider acceding to the Second Optional Protocol")
R(d, "Zambia", "signed", SADCG, "2008", "which we signed in 2008 and ratified in 2012")
R(d, "Zambia", RATIFIED, SADCG, "2012", "which we signed in 2008 and ratified in 2012")
R(d, "Zambia", COMMITTED, SADCG, DAY,
  "Our commitment to the Southern African Development Community's Protocol on Gender and Development, which we signed in 2008 and ratified in 2012, remains firm",
  required=False)

# ===================== 12 (environment ministry news page, HTML) =====================
d = "12.html"
R(d, "Mongolia", ACCEPTED, KIGALI, "2026-02-16",
  "Mongolia has deposited its instrument of acceptance of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer",
  alt=["The instrument was lodged with the Secretary-General of the United Nations in New York on Monday."])
R(d, "Mongolia", PARTY, MONTREAL, "1996", "Mongolia has been a Party to the Montreal Protocol since 1996")
R(d, "Mongolia", PARTY, VIENNA, "1996", "to the Vienna Convention for the Protection of the Ozone Layer since the same year")
R(d, "Mongolia", RATIFIED, MINAMATA, "2015", "Mongolia ratified the Minamata Convention on Mercury in 2015")
R(d, "Mongolia", ACCEPTED, AMALGAM, None, "The Ministry is considering whether to accept the amendment to Annex A", negated=True,
  alt=["no decision has yet been taken"])
R(d, MINCOP, "adopted", AMALGAM, "2025-11",
  "the amendment to Annex A adopted at the sixth meeting of the Conference of the Parties in Geneva in November 2025")
R(d, "Mongolia", PARTY, BASEL, None, "Mongolia is also a party to the Basel Convention on hazardous wastes")
R(d, "Mongolia", NOTRATIFIED, BAN, None, "It has not ratified the Basel Ban Amendment.", negated=True)
RL(d, ["Mongolia", "China", "Japan", "Republic of Korea", "Russian Federation"], ADOPTED, DSS, "2025-12",
   "Mongolia, China, Japan, the Republic of Korea and the Russian Federation adopted a joint work programme on dust and sandstorms")
R(d, "Mongolia", ENDORSED, SEOUL, "2025-12", "Mongolia also endorsed the Seoul Ministerial Statement on Clean Air")
RL(d, ["China", "Russian Federation"], ENDORSED, SEOUL, None, "which China and the Russian Federation did not join", negated=True)

# ===================== 13 (noon briefing highlights) =====================
d = "13.txt"
DAY = "2026-03-13"
R(d, "Timor-Leste", RATIFIED, TPNW, "2026-03-12",
  "The Secretary-General welcomes the deposit yesterday, by Timor-Leste, of its instrument of ratification of the Treaty on the Prohibition of Nuclear Weapons")
R(d, "Timor-Leste", "signed", TPNW, "2018", "Timor-Leste had signed the Treaty in 2018.")
R(d, UNSG, "called-for", TPNW, DAY, "The Secretary-General calls on all States that have not yet done so to sign and ratify the Treaty")
R(d, UNSG, "called-for", CTBT, DAY, "as well as the Comprehensive Nuclear-Test-Ban Treaty")
R(d, "Suriname", ACCEDED, CCM, "2026-03-10", "Suriname has acceded to the Convention on Cluster Munitions, effective from the date of deposit, 10 March")
R(d, "Suriname", "party", CCM, None, "Suriname becomes the 113th State party.", required=False)
R(d, "South Sudan", ACCEDED, CCM, "2023", "South Sudan acceded to the Convention in 2023")
R(d, "South Sudan", NOTRATIFIED, CCM, None, "Yesterday I said that South Sudan had ratified the Convention on Cluster Munitions this week. That was wrong",
  negated=True, required=False)
R(d, UNSC, "adopted", R2818, DAY, "This morning, the Security Council adopted resolution 2818 (2026)")
RL(d, ["China", "Russian Federation"], "supported", R2818, DAY, "with China and the Russian Federation abstaining", negated=True)
RL(d, ["United States", "Ecuador"], "co-sponsored", R2818, None, "The text was drafted by the United States and Ecuador, the co-penholders.")
R(d, "Mali", NOTBOUND, ATT, None, "for now Mali is not a party", negated=True,
  alt=["reports that Mali intends to rejoin the Arms Trade Treaty"])
R(d, "Saudi Arabia", ACCEPTED, KIGALI, None, "Saudi Arabia had informed the Ozone Secretariat that the acceptance \"is at an advanced stage\"", negated=True)
R(d, "Ukraine", "signed", SPTRIB, None, "Ukraine's signature of the Council of Europe convention on a special tribunal", required=False)
R(d, "Ukraine", RATIFIED, ROME, "2024", "Ukraine had ratified the Rome Statute in 2024")
R(d, "United States", "signed", BBNJ, "2023-09", "the United States had signed it in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "he would not speculate about ratification", negated=True, required=False)

# ===================== 14 (ASEAN chair's summary) =====================
d = "14.txt"
DAY = "2025-11-26"
R(d, "Indonesia", RATIFIED, HAZE, "2014", "Indonesia, the last to join, ratified the Agreement in 2014")
R(d, "Timor-Leste", JOINED, HAZE, None, "his Government intends to accede to the Agreement", negated=True,
  alt=["the necessary consultations are under way"])
R(d, HAZECOP, "adopted", ROADMAP, "2023", "which the Conference of the Parties to the Agreement adopted in 2023")
R(d, ASEANMM, ADOPTED, BKKD, DAY, "Ministers adopted the Bangkok Declaration on Clean Air and Healthy Skies")
BK9 = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Philippines", "Singapore", "Thailand", "Viet Nam"]
RL(d, BK9, ENDORSED, BKKD, DAY,
   "The Declaration was endorsed by Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, the Philippines, Singapore, Thailand and Viet Nam.")
R(d, "Myanmar", ENDORSED, BKKD, None, "Myanmar, represented at the level of senior officials, did not endorse the Declaration", negated=True)
R(d, "Timor-Leste", ENDORSED, BKKD, DAY, "Timor-Leste associated itself with the Declaration.")
RL(d, ["Malaysia", "Singapore"], "co-sponsored", UNEAR, None,
   "Malaysia and Singapore announced that they will co-sponsor a resolution on regional cooperation on air quality", negated=True)
R(d, "Viet Nam", ENDORSED, CCAC, None, "Viet Nam said it is considering joining the Climate and Clean Air Coalition", negated=True, required=False)
RL(d, ["Thailand", "Cambodia"], ENDORSED, CCAC, None, "Thailand and Cambodia are already partners", required=False)
R(d, ASEANMM, COMMITTED, PARIS, DAY, "Ministers reaffirmed their commitment to the Paris Agreement", required=False)
R(d, ASEANMM, "welcomed", GBF, DAY, "welcomed the Kunming-Montreal Global Biodiversity Framework", required=False)

# ===================== 15 (law-firm client alert: AI Convention) =====================
d = "15.txt"
S0 = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
QS0 = ("The Convention was opened for signature in Vilnius on 5 September 2024, when Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, "
       "the United Kingdom, Israel, the United States and the European Union signed it")
for a in S0:
    R(d, a, "signed", AIC, "2024-09-05", QS0,
      alt=["The UK signed on the first day"] if a == "United Kingdom" else (["The US signature of September 2024 remains on the record"] if a == "United States" else None))
RL(d, ["Canada", "Japan", "Montenegro", "Switzerland"], "signed", AIC, "2025", "Canada, Japan, Montenegro and Switzerland followed in 2025")
R(d, "Norway", RATIFIED, AIC, "2025-10", "Norway deposited its instrument of ratification in October 2025")
R(d, "Georgia", RATIFIED, AIC, "2025-12-11", "Georgia followed last month, we understand on 11 December")
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "The UK signed on the first day but has not ratified", negated=True,
  alt=["it \"intends to ratify once the necessary domestic measures are in place\""])
R(d, "United States", NOTRATIFIED, AIC, None, "the current Administration has said that it does not intend to seek ratification", negated=True)
R(d, "European Union", NOTRATIFIED, AIC, None, "the Council has not yet adopted the decision on conclusion", negated=True)
R(d, "Ireland", RATIFIED, C108, "2025", "Ireland ratified it in 2025")
R(d, "Türkiye", "signed", C108, None, "Türkiye has signed but not ratified it")
R(d, "Türkiye", NOTRATIFIED, C108, None, "Türkiye has signed but not ratified it", negated=True)
RL(d, ["Argentina", "Brazil", "Singapore"], ENDORSED, OECDAI, None,
   "the OECD Recommendation on Artificial Intelligence, to which 47 adherents have subscribed, including Argentina, Brazil and Singapore")

# ===================== 16 (weekly internal note, Ireland) =====================
d = "16.txt"
DAY = "2026-02-06"
R(d, "Latvia", PARTY, ISTANBUL, None, "Latvia has not withdrawn", required=False)
R(d, "Armenia", "signed", ISTANBUL, "2018", "Armenia, which signed the Convention in 2018")
R(d, "Armenia", NOTRATIFIED, ISTANBUL, None, "has yet to ratify it", negated=True,
  alt=["its justice minister said on Monday that a decision \"will not be taken this year\""])
R(d, "Ireland", RATIFIED, BBNJ, "2025-07", "We deposited our own instrument of ratification in July 2025")
R(d, "India", "signed", BBNJ, "2024-09", "India signed the Agreement in September 2024")
R(d, "India", NOTRATIFIED, BBNJ, None, "told us last week that ratification is \"in the pipeline\"", negated=True)
R(d, "China", "signed", BBNJ, None, "China has neither signed nor ratified it", negated=True,
  alt=["which wrongly said China had signed in 2024"])
R(d, "China", NOTRATIFIED, BBNJ, None, "China has neither signed nor ratified it", negated=True)
R(d, "Indonesia", ACCEPTED, KIGALI, "2023", "Indonesia's acceptance, deposited in 2023")
R(d, "Indonesia", "party", KIGALI, None, "Indonesia has been a Party to the Amendment since its entry into force for it", required=False)
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect in March 2025", negated=True, required=False)
R(d, "Ireland", "called-for", CCM, DAY, "we will continue to call on all States, including Lithuania, to respect the Convention's norms", required=False)
R(d, "Italy", RATIFIED, C190, "2021", "Italy registered the ratification of Convention No. 190 in 2021")
R(d, "Spain", RATIFIED, C190, "2022", "and Spain in 2022")
R(d, "Portugal", NOTRATIFIED, R201, None, "Portugal is considering ratification of the Domestic Workers Convention's companion, Recommendation No. 201",
  negated=True, required=False)
RL(d, ["Ireland", "Costa Rica", "Fiji", "Senegal"], ENDORSED, GAURD, "2026-02-04",
   "On Wednesday we endorsed the Ministerial Declaration of the Global Alliance for Universal Ratification of Human Rights Treaties, alongside Costa Rica, "
   "Fiji and Senegal")
RL(d, ["United Kingdom", "Canada"], ENDORSED, GAURD, None, "The United Kingdom and Canada said they would consider endorsement at a later stage", negated=True)
R(d, "Ireland", "co-sponsored", R5823, "2025", "we co-sponsored resolution 58/23 on the rights of persons with disabilities last year")


# ---- local check: body length of this probe (1,800-3,000 characters of body text) ----
def body_text(name):
    t = open(os.path.join(HERE, "docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", "", t)
        t = re.sub(r"\n\s*\n+", "\n", t).strip()
        return t
    return body_of(t).strip()


bad = False
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    n = len(body_text(f))
    if not (BODY_MIN <= n <= BODY_MAX):
        print(f"ERROR {f}: body length {n} outside {BODY_MIN}-{BODY_MAX}")
        bad = True
if bad:
    sys.exit(1)

gold.finish(MIN_CHARS, MAX_CHARS)
