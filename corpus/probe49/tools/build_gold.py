#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe45/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (08.md, 09.html, 14.md, 15.html); as in
corpus/probe24/tools/build_gold.py, gold.py's Gold.finish() checks their quotes against the file as written (white space
folded), so no quote of theirs spans mark-up or an HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are
added locally below.

Theme: national news agencies and government press offices in their own house styles (wires, a cabinet-session summary, a
presidential "laws signed" item, gazette summaries, an embassy newsletter, regional secretariats' releases, a ministry Q&A and
a weekly treaty round-up). A parliament's vote or approval, a cabinet's approval, a President signing a ratification law and
a Council "taking note" are domestic steps and give no record; what binds a State is the deposit, the exchange of instruments
or the notification that its procedures are complete. Where the text says that step is still to come, the State gets a
negated record. A presidential decree or supreme decree that the text itself calls "ratifying" is kept as an affirmed
`required: false` record (as probe45 kept the Philippine President's ratification), beside the negated record for the
missing exchange or deposit. Depositaries and venues are never actors."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200
MOU_SIGNED = ["signed", "endorsed"]          # signing a non-binding memorandum of understanding
DECL_ADOPTED = ["endorsed", "signed", "adopted"]   # heads of State "adopting" or signing a joint declaration

# ---- instruments: (name as the text names it, aliases) ----
# 01
TIF = ("Agreement on the Establishment of the Turkic Investment Fund", ["Turkic Investment Fund Agreement", "Agreement establishing the Turkic Investment Fund", "TIF Agreement"])
NAKH = ("Nakhchivan Agreement on the Establishment of the Cooperation Council of Turkic Speaking States", ["Nakhchivan Agreement"])
GREEN = ("Agreement between the Governments of the Republic of Azerbaijan, the Republic of Kazakhstan and the Republic of Uzbekistan on Strategic Partnership in the Field of Generation and Transmission of Green Energy",
         ["green energy agreement", "Agreement on Strategic Partnership in the Field of Generation and Transmission of Green Energy", "trilateral green energy agreement"])
# 02
KTB = ("Treaty between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border", ["Kyrgyz-Tajik State Border Treaty", "Bishkek Treaty", "Kyrgyz-Tajik border treaty"])
JUNC = ("Treaty on the Junction Point of the State Borders of the Kyrgyz Republic, the Republic of Tajikistan and the Republic of Uzbekistan",
        ["Treaty on the Junction Point of the State Borders", "trilateral Treaty", "junction point treaty"])
KHUJ = ("Khujand Declaration on Eternal Friendship", ["Khujand Declaration"])
KUB = ("Treaty between the Kyrgyz Republic and the Republic of Uzbekistan on Certain Sections of the Kyrgyz-Uzbek State Border", ["Kyrgyz-Uzbek border treaty", "Kyrgyz-Uzbek State Border Treaty"])
# 03
MYCEPA = ("Comprehensive Economic Partnership Agreement (CEPA) between the United Arab Emirates and Malaysia", ["UAE-Malaysia CEPA", "UAE–Malaysia Comprehensive Economic Partnership Agreement"])
NZCEPA = ("UAE-New Zealand CEPA", ["UAE–New Zealand Comprehensive Economic Partnership Agreement"])
KECEPA = ("UAE-Kenya CEPA", ["UAE–Kenya Comprehensive Economic Partnership Agreement"])
IDCEPA = ("UAE-Indonesia CEPA", ["CEPA between the UAE and Indonesia", "Indonesia–UAE CEPA", "IUAE-CEPA", "Indonesia–United Arab Emirates CEPA"])
KHCEPA = ("UAE-Cambodia CEPA", ["CEPA concluded by the UAE with Cambodia", "UAE–Cambodia Comprehensive Economic Partnership Agreement"])
TRCEPA = ("UAE-Türkiye CEPA", ["agreement with Türkiye", "UAE–Türkiye Comprehensive Economic Partnership Agreement"])
AUCEPA = ("UAE-Australia CEPA", ["CEPA with Australia", "UAE–Australia Comprehensive Economic Partnership Agreement"])
UACEPA = ("UAE-Ukraine CEPA", ["CEPA between the UAE and Ukraine", "UAE–Ukraine Comprehensive Economic Partnership Agreement"])
# 04
BAGHDAD = ("Baghdad Declaration", ["Declaration of the 34th Arab Summit", "Baghdad Declaration of the 34th Arab Summit"])
IALA = ("Convention on the International Organization for Marine Aids to Navigation", ["IALA Convention", "Convention on IALA"])
SAAZ = ("memorandum of understanding between the Ministry of Energy in the Kingdom of Saudi Arabia and the Ministry of Energy of the Republic of Azerbaijan for cooperation in the field of renewable energy",
        ["Saudi–Azerbaijani renewable energy memorandum of understanding", "renewable energy MoU with Azerbaijan"])
SAUZ = ("Agreement between the Government of the Kingdom of Saudi Arabia and the Government of the Republic of Uzbekistan for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income",
        ["Saudi–Uzbek double taxation agreement", "Agreement for the Avoidance of Double Taxation"])
SAKG = ("Agreement on Cooperation in Combating Crime between the Government of the Kingdom of Saudi Arabia and the Government of the Kyrgyz Republic",
        ["Agreement on Cooperation in Combating Crime", "Saudi–Kyrgyz crime agreement"])
# 05
VISA = ("Agreement on the Exemption of Visa Requirements for Holders of Diplomatic, Official and Service Passports", ["visa exemption agreement", "Morocco–Guatemala visa exemption agreement"])
CONSULT = ("Memorandum of Understanding establishing a Mechanism for Regular Political Consultations", ["Memorandum of Understanding on political consultations", "political consultations MoU"])
AIR = ("Air Transport Agreement between the Kingdom of Morocco and the Republic of Guatemala", ["Air Transport Agreement", "Morocco–Guatemala air transport agreement"])
AUTON = ("Moroccan Autonomy Initiative", ["Autonomy Initiative", "Moroccan autonomy plan", "autonomy plan"])
ARGAN = ("General Assembly resolution 75/262", ["resolution 75/262", "A/RES/75/262", "International Day of Argan resolution"])
MARRAKECH = ("Marrakech Declaration", ["Marrakech Declaration on Road Safety", "Marrakech Declaration of the Fourth Global Ministerial Conference on Road Safety"])
BIT = ("Agreement on the Promotion and Reciprocal Protection of Investments", ["bilateral investment treaty", "Morocco–Guatemala investment agreement"])
# 06
HYP = ("Agreement on the Hundred-Year Partnership between Ukraine and the United Kingdom of Great Britain and Northern Ireland",
       ["Hundred-Year Partnership Agreement", "Agreement on the Hundred-Year Partnership", "100-Year Partnership Agreement", "Hundred-Year Partnership"])
UKSEC = ("Agreement on Security Cooperation between Ukraine and the United Kingdom", ["UK–Ukraine security agreement", "Agreement on Security Cooperation"])
DESEC = ("agreement on security cooperation between Ukraine and Germany", ["Ukraine–Germany security agreement", "Agreement on Security Cooperation and Long-Term Support"])
FRSEC = ("agreement on security cooperation between Ukraine and France", ["Ukraine–France security agreement", "Agreement on Security Cooperation between France and Ukraine"])
G7DECL = ("Joint Declaration of Support for Ukraine", ["G7 Joint Declaration of Support for Ukraine", "Vilnius Joint Declaration"])
PFTSPA = ("Political, Free Trade and Strategic Partnership Agreement between Ukraine and the United Kingdom", ["Political, Free Trade and Strategic Partnership Agreement", "UK–Ukraine Political, Free Trade and Strategic Partnership Agreement"])
# 07
NANCY = ("Treaty between the Republic of Poland and the French Republic on Enhanced Cooperation and Friendship", ["Treaty of Nancy", "Polish-French Treaty of Nancy", "Nancy Treaty"])
PLFR91 = ("Treaty of Friendship and Solidarity between the Republic of Poland and the French Republic", ["Polish–French Treaty of Friendship and Solidarity", "1991 Treaty of Friendship and Solidarity"])
AACHEN = ("Treaty of Aachen", ["Aachen Treaty", "Franco-German treaty signed in Aachen", "Treaty on Franco-German Cooperation and Integration"])
QUIRINAL = ("Quirinal Treaty", ["Treaty of the Quirinal", "Franco-Italian treaty signed at the Quirinal Palace", "Treaty for Enhanced Bilateral Cooperation"])
BARCELONA = ("Treaty of Friendship and Cooperation between France and Spain", ["Treaty of Barcelona", "Franco-Spanish Treaty of Friendship and Cooperation"])
PLDE91 = ("Treaty on Good Neighbourship and Friendly Cooperation", ["Polish–German Treaty on Good Neighbourship and Friendly Cooperation", "Treaty of Good Neighbourship"])
# 08
EAEU = ("Interim Agreement leading to the formation of a free trade area between the Eurasian Economic Union and its Member States, of the one part, and Mongolia, of the other part",
        ["Interim Trade Agreement", "Mongolia–EAEU Interim Trade Agreement", "Interim Agreement leading to the formation of a free trade area", "EAEU–Mongolia interim agreement"])
MNJPEPA = ("Agreement between Mongolia and Japan for an Economic Partnership", ["Mongolia–Japan Economic Partnership Agreement", "Mongolia–Japan EPA", "Economic Partnership Agreement"])
TOKYO = ("Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education", ["Tokyo Convention", "Asia-Pacific Regional Convention"])
MNDE = ("Agreement between Mongolia and the Federal Republic of Germany on Financial Cooperation", ["Mongolia–Germany Agreement on Financial Cooperation", "Agreement on Financial Cooperation"])
HRCDP = ("Human Rights Council resolution on the question of the death penalty", ["resolution on the question of the death penalty", "question of the death penalty"])
HRCJ = ("Human Rights Council resolution on the safety of journalists", ["resolution on the safety of journalists", "safety of journalists"])
# 09
CACU = ("Framework Agreement for the Establishment of the Central American Customs Union", ["Framework Agreement", "Central American Customs Union Framework Agreement"])
PANPROT = ("Protocol of Incorporation", ["Protocol of Incorporation of Panama into the Central American Economic Integration Subsystem", "Protocol of Incorporation of Panama"])
DEEP = ("Enabling Protocol for the Process of Deep Integration towards Free Transit of Goods and Natural Persons",
        ["Enabling Protocol", "Deep Integration Protocol", "Enabling Protocol for the Process of Deep Integration"])
# 10
ERED = ("Agreement on the Mutual Recognition of Electronic Documents in Cross-Border Trade of the CIS Member States", ["Agreement on the Mutual Recognition of Electronic Documents in Cross-Border Trade", "CIS electronic documents agreement"])
FTAPROT = ("Protocol on Amendments to the Treaty on a Free Trade Area of 18 October 2011", ["Protocol on Amendments to the Treaty on a Free Trade Area", "amending Protocol"])
CISFTA = ("Treaty on a Free Trade Area of 18 October 2011", ["Treaty on a Free Trade Area", "CIS Free Trade Area Treaty", "CIS FTA"])
TOUR = ("Concept for the Development of Cooperation of the CIS Member States in the Field of Tourism until 2030", ["CIS tourism concept", "Concept for the Development of Cooperation in the Field of Tourism until 2030"])
MIGR = ("Convention on the Legal Status of Migrant Workers and Members of Their Families of the CIS Member States", ["CIS Convention on the Legal Status of Migrant Workers", "Convention on the Legal Status of Migrant Workers"])
# 11
RUIR = ("Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Islamic Republic of Iran", ["Russia–Iran Comprehensive Strategic Partnership Treaty", "Treaty on Comprehensive Strategic Partnership"])
RUKP = ("Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea", ["Russia–DPRK Comprehensive Strategic Partnership Treaty", "Russia–North Korea treaty"])
RUBY = ("Treaty between the Russian Federation and the Republic of Belarus on Security Guarantees within the Union State", ["Treaty on Security Guarantees within the Union State", "Union State security guarantees treaty"])
ECPT = ("European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment", ["European Convention for the Prevention of Torture", "ECPT", "ETS No. 126"])
# 12
ALTP = ("Protocol Amending the Agreement for the Establishment of the Binational Autonomous Authority of Lake Titicaca", ["Lake Titicaca Protocol", "Protocol Amending the ALT Agreement", "Protocol"])
MINING = ("Memorandum of Understanding on Cooperation for the Control of Illegal Mining in the Border Area", ["illegal mining MoU", "Memorandum of Understanding on illegal mining"])
ILO_AG = ("Ilo Agreements", ["Ilo Conventions", "Bolivia–Peru Ilo Agreements", "Convenios de Ilo"])
ACT = ("Amazon Cooperation Treaty", ["ACT", "Treaty for Amazonian Cooperation"])
BELEM = ("Declaration of Belém", ["Belém Declaration"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean", ["Escazú Agreement", "Escazu Agreement"])
# 13
DZIT = ("Agreement between the Government of the People's Democratic Republic of Algeria and the Government of the Italian Republic on Cooperation in the Field of Renewable Energy and Green Hydrogen",
        ["Algeria–Italy renewable energy and green hydrogen agreement", "Agreement on Cooperation in the Field of Renewable Energy and Green Hydrogen"])
DZMR = ("Convention between the People's Democratic Republic of Algeria and the Islamic Republic of Mauritania on Mutual Legal Assistance in Criminal Matters",
        ["Algeria–Mauritania mutual legal assistance convention", "Convention on Mutual Legal Assistance in Criminal Matters"])
RAMTC = ("Revised African Maritime Transport Charter", ["African Maritime Transport Charter", "Charter"])
FRONT = ("International Convention on the Harmonization of Frontier Controls of Goods", ["Harmonization Convention", "Convention on the Harmonization of Frontier Controls of Goods"])
DZTN = ("agreement on the joint development of border areas", ["Algeria–Tunisia border development agreement", "agreement on the joint development of border areas between Algeria and Tunisia"])
# 14
IEU = ("Indonesia–European Union Comprehensive Economic Partnership Agreement (IEU-CEPA)", ["IEU-CEPA", "Indonesia-EU CEPA", "Indonesia–European Union Comprehensive Economic Partnership Agreement", "EU–Indonesia CEPA"])
IACEPA = ("Indonesia–Australia CEPA (IA-CEPA)", ["IA-CEPA", "Indonesia–Australia Comprehensive Economic Partnership Agreement", "Indonesia-Australia CEPA"])
IEFTA = ("Indonesia–EFTA CEPA", ["Indonesia–EFTA Comprehensive Economic Partnership Agreement", "EFTA–Indonesia CEPA"])
IKCEPA = ("Indonesia–Korea CEPA (IK-CEPA)", ["IK-CEPA", "Indonesia–Korea Comprehensive Economic Partnership Agreement", "Indonesia-Korea CEPA"])
IUAE = ("Indonesia–United Arab Emirates CEPA", ["IUAE-CEPA", "Indonesia–UAE CEPA", "UAE-Indonesia CEPA"])
ICCEPA = ("Indonesia–Canada CEPA", ["ICA-CEPA", "Indonesia–Canada Comprehensive Economic Partnership Agreement", "Canada–Indonesia CEPA"])
ATIGA = ("ASEAN Trade in Goods Agreement", ["ATIGA"])
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
# 15
PCR = ("Protocol on Contingent Rights", ["CARICOM Protocol on Contingent Rights", "Contingent Rights Protocol"])
CDF = ("Protocol Amending the Agreement Establishing the CARICOM Development Fund", ["CARICOM Development Fund Protocol", "Agreement Establishing the CARICOM Development Fund"])
# 16
PECN = ("Protocol to Upgrade the Free Trade Agreement between the Government of the Republic of Peru and the Government of the People's Republic of China",
        ["Peru–China FTA upgrade Protocol", "Protocol to Upgrade the Free Trade Agreement", "Protocol"])
PEID = ("Comprehensive Economic Partnership Agreement between the Republic of Peru and the Republic of Indonesia", ["Peru–Indonesia CEPA", "Indonesia–Peru CEPA", "IP-CEPA"])
PEHK = ("free trade agreement between Peru and Hong Kong, China", ["Peru–Hong Kong FTA", "Peru–Hong Kong, China Free Trade Agreement"])
CONTR = ("Inter-American Convention on the Law Applicable to International Contracts", ["Mexico City Convention", "Inter-American Convention on the Law Applicable to International Contracts (CIDIP-V)"])
PEUAE = ("Comprehensive Economic Partnership Agreement with the United Arab Emirates", ["Peru–UAE CEPA", "UAE–Peru CEPA"])
MACHU = ("Machu Picchu Declaration", ["APEC Leaders' Machu Picchu Declaration"])
PEAR = ("agreement on the mutual recognition of driving licences with Argentina", ["Peru–Argentina driving licences agreement", "agreement on the mutual recognition of driving licences"])

# ---- actors with alternative names ----
ALT = {
    **alt("Kazakhstan", "Türkiye", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "United Arab Emirates", "Kenya", "Saudi Arabia", "Guatemala",
          "United Kingdom", "Germany", "Russian Federation", "Iran", "Democratic People's Republic of Korea", "Republic of Korea", "China",
          "European Union", "Costa Rica", "Republic of Moldova", "Bolivia", "Mexico", "Venezuela"),
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Hungary": ["Hungary"],
    "Turkmenistan": ["Turkmenistan"],
    "Malaysia": ["Malaysia"],
    "Cambodia": ["Cambodia", "Kingdom of Cambodia"],
    "New Zealand": ["New Zealand"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Ukraine": ["Ukraine"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Poland": ["Poland", "Republic of Poland"],
    "France": ["France", "French Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Mongolia": ["Mongolia"],
    "Japan": ["Japan"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Panama": ["Panama", "Republic of Panama"],
    "Belize": ["Belize"],
    "Dominican Republic": ["Dominican Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Iceland": ["Iceland"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Canada": ["Canada"],
    "Netherlands": ["Netherlands", "The Netherlands", "Kingdom of the Netherlands"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Barbados": ["Barbados"],
    "Grenada": ["Grenada"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Jamaica": ["Jamaica"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Montserrat": ["Montserrat"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Argentina": ["Argentina", "Argentine Republic"],
}
# Actors named through an official (the State first, then the official as the text names them).
KZ_MIN = ["Kazakhstan", "Republic of Kazakhstan", "Almassadam Satkaliyev", "Minister of Energy"]
KG_PRES = ["Kyrgyzstan", "Kyrgyz Republic", "Sadyr Japarov"]
TJ_PRES = ["Tajikistan", "Republic of Tajikistan", "Emomali Rahmon"]
UAE_MIN = ["United Arab Emirates", "UAE", "Thani bin Ahmed Al Zeyoudi"]
MY_MIN = ["Malaysia", "Tengku Datuk Seri Utama Zafrul Abdul Aziz"]
NZ_MIN = ["New Zealand", "Todd McClay"]
KE_MIN = ["Kenya", "Republic of Kenya", "Lee Kinyanjui"]
MA_MIN = ["Morocco", "Kingdom of Morocco", "Nasser Bourita"]
GT_MIN = ["Guatemala", "Republic of Guatemala", "Carlos Ramiro Martinez"]
UA_PRES = ["Ukraine", "Volodymyr Zelensky"]
UK_PM = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Keir Starmer"]
UK_PM2 = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Rishi Sunak"]
UA_MIN = ["Ukraine", "Andrii Sybiha", "Minister of Foreign Affairs of Ukraine"]
PL_PM = ["Poland", "Republic of Poland", "Donald Tusk"]
FR_PRES = ["France", "French Republic", "Emmanuel Macron"]
BY_PRES = ["Belarus", "Republic of Belarus", "Alexander Lukashenko"]
RU_PRES = ["Russian Federation", "Russia", "Vladimir Putin", "President of Russia"]
BO_MIN = ["Bolivia", "Plurinational State of Bolivia", "Celinda Sosa Lunda", "Celinda Sosa"]
PE_MIN = ["Peru", "Republic of Peru", "Elmer Schialer Salcedo", "Elmer Schialer"]
ID_MIN = ["Indonesia", "Republic of Indonesia", "Airlangga Hartarto"]
EU_COM = ["European Union", "EU", "European Commission", "Maroš Šefčovič"]
PE_PRES = ["Peru", "Republic of Peru", "Dina Boluarte"]
ID_PRES = ["Indonesia", "Republic of Indonesia", "Prabowo Subianto"]
# Bodies and officials.
ARAB_SUMMIT = ["34th Arab Summit", "Arab Summit", "League of Arab States", "Arab League", "Council of the League of Arab States"]
ROAD_CONF = ["Fourth Global Ministerial Conference on Road Safety", "Global Ministerial Conference on Road Safety"]
G7 = ["G7", "G7 leaders", "Group of Seven"]
EAEU_ORG = ["Eurasian Economic Union", "EAEU"]
SICA_SG = ["Central American Integration System", "SICA", "SG-SICA", "General Secretariat of the Central American Integration System",
           "Secretary General of SICA", "Werner Vargas Torres"]
CIS_CHG = ["CIS Council of Heads of Government", "Council of Heads of Government of the Commonwealth of Independent States",
           "Council of Heads of Government", "Commonwealth of Independent States", "CIS"]
AMAZON_SUMMIT = ["Summit of the Amazon countries", "Amazon Summit", "Amazon Cooperation Treaty Organization", "ACTO"]
AUA = ["Assembly of Heads of State and Government of the African Union", "Assembly of the African Union", "African Union Assembly", "AU Assembly", "African Union"]
CARICOM_CHG = ["Conference of Heads of Government of the Caribbean Community", "CARICOM Conference of Heads of Government", "Conference of Heads of Government",
               "Caribbean Community", "CARICOM"]
CARICOM_SG = ["Caribbean Community", "CARICOM", "CARICOM Secretariat", "Secretary-General of the Caribbean Community", "Carla Barnett"]
HK = ["Hong Kong, China", "Hong Kong", "Hong Kong Special Administrative Region"]
APEC = ["APEC Leaders", "APEC", "Asia-Pacific Economic Cooperation"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Kazinform wire, ASTANA, March 5; header date 2025-03-05) =====================
d = "01.txt"
RL(d, ["Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Türkiye", "Uzbekistan"], "signed", TIF, "2023-03-16",
   "The Agreement was signed on 16 March 2023 in Ankara during the Extraordinary Summit of the Organization of Turkic States by the Republic of "
   "Azerbaijan, the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Türkiye and the Republic of Uzbekistan")
QNOTIF = "the Republic of Türkiye and the Republic of Azerbaijan have already completed their internal procedures and notified the depositary"
R(d, "Türkiye", ACCEPTED, TIF, None, QNOTIF)
R(d, "Azerbaijan", ACCEPTED, TIF, None, QNOTIF)
R(d, "Kyrgyzstan", RATIFIED, TIF, "2024-12", "the Kyrgyz Republic deposited its instrument of ratification in December last year")
R(d, "Uzbekistan", NOTRATIFIED, TIF, None, "The Republic of Uzbekistan has yet to ratify the document", negated=True)
RL(d, ["Hungary", "Turkmenistan"], NOTBOUND, TIF, None,
   "Hungary and Turkmenistan, which hold observer status in the Organization, are not parties to the Agreement", negated=True)
# The Mazhilis vote is a domestic step: Kazakhstan is bound only once the instrument reaches the depositary.
R(d, "Kazakhstan", NOTRATIFIED, TIF, None,
  "After its adoption by the Senate and signing by the Head of State, the instrument of ratification will be handed over to the depositary", negated=True,
  alt=["The law now goes to the Senate."])
R(d, "Kazakhstan", PARTY, NAKH, "2010",
  "Kazakhstan has been a party to the Nakhchivan Agreement on the Establishment of the Cooperation Council of Turkic Speaking States since 2010")
RL(d, ["Azerbaijan", "Kazakhstan", "Uzbekistan"], "signed", GREEN, "2024-11-13",
   "The trilateral document was signed by the Heads of Government of the three states in Baku on 13 November 2024")
R(d, "Uzbekistan", ACCEPTED, GREEN, "2025-01", "The Uzbek side sent its notification in January of this year")
R(d, "Azerbaijan", NOTRATIFIED, GREEN, None, "whereas the Azerbaijani side has not yet done so", negated=True)
R(d, "Kazakhstan", NOTRATIFIED, GREEN, None, "Kazakhstan will send its notification once the law is signed", negated=True)
R(d, KZ_MIN, "called-for", GREEN, "2025-03-05",
  "The Minister urged the Azerbaijani partners to complete the internal procedures on the green energy agreement without delay")

# ===================== 02 (Kabar wire, 03.04.2025) =====================
d = "02.txt"
QKTB = ("the Treaty was signed in Bishkek on 13 March 2025 by President Sadyr Japarov and President of the Republic of Tajikistan Emomali Rahmon")
R(d, KG_PRES, "signed", KTB, "2025-03-13", QKTB)
R(d, TJ_PRES, "signed", KTB, "2025-03-13", QKTB)
# The President's signature of the ratification law, the Jogorku Kenesh's and the Majlisi Oli's votes are domestic steps.
QNB = "Until then neither Kyrgyzstan nor Tajikistan is bound by the Treaty"
R(d, "Kyrgyzstan", NOTRATIFIED, KTB, None, QNB, negated=True, alt=["The sides plan to carry out the exchange in Dushanbe in the coming weeks"])
R(d, "Tajikistan", NOTRATIFIED, KTB, None, QNB, negated=True, alt=["The sides plan to carry out the exchange in Dushanbe in the coming weeks"])
RL(d, ["Kyrgyzstan", "Tajikistan", "Uzbekistan"], "signed", JUNC, "2025-03-31",
   "on 31 March, in the city of Khujand, the Heads of State of Kyrgyzstan, Tajikistan and Uzbekistan signed the Treaty on the Junction Point of the State Borders")
RL(d, ["Kyrgyzstan", "Tajikistan", "Uzbekistan"], DECL_ADOPTED, KHUJ, "2025-03-31",
   "The three leaders also adopted the Khujand Declaration on Eternal Friendship")
R(d, "Kyrgyzstan", NOTRATIFIED, JUNC, None, "The Cabinet of Ministers has submitted the trilateral Treaty to the Jogorku Kenesh for ratification", negated=True)
R(d, "Uzbekistan", NOTRATIFIED, JUNC, None,
  "In Uzbekistan, the Legislative Chamber of the Oliy Majlis is expected to consider the document in April", negated=True)
RL(d, ["Kyrgyzstan", "Uzbekistan"], "signed", KUB, "2022-11-03",
   "The Treaty between the Kyrgyz Republic and the Republic of Uzbekistan on Certain Sections of the Kyrgyz-Uzbek State Border, signed in Bishkek on 3 November 2022")
RL(d, ["Kyrgyzstan", "Uzbekistan"], RATIFIED, KUB, "2023-01",
   "entered into force after the two sides exchanged instruments of ratification in Tashkent in January 2023")

# ===================== 03 (WAM, ABU DHABI, 14th January, 2025) =====================
d = "03.txt"
D = "2025-01-14"
QMY = ("The agreement was signed by Dr. Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, and Tengku Datuk Seri Utama Zafrul Abdul Aziz, "
       "Minister of Investment, Trade and Industry of Malaysia")
R(d, UAE_MIN, "signed", MYCEPA, D, QMY)
R(d, MY_MIN, "signed", MYCEPA, D, QMY)
QNZ = "Dr. Al Zeyoudi signed the UAE-New Zealand CEPA with the Honourable Todd McClay, New Zealand's Minister for Trade"
R(d, UAE_MIN, "signed", NZCEPA, D, QNZ)
R(d, NZ_MIN, "signed", NZCEPA, D, QNZ)
QKE = "the UAE-Kenya CEPA with Mr. Lee Kinyanjui, Cabinet Secretary for Investments, Trade and Industry of the Republic of Kenya"
R(d, UAE_MIN, "signed", KECEPA, D, QKE)
R(d, KE_MIN, "signed", KECEPA, D, QKE)
QUAERAT = "the ratification of the three agreements signed today is expected in the first half of the year"
for inst in (MYCEPA, NZCEPA, KECEPA):
    R(d, "United Arab Emirates", NOTRATIFIED, inst, None, QUAERAT, negated=True,
      alt=["the agreements will enter into force after the completion of the legislative procedures in each country"])
R(d, "Malaysia", NOTRATIFIED, MYCEPA, None, "Malaysia has said it will ratify the agreement once its Cabinet has reviewed the final legal text", negated=True)
R(d, "New Zealand", NOTRATIFIED, NZCEPA, None, "New Zealand's Parliament must first complete its treaty examination process", negated=True)
R(d, "Kenya", NOTRATIFIED, KECEPA, None,
  "the agreements will enter into force after the completion of the legislative procedures in each country", negated=True)
# "the first CEPA concluded by the UAE with a member state of [ASEAN] other than Indonesia and Cambodia": concluded, undated (optional).
RL(d, ["United Arab Emirates", "Cambodia"], "signed", KHCEPA, None,
   "It is the first CEPA concluded by the UAE with a member state of the Association of Southeast Asian Nations other than Indonesia and Cambodia",
   required=False)
RL(d, ["United Arab Emirates", "Indonesia"], "signed", IDCEPA, "2022-07", "The UAE and Indonesia signed their CEPA in Jakarta in July 2022")
RL(d, ["United Arab Emirates", "Türkiye"], "signed", TRCEPA, "2023-03", "the agreement with Türkiye was signed in Abu Dhabi in March 2023")
RL(d, ["United Arab Emirates", "Australia"], "signed", AUCEPA, "2024-11", "The CEPA with Australia, which the two countries signed in November 2024")
RL(d, ["United Arab Emirates", "Australia"], NOTRATIFIED, AUCEPA, None, "is still undergoing ratification in both countries", negated=True)
RL(d, ["United Arab Emirates", "Ukraine"], "signed", UACEPA, "2024-10", "The UAE and Ukraine signed their CEPA in October 2024")
R(d, "Ukraine", NOTRATIFIED, UACEPA, None, "but Ukraine has not yet ratified it", negated=True)

# ===================== 04 (SPA, Jeddah, Dhu al-Qadah 22, 1446 AH, May 20, 2025) =====================
d = "04.txt"
# "on Saturday" against the Tuesday dateline: 17 May 2025.
R(d, "Saudi Arabia", ["endorsed", "adopted", "committed"], BAGHDAD, "2025-05-17",
  "at which the Kingdom's delegation joined the other Arab leaders in adopting the Baghdad Declaration")
R(d, ARAB_SUMMIT, "adopted", BAGHDAD, "2025-05-17",
  "the 34th Arab Summit held in Baghdad on Saturday, at which the Kingdom's delegation joined the other Arab leaders in adopting the Baghdad Declaration",
  required=False)
# The Cabinet's approval is a domestic step: the accession is still to be deposited.
R(d, "Saudi Arabia", JOINED, IALA, None,
  "The instrument of accession will be deposited with the depositary after the issuance of the Royal Decree prepared for this purpose", negated=True,
  alt=["Approving the Kingdom's accession to the Convention on the International Organization for Marine Aids to Navigation"])
R(d, "Saudi Arabia", MOU_SIGNED, SAAZ, None,
  "Authorizing His Royal Highness the Minister of Energy - or his deputy - to discuss and sign with the Azerbaijani side a draft memorandum of understanding",
  negated=True)
R(d, "Azerbaijan", MOU_SIGNED, SAAZ, None, "to discuss and sign with the Azerbaijani side a draft memorandum of understanding", negated=True, required=False)
RL(d, ["Saudi Arabia", "Uzbekistan"], "signed", SAUZ, "2025-01-05",
   "Approving the Agreement between the Government of the Kingdom of Saudi Arabia and the Government of the Republic of Uzbekistan for the Avoidance "
   "of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income, signed in Tashkent on 5 Rajab 1446 AH corresponding to 5 January 2025")
R(d, "Uzbekistan", ACCEPTED, SAUZ, "2025-03", "The Uzbek side notified the Kingdom in March that it had completed its internal procedures")
QEIF = ("The agreements approved today will enter into force after the completion of the statutory procedures and the exchange of notifications "
        "between the two sides")
R(d, "Saudi Arabia", NOTRATIFIED, SAUZ, None, QEIF, negated=True)
RL(d, ["Saudi Arabia", "Kyrgyzstan"], "signed", SAKG, "2025-04-03",
   "Approving the Agreement on Cooperation in Combating Crime between the Government of the Kingdom of Saudi Arabia and the Government of the Kyrgyz "
   "Republic, signed in Bishkek on 5 Shawwal 1446 AH corresponding to 3 April 2025")
RL(d, ["Saudi Arabia", "Kyrgyzstan"], NOTRATIFIED, SAKG, None, QEIF, negated=True)

# ===================== 05 (MAP, Rabat, 02/06/2025, Monday) =====================
d = "05.txt"
D = "2025-06-02"
QSIG = ("the two ministers signed an Agreement on the Exemption of Visa Requirements for Holders of Diplomatic, Official and Service Passports")
R(d, MA_MIN, "signed", VISA, D, QSIG)
R(d, GT_MIN, "signed", VISA, D, QSIG)
QMOU = ("At the end of the talks, the two ministers signed an Agreement on the Exemption of Visa Requirements for Holders of Diplomatic, Official and "
        "Service Passports, as well as a Memorandum of Understanding establishing a Mechanism for Regular Political Consultations between the two Foreign Ministries")
R(d, MA_MIN, MOU_SIGNED, CONSULT, D, QMOU)
R(d, GT_MIN, MOU_SIGNED, CONSULT, D, QMOU)
QAIR = ("Mr. Bourita and his counterpart also exchanged the instruments of ratification of the Air Transport Agreement between the Kingdom of Morocco "
        "and the Republic of Guatemala")
R(d, MA_MIN, RATIFIED, AIR, D, QAIR)
R(d, GT_MIN, RATIFIED, AIR, D, QAIR)
RL(d, ["Morocco", "Guatemala"], "signed", AIR, "2022-03-18", "signed in Guatemala City on 18 March 2022")
R(d, GT_MIN, ["endorsed", "supported", "committed"], AUTON, D,
  "the Guatemalan minister reiterated his country's firm support for the Moroccan Autonomy Initiative")
R(d, "Guatemala", "co-sponsored", ARGAN, None,
  "Mr. Bourita thanked Guatemala for having been among the co-sponsors of General Assembly resolution 75/262")
R(d, "Morocco", "co-sponsored", ARGAN, None, "which the Kingdom of Morocco presented")
R(d, GA, "adopted", ARGAN, "2021-03-03", "which the General Assembly adopted by consensus on 3 March 2021")
R(d, GT_MIN, ENDORSED, MARRAKECH, None, "Guatemala intends to endorse the Marrakech Declaration", negated=True)
R(d, ROAD_CONF, "adopted", MARRAKECH, "2025-02",
  "the Marrakech Declaration adopted at the Fourth Global Ministerial Conference on Road Safety, held in Marrakech in February 2025")
R(d, MA_MIN, "called-for", MARRAKECH, D, "Mr. Bourita encouraged other Latin American partners to do the same")
RL(d, ["Morocco", "Guatemala"], "signed", BIT, None,
   "to work towards the conclusion of an Agreement on the Promotion and Reciprocal Protection of Investments, whose negotiation they launched today",
   negated=True, required=False)

# ===================== 06 (Ukrinform, 19.03.2025) =====================
d = "06.txt"
QHYP = ("the Agreement was signed in Kyiv on 16 January 2025 by President of Ukraine Volodymyr Zelensky and Prime Minister of the United Kingdom Keir Starmer")
R(d, UA_PRES, "signed", HYP, "2025-01-16", QHYP)
R(d, UK_PM, "signed", HYP, "2025-01-16", QHYP)
# The Rada's vote (329 MPs) and the President's signature of the law are domestic steps.
R(d, "Ukraine", NOTRATIFIED, HYP, None,
  "After the Head of State signs the law, the Ministry of Foreign Affairs of Ukraine will send the relevant note to the British side", negated=True)
R(d, "United Kingdom", NOTRATIFIED, HYP, None, "The British side has not yet notified Kyiv of the completion of its procedures", negated=True,
  alt=["Minister of Foreign Affairs of Ukraine Andrii Sybiha called on the British side to complete the ratification"])
R(d, UA_MIN, "called-for", HYP, "2025-03-19",
  "Minister of Foreign Affairs of Ukraine Andrii Sybiha called on the British side to complete the ratification")
QSEC = "signed by President Zelensky and then Prime Minister Rishi Sunak in Kyiv on 12 January 2024"
R(d, UA_PRES, "signed", UKSEC, "2024-01-12", QSEC)
R(d, UK_PM2, "signed", UKSEC, "2024-01-12", QSEC)
R(d, G7, ADOPTED, G7DECL, "2023-07", "the Joint Declaration of Support for Ukraine adopted by the G7 leaders in Vilnius in July 2023")
QDEFR = "Ukraine signed similar agreements on security cooperation with Germany and France on 16 February 2024"
RL(d, ["Ukraine", "Germany"], "signed", DESEC, "2024-02-16", QDEFR)
RL(d, ["Ukraine", "France"], "signed", FRSEC, "2024-02-16", QDEFR)
RL(d, ["Ukraine", "United Kingdom"], "signed", PFTSPA, "2020-10-08", "which the sides signed in London on 8 October 2020")

# ===================== 07 (PAP, Warsaw, 14.05.2025, Wednesday) =====================
d = "07.txt"
QNAN = ("The treaty was signed last Friday by Prime Minister Donald Tusk and President of the French Republic Emmanuel Macron in the town hall of Nancy")
R(d, PL_PM, "signed", NANCY, "2025-05-09", QNAN, alt=["signed in Nancy on 9 May"])
R(d, FR_PRES, "signed", NANCY, "2025-05-09", QNAN, alt=["signed in Nancy on 9 May"])
# The Council of Ministers' draft law, the Sejm vote and PiS MPs' announced votes are domestic steps.
R(d, "Poland", NOTRATIFIED, NANCY, None, "Poland will be able to ratify the treaty only after these steps", negated=True)
R(d, "France", NOTRATIFIED, NANCY, None, "In France, the treaty must be approved by Parliament before ratification", negated=True)
RL(d, ["Poland", "France"], "signed", PLFR91, "1991-04-09",
   "the Treaty of Friendship and Solidarity between the Republic of Poland and the French Republic, signed in Paris on 9 April 1991")
RL(d, ["France", "Germany"], "signed", AACHEN, "2019", "the treaties France signed with Germany in Aachen in 2019")
RL(d, ["France", "Italy"], "signed", QUIRINAL, "2021", "with Italy at the Quirinal Palace in 2021")
RL(d, ["France", "Spain"], "signed", BARCELONA, "2023-01",
   "the Treaty of Friendship and Cooperation between France and Spain, concluded in Barcelona in January 2023")
RL(d, ["Poland", "Germany"], "signed", PLDE91, "1991-06-17",
   "Poland and Germany are bound by the Treaty on Good Neighbourship and Friendly Cooperation signed in Bonn on 17 June 1991")
RL(d, ["Poland", "Germany"], RATIFIED, PLDE91, "1991", "which both states ratified later that year",
   alt=["Poland and Germany are bound by the Treaty on Good Neighbourship and Friendly Cooperation"])

# ===================== 08 (Embassy of Mongolia newsletter, Markdown, Monday, 7 July 2025) =====================
d = "08.md"
R(d, "Mongolia", "signed", EAEU, "2025-06-27", "The Agreement was signed on behalf of Mongolia by the Minister of Economy and Development",
  alt=["On 27 June 2025, in Minsk, on the sidelines of the meeting of the Supreme Eurasian Economic Council"])
QEAEU = ("on the side of the Union by the Republic of Armenia, the Republic of Belarus, the Republic of Kazakhstan, the Kyrgyz Republic and the Russian "
         "Federation, as well as by the Eurasian Economic Union itself")
RL(d, ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation"], "signed", EAEU, "2025-06-27", QEAEU)
R(d, EAEU_ORG, "signed", EAEU, "2025-06-27", QEAEU)
R(d, "Mongolia", NOTRATIFIED, EAEU, None,
  "After signing, the Agreement will be submitted to the State Great Khural (Parliament) of Mongolia for ratification", negated=True)
RL(d, ["Mongolia", "Japan"], "signed", MNJPEPA, "2015-02-10", "was signed by the two countries in Tokyo on 10 February 2015")
R(d, "Mongolia", ACCEDED, TOKYO, "2025-06-18",
  "On 18 June, the Permanent Delegation of Mongolia to UNESCO deposited with the Director-General of UNESCO the instrument of accession of Mongolia",
  alt=["Mongolia accedes to the Asia-Pacific Regional Convention on the Recognition of Qualifications in Higher Education"])
RL(d, ["Republic of Korea", "Japan", "China"], PARTY, TOKYO, None,
   "Mongolia joins the Republic of Korea, Japan and China, which are already parties to the Convention")
R(d, "Kazakhstan", "signed", TOKYO, "2012", "Kazakhstan signed the Convention in 2012 but has not ratified it")
R(d, "Kazakhstan", NOTRATIFIED, TOKYO, None, "Kazakhstan signed the Convention in 2012 but has not ratified it", negated=True)
# The State Great Khural's approval of the draft law is domestic; Mongolia's notification is still to come.
RL(d, ["Mongolia", "Germany"], "signed", MNDE, "2024-10", "The Agreement was signed by the two Governments in Ulaanbaatar in October 2024")
R(d, "Mongolia", NOTRATIFIED, MNDE, None, "Mongolia will notify the German side through diplomatic channels", negated=True)
R(d, "Germany", NOTRATIFIED, MNDE, None, "The German side informed the Embassy that the Agreement does not require ratification by the Bundestag",
  negated=True, required=False)
R(d, "Mongolia", "co-sponsored", HRCDP, "2025-07-04",
  "Mongolia joined the core group of co-sponsors of the resolution on the question of the death penalty")
R(d, "Mongolia", "supported", HRCJ, "2025-07-04", "voted in favour of the resolution on the safety of journalists")

# ===================== 09 (SG-SICA press release, HTML, San Salvador, Monday, 2 June 2025) =====================
d = "09.html"
R(d, "Costa Rica", RATIFIED, CACU, "2025-06-02",
  "deposited at the seat of the General Secretariat the instrument of ratification of the Framework Agreement for the Establishment of the Central American Customs Union",
  alt=["With today's deposit, all five signatory States are parties to the instrument."])
RL(d, ["Guatemala", "El Salvador", "Honduras", "Nicaragua", "Costa Rica"], "signed", CACU, "2007-12-12",
   "The Framework Agreement was signed in Guatemala City on 12 December 2007 by the Republics of Guatemala, El Salvador, Honduras, Nicaragua and Costa Rica")
RL(d, ["Guatemala", "El Salvador", "Honduras", "Nicaragua"], RATIFIED, CACU, None,
   "Guatemala, El Salvador, Honduras and Nicaragua ratified it between 2008 and 2010")
R(d, "Panama", "signed", PANPROT, "2012-06-29", "the Protocol of Incorporation signed in Guatemala City on 29 June 2012")
R(d, "Panama", JOINED, PANPROT, None,
  "The Republic of Panama, which joined the Central American Economic Integration Subsystem through the Protocol of Incorporation")
R(d, "Panama", NOTBOUND, CACU, None, "is not a party to the Framework Agreement", negated=True,
  alt=["The Panamanian Government has expressed its interest in acceding to it"])
RL(d, ["Belize", "Dominican Republic"], "signed", CACU, None, "Belize and the Dominican Republic have not signed the Framework Agreement", negated=True)
R(d, SICA_SG, "called-for", CACU, "2025-06-02", "called on the Republic of Panama to complete its accession to the Framework Agreement")
RL(d, ["Guatemala", "Honduras"], "signed", DEEP, "2015",
   "Guatemala and Honduras signed the Enabling Protocol for the Process of Deep Integration towards Free Transit of Goods and Natural Persons in 2015")
R(d, "El Salvador", ACCEDED, DEEP, "2018", "to which El Salvador acceded in 2018")
RL(d, ["Costa Rica", "Nicaragua"], NOTBOUND, DEEP, None, "Costa Rica and Nicaragua have not joined the process", negated=True, required=False)

# ===================== 10 (CIS Executive Committee press release, Minsk, 30 May 2025) =====================
d = "10.txt"
D = "2025-05-30"
RL(d, ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan", "Uzbekistan"], "signed", ERED, D,
   "The Agreement was signed by the heads of government of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan")
R(d, "Azerbaijan", "signed", ERED, D, "Azerbaijan signed the document with a reservation")
R(d, "Turkmenistan", "signed", ERED, None, "Turkmenistan did not sign it", negated=True)
R(d, "Republic of Moldova", "signed", ERED, None, "The Republic of Moldova did not take part.", negated=True, required=False)
R(d, "Republic of Moldova", "signed", FTAPROT, None, "The Republic of Moldova did not take part.", negated=True, required=False)
RL(d, ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan"], "signed", FTAPROT, D,
   "the Protocol on Amendments to the Treaty on a Free Trade Area of 18 October 2011, signed by Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan")
R(d, "Uzbekistan", JOINED, CISFTA, "2014", "Uzbekistan, which joined the Treaty in 2014 by a separate Protocol")
R(d, "Uzbekistan", "signed", FTAPROT, None, "will sign the amending Protocol after the completion of domestic procedures", negated=True)
R(d, CIS_CHG, ADOPTED, TOUR, D,
  "the Concept for the Development of Cooperation of the CIS Member States in the Field of Tourism until 2030, which was approved by the Council")
RL(d, ["Russian Federation", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"], RATIFIED, MIGR, None,
   "At present the Convention has been ratified by Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan")
R(d, "Armenia", "signed", MIGR, "2008", "Armenia signed the Convention in 2008 but has not ratified it")
R(d, "Armenia", NOTRATIFIED, MIGR, None, "Armenia signed the Convention in 2008 but has not ratified it", negated=True)
RL(d, ["Azerbaijan", "Uzbekistan"], NOTBOUND, MIGR, None, "Azerbaijan and Uzbekistan are not parties", negated=True)

# ===================== 11 (Kremlin "laws signed" item, April 21, 2025) =====================
d = "11.txt"
# The President's signature of the ratification laws, the State Duma's and the Federation Council's votes are domestic steps.
RL(d, ["Russian Federation", "Iran"], "signed", RUIR, "2025-01-17",
   "The Treaty was signed in Moscow on January 17, 2025 during President of Iran Masoud Pezeshkian's official visit to Russia")
R(d, "Russian Federation", NOTRATIFIED, RUIR, None, "The Treaty shall enter into force on the date of the exchange of instruments of ratification", negated=True)
R(d, "Iran", NOTRATIFIED, RUIR, None, "The Islamic Republic of Iran has yet to complete the domestic procedures required for its ratification", negated=True)
RL(d, ["Russian Federation", "Democratic People's Republic of Korea"], "signed", RUKP, "2024-06-19", "signed in Pyongyang on June 19, 2024")
RL(d, ["Russian Federation", "Democratic People's Republic of Korea"], RATIFIED, RUKP, "2024-12-04",
   "entered into force on December 4, 2024, when the two sides exchanged instruments of ratification in Moscow")
QBY = ("The Treaty was signed in Minsk on December 6, 2024 by the President of Russia and the President of the Republic of Belarus Alexander Lukashenko")
R(d, RU_PRES, "signed", RUBY, "2024-12-06", QBY)
R(d, BY_PRES, "signed", RUBY, "2024-12-06", QBY)
R(d, "Belarus", ACCEPTED, RUBY, "2025-03-03",
  "The Belarusian side notified the Russian side of the completion of its domestic procedures on March 3, 2025")
R(d, "Russian Federation", NOTRATIFIED, RUBY, None,
  "The Treaty will enter into force on the date on which Belarus receives the corresponding notification from the Russian side", negated=True)
R(d, "Russian Federation", RATIFIED, ECPT, "1998", "Russia ratified the Convention in 1998")
R(d, "Russian Federation", NOTBOUND, ECPT, None,
  "the President signed Federal Law On Denunciation of the European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
  negated=True, required=False)

# ===================== 12 (Bolivian foreign-ministry news, La Paz, July 2, 2025, Wednesday) =====================
d = "12.txt"
D = "2025-07-02"
QALT = ("the Chancellors signed the Protocol Amending the Agreement for the Establishment of the Binational Autonomous Authority of Lake Titicaca")
R(d, BO_MIN, "signed", ALTP, D, QALT)
R(d, PE_MIN, "signed", ALTP, D, QALT)
QMIN = ("At the end of the meeting, the Chancellors signed the Protocol Amending the Agreement for the Establishment of the Binational Autonomous "
        "Authority of Lake Titicaca, which updates the financing and governance of the entity, and a Memorandum of Understanding on Cooperation for the "
        "Control of Illegal Mining in the Border Area")
R(d, BO_MIN, MOU_SIGNED, MINING, D, QMIN)
R(d, PE_MIN, MOU_SIGNED, MINING, D, QMIN)
RL(d, ["Bolivia", "Peru"], "signed", ILO_AG, "1992-01-24", "the Ilo Agreements, which Bolivia and Peru signed on January 24, 1992")
RL(d, ["Bolivia", "Peru"], NOTRATIFIED, ALTP, None,
   "Both delegations agreed that the Protocol will be submitted to the respective legislative bodies for approval, after which the ratifications will be exchanged",
   negated=True)
QCOMMIT = ("both Foreign Ministers reaffirmed their commitment to the Amazon Cooperation Treaty and to the Declaration of Belém")
R(d, BO_MIN, COMMITTED, ACT, D, QCOMMIT)
R(d, PE_MIN, COMMITTED, ACT, D, QCOMMIT)
R(d, BO_MIN, COMMITTED, BELEM, D, QCOMMIT)
R(d, PE_MIN, COMMITTED, BELEM, D, QCOMMIT)
R(d, AMAZON_SUMMIT, ADOPTED, BELEM, "2023-08", "the Declaration of Belém adopted at the Summit of the Amazon countries in August 2023")
R(d, BO_MIN, RATIFIED, ESCAZU, "2019",
  "Bolivia ratified the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and "
  "the Caribbean (Escazú Agreement) in 2019")
R(d, BO_MIN, "called-for", ESCAZU, D, "urged the countries of the region that have not yet done so to ratify it")
R(d, "Peru", "signed", ESCAZU, "2018", "Peru, which signed the Escazú Agreement in 2018")
R(d, "Peru", NOTRATIFIED, ESCAZU, None, "Peru, which signed the Escazú Agreement in 2018, has not ratified it", negated=True,
  alt=["the Peruvian Foreign Minister said that the matter is before the Congress of the Republic"])

# ===================== 13 (APS, ALGIERS, June 11, 2025: Official Journal summary) =====================
d = "13.txt"
# A presidential decree "ratifying" is Algeria's domestic act (kept as required: false); the exchange or deposit is still to come.
RL(d, ["Algeria", "Italy"], "signed", DZIT, "2024-07-23",
   "the Agreement between the Government of the People's Democratic Republic of Algeria and the Government of the Italian Republic on Cooperation in the "
   "Field of Renewable Energy and Green Hydrogen, signed in Rome on 23 July 2024")
R(d, "Algeria", RATIFIED, DZIT, "2025-05-31",
  "Presidential Decree No. 25-151 of 4 Dhu al-Hijjah 1446 corresponding to 31 May 2025 ratifying the Agreement", required=False)
QEX = "their entry into force is subject to the exchange of instruments of ratification between the two parties"
R(d, "Algeria", NOTRATIFIED, DZIT, None, QEX, negated=True)
R(d, "Italy", NOTRATIFIED, DZIT, None,
  "The Italian side has informed Algeria that its Parliament adopted the law authorising ratification in March 2025", negated=True, alt=[QEX])
RL(d, ["Algeria", "Mauritania"], "signed", DZMR, "2023-12-27",
   "the Convention between the People's Democratic Republic of Algeria and the Islamic Republic of Mauritania on Mutual Legal Assistance in Criminal "
   "Matters, signed in Nouakchott on 27 December 2023")
R(d, "Algeria", RATIFIED, DZMR, None, "Presidential Decree No. 25-152 ratifying the Convention between the People's Democratic Republic of Algeria and the Islamic Republic of Mauritania",
  required=False)
R(d, "Algeria", NOTRATIFIED, DZMR, None, QEX, negated=True)
R(d, "Mauritania", RATIFIED, DZMR, "2025-04-15",
  "the Mauritanian side deposited its instrument with the Algerian Ministry of Foreign Affairs on 15 April 2025")
R(d, AUA, "adopted", RAMTC, "2010-07-26",
  "adopted in Kampala on 26 July 2010 by the Assembly of Heads of State and Government of the African Union")
R(d, "Algeria", "signed", RAMTC, "2016-02-02", "Algeria signed the Charter on 2 February 2016")
R(d, "Algeria", RATIFIED, RAMTC, None, "Presidential Decree No. 25-153 ratifying the Revised African Maritime Transport Charter", required=False)
R(d, "Algeria", NOTRATIFIED, RAMTC, None,
  "The Ministry of Foreign Affairs and the National Community Abroad will proceed with the deposit in the coming weeks", negated=True)
R(d, "Algeria", JOINED, FRONT, None,
  "concerns the accession of Algeria, with a reservation to Article 20, to the International Convention on the Harmonization of Frontier Controls of Goods",
  required=False)
R(d, "Algeria", ACCEDED, FRONT, None,
  "The instrument of accession will be transmitted to the Secretary-General of the United Nations, the depositary of the Convention", negated=True)
RL(d, ["Algeria", "Tunisia"], "signed", DZTN, "2025-04-18",
   "Algeria and Tunisia signed on 18 April 2025 in Algiers an agreement on the joint development of border areas")
R(d, "Algeria", NOTRATIFIED, DZTN, None, "which has not yet been submitted for ratification", negated=True)
R(d, "Tunisia", NOTRATIFIED, DZTN, None, "which has not yet been submitted for ratification", negated=True, required=False)

# ===================== 14 (Indonesian MFA Q&A, Markdown, Jakarta, 30 September 2025) =====================
d = "14.md"
QIEU = ("The Coordinating Minister for Economic Affairs, Airlangga Hartarto, and the European Commissioner for Trade and Economic Security, Maroš Šefčovič, "
        "signed the Agreement in Nusa Dua, Bali, on 23 September 2025")
R(d, ID_MIN, "signed", IEU, "2025-09-23", QIEU)
R(d, EU_COM, "signed", IEU, "2025-09-23", QIEU)
R(d, "Indonesia", NOTRATIFIED, IEU, None, "Indonesia will ratify the IEU-CEPA after its approval by the House of Representatives (DPR)", negated=True,
  alt=["Not yet."])
R(d, "European Union", NOTRATIFIED, IEU, None,
  "On the EU side, the Council of the European Union must adopt a decision on conclusion after the consent of the European Parliament", negated=True)
RL(d, ["Indonesia", "Australia"], "signed", IACEPA, "2019-03-04", "signed by both countries in Jakarta on 4 March 2019")
R(d, "Indonesia", RATIFIED, IACEPA, "2020-02", "ratified by Indonesia in February 2020")
RL(d, ["Indonesia", "Iceland", "Liechtenstein", "Norway", "Switzerland"], "signed", IEFTA, "2018-12-16",
   "signed on 16 December 2018 by Indonesia and by Iceland, Liechtenstein, Norway and Switzerland")
R(d, "Indonesia", RATIFIED, IEFTA, "2021", "Indonesia deposited its instrument of ratification with Norway, the depositary, in 2021")
RL(d, ["Indonesia", "Republic of Korea"], "signed", IKCEPA, "2020-12", "signed by the two countries in December 2020")
RL(d, ["Indonesia", "United Arab Emirates"], "signed", IUAE, "2022-07", "signed in July 2022")
RL(d, ["Indonesia", "Canada"], "signed", ICCEPA, "2025-09-24", "signed in Ottawa on 24 September 2025, one day after the IEU-CEPA")
RL(d, ["Indonesia", "Canada"], NOTRATIFIED, ICCEPA, None, "It has not yet been ratified by either party", negated=True)
R(d, "Indonesia", COMMITTED, ATIGA, "2025-09-30", "Indonesia remains committed to the ASEAN Trade in Goods Agreement")
R(d, "Indonesia", COMMITTED, RCEP, "2025-09-30",
  "Indonesia remains committed to the ASEAN Trade in Goods Agreement and to the Regional Comprehensive Economic Partnership (RCEP)")
R(d, "Indonesia", RATIFIED, RCEP, "2022", "the Regional Comprehensive Economic Partnership (RCEP), which it ratified in 2022")
R(d, "Indonesia", JOINED, CPTPP, None,
  "Indonesia submitted its application to accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in September 2024",
  negated=True, alt=["The accession process has not yet started, and Indonesia is not a party"])
R(d, "Netherlands", NOTRATIFIED, IEU, None, "Reports that the Netherlands ratified the Agreement are incorrect", negated=True)

# ===================== 15 (CARICOM Secretariat press release, HTML, Bridgetown, Thursday 20 February 2025) =====================
d = "15.html"
RL(d, ["Antigua and Barbuda", "Saint Lucia", "Suriname"], "signed", PCR, "2025-02-20",
   "Antigua and Barbuda, Saint Lucia and Suriname today signed the Protocol on Contingent Rights")
R(d, CARICOM_CHG, "adopted", PCR, "2018-07", "was adopted by the Conference in July 2018")
RL(d, ["Barbados", "Belize", "Grenada", "Guyana", "Jamaica", "Saint Vincent and the Grenadines"], "signed", PCR, None,
   "Barbados, Belize, Grenada, Guyana, Jamaica and Saint Vincent and the Grenadines signed it in 2019 and 2020")
R(d, "Jamaica", RATIFIED, PCR, "2024-10", "Jamaica deposited its instrument in October 2024",
  alt=["Jamaica and Guyana are the only Member States that have deposited instruments of ratification with the Secretary-General"])
R(d, "Guyana", RATIFIED, PCR, None, "Jamaica and Guyana are the only Member States that have deposited instruments of ratification with the Secretary-General")
R(d, "Barbados", NOTRATIFIED, PCR, None,
  "Barbados informed the Conference that its Cabinet had approved ratification and that the instrument would be deposited before the end of March", negated=True)
RL(d, ["Haiti", "Montserrat"], "signed", PCR, None, "Haiti and Montserrat have not yet signed the Protocol", negated=True)
R(d, "Trinidad and Tobago", "signed", PCR, None, "Trinidad and Tobago said that it was not in a position to sign at this time", negated=True)
R(d, CARICOM_SG, "called-for", PCR, "2025-02-20", "urged all Member States that have not yet done so to sign and ratify the Protocol")
R(d, "Dominica", RATIFIED, CDF, "2025-02-20",
  "Dominica today deposited its instrument of ratification of the Protocol Amending the Agreement Establishing the CARICOM Development Fund")

# ===================== 16 (Andina weekly round-up, Lima, Saturday, September 20, 2025) =====================
d = "16.txt"
R(d, "Peru", RATIFIED, PECN, None,
  "The Supreme Decree ratifying the Protocol to Upgrade the Free Trade Agreement between the Government of the Republic of Peru and the Government of "
  "the People's Republic of China was published yesterday in the official gazette El Peruano", required=False)
R(d, "Peru", NOTRATIFIED, PECN, None,
  "The Protocol will enter into force sixty days after Peru's diplomatic note, which Torre Tagle will send to Beijing next week", negated=True)
RL(d, ["Peru", "China"], "signed", PECN, "2024-11-14",
   "The Protocol was signed in Lima on 14 November 2024, during the state visit of President Xi Jinping")
R(d, "China", ACCEPTED, PECN, "2025-06", "The Chinese side notified Peru in June that it had completed its internal procedures")
QPEID = "signed in Jakarta on 11 August 2025 by President Dina Boluarte and President Prabowo Subianto"
R(d, PE_PRES, "signed", PEID, "2025-08-11", QPEID)
R(d, ID_PRES, "signed", PEID, "2025-08-11", QPEID)
R(d, "Peru", NOTRATIFIED, PEID, None,
  "The Ministry of Foreign Trade and Tourism expects Peru to ratify the agreement before the end of the year", negated=True)
R(d, "Peru", "signed", PEHK, "2024-08", "which the two sides signed in Lima in August 2024")
R(d, HK, "signed", PEHK, "2024-08", "which the two sides signed in Lima in August 2024")
QHK = "entered into force on 1 June after both sides notified the completion of their internal procedures"
R(d, "Peru", ACCEPTED, PEHK, None, QHK)
R(d, HK, ACCEPTED, PEHK, None, QHK)
# "Last week" against Saturday 20 September 2025: the week of 8-14 September.
R(d, "Peru", ACCEDED, CONTR, "2025-09",
  "the instrument of accession of Peru to the Inter-American Convention on the Law Applicable to International Contracts",
  alt=["Peru thus becomes the third State Party to the Convention"])
RL(d, ["Mexico", "Venezuela"], PARTY, CONTR, None, "Peru thus becomes the third State Party to the Convention, after Mexico and Venezuela")
RL(d, ["Peru", "United Arab Emirates"], "signed", PEUAE, None, "The signing of the agreement is scheduled for October in Abu Dhabi", negated=True)
R(d, APEC, ADOPTED, MACHU, "2024-11-16", "the Machu Picchu Declaration, adopted by APEC Leaders in Lima on 16 November 2024")
R(d, "Peru", COMMITTED, MACHU, None, "Peru is committed to the implementation of the Declaration")
RL(d, ["Peru", "Argentina"], "signed", PEAR, "2025-05",
   "the agreement on the mutual recognition of driving licences with Argentina, signed in Buenos Aires in May")

gold.finish(MIN_CHARS, MAX_CHARS)
