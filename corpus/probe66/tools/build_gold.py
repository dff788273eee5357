#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 10.md, 05.html, 12.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: the Universal Periodic Review and the treaty bodies (2012-2026): UPR national reports, working-group reports with
their lists of recommendations, addenda with the State under review's responses (supported / noted), treaty-body concluding
observations and follow-up replies, NHRI and NGO stakeholder submissions, an OHCHR summary of stakeholders' information,
statements at the Council, press items.

Conventions: a recommending State's "Ratify X (State)" or "recommended that ... ratify X" is that State's `called-for`, dated
by the review (a bracketed attribution in a working-group report's own list is required; a later back-reference to it, or
"consider ratifying", is required=False); a treaty body's "recommends / encourages the State party
to ratify X" is the Committee's `called-for`, dated by the adoption of the concluding observations; an NHRI's or NGO's call is
its own `called-for`. A State under review "supporting" or "noting" a recommendation to ratify, "intends to", "is considering",
"has not yet", "signed but not ratified" and "no plans" give negated records without a date. A Committee's "welcomes the
ratification of X in 2019" gives the State's own ratification (the welcome itself gives nothing). Counts of recommendations,
domestic steps (Cabinet, Parliament, an Act, a Bill), implementation, reservations and their withdrawal, reports submitted to a
Committee, visits, standing invitations, the depositary, venues and entry into force give nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

HRC = ["UN Human Rights Council", "Human Rights Council"]

# ---- instruments used by several documents ----
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "the Covenant"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "the Covenant"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the ICESCR"])
OP1 = ("Optional Protocol to the International Covenant on Civil and Political Rights", ["First Optional Protocol", "OP1-ICCPR", "Optional Protocol to the ICCPR"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol", "ICCPR-OP2", "OP2"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "UNCAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW", "the Convention"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "OP3-CRC", "third Optional Protocol"])
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict", ["OPAC"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", ["OPSC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["ICRMW", "Migrant Workers Convention"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "CED", "Convention on Enforced Disappearance"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD", "the Convention"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "Refugee Convention", "1951 Convention"])
REF67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "1954 Statelessness Convention"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "1961 Statelessness Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Convention No. 189", "C189", "Convention No. 189"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "C190", "Convention No. 190"])
C169 = ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ["ILO Convention No. 169", "C169", "Convention No. 169"])
UNESCO_DISC = ("Convention against Discrimination in Education", ["UNESCO Convention against Discrimination in Education"])
MARRAKESH = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Republic of Korea", "Germany", "Mexico", "Chile",
          "Republic of Moldova", "Kazakhstan", "Uzbekistan", "Thailand", "Ecuador", "Costa Rica", "Paraguay", "Rwanda",
          "Bolivia", "Iran", "Türkiye", "Netherlands", "Philippines", "Ghana",
          "Timor-Leste", "Lao PDR", "Gambia", "Fiji", "Cabo Verde", "Czechia", "Colombia", "Guatemala", "Togo", "Kenya",
          "Uganda", "Samoa", "Kyrgyzstan", "Tajikistan", "Côte d'Ivoire"),
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Malaysia": ["Malaysia"],
    "Canada": ["Canada"],
    "Finland": ["Finland", "Republic of Finland"],
    "New Zealand": ["New Zealand"],
    "Malta": ["Malta", "Republic of Malta"],
    "Chad": ["Chad", "Republic of Chad"],
    "Libya": ["Libya", "State of Libya"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Ireland": ["Ireland"],
    "Montenegro": ["Montenegro"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Albania": ["Albania", "Republic of Albania"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Mongolia": ["Mongolia"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "France": ["France", "French Republic"],
    "Iceland": ["Iceland"],
    "Montenegro": ["Montenegro"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Japan": ["Japan"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Italy": ["Italy", "Italian Republic"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Austria": ["Austria", "Republic of Austria"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Gabon": ["Gabon", "Gabonese Republic"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Malawi, UPR national report, fourth cycle, A/HRC/WG.6/49/MWI/1, 10 February 2025) =====================
d = "01.txt"
D = "2025-02-10"
MW = "Malawi"
AUDIS = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa", ["African Disability Protocol"])
AUOLD = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons", ["Protocol on the Rights of Older Persons", "African Older Persons Protocol"])
AUFMP = ("Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons", ["Free Movement Protocol", "AU Free Movement Protocol"])
R5013 = ("Human Rights Council resolution 50/13 on the rights of persons with albinism", ["resolution 50/13", "A/HRC/RES/50/13"])
R77222 = ("General Assembly resolution 77/222 on a moratorium on the use of the death penalty", ["resolution 77/222", "A/RES/77/222", "moratorium resolution"])
# "supported 154 of the 196 recommendations ... noted 42": counts. The MHRC as observer, reports to CEDAW/CAT committees,
# the SPT visit, the NPM designation before Parliament, the National Registration Act and the reservations' withdrawal: nothing.
R(d, MW, ACCEDED, ICPPED, "2022-07-14", "Malawi acceded to the International Convention for the Protection of All Persons from Enforced Disappearance on 14 July 2022")
R(d, MW, RATIFIED, OPIC, "2023-03-21", "Malawi also ratified the Optional Protocol to the Convention on the Rights of the Child on a communications procedure on 21 March 2023")
R(d, MW, ACCEDED, STL54, "2023-09", "The Government deposited its instrument of accession to the Convention relating to the Status of Stateless Persons (1954) with the Secretary-General in September 2023")
R(d, MW, "signed", ICRMW, "2022-09-13", "Malawi signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families on 13 September 2022")
R(d, MW, NOTRATIFIED, ICRMW, None, "but has not yet ratified it", negated=True,
  alt=["Malawi commits to ratifying the Migrant Workers Convention by 2027"])
# A voluntary pledge to ratify: an annotator may also read it as a commitment to the Convention.
R(d, MW, COMMITTED, ICRMW, None, "Malawi commits to ratifying the Migrant Workers Convention by 2027", required=False)
R(d, MW, NOTBOUND, STL61, None, "the Government intends to accede to it before the end of the fourth cycle", negated=True)
R(d, MW, NOTBOUND, OPICESCR, None, "Malawi is not a party to the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True,
  alt=["Recommendations 116.11 (Portugal) and 116.12 (Gabon) to ratify that instrument were noted"])
RL(d, ["Portugal", "Gabon"], "called-for", OPICESCR, "2020-11", "Recommendations 116.11 (Portugal) and 116.12 (Gabon) to ratify that instrument were noted", required=False)
R(d, MW, ACCEDED, REF51, "1987", "to which Malawi acceded in 1987")
R(d, MW, RATIFIED, CRPD, "2009", "which Malawi ratified in 2009")
R(d, MW, RATIFIED, OPCAT, "2019-06-07", "following the ratification, on 7 June 2019, of the Optional Protocol to the Convention against Torture (OPCAT)")
QAU = ("Malawi ratified the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa in August 2021 "
       "and the Protocol on the Rights of Older Persons in 2022")
R(d, MW, RATIFIED, AUDIS, "2021-08", QAU)
R(d, MW, RATIFIED, AUOLD, "2022", QAU)
QFMP = "Malawi has signed, but not ratified, the Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons"
R(d, MW, "signed", AUFMP, None, QFMP)
R(d, MW, NOTRATIFIED, AUFMP, None, QFMP, negated=True)
R(d, MW, ["co-sponsored", "supported"], R5013, None, "Malawi was among the co-sponsors of Human Rights Council resolution 50/13 on the rights of persons with albinism")
R(d, MW, "supported", R77222, "2022-12", "it voted in favour of General Assembly resolution 77/222 on a moratorium on the use of the death penalty in December 2022")
R(d, MW, NOTBOUND, OP2, None, "Malawi is not yet a party to the Second Optional Protocol to the International Covenant on Civil and Political Rights", negated=True,
  alt=["The Government has no plans to accede in the current cycle"])
R(d, MW, "called-for", ICPPED, D, "encourages all States of the Southern African Development Community that have not yet done so to accede to the International Convention for the Protection of All Persons from Enforced Disappearance")
# "calls on development partners to support its treaty reporting capacity": support for a process, nothing.

# ===================== 02 (UPR Working Group report, Paraguay, fourth cycle, A/HRC/56/12, 8 April 2024; review 26 January 2024) =====================
d = "02.txt"
D = "2024-01-26"   # the recommendations were made at the review
PY = "Paraguay"
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement"])
IAOLD = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Inter-American Older Persons Convention"])
IADISC = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["Inter-American Convention against Discrimination"])
ACHR = ("American Convention on Human Rights", ["Pact of San José", "ACHR"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
# "a party to all nine core international human rights treaties": no instrument named. The troika, "84 delegations", Uruguay's
# congratulations, Argentina's note of the standing invitation, the Working Group's adoption of its report (a report, not an instrument), Congress's approval, the OAS General Secretariat as depositary,
# 87.7 (implement), 87.9 (action plan) and the declaration made upon signature: nothing.
Q5 = "which Paraguay had signed in 2009 but had not yet ratified"
R(d, PY, "signed", OPICESCR, "2009", Q5)
R(d, PY, NOTRATIFIED, OPICESCR, None, Q5, negated=True)
R(d, PY, RATIFIED, ESCAZU, "2022-03-01", "Paraguay had ratified the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean (Escazú Agreement), on 1 March 2022")
R(d, PY, RATIFIED, C190, "2023-06-09", "The delegation stated that the latter had been ratified on 9 June 2023",
  alt=["and the Violence and Harassment Convention, 2019 (No. 190), of the International Labour Organization"])
R(d, PY, NOTRATIFIED, IAOLD, None, "the instrument of ratification would be deposited with the General Secretariat of the Organization of American States shortly", negated=True)
R(d, PY, NOTBOUND, STL61, None, "Paraguay was considering accession to the 1961 Convention on the Reduction of Statelessness", negated=True)
R(d, PY, PARTY, ACHR, None, "had no intention of withdrawing from the American Convention on Human Rights", required=False)
R(d, PY, "signed", ESCAZU, "2018-09-28", "Paraguay signed the Escazú Agreement on 28 September 2018.")
Q871 = "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Portugal) (Spain) (Ecuador) (Gabon) (Belgium)"
RL(d, ["Portugal", "Spain", "Ecuador", "Gabon", "Belgium"], "called-for", OPICESCR, D, Q871)
R(d, "Angola", "called-for", OPICESCR, D, "Consider ratifying the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Angola)", required=False)
RL(d, ["Côte d'Ivoire", "Brazil"], "called-for", STL61, D, "Accede to the Convention on the Reduction of Statelessness (Côte d'Ivoire) (Brazil)")
R(d, "Chile", "called-for", IAOLD, D, "Ratify the Inter-American Convention on Protecting the Human Rights of Older Persons (Chile)")
RL(d, ["Mexico", "Colombia"], "called-for", IADISC, D, "Ratify the Inter-American Convention against All Forms of Discrimination and Intolerance, signed by Paraguay in 2013 (Mexico) (Colombia)")
R(d, PY, "signed", IADISC, "2013", "signed by Paraguay in 2013")
R(d, PY, RATIFIED, C189, "2013", "ratified by Paraguay in 2013")
R(d, "Norway", "called-for", C169, D, "Ratify the Indigenous and Tribal Peoples Convention, 1989 (No. 169)")
RL(d, ["Ireland", "Austria", "South Africa", "Kazakhstan"], "called-for", TPNW, D, "Ratify the Treaty on the Prohibition of Nuclear Weapons (Ireland) (Austria) (South Africa) (Kazakhstan)")

# ===================== 03 (UPR addendum, Thailand, third cycle, A/HRC/49/17/Add.1, Markdown; 2 March 2022; review 10 November 2021) =====================
d = "03.md"
D = "2021-11-10"   # the recommendations were made at the review
DD = "2022-03-02"
TH = "Thailand"
P029 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol", "2014 Protocol to the Forced Labour Convention"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["ILO Convention No. 87", "C087", "Convention No. 87"])
C098 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["ILO Convention No. 98", "C098", "Convention No. 98"])
R75183 = ("General Assembly resolution 75/183 on a moratorium on the use of the death penalty", ["resolution 75/183", "A/RES/75/183"])
# "278 recommendations ... supports 218 ... notes 60": counts. A supported recommendation to ratify is a plan (negated), a noted
# one a refusal (negated). The Cabinet approval, the 2022 Act, the screening mechanism, reports to the Committees, the standing
# invitation and 115.10 (implement): nothing. The table's quotes keep the inner cell separators only.
RL(d, ["France", "Japan", "Argentina", "Iraq"], "called-for", ICPPED, D,
   "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Japan) (Argentina) (Iraq)")
R(d, TH, "signed", ICPPED, "2012-01-09", "Thailand signed the Convention on 9 January 2012.")
R(d, TH, NOTRATIFIED, ICPPED, None, "it has not yet deposited an instrument of ratification of the Convention with the Secretary-General", negated=True,
  alt=["to ratify the International Convention for the Protection of All Persons from Enforced Disappearance by 2024"])
RL(d, ["Denmark", "Czechia", "Ghana"], "called-for", OPCAT, D, "Ratify the Optional Protocol to the Convention against Torture (Denmark) (Czechia) (Ghana)")
R(d, TH, NOTRATIFIED, OPCAT, None, "Thailand intends to ratify the OPCAT once the 2022 Act on torture and enforced disappearance has entered into force", negated=True)
Q3 = "Accede to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol (Sierra Leone) (Brazil)"
RL(d, ["Sierra Leone", "Brazil"], "called-for", REF51, D, Q3)
RL(d, ["Sierra Leone", "Brazil"], "called-for", REF67, D, Q3)
R(d, TH, NOTBOUND, REF51, None, Q3 + " | Noted", negated=True)
R(d, TH, NOTBOUND, REF67, None, Q3 + " | Noted", negated=True)
Q4 = "Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Indonesia) (Philippines)"
RL(d, ["Indonesia", "Philippines"], "called-for", ICRMW, D, Q4)
R(d, TH, NOTRATIFIED, ICRMW, None, Q4 + " | Noted", negated=True)
Q5 = "Ratify ILO Convention No. 190 on violence and harassment (Italy)"
R(d, "Italy", "called-for", C190, D, Q5)
R(d, TH, NOTRATIFIED, C190, None, Q5 + " | Supported", negated=True)
Q6 = "Accede to the Rome Statute of the International Criminal Court (Estonia) (Latvia)"
RL(d, ["Estonia", "Latvia"], "called-for", ROME, D, Q6)
R(d, TH, NOTBOUND, ROME, None, Q6 + " | Noted", negated=True)
R(d, "Australia", "called-for", OP2, D, "Ratify the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty (Australia)")
R(d, TH, NOTBOUND, OP2, None, "Thailand is not a party to the Second Optional Protocol and does not intend to become one during the current cycle", negated=True)
R(d, "United Kingdom", "called-for", P029, D, "Ratify the Protocol of 2014 to the Forced Labour Convention (United Kingdom)")
R(d, TH, RATIFIED, P029, "2018-06-04", "Thailand ratified the Protocol on 4 June 2018")
Q9 = "Ratify ILO Conventions No. 87 and No. 98 (Sweden)"
for c in (C087, C098):
    R(d, "Sweden", "called-for", c, D, Q9)
    R(d, TH, NOTRATIFIED, c, None, Q9 + " | Noted", negated=True)
R(d, TH, ACCEDED, CRPD, "2008", "Thailand recalls that it acceded to the Convention on the Rights of Persons with Disabilities in 2008")
R(d, TH, RATIFIED, OPCRPD, "2016-09-02", "ratified its Optional Protocol on 2 September 2016")
R(d, TH, "supported", R75183, "2020-12", "Thailand abstained in the vote on General Assembly resolution 75/183 in December 2020", negated=True)
R(d, TH, "called-for", ICPPED, DD, "Thailand also encourages other States of the Association of Southeast Asian Nations to sign and ratify the International Convention for the Protection of All Persons from Enforced Disappearance")

# ===================== 04 (CEDAW Committee, concluding observations, Uzbekistan, CEDAW/C/UZB/CO/7, 14 November 2022) =====================
d = "04.txt"
D = "2022-11-14"   # the Committee's calls take the document's date (the session's closing day is not given as the adoption day)
UZ = "Uzbekistan"
CEDAWC = ["Committee on the Elimination of Discrimination against Women", "CEDAW Committee", "Committee"]
C183 = ("Maternity Protection Convention, 2000 (No. 183)", ["ILO Convention No. 183", "C183", "Convention No. 183"])
IACA = ("Agreement on the Establishment of the International Anti-Corruption Academy", ["IACA Agreement"])
ART20 = ("Amendment to article 20 (1) of the Convention on the Elimination of All Forms of Discrimination against Women", ["amendment to article 20 (1)", "amendment to article 20(1)"])
# The Committee "welcomes" the State party's ratifications: the State's records, not the Committee's. The two laws (domestic), the
# 2030 Agenda, the Beijing Declaration ("use" it: not a call to join), the follow-up request and the footnote's list: nothing.
R(d, UZ, JOINED, CRPD, "2021", "Convention on the Rights of Persons with Disabilities, in 2021",
  alt=["the State party has ratified or acceded to the following international instruments"])
R(d, UZ, JOINED, C183, "2022", "Maternity Protection Convention, 2000 (No. 183), of the International Labour Organization, in 2022")
R(d, UZ, JOINED, IACA, "2019", "Agreement on the Establishment of the International Anti-Corruption Academy, in 2019")
R(d, UZ, NOTRATIFIED, OPCEDAW, None, "the State party has not yet ratified the Optional Protocol to the Convention", negated=True)
R(d, CEDAWC, "called-for", OPCEDAW, D, "The Committee recommends that the State party ratify the Optional Protocol to the Convention without further delay")
R(d, UZ, ACCEDED, STL54, "2022-07", "Uzbekistan acceded to the Convention relating to the Status of Stateless Persons in July 2022")
R(d, UZ, NOTBOUND, STL61, None, "the State party is considering accession to the Convention on the Reduction of Statelessness", negated=True)
R(d, CEDAWC, "called-for", STL61, D, "The Committee recommends that the State party expedite its accession to the Convention on the Reduction of Statelessness")
Q47 = ("The Committee therefore encourages the State party to ratify the International Convention on the Protection of the Rights of All Migrant "
       "Workers and Members of Their Families and the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, CEDAWC, "called-for", ICRMW, D, Q47)
R(d, CEDAWC, "called-for", ICPPED, D, Q47)
R(d, UZ, NOTBOUND, ICRMW, None, "to which it is not yet a party", negated=True)
R(d, UZ, NOTBOUND, ICPPED, None, "to which it is not yet a party", negated=True)
R(d, CEDAWC, "called-for", ART20, D, "The Committee encourages the State party to accept, as soon as possible, the amendment to article 20 (1) of the Convention")

# ===================== 05 (OHCHR meeting summary, Committee against Torture, Ecuador's eighth report, HTML; Geneva, 23 April 2025) =====================
d = "05.html"
D = "2025-04-23"
EC = "Ecuador"
CATC = "Committee against Torture"
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention"])
IACPPT = ("Inter-American Convention to Prevent and Punish Torture", ["IACPPT"])
PEI = ("Principles on Effective Interviewing for Investigations and Information Gathering", ["Méndez Principles", "Principles on Effective Interviewing"])
R73304 = ("General Assembly resolution 73/304, Towards torture-free trade", ["resolution 73/304", "A/RES/73/304", "Towards torture-free trade"])
# The article 22 declaration, the interpretative declaration on article 1, the Constitutional Court's prior opinion, the Alliance
# for Torture-Free Trade (an alliance, not an instrument), "no plans to withdraw" (restates party status), the NPM: nothing.
R(d, EC, PARTY, OPCAT, "2010", "Ecuador had been a party to the Optional Protocol to the Convention against Torture since 2010",
  alt=["as Ecuador had done fifteen years earlier"])
R(d, EC, "signed", LJHC, "2024-02", "Mr. Lindqvist noted that Ecuador signed the Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of Genocide, Crimes against Humanity, War Crimes and Other International Crimes in February 2024")
R(d, [CATC, "Tomás Lindqvist", "Committee Expert"], "called-for", LJHC, D, "encouraged the State to ratify it promptly", required=False)
R(d, EC, NOTRATIFIED, LJHC, None, "Ecuador had not yet deposited its instrument of ratification", negated=True)
R(d, EC, ACCEDED, STL61, "2012", "accession to the Convention on the Reduction of Statelessness in 2012")
R(d, EC, RATIFIED, IACPPT, "1999", "Ecuador ratified the Inter-American Convention to Prevent and Punish Torture in 1999")
R(d, EC, ENDORSED, PEI, "2022", "Ecuador had endorsed the Principles on Effective Interviewing for Investigations and Information Gathering in 2022")
R(d, EC, ["co-sponsored", "supported"], R73304, None, "was among the co-sponsors of General Assembly resolution 73/304")
R(d, EC, COMMITTED, CAT, D, "Ecuador was committed to the Convention against Torture")
R(d, [CATC, "Claudio Ferraro", "Committee Chair"], "called-for", OPCAT, D,
  "the Committee encouraged all States of the region that had not yet done so to ratify the Optional Protocol to the Convention")

# ===================== 06 (CHRAJ, Ghana's NHRI, UPR stakeholder submission, fourth cycle; Accra, 14 July 2022) =====================
d = "06.txt"
D = "2022-07-14"
GH = "Ghana"
CHRAJ = ["Commission on Human Rights and Administrative Justice", "CHRAJ", "Commission on Human Rights and Administrative Justice (CHRAJ)"]
MORAT = ("General Assembly resolution on a moratorium on the use of the death penalty", ["moratorium resolution"])
R77222 = ("General Assembly resolution 77/222 on a moratorium on the use of the death penalty", ["resolution 77/222", "A/RES/77/222"])
# GANHRI "A" status, "accepted 180 and noted 61" (counts), the NPM designation, the Article 34 (6) declaration (a declaration
# accepting the African Court's competence, not joining an instrument), the private member's Bill, the Tripartite Committee and
# Cabinet (domestic), the overdue report and the standing invitation: nothing.
R(d, GH, RATIFIED, OPCAT, "2016-09-23", "The Commission commends the State for ratifying the Optional Protocol to the Convention against Torture (OPCAT) on 23 September 2016")
R(d, GH, RATIFIED, MARRAKESH, "2018-10-11", "for the ratification of the Marrakesh Treaty on 11 October 2018")
R(d, GH, "signed", ICPPED, "2007-02-06", "Ghana signed the International Convention for the Protection of All Persons from Enforced Disappearance on 6 February 2007")
R(d, GH, NOTRATIFIED, ICPPED, None, "the Convention remains unratified", negated=True)
RL(d, ["Portugal", "Uruguay"], "called-for", OPICESCR, "2017-11-09",
   "supported recommendations from Portugal and Uruguay to ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", required=False)
R(d, GH, NOTRATIFIED, OPICESCR, None, "Ghana has still not ratified the OP-ICESCR", negated=True,
  alt=["the Government supported recommendations from Portugal and Uruguay to ratify the Optional Protocol"])
R(d, GH, PARTY, MAPUTO, "2007", "Ghana, a State party to the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa (Maputo Protocol) since 2007")
R(d, GH, "supported", MORAT, "2020-12", "Ghana abstained in the vote on the resolution on a moratorium on the use of the death penalty in December 2020", negated=True)
R(d, GH, "supported", R77222, "2022-12", "Ghana then voted in favour of the same resolution (resolution 77/222) in December 2022")
R(d, GA, "adopted", R77222, "2022-12-15", "A/RES/77/222, adopted on 15 December 2022", required=False)
R(d, GH, NOTBOUND, OP2, None, "Ghana is not a party to the Second Optional Protocol to the International Covenant on Civil and Political Rights", negated=True)
R(d, GH, NOTRATIFIED, C190, None, "Ghana has not ratified the ILO Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, CHRAJ, "called-for", ICPPED, D, "ratify, without further delay, the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, CHRAJ, "called-for", OPICESCR, D, "ratify the OP-ICESCR, in line with the recommendations it supported in 2017")
R(d, CHRAJ, "called-for", OP2, D, "accede to the Second Optional Protocol to the ICCPR")
R(d, CHRAJ, "called-for", C190, D, "ratify ILO Convention No. 190")

# ===================== 07 (joint NGO stakeholder submission, UPR of Tajikistan, fourth cycle; 15 July 2026) =====================
d = "07.txt"
D = "2026-07-15"
DR = "2021-11-05"   # the third cycle review
TJ = "Tajikistan"
ORGS = [["The Advocates for Human Rights", "Advocates for Human Rights"], ["World Coalition Against the Death Penalty", "The World Coalition Against the Death Penalty"],
        ["Adolat Human Rights Centre", "Adolat"]]
R79179 = ("General Assembly resolution 79/179 on a moratorium on the use of the death penalty", ["resolution 79/179", "A/RES/79/179"])
MOR22 = ("General Assembly resolution on a moratorium on the use of the death penalty (2022)", ["moratorium resolution"])
# The moratorium since 2004, the Criminal Code, the Majlisi Oli's laws, the draft law (domestic), "supporting nine
# recommendations" (unnamed recommending States), the call to co-sponsor the next resolution and the call on reviewing States to
# repeat a recommendation: nothing.
R13 = ["Australia", "Belgium", "Chile", "Costa Rica", "France", "Germany", "Iceland", "Italy", "Montenegro", "Portugal", "Rwanda", "Spain", "Uruguay"]
RL(d, R13, "called-for", OP2, DR, "Australia, Belgium, Chile, Costa Rica, France, Germany, Iceland, Italy, Montenegro, Portugal, Rwanda, Spain and Uruguay recommended that Tajikistan ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights")
R(d, TJ, NOTBOUND, OP2, None, "Tajikistan noted all of these recommendations", negated=True)
RL(d, ["Denmark", "Ghana"], "called-for", OPCAT, DR, "recommendations (from Denmark and Ghana) to accede to the Optional Protocol to the Convention against Torture")
R(d, TJ, NOTBOUND, OPCAT, None, "will consider accession to the OPCAT once the necessary conditions are in place", negated=True,
  alt=["Tajikistan also noted recommendations (from Denmark and Ghana) to accede to the Optional Protocol to the Convention against Torture"])
R(d, TJ, "signed", CRPD, "2018-03-22", "Tajikistan signed the Convention on the Rights of Persons with Disabilities on 22 March 2018",
  alt=["CRPD 22 Mar 2018 --"])
R(d, TJ, NOTRATIFIED, CRPD, None, "It has not ratified it, despite supporting nine recommendations to do so", negated=True)
R(d, TJ, ACCEDED, ICCPR, "1999-01-04", "Tajikistan acceded to the Covenant in 1999", alt=["ICCPR -- 4 Jan 1999 (a)"])
R(d, TJ, ACCEDED, CAT, "1995-01-11", "to the Convention against Torture in 1995", alt=["CAT -- 11 Jan 1995 (a)"])
R(d, TJ, NOTBOUND, ICPPED, None, "is not a party to the International Convention for the Protection of All Persons from Enforced Disappearance", negated=True)
R(d, TJ, "supported", R79179, "2024-12-17", "Tajikistan voted in favour of General Assembly resolution 79/179 on a moratorium on the use of the death penalty on 17 December 2024")
R(d, TJ, "supported", MOR22, "2022", "as it had in 2022", required=False)
R(d, TJ, "co-sponsored", R79179, None, "it was not among the resolution's co-sponsors", negated=True,
  alt=["Tajikistan has never co-sponsored the resolution"])
for o in ORGS:
    R(d, o, "called-for", OP2, D, "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty")
    R(d, o, "called-for", OPCAT, D, "Accede to the OPCAT")
    R(d, o, "called-for", CRPD, D, "Ratify the Convention on the Rights of Persons with Disabilities")

# ===================== 08 (OHCHR, summary of stakeholders' submissions on Nepal, A/HRC/WG.6/51/NPL/3, 3 November 2025) =====================
d = "08.txt"
NP = "Nepal"
NHRC = ["National Human Rights Commission of Nepal", "NHRC", "National Human Rights Commission"]
AI = ["Amnesty International", "AI"]
HRW = ["Human Rights Watch", "HRW"]
ICANW = ["International Campaign to Abolish Nuclear Weapons", "ICAN"]
JS3 = ["JS3", "Joint submission 3", "Refugee Rights Nepal"]
JS1 = ["JS1", "Joint submission 1", "General Federation of Nepalese Trade Unions", "Home Workers Network Nepal"]
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
# The stakeholders' calls are reported from undated submissions: no date. "seven of the nine core ... treaties" (unnamed), "38
# stakeholders' submissions" (count), the NPM, the Cabinet proposal (domestic), AI's para. 8 (an Act, a visit) and the
# implementation of Convention No. 169: nothing. The JS codes are coalitions named only in the notes: required=False.
Q2 = ("recommended that Nepal ratify the International Convention for the Protection of All Persons from Enforced Disappearance and the International "
      "Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
R(d, NHRC, "called-for", ICPPED, None, Q2)
R(d, NHRC, "called-for", ICRMW, None, Q2)
R(d, NHRC, "called-for", OPCAT, None, "The NHRC recommended that the Government accede to the Optional Protocol to the Convention against Torture")
Q4 = "AI, HRW and JS3 recommended that Nepal ratify the Convention relating to the Status of Refugees and its 1967 Protocol"
for a, req in ((AI, True), (HRW, True), (JS3, False)):
    R(d, a, "called-for", REF51, None, Q4, required=req)
    R(d, a, "called-for", REF67, None, Q4, required=req)
R(d, NP, NOTBOUND, REF51, None, "Nepal had supported none of the eleven recommendations on this subject", negated=True, required=False)
R(d, NP, "signed", TPNW, "2017-09-20", "Nepal had signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, ICANW, "called-for", TPNW, None, "recommended that Nepal ratify it without delay")
R(d, NP, RATIFIED, C169, "2007", "which it had ratified in 2007",
  alt=["Nepal was a party to the Indigenous and Tribal Peoples Convention, 1989 (No. 169)"])
R(d, NP, ENDORSED, UNDRIP, None, "it had endorsed the United Nations Declaration on the Rights of Indigenous Peoples")
R(d, NP, NOTBOUND, OPIC, None, "Nepal's accession to the Optional Protocol to the Convention on the Rights of the Child on a communications procedure was still pending", negated=True)
R(d, HRW, "called-for", ICPPED, None, "HRW urged all States that had not yet done so to ratify the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, NP, NOTRATIFIED, C189, None, "Nepal had not ratified the Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, JS1, "called-for", C189, None, "recommended that it do so", required=False)

# ===================== 09 (Mongolia, follow-up reply to the Human Rights Committee, CCPR/C/MNG/CO/6/Add.1; received 20 August 2018) =====================
d = "09.txt"
D = "2018-08-20"   # the State's reply is dated by its receipt; the symbol's distribution date (17 September 2018) is the UN's
MN = "Mongolia"
HRCTEE = ["Human Rights Committee", "Committee"]
R3617 = ("Human Rights Council resolution 36/17 on the question of the death penalty", ["resolution 36/17", "A/HRC/RES/36/17"])
R71187 = ("General Assembly resolution 71/187 on a moratorium on the use of the death penalty", ["resolution 71/187", "A/RES/71/187"])
MOUUNHCR = ("Memorandum of Understanding between the Government of Mongolia and UNHCR", ["Mongolia-UNHCR Memorandum of Understanding"])
# The Law on the NHRC and the State Great Khural, the revised Criminal Code and its entry into force (domestic), the article 41
# declaration, officials' statements on reintroduction, the inter-agency working group and Council membership: nothing.
# "remains a party to the Second Optional Protocol" restates the 2012 accession (alt quote, no separate record).
R(d, MN, ACCEDED, OPCAT, "2015-02-12", "to which Mongolia acceded on 12 February 2015")
R(d, MN, ACCEDED, OP2, "2012-03-13", "Mongolia acceded to the Second Optional Protocol to the Covenant, aiming at the abolition of the death penalty, on 13 March 2012",
  alt=["Mongolia remains a party to the Second Optional Protocol and has no intention of withdrawing from it"])
Q6 = 'The Committee recommended that the State party "consider acceding to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol"'
R(d, HRCTEE, "called-for", REF51, "2017-07-21", Q6, required=False)
R(d, HRCTEE, "called-for", REF67, "2017-07-21", Q6, required=False)
R(d, MN, NOTBOUND, REF51, None, "Mongolia is not a party to the Refugee Convention or its Protocol", negated=True,
  alt=["has no plans at present to accede to either instrument"])
R(d, MN, NOTBOUND, REF67, None, "Mongolia is not a party to the Refugee Convention or its Protocol", negated=True,
  alt=["has no plans at present to accede to either instrument"])
R(d, MN, ["co-sponsored", "supported"], R3617, None, "Mongolia was among the co-sponsors of Human Rights Council resolution 36/17 on the question of the death penalty")
R(d, HRC, "adopted", R3617, "2017-09", "adopted in September 2017", required=False)
R(d, MN, "supported", R71187, "2016-12", "voted in favour of General Assembly resolution 71/187 on a moratorium on the use of the death penalty in December 2016")
R(d, MN, "signed", MOUUNHCR, "2013", "The Memorandum of Understanding between the Government of Mongolia and UNHCR, signed in 2013", required=False)
R(d, MN, RATIFIED, ICPPED, "2015-02-12", "Mongolia ratified the International Convention for the Protection of All Persons from Enforced Disappearance on 12 February 2015")
R(d, MN, "signed", ICPPED, "2007-02-06", "having signed it on 6 February 2007")
R(d, MN, RATIFIED, OPCRPD, None, "It has also ratified the Optional Protocol to the Convention on the Rights of Persons with Disabilities")
R(d, MN, RATIFIED, OPICESCR, "2015", "in 2015, the Optional Protocol to the Covenant on Economic, Social and Cultural Rights")
R(d, MN, "signed", ICRMW, None, "Mongolia has not yet signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", negated=True)
R(d, MN, "called-for", OP2, D, "calls upon all States that have not yet done so to ratify the Second Optional Protocol")

# ===================== 10 (Montenegro, voluntary UPR mid-term report, second cycle, Markdown; Podgorica, 16 March 2015) =====================
d = "10.md"
D = "2013-01-29"   # the recommendations were made at the review
DD = "2015-03-16"
ME = "Montenegro"
KAMPALA = ("Amendments to the Rome Statute of the International Criminal Court on the crime of aggression", ["Kampala amendments", "amendments on the crime of aggression"])
MEDICRIME = ("Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health", ["MEDICRIME Convention", "MEDICRIME"])
R273 = ("Human Rights Council resolution 27/3 on the safety of journalists", ["resolution 27/3", "A/HRC/RES/27/3"])
# "accepted 119 and noted 5": counts. The Inter-sectoral Working Group, the roundtable, the deposit in New York (venue), the
# Istanbul Convention's entry into force, "no reservations", the Skupština, the Labour Law (domestic) and the Group of Friends on
# the UPR (a group, not an instrument): nothing. The table's quotes keep the inner cell separators only.
RL(d, ["Portugal", "Spain"], "called-for", OPICESCR, D, "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights | Portugal, Spain")
RL(d, ["Slovakia", "Portugal", "Germany"], "called-for", OPIC, D, "Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure | Slovakia, Portugal, Germany")
R(d, "Slovakia", "called-for", STL61, D, "Accede to the 1961 Convention on the Reduction of Statelessness | Slovakia")
RL(d, ["Spain", "Türkiye"], "called-for", ISTANBUL, D, "Ratify the Council of Europe Convention on preventing and combating violence against women and domestic violence | Spain, Turkey")
R(d, "Liechtenstein", "called-for", KAMPALA, D, "Ratify the amendments to the Rome Statute on the crime of aggression | Liechtenstein")
R(d, "Philippines", "called-for", C189, D, "Consider ratifying the ILO Domestic Workers Convention, 2011 (No. 189) | Philippines", required=False)
Q12 = ("Montenegro ratified both the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights and the Optional Protocol "
       "to the Convention on the Rights of the Child on a communications procedure on 24 September 2013")
R(d, ME, RATIFIED, OPICESCR, "2013-09-24", Q12)
R(d, ME, RATIFIED, OPIC, "2013-09-24", Q12)
R(d, ME, ACCEDED, STL61, "2013-12-05", "The instrument of accession to the Convention on the Reduction of Statelessness was deposited on 5 December 2013")
R(d, ME, PARTY, STL54, "2006", "Montenegro had already succeeded to the Convention relating to the Status of Stateless Persons in 2006")
R(d, ME, RATIFIED, ISTANBUL, "2013-04-22", "On 22 April 2013, Montenegro became the third member State of the Council of Europe to ratify the Istanbul Convention")
RL(d, ["Türkiye", "Albania"], RATIFIED, ISTANBUL, None, "following Turkey and Albania")
R(d, ME, NOTRATIFIED, KAMPALA, None, "The Ministry of Justice expects the ratification to be completed in 2016", negated=True,
  alt=["Montenegro is not bound by the amendments"])
R(d, ME, NOTRATIFIED, C189, None, "Montenegro does not intend to ratify Convention No. 189 in the current cycle", negated=True)
R(d, ME, "signed", MEDICRIME, "2011-10-28", "Montenegro signed the Council of Europe Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health (MEDICRIME Convention) on 28 October 2011")
R(d, ME, RATIFIED, MEDICRIME, "2013", "ratified it in 2013")
RL(d, [ME, "Austria", "Brazil", "France", "Greece", "Morocco", "Qatar", "Tunisia"], ["co-sponsored", "supported"], R273, None,
   "Montenegro co-sponsored resolution 27/3 on the safety of journalists, together with Austria, Brazil, France, Greece, Morocco, Qatar and Tunisia")
R(d, ME, "called-for", ISTANBUL, DD, "The Government calls on all States in the Western Balkans that have not yet done so to ratify the Istanbul Convention")

# ===================== 11 (UPR Info statements database, review of Qatar, transcript; Geneva, Monday 6 May 2019) =====================
d = "11.txt"
D = "2019-05-06"
QA = "Qatar"
ARAB = ("Arab Charter on Human Rights", ["Arab Charter"])
# Each speaker's "we" is its State. Reservations (made and to withdraw), the ILO agreement and the labour reforms, the kafala
# system, the Wage Protection System, "taken note of all recommendations" (no instrument), "271 recommendations", abolishing the
# death penalty (not an instrument): nothing. Ireland's "commend Qatar's accession" restates Qatar's own accession.
QCOV = ("Last year, Qatar acceded to the International Covenant on Civil and Political Rights and to the International Covenant on Economic, "
        "Social and Cultural Rights, on 21 May 2018")
R(d, QA, ACCEDED, ICCPR, "2018-05-21", QCOV, alt=["We commend Qatar's accession to both Covenants last year"])
R(d, QA, ACCEDED, ICESCR, "2018-05-21", QCOV, alt=["We commend Qatar's accession to both Covenants last year"])
R(d, QA, PARTY, CRC, "1995", "We have been a party to the Convention on the Rights of the Child since 1995")
R(d, QA, RATIFIED, ARAB, "2009", "we ratified the Arab Charter on Human Rights in 2009")
R(d, QA, NOTBOUND, REF51, None, "the competent authorities are studying the question of accession", negated=True)
R(d, QA, NOTBOUND, ROME, None, "The State of Qatar is not in a position, at this stage, to accede to the Rome Statute of the International Criminal Court", negated=True)
R(d, "Ireland", "called-for", OP1, D, "Ratify the First Optional Protocol to the International Covenant on Civil and Political Rights")
QMX = ("ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families and ILO "
       "Convention No. 189 on domestic workers")
R(d, "Mexico", "called-for", ICRMW, D, QMX)
R(d, "Mexico", "called-for", C189, D, QMX)
R(d, "Mexico", RATIFIED, ICRMW, "1999", "Mexico, which ratified the Migrant Workers Convention in 1999")
QNO = "Norway recommends that Qatar accede to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol"
R(d, "Norway", "called-for", REF51, D, QNO)
R(d, "Norway", "called-for", REF67, D, QNO)
R(d, "Philippines", "called-for", C189, D, "The Philippines recommends that Qatar consider ratifying ILO Convention No. 189", required=False)
R(d, "Philippines", RATIFIED, C189, "2012", "which the Philippines itself ratified in 2012")
R(d, "Sierra Leone", "called-for", ROME, D, "Sierra Leone recommends that Qatar consider acceding to the Rome Statute of the International Criminal Court", required=False)
R(d, "Sierra Leone", "called-for", ICPPED, D, "that it sign the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, QA, "signed", ICRMW, None, "Qatar intends to consider signing the Migrant Workers Convention", negated=True)
R(d, QA, NOTRATIFIED, C189, None, "it has made no decision on ILO Convention No. 189", negated=True)
R(d, QA, "called-for", ARAB, D, "We also call on all member States of the League of Arab States to join the Arab Charter on Human Rights")

# ===================== 12 (Armenia MFA press release, fourth cycle UPR presentation, HTML; Geneva/Yerevan, 23 January 2025) =====================
d = "12.html"
D = "2025-01-23"
AM = "Armenia"
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention"])
GENPREV = ("Human Rights Council resolution on the prevention of genocide", ["resolution on the prevention of genocide", "HRC genocide prevention resolution"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
# The Palais des Nations (venue), the troika, the Statute's entry into force for Armenia on 1 February 2024, the conference in
# Ljubljana (venue), the Government's concept paper, the Constitutional Court, the National Assembly's amendments to the Law on
# Citizenship (domestic), "more than 80 States" and "83 delegations" (unnamed): nothing.
R(d, AM, RATIFIED, ROME, "2023-11-14", "Armenia deposited its instrument of ratification of the Rome Statute of the International Criminal Court on 14 November 2023")
R(d, AM, "signed", LJHC, "2024-02", "Armenia also signed the Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of Genocide, Crimes against Humanity, War Crimes and Other International Crimes at the diplomatic conference in Ljubljana in February 2024")
R(d, AM, "signed", ISTANBUL, "2018-01", "which Armenia signed in January 2018")
R(d, AM, NOTRATIFIED, ISTANBUL, None, "We have not yet ratified the Istanbul Convention, but we are determined to do so once the Constitutional Court has given its opinion", negated=True)
R(d, AM, PARTY, STL61, "1994", "Armenia has been a party to the Convention on the Reduction of Statelessness since 1994")
R(d, AM, ["co-sponsored", "supported"], GENPREV, None, "Armenia was the main sponsor of the resolution of the Council on the prevention of genocide")
RL(d, ["Argentina", "Cyprus", "France", "Greece", "Lithuania", "Uruguay"], ["co-sponsored", "supported"], GENPREV, None,
   "co-sponsored by more than 80 States, including Argentina, Cyprus, France, Greece, Lithuania and Uruguay")
R(d, HRC, "adopted", GENPREV, "2024-04", "adopted by consensus in April 2024")
RL(d, ["France", "Germany", "Lithuania", "Spain", "Sweden"], "called-for", ISTANBUL, D,
   "France, Germany, Lithuania, Spain and Sweden recommended that Armenia ratify the Istanbul Convention")
RL(d, ["Costa Rica", "Portugal"], "called-for", OPICESCR, D,
   "Costa Rica and Portugal recommended accession to the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights")
R(d, AM, "signed", OPICESCR, "2009", "which Armenia signed in 2009 but has yet to ratify")
R(d, AM, NOTRATIFIED, OPICESCR, None, "which Armenia signed in 2009 but has yet to ratify", negated=True)
R(d, AM, "called-for", GENOCIDE, D, "The head of delegation also called on all States that have not yet done so to accede to the Convention on the Prevention and Punishment of the Crime of Genocide")
R(d, GA, "adopted", GENOCIDE, "1948-12-09", "the first human rights treaty adopted by the United Nations General Assembly, on 9 December 1948", required=False)

# ===================== 13 (Committee on the Rights of the Child, concluding observations, Lao PDR, CRC/C/LAO/CO/3-6, 1 November 2018) =====================
d = "13.txt"
D = "2018-10-05"   # adopted at the 2342nd meeting on 5 October 2018 (the Committee's calls take that date)
LA = "Lao PDR"
CRCC = ["Committee on the Rights of the Child", "CRC Committee", "Committee"]
ACTIP = ("ASEAN Convention against Trafficking in Persons, Especially Women and Children", ["ACTIP"])
HAGUE93 = ("Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption", ["Hague Adoption Convention", "1993 Hague Convention"])
# The Committee "welcomes ... the ratification of or accession to" (the State's records), the 2014 Law (domestic), overdue
# initial reports, the ASEAN Commission (a body), the next report's due date: nothing. "Consider acceding/ratifying" calls are
# required=False, as elsewhere in this corpus.
R(d, LA, JOINED, CAT, "2012", "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, in 2012")
R(d, LA, JOINED, ACTIP, "2017", "the ASEAN Convention against Trafficking in Persons, Especially Women and Children, in 2017")
Q22 = "the State party is not a party to the Convention relating to the Status of Stateless Persons or to the Convention on the Reduction of Statelessness"
R(d, LA, NOTBOUND, STL54, None, Q22, negated=True)
R(d, LA, NOTBOUND, STL61, None, Q22, negated=True)
Q22B = "Consider acceding to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness"
R(d, CRCC, "called-for", STL54, D, Q22B, required=False)
R(d, CRCC, "called-for", STL61, D, Q22B, required=False)
R(d, CRCC, "called-for", HAGUE93, D, "The Committee recommends that the State party ratify the Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption of 1993")
Q45 = ("the State party acceded to both the Optional Protocol on the sale of children, child prostitution and child pornography and the Optional "
       "Protocol on the involvement of children in armed conflict in 2006")
R(d, LA, ACCEDED, OPSC, "2006", Q45)
R(d, LA, ACCEDED, OPAC, "2006", Q45)
R(d, CRCC, "called-for", OPIC, D, "ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure")
Q47 = "consider ratifying the following core human rights instruments to which it is not yet a party"
for inst in (OPCAT, ICRMW, ICPPED):
    R(d, CRCC, "called-for", inst, D, Q47, required=False)
    R(d, LA, NOTBOUND, inst, None, "to which it is not yet a party", negated=True)
R(d, LA, "signed", ICPPED, "2008-09-29", "which it signed on 29 September 2008")

# ===================== 14 (Report of the Human Rights Council on its 31st session, UPR chapter extract, A/HRC/31/2, 22 April 2016) =====================
d = "14.txt"
D = "2016-03-17"   # the statements and the adoption of the outcomes at the 45th meeting
MT = "Malta"
NCPE = ["National Commission for the Promotion of Equality of Malta", "National Commission for the Promotion of Equality", "NCPE"]
ECHRP12 = ("Protocol No. 12 to the Convention for the Protection of Human Rights and Fundamental Freedoms", ["Protocol No. 12", "Protocol 12 to the ECHR", "ECHR Protocol No. 12"])
DEC31113 = ("Human Rights Council decision 31/113 on the outcome of the universal periodic review of Malta", ["decision 31/113"])
DEC31114 = ("Human Rights Council decision 31/114 on the outcome of the universal periodic review of Chad", ["decision 31/114"])
# "supported 93 of the 117 recommendations", "nine delegations" (counts); Italy's welcome and Greece's congratulations (not the
# welcomers' acts; Greece's gives an alt quote for Malta's signature); the reservation's withdrawal; EU law on free movement; the
# draft Penal Code before the National Assembly (domestic); resolution 5/1 and PRST 9/2 (cited, not acted on): nothing.
R(d, MT, "signed", ICPPED, "2016-02-02", "Malta had signed the International Convention for the Protection of All Persons from Enforced Disappearance, on 2 February 2016",
  alt=["Greece congratulated Malta on the signing of the Convention on enforced disappearance"])
R(d, MT, PARTY, OPCRPD, "2012-10-10", "Malta had been a party to the Optional Protocol to the Convention on the Rights of Persons with Disabilities since 10 October 2012")
R(d, MT, NOTRATIFIED, OPICESCR, None, "Malta had supported the recommendations to ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True,
  alt=["which it intended to ratify by the end of 2016"])
R(d, MT, NOTRATIFIED, ICRMW, None, "It had noted the recommendations to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", negated=True,
  alt=["Amnesty International regretted that Malta had noted the recommendations to ratify the Migrant Workers Convention"])
R(d, MT, RATIFIED, ISTANBUL, "2014-07-29", "Malta had ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence on 29 July 2014",
  alt=["Italy welcomed Malta's ratification of the Istanbul Convention"])
R(d, "Libya", "called-for", STL61, D, "Libya encouraged Malta to accede to the Convention on the Reduction of Statelessness")
R(d, ["Amnesty International", "AI"], "called-for", ICRMW, D, "called on Malta and all European Union member States to ratify that Convention")
R(d, NCPE, "called-for", ECHRP12, D, "urged the Government to ratify Protocol No. 12 to the Convention for the Protection of Human Rights and Fundamental Freedoms")
R(d, MT, "signed", ECHRP12, "2000", "which Malta had signed in 2000")
R(d, HRC, "adopted", DEC31113, D, "the Human Rights Council adopted decision 31/113 on the outcome of the review of Malta", required=False)
R(d, "Chad", RATIFIED, OPCAT, "2015", "Chad had ratified the Optional Protocol to the Convention against Torture in 2015")
R(d, "Chad", NOTRATIFIED, OP2, None, "would soon ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights", negated=True)
R(d, "Chad", "signed", ICPPED, "2012-09-27", "Chad had signed, on 27 September 2012, the International Convention for the Protection of All Persons from Enforced Disappearance")
R(d, HRC, "adopted", DEC31114, D, "the Council adopted decision 31/114 on the outcome of the review of Chad", required=False)

# ===================== 15 (Malay Mail news item, Malaysia's fourth-cycle UPR outcome; Kuala Lumpur, 4 July 2024) =====================
d = "15.txt"
D = "2024-07-04"
Y = "2024-07-03"   # "yesterday": the Council session and the NGOs' joint statement
DR = "2024-01"      # the recommendations were made at the review "in January"
MY = "Malaysia"
SUARAM = ["Suara Rakyat Malaysia", "Suaram"]
CIJ = ["Centre for Independent Journalism", "CIJ"]
FISHERS = ("ASEAN Declaration on the Placement and Protection of Migrant Fishers", ["ASEAN Declaration on Migrant Fishers"])
AHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
# "221 of the 356 recommendations" (counts); the Federal Constitution; the technical committee; "fewer than 30 UN member states"
# (unnamed); the treaty's entry into force; protests; Suhakam's advocacy of "the remaining core ... treaties" (no instrument named);
# the Council's adoption of the outcome (not an instrument): nothing. The withdrawal of the accession is a negated party record.
C11 = ["Australia", "Canada", "Chile", "Denmark", "Finland", "Germany", "Iceland", "Ireland", "Japan", "Mexico", "New Zealand"]
RL(d, C11, "called-for", ICERD, DR, "calls from Australia, Canada, Chile, Denmark, Finland, Germany, Iceland, Ireland, Japan, Mexico and New Zealand to ratify ICERD")
R(d, MY, NOTRATIFIED, ICERD, None, "it has once again declined to commit to ratifying the International Convention on the Elimination of All Forms of Racial Discrimination (ICERD)", negated=True,
  alt=["The government's position on ICERD has not changed."])
R(d, "Timor-Leste", "called-for", CAT, DR, "a recommendation by Timor-Leste to consider acceding to the Convention against Torture", required=False)
R(d, MY, NOTRATIFIED, CAT, None, "Malaysia is one of fewer than 30 UN member states that have not ratified the Convention against Torture", negated=True,
  alt=['Malaysia had "supported in principle" a recommendation by Timor-Leste to consider acceding to the Convention against Torture'])
QCOV = ("it has also not ratified the International Covenant on Civil and Political Rights or its sister Covenant on economic, social and cultural rights")
R(d, MY, NOTRATIFIED, ICCPR, None, QCOV, negated=True)
R(d, MY, NOTRATIFIED, ICESCR, None, QCOV, negated=True)
RL(d, ["France", "Netherlands"], "called-for", ROME, DR, "Several European delegations, including France and the Netherlands, again recommended that Malaysia accede to the Rome Statute of the International Criminal Court")
R(d, MY, ACCEDED, ROME, "2019-03-04", "Malaysia deposited its instrument of accession to the Rome Statute with the UN Secretary-General on March 4, 2019")
R(d, MY, NOTBOUND, ROME, None, "but withdrew it less than two months later", negated=True,
  alt=["The government has since said it has no plans to revisit the matter"])
R(d, MY, RATIFIED, ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol", "2014 Protocol to the Forced Labour Convention"]), "2022-03",
  "the country ratified the International Labour Organization's Protocol of 2014 to the Forced Labour Convention in March 2022")
R(d, MY, RATIFIED, CRPD, "2010", "and the Convention on the Rights of Persons with Disabilities in 2010")
QPARTY = "Malaysia is a party to the Convention on the Elimination of All Forms of Discrimination against Women and the Convention on the Rights of the Child"
R(d, MY, PARTY, CEDAW, None, QPARTY)
R(d, MY, PARTY, CRC, None, QPARTY)
R(d, MY, ENDORSED, FISHERS, "2023", "Malaysia endorsed the ASEAN Declaration on the Placement and Protection of Migrant Fishers")
R(d, MY, COMMITTED, AHRD, Y, "we remain committed to the ASEAN Human Rights Declaration")
R(d, ["ASEAN", "Association of Southeast Asian Nations"], "adopted", AHRD, "2012", "ASEAN Human Rights Declaration adopted in Phnom Penh in 2012", required=False)
for o in (SUARAM, CIJ):
    for inst in (ICERD, ICCPR, CAT):
        R(d, o, "called-for", inst, Y, "urged Putrajaya to ratify ICERD, the ICCPR and the Convention against Torture")

# ===================== 16 (Committee against Torture, follow-up rapporteur's letter to Jordan; Geneva, 15 November 2013) =====================
d = "16.txt"
D = "2013-11-15"
JO = "Jordan"
CATC = ["Committee against Torture", "Committee", "Rapporteur for follow-up on concluding observations"]
ADALEH = ["Adaleh Center for Human Rights Studies", "Adaleh Center", "Adaleh"]
AOHR = ["Arab Organization for Human Rights", "AOHR"]
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", ["Trafficking in Persons Protocol", "Palermo Protocol", "Trafficking Protocol"])
ARAB = ("Arab Charter on Human Rights", ["Arab Charter"])
# The 2010 concluding observations and the 2011 follow-up information (documents, not acts), the NCHR's visits, the 1998
# Memorandum of Understanding with UNHCR (no act stated), non-refoulement, the Anti-Human Trafficking Law and its entry into
# force (domestic), the declarations under articles 21 and 22 and the reservation to article 20, the Committee's assessment and
# deadline: nothing. The letter's signatory and addressee are not actors.
R(d, JO, NOTRATIFIED, OPCAT, None, "Jordan has not ratified the Optional Protocol to the Convention against Torture", negated=True,
  alt=["the matter is under active study by the competent authorities"])
R(d, CATC, "called-for", OPCAT, D, "The Committee reiterates its recommendation that the State party ratify the Optional Protocol at the earliest opportunity")
QREF = "it does not intend to accede to the Convention relating to the Status of Refugees or its 1967 Protocol"
R(d, JO, NOTBOUND, REF51, None, QREF, negated=True)
R(d, JO, NOTBOUND, REF67, None, QREF, negated=True)
R(d, JO, RATIFIED, TIP, "2009-06", "Jordan ratified the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, in June 2009")
R(d, JO, "signed", ICPPED, "2007-02-06", "Jordan signed the International Convention for the Protection of All Persons from Enforced Disappearance on 6 February 2007")
R(d, CATC, "called-for", ICPPED, D, "encourages the State party to ratify it")
R(d, JO, RATIFIED, ARAB, "2004", "the State party's ratification of the Arab Charter on Human Rights in 2004")
R(d, JO, ACCEDED, CRPD, "2008", "of its accession to the Convention on the Rights of Persons with Disabilities in 2008")
R(d, ADALEH, "called-for", OPCAT, "2013-09-30", "called on Jordan to ratify the Optional Protocol")
R(d, AOHR, "called-for", OP2, None, "urged all States of the region to ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights")

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
