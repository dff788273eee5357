#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Three documents are Markdown (02, 11, 15) and three are saved HTML pages (03, 07, 13);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: government programmes and political commitments about treaties: coalition agreements and government programmes,
party election manifestos, ministers' mandate letters, a State-of-the-Nation address, parliamentary progress reports on a
programme's treaty promises, government delivery trackers, opposition rebuttals and a think-tank scorecard of a first
100 days (2016-2025).

Rules applied throughout (the READMEs of ../../../shared/gold/ decide; these are the genre's recurring cases):
- "We" / "the Government" / "this Government" / "the Minister" resolve to the State whose programme it is. A party's
  manifesto pledge that the State will ratify, sign or join is that State's planned act, so a negated record; the party's
  name is kept as an acceptable actor name.
- Promises ("we will ratify", "intends to accede", "shall seek to join", "work toward ratification"), conditions ("only
  if", "once"), hedges ("will consider", "will study"), "has yet to", "still not", "has not", announced or completed
  withdrawals and reported-then-denied acts are negated records without a date (votes against and abstentions keep the
  vote's date). A promise that the same document reports as since done gets the done record, and the promise itself is
  an optional negated record.
- "committed to <instrument>" is `committed`; "committed to ratifying <instrument>" is a planned ratification (negated).
- Domestic steps (cabinet or parliamentary approval, bills, acts, messages to Congress, royal assent, implementing
  legislation), entry into force, provisional application, depositaries, venues and hosts, observer status at meetings,
  reservations, implementation, negotiations and support for institutions or processes give no record.
- Calls on others to sign, ratify, join or conclude an instrument are the caller's `called-for`, dated by the document;
  a call to NOT sign gives nothing.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Germany", "Netherlands", "Republic of Korea",
          "Türkiye", "China", "Mexico", "Chile", "Kenya", "Egypt", "Uganda", "Saudi Arabia", "United Arab Emirates", "Thailand",
          "Philippines", "Czechia", "Fiji", "Samoa", "Kiribati", "Cook Islands", "Ecuador", "Colombia", "Costa Rica", "Brunei Darussalam",
          "Viet Nam", "Bangladesh", "Rwanda"),
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Canada": ["Canada"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand", "NZ", "Aotearoa New Zealand"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Ireland": ["Ireland"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Finland": ["Finland", "Republic of Finland"],
    "Hungary": ["Hungary"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (coalition agreement, Germany, foreign-policy chapter in translation, 7 December 2021) =====================
d = "01.txt"
D = "2021-12-07"
A2030 = ("2030 Agenda for Sustainable Development", ["2030 Agenda", "resolution 70/1"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
C190 = ("ILO Convention 190", ["Violence and Harassment Convention", "ILO Convention 190 on violence and harassment in the world of work", "C190"])
CCP = ("Additional Protocol to the European Social Charter providing for a system of collective complaints", ["collective complaints protocol"])
RESC = ("Revised European Social Charter", ["European Social Charter (revised)"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
C169 = ("ILO Convention 169 concerning Indigenous and Tribal Peoples", ["ILO Convention 169", "C169", "Indigenous and Tribal Peoples Convention"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
GCR = ("Global Compact on Refugees", ["GCR"])
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NST = ("New START Treaty", ["New START"])
OST = ("Treaty on Open Skies", ["Open Skies Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
ATT = ("Arms Trade Treaty", ["ATT"])
CETA = ("Comprehensive Economic and Trade Agreement between the EU and Canada", ["CETA", "EU-Canada Comprehensive Economic and Trade Agreement"])
MERC = ("EU-Mercosur Agreement", ["EU-Mercosur Association Agreement", "Mercosur Agreement"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
GMP = ("Global Methane Pledge", [])
GLD = ("Glasgow Leaders' Declaration on Forests and Land Use", ["Glasgow Leaders' Declaration"])
R(d, "Germany", "committed", A2030, None, "We remain committed to the 2030 Agenda for Sustainable Development")
# The Security Council candidacy and UN reform: process, nothing.
R(d, "Germany", NOTRATIFIED, OPICESCR, None,
  "We will ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True)
R(d, "Germany", NOTRATIFIED, C190, None,
  "We will ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights and ILO Convention 190 on violence and harassment in the world of work.",
  negated=True)
R(d, "Germany", NOTRATIFIED, CCP, None,
  "We will also ratify the Additional Protocol to the European Social Charter providing for a system of collective complaints", negated=True)
# "earlier this year" against the agreement's date.
R(d, "Germany", RATIFIED, RESC, "2021", "Germany ratified the Revised European Social Charter earlier this year.")
# Implementation "without reservations" and withdrawing reservations: nothing; the 2017 ratification is stated in passing.
R(d, "Germany", RATIFIED, IST, "2017", "when Germany ratified the Convention in 2017")
R(d, "Germany", RATIFIED, C169, "2021-06",
  "Germany's ratification of ILO Convention 169 concerning Indigenous and Tribal Peoples, deposited in June 2021")
# Marrakech is the venue.
R(d, "Germany", ENDORSED, GCM, "2018-12",
  "the Global Compact for Safe, Orderly and Regular Migration, which Germany endorsed at the intergovernmental conference in Marrakech in December 2018")
R(d, "Germany", ENDORSED, GCR, None, "and by the Global Compact on Refugees", required=False)
R(d, "Germany", "called-for", ECHR, D,
  "We call for the accession of the European Union to the European Convention on Human Rights to be completed swiftly.")
R(d, "European Union", NOTBOUND, ECHR, None,
  "the accession of the European Union to the European Convention on Human Rights to be completed swiftly", negated=True)
# NPT "cornerstone" and the Review Conference: nothing. Observer status is no record; "(not as a member)" is.
R(d, "Germany", NOTBOUND, TPNW, None,
  "we will take part as an observer (not as a member) in the Conference of States Parties to the Treaty on the Prohibition of Nuclear Weapons", negated=True)
# Welcoming the New START extension gives Germany nothing; the extension by the two parties has no action of its own (optional).
RL(d, ["United States", "Russian Federation"], ["party", "committed"], NST, "2021-02",
   "the extension of the New START Treaty, agreed by the United States and Russia in February 2021", required=False)
R(d, "United States", NOTBOUND, OST, None, "the United States left the Treaty on Open Skies in November 2020", negated=True)
R(d, "Russian Federation", NOTBOUND, OST, None, "Russia has since announced its own withdrawal", negated=True)
R(d, "Germany", PARTY, OST, None, "we will continue to apply the Treaty with the remaining States Parties", required=False)
R(d, "Germany", "called-for", CTBT, D,
  "We call on all States that have not yet done so to sign and ratify the Comprehensive Nuclear-Test-Ban Treaty.")
R(d, "Germany", "called-for", ATT, D, "We also call on all major arms exporters to join the Arms Trade Treaty.")
# Autonomous weapons (no instrument), the EU arms export regulation and the national arms export control act: nothing.
R(d, "Germany", NOTRATIFIED, CETA, None,
  "We will decide on the ratification of the Comprehensive Economic and Trade Agreement between the EU and Canada (CETA) after the Federal Constitutional Court has concluded its review.",
  negated=True)
R(d, "Germany", NOTRATIFIED, MERC, None, "We will consent to the ratification of the EU-Mercosur Agreement only if", negated=True)
# "We support the modernisation of the Energy Charter Treaty": support for a process, nothing. WTO rules: no instrument.
R(d, "Germany", "committed", PARIS, None, "Germany is committed to the Paris Agreement")
# "Last month" against 7 December 2021.
R(d, "Germany", ENDORSED, GMP, "2021-11", "Germany endorsed the Global Methane Pledge")
R(d, "Germany", ["endorsed", "signed", "committed"], GLD, "2021-11",
  "signed up to the Glasgow Leaders' Declaration on Forests and Land Use")
# The climate club: nothing.

# ===================== 02.md (party election manifesto, UK Liberal Democrats, foreign-policy chapter, 20 November 2019) =====================
d = "02.md"
D = "2019-11-20"
UKLD = ["United Kingdom", "UK", "Liberal Democrats"]
C189 = ("ILO Convention 189", ["ILO Convention 189 on decent work for domestic workers", "Domestic Workers Convention", "C189"])
OP3 = ("Third Optional Protocol to the Convention on the Rights of the Child", ["Optional Protocol to the Convention on the Rights of the Child on a communications procedure", "OPIC"])
R71258 = ("resolution 71/258", ["General Assembly resolution 71/258", "Taking forward multilateral nuclear disarmament negotiations"])
INF = ("Intermediate-Range Nuclear Forces Treaty", ["INF Treaty"])
SSD = ("Safe Schools Declaration", [])
PPCA = ("Powering Past Coal Alliance Declaration", ["Powering Past Coal Alliance"])
# The pledge wording keeps the UK's present status; optional.
R(d, "United Kingdom", PARTY, ECHR, None, "the UK remains a party to the European Convention on Human Rights", required=False)
R(d, UKLD, NOTRATIFIED, IST, None,
  "Ratify the Council of Europe Convention on preventing and combating violence against women and domestic violence (the Istanbul Convention)",
  negated=True, alt=["which the UK signed in 2012 but has still not ratified"])
R(d, "United Kingdom", "signed", IST, "2012", "which the UK signed in 2012")
R(d, UKLD, NOTRATIFIED, C189, None, "Ratify ILO Convention 189 on decent work for domestic workers", negated=True)
R(d, UKLD, "signed", OPICESCR, None,
  "Sign and ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True)
R(d, UKLD, NOTRATIFIED, OPICESCR, None,
  "Sign and ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", negated=True)
R(d, UKLD, NOTRATIFIED, OP3, None, "Ratify the Third Optional Protocol to the Convention on the Rights of the Child", negated=True)
# Incorporating the UNCRC into UK law: domestic. Support for the ICC: an institution. Nothing.
R(d, "United Kingdom", RATIFIED, ATT, "2014", "The UK ratified the Arms Trade Treaty in 2014")
# Suspending arms sales to Saudi Arabia and applying the Treaty's criteria: implementation, nothing.
R(d, "United Kingdom", "supported", R71258, "2016",
  "In 2016 the Conservative Government voted against resolution 71/258 at the UN General Assembly", negated=True)
# Boycotting the talks and attending as an observer: nothing.
R(d, UKLD, "signed", TPNW, None, "we would not sign the Treaty while the other nuclear-armed states remain outside it", negated=True)
R(d, "United States", NOTBOUND, INF, None,
  "the United States completed its withdrawal from the Intermediate-Range Nuclear Forces Treaty in August this year", negated=True)
# "agree a successor": no instrument named.
R(d, "United Kingdom", ENDORSED, SSD, "2018", "the UK endorsed the Safe Schools Declaration in 2018")
R(d, "United Kingdom", RATIFIED, PARIS, "2016-11", "The UK ratified the Paris Agreement in November 2016.")
R(d, ["Liberal Democrats"], "called-for", PARIS, D, "We call on the United States to reverse its withdrawal from the Paris Agreement")
R(d, "United States", NOTBOUND, PARIS, None,
  "its withdrawal from the Paris Agreement, which President Trump's administration formally notified to the UN on 4 November 2019", negated=True)
# Bonn is the venue.
RL(d, ["United Kingdom", "Canada"], SIGNED_DECL, PPCA, "2017-11",
   "the Powering Past Coal Alliance Declaration, which the UK and Canada launched at the Bonn climate conference in November 2017")
R(d, "United Kingdom", "supported", GCM, "2018-12",
  "The Conservative Government was right to vote for the Global Compact for Safe, Orderly and Regular Migration at the UN General Assembly in December 2018")
# "meet our obligations under the 1951 Refugee Convention": implementation, nothing.

# ===================== 03.html (government annual progress report on a programme for government, Ireland, 27 June 2023) =====================
d = "03.html"
D = "2023-06-27"
# The "Commitment" column restates the programme's pledges; where the "Progress" column reports the act as done, the pledge
# is overtaken (no separate record); where it is not done, the progress sentence is the quote and the pledge an alt quote.
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CRPD = ("UN Convention on the Rights of Persons with Disabilities", ["Convention on the Rights of Persons with Disabilities", "CRPD", "UNCRPD"])
OPCRPD = ("Optional Protocol to the UN Convention on the Rights of Persons with Disabilities",
          ["Optional Protocol to the Convention on the Rights of Persons with Disabilities", "OP-CRPD"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "political declaration on the use of explosive weapons in populated areas"])
R2642 = ("resolution 2642", ["Security Council resolution 2642", "resolution 2642 (2022)"])
R2664 = ("resolution 2664", ["Security Council resolution 2664", "resolution 2664 (2022)"])
VD = ("Vienna Declaration", ["Vienna Declaration of the First Meeting of States Parties"])
VAP = ("Vienna Action Plan", ["Vienna Action Plan of the First Meeting of States Parties"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "High Seas Treaty", "BBNJ", "global agreement on the high seas"])
R(d, "Ireland", "signed", OPCAT, "2007", "Ireland signed OPCAT in 2007")
R(d, "Ireland", NOTRATIFIED, OPCAT, None, "Ireland signed OPCAT in 2007 but has yet to ratify it.", negated=True,
  alt=["Ratify the Optional Protocol to the Convention against Torture (OPCAT)"])
# The General Scheme of the Bill and its enactment: domestic.
R(d, "Ireland", RATIFIED, CRPD, "2018-03", "Ireland ratified the Convention in March 2018.")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "The Government remains committed to ratifying the Optional Protocol", negated=True,
  alt=["Ratify the Optional Protocol to the UN Convention on the Rights of Persons with Disabilities"])
# "83 States": unnamed. Dublin Castle and the hosting: venue. Leading the negotiations: process.
RL(d, ["Ireland", "France", "Germany", "United Kingdom", "United States"], ENDORSED, EWIPA, "2022-11-18",
   "Among the States endorsing it that day were Ireland, France, Germany, the United Kingdom and the United States.")
# The Supreme Court judgment and the Arbitration Act amendments: domestic.
R(d, "Ireland", NOTRATIFIED, CETA, None, "Ireland has not ratified CETA.", negated=True,
  alt=["CETA cannot be ratified without amendments to the Arbitration Act 2010",
       "Complete ratification of the EU-Canada Comprehensive Economic and Trade Agreement (CETA)"])
# Tabling a draft as penholders is co-sponsorship; the tabling day is not given. "12 votes" / "14 votes in favour": unnamed.
RL(d, ["Ireland", "Norway"], "co-sponsored", R2642, None, "Ireland and Norway tabled resolution 2642")
R(d, UNSC, "adopted", R2642, "2022-07-12", "which the Council adopted on 12 July 2022 by 12 votes to none")
RL(d, ["France", "United Kingdom", "United States"], "supported", R2642, "2022-07-12",
   "with France, the United Kingdom and the United States abstaining", negated=True)
RL(d, ["Ireland", "United States"], "co-sponsored", R2664, None, "Ireland and the United States drafted resolution 2664")
R(d, UNSC, "adopted", R2664, "2022-12-09", "which the Security Council adopted on 9 December 2022")
R(d, "India", "supported", R2664, "2022-12-09", "one abstention, by India", negated=True)
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland ratified the Treaty on the Prohibition of Nuclear Weapons on 6 August 2020")
# Taking part in the Meeting in Vienna: nothing. The Meeting's adoption of its outcome documents: optional.
R(d, ["First Meeting of States Parties", "Meeting of States Parties", "1MSP"], ADOPTED, VD, "2022-06",
  "the first Meeting of States Parties in Vienna in June 2022, which adopted the Vienna Declaration and the Vienna Action Plan", required=False)
R(d, ["First Meeting of States Parties", "Meeting of States Parties", "1MSP"], ADOPTED, VAP, "2022-06",
  "the first Meeting of States Parties in Vienna in June 2022, which adopted the Vienna Declaration and the Vienna Action Plan", required=False)
R(d, "Ireland", "called-for", TPNW, D, "We call on all States that have not yet done so to join the Treaty.")
R(d, "Ireland", "signed", BUD, "2002", "Ireland signed the Budapest Convention in 2002")
R(d, "Ireland", NOTRATIFIED, BUD, None, "Ireland signed the Budapest Convention in 2002 and has yet to ratify it.", negated=True,
  alt=["Ratify the Council of Europe Convention on Cybercrime (Budapest Convention)"])
# The conclusion of negotiations in New York: process and venue.
R(d, "Ireland", "signed", BBNJ, None, "Ireland intends to sign the Agreement as soon as it opens for signature.", negated=True,
  alt=["Sign a new global agreement on the high seas"])
R(d, "Ireland", ENDORSED, GMP, "2021-11", "Ireland joined the Global Methane Pledge at COP26 in November 2021")
# The national strategy "gives effect to" the Convention: implementation; the 2019 ratification is stated.
R(d, "Ireland", RATIFIED, IST, "2019-03", "the Istanbul Convention, which Ireland ratified in March 2019")

# ===================== 04 (ministers' mandate letters, Canada, excerpts, 16 December 2021) =====================
d = "04.txt"
D = "2021-12-16"
# The letters' imperatives ("Lead Canada's work to accede", "Work toward ratification") are instructions for acts not yet
# done: negated. "Continue to implement" is implementation: nothing. Acts stated in passing ("which Canada ratified in
# 2017") are records. "More than 60 countries" / "over 100 countries": unnamed.
ADAD = ("Declaration Against Arbitrary Detention in State-to-State Relations", ["Declaration Against Arbitrary Detention"])
OTT = ("Ottawa Convention", ["Anti-Personnel Mine Ban Convention", "Mine Ban Treaty"])
GPMF = ("Global Pledge on Media Freedom", [])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
P29 = ("Protocol of 2014 to the Forced Labour Convention", ["Forced Labour Protocol", "P29"])
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "UN Declaration on the Rights of Indigenous Peoples"])
VP = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
DIP = ("NATO defence investment pledge", ["Defence Investment Pledge", "Wales Summit Defence Investment Pledge"])
R(d, "Canada", ENDORSED, ADAD, "2021-02",
  "the Declaration Against Arbitrary Detention in State-to-State Relations, which Canada launched in February 2021")
R(d, "Canada", ACCEDED, OPCAT, None, "Lead Canada's work to accede to the Optional Protocol to the Convention against Torture", negated=True)
# "as a State Party" is the same act as the 2019 accession: no separate record.
R(d, "Canada", ACCEDED, ATT, "2019", "the Arms Trade Treaty, to which Canada acceded in 2019")
# "Champion the universalization": no call is made.
R(d, "Canada", RATIFIED, OTT, "1997", "the Ottawa Convention, which Canada was the first country to ratify in 1997")
# London is the venue.
RL(d, ["Canada", "United Kingdom"], SIGNED_DECL, GPMF, "2019-07",
   "the Global Pledge on Media Freedom, which Canada and the United Kingdom launched at the Global Conference for Media Freedom in London in July 2019")
# Implementing CUSMA and the Canada-ASEAN negotiations: nothing.
R(d, "United Kingdom", ACCEDED, CPTPP, None,
  "the United Kingdom's application to accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)", negated=True)
R(d, "Canada", RATIFIED, CPTPP, "2018", "which Canada ratified in 2018")
R(d, "Canada", NOTRATIFIED, C190, None, "Work toward ratification of International Labour Organization Convention 190", negated=True)
R(d, "Canada", RATIFIED, P29, "2019", "Canada's ratification of the Protocol of 2014 to the Forced Labour Convention in 2019")
R(d, "Canada", NOTRATIFIED, C189, None, "assess the ratification of ILO Convention 189 on domestic workers", negated=True)
# "last month" against the letters' date. Glasgow is the venue.
R(d, "Canada", ENDORSED, GMP, "2021-11", "the Global Methane Pledge, which Canada joined at COP26 in Glasgow last month")
R(d, "Canada", ENDORSED, GLD, None, "Canada's endorsement of the Glasgow Leaders' Declaration on Forests and Land Use")
R(d, "Canada", ACCEPTED, KIG, "2017", "the Kigali Amendment to the Montreal Protocol, which Canada ratified in 2017")
# The post-2020 biodiversity framework is still to be negotiated: nothing. The UNDRIP Act and its action plan: domestic.
R(d, "Canada", ENDORSED, UNDRIP, "2016-05",
  "Canada endorsed the United Nations Declaration on the Rights of Indigenous Peoples without qualification in May 2016")
# Implementing the Safe Schools Declaration: nothing (no endorsement is stated).
R(d, "Canada", ENDORSED, VP, "2017-11",
  "the Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers, which Canada launched in November 2017")
R(d, "Canada", COMMITTED, DIP, None, "Maintain Canada's commitment to the NATO defence investment pledge", required=False)
R(d, "Canada", ENDORSED, GCM, "2018-12", "the Global Compact for Safe, Orderly and Regular Migration, which Canada endorsed in December 2018")
# "which" may take in both compacts: the Refugees compact is optional.
R(d, "Canada", ENDORSED, GCR, "2018-12",
  "the Global Compact on Refugees and the Global Compact for Safe, Orderly and Regular Migration, which Canada endorsed in December 2018", required=False)
C1954 = ("1954 Convention relating to the Status of Stateless Persons", ["Convention relating to the Status of Stateless Persons", "1954 Convention"])
R(d, "Canada", ACCEDED, C1954, None, "assess Canada's accession to the 1954 Convention relating to the Status of Stateless Persons", negated=True)

# ===================== 05 (State of the Nation Address, South Africa, excerpt, 8 February 2024) =====================
d = "05.txt"
D = "2024-02-08"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "African Continental Free Trade Area"])
AUFMP = ("African Union Protocol on the Free Movement of Persons", ["Free Movement Protocol",
         "Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons"])
GENO = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute"])
ES1022 = ("resolution ES-10/22", ["General Assembly resolution ES-10/22"])
JB2 = ("Johannesburg II Declaration", ["XV BRICS Summit Johannesburg II Declaration"])
JETP = ("Political Declaration on the Just Energy Transition in South Africa", ["Just Energy Transition Partnership", "JETP"])
R(d, "South Africa", RATIFIED, AFCFTA, "2019-02",
  "Since South Africa ratified the Agreement Establishing the African Continental Free Trade Area in February 2019")
# The first consignment traded under the AfCFTA: implementation. Cabinet's consideration: domestic.
R(d, "South Africa", "signed", AUFMP, None,
  "South Africa has not yet signed the African Union Protocol on the Free Movement of Persons", negated=True)
# Approaching the ICJ and the Court's provisional measures: nothing. The party status is stated.
R(d, "South Africa", PARTY, GENO, None,
  "As a State Party to the Convention on the Prevention and Punishment of the Crime of Genocide")
# Reported, then denied: the withdrawal did not happen and the State Party status is affirmed.
R(d, "South Africa", PARTY, ROME, None,
  "South Africa remains a State Party to the Rome Statute of the International Criminal Court")
R(d, "South Africa", NOTBOUND, ROME, None, "South Africa would withdraw from the Rome Statute", negated=True, required=False)
# "in December" against the February 2024 address; the vote is the adoption day.
R(d, "South Africa", "co-sponsored", ES1022, "2023-12", "South Africa co-sponsored and voted for resolution ES-10/22")
R(d, "South Africa", "supported", ES1022, "2023-12-12", "South Africa co-sponsored and voted for resolution ES-10/22")
R(d, GA, "adopted", ES1022, "2023-12-12", "The resolution was adopted on the 12th of December by 153 votes.")
R(d, "United States", "supported", ES1022, "2023-12-12", "Among the ten States that voted against it was the United States.", negated=True)
R(d, "South Africa", RATIFIED, TPNW, "2019-02",
  "We were among the first countries to ratify the Treaty on the Prohibition of Nuclear Weapons, in February 2019")
R(d, "South Africa", "called-for", TPNW, D,
  "We call on all States, and in particular the nuclear-weapon States, to sign and ratify this Treaty.")
# The African peace initiative: no instrument. Hosting the summit in Johannesburg: venue. Inviting new members: nothing.
R(d, ["BRICS Summit", "15th BRICS Summit", "BRICS", "BRICS leaders"], ADOPTED, JB2, "2023-08",
  "where leaders adopted the Johannesburg II Declaration")
R(d, "South Africa", RATIFIED, C190, "2021",
  "We have ratified ILO Convention 190 on the elimination of violence and harassment in the world of work, in 2021")
# The Investment Plan "gives effect to" the Declaration: implementation; issuing it is endorsing it.
RL(d, ["South Africa", "France", "Germany", "United Kingdom", "United States", "European Union"], ENDORSED, JETP, "2021-11",
   "the Political Declaration on the Just Energy Transition in South Africa, which we issued together with France, Germany, the United Kingdom, the United States and the European Union at COP26 in November 2021")
RL(d, ["Denmark", "Netherlands"], ENDORSED, JETP, None, "Denmark and the Netherlands have since joined the partnership.", required=False)
R(d, "South Africa", "committed", PARIS, None, "We remain committed to the Paris Agreement.")
# The G20 presidency: nothing.

# ===================== 06 (parliamentary select committee progress report, New Zealand, 27 August 2019) =====================
d = "06.txt"
D = "2019-08-27"
PACER = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus"])
CCALL = ("Christchurch Call to Action", ["Christchurch Call"])
MARR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
        ["Marrakesh Treaty"])
FADTC = ["Foreign Affairs, Defence and Trade Committee", "the Committee"]
# The 2017 pledge to ratify, reported as since done: optional.
R(d, "New Zealand", NOTRATIFIED, TPNW, None,
  "The confidence and supply agreement committed the Government to ratify the Treaty on the Prohibition of Nuclear Weapons.", negated=True, required=False)
R(d, "New Zealand", "signed", TPNW, "2017-09-20", "New Zealand had signed the Treaty on 20 September 2017")
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "New Zealand ratified the Treaty on 31 July 2018.")
# "would continue to encourage further ratifications": no call is made.
RL(d, ["Australia", "United Kingdom", "United States"], "signed", TPNW, None,
   "none of New Zealand's closest defence partners, Australia, the United Kingdom and the United States, has signed the Treaty", negated=True)
# Santiago is the venue; "the ten other signatories": unnamed. Entry into force: nothing. The side letters: unnamed partners.
R(d, "New Zealand", "signed", CPTPP, "2018-03-08",
  "New Zealand signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in Santiago on 8 March 2018")
R(d, "New Zealand", RATIFIED, CPTPP, "2018-10-25", "deposited its instrument of ratification on 25 October 2018")
RL(d, ["Australia", "New Zealand", "Cook Islands", "Kiribati", "Nauru", "Niue", "Samoa", "Solomon Islands", "Tonga", "Tuvalu"], "signed", PACER,
   "2017-06-14",
   "The Pacific Agreement on Closer Economic Relations Plus (PACER Plus) was signed in Nuku'alofa on 14 June 2017 by Australia, New Zealand, the Cook Islands, Kiribati, Nauru, Niue, Samoa, the Solomon Islands, Tonga and Tuvalu.")
# The Order in Council on tariffs: domestic.
R(d, "New Zealand", NOTRATIFIED, PACER, None, "The Government expects to ratify PACER Plus before the end of this year", negated=True)
# Paris is the venue. Launching and adopting the Call is endorsing it. "17 governments", "eight online service providers": unnamed.
RL(d, ["New Zealand", "France"], ENDORSED, CCALL, "2019-05-15", "New Zealand and France were the first to adopt the Call.",
   alt=["the Prime Minister and the President of France launched the Christchurch Call to Action"])
RL(d, ["European Commission", "Australia", "Canada", "Germany", "Japan", "Jordan", "United Kingdom"], ENDORSED, CCALL, "2019-05-15",
   "It was endorsed that day by 17 governments and the European Commission, among them Australia, Canada, Germany, Japan and Jordan, as well as the United Kingdom")
R(d, "United States", ENDORSED, CCALL, None, "The United States declined to endorse the Call", negated=True)
R(d, "New Zealand", "supported", GCM, "2018-12-19",
  "New Zealand voted in favour of the General Assembly resolution endorsing the Global Compact for Safe, Orderly and Regular Migration on 19 December 2018.")
RL(d, ["United States", "Hungary", "Israel", "Poland", "Czechia"], "supported", GCM, "2018-12-19",
   "The United States, Hungary, Israel, Poland and the Czech Republic voted against the resolution", negated=True)
R(d, "Australia", "supported", GCM, "2018-12-19", "Australia abstained.", negated=True)
# The National Party members' dissent: no act.
# The amendment bill is domestic; the accession is planned.
R(d, "New Zealand", ACCEDED, MARR, None,
  "The Government intends to accede to the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
  negated=True)
R(d, "New Zealand", RATIFIED, PARIS, "2016-10", "The Paris Agreement, which New Zealand ratified in October 2016")
# The Zero Carbon Amendment Bill: domestic.
R(d, "New Zealand", "signed", OPICESCR, None,
  "New Zealand has not signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights.", negated=True)
R(d, FADTC, "called-for", OPICESCR, D, "We recommend that the Government sign and ratify the Optional Protocol.")

# ===================== 07.html (government delivery tracker web page, Canada's Mandate Letter Tracker, modified 9 August 2019) =====================
d = "07.html"
D = "2019-08-09"
# Each commitment's heading is the pledge; its progress paragraph reports the act. A pledge reported as done gets no
# separate record; the OPCAT pledge, not done, is an alt quote of its negated record.
MINA = ("Minamata Convention on Mercury", ["Minamata Convention"])
CUSMA = ("Canada-United States-Mexico Agreement", ["CUSMA", "USMCA", "T-MEC"])
CIFTA = ("Canada-Israel Free Trade Agreement", ["modernized Canada-Israel Free Trade Agreement", "CIFTA"])
C138 = ("Minimum Age Convention (No. 138)", ["ILO Convention 138", "C138", "Minimum Age Convention"])
C98 = ("Right to Organise and Collective Bargaining Convention (No. 98)", ["ILO Convention 98", "C98"])
# UN Headquarters is the depositary's seat; Bill C-47 and Royal Assent: domestic; entry into force: nothing.
R(d, "Canada", ACCEDED, ATT, "2019-06",
  "Canada deposited its instrument of accession to the Arms Trade Treaty at United Nations Headquarters in June 2019")
R(d, "Canada", ACCEDED, OPCRPD, "2018-12-03", "Canada acceded to the Optional Protocol on December 3, 2018")
R(d, "Canada", ACCEDED, OPCAT, None, "Canada has not yet acceded to the Optional Protocol.", negated=True,
  alt=["Accede to the Optional Protocol to the Convention against Torture."])
R(d, "Canada", RATIFIED, PARIS, "2016-10-05", "Canada ratified the Paris Agreement on October 5, 2016.")
R(d, "Canada", ACCEPTED, KIG, "2017-11", "Canada ratified the Kigali Amendment to the Montreal Protocol in November 2017")
R(d, "Canada", RATIFIED, MINA, "2017-04-07", "ratified the Minamata Convention on Mercury on April 7, 2017")
# CPTPP entry into force and CETA's provisional application: nothing.
R(d, "Canada", RATIFIED, CPTPP, "2018-10-29", "Canada ratified the CPTPP on October 29, 2018.")
RL(d, ["Canada", "United States", "Mexico"], "signed", CUSMA, "2018-11-30",
   "Canada, the United States and Mexico signed the Canada-United States-Mexico Agreement (CUSMA) on November 30, 2018, in Buenos Aires.")
# Bill C-100: domestic.
R(d, "Canada", NOTRATIFIED, CUSMA, None, "Canada has not yet ratified CUSMA", negated=True)
RL(d, ["Canada", "Israel"], "signed", CIFTA, "2018-05-28",
   "Canada and Israel signed the modernized Canada-Israel Free Trade Agreement on May 28, 2018.")
R(d, "Canada", ENDORSED, UNDRIP, "2016-05-10", "Canada officially endorsed the Declaration without qualification on May 10, 2016.")
# Bill C-262: domestic.
R(d, "Canada", RATIFIED, C138, "2016-06-08", "Canada ratified the Minimum Age Convention (No. 138) on June 8, 2016")
R(d, "Canada", RATIFIED, C98, "2017-06-14", "the Right to Organise and Collective Bargaining Convention (No. 98) on June 14, 2017")
R(d, "Canada", RATIFIED, P29, "2019-06", "In June 2019, Canada also ratified the Protocol of 2014 to the Forced Labour Convention.")
RL(d, ["Canada", "United Kingdom"], SIGNED_DECL, PPCA, "2017-11",
   "Canada and the United Kingdom launched the Powering Past Coal Alliance Declaration at COP23 in November 2017.")
R(d, "Canada", "supported", R71258, "2016-12", "Canada voted against General Assembly resolution 71/258 in December 2016", negated=True)
# Not taking part in the negotiations: nothing.
R(d, "Canada", "signed", TPNW, None, "Canada will not sign the Treaty", negated=True)

# ===================== 08 (opposition rebuttal, Australia, shadow foreign minister's media release, 1 November 2022) =====================
d = "08.txt"
D = "2022-11-01"
TPNWRES = ("resolution supporting the Treaty on the Prohibition of Nuclear Weapons", ["TPNW resolution", "annual resolution on the Treaty on the Prohibition of Nuclear Weapons"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga"])
ENNPIA = ("Agreement for the Exchange of Naval Nuclear Propulsion Information", ["ENNPIA", "AUKUS naval nuclear propulsion agreement"])
OPP = ["Liberal-National Coalition", "Coalition", "Opposition", "Shadow Minister for Foreign Affairs"]
# "Last week" against the release's date gives the month only.
R(d, "Australia", "supported", TPNWRES, "2022-10",
  "the Albanese Government abstained on the annual resolution supporting the Treaty on the Prohibition of Nuclear Weapons", negated=True,
  alt=["Australia voted against this resolution every year since 2018"])
# Tabling the draft is co-sponsoring it; the day is not given.
RL(d, ["Austria", "Ireland", "Mexico", "New Zealand"], "co-sponsored", TPNWRES, None,
   "The resolution was tabled by Austria, Ireland, Mexico and New Zealand, among others.")
RL(d, ["United States", "United Kingdom", "France", "Japan", "Republic of Korea"], "supported", TPNWRES, "2022-10",
   "the United States, the United Kingdom, France, Japan and the Republic of Korea - all voted against it", negated=True)
# The platform's conditional pledge, the Foreign Minister's "at this stage" and the Opposition's "never" are one tuple each.
R(d, ["Australia", "Labor", "Australian Labor Party"], "signed", TPNW, None,
  "Labor's National Platform commits a Labor Government to sign and ratify the Ban Treaty", negated=True,
  alt=["The Foreign Minister says Australia will not sign the Treaty \"at this stage\".", "A Coalition Government would never sign it."])
R(d, ["Australia", "Labor", "Australian Labor Party"], NOTRATIFIED, TPNW, None,
  "Labor's National Platform commits a Labor Government to sign and ratify the Ban Treaty", negated=True)
R(d, "Australia", PARTY, NPT, "1973", "Australia has been a party to the Treaty on the Non-Proliferation of Nuclear Weapons since 1973")
R(d, "Australia", RATIFIED, RARO, "1986", "ratified the South Pacific Nuclear Free Zone Treaty (the Treaty of Rarotonga) in 1986")
R(d, "Australia", RATIFIED, CTBT, "1998", "ratified the Comprehensive Nuclear-Test-Ban Treaty in 1998")
# "Delivered AUKUS": a partnership, nothing. Canberra is the venue.
RL(d, ["Australia", "United Kingdom", "United States"], "signed", ENNPIA, "2021-11",
   "the Agreement for the Exchange of Naval Nuclear Propulsion Information, which Australia, the United Kingdom and the United States signed in Canberra in November 2021")
# Observers at the Meeting of States Parties: nothing.
R(d, "Australia", ENDORSED, GMP, "2022-10", "Last month the Government signed Australia up to the Global Methane Pledge")
R(d, "Australia", ENDORSED, GMP, None, "which the Coalition had rightly declined to join at Glasgow", negated=True)
# Reported, then denied: the withdrawal is only a claim (optional); the signature and ratification are stated.
R(d, "Australia", NOTBOUND, PARIS, None, "a Coalition Government would take Australia out of the Paris Agreement", negated=True, required=False)
R(d, "Australia", "signed", PARIS, "2016", "It was a Coalition Government that signed the Paris Agreement in 2016")
R(d, "Australia", RATIFIED, PARIS, "2016", "ratified it later that year")
# "We call on the Prime Minister to rule out ... signing the TPNW": a call not to sign, nothing. Arms control talks: no instrument.
R(d, "China", "signed", CTBT, "1996", "China, which signed the Comprehensive Nuclear-Test-Ban Treaty in 1996")
R(d, "China", NOTRATIFIED, CTBT, None, "has yet to ratify it", negated=True)
R(d, OPP, "called-for", CTBT, D, "We call on China to ratify the CTBT")

# ===================== 09 (think-tank scorecard of a first 100 days, United States, 28 April 2021) =====================
d = "09.txt"
D = "2021-04-28"
HARBOR = ["Harbor Institute for Global Governance", "Harbor Institute", "Treaty Policy Program"]
GCD = ("Geneva Consensus Declaration", ["Geneva Consensus Declaration on Promoting Women's Health and Strengthening the Family"])
JCPOA = ("Joint Comprehensive Plan of Action", ["JCPOA", "Iran nuclear deal"])
R(d, "United States", ACCEPTED, PARIS, "2021-01-20",
  "President Biden signed the instrument by which the United States accepted the Paris Agreement")
# "became a Party again on February 19" is the same act taking effect: no separate record. The withdrawal is overtaken: optional.
R(d, "United States", NOTBOUND, PARIS, None, "the previous administration's withdrawal took effect on November 4, 2020", negated=True, required=False)
# The emissions target: implementation. The extension by exchange of notes has no action of its own (optional).
RL(d, ["United States", "Russian Federation"], ["party", "committed"], NST, "2021-02-03",
   "Washington and Moscow completed the five-year extension of the New START Treaty by an exchange of diplomatic notes", required=False)
R(d, "United States", ENDORSED, GCD, None, "On January 28 the United States withdrew from the Geneva Consensus Declaration", negated=True)
RL(d, ["United States", "Brazil", "Egypt", "Hungary", "Indonesia", "Uganda"], ["endorsed", "co-sponsored", "signed"], GCD, "2020-10",
   "which the previous administration had co-sponsored in October 2020 together with Brazil, Egypt, Hungary, Indonesia and Uganda")
# Executive Order 14008 and the transmittal package: domestic.
R(d, "United States", NOTRATIFIED, KIG, None, "The United States has not yet ratified the Kigali Amendment to the Montreal Protocol", negated=True)
R(d, HARBOR, "called-for", KIG, D,
  "We urge the administration to move quickly so that the United States can ratify the Kigali Amendment this year.")
# Revoking the sanctions on Court officials: an institution, nothing.
R(d, "United States", NOTBOUND, ROME, None,
  "the United States is not a party to the Rome Statute, and officials have made clear that they have no plans to join it", negated=True)
# The Vienna talks: process. Returning to compliance only if Iran does: conditional.
R(d, "United States", NOTBOUND, JCPOA, None, "The United States has not rejoined the Joint Comprehensive Plan of Action", negated=True)
R(d, "United States", NOTBOUND, OST, None, "It has not sought to rejoin the Treaty.", negated=True,
  alt=["the withdrawal from the Treaty on Open Skies, which took effect in November 2020"])
R(d, "United States", "signed", ATT, "2013", "The United States signed the Arms Trade Treaty in 2013.")
R(d, "United States", NOTBOUND, ATT, None, "it informed the UN Secretary-General that it does not intend to become a party", negated=True)
R(d, "United States", ACCEDED, OTT, None, "The United States has not acceded to the Ottawa Convention", negated=True)
R(d, HARBOR, "called-for", OTT, D, "We urge the administration to join the Convention.")
R(d, "United States", ENDORSED, GCM, None,
  "The administration has taken no step to endorse the Global Compact for Safe, Orderly and Regular Migration", negated=True)
R(d, "United States", "supported", GCM, "2018-12", "which the United States voted against in December 2018", negated=True)
R(d, "United States", ENDORSED, CCALL, None, "Officials have signalled that the United States will endorse the Christchurch Call to Action", negated=True,
  alt=["which the previous administration declined to join in 2019"])
R(d, "United States", "signed", CTBT, "1996", "The United States signed the Comprehensive Nuclear-Test-Ban Treaty in 1996")
R(d, "United States", NOTRATIFIED, CTBT, None, "but has not ratified it", negated=True)
# Reported, then denied.
R(d, "United States", "signed", TPNW, None, "the United States will not sign it", negated=True,
  alt=["Reports in March that the administration would sign the Treaty on the Prohibition of Nuclear Weapons were unfounded"])
# Reversing the withdrawal from the WHO: an organisation, nothing.

# ===================== 10 (coalition agreement, Spain, extracts in translation, 30 December 2019) =====================
d = "10.txt"
D = "2019-12-30"
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW"])
R(d, "Spain", NOTRATIFIED, C189, None,
  "We will ratify Convention 189 of the International Labour Organization on decent work for domestic workers", negated=True)
# Bringing domestic workers into Social Security: domestic.
R(d, "Spain", "signed", RESC, "2000", "Spain signed the Revised European Social Charter in 2000.")
R(d, "Spain", NOTRATIFIED, RESC, None,
  "We will ratify the Revised European Social Charter and its Additional Protocol providing for a system of collective complaints", negated=True)
R(d, "Spain", NOTRATIFIED, CCP, None,
  "We will ratify the Revised European Social Charter and its Additional Protocol providing for a system of collective complaints", negated=True)
R(d, "Spain", NOTRATIFIED, C190, None, "We will promote the ratification by Spain of ILO Convention 190", negated=True)
R(d, ["International Labour Conference", "ILO", "International Labour Organization"], "adopted", C190, "2019-06",
  "adopted by the International Labour Conference in June 2019")
# Extending the State Pact: domestic.
R(d, "Spain", RATIFIED, IST, "2014", "Spain, which ratified the Istanbul Convention in 2014")
CRPD_ES = ("Convention on the Rights of Persons with Disabilities", ["CRPD", "UN Convention on the Rights of Persons with Disabilities"])
# Reforming Article 49 of the Constitution: domestic.
R(d, "Spain", PARTY, CRPD_ES, "2007", "As a State Party to the Convention on the Rights of Persons with Disabilities since 2007")
R(d, "Spain", "committed", A2030, None, "Spain remains committed to the 2030 Agenda for Sustainable Development")
# Joining the Alliance for Multilateralism: an initiative, no instrument.
R(d, "Spain", "signed", TPNW, None, "Spain will sign the Treaty on the Prohibition of Nuclear Weapons", negated=True)
R(d, "Spain", PARTY, ATT, "2014", "As a State Party to the Arms Trade Treaty since 2014")
# Applying its criteria and parliamentary oversight: implementation and domestic. Palma de Mallorca: venue and host.
R(d, "Spain", ENDORSED, SSD, "2015", "Spain, an endorser of the Safe Schools Declaration since 2015")
R(d, "Spain", ENDORSED, GCM, "2018-12",
  "Spain endorsed the Global Compact for Safe, Orderly and Regular Migration in Marrakech in December 2018.")
R(d, "Spain", ACCEDED, ICRMW, None,
  "The Government will study Spain's accession to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families.",
  negated=True)
# Supporting the negotiation of a business and human rights instrument: a process, nothing.
R(d, "Spain", RATIFIED, PARIS, "2017-01", "Spain, which ratified the Paris Agreement in January 2017")
# Hosting COP25 in Madrid and the climate bill: venue and domestic.
R(d, "Spain", "called-for", MERC, D, "Spain supports the swift signature and ratification of the EU-Mercosur Association Agreement")
# The conclusion of negotiations and the recognition of the State of Palestine: nothing.

# ===================== 11.md (opposition party election platform, Japan, English summary, 8 October 2024) =====================
d = "11.md"
D = "2024-10-08"
JCDP = ["Japan", "CDP", "Constitutional Democratic Party of Japan"]
CDP = ["Constitutional Democratic Party of Japan", "CDP"]
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])
OP1 = ("First Optional Protocol to the International Covenant on Civil and Political Rights", ["Optional Protocol to the ICCPR", "First Optional Protocol"])
C111 = ("ILO Convention 111", ["ILO Convention 111 on discrimination in employment and occupation", "Discrimination (Employment and Occupation) Convention", "C111"])
C1961 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness", "1961 Convention"])
C105 = ("ILO Convention 105 on the Abolition of Forced Labour", ["ILO Convention 105", "Abolition of Forced Labour Convention", "C105"])
HAGUE = ("Hague Convention on the Civil Aspects of International Child Abduction", ["Hague Convention", "Child Abduction Convention"])
RAA = ("Japan-Philippines Reciprocal Access Agreement", ["Reciprocal Access Agreement", "RAA"])
UKACC = ("Accession Protocol of the United Kingdom to the CPTPP", ["Accession Protocol", "CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"])
TPNWRES_J = ("UN General Assembly resolution on the TPNW", ["TPNW resolution", "resolution on the Treaty on the Prohibition of Nuclear Weapons"])
# Strengthening cooperation with partners: nothing.
R(d, "Japan", "signed", TPNW, None,
  "the LDP-Komeito government has refused to sign the Treaty on the Prohibition of Nuclear Weapons (TPNW)", negated=True)
# Not attending as an observer: nothing. "Year after year" gives no date.
R(d, "Japan", "supported", TPNWRES_J, None,
  "Japan has also voted against the UN General Assembly resolution on the TPNW", negated=True)
R(d, JCDP, NOTBOUND, TPNW, None, "work to create the conditions under which Japan can join the Treaty", negated=True)
# Strengthening the NPT regime: nothing. The named addressees of the call (United States, China) are not acting.
R(d, CDP, "called-for", CTBT, D,
  "We call on all States that have not yet done so, including the United States and China, to ratify the Comprehensive Nuclear-Test-Ban Treaty")
R(d, "Japan", RATIFIED, CTBT, "1997", "which Japan ratified in 1997")
R(d, JCDP, NOTRATIFIED, OPCEDAW, None,
  "ratify the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", negated=True)
R(d, JCDP, NOTRATIFIED, OP1, None,
  "ratifying the First Optional Protocol to the International Covenant on Civil and Political Rights", negated=True)
R(d, JCDP, NOTRATIFIED, C111, None, "ratify ILO Convention 111 on discrimination in employment and occupation", negated=True)
R(d, JCDP, NOTRATIFIED, C190, None,
  "ratify ILO Convention 111 on discrimination in employment and occupation and ILO Convention 190 on violence and harassment in the world of work",
  negated=True)
R(d, JCDP, ACCEDED, C1954, None,
  "accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness", negated=True)
R(d, JCDP, ACCEDED, C1961, None,
  "accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness", negated=True)
# A national human rights institution "in line with the Paris Principles": implementation, nothing.
R(d, "Japan", RATIFIED, C105, "2022-07",
  "Japan's ratification of ILO Convention 105 on the Abolition of Forced Labour in July 2022")
R(d, "Japan", ACCEDED, HAGUE, "2014",
  "Japan acceded to the Hague Convention on the Civil Aspects of International Child Abduction in 2014.")
# Reviewing implementation: nothing. Manila is the venue; the Diet's examination is domestic.
RL(d, ["Japan", "Philippines"], "signed", RAA, "2024-07", "The Japan-Philippines Reciprocal Access Agreement was signed in Manila in July 2024.")
R(d, "Japan", NOTRATIFIED, RAA, None, "before Japan ratifies it", negated=True)
# "We support the CPTPP": a party's backing, not a vote (optional). Welcoming the UK as a member: another's act.
R(d, CDP, "supported", CPTPP, None, "We support the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)", required=False)
R(d, "Japan", RATIFIED, CPTPP, "2018", "which Japan ratified in 2018")
R(d, "United Kingdom", "signed", UKACC, "2023-07", "the United Kingdom, which signed its Accession Protocol in July 2023")
R(d, "China", ACCEDED, CPTPP, None, "China's application to join the CPTPP, submitted in September 2021", negated=True)
R(d, "Japan", RATIFIED, PARIS, "2016-11", "Japan ratified the Paris Agreement in November 2016")
R(d, JCDP, ENDORSED, PPCA, None, "A CDP government will join the Powering Past Coal Alliance Declaration", negated=True)
# Phasing out coal power: domestic.

# ===================== 12 (parliamentary library follow-up report on a government programme, Chile, 10 March 2023) =====================
d = "12.txt"
D = "2023-03-10"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement", "Escazú"])
ES114 = ("resolution ES-11/4", ["General Assembly resolution ES-11/4"])
ES116 = ("resolution ES-11/6", ["General Assembly resolution ES-11/6"])
AFA = ("Advanced Framework Agreement", ["EU-Chile Advanced Framework Agreement"])
ITA = ("Interim Trade Agreement", ["EU-Chile Interim Trade Agreement"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
# The President's message to Congress (18 March 2022) and the chambers' approval: domestic. UN Headquarters: the depositary's seat.
R(d, "Chile", ACCEDED, ESC, "2022-06-13", "Chile deposited its instrument of accession at United Nations Headquarters on 13 June 2022.")
# Co-chairing the negotiation: process. The Programme's "sign Escazú" was overtaken by the accession; the 2018 refusal is the record.
R(d, "Chile", "signed", ESC, None, "the previous Government declined to sign it in September 2018", negated=True,
  alt=["The Programme undertook to \"sign Escazú\" in the first days of the new Government."])
R(d, "Chile", "signed", CPTPP, "2018-03-08",
  "Chile signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in Santiago on 8 March 2018.")
# The 2022 condition was overtaken by the December ratification: optional. The Senate's approval and entry into force: nothing.
R(d, "Chile", NOTRATIFIED, CPTPP, None, "the Government stated that it would complete ratification only after exchanging side letters", negated=True,
  required=False)
R(d, "Chile", RATIFIED, CPTPP, "2022-12", "Chile deposited its instrument of ratification in December 2022")
R(d, "Chile", "signed", TPNW, "2017-09-20", "Chile signed the Treaty on 20 September 2017")
R(d, "Chile", RATIFIED, TPNW, "2021-09-23", "ratified it on 23 September 2021")
# Attending the Meeting of States Parties: nothing.
R(d, "Chile", ENDORSED, GCM, None,
  "The Programme proposed that Chile adhere to the Global Compact for Safe, Orderly and Regular Migration.", negated=True,
  alt=["The previous Government refused to endorse the Compact in December 2018", "No decision on adherence has yet been taken."])
R(d, "Chile", "supported", GCM, "2018-12", "Chile abstained in the General Assembly vote that month", negated=True)
# Submitting the Convention to Congress: domestic.
R(d, "Chile", NOTRATIFIED, C190, None, "Chile has not ratified it.", negated=True)
# The conclusion of negotiations in New York and the proposed secretariat seat: nothing.
R(d, "Chile", "signed", BBNJ, None, "Chile will sign the Agreement as soon as it opens for signature", negated=True)
R(d, "Chile", "supported", ES114, "2022-10-12", "Chile voted in favour of resolution ES-11/4 on 12 October 2022")
R(d, "Chile", "supported", ES116, "2023-02-23", "of resolution ES-11/6 on 23 February 2023")
# The conclusion of the modernisation negotiations: process.
RL(d, ["Chile", "European Union"], "signed", AFA, None,
   "Neither the Advanced Framework Agreement nor the Interim Trade Agreement has yet been signed by Chile and the European Union", negated=True)
RL(d, ["Chile", "European Union"], "signed", ITA, None,
   "Neither the Advanced Framework Agreement nor the Interim Trade Agreement has yet been signed by Chile and the European Union", negated=True)
RL(d, ["Chile", "New Zealand", "Singapore"], "signed", DEPA, "2020-06",
   "Chile, New Zealand and Singapore signed the Digital Economy Partnership Agreement (DEPA) in June 2020.")
# Applying to join is a planned accession; the working group: process.
RL(d, ["Canada", "China", "Republic of Korea"], ACCEDED, DEPA, None, "Three further economies have applied to join the DEPA: Canada, China and the Republic of Korea.",
   negated=True)

# ===================== 13.html (government "100 days" report web page, Brazil, 10 April 2023) =====================
d = "13.html"
D = "2023-04-10"
DBA = ("Declaration of Buenos Aires", ["Buenos Aires Declaration", "CELAC Declaration of Buenos Aires"])
UNASUR = ("Constitutive Treaty of the Union of South American Nations", ["UNASUR Constitutive Treaty", "Constitutive Treaty of UNASUR"])
MERC_BR = ("Mercosur-European Union agreement", ["EU-Mercosur Agreement", "EU-Mercosur Association Agreement"])
# "In January" against the page's date.
R(d, "Brazil", ENDORSED, GCM, "2023-01", "In January, Brazil rejoined the Global Compact for Safe, Orderly and Regular Migration")
R(d, "Brazil", ENDORSED, GCM, None, "from which the previous government had withdrawn in January 2019", negated=True, required=False)
R(d, "Brazil", ENDORSED, GCD, None, "In the same month Brazil withdrew from the Geneva Consensus Declaration", negated=True)
R(d, "Brazil", ["endorsed", "co-sponsored", "signed"], GCD, "2020", "which the previous government had co-sponsored in 2020")
# Returning to CELAC: an organisation. Attending the Summit: nothing.
R(d, ["CELAC Summit", "VII CELAC Summit", "CELAC", "Community of Latin American and Caribbean States"], ADOPTED, DBA, "2023-01-24",
  "the VII CELAC Summit in Buenos Aires, attended by President Lula, adopted the Declaration of Buenos Aires")
# The decree is domestic; the return takes effect only in May: planned.
R(d, "Brazil", NOTBOUND, UNASUR, None,
  "Brazil will again be a party to the Constitutive Treaty of the Union of South American Nations (UNASUR) from 6 May", negated=True)
R(d, "Brazil", "signed", TPNW, "2017-09", "Brazil signed the Treaty on the Prohibition of Nuclear Weapons in September 2017")
# The National Congress's approval: domestic.
R(d, "Brazil", NOTRATIFIED, TPNW, None, "Brazil has not ratified it", negated=True)
R(d, "Brazil", "signed", ESC, "2018-09", "Brazil signed the Escazú Agreement in September 2018.")
R(d, "Brazil", NOTRATIFIED, ESC, None, "The Government will send the Agreement to the National Congress so that Brazil can ratify it.", negated=True)
R(d, "Brazil", NOTRATIFIED, C190, None,
  "the Government is sending ILO Convention 190 on violence and harassment in the world of work to the National Congress for ratification", negated=True)
R(d, "Brazil", "committed", PARIS, None, "Brazil has reaffirmed its commitment to the Paris Agreement")
# The Amazon Fund and its donors: a fund, no instrument.
R(d, "Brazil", "supported", ES116, "2023-02-23", "On 23 February, Brazil voted in favour of resolution ES-11/6")
R(d, GA, "adopted", ES116, "2023-02-23", "which the General Assembly adopted with 141 votes in favour")
R(d, "Russian Federation", "supported", ES116, "2023-02-23", "Russia and six other States voted against.", negated=True)
R(d, "Brazil", "signed", MERC_BR, None, "The Government will not sign the Mercosur-European Union agreement", negated=True)
# The EU's additional instrument is unnamed.

# ===================== 14 (Statement of Government Policy, Sweden, excerpt, 10 September 2024) =====================
d = "14.txt"
D = "2024-09-10"
NAT = ("North Atlantic Treaty", ["NATO", "Washington Treaty"])
SWACC = ("Sweden's Accession Protocol", ["Protocol to the North Atlantic Treaty on the Accession of the Kingdom of Sweden", "Accession Protocol"])
DCA = ("Defence Cooperation Agreement between Sweden and the United States", ["Defence Cooperation Agreement", "DCA"])
SEUA = ("Agreement on Security Cooperation between Sweden and Ukraine", ["security agreement", "Agreement on Security Cooperation"])
JCPF = ("Joint Communiqué on a Peace Framework", ["Bürgenstock Communiqué", "Joint Communiqué"])
# Washington: the depositary's seat. "thirty-second member" is the same act.
R(d, "Sweden", ACCEDED, NAT, "2024-03-07", "On 7 March this year, I deposited Sweden's instrument of accession to the North Atlantic Treaty in Washington")
R(d, "Türkiye", RATIFIED, SWACC, "2024-01", "Sweden's Accession Protocol was ratified by Türkiye in January")
R(d, "Hungary", RATIFIED, SWACC, "2024-02", "Hungary followed in February as the last of the thirty Allies")
R(d, "Finland", ACCEDED, NAT, "2023-04", "Our neighbour Finland had joined the Alliance in April 2023.")
# Washington is the venue; the Riksdag's approval is domestic.
RL(d, ["Sweden", "United States"], "signed", DCA, "2023-12",
   "The Defence Cooperation Agreement between Sweden and the United States, signed in Washington in December 2023")
# Contributing to NATO's deterrence: nothing. Not sending an observer: nothing.
R(d, "Sweden", ACCEDED, TPNW, None, "Sweden will not accede to the Treaty on the Prohibition of Nuclear Weapons", negated=True)
R(d, "Sweden", "committed", NPT, None, "Sweden remains fully committed to the Treaty on the Non-Proliferation of Nuclear Weapons")
# Stockholm is the venue.
RL(d, ["Sweden", "Ukraine"], "signed", SEUA, "2024-05-31",
   "On 31 May, the President of Ukraine and I signed in Stockholm an Agreement on Security Cooperation between Sweden and Ukraine")
# Bürgenstock and Switzerland: venue and host.
R(d, "Sweden", ENDORSED, JCPF, "2024-06", "In June, Sweden endorsed the Joint Communiqué on a Peace Framework")
RL(d, ["India", "Saudi Arabia", "South Africa", "United Arab Emirates"], ENDORSED, JCPF, None,
   "Several major countries that took part, among them India, Saudi Arabia, South Africa and the United Arab Emirates, did not endorse it.", negated=True)
# The Register of Damage (an institution) and the special tribunal (a process): nothing.
R(d, "Sweden", "committed", PARIS, None, "Sweden remains committed to the Paris Agreement")
R(d, "Sweden", "signed", BBNJ, "2023-09",
  "Sweden signed the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction in September 2023.")
R(d, "Sweden", NOTRATIFIED, BBNJ, None, "The Government intends to ratify the Agreement together with the other Member States of the European Union",
  negated=True)
# The bill to the Riksdag: domestic. The EU Pact on Migration and Asylum: EU legislation with no actor named, nothing.

# ===================== 15.md (think-tank promise tracker, United Kingdom, Labour's first year, 31 July 2025) =====================
d = "15.md"
D = "2025-07-31"
WFPF = ["Westminster Foreign Policy Forum"]
SDP = ("Security and Defence Partnership", ["UK-EU Security and Defence Partnership", "security pact with the EU"])
THA = ("Trinity House Agreement", ["Trinity House Agreement on defence"])
KEN = ("Kensington Treaty", ["UK-Germany Treaty on Friendship and Bilateral Cooperation"])
NWD = ("Northwood Declaration", ["Northwood Declaration on nuclear deterrence"])
UA100 = ("UK-Ukraine 100 Year Partnership Declaration", ["100 Year Partnership", "100 Year Partnership Declaration"])
INDIA = ("UK-India Comprehensive Economic and Trade Agreement", ["Comprehensive Economic and Trade Agreement", "UK-India trade deal", "CETA"])
CHAGOS = ("Agreement concerning the Chagos Archipelago including Diego Garcia", ["Chagos treaty", "Chagos Agreement", "UK-Mauritius Agreement"])
RWA = ("UK-Rwanda Agreement for the Provision of an Asylum Partnership", ["UK-Rwanda treaty", "Rwanda treaty"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
WHA = ["World Health Assembly", "WHA"]
# The "Pledge" column restates manifesto promises; a kept pledge gets no separate record, a stalled one is an alt quote.
# London is the venue of the summit.
RL(d, ["United Kingdom", "European Union"], "signed", SDP, "2025-05-19",
   "The UK and the EU signed a Security and Defence Partnership at the first UK-EU summit in London on 19 May 2025.")
RL(d, ["United Kingdom", "Germany"], "signed", THA, "2024-10-23",
   "The UK and Germany signed the Trinity House Agreement on defence on 23 October 2024")
RL(d, ["United Kingdom", "Germany"], "signed", KEN, "2025-07-17", "the Kensington Treaty on 17 July 2025")
RL(d, ["United Kingdom", "France"], ["endorsed", "adopted", "signed"], NWD, "2025-07-10",
   "The UK and France adopted the Northwood Declaration on nuclear deterrence on 10 July 2025.")
# Kyiv is the venue; the Prime Minister and the President sign for their States.
RL(d, ["United Kingdom", "Ukraine"], SIGNED_DECL, UA100, "2025-01-16",
   "The Prime Minister and President Zelensky signed the UK-Ukraine 100 Year Partnership Declaration in Kyiv on 16 January 2025.")
RL(d, ["United Kingdom", "India"], "signed", INDIA, "2025-07-24",
   "The UK and India signed the Comprehensive Economic and Trade Agreement on 24 July 2025.")
# Scrutiny under the CRaG Act: domestic.
R(d, "United Kingdom", NOTRATIFIED, INDIA, None, "The UK must still complete ratification", negated=True)
R(d, "United Kingdom", "signed", BBNJ, "2023-09", "The UK signed the Agreement in September 2023.")
# The implementing bill: domestic.
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "the UK has yet to ratify", negated=True,
  alt=["Ministers promised to ratify it before the UN Ocean Conference in June", "Ratify the High Seas Treaty"])
RL(d, ["United Kingdom", "Mauritius"], "signed", CHAGOS, "2025-05-22",
   "The UK and Mauritius signed the Agreement concerning the Chagos Archipelago including Diego Garcia on 22 May 2025.")
# The Diego Garcia Military Base and British Indian Ocean Territory Bill: domestic.
R(d, "United Kingdom", NOTRATIFIED, CHAGOS, None, "The UK has not yet ratified the treaty", negated=True)
# Kigali is the venue; "no longer being implemented" is not a treaty action.
RL(d, ["United Kingdom", "Rwanda"], "signed", RWA, "2023-12",
   "The UK-Rwanda Agreement for the Provision of an Asylum Partnership, signed in Kigali in December 2023")
R(d, "United Kingdom", JOINED, CPTPP, "2024-12-15",
  "The UK formally joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) on 15 December 2024")
R(d, WHA, "adopted", PANDEMIC, "2025-05-20", "The World Health Assembly adopted the WHO Pandemic Agreement on 20 May 2025.")
R(d, "United Kingdom", "signed", PANDEMIC, None,
  "the UK will decide whether to sign it only once the annex on pathogen access and benefit-sharing has been agreed", negated=True)
R(d, "United Kingdom", PARTY, ECHR, None, "The Government has ruled out leaving the European Convention on Human Rights.", required=False)
R(d, ["United Kingdom", "Reform UK"], NOTBOUND, ECHR, None, "Reform UK, by contrast, has pledged to take the UK out of the Convention.", negated=True)
# Not rejoining the EU, the single market or the customs union: organisations, nothing.
RL(d, ["Poland", "Estonia", "Latvia", "Lithuania"], NOTBOUND, OTT, None,
   "Four NATO allies (Poland, Estonia, Latvia and Lithuania) announced in March 2025 that they intend to withdraw from the Ottawa Convention", negated=True)
R(d, "Finland", NOTBOUND, OTT, None, "Finland followed in April", negated=True)
R(d, "United Kingdom", PARTY, OTT, None, "the UK will remain a party to the Convention", required=False)
R(d, WFPF, "called-for", BBNJ, D, "We call on the Government to ratify the High Seas Treaty before the end of 2025.")

# ===================== 16 (opposition rebuttal of a State of the Nation address, Kenya, 10 November 2023) =====================
d = "16.txt"
D = "2023-11-10"
AZIMIO = ["Azimio la Umoja One Kenya Coalition", "Azimio", "Azimio la Umoja"]
EPA = ("Economic Partnership Agreement between Kenya and the European Union", ["EU-Kenya Economic Partnership Agreement", "Economic Partnership Agreement", "EPA"])
R2699 = ("resolution 2699", ["Security Council resolution 2699", "United Nations Security Council resolution 2699"])
AUFMP_K = ("African Union Protocol on Free Movement of Persons", ["Free Movement Protocol", "AU Free Movement Protocol"])
NBD = ("Nairobi Declaration", ["African Leaders Nairobi Declaration on Climate Change and Call to Action"])
DCA_K = ("Defence Cooperation Agreement", ["Kenya-United States Defence Cooperation Agreement"])
# The conclusion of negotiations: process. "will sign it in December": planned, no date.
RL(d, ["Kenya", "European Union"], "signed", EPA, None, "the Agreement has not been signed, let alone ratified", negated=True,
   alt=["The Government now says that Kenya and the EU will sign it in December."])
R(d, "Kenya", NOTRATIFIED, EPA, None, "the Agreement has not been signed, let alone ratified", negated=True)
RL(d, ["United States", "Ecuador"], "co-sponsored", R2699, None, "drafted by the United States and Ecuador")
R(d, UNSC, "adopted", R2699, "2023-10-02", "was adopted on 2 October 2023 with thirteen votes in favour")
RL(d, ["China", "Russian Federation"], "supported", R2699, "2023-10-02", "China and the Russian Federation abstained", negated=True)
# Kenya's offer to lead the mission, Parliament's approval and the High Court's orders: nothing / domestic.
# Reported, then denied: "Kenya had ratified" is the President's claim, which the statement refutes.
R(d, "Kenya", "signed", ATT, "2013", "Kenya signed the Arms Trade Treaty in 2013")
R(d, "Kenya", NOTRATIFIED, ATT, None, "has never deposited an instrument of ratification", negated=True)
R(d, "Kenya", RATIFIED, AFCFTA, "2018",
  "Kenya ratified the Agreement Establishing the African Continental Free Trade Area in 2018")
# "We welcome the progress ... in trading under it": implementation.
R(d, "Kenya", "signed", AUFMP_K, "2018-03",
  "Kenya also signed the African Union Protocol on Free Movement of Persons in Kigali in March 2018")
R(d, "Kenya", NOTRATIFIED, AUFMP_K, None, "the Government has yet to ratify it", negated=True)
# Visa-free entry: a domestic measure. Nairobi hosting the Summit: venue.
R(d, ["Africa Climate Summit"], "adopted", NBD, "2023-09", "The Africa Climate Summit held here in Nairobi in September adopted the Nairobi Declaration.")
RL(d, ["Kenya", "United States"], "signed", DCA_K, "2023-09-25",
   "The Defence Cooperation Agreement that Kenya and the United States signed on 25 September 2023")
# Tabling in Parliament and the Treaty Making and Ratification Act: domestic.
R(d, AZIMIO, "called-for", ATT, D, "We call on the Government to ratify the Arms Trade Treaty and the African Union Protocol on Free Movement of Persons")
R(d, AZIMIO, "called-for", AUFMP_K, D, "We call on the Government to ratify the Arms Trade Treaty and the African Union Protocol on Free Movement of Persons")

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
