#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (02, 07, 13) and three are Markdown (04, 10,
16); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: weapons, humanitarian law and disarmament, 1997-2026: the Anti-Personnel Mine Ban (Ottawa) Convention, from the
Ottawa signing ceremony of December 1997 to the 2025 withdrawals of Estonia, Latvia, Lithuania, Finland and Poland and
Ukraine's announced withdrawal; the Convention on Cluster Munitions and Lithuania's withdrawal; the Arms Trade Treaty; the
Treaty on the Prohibition of Nuclear Weapons and its Meetings of States Parties; the Additional Protocols to the Geneva
Conventions; First Committee drafts and their recorded votes. Sources: a joint ministerial statement, ministry and
government press releases (Lithuania, Finland), ICBL, ICRC, ICAN and Control Arms items, UN meetings coverage and a UNIS
release, wire and agency news (1997, 2025), a national statement at a Meeting of States Parties, a spokesperson's press
conference, and two status tables (TPNW, Additional Protocols in Asia and the Pacific).

Conventions of this corpus (on top of the READMEs' rules):
- A deposited instrument of ratification is `ratified`, of accession `acceded` (the RATIFIED / ACCEDED lists also accept
  `party`); "became the Nth State Party" is the same event as the ratification and gets no record of its own. "A State
  Party since YEAR" / "a party to X since YEAR" is `party` dated by that year; "remains a State Party" is `party` undated.
- Withdrawal from a treaty (announced, recommended, decided, notified or taken effect) is a negated `party` record without
  a date, and optional, as in the earlier probes; the earlier ratification or accession is recorded as stated. "Remain
  bound until the withdrawal takes effect" is an optional affirmed `party`. Calls to reverse a withdrawal are optional
  `called-for` records (or folded into a call to join as an alt quote).
- Status tables: a signature date is `signed`, a ratification `ratified`, an accession (a) `acceded`, each dated by the
  cell; "not party" cells are negated `party`; a "–" cell gives nothing.
- Votes: in favour `supported`; against, abstaining `supported` negated with the vote's date. Approval of a draft by the
  First Committee is the Committee's `adopted`; a call the draft puts in the Assembly's mouth ("the General Assembly would
  call upon") is the Assembly's `called-for`, planned, hence negated. Introducing a draft, tabling it, putting it forward
  or being its co-author is `co-sponsored`, undated. A vote on a paragraph and a draft decision named only by its subject
  give nothing or an optional record.
- Adoption of a treaty text by a diplomatic conference or a meeting of States Parties is that body's `adopted`.
- "remain(s) committed to" an instrument is `committed`, dated by the statement; a joint statement in which named States
  reaffirm their commitment is each State's `committed`.
- Nothing for: depositaries, hosts and venues, observers attending a meeting, entry into force, domestic steps (bills, laws,
  parliamentary approval, decrees, Senate transmittal), declarations under Article 90 of Protocol I, humanitarian demining
  and funding, welcoming another actor's act, counts of unnamed States, negotiation and core-group roles.
- Dates: "today", weekdays, "last month", "last year", "last week" resolve against the document's date (header Date or
  dateline); negated records carry no date except votes against and abstentions.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# A hedged or planned accession: the action a naive reading would claim.
NOTACCEDED = ["acceded", "party", "ratified"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "State of Palestine", "Czechia", "Netherlands",
          "Marshall Islands", "Micronesia", "Philippines", "United Arab Emirates", "Kazakhstan", "Mexico", "Colombia",
          "China", "Egypt", "Saudi Arabia", "Chile", "Costa Rica", "Kenya", "Germany", "Ghana", "Fiji", "Cambodia",
          "Thailand", "Timor-Leste", "Rwanda", "Bangladesh", "Bolivia"),
    "United Kingdom": ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Britain", "Great Britain"],
    "Democratic People's Republic of Korea": ["Democratic People's Republic of Korea", "North Korea", "DPRK", "DPR Korea"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Poland": ["Poland", "Republic of Poland"],
    "Finland": ["Finland", "Republic of Finland"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Ukraine": ["Ukraine"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Iceland": ["Iceland"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Austria": ["Austria", "Republic of Austria"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Ireland": ["Ireland"],
    "Canada": ["Canada"],
    "Japan": ["Japan"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "India": ["India", "Republic of India"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Israel": ["Israel", "State of Israel"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Myanmar": ["Myanmar", "Burma"],
    "Nepal": ["Nepal"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "France": ["France", "French Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Malta": ["Malta", "Republic of Malta"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Libya": ["Libya", "State of Libya"],
    "Cook Islands": ["Cook Islands", "the Cook Islands"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Angola": ["Angola", "Republic of Angola"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Belize": ["Belize"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Mongolia": ["Mongolia"],
    "South Sudan": ["South Sudan", "Republic of South Sudan"],
    "Solomon Islands": ["Solomon Islands"],
    "Kyrgyzstan": ["Kyrgyzstan", "Kyrgyz Republic"],
    "Uzbekistan": ["Uzbekistan", "Republic of Uzbekistan"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Palau": ["Palau", "Republic of Palau"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Republic of Moldova": ["Republic of Moldova", "Moldova"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


def N(inst, name):
    """The instrument under the name this document uses, keeping the canonical name and the other aliases."""
    return (name, [inst[0]] + [a for a in inst[1] if a != name])


FC = ["First Committee", "UN General Assembly First Committee", "First Committee of the General Assembly"]
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
ICRC = ["International Committee of the Red Cross", "ICRC"]
ICBL = ["International Campaign to Ban Landmines", "ICBL"]
ICAN = ["International Campaign to Abolish Nuclear Weapons", "ICAN"]
REVCON5 = ["Fifth Review Conference of the Anti-Personnel Mine Ban Convention", "Fifth Review Conference", "Review Conference",
           "Siem Reap-Angkor Review Conference"]

APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
         ["Ottawa Convention", "Anti-Personnel Mine Ban Convention", "Mine Ban Treaty", "Mine Ban Convention", "APMBC",
          "Ottawa Treaty", "landmine treaty", "land mine ban", "anti-personnel mine ban treaty"])
CCM = ("Convention on Cluster Munitions", ["CCM", "Cluster Munitions Convention", "cluster munitions convention"])
ATT = ("Arms Trade Treaty", ["ATT"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty", "Nuclear Weapon Ban Treaty",
        "treaty banning nuclear weapons"])
CCW = ("Convention on Certain Conventional Weapons",
       ["CCW", "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects"])
APII_CCW = ("Amended Protocol II to the Convention on Certain Conventional Weapons",
            ["Amended Protocol II", "CCW Amended Protocol II",
             "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996"])
PV_CCW = ("Protocol V to the Convention on Certain Conventional Weapons", ["Protocol V", "Protocol on Explosive Remnants of War",
          "Protocol V on explosive remnants of war"])
GC49 = ("Geneva Conventions of 1949", ["Geneva Conventions", "four Geneva Conventions of 1949"])
AP1 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)",
       ["Additional Protocol I", "Protocol I", "AP I"])
AP2 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)",
       ["Additional Protocol II", "Protocol II", "AP II"])
AP3 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)",
       ["Additional Protocol III", "Protocol III", "AP III"])
# "the Additional Protocols" named as a set: one record, accepting either Protocol's name.
APS = ("Additional Protocols to the Geneva Conventions", ["Additional Protocols", "Protocols additional to the Geneva Conventions of 1949",
       "Additional Protocol I", "Additional Protocol II"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
SRAAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap Angkor Action Plan", "Siem Reap-Angkor Action Plan 2025-2029"])

# ===================== 01 (joint statement of the Estonian, Latvian, Lithuanian and Polish defence ministers, 18 March 2025) =====================
d = "01.txt"
D = "2025-03-18"
OTT = N(APMBC, "Ottawa Convention")
# A recommendation to withdraw: planned withdrawal, optional negated party (the four States are still parties).
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], NOTBOUND, APMBC, None,
   "have today unanimously agreed to recommend that our Governments and Parliaments withdraw from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
   negated=True, required=False, alt=["each of our States will notify the Secretary-General of the United Nations, as depositary, of its withdrawal"])
R(d, "Lithuania", RATIFIED, OTT, "2003-05", "Lithuania by ratification in May 2003")
QEL = "Estonia and Latvia by accession in May 2004 and July 2005 respectively"
R(d, "Estonia", ACCEDED, OTT, "2004-05", QEL)
R(d, "Latvia", ACCEDED, OTT, "2005-07", QEL)
R(d, "Poland", RATIFIED, OTT, "2012-12", "Poland by ratification in December 2012")
R(d, "Russian Federation", NOTBOUND, OTT, None, "The Russian Federation, which is not party to the Ottawa Convention", negated=True)
R(d, "Belarus", PARTY, OTT, "2003", "Belarus, although a State Party since 2003")
# Notification to the depositary and Article 20's six months: procedure, nothing more.
Q4 = "Our four countries remain parties to the Convention on Certain Conventional Weapons and its Amended Protocol II"
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], PARTY, CCW, None, Q4)
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], PARTY, APII_CCW, None, Q4)
QC = "we remain committed to the Geneva Conventions of 1949 and their Additional Protocols"
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], COMMITTED, GC49, D, QC)
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], COMMITTED, APS, D, QC)
# "committed to upholding international humanitarian law": no instrument.
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions took effect on 6 March 2025",
  negated=True, required=False)
RL(d, ["Estonia", "Latvia", "Poland"], "signed", CCM, None, "Neither Estonia, Latvia nor Poland has signed that Convention.", negated=True)
# Finland's national assessment: no decision, no record; its accession is stated.
R(d, "Finland", ACCEDED, OTT, "2012", "Finland, which acceded to the Ottawa Convention in 2012")
# The Demining Coalition for Ukraine and victim assistance: not instruments.

# ===================== 02.html (ICBL press release on the Baltic deposits of withdrawal, Geneva, 30 June 2025) =====================
d = "02.html"
D = "2025-06-30"
MBT = N(APMBC, "Mine Ban Treaty")
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, MBT, None,
   "the decision of Estonia, Latvia and Lithuania to leave the 1997 Mine Ban Treaty", negated=True, required=False,
   alt=["The three Baltic states deposited their instruments of withdrawal with the UN Secretary-General on Friday"])
RL(d, ["Estonia", "Latvia", "Lithuania"], PARTY, MBT, None, "Until then the three states remain bound by all of the treaty",
   required=False)
# The decree is domestic; the announced withdrawal is the optional negated party record.
R(d, "Ukraine", NOTBOUND, MBT, None, "decision that Ukraine would withdraw from the treaty", negated=True, required=False)
R(d, "Ukraine", PARTY, MBT, "2005", "Ukraine, a State Party since 2005")
R(d, "Russian Federation", NOTBOUND, MBT, None, "it is Russia, which is not a party, that has used antipersonnel mines", negated=True,
  alt=["Among the states not party are China, Cuba, Egypt, India, Iran, Israel, Pakistan, the Russian Federation, Saudi Arabia, South Korea, Syria, the United States and Viet Nam."])
# Finland's parliament and Poland's Sejm: domestic. "Neither country has yet notified the depositary": no instrument action stated.
R(d, ICBL, "called-for", MBT, D, "The ICBL calls on all states not party to join the Mine Ban Treaty without delay",
  alt=["urges Estonia, Latvia and Lithuania to reverse their decision before it takes effect"])
R(d, "Marshall Islands", RATIFIED, MBT, "2025-03-12", "The Marshall Islands ratified it on 12 March 2025, becoming the 165th State Party.")
QACC = "Earlier accessions include those of Sri Lanka and the State of Palestine, both in December 2017."
R(d, "Sri Lanka", ACCEDED, MBT, "2017-12", QACC)
R(d, "State of Palestine", ACCEDED, MBT, "2017-12", QACC)
RL(d, ["Austria", "Belgium", "Cambodia", "Colombia", "Mexico", "New Zealand", "South Africa", "Thailand"], COMMITTED, MBT, "2025-06",
   "Austria, Belgium, Cambodia, Colombia, Mexico, New Zealand, South Africa and Thailand delivered a joint statement in which they reaffirmed their commitment to the Convention and its norms")
R(d, REVCON5, "adopted", SRAAP, "2024-11",
  "Cambodia, which presided over the Fifth Review Conference in Siem Reap in November 2024, said that the Siem Reap-Angkor Action Plan adopted there")
# Presiding over the Review Conference: nothing. "Thirty-three states remain outside": unnamed.
RL(d, ["China", "Cuba", "Egypt", "India", "Iran", "Israel", "Pakistan", "Saudi Arabia", "Republic of Korea", "Syria", "Viet Nam"],
   NOTBOUND, MBT, None,
   "Among the states not party are China, Cuba, Egypt, India, Iran, Israel, Pakistan, the Russian Federation, Saudi Arabia, South Korea, Syria, the United States and Viet Nam.",
   negated=True)
R(d, "United States", NOTBOUND, MBT, None,
  "Among the states not party are China, Cuba, Egypt, India, Iran, Israel, Pakistan, the Russian Federation, Saudi Arabia, South Korea, Syria, the United States and Viet Nam.",
  negated=True, alt=["outside the Korean Peninsula, but it has not acceded"])
# The US policy alignment of June 2022: a policy, not a treaty action. Opening for signature, entry into force, Nobel Prize: nothing.

# ===================== 03 (First Committee meetings coverage GA/DIS/3766, conventional weapons, Wednesday 5 November 2025) =====================
d = "03.txt"
D = "2025-11-05"
L37 = ("draft resolution A/C.1/80/L.37", ["A/C.1/80/L.37",
       "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
       "mines text", "resolution on the implementation of the Anti-Personnel Mine Ban Convention"])
L41 = ("draft resolution A/C.1/80/L.41", ["A/C.1/80/L.41", "Implementation of the Convention on Cluster Munitions", "cluster munitions text"])
L54 = ("draft resolution A/C.1/80/L.54", ["A/C.1/80/L.54", "The Arms Trade Treaty", "Arms Trade Treaty resolution"])
AMMO = ("draft decision on problems arising from the accumulation of conventional ammunition stockpiles in surplus",
        ["Problems arising from the accumulation of conventional ammunition stockpiles in surplus"])
OTT = N(APMBC, "Ottawa Convention")
R(d, FC, "adopted", L37, D,
  "The Committee approved the draft \"Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction\" (document A/C.1/80/L.37)")
R(d, "Russian Federation", "supported", L37, D, "by a recorded vote of 148 in favour to 1 against (Russian Federation)", negated=True)
RL(d, ["China", "Cuba", "Egypt", "Estonia", "Finland", "India", "Iran", "Israel", "Kyrgyzstan", "Latvia", "Lithuania", "Myanmar",
       "Nicaragua", "Pakistan", "Poland", "Republic of Korea", "Syria", "United States", "Uzbekistan", "Viet Nam"], "supported", L37, D,
   "with 20 abstentions (China, Cuba, Egypt, Estonia, Finland, India, Iran, Israel, Kyrgyzstan, Latvia, Lithuania, Myanmar, Nicaragua, Pakistan, Poland, Republic of Korea, Syria, United States, Uzbekistan, Viet Nam)",
   negated=True)
R(d, "Norway", "co-sponsored", L37, None, "Introducing the text, the representative of Norway")
# The call is in a draft only approved in committee: planned.
R(d, GA, "called-for", OTT, None,
  "the General Assembly would call upon all States that have not yet done so to accede to the Convention without delay", negated=True)
R(d, FC, "adopted", L41, D, "It then approved the draft \"Implementation of the Convention on Cluster Munitions\" (document A/C.1/80/L.41)")
RL(d, ["Chile", "Mexico"], "co-sponsored", L41, None, "tabled by Chile and Mexico")
R(d, "Russian Federation", "supported", L41, D, "by a recorded vote of 140 in favour to 1 against (Russian Federation)", negated=True)
RL(d, ["Lithuania", "Estonia", "Finland", "Latvia", "Poland", "United States"], "supported", L41, D,
   "Abstentions included Lithuania, which had voted in favour of the text in previous years, as well as Estonia, Finland, Latvia, Poland and the United States.",
   negated=True)
# Lithuania's votes "in previous years" were on earlier resolutions: no record. "38 abstentions": the rest unnamed.
R(d, FC, "adopted", L54, D, "The draft \"The Arms Trade Treaty\" (document A/C.1/80/L.54) was approved")
RL(d, ["Cuba", "Egypt", "India", "Iran", "Nicaragua", "Russian Federation", "Saudi Arabia", "Syria", "United States"], "supported", L54, D,
   "Among those abstaining were Cuba, Egypt, India, Iran, Nicaragua, the Russian Federation, Saudi Arabia, Syria and the United States.",
   negated=True)
RL(d, ["Sierra Leone", "Argentina", "Australia", "Costa Rica", "Finland", "Japan", "Kenya", "United Kingdom"], "co-sponsored", L54, None,
   "The text was introduced by Sierra Leone on behalf of the co-authors Argentina, Australia, Costa Rica, Finland, Japan, Kenya and the United Kingdom.")
# The paragraph vote: nothing. A draft decision named by its subject (optional).
R(d, FC, "adopted", AMMO, D,
  "approved without a vote a draft decision on problems arising from the accumulation of conventional ammunition stockpiles in surplus",
  required=False)
R(d, "Russian Federation", NOTBOUND, OTT, None, "his country had never been, and did not intend to become, a party to the Ottawa Convention",
  negated=True)
R(d, "Lithuania", NOTBOUND, OTT, None, "Its withdrawal from the Ottawa Convention, notified in June, would take effect on 27 December.",
  negated=True, required=False)
R(d, "Finland", NOTBOUND, OTT, None, "Finland's withdrawal from the Ottawa Convention would take effect on 10 January 2026",
  negated=True, required=False)
R(d, "Finland", NOTBOUND, CCM, None, "Finland was not party to the Convention on Cluster Munitions", negated=True)
R(d, "Republic of Korea", NOTACCEDED, OTT, None, "her country was not in a position to accede to the Ottawa Convention at present",
  negated=True)
R(d, "Ukraine", "supported", L37, D, "his delegation voted in favour of the mines text")
R(d, "Ukraine", PARTY, OTT, None, "Ukraine remained a State Party to the Convention")
R(d, "United States", NOTBOUND, ATT, None, "the United States is not a party to the Arms Trade Treaty", negated=True,
  alt=["does not intend to become one"])
R(d, "United States", "signed", ATT, "2013-09", "although it signed the Treaty in September 2013")
R(d, "Egypt", NOTACCEDED, OTT, None, "Egypt would therefore not accede to it", negated=True)
R(d, "Iran", "signed", ATT, None, "his country had neither signed nor ratified it", negated=True)
R(d, "Iran", NOTRATIFIED, ATT, None, "his country had neither signed nor ratified it", negated=True)
R(d, "Mexico", "called-for", CCM, D,
  "Mexico's representative called on all States that had not yet done so to join the Convention on Cluster Munitions")
R(d, "Japan", "called-for", ATT, D,
  "urged all States, in particular major exporters and importers of arms, to accede to the Arms Trade Treaty")

# ===================== 04.md (TPNW status tracker, Nuclear Ban Monitor, updated 22 January 2026) =====================
d = "04.md"
D = "2026-01-22"
TPNWCONF = ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons",
            "United Nations conference", "UN conference"]
TPNWRES = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons",
           ["annual TPNW resolution", "TPNW resolution", "resolution on the Treaty on the Prohibition of Nuclear Weapons"])
R(d, TPNWCONF, "adopted", TPNW, "2017-07-07",
  "The Treaty on the Prohibition of Nuclear Weapons (TPNW) was adopted on 7 July 2017 by the United Nations conference convened under General Assembly resolution 71/258")
R(d, "Netherlands", "supported", TPNW, "2017-07-07", "by 122 votes to one (Netherlands)", negated=True)
R(d, "Singapore", "supported", TPNW, "2017-07-07", "with one abstention (Singapore)", negated=True)
# Opening for signature, entry into force, the depositary: nothing.
ROWS04 = [("Austria", "2017-09-20", "2018-05-08", "Austria | 20 Sep 2017 | 8 May 2018"),
          ("Brazil", "2017-09-20", None, "Brazil | 20 Sep 2017 | –"),
          ("Chile", "2017-09-20", "2021-09-23", "Chile | 20 Sep 2017 | 23 Sep 2021"),
          ("Costa Rica", "2017-09-20", "2018-07-05", "Costa Rica | 20 Sep 2017 | 5 Jul 2018"),
          ("Indonesia", "2017-09-20", None, "Indonesia | 20 Sep 2017 | –"),
          ("Ireland", "2017-09-20", "2020-08-06", "Ireland | 20 Sep 2017 | 6 Aug 2020"),
          ("Kazakhstan", "2018-03-02", "2019-08-29", "Kazakhstan | 2 Mar 2018 | 29 Aug 2019"),
          ("Malta", "2020-08-25", "2020-09-21", "Malta | 25 Aug 2020 | 21 Sep 2020"),
          ("Mexico", "2017-09-20", "2018-01-16", "Mexico | 20 Sep 2017 | 16 Jan 2018"),
          ("New Zealand", "2017-09-20", "2018-07-31", "New Zealand | 20 Sep 2017 | 31 Jul 2018"),
          ("Nigeria", "2017-09-20", "2020-08-06", "Nigeria | 20 Sep 2017 | 6 Aug 2020"),
          ("Philippines", "2017-09-20", "2021-02-18", "Philippines | 20 Sep 2017 | 18 Feb 2021"),
          ("South Africa", "2017-09-20", "2019-02-25", "South Africa | 20 Sep 2017 | 25 Feb 2019"),
          ("State of Palestine", "2017-09-20", "2018-03-22", "State of Palestine | 20 Sep 2017 | 22 Mar 2018"),
          ("Thailand", "2017-09-20", "2017-09-20", "Thailand | 20 Sep 2017 | 20 Sep 2017"),
          ("Viet Nam", "2017-09-22", "2018-05-17", "Viet Nam | 22 Sep 2017 | 17 May 2018")]
for a, sig, rat, q in ROWS04:
    R(d, a, "signed", TPNW, sig, q)
    if rat:
        R(d, a, RATIFIED, TPNW, rat, q)
R(d, "Cook Islands", ACCEDED, TPNW, "2018-09-04", "Cook Islands | – | 4 Sep 2018 (a)")
QYET = "Several early signatories have yet to ratify, among them Algeria, Brazil, Indonesia and Nepal, all of which signed on the opening day."
RL(d, ["Algeria", "Nepal"], "signed", TPNW, "2017-09-20", QYET)
RL(d, ["Algeria", "Brazil", "Nepal"], NOTRATIFIED, TPNW, None, QYET, negated=True)
# Indonesia's parliamentary approval is domestic; the undeposited instrument keeps it out.
R(d, "Indonesia", NOTRATIFIED, TPNW, None, QYET, negated=True,
  alt=["the instrument of ratification has not been deposited, so Indonesia is not yet counted as a State Party"])
RL(d, ["China", "France", "India", "Israel", "Democratic People's Republic of Korea", "Pakistan", "Russian Federation", "United Kingdom",
       "United States"], "signed", TPNW, None,
   "None of the nine nuclear-armed states (China, France, India, Israel, North Korea, Pakistan, Russia, the United Kingdom and the United States) has signed the TPNW.",
   negated=True)
# Attending as observers: nothing; "None of them has signed the treaty".
RL(d, ["Norway", "Germany", "Belgium", "Netherlands"], "signed", TPNW, None, "None of them has signed the treaty", negated=True)
R(d, "Australia", "supported", TPNWRES, "2022",
  "Australia moved from a \"no\" to an abstention on the annual TPNW resolution in the First Committee in 2022", negated=True)
R(d, "Australia", "signed", TPNW, None, "but it has not signed the treaty", negated=True)
# The correction says the earlier "voted in favour" was wrong: nothing more.
RL(d, ["Sweden", "Switzerland"], "supported", TPNW, "2017", "Sweden and Switzerland took part in the 2017 negotiations and voted for the text")
RL(d, ["Sweden", "Switzerland"], "signed", TPNW, None, "later decided, after national reviews, not to sign it", negated=True)

# ===================== 05 (ICRC news release, 40th anniversary of the Additional Protocols, 8 June 2017) =====================
d = "05.txt"
D = "2017-06-08"
DIPCONF = ["Diplomatic Conference on the Reaffirmation and Development of International Humanitarian Law Applicable in Armed Conflicts",
           "Diplomatic Conference"]
Q77 = ("on 8 June 1977, the Diplomatic Conference on the Reaffirmation and Development of International Humanitarian Law Applicable in Armed Conflicts adopted the two Protocols additional to the Geneva Conventions of 1949")
R(d, DIPCONF, "adopted", AP1, "1977-06-08", Q77)
R(d, DIPCONF, "adopted", AP2, "1977-06-08", Q77)
# "174 States are party": unnamed.
R(d, ICRC + ["Peter Maurer"], "called-for", APS, D,
  "I call on all States that have not yet done so to ratify the Additional Protocols")
R(d, ICRC, "called-for", AP3, D,
  "an appeal for universal acceptance of both treaties and of Additional Protocol III of 2005")
QRECENT = "The most recent States to join both Protocols were South Sudan, which acceded in January 2013"
R(d, "South Sudan", ACCEDED, AP1, "2013-01", QRECENT)
R(d, "South Sudan", ACCEDED, AP2, "2013-01", QRECENT)
R(d, "State of Palestine", ACCEDED, AP1, "2014", "the State of Palestine, whose accession took effect in 2014")
R(d, "State of Palestine", ACCEDED, AP2, "2014", "the State of Palestine, whose accession took effect in 2014")
# "last month" against 8 June 2017.
RL(d, ["Lebanon", "Mongolia"], RATIFIED, AP3, "2017-05", "Lebanon and Mongolia deposited their instruments of ratification last month")
R(d, "Belize", RATIFIED, AP3, "2016", "The ratification by Belize of Protocol III last year")
R(d, "Belize", PARTY, AP1, "1984", "Belize has been party to Protocols I and II since 1984.")
R(d, "Belize", PARTY, AP2, "1984", "Belize has been party to Protocols I and II since 1984.")
RL(d, ["India", "Indonesia", "Iran", "Israel", "Malaysia", "Nepal", "Pakistan", "Sri Lanka", "Thailand", "Türkiye", "United States"],
   NOTBOUND, AP1, None,
   "States that have not yet become party to Protocol I include India, Indonesia, Iran, Israel, Malaysia, Nepal, Pakistan, Sri Lanka, Thailand, Turkey and the United States.",
   negated=True)
QIPU = "Iran, Pakistan and the United States signed Protocol I in 1977 but have not ratified it."
RL(d, ["Iran", "Pakistan", "United States"], "signed", AP1, "1977", QIPU)
RL(d, ["Iran", "Pakistan", "United States"], NOTRATIFIED, AP1, None, QIPU, negated=True)
R(d, "United States", "signed", AP2, "1977", "The United States also signed Protocol II in 1977")
# The transmittal to the Senate is domestic; "where it remains pending" says it is not ratified.
R(d, "United States", NOTRATIFIED, AP2, None, "President Reagan transmitted it to the Senate in 1987, where it remains pending", negated=True)
QNEPAL = "the representative of Nepal said that his Government was studying accession to both Protocols"
R(d, "Nepal", NOTACCEDED, AP1, None, QNEPAL, negated=True)
R(d, "Nepal", NOTACCEDED, AP2, None, QNEPAL, negated=True)
R(d, "Sri Lanka", NOTACCEDED, AP2, None, "Sri Lanka's ambassador said that accession to Protocol II was \"under active consideration\"", negated=True)
QMM = "An accession by Myanmar to the two Protocols would, in the ICRC's view, be an important signal"
R(d, "Myanmar", NOTACCEDED, AP1, None, QMM, negated=True)
R(d, "Myanmar", NOTACCEDED, AP2, None, QMM, negated=True)
# Switzerland hosting the panel, as depositary: nothing.
R(d, "Norway", RATIFIED, AP1, "1981-12", "Norway ratified both Protocols in December 1981")
R(d, "Norway", RATIFIED, AP2, "1981-12", "Norway ratified both Protocols in December 1981")
# Norway's Article 90 declaration: not an instrument.
R(d, "Colombia", ACCEDED, AP2, "1995", "its accession to Protocol II in 1995")
R(d, "Viet Nam", PARTY, AP1, "1981", "The delegate of Viet Nam, a party to Protocol I since 1981")
R(d, "Viet Nam", NOTACCEDED, AP2, None,
  "her Government had approved accession to Protocol II in principle and expected to deposit its instrument before the end of the year",
  negated=True)
# "Seventy-six States have so far made such a declaration": unnamed, and not an instrument. Bern, Switzerland, entry into force: nothing.

# ===================== 06 (wire news item, Poland's notification of withdrawal, Warsaw, Thursday 21 August 2025) =====================
d = "06.txt"
D = "2025-08-21"
OTT = N(APMBC, "Ottawa Convention")
# "on Wednesday" against Thursday 21 August 2025: 20 August; the withdrawal is a negated party record, undated.
R(d, "Poland", NOTBOUND, OTT, None, "Poland formally notified the United Nations on Wednesday of its withdrawal from the 1997 Ottawa Convention",
  negated=True, required=False)
R(d, "Poland", RATIFIED, OTT, "2012-12", "Poland, which ratified the convention in December 2012")
# The Sejm's law and the president's signature: domestic. Planned mine production: nothing.
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, OTT, None,
   "Estonia, Latvia and Lithuania deposited their instruments of withdrawal together on June 27", negated=True, required=False)
R(d, "Finland", NOTBOUND, OTT, None, "Finland followed on July 10", negated=True, required=False)
R(d, "Ukraine", NOTBOUND, OTT, None, "announced in late June that it would also withdraw", negated=True, required=False)
R(d, "Ukraine", PARTY, OTT, None, "legal experts say Kyiv will remain bound for now", required=False)
RL(d, ["Russian Federation", "United States", "China"], NOTBOUND, OTT, None,
   "Russia is not a party to the treaty, nor are the United States or China.", negated=True)
R(d, "Belarus", JOINED, OTT, "2003", "Belarus, which borders Poland, Lithuania and Latvia, joined the convention in 2003")
R(d, "Norway", PARTY, OTT, None, "Norway, one of the treaty's founding states, would remain a party", required=False)
# Sweden's "no plans to withdraw" and Germany's silence: no record.
QPCCM = "Poland is also not a party to the 2008 Convention on Cluster Munitions, which it never signed, and has no plans to join it."
R(d, "Poland", NOTBOUND, CCM, None, QPCCM, negated=True)
R(d, "Poland", "signed", CCM, None, QPCCM, negated=True)
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania left that convention in March this year", negated=True, required=False)
# The ICRC's statement is not dated by the text.
R(d, ICRC, "called-for", OTT, None, "urged all states to remain within the treaty and those outside it to join")
R(d, ["Human Rights Watch", "HRW"], "called-for", OTT, None, "called on Poland to reverse the decision before it takes effect in February",
  required=False)
# The annual meeting in Geneva: nothing. Abiding by Amended Protocol II: Lithuania's party status is stated.
R(d, "Lithuania", PARTY, APII_CCW, None, "to which Lithuania is a party")

# ===================== 07.html (Lithuanian foreign ministry press release, withdrawal from the CCM, 6 September 2024) =====================
d = "07.html"
D = "2024-09-06"
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania deposits instrument of withdrawal from the Convention on Cluster Munitions",
  negated=True, required=False, alt=["instrument of withdrawal from the Convention on Cluster Munitions"])
# The Seimas's law and the President's signature: domestic.
R(d, "Lithuania", "signed", CCM, "2008-12-03", "Lithuania signed the Convention in Oslo on 3 December 2008")
R(d, "Lithuania", RATIFIED, CCM, "2011-03-24", "ratified it on 24 March 2011")
R(d, ["Dublin Diplomatic Conference on Cluster Munitions", "Dublin Diplomatic Conference"], "adopted", CCM, "2008-05-30",
  "The Convention, adopted at the Dublin Diplomatic Conference on 30 May 2008")
RL(d, ["Latvia", "Estonia", "Poland"], NOTBOUND, CCM, None, "neither Latvia, Estonia nor Poland is party to the Convention", negated=True)
RL(d, ["Russian Federation", "Belarus"], NOTBOUND, CCM, None, "the Russian Federation and Belarus have both refused to join it", negated=True)
R(d, "Lithuania", "supported", ("resolution 78/37", ["General Assembly resolution 78/37", "A/RES/78/37",
                                "resolution on the implementation of the Convention on Cluster Munitions"]), "2023-12",
  "Only last December, Lithuania voted in favour of General Assembly resolution 78/37 on the implementation of the Convention.")
R(d, "Lithuania", PARTY, N(APMBC, "Ottawa Convention"), None,
  "Lithuania remains a State Party to the Ottawa Convention banning anti-personnel mines.")
QLC = "Lithuania remains fully committed to the Geneva Conventions and their Additional Protocols."
R(d, "Lithuania", COMMITTED, GC49, D, QLC)
R(d, "Lithuania", COMMITTED, APS, D, QLC)
QHCP = "Lithuania is a High Contracting Party to the Convention on Certain Conventional Weapons and to its Protocol V on explosive remnants of war"
R(d, "Lithuania", PARTY, CCW, None, QHCP)
R(d, "Lithuania", PARTY, PV_CCW, None, QHCP)
# Norway hosting the Oslo ceremony, the Implementation Support Unit: nothing. Still a party until March 2025 (optional).
R(d, "Lithuania", PARTY, CCM, None, "will be attended by Lithuania as a State Party", required=False)

# ===================== 08 (UNIS Vienna release UNIS/DC/331, first TPNW Meeting of States Parties, 23 June 2022) =====================
d = "08.txt"
D = "2022-06-23"
MSP1 = ["First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons", "first Meeting of States Parties",
        "1MSP", "Meeting of States Parties", "States Parties to the TPNW"]
VD = ("Vienna Declaration", ["Our commitment to a world free of nuclear weapons", "Vienna Declaration of the 1st Meeting of States Parties",
      "political declaration"])
VAP = ("Vienna Action Plan", ["Vienna Action Plan of the 1st Meeting of States Parties", "50-point action plan", "action plan"])
HP = ("Humanitarian Pledge", ["Austrian Pledge", "Humanitarian Pledge for the prohibition and elimination of nuclear weapons"])
QV = ("concluded today in Vienna with the adoption of a political declaration, entitled \"Our commitment to a world free of nuclear weapons\", "
      "and the Vienna Action Plan")
R(d, MSP1, "adopted", VD, D, QV)
R(d, MSP1, "adopted", VAP, D, QV)
R(d, MSP1, "called-for", TPNW, D, "call on all States that have not yet done so to join the Treaty without delay")
# "adopted in July 2017": no adopting body named; entry into force and counts: nothing.
# Germany's "would not accede" restates its not being a party (same tuple).
R(d, "Germany", NOTBOUND, TPNW, None, "None of these eight States is a party to the Treaty.", negated=True,
  alt=["Germany's observer said Germany would not accede to the Treaty"])
RL(d, ["Norway", "Netherlands", "Belgium", "Finland", "Sweden", "Switzerland", "Australia"], NOTBOUND, TPNW, None,
   "None of these eight States is a party to the Treaty.", negated=True)
R(d, "Norway", "signed", TPNW, None, "her country would not sign the TPNW", negated=True)
# Australia "would consider the Treaty": no action named, no record. Attending as observers: nothing.
R(d, "Marshall Islands", "signed", TPNW, None, "the Marshall Islands, which has not signed the Treaty", negated=True)
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland ratified the Treaty on 6 August 2020")
R(d, "Philippines", RATIFIED, TPNW, "2021", "The Philippines, which ratified the Treaty last year")
R(d, "Kazakhstan", PARTY, TPNW, "2019", "Kazakhstan, a State Party since 2019")
R(d, "Mozambique", "signed", TPNW, "2020-08", "Mozambique, which signed the Treaty in August 2020")
R(d, "Mozambique", NOTRATIFIED, TPNW, None, "expects to ratify \"in the shortest possible time\"", negated=True)
R(d, "Indonesia", "signed", TPNW, "2017", "for a Treaty it signed in 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "Indonesia said that its instrument of ratification, for a Treaty it signed in 2017, was before its parliament",
  negated=True)
RL(d, ["Timor-Leste", "Ghana"], NOTRATIFIED, TPNW, None, "Timor-Leste and Ghana both said their ratification processes were nearly complete",
   negated=True)
# The host country's own pledge; "later endorsed by 127 States": unnamed.
R(d, "Austria", ENDORSED, HP, "2014-12",
  "the Humanitarian Pledge it issued at the close of the Vienna Conference on the Humanitarian Impact of Nuclear Weapons in December 2014")
R(d, ["UN High Representative for Disarmament Affairs", "Izumi Nakamitsu", "High Representative for Disarmament Affairs"], "called-for", TPNW, D,
  "urged States that had not yet done so to consider joining the Treaty")
# The Secretary-General welcomed the meeting (not an instrument); ICAN's comment; the next meeting's venue: nothing.

# ===================== 09 (First Committee meetings coverage GA/DIS/3749, nuclear drafts, Monday 4 November 2024) =====================
d = "09.txt"
D = "2024-11-04"
L18 = ("draft resolution A/C.1/79/L.18", ["A/C.1/79/L.18", "Treaty on the Prohibition of Nuclear Weapons", "TPNW resolution"])
L39 = ("draft resolution A/C.1/79/L.39", ["A/C.1/79/L.39", "Nuclear war effects and scientific research", "draft on nuclear war effects"])
R(d, FC, "adopted", L18, D,
  "approved draft resolution A/C.1/79/L.18, \"Treaty on the Prohibition of Nuclear Weapons\", by a recorded vote of 120 in favour to 42 against, with 13 abstentions")
AGAINST18 = ["Albania", "Andorra", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia",
             "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "Iceland", "Israel", "Italy", "Japan", "Latvia", "Lithuania",
             "Luxembourg", "Micronesia", "Monaco", "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal",
             "Republic of Korea", "Romania", "Russian Federation", "Slovakia", "Slovenia", "Spain", "Sweden", "Türkiye", "Ukraine",
             "United Kingdom", "United States"]
assert len(AGAINST18) == 42
RL(d, AGAINST18, "supported", L18, D,
   "Voting against were: Albania, Andorra, Belgium, Bosnia and Herzegovina, Bulgaria, Canada, Croatia, Czechia, Denmark, Estonia, Finland, France, Georgia, Germany, Greece, Hungary, Iceland, Israel, Italy, Japan, Latvia, Lithuania, Luxembourg, Micronesia (Federated States of), Monaco, Montenegro, Netherlands, North Macedonia, Norway, Poland, Portugal, Republic of Korea, Romania, Russian Federation, Slovakia, Slovenia, Spain, Sweden, Türkiye, Ukraine, United Kingdom, United States.",
   negated=True)
ABST18 = ["Argentina", "Armenia", "Australia", "China", "India", "Marshall Islands", "Pakistan", "Palau", "Saudi Arabia", "Serbia",
          "Singapore", "Switzerland", "Uzbekistan"]
RL(d, ABST18, "supported", L18, D,
   "Abstaining were: Argentina, Armenia, Australia, China, India, Marshall Islands, Pakistan, Palau, Saudi Arabia, Serbia, Singapore, Switzerland, Uzbekistan.",
   negated=True)
RL(d, ["Austria", "Brazil", "Costa Rica", "Indonesia", "Ireland", "Mexico", "New Zealand", "Nigeria", "South Africa", "Thailand"],
   "co-sponsored", L18, None,
   "The text was introduced by the representative of Austria on behalf of its sponsors, among them Brazil, Costa Rica, Indonesia, Ireland, Mexico, New Zealand, Nigeria, South Africa and Thailand")
R(d, GA, "called-for", TPNW, None,
  "the General Assembly would call upon all States that have not yet done so to sign, ratify, accept, approve or accede to the Treaty at the earliest possible date",
  negated=True)
R(d, FC, "adopted", L39, D, "it approved draft resolution A/C.1/79/L.39, \"Nuclear war effects and scientific research\"")
RL(d, ["France", "Russian Federation", "United Kingdom"], "supported", L39, D,
   "by a recorded vote of 144 in favour to 3 against (France, Russian Federation, United Kingdom)", negated=True)
RL(d, ["Ireland", "New Zealand"], "co-sponsored", L39, None, "put forward by Ireland and New Zealand",
   alt=["Introducing the text on nuclear war effects, the representative of Ireland"])
# The panel the Assembly "would establish": not an instrument.
R(d, "Japan", "signed", TPNW, None, "Japan was not in a position to sign the Treaty", negated=True)
R(d, "Australia", "signed", TPNW, None, "had not taken a decision on whether to sign", negated=True)
R(d, "Switzerland", "signed", TPNW, None, "the Federal Council had decided, after a thorough review, not to sign the Treaty for now", negated=True)
# Attending as an observer: nothing. The presidency of the third meeting: nothing.
R(d, "Kazakhstan", "called-for", TPNW, D, "called on all States to sign and ratify the Treaty")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08", "ratified it in August 2019")
# The House of Representatives' approval is domestic; the deposit is planned.
R(d, "Indonesia", NOTRATIFIED, TPNW, None,
  "his Government would deposit the instrument of ratification with the Secretary-General shortly", negated=True)
RL(d, ["France", "United Kingdom", "United States"], NOTBOUND, TPNW, None, "the three countries would never become party to the Treaty",
   negated=True)
R(d, "China", "supported", L39, D, "voted in favour of the draft on nuclear war effects")
# China's abstention on L.18 restates the list; "committed to a policy of no first use": not an instrument.

# ===================== 10.md (Control Arms ATT Monitor Daily, CSP11 day 1, Geneva, Monday 25 August 2025) =====================
d = "10.md"
D = "2025-08-25"
JDD = ("Joint Declaration on Preventing Diversion of Conventional Arms", ["Joint Declaration on Preventing Diversion"])
R(d, "Republic of Korea", RATIFIED, ATT, "2016", "the Republic of Korea, which ratified the Treaty in 2016")
# The President speaks for the Conference, not for his State: either name is accepted.
R(d, ["CSP11 President", "President of the Eleventh Conference of States Parties", "Yoon Seong-deok", "Republic of Korea"],
  "called-for", ATT, D, "urged \"every State still outside the Treaty\" to join it")
# The agenda adopted without objection, the budget deferred: not instruments.
R(d, "Malawi", RATIFIED, ATT, "2025-05-14", "Malawi, which ratified on 14 May 2025")
R(d, "Namibia", ACCEDED, ATT, "2025-07-02", "Namibia, which acceded on 2 July")
R(d, "Philippines", RATIFIED, ATT, "2022-03", "The Philippines, which ratified in March 2022")
R(d, "Kazakhstan", ACCEDED, ATT, "2018-12", "Kazakhstan, whose accession dates from December 2018")
RL(d, ["Angola", "Bahrain", "Colombia", "Israel", "Rwanda", "Singapore", "Thailand", "Ukraine", "United Arab Emirates"], NOTRATIFIED, ATT,
   None, "Angola, Bahrain, Colombia, Israel, Rwanda, Singapore, Thailand, Ukraine and the United Arab Emirates have yet to ratify",
   negated=True)
# Thailand's bill and Colombia's court review: domestic steps.
R(d, "United States", "signed", ATT, "2013-09", "The United States signed the ATT in September 2013")
R(d, "United States", NOTBOUND, ATT, None, "it does not intend to become a party", negated=True)
R(d, "China", ACCEDED, ATT, "2020-07", "China's accession in July 2020")
# Support for a treaty China is bound by (optional, as in 15); its call for wider participation (optional).
R(d, "China", "supported", ATT, D, "China \"firmly supports the purposes and principles of the Treaty\"", required=False)
R(d, "China", "called-for", ATT, D, "called for wider participation", required=False)
RL(d, ["Russian Federation", "India", "Saudi Arabia", "Egypt"], ["signed", "party", "acceded", "ratified"], ATT, None,
   "the Russian Federation, India, Saudi Arabia and Egypt remain outside — none of them has signed", negated=True)
R(d, "Sierra Leone", "called-for", ATT, D,
  "called on all States that had not yet done so to ratify or accede to the Treaty without delay")
R(d, "European Union", COMMITTED, ATT, D, "the EU \"remains fully committed to the Arms Trade Treaty and to its universalization\"")
# "all 27 Member States are States Parties": unnamed.
R(d, "Japan", ENDORSED, JDD, D, "on behalf of 46 States, delivered the Joint Declaration on Preventing Diversion of Conventional Arms")
RL(d, ["Argentina", "Australia", "Netherlands"], ENDORSED, JDD, None,
   "Argentina, Australia and the Netherlands, which drafted the text with Japan, also endorsed it")
R(d, "Mexico", RATIFIED, ATT, "2013-09", "it was one of the first States to ratify, in September 2013")
# Hosting CSP1 in Cancún: venue.
R(d, "Iran", "supported", ATT, "2013", "it had voted against the Treaty's adoption in 2013", negated=True)
R(d, "Iran", "signed", ATT, None, "\"will not sign a treaty that legitimizes transfers to occupying Powers\"", negated=True)
# Control Arms welcoming Malawi's and Namibia's decisions: nothing. Its call on the United States (optional).
R(d, ["Control Arms", "Control Arms Secretariat"], "called-for", ATT, D, "we urge the United States to reconsider its 2019 decision",
  required=False)

# ===================== 11 (Statement by Canada, 22nd Meeting of the States Parties to the APMBC, Geneva, Monday 1 December 2025) =====================
d = "11.txt"
D = "2025-12-01"
OTT = N(APMBC, "Convention")
L37R = ("General Assembly resolution on the implementation of the Convention",
        ["A/C.1/80/L.37", "draft resolution A/C.1/80/L.37",
         "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
         "resolution on the implementation of the Anti-Personnel Mine Ban Convention"])
QCAN = "Canada signed and ratified the Convention on the day it opened for signature, 3 December 1997"
R(d, "Canada", "signed", OTT, "1997-12-03", QCAN)
R(d, "Canada", RATIFIED, OTT, "1997-12-03", QCAN)
R(d, ["Oslo Diplomatic Conference", "Diplomatic Conference on an International Total Ban on Anti-Personnel Land Mines"], "adopted", OTT,
  "1997-09-18", "The text had been adopted by the Oslo Diplomatic Conference on 18 September 1997")
RL(d, ["Estonia", "Latvia", "Lithuania", "Finland", "Poland"], NOTBOUND, OTT, None,
   "We deeply regret the decisions of Estonia, Latvia, Lithuania, Finland and Poland to withdraw.", negated=True, required=False)
R(d, "Canada", "called-for", OTT, D, "Canada calls on all States not party, including our neighbour and closest ally, the United States, to join the Convention.",
  alt=["We respectfully urge these five States to reconsider."])
R(d, "Russian Federation", NOTBOUND, OTT, None, "The Russian Federation, which is not party to the Convention", negated=True)
R(d, "Ukraine", PARTY, OTT, None, "Ukraine remains a State Party")
R(d, "Ukraine", NOTBOUND, OTT, None, "its announced withdrawal cannot take effect while it is engaged in armed conflict", negated=True,
  required=False)
# Welcoming is Canada's nothing; the Marshall Islands' party status is stated.
R(d, "Marshall Islands", PARTY, OTT, None, "We welcome the Marshall Islands as the 165th State Party")
R(d, "Canada", COMMITTED, SRAAP, D, "Canada remains committed to the Siem Reap-Angkor Action Plan adopted at the Fifth Review Conference last year")
R(d, REVCON5, "adopted", SRAAP, "2024", "the Siem Reap-Angkor Action Plan adopted at the Fifth Review Conference last year")
R(d, "Canada", "co-sponsored", L37R, None,
  "Canada is again among the co-sponsors of the General Assembly resolution on the implementation of the Convention")
R(d, FC, "adopted", L37R, "2025-11-05", "which the First Committee approved on 5 November")
R(d, "Canada", RATIFIED, CCM, "2015-03", "We are a proud State Party to the Convention on Cluster Munitions, which we ratified in March 2015")
R(d, "Canada", ACCEDED, ATT, "2019-06", "we acceded to the Arms Trade Treaty in June 2019")
# Demining funds, the ICBL and Mines Action Canada, the Ottawa Process core group: nothing.

# ===================== 12 (AP news item, Ottawa signing conference, Wednesday 3 December 1997) =====================
d = "12.txt"
D = "1997-12-03"
LMB = N(APMBC, "treaty banning anti-personnel land mines")
# "More than 120 nations signed": unnamed.
R(d, "Canada", "signed", LMB, D, "Canada's Foreign Minister Lloyd Axworthy was the first to put his name to the document")
R(d, "Canada", RATIFIED, LMB, D, "Canada became the first country to ratify the treaty")
# The Secretary-General as depositary: nothing.
RL(d, ["Ireland", "Mauritius"], RATIFIED, LMB, D, "Ireland and Mauritius also deposited their ratifications during the afternoon session")
R(d, "Canada", "called-for", LMB, D, "Prime Minister Jean Chretien, who urged the holdouts to join the treaty as soon as possible")
RL(d, ["Norway", "South Africa", "Mozambique", "Cambodia", "United Kingdom", "France", "Germany", "Japan", "Australia", "Brazil"],
   "signed", LMB, D,
   "Among the first signers were Norway, South Africa, Mozambique, Cambodia, Britain, France, Germany, Japan, Australia and Brazil.")
RL(d, ["Poland", "Angola"], "signed", LMB, None, "Poland and Angola were expected to sign Thursday", negated=True)
# Japan's Cabinet decision of last month: domestic; the pledge of yen is funding.
R(d, "Japan", NOTRATIFIED, LMB, None, "Japan would move to ratify it quickly", negated=True)
QNOT = "Among the nations that did not sign are the United States, Russia, China, India, Pakistan, Israel, Egypt and both North and South Korea."
# "would sign by 2006 if suitable alternatives could be found" restates the United States' not signing (planned, same tuple).
R(d, "United States", "signed", LMB, None, QNOT, negated=True,
  alt=["the United States would sign by 2006 if suitable alternatives could be found"])
RL(d, ["Russian Federation", "China", "India", "Pakistan", "Israel", "Egypt", "Democratic People's Republic of Korea", "Republic of Korea"],
   "signed", LMB, None, QNOT, negated=True)
R(d, "Finland", "signed", LMB, None, "Finland, which shares a 1,300-kilometer border with Russia, also declined to sign", negated=True)
RL(d, ["Türkiye", "Greece"], NOTBOUND, LMB, None, "Turkey and Greece, locked in a dispute over the Aegean, said they would consider joining only together",
   negated=True)
R(d, SG + ["Kofi Annan"], "called-for", LMB, D, "Annan, in a speech at the opening session, called on all nations to sign and ratify the treaty")
# The Nobel Peace Prize, the ICBL's campaign: nothing.
R(d, "Norway", NOTRATIFIED, LMB, None, "said it would ratify by the middle of next year", negated=True)
# The Oslo conference's adoption, dated by "in Oslo in September" (optional: the body is named only as a venue's conference).
R(d, ["Oslo Diplomatic Conference", "Oslo conference"], "adopted", LMB, "1997-09",
  "the three-week Oslo conference at which the treaty text was adopted", required=False)
RL(d, ["Belgium", "Austria"], "signed", LMB, D, "Belgium and Austria, which were among the first countries to ban mines under their national laws, signed on Wednesday as well")
# A call the ICRC says it will make: planned (optional).
R(d, ICRC, "called-for", LMB, None, "said it would press the countries that did not sign to do so at the earliest opportunity",
  negated=True, required=False)
R(d, "Cambodia", NOTRATIFIED, LMB, None, "Cambodia would ratify the treaty \"without any delay\"", negated=True)

# ===================== 13.html (Finnish Government press release 214/2025, preparations for withdrawal, 1 April 2025) =====================
d = "13.html"
D = "2025-04-01"
OTT = N(APMBC, "Ottawa Convention")
R(d, "Finland", NOTBOUND, OTT, None, "Finland to begin preparations for withdrawing from the Ottawa Convention", negated=True, required=False,
  alt=["Finland will begin preparations for withdrawing from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction"])
# The proposal to Parliament: domestic.
R(d, "Finland", ACCEDED, OTT, "2012-01-09", "Finland deposited its instrument of accession to the Ottawa Convention on 9 January 2012")
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], NOTBOUND, OTT, None,
   "On 18 March 2025, Estonia, Latvia, Lithuania and Poland announced their intention to withdraw from the Convention.",
   negated=True, required=False)
RL(d, ["Sweden", "Norway", "Denmark", "Iceland"], PARTY, OTT, None,
   "Our Nordic neighbours Sweden, Norway, Denmark and Iceland remain States Parties")
QFIN = "Finland is a party to the Convention on Certain Conventional Weapons and its Amended Protocol II"
R(d, "Finland", PARTY, CCW, None, QFIN)
R(d, "Finland", PARTY, APII_CCW, None, QFIN)
R(d, "Finland", NOTBOUND, CCM, None, "Finland is not a party to the Convention on Cluster Munitions and has no plans to join it", negated=True)
R(d, "Finland", RATIFIED, ATT, "2014-04", "Finland ratified the Arms Trade Treaty in April 2014")
# "committed to international humanitarian law", demining support: nothing.

# ===================== 14 (research note 2023/4, Additional Protocols in Asia and the Pacific, 30 June 2023) =====================
d = "14.txt"
D = "2023-06-30"
SIG77 = "1977-12-12"
R14 = [  # state, (AP I action, date), (AP II action, date), row as folded
    ("Australia", ("r", "1991-06-21"), ("r", "1991-06-21"), "Australia 21 Jun 1991 r 21 Jun 1991 r"),
    ("China", ("a", "1983-09-14"), ("a", "1983-09-14"), "China 14 Sep 1983 a 14 Sep 1983 a"),
    ("Democratic People's Republic of Korea", ("a", "1988-03-09"), ("n", None), "DPR Korea 9 Mar 1988 a not party"),
    ("Fiji", ("a", "2008-07-30"), ("a", "2008-07-30"), "Fiji 30 Jul 2008 a 30 Jul 2008 a"),
    ("India", ("n", None), ("n", None), "India not party not party"),
    ("Indonesia", ("n", None), ("n", None), "Indonesia not party not party"),
    ("Iran", ("s", SIG77), ("s", SIG77), "Iran 12 Dec 1977 s 12 Dec 1977 s"),
    ("Japan", ("a", "2004-08-31"), ("a", "2004-08-31"), "Japan 31 Aug 2004 a 31 Aug 2004 a"),
    ("Malaysia", ("n", None), ("n", None), "Malaysia not party not party"),
    ("Myanmar", ("n", None), ("n", None), "Myanmar not party not party"),
    ("Nepal", ("n", None), ("n", None), "Nepal not party not party"),
    ("New Zealand", ("r", "1988-02-08"), ("r", "1988-02-08"), "New Zealand 8 Feb 1988 r 8 Feb 1988 r"),
    ("Pakistan", ("s", SIG77), ("s", SIG77), "Pakistan 12 Dec 1977 s 12 Dec 1977 s"),
    ("Philippines", ("a", "2012-03-30"), ("r", "1986-12-11"), "Philippines 30 Mar 2012 a 11 Dec 1986 r"),
    ("Republic of Korea", ("r", "1982-01-15"), ("r", "1982-01-15"), "Republic of Korea 15 Jan 1982 r 15 Jan 1982 r"),
    ("Sri Lanka", ("n", None), ("n", None), "Sri Lanka not party not party"),
    ("Thailand", ("n", None), ("n", None), "Thailand not party not party"),
    ("Viet Nam", ("r", "1981-10-19"), ("n", None), "Viet Nam 19 Oct 1981 r not party"),
]
ACT14 = {"r": RATIFIED, "a": ACCEDED, "s": "signed", "n": NOTBOUND}
for state, c1, c2, q in R14:
    for inst, (code, date) in ((AP1, c1), (AP2, c2)):
        kw = {"negated": True} if code == "n" else {}
        if state == "Democratic People's Republic of Korea" and inst is AP2:
            kw["alt"] = ["The DPR Korea's accession to Protocol I was not followed by accession to Protocol II."]
        R(d, state, ACT14[code], inst, date, q, **kw)
R(d, "Australia", RATIFIED, AP3, "2009-07-15", "Protocol III has been ratified by Australia (15 July 2009)")
R(d, "New Zealand", RATIFIED, AP3, "2013-10-23", "New Zealand (23 October 2013)")
R(d, "Philippines", RATIFIED, AP3, "2006-08-22", "the Philippines (22 August 2006)")
R(d, "Fiji", ACCEDED, AP3, "2008", "acceded to by Fiji (2008)")
R(d, "Republic of Korea", "signed", AP3, "2005-12-08", "The Republic of Korea signed it on 8 December 2005")
R(d, "Republic of Korea", NOTRATIFIED, AP3, None, "but has not yet ratified it", negated=True)
# (a) restates the Philippine dates; Republic Act No. 9851 is domestic.
QB = "Iran and Pakistan signed both Protocols on the day they were opened for signature in Bern, but neither has ratified them."
for a in ("Iran", "Pakistan"):
    R(d, a, NOTRATIFIED, AP1, None, QB, negated=True)
    R(d, a, NOTRATIFIED, AP2, None, QB, negated=True)
QN = "Nepal has repeatedly indicated its intention to accede to both Protocols"
R(d, "Nepal", NOTACCEDED, AP1, None, QN, negated=True)
R(d, "Nepal", NOTACCEDED, AP2, None, QN, negated=True)
# "have not indicated any timetable": no further record. (e) Article 90 declarations: not instruments.
R(d, ["Asia-Pacific Centre for International Humanitarian Law", "the Centre"], "called-for", APS, D,
  "The Centre recommends that States of the region that have not yet done so accede to both Protocols")

# ===================== 15 (Chinese foreign ministry regular press conference, Thursday 17 July 2025, excerpt) =====================
d = "15.txt"
D = "2025-07-17"
OTT = N(APMBC, "Ottawa Convention")
RL(d, ["Cambodia", "Thailand"], PARTY, OTT, None, "both are States Parties to the Ottawa Convention")
# The questioner's report: "last week" against 17 July 2025; withdrawals are optional negated party records.
R(d, "Finland", NOTBOUND, OTT, None, "Finland last week deposited its instrument of withdrawal from the Ottawa Convention", negated=True,
  required=False)
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, OTT, None,
   "Following Estonia, Latvia and Lithuania, Finland last week deposited its instrument of withdrawal", negated=True, required=False)
R(d, "Ukraine", NOTBOUND, OTT, None, "Ukraine has said it will withdraw as well", negated=True, required=False)
R(d, "Poland", NOTBOUND, OTT, None, "Poland is expected to follow", negated=True, required=False)
R(d, "China", NOTBOUND, OTT, None, "Does China, which is not a party to the Convention", negated=True,
  alt=["China is not a State Party to the Ottawa Convention"])
# Attending as an observer: nothing.
QCN = "China is a High Contracting Party to the Convention on Certain Conventional Weapons and its Amended Protocol II"
R(d, "China", PARTY, CCW, None, QCN)
R(d, "China", PARTY, APII_CCW, None, QCN)
R(d, "United States", NOTBOUND, ATT, None, "the United States has said it has no intention of becoming a party", negated=True)
R(d, "China", ACCEDED, ATT, "2020-07-06", "On July 6, 2020, China deposited its instrument of accession to the Arms Trade Treaty")
R(d, "China", "supported", ATT, None, "China firmly supports the purposes and principles of the Treaty.", required=False)
# "a certain country" is the US of the next sentence: its revoked signature (optional).
R(d, "United States", "signed", ATT, None, "announced in 2019 that it would revoke its signature of the Treaty", negated=True, required=False)
R(d, "China", "called-for", ATT, D, "We urge the US to join the Arms Trade Treaty at an early date")
R(d, "China", "signed", TPNW, None, "China has no plan to sign the Treaty", negated=True)
# No first use, the NPT as cornerstone: no treaty action.
R(d, "China", "signed", CTBT, "1996", "China signed the Comprehensive Nuclear-Test-Ban Treaty in 1996")
R(d, "China", COMMITTED, CTBT, D, "China is committed to the early entry into force of the CTBT.", required=False)

# ===================== 16.md (ICAN news, TPNW actions at the UN treaty event, New York, Wednesday 24 September 2025) =====================
d = "16.md"
D = "2025-09-24"
MSP3 = ["Third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons", "third Meeting of States Parties", "3MSP"]
MSP3DECL = ("political declaration of the third Meeting of States Parties to the TPNW", ["3MSP declaration", "political declaration"])
# "on Monday" and "On Tuesday" against Wednesday 24 September 2025.
R(d, "Ghana", RATIFIED, TPNW, "2025-09-22", "The ratification by Ghana of the treaty on Monday makes it the 74th State party.",
  alt=["22 Sep 2025 | Ghana | Ratification"])
R(d, "Sri Lanka", "signed", TPNW, "2025-09-23", "On Tuesday, Sri Lanka's Foreign Minister Vijitha Herath signed the TPNW.",
  alt=["23 Sep 2025 | Sri Lanka | Signature"])
R(d, "Sri Lanka", NOTRATIFIED, TPNW, None, "his Government expected to be able to ratify before the Review Conference", negated=True)
R(d, "Solomon Islands", ACCEDED, TPNW, "2025-09-23", "Solomon Islands deposited its instrument of accession the same day",
  alt=["23 Sep 2025 | Solomon Islands | Accession"])
R(d, ICAN + ["Melissa Parke"], "called-for", TPNW, D,
  "We call on every state that has not yet joined the TPNW to do so before the first Review Conference in 2026",
  alt=["ICAN is urging the signatory states that have yet to ratify"])
QSIG = "the signatory states that have yet to ratify, among them Algeria, Brazil, Indonesia, Libya, Nepal and Zambia"
RL(d, ["Algeria", "Indonesia", "Libya", "Nepal", "Zambia"], NOTRATIFIED, TPNW, None, QSIG, negated=True)
R(d, "Brazil", NOTRATIFIED, TPNW, None, QSIG, negated=True, alt=["it expects Congress to approve ratification next year"])
RL(d, ["Austria", "Ireland", "Mexico", "New Zealand", "Nigeria", "South Africa"], COMMITTED, TPNW, "2025-09-23",
   "In a joint statement issued on Tuesday, Austria, Ireland, Mexico, New Zealand, Nigeria and South Africa, the six states that led the push for the negotiations, said that they \"remain firmly committed to the TPNW and to its full implementation\"")
R(d, MSP3, "adopted", MSP3DECL, "2025-03",
  "The third Meeting of States Parties, held in New York in March under the presidency of Kazakhstan, adopted a political declaration",
  required=False)
R(d, "Timor-Leste", RATIFIED, TPNW, "2023", "Timor-Leste ratified the treaty in 2023")
R(d, "Sierra Leone", RATIFIED, TPNW, "2024", "Sierra Leone followed in 2024")
# Germany's absence from the third meeting, Nihon Hidankyo's call to attend as an observer: nothing.
R(d, "Japan", "signed", TPNW, None, "Japan has not signed the treaty.", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
