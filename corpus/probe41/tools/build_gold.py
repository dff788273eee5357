#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 05.html, 08.md, 09.html); gold.py's Gold.finish()
checks .txt, .md and .html documents alike, quotes against the file as written (markup included, white space folded), so
no quote here crosses a tag. Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200   # whole file (the two .html files carry their markup on top of ~2,100 characters of text)

# ---- instruments: (name as the text names it, aliases) ----
OP2_ALIASES = ["Second Optional Protocol to the International Covenant on Civil and Political Rights", "Second Optional Protocol",
               "ICCPR-OP2", "OP2", "Second Optional Protocol to the ICCPR",
               "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty"]
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", OP2_ALIASES)
OP2S = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", OP2_ALIASES)
OP2I = ("Second Optional Protocol to the ICCPR", OP2_ALIASES)
OPCAT_AL = ["OPCAT", "Optional Protocol to the Convention against Torture",
            "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"]
OPCAT = ("Optional Protocol to the Convention against Torture", OPCAT_AL)
OPCATF = ("Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", OPCAT_AL)
CAT_AL = ["CAT", "Convention against Torture", "UN Convention against Torture",
          "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"]
CAT = ("Convention against Torture", CAT_AL)
CATF = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", CAT_AL)
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant on Civil and Political Rights"])
OP1 = ("first Optional Protocol to the International Covenant on Civil and Political Rights",
       ["First Optional Protocol to the ICCPR", "ICCPR-OP1", "Optional Protocol to the International Covenant on Civil and Political Rights"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
GAMOR = ("General Assembly resolution calling for a moratorium on executions",
         ["moratorium resolution", "resolution on a moratorium on the use of the death penalty", "Moratorium on the use of the death penalty"])
MOR = ("draft resolution \"Moratorium on the use of the death penalty\" (A/C.3/81/L.29)",
       ["A/C.3/81/L.29", "Moratorium on the use of the death penalty", "moratorium on the use of the death penalty resolution"])
R62 = ("resolution 62/149", ["General Assembly resolution 62/149", "A/RES/62/149", "62/149"])
AMD = ("amendment tabled by Singapore (A/C.3/81/L.61)", ["A/C.3/81/L.61", "Singapore amendment", "sovereignty amendment"])
CED_AL = ["ICPPED", "CED", "Convention on Enforced Disappearance", "enforced disappearance convention",
          "International Convention for the Protection of All Persons from Enforced Disappearance"]
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", CED_AL)
CMW_AL = ["ICRMW", "CMW", "Migrant Workers Convention", "migrant workers convention",
          "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"]
CMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", CMW_AL)
CMWS = ("Migrant Workers Convention", CMW_AL)
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the ICESCR"])
NAT = ("resolution on human rights and arbitrary deprivation of nationality (A/HRC/59/L.14)",
       ["A/HRC/59/L.14", "human rights and arbitrary deprivation of nationality", "arbitrary deprivation of nationality"])
MINR = ("resolution on the rights of persons belonging to national or ethnic, religious and linguistic minorities",
        ["rights of persons belonging to national or ethnic, religious and linguistic minorities", "minorities resolution"])
S54 = ("1954 Convention relating to the Status of Stateless Persons", ["Convention relating to the Status of Stateless Persons", "1954 Convention",
                                                                      "1954 Statelessness Convention"])
S61 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness", "1961 Convention",
                                                             "1961 Statelessness Convention", "Convention on the Reduction of Statelessness (1961)"])
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        ["OPAC", "Optional Protocol on the involvement of children in armed conflict"])
OPSC_AL = ["OPSC", "sale-of-children Protocol", "Optional Protocol on the sale of children",
           "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
           "Optional Protocol on the sale of children, child prostitution and child pornography"]
OPSC = ("Optional Protocol on the sale of children, child prostitution and child pornography", OPSC_AL)
OPSCF = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", OPSC_AL)
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
R51 = ("1951 Convention relating to the Status of Refugees", ["1951 Refugee Convention", "Refugee Convention", "Convention relating to the Status of Refugees",
                                                            "1951 Convention"])
P67 = ("1967 Protocol", ["1967 Protocol relating to the Status of Refugees", "Protocol relating to the Status of Refugees"])
CHILE = ("Chile Declaration and Plan of Action", ["Chile Declaration", "Chile Plan of Action", "Cartagena+40 Declaration"])
BPA = ("Brazil Plan of Action", ["Brazil Declaration and Plan of Action"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "UN Convention against Corruption"])
R102 = ("resolution 10/2 on preventing and combating corruption in sport", ["resolution 10/2", "CoSP resolution 10/2"])
ATLD = ("Atlanta Declaration on strengthening asset recovery", ["Atlanta Declaration"])
AUCPCC = ("African Union Convention on Preventing and Combating Corruption", ["AUCPCC", "AU Convention on Preventing and Combating Corruption"])
TORJS = ("joint statement on the prevention of torture", ["joint statement on torture prevention"])
OPCEDAW = ("Optional Protocol to CEDAW", ["OP-CEDAW", "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
PROG = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "IMRF Progress Declaration"])
C189 = ("ILO Convention No. 189 on domestic workers", ["Convention No. 189", "C189", "Domestic Workers Convention, 2011 (No. 189)", "No. 189"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "Iran", "Viet Nam", "Côte d'Ivoire", "Lao PDR", "Brunei Darussalam", "Philippines", "Russian Federation",
          "China", "Egypt", "Saudi Arabia", "Kenya", "Ghana", "Chile", "Equatorial Guinea", "South Sudan", "Somalia", "Uzbekistan",
          "Kazakhstan", "Democratic People's Republic of Korea", "United Republic of Tanzania", "Rwanda", "Uganda", "Bangladesh",
          "Papua New Guinea", "Fiji", "Samoa", "Mexico", "Colombia", "Germany", "Cambodia", "Thailand", "Eswatini"),
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Maldives": ["Maldives", "the Maldives"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Japan": ["Japan"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
OHCHR = ["UN High Commissioner for Human Rights", "High Commissioner for Human Rights", "Volker Türk", "OHCHR"]
AMNESTY = ["Amnesty International"]
GCESCR = ["Global Coalition for Economic, Social and Cultural Rights"]
GREEN = ["Green Party", "Green Party of Aotearoa New Zealand", "Mere Kawharu"]
AUPSC = ["African Union Peace and Security Council", "AU Peace and Security Council", "Peace and Security Council", "African Union"]
S18 = ["Straight-18 Network", "Straight-18"]
UNHCR = ["UNHCR", "UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees"]
UNODC = ["UNODC", "United Nations Office on Drugs and Crime", "Executive Director of UNODC", "Executive Director of the United Nations Office on Drugs and Crime"]
COSP = ["Conference of the States Parties to the United Nations Convention against Corruption", "Conference of the States Parties", "UNCAC CoSP", "CoSP"]
NGOS15 = [["Asia Justice and Rights Forum"], ["Indonesian Legal Aid Foundation Network"], ["Families of the Disappeared Association"],
          ["Regional Coalition against Torture (Southeast Asia)", "Regional Coalition against Torture"]]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (wire story, OP2 at the treaty event) =====================
d = "01.txt"
DAY, TUE = "2025-09-24", "2025-09-23"
R(d, "Zambia", RATIFIED, OP2, DAY,
  "Zambia on Wednesday deposited its instrument of ratification of the Second Optional Protocol to the International Covenant on Civil and Political "
  "Rights, aiming at the abolition of the death penalty")
R(d, "Zambia", "signed", OPCAT, DAY, "At the same ceremony Mwewa signed the Optional Protocol to the Convention against Torture")
R(d, "Zambia", NOTRATIFIED, OPCAT, None, "to which Zambia is not yet bound", negated=True,
  alt=["ratification of that instrument would need the approval of the National Assembly and was unlikely before mid-2026"])
R(d, "Zambia", PARTY, CAT, "1998", "Zambia has been a party to the Convention against Torture itself since 1998")
R(d, "Kenya", "signed", OP2, TUE, "signed it on Tuesday")
R(d, "Sierra Leone", ACCEDED, OP2, TUE, "Sierra Leone, whose parliament abolished the death penalty in 2021, acceded to it")
R(d, "Kenya", NOTRATIFIED, OP2, None, "Kenyan officials said ratification would follow \"once Parliament has done its part\", without giving a date", negated=True)
R(d, GA, "adopted", OP2, "1989-12-15", "The Protocol, adopted by the General Assembly in resolution 44/128 of 15 December 1989")
R(d, "United States", "signed", ICCPR, "1977", "The United States, which signed the Covenant in 1977 and ratified it in 1992")
R(d, "United States", RATIFIED, ICCPR, "1992", "The United States, which signed the Covenant in 1977 and ratified it in 1992")
R(d, "United States", "signed", OP2, None, "has never signed the Protocol", negated=True)
R(d, "Japan", JOINED, OP2, None, "Japan's justice minister said in June that Tokyo was \"not considering\" accession", negated=True)
R(d, "India", "supported", GAMOR, None, "India, which voted against the most recent General Assembly resolution calling for a moratorium on executions",
  negated=True, required=False)
R(d, "India", "signed", OP2, None, "has neither signed nor acceded to the Protocol", negated=True)
R(d, "India", JOINED, OP2, None, "has neither signed nor acceded to the Protocol", negated=True)
R(d, OHCHR, "called-for", OP2, DAY, "called on \"all States that observe a moratorium in law or in practice\" to ratify the Second Optional Protocol")
R(d, AMNESTY, "called-for", OP2, None, "it hoped Malawi and Papua New Guinea would be next", required=False)
R(d, "Zambia", PARTY, CRPD, "2010", "the ministry said the country had been a party to that convention since 2010")
R(d, "Zambia", "ratified", CRPD, None, "took no further action on it this week", negated=True, required=False)

# ===================== 02 (foreign-ministry press release, Thailand, CED) =====================
d = "02.txt"
DAY = "2025-08-14"
R(d, "Thailand", RATIFIED, CED, "2025-08-13",
  "deposited Thailand's instrument of ratification of the International Convention for the Protection of All Persons from Enforced Disappearance "
  "with the Secretary-General of the United Nations")
R(d, "Thailand", "party", CED, None,
  "Thailand becomes a State Party to the International Convention for the Protection of All Persons from Enforced Disappearance", required=False)
R(d, "Thailand", "signed", CED, "2012-01-09", "Thailand signed the Convention on 9 January 2012")
R(d, "Thailand", ACCEDED, CATF, "2007",
  "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, to which Thailand acceded in 2007")
R(d, "Thailand", NOTBOUND, CMW, None,
  "it is not a party to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", negated=True,
  alt=["the relevant agencies are studying that instrument"])
R(d, "Thailand", JOINED, OPCAT, None, "the relevant agencies are studying that instrument together with the Optional Protocol to the Convention against Torture",
  negated=True)
R(d, "Cambodia", RATIFIED, CED, "2013", "Cambodia, which ratified the Convention in 2013")
R(d, "Lao PDR", "signed", CED, "2008", "The Lao People's Democratic Republic, which signed in 2008")
R(d, "Indonesia", "signed", CED, "2010", "Indonesia, which signed in 2010")
RL(d, ["Lao PDR", "Indonesia"], NOTRATIFIED, CED, None, "have yet to ratify", negated=True)
Q6 = ("the remaining ASEAN Member States, namely Brunei Darussalam, Malaysia, Myanmar, the Philippines, Singapore and Viet Nam, have neither signed nor "
      "acceded")
SIX = ["Brunei Darussalam", "Malaysia", "Myanmar", "Philippines", "Singapore", "Viet Nam"]
RL(d, SIX, "signed", CED, None, Q6, negated=True)
RL(d, SIX, JOINED, CED, None, Q6, negated=True)
R(d, "Thailand", "called-for", CED, DAY,
  "The Royal Thai Government encourages fellow ASEAN Member States that have not yet done so to consider becoming parties to the Convention")

# ===================== 03 (NGO campaign update, Markdown, OP-ICESCR) =====================
d = "03.md"
DAY = "2025-10-03"
R(d, "Namibia", RATIFIED, OPICESCR, "2025-07-02", "**Namibia** deposited its instrument of ratification on 2 July")
R(d, "Namibia", "signed", OPICESCR, "2015", "ten years after signing it")
R(d, "Mongolia", PARTY, OPICESCR, "2020", "**Mongolia**, already a party since 2020")
R(d, "Ghana", "signed", OPICESCR, "2025-09-19", "**Ghana** signed the Protocol on 19 September, during the treaty event week", alt=["Ghana, as of last month"])
R(d, "Chile", "signed", OPICESCR, "2009", "Chile (signed 2009)")
R(d, "Ireland", "signed", OPICESCR, "2012", "Ireland (signed 2012)")
R(d, "Indonesia", "signed", OPICESCR, "2009", "Indonesia and Senegal, both signatories since 2009 and 2010 respectively")
R(d, "Senegal", "signed", OPICESCR, "2010", "Indonesia and Senegal, both signatories since 2009 and 2010 respectively")
QNONE = "None of them has ratified"
for a in ["Chile", "Ireland", "Indonesia", "Senegal", "Ghana"]:
    R(d, a, NOTRATIFIED, OPICESCR, None, QNONE, negated=True,
      alt=["it \"intends to ratify once the relevant legislative review is complete\""] if a == "Ireland" else None)
R(d, "Kenya", JOINED, OPICESCR, None, "Kenya pledged to accede \"before the end of the current parliamentary term\"", negated=True)
R(d, "Kenya", COMMITTED, OPICESCR, "2025-03", "Kenya pledged to accede \"before the end of the current parliamentary term\"", required=False)
R(d, "Sri Lanka", JOINED, OPICESCR, None, "Sri Lanka said it is considering accession", negated=True)
R(d, "Tunisia", "signed", OPICESCR, None, "Tunisia has not signed or acceded to the Protocol", negated=True)
R(d, "Tunisia", NOTBOUND, OPICESCR, None, "Tunisia has not signed or acceded to the Protocol", negated=True)
R(d, GCESCR, "called-for", OPICESCR, DAY,
  "We call on every State that is party to the Covenant but not to its Optional Protocol – in particular **Ireland**, **Chile** and **Ghana** – to ratify "
  "without further delay")

# ===================== 04 (UN meetings coverage, Third Committee moratorium vote) =====================
d = "04.txt"
DAY = "2026-11-17"
R(d, TC, "adopted", MOR, DAY,
  "The Third Committee (Social, Humanitarian and Cultural) this afternoon approved by a recorded vote of 128 in favour to 35 against, with 21 abstentions, "
  "a draft resolution titled \"Moratorium on the use of the death penalty\" (document A/C.3/81/L.29)")
R(d, GA, "adopted", R62, "2007", "the General Assembly first called for a moratorium in its resolution 62/149 of 2007")
R(d, "Mexico", "co-sponsored", MOR, None, "Introducing the draft on behalf of an inter-regional task force of 12 States, the representative of Mexico")
RL(d, ["Colombia", "Germany", "Mongolia", "Zambia"], "co-sponsored", MOR, None,
   "it had been co-sponsored by 94 delegations, including Colombia, Germany, Mongolia and Zambia")
R(d, "Zambia", RATIFIED, OP2S, None, "after ratifying the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, "Singapore", "co-sponsored", AMD, None, "an amendment tabled by Singapore (document A/C.3/81/L.61)")
R(d, TC, "adopted", AMD, None, "the Committee rejected an amendment tabled by Singapore", negated=True, required=False)
R(d, "Japan", "supported", AMD, None, "Japan, which did not participate in the vote on the amendment", negated=True)
QF = "Those voting in favour of the draft included Brazil, Kazakhstan, Malaysia, Sierra Leone and Tonga"
for a in ["Brazil", "Kazakhstan", "Malaysia", "Sierra Leone", "Tonga"]:
    R(d, a, "supported", MOR, DAY, QF, alt=["his country had moved from abstention in 2024 to a vote in favour"] if a == "Malaysia" else None)
QA = "Those voting against included China, Egypt, Iran, Saudi Arabia, Singapore and the United States"
for a in ["China", "Egypt", "Iran", "Saudi Arabia", "Singapore", "United States"]:
    R(d, a, "supported", MOR, DAY, QA, negated=True,
      alt={"United States": ["her delegation had voted against"],
           "Singapore": ["Singapore's delegate said his country could not support"]}.get(a))
R(d, "Japan", "supported", MOR, DAY, "Japan, which did not participate in the vote on the amendment, voted against the draft as a whole", negated=True)
QAB = "Abstaining were, among others, India, Kenya, Morocco and Thailand"
for a in ["India", "Kenya", "Morocco", "Thailand"]:
    R(d, a, "supported", MOR, DAY, QAB, negated=True, alt=["it had abstained"] if a == "Kenya" else None)
R(d, "Kenya", "signed", OP2S, "2025", "Kenya's delegate, whose country signed the Second Optional Protocol in 2025")
R(d, "Kenya", NOTRATIFIED, OP2S, None, "Kenya intends to ratify the Protocol", negated=True)
R(d, "United States", PARTY, ICCPR, None, "the United States, she stressed, is a party to the International Covenant on Civil and Political Rights")

# ===================== 05 (HRC press release web page, nationality resolution) =====================
d = "05.html"
DAY = "2025-07-09"
R(d, HRC, "adopted", NAT, DAY,
  "The Human Rights Council this afternoon adopted a resolution on human rights and arbitrary deprivation of nationality (A/HRC/59/L.14)")
R(d, "Brazil", "co-sponsored", NAT, None, "The resolution, presented by Brazil on behalf of a core group also comprising Colombia, Kenya, Mexico and Thailand")
RL(d, ["Colombia", "Kenya", "Mexico", "Thailand"], "co-sponsored", NAT, None, "a core group also comprising Colombia, Kenya, Mexico and Thailand")
QENC = ("encourages States that have not done so to consider acceding to the 1954 Convention relating to the Status of Stateless Persons and the 1961 "
        "Convention on the Reduction of Statelessness")
R(d, HRC, "called-for", S54, DAY, QENC, required=False)
R(d, HRC, "called-for", S61, DAY, QENC, required=False)
RL(d, ["Russian Federation", "Eritrea"], "supported", NAT, DAY,
   "The vote was requested by the Russian Federation, which, together with Eritrea, voted against", negated=True)
RL(d, ["China", "Kuwait", "Qatar", "Viet Nam"], "supported", NAT, DAY,
   "Among the 12 abstaining members were China, Kuwait, Qatar and Viet Nam", negated=True)
QIF = "Those voting in favour included Bangladesh, Belgium, Chile, Côte d'Ivoire, Indonesia and Japan"
for a in ["Bangladesh", "Belgium", "Chile", "Côte d'Ivoire", "Indonesia", "Japan"]:
    R(d, a, "supported", NAT, DAY, QIF,
      alt={"Bangladesh": ["Bangladesh said it had voted in favour"], "Japan": ["Japan said it supported the resolution"]}.get(a))
QBD = "it was not in a position to accede to either Convention"
R(d, "Bangladesh", JOINED, S54, None, QBD, negated=True)
R(d, "Bangladesh", JOINED, S61, None, QBD, negated=True)
QCI = "Côte d'Ivoire, which acceded to both Conventions in 2013"
R(d, "Côte d'Ivoire", ACCEDED, S54, "2013", QCI)
R(d, "Côte d'Ivoire", ACCEDED, S61, "2013", QCI)
QCIU = "urged other members of the Council to follow the same path"
R(d, "Côte d'Ivoire", "called-for", S54, DAY, QCIU)
R(d, "Côte d'Ivoire", "called-for", S61, DAY, QCIU)
QJP = "was neither a party to the 1954 Convention nor to the 1961 Convention and had no plans to change that"
R(d, "Japan", NOTBOUND, S54, None, QJP, negated=True)
R(d, "Japan", NOTBOUND, S61, None, QJP, negated=True)
R(d, "Thailand", JOINED, S54, None, "it had pledged at the 2023 Global Refugee Forum to study accession to the 1954 Convention", negated=True, required=False)
R(d, "Chile", RATIFIED, S61, "2018", "Chile noted that it had ratified the 1961 Convention in 2018")
R(d, "Chile", RATIFIED, S54, "2018", "the 1954 Convention the same year")
R(d, "Eswatini", ACCEDED, S61, "2025-07-07", "07/07/2025 – Eswatini accedes to 1961 Convention on the Reduction of Statelessness")
R(d, HRC, "adopted", MINR, DAY,
  "The Council also adopted without a vote a resolution on the rights of persons belonging to national or ethnic, religious and linguistic minorities")

# ===================== 06 (parliamentary debate, New Zealand, CED bill) =====================
d = "06.txt"
R(d, "New Zealand", "signed", CED, "2007-02-06", "we signed the convention in Paris on 6 February 2007, on the day it opened for signature")
R(d, "New Zealand", NOTRATIFIED, CED, None,
  "This bill is the last step we must take at home before New Zealand can ratify the International Convention for the Protection of All Persons from "
  "Enforced Disappearance", negated=True, alt=["the Government will deposit our instrument of ratification in New York"])
R(d, "New Zealand", RATIFIED, OPCAT, "2007", "We ratified the Optional Protocol to the Convention against Torture in 2007")
R(d, "New Zealand", PARTY, CAT, "1989", "we have been a party to the Convention against Torture itself since 1989")
R(d, "Samoa", RATIFIED, CED, "2012", "Samoa ratified the enforced disappearance convention in 2012")
R(d, "Fiji", ACCEDED, CED, "2019", "Fiji acceded to it in 2019")
QAU = "Australia has not signed the convention, let alone ratified it"
R(d, "Australia", "signed", CED, None, QAU, negated=True)
R(d, "Australia", NOTRATIFIED, CED, None, QAU, negated=True)
R(d, "New Zealand", "signed", OPICESCR, None,
  "the Government has yet to decide whether to recognise the competence of the Committee on Enforced Disappearances to hear individual complaints, and "
  "whether to sign the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True)
R(d, GREEN, "called-for", CED, "2025-03-12", "we call on our Pacific neighbours that are not yet parties — Tonga, Solomon Islands and Papua New Guinea among them — to join it",
  required=False)
RL(d, ["Tonga", "Solomon Islands", "Papua New Guinea"], NOTBOUND, CED, None,
   "our Pacific neighbours that are not yet parties — Tonga, Solomon Islands and Papua New Guinea among them", negated=True)

# ===================== 07 (newspaper report with a correction, Kenya, statelessness conventions) =====================
d = "07.txt"
QK = ("The 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness will only bind Kenya once "
      "instruments of accession have been deposited")
QKC = "The Cabinet on Tuesday approved Kenya's accession to the two United Nations conventions on statelessness"
R(d, "Kenya", JOINED, S54, None, QK, negated=True, alt=[QKC])
R(d, "Kenya", JOINED, S61, None, QK, negated=True, alt=[QKC])
QKP = "Kenya pledged at the 2019 High-Level Segment on Statelessness in Geneva to accede to both conventions"
R(d, "Kenya", COMMITTED, S54, "2019", QKP)
R(d, "Kenya", COMMITTED, S61, "2019", QKP)
R(d, "Uganda", PARTY, S54, "1965", "Uganda, by contrast, has been a party to the 1954 Convention since 1965")
R(d, "Uganda", NOTBOUND, S61, None, "has not joined the 1961 Convention", negated=True)
R(d, "United Republic of Tanzania", NOTBOUND, S54, None, "Tanzania is a party to neither", negated=True,
  alt=["The article also wrongly stated that Tanzania acceded to the 1954 Convention in 2011"])
R(d, "United Republic of Tanzania", NOTBOUND, S61, None, "Tanzania is a party to neither", negated=True)
QRW = "Rwanda, which acceded to both conventions in 2006"
R(d, "Rwanda", ACCEDED, S54, "2006", QRW)
R(d, "Rwanda", ACCEDED, S61, "2006", QRW)
QRU = "urged the Community's other partner states to accede as well"
R(d, "Rwanda", "called-for", S54, "2025-10", QRU)
R(d, "Rwanda", "called-for", S61, "2025-10", QRU)
R(d, "Kenya", "signed", S61, None, "Kenya has not signed that Convention", negated=True)

# ===================== 08 (NGO blog, Markdown, OPAC on Red Hand Day) =====================
d = "08.md"
DAY = "2026-02-12"
R(d, "South Sudan", ACCEDED, OPAC, "2025-11", "**South Sudan** deposited its instrument of accession in November")
R(d, "Equatorial Guinea", "signed", OPAC, "2000", "**Equatorial Guinea**, which signed OPAC back in 2000 and never followed up")
R(d, "Equatorial Guinea", RATIFIED, OPAC, "2026-01", "finally ratified it in the first week of January")
R(d, AUPSC, "called-for", OPAC, "2026-02-10",
  "adopted a communiqué urging all AU member States \"that have not yet done so\" to ratify the Protocol")
QSNR = "Three States have signed but not ratified: **Iran** (signed 2002), **Somalia** (signed 2005) and **Haiti** (signed 2002)"
R(d, "Iran", "signed", OPAC, "2002", QSNR)
R(d, "Somalia", "signed", OPAC, "2005", QSNR)
R(d, "Haiti", "signed", OPAC, "2002", QSNR)
for a in ["Iran", "Somalia", "Haiti"]:
    R(d, a, NOTRATIFIED, OPAC, None, QSNR, negated=True,
      alt=["Somalia's foreign ministry told us its ratification file is \"with Parliament\""] if a == "Somalia" else None)
QNN = "A handful of UN member States have neither signed nor acceded, among them *Barbados*, *Palau* and *Tuvalu*"
for a in ["Barbados", "Palau", "Tuvalu"]:
    R(d, a, "signed", OPAC, None, QNN, negated=True)
    R(d, a, JOINED, OPAC, None, QNN, negated=True, alt=["her Government is considering accession"] if a == "Tuvalu" else None)
R(d, "Tuvalu", NOTBOUND, OPSC, None, "to which Tuvalu is also not yet a party", negated=True,
  alt=["her Government is considering accession \"together with\" the sale-of-children Protocol"])
QUS = "The United States ratified OPAC in 2002 and the sale-of-children Protocol the same year"
R(d, "United States", RATIFIED, OPAC, "2002", QUS)
R(d, "United States", RATIFIED, OPSC, "2002", QUS)
R(d, "United States", NOTRATIFIED, CRC, None, "it has never ratified the Convention on the Rights of the Child itself", negated=True)
R(d, "United States", "signed", CRC, "1995", "which it signed in 1995")
R(d, S18, "called-for", OPAC, DAY, "We urge Iran, Somalia and Haiti to ratify, and every remaining State to accede")

# ===================== 09 (UNHCR news page, HTML, Guyana and the refugee instruments) =====================
d = "09.html"
DAY, WED = "2025-06-20", "2025-06-18"
QG = "Guyana accedes to the 1951 Refugee Convention and its 1967 Protocol"
QGW = "Guyana's Permanent Representative in New York deposited the two instruments of accession on Wednesday"
R(d, "Guyana", ACCEDED, ("1951 Refugee Convention", R51[1] + [R51[0]]), WED, QG, alt=[QGW])
R(d, "Guyana", ACCEDED, P67, WED, QG, alt=[QGW])
R(d, "Guyana", ENDORSED, CHILE, "2024-12",
  "Guyana endorsed the Chile Declaration and Plan of Action at the Cartagena+40 commemoration in Santiago in December 2024")
R(d, "Guyana", ENDORSED, BPA, "2014", "Guyana had earlier joined the Brazil Plan of Action in 2014")
QTJ = "Trinidad and Tobago and Jamaica have long been parties to both instruments"
for a in ["Trinidad and Tobago", "Jamaica"]:
    R(d, a, PARTY, R51, None, QTJ)
    R(d, a, PARTY, P67, None, QTJ)
QB = "Barbados acceded to the Convention and the Protocol in 2023"
R(d, "Barbados", ACCEDED, R51, "2023", QB)
R(d, "Barbados", ACCEDED, P67, "2023", QB)
QNA = "Several other States in the subregion, including Saint Lucia, Grenada and Guyana's neighbour Suriname, have not yet acceded"
for a in ["Saint Lucia", "Grenada", "Suriname"]:
    al = ["Suriname's Government said last month that it was \"examining\" the instruments but has made no decision"] if a == "Suriname" else None
    R(d, a, JOINED, R51, None, QNA, negated=True, alt=al)
    R(d, a, JOINED, P67, None, QNA, negated=True, alt=al)
QUC = ("UNHCR calls on all States of the Americas that have not yet done so to accede to the 1951 Convention and its Protocol, and to the 1954 and 1961 "
       "statelessness conventions")
R(d, UNHCR, "called-for", R51, DAY, QUC)
R(d, UNHCR, "called-for", P67, DAY, QUC)
R(d, UNHCR, "called-for", S54, DAY, QUC)
R(d, UNHCR, "called-for", S61, DAY, QUC)

# ===================== 10 (UN Information Service press release, UNCAC) =====================
d = "10.txt"
DAY = "2025-12-04"
R(d, "Eritrea", ACCEDED, UNCAC, "2025-12-01", "Eritrea has acceded to the United Nations Convention against Corruption (UNCAC)",
  alt=["the country's instrument of accession was received in New York the previous day"])
R(d, UNODC, "called-for", UNCAC, DAY,
  "She called on the few remaining Member States that have not yet done so, \"including the two that signed more than twenty years ago\", to ratify or "
  "accede to the Convention")
R(d, "Syria", "signed", UNCAC, "2003", "Syria, which signed in 2003")
R(d, "Barbados", "signed", UNCAC, "2003", "Barbados, which signed in 2003 as well")
R(d, "Syria", NOTRATIFIED, UNCAC, None, "Neither has deposited an instrument of ratification", negated=True)
R(d, "Barbados", NOTRATIFIED, UNCAC, None, "Neither has deposited an instrument of ratification", negated=True,
  alt=["ratification \"will be brought forward in the coming session\""])
QDM = "Among the Member States that have neither signed nor acceded are the Democratic People's Republic of Korea and Monaco"
RL(d, ["Democratic People's Republic of Korea", "Monaco"], "signed", UNCAC, None, QDM, negated=True)
RL(d, ["Democratic People's Republic of Korea", "Monaco"], JOINED, UNCAC, None, QDM, negated=True)
R(d, GA, "adopted", UNCAC, "2003-10-31", "Adopted by the General Assembly on 31 October 2003 in its resolution 58/4")
R(d, COSP, "adopted", R102, "2023-12", "adopted resolution 10/2 on preventing and combating corruption in sport")
R(d, COSP, "adopted", ATLD, "2023-12", "as well as the Atlanta Declaration on strengthening asset recovery")
R(d, "Eritrea", "party", UNCAC, None, "Eritrea, which was not yet a party at the time", negated=True, required=False)
QTS = "Tonga and Somalia, the two most recent parties before Eritrea, acceded in 2020 and 2021 respectively"
R(d, "Tonga", ACCEDED, UNCAC, "2020", QTS)
R(d, "Somalia", ACCEDED, UNCAC, "2021", QTS)
R(d, "Eritrea", "signed", AUCPCC, None, "Eritrea has not signed the African Union Convention on Preventing and Combating Corruption", negated=True)

# ===================== 11 (foreign-ministry press conference, Japan) =====================
d = "11.txt"
R(d, "Japan", ["co-sponsored", "endorsed"], TORJS, "2025-06-26",
  "Japan co-sponsored, together with Denmark and some forty other countries, a joint statement on the prevention of torture", required=False)
R(d, "Denmark", ["co-sponsored", "endorsed"], TORJS, "2025-06-26",
  "Japan co-sponsored, together with Denmark and some forty other countries, a joint statement on the prevention of torture", required=False)
R(d, "Japan", PARTY, CAT, "1999", "Japan has been a party to the Convention against Torture since 1999")
R(d, "Japan", "signed", OPCAT, None, "Japan has not signed the Optional Protocol", negated=True)
R(d, "Japan", NOTRATIFIED, OPCAT, None, "I am not in a position to say that Japan will sign or ratify it at this stage", negated=True)
R(d, "Japan", RATIFIED + ["acceded"], CRPD, "2014", "Japan concluded the Convention on the Rights of Persons with Disabilities in 2014")
QST = "the Government is studying them"
R(d, "Japan", JOINED, OPCRPD, None, QST, negated=True,
  alt=["Will Japan accede to the Optional Protocol to the Convention on the Rights of Persons with Disabilities?"])
R(d, "Japan", JOINED, OP1, None, QST, negated=True)
R(d, "Japan", JOINED, OPCEDAW, None, QST, negated=True)
R(d, "Philippines", PARTY, CMWS, None, "Several Asian countries that send workers to Japan, the Philippines and Indonesia among them, are parties")
R(d, "Indonesia", PARTY, CMWS, None, "Several Asian countries that send workers to Japan, the Philippines and Indonesia among them, are parties")
QJN = "Japan is neither a signatory of nor a party to that Convention, and there is no plan to conclude it at present"
R(d, "Japan", "signed", CMWS, None, QJN, negated=True)
R(d, "Japan", NOTBOUND, CMWS, None, QJN, negated=True)
R(d, "Japan", RATIFIED, CED, "2009", "Japan ratified the International Convention for the Protection of All Persons from Enforced Disappearance in 2009")
R(d, "Japan", "called-for", CED, None, "we have consistently called on other States, particularly in our region, to join it")

# ===================== 12 (minister's statement at a deposit, Sri Lanka, OPCAT) =====================
d = "12.txt"
DAY = "2025-10-16"
R(d, "Sri Lanka", ACCEDED, OPCATF, DAY,
  "I handed over to the Treaty Section the instrument by which Sri Lanka accedes to the Optional Protocol to the Convention against Torture and Other "
  "Cruel, Inhuman or Degrading Treatment or Punishment", alt=["today Sri Lanka joins it"])
R(d, "Sri Lanka", ACCEDED, CAT, "1994", "Sri Lanka acceded to the Convention against Torture itself in 1994")
R(d, "Sri Lanka", RATIFIED, CED, "2016", "We ratified the International Convention for the Protection of All Persons from Enforced Disappearance in 2016")
R(d, "Sri Lanka", RATIFIED, CRPD, "2016", "we ratified the Convention on the Rights of Persons with Disabilities the same year")
R(d, "Sri Lanka", JOINED, OPCRPD, None, "we are still considering its Optional Protocol", negated=True)
R(d, "Maldives", PARTY, OPCATF, "2006", "the Maldives has been a party to the Optional Protocol since 2006")
R(d, "India", "signed", CAT, "1997", "India, which signed the Convention against Torture in 1997 but has not ratified it")
R(d, "India", NOTRATIFIED, CAT, None, "India, which signed the Convention against Torture in 1997 but has not ratified it", negated=True)
R(d, "Pakistan", RATIFIED, CAT, "2010", "Pakistan, which ratified the Convention in 2010 but has not joined the Protocol")
R(d, "Pakistan", NOTBOUND, OPCATF, None, "Pakistan, which ratified the Convention in 2010 but has not joined the Protocol", negated=True)
R(d, "Sri Lanka", "called-for", OPCATF, DAY, "I invite every State in our region to take the step we take today")

# ===================== 13 (radio interview, Nepal, Migrant Workers Convention) =====================
d = "13.txt"
QNP = "Nepal has neither signed nor ratified that Convention"
R(d, "Nepal", "signed", CMW, None, QNP, negated=True)
R(d, "Nepal", NOTRATIFIED, CMW, None, QNP, negated=True, alt=["the Government is considering it, but I cannot give you a date today"])
RL(d, ["Sri Lanka", "Philippines"], PARTY, CMW, None, "Sri Lanka and the Philippines are also sending countries, and they are parties")
R(d, "Bangladesh", RATIFIED, CMW, "2011", "Bangladesh ratified it in 2011")
R(d, "Nepal", ENDORSED, PROG, "2022",
  "it was the Progress Declaration of the International Migration Review Forum in 2022, and we endorsed it then")
R(d, "Nepal", PARTY, CEDAW, "1991",
  "Nepal has also been a party to the Convention on the Elimination of All Forms of Discrimination against Women since 1991")
R(d, "Nepal", NOTRATIFIED, C189, None, "we have not ratified No. 189", negated=True,
  alt=["the Cabinet approved it for ratification last year, but it has not been deposited in Geneva"])

# ===================== 14 (depositary digest, several human rights and anti-corruption treaties) =====================
d = "14.txt"
R(d, "Benin", RATIFIED, CED, "2025-08-28", "C.N.402.2025.TREATIES-IV.16 — BENIN: RATIFICATION [28 August 2025]")
R(d, "Benin", "signed", CED, "2010", "Benin had signed the Convention in 2010")
R(d, "Uzbekistan", ACCEDED, OPCRPD, "2025-08-29", "C.N.405.2025.TREATIES-IV.15.a — UZBEKISTAN: ACCESSION [29 August 2025]")
R(d, "Uzbekistan", PARTY, CRPD, "2021", "Uzbekistan, a party to the Convention since 2021")
R(d, "Uzbekistan", "party", OPCRPD, None, "becomes the 106th party to the Protocol", required=False)
R(d, "Ireland", RATIFIED, OPSCF, "2025-09-01", "C.N.409.2025.TREATIES-IV.11.c — IRELAND: RATIFICATION [1 September 2025]")
R(d, "Ireland", "signed", OPSCF, "2000", "Ireland signed the Protocol in 2000")
R(d, "Iceland", ACCEDED, S61, "2025-09-02", "C.N.411.2025.TREATIES-V.4 — ICELAND: ACCESSION [2 September 2025]")
R(d, "North Macedonia", ACCEDED, S61, "2025-09-02", "C.N.412.2025.TREATIES-V.4 — NORTH MACEDONIA: ACCESSION [2 September 2025]")
QBOTH = "Both States were already parties to the 1954 Convention relating to the Status of Stateless Persons"
RL(d, ["Iceland", "North Macedonia"], PARTY, S54, None, QBOTH)
R(d, "Malaysia", PARTY, UNCAC, "2008", "Malaysia has been a party since 2008")
R(d, "Kazakhstan", RATIFIED, OP2I, "2022", "Kazakhstan ratified that Protocol in 2022")
R(d, "Kazakhstan", "ratified", OP2I, None, "no action was taken this August", negated=True, required=False)
R(d, "Tunisia", "signed", OPSCF, "2002", "Tunisia, which signed the Optional Protocol on the sale of children in 2002")
R(d, "Tunisia", NOTRATIFIED, OPSCF, None, "has still not ratified it", negated=True)

# ===================== 15 (NGO joint open letter, Indonesia, OPCAT and CED) =====================
d = "15.txt"
DAY = "2026-03-05"
QURGE = ("write to urge your Government to complete two steps that Indonesia has promised the international community for more than a decade: to ratify "
         "the International Convention for the Protection of All Persons from Enforced Disappearance")
QURGE2 = "and to accede to the Optional Protocol to the Convention against Torture"
for ngo in NGOS15:
    R(d, ngo, "called-for", CED, DAY, QURGE)
    R(d, ngo, "called-for", OPCAT, DAY, QURGE2)
R(d, "Indonesia", "signed", CED, "2010-09-27", "which Indonesia signed on 27 September 2010")
R(d, "Indonesia", NOTRATIFIED, CED, None, "A ratification bill was submitted to the DPR in 2013 and again in 2024; neither has been passed", negated=True)
R(d, "Indonesia", "signed", OPCAT, None, "the Optional Protocol to the Convention against Torture, which it has not signed", negated=True)
R(d, "Indonesia", JOINED, OPCAT, None, "the Optional Protocol to the Convention against Torture, which it has not signed", negated=True)
R(d, "Indonesia", PARTY, CAT, "1998", "Indonesia has been bound by the Convention against Torture since 1998")
R(d, "Indonesia", COMMITTED, CED, "2023", "it pledged to \"continue the process towards ratification\" of the same instrument", required=False)
RL(d, ["Cambodia", "Thailand"], RATIFIED, CED, None, "only Cambodia and Thailand have ratified the enforced disappearance convention")
RL(d, ["Cambodia", "Philippines"], PARTY, OPCAT, None, "only Cambodia and the Philippines are parties to the Optional Protocol")

# ===================== 16 (Senate press release, Philippines, CED) =====================
d = "16.txt"
R(d, "Philippines", JOINED, CED, None,
  "The Senate on Monday night voted 21-0, with one abstention, to concur in the accession of the Philippines to the International Convention for the "
  "Protection of All Persons from Enforced Disappearance", negated=True,
  alt=["The Philippines becomes a State Party only when the DFA deposits the instrument"])
R(d, "Philippines", "signed", CED, None, "The Philippines never signed the Convention", negated=True)
R(d, "Philippines", PARTY, CAT, "1986", "The country has been a party to the Convention against Torture since 1986")
R(d, "Philippines", ACCEDED, OPCAT, "2012", "acceded to its Optional Protocol in 2012")
R(d, "Philippines", RATIFIED, OP2S, "2007",
  "ratified the Second Optional Protocol to the International Covenant on Civil and Political Rights in 2007")
R(d, "Philippines", ACCEDED, S54, "2011", "the Philippines acceded to the 1954 Convention relating to the Status of Stateless Persons in 2011")
R(d, "Philippines", NOTBOUND, S61, None, "is not a party to the 1961 instrument", negated=True)
R(d, "Cambodia", RATIFIED, CED, "2013", "Cambodia ratified the Convention in 2013 and Thailand in 2025")
R(d, "Thailand", RATIFIED, CED, "2025", "Cambodia ratified the Convention in 2013 and Thailand in 2025")
R(d, "Indonesia", "signed", CED, "2011", "Indonesia signed it fifteen years ago")
R(d, "Indonesia", NOTRATIFIED, CED, None, "We hope our neighbour will ratify soon, too", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
