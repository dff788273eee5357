#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (03, 09, 14) and three are Markdown (05, 11,
16); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: the Council of Europe and its treaties (2005-2025): a Treaty Office monthly bulletin and a text export of a chart
of signatures and ratifications (CETS No. 214, Protocol No. 16), Committee of Ministers decisions, a PACE resolution and a
PACE news page, a GRECO activity report, a Lanzarote Committee abridged report, a Social Charter newsletter, national
press releases and statements (Luxembourg, Switzerland, Republic of Moldova), a news article on the Czech Senate and the
Istanbul Convention, a UN General Assembly meetings-coverage release on UN-Council of Europe cooperation (A/79/L.12), an
NGO tracker of the Second Additional Protocol to the Budapest Convention and an explainer on the AI Framework Convention.

Conventions of this corpus (on top of the READMEs' rules):
- Deposit of an instrument of ratification is `ratified`, of accession `acceded`; acceptance and approval are accepted as
  ratification (ACCEPTED). "Has been a Party since ..." / "is a Party" / "remains bound by" is `party`.
- Charts and tables: one `signed` record per signature cell and one `ratified` record per ratification cell, each with
  the row as quote and the cell's date. The Entry into force column, the R./D./A./T. columns, declarations and
  reservations, withdrawals of reservations, territorial declarations and derogations give no record. An empty cell gives
  no record, except where the table's key says what it means ("'—' means no instrument deposited"), which gives a
  negated ratification.
- "Signed but not ratified", "has yet to ratify", "expects / intends / plans to ratify", "will sign in the coming
  weeks", "is considering", "is examining ... with a view to signature", a Government's or Parliament's refusal and
  a denunciation or withdrawal ("is no longer a Party", "ceased to be a Party") are negated records without a date. A vote
  against, an abstention or a dissociation from a decision is `supported` negated and keeps the vote's date.
- A body's adoption of a convention, declaration, resolution or recommendation is its `adopted`; its calls ("calls on
  member States that have not yet done so to ratify", "encouraged States to consider becoming parties", "urged") are
  its `called-for`, dated by the decision or statement; the addressees get no record. A call in a text only expected to
  be adopted is planned (negated, optional).
- Nothing for: entry into force, the depositary, hosts and venues ("hosted the signing ceremony"), negotiation and
  drafting, Presidency handovers, membership of GRECO or of a committee, invitations to accede (the inviter's act, not
  the invitee's), domestic steps (parliamentary votes and consent, bills, laws, Council of the EU authorisations),
  implementation, monitoring, congratulating or welcoming another actor's act, counts of unnamed States ("ratified by 31
  Parties", "22 States signed on the first day"), and support for an institution (the Register of Damage). Joining the
  Enlarged Partial Agreement on the Register of Damage is optional where stated.
- Dates: the act's own date as the text gives it; "today", "yesterday", "on Wednesday", "last month", "last year"
  resolve against the document's dateline; acts at a meeting dated only by a multi-day meeting take the month.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Moldova", "Türkiye", "Czechia",
          "Netherlands", "Germany", "Mexico", "Democratic People's Republic of Korea", "Venezuela", "China", "Costa Rica"),
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Holy See": ["Holy See", "Vatican"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Israel": ["Israel", "State of Israel"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Japan": ["Japan"],
    "Canada": ["Canada"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- bodies and officials ----
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe",
       "Ministers' Deputies", "Council of Europe"]
PACE = ["Parliamentary Assembly of the Council of Europe", "PACE", "Parliamentary Assembly", "Council of Europe Parliamentary Assembly"]
SG_BURIC = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Marija Pejčinović Burić", "Secretary General"]
SG_BERSET = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Alain Berset", "Secretary General"]
GRECO = ["GRECO", "Group of States against Corruption"]
LANZC = ["Lanzarote Committee", "Committee of the Parties to the Lanzarote Convention", "Committee of the Parties", "T-ES"]
TCY = ["Cybercrime Convention Committee", "T-CY"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "António Guterres"]
SUMMIT = ["Fourth Summit of Heads of State and Government of the Council of Europe", "Council of Europe Summit", "Fourth Summit",
          "Heads of State and Government", "Council of Europe"]

# ---- instruments ----
ECHR = ("European Convention on Human Rights", ["Convention for the Protection of Human Rights and Fundamental Freedoms", "ECHR", "ETS No. 005"])
P1 = ("Protocol No. 1 to the European Convention on Human Rights", ["Protocol No. 1", "ETS No. 009"])
P4 = ("Protocol No. 4 to the European Convention on Human Rights", ["Protocol No. 4", "ETS No. 046"])
P6 = ("Protocol No. 6 to the European Convention on Human Rights", ["Protocol No. 6", "ETS No. 114"])
P7 = ("Protocol No. 7 to the European Convention on Human Rights", ["Protocol No. 7", "ETS No. 117"])
P12 = ("Protocol No. 12 to the European Convention on Human Rights", ["Protocol No. 12", "ETS No. 177"])
P13 = ("Protocol No. 13 to the European Convention on Human Rights", ["Protocol No. 13", "ETS No. 187"])
P15 = ("Protocol No. 15 to the European Convention on Human Rights", ["Protocol No. 15", "CETS No. 213"])
P16 = ("Protocol No. 16 to the Convention for the Protection of Human Rights and Fundamental Freedoms",
       ["Protocol No. 16", "Protocol No. 16 to the European Convention on Human Rights", "CETS No. 214", "Treaty 214"])
ESC = ("European Social Charter", ["1961 Charter", "European Social Charter (1961)", "ETS No. 035"])
RESC = ("Revised European Social Charter", ["European Social Charter (revised)", "Revised Charter", "ETS No. 163"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Additional Protocol providing for a System of Collective Complaints", "collective complaints procedure", "ETS No. 158"])
TURIN = ("Protocol amending the European Social Charter", ["Turin Protocol", "ETS No. 142", "1991 Amending Protocol"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "CETS No. 210", "convention on preventing and combating violence against women"])
LANZ = ("Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse",
        ["Lanzarote Convention", "CETS No. 201"])
MEDI = ("Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health",
        ["Medicrime Convention", "CETS No. 211"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108", "ETS No. 108"])
C108P = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
         ["Convention 108+", "CETS No. 223", "Protocol amending Convention 108", "modernised Convention 108"])
AP181 = ("Additional Protocol to Convention 108 regarding supervisory authorities and transborder data flows",
         ["Additional Protocol to Convention 108", "ETS No. 181"])
FARO = ("Council of Europe Framework Convention on the Value of Cultural Heritage for Society", ["Faro Convention", "CETS No. 199"])
NIC = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "CETS No. 221"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "ETS No. 185", "Council of Europe Convention on Cybercrime"])
BUD1 = ("Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems",
        ["Additional Protocol concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems", "ETS No. 189"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol to the Convention on Cybercrime", "Second Additional Protocol to the Budapest Convention",
         "Second Additional Protocol", "CETS No. 224"])
AI = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
      ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention"])
LAW = ("Council of Europe Convention for the Protection of the Profession of Lawyer",
       ["Convention for the Protection of the Profession of Lawyer", "Lawyers Convention", "CETS No. 226"])
ORG = ("Council of Europe Convention against Trafficking in Human Organs", ["Convention against Trafficking in Human Organs", "CETS No. 216"])
TERRP = ("Additional Protocol to the Council of Europe Convention on the Prevention of Terrorism", ["CETS No. 217", "Riga Protocol"])
WARSAW = ("Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism",
          ["Warsaw Convention", "CETS No. 198"])
THB = ("Council of Europe Convention on Action against Trafficking in Human Beings",
       ["Convention on Action against Trafficking in Human Beings", "CETS No. 197"])
SPORT = ("Council of Europe Convention on the Manipulation of Sports Competitions",
         ["Convention on the Manipulation of Sports Competitions", "Macolin Convention", "CETS No. 215"])
CLC = ("Criminal Law Convention on Corruption", ["ETS No. 173"])
CIVLC = ("Civil Law Convention on Corruption", ["ETS No. 174"])
AP191 = ("Additional Protocol to the Criminal Law Convention on Corruption", ["ETS No. 191"])
REYK = ("Reykjavík Declaration", ["Reykjavik Declaration", "United around our values"])
RDEPA = ("Enlarged Partial Agreement on the Register of Damage Caused by the Aggression of the Russian Federation against Ukraine",
         ["Enlarged Partial Agreement on the Register of Damage", "Register of Damage"])

# ===================== 01 (Treaty Office monthly bulletin No. 10/2023, treaty events of October 2023, Strasbourg, 3 November 2023) =====================
d = "01.txt"
# "11 signatures and 12 instruments": unnamed. The Secretary General as depositary: nothing.
RL(d, ["Armenia", "Georgia", "North Macedonia"], "signed", BUD2, "2023-10-12",
   "signed on 12 October 2023 by Armenia, Georgia and North Macedonia")
R(d, "Albania", "signed", NIC, "2023-10-17", "Albania, 17 October 2023 (signature subject to ratification)")
R(d, "Malta", "signed", C108P, "2023-10-19", "Malta, 19 October 2023")
R(d, "San Marino", "signed", C108P, "2023-10-26", "San Marino, 26 October 2023")
R(d, "Iceland", "signed", ORG, "2023-10-30", "Iceland, 30 October 2023")
RL(d, ["Croatia", "Slovenia"], "signed", TERRP, "2023-10-10", "Croatia and Slovenia, both on 10 October 2023")
R(d, "Latvia", "signed", P16, "2023-10-25", "Latvia, 25 October 2023")
# Ratifications: the entry-into-force date and the declaration under Article 5 give nothing.
R(d, "Bosnia and Herzegovina", RATIFIED, MEDI, "2023-10-10", "Bosnia and Herzegovina: ratification, 10 October 2023")
R(d, "Montenegro", RATIFIED, MEDI, "2023-10-24", "Montenegro: ratification, 24 October 2023")
R(d, "Morocco", ACCEDED, LANZ, "2023-10-19", "Morocco: accession, 19 October 2023")
# "after Tunisia": an earlier, undated accession.
R(d, "Tunisia", ACCEDED, LANZ, None,
  "Morocco is the second State that is not a member of the Council of Europe to accede to the Convention, after Tunisia.")
R(d, "Luxembourg", ACCEPTED, FARO, "2023-10-23", "Luxembourg: approval, 23 October 2023")
R(d, "Romania", RATIFIED, C108P, "2023-10-05", "Romania: ratification, 5 October 2023")
R(d, "Mexico", RATIFIED, C108P, "2023-10-27", "Mexico: ratification, 27 October 2023")
R(d, "Sierra Leone", ACCEDED, BUD, "2023-10-13", "Sierra Leone: accession, 13 October 2023")
# "On the same day" resolves to 13 October 2023.
R(d, "Sierra Leone", ACCEDED, BUD1, "2023-10-13",
  "On the same day Sierra Leone also acceded to the Additional Protocol concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems (ETS No. 189)")
R(d, "Japan", ACCEPTED, BUD2, "2023-10-31", "Japan: acceptance, 31 October 2023")
R(d, "Japan", "signed", BUD2, "2022-05-12", "Japan had signed the Protocol on 12 May 2022")
R(d, "Estonia", RATIFIED, WARSAW, "2023-10-31", "Estonia: ratification, 31 October 2023")
# Withdrawing a reservation is not withdrawing from the treaty; the sentence after it states Greece's party status.
R(d, "Greece", PARTY, THB, None, "Greece remains bound by the Convention as a whole")
# Ukraine's derogation under Article 15 and Norway's territorial declaration: nothing.
# The bill before the National Council is domestic; the expected deposit is planned.
R(d, "Slovakia", NOTRATIFIED, C108P, None,
  "the Government expects to deposit the instrument of ratification early in 2024", negated=True)
R(d, "Liechtenstein", "signed", NIC, None,
  "Liechtenstein announced that its Government has authorised the signature of the Nicosia Convention, which is to take place at the next session of the Committee of Ministers",
  negated=True)
R(d, "Norway", "signed", P16, "2014", "Norway, which signed Protocol No. 16 in 2014")
R(d, "Norway", NOTRATIFIED, P16, None, "it does not intend to ratify the Protocol in the current legislative term", negated=True)
# The Deputies' invitation to Ecuador is not Ecuador's act; entry into force for Ukraine (CETS No. 215): nothing.

# ===================== 02 (Luxembourg foreign-ministry press release, 134th Session of the Committee of Ministers, Luxembourg, 14 May 2025) =====================
d = "02.txt"
D = "2025-05-14"
# The Minister signs for the Grand Duchy: Luxembourg's signature, today.
R(d, "Luxembourg", "signed", LAW, D,
  "Xavier Bettel, signed on behalf of the Grand Duchy the Council of Europe Convention for the Protection of the Profession of Lawyer (CETS No. 226)",
  alt=["By signing this Convention today, Luxembourg sends a clear message"])
R(d, COM, ADOPTED, LAW, "2025-03-12", "The Convention, adopted by the Committee of Ministers on 12 March 2025")
# The venue (European Convention Center Luxembourg): nothing. The list closes with "as well as by the United Kingdom".
SIG02 = ["Andorra", "Belgium", "Croatia", "Cyprus", "France", "Georgia", "Greece", "Ireland", "Lithuania", "Malta", "Monaco",
         "Netherlands", "Portugal", "Republic of Moldova", "Slovenia", "Ukraine", "United Kingdom"]
RL(d, SIG02, "signed", LAW, D,
   "it was signed today by Andorra, Belgium, Croatia, Cyprus, France, Georgia, Greece, Ireland, Lithuania, Malta, Monaco, the Netherlands, Portugal, the Republic of Moldova, Slovenia and Ukraine, as well as by the United Kingdom")
RL(d, ["Germany", "Italy", "Spain"], "signed", LAW, None,
   "Germany, Italy and Spain announced that they would sign in the coming weeks", negated=True)
# The bill of approval is domestic; the ratification planned for 2026 is negated.
R(d, "Luxembourg", NOTRATIFIED, LAW, None, "so that Luxembourg can ratify the Convention in 2026", negated=True)
# The Minister's call speaks for Luxembourg, in a statement dated by the release.
R(d, ["Luxembourg", "Xavier Bettel"], "called-for", LAW, D,
  "I call on all member States that have not yet done so to sign and ratify it without delay")
# "During the Session" (14 May 2025).
R(d, "Luxembourg", RATIFIED, BUD2, D,
  "the Minister also deposited Luxembourg's instrument of ratification of the Second Additional Protocol to the Convention on Cybercrime")
R(d, "Luxembourg", "signed", BUD2, "2022-05-12", "which Luxembourg signed in Strasbourg on 12 May 2022")
# "joins the first group of Parties": the same ratification, no separate party record.
R(d, "Luxembourg", "signed", AI, "2024-11-27",
  "Luxembourg, which signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law on 27 November 2024",
  alt=["on 27 November 2024, the signature of the Framework Convention on Artificial Intelligence by Luxembourg"])
R(d, "Luxembourg", NOTRATIFIED, AI, None, "Luxembourg would not deposit its instrument before the European Union has concluded the Convention",
  negated=True, alt=["is preparing the bill needed for its ratification"])
# The EU's conclusion is presupposed as still to come (optional).
R(d, "European Union", NOTBOUND, AI, None, "before the European Union has concluded the Convention", negated=True, required=False)
R(d, COM, ADOPTED, ("Luxembourg Declaration on the independence of the legal profession and the rule of law", ["Luxembourg Declaration"]), D,
  "The Committee of Ministers adopted the Luxembourg Declaration on the independence of the legal profession and the rule of law")
# Taking stock of implementation: nothing. The Reykjavík Declaration's adoption by the Summit (a gathering of unnamed leaders): optional.
R(d, SUMMIT, ADOPTED, REYK, "2023-05", "the Reykjavík Declaration adopted by Heads of State and Government at the Fourth Summit in May 2023",
  required=False)
R(d, COM, "called-for", AI, D,
  "The Ministers also called on member States that have not yet done so to sign and ratify the Framework Convention on Artificial Intelligence")
R(d, "Luxembourg", ACCEPTED, TURIN, "2025-01-20",
  "on 20 January 2025, the deposit by Luxembourg of its instrument of acceptance of the Protocol amending the European Social Charter")
R(d, "Luxembourg", RATIFIED, ORG, "2025-03-04",
  "on 4 March 2025, Luxembourg's ratification of the Council of Europe Convention against Trafficking in Human Organs (CETS No. 216)")
R(d, "Luxembourg", "signed", ORG, "2015-03", "which it had signed in Santiago de Compostela in March 2015")
# Support for the Register of Damage and being a founding participant: an institution, nothing.
R(d, "Luxembourg", NOTRATIFIED, RESC, None, "Luxembourg has not yet ratified the Revised European Social Charter", negated=True)
R(d, "Luxembourg", "signed", RESC, "1998", "the Revised European Social Charter, which it signed in 1998")
R(d, "Luxembourg", PARTY, ESC, None, "remains bound by the 1961 Charter")
# The Presidency handover: nothing. Malta's signature is in the list above; its ratification is planned.
R(d, "Malta", NOTRATIFIED, LAW, None, "will give priority to its swift ratification", negated=True)
# Entry into force after eight ratifications: nothing.
RL(d, ["Hungary", "Azerbaijan"], "signed", LAW, None, "Hungary and Azerbaijan have said they will not sign it", negated=True)

# ===================== 03.html (Council of Europe newsroom page, EU approval of the Istanbul Convention, Strasbourg 28 June 2023) =====================
d = "03.html"
D = "2023-06-28"
R(d, "European Union", ACCEPTED, IST, D,
  "The European Union today deposited its instrument of approval of the Council of Europe Convention on preventing and combating violence against women and domestic violence",
  alt=["European Union becomes party to the Istanbul Convention"])
# The Swedish Minister hands over the EU's instrument (the Presidency's role): no record for Sweden. Entry into force: nothing.
R(d, "European Union", "signed", IST, "2017-06-13", "The EU signed the Istanbul Convention on 13 June 2017")
# The European Parliament's consent and the Council's decisions on conclusion: the Union's internal steps, nothing.
R(d, SG_BURIC, "called-for", IST, D, "I call on the member States that have not yet ratified the Convention to do so without further delay")
# The Commission "would continue to encourage the remaining member States to ratify": a stated intention to encourage, nothing.
R(d, COM, ADOPTED, IST, "2011-04-07", "The Istanbul Convention was adopted by the Committee of Ministers on 7 April 2011")
# Opening for signature in Istanbul, entry into force, "38 Parties": nothing.
R(d, "Liechtenstein", RATIFIED, IST, "2021-06", "Liechtenstein ratified the Convention in June 2021")
R(d, "Republic of Moldova", RATIFIED, IST, "2022-01", "the Republic of Moldova in January 2022")
RL(d, ["Ukraine", "United Kingdom"], RATIFIED, IST, "2022-07", "Ukraine and the United Kingdom in July 2022")
SEVEN = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Latvia", "Lithuania", "Slovakia"]
Q7 = "Seven member States have signed the Convention but not ratified it: Armenia, Bulgaria, Czechia, Hungary, Latvia, Lithuania and Slovakia."
RL(d, SEVEN, "signed", IST, None, Q7)
for a in SEVEN:
    extra = {"Latvia": ["the Latvian Government has said that it aims to deposit the instrument of ratification before the end of the year"],
             "Lithuania": ["The Lithuanian Government has again postponed the submission of the Convention to the Seimas."]}.get(a)
    R(d, a, NOTRATIFIED, IST, None, Q7, negated=True, alt=extra)
R(d, "Azerbaijan", "signed", IST, None, "Azerbaijan has neither signed nor ratified the Convention.", negated=True)
R(d, "Azerbaijan", NOTRATIFIED, IST, None, "Azerbaijan has neither signed nor ratified the Convention.", negated=True)
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "the first State to ratify the Convention, on 14 March 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "denounced it in March 2021; the denunciation took effect on 1 July 2021", negated=True)
# "The six EU member States that have not ratified": unnamed here. The Saeima's vote is domestic.
R(d, PACE, ADOPTED, ("Resolution 2289 (2019)", ["PACE Resolution 2289 (2019)", "Resolution 2289"]), "2019",
  "The Parliamentary Assembly, in its Resolution 2289 (2019)", required=False)
R(d, PACE, "called-for", IST, "2019",
  "The Parliamentary Assembly, in its Resolution 2289 (2019), had already called on all member States which had not yet done so to ratify the Convention")
# A call the Committee of Ministers is only expected to make: planned.
R(d, COM, "called-for", IST, None, "the Committee of Ministers, at its 133rd Session, is expected to renew that call", negated=True, required=False)

# ===================== 04 (Treaty Office chart of signatures and ratifications of Treaty 214, Protocol No. 16, status as of 15/01/2025) =====================
d = "04.txt"
def dmy(s):
    dd, mm, yy = s.split("/")
    return f"{yy}-{mm}-{dd}"
# One row per State: the signature cell gives `signed`, the ratification cell `ratified` (DD/MM/YYYY). The entry-into-force
# column, the D. (Article 10 declarations) and T. columns, and the Netherlands' note a: nothing.
ROWS04 = [("Albania", "Albania", "02/10/2013", "22/07/2015"), ("Andorra", "Andorra", "12/12/2019", "28/06/2021"),
          ("Armenia", "Armenia", "02/10/2013", "26/03/2018"), ("Belgium", "Belgium", "08/11/2013", "04/03/2024"),
          ("Bosnia and Herzegovina", "Bosnia and Herzegovina", "05/06/2019", "17/01/2020"), ("Estonia", "Estonia", "18/12/2014", "10/01/2018"),
          ("Finland", "Finland", "30/04/2014", "03/04/2017"), ("France", "France", "02/10/2013", "12/04/2018"),
          ("Georgia", "Georgia", "02/10/2013", "22/10/2015"), ("Greece", "Greece", "27/06/2017", "05/04/2019"),
          ("Italy", "Italy", "02/10/2013", None), ("Latvia", "Latvia", "25/10/2023", None),
          ("Lithuania", "Lithuania", "02/10/2013", "05/04/2018"), ("Luxembourg", "Luxembourg", "08/04/2014", "27/03/2020"),
          ("Netherlands", "Netherlands", "21/01/2014", "12/02/2019"), ("Norway", "Norway", "27/06/2014", None),
          ("Republic of Moldova", "Republic of Moldova", "11/09/2017", "23/11/2018"), ("Romania", "Romania", "14/10/2014", None),
          ("San Marino", "San Marino", "02/10/2013", "16/02/2015"), ("Slovakia", "Slovak Republic", "02/10/2013", "01/09/2022"),
          ("Slovenia", "Slovenia", "02/10/2013", "13/07/2015"), ("Türkiye", "Türkiye", "02/10/2013", None),
          ("Ukraine", "Ukraine", "02/10/2013", "22/03/2018")]
for actor, written, sig, rat in ROWS04:
    q = f"{written} | {sig} |" if rat is None else f"{written} | {sig} | {rat}"
    R(d, actor, "signed", P16, dmy(sig), q)
    if rat:
        R(d, actor, RATIFIED, P16, dmy(rat), q)
# An empty ratification cell says nothing by itself (no key); the note below states two States' positions.
# "Total number of ...": unnamed. "Member States not listed above have neither signed nor ratified": unnamed.
R(d, "Norway", NOTRATIFIED, P16, None, "Norway informed the Secretary General in 2021 that it does not intend to ratify the Protocol for the time being",
  negated=True)
# The bill pending before Parliament is domestic; the Protocol is not ratified.
R(d, "Italy", NOTRATIFIED, P16, None, "the bill of ratification, separated from that for Protocol No. 15 in 2019, remains before Parliament",
  negated=True)
# The declarations of France and Lithuania designate courts (Article 10): nothing beyond the rows. "the tenth instrument being that of France": the row.

# ===================== 05.md (PACE Resolution 2567 (2024), text adopted on 3 October 2024) =====================
d = "05.md"
D = "2024-10-03"
RES2567 = ("Resolution 2567 (2024)", ["PACE Resolution 2567 (2024)", "Resolution 2567",
           "Closing the gaps: signature and ratification of the Council of Europe's core conventions"])
R(d, PACE, ADOPTED, RES2567, D, "Text adopted by the Assembly on 3 October 2024 (33rd sitting), by 71 votes in favour, 4 against and 6 abstentions.")
# The vote count names no one. The earlier resolution, dated only by its number (optional).
R(d, PACE, ADOPTED, ("Resolution 2402 (2021)", ["PACE Resolution 2402 (2021)", "Resolution 2402"]), "2021",
  "Resolution 2402 (2021)", required=False)
# Welcoming others' acts gives the Assembly nothing; the acts themselves are recorded.
RL(d, ["Republic of Moldova", "Ukraine", "United Kingdom"], RATIFIED, IST, "2022",
   "the ratification of the Council of Europe Convention on preventing and combating violence against women and domestic violence (Istanbul Convention) by the Republic of Moldova, Ukraine and the United Kingdom in 2022")
R(d, "European Union", ACCEPTED, IST, "2023-06", "its approval by the European Union in June 2023")
RL(d, ["Germany", "Spain"], RATIFIED, RESC, "2021", "the ratification of the Revised European Social Charter by Germany and Spain in 2021")
R(d, "Spain", ACCEPTED, CCP, "2021", "Spain's acceptance, the same year, of the collective complaints procedure")
SIG05 = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
RL(d, SIG05, "signed", AI, "2024-09-05",
   "the signature, on 5 September 2024 in Vilnius, of the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, as well as by Israel, the United States and the European Union")
# "ratified by only 20 member States": unnamed. Negation over the pair.
RL(d, ["France", "United Kingdom"], "signed", P12, None, "neither France nor the United Kingdom has signed it", negated=True)
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye withdrew from the Istanbul Convention with effect from 1 July 2021", negated=True)
RL(d, ["Belgium", "Czechia", "Greece"], "signed", C108P, "2018", "Belgium, the Czech Republic and Greece signed it in 2018")
RL(d, ["Belgium", "Czechia", "Greece"], NOTRATIFIED, C108P, None, "Belgium, the Czech Republic and Greece signed it in 2018 but have yet to ratify it",
   negated=True)
RL(d, ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia have not ratified the Istanbul Convention", negated=True)
R(d, "Russian Federation", NOTBOUND, ECHR, None,
  "the Russian Federation ceased to be a Party to the European Convention on Human Rights on 16 September 2022", negated=True)
# "remains bound by the obligations arising from judgments": implementation, nothing.
R(d, PACE, "called-for", P12, D, "sign and ratify Protocol No. 12 to the European Convention on Human Rights",
  alt=["the Assembly recommends that the Committee of Ministers encourage member States to ratify Protocol No. 12"])
R(d, PACE, "called-for", RESC, D, "ratify the Revised European Social Charter and accept the Additional Protocol providing for a System of Collective Complaints")
R(d, PACE, "called-for", CCP, D, "accept the Additional Protocol providing for a System of Collective Complaints (ETS No. 158)")
R(d, PACE, "called-for", C108P, D, "ratify, without further delay, the Protocol amending Convention 108 (CETS No. 223)")
R(d, PACE, "called-for", AI, D, "sign and ratify the Framework Convention on Artificial Intelligence",
  alt=["The Assembly also invites the non-member States which participated in the elaboration of the Framework Convention on Artificial Intelligence"])
# Paragraph 6 (parliaments to scrutinise): no instrument. The invited non-member States are addressees, not actors.
RL(d, ["Canada", "Japan"], "signed", AI, None, "Canada and Japan have announced that they intend to sign in the coming months", negated=True)
R(d, PACE, ADOPTED, ("Recommendation 2281 (2024)", ["PACE Recommendation 2281 (2024)", "Recommendation 2281"]), D,
  "Recommendation 2281 (2024), adopted the same day")

# ===================== 06 (GRECO, 24th General Activity Report (2023), extracts, Strasbourg, 19 June 2024) =====================
d = "06.txt"
D = "2024-06-19"
# Joining GRECO is membership of a body: nothing. Entry into force for Kazakhstan: nothing.
R(d, "Kazakhstan", ACCEDED, CLC, "2023-04-18",
  "deposited its instrument of accession to the Criminal Law Convention on Corruption on 18 April 2023")
R(d, "Liechtenstein", RATIFIED, AP191, "2023-12-06", "On 6 December 2023, Liechtenstein ratified the Additional Protocol to the Criminal Law Convention")
R(d, "Liechtenstein", "signed", AP191, "2016", "which it had signed in 2016")
# The end of membership of GRECO: nothing; the denunciation: no longer a Party.
R(d, "Russian Federation", NOTBOUND, CLC, None, "is no longer a Party to that Convention", negated=True,
  alt=["following its denunciation of the Criminal Law Convention on Corruption"])
R(d, "United States", "signed", CLC, "2000-10-10", "The United States of America signed the Convention on 10 October 2000 but has not ratified it.")
R(d, "United States", NOTRATIFIED, CLC, None, "The United States of America signed the Convention on 10 October 2000 but has not ratified it.",
  negated=True)
# "All other GRECO members are Parties": unnamed.
RL(d, ["Austria", "Poland"], "signed", AP191, None, "Signed but not ratified: Austria and Poland.")
R(d, "Austria", NOTRATIFIED, AP191, None, "Signed but not ratified: Austria and Poland.", negated=True,
  alt=["the deposit of the instrument of ratification should follow \"early in 2024\""])
R(d, "Poland", NOTRATIFIED, AP191, None, "Signed but not ratified: Austria and Poland.", negated=True,
  alt=["Poland stated that it \"does not envisage\" ratifying the Additional Protocol in the near future"])
Q06 = "Neither signed nor ratified: Azerbaijan, Estonia, Kazakhstan and the United States of America."
RL(d, ["Azerbaijan", "Estonia", "Kazakhstan", "United States"], "signed", AP191, None, Q06, negated=True)
RL(d, ["Azerbaijan", "Estonia", "Kazakhstan", "United States"], NOTRATIFIED, AP191, None, Q06, negated=True)
Q06b = "Signed but not ratified: Denmark, Germany, Ireland, Luxembourg and the United Kingdom."
RL(d, ["Denmark", "Ireland", "Luxembourg", "United Kingdom"], "signed", CIVLC, None, Q06b)
R(d, "Germany", "signed", CIVLC, "1999-11-04", Q06b, alt=["which it signed on 4 November 1999"])
for a, extra in [("Denmark", None), ("Ireland", None), ("Luxembourg", None),
                 ("Germany", ["the ratification of the Civil Law Convention, which it signed on 4 November 1999, was \"not foreseen\""]),
                 ("United Kingdom", ["under which it would not ratify the Civil Law Convention, remained unchanged"])]:
    R(d, a, NOTRATIFIED, CIVLC, None, Q06b, negated=True, alt=extra)
RL(d, ["Iceland", "Kazakhstan", "Liechtenstein", "Monaco", "San Marino", "Switzerland", "United States"], "signed", CIVLC, None,
   "Not signed: Iceland, Kazakhstan, Liechtenstein, Monaco, San Marino, Switzerland and the United States of America.", negated=True)
R(d, "Monaco", ACCEDED, CIVLC, None, "expects to accede in 2024", negated=True)
# Suspension from GRECO's evaluations: nothing; "its status as a Party to the two Conventions is unaffected" restates the ratifications.
R(d, "Belarus", RATIFIED, CLC, "2008", "ratified the Criminal Law Convention and the Civil Law Convention in 2008",
   alt=["its status as a Party to the two Conventions is unaffected"])
R(d, "Belarus", RATIFIED, CIVLC, "2008", "ratified the Criminal Law Convention and the Civil Law Convention in 2008")
# The National Council's vote (Austria) is domestic.
for inst in (CLC, AP191, CIVLC):
    R(d, GRECO, "called-for", inst, D, "GRECO once again calls on those of its members which have not yet done so to ratify, without further delay, the Criminal Law Convention on Corruption, its Additional Protocol and the Civil Law Convention on Corruption")
# Reviewing and withdrawing reservations (Article 37): nothing. The President's letters: no call of its own.
for inst in (CLC, AP191, CIVLC):
    R(d, COM, "called-for", inst, "2023-04-12",
      "The Committee of Ministers, in a decision of 12 April 2023 taking note of GRECO's previous report, likewise encouraged member States to ratify the three instruments")
# The invitation to Tunisia is the Committee's; Tunisia's intention to accede is planned.
R(d, "Tunisia", ACCEDED, CLC, None, "the Republic of Tunisia has expressed its intention to join GRECO and to accede to the Convention", negated=True)

# ===================== 07 (Committee of Ministers, 133rd Session, Strasbourg 16-17 May 2024, decisions CM/Del/Dec(2024)133/final of 17 May 2024) =====================
d = "07.txt"
D = "2024-05-17"
# The decisions are dated by the document (17 May 2024), the Session's closing day.
R(d, COM, ADOPTED, AI, D, "adopted the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law")
# Opening for signature in Vilnius on 5 September: a future date and a venue, no signatory.
R(d, COM, "called-for", AI, D,
  "invited the member States, the non-member States which participated in its elaboration and the European Union to sign and ratify the Convention at the earliest opportunity")
DECL75 = ("Declaration marking the 75th anniversary of the Council of Europe", ["Upholding our common values",
          "Declaration on the 75th anniversary of the Council of Europe", "Declaration \"Upholding our common values\""])
R(d, COM, ADOPTED, DECL75, D, "The Committee of Ministers adopted the Declaration marking the 75th anniversary of the Council of Europe")
R(d, COM, COMMITTED, REYK, D, "reaffirmed its commitment to the Reykjavík Declaration")
# Item 4: welcoming the Register's opening and "taking note": nothing. Encouraging States to join the Partial Agreement (optional);
# calling for the conclusion of a convention named only by its subject (optional).
R(d, COM, "called-for", RDEPA, D,
  "encouraged member States and non-member States that have not yet done so to join the Enlarged Partial Agreement on the Register", required=False)
R(d, COM, "called-for", ("international convention establishing a claims commission for Ukraine", ["claims commission convention"]), D,
  "called for the swift conclusion of negotiations on an international convention establishing a claims commission for Ukraine", required=False)
# Item 5: the Committee welcomes others' acts (no record for it); the acts are recorded, undated.
RL(d, ["Germany", "Spain"], RATIFIED, RESC, None, "welcomed the ratification of the Revised European Social Charter by Germany and by Spain")
R(d, "Spain", ACCEPTED, CCP, None, "the acceptance by Spain of the Additional Protocol providing for a System of Collective Complaints")
R(d, COM, "called-for", RESC, D, "called on the member States that have not yet done so to ratify the Revised European Social Charter")
R(d, COM, "called-for", CCP, D, "and to accept the collective complaints procedure")
# Item 6: "ratified by 31 Parties": unnamed; entry into force: nothing.
R(d, COM, "called-for", C108P, D, "urged all Parties to Convention 108 that have not yet done so to ratify the Protocol")
# Item 7, the Presidency handover: nothing.
# Appendix: statements made at the Session take its date where they are calls or votes.
R(d, "Lithuania", "signed", AI, None, "intended to sign the Framework Convention at the opening ceremony in Vilnius", negated=True)
R(d, "Lithuania", "called-for", AI, D, "called on all member States \"to join us there\"", required=False)
R(d, "Holy See", "welcomed", AI, D, "it welcomed the Framework Convention as a first binding instrument on artificial intelligence")
R(d, "Holy See", "signed", AI, None, "was not in a position to sign it", negated=True)
# A dissociation confined to one reference in the Declaration (optional).
R(d, "Türkiye", "supported", DECL75, D, "her authorities dissociated themselves from the decision in Item 3, in so far as it refers to the Istanbul Convention",
  negated=True, required=False)
# Not joining a decision on the Register; not a participant in the Partial Agreement (optional).
R(d, "Azerbaijan", NOTBOUND, RDEPA, None, "is not a participant in the Enlarged Partial Agreement on the Register of Damage", negated=True, required=False)
R(d, "Hungary", NOTRATIFIED, C108P, None, "Hungary would not be in a position to ratify the Protocol amending Convention 108 before 2025", negated=True)
R(d, "United Kingdom", "signed", C108P, "2018-10-10", "the United Kingdom, which signed the Protocol amending Convention 108 on 10 October 2018")
R(d, "United Kingdom", NOTRATIFIED, C108P, None, "would complete its ratification \"as soon as parliamentary time allows\"", negated=True)
R(d, "Ukraine", RATIFIED, RESC, "2006-12-21", "Ukraine had ratified the Revised European Social Charter on 21 December 2006")
# The Government's approval and the submission to the Verkhovna Rada are domestic; the acceptance is still to come.
R(d, "Ukraine", ACCEPTED, CCP, None,
  "the Government had approved the acceptance of the collective complaints procedure, which would be submitted to the Verkhovna Rada in June", negated=True)
# The Declaration's text: the Summit's adoption of the Reykjavík Declaration (unnamed leaders; optional), and the Ministers'
# commitment to promote ratification, a call for others to ratify (optional).
R(d, SUMMIT, ADOPTED, REYK, "2023-05-17", "the Reykjavík Declaration, adopted by our Heads of State and Government on 17 May 2023", required=False)
for inst in (IST, LANZ, P12):
    R(d, COM, ["called-for", "committed"], inst, D,
      "we commit ourselves to continue to promote the ratification of the Istanbul Convention, of the Lanzarote Convention and of Protocol No. 12 to the European Convention on Human Rights",
      required=False)

# ===================== 08 (Lanzarote Committee, 43rd meeting, Strasbourg 18-20 March 2025, abridged report of 20 March 2025) =====================
d = "08.txt"
M = "2025-03"   # acts of the three-day meeting, day not given
# Morocco attends "as a Party": its accession is dated; entry into force for Morocco: nothing.
R(d, "Morocco", ACCEDED, LANZ, "2023-10-19", "Morocco acceded to the Convention on 19 October 2023",
  alt=["welcomed the delegation of Morocco, attending for the first time as a Party"])
R(d, "Tunisia", ACCEDED, LANZ, "2019", "With Tunisia, which acceded in 2019")
# "two of the 48 Parties": unnamed beyond the two. The implementation report is a monitoring report, not an instrument.
LDECL = ("Declaration on the protection of children against sexual abuse facilitated by emerging technologies",
         ["Lanzarote Committee Declaration on emerging technologies"])
R(d, LANZC, ADOPTED, LDECL, M,
  "The Committee adopted the Declaration on the protection of children against sexual abuse facilitated by emerging technologies")
# "called on all Parties to implement the Declaration": implementation, nothing.
R(d, LANZC, "called-for", LANZ, M, "invited States that are not yet Parties to the Lanzarote Convention to accede to it")
# Ireland's Act: domestic legislation.
R(d, "Ukraine", RATIFIED, MEDI, "2025-02-12", "on 12 February 2025, it had deposited its instrument of ratification of the Medicrime Convention")
R(d, "Ukraine", RATIFIED, BUD, "2006", "it had ratified the Convention on Cybercrime in 2006")
R(d, "Ukraine", PARTY, LANZ, "2012", "It recalled that it had been a Party to the Lanzarote Convention since 2012.")
R(d, "Armenia", "signed", IST, "2018", "Armenia stated that it had signed the Istanbul Convention in 2018")
R(d, "Armenia", NOTRATIFIED, IST, None, "its ratification \"remains on the agenda\", with no date yet set", negated=True)
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OPIC", "Third Optional Protocol to the CRC"])
R(d, "Georgia", RATIFIED, OPIC, "2016", "it had ratified the Optional Protocol to the Convention on the Rights of the Child on a communications procedure in 2016")
RL(d, ["Bosnia and Herzegovina", "Montenegro"], RATIFIED, MEDI, "2023-10",
   "Bosnia and Herzegovina and Montenegro, which both ratified the Medicrime Convention in October 2023")
# Asking to be invited is a step towards accession; the accession is hoped for.
R(d, "Kazakhstan", ACCEDED, LANZ, None, "hoped to accede before the end of the year", negated=True,
  alt=["Kazakhstan had asked in January 2025 to be invited to accede to the Lanzarote Convention"])
R(d, "Israel", ACCEDED, LANZ, None, "Israel's Government was considering whether to request an invitation to accede to the Lanzarote Convention",
  negated=True)
R(d, "European Union", NOTBOUND, LANZ, None, "the Union is not a Party to the Lanzarote Convention", negated=True)
# The Netherlands' territorial extension, reservations and their withdrawal (Denmark, Finland): nothing.
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", ["OPSC"])
R(d, ["UN Special Representative of the Secretary-General on Violence against Children", "Special Representative of the UN Secretary-General on Violence against Children"],
  "called-for", OPSC, M,
  "urged all States that have not yet done so to ratify the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography")
# The Committee of Ministers' invitation to Brazil: not Brazil's act; the Committee "noted with appreciation": nothing.

# ===================== 09.html (Swiss FDFA press release, Switzerland signs the AI Framework Convention, Bern/Strasbourg 27.03.2025) =====================
d = "09.html"
D = "2025-03-27"
R(d, "Switzerland", "signed", AI, D,
  "Switzerland today signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law in Strasbourg")
# The Federal Council's approval of the signature, the consultation draft and the dispatch are domestic steps; ratification is planned.
R(d, "Switzerland", NOTRATIFIED, AI, None, "The signature does not yet bind Switzerland.", negated=True,
  alt=["Switzerland will then ratify the Convention, subject to the approval of the Federal Assembly"])
# Chairing the negotiations: nothing. Membership of the Council of Europe since 1963: membership of an organisation, nothing.
R(d, "Switzerland", RATIFIED, ECHR, "1974-11-28", "It ratified the European Convention on Human Rights on 28 November 1974")
for p in (P6, P7, P13, P15):
    R(d, "Switzerland", RATIFIED, p, None, "has since ratified most of its Protocols, including Protocols Nos. 6, 7, 13 and 15")
R(d, "Switzerland", "signed", P1, "1976", "Switzerland signed Protocol No. 1 in 1976 but has not ratified it")
R(d, "Switzerland", NOTRATIFIED, P1, None, "Switzerland signed Protocol No. 1 in 1976 but has not ratified it", negated=True)
for p in (P4, P12):
    R(d, "Switzerland", "signed", p, None, "it has signed neither Protocol No. 4 nor Protocol No. 12", negated=True)
R(d, "Switzerland", RATIFIED, IST, "2017",
  "Switzerland is a Party to the Council of Europe Convention on preventing and combating violence against women and domestic violence (Istanbul Convention), which it ratified in 2017")
R(d, "Switzerland", RATIFIED, LANZ, "2014", "and to the Lanzarote Convention, ratified in 2014")
R(d, "Switzerland", RATIFIED, MEDI, "2019", "In 2019 it ratified the Medicrime Convention")
R(d, "Switzerland", RATIFIED, C108P, "2023-09-07",
  "on 7 September 2023 it deposited its instrument of ratification of the Protocol amending Convention 108 (Convention 108+)")
R(d, "Switzerland", PARTY, BUD, "2012", "Switzerland has been a Party to the Convention on Cybercrime since 2012.")
R(d, "Switzerland", "signed", ESC, "1976", "the European Social Charter, which Switzerland signed in 1976, has never been ratified")
# The Parliament's rejections (1987, 2004) are domestic; they explain the negated ratification.
R(d, "Switzerland", NOTRATIFIED, ESC, None, "the European Social Charter, which Switzerland signed in 1976, has never been ratified", negated=True)
# "the ten signatories of 5 September 2024": unnamed here.
RL(d, ["Canada", "Japan"], "signed", AI, "2025-02-11", "including Canada and Japan, which signed on 11 February 2025")
R(d, "Liechtenstein", "signed", AI, "2025-03-20", "Liechtenstein, which signed on 20 March 2025")
# "No State has yet ratified the Convention": unnamed. Entry into force: nothing. Federal Councillor Jans's words: no act.

# ===================== 10 (news article, Czech Senate rejects the Istanbul Convention, PRAGUE, Jan 26, 2024) =====================
d = "10.txt"
D = "2024-01-26"
QGRP = "a small group of Council of Europe members that have signed the treaty but failed to ratify it"
# The Senate's vote (Thursday) is a domestic step, not a State's vote on an instrument; its effect is stated for Czechia.
R(d, "Czechia", NOTBOUND, IST, None, "Czechia will not become a party to it for now", negated=True,
  alt=["Czechia now joins " + QGRP, "ministers said on Friday they had no plans to do so before the 2025 general election"])
R(d, "Czechia", "signed", IST, "2016-05", "Czechia signed the convention in May 2016.")
# The government's approval and the lower house: domestic. "ratified by 38 parties": unnamed.
R(d, "European Union", ACCEPTED, IST, "2023-06", "The EU itself became a party last year, when it approved the convention in June.")
for a, year, q, extra in [
        ("Slovakia", "2011", "Slovakia signed in 2011", ["Bratislava has since said it will not ratify"]),
        ("Bulgaria", "2016", "Bulgaria signed in 2016.", ["the government withdrew the ratification bill"]),
        ("Hungary", "2014", "Hungary signed in 2014", None),
        ("Lithuania", "2013", "Lithuania, which signed in 2013", ["Lithuania, which signed in 2013, has yet to put the treaty to a vote in the Seimas."]),
        ("Armenia", "2018-01", "Armenia, which signed in January 2018", ["Armenia, which signed in January 2018, says ratification is still being considered."])]:
    R(d, a, "signed", IST, year, q)
    R(d, a, NOTRATIFIED, IST, None, QGRP, negated=True, alt=extra)
# The Saeima's approval in November is domestic; the deposit is Latvia's ("Riga").
R(d, "Latvia", RATIFIED, IST, "2024-01-10", "Riga deposited its instrument with the Council of Europe in Strasbourg earlier this month, on Jan. 10.")
R(d, "Azerbaijan", "signed", IST, None, "Azerbaijan is the only member of the 46-nation Council of Europe never to have signed.", negated=True)
R(d, "Türkiye", RATIFIED, IST, None, "Turkey, the first country to ratify the treaty")
R(d, "Türkiye", NOTBOUND, IST, None, "pulled out in 2021 by presidential decree", negated=True)
# President Pavel's appeal to senators: domestic. The Secretary General's call is dated by "on Friday".
R(d, SG_BURIC, "called-for", IST, D, "I call on all member states that have not yet ratified the Istanbul Convention to do so")
# GREVIO cannot review Czechia: restates the negation.
R(d, "Poland", RATIFIED, IST, "2015", "Poland ratified the convention in 2015")
# The predecessor's withdrawal plan, which the current government will not follow: no withdrawal, nothing.
R(d, "Austria", RATIFIED, IST, "2013", "Neighbouring Austria and Germany ratified the convention in 2013 and 2017 respectively.")
R(d, "Germany", RATIFIED, IST, "2017", "Neighbouring Austria and Germany ratified the convention in 2013 and 2017 respectively.")

# ===================== 11.md (NGO tracker of the Second Additional Protocol to the Budapest Convention, CETS No. 224, updated 1 July 2024) =====================
d = "11.md"
D = "2024-07-01"
R(d, COM, ADOPTED, BUD2, "2021-11-17", "17 November 2021 by the Committee of Ministers of the Council of Europe")
# "22 States signed on the first day": unnamed; entry into force: nothing.
# The table; its key: "'—' means no instrument deposited as of the date of this update", so a dash is a negated ratification.
ROWS11 = [("Serbia", "12 May 2022", "2022-05-12", "14 March 2023", "2023-03-14", RATIFIED),
          ("Japan", "12 May 2022", "2022-05-12", "31 October 2023", "2023-10-31", ACCEPTED),
          ("Argentina", "9 February 2023", "2023-02-09", "6 June 2024", "2024-06-06", RATIFIED),
          ("Chile", "12 May 2022", "2022-05-12", "27 May 2024", "2024-05-27", RATIFIED)]
for a, sw, sd, rw, rd, act in ROWS11:
    q = f"{a} | {sw} | {rw}"
    R(d, a, "signed", BUD2, sd, q)
    R(d, a, act, BUD2, rd, q)
# Argentina's approving law is domestic. Rows with a dash, with the statements below as alternatives.
DASH = [("Spain", "12 May 2022", "2022-05-12", ["several member States, among them Spain and Portugal, are waiting for the Union's e-evidence rules to apply before depositing their instruments"]),
        ("Portugal", "12 May 2022", "2022-05-12", ["Morocco and Portugal have given no timetable"]),
        ("United States", "12 May 2022", "2022-05-12", ["until then the United States will not ratify"]),
        ("Colombia", "12 May 2022", "2022-05-12", ["Colombia's bill has passed the Senate and awaits the House"]),
        ("Morocco", "12 May 2022", "2022-05-12", ["Morocco and Portugal have given no timetable"]),
        ("Luxembourg", "12 May 2022", "2022-05-12", None),
        ("Ukraine", "12 May 2022", "2022-05-12", ["Ukraine expects to ratify \"before the end of 2024\""]),
        ("Armenia", "12 October 2023", "2023-10-12", None),
        ("Georgia", "12 October 2023", "2023-10-12", None),
        ("North Macedonia", "12 October 2023", "2023-10-12", None)]
for a, sw, sd, extra in DASH:
    q = f"{a} | {sw} | —"
    R(d, a, "signed", BUD2, sd, q, alt=(["The United States signed on the opening day"] if a == "United States" else None))
    R(d, a, NOTRATIFIED, BUD2, None, q, negated=True, alt=extra)
# The EU cannot become a Party (optional); the Council's authorisation is not a ratification (the text says so): nothing.
R(d, "European Union", NOTBOUND, BUD2, None, "The Union cannot become a Party", negated=True, required=False)
R(d, "United States", PARTY, BUD, "2007", "has been a Party to the Budapest Convention since 2007")
RL(d, ["Canada", "Australia"], PARTY, BUD, None, "Both are Parties to the Budapest Convention")
RL(d, ["Canada", "Australia"], "signed", BUD2, None, "neither Canada nor Australia has signed the Second Additional Protocol", negated=True)
R(d, "Brazil", ACCEDED, BUD, "2022-11", "Brazil acceded to the Budapest Convention in November 2022")
R(d, "Brazil", "signed", BUD2, None, "has said it intends to sign the Second Additional Protocol", negated=True)
R(d, "Ghana", ACCEDED, BUD, "2018", "Ghana acceded to the Budapest Convention in 2018")
R(d, "Nigeria", ACCEDED, BUD, "2022", "Nigeria followed in 2022")
RL(d, ["Nigeria", "Ghana"], "signed", BUD2, None, "Neither has signed the Protocol.", negated=True)
# "Only four instruments have been deposited so far (Serbia, Japan, Chile and Argentina)": the table's ratifications.
R(d, TCY, "called-for", BUD2, "2024-06",
  "The Cybercrime Convention Committee (T-CY), meeting in June, urged all Parties to the Budapest Convention to sign and ratify the Protocol")
R(d, SG_BURIC, "called-for", BUD2, None, "Marija Pejčinović Burić, made the same appeal at the Octopus Conference")

# ===================== 12 (UN meetings-coverage press release GA/12655, resolution on UN-Council of Europe cooperation, A/79/L.12, 12 November 2024) =====================
d = "12.txt"
D = "2024-11-12"
L12 = ("draft resolution A/79/L.12", ["A/79/L.12", "Cooperation between the United Nations and the Council of Europe",
       "resolution on cooperation between the United Nations and the Council of Europe"])
R(d, GA, ADOPTED, L12, D, "The General Assembly this morning adopted a resolution on cooperation between the United Nations and the Council of Europe")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Russian Federation"], "supported", L12, D,
   "4 against (Belarus, Democratic People's Republic of Korea, Nicaragua, Russian Federation)", negated=True,
   alt=["We will vote against this politicised text"])
# "119 in favour", "19 abstentions": unnamed beyond the delegations that speak below.
# By the text, the Assembly welcomes the Committee of Ministers' adoption of the Convention (that body's act, recorded) and the
# Convention "as the first legally binding international treaty": welcoming the instrument through its adoption (optional).
R(d, GA, "welcomed", AI, D,
  "the Assembly welcomed the adoption by the Council of Europe's Committee of Ministers, on 17 May 2024, of the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", required=False)
R(d, COM, ADOPTED, AI, "2024-05-17",
  "the adoption by the Council of Europe's Committee of Ministers, on 17 May 2024, of the Council of Europe Framework Convention on Artificial Intelligence")
R(d, GA, "called-for", BUD, D, "It encouraged States to consider becoming parties to the Convention on Cybercrime")
R(d, GA, "called-for", THB, D, "and to the Convention on Action against Trafficking in Human Beings")
# Lithuania introduces the text "speaking for the Chair of the Committee of Ministers"; it is also in the sponsors' list.
SP12 = ["Albania", "Andorra", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France",
        "Georgia", "Germany", "Greece", "Iceland", "Ireland", "Italy", "Latvia", "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Monaco",
        "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Republic of Moldova", "Romania", "San Marino",
        "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Ukraine", "United Kingdom"]
RL(d, SP12, "co-sponsored", L12, None,
   "the draft was sponsored by Albania, Andorra, Austria, Belgium, Bulgaria, Croatia, Cyprus, Czechia, Denmark, Estonia, Finland, France, Georgia, Germany, Greece, Iceland, Ireland, Italy, Latvia, Liechtenstein, Lithuania, Luxembourg, Malta, Monaco, Montenegro, Netherlands, North Macedonia, Norway, Poland, Portugal, Republic of Moldova, Romania, San Marino, Slovakia, Slovenia, Spain, Sweden, Switzerland, Ukraine and the United Kingdom")
# Joining "since its introduction": not dated by the text.
RL(d, ["Canada", "Japan", "Mexico"], "co-sponsored", L12, None, "Canada, Japan and Mexico had also become sponsors")
# Requesting a recorded vote: procedure, nothing.
R(d, "Russian Federation", NOTBOUND, ECHR, None,
  "Her country had ceased to be a party to the European Convention on Human Rights in September 2022", negated=True)
R(d, "Russian Federation", NOTBOUND, CLC, None, "had denounced the Criminal Law Convention on Corruption", negated=True)
# Belarus's vote is in the list; "remained a party ... both ratified in 2008".
R(d, "Belarus", RATIFIED, CLC, "2008",
  "his country remained a party to the Criminal Law Convention on Corruption and the Civil Law Convention on Corruption, both ratified in 2008")
R(d, "Belarus", RATIFIED, CIVLC, "2008",
  "his country remained a party to the Criminal Law Convention on Corruption and the Civil Law Convention on Corruption, both ratified in 2008")
R(d, "Türkiye", "supported", L12, D, "Türkiye's delegate said that her country had voted in favour")
R(d, "Türkiye", NOTBOUND, IST, None, "the Istanbul Convention, from which Türkiye had withdrawn", negated=True)
R(d, "Azerbaijan", "supported", L12, D, "Azerbaijan's representative said his delegation had abstained", negated=True)
# "in Vilnius": the opening for signature the text dates 5 September 2024.
R(d, "United States", "signed", AI, "2024-09-05",
  "her country was proud to have signed the Framework Convention on Artificial Intelligence in Vilnius")
R(d, "United States", PARTY, BUD, "2006", "It has been a party to the Convention on Cybercrime since 2006")
R(d, "United States", "called-for", BUD, D, "she urged all States that have not yet done so to join that Convention")
R(d, "Japan", PARTY, BUD, "2012", "Japan had been a party to the Budapest Convention since 2012")
R(d, "Japan", "signed", AI, None, "was currently examining the Framework Convention with a view to signature", negated=True)
R(d, "Mexico", ACCEDED, C108, "2018",
  "her country had acceded to the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (Convention 108) in 2018")
R(d, "Mexico", ACCEDED, AP181, "2018", "and to its Additional Protocol at the same time")
R(d, "Israel", "supported", L12, D, "Israel's representative said Israel had voted in favour.")
R(d, "Israel", ACCEDED, BUD, "2016", "It had acceded to the Convention on Cybercrime in 2016")
R(d, "Israel", "signed", AI, "2024-09-05", "had signed the Framework Convention on 5 September")
R(d, "China", "supported", L12, D, "China's representative said his delegation had abstained.", negated=True)
RL(d, ["Cuba", "Venezuela"], "supported", L12, D, "Cuba and the Bolivarian Republic of Venezuela said they had also abstained.", negated=True)
# Canada welcoming the adoption (the Assembly's act): nothing.
R(d, "Canada", "signed", BUD, "2001", "Canada, which signed the Budapest Convention in 2001 and ratified it in 2015")
R(d, "Canada", RATIFIED, BUD, "2015", "Canada, which signed the Budapest Convention in 2001 and ratified it in 2015")
# "would continue to encourage accession by States in all regions": an intention to encourage (optional).
R(d, "Canada", "called-for", BUD, D, "would \"continue to encourage accession by States in all regions\"", required=False)

# ===================== 13 (statement by Moldova's Deputy Prime Minister and Foreign Minister Mihai Popșoi, Strasbourg, Tuesday, 1 October 2024) =====================
d = "13.txt"
D = "2024-10-01"
MD = "Republic of Moldova"
# "A few minutes ago I deposited, on behalf of the Republic of Moldova": today's deposits; the first person is Moldova.
QDEP = "A few minutes ago I deposited, on behalf of the Republic of Moldova, two instruments of ratification"
R(d, MD, RATIFIED, NIC, D, QDEP + ": of the Council of Europe Convention on Offences relating to Cultural Property")
R(d, MD, RATIFIED, BUD2, D, "and of the Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence")
# "signed in Nicosia in 2017": the opening for signature, not Moldova's signature.
R(d, MD, "signed", NIC, "2019", "We signed the Nicosia Convention in 2019")
R(d, MD, "signed", BUD2, "2022-11", "the Second Additional Protocol in November 2022")
# Parliament's approval "this summer": domestic.
R(d, MD, PARTY, ECHR, "1997", "Moldova has been a Party to the European Convention on Human Rights since 1997")
R(d, MD, RATIFIED, FARO, "2008", "it was one of the first States to ratify the Faro Convention, in 2008")
R(d, MD, RATIFIED, IST, "2022-01", "Our ratification of the Istanbul Convention, deposited in January 2022")
# Entry into force for Moldova, GREVIO's evaluation: nothing. "Last month" against 1 October 2024.
R(d, MD, "signed", AI, "2024-09",
  "Last month, in Vilnius, Moldova was among the first signatories of the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law")
R(d, MD, NOTRATIFIED, AI, None, "We intend to ratify it in 2025.", negated=True)
# The Ministry of Justice's amendments and Parliament's consent "last week": domestic.
R(d, MD, "signed", C108P, "2018", "the Protocol amending Convention 108, which we signed in 2018")
R(d, MD, NOTRATIFIED, C108P, None, "I expect that we will deposit the instrument of ratification before the end of the year", negated=True)
R(d, MD, RATIFIED, RESC, "2001", "Moldova ratified the Revised European Social Charter in 2001")
R(d, MD, ACCEPTED, CCP, None, "we have not yet accepted the collective complaints procedure", negated=True,
  alt=["no decision has yet been taken"])
R(d, MD, "signed", SPORT, None, "Nor has Moldova yet signed the Convention on the Manipulation of Sports Competitions", negated=True)
R(d, "Ukraine", RATIFIED, IST, "2022", "ratified the Istanbul Convention in 2022 as well")
# Joining the Partial Agreement on the Register of Damage (optional); thanking the Secretariat: nothing.
RL(d, [MD, "Ukraine"], JOINED, RDEPA, None,
   "Moldova and Ukraine have also both joined the Enlarged Partial Agreement on the Register of Damage", required=False)
# EU candidate status: nothing.
R(d, MD, "called-for", NIC, D, "I call on all States of our region that have not yet done so to sign and ratify the Nicosia Convention")
# Congratulating Luxembourg on the Presidency: nothing.

# ===================== 14.html (PACE news page, resolution and recommendation on cultural heritage in times of war and crisis, 10/04/2025) =====================
d = "14.html"
D = "2025-04-10"
RESCH = ("resolution on cultural heritage in times of war and crisis", ["cultural heritage in times of war and crisis"])
RECCH = ("recommendation on cultural heritage in times of war and crisis", ["accompanying recommendation"])
RECUW = ("recommendation on the protection of underwater cultural heritage", ["protection of underwater cultural heritage"])
UNESCO01 = ("Convention on the Protection of the Underwater Cultural Heritage", ["2001 UNESCO Convention", "UNESCO Convention on the Protection of the Underwater Cultural Heritage"])
R(d, PACE, ADOPTED, RESCH, D, "Adopting a resolution on cultural heritage in times of war and crisis")
# The vote counts name no one.
R(d, PACE, "called-for", FARO, D,
  "today called on member States to ratify the Council of Europe Framework Convention on the Value of Cultural Heritage for Society (Faro Convention)")
R(d, PACE, "called-for", NIC, D, "and the Council of Europe Convention on Offences relating to Cultural Property (Nicosia Convention)",
  alt=["invite the member States concerned to sign and ratify the Nicosia Convention without further delay"])
# The accompanying recommendation is named only as such (optional); opening the Faro Convention to the EU: a proposal, nothing.
R(d, PACE, ADOPTED, RECCH, D, "In an accompanying recommendation, adopted by 57 votes to 2 with 4 abstentions", required=False)
# Faro in force since 2011, "26 member States", "only 11 States": unnamed.
# The rapporteur welcomes others' acts: the acts are recorded.
RL(d, ["Ukraine", "Republic of Moldova"], RATIFIED, NIC, "2024",
   "the ratification of the Nicosia Convention by Ukraine and by the Republic of Moldova in 2024")
R(d, "Italy", RATIFIED, NIC, "2025-01-17", "the deposit by Italy, on 17 January 2025, of its instrument of ratification")
R(d, "Italy", RATIFIED, FARO, "2020", "Italy had ratified the Faro Convention in 2020.")
# "last year" against 10 April 2025.
R(d, "Spain", RATIFIED, FARO, "2024", "ratification of the Faro Convention last year")
# Hosting the signing ceremony: nothing.
R(d, "Cyprus", RATIFIED, NIC, None, "was the first State to ratify the Nicosia Convention")
R(d, "Mexico", JOINED, NIC, None, "followed by Mexico, the first non-member State to join")
RL(d, ["Latvia", "Greece", "Hungary"], RATIFIED, NIC, None, "and by Latvia, Greece and Hungary")
RL(d, ["Armenia", "Portugal", "Slovenia"], PARTY, NIC, None, "Armenia, Portugal and Slovenia are also Parties.")
R(d, "Albania", "signed", NIC, "2023-10", "Albania signed the Convention in October 2023 but has not yet ratified it")
R(d, "Albania", NOTRATIFIED, NIC, None, "Albania signed the Convention in October 2023 but has not yet ratified it", negated=True)
R(d, "Liechtenstein", "signed", NIC, "2024-05", "Liechtenstein signed in May 2024")
R(d, "Liechtenstein", NOTRATIFIED, NIC, None, "expects to ratify in 2026", negated=True)
RL(d, ["France", "Germany"], "signed", NIC, None, "France and Germany have neither signed nor ratified it", negated=True)
RL(d, ["France", "Germany"], NOTRATIFIED, NIC, None, "France and Germany have neither signed nor ratified it", negated=True)
# Taking part in the negotiations: nothing.
R(d, "United Kingdom", "signed", NIC, None, "the United Kingdom, though it took part in the negotiations, has said that it has no plans to sign", negated=True)
RL(d, ["Belgium", "Netherlands"], "signed", NIC, "2017", "Belgium and the Netherlands signed in 2017")
RL(d, ["Belgium", "Netherlands"], NOTRATIFIED, NIC, None, "Belgium and the Netherlands signed in 2017 and have not ratified.", negated=True)
RL(d, ["Austria", "Belgium", "Norway"], PARTY, FARO, None, "As for the Faro Convention, Austria, Belgium and Norway are among the Parties")
RL(d, ["France", "Germany"], "signed", FARO, None, "but France and Germany have not signed it", negated=True)
# The political group's support is for the resolution (a group of parliamentarians, not a State); urging its Government: nothing.
R(d, "Czechia", ACCEPTED, FARO, None, "Czechia intended to accept the Faro Convention in the course of 2025", negated=True)
R(d, PACE, ADOPTED, RECUW, D, "a recommendation on the protection of underwater cultural heritage")
R(d, PACE, "called-for", UNESCO01, D,
  "it urges member States to ratify the 2001 UNESCO Convention on the Protection of the Underwater Cultural Heritage")

# ===================== 15 (European Social Charter newsletter 2025/3, Vilnius High-Level Conference, VILNIUS, 4 July 2025) =====================
d = "15.txt"
D = "2025-07-04"
VILD = ("Vilnius Declaration on the European Social Charter", ["Vilnius Declaration"])
CONF = ["High-Level Conference on the European Social Charter", "Vilnius Conference", "High-Level Conference"]
R(d, CONF, ADOPTED, VILD, D,
  "The High-Level Conference on the European Social Charter closed in Vilnius today with the adoption of the Vilnius Declaration on the European Social Charter",
  alt=["The Declaration was adopted by consensus."])
# "delegations from 41 member States": unnamed. Hungary, attending as an observer, did not join the Declaration.
R(d, "Hungary", ENDORSED, VILD, None, "Hungary, whose delegation attended as an observer, did not join it", negated=True)
# The Russian Federation "was not represented": nothing. The ministers' pledge to "examine ... the possibility of ratifying": unnamed, nothing.
R(d, SG_BERSET, "called-for", RESC, D,
  "called on all member States that have not yet done so to ratify the Revised European Social Charter and to accept the collective complaints procedure")
R(d, SG_BERSET, "called-for", CCP, D, "and to accept the collective complaints procedure")
# "yesterday" against 4 July 2025: a declaration accepting the collective complaints procedure.
R(d, "Lithuania", ACCEPTED, CCP, "2025-07-03",
  "Lithuania, as host, deposited yesterday a declaration accepting the supervision of its obligations under the Charter in accordance with the Additional Protocol providing for a System of Collective Complaints")
R(d, "Lithuania", RATIFIED, RESC, "2001", "Lithuania ratified the Revised Charter in 2001.")
# "on Wednesday" against Friday 4 July 2025.
R(d, "Croatia", RATIFIED, RESC, "2025-07-02", "Croatia deposited its instrument of ratification of the Revised European Social Charter on Wednesday",
  alt=["With Croatia's ratification"])
R(d, "Croatia", PARTY, ESC, None, "during which it was bound only by the 1961 Charter", required=False)
# The Government's approval of the bill "on Monday" is domestic; the ratification is announced for 2026.
R(d, "Czechia", NOTRATIFIED, RESC, None, "Czechia \"will ratify the Revised Charter in 2026\"", negated=True,
  alt=["The following member States remain bound only by the 1961 Charter: Czechia"])
RL(d, ["Ireland", "Portugal"], PARTY, RESC, None, "Ireland and Portugal, both Parties to the Revised Charter and to the collective complaints procedure")
RL(d, ["Ireland", "Portugal"], PARTY, CCP, None, "Ireland and Portugal, both Parties to the Revised Charter and to the collective complaints procedure")
# Co-hosting a follow-up meeting: nothing. "on the sidelines of the conference" (3-4 July 2025).
R(d, "Montenegro", "signed", CCP, "2025-07",
  "Montenegro signed the Additional Protocol providing for a System of Collective Complaints on the sidelines of the conference")
# "29 member States": unnamed.
RL(d, ["Germany", "Spain"], RATIFIED, RESC, "2021", "Germany and Spain ratified it in 2021")
R(d, "Spain", ACCEPTED, CCP, "2021", "Spain accepted the collective complaints procedure at the same time")
Q61 = "The following member States remain bound only by the 1961 Charter: Czechia, Denmark, Iceland, Luxembourg, Poland and the United Kingdom."
ONLY61 = ["Czechia", "Denmark", "Iceland", "Luxembourg", "Poland", "United Kingdom"]
RL(d, ONLY61, PARTY, ESC, None, Q61)
RL(d, ["Denmark", "Iceland", "Luxembourg", "Poland", "United Kingdom"], NOTRATIFIED, RESC, None, Q61, negated=True)
Q4 = "Four member States – Liechtenstein, Monaco, San Marino and Switzerland – have not ratified either version of the Charter"
for inst in (ESC, RESC):
    RL(d, ["Liechtenstein", "Monaco", "San Marino", "Switzerland"], NOTRATIFIED, inst, None, Q4, negated=True)
RL(d, ["Monaco", "San Marino"], "signed", RESC, None, "Monaco and San Marino have signed the Revised Charter")
# The Turin Protocol not in force: nothing; Luxembourg's acceptance and the three outstanding acceptances.
R(d, "Luxembourg", ACCEPTED, TURIN, "2025-01", "With Luxembourg's acceptance in January 2025")
RL(d, ["Denmark", "Germany", "United Kingdom"], ACCEPTED, TURIN, None,
   "only Denmark, Germany and the United Kingdom have yet to accept it", negated=True)
R(d, "European Union", NOTBOUND, ESC, None, "The European Union is not a party to the Charter.", negated=True,
  alt=["the question of accession \"is not on the table for the current mandate\""])
# The Governmental Committee's follow-up and the Committee of Ministers' expected endorsement (planned, optional).
R(d, COM, ENDORSED, VILD, None, "the Committee of Ministers is expected to endorse the Declaration in the autumn", negated=True, required=False)

# ===================== 16.md (AI Governance Observatory explainer on the AI Framework Convention's signatories, updated Friday, 20 June 2025) =====================
d = "16.md"
D = "2025-06-20"
# Negotiation in the CAI by the listed States: process, nothing.
R(d, COM, ADOPTED, AI, "2024-05-17", "The Committee of Ministers adopted the Convention on 17 May 2024.")
# The opening-day list, in three bullets under "It was signed that day by:".
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom"], "signed", AI, "2024-09-05",
   "Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom;")
RL(d, ["Israel", "United States"], "signed", AI, "2024-09-05", "Israel and the United States of America;",
   alt=["The United States signed under the previous administration."])
R(d, "European Union", "signed", AI, "2024-09-05", "the European Union.")
# Hosting the ceremony: nothing; not signing on the day.
R(d, "Lithuania", "signed", AI, None, "Lithuania, the host country of the ceremony, did not sign on the day.", negated=True)
for actors, date, q in [(["Luxembourg"], "2024-11-27", "27 November 2024 | Luxembourg"),
                        (["Canada", "Japan"], "2025-02-11", "11 February 2025 | Canada, Japan"),
                        (["Liechtenstein"], "2025-03-20", "20 March 2025 | Liechtenstein"),
                        (["Switzerland"], "2025-03-27", "27 March 2025 | Switzerland"),
                        (["Montenegro"], "2025-05-12", "12 May 2025 | Montenegro")]:
    RL(d, actors, "signed", AI, date, q)
# "16 signatories", "no signatory has deposited": unnamed. Entry into force: nothing.
R(d, "United Kingdom", NOTRATIFIED, AI, None, "the Government has said it will ratify \"once the necessary domestic measures are in place\", with no date",
  negated=True)
R(d, "Republic of Moldova", NOTRATIFIED, AI, None, "intends to ratify in 2025.", negated=True)
R(d, "Switzerland", NOTRATIFIED, AI, None, "the Federal Council plans to send the ratification bill to Parliament in 2026", negated=True)
R(d, "European Union", NOTBOUND, AI, None, "the EU has not yet concluded the Convention", negated=True)
# Reviewing commitments and not withdrawing the signature: nothing new; the ratification is negated.
R(d, "United States", NOTRATIFIED, AI, None, "it has neither withdrawn the signature nor indicated any plan to ratify", negated=True,
  alt=["the United States \"will not ratify in the current Congress\""])
Q7 = "Argentina, Australia, Costa Rica, the Holy See, Mexico, Peru and Uruguay have not signed"
for a in ["Argentina", "Australia", "Costa Rica", "Holy See", "Mexico", "Peru", "Uruguay"]:
    R(d, a, "signed", AI, None, Q7, negated=True,
      alt=(["Australia was \"actively considering\" signature"] if a == "Australia" else None))
R(d, "Argentina", NOTBOUND, AI, None, "Argentina has said it intends to join the Convention at the earliest opportunity.", negated=True)
RL(d, ["France", "Germany", "Italy", "Spain"], "signed", AI, None,
   "the largest absentees are France, Germany, Italy and Spain, which have said they will sign together with the EU's conclusion", negated=True)
RL(d, ["Türkiye", "Azerbaijan"], "signed", AI, None, "Türkiye and Azerbaijan have not signed.", negated=True)
# The AI Act is EU legislation; implementing the Convention through it: nothing.
R(d, UNSG, "welcomed", AI, None, "UN Secretary-General António Guterres welcomed the Convention as \"an important contribution\"")
R(d, PACE, "called-for", AI, "2024-10",
  "The Parliamentary Assembly of the Council of Europe, in its resolution of October 2024 on signature and ratification of core conventions, urged member States to sign and ratify the Convention")
# The resolution is the Assembly's, dated only by the month (optional).
R(d, PACE, ADOPTED, ("resolution on signature and ratification of core conventions", ["Resolution 2567 (2024)"]), "2024-10",
  "its resolution of October 2024 on signature and ratification of core conventions", required=False)
# The G7 leaders welcomed the Convention's adoption (the Committee's act) rather than the instrument as such (optional).
R(d, ["G7", "Group of Seven"], "welcomed", AI, "2024-06", "The G7 leaders, in their Apulia communiqué of June 2024, welcomed the Convention's adoption.",
  required=False)


gold.finish(MIN_CHARS, MAX_CHARS)
