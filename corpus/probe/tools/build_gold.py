#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "docs")
ACTIONS = {"ratified", "acceded", "signed", "party", "co-sponsored", "supported", "endorsed",
           "committed", "called-for", "adopted", "welcomed"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# ---- instruments: (name as the text names it, aliases) ----
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
KIGALI = ("Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", ["Kigali Amendment"])
MONTREAL = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
MBT_ALIASES = ["Mine Ban Treaty", "Mine Ban Convention", "Ottawa Convention", "Anti-Personnel Mine Ban Convention", "APMBC",
               "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"]
MBT_SHORT = ("Mine Ban Treaty", MBT_ALIASES[1:])
MBT_FULL = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction", MBT_ALIASES[:5])
CCM = ("Convention on Cluster Munitions", ["CCM"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "UNCAT"])
OPCAT = ("Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["OPCAT", "Optional Protocol to the Convention against Torture"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
ATT = ("Arms Trade Treaty", ["ATT"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UNCRC"])
OPAC = ("Optional Protocol on the involvement of children in armed conflict", ["OPAC", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"])
OPSC = ("Optional Protocol on the sale of children, child prostitution and child pornography", ["OPSC", "Optional Protocol on the sale of children", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography"])
OPIC = ("Optional Protocol on a communications procedure", ["OPIC", "third Optional Protocol", "Optional Protocol to the Convention on the Rights of the Child on a communications procedure"])
SSD = ("Safe Schools Declaration", [])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["Political Declaration on Explosive Weapons in Populated Areas", "EWIPA Political Declaration", "EWIPA Declaration"])
PARIS = ("Paris Agreement", [])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Violence and Harassment Convention", "Convention No. 190", "C190", "ILO Convention No. 190"])
R206 = ("Recommendation (No. 206)", ["Recommendation No. 206", "R206", "Violence and Harassment Recommendation, 2019 (No. 206)"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Domestic Workers Convention", "Convention No. 189", "C189"])
P29 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["Protocol of 2014 to the Forced Labour Convention", "Forced Labour Protocol", "P029", "P29"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Occupational Safety and Health Convention", "Convention No. 155", "C155"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "high seas treaty", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])

# ---- actors with alternative names ----
ALT = {
    "United States": ["United States", "United States of America", "US", "USA"],
    "United Kingdom": ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK"],
    "Russian Federation": ["Russian Federation", "Russia"],
    "Russia": ["Russia", "Russian Federation"],
    "North Korea": ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    "Democratic People's Republic of Korea": ["Democratic People's Republic of Korea", "North Korea", "DPRK"],
    "Republic of Korea": ["Republic of Korea", "South Korea"],
    "South Korea": ["South Korea", "Republic of Korea"],
    "Iran": ["Iran", "Iran (Islamic Republic of)", "Islamic Republic of Iran"],
    "Viet Nam": ["Viet Nam", "Vietnam"],
    "Brunei Darussalam": ["Brunei Darussalam", "Brunei"],
    "Syria": ["Syria", "Syrian Arab Republic"],
    "Türkiye": ["Türkiye", "Turkey"],
    "Palestine": ["Palestine", "State of Palestine"],
    "Tanzania": ["Tanzania", "United Republic of Tanzania"],
    "Cabo Verde": ["Cabo Verde", "Cape Verde"],
    "Kenya": ["Kenya", "Republic of Kenya"],
    "European Union": ["European Union", "EU"],
    "Netherlands": ["Netherlands", "The Netherlands"],
    "Bolivia": ["Bolivia", "Plurinational State of Bolivia"],
    "Czech Republic": ["Czech Republic", "Czechia"],
}
GA = ["UN General Assembly", "General Assembly", "United Nations General Assembly"]

records = []
def R(doc, actor, action, inst, date, quote, negated=False, required=True, alt=None, repeatable=False, note=None):
    name, aliases = inst
    rec = {"doc": doc, "actor": ALT.get(actor, actor) if isinstance(actor, str) else actor,
           "action": action if isinstance(action, list) else [action],
           "instrument": name, "aliases": aliases, "date": date, "quote": quote}
    if alt:
        rec["alt_quotes"] = alt
    rec["required"] = required
    if repeatable:
        rec["repeatable"] = True
    rec["negated"] = negated
    records.append(rec)

def RL(doc, actors, action, inst, date, quote, **kw):
    for a in actors:
        R(doc, a, action, inst, date, quote, **kw)

NOTBOUND = ["party", "acceded", "ratified"]
NOTRATIFIED = ["ratified", "acceded", "party"]

# ===================== 01 =====================
d = "01_minrel_chile_tpnw_ratification.txt"
R(d, "Chile", "ratified", TPNW, "2021-09-23", "Chile's Minister of Foreign Affairs, Andrés Villaseñor Rojas, today deposited the instrument of ratification of the Treaty on the Prohibition of Nuclear Weapons (TPNW) with the Secretary-General of the United Nations")
R(d, "Chile", "party", TPNW, None, "With this step, Chile becomes the 56th State Party to the Treaty", required=False)
R(d, "Chile", "signed", TPNW, "2017-09-20", "Chile signed the TPNW on 20 September 2017, the day the Treaty was opened for signature")
R(d, "Chile", "party", NPT, "1995", "Chile has been a party to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) since 1995")
R(d, "Chile", "ratified", CTBT, "2000-07", "it ratified the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in July 2000")
R(d, "Chile", ["ratified", "acceded", "party"], KIGALI, "2021-09-23", "Minister Villaseñor also handed over Chile's instrument of acceptance of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer")
R(d, "Chile", "committed", KIGALI, None, "which commits the country to phasing down the production and consumption of hydrofluorocarbons", required=False)
R(d, "Mexico", "ratified", TPNW, "2018-01", "Mexico, which ratified the Treaty in January 2018")
R(d, "Costa Rica", "ratified", TPNW, "2018-07", "Costa Rica, which did so in July of the same year")
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil signed the Treaty on the day it was opened for signature")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "Brazil signed the Treaty on the day it was opened for signature but has yet to ratify it", negated=True)
R(d, "Argentina", "signed", TPNW, None, "while Argentina has not signed it", negated=True)
R(d, "Chile", "called-for", TPNW, "2021-09-23", "Chile calls on all States that have not yet done so, in particular those that possess nuclear weapons, to sign and ratify the TPNW without delay")

# ===================== 02 =====================
d = "02_un_press_third_committee_death_penalty_vote.txt"
TC = ["Third Committee", "Third Committee (Social, Humanitarian and Cultural)", "UN General Assembly Third Committee"]
L34 = ("Moratorium on the use of the death penalty", ["A/C.3/79/L.34", "draft resolution on a moratorium on the use of the death penalty"])
L19 = ("Implementation of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto: inclusion of persons with disabilities in humanitarian action", ["A/C.3/79/L.19/Rev.1", "A/C.3/79/L.19"])
L16 = ("draft on the girl child", ["A/C.3/79/L.16", "The girl child"])
R77 = ("resolution 77/222", ["A/RES/77/222"])
DAY = "2024-11-20"
R(d, TC, "adopted", L34, DAY, "The Committee approved the draft resolution \"Moratorium on the use of the death penalty\" (document A/C.3/79/L.34) by a recorded vote of 127 in favour to 36 against, with 22 abstentions")
sponsors_q = "Its main sponsors — Albania, Angola, Brazil, Mexico, Mongolia, Switzerland and Italy itself"
RL(d, ["Albania", "Angola", "Brazil", "Mexico", "Mongolia", "Switzerland"], "co-sponsored", L34, None, sponsors_q)
R(d, "Italy", "co-sponsored", L34, None, sponsors_q, alt=["Introducing the text on behalf of an interregional task force, the representative of Italy"])
against = ["Afghanistan", "Antigua and Barbuda", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belize", "Brunei Darussalam", "China",
           "Democratic People's Republic of Korea", "Dominica", "Egypt", "Ethiopia", "Grenada", "Iran", "Iraq", "Jamaica", "Japan", "Kuwait",
           "Libya", "Maldives", "Nicaragua", "Oman", "Pakistan", "Papua New Guinea", "Qatar", "Saint Kitts and Nevis", "Saint Lucia",
           "Saint Vincent and the Grenadines", "Saudi Arabia", "Singapore", "Sudan", "Syria", "Tonga", "United States", "Yemen"]
assert len(against) == 36, len(against)
against_q = "Voting against were: Afghanistan, Antigua and Barbuda, Bahamas, Bahrain, Bangladesh, Barbados, Belize, Brunei Darussalam, China, Democratic People's Republic of Korea, Dominica, Egypt, Ethiopia, Grenada, Iran (Islamic Republic of), Iraq, Jamaica, Japan, Kuwait, Libya, Maldives, Nicaragua, Oman, Pakistan, Papua New Guinea, Qatar, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Saudi Arabia, Singapore, Sudan, Syria, Tonga, United States, Yemen."
for a in against:
    alt = None
    if a == "Singapore":
        alt = ["the representative of Singapore, also on behalf of a cross-regional group of States, said her delegation had voted against the text"]
    if a == "United States":
        alt = ["The representative of the United States said that, although his delegation had voted against the draft"]
    R(d, a, "supported", L34, DAY, against_q, negated=True, alt=alt)
abst = ["Belarus", "Bhutan", "Cameroon", "Comoros", "Cuba", "Guyana", "India", "Indonesia", "Jordan", "Kenya", "Lebanon", "Lesotho", "Malawi",
        "Morocco", "Myanmar", "Nigeria", "Russian Federation", "Thailand", "Trinidad and Tobago", "Uganda", "United Arab Emirates", "Viet Nam"]
assert len(abst) == 22
abst_q = "Abstaining were: Belarus, Bhutan, Cameroon, Comoros, Cuba, Guyana, India, Indonesia, Jordan, Kenya, Lebanon, Lesotho, Malawi, Morocco, Myanmar, Nigeria, Russian Federation, Thailand, Trinidad and Tobago, Uganda, United Arab Emirates, Viet Nam."
RL(d, abst, "supported", L34, DAY, abst_q, negated=True)
R(d, "Zimbabwe", "supported", L34, DAY, "The representative of Zimbabwe said his country, which had abstained on resolution 77/222 two years ago, voted in favour this time")
R(d, "Zimbabwe", "supported", R77, "2022", "which had abstained on resolution 77/222 two years ago", negated=True)
R(d, TC, "adopted", L19, DAY, "Next, the Committee approved without a vote the draft resolution \"Implementation of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto: inclusion of persons with disabilities in humanitarian action\" (document A/C.3/79/L.19/Rev.1)")
RL(d, ["New Zealand", "Mexico"], "co-sponsored", L19, None, "introduced by New Zealand and Mexico")
R(d, "Russian Federation", "supported", L19, DAY, "The representative of the Russian Federation said his delegation had joined the consensus", required=False)
R(d, TC, "adopted", L16, DAY, "The draft on the girl child (document A/C.3/79/L.16), introduced by the representative of Zambia on behalf of the Group of African States, was approved by a recorded vote of 175 in favour to 2 against (Argentina, United States), with 3 abstentions (Hungary, Nicaragua, Russian Federation)")
RL(d, ["Argentina", "United States"], "supported", L16, DAY, "2 against (Argentina, United States)", negated=True)
RL(d, ["Hungary", "Nicaragua", "Russian Federation"], "supported", L16, DAY, "3 abstentions (Hungary, Nicaragua, Russian Federation)", negated=True)
R(d, "Zambia", "co-sponsored", L16, None, "introduced by the representative of Zambia on behalf of the Group of African States", required=False)
R(d, ["Group of African States", "African Group"], "co-sponsored", L16, None, "introduced by the representative of Zambia on behalf of the Group of African States", required=False)
for t in [("text on literacy", ["literacy"]), ("text on older persons", ["older persons"]),
          ("text on the follow-up to the World Summit for Social Development", ["follow-up to the World Summit for Social Development"])]:
    R(d, TC, "adopted", t, DAY, "The three remaining texts, on literacy, on older persons and on the follow-up to the World Summit for Social Development, were approved without a vote", required=False)

# ===================== 03 =====================
d = "03_un_news_ga_cluster_munitions_ctbt_votes.txt"
DAY = "2023-12-04"
R3737 = ("resolution 78/37", ["A/RES/78/37", "resolution on the implementation of the Convention on Cluster Munitions"])
R7858 = ("resolution 78/58", ["A/RES/78/58", "resolution on the CTBT", "resolution on the Comprehensive Nuclear-Test-Ban Treaty"])
FC = ["First Committee", "First Committee (Disarmament and International Security)", "UN General Assembly First Committee"]
R(d, GA, "adopted", R3737, DAY, "Resolution 78/37, on the implementation of the Convention on Cluster Munitions, was adopted by a recorded vote of 144 in favour to 1 against (Russian Federation), with 38 abstentions")
R(d, "Russian Federation", "supported", R3737, DAY, "1 against (Russian Federation)", negated=True)
R(d, GA, "called-for", CCM, DAY, "The text urges all States outside the Convention to join it \"as soon as possible\"", required=False)
R(d, FC, "adopted", ("draft resolution A/C.1/78/L.41", ["A/C.1/78/L.41", "resolution 78/37"]), "2023-11-01", "The First Committee had approved the draft (A/C.1/78/L.41) on 1 November")
abst_q = "Among the States abstaining were Argentina, Brazil, China, Egypt, Greece, India, Israel, Pakistan, Poland, the Republic of Korea, Türkiye, Ukraine and the United States"
for a in ["Argentina", "Brazil", "China", "Egypt", "Greece", "India", "Israel", "Pakistan", "Poland", "Republic of Korea", "Türkiye", "Ukraine", "United States"]:
    alt = ["Explaining his delegation's abstention, the representative of the Republic of Korea"] if a == "Republic of Korea" else None
    R(d, a, "supported", R3737, DAY, abst_q, negated=True, alt=alt)
R(d, "Republic of Korea", ["acceded", "party", "ratified"], CCM, None, "his country was not in a position to accede to the Convention at this time", negated=True)
R(d, "Finland", NOTBOUND, CCM, None, "her country, which is not a party to the Convention", negated=True)
R(d, "Finland", "supported", R3737, DAY, "Finland's representative said that her country, which is not a party to the Convention, had nonetheless voted in favour of the text")
R(d, GA, "adopted", R7858, DAY, "The resolution on the CTBT, 78/58, was adopted by a recorded vote of 180 in favour to 1 against (Democratic People's Republic of Korea), with 3 abstentions (India, Mauritius, Syria)")
R(d, "Democratic People's Republic of Korea", "supported", R7858, DAY, "1 against (Democratic People's Republic of Korea)", negated=True)
for a in ["India", "Mauritius", "Syria"]:
    alt = ["India's representative said her delegation had abstained"] if a == "India" else None
    R(d, a, "supported", R7858, DAY, "3 abstentions (India, Mauritius, Syria)", negated=True, alt=alt)
R(d, GA, "called-for", CTBT, DAY, "It urges all States that have not yet signed or ratified the Treaty, particularly the eight remaining States listed in its Annex 2, to do so without delay", required=False)
R(d, "United States", "signed", CTBT, "1996-09", "The United States, which signed the Treaty in September 1996 but has not ratified it")
R(d, "United States", NOTRATIFIED, CTBT, None, "The United States, which signed the Treaty in September 1996 but has not ratified it", negated=True)
R(d, "United States", "supported", R7858, DAY, "The United States, which signed the Treaty in September 1996 but has not ratified it, voted in favour")
R(d, "India", ["signed", "ratified", "acceded", "party"], CTBT, None, "a Treaty that India had long made clear it would not sign", negated=True)
for t in [("resolution on the Convention on Certain Conventional Weapons", ["text on the Convention on Certain Conventional Weapons"]),
          ("resolution on the illicit trade in small arms and light weapons", ["illicit trade in small arms and light weapons"]),
          ("decision to convene an open-ended working group on conventional ammunition", ["open-ended working group on conventional ammunition"])]:
    R(d, GA, "adopted", t, DAY, "The Assembly also adopted, without a vote, texts on the Convention on Certain Conventional Weapons and on the illicit trade in small arms and light weapons, as well as a decision to convene an open-ended working group on conventional ammunition", required=False)

# ===================== 04 =====================
d = "04_treatywatch_depositary_notifications_feb2024.txt"
R(d, "Angola", "ratified", OPCAT, "2024-02-12", "The Government of Angola deposited its instrument of ratification on 12 February 2024")
R(d, "Angola", "signed", OPCAT, "2013-09", "Angola signed the Protocol in September 2013")
R(d, "Angola", "party", CAT, "2019", "has been a party to the Convention against Torture since 2019")
R(d, "Tuvalu", "acceded", ICCPR, "2024-02-13", "Tuvalu's accession to the Covenant took effect on 13 February 2024", alt=["the reservation made by Tuvalu upon accession"])
R(d, "Tuvalu", NOTRATIFIED, ICESCR, None, "Tuvalu has not yet acceded to the International Covenant on Economic, Social and Cultural Rights, although its Government has indicated that it intends to do so", negated=True)
R(d, "Kenya", "signed", OPCEDAW, "2024-02-14", "The Optional Protocol was signed on behalf of the Republic of Kenya on 14 February 2024 by its Permanent Representative to the United Nations")
R(d, "Kenya", "acceded", CEDAW, "1984", "Kenya, which acceded to the Convention itself in 1984")
R(d, "Kenya", NOTRATIFIED, OPCEDAW, None, "Kenya, which acceded to the Convention itself in 1984, has not yet ratified the Protocol", negated=True)
R(d, "Mongolia", "acceded", ATT, "2024-02-15", "Mongolia's accession to the Arms Trade Treaty was recorded on 15 February 2024")
R(d, "Timor-Leste", "ratified", MINAMATA, "2024-02-15", "The ratification by Timor-Leste of the Minamata Convention was notified on 15 February 2024")
R(d, "Bahrain", "acceded", CEDAW, "2002", "made upon accession to the Convention in 2002", required=False)
R(d, "Cuba", "signed", ICCPR, "2008-02-28", "Cuba, which signed both Covenants on 28 February 2008")
R(d, "Cuba", "signed", ICESCR, "2008-02-28", "Cuba, which signed both Covenants on 28 February 2008")
R(d, "Cuba", NOTRATIFIED, ICCPR, None, "Cuba, which signed both Covenants on 28 February 2008, has ratified neither of them", negated=True)
R(d, "Cuba", NOTRATIFIED, ICESCR, None, "Cuba, which signed both Covenants on 28 February 2008, has ratified neither of them", negated=True)
RL(d, ["Malaysia", "Singapore"], NOTBOUND, ICCPR, None, "Neither Malaysia nor Singapore is a party to the International Covenant on Civil and Political Rights", negated=True)

# ===================== 05 =====================
d = "05_icbl_mine_ban_twenty_years.txt"
ICBL = ["International Campaign to Ban Landmines", "ICBL"]
GARES = ("UN General Assembly resolution on the implementation of the Mine Ban Treaty", ["annual UN General Assembly resolution on the implementation of the treaty", "resolution on the implementation of the Mine Ban Treaty"])
R(d, ICBL, "called-for", MBT_SHORT, "2019-03-04", "the International Campaign to Ban Landmines (ICBL) today called on the 33 states that remain outside the treaty to join it without further delay",
  alt=["We urge every state not party, and above all the remaining producers and stockpilers, to accede this year."])
RL(d, ["Sri Lanka", "Palestine"], "acceded", MBT_SHORT, "2017-12", "The most recent to join were Sri Lanka and the State of Palestine, both of which deposited instruments of accession in December 2017")
R(d, "Finland", "acceded", MBT_SHORT, "2012-01", "Finland acceded in January 2012")
R(d, "Poland", "ratified", MBT_SHORT, "2012-12", "Poland ratified in December of the same year")
np_q = "The 33 states not party include three permanent members of the UN Security Council – China, Russia and the United States – as well as India, Pakistan, Israel, Iran, Egypt, Saudi Arabia, the Republic of Korea and the Democratic People's Republic of Korea"
for a in ["China", "Russia", "United States", "India", "Pakistan", "Israel", "Iran", "Egypt", "Saudi Arabia", "Democratic People's Republic of Korea", "Republic of Korea"]:
    alt = ["In 2014 the United States said it was pursuing solutions that would ultimately allow it to accede to the treaty, but it has not done so"] if a == "United States" else None
    R(d, a, NOTBOUND, MBT_SHORT, None, np_q, negated=True, alt=alt)
R(d, "Marshall Islands", "signed", MBT_SHORT, "1997-12", "One of them, the Marshall Islands, signed the treaty in December 1997 but has never ratified it")
R(d, "Marshall Islands", NOTRATIFIED, MBT_SHORT, None, "One of them, the Marshall Islands, signed the treaty in December 1997 but has never ratified it", negated=True)
R(d, "Myanmar", ["acceded", "party", "ratified"], MBT_SHORT, None, "Myanmar has said it would consider joining once its peace process is completed", negated=True,
  alt=["the armed forces of Myanmar, a state not party"])
RL(d, ["Morocco", "Oman", "Singapore"], "supported", GARES, "2018-12", "Several states not party, among them Morocco, Oman and Singapore, voted in favour of the annual UN General Assembly resolution on the implementation of the treaty in December 2018")
RL(d, ["Morocco", "Oman", "Singapore"], NOTBOUND, MBT_SHORT, None, "Several states not party, among them Morocco, Oman and Singapore", negated=True)
RL(d, ["Russia", "Syria"], "supported", GARES, "2018-12", "while Russia and Syria abstained", negated=True)

# ===================== 06 =====================
d = "06_sri_lanka_statement_oslo_review_conference.txt"
R(d, "Sri Lanka", "acceded", MBT_FULL, "2017-12", "My country deposited its instrument of accession to the Convention in December 2017")
R(d, "Sri Lanka", "party", MBT_FULL, None, "This is the first Review Conference that Sri Lanka attends as a State Party", required=False)
R(d, "Sri Lanka", "acceded", CCM, "2018-03", "In March 2018, Sri Lanka also acceded to the Convention on Cluster Munitions")
R(d, "Sri Lanka", "ratified", CRPD, "2016", "Three years ago, we ratified the Convention on the Rights of Persons with Disabilities")
R(d, "Sri Lanka", ["acceded", "ratified", "party"], ("Protocol V on Explosive Remnants of War", ["Protocol on Explosive Remnants of War", "CCW Protocol V"]), None,
  "We are now considering accession to Protocol V on Explosive Remnants of War annexed to the Convention on Certain Conventional Weapons", negated=True)
R(d, "Sri Lanka", ["acceded", "ratified", "party"], ("Amended Protocol II", ["Amended Protocol II to the Convention on Certain Conventional Weapons", "CCW Amended Protocol II"]), None,
  "an inter-ministerial committee has begun reviewing Amended Protocol II", negated=True, required=False)
R(d, "Sri Lanka", "supported", ("draft resolution on the implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
  ["draft resolution on the implementation of this Convention", "resolution on the implementation of the Mine Ban Convention"]), "2019-11",
  "Earlier this month, in the First Committee, my delegation voted in favour of the draft resolution on the implementation of this Convention")
R(d, "Sri Lanka", ["supported", "endorsed", "committed"], ("Oslo Action Plan", []), "2019-11-26", "Sri Lanka also fully supports the draft Oslo Action Plan")
R(d, ["Fourth Review Conference", "Review Conference", "Fourth Review Conference of the States Parties"], "adopted", ("Oslo Action Plan", []), None,
  "which we expect this Conference to adopt on Friday", negated=True, required=False)
RL(d, ["India", "Nepal"], NOTBOUND, MBT_FULL, None, "Neither India nor Nepal has yet joined the Convention", negated=True)
R(d, "Sri Lanka", "called-for", MBT_FULL, "2019-11-26", "We call on all States in South Asia that remain outside the Convention to join it")

# ===================== 07 =====================
d = "07_joint_statement_ewipa_first_committee.txt"
endorsers = ["Austria", "Belgium", "Bulgaria", "Chile", "Costa Rica", "Croatia", "Cyprus", "Denmark", "Ecuador", "Finland", "France", "Germany",
             "Greece", "Iceland", "Ireland", "Italy", "Japan", "Liechtenstein", "Luxembourg", "Malta", "Mexico", "Montenegro", "Netherlands",
             "New Zealand", "North Macedonia", "Norway", "Panama", "Philippines", "Portugal", "Slovenia", "Spain", "Sweden", "Switzerland", "United Kingdom"]
assert len(endorsers) == 34
e_q = ("I have the honour to deliver this statement on behalf of the following 34 States, all of which have endorsed the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas: "
       "Austria, Belgium, Bulgaria, Chile, Costa Rica, Croatia, Cyprus, Denmark, Ecuador, Finland, France, Germany, Greece, Iceland, Ireland, Italy, Japan, Liechtenstein, Luxembourg, Malta, Mexico, Montenegro, the Netherlands, New Zealand, North Macedonia, Norway, Panama, the Philippines, Portugal, Slovenia, Spain, Sweden, Switzerland and the United Kingdom.")
RL(d, endorsers, "endorsed", EWIPA, None, e_q)
R(d, "United States", "endorsed", EWIPA, "2022-11", "including the United States, which endorsed the Declaration in Dublin")
RL(d, ["Bosnia and Herzegovina", "Colombia", "Liberia"], "endorsed", EWIPA, "2023", "Bosnia and Herzegovina, Colombia and Liberia have endorsed the Declaration this year")
RL(d, ["Brazil", "South Africa"], "endorsed", EWIPA, None, "Brazil and South Africa, among others, have indicated that they are considering endorsing the Declaration", negated=True)
R(d, "Ireland", "called-for", EWIPA, "2023-10-20", "Ireland calls on all States that have not yet done so to endorse the Declaration")

# ===================== 08 =====================
d = "08_ilo_south_africa_c190_ratification.txt"
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
R(d, "South Africa", "ratified", C190, "2021-11-29", "South Africa has become the ninth ILO member State, and the fourth in Africa, to ratify the Violence and Harassment Convention, 2019 (No. 190)",
  alt=["The instrument of ratification was deposited with the ILO Director-General, Guy Ryder, on 29 November 2021 by South Africa's Minister of Employment and Labour, Thulani Mokoena",
       "Today, South Africa joins the growing community of countries that have ratified Convention No. 190"])
R(d, ILC, "adopted", C190, "2019-06", "Convention No. 190 and its accompanying Recommendation (No. 206) were adopted by the International Labour Conference in June 2019")
R(d, ILC, "adopted", R206, "2019-06", "Convention No. 190 and its accompanying Recommendation (No. 206) were adopted by the International Labour Conference in June 2019")
c190_q = "Before today, it had been ratified by eight member States, namely Uruguay, Fiji, Namibia, Argentina, Somalia, Ecuador, Mauritius and Greece"
for a in ["Uruguay", "Fiji", "Namibia", "Argentina", "Somalia", "Ecuador", "Mauritius", "Greece"]:
    if a == "Uruguay":
        R(d, a, "ratified", C190, "2020-06", c190_q, alt=["Uruguay was the first country to ratify, in June 2020"])
    else:
        R(d, a, "ratified", C190, None, c190_q)
R(d, "South Africa", "ratified", C189, "2013-06", "South Africa was also among the first countries to ratify the Domestic Workers Convention, 2011 (No. 189), in June 2013")
R(d, "South Africa", NOTRATIFIED, P29, None, "It has not yet ratified the Protocol of 2014 to the Forced Labour Convention, 1930, but the Minister said that the ratification process had started and that he expected it to be completed next year", negated=True)
R(d, "South Africa", NOTRATIFIED, C155, None, "The Government is also considering ratification of the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True)
RL(d, ["Italy", "Kenya"], NOTRATIFIED, C190, None, "Several other member States, including Italy and Kenya, have completed parliamentary approval of Convention No. 190 but have yet to register their ratifications with the ILO", negated=True)
R(d, ["ILO Director-General", "Guy Ryder", "ILO", "International Labour Organization"], "called-for", C190, "2021-11-29",
  "I congratulate South Africa and call on all member States that have not yet done so to ratify Convention No. 190 without delay")

# ===================== 09 =====================
d = "09_cedaw_forty_years_who_joined.txt"
# Rule 4 (instrument by the name the text uses): this document calls the Protocol "The Optional Protocol to the Convention".
OPCEDAW = (OPCEDAW[0], OPCEDAW[1] + ["Optional Protocol to the Convention"])
R(d, GA, "adopted", CEDAW, "1979-12-18", "Adopted by the United Nations General Assembly on 18 December 1979")
R(d, "Sweden", "ratified", CEDAW, "1980-07-02", "Sweden was the first State to ratify the Convention, on 2 July 1980")
R(d, "Sweden", "signed", CEDAW, "1980-03", "It had signed it four months earlier, in March 1980")
RL(d, ["Cuba", "Guyana", "Mongolia", "Portugal", "Ecuador"], "ratified", CEDAW, None, "Among the other early ratifiers, in 1980 and 1981, were Cuba, Guyana, Mongolia, Portugal and Ecuador")
R(d, "India", "ratified", CEDAW, "1993-07", "India ratified in July 1993")
R(d, "Saudi Arabia", "acceded", CEDAW, "2000-09", "Saudi Arabia acceded in September 2000")
R(d, "Mauritania", "acceded", CEDAW, "2001-05", "Saudi Arabia acceded in September 2000, and Mauritania in May 2001")
R(d, "Palestine", "acceded", CEDAW, "2014-04", "The State of Palestine acceded in April 2014")
R(d, "South Sudan", "acceded", CEDAW, "2015-04-30", "the most recent State to join, South Sudan, acceded on 30 April 2015")
nn_q = "Iran, Somalia, Sudan and Tonga have neither signed nor ratified the Convention"
RL(d, ["Iran", "Somalia", "Sudan", "Tonga"], "signed", CEDAW, None, nn_q, negated=True)
RL(d, ["Iran", "Somalia", "Sudan", "Tonga"], NOTRATIFIED, CEDAW, None, nn_q, negated=True)
sn_q = "the United States and Palau have signed it but have not ratified it"
R(d, "United States", "signed", CEDAW, "1980-07-17", sn_q, alt=["The United States signed on 17 July 1980"])
R(d, "Palau", "signed", CEDAW, "2011", sn_q, alt=["Palau signed in 2011"])
RL(d, ["United States", "Palau"], NOTRATIFIED, CEDAW, None, sn_q, negated=True)
R(d, GA, "adopted", OPCEDAW, "1999-10-06", "was adopted by the General Assembly on 6 October 1999")
R(d, "Thailand", "ratified", OPCEDAW, "2000-06", "Thailand was among the first to ratify it, in June 2000")
R(d, "Japan", "ratified", CEDAW, "1985", "Japan, which ratified the Convention in 1985")
R(d, "Japan", NOTRATIFIED, OPCEDAW, None, "Japan, which ratified the Convention in 1985, has not yet accepted the Optional Protocol", negated=True)
CEDAWC = ["Committee on the Elimination of Discrimination against Women", "CEDAW Committee"]
R(d, CEDAWC, "called-for", CEDAW, "2021-09-03", "the Committee on the Elimination of Discrimination against Women today urged the four States that have not signed the Convention, and the two that have signed it without ratifying, to become parties")
R(d, CEDAWC, "called-for", OPCEDAW, "2021-09-03", "called on all States parties that have not yet done so to accept the Optional Protocol")

OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "Optional Protocol to CEDAW"])

# ===================== 10 =====================
d = "10_spt_opcat_fifteen_years.txt"
SPT = ["Subcommittee on Prevention of Torture", "UN Subcommittee on Prevention of Torture", "SPT"]
R(d, SPT, "called-for", OPCAT, "2021-06-24", "The UN Subcommittee on Prevention of Torture (SPT) today urged the 102 States that have not yet joined the Optional Protocol to the Convention against Torture (OPCAT) to do so",
  alt=["We call on every State that has not yet ratified or acceded to the Protocol to do so"])
R(d, GA, "adopted", OPCAT, "2002-12", "The Protocol, adopted by the General Assembly in December 2002")
R(d, "Ghana", "ratified", OPCAT, "2020-12", "The most recent is Ghana, which deposited its instrument of ratification last December")
R(d, "Ghana", "signed", OPCAT, "2006", "fourteen years after signing the Protocol")
sn_q = "A further 13 States have signed the Protocol but have yet to ratify it, among them Cameroon, Guinea-Bissau, Ireland, Sierra Leone and Zambia"
RL(d, ["Cameroon", "Guinea-Bissau", "Ireland", "Sierra Leone", "Zambia"], "signed", OPCAT, None, sn_q)
for a in ["Cameroon", "Guinea-Bissau", "Ireland", "Sierra Leone", "Zambia"]:
    alt = ["Ireland has said that it will ratify once legislation establishing its national preventive mechanism is in place"] if a == "Ireland" else None
    R(d, a, NOTRATIFIED, OPCAT, None, sn_q, negated=True, alt=alt)
RL(d, ["Gabon", "Liberia", "Nauru"], "party", OPCAT, None, "several States parties, including Gabon, Liberia and Nauru, have yet to designate or establish a national preventive mechanism")
R(d, ["Committee against Torture", "UN Committee against Torture"], "called-for", OPCAT, None,
  "The Committee against Torture, meeting in Geneva, added its voice, urging all States parties to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment to ratify the Optional Protocol")
R(d, "India", "signed", CAT, "1997-10", "India, which signed the Convention against Torture in October 1997")
R(d, "India", NOTRATIFIED, CAT, None, "India, which signed the Convention against Torture in October 1997, has yet to ratify it", negated=True)

# ===================== 11 =====================
d = "11_wire_treaty_event_bbnj_tpnw.txt"
R(d, "Ghana", "signed", BBNJ, "2024-09-26", "Ghana's Foreign Minister, Kwabena Asante-Darko, signed the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction on Thursday")
RL(d, ["Cabo Verde", "Tanzania"], "signed", BBNJ, "2024-09-25", "It was also signed on Wednesday by Cabo Verde and Tanzania")
RL(d, ["Belize", "Chile"], "ratified", BBNJ, "2024-09-24", "Belize and Chile deposited their instruments of ratification on Tuesday")
R(d, "Japan", "signed", BBNJ, "2023-09", "Japan, which signed the agreement in September 2023")
R(d, "Japan", NOTRATIFIED, BBNJ, None, "Japan, which signed the agreement in September 2023, intends to ratify it next year", negated=True)
R(d, "United States", "signed", BBNJ, "2023-12", "The United States signed in December 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "The United States signed in December 2023, but officials acknowledge that Senate approval is unlikely in the near term", negated=True, required=False)
RL(d, ["Russian Federation", "Türkiye"], "signed", BBNJ, None, "Neither the Russian Federation nor Türkiye has signed the agreement", negated=True)
R(d, "Indonesia", "ratified", TPNW, "2024-09-24", "Indonesia's Foreign Minister, Sri Wulandari, deposited her country's instrument of ratification of the Treaty on the Prohibition of Nuclear Weapons")
R(d, "Indonesia", "signed", TPNW, "2017", "which Indonesia had signed in 2017")
RL(d, ["Sierra Leone", "Solomon Islands"], "ratified", TPNW, "2024-09-24", "The nuclear ban treaty was also ratified that day by Sierra Leone and the Solomon Islands")

# ===================== 12 =====================
d = "12_india_cabinet_kigali_amendment.txt"
R(d, "India", ["ratified", "party", "acceded"], KIGALI, None,
  "Officials said the instrument of ratification would be deposited with the UN Secretary-General in New York in the coming weeks, after which India will become a party to the amendment", negated=True,
  alt=["The Union Cabinet on Wednesday approved India's ratification of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, "India", ["acceded", "party", "ratified"], MONTREAL, "1992", "India, which joined the Montreal Protocol in 1992")
R(d, "China", ["ratified", "acceded", "party"], KIGALI, "2021-06", "among them China, which accepted it in June")
RL(d, ["European Union", "Japan"], "ratified", KIGALI, None, "More than 120 countries have ratified the amendment, among them China, which accepted it in June, as well as the European Union and Japan")
R(d, "United States", NOTRATIFIED, KIGALI, None, "The United States has not yet ratified it", negated=True)
RL(d, ["Brazil", "Indonesia"], NOTRATIFIED, KIGALI, None, "Brazil and Indonesia have yet to ratify", negated=True)
R(d, "India", "committed", PARIS, "2021-08-18", "India remains committed to the Paris Agreement")
R(d, "India", "ratified", MINAMATA, "2018-06", "India ratified the Minamata Convention on Mercury in June 2018")

# ===================== 13 =====================
d = "13_asp_rome_statute_ukraine_125th.txt"
R(d, "Ukraine", "ratified", ROME, "2024-10-25", "Ukraine deposited its instrument of ratification with the Secretary-General of the United Nations on 25 October 2024",
  alt=["Ukraine's ratification of the Rome Statute completes a journey"])
R(d, "Ukraine", "party", ROME, None, "which thereby becomes the 125th State Party to the Court's founding treaty", required=False)
R(d, "Ukraine", "signed", ROME, "2000-01-20", "a journey that began on 20 January 2000, when it signed the Statute")
R(d, ["President of the Assembly of States Parties", "Assembly of States Parties"], "called-for", ROME, "2025-01-01",
  "called on all States that have not yet done so to ratify or accede to the Statute")
R(d, "Armenia", "ratified", ROME, "2023-11", "Armenia, which deposited its instrument of ratification in November 2023")
R(d, "Armenia", "party", ROME, None, "became a State Party on 1 February 2024", required=False)
sn_q = "Several States signed it but have never ratified it, among them Egypt, Iran, Thailand and Zimbabwe"
RL(d, ["Egypt", "Iran", "Thailand", "Zimbabwe"], "signed", ROME, None, sn_q)
RL(d, ["Egypt", "Iran", "Thailand", "Zimbabwe"], NOTRATIFIED, ROME, None, sn_q, negated=True)
un_q = "Four other signatories – Israel, the Russian Federation, Sudan and the United States – later informed the depositary that they did not intend to become parties"
RL(d, ["Israel", "Russian Federation", "Sudan", "United States"], NOTBOUND, ROME, None, un_q, negated=True)
RL(d, ["Israel", "Russian Federation", "Sudan", "United States"], "signed", ROME, None, un_q, required=False)
RL(d, ["Burundi", "Philippines"], NOTBOUND, ROME, None, "Two former States Parties, Burundi and the Philippines, withdrew from the Statute, with effect from 2017 and 2019 respectively", negated=True, required=False)
RL(d, ["China", "India"], "signed", ROME, None, "China and India have neither signed nor ratified the Statute", negated=True)
RL(d, ["China", "India"], NOTRATIFIED, ROME, None, "China and India have neither signed nor ratified the Statute", negated=True)

# ===================== 14 =====================
d = "14_unicef_crc_35th_anniversary.txt"
UNICEF = ["UNICEF", "United Nations Children's Fund", "UNICEF Executive Director", "Catherine Russell"]
R(d, UNICEF, "called-for", OPIC, "2024-11-20", "urged all States that have not yet done so to ratify the Convention's Optional Protocol on a communications procedure",
  alt=["I urge every government that has not yet ratified the communications procedure to do so before the Convention turns forty"])
R(d, UNICEF, "called-for", CRC, "2024-11-20", "UNICEF today called on governments to make the rights it sets out a reality for every child", required=False)
R(d, GA, "adopted", CRC, "1989-11-20", "Adopted by the UN General Assembly on 20 November 1989")
RL(d, ["Somalia", "South Sudan"], "ratified", CRC, "2015", "Somalia and South Sudan, the most recent, did so in 2015")
R(d, "United States", "signed", CRC, "1995-02", "The exception is the United States, which signed the Convention in February 1995 but has not ratified it")
R(d, "United States", NOTRATIFIED, CRC, None, "The exception is the United States, which signed the Convention in February 1995 but has not ratified it", negated=True)
R(d, "United States", "party", OPAC, None, "the United States is a party to both of them")
R(d, "United States", "party", OPSC, None, "the United States is a party to both of them")
R(d, "Marshall Islands", "acceded", OPSC, "2024", "Earlier this year, the Marshall Islands acceded to the Optional Protocol on the sale of children")
R(d, "Germany", "ratified", OPIC, "2013-02", "Germany was among the first, in February 2013")
R(d, "Brazil", "signed", OPIC, "2012", "Brazil signed it in 2012 but ratified it only in 2017")
R(d, "Brazil", "ratified", OPIC, "2017", "Brazil signed it in 2012 but ratified it only in 2017")
RL(d, ["Australia", "Canada"], "ratified", CRC, None, "Australia and Canada, both of which ratified the Convention itself in the early 1990s")
RL(d, ["Australia", "Canada"], NOTRATIFIED, OPIC, None, "Australia and Canada, both of which ratified the Convention itself in the early 1990s, have yet to accept the communications procedure", negated=True)
R(d, "New Zealand", NOTRATIFIED, OPIC, None, "New Zealand has said it is considering doing so", negated=True)
RL(d, ["Bolivia", "Marshall Islands"], "endorsed", SSD, "2024", "the Safe Schools Declaration, which was endorsed this year by Bolivia and the Marshall Islands")

# ===================== 15 =====================
d = "15_explainer_ctbt_article_xiv.txt"
sn_q = "China, Egypt, Iran, Israel and the United States have signed the Treaty but not ratified it"
for a in ["China", "Egypt", "Iran", "Israel", "United States"]:
    if a == "United States":
        R(d, a, "signed", CTBT, "1996", sn_q, alt=["The United States signed in 1996"])
    else:
        R(d, a, "signed", CTBT, None, sn_q)
alts = {"China": ["China has said it will ratify once the United States does"],
        "Israel": ["Israel has said it will consider ratification when regional conditions allow"],
        "Egypt": ["Egypt and Iran link their ratification to progress on a Middle East zone free of weapons of mass destruction"],
        "Iran": ["Egypt and Iran link their ratification to progress on a Middle East zone free of weapons of mass destruction"],
        "United States": ["the Senate rejected ratification in 1999 and the Treaty has not been resubmitted since"]}
for a in ["China", "Egypt", "Iran", "Israel", "United States"]:
    R(d, a, NOTRATIFIED, CTBT, None, sn_q, negated=True, alt=alts[a])
RL(d, ["India", "Pakistan", "North Korea"], "signed", CTBT, None, "India, Pakistan and North Korea have not even signed it", negated=True)
RL(d, ["India", "Pakistan", "North Korea"], NOTRATIFIED, CTBT, None, "India, Pakistan and North Korea have not even signed it", negated=True, required=False)
R(d, "Russia", "ratified", CTBT, "2000-06", "Russia, another Annex 2 State, ratified the Treaty in June 2000")
R(d, "Russia", "signed", CTBT, None, "a step that would not, on its own, withdraw Russia's signature", required=False)
R(d, "Japan", "ratified", CTBT, "1997-07", "Japan, which ratified the Treaty in July 1997")
R(d, "Tuvalu", "ratified", CTBT, "2019", "recent ratifications include Tuvalu, in 2019, and Sri Lanka, in February 2023")
R(d, "Sri Lanka", "ratified", CTBT, "2023-02", "recent ratifications include Tuvalu, in 2019, and Sri Lanka, in February 2023")
R(d, "Somalia", "signed", CTBT, "2022", "Somalia, which signed last year")
R(d, "Somalia", NOTRATIFIED, CTBT, None, "Somalia, which signed last year, is expected to ratify soon", negated=True)
A14 = ["Article XIV Conference", "Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty"]
R(d, A14, "adopted", ("final declaration of the Article XIV Conference", ["final declaration"]), "2023-09-22",
  "Today, the Article XIV Conference, meeting at UN Headquarters in New York, adopted a final declaration")
R(d, A14, "called-for", CTBT, "2023-09-22",
  "adopted a final declaration calling on all States that have not yet done so, in particular the remaining Annex 2 States, to sign and ratify the Treaty without delay", required=False)

# ===================== 16 =====================
d = "16_news_japan_tpnw_vienna_meeting.txt"
R(d, "Japan", NOTRATIFIED, TPNW, None, "Prime Minister Fumio Kishida said Tokyo had no plans to join the pact", negated=True,
  alt=["Japan has neither signed nor ratified the treaty, and the government has no plans to do so"])
R(d, "Japan", "signed", TPNW, None, "Japan has neither signed nor ratified the treaty", negated=True,
  alt=["Neither Japan nor South Korea, both of which rely on the U.S. nuclear umbrella, has signed the treaty"])
RL(d, ["Germany", "Norway", "Netherlands", "Belgium", "Australia"], NOTBOUND, TPNW, None,
   "Germany, Norway, the Netherlands, Belgium and Australia – none of which has joined the treaty", negated=True)
MSP = ["First Meeting of States Parties", "Meeting of States Parties", "first meeting of States parties to the Treaty on the Prohibition of Nuclear Weapons"]
R(d, MSP, "adopted", ("Vienna Declaration", []), "2022-06-23", "On Thursday, the meeting adopted the Vienna Declaration")
R(d, MSP, "adopted", ("Vienna Action Plan", []), "2022-06-23", "On Thursday, the meeting adopted the Vienna Declaration, which condemns “any and all nuclear threats”, and a 50-point Vienna Action Plan")
R(d, "South Korea", "signed", TPNW, None, "Neither Japan nor South Korea, both of which rely on the U.S. nuclear umbrella, has signed the treaty", negated=True)
R(d, "Australia", "signed", TPNW, None, "Australia's new Labor government, which took office in May, sent an observer but said it was still considering whether to sign", negated=True)
R(d, "New Zealand", "called-for", TPNW, None, "urged Japan to join the treaty")
R(d, "Japan", "ratified", NPT, "1976", "ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1976")
R(d, "Japan", "party", CTBT, None, "is a party to the Comprehensive Nuclear-Test-Ban Treaty")

# ===================== checks =====================
def body_of(text):
    lines = text.split("\n")
    if lines and re.match(r"^(Title|Date|URL|Source):", lines[0]):
        i = 0
        while i < len(lines) and lines[i].strip():
            i += 1
        return "\n".join(lines[i:])
    return text
fold = lambda s: re.sub(r"\s+", " ", s).strip()
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
texts = {f: open(os.path.join(DOCS, f), encoding="utf-8").read() for f in docs}
errors = []
for f, t in texts.items():
    if not (1500 <= len(t) <= 5000):
        errors.append(f"{f}: length {len(t)}")
keys = collections.Counter()
for i, r in enumerate(records):
    if r["doc"] not in texts:
        errors.append(f"#{i}: unknown doc {r['doc']}"); continue
    body = fold(body_of(texts[r["doc"]]))
    for q in [r["quote"]] + r.get("alt_quotes", []):
        if fold(q) not in body:
            errors.append(f"#{i} {r['doc']}: quote not in body: {q[:90]!r}")
    for a in r["action"]:
        if a not in ACTIONS:
            errors.append(f"#{i}: bad action {a}")
    if r["date"] is not None and not DATE.match(r["date"]):
        errors.append(f"#{i}: bad date {r['date']}")
    actor = r["actor"] if isinstance(r["actor"], str) else r["actor"][0]
    k = (r["doc"], actor, r["action"][0], r["instrument"], r["negated"])
    keys[k] += 1
for k, n in keys.items():
    if n > 1:
        errors.append(f"duplicate {k} x{n}")
for e in errors:
    print("ERROR", e)
json.dump(records, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(docs)} docs, {len(records)} records, negated={sum(r['negated'] for r in records)}, required:false={sum(not r['required'] for r in records)}, errors={len(errors)}")
per = collections.Counter(r["doc"] for r in records)
for f in docs:
    print(f"  {f:55s} chars={len(texts[f]):5d} records={per[f]:3d} neg={sum(r['negated'] for r in records if r['doc']==f):3d} opt={sum(not r['required'] for r in records if r['doc']==f):2d}")
sys.exit(1 if errors else 0)
