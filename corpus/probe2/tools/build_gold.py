#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Adapted from corpus/probe/tools/build_gold.py (same record format, same checks)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 4000

# ---- instruments: (name as the text names it, aliases) ----
WATERCONV = ("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", ["Water Convention", "UNECE Water Convention"])
WATERCOURSES = ("Convention on the Law of the Non-navigational Uses of International Watercourses", ["1997 Watercourses Convention", "Watercourses Convention", "UN Watercourses Convention"])
PWH = ("Protocol on Water and Health", [])
PARIS = ("Paris Agreement", [])
RAMSAR = ("Ramsar Convention on Wetlands", ["Ramsar Convention", "Convention on Wetlands", "Convention on Wetlands of International Importance especially as Waterfowl Habitat"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance", "Enforced Disappearance Convention"])
STATELESS61 = ("Convention on the Reduction of Statelessness", ["1961 Convention"])
STATELESS54 = ("Convention relating to the Status of Stateless Persons", [])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
OAS = ("Charter of the Organization of American States", ["OAS Charter"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean", ["Escazú Agreement", "Escazu Agreement"])
AIDECL = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy", ["Political Declaration on Military AI"])
CWC = ("Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction", ["Chemical Weapons Convention", "CWC"])
CWC_SHORT = ("Chemical Weapons Convention", ["CWC", CWC[0]])
FCTC = ("WHO Framework Convention on Tobacco Control", ["WHO FCTC", "FCTC", "Framework Convention on Tobacco Control"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol"])
BWC = ("Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction", ["Biological Weapons Convention", "BWC", "BTWC"])
PELINDABA = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["African Continental Free Trade Area", "AfCFTA", "AfCFTA Agreement"])
KIGDECL = ("Kigali Declaration", [])
FMP = ("Protocol on Free Movement of Persons", ["free movement protocol", "Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment"])
SGC = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention on Mediation", "Singapore Convention"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
MZD = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Protocols to the South Pacific Nuclear Free Zone Treaty", "Rarotonga Protocols"])
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Domestic Workers Convention", "Convention No. 189", "C189", "ILO Convention No. 189"])
C182 = ("Worst Forms of Child Labour Convention, 1999 (No. 182)", ["Worst Forms of Child Labour Convention", "Convention No. 182", "C182"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC"])
C181 = ("Private Employment Agencies Convention, 1997 (No. 181)", ["Private Employment Agencies Convention", "Convention No. 181", "C181"])
ACP = ("Protocol to the African Charter on Human and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights",
       ["African Court Protocol", "Protocol establishing the African Court"])
ACHPR = ("African Charter on Human and Peoples' Rights", ["African Charter", "Banjul Charter"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD"])
JCPOA = ("Joint Comprehensive Plan of Action", ["JCPOA"])
AP = ("Additional Protocol", ["Additional Protocol to the safeguards agreement", "IAEA Additional Protocol"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "European Union", "Bolivia", "Czechia", "Venezuela", "Bahamas", "Côte d'Ivoire"),
    "Russia": ["Russia", "Russian Federation"],
    "Turkey": ["Turkey", "Türkiye"],
    "Palestine": ["Palestine", "State of Palestine"],
    "Tanzania": ["Tanzania", "United Republic of Tanzania"],
    "Federated States of Micronesia": ["Federated States of Micronesia", "Micronesia", "Micronesia (Federated States of)"],
    "Marshall Islands": ["Marshall Islands", "Republic of Marshall Islands", "Republic of the Marshall Islands"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Netherlands": ["Netherlands", "The Netherlands"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
UNSG = ["UN Secretary-General", "Secretary-General", "Ban Ki-moon"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 =====================
d = "01_mofa_iraq_water_convention_accession.txt"
DAY = "2023-03-22"
R(d, "Iraq", "acceded", WATERCONV, DAY, "The Minister of Foreign Affairs of the Republic of Iraq, Fuad Hussein, today deposited Iraq's instrument of accession to the Convention on the Protection and Use of Transboundary Watercourses and International Lakes (Water Convention) with the Secretary-General of the United Nations")
R(d, "Iraq", "party", WATERCONV, None, "With this step Iraq becomes the 50th Party to the Convention", required=False)
R(d, "Iraq", ["acceded", "party"], WATERCOURSES, "2001-07", "Iraq is already a party to the Convention on the Law of the Non-navigational Uses of International Watercourses, to which it acceded in July 2001")
R(d, "Iraq", ["ratified", "party"], PARIS, "2021-11", "It is also bound by the Paris Agreement, which it ratified in November 2021")
R(d, "Iraq", JOINED, RAMSAR, "2007", "and by the Ramsar Convention on Wetlands, having joined it in 2007")
R(d, GA, "adopted", WATERCOURSES, "1997-05-21", "The 1997 Watercourses Convention was adopted by the General Assembly on 21 May 1997")
RL(d, ["Burundi", "China", "Türkiye"], "supported", WATERCOURSES, "1997-05-21",
   "The 1997 Watercourses Convention was adopted by the General Assembly on 21 May 1997 by a recorded vote of 103 to 3, with Burundi, China and Türkiye voting against", negated=True)
R(d, "Syria", "party", WATERCOURSES, "1998", "Syria has been a party to it since 1998")
nq = "neither Türkiye nor the Islamic Republic of Iran has joined either of the two conventions"
RL(d, ["Türkiye", "Iran"], NOTBOUND, WATERCONV, None, nq, negated=True)
RL(d, ["Türkiye", "Iran"], NOTBOUND, WATERCOURSES, None, nq, negated=True)
cq = "He called on all riparian States of the Tigris and Euphrates basin to accede to both conventions"
R(d, "Iraq", "called-for", WATERCONV, DAY, cq)
R(d, "Iraq", "called-for", WATERCOURSES, DAY, cq)
RL(d, ["Chad", "Senegal"], ["acceded", "party"], WATERCONV, "2018", "Iraq follows Chad and Senegal, which in 2018 became the first countries outside the pan-European region to accede to the Water Convention")
R(d, "Ghana", ["acceded", "party"], WATERCONV, "2020", "and Ghana, which acceded in 2020")
RL(d, ["Guinea-Bissau", "Togo", "Cameroon"], ["acceded", "party"], WATERCONV, None,
   "Iraq follows Chad and Senegal, which in 2018 became the first countries outside the pan-European region to accede to the Water Convention, and Ghana, which acceded in 2020, as well as Guinea-Bissau, Togo and Cameroon")
R(d, "Iraq", JOINED, PWH, None, "The Government is also considering accession to the Protocol on Water and Health to the Water Convention", negated=True,
  alt=["an inter-ministerial committee has begun reviewing the Protocol's obligations"])

# ===================== 02 =====================
d = "02_un_press_ga_georgia_displaced_persons_vote.txt"
DAY = "2023-06-07"
L71 = ("Status of internally displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia", ["A/77/L.71", "resolution on the right of return of displaced persons to Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia"])
R62 = ("resolution 62/249", ["A/RES/62/249"])
L69 = ("Cooperation between the United Nations and the Central European Initiative", ["A/77/L.69"])
R(d, GA, "adopted", L71, DAY, "By a recorded vote of 100 in favour to 9 against, with 52 abstentions, the Assembly adopted the text \"Status of internally displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali region/South Ossetia, Georgia\" (document A/77/L.71)",
  alt=["The General Assembly today adopted a resolution recognizing the right of return of all internally displaced persons and refugees"])
against = ["Belarus", "Burundi", "Democratic People's Republic of Korea", "Eritrea", "Mali", "Nicaragua", "Russian Federation", "Syria", "Zimbabwe"]
aq = "Voting against were: Belarus, Burundi, Democratic People's Republic of Korea, Eritrea, Mali, Nicaragua, Russian Federation, Syria, Zimbabwe."
for a in against:
    alt = ["the representative of the Russian Federation said his delegation would vote against the \"politicized\" text"] if a == "Russian Federation" else None
    R(d, a, "supported", L71, DAY, aq, negated=True, alt=alt)
R(d, "Azerbaijan", "supported", L71, DAY, "Azerbaijan did not take part in the vote", negated=True)
R(d, "Georgia", "co-sponsored", L71, None, "The text was sponsored by Georgia", alt=["Introducing the draft, the representative of Georgia said"])
RL(d, ["Canada", "Japan", "Ukraine", "United Kingdom"], "co-sponsored", L71, None, "co-sponsored by 45 Member States, among them Canada, Japan, Ukraine and the United Kingdom")
R(d, "Brazil", "supported", L71, DAY, "the representative of Brazil said his country had abstained", negated=True)
RL(d, ["China", "India", "South Africa"], "supported", L71, DAY, "Among the other States abstaining were China, India and South Africa", negated=True)
R(d, "United States", "supported", L71, DAY, "The representative of the United States said her delegation had voted in favour")
R(d, "Ukraine", "supported", L71, DAY, "Ukraine's delegate, who also voted in favour")
R(d, GA, "adopted", R62, "2008-05-15", "since 15 May 2008, when it adopted resolution 62/249 by a recorded vote of 14 in favour to 11 against, with 105 abstentions")
R(d, GA, "adopted", L69, DAY, "Also today, the Assembly adopted without a vote the draft resolution \"Cooperation between the United Nations and the Central European Initiative\" (document A/77/L.69)")
R(d, "Montenegro", "co-sponsored", L69, None, "introduced by Montenegro on behalf of the Initiative's member States", required=False)

# ===================== 03 =====================
d = "03_hrc_belarus_mandate_recorded_vote.txt"
DAY = "2023-04-04"
L25 = ("Situation of human rights in Belarus", ["A/HRC/52/L.25", "resolution on the situation of human rights in Belarus"])
L8 = ("Rights of persons with disabilities", ["A/HRC/52/L.8", "resolution on the rights of persons with disabilities"])
R(d, HRC, "adopted", L25, DAY, "The Human Rights Council this afternoon adopted a resolution on the situation of human rights in Belarus (A/HRC/52/L.25)")
RL(d, ["Sweden", "European Union"], "co-sponsored", L25, None, "The draft was presented by Sweden on behalf of the European Union", required=False)
RL(d, ["Albania", "Iceland", "Norway"], "co-sponsored", L25, None, "co-sponsored by 41 States, including Albania, Iceland and Norway")
favour = ["Argentina", "Belgium", "Chile", "Costa Rica", "Czechia", "Finland", "France", "Georgia", "Germany", "Honduras", "Lithuania",
          "Luxembourg", "Malawi", "Mexico", "Montenegro", "Paraguay", "Romania", "Ukraine", "United Kingdom", "United States"]
assert len(favour) == 20
fq = "In favour (20): Argentina, Belgium, Chile, Costa Rica, Czechia, Finland, France, Georgia, Germany, Honduras, Lithuania, Luxembourg, Malawi, Mexico, Montenegro, Paraguay, Romania, Ukraine, United Kingdom of Great Britain and Northern Ireland, United States of America."
RL(d, favour, "supported", L25, DAY, fq)
against = ["Bolivia", "China", "Cuba", "Eritrea", "Kyrgyzstan", "Pakistan", "Viet Nam"]
aq = "Against (7): Bolivia (Plurinational State of), China, Cuba, Eritrea, Kyrgyzstan, Pakistan, Viet Nam."
for a in against:
    R(d, a, "supported", L25, DAY, aq, negated=True, alt=["Cuba said it would vote against the text"] if a == "Cuba" else None)
abst = ["Algeria", "Bangladesh", "Benin", "Cameroon", "Côte d'Ivoire", "Gabon", "Gambia", "India", "Kazakhstan", "Malaysia", "Maldives",
        "Morocco", "Nepal", "Qatar", "Senegal", "Somalia", "South Africa", "Sudan", "United Arab Emirates", "Uzbekistan"]
assert len(abst) == 20
bq = "Abstentions (20): Algeria, Bangladesh, Benin, Cameroon, Côte d'Ivoire, Gabon, Gambia, India, Kazakhstan, Malaysia, Maldives, Morocco, Nepal, Qatar, Senegal, Somalia, South Africa, Sudan, United Arab Emirates, Uzbekistan."
for a in abst:
    R(d, a, "supported", L25, DAY, bq, negated=True, alt=["Explaining its abstention, India said"] if a == "India" else None)
R(d, "Belarus", "supported", L25, None, "Belarus, speaking as the country concerned, said it rejected the resolution in its entirety", negated=True, required=False)
R(d, HRC, "adopted", L8, DAY, "The Council then adopted without a vote a resolution on the rights of persons with disabilities (A/HRC/52/L.8)")
RL(d, ["Mexico", "New Zealand"], "co-sponsored", L8, None, "presented by Mexico and New Zealand")
hq = "by which it called upon all States that have not yet done so to ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol"
R(d, HRC, "called-for", CRPD, DAY, hq, required=False)
R(d, HRC, "called-for", OPCRPD, DAY, hq, required=False)
R(d, "Pakistan", "supported", L8, DAY, "Pakistan said it had joined the consensus on the text", required=False)

# ===================== 04 =====================
d = "04_depositary_digest_november_2023.txt"
R(d, "Zambia", "acceded", GENOCIDE, "2023-11-01", "Zambia's instrument of accession was received by the Secretary-General on 1 November")
R(d, "Russian Federation", "ratified", CTBT, "2000-06-30", "The Russian Federation, which had ratified the Treaty on 30 June 2000")
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "The Russian Federation, which had ratified the Treaty on 30 June 2000, informed the Secretary-General that it had revoked its ratification", negated=True, required=False)
R(d, "Russian Federation", "signed", CTBT, None, "It remains a signatory")
R(d, "Malawi", "ratified", ICPPED, "2023-11-06", "The ratification by Malawi brings the number of States Parties to 71")
R(d, "Malawi", "signed", ICPPED, "2007-02-06", "Malawi had signed the Convention on 6 February 2007")
RL(d, ["United States", "China"], "signed", ICPPED, None, "Neither the United States nor China has signed it", negated=True)
R(d, "Kyrgyzstan", "acceded", STATELESS61, "2023-11-09", "09/11/2023 - Convention on the Reduction of Statelessness - Kyrgyzstan: accession")
R(d, "Kyrgyzstan", "party", STATELESS61, None, "With this deposit Kyrgyzstan became the 80th State Party to the 1961 Convention", required=False)
R(d, "Kyrgyzstan", "acceded", STATELESS54, "2020", "It acceded to the Convention relating to the Status of Stateless Persons in 2020")
RL(d, ["Sierra Leone", "Zambia"], "signed", OPICESCR, "2023-11-21", "The Protocol was signed on behalf of Sierra Leone and Zambia by their Permanent Representatives")
RL(d, ["Sierra Leone", "Zambia"], "party", ICESCR, None, "Both States are parties to the Covenant itself")
R(d, "Nicaragua", NOTBOUND, OAS, None, "Nicaragua's denunciation of the Charter of the Organization of American States took effect on 19 November 2023", negated=True, required=False)

# ===================== 05 =====================
d = "05_escazu_watch_two_years.txt"
parties = ["Antigua and Barbuda", "Argentina", "Belize", "Bolivia", "Chile", "Ecuador", "Grenada", "Guyana", "Mexico", "Nicaragua", "Panama",
           "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Uruguay"]
assert len(parties) == 15
pq = "Fifteen countries are now parties: Antigua and Barbuda, Argentina, Belize, Bolivia, Chile, Ecuador, Grenada, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia and Saint Vincent and the Grenadines, as well as Uruguay"
for a in parties:
    R(d, a, "party", ESCAZU, None, pq, alt=["became the 13th State Party"] if a == "Chile" else None)
R(d, "Belize", ["ratified", "acceded"], ESCAZU, "2023-03", "Belize was the latest to ratify, in March this year")
R(d, "Chile", "acceded", ESCAZU, "2022-06-13", "Chile, whose Government had refused to sign the text in 2018, deposited its instrument of accession on 13 June 2022")
R(d, "Chile", "signed", ESCAZU, None, "Chile, whose Government had refused to sign the text in 2018", negated=True, required=False)
R(d, "Colombia", "signed", ESCAZU, "2019-12", "Colombia signed in December 2019")
R(d, "Colombia", NOTRATIFIED, ESCAZU, None, "the Government has yet to deposit an instrument of ratification", negated=True)
sig = ["Brazil", "Costa Rica", "Paraguay", "Peru"]
sq = "Eight other signatories have yet to ratify, among them Brazil, Costa Rica, Paraguay and Peru"
RL(d, sig, "signed", ESCAZU, None, sq)
salt = {"Costa Rica": ["Costa Rica, where the text was adopted on 4 March 2018, in the town that gave the Agreement its name, has not ratified it either"],
        "Brazil": ["Brazil's new Government has said it expects to ratify before the third Conference of the Parties"]}
for a in sig:
    R(d, a, NOTRATIFIED, ESCAZU, None, sq, negated=True, alt=salt.get(a))
RL(d, ["Bahamas", "Cuba", "El Salvador", "Venezuela"], "signed", ESCAZU, None,
   "Eight countries of the region have not signed the Agreement at all, including the Bahamas, Cuba, El Salvador and Venezuela", negated=True)
hq = "Honduras, which is also among them, has said that it is considering whether to join"
R(d, "Honduras", "signed", ESCAZU, None, hq, negated=True)
R(d, "Honduras", JOINED, ESCAZU, None, hq, negated=True, alt=["our partners in Tegucigalpa report that the process has started"])
R(d, "Argentina", "called-for", ESCAZU, "2023-04", "Argentina's Foreign Minister, Santiago Cafiero, urged all signatories to ratify the Agreement without delay")
R(d, ["Escazú Watch"], "called-for", ESCAZU, "2023-04-22", "Escazú Watch joins that call and urges the signatories that have not yet ratified, Colombia in particular, to complete the process before the end of 2023")

# ===================== 06 =====================
d = "06_joint_statement_military_ai_declaration.txt"
DAY = "2023-11-13"
L56 = ("draft resolution A/C.1/78/L.56 on lethal autonomous weapons systems", ["A/C.1/78/L.56", "Lethal autonomous weapons systems"])
endorsers = ["Albania", "Australia", "Austria", "Belgium", "Canada", "Czechia", "Denmark", "Dominican Republic", "Finland", "France", "Georgia",
             "Germany", "Hungary", "Ireland", "Italy", "Japan", "Liberia", "Malawi", "Montenegro", "Morocco", "Netherlands", "North Macedonia",
             "Portugal", "Republic of Korea", "Romania", "Singapore", "Spain", "Sweden", "Türkiye", "United Kingdom", "United States"]
assert len(endorsers) == 31
eq = ("We, the ministers responsible for foreign affairs and defence of Albania, Australia, Austria, Belgium, Canada, Czechia, Denmark, the Dominican Republic, "
      "Finland, France, Georgia, Germany, Hungary, Ireland, Italy, Japan, Liberia, Malawi, Montenegro, Morocco, the Netherlands, North Macedonia, Portugal, "
      "the Republic of Korea, Romania, Singapore, Spain, Sweden, Türkiye, the United Kingdom and the United States, today endorse the Political Declaration "
      "on Responsible Military Use of Artificial Intelligence and Autonomy")
RL(d, endorsers, "endorsed", AIDECL, DAY, eq)
RL(d, ["Libya", "Bahamas"], "endorsed", AIDECL, "2023-10", "Libya and the Bahamas, which endorsed the Declaration in October")
for a in ["Brazil", "India", "Israel"]:
    R(d, a, "endorsed", AIDECL, None, "Several States that attended the consultations, namely Brazil, India and Israel, have not endorsed the Declaration", negated=True,
      alt=["India has said that it is considering whether to do so once its own national guidelines are in place"] if a == "India" else None)
R(d, FC, "adopted", L56, "2023-11", "Earlier this month, the First Committee of the General Assembly approved draft resolution A/C.1/78/L.56 on lethal autonomous weapons systems")
R(d, "Austria", "co-sponsored", L56, None, "draft resolution A/C.1/78/L.56 on lethal autonomous weapons systems, submitted by Austria")

# ===================== 07 =====================
d = "07_cwc_twenty_five_years_who_joined_when.txt"
R4739 = ("resolution 47/39", ["A/RES/47/39"])
R2118 = ("resolution 2118 (2013)", ["S/RES/2118 (2013)", "resolution 2118"])
OPCW = ["OPCW", "Organisation for the Prohibition of Chemical Weapons", "OPCW Director-General", "Fernando Arias"]
R(d, "Hungary", "ratified", CWC, "1996-10-31", "Hungary deposited the 65th instrument of ratification on 31 October 1996")
R(d, GA, "adopted", R4739, "1992-11-30", "The General Assembly commended it in resolution 47/39, which it adopted without a vote on 30 November 1992")
R(d, GA, "welcomed", CWC, "1992-11-30", "The General Assembly commended it in resolution 47/39", required=False)
RL(d, ["France", "Germany", "Russian Federation", "United States"], "signed", CWC, "1993-01-13", "Among the first-day signatories were France, Germany, the Russian Federation and the United States")
R(d, "United States", "ratified", CWC, "1997-04-25", "The United States ratified on 25 April 1997")
R(d, "Russian Federation", "ratified", CWC, "1997-11-05", "and the Russian Federation on 5 November 1997")
R(d, "China", "ratified", CWC, "1997-04", "China had ratified earlier in the same month as the United States")
R(d, "Syria", "acceded", CWC, "2013-09-14", "Syria deposited its instrument of accession on 14 September 2013")
R(d, UNSC, "adopted", R2118, "2013-09", "later that month the Security Council unanimously adopted resolution 2118 (2013)")
R(d, "Myanmar", "signed", CWC, "1993-01", "Myanmar, which had signed in January 1993")
R(d, "Myanmar", "ratified", CWC, "2015-07", "Myanmar, which had signed in January 1993, ratified in July 2015")
R(d, "Angola", "acceded", CWC, "2015-09", "Angola acceded two months later")
R(d, "Palestine", "acceded", CWC, "2018-05-17", "The State of Palestine acceded on 17 May 2018")
R(d, "Palestine", "party", CWC, None, "The State of Palestine acceded on 17 May 2018 and became the 193rd State Party", required=False)
R(d, "Israel", "signed", CWC, "1993-01-13", "Israel signed the Convention on 13 January 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "Israel signed the Convention on 13 January 1993 but has not ratified it", negated=True)
tq = "Egypt, the Democratic People's Republic of Korea and South Sudan have neither signed nor acceded to it"
talt = {"South Sudan": ["South Sudan has told the Organisation for the Prohibition of Chemical Weapons (OPCW) that its accession process has started"],
        "Egypt": ["Egypt has said it will not join as long as Israel remains outside the Treaty on the Non-Proliferation of Nuclear Weapons"]}
for a in ["Egypt", "Democratic People's Republic of Korea", "South Sudan"]:
    R(d, a, "signed", CWC, None, tq, negated=True)
    R(d, a, NOTBOUND, CWC, None, tq, negated=True, alt=talt.get(a))
R(d, "Israel", NOTBOUND, NPT, None, "Israel remains outside the Treaty on the Non-Proliferation of Nuclear Weapons", negated=True, required=False)
R(d, OPCW, "called-for", CWC, "2022-04-29", "OPCW Director-General Fernando Arias called on the four States to join the Convention")

# ===================== 08 =====================
d = "08_who_fctc_twenty_years.txt"
WHA = ["World Health Assembly", "Fifty-sixth World Health Assembly", "WHA"]
COP = ["Conference of the Parties", "Conference of the Parties to the WHO FCTC", "COP"]
WHODG = ["WHO Director-General", "World Health Organization", "WHO", "Tedros Adhanom Ghebreyesus"]
R(d, WHA, "adopted", FCTC, "2003-05-21", "Twenty years ago today, the Fifty-sixth World Health Assembly unanimously adopted the WHO Framework Convention on Tobacco Control (WHO FCTC)")
R(d, "Norway", "ratified", FCTC, "2003-06-16", "Norway was the first country to ratify it, on 16 June 2003")
R(d, "European Union", "party", FCTC, None, "including the European Union, which is a Party in its own right")
six = ["Argentina", "Cuba", "Haiti", "Morocco", "Switzerland", "United States"]
sq = "Six have signed the Convention but not ratified it: Argentina, Cuba, Haiti, Morocco, Switzerland and the United States, which signed on 10 May 2004"
for a in six:
    R(d, a, "signed", FCTC, "2004-05-10" if a == "United States" else None, sq)
    R(d, a, NOTRATIFIED, FCTC, None, sq, negated=True,
      alt=["Switzerland's Federal Council has said it intends to submit the Convention to Parliament for approval"] if a == "Switzerland" else None)
oq = "Others, among them Indonesia, Monaco and South Sudan, have not signed it"
RL(d, ["Indonesia", "Monaco", "South Sudan"], "signed", FCTC, None, oq, negated=True)
R(d, COP, "adopted", ITP, "2012-11-12", "The Convention's Protocol to Eliminate Illicit Trade in Tobacco Products, adopted by the Conference of the Parties at its fifth session in Seoul on 12 November 2012")
RL(d, ["Botswana", "Tunisia"], "acceded", ITP, "2023-05", "Earlier this month, Botswana and Tunisia deposited instruments of accession to the Protocol")
R(d, "United Kingdom", "ratified", FCTC, "2004-12", "The United Kingdom ratified the Convention in December 2004")
R(d, "United Kingdom", "ratified", ITP, "2015", "The United Kingdom ratified the Convention in December 2004 and the Protocol in 2015")
R(d, "China", "party", FCTC, "2005", "China, a Party to the Convention since 2005")
R(d, "China", NOTBOUND, ITP, None, "China, a Party to the Convention since 2005, has not yet joined the Protocol", negated=True)
R(d, WHODG, "called-for", ITP, "2023-05-21", "urged all Parties to the Convention to ratify the Protocol")

# ===================== 09 =====================
d = "09_tanzania_statement_bwc_review_conference.txt"
DAY = "2022-11-29"
R(d, "Tanzania", "acceded", BWC, "2019-08", "We deposited our instrument of accession in August 2019")
R(d, "Tanzania", "party", BWC, None, "The United Republic of Tanzania attends a Review Conference of this Convention for the first time as a State Party", required=False)
R(d, "Tanzania", "committed", BWC, DAY, "Tanzania remains fully committed to the Convention and to all its provisions")
R(d, "Tanzania", "party", CWC_SHORT, "1998", "We have been a party to the Chemical Weapons Convention since 1998")
R(d, "Tanzania", "signed", PELINDABA, "1996", "We signed the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in 1996")
R(d, "Tanzania", "ratified", PELINDABA, "2005-06", "We signed the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in 1996 and ratified it in June 2005")
R(d, "Tanzania", "signed", CCM, "2008-12", "We signed the Convention on Cluster Munitions in Oslo in December 2008")
R(d, "Tanzania", NOTRATIFIED, CCM, None, "We signed the Convention on Cluster Munitions in Oslo in December 2008, and I am pleased to report that the ratification process has started", negated=True)
R(d, "Namibia", JOINED, BWC, "2018", "the Convention has gained new States Parties, including Namibia, which acceded in 2018")
R(d, "Comoros", JOINED, BWC, "2022", "the Convention has gained new States Parties, including Namibia, which acceded in 2018, and Comoros, earlier this year")
fq = "four States have signed the Convention without ratifying it – Egypt, Haiti, Somalia and Syria"
RL(d, ["Egypt", "Haiti", "Somalia", "Syria"], "signed", BWC, None, fq)
RL(d, ["Egypt", "Haiti", "Somalia", "Syria"], NOTRATIFIED, BWC, None, fq, negated=True)
RL(d, ["Chad", "Djibouti", "Eritrea", "Israel", "Kiribati", "Tuvalu"], NOTBOUND, BWC, None,
   "six others have not joined it at all: Chad, Djibouti, Eritrea, Israel, Kiribati and Tuvalu", negated=True)
R(d, "South Sudan", JOINED, BWC, None, "South Sudan has informed us that it expects to accede early next year", negated=True)
R(d, "Tanzania", "called-for", BWC, DAY, "We call on our African sisters and brothers in particular, Chad, Djibouti, Egypt, Eritrea and Somalia, to join the Convention without further delay")

# ===================== 10 =====================
d = "10_wire_afcfta_kigali_signing.txt"
DAY = "2018-03-21"
AUC = ["African Union Commission", "Chairperson of the African Union Commission", "African Union", "Moussa Faki Mahamat"]
R(d, "Rwanda", "signed", AFCFTA, DAY, "The President of Rwanda, Paul Kagame, who chairs the African Union, signed first")
R(d, "Niger", "signed", AFCFTA, DAY, "The President of Rwanda, Paul Kagame, who chairs the African Union, signed first, followed by the President of Niger, Mahamadou Issoufou")
kq = "Kenya's President Uhuru Kenyatta and Ghana's Trade Minister, Alan Kyerematen, signing on behalf of President Nana Akufo-Addo, also signed the agreement"
RL(d, ["Kenya", "Ghana"], "signed", AFCFTA, DAY, kq)
RL(d, ["Egypt", "Ethiopia", "Morocco", "Senegal"], "signed", AFCFTA, DAY, "Among the other signatories were Egypt, Ethiopia, Morocco and Senegal")
nq = "The countries that did not sign the main agreement were Benin, Botswana, Burundi, Eritrea, Guinea-Bissau, Lesotho, Namibia, Nigeria, Sierra Leone, South Africa and Zambia"
for a in ["Benin", "Botswana", "Burundi", "Eritrea", "Guinea-Bissau", "Lesotho", "Namibia", "Nigeria", "Sierra Leone", "South Africa", "Zambia"]:
    if a == "Nigeria":
        R(d, a, "signed", AFCFTA, None, "Nigeria did not sign", negated=True, alt=[nq])
    elif a == "South Africa":
        R(d, a, "signed", AFCFTA, None, "South Africa's President Cyril Ramaphosa signed the Kigali Declaration, a statement of support for the free trade area, but not the agreement itself", negated=True, alt=[nq])
    else:
        R(d, a, "signed", AFCFTA, None, nq, negated=True)
R(d, "South Africa", ["endorsed", "signed"], KIGDECL, DAY, "South Africa's President Cyril Ramaphosa signed the Kigali Declaration")
RL(d, ["Rwanda", "Kenya", "Niger"], "signed", FMP, DAY, "The protocol was signed by Rwanda, Kenya and Niger, among others")
R(d, "Kenya", NOTRATIFIED, AFCFTA, None, "Kenya's Trade Cabinet Secretary, Adan Mohamed, said Kenya expected to ratify within weeks", negated=True)
R(d, "Ghana", NOTRATIFIED, AFCFTA, None, "Ghanaian officials said their ratification process had started", negated=True)
R(d, AUC, "called-for", AFCFTA, DAY, "The Chairperson of the African Union Commission, Moussa Faki Mahamat, called on the countries that had not signed the agreement to do so")

# ===================== 11 =====================
d = "11_explainer_singapore_convention_mediation.txt"
R(d, GA, "adopted", SGC, "2018-12-20", "was adopted by the UN General Assembly on 20 December 2018")
fq = "When it opened for signature in Singapore on 7 August 2019, 46 States signed it on the first day, among them China, India, the Republic of Korea and the United States"
for a in ["China", "India", "Republic of Korea", "United States"]:
    R(d, a, "signed", SGC, "2019-08-07", fq, alt=None if a == "Republic of Korea" else ["The United States, China and India all signed in 2019"])
RL(d, ["Singapore", "Fiji"], "ratified", SGC, "2020-02-25", "Singapore and Fiji were the first to ratify, depositing their instruments on 25 February 2020")
RL(d, ["Belarus", "Ecuador", "Georgia", "Honduras", "Kazakhstan", "Saudi Arabia", "Türkiye"], "ratified", SGC, None,
   "Since then Belarus, Ecuador, Georgia, Honduras, Kazakhstan, Saudi Arabia and Türkiye have ratified it")
R(d, "Qatar", "ratified", SGC, "2020-07", "as well as Qatar, which did so in July 2020")
R(d, "Singapore", "called-for", SGC, "2023-09-12", "On Tuesday, the third anniversary of the entry into force, Singapore's Minister for Law, K. Shanmugam, called on all States to sign and ratify the Convention")
for a in ["United States", "China", "India"]:
    R(d, a, NOTRATIFIED, SGC, None, "The United States, China and India all signed in 2019, but none of them has ratified", negated=True,
      alt=["We hope that India will follow suit once its new Mediation Act is in force"] if a == "India" else None)
R(d, "Republic of Korea", NOTRATIFIED, SGC, None, "The Republic of Korea says the process has started", negated=True)
R(d, "United Kingdom", "signed", SGC, "2023-05", "The United Kingdom signed in May 2023")
R(d, "United Kingdom", NOTRATIFIED, SGC, None, "The United Kingdom signed in May 2023 and is considering whether to ratify", negated=True)
R(d, "Australia", "signed", SGC, "2021", "Australia, which signed in 2021")
R(d, "Australia", NOTRATIFIED, SGC, None, "Australia, which signed in 2021, expects to ratify next year", negated=True)
R(d, "Japan", "signed", SGC, None, "Japan, which did not sign", negated=True)
R(d, "Japan", JOINED, SGC, None, "Japan, which did not sign, is expected to accede shortly", negated=True)
R(d, "European Union", "signed", SGC, None, "The European Union has neither signed nor acceded", negated=True)
R(d, "European Union", JOINED, SGC, None, "The European Union has neither signed nor acceded", negated=True,
  alt=["the European Commission is still considering whether to join"])

# ===================== 12 =====================
d = "12_pif_leaders_communique_suva.txt"
DAY = "2022-07-14"
PIF = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders", "Leaders"]
WTOMC = ["Twelfth Ministerial Conference of the World Trade Organization", "World Trade Organization", "WTO", "WTO Ministerial Conference"]
R(d, PIF, "endorsed", S2050, DAY, "Leaders endorsed the 2050 Strategy for the Blue Pacific Continent as the Forum's overarching long-term strategy")
R(d, PIF, "committed", S2050, DAY, "committed to implementing the Strategy through an implementation plan to be considered at their next meeting")
R(d, PIF, "endorsed", MZD, "2021-08", "They reaffirmed the Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise, which they endorsed in August 2021")
R(d, PIF, "called-for", MZD, DAY, "called on the international community to recognise it", required=False)
RL(d, ["Australia", "Fiji", "New Zealand", "Papua New Guinea"], "party", RARO, None,
   "Leaders noted that thirteen Forum members are party to the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga), among them Australia, Fiji, New Zealand and Papua New Guinea")
rq = "encouraged the Federated States of Micronesia, Palau and the Republic of Marshall Islands, which are not party, to consider joining the Treaty"
RL(d, ["Federated States of Micronesia", "Palau", "Marshall Islands"], NOTBOUND, RARO, None, rq, negated=True)
R(d, PIF, "called-for", RARO, DAY, rq, required=False)
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], "ratified", RAROP, None,
   "Leaders noted that China, France, the Russian Federation and the United Kingdom have ratified the relevant Protocols to the Treaty")
R(d, "United States", "signed", RAROP, "1996-03", "the United States, which signed the Protocols in March 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "the United States, which signed the Protocols in March 1996 but has not yet ratified them", negated=True)
R(d, PIF, "called-for", RAROP, DAY, "called on the United States, which signed the Protocols in March 1996 but has not yet ratified them, to do so")
R(d, PIF, "welcomed", FISH, DAY, "Leaders welcomed the Agreement on Fisheries Subsidies", required=False)
R(d, WTOMC, "adopted", FISH, "2022-06", "the Agreement on Fisheries Subsidies adopted by the Twelfth Ministerial Conference of the World Trade Organization in Geneva in June")

# ===================== 13 =====================
d = "13_kenya_national_assembly_ilo_c189.txt"
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
R(d, "Kenya", NOTRATIFIED, C189, None, "Kenya will become a party to C189 twelve months after the ILO registers the ratification", negated=True,
  alt=["the Cabinet Secretary for Labour and Social Protection will now prepare the instrument of ratification for deposit with the ILO Director-General in Geneva"])
R(d, ILC, "adopted", C189, "2011-06-16", "The Convention was adopted by the International Labour Conference at its 100th Session on 16 June 2011")
RL(d, ["Mauritius", "South Africa", "Guinea", "Madagascar", "Namibia", "Sierra Leone"], "ratified", C189, None,
   "Kenya would join Mauritius, South Africa, Guinea, Madagascar, Namibia and Sierra Leone as African countries that have ratified C189")
R(d, "Uruguay", "ratified", C189, "2012-06", "Uruguay was the first country to ratify it, in June 2012")
R(d, "Philippines", "ratified", C189, "2012-09", "followed by the Philippines in September of that year")
RL(d, ["Uganda", "Tanzania"], NOTRATIFIED, C189, None, "neighbouring Uganda and Tanzania have yet to ratify the Convention", negated=True)
R(d, "Kenya", "ratified", C182, "2001", "Kenya ratified the Worst Forms of Child Labour Convention, 1999 (No. 182) in 2001")
R(d, "Kenya", "ratified", MLC, "2014", "Kenya ratified the Worst Forms of Child Labour Convention, 1999 (No. 182) in 2001 and the Maritime Labour Convention, 2006 (MLC, 2006) in 2014")
R(d, "Kenya", NOTRATIFIED, C181, None, "the Private Employment Agencies Convention, 1997 (No. 181), which Kenya has not ratified", negated=True)

# ===================== 14 =====================
d = "14_african_court_protocol_twenty_years.txt"
OAU = ["Assembly of Heads of State and Government of the Organization of African Unity", "Organization of African Unity", "OAU", "OAU Assembly"]
COURT = ["African Court on Human and Peoples' Rights", "African Court", "President of the African Court"]
R(d, OAU, "adopted", ACP, "1998-06-10", "The Protocol was adopted by the Assembly of Heads of State and Government of the Organization of African Unity in Ouagadougou, Burkina Faso, on 10 June 1998")
R(d, "Senegal", "ratified", ACP, "1998-09-29", "Senegal was the first State to ratify it, on 29 September 1998")
R(d, "Burkina Faso", "ratified", ACP, "1998-12", "Burkina Faso followed in December of that year")
R(d, "Guinea-Bissau", "ratified", ACP, "2023-10-12", "The most recent, Guinea-Bissau, deposited its instrument of ratification with the Chairperson of the African Union Commission on 12 October 2023")
R(d, "Morocco", NOTBOUND, ACHPR, None, "Every Member State except Morocco is a party to the African Charter itself", negated=True)
RL(d, ["Benin", "Côte d'Ivoire", "Rwanda", "Tanzania"], "party", ACP, None,
   "Benin, Côte d'Ivoire, Rwanda and Tanzania have withdrawn their declarations in recent years, but all four remain parties to the Protocol")
RL(d, ["Egypt", "Eritrea", "Ethiopia", "Somalia", "South Sudan", "Sudan"], NOTRATIFIED, ACP, None,
   "Twenty-one Member States have yet to ratify the Protocol, including Egypt, Eritrea, Ethiopia, Somalia, South Sudan and Sudan", negated=True)
RL(d, ["Madagascar", "Zimbabwe"], "signed", ACP, None, "Madagascar and Zimbabwe signed it years ago")
RL(d, ["Madagascar", "Zimbabwe"], NOTRATIFIED, ACP, None, "Madagascar and Zimbabwe signed it years ago but have not ratified it", negated=True)
R(d, COURT, "called-for", ACP, "2024-01-25", "the President of the Court, Justice Imani Daud Aboud, called on all Member States that have not yet done so to ratify the Protocol")

# ===================== 15 =====================
d = "15_year_in_review_paris_agreement_2016.txt"
ICAO = ["Assembly of the International Civil Aviation Organization", "International Civil Aviation Organization", "ICAO", "ICAO Assembly"]
A393 = ("resolution A39-3", ["ICAO Assembly resolution A39-3", "A39-3"])
RL(d, ["China", "France", "India", "United States"], "signed", PARIS, "2016-04-22",
   "A record 175 States signed the Paris Agreement in New York on 22 April, among them China, France, India and the United States")
RL(d, ["Fiji", "Maldives", "Palau", "Tuvalu"], "ratified", PARIS, "2016-04-22",
   "Fifteen, most of them small island States, deposited their instruments of ratification the same day, including Fiji, Maldives, Palau and Tuvalu")
RL(d, ["China", "United States"], ["ratified", "acceded", "party"], PARIS, "2016-09-03",
   "The decisive moment came in Hangzhou on 3 September, when China and the United States joined the Agreement together")
R(d, "India", "ratified", PARIS, "2016-10-02", "India ratified on 2 October")
R(d, "European Union", "ratified", PARIS, "2016-10-05", "India ratified on 2 October, Gandhi's birthday, and the European Union on 5 October")
R(d, "Zambia", "ratified", PARIS, "2016-12", "Earlier this month, Zambia deposited its instrument of ratification")
R(d, "Zambia", "party", PARIS, None, "Earlier this month, Zambia deposited its instrument of ratification, becoming the 119th Party", required=False)
R(d, "Russia", "signed", PARIS, "2016-04", "Russia, which signed in April")
R(d, "Russia", NOTRATIFIED, PARIS, None, "Russia, which signed in April, says it will not ratify before it has assessed the Agreement's economic impact", negated=True)
R(d, "Turkey", "signed", PARIS, "2016-04", "Turkey also signed in April")
R(d, "Turkey", NOTRATIFIED, PARIS, None, "Turkey also signed in April but says it will not ratify until it is recognised as a developing country", negated=True)
RL(d, ["Nicaragua", "Syria", "Uzbekistan"], "signed", PARIS, None, "Nicaragua, Syria and Uzbekistan have not signed", negated=True)
R(d, "United States", NOTBOUND, PARIS, None, "during the campaign he promised to \"cancel\" the Agreement", negated=True, required=False)
R(d, UNSG, "called-for", PARIS, "2016-12-27", "On Tuesday, in one of his last statements in office, UN Secretary-General Ban Ki-moon urged all countries that have not yet done so to ratify the Agreement")
R(d, ICAO, "adopted", A393, "2016-10", "in Montreal the Assembly of the International Civil Aviation Organization adopted resolution A39-3")

# ===================== 16 =====================
d = "16_first_committee_middle_east_and_resolution_2231.txt"
L5 = ("Establishment of a nuclear-weapon-free zone in the region of the Middle East", ["A/C.1/78/L.5"])
L2 = ("The risk of nuclear proliferation in the Middle East", ["A/C.1/78/L.2"])
L12 = ("resolution on the report of the International Atomic Energy Agency", ["A/78/L.12", "Report of the International Atomic Energy Agency"])
R2231 = ("resolution 2231 (2015)", ["S/RES/2231 (2015)", "resolution 2231"])
DAY = "2023-11-01"
R(d, FC, "adopted", L5, DAY, "The General Assembly's First Committee (Disarmament and International Security) on Wednesday approved without a vote draft resolution A/C.1/78/L.5")
R(d, "Egypt", "co-sponsored", L5, None, "\"Establishment of a nuclear-weapon-free zone in the region of the Middle East\", introduced by Egypt")
R(d, "Egypt", "called-for", NPT, DAY, "Egypt's representative called on Israel to accede to the Treaty")
R(d, "Israel", NOTBOUND, NPT, None, "Israel, the only State of the region that is not a party to the NPT", negated=True)
R(d, "Israel", "supported", L5, DAY, "Israel, the only State of the region that is not a party to the NPT, joined the consensus", required=False)
R(d, FC, "adopted", L2, DAY, "A second draft, \"The risk of nuclear proliferation in the Middle East\" (A/C.1/78/L.2), was approved the same day by a recorded vote of 152 in favour to 5 against")
RL(d, ["Canada", "Israel", "Federated States of Micronesia", "Palau", "United States"], "supported", L2, DAY,
   "5 against (Canada, Israel, Micronesia (Federated States of), Palau, United States)", negated=True)
RL(d, ["Australia", "Germany", "India", "United Kingdom"], "supported", L2, DAY, "with 24 abstentions, among them Australia, Germany, India and the United Kingdom", negated=True)
R(d, GA, "adopted", L12, "2023-11-02", "In plenary on Thursday, the Assembly adopted without a vote the annual resolution on the report of the International Atomic Energy Agency (A/78/L.12)")
jq = "resolution 2231 (2015), by which the Security Council endorsed the Joint Comprehensive Plan of Action (JCPOA) in July 2015"
R(d, UNSC, "adopted", R2231, "2015-07", jq)
R(d, UNSC, "endorsed", JCPOA, "2015-07", jq)
R(d, "United States", ["party", "committed", "endorsed"], JCPOA, None, "The United States withdrew from the JCPOA in May 2018", negated=True, required=False)
R(d, "Iran", ["committed", "party", "endorsed"], JCPOA, None, "Iran has since scaled back its own commitments", negated=True, required=False)
R(d, "Iran", "signed", AP, "2003-12", "Iran signed an Additional Protocol to its safeguards agreement with the IAEA in December 2003")
R(d, "Iran", NOTRATIFIED, AP, None, "Iran signed an Additional Protocol to its safeguards agreement with the IAEA in December 2003 but has never ratified it", negated=True)
R(d, "Iran", ["ratified", "party"], NPT, "1970", "Iran remains a party to the NPT, which it ratified in 1970")

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
