#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (02, 08, 13) and three are saved HTML pages (04, 11, 15);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of
theirs spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: regional organisations and regional human rights systems: Council of Europe newsroom items, Ministers' Deputies
decisions and a Convention 108+ tracker; OAS General Assembly press release, resolution text with footnotes and regional
news; AU Assembly decision with its status annex, AU press release and a treaty newsletter; SADC, ECOWAS, ASEAN and Pacific
Islands Forum communiqués; national statements (Canada, a UK parliamentary answer) and an ASEAN accession explainer.

Decisions the rules make throughout:
- A body's adoption, approval or collective endorsement of a text is that body's `adopted` (ADOPTED / EA lists); a State's
  adherence to a declaration is its `endorsed`. Signing instruments of accession counts as accession.
- Calls ("urges", "encourages ... to sign and ratify", "invites ... to sign and ratify", "called on") are the caller's
  `called-for`, dated by the statement or decision that makes them; the addressees get no record.
- Welcoming, congratulating or commending another actor's act gives the welcomer nothing; the act itself is recorded.
- Negated, planned, hedged, conditional, "has yet to", "will ratify", "is considering", withdrawals and reported-then-denied
  acts are negated records without a date; votes against, abstentions, non-participation and dissociation from a decision
  are `supported` negated with the vote's date.
- Nothing for: entry into force, depositaries, venues and hosts, negotiation, drafting and observer roles, domestic steps
  (parliamentary approval, decrees, bills, acts), implementation, counts of unnamed States, institutions and
  organisations (the WTO, an Inter-American body, membership of a Forum), invitations to accede, withdrawals of
  declarations under an article.
- Dates: the act's own date as the text gives it; "today", "on Sunday", "last week", "the same day" resolve against the
  document's date or the date given for the event; acts at a meeting dated only by the meeting take its date or span."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# A body's collective endorsement of its own text: endorsed or adopted.
EA = ["endorsed", "adopted"]
# Signing an instrument of accession.
ACC_SIGNED = ["acceded", "party", "signed"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Moldova", "Kazakhstan",
          "Mexico", "Colombia", "Bolivia", "Paraguay", "Chile", "Costa Rica", "Ecuador", "Côte d'Ivoire", "Eswatini", "Kenya",
          "Democratic Republic of the Congo", "United Republic of Tanzania", "Congo", "Cabo Verde", "Sahrawi Arab Democratic Republic",
          "São Tomé and Príncipe", "Somalia", "Burundi", "Rwanda", "Philippines", "Marshall Islands", "Micronesia", "Fiji",
          "Samoa", "China", "Timor-Leste", "Papua New Guinea", "Togo", "Ghana", "Guinea", "Germany"),
    "Andorra": ["Andorra", "Principality of Andorra"],
    "Georgia": ["Georgia"],
    "Iceland": ["Iceland"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "San Marino": ["San Marino", "Republic of San Marino"],
    "Israel": ["Israel", "State of Israel"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Japan": ["Japan"],
    "Canada": ["Canada"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Hungary": ["Hungary"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Peru": ["Peru", "Republic of Peru"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "South Sudan": ["South Sudan", "Republic of South Sudan"],
    "Angola": ["Angola", "Republic of Angola"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Mali": ["Mali", "Republic of Mali"],
    "Niger": ["Niger", "Republic of Niger"],
    "Burkina Faso": ["Burkina Faso"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Comoros": ["Comoros", "Union of the Comoros", "Union of Comoros"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Panama": ["Panama", "Republic of Panama"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Palau": ["Palau", "Republic of Palau"],
    "Tuvalu": ["Tuvalu"],
    "Australia": ["Australia"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe",
       "Ministers' Deputies", "Council of Europe"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly", "OAS"]
AUA = ["AU Assembly", "Assembly of the African Union", "African Union Assembly", "Assembly of the Union",
       "Assembly of Heads of State and Government of the African Union", "African Union"]
AI = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
      ["Framework Convention on Artificial Intelligence", "Framework Convention", "CETS No. 225", "AI Convention"])

# ===================== 01 (Council of Europe newsroom item, AI Framework Convention opened for signature, Vilnius, 5 September 2024) =====================
d = "01.txt"
D = "2024-09-05"
SIG01 = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States",
         "European Union"]
# A list over "as well as by": all ten signed "today".
RL(d, SIG01, "signed", AI, D,
   "The Framework Convention was signed today by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, as well as by Israel, the United States of America and the European Union.")
R(d, COM, ADOPTED, AI, "2024-05-17", "The text was adopted by the Committee of Ministers on 17 May 2024")
# The 11 non-member States "took part in the drafting": negotiation, nothing. Observers: nothing.
R(d, ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Marija Pejčinović Burić", "Secretary General"],
  "called-for", AI, D, "I call on all countries around the world, whether or not they are members of the Council of Europe, to sign and ratify it")
# "In April" against the document's date (September 2024).
R(d, ["Parliamentary Assembly of the Council of Europe", "PACE", "Parliamentary Assembly"], "called-for", AI, "2024-04",
  "the Parliamentary Assembly (PACE), in its Opinion on the draft text, had likewise urged member States to sign and ratify the Convention")
# Entry into force (five ratifications) and the depositary: nothing.
# Lithuania hosted (nothing), did not sign, "a strong advocate of this negotiation" is support for a process (nothing).
R(d, "Lithuania", "signed", AI, None, "Lithuania, as host, did not sign on the day.",
  negated=True, alt=["expected to sign \"in the coming months, once our internal procedures are completed\""])
RL(d, ["Japan", "Canada", "Mexico"], "signed", AI, None, "Japan, Canada and Mexico have not yet signed", negated=True)
R(d, "United Kingdom", NOTRATIFIED, AI, None, "the UK would ratify it once the necessary domestic measures are in place", negated=True)
# Implementation "through existing and future legislation": domestic, nothing.
R(d, "European Union", NOTBOUND, AI, None, "The EU has not yet concluded the Convention", negated=True)
R(d, "Argentina", NOTBOUND, AI, None, "its government \"intends to join the Framework Convention at the earliest opportunity\"", negated=True)

# ===================== 02.md (privacy NGO's Markdown tracker, Convention 108+ signatures and ratifications, updated 14 February 2025) =====================
d = "02.md"
D = "2025-02-14"
P223 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
        ["Convention 108+", "CETS No. 223", "amending Protocol", "Protocol amending Convention 108", "modernised Convention 108"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108", "ETS No. 108"])
AP181 = ("Additional Protocol to Convention 108 regarding supervisory authorities and transborder data flows",
         ["Additional Protocol on supervisory authorities and transborder data flows", "ETS No. 181", "Additional Protocol"])
R(d, COM, ADOPTED, P223, "2018-05-18", "the Committee of Ministers adopts the Protocol amending Convention 108 (CETS No. 223)")
# "21 States sign on the first day": unnamed. The alternative entry-into-force date, the depositary: nothing.
# Council Decision (EU) 2019/682 authorises ratification: the text itself says it is no ratification by anyone.
# The table: one row per Party, signature and deposit dates (DD/MM/YYYY).
for actor, sig, rat, q in [
        ("Bulgaria", "2018-10-10", "2019-05-22", "Bulgaria | 10/10/2018 | 22/05/2019 | first ratification"),
        ("Croatia", "2018-10-10", "2019-11-27", "Croatia | 10/10/2018 | 27/11/2019"),
        ("Lithuania", "2018-10-10", "2020-03-17", "Lithuania | 10/10/2018 | 17/03/2020"),
        ("Serbia", "2018-10-10", "2020-05-26", "Serbia | 10/10/2018 | 26/05/2020"),
        ("Cyprus", "2018-10-10", "2020-08-21", "Cyprus | 10/10/2018 | 21/08/2020"),
        ("Poland", "2018-10-10", "2021-02-10", "Poland | 10/10/2018 | 10/02/2021"),
        ("Estonia", "2018-10-10", "2021-10-25", "Estonia | 10/10/2018 | 25/10/2021")]:
    R(d, actor, "signed", P223, sig, q)
    R(d, actor, RATIFIED, P223, rat, q)
R(d, "Argentina", "signed", P223, "2019-03-15", "Argentina | 15/03/2019 | 20/06/2023 | acceptance")
# The note says the instrument was one of acceptance.
R(d, "Argentina", ACCEPTED, P223, "2023-06-20", "Argentina | 15/03/2019 | 20/06/2023 | acceptance")
# A nominal ("The ratification by Mauritius, deposited on ...") outside the table.
R(d, "Mauritius", RATIFIED, P223, "2020-09-04", "The ratification by Mauritius, deposited on 4 September 2020")
R(d, "Uruguay", RATIFIED, P223, "2021-08", "Uruguay followed in August 2021.")
# The list under "These Parties signed on the opening day, 10 October 2018, but had not deposited an instrument".
SIGNED02 = ["Armenia", "Belgium", "Czechia", "Greece", "United Kingdom"]
RL(d, SIGNED02, "signed", P223, "2018-10-10", "These Parties signed on the opening day, 10 October 2018")
RL(d, SIGNED02, NOTRATIFIED, P223, None, "but had not deposited an instrument by the date of this update", negated=True)
# UK: "remains under consideration" is the same negated tuple; the Bill and Belgium's parliamentary approval are domestic.
# Reported, then denied: Georgia's parliamentary vote is domestic, no instrument deposited.
R(d, "Georgia", NOTRATIFIED, P223, None, "Several outlets reported in January that Georgia had ratified the Protocol.", negated=True,
  alt=["no instrument had been deposited in Strasbourg when this page was updated"])
THREE = ["Azerbaijan", "Senegal", "Tunisia"]
RL(d, ["Azerbaijan", "Senegal"], PARTY, C108, None, "Azerbaijan, Senegal and Tunisia are Parties to Convention 108")
# Tunisia's party status is the accession dated in the next sentence.
R(d, "Tunisia", PARTY, C108, None, "Azerbaijan, Senegal and Tunisia are Parties to Convention 108", required=False)
RL(d, THREE, "signed", P223, None, "but have not signed the amending Protocol", negated=True)
R(d, "Tunisia", ACCEDED, C108, "2017", "Tunisia acceded to Convention 108 in 2017")
R(d, "Tunisia", ACCEDED, AP181, "2017", "and to its Additional Protocol on supervisory authorities and transborder data flows at the same time")
# "examining" CETS No. 223: the same negated signature.
# Observer status with the Committee: nothing.
RL(d, ["Brazil", "Nigeria"], NOTBOUND, C108, None, "are not Parties to Convention 108", negated=True,
   alt=["Neither has requested an invitation to accede"])
R(d, "Nigeria", ACCEDED, P223, None, "\"considering accession to Convention 108+ in the medium term\"", negated=True)
R(d, ["Data Protection Policy Network", "the Network"], "called-for", P223, D,
  "The Network calls on the remaining signatories, the United Kingdom and Belgium above all, to deposit their instruments of ratification before the end of 2025.",
  alt=["We also urge Azerbaijan, Senegal and Tunisia to sign and ratify the amending Protocol"])

# ===================== 03 (Council of Europe, Ministers' Deputies decisions, 1522nd meeting, 12 March 2025) =====================
d = "03.txt"
D = "2025-03-12"
ECHR = ("European Convention on Human Rights", ["Convention for the Protection of Human Rights and Fundamental Freedoms", "ECHR"])
P16 = ("Protocol No. 16 to the European Convention on Human Rights", ["Protocol No. 16", "Protocol No. 16 to the Convention"])
RESC = ("Revised European Social Charter", ["European Social Charter (revised)", "Revised Charter"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Additional Protocol providing for a system of collective complaints", "collective complaints procedure", "collective complaints protocol"])
LAW = ("Council of Europe Convention for the Protection of the Profession of Lawyer", ["Convention for the Protection of the Profession of Lawyer"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "ETS No. 185"])
RECTF = ("Recommendation CM/Rec(2025)3 on combating technology-facilitated violence against women and girls",
         ["Recommendation CM/Rec(2025)3", "CM/Rec(2025)3"])
# The Deputies act for the Committee of Ministers: the decisions are its acts, dated by the meeting.
# A State that ceased to be a Party: negated party; "remains bound to implement the judgments" is implementation.
R(d, "Russian Federation", NOTBOUND, ECHR, None,
  "the Russian Federation ceased to be a Party to the European Convention on Human Rights on 16 September 2022", negated=True)
# "ratified by 25 member States": unnamed.
R(d, COM, "called-for", P16, D, "encouraged the member States which have not yet done so to consider signing and ratifying Protocol No. 16 to the Convention")
# A pending accession (the CJEU opinion, the draft instruments agreed in 2023: process).
R(d, "European Union", ACCEDED, ECHR, None,
  "the accession of the European Union to the European Convention on Human Rights remains pending", negated=True)
RL(d, ["Germany", "Spain"], RATIFIED, RESC, "2021", "the ratification of the Revised European Social Charter by Germany and by Spain in 2021")
R(d, "Spain", ACCEPTED, CCP, "2021",
  "Spain's acceptance of the Additional Protocol providing for a system of collective complaints in the same year")
R(d, COM, "called-for", RESC, D, "called on the member States that have not yet done so to ratify the Revised European Social Charter")
R(d, COM, "called-for", CCP, D, "and to accept the collective complaints procedure", required=False)
R(d, COM, ADOPTED, LAW, D, "adopted the Council of Europe Convention for the Protection of the Profession of Lawyer")
# Opening for signature at the 134th Session in Luxembourg: nothing (a venue and a future date, no signatory).
R(d, COM, "called-for", LAW, D,
  "invited the member States, and the non-member States which participated in its elaboration, to sign and ratify the Convention at the earliest opportunity")
# Dissociation from the decision that adopted the Convention: a negated vote, dated by the meeting.
R(d, "Azerbaijan", "supported", LAW, D, "The Representative of Azerbaijan stated that his authorities dissociated themselves from this decision.",
  negated=True)
# The request to be invited to accede shows an intended accession; the invitation itself is no act of Kazakhstan's.
R(d, "Kazakhstan", ACCEDED, BUD, None, "the request by the Republic of Kazakhstan, contained in a letter of 9 December 2024, to be invited to accede to the Convention on Cybercrime",
  negated=True, required=False)
RL(d, ["Canada", "Japan"], "signed", AI, "2025-02-11",
   "the Framework Convention has been signed most recently by Canada and Japan, on 11 February 2025")
# "no instrument of ratification has yet been deposited": no State named.
R(d, COM, "called-for", AI, D,
  "encouraged all member States and the non-member States which participated in its elaboration to sign and ratify the Framework Convention")
# The environment convention is transmitted to PACE for opinion: process, nothing.
R(d, COM, ADOPTED, RECTF, D, "adopted Recommendation CM/Rec(2025)3 of the Committee of Ministers to member States on combating technology-facilitated violence against women and girls")
R(d, "Hungary", "signed", LAW, None, "Hungary will not sign the Convention for the Protection of the Profession of Lawyer at the Luxembourg Session",
  negated=True)
R(d, "Hungary", NOTRATIFIED, LAW, None, "reserves its position on ratification", negated=True, required=False)
R(d, "Luxembourg", "signed", LAW, None, "Luxembourg intends to sign the Convention on its opening day", negated=True)
R(d, "Luxembourg", "called-for", LAW, D, "we invite other delegations to join us", required=False)

# ===================== 04.html (OAS press release page, 52nd General Assembly concludes in Lima, Friday 7 October 2022) =====================
d = "04.html"
D = "2022-10-07"
DLIMA = ("Declaration of Lima", ["Declaration of Lima: Together against Inequality and Discrimination", "Together against Inequality and Discrimination"])
RNIC = ("resolution \"The Situation in Nicaragua\"", ["The Situation in Nicaragua"])
DRVEN = ("draft resolution to end the recognition of the representative appointed by the National Assembly of Venezuela",
         ["draft resolution on the representation of Venezuela"])
RHR = ("resolution \"Promotion and Protection of Human Rights\"", ["Promotion and Protection of Human Rights", "omnibus resolution on human rights"])
OLDER = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Convention on Protecting the Human Rights of Older Persons"])
A68 = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["A-68", "Convention against Racism"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69", "Convention against All Forms of Discrimination"])
ACHR = ("American Convention on Human Rights", ["Pact of San José", "ACHR"])
# "approved 22 resolutions": unnamed.
# "on Thursday" against Friday 7 October 2022. "It commits the member states": no State named.
R(d, OASGA, ADOPTED, DLIMA, "2022-10-06", "The Declaration of Lima, \"Together against Inequality and Discrimination,\" was adopted by acclamation on Thursday")
R(d, OASGA, "adopted", RNIC, D, "The resolution \"The Situation in Nicaragua\" was approved today with 27 votes in favor, 1 against and 4 abstentions.")
R(d, "Nicaragua", "supported", RNIC, D, "Nicaragua voted against the text", negated=True)
RL(d, ["Bolivia", "Honduras", "Mexico", "Saint Vincent and the Grenadines"], "supported", RNIC, D,
   "Bolivia, Honduras, Mexico and Saint Vincent and the Grenadines abstained", negated=True)
# The sponsors of a draft that failed; the day it was presented is not given. "19 votes in favor": unnamed.
RL(d, ["Antigua and Barbuda", "Bolivia", "Colombia", "Honduras", "Mexico", "Saint Vincent and the Grenadines"], "co-sponsored", DRVEN, None,
   "A draft resolution presented by the delegations of Antigua and Barbuda, Bolivia, Colombia, Honduras, Mexico and Saint Vincent and the Grenadines")
R(d, OASGA, "adopted", DRVEN, None, "It was not adopted, as it did not reach the 24 affirmative votes required.", negated=True)
# The omnibus resolution: approved during the three-day session (5-7 October), day not given.
R(d, OASGA, "adopted", RHR, "2022-10", "The omnibus resolution \"Promotion and Protection of Human Rights,\" approved by consensus")
R(d, OASGA, "called-for", OLDER, "2022-10",
  "urges member states that have not yet done so to sign and ratify the Inter-American Convention on Protecting the Human Rights of Older Persons")
# The treaty ceremony on the margins of the session: no day given.
R(d, "Colombia", "signed", A69, "2022-10",
  "Colombia's Foreign Minister, Álvaro Leyva, signed the Inter-American Convention against All Forms of Discrimination and Intolerance")
R(d, "Peru", RATIFIED, A68, "2022-10",
  "Peru's Foreign Minister, César Landa, deposited his country's instrument of ratification of the Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance")
R(d, "Brazil", "signed", A69, "2013", "the country, which signed the Inter-American Convention against All Forms of Discrimination and Intolerance in 2013")
R(d, "Brazil", NOTRATIFIED, A69, None, "has not yet ratified it", negated=True, alt=["the text was \"under review by the competent ministries.\""])
# "the two conventions against racism and discrimination adopted in Antigua, Guatemala", named above.
SGOAS = ["OAS Secretary General", "Secretary General of the OAS", "Luis Almagro"]
for inst in (A68, A69):
    R(d, SGOAS, "called-for", inst, D,
      "called on \"all the states that have not yet done so to sign and ratify the two conventions against racism and discrimination adopted in Antigua, Guatemala")
# Support for the Inter-American Commission: an institution, nothing.
R(d, "Canada", NOTBOUND, ACHR, None, "Canada is not a party to the American Convention on Human Rights", negated=True)
# Peru chairing, the next session in Washington: nothing.

# ===================== 05 (OAS General Assembly resolution AG/RES. 3006 (LIII-O/23) "International Law", with footnotes, 23 June 2023) =====================
d = "05.txt"
D = "2023-06-23"
RIL = ("AG/RES. 3006 (LIII-O/23)", ["International Law", "resolution AG/RES. 3006 (LIII-O/23)", "AG/RES. 3006"])
OLDER = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Convention on Protecting the Human Rights of Older Persons"])
A68 = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["A-68", "Convention against Racism"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69", "Convention against All Forms of Discrimination"])
CIFTA = ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials",
         ["CIFTA"])
ACHR = ("American Convention on Human Rights", ["Pact of San José, Costa Rica", "Pact of San José", "ACHR"])
R(d, OASGA, "adopted", RIL, D, "Adopted at the fourth plenary session, held on June 23, 2023")
# Section i urges joining "the inter-American treaties": no instrument named, nothing.
OLDER_R = ["Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Ecuador", "El Salvador", "Peru", "Suriname", "Uruguay"]
RL(d, OLDER_R, RATIFIED, OLDER, None,
   "RECOGNIZING the ratification of the Convention by Argentina, Bolivia, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Peru, Suriname, and Uruguay")
# Welcoming Mexico's deposit: the welcomer gets nothing, the deposit is Mexico's.
R(d, "Mexico", RATIFIED, OLDER, "2023-04-10", "the deposit by the United Mexican States of its instrument of ratification on April 10, 2023")
R(d, OASGA, "called-for", OLDER, D,
  "To urge member states that have not yet done so to consider signing and ratifying, or acceding to, the Inter-American Convention on Protecting the Human Rights of Older Persons")
# Entry into force of both conventions: nothing. Congratulating Peru and Colombia: their acts are recorded.
R(d, "Peru", RATIFIED, A68, "2022-10",
  "Peru on its ratification of the Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance in October 2022")
R(d, "Colombia", "signed", A69, "2022-10",
  "Colombia on its signature of the Inter-American Convention against All Forms of Discrimination and Intolerance the same month")
for inst in (A68, A69):
    R(d, OASGA, "called-for", inst, D, "To urge member states that have not yet done so to sign and ratify both Conventions.")
R(d, OASGA, "called-for", CIFTA, D, "To urge the states that have signed but not yet ratified CIFTA to do so")
R(d, OASGA, "called-for", ACHR, D,
  "To urge member states that have not yet done so to ratify or accede to the American Convention on Human Rights")
# Accepting the Court's contentious jurisdiction is a declaration, not an instrument's ratification: folded into the call above.
# Footnotes.
R(d, "Nicaragua", "supported", RIL, D, "The delegation of Nicaragua did not participate in the adoption of this resolution.", negated=True)
R(d, "United States", NOTBOUND, OLDER, None,
  "The United States is not a party to the Inter-American Convention on Protecting the Human Rights of Older Persons and does not intend to become a party to it.",
  negated=True)
# Not joining consensus on one section only: a partial dissociation from the resolution, optional.
R(d, "United States", "supported", RIL, D, "The United States accordingly does not join consensus on section ii of this resolution.",
  negated=True, required=False)
R(d, "Paraguay", NOTBOUND, A69, None,
  "Paraguay reiterates that it is not a party to the Inter-American Convention against All Forms of Discrimination and Intolerance", negated=True)
RL(d, ["Canada"], "signed", A68, None,
   "Canada has not signed the Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", negated=True)
R(d, "Canada", "signed", A69, None,
  "or the Inter-American Convention against All Forms of Discrimination and Intolerance, and does not intend to do so at this time", negated=True)
# "firmly committed to combating racism": a goal, not an instrument.
R(d, "United States", "signed", CIFTA, "1997", "The United States signed CIFTA in 1997")
R(d, "United States", NOTRATIFIED, CIFTA, None, "is not in a position to ratify the Convention at this time", negated=True)
# "continues to support its objectives": the objectives, not a vote or an act on the instrument; optional.
R(d, "United States", "supported", CIFTA, None, "continues to support its objectives", required=False)

# ===================== 06 (regional news wire, Brazil promulgates the Inter-American anti-racism convention, Wednesday 12 January 2022) =====================
d = "06.txt"
D = "2022-01-12"
A68 = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance",
       ["anti-racism convention", "A-68", "Convention against Racism"])
A69 = ("Inter-American Convention against All Forms of Discrimination and Intolerance",
       ["A-69", "broader convention", "Convention against All Forms of Discrimination and Intolerance"])
# The decree (Monday), the Official Gazette, Congress's approval in February 2021: domestic, nothing.
R(d, "Brazil", "signed", A68, "2013-06-05", "Brazil was among the first signatories on June 5, 2013")
R(d, OASGA, ADOPTED, A68, "2013-06-05",
  "the day the convention was adopted by the General Assembly of the Organization of American States (OAS) in Antigua, Guatemala")
R(d, "Brazil", RATIFIED, A68, "2021-05-28",
  "Brazil deposited its instrument of ratification with the OAS General Secretariat in Washington on May 28, 2021")
# The ministry speaks for Brazil; "on Tuesday" against Wednesday 12 January 2022.
R(d, "Brazil", "called-for", A68, "2022-01-11",
  "Brazil \"urges every OAS member state that has not yet done so to ratify the convention without further delay\"")
RL(d, ["Antigua and Barbuda", "Costa Rica", "Ecuador", "Mexico", "Uruguay"], RATIFIED, A68, None,
   "Besides Brazil, the convention has so far been ratified by Antigua and Barbuda, Costa Rica, Ecuador, Mexico and Uruguay.")
# Entry into force (November 2017): nothing.
R(d, OASGA, ADOPTED, A69, "2013-06-05", "The companion treaty adopted the same day in Antigua", required=False)
RL(d, ["Uruguay", "Mexico"], RATIFIED, A69, None, "Uruguay and Mexico are the only states to have ratified both conventions.")
R(d, "Brazil", "signed", A69, None, "Brazil signed the broader convention as well, but has not ratified it")
R(d, "Brazil", NOTRATIFIED, A69, None, "Brazil signed the broader convention as well, but has not ratified it", negated=True,
  alt=["the government had \"no plans at present\" to send it to Congress"])
# "on the opening day": the convention was opened for signature on June 5, 2013.
R(d, "Argentina", "signed", A68, "2013-06-05", "Argentina, which signed the anti-racism convention on the opening day, has not ratified it.")
R(d, "Argentina", NOTRATIFIED, A68, None, "Argentina, which signed the anti-racism convention on the opening day, has not ratified it.", negated=True)
# The stalled Senate bill: domestic.
for inst in (A68, A69):
    R(d, "Chile", "signed", inst, None, "Chile's foreign ministry said in December that it \"is evaluating\" whether to sign the two Antigua conventions",
      negated=True)
# A plan to submit the text to Congress: a domestic step towards ratification, hedged; optional.
R(d, "Colombia", NOTRATIFIED, A68, None, "In Bogotá, the government announced plans to submit the anti-racism convention to Congress for approval",
  negated=True, required=False)
for inst in (A68, A69):
    R(d, "United States", "signed", inst, None, "The United States has signed neither convention", negated=True)
    R(d, "Canada", NOTBOUND, inst, None, "Canada, which rarely joins inter-American human rights treaties, has also stayed out", negated=True, required=False)
# Activists welcoming the decree, the call on Congress for implementing legislation, Almagro's congratulations,
# the Commission's monitoring and hearing: nothing.

# ===================== 07 (AU Assembly decision on the status of OAU/AU treaties, 37th Ordinary Session, 17-18 February 2024) =====================
d = "07.txt"
D = "2024-02"  # the session's two days; the decision gives no single day
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["African Medicines Agency Treaty", "AMA Treaty"])
OPOLD = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa",
         ["Protocol on the Rights of Older Persons in Africa", "Older Persons Protocol"])
PDIS = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
        ["Protocol on the Rights of Persons with Disabilities in Africa", "African Disability Protocol"])
CYB = ("African Union Convention on Cyber Security and Personal Data Protection",
       ["Malabo Convention", "AU Convention on Cyber Security and Personal Data Protection"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "Protocol on Free Movement of Persons", "Protocol Relating to Free Movement of Persons, Right of Residence and Right of Establishment"])
ACDEG = ("African Charter on Democracy, Elections and Governance", ["ACDEG"])
EVAWG = ("African Union Convention on Ending Violence against Women and Girls", ["Convention on Ending Violence against Women and Girls"])
# The congratulated acts fall in the period under review (February 2023 to January 2024): no single date.
R(d, "Angola", RATIFIED, AMA, None, "Angola - ratification of the Treaty for the Establishment of the African Medicines Agency")
R(d, "Burundi", RATIFIED, OPOLD, None,
  "Burundi - ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa")
R(d, "Cameroon", RATIFIED, PDIS, None,
  "Cameroon - ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa")
R(d, "Côte d'Ivoire", RATIFIED, CYB, None,
  "Côte d'Ivoire and Mauritania - ratification of the African Union Convention on Cyber Security and Personal Data Protection")
# Mauritania's deposit is dated in the annex.
R(d, "Mauritania", RATIFIED, CYB, "2023-05-09", "Mauritania deposited the fifteenth instrument of ratification on 9 May 2023.",
  alt=["Côte d'Ivoire and Mauritania - ratification of the African Union Convention on Cyber Security and Personal Data Protection"])
R(d, "Kenya", "signed", OPOLD, None,
  "Kenya - signature of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons in Africa")
R(d, "Somalia", RATIFIED, AFCFTA, None,
  "Somalia - deposit of the instrument of ratification of the Agreement Establishing the African Continental Free Trade Area")
R(d, "South Sudan", RATIFIED, MAPUTO, None,
  "South Sudan - ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa")
# "more than forty OAU/AU treaties each": no State or instrument named.
# Welcoming an instrument's entry into force: the instrument itself, optional; the 2014 adoption names no body.
R(d, AUA, "welcomed", CYB, D, "WELCOMES the entry into force, on 8 June 2023, of the African Union Convention on Cyber Security and Personal Data Protection",
  required=False)
R(d, AUA, ADOPTED, CYB, "2014-06", "adopted in Malabo in June 2014", required=False)
RL(d, ["Mali", "Niger", "Rwanda", "São Tomé and Príncipe"], RATIFIED, FMP, None,
   "only four Member States, namely Mali, Niger, Rwanda and São Tomé and Príncipe, have ratified the Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons")
# The Court of Justice Protocol not in force: nothing.
THREE07 = ["Eswatini", "Kenya", "Namibia"]
RL(d, THREE07, "signed", PDIS, None,
   "the Kingdom of Eswatini, the Republic of Kenya and the Republic of Namibia have signed but not yet ratified the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa")
RL(d, THREE07, NOTRATIFIED, PDIS, None,
   "the Kingdom of Eswatini, the Republic of Kenya and the Republic of Namibia have signed but not yet ratified the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Persons with Disabilities in Africa",
   negated=True)
# Withdrawals of declarations under Article 34(6): the States remain parties to the Court Protocol; nothing.
for inst, q in [(FMP, "the Protocol Relating to Free Movement of Persons, Right of Residence and Right of Establishment"),
                (ACDEG, "the African Charter on Democracy, Elections and Governance"),
                (PDIS, "the Protocol on the Rights of Persons with Disabilities in Africa"),
                (OPOLD, "the Protocol on the Rights of Older Persons in Africa"),
                (AMA, "the Treaty for the Establishment of the African Medicines Agency")]:
    R(d, AUA, "called-for", inst, D, q, alt=["URGES all Member States that have not yet done so to sign, ratify/accede to and domesticate the OAU/AU treaties"])
# The Treaty Signing Week: nothing. Adoption planned for February 2025: optional negated.
R(d, AUA, "adopted", EVAWG, None,
  "finalise the draft African Union Convention on Ending Violence against Women and Girls for consideration and adoption by the Assembly at its Thirty-Eighth Ordinary Session",
  negated=True, required=False)
# Annex: counts of signatures and ratifications are unnamed; entry-into-force dates give nothing.
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea is the only Member State that has not signed the Agreement.", negated=True)

# ===================== 08.md (treaty newsletter in Markdown, AfCFTA at four years and the Free Movement Protocol, 30 May 2023) =====================
d = "08.md"
D = "2023-05-30"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "the Agreement"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "free movement protocol", "Protocol on Free Movement of Persons"])
PINV = ("AfCFTA Protocol on Investment", ["Protocol on Investment"])
PCOMP = ("AfCFTA Protocol on Competition Policy", ["Protocol on Competition Policy"])
PIPR = ("AfCFTA Protocol on Intellectual Property Rights", ["Protocol on Intellectual Property Rights"])
PDIG = ("AfCFTA Protocol on Digital Trade", ["Protocol on Digital Trade"])
# Entry into force four years ago and the depositary: nothing.
R(d, ["AU Extraordinary Summit", "African Union Extraordinary Summit", "AU Assembly", "African Union"], ADOPTED, AFCFTA, "2018-03-21",
  "The AU Extraordinary Summit adopts the Agreement; 44 Member States sign it the same day")
# "44 Member States sign": unnamed.
RL(d, ["Kenya", "Ghana"], RATIFIED, AFCFTA, "2018-05-10", "Kenya and Ghana are the first to deposit their instruments of ratification")
RL(d, ["South Africa", "Sierra Leone", "Namibia", "Lesotho", "Burundi"], "signed", AFCFTA, "2018-07-01",
   "South Africa, Sierra Leone, Namibia, Lesotho and Burundi sign at the AU Summit")
# "deposit" in a row whose subject is instruments of ratification (the count of 22).
RL(d, ["Sierra Leone", "Sahrawi Arab Democratic Republic"], RATIFIED, AFCFTA, "2019-04-29",
   "Sierra Leone and the Sahrawi Arab Democratic Republic deposit, bringing the count to 22")
RL(d, ["Nigeria", "Benin"], "signed", AFCFTA, "2019-07-07", "Nigeria and Benin sign at the Extraordinary Summit that launches the operational phase")
R(d, "Nigeria", RATIFIED, AFCFTA, "2020-12-05", "it deposited its instrument of ratification on 5 December 2020")
# Start of trading on 1 January 2021: implementation.
# "In February this year" against the date.
AU36 = ["AU Assembly", "36th Ordinary Session of the AU Assembly", "Assembly of the African Union", "African Union"]
for inst in (PINV, PCOMP, PIPR):
    R(d, AU36, ADOPTED, inst, "2023-02", "In February this year the 36th Ordinary Session of the AU Assembly adopted three of the Phase II instruments")
R(d, AU36, "adopted", PDIG, None, "is expected to be tabled for adoption at the February 2024 summit", negated=True, required=False)
R(d, "Eritrea", "signed", AFCFTA, None, "remains the only AU Member State that has not signed the Agreement", negated=True)
FOUR = ["Libya", "Somalia", "South Sudan", "Sudan"]
RL(d, FOUR, "signed", AFCFTA, "2018", "Libya, Somalia, South Sudan and Sudan signed in Kigali in 2018 but have not yet ratified it.")
RL(d, FOUR, NOTRATIFIED, AFCFTA, None, "Libya, Somalia, South Sudan and Sudan signed in Kigali in 2018 but have not yet ratified it.", negated=True)
# Sudan's file with the transitional legislative body: domestic. Parliamentary approvals: domestic.
# Opened for signature in Kigali: nothing.
RL(d, ["Mali", "Niger", "Rwanda", "São Tomé and Príncipe"], RATIFIED, FMP, None,
   "only Mali, Niger, Rwanda and São Tomé and Príncipe have ratified it")
RL(d, ["South Africa", "Nigeria"], "signed", FMP, None,
   "South Africa and Nigeria, the continent's two largest economies, have not even signed the free movement protocol.", negated=True)
R(d, "Kenya", "signed", FMP, "2018", "Kenya signed it in Kigali in 2018")
R(d, "Kenya", NOTRATIFIED, FMP, None, "Kenyan officials told us ratification is \"at an advanced stage\"", negated=True)
# "last week" against 30 May 2023.
R(d, ["AfCFTA Secretary-General", "Wamkele Mene", "AfCFTA Secretariat"], "called-for", AFCFTA, "2023-05",
  "urging the four remaining signatories of the Agreement to ratify \"without further delay\"")
R(d, ["Africa Treaty Watch"], "called-for", AFCFTA, D,
  "Africa Treaty Watch calls on Libya, Somalia, South Sudan and Sudan to ratify the AfCFTA Agreement before the AU's February 2024 summit")
R(d, ["Africa Treaty Watch"], "called-for", FMP, D, "and on all Member States to sign and ratify the Free Movement Protocol")

# ===================== 09 (SADC 44th Ordinary Summit communiqué, Harare, 17 August 2024) =====================
d = "09.txt"
D = "2024-08-17"
SUMMIT = ["SADC Summit", "Summit", "SADC", "SADC Heads of State and Government", "Summit of SADC Heads of State and Government"]
AFI = ("Agreement Amending the SADC Protocol on Finance and Investment", ["Agreement Amending the Protocol on Finance and Investment"])
IND = ("SADC Protocol on Industry", ["Protocol on Industry"])
GEN = ("Agreement Amending the SADC Protocol on Gender and Development", ["Agreement Amending the Protocol on Gender and Development"])
EMP = ("SADC Protocol on Employment and Labour", ["Protocol on Employment and Labour"])
WPS = ("SADC Regional Strategy on Women, Peace and Security 2025-2030", ["Regional Strategy on Women, Peace and Security"])
RISDP = ("revised SADC Regional Indicative Strategic Development Plan (RISDP) implementation framework", ["RISDP implementation framework", "RISDP"])
HDEC = ("Harare Declaration on Innovation and Industrialisation", ["Harare Declaration"])
# Elections of the Chair, thanks, hosting: nothing.
R(d, SUMMIT, ADOPTED, AFI, D, "Summit approved the Agreement Amending the SADC Protocol on Finance and Investment")
# Signed at the Summit (the document's date); a long list after a colon.
SIG09 = ["Angola", "Botswana", "Democratic Republic of the Congo", "Eswatini", "Lesotho", "Malawi", "Mauritius", "Mozambique", "Namibia",
         "Seychelles", "South Africa", "United Republic of Tanzania", "Zambia", "Zimbabwe"]
RL(d, SIG09, "signed", AFI, D,
   "The Agreement Amending the SADC Protocol on Finance and Investment was signed by the following Member States: Angola, Botswana, the Democratic Republic of Congo, Eswatini, Lesotho, Malawi, Mauritius, Mozambique, Namibia, Seychelles, South Africa, the United Republic of Tanzania, Zambia and Zimbabwe.")
RL(d, ["Comoros", "Madagascar"], "signed", AFI, None,
   "The Union of Comoros and the Republic of Madagascar did not sign the Agreement at the Summit", negated=True,
   alt=["indicated that they would do so upon completion of internal consultations"])
# Commended for depositing: the deposits are theirs, not dated.
RL(d, ["Zambia", "Eswatini"], RATIFIED, IND, None,
   "the Republic of Zambia and the Kingdom of Eswatini for depositing their instruments of ratification of the SADC Protocol on Industry")
RL(d, ["Lesotho", "Malawi"], "signed", IND, None, "the Kingdom of Lesotho and the Republic of Malawi, which have signed the Protocol")
RL(d, ["Lesotho", "Malawi"], NOTRATIFIED, IND, None, "will ratify it in 2025", negated=True)
R(d, "Botswana", RATIFIED, GEN, None,
  "the ratification by the Republic of Botswana of the Agreement Amending the SADC Protocol on Gender and Development")
R(d, SUMMIT, "called-for", EMP, D,
  "Summit urged Member States that have not yet done so to sign and ratify the SADC Protocol on Employment and Labour (2014)")
R(d, SUMMIT, "called-for", GEN, D,
  "Summit urged Member States that have not yet done so to sign and ratify the SADC Protocol on Employment and Labour (2014) and the Agreement Amending the SADC Protocol on Gender and Development (2016)")
# The Tribunal Protocol "signed by nine Member States but ... not ratified by any": unnamed.
R(d, SUMMIT, ADOPTED, WPS, D, "Summit approved the SADC Regional Strategy on Women, Peace and Security 2025-2030")
R(d, SUMMIT, ADOPTED, RISDP, D, "the revised SADC Regional Indicative Strategic Development Plan (RISDP) implementation framework", required=False)
# "commits Member States to increase domestic investment": no State named.
R(d, SUMMIT, ADOPTED, HDEC, D, "Summit adopted the Harare Declaration on Innovation and Industrialisation")
# SAMIDRC, elections, the Industrialisation Strategy's implementation, the next Summit's venue: nothing.

# ===================== 10 (ECOWAS Authority final communiqué, 66th Ordinary Session, Abuja, 15 December 2024) =====================
d = "10.txt"
D = "2024-12-15"
AUTH = ["ECOWAS Authority of Heads of State and Government", "ECOWAS Authority", "Authority", "ECOWAS",
        "Authority of Heads of State and Government of ECOWAS"]
TREATY = ("ECOWAS Revised Treaty", ["Revised Treaty of ECOWAS", "Revised ECOWAS Treaty", "ECOWAS Treaty"])
LGC = ("Liptako-Gourma Charter", ["Liptako-Gourma Charter establishing the Alliance of Sahel States", "Charter of Liptako-Gourma"])
CONF = ("Treaty establishing the Confederation of Sahel States", ["Confederation of Sahel States Treaty", "AES Confederation Treaty"])
SAW = ("Supplementary Act A/SA.3/12/24 on the modalities of withdrawal of a Member State from the Community",
       ["Supplementary Act A/SA.3/12/24", "Supplementary Act on the modalities of withdrawal"])
DGG = ("Supplementary Protocol A/SP1/12/01 on Democracy and Good Governance",
       ["Protocol on Democracy and Good Governance", "Supplementary Protocol on Democracy and Good Governance"])
CTS = ("ECOWAS Regional Counter-Terrorism Strategy and Implementation Plan 2025-2030", ["Regional Counter-Terrorism Strategy"])
CYB = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention"])
SAHEL = ["Burkina Faso", "Mali", "Niger"]
# Withdrawal from the Community under the Revised Treaty: negated party; effective date and transition period: nothing.
RL(d, SAHEL, NOTBOUND, TREATY, None,
   "the notification by Burkina Faso, the Republic of Mali and the Republic of Niger of their decision to withdraw from the Community, in accordance with Article 91 of the ECOWAS Revised Treaty",
   negated=True, alt=["the three countries have maintained that their decision to leave the Community is irreversible"])
RL(d, SAHEL, SIGNED_DECL[::-1], LGC, "2023-09-16",
   "the three countries signed the Liptako-Gourma Charter establishing the Alliance of Sahel States on 16 September 2023")
RL(d, SAHEL, "signed", CONF, "2024-07-06",
   "the signing by Burkina Faso, Mali and Niger, on 6 July 2024 in Niamey, of the Treaty establishing the Confederation of Sahel States")
# The mediation mandate: nothing.
R(d, AUTH, "adopted", SAW, D, "The Authority adopted Supplementary Act A/SA.3/12/24 on the modalities of withdrawal of a Member State from the Community")
# Free movement rights under the 1979 Protocol during the transition: implementation, nothing.
R(d, AUTH, COMMITTED, DGG, D, "The Authority reaffirmed its commitment to the Supplementary Protocol A/SP1/12/01 on Democracy and Good Governance")
R(d, AUTH, "adopted", DGG, None, "for consideration and adoption at the next Ordinary Session", negated=True, required=False)
R(d, AUTH, ADOPTED, CTS, D, "The Authority adopted the ECOWAS Regional Counter-Terrorism Strategy and Implementation Plan 2025-2030")
# The Standby Force: an institution.
RL(d, ["Cabo Verde", "Côte d'Ivoire", "Ghana", "Guinea", "Senegal", "Togo"], RATIFIED, CYB, None,
   "Cabo Verde, Côte d'Ivoire, Ghana, Guinea, Senegal and Togo, which have ratified the African Union Convention on Cyber Security and Personal Data Protection")
R(d, AUTH, "called-for", CYB, D, "urged Member States that have not yet done so to ratify the Convention")
# The cyber strategy's and the Directive's implementation, the ECO roadmap, the next session: nothing.

# ===================== 11.html (African Union press release page, Malabo Convention enters into force, 8 June 2023) =====================
d = "11.html"
D = "2023-06-08"
CYB = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention", "AU Convention on Cyber Security and Personal Data Protection"])
DPF = ("AU Data Policy Framework", ["African Union Data Policy Framework", "Data Policy Framework"])
# Entry into force today (Article 36): nothing.
R(d, AUA, ADOPTED, CYB, "2014-06-27",
  "The Convention was adopted by the 23rd Ordinary Session of the Assembly of Heads of State and Government of the African Union in Malabo, Equatorial Guinea, on 27 June 2014.")
# Deposit with the Chairperson (the depositary): the deposit is Mauritania's.
R(d, "Mauritania", RATIFIED, CYB, "2023-05-09",
  "The Islamic Republic of Mauritania deposited the fifteenth instrument of ratification with the Chairperson of the African Union Commission on 9 May 2023.")
R15 = ["Angola", "Cabo Verde", "Congo", "Côte d'Ivoire", "Ghana", "Guinea", "Mauritius", "Mozambique", "Namibia", "Niger", "Rwanda",
       "Senegal", "Togo", "Zambia"]
RL(d, R15, RATIFIED, CYB, None,
   "The Convention has now been ratified by the following fifteen Member States: Angola, Cabo Verde, Congo, Côte d'Ivoire, Ghana, Guinea, Mauritania, Mauritius, Mozambique, Namibia, Niger, Rwanda, Senegal, Togo and Zambia.")
SIG11 = ["Benin", "Chad", "Comoros", "Sierra Leone"]
RL(d, SIG11, "signed", CYB, None,
   "Several Member States have signed the Convention but have not yet ratified it, among them Benin, Chad, Comoros and Sierra Leone.")
RL(d, SIG11, NOTRATIFIED, CYB, None,
   "Several Member States have signed the Convention but have not yet ratified it, among them Benin, Chad, Comoros and Sierra Leone.", negated=True)
R(d, ["AU Commissioner for Infrastructure and Energy", "Amani Abou-Zeid", "African Union Commission", "AU Commission"], "called-for", CYB, D,
  "I call on all Member States that have not yet done so to sign and ratify the Malabo Convention")
R(d, "Kenya", "signed", CYB, None, "Kenya, which has not signed the Convention, adopted its own Data Protection Act in 2019.", negated=True)
# The Data Protection Act: domestic.
R(d, "Kenya", ACCEDED, CYB, None, "Nairobi is considering accession to the Convention", negated=True)
R(d, ["AU Executive Council", "Executive Council", "Executive Council of the African Union"], ADOPTED, DPF, "2022-02",
  "the AU Data Policy Framework, which was endorsed by the Executive Council in February 2022")
# The Digital Transformation Strategy (no act stated), the first meeting of States Parties, the depositary's notification: nothing.

# ===================== 12 (ASEAN Foreign Ministers' Meeting joint communiqué, 56th AMM, Jakarta, 11 July 2023) =====================
d = "12.txt"
D = "2023-07-11"
FM = ["ASEAN Foreign Ministers", "ASEAN Foreign Ministers' Meeting", "ASEAN", "AMM", "56th ASEAN Foreign Ministers' Meeting"]
AHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
MIGD = ("ASEAN Leaders' Declaration on the Protection of Migrant Workers and Family Members in Crisis Situations",
        ["Declaration on the Protection of Migrant Workers and Family Members in Crisis Situations"])
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP", "RCEP Agreement", "Regional Comprehensive Economic Partnership (RCEP) Agreement"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC"])
SEANWFZ = ("Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["SEANWFZ Treaty", "Bangkok Treaty"])
SEAPOA = ("Plan of Action to Strengthen the Implementation of the SEANWFZ Treaty (2023-2027)", ["SEANWFZ Plan of Action"])
SEAP = ("Protocol to the SEANWFZ Treaty", ["Protocol to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone", "SEANWFZ Protocol"])
BIEN = ("biennial resolution on the SEANWFZ Treaty", ["UN General Assembly resolution on the Treaty on the Southeast Asia Nuclear Weapon-Free Zone"])
AOIP = ("ASEAN Outlook on the Indo-Pacific", ["AOIP"])
COC = ("Code of Conduct in the South China Sea", ["COC"])
FPC = ("Five-Point Consensus", ["ASEAN Five-Point Consensus"])
ROAD = ("Roadmap for Timor-Leste's Full Membership", ["Roadmap"])
CHARTER = ("ASEAN Charter", ["Charter of the Association of Southeast Asian Nations"])
R(d, FM, COMMITTED, AHRD, D, "We reaffirmed our commitment to the ASEAN Human Rights Declaration (AHRD)")
# The Ministers welcome their Leaders' adoption: the adoption is the Leaders'.
R(d, ["ASEAN Leaders", "42nd ASEAN Summit", "ASEAN Summit", "ASEAN"], ADOPTED, MIGD, "2023-05",
  "the adoption by our Leaders, at the 42nd ASEAN Summit in Labuan Bajo in May 2023, of the ASEAN Leaders' Declaration on the Protection of Migrant Workers and Family Members in Crisis Situations")
# ACTIP "ratified by all ASEAN Member States": no State named. RCEP's entry into force for the Philippines: nothing.
R(d, "Philippines", RATIFIED, RCEP, "2023-04", "the deposit by the Philippines of its instrument of ratification in April 2023")
# "today" against the communiqué's date.
RL(d, ["Panama", "Serbia"], ACCEDED, TAC, D, "the accession of the Republic of Panama and the Republic of Serbia to the TAC today")
R(d, "Timor-Leste", PARTY, TAC, "2007", "Timor-Leste has been a High Contracting Party to the TAC since 2007")
# Preserving the region as a zone is a goal; the commitment to the Treaty's implementation is explicit.
R(d, FM, COMMITTED, SEANWFZ, D, "We reaffirmed our commitment to preserving the Southeast Asian region as a Nuclear Weapon-Free Zone and to the full and effective implementation of the Treaty on the Southeast Asia Nuclear Weapon-Free Zone")
R(d, FM, ADOPTED, SEAPOA, D, "We adopted the Plan of Action to Strengthen the Implementation of the SEANWFZ Treaty (2023-2027).")
# China's stated readiness to sign is planned; all five have not signed (one negated tuple each).
R(d, "China", "signed", SEAP, None, "the stated readiness of the People's Republic of China to sign the Protocol to the SEANWFZ Treaty without reservations",
  negated=True, alt=["none of the five Nuclear Weapon States, namely China, France, the Russian Federation, the United Kingdom and the United States, has yet signed the Protocol"])
RL(d, ["France", "Russian Federation", "United Kingdom", "United States"], "signed", SEAP, None,
   "none of the five Nuclear Weapon States, namely China, France, the Russian Federation, the United Kingdom and the United States, has yet signed the Protocol",
   negated=True)
# "with a view to their early signature and ratification": consultations, not a call on named States; optional call.
R(d, FM, "called-for", SEAP, D, "We agreed to intensify consultations with all of them, with a view to their early signature and ratification of the Protocol.",
  required=False)
R(d, GA, "adopted", BIEN, None, "We looked forward to the adoption of the biennial resolution on the SEANWFZ Treaty at the 78th Session of the United Nations General Assembly.",
  negated=True, required=False)
R(d, FM, COMMITTED, AOIP, D, "We reaffirmed our commitment to the ASEAN Outlook on the Indo-Pacific (AOIP)")
# The DOC: "the importance of ... implementation", no pledge. The second reading of the COC text: process.
R(d, FM, "called-for", COC, D, "called for the early conclusion of an effective and substantive Code of Conduct in the South China Sea (COC)")
R(d, FM, COMMITTED, FPC, D, "reaffirmed that the Five-Point Consensus remains our main reference to address the political crisis in Myanmar",
  required=False)
# Support for Timor-Leste's membership: a process.
R(d, ["ASEAN Leaders", "ASEAN Summit", "ASEAN"], ADOPTED, ROAD, None, "the Roadmap adopted by our Leaders", required=False)
R(d, "Timor-Leste", ACCEDED, CHARTER, None, "Timor-Leste is expected to accede to the ASEAN Charter upon its admission as the eleventh Member State.",
  negated=True)

# ===================== 13.md (policy newsletter in Markdown with front matter, Timor-Leste's admission to ASEAN, Tuesday 28 October 2025) =====================
d = "13.md"
D = "2025-10-28"
ADM = ("Declaration on the Admission of the Democratic Republic of Timor-Leste into ASEAN", ["Declaration on the Admission of Timor-Leste into ASEAN"])
CHARTER = ("ASEAN Charter", ["Charter of the Association of Southeast Asian Nations"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
AADMER = ("ASEAN Agreement on Disaster Management and Emergency Response", ["AADMER"])
AHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
ROAD = ("Roadmap for Timor-Leste's Full Membership", ["Roadmap"])
SEANWFZ = ("Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["SEANWFZ Treaty", "Bangkok Treaty"])
ACTIP = ("ASEAN Convention Against Trafficking in Persons, Especially Women and Children", ["ACTIP", "ASEAN Convention Against Trafficking in Persons"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["haze agreement"])
ATIGA = ("ASEAN Trade in Goods Agreement", ["ATIGA"])
ACIA = ("ASEAN Comprehensive Investment Agreement", ["ACIA"])
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP"])
# "On Sunday" against Tuesday 28 October 2025.
SUN = "2025-10-26"
R(d, ["ASEAN Leaders", "47th ASEAN Summit", "ASEAN Summit", "ASEAN"], ["adopted", "endorsed", "signed"], ADM, SUN,
  "the Leaders signed the Declaration on the Admission of the Democratic Republic of Timor-Leste into ASEAN")
# Signing the instrument of accession "the same day" as the Declaration.
R(d, "Timor-Leste", ACC_SIGNED, CHARTER, SUN, "Prime Minister Xanana Gusmão signed Timor-Leste's instrument of accession to the ASEAN Charter the same day")
R(d, "Timor-Leste", ACCEDED, TAC, "2007-01", "Timor-Leste acceded to the TAC in January 2007")
# Its application for membership in 2011: nothing.
R(d, "Timor-Leste", ACCEDED, AADMER, SUN,
  "Dili also acceded on Sunday to the ASEAN Agreement on Disaster Management and Emergency Response (AADMER)")
# "fully subscribes to" a declaration: adherence, made in the accession statement of Sunday.
R(d, "Timor-Leste", ENDORSED, AHRD, SUN, "Timor-Leste \"fully subscribes to the ASEAN Human Rights Declaration\"")
# The agreement in principle (November 2022) is a decision on membership, not a text; WTO membership: an organisation.
R(d, ["42nd ASEAN Summit", "ASEAN Summit", "ASEAN Leaders", "ASEAN"], ADOPTED, ROAD, "2023-05",
  "the Roadmap for Timor-Leste's Full Membership, adopted by the 42nd ASEAN Summit in May 2023")
# The status table (as of the document's date).
R(d, "Timor-Leste", NOTBOUND, SEANWFZ, None, "SEANWFZ Treaty (Bangkok Treaty) | not yet a party; accession planned", negated=True,
  alt=["Timor-Leste \"will accede to the Bangkok Treaty at the earliest opportunity\""])
R(d, "Timor-Leste", NOTRATIFIED, ACTIP, None, "ASEAN Convention Against Trafficking in Persons (ACTIP) | not yet ratified", negated=True)
R(d, "Timor-Leste", NOTBOUND, HAZE, None, "ASEAN Agreement on Transboundary Haze Pollution | not a party; \"under review\"", negated=True)
R(d, "Timor-Leste", ACCEDED, ATIGA, None, "ASEAN Trade in Goods Agreement (ATIGA) | accession expected by 2027 under the Roadmap", negated=True)
R(d, "Timor-Leste", ACCEDED, ACIA, None, "ASEAN Comprehensive Investment Agreement (ACIA) | accession expected by 2027 under the Roadmap", negated=True)
R(d, "Timor-Leste", NOTBOUND, RCEP, None, "Timor-Leste is not a party to RCEP either", negated=True,
  alt=["joining the mega-regional agreement is \"not a priority before 2030\""])
R(d, "Indonesia", RATIFIED, HAZE, "2014", "Indonesia, the last of the original members to come on board, ratified it in 2014")
# "twelve years after it was signed": no signatory named.
R(d, ["ASEAN Secretary-General", "Kao Kim Hourn", "Secretary-General of ASEAN"], "called-for", ACTIP, "2025-10-27",
  "ASEAN Secretary-General Kao Kim Hourn, speaking on Monday, urged Dili to ratify ACTIP \"as a matter of priority\"")
R(d, "Papua New Guinea", ACCEDED, TAC, "1989", "Papua New Guinea, an observer since 1976, acceded to the TAC in 1989")
# PNG's "no plans" to apply for membership, Anwar's remarks, the Australian and New Zealand welcomes, the Philippines' chairmanship,
# "the hundreds of economic agreements" (unnamed): nothing.

# ===================== 14 (Pacific Islands Forum Leaders communiqué, 52nd PIF Leaders Meeting, Rarotonga, 6-10 November 2023) =====================
d = "14.txt"
D = "2023-11-10"    # the communiqué's date, for calls
M = "2023-11"       # acts of the meeting (6-10 November), no day given
PIF = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "PIF Leaders", "Leaders", "PIF"]
IP2050 = ("2050 Strategy for the Blue Pacific Continent Implementation Plan", ["2050 Strategy Implementation Plan"])
STATE = ("2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
         ["Declaration on the Continuity of Statehood", "2023 Declaration on the Continuity of Statehood"])
MZ = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["2021 Declaration on Preserving Maritime Zones"])
R77 = ("resolution 77/276", ["UN General Assembly resolution 77/276", "General Assembly resolution 77/276"])
BBNJ = ("Agreement under UNCLOS on Biodiversity Beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "SPNFZ Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Protocols to the South Pacific Nuclear Free Zone Treaty", "Protocols 2 and 3"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
FAL = ("Australia-Tuvalu Falepili Union treaty", ["Falepili Union treaty", "Falepili Union"])
PLGED = ("Revitalised Pacific Leaders Gender Equality Declaration", ["Pacific Leaders Gender Equality Declaration"])
# Kiribati's withdrawal from and return to the Forum: membership of an organisation, nothing.
R(d, PIF, EA, IP2050, M, "Leaders endorsed the 2050 Strategy for the Blue Pacific Continent Implementation Plan")
R(d, PIF, EA, STATE, M,
  "Leaders endorsed the 2023 Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise")
R(d, PIF, EA, MZ, "2021", "their 2021 Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", required=False)
# Commending Vanuatu: its co-sponsorship is recorded; the commender gets nothing.
R(d, "Vanuatu", "co-sponsored", R77, None, "Vanuatu for leading the core group of States that drafted and co-sponsored UN General Assembly resolution 77/276")
R(d, GA, "adopted", R77, "2023-03-29", "adopted by consensus on 29 March 2023")
RL(d, ["Australia", "Fiji", "Palau", "Samoa"], "signed", BBNJ, "2023-09",
   "the signature of the Agreement under UNCLOS on Biodiversity Beyond National Jurisdiction (BBNJ Agreement) by Australia, Fiji, Palau and Samoa at the high-level treaty event in New York in September 2023")
R(d, PIF, "called-for", BBNJ, D, "encouraged all Forum Members to sign and ratify the Agreement as a priority")
# Fukushima: divergent views, nothing.
R(d, PIF, COMMITTED, RARO, M, "Leaders reaffirmed their commitment to the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga)")
RL(d, ["Marshall Islands", "Micronesia", "Palau"], NOTBOUND, RARO, None,
   "the Republic of the Marshall Islands, the Federated States of Micronesia and Palau are not Parties to the Treaty", negated=True)
RL(d, ["France", "United Kingdom"], RATIFIED, RAROP, None, "France and the United Kingdom have ratified all three Protocols to the Treaty of Rarotonga")
RL(d, ["China", "Russian Federation"], RATIFIED, RAROP, None, "and China and the Russian Federation Protocols 2 and 3")
R(d, "United States", "signed", RAROP, "1996", "the United States signed the Protocols in 1996 but has not ratified them")
R(d, "United States", NOTRATIFIED, RAROP, None, "the United States signed the Protocols in 1996 but has not ratified them", negated=True)
R(d, PIF, "called-for", RAROP, D, "Leaders called on the United States to ratify the Protocols to the Treaty of Rarotonga without further delay.")
# "reaffirmed the Boe Declaration ... as the foundation": backing of a declaration already theirs; optional.
R(d, PIF, EA, BOE, None, "Leaders reaffirmed the Boe Declaration on Regional Security as the foundation for the region's security architecture",
  required=False)
RL(d, ["Australia", "Tuvalu"], "signed", FAL, "2023-11-09",
   "the signing on 9 November 2023 of the Australia-Tuvalu Falepili Union treaty by the Prime Ministers of Australia and Tuvalu")
RL(d, ["Australia", "Tuvalu"], NOTRATIFIED, FAL, None, "neither Australia nor Tuvalu has yet ratified the Falepili Union treaty", negated=True)
# Entry into force after domestic procedures: nothing.
R(d, PIF, EA, PLGED, M, "Leaders endorsed the Revitalised Pacific Leaders Gender Equality Declaration")
R(d, PIF, COMMITTED, PLGED, M, "committed to report against it at their annual meetings", required=False)
# Tonga and Solomon Islands hosting, thanks to the Cook Islands: nothing.

# ===================== 15.html (Government of Canada news release page, Canada signs the AI Framework Convention, Paris, 11 February 2025) =====================
d = "15.html"
D = "2025-02-11"
PARIS = ("Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet", ["Paris AI Action Summit statement"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol to the Budapest Convention", "Second Additional Protocol"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108"])
OECD = ("OECD Recommendation of the Council on Artificial Intelligence", ["OECD AI Principles", "Recommendation of the Council on Artificial Intelligence"])
BLETCH = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
R78 = ("resolution 78/265", ["UN General Assembly resolution 78/265",
        "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development"])
R(d, "Canada", "signed", AI, D,
  "the Honourable François-Philippe Champagne, Minister of Innovation, Science and Industry, signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law on behalf of Canada")
RL(d, ["United Kingdom", "United States", "European Union"], "signed", AI, None,
   "Canada joins other signatories, including the United Kingdom, the United States and the European Union")
R(d, "Japan", "signed", AI, D, "Japan also signed the Convention today.")
# Signature "a first step"; ratification only after consultations: negated.
R(d, "Canada", NOTRATIFIED, AI, None, "Before Canada ratifies the Convention, the Government will consult provinces and territories", negated=True)
R(d, "Canada", ENDORSED, PARIS, D,
  "Minister Champagne also endorsed, for Canada, the Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet")
# The Minister speaks for Canada.
R(d, "Canada", "called-for", AI, D, "We will continue to encourage like-minded countries to sign the Convention")
R(d, COM, ADOPTED, AI, "2024-05-17", "The Framework Convention was adopted by the Council of Europe's Committee of Ministers on May 17, 2024")
# Opening for signature and Canada's part in the negotiation as an observer State: nothing.
R(d, "Canada", "signed", BUD, "2001-11", "Canada signed the Council of Europe Convention on Cybercrime (Budapest Convention) in November 2001")
R(d, "Canada", RATIFIED, BUD, "2015-07", "ratified it in July 2015")
R(d, "Canada", "signed", BUD2, None, "Canada has not yet signed the Second Additional Protocol to the Budapest Convention", negated=True,
  alt=["the Government is assessing it"])
R(d, "Canada", NOTBOUND, C108, None, "Canada is not a Party to the Council of Europe Convention 108 on data protection", negated=True,
  alt=["has no current plans to accede to it"])
R(d, "Canada", ENDORSED, OECD, "2019", "In 2019, Canada adhered to the OECD Recommendation of the Council on Artificial Intelligence.")
R(d, "Canada", ENDORSED, BLETCH, "2023-11", "In November 2023, Canada endorsed the Bletchley Declaration")
R(d, "Canada", "co-sponsored", R78, None, "Canada co-sponsored United Nations General Assembly resolution 78/265")
R(d, GA, "adopted", R78, "2024-03-21", "adopted without a vote on March 21, 2024")
# The Global Partnership on AI (an institution) and Bill C-27 (domestic): nothing.

# ===================== 16 (UK Parliament written answers on Council of Europe treaties, answered 3 and 4 December 2024) =====================
d = "16.txt"
D = "2024-12-03"
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
RESC = ("Revised European Social Charter", ["Revised Charter", "European Social Charter (revised)"])
ESC61 = ("European Social Charter", ["1961 European Social Charter"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Additional Protocol providing for a system of collective complaints", "collective complaints protocol"])
P12 = ("Protocol No. 12 to the European Convention on Human Rights", ["Protocol No. 12"])
P4 = ("Protocol No. 4 to the European Convention on Human Rights", ["Protocol No. 4"])
P7 = ("Protocol No. 7 to the European Convention on Human Rights", ["Protocol No. 7"])
P16 = ("Protocol No. 16 to the European Convention on Human Rights", ["Protocol No. 16"])
MEDI = ("Convention on the Counterfeiting of Medical Products and Similar Crimes involving Threats to Public Health", ["MEDICRIME Convention"])
MACO = ("Convention on the Manipulation of Sports Competitions", ["Macolin Convention"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol to the Convention on Cybercrime", "Second Additional Protocol"])
IST = ("Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence", ["Istanbul Convention"])
LANZ = ("Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse", ["Lanzarote Convention"])
ENV = ("Council of Europe Convention on the Protection of the Environment through Criminal Law",
       ["Convention on the Protection of the Environment through Criminal Law"])
# The Minister answers for the UK. "Party to over 100 Council of Europe treaties": no instrument named.
R(d, "United Kingdom", COMMITTED, ECHR, D, "The Government is fully committed to the European Convention on Human Rights.")
R(d, "United Kingdom", PARTY, ECHR, "1951", "The UK has been a Party to the Convention since 1951")
R(d, "United Kingdom", "signed", RESC, "1997-11-07", "The UK signed the Revised European Social Charter on 7 November 1997 but has not ratified it.")
R(d, "United Kingdom", NOTRATIFIED, RESC, None, "The UK signed the Revised European Social Charter on 7 November 1997 but has not ratified it.",
  negated=True, alt=["The Government has no current plans to ratify the Revised Charter"])
R(d, "United Kingdom", RATIFIED, ESC61, "1962", "The UK remains bound by the 1961 European Social Charter, which it ratified in 1962.")
R(d, "United Kingdom", ACCEPTED, CCP, None, "or to accept the Additional Protocol providing for a system of collective complaints", negated=True)
R(d, "United Kingdom", "signed", P12, None, "The UK has not signed Protocol No. 12 to the European Convention on Human Rights and has no plans to do so.",
  negated=True)
R(d, "United Kingdom", "signed", P4, "1963", "Protocol No. 4, which the UK signed in 1963, has not been ratified")
R(d, "United Kingdom", NOTRATIFIED, P4, None, "Protocol No. 4, which the UK signed in 1963, has not been ratified", negated=True)
# British nationality law: domestic.
R(d, "United Kingdom", "signed", P7, None, "The UK has neither signed nor ratified Protocol No. 7.", negated=True)
R(d, "United Kingdom", NOTRATIFIED, P7, None, "The UK has neither signed nor ratified Protocol No. 7.", negated=True)
R(d, "United Kingdom", "signed", P16, None, "The Government does not intend to sign Protocol No. 16 on advisory opinions.", negated=True)
Q3 = "Other Council of Europe treaties that the UK has signed but not yet ratified include"
for inst in (MEDI, MACO, BUD2):
    R(d, "United Kingdom", "signed", inst, None, Q3)
    R(d, "United Kingdom", NOTRATIFIED, inst, None, Q3, negated=True)
R(d, "United Kingdom", "signed", AI, "2024-09-05",
  "The UK signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law on 5 September 2024")
R(d, "United Kingdom", NOTRATIFIED, AI, None, "will ratify it once the necessary domestic measures are in place", negated=True)
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21",
  "The UK ratified the Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence (the Istanbul Convention) on 21 July 2022")
# Entry into force for the UK (1 November 2022): nothing.
R(d, "United Kingdom", RATIFIED, LANZ, "2018-06", "was ratified by the UK in June 2018")
R(d, "United Kingdom", "called-for", IST, D,
  "We continue to encourage all Council of Europe member States that have not yet done so to ratify the Istanbul Convention")
# Second answer (4 December 2024): negotiations concluded in the Committee of Experts (process); adoption awaited.
R(d, COM, "adopted", ENV, None, "the text now awaits adoption by the Committee of Ministers", negated=True, required=False)
R(d, "United Kingdom", "signed", ENV, None, "The Government will consider whether the UK should sign the Convention once the text has been finalised and adopted",
  negated=True)


gold.finish(MIN_CHARS, MAX_CHARS)
