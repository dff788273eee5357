#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (02, 05, 10) and three are Markdown (07, 12, 16);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, an HTML entity or Markdown emphasis.

Theme: environmental democracy and the transboundary environmental conventions of the UNECE and Latin America and the
Caribbean (documents dated 2012-2025): the Aarhus Convention, its Protocol on Pollutant Release and Transfer Registers (PRTRs) and its GMO
amendment; the Escazú Agreement; the Espoo Convention, its second amendment and its Protocol on Strategic Environmental
Assessment (SEA); the Water Convention, its Protocol on Water and Health and the Kyiv Protocol on Civil Liability; the
Industrial Accidents Convention. Documents: UNECE, ECLAC, UN and joint UNECE-WHO press releases, a meetings bulletin, a
co-chairs' summary, an EU statement to a Conference of the Parties, a Chilean ministry release, news reports, an NGO blog,
an NGO tracker and a depositary digest, and two parliamentary debates (Dáil Éireann 2012, House of Commons of Canada 2019).
Some events and dates are invented; they are kept consistent within each document and, where documents overlap, across them.

Conventions of this corpus (on top of the READMEs' rules):
- Adoption of a decision, declaration, work programme, strategy, guidelines or rules by a Meeting or Conference of the
  Parties is that body's `adopted`, dated by the day the text gives, else by the month of the session. A decision that was
  deferred or "never adopted" is the body's `adopted` negated (optional where the decision is named only by its subject).
- A deposited instrument of ratification / accession / approval / acceptance is `ratified` / `acceded` / (approval and
  acceptance: any binding action); "became the Nth Party" by the same deposit gives no second record. "A Party since YEAR"
  is `party` dated by that year. A list of States Parties gives one `party` record per State unless the same document
  records that State's deposit (then the deposit record's action list already accepts `party`).
- In a tracker table whose key says what the columns mean, a date in the signature column is `signed` and a date in the
  ratification column is the binding act the key names, both dated. Blank cells say nothing; "not yet ratified" lists in
  the text give the negated records.
- Withdrawal from a treaty, "is not a Party", "never joined" are negated `party` (any binding action accepted).
  "has yet to ratify", "expects to / intends to / will ratify", "is considering accession", a ratification bill that
  lapsed or was withdrawn from Congress are negated records without a date; "never signed", "refused to sign", "decided
  that it would not sign" are negated `signed`. "Signed but not ratified" gives a `signed` and a negated `ratified` record.
- Domestic steps (parliamentary approval, a bill sent to or archived by a congress, a Cabinet decision, a government
  memorandum), domestic and EU legislation (the Aarhus Regulation, the Seveso III Directive, Bill C-69), motions in a
  national parliament and their divisions, hosting a meeting, chairing a bureau, attending as an observer, aligning with
  another's statement, the depositary and the secretariat, entry into force, implementation and reporting give no record.
- Calls by a body, an official or an organisation on others to sign, ratify, join or accept an instrument are the caller's
  `called-for`, dated by the statement that makes them (the session's month where only that is known); an invitation "to
  consider acceding" is optional. Welcoming an instrument itself is `welcomed`; welcoming another's act gives nothing.
- `committed` only for "commits to" / "(remains) committed to" the instrument; "committed to the principles of" and
  "reiterated its commitment to" are optional, as is "supports the principles of" (`supported`). Declaring support for a
  draft before its adoption is optional `supported`; dissociating from an adopted decision is `supported` negated.
- Relative dates ("today", "on Thursday", "last month", "this year", "yesterday", "Monday of last week") resolve against
  the document's own date or the dated event the text ties them to.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Moldova", "Kazakhstan", "Kyrgyzstan",
          "Tajikistan", "Uzbekistan", "Mexico", "Colombia", "Bolivia", "Paraguay", "Chile", "Costa Rica", "Ecuador",
          "Guatemala", "Germany", "Netherlands", "Czechia", "China", "Iran", "Syria", "Bahamas", "Côte d'Ivoire", "Gambia",
          "Togo", "Ghana", "Kenya", "Viet Nam", "Uganda", "Venezuela"),
    "European Union": ["European Union", "EU", "European Community", "European Communities"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Peru": ["Peru", "Republic of Peru"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St. Kitts and Nevis", "St Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St. Lucia", "St Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Ukraine": ["Ukraine"],
    "Georgia": ["Georgia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Turkmenistan": ["Turkmenistan"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Montenegro": ["Montenegro"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Ireland": ["Ireland"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Chad": ["Chad", "Republic of Chad"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Hungary": ["Hungary"],
    "Mongolia": ["Mongolia"],
    "Canada": ["Canada"],
    "Japan": ["Japan"],
    "Belize": ["Belize"],
    "Grenada": ["Grenada"],
    "Jamaica": ["Jamaica"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Monaco": ["Monaco", "Principality of Monaco"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments ----
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters",
                                "UNECE Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
PRTR = ("Protocol on Pollutant Release and Transfer Registers", ["Protocol on PRTRs", "PRTR Protocol", "Kyiv Protocol on Pollutant Release and Transfer Registers"])
GMO = ("GMO amendment to the Aarhus Convention", ["GMO amendment", "amendment on genetically modified organisms", "Almaty amendment",
                                                  "amendment to the Convention on genetically modified organisms"])
ESCAZU = ("Escazú Agreement", ["Escazu Agreement",
                               "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
ESPOO = ("Espoo Convention", ["Convention on Environmental Impact Assessment in a Transboundary Context", "Espoo Convention on Environmental Impact Assessment in a Transboundary Context"])
ESPOO2 = ("second amendment to the Espoo Convention", ["second amendment", "Cavtat amendment", "second amendment to the Convention"])
SEA = ("Protocol on Strategic Environmental Assessment", ["Protocol on SEA", "SEA Protocol", "Kyiv Protocol on Strategic Environmental Assessment"])
WATER = ("Water Convention", ["Convention on the Protection and Use of Transboundary Watercourses and International Lakes", "UNECE Water Convention"])
PWH = ("Protocol on Water and Health", ["Protocol on Water and Health to the 1992 Convention on the Protection and Use of Transboundary Watercourses and International Lakes",
                                        "London Protocol on Water and Health"])
TEIA = ("Convention on the Transboundary Effects of Industrial Accidents", ["Industrial Accidents Convention", "UNECE Industrial Accidents Convention"])
CLP = ("Protocol on Civil Liability and Compensation for Damage Caused by the Transboundary Effects of Industrial Accidents on Transboundary Waters",
       ["Protocol on Civil Liability", "Kyiv Protocol on Civil Liability", "Civil Liability Protocol"])
UNWC = ("Convention on the Law of the Non-navigational Uses of International Watercourses", ["UN Watercourses Convention", "1997 Convention on the Law of the Non-navigational Uses of International Watercourses"])

# ---- bodies and officials ----
MOPA = ["Meeting of the Parties to the Aarhus Convention", "Meeting of the Parties", "Parties to the Aarhus Convention", "Aarhus Convention Meeting of the Parties"]
MOPP = ["Meeting of the Parties to the Protocol on Pollutant Release and Transfer Registers", "Meeting of the Parties to the Protocol on PRTRs",
        "Meeting of the Parties to the Protocol", "Meeting of the Parties"]
COPE = ["Conference of the Parties to the Escazú Agreement", "Conference of the Parties", "Escazú Conference of the Parties", "COP"]
UNECE_ES = ["UNECE Executive Secretary", "UNECE", "Executive Secretary of UNECE", "United Nations Economic Commission for Europe"]
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]


# ===================== 01 (UNECE press release, Aarhus Convention MOP-7 and PRTR Protocol MOP-4, Geneva, Friday 22 October 2021) =====================
d = "01.txt"
D = "2021-10-22"
THU, WED, MON = "2021-10-21", "2021-10-20", "2021-10-18"
VII9 = ("decision VII/9", ["decision VII/9 on a rapid response mechanism", "rapid response mechanism for environmental defenders"])
VII8 = ("decision VII/8", ["decision VII/8 on general issues of compliance"])
VII8C = ("decision VII/8c", ["decision VII/8c on compliance by Belarus"])
SP = ("Strategic Plan for 2022-2030", ["Strategic Plan 2022-2030", "Strategic Plan"])
WP01 = ("work programme for 2022-2025", ["work programme 2022-2025", "work programme"])
GENDECL = ("Geneva Declaration", ["Geneva Ministerial Declaration"])
R(d, MOPA, ADOPTED, VII9, THU, "Decision VII/9, adopted by consensus at the seventh session of the Meeting of the Parties",
  alt=["agreed on Thursday to set up a rapid response mechanism to protect environmental defenders"])
RL(d, ["Belgium", "Ireland", "Luxembourg", "Norway", "Switzerland"], "co-sponsored", VII9, None,
   "co-sponsored by Belgium, Ireland, Luxembourg, Norway and Switzerland")
# The Bureau prepared the draft: a body's drafting, nothing. The EU joined the sponsors on the opening day (Monday 18 October);
# "its member States" are not named.
R(d, "European Union", "co-sponsored", VII9, MON, "the European Union and its member States joined the sponsors on the opening day of the session")
R(d, MOPA, ADOPTED, SP, "2021-10", "The Meeting of the Parties also adopted the Strategic Plan for 2022-2030")
R(d, MOPA, ADOPTED, WP01, "2021-10", "the work programme for 2022-2025")
R(d, MOPA, ADOPTED, VII8, "2021-10", "as well as decision VII/8 on general issues of compliance")
R(d, MOPA, ADOPTED, VII8C, WED, "On Wednesday, it adopted decision VII/8c on compliance by Belarus")
# Dissociating from an adopted decision: a negated vote, dated by the decision.
R(d, "Belarus", "supported", VII8C, WED, "The delegation of Belarus said it did not accept the decision and dissociated itself from it.", negated=True)
# Party-specific decisions "concern" Armenia, Austria ...: subjects of the decisions, nothing.
R(d, "Serbia", PARTY, AARHUS, "2009", "the representative of Serbia, a Party to the Convention since 2009")
R(d, MOPA, ADOPTED, GENDECL, THU, "the Parties to the Convention on Thursday adopted the Geneva Declaration")
R(d, MOPP, ADOPTED, GENDECL, THU, "The Declaration was adopted by the Meeting of the Parties to the Protocol at the same sitting.")
# "47 Parties, 46 States and the European Union": the EU is named; its party record is optional (a count).
R(d, "European Union", PARTY, AARHUS, None, "it still counts 47 Parties, 46 States and the European Union", required=False)
R(d, "Bosnia and Herzegovina", ACCEDED, PRTR, "2019-03", "Bosnia and Herzegovina, which acceded in March 2019")
R(d, "North Macedonia", RATIFIED, PRTR, "2020", "North Macedonia, which ratified it in 2020")
# "on Monday, as the session opened": 18 October 2021; the depositary's seat is no actor.
R(d, "Ukraine", RATIFIED, PRTR, MON,
  "Ukraine, which deposited its instrument of ratification at United Nations Headquarters in New York on Monday, as the session opened")
# The call is reported without its own day; the session's month.
R(d, UNECE_ES + ["Olga Algayerova"], "called-for", PRTR, "2021-10",
  "Ms. Algayerova urged all UNECE member States that have not yet done so to accede to the Protocol")
R(d, "Georgia", ACCEDED, PRTR, None, "it expected to deposit its instrument of accession before the end of the year", negated=True)
RL(d, ["Kazakhstan", "Kyrgyzstan"], ACCEDED, PRTR, None, "said they were considering accession to the Protocol", negated=True)
RL(d, ["Kazakhstan", "Kyrgyzstan"], PARTY, AARHUS, None, "Kazakhstan and Kyrgyzstan, both Parties to the Convention")
R(d, "Guinea-Bissau", ACCEDED, AARHUS, None, "informed the meeting of its wish to accede to the Aarhus Convention", negated=True)
R(d, "Montenegro", RATIFIED, GMO, "2021-06", "the Meeting heard that Montenegro had ratified it in June")
RL(d, ["Armenia", "Ukraine"], NOTRATIFIED, GMO, None, "Armenia and Ukraine have yet to ratify the amendment", negated=True)
# Slovenia speaks for the EU (the Council presidency): the EU's record. The Aarhus Regulation: EU legislation, nothing.
R(d, "European Union", COMMITTED, AARHUS, "2021-10", "the Union \"remains fully committed to the Aarhus Convention\"")
# Boyd addressed the high-level segment, held on Thursday.
SR_HRE = ["UN Special Rapporteur on human rights and the environment", "Special Rapporteur on human rights and the environment", "David R. Boyd"]
R(d, SR_HRE, "called-for", ESCAZU, THU,
  "called on all States of Latin America and the Caribbean that have not yet done so to ratify the Escazu Agreement")
R(d, SR_HRE, "welcomed", VII9, THU, "welcomed the decision on defenders", required=False)
# Adoption in Aarhus in 1998 and in Kyiv in 2003: no named actor. Depositary, secretariat, next session: nothing.

# ===================== 02.html (ECLAC press release, entry into force of the Escazú Agreement, Thursday 22 April 2021) =====================
d = "02.html"
D = "2021-04-22"
FIRSTDAY = ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Costa Rica", "Ecuador", "Guatemala", "Guyana", "Haiti", "Mexico",
            "Panama", "Peru", "Saint Lucia", "Uruguay"]
RL(d, FIRSTDAY, "signed", ESCAZU, "2018-09-27",
   "when it was signed by Antigua and Barbuda, Argentina, Bolivia, Brazil, Costa Rica, Ecuador, Guatemala, Guyana, Haiti, Mexico, Panama, Peru, Saint Lucia and Uruguay")
# Adopted in Escazú on 4 March 2018: no named actor.
R(d, "Argentina", RATIFIED, ESCAZU, "2021-01-22", "when Argentina and Mexico deposited their instruments of ratification",
  alt=["said his country had ratified the Agreement"])
R(d, "Mexico", RATIFIED, ESCAZU, "2021-01-22", "when Argentina and Mexico deposited their instruments of ratification")
PARTIES02 = ["Antigua and Barbuda", "Bolivia", "Ecuador", "Guyana", "Nicaragua", "Panama", "Saint Kitts and Nevis",
             "Saint Vincent and the Grenadines", "Uruguay"]
RL(d, PARTIES02, PARTY, ESCAZU, None,
   "The States Parties are Antigua and Barbuda, Argentina, the Plurinational State of Bolivia, Ecuador, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines and Uruguay.")
R(d, "Saint Lucia", ACCEPTED, ESCAZU, "2020-12-01", "Saint Lucia, whose instrument was deposited on 1 December 2020, was the tenth to join.")
SIGNED_NOT02 = ["Belize", "Brazil", "Colombia", "Costa Rica", "Dominica", "Dominican Republic", "Grenada", "Guatemala", "Haiti", "Jamaica",
                "Paraguay", "Peru"]
Q02 = ("Twelve countries have signed the Agreement but have not yet ratified it: Belize, Brazil, Colombia, Costa Rica, Dominica, "
       "the Dominican Republic, Grenada, Guatemala, Haiti, Jamaica, Paraguay and Peru.")
RL(d, [a for a in SIGNED_NOT02 if a not in FIRSTDAY], "signed", ESCAZU, None, Q02)
RL(d, SIGNED_NOT02, NOTRATIFIED, ESCAZU, None, Q02, negated=True)
# Co-chairing the negotiations: a process, nothing.
R(d, "Chile", "signed", ESCAZU, None, "has not signed the Agreement", negated=True)
R(d, ["ECLAC Executive Secretary", "ECLAC", "Economic Commission for Latin America and the Caribbean", "Alicia Bárcena", "Executive Secretary of ECLAC"],
  "called-for", ESCAZU, D, "I call on the countries that have not yet done so to sign and ratify the Escazú Agreement")
R(d, SG + ["António Guterres"], "welcomed", ESCAZU, D, "welcomed the Agreement as")
# Mexico "would work to bring more countries on board": no call to a named act; nothing.
R(d, "Costa Rica", COMMITTED, ESCAZU, D, "the Government remained committed to the Escazú Agreement")
# Costa Rica's hope for approval and Colombia's expected vote restate their negated ratifications; submission to Congress: domestic.
# Chile offering to host COP 1: nothing.

# ===================== 03 (Dáil Éireann debate, Aarhus Convention private members' motion, Wednesday 15 February 2012) =====================
d = "03.txt"
D = "2012-02-15"
R(d, "Ireland", "signed", AARHUS, "1998-06-25",
  "Ireland signed the UNECE Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters (the Aarhus Convention) in Aarhus, Denmark, on 25 June 1998")
R(d, "European Union", ACCEPTED, AARHUS, "2005-02-17", "the European Community approved the Convention on 17 February 2005")
# "26 of the 27 Member States": unnamed.
FOUR = ["Ireland", "Liechtenstein", "Monaco", "Switzerland"]
Q03 = "Ireland, Liechtenstein, Monaco and Switzerland are the only States that signed the Convention in 1998 and have not ratified it"
RL(d, ["Liechtenstein", "Monaco", "Switzerland"], "signed", AARHUS, "1998", Q03)
R(d, "Ireland", NOTRATIFIED, AARHUS, None, Q03, negated=True,
  alt=["the Government intends to ratify it before the United Nations Conference on Sustainable Development in Rio de Janeiro in June",
       "Ireland will ratify it this year"])
RL(d, ["Liechtenstein", "Monaco"], NOTRATIFIED, AARHUS, None, Q03, negated=True)
R(d, "Switzerland", NOTRATIFIED, AARHUS, None, Q03, negated=True, alt=["Switzerland has said it will ratify in 2013 or 2014."])
# The motion's "calls on the Government to ratify": a motion of the national parliament, nothing.
R(d, "Denmark", RATIFIED, AARHUS, "2000-09", "Denmark, the host country, ratified it in September 2000")
R(d, "United Kingdom", RATIFIED, AARHUS, "2005-02", "the United Kingdom ratified it in February 2005")
R(d, "Germany", RATIFIED, AARHUS, "2007-01", "Germany, which was often slow, ratified it in January 2007")
RL(d, ["Belarus", "Kazakhstan", "Turkmenistan"], PARTY, AARHUS, None, "Even Belarus, Kazakhstan and Turkmenistan are Parties.")
# "Ireland is not." is the elliptical negated party status (the negated ratification is recorded above).
R(d, "Ireland", NOTBOUND, AARHUS, None, "Ireland is not.", negated=True, required=False)
RL(d, ["Friends of the Irish Environment", "An Taisce"], "called-for", AARHUS, None,
   "Friends of the Irish Environment and An Taisce have called on successive Governments to ratify the Convention")
# Infringement proceedings by the Commission, the 2011 Act, the Government's memorandum, the division on the amendment: nothing.
R(d, "Ireland", NOTRATIFIED, PRTR, None, "We will ratify the Protocol on Pollutant Release and Transfer Registers at the same time.", negated=True)
R(d, "Ireland", "signed", PRTR, "2003-05", "Ireland signed the Protocol in Kyiv in May 2003")
R(d, "Ireland", NOTRATIFIED, GMO, None, "We will also ratify the amendment to the Convention on genetically modified organisms", negated=True)
R(d, "Ireland", RATIFIED, ESPOO, "2002-07",
  "Ireland ratified the Espoo Convention on Environmental Impact Assessment in a Transboundary Context in July 2002")
R(d, "Ireland", "signed", SEA, "2003", "Ireland signed its Protocol on Strategic Environmental Assessment in 2003")
R(d, "Ireland", NOTRATIFIED, SEA, None, "but has not ratified it; my Department is examining the legislative changes required", negated=True)
# "commits us to ratifying" is the planned ratification; "committed to the principles of": optional.
R(d, "Ireland", COMMITTED, AARHUS, D, "This Government is committed to the principles of the Aarhus Convention", required=False,
  alt=["The Programme for Government commits us to ratifying the Convention"])
R(d, "Austria", RATIFIED, AARHUS, "2005-01", "Austria ratified the Convention in January 2005")
R(d, "Italy", RATIFIED, AARHUS, "2001", "Italy in 2001")

# ===================== 04 (news report, Peru's Congress shelves the Escazú Agreement, Lima, Wednesday 21 October 2020) =====================
d = "04.txt"
D = "2020-10-21"
# The committee's vote (9-2-2) is a domestic vote on a bill: nothing.
R(d, "Peru", "signed", ESCAZU, "2018-09-27", "Peru, which signed the agreement on Sept. 27, 2018")
R(d, "Peru", NOTRATIFIED, ESCAZU, None, "will not ratify it for the foreseeable future", negated=True)
R(d, "Peru", COMMITTED, ESCAZU, D, "Peru \"remains committed to the principles of the Escazú Agreement\"", required=False)
# Confiep lobbying against ratification and AIDESEP demanding approval by Congress: nothing.
NINE = ["Antigua and Barbuda", "Bolivia", "Guyana", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Uruguay"]
RL(d, NINE, RATIFIED, ESCAZU, None,
   "Antigua and Barbuda, Bolivia, Guyana, Nicaragua, Panama, Saint Kitts and Nevis, Saint Vincent and the Grenadines and Uruguay have ratified it")
R(d, "Ecuador", RATIFIED, ESCAZU, "2020-05", "Ecuador, the most recent, followed in May")
# Argentina: congressional approval is domestic; no instrument deposited.
R(d, "Argentina", NOTRATIFIED, ESCAZU, None, "the government of Alberto Fernández has yet to deposit its instrument of ratification", negated=True)
R(d, "Mexico", NOTRATIFIED, ESCAZU, None, "officials say Mexico could ratify before the end of the year", negated=True,
  alt=["the Senate is expected to vote on the treaty next month"])
R(d, "Chile", "signed", ESCAZU, None, "Chile, which co-led the negotiations with Costa Rica, refused to sign the agreement in 2018", negated=True)
R(d, "Paraguay", "signed", ESCAZU, "2018-09-28", "Paraguay signed the agreement on Sept. 28, 2018")
R(d, "Paraguay", NOTRATIFIED, ESCAZU, None, "in December 2019 the government of Mario Abdo Benítez withdrew it from Congress, ending the ratification process",
  negated=True)
R(d, "Colombia", "signed", ESCAZU, "2019-12", "Colombia signed it in December 2019")
R(d, "Colombia", NOTRATIFIED, ESCAZU, None, "but the bill has stalled in Congress", negated=True)
# "on the first day": the opening day dated above, Sept. 27, 2018.
R(d, "Brazil", "signed", ESCAZU, "2018-09-27", "Brazil signed on the first day")
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "has shown no interest in ratification", negated=True)
R(d, "Costa Rica", "signed", ESCAZU, "2018-09-27", "signed it on the first day as well")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "its ratification bill is still before the Legislative Assembly", negated=True)
RL(d, ["Guatemala", "Haiti"], "signed", ESCAZU, "2018-09-27", "Guatemala and Haiti, also first-day signatories")
RL(d, ["Guatemala", "Haiti"], NOTRATIFIED, ESCAZU, None, "Guatemala and Haiti, also first-day signatories, have not ratified it", negated=True)
R(d, ["ECLAC Executive Secretary", "ECLAC", "Alicia Bárcena", "Economic Commission for Latin America and the Caribbean"], "called-for", ESCAZU, "2020-10-20",
  "urged all signatory countries to complete their ratification processes")
# Adoption in Costa Rica in March 2018: no named actor.
ILO169 = ("ILO Convention 169 on Indigenous and Tribal Peoples", ["ILO Convention 169", "Indigenous and Tribal Peoples Convention", "Convention No. 169"])
R(d, "Peru", RATIFIED, ILO169, "1994", "the country ratified ILO Convention 169 on Indigenous and Tribal Peoples in 1994")
# The 2011 framework law: domestic. AIDESEP's call to resubmit the treaty to Congress: a domestic step (optional call).
R(d, ["AIDESEP", "Interethnic Association for the Development of the Peruvian Rainforest"], "called-for", ESCAZU, None,
  "called on President Martín Vizcarra to resubmit the treaty before the end of his term", required=False)

# ===================== 05.html (UNECE press release, Water Convention MOP-10, Ljubljana, Friday 25 October 2024) =====================
d = "05.html"
D = "2024-10-25"
MOPW = ["Meeting of the Parties to the Water Convention", "Meeting of the Parties", "Parties to the Water Convention"]
POW05 = ("programme of work for 2025-2027", ["programme of work 2025-2027", "programme of work"])
DEC2026 = ("decision on the contribution of the Convention to the 2026 United Nations Water Conference", ["decision on the 2026 UN Water Conference"])
R(d, MOPW, ADOPTED, POW05, "2024-10", "The Parties adopted the programme of work for 2025")
R(d, MOPW, ADOPTED, DEC2026, "2024-10",
  "They also adopted a decision on the contribution of the Convention to the 2026 United Nations Water Conference")
# Co-hosts of the 2026 Conference, Slovenia as host and Bureau chair, Ghana taking over: nothing.
R(d, "Chad", ACCEDED, WATER, "2018", "Chad became the first of them when it acceded in 2018.")
for actor, date, q in [("Cameroon", "2022-06-01", "Cameroon, on 1 June 2022"),
                       ("Gambia", "2022-08-23", "the Gambia, on 23 August 2022"),
                       ("Iraq", "2023-03-01", "Iraq, on 1 March 2023, the first country in the Middle East to do so"),
                       ("Panama", "2023-03-20", "Panama, on 20 March 2023"),
                       ("Côte d'Ivoire", "2023-11-22", "Côte d'Ivoire, on 22 November 2023"),
                       ("Zimbabwe", "2024-02-29", "Zimbabwe, on 29 February 2024"),
                       ("Nigeria", "2024-06-24", "Nigeria, on 24 June 2024")]:
    R(d, actor, ACCEDED, WATER, date, q, alt=["the following countries have deposited instruments of accession"])
R(d, "Namibia", ACCEDED, WATER, "2024-10-23",
  "Namibia deposited its instrument of accession at United Nations Headquarters on Wednesday, the opening day of the session")
# Party status on the ninetieth day thereafter: planned.
R(d, "Namibia", PARTY, WATER, None, "becomes the 53rd Party on the ninetieth day thereafter", negated=True)
R(d, UNECE_ES + ["Tatiana Molcean"], "called-for", WATER, "2024-10",
  "who called on all countries sharing transboundary waters to join the Convention")
R(d, "Togo", PARTY, WATER, "2021", "Togo, a Party since 2021")
R(d, "Ghana", ACCEDED, WATER, "2020", "Ghana, which acceded in 2020")
RL(d, ["Côte d'Ivoire", "Nigeria"], PARTY, UNWC, None,
   "are also Parties to the 1997 Convention on the Law of the Non-navigational Uses of International Watercourses")
# Tunisia: parliamentary approval is domestic; the deposit is expected.
R(d, "Tunisia", ACCEDED, WATER, None, "it expects to deposit its instrument of accession early next year", negated=True)
RL(d, ["Sierra Leone", "Uganda", "Viet Nam"], ACCEDED, WATER, None,
   "Sierra Leone, Uganda and Viet Nam said national consultations were at an advanced stage", negated=True)
R(d, "Jordan", ACCEDED, WATER, None, "Jordan announced that it intends to accede to the Convention", negated=True)
R(d, "Kenya", ACCEDED, WATER, None, "Kenya said it was seriously considering doing so", negated=True)
R(d, "European Union", PARTY, WATER, "1995", "The European Union, a Party to the Convention since 1995")
# The Global Gateway support: nothing.
R(d, "Hungary", RATIFIED, CLP, None, "Hungary remains the only country to have ratified the Protocol")
# Adoption in Helsinki in 1992: no actor.

# ===================== 06 (meetings bulletin, Espoo MOP-9 and SEA MOP/MOP-5, Geneva, summary dated Friday 15 December 2023) =====================
d = "06.txt"
D = "2023-12-15"
THU, WED = "2023-12-14", "2023-12-13"
MOPE = ["Meeting of the Parties to the Espoo Convention", "Meeting of the Parties to the Convention", "Meeting of the Parties"]
MOPS = ["Meeting of the Parties to the Protocol on Strategic Environmental Assessment", "Meeting of the Parties to the Protocol",
        "Meeting of the Parties serving as the Meeting of the Parties to the Protocol", "Meeting of the Parties"]
WP06 = ("workplan for 2024-2026", ["joint workplan for 2024-2026", "workplan"])
IX4 = ("decision IX/4", ["decision IX/4 on the review of compliance with the Convention"])
IX4D = ("decision IX/4d", ["decision IX/4d on compliance by Belarus", "draft decision on compliance by Belarus"])
IX4E = ("decision IX/4e", ["decision IX/4e on compliance by Ukraine"])
V4 = ("decision V/4", ["decision V/4 on compliance"])
NPP = ("decision on nuclear power plants", ["decision on life-time extension of nuclear power plants"])
Q06 = ("a joint workplan for 2024-2026, adopted by the Meeting of the Parties to the Convention and by the Meeting of the Parties to the Protocol")
R(d, MOPE, ADOPTED, WP06, THU, Q06)
R(d, MOPS, ADOPTED, WP06, THU, Q06)
R(d, MOPE, ADOPTED, IX4, THU, "and of decision IX/4 on the review of compliance with the Convention")
R(d, MOPE, ADOPTED, NPP, None, "A contentious decision on nuclear power plants", negated=True, required=False,
  alt=["was deferred to the tenth session"])
# Adoption in Espoo in 1991, the amendments adopted in Sofia and Cavtat, the Protocol adopted in Kyiv: no named actor.
R(d, "Georgia", ACCEDED, ESPOO, "2023-03-09",
   "Georgia, the newest member of both treaties, deposited instruments of accession to the Convention and to the Protocol on 9 March 2023")
R(d, "Georgia", ACCEDED, SEA, "2023-03-09",
  "Georgia, the newest member of both treaties, deposited instruments of accession to the Convention and to the Protocol on 9 March 2023")
R(d, "European Union", PARTY, ESPOO, "1997", "The European Union, a Party to the Convention since 1997")
R(d, "European Union", PARTY, SEA, "2008", "and to the Protocol since 2008")
RL(d, ["Russian Federation", "United States"], "signed", ESPOO, "1991", "which both signed the Convention in 1991 but have never ratified it")
RL(d, ["Russian Federation", "United States"], NOTRATIFIED, ESPOO, None, "which both signed the Convention in 1991 but have never ratified it", negated=True)
R(d, "Kazakhstan", NOTRATIFIED, SEA, None,
  "Kazakhstan announced that it had completed its domestic procedures for the ratification of the Protocol on SEA and would deposit the instrument in 2024",
  negated=True)
R(d, "Uzbekistan", ACCEDED, ESPOO, None, "said it intends to accede to the Convention", negated=True)
RL(d, ["Armenia", "Azerbaijan"], RATIFIED, ESPOO2, None, "the meeting heard that Armenia and Azerbaijan had ratified it since the last session")
# "eight Parties to the Convention that had not": unnamed.
R(d, MOPE, "called-for", ESPOO2, THU,
  "the Meeting of the Parties called upon those Parties that had not yet done so to ratify the second amendment")
# Lithuania contesting the plant: nothing.
R(d, "Belarus", PARTY, ESPOO, "2005", "Belarus, a Party since 2005")
R(d, MOPE, ADOPTED, IX4D, WED, "Decision IX/4d was adopted by 27 votes in favour to 1 against (Belarus)")
R(d, "Belarus", "supported", IX4D, WED, "to 1 against (Belarus)", negated=True,
  alt=["Belarus said it \"categorically rejects\" the decision"])
RL(d, ["Armenia", "Kazakhstan", "Kyrgyzstan"], "supported", IX4D, WED, "with 3 abstentions (Armenia, Kazakhstan, Kyrgyzstan)", negated=True)
# The Russian Federation, an observer, "supported Belarus": no vote, no instrument.
R(d, MOPE, ADOPTED, IX4E, "2023-12",
  "Decision IX/4e on compliance by Ukraine in respect of the Danube-Black Sea Deep-Water Navigation Canal in the Ukrainian sector of the Danube Delta was adopted by consensus")
R(d, "Ukraine", PARTY, ESPOO, "1999", "Ukraine, a Party since 1999")
# Romania welcoming Ukraine's engagement: nothing.
R(d, MOPS, ADOPTED, V4, "2023-12", "the Meeting of the Parties adopted decision V/4 on compliance")
# The EU pledge, Finland's reception, Switzerland hosting, Norway's workshop: nothing.
R(d, "Belarus", NOTBOUND, AARHUS, None, "the Aarhus Convention, from which it withdrew in 2022", negated=True)

# ===================== 07.md (NGO blog on the Aarhus MOP-6 in Budva, posted Wednesday 20 September 2017) =====================
d = "07.md"
D = "2017-09-20"
VI8F = ("decision VI/8f", ["draft decision VI/8f", "decision on compliance by the European Union"])
VI8 = ("decision VI/8", ["decision VI/8 on general issues of compliance"])
WP07 = ("work programme for 2018-2021", ["work programme 2018-2021", "work programme"])
BUDVA = ("Budva Declaration on Environmental Democracy for our Sustainable Future", ["Budva Declaration"])
ALMATY = ("Almaty Guidelines", ["Almaty Guidelines on Promoting the Application of the Principles of the Aarhus Convention in International Forums"])
R(d, MOPA, ADOPTED, VI8F, None, "The draft decision endorsing those findings, decision VI/8f, was never adopted.", negated=True,
  alt=["the Meeting of the Parties agreed to postpone the decision on the EU case to its next ordinary session in 2021"])
# The Compliance Committee's findings: a committee's findings, not a Party's act.
R(d, "European Union", ACCEPTED, AARHUS, "2005", "The European Union, which approved the Convention in 2005")
# "could have supported the draft decision": hypothetical, no support given (optional negated).
RL(d, ["Norway", "Switzerland"], "supported", VI8F, None, "Norway and Switzerland said openly that they could have supported the draft decision",
   negated=True, required=False)
R(d, MOPA, ADOPTED, VI8, "2017-09", "decision VI/8 on general issues of compliance")
R(d, MOPA, ADOPTED, WP07, "2017-09", "the work programme for 2018-2021")
# "adopted on Wednesday" of last week: 13 September 2017, the last day of the session.
QB = ("the Budva Declaration on Environmental Democracy for our Sustainable Future, adopted on Wednesday at the joint high-level segment by the "
      "Meeting of the Parties to the Convention and by the Meeting of the Parties to the Protocol on Pollutant Release and Transfer Registers")
R(d, MOPA, ADOPTED, BUDVA, "2017-09-13", QB)
R(d, MOPP, ADOPTED, BUDVA, "2017-09-13", QB)
R(d, MOPA, "called-for", AARHUS, "2017-09-13", "the Parties invite States outside the UNECE region to accede to the Convention", required=False)
R(d, MOPA, ADOPTED, ALMATY, "2005", "the Almaty Guidelines, adopted by the Parties in 2005")
R(d, "Ireland", RATIFIED, AARHUS, "2012", "Ireland, which ratified in 2012")
R(d, "Switzerland", RATIFIED, AARHUS, "2014", "Switzerland, which ratified in 2014")
RL(d, ["Monaco", "Liechtenstein"], "signed", AARHUS, "1998", "Monaco and Liechtenstein remain the only signatories from 1998 that have not ratified.")
RL(d, ["Monaco", "Liechtenstein"], NOTRATIFIED, AARHUS, None, "Monaco and Liechtenstein remain the only signatories from 1998 that have not ratified.",
   negated=True)
RL(d, ["Austria", "Estonia"], RATIFIED, GMO, "2017", "Austria and Estonia ratified it this year")
R(d, "Ukraine", NOTRATIFIED, GMO, None, "has yet to ratify the amendment", negated=True)
R(d, "Montenegro", ACCEDED, PRTR, "2017-03", "Montenegro acceded in March")
R(d, "United Kingdom", RATIFIED, AARHUS, "2005", "The United Kingdom, which ratified the Convention in 2005")
R(d, "Turkmenistan", ACCEDED, AARHUS, "1999", "Turkmenistan, a Party since it acceded in 1999")
# The blog's call on the EU to amend the Aarhus Regulation: legislation, nothing. Party-specific decisions: subjects, nothing.

# ===================== 08 (Chilean Ministry of the Environment press release, accession to the Escazú Agreement, Monday 13 June 2022) =====================
d = "08.txt"
D = "2022-06-13"
P10 = ("Declaration on the application of Principle 10 of the Rio Declaration on Environment and Development",
       ["Declaration on the application of Principle 10", "Principle 10 Declaration"])
COPRULES = ("rules of procedure of the Conference of the Parties to the Escazú Agreement", ["rules of procedure"])
CSICRULES = ("rules of composition and functioning of the Committee to Support Implementation and Compliance",
             ["rules of composition and functioning of the Committee"])
R(d, "Chile", JOINED, ESCAZU, D,
  "Chile today deposited its instrument of accession to the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean (Escazú Agreement)")
RL(d, ["Chile", "Costa Rica", "Ecuador", "Jamaica", "Mexico", "Panama", "Paraguay", "Peru", "Dominican Republic", "Uruguay"], SIGNED_DECL, P10, "2012-06",
   "signed in June 2012 by Chile, Costa Rica, Ecuador, Jamaica, Mexico, Panama, Paraguay, Peru, the Dominican Republic and Uruguay")
# Co-chairing the negotiations, adoption in Escazú: nothing.
R(d, "Chile", "signed", ESCAZU, None, "the previous Government decided that Chile would not sign it", negated=True,
  alt=["Because Chile had not signed the Agreement within the period it was open for signature"])
# The President's message to Congress and the votes of the Chamber and the Senate: domestic.
RL(d, ["Antigua and Barbuda", "Argentina", "Bolivia", "Ecuador", "Guyana", "Mexico", "Nicaragua", "Panama", "Saint Kitts and Nevis", "Saint Lucia",
       "Saint Vincent and the Grenadines", "Uruguay"], PARTY, ESCAZU, None,
   "Chile now joins the twelve States that were already Parties: Antigua and Barbuda, Argentina, Bolivia, Ecuador, Guyana, Mexico, Nicaragua, Panama, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines and Uruguay.")
R(d, "Chile", COMMITTED, ESCAZU, D, "Chile commits to the full and effective implementation of the Escazú Agreement")
R(d, "Chile", "called-for", ESCAZU, D, "We call on the countries of the region that have not yet done so to join the Escazú Agreement.")
RL(d, ["Brazil", "Colombia", "Peru"], "signed", ESCAZU, None, "Brazil, Colombia and Peru signed it in 2018 and 2019 but have not ratified it")
RL(d, ["Brazil", "Colombia", "Peru"], NOTRATIFIED, ESCAZU, None, "Brazil, Colombia and Peru signed it in 2018 and 2019 but have not ratified it", negated=True)
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "Costa Rica, where it was born, has yet to ratify it", negated=True)
# Hosting COP 1 as an observer: nothing. "In April": April 2022.
R(d, COPE, ADOPTED, COPRULES, "2022-04", "The Conference of the Parties adopted its rules of procedure")
R(d, COPE, ADOPTED, CSICRULES, "2022-04", "the rules of composition and functioning of the Committee to Support Implementation and Compliance")
# The bill to amend Law 19.300 and the national implementation plan: domestic.

# ===================== 09 (news report, Belarus withdraws from the Aarhus Convention, Tuesday 26 July 2022) =====================
d = "09.txt"
D = "2022-07-26"
VII8C = ("decision VII/8c", ["decision VII/8c on compliance by Belarus"])
# The withdrawal: notified on 18 July, effective 24 October; the State is no longer bound (negated, no date).
R(d, "Belarus", NOTBOUND, AARHUS, None, "Belarus has notified the United Nations that it is withdrawing from the Aarhus Convention", negated=True)
# The depositary, the Foreign Ministry's "guided by its national legislation": nothing.
R(d, "Belarus", ACCEPTED, AARHUS, "2000-03", "Belarus approved the Convention in March 2000")
R(d, "Belarus", "signed", PRTR, "2003", "Belarus signed the Protocol on Pollutant Release and Transfer Registers in Kyiv in 2003")
R(d, "Belarus", NOTRATIFIED, PRTR, None, "but never ratified it", negated=True)
R(d, MOPA, ADOPTED, VII8C, "2021-10", "At their seventh session in Geneva in October 2021, the Parties adopted decision VII/8c")
# The election of the Special Rapporteur in June, the ECO Forum's regret: nothing.
# A call to reverse a withdrawal, i.e. to stay bound: optional.
R(d, "European Union", "called-for", AARHUS, "2022-07-21", "called on Belarus to reconsider its withdrawal from the Convention before it takes effect",
  required=False)
RL(d, ["Lithuania", "Latvia", "Poland"], PARTY, AARHUS, None, "Among Belarus's neighbours, Lithuania, Latvia and Poland are Parties to the Convention.")
RL(d, ["Armenia", "Azerbaijan", "Georgia", "Kazakhstan", "Kyrgyzstan", "Republic of Moldova", "Tajikistan", "Turkmenistan", "Ukraine"], PARTY, AARHUS, None,
   "Nine other former Soviet republics - Armenia, Azerbaijan, Georgia, Kazakhstan, Kyrgyzstan, the Republic of Moldova, Tajikistan, Turkmenistan and Ukraine - remain Parties.")
R(d, "Russian Federation", NOTBOUND, AARHUS, None, "The Russian Federation has never joined the Convention", negated=True)
R(d, "Uzbekistan", NOTBOUND, AARHUS, None, "nor has Uzbekistan", negated=True)
R(d, "Belarus", RATIFIED, ESPOO, "2005",
  "It remains a Party to the Espoo Convention on Environmental Impact Assessment in a Transboundary Context, which it ratified in 2005")
R(d, "Belarus", PARTY, WATER, "2003", "to the Water Convention, to which it has been a Party since 2003")
# "no plans to withdraw from either": restates the party status. Article 21 (the withdrawal clause): nothing.

# ===================== 10.html (UN meetings-coverage press release GA/12437, resolution 76/300, Thursday 28 July 2022) =====================
d = "10.html"
D = "2022-07-28"
R76300 = ("resolution 76/300", ["A/76/L.75", "General Assembly resolution 76/300", "draft resolution A/76/L.75",
                                "resolution recognizing the right to a clean, healthy and sustainable environment as a human right",
                                "The human right to a clean, healthy and sustainable environment"])
HRC4813 = ("Human Rights Council resolution 48/13", ["resolution 48/13"])
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
R(d, GA, ADOPTED, R76300, D, "the Assembly adopted resolution 76/300, contained in document A/76/L.75",
  alt=["The General Assembly today adopted a resolution recognizing the right to a clean, healthy and sustainable environment as a human right"])
# The text's call on States, organizations and business to "scale up efforts": not a treaty action.
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R76300, D,
   "with 8 abstentions (Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, Russian Federation, Syria)", negated=True)
# "161 in favour": unnamed; "co-sponsored by more than 100 Member States": unnamed.
RL(d, ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", R76300, None,
   "speaking on behalf of the core group of sponsors (Costa Rica, Maldives, Morocco, Slovenia and Switzerland)")
R(d, HRC, ADOPTED, HRC4813, "2021-10-08", "Human Rights Council resolution 48/13, adopted in Geneva on 8 October 2021")
R(d, "United States", "supported", R76300, D, "said her delegation had voted in favour")
R(d, "United Kingdom", "supported", R76300, D, "said his country had voted in favour, on the understanding that the text was not legally binding")
R(d, "Japan", "supported", R76300, D, "The delegate of Japan also voted in favour")
# The Czech Republic speaks for the EU; the EU does not vote in the Assembly ("proud to have supported": optional).
R(d, "European Union", "supported", R76300, D, "proud to have supported", required=False)
R(d, "European Union", PARTY, AARHUS, None, "The European Union is a Party to the Aarhus Convention")
R(d, "Switzerland", PARTY, AARHUS, "2014", "Switzerland, a Party to the Aarhus Convention since 2014")
R(d, "Argentina", PARTY, ESCAZU, None, "as a State party to the Escazú Agreement, his country saw the resolution as a natural extension of the regional treaty")
R(d, "Chile", ACCEDED, ESCAZU, "2022-06", "Chile, which acceded to the Escazú Agreement last month")
R(d, "Chile", "supported", R76300, D, "had voted in favour with conviction")
R(d, "Canada", "supported", R76300, D, "The delegate of Canada said his country had voted in favour.")
R(d, "Canada", NOTBOUND, AARHUS, None, "Canada, which is not a Party to the Aarhus Convention", negated=True)
# Russia, China and Iran explain the abstentions recorded above.
R(d, SG + ["António Guterres"], "welcomed", R76300, D, "welcomed the landmark resolution, saying it would help reduce environmental injustices")

# ===================== 11 (joint UNECE-WHO/Europe press release, Protocol on Water and Health MOP-6, Friday 18 November 2022) =====================
d = "11.txt"
D = "2022-11-18"
MOPH = ["Meeting of the Parties to the Protocol on Water and Health", "Meeting of the Parties to the Protocol", "Meeting of the Parties",
        "Parties to the Protocol on Water and Health"]
POW11 = ("programme of work for 2023-2025", ["programme of work 2023-2025", "programme of work"])
EQ = ("decision on equitable access to water and sanitation", ["decision on equitable access"])
BUD = ("decision on the budget of the joint UNECE-WHO/Europe secretariat", ["budget decision"])
R(d, MOPH, ADOPTED, POW11, D, "today adopted a programme of work for 2023-2025")
R(d, MOPH, ADOPTED, EQ, "2022-11", "also adopted a decision on equitable access to water and sanitation")
R(d, MOPH, ADOPTED, BUD, "2022-11", "a decision on the budget of the joint UNECE-WHO/Europe secretariat", required=False)
# Adopted in London in 1999: no actor.
R(d, "North Macedonia", ACCEDED, PWH, "2021", "North Macedonia, which acceded in 2021")
SIX = ["Bulgaria", "Georgia", "Greece", "Iceland", "Malta", "Slovenia"]
Q11 = "Six countries signed the Protocol in London in 1999 but have not ratified it: Bulgaria, Georgia, Greece, Iceland, Malta and Slovenia."
RL(d, SIX, "signed", PWH, "1999", Q11)
RL(d, [a for a in SIX if a != "Georgia"], NOTRATIFIED, PWH, None, Q11, negated=True)
R(d, "Georgia", NOTRATIFIED, PWH, None, Q11, negated=True,
  alt=["a draft law on ratification would be submitted to Parliament in 2023"])
RL(d, ["Tajikistan", "Uzbekistan"], ACCEDED, PWH, None, "said they were considering accession", negated=True)
R(d, "Russian Federation", PARTY, PWH, "2000", "the Russian Federation, a Party since 2000")
# Serbia hosted the fifth session (nothing); it has been a Party since 2013.
R(d, "Serbia", PARTY, PWH, "2013", "has been a Party since 2013")
R(d, "Azerbaijan", ACCEDED, PWH, "2003", "Azerbaijan, which acceded in 2003")
R(d, "Ukraine", RATIFIED, PWH, "2003", "Ukraine, which ratified the Protocol the same year")
R(d, "European Union", NOTBOUND, PWH, None, "The European Union is not a Party to the Protocol", negated=True)
# The recast Drinking Water Directive: EU legislation, nothing.
R(d, ["WHO Regional Director for Europe", "WHO Regional Office for Europe", "WHO/Europe", "Hans Henri P. Kluge", "World Health Organization"],
  "called-for", PWH, "2022-11-16",
  "I urge all countries in the pan-European region that have not yet done so to join the Protocol on Water and Health")
R(d, UNECE_ES + ["Olga Algayerova"], "called-for", PWH, "2022-11-16", "who likewise called on all countries in the region to accede to the Protocol")
# Targets presented by Belarus, Hungary, Kyrgyzstan and Serbia: implementation, nothing.
R(d, "Armenia", NOTBOUND, PWH, None, "Armenia, which is not a Party", negated=True)

# ===================== 12.md (NGO tracker of Escazú signatures and ratifications, updated Tuesday 4 March 2025) =====================
d = "12.md"
D = "2025-03-04"
# The key makes the third column's dates ratifications ("a": accession). One signed and one binding record per row.
for actor, sig, rat, q in [
        ("Antigua and Barbuda", "2018-09-27", "2020-03-04", "Antigua and Barbuda | 27 Sep 2018 | 4 Mar 2020"),
        ("Argentina", "2018-09-27", "2021-01-22", "Argentina | 27 Sep 2018 | 22 Jan 2021"),
        ("Belize", "2020-09-24", "2023-03-07", "Belize | 24 Sep 2020 | 7 Mar 2023"),
        ("Bolivia", "2018-09-27", "2019-09-26", "Bolivia (Plurinational State of) | 27 Sep 2018 | 26 Sep 2019"),
        ("Colombia", "2019-12-11", "2024-07-30", "Colombia | 11 Dec 2019 | 30 Jul 2024"),
        ("Dominica", "2019-09-26", "2024-09-24", "Dominica | 26 Sep 2019 | 24 Sep 2024"),
        ("Ecuador", "2018-09-27", "2020-05-21", "Ecuador | 27 Sep 2018 | 21 May 2020"),
        ("Grenada", "2019-09-26", "2023-11-20", "Grenada | 26 Sep 2019 | 20 Nov 2023"),
        ("Guyana", "2018-09-27", "2019-04-18", "Guyana | 27 Sep 2018 | 18 Apr 2019"),
        ("Mexico", "2018-09-27", "2021-01-22", "Mexico | 27 Sep 2018 | 22 Jan 2021"),
        ("Nicaragua", "2019-09-27", "2020-03-09", "Nicaragua | 27 Sep 2019 | 9 Mar 2020"),
        ("Panama", "2018-09-27", "2020-03-10", "Panama | 27 Sep 2018 | 10 Mar 2020"),
        ("Saint Kitts and Nevis", "2019-09-26", "2019-09-26", "Saint Kitts and Nevis | 26 Sep 2019 | 26 Sep 2019"),
        ("Saint Lucia", "2018-09-27", "2020-12-01", "Saint Lucia | 27 Sep 2018 | 1 Dec 2020"),
        ("Saint Vincent and the Grenadines", "2019-07-12", "2019-09-26", "Saint Vincent and the Grenadines | 12 Jul 2019 | 26 Sep 2019"),
        ("Uruguay", "2018-09-27", "2019-09-26", "Uruguay | 27 Sep 2018 | 26 Sep 2019")]:
    R(d, actor, "signed", ESCAZU, sig, q)
    R(d, actor, RATIFIED, ESCAZU, rat, q)
R(d, "Chile", ACCEDED, ESCAZU, "2022-06-13", "Chile | | 13 Jun 2022 a")
for actor, sig, q in [("Brazil", "2018-09-27", "Brazil | 27 Sep 2018"), ("Costa Rica", "2018-09-27", "Costa Rica | 27 Sep 2018"),
                      ("Dominican Republic", "2019-07-27", "Dominican Republic | 27 Jul 2019"), ("Guatemala", "2018-09-27", "Guatemala | 27 Sep 2018"),
                      ("Haiti", "2018-09-27", "Haiti | 27 Sep 2018"), ("Jamaica", "2019-09-26", "Jamaica | 26 Sep 2019"),
                      ("Paraguay", "2018-09-28", "Paraguay | 28 Sep 2018"), ("Peru", "2018-09-27", "Peru | 27 Sep 2018")]:
    R(d, actor, "signed", ESCAZU, sig, q)
Q12 = "None of these eight signatories has ratified the Agreement."
for actor, a in [("Brazil", "The government says it expects to ratify before COP30 in Belém."),
                 ("Costa Rica", "the ratification bill lapsed in the Legislative Assembly in February 2023"),
                 ("Peru", "the bill was archived by Congress in October 2020; there are no plans to resubmit it"),
                 ("Paraguay", "the Executive withdrew the Agreement from Congress in December 2019"),
                 ("Guatemala", None), ("Haiti", None), ("Jamaica", None), ("Dominican Republic", None)]:
    R(d, actor, NOTRATIFIED, ESCAZU, None, Q12, negated=True, alt=[a] if a else None)
# Brazil's message to Congress and its committee vote: domestic.
RL(d, ["Bahamas", "Barbados", "Cuba", "El Salvador", "Honduras", "Suriname", "Trinidad and Tobago", "Venezuela"], "signed", ESCAZU, None,
   "The Bahamas, Barbados, Cuba, El Salvador, Honduras, Suriname, Trinidad and Tobago and Venezuela have not signed the Agreement.", negated=True)
R(d, COPE, ADOPTED, COPRULES, "2022-04", "At COP 1 (Santiago, April 2022) the Conference of the Parties adopted its rules of procedure.")
# COP 2 elected the Committee's members: an election, nothing.
RAP = ("Regional Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders in Environmental Matters"])
R(d, COPE, ADOPTED, RAP, "2024-04", "it adopted the Regional Action Plan on Human Rights Defenders in Environmental Matters")
R(d, ["Red Regional de Democracia Ambiental", "ReDA"], "called-for", ESCAZU, D,
  "ReDA calls on Brazil, Costa Rica and Peru to ratify the Escazú Agreement without further delay")

# ===================== 13 (EU statement to the twelfth meeting of the Conference of the Parties to the Industrial Accidents Convention, 30 November 2022) =====================
d = "13.txt"
D = "2022-11-30"
COPT = ["Conference of the Parties to the Industrial Accidents Convention", "Conference of the Parties",
        "Conference of the Parties to the Convention on the Transboundary Effects of Industrial Accidents"]
AMD = ("2008 amendments to Annex I", ["amendments to Annex I to the Convention", "2008 amendments to Annex I to the Convention"])
LTS = ("long-term strategy for the Convention until 2030", ["long-term strategy", "draft long-term strategy"])
WP13 = ("workplan for 2023-2024", ["workplan"])
TMF = ("Safety Guidelines and Good Practices for Tailings Management Facilities", ["Safety Guidelines for Tailings Management Facilities"])
PIPE = ("Safety Guidelines and Good Practices for Pipelines", ["Safety Guidelines for Pipelines"])
SENDAI = ("Sendai Framework for Disaster Risk Reduction 2015-2030", ["Sendai Framework"])
# The candidate countries and Norway "align themselves with this statement": alignment, nothing.
R(d, "European Union", COMMITTED, TEIA, D,
  "the European Union remains fully committed to the Convention on the Transboundary Effects of Industrial Accidents")
R(d, "European Union", ACCEPTED, TEIA, "1998", "The Union approved the Convention in 1998")
# "its 27 Member States are all Parties": unnamed. The Seveso III Directive: EU legislation, nothing.
R(d, "Tajikistan", ACCEDED, TEIA, "2021-07", "Tajikistan acceded to the Convention in July 2021")
R(d, "Georgia", ACCEDED, TEIA, "2022-03", "Georgia deposited its instrument of accession in March this year")
R(d, "Kazakhstan", ACCEDED, TEIA, "2001", "Kazakhstan, which acceded in 2001")
RL(d, ["Uzbekistan", "Turkmenistan"], ACCEDED, TEIA, None, "Uzbekistan and Turkmenistan have announced their intention to accede to the Convention",
   negated=True)
R(d, "European Union", "called-for", TEIA, D, "we call on all UNECE member States that are not yet Parties to accede to the Convention",
  alt=["we encourage them to complete their procedures at the earliest opportunity"])
R(d, "European Union", "called-for", AMD, D,
  "We further call on all Parties that have not yet done so to accept the 2008 amendments to Annex I to the Convention")
R(d, "European Union", ACCEPTED, AMD, "2012", "The European Union accepted the amendments in 2012.")
# Adoption in Kyiv in 2003: no actor.
R(d, "Hungary", PARTY, CLP, None, "Hungary remains its only Party.")
R(d, "European Union", "signed", CLP, "2003", "The European Union signed the Protocol in Kyiv in 2003")
R(d, "European Union", NOTRATIFIED, CLP, None, "but has not concluded it, and no decision on conclusion is foreseen at this stage", negated=True)
# Support declared for drafts before their adoption: optional.
R(d, "European Union", "supported", LTS, D,
  "the European Union and its Member States support the adoption of the draft long-term strategy for the Convention until 2030", required=False)
R(d, "European Union", "supported", WP13, D, "and of the workplan for 2023-2024", required=False)
R(d, COPT, ADOPTED, TMF, "2014",
  "the Conference of the Parties adopted the Safety Guidelines and Good Practices for Tailings Management Facilities in 2014")
R(d, COPT, ADOPTED, PIPE, "2006", "the Safety Guidelines and Good Practices for Pipelines in 2006")
R(d, "European Union", COMMITTED, SENDAI, D, "The European Union also remains committed to the Sendai Framework for Disaster Risk Reduction 2015-2030")
R(d, "Russian Federation", PARTY, TEIA, None, "The Russian Federation is itself a Party to this Convention.")
R(d, "Ukraine", PARTY, TEIA, "2003", "Ukraine, a Party since 2003")
# Switzerland hosting: nothing.

# ===================== 14 (co-chairs' summary, joint Aarhus-Escazú high-level dialogue, Geneva, held Tuesday 4 July 2023, dated 5 July 2023) =====================
d = "14.txt"
D = "2023-07-05"
HELD = "2023-07-04"
VII9 = ("decision VII/9", ["decision VII/9 on a rapid response mechanism", "rapid response mechanism for environmental defenders"])
OEWG = ("decision establishing an ad hoc open-ended working group on human rights defenders in environmental matters",
        ["decision on human rights defenders in environmental matters"])
# Argentina as President of the COP Bureau, the co-chairs: nothing.
R(d, "Guinea-Bissau", ACCEDED, AARHUS, "2023-02",
  "Guinea-Bissau had deposited its instrument of accession to the Convention in February 2023")
R(d, "Guinea-Bissau", PARTY, WATER, "2021", "Guinea-Bissau, a Party to the Water Convention since 2021")
R(d, "Argentina", RATIFIED, ESCAZU, "2021-01", "Argentina had ratified the Escazú Agreement in January 2021")
# "14 Parties": unnamed.
R(d, "Belize", RATIFIED, ESCAZU, "2023-03", "Belize, which deposited its instrument of ratification in March")
R(d, "Grenada", NOTRATIFIED, ESCAZU, None,
  "Grenada informed participants that it had completed its domestic ratification procedures and would deposit its instrument", negated=True)
# Colombia's congressional approval is domestic; its ratification is expected.
R(d, "Colombia", NOTRATIFIED, ESCAZU, None, "Colombia expects to ratify it in 2024", negated=True)
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "Brazil intends to ratify it before hosting the thirtieth session", negated=True)
# "which signed in 2019 and 2018 respectively": Jamaica 2019, Guatemala 2018.
R(d, "Jamaica", "signed", ESCAZU, "2019", "Jamaica and Guatemala, which signed in 2019 and 2018 respectively")
R(d, "Guatemala", "signed", ESCAZU, "2018", "Jamaica and Guatemala, which signed in 2019 and 2018 respectively")
RL(d, ["Jamaica", "Guatemala"], NOTRATIFIED, ESCAZU, None, "have not ratified the Agreement", negated=True)
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "the bill for its ratification had lapsed in the Legislative Assembly in February", negated=True)
R(d, "Uruguay", RATIFIED, ESCAZU, "2019-09", "Uruguay, among the first to ratify, in September 2019")
R(d, "Ecuador", PARTY, ESCAZU, "2020", "Ecuador, a Party since 2020")
R(d, "Chile", ACCEDED, ESCAZU, "2022-06", "Chile, which acceded in June 2022")
R(d, "Panama", PARTY, ESCAZU, None, "Panama noted that it is a Party to the Escazú Agreement")
R(d, "Panama", PARTY, WATER, "2023-03", "and, since March, to the Water Convention")
R(d, "Kazakhstan", ACCEDED, PRTR, "2023-06",
  "Kazakhstan informed participants that it had deposited its instrument of accession to the Protocol on Pollutant Release and Transfer Registers in June")
R(d, "Mongolia", ACCEDED, AARHUS, None, "expressed interest in acceding to the Aarhus Convention", negated=True)
R(d, MOPA, ADOPTED, VII9, "2021-10", "decision VII/9 of the Meeting of the Parties in October 2021")
R(d, COPE, ADOPTED, OEWG, "2023-04",
  "had adopted a decision establishing an ad hoc open-ended working group on human rights defenders in environmental matters")
OHCHR = ["UN High Commissioner for Human Rights", "United Nations High Commissioner for Human Rights", "Volker Türk", "OHCHR"]
R(d, OHCHR, "called-for", ESCAZU, HELD, "He urged all States in Latin America and the Caribbean to ratify the Escazú Agreement without delay")
R(d, OHCHR, "called-for", AARHUS, HELD, "invited States in other regions to consider acceding to the Aarhus Convention", required=False)
R(d, "European Union", COMMITTED, AARHUS, HELD, "The European Union reiterated its commitment to the Aarhus Convention", required=False)
# The Aarhus Regulation (EU legislation), Switzerland's contribution, cooperation between secretariats: nothing.

# ===================== 15 (House of Commons of Canada, Hansard, private members' motion M-219 on the Aarhus Convention, Wednesday 8 May 2019) =====================
d = "15.txt"
D = "2019-05-08"
# The motion (not adopted; dropped to the bottom of the order of precedence) is the House's own business: nothing.
# Taking part in the 1998 negotiations: nothing.
R(d, "Canada", "signed", AARHUS, None, "Yet Canada never signed the Aarhus Convention", negated=True)
R(d, "Canada", NOTBOUND, AARHUS, None, "more than 20 years later it is still not a party", negated=True,
  alt=["the government is not considering accession to the convention at this time"])
R(d, "European Union", PARTY, AARHUS, None, "Forty-six countries and the European Union are parties to the convention")
RL(d, ["United Kingdom", "France", "Germany", "Italy", "Norway"], PARTY, AARHUS, None,
   "among them our closest partners: the United Kingdom, France, Germany, Italy and Norway")
R(d, "Ireland", RATIFIED, AARHUS, "2012", "Ireland, the last member state of the European Union to do so, ratified it in 2012")
R(d, "Switzerland", RATIFIED, AARHUS, "2014", "Switzerland ratified it in 2014")
R(d, "United States", NOTBOUND, AARHUS, None, "The United States, like Canada, is not a party.", negated=True)
R(d, "Canada", RATIFIED, ESPOO, "1998", "Canada ratified the Espoo Convention on Environmental Impact Assessment in a Transboundary Context in 1998")
R(d, "United States", "signed", ESPOO, "1991", "The United States, for its part, signed the Espoo Convention in 1991")
R(d, "United States", NOTRATIFIED, ESPOO, None, "and never ratified it", negated=True)
Q15 = "Canada has neither signed nor ratified the Protocol on Strategic Environmental Assessment."
R(d, "Canada", "signed", SEA, None, Q15, negated=True)
R(d, "Canada", NOTRATIFIED, SEA, None, Q15, negated=True)
Q15B = ("Canada and the United States both signed the Convention on the Transboundary Effects of Industrial Accidents in Helsinki in 1992, "
        "but neither country has ratified it")
RL(d, ["Canada", "United States"], "signed", TEIA, "1992", Q15B)
RL(d, ["Canada", "United States"], NOTRATIFIED, TEIA, None, Q15B, negated=True)
# The National Pollutant Release Inventory: domestic.
R(d, "Canada", NOTBOUND, PRTR, None, "it has not joined the Protocol on Pollutant Release and Transfer Registers", negated=True)
RL(d, ["Ecojustice", "West Coast Environmental Law"], "called-for", AARHUS, None,
   "Organizations such as Ecojustice and West Coast Environmental Law have called on the government to accede to the Aarhus Convention for years.")
# Bill C-69 and Bill C-58: domestic. "supports the principles of" the Convention: optional.
R(d, "Canada", "supported", AARHUS, D, "Canada supports the principles of the Aarhus Convention", required=False)
# The Bloc supports the motion (a motion, nothing); a national party's call on its own government: optional.
R(d, ["Green Party of Canada", "Green Party"], "called-for", AARHUS, D, "The Green Party calls on the government to accede to it.", required=False)

# ===================== 16.md (treaty actions digest, January-September 2024, published Wednesday 2 October 2024) =====================
d = "16.md"
D = "2024-10-02"
GMO16 = GMO
R(d, "Zimbabwe", ACCEDED, WATER, "2024-02-29", "Zimbabwe: accession, 29 February 2024 (C.N.87.2024.TREATIES-XXVII.5)")
R(d, "Nigeria", ACCEDED, WATER, "2024-06-24", "Nigeria: accession, 24 June 2024 (C.N.301.2024.TREATIES-XXVII.5)")
# "52 Parties": unnamed.
R(d, "Georgia", RATIFIED, PWH, "2024-03-18", "Georgia: ratification, 18 March 2024 (C.N.112.2024.TREATIES-XXVII.5.a)")
R(d, "Bosnia and Herzegovina", ACCEDED, PWH, "2024-07-03", "Bosnia and Herzegovina: accession, 3 July 2024 (C.N.329.2024.TREATIES-XXVII.5.a)")
R(d, "Kazakhstan", ACCEPTED, ESPOO2, "2024-01-22",
  "Kazakhstan: acceptance of the second amendment to the Convention (Cavtat, 2004), 22 January 2024 (C.N.21.2024.TREATIES-XXVII.4.c)")
# A communication is no treaty action; "a signatory" states the Russian Federation's signature (optional).
R(d, "Russian Federation", "signed", ESPOO, None, "circulated at the request of the Russian Federation, a signatory", required=False)
R(d, "Kazakhstan", RATIFIED, SEA, "2024-01-22", "Kazakhstan: ratification, 22 January 2024 (C.N.22.2024.TREATIES-XXVII.4.b)",
  alt=["Kazakhstan deposited both instruments on the same day"])
R(d, "Uzbekistan", ACCEDED, TEIA, "2024-04-09", "Uzbekistan: accession, 9 April 2024 (C.N.160.2024.TREATIES-XXVII.6)")
R(d, "Serbia", ACCEPTED, AMD, "2024-05-02", "Serbia: acceptance of the 2008 amendments to Annex I, 2 May 2024 (C.N.188.2024.TREATIES-XXVII.6.a)")
# "47 Parties": unnamed.
R(d, "Belarus", NOTBOUND, AARHUS, None, "the withdrawal of Belarus took effect on 24 October 2022", negated=True)
R(d, "Armenia", RATIFIED, GMO16, "2024-05-15", "Armenia, ratification, 15 May 2024 (C.N.205.2024.TREATIES-XXVII.13.b)")
R(d, "Georgia", ACCEDED, PRTR, "2024-04-04", "Georgia: accession, 4 April 2024 (C.N.151.2024.TREATIES-XXVII.13.a)")
R(d, "Colombia", RATIFIED, ESCAZU, "2024-07-30", "Colombia: ratification, 30 July 2024 (C.N.352.2024.TREATIES-XXVII.18)")
R(d, "Dominica", RATIFIED, ESCAZU, "2024-09-24", "Dominica: ratification, 24 September 2024 (C.N.431.2024.TREATIES-XXVII.18)")
# The correction of the Spanish text: nothing.
ANN = "The following instruments have been announced by Governments but had not been deposited by 30 September 2024"
R(d, "Tunisia", ACCEDED, WATER, None, "Tunisia | Water Convention | accession approved by Parliament; deposit expected in early 2025", negated=True, alt=[ANN])
R(d, "Uganda", ACCEDED, WATER, None, "Uganda | Water Convention | Cabinet approval of accession obtained in May 2024", negated=True, alt=[ANN])
R(d, "Turkmenistan", ACCEDED, TEIA, None, "Turkmenistan | Industrial Accidents Convention | intention to accede announced in 2022", negated=True, alt=[ANN])
R(d, "Brazil", NOTRATIFIED, ESCAZU, None, "Brazil | Escazú Agreement | ratification pending in the National Congress", negated=True, alt=[ANN])
R(d, "Hungary", PARTY, CLP, None, "which remains with a single Party, Hungary")


gold.finish(MIN_CHARS, MAX_CHARS)
