#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.md, 13.md, 05.html, 06.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity.
Three documents (09, 10, 14) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote
comes from it. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: votes and sponsorship at multilateral bodies (General Assembly plenary and its Third, First and Sixth Committees,
the Human Rights Council, the Security Council, the World Health Assembly, the IAEA and UNESCO General Conferences, the OAS
General Assembly), as meetings coverage, missions' press releases, explanations of vote, a Markdown session summary, an HTML
results page, an NGO scorecard, a newsletter, a delegation's report to its parliament and wire stories report them.
Conventions: introducing a draft "on behalf of its sponsors", being a main sponsor, penholder or co-sponsor, or "joining
as co-sponsor" is `co-sponsored` (dated only where the text dates the act itself); a vote in favour is `supported`; a vote
against, an abstention, a veto, not participating, or not joining / dissociating from a consensus on the whole text is
`supported` with `negated` and keeps the meeting's date; "would have voted in favour had it been present" is a negated
`supported` (it did not vote), with the affirmed reading optional; a sponsor deleted or withdrawn from the list is a negated
`co-sponsored`. Adoption or approval by the body is the body's `adopted`, dated by the meeting; a draft deferred, rejected,
vetoed or not put to the vote is adopted by no one. A State requesting a recorded vote, dissociating from a paragraph only,
speaking without acting, the President, the Secretariat, the Chair, groups named without members, depositaries, entry into
force, venues and support for an institution or a mandate give no record. Treaties cited as ratified, acceded to or not
ratified get the usual records; calls on others to ratify or join are the caller's `called-for`, dated by the statement."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
COSPONSORED = ["co-sponsored", "supported"]    # introducing, sponsoring, co-sponsoring or holding the pen on a draft
ADOPT = ["adopted", "endorsed"]                # a body adopting or approving a text

# ---- instruments: (name as the text names it, aliases) ----
# 01 Third Committee (Iran, DPRK)
L37 = ("draft resolution A/C.3/79/L.37: Situation of human rights in the Islamic Republic of Iran",
       ["A/C.3/79/L.37", "Situation of human rights in the Islamic Republic of Iran", "resolution on the situation of human rights in Iran"])
L35 = ("draft resolution A/C.3/79/L.35: Situation of human rights in the Democratic People's Republic of Korea",
       ["A/C.3/79/L.35", "Situation of human rights in the Democratic People's Republic of Korea", "DPRK human rights resolution"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW", "Women's Convention"])
CAT = ("Convention against Torture", ["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT", "UNCAT"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant on Civil and Political Rights"])

# ---- actors with alternative names ----
ALT = {
    **alt("Bolivia", "Burundi", "Chile", "China", "Colombia", "Costa Rica", "Czechia", "Democratic People's Republic of Korea", "Ecuador",
          "Egypt", "European Union", "Gambia", "Germany", "Ghana", "Guatemala", "Iran", "Kazakhstan", "Kenya", "Kyrgyzstan",
          "Marshall Islands", "Mexico", "Micronesia", "Netherlands", "Papua New Guinea", "Paraguay", "Philippines", "Republic of Korea",
          "Republic of Moldova", "Russian Federation", "Saudi Arabia", "Somalia", "State of Palestine", "Sudan", "Syria", "Thailand",
          "Türkiye", "United Arab Emirates", "United Kingdom", "United States", "Uzbekistan", "Venezuela", "Viet Nam"),
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Arab League": ["Arab League", "League of Arab States"],
    "Afghanistan": ["Afghanistan", "Islamic Republic of Afghanistan"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Comoros": ["Comoros", "the Comoros", "Union of the Comoros"],
    "Dominican Republic": ["Dominican Republic"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Israel": ["Israel", "State of Israel"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Panama": ["Panama", "Republic of Panama"],
    "Poland": ["Poland", "Republic of Poland"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Ukraine": ["Ukraine"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
}
# Bodies, groups and officials.
FIRST = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
SIXTH = ["UN General Assembly Sixth Committee", "Sixth Committee", "Sixth Committee of the General Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
IAEAGC = ["IAEA General Conference", "General Conference of the International Atomic Energy Agency", "General Conference", "IAEA"]
UNESCOGC = ["UNESCO General Conference", "General Conference of UNESCO", "General Conference", "UNESCO"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly", "OAS"]
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "WHA", "WHO"]
COMMA = ["World Health Assembly Committee A", "Committee A", "World Health Assembly"]
ARABGROUP = ["Arab Group", "Group of Arab States"]
AFRGROUP = ["Group of African States", "African Group"]
NORDIC = ["Nordic countries", "Nordic States"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Third Committee meetings coverage, GA/SHC/4426, 20 November 2024) =====================
d = "01.txt"
D = "2024-11-20"
R(d, TC, ADOPT, L37, D, "the Committee approved it by a recorded vote of 77 in favour to 28 against, with 66 abstentions")
R(d, "Canada", COSPONSORED, L37, None, "Introducing the text on behalf of its sponsors, the representative of Canada said")
QCA = "Canada called on the Islamic Republic of Iran to ratify the Convention on the Elimination of All Forms of Discrimination against Women and the Convention against Torture"
R(d, "Canada", "called-for", CEDAW, D, QCA)
R(d, "Canada", "called-for", CAT, D, QCA)
RL(d, ["Albania", "Australia", "Iceland", "Israel", "Japan", "Liechtenstein", "New Zealand", "North Macedonia", "Republic of Moldova", "Ukraine"],
   COSPONSORED, L37, None,
   "Albania, Australia, Iceland, Israel, Japan, Liechtenstein, New Zealand, North Macedonia, the Republic of Moldova and Ukraine had joined as co-sponsors")
R(d, "Iran", PARTY, ICCPR, "1975", "His country, a party to the International Covenant on Civil and Political Rights since 1975")
# Iran's request for a recorded vote is procedural (nothing).
R(d, "Iran", "supported", L37, D, "his delegation would vote against the draft", negated=True)
R(d, "Cuba", "supported", L37, D, "the representative of Cuba said her delegation rejected the selective practice of country-specific mandates and would vote against",
  negated=True)
QAG = ("Those voting against included Algeria, Belarus, Bolivia, Burundi, China, Cuba, the Democratic People's Republic of Korea, "
       "Eritrea, Nicaragua, Pakistan, the Russian Federation, Syria, Venezuela and Zimbabwe")
R(d, "Belarus", "supported", L37, D, QAG, negated=True, alt=["The representative of Belarus said the same."])
RL(d, ["Algeria", "Bolivia", "Burundi", "China", "Democratic People's Republic of Korea", "Eritrea", "Nicaragua", "Pakistan",
       "Russian Federation", "Syria", "Venezuela", "Zimbabwe"], "supported", L37, D, QAG, negated=True)
R(d, "Brazil", "supported", L37, D, "The delegate of Brazil said that his country would abstain", negated=True,
  alt=["Among the 66 delegations that abstained were Brazil, India, Indonesia, South Africa and Türkiye"])
RL(d, ["India", "Indonesia", "South Africa", "Türkiye"], "supported", L37, D,
   "Among the 66 delegations that abstained were Brazil, India, Indonesia, South Africa and Türkiye", negated=True)
R(d, "Mexico", "supported", L37, D, "her country had voted in favour because the text reflected the findings of the fact-finding mission")
R(d, "Argentina", "supported", L37, D, "The speaker for Argentina said his Government had voted in favour for the first time in several years.")
R(d, "Japan", "supported", L37, D, "The representative of Japan said it had supported the draft")
# The Gambia was absent: not taking part is a negated vote; its stated intention is optional.
R(d, "Gambia", "supported", L37, D, "her delegation had not been present when the vote was taken and would have voted in favour had it been present",
  negated=True)
R(d, "Gambia", "supported", L37, D, "would have voted in favour had it been present", required=False)
R(d, TC, ADOPT, L35, D, "which it approved without a vote")
R(d, "European Union", COSPONSORED, L35, None, "The representative of Hungary, introducing the text on behalf of the European Union")
R(d, "Hungary", COSPONSORED, L35, None, "The representative of Hungary, introducing the text on behalf of the European Union", required=False)
RL(d, ["Republic of Korea", "Japan", "United Kingdom", "United States"], COSPONSORED, L35, None,
   "Among the 61 co-sponsors were the Republic of Korea, Japan, the United Kingdom and the United States")
R(d, "Bulgaria", COSPONSORED, L35, None, "as it had not in fact co-sponsored the text", negated=True)
R(d, "Democratic People's Republic of Korea", "supported", L35, D, "dissociated itself from it in its entirety", negated=True)
R(d, "China", "supported", L35, D, "China's delegate said that her country did not join the consensus", negated=True)
RL(d, ["Russian Federation", "Cuba"], "supported", L35, D, "The Russian Federation and Cuba also dissociated themselves from the consensus.", negated=True)
R(d, "Republic of Korea", RATIFIED, CAT, "1995", "the Republic of Korea had ratified the Convention against Torture in 1995")
# The Syria draft (L.40) was postponed: nothing.

# ===================== 02 (Swiss mission press release, New York, 24 May 2024; resolution 2730 (2024)) =====================
d = "02.txt"
D = "2024-05-24"
R2730 = ("Security Council resolution 2730 (2024)", ["resolution 2730", "resolution 2730 (2024)", "S/RES/2730 (2024)",
         "resolution on the protection of humanitarian personnel and of United Nations and associated personnel"])
UNSAFETY = ("Convention on the Safety of United Nations and Associated Personnel", ["Safety Convention", "1994 Convention on the Safety of United Nations and Associated Personnel"])
UNSAFETYOP = ("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel", ["Optional Protocol of 2005", "2005 Optional Protocol"])
R(d, UNSC, "adopted", R2730, D, "The United Nations Security Council today adopted resolution 2730 (2024)")
R(d, "Switzerland", COSPONSORED, R2730, None, "Switzerland drafted the text and, as penholder, led five weeks of negotiations")
QFV = ("Voting in favour were Algeria, China, Ecuador, France, Guyana, Japan, Malta, Mozambique, the Republic of Korea, Sierra Leone, "
       "Slovenia, Switzerland, the United Kingdom and the United States.")
RL(d, ["Algeria", "China", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone",
       "Slovenia", "Switzerland", "United Kingdom", "United States"], "supported", R2730, D, QFV)
R(d, "Russian Federation", "supported", R2730, D, "with one abstention (the Russian Federation)", negated=True,
  alt=["Explaining its abstention, the Russian Federation said"])
QCS = ("Among the co-sponsors were Council members France, Japan, Malta, the Republic of Korea, Sierra Leone, Slovenia, the United Kingdom "
       "and the United States, as well as Brazil, Indonesia, Jordan, Mexico, Norway and Qatar.")
RL(d, ["France", "Japan", "Malta", "Republic of Korea", "Sierra Leone", "Slovenia", "United Kingdom", "United States", "Brazil",
       "Indonesia", "Jordan", "Mexico", "Norway", "Qatar"], COSPONSORED, R2730, None, QCS)
# "Ninety-eight Member States co-sponsored" names no one; Switzerland as depositary of the Geneva Conventions: nothing.
# Mozambique presided and put the draft to the vote (its vote is in the list); "speaking also on behalf of Mozambique" is a welcome: nothing.
QSP = "Switzerland is a party to the Convention on the Safety of United Nations and Associated Personnel of 1994 and to its Optional Protocol of 2005"
R(d, "Switzerland", PARTY, UNSAFETY, None, QSP)
R(d, "Switzerland", PARTY, UNSAFETYOP, None, QSP)
QSC = "Switzerland calls on all States that have not yet done so to ratify the Convention and its Optional Protocol"
R(d, "Switzerland", "called-for", UNSAFETY, D, QSC)
R(d, "Switzerland", "called-for", UNSAFETYOP, D, QSC)
# The Group of Friends on the Protection of Civilians: a group without members and a process (nothing).

# ===================== 03 (UK explanation of vote, Security Council, 18 November 2024; vetoed draft S/2024/826) =====================
d = "03.txt"
D = "2024-11-18"
S826 = ("draft resolution S/2024/826 on Sudan", ["S/2024/826", "draft resolution on Sudan", "Sudan draft resolution"])
R2724 = ("Security Council resolution 2724 (2024)", ["resolution 2724", "resolution 2724 (2024)", "S/RES/2724 (2024)"])
GENEVA49 = ("Geneva Conventions of 1949", ["Geneva Conventions", "four Geneva Conventions"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
RL(d, ["United Kingdom", "Sierra Leone"], COSPONSORED, S826, None,
   "The draft resolution that the United Kingdom and Sierra Leone put forward as co-penholders")
R(d, "Russian Federation", "supported", S826, D, "Russia has vetoed it.", negated=True,
  alt=["The draft resolution (S/2024/826) received 14 votes in favour and 1 against (Russian Federation)."])
R(d, "United Kingdom", "supported", S826, D, "The United Kingdom voted for this resolution.")
RL(d, ["China", "France", "United States"], "supported", S826, D,
   "All the other permanent members – China, France and the United States – joined us in voting for it.")
RL(d, ["Algeria", "Mozambique", "Sierra Leone", "Guyana"], "supported", S826, D,
   "So did the A3 Plus: Algeria, Mozambique and Sierra Leone, with Guyana.")
# "Fourteen members of this Council voted for that text" names no one; the veto means no adoption; Sudan's request to withdraw: nothing.
R(d, "United Kingdom", COSPONSORED, R2724, None, "resolution 2724 (2024), which the United Kingdom drafted")
R(d, UNSC, "adopted", R2724, "2024-03", "which this Council adopted in March")
# Resolution 2736 (2024) and the 2005 Darfur referral are only mentioned (no adopter named, no act in the text).
QSD = "Sudan is a party to the Geneva Conventions of 1949 and to the Convention on the Rights of the Child."
R(d, "Sudan", PARTY, GENEVA49, None, QSD)
R(d, "Sudan", PARTY, CRC, None, QSD)
R(d, "Sudan", "signed", ROME, "2000", "Sudan signed the Rome Statute of the International Criminal Court in 2000")
R(d, "Sudan", NOTRATIFIED, ROME, None, "but has never ratified it", negated=True)
# "we call on all States to respect the arms embargo on Darfur": a call to implement, not to join (nothing).

# ===================== 04 (Markdown session notes, Human Rights Council 58th session, 24 February - 4 April 2025) =====================
d = "04.md"
HL21 = ("draft resolution A/HRC/58/L.21: Situation of human rights in the Islamic Republic of Iran", ["A/HRC/58/L.21", "Iran text", "Iran resolution"])
HL9 = ("draft resolution A/HRC/58/L.9: Situation of human rights in Belarus", ["A/HRC/58/L.9", "Belarus text", "Belarus resolution"])
HL13 = ("draft resolution A/HRC/58/L.13: Situation of human rights in Myanmar", ["A/HRC/58/L.13", "Myanmar text", "Myanmar resolution"])
HL27 = ("draft resolution A/HRC/58/L.27: Situation of human rights in South Sudan", ["A/HRC/58/L.27", "South Sudan text", "South Sudan resolution"])
HL6 = ("draft resolution A/HRC/58/L.6: Rights of persons with disabilities", ["A/HRC/58/L.6", "Rights of persons with disabilities"])
HL29 = ("draft resolution A/HRC/58/L.29: Human rights defenders", ["A/HRC/58/L.29", "Human rights defenders"])
HAMD = ("amendments A/HRC/58/L.45 to L.50 to the human rights defenders text", ["L.45 to L.50", "amendments L.45 to L.50"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights", ["Second Optional Protocol to the ICCPR", "OP2", "ICCPR-OP2"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
CPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["CPED", "Enforced Disappearance Convention", "ICPPED"])
RL(d, ["Iceland", "North Macedonia", "Republic of Moldova", "United Kingdom"], COSPONSORED, HL21, None,
   "Iceland, North Macedonia, the Republic of Moldova and the United Kingdom")
R(d, HRC, ADOPT, HL21, "2025-04-03", "on Thursday, 3 April, the Council adopted the text by **24 – 8 – 15**")
RL(d, ["Algeria", "Bolivia", "Burundi", "China", "Cuba", "Kyrgyzstan", "Sudan", "Viet Nam"], "supported", HL21, "2025-04-03",
   "Algeria, Bolivia, Burundi, China, Cuba, Kyrgyzstan, Sudan and Viet Nam.", negated=True)
# The correction: Kenya abstained (not against).
R(d, "Kenya", "supported", HL21, "2025-04-03", "Kenya abstained.", negated=True)
# China's request for the vote and Iran's statement as the country concerned: nothing.
R(d, "European Union", COSPONSORED, HL9, None, "Presented by Poland on behalf of the European Union, which holds the pen on Belarus.")
R(d, "Poland", COSPONSORED, HL9, None, "Presented by Poland on behalf of the European Union, which holds the pen on Belarus.", required=False)
R(d, HRC, ADOPT, HL9, "2025-04-02", "Adopted on 2 April by **22 – 4 – 21**.")
RL(d, ["Bolivia", "Burundi", "China", "Cuba"], "supported", HL9, "2025-04-02", "**Against:** Bolivia, Burundi, China and Cuba.", negated=True)
R(d, "European Union", COSPONSORED, HL13, None, "Presented by Poland on behalf of the European Union; the Organisation of Islamic Cooperation was consulted")
R(d, "Poland", COSPONSORED, HL13, None, "Presented by Poland on behalf of the European Union; the Organisation of Islamic Cooperation was consulted",
  required=False)
R(d, HRC, ADOPT, HL13, "2025-04-02", "Adopted **without a vote** on 2 April.")
# China dissociated from one paragraph only, and did not call for a vote: nothing.
RL(d, ["United Kingdom", "Norway"], COSPONSORED, HL27, None, "the United Kingdom and Norway")
R(d, "United States", COSPONSORED, HL27, None, "The United States, a main sponsor in earlier years, was not among the sponsors this year.", negated=True)
R(d, HRC, ADOPT, HL27, "2025-04-04", "Adopted on 4 April by **23 – 4 – 20**, renewing the Commission on Human Rights in South Sudan.")
RL(d, ["Burundi", "China", "Cuba", "Sudan"], "supported", HL27, "2025-04-04", "**Against:** Burundi, China, Cuba and Sudan.", negated=True)
# The African Group's request for a review: a group without members, no act on an instrument.
RL(d, ["Mexico", "New Zealand"], COSPONSORED, HL6, None, "Mexico and New Zealand, the traditional main sponsors, presented the text")
R(d, HRC, ADOPT, HL6, "2025-04-03", "Adopted without a vote on 3 April.")
R(d, "Norway", COSPONSORED, HL29, None, "Presented by Norway.")
R(d, HRC, ADOPT, HL29, "2025-04", "the text was then adopted by **31 – 3 – 13**")
R(d, "Russian Federation", COSPONSORED, HAMD, None, "Six amendments submitted by the Russian Federation (L.45 to L.50)", required=False)
# The safety of journalists draft was not tabled: nothing.
R(d, "Kyrgyzstan", RATIFIED, OP2, "2010", "Kyrgyzstan said it had ratified the Second Optional Protocol to the ICCPR in 2010")
R(d, "Viet Nam", NOTBOUND, OPCAT, None, "it was \"studying\" accession to the Optional Protocol to the Convention against Torture", negated=True)
R(d, "Viet Nam", RATIFIED, CAT, "2015", "it had ratified the Convention against Torture itself in 2015")
R(d, "Switzerland", "called-for", CPED, "2025",
  "Switzerland called on all States to ratify the International Convention for the Protection of All Persons from Enforced Disappearance")

# ===================== 05 (HTML results page, 68th IAEA General Conference, Vienna, 16-20 September 2024) =====================
d = "05.html"
S = "2024-09"
GL3 = ("GC(68)/L.3: Measures to strengthen international cooperation in nuclear, radiation, transport and waste safety",
       ["GC(68)/L.3", "Measures to strengthen international cooperation in nuclear, radiation, transport and waste safety", "nuclear safety resolution"])
GL4 = ("GC(68)/L.4: Strengthening the effectiveness and improving the efficiency of Agency safeguards",
       ["GC(68)/L.4", "Strengthening the effectiveness and improving the efficiency of Agency safeguards", "safeguards resolution"])
GL6 = ("GC(68)/L.6: Application of IAEA safeguards in the Middle East", ["GC(68)/L.6", "Application of IAEA safeguards in the Middle East"])
GL8 = ("GC(68)/L.8: Nuclear safety, security and safeguards in Ukraine", ["GC(68)/L.8", "L.8", "Nuclear safety, security and safeguards in Ukraine"])
GL10 = ("GC(68)/L.10: Israeli nuclear capabilities", ["GC(68)/L.10", "Israeli nuclear capabilities"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
ART6 = ("Amendment to Article VI of the IAEA Statute", ["amendment to Article VI of the Statute", "Article VI amendment", "1999 amendment to Article VI"])
ART6RES = ("General Conference resolution on the amendment to Article VI of the IAEA Statute", ["resolution on the amendment to Article VI"])
R(d, IAEAGC, ADOPT, GL3, "2024-09-20", "The General Conference adopted the resolution without a vote on 20 September.")
R(d, IAEAGC, ADOPT, GL4, S, "Adopted without a vote. Iran dissociated itself from preambular paragraph (k).")
# Iran's dissociation from one paragraph: nothing.
R(d, IAEAGC, ADOPT, GL6, S, "Adopted without a vote, as in every year since 1991.")
R(d, "Egypt", COSPONSORED, GL6, None, "Submitted by Egypt on behalf of the Arab Group")
R(d, ARABGROUP, COSPONSORED, GL6, None, "Submitted by Egypt on behalf of the Arab Group", required=False)
RL(d, ["Ukraine", "Canada", "Poland", "Japan"], COSPONSORED, GL8, None, "Ukraine, Canada, Poland, Japan and 41 other Member States")
R(d, IAEAGC, ADOPT, GL8, S, "Adopted by a roll-call vote of 63 in favour to 9 against, with 31 abstentions.")
# L.10 was not put to the vote (no adoption); the Arab Group as its sponsor is optional.
R(d, ARABGROUP, COSPONSORED, GL10, None, "Arab Group", required=False)
QY = "Australia, Austria, Canada, Chile, Finland, Germany, Ghana, Japan, Mexico, Poland, Ukraine, United Kingdom, United States"
RL(d, ["Australia", "Austria", "Canada", "Chile", "Finland", "Germany", "Ghana", "Japan", "Mexico", "Poland", "Ukraine",
       "United Kingdom", "United States"], "supported", GL8, S, QY)
QN = "Belarus, China, Iran, Nicaragua, Russian Federation, Syria, Venezuela"
RL(d, ["Belarus", "China", "Iran", "Nicaragua", "Russian Federation", "Syria", "Venezuela"], "supported", GL8, S, QN, negated=True)
QA = "Brazil, Egypt, India, Indonesia, Saudi Arabia, South Africa"
RL(d, ["Brazil", "Egypt", "India", "Indonesia", "Saudi Arabia", "South Africa"], "supported", GL8, S, QA, negated=True)
R(d, "Mali", "supported", GL8, S, "Mali", negated=True)
# The corrected record shows Paraguay in favour; the first recording as an abstention is optional.
R(d, "Paraguay", "supported", GL8, S, "the record was amended to show Paraguay as voting in favour")
R(d, "Paraguay", "supported", GL8, S, "had been recorded as abstaining", negated=True, required=False)
R(d, "Ukraine", PARTY, NPT, "1994",
  "Ukraine had been a party to the Treaty on the Non-Proliferation of Nuclear Weapons as a non-nuclear-weapon State since 1994")
# The Russian Federation requested the vote (procedural); its vote is in the list.
R(d, "Israel", NOTBOUND, NPT, None, "Israel was the only State in the region that had not acceded to the NPT", negated=True)
R(d, "Egypt", "called-for", NPT, S, "called on it to accede without delay")
R(d, ARABGROUP, "called-for", NPT, S, "called on it to accede without delay", required=False)
R(d, "Japan", ACCEPTED, ART6, "2000", "Japan said it had ratified the Amendment to Article VI of the Statute in 2000")
R(d, "Japan", "called-for", ART6, S, "urged others to do so")
R(d, IAEAGC, ADOPT, ART6RES, S, "In its resolution on the amendment to Article VI of the IAEA Statute, adopted without a vote", required=False)
R(d, IAEAGC, "called-for", ART6, S,
  "the General Conference urged all Member States that have not yet done so to accept the amendment")

# ===================== 06 (NGO scorecard web page, 18 November 2024; Third Committee vote of Thursday 14 November 2024) =====================
d = "06.html"
D = "2024-11-14"
VAW = ("draft resolution A/C.3/79/L.20/Rev.1: Intensification of efforts to prevent and eliminate all forms of violence against women and girls",
       ["A/C.3/79/L.20/Rev.1", "violence against women resolution", "Intensification of efforts to prevent and eliminate all forms of violence against women and girls"])
L63 = ("amendment A/C.3/79/L.63", ["L.63", "Amendment L.63"])
L64 = ("amendment A/C.3/79/L.64", ["L.64", "Amendment L.64"])
RL(d, ["France", "Netherlands"], COSPONSORED, VAW, None, "was led by France and the Netherlands, its main sponsors")
R(d, TC, ADOPT, VAW, D, "the Committee approved it without a vote")
R(d, "Russian Federation", COSPONSORED, L63, None, "Amendment L.63, submitted by the Russian Federation", required=False)
RL(d, ["Iran", "Nicaragua"], COSPONSORED, L64, None, "Amendment L.64, tabled by Iran and Nicaragua", required=False)
# The amendments were rejected (no adoption); the Russian Federation's request for recorded votes is procedural.
R(d, "Argentina", COSPONSORED, VAW, None, "this year it did not co-sponsor the text", negated=True)
R(d, "Argentina", "supported", L63, D, "abstained on both amendments", negated=True)
R(d, "Argentina", "supported", L64, D, "abstained on both amendments", negated=True)
QA = "Graded A: Chile, Costa Rica, Ghana, Mongolia, New Zealand and Spain. All six voted against L.63 and L.64 and co-sponsored the main text"
SIX = ["Chile", "Costa Rica", "Ghana", "Mongolia", "New Zealand", "Spain"]
RL(d, SIX, COSPONSORED, VAW, None, QA)
RL(d, SIX, "supported", L63, D, QA, negated=True)
RL(d, SIX, "supported", L64, D, QA, negated=True)
QC = "Graded C: Argentina, Kenya and Türkiye. Each abstained on both amendments."
RL(d, ["Kenya", "Türkiye"], "supported", L63, D, QC, negated=True)
RL(d, ["Kenya", "Türkiye"], "supported", L64, D, QC, negated=True)
R(d, "Kenya", "supported", VAW, D, "it would nonetheless join the consensus on the text as a whole, and it did")
QF = "Voted for both L.63 and L.64: Belarus, Egypt, Iran, Nicaragua, the Russian Federation, Saudi Arabia and Sudan."
F7 = ["Belarus", "Egypt", "Iran", "Nicaragua", "Russian Federation", "Saudi Arabia", "Sudan"]
RL(d, F7, "supported", L63, D, QF)
RL(d, F7, "supported", L64, D, QF)
RL(d, ["Nigeria", "Qatar"], "supported", L63, D, "Voted for L.63 only: Nigeria and Qatar.")
R(d, "Guatemala", COSPONSORED, VAW, None, "Guatemala withdrew its co-sponsorship of the main text on the morning of the vote", negated=True)
R(d, "Guatemala", "supported", L63, D, "It voted against both amendments.", negated=True)
R(d, "Guatemala", "supported", L64, D, "It voted against both amendments.", negated=True)
QNP = "Vanuatu and the Comoros did not participate in either vote."
RL(d, ["Vanuatu", "Comoros"], "supported", L63, D, QNP, negated=True)
RL(d, ["Vanuatu", "Comoros"], "supported", L64, D, QNP, negated=True)
# Hungary's interpretive statement and the paragraph dissociations of the Russian Federation, Iran and Nicaragua: nothing.
R(d, "Saudi Arabia", "supported", VAW, D, "Saudi Arabia dissociated itself from the resolution in its entirety", negated=True)
QTR = ("Two of the States that voted for both amendments, Iran and Sudan, are among the very few UN Member States that have not ratified "
       "the Convention on the Elimination of All Forms of Discrimination against Women")
RL(d, ["Iran", "Sudan"], NOTRATIFIED, CEDAW, None, QTR, negated=True)
R(d, "United States", "supported", L63, D, "The United States, which voted against both amendments", negated=True)
R(d, "United States", "supported", L64, D, "The United States, which voted against both amendments", negated=True)
R(d, "United States", "signed", CEDAW, "1980", "signed the Convention in 1980 but has never ratified it")
R(d, "United States", NOTRATIFIED, CEDAW, None, "signed the Convention in 1980 but has never ratified it", negated=True)
R(d, "Equal Voice Watch", "called-for", CEDAW, "2024-11-18", "We urge all three to ratify CEDAW without reservations.")
# The plenary's expected action in December: nothing.

# ===================== 07 (policy bulletin, November 2025; UNESCO General Conference 43rd session, Samarkand) =====================
d = "07.txt"
D = "2025-11-07"
NEURO = ("Recommendation on the Ethics of Neurotechnology", ["UNESCO Recommendation on the Ethics of Neurotechnology", "neurotechnology recommendation"])
NEURODR = ("draft resolution recommending adoption of the Recommendation on the Ethics of Neurotechnology",
           ["draft resolution on the Recommendation on the Ethics of Neurotechnology"])
AIREC = ("Recommendation on the Ethics of Artificial Intelligence", ["UNESCO Recommendation on the Ethics of AI", "Recommendation on the Ethics of AI"])
ICH = ("Convention for the Safeguarding of the Intangible Cultural Heritage", ["2003 Convention", "Intangible Cultural Heritage Convention"])
HAGUE2 = ("Second Protocol to the Hague Convention of 1954 for the Protection of Cultural Property in the Event of Armed Conflict",
          ["Second Protocol to the Hague Convention", "1999 Second Protocol"])
GCHE = ("Global Convention on the Recognition of Qualifications concerning Higher Education", ["Global Convention", "2019 Global Convention"])
R(d, UNESCOGC, ADOPT, NEURO, D, "the General Conference of UNESCO on Friday, 7 November, adopted the Recommendation on the Ethics of Neurotechnology")
# The intergovernmental meeting of experts "agreed the draft" in May 2025: a preparatory step, not the instrument's adoption (nothing).
QLED = "It was led by Chile, Spain and Mexico, and the co-sponsors included Brazil, France, Morocco, the Republic of Korea and Uruguay."
RL(d, ["Chile", "Spain", "Mexico", "Brazil", "France", "Morocco", "Republic of Korea", "Uruguay"], COSPONSORED, NEURODR, None, QLED)
# Chile's constitutional "neurorights": a national step (nothing).
R(d, "India", "supported", NEURO, D, "India said it joined the consensus")
R(d, "China", "supported", NEURO, D, "China supported the adoption")
R(d, "United States", "supported", NEURO, D, "The United States did not take part in the adoption.", negated=True)
# The announced withdrawal from UNESCO concerns membership of an organisation (nothing).
R(d, "Argentina", "supported", NEURO, D, "Argentina, by contrast, was present and joined the consensus.")
R(d, UNESCOGC, ADOPT, AIREC, "2021-11", "which the General Conference adopted at its 41st session in November 2021")
# The election of the Director-General is not an instrument (nothing).
R(d, "Uzbekistan", RATIFIED, ICH, "2008", "it had ratified the Convention for the Safeguarding of the Intangible Cultural Heritage in 2008")
R(d, "Uzbekistan", NOTBOUND, HAGUE2, None, "announced that it intended to accede to the Second Protocol to the Hague Convention of 1954", negated=True)
# The category 2 centres draft was referred to the Executive Board: no action.
R(d, "Netherlands", "called-for", GCHE, None,
  "The Netherlands called on all Member States to ratify the 2019 Global Convention on the Recognition of Qualifications concerning Higher Education")
R(d, "Netherlands", RATIFIED, GCHE, "2022", "which it ratified in 2022")

# ===================== 08 (Dutch Government's letter to the House of Representatives, 9 December 2024; First Committee, 79th session) =====================
d = "08.txt"
D = "2024-11-06"
S = "2024-11"
L43 = ("draft resolution A/C.1/79/L.43: Artificial intelligence in the military domain", ["A/C.1/79/L.43", "L.43", "resolution on artificial intelligence in the military domain"])
L77 = ("draft resolution A/C.1/79/L.77: Lethal autonomous weapon systems", ["A/C.1/79/L.77", "L.77", "resolution on lethal autonomous weapon systems"])
L40 = ("draft resolution A/C.1/79/L.40: Comprehensive Nuclear-Test-Ban Treaty", ["A/C.1/79/L.40", "L.40", "CTBT resolution"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
L39 = ("draft resolution A/C.1/79/L.39: Nuclear war effects and scientific research", ["A/C.1/79/L.39", "L.39", "Nuclear war effects and scientific research"])
L16 = ("draft resolution A/C.1/79/L.16: Treaty on the Prohibition of Nuclear Weapons", ["A/C.1/79/L.16", "L.16", "TPNW resolution"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
L53 = ("draft resolution A/C.1/79/L.53: No first placement of weapons in outer space", ["A/C.1/79/L.53", "L.53", "no first placement resolution"])
L14 = ("resolution on the humanitarian consequences of nuclear weapons (A/C.1/79/L.14)", ["A/C.1/79/L.14", "L.14", "humanitarian consequences of nuclear weapons"])
CDDEC = ("draft decision on the working methods of the Conference on Disarmament", ["Russian draft decision on the Conference on Disarmament"])
RL(d, ["Netherlands", "Republic of Korea"], COSPONSORED, L43, None,
   "Together with the Republic of Korea, the Netherlands submitted the first resolution of the General Assembly on artificial intelligence in the military domain.")
R(d, FIRST, ADOPT, L43, D, "The First Committee adopted it on 6 November by 165 votes to 2, with 6 abstentions.")
RL(d, ["Russian Federation", "Democratic People's Republic of Korea"], "supported", L43, D,
   "The Russian Federation and the Democratic People's Republic of Korea voted against.", negated=True)
RL(d, ["China", "Iran", "Israel"], "supported", L43, D, "Among the abstaining States were China, Iran and Israel.", negated=True)
RL(d, ["Austria", "Chile", "Germany", "Kenya", "Mexico", "Singapore"], COSPONSORED, L43, None,
   "The resolution was co-sponsored by 58 States, among them Austria, Chile, Germany, Kenya, Mexico and Singapore.")
# The General Assembly's confirmation in plenary on 2 December names no text: nothing.
R(d, "Netherlands", COSPONSORED, L77, None, "The Netherlands co-sponsored the Austrian resolution on lethal autonomous weapon systems")
R(d, "Austria", COSPONSORED, L77, None, "the Austrian resolution on lethal autonomous weapon systems")
R(d, FIRST, ADOPT, L77, S, "which was adopted by 161 votes to 3, with 13 abstentions")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Russian Federation"], "supported", L77, S,
   "The States that voted against were Belarus, the Democratic People's Republic of Korea and the Russian Federation.", negated=True)
R(d, "India", "supported", L77, S, "India abstained.", negated=True)
R(d, "Netherlands", COSPONSORED, L40, None, "the Netherlands co-sponsored the resolution submitted by Australia, Mexico and New Zealand")
RL(d, ["Australia", "Mexico", "New Zealand"], COSPONSORED, L40, None, "the resolution submitted by Australia, Mexico and New Zealand")
R(d, "Netherlands", RATIFIED, CTBT, "1999", "The Netherlands ratified the CTBT in 1999")
R(d, "Netherlands", "called-for", CTBT, "2024-12-09", "calls on the remaining Annex 2 States, in particular the United States and China, to ratify it")
RL(d, ["United States", "China"], NOTRATIFIED, CTBT, None,
   "calls on the remaining Annex 2 States, in particular the United States and China, to ratify it", negated=True, required=False)
R(d, "Netherlands", "supported", L39, S, "The Netherlands voted in favour of this resolution of Ireland and New Zealand")
RL(d, ["Ireland", "New Zealand"], COSPONSORED, L39, None, "this resolution of Ireland and New Zealand")
RL(d, ["Germany", "Belgium", "Norway"], "supported", L39, S, "as did Germany, Belgium and Norway")
RL(d, ["France", "United Kingdom", "Russian Federation"], "supported", L39, S,
   "France, the United Kingdom and the Russian Federation voted against.", negated=True)
R(d, "Netherlands", "supported", L16, S, "The Netherlands voted against the resolution, as in previous years.", negated=True)
R(d, "Netherlands", NOTBOUND, TPNW, None, "the Netherlands is not a party to the TPNW and will not accede to it", negated=True)
# Attending the Meeting of States Parties as an observer: nothing.
R(d, "Netherlands", "supported", L53, S, "The Netherlands voted against the Russian resolution on no first placement of weapons in outer space", negated=True)
R(d, "Russian Federation", COSPONSORED, L53, None, "the Russian resolution on no first placement of weapons in outer space")
R(d, FIRST, ADOPT, L53, S, "The resolution was adopted by a divided vote.")
R(d, "Russian Federation", COSPONSORED, CDDEC, None, "was withdrawn by the Russian Federation before action", negated=True, required=False)
# "the other EU Member States" and "some EU partners" name no one.
R(d, "Netherlands", "supported", L14, S, "the Netherlands abstained", negated=True)
# The House's motion (domestic) and the planned 2025 resolution: nothing.

# ===================== 09 (wire story with metadata block, 12 September 2025; General Assembly endorses the New York Declaration) =====================
d = "09.txt"
D = "2025-09-12"
NYRES = ("General Assembly resolution endorsing the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution",
         ["resolution endorsing the New York Declaration", "New York Declaration resolution"])
NYDECL = ("New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution",
          ["New York Declaration", "declaration on the two-State solution"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
R(d, GA, ADOPT, NYRES, D, "The 193-member Assembly adopted a resolution endorsing the")
R(d, GA, ["endorsed", "adopted"], NYDECL, D, "The U.N. General Assembly on Friday overwhelmingly endorsed a declaration")
RL(d, ["France", "Saudi Arabia"], COSPONSORED, NYRES, None, "The text was put forward by France and Saudi Arabia")
QEN = ("At that conference the declaration was endorsed by the two co-chairs and by 15 other States, among them Brazil, Canada, Egypt, "
       "Japan and the United Kingdom, as well as by the European Union and the Arab League.")
RL(d, ["France", "Saudi Arabia", "Brazil", "Canada", "Egypt", "Japan", "United Kingdom", "European Union", "Arab League"], ENDORSED, NYDECL, "2025-07", QEN)
QAG = ("Israel and the United States voted against Friday's resolution, joined by Argentina, Hungary, Micronesia, Nauru, Palau, "
       "Papua New Guinea, Paraguay and Tonga.")
RL(d, ["Israel", "United States", "Argentina", "Hungary", "Micronesia", "Nauru", "Palau", "Papua New Guinea", "Paraguay", "Tonga"],
   "supported", NYRES, D, QAG, negated=True)
RL(d, ["Cameroon", "Czechia", "Ecuador", "Guatemala"], "supported", NYRES, D, "Abstentions included Cameroon, Czechia, Ecuador and Guatemala.", negated=True)
# Not taking part in the planned summit is not a vote; the summit and recognitions are not instruments (nothing).
R(d, "Germany", "supported", NYRES, D, "Germany, which voted in favour")
R(d, "United Kingdom", "supported", NYRES, D, "Britain, which also voted yes")
# Palestine cannot vote (observer status): no vote record.
R(d, "State of Palestine", ACCEDED, ROME, "2015", "Palestine acceded to the Rome Statute of the International Criminal Court in 2015")
R(d, "India", "supported", NYRES, D, "Several delegations that voted in favour, including India")

# ===================== 10 (GA plenary meetings coverage, metadata block, 7 July 2025; Afghanistan) =====================
d = "10.txt"
D = "2025-07-07"
AFG = ("draft resolution A/79/L.100: The situation in Afghanistan", ["A/79/L.100", "resolution on the situation in Afghanistan", "The situation in Afghanistan"])
R(d, GA, ADOPT, AFG, D, "The General Assembly today adopted a resolution on the situation in Afghanistan by a recorded vote")
RL(d, ["Israel", "United States"], "supported", AFG, D, "2 against (Israel, United States)", negated=True)
QAB = ("12 abstentions (Belarus, Burundi, China, Democratic People's Republic of Korea, Ethiopia, India, Iran, Nicaragua, Pakistan, "
       "Russian Federation, Uzbekistan, Zimbabwe)")
RL(d, ["Belarus", "Burundi", "China", "Democratic People's Republic of Korea", "Ethiopia", "India", "Iran", "Nicaragua", "Pakistan",
       "Russian Federation", "Uzbekistan", "Zimbabwe"], "supported", AFG, D, QAB, negated=True)
R(d, "Germany", COSPONSORED, AFG, None, "Introducing the draft, the representative of Germany, which facilitated the negotiations")
R(d, "Afghanistan", RATIFIED, CEDAW, "2003",
  "Afghanistan had ratified the Convention on the Elimination of All Forms of Discrimination against Women in 2003")
RL(d, ["Canada", "Japan", "Norway", "Türkiye"], COSPONSORED, AFG, None, "Canada, Japan, Norway and Türkiye had joined as co-sponsors")
# The United States' request for a recorded vote is procedural; its vote is recorded above.
R(d, "Qatar", "supported", AFG, D, "The representative of Qatar, which voted in favour")
# "its member States had all voted in favour" names no State; the EU itself has no vote in the Assembly (nothing).
R(d, "Kazakhstan", "supported", AFG, D, "whose vote had not been recorded", negated=True)
R(d, "Kazakhstan", "supported", AFG, D, "his delegation had intended to vote in favour of the resolution", required=False)
# The Afghan representative's call "to hold the de facto authorities accountable" names no instrument.
R(d, "Afghanistan", RATIFIED, CAT, "1987", "Afghanistan remained a party to the Convention against Torture, which it had ratified in 1987")
R(d, "Afghanistan", PARTY, CAT, None, "Afghanistan remained a party to the Convention against Torture", required=False)
# The President's closing words and the postponed draft on an international day: nothing.

# ===================== 11 (Sixth Committee meetings coverage, GA/L/3770, 15 November 2024) =====================
d = "11.txt"
D = "2024-11-15"
L12 = ("draft resolution A/C.6/79/L.12: Status of the Protocols Additional to the Geneva Conventions of 1949 and relating to the protection of victims of armed conflicts",
       ["A/C.6/79/L.12", "Status of the Protocols Additional to the Geneva Conventions of 1949", "resolution on the status of the Additional Protocols"])
L9 = ("draft resolution A/C.6/79/L.9: Criminal accountability of United Nations officials and experts on mission",
      ["A/C.6/79/L.9", "Criminal accountability of United Nations officials and experts on mission"])
L14U = ("draft resolution A/C.6/79/L.14: The scope and application of the principle of universal jurisdiction",
        ["A/C.6/79/L.14", "The scope and application of the principle of universal jurisdiction"])
API = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)",
       ["Additional Protocol I", "Protocol I", "AP I"])
APII = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)",
        ["Additional Protocol II", "Protocol II", "AP II"])
APIII = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)",
         ["Additional Protocol III", "Protocol III", "AP III"])
CACONV = ("convention on the criminal accountability of United Nations officials and experts on mission", ["criminal accountability convention"])
R(d, "Sweden", COSPONSORED, L12, None, "The representative of Sweden introduced the draft resolution")
R(d, NORDIC, COSPONSORED, L12, None, "on behalf of the Nordic countries, which have led the text since it was first adopted in 1977", required=False)
RL(d, ["Argentina", "Chile", "Ireland", "Mexico", "New Zealand", "Switzerland"], COSPONSORED, L12, None,
   "Argentina, Chile, Ireland, Mexico, New Zealand and Switzerland had joined as co-sponsors")
R(d, SIXTH, ADOPT, L12, D, "The Committee then approved the draft without a vote.")
# Switzerland as depositary received no instrument: nothing.
R(d, "Iran", "supported", L12, D, "his country had joined the consensus")
R(d, "Iran", "signed", API, "1977", "Iran had signed Additional Protocol I in 1977")
R(d, "Iran", NOTRATIFIED, API, None, "but had not ratified it", negated=True)
R(d, "United States", NOTBOUND, API, None, "her country was not a party to Additional Protocol I and had no intention of becoming one", negated=True)
R(d, "United States", RATIFIED, APIII, "2007", "The United States had ratified Additional Protocol III, on the distinctive emblem, in 2007.")
QIN = "his country, which was a party to neither Protocol I nor Protocol II, had joined the consensus"
R(d, "India", NOTBOUND, API, None, QIN, negated=True)
R(d, "India", NOTBOUND, APII, None, QIN, negated=True)
R(d, "India", "supported", L12, D, QIN)
QPS = "Palestine had acceded to the four Geneva Conventions and to Additional Protocol I in 2014"
R(d, "State of Palestine", ACCEDED, GENEVA49, "2014", QPS)
R(d, "State of Palestine", ACCEDED, API, "2014", QPS)
R(d, SIXTH, ADOPT, L9, D, "The Committee then approved without a vote the draft resolution")
R(d, "Cyprus", COSPONSORED, L9, None, "introduced by the representative of Cyprus, in her capacity as Vice-Chair of the Committee", required=False)
R(d, "European Union", "supported", L9, D, "the Union and its member States supported the resolution")
R(d, "European Union", "called-for", CACONV, D,
  "reiterated their call for the elaboration of a convention on the criminal accountability of United Nations officials and experts on mission")
R(d, "Brazil", "called-for", CACONV, D, "The representative of Brazil agreed", required=False)
# The Russian Federation's "premature" is no act; the universal jurisdiction draft was deferred (no adoption).
R(d, AFRGROUP, COSPONSORED, L14U, None, "speaking on behalf of the Group of African States, the main sponsor", required=False)

# ===================== 12 (Canadian mission's news release, 30 June 2025; OAS General Assembly, 55th regular session, St. John's, 25-27 June 2025) =====================
d = "12.txt"
S = "2025-06"
D = "2025-06-27"
OASHR = ("OAS General Assembly resolution \"Promotion and Protection of Human Rights\" (2025)", ["Promotion and Protection of Human Rights", "human rights omnibus resolution", "omnibus resolution"])
OASVEN = ("OAS General Assembly resolution \"The Situation in Venezuela\" (2025)", ["The Situation in Venezuela", "resolution on the situation in Venezuela"])
OASAMD = ("amendment proposed by Saint Vincent and the Grenadines to the resolution on the situation in Venezuela", ["Saint Vincent and the Grenadines amendment"])
CIRDI = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["Inter-American Convention against Racism", "A-68"])
CIDI = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["A-69", "Convention against All Forms of Discrimination and Intolerance"])
ACHR = ("American Convention on Human Rights", ["Pact of San José", "ACHR"])
IACAC = ("Inter-American Convention against Corruption", ["IACAC"])
R(d, OASGA, ADOPT, OASHR, S, "The General Assembly adopted by consensus the omnibus resolution")
RL(d, ["Canada", "Chile", "Costa Rica", "Uruguay"], COSPONSORED, OASHR, None, "which Canada co-sponsored with Chile, Costa Rica and Uruguay")
# Footnotes on individual paragraphs: nothing; the three States joined the adoption of the whole.
RL(d, ["Paraguay", "Guatemala", "Argentina"], "supported", OASHR, S,
   "all three States joined the adoption of the resolution as a whole")
R(d, OASGA, ADOPT, OASVEN, D, "On June 27 the General Assembly adopted the resolution \"The Situation in Venezuela\" by 20 votes in favour, 4 against and 9 abstentions.")
RL(d, ["Canada", "Argentina", "Panama", "Paraguay"], COSPONSORED, OASVEN, None, "Canada, Argentina, Panama and Paraguay presented the draft.")
RL(d, ["Bolivia", "Honduras", "Saint Vincent and the Grenadines", "Dominica"], "supported", OASVEN, D,
   "Bolivia, Honduras, Saint Vincent and the Grenadines and Dominica voted against.", negated=True)
RL(d, ["Mexico", "Colombia", "Brazil"], "supported", OASVEN, D, "Mexico, Colombia and Brazil were among the abstaining delegations.", negated=True)
# Mexico's request for a recorded vote: procedural.
R(d, "Saint Vincent and the Grenadines", COSPONSORED, OASAMD, None, "An amendment proposed by Saint Vincent and the Grenadines", required=False)
R(d, "Canada", "supported", OASAMD, D, "Canada voted against the amendment.", negated=True)
# Nicaragua, no longer a member, was not represented: no vote record.
QAB = ("Antigua and Barbuda, the host country, recalled that it was a party to both the Inter-American Convention against Racism, Racial "
       "Discrimination and Related Forms of Intolerance and the Inter-American Convention against All Forms of Discrimination and Intolerance")
R(d, "Antigua and Barbuda", PARTY, CIRDI, None, QAB)
R(d, "Antigua and Barbuda", PARTY, CIDI, None, QAB)
R(d, "Antigua and Barbuda", "called-for", CIRDI, S, "called on all Member States to join them")
R(d, "Antigua and Barbuda", "called-for", CIDI, S, "called on all Member States to join them")
R(d, "Canada", "signed", CIRDI, None, "Canada has signed neither Convention.", negated=True)
R(d, "Canada", "signed", CIDI, None, "Canada has signed neither Convention.", negated=True)
R(d, "Canada", NOTBOUND, ACHR, None, "Canada is also not a party to the American Convention on Human Rights", negated=True)
R(d, "Canada", RATIFIED, IACAC, "2000", "Canada has ratified the Inter-American Convention against Corruption, which it did in 2000")
# Elections, the deferred Program-Budget and the next session's venue: nothing.

# ===================== 13 (Markdown newsletter, 30 May 2025; Seventy-eighth World Health Assembly, 19-27 May 2025) =====================
d = "13.md"
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement", "WHO Pandemic Agreement"])
RARE = ("WHA resolution \"Rare diseases: a global health priority for equity and inclusion\"",
        ["Rare diseases: a global health priority for equity and inclusion", "resolution on rare diseases", "rare diseases resolution"])
KIDNEY = ("WHA resolution \"Reducing the burden of noncommunicable diseases through promotion of kidney health and strengthening prevention and control of kidney disease\"",
          ["kidney health resolution", "resolution on kidney health",
           "Reducing the burden of noncommunicable diseases through promotion of kidney health and strengthening prevention and control of kidney disease"])
LUNG = ("WHA resolution on an integrated lung health approach", ["lung health resolution", "resolution on lung health", "integrated lung health approach"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control", "WHO FCTC"])
R(d, WHA, ADOPT, PANDEMIC, "2025-05-20", "the WHO Pandemic Agreement, which the plenary adopted on 20 May")
RL(d, ["Egypt", "Spain", "Malaysia"], COSPONSORED, RARE, None, "was tabled by Egypt, Spain and Malaysia")
R(d, COMMA, ADOPT, RARE, "2025-05-24", "Committee A approved it by consensus", required=False)
R(d, WHA, ADOPT, RARE, "2025-05-27", "the plenary adopted it on 27 May, the closing day")
RL(d, ["Brazil", "Japan", "Nigeria"], COSPONSORED, RARE, None, "Brazil, Japan and Nigeria joined the co-sponsors on the floor of the Committee.")
R(d, "Saudi Arabia", "supported", RARE, "2025-05-24", "Saudi Arabia supported the text")
R(d, "Hungary", COSPONSORED, RARE, None, "because it withdrew its co-sponsorship", negated=True)
R(d, "Guatemala", COSPONSORED, KIDNEY, None, "was led by Guatemala, with Colombia and Thailand as co-sponsors")
RL(d, ["Colombia", "Thailand"], COSPONSORED, KIDNEY, None, "with Colombia and Thailand as co-sponsors")
R(d, COMMA, ADOPT, KIDNEY, "2025-05-24", "It was approved without a vote on 24 May", required=False)
R(d, WHA, ADOPT, KIDNEY, "2025-05-27", "adopted in plenary on 27 May")
R(d, WHA, ADOPT, LUNG, "2025-05", "The plenary also adopted the resolution on an integrated lung health approach")
R(d, "European Union", COSPONSORED, LUNG, None, "presented by Slovenia on behalf of the European Union and its member States together with the Philippines")
RL(d, ["Slovenia", "Philippines"], COSPONSORED, LUNG, None,
   "presented by Slovenia on behalf of the European Union and its member States together with the Philippines")
# The air pollution draft was not tabled: nothing. The withdrawals from WHO concern membership (nothing); the US sent no delegation (no vote).
QAR = "did not take part in the adoption of the resolutions on rare diseases, kidney health and lung health"
R(d, "Argentina", "supported", RARE, "2025-05-27", QAR, negated=True)
R(d, "Argentina", "supported", KIDNEY, "2025-05-27", QAR, negated=True)
R(d, "Argentina", "supported", LUNG, "2025-05", QAR, negated=True)
R(d, "Indonesia", NOTBOUND, FCTC, None, "his Government was \"reviewing\" accession to the WHO Framework Convention on Tobacco Control", negated=True,
  alt=["Indonesia is one of a handful of WHO Member States that are not Parties to the Convention."])
R(d, "United States", "signed", FCTC, "2004", "The United States signed the Framework Convention in 2004 but never ratified it.")
R(d, "United States", NOTRATIFIED, FCTC, None, "The United States signed the Framework Convention in 2004 but never ratified it.", negated=True)
R(d, "Uruguay", RATIFIED, FCTC, "2004", "Uruguay, which ratified the FCTC in 2004")
R(d, "Uruguay", "called-for", FCTC, "2025-05", "called on all States that had not yet done so to become Parties")
SOCIAL = ("WHA resolution on fostering social connection for global health", ["social connection resolution", "resolution on social connection"])
RL(d, ["Sweden", "Chile", "Morocco"], COSPONSORED, SOCIAL, None, "led by Sweden with Chile and Morocco")
R(d, COMMA, ADOPT, SOCIAL, "2025-05-26", "was approved without a vote in Committee A on 26 May", required=False)
R(d, WHA, ADOPT, SOCIAL, "2025-05-27", "adopted by the plenary the next day")
# Switzerland's interpretive statement on one paragraph: nothing.

# ===================== 14 (Ukraine's mission press release, metadata block, Geneva, 4 April 2025; HRC 58th session) =====================
d = "14.txt"
D = "2025-04-04"
HL24 = ("draft resolution A/HRC/58/L.24: Situation of human rights in Ukraine stemming from the Russian aggression",
        ["A/HRC/58/L.24", "Situation of human rights in Ukraine stemming from the Russian aggression", "Ukraine resolution"])
KAMPALA = ("Kampala amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "amendments on the crime of aggression"])
R(d, HRC, ADOPT, HL24, D, "Today the UN Human Rights Council, at the closing meeting of its 58th session, adopted the resolution")
R(d, "Ukraine", COSPONSORED, HL24, None, "Ukraine presented the draft as main sponsor.")
QCO = ("as well as Albania, Australia, Canada, Georgia, Iceland, Japan, the Republic of Moldova, Montenegro, New Zealand, Norway, "
       "Switzerland and the United Kingdom")
RL(d, ["Albania", "Australia", "Canada", "Georgia", "Iceland", "Japan", "Republic of Moldova", "Montenegro", "New Zealand", "Norway",
       "Switzerland", "United Kingdom"], COSPONSORED, HL24, None, QCO)
# "all Member States of the European Union except Hungary" names no State.
R(d, "Hungary", COSPONSORED, HL24, None, "did not co-sponsor the text this year", negated=True)
RL(d, ["Bolivia", "Burundi", "China", "Cuba", "Viet Nam"], "supported", HL24, D, "Bolivia, Burundi, China, Cuba and Viet Nam voted against.", negated=True)
RL(d, ["Brazil", "Indonesia", "Kenya", "South Africa"], "supported", HL24, D,
   "Brazil, Indonesia, Kenya and South Africa were among the States that abstained.", negated=True)
QFV = ("including Albania, Belgium, Bulgaria, Chile, Costa Rica, Cyprus, Czechia, France, Georgia, Germany, Iceland, Japan, the Marshall "
       "Islands, the Netherlands, North Macedonia, the Republic of Korea, Romania, Spain and Switzerland")
RL(d, ["Albania", "Belgium", "Bulgaria", "Chile", "Costa Rica", "Cyprus", "Czechia", "France", "Georgia", "Germany", "Iceland", "Japan",
       "Marshall Islands", "Netherlands", "North Macedonia", "Republic of Korea", "Romania", "Spain", "Switzerland"], "supported", HL24, D, QFV)
# Cuba's request for a recorded vote: procedural. The Russian Federation, not a member, could not vote.
R(d, "Russian Federation", "supported", HL24, D, "rejected the resolution and said it would not cooperate with the Commission", negated=True, required=False)
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "On 25 October 2024 Ukraine deposited its instrument of ratification of the Rome Statute")
# The Verkhovna Rada's vote (domestic), the entry into force and "125th State Party" (the same act): nothing more.
QUC = "Ukraine calls on all States that have not yet done so to ratify the Rome Statute and the Kampala amendments on the crime of aggression."
R(d, "Ukraine", "called-for", ROME, D, QUC)
R(d, "Ukraine", "called-for", KAMPALA, D, QUC)
QUB = "Ukraine also joined the co-sponsors of the resolution on the situation of human rights in Belarus (A/HRC/58/L.9)"
R(d, "Ukraine", COSPONSORED, HL9, None, QUB)
R(d, "Ukraine", COSPONSORED, HL6, None, "and of the resolution on the rights of persons with disabilities (A/HRC/58/L.6)")
QNV = "Ukraine voted in favour of neither text, as it is not a member of the Council in 2025"
R(d, "Ukraine", "supported", HL9, "2025-04-02", QNV, negated=True)
R(d, "Ukraine", "supported", HL6, None, QNV, negated=True)

# ===================== 15 (Panama's explanation of vote, Security Council, Tuesday 30 September 2025; resolution 2793 (2025)) =====================
d = "15.txt"
D = "2025-09-30"
R2793 = ("Security Council resolution 2793 (2025)", ["resolution 2793", "resolution 2793 (2025)", "S/RES/2793 (2025)", "resolution establishing the Gang Suppression Force"])
R2699 = ("Security Council resolution 2699 (2023)", ["resolution 2699", "resolution 2699 (2023)", "S/RES/2699 (2023)"])
R2653 = ("Security Council resolution 2653 (2022)", ["resolution 2653", "resolution 2653 (2022)", "S/RES/2653 (2022)"])
ATT = ("Arms Trade Treaty", ["ATT"])
CIFTA = ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials",
         ["CIFTA", "Inter-American Firearms Convention"])
R(d, "Panama", "supported", R2793, D, "Panama voted in favour of the resolution that the Council has just adopted")
RL(d, ["United States", "Panama"], COSPONSORED, R2793, None, "Together with the United States, Panama put this text forward as co-penholder")
R(d, UNSC, "adopted", R2793, D, "The resolution was adopted as resolution 2793 (2025) by 12 votes in favour")
R(d, UNSC, "adopted", R2699, "2023-10", "which this Council authorized by resolution 2699 (2023) in October 2023")
# Kenya led the mission (not an instrument act); the Caribbean Community is consulted, not acting.
RL(d, ["Algeria", "Guyana", "Sierra Leone", "Somalia"], "supported", R2793, D,
   "In particular we thank Algeria, Guyana, Sierra Leone and Somalia, the A3 Plus, which voted in favour")
RL(d, ["Denmark", "Greece", "Slovenia", "Republic of Korea"], "supported", R2793, D,
   "We also thank Denmark, Greece, Slovenia and the Republic of Korea for their constructive engagement, and for their votes.")
# "three members of the Council chose to abstain" is unnamed there; the Mission's note names them.
RL(d, ["China", "Pakistan", "Russian Federation"], "supported", R2793, D, "with 3 abstentions (China, Pakistan, Russian Federation)", negated=True)
R(d, "Panama", RATIFIED, ATT, "2014", "Panama, which ratified the Arms Trade Treaty in 2014")
R(d, "Panama", "called-for", ATT, D, "calls on all States that have not yet done so to ratify that Treaty")
R(d, UNSC, "adopted", R2653, "2022", "resolution 2653 (2022), which this Council adopted unanimously three years ago", required=False)
R(d, "Panama", "called-for", CIFTA, D, "Panama also calls on all States of the region to join the Inter-American Convention against the Illicit Manufacturing")
R(d, "Dominican Republic", NOTRATIFIED, ATT, None, "it would soon complete its ratification of the Arms Trade Treaty", negated=True)
# The call to contribute to the trust fund is not an instrument (nothing).

# ===================== 16 (wire story, UNITED NATIONS, Monday 17 November 2025; resolution 2803 (2025)) =====================
d = "16.txt"
D = "2025-11-17"
R2803 = ("Security Council resolution 2803 (2025)", ["resolution 2803", "resolution 2803 (2025)", "S/RES/2803 (2025)"])
GAZAPLAN = ("Comprehensive Plan to End the Gaza Conflict", ["Trump plan for Gaza", "U.S. plan for Gaza", "20-point plan"])
RUSDRAFT = ("Russian draft resolution on Gaza", ["rival draft", "Russian draft"])
R2735 = ("Security Council resolution 2735 (2024)", ["resolution 2735", "resolution 2735 (2024)", "S/RES/2735 (2024)"])
EGISR = ("Egypt–Israel Peace Treaty", ["peace treaty with Israel", "1979 Egypt-Israel peace treaty"])
# The date of the wire's "Nov 17" is given by the text; the year by resolution 2803 (2025).
R(d, UNSC, ["endorsed", "adopted"], GAZAPLAN, D, "The U.N. Security Council on Monday endorsed U.S. President Donald Trump's plan to end the war in Gaza")
R(d, UNSC, "adopted", R2803, D, "The 15-member Council adopted the U.S.-drafted resolution 2803 (2025) by 13 votes in favour")
R(d, "United States", COSPONSORED, R2803, None, "the U.S.-drafted resolution 2803 (2025)")
RL(d, ["Russian Federation", "China"], "supported", R2803, D, "with Russia and China abstaining", negated=True)
QFV = ("Voting in favour were Algeria, Denmark, France, Greece, Guyana, Pakistan, Panama, South Korea, Sierra Leone, Slovenia, Somalia, "
       "Britain and the United States.")
RL(d, ["Algeria", "Denmark", "France", "Greece", "Guyana", "Pakistan", "Panama", "Republic of Korea", "Sierra Leone", "Slovenia",
       "Somalia", "United Kingdom", "United States"], "supported", R2803, D, QFV)
R(d, "Russian Federation", COSPONSORED, RUSDRAFT, None, "Russia had circulated a rival draft last week", required=False)
# The rival draft was not put to a vote: no adoption, no votes.
QJS = ("Egypt, Indonesia, Jordan, Pakistan, Qatar, Saudi Arabia, Turkey and the United Arab Emirates issued a joint statement "
       "supporting the U.S. draft and calling for its swift adoption")
RL(d, ["Egypt", "Indonesia", "Jordan", "Qatar", "Saudi Arabia", "Türkiye", "United Arab Emirates"], "supported", R2803, None, QJS)
# Pakistan's support is already its vote (first quote, the list). The Palestinian Authority's welcome and Hamas's rejection: nothing.
R(d, "Israel", "supported", R2803, D, "did not take part in the vote", negated=True, required=False)
R(d, UNSC, "adopted", R2735, "2024-06", "resolution 2735 (2024), which endorsed an earlier U.S. ceasefire proposal in June of last year", required=False)
R(d, "Russian Federation", "supported", R2735, "2024-06", "on which Russia abstained", negated=True)
R(d, "Egypt", "signed", EGISR, "1979", "was the first Arab State to sign a peace treaty with Israel, in 1979")
R(d, "Israel", "signed", EGISR, "1979", "was the first Arab State to sign a peace treaty with Israel, in 1979", required=False)
# The Secretary-General's welcome of the vote: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
