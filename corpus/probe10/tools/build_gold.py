#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). tools/un.py holds the recorded-vote lists of document 09."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
sys.path.insert(0, os.path.join(HERE, "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
import un  # noqa: E402
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments ----
C1970 = ("Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property (1970)",
         ["1970 Convention", "1970 UNESCO Convention", "1970 Convention on illicit trafficking"])
UNIDROIT = ("1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", ["UNIDROIT Convention"])
OPG1970 = ("Operational Guidelines for the Implementation of the Convention (1970)", ["Operational Guidelines for the Implementation of the 1970 Convention"])
MODELP = ("Model Provisions on State Ownership of Undiscovered Cultural Objects", ["Model Provisions"])
WHC = ("Convention concerning the Protection of the World Cultural and Natural Heritage", ["World Heritage Convention", "1972 Convention"])
ICH = ("Convention for the Safeguarding of the Intangible Cultural Heritage", ["2003 Convention", "Intangible Heritage Convention",
       "2003 Convention for the Safeguarding of the Intangible Cultural Heritage"])
PWHAP = ("Pacific World Heritage Action Plan 2021–2025", ["Pacific World Heritage Action Plan"])
D46 = ("draft decision 46 COM 5A", ["decision 46 COM 5A"])
D18 = ("decision 18.COM 8", ["decision 18.COM 8 on the reform of the periodic reporting mechanism"])
ETHIC = ("Ethical Principles for Safeguarding Intangible Cultural Heritage", ["Ethical Principles"])
C2005 = ("Convention on the Protection and Promotion of the Diversity of Cultural Expressions", ["2005 Convention", "Convention on the Diversity of Cultural Expressions"])
OGDIG = ("Operational Guidelines on the implementation of the Convention in the digital environment", ["Operational Guidelines on the digital environment"])
MONDIA = ("MONDIACULT Declaration", ["MONDIACULT 2022 Declaration", "Declaration for Culture"])
AGENDA = ("2030 Agenda", ["2030 Agenda for Sustainable Development"])
CPAI = ("2024 resolution of the Conference of Parties on artificial intelligence and cultural expressions", ["resolution on artificial intelligence and cultural expressions"])
OAU69 = ("Convention Governing the Specific Aspects of Refugee Problems in Africa", ["1969 Convention", "OAU Refugee Convention", "1969 OAU Convention"])
R1951 = ("1951 Convention relating to the Status of Refugees", ["1951 Convention", "Refugee Convention"])
P1967 = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
C1961 = ("1961 Convention on the Reduction of Statelessness", ["1961 Convention"])
C1954 = ("1954 Convention relating to the Status of Stateless Persons", ["1954 Convention"])
GCR = ("Global Compact on Refugees", ["GCR"])
CARTA = ("Cartagena Declaration on Refugees", ["Cartagena Declaration"])
ECOPL = ("multi-stakeholder pledge on economic inclusion", ["Global Refugee Forum pledge on economic inclusion"])
TLAT = ("Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", ["Treaty of Tlatelolco", "Tlatelolco Treaty"])
AP1 = ("Additional Protocol I to the Treaty of Tlatelolco", ["Additional Protocol I"])
AP2 = ("Additional Protocol II to the Treaty of Tlatelolco", ["Additional Protocol II"])
CGRES = ("resolution CG/E/Res.01/2025", ["CG/E/Res.01/2025"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty"])
CAPROT = ("Protocol on negative security assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
          ["Protocol to the Semipalatinsk Treaty", "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R7831 = ("resolution 78/31", ["A/RES/78/31", "resolution 78/31 on the Central Asian zone"])
ES111 = ("Aggression against Ukraine", ["A/ES-11/L.1", "resolution ES-11/1", "ES-11/1"])
R2623 = ("resolution 2623 (2022)", ["S/RES/2623 (2022)", "resolution 2623"])
ES114 = ("resolution ES-11/4", ["Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations", "ES-11/4", "A/RES/ES-11/4"])
S720 = ("draft resolution S/2022/720", ["S/2022/720"])
R68262 = ("resolution 68/262", ["A/RES/68/262", "Territorial integrity of Ukraine"])
S155 = ("draft resolution S/2022/155", ["S/2022/155"])
AT = ("Antarctic Treaty", ["The Antarctic Treaty (1959)"])
MADRID = ("Protocol on Environmental Protection to the Antarctic Treaty", ["Madrid Protocol"])
CCAMLR = ("Convention on the Conservation of Antarctic Marine Living Resources", ["CCAMLR", "CCAMLR Convention"])
CM9105 = ("Conservation Measure 91-05", ["CM 91-05", "Conservation Measure 91-05 establishing the Ross Sea region MPA"])
ATR2 = ("Resolution 2 (2024)", ["ATCM Resolution 2 (2024)"])
ATM1 = ("Measure 1 (2024)", ["ATCM Measure 1 (2024)"])
ECT = ("Energy Charter Treaty", ["ECT"])
ECTAM = ("amendments modernising the Energy Charter Treaty", ["modernised Energy Charter Treaty", "modernised ECT", "amended Energy Charter Treaty", "amendments to the ECT"])
IEC = ("International Energy Charter", ["International Energy Charter political declaration"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention"])
AFG = ("resolution on the situation of human rights in Afghanistan (A/HRC/57/L.14)", ["A/HRC/57/L.14", "Human Rights Council resolution on Afghanistan"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
R572 = ("resolution 57/2 on the safety of journalists", ["resolution 57/2", "A/HRC/RES/57/2"])
PAP = ("Protocol to the Treaty Establishing the African Economic Community relating to the Pan-African Parliament", ["Pan-African Parliament Protocol", "Malabo Protocol on the Pan-African Parliament"])
STATS = ("African Charter on Statistics", ["AU Charter on Statistics"])
AFSA = ("Statute of the African Space Agency", ["African Space Agency Statute"])
SAATM = ("Solemn Commitment on the Single African Air Transport Market", ["SAATM Solemn Commitment", "Solemn Commitment", "Single African Air Transport Market"])
MIGSTRAT = ("AU Continental Strategy on Migration and Development", ["Continental Strategy on Migration and Development"])
YPS = ("Continental Framework on Youth, Peace and Security", ["Continental Framework on YPS"])

# ---- actors ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam",
          "Syria", "Türkiye", "European Union", "Czechia", "Venezuela", "Côte d'Ivoire", "Netherlands", "Republic of Moldova", "United Arab Emirates",
          "Bahamas", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Micronesia", "Bolivia", "Lao PDR", "Cabo Verde", "Gambia",
          "Democratic Republic of the Congo", "Congo", "Sahrawi Arab Democratic Republic", "São Tomé and Príncipe", "Central African Republic",
          "Brunei Darussalam", "United Republic of Tanzania", "Eswatini", "Ghana", "China", "Egypt", "Sudan", "Sao Tome and Principe", "Mexico",
          "Thailand", "Germany", "Chile", "Ecuador", "Colombia", "Kenya", "Uganda", "Somalia", "Burundi", "Fiji", "Marshall Islands", "Philippines",
          "Timor-Leste", "Saudi Arabia", "Guinea", "Togo", "South Sudan", "Papua New Guinea", "Bangladesh", "Cambodia", "Samoa", "Kiribati",
          "Costa Rica", "Bhutan", "Guatemala", "Paraguay", "Equatorial Guinea", "Rwanda"),
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Angola": ["Angola", "Republic of Angola"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Euratom": ["Euratom", "European Atomic Energy Community"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Russian Federation"],
}
UNESCOGC = ["UNESCO General Conference", "General Conference of UNESCO", "UNESCO"]
UNESCODG = ["UNESCO Director-General", "Director-General of UNESCO", "Audrey Azoulay", "UNESCO"]
MSP1970 = ["Meeting of States Parties to the 1970 Convention", "Meeting of States Parties", "UNESCO"]
SUBC1970 = ["Subsidiary Committee of the Meeting of States Parties", "Subsidiary Committee", "UNESCO"]
WHCOM = ["World Heritage Committee", "UNESCO World Heritage Committee"]
ICHCOM = ["Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage", "Intergovernmental Committee", "Committee"]
BULLETIN = ["Living Heritage Bulletin"]
COP2005 = ["Conference of Parties to the 2005 Convention", "Conference of Parties", "UNESCO"]
HERITAGECOM = ["Standing Committee on Canadian Heritage", "House of Commons Standing Committee on Canadian Heritage"]
MONDIACONF = ["World Conference on Cultural Policies and Sustainable Development", "MONDIACULT 2022", "UNESCO"]
OAUASSEMBLY = ["Assembly of Heads of State and Government of the Organization of African Unity", "OAU Assembly", "Organization of African Unity", "OAU"]
AUSPECIAL = ["AU Special Summit", "African Union Special Summit", "African Union", "AU"]
AUCOMM = ["AU Commissioner for Health, Humanitarian Affairs and Social Development", "AU Commission", "African Union Commission", "African Union", "AU"]
UNHCR = ["UN High Commissioner for Refugees", "UNHCR", "Filippo Grandi", "High Commissioner for Refugees"]
OPANALGC = ["General Conference of OPANAL", "OPANAL General Conference", "OPANAL"]
OPANAL = ["OPANAL", "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"]
ATCM = ["Antarctic Treaty Consultative Meeting", "ATCM", "ATCM 46"]
CCAMLRCOM = ["Commission for the Conservation of Antarctic Marine Living Resources", "CCAMLR Commission", "CCAMLR", "Commission"]
ECC = ["Energy Charter Conference"]
ICSIDSG = ["ICSID Secretary-General", "Secretary-General of ICSID", "Martina Polasek", "ICSID"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
AULC = ["AU Legal Counsel", "Legal Counsel of the African Union Commission", "Chairperson of the AU Commission", "African Union Commission", "African Union", "AU"]
AUEC = ["AU Executive Council", "Executive Council of the African Union", "Executive Council", "African Union", "AU"]
AUPSC = ["AU Peace and Security Council", "Peace and Security Council", "African Union", "AU"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ENDORSED = ["endorsed", "signed"]
ALT["United Kingdom"] = ALT_UK = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Britain"]
ALT["Niue"] = ["Niue"]
ALT["Holy See"] = ["Holy See"]

# ===================== 01 =====================
d = "01.txt"
DAY = "2024-11-14"
R(d, "Thailand", ACCEDED, C1970, "2024-10-28", "Thailand's instrument of accession was deposited with the Director-General on 28 October 2024",
  alt=["the accession of Thailand"])
sq = "Singapore's instrument of acceptance and Malta's instrument of ratification followed earlier this month, on 4 and 7 November respectively"
R(d, "Singapore", ACCEPTED, C1970, "2024-11-04", sq, alt=["the acceptance by Singapore"])
R(d, "Malta", RATIFIED, C1970, "2024-11-07", sq, alt=["the ratification by Malta"])
R(d, UNESCOGC, "adopted", C1970, "1970-11-14", "the Convention, adopted by the General Conference of UNESCO at its sixteenth session on 14 November 1970")
cq = "I call on every Member State that has not yet done so to ratify it, and to join the 1995 UNIDROIT Convention as well."
R(d, UNESCODG, "called-for", C1970, DAY, cq)
R(d, UNESCODG, "called-for", UNIDROIT, DAY, cq)
R(d, "Malta", ACCEDED, UNIDROIT, "2021", "Of the three newcomers only Malta is bound by it, having acceded in 2021")
R(d, "Thailand", "signed", UNIDROIT, "2022", "Thailand signed the UNIDROIT Convention in 2022 but has not ratified it")
R(d, "Thailand", NOTRATIFIED, UNIDROIT, None, "Thailand signed the UNIDROIT Convention in 2022 but has not ratified it", negated=True)
R(d, "Singapore", NOTBOUND, UNIDROIT, None, "Singapore is not party to it", negated=True)
R(d, "Japan", PARTY, C1970, "2002", "Japan, a State Party to the 1970 Convention since 2002")
R(d, "Myanmar", JOINED, C1970, None, "Myanmar and Brunei Darussalam, which have yet to join the Convention", negated=True)
R(d, "Brunei Darussalam", JOINED, C1970, None, "Myanmar and Brunei Darussalam, which have yet to join the Convention", negated=True,
  alt=["Brunei Darussalam's delegate said his Government was considering accession"])
R(d, "Fiji", ACCEPTED, C1970, None, "Fiji told the meeting it expects to deposit its instrument of acceptance in early 2025", negated=True)
R(d, SUBC1970, ADOPTED, MODELP, "2024-05",
  "The Subsidiary Committee of the Meeting of States Parties, which met in May, adopted the Model Provisions on State Ownership of Undiscovered Cultural Objects")
R(d, MSP1970, "adopted", OPG1970, "2015", "in 2015 the Meeting of States Parties had adopted the Operational Guidelines for the Implementation of the Convention")

# ===================== 02 =====================
d = "02.txt"
DAY, YDAY = "2024-07-22", "2024-07-21"
R(d, "Nauru", RATIFIED, WHC, YDAY,
  "yesterday my Government deposited with the Director-General of UNESCO its instrument of ratification of the Convention concerning the Protection of the World Cultural and Natural Heritage")
R(d, "Nauru", "party", WHC, None, "Nauru thereby becomes the 196th State Party to the World Heritage Convention", required=False)
R(d, UNESCOGC, "adopted", WHC, "1972-11-16", "the General Conference adopted it in Paris on 16 November 1972")
R(d, "Nauru", "signed", WHC, None, "but we did not sign the Convention", negated=True)
R(d, "Australia", PARTY, WHC, "1974", "We thank Australia and New Zealand, both States Parties since 1974 and 1984 respectively")
R(d, "New Zealand", PARTY, WHC, "1984", "We thank Australia and New Zealand, both States Parties since 1974 and 1984 respectively")
R(d, "Tuvalu", RATIFIED, WHC, "2023", "Tuvalu, which ratified the Convention last year")
R(d, "Kiribati", PARTY, WHC, "2000", "Kiribati, a State Party since 2000")
R(d, "Nauru", "committed", WHC, DAY, "Nauru is fully committed to the World Heritage Convention")
R(d, "Nauru", "committed", PWHAP, DAY, "and to the Pacific World Heritage Action Plan 2021–2025")
R(d, "Nauru", ENDORSED, PWHAP, "2024-03", "which our Minister endorsed at the Pacific Heritage Hub meeting in Suva in March")
R(d, "Nauru", JOINED, ICH, None, "We intend to accede to the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage in 2025", negated=True)
R(d, "Nauru", JOINED, C1970, None, "we are examining the 1970 Convention on illicit trafficking", negated=True)
RL(d, ["Cook Islands", "Niue"], NOTBOUND, WHC, None, "the Cook Islands and Niue, neither of which is yet a State Party", negated=True,
   alt=["We hope that they will follow suit"])
R(d, "Nauru", "called-for", WHC, DAY, "we call on all Pacific States that have not yet done so to ratify the Convention without delay")
R(d, "Nauru", "supported", D46, DAY, "to support draft decision 46 COM 5A, as amended by Norway and Japan", required=False)

# ===================== 03 =====================
d = "03.txt"
DAY = "2024-10-17"
R(d, UNESCOGC, "adopted", ICH, "2003-10-17",
  "on 17 October 2003, the UNESCO General Conference adopted the Convention for the Safeguarding of the Intangible Cultural Heritage")
R(d, "Algeria", RATIFIED, ICH, "2004", "Algeria was the first State to ratify it, in 2004")
R(d, "United Kingdom", RATIFIED, ICH, "2024-06-09",
  "The biggest news of 2024 is the United Kingdom's ratification. The instrument was deposited in Paris on 9 June 2024")
R(d, "United Kingdom", "party", ICH, None, "making it the 183rd State Party", required=False)
out = ["Canada", "Australia", "New Zealand", "Russian Federation", "United States"]
for a in out:
    R(d, a, NOTBOUND, ICH, None,
      "Canada, Australia, New Zealand, the Russian Federation and the United States remain outside the Convention.", negated=True,
      alt=["the Government was \"actively examining\" ratification"] if a == "Canada" else None)
RL(d, ["Israel", "Holy See"], NOTBOUND, ICH, None, "Neither Israel nor the Holy See has signalled any intention to join.", negated=True)
R(d, "Liberia", ACCEDED, ICH, "2024-02-05", "Liberia – accession, 5 February 2024")
R(d, "Maldives", RATIFIED, ICH, "2024-03-19", "Maldives – ratification, 19 March 2024")
R(d, "Solomon Islands", ACCEDED, ICH, "2024-08-02", "Solomon Islands – accession, 2 August 2024")
R(d, "Singapore", PARTY, ICH, "2018", "Singapore, a State Party since 2018")
R(d, ICHCOM, "adopted", D18, "2023-12", "the Intergovernmental Committee adopted decision 18.COM 8 on the reform of the periodic reporting mechanism")
R(d, ICHCOM, ADOPTED, ETHIC, "2015", "The Ethical Principles for Safeguarding Intangible Cultural Heritage, which the Committee endorsed in 2015")
R(d, "Ireland", RATIFIED, ICH, "2015", "Ireland ratified the Convention in 2015")
R(d, BULLETIN, "called-for", ICH, DAY, "we urge Canada and Australia to ratify the Convention before its twenty-fifth anniversary")

# ===================== 04 =====================
d = "04.txt"
DAY, VOTE = "2025-10-20", "2005-10-20"
R(d, UNESCOGC, "adopted", C2005, VOTE,
  "On 20 October 2005, the UNESCO General Conference adopted the Convention on the Protection and Promotion of the Diversity of Cultural Expressions")
RL(d, ["United States", "Israel"], "supported", C2005, VOTE, "by a vote of 148 to 2 (the United States and Israel)", negated=True)
for a in ["Australia", "Honduras", "Liberia", "Nicaragua"]:
    R(d, a, "supported", C2005, VOTE, "with four abstentions (Australia, Honduras, Liberia and Nicaragua)", negated=True,
      alt=["despite its abstention in 2005"] if a == "Australia" else None)
R(d, "Canada", RATIFIED, C2005, "2005-11-28",
  "Canada, which had championed the text with France, was the first country to ratify it, depositing its instrument on 28 November 2005")
RL(d, ["Mauritius", "Mexico"], RATIFIED, C2005, "2006", "Mauritius and Mexico followed in early 2006")
R(d, "European Union", ACCEDED, C2005, "2006-12-18", "the European Union acceded on 18 December 2006")
R(d, "Australia", RATIFIED, C2005, "2009", "Australia, despite its abstention in 2005, ratified the Convention in 2009.")
R(d, "United States", "signed", C2005, None, "The United States has neither signed nor ratified it", negated=True)
R(d, "United States", NOTRATIFIED, C2005, None, "The United States has neither signed nor ratified it", negated=True)
R(d, "Israel", NOTBOUND, C2005, None, "Israel also remains outside", negated=True)
R(d, "Japan", NOTBOUND, C2005, None, "Japan is not a party either", negated=True, alt=["it was reviewing the Convention"])
R(d, "Uzbekistan", JOINED, C2005, "2019", "Uzbekistan joined in 2019")
R(d, "Saudi Arabia", JOINED, C2005, "2022", "Uzbekistan joined in 2019 and Saudi Arabia in 2022")
R(d, COP2005, ADOPTED, OGDIG, "2017",
  "In 2017, the Conference of Parties approved Operational Guidelines on the implementation of the Convention in the digital environment")
R(d, "Canada", "committed", AGENDA, None, "Canada is also committed to the 2030 Agenda")
R(d, "Canada", ENDORSED, MONDIA, "2023", "in 2023 it endorsed the MONDIACULT Declaration")
R(d, MONDIACONF, "adopted", MONDIA, "2022", "adopted at the 2022 World Conference on Cultural Policies and Sustainable Development in Mexico City", required=False)
R(d, "Canada", "called-for", C2005, "2025-09", "the Government stated that it \"calls on all States that have not yet done so to join the Convention\"")
R(d, "Canada", "co-sponsored", CPAI, "2024",
  "Canada had co-sponsored the 2024 resolution of the Conference of Parties on artificial intelligence and cultural expressions")

# ===================== 05 =====================
d = "05.txt"
DAY = "2024-09-10"
R(d, OAUASSEMBLY, "adopted", OAU69, "1969-09-10",
  "the Assembly of Heads of State and Government of the Organization of African Unity, meeting in Addis Ababa, adopted the Convention Governing the Specific Aspects of Refugee Problems in Africa")
R(d, "Senegal", RATIFIED, OAU69, "1971-04-01", "Senegal was among the earliest, ratifying on 1 April 1971.")
R(d, "South Sudan", ACCEDED, OAU69, "2019-06-10", "The most recent is South Sudan, which acceded on 10 June 2019")
sig = "All three signed the Convention on 10 September 1969, the day it was adopted"
for a in ["Djibouti", "Madagascar", "Somalia"]:
    R(d, a, "signed", OAU69, "1969-09-10", sig)
    R(d, a, NOTRATIFIED, OAU69, None, "but none has ratified it", negated=True,
      alt=["the Convention \"will be submitted to Parliament shortly\""] if a == "Madagascar" else None)
nn = "Eritrea, Mauritius, Namibia, São Tomé and Príncipe and the Sahrawi Arab Democratic Republic have neither signed nor ratified."
for a in ["Eritrea", "Mauritius", "Namibia", "São Tomé and Príncipe", "Sahrawi Arab Democratic Republic"]:
    R(d, a, "signed", OAU69, None, nn, negated=True)
    R(d, a, NOTRATIFIED, OAU69, None, nn, negated=True, alt=["Mauritius is party to neither instrument"] if a == "Mauritius" else None)
R(d, "Namibia", ACCEDED, R1951, "1995", "Namibia is nevertheless a party to the 1951 Convention, to which it acceded in 1995")
R(d, "Mauritius", NOTBOUND, R1951, None, "Mauritius is party to neither instrument", negated=True)
R(d, "Morocco", JOINED, OAU69, None, "Morocco rejoined the AU in 2017 but has not acceded to the 1969 Convention", negated=True, alt=["Is Morocco bound? No."])
R(d, AUSPECIAL, "adopted", KAMPALA, "2009-10-23",
  "The African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa was adopted by the AU Special Summit in Kampala on 23 October 2009")
R(d, "Uganda", RATIFIED, KAMPALA, "2010-01", "Uganda was the first to ratify it, in January 2010")
R(d, "Kenya", "signed", KAMPALA, None, "Kenya, which hosts over 700,000 refugees, has not signed the Kampala Convention", negated=True,
  alt=["it says it is \"reviewing\" it"])
R(d, AUCOMM, "called-for", OAU69, "2024",
  "this year urged \"the remaining three signatories\" – Djibouti, Madagascar and Somalia – to ratify the 1969 Convention")

# ===================== 06 =====================
d = "06.txt"
DAY, WED = "2023-12-15", "2023-12-13"
R(d, "Chad", JOINED, C1961, None, "Chad pledged to accede to the 1961 Convention on the Reduction of Statelessness by the end of 2024", negated=True)
R(d, "Chad", "committed", C1961, None, "Chad pledged to accede to the 1961 Convention on the Reduction of Statelessness by the end of 2024", required=False)
R(d, "Mexico", JOINED, C1954, None,
  "Mexico said it would complete its accession to the 1954 Convention relating to the Status of Stateless Persons \"without delay\"", negated=True)
iq = "Iceland, which became party to both conventions in 2021"
R(d, "Iceland", PARTY, C1961, "2021", iq)
R(d, "Iceland", PARTY, C1954, "2021", iq)
R(d, "Colombia", "committed", GCR, None,
  "Colombia, which hosts nearly three million Venezuelans, pledged to implement the Global Compact on Refugees \"in full\"")
R(d, "Colombia", "committed", CARTA, None, "and committed to the Cartagena Declaration on Refugees")
R(d, "Brazil", RATIFIED, C1954, "1996", "Brazil said it had already ratified the 1954 Convention, in 1996.")
RL(d, ["Germany", "Jordan"], ENDORSED, ECOPL, WED, "24 countries joined a multi-stakeholder pledge on economic inclusion, led by Germany and Jordan", required=False)
RL(d, ["Uganda", "Kenya", "Ethiopia"], ENDORSED, ECOPL, WED, "Uganda, Kenya and Ethiopia, which together host over three million refugees, were among the first to sign it",
   required=False)
R(d, "United Republic of Tanzania", ENDORSED, ECOPL, None, "Tanzania did not", negated=True, required=False)
R(d, "Kenya", ACCEDED, R1951, "1966", "Kenya recalled that it had acceded to the 1951 Convention in 1966")
R(d, "Kenya", ACCEDED, P1967, "1981", "and to its 1967 Protocol in 1981")
R(d, "Kenya", JOINED, C1954, None, "said it was \"considering\" accession to the 1954 Convention", negated=True)
R(d, "Lebanon", NOTBOUND, R1951, None, "Lebanon, which is not a party to the 1951 Convention", negated=True)
R(d, "United States", "signed", C1961, None, "has neither signed nor ratified the 1961 Convention", negated=True)
R(d, "United States", NOTRATIFIED, C1961, None, "has neither signed nor ratified the 1961 Convention", negated=True)
R(d, "United Kingdom", PARTY, C1961, None, "Britain, a party to both statelessness conventions")
R(d, "United Kingdom", PARTY, C1954, None, "Britain, a party to both statelessness conventions")
gq = "urging States that \"have not yet done so\" to accede to the 1951 Convention and its Protocol"
R(d, UNHCR, "called-for", R1951, DAY, gq)
R(d, UNHCR, "called-for", P1967, DAY, gq)

# ===================== 07 =====================
d = "07.txt"
DAY = "2025-02-14"
RL(d, ["Mexico", "Brazil", "Chile", "Colombia", "Ecuador"], "signed", TLAT, "1967-02-14",
   "It was signed on that day, 14 February 1967, by fourteen States, among them Mexico, Brazil, Chile, Colombia and Ecuador")
R(d, "Mexico", RATIFIED, TLAT, "1967-09-20", "Mexico, which is also the Depositary Government, ratified the Treaty on 20 September 1967.")
R(d, "Cuba", "signed", TLAT, "1995-03-25", "Cuba, which signed on 25 March 1995")
R(d, "Cuba", RATIFIED, TLAT, "2002-10-23", "deposited its instrument of ratification on 23 October 2002")
a1 = "has been ratified by all four States concerned, namely the United Kingdom, the Netherlands, the United States and France"
RL(d, ["United Kingdom", "Netherlands", "United States"], RATIFIED, AP1, None, a1)
R(d, "France", RATIFIED, AP1, "1992", a1, alt=["France being the last to do so, in 1992"])
a2 = ("was signed and ratified by China, France, the Russian Federation (as the Union of Soviet Socialist Republics), the United Kingdom and the "
      "United States")
for a in ["China", "France", "Russian Federation", "United Kingdom", "United States"]:
    R(d, a, "signed", AP2, None, a2)
    R(d, a, RATIFIED, AP2, None, a2)
R(d, OPANALGC, "adopted", CGRES, DAY, "the General Conference of OPANAL, meeting in special session, adopted by consensus resolution CG/E/Res.01/2025")
RL(d, ["Argentina", "Brazil"], NOTRATIFIED, TPNW, None, "Argentina and Brazil, both Parties to Tlatelolco, have not ratified the TPNW", negated=True)
RL(d, ["Argentina", "Brazil"], "party", TLAT, None, "Argentina and Brazil, both Parties to Tlatelolco")
R(d, "Brazil", "signed", TPNW, "2017", "Brazil signed it in 2017")
R(d, "Argentina", "signed", TPNW, None, "whereas Argentina has not signed it", negated=True)
R(d, OPANAL, "welcomed", CANWFZ, DAY, "welcomes the entry into force of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", required=False)

# ===================== 08 =====================
d = "08.txt"
DAY = "2024-09-06"
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "the Treaty was signed by the five States of the region – the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, "
   "Turkmenistan and the Republic of Uzbekistan")
RL(d, ["Uzbekistan", "Kyrgyzstan"], RATIFIED, CANWFZ, "2007", "Uzbekistan and Kyrgyzstan ratified the Treaty in 2007")
RL(d, ["Turkmenistan", "Tajikistan"], RATIFIED, CANWFZ, "2008", "Turkmenistan and Tajikistan in 2008")
R(d, "Kazakhstan", RATIFIED, CANWFZ, "2009-02-19", "Kazakhstan completed the process on 19 February 2009")
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", CAPROT, "2014-05-06",
   "The Protocol on negative security assurances to the Treaty was signed in New York on 6 May 2014 by all five nuclear-weapon States: China, "
   "France, the Russian Federation, the United Kingdom and the United States of America")
R(d, "France", RATIFIED, CAPROT, "2014", "France ratified it the same year")
RL(d, ["China", "Russian Federation", "United Kingdom"], RATIFIED, CAPROT, "2015", "China, the Russian Federation and the United Kingdom followed in 2015")
R(d, "United States", NOTRATIFIED, CAPROT, None,
  "The United States, which submitted the Protocol to the Senate in April 2015, has yet to ratify it.", negated=True)
R(d, "Kazakhstan", "called-for", CAPROT, DAY, "Kazakhstan calls on the United States to complete the ratification of the Protocol")
R(d, "Kazakhstan", PARTY, TPNW, "2019", "Kazakhstan, a party to the Treaty on the Prohibition of Nuclear Weapons since 2019")
R(d, "Kazakhstan", "committed", CANWFZ, DAY, "remains committed to the Semipalatinsk Treaty and to the NPT")
R(d, "Kazakhstan", "committed", NPT, DAY, "remains committed to the Semipalatinsk Treaty and to the NPT")
R(d, "Kazakhstan", JOINED, NPT, "1994", "and to the NPT, which it joined in 1994")
R(d, "Kazakhstan", RATIFIED, CTBT, "2002", "Kazakhstan is also party to the Comprehensive Nuclear-Test-Ban Treaty, which it ratified in 2002.")
R(d, "Turkmenistan", "signed", TPNW, None, "Turkmenistan has signed but not yet ratified the TPNW")
R(d, "Turkmenistan", NOTRATIFIED, TPNW, None, "Turkmenistan has signed but not yet ratified the TPNW", negated=True)
RL(d, ["Kyrgyzstan", "Tajikistan"], "signed", TPNW, None, "while Kyrgyzstan and Tajikistan \"are considering\" signature", negated=True)
R(d, GA, "adopted", R7831, "2023-12", "the adoption by the General Assembly last December of resolution 78/31 on the Central Asian zone")
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "co-sponsored", R7831, None,
   "which was co-sponsored by all five States of the region")

# ===================== 09 =====================
d = "09.txt"
DAY = "2022-03-02"
CANON = {"Turkey": "Türkiye", "Czech Republic": "Czechia", "Micronesia (Federated States of)": "Micronesia",
         "Lao People's Democratic Republic": "Lao PDR"}
def canon(s):
    return CANON.get(s, s)
R(d, GA, "adopted", ES111, DAY,
  "The General Assembly today adopted a resolution deploring \"in the strongest terms\" the Russian Federation's aggression against Ukraine, by a "
  "recorded vote of 141 in favour to 5 against, with 35 abstentions")
R(d, "Ukraine", "co-sponsored", ES111, None, "introduced by the representative of Ukraine", required=False)
R(d, UNSC, "adopted", R2623, "2022-02-27", "The session had been convened under Security Council resolution 2623 (2022), adopted on 27 February.")
fq = "In favour: " + ", ".join(un.FAVOUR) + "."
for a in un.FAVOUR:
    R(d, canon(a), "supported", ES111, DAY, fq, alt=["Serbia, which voted in favour"] if a == "Serbia" else None)
aq = "Against: " + ", ".join(un.AGAINST) + "."
for a in un.AGAINST:
    R(d, canon(a), "supported", ES111, DAY, aq, negated=True,
      alt=["the representative of the Russian Federation said his delegation had voted against"] if a == "Russian Federation" else None)
bq = "Abstain: " + ", ".join(un.ABST) + "."
for a in un.ABST:
    R(d, canon(a), "supported", ES111, DAY, bq, negated=True,
      alt={"China": ["China's delegate, explaining his abstention"], "India": ["India said it had abstained"]}.get(a))
nq = "Absent: " + ", ".join(un.ABSENT) + "."
for a in un.ABSENT:
    R(d, canon(a), "supported", ES111, DAY, nq, negated=True)

# ===================== 10 =====================
d = "10.txt"
DAY, V720, V262, V111 = "2022-10-12", "2022-09-30", "2014-03-27", "2022-03-02"
R(d, GA, "adopted", ES114, DAY,
  "Resolution ES-11/4, titled \"Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations\", was adopted by "
  "143 votes in favour, with five against and 35 abstentions.")
RL(d, ["Russian Federation", "Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Syria"], "supported", ES114, DAY,
   "Russia, Belarus, North Korea, Nicaragua and Syria voted against it.", negated=True)
RL(d, ["China", "India", "South Africa", "Pakistan"], "supported", ES114, DAY, "Among those abstaining were China, India, South Africa and Pakistan",
   negated=True)
RL(d, ["Kazakhstan", "Kyrgyzstan"], "supported", ES114, DAY, "Kazakhstan and Kyrgyzstan abstained as well.", negated=True)
R(d, "Eritrea", "supported", ES114, DAY, "Eritrea, which had voted against the assembly's March 2 text, abstained.", negated=True)
R(d, "Eritrea", "supported", ES111, V111, "Eritrea, which had voted against the assembly's March 2 text", negated=True)
R(d, "Brazil", "supported", ES114, DAY, "while Brazil, which abstained on a Security Council draft two weeks ago, this time voted in favour")
R(d, "Venezuela", "supported", ES114, DAY, "Ten countries, including Venezuela, whose voting rights are suspended over unpaid dues, did not vote.", negated=True)
R(d, "European Union", "co-sponsored", ES114, None, "The text was drafted by the European Union in consultation with Ukraine")
RL(d, ["United States", "Japan", "Canada", "Georgia", "Republic of Moldova"], "co-sponsored", ES114, None,
   "was co-sponsored by more than 70 countries, including the United States, Japan, Canada, Georgia and Moldova")
R(d, "Mexico", "co-sponsored", ES111, None, "Mexico, which had co-sponsored the March resolution", required=False)
R(d, "Mexico", "co-sponsored", ES114, None, "did not co-sponsor this one", negated=True)
R(d, "Mexico", "supported", ES114, DAY, "but voted for it")
R(d, "Russian Federation", "supported", S720, V720,
  "Russia had on Sept. 30 vetoed a Security Council draft resolution (S/2022/720) condemning the referendums", negated=True)
for a in ["China", "Brazil", "India", "Gabon"]:
    R(d, a, "supported", S720, V720, "with China, Brazil, India and Gabon abstaining", negated=True,
      alt=["Brazil, which abstained on a Security Council draft two weeks ago"] if a == "Brazil" else None)
RL(d, ["United States", "Albania"], "co-sponsored", S720, None, "That draft had been put forward by the United States and Albania.")
R(d, GA, "adopted", R68262, V262, "resolution 68/262 of March 27, 2014, in which the assembly declared invalid the referendum held in Crimea")
RL(d, ["Armenia", "Belarus", "Bolivia", "Cuba", "Democratic People's Republic of Korea", "Nicaragua", "Russian Federation", "Sudan", "Syria",
       "Venezuela", "Zimbabwe"], "supported", R68262, V262,
   "Armenia, Belarus, Bolivia, Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, Venezuela and Zimbabwe voted against", negated=True)
RL(d, ["China", "India", "Brazil"], "supported", R68262, V262, "and China, India and Brazil abstained then too", negated=True)
RL(d, ["Serbia", "Türkiye", "Egypt"], "supported", ES114, DAY, "Serbia, which has not joined Western sanctions, voted in favour, as did Türkiye and Egypt.")

# ===================== 11 =====================
d = "11.txt"
DAY = "2022-02-25"
R(d, UNSC, "adopted", S155, None, "The Security Council this afternoon failed to adopt a draft resolution", negated=True)
fv = ["Albania", "Brazil", "France", "Gabon", "Ghana", "Ireland", "Kenya", "Mexico", "Norway", "United Kingdom", "United States"]
for a in fv:
    R(d, a, "supported", S155, DAY,
      "11 votes in favour (Albania, Brazil, France, Gabon, Ghana, Ireland, Kenya, Mexico, Norway, United Kingdom, United States)",
      alt={"Kenya": ["Kenya's representative, who voted in favour"], "Gabon": ["Gabon's delegate said it had voted yes"],
           "Brazil": ["Brazil and Gabon voted for the draft"]}.get(a))
R(d, "Russian Federation", "supported", S155, DAY, "to 1 against (Russian Federation)", negated=True,
  alt=["The representative of the Russian Federation said his delegation had voted against the draft"])
for a in ["China", "India", "United Arab Emirates"]:
    R(d, a, "supported", S155, DAY, "with 3 abstentions (China, India, United Arab Emirates)", negated=True,
      alt={"China": ["China's delegate said his country had abstained"], "India": ["India, explaining its abstention"],
           "United Arab Emirates": ["The representative of the United Arab Emirates said her country had abstained"]}[a])
RL(d, ["United States", "Albania"], "co-sponsored", S155, None, "Tabled by the United States and Albania")
RL(d, ["Australia", "Canada", "Georgia", "Germany", "Italy", "Japan", "Liechtenstein", "New Zealand", "Poland", "Republic of Moldova", "Ukraine"],
   "co-sponsored", S155, None,
   "the text was co-sponsored by 81 Member States, among them Australia, Canada, Georgia, Germany, Italy, Japan, Liechtenstein, New Zealand, "
   "Poland, the Republic of Moldova and Ukraine")
RL(d, ["Brazil", "Gabon"], "co-sponsored", S155, None, "Brazil and Gabon voted for the draft but were not among its co-sponsors.", negated=True)

# ===================== 12 =====================
d = "12.txt"
RL(d, ["Argentina", "Australia", "Belgium", "Chile", "France", "Japan", "New Zealand", "Norway", "South Africa", "Soviet Union", "United Kingdom",
       "United States"], "signed", AT, "1959-12-01",
   "Signed in Washington on 1 December 1959 by the twelve original signatories: Argentina, Australia, Belgium, Chile, France, Japan, New Zealand, "
   "Norway, South Africa, the Soviet Union, the United Kingdom and the United States.")
R(d, "Saudi Arabia", ACCEDED, AT, "2024-05-29", "Latest accession: Saudi Arabia, 2024 (deposited in Washington on 29 May 2024, during ATCM 46).")
R(d, "Türkiye", RATIFIED, MADRID, "2024-02-14", "Türkiye deposited its instrument of ratification on 14 February 2024.")
R(d, "Colombia", "signed", MADRID, "2023", "Signed, not ratified: Colombia (signed 2023).")
R(d, "Colombia", NOTRATIFIED, MADRID, None, "Signed, not ratified: Colombia (signed 2023).", negated=True)
mq = "Malaysia, Pakistan and Switzerland, Parties to the Treaty, have not joined the Protocol."
for a in ["Malaysia", "Pakistan", "Switzerland"]:
    R(d, a, NOTBOUND, MADRID, None, mq, negated=True,
      alt=["Switzerland's Federal Council announced in March that it \"intends to ratify the Protocol in 2025\""] if a == "Switzerland" else None)
    R(d, a, "party", AT, None, "Malaysia, Pakistan and Switzerland, Parties to the Treaty")
R(d, "Panama", ACCEDED, CCAMLR, "2023", "Recent accessions: Panama (2023) and Ecuador (2024, deposited 11 January).")
R(d, "Ecuador", ACCEDED, CCAMLR, "2024-01-11", "Recent accessions: Panama (2023) and Ecuador (2024, deposited 11 January).")
R(d, CCAMLRCOM, "adopted", CM9105, "2016-10",
  "Conservation Measure 91-05 establishing the Ross Sea region MPA was adopted by the Commission in October 2016")
R(d, "Canada", ACCEDED, AT, "1988", "Canada acceded to the Treaty in 1988")
R(d, "Canada", RATIFIED, MADRID, "2003", "ratified the Madrid Protocol in 2003")
R(d, "Canada", ACCEDED, CCAMLR, "1988", "it acceded to the Convention itself in 1988")
R(d, "India", "committed", MADRID, "2024-05", "India, host of ATCM 46, announced in Kochi that it \"remains committed to the Madrid Protocol\"")
R(d, "India", "called-for", MADRID, "2024-05", "called on all Parties to the Treaty to ratify it")
RL(d, ["Iceland", "Kazakhstan"], NOTBOUND, CCAMLR, None, "Neither Iceland nor Kazakhstan has acceded to CCAMLR", negated=True)
RL(d, ["Iceland", "Kazakhstan"], "party", AT, None, "Neither Iceland nor Kazakhstan has acceded to CCAMLR, although both are Treaty Parties")
aq = "The Antarctic Treaty Consultative Meeting adopted Resolution 2 (2024) on climate change and Measure 1 (2024) on a new Specially Protected Area"
R(d, ATCM, "adopted", ATR2, "2024-05", aq)
R(d, ATCM, "adopted", ATM1, "2024-05", aq)

# ===================== 13 =====================
d = "13.txt"
ADOPT = "2024-12-03"
R(d, "Italy", NOTBOUND, ECT, None, "Italy was the first to withdraw, with effect from 1 January 2016.", negated=True, required=False)
RL(d, ["France", "Germany", "Poland"], NOTBOUND, ECT, None, "France, Germany and Poland followed: their notifications took effect in December 2023.",
   negated=True, required=False)
RL(d, ["Luxembourg", "Slovenia", "Spain", "Portugal", "Netherlands", "Denmark"], NOTBOUND, ECT, None,
   "Luxembourg, Slovenia, Spain, Portugal, the Netherlands and Denmark have since withdrawn as well", negated=True, required=False)
R(d, "United Kingdom", NOTBOUND, ECT, None, "the United Kingdom, which notified its withdrawal in April 2024, will leave on 27 April 2025",
  negated=True, required=False)
RL(d, ["European Union", "Euratom"], NOTBOUND, ECT, None, "the European Union and Euratom notified the depositary, Portugal, of their withdrawal",
   negated=True, required=False)
R(d, ECC, "adopted", ECTAM, ADOPT, "On 3 December 2024, the Energy Charter Conference adopted the amendments modernising the ECT")
R(d, "European Union", "supported", ECTAM, ADOPT, "The European Union, having notified its withdrawal, did not take part in the decision", negated=True)
RL(d, ["Azerbaijan", "Kazakhstan"], "supported", ECTAM, ADOPT, "while Azerbaijan and Kazakhstan supported the amended text")
R(d, "Japan", NOTRATIFIED, ECTAM, None, "Japan has opted out and said it \"is considering\" ratification of the amendments", negated=True)
RL(d, ["Austria", "Belgium", "Cyprus", "Greece", "Hungary", "Sweden"], "party", ECT, None,
   "Member States that have not withdrawn – among them Austria, Belgium, Cyprus, Greece, Hungary and Sweden – remain Contracting Parties")
RL(d, ["Switzerland", "Ukraine", "Türkiye"], "party", ECT, None, "as do Switzerland, Ukraine and Türkiye")
RL(d, ["Mauritania", "Uganda"], ENDORSED, IEC, "2015", "Mauritania and Uganda, which had signed the International Energy Charter political declaration in 2015")
for a in ["Mauritania", "Uganda"]:
    R(d, a, JOINED, ECT, None, "have since applied for accession to the ECT", negated=True,
      alt=["no instrument has been deposited"] if a == "Uganda" else None)

# ===================== 14 =====================
d = "14.txt"
DAY = "2025-04-03"
R(d, "Angola", RATIFIED, ICSID, DAY,
  "The Republic of Angola today deposited its instrument of ratification of the Convention on the Settlement of Investment Disputes between States "
  "and Nationals of Other States (the ICSID Convention)", alt=["We welcome Angola's ratification"])
R(d, "Angola", "signed", ICSID, "2022-10-12", "Angola signed the Convention on October 12, 2022.")
R(d, "Angola", "party", ICSID, None, "Angola will then become the 159th Contracting State", negated=True, required=False)
R(d, ICSIDSG, "called-for", ICSID, DAY, "I encourage the remaining signatory States to complete their ratification processes.")
R(d, "Kyrgyzstan", RATIFIED, ICSID, "2025-03-07", "Angola's ratification follows that of Kyrgyz Republic, which deposited its instrument last month, on March 7.")
yq = ("Seven signatory States have yet to ratify: Belize, the Dominican Republic, Ethiopia, Guinea-Bissau, Namibia, the Russian Federation and "
      "Thailand.")
for a in ["Belize", "Dominican Republic", "Ethiopia", "Guinea-Bissau", "Namibia", "Russian Federation", "Thailand"]:
    R(d, a, "signed", ICSID, "1985" if a == "Thailand" else None, "Thailand, which signed in 1985" if a == "Thailand" else yq,
      alt=[yq] if a == "Thailand" else None)
    R(d, a, NOTRATIFIED, ICSID, None, yq, negated=True,
      alt={"Ethiopia": ["but the instrument has not been deposited"], "Thailand": ["has said it is reviewing the matter"]}.get(a))
RL(d, ["Bolivia", "Venezuela", "Honduras"], NOTBOUND, ICSID, None,
   "Three States have denounced the Convention: Bolivia in 2007, Venezuela in 2012 and Honduras in 2024.", negated=True, required=False)
R(d, "Ecuador", RATIFIED, ICSID, "2021-08-04", "Ecuador, which denounced the Convention in 2009, ratified it again on August 4, 2021")
R(d, "Ecuador", "party", ICSID, None, "and is again a Contracting State", required=False)
nq = "India and Brazil have neither signed nor ratified the ICSID Convention"
RL(d, ["India", "Brazil"], "signed", ICSID, None, nq, negated=True)
RL(d, ["India", "Brazil"], NOTRATIFIED, ICSID, None, nq, negated=True)
R(d, "South Africa", "signed", ICSID, None, "while South Africa, which has not signed it", negated=True)
R(d, "Angola", ACCEDED, NYC, "2017",
  "Angola is also a party to the Convention on the Recognition and Enforcement of Foreign Arbitral Awards (New York Convention), which it acceded to in 2017")

# ===================== 15 =====================
d = "15.txt"
DAY = "2024-10-09"
R(d, HRC, "adopted", AFG, DAY, "The Human Rights Council this afternoon adopted a resolution on the situation of human rights in Afghanistan")
fav = ["Albania", "Argentina", "Belgium", "Benin", "Brazil", "Bulgaria", "Chile", "Costa Rica", "Côte d'Ivoire", "Dominican Republic", "Finland", "France",
       "Gambia", "Georgia", "Germany", "Ghana", "Honduras", "Japan", "Lithuania", "Luxembourg", "Malawi", "Montenegro", "Morocco", "Netherlands", "Paraguay",
       "Romania", "South Africa", "United Arab Emirates", "United States", "Viet Nam"]
fq = ("In favour (30): " + ", ".join(fav) + ".").replace("United States", "United States of America")
RL(d, fav, "supported", AFG, DAY, fq)
R(d, "China", "supported", AFG, DAY, "Against (3): China, Cuba, Eritrea.", negated=True, alt=["China, explaining its vote against"])
RL(d, ["Cuba", "Eritrea"], "supported", AFG, DAY, "Against (3): China, Cuba, Eritrea.", negated=True)
ab = ["Algeria", "Bangladesh", "Burundi", "Cameroon", "India", "Indonesia", "Kazakhstan", "Kuwait", "Kyrgyzstan", "Malaysia", "Maldives", "Qatar",
      "Somalia", "Sudan"]
abq = "Abstentions (14): " + ", ".join(ab) + "."
for a in ab:
    R(d, a, "supported", AFG, DAY, abq, negated=True,
      alt={"Qatar": ["Qatar, which abstained"], "Indonesia": ["Indonesia explained that it had abstained"]}.get(a))
R(d, "European Union", "co-sponsored", AFG, None, "Hungary, speaking on behalf of the European Union, its main sponsor")
R(d, "Hungary", "co-sponsored", AFG, None, "Introducing the text, Hungary, speaking on behalf of the European Union", required=False)
RL(d, ["Australia", "Canada", "Iceland", "Norway", "Switzerland"], "co-sponsored", AFG, None,
   "The draft was co-sponsored by 52 States, including Australia, Canada, Iceland, Norway and Switzerland.")
R(d, "United Kingdom", "co-sponsored", AFG, None, "The United Kingdom, an observer State, co-sponsored it for the fourth year running.")
R(d, "Afghanistan", PARTY, CEDAW, "2003",
  "Afghanistan, a State party to the Convention on the Elimination of All Forms of Discrimination against Women since 2003")
R(d, HRC, "adopted", R572, "2024-10-04", "on 4 October, the Council had adopted without a vote resolution 57/2 on the safety of journalists")
RL(d, ["Austria", "Brazil", "France", "Greece", "Morocco", "Qatar", "Tunisia"], "co-sponsored", R572, None,
   "presented by Austria, Brazil, France, Greece, Morocco, Qatar and Tunisia")

# ===================== 16 =====================
d = "16.txt"
WED, THU = "2025-02-12", "2025-02-13"
R(d, "Ghana", RATIFIED, PAP, WED,
  "the Republic of Ghana deposited its instrument of ratification of the Protocol to the Treaty Establishing the African Economic Community relating "
  "to the Pan-African Parliament (Malabo, 2014)")
RL(d, ["Zambia", "Namibia"], RATIFIED, STATS, WED, "Zambia and Namibia deposited theirs for the African Charter on Statistics")
RL(d, ["Sierra Leone", "Togo", "Cabo Verde"], RATIFIED, AFSA, THU,
   "The following day, Sierra Leone, Togo and Cabo Verde ratified the Statute of the African Space Agency")
RL(d, ["Mali", "Sierra Leone"], RATIFIED, PAP, None,
   "The Pan-African Parliament Protocol has now been ratified by sixteen Member States, including Ghana, Mali and Sierra Leone")
R(d, "South Africa", "signed", PAP, "2019", "South Africa, host of the Pan-African Parliament, signed the Protocol in 2019 but has yet to ratify it")
R(d, "South Africa", NOTRATIFIED, PAP, None, "South Africa, host of the Pan-African Parliament, signed the Protocol in 2019 but has yet to ratify it",
  negated=True)
R(d, "Nigeria", "signed", PAP, None, "Nigeria has neither signed nor ratified it", negated=True)
R(d, "Nigeria", NOTRATIFIED, PAP, None, "Nigeria has neither signed nor ratified it", negated=True)
R(d, "Lesotho", NOTRATIFIED, STATS, None,
  "The Kingdom of Lesotho indicated that it would deposit its instrument of ratification of the African Charter on Statistics", negated=True)
R(d, "Kenya", "signed", AFSA, "2018", "Kenya, which signed the Statute of the African Space Agency in 2018")
R(d, "Kenya", NOTRATIFIED, AFSA, None, "said its National Assembly is expected to consider ratification this year", negated=True)
R(d, "Morocco", JOINED, STATS, None, "said it was studying accession to the African Charter on Statistics", negated=True)
RL(d, ["Madagascar", "Burundi"], ENDORSED, SAATM, "2025-02",
   "the latest being Madagascar and Burundi, which signed the Solemn Commitment during the Executive Council session")
RL(d, ["Algeria", "United Republic of Tanzania"], ENDORSED, SAATM, None, "Algeria and Tanzania have not yet subscribed to it.", negated=True)
R(d, AUEC, "adopted", MIGSTRAT, "2025-02", "The Executive Council also adopted the AU Continental Strategy on Migration and Development")
R(d, AUEC, ADOPTED, YPS, "2025-02", "and endorsed the Continental Framework on Youth, Peace and Security")
R(d, AUPSC, "adopted", YPS, "2024", "adopted by the Peace and Security Council in 2024")

gold.finish(MIN_CHARS, MAX_CHARS)
