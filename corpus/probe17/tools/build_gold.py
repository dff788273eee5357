#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe15/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ",
         "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction"])
UNCLOS = ("U.N. Convention on the Law of the Sea", ["United Nations Convention on the Law of the Sea", "UNCLOS", "Convention on the Law of the Sea"])
PPCA = ("Powering Past Coal Alliance Declaration", ["Powering Past Coal Alliance", "PPCA", "PPCA Declaration"])
GCCPT = ("Global Coal to Clean Power Transition Statement", ["Coal to Clean Power Transition Statement"])
TURIN = ("G7 ministers' Turin Communiqué of April 2024", ["Turin Communiqué", "G7 Climate, Energy and Environment Ministers' Communiqué"])
DSI = ("decision on the multilateral mechanism for benefit-sharing from the use of digital sequence information on genetic resources",
       ["CBD/COP/16/L.5", "Cali Fund decision", "digital sequence information decision", "decision operationalizing the multilateral mechanism"])
ART8J = ("decision establishing a permanent subsidiary body on Article 8(j)", ["CBD/COP/16/L.11", "Article 8(j) decision", "subsidiary body on Article 8(j)"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF"])
NAGOYA = ("Nagoya Protocol on Access and Benefit-sharing", ["Nagoya Protocol"])
CBD = ("Convention on Biological Diversity", ["CBD", "Biodiversity Convention"])
CALI = ("Cali Declaration on Biodiversity and Climate", ["Cali Declaration"])
STOCK = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention", "POPs Convention"])
S11 = ("decision SC-12/11 listing chlorpyrifos in Annex A", ["SC-12/11", "chlorpyrifos amendment", "amendment listing chlorpyrifos"])
S12 = ("decision SC-12/12 listing medium-chain chlorinated paraffins in Annex A", ["SC-12/12", "MCCPs amendment", "amendment listing MCCPs"])
S13 = ("decision SC-12/13 listing long-chain perfluorocarboxylic acids in Annex A", ["SC-12/13", "LC-PFCAs amendment", "amendment listing LC-PFCAs"])
C183 = ("Maternity Protection Convention, 2000 (No. 183)", ["Convention No. 183", "C183", "ILO Maternity Protection Convention"])
C103 = ("Maternity Protection Convention (Revised), 1952 (No. 103)", ["Convention No. 103", "C103"])
C156 = ("Workers with Family Responsibilities Convention, 1981 (No. 156)", ["Convention No. 156", "C156"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187"])
C100 = ("Equal Remuneration Convention, 1951 (No. 100)", ["Convention No. 100", "C100"])
C111 = ("Discrimination (Employment and Occupation) Convention, 1958 (No. 111)", ["Convention No. 111", "C111"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190"])
FPRW = ("ILO Declaration on Fundamental Principles and Rights at Work", ["Declaration on Fundamental Principles and Rights at Work"])
GCSJ = ("Global Coalition for Social Justice", [])
BIO = ("Convention on protection against biological hazards in the working environment",
       ["biological hazards Convention", "Biological Hazards in the Working Environment Convention, 2025 (No. 192)"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
UKP = ("Protocol on the Accession of the United Kingdom to the CPTPP",
       ["UK Protocol", "UK Accession Protocol",
        "Protocol on the Accession of the United Kingdom of Great Britain and Northern Ireland to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership"])
TPP = ("Trans-Pacific Partnership", ["TPP", "original Trans-Pacific Partnership"])
FMP = ("Protocol on the Free Movement of Community Nationals", ["CARICOM free movement protocol", "free movement protocol"])
RTC = ("Revised Treaty of Chaguaramas", ["Revised Treaty of Chaguaramas Establishing the Caribbean Community including the CARICOM Single Market and Economy"])
PCC = ("Protocol amending the Revised Treaty to establish the Community Council of Ministers as the second highest organ",
       ["Protocol amending the Revised Treaty of Chaguaramas (Community Council)"])
MBD = ("Montego Bay Declaration on Crime and Violence as a Public Health Issue", ["Montego Bay Declaration"])
CSS = ("CARICOM Crime and Security Strategy 2021", ["Crime and Security Strategy"])
D925 = ("Decision 925 on an Andean Regime for the Protection of Consumers in Electronic Commerce", ["Decision 925"])
LIMA = ("Lima Declaration on Andean Integration and Human Mobility", ["Lima Declaration"])
D878 = ("Andean Migration Statute (Decision 878)", ["Andean Migration Statute", "Decision 878"])
DEMP = ("Additional Protocol to the Cartagena Agreement \"Andean Community Commitment to Democracy\"",
        ["Andean Community Commitment to Democracy", "Andean democratic clause"])
ACHR = ("Andean Charter for the Promotion and Protection of Human Rights", ["Andean Charter"])
CART = ("Cartagena Agreement", ["Andean Subregional Integration Agreement"])
HC96 = ("Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children",
        ["HCCH 1996 Child Protection Convention", "1996 Child Protection Convention", "Child Protection Convention",
         "Convention of 19 October 1996 on Parental Responsibility and Measures for the Protection of Children"])
ECC = ("United Nations Convention on the Use of Electronic Communications in International Contracts",
       ["Electronic Communications Convention", "ECC", "Convention on the Use of Electronic Communications in International Contracts"])
MLETR = ("UNCITRAL Model Law on Electronic Transferable Records", ["MLETR", "Model Law on Electronic Transferable Records"])
ACAP = ("Agreement on the Conservation of Albatrosses and Petrels", ["ACAP"])
R83 = ("Resolution 8.3", ["ACAP Resolution 8.3", "amendment to Annex 1 of ACAP"])
R85 = ("Resolution 8.5", ["ACAP Resolution 8.5", "best-practice advice on reducing seabird bycatch in pelagic longline fisheries"])
PAL = ("resolution on health conditions in the occupied Palestinian territory, including east Jerusalem, and in the occupied Syrian Golan",
       ["A78/A/CONF./5", "health conditions in the occupied Palestinian territory"])
UKR = ("resolution on the health emergency in Ukraine and refugee-receiving and hosting countries stemming from the Russian Federation's aggression",
       ["A78/A/CONF./8", "health emergency in Ukraine"])
PAND = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
T335 = ("resolution on the \"3 by 35\" initiative", ["3 by 35", "3 by 35 initiative"])
PDE = ("Punta del Este Declaration", ["Punta del Este Declaration on tax transparency"])
MAC = ("Convention on Mutual Administrative Assistance in Tax Matters", ["Multilateral Convention on Mutual Administrative Assistance in Tax Matters", "MAC"])
GFWP = ("Global Forum's 2025 Work Programme", ["2025 Work Programme"])
FARO = ("Council of Europe Framework Convention on the Value of Cultural Heritage for Society", ["Faro Convention", "CETS No. 199"])
FAROREC = ("recommendation to member States on the Faro Convention Action Plan", ["Faro Convention Action Plan recommendation"])
ISAFA = ("Framework Agreement on the Establishment of the International Solar Alliance", ["ISA Framework Agreement", "International Solar Alliance Framework Agreement"])
ISAAM = ("amendment opening ISA membership to all Member States of the United Nations (2018)", ["2018 amendment"])
ISASP = ("ISA Strategic Plan 2026–2030", ["Strategic Plan 2026–2030", "ISA Strategic Plan"])
T1000 = ("\"Towards 1000\" strategy", ["Towards 1000"])
HCA = ("Host Country Agreement amendment", ["amendment to the Host Country Agreement"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam",
          "Türkiye", "European Union", "Czechia", "Côte d'Ivoire", "Netherlands", "Philippines", "Bahamas", "Kyrgyzstan", "Kazakhstan",
          "Uzbekistan", "Micronesia", "Fiji", "Kiribati", "Bolivia", "Venezuela", "Lao PDR", "Brunei Darussalam", "Costa Rica", "Guatemala",
          "Ghana", "Germany", "Mexico", "Colombia", "Chile", "Paraguay", "Ecuador", "China", "Egypt", "Saudi Arabia", "Papua New Guinea",
          "Kenya", "Bangladesh"),
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Namibia": ["Namibia", "Republic of Namibia"],
}
IGC = ["Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction", "intergovernmental conference",
       "BBNJ Intergovernmental Conference"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "António Guterres"]
PPCAS = ["Powering Past Coal Alliance Secretariat", "Alliance Secretariat", "Powering Past Coal Alliance", "PPCA"]
CBDCOP = ["Conference of the Parties to the Convention on Biological Diversity", "COP16", "CBD COP", "Conference of the Parties", "COP"]
CBDES = ["CBD Executive Secretary", "Executive Secretary of the Convention on Biological Diversity", "Astrid Schomaker", "Executive Secretary"]
STCOP = ["Conference of the Parties to the Stockholm Convention", "Stockholm Convention COP", "COP-12", "Conference of the Parties", "COP"]
PWN = ["POPs Watch Network"]
KENYA_AG = ["Kenya", "African Group"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Gilbert F. Houngbo", "ILO", "International Labour Organization"]
HEADS = ["CARICOM Conference of Heads of Government", "Conference of Heads of Government of the Caribbean Community", "CARICOM Heads of Government",
         "Heads of Government", "CARICOM", "Caribbean Community"]
CANCFM = ["Andean Council of Foreign Ministers", "Andean Council of Ministers of Foreign Affairs", "Andean Community", "CAN"]
CANPRES = ["Andean Presidential Council", "Andean Presidents", "Andean Community"]
PERU_MIN = ["Peru", "Republic of Peru", "Elmer Schialer", "Minister of Foreign Affairs of Peru"]
HCCH = ["Hague Conference on Private International Law", "HCCH", "Eighteenth Session of the Hague Conference on Private International Law"]
UNCITRAL = ["UNCITRAL", "United Nations Commission on International Trade Law"]
UNCITRALSEC = ["Secretary of UNCITRAL", "Anna Joubin-Bret", "UNCITRAL secretariat", "UNCITRAL"]
ACAPMOP = ["ACAP Meeting of the Parties", "Meeting of the Parties to ACAP", "MoP8", "Meeting of the Parties",
           "Eighth Session of the Meeting of the Parties to ACAP"]
ACAPES = ["ACAP Executive Secretary", "Executive Secretary", "ACAP Secretariat", "ACAP"]
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "WHA", "WHA78"]
COMB = ["WHA Committee B", "Committee B", "Committee B of the World Health Assembly"]
GF = ["Global Forum on Transparency and Exchange of Information for Tax Purposes", "Global Forum", "Global Forum plenary"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Council of Europe"]
ISAA = ["ISA Assembly", "Assembly of the International Solar Alliance", "International Solar Alliance", "ISA"]
ISA = ["International Solar Alliance", "ISA"]
INDIA_MIN = ["India", "Minister of New and Renewable Energy", "President of the ISA Assembly", "President of the Assembly"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for



# ===================== 01 =====================
d = "01.txt"
FRI = "2025-09-19"
R(d, "Morocco", RATIFIED, BBNJ, FRI, "after Morocco on Friday deposited the sixtieth instrument of ratification with the U.N. Secretary-General")
R(d, "Sierra Leone", RATIFIED, BBNJ, FRI, "Sierra Leone ratified the pact minutes later")
R(d, "Sierra Leone", "party", BBNJ, None, "becoming the 61st State Party", required=False)
RL(d, ["Ukraine", "Saint Vincent and the Grenadines"], RATIFIED, BBNJ, "2025-09",
   "Earlier in the week, Ukraine and Saint Vincent and the Grenadines deposited their instruments of ratification")
R(d, "Vanuatu", ACCEDED, BBNJ, "2025-09-16", "on Tuesday the treaty office recorded Vanuatu's accession")
R(d, "Vanuatu", "signed", BBNJ, None, "Vanuatu never signed the agreement", negated=True)
R(d, IGC, "adopted", BBNJ, "2023-06-19", "It was adopted by consensus on 19 June 2023 by the intergovernmental conference convened under General Assembly resolution 72/249")
R(d, UNSG, "called-for", BBNJ, None, "urging all States that have not yet done so to ratify or accede to the agreement without delay")
R(d, "Palau", RATIFIED, BBNJ, "2024-01", "Palau was the first country to ratify, in January 2024")
R(d, "Chile", RATIFIED, BBNJ, "2024-03", "Chile, which ratified in March 2024")
QEU = ("The European Union ratified in May together with six of its member states – France, Spain, Portugal, Slovenia, Hungary and Finland")
RL(d, ["European Union", "France", "Spain", "Portugal", "Slovenia", "Hungary", "Finland"], RATIFIED, BBNJ, "2025-05", QEU)
R(d, "United States", "signed", BBNJ, "2023-09", "The United States signed the agreement in September 2023 but has not ratified it")
R(d, "United States", NOTRATIFIED, BBNJ, None, "The United States signed the agreement in September 2023 but has not ratified it", negated=True)
R(d, "China", "signed", BBNJ, "2023", "China, which signed later that year, has yet to ratify")
R(d, "China", NOTRATIFIED, BBNJ, None, "China, which signed later that year, has yet to ratify", negated=True)
RL(d, ["Japan", "United Kingdom", "Germany"], NOTRATIFIED, BBNJ, None,
   "Japan, the United Kingdom and Germany expect to ratify before the first Conference of the Parties", negated=True)
R(d, "India", "signed", BBNJ, "2024-09", "India signed in September 2024")
R(d, "India", NOTRATIFIED, BBNJ, None, "but New Delhi has not deposited an instrument", negated=True)
RL(d, ["Russian Federation", "Iceland"], "signed", BBNJ, None, "Neither Russia nor Iceland has signed the agreement", negated=True)
R(d, "Türkiye", "signed", BBNJ, None, "Türkiye, which is not a party to the U.N. Convention on the Law of the Sea either, has not signed it", negated=True)
R(d, "Türkiye", NOTBOUND, UNCLOS, None, "Türkiye, which is not a party to the U.N. Convention on the Law of the Sea either", negated=True)

# ===================== 02 =====================
d = "02.txt"
DAY = "2024-11-13"
QN = "Albania, Ghana and the Dominican Republic today joined the Powering Past Coal Alliance (PPCA), endorsing its Declaration"
R(d, "Albania", ENDORSED, PPCA, DAY, QN)
R(d, "Ghana", ENDORSED, PPCA, DAY, QN, alt=["By signing the Declaration today, Ghana sends a clear signal to investors"])
R(d, "Dominican Republic", ENDORSED, PPCA, DAY, QN,
  alt=["becomes the first Caribbean country with operating coal plants to join"])
RL(d, ["United Kingdom", "Canada"], ENDORSED, PPCA, "2017-11", "the United Kingdom and Canada, which founded the Alliance at COP23 in Bonn in November 2017")
R(d, "Dominican Republic", ENDORSED, GCCPT, "2021", "The Dominican Republic, which endorsed the Global Coal to Clean Power Transition Statement at COP26 in 2021")
RL(d, ["Ukraine", "Singapore", "Spain", "Chile"], ENDORSED, PPCA, "2021", "Ukraine, Singapore, Spain and Chile joined at COP26 in Glasgow in 2021")
R(d, "United States", ENDORSED, PPCA, "2023-12", "The United States joined at COP28 in Dubai in December 2023",
  alt=["6 December 2023 — United States joins the Alliance at COP28"])
R(d, "Azerbaijan", ENDORSED, PPCA, None, "Azerbaijan, this year's host, has not joined", negated=True)
R(d, "Japan", ENDORSED, PPCA, None, "Japan is the only G7 country that has not joined the Alliance", negated=True)
R(d, "Japan", ["endorsed", "committed", "signed"], TURIN, "2024-04", "it signed up to the G7 ministers' Turin Communiqué of April 2024")
R(d, "Australia", ENDORSED, PPCA, None, "Australia said last month that it was \"not considering\" membership at this time", negated=True)
RL(d, ["South Africa", "Indonesia"], ENDORSED, PPCA, None,
   "South Africa and Indonesia – both with Just Energy Transition Partnerships – have not endorsed the Declaration either", negated=True)
R(d, "Viet Nam", ENDORSED, PPCA, None, "Viet Nam told the Alliance it is considering whether to join in 2025", negated=True)
R(d, PPCAS, "called-for", PPCA, DAY, "We hope our friends in Southeast Asia will follow suit", required=False)

# ===================== 03 =====================
d = "03.txt"
FRI = "2024-11-01"
R(d, CBDCOP, "adopted", DSI, FRI,
  "The sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity (COP16) late on Friday adopted a decision operationalizing "
  "the multilateral mechanism for the fair and equitable sharing of benefits from the use of digital sequence information on genetic resources")
R(d, CBDCOP, "adopted", ART8J, FRI, "In the same session the COP adopted a decision establishing a permanent subsidiary body on Article 8(j)")
R(d, CBDCOP, "adopted", GBF, "2022-12", "the Kunming-Montreal Global Biodiversity Framework, adopted by the Conference of the Parties at COP15 in Montreal in December 2022")
R(d, "Colombia", RATIFIED, NAGOYA, "2024-10-29", "Colombia deposited on Tuesday its instrument of ratification of the Nagoya Protocol on Access and Benefit-sharing")
R(d, "Colombia", "signed", NAGOYA, "2011", "which it signed in 2011")
RL(d, ["Canada", "Australia"], PARTY, CBD, None, "Canada and Australia, both Parties to the Convention")
RL(d, ["Canada", "Australia"], JOINED, NAGOYA, None, "Canada and Australia, both Parties to the Convention, have still not joined the Nagoya Protocol", negated=True)
R(d, CBDES, "called-for", NAGOYA, None, "urged \"all Parties to the Convention that are not yet Parties to the Nagoya Protocol\" to join it")
R(d, "United States", "signed", CBD, "1993", "The United States, which signed the Convention in 1993 but never ratified it")
R(d, "United States", NOTRATIFIED, CBD, None, "The United States, which signed the Convention in 1993 but never ratified it", negated=True)
R(d, "Colombia", ["endorsed", "adopted", "co-sponsored", "committed"], CALI, None, "Colombia also launched the Cali Declaration on Biodiversity and Climate", required=False)
RL(d, ["Chile", "Costa Rica", "Panama", "Spain", "European Union"], ENDORSED, CALI, "2024-11",
   "which was endorsed at the closing plenary by Chile, Costa Rica, Panama, Spain and the European Union")
R(d, "Brazil", ENDORSED, CALI, None, "Brazil said it would \"study the text carefully\" before deciding whether to endorse it", negated=True)
R(d, "Mexico", ENDORSED, CALI, None, "Mexico said it could not endorse it", negated=True)

# ===================== 04 =====================
d = "04.txt"
HEAD = "Opt-in Parties that have not yet ratified any of the three:"
DECIDED = "the Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants decided to list three new chemicals"
R(d, STCOP, "adopted", S11, "2025-05-08", "decision SC-12/11: chlorpyrifos, in Annex A, with specific exemptions (adopted 8 May 2025)", alt=[DECIDED])
R(d, STCOP, "adopted", S12, "2025-05-08", "decision SC-12/12: medium-chain chlorinated paraffins (MCCPs), in Annex A (adopted 8 May 2025)", alt=[DECIDED])
R(d, STCOP, "adopted", S13, "2025-05-09", "decision SC-12/13: long-chain perfluorocarboxylic acids (LC-PFCAs), in Annex A (adopted 9 May 2025)", alt=[DECIDED])
for inst in (S11, S12, S13):
    R(d, "Canada", ACCEPTED, inst, "2025-08-04", "Canada – all three, 4 August 2025")
for inst in (S11, S12):
    R(d, "Mauritius", ACCEPTED, inst, "2025-09-19", "Mauritius – SC-12/11 and SC-12/12, 19 September 2025")
R(d, "Republic of Korea", ACCEPTED, S13, "2025-09-01", "Republic of Korea – SC-12/13 only, 1 September 2025")
for inst in (S11, S12):
    R(d, "Republic of Korea", ACCEPTED, inst, None, "Republic of Korea – SC-12/13 only, 1 September 2025", negated=True, required=False)
QB = "Bangladesh (its ministry told us ratification of SC-12/12 is \"under consideration\")"
for a, q in [("China", "- China"), ("India", "- India"), ("Bangladesh", "- Bangladesh"), ("Argentina", "- Argentina")]:
    for inst in (S11, S12, S13):
        R(d, a, ACCEPTED, inst, None, QB if (a == "Bangladesh" and inst is S12) else q, negated=True, alt=[HEAD])
R(d, "Kyrgyzstan", ACCEPTED, S11, None, "Kyrgyzstan – SC-12/11 (chlorpyrifos), 2 September 2025", negated=True,
  alt=["Notified non-acceptance (Article 22(3)(b)):"])
R(d, "United States", "signed", STOCK, "2001", "the United States signed the Convention in 2001 but has never ratified it")
R(d, "United States", NOTRATIFIED, STOCK, None, "the United States signed the Convention in 2001 but has never ratified it", negated=True,
  alt=["Not Parties to the Convention:"])
RL(d, ["Israel", "Malaysia"], NOTBOUND, STOCK, None, "Israel and Malaysia also remain outside", negated=True)
QC = "India and China had joined the consensus on SC-12/12 and SC-12/13"
RL(d, ["India", "China"], "supported", S12, "2025-05-08", QC, required=False)
RL(d, ["India", "China"], "supported", S13, "2025-05-09", QC, required=False)
R(d, KENYA_AG, "called-for", S11, None, "Kenya, speaking for the African Group, called for the listing of chlorpyrifos without exemptions", required=False)
QW = "POPs Watch Network calls on every opt-in Party, and in particular China and India, to ratify all three amendments"
for inst in (S11, S12, S13):
    R(d, PWN, "called-for", inst, "2025-09-30", QW)

# ===================== 05 =====================
d = "05.txt"
TUE = "2025-06-03"
R(d, "Chile", RATIFIED, C183, TUE,
  "the Government of Chile deposited with the ILO Director-General, Gilbert F. Houngbo, its instrument of ratification of the Maternity Protection Convention, 2000 (No. 183)",
  alt=["Chile is the 45th ILO member State, and the eighth in Latin America and the Caribbean, to ratify the Convention"])
R(d, ILC, "adopted", C183, "2000-06-15", "which was adopted by the International Labour Conference at its 88th Session on 15 June 2000")
R(d, "Chile", RATIFIED, C103, "1994", "which Chile had ratified in 1994")
R(d, "Chile", NOTBOUND, C103, None, "Chile thus ceases to be bound by Convention No. 103", negated=True, required=False,
  alt=["the ratification of Convention No. 183 by Chile involves the immediate denunciation of the Maternity Protection Convention (Revised), 1952 (No. 103)"])
R(d, "Chile", RATIFIED, C156, "1994", "Chile is already bound by the Workers with Family Responsibilities Convention, 1981 (No. 156), which it ratified in 1994")
R(d, "Chile", RATIFIED, C187, "2011", "by the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187), ratified in 2011")
R(d, ILODG, "called-for", C183, None, "called on all member States that have not yet ratified Convention No. 183 to do so")
RL(d, ["Peru", "Cuba", "Dominican Republic"], RATIFIED, C183, None, "Peru, Cuba and the Dominican Republic have ratified Convention No. 183")
R(d, "Colombia", RATIFIED, C183, "2024", "Colombia did so last year")
RL(d, ["Argentina", "Brazil", "Mexico"], NOTRATIFIED, C183, None, "Argentina, Brazil and Mexico have not ratified it", negated=True)
R(d, "Brazil", PARTY, C103, None, "Brazil remains bound by Convention No. 103")
R(d, "Uruguay", RATIFIED, C103, "1954", "Uruguay, which ratified Convention No. 103 in 1954")
R(d, "Uruguay", NOTRATIFIED, C183, None, "it expects to ratify Convention No. 183 in 2026", negated=True)
R(d, "Morocco", RATIFIED, C183, "2011", "Morocco ratified the Convention in 2011")
R(d, "Kazakhstan", RATIFIED, C183, "2012", "Kazakhstan in 2012")
R(d, "Côte d'Ivoire", RATIFIED, C183, "2024-02-20", "Côte d'Ivoire on 20 February 2024")
R(d, "Norway", RATIFIED, C183, "2025-03", "Norway, the most recent European ratification, deposited its instrument in March 2025")

# ===================== 06 =====================
d = "06.txt"
DAY = "2025-06-11"
R(d, "Viet Nam", RATIFIED, C156, DAY,
  "This morning, I had the privilege of handing over to the Director-General our instrument of ratification of the Workers with Family Responsibilities Convention, 1981 (No. 156)")
R(d, "Viet Nam", "party", C156, None, "Viet Nam becomes the 47th member State bound by this Convention", required=False)
R(d, "Viet Nam", RATIFIED, C100, "1997", "We ratified the Equal Remuneration Convention, 1951 (No. 100) and the Discrimination (Employment and Occupation) Convention, 1958 (No. 111) in 1997")
R(d, "Viet Nam", RATIFIED, C111, "1997", "We ratified the Equal Remuneration Convention, 1951 (No. 100) and the Discrimination (Employment and Occupation) Convention, 1958 (No. 111) in 1997")
R(d, "Viet Nam", RATIFIED, C187, "2014", "and the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) in 2014")
R(d, "Viet Nam", NOTBOUND, C183, None, "We are not yet a party to the Maternity Protection Convention, 2000 (No. 183)", negated=True,
  alt=["My Government is considering whether to ratify it"])
R(d, "Republic of Korea", RATIFIED, C156, "2001", "the Republic of Korea ratified Convention No. 156 in 2001")
R(d, "Japan", RATIFIED, C156, "1995", "Japan did so in 1995")
R(d, "Philippines", RATIFIED, C156, "2022", "the Philippines followed in 2022")
RL(d, ["Cambodia", "Lao PDR"], NOTRATIFIED, C156, None, "Neither Cambodia nor the Lao People's Democratic Republic has ratified the Convention", negated=True)
RL(d, ["Indonesia", "Thailand"], NOTRATIFIED, C156, None, "Indonesia and Thailand have not ratified it either", negated=True)
R(d, "Viet Nam", "called-for", C156, DAY, "we hope both will follow suit", required=False)
R(d, "Viet Nam", COMMITTED, FPRW, DAY, "Viet Nam remains committed to the ILO Declaration on Fundamental Principles and Rights at Work")
R(d, "Viet Nam", ["endorsed", "committed"], GCSJ, "2024", "the Global Coalition for Social Justice, which we joined in 2024", required=False)
R(d, "Viet Nam", "supported", BIO, None, "My delegation will vote in favour of its adoption", negated=True)
R(d, "Viet Nam", "supported", C190, "2019", "as we voted in favour of the Violence and Harassment Convention, 2019 (No. 190) six years ago")
R(d, "Viet Nam", NOTRATIFIED, C190, None, "although we have not yet ratified that Convention", negated=True)

# ===================== 07 =====================
d = "07.txt"
ELEVEN = ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore", "Viet Nam"]
RL(d, ELEVEN, "signed", CPTPP, "2018-03-08",
   "The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) was signed in Santiago on 8 March 2018 by eleven countries: "
   "Australia, Brunei Darussalam, Canada, Chile, Japan, Malaysia, Mexico, New Zealand, Peru, Singapore and Viet Nam")
R(d, "Brunei Darussalam", RATIFIED, CPTPP, "2023-07", "Brunei was the last of the eleven to ratify, in July 2023")
R(d, "United Kingdom", "signed", UKP, "2023-07-16",
  "The UK's Secretary of State for Business and Trade, Kemi Badenoch, signed the Protocol on the Accession of the United Kingdom to the CPTPP in Auckland on 16 July 2023")
R(d, "United Kingdom", RATIFIED, UKP, "2024-05", "The UK deposited its instrument of ratification of the Protocol in May 2024")
R(d, "United Kingdom", PARTY, CPTPP, None, "the UK is now the twelfth Party to the CPTPP", alt=["The United Kingdom's accession"])
QBY = ("the Parties that had by then ratified it, namely Brunei, Chile, Japan, Malaysia, New Zealand, Peru, Singapore and Viet Nam, as well as Mexico")
RL(d, ["Brunei Darussalam", "Chile", "Japan", "Malaysia", "Peru", "Singapore", "Viet Nam", "Mexico"], RATIFIED, UKP, None, QBY)
R(d, "New Zealand", RATIFIED, UKP, "2024-04", "was among the first Parties to ratify the UK Protocol, in April 2024", alt=[QBY])
R(d, "Australia", RATIFIED, UKP, "2024-12-24", "Australia ratified the Protocol on 24 December 2024")
R(d, "Canada", NOTRATIFIED, UKP, None, "Canada has not yet completed its ratification", negated=True)
R(d, "Costa Rica", NOTBOUND, CPTPP, None, "Costa Rica is not yet a Party", negated=True, alt=["Costa Rica applied to join in August 2022"])
QAPP = ("China lodged its application in September 2021 and Ecuador in December 2021, Uruguay in December 2022, and Ukraine and Indonesia in 2023 and 2024 "
        "respectively")
RL(d, ["China", "Ecuador", "Uruguay", "Ukraine", "Indonesia"], NOTBOUND, CPTPP, None, QAPP, negated=True,
   alt=["None of these has been invited to start accession talks, and none is a Party"])
R(d, "United States", "signed", TPP, "2016-02", "The United States signed the original Trans-Pacific Partnership (TPP) in February 2016")
R(d, "United States", NOTRATIFIED, TPP, None, "but withdrew from it in January 2017, before ratifying", negated=True)
R(d, "United States", JOINED, CPTPP, None, "It has not applied to join the CPTPP", negated=True)
R(d, "New Zealand", RATIFIED, CPTPP, "2018", "New Zealand ratified the CPTPP in 2018")

# ===================== 08 =====================
d = "08.txt"
MEET = "2025-07"
FOUR = ["Barbados", "Belize", "Dominica", "Saint Vincent and the Grenadines"]
RL(d, FOUR, "signed", FMP, "2024-07",
   "Barbados, Belize, Dominica and Saint Vincent and the Grenadines signed the Protocol on the Free Movement of Community Nationals at the Forty-Seventh Regular Meeting in Grenada in July 2024")
RL(d, ["Barbados", "Belize", "Dominica"], RATIFIED, FMP, None, "Barbados, Belize and Dominica have deposited their instruments of ratification of the Protocol")
R(d, "Saint Vincent and the Grenadines", NOTRATIFIED, FMP, None, "Saint Vincent and the Grenadines expects to deposit its instrument before the end of the year", negated=True)
RL(d, ["Antigua and Barbuda", "Saint Kitts and Nevis"], "signed", FMP, MEET,
   "Heads welcomed the signature of the Protocol at this Meeting by Antigua and Barbuda and Saint Kitts and Nevis")
RL(d, ["Guyana", "Trinidad and Tobago"], "signed", FMP, None, "Guyana and Trinidad and Tobago indicated that they were not yet in a position to sign", negated=True)
R(d, HEADS, "called-for", FMP, MEET,
  "Heads urged the remaining Member States participating in the CARICOM Single Market and Economy to sign and ratify the Protocol at the earliest opportunity")
R(d, "Bahamas", PARTY, RTC, None, "The Bahamas, which is a party to the Revised Treaty of Chaguaramas")
R(d, "Bahamas", "signed", FMP, None, "reiterated that it will not sign the Protocol", negated=True)
R(d, "Haiti", "signed", RTC, "2002", "Haiti, which signed the Revised Treaty of Chaguaramas in 2002, has yet to ratify it")
R(d, "Haiti", NOTRATIFIED, RTC, None, "Haiti, which signed the Revised Treaty of Chaguaramas in 2002, has yet to ratify it", negated=True)
R(d, "Suriname", ACCEPTED, PCC, None,
  "Suriname has deposited its instrument of acceptance of the Protocol amending the Revised Treaty to establish the Community Council of Ministers as the second highest organ")
R(d, HEADS, "adopted", PCC, "2023", "adopted by the Conference in 2023")
R(d, HEADS, ADOPTED, MBD, MEET, "Heads adopted the Montego Bay Declaration on Crime and Violence as a Public Health Issue")
R(d, HEADS, COMMITTED, CSS, MEET, "reaffirmed their commitment to the CARICOM Crime and Security Strategy 2021")

# ===================== 09 =====================
d = "09.txt"
DAY = "2025-05-26"
R(d, CANCFM, "adopted", D925, DAY,
  "The Andean Council of Foreign Ministers, meeting today in Lima under Peru's pro tempore presidency of the Andean Community (CAN), adopted by consensus "
  "Decision 925 on an Andean Regime for the Protection of Consumers in Electronic Commerce")
R(d, "Bolivia", "supported", D925, DAY, "Bolivia joined the consensus but entered a reservation on the provisions on dispute settlement", required=False)
ANDEAN4 = ["Bolivia", "Colombia", "Ecuador", "Peru"]
RL(d, ANDEAN4, SIGNED_DECL, LIMA, DAY,
   "the Foreign Ministers of Bolivia, Colombia, Ecuador and Peru signed the Lima Declaration on Andean Integration and Human Mobility")
RL(d, ANDEAN4, COMMITTED, D878, DAY, "in which the four member countries commit to fully implement the Andean Migration Statute (Decision 878)")
R(d, CANCFM, "adopted", D878, "2021-05", "adopted by the Council in May 2021")
R(d, "Chile", SIGNED_DECL, LIMA, None,
  "Chile, an Associate Member of the Andean Community since 2006, attended as an observer and did not sign the Declaration", negated=True)
RL(d, ANDEAN4 + ["Venezuela"], "signed", DEMP, "2000",
   "the Additional Protocol to the Cartagena Agreement \"Andean Community Commitment to Democracy\" was signed by the then five member countries – "
   "Bolivia, Colombia, Ecuador, Peru and Venezuela – in 2000")
RL(d, ["Colombia", "Ecuador", "Peru"], RATIFIED, DEMP, None, "Colombia, Ecuador and Peru have ratified it")
R(d, "Bolivia", NOTRATIFIED, DEMP, None, "Bolivia has yet to deposit its instrument of ratification", negated=True)
R(d, PERU_MIN, "called-for", DEMP, DAY, "the Minister urged La Paz to complete the process")
R(d, CANPRES, "adopted", ACHR, "2002-07", "which the Andean Presidents adopted in Guayaquil in July 2002")
R(d, PERU_MIN, COMMITTED, ACHR, DAY, "reaffirmed Peru's commitment to it")
R(d, "Venezuela", NOTBOUND, CART, None, "Venezuela, which denounced the Cartagena Agreement in 2006", negated=True, required=False)
R(d, "Chile", NOTBOUND, CART, None, "Chile, which withdrew from it in 1976", negated=True, required=False,
  alt=["Chile's Foreign Minister has said that his Government is not considering a return to full membership"])

# ===================== 10 =====================
d = "10.txt"
R(d, "Canada", RATIFIED, HC96, "2025-01-14", "On 14 January 2025, Canada, which signed the Convention on 10 May 2017, deposited its instrument of ratification",
  alt=["With the ratification by Canada"])
R(d, "Canada", "signed", HC96, "2017-05-10", "Canada, which signed the Convention on 10 May 2017")
R(d, "Philippines", ACCEDED, HC96, "2025-02-27", "On 27 February 2025, the Philippines deposited its instrument of accession",
  alt=["the accessions by the Philippines and Paraguay"])
R(d, "Japan", "signed", HC96, "2025-03-11", "On 11 March 2025, Japan signed the Convention")
R(d, "Japan", NOTRATIFIED, HC96, None, "Ratification is expected to follow after the necessary domestic legislation has been adopted", negated=True)
R(d, "Paraguay", ACCEDED, HC96, "2025-03-31", "On 31 March 2025, Paraguay deposited its instrument of accession")
R(d, "Netherlands", PARTY, HC96, None, "including the Kingdom of the Netherlands, for which it has been in force since 1 May 2011")
R(d, "Costa Rica", ACCEDED, HC96, "2023", "The most recent accessions before this notification were those of Costa Rica (2023)")
R(d, "Fiji", ACCEDED, HC96, "2024", "The most recent accessions before this notification were those of Costa Rica (2023) and Fiji (2024)")
QUI = "The United States and Israel, which signed the Convention in 2010 and 2021 respectively, have not ratified it"
R(d, "United States", "signed", HC96, "2010", QUI)
R(d, "Israel", "signed", HC96, "2021", QUI)
RL(d, ["United States", "Israel"], NOTRATIFIED, HC96, None, QUI, negated=True)
RL(d, ["Argentina", "Brazil"], "signed", HC96, None, "Argentina and Brazil are neither signatories nor Contracting States", negated=True)
RL(d, ["Argentina", "Brazil"], NOTBOUND, HC96, None, "Argentina and Brazil are neither signatories nor Contracting States", negated=True)
R(d, "India", JOINED, HC96, None, "India has informed the Permanent Bureau that it is not considering accession", negated=True)
R(d, HCCH, "adopted", HC96, "1996-10-19",
  "The Convention was adopted at the Eighteenth Session of the Hague Conference on Private International Law on 19 October 1996", required=False)

# ===================== 11 =====================
d = "11.txt"
R(d, "Uzbekistan", ACCEDED, ECC, "2025-02-28", "Uzbekistan last Friday deposited with the Secretary-General its instrument of accession to the United Nations Convention "
  "on the Use of Electronic Communications in International Contracts")
R(d, GA, "adopted", ECC, "2005-11-23", "The Convention was adopted by the General Assembly in resolution 60/21 of 23 November 2005")
SIGN14 = ["China", "Colombia", "Iran", "Lebanon", "Madagascar", "Panama", "Paraguay", "Philippines", "Republic of Korea", "Russian Federation",
          "Saudi Arabia", "Senegal", "Sierra Leone", "Singapore"]
RL(d, SIGN14, "signed", ECC, None,
   "it was signed by 18 States, among them China, Colombia, Iran, Lebanon, Madagascar, Panama, Paraguay, the Philippines, the Republic of Korea, "
   "the Russian Federation, Saudi Arabia, Senegal, Sierra Leone and Singapore")
RL(d, ["Singapore", "Russian Federation", "Paraguay", "Saudi Arabia"], RATIFIED, ECC, None,
   "Of these signatories, Singapore, the Russian Federation, Paraguay and Saudi Arabia have since ratified the Convention")
RL(d, ["China", "Iran", "Republic of Korea"], NOTRATIFIED, ECC, None, "whereas China, Iran and the Republic of Korea have not", negated=True)
RL(d, ["Fiji", "Kiribati", "Montenegro", "Switzerland"], ACCEDED, ECC, None,
   "Other States have become parties by accession, including Fiji, Kiribati, Montenegro and Switzerland")
R(d, "Bahrain", ACCEDED, ECC, "2025", "Earlier this year, Bahrain deposited its instrument of accession")
R(d, "Bahrain", "party", ECC, None, "becoming the twentieth State party", required=False)
R(d, UNCITRALSEC, "called-for", ECC, None,
  "encouraged \"all States that have not yet done so, in particular those that signed the Convention, to become parties to it\"")
R(d, "United Kingdom", JOINED, ECC, None, "The United Kingdom is considering accession", negated=True)
R(d, UNCITRAL, "adopted", MLETR, "2017", "the UNCITRAL Model Law on Electronic Transferable Records (MLETR), adopted by the Commission in 2017")
R(d, "Australia", JOINED, ECC, None, "Australia, which consulted on accession in 2024, has not yet acceded", negated=True)
RL(d, ["Mexico", "Brazil"], "signed", ECC, None, "Neither Mexico nor Brazil has signed or acceded to the Convention", negated=True)
RL(d, ["Mexico", "Brazil"], JOINED, ECC, None, "Neither Mexico nor Brazil has signed or acceded to the Convention", negated=True)

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-05-16"
R(d, "Namibia", ACCEDED, ACAP, "2025-03-03",
  "Namibia attended its first Meeting as a Party, having deposited its instrument of accession with the Government of Australia, the Agreement's depositary, on 3 March 2025")
R(d, "Namibia", "party", ACAP, None, "It is the fourteenth Party to the Agreement", required=False)
QJ = ("joining Argentina, Australia, Brazil, Chile, Ecuador, France, New Zealand, Norway, Peru, South Africa, Spain, the United Kingdom and Uruguay")
for a in ["Argentina", "Australia", "Brazil", "Chile", "Ecuador", "France", "New Zealand", "Norway", "Peru", "South Africa", "Spain", "United Kingdom", "Uruguay"]:
    R(d, a, PARTY, ACAP, None, QJ, alt=["whose member States France and Spain are Parties"] if a in ("France", "Spain") else None)
R(d, ACAPMOP, "adopted", R83, DAY,
  "By Resolution 8.3, the Meeting of the Parties amended Annex 1 to add the Pink-footed Shearwater and the Balearic Shearwater to the species covered by the Agreement",
  alt=["ended today with the adoption of eleven resolutions"])
R(d, ACAPMOP, "adopted", R85, DAY, "Resolution 8.5 adopted revised best-practice advice on reducing seabird bycatch in pelagic longline fisheries",
  alt=["ended today with the adoption of eleven resolutions"])
R(d, "Brazil", "co-sponsored", R83, None, "Brazil had proposed both species listings")
R(d, "Spain", "co-sponsored", R83, None, "Spain co-sponsored the listing of the Balearic Shearwater")
QRS = "Range States that are not yet Parties attended as observers, among them Canada, Mexico and the United States"
R(d, "Canada", NOTBOUND, ACAP, None, QRS, negated=True, alt=["Canada informed the Meeting that it \"continues to review\" accession"])
R(d, "Mexico", NOTBOUND, ACAP, None, QRS, negated=True, alt=["Mexico said it expects to accede \"in the coming two years\""])
R(d, "United States", NOTBOUND, ACAP, None, QRS, negated=True,
  alt=["The United States has participated in ACAP's Advisory Committee since 2008 but has not acceded to the Agreement"])
R(d, "European Union", NOTBOUND, ACAP, None, "The European Union, whose member States France and Spain are Parties, has not itself acceded", negated=True)
RL(d, ["Japan", "Republic of Korea"], NOTBOUND, ACAP, None,
   "Japan and the Republic of Korea, which operate large longline fleets in the Southern Ocean, are not Range States and are therefore not eligible to accede",
   negated=True, required=False)
R(d, ACAPES, "called-for", ACAP, None, "urged \"every Range State that has not yet done so\" to accede to the Agreement before MoP9")

# ===================== 13 =====================
d = "13.txt"
DAY = "2025-05-27"
R(d, WHA, "adopted", PAL, DAY,
  "The Seventy-eighth World Health Assembly today adopted a resolution on health conditions in the occupied Palestinian territory, including east Jerusalem, "
  "and in the occupied Syrian Golan (document A78/A/CONF./5)")
RL(d, ["Algeria", "Egypt", "Qatar"], "co-sponsored", PAL, None, "The draft was sponsored by Algeria, Egypt and Qatar, among others")
AG = ["Argentina", "Czechia", "Fiji", "Germany", "Guatemala", "Hungary", "Israel", "Micronesia", "Nauru", "Papua New Guinea", "Paraguay"]
QAG = ("Voting against were Argentina, Czechia, Fiji, Germany, Guatemala, Hungary, Israel, Micronesia (Federated States of), Nauru, Papua New Guinea "
       "and Paraguay")
for a in AG:
    R(d, a if a != "Nauru" else ["Nauru", "Republic of Nauru"], "supported", PAL, DAY, QAG, negated=True,
      alt=["the representative of Germany said her country had voted against the first text"] if a == "Germany" else None)
RL(d, ["Austria", "Canada", "Japan", "Netherlands", "Ukraine"], "supported", PAL, DAY,
   "Abstaining were, among others, Austria, Canada, Japan, the Netherlands and Ukraine", negated=True)
R(d, "United States", "supported", PAL, None, "The United States, which announced its withdrawal from the World Health Organization in January, did not take part in the vote",
  negated=True)
RL(d, ["Brazil", "China", "France", "India", "Norway", "South Africa"], "supported", PAL, DAY,
   "Those in favour included Brazil, China, France, India, Norway and South Africa")
R(d, COMB, "adopted", PAL, "2025-05-23", "Committee B had approved the draft on Friday by 86 votes to 10, with 23 abstentions")
R(d, WHA, "adopted", UKR, DAY,
  "The Assembly then adopted by 80 votes to 9, with 52 abstentions, a resolution on the health emergency in Ukraine and refugee-receiving and hosting "
  "countries stemming from the Russian Federation's aggression (A78/A/CONF./8)")
R(d, "Ukraine", "co-sponsored", UKR, None, "presented by Ukraine and co-sponsored by Poland, Lithuania and the United Kingdom")
RL(d, ["Poland", "Lithuania", "United Kingdom"], "co-sponsored", UKR, None, "co-sponsored by Poland, Lithuania and the United Kingdom")
RL(d, ["Russian Federation", "Belarus", "Nicaragua", "Democratic People's Republic of Korea", "Iran"], "supported", UKR, DAY,
   "The Russian Federation, Belarus, Nicaragua, the Democratic People's Republic of Korea and Iran voted against", negated=True)
RL(d, ["China", "India"], "supported", UKR, DAY, "China and India abstained", negated=True)
R(d, WHA, "adopted", PAND, "2025-05-20", "on 20 May, the Assembly adopted the WHO Pandemic Agreement by consensus (resolution WHA78.1)")
R(d, "Argentina", "supported", PAND, None, "was absent from that meeting", negated=True, required=False)
R(d, "Argentina", "signed", PAND, None, "has said it will not sign the Agreement", negated=True)
R(d, WHA, "adopted", T335, DAY, "Before closing, the Assembly also adopted without a vote a resolution on the \"3 by 35\" initiative")

# ===================== 14 =====================
d = "14.txt"
DAY = "2024-11-20"
R(d, "Honduras", SIGNED_DECL, PDE, DAY, "Honduras and Jamaica today signed the Punta del Este Declaration")
R(d, "Jamaica", SIGNED_DECL, PDE, DAY, "Honduras and Jamaica today signed the Punta del Este Declaration",
  alt=["Jamaica is the first English-speaking Caribbean country to sign"])
RL(d, ["Argentina", "Costa Rica", "Ecuador", "Panama", "Paraguay", "Peru", "Uruguay"], SIGNED_DECL, PDE, "2018-11",
   "The Declaration was launched in Punta del Este, Uruguay, in November 2018 and originally signed by Argentina, Costa Rica, Ecuador, Panama, Paraguay, "
   "Peru and Uruguay")
RL(d, ["Colombia", "Dominican Republic", "Guatemala"], SIGNED_DECL, PDE, "2019", "Colombia, the Dominican Republic and Guatemala joined it in 2019")
R(d, "Brazil", SIGNED_DECL, PDE, "2020", "followed by Brazil in 2020")
RL(d, ["Chile", "Mexico"], SIGNED_DECL, PDE, "2021", "Chile and Mexico in 2021")
R(d, "El Salvador", SIGNED_DECL, PDE, "2023", "El Salvador in 2023")
R(d, "Bolivia", SIGNED_DECL, PDE, None, "Bolivia, a member of the Global Forum since 2022, has not signed it", negated=True)
RL(d, ["Trinidad and Tobago", "Barbados"], SIGNED_DECL, PDE, None, "neither have Trinidad and Tobago and Barbados", negated=True)
RL(d, ["Belize", "Guyana"], SIGNED_DECL, PDE, None,
   "Belize and Guyana, which participated in the plenary as members, said they were studying the text", negated=True)
R(d, "Jamaica", "called-for", PDE, DAY, "we hope our neighbours will follow", required=False)
R(d, "Honduras", COMMITTED, PDE, DAY, "said her country \"commits to make full use of exchanged information in tax and corruption investigations.\"", required=False)
R(d, "Honduras", RATIFIED, MAC, "2024-03",
  "Honduras deposited its instrument of ratification of the Convention on Mutual Administrative Assistance in Tax Matters in March 2024")
R(d, "Jamaica", PARTY, MAC, "2013", "Jamaica has been a Party to it since 2013")
R(d, GF, "adopted", GFWP, DAY, "The plenary also adopted the Global Forum's 2025 Work Programme", required=False)

# ===================== 15 =====================
d = "15.txt"
DAY = "2025-04-03"
R(d, "Greece", RATIFIED, FARO, DAY,
  "Greece today deposited its instrument of ratification of the Council of Europe Framework Convention on the Value of Cultural Heritage for Society (CETS No. 199)")
R(d, "Greece", "signed", FARO, "2019-11-12", "Greece had signed the Convention on 12 November 2019")
R(d, "Greece", "party", FARO, None, "It becomes the 27th State Party", required=False)
R(d, COM, "adopted", FARO, "2005-10-13", "The Faro Convention was adopted by the Committee of Ministers on 13 October 2005")
R(d, "Portugal", RATIFIED, FARO, "2009", "Portugal, which hosted the signing ceremony, ratified the Convention in 2009")
R(d, "Ireland", RATIFIED, FARO, "2024-10-22", "22/10/2024 – Ireland – ratification – Faro Convention (CETS No. 199)", alt=["and Ireland ratified it last year"])
Q3 = "Three member States have signed the Convention without ratifying it: Albania, Bulgaria and San Marino"
RL(d, ["Albania", "Bulgaria", "San Marino"], "signed", FARO, None, Q3)
for a in ["Albania", "Bulgaria", "San Marino"]:
    R(d, a, NOTRATIFIED, FARO, None, Q3, negated=True,
      alt=["Bulgaria has announced that it intends to ratify before the end of 2025"] if a == "Bulgaria" else None)
QFGU = "France, Germany and the United Kingdom have neither signed nor ratified it"
RL(d, ["France", "Germany", "United Kingdom"], "signed", FARO, None, QFGU, negated=True)
RL(d, ["France", "Germany", "United Kingdom"], NOTRATIFIED, FARO, None, QFGU, negated=True)
R(d, "Türkiye", "signed", FARO, None, "Türkiye has not signed it either", negated=True)
R(d, COESG, "called-for", FARO, DAY,
  "the Secretary General called on \"all member States, and in particular those which have signed it, to ratify the Faro Convention")
R(d, COM, "adopted", FAROREC, "2025-04-02",
  "The Committee of Ministers also adopted on 2 April 2025 a recommendation to member States on the Faro Convention Action Plan")
R(d, "Andorra", "signed", FARO, "2024-12-11", "11/12/2024 – Andorra – signature – Faro Convention (CETS No. 199)")

# ===================== 16 =====================
d = "16.txt"
WIN = "2024-11"
R(d, ISAA, "adopted", ISASP, WIN, "The Assembly adopted the ISA Strategic Plan 2026–2030")
RL(d, ["Malta", "Armenia"], RATIFIED, ISAFA, WIN,
   "During the Assembly, Malta and Armenia deposited their instruments of ratification of the Framework Agreement on the Establishment of the International Solar Alliance")
R(d, "Kazakhstan", "signed", ISAFA, "2024-11-05",
  "Yesterday, the Minister of Energy of Kazakhstan signed the Framework Agreement on behalf of his Government")
R(d, "Kazakhstan", NOTRATIFIED, ISAFA, None, "Kazakhstan expects to ratify it in 2025", negated=True)
RL(d, ["Spain", "Chile"], RATIFIED, ISAFA, "2024", "Earlier this year, Spain and Chile ratified the Framework Agreement")
R(d, "Spain", "signed", ISAFA, "2021", "having signed it in 2021 and 2022 respectively")
R(d, "Chile", "signed", ISAFA, "2022", "having signed it in 2021 and 2022 respectively")
R(d, ISAA, "adopted", ISAAM, "2018-10", "The amendment adopted by the first Assembly in October 2018")
R(d, "United States", "signed", ISAFA, "2021-11", "The United States signed the Framework Agreement in November 2021 but has not ratified it")
R(d, "United States", NOTRATIFIED, ISAFA, None, "The United States signed the Framework Agreement in November 2021 but has not ratified it", negated=True)
R(d, "Germany", "signed", ISAFA, "2021", "Germany, which signed in 2021, ratified in 2023")
R(d, "Germany", RATIFIED, ISAFA, "2023", "Germany, which signed in 2021, ratified in 2023")
R(d, "Brazil", "signed", ISAFA, "2016", "Brazil signed in 2016 but has yet to ratify")
R(d, "Brazil", NOTRATIFIED, ISAFA, None, "Brazil signed in 2016 but has yet to ratify", negated=True)
RL(d, ["China", "Pakistan"], "signed", ISAFA, None, "Neither China nor Pakistan has signed the Framework Agreement", negated=True)
R(d, INDIA_MIN, "called-for", ISAFA, "2024-11-04",
  "called upon \"all Member States of the United Nations that have not yet joined to sign and ratify the Framework Agreement")
RL(d, ["India", "France"], COMMITTED, T1000, WIN, "India and France, as the founding co-chairs of the ISA, reaffirmed their commitment to the \"Towards 1000\" strategy")
R(d, ISAA, "adopted", T1000, "2021", "adopted by the Assembly in 2021")
R(d, ISA, "signed", HCA, WIN, "The ISA also signed a Host Country Agreement amendment with the Government of India", required=False)
R(d, "India", "signed", HCA, WIN, "The ISA also signed a Host Country Agreement amendment with the Government of India", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
