#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Three documents are Markdown (04, 08, 09) and three are saved HTML pages (06, 11, 16);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote spans HTML
mark-up, an HTML entity, Markdown emphasis or a list marker.

Theme: the English-language services of national news agencies and official texts translated into English by
governments: Kazinform, Bernama, VNA, Prensa Latina, Xinhua, ENA, QNA, Anadolu, BSS, WAFA and SAnews items, foreign
ministries' English pages (Moldova, Ukraine, Argentina), a presidential press service (Uzbekistan) and a translated
ministry communiqué (Bolivia). Their quirks: "joining to the Protocol", "the instrument of ratification was handed over
to", titles and honorifics before names, agency datelines ("NUR-SULTAN. March 24. KAZINFORM", "Addis Ababa July 8/2019
(ENA)"), dates such as "23rd of September, 2020", "06.08.2019" and "on Wednesday" (resolved against the dateline).

Rules applied throughout (gold/dev and gold/dev2 READMEs): a deposited instrument of ratification / accession /
acceptance is the State's act, dated by the text; a parliament's vote, a law "on ratification" signed by a President,
an Emiri decree, a cabinet approval, publication in a gazette are domestic steps and give no record, even when the
agency writes "the parliament ratified"; the depositary, the venue, the hand-over official, entry into force and
implementation give no record. Planned, expected, hedged, "has yet to", "is studying", reported-then-denied and
withdrawals are negated records without a date (votes against, abstentions and non-participation keep the vote's
date). Calls on others to sign, ratify or join are the caller's `called-for`, dated by the statement. Welcoming another
actor's act gives the welcomer nothing; the act itself is the actor's record. Recognition of a State, membership of an
organisation (WTO, SCO) and support for a court or process are not instruments."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Iran", "Syria", "China", "Kenya",
          "Mexico", "Germany", "Netherlands", "Republic of Korea", "Viet Nam", "Türkiye", "Republic of Moldova", "Bolivia",
          "Venezuela", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Chile", "Costa Rica", "Ecuador", "Colombia",
          "Paraguay", "Bangladesh", "Micronesia", "Philippines", "Czechia", "Saudi Arabia", "Egypt", "Thailand", "Ghana",
          "Rwanda", "Uganda", "United Arab Emirates", "Togo", "Papua New Guinea", "State of Palestine", "Côte d'Ivoire",
          "Gambia", "Congo", "Eswatini", "Sahrawi Arab Democratic Republic", "São Tomé and Príncipe", "Equatorial Guinea",
          "Guinea", "Burundi", "Timor-Leste", "Cambodia", "Sudan"),
    "Malaysia": ["Malaysia"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Myanmar": ["Myanmar", "Burma"],
    "Mongolia": ["Mongolia"],
    "Turkmenistan": ["Turkmenistan"],
    "Georgia": ["Georgia"],
    "Ukraine": ["Ukraine"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Israel": ["Israel", "State of Israel"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Benin": ["Benin", "Republic of Benin"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "India": ["India", "Republic of India"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka"],
    "Nepal": ["Nepal"],
    "Japan": ["Japan"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Poland": ["Poland", "Republic of Poland"],
}
ALT["Czechia"] = ALT["Czechia"] + ["the Czech Republic"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ILO_DG = ["ILO Director-General", "Director-General of the ILO", "Guy Ryder", "ILO", "International Labour Organization"]


# ===================== 01 (Kazinform, Kazakhstan deposits its ratification of ICCPR-OP2, NUR-SULTAN, 24 March 2022) =====================
d = "01.txt"
D = "2022-03-24"
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR", "ICCPR-OP2"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant on Civil and Political Rights"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
R75183 = ("resolution 75/183", ["Moratorium on the use of the death penalty", "General Assembly resolution 75/183"])
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
# "today" against the dateline; the agency calls the ratification "joining" and the ministry "accession": any of the three.
# "became the 90th State Party" is the same event (no separate record).
R(d, "Kazakhstan", ACCEPTED, OP2, D,
  "The instrument of ratification of the Protocol was handed over by the Permanent Representative of the Republic of Kazakhstan to the United Nations Magzhan Ilyassov",
  alt=["Kazakhstan today completed the procedures of joining to the Second Optional Protocol to the International Covenant on Civil and Political Rights",
       "became the 90th State Party of this important international instrument"])
# The depositary (the Secretary-General): nothing.
R(d, "Kazakhstan", "signed", OP2, "2020-09-23", "the Protocol was signed on behalf of Kazakhstan on 23rd of September, 2020 in New York")
# The ratification Law signed by the President, the Criminal Code amendments, entry into force on 24 June 2022, the 2003
# moratorium: domestic steps and entry into force, nothing.
R(d, "Kazakhstan", RATIFIED, ICCPR, "2006", "Kazakhstan ratified the International Covenant on Civil and Political Rights itself in 2006")
R(d, "Kazakhstan", PARTY, OPCAT, "2008", "is a party to the Optional Protocol to the Convention against Torture since 2008")
R(d, "Kazakhstan", "supported", R75183, "2020-12",
  "in December 2020 Kazakhstan for the first time voted in favour of the UN General Assembly resolution 75/183")
R(d, GA, "adopted", R75183, "2020-12", 'resolution 75/183 "Moratorium on the use of the death penalty", which was adopted by 123 votes')
RL(d, ["Turkmenistan"], JOINED, OP2, "2000", "Turkmenistan joined the Second Optional Protocol in 2000, Uzbekistan – in 2008 and Kyrgyzstan – in 2010")
RL(d, ["Uzbekistan"], JOINED, OP2, "2008", "Turkmenistan joined the Second Optional Protocol in 2000, Uzbekistan – in 2008 and Kyrgyzstan – in 2010")
RL(d, ["Kyrgyzstan"], JOINED, OP2, "2010", "Turkmenistan joined the Second Optional Protocol in 2000, Uzbekistan – in 2008 and Kyrgyzstan – in 2010")
R(d, "Mongolia", ACCEDED, OP2, "2012", "neighbouring Mongolia acceded to it in 2012")
R(d, "Tajikistan", NOTBOUND, OP2, None, "Tajikistan, where the moratorium on the death penalty is in force since 2004, has not yet joined the Protocol", negated=True)
Q = "The Russian Federation and China, which have not abolished the capital punishment, neither signed nor ratified the document"
RL(d, ["Russian Federation", "China"], "signed", OP2, None, Q, negated=True)
RL(d, ["Russian Federation", "China"], NOTRATIFIED, OP2, None, Q, negated=True)
R(d, "Kazakhstan", "called-for", OP2, D,
  "Kazakhstan calls upon the States which still apply the death penalty to consider the possibility of joining to the Second Optional Protocol")
R(d, "Kazakhstan", ["acceded", "party", "ratified"], RS, None,
  "the issue of Kazakhstan's accession to the Rome Statute of the International Criminal Court is not considered at present", negated=True)
R(d, "Kazakhstan", "signed", OPCRPD, "2008", "the Optional Protocol to the Convention on the Rights of Persons with Disabilities, which Kazakhstan signed in 2008")
R(d, "Kazakhstan", NOTRATIFIED, OPCRPD, None,
  "the inter-agency work on ratification of the Optional Protocol to the Convention on the Rights of Persons with Disabilities, which Kazakhstan signed in 2008, is being continued",
  negated=True)
# The High Commissioner's and the EU Delegation's welcome: nothing.

# ===================== 02 (Bernama, Malaysia reverses its Rome Statute accession, PUTRAJAYA, 5 April 2019) =====================
d = "02.txt"
D = "2019-04-05"
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD"])
UNCAT = ("United Nations Convention against Torture", ["UNCAT", "Convention against Torture", "CAT"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
REF = ("1951 Refugee Convention", ["Convention relating to the Status of Refugees", "Refugee Convention"])
R(d, "Malaysia", NOTBOUND, RS, None, "Malaysia will not be a party to the Rome Statute of the International Criminal Court (ICC)", negated=True,
  alt=["Malaysia will not be party to Rome Statute, says Dr Mahathir",
       "the Cabinet had decided to withdraw from the statute",
       "a move which would have made it the 124th State Party to the statute",
       "the government had formally notified the Secretary-General of the United Nations of the withdrawal of the instrument of accession"])
# The deposit of 4 March was made (later withdrawn): the deposit is the act the text states, dated; the withdrawal is the
# negated record above. The Vienna Convention on the Law of Treaties is only cited: nothing.
R(d, "Malaysia", ACCEDED, RS, "2019-03-04", "Malaysia had on March 4 deposited its instrument of accession to the Rome Statute")
R(d, "Malaysia", NOTRATIFIED, ICERD, None,
  "it announced on Nov 23 last year that it would not ratify the International Convention on the Elimination of All Forms of Racial Discrimination (ICERD)",
  negated=True)
# Reported, then denied by the minister.
R(d, "Malaysia", NOTRATIFIED, UNCAT, None,
  "a news portal report claiming that the Cabinet had also agreed to ratify the United Nations Convention against Torture (UNCAT) this year",
  negated=True, alt=["No such decision was made."])
R(d, "Malaysia", RATIFIED, PARIS, "2016-11", "the Paris Agreement on climate change, which it ratified in November 2016")
# The denied pull-out from the Paris Agreement is no act (and no negated record); "remains fully committed" is explicit.
R(d, "Malaysia", COMMITTED, PARIS, D, "stressing that the country remains fully committed to the agreement")
QC = ("the Convention on the Rights of the Child (CRC) and the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW), "
      "both acceded to in 1995")
R(d, "Malaysia", ACCEDED, CRC, "1995", QC)
R(d, "Malaysia", ACCEDED, CEDAW, "1995", QC)
R(d, "Malaysia", RATIFIED, CRPD, "2010", "the Convention on the Rights of Persons with Disabilities (CRPD), which it ratified in 2010")
R(d, "Malaysia", NOTBOUND, REF, None, "Malaysia is also not a party to the 1951 Refugee Convention and has no plans to accede to it", negated=True)
R(d, "Cambodia", PARTY, RS, "2000", "Cambodia and Timor-Leste have been States Parties to the Rome Statute since 2000 and 2002 respectively")
R(d, "Timor-Leste", PARTY, RS, "2002", "Cambodia and Timor-Leste have been States Parties to the Rome Statute since 2000 and 2002 respectively")
R(d, "Philippines", NOTBOUND, RS, None, "the withdrawal of the Philippines from the statute took effect on March 17 this year", negated=True)
RL(d, ["Indonesia", "Myanmar"], NOTBOUND, RS, None,
   "Indonesia, which had listed accession in its national human rights action plan, and Myanmar have not joined the statute", negated=True)
R(d, ["Amnesty International Malaysia", "Amnesty International"], "called-for", RS, D,
  "urged the government to reconsider its decision and proceed with the accession to the Rome Statute")

# ===================== 03 (VNA / VietnamPlus, Viet Nam deposits ILO Convention No.105, Geneva, 15 July 2020) =====================
d = "03.txt"
C105 = ("Abolition of Forced Labour Convention", ["Convention No.105", "ILO Convention No. 105", "C105", "Convention No.105 on the Abolition of Forced Labour"])
C87 = ("Freedom of Association and Protection of the Right to Organise Convention", ["Convention No.87", "C87", "ILO Convention No. 87"])
C190 = ("Violence and Harassment Convention", ["Convention No.190", "C190", "ILO Convention No. 190"])
C29 = ("Forced Labour Convention", ["Convention No.29", "C29", "ILO Convention No. 29"])
C100 = ("Equal Remuneration Convention", ["Convention No.100", "C100"])
C111 = ("Discrimination (Employment and Occupation) Convention", ["Convention No.111", "C111", "Convention No.111 on Discrimination in Employment and Occupation"])
C138 = ("Minimum Age Convention", ["Convention No.138", "C138"])
C182 = ("Worst Forms of Child Labour Convention", ["Convention No.182", "C182"])
C98 = ("Right to Organise and Collective Bargaining Convention", ["Convention No.98", "C98"])
FPRW = ("ILO Declaration on Fundamental Principles and Rights at Work", ["1998 Declaration", "Declaration on Fundamental Principles and Rights at Work"])
EVFTA = ("EU-Vietnam Free Trade Agreement", ["EVFTA"])
EVIPA = ("EU-Vietnam Investment Protection Agreement", ["EVIPA"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
R(d, "Viet Nam", RATIFIED, C105, "2020-07-14",
  "The instrument of ratification of the International Labour Organisation (ILO)’s Convention No.105 on the Abolition of Forced Labour of Vietnam was handed over to ILO Director-General Guy Ryder",
  alt=["Vietnam deposits instrument of ratification of ILO Convention on abolition of forced labour"])
# The National Assembly's resolution of June 8 (domestic) and entry into force on July 14, 2021: nothing.
R(d, ILO_DG, "called-for", C87, "2020-07-14", "He encouraged Vietnam to soon ratify Convention No.87 on Freedom of Association and Protection of the Right to Organise")
# First stated as "the last fundamental convention the country has not ratified".
R(d, "Viet Nam", NOTRATIFIED, C87, None, "the last fundamental convention the country has not ratified", negated=True,
  alt=["Vietnam plans to ratify Convention No.87 in 2023"])
R(d, "Viet Nam", NOTRATIFIED, C190, None,
  "the Ministry of Labour, Invalids and Social Affairs (MoLISA) is also studying the ratification of Convention No.190 on violence and harassment in the world of work",
  negated=True)
# "a total of 25 ILO conventions": no names. The listed fundamental conventions follow "Vietnam has ratified".
R(d, "Viet Nam", RATIFIED, C29, "2007", "Convention No.29 on Forced Labour (ratified in 2007)")
QB = "Convention No.100 on Equal Remuneration and Convention No.111 on Discrimination in Employment and Occupation (both in 1997)"
R(d, "Viet Nam", RATIFIED, C100, "1997", QB)
R(d, "Viet Nam", RATIFIED, C111, "1997", QB)
R(d, "Viet Nam", RATIFIED, C138, "2003", "Convention No.138 on Minimum Age (2003)")
R(d, "Viet Nam", RATIFIED, C182, "2000", "Convention No.182 on the Worst Forms of Child Labour (2000)")
R(d, "Viet Nam", RATIFIED, C98, "2019-07", "Convention No.98 on the Right to Organise and Collective Bargaining, the instrument of which was deposited in July last year")
R(d, "Viet Nam", COMMITTED, FPRW, None,
  "Vietnam has committed to respect, promote and realise the principles of the ILO Declaration on Fundamental Principles and Rights at Work of 1998")
# "the EVFTA, which was also ratified by the National Assembly on June 8": parliamentary approval, domestic; its taking
# effect on August 1: entry into force. Nothing.
# Signed for the EU by the Trade Commissioner and by Romania's minister "on behalf of the EU Council presidency": the EU's
# act, not Romania's.
QS = "The EVFTA and the EU-Vietnam Investment Protection Agreement (EVIPA) were signed in Hanoi on June 30, 2019"
RL(d, ["Viet Nam", "European Union"], "signed", EVFTA, "2019-06-30", QS)
RL(d, ["Viet Nam", "European Union"], "signed", EVIPA, "2019-06-30", QS)
# "must also be ratified by the parliaments of all EU member states": unnamed, nothing.
R(d, "Viet Nam", RATIFIED, CPTPP, "2018-11",
  "in November 2018, Vietnam became the seventh country to ratify the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)")
# The Labour Code 2019: domestic.

# ===================== 04.md (Moldovan MFAEI press release, Istanbul Convention deposit, 31.01.2022) =====================
d = "04.md"
D = "2022-01-31"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "CETS No. 210"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", ["Lanzarote Convention"])
THB = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["Convention on Action against Trafficking in Human Beings"])
R(d, "Republic of Moldova", RATIFIED, IST, D,
  "the Permanent Representative of the Republic of Moldova to the Council of Europe handed over to the Deputy Secretary General of the Council of Europe, Mr. Bjørn Berge, the instrument of ratification",
  alt=["The Republic of Moldova has deposited the instrument of ratification of the Istanbul Convention"])
R(d, "Republic of Moldova", "signed", IST, "2017-02-06", "The Republic of Moldova signed the Convention on 6 February 2017.")
# The Law voted by Parliament and promulgated by the President, entry into force on 1 May 2022 (Article 75), GREVIO and
# the national programme: domestic, entry into force, institution. The Minister's "attachment to the European values": nothing.
R(d, ["Council of Europe Deputy Secretary General", "Deputy Secretary General of the Council of Europe", "Bjørn Berge", "Council of Europe"],
  "called-for", IST, D, "encouraged the member States which did not do it yet to ratify the Convention without further delay")
R(d, "Georgia", RATIFIED, IST, "2017-05-19", "Georgia ratified the Convention on 19 May 2017")
R(d, "Ukraine", "signed", IST, "2011-11-07", "Ukraine (signed on 7 November 2011)")
R(d, "Armenia", "signed", IST, "2018-01-18", "Armenia (signed on 18 January 2018)")
RL(d, ["Ukraine", "Armenia"], NOTRATIFIED, IST, None,
   "Ukraine (signed on 7 November 2011) and Armenia (signed on 18 January 2018) have signed but have not yet ratified it", negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], "signed", IST, None, "Azerbaijan, as well as the Russian Federation, did not sign the Convention", negated=True)
RL(d, ["Bulgaria", "Czechia", "Hungary", "Latvia", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "the Convention has not yet been ratified by Bulgaria, the Czech Republic, Hungary, Latvia, Lithuania and Slovakia", negated=True)
R(d, "European Union", "signed", IST, "2017-06-13", "The European Union itself signed the Convention on 13 June 2017")
R(d, "European Union", NOTBOUND, IST, None, "its accession is still pending", negated=True)
R(d, "Türkiye", RATIFIED, IST, "2012", "Türkiye, which was the first State to ratify the Convention in 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "withdrew from it with effect from 1 July 2021", negated=True)
R(d, "Republic of Moldova", PARTY, LANZ, "2012",
  "The Republic of Moldova is a Party to the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (Lanzarote Convention) since 2012")
R(d, "Republic of Moldova", RATIFIED, THB, "2006", "ratified the Council of Europe Convention on Action against Trafficking in Human Beings in 2006")

# ===================== 05 (Prensa Latina, UNGA Cuba embargo vote, United Nations, 3 November 2022) =====================
d = "05.txt"
D = "2022-11-03"
TITLE = "Necessity of ending the economic, commercial and financial blockade imposed by the United States of America against Cuba"
R777 = ("resolution 77/7", [TITLE, "General Assembly resolution 77/7", "A/RES/77/7"])
R75289 = ("resolution 75/289", ["General Assembly resolution 75/289", "A/RES/75/289"])
R747 = ("resolution 74/7", ["General Assembly resolution 74/7", "A/RES/74/7"])
R(d, GA, "adopted", R777, D,
  "The UN General Assembly today approved, for the 30th occasion, the resolution 'Necessity of ending the economic, commercial and financial blockade imposed by the United States of America against Cuba'",
  alt=["The text, adopted as resolution 77/7"])
RL(d, ["United States", "Israel"], "supported", R777, D, "two against (the United States and Israel)", negated=True)
RL(d, ["Brazil", "Ukraine"], "supported", R777, D, "two abstentions (Brazil and Ukraine)", negated=True)
# The draft is Cuba's own: presented by its Foreign Minister in today's plenary.
R(d, "Cuba", "co-sponsored", R777, D, "was presented to the plenary by the Cuban Foreign Minister Bruno Rodríguez Parrilla")
RL(d, ["Mexico", "China", "Russian Federation", "Viet Nam", "Bolivia", "South Africa"], "supported", R777, D,
   "as well as the delegates of Mexico, China, the Russian Federation, Viet Nam, Bolivia and South Africa, among many others, took the floor to support the Cuban draft and announced their vote in favor")
# Pakistan and Azerbaijan speak for groups; the groups' support (and the speakers' own votes) are optional.
QG = "the representatives of Pakistan, on behalf of the Group of 77 and China, and of Azerbaijan, on behalf of the Non-Aligned Movement"
R(d, ["Group of 77 and China", "G77", "Group of 77"], "supported", R777, D, QG, required=False)
R(d, ["Non-Aligned Movement", "NAM"], "supported", R777, D, QG, required=False)
RL(d, ["Pakistan", "Azerbaijan"], "supported", R777, D, QG, required=False)
R(d, "Colombia", "supported", R777, D, "Colombia, which had abstained in the previous vote, this time supported the resolution")
# "the same two countries" = the United States and Israel.
Q75 = "resolution 75/289 obtained 184 votes in favor, with the same two countries against and the abstentions of Brazil, Colombia and Ukraine"
RL(d, ["United States", "Israel", "Brazil", "Ukraine"], "supported", R75289, "2021-06-23", Q75, negated=True)
R(d, "Colombia", "supported", R75289, "2021-06-23", Q75, negated=True, alt=["Colombia, which had abstained in the previous vote"])
R(d, GA, "adopted", R75289, "2021-06-23", "on June 23, 2021, resolution 75/289 obtained 184 votes in favor", required=False)
RL(d, ["Brazil", "United States", "Israel"], "supported", R747, "2019",
   "the government of Jair Bolsonaro joined the United States and Israel in voting against", negated=True)
RL(d, ["Colombia", "Ukraine"], "supported", R747, "2019", "while Colombia and Ukraine abstained", negated=True)
R(d, GA, "adopted", R747, "2019", "when resolution 74/7 was approved with 187 votes", required=False)
# "The European Union, whose 27 member states voted in favor": the EU does not vote, the members are unnamed. The
# Helms-Burton Act: domestic legislation. Brazil's return "next year" to a vote in favour: a future, unnamed text.
# Calls to end the blockade and the terrorism list: no instrument.

# ===================== 06.html (Xinhua web page, China accedes to the Apostille Convention, BEIJING, 9 March 2023) =====================
d = "06.html"
APO = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["Forced Labour Convention", "C29", "ILO Convention No. 29"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["Abolition of Forced Labour Convention", "C105", "ILO Convention No. 105"])
MARR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
        ["Marrakesh Treaty"])
HCCH = ("HCCH Convention on Choice of Court Agreements", ["Convention on Choice of Court Agreements", "Choice of Court Convention"])
SGM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention on Mediation", "Singapore Convention"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
# "on Wednesday" in a Thursday 9 March dispatch: 8 March 2023. The hand-over in The Hague, the Netherlands as depositary,
# the NPC Standing Committee's decision (domestic), entry into force on Nov. 7 and application in Hong Kong and Macao: nothing.
R(d, "China", ACCEDED, APO, "2023-03-08",
  "China on Wednesday deposited its instrument of accession to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents",
  alt=["China joins Apostille Convention to simplify cross-border use of documents"])
RL(d, ["Japan", "Republic of Korea", "Philippines", "Indonesia"], PARTY, APO, None,
   "Among China's neighbors, Japan, the Republic of Korea, the Philippines and Indonesia are already contracting parties")
# "takes effect on Thursday": entry into force; the deposit is dated "last year".
R(d, "Pakistan", ACCEDED, APO, "2022", "Pakistan's accession, deposited last year")
RL(d, ["Viet Nam", "Thailand"], NOTBOUND, APO, None, "Vietnam and Thailand have not yet joined the convention", negated=True)
# "125 contracting parties": unnamed. The HCCH Secretary General's welcome: nothing.
QILO = ("In August 2022, China deposited with the International Labour Organization the instruments of ratification of the Forced Labour "
        "Convention, 1930 (No. 29) and the Abolition of Forced Labour Convention, 1957 (No. 105)")
R(d, "China", RATIFIED, C29, "2022-08", QILO)
R(d, "China", RATIFIED, C105, "2022-08", QILO)
R(d, "China", RATIFIED, MARR, "2022-02",
  "In February 2022, China's instrument of ratification of the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled was deposited with the World Intellectual Property Organization")
QSG = ("China signed the HCCH Convention on Choice of Court Agreements on Sept. 12, 2017 and the United Nations Convention on International "
       "Settlement Agreements Resulting from Mediation, known as the Singapore Convention on Mediation, on Aug. 7, 2019")
R(d, "China", "signed", HCCH, "2017-09-12", QSG)
R(d, "China", "signed", SGM, "2019-08-07", QSG)
R(d, "China", NOTRATIFIED, HCCH, None, "but has not yet ratified either of them", negated=True)
R(d, "China", NOTRATIFIED, SGM, None, "but has not yet ratified either of them", negated=True)
# An application to join is not accession: planned.
R(d, "China", JOINED, CPTPP, None,
  "China formally applied to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in September 2021", negated=True)
R(d, "China", JOINED, DEPA, None, "the Digital Economy Partnership Agreement (DEPA) in November 2021, and the accession processes are ongoing", negated=True)

# ===================== 07 (ENA, AfCFTA Niamey summit, Addis Ababa, 8 July 2019) =====================
d = "07.txt"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
AUC = ["Chairperson of the African Union Commission", "AU Commission Chairperson", "Moussa Faki Mahamat", "African Union Commission"]
SUN = "2019-07-07"  # "on Sunday" in a dispatch of Monday 8 July 2019
RL(d, ["Nigeria", "Benin"], "signed", AFCFTA, SUN,
   "President of the Federal Republic of Nigeria Muhammadu Buhari and President of the Republic of Benin Patrice Talon signed the Agreement Establishing the African Continental Free Trade Area")
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea has now remained the only member state of the African Union which has not signed the Agreement", negated=True)
RL(d, ["Gabon", "Equatorial Guinea"], RATIFIED, AFCFTA, SUN, "Gabon and Equatorial Guinea have also deposited their instruments of ratification at the summit")
# The list over line breaks; the Chairperson of the AU Commission is the depositary (nothing). Ethiopia's deposit is dated
# by its own later sentence.
QL = ("The other countries which have deposited the instruments of ratification with the Chairperson of the African Union Commission, "
      "the depositary of the Agreement, are: Ghana, Kenya, Rwanda, Niger, Chad, Eswatini, Guinea, Uganda, Côte d'Ivoire, South Africa, "
      "Sierra Leone, Mali, Namibia, Republic of Congo, Djibouti, Mauritania, Senegal, Togo, Egypt, Ethiopia, The Gambia, the Sahrawi Arab "
      "Democratic Republic, Zimbabwe, Burkina Faso and Sao Tome and Principe")
RL(d, ["Ghana", "Kenya", "Rwanda", "Niger", "Chad", "Eswatini", "Guinea", "Uganda", "Côte d'Ivoire", "South Africa", "Sierra Leone", "Mali",
       "Namibia", "Congo", "Djibouti", "Mauritania", "Senegal", "Togo", "Egypt", "Gambia", "Sahrawi Arab Democratic Republic", "Zimbabwe",
       "Burkina Faso", "São Tomé and Príncipe"], RATIFIED, AFCFTA, None, QL)
R(d, "Ethiopia", RATIFIED, AFCFTA, "2019-04-10", QL,
  alt=["Ethiopia's instrument of ratification was deposited with the AU Commission on 10 April 2019"])
# Entry into force on 30 May 2019: nothing.
R(d, "Ethiopia", "signed", AFCFTA, "2018-03-21", "Ethiopia signed the Agreement in Kigali, Rwanda on 21 March 2018")
# "together with 43 other African countries": unnamed. The House of Peoples' Representatives' approval: domestic.
R(d, "Ethiopia", "called-for", AFCFTA, SUN,
  "urged on Sunday the member states which have not yet ratified the Agreement to expedite their ratification process")
R(d, AUC, "called-for", AFCFTA, SUN, 'called on the member states that have not yet done so to ratify the Agreement "without further delay"')
RL(d, ["South Africa", "Sierra Leone", "Namibia", "Lesotho", "Burundi"], "signed", AFCFTA, "2018-07",
   "South Africa, Sierra Leone, Namibia, Lesotho and Burundi had signed the Agreement at the AU summit in Nouakchott, Mauritania in July 2018")
# Accra as host of the Secretariat, the launch of the "operational instruments" (rules of origin, forum, observatory...):
# an institution and implementation tools, not treaty actions.
R(d, "Nigeria", NOTRATIFIED, AFCFTA, None,
  "the Agreement will be submitted to the Federal Executive Council for ratification after the completion of consultations with stakeholders", negated=True)
R(d, "Benin", NOTRATIFIED, AFCFTA, None, "Benin said it expects to ratify the Agreement in the coming months", negated=True)

# ===================== 08.md (Ukrainian MFA statement, Rome Statute deposit, 25 October 2024) =====================
d = "08.md"
D = "2024-10-25"
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
RSA = ("amendments to the Rome Statute", ["Kampala amendments", "amendments to the Rome Statute of the International Criminal Court"])
LHC = ("Ljubljana–The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
       ["Ljubljana–The Hague Convention", "Ljubljana-The Hague Convention", "MLA Convention"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC"])
R(d, "Ukraine", RATIFIED, RS, D,
  "Ukraine deposited with the Secretary-General of the United Nations the instrument of ratification of the Rome Statute of the International Criminal Court",
  alt=["Statement of the Ministry of Foreign Affairs of Ukraine on the deposit of the instrument of ratification of the Rome Statute of the International Criminal Court"])
R(d, "Ukraine", RATIFIED, RSA, D, "the instrument of ratification of the Rome Statute of the International Criminal Court and the amendments thereto", required=False)
R(d, "Ukraine", "signed", RS, "2000-01-20", "Ukraine signed the Rome Statute on 20 January 2000")
# The Rada's Law and the President's signature: domestic. Entry into force on 1 January 2025 (article 126): nothing;
# "will become the 125th State Party" is still to come at the date of the statement.
R(d, "Ukraine", ["party"], RS, None, "Ukraine will become the 125th State Party to the Rome Statute", negated=True)
# The article 124 declaration and the article 12(3) declarations of 2014 and 2015 accept or limit jurisdiction; they are
# not among the recorded actions. EU membership and "no impunity": nothing.
# "We were glad to welcome": Ukraine gets nothing; Armenia's ratification is Armenia's record ("last year" = 2023).
R(d, "Armenia", RATIFIED, RS, "2023", "Armenia's ratification of the Statute last year")
R(d, "Ukraine", "called-for", RS, D, "Ukraine calls on all States which have not done so yet to join the Rome Statute")
R(d, "Ukraine", "signed", LHC, "2024-02-14", "On 14 February 2024 Ukraine was among the first signatories of the Ljubljana–The Hague Convention")
R(d, "Ukraine", NOTRATIFIED, LHC, None, "The domestic procedures for its ratification are underway.", negated=True)
R(d, "Ukraine", ACCEDED, APIC, None,
  "Ukraine also intends to accede to the Agreement on the Privileges and Immunities of the International Criminal Court in the near future", negated=True)
QN = ("Of Ukraine's neighbours, States Parties to the Rome Statute are: Poland and Hungary – since 2001, Romania and Slovakia – since 2002, "
      "Georgia – since 2003, the Republic of Moldova – since 2010.")
for actor, year in [("Poland", "2001"), ("Hungary", "2001"), ("Romania", "2002"), ("Slovakia", "2002"), ("Georgia", "2003"), ("Republic of Moldova", "2010")]:
    R(d, actor, PARTY, RS, year, QN)
R(d, "Russian Federation", "signed", RS, "2000", "The Russian Federation signed the Statute in 2000")
R(d, "Russian Federation", NOTBOUND, RS, None, "notified the Secretary-General that it does not intend to become a party to it", negated=True)
RL(d, ["Belarus", "Azerbaijan"], "signed", RS, None, "Belarus and Azerbaijan have neither signed nor acceded to the Statute.", negated=True)
RL(d, ["Belarus", "Azerbaijan"], JOINED, RS, None, "Belarus and Azerbaijan have neither signed nor acceded to the Statute.", negated=True)

# ===================== 09.md (Uzbek presidential press service, documents signed with Kazakhstan, Tashkent, 22.12.2022) =====================
d = "09.md"
D = "2022-12-22"
ALLY = ("Treaty between the Republic of Uzbekistan and the Republic of Kazakhstan on Allied Relations", ["Treaty on Allied Relations"])
BORD = ("Agreement between the Republic of Uzbekistan and the Republic of Kazakhstan on the demarcation of the Uzbek-Kazakh state border",
        ["Agreement on demarcation", "border demarcation agreement"])
JST = ("Joint Statement of the Heads of State following the first meeting of the Supreme Interstate Council", ["Joint Statement"])
ICIC = ('Agreement on the main principles of creation and functioning of the International Centre for Industrial Cooperation "Central Asia"',
        ["International Centre for Industrial Cooperation agreement", "Agreement on the International Centre for Industrial Cooperation Central Asia"])
DECL = ("Declaration on further deepening of strategic partnership and strengthening of allied relations", ["Declaration on allied relations"])
CAT = ("Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century",
       ["Treaty on Friendship, Good-Neighbourliness and Cooperation", "Central Asia friendship treaty"])
UZKZ = ["Uzbekistan", "Kazakhstan"]
RL(d, UZKZ, "signed", ALLY, D, "The Treaty on Allied Relations was signed personally by President Shavkat Mirziyoyev and President Kassym-Jomart Tokayev",
   alt=["Uzbekistan and Kazakhstan sign the Treaty on Allied Relations",
        "Treaty between the Republic of Uzbekistan and the Republic of Kazakhstan on Allied Relations"])
RL(d, UZKZ, "signed", BORD, D, "Agreement between the Republic of Uzbekistan and the Republic of Kazakhstan on the demarcation of the Uzbek-Kazakh state border")
RL(d, UZKZ, SIGNED_DECL, JST, D, "Joint Statement of the Heads of State following the first meeting of the Supreme Interstate Council")
# "a package of intergovernmental and interdepartmental documents": unnamed, nothing.
QR = "The two sides will exchange the instruments of ratification of the Treaty and of the Agreement on demarcation after completion of the internal procedures."
RL(d, UZKZ, NOTRATIFIED, ALLY, None, QR, negated=True)
RL(d, UZKZ, NOTRATIFIED, BORD, None, QR, negated=True)
RL(d, UZKZ, "signed", ICIC, None,
   'It was agreed to sign the Agreement on the main principles of creation and functioning of the International Centre for Industrial Cooperation "Central Asia" during the next contacts at the highest level',
   negated=True)
RL(d, UZKZ, SIGNED_DECL, DECL, "2021-12-06",
   "on 6 December 2021 in Nur-Sultan the leaders of the two countries signed the Declaration on further deepening of strategic partnership and strengthening of allied relations")
RL(d, ["Kazakhstan", "Kyrgyzstan", "Uzbekistan"], "signed", CAT, "2022-07-21",
   "which was signed by Kazakhstan, Kyrgyzstan and Uzbekistan at the Consultative Meeting of the Heads of State of Central Asia in Cholpon-Ata on 21 July 2022")
RL(d, ["Tajikistan", "Turkmenistan"], ["signed", "acceded", "party"], CAT, None,
   "Tajikistan and Turkmenistan will join the Treaty after completion of their internal procedures", negated=True)
# Support for Uzbekistan's WTO accession (an organisation) and for Kazakhstan's water initiatives (no instrument): nothing.

# ===================== 10 (QNA, Qatar accedes to the two Covenants, New York, 21 May 2018) =====================
d = "10.txt"
D = "2018-05-21"
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant on Civil and Political Rights"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant on Economic, Social and Cultural Rights"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD"])
CAT2 = ("Convention against Torture", ["CAT", "UNCAT"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
CRCOP = ("Optional Protocols to the Convention on the Rights of the Child", ["two Optional Protocols to the Convention on the Rights of the Child"])
OP1 = ("First Optional Protocol to the International Covenant on Civil and Political Rights", ["Optional Protocol to the ICCPR", "ICCPR-OP1"])
UNHC = ["UN High Commissioner for Human Rights", "High Commissioner for Human Rights", "Zeid Ra'ad Al Hussein"]
QQ = ("The State of Qatar has deposited today with the Secretary-General of the United Nations the instruments of accession to the International "
      "Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights")
QH = ["State of Qatar Accedes to International Covenants on Civil and Political Rights, and on Economic, Social and Cultural Rights",
      "the State of Qatar becomes the third member state of the Gulf Cooperation Council (GCC) to join the two Covenants"]
R(d, "Qatar", ACCEDED, ICCPR, D, QQ, alt=QH)
R(d, "Qatar", ACCEDED, ICESCR, D, QQ, alt=QH)
# The Emiri Decree (domestic), reservations and declarations, the hand-over to the Treaty Section: nothing.
RL(d, ["Kuwait"], ACCEDED, ICCPR, "1996", "the State of Kuwait, which acceded to both of them in 1996")
RL(d, ["Kuwait"], ACCEDED, ICESCR, "1996", "the State of Kuwait, which acceded to both of them in 1996")
QBH = ("the Kingdom of Bahrain, which acceded to the Covenant on Civil and Political Rights in 2006 and to the Covenant on Economic, "
       "Social and Cultural Rights in 2007")
R(d, "Bahrain", ACCEDED, ICCPR, "2006", QBH)
R(d, "Bahrain", ACCEDED, ICESCR, "2007", QBH)
QNOT = "The Kingdom of Saudi Arabia, the United Arab Emirates and the Sultanate of Oman are not yet parties to the two Covenants"
RL(d, ["Saudi Arabia", "United Arab Emirates", "Oman"], NOTBOUND, ICCPR, None, QNOT, negated=True)
RL(d, ["Saudi Arabia", "United Arab Emirates", "Oman"], NOTBOUND, ICESCR, None, QNOT, negated=True)
QA = ("the State of Qatar had acceded to the International Convention on the Elimination of All Forms of Racial Discrimination in 1976, to the "
      "Convention against Torture in 2000 and to the Convention on the Elimination of All Forms of Discrimination against Women in 2009")
R(d, "Qatar", ACCEDED, ICERD, "1976", QA)
R(d, "Qatar", ACCEDED, CAT2, "2000", QA)
R(d, "Qatar", ACCEDED, CEDAW, "2009", QA)
QRT = ("had ratified the Convention on the Rights of the Child in 1995 and the Convention on the Rights of Persons with Disabilities in 2008, "
       "as well as the two Optional Protocols to the Convention on the Rights of the Child")
R(d, "Qatar", RATIFIED, CRC, "1995", QRT)
R(d, "Qatar", RATIFIED, CRPD, "2008", QRT)
# The two Protocols are not named one by one: one record.
R(d, "Qatar", RATIFIED, CRCOP, None, QRT)
R(d, ["National Human Rights Committee", "NHRC", "Qatar National Human Rights Committee"], "called-for", OP1, D,
  "called on the concerned authorities to review the reservations in the light of the object and purpose of the two Covenants and to accede to the First Optional Protocol to the International Covenant on Civil and Political Rights")
# The High Commissioner's welcome is nothing; his call on the other GCC countries to join is his called-for.
R(d, UNHC, "called-for", ICCPR, D, "urged the other GCC countries to follow the example of Qatar and join them")
R(d, UNHC, "called-for", ICESCR, D, "urged the other GCC countries to follow the example of Qatar and join them")
# The earlier announced intention, since overtaken by the accession: optional negated records.
R(d, "Qatar", ACCEDED, ICCPR, None, "The State of Qatar had announced its intention to accede to the two Covenants", negated=True, required=False)
R(d, "Qatar", ACCEDED, ICESCR, None, "The State of Qatar had announced its intention to accede to the two Covenants", negated=True, required=False)

# ===================== 11.html (Anadolu Agency web page, Turkish parliament approves the Paris Agreement, ANKARA, 6 October 2021) =====================
d = "11.html"
PARIS = ("Paris Agreement", ["Paris climate agreement", "Paris climate accord"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC", "UN Framework Convention on Climate Change"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the UNFCCC"])
# "The Turkish parliament on Wednesday ratified" and the headline's "endorse accord": the TBMM's vote, a domestic step
# (no affirmed record); the deposit is still expected.
R(d, "Türkiye", "signed", PARIS, "2016-04-22", "which was signed by Türkiye on April 22, 2016 in New York")
R(d, "Türkiye", NOTRATIFIED, PARIS, None, "Türkiye would ratify the accord before the UN climate summit COP26 in Glasgow", negated=True,
  alt=["the instrument of ratification is expected to be deposited with the UN secretary-general",
       "Ankara had long said it would not ratify the agreement unless it was recognized as a developing country under the accord"])
# Entry into force 30 days after deposit, the 2053 net-zero target: nothing.
R(d, "Türkiye", PARTY, UNFCCC, "2004", "Türkiye, which became a party to the UN Framework Convention on Climate Change (UNFCCC) in 2004")
R(d, "Türkiye", ACCEDED, KYOTO, "2009", "acceded to the Kyoto Protocol in 2009")
R(d, ["COP21", "Conference of the Parties", "COP21 climate conference"], "adopted", PARIS, "2015-12-12",
  "The Paris Agreement was adopted by 196 parties at the COP21 climate conference in Paris on Dec. 12, 2015", required=False)
RL(d, ["Iran", "Iraq", "Libya", "Yemen"], NOTBOUND, PARIS, None,
   "only a handful of countries, including Iran, Iraq, Libya and Yemen, will remain outside the agreement", negated=True)
R(d, "Iran", "signed", PARIS, "2016", "Iran signed the deal in 2016")
# "the Iranian parliament has not approved it": domestic, covered by Iran's negated record above.
QJ = "The US and China, the world's two largest emitters, jointly announced that they had formally joined the deal on Sept. 3, 2016 in Hangzhou, China"
RL(d, ["United States", "China"], JOINED, PARIS, "2016-09-03", QJ)
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India ratified it on Oct. 2, 2016")
R(d, "European Union", RATIFIED, PARIS, "2016-10-05", "the EU on Oct. 5, 2016")
R(d, "Russian Federation", ACCEPTED, PARIS, "2019-09", "Russia accepted the agreement by a government decree in September 2019")
# "this year" against the 2021 byline.
R(d, "United States", PARTY, PARIS, "2021-02-19", "The US rejoined the agreement on Feb. 19 this year under President Joe Biden")
R(d, "United States", NOTBOUND, PARIS, None, "the withdrawal announced by former President Donald Trump took effect on Nov. 4, 2020", negated=True)
# The EU Ambassador's welcome of the vote: nothing.

# ===================== 12 (BSS, Bangladesh ratifies ILO Convention No. 138, GENEVA, 22 March 2022) =====================
d = "12.txt"
D = "2022-03-22"
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["Minimum Age Convention", "Convention No. 138", "C138", "ILO Convention No. 138"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["Forced Labour Convention", "C29"])
C87 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["C87", "Convention No. 87"])
C98 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["C98", "Convention No. 98"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["C105", "Convention No. 105"])
C111 = ("Discrimination (Employment and Occupation) Convention, 1958 (No. 111)", ["C111", "Convention No. 111"])
C100 = ("Equal Remuneration Convention, 1951 (No. 100)", ["C100", "Convention No. 100"])
C182 = ("Worst Forms of Child Labour Convention, 1999 (No. 182)", ["C182", "Convention No. 182", "Worst Forms of Child Labour Convention"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol", "2014 Protocol to the Forced Labour Convention"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "ILO Convention No. 190"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["C155", "Convention No. 155"])
R(d, "Bangladesh", RATIFIED, C138, D, "Bangladesh today ratified the International Labour Organization (ILO) Minimum Age Convention, 1973 (No. 138)",
  alt=["State Minister for Labour and Employment Begum Monnujan Sufian handed over the instrument of ratification of the convention to ILO Director-General Guy Ryder"])
Q72 = ("Bangladesh ratified the Forced Labour Convention, 1930 (No. 29), the Freedom of Association and Protection of the Right to Organise "
       "Convention, 1948 (No. 87), the Right to Organise and Collective Bargaining Convention, 1949 (No. 98), the Abolition of Forced Labour "
       "Convention, 1957 (No. 105) and the Discrimination (Employment and Occupation) Convention, 1958 (No. 111) in 1972")
for inst in (C29, C87, C98, C105, C111):
    R(d, "Bangladesh", RATIFIED, inst, "1972", Q72)
Q98 = Q72 + ", the Equal Remuneration Convention, 1951 (No. 100) in 1998 and the Worst Forms of Child Labour Convention, 1999 (No. 182) in 2001"
R(d, "Bangladesh", RATIFIED, C100, "1998", Q98)
R(d, "Bangladesh", RATIFIED, C182, "2001", Q98)
R(d, "Bangladesh", RATIFIED, P029, "2022-01-20", "Earlier on 20 January this year, Bangladesh ratified the Protocol of 2014 to the Forced Labour Convention, 1930")
# The cabinet's approval (domestic), the minimum-age declaration appended to the ratification, the National Plan of Action
# (domestic), the EU's welcome and GSP: nothing.
R(d, ILO_DG, "called-for", C138, D, "urged the ILO member States that are yet to ratify Convention No. 138 to do so")
R(d, "Bangladesh", NOTRATIFIED, C190, None,
  "the government was examining the ratification of the Violence and Harassment Convention, 2019 (No. 190), but no decision has been taken yet in this regard",
  negated=True)
R(d, "India", RATIFIED, C138, "2017-06", "India ratified both Convention No. 138 and Convention No. 182 in June 2017")
R(d, "India", RATIFIED, C182, "2017-06", "India ratified both Convention No. 138 and Convention No. 182 in June 2017")
QRS = "Nepal, Sri Lanka and Pakistan ratified Convention No. 138 in 1997, 2000 and 2006 respectively"
R(d, "Nepal", RATIFIED, C138, "1997", QRS)
R(d, "Sri Lanka", RATIFIED, C138, "2000", QRS)
R(d, "Pakistan", RATIFIED, C138, "2006", QRS)
BILS = ["Bangladesh Institute of Labour Studies", "BILS"]
QBL = "urged the government to ratify ILO Convention No. 190 and the Occupational Safety and Health Convention, 1981 (No. 155) at the earliest"
R(d, BILS, "called-for", C190, D, QBL)
R(d, BILS, "called-for", C155, D, QBL)

# ===================== 13 (WAFA, UNGA resolution ES-10/23 on Palestine's membership, NEW YORK, 10 May 2024) =====================
d = "13.txt"
D = "2024-05-10"
RES = ("resolution ES-10/23", ["A/ES-10/L.30/Rev.1", "General Assembly resolution ES-10/23", "A/RES/ES-10/23"])
SDR = ("draft resolution S/2024/312", ["S/2024/312", "Security Council draft resolution on the admission of the State of Palestine"])
RSt = ("Rome Statute of the International Criminal Court", ["Rome Statute"])
CWC = ("Chemical Weapons Convention", ["CWC", "Convention on the Prohibition of Chemical Weapons"])
R(d, GA, "adopted", RES, D,
  "The United Nations General Assembly adopted today, by an overwhelming majority of 143 votes, a resolution determining that the State of Palestine is qualified for membership in the United Nations",
  alt=["General Assembly overwhelmingly adopts resolution supporting full UN membership of the State of Palestine"])
RL(d, ["United States", "Israel", "Argentina", "Czechia", "Hungary", "Micronesia", "Nauru", "Palau", "Papua New Guinea"], "supported", RES, D,
   "Nine countries voted against the resolution: the United States, Israel, Argentina, the Czech Republic, Hungary, Micronesia, Nauru, Palau and Papua New Guinea",
   negated=True)
# "25 countries abstained": only the named ones.
RL(d, ["Germany", "Italy", "United Kingdom", "Canada", "Netherlands", "Sweden", "Switzerland", "Ukraine", "Austria"], "supported", RES, D,
   "Among the abstaining countries were Germany, Italy, the United Kingdom, Canada, the Netherlands, Sweden, Switzerland, Ukraine and Austria",
   negated=True)
RL(d, ["France", "Spain", "Ireland", "Japan", "China", "Australia"], "supported", RES, D,
   "France, Spain, Ireland, Japan, China and Australia were among the countries that voted in favor")
# Introduced by the UAE's ambassador as Chair of the Arab Group: the sponsor. The day of introduction is not stated.
R(d, ["United Arab Emirates", "UAE", "Arab Group"], "co-sponsored", RES, None,
  "was introduced by the Permanent Representative of the United Arab Emirates, Ambassador Mohamed Abushahab, in his capacity as Chair of the Arab Group for the month of May")
RL(d, ["Indonesia", "Malaysia", "Pakistan", "South Africa", "Türkiye"], "co-sponsored", RES, None,
   "It was co-sponsored by more than 70 countries, including Indonesia, Malaysia, Pakistan, South Africa and Türkiye")
# The recommendation to the Security Council and Article 4 of the Charter: nothing.
R(d, "United States", "supported", SDR, "2024-04-18", "the United States used its veto against a draft resolution (S/2024/312) submitted by Algeria", negated=True)
RL(d, ["United Kingdom", "Switzerland"], "supported", SDR, "2024-04-18", "The draft received 12 votes in favor, while the United Kingdom and Switzerland abstained.",
   negated=True)
R(d, "Algeria", "co-sponsored", SDR, None, "a draft resolution (S/2024/312) submitted by Algeria on behalf of the Arab Group")
R(d, UNSC, "adopted", SDR, None, "the United States used its veto against a draft resolution (S/2024/312)", negated=True, required=False)
# Welcoming the adoption of a resolution: optional welcomed records (welcoming another body's act, not an instrument
# the welcomer adopted).
R(d, ["Arab League", "League of Arab States"], "welcomed", RES, None, "The Arab League, the Organisation of Islamic Cooperation and the Gulf Cooperation Council welcomed the adoption of the resolution", required=False)
R(d, ["Organisation of Islamic Cooperation", "OIC"], "welcomed", RES, None, "The Arab League, the Organisation of Islamic Cooperation and the Gulf Cooperation Council welcomed the adoption of the resolution", required=False)
R(d, ["Gulf Cooperation Council", "GCC"], "welcomed", RES, None, "The Arab League, the Organisation of Islamic Cooperation and the Gulf Cooperation Council welcomed the adoption of the resolution", required=False)
R(d, ["State of Palestine", "Mahmoud Abbas"], "welcomed", RES, D, "President Mahmoud Abbas welcomed the adoption of the resolution", required=False)
# Calls to recognize the State of Palestine and announced recognitions (Spain, Ireland, Norway, Slovenia): recognition is
# no instrument. The shredded UN Charter: nothing.
QP = "acceded to the Rome Statute of the International Criminal Court in January 2015 and to the Chemical Weapons Convention in 2018"
R(d, "State of Palestine", ACCEDED, RSt, "2015-01", QP)
R(d, "State of Palestine", ACCEDED, CWC, "2018", QP)

# ===================== 14.md (Argentine Foreign Ministry press release, Escazú deposits, 22 January 2021, unofficial translation) =====================
d = "14.md"
D = "2021-01-22"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement"])
RL(d, ["Argentina", "Mexico"], RATIFIED, ESC, D,
   "Argentina and Mexico deposited today, in a virtual ceremony held at the United Nations Headquarters in New York, their instruments of ratification",
   alt=["Argentina and Mexico deposited their instruments of ratification of the Escazú Agreement"])
# The ceremony's participants, the depositary, entry into force (twelve States Parties, Article 22, 22 April 2021): nothing.
R(d, "Argentina", "signed", ESC, "2018-09-27", "Argentina signed the Agreement on 27 September 2018, the same day it was opened for signature in New York")
R(d, "Mexico", "signed", ESC, "2018-09-27", "as did Mexico")
# Law 27.566 (domestic) and the adoption "in Escazú, Costa Rica" (a venue, no actor): nothing.
RL(d, ["Antigua and Barbuda", "Bolivia", "Ecuador", "Guyana", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia",
       "Saint Vincent and the Grenadines", "Uruguay"], RATIFIED, ESC, None,
   "Before today, the Agreement had been ratified by Antigua and Barbuda, the Plurinational State of Bolivia, Ecuador, Guyana, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines and the Oriental Republic of Uruguay")
R(d, "Argentina", "called-for", ESC, D, "Argentina calls on the countries of the region that have not yet done so to sign and ratify the Escazú Agreement")
R(d, ["ECLAC Executive Secretary", "Executive Secretary of ECLAC", "Alicia Bárcena", "ECLAC", "Economic Commission for Latin America and the Caribbean"],
  "called-for", ESC, D, "Alicia Bárcena urged the signatory countries to continue their ratification processes")
QSN = "Of the twenty-four signatory countries, Brazil, Costa Rica, Paraguay and Peru, among others, have not yet completed their ratification"
RL(d, ["Brazil", "Costa Rica", "Paraguay", "Peru"], "signed", ESC, None, QSN)
RL(d, ["Brazil", "Costa Rica", "Paraguay", "Peru"], NOTRATIFIED, ESC, None, QSN, negated=True)
R(d, "Chile", "signed", ESC, None, "Chile, which together with Costa Rica promoted the negotiation of the Agreement, has not signed it", negated=True)
# COP1 to be convened by ECLAC: nothing.

# ===================== 15 (Bolivian Foreign Ministry communiqué, TPNW ratification, La Paz, 06.08.2019, unofficial translation) =====================
d = "15.txt"
D = "2019-08-06"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
TLAT = ("Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", ["Treaty of Tlatelolco"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
ZOP = ("Proclamation of Latin America and the Caribbean as a Zone of Peace", ["Zone of Peace Proclamation", "CELAC Proclamation"])
# "On this date" against the communiqué's date line La Paz, 06.08.2019. "becomes its 25th State Party" is the same event.
R(d, "Bolivia", RATIFIED, TPNW, D,
  "the Plurinational State of Bolivia deposited before the Secretary-General of the United Nations the instrument of ratification of the Treaty on the Prohibition of Nuclear Weapons (TPNW)",
  alt=["BOLIVIA DEPOSITS ITS RATIFICATION OF THE TREATY ON THE PROHIBITION OF NUCLEAR WEAPONS AND BECOMES ITS 25th STATE PARTY"])
R(d, "Bolivia", "signed", TPNW, "2018-04-16", "The Plurinational State of Bolivia signed the Treaty on 16 April 2018")
# The Plurinational Legislative Assembly's Law promulgated by the President: domestic.
R(d, "Bolivia", "supported", TPNW, "2017-07-07", "Bolivia was one of the 122 States which voted in favour of the adoption of the Treaty")
R(d, ["United Nations Conference to negotiate a legally binding instrument to prohibit nuclear weapons", "UN negotiating conference", "United Nations Conference"],
  "adopted", TPNW, "2017-07-07",
  "the adoption of the Treaty at the United Nations Conference to negotiate a legally binding instrument to prohibit nuclear weapons", required=False)
# "25 States have ratified", "50 ratifications required for its entry into force": unnamed / entry into force.
QLA = ("From our region, the Treaty has been ratified by Guyana (20 September 2017), Mexico (16 January 2018), Cuba (30 January 2018), "
       "Venezuela (27 March 2018), Costa Rica (5 July 2018), Nicaragua (19 July 2018), Uruguay (25 July 2018), El Salvador (30 January 2019) "
       "and Panama (11 April 2019)")
for actor, date in [("Guyana", "2017-09-20"), ("Mexico", "2018-01-16"), ("Cuba", "2018-01-30"), ("Venezuela", "2018-03-27"),
                    ("Costa Rica", "2018-07-05"), ("Nicaragua", "2018-07-19"), ("Uruguay", "2018-07-25"), ("El Salvador", "2019-01-30"),
                    ("Panama", "2019-04-11")]:
    R(d, actor, RATIFIED, TPNW, date, QLA)
R(d, "Ecuador", NOTRATIFIED, TPNW, None, "It is expected that the sister Republic of Ecuador will deposit its instrument in the coming weeks", negated=True)
R(d, "Brazil", "signed", TPNW, "2017-09-20", "The Federative Republic of Brazil, which signed the Treaty on the day it was opened for signature, 20 September 2017")
R(d, "Brazil", NOTRATIFIED, TPNW, None,
  "The Federative Republic of Brazil, which signed the Treaty on the day it was opened for signature, 20 September 2017, has not yet ratified it", negated=True)
R(d, "Bolivia", PARTY, TLAT, "1969",
  "The Plurinational State of Bolivia is State Party to the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco) since 1969")
R(d, "Bolivia", COMMITTED, NPT, D, "reaffirms its full commitment to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)")
R(d, "Bolivia", COMMITTED, ZOP, D,
  "reaffirms its full commitment to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and to the Proclamation of Latin America and the Caribbean as a Zone of Peace")
R(d, ["CELAC", "Community of Latin American and Caribbean States", "Heads of State and Government of CELAC"], ADOPTED, ZOP, "2014-01",
  "adopted by the Heads of State and Government of the Community of Latin American and Caribbean States (CELAC) in Havana in January 2014")
R(d, "Bolivia", "called-for", TPNW, D,
  "The Plurinational State of Bolivia calls upon all States, especially the nuclear-weapon States and the States under their so-called nuclear umbrella, to sign and ratify the Treaty without delay")
# ICAN's congratulations: nothing.

# ===================== 16.html (SAnews web page, South Africa revokes its ICC withdrawal notice, Pretoria, 8 March 2017) =====================
d = "16.html"
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
AUS = ("strategy on collective withdrawal from the ICC", ["ICC Withdrawal Strategy", "AU ICC withdrawal strategy"])
AUA = ["African Union Assembly", "AU Assembly", "Assembly of the African Union", "African Union"]
# The deposited revocation keeps South Africa a party (no date is given for the status); the notice of withdrawal and the
# intention still to withdraw are its negated record. The High Court judgment, the International Crimes Bill and the
# Implementation Act: domestic.
R(d, "South Africa", PARTY, RS, None, "With the revocation, South Africa remains a State Party to the Rome Statute",
  alt=["Government has formally revoked its notice of withdrawal from the Rome Statute of the International Criminal Court (ICC)"])
R(d, "South Africa", NOTBOUND, RS, None, "Government had deposited the notice of withdrawal on 19 October 2016", negated=True,
  alt=["government has not abandoned its intention to withdraw from the Rome Statute"])
QZA = "South Africa signed the Rome Statute on 17 July 1998, the day the Statute was adopted in Rome, and ratified it on 27 November 2000"
R(d, "South Africa", "signed", RS, "1998-07-17", QZA)
R(d, "South Africa", RATIFIED, RS, "2000-11-27", QZA)
# The al-Bashir visit: nothing.
R(d, "Burundi", NOTBOUND, RS, None, "Burundi's withdrawal from the Rome Statute will take effect on 27 October 2017", negated=True)
R(d, "Gambia", NOTBOUND, RS, None, "The Gambia, which had also notified its withdrawal in November 2016", negated=True)
R(d, "Gambia", PARTY, RS, None, "rescinded it in February after President Adama Barrow took office, and remains a State Party")
# "in January" against the March 2017 page date.
R(d, AUA, ADOPTED, AUS, "2017-01", "the African Union Assembly adopted a strategy on collective withdrawal from the ICC")
RL(d, ["Nigeria", "Senegal", "Botswana"], COMMITTED, RS, None,
   "Several States, among them Nigeria, Senegal and Botswana, have reaffirmed their commitment to the Rome Statute")
R(d, "Senegal", RATIFIED, RS, "1999-02", "Senegal was the first country in the world to ratify the Statute, in February 1999")
R(d, "Botswana", RATIFIED, RS, "2000", "Botswana and Nigeria followed in 2000 and 2001 respectively")
R(d, "Nigeria", RATIFIED, RS, "2001", "Botswana and Nigeria followed in 2000 and 2001 respectively")
# Only "considering" withdrawal: Namibia is still a party; a reader may or may not note it.
R(d, "Namibia", NOTBOUND, RS, None, "Namibia's Cabinet has said it is still considering withdrawing from the Rome Statute", negated=True, required=False)
# Kenya's National Assembly motion (domestic; "no notice has been lodged"): nothing.
R(d, "Russian Federation", "signed", RS, None, "The Russian Federation announced in November 2016 that it was withdrawing its signature of the Statute", negated=True)
# The Democratic Alliance's welcome: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
