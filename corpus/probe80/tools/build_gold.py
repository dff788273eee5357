#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (two .md, two .html); gold.py's Gold.finish() checks their
quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown emphasis or
an HTML entity.

Theme: timelines and chronologies of treaty processes: dated chronology pages, "key dates" boxes, month-by-month logs,
year-by-year milestone lists, background chronologies in briefing papers and news explainers, and treaty-event calendars.
Entries are dated by their own line ("6 December" under a "2006" heading gives 2006-12-06; "March:" under a year gives
that month); present-tense chronology entries ("adopts", "signs") are done acts. Relative dates ("last March", "earlier
this year") resolve against the document's own date. Planned, intended, scheduled, "has yet to", "will not", withdrawals
and announced withdrawals are negated records without a date (votes against and abstentions keep theirs). Domestic steps
(cabinet or parliamentary approval, bills, acts), entry into force, depositaries, venues and hosts, reservations,
implementation and negotiation rounds give no record. Calls on others to sign, ratify, join or adopt are the caller's
`called-for`, dated by the statement."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Syria", "China", "Kenya", "Mexico", "Germany", "Netherlands", "Republic of Korea", "Viet Nam", "Türkiye",
          "Republic of Moldova", "Bolivia", "Venezuela", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Chile",
          "Costa Rica", "Ecuador", "Colombia", "Paraguay", "Guatemala", "Bangladesh", "Fiji", "Samoa", "Micronesia",
          "Marshall Islands", "Philippines", "Czechia", "Saudi Arabia", "Egypt", "Thailand", "Cambodia", "Lao PDR", "Ghana",
          "Rwanda", "Uganda", "United Arab Emirates", "Togo", "Kiribati", "Cook Islands", "Papua New Guinea", "Bhutan",
          "State of Palestine", "Côte d'Ivoire", "Gambia", "Democratic Republic of the Congo"),
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Ireland": ["Ireland"],
    "Austria": ["Austria", "Republic of Austria"],
    "Palau": ["Palau", "Republic of Palau"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Tuvalu": ["Tuvalu"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Solomon Islands": ["Solomon Islands"],
    "Georgia": ["Georgia"],
    "Israel": ["Israel", "State of Israel"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (think-tank briefing paper, ATT background chronology, 12 June 2024) =====================
d = "01.txt"
D = "2024-06-12"
ATT = ("Arms Trade Treaty", ["ATT"])
R6189 = ("resolution 61/89", ["Towards an arms trade treaty", "General Assembly resolution 61/89"])
R(d, GA, "adopted", R6189, "2006-12-06", "The UN General Assembly adopts resolution 61/89")
R(d, "United States", "supported", R6189, "2006-12-06", "The single vote against was cast by the United States.", negated=True)
R(d, GA, "adopted", ATT, "2013-04-02", "The General Assembly adopts the Treaty by a recorded vote")
RL(d, ["Democratic People's Republic of Korea", "Iran", "Syria"], "supported", ATT, "2013-04-02",
   "The Democratic People's Republic of Korea, Iran and Syria voted against.", negated=True)
# "Consensus blocked ... by three delegations": no names, nothing. "67 States": unnamed.
RL(d, ["Brazil", "France", "Germany", "Mexico", "United Kingdom"], "signed", ATT, "2013-06-03",
   "The Treaty was signed on the first day by 67 States, among them Brazil, France, Germany, Mexico and the United Kingdom.")
R(d, "United States", "signed", ATT, "2013-09-25", "US Secretary of State John Kerry signs the Treaty on behalf of the United States")
# The list follows "depositing that day" after "deposit instruments of ratification" in the previous sentence.
RL(d, ["Denmark", "Italy", "Portugal", "Spain", "United Kingdom"], RATIFIED, ATT, "2014-04-02",
   "Among those depositing that day were Denmark, Italy, Portugal, Spain and the United Kingdom.")
RL(d, ["France", "Germany"], RATIFIED, ATT, "2014-04-02", "France and Germany also ratified on 2 April 2014")
# Entry into force, CSP1 hosted by Mexico, the depositary, the CSP hosting list: nothing.
R(d, "United States", "signed", ATT, None, "The US President announces that Washington will withdraw its signature.", negated=True, required=False)
R(d, "United States", NOTBOUND, ATT, None, "it does not intend to become a party to the Treaty", negated=True,
  alt=["The United States signed but will not ratify."])
R(d, "Canada", ACCEDED, ATT, "2019-06-19", "Canada deposits its instrument of accession.")
R(d, "China", ACCEDED, ATT, "2020-07-06", "China's accession to the ATT is deposited in New York")
R(d, "UN Secretary-General", "called-for", ATT, "2023-04-02",
  "the UN Secretary-General urges \"every State that has not yet done so to join the Arms Trade Treaty without further delay\"")
# Kenya's Cabinet approving a bill: domestic, nothing.
R(d, "Kenya", "signed", ATT, "2013", "Kenya signed the Treaty in 2013")
R(d, "Kenya", NOTRATIFIED, ATT, None, "has yet to deposit an instrument of ratification", negated=True)
# Annex B restates status: France/UK/China party (same acts as above, optional).
RL(d, ["France", "United Kingdom"], PARTY, ATT, None, "France and the United Kingdom have both been States Parties since entry into force", required=False)
R(d, "China", PARTY, ATT, "2020", "China has been one since 2020", required=False)
R(d, "China", "signed", ATT, None, "China acceded without ever having signed", negated=True)
R(d, "Russian Federation", "signed", ATT, None, "The Russian Federation has neither signed nor acceded to the ATT.", negated=True)
R(d, "Russian Federation", NOTBOUND, ATT, None, "The Russian Federation has neither signed nor acceded to the ATT.", negated=True)
R(d, ["Centre for Arms Control Studies", "The Centre", "CACS"], "called-for", ATT, D,
  "The Centre calls on the 27 signatory States that have not ratified the Treaty, Kenya among them, to complete their ratification")

# ===================== 02.md (NGO factsheet, TPNW key dates, updated 22 January 2026) =====================
d = "02.md"
D = "2026-01-22"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
L41 = ("draft resolution L.41", ["L.41", "resolution L.41"])
R71258 = ("resolution 71/258", ["Taking forward multilateral nuclear disarmament negotiations", "General Assembly resolution 71/258"])
VD = ("Vienna Declaration", ["Vienna Declaration of the First Meeting of States Parties"])
VAP = ("Vienna Action Plan", ["Vienna Action Plan of the First Meeting of States Parties"])
MSP1 = ["First Meeting of States Parties", "1MSP", "Meeting of States Parties"]
R(d, ["UN General Assembly First Committee", "First Committee"], ADOPTED, L41, "2016-10-27", "The First Committee approves draft resolution L.41")
# "tabled by" six States: the tabling day is not given.
RL(d, ["Austria", "Brazil", "Ireland", "Mexico", "Nigeria", "South Africa"], "co-sponsored", L41, None,
   "The draft was tabled by Austria, Brazil, Ireland, Mexico, Nigeria and South Africa.")
R(d, GA, "adopted", R71258, "2016-12-23", "The General Assembly adopts resolution 71/258")
# Costa Rica's ambassador presiding: nothing.
R(d, ["UN negotiating conference", "negotiating conference", "the conference"], "adopted", TPNW, "2017-07-07",
  "The conference adopts the Treaty by 122 votes.", required=False)
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "The Netherlands, the only NATO member to take part, voted no", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "Singapore abstained", negated=True)
# "Fifty States sign on the first day": unnamed.
RL(d, ["Guyana", "Holy See", "Thailand"], RATIFIED, TPNW, "2017-09-20",
   "Guyana, the Holy See and Thailand go further and deposit their instruments of ratification the same day.")
R(d, "Mexico", RATIFIED, TPNW, "2018-01-23", "Mexico | instrument of ratification deposited")
R(d, "State of Palestine", RATIFIED, TPNW, "2018-05-17", "Palestine | ratification")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "Kazakhstan | ratification")
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland | ratification")
R(d, "Honduras", RATIFIED, TPNW, "2020-10-24", "Honduras | 50th ratification")
# Entry into force (22 January 2021), Vienna hosted by Austria, observers, Mexico and Kazakhstan chairing: nothing.
R(d, MSP1, ADOPTED, VD, "2022-06", "The meeting adopts the Vienna Declaration and the Vienna Action Plan.", required=False)
R(d, MSP1, ADOPTED, VAP, "2022-06", "The meeting adopts the Vienna Declaration and the Vienna Action Plan.", required=False)
R(d, "Sierra Leone", "signed", TPNW, "2024-02-14", "Sierra Leone signs.")
R(d, "Solomon Islands", RATIFIED, TPNW, "2024-09-23", "the Solomon Islands deposits its instrument of ratification")
R(d, "Sierra Leone", RATIFIED, TPNW, "2024-09-23", "Sierra Leone ratifies less than eight months after signing")
# Brazil's Senate approval: domestic.
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil, which signed on the opening day in 2017")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "had still not deposited its instrument of ratification when this page was updated", negated=True)
R(d, ["Disarmament Watch"], "called-for", TPNW, "2026-01", "Disarmament Watch calls on every signatory State to ratify the Treaty")
# "None of the nine nuclear-armed States has signed": unnamed.
RL(d, ["Germany", "Norway", "Netherlands"], NOTBOUND, TPNW, None, "Germany, Norway and the Netherlands are not party to the TPNW", negated=True)
R(d, "Norway", "signed", TPNW, None, "it would not sign the Treaty", negated=True)
R(d, "Japan", NOTBOUND, TPNW, None, "Japan, the only country to have suffered nuclear attack in war, has not joined either.", negated=True)

# ===================== 03 (parliamentary library research briefing, Istanbul Convention timeline, 15 March 2023) =====================
d = "03.txt"
D = "2023-03-15"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "Treaty 210", "CETS No. 210"])
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, IST, "2011-04-07",
  "The Committee of Ministers of the Council of Europe adopts the text of the Convention.")
# "Thirteen member States sign on the first day": unnamed. The depositary: nothing.
R(d, "United Kingdom", "signed", IST, "2012-06-14", "The UK signs the Convention.")
# The pledge to ratify (later done) and "remains committed to ratifying": planned at the time; optional.
R(d, "United Kingdom", NOTRATIFIED, IST, None, "the Government would \"ratify as soon as our domestic law is compliant\"", negated=True, required=False,
  alt=["the UK \"remains committed to ratifying\" the Convention"])
# The 2017 Act (Royal Assent) and the progress reports: domestic. Entry into force (2014, and for the UK): nothing.
R(d, "Türkiye", NOTBOUND, IST, None, "Turkey's withdrawal from the Convention takes effect", negated=True)
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "The UK deposits its instrument of ratification with the Council of Europe.")
# Reservations to Articles 44 and 59 and the call to withdraw one: nothing.
Q6 = "six had signed but not ratified the Convention by the date of this briefing: Armenia, Bulgaria, Czechia, Hungary, Latvia and Slovakia"
SIX = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Latvia", "Slovakia"]
RL(d, SIX, "signed", IST, None, Q6)
RL(d, SIX, NOTRATIFIED, IST, None, Q6, negated=True)
# Latvia's Saeima vote: domestic.
RL(d, ["Russian Federation", "Azerbaijan"], "signed", IST, None, "Russia and Azerbaijan have neither signed nor ratified.", negated=True)
RL(d, ["Russian Federation", "Azerbaijan"], NOTRATIFIED, IST, None, "Russia and Azerbaijan have neither signed nor ratified.", negated=True)
RL(d, ["Tunisia", "Kazakhstan"], ACCEDED, IST, None, "Tunisia and Kazakhstan have expressed interest in accession", negated=True, required=False)
R(d, "European Union", "signed", IST, "2017-06-13", "The European Union signed the Convention on 13 June 2017.")
R(d, "European Union", NOTBOUND, IST, None, "the Council's decision on conclusion is expected in mid-2023", negated=True, required=False)
R(d, "Ireland", RATIFIED, IST, "2019-03", "Ireland ratified in March 2019")
R(d, "Ukraine", RATIFIED, IST, "2022-07-18", "Ukraine followed on 18 July 2022")

# ===================== 04.html (news explainer web page, High Seas Treaty timeline, 20 September 2025) =====================
d = "04.html"
D = "2025-09-20"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
R7249 = ("resolution 72/249", ["General Assembly resolution 72/249"])
# "yesterday" against the byline date 20 September 2025.
RL(d, ["Morocco", "Sierra Leone"], RATIFIED, BBNJ, "2025-09-19",
   "Morocco and Sierra Leone deposited their instruments of ratification at UN Headquarters yesterday")
# Entry into force (Article 68, 17 January 2026), the 2004 working group, negotiating sessions, the chair: nothing.
R(d, GA, "adopted", R7249, "2017-12-24", "The General Assembly adopts resolution 72/249")
R(d, ["intergovernmental conference", "the conference"], "adopted", BBNJ, "2023-06-19", "The conference formally adopts the Agreement without a vote.", required=False)
R(d, "Russian Federation", "supported", BBNJ, "2023-06-19", "Russia said it was distancing itself from the consensus.", negated=True, required=False)
RL(d, ["European Union", "Australia", "Chile", "China", "France", "Germany", "Mexico", "Palau", "United States"], "signed", BBNJ, "2023-09-20",
   "The Agreement was signed that day by 67 States and the European Union, including Australia, Chile, China, France, Germany, Mexico, Palau and the United States.")
R(d, "Palau", RATIFIED, BBNJ, "2024-01", "Palau becomes the first State to ratify")
R(d, "Chile", RATIFIED, BBNJ, "2024-01", "followed within days by Chile")
R(d, "European Union", ACCEPTED, BBNJ, "2025-05-14", "The European Union deposits its instrument of approval")
RL(d, ["Cyprus", "France", "Hungary", "Portugal", "Slovenia", "Spain"], ACCEPTED, BBNJ, "2025-05-14",
   "together with six of its member States: Cyprus, France, Hungary, Portugal, Slovenia and Spain")
# Nice co-hosted by France and Costa Rica; "18 instruments": nothing.
R(d, "United States", NOTRATIFIED, BBNJ, None, "so US ratification is off the table for now", negated=True,
  alt=["the current administration has said it will not send the Agreement to the Senate"])
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The UK has yet to ratify.", negated=True)
# The implementing bill: domestic.
R(d, "Japan", ACCEDED, BBNJ, None, "accession is expected next year, officials in Tokyo say", negated=True)
R(d, "China", NOTRATIFIED, BBNJ, None, "China, which signed on the first day, has not indicated a timetable.", negated=True, required=False)
R(d, ["High Seas Alliance"], "called-for", BBNJ, D,
  "The Alliance called on all countries that have not yet done so to ratify the Agreement before the first Conference of the Parties.")

# ===================== 05 (research unit's monthly tracker, 2022 month-by-month log, 6 January 2023) =====================
d = "05.txt"
D = "2023-01-06"
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP", "RCEP Agreement"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC"])
ECOM = ("ASEAN Agreement on Electronic Commerce", ["Agreement on Electronic Commerce"])
SEAP = ("Protocol to the SEANWFZ Treaty", ["Protocol to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone", "SEANWFZ Protocol"])
OH = ("ASEAN Leaders' Declaration on One Health Initiative", ["Declaration on One Health Initiative"])
JVS = ("ASEAN-US Special Summit Joint Vision Statement", ["Joint Vision Statement"])
# RCEP entry into force for ten States (01/01), for the Republic of Korea and Malaysia: nothing. The depositary: nothing.
R(d, "Malaysia", RATIFIED, RCEP, "2022-01", "Malaysia deposits its instrument of ratification of RCEP")
R(d, ["ASEAN-US Special Summit"], ADOPTED, JVS, "2022-05-12", "the ASEAN-US Special Summit in Washington adopts a Joint Vision Statement", required=False)
# Cambodia's National Assembly approval: domestic.
R(d, "Cambodia", RATIFIED, ECOM, "2022-08", "Cambodia deposits its instrument of ratification of the ASEAN Agreement on Electronic Commerce",
  alt=["The instrument is deposited in August."])
RL(d, ["Denmark", "Greece", "Netherlands", "Oman", "Qatar", "Ukraine", "United Arab Emirates"], ACCEDED, TAC, "2022-08-03",
   "Seven countries accede to the Treaty of Amity and Cooperation in Southeast Asia (TAC): Denmark, Greece, the Netherlands, Oman, Qatar, Ukraine and the United Arab Emirates.")
R(d, ["ASEAN Secretary-General", "Secretary-General of ASEAN"], "called-for", SEAP, "2022-08-04",
  "the ASEAN Secretary-General urges \"all five nuclear-weapon States to sign and ratify the Protocol to the SEANWFZ Treaty without reservations\"")
# Indonesia's DPR approval and the ratification law: domestic.
R(d, "Indonesia", RATIFIED, RCEP, "2022-11", "Indonesia deposits its instrument of ratification of RCEP.")
RL(d, ["Saudi Arabia", "Slovenia"], ["acceded", "party", "signed"], TAC, "2022-11-11",
   "Saudi Arabia and Slovenia sign instruments of accession to the TAC the same day.")
R(d, ["ASEAN Summit", "ASEAN", "ASEAN leaders"], ADOPTED, OH, "2022-11-11", "The Summit adopts the ASEAN Leaders' Declaration on One Health Initiative.")
# Timor-Leste's admission in principle: nothing.
R(d, "Philippines", NOTRATIFIED, RCEP, None, "The Philippines has still not ratified RCEP", negated=True)
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", SEAP, None,
   "none of the five nuclear-weapon States (China, France, Russia, the United Kingdom and the United States) has signed it", negated=True)
R(d, "Panama", ACCEDED, TAC, None, "more accessions are expected at the 56th Foreign Ministers' Meeting in Jakarta, with Panama among the applicants", negated=True, required=False)

# ===================== 06 (UN Treaty Section, treaty-event calendar with addendum of actions undertaken, 2 October 2024) =====================
d = "06.txt"
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
BBNJ = ("Agreement under UNCLOS on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
ESC1 = ("Escazu Agreement amendment (Annex 1)", ["Annex 1 amendment", "amendment to the Escazu Agreement"])
K8 = ("Amendment to Article 8 of the Rome Statute", ["Article 8 amendment", "Kampala amendment to Article 8"])
# The addendum records what was done (dated by its day lines); the calendar's scheduled lines for the same acts are
# planned statements later overtaken: optional negated records. The event venue, full powers, the depositary: nothing.
R(d, "Fiji", "signed", ICPPED, "2024-09-24", "Fiji signed the ICPPED.")
R(d, "Ghana", RATIFIED, OPCRPD, "2024-09-24",
  "Ghana deposited its instrument of ratification of the Optional Protocol to the Convention on the Rights of Persons with Disabilities")
R(d, "Viet Nam", "signed", BBNJ, "2024-09-24", "Viet Nam's Deputy Prime Minister signed the BBNJ Agreement.")
R(d, "Malawi", RATIFIED, ICPPED, "2024-09-25", "Malawi ratified the ICPPED.")
R(d, "Bhutan", ACCEDED, CRPD, "2024-09-25", "Bhutan acceded to the Convention on the Rights of Persons with Disabilities")
R(d, "Bhutan", "signed", CRPD, "2010", "fourteen years after signing it", alt=["Disabilities (signed 2010)"])
R(d, "Zambia", "signed", BBNJ, "2024-09-26", "Zambia signed and ratified the BBNJ Agreement.")
R(d, "Zambia", RATIFIED, BBNJ, "2024-09-26", "Zambia signed and ratified the BBNJ Agreement.")
R(d, "Kiribati", ACCEDED, ICPPED, "2024-10-01", "Kiribati acceded to the ICPPED.")
for actor, act, inst, q in [
        ("Fiji", "signed", ICPPED, "Fiji ........ signature: International Convention for the Protection"),
        ("Ghana", RATIFIED, OPCRPD, "Ghana ....... ratification: Optional Protocol to the Convention on the"),
        ("Viet Nam", "signed", BBNJ, "Viet Nam .... signature: Agreement under UNCLOS on Marine Biological"),
        ("Malawi", RATIFIED, ICPPED, "Malawi ...... ratification: ICPPED"),
        ("Bhutan", ACCEDED, CRPD, "Bhutan ...... accession: Convention on the Rights of Persons with"),
        ("Zambia", "signed", BBNJ, "Zambia ...... signature and ratification: BBNJ Agreement"),
        ("Zambia", RATIFIED, BBNJ, "Zambia ...... signature and ratification: BBNJ Agreement"),
        ("Kiribati", ACCEDED, ICPPED, "Kiribati .... accession: ICPPED")]:
    R(d, actor, act, inst, None, q, negated=True, required=False)
R(d, "Sierra Leone", ACCEDED, OP2, None, "Sierra Leone's accession to the Second Optional Protocol has been rescheduled to the 2025 Treaty Event", negated=True,
  alt=["Sierra Leone  accession: Second Optional Protocol to the International"])
R(d, "Côte d'Ivoire", ACCEPTED, K8, None, "Côte d'Ivoire did not deposit its acceptance of the Article 8 amendment", negated=True,
  alt=["Côte d'Ivoire acceptance: Amendment to Article 8 of the Rome Statute"])
R(d, "Colombia", NOTRATIFIED, ESC1, None, "Colombia's ratification of the Annex 1 amendment was postponed", negated=True,
  alt=["Colombia .... ratification: Escazu Agreement amendment (Annex 1)"])
# The Secretary-General's encouragement names no instrument ("the treaties deposited with him"): nothing. Entry into force: nothing.

# ===================== 07 (foreign ministry web chronology, Kazakhstan and non-proliferation, updated 29 August 2025) =====================
d = "07.txt"
D = "2025-08-29"
LISBON = ("Lisbon Protocol to the Treaty on the Reduction and Limitation of Strategic Offensive Arms", ["Lisbon Protocol", "Lisbon Protocol to START I"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Central Asian zone treaty", "CANWFZ Treaty", "Semipalatinsk Treaty"])
CANP = ("Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
        ["Protocol to the Central Asian zone treaty", "Protocol on Negative Security Assurances"])
R6435 = ("resolution 64/35", ["International Day against Nuclear Tests resolution", "General Assembly resolution 64/35"])
UDNWFW = ("Universal Declaration on the Achievement of a Nuclear-Weapon-Free World", ["resolution 70/57"])
HSA = ("Host State Agreement establishing the IAEA Low Enriched Uranium Bank", ["Host State Agreement", "LEU Bank Host State Agreement"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
# The 1991 decree closing the test site and the warhead removal: domestic/implementation.
RL(d, ["Kazakhstan", "Belarus", "Russian Federation", "Ukraine", "United States"], "signed", LISBON, "1992-05-23",
   "The Lisbon Protocol to the Treaty on the Reduction and Limitation of Strategic Offensive Arms (START I) was signed by Kazakhstan, Belarus, the Russian Federation, Ukraine and the United States.")
R(d, "Kazakhstan", ACCEDED, NPT, "1994-02-14", "Kazakhstan accedes to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) as a non-nuclear-weapon State.")
R(d, "Kazakhstan", "signed", CTBT, "1996-09-30", "Kazakhstan signed the Comprehensive Nuclear-Test-Ban Treaty (CTBT) on 30 September 1996")
# Parliament's approval in 2001: domestic.
R(d, "Kazakhstan", RATIFIED, CTBT, "2002-05-14", "the instrument of ratification was deposited on 14 May 2002")
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia is signed by the five States of the region: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.")
R(d, GA, "adopted", R6435, "2009-12-02", "The UN General Assembly adopts resolution 64/35")
R(d, "Kazakhstan", "co-sponsored", R6435, None, "Kazakhstan initiated the resolution and co-sponsored it together with 26 other States.")
P5 = ["China", "France", "Russian Federation", "United Kingdom", "United States"]
RL(d, P5, "signed", CANP, "2014-05-06",
   "the five nuclear-weapon States - China, France, Russia, the United Kingdom and the United States - sign the Protocol on Negative Security Assurances")
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, CANP, None, "All of them but the United States have since ratified the Protocol")
R(d, "United States", NOTRATIFIED, CANP, None, "All of them but the United States have since ratified the Protocol", negated=True)
# Submission to the Senate: domestic.
RL(d, ["Kazakhstan", ["International Atomic Energy Agency", "IAEA"]], "signed", HSA, "2015-08-27",
   "Kazakhstan and the International Atomic Energy Agency sign the Host State Agreement establishing the IAEA Low Enriched Uranium Bank")
R(d, GA, ADOPTED, UDNWFW, "2015-12-07", "The General Assembly adopts the Universal Declaration on the Achievement of a Nuclear-Weapon-Free World")
R(d, "Kazakhstan", "co-sponsored", UDNWFW, None, "submitted by Kazakhstan", required=False)
R(d, "Kazakhstan", "signed", TPNW, "2018-03-02", "Kazakhstan signed the Treaty on the Prohibition of Nuclear Weapons on 2 March 2018")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08-29", "ratified it on 29 August 2019")
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "the Russian Federation's revocation of its ratification of the CTBT", negated=True)
R(d, "Russian Federation", "signed", CTBT, None, "Russia remains a signatory.")
# Presiding over the 3MSP: nothing.
R(d, "Kazakhstan", "called-for", CTBT, D, "we call on all States that have not yet done so, and in particular the remaining Annex 2 States, to sign and ratify the CTBT without delay")
R(d, "Kazakhstan", "called-for", CANP, D, "We also urge the United States to complete the ratification of the Protocol to the Central Asian zone treaty.")

# ===================== 08.html (regional NGO web page, Escazú Agreement timeline, updated 22 April 2025) =====================
d = "08.html"
D = "2025-04-22"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement"])
P10 = ("Declaration on the application of Principle 10 in Latin America and the Caribbean", ["Principle 10 Declaration", "2012 Declaration"])
RAP = ("Regional Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders"])
RL(d, ["Chile", "Costa Rica", "Ecuador", "Jamaica", "Mexico", "Panama", "Paraguay", "Peru", "Dominican Republic", "Uruguay"], SIGNED_DECL, P10, "2012-06",
   "ten countries sign the Declaration on the application of Principle 10 in Latin America and the Caribbean: Chile, Costa Rica, Ecuador, Jamaica, Mexico, Panama, Paraguay, Peru, the Dominican Republic and Uruguay.")
# Adoption "in Escazú, Costa Rica": venue, no actor.
RL(d, ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Costa Rica", "Ecuador", "Guatemala", "Guyana", "Mexico", "Panama", "Peru",
       "Dominican Republic", "Saint Lucia", "Uruguay"], "signed", ESC, "2018-09-27",
   "Fourteen countries sign that day: Antigua and Barbuda, Argentina, Bolivia, Brazil, Costa Rica, Ecuador, Guatemala, Guyana, Mexico, Panama, Peru, the Dominican Republic, Saint Lucia and Uruguay.")
R(d, "Guyana", RATIFIED, ESC, "2019-04-18", "Guyana becomes the first State to ratify.")
# Peru's Congress shelving the bill, Paraguay's withdrawal of its bill, Costa Rica's stalled bill: domestic.
R(d, "Peru", NOTRATIFIED, ESC, None, "Peru has not ratified.", negated=True)
R(d, "Mexico", RATIFIED, ESC, "2020-11-05", "Mexico deposits its instrument of ratification.")
R(d, "Argentina", RATIFIED, ESC, "2021-01-22", "Argentina deposits the eleventh instrument of ratification")
# Entry into force (Earth Day), COP1 hosted by Chile, rules of procedure: nothing.
R(d, "Chile", "signed", ESC, "2022-03-18", "Chile signs, three and a half years after its previous government declined to do so.")
R(d, "Chile", "signed", ESC, None, "its previous government declined to do so", negated=True)
R(d, "Chile", RATIFIED, ESC, "2022-06-13", "Chile ratifies.")
R(d, ["COP3", "Conference of the Parties", "Conference of the Parties to the Escazú Agreement"], ADOPTED, RAP, "2024-04",
  "COP3 in Santiago adopts the Regional Action Plan on Human Rights Defenders in Environmental Matters.")
R(d, "Brazil", NOTRATIFIED, ESC, None, "Brazil and Costa Rica signed on the opening day but have not ratified", negated=True)
R(d, "Costa Rica", NOTRATIFIED, ESC, None, "Brazil and Costa Rica signed on the opening day but have not ratified", negated=True)
R(d, "Paraguay", NOTBOUND, ESC, None, "Paraguay and Peru are the only ones that are not yet party to the Agreement, along with Costa Rica", negated=True)
R(d, ["Red Regional Principio 10"], "called-for", ESC, D,
  "The Red Regional Principio 10 calls on Brazil, Costa Rica and Peru to ratify the Escazú Agreement before COP4")

# ===================== 09 (wire-service factbox, WHO Pandemic Agreement key dates, Geneva, 20 May 2025) =====================
d = "09.txt"
D = "2025-05-20"
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "pandemic agreement"])
PT = ("international treaty for pandemic preparedness and response", ["pandemic treaty", "WHO Pandemic Agreement", "Pandemic Agreement"])
IHR = ("amendments to the International Health Regulations (2005)", ["IHR amendments", "2024 amendments to the International Health Regulations"])
WHA = ["World Health Assembly", "WHA", "the Assembly"]
# The op-ed's "Signatories" signed an article, not a treaty: their call for a treaty is each State's called-for.
OPED = ["Fiji", "Portugal", "Romania", "United Kingdom", "Rwanda", "Kenya", "Greece", "Republic of Korea", "Chile", "Costa Rica", "Albania",
        "South Africa", "Trinidad and Tobago", "Tunisia", "Senegal", "Spain", "Norway", "Indonesia", "Ukraine", "Germany", "France"]
RL(d, OPED, "called-for", PT, "2021-03-30",
   "Signatories include the leaders of Fiji, Portugal, Romania, the United Kingdom, Rwanda, Kenya, Greece, South Korea, Chile, Costa Rica, Albania, South Africa, Trinidad and Tobago, Tunisia, Senegal, Spain, Norway, Indonesia, Ukraine, Germany and France.",
   alt=["Leaders of 25 countries and the heads of the WHO and the European Council publish a joint op-ed calling for an international treaty for pandemic preparedness and response."])
RL(d, [["WHO Director-General", "WHO"], ["President of the European Council", "European Council"]], "called-for", PT, "2021-03-30",
   "the heads of the WHO and the European Council publish a joint op-ed calling for an international treaty for pandemic preparedness and response", required=False)
# The special session's decision to set up the INB and the INB sessions: process. "ad referendum" agreement: no actor.
R(d, WHA, "adopted", IHR, "2024-06-01", "The 77th World Health Assembly adopts a package of amendments to the International Health Regulations (2005)")
# The US executive order and Argentina's move concern membership of the WHO (an organisation; no instrument named): nothing.
R(d, ["Committee A", "Committee A of the World Health Assembly"], "adopted", PA, "2025-05-19", "The Assembly's Committee A approves the agreement in a recorded vote", required=False)
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"], "supported", PA, "2025-05-19",
   "Poland, Israel, Italy, Russia, Slovakia and Iran were among the countries that abstained.", negated=True)
R(d, "United States", "supported", PA, "2025-05-19", "The United States did not take part in the vote.", negated=True)
R(d, WHA, "adopted", PA, "2025-05-20", "The plenary formally adopts the WHO Pandemic Agreement by resolution WHA78.1.",
  alt=["The World Health Assembly on Tuesday adopted the world's first agreement on pandemic prevention, preparedness and response"])
# The PABS annex (future), opening for signature, 60 ratifications for entry into force: nothing.
R(d, "Slovakia", "signed", PA, None, "Slovakia's Prime Minister said last week his government would not sign the agreement.", negated=True)
R(d, "Japan", "signed", PA, None, "Japan would sign as soon as it is open for signature", negated=True)
R(d, ["WHO Director-General", "Tedros Adhanom Ghebreyesus", "WHO"], "called-for", PA, D,
  "We call on all Member States to sign and ratify the Agreement swiftly once the annex has been adopted")
R(d, "European Union", "welcomed", PA, D, "welcomed the adoption of the agreement as \"a milestone for global health security\"", required=False)

# ===================== 10 (NGO coalition annual report, CCM year-by-year milestones, 10 April 2025) =====================
d = "10.txt"
D = "2025-04-10"
CCM = ("Convention on Cluster Munitions", ["CCM"])
OSLO = ("Oslo Declaration", ["Oslo Declaration on Cluster Munitions"])
DUB = ("Dubrovnik Declaration and Action Plan", ["Dubrovnik Declaration", "Dubrovnik Action Plan"])
R7954 = ("resolution 79/54", ["Implementation of the Convention on Cluster Munitions", "General Assembly resolution 79/54"])
# "46 States endorse": unnamed; the core group is named as endorsing.
RL(d, ["Norway", "Austria", "Ireland", "Mexico", "New Zealand", "Peru"], ENDORSED, OSLO, "2007-02",
   "The process is led by a core group of Norway, Austria, Ireland, Mexico, New Zealand and Peru, all six of which endorse the Declaration.")
R(d, ["Dublin Diplomatic Conference"], "adopted", CCM, "2008-05-30", "The text is adopted at the Dublin Diplomatic Conference by 107 States.", required=False)
R(d, "Norway", "signed", CCM, "2008-12-03", "Norway is the first to sign")
RL(d, ["Holy See", "Ireland", "Sierra Leone"], RATIFIED, CCM, "2008-12-03", "The Holy See, Ireland and Sierra Leone ratify on the opening day.")
RL(d, ["Burkina Faso", "Republic of Moldova"], RATIFIED, CCM, "2010-02-16",
   "Burkina Faso and the Republic of Moldova deposit the 29th and 30th instruments of ratification.")
# Entry into force, hosts (Norway, Ireland), the depositary: nothing.
R(d, ["First Review Conference", "Review Conference"], ADOPTED, DUB, "2015-09", "First Review Conference, Dubrovnik, adopts the Dubrovnik Declaration and Action Plan.", required=False)
R(d, "Cuba", ACCEDED, CCM, "2016-04", "Cuba accedes")
R(d, "Nigeria", RATIFIED, CCM, "2023-02-28", "Nigeria ratifies.")
# US transfers of cluster munitions: not a treaty action.
RL(d, ["United States", "Ukraine"], NOTBOUND, CCM, None, "Neither the United States nor Ukraine is party to the CCM", negated=True,
   alt=["both have stated they will not join while the war continues"])
R(d, "South Sudan", ACCEDED, CCM, "2023-08-03", "South Sudan's accession brings the total to 112 States Parties.")
# The Seimas vote: domestic. The withdrawal's effective date: nothing further.
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania deposits its notification of withdrawal", negated=True)
R(d, GA, "adopted", R7954, "2024-12-02", "The UN General Assembly adopts resolution 79/54")
R(d, "Russian Federation", "supported", R7954, "2024-12-02", "by 146 votes to 1 (the Russian Federation)", negated=True)
RL(d, ["Brazil", "China", "India", "Israel", "Pakistan", "Republic of Korea", "United States"], "supported", R7954, "2024-12-02",
   "Abstaining States included Brazil, China, India, Israel, Pakistan, the Republic of Korea and the United States.", negated=True)
FOUR = ["Angola", "Cyprus", "Indonesia", "Kenya"]
RL(d, FOUR, NOTRATIFIED, CCM, None, "We have prioritised four of them for advocacy in 2025: Angola, Cyprus, Indonesia and Kenya.", negated=True)
RL(d, FOUR, "signed", CCM, "2008-12", "All four signed in Oslo in December 2008.")
R(d, "Brazil", NOTBOUND, CCM, None, "calls on all States not yet party, including Brazil and Indonesia, to join the Convention without delay", negated=True)
R(d, ["Coalition Against Cluster Munitions", "The Coalition"], "called-for", CCM, D,
  "calls on all States not yet party, including Brazil and Indonesia, to join the Convention without delay",
  alt=["The Coalition calls on Lithuania to reverse its withdrawal"])
R(d, "State of Palestine", ACCEDED, CCM, "2015", "Figures exclude the Palestinian accession of 2015", required=False)

# ===================== 11.md (law clinic working note, Kigali Amendment treaty tracker, 16 October 2021) =====================
d = "11.md"
D = "2021-10-16"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
R(d, ["Twenty-Eighth Meeting of the Parties to the Montreal Protocol", "MOP28", "Meeting of the Parties to the Montreal Protocol"], "adopted", KIG, "2016-10-15",
  "on 15 October 2016, the Twenty-Eighth Meeting of the Parties to the Montreal Protocol (MOP28), meeting in Kigali, adopted the Kigali Amendment")
R(d, "Timor-Leste", JOINED, MP, "2009-09-16", "Timor-Leste joined it on 16 September 2009")
R(d, "Mali", ACCEPTED, KIG, "2017-03-31", "Mali deposits the first instrument of acceptance.")
R(d, "Rwanda", ACCEPTED, KIG, "2017-05-23", "Rwanda, host of MOP28, accepts.")
RL(d, ["Sweden", "Trinidad and Tobago"], ACCEPTED, KIG, "2017-11-17", "Sweden and Trinidad and Tobago deposit their instruments, bringing the total to 20")
# Entry into force (for the first 65 Parties, for China on 13 December): nothing.
R(d, "European Union", ACCEPTED, KIG, "2018-09-27", "The European Union deposits its instrument of approval.")
R(d, "Japan", ACCEPTED, KIG, "2018-12-14", "Japan accepts.")
R(d, "Costa Rica", RATIFIED, KIG, "2019-02-14", "Costa Rica ratifies.")
# Australia's licensing scheme (implementation) and India's Cabinet approval (domestic): nothing.
R(d, "Viet Nam", ACCEPTED, KIG, "2019-09-27", "Viet Nam, which accepted the Amendment on 27 September 2019, was the first ASEAN member to do so")
R(d, "China", ACCEPTED, KIG, "2021-09-15", "China deposits its instrument of acceptance")
R(d, "India", RATIFIED, KIG, "2021-09-27", "India's instrument of ratification is deposited in New York.")
R(d, "United States", NOTRATIFIED, KIG, None, "United States | not a party", negated=True,
  alt=["Administration says it will seek Senate advice and consent to ratification"])
R(d, "Saudi Arabia", NOTBOUND, KIG, None, "Saudi Arabia | not a party", negated=True)
R(d, "Brazil", NOTBOUND, KIG, None, "Brazil | not a party", negated=True)
R(d, "Türkiye", NOTBOUND, KIG, None, "Türkiye | not a party", negated=True, alt=["government has announced it intends to accept before MOP34"])
R(d, "UN Secretary-General", "called-for", KIG, "2020-12-12",
  "the UN Secretary-General called on \"all countries that have not yet done so to ratify the Kigali Amendment\"")
# Rwanda and Morocco co-chairing the Friends of Kigali, "has not issued any formal call": nothing. The depositary: nothing.
R(d, ["Environmental Law Clinic", "The Clinic"], "called-for", KIG, D,
  "the remaining G20 holdouts should accept the Amendment before MOP34", required=False)

# ===================== 12 (parliamentary research service briefing with chronology, CoE AI Convention, 12 March 2025) =====================
d = "12.txt"
D = "2025-03-12"
FCAI = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
        ["Framework Convention on Artificial Intelligence", "AI Convention", "Framework Convention"])
BLD = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
HCC = ("Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems", ["Hiroshima Code of Conduct"])
# The AI Act (EU secondary law), CAHAI/CAI set-up, negotiating participation, the Commission's proposals and the
# Council decision authorising signature, Article 218(6) and committee procedure: nothing (internal procedure).
R(d, "European Union", SIGNED_DECL, BLD, "2023-11-01", "At the AI Safety Summit at Bletchley Park, 28 countries and the EU sign the Bletchley Declaration")
RL(d, ["China", "France", "Germany", "India", "Japan", "Saudi Arabia", "United Kingdom", "United States"], SIGNED_DECL, BLD, "2023-11-01",
   "28 countries and the EU sign the Bletchley Declaration, among them China, France, Germany, India, Japan, Saudi Arabia, the United Kingdom and the United States.")
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], "adopted", FCAI, "2024-05-17",
  "The Committee of Ministers adopts the Framework Convention at its 133rd session in Strasbourg.")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"],
   "signed", FCAI, "2024-09-05",
   "The Convention was signed that day by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States and the European Union.",
   alt=[])
R(d, "European Parliament", "called-for", FCAI, "2024-10-23", "Parliament resolution calling on the Council to conclude the Convention without delay.",
  alt=["Parliament called on the Council to conclude the Convention swiftly"])
R(d, "Japan", "signed", FCAI, "2025-02", "Japan signs.")
RL(d, ["Canada", "Switzerland"], "signed", FCAI, "2025-02", "Canada and Switzerland follow at a ceremony in Strasbourg later the same month.")
# "No signatory has yet ratified" and the five-ratification threshold: unnamed / entry into force.
R(d, "United Kingdom", NOTRATIFIED, FCAI, None, "The United Kingdom has said it will ratify once domestic legislation on AI is in place.", negated=True)
R(d, "United States", NOTRATIFIED, FCAI, None, "Whether the United States, which signed under the previous administration, will pursue ratification is unclear.",
  negated=True, required=False)
R(d, "European Union", NOTBOUND, FCAI, None, "The EU has signed but not yet concluded the Convention.", negated=True,
  alt=["Its conclusion on behalf of the Union requires the consent of the European Parliament."])
R(d, ["G7", "G7 leaders"], ENDORSED, HCC, "2023-10-30",
  "The G7 leaders had endorsed the Hiroshima Process International Code of Conduct for Organizations Developing Advanced AI Systems the previous day")

# ===================== 13 (regional secretariat treaty calendar and update, Suva, 14 November 2025) =====================
d = "13.txt"
D = "2025-11-14"
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
WAIGANI = ("Waigani Convention", ["Convention to Ban the Importation into Forum Island Countries of Hazardous and Radioactive Wastes"])
OOP = ("Ocean of Peace Declaration", ["Ocean of Peace"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Protocols 2 and 3 to the Treaty of Rarotonga", "Protocols to the South Pacific Nuclear Free Zone Treaty"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
CONT = ("Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
        ["Declaration on the Continuity of Statehood"])
R77276 = ("resolution 77/276", ["General Assembly resolution 77/276"])
PSMA = ("Port State Measures Agreement", ["PSMA", "Agreement on Port State Measures"])
PIF = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "Leaders"]
R(d, "Tuvalu", RATIFIED, BBNJ, "2025-01", "Tuvalu deposits its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
R(d, "Cook Islands", "signed", BBNJ, "2025-03", "The Cook Islands signs the BBNJ Agreement")
RL(d, ["Samoa", "Fiji"], RATIFIED, BBNJ, "2025-03", "Samoa and Fiji deposit instruments of ratification of the same Agreement in the same month.")
RL(d, ["Solomon Islands", "Vanuatu", "Micronesia"], RATIFIED, BBNJ, "2025-06",
   "the Solomon Islands, Vanuatu and the Federated States of Micronesia ratify the BBNJ Agreement.")
# French Polynesia and New Caledonia (associate members, no actions); Nauru's Parliament approval (domestic).
R(d, "Nauru", ACCEDED, WAIGANI, None, "The instrument of accession has not yet been lodged with the depositary.", negated=True)
R(d, PIF, ENDORSED, OOP, "2025-09", "Leaders endorse the Ocean of Peace Declaration.")
# Opening for signature and entry into force of the Treaty of Rarotonga: nothing.
RL(d, ["Palau", "Micronesia", "Marshall Islands"], NOTBOUND, RARO, None,
   "Palau, the Federated States of Micronesia and the Marshall Islands are not parties", negated=True)
RL(d, ["China", "Russian Federation"], RATIFIED, RAROP, None, "China and the Russian Federation ratified Protocols 2 and 3 in the late 1980s")
R(d, "France", RATIFIED, RAROP, "1996", "France and the United Kingdom did so in 1996 and 1997 respectively")
R(d, "United Kingdom", RATIFIED, RAROP, "1997", "France and the United Kingdom did so in 1996 and 1997 respectively")
R(d, "United States", "signed", RAROP, "1996-03-25", "The United States signed the Protocols on 25 March 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "but has never ratified them", negated=True)
R(d, PIF, ENDORSED, BOE, "2018-09", "Endorsed by Forum Leaders at Yaren, Nauru, in September 2018.")
# The Boe Action Plan "followed" (no actor); Kiribati's withdrawal from the Forum (an organisation): nothing.
R(d, PIF, ENDORSED, S2050, "2022-07", "Endorsed by Leaders in Suva in July 2022")
R(d, PIF, ENDORSED, CONT, "2023-11", "Endorsed by Leaders in Rarotonga, November 2023.")
R(d, GA, "adopted", R77276, "2023-03-29", "the Assembly adopted by consensus on 29 March 2023")
RL(d, ["Vanuatu", "Fiji", "Samoa", "Tuvalu"], "co-sponsored", R77276, None, "Vanuatu, Fiji, Samoa and Tuvalu were among its 132 co-sponsors.")
# "Vanuatu led the core group": the co-sponsorship above covers it. The Court's opinion: nothing.
R(d, PIF, "called-for", RAROP, "2025-09", "Forum Leaders called on the United States to ratify the Protocols to the Treaty of Rarotonga")
R(d, PIF, "called-for", BBNJ, "2025-09", "on all Forum members that have not yet done so to become parties to the BBNJ Agreement")
# Palau's President "stands ready to help our neighbours ratify": not a call, nothing.
R(d, "Papua New Guinea", "signed", BBNJ, "2025-03", "Papua New Guinea, which signed the BBNJ Agreement last March")
R(d, "Papua New Guinea", NOTRATIFIED, BBNJ, None, "has yet to ratify it", negated=True)
R(d, "Kiribati", NOTRATIFIED, BBNJ, None, "Kiribati expected to deposit its instrument of ratification of the BBNJ Agreement", negated=True)
R(d, "Tonga", "signed", PSMA, None, "Tonga intends to sign the Port State Measures Agreement at FAO headquarters.", negated=True)

# ===================== 14 (Geneva hub resource page, resolution history of the right to a healthy environment, 5 June 2024) =====================
d = "14.txt"
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
STOCK = ("Stockholm Declaration", ["Declaration of the United Nations Conference on the Human Environment"])
FP = ("Framework Principles on Human Rights and the Environment", ["Framework Principles"])
R4813 = ("resolution 48/13", ["HRC resolution 48/13", "Human Rights Council resolution 48/13"])
R76300 = ("resolution 76/300", ["General Assembly resolution 76/300"])
R552 = ("resolution 55/2", ["HRC resolution 55/2", "Human Rights Council resolution 55/2"])
CMREC = ("Recommendation CM/Rec(2022)20 on human rights and the protection of the environment", ["Recommendation CM/Rec(2022)20"])
CORE = ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"]
R(d, ["UN Conference on the Human Environment", "Stockholm Conference"], "adopted", STOCK, "1972-06",
  "The UN Conference on the Human Environment adopts the Stockholm Declaration.")
R(d, HRC, "adopted", FP, None, "The Council takes note of them; it does not adopt them.", negated=True, required=False)
# The 2020 joint statement calls for recognition of a right (no instrument): nothing.
R(d, HRC, "adopted", R4813, "2021-10-08", "The HRC adopts resolution 48/13, recognising the right, by 43 votes to none")
RL(d, CORE, "co-sponsored", R4813, None, "The text was presented by the five core-group States, which co-sponsored it.",
   alt=["Core group: Costa Rica, Maldives, Morocco, Slovenia, Switzerland"])
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", R4813, "2021-10-08",
   "China, India, Japan and the Russian Federation abstained.", negated=True)
R(d, "United Kingdom", "supported", R4813, "2021-10-08", "The United Kingdom voted in favour")
# Not a member, so no vote: an annotator may or may not read it as non-participation.
R(d, "United States", "supported", R4813, "2021-10-08", "the United States was not a member of the Council in 2021 and did not vote", negated=True, required=False)
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], "adopted", CMREC, "2022-09-27",
  "the Council of Europe Committee of Ministers adopts Recommendation CM/Rec(2022)20 on human rights and the protection of the environment.")
R(d, GA, "adopted", R76300, "2022-07-28", "The General Assembly adopts resolution 76/300 by 161 votes to none")
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R76300, "2022-07-28",
   "with 8 abstentions: Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, the Russian Federation and Syria.", negated=True)
# "Over 100 States co-sponsored": unnamed.
R(d, "United States", "supported", R76300, "2022-07-28", "The United States voted in favour")
# Kenya's call to translate recognition into national law: implementation, nothing.
R(d, HRC, "adopted", R552, "2024-04-04", "the Council adopts, without a vote, resolution 55/2 on human rights and the environment.")
R(d, "Slovenia", "co-sponsored", R552, None, "Slovenia, presenting the text for the core group", required=False)
R(d, "Slovenia", "called-for", R552, "2024-04-04", "urged all members of the Council to support it", required=False)
# Calls for a binding instrument (unnamed), backing or not a negotiating mandate (process), regional treaties: nothing.

# ===================== 15 (news explainer timeline, unravelling of arms control treaties, 5 February 2026) =====================
d = "15.txt"
USSR = ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"]
ABM = ("Anti-Ballistic Missile Treaty", ["ABM Treaty", "Treaty on the Limitation of Anti-Ballistic Missile Systems"])
SALT = ("Interim Agreement on Certain Measures with Respect to the Limitation of Strategic Offensive Arms", ["SALT I", "SALT I interim agreement"])
INF = ("Intermediate-Range Nuclear Forces Treaty", ["INF Treaty", "INF"])
CFE = ("Treaty on Conventional Armed Forces in Europe", ["CFE Treaty", "CFE"])
OST = ("Treaty on Open Skies", ["Open Skies Treaty"])
NST = ("New START", ["Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms", "New START Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
APMBC = ("Ottawa Convention", ["Anti-Personnel Mine Ban Convention", "Mine Ban Convention",
                              "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
NPT = ("Nuclear Non-Proliferation Treaty", ["NPT", "Treaty on the Non-Proliferation of Nuclear Weapons"])
QABM = "US President Richard Nixon and Soviet leader Leonid Brezhnev sign the Anti-Ballistic Missile (ABM) Treaty and an interim agreement limiting offensive arms (SALT I)."
RL(d, ["United States", USSR], "signed", ABM, "1972-05-26", QABM)
RL(d, ["United States", USSR], "signed", SALT, "1972-05-26", QABM)
RL(d, ["United States", USSR], "signed", INF, "1987-12-08", "Ronald Reagan and Mikhail Gorbachev sign the Intermediate-Range Nuclear Forces (INF) Treaty at the White House")
# CFE "signed in Paris by 22 members of NATO and the Warsaw Pact" and Open Skies "signed in Helsinki": no named actor.
R(d, "United States", NOTBOUND, ABM, None, "The United States gives six months' notice of its withdrawal from the ABM Treaty.", negated=True)
R(d, "Russian Federation", NOTBOUND, CFE, None, "Russia completes its withdrawal from the CFE Treaty.", negated=True,
  alt=["Russia \"suspends\" its participation in the CFE Treaty."])
RL(d, ["United States", "Russian Federation"], "signed", NST, "2010-04-08", "Presidents Barack Obama and Dmitry Medvedev sign New START in Prague.")
# The Senate's consent (domestic) and the five-year extension of New START by the two States: nothing.
R(d, "United States", NOTBOUND, INF, None, "Washington announces it is leaving the INF Treaty", negated=True,
  alt=["US withdrawal from the INF Treaty takes effect on Aug. 2, 2019."])
R(d, "Russian Federation", NOTBOUND, INF, None, "Russia suspends its own obligations the following day", negated=True, required=False)
R(d, "United States", NOTBOUND, OST, None, "The United States leaves the Open Skies Treaty.", negated=True)
R(d, "Russian Federation", NOTBOUND, OST, None, "Russia follows in December 2021.", negated=True)
R(d, "Russian Federation", NOTBOUND, NST, None, "Russia is suspending its participation in New START", negated=True, required=False)
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "Putin signs a law revoking Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT).", negated=True)
R(d, "United States", "signed", CTBT, "1996", "The United States signed the CTBT in 1996")
R(d, "United States", NOTRATIFIED, CTBT, None, "but never ratified it", negated=True)
R(d, "Russian Federation", "signed", CTBT, None, "Russia says it remains a signatory.")
RL(d, ["Poland", "Lithuania", "Latvia", "Estonia"], NOTBOUND, APMBC, None,
   "The defence ministers of Poland, Lithuania, Latvia and Estonia recommend leaving the 1997 Ottawa Convention banning anti-personnel mines.", negated=True)
R(d, "Finland", NOTBOUND, APMBC, None, "Finland announces the same intention on April 1.", negated=True)
# The three Baltic withdrawals deposited on 27 June 2025 restate the same negated tuples (first quote kept).
R(d, "Ukraine", NOTBOUND, APMBC, None, "Ukraine announces two days later that it too will leave the Convention.", negated=True)
RL(d, ["United States", "Russian Federation"], PARTY, NPT, None, "Both states remain parties to the Nuclear Non-Proliferation Treaty")
# The Secretary-General's "return to the table", Putin's offer on central limits, China's refusal of talks: nothing.

# ===================== 16 (environment ministry newsletter feature with a key-dates box, Minamata Convention, 10 October 2023) =====================
d = "16.txt"
D = "2023-10-10"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention"])
BALI = ("Bali Declaration on Combating Global Illegal Trade of Mercury", ["Bali Declaration"])
# The box is drawn with "|" borders: quotes stay inside one box line.
R(d, ["Conference of Plenipotentiaries", "Conference of Plenipotentiaries on the Minamata Convention on Mercury"], "adopted", MIN, "2013-10-10",
  "Convention is adopted and opened for signature.", required=False)
# "92 States": unnamed. Text agreed at INC5, Kumamoto/Geneva venues, Japan as host: nothing.
R(d, "European Union", "signed", MIN, "2013-10-10", "and the European Union sign on the first day.")
R(d, "United States", ACCEPTED, MIN, "2013-11-06", "The United States becomes the first country to join,")
R(d, "Japan", ACCEPTED, MIN, "2016-02-02", "Japan deposits its instrument of acceptance.")
R(d, "European Union", ACCEPTED, MIN, "2017-05-18", "The EU and seven of its member States ratify, taking the",
  alt=["The 18 May 2017 deposit that carried the Convention into force was made by the European Union"])
RL(d, ["Bulgaria", "Denmark", "Hungary", "Malta", "Netherlands", "Romania", "Sweden"], RATIFIED, MIN, "2017-05-18",
   "was made by the European Union together with Bulgaria, Denmark, Hungary, Malta, the Netherlands, Romania and Sweden.")
# Entry into force, COP1 and COP5 venues: nothing.
R(d, ["COP4", "Conference of the Parties", "Conference of the Parties to the Minamata Convention"], "adopted", BALI, "2022-03",
  "COP4 (second segment), Bali, adopts the Bali Declaration")
R(d, "Japan", "signed", MIN, "2013-10-10", "Japan signed the Convention on its opening day.")
# The Air Pollution Control Act revision and the 2015 Act: domestic. The MOYAI pledge of 2 billion yen: funding, nothing.
R(d, "China", RATIFIED, MIN, "2016", "China had ratified in 2016")
R(d, "India", RATIFIED, MIN, "2018-06", "India followed in June 2018.")
R(d, "Russian Federation", "signed", MIN, "2014", "The Russian Federation signed in 2014 but has not ratified.")
R(d, "Russian Federation", NOTRATIFIED, MIN, None, "The Russian Federation signed in 2014 but has not ratified.", negated=True)
RL(d, ["Malaysia", "Brunei Darussalam"], NOTBOUND, MIN, None, "Malaysia and Brunei Darussalam have yet to become Parties", negated=True)
R(d, "Türkiye", "signed", MIN, "2014", "Türkiye signed in 2014")
R(d, "Türkiye", NOTRATIFIED, MIN, None, "says its ratification is \"in preparation\"", negated=True)
R(d, "Japan", "called-for", MIN, "2023",
  "Japan's Minister of the Environment called on \"all countries that have not yet done so to conclude the Minamata Convention as soon as possible\"")
R(d, ["G7", "G7 ministers", "G7 Climate, Energy and Environment Ministers"], COMMITTED, MIN, "2023-04-16",
  "The G7 ministers' communique, adopted on 16 April, reaffirmed the members' commitment to the Convention.", required=False)
# COP5 expectations (future decisions): nothing.

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
