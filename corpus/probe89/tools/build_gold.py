#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Six documents are not .txt (03, 10 and 14 are Markdown; 04, 07 and 13 are saved HTML
pages); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of
theirs spans HTML mark-up, Markdown emphasis, a table pipe or an HTML entity.

Theme: disarmament and arms control: First Committee press coverage and explanations of vote, NPT Review Conference and
CTBT statements, Arms Trade Treaty, mine-ban and cluster-munitions meetings and monitors, fact sheets, foreign-ministry
press releases, Security Council coverage and political declarations on conventional weapons and military AI.

Rules applied throughout (gold/dev/README.md and gold/dev2/README.md):
- A vote in favour (or joining a consensus) is `supported`; a vote against, an abstention or absence from the vote is
  `supported` negated, dated by the vote. A body's approval or adoption of a text is that body's `adopted`; a draft that
  fails is the body's `adopted` negated. Tabling, submitting, introducing or being penholder of a draft is `co-sponsored`.
- "has not ratified", "has yet to", "not in a position to", "will not sign", "would consider", withdrawals and announced
  withdrawals, "will become a State Party on ..." and reported-but-unconfirmed deposits are negated records without a date
  (only votes against, abstentions and absences keep theirs).
- States named as addressees of a call to join, or in a list of States "not party"/"remaining Annex 2 States", get a negated
  record for the status the text gives them; the caller gets `called-for`, dated by the statement.
- "We" of a joint statement is each State it speaks for. "remain(s) committed to <instrument>" is `committed`, dated by
  the statement; co-sponsorship stated without a date of its own is undated.
- No record: depositaries, venues, hosts, presidencies, entry into force, opening for signature, alignment with a
  statement, cabinet/parliament/senate steps, national laws and decrees, implementation, reports, destruction, funding,
  support for an institution or mechanism, welcoming or congratulating another State's act (that State still gets its
  record), calls to reconsider or to implement, acts of unnamed groups, and future meeting outcomes.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Syria", "China", "Kenya", "Mexico", "Germany", "Netherlands", "Republic of Korea", "Viet Nam", "Türkiye",
          "Egypt", "Saudi Arabia", "United Arab Emirates", "Philippines", "State of Palestine", "Marshall Islands",
          "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Micronesia", "Lao PDR", "Colombia", "Somalia", "Uganda",
          "Papua New Guinea", "Timor-Leste", "Thailand", "South Sudan", "Kiribati", "Bangladesh", "Ghana"),
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Ireland": ["Ireland"],
    "Austria": ["Austria", "Republic of Austria"],
    "Israel": ["Israel", "State of Israel"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "New Zealand": ["New Zealand"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Poland": ["Poland", "Republic of Poland"],
    "Finland": ["Finland", "Republic of Finland"],
    "Ecuador": ["Ecuador", "Republic of Ecuador"],
    "Mongolia": ["Mongolia"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

FC = ["UN General Assembly First Committee", "First Committee",
      "First Committee (Disarmament and International Security)"]
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
ATT = ("Arms Trade Treaty", ["ATT"])
MBT = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction",
       ["Mine Ban Treaty", "Ottawa Convention", "Anti-Personnel Mine Ban Convention", "Mine Ban Convention", "APMBC"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
CWC = ("Chemical Weapons Convention", ["CWC",
       "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction"])
BWC = ("Biological and Toxin Weapons Convention", ["BTWC", "BWC", "Biological Weapons Convention",
       "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction"])
OST = ("Outer Space Treaty", ["Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "EWIPA Political Declaration", "Political Declaration on Explosive Weapons in Populated Areas"])

# ===================== 01 (UN meetings coverage press release, First Committee votes, 1 November 2023) =====================
d = "01.txt"
D = "2023-11-01"
L56 = ("Lethal autonomous weapons systems", ["A/C.1/78/L.56", "L.56", "draft resolution L.56", "resolution on lethal autonomous weapons systems"])
L35 = ("draft resolution L.35", ["A/C.1/78/L.35", "L.35", "Comprehensive Nuclear-Test-Ban Treaty"])
L22 = ("draft resolution L.22", ["A/C.1/78/L.22", "L.22", "Treaty on the Prohibition of Nuclear Weapons"])
L44 = ("draft resolution L.44", ["A/C.1/78/L.44", "L.44", "The Arms Trade Treaty"])
L41 = ("Problems arising from the accumulation of conventional ammunition stockpiles in surplus", ["A/C.1/78/L.41", "L.41"])
# The Committee "approved" each draft "today" (the masthead date). Counts of votes name nobody except in the brackets.
R(d, FC, ADOPTED, L56, D, "the Committee approved the draft resolution \"Lethal autonomous weapons systems\" (document A/C.1/78/L.56)")
RL(d, ["Belarus", "Mali", "Niger", "Russian Federation"], "supported", L56, D,
   "5 against (Belarus, India, Mali, Niger, Russian Federation)", negated=True)
R(d, "India", "supported", L56, D, "5 against (Belarus, India, Mali, Niger, Russian Federation)", negated=True,
  alt=["his delegation had voted against L.56"])
RL(d, ["China", "Democratic People's Republic of Korea", "Iran", "Israel", "Saudi Arabia", "Syria", "Türkiye", "United Arab Emirates"],
   "supported", L56, D,
   "8 abstentions (China, Democratic People's Republic of Korea, Iran, Israel, Saudi Arabia, Syria, Türkiye, United Arab Emirates)", negated=True)
# "its main sponsor": the sponsor of the draft; no date for the tabling.
R(d, "Austria", "co-sponsored", L56, None, "the representative of Austria, its main sponsor")
R(d, "France", "supported", L56, D, "her country voted in favour of the text")
# The "two-tier approach" France and Germany proposed is a proposal in the CCW, not an instrument: nothing.
R(d, FC, ADOPTED, L35, D, "The Committee then approved the draft resolution \"Comprehensive Nuclear-Test-Ban Treaty\" (document A/C.1/78/L.35)")
R(d, "Democratic People's Republic of Korea", "supported", L35, D, "1 against (Democratic People's Republic of Korea)", negated=True)
RL(d, ["India", "Mauritius", "Syria"], "supported", L35, D, "3 abstentions (India, Mauritius, Syria)", negated=True)
# The text's own call ("urges all States that have not yet done so") has no actor: nothing.
R(d, FC, ADOPTED, L22, D, "the Committee approved the draft resolution \"Treaty on the Prohibition of Nuclear Weapons\" (document A/C.1/78/L.22)")
# Taking part in the 2017 negotiations is not a treaty action.
R(d, "Netherlands", "supported", L22, D, "his delegation had again voted no on L.22", negated=True)
R(d, "Netherlands", "signed", TPNW, None, "The Netherlands would not sign the Treaty", negated=True)
R(d, "Japan", "supported", L22, D, "his delegation had likewise voted against the draft", negated=True)
R(d, "Japan", NOTBOUND, TPNW, None, "Japan had not joined the Treaty", negated=True)
# The day it opened for signature is not dated in the text.
R(d, "Brazil", "signed", TPNW, None, "her country, a signatory of the Treaty on the Prohibition of Nuclear Weapons since the day it opened for signature")
R(d, "Brazil", "supported", L22, D, "had voted in favour of L.22, as it did every year")
# Ratification pending before Congress (a domestic step): not yet ratified, implied only.
R(d, "Brazil", NOTRATIFIED, TPNW, None, "Brazil's ratification was before its National Congress", negated=True, required=False)
# Kazakhstan's presidency of the Third Meeting of States Parties, the meeting's venue: nothing.
R(d, FC, ADOPTED, L44, D, "the Committee approved by a recorded vote of 152 in favour to none against, with 27 abstentions, the draft resolution \"The Arms Trade Treaty\" (document A/C.1/78/L.44)")
R(d, "China", ACCEDED, ATT, "2020", "which acceded to the Arms Trade Treaty in 2020")
R(d, "China", "supported", L44, D, "had voted in favour of the text and would continue to fulfil its obligations")
R(d, "Russian Federation", "supported", L44, D, "his delegation had abstained", negated=True)
R(d, "Russian Federation", NOTBOUND, ATT, None, "his country was not a party to the Treaty and did not intend to become one", negated=True)
R(d, FC, ADOPTED, L41, D, "Without a vote, the Committee approved the draft resolution \"Problems arising from the accumulation of conventional ammunition stockpiles in surplus\" (document A/C.1/78/L.41)")
RL(d, ["France", "Germany"], "co-sponsored", L41, None, "presented by France and Germany")
# The draft "welcomes the Global Framework": the text's, no actor. The Arab Group (members unnamed) joined the consensus.
R(d, ["Arab Group", "Egypt"], "supported", L41, D, "it had joined the consensus on the draft", required=False)

# ===================== 02 (NPT RevCon general-debate statement on behalf of the New Agenda Coalition, 2 August 2022) =====================
d = "02.txt"
D = "2022-08-02"
NAC = ["Brazil", "Egypt", "Ireland", "Mexico", "New Zealand", "South Africa"]
AP2010 = ("2010 Action Plan", ["64-point Action Plan", "Action Plan of the 2010 NPT Review Conference"])
NACRES = ("Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments",
          ["New Agenda Coalition resolution", "NAC resolution"])
VD = ("Vienna Declaration", ["Declaration of the First Meeting of States Parties to the TPNW"])
VAP = ("Vienna Action Plan", ["Action Plan of the First Meeting of States Parties to the TPNW"])
# "We" of the Coalition's statement is each of its six members.
RL(d, NAC, PARTY, NPT, None,
   "Each of our six countries is a non-nuclear-weapon State party to the Treaty on the Non-Proliferation of Nuclear Weapons")
RL(d, NAC, COMMITTED, NPT, D, "We remain fully committed to the NPT in all its aspects")
# The 2000 "unequivocal undertaking" names no instrument.
R(d, ["2010 Review Conference", "2010 NPT Review Conference", "Review Conference"], ADOPTED, AP2010, "2010",
  "the 64-point Action Plan adopted by consensus at the 2010 Review Conference")
RL(d, NAC, "called-for", NPT, D, "We call on India, Israel and Pakistan, which remain outside the NPT, to accede to the Treaty promptly")
RL(d, ["India", "Israel", "Pakistan"], NOTBOUND, NPT, None, "India, Israel and Pakistan, which remain outside the NPT", negated=True)
# "to return to full compliance": not a call to join; the DPRK's withdrawal makes it not bound (no date for a negated record).
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None, "which announced its withdrawal from the Treaty in 2003", negated=True)
RL(d, NAC, "called-for", CTBT, D, "We urge all States whose ratification is required for its entry into force to sign and ratify the Treaty without further delay")
RL(d, ["Ireland", "Mexico", "New Zealand", "South Africa"], PARTY, TPNW, None,
   "Four members of our Coalition, Ireland, Mexico, New Zealand and South Africa, are States parties to the TPNW")
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil signed the Treaty on 20 September 2017")
R(d, "Egypt", "supported", TPNW, "2017-07", "Egypt voted for its adoption in July 2017")
# "held in Vienna in June" (of the statement's year): the meeting's outcome texts, named generically.
R(d, ["First Meeting of States Parties to the TPNW", "First Meeting of States Parties", "1MSP"], ADOPTED, VD, "2022-06",
  "it adopted a Declaration and an Action Plan", required=False)
R(d, ["First Meeting of States Parties to the TPNW", "First Meeting of States Parties", "1MSP"], ADOPTED, VAP, "2022-06",
  "it adopted a Declaration and an Action Plan", required=False)
# The 1995 Resolution (recalled, no act stated), the Middle East conference (a process), the JCPOA's implementation: nothing.
RL(d, NAC, "co-sponsored", NACRES, None, "which the six of us table together every autumn")
R(d, GA, "adopted", NACRES, "2021-12", "was adopted by the General Assembly in December 2021")
RL(d, ["France", "United Kingdom", "United States"], "supported", NACRES, "2021-12",
   "France, the United Kingdom and the United States voted against it", negated=True)
# The hoped-for final document of this Conference: a future meeting outcome, nothing.

# ===================== 03.md (arms-control fact sheet, CTBT at a glance, last reviewed March 2025) =====================
d = "03.md"
D = "2025-03"
R2310 = ("resolution 2310", ["Security Council resolution 2310", "UNSC resolution 2310 (2016)"])
R(d, GA, "adopted", CTBT, "1996-09-10", "The UN General Assembly adopted the treaty on 10 September 1996")
# Opening for signature, entry-into-force conditions, the Provisional Technical Secretariat, the depositary: nothing.
R(d, "China", "signed", CTBT, "1996-09-24", "China: signed 24 September 1996")
R(d, "China", NOTRATIFIED, CTBT, None, "China: signed 24 September 1996; not ratified.", negated=True)
R(d, "Egypt", "signed", CTBT, "1996-10-14", "Egypt: signed 14 October 1996")
R(d, "Egypt", NOTRATIFIED, CTBT, None, "has not ratified, linking ratification to Israel's accession to the NPT", negated=True)
R(d, "Iran", "signed", CTBT, "1996-09-24", "Iran: signed 24 September 1996")
R(d, "Iran", NOTRATIFIED, CTBT, None, "Iran: signed 24 September 1996; not ratified.", negated=True)
R(d, "Israel", "signed", CTBT, "1996-09-25", "Israel: signed 25 September 1996")
R(d, "Israel", NOTRATIFIED, CTBT, None, "Israel: signed 25 September 1996; not ratified.", negated=True,
  alt=["Israel will consider ratification"])
# Israel's NPT accession is a condition in Egypt's position, not a stated act: nothing.
R(d, "United States", "signed", CTBT, "1996-09-24", "United States: signed 24 September 1996")
# The Senate's 1999 vote: domestic.
R(d, "United States", NOTRATIFIED, CTBT, None, "United States: signed 24 September 1996; not ratified.", negated=True)
R(d, "Russian Federation", "signed", CTBT, "1996-09-24", "Russia: signed 24 September 1996", alt=["it remains a signatory"])
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06-30", "ratified 30 June 2000")
# The Duma's vote and the law signed by the President: domestic steps behind the withdrawal.
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "withdrew its ratification in November 2023", negated=True)
R(d, "India", "signed", CTBT, None, "India, Pakistan and North Korea have neither signed nor ratified the treaty.", negated=True,
  alt=["India has said it will not sign it in its present form."])
RL(d, ["Pakistan", "Democratic People's Republic of Korea"], "signed", CTBT, None,
   "India, Pakistan and North Korea have neither signed nor ratified the treaty.", negated=True)
RL(d, ["India", "Pakistan", "Democratic People's Republic of Korea"], NOTRATIFIED, CTBT, None,
   "India, Pakistan and North Korea have neither signed nor ratified the treaty.", negated=True)
R(d, "Thailand", RATIFIED, CTBT, "2018-09-25", "Thailand deposited its instrument of ratification on 25 September 2018.")
R(d, "Zimbabwe", RATIFIED, CTBT, "2019-02-13", "Zimbabwe ratified on 13 February 2019.")
R(d, "Cuba", RATIFIED, CTBT, "2021-02-04", "Cuba joined on 4 February 2021, depositing its instrument of ratification the same day it signed.")
R(d, "Cuba", "signed", CTBT, "2021-02-04", "depositing its instrument of ratification the same day it signed")
R(d, "Timor-Leste", RATIFIED, CTBT, "2023", "Timor-Leste ratified in 2023")
R(d, "Papua New Guinea", RATIFIED, CTBT, "2022-03", "Papua New Guinea did so in March 2022.")
RL(d, ["Tuvalu", "Somalia"], "signed", CTBT, None, "Tuvalu and Somalia are among the remaining signatories")
RL(d, ["Tuvalu", "Somalia"], NOTRATIFIED, CTBT, None,
   "Tuvalu and Somalia are among the remaining signatories whose ratifications are still pending.", negated=True)
R(d, UNSC, "adopted", R2310, "2016-09-23", "On 23 September 2016, the UN Security Council adopted resolution 2310")
R(d, "Egypt", "supported", R2310, "2016-09-23", "by 14 votes in favour with Egypt abstaining", negated=True)
R(d, UNSC, "called-for", CTBT, "2016-09-23", "urges all states that have not done so to sign and ratify the treaty", required=False)
# Testing moratoriums and last tests: not treaty actions.
R(d, ["Arms Control Information Center"], "called-for", CTBT, D,
  "The Arms Control Information Center urges the remaining Annex 2 states, beginning with the United States and China, to ratify the CTBT without further delay")

# ===================== 04.html (NGO web analysis page, "The ATT at ten", 23 December 2024) =====================
d = "04.html"
D = "2024-12-23"
# Entry into force ("Tomorrow marks ten years"), the 116/26 counts: nothing.
R(d, GA, "adopted", ATT, "2013-04-02", "The UN General Assembly adopted the Treaty on 2 April 2013")
RL(d, ["Democratic People's Republic of Korea", "Iran", "Syria"], "supported", ATT, "2013-04-02",
   "The three votes against were cast by the Democratic People's Republic of Korea, Iran and Syria.", negated=True)
RL(d, ["China", "Egypt", "India", "Indonesia", "Russian Federation"], "supported", ATT, "2013-04-02",
   "Among those abstaining were China, Egypt, India, Indonesia and the Russian Federation.", negated=True)
R(d, "United States", "signed", ATT, "2013-09-25", "The United States signed the Treaty on 25 September 2013.")
# The letter to the depositary; "never been sent to the Senate" is domestic.
R(d, "United States", NOTBOUND, ATT, None, "it does not intend to become a party", negated=True)
# Canada's export-control legislation: domestic.
R(d, "Canada", ACCEDED, ATT, "2019-06", "Canada acceded in June 2019")
R(d, "China", ACCEDED, ATT, "2020-07-06", "China deposited its instrument of accession on 6 July 2020")
RL(d, ["France", "United Kingdom"], RATIFIED, ATT, "2014", "France and the United Kingdom ratified in 2014")
R(d, "Philippines", "signed", ATT, "2013", "The Philippines, which had signed in 2013")
R(d, "Philippines", RATIFIED, ATT, "2022-03", "completed its ratification in March 2022")
# Reported, then not confirmed by the depositary, and not counted: negated.
R(d, "Gabon", RATIFIED, ATT, None, "Gabon's ratification was reported by several outlets as completed in October", negated=True,
  alt=["we do not count Gabon as a State Party"])
SIG6 = ["Angola", "Colombia", "Israel", "Singapore", "Thailand", "Ukraine"]
for a in SIG6:
    date = {"Israel": "2014-12", "Thailand": "2014"}.get(a)
    altq = {"Israel": ["Israel signed in December 2014"], "Thailand": ["Thailand signed the same year"]}.get(a)
    R(d, a, "signed", ATT, date, "Among the 26 signatories that have yet to ratify are Angola, Colombia, Israel, Singapore, Thailand and Ukraine.", alt=altq)
RL(d, SIG6, NOTRATIFIED, ATT, None,
   "Among the 26 signatories that have yet to ratify are Angola, Colombia, Israel, Singapore, Thailand and Ukraine.", negated=True)
# Thailand's cabinet approval: domestic.
RL(d, ["India", "Iran", "Saudi Arabia", "Russian Federation"], "signed", ATT, None,
   "have never signed the Treaty at all: India, Iran, Saudi Arabia and the Russian Federation among them", negated=True)
R(d, ["Control Arms Watch"], "called-for", ATT, D, "Control Arms Watch calls on all signatories to ratify the ATT in its tenth year")
# CSP11 in Geneva, participation in the Conference, the Voluntary Trust Fund: nothing.

# ===================== 05 (campaign press release, first withdrawals from the Mine Ban Treaty, Geneva, 1 July 2025) =====================
d = "05.txt"
D = "2025-07-01"
SRAAP = ("Siem Reap-Angkor Action Plan", ["Siem Reap-Angkor Action Plan 2025-2029"])
# Withdrawals (notified or announced) are negated party records without a date; the Article 20 mechanics, the
# depositary and the six-month delay are not recorded.
RL(d, ["Estonia", "Latvia", "Lithuania"], NOTBOUND, MBT, None,
   "the decisions of Estonia, Latvia and Lithuania to leave the 1997 Convention", negated=True,
   alt=["the three Baltic States each deposited with the United Nations Secretary-General a notification of withdrawal"])
R(d, "Lithuania", RATIFIED, MBT, "2003-05", "Lithuania ratified it in May 2003")
R(d, "Estonia", ACCEDED, MBT, "2004-05", "Estonia acceded in May 2004")
R(d, "Latvia", ACCEDED, MBT, "2005-07", "Latvia acceded in July 2005")
R(d, "Finland", ACCEDED, MBT, "2012-01", "Finland, which acceded to the Convention in January 2012")
# Parliamentary approval and the Sejm's bill: domestic.
R(d, "Finland", NOTBOUND, MBT, None, "announced in April that it would withdraw", negated=True)
R(d, "Poland", RATIFIED, MBT, "2012-12", "Poland, which ratified the treaty in December 2012")
R(d, "Poland", NOTBOUND, MBT, None, "has also announced its intention to withdraw", negated=True)
R(d, "Ukraine", RATIFIED, MBT, "2005", "Ukraine, which ratified the Convention in 2005")
# The presidential decree is a domestic act; what it states is a planned withdrawal.
R(d, "Ukraine", NOTBOUND, MBT, None, "A presidential decree published on 29 June sets out the intention to withdraw", negated=True)
R(d, "Russian Federation", NOTBOUND, MBT, None, "the Russian Federation, which has never joined the treaty", negated=True,
  alt=["including the United States, China and the Russian Federation"])
# Calling on the five to "reconsider" and on States Parties to defend the norm: not a call to join.
R(d, ["Fifth Review Conference", "Review Conference", "Fifth Review Conference of the Mine Ban Treaty"], "adopted", SRAAP, "2024-11",
  "the Fifth Review Conference in Siem Reap adopted the Siem Reap-Angkor Action Plan in November 2024")
# "every State Party had committed to that plan": no State named.
R(d, ["International Campaign to Ban Landmines", "ICBL"], "called-for", MBT, D,
  "The ICBL also urged the 33 States that remain outside the treaty, including the United States, China and the Russian Federation, to accede to it without delay.")
RL(d, ["United States", "China"], NOTBOUND, MBT, None,
   "the 33 States that remain outside the treaty, including the United States, China and the Russian Federation", negated=True)
R(d, "Marshall Islands", "signed", MBT, "1997", "The Marshall Islands, which signed the treaty in 1997")
R(d, "Marshall Islands", NOTRATIFIED, MBT, None, "is the only signatory that has not ratified it", negated=True)
RL(d, ["Sri Lanka", "State of Palestine"], ACCEDED, MBT, "2017-12",
   "The most recent accessions, by Sri Lanka and the State of Palestine, both came in December 2017.")
# The unnamed EU Member State "considering" withdrawal (denied): no actor. Adoption "in Oslo", signing "in Ottawa",
# entry into force, Norway and Canada as hosts, the ISU: nothing.

# ===================== 06 (national statement, CCM Twelfth Meeting of States Parties, Geneva, 10 September 2024) =====================
d = "06.txt"
D = "2024-09-10"
LAP = ("Lausanne Action Plan", [])
CCMRES = ("General Assembly resolution on the implementation of the Convention on Cluster Munitions",
          ["resolution on the implementation of the Convention on Cluster Munitions", "annual General Assembly resolution on the CCM"])
# The Oslo Process core group and the Dublin negotiations: process, nothing.
R(d, "New Zealand", "signed", CCM, "2008-12-03", "we signed the Convention in Oslo on 3 December 2008")
R(d, "New Zealand", RATIFIED, CCM, "2009-12", "we ratified it in December 2009")
R(d, "New Zealand", COMMITTED, LAP, D, "We remain committed to the full and effective implementation of the Lausanne Action Plan")
R(d, ["Second Review Conference", "Second Review Conference of the CCM", "Review Conference"], "adopted", LAP, "2021",
  "the Lausanne Action Plan, adopted at the Second Review Conference in 2021")
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's decision to withdraw from the Convention on Cluster Munitions", negated=True)
R(d, "Lithuania", PARTY, CCM, "2011", "to which it has been a party since 2011")
# The Seimas vote: domestic; the notification's deposit and effect are the withdrawal already recorded. "We urge Lithuania
# ... to reconsider": not a call to join.
R(d, "United States", NOTBOUND, CCM, None, "The United States, which is not a party to the Convention", negated=True)
R(d, "Russian Federation", NOTBOUND, CCM, None, "the Russian Federation, also outside the Convention", negated=True)
# "We congratulate them both": the acts are Nigeria's and South Sudan's.
R(d, "Nigeria", RATIFIED, CCM, "2023-02", "Nigeria deposited its instrument of ratification in February 2023")
R(d, "South Sudan", ACCEDED, CCM, "2023-08", "South Sudan acceded in August 2023")
SIG5 = ["Angola", "Cyprus", "Indonesia", "Kenya", "Uganda"]
RL(d, SIG5, "signed", CCM, None, "Eleven States have signed the Convention without ratifying it, among them Angola, Cyprus, Indonesia, Kenya and Uganda.")
RL(d, SIG5, NOTRATIFIED, CCM, None,
   "Eleven States have signed the Convention without ratifying it, among them Angola, Cyprus, Indonesia, Kenya and Uganda.", negated=True)
R(d, "New Zealand", "called-for", CCM, D, "we call on all States not yet party to join the Convention without delay",
  alt=["We encourage each of them to complete the process"])
# The Cluster Munitions Prohibition Act 2009: domestic legislation.
R(d, "New Zealand", "co-sponsored", CCMRES, None,
  "We are proud, once again, to co-sponsor the annual General Assembly resolution on the implementation of the Convention on Cluster Munitions.")
# "Last December" against the statement's date.
R(d, GA, "adopted", CCMRES, "2023-12", "Last December the resolution was adopted with 144 votes in favour")
R(d, "Russian Federation", "supported", CCMRES, "2023-12", "only the Russian Federation voted against", negated=True)
RL(d, ["Morocco", "Thailand"], "supported", CCMRES, "2023-12", "a number of States not party, including Morocco and Thailand, voted in favour")
RL(d, ["Morocco", "Thailand"], NOTBOUND, CCM, None, "a number of States not party, including Morocco and Thailand", negated=True)
R(d, "Republic of Korea", "supported", CCMRES, "2023-12", "Others, such as the Republic of Korea, abstained.", negated=True)
# "Others" are other States not party, implied only.
R(d, "Republic of Korea", NOTBOUND, CCM, None, "Others, such as the Republic of Korea, abstained.", negated=True, required=False)
R(d, "New Zealand", ENDORSED, EWIPA, "2022-11", "In November 2022 New Zealand endorsed the Political Declaration")
# "adopted in Dublin" (venue), the co-hosted workshop, the Article 7 report: nothing.

# ===================== 07.html (foreign-ministry press release page, Japan's First Committee resolution, 2 November 2023) =====================
d = "07.html"
D = "2023-11-02"
JRES = ("Steps to building a common roadmap towards a world without nuclear weapons",
        ["draft resolution on the elimination of nuclear weapons", "resolution on nuclear disarmament submitted by Japan", "Japan's resolution"])
CTBTRES = ("draft resolution on the CTBT", ["Comprehensive Nuclear-Test-Ban Treaty"])
VERRES = ("draft resolution on nuclear disarmament verification", ["nuclear disarmament verification"])
HAP = ("Hiroshima Action Plan", [])
FMCT = ("Fissile Material Cut-off Treaty", ["FMCT"])
# "November 1 (local time in New York...)": the vote's date where it took place.
R(d, FC, ADOPTED, JRES, "2023-11-01", "was adopted with the support of 145 countries")
R(d, "Japan", "co-sponsored", JRES, None, "submitted by Japan to the First Committee of the United Nations General Assembly")
RL(d, ["United States", "United Kingdom", "Australia", "Canada", "Germany", "Italy", "Netherlands", "Republic of Korea", "Poland"],
   "co-sponsored", JRES, None,
   "This year's draft resolution was co-sponsored by 79 countries, including the United States, the United Kingdom, Australia, Canada, Germany, Italy, the Netherlands, the Republic of Korea and Poland.")
RL(d, ["China", "Democratic People's Republic of Korea", "Russian Federation", "Syria"], "supported", JRES, "2023-11-01",
   "Four countries, China, the Democratic People's Republic of Korea, the Russian Federation and Syria, voted against", negated=True)
RL(d, ["Brazil", "Egypt", "Iran", "Pakistan", "South Africa"], "supported", JRES, "2023-11-01",
   "27 countries abstained, among them Brazil, Egypt, Iran, Pakistan and South Africa", negated=True)
R(d, "Japan", COMMITTED, HAP, "2022", "the \"Hiroshima Action Plan\" announced by Prime Minister Kishida at the 2022 NPT Review Conference",
  required=False)
# The resolution's own calls (CTBT signature, FMCT negotiations) are the text's, not an actor's.
R(d, "Japan", "called-for", FMCT, None, "for the immediate commencement of negotiations on a Fissile Material Cut-off Treaty (FMCT)", required=False)
# "every year since 1994": earlier resolutions, unnamed. The plenary in December: a future meeting outcome, nothing.
R(d, "Japan", "co-sponsored", CTBTRES, None, "Japan also co-sponsored the draft resolution on the CTBT")
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", CTBTRES, None, "the draft resolution on the CTBT submitted by Australia, Mexico and New Zealand")
R(d, "Japan", "co-sponsored", VERRES, None,
  "Japan also co-sponsored the draft resolution on the CTBT submitted by Australia, Mexico and New Zealand, and the draft resolution on nuclear disarmament verification submitted by Norway")
R(d, "Norway", "co-sponsored", VERRES, None, "the draft resolution on nuclear disarmament verification submitted by Norway")
R(d, "Japan", "signed", TPNW, None, "it will not sign the Treaty on the Prohibition of Nuclear Weapons (TPNW) at this time", negated=True)
# The TPNW draft's vote is not dated in the text.
R(d, "Japan", "supported", ("draft resolution on the TPNW", ["Treaty on the Prohibition of Nuclear Weapons"]), None,
  "Japan voted against the draft resolution on the TPNW at the First Committee.", negated=True)
# "with the NPT as the cornerstone", deterrence: nothing.

# ===================== 08 (EU statement, BWC Working Group fifth session, Geneva, 2 December 2024) =====================
d = "08.txt"
D = "2024-12-02"
FD9 = ("Final Document of the Ninth Review Conference", ["Final Document"])
SDR = ("draft resolution S/2022/821", ["S/2022/821", "Russia's draft resolution"])
# Alignment of candidate countries, EFTA and others with the statement: no record.
R(d, "European Union", COMMITTED, BWC, D,
  "The EU and its Member States remain fully committed to the Biological and Toxin Weapons Convention (BTWC)")
# "All 27 EU Member States are States Parties": no State named.
R(d, "South Sudan", ACCEDED, BWC, "2023-02", "We welcome the accession of South Sudan in February 2023")
SIG4 = ["Egypt", "Haiti", "Somalia", "Syria"]
RL(d, SIG4, "signed", BWC, None, "Egypt, Haiti, Somalia and Syria signed the BTWC but have yet to ratify it")
RL(d, SIG4, NOTRATIFIED, BWC, None, "Egypt, Haiti, Somalia and Syria signed the BTWC but have yet to ratify it", negated=True)
OUT5 = ["Chad", "Djibouti", "Israel", "Kiribati", "Tuvalu"]
RL(d, OUT5, "signed", BWC, None, "Chad, Djibouti, Israel, Kiribati and Tuvalu have neither signed nor acceded to it", negated=True)
RL(d, OUT5, NOTBOUND, BWC, None, "Chad, Djibouti, Israel, Kiribati and Tuvalu have neither signed nor acceded to it", negated=True)
R(d, "European Union", "called-for", BWC, D, "The EU calls upon all of them to join the Convention without further delay.")
# Council Decisions (EU funding, unnamed): nothing.
R(d, ["Ninth Review Conference", "Ninth Review Conference of the BWC", "Review Conference"], "adopted", FD9, "2022-12",
  "The Ninth Review Conference in December 2022 adopted by consensus a Final Document", required=False)
# The call to agree on two mechanisms, support for the ISU and the SG's Mechanism: process and institutions, nothing.
# The Article V consultative meeting and the Article VI complaint are procedures, not instruments.
R(d, UNSC, "adopted", SDR, None, "the Security Council rejected Russia's draft resolution S/2022/821", negated=True)
R(d, "Russian Federation", "co-sponsored", SDR, None, "Russia's draft resolution S/2022/821", required=False)
RL(d, ["Russian Federation", "China"], "supported", SDR, "2022-11-02", "only the Russian Federation and China voted in favour")
RL(d, ["France", "United Kingdom", "United States"], "supported", SDR, "2022-11-02",
   "France, the United Kingdom and the United States voted against", negated=True)
# "the ten other members abstained": unnamed. Resolution 1540 and the call to implement it, CBM returns: nothing.

# ===================== 09 (national statement, OPCW Conference of the States Parties CSP-28, 28 November 2023) =====================
d = "09.txt"
D = "2023-11-28"
R2118 = ("resolution 2118 (2013)", ["Security Council resolution 2118", "resolution 2118"])
DEC9 = ("decision C-25/DEC.9", ["C-25/DEC.9"])
DTHREAT = ("Addressing the Threat Posed by the Use of Chemicals as Weapons", ["draft decision"])
CSP = ["Conference of the States Parties", "Conference of the States Parties to the Chemical Weapons Convention", "OPCW Conference of the States Parties"]
# Associating with the EU statement; the destruction of the last declared stockpiles and the Global Partnership: nothing.
R(d, "Canada", "signed", CWC, "1993-01-13", "Canada signed the Convention in Paris on 13 January 1993")
R(d, "Canada", RATIFIED, CWC, "1995-09-26", "ratified it on 26 September 1995")
# "193 States Parties": unnamed.
R(d, "Israel", "signed", CWC, "1993", "Israel signed the Convention in 1993")
R(d, "Israel", NOTRATIFIED, CWC, None, "Israel signed the Convention in 1993 but has never ratified it.", negated=True)
RL(d, ["Egypt", "Democratic People's Republic of Korea"], "signed", CWC, None,
   "Egypt and the Democratic People's Republic of Korea have neither signed nor acceded.", negated=True)
RL(d, ["Egypt", "Democratic People's Republic of Korea"], NOTBOUND, CWC, None,
   "Egypt and the Democratic People's Republic of Korea have neither signed nor acceded.", negated=True)
R(d, "Canada", "called-for", CWC, D, "Canada urges all three to join the Convention without further delay and without preconditions.")
R(d, "Syria", ACCEDED, CWC, "2013-09", "The Syrian Arab Republic acceded to the Convention in September 2013")
# "a framework endorsed by the Security Council": the framework is not named.
R(d, UNSC, "adopted", R2118, "2013-09-27", "resolution 2118 (2013), adopted unanimously on 27 September 2013")
R(d, CSP, "adopted", DEC9, "2021-04", "In April 2021, this Conference adopted decision C-25/DEC.9")
R(d, "Canada", "supported", DEC9, "2021-04", "Canada voted in favour of that decision")
RL(d, ["Russian Federation", "China", "Iran"], "supported", DEC9, "2021-04",
   "the Russian Federation, China and Iran voted against it", negated=True)
R(d, "Russian Federation", PARTY, CWC, None, "The Russian Federation, a State Party to the Convention")
# Calling on Russia to declare and destroy: not a call to join.
R(d, "Canada", "co-sponsored", DTHREAT, D, "Canada is pleased to co-sponsor, with 48 other States Parties, the draft decision")
# "We hope the Conference will adopt it this week": a future meeting outcome (kept, optional, as not done).
R(d, CSP, "adopted", DTHREAT, None, "We hope the Conference will adopt it this week", negated=True, required=False)
# The ChemTech Centre and the Article X Trust Fund: institutions and funding.
R(d, "Canada", COMMITTED, CWC, D, "Canada remains firmly committed to the Chemical Weapons Convention")

# ===================== 10.md (think-tank blog post, scorecard of political declarations, 18 November 2024) =====================
d = "10.md"
D = "2024-11-18"
PDAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy",
        ["Political Declaration on military AI", "US-led Political Declaration"])
BP = ("REAIM Blueprint for Action", ["Blueprint for Action"])
CTA = ("REAIM Call to Action", ["Call to Action"])
LAWS24 = ("resolution on lethal autonomous weapons systems", ["second resolution on lethal autonomous weapons systems"])
# "adopted at Dublin Castle exactly two years ago today": venue, no named body. "that day" = 2022-11-18.
RL(d, ["United States", "United Kingdom", "France", "Germany", "Ireland"], ENDORSED, EWIPA, "2022-11-18",
   "Eighty-three States endorsed it that day, including the United States, the United Kingdom, France, Germany and Ireland")
RL(d, ["Colombia", "Bosnia and Herzegovina"], ENDORSED, EWIPA, "2024-04",
   "Colombia and Bosnia and Herzegovina endorsed the Declaration at the first follow-up conference, held in Oslo in April 2024.")
# Hosting the Oslo conference is not endorsing; Norway's endorsement is "in Dublin", the day of adoption.
R(d, "Norway", ENDORSED, EWIPA, "2022-11-18", "Norway endorsed the text in Dublin as well")
RL(d, ["Russian Federation", "Israel", "China"], ENDORSED, EWIPA, None,
   "The Russian Federation, Israel and China have not endorsed the Declaration.", negated=True)
R(d, "India", ENDORSED, EWIPA, None, "has said only that it is \"studying\" the final text", negated=True)
# Presenting (launching) one's own declaration as endorsing it: optional.
R(d, "United States", ENDORSED, PDAI, "2023-02", "first presented by the United States at The Hague in February 2023", required=False)
RL(d, ["Australia", "Canada", "Japan", "Republic of Korea"], ENDORSED, PDAI, None, "Australia, Canada, Japan, the Republic of Korea")
RL(d, ["Albania", "Kenya"], ENDORSED, PDAI, "2024", "Albania, Kenya")
RL(d, ["China", "Russian Federation"], ENDORSED, PDAI, None, "China, Brazil, the Russian Federation", negated=True)
R(d, "Brazil", ENDORSED, PDAI, None, "China, Brazil, the Russian Federation", negated=True,
  alt=["Brazil \"does not rule out\" endorsing at a later stage"])
# Co-hosting the REAIM summit: nothing.
RL(d, ["Netherlands", "Republic of Korea", "United Kingdom", "United States"], ENDORSED, BP, "2024-09",
   "Some 61 States endorsed it, among them the Netherlands, the Republic of Korea, the United Kingdom and the United States.")
R(d, "China", ENDORSED, CTA, "2023-02", "China endorsed the REAIM Call to Action at the first summit in The Hague in February 2023")
R(d, "China", ENDORSED, BP, None, "this year it did not endorse the Blueprint", negated=True,
  alt=["Around thirty participating States, China among them, attended in Seoul without endorsing."])
R(d, FC, ADOPTED, LAWS24, "2024-11-05", "The First Committee approved its second resolution on lethal autonomous weapons systems on 5 November 2024.")
# The plenary "next month": a future meeting outcome, kept optional as not done.
R(d, GA, "adopted", LAWS24, None, "it is expected to be adopted by a large majority", negated=True, required=False)
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Russian Federation"], "supported", LAWS24, "2024-11-05",
   "3 against (Belarus, the Democratic People's Republic of Korea, the Russian Federation)", negated=True)
RL(d, ["China", "India", "Iran", "Israel"], "supported", LAWS24, "2024-11-05",
   "13 abstentions, including China, India, Iran and Israel", negated=True)

# ===================== 11 (joint ministerial statement, Friends of the CTBT, New York, 25 September 2024) =====================
d = "11.txt"
D = "2024-09-25"
FRIENDS = ["Australia", "Canada", "Finland", "Germany", "Japan", "Netherlands"]
FDM = ("Final Declaration and Measures to Promote the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty",
       ["Final Declaration of the Article XIV Conference", "Article XIV Final Declaration"])
# "We" is each of the six Friends.
RL(d, FRIENDS, "signed", CTBT, None, "All six of our countries have signed and ratified the CTBT")
RL(d, FRIENDS, RATIFIED, CTBT, None, "All six of our countries have signed and ratified the CTBT")
RL(d, FRIENDS, COMMITTED, CTBT, D, "we remain committed to the Treaty and to its early entry into force")
# The DPRK's tests and the urging to refrain: not treaty actions.
R(d, "Russian Federation", NOTRATIFIED, CTBT, None, "the decision of the Russian Federation, in November 2023, to withdraw its ratification of the CTBT",
  negated=True)
R(d, "Russian Federation", "signed", CTBT, None, "it remains a signatory")
# "call on it to reverse its decision": not a call to sign or ratify as such; the general call below covers it.
# Welcoming others' ratifications: the ratifications are Sri Lanka's and Timor-Leste's (no date of their own).
RL(d, ["Sri Lanka", "Timor-Leste"], RATIFIED, CTBT, None,
   "We welcome the ratifications of the Treaty since our last Ministerial Meeting by Sri Lanka and Timor-Leste")
RL(d, ["Somalia", "Tuvalu"], NOTRATIFIED, CTBT, None, "the progress reported by Somalia and Tuvalu towards ratification", negated=True)
RL(d, FRIENDS, "called-for", CTBT, D,
   "We call on all States that have not yet done so, and in particular the remaining Annex 2 States")
RL(d, ["China", "Egypt", "India", "Iran", "Israel", "Democratic People's Republic of Korea", "Pakistan", "United States"],
   NOTRATIFIED, CTBT, None,
   "the remaining Annex 2 States, China, Egypt, India, Iran, Israel, the DPRK, Pakistan, the Russian Federation and the United States", negated=True)
R(d, ["Article XIV Conference", "Conference on Facilitating the Entry into Force of the CTBT"], "adopted", FDM, "2023-09",
  "adopted by the Article XIV Conference in New York in September 2023")
# Resolution 2310 recalled, moratorium encouraged; monitoring stations, contributions, inspection exercises: nothing.

# ===================== 12 (national explanation of vote, First Committee cluster 1, New York, 4 November 2024) =====================
d = "12.txt"
D = "2024-11-04"
L6 = ("L.6", ["draft resolution L.6", "Comprehensive Nuclear-Test-Ban Treaty resolution"])
L27 = ("L.27", ["draft resolution L.27", "Treaty on the Prohibition of Nuclear Weapons resolution"])
L30 = ("Steps to building a common roadmap towards a world without nuclear weapons", ["L.30", "draft resolution L.30"])
L16 = ("Nuclear war effects and scientific research", ["L.16", "draft resolution L.16"])
L5 = ("Establishment of a nuclear-weapon-free zone in the region of the Middle East", ["L.5", "draft resolution L.5"])
L54 = ("Follow-up to the advisory opinion of the International Court of Justice on the Legality of the Threat or Use of Nuclear Weapons",
       ["L.54", "draft resolution L.54"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty"])
AP = ("Additional Protocol", ["IAEA Additional Protocol", "Additional Protocol with the International Atomic Energy Agency"])
# An explanation of vote after the vote: the votes are the statement's day.
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", L6, None,
   "As one of the three penholders of this resolution, together with Mexico and New Zealand")
R(d, "Australia", "supported", L6, D, "Australia was of course pleased to vote in favour")
R(d, "Australia", "signed", CTBT, "1996", "Australia signed the CTBT on the day it opened for signature in 1996")
R(d, "Australia", RATIFIED, CTBT, "1998", "ratified it in 1998")
R(d, "Australia", "called-for", CTBT, D, "we call on the remaining Annex 2 States to sign and ratify it without delay")
# "in earlier years, Australia voted against": earlier years' resolutions, not this draft.
R(d, "Australia", "supported", L27, D, "Australia has again abstained on this resolution", negated=True)
# Attending the Second Meeting of States Parties as an observer: nothing.
R(d, "Australia", "signed", TPNW, None, "Australia is therefore not in a position to sign or ratify the TPNW at this stage.", negated=True)
R(d, "Australia", NOTRATIFIED, TPNW, None, "Australia is therefore not in a position to sign or ratify the TPNW at this stage.", negated=True)
R(d, "Australia", "co-sponsored", L30, None, "Australia was pleased to co-sponsor and to vote in favour of Japan's resolution")
R(d, "Australia", "supported", L30, D, "Australia was pleased to co-sponsor and to vote in favour of Japan's resolution")
R(d, "Japan", "co-sponsored", L30, None, "Japan's resolution", required=False)
RL(d, ["Ireland", "New Zealand"], "co-sponsored", L16, None, "tabled by Ireland and New Zealand")
R(d, "Australia", "supported", L16, D, "Australia voted in favour.")
R(d, "Australia", "supported", L5, D, "Australia joined the consensus, as it has for many years.")
R(d, "Australia", "supported", L54, D, "Australia voted against this resolution.", negated=True)
# The ICJ advisory opinion of 1996: not an instrument Australia acted on.
R(d, "Australia", PARTY, NPT, "1973", "Australia has been a party to the NPT since 1973")
R(d, "Australia", RATIFIED, RARO, "1986", "ratified the South Pacific Nuclear Free Zone Treaty, the Treaty of Rarotonga, in 1986")
R(d, "Australia", "signed", AP, "1997-09-23", "signing on 23 September 1997")
R(d, "Australia", RATIFIED, AP, None, "the first State to sign and bring into force an Additional Protocol", required=False)
# "will not acquire nuclear weapons", the Article 14 arrangement under negotiation, the 2026 PrepCom: nothing.

# ===================== 13.html (news site article page, TPNW Third Meeting of States Parties, Saturday 8 March 2025) =====================
d = "13.html"
D = "2025-03-08"
DECL3 = ("Our commitment to upholding the prohibition of nuclear weapons and averting their catastrophic consequences",
         ["political declaration of the Third Meeting of States Parties", "3MSP political declaration", "political declaration"])
MSP3 = ["Third Meeting of States Parties to the TPNW", "States parties to the Treaty on the Prohibition of Nuclear Weapons",
        "Third Meeting of States Parties", "3MSP"]
# "on Friday" against Saturday 8 March 2025 is 7 March; "on Monday" 3 March; "On Tuesday" 4 March.
R(d, MSP3, "adopted", DECL3, "2025-03-07", "adopting a political declaration entitled")
# Kazakhstan's presidency: nothing.
R(d, "Kazakhstan", "signed", TPNW, "2018-03", "Kazakhstan signed the treaty in March 2018")
R(d, "Kazakhstan", RATIFIED, TPNW, "2019", "ratified it the following year")
# Entry into force, "73 states parties": nothing.
RL(d, ["Sierra Leone", "Solomon Islands"], RATIFIED, TPNW, "2024-09",
   "Among the most recent to ratify are Sierra Leone and the Solomon Islands, which both deposited their instruments last September.")
RL(d, ["Austria", "Ireland", "Mexico"], PARTY, TPNW, None,
   "Austria, Ireland and Mexico, which championed the treaty's negotiation in 2017, have been parties since before its entry into force.")
R(d, "Kazakhstan", "called-for", TPNW, "2025-03-07", "urged the nuclear-armed states and their allies to join the treaty")
# Attending (or not) as an observer is not a treaty action.
R(d, "Germany", NOTBOUND, TPNW, None, "Germany would not accede to the treaty", negated=True)
R(d, ["Nihon Hidankyo"], "called-for", TPNW, "2025-03-04", "called on the Japanese government to sign and ratify the treaty")
R(d, "Japan", "signed", TPNW, None, "Japan has not signed the TPNW", negated=True)
# The annual resolution is not named or dated; the move is from votes against to abstentions.
R(d, "Australia", "supported", ("annual General Assembly resolution on the TPNW", ["General Assembly resolution on the treaty"]), None,
  "Australia, which has moved from voting against to abstaining on the annual General Assembly resolution on the treaty", negated=True,
  required=False)
R(d, "Indonesia", "signed", TPNW, "2017-09-20", "Indonesia, which signed on 20 September 2017")
# Parliamentary approval: domestic.
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "its instrument of ratification had not been deposited by the close of the meeting", negated=True)
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil, another opening-day signatory")
R(d, "Brazil", NOTRATIFIED, TPNW, None, "has not ratified either", negated=True)
# The unnamed West African signatory (reported, then denied): no actor. The Review Conference and 4MSP: nothing.

# ===================== 14.md (monitoring report, web edition chapter on universalization, 20 November 2024) =====================
d = "14.md"
D = "2024-11-20"
R7833 = ("Resolution 78/33", ["UN General Assembly Resolution 78/33", "resolution 78/33"])
R(d, "Sri Lanka", ACCEDED, MBT, "2017-12-13", "Sri Lanka, which acceded on 13 December 2017")
R(d, "State of Palestine", ACCEDED, MBT, "2017-12-29", "the State of Palestine, which acceded on 29 December 2017")
OUTLIST = ("They are: Armenia, Azerbaijan, Bahrain, China, Cuba, Egypt, Georgia, India, Iran, Israel, Kazakhstan, Kyrgyzstan, "
           "Lao PDR, Lebanon, Libya, the Marshall Islands, Micronesia, Mongolia, Morocco, Myanmar, Nepal, North Korea, Pakistan, "
           "Russia, Saudi Arabia, Singapore, South Korea, Syria, Tonga, the United Arab Emirates, the United States, Uzbekistan and Vietnam.")
R(d, "Marshall Islands", "signed", MBT, "1997-12-04", "The Marshall Islands signed the Mine Ban Treaty on 4 December 1997")
R(d, "Marshall Islands", NOTRATIFIED, MBT, None, "The Marshall Islands signed the Mine Ban Treaty on 4 December 1997 but has not ratified it.",
  negated=True, alt=[OUTLIST])
# The list of States outside the treaty runs over line breaks; each is a negated party record.
OUT = ["Armenia", "Azerbaijan", "Bahrain", "China", "Cuba", "Egypt", "Georgia", "India", "Iran", "Israel", "Kazakhstan",
       "Kyrgyzstan", "Lao PDR", "Lebanon", "Libya", "Micronesia", "Mongolia", "Morocco", "Myanmar", "Nepal",
       "Democratic People's Republic of Korea", "Pakistan", "Russian Federation", "Saudi Arabia", "Singapore", "Republic of Korea",
       "Syria", "Tonga", "United Arab Emirates", "United States", "Uzbekistan", "Viet Nam"]
OUTALT = {"Morocco": ["\"security constraints\" prevent its accession for now"],
          "Mongolia": ["Mongolia has stated since 2014 that it intends to accede \"when conditions allow,\""],
          "United States": ["The US remains outside the treaty."],
          "Myanmar": ["government forces of Myanmar and Russia, both States not party"],
          "Russian Federation": ["government forces of Myanmar and Russia, both States not party"]}
for a in OUT:
    R(d, a, NOTBOUND, MBT, None, OUTLIST, negated=True, alt=OUTALT.get(a))
# The US 2022 policy "commits it to pursue measures": no commitment to the instrument; the transfer to Ukraine: nothing.
R(d, GA, "adopted", R7833, "2023-12-04", "On 4 December 2023, the UN General Assembly adopted Resolution 78/33")
# The resolution's call for universalization, as the Assembly's (optional, as in 03.md).
R(d, GA, "called-for", MBT, "2023-12-04", "calling for universalization and full implementation of the Mine Ban Treaty", required=False)
# "Sixteen States not party voted in favor": unnamed.
RL(d, ["Egypt", "India", "Iran"], "supported", R7833, "2023-12-04", "Egypt, India and Iran;", negated=True)
RL(d, ["Russian Federation", "Republic of Korea", "United States"], "supported", R7833, "2023-12-04",
   "Russia, South Korea and the United States.", negated=True)
# Absent for the vote = not taking part; the earlier abstentions are earlier resolutions.
R(d, "Myanmar", "supported", R7833, "2023-12-04", "was absent for the vote", negated=True)
R(d, "Ukraine", PARTY, MBT, "2005", "Ukraine, a State Party since 2005")
RL(d, ["Cook Islands", "Niue"], PARTY, MBT, None, "the Cook Islands and Niue, which are States Parties")
# Adoption, entry into force and the depositary (footnote 1); the Holy See (status not stated); the letter itself: nothing.

# ===================== 15 (UN meetings coverage, Security Council vote on outer-space draft, 24 April 2024) =====================
d = "15.txt"
D = "2024-04-24"
S302 = ("draft resolution S/2024/302", ["S/2024/302"])
PPWT = ("draft treaty on the prevention of the placement of weapons in outer space, and of the threat or use of force against outer space objects",
        ["PPWT", "Treaty on the Prevention of the Placement of Weapons in Outer Space"])
R(d, UNSC, "adopted", S302, None, "The Security Council today failed to adopt a draft resolution", negated=True)
RL(d, ["Japan", "United States"], "co-sponsored", S302, None, "put forward by Japan and the United States")
# "co-sponsored by more than 60 Member States": unnamed.
R(d, "Russian Federation", "supported", S302, D, "1 against (Russian Federation)", negated=True)
R(d, "China", "supported", S302, D, "1 abstention (China)", negated=True, alt=["explaining his abstention"])
# "Every Council member is party to the Outer Space Treaty": members not named. The call to "reaffirm their commitments": not a call to join.
R(d, "Japan", PARTY, OST, "1967", "his country had been a State party to the Outer Space Treaty since 1967")
R(d, "Russian Federation", COMMITTED, OST, D, "his country remained fully committed to the Outer Space Treaty")
RL(d, ["Russian Federation", "China"], "co-sponsored", PPWT, "2008",
   "Together with China, his country had proposed as early as 2008 a draft treaty on the prevention of the placement of weapons in outer space")
# Russia's own draft "in the coming weeks" is unnamed and planned; the Russian-Chinese amendment is not an instrument: nothing.
RL(d, ["France", "United Kingdom", "Republic of Korea"], "supported", S302, D,
   "the representatives of France, the United Kingdom and the Republic of Korea said their delegations voted in favour")
R(d, "Switzerland", "supported", S302, D, "his delegation had voted in favour of the text")
R(d, "Malta", "supported", S302, D, "as did Malta's speaker")
R(d, "Guyana", "supported", S302, D, "her country voted in favour to preserve space for peaceful uses")
R(d, "Mozambique", "supported", S302, D, "his delegation voted in favour and called on the Council to revert to the matter")
# Algeria's and Slovenia's speakers do not state their votes; the veto-initiative debate: nothing.
R(d, "Ecuador", RATIFIED, OST, "1969", "his country had ratified the Outer Space Treaty in 1969")
R(d, "Ecuador", "supported", S302, D, "voted in favour of the draft")

# ===================== 16 (foreign-ministry press release, CCM accession, Colombo, 2 March 2018) =====================
d = "16.txt"
D = "2018-03-02"
CCW = ("Convention on Certain Conventional Weapons", ["CCW"])
CCMRES16 = ("annual General Assembly resolution on the implementation of the Convention",
            ["General Assembly resolution on the implementation of the Convention on Cluster Munitions"])
R(d, "Sri Lanka", ACCEDED, CCM, "2018-03-01", "Sri Lanka acceded to the Convention on Cluster Munitions (CCM) on 1 March 2018",
  alt=["deposited the Instrument of Accession"])
# The depositary, the Cabinet's approval (domestic), entry into force for Sri Lanka: nothing; becoming a State Party on
# a future date is planned (negated, undated).
R(d, "Sri Lanka", NOTBOUND, CCM, None, "on which date Sri Lanka will become a State Party to the Convention on Cluster Munitions", negated=True)
# Adoption "in Dublin": venue. Never produced or used: not a treaty action.
R(d, "Sri Lanka", ACCEDED, MBT, "2017-12-13", "its accession to the Anti-Personnel Mine Ban Convention on 13 December 2017")
R(d, "Sri Lanka", PARTY, CCW, "2004", "Sri Lanka has been a High Contracting Party to the Convention on Certain Conventional Weapons and its Protocols since 2004")
# The 2015 announcement, since overtaken by the accession.
R(d, "Sri Lanka", ACCEDED, CCM, None, "that it would consider accession", negated=True, required=False)
R(d, "Sri Lanka", "supported", CCMRES16, "2017-12", "Sri Lanka has voted in favour of the annual General Assembly resolution on the implementation of the Convention, most recently in December 2017")
R(d, "Sri Lanka", ACCEDED, NPT, "1979", "Sri Lanka acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1979")
R(d, "Sri Lanka", RATIFIED, CWC, "1994-08-19", "ratified the Chemical Weapons Convention on 19 August 1994")
R(d, "Sri Lanka", PARTY, BWC, None, "is a State Party to the Biological Weapons Convention")
R(d, "Sri Lanka", "signed", CTBT, "2016-10-24", "Sri Lanka signed the Comprehensive Nuclear-Test-Ban Treaty on 24 October 2016")
R(d, "Sri Lanka", NOTRATIFIED, CTBT, None, "steps towards its ratification are under consideration by the relevant authorities", negated=True)
R(d, "Sri Lanka", "supported", TPNW, "2017-07", "Sri Lanka voted in favour of the adoption of the Treaty on the Prohibition of Nuclear Weapons in July 2017")
R(d, "Sri Lanka", "signed", TPNW, None, "has not signed the Treaty, which remains under study", negated=True)
R(d, "Sri Lanka", "supported", ATT, "2013-04", "Sri Lanka abstained in the vote on the adoption of the Arms Trade Treaty by the General Assembly in April 2013",
  negated=True)
R(d, GA, "adopted", ATT, "2013-04", "the adoption of the Arms Trade Treaty by the General Assembly in April 2013", required=False)
R(d, "Sri Lanka", NOTBOUND, ATT, None, "is not a State Party to the ATT", negated=True)
R(d, "Sri Lanka", "called-for", CCM, D, "encourages other States in the South Asian region that have not yet done so to accede to the Convention on Cluster Munitions")
R(d, "Sri Lanka", "called-for", MBT, D, "to accede to the Convention on Cluster Munitions and to the Mine Ban Convention")
# The Eighth Meeting of States Parties (future participation) and the Coalition's welcome: nothing. "103 States": unnamed.


gold.finish(MIN_CHARS, MAX_CHARS)
