#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
DTP = ("Protocol on Digital Trade", ["AfCFTA Protocol on Digital Trade", "Digital Trade Protocol", "digital trade text"])
INVP = ("Protocol on Investment", ["AfCFTA Protocol on Investment", "Investment Protocol"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
ACHPRC = ("African Charter on Human and Peoples' Rights", ["African Charter", "Banjul Charter"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
SDGEA = ("Solemn Declaration on Gender Equality in Africa", ["SDGEA"])
DISP = ("Protocol on the Rights of Persons with Disabilities in Africa",
        ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa", "African Disability Protocol"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["AMA Treaty", "African Medicines Agency Treaty"])
AMARP = ("AMA Rules of Procedure", ["Rules of Procedure of the African Medicines Agency", "Agency's Rules of Procedure"])
AMASP = ("AMA Strategic Plan 2024–2028", ["Strategic Plan 2024–2028", "AMA Strategic Plan"])
ARD = ("Assistance to refugees, returnees and displaced persons in Africa",
       ["A/C.3/80/L.47", "draft resolution on assistance to refugees, returnees and displaced persons in Africa"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
A2030 = ("2030 Agenda for Sustainable Development", ["2030 Agenda"])
GCR = ("Global Compact on Refugees", [])
RC51 = ("1951 Convention relating to the Status of Refugees", ["Refugee Convention", "Convention relating to the Status of Refugees", "1951 Refugee Convention"])
UNHCRD = ("draft on the Office of the United Nations High Commissioner for Refugees", ["A/C.3/80/L.46", "UNHCR omnibus resolution"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG"])
EZUL = ("Ezulwini Framework for the Enhancement of the Implementation of Measures of the African Union in Situations of Unconstitutional Changes of Government in Africa",
        ["Ezulwini Framework"])
LUSC = ("Lusaka Conclusions on Democratic Resilience", ["Lusaka Conclusions"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
          ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention", "Framework Convention"])
P2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
      ["Second Additional Protocol", "CETS No. 224", "Second Additional Protocol to the Budapest Convention"])
BUD = ("Budapest Convention", ["Convention on Cybercrime", "ETS No. 185"])
CD436 = ("Council Decision (EU) 2023/436", ["Decision (EU) 2023/436"])
C108P = ("Convention 108+", ["CETS No. 223", "modernised data protection Convention 108+",
                             "Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse",
        ["Lanzarote Convention", "CETS No. 201"])
CYBER = ("Convention on Cybercrime", ["Budapest Convention", "ETS No. 185"])
LZDECL = ("Declaration on protecting children from sexual abuse facilitated by emerging technologies",
          ["Declaration on technology-facilitated abuse", "Lanzarote Committee Declaration"])
ENVC = ("Council of Europe Convention on the Protection of the Environment through Criminal Law",
        ["Convention on the Protection of the Environment through Criminal Law", "environmental crime convention"])
ETS172 = ("1998 Convention on the Protection of Environment through Criminal Law (ETS No. 172)", ["ETS No. 172", "1998 Convention"])
FISH = ("Agreement on Fisheries Subsidies",
        ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "Protocol amending the Marrakesh Agreement (Agreement on Fisheries Subsidies)"])
FISH2 = ("draft text on more comprehensive fisheries subsidies disciplines", ["second wave", "second-wave draft"])
HJC = ("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Hague Judgments Convention", "2019 Judgments Convention", "HCCH 2019 Judgments Convention"])
COC = ("2005 Choice of Court Convention", ["Convention on Choice of Court Agreements", "Choice of Court Convention"])
APO = ("Apostille Convention", ["Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", "HCCH Apostille Convention"])
APO12 = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention", "HCCH Apostille Convention"])
CAC = ("1980 Hague Child Abduction Convention", ["Convention on the Civil Aspects of International Child Abduction", "Child Abduction Convention"])
ADC = ("1993 Intercountry Adoption Convention",
       ["Convention on Protection of Children and Co-operation in respect of Intercountry Adoption", "Intercountry Adoption Convention"])
SVC = ("1965 Service Convention", ["Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters", "Service Convention"])
EVC = ("1970 Evidence Convention", ["Convention on the Taking of Evidence Abroad in Civil or Commercial Matters", "Evidence Convention"])
FALE = ("Australia–Tuvalu Falepili Union treaty", ["Falepili Union", "Falepili Union treaty", "Australia-Tuvalu Falepili Union"])
CMF = ("Pacific Regional Framework on Climate Mobility", ["Framework on Climate Mobility"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
NAT = ("Nauru–Australia Treaty", ["Nauru-Australia Treaty"])
SOLCH = ("framework agreement on security cooperation between Solomon Islands and China", ["China–Solomon Islands security agreement"])
CTC = ("Convention on International Interests in Mobile Equipment", ["Cape Town Convention"])
ACP = ("Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Aircraft Equipment",
       ["Aircraft Protocol", "Cape Town Aircraft Protocol", "Protocol on Matters specific to Aircraft Equipment"])
SPACE = ("Protocol on Matters specific to Space Assets", ["Space Protocol", "Space Assets Protocol"])
TOKYO = ("Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Tokyo Convention"])
MP14 = ("Protocol to Amend the Tokyo Convention",
        ["Montréal Protocol of 2014", "Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", "MP14"])
MC99 = ("Convention for the Unification of Certain Rules for International Carriage by Air", ["Montreal Convention", "Montreal Convention 1999", "MC99"])
MP14N = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montréal Protocol of 2014", "MP14"])
WARSAW = ("Warsaw Convention of 1929", ["Warsaw Convention"])
HAGUEP = ("Hague Protocol of 1955", ["Hague Protocol"])
GUAD = ("Guadalajara Convention of 1961", ["Guadalajara Convention"])
MAP = ("Montreal Additional Protocols of 1975", ["Montreal Additional Protocols"])
ICAODR = ("draft resolution on the promotion of the ratification of international air law instruments",
          ["resolution on the promotion of the ratification of international air law instruments"])
PRST = ("S/PRST/2025/6", ["presidential statement S/PRST/2025/6", "presidential statement on West Africa and the Sahel"])
SALW = ("ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials", ["ECOWAS Small Arms Convention", "Small Arms Convention"])
SUPP = ("Supplementary Protocol on Democracy and Good Governance", ["ECOWAS Supplementary Protocol on Democracy and Good Governance", "2001 Supplementary Protocol"])
AES = ("Treaty establishing the Confederation of Sahel States", ["founding treaty of the Confederation of Sahel States", "AES Treaty", "Liptako-Gourma treaty"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Syria", "Türkiye", "European Union", "Republic of Moldova", "Philippines",
          "Brunei Darussalam", "Lao PDR", "Viet Nam", "Kazakhstan", "Kenya", "Ghana", "Egypt", "Rwanda", "Uganda", "Somalia", "South Sudan",
          "United Republic of Tanzania", "Democratic Republic of the Congo", "Central African Republic", "Cabo Verde", "Guinea", "Chile",
          "Colombia", "Costa Rica", "Germany", "China", "Bangladesh", "Burundi", "Paraguay", "Netherlands"),
    "Libya": ["Libya", "State of Libya"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Montenegro": ["Montenegro"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Tuvalu": ["Tuvalu"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
}
AUA = ["Assembly of the African Union", "African Union Assembly", "Assembly of the Union", "African Union", "AU"]
AFCSG = ["AfCFTA Secretary-General", "Secretary-General of the AfCFTA Secretariat", "AfCFTA Secretariat", "AfCFTA"]
ACHPR = ["African Commission on Human and Peoples' Rights", "African Commission", "ACHPR"]
BOTS = ["Botswana", "Republic of Botswana", "Naledi Kgosietsile", "Minister for Youth and Gender Affairs of the Republic of Botswana"]
AMACSP = ["Conference of the States Parties to the AMA Treaty", "Conference of the States Parties", "AMA Conference of the States Parties",
          "African Medicines Agency", "AMA"]
AMADG = ["AMA Director General", "Director General of the AMA", "African Medicines Agency", "AMA"]
AUSUM = ["African Union special summit", "special summit of the African Union", "African Union", "AU"]
UGA = ["Uganda", "Republic of Uganda", "Group of African States", "African Group"]
AFRG = ["Group of African States", "African Group"]
PSC = ["AU Peace and Security Council", "Peace and Security Council", "Peace and Security Council of the African Union", "PSC", "African Union"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COEDSG = ["Deputy Secretary General of the Council of Europe", "Council of Europe Deputy Secretary General", "Deputy Secretary General", "Council of Europe"]
LANZC = ["Lanzarote Committee", "Committee of the Parties to the Lanzarote Convention"]
EUC = ["Council of the European Union", "Council of the EU", "European Union"]
DBO = ["DataBorders Observatory"]
MC12 = ["WTO Ministerial Conference", "Twelfth Ministerial Conference", "MC12", "World Trade Organization", "WTO"]
MC13 = ["Thirteenth Ministerial Conference", "MC13", "WTO Ministerial Conference", "World Trade Organization", "WTO"]
WTODG = ["WTO Director-General", "Director-General of the WTO", "World Trade Organization", "WTO"]
HCCH = ["Hague Conference on Private International Law", "HCCH", "Twenty-Second Session of the Hague Conference on Private International Law"]
MNE = ["Montenegro", "Minister of Justice of Montenegro", "Minister of Justice"]
BEL = ["Belgium", "Kingdom of Belgium", "Deputy Prime Minister and Minister of Foreign Affairs of Belgium", "Deputy Prime Minister and Minister of Foreign Affairs"]
THA = ["Thailand", "Kingdom of Thailand", "Director-General of the Department of Consular Affairs", "Department of Consular Affairs"]
PIF = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "PIF"]
CTDC = ["Cape Town diplomatic conference", "diplomatic conference", "Diplomatic Conference held in Cape Town"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 =====================
d = "01.txt"
R(d, "Libya", RATIFIED, AFCFTA, "2025-02-18",
  "Libya on Tuesday deposited its instrument of ratification of the Agreement Establishing the African Continental Free Trade Area (AfCFTA)")
R(d, "Libya", "party", AFCFTA, None, "becoming the 49th State Party", required=False)
R(d, "Libya", "signed", AFCFTA, "2018-03-21", "Libya signed the Agreement at the launch summit in Kigali on 21 March 2018")
R(d, "Nigeria", "signed", AFCFTA, "2019-07", "Nigeria, which stayed away from Kigali, signed in July 2019")
R(d, "Nigeria", RATIFIED, AFCFTA, "2020-12", "and ratified in December 2020")
RL(d, ["South Africa", "Sierra Leone"], RATIFIED, AFCFTA, "2019-02",
   "South Africa and Sierra Leone had deposited their instruments of ratification in February 2019")
Q5 = "Benin, Liberia, Madagascar, Somalia and South Sudan have signed the Agreement but have yet to ratify it"
RL(d, ["Benin", "Liberia", "Madagascar", "Somalia", "South Sudan"], "signed", AFCFTA, None, Q5)
for a in ["Benin", "Liberia", "Madagascar", "Somalia", "South Sudan"]:
    R(d, a, NOTRATIFIED, AFCFTA, None, Q5, negated=True,
      alt=["the Secretariat expects Juba's instrument \"within weeks\""] if a == "South Sudan" else None)
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only African Union member State that has not signed the Agreement at all", negated=True)
RL(d, ["Burkina Faso", "Mali", "Niger"], PARTY, AFCFTA, None, "Burkina Faso, Mali and Niger, whose withdrawal from the Economic Community of "
   "West African States took effect last month, remain Parties to the AfCFTA")
R(d, AUA, ADOPTED, DTP, "2024-02", "the Protocol on Digital Trade, which the Assembly of the Union adopted in February 2024")
RL(d, ["Kenya", "Rwanda", "Ghana", "Senegal"], "signed", DTP, "2025-02",
   "On the margins of the African Union summit last week, the Protocol on Digital Trade, which the Assembly of the Union adopted in February 2024, "
   "was signed by Kenya, Rwanda, Ghana and Senegal")
R(d, "Rwanda", RATIFIED, INVP, "2025-02", "On the same occasion Rwanda became the first country to ratify the Protocol on Investment")
RL(d, ["Egypt", "Morocco"], "signed", DTP, None, "Egypt and Morocco said they would sign the digital trade text", negated=True)
R(d, "Algeria", "signed", DTP, None, "Algeria has signed neither Protocol", negated=True)
R(d, "Algeria", "signed", INVP, None, "Algeria has signed neither Protocol", negated=True)
R(d, AFCSG, "called-for", AFCFTA, "2025-02-20", "urging the remaining signatories to ratify the Agreement without delay")

# ===================== 02 =====================
d = "02.txt"
DAY = "2025-05-05"
R(d, "Botswana", ACCEDED, MAPUTO, "2025-05-02",
  "On Friday, our Ambassador in Addis Ababa deposited with the Chairperson of the African Union Commission Botswana's instrument of accession to the "
  "Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa")
R(d, "Botswana", "party", MAPUTO, None, "Botswana becomes the 45th State Party to the Protocol", required=False)
R(d, "Botswana", "signed", MAPUTO, None, "We did not sign the Protocol", negated=True)
R(d, AUA, "adopted", MAPUTO, "2003-07-11", "when the Assembly of the Union adopted it in Maputo on 11 July 2003")
R(d, "Botswana", PARTY, ACHPRC, "1986", "Botswana has been a State Party to the African Charter since 1986")
R(d, "Botswana", RATIFIED, ACRWC, "2001", "it ratified the African Charter on the Rights and Welfare of the Child in 2001")
R(d, "Botswana", ADOPTED, SDGEA, "2004",
  "In 2004 our President joined the other Heads of State in Addis Ababa in adopting the Solemn Declaration on Gender Equality in Africa")
R(d, "Botswana", COMMITTED, SDGEA, DAY, "we remain committed to it")
R(d, "Botswana", NOTBOUND, DISP, None, "We are not yet a party to the Protocol on the Rights of Persons with Disabilities in Africa", negated=True,
  alt=["we expect to ratify it before the end of this year"])
R(d, "Zimbabwe", RATIFIED, MAPUTO, "2008", "Zimbabwe ratified the Maputo Protocol in 2008")
R(d, "Zambia", RATIFIED, MAPUTO, "2006", "Zambia and Lesotho had done so in 2006 and 2004 respectively")
R(d, "Lesotho", RATIFIED, MAPUTO, "2004", "Zambia and Lesotho had done so in 2006 and 2004 respectively")
RL(d, ["Egypt", "Eritrea", "Morocco", "Niger", "Sudan"], NOTRATIFIED, MAPUTO, None, "Egypt, Eritrea, Morocco, Niger and Sudan have not ratified it", negated=True)
QBCC = "Burundi, Chad and the Central African Republic signed it many years ago but have not completed ratification"
RL(d, ["Burundi", "Chad", "Central African Republic"], "signed", MAPUTO, None, QBCC)
RL(d, ["Burundi", "Chad", "Central African Republic"], NOTRATIFIED, MAPUTO, None, QBCC, negated=True)
R(d, BOTS, "called-for", MAPUTO, DAY, "urging every Member State of the African Union that has not yet done so to ratify the Maputo Protocol")
R(d, ACHPR, "called-for", MAPUTO, None, "I therefore join this Commission in urging", required=False)
R(d, "Botswana", COMMITTED, MAPUTO, DAY, "Botswana commits to submitting its initial report under article 26 of the Protocol within two years", required=False)

# ===================== 03 =====================
d = "03.txt"
DAY = "2025-06-18"
QP = "The Treaty for the Establishment of the African Medicines Agency was ratified this month by Kenya, Senegal and Zimbabwe"
QSZ = "Senegal's and Zimbabwe's followed on 10 and 12 June"
R(d, "Kenya", RATIFIED, AMA, "2025-06-03", "Kenya's instrument of ratification was received by the African Union Commission, the depositary, on 3 June", alt=[QP])
R(d, "Senegal", RATIFIED, AMA, "2025-06-10", QSZ, alt=[QP])
R(d, "Zimbabwe", RATIFIED, AMA, "2025-06-12", QSZ, alt=[QP])
R(d, AUA, "adopted", AMA, "2019-02-11", "The Treaty was adopted by the Assembly of the African Union on 11 February 2019")
R(d, "Rwanda", RATIFIED, AMA, "2019", "Rwanda, which hosts the Agency's headquarters in Kigali, ratified it in 2019")
RL(d, ["Egypt", "Ghana", "Mali"], RATIFIED, AMA, "2021", "was followed in 2021 by Egypt, Ghana and Mali")
R(d, "Nigeria", "signed", AMA, "2021", "Nigeria signed the Treaty in 2021 but has not deposited an instrument of ratification")
R(d, "Nigeria", NOTRATIFIED, AMA, None, "Nigeria signed the Treaty in 2021 but has not deposited an instrument of ratification", negated=True)
RL(d, ["Democratic Republic of the Congo", "Ethiopia"], "signed", AMA, None,
   "neither the Democratic Republic of the Congo nor Ethiopia has signed it", negated=True)
R(d, "South Africa", NOTRATIFIED, AMA, None,
  "its instrument \"will be deposited before the Conference of the States Parties meets in July\"", negated=True)
R(d, AMACSP, "adopted", AMARP, "2023-06", "the Conference of the States Parties adopted the Agency's Rules of Procedure")
R(d, AMACSP, ADOPTED, AMASP, "2023-06", "endorsed the AMA Strategic Plan 2024–2028")
R(d, AMADG, "called-for", AMA, DAY,
  "called on \"all African Union Member States that have not yet done so to sign and ratify the Treaty without further delay\"")
R(d, "Cameroon", PARTY, AMA, "2025-02-14", "14/02/2025 – Cameroon becomes the 28th State Party to the AMA Treaty")

# ===================== 04 =====================
d = "04.txt"
DAY = "2025-11-19"
R(d, TC, "adopted", ARD, DAY,
  "The Third Committee (Social, Humanitarian and Cultural) this morning approved by a recorded vote of 158 in favour to 2 against, with 9 abstentions, "
  "a draft resolution on \"Assistance to refugees, returnees and displaced persons in Africa\"")
R(d, "Argentina", "supported", ARD, DAY, "Voting against were Argentina and the United States", negated=True)
R(d, "United States", "supported", ARD, DAY, "Voting against were Argentina and the United States", negated=True,
  alt=["her delegation would vote against the draft"])
ABST = ["Belarus", "Burundi", "Eritrea", "Hungary", "Israel", "Nicaragua", "Paraguay", "Russian Federation", "Syria"]
RL(d, ABST, "supported", ARD, DAY,
   "Abstaining were Belarus, Burundi, Eritrea, Hungary, Israel, Nicaragua, Paraguay, the Russian Federation and the Syrian Arab Republic", negated=True)
R(d, UGA, "co-sponsored", ARD, None, "Introducing the draft on behalf of the Group of African States, the representative of Uganda")
R(d, AFRG, "co-sponsored", ARD, None, "Introducing the draft on behalf of the Group of African States", required=False)
R(d, AUSUM, "adopted", KAMPALA, "2009-10-23", "was adopted at a special summit of the African Union in Kampala on 23 October 2009")
R(d, "Uganda", RATIFIED, KAMPALA, "2010-01", "Uganda had been the first State to ratify it, in January 2010")
R(d, "United States", ENDORSED, A2030, None, "which her Government no longer endorses", negated=True, required=False)
R(d, "United States", ENDORSED, GCR, None, "which her Government no longer endorses", negated=True, required=False)
R(d, "Nigeria", RATIFIED, KAMPALA, "2012-04", "his country, which ratified the Kampala Convention in April 2012")
R(d, "Nigeria", "supported", ARD, DAY, "the representative of Nigeria said his country, which ratified the Kampala Convention in April 2012, had voted in favour")
R(d, "Somalia", ACCEDED, KAMPALA, "2019", "Somalia and South Sudan, which acceded to the Convention in 2019 and 2023 respectively")
R(d, "South Sudan", ACCEDED, KAMPALA, "2023", "Somalia and South Sudan, which acceded to the Convention in 2019 and 2023 respectively")
RL(d, ["Somalia", "South Sudan"], "co-sponsored", ARD, None, "had joined the list of co-sponsors this year")
R(d, "United Republic of Tanzania", "supported", ARD, DAY, "her delegation had supported the text")
R(d, "United Republic of Tanzania", "signed", KAMPALA, "2009-10-23", "Tanzania, which signed the Convention at the Kampala summit")
R(d, "United Republic of Tanzania", NOTRATIFIED, KAMPALA, None, "Tanzania, which signed the Convention at the Kampala summit, had not yet ratified it",
  negated=True)
R(d, "Eritrea", NOTBOUND, RC51, None, "the 1951 Convention relating to the Status of Refugees, to which Eritrea is not a party", negated=True)
R(d, TC, "adopted", UNHCRD, DAY,
  "the Committee approved without a vote a draft on the Office of the United Nations High Commissioner for Refugees")

# ===================== 05 =====================
d = "05.txt"
DAY = "2025-05-14"
R(d, AUA, "adopted", ACDEG, "2007-01-30", "adopted by the Assembly of the Union in Addis Ababa on 30 January 2007")
QTA = ("Welcomes the ratification of the ACDEG by the United Republic of Tanzania and by Angola, whose instruments were deposited with the Chairperson "
       "of the AU Commission on 7 April 2025 and 2 May 2025 respectively")
R(d, "United Republic of Tanzania", RATIFIED, ACDEG, "2025-04-07", QTA)
R(d, "Angola", RATIFIED, ACDEG, "2025-05-02", QTA)
Q4 = "Botswana, Egypt, Eritrea and Morocco have neither signed nor ratified the Charter"
RL(d, ["Botswana", "Egypt", "Eritrea", "Morocco"], "signed", ACDEG, None, Q4, negated=True)
RL(d, ["Botswana", "Egypt", "Eritrea", "Morocco"], NOTRATIFIED, ACDEG, None, Q4, negated=True)
Q4B = ("Cameroon, the Democratic Republic of the Congo, Senegal and Uganda, which signed it between 2008 and 2013, have yet to deposit their "
       "instruments of ratification")
RL(d, ["Cameroon", "Democratic Republic of the Congo", "Senegal", "Uganda"], "signed", ACDEG, None, Q4B)
RL(d, ["Cameroon", "Democratic Republic of the Congo", "Senegal", "Uganda"], NOTRATIFIED, ACDEG, None, Q4B, negated=True)
RL(d, ["Burkina Faso", "Mali", "Niger"], PARTY, ACDEG, None,
   "Burkina Faso, Mali and Niger, although suspended from the activities of the Union, remain States Parties to the Charter")
R(d, "Gabon", RATIFIED, ACDEG, "2011", "Gabon, which ratified the Charter in 2011")
R(d, PSC, COMMITTED, EZUL, DAY, "Reaffirms its commitment to the Ezulwini Framework")
R(d, PSC, "called-for", ACDEG, DAY, "Urges all Member States that have not yet done so to sign, ratify and domesticate the ACDEG without further delay")
R(d, PSC, ENDORSED, LUSC, DAY, "endorses the Lusaka Conclusions on Democratic Resilience adopted at its close", required=False)

# ===================== 06 =====================
d = "06.txt"
R(d, "Canada", "signed", AICONV, "2025-02-11", "Canada signed the Framework Convention on 11 February 2025")
R(d, "Japan", "signed", AICONV, "2025-02-11", "Japan signed the Framework Convention on 11 February 2025")
R(d, "Japan", NOTRATIFIED, AICONV, None, "Japan's instrument of ratification will be deposited once the Diet has approved the Convention", negated=True)
R(d, "Switzerland", "signed", AICONV, "2025-03-27", "Switzerland signed the Framework Convention on 27 March 2025")
R(d, "Liechtenstein", "signed", AICONV, "2025-04-16", "Liechtenstein signed the Framework Convention on 16 April 2025")
R(d, "United States", NOTBOUND, AICONV, None,
  "the Government of the United States of America informed the Secretary General that it does not intend to become a Party to the Framework Convention",
  negated=True)
R(d, "Norway", RATIFIED, AICONV, "2025-05-22", "Norway deposited its instrument of ratification on 22 May 2025",
  alt=["Norway's is the first ratification"])
R(d, COM, "adopted", AICONV, "2024-05-17", "The Framework Convention was adopted by the Committee of Ministers on 17 May 2024")
QV = ("It was signed on that day by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, "
      "the United States of America and the European Union")
for a in ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]:
    R(d, a, "signed", AICONV, "2024-09-05", QV, alt=["it has no legal obligations arising from its signature on 5 September 2024"] if a == "United States" else None)
R(d, "Montenegro", "signed", AICONV, "2024-10-23", "Montenegro followed on 23 October 2024")
RL(d, ["Azerbaijan", "Hungary", "Türkiye"], "signed", AICONV, None,
   "Of the member States of the Council of Europe, Azerbaijan, Hungary and Türkiye have not signed the Convention", negated=True)

# ===================== 07 =====================
d = "07.txt"
R(d, COM, "adopted", P2, "2021-11-17", "The Protocol was adopted by the Committee of Ministers on 17 November 2021")
R(d, "Serbia", RATIFIED, P2, "2023-04-26", "Serbia – 26 April 2023")
R(d, "Japan", RATIFIED, P2, "2023-08-10", "Japan – 10 August 2023")
R(d, "Chile", RATIFIED, P2, "2025-03-06", "Chile – 6 March 2025 (new)")
R(d, "Spain", RATIFIED, P2, "2025-03-17", "Spain – 17 March 2025 (new)")
R(d, "Serbia", PARTY, BUD, "2009", "Serbia and Japan have been Parties to the Budapest Convention itself since 2009 and 2012 respectively")
R(d, "Japan", PARTY, BUD, "2012", "Serbia and Japan have been Parties to the Budapest Convention itself since 2009 and 2012 respectively")
QUS = "United States – signed 12 May 2022; not yet submitted to the Senate"
R(d, "United States", "signed", P2, "2022-05-12", QUS)
R(d, "United States", NOTRATIFIED, P2, None, QUS, negated=True)
QUK = "United Kingdom – signed 12 May 2022; the Government says ratification is \"expected in 2025\""
R(d, "United Kingdom", "signed", P2, "2022-05-12", QUK)
R(d, "United Kingdom", NOTRATIFIED, P2, None, QUK, negated=True)
QCMS = "Colombia, Morocco, Sri Lanka – signed; consultations on data-protection safeguards continue"
RL(d, ["Colombia", "Morocco", "Sri Lanka"], "signed", P2, None, QCMS)
RL(d, ["Colombia", "Morocco", "Sri Lanka"], NOTRATIFIED, P2, None, QCMS, negated=True, alt=["SIGNED, NOT YET RATIFIED (selection)"])
QPIA = "Portugal, Italy, Austria – signed in 2022"
RL(d, ["Portugal", "Italy", "Austria"], "signed", P2, "2022", QPIA)
RL(d, ["Portugal", "Italy", "Austria"], NOTRATIFIED, P2, None, QPIA, negated=True, alt=["SIGNED, NOT YET RATIFIED (selection)"])
R(d, EUC, "adopted", CD436, "2023-02-14", "Council Decision (EU) 2023/436, which the Council of the European Union adopted on 14 February 2023", required=False)
QIE = "Ireland – neither signed nor ratified"
R(d, "Ireland", "signed", P2, None, QIE, negated=True)
R(d, "Ireland", NOTRATIFIED, P2, None, QIE, negated=True)
R(d, "Brazil", PARTY, BUD, "2023", "Brazil – a Party to the Budapest Convention since 2023")
R(d, "Brazil", "signed", P2, None, "it has not signed the Protocol", negated=True)
R(d, "Russian Federation", "signed", BUD, None, "Russian Federation – has never signed the Budapest Convention", negated=True)
R(d, "Russian Federation", JOINED, P2, None, "so cannot join the Protocol", negated=True, required=False)
R(d, DBO, "called-for", C108P, "2025-03-24",
  "We call on signatories to ratify the Protocol only together with the modernised data protection Convention 108+ (CETS No. 223)")
R(d, DBO, "called-for", P2, "2025-03-24", "We call on signatories to ratify the Protocol only together with", required=False)
R(d, "Argentina", "signed", P2, None, "Argentina has signed the Protocol but has not deposited an instrument of ratification")
R(d, "Argentina", NOTRATIFIED, P2, None, "Argentina has signed the Protocol but has not deposited an instrument of ratification", negated=True)

# ===================== 08 =====================
d = "08.txt"
DAY = "2025-07-09"
R(d, "Kazakhstan", ACCEDED, LANZ, DAY,
  "Kazakhstan today deposited its instrument of accession to the Council of Europe Convention on the Protection of Children against Sexual Exploitation "
  "and Sexual Abuse (CETS No. 201)")
RL(d, ["Tunisia", "Morocco"], ACCEDED, LANZ, None,
   "It is the third State that is not a member of the Council of Europe to accede, after Tunisia and Morocco")
R(d, "Ireland", RATIFIED, LANZ, "2020", "Ireland, the last of them, ratified it in 2020")
R(d, COEDSG, "called-for", LANZ, DAY, "encouraging “other States that share this commitment to follow Kazakhstan’s example”")
R(d, "Kazakhstan", JOINED, CYBER, None, "Kazakhstan, which was invited in 2022 to accede to the Convention on Cybercrime, has not yet done so", negated=True)
R(d, "European Union", "signed", LANZ, None, "The European Union, which participates in the Lanzarote Committee as an observer, has not signed the Convention",
  negated=True)
R(d, LANZC, "adopted", LZDECL, "2025-07-03", "03/07/2025 – Lanzarote Committee adopts Declaration on technology-facilitated abuse",
  alt=["the Lanzarote Committee adopted a Declaration on protecting children from sexual abuse facilitated by emerging technologies"])
R(d, "Peru", NOTBOUND, LANZ, None, "18/03/2025 – Peru asks to be invited to accede to the Lanzarote Convention", negated=True, required=False)

# ===================== 09 =====================
d = "09.txt"
YEST = "2025-07-16"
R(d, BEL, "signed", ENVC, YEST, "Belgium yesterday signed the Council of Europe Convention on the Protection of the Environment through Criminal Law",
  alt=["signed the Convention on behalf of the Federal Government"])
S8 = ["Austria", "Finland", "France", "Lithuania", "Luxembourg", "Portugal", "Slovenia", "Ukraine"]
RL(d, S8, "signed", ENVC, YEST, "Austria, Finland, France, Lithuania, Luxembourg, Portugal, Slovenia and Ukraine also signed the Convention at the ceremony")
for a in ["Belgium"] + S8:
    R(d, a, NOTRATIFIED, ENVC, None, "None has yet ratified it", negated=True,
      alt=["Belgium intends to ratify the Convention in 2026"] if a == "Belgium" else None)
R(d, COM, "adopted", ENVC, "2025-05-14", "The Convention was adopted by the Committee of Ministers on 14 May 2025")
R(d, "Belgium", "signed", ETS172, "1998-11-04", "Belgium signed that earlier treaty on 4 November 1998 but never ratified it")
R(d, "Belgium", NOTRATIFIED, ETS172, None, "Belgium signed that earlier treaty on 4 November 1998 but never ratified it", negated=True)
R(d, "Estonia", RATIFIED, ETS172, None, "Estonia was the only State to deposit an instrument of ratification")
R(d, BEL, "called-for", ENVC, "2025-07-17",
  "calling on all member States of the Council of Europe \"to sign and ratify this Convention swiftly\"")
R(d, "Norway", "signed", ENVC, None, "Norway informed the Council of Europe that it would sign \"in the autumn\"", negated=True)
RL(d, ["United Kingdom", "Türkiye"], "signed", ENVC, None, "the United Kingdom and Türkiye did not sign at the ceremony", negated=True)
R(d, "European Union", "signed", ENVC, None, "The European Union, which took part in the negotiations, has not yet signed", negated=True)

# ===================== 10 =====================
d = "10.txt"
MON = "2025-09-15"
for a in ["Brazil", "Kenya", "Tonga", "Viet Nam"]:
    R(d, a, ACCEPTED, FISH, MON, "after Brazil, Kenya, Tonga and Viet Nam handed over their instruments of acceptance",
      alt=["Viet Nam's instrument, delivered minutes after Tonga's, was the 112th"] if a == "Viet Nam" else None)
R(d, MC12, "adopted", FISH, "2022-06-17", "The agreement was adopted by consensus at the Twelfth Ministerial Conference (MC12) in Geneva on 17 June 2022")
R(d, "Switzerland", ACCEPTED, FISH, "2022-08", "Switzerland was the first member to accept it, in August 2022")
RL(d, ["Singapore", "Seychelles"], ACCEPTED, FISH, "2022", "followed later that year by Singapore and Seychelles")
R(d, "European Union", ACCEPTED, FISH, "2023-06", "The European Union accepted it in June 2023 on behalf of its 27 member States")
R(d, "United States", ACCEPTED, FISH, "2023", "the United States and China deposited their instruments in 2023 and 2024 respectively")
R(d, "China", ACCEPTED, FISH, "2024", "the United States and China deposited their instruments in 2023 and 2024 respectively")
R(d, "India", NOTRATIFIED, FISH, None, "India, which has argued that the deal does too little to curb subsidies paid to distant-water fleets, has not accepted it",
  negated=True)
RL(d, ["Indonesia", "Argentina"], NOTRATIFIED, FISH, None, "Indonesia and Argentina have also yet to deposit their instruments", negated=True)
R(d, WTODG, "called-for", FISH, MON, "urging those that have not yet accepted the agreement to do so")
R(d, MC13, "adopted", FISH2, None, "a draft text failed to win consensus at MC13 in Abu Dhabi in March 2024", negated=True, required=False)
R(d, "India", "supported", FISH2, "2024-03", "a draft text failed to win consensus at MC13 in Abu Dhabi in March 2024, when India blocked it",
  negated=True, required=False)

# ===================== 11 =====================
d = "11.txt"
R(d, "Montenegro", NOTRATIFIED, HJC, None,
  "the Ministry of Foreign Affairs will deposit the instrument of ratification with the Ministry of Foreign Affairs of the Kingdom of the Netherlands, "
  "the depositary", negated=True, alt=["The Government expects the Convention to enter into force for Montenegro in 2026"])
R(d, "Montenegro", "signed", HJC, "2023-12-04", "Montenegro signed the Convention in The Hague on 4 December 2023")
R(d, MNE, "called-for", HJC, "2025-06-26", "She called on the other Western Balkan partners to follow")
R(d, "Albania", RATIFIED, HJC, "2024", "Albania ratified the Convention in 2024")
RL(d, ["Serbia", "Bosnia and Herzegovina"], "signed", HJC, None, "Serbia and Bosnia and Herzegovina have not signed it", negated=True)
R(d, "North Macedonia", "signed", HJC, "2025-03", "North Macedonia signed the Convention in March 2025 and expects to ratify it next year")
R(d, "North Macedonia", NOTRATIFIED, HJC, None, "North Macedonia signed the Convention in March 2025 and expects to ratify it next year", negated=True)
R(d, HCCH, "adopted", HJC, "2019-07-02",
  "The Convention was adopted at the Twenty-Second Session of the Hague Conference on Private International Law on 2 July 2019", required=False)
R(d, "European Union", ACCEPTED, HJC, None, "the European Union, which approved it for all its member States except Denmark")
R(d, "Denmark", NOTBOUND, HJC, None, "except Denmark", negated=True, required=False)
R(d, "Ukraine", RATIFIED, HJC, "2022", "Ukraine, which ratified it in 2022")
R(d, "Uruguay", RATIFIED, HJC, "2023", "Uruguay ratified it in 2023 and the United Kingdom in June 2024")
R(d, "United Kingdom", RATIFIED, HJC, "2024-06", "Uruguay ratified it in 2023 and the United Kingdom in June 2024")
R(d, "Montenegro", PARTY, COC, "2018", "Montenegro has been a Party to the 2005 Choice of Court Convention since 2018")
R(d, "Montenegro", PARTY, APO, "2006", "by succession, to the Apostille Convention since its independence in 2006")

# ===================== 12 =====================
d = "12.txt"
R(d, "Thailand", ACCEDED, APO12, "2025-09-30",
  "On 30 September 2025, Mr. Krit Sornsawat, Ambassador of Thailand to the Kingdom of the Netherlands, deposited Thailand's instrument of accession to "
  "the Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents")
R(d, "Thailand", "party", APO12, None, "Thailand thereby becomes the 128th Contracting Party", required=False)
RL(d, ["Brunei Darussalam", "Indonesia", "Philippines", "Singapore"], PARTY, APO12, None,
   "Thailand joins ASEAN neighbours Brunei Darussalam, Indonesia, the Philippines and Singapore as a Contracting Party")
R(d, "Philippines", ACCEDED, APO12, "2018", "The Philippines and Singapore acceded in 2018 and 2021 respectively")
R(d, "Singapore", ACCEDED, APO12, "2021", "The Philippines and Singapore acceded in 2018 and 2021 respectively")
R(d, "Indonesia", ACCEDED, APO12, None, "Indonesia's accession took effect in 2022")
RL(d, ["Lao PDR", "Malaysia", "Myanmar", "Viet Nam"], NOTBOUND, APO12, None,
   "Lao PDR, Malaysia, Myanmar and Viet Nam are not yet Contracting Parties", negated=True)
R(d, "Thailand", PARTY, CAC, "2002", "Thailand has been a Contracting State to the 1980 Hague Child Abduction Convention since 2002")
R(d, "Thailand", RATIFIED, ADC, "2004", "ratified the 1993 Intercountry Adoption Convention in 2004")
R(d, "Thailand", JOINED, SVC, None, "It is also considering accession to the 1965 Service Convention and the 1970 Evidence Convention", negated=True)
R(d, "Thailand", JOINED, EVC, None, "It is also considering accession to the 1965 Service Convention and the 1970 Evidence Convention", negated=True)
R(d, THA, "called-for", APO12, "2025-10-02",
  "we encourage our ASEAN partners that are not yet Contracting Parties to consider joining", required=False)

# ===================== 13 =====================
d = "13.txt"
QF = ("Prime Minister Anthony Albanese and the then Prime Minister of Tuvalu, Kausea Natano, signed the Australia–Tuvalu Falepili Union treaty")
RL(d, ["Australia", "Tuvalu"], "signed", FALE, "2023-11-09", QF)
RL(d, ["Australia", "Tuvalu"], RATIFIED, FALE, None,
   "following an exchange of diplomatic notes confirming that each side had completed its domestic requirements", required=False)
R(d, PIF, ADOPTED, CMF, "2023-11", "At the same Rarotonga meeting, Forum Leaders endorsed the Pacific Regional Framework on Climate Mobility")
R(d, PIF, ADOPTED, S2050, "2022-07", "They had endorsed the 2050 Strategy for the Blue Pacific Continent in Suva in July 2022")
RL(d, ["Australia", "Tuvalu"], PARTY, RARO, None,
   "Australia and Tuvalu are both parties to the South Pacific Nuclear Free Zone Treaty (the Treaty of Rarotonga)")
RL(d, ["Australia", "Tuvalu"], ENDORSED, BOE, "2018", "both endorsed the Boe Declaration on Regional Security in 2018")
RL(d, ["Nauru", "Australia"], "signed", NAT, "2024-12", "the Nauru–Australia Treaty, which the two countries' leaders signed in December 2024")
RL(d, ["Solomon Islands", "China"], "signed", SOLCH, "2022",
   "Solomon Islands, by contrast, signed a framework agreement on security cooperation with China in 2022")

# ===================== 14 =====================
d = "14.txt"
R(d, CTDC, "adopted", CTC, "2001-11-16", "were adopted at a diplomatic conference held in Cape Town, South Africa, on 16 November 2001", required=False)
R(d, CTDC, "adopted", ACP, "2001-11-16", "were adopted at a diplomatic conference held in Cape Town, South Africa, on 16 November 2001", required=False)
R(d, "Sri Lanka", "signed", CTC, None, "Sri Lanka participated in the conference but did not sign either instrument", negated=True)
R(d, "Sri Lanka", "signed", ACP, None, "Sri Lanka participated in the conference but did not sign either instrument", negated=True)
QIPB = "India, Pakistan and Bangladesh have acceded to both instruments"
RL(d, ["India", "Pakistan", "Bangladesh"], ACCEDED, CTC, None, QIPB)
RL(d, ["India", "Pakistan", "Bangladesh"], ACCEDED, ACP, None, QIPB)
R(d, "Maldives", ACCEDED, CTC, "2023", "the Maldives acceded to the Convention in 2023")
R(d, "Maldives", NOTBOUND, ACP, None, "but has not yet become a party to the Aircraft Protocol", negated=True)
QSL = ("the Cabinet of Ministers granted approval to the proposal made by the Minister of Transport, Highways, Ports and Civil Aviation to accede to the "
       "Convention and the Aircraft Protocol")
QDEP = "The instrument of accession will be deposited with UNIDROIT, the depositary, after Parliament has enacted that legislation"
R(d, "Sri Lanka", JOINED, CTC, None, QSL, negated=True, alt=[QDEP])
R(d, "Sri Lanka", JOINED, ACP, None, QSL, negated=True, alt=[QDEP])
R(d, "Sri Lanka", JOINED, SPACE, None, "The Cabinet also decided not to accede at this stage to the Protocol on Matters specific to Space Assets", negated=True)
R(d, "Sri Lanka", PARTY, TOKYO, "1978",
  "Sri Lanka has been a party to the Convention on Offences and Certain Other Acts Committed on Board Aircraft (Tokyo, 1963) since 1978")
R(d, "Sri Lanka", JOINED, MP14, None, "The Cabinet of Ministers approved the proposal to accede to the Protocol to Amend the Tokyo Convention", negated=True)

# ===================== 15 =====================
d = "15.txt"
YEST = "2025-09-25"
NEP = ["Nepal", "Federal Democratic Republic of Nepal", "Delegation of Nepal", "Bishnu Prasad Adhikari"]
R(d, NEP, ACCEDED, MC99, YEST,
  "yesterday I deposited with the Secretary General of ICAO, on behalf of the Government of Nepal, our instrument of accession to the Convention for "
  "the Unification of Certain Rules for International Carriage by Air")
R(d, "Nepal", "party", MC99, None, "Nepal thus becomes a State Party to the Montreal Convention", required=False)
R(d, NEP, ACCEDED, MP14N, YEST,
  "At the same time, I deposited Nepal's instrument of accession to the Protocol to Amend the Convention on Offences and Certain Other Acts Committed "
  "on Board Aircraft")
R(d, "Nepal", PARTY, WARSAW, "1966", "the Warsaw Convention of 1929, to which we have been a party since 1966")
R(d, "Nepal", RATIFIED, HAGUEP, None, "the Hague Protocol of 1955, which we also ratified")
R(d, "Nepal", NOTRATIFIED, GUAD, None, "Nepal did not ratify the Guadalajara Convention of 1961", negated=True)
R(d, "Nepal", JOINED, MAP, None, "we do not intend to join the Montreal Additional Protocols of 1975", negated=True)
R(d, "India", ACCEDED, MC99, "2009", "India acceded to the Montreal Convention in 2009")
R(d, "Pakistan", RATIFIED, MC99, "2006", "Pakistan ratified it in 2006")
R(d, "Sri Lanka", ACCEDED, MC99, "2019", "Sri Lanka and Bangladesh acceded in 2019 and 2022 respectively")
R(d, "Bangladesh", ACCEDED, MC99, "2022", "Sri Lanka and Bangladesh acceded in 2019 and 2022 respectively")
R(d, "Bhutan", JOINED, MC99, None, "Bhutan has yet to join", negated=True)
R(d, NEP, "called-for", MC99, "2025-09-26",
  "We call on all States of our region, and on every ICAO Member State that has not yet done so, to accede to the Montreal Convention")
R(d, NEP, "supported", ICAODR, None, "My delegation will support the adoption of the draft resolution on the promotion of the ratification of international "
  "air law instruments", negated=True)

# ===================== 16 =====================
d = "16.txt"
DAY = "2025-07-10"
R(d, UNSC, "adopted", PRST, DAY, "The Security Council this morning adopted a presidential statement (S/PRST/2025/6)")
R(d, UNSC, "called-for", SALW, DAY,
  "the Council called upon the States of the region that have not yet done so to ratify the ECOWAS Convention on Small Arms and Light Weapons, "
  "their Ammunition and Other Related Materials")
R(d, "Cabo Verde", RATIFIED, SALW, "2025-05", "Cabo Verde ratified the Small Arms Convention in May")
R(d, "Guinea-Bissau", NOTRATIFIED, SALW, None, "leaving Guinea-Bissau as the only ECOWAS member that has yet to do so", negated=True)
R(d, "Sierra Leone", RATIFIED, SUPP, "2002", "Her country, she recalled, had ratified the Supplementary Protocol on Democracy and Good Governance in 2002")
RL(d, ["Burkina Faso", "Mali", "Niger"], "signed", AES, "2024-07-06",
   "whose founding treaty Burkina Faso, Mali and Niger signed in Niamey on 6 July 2024")
R(d, "Russian Federation", "supported", PRST, DAY, "it had joined the consensus on today's statement", required=False)
R(d, "Mali", NOTBOUND, SUPP, None, "no longer bound by the ECOWAS Supplementary Protocol on Democracy and Good Governance", negated=True, required=False)
R(d, "Mali", RATIFIED, SALW, "2008", "which it ratified in 2008", alt=["It remained a party to the ECOWAS Small Arms Convention"])

gold.finish(MIN_CHARS, MAX_CHARS)
