#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe49/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Two documents are not .txt (07.html, 08.md); gold.py's Gold.finish() checks their quotes
against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity. Two documents (04,
16) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote comes from it. Alternative
actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: governments reporting on their own treaty record (a foreign ministry's annual-report chapter, written answers to
parliamentary questions, a report to a treaty body and a follow-up report, a voluntary national review chapter, a year-in-review
press release, a gazette notice of treaty actions, an embassy's bilateral page, a legislative agenda, a mid-term review of a
human-rights action plan, a UPR mid-term report, a joint press release after a State visit, an anniversary speech, a government
response to a committee report). What binds a State is the deposit, the exchange of instruments or of notes, or the notification
that its procedures are complete; a parliament's approval or resolution, a cabinet's approval or decision, a bill and a
government decree approving a national plan are domestic steps and give no record. Where the text says the binding step is still
to come, or that the State "intends", "expects", "is considering", "is studying", the State gets a negated record. Entry into
force is not an act; a reservation withdrawn or a declaration made is not a treaty action either. "We", "our country", "the
Kingdom", "the Government" resolve to the State the document speaks for, even where that State is named only in a heading or the
metadata block. Depositaries are never actors for receiving an instrument."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
MOU_SIGNED = ["signed", "endorsed"]            # signing a non-binding memorandum of understanding or arrangement
SIGNED_BINDING = ["signed", "party"]           # a signature that binds without ratification ("does not require ratification")
COSPONSORED = ["co-sponsored", "supported"]    # presenting and co-sponsoring a resolution

# ---- instruments: (name as the text names it, aliases) ----
# 01 Namibia
NIAMEY = ("African Union Convention on Cross-Border Cooperation", ["Niamey Convention", "AU Convention on Cross-Border Cooperation", "Convention on Cross-Border Cooperation"])
LLMC96 = ("Protocol of 1996 to amend the Convention on Limitation of Liability for Maritime Claims, 1976",
          ["1996 Protocol to the Convention on Limitation of Liability for Maritime Claims", "LLMC 1996 Protocol", "1996 LLMC Protocol",
           "Convention on Limitation of Liability for Maritime Claims, 1976, as amended by the Protocol of 1996"])
WRECK = ("Nairobi International Convention on the Removal of Wrecks, 2007", ["Nairobi Convention", "Nairobi Wreck Removal Convention", "Wreck Removal Convention"])
SADCIND = ("SADC Protocol on Industry", ["Protocol on Industry", "SADC Industry Protocol"])
ITPGRFA = ("International Treaty on Plant Genetic Resources for Food and Agriculture", ["ITPGRFA", "Plant Treaty"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA", "African Continental Free Trade Area Agreement"])
NAAOEXT = ("Extradition Treaty between the Republic of Namibia and the Republic of Angola", ["Namibia–Angola Extradition Treaty", "Extradition Treaty"])
OSBP = ("Agreement on the Establishment and Operation of the Mamuno–Trans-Kalahari One-Stop Border Post",
        ["Mamuno–Trans-Kalahari One-Stop Border Post Agreement", "One-Stop Border Post Agreement", "Namibia–Botswana One-Stop Border Post Agreement"])
AFRIPOL = ("Statute of the African Union Mechanism for Police Cooperation (AFRIPOL)", ["AFRIPOL Statute", "Statute of the African Union Mechanism for Police Cooperation"])
DECENTR = ("African Charter on the Values and Principles of Decentralisation, Local Governance and Local Development",
           ["African Charter on Decentralisation", "Charter on the Values and Principles of Decentralisation, Local Governance and Local Development"])
# 02 India
BIT_BY = ("Bilateral Investment Treaty between India and Belarus", ["India–Belarus BIT", "India–Belarus Bilateral Investment Treaty"])
BIT_KG = ("Bilateral Investment Treaty between India and Kyrgyzstan", ["India–Kyrgyzstan BIT", "India–Kyrgyz Republic Bilateral Investment Treaty"])
BIT_AE = ("Bilateral Investment Treaty between India and the United Arab Emirates", ["India–UAE BIT", "India–United Arab Emirates Bilateral Investment Treaty"])
BIT_IL = ("Bilateral Investment Treaty between India and Israel", ["India–Israel BIT", "India–Israel Bilateral Investment Treaty"])
ICFT_BR = ("Investment Cooperation and Facilitation Treaty between India and Brazil", ["India–Brazil ICFT", "Investment Cooperation and Facilitation Treaty"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention", "Washington Convention"])
INUKCETA = ("Comprehensive Economic and Trade Agreement between India and the United Kingdom", ["India–UK CETA", "India–United Kingdom Comprehensive Economic and Trade Agreement", "CETA"])
BIT_UK = ("Bilateral Investment Treaty between India and the United Kingdom", ["India–UK BIT", "India–United Kingdom Bilateral Investment Treaty"])
# 03 Jordan
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "the Covenant"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the Covenant"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["ILO Convention No. 87", "C087", "Convention No. 87"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "1951 Convention", "Refugee Convention"])
REF67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol", "1967 Refugee Protocol"])
ARABREF = ("Arab Convention on Regulating Status of Refugees in the Arab Countries", ["Arab Refugee Convention", "1994 Arab Convention on Refugees"])
JOUNHCR = ("Memorandum of Understanding between the Government of the Hashemite Kingdom of Jordan and UNHCR", ["Jordan–UNHCR Memorandum of Understanding", "1998 Memorandum of Understanding"])
JCOMPACT = ("Jordan Compact", ["The Jordan Compact"])
JRP = ("Jordan Response Plan for the Syria Crisis 2024–2026", ["Jordan Response Plan", "JRP 2024–2026"])
JOPHDW = ("Agreement on the Employment of Domestic Workers (Jordan–Philippines)", ["Jordan–Philippines domestic workers agreement", "Agreement on the Employment of Domestic Workers"])
JOKELAB = ("bilateral labour agreement between Jordan and Kenya", ["Jordan–Kenya labour agreement", "draft agreement with Kenya"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Convention No. 189", "C189", "ILO Domestic Workers Convention"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
ARABCH = ("Arab Charter on Human Rights", ["Arab Charter"])
ARABCOURT = ("Statute of the Arab Court of Human Rights", ["Arab Court of Human Rights Statute", "Arab Court Statute"])
# 04 Solomon Islands
FFA = ("South Pacific Forum Fisheries Agency Convention", ["FFA Convention", "Forum Fisheries Agency Convention"])
NAURU = ("Nauru Agreement Concerning Cooperation in the Management of Fisheries of Common Interest", ["Nauru Agreement"])
PALAU = ("Palau Arrangement for the Management of the Western Pacific Purse Seine Fishery", ["Palau Arrangement"])
WCPFC = ("Convention on the Conservation and Management of Highly Migratory Fish Stocks in the Western and Central Pacific Ocean", ["WCPF Convention", "WCPFC Convention"])
USTT23 = ("2023 amendments to the Treaty on Fisheries between the Governments of Certain Pacific Island States and the Government of the United States of America",
          ["amendments to the South Pacific Tuna Treaty", "2023 amendments to the Treaty on Fisheries", "South Pacific Tuna Treaty amendments"])
NIUESA = ("Subsidiary Agreement to the Niue Treaty on Cooperation in Fisheries Surveillance and Law Enforcement in the South Pacific Region",
          ["Niue Treaty Subsidiary Agreement", "Subsidiary Agreement to the Niue Treaty"])
NOUMEA = ("Convention for the Protection of the Natural Resources and Environment of the South Pacific Region", ["Noumea Convention"])
WAIGANI = ("Waigani Convention", ["Convention to Ban the Importation into Forum Island Countries of Hazardous and Radioactive Wastes and to Control the Transboundary Movement and Management of Hazardous Wastes within the South Pacific Region"])
MARPOL = ("International Convention for the Prevention of Pollution from Ships", ["MARPOL"])
MARPOL6 = ("MARPOL Annex VI", ["Annex VI of MARPOL", "Annex VI"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas agreement", "High Seas Treaty"])
AGENDA30 = ("2030 Agenda for Sustainable Development", ["2030 Agenda", "resolution 70/1"])
ABAS = ("Antigua and Barbuda Agenda for SIDS", ["ABAS", "Antigua and Barbuda Agenda for Small Island Developing States"])
FRDP = ("Framework for Resilient Development in the Pacific 2017–2030", ["FRDP", "Framework for Resilient Development in the Pacific"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Agreement on Port State Measures", "Port State Measures Agreement", "PSMA"])
# 05 Uruguay
EUMERC = ("Partnership Agreement between MERCOSUR and the European Union", ["EU–MERCOSUR Partnership Agreement", "MERCOSUR-European Union Partnership Agreement", "EU-Mercosur Agreement"])
MVDECL = ("Montevideo Declaration on Regional Integration and Connectivity", ["Montevideo Declaration"])
BOLPROT = ("Protocol of Accession of the Plurinational State of Bolivia to MERCOSUR", ["Protocol of Accession of Bolivia to MERCOSUR", "Bolivia's Protocol of Accession"])
IAMLA = ("Inter-American Convention on Mutual Assistance in Criminal Matters", ["Nassau Convention"])
IAMLAOP = ("Optional Protocol related to the Inter-American Convention on Mutual Assistance in Criminal Matters", ["Managua Optional Protocol", "Optional Protocol to the Inter-American Convention on Mutual Assistance in Criminal Matters"])
ADULTS = ("Convention of 13 January 2000 on the International Protection of Adults", ["Hague Convention on the International Protection of Adults", "HCCH 2000 Adults Convention", "Adults Convention"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
UYJPDTC = ("Convention between the Oriental Republic of Uruguay and Japan for the Elimination of Double Taxation with respect to Taxes on Income and the Prevention of Tax Evasion and Avoidance",
           ["Uruguay–Japan double taxation Convention", "Japan–Uruguay tax convention", "double taxation Convention with Japan"])
UYCLANT = ("Agreement on Cooperation in Antarctic Matters between Uruguay and Chile", ["Uruguay–Chile Antarctic cooperation agreement", "Agreement on Cooperation in Antarctic Matters"])
UYCNEXT = ("Treaty on Extradition between Uruguay and the People's Republic of China", ["Uruguay–China extradition treaty", "Treaty on Extradition with the People's Republic of China"])
# 06 Malta
ITLOSPI = ("Agreement on the Privileges and Immunities of the International Tribunal for the Law of the Sea", ["ITLOS Privileges and Immunities Agreement", "Agreement on the Privileges and Immunities of ITLOS"])
CETS207 = ("Additional Protocol to the European Charter of Local Self-Government on the right to participate in the affairs of a local authority (CETS No. 207)",
           ["CETS No. 207", "Additional Protocol to the European Charter of Local Self-Government", "Utrecht Protocol"])
MTKEDTC = ("Convention between the Government of Malta and the Government of the Republic of Kenya for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
           ["Malta–Kenya double taxation convention", "Convention with the Republic of Kenya"])
MTMESS = ("Agreement on Social Security between Malta and Montenegro", ["Malta–Montenegro social security agreement"])
MTQAASA = ("Air Services Agreement between the Government of Malta and the Government of the State of Qatar", ["Malta–Qatar Air Services Agreement"])
MTNZWH = ("Agreement between the Government of Malta and the Government of New Zealand concerning a Working Holiday Scheme", ["Malta–New Zealand Working Holiday Scheme Agreement", "Working Holiday Scheme"])
ETS193 = ("Council of Europe Convention on the Protection of Animals during International Transport (Revised) (CETS No. 193)",
          ["European Convention for the Protection of Animals during International Transport (Revised)", "CETS No. 193", "ETS No. 193"])
ETS24 = ("European Convention on Extradition (ETS No. 24)", ["European Convention on Extradition", "ETS No. 24"])
# 07 Korea / Paraguay
KRPYCULT = ("Cultural Agreement between the Republic of Korea and the Republic of Paraguay", ["Korea–Paraguay Cultural Agreement", "Cultural Agreement"])
KRPYVISA = ("Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official Passports (Korea–Paraguay)", ["Korea–Paraguay visa waiver agreement", "Agreement on the Waiver of Visa Requirements"])
KRPYBIT = ("Agreement on the Promotion and Protection of Investments (Korea–Paraguay)", ["Korea–Paraguay investment agreement", "Korea–Paraguay BIT", "Agreement on the Promotion and Protection of Investments"])
KRPYEXT = ("Treaty on Extradition between the Republic of Korea and the Republic of Paraguay", ["Korea–Paraguay Extradition Treaty", "Treaty on Extradition"])
KRPYCUST = ("Agreement on Mutual Administrative Assistance in Customs Matters (Korea–Paraguay)", ["Korea–Paraguay customs agreement", "Agreement on Mutual Administrative Assistance in Customs Matters"])
KRPYDIG = ("Memorandum of Understanding on Cooperation in Digital Government (Korea–Paraguay)", ["Korea–Paraguay digital government MoU", "Memorandum of Understanding on Cooperation in Digital Government"])
KRPYWH = ("Working Holiday Agreement (Korea–Paraguay)", ["Korea–Paraguay Working Holiday Agreement", "Working Holiday Agreement"])
KRMERC = ("Korea–MERCOSUR Trade Agreement", ["trade agreement with MERCOSUR", "Korea–MERCOSUR TA"])
GGGI = ("Agreement on the Establishment of the Global Green Growth Institute", ["GGGI Agreement", "Global Green Growth Institute Agreement"])
# 08 Iceland
EFTAMY = ("Free Trade Agreement between the EFTA States and Malaysia", ["EFTA–Malaysia FTA", "EFTA–Malaysia Economic Partnership Agreement", "EFTA-Malaysia Free Trade Agreement"])
EFTAMERC = ("Free Trade Agreement between the EFTA States and the MERCOSUR States", ["EFTA–MERCOSUR FTA", "EFTA-Mercosur Free Trade Agreement"])
NORDSSAM = ("Agreement amending the Nordic Convention on Social Security", ["amending Agreement to the Nordic Convention on Social Security"])
NORDSS = ("Nordic Convention on Social Security", ["2012 Nordic Convention on Social Security"])
EEAJCD = ("EEA Joint Committee Decision No. 191/2025", ["Decision No. 191/2025", "EEA Joint Committee Decision"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
EFTAUA = ("Agreement amending the Free Trade Agreement between the EFTA States and Ukraine", ["modernised EFTA–Ukraine FTA", "EFTA–Ukraine FTA amending Agreement"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225"])
# 09 Georgia
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "C190", "ILO Violence and Harassment Convention"])
ECSS = ("European Code of Social Security", ["ETS No. 48", "Code of Social Security"])
RESC = ("European Social Charter (revised)", ["Revised European Social Charter", "European Social Charter (Revised)", "ETS No. 163"])
CCPROT = ("Additional Protocol to the European Social Charter providing for a System of Collective Complaints", ["Collective Complaints Protocol", "ETS No. 158"])
CETS144 = ("Convention on the Participation of Foreigners in Public Life at Local Level (CETS No. 144)", ["CETS No. 144", "ETS No. 144"])
ECN = ("European Convention on Nationality", ["ETS No. 166"])
IDPRES = ("General Assembly resolution 78/295 on the status of internally displaced persons and refugees from Abkhazia, Georgia and the Tskhinvali region/South Ossetia, Georgia",
          ["resolution 78/295", "A/RES/78/295", "Status of internally displaced persons and refugees from Abkhazia, Georgia and the Tskhinvali region/South Ossetia, Georgia"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention on the Reduction of Statelessness", "1961 Convention"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention relating to the Status of Stateless Persons", "1954 Convention"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
# 10 Botswana
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "the Covenant"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", ["Second Optional Protocol", "OP2", "ICCPR-OP2"])
OP1 = ("Optional Protocol to the International Covenant on Civil and Political Rights", ["first Optional Protocol to the ICCPR", "ICCPR-OP1", "Optional Protocol to the Covenant"])
OAUREF = ("Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa", ["OAU Refugee Convention", "1969 OAU Convention"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
# 11 Ghana / Barbados
GHBBVISA = ("Agreement between the Government of the Republic of Ghana and the Government of Barbados on the Waiver of Visa Requirements for Holders of Ordinary Passports",
            ["Ghana–Barbados Visa Waiver Agreement", "Visa Waiver Agreement"])
GHBBASA = ("Air Services Agreement between the Government of the Republic of Ghana and the Government of Barbados", ["Ghana–Barbados Air Services Agreement", "Air Services Agreement"])
GHBBDTA = ("Agreement between the Government of the Republic of Ghana and the Government of Barbados for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
           ["Ghana–Barbados Double Taxation Agreement", "Double Taxation Agreement"])
GHBBAGRI = ("Memorandum of Understanding on Cooperation in Agriculture and Food Security", ["Ghana–Barbados agriculture MoU"])
MASA = ("Multilateral Air Services Agreement between Member States of the African Union and Member States of the Caribbean Community",
        ["Multilateral Air Services Agreement", "Africa–CARICOM Multilateral Air Services Agreement", "MASA"])
ACCRA = ("Accra Proclamation on Reparations", ["Accra Proclamation"])
GHBBQUAL = ("agreement on the mutual recognition of professional qualifications in nursing and teaching (Ghana–Barbados)", ["Ghana–Barbados mutual recognition agreement", "agreement on the mutual recognition of professional qualifications"])
# 12 The Gambia
LAGOS = ("Treaty of the Economic Community of West African States", ["ECOWAS Treaty", "Treaty of Lagos", "Lagos Treaty", "1975 ECOWAS Treaty"])
REVTREATY = ("Revised Treaty of the Economic Community of West African States", ["Revised ECOWAS Treaty", "Revised Treaty", "Cotonou Treaty"])
FREEMOV = ("Protocol relating to Free Movement of Persons, Residence and Establishment", ["ECOWAS Free Movement Protocol", "Protocol A/P1/5/79"])
ENERGYP = ("ECOWAS Energy Protocol", ["Energy Protocol", "Protocol A/P4/1/03"])
ECOEXT = ("ECOWAS Convention on Extradition", ["Convention on Extradition of 1994", "ECOWAS Extradition Convention", "Convention A/P1/8/94"])
ECOMLA = ("ECOWAS Convention on Mutual Assistance in Criminal Matters", ["Convention on Mutual Assistance in Criminal Matters of 1992", "Convention A/P1/7/92"])
VISION50 = ("ECOWAS Vision 2050", ["Vision 2050"])
# 13 Japan
JPUSEXT = ("Treaty on Extradition between Japan and the United States of America", ["Japan–US Extradition Treaty", "Japan–United States Extradition Treaty"])
JPKREXT = ("Treaty on Extradition between Japan and the Republic of Korea", ["Japan–Korea Extradition Treaty", "Japan–ROK Extradition Treaty"])
JPVNEXT = ("extradition treaty between Japan and Viet Nam", ["Japan–Viet Nam Extradition Treaty", "Japan–Vietnam extradition treaty"])
COETSP = ("Convention on the Transfer of Sentenced Persons", ["Council of Europe Convention on the Transfer of Sentenced Persons", "ETS No. 112"])
JPTHTSP = ("treaty on the transfer of sentenced persons between Japan and Thailand", ["Japan–Thailand Transfer of Sentenced Persons Treaty", "Japan–Thailand prisoner transfer treaty"])
JPBRTSP = ("treaty on the transfer of sentenced persons between Japan and Brazil", ["Japan–Brazil Transfer of Sentenced Persons Treaty", "Japan–Brazil prisoner transfer treaty"])
IACSENT = ("Inter-American Convention on Serving Criminal Sentences Abroad", ["Managua Convention on Serving Criminal Sentences Abroad"])
ETS167 = ("Additional Protocol to the Convention on the Transfer of Sentenced Persons", ["ETS No. 167", "Additional Protocol to the Council of Europe Convention on the Transfer of Sentenced Persons"])
MLAT_US = ("Treaty on Mutual Legal Assistance in Criminal Matters between Japan and the United States of America", ["Japan–US MLAT", "Japan–United States mutual legal assistance treaty"])
MLAT_EU = ("Agreement on Mutual Legal Assistance in Criminal Matters between Japan and the European Union", ["Japan–EU MLA agreement", "EU–Japan mutual legal assistance agreement"])
MLAT_RU = ("Treaty on Mutual Legal Assistance in Criminal Matters between Japan and the Russian Federation", ["Japan–Russia MLAT", "Japan–Russia mutual legal assistance treaty"])
# 14 Trinidad and Tobago
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "UNCAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "CED", "Convention on Enforced Disappearance"])
ACHR = ("American Convention on Human Rights", ["Pact of San José", "ACHR"])
RES79179 = ("General Assembly resolution 79/179 on a moratorium on the use of the death penalty", ["resolution 79/179", "A/RES/79/179", "moratorium on the use of the death penalty"])
CCJ = ("Agreement Establishing the Caribbean Court of Justice", ["CCJ Agreement", "Caribbean Court of Justice Agreement"])
# 15 Bangladesh
LBA = ("Agreement between the Government of the People's Republic of Bangladesh and the Government of the Republic of India concerning the Demarcation of the Land Boundary and Related Matters",
       ["Land Boundary Agreement", "1974 Land Boundary Agreement", "Bangladesh–India Land Boundary Agreement"])
LBAP = ("Protocol to the Land Boundary Agreement (2011)", ["2011 Protocol to the Land Boundary Agreement", "Protocol to the Agreement concerning the Demarcation of the Land Boundary"])
GANGES = ("Treaty on Sharing of the Ganga/Ganges Waters at Farakka", ["Ganges Water Treaty", "Ganges Treaty", "Farakka Treaty"])
GANGESNEW = ("renewed treaty on sharing of the Ganges waters", ["renewed Ganges Water Treaty", "Ganges treaty renewal"])
BBIN = ("Motor Vehicles Agreement for the Regulation of Passenger, Personnel and Cargo Vehicular Traffic between Bangladesh, Bhutan, India and Nepal", ["BBIN MVA", "BBIN Motor Vehicles Agreement"])
COPRES = ("General Assembly resolution 78/124 \"Follow-up to the Declaration and Programme of Action on a Culture of Peace\"", ["resolution 78/124", "A/RES/78/124", "culture of peace resolution"])
# 16 Canada
NAFOAM = ("amendments to the Convention on Future Multilateral Cooperation in the Northwest Atlantic Fisheries", ["NAFO Convention amendments", "amended NAFO Convention", "2007 Amendment to the NAFO Convention"])
NPFC = ("Convention on the Conservation and Management of High Seas Fisheries Resources in the North Pacific Ocean", ["NPFC Convention", "North Pacific Fisheries Convention"])
ICCAT = ("International Convention for the Conservation of Atlantic Tunas", ["ICCAT Convention", "ICCAT"])
ICCATP = ("Protocol to amend the International Convention for the Conservation of Atlantic Tunas", ["ICCAT Protocol", "2019 Protocol amending the ICCAT Convention"])
COMPLY = ("Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas", ["FAO Compliance Agreement", "Compliance Agreement"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["ILO Convention No. 188", "C188", "Work in Fishing Convention"])
CAPETOWN = ("Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993", ["Cape Town Agreement", "Cape Town Agreement of 2012"])
HAKE = ("Agreement between the Government of Canada and the Government of the United States of America on Pacific Hake/Whiting", ["Pacific Hake/Whiting Agreement", "Canada–US Pacific Hake Agreement", "Pacific Whiting Treaty"])
IUUPLEDGE = ("Pledge of the IUU Fishing Action Alliance", ["IUU Fishing Action Alliance Pledge", "IUU Fishing Action Alliance"])
SFRES = ("General Assembly resolution 78/68 on sustainable fisheries", ["resolution 78/68", "A/RES/78/68", "sustainable fisheries resolution"])

# ---- actors with alternative names ----
ALT = {
    **alt("United Arab Emirates", "Kyrgyzstan", "United Kingdom", "Bangladesh", "Bolivia", "China", "Kenya",
          "Republic of Korea", "Viet Nam", "Russian Federation", "European Union", "United States", "Philippines", "Gambia",
          "Ghana", "Costa Rica"),
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Angola": ["Angola", "Republic of Angola"],
    "India": ["India", "Republic of India"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Israel": ["Israel", "State of Israel"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Solomon Islands": ["Solomon Islands"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
    "Chile": ["Chile", "Republic of Chile"],
    "Japan": ["Japan"],
    "Malta": ["Malta", "Republic of Malta"],
    "Montenegro": ["Montenegro"],
    "Qatar": ["Qatar", "State of Qatar"],
    "New Zealand": ["New Zealand"],
    "Iceland": ["Iceland"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Malaysia": ["Malaysia"],
    "Georgia": ["Georgia"],
    "Barbados": ["Barbados"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Burkina Faso": ["Burkina Faso"],
    "Mali": ["Mali", "Republic of Mali"],
    "Niger": ["Niger", "Republic of the Niger", "the Niger"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "France": ["France", "French Republic"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Bhutan": ["Bhutan", "Kingdom of Bhutan", "Royal Government of Bhutan"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Canada": ["Canada", "Government of Canada"],
}
KOREA = ["Republic of Korea", "Korea", "South Korea"]
# Organisations, bodies and the meetings that adopt texts.
CESCR = ["Committee on Economic, Social and Cultural Rights", "CESCR", "UN Committee on Economic, Social and Cultural Rights"]
HRCTEE = ["Human Rights Committee", "UN Human Rights Committee", "CCPR"]
UNHCR = ["UNHCR", "Office of the United Nations High Commissioner for Refugees", "United Nations High Commissioner for Refugees"]
LAS = ["League of Arab States", "Council of the League of Arab States", "Arab League"]
PIF = ["Pacific Islands Forum", "Pacific Islands Forum Leaders", "Forum Leaders"]
EEAJC = ["EEA Joint Committee", "European Economic Area Joint Committee"]
ACCRACONF = ["Accra Reparations Conference", "African Union", "AU"]
ECOWAS_AUTH = ["ECOWAS Authority of Heads of State and Government", "Authority of Heads of State and Government", "ECOWAS"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Namibia, Ministry of International Relations and Trade, Annual Report 2024/25, chapter 6) =====================
d = "01.txt"
# The National Assembly's agreement and Cabinet's approval are domestic steps; the deposit or the note binds.
R(d, "Namibia", "signed", NIAMEY, "2017-01-24", "Namibia signed the Convention on 24 January 2017")
R(d, "Namibia", RATIFIED, NIAMEY, "2024-09-18",
  "Namibia deposited its instrument of ratification with the Chairperson of the African Union Commission in Addis Ababa on 18 September 2024",
  alt=["African Union Convention on Cross-Border Cooperation | Ratification | AUC | 18.09.2024"])
R(d, "Botswana", RATIFIED, NIAMEY, "2024-09-18", "Botswana deposited its own instrument on the same day")
QCALL = "the two delegations used the occasion to call on the other Member States of the Southern African Development Community to ratify the Convention"
RL(d, ["Namibia", "Botswana"], "called-for", NIAMEY, "2024-09-18", QCALL)
# Welcoming Zambia's ratification gives Namibia nothing; Zambia's own act is recorded, undated.
R(d, "Zambia", RATIFIED, NIAMEY, None, "The Ministry also welcomed Zambia's ratification of the Convention")
R(d, "Namibia", ACCEDED, LLMC96, "2024-07-02",
  "The instrument of accession to the 1996 Protocol was deposited with the Secretary-General of the International Maritime Organization on 2 July 2024",
  alt=["1996 Protocol to the Convention on Limitation of Liability for Maritime Claims | Accession | IMO | 02.07.2024"])
R(d, "Namibia", JOINED, WRECK, None, "Namibia has not acceded to the Nairobi International Convention on the Removal of Wrecks, 2007", negated=True,
  alt=["the Ministry of Works and Transport is considering accession in 2025/26", "a Cabinet submission on accession to the Nairobi Convention"])
R(d, "Namibia", "signed", SADCIND, "2019-08-18", "Namibia signed the Protocol at the SADC Summit in Dar es Salaam on 18 August 2019")
R(d, "Namibia", NOTRATIFIED, SADCIND, None, "The instrument of ratification has been prepared but was not deposited during the year under review", negated=True,
  alt=["the deposit of the instrument of ratification of the SADC Protocol on Industry once the National Assembly has agreed to it"])
R(d, "Namibia", JOINED, ITPGRFA, None,
  "The request of the Ministry of Agriculture, Water and Land Reform that Namibia accede to the Treaty is still under consideration", negated=True)
R(d, "Namibia", RATIFIED, AFCFTA, "2019-01", "Namibia, which ratified the Agreement Establishing the African Continental Free Trade Area in January 2019")
QAO = "The Extradition Treaty between the Republic of Namibia and the Republic of Angola was signed in Luanda on 11 March 2024 by the Ministers of Justice"
QAOX = "the exchange of the instruments of ratification is expected during the State visit planned for the second half of 2025"
RL(d, ["Namibia", "Angola"], "signed", NAAOEXT, "2024-03-11", QAO)
RL(d, ["Namibia", "Angola"], NOTRATIFIED, NAAOEXT, None, QAOX, negated=True)
RL(d, ["Namibia", "Botswana"], "signed", OSBP, "2022-07-27",
   "The Agreement on the Establishment and Operation of the Mamuno–Trans-Kalahari One-Stop Border Post, signed in Gaborone on 27 July 2022")
R(d, "Namibia", ACCEPTED, OSBP, "2024-05", "Namibia sent its note confirming the completion of its internal procedures in May 2024")
R(d, "Botswana", ACCEPTED, OSBP, "2024-10-02", "Botswana sent its corresponding note on 2 October 2024")
R(d, "Namibia", RATIFIED, AFRIPOL, "2025-02-05", "Statute of the African Union Mechanism for Police Cooperation (AFRIPOL) | Ratification | AUC | 05.02.2025")
R(d, "Namibia", RATIFIED, DECENTR, "2025-03-14",
  "African Charter on the Values and Principles of Decentralisation, Local Governance and Local Development | Ratification | AUC | 14.03.2025")

# ===================== 02 (India, Lok Sabha unstarred question No. 1186, Monday 8 December 2025) =====================
d = "02.txt"
QA = ("India has signed Bilateral Investment Treaties with Belarus (24 September 2018), Kyrgyzstan (14 June 2019), the United Arab Emirates "
      "(13 February 2024) and Israel (8 September 2025)")
for partner, inst, date in (("Belarus", BIT_BY, "2018-09-24"), ("Kyrgyzstan", BIT_KG, "2019-06-14"), ("United Arab Emirates", BIT_AE, "2024-02-13"),
                            ("Israel", BIT_IL, "2025-09-08")):
    RL(d, ["India", partner], "signed", inst, date, QA)
RL(d, ["India", "Brazil"], "signed", ICFT_BR, "2020-01-25", "India and Brazil signed an Investment Cooperation and Facilitation Treaty on 25 January 2020")
# Belarus: "entered into force on 5 March 2020" only (entry into force, no record).
R(d, "India", ACCEPTED, BIT_KG, "2019-12", "India notified the completion of its internal procedures in December 2019")
R(d, "Kyrgyzstan", NOTRATIFIED, BIT_KG, None, "The Kyrgyz side has informed India that ratification by the Jogorku Kenesh is still pending", negated=True)
R(d, "India", ACCEPTED, ICFT_BR, "2020-10", "India notified Brazil in October 2020 that its internal requirements had been completed")
R(d, "Brazil", NOTRATIFIED, ICFT_BR, None, "The Investment Cooperation and Facilitation Treaty has not yet been ratified by Brazil", negated=True)
RL(d, ["India", "United Arab Emirates"], ACCEPTED, BIT_AE, "2024-08-01", "the two sides exchanged notifications on 1 August 2024")
# The Union Cabinet's approval of ratification is a domestic step.
RL(d, ["India", "Israel"], NOTRATIFIED, BIT_IL, None, "India and Israel are yet to exchange the notifications required for its entry into force", negated=True)
R(d, "India", "signed", ICSID, None,
  "India has not signed the Convention on the Settlement of Investment Disputes between States and Nationals of Other States (ICSID Convention)", negated=True)
R(d, "India", NOTBOUND, ICSID, None, "there is no proposal under consideration to join it at present", negated=True)
RL(d, ["India", "United Kingdom"], "signed", INUKCETA, "2025-07-24",
   "The Comprehensive Economic and Trade Agreement between India and the United Kingdom was signed in London on 24 July 2025")
RL(d, ["India", "United Kingdom"], "signed", BIT_UK, None, "both sides intend to sign it at an early date", negated=True)

# ===================== 03 (Jordan, sixth periodic report to CESCR, E/C.12/JOR/6, received 14 February 2025) =====================
d = "03.txt"
R(d, "Jordan", RATIFIED, ICESCR, "1975-05-28", "which Jordan ratified on 28 May 1975")
R(d, CESCR, "called-for", OPICESCR, None, "The Committee recommended that the State party consider ratifying the Optional Protocol to the Covenant")
R(d, "Jordan", JOINED, OPICESCR, None, "The Kingdom has not acceded to the Optional Protocol.", negated=True,
  alt=["the question remains under study"])
R(d, "Jordan", NOTRATIFIED, C087, None,
  "Jordan has not ratified the Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", negated=True,
  alt=["the Government is not considering its ratification at present"])
# The withdrawal of the reservation to article 15 (4) is not a treaty action; the party status is stated.
R(d, "Jordan", PARTY, CEDAW, "1992",
  "which has been a party to the Convention on the Elimination of All Forms of Discrimination against Women since 1992")
QREF = ("Jordan is not a party to the Convention relating to the Status of Refugees of 1951 or to its Protocol of 1967, nor to the Arab Convention on "
        "Regulating Status of Refugees in the Arab Countries of 1994")
for inst in (REF51, REF67, ARABREF):
    R(d, "Jordan", NOTBOUND, inst, None, QREF, negated=True)
QMOU = ("the Memorandum of Understanding between the Government of the Hashemite Kingdom of Jordan and UNHCR, signed on 5 April 1998")
R(d, "Jordan", MOU_SIGNED, JOUNHCR, "1998-04-05", QMOU)
R(d, UNHCR, MOU_SIGNED, JOUNHCR, "1998-04-05", QMOU)
R(d, "Jordan", COMMITTED, JCOMPACT, "2016-02", "the Kingdom committed, under the Jordan Compact, to issue 200,000 work permits to Syrian refugees",
  alt=["The Government remains committed to the Jordan Compact"])
# Jordan's own response plan, approved by its Council of Ministers: a national plan (optional).
R(d, "Jordan", COMMITTED, JRP, None, "The Government remains committed to the Jordan Compact and to the Jordan Response Plan for the Syria Crisis 2024–2026",
  required=False)
RL(d, ["Jordan", "Philippines"], "signed", JOPHDW, "2012", "An Agreement on the Employment of Domestic Workers was signed with the Philippines in Amman in 2012")
RL(d, ["Jordan", "Kenya"], "signed", JOKELAB, None,
   "A draft agreement with Kenya was agreed ad referendum in November 2024 and is expected to be signed in 2025", negated=True)
QMW = ("Jordan has not ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families or the "
       "Domestic Workers Convention, 2011 (No. 189)")
R(d, "Jordan", NOTRATIFIED, ICRMW, None, QMW, negated=True)
R(d, "Jordan", NOTRATIFIED, C189, None, QMW, negated=True)
R(d, "Jordan", RATIFIED, CRPD, "2008-03-31", "Jordan ratified the Convention on the Rights of Persons with Disabilities on 31 March 2008")
R(d, "Jordan", RATIFIED, ARABCH, "2004", "Jordan ratified the Arab Charter on Human Rights in 2004")
R(d, "Jordan", "signed", ARABCOURT, None, "The Kingdom signed the Statute of the Arab Court of Human Rights")
R(d, "Jordan", NOTRATIFIED, ARABCOURT, None, "but has not ratified it", negated=True)
R(d, LAS, "adopted", ARABCOURT, "2014", "adopted by the Council of the League of Arab States at the summit level in 2014")

# ===================== 04 (Solomon Islands, VNR 2025, chapter 5; header date 2025-07-15) =====================
d = "04.txt"
D = "2025-07-15"
# "we" and "our" are Solomon Islands throughout (named in the metadata title and twice in the body).
R(d, "Solomon Islands", "signed", FFA, "1979-07-10",
  "we were among the signatories of the South Pacific Forum Fisheries Agency Convention when it was concluded in Honiara on 10 July 1979")
R(d, "Solomon Islands", PARTY, NAURU, None,
  "We are also one of the eight Parties to the Nauru Agreement Concerning Cooperation in the Management of Fisheries of Common Interest")
# "signed in 1982" dates the Agreement, not expressly Solomon Islands' signature (optional).
R(d, "Solomon Islands", "signed", NAURU, "1982",
  "We are also one of the eight Parties to the Nauru Agreement Concerning Cooperation in the Management of Fisheries of Common Interest, signed in 1982",
  required=False)
R(d, "Solomon Islands", JOINED, PALAU, "1995", "We joined the Palau Arrangement for the Management of the Western Pacific Purse Seine Fishery in 1995")
R(d, "Solomon Islands", RATIFIED, WCPFC, "2001",
  "we ratified the Convention on the Conservation and Management of Highly Migratory Fish Stocks in the Western and Central Pacific Ocean in 2001")
R(d, "Solomon Islands", "signed", USTT23, "2023-05", "We signed the 2023 amendments",
  alt=["renewed through the amendments signed in Port Moresby in May 2023"])
R(d, "Solomon Islands", NOTRATIFIED, USTT23, None, "our instrument of acceptance has not yet been deposited with the depositary, the Government of Papua New Guinea",
  negated=True, alt=["The main gaps are the acceptance of the 2023 amendments to the Treaty on Fisheries with the United States"])
R(d, "Solomon Islands", NOTBOUND, NIUESA, None, "We are not yet a party to its Subsidiary Agreement", negated=True)
R(d, "Solomon Islands", "signed", NIUESA, None, "intend to sign it in the coming year", negated=True)
QPOLL = "Solomon Islands is a party to the Convention for the Protection of the Natural Resources and Environment of the South Pacific Region (Noumea Convention)"
R(d, "Solomon Islands", PARTY, NOUMEA, None, QPOLL)
R(d, "Solomon Islands", PARTY, WAIGANI, None, "and to the Convention to Ban the Importation into Forum Island Countries of Hazardous and Radioactive Wastes")
R(d, "Solomon Islands", ACCEDED, MARPOL, "2004", "We acceded to the International Convention for the Prevention of Pollution from Ships (MARPOL) in 2004")
R(d, "Solomon Islands", JOINED, MARPOL6, None, "we have not acceded to its Annex VI", negated=True)
R(d, "Solomon Islands", "signed", BBNJ, "2023-09",
  "We signed the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction at United Nations Headquarters in September 2023")
R(d, "Solomon Islands", NOTRATIFIED, BBNJ, None, "we expect to ratify the Agreement in 2026", negated=True,
  alt=["Cabinet has directed the Ministry of Foreign Affairs and External Trade to prepare the instrument of ratification"])
R(d, "Solomon Islands", COMMITTED, AGENDA30, D, "We remain committed to the 2030 Agenda for Sustainable Development")
R(d, GA, "adopted", AGENDA30, "2015-09", "adopted by the General Assembly in resolution 70/1 in September 2015")
R(d, "Solomon Islands", ENDORSED, ABAS, "2024-05", "our delegation endorsed the Antigua and Barbuda Agenda for SIDS")
R(d, PIF, ["endorsed", "adopted"], FRDP, "2016-09", "which Pacific Islands Forum Leaders endorsed in Apia in September 2016")
R(d, "Solomon Islands", COMMITTED, FRDP, D, "We also continue to implement the Framework for Resilient Development in the Pacific 2017–2030", required=False)
R(d, "Solomon Islands", "called-for", PSMA, D, "we call on all distant water fishing nations to ratify the Agreement on Port State Measures")
R(d, "Solomon Islands", ACCEDED, PSMA, "2018", "to which we acceded in 2018")

# ===================== 05 (Uruguay, foreign-ministry press release No. 212/24, Montevideo, 30 December 2024) =====================
d = "05.txt"
# The "General Assembly" here is Uruguay's legislature: its approval is a domestic step.
R(d, "Uruguay", "signed", EUMERC, None, "Uruguay expects to sign the Agreement in the second half of 2025", negated=True,
  alt=["the signature of the MERCOSUR-European Union Partnership Agreement"])
RL(d, ["Argentina", "Bolivia", "Brazil", "Paraguay", "Uruguay"], SIGNED_DECL, MVDECL, "2024-12-06",
   "the Presidents of Argentina, Bolivia, Brazil, Paraguay and Uruguay signed the Montevideo Declaration on Regional Integration and Connectivity")
R(d, "Bolivia", RATIFIED, BOLPROT, "2024-07",
  "Bolivia having deposited in July its instrument of ratification of the Protocol of Accession of the Plurinational State of Bolivia to MERCOSUR")
QOAS = ("the Permanent Representative of Uruguay to the Organization of American States deposited at the General Secretariat of the OAS the instrument of "
        "ratification of the Inter-American Convention on Mutual Assistance in Criminal Matters")
R(d, "Uruguay", RATIFIED, IAMLA, "2024-04-05", QOAS)
R(d, "Uruguay", ACCEDED, IAMLAOP, "2024-04-05", "together with the instrument of accession to its Optional Protocol, adopted in Managua in 1993")
R(d, "Uruguay", "signed", ADULTS, "2024-06", "In June, Uruguay signed at The Hague the Convention of 13 January 2000 on the International Protection of Adults")
R(d, "Uruguay", NOTRATIFIED, ADULTS, None, "whose parliamentary approval will be requested in 2025", negated=True,
  alt=["the submission to the General Assembly of the Hague Convention on the International Protection of Adults"])
R(d, "Uruguay", JOINED, CPTPP, None,
  "The application of Uruguay to accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, presented on 1 December 2022, continues to be analysed",
  negated=True)
RL(d, ["Uruguay", "Japan"], "signed", UYJPDTC, "2024-09-13", "signed in Tokyo on 13 September 2024")
RL(d, ["Uruguay", "Japan"], NOTRATIFIED, UYJPDTC, None,
   "the exchange of diplomatic notes that will put it into force is foreseen for the first quarter of 2025", negated=True)
# Korea social security agreement: entry into force only (no record).
RL(d, ["Uruguay", "Chile"], SIGNED_BINDING, UYCLANT, "2024-01-22",
   "signed by the two Foreign Ministers at the Uruguayan Antarctic station Artigas on 22 January 2024")
RL(d, ["Uruguay", "China"], "signed", UYCNEXT, "2019", "the Treaty on Extradition with the People's Republic of China, signed in 2019")
R(d, "Uruguay", NOTRATIFIED, UYCNEXT, None, "Uruguay has not ratified it", negated=True)

# ===================== 06 (Malta Government Gazette, Government Notice No. 688, 11 April 2025) =====================
d = "06.txt"
R(d, "Malta", ACCEDED, ITLOSPI, "2025-01-09", "Malta's instrument of accession deposited with the Secretary-General of the United Nations: 9 January 2025")
R(d, "Malta", "signed", CETS207, "2009-11-16", "Signed on behalf of Malta at Utrecht, 16 November 2009")
R(d, "Malta", RATIFIED, CETS207, "2024-10-28", "Malta's instrument of ratification deposited with the Secretary General of the Council of Europe: 28 October 2024")
RL(d, ["Malta", "Kenya"], "signed", MTKEDTC, "2023-06-12", "Signed at Nairobi, 12 June 2023")
# The corrected date (Part IV) is the one recorded.
R(d, "Malta", ACCEPTED, MTKEDTC, "2024-10-11", "Notification by Malta of the completion of its procedures: 11 October 2024",
  alt=["The correct date is 11 October 2024."])
R(d, "Kenya", ACCEPTED, MTKEDTC, "2024-12-20", "Notification by Kenya: 20 December 2024")
RL(d, ["Malta", "Montenegro"], "signed", MTMESS, "2024-04-04", "Signed at Valletta, 4 April 2024")
RL(d, ["Malta", "Montenegro"], ACCEPTED, MTMESS, "2025-02-05",
   "Exchange of notes confirming the completion of the constitutional procedures of both Parties: Podgorica, 5 February 2025")
RL(d, ["Malta", "Qatar"], "signed", MTQAASA, "2019-11-17", "Signed at Doha, 17 November 2019")
R(d, "Qatar", ACCEPTED, MTQAASA, "2020-06-02", "Notification by Qatar: 2 June 2020")
R(d, "Malta", ACCEPTED, MTQAASA, "2025-03-03", "Notification by Malta: 3 March 2025")
RL(d, ["Malta", "New Zealand"], "signed", MTNZWH, "2025-02-19", "Signed at Wellington, 19 February 2025")
RL(d, ["Malta", "New Zealand"], NOTRATIFIED, MTNZWH, None,
   "The Agreement will enter into force on the date of the later of the notifications by which the Parties inform each other of the completion of their internal procedures",
   negated=True)
R(d, "Malta", "signed", ETS193, "2025-03-25", "Signed on behalf of Malta at Strasbourg, 25 March 2025")
R(d, "Malta", NOTRATIFIED, ETS193, None, "Subject to ratification, which is not expected before 2026.", negated=True)
# The withdrawal of a reservation is not a treaty action; "made by Malta upon ratification" implies an earlier, undated ratification (optional).
R(d, "Malta", RATIFIED, ETS24, None, "the reservation to Article 6 made by Malta upon ratification of the European Convention on Extradition (ETS No. 24)",
  required=False)

# ===================== 07 (Embassy of the Republic of Korea in Paraguay, web page, last updated 10 March 2025) =====================
d = "07.html"
for inst, date, q in ((KRPYCULT, "1966-05-18", "Cultural Agreement between the Republic of Korea and the Republic of Paraguay, signed in Asunción on 18 May 1966"),
                      (KRPYVISA, "1988-03-07", "Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official Passports, signed in Asunción on 7 March 1988"),
                      (KRPYBIT, "1992-12-22", "Agreement on the Promotion and Protection of Investments, signed in Seoul on 22 December 1992"),
                      (KRPYEXT, "1996-07-09", "Treaty on Extradition between the Republic of Korea and the Republic of Paraguay, signed in Asunción on 9 July 1996"),
                      (KRPYCUST, "2023-06-14", "Agreement on Mutual Administrative Assistance in Customs Matters, signed in Seoul on 14 June 2023")):
    R(d, KOREA, "signed", inst, date, q)
    R(d, "Paraguay", "signed", inst, date, q)
R(d, KOREA, RATIFIED, KRPYEXT, "1997", "Korea ratified the Treaty on Extradition in 1997",
  alt=["the two countries exchanged instruments of ratification in Seoul on 26 January 2000"])
R(d, "Paraguay", RATIFIED, KRPYEXT, "2000-01-26", "the two countries exchanged instruments of ratification in Seoul on 26 January 2000")
# The National Assembly of Korea's approval and the Paraguayan Congress are domestic steps; the exchange of notes is still to come.
R(d, "Paraguay", NOTRATIFIED, KRPYCUST, None, "is before the National Congress of Paraguay", negated=True,
  alt=["the exchange of notes will take place once the Paraguayan procedures are completed"])
R(d, KOREA, NOTRATIFIED, KRPYCUST, None, "the exchange of notes will take place once the Paraguayan procedures are completed", negated=True)
QDIG = "the two Ministers signed a Memorandum of Understanding on Cooperation in Digital Government"
R(d, KOREA, MOU_SIGNED, KRPYDIG, "2024-06-04", QDIG)
R(d, "Paraguay", MOU_SIGNED, KRPYDIG, "2024-06-04", QDIG)
QWH = "The two Governments intend to sign the Working Holiday Agreement in 2025."
R(d, KOREA, "signed", KRPYWH, None, QWH, negated=True)
R(d, "Paraguay", "signed", KRPYWH, None, QWH, negated=True)
R(d, KOREA, "signed", KRMERC, None, "Korea has not signed a trade agreement with MERCOSUR.", negated=True)
# Korea's membership of the Inter-American Development Bank is membership of an institution (no record).
R(d, "Paraguay", ACCEDED, GGGI, "2016", "Paraguay acceded to the Agreement on the Establishment of the Global Green Growth Institute")
# "founded by Korea and 17 other countries": Korea's founding signature, undated (optional).
R(d, KOREA, ["signed", "party", "ratified"], GGGI, None, "the Seoul-based organization founded by Korea and 17 other countries", required=False)

# ===================== 08 (Iceland, Government legislative agenda, 157th session, Ministry for Foreign Affairs, 12 September 2025) =====================
d = "08.md"
# Proposals for parliamentary resolutions and the Althingi's adoption of them are domestic steps.
RL(d, ["Iceland", "Liechtenstein", "Norway", "Switzerland", "Malaysia"], "signed", EFTAMY, "2025-06-23",
   "The Agreement was signed in Geneva on 23 June 2025 by Iceland, Liechtenstein, Norway and Switzerland and by Malaysia.")
R(d, "Iceland", NOTRATIFIED, EFTAMY, None, "Iceland intends to ratify the Agreement before the end of the session", negated=True)
R(d, "Iceland", "signed", EFTAMERC, "2025-09-16",
  "The Minister for Foreign Affairs signed the Agreement on behalf of Iceland in Rio de Janeiro on 16 September 2025.")
R(d, "Iceland", NOTRATIFIED, EFTAMERC, None,
  "Iceland does not expect to deposit its instrument before the Agreement has been approved by at least one MERCOSUR State", negated=True)
# "the Nordic ministers for social affairs": Iceland's minister is one of them, but no State is named (optional).
R(d, "Iceland", "signed", NORDSSAM, "2025-05-08",
  "The amending Agreement was signed by the Nordic ministers for social affairs in Tórshavn on 8 May 2025.", required=False)
R(d, "Iceland", PARTY, NORDSS, None, "the 2012 Nordic Convention on Social Security, to which Iceland is a party")
R(d, "Iceland", NOTRATIFIED, NORDSSAM, None, "Iceland will ratify the amending Agreement after the Althingi has adopted the resolution.", negated=True)
R(d, EEAJC, "adopted", EEAJCD, "2025-06-27", "The Decision, adopted by the EEA Joint Committee on 27 June 2025")
R(d, "Iceland", ["ratified", "party", "acceded"], EEAJCD, None, "Iceland will notify their fulfilment once the Althingi has consented", negated=True,
  required=False)
R(d, "Iceland", RATIFIED, CRPD, "2016", "Iceland ratified the Convention in 2016.")
R(d, "Iceland", NOTRATIFIED, OPCRPD, None,
  "The Government intends to ratify the Optional Protocol to the Convention once the incorporation Act has entered into force.", negated=True)
R(d, "Iceland", RATIFIED, EFTAUA, "2025-06-30",
  "Iceland deposited its instrument of ratification with the Depositary, the Government of Norway, on 30 June 2025")
R(d, "Iceland", "signed", AICONV, None, "Iceland has not signed the Convention", negated=True,
  alt=["a decision on signature will be taken after consultation with the Ministry of Higher Education, Science and Innovation in 2026"])

# ===================== 09 (Georgia, mid-term review of the Human Rights Action Plan 2024-2026, Goal 1) =====================
d = "09.txt"
# The Action Plan's approval by Government Decree and the Parliament's resolutions are domestic steps.
R(d, "Georgia", "signed", OPICESCR, "2009-09-25", "Georgia signed the Optional Protocol on 25 September 2009")
R(d, "Georgia", NOTRATIFIED, OPICESCR, None, "Georgia has not deposited an instrument of ratification", negated=True,
  alt=["The plenary vote has not yet taken place"])
R(d, "Georgia", RATIFIED, C190, "2025-04-18",
  "the instrument of ratification was registered by the Director-General of the International Labour Office on 18 April 2025")
R(d, "Georgia", NOTRATIFIED, C189, None, "after which ratification will be proposed to the Parliament", negated=True,
  alt=["The tripartite consultations planned for 2024 did not take place"])
R(d, "Georgia", NOTBOUND, ECSS, None, "Georgia is not a party to the European Code of Social Security", negated=True)
# Accepting further paragraphs of the Charter is not a new treaty action.
R(d, "Georgia", RATIFIED, RESC, "2005", "Georgia ratified the European Social Charter (revised) in 2005")
R(d, "Georgia", NOTBOUND, CCPROT, None, "Georgia has not accepted the Additional Protocol providing for a System of Collective Complaints", negated=True,
  alt=["does not plan to do so during the Action Plan period"])
R(d, "Georgia", "signed", CETS144, None, "No decision on signature has been taken.", negated=True,
  alt=["has asked that signature be considered after the 2025 local elections"])
R(d, "Georgia", NOTBOUND, ECN, None, "Georgia is not a party to the European Convention on Nationality", negated=True,
  alt=["The recommendation is under consideration by the Government."])
R(d, "Georgia", COSPONSORED, IDPRES, None, "Georgia again presented and co-sponsored the General Assembly resolution")
R(d, GA, "adopted", IDPRES, "2024-06-04", "The General Assembly adopted it as resolution 78/295 on 4 June 2024")
R(d, "Georgia", ACCEDED, STL61, "2014", "Georgia acceded to the Convention on the Reduction of Statelessness in 2014")
R(d, "Georgia", RATIFIED, ISTANBUL, "2017",
  "ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence in 2017")
R(d, "Georgia", RATIFIED, OPCRPD, "2021", "ratified the Optional Protocol to the Convention on the Rights of Persons with Disabilities in 2021")

# ===================== 10 (Botswana, follow-up information to the Human Rights Committee, CCPR/C/BWA/FCO/2, received 12 September 2024) =====================
d = "10.txt"
R(d, "Botswana", RATIFIED, ICCPR, "2000-09-08", "Botswana ratified the Covenant on 8 September 2000")
R(d, "Botswana", JOINED, OP2, None,
  "Botswana is not in a position to accede to the Second Optional Protocol to the Covenant, aiming at the abolition of the death penalty, at this time", negated=True)
R(d, HRCTEE, "called-for", OP1, None,
  "Botswana has also considered the Committee's recommendation that it recognize the competence of the Committee to receive individual communications",
  required=False)
R(d, "Botswana", NOTRATIFIED, OP1, None,
  "Botswana has not ratified the Optional Protocol to the Covenant and does not intend to do so before the constitutional review has been concluded", negated=True)
R(d, "Botswana", ACCEDED, REF51, "1969-01-06", "Botswana acceded to the Convention relating to the Status of Refugees on 6 January 1969")
R(d, "Botswana", ACCEDED, REF67, "1969-01-06", "and to the Protocol relating to the Status of Refugees on the same date")
# The withdrawal of the reservation to article 17 (and the one considered for article 26) is not a treaty action.
R(d, "Botswana", RATIFIED, OAUREF, "1995",
  "Botswana is a party to the Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa, which it ratified in 1995")
R(d, "Botswana", "signed", KAMPALA, "2010",
  "Botswana signed the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa in 2010")
R(d, "Botswana", NOTRATIFIED, KAMPALA, None, "but has not ratified it, as the situations it addresses do not arise in Botswana", negated=True)
R(d, "Botswana", ACCEDED, STL54, "1969-02-25", "Botswana acceded to the Convention relating to the Status of Stateless Persons on 25 February 1969")
R(d, "Botswana", JOINED, STL61, None, "It has not acceded to the Convention on the Reduction of Statelessness.", negated=True,
  alt=["A Cabinet memorandum on accession to that Convention is being prepared by the Ministry of Labour and Home Affairs",
       "following the pledge made by Botswana at the High-Level Segment on Statelessness in 2019 to consider accession"])
R(d, "Botswana", ACCEDED, CRPD, "2021-07-12", "Botswana acceded to the Convention on the Rights of Persons with Disabilities on 12 July 2021")
R(d, "Botswana", "signed", OPCRPD, None, "It has not signed the Optional Protocol to that Convention.", negated=True)
R(d, "Botswana", NOTRATIFIED, ICRMW, None,
  "The Government does not plan to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families at present",
  negated=True)
R(d, "Botswana", COMMITTED, ICCPR, "2024-09-12", "Botswana remains committed to the Covenant")

# ===================== 11 (Ghana–Barbados joint press release, Bridgetown, 14 May 2025) =====================
d = "11.txt"
QSIGN = ("On 13 May 2025, in the presence of the two leaders, the following instruments were signed by the Minister for Foreign Affairs of Ghana and the "
         "Minister of Foreign Affairs and Foreign Trade of Barbados")
for inst in (GHBBVISA, GHBBASA, GHBBDTA):
    RL(d, ["Ghana", "Barbados"], "signed", inst, "2025-05-13", QSIGN)
RL(d, ["Ghana", "Barbados"], MOU_SIGNED, GHBBAGRI, "2025-05-13", QSIGN)
QNOTIF = ("The Air Services Agreement and the Double Taxation Agreement will enter into force after the Parties have notified each other of the completion "
          "of their internal procedures")
for inst in (GHBBASA, GHBBDTA):
    R(d, "Ghana", NOTRATIFIED, inst, None, QNOTIF, negated=True, alt=["in the case of Ghana, this requires the approval of Parliament under article 75 of the Constitution"])
    R(d, "Barbados", NOTRATIFIED, inst, None, QNOTIF, negated=True)
RL(d, ["Ghana", "Barbados"], "signed", MASA, "2022",
   "The leaders recalled that both countries signed the Multilateral Air Services Agreement between Member States of the African Union and Member States of the Caribbean Community in 2022")
R(d, "Barbados", RATIFIED, MASA, "2023", "Barbados ratified the Agreement in 2023")
RL(d, ["Ghana", "Barbados"], "called-for", MASA, "2025-05-14", "They called on other African and Caribbean States to sign and ratify the Agreement")
RL(d, ["Ghana", "Barbados"], COMMITTED, ACCRA, "2025-05-14", "The leaders reaffirmed their commitment to the Accra Proclamation on Reparations")
R(d, ACCRACONF, "adopted", ACCRA, "2023-11", "adopted at the Accra Reparations Conference in November 2023")
RL(d, ["Ghana", "Barbados"], "signed", GHBBQUAL, None, "That agreement has not yet been signed.", negated=True,
   alt=["The two sides agreed to conclude, by the end of 2025"])

# ===================== 12 (The Gambia, Minister's statement at the ECOWAS fiftieth anniversary, Banjul, 28 May 2025) =====================
d = "12.txt"
D = "2025-05-28"
R(d, "Gambia", "signed", LAGOS, "1975-05-28",
  "Fifty years ago today, in Lagos, The Gambia was among the fifteen West African States that signed the Treaty of the Economic Community of West African States")
RL(d, ["Senegal", "Guinea-Bissau", "Sierra Leone"], "signed", LAGOS, "1975-05-28",
   "Our delegation signed alongside our brothers and sisters from Senegal, Guinea-Bissau and Sierra Leone")
R(d, "Gambia", RATIFIED, LAGOS, "1976", "We ratified the Treaty the following year.")
R(d, "Gambia", "signed", REVTREATY, "1993-07-24", "In Cotonou on 24 July 1993 we signed the Revised Treaty")
R(d, "Gambia", RATIFIED, REVTREATY, "1995", "we deposited our instrument of ratification in 1995")
R(d, "Gambia", RATIFIED, FREEMOV, "1980", "We ratified the Protocol relating to Free Movement of Persons, Residence and Establishment in 1980")
R(d, "Gambia", "signed", ENERGYP, "2003", "We signed the ECOWAS Energy Protocol in Dakar in 2003")
R(d, "Gambia", NOTRATIFIED, ENERGYP, None, "but we have yet to ratify it", negated=True,
  alt=["I have asked the Attorney General to lay the Protocol before the National Assembly during the current legislative year."])
QDEP = ("this morning The Gambia deposited with the President of the ECOWAS Commission its instruments of ratification of the ECOWAS Convention on "
        "Extradition of 1994 and the ECOWAS Convention on Mutual Assistance in Criminal Matters of 1992")
for inst in (ECOEXT, ECOMLA):
    R(d, "Gambia", RATIFIED, inst, D, QDEP)
    R(d, "Gambia", "called-for", inst, D, "I call on all Member States that have not yet done so to ratify both Conventions without delay.")
RL(d, ["Burkina Faso", "Mali", "Niger"], NOTBOUND, LAGOS, None,
   "Burkina Faso, Mali and Niger, whose departure from the Community took effect in January 2025, are no longer parties to the Treaty", negated=True)
R(d, "Mauritania", NOTBOUND, LAGOS, None, "Mauritania withdrew from the Community in 2000", negated=True)
R(d, ECOWAS_AUTH, "adopted", VISION50, "2021-06", "The Authority of Heads of State and Government adopted ECOWAS Vision 2050 in Accra in June 2021.")
R(d, "Gambia", COMMITTED, VISION50, D, "The Gambia is fully committed to Vision 2050")

# ===================== 13 (Japan, Cabinet answer to a written question, received 21 February 2025) =====================
d = "13.txt"
RL(d, ["Japan", "United States"], "signed", JPUSEXT, "1978-03-03",
   "The Treaty on Extradition between Japan and the United States of America was signed at Tokyo on 3 March 1978")
RL(d, ["Japan", "Republic of Korea"], "signed", JPKREXT, "2002-04-08",
   "the Treaty on Extradition between Japan and the Republic of Korea was signed at Seoul on 8 April 2002")
RL(d, ["Japan", "Viet Nam"], "signed", JPVNEXT, None, "the two Governments intend to sign the treaty during fiscal year 2025", negated=True)
R(d, "Japan", ACCEDED, COETSP, "2003-02-17",
  "Japan acceded to the Convention on the Transfer of Sentenced Persons, adopted by the Council of Europe, on 17 February 2003")
RL(d, ["Japan", "Thailand"], "signed", JPTHTSP, "2009-10-22", "The treaty with the Kingdom of Thailand was signed at Tokyo on 22 October 2009")
RL(d, ["Japan", "Thailand"], ACCEPTED, JPTHTSP, "2010-07-07", "the two Governments exchanged diplomatic notes for its entry into force on 7 July 2010")
RL(d, ["Japan", "Brazil"], "signed", JPBRTSP, "2014-01-24", "The treaty with the Federative Republic of Brazil was signed at Brasilia on 24 January 2014")
R(d, "Japan", JOINED, IACSENT, None,
  "The Government is not considering accession to the Inter-American Convention on Serving Criminal Sentences Abroad at present", negated=True)
R(d, "Japan", "signed", ETS167, None, "Japan has not signed the Additional Protocol to the Convention on the Transfer of Sentenced Persons.", negated=True,
  alt=["The Government will examine the necessity of signing it"])
# "six partners": only the three named ones get records.
QMLA = ("Japan has signed treaties or agreements on mutual legal assistance in criminal matters with six partners, the first with the United States of "
        "America in 2003 and the most recent with the European Union and the Russian Federation in 2009")
for partner, inst, year in (("United States", MLAT_US, "2003"), ("European Union", MLAT_EU, "2009"), ("Russian Federation", MLAT_RU, "2009")):
    R(d, "Japan", "signed", inst, year, QMLA)
    R(d, partner, "signed", inst, year, QMLA)

# ===================== 14 (Trinidad and Tobago, UPR fourth-cycle mid-term report, Port of Spain, January 2025) =====================
d = "14.txt"
# Recommending States in brackets call on Trinidad and Tobago to act: each gets a called-for record, dated by the review (10 November 2021).
REV = "2021-11-10"
R(d, "Trinidad and Tobago", NOTBOUND, CAT, None, "which is not yet a party to the Convention against Torture itself", negated=True)
R(d, "Trinidad and Tobago", NOTRATIFIED, OPCAT, None, "has not ratified the Optional Protocol", negated=True,
  alt=["the Government will decide on ratification once the Prison Service reform has been completed"])
RL(d, ["Costa Rica", "Denmark"], "called-for", OPCAT, REV, "Ratify the Optional Protocol to the Convention against Torture (Costa Rica) (Denmark)")
R(d, "Trinidad and Tobago", "signed", ICPPED, None, "Trinidad and Tobago has not signed the Convention.", negated=True)
R(d, "France", "called-for", ICPPED, REV, "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France)")
R(d, "Trinidad and Tobago", NOTBOUND, ACHR, None,
  "Trinidad and Tobago denounced the American Convention on Human Rights in 1998, with effect from May 1999, and is not a party to it", negated=True,
  alt=["is not considering re-accession at this time"])
R(d, "Uruguay", "called-for", ACHR, REV, "Consider re-acceding to the American Convention on Human Rights (Uruguay)")
R(d, "Trinidad and Tobago", NOTRATIFIED, C189, None, "Trinidad and Tobago expects to ratify the Convention in 2025.", negated=True,
  alt=["A Cabinet Note on ratification is being finalised."])
R(d, "Philippines", "called-for", C189, REV, "Ratify the ILO Domestic Workers Convention, 2011 (No. 189) (Philippines)")
QRA = "Trinidad and Tobago acceded to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol on 10 November 2000"
R(d, "Trinidad and Tobago", ACCEDED, REF51, "2000-11-10", QRA)
R(d, "Trinidad and Tobago", ACCEDED, REF67, "2000-11-10", QRA)
QST = "the Government will consider accession to the two statelessness Conventions"
R(d, "Trinidad and Tobago", JOINED, STL54, None, QST, negated=True)
R(d, "Trinidad and Tobago", JOINED, STL61, None, QST, negated=True)
QBR = ("Accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness (Brazil)")
R(d, "Brazil", "called-for", STL54, REV, QBR)
R(d, "Brazil", "called-for", STL61, REV, QBR)
R(d, "Trinidad and Tobago", JOINED, OP2, None, "Trinidad and Tobago does not intend to accede to the Second Optional Protocol.", negated=True)
R(d, "Australia", "called-for", OP2, REV,
  "accede to the Second Optional Protocol to the International Covenant on Civil and Political Rights (Australia)")
R(d, "Trinidad and Tobago", "supported", RES79179, "2024-12-17",
  "Trinidad and Tobago voted against General Assembly resolution 79/179 on a moratorium on the use of the death penalty on 17 December 2024", negated=True)
# Barbados' recommendation concerns the Court's appellate jurisdiction, not a treaty action (no record).
R(d, "Trinidad and Tobago", "signed", CCJ, "2001-02-14",
  "Trinidad and Tobago signed the Agreement Establishing the Caribbean Court of Justice on 14 February 2001")
R(d, "Trinidad and Tobago", RATIFIED, CCJ, "2004", "and ratified it in 2004")

# ===================== 15 (Bangladesh, Ministry of Foreign Affairs, Annual Report 2023-2024, chapter 9) =====================
d = "15.txt"
RL(d, ["Bangladesh", "India"], "signed", LBA, "1974-05-16", "was signed in New Delhi on 16 May 1974 by the two Prime Ministers")
RL(d, ["Bangladesh", "India"], "signed", LBAP, "2011-09-06", "The Protocol to the Agreement was signed in Dhaka on 6 September 2011.")
QEX = "The instruments of ratification of the Agreement and of the Protocol were exchanged in Dhaka on 6 June 2015"
for inst in (LBA, LBAP):
    RL(d, ["Bangladesh", "India"], RATIFIED, inst, "2015-06-06", QEX)
RL(d, ["Bangladesh", "India"], "signed", GANGES, "1996-12-12", "was signed in New Delhi on 12 December 1996 for a term of thirty years")
RL(d, ["Bangladesh", "India"], "signed", GANGESNEW, None,
   "both sides intend to conclude a renewed treaty before the expiry of the present one", negated=True)
RL(d, ["Bangladesh", "Bhutan", "India", "Nepal"], "signed", BBIN, "2015-06-15",
   "was signed in Thimphu on 15 June 2015 by the transport ministers of the four countries")
RL(d, ["Bangladesh", "India", "Nepal"], RATIFIED, BBIN, None, "The Agreement has been ratified by Bangladesh, India and Nepal.")
R(d, "Bhutan", NOTRATIFIED, BBIN, None, "Bhutan has not ratified it", negated=True)
QNR = "Bangladesh is not a party to the 1951 Convention relating to the Status of Refugees or its 1967 Protocol."
R(d, "Bangladesh", NOTBOUND, REF51, None, QNR, negated=True)
R(d, "Bangladesh", NOTBOUND, REF67, None, QNR, negated=True)
R(d, "Bangladesh", COSPONSORED, COPRES, None,
  "As in every year since 1999, Bangladesh presented and co-sponsored the General Assembly resolution on the culture of peace.")
R(d, GA, "adopted", COPRES, "2023-12-04",
  "The General Assembly adopted resolution 78/124, \"Follow-up to the Declaration and Programme of Action on a Culture of Peace\", without a vote on 4 December 2023.")

# ===================== 16 (Canada, Government Response to the FOPO committee's eleventh report; header date 2024-09-30) =====================
d = "16.txt"
D = "2024-09-30"
R(d, "Canada", ACCEPTED, NAFOAM, "2009",
  "Canada accepted the amendments to the Convention on Future Multilateral Cooperation in the Northwest Atlantic Fisheries in 2009")
R(d, "Canada", "signed", NPFC, "2013",
  "Canada signed the Convention on the Conservation and Management of High Seas Fisheries Resources in the North Pacific Ocean in 2013")
R(d, "Canada", RATIFIED, NPFC, "2015", "and ratified it in 2015")
R(d, "Canada", PARTY, ICCAT, "1968",
  "Canada has been a Contracting Party to the International Convention for the Conservation of Atlantic Tunas since 1968")
R(d, "Canada", ACCEPTED, ICCATP, "2023-03-03",
  "On 3 March 2023 Canada deposited with the Director-General of the Food and Agriculture Organization of the United Nations, the depositary, its instrument of acceptance of the Protocol to amend the International Convention for the Conservation of Atlantic Tunas")
R(d, "Canada", "called-for", ICCATP, D,
  "Canada calls on all Contracting Parties to that Convention that have not yet done so to accept the Protocol")
R(d, "Canada", ACCEPTED, COMPLY, "1994",
  "Canada accepted the Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas in 1994")
R(d, "Canada", RATIFIED, PSMA, "2019",
  "ratified the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing in 2019")
# "will continue ... to encourage other States to join it" is a hedged future course, not a call made (no record).
R(d, "Canada", NOTRATIFIED, C188, None,
  "Canada has not ratified the Work in Fishing Convention, 2007 (No. 188) of the International Labour Organization", negated=True,
  alt=["The Government will decide whether to ratify the two instruments"])
R(d, "Canada", NOTRATIFIED, CAPETOWN, None, "is under review by Transport Canada", negated=True,
  alt=["The Government will decide whether to ratify the two instruments after consultations with the provinces, Indigenous partners and the industry"])
RL(d, ["Canada", "United States"], "signed", HAKE, "2003-11-21", "signed at Seattle on 21 November 2003")
RL(d, ["Canada", "United States", "United Kingdom"], ENDORSED, IUUPLEDGE, "2022-06",
   "the three countries endorsed its Pledge to take urgent action against IUU fishing")
R(d, "Canada", COSPONSORED, SFRES, None, "Canada also co-sponsored the annual General Assembly resolution on sustainable fisheries")
R(d, GA, "adopted", SFRES, "2023-12-05", "which the General Assembly adopted as resolution 78/68 on 5 December 2023")

gold.finish(MIN_CHARS, MAX_CHARS)
