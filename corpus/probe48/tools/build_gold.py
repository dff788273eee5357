#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe45/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (05.md, 09.html, 13.md, 16.html); as in
corpus/probe24/tools/build_gold.py, gold.py's Gold.finish() checks their quotes against the file as written (white space
folded), so no quote of theirs spans mark-up or an entity. Alternative actor names missing from gold.py's ALT_NAMES are added
locally below.

Theme: statements delivered at multilateral meetings and outcomes of peer review. "We", "my delegation", "my country" and
"I ... on behalf of" resolve to the State or group the statement speaks for (the heading or the "on behalf of" clause), never
to the delegate's own State when the delegate speaks for a group, and never to States that merely align themselves. A State
that supports or notes a UPR recommendation to ratify X has not ratified X: where the text says so (or says the State intends
to, is considering, or is not in a position to), it gets a negated record; the recommending States named in parentheses get
`called-for`, dated by the day of the review. Venues and depositaries are never actors."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
NEUT = ("Treaty concerning the Permanent Neutrality and Operation of the Panama Canal",
        ["Neutrality Treaty", "Panama Canal Neutrality Treaty", "Treaty concerning the Permanent Neutrality and Operation of the Panama Canal (Neutrality Treaty)"])
PCT = ("Panama Canal Treaty", ["Panama Canal Treaty of 1977"])
NEUTP = ("Protocol to the Treaty concerning the Permanent Neutrality and Operation of the Panama Canal",
         ["Protocol to the Neutrality Treaty", "Neutrality Treaty Protocol", "Protocol"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "Agreement on Marine Biological Diversity",
         "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction"])
ESCAZU = ("Escazú Agreement", ["Escazu Agreement",
          "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
MLC = ("Maritime Labour Convention, 2006", ["Maritime Labour Convention", "MLC", "MLC, 2006"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["Work in Fishing Convention", "Convention No. 188", "C188"])
CFR = ("Caribbean Firearms Roadmap", ["Caribbean Priority Actions on the Illicit Proliferation of Firearms and Ammunition across the Caribbean in a Sustainable Manner by 2030",
       "Firearms Roadmap", "Roadmap"])
POA = ("United Nations Programme of Action on small arms and light weapons",
       ["Programme of Action", "PoA", "UN Programme of Action on Small Arms and Light Weapons",
        "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects"])
ITI = ("International Tracing Instrument", ["ITI", "International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons"])
RC4OUT = ("outcome document of the Fourth Review Conference of the Programme of Action", ["Fourth Review Conference outcome document", "RevCon4 outcome document", "outcome document"])
ATT = ("Arms Trade Treaty", ["ATT"])
GFA = ("Global Framework for Through-life Conventional Ammunition Management", ["Global Framework", "GFA", "Global Framework for Through-Life Conventional Ammunition Management"])
CIFTA = ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials",
         ["CIFTA", "Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms"])
FP = ("Firearms Protocol", ["Firearms Protocol to the United Nations Convention against Transnational Organized Crime", "UN Firearms Protocol",
      "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"])
L38 = ("draft resolution A/C.1/80/L.38", ["A/C.1/80/L.38", "L.38", "The illicit trade in small arms and light weapons in all its aspects"])
L47 = ("draft resolution A/C.1/80/L.47", ["A/C.1/80/L.47", "L.47", "No first placement of weapons in outer space"])
L48 = ("draft resolution A/C.1/80/L.48", ["A/C.1/80/L.48", "L.48", "Further practical measures for the prevention of an arms race in outer space"])
L19 = ("draft resolution A/C.1/80/L.19", ["A/C.1/80/L.19", "L.19", "Reducing space threats through norms, rules and principles of responsible behaviours"])
PPWT = ("draft Treaty on the Prevention of the Placement of Weapons in Outer Space", ["Treaty on the Prevention of the Placement of Weapons in Outer Space", "PPWT"])
OST = ("Outer Space Treaty", ["Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"])
R7741 = ("General Assembly resolution 77/41", ["resolution 77/41", "A/RES/77/41", "Destructive direct-ascent anti-satellite missile testing"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "UNCAT"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD", "Convention on Racial Discrimination"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "CED", "Convention on Enforced Disappearance"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "OP-CAT"])
REF51 = ("1951 Convention relating to the Status of Refugees", ["Convention relating to the Status of Refugees", "Refugee Convention", "1951 Convention", "1951 Refugee Convention"])
REF67 = ("1967 Protocol", ["1967 Protocol relating to the Status of Refugees", "Protocol relating to the Status of Refugees"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UNCRC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
R5511 = ("resolution 55/11", ["Human Rights Council resolution 55/11", "A/HRC/RES/55/11"])
ALBPOA = ("Plan of Action to End Attacks and Other Human Rights Violations Targeting Persons with Albinism in Africa (2021–2031)",
          ["Plan of Action to End Attacks and Other Human Rights Violations Targeting Persons with Albinism in Africa", "AU Plan of Action on Albinism",
           "Plan of Action on albinism", "Plan of Action"])
ADP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
       ["Disability Protocol", "African Disability Protocol", "AU Disability Protocol"])
R1325 = ("resolution 1325 (2000)", ["Security Council resolution 1325", "resolution 1325", "S/RES/1325 (2000)", "1325"])
WPSHA = ("Compact on Women, Peace and Security and Humanitarian Action", ["WPS-HA Compact", "Compact", "WPS-HA"])
SHARED = ("Shared Commitments on Women, Peace and Security", ["Shared Commitments", "Shared Commitments on WPS"])
ACTIP = ("ASEAN Convention against Trafficking in Persons, Especially Women and Children", ["ACTIP", "ASEAN Convention against Trafficking in Persons"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["ICRMW", "Migrant Workers Convention", "CMW"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Domestic Workers Convention", "Convention No. 189", "C189"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
BPIJ = ("Basic Principles on the Independence of the Judiciary", ["UN Basic Principles on the Independence of the Judiciary"])
BPRL = ("Basic Principles on the Role of Lawyers", ["UN Basic Principles on the Role of Lawyers"])
LAWCONV = ("Council of Europe Convention for the Protection of the Profession of Lawyer",
           ["Convention for the Protection of the Profession of Lawyer", "Lawyers Convention", "Convention on the Protection of the Profession of Lawyer"])
HRCJUD = ("resolution on the independence and impartiality of the judiciary, jurors and assessors, and the independence of lawyers",
          ["Human Rights Council resolution on the independence of judges and lawyers", "independence of judges and lawyers resolution"])
C177 = ("Home Work Convention, 1996 (No. 177)", ["Home Work Convention", "Convention No. 177", "C177"])
C175 = ("Part-Time Work Convention, 1994 (No. 175)", ["Part-Time Work Convention", "Convention No. 175", "C175"])
C129 = ("Labour Inspection (Agriculture) Convention, 1969 (No. 129)", ["Labour Inspection (Agriculture) Convention", "Convention No. 129", "C129"])
BIO = ("Convention on biological hazards in the working environment", ["new Convention on biological hazards", "Biological Hazards in the Working Environment Convention",
       "biological hazards Convention"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Violence and Harassment Convention", "Convention No. 190", "C190"])
OCEANDECL = ("Our ocean, our future: united for urgent action", ["political declaration of the 2025 United Nations Ocean Conference", "Nice Ocean Action Plan",
             "Our ocean, our future"])
FISH = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
GENEVA66 = ("Geneva Agreement", ["Agreement to Resolve the Controversy between Venezuela and the United Kingdom of Great Britain and Northern Ireland over the Frontier between Venezuela and British Guiana",
            "Geneva Agreement of 1966", "1966 Geneva Agreement"])
WASH1897 = ("Treaty of Arbitration of 1897", ["Treaty of Arbitration", "Treaty of Washington", "1897 Treaty of Arbitration", "Washington Treaty of 1897"])
CHARTER = ("Charter of the United Nations", ["UN Charter", "United Nations Charter"])
ARGYLE = ("Joint Declaration of Argyle for Dialogue and Peace", ["Argyle Declaration", "Joint Declaration of Argyle"])
REC2000 = ("Recommendation No. R(2000)21 on the freedom of exercise of the profession of lawyer", ["Recommendation No. R(2000)21", "R(2000)21"])
P029 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol", "Protocol of 2014 to the Forced Labour Convention, 1930"])
NP = ("Nairobi Protocol for the Prevention, Control and Reduction of Small Arms and Light Weapons in the Great Lakes Region and the Horn of Africa",
      ["Nairobi Protocol", "Nairobi Protocol on Small Arms and Light Weapons"])
KIN = ("Central African Convention for the Control of Small Arms and Light Weapons (Kinshasa Convention)",
       ["Kinshasa Convention", "Central African Convention for the Control of Small Arms and Light Weapons"])
BAMAKO = ("Bamako Declaration on an African Common Position on the Illicit Proliferation, Circulation and Trafficking of Small Arms and Light Weapons",
          ["Bamako Declaration", "African Common Position on Small Arms and Light Weapons"])
NREC = ("Nairobi Recommendations to the Fourth Review Conference", ["Nairobi Recommendations"])
CARP = ("Framework Convention on the Protection and Sustainable Development of the Carpathians", ["Carpathian Convention"])
TOUR = ("Protocol on Sustainable Tourism", ["Tourism Protocol", "Protocol on Sustainable Tourism to the Carpathian Convention"])
FOREST = ("Protocol on Sustainable Forest Management", ["Forest Protocol", "Protocol on Sustainable Forest Management to the Carpathian Convention"])
TRANS = ("Protocol on Sustainable Transport", ["Transport Protocol", "Protocol on Sustainable Transport to the Carpathian Convention"])
AGRI = ("Protocol on Sustainable Agriculture and Rural Development", ["Agriculture Protocol", "Protocol on Sustainable Agriculture and Rural Development to the Carpathian Convention"])
BIOD = ("Protocol on Conservation and Sustainable Use of Biological and Landscape Diversity", ["Biodiversity Protocol", "Carpathian Biodiversity Protocol"])
SAP = ("Strategic Action Plan for the Carpathian Convention", ["Strategic Action Plan"])
DDCLIM = ("draft decision on climate adaptation", ["climate adaptation decision"])
DDWET = ("draft decision on the Carpathian wetlands", ["Carpathian wetlands decision"])
VPS = ("Voluntary Principles on Security and Human Rights", ["Voluntary Principles", "VPs", "Voluntary Principles Initiative"])
UNGP = ("United Nations Guiding Principles on Business and Human Rights", ["Guiding Principles on Business and Human Rights", "UN Guiding Principles", "UNGPs"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "China", "European Union", "Netherlands",
          "United Republic of Tanzania", "Central African Republic", "Czechia", "Kenya", "Ghana", "Germany", "Costa Rica", "Rwanda", "Burundi",
          "Uganda", "Somalia", "South Sudan", "Brunei Darussalam", "Mexico", "Colombia", "Paraguay", "Philippines", "Uzbekistan", "Venezuela"),
    "Panama": ["Panama", "Republic of Panama"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Palau": ["Palau", "Republic of Palau"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg", "Grand Duchy"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Malaysia": ["Malaysia"],
    "Japan": ["Japan"],
    "Canada": ["Canada"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Saint Lucia": ["Saint Lucia", "St. Lucia"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Finland": ["Finland", "Republic of Finland"],
    "Iceland": ["Iceland"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Albania": ["Albania", "Republic of Albania"],
    "Ukraine": ["Ukraine"],
}
CARICOM = ["CARICOM", "Caribbean Community", "CARICOM Member States", "CARICOM Heads of Government"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
AUEC = ["Executive Council of the African Union", "African Union Executive Council", "AU Executive Council", "African Union"]
CM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
UNOC = ["2025 United Nations Ocean Conference", "UN Ocean Conference", "United Nations Ocean Conference", "Ocean Conference"]
AFDR = ["Asia Forum on Detention Rights", "AFDR"]
RRC = ["Refugee Rights Collective"]
RECSA = ["RECSA", "Regional Centre on Small Arms", "Executive Secretary of RECSA"]
OAU = ["Organization of African Unity", "OAU", "African Union"]
RPM = ["Regional Preparatory Meeting", "RECSA Regional Preparatory Meeting", "regional preparatory meeting"]
CARPCOP = ["Conference of the Parties to the Carpathian Convention", "Conference of the Parties", "COP3"]
BRGUIANA = ["British Guiana", "Government of British Guiana"]
UKGB = ["United Kingdom", "Great Britain", "United Kingdom of Great Britain and Northern Ireland", "UK"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Panama, General Assembly general debate, header Date 2025-09-24) =====================
d = "01.txt"
D = "2025-09-24"
QNEUT = "on 7 September 1977, Panama and the United States signed the Treaty concerning the Permanent Neutrality and Operation of the Panama Canal"
RL(d, ["Panama", "United States"], "signed", NEUT, "1977-09-07", QNEUT)
RL(d, ["Panama", "United States"], "signed", PCT, "1977-09-07",
   "Panama and the United States signed the Treaty concerning the Permanent Neutrality and Operation of the Panama Canal, together with the Panama Canal Treaty")
R(d, "Panama", COMMITTED, NEUT, D, "Panama remains fully committed to the Neutrality Treaty")
RL(d, ["Paraguay", "Ghana"], ACCEDED, NEUTP, "2025", "This year Paraguay and Ghana deposited their instruments of accession to the Protocol")
R(d, "Panama", "called-for", NEUTP, D, "We call on every State that has not yet acceded to the Protocol to do so")
R(d, "Panama", RATIFIED, BBNJ, "2024",
  "Last year my country deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, "Panama", "called-for", BBNJ, D, "We hope that every coastal State of our region will follow suit", required=False)
R(d, "Panama", RATIFIED, ESCAZU, "2020", "Panama is also a party to the Escazú Agreement, which it ratified in 2020")
R(d, "Panama", RATIFIED, TPNW, "2019", "to the Treaty on the Prohibition of Nuclear Weapons, which it ratified in 2019")
R(d, "Panama", RATIFIED, MLC, "2009", "it ratified the Maritime Labour Convention, 2006, in 2009")
R(d, "Panama", NOTRATIFIED, C188, None, "It has not yet ratified the Work in Fishing Convention, 2007 (No. 188)", negated=True,
  alt=["my Government is considering doing so in the coming legislative session"])

# ===================== 02 (CARICOM in the First Committee, New York, 22 October 2025) =====================
d = "02.txt"
D = "2025-10-22"
R(d, CARICOM, ENDORSED, CFR, "2020-07",
  "In July 2020 CARICOM Heads of Government endorsed the Caribbean Priority Actions on the Illicit Proliferation of Firearms and Ammunition across the Caribbean in a Sustainable Manner by 2030")
QCOMM = ("We remain committed to the Roadmap, to the United Nations Programme of Action on small arms and light weapons and to the International "
         "Tracing Instrument")
R(d, CARICOM, COMMITTED, CFR, D, "We remain committed to the Roadmap")
R(d, CARICOM, COMMITTED, POA, D, QCOMM)
R(d, CARICOM, COMMITTED, ITI, D, QCOMM)
R(d, CARICOM, ["supported", "endorsed"], RC4OUT, "2024",
  "Last year, at the Fourth Review Conference of the Programme of Action, we joined the consensus on its outcome document")
R(d, "Haiti", "signed", ATT, "2014", "Haiti signed the Treaty in 2014 but has not yet ratified it")
R(d, "Haiti", NOTRATIFIED, ATT, None, "Haiti signed the Treaty in 2014 but has not yet ratified it", negated=True)
R(d, "Suriname", JOINED, ATT, None, "Suriname has yet to accede", negated=True)
R(d, CARICOM, "called-for", ATT, D,
  "We call on all States, above all the largest producers and exporters, to join the Arms Trade Treaty without further delay")
R(d, CARICOM, "welcomed", GFA, D, "CARICOM welcomes the Global Framework for Through-life Conventional Ammunition Management")
R(d, GA, "welcomed", GFA, "2023-12", "which the General Assembly welcomed in December 2023")
R(d, "Saint Lucia", RATIFIED, CIFTA, "2025-10", "Earlier this month, Saint Lucia deposited its instrument of ratification of that Convention")
R(d, "Dominica", JOINED, FP, None, "Dominica is considering accession to the Firearms Protocol", negated=True)
R(d, CARICOM, "co-sponsored", L38, None, "All fourteen CARICOM Member States have co-sponsored draft resolution A/C.1/80/L.38")
R(d, CARICOM, "supported", L38, None, "we will vote in favour of it", negated=True)
R(d, CARICOM, "called-for", L38, D, "We encourage every delegation to do the same", required=False)

# ===================== 03 (United Kingdom, First Committee explanation of vote, Thursday 30 October 2025) =====================
d = "03.txt"
D = "2025-10-30"
R(d, "United Kingdom", "supported", L47, D, "The United Kingdom voted against draft resolution A/C.1/80/L.47", negated=True)
RL(d, ["Japan", "Canada", "Australia"], "supported", L47, D, "Japan, Canada and Australia voted as we did.", negated=True)
RL(d, ["Russian Federation", "China"], "co-sponsored", L47, None, "The draft, whose main sponsors are the Russian Federation and China")
R(d, FC, "adopted", L47, D, "was nonetheless approved by a recorded vote of 128 in favour to 49 against, with 6 abstentions")
R(d, "United Kingdom", "signed", PPWT, None, "which the United Kingdom would not sign in its present form", negated=True)
R(d, "United Kingdom", "supported", L48, D, "We abstained on draft resolution A/C.1/80/L.48", negated=True)
R(d, "United Kingdom", "co-sponsored", L19, None, "the United Kingdom was proud once again to table draft resolution A/C.1/80/L.19")
R(d, "United Kingdom", "supported", L19, D, "we of course voted in favour of it")
RL(d, ["Brazil", "Kenya", "Republic of Korea"], "co-sponsored", L19, None,
   "The draft was co-sponsored this year by 52 delegations, among them Brazil, Kenya and the Republic of Korea")
R(d, FC, "adopted", L19, D, "the Committee approved it by 163 votes to 9, with 5 abstentions")
RL(d, ["Russian Federation", "Iran"], "supported", L19, D, "The Russian Federation and the Islamic Republic of Iran voted against it", negated=True)
R(d, "China", "supported", L19, D, "and China abstained", negated=True)
R(d, "United Kingdom", PARTY, OST, "1967", "the United Kingdom has been a party to the Outer Space Treaty since 1967")
R(d, "United Kingdom", "supported", R7741, "2022", "we voted for General Assembly resolution 77/41")

# ===================== 04 (Palau, UPR addendum, A/HRC/61/9/Add.1, 17 February 2026) =====================
d = "04.txt"
QSIG = ("In September 2011 Palau signed the International Covenant on Civil and Political Rights, the International Covenant on Economic, Social and "
        "Cultural Rights, the Convention against Torture, the International Convention on the Elimination of All Forms of Racial Discrimination and the "
        "Convention on the Elimination of All Forms of Discrimination against Women")
for inst in (ICCPR, ICESCR, CAT, ICERD, CEDAW):
    R(d, "Palau", "signed", inst, "2011-09", QSIG)
QSUP = ("Palau supports the recommendations to ratify the two Covenants and CEDAW and intends to present them to the Olbiil Era Kelulau before its "
        "next review")
for inst in (ICCPR, ICESCR, CEDAW):
    R(d, "Palau", NOTRATIFIED, inst, None, QSUP, negated=True, alt=["It has ratified none of them."])
for inst in (CAT, ICERD):
    R(d, "Palau", NOTRATIFIED, inst, None, "Palau is not yet in a position to ratify them", negated=True, alt=["It has ratified none of them."])
R(d, "Palau", "signed", ICPPED, "2011-09", "Palau signed that Convention on the same day in 2011 but has not ratified it")
R(d, "Palau", NOTRATIFIED, ICPPED, None, "Palau signed that Convention on the same day in 2011 but has not ratified it", negated=True,
  alt=["The recommendations to ratify it are noted."])
R(d, "Palau", JOINED, OPCAT, None, "Palau will consider accession once the Convention itself has been ratified", negated=True)
for inst in (REF51, REF67):
    R(d, "Palau", JOINED, inst, None, "Palau has no plans to accede to either instrument at present", negated=True)
R(d, "Palau", PARTY, CRC, "1995", "Palau has been a party to the Convention on the Rights of the Child since 1995")
R(d, "Palau", RATIFIED, CRPD, "2013", "ratified the Convention on the Rights of Persons with Disabilities in 2013")
R(d, "Palau", COMMITTED, CRPD, "2026-02-17",
  "Palau commits to submitting its combined second and third periodic reports under the Convention on the Rights of Persons with Disabilities",
  required=False)

# ===================== 05 (Malawi, HRC interactive dialogue on albinism, Markdown, Geneva 18 March 2025) =====================
d = "05.md"
D = "2025-03-18"
R(d, "Malawi", "co-sponsored", R5511, "2024-04",
  "Malawi co-sponsored resolution 55/11, by which this Council renewed the mandate of the Independent Expert in April 2024")
R(d, HRC, "adopted", R5511, "2024-04", "by which this Council renewed the mandate of the Independent Expert in April 2024", required=False)
R(d, "Malawi", ENDORSED, ALBPOA, None,
  "Malawi was among the first States to endorse the Plan of Action to End Attacks and Other Human Rights Violations Targeting Persons with Albinism in Africa (2021–2031)")
R(d, AUEC, ADOPTED, ALBPOA, "2022-02", "which the Executive Council of the African Union adopted in February 2022")
R(d, "Malawi", PARTY, CRPD, "2009", "Malawi has been a party to the Convention on the Rights of Persons with Disabilities since 2009")
R(d, "Malawi", COMMITTED, ALBPOA, D, "We remain committed to implementing the Plan of Action in full")
R(d, "Malawi", RATIFIED, ADP, "2024-10", "Malawi deposited its instrument of ratification with the African Union Commission in October 2024")
RL(d, ["Kenya", "Rwanda"], RATIFIED, ADP, None, "Kenya and Rwanda ratified it before us")
R(d, "Mozambique", "signed", ADP, "2019", "Mozambique signed the Protocol in 2019 but has not ratified it")
R(d, "Mozambique", NOTRATIFIED, ADP, None, "Mozambique signed the Protocol in 2019 but has not ratified it", negated=True)
R(d, "United Republic of Tanzania", NOTRATIFIED, ADP, None, "Tanzania tells us it is considering ratification", negated=True)
R(d, "Malawi", "called-for", ADP, D,
  "We therefore call on all member States of the African Union that have not yet done so to ratify the Disability Protocol")

# ===================== 06 (Nordic statement, Security Council open debate on WPS, New York 23 October 2025) =====================
d = "06.txt"
D = "2025-10-23"
NORDIC = ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
R(d, UNSC, "adopted", R1325, "2000-10-31", "on 31 October 2000, this Council adopted resolution 1325 (2000)")
RL(d, NORDIC, COMMITTED, R1325, D, "We, the Nordic countries, remain committed to the full implementation of resolution 1325")
QALL = "All five Nordic countries are signatories of the Compact on Women, Peace and Security and Humanitarian Action"
RL(d, ["Finland", "Norway"], SIGNED_DECL, WPSHA, "2021-07",
   "Finland and Norway signed it at its launch at the Generation Equality Forum in Paris in July 2021", alt=[QALL])
RL(d, ["Denmark", "Iceland", "Sweden"], SIGNED_DECL, WPSHA, None, "Denmark, Iceland and Sweden joined in the following months", alt=[QALL])
RL(d, NORDIC, "called-for", WPSHA, D, "We call on every Member State that has not yet done so to sign the Compact")
RL(d, NORDIC, PARTY, ATT, None, "All five Nordic countries are States Parties to the Arms Trade Treaty")
R(d, "Norway", ENDORSED, SHARED, "2021", "Norway joined the Shared Commitments on Women, Peace and Security in 2021")
R(d, "Denmark", ENDORSED, SHARED, None, "Denmark, which took its seat here in January, has announced that it will join them as well", negated=True)

# ===================== 07 (UPR Working Group report excerpt, Brunei Darussalam; review held 8 November 2024) =====================
d = "07.txt"
D = "2024-11-08"
R(d, "Brunei Darussalam", RATIFIED, CRPD, "2016",
  "Brunei Darussalam had ratified the Convention on the Rights of Persons with Disabilities in 2016")
R(d, "Brunei Darussalam", "signed", CAT, "2015", "It had signed the Convention against Torture in 2015",
  alt=["Expedite the ratification of the Convention against Torture, which it signed in 2015"])
R(d, "Brunei Darussalam", NOTRATIFIED, CAT, None, "was continuing to study that Convention with a view to ratification", negated=True)
QNOT = ("accession to the International Covenant on Civil and Political Rights and to the International Covenant on Economic, Social and Cultural "
        "Rights was not under consideration at present")
for inst in (ICCPR, ICESCR):
    R(d, "Brunei Darussalam", JOINED, inst, None, QNOT, negated=True)
R(d, "Brunei Darussalam", ACCEDED, ACTIP, "2016",
  "Brunei Darussalam had, however, acceded to the ASEAN Convention against Trafficking in Persons, Especially Women and Children, in 2016")
RL(d, ["Denmark", "Ghana", "Mexico"], "called-for", CAT, D,
   "Ratify the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (Denmark) (Ghana) (Mexico)")
R(d, "Australia", "called-for", CAT, D, "Expedite the ratification of the Convention against Torture, which it signed in 2015 (Australia)")
QCOV = ("Accede to the International Covenant on Civil and Political Rights and to the International Covenant on Economic, Social and Cultural "
        "Rights (Germany) (Sierra Leone)")
for inst in (ICCPR, ICESCR):
    RL(d, ["Germany", "Sierra Leone"], "called-for", inst, D, QCOV)
for inst in (REF51, REF67):
    R(d, "Brazil", "called-for", inst, D,
      "Consider acceding to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol (Brazil)", required=False)
RL(d, ["Philippines", "Indonesia"], "called-for", ICRMW, D,
   "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Philippines) (Indonesia)")
R(d, "Philippines", "called-for", C189, D,
  "Ratify the Domestic Workers Convention, 2011 (No. 189) of the International Labour Organization (Philippines)")
R(d, "Liechtenstein", "called-for", ROME, D, "Accede to the Rome Statute of the International Criminal Court (Liechtenstein)")

# ===================== 08 (EU statement, HRC59 interactive dialogue, Geneva 24 June 2025) =====================
d = "08.txt"
D = "2025-06-24"
R(d, GA, ["endorsed", "adopted", "welcomed"], BPIJ, "1985",
  "the Basic Principles on the Independence of the Judiciary, which the General Assembly endorsed in 1985")
R(d, GA, ["welcomed", "endorsed", "adopted"], BPRL, "1990", "the Basic Principles on the Role of Lawyers, which the General Assembly welcomed in 1990")
R(d, "European Union", "welcomed", LAWCONV, D,
  "The European Union warmly welcomes the Council of Europe Convention for the Protection of the Profession of Lawyer")
R(d, CM, "adopted", LAWCONV, "2025-03-12", "adopted by the Committee of Ministers on 12 March 2025")
RL(d, ["Belgium", "France", "Germany", "Luxembourg", "Netherlands", "Spain"], "signed", LAWCONV, "2025-05-13",
   "On 13 May in Luxembourg, on the day the Convention was opened for signature, Belgium, France, Germany, Luxembourg, the Netherlands and Spain were "
   "among its first signatories")
R(d, "European Union", "signed", LAWCONV, None, "The Union has not yet signed it.", negated=True,
  alt=["The European Commission has since proposed a Council decision authorising the signature of the Convention on behalf of the Union"])
R(d, "European Union", "called-for", LAWCONV, D,
  "We call on all member States of the Council of Europe, and on the non-member States entitled to do so, to sign and ratify the Convention")
R(d, "European Union", "co-sponsored", HRCJUD, None,
  "The EU and its Member States will once again co-sponsor the resolution on the independence and impartiality of the judiciary, jurors and "
  "assessors, and the independence of lawyers", negated=True)

# ===================== 09 (Uzbekistan at the 113th International Labour Conference, HTML, Geneva 11 June 2025) =====================
d = "09.html"
D = "2025-06-11"
QDEP = ("Ambassador Dilshod Karimov, Permanent Representative of Uzbekistan in Geneva, deposited with the Director-General of the International "
        "Labour Office the instruments of ratification of the Home Work Convention, 1996 (No. 177) and the Part-Time Work Convention, 1994 (No. 175)")
R(d, "Uzbekistan", RATIFIED, C177, D, QDEP)
R(d, "Uzbekistan", RATIFIED, C175, D, QDEP)
RL(d, ["Albania", "Argentina", "Belgium", "Finland"], RATIFIED, C177, None,
   "It has been ratified by only a few States, among them Albania, Argentina, Belgium and Finland")
R(d, "Uzbekistan", "called-for", C177, D, "We call on all member States to ratify the Home Work Convention")
R(d, "Uzbekistan", RATIFIED, C129, "2024", "Last year, Uzbekistan ratified the Labour Inspection (Agriculture) Convention, 1969 (No. 129)")
R(d, "Uzbekistan", NOTRATIFIED, C189, None, "we expect to deposit that instrument before the end of the year", negated=True)
R(d, "Uzbekistan", NOTBOUND, MLC, None, "Uzbekistan is not a party to the Maritime Labour Convention, 2006", negated=True,
  alt=["it does not intend to become one"])
R(d, "Uzbekistan", "supported", BIO, None, "Uzbekistan will vote in favour of the new Convention on Friday", negated=True)
R(d, "Uzbekistan", "supported", C190, "2019",
  "At the centenary session in 2019, our Government delegates voted for the Violence and Harassment Convention, 2019 (No. 190)")
R(d, "Uzbekistan", NOTRATIFIED, C190, None, "We have not yet ratified it", negated=True)

# ===================== 10 (closing statement, President of the 2025 UN Ocean Conference, Nice, Friday 13 June 2025) =====================
d = "10.txt"
D = "2025-06-13"
R(d, UNOC, ADOPTED, OCEANDECL, D,
  "This afternoon the Conference adopted by acclamation its political declaration, \"Our ocean, our future: united for urgent action\"")
RL(d, ["Albania", "Greece", "Morocco", "Sierra Leone", "Vanuatu"], RATIFIED, BBNJ, "2025-06",
   "Since Monday, nineteen States have deposited their instruments of ratification of the Agreement on Marine Biological Diversity of Areas beyond "
   "National Jurisdiction, among them Albania, Greece, Morocco, Sierra Leone and Vanuatu")
RL(d, ["France", "Costa Rica"], RATIFIED, BBNJ, None, "Both host countries had already ratified it.")
R(d, "Brazil", "signed", BBNJ, "2023", "Brazil, which signed the Agreement in 2023")
RL(d, ["Brazil", "United Kingdom"], NOTRATIFIED, BBNJ, None, "have each said they will ratify it before the end of the year", negated=True)
RL(d, ["Kenya", "Tonga"], ACCEPTED, FISH, "2025-06-11",
   "On Wednesday, Kenya and Tonga handed over their instruments of acceptance of the WTO Agreement on Fisheries Subsidies")
RL(d, ["France", "Costa Rica"], "called-for", BBNJ, D,
   "On behalf of France and Costa Rica, I call on every State that has not yet done so to ratify the Agreement on Marine Biological Diversity")

# ===================== 11 (General Assembly rights of reply, GA/12701, 27 September 2025) =====================
d = "11.txt"
D = "2025-09-27"
R(d, "Venezuela", COMMITTED, GENEVA66, D, "Venezuela remained fully committed to the Geneva Agreement")
QGEN = "The Agreement had been signed by the United Kingdom, by Venezuela and by the Government of British Guiana"
R(d, "United Kingdom", "signed", GENEVA66, "1966-02-17", QGEN, alt=["signed at Geneva on 17 February 1966"])
R(d, "Venezuela", "signed", GENEVA66, "1966-02-17", QGEN, alt=["signed at Geneva on 17 February 1966"])
R(d, BRGUIANA, "signed", GENEVA66, "1966-02-17", QGEN, required=False)
R(d, "Guyana", PARTY, GENEVA66, "1966-05-26", "Guyana had become a party to it on attaining independence on 26 May 1966")
R(d, "Venezuela", "signed", WASH1897, "1897-02-02",
  "It was Venezuela itself, she recalled, that had signed the Treaty of Arbitration concluded with Great Britain at Washington on 2 February 1897")
R(d, UKGB, "signed", WASH1897, "1897-02-02", "the Treaty of Arbitration concluded with Great Britain at Washington on 2 February 1897", required=False)
R(d, "Guyana", COMMITTED, CHARTER, D, "Guyana remained committed to the Charter of the United Nations")
RL(d, ["Venezuela", "Guyana"], SIGNED_DECL, ARGYLE, "2023-12-14",
   "the Presidents of both countries had signed the Joint Declaration of Argyle for Dialogue and Peace on 14 December 2023")
R(d, "Venezuela", COMMITTED, ARGYLE, D, "Venezuela remained committed to that Declaration")

# ===================== 12 (Luxembourg, remarks at the opening for signature of the Lawyers Convention, 13 May 2025) =====================
d = "12.txt"
D = "2025-05-13"
R(d, CM, "adopted", LAWCONV, "2025-03-12", "The Committee of Ministers adopted this Convention in Strasbourg on 12 March")
R(d, CM, "adopted", REC2000, "2000",
  "Recommendation No. R(2000)21 on the freedom of exercise of the profession of lawyer, which it adopted in 2000")
R(d, "Luxembourg", "signed", LAWCONV, D, "A few minutes ago, I had the honour of signing the Convention on behalf of the Grand Duchy")
R(d, "Luxembourg", NOTRATIFIED, LAWCONV, None, "Luxembourg intends to ratify it swiftly", negated=True)
RL(d, ["Andorra", "Belgium", "Croatia", "Cyprus", "France", "Germany", "Ireland", "Lithuania", "Netherlands", "Portugal", "Spain"], "signed", LAWCONV, D,
   "this morning eleven other States signed the Convention with us: Andorra, Belgium, Croatia, Cyprus, France, Germany, Ireland, Lithuania, the "
   "Netherlands, Portugal and Spain")
RL(d, ["Austria", "Poland"], "signed", LAWCONV, None, "Austria and Poland have informed us that they will sign in the coming months", negated=True)
R(d, "United Kingdom", "signed", LAWCONV, None, "The United Kingdom, which took an active part in the negotiations, is considering signature", negated=True)
R(d, "Luxembourg", "called-for", LAWCONV, D, "I therefore call on every member State of the Council of Europe to sign and ratify the Convention")

# ===================== 13 (NGO oral statement, HRC56 item 6, Malaysia's UPR outcome, Markdown, Geneva 4 July 2024) =====================
d = "13.md"
D = "2024-07-04"
R(d, "Malaysia", RATIFIED, P029, "2022", "which Malaysia ratified in 2022")
for inst in (REF51, REF67):
    R(d, "Malaysia", JOINED, inst, None, "Malaysia has not acceded to either instrument", negated=True,
      alt=["Malaysia noted every recommendation to accede to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol"])
    RL(d, ["Brazil", "Canada", "Germany"], "called-for", inst, "2024-01", "including those made by Brazil, Canada and Germany")
R(d, "Malaysia", NOTRATIFIED, CAT, None, "five years on, it has still not ratified", negated=True,
  alt=["Malaysia noted all recommendations to ratify the Convention against Torture"])
R(d, "Malaysia", JOINED, ICERD, None, "It remains outside the Convention.", negated=True,
  alt=["Malaysia announced in 2018 that it would accede to the International Convention on the Elimination of All Forms of Racial Discrimination, then "
       "reversed that decision within weeks"])
R(d, "Malaysia", PARTY, CRC, None, "Malaysia is a party to the Convention on the Rights of the Child")
R(d, "Malaysia", PARTY, CEDAW, None, "to the Convention on the Elimination of All Forms of Discrimination against Women")
R(d, "Malaysia", RATIFIED, CRPD, "2010", "to the Convention on the Rights of Persons with Disabilities, which it ratified in 2010")
QURGE = "We therefore urge Malaysia to accede to the 1951 Convention and its Protocol, and to ratify the Convention against Torture"
for inst in (REF51, REF67, CAT):
    RL(d, [AFDR, RRC], "called-for", inst, D, QURGE)

# ===================== 14 (RECSA regional preparatory meeting report, Nairobi, 12-13 March 2024) =====================
d = "14.txt"
RL(d, ["Kenya", "Uganda", "Rwanda", "Burundi"], RATIFIED, NP, "2005",
   "Kenya, Uganda, Rwanda and Burundi recalled that they had ratified the Protocol in 2005")
R(d, "South Sudan", ACCEDED, NP, "2012", "South Sudan informed the meeting that it had acceded to the Protocol in 2012")
R(d, "Seychelles", "signed", NP, "2004", "Seychelles signed the Protocol in 2004 but has not ratified it")
R(d, "Seychelles", NOTRATIFIED, NP, None, "Seychelles signed the Protocol in 2004 but has not ratified it", negated=True)
R(d, "Somalia", NOTRATIFIED, NP, None,
  "Somalia stated that its ratification was before its federal parliament and that it expected to deposit its instrument later in the year", negated=True)
R(d, "Central African Republic", RATIFIED, KIN, "2013", "which it had ratified in 2013",
  alt=["it was also a party to the Central African Convention for the Control of Small Arms and Light Weapons (Kinshasa Convention)"])
R(d, RECSA, "called-for", NP, "2024-03", "The Executive Secretary of RECSA urged all Member States that had not yet done so to ratify the Nairobi Protocol")
R(d, OAU, ADOPTED, BAMAKO, "2000-12", "adopted by the Organization of African Unity in December 2000")
QETH = "Ethiopia stated that it remained committed to the Programme of Action and the International Tracing Instrument"
R(d, "Ethiopia", COMMITTED, POA, "2024-03", QETH)
R(d, "Ethiopia", COMMITTED, ITI, "2024-03", QETH)
R(d, "Ethiopia", JOINED, ATT, None, "it was considering accession to the Arms Trade Treaty", negated=True)
R(d, RPM, "adopted", NREC, "2024-03-13",
  "On 13 March 2024 the meeting adopted by consensus the Nairobi Recommendations to the Fourth Review Conference", required=False)

# ===================== 15 (Slovakia at Carpathian Convention COP7, Belgrade, 29 November 2023) =====================
d = "15.txt"
D = "2023-11-29"
R(d, "Slovakia", "signed", CARP, "2003-05", "Slovakia signed the Carpathian Convention in Kyiv in May 2003")
R(d, "Slovakia", RATIFIED, CARP, "2004", "ratified it the following year, in 2004")
R(d, CARPCOP, "adopted", TOUR, "2011", "where the Conference adopted the Protocol on Sustainable Tourism")
R(d, "Slovakia", "signed", TOUR, "2011", "where Slovakia signed it")
R(d, "Slovakia", RATIFIED, TOUR, "2013", "We ratified it in 2013")
R(d, "Slovakia", RATIFIED, FOREST, "2014", "and the Protocol on Sustainable Forest Management in 2014")
R(d, "Slovakia", "signed", TRANS, "2014", "The Protocol on Sustainable Transport, which we signed in Mikulov in 2014")
R(d, "Slovakia", RATIFIED, TRANS, "2023", "was ratified by Slovakia earlier this year")
R(d, "Slovakia", "signed", AGRI, "2017", "We signed the Protocol on Sustainable Agriculture and Rural Development at Lillafüred in 2017")
R(d, "Slovakia", NOTRATIFIED, AGRI, None, "but we have not yet ratified it", negated=True)
R(d, "Serbia", RATIFIED, BIOD, "2023-10",
  "our host, Serbia, deposited its instrument of ratification of the Protocol on Conservation and Sustainable Use of Biological and Landscape Diversity last month")
R(d, "Ukraine", RATIFIED, TRANS, "2022", "Ukraine itself, which ratified the Transport Protocol in 2022")
RL(d, ["Hungary", "Poland"], NOTRATIFIED, TRANS, None, "Hungary and Poland have yet to ratify the Transport Protocol", negated=True)
R(d, "Czechia", "signed", AGRI, None, "the Czech Republic has not signed the Agriculture Protocol", negated=True)
QCALL = "We call on all Parties that have not yet done so to ratify the Transport and Agriculture Protocols"
R(d, "Slovakia", "called-for", TRANS, D, QCALL)
R(d, "Slovakia", "called-for", AGRI, D, QCALL)
QREM = "Slovakia remains committed to the Carpathian Convention and to its Strategic Action Plan"
R(d, "Slovakia", COMMITTED, CARP, D, QREM)
R(d, "Slovakia", COMMITTED, SAP, D, QREM)
QDD = "We support the draft decisions before this meeting on climate adaptation and on the Carpathian wetlands"
R(d, "Slovakia", "supported", DDCLIM, D, QDD, required=False)
R(d, "Slovakia", "supported", DDWET, D, QDD, required=False)

# ===================== 16 (joint statement on the Voluntary Principles, HTML, Geneva 26 November 2024) =====================
d = "16.html"
D = "2024-11-26"
VPG = ["Argentina", "Australia", "Canada", "Colombia", "Ghana", "Netherlands", "Norway", "Sweden", "Switzerland", "United Kingdom", "United States"]
RL(d, VPG, COMMITTED, VPS, D, "We, the participating Governments, reaffirm our commitment to the Voluntary Principles")
RL(d, VPG, COMMITTED, UNGP, D,
   "reaffirm our commitment to the Voluntary Principles and to the United Nations Guiding Principles on Business and Human Rights")
R(d, HRC, ["endorsed", "adopted"], UNGP, "2011-06-16", "which the Human Rights Council endorsed in its resolution 17/4 of 16 June 2011")
R(d, "Kenya", ENDORSED, VPS, "2024-03", "We welcome Kenya, which formally joined the Initiative as a participating Government in March 2024")
R(d, "Mozambique", ENDORSED, VPS, None, "Mozambique has expressed its interest in joining but is not yet a participant", negated=True)
RL(d, VPG, "called-for", VPS, D,
   "We therefore invite all States, in particular those that host or are home to extractive companies, to join the Voluntary Principles Initiative "
   "and to endorse the Voluntary Principles")

gold.finish(MIN_CHARS, MAX_CHARS)
