#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (05, 11, 16) and three are saved HTML pages (03, 08, 13);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: the UN human rights treaties and their optional protocols, 2014-2026: an OHCHR Treaty Event release, treaty-body
press releases (the Subcommittee on Prevention of Torture with the Committee against Torture, the Committee on Enforced
Disappearances), UNICEF, UN Women and UNFPA country and regional office releases (CRC protocols in the Pacific, CEDAW and its
Optional Protocol in the Arab States, the Maputo Protocol in Madagascar), a national human rights institution's statement
(Ireland), Council of Europe Istanbul Convention news and a tracker, a news wire item on Latvia's aborted withdrawal, ILO
news on Conventions No. 190 and No. 189, a Third Committee recorded vote on the death-penalty moratorium, Human Rights
Council UPR outcomes, a foreign ministry's accession notice (Uzbekistan, OPCAT), an explainer on the Migrant Workers
Convention and a quarterly round-up.

Conventions of this corpus (on top of the READMEs' rules):
- A deposited instrument of ratification is `ratified`, of accession `acceded`; the EU's approval is ACCEPTED. "Became the
  Nth State party" stated with the deposit is the same act (the action lists accept `party`); a separate "thereby becomes
  the Nth State party" sentence is an optional `party` record.
- "Signed but not ratified" / "signatory that has yet to ratify" gives an affirmed `signed` record and a negated
  NOTRATIFIED record; "neither signed nor ratified" gives both negated.
- Plans, expectations, "is studying / considering", Cabinet or parliamentary approval awaiting deposit, a UPR
  recommendation to ratify that the State "supported" or "noted", and "intends to" are negated records without a date.
  A Government's "commits ... to ratify" is in addition an optional `committed` record.
- Withdrawal from a treaty (done or announced) is a negated `party` record and optional (the earlier ratification is
  recorded as stated). Withdrawing or reviewing a reservation gives nothing.
- Calls to sign, ratify, accede or join are the caller's `called-for`, dated by the statement; a treaty body's
  recommendation that a named State ratify is its `called-for`. The addressees get no record. A call in a draft only
  approved in committee ("the Assembly would call upon") is planned, hence negated.
- Votes: in favour `supported`; against, abstaining or absent `supported` negated with the vote's date. Main sponsors
  and States that "presented" a resolution are `co-sponsored`, undated. Votes on amendments give nothing.
- Nothing for: depositaries, hosts and venues, handing over an instrument on another's behalf, entry into force,
  domestic steps (laws authorising ratification, parliamentary votes, court rulings), national preventive mechanisms and
  other implementation, treaty-body reviews and visits, donors and funds, working groups drafting a future protocol,
  welcoming or congratulating another actor's act, counts of unnamed States.
- Dates: "today", "yesterday", weekdays, "last July", "this week", "the same day" resolve against the document's date
  or the event's date; arithmetic such as "thirteen years after signing" in a dated entry resolves to a year.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# A negated accession ("noted recommendations to accede", "studying accession"): the naive reading is `acceded`.
NOTACCEDED = ["acceded", "party", "ratified"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Viet Nam", "Syria", "Türkiye", "State of Palestine", "Czechia", "Côte d'Ivoire", "Marshall Islands",
          "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas", "Kyrgyzstan", "Tajikistan", "Uzbekistan",
          "Kazakhstan", "Micronesia", "Fiji", "Samoa", "Kenya", "Gambia", "Congo", "Brunei Darussalam", "Thailand",
          "Timor-Leste", "South Sudan", "Ghana", "Mexico", "Colombia", "Guinea", "Saudi Arabia", "China", "Egypt", "Sudan",
          "Chile", "Somalia", "Burundi", "Uganda", "Bangladesh", "Papua New Guinea", "Germany", "Cook Islands", "Kiribati"),
    "Slovakia": ["Slovakia", "Slovak Republic", "the Slovak Republic"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Palau": ["Palau", "Republic of Palau"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Ireland": ["Ireland"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Bhutan": ["Bhutan", "Kingdom of Bhutan"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Poland": ["Poland", "Republic of Poland"],
    "Ukraine": ["Ukraine"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Chad": ["Chad", "Republic of Chad"],
    "Turkmenistan": ["Turkmenistan"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- actors: bodies, offices, organisations ----
HC = ["UN High Commissioner for Human Rights", "High Commissioner for Human Rights", "Volker Türk", "OHCHR", "UN Human Rights Office"]
SPT = ["UN Subcommittee on Prevention of Torture", "Subcommittee on Prevention of Torture", "SPT"]
CATC = ["UN Committee against Torture", "Committee against Torture"]
SRT = ["UN Special Rapporteur on torture", "Special Rapporteur on torture", "Alice Jill Edwards"]
BOT = ["Board of Trustees of the United Nations Voluntary Fund for Victims of Torture", "Board of Trustees of the Voluntary Fund for Victims of Torture",
       "United Nations Voluntary Fund for Victims of Torture"]
CED = ["UN Committee on Enforced Disappearances", "Committee on Enforced Disappearances", "CED"]
WGEID = ["UN Working Group on Enforced or Involuntary Disappearances", "Working Group on Enforced or Involuntary Disappearances", "WGEID"]
CRCC = ["UN Committee on the Rights of the Child", "Committee on the Rights of the Child"]
CEDAWC = ["UN Committee on the Elimination of Discrimination against Women", "CEDAW Committee", "Committee on the Elimination of Discrimination against Women"]
CMW = ["UN Committee on Migrant Workers", "Committee on Migrant Workers",
       "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families"]
HRC = ["UN Human Rights Council", "Human Rights Council"]
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
ILODG = ["ILO Director-General", "Director-General of the International Labour Office", "Gilbert F. Houngbo", "International Labour Organization", "ILO"]
AUA = ["Assembly of the African Union", "African Union", "AU Assembly"]
LAS = ["League of Arab States", "Arab League"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe Committee of Ministers", "Council of Europe"]
COESG = ["Secretary General of the Council of Europe", "Council of Europe Secretary General", "Marija Pejčinović Burić", "Council of Europe"]
EC = ["European Commission"]
EP = ["European Parliament"]
IHREC = ["Irish Human Rights and Equality Commission", "IHREC"]
UNICEFP = ["UNICEF Pacific", "UNICEF", "UNICEF Pacific Multi-Country Office"]
UNW = ["UN Women", "UN Women Regional Office for the Arab States", "United Nations Entity for Gender Equality and the Empowerment of Women"]
UNFPA = ["UNFPA", "UNFPA Madagascar", "United Nations Population Fund"]
ITUC = ["International Trade Union Confederation", "ITUC"]
IOE = ["International Organisation of Employers", "IOE"]
EESC = ["European Economic and Social Committee", "EESC"]

# ---- instruments ----
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "UNCAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance",
          ["Convention on Enforced Disappearance", "Enforced Disappearance Convention", "ICPPED", "CPED"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
        ["Optional Protocol on a communications procedure", "OPIC", "OP3-CRC", "third Optional Protocol to the Convention on the Rights of the Child"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol to the ICCPR", "Second Optional Protocol", "OP2-ICCPR"])
OPESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["Optional Protocol to the ICESCR", "OP-ICESCR"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        ["Optional Protocol on the involvement of children in armed conflict", "OPAC"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ["Optional Protocol on the sale of children, child prostitution and child pornography", "OPSC"])
# The CRC's protocols named as a set ("its two Optional Protocols"): one record, accepting either protocol's name.
CRCOPS = ("Optional Protocols to the Convention on the Rights of the Child",
          ["two Optional Protocols", "Optional Protocols to the Convention", "Optional Protocol on the involvement of children in armed conflict",
           "Optional Protocol on the sale of children, child prostitution and child pornography"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
           ["Optional Protocol to CEDAW", "OP-CEDAW", "CEDAW Optional Protocol"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
OP1 = ("First Optional Protocol to the International Covenant on Civil and Political Rights", ["Optional Protocol to the International Covenant on Civil and Political Rights", "OP1-ICCPR", "First Optional Protocol"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
COVS = ("International Covenants", ["two International Covenants", "International Covenant on Civil and Political Rights",
                                    "International Covenant on Economic, Social and Cultural Rights"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "CETS No. 210", "Council of Europe Istanbul Convention"])
TRAF = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["Anti-Trafficking Convention", "CETS No. 197"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Violence and Harassment Convention", "Convention No. 190", "C190", "ILO Convention No. 190"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Domestic Workers Convention", "Convention No. 189", "C189"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["Forced Labour Protocol", "P029"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
AFDP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
        ["African Disability Protocol", "Protocol on the Rights of Persons with Disabilities in Africa"])
ARAB = ("Arab Charter on Human Rights", ["Arab Charter"])
DECL92 = ("Declaration on the Protection of All Persons from Enforced Disappearance", ["1992 Declaration"])


# ===================== 01 (OHCHR press release, Treaty Event 2025, Friday 26 September 2025) =====================
d = "01.txt"
D = "2025-09-26"
TUE, WED, THU = "2025-09-23", "2025-09-24", "2025-09-25"
R(d, HC, "called-for", OPCAT, D, "I urge all States that have not yet done so to ratify the Optional Protocol to the Convention against Torture")
R(d, HC, "called-for", ICPPED, D,
  "I urge all States that have not yet done so to ratify the Optional Protocol to the Convention against Torture and the Convention on Enforced Disappearance")
# The Secretary-General as depositary: nothing. "Nineteen States took 20 actions": unnamed.
R(d, "Sierra Leone", RATIFIED, ICPPED, TUE,
  "Sierra Leone became the 77th State party to the International Convention for the Protection of All Persons from Enforced Disappearance on Tuesday",
  alt=["Sierra Leone – International Convention for the Protection of All Persons from Enforced Disappearance (ratification)"])
R(d, "Gambia", ACCEDED, OPCAT, TUE, "the Gambia acceded to the Optional Protocol to the Convention against Torture",
  alt=["Gambia – Optional Protocol to the Convention against Torture (accession)"])
RL(d, ["Côte d'Ivoire", "Liberia", "Madagascar"], "signed", OPIC, TUE,
   "Côte d'Ivoire, Liberia and Madagascar signed the Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
   alt=["Côte d'Ivoire, Liberia, Madagascar – Optional Protocol on a communications procedure (signature)"])
R(d, "Fiji", ACCEDED, OP2, WED, "Wednesday brought Fiji's accession to the Second Optional Protocol to the International Covenant on Civil and Political Rights",
  alt=["Fiji – Second Optional Protocol to the ICCPR (accession)"])
R(d, "Ghana", RATIFIED, OPESCR, WED,
  "the ratification by Ghana of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
  alt=["Ghana – Optional Protocol to the ICESCR (ratification)"])
R(d, "Ghana", "signed", OPESCR, "2009", "which it had signed in 2009")
R(d, "Samoa", RATIFIED, OPCRPD, THU,
  "On Thursday, Samoa deposited an instrument of ratification of the Optional Protocol to the Convention on the Rights of Persons with Disabilities",
  alt=["Samoa – Optional Protocol to the CRPD (ratification)"])
R(d, "Tajikistan", RATIFIED, CRPD, THU, "Tajikistan ratified the Convention on the Rights of Persons with Disabilities itself",
  alt=["Tajikistan – Convention on the Rights of Persons with Disabilities (ratification)"])
R(d, "Tajikistan", "signed", CRPD, "2018-03-22", "which it signed on 22 March 2018")
R(d, "Nepal", "signed", ICRMW, D,
  "Nepal signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families on Friday morning",
  alt=["Nepal – Migrant Workers Convention (signature)"])
# The rest of the day-by-day list: dated by its day heading.
R(d, "Angola", RATIFIED, OPIC, TUE, "Angola – Optional Protocol on a communications procedure (ratification)")
R(d, "Timor-Leste", "signed", OPCAT, TUE, "Timor-Leste – Optional Protocol to the Convention against Torture (signature)")
R(d, "Montenegro", RATIFIED, OPESCR, WED, "Montenegro – Optional Protocol to the ICESCR (ratification)")
R(d, "Guatemala", RATIFIED, OPIC, WED, "Guatemala – Optional Protocol on a communications procedure (ratification)")
R(d, "Zambia", RATIFIED, OPCAT, WED, "Zambia – Optional Protocol to the Convention against Torture (ratification)")
R(d, "Palau", RATIFIED, CAT, THU, "Palau – Convention against Torture (ratification)")
R(d, "Tonga", RATIFIED, CRPD, THU, "Tonga – Convention on the Rights of Persons with Disabilities (ratification)")
R(d, "Kyrgyzstan", "signed", OPCRPD, THU, "Kyrgyzstan – Optional Protocol to the CRPD (signature)")
R(d, "Armenia", RATIFIED, OPCRPD, D, "Armenia – Optional Protocol to the CRPD (ratification)")
R(d, "Madagascar", RATIFIED, ICPPED, D, "Madagascar – International Convention for the Protection of All Persons from Enforced Disappearance (ratification)")
R(d, "Thailand", "signed", ICPPED, "2012", "Thailand, which signed the Enforced Disappearance Convention in 2012")
R(d, "Thailand", NOTRATIFIED, ICPPED, None, "its instrument of ratification would be deposited \"before the end of the year\"", negated=True)
# Belgium and Costa Rica co-hosting a side event: nothing. Indonesia's parliamentary approval is domestic; the deposit is awaited.
R(d, "Indonesia", NOTRATIFIED, ICPPED, None,
  "Indonesia said its parliament had approved ratification of the same Convention last month; the instrument has yet to be deposited", negated=True)
RL(d, ["Malaysia", "Myanmar"], NOTBOUND, CAT, None,
   "Neither Malaysia nor Myanmar, both of which sent delegations to the event, is a party to the Convention against Torture", negated=True)
R(d, "Brunei Darussalam", "signed", CAT, "2015", "Brunei Darussalam, a signatory since 2015")
R(d, "Brunei Darussalam", NOTRATIFIED, CAT, None, "Brunei Darussalam, a signatory since 2015, has yet to ratify it", negated=True)
R(d, "Sweden", "signed", OPIC, None, "Sweden said it was considering signing the Optional Protocol on a communications procedure", negated=True)
R(d, "United States", "signed", CRC, "1995", "the United States signed the Convention on the Rights of the Child in 1995")
R(d, "United States", NOTRATIFIED, CRC, None, "remains the only UN Member State that has not ratified it", negated=True)

# ===================== 02 (UNICEF Pacific media release, CRC at 35, Suva, 20 November 2024) =====================
d = "02.txt"
D = "2024-11-20"
R(d, UNICEFP, "called-for", CRCOPS, D,
  "UNICEF Pacific called on Pacific Island Countries to complete ratification of the Optional Protocols to the Convention")
PIC14 = ["Cook Islands", "Micronesia", "Fiji", "Kiribati", "Nauru", "Niue", "Palau", "Papua New Guinea", "Marshall Islands", "Samoa",
         "Solomon Islands", "Tonga", "Tuvalu", "Vanuatu"]
RL(d, PIC14, PARTY, CRC, None,
   "The Convention has been ratified or acceded to by all 14 Pacific Island Countries covered by the office: the Cook Islands, the Federated States of "
   "Micronesia, Fiji, Kiribati, Nauru, Niue, Palau, Papua New Guinea, the Republic of the Marshall Islands, Samoa, Solomon Islands, Tonga, Tuvalu and Vanuatu.")
RL(d, ["Fiji", "Kiribati", "Samoa", "Tuvalu", "Vanuatu"], PARTY, OPAC, None, "parties – Fiji, Kiribati, Samoa, Tuvalu and Vanuatu")
RL(d, ["Nauru", "Palau"], "signed", OPAC, None, "signed, not ratified – Nauru and Palau")
RL(d, ["Nauru", "Palau"], NOTRATIFIED, OPAC, None, "signed, not ratified – Nauru and Palau", negated=True)
RL(d, ["Cook Islands", "Solomon Islands", "Tonga"], "signed", OPAC, None, "not yet signed – the Cook Islands, Solomon Islands and Tonga", negated=True)
QOPSC = "parties – Fiji, Kiribati, the Marshall Islands, Samoa and Vanuatu (the most recent, in February 2024)"
RL(d, ["Fiji", "Kiribati", "Marshall Islands", "Samoa"], PARTY, OPSC, None, QOPSC)
R(d, "Vanuatu", PARTY, OPSC, "2024-02", QOPSC)
R(d, "Nauru", "signed", OPSC, None, "signed, not ratified – Nauru")
R(d, "Nauru", NOTRATIFIED, OPSC, None, "signed, not ratified – Nauru", negated=True)
RL(d, ["Palau", "Tuvalu"], "signed", OPSC, None, "not yet signed – Palau and Tuvalu", negated=True)
R(d, "Samoa", RATIFIED, OPIC, "2016", "Samoa, which ratified it in 2016, remains the only party in the region")
# "no other Pacific Island Country has signed it": unnamed.
R(d, UNICEFP, "called-for", OPAC, D,
  "Mr. Veitch urged Solomon Islands and Tonga, whose Cabinets have approved accession to OPAC, to deposit their instruments")
RL(d, ["Solomon Islands", "Tonga"], NOTACCEDED, OPAC, None, "whose Cabinets have approved accession to OPAC", negated=True)
R(d, CRCC, "called-for", OPIC, None, "the Committee on the Rights of the Child, which reviewed Kiribati in May, had recommended that it ratify OPIC")
R(d, "Palau", "signed", CEDAW, "2011", "Palau signed the Convention on the Elimination of All Forms of Discrimination against Women in 2011")
R(d, "Palau", NOTRATIFIED, CEDAW, None, "Palau signed the Convention on the Elimination of All Forms of Discrimination against Women in 2011 but has not ratified it",
  negated=True, alt=["leaving the two as the only Pacific Island Countries outside that Convention"])
R(d, "Tonga", "signed", CEDAW, None, "Tonga has not signed it", negated=True)
# The Pacific Community's RRRT, Australia and New Zealand funding, Fiji hosting a forum, a communiqué by "ministers from eleven
# countries" (unnamed): nothing.

# ===================== 03.html (UN Women Arab States press release, CEDAW at 45, Cairo, Wednesday 18 December 2024) =====================
d = "03.html"
D = "2024-12-18"
R(d, GA, ADOPTED, CEDAW, "1979-12-18",
  "the United Nations General Assembly adopted the Convention on the Elimination of All Forms of Discrimination against Women on 18 December 1979")
R(d, UNW, "called-for", OPCEDAW, D, "We call on every State in the region to accede to the Optional Protocol",
  alt=["the UN Women Regional Office for the Arab States today called on governments in the region to join the Convention"])
# "Twenty of the twenty-two members": unnamed.
R(d, "Sudan", NOTBOUND, CEDAW, None, "Sudan and Somalia are the only two that are not party to it.", negated=True,
  alt=["approved accession in April 2021, with reservations, but the instrument was never deposited"])
R(d, "Somalia", NOTBOUND, CEDAW, None, "Sudan and Somalia are the only two that are not party to it.", negated=True)
QGCC = ("The six Gulf Cooperation Council States joined between 1994 and 2009: Kuwait (1994), Saudi Arabia (2000), Bahrain (2002), "
        "United Arab Emirates (2004), Oman (2006) and Qatar (2009).")
for a, y in (("Kuwait", "1994"), ("Saudi Arabia", "2000"), ("Bahrain", "2002"), ("United Arab Emirates", "2004"), ("Oman", "2006"), ("Qatar", "2009")):
    R(d, a, JOINED, CEDAW, y, QGCC)
R(d, "Jordan", RATIFIED, CEDAW, "1992", "Jordan, which ratified the Convention in 1992")
# Announcing the withdrawal of a reservation (Jordan), lifting reservations (Tunisia, Morocco): nothing.
R(d, "Tunisia", PARTY, CEDAW, "1985", "Tunisia, a party to the Convention since 1985")
R(d, "Libya", ACCEDED, OPCEDAW, "2004", "Libya acceded in 2004")
R(d, "Tunisia", ACCEDED, OPCEDAW, "2008", "Tunisia acceded in 2008")
R(d, "State of Palestine", ACCEDED, OPCEDAW, "2019", "the State of Palestine acceded in 2019")
R(d, "Morocco", ACCEDED, OPCEDAW, "2022-04-22", "Morocco deposited its instrument of accession on 22 April 2022")
R(d, "Lebanon", NOTACCEDED, OPCEDAW, None,
  "Council of Ministers approved a draft law on accession to the Optional Protocol in 2023; the draft is still before Parliament", negated=True)
R(d, "Iraq", NOTACCEDED, OPCEDAW, None, "Iraq has said it is studying accession", negated=True)
RL(d, ["Algeria", "Egypt"], NOTACCEDED, OPCEDAW, None,
   "Algeria and Egypt have both indicated that they will consider the Protocol only after completing the review of their reservations to the Convention",
   negated=True)
# UN Women's programme "to prepare for accession", the Netherlands and Sweden as donors: nothing.
R(d, LAS, ADOPTED, ARAB, "2004", "The League of Arab States adopted the Arab Charter on Human Rights in 2004.")
# The Beijing+30 regional review, the panel hosted by Egypt's National Council for Women: nothing.

# ===================== 04 (treaty bodies press release, SPT and joint statement, 26 June 2024) =====================
d = "04.txt"
D = "2024-06-26"
R(d, SPT, "called-for", OPCAT, D,
  "the UN Subcommittee on Prevention of Torture (SPT) today urged the States that have signed the Optional Protocol to the Convention against Torture (OPCAT) but not yet ratified it to complete the process",
  alt=["called on all other States to accede"])
# "94 States parties", "Three have joined": counts; the three are named next.
R(d, "Côte d'Ivoire", ACCEDED, OPCAT, "2023-03-01", "Côte d'Ivoire acceded on 1 March 2023")
R(d, "Angola", RATIFIED, OPCAT, "2023-11-02", "Angola deposited its instrument of ratification on 2 November 2023")
R(d, "Sri Lanka", ACCEDED, OPCAT, "2024-02-14", "Sri Lanka's accession, long announced, was completed on 14 February 2024")
Q8 = "Eight signatories have yet to ratify the Protocol: Cameroon, Chad, Guinea, Guinea-Bissau, Ireland, Sierra Leone, Venezuela and Zambia."
EIGHT = ["Cameroon", "Chad", "Guinea", "Guinea-Bissau", "Ireland", "Sierra Leone", "Venezuela", "Zambia"]
RL(d, ["Cameroon", "Chad", "Guinea", "Guinea-Bissau", "Venezuela", "Zambia"], "signed", OPCAT, None, Q8)
R(d, "Ireland", "signed", OPCAT, "2007-10-02", "Ireland signed on 2 October 2007", alt=[Q8])
R(d, "Sierra Leone", "signed", OPCAT, "2003-09-26", "Sierra Leone on 26 September 2003", alt=[Q8])
RL(d, EIGHT, NOTRATIFIED, OPCAT, None, Q8, negated=True)
# "both have told the Subcommittee that ratification is under preparation": the same negated records.
# NPM designations, the Subcommittee's list of overdue States: implementation, nothing.
R(d, "United Kingdom", PARTY, OPCAT, "2003", "The United Kingdom, a party since 2003")
R(d, "Philippines", ACCEDED, OPCAT, "2012", "the Philippines, which acceded in 2012")
R(d, "Sudan", RATIFIED, CAT, "2021-08", "Sudan, which ratified the Convention against Torture in August 2021")
R(d, "Sudan", "signed", OPCAT, None, "has not signed the Optional Protocol", negated=True)
QJ = "called on all States that have not yet done so to ratify the Convention against Torture and its Optional Protocol"
for actor in (CATC, SRT, BOT):
    R(d, actor, "called-for", CAT, D, QJ)
    R(d, actor, "called-for", OPCAT, D, QJ)
R(d, SPT, "called-for", CAT, D, QJ)
# Declarations under articles 21 and 22: not instruments. Donors to the Voluntary Fund, visits, Rwanda: nothing.
R(d, GA, ADOPTED, OPCAT, "2002-12-18", "The Optional Protocol, adopted by the General Assembly on 18 December 2002")

# ===================== 05.md (Istanbul Convention tracker, updated 14 March 2025) =====================
d = "05.md"
R(d, COM, ADOPTED, IST, "2011-04-07", "was adopted by the Committee of Ministers on 7 April 2011")
# Opened for signature in Istanbul, entry into force, "39 Parties": nothing.
ROWS = [("Croatia", "22.01.2013", "12.06.2018"), ("Greece", "11.05.2011", "18.06.2018"), ("Luxembourg", "11.05.2011", "07.08.2018"),
        ("Ireland", "05.11.2015", "08.03.2019"), ("Liechtenstein", "10.11.2016", "17.06.2021"), ("Republic of Moldova", "06.02.2017", "14.10.2021"),
        ("Ukraine", "07.11.2011", "18.07.2022"), ("United Kingdom", "08.06.2012", "21.07.2022"), ("European Union", "13.06.2017", "28.06.2023"),
        ("Latvia", "18.05.2016", "10.01.2024")]
def iso(dmy):
    dd, mm, yy = dmy.split(".")
    return f"{yy}-{mm}-{dd}"
for a, s, r in ROWS:
    q = f"{a} | {s} | {r}"
    R(d, a, "signed", IST, iso(s), q)
    R(d, a, ACCEPTED if a == "European Union" else RATIFIED, IST, iso(r), q,
      alt=["Latvia's ratification is the most recent."] if a == "Latvia" else None)
Q6 = ("Six Council of Europe member States have signed the Convention but not ratified it: Armenia, Bulgaria, Czechia, Hungary, "
      "Lithuania and Slovakia.")
for a, date, q in (("Armenia", "2018-01-18", "Armenia signed on 18 January 2018"), ("Bulgaria", "2016-04-21", "Bulgaria signed on 21 April 2016"),
                   ("Czechia", "2016-05-02", "Czechia signed on 2 May 2016"), ("Hungary", "2014-03-14", "Hungary signed on 14 March 2014"),
                   ("Lithuania", "2013-06-07", "Lithuania signed on 7 June 2013"), ("Slovakia", "2011-05-11", "Slovakia signed on 11 May 2011")):
    R(d, a, "signed", IST, date, q, alt=[Q6])
    R(d, a, NOTRATIFIED, IST, None, Q6, negated=True)
# Bulgaria's court ruling, the Czech Senate vote, the Hungarian declaration, the Slovak rejection: domestic steps, covered above.
R(d, "Azerbaijan", "signed", IST, None, "Azerbaijan is the only member State that has not signed it.", negated=True)
R(d, "Russian Federation", "signed", IST, None, "The Russian Federation, expelled from the Council of Europe in March 2022, never signed either.", negated=True)
# Türkiye hosted the opening ceremony (nothing); its signature is undated, its ratification dated; the withdrawal is optional.
R(d, "Türkiye", "signed", IST, None, "Türkiye, the host of the opening ceremony, was the first State to sign")
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "the first to ratify, on 14 March 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "It withdrew by a presidential decision of 20 March 2021, and the withdrawal took effect on 1 July 2021.",
  negated=True, required=False)
R(d, "Poland", PARTY, IST, "2015", "Poland, a Party since 2015", alt=["Poland remains a Party"])
R(d, "Poland", NOTBOUND, IST, None, "announced in July 2020 that it would begin the withdrawal procedure", negated=True, required=False)
R(d, "Kazakhstan", NOTACCEDED, IST, None, "Kazakhstan has said it is studying accession", negated=True)
# Tunisia's request concerning GREVIO, Article 76 invitations: nothing.

# ===================== 06 (ILO news release, C190 ratifications at the 113th ILC, Wednesday 11 June 2025) =====================
d = "06.txt"
D = "2025-06-11"
TUE, MON = "2025-06-10", "2025-06-09"
# The instruments were handed over "on Tuesday": the ratifications' date; the release is Wednesday's.
RL(d, ["Brazil", "Cyprus", "Kenya"], RATIFIED, C190, TUE,
   "Brazil, Cyprus and Kenya have ratified the ILO Violence and Harassment Convention, 2019 (No. 190)")
R(d, ILODG, "called-for", C190, D, "I encourage all member States that have not yet ratified it to do so")
R(d, ILODG, "called-for", C189, D, "and to ratify its sister instrument on domestic workers", required=False)
# Brazil's congressional approval: domestic.
R(d, "Kenya", RATIFIED, C189, TUE, "Kenya had also deposited its ratification of the Domestic Workers Convention, 2011 (No. 189) that morning")
R(d, ILC, ADOPTED, C190, "2019-06-21", "Convention No. 190 was adopted by the International Labour Conference on 21 June 2019")
R(d, ILC, ADOPTED, R206, "2019-06-21", "together with the Violence and Harassment Recommendation, 2019 (No. 206)")
# "by 439 votes to 7 with 30 abstentions": unnamed.
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay was the first to ratify it, in June 2020")
RL(d, ["Fiji", "Namibia"], RATIFIED, C190, None, "followed by Fiji and Namibia")
RL(d, ["Greece", "Italy"], RATIFIED, C190, "2021", "Greece and Italy both ratified in 2021")
RL(d, ["United Kingdom", "Australia"], RATIFIED, C190, "2022", "the United Kingdom and Australia in 2022")
R(d, "Germany", RATIFIED, C190, "2023-06", "Germany's ratification was registered in June 2023")
RL(d, ["Lesotho", "Panama", "Slovenia", "Uganda"], RATIFIED, C190, None,
   "the Office has also registered ratifications from Lesotho, Panama, Slovenia and Uganda")
R(d, "Mauritius", RATIFIED, C190, "2025-01", "Mauritius deposited its instrument in January")
R(d, "Chile", NOTRATIFIED, C190, None,
  "Chile's delegate said the ratification bill had passed its final reading and that the instrument would be deposited", negated=True)
R(d, "Bangladesh", NOTRATIFIED, C190, None, "Bangladesh said its tripartite consultative council had recommended ratification of Convention No. 190",
  negated=True)
R(d, "Republic of Korea", NOTRATIFIED, C190, None, "his Government would \"actively review\" ratification", negated=True)
RL(d, ["India", "Indonesia", "Japan"], NOTRATIFIED, C190, None, "India, Indonesia and Japan have not ratified Convention No. 190", negated=True)
R(d, "United States", NOTRATIFIED, C190, None, "nor has the United States", negated=True)
R(d, "United States", "supported", C190, "2019", "which voted for the Convention at the Conference in 2019")
R(d, ITUC, "called-for", C190, MON, "We call on every government that has not yet done so to ratify C190 and C189")
R(d, ITUC, "called-for", C189, MON, "We call on every government that has not yet done so to ratify C190 and C189")
R(d, IOE, "supported", C190, "2019", "which abstained on the Convention in 2019", negated=True, required=False)
R(d, "Sierra Leone", RATIFIED, C189, "2024-07", "Sierra Leone's instrument was registered in July 2024")
R(d, "Mexico", RATIFIED, C189, "2020", "Mexico ratified in 2020")
R(d, "Philippines", RATIFIED, C189, "2012", "The Philippines was the second country to ratify, in 2012")
R(d, "Uruguay", RATIFIED, C189, None, "The Philippines was the second country to ratify, in 2012, after Uruguay", required=False)
# "this week" against Wednesday 11 June 2025: the month only.
RL(d, ["Jamaica", "Mongolia"], RATIFIED, P029, "2025-06", "The Protocol was ratified this week by Jamaica and Mongolia")
R(d, "Japan", RATIFIED, P029, "2022-07", "Japan, which ratified it in July 2022")
# Japan's contribution to the 50 for Freedom campaign: nothing.

# ===================== 07 (Irish Human Rights and Equality Commission statement, Human Rights Day, 10 December 2025) =====================
d = "07.txt"
D = "2025-12-10"
R(d, IHREC, "called-for", OPCAT, D, "Ratify OPCAT in 2026 and designate a fully independent national preventive mechanism.")
R(d, IHREC, "called-for", ICPPED, D, "Ratify the Enforced Disappearance Convention and accept the competence of its Committee under articles 31 and 32.")
R(d, IHREC, "called-for", OPCRPD, D, "Ratify the Optional Protocol to the Convention on the Rights of Persons with Disabilities without further delay.")
R(d, IHREC, "called-for", OPESCR, D, "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights.")
# "ratified seven of the nine core UN human rights treaties": unnamed. The collective complaints procedure: not an instrument named.
R(d, "Ireland", "signed", OPCAT, "2007-10-02", "The Optional Protocol to the Convention against Torture (OPCAT), signed on 2 October 2007.")
R(d, "Ireland", NOTBOUND, OPCAT, None, "Ireland remains one of only four EU member States that are not party to it.", negated=True)
R(d, "Ireland", COMMITTED, OPCAT, "2025-01",
  "The Programme for Government published in January commits the Government to ratify OPCAT within the lifetime of this Dáil.", required=False)
R(d, "Ireland", "signed", ICPPED, "2007-03-29", "The International Convention for the Protection of All Persons from Enforced Disappearance, signed on 29 March 2007.")
R(d, "Ireland", NOTRATIFIED, ICPPED, None, "The International Convention for the Protection of All Persons from Enforced Disappearance, signed on 29 March 2007.",
  negated=True)
R(d, "Ireland", "signed", OPCRPD, "2007-03-30", "The Optional Protocol to the Convention on the Rights of Persons with Disabilities, signed on 30 March 2007.")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None,
  "the Government deferred ratification of the Protocol until after the first review of Ireland by the UN Committee", negated=True)
R(d, "Ireland", RATIFIED, CRPD, "2018-03", "Ireland ratified the Convention itself in March 2018")
R(d, "Ireland", "signed", OPESCR, "2012-03", "The Optional Protocol to the International Covenant on Economic, Social and Cultural Rights, signed in March 2012.")
R(d, "Ireland", NOTRATIFIED, OPESCR, None, "The Optional Protocol to the International Covenant on Economic, Social and Cultural Rights, signed in March 2012.",
  negated=True)
# The Inspection of Places of Detention Bill: domestic.
R(d, "Ireland", "signed", ICRMW, None,
  "Nor has Ireland signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families.", negated=True)
R(d, "Ireland", RATIFIED, IST, "2019-03", "The State ratified the Council of Europe Istanbul Convention in March 2019")
R(d, "Ireland", RATIFIED, C189, "2014-08", "the ILO Domestic Workers Convention (No. 189) in August 2014")
R(d, "Ireland", RATIFIED, OPIC, "2014-09",
  "It ratified the third Optional Protocol to the Convention on the Rights of the Child, on a communications procedure, in September 2014")
R(d, "Ireland", RATIFIED, C190, "2024-06", "In June 2024 Ireland ratified the ILO Violence and Harassment Convention (No. 190).")
R(d, "Ireland", RATIFIED, TRAF, "2010", "The Council of Europe Convention on Action against Trafficking in Human Beings, which Ireland ratified in 2010")
# GRETA's evaluation, the Human Rights Committee's review: monitoring, nothing.

# ===================== 08.html (Council of Europe newsroom, EU approval of the Istanbul Convention, Strasbourg, 28 June 2023) =====================
d = "08.html"
D = "2023-06-28"
R(d, "European Union", ACCEPTED, IST, D,
  "The European Union today deposited its instrument of approval of the Council of Europe Convention on preventing and combating violence against women and domestic violence (Istanbul Convention)",
  alt=["The EU is now fully part of this ground-breaking treaty"])
# Sweden's minister handed the instrument over on behalf of the Council Presidency: not Sweden's act. EP consent and the
# Council decisions on conclusion: the EU's internal steps.
R(d, "European Union", "signed", IST, "2017-06-13", "The EU signed the Convention on 13 June 2017.")
R(d, COESG, "called-for", IST, D, "I call on the member States that have not yet ratified it")
RL(d, ["Armenia", "Bulgaria", "Czechia", "Hungary", "Latvia", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "Armenia, Bulgaria, Czech Republic, Hungary, Latvia, Lithuania and the Slovak Republic", negated=True)
R(d, EC, "called-for", IST, D, "the Commission would continue to call on the remaining EU member States to ratify the Convention")
R(d, EP, "called-for", IST, None, "The European Parliament had urged the EU", required=False)
R(d, "Republic of Moldova", RATIFIED, IST, "2021-10-14",
  "Over the past two years the Convention has been ratified by the Republic of Moldova, on 14 October 2021")
RL(d, ["Ukraine", "United Kingdom"], RATIFIED, IST, "2022-07", "by Ukraine and the United Kingdom, which both ratified it last July")
R(d, COM, ADOPTED, IST, "2011-04", "The Convention was adopted by the Committee of Ministers in April 2011")
# "the Convention has 38 Parties": a count.
R(d, "Türkiye", RATIFIED, IST, None, "Türkiye, which had been the first State to ratify it")
R(d, "Türkiye", NOTBOUND, IST, None, "withdrew from the Convention with effect from 1 July 2021", negated=True, required=False)
# GREVIO's evaluations: monitoring, nothing.

# ===================== 09 (GA meetings coverage GA/SHC/4421, Third Committee, death-penalty moratorium, Tuesday 19 November 2024) =====================
d = "09.txt"
D = "2024-11-19"
MOR = ("draft resolution A/C.3/79/L.27/Rev.1", ["Moratorium on the use of the death penalty", "A/C.3/79/L.27/Rev.1",
       "draft resolution on a moratorium on the use of the death penalty"])
R6214 = ("resolution 62/149", ["General Assembly resolution 62/149"])
R77222 = ("resolution 77/222", ["General Assembly resolution 77/222"])
R(d, TC, ADOPTED, MOR, D,
  "The Third Committee (Social, Humanitarian and Cultural) today approved a draft resolution calling on all States to establish a moratorium on executions")
RL(d, ["Albania", "Angola", "Australia", "Brazil", "Colombia", "Mexico", "Mongolia", "New Zealand", "Switzerland", "Zambia"], "co-sponsored", MOR, None,
   "an interregional task force composed of Albania, Angola, Australia, Brazil, Colombia, Mexico, Mongolia, New Zealand, Switzerland and Zambia")
# "more than 80 co-sponsors": unnamed. The Assembly's call in a draft only approved in committee: planned.
R(d, GA, "called-for", OP2, None,
  "It would also call upon States that have not yet done so to consider acceding to or ratifying the Second Optional Protocol to the International Covenant on Civil and Political Rights",
  negated=True)
# Singapore's amendment (A/C.3/79/L.61) and the vote on it: an amendment, nothing.
AGAINST = ["Afghanistan", "Antigua and Barbuda", "Bahamas", "Bangladesh", "Barbados", "Belize", "Brunei Darussalam", "China",
           "Democratic People's Republic of Korea", "Dominica", "Egypt", "Grenada", "Iran", "Iraq", "Jamaica", "Japan", "Kuwait", "Libya",
           "Maldives", "Oman", "Pakistan", "Qatar", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Saudi Arabia",
           "Singapore", "Sudan", "Syria", "Tonga", "United States", "Yemen"]
RL(d, AGAINST, "supported", MOR, D,
   "Against: Afghanistan, Antigua and Barbuda, Bahamas, Bangladesh, Barbados, Belize, Brunei Darussalam, China, Democratic People's Republic of Korea, "
   "Dominica, Egypt, Grenada, Iran, Iraq, Jamaica, Japan, Kuwait, Libya, Maldives, Oman, Pakistan, Qatar, Saint Kitts and Nevis, Saint Lucia, "
   "Saint Vincent and the Grenadines, Saudi Arabia, Singapore, Sudan, Syria, Tonga, United States, Yemen.", negated=True)
ABSTAIN = ["Bahrain", "Belarus", "Cameroon", "Cuba", "Eritrea", "Ethiopia", "Guyana", "India", "Indonesia", "Kenya", "Lebanon", "Lesotho", "Myanmar",
           "Nigeria", "Papua New Guinea", "Somalia", "South Sudan", "Thailand", "Trinidad and Tobago", "Uganda", "United Arab Emirates", "Viet Nam"]
RL(d, ABSTAIN, "supported", MOR, D,
   "Abstain: Bahrain, Belarus, Cameroon, Cuba, Eritrea, Ethiopia, Guyana, India, Indonesia, Kenya, Lebanon, Lesotho, Myanmar, Nigeria, Papua New Guinea, "
   "Somalia, South Sudan, Thailand, Trinidad and Tobago, Uganda, United Arab Emirates, Viet Nam.", negated=True)
RL(d, ["Burkina Faso", "Comoros", "Djibouti", "Mali", "Niger"], "supported", MOR, D,
   "Absent: Burkina Faso, Comoros, Djibouti, Mali, Niger.", negated=True)
# "In favour: 132 Member States": unnamed. Singapore's, Japan's and the US explanations restate the list.
R(d, "Kazakhstan", PARTY, OP2, "2022", "Kazakhstan, a party to the Second Optional Protocol since 2022")
R(d, "Kazakhstan", "supported", MOR, D, "her delegation had voted in favour")
R(d, "Zambia", NOTACCEDED, OP2, None, "intends to accede to the Second Optional Protocol next year", negated=True)
# Zambia's Penal Code, Zimbabwe's Death Penalty Abolition Act: domestic.
RL(d, ["Morocco", "Zimbabwe"], "supported", MOR, D, "Morocco and Zimbabwe voted in favour of the text for the first time.")
# Hungary speaking for the EU welcomed support: nothing.
R(d, GA, ADOPTED, R6214, "2007-12", "resolution 62/149, adopted in December 2007 by 104 votes to 54")
R(d, GA, ADOPTED, R77222, "2022-12-15", "resolution 77/222 of 15 December 2022, was adopted by 125 votes to 37")
R(d, GA, ADOPTED, MOR, None, "The Assembly is expected to take final action on the present draft in December", negated=True, required=False)

# ===================== 10 (UNFPA Madagascar press release, Maputo Protocol, Antananarivo, Saturday 8 March 2025) =====================
d = "10.txt"
D = "2025-03-08"
THU = "2025-03-06"
R(d, "Madagascar", RATIFIED, MAPUTO, THU,
  "the deposit by Madagascar of its instrument of ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa",
  alt=["The instrument was deposited on Thursday with the African Union Commission in Addis Ababa"])
# The AU Commission as depositary; the ratification law adopted and promulgated: nothing.
R(d, "Madagascar", "signed", MAPUTO, "2004-02-28", "Madagascar signed the Protocol on 28 February 2004")
# "45 of the 55 member States": a count.
R(d, AUA, ADOPTED, MAPUTO, "2003-07-11", "which the Assembly of the African Union adopted in Maputo on 11 July 2003")
R(d, "Madagascar", NOTRATIFIED, AFDP, None, "Madagascar will ratify the African Disability Protocol this year", negated=True)
TEN = ["Botswana", "Burundi", "Chad", "Egypt", "Eritrea", "Morocco", "Niger", "Somalia", "South Sudan", "Sudan"]
RL(d, TEN, NOTRATIFIED, MAPUTO, None,
   "Ten African Union member States have yet to ratify the Maputo Protocol: Botswana, Burundi, Chad, Egypt, Eritrea, Morocco, Niger, Somalia, South Sudan and Sudan.",
   negated=True)
RL(d, ["Botswana", "Egypt", "Morocco"], "signed", MAPUTO, None, "Of these, Botswana, Egypt and Morocco have not signed it.", negated=True)
R(d, UNW, "called-for", MAPUTO, D, "UN Women's Regional Director for East and Southern Africa called on the remaining States to ratify the Protocol")
R(d, "Madagascar", RATIFIED, CEDAW, "1989",
  "Madagascar ratified the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) in 1989.")
R(d, "Madagascar", "signed", OPCEDAW, "2000-09", "It signed the Convention's Optional Protocol in September 2000")
R(d, "Madagascar", NOTRATIFIED, OPCEDAW, None, "It signed the Convention's Optional Protocol in September 2000 but has not ratified it", negated=True)
R(d, CEDAWC, "called-for", OPCEDAW, None, "the CEDAW Committee, in its most recent concluding observations, again recommended that it do so")
R(d, "Madagascar", RATIFIED, CRPD, "2015-06", "Madagascar ratified the Convention on the Rights of Persons with Disabilities in June 2015.")
QUP = "The UNFPA and UN Women offices urged the Government to make ratification of the CEDAW Optional Protocol its next priority."
R(d, UNFPA, "called-for", OPCEDAW, D, QUP)
R(d, UNW, "called-for", OPCEDAW, D, QUP)
# Norway and the Spotlight Initiative as funders, the national strategy: nothing.

# ===================== 11.md (explainer, the Migrant Workers Convention at 35, Thursday 18 December 2025) =====================
d = "11.md"
D = "2025-12-18"
R(d, GA, ADOPTED, ICRMW, "1990-12-18",
  "on 18 December 1990, the UN General Assembly adopted the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families by resolution 45/158")
# "60 States", "No country in Western Europe or North America": counts and unnamed groups.
for a, date in (("Togo", "2020-12-16"), ("Gabon", "2022-02-03"), ("Guinea-Bissau", "2022-10-22"), ("Congo", "2023-03-30"),
                ("Sierra Leone", "2024-12-05")):
    R(d, a, RATIFIED, ICRMW, date, f"{a}: ratification deposited {int(date[8:])} " +
      {"12": "December", "02": "February", "10": "October", "03": "March"}[date[5:7]] + f" {date[:4]}")
R(d, "Cameroon", ACCEDED, ICRMW, "2023-09-14", "Cameroon: accession deposited 14 September 2023")
R(d, "Chad", RATIFIED, ICRMW, "2025-06-12", "Chad: ratification deposited 12 June 2025", alt=["Chad's instrument was the sixtieth."])
R(d, "Philippines", RATIFIED, ICRMW, "1995", "the Philippines ratified in 1995")
R(d, "Mexico", RATIFIED, ICRMW, "1999", "Mexico in 1999")
R(d, "Indonesia", RATIFIED, ICRMW, "2012", "Indonesia in 2012")
R(d, "Bangladesh", "signed", ICRMW, "1998", "Bangladesh, which signed in 1998, ratified in 2011")
R(d, "Bangladesh", RATIFIED, ICRMW, "2011", "Bangladesh, which signed in 1998, ratified in 2011")
for a, y in (("Armenia", "2013"), ("Cambodia", "2004"), ("Comoros", "2000"), ("Haiti", "2013"), ("Liberia", "2004"), ("Montenegro", "2006"),
             ("Palau", "2011"), ("Serbia", "2004")):
    R(d, a, "signed", ICRMW, y, f"{a} | {y}")
    R(d, a, NOTRATIFIED, ICRMW, None, "None of these eight has ratified.", negated=True,
      alt={"Cambodia": ["Cambodia told the Committee on Migrant Workers in 2024 that it was \"studying\" ratification"],
           "Liberia": ["Liberia says a bill is being drafted"]}.get(a))
R(d, "Germany", "signed", ICRMW, None, "Germany's Federal Government has repeatedly said it has no intention of signing the Convention", negated=True)
R(d, "Canada", "signed", ICRMW, None, "Canada told the Human Rights Council, during its 2023 review, that it did not intend to sign.", negated=True)
RL(d, ["United States", "United Kingdom"], "signed", ICRMW, None, "Neither the United States nor the United Kingdom has signed.", negated=True)
# "none of the six Gulf Cooperation Council States", "No EU member State": unnamed.
R(d, EP, "called-for", ICRMW, "2025-04-02",
  "The European Parliament called on EU member States to ratify the Convention in its resolution of 2 April 2025 on labour migration")
R(d, EESC, "called-for", ICRMW, None, "the European Economic and Social Committee has done the same since 2004")
# The joint appeal at "the Committee's session in Geneva this week": December 2025.
RL(d, ["Mexico", "Philippines", "Sri Lanka"], "called-for", ICRMW, "2025-12", "The three called on all destination countries to ratify the Convention",
   alt=["Mexico, the Philippines and Sri Lanka issued a joint appeal on behalf of the parties"])
R(d, "Sri Lanka", PARTY, ICRMW, "1996", "Sri Lanka, a party since 1996")
# Article 77 declarations: not an instrument.
R(d, CMW, "called-for", ICRMW, D,
  "The Committee on Migrant Workers itself marked the anniversary by urging all States that have not yet done so to ratify the Convention")
# ILO Conventions No. 97 and No. 143 "complement it": nothing.

# ===================== 12 (CED press release, International Day of the Victims of Enforced Disappearances, 29 August 2025) =====================
d = "12.txt"
D = "2025-08-29"
HRCED = ("Human Rights Council resolution on enforced or involuntary disappearances",
         ["resolution on enforced or involuntary disappearances", "resolution adopted by the Human Rights Council in October 2024 on enforced or involuntary disappearances"])
R(d, CED, "called-for", ICPPED, D,
  "the UN Committee on Enforced Disappearances today called on all States that have not yet done so to ratify the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, GA, ADOPTED, ICPPED, "2006-12-20", "The Convention, adopted by the General Assembly on 20 December 2006")
# "76 States parties and 50 further signatories": counts.
R(d, "Kenya", RATIFIED, ICPPED, "2024-11-14", "Kenya ratified the Convention on 14 November 2024")
R(d, "Chad", ACCEDED, ICPPED, "2025-03-04", "Chad acceded to it on 4 March 2025")
# Recognising competence under article 31: a declaration, nothing. Sierra Leone's parliamentary approval: domestic; the deposit is planned.
R(d, "Sierra Leone", NOTRATIFIED, ICPPED, None,
  "Sierra Leone's Parliament approved ratification in July, and the Government has informed the Committee that it expects to deposit its instrument",
  negated=True)
R(d, "Indonesia", NOTRATIFIED, ICPPED, None, "the statement by the Minister of Law and Human Rights of Indonesia that ratification was \"a priority\"",
  negated=True, alt=["three that signed early and have still not ratified"])
QSIG = "Of the signatories, the Committee singled out three that signed early and have still not ratified"
R(d, "India", "signed", ICPPED, "2007-02-06", "India, which signed on 6 February 2007")
R(d, "Algeria", "signed", ICPPED, "2007-02-06", "Algeria, which signed the same day")
R(d, "Indonesia", "signed", ICPPED, "2010-09-27", "Indonesia, which signed on 27 September 2010")
RL(d, ["India", "Algeria"], NOTRATIFIED, ICPPED, None, QSIG, negated=True)
Q3N = "among them the Russian Federation, China and the United States, have neither signed nor ratified the Convention"
RL(d, ["Russian Federation", "China", "United States"], "signed", ICPPED, None, Q3N, negated=True)
RL(d, ["Russian Federation", "China", "United States"], NOTRATIFIED, ICPPED, None, Q3N, negated=True)
R(d, "Iraq", PARTY, ICPPED, "2010", "Iraq, a party since 2010")
# Mexico's cooperation under the urgent action procedure: implementation; its status is not stated.
R(d, "Japan", RATIFIED, ICPPED, "2009-07", "Japan, which ratified in July 2009", alt=["remains the only State party in East Asia"])
R(d, WGEID, "called-for", ICPPED, D, "the Working Group on Enforced or Involuntary Disappearances urged States to ratify the Convention")
R(d, GA, ADOPTED, DECL92, "1992", "the Declaration on the Protection of All Persons from Enforced Disappearance, adopted by the General Assembly in 1992")
# The Commission on Human Rights establishing the Working Group: an institution, nothing.
R(d, CED, "welcomed", HRCED, D, "The two bodies also welcomed the resolution adopted by the Human Rights Council in October 2024")
R(d, WGEID, "welcomed", HRCED, D, "The two bodies also welcomed the resolution adopted by the Human Rights Council in October 2024")
R(d, HRC, ADOPTED, HRCED, "2024-10", "the resolution adopted by the Human Rights Council in October 2024 on enforced or involuntary disappearances")
RL(d, ["Argentina", "France", "Morocco"], "co-sponsored", HRCED, None, "which was presented by Argentina, France and Morocco")
R(d, HRC, "called-for", ICPPED, "2024-10", "encourages States to consider signing and ratifying the Convention", required=False)
# Sessions, reviews of Cuba, Lesotho and Paraguay, the visit to Colombia: nothing.

# ===================== 13.html (Uzbek foreign ministry news page, accession to OPCAT, 21 January 2026) =====================
d = "13.html"
D = "2026-01-21"
YEST = "2026-01-20"
R(d, "Uzbekistan", ACCEDED, OPCAT, YEST,
  "deposited with the UN Secretary-General the instrument of accession of the Republic of Uzbekistan to the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment")
# The accession law signed by the President: domestic.
R(d, "Uzbekistan", PARTY, OPCAT, None, "Uzbekistan thereby becomes the 97th State party to the Optional Protocol.", required=False)
# The Ombudsman as national preventive mechanism: implementation.
RL(d, ["Kazakhstan", "Kyrgyzstan"], ACCEDED, OPCAT, "2008", "Uzbekistan joins Kazakhstan and Kyrgyzstan, which acceded in 2008")
RL(d, ["Tajikistan", "Turkmenistan"], NOTBOUND, OPCAT, None, "Neither Tajikistan nor Turkmenistan has joined it.", negated=True)
QP = "Uzbekistan is a party to the main international human rights treaties, among them:"
for inst, q in ((ICCPR, "the International Covenant on Civil and Political Rights and its First Optional Protocol;"),
                (OP1, "the International Covenant on Civil and Political Rights and its First Optional Protocol;"),
                (ICESCR, "the International Covenant on Economic, Social and Cultural Rights;"),
                (ICERD, "the International Convention on the Elimination of All Forms of Racial Discrimination;"),
                (CEDAW, "the Convention on the Elimination of All Forms of Discrimination against Women;"),
                (CAT, "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment;"),
                (CRC, "the Convention on the Rights of the Child and its two Optional Protocols;"),
                (CRCOPS, "the Convention on the Rights of the Child and its two Optional Protocols;")):
    R(d, "Uzbekistan", PARTY, inst, None, q, alt=[QP])
R(d, "Uzbekistan", PARTY, CRPD, "2021-06", "and, since June 2021, the Convention on the Rights of Persons with Disabilities.", alt=[QP])
R(d, "Uzbekistan", "signed", OPCRPD, None,
  "Uzbekistan intends to sign the Optional Protocol to the Convention on the Rights of Persons with Disabilities this year", negated=True)
QST = ("the Government will also study the possibility of acceding to the International Convention for the Protection of All Persons from Enforced "
       "Disappearance and to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
R(d, "Uzbekistan", NOTACCEDED, ICPPED, None, QST, negated=True)
R(d, "Uzbekistan", NOTACCEDED, ICRMW, None, QST, negated=True)
# OHCHR's regional office welcoming the accession, the SPT's consultations, Human Rights Council membership, the UPR report: nothing.

# ===================== 14 (news wire, Latvia and the Istanbul Convention, Riga, Wednesday 5 November 2025) =====================
d = "14.txt"
R(d, "Latvia", PARTY, IST, None, "Latvia will remain a party to the Council of Europe's Istanbul Convention on violence against women")
# The Saeima's vote and the President's return of the law are domestic; the withdrawal did not happen (optional).
R(d, "Latvia", NOTBOUND, IST, None, "The Saeima had voted last Thursday, by 56 votes to 32, to withdraw Latvia from the Convention", negated=True,
  required=False)
R(d, "Latvia", "signed", IST, "2016-05", "Latvia signed the Convention in May 2016")
R(d, "Latvia", RATIFIED, IST, "2024-01", "the instrument was deposited with the Council of Europe in January 2024",
  alt=["less than two years after ratifying it"])
R(d, "Türkiye", RATIFIED, IST, "2012", "Türkiye, the first country to ratify the treaty in 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "withdrew by presidential decree with effect from 1 July 2021", negated=True, required=False)
# Berset urging Latvia to stay, the Commission's regret: not calls to join.
R(d, "European Union", ACCEPTED, IST, "2023-06", "the European Union, which approved the Convention in June 2023, is itself bound by it")
R(d, "Estonia", RATIFIED, IST, "2017", "Estonia ratified the Convention in 2017.")
R(d, "Lithuania", "signed", IST, "2013-06", "In Lithuania, which signed in June 2013, the Seimas has repeatedly postponed a ratification vote")
R(d, "Lithuania", NOTRATIFIED, IST, None, "the Seimas has repeatedly postponed a ratification vote", negated=True, alt=["as has Lithuania"])
Q4 = "Bulgaria, Czechia, Hungary and Slovakia have signed but not ratified"
RL(d, ["Bulgaria", "Czechia", "Hungary", "Slovakia"], "signed", IST, None, Q4)
RL(d, ["Bulgaria", "Czechia", "Hungary", "Slovakia"], NOTRATIFIED, IST, None, Q4, negated=True)
# The court ruling, the parliamentary rejections and the Hungarian declaration: domestic steps, covered above.
R(d, "Poland", PARTY, IST, "2015", "Poland, a party since 2015", alt=["Poland will remain a party"])
R(d, "Poland", NOTBOUND, IST, None, "announced in 2020 that it would begin the withdrawal procedure", negated=True, required=False)
R(d, "Armenia", "signed", IST, "2018-01", "Armenia signed the Convention in January 2018")
R(d, "Armenia", NOTRATIFIED, IST, None, "Armenia signed the Convention in January 2018 but has not ratified it", negated=True)
R(d, "Ukraine", RATIFIED, IST, "2022-07", "Ukraine ratified in July 2022")
R(d, "Republic of Moldova", RATIFIED, IST, "2021-10", "the Republic of Moldova in October 2021")
# The planned referendum, GREVIO's evaluation: nothing.

# ===================== 15 (HRC meeting summary, UPR outcomes, Thursday 3 July 2025) =====================
d = "15.txt"
D = "2025-07-03"
UPR = lambda s: (f"outcome of the Universal Periodic Review of {s}", [f"outcome of the review of {s}", f"Universal Periodic Review of {s}"])
# Supported recommendations to ratify are plans; noted recommendations to accede are refusals for now: both negated.
R(d, "Malaysia", NOTRATIFIED, CAT, None,
  "Among those it supported were recommendations to ratify the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  negated=True, alt=["which the delegation said Malaysia would do \"progressively, once domestic law is ready\""])
QMN = ("It noted the recommendations to accede to the International Covenant on Civil and Political Rights and the International Covenant on Economic, "
       "Social and Cultural Rights.")
R(d, "Malaysia", NOTACCEDED, ICCPR, None, QMN, negated=True)
R(d, "Malaysia", NOTACCEDED, ICESCR, None, QMN, negated=True)
QM3 = ("Malaysia is party to three of the nine core treaties: the Convention on the Elimination of All Forms of Discrimination against Women, the "
       "Convention on the Rights of the Child and the Convention on the Rights of Persons with Disabilities.")
for inst in (CEDAW, CRC, CRPD):
    R(d, "Malaysia", PARTY, inst, None, QM3)
R(d, "Malaysia", ACCEDED, CRCOPS, "2012", "It acceded to the two Optional Protocols to the Convention on the Rights of the Child in 2012.")
R(d, "Amnesty International", "called-for", CAT, D, "Amnesty International urged Malaysia to ratify the Convention against Torture within a year")
R(d, "Indonesia", "called-for", ICRMW, None, "Indonesia recommended that Malaysia consider ratifying the Migrant Workers Convention", required=False)
R(d, "Malaysia", NOTRATIFIED, ICRMW, None,
  "Indonesia recommended that Malaysia consider ratifying the Migrant Workers Convention, a recommendation Malaysia noted", negated=True)
for s in ("Malaysia", "Bhutan", "Tajikistan", "Singapore"):
    R(d, HRC, ADOPTED, UPR(s), D, f"The Council adopted the outcome of the review of {s}." if s != "Malaysia"
      else "The Council then adopted the outcome of the review of Malaysia.", required=False)
R(d, "Bhutan", "signed", CRPD, "2010-09", "Bhutan, which signed the Convention on the Rights of Persons with Disabilities in September 2010")
R(d, "Bhutan", NOTRATIFIED, CRPD, None, "said it had supported recommendations to ratify it", negated=True)
QBN = ("Bhutan was not yet in a position to accept recommendations to ratify the Convention against Torture or the two International Covenants")
R(d, "Bhutan", NOTRATIFIED, CAT, None, QBN, negated=True)
R(d, "Bhutan", NOTRATIFIED, COVS, None, QBN, negated=True)
QBO = ("Bhutan ratified the Optional Protocols to the Convention on the Rights of the Child on the involvement of children in armed conflict and on the "
       "sale of children in 2009.")
R(d, "Bhutan", RATIFIED, OPAC, "2009", QBO)
R(d, "Bhutan", RATIFIED, OPSC, "2009", QBO)
# Nepal and Thailand praising Bhutan: nothing.
R(d, "Tajikistan", "signed", CRPD, "2018-03", "Tajikistan, which signed the Convention on the Rights of Persons with Disabilities in March 2018")
R(d, "Tajikistan", NOTRATIFIED, CRPD, None,
  "told the Council that its instrument of ratification would be deposited at the Treaty Event in New York in September", negated=True)
R(d, "Tajikistan", NOTRATIFIED, OPCRPD, None, "It had also supported a recommendation to ratify the Optional Protocol to that Convention.", negated=True)
QTN = ("Tajikistan noted recommendations to accede to the Optional Protocol to the Convention against Torture and to the International Convention for "
       "the Protection of All Persons from Enforced Disappearance")
R(d, "Tajikistan", NOTACCEDED, OPCAT, None, QTN, negated=True)
R(d, "Tajikistan", NOTACCEDED, ICPPED, None, QTN, negated=True)
R(d, "Human Rights Watch", "called-for", OPCAT, D, "called on it to ratify the Optional Protocol to the Convention against Torture")
QSN = ("Singapore said that it was not in a position to accede to the International Covenant on Civil and Political Rights, the International Covenant "
       "on Economic, Social and Cultural Rights or the Convention against Torture at this time")
for inst in (ICCPR, ICESCR, CAT):
    R(d, "Singapore", NOTACCEDED, inst, None, QSN, negated=True)
R(d, "Singapore", RATIFIED, ICERD, "2017-11",
  "it ratified the International Convention on the Elimination of All Forms of Racial Discrimination in November 2017")
R(d, "Singapore", RATIFIED, CRPD, "2013-07", "the Convention on the Rights of Persons with Disabilities in July 2013")
R(d, "Singapore", PARTY, CEDAW, None,
  "it would continue to review its reservations to the Convention on the Elimination of All Forms of Discrimination against Women", required=False)
# Switzerland and Sweden's regret: nothing.

# ===================== 16.md (quarterly round-up, April-June 2025, published Monday 7 July 2025) =====================
d = "16.md"
HRCDIS = ("Human Rights Council resolution on the rights of persons with disabilities", ["resolution on the rights of persons with disabilities"])
HRCRC = ("Human Rights Council resolution on the rights of the child", ["resolution on the rights of the child"])
R(d, "Slovenia", RATIFIED, C190, "2025-04-03", "Slovenia's ratification of the ILO Violence and Harassment Convention, 2019 (No. 190) was registered by the ILO")
R(d, "Guinea", RATIFIED, OPIC, "2025-04-14",
  "Guinea deposited its instrument of ratification of the Optional Protocol to the Convention on the Rights of the Child on a communications procedure")
R(d, "Zambia", ACCEDED, OP2, "2025-04-28", "Zambia acceded to the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, "Czechia", RATIFIED, OPESCR, "2025-05-06",
  "Czechia ratified the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights, thirteen years after signing it")
R(d, "Czechia", "signed", OPESCR, "2012", "thirteen years after signing it")
R(d, "Sri Lanka", RATIFIED, OPCRPD, "2025-05-19", "Sri Lanka ratified the Optional Protocol to the Convention on the Rights of Persons with Disabilities.")
RL(d, ["Jamaica", "Mongolia"], RATIFIED, P029, "2025-06-09", "Jamaica and Mongolia ratified the Protocol of 2014 to the Forced Labour Convention, 1930.")
RL(d, ["Brazil", "Cyprus", "Kenya"], RATIFIED, C190, "2025-06-10", "Brazil, Cyprus and Kenya ratified ILO Convention No. 190")
R(d, "Kenya", RATIFIED, C189, "2025-06-10", "Kenya also ratified the Domestic Workers Convention, 2011 (No. 189)")
R(d, "Chad", RATIFIED, ICRMW, "2025-06-12",
  "Chad ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families, becoming its 60th State party.")
R(d, "Mauritania", ACCEDED, OPCEDAW, "2025-06-24",
  "Mauritania acceded to the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women.")
R(d, "Thailand", "signed", OPCAT, "2025-05-02", "Thailand signed the Optional Protocol to the Convention against Torture.")
R(d, "Tuvalu", "signed", CAT, "2025-06-25", "Tuvalu signed the Convention against Torture")
R(d, "Kuwait", ACCEDED, CEDAW, "1994", "Kuwait, which acceded to CEDAW in 1994")
# Withdrawals of reservations (Kuwait, Bangladesh), Latvia's scheduled debate: nothing.
R(d, HRC, ADOPTED, HRCDIS, "2025-04-03", "the Human Rights Council adopted, without a vote, a resolution on the rights of persons with disabilities")
RL(d, ["Mexico", "New Zealand"], "co-sponsored", HRCDIS, None, "presented by Mexico and New Zealand")
QHC = "that calls on States to ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol"
R(d, HRC, "called-for", CRPD, "2025-04-03", QHC)
R(d, HRC, "called-for", OPCRPD, "2025-04-03", QHC)
R(d, HRC, ADOPTED, HRCRC, "2025-04-03",
  "The same day the Council adopted its resolution on the rights of the child by a recorded vote of 30 to 4, with 13 abstentions")
RL(d, ["Burundi", "China", "Eritrea", "Sudan"], "supported", HRCRC, "2025-04-03", "Burundi, China, Eritrea and Sudan voted against.", negated=True)
# The eleven amendments; the working group on a future optional protocol and the States that led it: nothing.
RL(d, ["Sierra Leone", "Thailand"], NOTRATIFIED, ICPPED, None,
   "Sierra Leone and Thailand are expected to deposit instruments of ratification of the International Convention for the Protection of All Persons from Enforced Disappearance",
   negated=True)
R(d, "Tajikistan", NOTRATIFIED, CRPD, None,
  "Tajikistan has told the Human Rights Council that it will ratify the Convention on the Rights of Persons with Disabilities at the same event.", negated=True)
R(d, "Chile", NOTRATIFIED, C190, None, "Chile's instrument of ratification of C190 is expected \"within weeks\"", negated=True)
R(d, "Sri Lanka", NOTRATIFIED, C190, None, "Sri Lanka's Cabinet approved ratification of C190 in May; the instrument has yet to be deposited with the ILO.",
  negated=True)


gold.finish(MIN_CHARS, MAX_CHARS)
