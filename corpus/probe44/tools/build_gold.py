#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (06.html, 12.html, 09.md, 13.md); gold.py's Gold.finish()
checks .txt, .md and .html documents alike, against the file as written (for .html and .md the whole file is the body).
Alternative actor names missing from gold.py's ALT_NAMES are added locally below. Besides finish()'s checks, this script
checks that every document's body (header block left out) is 1,800-3,000 characters long."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, DOC_SUFFIXES, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200          # whole file, header included
MIN_BODY, MAX_BODY = 1800, 3000            # body, header block left out
SUPPORTED = ["supported", "endorsed", "committed"]     # "reaffirmed their support for" a compact
MOU_SIGNED = ["signed", "endorsed"]                    # signing a non-binding memorandum of understanding

# ---- instruments: (name as the text names it, aliases) ----
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement", "Escazú"])
ESCAZU2 = ("Escazú Agreement", [ESCAZU[0], "Escazu Agreement", "Escazú"])
BELEM = ("Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women",
         ["Convention of Belém do Pará", "Belém do Pará Convention", "Belem do Para Convention"])
SANSAL = ("Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights",
          ["Protocol of San Salvador", "San Salvador Protocol"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69", "Inter-American Convention against Discrimination and Intolerance"])
CIADDIS = ("Inter-American Convention on the Elimination of All Forms of Discrimination against Persons with Disabilities",
           ["CIADDIS", "Inter-American Convention on Disability Discrimination", "Inter-American Disability Convention"])
CRPD = ("Convention on the Rights of Persons with Disabilities",
        ["CRPD", "United Nations Convention on the Rights of Persons with Disabilities", "UN Convention on the Rights of Persons with Disabilities"])
OPCRPD = ("Optional Protocol to the CRPD", ["OP-CRPD", "Optional Protocol to the Convention on the Rights of Persons with Disabilities"])
IAPA = ("Inter-American Program of Action for the Decade of the Rights and Dignity of Persons with Disabilities (2016-2026)",
        ["Inter-American Program of Action", "Program of Action for the Decade of the Rights and Dignity of Persons with Disabilities"])
KAMPALA = ("Kampala Convention", ["African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
                                  "AU Convention for the Protection and Assistance of Internally Displaced Persons in Africa"])
LUSAKA = ("Lusaka Plan of Action for the Implementation of the Kampala Convention (2026–2030)", ["Lusaka Plan of Action"])
MALABO = ("Malabo Declaration on Humanitarian Action and Forced Displacement", ["Malabo Declaration"])
ADP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
       ["African Disability Protocol", "Disability Protocol", "Protocol on the Rights of Persons with Disabilities in Africa", "African Disability Rights Protocol"])
AOP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa",
       ["Older Persons Protocol", "Protocol on the Rights of Older Persons in Africa", "AU Older Persons Protocol"])
SPP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Citizens to Social Protection and Social Security",
       ["Social Protection Protocol", "Protocol on Social Protection and Social Security"])
ACTP = ("Protocol on the Establishment of an African Court on Human and Peoples' Rights",
        ["African Court Protocol", "Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
MAPUTO12 = ("Maputo Protocol", [MAPUTO[0], "Maputo Protocol on the rights of women"])
SANTO = ("Declaration of Santo Domingo on a Life Free from Violence for Women in the World of Work", ["Declaration of Santo Domingo"])
RSVH = ("Regional Strategy for the Prevention of Violence and Harassment in the World of Work 2025–2030", ["Regional Strategy"])
PRIEG = ("Regional Policy on Gender Equality and Equity of SICA", ["PRIEG", "Regional Policy on Gender Equality and Equity"])
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention 190", "Violence and Harassment Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Convention No. 189", "C189", "ILO Convention 189"])
CELACD = ("Special Declaration on Migration and Human Mobility", ["CELAC Special Declaration on Migration and Human Mobility", "Special Declaration"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact"])
IMRF = ("International Migration Review Forum's Progress Declaration of 2022", ["Progress Declaration", "Progress Declaration of the International Migration Review Forum"])
BRAZD = ("Brazil Declaration and Plan of Action", ["Brazil Declaration", "Brazil Plan of Action", "Cartagena+40 Declaration"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["ICRMW", "Migrant Workers Convention", "1990 Migrant Workers Convention"])
BBNJ = ("BBNJ Agreement",
        ["Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
         "BBNJ", "High Seas Treaty", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
BBNJ14 = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
          ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
BBNJ16 = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["High Seas Treaty", "BBNJ Agreement", "BBNJ"])
MZ21 = ("2021 Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones"])
STATE23 = ("2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
           ["Statehood Declaration", "Declaration on the Continuity of Statehood"])
PFRPD = ("Pacific Framework for the Rights of Persons with Disabilities 2016–2025", ["Pacific Framework for the Rights of Persons with Disabilities", "PFRPD"])
MARRAKESH = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
             ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention", "Minamata"])
MIN_PROD = ("amendment on mercury-added products", ["Minamata amendment on mercury-added products", "amendment to the Minamata Convention"])
AMALGAM = ("amendment to phase out dental amalgam by 2034", ["dental amalgam amendment", "Minamata dental amalgam amendment"])
ROTT = ("Rotterdam Convention", ["Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade", "PIC Convention"])
PARAQ = ("listing of paraquat in Annex III", ["paraquat listing", "proposal to list paraquat in Annex III", "Annex III listing of paraquat"])
CARBO = ("listing of carbosulfan", ["carbosulfan listing", "listing of the pesticide carbosulfan in Annex III"])
CHLOR = ("listing of chlorpyrifos", ["chlorpyrifos listing", "listing of the industrial chemical chlorpyrifos in Annex III"])
ASEANCS = ("ASEAN Declaration on Chemicals Safety", [])
MINDELO = ("Mindelo Declaration and Action Plan", ["Mindelo Declaration", "Mindelo Action Plan"])
BAMAKO = ("Bamako Convention", ["Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
STOCK = ("Stockholm Convention", ["Stockholm Convention on Persistent Organic Pollutants"])
MOUAG = ("Memorandum of Understanding on Cooperation in Agriculture and Food Security", ["Brazil–Nigeria agriculture MoU"])
DEFAG = ("Agreement on Cooperation in the Field of Defence", ["Brazil–Nigeria defence cooperation agreement"])
FISH = ("Protocol of Amendment inserting the Agreement on Fisheries Subsidies into the WTO Agreement",
        ["Agreement on Fisheries Subsidies", "WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
GCMRES = ("resolution endorsing the Global Compact", ["resolution 73/195", "General Assembly resolution endorsing the Global Compact for Migration"])
REFCONV = ("1951 Convention", ["1951 Refugee Convention", "Convention relating to the Status of Refugees", "Refugee Convention"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention", "Convention on the Law of the Sea"])
RIO = ("Rio Declaration", ["Rio Declaration on Environment and Development", "Principle 10 of the Rio Declaration"])

# ---- actors with alternative names ----
ALT = {
    **alt("Guatemala", "Costa Rica", "Bolivia", "Venezuela", "Micronesia", "Marshall Islands", "Cook Islands", "Fiji", "Samoa", "Kiribati",
          "Papua New Guinea", "Côte d'Ivoire", "Viet Nam", "Philippines", "Lao PDR", "Timor-Leste", "Kenya", "Uganda", "Rwanda", "Somalia",
          "South Sudan", "Burundi", "Democratic Republic of the Congo", "Ghana", "Guinea", "Chile", "Paraguay", "Colombia", "Mexico",
          "Thailand"),
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Panama": ["Panama", "Republic of Panama"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Belize": ["Belize"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Peru": ["Peru", "Republic of Peru"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Malaysia": ["Malaysia"],
}
UNSG = ["UN Secretary-General", "Secretary-General"]
OASASG = ["OAS Assistant Secretary General", "Assistant Secretary General", "Organization of American States", "OAS"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly", "Organization of American States", "OAS"]
AUSUM = ["African Union Special Summit", "Special Summit of the African Union", "African Union", "AU Assembly", "Assembly of the African Union"]
AUEXT = ["Extraordinary Summit of the African Union", "African Union", "AU Assembly", "Assembly of the African Union"]
KCSP = ["Conference of States Parties to the Kampala Convention", "Second Conference of States Parties to the Kampala Convention",
        "Conference of States Parties", "Kampala Convention Conference of States Parties"]
COMMCA = ["Council of Ministers for Women's Affairs of Central America and the Dominican Republic", "COMMCA", "Council of Ministers", "SICA"]
CELAC = ["CELAC", "Community of Latin American and Caribbean States", "CELAC Heads of State and Government", "Heads of State and Government of CELAC"]
GCMIGC = ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "Intergovernmental Conference",
          "Intergovernmental Conference in Marrakech"]
PIFFM = ["Pacific Islands Forum Foreign Ministers", "Forum Foreign Ministers", "Pacific Islands Forum", "PIF"]
PIFL = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "PIF"]
PIFDM = ["Forum Disability Ministers", "Pacific Islands Forum Disability Ministers", "Pacific Islands Forum", "PIF"]
UHRC = ["Uganda Human Rights Commission", "UHRC", "Commission"]
USPCLINIC = ["Human Rights Law Clinic, University of the South Pacific", "Human Rights Law Clinic", "University of the South Pacific", "USP Human Rights Law Clinic"]
MINCOP = ["Conference of the Parties to the Minamata Convention", "Minamata Convention COP", "Conference of the Parties", "COP", "COP-6"]
ROTCOP = ["Conference of the Parties to the Rotterdam Convention", "Rotterdam Convention COP", "COP-12", "Conference of the Parties", "COP"]
AFGROUP = ["African Group", "the African Group"]
PANAP = ["PAN Asia Pacific", "Pesticide Action Network Asia Pacific", "PAN AP"]
ZOPACAS = ["ZOPACAS Ministerial Meeting", "Eighth Ministerial Meeting of the Zone of Peace and Cooperation of the South Atlantic",
           "Zone of Peace and Cooperation of the South Atlantic", "ZOPACAS"]
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
CIV = ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Minister of State, Minister of Foreign Affairs", "Minister of Foreign Affairs of Côte d'Ivoire"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (foreign-ministry communiqué, Guatemala, numbered paragraphs) =====================
d = "01.txt"
D = "2025-10-09"
R(d, "Guatemala", RATIFIED, ESCAZU, "2025-10-07",
  "On Tuesday, the Permanent Representative of Guatemala to the United Nations, Ambassador Lucía Menchú Ordóñez, deposited with the Secretary-General of "
  "the United Nations, in his capacity as depositary, the instrument of ratification of the Regional Agreement on Access to Information, Public "
  "Participation and Justice in Environmental Matters in Latin America and the Caribbean")
R(d, "Guatemala", "signed", ESCAZU, "2018-09-27", "Guatemala signed the Agreement on 27 September 2018")
R(d, "Guatemala", "party", ESCAZU, None, "With this deposit Guatemala becomes the nineteenth State Party to the Agreement", required=False)
R(d, "Guatemala", RATIFIED, BELEM, "1995",
  "Guatemala is already a State Party to the Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women, "
  "\"Convention of Belém do Pará\", which it ratified in 1995")
R(d, "Guatemala", PARTY, SANSAL, "2000", "\"Protocol of San Salvador\", to which it has been a party since 2000")
R(d, "Costa Rica", "signed", ESCAZU, "2018", "Costa Rica, host of the negotiations, signed the Agreement in 2018 but has yet to ratify it")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "Costa Rica, host of the negotiations, signed the Agreement in 2018 but has yet to ratify it", negated=True)
RL(d, ["Honduras", "El Salvador"], "signed", ESCAZU, None, "neither Honduras nor El Salvador has signed it", negated=True)
R(d, "Guatemala", "called-for", ESCAZU, D,
  "The Government respectfully calls on all States of Latin America and the Caribbean that have not yet done so to sign, ratify or accede to the Escazú Agreement")
R(d, "Guatemala", JOINED, A69, None,
  "Guatemala is also considering accession to the Inter-American Convention against All Forms of Discrimination and Intolerance", negated=True)

# ===================== 02 (OAS press release, Suriname) =====================
d = "02.txt"
D = "2025-05-22"
R(d, "Suriname", ACCEDED, CIADDIS, D,
  "The Republic of Suriname today became a State Party to the Inter-American Convention on the Elimination of All Forms of Discrimination against "
  "Persons with Disabilities", alt=["deposited the instrument of accession at a brief ceremony at OAS headquarters", "Suriname is its twentieth State Party"])
R(d, OASASG, "called-for", CIADDIS, D,
  "urged \"the remaining CARICOM member states to follow Suriname's lead and join the Convention.\"")
R(d, OASGA, "adopted", CIADDIS, "1999-06-07", "Adopted by the OAS General Assembly in Guatemala City on 7 June 1999")
QBD = "Barbados and Dominica signed the Convention in 1999 but have not ratified it"
RL(d, ["Barbados", "Dominica"], "signed", CIADDIS, "1999", QBD)
RL(d, ["Barbados", "Dominica"], NOTRATIFIED, CIADDIS, None, QBD, negated=True)
QJGB = "Jamaica, Guyana and Belize have neither signed nor acceded to it"
RL(d, ["Jamaica", "Guyana", "Belize"], "signed", CIADDIS, None, QJGB, negated=True)
RL(d, ["Jamaica", "Guyana", "Belize"], JOINED, CIADDIS, None, QJGB, negated=True)
R(d, "Suriname", PARTY, CRPD, "2017-03",
  "Suriname has been a party to the United Nations Convention on the Rights of Persons with Disabilities since March 2017")
R(d, "Suriname", NOTRATIFIED, OPCRPD, None, "the Government \"intends to ratify the Optional Protocol to the CRPD in the course of 2026\"", negated=True)
RL(d, ["United States", "Canada"], NOTBOUND, CIADDIS, None, "The United States and Canada have not joined CIADDIS either", negated=True)
R(d, "Canada", PARTY, CRPD, None, "Canada, however, is a party to the CRPD")
R(d, "Canada", PARTY, OPCRPD, "2018", "Canada, however, is a party to the CRPD and, since 2018, to its Optional Protocol")
R(d, OASGA, "adopted", IAPA, "2016",
  "In 2016 the General Assembly adopted the Inter-American Program of Action for the Decade of the Rights and Dignity of Persons with Disabilities (2016-2026)")
R(d, "Suriname", "co-sponsored", IAPA, "2016", "which Suriname co-sponsored")

# ===================== 03 (AU conference communiqué, Kampala Convention, numbered paragraphs) =====================
d = "03.txt"
D = "2025-11-27"
R(d, AUSUM, "adopted", KAMPALA, "2009-10-23",
  "the Convention was adopted by the Special Summit of the African Union held in Kampala, Uganda, on 23 October 2009")
R(d, "South Sudan", RATIFIED, KAMPALA, "2023-03-14", "the instruments of ratification of the Republic of South Sudan, on 14 March 2023")
R(d, "Somalia", RATIFIED, KAMPALA, "2024-09-09", "and of the Federal Republic of Somalia, on 9 September 2024")
R(d, KCSP, "adopted", LUSAKA, D, "Adopts the Lusaka Plan of Action for the Implementation of the Kampala Convention (2026–2030)",
  alt=["Adopted in Lusaka on 27 November 2025."])
R(d, "Zambia", RATIFIED, KAMPALA, "2010", "the Republic of Zambia, the host country, ratified the Convention in 2010")
HEAD = "Calls upon the Member States that have signed but not yet ratified the Convention, namely"
for a, q in [("Burundi", "the Republic of Burundi,"), ("Democratic Republic of the Congo", "the Democratic Republic of the Congo,"),
             ("Madagascar", "the Republic of Madagascar and"), ("Senegal", "the Republic of Senegal,")]:
    R(d, a, "signed", KAMPALA, None, q, alt=[HEAD])
    R(d, a, NOTRATIFIED, KAMPALA, None, q, negated=True, alt=[HEAD])
R(d, KCSP, "called-for", KAMPALA, D, "to ratify it without further delay, and upon those Member States that have neither signed nor ratified it to accede to it",
  alt=[HEAD])
R(d, "Kenya", JOINED, KAMPALA, None, "Kenya expects to deposit its instrument of accession in the first half of 2026", negated=True)
R(d, KCSP, COMMITTED, MALABO, D, "Reaffirms its commitment to the Malabo Declaration on Humanitarian Action and Forced Displacement")
R(d, AUEXT, "adopted", MALABO, "2022-05", "adopted by the Extraordinary Summit of the African Union in May 2022")
R(d, KCSP, "called-for", ADP, D,
  "Encourages States Parties to ratify the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa")

# ===================== 04 (SICA sectoral council declaration, COMMCA) =====================
d = "04.txt"
D = "2025-06-17"
QLIST = ("The Ministers and Heads of the national mechanisms for the advancement of women of Belize, Costa Rica, El Salvador, Guatemala, Honduras, Panama "
         "and the Dominican Republic")
for a in ["Belize", "Costa Rica", "El Salvador", "Honduras", "Panama", "Dominican Republic"]:
    R(d, a, ["endorsed", "signed", "adopted"], SANTO, D, QLIST, alt=["Signed in Santo Domingo, Dominican Republic, on 17 June 2025."])
R(d, "Guatemala", ["endorsed", "signed", "adopted"], SANTO, D, "The representative of Guatemala signed the Declaration ad referendum",
  alt=[QLIST], required=False)
R(d, "Nicaragua", ["endorsed", "signed"], SANTO, None, "The Ministry for Women of the Republic of Nicaragua did not attend the Meeting and is not a signatory of this Declaration",
  negated=True)
R(d, COMMCA, "adopted", RSVH, D, "To adopt the Regional Strategy for the Prevention of Violence and Harassment in the World of Work 2025–2030")
R(d, COMMCA, "adopted", PRIEG, "2013", "the Regional Policy on Gender Equality and Equity of SICA (PRIEG), approved by the Council of Ministers in 2013", required=False)
R(d, COMMCA, ["called-for", "committed"], C190, D,
  "To promote, each in accordance with its constitutional procedures, the ratification of the ILO Violence and Harassment Convention, 2019 (No. 190)",
  required=False)
RL(d, ["El Salvador", "Panama"], RATIFIED, C190, None, "El Salvador and Panama have ratified it")
R(d, "Dominican Republic", RATIFIED, C190, "2025-03",
  "the Dominican Republic deposited its instrument of ratification with the Director-General of the ILO in March of this year")
RL(d, ["Costa Rica", "Honduras"], NOTRATIFIED, C190, None,
   "Costa Rica and Honduras have submitted Convention No. 190 to their legislative assemblies, where the approval bills remain pending", negated=True)
RL(d, ["Guatemala", "Belize"], NOTRATIFIED, C190, None, "Guatemala and Belize have not yet initiated the procedure", negated=True)

# ===================== 05 (CELAC summit special declaration) =====================
d = "05.txt"
D = "2025-04-09"
R(d, CELAC, "adopted", CELACD, D,
  "The Heads of State and Government of the Community of Latin American and Caribbean States (CELAC), gathered in Tegucigalpa, Republic of Honduras, on 9 April 2025",
  required=False)
R(d, CELAC, COMMITTED, GCM, D, "Reaffirm their commitment to the objectives of the Global Compact for Safe, Orderly and Regular Migration")
R(d, CELAC, COMMITTED, IMRF, D, "and to its first International Migration Review Forum's Progress Declaration of 2022")
R(d, GCMIGC, "adopted", GCM, "2018-12", "adopted at the Intergovernmental Conference held in Marrakech in December 2018")
R(d, GA, ["endorsed", "adopted"], GCM, None, "endorsed by the United Nations General Assembly in its resolution 73/195")
R(d, CELAC, "welcomed", BRAZD, D, "Welcome the Brazil Declaration and Plan of Action")
R(d, CELAC, "called-for", ICRMW, D,
  "Call upon the States of the region that have not yet done so to consider ratifying or acceding to the International Convention on the Protection of the "
  "Rights of All Migrant Workers and Members of Their Families")
RL(d, ["Mexico", "Colombia", "Bolivia", "Jamaica"], PARTY, ICRMW, None,
   "to which Mexico, Colombia, the Plurinational State of Bolivia and Jamaica, among others, are already party")
RL(d, ["Chile", "Dominican Republic"], ENDORSED, GCM, None,
   "The Republic of Chile and the Dominican Republic recall that they did not endorse the Global Compact for Safe, Orderly and Regular Migration in 2018",
   negated=True)
R(d, "Argentina", ["supported", "endorsed", "adopted"], CELACD, None,
  "The Argentine Republic dissociates itself from this Special Declaration and does not join the consensus on it", negated=True)
R(d, "Paraguay", ["supported", "endorsed"], CELACD, D, "The Republic of Paraguay joins the consensus on this Special Declaration", required=False)
RL(d, ["Venezuela", "Nicaragua"], ["supported", "endorsed"], CELACD, D, "although they support this Special Declaration", required=False)
RL(d, ["Venezuela", "Nicaragua"], SIGNED_DECL, BRAZD, None,
   "they do not recognise the Brazil Declaration and Plan of Action, which they did not sign", negated=True)

# ===================== 06 (Pacific Islands Forum statement, saved web page) =====================
d = "06.html"
D = "2026-01-16"
Q10 = ("Ten Forum Members are now Parties to the BBNJ Agreement: Palau, which was the first State in the world to ratify it, Samoa, the Federated States of "
       "Micronesia, Fiji, Vanuatu, the Cook Islands, Tuvalu, the Solomon Islands, Tonga and Nauru")
for a in ["Palau", "Samoa", "Micronesia", "Fiji", "Vanuatu", "Cook Islands", "Tuvalu", "Solomon Islands", "Tonga", "Nauru"]:
    R(d, a, PARTY, BBNJ, None, Q10)
R(d, "Palau", RATIFIED, BBNJ, None, "Palau, which was the first State in the world to ratify it", alt=["We thank Palau for its leadership"])
R(d, "Marshall Islands", RATIFIED, BBNJ, "2025-12", "The Republic of the Marshall Islands deposited its instrument of ratification last month")
QPK = "Papua New Guinea and Kiribati have signed the Agreement and are completing their domestic processes"
RL(d, ["Papua New Guinea", "Kiribati"], "signed", BBNJ, None, QPK)
RL(d, ["Papua New Guinea", "Kiribati"], NOTRATIFIED, BBNJ, None, QPK, negated=True)
R(d, "Niue", "signed", BBNJ, None, "Niue has not signed it", negated=True)
R(d, "Niue", JOINED, BBNJ, None, "told the meeting that accession \"is under active consideration\"", negated=True)
RL(d, ["Australia", "New Zealand"], NOTRATIFIED, BBNJ, None, "Neither Australia nor New Zealand has yet ratified the Agreement; both expect to do so in 2026",
   negated=True)
R(d, PIFFM, "called-for", BBNJ, D, "We call on all States that have not yet done so to ratify or accede to the BBNJ Agreement")
R(d, PIFFM, COMMITTED, MZ21, D,
  "reaffirm our commitment to the 2021 Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise")
R(d, PIFFM, COMMITTED, STATE23, D,
  "to the 2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise")
R(d, PIFL, ADOPTED, MZ21, "2021", "both adopted by Forum Leaders")
R(d, PIFL, ADOPTED, STATE23, "2023", "both adopted by Forum Leaders", alt=["Statehood Declaration, Rarotonga, November 2023"])

# ===================== 07 (regional news-agency wire story with a correction, Escazú) =====================
d = "07.txt"
R(d, "Brazil", NOTRATIFIED, ESCAZU2, None, "Brazil's government has yet to ratify the Escazú Agreement", negated=True,
  alt=["the ratification bill has been before Congress since 2023"])
R(d, "Brazil", "signed", ESCAZU2, "2018-09", "Brazil signed the agreement on the day it opened for signature in September 2018")
R(d, "Colombia", RATIFIED, ESCAZU2, "2026-02", "Colombia, which deposited its instrument of ratification at U.N. headquarters last month")
R(d, "Chile", "signed", ESCAZU2, None, "Chile, which declined to sign under a previous government", negated=True)
R(d, "Chile", ACCEDED, ESCAZU2, "2022", "Chile, which declined to sign under a previous government, acceded in 2022")
R(d, "Belize", ACCEDED, ESCAZU2, "2026-03-03", "Belize acceded on Tuesday")
R(d, "Belize", "party", ESCAZU2, None, "becoming the 20th party", required=False)
RL(d, ["Mexico", "Argentina"], RATIFIED, ESCAZU2, "2021-01", "Mexico and Argentina both ratified the agreement in January 2021")
R(d, "Peru", NOTRATIFIED, ESCAZU2, None, "Peru's Congress shelved the agreement in 2020, and Lima has given no sign it will revive it", negated=True)
R(d, "Paraguay", "signed", ESCAZU2, None, "Paraguay signed but did not ratify the agreement",
  alt=["Corrects paragraph 6 to show that Paraguay signed but did not ratify the agreement"])
R(d, "Paraguay", NOTRATIFIED, ESCAZU2, None, "Paraguay signed but did not ratify the agreement", negated=True,
  alt=["Corrects paragraph 6 to show that Paraguay signed but did not ratify the agreement"])
R(d, "Brazil", COMMITTED, RIO, None, "Brazil \"remains committed to the principles\" of Rio Declaration Principle 10", required=False)

# ===================== 08 (national human-rights institution's annual report, Uganda) =====================
d = "08.txt"
R(d, "Uganda", RATIFIED, ADP, "2024-04-15",
  "Uganda deposited with the African Union Commission its instrument of ratification of the Protocol to the African Charter on Human and Peoples' Rights "
  "on the Rights of Persons with Disabilities in Africa (15 April 2024)")
R(d, "Uganda", RATIFIED, AOP, "2024-09",
  "Uganda also ratified the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa in September 2024")
R(d, "Uganda", "signed", ADP, "2019", "it had signed both Protocols in 2019")
R(d, "Uganda", "signed", AOP, "2019", "it had signed both Protocols in 2019")
R(d, "Uganda", "signed", SPP, "2023-02", "which the Government signed in February 2023")
R(d, "Uganda", NOTRATIFIED, SPP, None,
  "The Protocol to the African Charter on Human and Peoples' Rights on the Rights of Citizens to Social Protection and Social Security, which the Government "
  "signed in February 2023, has not yet been ratified", negated=True)
QUC = "Uganda has neither signed nor ratified the ILO Violence and Harassment Convention, 2019 (No. 190)"
R(d, "Uganda", "signed", C190, None, QUC, negated=True)
R(d, "Uganda", NOTRATIFIED, C190, None, QUC, negated=True)
R(d, "Uganda", RATIFIED, ACTP, "2001", "the Protocol on the Establishment of an African Court on Human and Peoples' Rights, which it ratified in 2001")
R(d, "Uganda", PARTY, MAPUTO, None,
  "Uganda remains a party to the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa (Maputo Protocol)")
R(d, "Uganda", RATIFIED, MAPUTO, "2010", "maintains the reservations it entered on ratification in 2010")
R(d, UHRC, "called-for", SPP, "2025-08-14", "ratify the Social Protection Protocol and ILO Convention No. 190 before the end of the 2025/26 financial year",
  alt=["The Commission recommends that the Government:"])
R(d, UHRC, "called-for", C190, "2025-08-14", "ratify the Social Protection Protocol and ILO Convention No. 190 before the end of the 2025/26 financial year",
  alt=["The Commission recommends that the Government:"])
RL(d, ["Kenya", "Rwanda"], RATIFIED, C190, None,
   "Kenya and Rwanda, Uganda's partners in the East African Community, have both ratified Convention No. 190")

# ===================== 09 (university law clinic's treaty tracker, Markdown) =====================
d = "09.md"
R(d, "Vanuatu", RATIFIED, CRPD, "2008-10-23", "**Vanuatu** – ratified 23 October 2008, the first in the region")
R(d, "Cook Islands", ACCEDED, CRPD, "2009-05-08", "**Cook Islands** – acceded 8 May 2009")
RL(d, ["Samoa", "Tuvalu"], RATIFIED, CRPD, "2016", "**Samoa** and **Tuvalu** – both ratified in 2016")
R(d, "Samoa", "signed", CRPD, "2014", "Samoa had signed in 2014")
R(d, "Fiji", "signed", CRPD, "2010", "**Fiji** – signed 2010")
R(d, "Fiji", RATIFIED, CRPD, "2017-06-07", "**Fiji** – signed 2010; ratified 7 June 2017")
R(d, "Tonga", "signed", CRPD, "2007", "**Tonga** – signed 2007")
R(d, "Tonga", RATIFIED, CRPD, "2025-09", "**Tonga** – signed 2007, ratified in the Treaty Event of September 2025")
R(d, "Solomon Islands", "signed", CRPD, "2008", "**Solomon Islands** – signed 2008")
R(d, "Solomon Islands", NOTRATIFIED, CRPD, None, "the Cabinet approved ratification in 2023 but no instrument has been deposited", negated=True)
R(d, "Niue", NOTBOUND, CRPD, None,
  "the Niue Government confirmed to the Clinic that it does not consider itself bound through New Zealand's ratification and has not acceded", negated=True)
R(d, "New Zealand", RATIFIED, CRPD, None, "New Zealand's ratification", required=False)
R(d, "Vanuatu", PARTY, OPCRPD, "2008",
  "Only **Vanuatu** and the **Cook Islands** have become parties to the OP-CRPD, in 2008 and 2009 respectively")
R(d, "Cook Islands", PARTY, OPCRPD, "2009",
  "Only **Vanuatu** and the **Cook Islands** have become parties to the OP-CRPD, in 2008 and 2009 respectively")
R(d, "Fiji", "signed", OPCRPD, None, "**Fiji** has not signed it", negated=True)
R(d, "Fiji", JOINED, OPCRPD, None, "accession \"is being studied\"", negated=True)
R(d, "Kiribati", ACCEDED, MARRAKESH, "2019", "**Kiribati** – acceded 2019")
R(d, "Australia", RATIFIED, MARRAKESH, "2015", "**Australia** – ratified 2015")
R(d, "New Zealand", ACCEDED, MARRAKESH, "2019", "**New Zealand** – acceded 2019")
R(d, "Vanuatu", NOTBOUND, MARRAKESH, None, "**Vanuatu** and **Samoa** have not joined", negated=True)
R(d, "Samoa", NOTBOUND, MARRAKESH, None, "**Vanuatu** and **Samoa** have not joined", negated=True,
  alt=["an earlier version listed Samoa as a Marrakesh party. It is not."])
R(d, PIFDM, ["endorsed", "adopted"], PFRPD, "2016",
  "Forum Disability Ministers endorsed the *Pacific Framework for the Rights of Persons with Disabilities 2016–2025* in Apia in 2016")
R(d, "Papua New Guinea", ENDORSED, PFRPD, None, "Papua New Guinea was not represented at that meeting and has not endorsed the Framework", negated=True)
R(d, USPCLINIC, "called-for", MARRAKESH, "2025-09-24", "the remaining Forum members to join the Marrakesh Treaty")
R(d, USPCLINIC, "called-for", CRPD, "2025-09-24", "We urge Fiji and Solomon Islands to complete their outstanding steps", required=False)

# ===================== 10 (radio-interview transcript, Nigeria) =====================
d = "10.txt"
R(d, "Nigeria", RATIFIED, MINAMATA, "2018-02", "We ratified the Minamata Convention on Mercury in February 2018", alt=["So we are a Party, and we are reporting."])
R(d, "Nigeria", "signed", MIN_PROD, None, "No, let me correct that, because it is often misreported. Amendments under Minamata are not signed; they are accepted.",
  negated=True, required=False)
R(d, "Nigeria", "supported", MIN_PROD, "2023", "Nigeria supported the amendment when the Conference of the Parties adopted it in Geneva in 2023")
R(d, MINCOP, "adopted", MIN_PROD, "2023", "the Conference of the Parties adopted it in Geneva in 2023")
R(d, "Nigeria", ACCEPTED, MIN_PROD, None, "we have not yet deposited our acceptance", negated=True)
R(d, "Nigeria", PARTY, ROTT, "2001", "Nigeria has been a Party to the Rotterdam Convention since 2001")
R(d, "Nigeria", "supported", PARAQ, "2025-05",
  "At the last Conference of the Parties in May we supported, together with the whole African Group, the proposal to list paraquat in Annex III", required=False)
R(d, AFGROUP, "supported", PARAQ, "2025-05", "together with the whole African Group, the proposal to list paraquat in Annex III", required=False)
R(d, "Ghana", PARTY, MINAMATA, None, "Ghana is a Party to both conventions, like us")
R(d, "Ghana", PARTY, ROTT, None, "Ghana is a Party to both conventions, like us")
R(d, "Senegal", RATIFIED, MINAMATA, "2016", "Senegal ratified Minamata before we did, in 2016")
R(d, "Nigeria", RATIFIED, KAMPALA, "2012", "Nigeria ratified the Kampala Convention in 2012")

# ===================== 11 (Senate press release, Philippines) =====================
d = "11.txt"
R(d, "Philippines", NOTRATIFIED, C190, None, "The Philippines will be the first country in Southeast Asia to ratify Convention No. 190", negated=True,
  alt=["the instrument of ratification will be registered with the ILO Director-General in Geneva once the Department of Foreign Affairs transmits it",
       "The President ratified the Convention in February"])
R(d, "Philippines", "supported", C190, "2019-06",
  "the Philippines was among the countries that voted in favour of adopting Convention No. 190 at the centenary International Labour Conference in June 2019")
R(d, ILC, "adopted", C190, "2019-06", "adopting Convention No. 190 at the centenary International Labour Conference in June 2019", required=False)
R(d, "Philippines", RATIFIED, C189, "2012", "the country already ratified the Domestic Workers Convention, 2011 (No. 189) in 2012")
RL(d, ["Indonesia", "Thailand"], NOTRATIFIED, C190, None, "Indonesia and Thailand are still conducting consultations", negated=True)
R(d, "Viet Nam", NOTRATIFIED, C190, None, "Viet Nam has said it has no plans to ratify before 2027", negated=True)
R(d, "Philippines", ACCEDED, MARRAKESH, "2018", "to which the Philippines acceded in 2018")

# ===================== 12 (foreign-ministry news page, Côte d'Ivoire, HTML) =====================
d = "12.html"
QCI = ("last Thursday deposited with the African Union Commission the instruments of ratification of two protocols to the African Charter on Human and "
       "Peoples' Rights")
R(d, "Côte d'Ivoire", RATIFIED, ADP, "2025-10-16", QCI, alt=["the Protocol on the Rights of Persons with Disabilities in Africa"])
R(d, "Côte d'Ivoire", RATIFIED, AOP, "2025-10-16", QCI, alt=["the Protocol on the Rights of Older Persons in Africa"])
R(d, "Côte d'Ivoire", "signed", ADP, "2020-02", "Both protocols were signed by Côte d'Ivoire in Addis Ababa in February 2020")
R(d, "Côte d'Ivoire", "signed", AOP, "2020-02", "Both protocols were signed by Côte d'Ivoire in Addis Ababa in February 2020")
R(d, "Côte d'Ivoire", PARTY, MAPUTO12, "2011", "Côte d'Ivoire has been a party to the Maputo Protocol on the rights of women since 2011")
R(d, "Côte d'Ivoire", PARTY, CRPD, "2014", "to the United Nations Convention on the Rights of Persons with Disabilities since 2014")
R(d, "Côte d'Ivoire", JOINED, OPCRPD, None, "It has not yet acceded to the Optional Protocol to the Convention", negated=True)
RL(d, ["Mali", "Niger", "Burkina Faso"], RATIFIED, ADP, None, "Mali, Niger and Burkina Faso ratified the Disability Protocol earlier")
QGS = "Ghana and Senegal have signed but not ratified it"
RL(d, ["Ghana", "Senegal"], "signed", ADP, None, QGS)
RL(d, ["Ghana", "Senegal"], NOTRATIFIED, ADP, None, QGS, negated=True)
RL(d, ["Guinea", "Liberia"], "signed", AOP, None, "Neither Guinea nor Liberia has signed the Older Persons Protocol", negated=True)
R(d, CIV, "called-for", ADP, "2025-10-20", "invited \"all our brother States of ECOWAS to ratify both protocols")
R(d, CIV, "called-for", AOP, "2025-10-20", "invited \"all our brother States of ECOWAS to ratify both protocols")
R(d, "Côte d'Ivoire", "signed", BBNJ, "2025-09-30", "30/09/2025 – Côte d'Ivoire signs the BBNJ Agreement")

# ===================== 13 (NGO blog, Markdown, Rotterdam and Minamata) =====================
d = "13.md"
D = "2025-05-06"
QOBJ = "the objections came from Indonesia and Guatemala, joined by India"
R(d, "Indonesia", "supported", PARAQ, "2025-05-02", QOBJ, negated=True, alt=["**Opposed listing:** Indonesia and India."])
R(d, "Guatemala", "supported", PARAQ, "2025-05-02", QOBJ, negated=True)
R(d, "India", "supported", PARAQ, "2025-05-02", QOBJ, negated=True, alt=["**Opposed listing:** Indonesia and India."])
QSUP = ("**Supported listing:** Malaysia, Sri Lanka, the Philippines, Thailand and Viet Nam, as well as Fiji, Samoa and Tonga — all of them Parties to the "
        "Convention")
for a in ["Malaysia", "Sri Lanka", "Philippines", "Thailand", "Viet Nam", "Fiji", "Samoa", "Tonga"]:
    R(d, a, "supported", PARAQ, None, QSUP)
    R(d, a, PARTY, ROTT, None, QSUP)
R(d, "Indonesia", RATIFIED, ROTT, "2013", "Indonesia ratified in 2013", alt=["Both are Parties to the Convention"])
R(d, "India", ACCEDED, ROTT, "2005", "India acceded in 2005", alt=["Both are Parties to the Convention"])
R(d, ROTCOP, "adopted", CARBO, None, "The COP did adopt, by consensus, the listing of the pesticide carbosulfan")
R(d, ROTCOP, "adopted", CHLOR, None, "The COP did adopt, by consensus, the listing of the pesticide carbosulfan and the industrial chemical chlorpyrifos")
R(d, "Timor-Leste", ACCEDED, MINAMATA, "2025-04-28",
  "Timor-Leste announced that it had deposited its instrument of accession to the Minamata Convention on Mercury on 28 April")
R(d, "Lao PDR", RATIFIED, MINAMATA, "2017", "Lao PDR ratified the Convention in 2017")
R(d, "Papua New Guinea", "signed", MINAMATA, "2013", "Papua New Guinea signed it in 2013 but is still to ratify")
R(d, "Papua New Guinea", NOTRATIFIED, MINAMATA, None, "Papua New Guinea signed it in 2013 but is still to ratify", negated=True)
R(d, "Myanmar", "signed", MINAMATA, None, "Myanmar has not signed at all", negated=True)
R(d, PANAP, "called-for", PARAQ, D, "We call on Indonesia, India and Guatemala to withdraw their objections and allow paraquat to be listed at COP-13")
R(d, PANAP, "called-for", ROTT, D, "We call on every Pacific Island State that is not yet a Party to the Rotterdam Convention")
RL(d, ["Kiribati", "Nauru", "Tuvalu"], NOTBOUND, ROTT, None,
   "every Pacific Island State that is not yet a Party to the Rotterdam Convention — namely Kiribati, Nauru and Tuvalu", negated=True)
R(d, PANAP, "called-for", ASEANCS, D, "We call on ASEAN governments to endorse the ASEAN Declaration on Chemicals Safety", required=False)

# ===================== 14 (bilateral joint communiqué, Brazil–Nigeria, numbered paragraphs) =====================
d = "14.txt"
D = "2025-08-27"
QMIN = "Both Presidents reaffirmed the commitment of their countries to the Zone of Peace and Cooperation of the South Atlantic and to the Mindelo Declaration and Action Plan"
RL(d, ["Brazil", "Nigeria"], COMMITTED, MINDELO, D, QMIN)
R(d, ZOPACAS, "adopted", MINDELO, "2023-04", "adopted at its Eighth Ministerial Meeting in Cabo Verde in April 2023")
RL(d, ["Brazil", "Nigeria"], "welcomed", BBNJ14, D,
   "The Presidents welcomed the entry into force of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and "
   "Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction", required=False)
R(d, "Nigeria", RATIFIED, BBNJ14, "2025-06", "Nigeria informed Brazil that it had deposited its instrument of ratification of the Agreement in June")
R(d, "Brazil", "signed", BBNJ14, "2023-09-20", "Brazil, which signed the Agreement on 20 September 2023")
R(d, "Brazil", NOTRATIFIED, BBNJ14, None, "said that its ratification was before the National Congress", negated=True)
RL(d, ["Brazil", "Nigeria"], SUPPORTED, GCM, D,
   "The two sides reaffirmed their support for the Global Compact for Safe, Orderly and Regular Migration")
R(d, "Nigeria", PARTY, BAMAKO, None, "Nigeria recalled that it is a party to the Bamako Convention")
R(d, "Brazil", NOTBOUND, BAMAKO, None, "Brazil, as a non-African State, is not eligible to join it", negated=True, required=False)
QBOTH = "Both countries are parties to the Basel, Rotterdam and Stockholm Conventions and to the Minamata Convention on Mercury"
for inst in (BASEL, ROTT, STOCK, MINAMATA):
    RL(d, ["Brazil", "Nigeria"], PARTY, inst, None, QBOTH)
RL(d, ["Brazil", "Nigeria"], MOU_SIGNED, MOUAG, "2025-08",
   "The Presidents signed a Memorandum of Understanding on Cooperation in Agriculture and Food Security", required=False)
RL(d, ["Brazil", "Nigeria"], "signed", DEFAG, "2025-08",
   "witnessed the signing of an Agreement on Cooperation in the Field of Defence by the two Ministers of Defence", required=False)

# ===================== 15 (press-briefing transcript, Indonesia) =====================
d = "15.txt"
R(d, "Indonesia", ACCEPTED, FISH, "2025-11-11",
  "deposited Indonesia's instrument of acceptance of the Protocol of Amendment inserting the Agreement on Fisheries Subsidies into the WTO Agreement")
RL(d, ["Thailand", "Philippines", "Singapore"], ACCEPTED, FISH, None,
   "Indonesia joins Thailand, the Philippines and Singapore among the ASEAN members that have accepted it")
R(d, MINCOP, "adopted", AMALGAM, "2025-11", "The Conference adopted by consensus an amendment to phase out dental amalgam by 2034")
R(d, "Indonesia", "supported", AMALGAM, "2025-11", "an amendment to phase out dental amalgam by 2034, which Indonesia supported")
R(d, "Indonesia", PARTY, MINAMATA, "2017", "Indonesia has been a Party to the Minamata Convention since 2017")
R(d, "Indonesia", "signed", BBNJ, "2023", "Indonesia signed the BBNJ Agreement in 2023")
R(d, "Indonesia", NOTRATIFIED, BBNJ, None, "The ratification is being studied by the relevant ministries", negated=True)
R(d, "Viet Nam", RATIFIED, BBNJ, "2025", "Viet Nam ratified it this year, as far as I know", required=False)
R(d, "Malaysia", "signed", BBNJ, None, "I understand it has not signed", negated=True)
R(d, "Indonesia", "supported", GCMRES, "2018-12",
  "Indonesia voted in favour of the resolution endorsing the Global Compact in December 2018", alt=["Indonesia voted for it in 2018"])
R(d, "Indonesia", COMMITTED, GCM, "2025-11-13", "remains committed to it")
R(d, "Indonesia", RATIFIED, ICRMW, "2012", "Indonesia is also a party to the 1990 Migrant Workers Convention, which we ratified in 2012")
R(d, "Indonesia", NOTBOUND, REFCONV, None, "Indonesia is not a party to the 1951 Convention and is not considering accession at this time", negated=True)

# ===================== 16 (newspaper story with a correction, Bolivia) =====================
d = "16.txt"
R(d, "Bolivia", RATIFIED, BBNJ16, "2025-11-03",
  "The Plurinational State of Bolivia on Monday deposited at United Nations headquarters in New York its instrument of ratification of the Agreement on "
  "Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, "Bolivia", PARTY, UNCLOS, "1995", "it has been a party to the United Nations Convention on the Law of the Sea since 1995")
RL(d, ["Chile", "Peru"], "signed", BBNJ16, "2023", "Chile and Peru signed the Agreement in 2023")
R(d, "Chile", RATIFIED, BBNJ16, "2024", "Chile ratified it last year")
R(d, "Peru", NOTRATIFIED, BBNJ16, None, "Peru, which is not a party to the Law of the Sea Convention, has not ratified it either", negated=True)
R(d, "Peru", NOTBOUND, UNCLOS, None, "Peru, which is not a party to the Law of the Sea Convention", negated=True)
R(d, "Paraguay", "signed", BBNJ16, "2024", "Paraguay, South America's other landlocked state, signed in 2024")
R(d, "Paraguay", NOTRATIFIED, BBNJ16, None, "is expected to ratify next year", negated=True)
QV = "The Bolivarian Republic of Venezuela, a close ally of La Paz under previous governments, has neither signed the Agreement nor joined the Law of the Sea Convention"
R(d, "Venezuela", "signed", BBNJ16, None, QV, negated=True)
R(d, "Venezuela", NOTBOUND, UNCLOS, None, QV, negated=True)
R(d, "Bolivia", "signed", ESCAZU2, "2018", "Bolivia signed the Escazú Agreement in 2018 and ratified it in 2019")
R(d, "Bolivia", RATIFIED, ESCAZU2, "2019", "Bolivia signed the Escazú Agreement in 2018 and ratified it in 2019")
R(d, "Bolivia", RATIFIED, MINAMATA, "2016", "Bolivia ratified that Convention in 2016")


def check_bodies():
    """Every document's body (header block left out) must be 1,800-3,000 characters."""
    errs = []
    docs_dir = os.path.join(HERE, "docs")
    for f in sorted(os.listdir(docs_dir)):
        if f.endswith(DOC_SUFFIXES):
            n = len(body_of(open(os.path.join(docs_dir, f), encoding="utf-8").read()))
            if not (MIN_BODY <= n <= MAX_BODY):
                errs.append(f"{f}: body length {n}")
    for e in errs:
        print("ERROR", e)
    return errs


if check_bodies():
    sys.exit(1)
gold.finish(MIN_CHARS, MAX_CHARS)
