#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (02, 09, 11) and three are saved HTML pages (03, 06,
12); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: advocacy and universalisation documents that are mostly about who has NOT yet acted: NGO scorecards and report
cards, treaty support units' universalisation reports, campaign letters, regional gap analyses, "still outside" lists,
shadow reports, parliamentary petitions and campaign press releases (arms, disarmament, human rights, environment, labour).
Conventions used throughout:
- "signed but not ratified" gives an affirmed `signed` record (dated where the text dates the signature) and a negated
  NOTRATIFIED record; "neither signed nor ratified/acceded" gives a negated `signed` and a negated not-bound record.
- "has yet to", "is expected to", "on track to", "close to", "moving towards", "considering", "studying", "pledged to
  join", "begun the process", "announced its intention", "remains outside", "not a party": negated, undated.
- Withdrawals, announced or threatened withdrawals and revoked or "unsigned" signatures are negated not-bound (or
  negated `signed`) records; a State wrongly listed as a party is a negated record, quoted where the text denies it.
- Votes in favour are `supported`; votes against and abstentions are negated `supported` that keep the vote's date.
- A call by the author organisation on others to sign, ratify or join is its `called-for`, dated by the document;
  the addressees of a call get no record.
- Depositaries, venues, entry into force, cabinet or parliamentary approval, bills and laws, implementation, reporting,
  funding and national action plans give no record; nor do unnamed groups ("nine signatories", "33 States")."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Republic of Korea", "Iran", "Viet Nam", "Lao PDR", "Philippines", "Thailand", "China", "Egypt", "Syria",
          "Somalia", "Sudan", "Türkiye", "State of Palestine", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Micronesia",
          "Marshall Islands", "Netherlands", "Germany", "Mexico", "Colombia", "Chile", "Saudi Arabia", "United Arab Emirates",
          "Bangladesh", "Gambia", "Côte d'Ivoire", "Cabo Verde", "Guinea", "Kenya", "Ghana", "Fiji", "Samoa", "Bolivia",
          "Venezuela", "Papua New Guinea", "Cambodia", "Burundi", "Eswatini", "Ecuador", "Costa Rica", "Paraguay",
          "Guatemala", "Central African Republic", "Republic of Moldova", "Uganda", "Rwanda", "Czechia",
          "United Republic of Tanzania", "Democratic Republic of the Congo", "Congo", "Bahamas", "Kiribati", "Tajikistan"),
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Myanmar": ["Myanmar", "Burma"],
    "Mongolia": ["Mongolia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Israel": ["Israel", "State of Israel"],
    "Tuvalu": ["Tuvalu"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Chad": ["Chad", "Republic of Chad"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "South Sudan": ["South Sudan", "Republic of South Sudan"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (NGO regional report card, ATT in Asia and the Pacific, 14 August 2024) =====================
d = "01.txt"
D = "2024-08-14"
ATT = ("Arms Trade Treaty", ["ATT", "resolution 67/234 B"])
# Grade lines: "Ratified <date>" / "Signed <date>" are the State's own acts. Reporting, the Senate's concurrence and the
# Cabinet's endorsement in principle (domestic), the Trust Fund's legislative reviews and CSP10 (venue): nothing.
R(d, "Japan", RATIFIED, ATT, "2014-05-09", "Japan - A. Ratified 9 May 2014.")
R(d, "Republic of Korea", RATIFIED, ATT, "2016-11-28", "Republic of Korea - B. Ratified 28 November 2016")
R(d, "China", ACCEDED, ATT, "2020-07-06", "China - B. Acceded 6 July 2020.",
  alt=["China is so far the only one of the abstainers to have joined."])
R(d, "Mongolia", "signed", ATT, "2013-09-24", "Mongolia - D. Signed 24 September 2013.")
# Reported as a party by databases, denied by the text: a negated record, quoted where the text denies it.
R(d, "Mongolia", NOTRATIFIED, ATT, None, "It is not: no instrument has ever been deposited.", negated=True,
  alt=["Two commercial compliance databases list Mongolia as a State Party."])
# "DPRK - F. No step of any kind.": no action named; its vote against is in the box below.
R(d, "Philippines", "signed", ATT, "2013-09-25", "Philippines - A. Signed 25 September 2013")
R(d, "Philippines", RATIFIED, ATT, "2022-03-24", "ratified on 24 March 2022")
R(d, "Thailand", "signed", ATT, "2014-09-25", "Thailand - C. Signed 25 September 2014.")
R(d, "Thailand", NOTRATIFIED, ATT, None, "officials say Thailand is \"on track\" to deposit its instrument in 2025", negated=True)
R(d, "Malaysia", "signed", ATT, "2013-09-26", "Malaysia - D. Signed 26 September 2013.")
# "Nothing since." under grade D: not ratified, but stated only through the grade key.
R(d, "Malaysia", NOTRATIFIED, ATT, None, "Nothing since.", negated=True, required=False)
R(d, "Singapore", "signed", ATT, "2014-12-05", "Singapore - D. Signed 5 December 2014")
R(d, "Singapore", NOTRATIFIED, ATT, None, "it is still \"studying the implications\" of ratification", negated=True)
R(d, "Indonesia", "signed", ATT, None, "Indonesia - F. Has neither signed nor acceded", negated=True)
R(d, "Indonesia", NOTBOUND, ATT, None, "Indonesia - F. Has neither signed nor acceded", negated=True,
  alt=["accession is \"not on the agenda\""])
RL(d, ["Viet Nam", "Lao PDR", "Myanmar"], "signed", ATT, None, "Viet Nam, Lao PDR and Myanmar - F. None of the three has signed.", negated=True)
R(d, "Bangladesh", "signed", ATT, "2013-09-25", "Bangladesh - D. Signed 25 September 2013.")
R(d, "Bangladesh", NOTRATIFIED, ATT, None, "the country was \"moving towards\" ratification", negated=True,
  alt=["no instrument has followed"])
R(d, "India", NOTBOUND, ATT, None, "Has ruled out joining the Treaty \"in its present form\".", negated=True)
R(d, "Pakistan", "signed", ATT, None, "Pakistan - F. Not a signatory", negated=True)
R(d, "Sri Lanka", "signed", ATT, None, "Sri Lanka - F. Has not signed.", negated=True)
R(d, "Australia", RATIFIED, ATT, "2014-06-03", "Australia - A. Ratified 3 June 2014")
R(d, "New Zealand", RATIFIED, ATT, "2014-09-02", "New Zealand - A. Ratified 2 September 2014.")
# The firearms summit's recommendation names no actor that acts on the Treaty.
R(d, "Papua New Guinea", "signed", ATT, None, "Papua New Guinea - F. Not a signatory", negated=True)
R(d, "Papua New Guinea", NOTBOUND, ATT, None, "a 2022 national firearms summit recommended accession, but no decision has been taken", negated=True)
R(d, GA, "adopted", ATT, "2013-04-02", "When the General Assembly adopted the Treaty on 2 April 2013 (resolution 67/234 B)")
RL(d, ["Australia", "Japan", "Pakistan", "Philippines", "Thailand"], "supported", ATT, "2013-04-02",
   "in favour: Australia, Japan, Pakistan, the Philippines and Thailand, among others;")
R(d, "Democratic People's Republic of Korea", "supported", ATT, "2013-04-02", "against: the DPRK;", negated=True)
RL(d, ["China", "India", "Indonesia", "Lao PDR", "Myanmar", "Sri Lanka"], "supported", ATT, "2013-04-02",
   "abstaining: China, India, Indonesia, Lao PDR, Myanmar and Sri Lanka.", negated=True)
R(d, ["Asia-Pacific Small Arms Action Network", "APSAN"], "called-for", ATT, D,
  "APSAN calls on the five signatories graded above", alt=["urges Indonesia and Viet Nam to accede"])

# ===================== 02.md (treaty support unit's universalization report, BWC, 4 November 2024) =====================
d = "02.md"
D = "2024-11-04"
BWC = ("Biological Weapons Convention", ["BWC", "BTWC", "Biological and Toxin Weapons Convention",
       "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction"])
RC9 = ["Ninth Review Conference", "Ninth Review Conference of the BWC", "Review Conference"]
R(d, RC9, "called-for", BWC, "2022",
  "The Ninth Review Conference in 2022 called upon all States that are not yet party to the Convention to ratify or accede to it without delay")
# "187 States Parties", "Four States", "six", "all ten States not party": unnamed counts. The depositaries: nothing.
R(d, "Micronesia", ACCEDED, BWC, "2024-07", "the Federated States of Micronesia deposited its instrument of accession in July 2024")
# The table: "Signatory (1972)" rows are signatures dated 1972; "Not signed" rows are negated signatures. The heading
# sentence "Four States have signed but not ratified ... six have neither signed nor acceded. They are listed below."
# makes each row also a negated binding record.
for s in ["Egypt", "Haiti", "Somalia", "Syria"]:
    R(d, s, "signed", BWC, "1972", "Signatory (1972)")
R(d, "Egypt", NOTRATIFIED, BWC, None, "Egypt links ratification to progress on a zone free of weapons of mass destruction in the Middle East.", negated=True,
  alt=["they are not in a position to ratify the Convention under present circumstances in the region"])
R(d, "Haiti", NOTRATIFIED, BWC, None, "Four States have signed but not ratified the Convention", negated=True, required=False)
# The bill before the Federal Parliament: domestic. "remains a priority": hedged, same negated tuple.
R(d, "Somalia", NOTRATIFIED, BWC, None, "Somalia has yet to ratify", negated=True,
  alt=["ratification \"remains a priority\""])
R(d, "Syria", NOTRATIFIED, BWC, None, "they are not in a position to ratify the Convention under present circumstances in the region", negated=True)
for s in ["Chad", "Comoros", "Djibouti", "Eritrea", "Kiribati"]:
    R(d, s, "signed", BWC, None, "Not signed", negated=True)
# The accession file under review by the Government's secretariat: domestic; the hedge is "considering".
R(d, "Chad", NOTBOUND, BWC, None, "Chad is considering accession but has not taken a decision.", negated=True)
# "Instrument of accession signed by the President" is a domestic signature of the instrument, not a signature of the Convention.
R(d, "Comoros", ACCEDED, BWC, None, "Comoros intends to deposit its instrument of accession", negated=True,
  alt=["Instrument of accession signed by the President; deposit expected early 2025.",
       "If Comoros and Kiribati complete their accessions as announced"])
R(d, "Djibouti", ACCEDED, BWC, None, "Has begun the process of accession with the assistance of the ISU.", negated=True,
  alt=["Djibouti announced its intention to accede"])
R(d, "Eritrea", NOTBOUND, BWC, None, "six have neither signed nor acceded", negated=True, required=False)
R(d, "Israel", "signed", BWC, None, "Not signed", negated=True,
  alt=["It has not signed the Convention and has said it will not consider doing so"])
R(d, "Israel", NOTBOUND, BWC, None, "six have neither signed nor acceded", negated=True, required=False)
# Cabinet approval of the accession: domestic.
R(d, "Kiribati", ACCEDED, BWC, None, "Kiribati is close to completing its accession.", negated=True,
  alt=["the instrument will be deposited in London"])
# Wrongly listed as not party by secondary sources: the text affirms that they are parties.
R(d, "Tuvalu", PARTY, BWC, None, "Tuvalu and South Sudan, listed as not party in some secondary sources, are States Parties.")
R(d, "South Sudan", ACCEDED, BWC, "2023-02", "South Sudan acceded in February 2023.")
R(d, "South Sudan", PARTY, BWC, None, "Tuvalu and South Sudan, listed as not party in some secondary sources, are States Parties.", required=False)
R(d, ["Chair of the Meeting of States Parties", "Chair of the BWC Meeting of States Parties", "Chair"], "called-for", BWC, "2024-06",
  "the Chair of the Meeting of States Parties wrote to the Ministers for Foreign Affairs of all ten States not party, urging them to join the Convention")
# The EU Council Decision (funding) and the UK and Canada supporting workshops: support for activities, not the Convention.

# ===================== 03.html (campaign press release web page, EWIPA Political Declaration, Oslo, 22 April 2024) =====================
d = "03.html"
D = "2024-04-22"
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["Political Declaration on explosive weapons", "EWIPA Declaration", "Political Declaration", "Declaration on explosive weapons in populated areas"])
R(d, ["Stop Bombing Towns", "Stop Bombing Towns campaign"], "called-for", EWIPA, D,
  "the Stop Bombing Towns campaign today called on every State that has not yet endorsed the Declaration to do so before the end of the conference")
R(d, ["Dublin Conference"], "adopted", EWIPA, "2022-11-18", "The Declaration was adopted at the Dublin Conference on 18 November 2022", required=False)
# "83 States endorsed it on the first day": the named ones follow; they are dated by that first day.
RL(d, ["United States", "United Kingdom", "France", "Germany", "Japan", "Türkiye"], ENDORSED, EWIPA, "2022-11-18",
   "Among them were the United States, the United Kingdom, France, Germany, Japan and Türkiye")
RL(d, ["Ireland", "Norway"], ENDORSED, EWIPA, "2022-11-18", "as well as Ireland and Norway, which led the consultations and will co-chair the follow-up")
# Leading the consultations and co-chairing the follow-up, hosting the Oslo conference: process and venue, nothing.
RL(d, ["Jordan", "North Macedonia", "Montenegro"], ENDORSED, EWIPA, None, "Jordan, North Macedonia and Montenegro have all endorsed the Declaration.")
RL(d, ["Russian Federation", "China", "India", "Saudi Arabia"], ENDORSED, EWIPA, None,
   "The Russian Federation, China, India, Israel and Saudi Arabia have not endorsed the Declaration.", negated=True)
# Israel's "did not endorse in Dublin" restates its negated tuple (first quote kept); attending the consultations: process.
R(d, "Israel", ENDORSED, EWIPA, None, "The Russian Federation, China, India, Israel and Saudi Arabia have not endorsed the Declaration.", negated=True,
  alt=["Israel took part in the early consultations in Geneva but did not endorse in Dublin"])
R(d, "Indonesia", ENDORSED, EWIPA, None, "it was \"seriously considering\" endorsement", negated=True)
R(d, "Nigeria", ENDORSED, EWIPA, None, "Nigeria is expected to endorse later this year", negated=True)
# Reported by media, denied by the campaign.
R(d, "Ukraine", ENDORSED, EWIPA, None, "It has not. Ukraine attended the Dublin Conference as an observer and has not announced any decision.", negated=True,
  alt=["Some media reported this morning that Ukraine had endorsed the Declaration."])
# The US civilian harm action plan: implementation. "Others have signed up": unnamed.
R(d, "UN Secretary-General", "called-for", EWIPA, D,
  "the UN Secretary-General urged all States \"to endorse the Declaration and put it into practice without delay\"")
R(d, ["International Committee of the Red Cross", "ICRC"], "called-for", EWIPA, D,
  "The International Committee of the Red Cross made a similar appeal.", required=False)

# ===================== 04 (campaign letter to a government, Australia and the TPNW, 7 July 2024) =====================
d = "04.txt"
D = "2024-07-07"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapons ban treaty", "nuclear ban treaty"])
TPNWRES = ("General Assembly resolution on the Treaty on the Prohibition of Nuclear Weapons",
           ["TPNW resolution", "resolution on the Treaty", "First Committee resolution on the TPNW"])
NPT = ("Nuclear Non-Proliferation Treaty", ["NPT", "Treaty on the Non-Proliferation of Nuclear Weapons"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
# No named actor adopts: "adopted at the United Nations".
R(d, ["United Nations conference", "United Nations", "UN negotiating conference"], "adopted", TPNW, "2017-07-07",
  "the Treaty on the Prohibition of Nuclear Weapons (TPNW) was adopted at the United Nations on 7 July 2017", required=False)
R(d, "Australia", "supported", TPNW, "2017-07-07", "Australia boycotted the negotiations in 2017 and so took no part in the vote on 7 July.", negated=True)
# Votes against (undated, several years) and the abstentions of October 2022 and 2023: one negated tuple, first quote kept.
R(d, "Australia", "supported", TPNWRES, None, "Australia voted against the annual General Assembly resolution on the Treaty", negated=True,
  alt=["the Government changed that vote to an abstention in the First Committee", "it abstained again in 2023"])
# A platform that "commits Australia to sign and ratify" is a promise to act later: negated signed and ratified.
R(d, "Australia", "signed", TPNW, None, "Your Government was elected on a platform that commits Australia to sign and ratify the Treaty.", negated=True,
  alt=["Yet Australia has not signed the TPNW", "the Government would \"continue to consider\" it",
       "A social media post widely shared in March claimed that Australia had quietly signed the Treaty. It has not"])
R(d, "Australia", NOTRATIFIED, TPNW, None, "Your Government was elected on a platform that commits Australia to sign and ratify the Treaty.", negated=True)
R(d, "Australia", COMMITTED, TPNW, None, "a platform that commits Australia to sign and ratify the Treaty", required=False)
# Observer delegations to the Meetings of States Parties: attendance, nothing. "We welcomed that shift": nothing.
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "New Zealand ratified on 31 July 2018.")
RL(d, ["Fiji", "Samoa", "Kiribati", "Palau", "Tuvalu", "Vanuatu", "Nauru", "Niue", "Cook Islands"], PARTY, TPNW, None,
   "Fiji, Samoa, Kiribati, Palau, Tuvalu, Vanuatu, Nauru, Niue and the Cook Islands are all States Parties")
RL(d, ["Thailand", "Malaysia", "Philippines"], PARTY, TPNW, None, "as are Thailand, Malaysia and the Philippines in South-East Asia")
# The opening for signature on 20 September 2017 dates Indonesia's signature because the text says it signed that day.
R(d, "Indonesia", "signed", TPNW, "2017-09-20", "Indonesia, which signed on 20 September 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "is moving towards ratification", negated=True)
RL(d, ["Papua New Guinea", "Japan"], NOTBOUND, TPNW, None, "Of our close neighbours only Papua New Guinea and Japan remain outside", negated=True)
R(d, "Australia", PARTY, NPT, None, "Australia is already a party to the Nuclear Non-Proliferation Treaty")
R(d, "Australia", PARTY, RARO, None, "and to the South Pacific Nuclear Free Zone Treaty (the Treaty of Rarotonga)")
R(d, "Australia", RATIFIED, CTBT, "1998", "ratified the Comprehensive Nuclear-Test-Ban Treaty in 1998")
# The alliance, JSCOT's inquiry and the 1995 Act: not treaty actions / domestic. The organisations "signatory" to the letter: nothing.
R(d, ["Australian Nuclear Ban Coalition"], "called-for", TPNW, D,
  "We urge the Government to: 1. sign the Treaty on the Prohibition of Nuclear Weapons before 31 December 2024;",
  alt=["to ask that the Government take the step it has promised and sign the Treaty before the end of this year"])

# ===================== 05 (regional NGO gap analysis, ECOWAS States and UN human rights treaties, 10 December 2021) =====================
d = "05.txt"
D = "2021-12-10"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT",
         "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ICPPED = ("Convention on Enforced Disappearance", ["ICPPED", "International Convention for the Protection of All Persons from Enforced Disappearance"])
ICRMW = ("Migrant Workers Convention", ["ICRMW",
         "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"])
OP2 = ("Second Optional Protocol to the ICCPR", ["Second Optional Protocol",
       "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty"])
R75183 = ("resolution 75/183", ["moratorium on the use of the death penalty", "General Assembly resolution 75/183"])
# "All fifteen ECOWAS Member States are parties to ...", "Nine ECOWAS States are parties", "Four ECOWAS States": unnamed.
R(d, "Niger", RATIFIED, OPCAT, "2014", "Niger, which ratified in 2014")
R(d, "Cabo Verde", ACCEDED, OPCAT, "2016", "Cabo Verde, which acceded in 2016")
QOP = "Signed but not ratified: Ghana (signed 2006) Guinea-Bissau (signed 2013) Sierra Leone (signed 2003)"
R(d, "Ghana", "signed", OPCAT, "2006", "Ghana (signed 2006)")
R(d, "Guinea-Bissau", "signed", OPCAT, "2013", "Guinea-Bissau (signed 2013)")
R(d, "Sierra Leone", "signed", OPCAT, "2003", "Sierra Leone (signed 2003)")
R(d, "Ghana", NOTRATIFIED, OPCAT, None, QOP, negated=True,
  alt=["Ghana has told two successive Universal Periodic Review cycles that ratification is \"at an advanced stage\"", "it has still not deposited"])
RL(d, ["Guinea-Bissau", "Sierra Leone"], NOTRATIFIED, OPCAT, None, QOP, negated=True)
RL(d, ["Côte d'Ivoire", "Guinea"], "signed", OPCAT, None, "Neither signed nor acceded: Côte d'Ivoire, Guinea.", negated=True)
R(d, "Côte d'Ivoire", NOTBOUND, OPCAT, None, "Neither signed nor acceded: Côte d'Ivoire, Guinea.", negated=True,
  alt=["Côte d'Ivoire announced at its 2019 review that it intends to accede."])
R(d, "Guinea", NOTBOUND, OPCAT, None, "Neither signed nor acceded: Côte d'Ivoire, Guinea.", negated=True,
  alt=["We found no sign of movement in Guinea."])
# National preventive mechanisms (Nigeria): implementation, nothing.
R(d, "Gambia", RATIFIED, ICPPED, "2018-09-28", "The Gambia ratified on 28 September 2018, during the treaty event in New York")
QCED = "Ghana, Guinea-Bissau and Sierra Leone have signed the Convention but have yet to ratify it."
RL(d, ["Ghana", "Guinea-Bissau", "Sierra Leone"], "signed", ICPPED, None, QCED)
RL(d, ["Ghana", "Guinea-Bissau", "Sierra Leone"], NOTRATIFIED, ICPPED, None, QCED, negated=True)
R(d, "Liberia", "signed", ICRMW, "2004", "Liberia (signed 2004)")
R(d, "Sierra Leone", "signed", ICRMW, "2000", "Sierra Leone (signed 2000)")
RL(d, ["Liberia", "Sierra Leone"], NOTRATIFIED, ICRMW, None, "Liberia (signed 2004) and Sierra Leone (signed 2000) have not ratified.", negated=True)
R(d, "Togo", "signed", ICRMW, "2001", "Togo, a signatory since 2001")
R(d, "Togo", NOTRATIFIED, ICRMW, None, "ratification was being \"finalised\"", negated=True)
QCI = "Côte d'Ivoire, the region's largest destination country, has neither signed nor acceded."
R(d, "Côte d'Ivoire", "signed", ICRMW, None, QCI, negated=True)
R(d, "Côte d'Ivoire", NOTBOUND, ICRMW, None, QCI, negated=True)
# Constitutional and Penal Code changes and Sierra Leone's parliamentary vote: domestic.
R(d, "Benin", ACCEDED, OP2, "2012-07-05", "Benin acceded on 5 July 2012")
R(d, "Burkina Faso", NOTBOUND, OP2, None, "but has not acceded to the Protocol", negated=True)
R(d, "Sierra Leone", ACCEDED, OP2, None, "the Government has said it will accede to the Protocol \"in due course\"", negated=True)
RL(d, ["Benin", "Guinea", "Sierra Leone"], "supported", R75183, "2020-12-16",
   "resolution 75/183 on a moratorium on the use of the death penalty was supported by Benin, Guinea and Sierra Leone")
R(d, "Nigeria", "supported", R75183, "2020-12-16", "Nigeria voted against.", negated=True)
# The ECOWAS Protocol on Free Movement "widely ratified": unnamed.
R(d, ["West Africa Treaty Watch"], "called-for", OPCAT, D, "West Africa Treaty Watch calls on Ghana, Guinea-Bissau and Sierra Leone to ratify OPCAT in 2022",
  alt=["urges Côte d'Ivoire and Guinea to accede"])
R(d, ["West Africa Treaty Watch"], "called-for", ICRMW, D,
  "We further urge Côte d'Ivoire, Liberia, Sierra Leone and Togo to complete ratification of, or accession to, the Migrant Workers Convention")

# ===================== 06.html (treaty support unit web page, Mine Ban Convention universalization, updated 15 July 2025) =====================
d = "06.html"
D = "2025-07-15"
APMBC = ("Anti-Personnel Mine Ban Convention", ["Mine Ban Convention", "Ottawa Convention", "APMBC",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
APRES = ("General Assembly resolution on the implementation of the Anti-Personnel Mine Ban Convention",
         ["annual resolution on the implementation of the Convention", "resolution on the implementation of the Convention"])
SRAAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap-Angkor Action Plan 2025-2029"])
# "164 States Parties", "Thirty-three States", "The other thirty-two": unnamed counts.
R(d, "Sri Lanka", ACCEDED, APMBC, "2017-12-13", "The most recent accessions were those of Sri Lanka, on 13 December 2017")
R(d, "State of Palestine", ACCEDED, APMBC, "2017-12-29", "and the State of Palestine, on 29 December 2017")
# Opening for signature in Ottawa the same day: the text dates the signature itself.
R(d, "Marshall Islands", "signed", APMBC, "1997-12-04", "it signed the Convention on 4 December 1997")
R(d, "Marshall Islands", NOTRATIFIED, APMBC, None, "and has not ratified it", negated=True,
  alt=["it is working towards ratification and has requested legal assistance"])
# Instruments of withdrawal deposited: negated not-bound records (no date on negated records); the depositary: nothing.
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, APMBC, None,
   "Estonia, Latvia and Lithuania deposited instruments of withdrawal with the Secretary-General on 27 June 2025", negated=True)
R(d, "Finland", NOTBOUND, APMBC, None, "Finland followed on 10 July 2025", negated=True)
# Until withdrawal takes effect the four are still parties, as the text says ("these four States").
RL(d, ["Estonia", "Latvia", "Lithuania", "Finland"], PARTY, APMBC, None,
   "until then these four States remain States Parties, bound by all of their obligations")
# Parliamentary approval: domestic; the withdrawal itself is only planned.
R(d, "Poland", NOTBOUND, APMBC, None, "Poland's parliament has approved withdrawal, but as of the date of this page no instrument has been deposited.", negated=True)
R(d, "Ukraine", NOTBOUND, APMBC, None, "Ukraine announced on 29 June 2025 that it would withdraw", negated=True)
R(d, "Mongolia", NOTBOUND, APMBC, None, "accession remains under consideration by the National Security Council", negated=True)
# Observer attendance: nothing.
R(d, "Lao PDR", NOTBOUND, APMBC, None, "states that it is not in a position to accede", negated=True)
# "aligns ... practice with the Convention": policy, not a commitment to the instrument ("does not commit").
R(d, "United States", NOTBOUND, APMBC, None, "but does not commit the United States to accede", negated=True)
R(d, GA, "adopted", APRES, "2024-12-02", "The General Assembly adopted its annual resolution on the implementation of the Convention on 2 December 2024.")
RL(d, ["Georgia", "Marshall Islands", "Micronesia", "Mongolia", "Tonga"], "supported", APRES, "2024-12-02",
   "Among States not party, Georgia, the Marshall Islands, Micronesia, Mongolia and Tonga voted in favour.")
RL(d, ["China", "Egypt", "India", "Israel", "Pakistan", "Russian Federation", "United States"], "supported", APRES, "2024-12-02",
   "China, Egypt, India, Israel, Pakistan, the Russian Federation and the United States were among those that abstained.", negated=True)
R(d, ["Fifth Review Conference", "Review Conference", "Fifth Review Conference of the Mine Ban Convention"], ADOPTED, SRAAP, "2024-11",
  "The Fifth Review Conference (Siem Reap, 25-29 November 2024) adopted the Siem Reap-Angkor Action Plan")
# "urging them to reconsider" (the withdrawing States) is not a call to sign, ratify or join.
R(d, ["President of the Twenty-Second Meeting of the States Parties", "President of the Meeting of the States Parties", "President"],
  "called-for", APMBC, "2025-03",
  "the President of the Twenty-Second Meeting of the States Parties wrote to all States not party urging them to accede to the Convention without delay")

# ===================== 07 (parliamentary e-petition page with the Government's response, ILO C189, response of 22 August 2023) =====================
d = "07.txt"
D = "2023-08-22"
C189 = ("ILO Domestic Workers Convention (C189)", ["C189", "Convention 189", "Domestic Workers Convention", "ILO Convention 189",
        "Convention on Decent Work for Domestic Workers", "International Labour Organization Convention 189 on Decent Work for Domestic Workers"])
P29 = ("2014 Protocol to the Forced Labour Convention", ["P29", "Protocol of 2014 to the Forced Labour Convention", "Forced Labour Protocol"])
C190 = ("ILO Convention 190 on Violence and Harassment", ["C190", "Violence and Harassment Convention", "Convention 190"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration"])
COET = ("Council of Europe Convention on Action against Trafficking in Human Beings", ["Anti-Trafficking Convention", "CETS No. 197"])
ILC = ["International Labour Conference", "ILC", "International Labour Organization"]
R(d, ILC, "adopted", C189, "2011-06-16", "the International Labour Conference adopted C189 on 16 June 2011")
R(d, "United Kingdom", "supported", C189, "2011-06-16", "The UK Government abstained when the International Labour Conference adopted C189 on 16 June 2011", negated=True)
# The petition's "never ratified" and the Government's "no plans" / "does not intend ... at this time" / "keep under review": one tuple.
R(d, "United Kingdom", NOTRATIFIED, C189, None, "it has never ratified it", negated=True,
  alt=["has no plans to ratify ILO Convention 189", "the Government does not intend to ratify the Convention at this time"])
R(d, "Uruguay", RATIFIED, C189, "2012-06-14", "Uruguay was the first country to ratify, on 14 June 2012")
R(d, "Philippines", RATIFIED, C189, "2012-09", "the Philippines followed in September 2012")
R(d, "Ireland", RATIFIED, C189, "2014", "Ireland ratified in 2014.")
# "36 countries": unnamed; the named ones follow (Ireland's tuple already has its first quote).
RL(d, ["Germany", "Italy", "Belgium", "Finland", "Portugal"], RATIFIED, C189, None,
   "Today 36 countries have ratified C189, including Ireland, Germany, Italy, Belgium, Finland and Portugal.")
# A petition by an individual; its date is not given.
R(d, ["Maria Santos"], "called-for", C189, None,
  "Ratify International Labour Organization Convention 189 on Decent Work for Domestic Workers", required=False)
# "committed to protecting domestic workers": not an instrument.
R(d, "United Kingdom", RATIFIED, P29, "2016-01",
  "We were among the first countries to ratify the 2014 Protocol to the Forced Labour Convention, doing so in January 2016")
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "on 7 March 2022 the UK ratified ILO Convention 190 on Violence and Harassment")
R(d, "United Kingdom", "supported", C190, "2019-06", "having voted for its adoption at the International Labour Conference in June 2019")
R(d, "United Kingdom", "supported", CENT, "2019-06", "At the same Conference the UK voted in favour of the ILO Centenary Declaration for the Future of Work.")
R(d, "United Kingdom", PARTY, COET, None, "The UK is also a party to the Council of Europe Convention on Action against Trafficking in Human Beings.")
# "ILO Conventions are not signed", registration with the Director-General (depositary), the 1998 Regulations, the 1974 Act,
# the Modern Slavery Act 2015 and the visa route: procedure and domestic law, nothing.

# ===================== 08 (joint stakeholder submission to the UPR, Malaysia, 13 July 2023) =====================
d = "08.txt"
D = "2023-07-13"
CRC = ("Convention on the Rights of the Child", ["CRC"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPAC = ("Optional Protocol to the CRC on the involvement of children in armed conflict",
        ["OPAC", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"])
OPSC = ("Optional Protocol to the CRC on the sale of children, child prostitution and child pornography",
        ["OPSC", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography"])
ICCPR = ("ICCPR", ["International Covenant on Civil and Political Rights"])
ICESCR = ("ICESCR", ["International Covenant on Economic, Social and Cultural Rights"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ICERD = ("ICERD", ["International Convention on the Elimination of All Forms of Racial Discrimination"])
ICRMW = ("Migrant Workers Convention", ["ICRMW", "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"])
ICPPED = ("Convention on Enforced Disappearance", ["ICPPED", "International Convention for the Protection of All Persons from Enforced Disappearance"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
RC51 = ("1951 Convention relating to the Status of Refugees", ["1951 Refugee Convention", "Refugee Convention"])
RP67 = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol", "Protocol relating to the Status of Refugees"])
R77222 = ("resolution 77/222", ["General Assembly resolution 77/222", "moratorium on the use of the death penalty"])
OP2 = ("Second Optional Protocol to the ICCPR", ["Second Optional Protocol",
       "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty"])
AHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
P29 = ("Protocol of 2014 to the Forced Labour Convention", ["P29", "Forced Labour Protocol", "2014 Protocol to the Forced Labour Convention"])
C87 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["C87", "ILO Convention No. 87", "Convention No. 87"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["C105", "Convention No. 105"])
COAL = ["Coalition of Malaysian civil society organisations", "coalition", "the coalition"]
Q95 = "It acceded to the Convention on the Rights of the Child (CRC) and to the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) in 1995"
R(d, "Malaysia", ACCEDED, CRC, "1995", Q95)
R(d, "Malaysia", ACCEDED, CEDAW, "1995", Q95)
R(d, "Malaysia", RATIFIED, CRPD, "2010", "ratified the Convention on the Rights of Persons with Disabilities (CRPD) in 2010")
# "two years after signing it": the signature year is resolvable from the text (2010 - 2).
R(d, "Malaysia", "signed", CRPD, "2008", "two years after signing it")
Q12 = ("In 2012 it acceded to the Optional Protocol to the CRC on the involvement of children in armed conflict and the Optional Protocol "
       "to the CRC on the sale of children, child prostitution and child pornography")
R(d, "Malaysia", ACCEDED, OPAC, "2012", Q12)
R(d, "Malaysia", ACCEDED, OPSC, "2012", Q12)
Q3 = ("Malaysia has not ratified the ICCPR, the ICESCR, the Convention against Torture (CAT), the ICERD, the Migrant Workers Convention "
      "or the Convention on Enforced Disappearance.")
for inst in [ICCPR, ICESCR, CAT, ICRMW, ICPPED]:
    R(d, "Malaysia", NOTRATIFIED, inst, None, Q3, negated=True)
# The 2018 announcement to ratify ICERD, then its reversal: planned, then refused; one negated tuple.
R(d, "Malaysia", NOTRATIFIED, ICERD, None, Q3, negated=True,
  alt=["the Government announced that it would ratify the ICERD in the first quarter of 2019",
       "announced that Malaysia would not ratify the ICERD after all"])
# "would ratify the remaining core instruments" and the HRC pledge to "continue to consider" name no instrument: nothing.
R(d, "Malaysia", ACCEDED, ROME, "2019-03-04", "Malaysia deposited its instrument of accession on 4 March 2019")
R(d, "Malaysia", PARTY, ROME, None, "Malaysia is therefore not a State Party to the Rome Statute", negated=True,
  alt=["then withdrew it on 5 April 2019, before the Statute could enter into force for Malaysia",
       "although some official websites still describe it as one"])
Q6 = "Malaysia is not a party to the 1951 Convention relating to the Status of Refugees or to its 1967 Protocol"
R(d, "Malaysia", NOTBOUND, RC51, None, Q6, negated=True, alt=["has given no indication that it intends to accede to either"])
R(d, "Malaysia", NOTBOUND, RP67, None, Q6, negated=True)
R(d, "Malaysia", "supported", R77222, "2022-12-15",
  "Malaysia voted in favour of General Assembly resolution 77/222 on a moratorium on the use of the death penalty on 15 December 2022")
# Parliament abolishing the mandatory death penalty: domestic.
R(d, "Malaysia", NOTBOUND, OP2, None, "Malaysia has not, however, acceded to the Second Optional Protocol to the ICCPR.", negated=True)
R(d, "Malaysia", SIGNED_DECL, AHRD, "2012-11-18", "Malaysia signed the ASEAN Human Rights Declaration in Phnom Penh on 18 November 2012")
R(d, "Malaysia", RATIFIED, P29, "2022-03", "Malaysia ratified the Protocol of 2014 to the Forced Labour Convention in March 2022")
R(d, "Malaysia", NOTRATIFIED, C87, None,
  "It has not ratified the Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", negated=True)
# A denunciation is a withdrawal: negated, undated.
R(d, "Malaysia", NOTBOUND, C105, None, "it denounced the Abolition of Forced Labour Convention, 1957 (No. 105) in 1990 and has not rejoined it", negated=True)
# The 2022 Act and the National Action Plan: domestic / implementation.
R(d, COAL, "called-for", CAT, D, "ratify the Convention against Torture and the ICERD before its fifth review")
R(d, COAL, "called-for", ICERD, D, "ratify the Convention against Torture and the ICERD before its fifth review")
R(d, COAL, "called-for", ROME, D, "accede to the Rome Statute of the International Criminal Court and this time complete the process")
R(d, COAL, "called-for", RC51, D, "accede to the 1951 Refugee Convention and its 1967 Protocol")
R(d, COAL, "called-for", RP67, D, "accede to the 1951 Refugee Convention and its 1967 Protocol")
R(d, COAL, "called-for", C87, D, "ratify ILO Convention No. 87.")

# ===================== 09.md (campaign newsletter "still outside" list, CTBT Annex 2 holdouts, 24 September 2024) =====================
d = "09.md"
D = "2024-09-24"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "test ban treaty", "nuclear test ban"])
# Opening for signature (24 September 1996) and Article XIV entry into force: nothing. "187 States have signed and 178 have
# ratified", "Nine of them", "the 36 other Annex 2 States": unnamed counts.
R(d, GA, "adopted", CTBT, "1996-09-10", "The CTBT was adopted by the UN General Assembly on 10 September 1996 by 158 votes to 3.")
RL(d, ["India", "Bhutan", "Libya"], "supported", CTBT, "1996-09-10", "India, Bhutan and Libya voted against", negated=True)
RL(d, ["Cuba", "Lebanon", "Mauritius", "Syria", "United Republic of Tanzania"], "supported", CTBT, "1996-09-10",
   "Cuba, Lebanon, Mauritius, Syria and Tanzania abstained.", negated=True)
# The table: the "Signed" column dates each signature; the "Where it stands" column states the negated ratification.
R(d, "China", "signed", CTBT, "1996-09-24", "24 September 1996")
R(d, "China", NOTRATIFIED, CTBT, None, "Says it will ratify \"in due course\"; no bill before the National People's Congress.", negated=True)
R(d, "Egypt", "signed", CTBT, "1996-10-14", "14 October 1996")
R(d, "Egypt", NOTRATIFIED, CTBT, None, "Links ratification to Israel joining the NPT.", negated=True)
R(d, "Iran", "signed", CTBT, "1996-09-24", "24 September 1996")
R(d, "Iran", NOTRATIFIED, CTBT, None, "Has no plans to ratify while sanctions remain.", negated=True)
R(d, "Israel", "signed", CTBT, "1996-09-25", "25 September 1996")
R(d, "Israel", NOTRATIFIED, CTBT, None, "ratification \"depends on the regional security situation\"", negated=True)
# "Supports the Treaty in principle": backing without a vote or pledge; an annotator may or may not record it.
R(d, "Israel", "supported", CTBT, None, "Supports the Treaty in principle", required=False)
R(d, "United States", "signed", CTBT, "1996-09-24", "24 September 1996")
# The Senate's rejection is a domestic step; it and the administration's unasked vote state the same negated tuple.
R(d, "United States", NOTRATIFIED, CTBT, None, "Administration backs ratification but has not asked the Senate to vote.", negated=True,
  alt=["The Senate rejected ratification on 13 October 1999, and no administration has resubmitted the Treaty since."])
# The testing moratorium: policy, nothing.
R(d, "India", "signed", CTBT, None, "Will not sign a treaty it regards as discriminatory.", negated=True)
R(d, "Pakistan", "signed", CTBT, None, "Would sign if India does.", negated=True, alt=["it has said it would sign if India signs"])
R(d, "Democratic People's Republic of Korea", "signed", CTBT, None, "Has not signed; six nuclear tests between 2006 and 2017.", negated=True)
R(d, "Russian Federation", "signed", CTBT, "1996-09-24", "Russia says it remains a signatory and will not test unless Washington does.")
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06-30", "Ratified on 30 June 2000")
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "ratification revoked in November 2023", negated=True,
  alt=["Moscow revoked its ratification in November 2023",
       "Some databases still count Russia among the ratifying States; it no longer belongs there."])
RL(d, ["United Kingdom", "France"], RATIFIED, CTBT, "1998-04-06", "the United Kingdom and France ratified on the same day, 6 April 1998")
R(d, ["Robert Floyd", "CTBTO Executive Secretary", "CTBTO"], "called-for", CTBT, D,
  "CTBTO Executive Secretary Robert Floyd urged the remaining Annex 2 States \"to sign and ratify the Treaty without further delay\"")
R(d, ["Test Ban Now"], "called-for", CTBT, D,
  "Test Ban Now calls on the United States and China, the two signatories with the most influence on the rest of the list, to ratify the CTBT")

# ===================== 10 (campaign press release, ILO C190 fifth anniversary, Geneva, 21 June 2024) =====================
d = "10.txt"
D = "2024-06-21"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190", "ILO Convention 190",
        "Violence and Harassment Convention", "Convention against Violence and Harassment at Work"])
R206 = ("Recommendation No. 206", ["Violence and Harassment Recommendation, 2019 (No. 206)", "R206"])
ILC = ["International Labour Conference", "ILC", "International Labour Organization"]
# "Five years ago today" against the dateline 21 June 2024.
R(d, ILC, "adopted", C190, "2019-06-21",
  "Five years ago today, the International Labour Conference adopted the Violence and Harassment Convention, 2019 (No. 190)")
R(d, ILC, "adopted", R206, "2019-06-21", "together with Recommendation No. 206, by 439 votes to 7, with 30 abstentions", required=False)
RL(d, ["United States", "Japan", "China"], "supported", C190, "2019-06-21",
   "Among the governments that voted for the Convention that day were those of the United States, Japan and China.")
RL(d, ["United States", "China"], NOTRATIFIED, C190, None, "None of the three has since ratified it.", negated=True,
   alt=["Workers in the United States, Japan, India and China"])
R(d, "Japan", NOTRATIFIED, C190, None, "None of the three has since ratified it.", negated=True,
  alt=["it is \"studying\" ratification"])
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay became the first country to ratify, on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06", "Fiji followed two weeks later")
RL(d, ["Argentina", "Ecuador", "Greece", "Italy", "Mauritius", "Somalia", "South Africa"], RATIFIED, C190, "2021",
   "They were followed in 2021 by Argentina, Ecuador, Greece, Italy, Mauritius, Somalia and South Africa.")
RL(d, ["United Kingdom", "Spain"], RATIFIED, C190, "2022", "The United Kingdom and Spain ratified in 2022")
RL(d, ["Canada", "France", "Germany", "Australia"], RATIFIED, C190, "2023", "Canada, France, Germany and Australia in 2023")
R(d, "Ireland", RATIFIED, C190, "2024-01", "and Ireland in January 2024")
# "Most of the G20", "more than 40 ratifications", "several, including some of the largest": unnamed.
R(d, "India", NOTRATIFIED, C190, None, "India has no plans to ratify", negated=True)
# Sending the Convention to Congress: domestic; the announced intention is the negated record.
R(d, "Brazil", NOTRATIFIED, C190, None, "Brazil announced its intention to ratify in March 2023", negated=True)
# Pledged, then wrongly reported as done, then denied.
R(d, "Kenya", NOTRATIFIED, C190, None, "Kenya pledged at last year's International Labour Conference to ratify by 2025.", negated=True,
  alt=["Several news reports last week wrongly stated that Kenya had already ratified; it has not deposited an instrument with the ILO."])
R(d, "Kenya", COMMITTED, C190, None, "Kenya pledged at last year's International Labour Conference to ratify by 2025.", required=False)
# The Council of the EU authorising Member States to ratify: an internal authorisation, not a treaty action. New codes of
# practice and labour law amendments: domestic. Entry into force and the depositary: nothing.
R(d, ["Ratify C190 Campaign"], "called-for", C190, D,
  "The Ratify C190 Campaign calls on every government that has not yet done so to ratify Convention No. 190 before its tenth anniversary")
R(d, ["ILO Director-General", "Gilbert Houngbo", "ILO"], "called-for", C190, D,
  "ILO Director-General Gilbert Houngbo, in a message marking the anniversary, also urged all member States \"to ratify and effectively implement\" the Convention.")

# ===================== 11.md (independent climate newsletter scorecard, pledges and the Paris Agreement, 28 November 2023) =====================
d = "11.md"
D = "2023-11-28"
PARIS = ("Paris Agreement", ["Paris climate agreement"])
GMP = ("Global Methane Pledge", ["Methane Pledge"])
GLD = ("Glasgow Leaders' Declaration on Forests and Land Use", ["Glasgow forests declaration", "Glasgow Leaders' Declaration", "Glasgow Declaration on Forests"])
# The table: one record per cell; "Party" is a party record, "Joined"/"Endorsed" an endorsement of the pledge or
# declaration, "Not joined"/"Not endorsed" a negated one. Undated unless the notes date the act.
RL(d, ["China", "India", "Russian Federation", "Brazil", "Indonesia", "Australia"], PARTY, PARIS, None, "Party")
R(d, "United States", JOINED, PARIS, "2021-02-19", "rejoined on 19 February 2021", alt=["Party (rejoined 2021)"])
R(d, "United States", NOTBOUND, PARIS, None, "The United States left the Agreement on 4 November 2020", negated=True,
  alt=["Several Republican presidential candidates have promised to take it out again"])
R(d, "Iran", "signed", PARIS, "2016-04-22", "Iran signed the Agreement on 22 April 2016 but has not ratified it")
R(d, "Iran", NOTRATIFIED, PARIS, None, "Iran signed the Agreement on 22 April 2016 but has not ratified it", negated=True,
  alt=["Signed, not ratified"])
# The Majlis never voting on it: domestic.
R(d, "Libya", "signed", PARIS, "2016", "Libya, also a 2016 signatory")
R(d, "Libya", NOTRATIFIED, PARIS, None, "has not ratified either", negated=True)
# "earlier this year" against the issue date 28 November 2023; "long listed as a holdout" is the trap.
R(d, "Eritrea", RATIFIED, PARIS, "2023", "Eritrea, long listed as a holdout, ratified earlier this year.")
RL(d, ["United States", "European Union"], ENDORSED, GMP, "2021-11-02",
   "The Global Methane Pledge was launched by the United States and the European Union at COP26 on 2 November 2021",
   alt=["Founding participant"])
R(d, "Australia", ENDORSED, GMP, "2022-10", "Australia joined in October 2022", alt=["Joined (October 2022)"])
RL(d, ["Brazil", "Indonesia"], ENDORSED, GMP, None, "Joined")
# China's national methane action plan: domestic.
R(d, "China", ENDORSED, GMP, None, "China has not joined", negated=True, alt=["Not joined"])
R(d, "India", ENDORSED, GMP, None, "India has said it will not join", negated=True, alt=["Not joined"])
RL(d, ["Russian Federation", "Iran"], ENDORSED, GMP, None, "Russia and Iran have not joined.", negated=True, alt=["Not joined"])
# "more than 150 participants", "more than 140 leaders": unnamed.
R(d, "Indonesia", ENDORSED, GLD, "2021-11-02", "Indonesia endorsed it that day",
  alt=["but Jakarta never withdrew its endorsement"])
RL(d, ["United States", "China", "Russian Federation", "Brazil", "Australia"], ENDORSED, GLD, None, "Endorsed")
R(d, "India", ENDORSED, GLD, None, "India declined to endorse the Declaration", negated=True, alt=["Not endorsed"])
R(d, "Iran", ENDORSED, GLD, None, "Not endorsed", negated=True)
# The renewables pledge does not yet exist ("if and when it exists"), its signers are unnamed; the stocktake decision: nothing.
R(d, ["Carbon Ledger"], "called-for", PARIS, D, "Carbon Ledger calls on Iran and Libya to ratify the Paris Agreement")
R(d, ["Carbon Ledger"], "called-for", GMP, D, "on China and India to join the Global Methane Pledge, before COP29")

# ===================== 12.html (abolitionist coalition web article, Second Optional Protocol, World Day, 10 October 2022) =====================
d = "12.html"
D = "2022-10-10"
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
R75183 = ("resolution 75/183", ["moratorium resolution", "moratorium on the use of the death penalty", "General Assembly resolution 75/183"])
P6 = ("Protocol No. 6 to the European Convention on Human Rights", ["Protocol No. 6", "Protocol No. 6 to the ECHR"])
R(d, GA, "adopted", OP2, "1989-12-15", "The Protocol was adopted by the UN General Assembly on 15 December 1989.")
# "Ninety States are now parties": unnamed.
R(d, "Kazakhstan", "signed", OP2, "2021-03-23", "Kazakhstan signed the Protocol on 23 March 2021")
R(d, "Kazakhstan", RATIFIED, OP2, "2022-03-24", "ratified it on 24 March 2022")
R(d, "Côte d'Ivoire", ACCEDED, OP2, "2022-03", "Côte d'Ivoire acceded in March 2022.")
R(d, "Armenia", RATIFIED, OP2, "2021-10", "Armenia ratified in October 2021")
# "fifteen years after signing": 2021 - 15.
R(d, "Armenia", "signed", OP2, "2006", "fifteen years after signing")
R(d, "Angola", RATIFIED, OP2, "2019-10-02", "Angola ratified on 2 October 2019")
R(d, "State of Palestine", ACCEDED, OP2, "2019", "the State of Palestine acceded the same year")
# Abolition in law (and repeal in May / January 2022) is domestic; not joining the Protocol is the negated record.
QAB = ("The following States have abolished the death penalty for all crimes but have yet to accede to the Protocol: Sierra Leone, "
       "Papua New Guinea, the Central African Republic, Chad, Burkina Faso and Guinea.")
RL(d, ["Sierra Leone", "Chad", "Burkina Faso", "Guinea"], NOTBOUND, OP2, None, QAB, negated=True)
R(d, "Central African Republic", NOTBOUND, OP2, None, QAB, negated=True, alt=["has announced that it will accede"])
R(d, "Papua New Guinea", NOTBOUND, OP2, None, QAB, negated=True, alt=["its Government has given no sign that it plans to join"])
# The 2006 abolition dates a domestic act, not the Philippines' accession; the 2017 House bills: domestic.
R(d, "Philippines", PARTY, OP2, None, "The Philippines abolished the death penalty in 2006 and is a party to the Protocol.")
RL(d, ["Republic of Korea", "Lebanon", "Djibouti"], "supported", R75183, "2020-12-16",
   "the Republic of Korea, Lebanon and Djibouti voted in favour for the first time")
RL(d, ["China", "Egypt", "India", "Iran", "Japan", "Saudi Arabia", "Singapore", "United States"], "supported", R75183, "2020-12-16",
   "China, Egypt, India, Iran, Japan, Saudi Arabia, Singapore and the United States were among those voting against.", negated=True)
QUS = "The United States has neither signed nor ratified the Second Optional Protocol."
R(d, "United States", "signed", OP2, None, QUS, negated=True)
R(d, "United States", NOTRATIFIED, OP2, None, QUS, negated=True)
R(d, "Russian Federation", "signed", P6, "1997-04-16",
  "the Russian Federation signed Protocol No. 6 to the European Convention on Human Rights on 16 April 1997")
R(d, "Russian Federation", NOTRATIFIED, P6, None, "but never ratified it", negated=True, alt=["it can no longer do so"])
# The expulsion from the Council of Europe concerns an organisation, not the Protocol.
R(d, ["Abolition Now Coalition"], "called-for", OP2, D,
  "The Abolition Now Coalition calls on every State that has abolished the death penalty in law to accede to the Second Optional Protocol")

# ===================== 13 (parliamentary petition with ministerial response, ILO C169 and UNDRIP, response of 14 May 2024) =====================
d = "13.txt"
D = "2024-05-14"
C169 = ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ["ILO Convention 169", "Convention 169", "C169", "Indigenous and Tribal Peoples Convention"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
NAGOYA = ("Nagoya Protocol on Access to Genetic Resources", ["Nagoya Protocol",
          "Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD"])
Q24 = ("It has been ratified by 24 countries, including Norway, which was the first in 1990, Denmark, the Netherlands, Spain, "
       "Luxembourg and, in June 2021, Germany.")
R(d, "Norway", RATIFIED, C169, "1990", "including Norway, which was the first in 1990")
RL(d, ["Denmark", "Netherlands", "Spain", "Luxembourg"], RATIFIED, C169, None, Q24)
R(d, "Germany", RATIFIED, C169, "2021-06", "in June 2021, Germany")
RL(d, ["Mexico", "Bolivia", "Brazil", "Chile"], RATIFIED, C169, None, "Most ratifications come from Latin America, including Mexico, Bolivia, Brazil and Chile.")
RL(d, ["Fiji", "Nepal"], RATIFIED, C169, None, "In our region, only Fiji and Nepal have ratified.")
R(d, "Australia", NOTRATIFIED, C169, None, "Australia has never ratified Convention 169", negated=True,
  alt=["The Government is not currently considering ratification of Convention 169."])
R(d, "New Zealand", NOTRATIFIED, C169, None, "and neither has New Zealand", negated=True)
R(d, GA, "adopted", UNDRIP, "2007-09-13",
  "When the United Nations General Assembly adopted the Declaration on the Rights of Indigenous Peoples on 13 September 2007")
RL(d, ["Australia", "Canada", "New Zealand", "United States"], "supported", UNDRIP, "2007-09-13",
   "Australia voted against it, together with Canada, New Zealand and the United States", negated=True)
R(d, "Australia", ENDORSED, UNDRIP, "2009-04-03", "Australia endorsed the Declaration on 3 April 2009.")
RL(d, ["New Zealand", "Canada", "United States"], ENDORSED, UNDRIP, "2010", "New Zealand, Canada and the United States all followed in 2010.")
R(d, "Australia", "signed", NAGOYA, "2012-01-20", "Australia also signed the Nagoya Protocol on Access to Genetic Resources on 20 January 2012")
R(d, "Australia", NOTRATIFIED, NAGOYA, None, "but has not ratified it", negated=True,
  alt=["the Government is consulting on the domestic measures that would be required before ratification could be considered"])
# The petitioners' request to the House (principal petitioner an organisation); the petition's own date is not given.
R(d, ["First Nations Workers Alliance", "petitioners"], "called-for", C169, None,
  "We therefore ask the House to call on the Government to ratify ILO Convention 169 without further delay", required=False)
# Reference to JSCOT, the Closing the Gap agreement, the Racial Discrimination Act 1975, consultation with the States: domestic.
R(d, "Australia", COMMITTED, UNDRIP, D, "The Government remains committed to the United Nations Declaration on the Rights of Indigenous Peoples")
R(d, "Australia", PARTY, ICERD, None, "Australia is also a party to the International Convention on the Elimination of All Forms of Racial Discrimination")

# ===================== 14 (coalition open letter to a Senate committee, CEDAW and the US treaty record, 8 March 2024) =====================
d = "14.txt"
D = "2024-03-08"
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ICERD = ("Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "International Convention on the Elimination of All Forms of Racial Discrimination"])
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on children in armed conflict",
        ["OPAC", "Optional Protocol on the involvement of children in armed conflict"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children", ["OPSC", "Optional Protocol on the sale of children"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
BDP = ("Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women",
       ["Convention of Belém do Pará", "Belém do Pará Convention"])
R(d, GA, "adopted", CEDAW, "1979-12-18", "The General Assembly adopted CEDAW on December 18, 1979")
R(d, "United States", "supported", CEDAW, "1979-12-18", "the United States voted in favor")
R(d, "United States", "signed", CEDAW, "1980-07-17", "President Carter signed the Convention on July 17, 1980")
# The Committee's favourable reports (1994, 2002) and the Senate never voting: domestic steps. "has said it supports
# ratification" is backing for a future act, not a vote: it joins the negated ratification.
R(d, "United States", NOTRATIFIED, CEDAW, None, "the United States has never ratified it", negated=True,
  alt=["The current Administration has said it supports ratification, yet it has not asked the Committee to schedule a hearing."])
Q6 = "Only six UN Member States are not party to CEDAW: the United States, Iran, Palau, Somalia, Sudan and Tonga."
R(d, "Iran", NOTBOUND, CEDAW, None, Q6, negated=True)
R(d, "Tonga", NOTBOUND, CEDAW, None, Q6, negated=True,
  alt=["Tonga announced in 2015 that it would ratify, then abandoned the plan after protests."])
# The Cabinet's approval of accession: domestic; it was never deposited.
R(d, "Sudan", NOTBOUND, CEDAW, None, Q6, negated=True,
  alt=["Sudan's transitional Cabinet approved accession in April 2021, but no instrument was ever deposited."])
R(d, "Somalia", NOTBOUND, CEDAW, None, Q6, negated=True, alt=["it is \"considering\" accession"])
# "only the United States and Palau have signed": the other four have not (stated only through "only").
RL(d, ["Iran", "Somalia", "Sudan", "Tonga"], "signed", CEDAW, None, "Of these, only the United States and Palau have signed", negated=True, required=False)
R(d, "Palau", "signed", CEDAW, "2011-09-20", "Palau signed on September 20, 2011")
R(d, "Palau", NOTRATIFIED, CEDAW, None, "and has not ratified", negated=True, alt=[Q6])
R(d, "United States", RATIFIED, ICCPR, "1992", "the International Covenant on Civil and Political Rights in 1992")
Q94 = "the Convention against Torture and the Convention on the Elimination of All Forms of Racial Discrimination in 1994"
R(d, "United States", RATIFIED, CAT, "1994", Q94)
R(d, "United States", RATIFIED, ICERD, "1994", Q94)
Q02 = "both Optional Protocols to the Convention on the Rights of the Child, on children in armed conflict and on the sale of children, in 2002"
R(d, "United States", RATIFIED, OPAC, "2002", Q02)
R(d, "United States", RATIFIED, OPSC, "2002", Q02)
R(d, "United States", "signed", ICESCR, "1977", "the International Covenant on Economic, Social and Cultural Rights (signed in 1977)")
R(d, "United States", "signed", CRC, "1995", "the Convention on the Rights of the Child (1995)")
R(d, "United States", "signed", CRPD, "2009", "the Convention on the Rights of Persons with Disabilities (2009)")
for inst in [ICESCR, CRC, CRPD]:
    R(d, "United States", NOTRATIFIED, inst, None, "But the list of treaties it has signed and not ratified is long", negated=True,
      alt=["all await the Senate"])
R(d, "United States", "signed", BDP, None,
  "the United States has not even signed the Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", negated=True)
# Reservations, understandings and declarations; the cities' CEDAW ordinances: domestic/local.
R(d, ["U.S. CEDAW Ratification Coalition"], "called-for", CEDAW, D,
  "we call on the Senate to provide its advice and consent so that the United States can finally ratify the Convention",
  alt=["write to urge the Committee to hold a hearing on, and the Senate to give its advice and consent to, ratification of the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)"])

# ===================== 15 (parliamentary network status note, Rome Statute universality, 17 July 2025) =====================
d = "15.txt"
D = "2025-07-17"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "Statute"])
# "125 States", "Some 27 States": unnamed. The Rada's approval and Hungary's Parliament vote: domestic.
R(d, "Armenia", RATIFIED, ROME, "2023-11-14", "Armenia, which deposited its instrument of ratification on 14 November 2023")
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "Ukraine, which did so on 25 October 2024")
R(d, "State of Palestine", ACCEDED, ROME, "2015-01-02", "the State of Palestine acceded on 2 January 2015")
R(d, "Kiribati", ACCEDED, ROME, "2019", "Kiribati in 2019")
# Non-cooperation is not a withdrawal: Mongolia stays a party ("since 2002" dates its becoming one).
R(d, "Mongolia", PARTY, ROME, "2002", "Mongolia, a State Party since 2002", alt=["Mongolia remains bound by the Statute"])
R(d, "Burundi", NOTBOUND, ROME, None, "Burundi's withdrawal took effect in October 2017", negated=True, alt=["Both States are no longer parties"])
R(d, "Philippines", NOTBOUND, ROME, None, "that of the Philippines in March 2019", negated=True, alt=["Both States are no longer parties"])
# Notified withdrawals later rescinded: the notification is a negated record, the rescission leaves them parties.
RL(d, ["South Africa", "Gambia"], NOTBOUND, ROME, None,
   "In October 2016 South Africa and the Gambia notified the Secretary-General of their withdrawal.", negated=True)
RL(d, ["South Africa", "Gambia"], PARTY, ROME, None, "Both rescinded their notifications in early 2017 and remain States Parties.")
R(d, "Hungary", NOTBOUND, ROME, None, "Hungary announced in April 2025 that it would leave the Court.", negated=True,
  alt=["the notification was deposited on 2 June 2025"])
R(d, "Hungary", PARTY, ROME, None, "until 2 June 2026 Hungary remains a State Party with all the obligations that entails")
# Signed, then "unsigned": the signature (dated) stays a fact; the notification is a negated not-bound record.
Q4 = "Four States signed the Statute and later informed the Secretary-General that they do not intend to become parties"
R(d, "United States", "signed", ROME, "2000-12-31", "the United States (signed 31 December 2000")
R(d, "Israel", "signed", ROME, "2000-12-31", "Israel (signed 31 December 2000")
R(d, "Sudan", "signed", ROME, "2000-09-08", "Sudan (signed 8 September 2000")
R(d, "Russian Federation", "signed", ROME, "2000-09-13", "the Russian Federation (signed 13 September 2000)")
RL(d, ["United States", "Israel", "Sudan", "Russian Federation"], NOTBOUND, ROME, None, Q4, negated=True,
   alt=["none of these four will ratify"])
R(d, "Russian Federation", "signed", ROME, None, "in November 2016 announced that it was withdrawing its signature", negated=True, required=False)
R(d, "Thailand", "signed", ROME, "2000-10-02", "Thailand (signed 2 October 2000)")
R(d, "Thailand", NOTRATIFIED, ROME, None, "the Government says it is \"studying\" ratification", negated=True)
R(d, "Kyrgyzstan", "signed", ROME, "1998-12-08", "Kyrgyzstan (signed 8 December 1998)")
# A bill prepared but not tabled is domestic; it tells that the signatory has not ratified.
R(d, "Kyrgyzstan", NOTRATIFIED, ROME, None, "a ratification bill has been prepared but not yet tabled", negated=True,
  alt=["Some 27 States have signed but not ratified."])
R(d, "Uzbekistan", "signed", ROME, "2000-12-29", "Uzbekistan (signed 29 December 2000)")
R(d, "Uzbekistan", NOTRATIFIED, ROME, None, "ratification is \"not excluded\"", negated=True)
R(d, "Jamaica", "signed", ROME, "2000-09-08", "Jamaica (signed 8 September 2000)")
R(d, "Jamaica", NOTRATIFIED, ROME, None, "has yet to ratify, despite repeated recommendations at the Universal Periodic Review", negated=True)
QOUT = "India, China and Indonesia have neither signed nor acceded"
RL(d, ["India", "China", "Indonesia"], "signed", ROME, None, QOUT, negated=True)
RL(d, ["India", "China"], NOTBOUND, ROME, None, QOUT, negated=True)
# National human rights action plans listing accession as a goal: domestic plans; they state a planned accession.
R(d, "Indonesia", NOTBOUND, ROME, None, QOUT, negated=True,
  alt=["Indonesia's national human rights action plans have twice listed accession as a goal"])
# "urges Hungary to reverse its withdrawal" is not a call to sign, ratify or join.
R(d, ["Parliamentary Network for International Justice", "the Network"], "called-for", ROME, D,
  "The Network calls on all States that have not yet done so to ratify or accede to the Rome Statute")

# ===================== 16 (domestic NGO coalition report card on one government, Canada, 10 December 2023) =====================
d = "16.txt"
D = "2023-12-10"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
UNDRIP = ("UN Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "United Nations Declaration on the Rights of Indigenous Peoples"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
ATT = ("Arms Trade Treaty", ["ATT"])
C190 = ("ILO Convention 190 (Violence and Harassment)", ["C190", "Convention 190", "Violence and Harassment Convention"])
C189 = ("ILO Convention 189 (Domestic Workers)", ["C189", "Convention 189", "Domestic Workers Convention"])
OPICESCR = ("Optional Protocol to the ICESCR", ["OP-ICESCR", "Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW"])
ACHR = ("American Convention on Human Rights", ["American Convention", "Pact of San José"])
SSD = ("Safe Schools Declaration", [])
VP = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF"])
# Letter grades are the author's verdicts; records come from the sentences under each heading.
R(d, "Canada", "signed", OPCAT, None, "Seven years later, Canada has not signed it.", negated=True)
R(d, "Canada", NOTBOUND, OPCAT, None, "the Government announced at the UN that Canada would \"begin the process\" of joining OPCAT", negated=True,
  alt=["Canada, Japan and the United States are now the only G7 members outside OPCAT"])
# Federal-provincial consultations: domestic.
RL(d, ["Japan", "United States"], NOTBOUND, OPCAT, None, "Canada, Japan and the United States are now the only G7 members outside OPCAT", negated=True)
RL(d, ["United Kingdom", "France", "Germany", "Italy"], PARTY, OPCAT, None, "the United Kingdom, France, Germany and Italy are all States Parties")
R(d, "Canada", ENDORSED, UNDRIP, "2016-05-10", "Canada has endorsed the Declaration without qualification since May 10, 2016",
  alt=["having first endorsed it in November 2010 as an \"aspirational\" document"])
# The 2021 Act and its Action Plan: domestic measures.
R(d, "Canada", ACCEDED, OPCRPD, "2018-12-03",
  "Canada acceded to the Optional Protocol to the Convention on the Rights of Persons with Disabilities on December 3, 2018.")
# Bill C-47: domestic; export permits under Articles 6 and 7: implementation.
R(d, "Canada", ACCEDED, ATT, "2019-06", "Canada acceded in June 2019")
R(d, "Canada", RATIFIED, C190, "2023-01-30", "Canada ratified C190 on January 30, 2023.")
R(d, "Canada", NOTRATIFIED, C189, None, "Not ratified.", negated=True, alt=["consultations with the provinces are \"ongoing\""])
R(d, "Canada", "signed", OPICESCR, None,
  "Canada told the UN Committee on Economic, Social and Cultural Rights in 2016 that it would \"consider\" signing the Optional Protocol",
  negated=True, alt=["It has not signed."])
QMW = ("Canada has neither signed nor acceded to the International Convention on the Protection of the Rights of All Migrant Workers "
       "and Members of Their Families")
R(d, "Canada", "signed", ICRMW, None, QMW, negated=True)
R(d, "Canada", NOTBOUND, ICRMW, None, QMW, negated=True, alt=["officials say there are \"no plans\" to do so"])
# Joining the OAS (an organisation) and the Senate committee's 2003 recommendation (domestic): nothing.
R(d, "Canada", "signed", ACHR, None, "Canada has neither signed nor ratified the American Convention", negated=True)
R(d, "Canada", NOTRATIFIED, ACHR, None, "Canada has neither signed nor ratified the American Convention", negated=True)
R(d, "Canada", ENDORSED, SSD, "2017", "Canada endorsed the Safe Schools Declaration in 2017")
R(d, "Canada", ENDORSED, VP, "2017-11",
  "in November 2017 launched and endorsed the Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers")
# "more than 100 States": unnamed. Hosting COP15 is not a commitment; the adoption has no named actor but the conference.
R(d, ["COP15", "UN biodiversity conference", "Conference of the Parties to the Convention on Biological Diversity"], "adopted", GBF, "2022-12-19",
  "the Kunming-Montreal Global Biodiversity Framework was adopted on December 19, 2022", required=False)
QASK = "The Coalition calls on the Government of Canada to sign OPCAT and to ratify ILO Convention 189 before Human Rights Day 2024."
R(d, ["Canadian Coalition for Treaty Accountability", "the Coalition"], "called-for", OPCAT, D, QASK)
R(d, ["Canadian Coalition for Treaty Accountability", "the Coalition"], "called-for", C189, D, QASK)

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
