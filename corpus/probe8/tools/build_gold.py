#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe4/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
TAMPERE = ("Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations", ["Tampere Convention"])
FCCDA = ("Framework Convention on Civil Defence Assistance", ["Framework Convention on Civil Defence Assistance (2000)"])
IACDA = ("Inter-American Convention to Facilitate Disaster Assistance", ["Inter-American Disaster Assistance Convention"])
JERUS = ("Status of Jerusalem", ["A/ES-10/L.22", "resolution ES-10/19", "resolution on the status of Jerusalem"])
S1060 = ("draft resolution S/2017/1060 on the status of Jerusalem", ["S/2017/1060", "Security Council draft resolution on Jerusalem"])
R2334 = ("resolution 2334 (2016)", ["S/RES/2334 (2016)", "resolution 2334"])
R2767 = ("resolution 2767 (2024)", ["S/RES/2767 (2024)", "resolution 2767"])
R2628 = ("resolution 2628 (2022)", ["S/RES/2628 (2022)", "resolution 2628"])
R2719 = ("resolution 2719 (2023)", ["S/RES/2719 (2023)", "resolution 2719"])
CSC = ("Convention on Supplementary Compensation for Nuclear Damage", ["CSC"])
VP97 = ("Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage", ["1997 Protocol", "1997 Vienna Protocol", "1997 Protocol to Amend the Vienna Convention"])
VC63 = ("Vienna Convention on Civil Liability for Nuclear Damage", ["Vienna Convention", "1963 Vienna Convention"])
JP88 = ("Joint Protocol Relating to the Application of the Vienna Convention and the Paris Convention", ["Joint Protocol"])
CNS = ("Convention on Nuclear Safety", ["CNS"])
ENC = ("Convention on Early Notification of a Nuclear Accident", ["Early Notification Convention"])
ACA = ("Convention on Assistance in the Case of a Nuclear Accident or Radiological Emergency", ["Assistance Convention"])
JC = ("Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management", ["Joint Convention"])
GUIDE = ("Guidance on the Import and Export of Radioactive Sources", ["Import/Export Guidance"])
COCRS = ("Code of Conduct on the Safety and Security of Radioactive Sources", ["Code of Conduct"])
GC687 = ("resolution GC(68)/RES/7 on nuclear and radiation safety", ["GC(68)/RES/7", "IAEA General Conference resolution on nuclear and radiation safety"])
DLT = ("Riyadh Design Law Treaty", ["DLT", "Design Law Treaty"])
PLT = ("Patent Law Treaty", ["PLT"])
GENEVA = ("Geneva Act (1999) of the Hague Agreement Concerning the International Registration of Industrial Designs", ["Geneva Act (1999)", "Geneva Act", "Hague Agreement (Geneva Act)"])
HAGUE60 = ("Hague Act (1960) of the Hague Agreement Concerning the International Registration of Industrial Designs", ["Hague Act (1960)", "1960 Act", "Hague Act"])
SERVICE = ("Convention of 15 November 1965 on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters", ["Service Convention", "Hague Service Convention"])
EVIDENCE = ("Convention of 18 March 1970 on the Taking of Evidence Abroad in Civil or Commercial Matters", ["Evidence Convention", "Hague Evidence Convention"])
ACCESS = ("1980 Convention on International Access to Justice", ["Access to Justice Convention", "Convention on International Access to Justice"])
ECLC = ("Council of Europe Convention on the Protection of the Environment through Criminal Law", ["Convention on the Protection of the Environment through Criminal Law", "new Convention"])
ECLC98 = ("1998 Convention on the Protection of the Environment through Criminal Law", ["1998 Convention", "ETS No. 172"])
NICOSIA = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "CETS No. 221"])
FARO = ("Council of Europe Framework Convention on the Value of Cultural Heritage for Society", ["Faro Convention", "CETS No. 199"])
SADCGP = ("SADC Protocol on Gender and Development", ["Protocol on Gender and Development", "2008 Protocol", "SADC Gender Protocol"])
SADCAM = ("Agreement Amending the SADC Protocol on Gender and Development", ["2016 Agreement", "2016 Agreement Amending the Protocol"])
SOMTOA = ("Treaty of Accession of the Federal Republic of Somalia into the East African Community", ["Treaty of Accession", "Somalia's Treaty of Accession"])
DRCTOA = ("Treaty of Accession of the Democratic Republic of the Congo into the East African Community", ["Treaty of Accession", "DRC's Treaty of Accession"])
EACT = ("Treaty for the Establishment of the East African Community", ["EAC Treaty"])
CUP = ("Protocol on the Establishment of the East African Community Customs Union", ["Customs Union Protocol", "EAC Customs Union Protocol"])
CMP = ("Protocol on the Establishment of the East African Community Common Market", ["Common Market Protocol", "EAC Common Market Protocol"])
MUP = ("Protocol on the Establishment of the East African Monetary Union", ["Monetary Union Protocol", "EAMU Protocol"])
PSP = ("EAC Protocol on Peace and Security", ["Protocol on Peace and Security"])
DEFP = ("EAC Protocol on Cooperation in Defence Affairs", ["Protocol on Cooperation in Defence Affairs"])
PSSTRAT = ("EAC Peace and Security Strategy 2025–2030", ["EAC Peace and Security Strategy"])
GPOL = ("Revised EAC Gender Policy", ["EAC Gender Policy"])
V2050 = ("EAC Vision 2050", ["Vision 2050"])
MALABO = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention"])
DTS = ("Digital Transformation Strategy for Africa (2020-2030)", ["Digital Transformation Strategy for Africa", "AU Digital Transformation Strategy"])
MIPAA = ("Madrid International Plan of Action on Ageing", ["MIPAA", "Madrid Plan of Action"])
UNPOP = ("United Nations Principles for Older Persons", ["resolution 46/91", "Principles for Older Persons"])
D141 = ("decision 14/1 on the human rights of older persons", ["decision 14/1", "OEWGA decision 14/1"])
H5413 = ("Human Rights Council resolution 54/13 on the human rights of older persons", ["resolution 54/13", "HRC resolution 54/13"])
MAC = ("Convention on Mutual Administrative Assistance in Tax Matters, as amended by the 2010 Protocol", ["Multilateral Convention", "Convention on Mutual Administrative Assistance in Tax Matters", "amended Convention on Mutual Administrative Assistance in Tax Matters"])
MAC88 = ("original 1988 Convention on Mutual Administrative Assistance in Tax Matters", ["1988 Convention on Mutual Administrative Assistance in Tax Matters", "Convention on Mutual Administrative Assistance in Tax Matters (1988)"])
P2010 = ("2010 Protocol amending the Convention on Mutual Administrative Assistance in Tax Matters", ["2010 amending Protocol", "2010 Protocol"])
MLI = ("Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting", ["MLI", "BEPS MLI", "BEPS multilateral instrument"])
MCAA = ("Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information", ["CRS MCAA", "MCAA"])
STTR = ("Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule", ["STTR MLI", "Subject to Tax Rule MLI"])
TWOP = ("Statement on a Two-Pillar Solution to Address the Tax Challenges Arising from the Digitalisation of the Economy", ["Two-Pillar Statement", "Statement on a Two-Pillar Solution"])
AMR24 = ("Political Declaration of the high-level meeting on antimicrobial resistance (2024)", ["resolution 79/2", "2024 Political Declaration on Antimicrobial Resistance", "Political Declaration on AMR"])
AMR16 = ("Political Declaration of the high-level meeting of the General Assembly on antimicrobial resistance (2016)", ["resolution 71/3", "first Political Declaration on AMR", "2016 Political Declaration on AMR"])
GAP = ("Global Action Plan on Antimicrobial Resistance", ["Global Action Plan", "WHA68.7"])
EURECO = ("Council Recommendation on stepping up EU actions to combat antimicrobial resistance in a One Health approach", ["Recommendation on stepping up EU actions to combat antimicrobial resistance", "EU Council Recommendation on AMR"])
MUSCAT = ("Muscat Ministerial Manifesto on AMR", ["Muscat Manifesto", "Muscat Ministerial Manifesto"])
JEDDAH = ("Jeddah Commitments", ["Jeddah Commitments on AMR"])
MARRAKECH = ("Marrakech Declaration", ["Marrakech Declaration on road safety"])
STOCKHOLM = ("Stockholm Declaration", ["Stockholm Declaration on road safety", "resolution 74/299"])
RSPD = ("Political Declaration of the high-level meeting on improving global road safety", ["political declaration on road safety", "A/RES/76/294"])
RT68 = ("Convention on Road Traffic (Vienna, 1968)", ["1968 Convention on Road Traffic", "Vienna Convention on Road Traffic"])
SIGNS68 = ("Convention on Road Signs and Signals (Vienna, 1968)", ["1968 Convention on Road Signs and Signals", "Vienna Convention on Road Signs and Signals"])
RT49 = ("1949 Convention on Road Traffic", ["Geneva Convention on Road Traffic", "1949 Convention"])
A1958 = ("1958 Agreement on UN Regulations for wheeled vehicles", ["1958 Agreement"])
A1998 = ("1998 Agreement on Global Technical Regulations for wheeled vehicles", ["1998 Agreement"])
VANC = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
PARIS = ("Paris Commitments to protect children from unlawful recruitment or use by armed forces or armed groups", ["Paris Commitments", "Paris Principles and Commitments"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Viet Nam", "Türkiye", "Czechia", "Côte d'Ivoire", "Micronesia", "Netherlands", "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas", "Kyrgyzstan", "United Republic of Tanzania", "Eswatini", "Cabo Verde", "Paraguay", "Chile", "Somalia", "Burundi", "Kenya", "Rwanda", "Uganda", "South Sudan", "Bangladesh", "Papua New Guinea"),
    "Republic of Korea": ["Republic of Korea", "South Korea", "Korea"],
    "European Union": ["European Union", "EU", "European Union and its Member States"],
    "Marshall Islands": ["Marshall Islands", "Republic of the Marshall Islands"],
    "Democratic Republic of the Congo": ["Democratic Republic of the Congo", "DRC", "DR Congo"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
TAMPCONF = ["Intergovernmental Conference on Emergency Telecommunications"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
ARABGROUP = ["Group of Arab States", "Arab Group"]
IAEADG = ["IAEA Director General", "Director General of the IAEA", "Rafael Mariano Grossi", "International Atomic Energy Agency", "IAEA"]
CSCCONF = ["Diplomatic Conference convened by the IAEA", "Diplomatic Conference", "IAEA Diplomatic Conference", "International Atomic Energy Agency", "IAEA"]
DLTCONF = ["Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "Diplomatic Conference", "WIPO Diplomatic Conference", "WIPO"]
HCCH = ["Hague Conference on Private International Law", "HCCH"]
COECM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Alain Berset", "Council of Europe"]
SADC = ["SADC Summit of Heads of State and Government", "SADC Summit", "Southern African Development Community", "SADC", "Summit"]
GPW = ["Southern Africa Gender Justice Network", "Gender Protocol Watch"]
EAC = ["EAC Summit", "Summit of the East African Community Heads of State", "East African Community Heads of State", "East African Community", "EAC",
       "Ordinary Summit of the East African Community Heads of State"]
AUA = ["AU Assembly", "Assembly of the African Union", "African Union Assembly", "African Union", "AU"]
AUC = ["African Union Commission", "AU Commission", "AU Commissioner for Infrastructure and Energy", "Amani Abou-Zeid", "African Union", "AU"]
AUEC = ["AU Executive Council", "Executive Council of the African Union", "African Union Executive Council", "African Union", "AU"]
WAA2 = ["Second World Assembly on Ageing", "World Assembly on Ageing"]
OEWGA = ["Open-ended Working Group on Ageing", "United Nations Open-ended Working Group on Ageing", "OEWGA", "Working Group on Ageing"]
FRIENDS = ["Group of Friends of Older Persons"]
OECDSG = ["OECD Secretary-General", "Secretary-General of the OECD", "Mathias Cormann", "OECD", "Organisation for Economic Co-operation and Development"]
IF = ["OECD/G20 Inclusive Framework on BEPS", "Inclusive Framework on BEPS", "Inclusive Framework", "OECD/G20 Inclusive Framework"]
WHA = ["World Health Assembly", "WHA", "World Health Organization", "WHO"]
EUCO = ["Council of the EU", "Council of the European Union", "European Union", "EU"]
JEDCONF = ["Fourth Global High-Level Ministerial Conference on AMR", "Fourth Global High-Level Ministerial Conference on Antimicrobial Resistance",
           "Global High-Level Ministerial Conference on AMR"]
RSCONF = ["Fourth Global Ministerial Conference on Road Safety", "Global Ministerial Conference on Road Safety"]
ENVOY = ["UN Secretary-General's Special Envoy for Road Safety", "Special Envoy for Road Safety", "UN Special Envoy for Road Safety", "Jean Todt"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for



# ===================== 01 =====================
d = "01_mfa_paraguay_tampere_convention.txt"
DAY, THU = "2024-09-20", "2024-09-19"
R(d, "Paraguay", ACCEDED, TAMPERE, "2024-09-18",
  "on 18 September last the Ambassador, Permanent Representative of the Republic of Paraguay to the United Nations, Ms. Ana Lucía Benítez Garay, "
  "deposited before the Secretary-General of the United Nations, in his quality of depositary, the instrument of accession of the Republic of Paraguay "
  "to the Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations")
R(d, TAMPCONF, "adopted", TAMPERE, "1998-06-18", "The Convention was adopted on 18 June 1998 by the Intergovernmental Conference on Emergency Telecommunications")
R(d, "Paraguay", "party", TAMPERE, None, "With the deposit, Paraguay becomes the 52nd State Party to the instrument", required=False)
R(d, "Paraguay", "signed", TAMPERE, None, "which our country had not signed during the period in which it was open for signature", negated=True)
R(d, "Paraguay", "committed", TAMPERE, THU, "Paraguay is firmly committed to the full application of the Tampere Convention")
R(d, "Paraguay", "committed", FCCDA, THU, "as it is to the Framework Convention on Civil Defence Assistance")
R(d, "Paraguay", PARTY, FCCDA, "2005", "to which we have been a party since 2005")
R(d, "Paraguay", "called-for", TAMPERE, THU, "The Vice Minister exhorted the States of MERCOSUR which are not yet parties to adhere to the Tampere Convention at the earliest")
aq = "Argentina and Uruguay already are States Parties, having ratified the Convention in 2003 and 2010 respectively"
R(d, "Argentina", RATIFIED, TAMPERE, "2003", aq)
R(d, "Uruguay", RATIFIED, TAMPERE, "2010", aq)
RL(d, ["Brazil", "Bolivia"], NOTBOUND, TAMPERE, None, "Brazil and Bolivia have not adhered to it until now", negated=True)
R(d, "Chile", "signed", TAMPERE, "1998", "The Republic of Chile signed the Tampere Convention in 1998")
R(d, "Chile", NOTRATIFIED, TAMPERE, None, "however its ratification remains pending before the National Congress of that country", negated=True)
R(d, OASGA, "adopted", IACDA, "1991-06-07",
  "the Inter-American Convention to Facilitate Disaster Assistance was adopted by the General Assembly of the Organization of American States in Santiago de Chile on 7 June 1991")
R(d, "Paraguay", "signed", IACDA, "1991", "Paraguay signed it the same year")
R(d, "Paraguay", NOTRATIFIED, IACDA, None, "but the ratification of the said Convention is not yet completed", negated=True,
  alt=["the corresponding bill will be remitted to the Congress in the coming months"])

# ===================== 02 =====================
d = "02_un_ga_jerusalem_status_vote.txt"
DAY = "2017-12-21"
R(d, GA, "adopted", JERUS, DAY,
  "the General Assembly today adopted a resolution declaring \"null and void\" any decisions and actions intended to alter the character, status or "
  "demographic composition of the Holy City of Jerusalem, by a recorded vote of 128 in favour to 9 against, with 35 abstentions")
iq = "was introduced by the representative of Yemen on behalf of the Group of Arab States"
R(d, "Yemen", "co-sponsored", JERUS, None, iq, required=False)
R(d, ARABGROUP, "co-sponsored", JERUS, None, iq, required=False)
R(d, "Türkiye", "co-sponsored", JERUS, None, "was co-sponsored by Turkey in its capacity as Chair of the Islamic Summit of the Organization of Islamic Cooperation")
against = ["Guatemala", "Honduras", "Israel", "Marshall Islands", "Micronesia", "Nauru", "Palau", "Togo", "United States"]
RL(d, against, "supported", JERUS, DAY,
   "The following delegations voted against: Guatemala, Honduras, Israel, Marshall Islands, Micronesia (Federated States of), Nauru, Palau, Togo, United States.",
   negated=True)
abst = ["Antigua and Barbuda", "Argentina", "Australia", "Bahamas", "Benin", "Bhutan", "Bosnia and Herzegovina", "Cameroon", "Canada", "Colombia",
        "Croatia", "Czechia", "Dominican Republic", "Equatorial Guinea", "Fiji", "Haiti", "Hungary", "Jamaica", "Kiribati", "Latvia", "Lesotho",
        "Malawi", "Mexico", "Panama", "Paraguay", "Philippines", "Poland", "Romania", "Rwanda", "Solomon Islands", "South Sudan",
        "Trinidad and Tobago", "Tuvalu", "Uganda", "Vanuatu"]
assert len(abst) == 35
abq = ("Abstaining were: Antigua and Barbuda, Argentina, Australia, Bahamas, Benin, Bhutan, Bosnia and Herzegovina, Cameroon, Canada, Colombia, "
       "Croatia, Czech Republic, Dominican Republic, Equatorial Guinea, Fiji, Haiti, Hungary, Jamaica, Kiribati, Latvia, Lesotho, Malawi, Mexico, "
       "Panama, Paraguay, Philippines, Poland, Romania, Rwanda, Solomon Islands, South Sudan, Trinidad and Tobago, Tuvalu, Uganda, Vanuatu.")
for a in abst:
    alt = {"Canada": ["Explaining his abstention, Canada's representative"],
           "Paraguay": ["The representative of Paraguay said his country had abstained"]}.get(a)
    R(d, a, "supported", JERUS, DAY, abq, negated=True, alt=alt)
RL(d, ["Georgia", "Kenya", "Ukraine", "Zambia"], "supported", JERUS, DAY,
   "Twenty-one delegations did not take part in the vote, among them Georgia, Kenya, Ukraine and Zambia.", negated=True)
R(d, "United States", "supported", S1060, "2017-12-18",
  "the United States on 18 December vetoed a Security Council draft resolution on the matter (document S/2017/1060)", negated=True)
R(d, "Egypt", "co-sponsored", S1060, None, "which had been drafted by Egypt")
RL(d, ["Egypt", "Jordan", "Indonesia"], "supported", JERUS, DAY, "The representatives of Egypt, Jordan and Indonesia, all of which voted in favour")
R(d, UNSC, "adopted", R2334, "2016-12",
  "resolution 2334 (2016), which the Council adopted in December 2016 by 14 votes in favour to none against, with the United States abstaining")
R(d, "United States", "supported", R2334, "2016-12", "with the United States abstaining", negated=True)

# ===================== 03 =====================
d = "03_un_sc_somalia_aussom_resolution_2767.txt"
DAY = "2024-12-27"
R(d, UNSC, "adopted", R2767, DAY,
  "The Security Council this morning authorized the African Union Support and Stabilization Mission in Somalia (AUSSOM) to take all necessary "
  "measures to carry out its mandate for an initial period of 12 months, adopting resolution 2767 (2024)")
R(d, "United States", "supported", R2767, DAY, "by a recorded vote of 14 in favour to none against, with 1 abstention (United States)", negated=True,
  alt=["Explaining her delegation's abstention, the representative of the United States"])
R(d, "United Kingdom", "co-sponsored", R2767, None, "The text, put forward by the United Kingdom in its role as penholder on Somalia")
elected = ["Algeria", "Ecuador", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland"]
RL(d, elected, "supported", R2767, DAY,
   "All ten elected members — Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, the Republic of Korea, Sierra Leone, Slovenia and Switzerland — voted in favour")
for a in ["China", "France", "Russian Federation", "United Kingdom"]:
    alt = {"China": ["China's delegate said his country had voted for the text"],
           "Russian Federation": ["The Russian Federation's representative said his delegation had supported the resolution"]}.get(a)
    R(d, a, "supported", R2767, DAY, "as did China, France, the Russian Federation and the United Kingdom", alt=alt)
R(d, UNSC, "adopted", R2628, "2022-03", "which the Council had authorized in March 2022 by resolution 2628 (2022), adopted unanimously")
R(d, "United States", "supported", R2719, "2023-12-21", "it had voted in favour of resolution 2719 (2023)")
R(d, UNSC, "adopted", R2719, "2023-12-21", "when the Council adopted that text unanimously on 21 December 2023")

# ===================== 04 =====================
d = "04_iaea_press_csc_kenya_ghana.txt"
DAY = "2024-10-17"
R(d, "Kenya", "acceded", CSC, DAY,
  "Kenya's Ambassador to Austria and Permanent Representative to the IAEA, Ms. Grace Wanjiku Mwangi, handed over the country's instrument of accession "
  "to the CSC to IAEA Director General Rafael Mariano Grossi")
lq = ("Its Contracting States are now Argentina, Benin, Canada, Ghana, India, Japan, Kenya, Montenegro, Morocco, Romania, the United Arab Emirates, "
      "the United States and Zambia.")
R(d, "Kenya", "party", CSC, DAY, "Kenya today became the thirteenth Contracting State of the Convention on Supplementary Compensation for Nuclear Damage (CSC)",
  required=False, alt=[lq])
R(d, "Ghana", "ratified", VP97, DAY,
  "At the same ceremony, Ghana deposited its instrument of ratification of the Protocol to Amend the Vienna Convention on Civil Liability for Nuclear Damage")
cq = "urged all States embarking on nuclear power to adhere to the CSC or the 1997 Protocol without delay"
R(d, IAEADG, "called-for", CSC, DAY, cq)
R(d, IAEADG, "called-for", VP97, DAY, cq)
R(d, CSCCONF, "adopted", CSC, "1997-09-12", "The CSC was adopted on 12 September 1997 by a Diplomatic Conference convened by the IAEA in Vienna")
R(d, "Japan", ACCEPTED, CSC, "2015-01-15", "ninety days after Japan accepted it")
RL(d, ["Argentina", "Benin", "Canada", "Ghana", "India", "Japan", "Montenegro", "Morocco", "Romania", "United Arab Emirates", "United States", "Zambia"],
   "party", CSC, None, lq)
R(d, "Canada", RATIFIED, CSC, "2017", "Canada ratified the Convention in 2017")
R(d, "India", RATIFIED, CSC, "2016", "Canada ratified the Convention in 2017, and India in 2016.")
RL(d, ["Indonesia", "Lebanon"], "signed", CSC, "1997-09-29", "Indonesia and Lebanon signed the CSC on the day it opened for signature, 29 September 1997")
RL(d, ["Philippines", "Senegal"], "signed", CSC, "1998", "and the Philippines and Senegal the following year")
RL(d, ["Indonesia", "Lebanon", "Philippines", "Senegal"], NOTRATIFIED, CSC, None, "but none of the four has ratified it", negated=True)
RL(d, ["China", "Republic of Korea"], NOTBOUND, CSC, None,
   "Several countries operating nuclear power plants, including China and the Republic of Korea, remain outside the CSC.", negated=True)
pq = ("Poland, a party to both the Vienna Convention and the Joint Protocol Relating to the Application of the Vienna Convention and the Paris Convention")
R(d, "Poland", "party", VC63, None, pq)
R(d, "Poland", "party", JP88, None, pq)
R(d, "Poland", JOINED, CSC, None, "has announced that it expects to join the CSC in 2025", negated=True)
R(d, "Uzbekistan", JOINED, VP97, None, "Uzbekistan is considering whether to accede to the 1997 Protocol", negated=True)
kq = "Kenya is already a party to the Convention on Nuclear Safety and the Convention on Early Notification of a Nuclear Accident"
R(d, "Kenya", "party", CNS, None, kq)
R(d, "Kenya", "party", ENC, None, kq)

# ===================== 05 =====================
d = "05_statement_bangladesh_joint_convention_rm8.txt"
DAY = "2025-03-18"
R(d, "Bangladesh", ACCEDED, JC, "2023-06-05",
  "Bangladesh deposited its instrument of accession to the Joint Convention with the Director General of the IAEA on 5 June 2023",
  alt=["It is an honour for my delegation to take part in a Review Meeting of the Joint Convention for the first time as a Contracting Party"])
R(d, "Bangladesh", PARTY, CNS, "2001", "We have been a Contracting Party to the Convention on Nuclear Safety since 2001")
eq = ("we acceded to the Convention on Early Notification of a Nuclear Accident and to the Convention on Assistance in the Case of a Nuclear Accident "
      "or Radiological Emergency in 1988")
R(d, "Bangladesh", ACCEDED, ENC, "1988", eq)
R(d, "Bangladesh", ACCEDED, ACA, "1988", eq)
R(d, "Bangladesh", ["committed", "endorsed"], GUIDE, "2016",
  "In 2016 the Government made a political commitment to the Guidance on the Import and Export of Radioactive Sources")
R(d, "Bangladesh", ["committed", "endorsed"], COCRS, DAY,
  "today I reaffirm our commitment to the Code of Conduct on the Safety and Security of Radioactive Sources")
R(d, "Bangladesh", JOINED, CSC, None,
  "my Government is also considering accession to the Convention on Supplementary Compensation for Nuclear Damage", negated=True)
R(d, "Bangladesh", NOTBOUND, VC63, None, "We have not yet taken a decision on the Vienna Convention on Civil Liability for Nuclear Damage.",
  negated=True, required=False)
R(d, "Uzbekistan", ACCEDED, JC, "2022", "Uzbekistan, which acceded in 2022")
R(d, "Rwanda", ACCEDED, JC, None, "Rwanda, whose accession took effect last year")
R(d, "Sri Lanka", JOINED, JC, None, "Sri Lanka and Myanmar have yet to join the Joint Convention", negated=True,
  alt=["Sri Lanka informed us in January that its accession is under consideration"])
R(d, "Myanmar", JOINED, JC, None, "Sri Lanka and Myanmar have yet to join the Joint Convention", negated=True)
R(d, "Bangladesh", "called-for", JC, DAY,
  "My delegation therefore calls upon all States in our region that have not yet done so to become Contracting Parties to the Joint Convention at the earliest opportunity")
R(d, "Bangladesh", "co-sponsored", GC687, "2024-09",
  "Bangladesh was also proud to co-sponsor resolution GC(68)/RES/7 on nuclear and radiation safety at the IAEA General Conference in September 2024")
R(d, "Bangladesh", "committed", JC, DAY, "We remain committed to the Joint Convention")

# ===================== 06 =====================
d = "06_wipo_notifications_dlt_plt_hague.txt"
R(d, DLTCONF, "adopted", DLT, "2024-11-22",
  "The Riyadh Design Law Treaty was adopted by the Diplomatic Conference to Conclude and Adopt a Design Law Treaty, meeting in Riyadh, on 22.11.2024")
sigs = [("Saudi Arabia", "22.11.2024"), ("Algeria", "22.11.2024"), ("Bahrain", "22.11.2024"), ("Côte d'Ivoire", "22.11.2024"),
        ("Egypt", "22.11.2024"), ("Ghana", "22.11.2024"), ("Jordan", "22.11.2024"), ("Kyrgyzstan", "22.11.2024"), ("Morocco", "22.11.2024"),
        ("Oman", "22.11.2024"), ("Philippines", "22.11.2024"), ("Senegal", "22.11.2024"), ("Türkiye", "22.11.2024"),
        ("United Arab Emirates", "22.11.2024"), ("Uzbekistan", "22.11.2024"), ("Republic of Moldova", "10.01.2025"), ("Uruguay", "03.02.2025"),
        ("Mongolia", "21.02.2025")]
assert len(sigs) == 18


def iso(dmy):
    dd, mm, yy = dmy.split(".")
    return f"{yy}-{mm}-{dd}"


for a, dt in sigs:
    R(d, a, "signed", DLT, iso(dt), f"{a} | signature | {dt}")
R(d, "United States", "signed", DLT, None,
  "The United States, whose delegation took part in the Diplomatic Conference, did not sign the Treaty.", negated=True)
R(d, "Philippines", NOTRATIFIED, DLT, None,
  "The Government of the Philippines has informed the Director General that it expects to deposit its instrument of ratification in the first half of 2025.",
  negated=True)
R(d, "Morocco", "acceded", PLT, "2024-12-03", "Morocco | accession | 03.12.2024 | 03.03.2025")
R(d, "Brazil", "acceded", PLT, "2025-01-17", "Brazil | accession | 17.01.2025 | 17.04.2025")
R(d, "Uzbekistan", "acceded", GENEVA, "2025-01-06", "Uzbekistan | accession | 06.01.2025 | 06.04.2025")
R(d, "Saudi Arabia", "acceded", GENEVA, "2025-02-13", "Saudi Arabia | accession | 13.02.2025 | 13.05.2025")
R(d, "Greece", NOTBOUND, HAGUE60, None, "Greece | denunciation | 30.01.2025 | takes effect 30.01.2026", negated=True, required=False)

# ===================== 07 =====================
d = "07_explainer_hague_service_evidence_qa.txt"
hq = "Their texts were adopted by the HCCH at its Tenth and Eleventh Sessions, in 1964 and 1968 respectively"
R(d, HCCH, "adopted", SERVICE, "1964", hq)
R(d, HCCH, "adopted", EVIDENCE, "1968", hq)
uq = "The United States ratified the Service Convention in 1967 and the Evidence Convention in 1972."
R(d, "United States", RATIFIED, SERVICE, "1967", uq)
R(d, "United States", RATIFIED, EVIDENCE, "1972", uq)
kq = "The United Kingdom did so in 1967 and 1976 respectively."
R(d, "United Kingdom", RATIFIED, SERVICE, "1967", kq)
R(d, "United Kingdom", RATIFIED, EVIDENCE, "1976", kq)
bq = "Germany and France were among the early members too. Both States are parties to the two Conventions."
for a in ["Germany", "France"]:
    R(d, a, "party", SERVICE, None, bq)
    R(d, a, "party", EVIDENCE, None, bq)
R(d, "Brazil", ACCEDED, EVIDENCE, "2014", "Brazil acceded to the Evidence Convention in 2014")
R(d, "Brazil", ACCEDED, SERVICE, "2019", "Brazil acceded to the Evidence Convention in 2014 and to the Service Convention five years later")
R(d, "Viet Nam", JOINED, SERVICE, "2016", "Viet Nam joined the Service Convention in 2016.")
R(d, "Rwanda", ACCEDED, SERVICE, "2024-02-29",
  "The newest Contracting Party to the Service Convention is Rwanda, whose instrument of accession was deposited on 29 February 2024.")
R(d, "Bahrain", ACCEDED, EVIDENCE, "2025-02", "Last month, Bahrain deposited its instrument of accession to the Evidence Convention.")
R(d, "Japan", NOTBOUND, EVIDENCE, None, "Is Japan a party to the Evidence Convention? No.", negated=True)
R(d, "Japan", PARTY, SERVICE, "1970", "Japan has been a party to the Service Convention since 1970")
R(d, "Ireland", PARTY, SERVICE, "1994", "Ireland, a party to the Service Convention since 1994")
R(d, "Ireland", NOTBOUND, EVIDENCE, None, "Ireland, a party to the Service Convention since 1994, is likewise outside the Evidence Convention.", negated=True)
nq = "Indonesia, Malaysia, Nigeria, Thailand and the United Arab Emirates are party to neither Convention."
for a in ["Indonesia", "Malaysia", "Nigeria", "Thailand", "United Arab Emirates"]:
    R(d, a, NOTBOUND, SERVICE, None, nq, negated=True,
      alt=["the Office of the Attorney General said in January that accession to the Service Convention is being studied"] if a == "Thailand" else None)
    R(d, a, NOTBOUND, EVIDENCE, None, nq, negated=True)
R(d, "Brazil", ACCEDED, ACCESS, "2011", "Brazil acceded to it in 2011")
R(d, "Portugal", "signed", ACCESS, "1983", "Portugal, which signed it in 1983")
R(d, "Portugal", NOTRATIFIED, ACCESS, None, "Portugal, which signed it in 1983, has yet to ratify it", negated=True)

# ===================== 08 =====================
d = "08_coe_webpage_environment_criminal_law_convention.txt"
DAY = "2025-06-26"
signers = ["Belgium", "Croatia", "Cyprus", "Estonia", "France", "Germany", "Greece", "Ireland", "Italy", "Lithuania", "Luxembourg", "Portugal",
           "Spain", "Ukraine"]
assert len(signers) == 14
RL(d, signers, "signed", ECLC, DAY,
   "The new Convention was signed by Belgium, Croatia, Cyprus, Estonia, France, Germany, Greece, Ireland, Italy, Lithuania, Luxembourg, Portugal, Spain and Ukraine.")
R(d, COECM, "adopted", ECLC, "2025-05-14", "was adopted by the Committee of Ministers on 14 May 2025")
R(d, "Estonia", RATIFIED, ECLC98, None, "it was ratified by Estonia alone")
R(d, "European Union", "signed", ECLC, None, "The European Union, which took part in the negotiations, is expected to sign in the autumn.", negated=True)
R(d, COESG, "called-for", ECLC, DAY,
  "He urged all member States, as well as the non-member States that took part in its elaboration, to sign and ratify the Convention swiftly.")
RL(d, ["Norway", "Iceland"], "signed", ECLC, None, "Norway and Iceland announced their intention to sign before the end of the year", negated=True)
R(d, "United Kingdom", "signed", ECLC, None, "the United Kingdom said it was considering whether to sign", negated=True)
R(d, "Armenia", "ratified", NICOSIA, "2025-06-24", "24/06/2025 – Armenia – ratification – Nicosia Convention (CETS No. 221)")
R(d, "Andorra", "signed", FARO, "2025-06-17", "17/06/2025 – Andorra – signature – Faro Convention (CETS No. 199)")
R(d, "Latvia", "ratified", FARO, "2025-06-11", "11/06/2025 – Latvia – ratification – Faro Convention (CETS No. 199)")
R(d, "Slovenia", "signed", NICOSIA, "2025-06-02", "02/06/2025 – Slovenia – signature – Nicosia Convention (CETS No. 221)")
R(d, "Mexico", RATIFIED, NICOSIA, "2019", "Mexico, the first non-member State to ratify it, did so in 2019.")

# ===================== 09 =====================
d = "09_ngo_tracker_sadc_gender_protocol.txt"
DAY = "2025-03-08"
R(d, SADC, "adopted", SADCGP, "2008-08-17",
  "The SADC Protocol on Gender and Development was adopted by the SADC Summit of Heads of State and Government in Johannesburg on 17 August 2008.")
RL(d, ["Botswana", "Mauritius"], "signed", SADCGP, None, "Botswana and Mauritius did not", negated=True, required=False)
R(d, "Mauritius", "signed", SADCGP, "2013", "Mauritius signed in 2013")
R(d, "Botswana", "signed", SADCGP, "2017", "Mauritius signed in 2013 and Botswana in 2017.", alt=["Botswana (signed 2017)"])
rows = [("Angola", "2010"), ("Eswatini", "2012"), ("Lesotho", "2010"), ("Malawi", "2013"), ("Mauritius", "2021"), ("Mozambique", "2010"),
        ("Namibia", "2009"), ("Seychelles", "2010"), ("South Africa", "2011"), ("United Republic of Tanzania", "2010"), ("Zambia", "2012"),
        ("Zimbabwe", "2009")]
for a, y in rows:
    R(d, a, ["ratified", "party", "acceded"], SADCGP, y, f"{a} – {y}")
R(d, "Democratic Republic of the Congo", "signed", SADCGP, "2008-08-17", "Democratic Republic of the Congo (signed 17 August 2008)")
R(d, "Democratic Republic of the Congo", NOTRATIFIED, SADCGP, None,
  "Signed, not yet ratified\nDemocratic Republic of the Congo (signed 17 August 2008)", negated=True)
R(d, "Madagascar", "signed", SADCGP, "2008-08-17", "Madagascar (signed 17 August 2008)")
R(d, "Madagascar", NOTRATIFIED, SADCGP, None,
  "Madagascar (signed 17 August 2008) – the Government told us in February that the ratification bill is before the Council of Ministers", negated=True)
R(d, "Botswana", NOTRATIFIED, SADCGP, None, "Botswana (signed 2017)", negated=True)
R(d, "Comoros", "signed", SADCGP, None, "Not signed\nComoros (joined SADC in 2017)", negated=True)
R(d, SADC, "adopted", SADCAM, "2016-08-31",
  "The Agreement Amending the SADC Protocol on Gender and Development was adopted by the Summit in Mbabane, Swaziland (now Eswatini), on 31 August 2016")
amq = ("Signed in Mbabane on 31 August 2016:\nAngola, Eswatini, Lesotho, Malawi, Mozambique, Namibia, Seychelles, South Africa, Zambia, Zimbabwe")
RL(d, ["Angola", "Eswatini", "Lesotho", "Malawi", "Mozambique", "Namibia", "Seychelles", "South Africa", "Zambia", "Zimbabwe"],
   "signed", SADCAM, "2016-08-31", amq)
RL(d, ["Botswana", "Comoros", "Democratic Republic of the Congo", "Madagascar", "Mauritius", "United Republic of Tanzania"], "signed", SADCAM, None,
   "Not yet signed:\nBotswana, Comoros, Democratic Republic of the Congo, Madagascar, Mauritius, United Republic of Tanzania", negated=True)
ngq = ("The Network calls on the Democratic Republic of the Congo and Madagascar to ratify the Protocol without further delay, and on all Member States "
       "to sign and ratify the 2016 Agreement before the 2025 Summit.")
R(d, GPW, "called-for", SADCGP, DAY, ngq)
R(d, GPW, "called-for", SADCAM, DAY, ngq)

# ===================== 10 =====================
d = "10_eac_summit_joint_communique_arusha.txt"
DAY = "2024-11-30"
R(d, "Somalia", "ratified", SOMTOA, "2024-03-04",
  "following the deposit, on 4th March 2024, of its instrument of ratification of the Treaty of Accession of the Federal Republic of Somalia into the East African Community")
R(d, "Somalia", "party", EACT, None, "The Summit welcomed the Federal Republic of Somalia to its first Ordinary Summit as a full Partner State", required=False)
R(d, "Somalia", "signed", SOMTOA, "2023-12-15", "the Treaty of Accession was signed by Somalia in Entebbe, Uganda, on 15th December 2023")
R(d, "Somalia", ACCEDED, CUP, None, "Somalia has since acceded to the Protocol on the Establishment of the East African Community Customs Union")
R(d, "Somalia", JOINED, CMP, None, "but is yet to accede to the Protocol on the Establishment of the East African Community Common Market", negated=True)
RL(d, ["Democratic Republic of the Congo", "Somalia"], NOTRATIFIED, MUP, None,
   "the Protocol on the Establishment of the East African Monetary Union has been ratified by all Partner States except the Democratic Republic of the Congo and Somalia",
   negated=True)
R(d, EAC, "called-for", MUP, DAY, "directed the Democratic Republic of the Congo to expedite the ratification of the Monetary Union Protocol")
R(d, "Democratic Republic of the Congo", "ratified", DRCTOA, "2022-07-11",
  "the Democratic Republic of the Congo, which deposited its instrument of ratification of its Treaty of Accession on 11th July 2022")
R(d, "Democratic Republic of the Congo", ACCEDED, CUP, None, "has acceded to the Customs Union and Common Market Protocols")
R(d, "Democratic Republic of the Congo", ACCEDED, CMP, None, "has acceded to the Customs Union and Common Market Protocols")
RL(d, ["Burundi", "Kenya", "Rwanda", "Uganda"], RATIFIED, PSP, None,
   "it has been ratified by the Republic of Burundi, the Republic of Kenya, the Republic of Rwanda and the Republic of Uganda")
R(d, "United Republic of Tanzania", "signed", PSP, "2013", "the United Republic of Tanzania signed it in 2013")
R(d, "United Republic of Tanzania", NOTRATIFIED, PSP, None,
  "the United Republic of Tanzania signed it in 2013 and is yet to deposit its instrument of ratification", negated=True)
R(d, "South Sudan", NOTRATIFIED, PSP, None, "The Republic of South Sudan informed the Summit that it expects to complete ratification by June 2025.", negated=True)
R(d, EAC, "called-for", DEFP, DAY,
  "The Summit called upon the Partner States which have not yet done so to sign and ratify the Protocol on Cooperation in Defence Affairs.")
sq = "The Summit adopted the EAC Peace and Security Strategy 2025–2030 and the Revised EAC Gender Policy."
R(d, EAC, ADOPTED, PSSTRAT, DAY, sq)
R(d, EAC, ADOPTED, GPOL, DAY, sq)
R(d, EAC, "committed", V2050, DAY, "The Summit reaffirmed its commitment to the EAC Vision 2050")

# ===================== 11 =====================
d = "11_wire_malabo_convention_entry_into_force.txt"
FRI = "2023-06-09"
R(d, AUA, "adopted", MALABO, "2014-06-27", "the AU Assembly adopted it on June 27, 2014")
R(d, "Mauritania", ["ratified", "acceded", "party"], MALABO, "2023-05", "Mauritania's instrument, deposited with the Commission in May, was the fifteenth.")
R(d, "Senegal", RATIFIED, MALABO, "2016", "Senegal was the first country to ratify the treaty, in 2016.")
RL(d, ["Mauritius", "Guinea"], RATIFIED, MALABO, None, "Mauritius and Guinea followed.")
later = ["Angola", "Cabo Verde", "Congo", "Côte d'Ivoire", "Ghana", "Mozambique", "Namibia", "Benin", "Rwanda", "Togo", "Zambia"]
RL(d, later, RATIFIED, MALABO, None,
   "Over the next six years, so did Angola, Cabo Verde, Congo, Côte d'Ivoire, Ghana, Mozambique, Namibia, Benin, Rwanda, Togo and Zambia.")
nq = "Nigeria, the continent's largest digital economy, has neither signed nor ratified the convention"
R(d, "Nigeria", "signed", MALABO, None, nq, negated=True)
R(d, "Nigeria", NOTRATIFIED, MALABO, None, nq, negated=True)
RL(d, ["Kenya", "South Africa"], NOTBOUND, MALABO, None, "Kenya and South Africa also remain outside it", negated=True)
R(d, "Tunisia", "signed", MALABO, "2019", "Tunisia signed in 2019")
R(d, "Tunisia", NOTRATIFIED, MALABO, None, "Tunisia signed in 2019 but has yet to ratify.", negated=True)
R(d, "Egypt", JOINED, MALABO, None, "Egypt's communications ministry said on Wednesday it was \"studying\" accession.", negated=True)
R(d, AUC, "called-for", MALABO, FRI,
  "We call on all member states that have not yet done so to sign and ratify the Malabo Convention without delay")
R(d, "Cameroon", NOTRATIFIED, MALABO, None, "but the instrument has not yet been deposited", negated=True)
R(d, AUEC, ADOPTED, DTS, "2020-02", "which the AU Executive Council endorsed in February 2020")

# ===================== 12 =====================
d = "12_eu_statement_oewg_ageing.txt"
DAY = "2024-05-22"
R(d, "European Union", "committed", MIPAA, DAY,
  "The European Union and its Member States remain fully committed to the Madrid International Plan of Action on Ageing (MIPAA)")
R(d, "European Union", "committed", UNPOP, DAY,
  "and to the United Nations Principles for Older Persons, which the General Assembly adopted in resolution 46/91 on 16 December 1991")
R(d, WAA2, "adopted", MIPAA, "2002-04", "adopted at the Second World Assembly on Ageing in Madrid in April 2002", required=False)
R(d, GA, ADOPTED, MIPAA, "2002", "endorsed by the General Assembly later that year")
R(d, GA, "adopted", UNPOP, "1991-12-16", "which the General Assembly adopted in resolution 46/91 on 16 December 1991")
R(d, OEWGA, "adopted", D141, DAY, "Earlier today the Working Group adopted by consensus its decision 14/1 on the human rights of older persons.")
tq = "The draft was tabled by Argentina on behalf of the Group of Friends of Older Persons."
R(d, "Argentina", "co-sponsored", D141, None, tq, required=False)
R(d, FRIENDS, "co-sponsored", D141, None, tq, required=False)
R(d, "European Union", "co-sponsored", D141, None, "The EU was not in a position to co-sponsor the draft decision", negated=True)
R(d, "European Union", "supported", D141, DAY, "but joined the consensus in a spirit of compromise", required=False)
R(d, "European Union", "supported", H5413, "2023-10",
  "at the Human Rights Council in October 2023, the EU supported resolution 54/13 on the human rights of older persons")
RL(d, ["Argentina", "Brazil", "Slovenia"], "co-sponsored", H5413, None, "which was presented by Argentina, Brazil and Slovenia")
R(d, HRC, "adopted", H5413, "2023-10", "and adopted without a vote by the Council")

# ===================== 13 =====================
d = "13_oecd_press_tax_conventions_png_kenya.txt"
DAY = "2024-06-12"
R(d, "Papua New Guinea", "signed", MAC, DAY,
  "Papua New Guinea today signed the Convention on Mutual Administrative Assistance in Tax Matters, as amended by the 2010 Protocol")
R(d, "Kenya", "ratified", MLI, DAY,
  "On the same occasion, Kenya deposited its instrument of ratification of the Multilateral Convention to Implement Tax Treaty Related Measures to "
  "Prevent Base Erosion and Profit Shifting (MLI)")
R(d, "Kenya", "signed", MLI, "2019-07", "which it had signed in July 2019")
R(d, "Namibia", "signed", MCAA, DAY,
  "Namibia signed the Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information (CRS MCAA)")
R(d, OECDSG, "called-for", STTR, DAY,
  "He encouraged all jurisdictions that have not yet done so to sign the Multilateral Convention to Facilitate the Implementation of the Pillar Two "
  "Subject to Tax Rule (STTR MLI)")
RL(d, ["Benin", "Eswatini", "Senegal"], "signed", STTR, "2024-05", "which was signed last month by Benin, Eswatini and Senegal")
R(d, "Papua New Guinea", "signed", MCAA, None, "Papua New Guinea's Treasurer said his country intends to sign the CRS MCAA next year", negated=True)
R(d, "Papua New Guinea", "endorsed", TWOP, "2024-03",
  "Papua New Guinea joined the Statement on a Two-Pillar Solution to Address the Tax Challenges Arising from the Digitalisation of the Economy in March 2024.")
R(d, IF, ADOPTED, TWOP, "2021-10-08", "The Statement was agreed by the OECD/G20 Inclusive Framework on BEPS on 8 October 2021.")
RL(d, ["Kenya", "Nigeria", "Pakistan", "Sri Lanka"], "endorsed", TWOP, None,
   "Of the Inclusive Framework's members, Kenya, Nigeria, Pakistan and Sri Lanka have not joined it.", negated=True)
R(d, "United States", PARTY, MAC88, "1995", "The United States, a party to the original 1988 Convention on Mutual Administrative Assistance in Tax Matters since 1995")
R(d, "United States", "signed", P2010, "2010-05", "signed the 2010 amending Protocol in May 2010")
R(d, "United States", NOTRATIFIED, P2010, None, "signed the 2010 amending Protocol in May 2010 but has not ratified it", negated=True)

# ===================== 14 =====================
d = "14_oireachtas_note_amr_political_declaration.txt"
HLM = "2024-09-26"
R(d, GA, "adopted", AMR24, "2024-10-07", "The General Assembly formally adopted the text on 7 October 2024 as resolution 79/2.")
R(d, GA, "adopted", AMR16, "2016-09", "The first Political Declaration on AMR was adopted by the General Assembly in September 2016 (resolution 71/3).")
R(d, GA, ["endorsed", "adopted"], GAP, "2016-09", "It endorsed the Global Action Plan on Antimicrobial Resistance", required=False)
R(d, WHA, "adopted", GAP, "2015-05", "which the World Health Assembly had adopted in May 2015 by resolution WHA68.7")
R(d, EUCO, "adopted", EURECO, "2023-06-13",
  "the Council of the EU adopted a Recommendation on stepping up EU actions to combat antimicrobial resistance in a One Health approach on 13 June 2023")
R(d, "Ireland", ["supported", "committed", "endorsed"], AMR24, HLM,
  "Speaking at the high-level meeting, the Minister for Health, Stephen Donnelly, said Ireland \"fully supports the Political Declaration and is committed to achieving its targets\"")
RL(d, ["Oman", "United Kingdom", "Netherlands", "Kenya"], "endorsed", MUSCAT, None,
   "It has been endorsed by Oman, the host, and by the United Kingdom, the Netherlands and Kenya, among others.")
RL(d, ["Spain", "Portugal", "Sweden"], "endorsed", MUSCAT, "2023", "Of Ireland's EU partners, Spain, Portugal and Sweden endorsed it in 2023")
RL(d, ["Germany", "France"], "endorsed", MUSCAT, None, "while Germany and France had not done so at the time of writing", negated=True)
R(d, "Ireland", "endorsed", MUSCAT, None, "Ireland has not yet endorsed the Manifesto", negated=True,
  alt=["the Department of Health told the L&RS in September that it is considering whether to do so",
       "Ireland did not, however, use the conference to endorse the Muscat Manifesto, which remains under review."])
R(d, JEDCONF, "adopted", JEDDAH, "2024-11-16", "The conference adopted the Jeddah Commitments on 16 November 2024.")
R(d, "Ireland", "endorsed", JEDDAH, "2024-11-16",
  "The Minister of State at the Department of Health endorsed them on Ireland's behalf on the same day.")

# ===================== 15 =====================
d = "15_newsletter_road_safety_treaty_bulletin.txt"
CLOSE = "2025-02-20"
R(d, RSCONF, "adopted", MARRAKECH, CLOSE,
  "The Fourth Global Ministerial Conference on Road Safety, held in Marrakech from 18 to 20 February 2025, closed by adopting the Marrakech Declaration")
R(d, GA, ADOPTED, STOCKHOLM, "2020-08", "the Stockholm Declaration of February 2020, which the General Assembly endorsed in August 2020 by resolution 74/299")
R(d, GA, "adopted", RSPD, "2022-06-30",
  "the Political Declaration of the high-level meeting on improving global road safety, adopted by the Assembly on 30 June 2022")
R(d, "Morocco", "acceded", A1998, "2025-02-17",
  "Morocco, the host, used the occasion to announce that it had deposited its instrument of accession to the 1998 Agreement on Global Technical "
  "Regulations for wheeled vehicles on 17 February 2025")
eq = ("called on all Member States that have not yet done so to accede to the 1968 Convention on Road Traffic and to the 1958 Agreement on UN "
      "Regulations for wheeled vehicles")
R(d, ENVOY, "called-for", RT68, CLOSE, eq)
R(d, ENVOY, "called-for", A1958, CLOSE, eq)
R(d, "Jordan", "acceded", RT68, "2025-01-14", "Convention on Road Traffic (Vienna, 1968):\n- Jordan – accession, 14 January 2025")
R(d, "Oman", "acceded", RT68, "2025-01-30", "Oman – accession, 30 January 2025")
R(d, "Jordan", "acceded", SIGNS68, "2025-01-14", "Convention on Road Signs and Signals (Vienna, 1968):\n- Jordan – accession, 14 January 2025")
R(d, "Uzbekistan", "acceded", A1958, "2025-02-05", "Uzbekistan – accession, 5 February 2025")
R(d, "Kenya", "acceded", A1958, "2025-02-27", "Kenya – accession, 27 February 2025")
R(d, "India", "party", RT49, None, "India is a party to the 1949 Convention on Road Traffic")
iq = "India is a party to the 1949 Convention on Road Traffic but has joined neither of the 1968 Vienna Conventions."
R(d, "India", NOTBOUND, RT68, None, iq, negated=True)
R(d, "India", NOTBOUND, SIGNS68, None, iq, negated=True)
R(d, "China", PARTY, A1998, "2000", "China, a party to the 1998 Agreement since 2000")
R(d, "China", JOINED, A1958, None, "China, a party to the 1998 Agreement since 2000, has yet to accede to the 1958 Agreement.", negated=True)
R(d, "United States", NOTBOUND, RT68, None, "The United States also remains outside the 1968 Convention on Road Traffic", negated=True)
R(d, "United States", "party", RT49, None, "it is bound by the 1949 Convention")
R(d, "Nigeria", JOINED, RT68, None,
  "Nigeria expects to deposit its instrument of accession to the 1968 Convention on Road Traffic before the end of 2025", negated=True)
R(d, "Chile", "signed", RT68, "1969", "Chile signed the 1968 Convention on Road Traffic in 1969")
R(d, "Chile", RATIFIED, RT68, "1975", "Chile signed the 1968 Convention on Road Traffic in 1969 but ratified it only in 1975.")

# ===================== 16 =====================
d = "16_gac_news_release_vancouver_principles.txt"
DAY = "2025-02-12"
amq = ("In the Americas, the Vancouver Principles have now been endorsed by Argentina, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Guatemala, "
       "Jamaica, Mexico, Panama, Peru and Uruguay.")
jq = "Ecuador, Malawi and the Philippines endorsed the Principles in January"
R(d, "Ecuador", "endorsed", VANC, "2025-01", jq, alt=[amq])
RL(d, ["Malawi", "Philippines"], "endorsed", VANC, "2025-01", jq)
R(d, "Nepal", "endorsed", VANC, "2025-02-10", "and Nepal did so on February 10")
R(d, "Canada", "endorsed", VANC, "2017-11",
  "Canada, together with 53 other countries, endorsed the Vancouver Principles when they were launched at the UN Peacekeeping Defence Ministerial in Vancouver in November 2017")
R(d, "Canada", "endorsed", PARIS, "2007",
  "the Paris Commitments to protect children from unlawful recruitment or use by armed forces or armed groups, adopted in 2007, which Canada endorsed the same year")
RL(d, ["Argentina", "Chile", "Colombia", "Costa Rica", "El Salvador", "Guatemala", "Jamaica", "Mexico", "Panama", "Peru", "Uruguay"],
   "endorsed", VANC, None, amq)
RL(d, ["India", "Pakistan"], "endorsed", VANC, None, "India and Pakistan have not endorsed them", negated=True)
R(d, "Egypt", "endorsed", VANC, None, "Egypt has told Canada that it is studying them", negated=True)
R(d, "Indonesia", "endorsed", VANC, None,
  "Indonesia has informed Canada that it intends to endorse them at the Peacekeeping Ministerial in Berlin in May", negated=True)
cq = "I call on all states that have not yet done so to endorse the Vancouver Principles and the Paris Commitments"
R(d, "Canada", "called-for", VANC, DAY, cq)
R(d, "Canada", "called-for", PARIS, DAY, cq)

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
