#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 11.md, 06.html, 09.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity (table quotes keep only the inner cell separators).

Theme: country profiles, fact sheets and treaty-status summaries about one State or a small group of States (2016-2026):
an encyclopedia article's treaty-record section, UN agency and ILO country pages, NGO country profiles with status tables,
a national human-rights institution's annual-report chapter, a treaty body's list of issues with the State's replies,
parliamentary library briefings, a university treaty-database export, a law clinic's memo, an embassy's bilateral-relations
page, ministries' treaty-obligations pages and a regional fact sheet. Status-table rows give the same records as the prose
(the prose quote first, the row as alt_quote, or the row alone where the prose is silent). "It", "the country", "the
Government", "the State party" and "we" resolve to the State profiled. Calls on others to sign, ratify, accede or join are
the caller's `called-for`, dated by the page or report where it has one date; calls to implement, domesticate, report or
withdraw reservations give nothing. Planned, intended, "supported recommendations to ratify" and "noted" recommendations,
"has yet to", "signed but not ratified" (the ratification) and withdrawals are negated records without a date (votes against
and abstentions keep theirs). Domestic steps (a parliament's approval, an Act, a Bill), entry into force, depositaries,
venues and hosts, reservations, declarations of competence, observer status, reporting, reviews and programmes give no
record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("Russian Federation", "Kyrgyzstan", "Kazakhstan", "Tajikistan", "Uzbekistan", "Viet Nam", "Lao PDR", "Cambodia",
          "Thailand", "United Kingdom", "United States", "European Union", "Chile", "Mexico", "Egypt", "Iran", "Fiji", "Samoa",
          "Kenya", "Ghana", "Netherlands", "Germany", "Republic of Korea", "China", "Syria", "Philippines", "Bangladesh",
          "Türkiye", "Colombia", "Costa Rica", "Paraguay", "Ecuador", "Bolivia", "Micronesia", "Marshall Islands", "Kiribati",
          "Cook Islands", "Papua New Guinea", "Eswatini", "United Republic of Tanzania", "Uganda", "Rwanda", "Burundi", "Somalia"),
    "Turkmenistan": ["Turkmenistan"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Mongolia": ["Mongolia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Ireland": ["Ireland"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Solomon Islands": ["Solomon Islands"],
    "Tuvalu": ["Tuvalu"],
    "Palau": ["Palau", "Republic of Palau"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Niue": ["Niue"],
    "Israel": ["Israel", "State of Israel"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Saudi Arabia": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "Japan": ["Japan"],
    "France": ["France", "French Republic"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Angola": ["Angola", "Republic of Angola"],
    "Peru": ["Peru", "Republic of Peru"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Jamaica": ["Jamaica"],
    "Spain": ["Spain", "Kingdom of Spain"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (encyclopedia article, "Foreign relations of Kyrgyzstan", treaty-record section, edited 2 November 2016) =====================
d = "01.txt"
CST = ("Collective Security Treaty", ["CST", "Tashkent Treaty"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
EAEU = ("Treaty on the Eurasian Economic Union", ["EAEU Treaty", "Eurasian Economic Union Treaty"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "UNCAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
OP2 = ("Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the International Covenant on Civil and Political Rights", "ICCPR-OP2", "Second Optional Protocol"])
RSC = ("1951 Convention relating to the Status of Refugees", ["Refugee Convention", "1951 Refugee Convention", "Convention relating to the Status of Refugees"])
RSP = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol", "Protocol relating to the Status of Refugees"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the UNFCCC"])
PARIS = ("Paris Agreement", ["Paris climate agreement"])
R68262 = ("General Assembly resolution 68/262 on the territorial integrity of Ukraine", ["resolution 68/262", "A/RES/68/262"])
R7048 = ("resolution 70/48, Humanitarian pledge for the prohibition and elimination of nuclear weapons", ["resolution 70/48", "Humanitarian pledge"])
# UN and OSCE membership (organisations, not instruments): nothing.
RL(d, ["Armenia", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan", "Uzbekistan"], "signed", CST, "1992-05-15",
   "The Collective Security Treaty was signed in Tashkent on 15 May 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan")
# Tashkent is the venue; the CSTO (2002) is an organisation. Uzbekistan's suspension: not a withdrawal from the treaty (optional).
R(d, "Uzbekistan", NOTBOUND, CST, None, "Uzbekistan later suspended its participation.", negated=True, required=False)
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "was signed on 8 September 2006 by the five Central Asian republics - Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan")
R(d, "Kyrgyzstan", RATIFIED, CANWFZ, "2007", "Kyrgyzstan ratified it in 2007.")
# Depositary and entry into force (21 March 2009): nothing.
R(d, "Kyrgyzstan", ACCEDED, EAEU, "2015-05", "Kyrgyzstan acceded to the Treaty on the Eurasian Economic Union in May 2015")
# Entry into force for the country (12 August 2015) and the Jogorku Kenesh's approval (20 May 2015): nothing.
QCOV = ("Kyrgyzstan acceded to both the International Covenant on Civil and Political Rights (ICCPR) and the International Covenant on "
        "Economic, Social and Cultural Rights on 7 October 1994")
R(d, "Kyrgyzstan", ACCEDED, ICCPR, "1994-10-07", QCOV)
R(d, "Kyrgyzstan", ACCEDED, ICESCR, "1994-10-07", QCOV)
QCAT = "It acceded to the Convention against Torture in 1997 and to its Optional Protocol (OPCAT) on 29 December 2008"
R(d, "Kyrgyzstan", ACCEDED, CAT, "1997", QCAT)
R(d, "Kyrgyzstan", ACCEDED, OPCAT, "2008-12-29", QCAT)
# The National Centre for the Prevention of Torture (implementation): nothing.
R(d, "Kyrgyzstan", ACCEDED, OP2, "2010-12-06", "Kyrgyzstan's accession to the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty, followed on 6 December 2010")
QREF = "The country is a party to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol, having acceded to both in 1996."
R(d, "Kyrgyzstan", ACCEDED, RSC, "1996", QREF)
R(d, "Kyrgyzstan", ACCEDED, RSP, "1996", QREF)
R(d, "Kyrgyzstan", "signed", CRPD, "2011-09-21", "Kyrgyzstan signed the Convention on the Rights of Persons with Disabilities on 21 September 2011")
R(d, "Kyrgyzstan", NOTRATIFIED, CRPD, None, "but has yet to ratify it.", negated=True)
# "several disability organisations" are unnamed: nothing for them.
R(d, ["OSCE Centre in Bishkek", "OSCE"], "called-for", CRPD, None,
  "The OSCE Centre in Bishkek and several disability organisations have called on the authorities to ratify the Convention.")
R(d, "Kyrgyzstan", "signed", ROME, "1998-12-08", "Kyrgyzstan signed the Rome Statute of the International Criminal Court on 8 December 1998.")
R(d, "Kyrgyzstan", NOTRATIFIED, ROME, None, "It has not ratified the Statute", negated=True)
QCC = "Kyrgyzstan acceded to the United Nations Framework Convention on Climate Change in 2000 and to the Kyoto Protocol in 2003."
R(d, "Kyrgyzstan", ACCEDED, UNFCCC, "2000", QCC)
R(d, "Kyrgyzstan", ACCEDED, KYOTO, "2003", QCC)
R(d, "Kyrgyzstan", "signed", PARIS, "2016-09-21",
  "Foreign Minister Erlan Abdyldaev signed the Paris Agreement on behalf of Kyrgyzstan at a ceremony in New York on 21 September 2016")
R(d, "Kyrgyzstan", NOTRATIFIED, PARIS, None, "ratification has not yet been submitted to parliament", negated=True)
QABS = ("Kyrgyzstan abstained in the vote on General Assembly resolution 68/262 on the territorial integrity of Ukraine on 27 March 2014, "
        "alongside Kazakhstan and Uzbekistan")
RL(d, ["Kyrgyzstan", "Kazakhstan", "Uzbekistan"], "supported", R68262, "2014-03-27", QABS, negated=True)
RL(d, ["Armenia", "Belarus"], "supported", R68262, "2014-03-27", "Armenia and Belarus voted against the resolution.", negated=True)
R(d, "Kyrgyzstan", "supported", R7048, "2015-12", "In December 2015 Kyrgyzstan voted in favour of resolution 70/48")

# ===================== 02 (UNODC regional office, country profile: Namibia, legal framework, updated 12 June 2019) =====================
d = "02.txt"
D = "2019-06-12"
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Palermo Convention"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", ["Trafficking in Persons Protocol", "Palermo Protocol"])
SOM = ("Protocol against the Smuggling of Migrants by Land, Sea and Air", ["Smuggling of Migrants Protocol"])
FAP = ("Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition", ["Firearms Protocol"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC"])
SADCPC = ("SADC Protocol against Corruption", ["Southern African Development Community Protocol against Corruption"])
AUCPCC = ("African Union Convention on Preventing and Combating Corruption", ["AUCPCC", "AU Convention on Corruption"])
SC61 = ("Single Convention on Narcotic Drugs of 1961, as amended by the 1972 Protocol", ["Single Convention on Narcotic Drugs", "1961 Single Convention", "Single Convention 1961"])
C71 = ("Convention on Psychotropic Substances of 1971", ["1971 Convention", "Convention on Psychotropic Substances"])
C88 = ("United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988", ["1988 Convention", "Convention against Illicit Traffic"])
ICSFT = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention", "ICSFT"])
DOHA = ("Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda", ["Doha Declaration"])
# "a State party to the core United Nations conventions" names none; the Acts of 2003, 2004, 2014 and 2018: domestic, nothing.
R(d, "Namibia", "signed", UNTOC, "2000-12-13", "Namibia signed the United Nations Convention against Transnational Organized Crime (UNTOC) on 13 December 2000")
R(d, "Namibia", RATIFIED, UNTOC, "2002-08-16", "ratified it on 16 August 2002")
R(d, "Namibia", RATIFIED, TIP, "2002-08-16", "The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children was ratified on the same day.")
R(d, "Namibia", "signed", TIP, "2000-12-13", "Trafficking in Persons Protocol 13 Dec 2000", required=False)
R(d, "Namibia", "signed", SOM, "2000-12-13", "Namibia has signed but not ratified the Protocol against the Smuggling of Migrants by Land, Sea and Air.",
  alt=["Smuggling of Migrants Protocol 13 Dec 2000"])
R(d, "Namibia", NOTRATIFIED, SOM, None, "Namibia has signed but not ratified the Protocol against the Smuggling of Migrants by Land, Sea and Air.", negated=True)
R(d, "Namibia", NOTBOUND, FAP, None, "It is not yet a party to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms", negated=True)
R(d, ["UNODC", "United Nations Office on Drugs and Crime"], "called-for", FAP, D, "UNODC encourages Namibia to accede to the Firearms Protocol")
R(d, "Namibia", "signed", UNCAC, "2003-12-09", "Namibia signed the United Nations Convention against Corruption (UNCAC) on 9 December 2003")
R(d, "Namibia", RATIFIED, UNCAC, "2004-08-03", "ratified it on 3 August 2004")
# Merida is the venue; the review by Botswana and Nigeria is implementation review: nothing.
R(d, "Namibia", "signed", SADCPC, "2001-08-14", "Namibia signed the SADC Protocol against Corruption in Blantyre on 14 August 2001")
R(d, "Namibia", RATIFIED, SADCPC, "2004", "and ratified it in 2004")
R(d, "Namibia", "signed", AUCPCC, "2004", "It signed the African Union Convention on Preventing and Combating Corruption in 2004")
R(d, "Namibia", NOTRATIFIED, AUCPCC, None, "but has yet to ratify it.", negated=True)
for c in (SC61, C71, C88):
    R(d, "Namibia", ACCEDED, c, "2009", "Namibia acceded in 2009 to the three international drug control conventions")
R(d, "Namibia", ACCEDED, ICSFT, "2002", "including the International Convention for the Suppression of the Financing of Terrorism, to which it acceded in 2002")
R(d, ["Thirteenth United Nations Congress on Crime Prevention and Criminal Justice", "UN Crime Congress"], ADOPTED, DOHA, "2015-04",
  "the Congress adopted the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda", required=False)
# Doha is the venue; "supported the Global Programme" is a programme: nothing.

# ===================== 03 (Cluster Munition Monitor / Landmine Monitor, country profile: Viet Nam, updated 3 August 2023) =====================
d = "03.md"
D = "2023-08-03"
CCM = ("Convention on Cluster Munitions", ["CCM"])
MBT = ("Mine Ban Treaty", ["Anti-Personnel Mine Ban Convention", "Ottawa Convention", "1997 Mine Ban Treaty", "APMBC"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW"])
CWC = ("Chemical Weapons Convention", ["CWC"])
BWC = ("Biological Weapons Convention", ["BWC"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
ATT = ("Arms Trade Treaty", ["ATT"])
R7779 = ("resolution 77/79", ["UN General Assembly resolution promoting the Convention on Cluster Munitions", "A/RES/77/79"])
R7763 = ("resolution 77/63", ["resolution on the implementation of the Mine Ban Treaty", "A/RES/77/63"])
R(d, "Viet Nam", NOTBOUND, CCM, None, "Viet Nam has not joined the Convention on Cluster Munitions.", negated=True,
  alt=["\"is not in a position to accede at present owing to national security considerations\""])
R(d, "Viet Nam", "signed", CCM, None, "but did not sign the convention when it opened for signature", negated=True)
R(d, "Viet Nam", "signed", MBT, None, "It has neither signed nor acceded to the 1997 Mine Ban Treaty.", negated=True)
R(d, "Viet Nam", JOINED, MBT, None, "It has neither signed nor acceded to the 1997 Mine Ban Treaty.", negated=True)
# Observer at the Oslo Conference; hosting the Hanoi workshop: nothing.
R(d, "Viet Nam", "supported", R7779, "2022-12-07",
  "Viet Nam has voted in favour of the annual UN General Assembly resolution promoting the Convention on Cluster Munitions since 2015, most recently resolution 77/79 on 7 December 2022.")
R(d, "Viet Nam", "supported", R7763, "2022-12-07", "It abstained on resolution 77/63, on the implementation of the Mine Ban Treaty, on the same day.", negated=True)
R(d, "Viet Nam", "signed", CCW, "1981-04-10", "Convention on Certain Conventional Weapons (CCW) | 10 April 1981",
  alt=["Viet Nam signed the CCW on the day it opened for signature"])
R(d, "Viet Nam", NOTRATIFIED, CCW, None, "but has never deposited an instrument of ratification", negated=True)
R(d, "Viet Nam", "signed", CWC, "1993-01-13", "Chemical Weapons Convention (CWC) | 13 January 1993")
R(d, "Viet Nam", RATIFIED, CWC, "1998-09-30", "Chemical Weapons Convention (CWC) | 13 January 1993 | 30 September 1998 | State Party")
R(d, "Viet Nam", ACCEDED, BWC, "1980-06-20", "Biological Weapons Convention (BWC) | — | 20 June 1980 (accession) | State Party")
R(d, "Viet Nam", "signed", TPNW, "2017-09-22", "Treaty on the Prohibition of Nuclear Weapons (TPNW) | 22 September 2017")
R(d, "Viet Nam", RATIFIED, TPNW, "2018-05-17", "Treaty on the Prohibition of Nuclear Weapons (TPNW) | 22 September 2017 | 17 May 2018 | State Party",
  alt=["Its ratification of the TPNW made it the tenth State to do so."])
R(d, "Viet Nam", "signed", ATT, None, "Arms Trade Treaty (ATT) | — | — | Not signed", negated=True)
R(d, "Lao PDR", RATIFIED, CCM, "2009-03-18", "ratified the Convention on Cluster Munitions on 18 March 2009")
# Laos hosting the First Meeting of States Parties (Vientiane): nothing.
R(d, "Cambodia", "signed", CCM, None, "Cambodia has neither signed nor acceded to the convention", negated=True)
R(d, "Cambodia", JOINED, CCM, None, "Cambodia has neither signed nor acceded to the convention", negated=True)
R(d, "Thailand", PARTY, MBT, None, "Thailand, which is a party to the Mine Ban Treaty")
R(d, "Thailand", NOTBOUND, CCM, None, "has also stayed outside the CCM", negated=True)
# Programme 504 and VNMAC: domestic; observers at Meetings of States Parties: nothing.
R(d, ["Cluster Munition Coalition", "CMC"], "called-for", CCM, D, "The Cluster Munition Coalition (CMC) urges Viet Nam to accede to the Convention on Cluster Munitions without delay")
# The call to submit a voluntary Article 7 report: reporting, nothing.
R(d, ["International Campaign to Ban Landmines", "ICBL"], "called-for", MBT, D, "The International Campaign to Ban Landmines (ICBL) likewise calls on Viet Nam to join the Mine Ban Treaty.")

# ===================== 04 (Human Rights Commission of Sierra Leone, State of Human Rights Report 2021, chapter 4, April 2022) =====================
d = "04.txt"
D = "2022-04"
HRCSL = ["Human Rights Commission of Sierra Leone", "HRCSL"]
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", ["OPSC", "OP-CRC-SC"])
STL61 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness", "1961 Statelessness Convention"])
STL54 = ("1954 Convention relating to the Status of Stateless Persons", ["1954 Statelessness Convention", "Convention relating to the Status of Stateless Persons"])
C189 = ("ILO Domestic Workers Convention, 2011 (No. 189)", ["Domestic Workers Convention", "C189", "Convention No. 189"])
ACHPR = ("African Charter on Human and Peoples' Rights", ["Banjul Charter", "ACHPR"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
OLDER = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa", ["Older Persons Protocol"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG"])
# "party to eight of the nine core ... treaties" names none; the Commission's mandate under its 2004 Act: nothing.
R(d, "Sierra Leone", "signed", ICPPED, "2007-02-06", "which Sierra Leone signed on 6 February 2007")
R(d, "Sierra Leone", NOTRATIFIED, ICPPED, None, "which Sierra Leone signed on 6 February 2007 but has yet to ratify", negated=True,
  alt=["Among the supported recommendations were those to ratify the 1961 Convention on the Reduction of Statelessness and the ICPPED."])
# The Abolition of the Death Penalty Act, 2021 (passed, signed into law): domestic, nothing.
R(d, "Sierra Leone", ACCEDED, OP2, None, "the Minister of Justice announced the Government's intention to accede to the Second Optional Protocol", negated=True,
  alt=["No instrument of accession had been deposited by 31 December 2021."])
R(d, "Sierra Leone", RATIFIED, CRPD, "2010-10-04", "Sierra Leone ratified the Convention on the Rights of Persons with Disabilities (CRPD) on 4 October 2010.")
R(d, "Sierra Leone", "signed", CRPD, "2007-03-30", "CRPD 30/03/2007 04/10/2010", required=False)
R(d, "Sierra Leone", "signed", OPCRPD, "2007", "Its Optional Protocol, which Sierra Leone signed in 2007")
R(d, "Sierra Leone", NOTRATIFIED, OPCRPD, None, "has still not been ratified", negated=True)
R(d, "Sierra Leone", RATIFIED, OPSC, "2001-09-17", "was ratified by Sierra Leone on 17 September 2001")
# Reports to the CRC: nothing.
R(d, "Sierra Leone", NOTRATIFIED, STL61, None, "Among the supported recommendations were those to ratify the 1961 Convention on the Reduction of Statelessness", negated=True)
R(d, "Sierra Leone", NOTRATIFIED, C189, None, "The Government noted recommendations to ratify the ILO Domestic Workers Convention, 2011 (No. 189).", negated=True)
R(d, "Sierra Leone", ACCEDED, STL54, "2016-05-09", "Sierra Leone acceded to the 1954 Convention relating to the Status of Stateless Persons on 9 May 2016.")
R(d, "Sierra Leone", RATIFIED, ACHPR, "1983", "Sierra Leone ratified the African Charter on Human and Peoples' Rights in 1983")
R(d, "Sierra Leone", RATIFIED, ACRWC, "2002", "the African Charter on the Rights and Welfare of the Child in 2002")
R(d, "Sierra Leone", RATIFIED, MAPUTO, "2015-07-03", "(Maputo Protocol) was ratified on 3 July 2015.")
R(d, "Sierra Leone", "signed", MAPUTO, "2003-12-09", "Maputo Protocol 09/12/2003 03/07/2015", required=False)
R(d, "Sierra Leone", "signed", OLDER, "2021-05-14",
  "On 14 May 2021, Foreign Minister David J. Francis signed the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa")
R(d, "Sierra Leone", NOTRATIFIED, OLDER, None, "Older Persons Protocol 14/05/2021 --", negated=True, required=False)
R(d, "Sierra Leone", "signed", ACDEG, "2021-05-14", "The same day he signed the African Charter on Democracy, Elections and Governance")
R(d, "Sierra Leone", NOTRATIFIED, ACDEG, None, "which Sierra Leone has, however, yet to ratify", negated=True)
# Addis Ababa (AU Commission) is the venue; the Article 34(6) declaration: not an instrument action, nothing; the Commission's welcome: nothing.
QCALL = ("The Commission calls on the Government to ratify, without further delay, the International Convention for the Protection of All Persons "
         "from Enforced Disappearance and the Optional Protocol to the CRPD")
R(d, HRCSL, "called-for", ICPPED, D, QCALL)
R(d, HRCSL, "called-for", OPCRPD, D, QCALL)
R(d, HRCSL, "called-for", OP2, D, "to deposit an instrument of accession to the Second Optional Protocol to the ICCPR")
# "urges Parliament to domesticate the Maputo Protocol" (domestic, the Gender Equality Bill): nothing.

# ===================== 05 (CAT/C/MNG/3: Mongolia's third periodic report in reply to the list of issues prior to reporting, received 28 January 2019) =====================
d = "05.txt"
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
R73175 = ("General Assembly resolution 73/175 on a moratorium on the use of the death penalty", ["resolution 73/175", "A/RES/73/175"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Palermo Convention"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", ["Trafficking in Persons Protocol", "Palermo Protocol"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "OP3-CRC"])
# The reply's "the Convention" is the Convention against Torture; "the State party" is Mongolia.
R(d, "Mongolia", ACCEDED, CAT, "2002-01-24", "Mongolia acceded to the Convention on 24 January 2002.")
R(d, "Mongolia", ACCEDED, OPCAT, "2015-02-12", "the Optional Protocol to the Convention, to which the State party acceded on 12 February 2015",
  alt=["the same day it acceded to the Optional Protocol"])
# The NPM law (draft) and the Subcommittee's visit: implementation, nothing.
R(d, "Mongolia", "signed", ICPPED, "2007-02-06", "Mongolia signed the International Convention for the Protection of All Persons from Enforced Disappearance on 6 February 2007")
R(d, "Mongolia", RATIFIED, ICPPED, "2015-02-12", "ratified it on 12 February 2015")
# The declarations under articles 21 and 22 (competence of the Committee): not an instrument action, nothing.
R(d, "Mongolia", ACCEDED, OP2, "2012-03-13",
  "Mongolia's accession to the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty, took place on 13 March 2012.")
# The revised Criminal Code (entry into force 1 July 2017): domestic, nothing.
Q73 = "In December last year, Mongolia co-sponsored and voted in favour of General Assembly resolution 73/175"
R(d, "Mongolia", "co-sponsored", R73175, "2018-12", Q73)
R(d, "Mongolia", "supported", R73175, "2018-12", Q73)
# The Convention against Torture Initiative (CTI), its core group and Group of Friends: an initiative, nothing.
R(d, ["Committee against Torture", "UN Committee against Torture"], "called-for", ICRMW, None,
  "The Committee invited the State party to consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families.")
R(d, "Mongolia", NOTRATIFIED, ICRMW, None, "Mongolia has not ratified that Convention.", negated=True)
QMR = "Mongolia is not a party to the 1951 Convention relating to the Status of Refugees or its 1967 Protocol"
R(d, "Mongolia", NOTBOUND, RSC, None, QMR, negated=True, alt=["the Government has no immediate plans to accede to these instruments"])
R(d, "Mongolia", NOTBOUND, RSP, None, QMR, negated=True, alt=["the Government has no immediate plans to accede to these instruments"])
QMT = ("Mongolia acceded to the United Nations Convention against Transnational Organized Crime and to its Protocol to Prevent, Suppress and Punish "
       "Trafficking in Persons, Especially Women and Children on 27 June 2008.")
R(d, "Mongolia", ACCEDED, UNTOC, "2008-06-27", QMT)
R(d, "Mongolia", ACCEDED, TIP, "2008-06-27", QMT)
R(d, "Mongolia", RATIFIED, ROME, "2002-04-11", "Mongolia ratified the Rome Statute of the International Criminal Court on 11 April 2002")
# The 2012 trafficking law and the 2018 law on cooperation with the Court: domestic. The Istanbul Protocol manual: training, nothing.
QMC = "Mongolia ratified the Convention on the Rights of Persons with Disabilities in 2009 and the Optional Protocol to the Convention on the Rights of the Child on a communications procedure in 2015."
R(d, "Mongolia", RATIFIED, CRPD, "2009", QMC)
R(d, "Mongolia", RATIFIED, OPIC, "2015", QMC)

# ===================== 06 (Australian Parliamentary Library, FlagPost, on Australia and the TPNW, posted 14 March 2023; HTML) =====================
d = "06.html"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapon ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty", "SPNFZ Treaty"])
FCTPNW = ("annual First Committee resolution on the TPNW", ["First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", "resolution on the TPNW"])
ENNPIA = ("Agreement for the Exchange of Naval Nuclear Propulsion Information", ["ENNPIA", "AUKUS naval nuclear propulsion agreement"])
R(d, ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "UN conference"], ADOPTED, TPNW, "2017-07-07",
  "The TPNW was adopted on 7 July 2017 by the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons")
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "The Netherlands voted against", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
# "did not take part in the negotiations" (a process), opening for signature, entry into force, "92 signatories and 68 states
# parties" (unnamed) and the Vienna meeting: nothing.
QPAC = "Fiji, Kiribati, Samoa, Vanuatu, Tuvalu, Palau, the Cook Islands and New Zealand are states parties"
RL(d, ["Fiji", "Kiribati", "Samoa", "Vanuatu", "Tuvalu", "Palau", "Cook Islands"], PARTY, TPNW, None, QPAC)
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "New Zealand ratified on 31 July 2018", alt=[QPAC])
R(d, "Indonesia", "signed", TPNW, "2017", "Indonesia signed in 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "Indonesia signed in 2017 but has not yet ratified", negated=True)
R(d, "Philippines", RATIFIED, TPNW, "2021-02", "the Philippines ratified in February 2021")
# "parties to the ... Treaty of Rarotonga or ... the Bangkok Treaty": disjunctive, no State tied to either: nothing.
R(d, "Australia", "signed", TPNW, None, "Australia has neither signed nor ratified the TPNW.", negated=True,
  alt=["the Albanese Government has said that it will consider the treaty but has not given a timetable"])
R(d, "Australia", NOTRATIFIED, TPNW, None, "Australia has neither signed nor ratified the TPNW.", negated=True)
R(d, "Australia", RATIFIED, NPT, "1973", "which Australia ratified in 1973")
R(d, "Australia", "signed", CTBT, "1996-09-24", "Australia signed the Comprehensive Nuclear-Test-Ban Treaty on 24 September 1996")
R(d, "Australia", RATIFIED, CTBT, "1998-07-09", "ratified it on 9 July 1998")
R(d, "Australia", "signed", RARO, "1985-08-06", "it signed the Treaty of Rarotonga at Rarotonga on 6 August 1985")
R(d, "Australia", RATIFIED, RARO, "1986-12-11", "ratified it on 11 December 1986")
# A party conference's platform is not a State's act; a careful annotator might keep it as planned.
R(d, ["ALP National Conference", "Australian Labor Party", "ALP", "Labor"], "signed", TPNW, None,
  "the ALP National Conference committed a future Labor government to sign and ratify the TPNW", negated=True, required=False)
R(d, "Australia", "supported", FCTPNW, "2022-10",
  "In October 2022 Australia abstained in the vote in the UN General Assembly", negated=True, alt=["having voted against it every year from 2018 to 2021"])
RL(d, ["Australia", "United Kingdom", "United States"], "signed", ENNPIA, "2021-11-22",
   "Australia, the United Kingdom and the United States signed the Agreement for the Exchange of Naval Nuclear Propulsion Information on 22 November 2021")
# The AUKUS partnership (not an instrument) and JSCOT's recommendation (domestic): nothing.
R(d, ["ICAN Australia", "ICAN"], "called-for", TPNW, None, "ICAN Australia has called on the Government to sign and ratify the TPNW")
# The parliamentary pledge signed by members and senators (individuals, a pledge): nothing.
R(d, ["Australian Red Cross"], "called-for", TPNW, None, "The Australian Red Cross has also urged Australia to join the treaty.")

# ===================== 07 (university Treaty Participation Database export: Chile and Peru, environmental and ocean agreements, 7 April 2025) =====================
d = "07.txt"
PARIS = ("Paris Agreement", ["Paris Agreement (2015)"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS"])
MINA = ("Minamata Convention on Mercury", ["Minamata Convention"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazu Agreement", "Escazú Agreement"])
BBNJ = ("Agreement under UNCLOS on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty"])
PSMA = ("Port State Measures Agreement", ["FAO Port State Measures Agreement", "PSMA"])
ACAP = ("Agreement on the Conservation of Albatrosses and Petrels", ["ACAP"])
# Table rows are quoted with their white space folded; a Peru cell is quoted with the Chile cell before it.
R(d, "Chile", "signed", UNFCCC, "1992-06-13", "UNFCCC (1992) S 1992-06-13")
R(d, "Peru", "signed", UNFCCC, "1992-06-12", "UNFCCC (1992) S 1992-06-13 S 1992-06-12")
R(d, "Chile", RATIFIED, UNFCCC, "1994-12-22", "It ratified the United Nations Framework Convention on Climate Change on 22 December 1994")
R(d, "Peru", RATIFIED, UNFCCC, "1993-06-07", "R 1994-12-22 R 1993-06-07")
# Note [2]: the 1993-05-24 Legislative Resolution is domestic approval, nothing.
R(d, "Chile", "signed", PARIS, "2016-09-20", "Paris Agreement (2015) S 2016-09-20")
R(d, "Peru", "signed", PARIS, "2016-04-22", "Paris Agreement (2015) S 2016-09-20 S 2016-04-22")
R(d, "Chile", RATIFIED, PARIS, "2017-02-10", "the Paris Agreement on 10 February 2017")
R(d, "Peru", RATIFIED, PARIS, "2016-07-25", "R 2017-02-10 R 2016-07-25")
R(d, "Chile", RATIFIED, UNCLOS, "1997-08-25", "UNCLOS (1982) R 1997-08-25")
R(d, "Peru", NOTBOUND, UNCLOS, None, "Peru is not a party to UNCLOS.", negated=True, alt=["Successive governments have said they are studying accession"])
R(d, "Chile", "signed", MINA, "2013-10-10", "Minamata Convention (2013) S 2013-10-10")
R(d, "Peru", "signed", MINA, "2013-10-10", "Minamata Convention (2013) S 2013-10-10 S 2013-10-10")
QMIN = "Chile and Peru ratified the Minamata Convention on Mercury, Peru in 2016 and Chile in 2018."
R(d, "Chile", RATIFIED, MINA, "2018", QMIN, alt=["R 2018-08-27 R 2016-01-21"])
R(d, "Peru", RATIFIED, MINA, "2016", QMIN, alt=["R 2018-08-27 R 2016-01-21"])
R(d, "Chile", "signed", ESCAZU, None, "Chile did not sign the Regional Agreement on Access to Information", negated=True)
R(d, "Chile", ACCEDED, ESCAZU, "2022-06-13", "Chile acceded on 13 June 2022")
# Co-leading (and co-chairing) the negotiation with Costa Rica; the UN Secretary-General as depositary: nothing.
R(d, "Peru", "signed", ESCAZU, "2018-09-27", "Peru signed the Escazu Agreement on 27 September 2018")
R(d, "Peru", NOTRATIFIED, ESCAZU, None, "but has not ratified it", negated=True)
# The Congress committee's vote to shelve the ratification bill: domestic, nothing.
R(d, "Chile", "signed", BBNJ, "2023-09-20", "signing on 20 September 2023")
R(d, "Chile", RATIFIED, BBNJ, "2024-12-16", "deposited its instrument of ratification on 16 December 2024")
# The offer to host the BBNJ Secretariat in Valparaiso: nothing.
R(d, "Peru", "signed", BBNJ, "2023-09-20", "Peru signed the BBNJ Agreement on 20 September 2023")
R(d, "Peru", NOTRATIFIED, BBNJ, None, "would submit the Agreement to Congress for approval", negated=True)
QPSMA = "Both acceded to the FAO Port State Measures Agreement in 2017."
R(d, "Chile", ACCEDED, PSMA, "2017", QPSMA, alt=["Port State Measures Agreement (2009) A 2017-08-28"])
R(d, "Peru", ACCEDED, PSMA, "2017", QPSMA, alt=["A 2017-08-28 A 2017-12-07"])
R(d, "Chile", RATIFIED, ACAP, "2005-02-14", "Albatrosses and Petrels (2001) R 2005-02-14")
R(d, "Peru", RATIFIED, ACAP, "2005-08-25", "Albatrosses and Petrels (2001) R 2005-02-14 R 2005-08-25")

# ===================== 08 (law clinic memorandum on Lebanon's treaty obligations on refugees and stateless persons, 16 October 2020) =====================
d = "08.txt"
STL54 = ("1954 Convention relating to the Status of Stateless Persons", ["1954 Statelessness Convention", "Convention relating to the Status of Stateless Persons", "1954 Convention"])
STL61 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness", "1961 Statelessness Convention"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
ARAB = ("Arab Charter on Human Rights", ["Arab Charter"])
CASA = ("Protocol for the Treatment of Palestinians in Arab States", ["Casablanca Protocol", "1965 Casablanca Protocol"])
MOU = ("Memorandum of Understanding between the General Directorate of General Security and UNHCR", ["2003 Memorandum of Understanding", "MoU"])
R73151 = ("General Assembly resolution 73/151", ["resolution 73/151", "A/RES/73/151", "Global Compact on Refugees"])
R73195 = ("resolution 73/195", ["General Assembly resolution 73/195", "A/RES/73/195", "Global Compact for Safe, Orderly and Regular Migration"])
CRCC = ["Committee on the Rights of the Child", "UN Committee on the Rights of the Child"]
QLR = "Lebanon is not a party to the 1951 Convention relating to the Status of Refugees or to its 1967 Protocol"
QUPR = "it noted all recommendations to accede to the Convention and its Protocol"
R(d, "Lebanon", NOTBOUND, RSC, None, QLR, negated=True, alt=[QUPR, "has never signed or acceded to the 1951 Convention"])
R(d, "Lebanon", NOTBOUND, RSP, None, QLR, negated=True, alt=[QUPR])
R(d, "Lebanon", "signed", RSC, None, "has never signed or acceded to the 1951 Convention", negated=True)
# The 26 States at the 1951 Conference (unnamed), Geneva (venue): nothing.
QLS = "Lebanon has not acceded to the 1954 Convention relating to the Status of Stateless Persons or the 1961 Convention on the Reduction of Statelessness."
R(d, "Lebanon", NOTBOUND, STL54, None, QLS, negated=True, alt=["nor to either of the statelessness conventions of 1954 and 1961"])
R(d, "Lebanon", NOTBOUND, STL61, None, QLS, negated=True, alt=["nor to either of the statelessness conventions of 1954 and 1961"])
R(d, "Lebanon", "signed", CRPD, "2007-06-14", "Lebanon signed the Convention on the Rights of Persons with Disabilities (CRPD) on 14 June 2007",
  alt=["which Lebanon signed thirteen years ago"])
R(d, "Lebanon", NOTRATIFIED, CRPD, None, "ratification remains pending", negated=True)
R(d, "Lebanon", ACCEDED, ICCPR, "1972-11-03", "Lebanon acceded to the International Covenant on Civil and Political Rights (ICCPR) on 3 November 1972.")
R(d, "Lebanon", ACCEDED, CAT, "2000-10-05", "Lebanon acceded to the Convention against Torture (CAT) on 5 October 2000")
R(d, "Lebanon", ACCEDED, OPCAT, "2008-12-22", "to its Optional Protocol on 22 December 2008")
# The national preventive mechanism (Law No. 62 of 2016): implementation, nothing.
R(d, "Lebanon", RATIFIED, CRC, "1991-05-14", "The Convention on the Rights of the Child was ratified by Lebanon on 14 May 1991.")
R(d, "Lebanon", ACCEDED, CEDAW, "1997", "Lebanon also acceded to the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) in 1997")
# The CEDAW and Casablanca Protocol reservations: nothing.
R(d, "Lebanon", RATIFIED, ARAB, "2011", "Lebanon ratified the Arab Charter on Human Rights in 2011.")
R(d, "Lebanon", RATIFIED, CASA, "1966", "It ratified the 1965 Protocol for the Treatment of Palestinians in Arab States (Casablanca Protocol) in 1966")
QMOU = "In September 2003 the General Directorate of General Security and UNHCR signed a Memorandum of Understanding on the processing of asylum applications."
R(d, ["Lebanon", "General Directorate of General Security", "General Security"], "signed", MOU, "2003-09", QMOU, required=False)
R(d, ["UNHCR", "Office of the United Nations High Commissioner for Refugees"], "signed", MOU, "2003-09", QMOU, required=False)
R(d, "Lebanon", "supported", R73151, "2018-12-17", "Lebanon voted in favour of General Assembly resolution 73/151 of 17 December 2018")
# "did not attend the Marrakech conference": attendance, nothing.
R(d, "Lebanon", "supported", R73195, "2018-12-19", "it abstained on resolution 73/195 endorsing that compact two days later", negated=True)
QCRC = ("the Committee on the Rights of the Child urged Lebanon to ratify the 1951 Convention and its 1967 Protocol and to accede to the 1954 and 1961 "
        "statelessness conventions")
for inst in (RSC, RSP, STL54, STL61):
    R(d, CRCC, "called-for", inst, "2017", QCRC)
# "UNHCR has made similar calls in every UPR cycle": no instrument named in the clause, nothing.
QCL = "We suggest that LANRL call on the Government to ratify the CRPD"
R(d, ["International Human Rights Law Clinic", "Eastbrook University"], "called-for", CRPD, "2020-10-16", QCL, required=False)
R(d, ["International Human Rights Law Clinic", "Eastbrook University"], "called-for", STL54, "2020-10-16", "and to accede to the 1954 Convention", required=False)

# ===================== 09 (Embassy of Ireland, Mexico: "Ireland & Mexico - Bilateral Relations" web page, updated 5 February 2024; HTML) =====================
d = "09.html"
D = "2024-02-05"
IM = ["Ireland", "Mexico"]
DTA = ("Convention between Ireland and the United Mexican States for the Avoidance of Double Taxation", ["Ireland-Mexico Double Taxation Convention", "Double Taxation Convention"])
AIR = ("Air Transport Agreement between Ireland and Mexico", ["Air Transport Agreement"])
WHA = ("Working Holiday Arrangement between Ireland and Mexico", ["Working Holiday Arrangement"])
MGA = ("modernised EU-Mexico Global Agreement", ["modernised Global Agreement", "EU-Mexico Global Agreement"])
R78241 = ("resolution 78/241 on lethal autonomous weapons systems", ["resolution 78/241", "A/RES/78/241"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "Dublin Declaration"])
BUDA = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
# Diplomatic relations (1975), embassies, Security Council membership: nothing.
RL(d, IM, "signed", DTA, "1998-10-22",
   "The Convention between Ireland and the United Mexican States for the Avoidance of Double Taxation was signed in Mexico City on 22 October 1998")
# Entry into force (31 December 1998) and Mexico City (venue): nothing. Initialling is not signing:
RL(d, IM, "signed", AIR, None, "An Air Transport Agreement was initialled in 2019; it has not yet been signed.", negated=True, required=False)
RL(d, IM, "signed", WHA, "2023-05-12", "signed the Working Holiday Arrangement between Ireland and Mexico in Dublin")
# The 2000 Global Agreement "has governed" relations: no act stated, nothing.
RL(d, ["European Union", "Mexico"], "signed", MGA, None, "as of early 2024 it has not yet been signed by the EU or Mexico", negated=True)
# The core group that led the negotiation: a process, nothing.
RL(d, IM, "signed", TPNW, "2017-09-20", "both signed it on 20 September 2017, the day it opened for signature")
R(d, "Mexico", RATIFIED, TPNW, "2018-01", "Mexico ratified the Treaty in January 2018")
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland did so on 6 August 2020")
R(d, "Ireland", "called-for", TPNW, D, "Ireland continues to call on all States to sign and ratify the TPNW.")
RL(d, IM, "co-sponsored", R78241, None, "Both countries co-sponsored resolution 78/241 on lethal autonomous weapons systems")
R(d, GA, ADOPTED, R78241, "2023-12-22", "which the General Assembly adopted on 22 December 2023")
# "152 votes in favour" (unnamed); Ireland hosting the Dublin Conference; "opened for endorsement"; "80 other States" (unnamed): nothing.
RL(d, IM, ENDORSED, EWIPA, "2022-11-18", "Ireland and Mexico both endorsed the Declaration in Dublin on 18 November 2022")
RL(d, ["Austria", "Belgium", "Brazil", "Chile", "Costa Rica", "Germany", "Indonesia", "Japan", "Nigeria", "Norway", "Philippines", "Spain", "United States"],
   ENDORSED, EWIPA, "2022-11-18", "together with 80 other States, including Austria, Belgium, Brazil, Chile, Costa Rica, Germany, Indonesia, Japan, Nigeria, Norway, the Philippines, Spain and the United States")
R(d, "Ireland", "signed", BUDA, "2002", "Ireland signed the Council of Europe Convention on Cybercrime (Budapest Convention) in 2002")
R(d, "Ireland", NOTRATIFIED, BUDA, None, "is working towards ratification", negated=True)
R(d, "Mexico", NOTBOUND, BUDA, None, "has been invited to accede", negated=True, required=False)
# Mexico's observer status at the Council of Europe; the HEA-ANUIES memorandum (not States): nothing.

# ===================== 10 (Botswana Ministry of International Affairs and Cooperation, "Our Treaty Obligations" page, updated 21 August 2017) =====================
d = "10.txt"
D = "2017-08-21"
ICCWS = ("ICC Withdrawal Strategy", ["African Union ICC Withdrawal Strategy", "Withdrawal Strategy"])
SADCT = ("Treaty of the Southern African Development Community", ["SADC Treaty"])
GENDER = ("SADC Protocol on Gender and Development", ["Protocol on Gender and Development"])
GENDERA = ("Agreement Amending the Protocol on Gender and Development", ["revised SADC Protocol on Gender and Development", "amended Protocol on Gender and Development"])
KAZA = ("Treaty on the Kavango-Zambezi Transfrontier Conservation Area", ["KAZA TFCA Treaty", "KAZA Treaty"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
R71187 = ("General Assembly resolution 71/187 on a moratorium on the use of the death penalty", ["resolution 71/187", "A/RES/71/187"])
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
GABDEC = ("Gaborone Declaration for Sustainability in Africa", ["Gaborone Declaration"])
BWA = "Botswana"
QROME = "Botswana signed and ratified the Rome Statute of the International Criminal Court on the same day, 8 September 2000"
R(d, BWA, "signed", ROME, "2000-09-08", QROME)
R(d, BWA, RATIFIED, ROME, "2000-09-08", QROME)
R(d, BWA, COMMITTED, ROME, D, "Botswana remains committed to the Rome Statute")
R(d, BWA, "supported", ICCWS, None, "Botswana did not support the ICC Withdrawal Strategy", negated=True)
R(d, ["Assembly of the African Union", "African Union", "AU Assembly"], ADOPTED, ICCWS, "2017-01",
  "the ICC Withdrawal Strategy adopted by the Assembly of the African Union in January 2017", required=False)
# Botswana's reservation on the Strategy: nothing.
R(d, BWA, "called-for", ROME, D, "We continue to call on all African States to ratify the Rome Statute.")
R(d, BWA, "signed", SADCT, "1992-08-17", "Botswana signed the Treaty of the Southern African Development Community (SADC Treaty) in Windhoek on 17 August 1992.")
# Hosting the SADC Secretariat (Gaborone), the KAZA Secretariat (Kasane): nothing.
R(d, BWA, "signed", GENDER, None, "In 2008 Botswana declined to sign the SADC Protocol on Gender and Development", negated=True)
R(d, BWA, "signed", GENDERA, "2017-08-19",
  "signed the Agreement Amending the Protocol on Gender and Development at the 37th SADC Summit in Pretoria on Saturday")
RL(d, ["Angola", "Botswana", "Namibia", "Zambia", "Zimbabwe"], "signed", KAZA, "2011-08-18",
   "was signed in Luanda on 18 August 2011 by the Heads of State of Angola, Botswana, Namibia, Zambia and Zimbabwe")
R(d, BWA, RATIFIED, ICERD, "1974", "International Convention on the Elimination of All Forms of Racial Discrimination (ratified 1974)")
R(d, BWA, ACCEDED, CRC, "1995", "Convention on the Rights of the Child (acceded 1995)")
R(d, BWA, ACCEDED, CEDAW, "1996", "Convention on the Elimination of All Forms of Discrimination against Women (acceded 1996)")
R(d, BWA, RATIFIED, ICCPR, "2000", "International Covenant on Civil and Political Rights (ratified 2000)")
R(d, BWA, RATIFIED, CAT, "2000", "Convention against Torture (ratified 2000)")
R(d, BWA, NOTRATIFIED, ICESCR, None, "Botswana has not ratified the International Covenant on Economic, Social and Cultural Rights.", negated=True)
R(d, BWA, ACCEDED, CRPD, None, "The Government intends to accede to the Convention on the Rights of Persons with Disabilities", negated=True)
# Cabinet's approval in principle (May 2017): domestic, nothing.
R(d, BWA, ACCEDED, OP2, None, "is therefore not in a position to accede to the Second Optional Protocol to the International Covenant on Civil and Political Rights", negated=True)
R(d, BWA, "supported", R71187, "2016-12", "In December 2016 Botswana voted against General Assembly resolution 71/187", negated=True)
R(d, BWA, ACCEDED, CITES, "1977", "Botswana acceded to the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES) in 1977.")
R(d, BWA, "signed", PARIS, "2016-04-22", "Botswana signed the Paris Agreement on 22 April 2016 in New York")
R(d, BWA, RATIFIED, PARIS, "2016-11-11", "ratified it on 11 November 2016")
# Botswana hosted the summit (host); "among others" unnamed.
RL(d, ["Kenya", "Liberia", "Rwanda", "United Republic of Tanzania"], ENDORSED, GABDEC, None,
   "the Declaration has since been endorsed by Kenya, Liberia, Rwanda and Tanzania")
# Treaty procedure (Parliament's implementing legislation): domestic, nothing.

# ===================== 11 (Pacific Ocean Governance Hub fact sheet: Pacific Island States and the BBNJ Agreement, status at 30 June 2025, dated 4 July 2025; Markdown) =====================
d = "11.md"
D = "2025-07-04"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
DMZ = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones"])
PIFL = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders", "PIF"]
R(d, ["Intergovernmental Conference", "Intergovernmental Conference on marine biodiversity of areas beyond national jurisdiction"], ADOPTED, BBNJ, "2023-06-19",
  "was adopted by consensus by the Intergovernmental Conference on 19 June 2023")
# Opening for signature and entry into force: nothing. The PSIDS negotiated as a group: a process, nothing.
R(d, PIFL, "called-for", BBNJ, "2024-08",
  "Pacific Islands Forum Leaders called on all Forum members to ratify the BBNJ Agreement",
  alt=["Forum Leaders have repeatedly called for early entry into force"])
# Nuku'alofa, Tonga is the venue of the meeting: nothing.
R(d, "Palau", RATIFIED, BBNJ, "2024-01-22", "Palau became the first State in the world to ratify the Agreement, on 22 January 2024.")
R(d, "Micronesia", RATIFIED, BBNJ, "2024-05-10", "the Federated States of Micronesia (10 May 2024)")
R(d, "Samoa", RATIFIED, BBNJ, "2024-08-06", "Samoa (6 August 2024)")
R(d, "Solomon Islands", RATIFIED, BBNJ, "2024-11-19", "Solomon Islands (19 November 2024)")
R(d, "Vanuatu", RATIFIED, BBNJ, "2025-03-03", "Vanuatu (3 March 2025)")
R(d, "Palau", "signed", BBNJ, "2023-09-20", "| Palau | 20 Sep 2023 |")
R(d, "Micronesia", "signed", BBNJ, "2023-09-20", "| Micronesia (Fed. States of) | 20 Sep 2023 |")
R(d, "Samoa", "signed", BBNJ, "2023-09-20", "| Samoa | 20 Sep 2023 |")
R(d, "Solomon Islands", "signed", BBNJ, "2023-09-25", "| Solomon Islands | 25 Sep 2023 |")
R(d, "Vanuatu", "signed", BBNJ, "2023-09-20", "| Vanuatu | 20 Sep 2023 |")
R(d, "Fiji", "signed", BBNJ, "2023-09-20", "Fiji signed on the opening day", alt=["| Fiji | 20 Sep 2023 |"])
R(d, "Fiji", NOTRATIFIED, BBNJ, None, "Fiji signed on the opening day but has yet to ratify", negated=True,
  alt=["the instrument is expected before the end of the year"])
# Fiji's Cabinet endorsement of ratification: domestic, nothing.
R(d, "Papua New Guinea", "signed", BBNJ, "2024-06", "Papua New Guinea signed in June 2024.", alt=["| Papua New Guinea | 12 Jun 2024 |"])
QTMK = "Tuvalu, Marshall Islands and Kiribati have signed"
R(d, "Tuvalu", "signed", BBNJ, "2023-09-20", QTMK, alt=["| Tuvalu | 20 Sep 2023 |"])
R(d, "Marshall Islands", "signed", BBNJ, "2023-09-21", QTMK, alt=["| Marshall Islands | 21 Sep 2023 |"])
R(d, "Kiribati", "signed", BBNJ, "2024-03-04", QTMK, alt=["| Kiribati | 04 Mar 2024 |"])
R(d, "Tonga", "signed", BBNJ, None, "Tonga has announced that it will sign before the Agreement closes for signature", negated=True)
QCN = "The Cook Islands and Nauru have neither signed nor ratified."
RL(d, ["Cook Islands", "Nauru"], "signed", BBNJ, None, QCN, negated=True)
RL(d, ["Cook Islands", "Nauru"], NOTRATIFIED, BBNJ, None, QCN, negated=True)
R(d, PIFL, ENDORSED, S2050, "2022-07", "Leaders had earlier endorsed the 2050 Strategy for the Blue Pacific Continent in July 2022")
R(d, PIFL, ADOPTED, DMZ, "2021-08", "in August 2021, adopted the Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise")
# The PSIDS Chair's quoted statement: nothing.
RL(d, ["Australia", "New Zealand"], "signed", BBNJ, "2023-09-20", "Australia and New Zealand, both Forum members, signed the Agreement on 20 September 2023.")
R(d, "New Zealand", NOTRATIFIED, BBNJ, None, "New Zealand has said it intends to ratify in 2025", negated=True)
R(d, "Australia", NOTRATIFIED, BBNJ, None, "has not yet deposited an instrument", negated=True)
# Australia's implementing legislation (domestic); Chile's and Belgium's offers to host the Secretariat: nothing.
R(d, ["Pacific Ocean Governance Hub", "POGH"], "called-for", BBNJ, D, "POGH urges the remaining Pacific Island States to ratify the Agreement")

# ===================== 12 (ILO NORMLEX country profile: Uzbekistan, ratifications, updated 30 September 2022) =====================
d = "12.txt"
UZ = "Uzbekistan"
def ilo(no, title, year):
    return (f"{title}, {year} (No. {no})", [title, f"C{no:03d}", f"Convention No. {no}", f"C{no}"])
C029 = ilo(29, "Forced Labour Convention", 1930)
C087 = ilo(87, "Freedom of Association and Protection of the Right to Organise Convention", 1948)
C098 = ilo(98, "Right to Organise and Collective Bargaining Convention", 1949)
C100 = ilo(100, "Equal Remuneration Convention", 1951)
C105 = ilo(105, "Abolition of Forced Labour Convention", 1957)
C111 = ilo(111, "Discrimination (Employment and Occupation) Convention", 1958)
C138 = ilo(138, "Minimum Age Convention", 1973)
C182 = ilo(182, "Worst Forms of Child Labour Convention", 1999)
C081 = ilo(81, "Labour Inspection Convention", 1947)
C129 = ilo(129, "Labour Inspection (Agriculture) Convention", 1969)
C144 = ilo(144, "Tripartite Consultation (International Labour Standards) Convention", 1976)
C155 = ilo(155, "Occupational Safety and Health Convention", 1981)
C187 = ilo(187, "Promotional Framework for Occupational Safety and Health Convention", 2006)
C190 = ilo(190, "Violence and Harassment Convention", 2019)
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol", "2014 Protocol to the Forced Labour Convention"])
FPRW = ("resolution on the inclusion of a safe and healthy working environment in the ILO's framework of fundamental principles and rights at work",
        ["resolution adding a safe and healthy working environment to the fundamental principles and rights at work"])
# Membership since 1992, the summary counts and the abrogated instrument: nothing.
Q1 = "The Forced Labour Convention, 1930 (No. 29) and the Abolition of Forced Labour Convention were ratified by Uzbekistan in 1992 and 1997 respectively."
R(d, UZ, RATIFIED, C029, "1992", Q1, alt=["C029 - Forced Labour Convention, 1930 (No. 29) 13 Jul 1992 In Force"])
R(d, UZ, RATIFIED, C105, "1997", Q1, alt=["C105 - Abolition of Forced Labour Convention, 1957 (No. 105) 15 Dec 1997 In Force"])
R(d, UZ, RATIFIED, C087, "2016-12",
  "Uzbekistan's ratification of the Freedom of Association and Protection of the Right to Organise Convention in December 2016",
  alt=["to Organise Convention, 1948 (No. 87) 12 Dec 2016 In Force"])
R(d, UZ, RATIFIED, C098, "1992-07-13", "Convention, 1949 (No. 98) 13 Jul 1992 In Force")
R(d, UZ, RATIFIED, C100, "1992-07-13", "C100 - Equal Remuneration Convention, 1951 (No. 100) 13 Jul 1992 In Force")
R(d, UZ, RATIFIED, C111, "1992-07-13", "Convention, 1958 (No. 111) 13 Jul 1992 In Force")
R(d, UZ, RATIFIED, C138, "2009-06-24", "C138 - Minimum Age Convention, 1973 (No. 138) 24 Jun 2009 In Force")
R(d, UZ, RATIFIED, C182, "2008-06-24", "C182 - Worst Forms of Child Labour Convention, 1999 (No. 182) 24 Jun 2008 In Force")
R(d, UZ, RATIFIED, C081, "2019-08-21", "C081 - Labour Inspection Convention, 1947 (No. 81) 21 Aug 2019 In Force")
R(d, UZ, RATIFIED, C129, "2019-08-21", "C129 - Labour Inspection (Agriculture) Convention, 1969 (No. 129) 21 Aug 2019 In Force")
R(d, UZ, RATIFIED, C144, "2019-08-21", "Standards) Convention, 1976 (No. 144) 21 Aug 2019 In Force")
R(d, UZ, NOTRATIFIED, P029, None, "Uzbekistan has not ratified the Protocol of 2014 to the Forced Labour Convention, 1930", negated=True,
  alt=["the Government indicated that it intends to ratify the Protocol \"in the near future\""])
R(d, ["International Labour Conference", "ILC"], ADOPTED, FPRW, "2022-06", "In June 2022 the International Labour Conference, at its 110th Session, adopted a resolution", required=False)
RL(d, [UZ], NOTRATIFIED, C155, None, "Uzbekistan has ratified neither.", negated=True)
R(d, UZ, NOTRATIFIED, C187, None, "Uzbekistan has ratified neither.", negated=True)
QCE = ("encouraged the Government to consider ratifying Convention No. 155 and the Violence and Harassment Convention, 2019 (No. 190)")
R(d, ["Committee of Experts on the Application of Conventions and Recommendations", "CEACR", "ILO Committee of Experts"], "called-for", C155, "2022", QCE)
R(d, ["Committee of Experts on the Application of Conventions and Recommendations", "CEACR", "ILO Committee of Experts"], "called-for", C190, "2022", QCE)
# Third-Party Monitoring (a programme), the Decent Work Country Programme "signed" (a programme, tripartite, with the ILO), and the
# submission of C190 to the Oliy Majlis (domestic): nothing.

# ===================== 13 (think-tank fact sheet: WMD treaties in the Middle East, Egypt, Iran, Israel and Syria, updated May 2015) =====================
d = "13.txt"
AP = ("Additional Protocol to Iran's safeguards agreement with the IAEA", ["Additional Protocol", "IAEA Additional Protocol"])
RES95 = ("1995 Resolution on the Middle East", ["Resolution on the Middle East"])
R6978 = ("resolution 69/78, The risk of nuclear proliferation in the Middle East", ["resolution 69/78", "A/RES/69/78"])
FRAME = ("Framework for Elimination of Syrian Chemical Weapons", ["US-Russian Framework", "US-Russia Framework"])
R2118 = ("Security Council resolution 2118 (2013)", ["resolution 2118", "S/RES/2118"])
BWC13 = ("Biological Weapons Convention", ["BWC"])
CWC13 = ("Chemical Weapons Convention", ["CWC"])
R(d, "Egypt", "signed", NPT, "1968-07-01", "Egypt signed the NPT on 1 July 1968, the day it opened for signature")
R(d, "Egypt", RATIFIED, NPT, "1981-02-26", "but did not ratify it until 26 February 1981")
R(d, "Iran", RATIFIED, NPT, "1970-02-02", "Iran ratified the Treaty on 2 February 1970")
R(d, "Syria", RATIFIED, NPT, "1969-09-24", "Syria on 24 September 1969")
R(d, "Israel", "signed", NPT, None, "Israel has never signed the NPT", negated=True)
R(d, "Israel", NOTBOUND, NPT, None, "Israel has never signed the NPT and is one of only four UN Member States outside it", negated=True)
RL(d, ["India", "Pakistan", "South Sudan"], NOTBOUND, NPT, None, "(with India, Pakistan and South Sudan;", negated=True)
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None, "the DPRK announced its withdrawal in 2003", negated=True)
R(d, "Iran", "signed", AP, "2003-12-18", "Iran signed an Additional Protocol to its safeguards agreement with the IAEA on 18 December 2003")
R(d, "Iran", NOTRATIFIED, AP, None, "but the Majlis never ratified it", negated=True, alt=["Iran would again apply the Additional Protocol provisionally and seek its ratification"])
# Provisional application, the Lausanne parameters (Lausanne is the venue): nothing.
R(d, ["NPT Review and Extension Conference", "1995 NPT Review and Extension Conference"], ADOPTED, RES95, "1995",
  "The 1995 Resolution on the Middle East, adopted by the NPT Review and Extension Conference", required=False)
# The 2015 Review Conference's lack of a final document and the objections to the draft (a draft, not an instrument): nothing.
R(d, "Israel", "supported", R6978, "2014-12", "At the General Assembly in December 2014, Israel voted against resolution 69/78", negated=True)
RL(d, ["Egypt", "Iran", "Syria"], "supported", R6978, "2014-12", "Egypt, Iran and Syria voted in favour.")
R(d, GA, "called-for", NPT, "2014-12", "which calls on Israel to accede to the NPT without further delay", required=False)
# "eight Annex 2 states" (a group): nothing.
R(d, "Egypt", "signed", CTBT, "1996-09-14", "Egypt and Iran signed the Treaty on 14 and 24 September 1996 respectively")
R(d, "Iran", "signed", CTBT, "1996-09-24", "Egypt and Iran signed the Treaty on 14 and 24 September 1996 respectively")
R(d, "Israel", "signed", CTBT, "1996-09-25", "Israel signed on 25 September 1996.")
RL(d, ["Egypt", "Iran", "Israel"], NOTRATIFIED, CTBT, None, "None of the three has ratified.", negated=True)
R(d, "Syria", "signed", CTBT, None, "Syria has not signed.", negated=True)
R(d, ["CTBTO Executive Secretary", "Lassina Zerbo", "CTBTO"], "called-for", CTBT, None,
  "has repeatedly urged the remaining Annex 2 states to ratify the Treaty")
R(d, "Iran", RATIFIED, CWC13, "1997-11-03", "Iran ratified the Chemical Weapons Convention (CWC) on 3 November 1997.")
R(d, "Israel", "signed", CWC13, "1993-01-13", "Israel signed it on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC13, None, "Israel signed it on 13 January 1993 but has not ratified it.", negated=True)
R(d, "Egypt", "signed", CWC13, None, "Egypt has neither signed nor acceded", negated=True)
R(d, "Egypt", JOINED, CWC13, None, "Egypt has neither signed nor acceded", negated=True)
R(d, "Syria", ACCEDED, CWC13, "2013-09-14", "Syria's accession - deposited on 14 September 2013", alt=["made it the 190th State Party"])
RL(d, ["United States", "Russian Federation"], ["adopted", "endorsed", "signed"], FRAME, "2013-09-14",
   "under the US-Russian Framework for Elimination of Syrian Chemical Weapons agreed in Geneva that day", required=False)
R(d, UNSC, ADOPTED, R2118, "2013", "Security Council resolution 2118 (2013) set the timetable for destruction", required=False)
# The OPCW Executive Council decision and the destruction of stocks: implementation, nothing.
R(d, "Iran", RATIFIED, BWC13, "1973", "Iran ratified the Biological Weapons Convention (BWC) in 1973.")
RL(d, ["Egypt", "Syria"], "signed", BWC13, "1972", "Egypt and Syria both signed it in 1972")
RL(d, ["Egypt", "Syria"], NOTRATIFIED, BWC13, None, "Egypt and Syria both signed it in 1972 but neither has ratified.", negated=True)
R(d, "Israel", "signed", BWC13, None, "Israel has not signed the BWC.", negated=True)
# The status table repeats the prose; the NPT depositaries and Egypt's hosting of seminars: nothing.

# ===================== 14 (SPICe briefing 21-19, the UK's international commitments on children's rights, 24 March 2021) =====================
d = "14.txt"
UK = "United Kingdom"
UNCRC = ("UN Convention on the Rights of the Child", ["UNCRC", "Convention on the Rights of the Child", "CRC"])
OPAC = ("Optional Protocol on the involvement of children in armed conflict", ["OPAC", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"])
OPSC14 = ("Optional Protocol on the sale of children, child prostitution and child pornography", ["OPSC"])
OPIC14 = ("Optional Protocol on a communications procedure", ["OPIC", "third Optional Protocol", "Optional Protocol to the Convention on the Rights of the Child on a communications procedure"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", ["Lanzarote Convention"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
HAGUE96 = ("1996 Hague Convention on Parental Responsibility and Protection of Children", ["1996 Hague Convention", "Hague Child Protection Convention"])
ESCR = ("European Social Charter (Revised)", ["Revised European Social Charter", "Revised Charter"])
ESC61 = ("1961 European Social Charter", ["1961 Charter", "European Social Charter of 1961"])
R(d, UK, "signed", UNCRC, "1990-04-19", "The United Kingdom signed the UN Convention on the Rights of the Child (UNCRC) on 19 April 1990")
R(d, UK, RATIFIED, UNCRC, "1991-12-16", "ratified it on 16 December 1991")
# Entry into force for the UK; the reservations and their withdrawal; the Incorporation Bill ("passed last week", domestic); the
# possible Supreme Court reference; the Welsh Measure: nothing.
R(d, UK, "signed", OPAC, "2000-09-07", "signed by the UK on 7 September 2000")
R(d, UK, RATIFIED, OPAC, "2003-06-24", "signed by the UK on 7 September 2000 and ratified on 24 June 2003")
# The OPAC declaration on recruitment age: nothing.
R(d, UK, "signed", OPSC14, "2000-09-07", "(OPSC): signed on 7 September 2000")
R(d, UK, RATIFIED, OPSC14, "2009-02-20", "ratified on 20 February 2009")
R(d, UK, "signed", OPIC14, None, "the UK has not signed", negated=True)
R(d, UK, NOTRATIFIED, OPIC14, None, "\"has no plans to sign or ratify\" the third Optional Protocol", negated=True)
R(d, ["UN Committee on the Rights of the Child", "Committee on the Rights of the Child"], "called-for", OPIC14, "2016",
  "the UN Committee on the Rights of the Child recommended that the State party ratify the Optional Protocol on a communications procedure")
R(d, ["UK Children's Commissioners", "Children's Commissioners"], "called-for", OPIC14, None,
  "The four UK Children's Commissioners have made the same call in their joint reports.")
R(d, UK, "signed", LANZ, "2008", "the UK signed in 2008", alt=["Lanzarote Convention 05/05/2008 20/06/2018"])
R(d, UK, RATIFIED, LANZ, "2018-06-20", "ratified it on 20 June 2018")
R(d, UK, "signed", IST, "2012-06-08", "signed by the UK on 8 June 2012")
R(d, UK, NOTRATIFIED, IST, None, "The UK has not yet ratified", negated=True,
  alt=["the Home Office has said that ratification will follow once extraterritorial jurisdiction provisions are in force across the UK"])
R(d, UK, RATIFIED, HAGUE96, "2012-07-27", "the UK ratified on 27 July 2012")
R(d, UK, "signed", HAGUE96, "2003-04-01", "(signed 1 April 2003)")
R(d, UK, "signed", ESCR, "1997-11-07", "the UK signed on 7 November 1997")
R(d, UK, NOTRATIFIED, ESCR, None, "the UK signed on 7 November 1997 but has not ratified it", negated=True)
R(d, UK, PARTY, ESC61, None, "remains bound by the 1961 Charter instead")

# ===================== 15 (Kazakhstan MFA web page: treaty commitments on nuclear disarmament and non-proliferation, Astana, 29 August 2022) =====================
d = "15.txt"
D = "2022-08-29"
LISBON = ("Lisbon Protocol to the Treaty on the Reduction and Limitation of Strategic Offensive Arms", ["Lisbon Protocol", "Lisbon Protocol to the START Treaty"])
R6435 = ("General Assembly resolution 64/35", ["resolution 64/35", "A/RES/64/35", "International Day against Nuclear Tests resolution"])
NSA = ("Protocol on negative security assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
       ["Protocol to the Central Asian zone treaty", "CANWFZ Protocol", "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia"])
APKZ = ("Kazakhstan's Additional Protocol to its comprehensive safeguards agreement with the IAEA", ["Additional Protocol"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
CPPNMA = ("2005 Amendment to the Convention on the Physical Protection of Nuclear Material", ["Amendment to the CPPNM", "CPPNM Amendment", "A/CPPNM"])
HSA = ("Host State Agreement between Kazakhstan and the IAEA on the IAEA Low Enriched Uranium Bank", ["Host State Agreement", "LEU Bank Host State Agreement"])
VDAP = ("Vienna Declaration and Action Plan", ["Vienna Declaration", "Vienna Action Plan"])
UDNWF = ("Universal Declaration on the Achievement of a Nuclear-Weapon-Free World", ["Universal Declaration for the Achievement of a Nuclear-Weapon-Free World", "resolution 70/57"])
KZ = "Kazakhstan"
# The 1991 decree closing the Semipalatinsk test site: domestic, nothing.
RL(d, ["Kazakhstan", "Belarus", "Russian Federation", "Ukraine", "United States"], "signed", LISBON, "1992-05-23",
   "On 23 May 1992, Kazakhstan, together with Belarus, Russia, Ukraine and the United States, signed the Lisbon Protocol")
# "undertook to join the NPT" (1992): the later accession is recorded; the three republics' undertaking is optional.
RL(d, ["Belarus", "Ukraine"], NOTBOUND, NPT, None, "by which the three former Soviet republics undertook to join the NPT as non-nuclear-weapon States",
   negated=True, required=False)
R(d, KZ, ACCEDED, NPT, "1994-02-14", "Kazakhstan acceded to the Treaty on the Non-Proliferation of Nuclear Weapons on 14 February 1994.")
R(d, KZ, "signed", CTBT, "1996-09-30", "Kazakhstan signed the Comprehensive Nuclear-Test-Ban Treaty (CTBT) on 30 September 1996")
R(d, KZ, RATIFIED, CTBT, "2002-05-14", "ratified it on 14 May 2002")
R(d, GA, ADOPTED, R6435, "2009-12-02", "General Assembly resolution 64/35, initiated by Kazakhstan and adopted unanimously on 2 December 2009")
R(d, KZ, "co-sponsored", R6435, None, "initiated by Kazakhstan", required=False)
R(d, KZ, "signed", CANWFZ, "2006-09-08", "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed at Semipalatinsk on 8 September 2006.", required=False)
R(d, KZ, RATIFIED, CANWFZ, "2009", "Kazakhstan ratified it in 2009.")
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", NSA, "2014-05-06",
   "was signed by the five nuclear-weapon States - China, France, Russia, the United Kingdom and the United States - in New York on 6 May 2014")
# "Four of them have since ratified it" does not say which four: nothing. The Senate submission: domestic.
R(d, "United States", NOTRATIFIED, NSA, None, "the United States has yet to do so", negated=True)
R(d, KZ, "signed", APKZ, "2004-02-06", "was signed on 6 February 2004")
# Its entry into force (9 May 2007): nothing.
R(d, KZ, RATIFIED, ICSANT, "2008", "Kazakhstan ratified the International Convention for the Suppression of Acts of Nuclear Terrorism in 2008")
R(d, KZ, RATIFIED, CPPNMA, "2011", "the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material in 2011")
RL(d, ["Kazakhstan", ["IAEA", "International Atomic Energy Agency"]], "signed", HSA, "2015-08-27",
   "The Host State Agreement between Kazakhstan and the IAEA on the IAEA Low Enriched Uranium Bank was signed in Astana on 27 August 2015")
# Hosting the LEU Bank (Ulba), first deliveries: nothing.
R(d, KZ, "signed", TPNW, "2018-03-02", "Kazakhstan signed the Treaty on the Prohibition of Nuclear Weapons (TPNW) on 2 March 2018.")
R(d, KZ, RATIFIED, TPNW, "2019-08-29", "Three years ago today, Kazakhstan deposited its instrument of ratification", alt=["becoming the 26th State Party"])
R(d, ["First Meeting of States Parties", "First Meeting of States Parties to the TPNW"], ADOPTED, VDAP, "2022-06",
  "the First Meeting of States Parties in Vienna, which adopted the Vienna Declaration and Action Plan")
# Participation in, and chairing, the Meetings; Vienna and New York (venues): nothing.
R(d, GA, ADOPTED, UDNWF, "2015-12-07", "adopted by the General Assembly in resolution 70/57 on 7 December 2015")
R(d, KZ, "co-sponsored", UDNWF, None, "Kazakhstan also initiated the Universal Declaration on the Achievement of a Nuclear-Weapon-Free World", required=False)
R(d, KZ, "called-for", CTBT, D, "Kazakhstan calls on all States that have not yet done so to sign and ratify the CTBT without delay")
R(d, KZ, "called-for", TPNW, D, "urges all States to join the TPNW")
R(d, KZ, "called-for", NSA, D, "We also call on the United States to complete the ratification of the Protocol to the Central Asian zone treaty.")

# ===================== 16 (OHCHR Regional Office for Central Asia fact sheet: ratification of human rights treaties, status at 1 February 2026, Bishkek, 9 February 2026) =====================
d = "16.txt"
D = "2026-02-09"
CA5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
QALL = "All five Central Asian States are parties to the International Covenant on Civil and Political Rights and to the Convention against Torture."
RL(d, CA5, PARTY, ICCPR, None, QALL)
RL(d, CA5, PARTY, CAT, None, QALL)
# Reporting and reviews by the treaty bodies: nothing.
R(d, "Turkmenistan", ACCEDED, CRPD, "2008-09-04", "Turkmenistan acceded 4 Sep 2008")
R(d, "Kazakhstan", RATIFIED, CRPD, "2015-04-21", "Kazakhstan ratified 21 Apr 2015")
R(d, "Kyrgyzstan", RATIFIED, CRPD, "2019-05-16", "Kyrgyzstan ratified 16 May 2019")
R(d, "Uzbekistan", RATIFIED, CRPD, "2021-06-28", "Uzbekistan ratified 28 Jun 2021")
R(d, "Tajikistan", "signed", CRPD, "2018-03-22", "Tajikistan signed the CRPD on 22 March 2018")
R(d, "Tajikistan", NOTRATIFIED, CRPD, None, "Tajikistan signed the CRPD on 22 March 2018 but has not ratified it.", negated=True)
# The draft law presented to the Majlisi Oli "in July last year" (2025): domestic, nothing.
R(d, "Kazakhstan", RATIFIED, OPCAT, "2008-10-22", "Kazakhstan ratified the Optional Protocol to the Convention against Torture (OPCAT) on 22 October 2008")
R(d, "Kyrgyzstan", ACCEDED, OPCAT, "2008-12", "Kyrgyzstan acceded to it in December of the same year")
QNP = "Tajikistan, Turkmenistan and Uzbekistan are not parties."
R(d, "Tajikistan", NOTBOUND, OPCAT, None, QNP, negated=True, alt=["Tajikistan noted similar recommendations in its own review"])
R(d, "Turkmenistan", NOTBOUND, OPCAT, None, QNP, negated=True)
R(d, "Uzbekistan", NOTBOUND, OPCAT, None, QNP, negated=True, alt=["Uzbekistan supported recommendations to accede to OPCAT"])
R(d, "Kazakhstan", ACCEDED, ICPPED, "2009-02",
  "Kazakhstan acceded to the International Convention for the Protection of All Persons from Enforced Disappearance in February 2009.")
RL(d, ["Kyrgyzstan", "Tajikistan", "Turkmenistan"], NOTBOUND, ICPPED, None, "None of the other four is a party.", negated=True, required=False)
# "Earlier this year" against the 9 February 2026 date line; "at a ceremony in New York" is the venue.
R(d, "Turkmenistan", "signed", ICPPED, "2026", "Earlier this year, Turkmenistan signed the Convention at a ceremony in New York.")
R(d, "Uzbekistan", NOTBOUND, ICPPED, None, "the Minister of Justice of Uzbekistan announced his country's intention to accede to that Convention", negated=True,
  alt=["None of the other four is a party."])
QMW = ("Tajikistan and Kyrgyzstan, both countries of origin of large numbers of migrant workers, ratified the International Convention on the "
       "Protection of the Rights of All Migrant Workers and Members of Their Families in 2002 and 2003 respectively.")
R(d, "Tajikistan", RATIFIED, ICRMW, "2002", QMW)
R(d, "Kyrgyzstan", RATIFIED, ICRMW, "2003", QMW)
R(d, "Kazakhstan", "signed", ICRMW, None, "Kazakhstan, a country of destination, has not signed it.", negated=True)
QST = ("Turkmenistan acceded to the 1954 Convention relating to the Status of Stateless Persons in 2011 and to the 1961 Convention on the "
       "Reduction of Statelessness in 2012.")
R(d, "Turkmenistan", ACCEDED, STL54, "2011", QST)
R(d, "Turkmenistan", ACCEDED, STL61, "2012", QST)
# Kyrgyzstan's resolution of statelessness cases under the #IBelong campaign: not a treaty action.
R(d, "Kyrgyzstan", ACCEDED, OP2, "2010-12", "Kyrgyzstan's accession to the Second Optional Protocol to the ICCPR in December 2010")
R(d, "Kazakhstan", RATIFIED, OP2, "2022-03-24", "Kazakhstan's ratification of the Protocol on 24 March 2022")
QOP2 = "Uzbekistan, which abolished the death penalty in 2008, and Turkmenistan, in 1999, acceded in 2008 and 2000 respectively."
R(d, "Uzbekistan", ACCEDED, OP2, "2008", QOP2)
R(d, "Turkmenistan", ACCEDED, OP2, "2000", QOP2)
R(d, "Tajikistan", NOTBOUND, OP2, None, "Tajikistan maintains a moratorium but is not a party to the Protocol.", negated=True)
HC = ["UN High Commissioner for Human Rights", "High Commissioner", "OHCHR"]
R(d, HC, "called-for", OPCAT, D, "The High Commissioner calls on Tajikistan, Turkmenistan and Uzbekistan to ratify the Optional Protocol to the Convention against Torture")
R(d, HC, "called-for", ICRMW, D, "on Kazakhstan, Turkmenistan and Uzbekistan to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
# Support to NHRIs as national preventive mechanisms: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
