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
AHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
PPS = ("Phnom Penh Statement on the Adoption of the ASEAN Human Rights Declaration", ["Phnom Penh Statement"])
ACHARTER = ("ASEAN Charter", ["Charter of the Association of Southeast Asian Nations"])
DEVAW = ("Declaration on the Elimination of Violence against Women and Elimination of Violence against Children in ASEAN",
         ["ASEAN Declaration on the Elimination of Violence against Women and Children"])
AMW = ("ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", ["ASEAN Consensus on Migrant Workers"])
AWP = ("AICHR Five-Year Work Plan 2026–2030", ["Five-Year Work Plan 2026–2030", "AICHR Work Plan"])
ACTIP = ("ASEAN Convention against Trafficking in Persons, Especially Women and Children", ["ACTIP", "ASEAN Convention against Trafficking in Persons"])
APA = ("ASEAN Plan of Action against Trafficking in Persons, Especially Women and Children", ["ASEAN Plan of Action against Trafficking in Persons", "APA"])
TIPP = ("U.N. Trafficking in Persons Protocol",
        ["Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", "UN Trafficking Protocol",
         "Palermo Protocol", "Trafficking in Persons Protocol"])
AMLAT = ("ASEAN Treaty on Mutual Legal Assistance in Criminal Matters", ["Treaty on Mutual Legal Assistance in Criminal Matters", "ASEAN MLAT"])
P29 = ("Protocol of 2014 to the Forced Labour Convention", ["ILO's 2014 Protocol to the Forced Labour Convention", "P29", "Forced Labour Protocol"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["1930 Forced Labour Convention", "Forced Labour Convention", "C29", "Convention No. 29"])
ORGANS = ("Council of Europe Convention against Trafficking in Human Organs",
          ["CETS No. 216", "Organs Convention", "Convention against Trafficking in Human Organs"])
THB = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["CETS No. 197", "Anti-Trafficking Convention"])
OVIEDO = ("Convention on Human Rights and Biomedicine", ["Oviedo Convention", "ETS No. 164"])
TRANSPL = ("Additional Protocol concerning Transplantation of Organs and Tissues of Human Origin",
           ["Additional Protocol to the Convention on Human Rights and Biomedicine concerning Transplantation of Organs and Tissues of Human Origin",
            "Transplantation Protocol", "CETS No. 186"])
MEDI = ("MEDICRIME Convention",
        ["Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health",
         "Medicrime", "CETS No. 211"])
C223 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
        ["CETS No. 223", "Convention 108+", "Protocol amending Convention 108"])
NICOSIA = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "CETS No. 221"])
U1970 = ("UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property of 1970",
         ["1970 UNESCO Convention", "UNESCO 1970 Convention"])
UNIDROIT = ("1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", ["UNIDROIT Convention", "1995 UNIDROIT Convention"])
MOU = ("Trilateral Memorandum of Understanding on Cooperation in the Protection of Cultural Heritage", ["Trilateral Memorandum of Understanding"])
UCH = ("UNESCO Convention on the Protection of the Underwater Cultural Heritage (2001)",
       ["2001 Convention", "Convention on the Protection of the Underwater Cultural Heritage", "Underwater Cultural Heritage Convention"])
HP2 = ("Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
       ["Second Protocol", "1999 Second Protocol"])
HAGUE54 = ("Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
           ["1954 Hague Convention", "Convention for the Protection of Cultural Property in the Event of Armed Conflict"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Enforced Disappearance Convention"])
STATLIM = ("Convention on the Non-Applicability of Statutory Limitations to War Crimes and Crimes against Humanity",
           ["Statutory Limitations Convention"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "Convention against Corruption"])
R111 = ("resolution 11/1", ["CoSP resolution 11/1", "resolution 11/1 on the Implementation Review Mechanism"])
R31 = ("resolution 3/1", ["CoSP resolution 3/1"])
R101 = ("resolution 10/1", ["CoSP resolution 10/1"])
R114 = ("resolution 11/4", ["CoSP resolution 11/4", "resolution 11/4 on the participation of civil society in the country reviews"])
R117 = ("resolution 11/7", ["CoSP resolution 11/7", "resolution 11/7 on preventing corruption in sport"])
MACOLIN = ("Council of Europe Convention on the Manipulation of Sports Competitions", ["Macolin Convention", "CETS No. 215"])
ICADS = ("UNESCO International Convention against Doping in Sport", ["International Convention against Doping in Sport", "UNESCO Convention"])
COEAD = ("Council of Europe Anti-Doping Convention", ["Anti-Doping Convention", "ETS No. 135"])
R10CP8 = ("resolution 10CP/8", ["10CP/8", "resolution 10CP/8 on monitoring compliance"])
GCHE = ("Global Convention on the Recognition of Qualifications concerning Higher Education", ["Global Convention"])
ADDIS = ("Addis Convention",
         ["Revised Convention on the Recognition of Studies, Certificates, Diplomas, Degrees and Other Academic Qualifications in Higher Education in African States"])
LISBON = ("Lisbon Recognition Convention",
          ["Convention on the Recognition of Qualifications concerning Higher Education in the European Region"])
SADCAM = ("Agreement Amending the SADC Protocol on Gender and Development", ["Agreement Amending the Protocol", "2016 Agreement Amending the Protocol"])
SADCG = ("SADC Protocol on Gender and Development", ["Protocol on Gender and Development"])
CSWPD = ("Political Declaration on the occasion of the thirtieth anniversary of the Fourth World Conference on Women",
         ["CSW69 Political Declaration", "Beijing+30 Political Declaration"])
MASC = ("Implementation Protocol on Joint Surveillance of the Mascarene Plateau Region", ["Implementation Protocol"])
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Violence and Harassment Convention", "C190", "Convention No. 190"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
A68 = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance",
       ["Convention against Racism", "A-68", "Inter-American Convention against Racism"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69"])
BELEM = ("Convention of Belém do Pará",
         ["Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", "Belém do Pará Convention"])
ACHR = ("American Convention on Human Rights", ["Pact of San José"])
AG2891 = ("resolution AG/RES. 2891 (XLVI-O/16)", ["AG/RES. 2891 (XLVI-O/16)", "AG/RES. 2891"])
OLDER = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Older Persons Convention", "A-70"])
ARAB = ("Arab Charter on Human Rights", ["Arab Charter", "revised Arab Charter on Human Rights"])
ACOURT = ("Statute of the Arab Court of Human Rights", ["Arab Court Statute", "Court Statute"])
LJHC = ("Ljubljana–The Hague Convention",
        ["Ljubljana-The Hague Convention",
         "Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
         "MLA Convention"])
ROME = ("Rome Statute", ["Rome Statute of the International Criminal Court"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Viet Nam", "Syria", "Türkiye", "Venezuela", "Netherlands",
          "Republic of Moldova", "Philippines", "Brunei Darussalam", "Timor-Leste", "Thailand", "Saudi Arabia", "China", "Egypt", "Chile",
          "Mexico", "Colombia", "Costa Rica", "Bolivia", "Paraguay", "Ghana", "Germany", "Eswatini", "United Arab Emirates",
          "Equatorial Guinea", "Cook Islands", "South Sudan", "Guatemala", "Somalia"),
    "Finland": ["Finland", "Republic of Finland"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Georgia": ["Georgia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Comoros": ["Comoros", "Union of the Comoros"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Honduras": ["Honduras", "Republic of Honduras"],
}
ASEANL = ["ASEAN Leaders", "ASEAN Summit", "ASEAN", "Association of Southeast Asian Nations", "ten ASEAN leaders"]
AICHR = ["ASEAN Intergovernmental Commission on Human Rights", "AICHR"]
MJA = ["Migrant Justice Asia"]
FIN_MIN = ["Finland", "Elina Valtonen", "Minister for Foreign Affairs of Finland"]
COEDSG = ["Deputy Secretary General of the Council of Europe", "Bjørn Berge", "Council of Europe"]
UNESCODG = ["UNESCO Director-General", "Director-General of UNESCO", "UNESCO"]
UNESCOGC = ["General Conference of UNESCO", "UNESCO General Conference", "UNESCO"]
COSP = ["Conference of the States Parties to the United Nations Convention against Corruption", "Conference of the States Parties",
        "CoSP", "UNCAC CoSP", "Conference"]
COSPPRES = ["President of the Conference of the States Parties", "Hamad bin Nasser Al-Kuwari", "Qatar", "President of the Conference"]
ICADSCOP = ["Conference of Parties to the International Convention against Doping in Sport", "Conference of Parties", "COP10", "COP"]
SADCS = ["SADC Summit of Heads of State and Government", "SADC Summit", "SADC", "Southern African Development Community"]
CSW = ["Commission on the Status of Women", "CSW", "UN Commission on the Status of Women"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly", "OAS"]
ARA = ["Ageing Rights Americas"]
LASSUM = ["Arab League summit", "League of Arab States", "Arab League", "Council of the League of Arab States at the Summit level"]
LASMC = ["Ministerial Council of the League of Arab States", "Arab League Ministerial Council", "League of Arab States", "Arab League"]
LPI = ["Levant Policy Institute", "Nadia Haddad"]
LJCONF = ["Ljubljana diplomatic conference", "diplomatic conference", "MLA diplomatic conference"]
SLO_MIN = ["Slovenia", "Tanja Fajon", "Foreign Minister of Slovenia"]
CIJ = ["Centre for International Justice", "Ana Kos"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 =====================
d = "01.txt"
DAY = "2025-11-19"
QAD = "The ASEAN Leaders adopted the AHRD in Phnom Penh on 18 November 2012, together with the Phnom Penh Statement on the Adoption of the ASEAN Human Rights Declaration"
R(d, ASEANL, ADOPTED, AHRD, "2012-11-18", QAD)
R(d, ASEANL, ADOPTED, PPS, "2012-11-18", QAD)
R(d, "Timor-Leste", ACCEDED, ACHARTER, "2025-10-26", "Timor-Leste, which acceded to the ASEAN Charter on 26 October 2025 upon its admission as the eleventh Member State")
R(d, "Timor-Leste", ENDORSED, AHRD, DAY, "formally endorsed the AHRD at the dialogue",
  alt=["Timor-Leste \"subscribes to the Declaration in its entirety"])
R(d, "Timor-Leste", COMMITTED, AHRD, DAY, "commits to be guided by it in its laws and policies", required=False)
RL(d, ["Malaysia", "Thailand"], COMMITTED, AHRD, DAY, "The Representatives of Malaysia and Thailand reaffirmed their countries' commitment to the AHRD")
R(d, ASEANL, ADOPTED, DEVAW, "2013",
  "the Declaration on the Elimination of Violence against Women and Elimination of Violence against Children in ASEAN, which the Leaders adopted in Bandar Seri Begawan")
R(d, ASEANL, ["signed", "endorsed", "adopted"], AMW, "2017",
  "in 2017 by the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers, signed by the Leaders in Manila")
R(d, AICHR, "adopted", AWP, DAY, "AICHR adopted its Five-Year Work Plan 2026–2030")

# ===================== 02 =====================
d = "02.txt"
TUE, WED = "2025-12-09", "2025-12-10"
R(d, "Timor-Leste", ACCEDED, ACTIP, TUE,
  "Timor-Leste on Tuesday deposited its instrument of accession to the ASEAN Convention against Trafficking in Persons, Especially Women and Children (ACTIP)",
  alt=["The accession makes Timor-Leste, admitted as ASEAN's eleventh member at the Kuala Lumpur summit in October, the eleventh party to the 2015 treaty"])
R(d, ASEANL, ["signed", "adopted"], ACTIP, "2015-11-21", "ACTIP was signed by the ten ASEAN leaders in Kuala Lumpur on 21 November 2015", required=False)
R(d, ASEANL, ADOPTED, APA, "2015-11-21",
  "When they signed the Convention in 2015, the leaders also adopted the ASEAN Plan of Action against Trafficking in Persons, Especially Women and Children")
R(d, "Timor-Leste", COMMITTED, APA, None, "which Dili has also said it will implement", required=False)
R(d, "Timor-Leste", PARTY, TIPP, "2009", "Timor-Leste had been a party to the U.N. Trafficking in Persons Protocol since 2009")
R(d, "Timor-Leste", NOTBOUND, AMLAT, None, "Timor-Leste has not yet joined the ASEAN Treaty on Mutual Legal Assistance in Criminal Matters", negated=True,
  alt=["the government expects to accede to it in the first half of 2026"])
R(d, "Brunei Darussalam", RATIFIED, ACTIP, "2020", "Brunei Darussalam, the last of the original ten to ratify ACTIP, did so in 2020")
R(d, MJA, "called-for", P29, WED, "called on Timor-Leste to ratify the ILO's 2014 Protocol to the Forced Labour Convention as well")
R(d, "Timor-Leste", RATIFIED, C29, "2009", "Timor-Leste ratified the 1930 Forced Labour Convention in 2009")
R(d, "Timor-Leste", NOTRATIFIED, P29, None, "but has not ratified the Protocol, according to the ILO's database", negated=True)

# ===================== 03 =====================
d = "03.txt"
DAY = "2025-10-14"
R(d, "Finland", RATIFIED, ORGANS, "2025-10-13",
  "deposited Finland's instrument of ratification of the Council of Europe Convention against Trafficking in Human Organs (CETS No. 216) with the Secretary General of the Council of Europe in Strasbourg on Monday 13 October")
R(d, "Finland", "signed", ORGANS, "2015-03-25", "Finland was among the fourteen States that signed the Convention in Santiago de Compostela on 25 March 2015")
R(d, FIN_MIN, "called-for", ORGANS, DAY,
  "I call on all member states of the Council of Europe that have not yet done so to sign and ratify the Convention")
R(d, "Norway", RATIFIED, ORGANS, "2019", "Norway ratified the Convention in 2019")
QSD = "Sweden and Denmark have signed it but have not yet ratified it"
RL(d, ["Sweden", "Denmark"], "signed", ORGANS, None, QSD)
RL(d, ["Sweden", "Denmark"], NOTRATIFIED, ORGANS, None, QSD, negated=True)
R(d, "Iceland", "signed", ORGANS, None, "Iceland has not signed the Convention", negated=True)
R(d, "Costa Rica", ACCEDED, ORGANS, "2023", "Costa Rica acceded to it in 2023")
R(d, "Finland", PARTY, THB, "2012", "Finland has been a Party to the Council of Europe Convention on Action against Trafficking in Human Beings since 2012")
QOV = ("it ratified the Convention on Human Rights and Biomedicine (the Oviedo Convention) and its Additional Protocol concerning Transplantation of "
       "Organs and Tissues of Human Origin in 2009 and 2010 respectively")
R(d, "Finland", RATIFIED, OVIEDO, "2009", QOV)
R(d, "Finland", RATIFIED, TRANSPL, "2010", QOV)

# ===================== 04 =====================
d = "04.txt"
R(d, "Georgia", "signed", MEDI, "2011-10-28", "Georgia signed it in Moscow on 28 October 2011, the day it was opened for signature")
R(d, "Georgia", NOTRATIFIED, MEDI, None,
  "After the President signs the resolution, the Ministry of Foreign Affairs will deposit Georgia's instrument of ratification with the Secretary General of the Council of Europe",
  negated=True)
RL(d, ["Ukraine", "Republic of Moldova", "Armenia"], PARTY, MEDI, None, "Ukraine, the Republic of Moldova and Armenia are already Parties to the Convention")
QAZ = "Azerbaijan signed the Convention in 2019 but has not ratified it"
R(d, "Azerbaijan", "signed", MEDI, "2019", QAZ)
R(d, "Azerbaijan", NOTRATIFIED, MEDI, None, QAZ, negated=True)
QOR = "Georgia also intends to ratify the Council of Europe Convention against Trafficking in Human Organs, which it signed in 2021"
R(d, "Georgia", "signed", ORGANS, "2021", QOR)
R(d, "Georgia", NOTRATIFIED, ORGANS, None, QOR, negated=True)
R(d, COEDSG, "called-for", MEDI, "2025-06", "had urged Georgia during a visit to Tbilisi to complete the ratification of the MEDICRIME Convention")
R(d, "Georgia", "signed", C223, "2019", "(CETS No. 223), which Georgia signed in 2019")
R(d, "Georgia", NOTRATIFIED, C223, None, "Both instruments of ratification are expected to be deposited in Strasbourg before the end of the year", negated=True)

# ===================== 05 =====================
d = "05.txt"
DAY = "2025-11-07"
R(d, "Greece", RATIFIED, NICOSIA, "2025-11-03", "The Ministers welcomed the deposit, on 3 November 2025, of Greece's instrument of ratification of the Nicosia Convention")
QCA = "Cyprus and Armenia, which ratified the Convention in 2019 and 2022 respectively"
R(d, "Cyprus", RATIFIED, NICOSIA, "2019", QCA)
R(d, "Armenia", RATIFIED, NICOSIA, "2022", QCA)
RL(d, ["Cyprus", "Greece", "Armenia"], "called-for", NICOSIA, DAY,
   "The Ministers called upon all member States of the Council of Europe and other States that have not yet done so to sign and ratify the Nicosia Convention")
RL(d, ["Cyprus", "Greece", "Armenia"], COMMITTED, U1970, DAY, "The Ministers reaffirmed their commitment to the UNESCO Convention on the Means of Prohibiting")
RL(d, ["Cyprus", "Greece", "Armenia"], PARTY, U1970, None, "to which all three countries are Parties")
RL(d, ["Greece", "Cyprus"], PARTY, UNIDROIT, None, "Greece and Cyprus are also Parties to the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects")
R(d, "Armenia", NOTBOUND, UNIDROIT, None, "Armenia is considering accession to it", negated=True)
RL(d, ["Cyprus", "Greece", "Armenia"], ["signed", "endorsed"], MOU, "2025-11",
   "The Ministers signed a Trilateral Memorandum of Understanding on Cooperation in the Protection of Cultural Heritage", required=False)

# ===================== 06 =====================
d = "06.txt"
R(d, "Philippines", RATIFIED, UCH, "2025-02-20",
  "The Philippines deposited its instrument of ratification of the UNESCO Convention on the Protection of the Underwater Cultural Heritage (2001) with the Director-General of UNESCO on 20 February",
  alt=["It becomes the 81st State Party"])
R(d, UNESCODG, "called-for", UCH, "2025-02-20", "urged \"all coastal States, and in particular those of South-East Asia, to ratify the 2001 Convention")
RL(d, ["Indonesia", "Malaysia"], NOTBOUND, UCH, None, "Indonesia and Malaysia have yet to join", negated=True)
R(d, "Thailand", NOTRATIFIED, UCH, None, "Thailand is expected to ratify later this year", negated=True)
R(d, "United Kingdom", NOTRATIFIED, UCH, None, "The United Kingdom has still not ratified the 2001 Convention", negated=True)
V01 = "2001-11-02"
R(d, UNESCOGC, "adopted", UCH, V01, "When the UNESCO General Conference adopted the Convention on 2 November 2001, by 87 votes to 4 with 15 abstentions")
RL(d, ["United Kingdom", "France"], "supported", UCH, V01, "the United Kingdom abstained, as did France", negated=True)
RL(d, ["Norway", "Russian Federation", "Türkiye", "Venezuela"], "supported", UCH, V01,
   "Norway, the Russian Federation, Türkiye and Venezuela voted against", negated=True)
R(d, "France", RATIFIED, UCH, "2013", "France ratified in 2013")
R(d, "Ireland", ACCEDED, HP2, "2025-02-10",
  "Ireland acceded on 10 February to the Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict")
R(d, "Ireland", RATIFIED, HAGUE54, "2018", "Ireland had ratified the Convention itself in 2018")

# ===================== 07 =====================
d = "07.txt"
R(d, "Solomon Islands", ACCEDED, GENOCIDE, "2025-09-10", "SOLOMON ISLANDS: ACCESSION",
  alt=["The above action was effected on 10 September 2025"])
R(d, "Bahrain", ACCEDED, GENOCIDE, None, "the reservation to article IX of the Convention made upon accession", required=False)
R(d, "Indonesia", RATIFIED, CED, "2025-09-15", "INDONESIA: RATIFICATION", alt=["The above action was effected on 15 September 2025"])
R(d, "Indonesia", "signed", CED, "2010-09-27", "(Signed on 27 September 2010.)")
R(d, "Germany", NOTBOUND, STATLIM, None, "it does not intend to become a party to the Convention", negated=True)

# ===================== 08 =====================
d = "08.txt"
DAY = "2025-12-18"
R(d, COSP, "adopted", R111, DAY, "By resolution 11/1, adopted without a vote, the Conference decided")
R(d, COSP, "adopted", R31, "2009", "The Mechanism was established by resolution 3/1, which the Conference adopted at its third session in Doha in 2009")
R(d, COSP, "adopted", R101, "2023-12", "resolution 10/1, adopted in Atlanta in December 2023")
R(d, COSP, "adopted", R114, DAY, "Resolution 11/4, on the participation of civil society in the country reviews of the Mechanism, was adopted by a recorded vote")
RL(d, ["Norway", "Chile", "Ghana", "Mexico", "Philippines"], ["co-sponsored", "supported"], R114, None,
   "Introduced by Norway on behalf of its co-sponsors, among them Chile, Ghana, Mexico and the Philippines")
QAG = ("Voting against were Algeria, Belarus, China, Cuba, Egypt, the Islamic Republic of Iran, Nicaragua, Pakistan, the Russian Federation, "
       "Saudi Arabia, the Syrian Arab Republic and Venezuela")
for a in ["Algeria", "Belarus", "China", "Cuba", "Egypt", "Iran", "Nicaragua", "Pakistan", "Russian Federation", "Saudi Arabia", "Syria", "Venezuela"]:
    R(d, a, "supported", R114, DAY, QAG, negated=True,
      alt=["Explaining his vote against, the representative of the Russian Federation said"] if a == "Russian Federation" else None)
QAB = "Among those abstaining were India, Indonesia, Malaysia, Singapore, South Africa and Türkiye"
for a in ["India", "Indonesia", "Malaysia", "Singapore", "South Africa", "Türkiye"]:
    R(d, a, "supported", R114, DAY, QAB, negated=True,
      alt=["South Africa's delegate said his country had abstained"] if a == "South Africa" else None)
R(d, "Brazil", "supported", R114, DAY, "The representative of Brazil said her delegation had voted in favour")
R(d, "China", COMMITTED, UNCAC, DAY, "China's representative said her delegation remained committed to the Convention")
R(d, "Eritrea", ACCEDED, UNCAC, "2025-10", "the Convention now counted 192 parties following the accession of Eritrea in October")
R(d, COSPPRES, "called-for", UNCAC, DAY, "He urged the remaining States to ratify or accede to the Convention")
R(d, COSP, "adopted", R117, DAY, "The Conference also adopted, without a vote, resolution 11/7 on preventing corruption in sport")
RL(d, ["Qatar", "Italy"], ["co-sponsored", "supported"], R117, None, "sponsored by Qatar and Italy")

# ===================== 09 =====================
d = "09.txt"
DAY = "2025-09-17"
R(d, "Australia", RATIFIED, MACOLIN, "2025-09-16",
  "Our Ambassador to France deposited the instrument with the Council of Europe in Strasbourg yesterday",
  alt=["Today I can confirm that Australia has ratified the Council of Europe Convention on the Manipulation of Sports Competitions"])
R(d, "Australia", "signed", MACOLIN, "2019", "We signed it back in 2019")
RL(d, ["Norway", "Portugal", "Republic of Moldova", "Ukraine", "Switzerland"], RATIFIED, MACOLIN, None,
   "Norway, Portugal, Moldova, Ukraine and Switzerland were the first five to ratify")
R(d, "Australia", "called-for", MACOLIN, DAY,
  "I'd urge every country in the Pacific and in Asia that hosts major events to sign it and ratify it")
R(d, "New Zealand", "signed", MACOLIN, None, "New Zealand hasn't signed it yet", negated=True)
R(d, "New Zealand", NOTBOUND, MACOLIN, None, "they are considering joining", negated=True)
R(d, "United Kingdom", "signed", MACOLIN, "2015", "The UK signed it in 2015")
R(d, "United Kingdom", NOTRATIFIED, MACOLIN, None, "They haven't ratified it", negated=True)
R(d, "Australia", PARTY, ICADS, "2006", "We've been a party to the UNESCO International Convention against Doping in Sport since 2006")
R(d, "Australia", ACCEDED, COEAD, "1994", "we acceded to the Council of Europe's Anti-Doping Convention in 1994")

# ===================== 10 =====================
d = "10.txt"
R(d, UNESCOGC, "adopted", ICADS, "2005-10-19", "It was adopted by the General Conference of UNESCO at its 33rd session on 19 October 2005")
R(d, "South Sudan", ACCEDED, ICADS, "2025-03-04", "South Sudan, which deposited its instrument of accession on 4 March 2025")
R(d, "Equatorial Guinea", ACCEPTED, ICADS, "2024", "In 2024, Equatorial Guinea deposited an instrument of acceptance and Palau an instrument of ratification")
R(d, "Palau", RATIFIED, ICADS, "2024", "In 2024, Equatorial Guinea deposited an instrument of acceptance and Palau an instrument of ratification")
R(d, "Somalia", NOTBOUND, ICADS, None, "Only a few: among them Somalia and Timor-Leste", negated=True)
R(d, "Timor-Leste", NOTBOUND, ICADS, None, "Only a few: among them Somalia and Timor-Leste", negated=True,
  alt=["Timor-Leste has informed the Secretariat that it intends to ratify the Convention in 2026"])
R(d, ICADSCOP, "adopted", R10CP8, "2025-10", "the Conference of Parties adopted resolution 10CP/8 on monitoring compliance")
RL(d, ["Cook Islands", "Niue"], JOINED, ICADS, None, "The Cook Islands and Niue joined on that basis")
R(d, UNESCODG, "called-for", ICADS, "2025-10-19",
  "the Director-General called on \"the last few Member States that have not yet done so to ratify the Convention")

# ===================== 11 =====================
d = "11.txt"
DAY = "2025-11-24"
R(d, "Morocco", RATIFIED, GCHE, DAY,
  "This morning, our Ambassador to UNESCO deposited with the Director-General, in Paris, Morocco's instrument of ratification of the Global Convention on the Recognition of Qualifications concerning Higher Education")
R(d, "Morocco", PARTY, ADDIS, "2019", "the Addis Convention, the revised African convention on the recognition of qualifications, to which Morocco has been a party since 2019")
R(d, "Morocco", NOTBOUND, LISBON, None, "Morocco is not a party to the Lisbon Recognition Convention", negated=True,
  alt=["we do not intend to join it"])
R(d, "Tunisia", RATIFIED, GCHE, "2024", "Tunisia ratified the Global Convention last year")
R(d, "Mauritania", NOTBOUND, GCHE, None, "Our friends from Mauritania have not yet joined", negated=True,
  alt=["her Government will present the Convention to Parliament in the spring"])
R(d, "Morocco", "called-for", GCHE, DAY, "I call on all the Arab States that have not yet done so to ratify the Global Convention")
R(d, "Norway", RATIFIED, GCHE, "2020", "the Government of Norway, the first State to ratify the Global Convention, in 2020")

# ===================== 12 =====================
d = "12.txt"
R(d, "Mauritius", NOTRATIFIED, SADCAM, None, "Cabinet has agreed to Mauritius ratifying the Agreement Amending the SADC Protocol on Gender and Development",
  negated=True, alt=["The instrument of ratification of the Agreement will be deposited with the Executive Secretary of SADC in Gaborone"])
R(d, SADCS, "adopted", SADCAM, "2016-08",
  "The Agreement Amending the Protocol was adopted by the SADC Summit of Heads of State and Government in Mbabane, Eswatini, in August 2016")
R(d, "Mauritius", "signed", SADCG, None, "Mauritius did not sign the Protocol at the Johannesburg Summit in 2008", negated=True)
QMS = "but signed it in 2016 and ratified it in 2017"
R(d, "Mauritius", "signed", SADCG, "2016", QMS)
R(d, "Mauritius", RATIFIED, SADCG, "2017", QMS)
RL(d, ["South Africa", "Namibia", "Zimbabwe"], RATIFIED, SADCAM, None, "South Africa, Namibia and Zimbabwe have already ratified the Agreement")
R(d, CSW, "adopted", CSWPD, "2025-03-10",
  "the Commission on the Status of Women adopted, at the opening of its 69th session in New York on 10 March 2025, a Political Declaration")
R(d, "Mauritius", ["co-sponsored", "supported"], CSWPD, None, "which Mauritius co-sponsored")
R(d, "Mauritius", "signed", MASC, "2025-03-18",
  "the Minister of Foreign Affairs, Regional Integration and International Trade signed on 18 March 2025, in Victoria, the Implementation Protocol")
R(d, "Seychelles", "signed", MASC, "2025-03-18",
  "the Implementation Protocol on Joint Surveillance of the Mascarene Plateau Region between the Republic of Mauritius and the Republic of Seychelles",
  required=False)
R(d, "Mauritius", NOTRATIFIED, C190, None, "Cabinet has agreed to Mauritius ratifying the ILO Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, "Mauritius", "supported", C190, "2019-06",
  "Mauritius voted in favour of the adoption of the Convention at the International Labour Conference in June 2019")
R(d, "Mauritius", "signed", PANDEMIC, None, "Mauritius has not taken a position on signature of the Agreement", negated=True, required=False)

# ===================== 13 =====================
d = "13.txt"
DAY = "2025-04-09"
R(d, "Chile", RATIFIED, A68, DAY,
  "This morning, I had the honor of depositing with the General Secretariat of the OAS Chile's instrument of ratification of the Inter-American Convention against Racism")
QCS = "Chile signed this Convention in La Antigua, Guatemala, on June 5, 2013, the day the General Assembly adopted it"
R(d, "Chile", "signed", A68, "2013-06-05", QCS)
R(d, OASGA, "adopted", A68, "2013-06-05", QCS)
R(d, "Chile", "signed", A69, "2013-06-05",
  "On that same day, Chile also signed the Inter-American Convention against All Forms of Discrimination and Intolerance")
R(d, "Chile", NOTRATIFIED, A69, None, "We have not yet ratified that second instrument", negated=True,
  alt=["my Government will submit it to the National Congress before the end of this year"])
QSP = "Chile joins the States Parties – Antigua and Barbuda, Argentina, Brazil, Costa Rica, Ecuador, Mexico and Uruguay"
RL(d, ["Antigua and Barbuda", "Argentina", "Costa Rica", "Ecuador", "Mexico", "Uruguay"], PARTY, A68, None, QSP)
R(d, "Brazil", RATIFIED, A68, "2021", "Brazil, whose ratification in 2021 gave the Convention new momentum", alt=[QSP])
R(d, "Chile", PARTY, BELEM, "1996", "Chile has been a State Party to the Convention of Belém do Pará since 1996")
R(d, "Chile", PARTY, ACHR, "1990", "and to the American Convention on Human Rights since 1990")
R(d, "Chile", "supported", AG2891, "2016", "in 2016 we voted in favor of resolution AG/RES. 2891 (XLVI-O/16)")
R(d, OASGA, "adopted", AG2891, "2016", "resolution AG/RES. 2891 (XLVI-O/16), which proclaimed the Inter-American Decade", required=False)
QBC = "several States have signed the Convention against Racism but have not yet ratified it, among them Bolivia, Colombia, Panama and Peru"
RL(d, ["Bolivia", "Colombia", "Panama", "Peru"], "signed", A68, None, QBC)
RL(d, ["Bolivia", "Colombia", "Panama", "Peru"], NOTRATIFIED, A68, None, QBC, negated=True)
R(d, "Chile", "called-for", A68, DAY, "We respectfully call upon them, and upon all member States that have not yet done so, to sign and ratify it")
RL(d, ["United States", "Canada"], "signed", A68, None, "The United States and Canada have not signed the Convention", negated=True)

# ===================== 14 =====================
d = "14.txt"
R(d, OASGA, "adopted", OLDER, "2015-06-15",
  "The Convention was adopted by the OAS General Assembly in Washington, D.C., on 15 June 2015")
for a, act, dt, q in [
        ("Uruguay", RATIFIED, "2016-11-18", "Uruguay – ratified 18 November 2016"),
        ("Costa Rica", RATIFIED, "2016-12-12", "Costa Rica – ratified 12 December 2016"),
        ("Bolivia", RATIFIED, "2017", "Bolivia – ratified 2017"),
        ("Chile", RATIFIED, "2017", "Chile – ratified 2017"),
        ("Argentina", RATIFIED, "2017", "Argentina – ratified 2017"),
        ("El Salvador", RATIFIED, "2018", "El Salvador – ratified 2018"),
        ("Ecuador", ACCEDED, "2019", "Ecuador – acceded 2019"),
        ("Peru", RATIFIED, "2021", "Peru – ratified 2021"),
        ("Colombia", RATIFIED, "2022", "Colombia – ratified 2022"),
        ("Mexico", RATIFIED, "2023-05-10", "Mexico – ratified 10 May 2023"),
        ("Suriname", RATIFIED, "2025-03-20", "Suriname – ratified 20 March 2025 (new)")]:
    R(d, a, act, OLDER, dt, q)
R(d, "Brazil", "signed", OLDER, "2015-06-15", "Brazil – signed 15 June 2015, the day of adoption")
R(d, "Brazil", NOTRATIFIED, OLDER, None, "the ratification bill has been before the Senate since 2021", negated=True)
R(d, "Paraguay", "signed", OLDER, "2016", "Paraguay – signed 2016")
R(d, "Paraguay", NOTRATIFIED, OLDER, None, "the Executive has not yet sent the Convention to Congress", negated=True)
RL(d, ["Canada", "United States"], "signed", OLDER, None, "Canada and the United States – neither has signed", negated=True)
R(d, "United States", "supported", OLDER, None,
  "the United States joined the consensus on adoption with a footnote dissociating itself from the text", negated=True, required=False)
R(d, "Guatemala", NOTBOUND, OLDER, None, "Guatemala – has announced that it will accede \"in 2026", negated=True)
R(d, "Guatemala", "signed", OLDER, None, "Guatemala – has announced that it will accede \"in 2026", negated=True, required=False)
QHN = "Honduras has not signed or acceded to the Convention"
R(d, "Honduras", "signed", OLDER, None, QHN, negated=True)
R(d, "Honduras", NOTBOUND, OLDER, None, QHN, negated=True)
R(d, ARA, "called-for", OLDER, "2025-06-15",
  "We call on Brazil and Paraguay to complete ratification this year, and on every other OAS member State to accede to the Convention")

# ===================== 15 =====================
d = "15.txt"
DAY = "2025-05-22"
R(d, LASSUM, "adopted", ARAB, "2004-05-23",
  "on 23 May 2004, the Arab League summit in Tunis adopted the revised Arab Charter on Human Rights")
R(d, "Jordan", RATIFIED, ARAB, "2004-10", "Jordan ratified the Charter in October 2004")
R(d, "United Arab Emirates", RATIFIED, ARAB, "2008-01",
  "the United Arab Emirates deposited the seventh instrument of ratification in January 2008")
R(d, "Iraq", ACCEDED, ARAB, "2013", "Iraq acceded in 2013")
R(d, "Egypt", RATIFIED, ARAB, "2019", "Egypt ratified it in 2019")
QMA = "Morocco signed the Charter in 2004 but has never ratified it"
R(d, "Morocco", "signed", ARAB, "2004", QMA)
R(d, "Morocco", NOTRATIFIED, ARAB, None, QMA, negated=True)
R(d, "Tunisia", NOTRATIFIED, ARAB, None, "Tunisia – the host of the 2004 summit – has not ratified it either", negated=True)
QSDC = "Somalia, Djibouti and Comoros have neither signed nor ratified"
RL(d, ["Somalia", "Djibouti", "Comoros"], "signed", ARAB, None, QSDC, negated=True)
RL(d, ["Somalia", "Djibouti", "Comoros"], NOTRATIFIED, ARAB, None, QSDC, negated=True)
R(d, LASMC, "adopted", ACOURT, "2014-09",
  "the Statute of the Arab Court of Human Rights, adopted by its Ministerial Council in September 2014")
R(d, "Saudi Arabia", RATIFIED, ACOURT, "2016", "Saudi Arabia ratified the Statute in 2016")
R(d, LPI, "called-for", ARAB, DAY, "Tunisia and Morocco should ratify the Charter before its twenty-fifth anniversary")
R(d, LPI, "called-for", ACOURT, DAY, "the States parties should ratify the Court Statute so that it can finally enter into force")

# ===================== 16 =====================
d = "16.txt"
WED = "2025-10-01"
R(d, "Slovenia", RATIFIED, LJHC, WED,
  "Slovenia on Wednesday deposited its instrument of ratification of the Ljubljana–The Hague Convention",
  alt=["becoming the third State to ratify the treaty named after its capital"])
R(d, LJCONF, "adopted", LJHC, "2023-05", "The Convention, adopted at a diplomatic conference in Ljubljana in May 2023", required=False)
QSG = ("was signed on 14 February 2024 in The Hague by the six States that had championed it – Argentina, Belgium, Mongolia, the Netherlands, "
       "Senegal and Slovenia")
RL(d, ["Argentina", "Belgium", "Mongolia", "Netherlands", "Senegal", "Slovenia"], "signed", LJHC, "2024-02-14", QSG)
R(d, "Ukraine", "signed", LJHC, "2024-02-14", "Ukraine, which signed at The Hague ceremony")
R(d, "Ukraine", RATIFIED, LJHC, "2025-07", "Ukraine, which signed at The Hague ceremony, ratified the Convention in July")
R(d, "Belgium", RATIFIED, LJHC, "2025-03", "Belgium did so in March")
R(d, "Netherlands", NOTRATIFIED, LJHC, None, "the Dutch government expects to ratify by the end of the year", negated=True)
R(d, SLO_MIN, "called-for", LJHC, WED, "She urged \"all States that took part in the Ljubljana conference\" to ratify it")
QDE = "Germany signed the Convention in 2024 but has not ratified it"
R(d, "Germany", "signed", LJHC, "2024", QDE)
R(d, "Germany", NOTRATIFIED, LJHC, None, QDE, negated=True)
R(d, "United States", "signed", LJHC, None, "The United States took part in the negotiations in Ljubljana but did not sign the Convention", negated=True)
RL(d, ["Russian Federation", "China"], "signed", LJHC, None, "and neither did Russia or China", negated=True)
R(d, "Slovenia", PARTY, ROME, "2001", "Slovenia has been a party to the Rome Statute since 2001")
R(d, CIJ, "called-for", LJHC, None, "which urged Mongolia and Senegal to follow quickly")

gold.finish(MIN_CHARS, MAX_CHARS)
