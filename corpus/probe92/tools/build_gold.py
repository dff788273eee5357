#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Three documents are Markdown (03, 07, 12) and three are saved HTML pages (02, 05, 15);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: the United Nations' own meetings coverage and official records of the General Assembly plenary, its Main
Committees and the Security Council: meetings-coverage press releases, verbatim and summary records, explanations of vote
before and after the vote, sponsor lists and additional sponsors announced from the podium, recorded votes, drafts
adopted without a vote, revisions and oral amendments (2016-2025).

Conventions of this corpus (on top of the READMEs' rules):
- A vote in favour is `supported`; a vote against, an abstention, a veto or not taking part is `supported` negated and keeps
  the date of the vote. Joining a consensus is `supported`; dissociating from or "distancing itself from" the consensus on
  a text as a whole is `supported` negated; dissociating from one paragraph only gives no record.
- Adoption of a resolution (or approval of a draft by a Main Committee) is the body's `adopted`; a draft that fails
  (veto, not enough votes) is the Council's `adopted` negated; action deferred to a later meeting is `adopted` negated.
- Sponsors named in a draft's document or listed as its authors are `co-sponsored` without a date; sponsors announced
  as joining at a dated meeting take that meeting's date only where the text says they joined there.
- Votes on amendments (oral or in an L-document) and on procedural motions (no-action motions) give no record: an
  amendment or a motion is not an instrument. Statements "in explanation of vote" that do not say how the delegation
  voted give no record. Co-facilitators, penholders that are not said to sponsor, venues, hosts, depositaries, entry
  into force, implementation, domestic steps and membership of bodies give no record.
- A text's calls ("By the text, the Assembly urged States to ratify ...") are the adopting body's `called-for`, dated by
  the adoption; a call in a draft only approved in committee ("the Assembly would urge") is planned, hence negated.
- Relative dates ("on Monday", "last year", "in April") resolve against the document's own date.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Syria", "China", "Kenya", "Mexico", "Germany", "Netherlands", "Republic of Korea", "Viet Nam", "Bolivia",
          "Venezuela", "Kazakhstan", "Czechia", "State of Palestine", "Micronesia", "Marshall Islands", "Philippines", "Ecuador",
          "Cambodia", "Central African Republic", "Egypt", "Saudi Arabia", "Costa Rica", "Chile", "Ghana", "Bangladesh", "Samoa",
          "Uganda", "Rwanda", "Kyrgyzstan", "Fiji", "Paraguay", "Côte d'Ivoire", "Cabo Verde"),
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
    "Austria": ["Austria", "Republic of Austria"],
    "Israel": ["Israel", "State of Israel"],
    "Ireland": ["Ireland"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Angola": ["Angola", "Republic of Angola"],
    "Malta": ["Malta", "Republic of Malta"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Albania": ["Albania", "Republic of Albania"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Hungary": ["Hungary"],
    "Poland": ["Poland", "Republic of Poland"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "New Zealand": ["New Zealand"],
    "Malaysia": ["Malaysia"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for
WG = ["Sixth Committee", "UN General Assembly Sixth Committee", "Sixth Committee of the General Assembly"]
FC = ["First Committee", "UN General Assembly First Committee", "First Committee of the General Assembly"]
SC2 = ["Second Committee", "UN General Assembly Second Committee", "Second Committee of the General Assembly"]
FOURTH = ["Fourth Committee", "UN General Assembly Fourth Committee", "Special Political and Decolonization Committee"]
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]


# ===================== 01 (Security Council meetings-coverage press release SC/12657, resolution 2334, 23 December 2016) =====================
d = "01.txt"
D = "2016-12-23"
R2334 = ("resolution 2334 (2016)", ["resolution 2334", "Security Council resolution 2334"])
S201124 = ("draft resolution S/2011/24", ["S/2011/24"])
API = ("Arab Peace Initiative", ["Arab Peace Initiative of 2002"])
R(d, UNSC, ADOPTED, R2334, D, "Adopting resolution 2334 (2016) by 14 votes in favour to none against")
FOURTEEN = ["Angola", "China", "Egypt", "France", "Japan", "Malaysia", "New Zealand", "Russian Federation", "Senegal", "Spain",
            "Ukraine", "United Kingdom", "Uruguay", "Venezuela"]
RL(d, FOURTEEN, "supported", R2334, D,
   "Voting in favour were Angola, China, Egypt, France, Japan, Malaysia, New Zealand, the Russian Federation, Senegal, Spain, Ukraine, the United Kingdom, Uruguay and Venezuela.")
R(d, "United States", "supported", R2334, D, "with 1 abstention (United States)", negated=True,
  alt=["the United States had not voted in favour"])
# "put to the vote by its four co-sponsors", after Egypt's postponement: they acted as the text's sponsors; the sponsoring is not dated.
RL(d, ["Malaysia", "New Zealand", "Senegal", "Venezuela"], "co-sponsored", R2334, None,
   "The draft was put to the vote by its four co-sponsors — Malaysia, New Zealand, Senegal and Venezuela",
   alt=["his country had co-sponsored the text"])
# Egypt circulated the text but withdrew from it: "no longer among the sponsors".
R(d, "Egypt", "co-sponsored", R2334, None, "was no longer among the sponsors of the text", negated=True)
# Fourth Geneva Convention: a call to comply, not to join. The Secretary-General's reports: implementation. Nothing.
# A veto is a vote against: negated, dated February 2011; the vetoed draft was not adopted by the Council.
R(d, "United States", "supported", S201124, "2011-02", "in February 2011 the United States had vetoed draft resolution S/2011/24", negated=True)
R(d, UNSC, ADOPTED, S201124, None, "the United States had vetoed draft resolution S/2011/24", negated=True)
# A commitment stated in a dated statement takes its date.
R(d, "Malaysia", COMMITTED, API, D, "his delegation remained committed to the Arab Peace Initiative of 2002")
# France's Paris conference of 15 January 2017: a meeting, no instrument. Senegal chairing a committee: nothing.
# Israel, not a Council member, "rejects" the resolution: not a vote, but plainly not support (optional).
R(d, "Israel", "supported", R2334, None, "Israel rejects this shameful resolution and would not abide by it", negated=True, required=False)
# Palestine welcomes the resolution itself (not another actor's act).
R(d, "State of Palestine", "welcomed", R2334, D, "Palestine welcomed the resolution")

# ===================== 02.html (GA meetings-coverage press release GA/12113, Global Compact for Migration, 19 December 2018) =====================
d = "02.html"
D = "2018-12-19"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact on Migration", "resolution 73/195"])
GCR = ("Global Compact on Refugees", ["resolution 73/151", "Refugees Compact"])
RC51 = ("1951 Convention relating to the Status of Refugees", ["Convention relating to the Status of Refugees", "Refugee Convention", "1951 Convention"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW"])
# The Assembly endorses a compact adopted elsewhere: endorsed (adoption by a body accepted too).
R(d, GA, ["endorsed", "adopted"], GCM, D, "The General Assembly today endorsed the Global Compact for Safe, Orderly and Regular Migration")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, D,
   "by a recorded vote of 152 in favour to 5 against (Czech Republic, Hungary, Israel, Poland, United States), with 12 abstentions", negated=True)
RL(d, ["Algeria", "Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Libya", "Liechtenstein", "Romania", "Singapore", "Switzerland"],
   "supported", GCM, D,
   "Abstaining were Algeria, Australia, Austria, Bulgaria, Chile, Italy, Latvia, Libya, Liechtenstein, Romania, Singapore and Switzerland.", negated=True)
# "Twenty-four Member States did not take part": unnamed. Marrakech/Morocco: venue. The Review Forum: implementation.
R(d, ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "Intergovernmental Conference",
      "Marrakech Conference"], ADOPTED, GCM, "2018-12-10",
  "The non-binding Compact was adopted on 10 December by the Intergovernmental Conference")
R(d, "United States", ENDORSED, GCM, None, "did not endorse the Compact", negated=True)
R(d, "Poland", ENDORSED, GCM, None, "his country had not endorsed the document in Marrakech", negated=True)
# A compact is not signed, but "would not sign" is what a naive extractor reads.
R(d, "Chile", ["signed", "endorsed"], GCM, None, "her country would not sign the Compact", negated=True)
# Co-facilitating the negotiations (Switzerland, Mexico): process, nothing. "had yet to decide whether ... would endorse": hedged.
R(d, "Switzerland", ENDORSED, GCM, None, "its Parliament had yet to decide whether Switzerland would endorse the Compact", negated=True)
R(d, "Australia", ["endorsed", "party", "acceded", "committed"], GCM, None, "his Government would not join the Compact", negated=True)
R(d, "Brazil", "supported", GCM, D, "Brazil's representative said his delegation had voted in favour")
# An announced dissociation by the incoming Government: planned, negated.
R(d, "Brazil", ENDORSED, GCM, None, "the incoming Government had announced that it would dissociate Brazil from the Compact", negated=True)
# Morocco as host of the conference: nothing; its vote is recorded.
R(d, "Morocco", "supported", GCM, D, "his country had voted in favour of a text that placed migrants' dignity at its centre")
R(d, "Bangladesh", "supported", GCM, D, "his delegation had voted in favour with conviction")
R(d, "Mexico", "supported", GCM, D, "Mexico's representative, who also voted in favour")
R(d, "Mexico", "called-for", ICRMW, D,
  "urged all States that have not yet done so to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
R(d, "Mexico", RATIFIED, ICRMW, "1999", "which Mexico ratified in 1999")
# "on Monday" against Wednesday 19 December 2018: 17 December 2018.
R(d, GA, ["endorsed", "adopted"], GCR, "2018-12-17", "the Assembly, on Monday, affirmed the Global Compact on Refugees through its resolution 73/151")
RL(d, ["Hungary", "United States"], "supported", GCR, "2018-12-17", "by a recorded vote of 181 in favour to 2 against (Hungary, United States)", negated=True)
# Hungary's "could not support a compact" restates its vote against.
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", GCR, "2018-12-17", "with 3 abstentions (Dominican Republic, Eritrea, Libya)", negated=True)
R(d, "Hungary", PARTY, RC51, None, "his country, a party to the 1951 Convention relating to the Status of Refugees")

# ===================== 03.md (GA meetings-coverage press release GA/12669, UN Convention against Cybercrime, 24 December 2024) =====================
d = "03.md"
D = "2024-12-24"
UNCC = ("United Nations Convention against Cybercrime", ["Convention against Cybercrime", "UN Cybercrime Convention", "resolution 79/243"])
R74247 = ("resolution 74/247", ["General Assembly resolution 74/247"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
UNODC_RES = ("resolution on the work of the United Nations Office on Drugs and Crime", ["UNODC resolution"])
R(d, GA, ADOPTED, UNCC, D, "The General Assembly today adopted, without a vote, the United Nations Convention against Cybercrime")
# Signature ceremony in Hanoi hosted by Viet Nam, entry into force, UNODC as secretariat: nothing.
R(d, GA, ADOPTED, R74247, "2019-12", "resolution 74/247, which the Assembly adopted in December 2019")
# "79 in favour to 60 against, with 33 abstentions": unnamed.
RL(d, ["Russian Federation", "Belarus", "Cambodia", "China", "Democratic People's Republic of Korea", "Myanmar", "Nicaragua", "Venezuela"],
   "co-sponsored", R74247, None,
   "That resolution had been put forward by the Russian Federation together with Belarus, Cambodia, China, the Democratic People's Republic of Korea, Myanmar, Nicaragua and Venezuela.")
# "on 8 August" against the document's year.
R(d, ["Ad Hoc Committee", "Ad Hoc Committee on Cybercrime", "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes"],
  ADOPTED, UNCC, "2024-08-08", "The Ad Hoc Committee approved the draft Convention by consensus on 8 August")
# "had launched the initiative": a process, nothing.
R(d, "Russian Federation", "welcomed", UNCC, D, "welcomed the Convention as a \"historic achievement of multilateral diplomacy\"")
R(d, "Russian Federation", "signed", UNCC, None, "the Russian Federation would sign it in Hanoi", negated=True)
# Hosting the ceremony: nothing; intending to sign: planned.
R(d, "Viet Nam", "signed", UNCC, None, "intended to be among the first signatories", negated=True)
R(d, "United States", "supported", UNCC, D, "Her delegation had joined the consensus")
R(d, "United States", "signed", UNCC, None, "whether the United States will sign the Convention will be decided only after a careful interagency review", negated=True)
R(d, "United Kingdom", "supported", UNCC, D, "His delegation joined the consensus.")
R(d, "United Kingdom", RATIFIED, BUD, "2011", "the Council of Europe Convention on Cybercrime (Budapest Convention), which it ratified in 2011")
# "a strong supporter of" the Budapest Convention: political backing of a treaty it is bound by (optional).
R(d, "United Kingdom", "supported", BUD, None, "The United Kingdom remains a strong supporter of the Council of Europe Convention on Cybercrime", required=False)
R(d, "Japan", PARTY, BUD, "2012", "A party to the Budapest Convention since 2012, Japan")
# Japan's call to implement both texts: implementation, not a call to join.
R(d, "European Union", "supported", UNCC, D, "The European Union and its member States joined the consensus")
R(d, "China", "supported", UNCC, D, "China supported the adoption")
R(d, "China", "welcomed", UNCC, D, "welcomed the Convention as a balanced instrument for developing countries")
# Dissociating from one article and the preamble only: Iran's consensus stands.
R(d, "Iran", "supported", UNCC, D, "Iran joined the consensus but dissociated itself from article 6, paragraph 2")
R(d, "Brazil", ACCEDED, BUD, "2022", "Brazil, which acceded to the Budapest Convention in 2022")
# Reported, then denied: no decision to sign.
R(d, "Egypt", "signed", UNCC, None, "Contrary to press reports that Egypt had already decided to sign the Convention, its representative said that no decision had been taken", negated=True)
R(d, "Canada", "signed", UNCC, None, "Canada would decide whether to sign the Convention only after consultations", negated=True)
# NGOs and companies urging scrutiny: unnamed, and not a call to join. The UNODC resolution is named only by its subject (optional).
R(d, GA, ADOPTED, UNODC_RES, D, "adopted, without a vote, a resolution on the work of the United Nations Office on Drugs and Crime", required=False)

# ===================== 04 (Security Council verbatim record S/PV.9586, resolution 2728 (2024), Monday 25 March 2024) =====================
d = "04.txt"
D = "2024-03-25"
R2728 = ("resolution 2728 (2024)", ["resolution 2728", "draft resolution S/2024/254", "S/2024/254"])
S239 = ("draft resolution S/2024/239", ["S/2024/239"])
R(d, UNSC, ADOPTED, R2728, D, "The draft resolution has been adopted as resolution 2728 (2024).")
# The Russian oral amendment and its show of hands (3-11-1): an amendment, not an instrument; nothing.
RL(d, ["Algeria", "China", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Russian Federation",
       "Sierra Leone", "Slovenia", "Switzerland", "United Kingdom"], "supported", R2728, D,
   "In favour: Algeria, China, Ecuador, France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Russian Federation, Sierra Leone, Slovenia, Switzerland, United Kingdom of Great Britain and Northern Ireland")
R(d, "United States", "supported", R2728, D,
  "Abstaining: United States of America", negated=True,
  alt=["we were not able to vote yes"])
# Authors listed in the draft's document: co-sponsored, undated. "the authors of the resolution just adopted" restates it.
RL(d, ["Algeria", "Ecuador", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland"],
   "co-sponsored", R2728, None,
   "the text of a draft resolution submitted by Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, the Republic of Korea, Sierra Leone, Slovenia and Switzerland")
# Implementation of resolutions 2712 and 2720: nothing.
# "On Friday" against Monday 25 March 2024: 22 March 2024. A veto is a vote against.
RL(d, ["Russian Federation", "China"], "supported", S239, "2024-03-22",
   "On Friday, Russia and China vetoed the draft resolution put forward by the United States in document S/2024/239", negated=True)
R(d, "Algeria", "supported", S239, "2024-03-22", "On Friday, Algeria also voted against document S/2024/239", negated=True)
R(d, "United States", "co-sponsored", S239, None, "the draft resolution put forward by the United States in document S/2024/239")
# The vetoed draft was not adopted (no date on a negated adoption).
R(d, UNSC, ADOPTED, S239, None, "Russia and China vetoed the draft resolution put forward by the United States", negated=True)

# ===================== 05.html (Security Council meetings-coverage press release SC/15462, two Gaza drafts fail, 18 October 2023) =====================
d = "05.html"
D = "2023-10-18"
S773 = ("draft resolution S/2023/773", ["S/2023/773", "Brazil draft resolution on the Israel-Gaza crisis"])
S772 = ("draft resolution S/2023/772", ["S/2023/772", "Russian Federation draft resolution"])
R76262 = ("resolution 76/262", ["General Assembly resolution 76/262", "veto initiative"])
# A draft that fails owing to a veto: the Council's adoption, negated (no date on a negated adoption).
R(d, UNSC, ADOPTED, S773, None, "The Security Council today failed to adopt a draft resolution", negated=True)
R(d, "Brazil", "co-sponsored", S773, None, "The text, submitted by Brazil")
TWELVE = ["Albania", "Brazil", "China", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland", "United Arab Emirates"]
RL(d, TWELVE, "supported", S773, D,
   "received 12 votes in favour (Albania, Brazil, China, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, United Arab Emirates)")
R(d, "United States", "supported", S773, D, "to 1 against (United States)", negated=True,
  alt=["owing to the negative vote of a permanent member, the United States"])
RL(d, ["Russian Federation", "United Kingdom"], "supported", S773, D, "with 2 abstentions (Russian Federation, United Kingdom)", negated=True)
# The two Russian amendments: amendments, nothing.
# "Monday's vote" against Wednesday 18 October 2023: 16 October 2023.
R(d, UNSC, ADOPTED, S772, None, "a rival draft submitted by the Russian Federation (document S/2023/772) had also failed to be adopted", negated=True)
R(d, "Russian Federation", "co-sponsored", S772, None, "a rival draft submitted by the Russian Federation (document S/2023/772)")
RL(d, ["China", "Gabon", "Mozambique", "Russian Federation", "United Arab Emirates"], "supported", S772, "2023-10-16",
   "receiving 5 votes in favour (China, Gabon, Mozambique, Russian Federation, United Arab Emirates)")
RL(d, ["France", "Japan", "United Kingdom", "United States"], "supported", S772, "2023-10-16",
   "to 4 against (France, Japan, United Kingdom, United States)", negated=True)
RL(d, ["Albania", "Brazil", "Ecuador", "Ghana", "Malta", "Switzerland"], "supported", S772, "2023-10-16",
   "with 6 abstentions (Albania, Brazil, Ecuador, Ghana, Malta, Switzerland)", negated=True)
# "voted in favour of both drafts" (China, UAE) restates the lists. Respect for the Geneva Conventions: compliance, nothing.
R(d, GA, ADOPTED, R76262, "2022-04", "General Assembly resolution 76/262, adopted by the Assembly in April 2022")
# The meeting the President of the Assembly is to convene: procedure, nothing.

# ===================== 06 (Sixth Committee summary record A/C.6/77/SR.10, Additional Protocols, Friday 14 October 2022) =====================
d = "06.txt"
D = "2022-10-14"   # the meeting; "Distr.: General 2 November 2022" is the record's issue date
GC49 = ("Geneva Conventions of 1949", ["Geneva Conventions", "four Geneva Conventions of 1949"])
AP1 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)",
       ["Additional Protocol I", "Protocol I", "AP I"])
AP2 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)",
       ["Additional Protocol II", "Protocol II", "AP II"])
AP3 = ("Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)",
       ["Additional Protocol III", "Protocol III", "AP III"])
# "the Additional Protocols" / "the three Protocols" named as a set: one record, accepting either Protocol's name.
APS = ("Additional Protocols to the Geneva Conventions", ["Additional Protocols", "Protocols Additional to the Geneva Conventions of 1949",
       "three Protocols", "Additional Protocol I", "Additional Protocol II"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["Political Declaration on Explosive Weapons in Populated Areas", "EWIPA Political Declaration", "Political Declaration"])
L6 = ("draft resolution on the status of the Protocols Additional to the Geneva Conventions", ["draft resolution on the item"])
# "all States members of the European Union were parties": unnamed. The speaker "also on behalf of the candidate countries": unnamed.
R(d, "European Union", "called-for", APS, D, "The European Union called upon all States that had not yet done so to become parties to the Additional Protocols")
# Switzerland as depositary: nothing. Accepting the Fact-Finding Commission's competence (article 90): a declaration, not an instrument.
R(d, "Switzerland", RATIFIED, AP3, "2006", "Switzerland had ratified Additional Protocol III in 2006")
R(d, "Switzerland", "called-for", APS, D, "encouraged all States to become parties to the three Protocols")
R(d, "United States", "signed", AP1, "1977-12-12", "her country had signed Additional Protocols I and II on 12 December 1977")
R(d, "United States", "signed", AP2, "1977-12-12", "her country had signed Additional Protocols I and II on 12 December 1977")
R(d, "United States", RATIFIED, AP3, "2007", "had ratified Additional Protocol III in 2007")
R(d, "United States", NOTBOUND, AP1, None, "the United States was not a party to Protocol I", negated=True)
# The 1987 transmittal to the Senate: domestic.
R(d, "United States", NOTRATIFIED, AP2, None, "the United States had yet to ratify it", negated=True)
R(d, "Iran", "signed", AP1, "1977", "his country had signed Protocols I and II in 1977")
R(d, "Iran", "signed", AP2, "1977", "his country had signed Protocols I and II in 1977")
R(d, "Iran", NOTRATIFIED, AP1, None, "had signed Protocols I and II in 1977 but had not ratified them", negated=True)
R(d, "Iran", NOTRATIFIED, AP2, None, "had signed Protocols I and II in 1977 but had not ratified them", negated=True)
R(d, "Philippines", RATIFIED, AP2, "1986", "her country had ratified Protocol II in 1986")
R(d, "Philippines", ACCEDED, AP1, "2012", "had acceded to Protocol I in 2012")
# Republic Act No. 9851: domestic legislation.
R(d, "Mexico", ACCEDED, AP1, "1983", "Mexico, which had acceded to Protocol I in 1983")
R(d, "Mexico", NOTBOUND, AP2, None, "was not yet a party to Protocol II", negated=True)
R(d, "India", PARTY, GC49, None, "her country was a party to the four Geneva Conventions of 1949")
# The Geneva Conventions Act: domestic.
R(d, "India", NOTBOUND, APS, None, "was not a party to the Additional Protocols", negated=True)
R(d, "Israel", NOTBOUND, AP1, None, "Israel was not a party to Protocol I", negated=True)
# The Dublin conference (18 November 2022) is ahead of the meeting: intending to endorse is planned.
R(d, "South Africa", ENDORSED, EWIPA, None, "her country intended to endorse the Political Declaration", negated=True)
# Revoking the article 90 declaration is not a withdrawal from the Protocol.
R(d, "Russian Federation", PARTY, AP1, None, "his country remained a party to Protocol I")
R(d, "Cuba", ACCEDED, AP1, "1982", "Cuba's accession to Protocol I in 1982")
R(d, "Cuba", ACCEDED, AP2, "1999", "and to Protocol II in 1999")
# Action deferred to a later meeting: the Committee's adoption, planned.
R(d, WG, ADOPTED, L6, None, "the draft resolution on the item would be acted upon at a later meeting", negated=True)

# ===================== 07.md (GA meetings-coverage press release GA/12437, resolution 76/300, 28 July 2022) =====================
d = "07.md"
D = "2022-07-28"
R76300 = ("resolution 76/300", ["The human right to a clean, healthy and sustainable environment", "A/76/L.75", "draft resolution A/76/L.75"])
R4813 = ("resolution 48/13", ["Human Rights Council resolution 48/13"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant on Economic, Social and Cultural Rights"])
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
# The table row states the outcome; "today recognized" is the same act.
R(d, GA, ADOPTED, R76300, D, "Adopted as resolution 76/300 by a recorded vote of 161-0-8",
  alt=["The General Assembly today recognized the right to a clean, healthy and sustainable environment as a human right"])
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R76300, D,
   "8 abstaining (Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, Russian Federation, Syria)", negated=True)
# "161 Member States voting in favour": unnamed. Full implementation of environmental agreements: nothing.
RL(d, ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", R76300, None,
   "the core group of sponsors (Costa Rica, Maldives, Morocco, Slovenia and Switzerland)")
R(d, ["UN Human Rights Council", "Human Rights Council"], ADOPTED, R4813, "2021-10",
  "resolution 48/13, by which the Human Rights Council had recognized the same right in October 2021")
R(d, "Costa Rica", "signed", ESCAZU, "2018", "which her country had signed in 2018")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "Costa Rica has yet to ratify it", negated=True)
R(d, "United States", "supported", R76300, D, "Her delegation voted in favour, but the resolution is not legally binding")
R(d, "United States", NOTBOUND, ICESCR, None, "the United States is not a party to the International Covenant on Economic, Social and Cultural Rights", negated=True)
# The interpretive statement does not undo the vote.
R(d, "United Kingdom", "supported", R76300, D, "His country voted in favour and wished to place on record an interpretive statement")
# Russian and Chinese explanations restate the abstentions.
R(d, "Japan", "supported", R76300, D, "Japan voted in favour, on the understanding that the resolution does not imply any new legal obligation.")
R(d, "India", "co-sponsored", R76300, None, "India, which did not co-sponsor the text", negated=True)
R(d, "India", "supported", R76300, D, "India, which did not co-sponsor the text, voted in favour")
R(d, "Slovenia", PARTY, AARHUS, "2004", "as a party to the Aarhus Convention since 2004")
# Egypt hosting COP27: venue, nothing. "Speakers welcomed the Secretary-General's statement": unnamed, no instrument.

# ===================== 08 (Third Committee meetings-coverage press release GA/SHC/4371, death penalty moratorium, 15 November 2022) =====================
d = "08.txt"
D = "2022-11-15"
MOR = ("draft resolution A/C.3/77/L.24/Rev.1", ["Moratorium on the use of the death penalty", "A/C.3/77/L.24/Rev.1", "moratorium resolution"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
L12 = ("draft resolution A/C.3/77/L.12", ["A/C.3/77/L.12", "Implementation of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD"])
R(d, TC, ADOPTED, MOR, D, "was approved by a recorded vote of 126 in favour to 37 against, with 22 abstentions",
  alt=["The Third Committee (Social, Humanitarian and Cultural) today approved a draft resolution calling on States to establish a moratorium"])
# "the General Assembly would call upon": the call is in a draft still to go to the plenary, so planned.
R(d, GA, "called-for", OP2, None,
  "the General Assembly would call upon all States to progressively restrict the use of the death penalty and to consider acceding to or ratifying the Second Optional Protocol",
  negated=True)
# Introducing the text "on behalf of an inter-regional task force": Mexico is one of its sponsors. The oral revision: nothing.
R(d, "Mexico", "co-sponsored", MOR, None, "Introducing the text on behalf of an inter-regional task force of Member States, the representative of Mexico")
# "had joined as co-sponsors": the joining is not dated by the text.
RL(d, ["Benin", "Central African Republic", "Kazakhstan", "Zambia"], "co-sponsored", MOR, None,
   "Benin, the Central African Republic, Kazakhstan and Zambia had joined as co-sponsors")
# The Singapore amendment (L.65) and its vote (95-68-15): an amendment, nothing.
R(d, "Switzerland", "supported", MOR, D, "her delegation had voted against the amendment but in favour of the text as a whole")
# Explanations before the vote ("would vote against"), with the vote taken the same meeting.
R(d, "Singapore", "supported", MOR, D, "Singapore would therefore vote against the draft", negated=True)
RL(d, ["Egypt", "Saudi Arabia"], "supported", MOR, D, "The representatives of Egypt and Saudi Arabia said their delegations would also vote against", negated=True)
RL(d, ["China", "Iran", "Japan"], "supported", MOR, D, "the representatives of China, Iran and Japan said they had voted against the draft", negated=True)
R(d, "United States", "supported", MOR, D, "her country had voted against the resolution, as it had in previous years", negated=True)
# "all 27 member States had voted in favour": unnamed (the Czech Republic speaks for the EU, which does not vote).
R(d, "Kazakhstan", RATIFIED, OP2, "2022-03", "Kazakhstan, which ratified the Second Optional Protocol in March")
R(d, "Kazakhstan", "supported", MOR, D, "her country had voted in favour with conviction")
# Abolition by law (Sierra Leone 2021, Central African Republic in May): domestic.
R(d, "Sierra Leone", "supported", MOR, D, "had also voted in favour")
R(d, "Sierra Leone", ACCEDED, OP2, None, "the Government intends to accede to the Second Optional Protocol", negated=True)
R(d, TC, ADOPTED, L12, D, "the Committee approved without a vote a draft on the implementation of the Convention on the Rights of Persons with Disabilities")
RL(d, ["Mexico", "New Zealand"], "co-sponsored", L12, None, "introduced by Mexico and New Zealand as its main sponsors")
R(d, GA, "called-for", CRPD, None,
  "the Assembly would call upon States that have not yet done so to consider signing and ratifying the Convention and the Optional Protocol", negated=True)
R(d, GA, "called-for", OPCRPD, None,
  "the Assembly would call upon States that have not yet done so to consider signing and ratifying the Convention and the Optional Protocol", negated=True)

# ===================== 09 (First Committee meetings-coverage press release GA/DIS/3613, nuclear cluster, 1 November 2018) =====================
d = "09.txt"
D = "2018-11-01"
L24 = ("draft resolution A/C.1/73/L.24", ["A/C.1/73/L.24", "Treaty on the Prohibition of Nuclear Weapons draft resolution"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty", "Prohibition Treaty"])
L63 = ("draft resolution A/C.1/73/L.63", ["A/C.1/73/L.63", "Joint courses of action and future-oriented dialogue towards a world without nuclear weapons"])
L29 = ("draft resolution A/C.1/73/L.29", ["A/C.1/73/L.29", "Comprehensive Nuclear-Test-Ban Treaty draft resolution"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
BKK = ("draft resolution on the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)", ["Bangkok Treaty resolution"])
MENWFZ = ("resolution on the establishment of a nuclear-weapon-free zone in the region of the Middle East", ["Middle East nuclear-weapon-free zone resolution"])
R(d, FC, ADOPTED, L24, D, "By a recorded vote of 122 in favour to 41 against, with 16 abstentions, the Committee approved the draft resolution")
# The call is in a draft the plenary has still to adopt ("would call upon"): planned.
R(d, GA, "called-for", TPNW, None,
  "the General Assembly would call upon all States that have not yet done so to sign, ratify, accept, approve or accede to the Treaty", negated=True)
# "All five nuclear-weapon States voted against": a group not named here (France, the UK and the US speak below, but not of their votes).
R(d, "Austria", "co-sponsored", L24, None, "the representative of Austria, its main sponsor")
R(d, "Austria", RATIFIED, TPNW, "2018-05", "her country had ratified the Treaty in May")
R(d, "Mexico", RATIFIED, TPNW, "2018-01", "his country, which ratified the Treaty in January")
R(d, "Mexico", "supported", L24, D, "his country, which ratified the Treaty in January, had voted in favour")
# Taking part in the 2017 negotiations: process, nothing.
R(d, "Netherlands", "supported", L24, D, "her delegation had voted against the draft", negated=True)
R(d, "Netherlands", "signed", TPNW, None, "the Netherlands would not sign a Treaty incompatible with its alliance obligations", negated=True)
R(d, "Switzerland", "supported", L24, D, "his delegation had abstained", negated=True)
R(d, "Switzerland", "signed", TPNW, None, "the Federal Council had decided in August not to sign the Treaty at this stage", negated=True)
R(d, "Sweden", "supported", L24, D, "her country had voted in favour but was still assessing whether to sign")
R(d, "Sweden", "signed", TPNW, None, "was still assessing whether to sign", negated=True)
P3 = ["France", "United Kingdom", "United States"]
RL(d, P3, "signed", TPNW, None, "the three countries would never sign, ratify or become party to the Treaty", negated=True)
RL(d, P3, NOTBOUND, TPNW, None, "the three countries would never sign, ratify or become party to the Treaty", negated=True)
R(d, "Japan", "supported", L24, D, "his country had voted against the draft because it deepened the divide", negated=True)
R(d, FC, ADOPTED, L63, D, "The Committee then approved the draft \"Joint courses of action and future-oriented dialogue towards a world without nuclear weapons\"")
RL(d, ["China", "Democratic People's Republic of Korea", "Russian Federation", "Syria"], "supported", L63, D,
   "by a recorded vote of 160 in favour to 4 against (China, Democratic People's Republic of Korea, Russian Federation, Syria)", negated=True)
RL(d, ["Japan", "Australia", "United States"], "co-sponsored", L63, None,
   "it was sponsored by Japan together with Australia and the United States, among others")
R(d, FC, ADOPTED, L29, D, "the Committee approved the draft \"Comprehensive Nuclear-Test-Ban Treaty\" (document A/C.1/73/L.29)")
R(d, "Democratic People's Republic of Korea", "supported", L29, D, "By a vote of 174 in favour to 1 against (Democratic People's Republic of Korea)", negated=True)
R(d, GA, "called-for", CTBT, None,
  "the Assembly would urge all States that have not yet signed the Treaty, particularly those whose ratification is needed for its entry into force, to sign and ratify it",
  negated=True)
# The Assembly "would welcome" Thailand's act: no record for the welcomer; Thailand's ratification is dated by the text.
R(d, "Thailand", RATIFIED, CTBT, "2018-09-25", "the ratification of the Treaty by Thailand on 25 September")
# Drafts approved without a vote and named only by their subject (the Committee approves a text on a treaty, not the treaty): optional.
R(d, FC, ADOPTED, BKK, D, "The Committee also approved, without a vote, drafts on the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)", required=False)
R(d, FC, ADOPTED, MENWFZ, D, "drafts on the Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty) and on the establishment of a nuclear-weapon-free zone in the region of the Middle East", required=False)
R(d, GA, ADOPTED, MENWFZ, "1980", "which the Assembly has adopted by consensus every year since 1980", required=False)

# ===================== 10 (GA meetings-coverage press release GA/11845, Cuba embargo resolution, 26 October 2016) =====================
d = "10.txt"
D = "2016-10-26"
EMB = ("Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba",
       ["A/71/L.3", "resolution 71/5", "Cuba embargo resolution"])
R705 = ("resolution 70/5", ["General Assembly resolution 70/5"])
R4719 = ("resolution 47/19", ["General Assembly resolution 47/19"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
TLATELOLCO = ("Treaty of Tlatelolco", ["Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"])
ZOP = ("Proclamation of Latin America and the Caribbean as a Zone of Peace", ["Zone of Peace Proclamation", "CELAC Proclamation"])
R(d, GA, ADOPTED, EMB, D, "By a recorded vote of 191 in favour to none against, with 2 abstentions (Israel, United States), the Assembly adopted the resolution")
RL(d, ["Israel", "United States"], "supported", EMB, D, "with 2 abstentions (Israel, United States)", negated=True)
# "Last year" against 2016: 2015.
R(d, GA, ADOPTED, R705, "2015", "Last year, the Assembly had adopted resolution 70/5 on the same subject")
RL(d, ["United States", "Israel"], "supported", R705, "2015", "with the United States and Israel voting against", negated=True)
R(d, GA, ADOPTED, R4719, "1992", "adopting resolution 47/19 that year")
R(d, "Cuba", "co-sponsored", EMB, None, "Introducing the draft, Bruno Rodríguez Parrilla, Minister for Foreign Affairs of Cuba")
# Re-establishing diplomatic relations (July 2015): nothing.
R(d, "Cuba", "signed", PARIS, "2016-04", "Cuba, which had signed the Paris Agreement in April")
R(d, "Cuba", NOTRATIFIED, PARIS, None, "intended to ratify it before the end of the year", negated=True)
R(d, "Cuba", RATIFIED, TLATELOLCO, "2002", "his country had ratified the Treaty of Tlatelolco in 2002")
# "Today the United States will abstain" restates the abstention. Only Congress can lift the embargo: domestic.
R(d, "Mexico", "supported", EMB, D, "his country had voted in favour, as it had every year since 1992")
RL(d, ["China", "Russian Federation"], "supported", EMB, D, "The representatives of China and the Russian Federation said they had voted in favour")
# Thailand for the Group of 77: no vote stated. "the member States of the Union had voted in favour": unnamed.
RL(d, ["South Africa", "India"], "supported", EMB, D, "The representatives of South Africa and India also said they had voted in favour")
RL(d, ["Venezuela", "Nicaragua", "Ecuador"], "supported", EMB, D, "as did the representatives of Venezuela, Nicaragua and Ecuador")
R(d, "Bolivia", "supported", EMB, D, "Bolivia's representative, who also voted in favour")
R(d, "Bolivia", COMMITTED, ZOP, D,
  "reaffirmed his country's commitment to the Proclamation of Latin America and the Caribbean as a Zone of Peace")
R(d, ["Community of Latin American and Caribbean States", "CELAC"], ADOPTED, ZOP, "2014-01",
  "adopted by the Community of Latin American and Caribbean States in Havana in January 2014")
# "Israel's delegation did not take the floor": says nothing about its vote.

# ===================== 11 (GA meetings-coverage press release GA/12641, Summit of the Future, Sunday 22 September 2024) =====================
d = "11.txt"
D = "2024-09-22"
PACT = ("Pact for the Future", ["A/79/L.2", "resolution 79/1", "the Pact"])
GDC = ("Global Digital Compact", ["GDC"])
DFG = ("Declaration on Future Generations", [])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
R(d, GA, ADOPTED, PACT, D, "The General Assembly today opened the two-day Summit of the Future by adopting, without a vote, the Pact for the Future",
  alt=["then declared the Pact adopted"])
R(d, GA, ADOPTED, GDC, D, "together with its two annexes, the Global Digital Compact and the Declaration on Future Generations")
R(d, GA, ADOPTED, DFG, D, "together with its two annexes, the Global Digital Compact and the Declaration on Future Generations")
# The Russian amendment (A/79/L.3), the African Group's no-action motion and its recorded vote (143-6-15): an amendment and a
# procedural motion, so the six "against" get nothing. Co-facilitators (Germany, Namibia, Sweden, Zambia, Jamaica, Netherlands): process.
R(d, SG, "welcomed", PACT, D, "Secretary-General António Guterres welcomed the Pact")
# "leaders committed to accelerate implementation of the 2030 Agenda": unnamed, and implementation.
R(d, SG, "called-for", BBNJ, D,
  "The Secretary-General also urged States to use the annual treaty event, which opens on Tuesday, to sign and ratify the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
# Distancing itself from the consensus on the text as a whole: not supporting it.
R(d, "Russian Federation", "supported", PACT, D, "the Russian Federation would distance itself from the consensus on the document", negated=True)
R(d, "Nicaragua", "supported", PACT, D, "her country dissociated itself from the Pact as a whole", negated=True)
R(d, "Belarus", "supported", GDC, D, "his delegation dissociated itself from the Global Digital Compact", negated=True)
# Dissociating from some paragraphs only: Iran's consensus stands.
R(d, "Iran", "supported", PACT, D, "his country had joined the consensus but dissociated itself from the paragraphs on gender")
R(d, "Argentina", "supported", PACT, None, "her Government was reviewing whether it could support the Pact", negated=True)
R(d, "European Union", "welcomed", PACT, D, "Speaking for the European Union, the President of the European Council, Charles Michel, welcomed the Pact")
R(d, "Germany", COMMITTED, PACT, D, "Germany was committed to implementing the Pact")
R(d, "Netherlands", "welcomed", DFG, D, "welcomed the Declaration on Future Generations as the first of its kind")
R(d, "Kenya", ENDORSED, PACT, D, "his country endorsed the Pact")
RL(d, ["China", "India", "Brazil"], "supported", PACT, D, "The representatives of China, India and Brazil said they had joined the consensus")

# ===================== 12.md (GA meetings-coverage press release GA/12497, ICJ advisory opinion on climate change, 29 March 2023) =====================
d = "12.md"
D = "2023-03-29"
R77276 = ("resolution 77/276", ["A/77/L.58", "draft resolution A/77/L.58", "Request for an advisory opinion of the International Court of Justice on the obligations of States in respect of climate change"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
R(d, GA, ADOPTED, R77276, D, "The General Assembly today adopted without a vote a resolution requesting the International Court of Justice to render an advisory opinion",
  alt=["It was so decided."])
# The instruments the Court is to have regard to (Charter, Covenants, UNFCCC, Paris Agreement, UNCLOS): named, but nobody acts on them.
CORE = ["Angola", "Antigua and Barbuda", "Bangladesh", "Costa Rica", "Germany", "Liechtenstein", "Micronesia", "Morocco", "Mozambique",
        "New Zealand", "Portugal", "Romania", "Samoa", "Sierra Leone", "Singapore", "Uganda", "Vanuatu", "Viet Nam"]
RL(d, CORE, "co-sponsored", R77276, None,
   "a core group comprising Angola, Antigua and Barbuda, Bangladesh, Costa Rica, Germany, Liechtenstein, Micronesia (Federated States of), Morocco, Mozambique, New Zealand, Portugal, Romania, Samoa, Sierra Leone, Singapore, Uganda, Vanuatu and Viet Nam")
# "105 co-sponsors", "a further 27 delegations": unnamed; the four named ones are recorded. They joined "since the draft's submission": undated.
RL(d, ["Barbados", "Chile", "Ireland", "Mexico"], "co-sponsored", R77276, None,
   "a further 27 delegations had become co-sponsors, among them Barbados, Chile and Mexico, as well as Ireland")
R(d, "Vanuatu", RATIFIED, PARIS, "2016", "the Paris Agreement had been ratified by Vanuatu in 2016")
# Submitting an NDC: implementation, nothing.
R(d, "United States", "supported", R77276, D, "Her delegation had joined the consensus but had not co-sponsored the text")
R(d, "United States", "co-sponsored", R77276, None, "had not co-sponsored the text", negated=True)
R(d, "China", "supported", R77276, D, "China had joined the consensus")
R(d, "Russian Federation", "supported", R77276, D, "Her delegation joined the consensus, but the Court should not be used to create new obligations")
# Tuvalu: the Pacific Islands Forum "backed the initiative" (a process). The Court's proceedings: nothing.

# ===================== 13 (Second Committee meetings-coverage press release GA/EF/3624, recorded votes and the 2030 Agenda, 20 November 2025) =====================
d = "13.txt"
D = "2025-11-20"
FFD = ("draft resolution A/C.2/80/L.31", ["A/C.2/80/L.31", "Follow-up to and implementation of the outcome of the Fourth International Conference on Financing for Development"])
AGRI = ("draft resolution A/C.2/80/L.12", ["A/C.2/80/L.12", "Agricultural technology for sustainable development"])
OIL = ("draft resolution A/C.2/80/L.19", ["A/C.2/80/L.19", "Oil slick on Lebanese shores"])
UEM = ("draft resolution A/C.2/80/L.8", ["A/C.2/80/L.8", "Unilateral economic measures as a means of political and economic coercion against developing countries"])
SEV = ("Sevilla Commitment", ["Compromiso de Sevilla", "outcome of the Fourth International Conference on Financing for Development"])
A2030 = ("2030 Agenda for Sustainable Development", ["2030 Agenda", "Transforming our world: the 2030 Agenda for Sustainable Development", "Sustainable Development Goals"])
PARIS = ("Paris Agreement", ["Paris Climate Agreement"])
UNCCD_D = ("draft resolution on the implementation of the United Nations Convention to Combat Desertification", ["UNCCD draft resolution"])
GBF_D = ("draft resolution on the Kunming-Montreal Global Biodiversity Framework", ["Kunming-Montreal Global Biodiversity Framework draft resolution"])
# "approved 12 draft resolutions, 8 of them without a vote": the drafts are recorded where named.
R(d, SC2, ADOPTED, FFD, D, "the Committee approved the draft \"Follow-up to and implementation of the outcome of the Fourth International Conference on Financing for Development\"")
RL(d, ["Argentina", "United States"], "supported", FFD, D, "By a recorded vote of 160 in favour to 2 against (Argentina, United States)", negated=True)
R(d, "Israel", "supported", FFD, D, "with 1 abstention (Israel)", negated=True)
# "on 30 June" and "in August" against the document's year. Seville, Spain: venue.
R(d, ["Fourth International Conference on Financing for Development", "Seville Conference", "the Conference"], ADOPTED, SEV, "2025-06-30",
  "The Conference adopted the Sevilla Commitment on 30 June")
R(d, GA, ["endorsed", "adopted"], SEV, "2025-08", "the General Assembly endorsed it in August")
R(d, SC2, ADOPTED, AGRI, D, "The draft \"Agricultural technology for sustainable development\" (document A/C.2/80/L.12) was approved")
RL(d, ["Argentina", "United States"], "supported", AGRI, D, "was approved by a recorded vote of 165 in favour to 2 against (Argentina, United States)", negated=True)
R(d, SC2, ADOPTED, OIL, D, "The Committee then approved the draft \"Oil slick on Lebanese shores\"")
RL(d, ["Canada", "Israel", "Marshall Islands", "Micronesia", "Nauru", "United States"], "supported", OIL, D,
   "157 in favour to 6 against (Canada, Israel, Marshall Islands, Micronesia (Federated States of), Nauru, United States)", negated=True)
R(d, SC2, ADOPTED, UEM, D, "it approved the draft \"Unilateral economic measures as a means of political and economic coercion against developing countries\"")
RL(d, ["Israel", "United States"], "supported", UEM, D, "By a recorded vote of 118 in favour to 2 against (Israel, United States)", negated=True)
# "Most European delegations abstained": unnamed; the three named after "including" / "as did" are recorded.
RL(d, ["France", "Germany", "Japan"], "supported", UEM, D, "Most European delegations abstained, including France and Germany, as did Japan.", negated=True)
# Drafts approved without a vote and named only by subject (optional); the Assembly "would urge" implementation: nothing.
R(d, SC2, ADOPTED, UNCCD_D, D, "drafts on the implementation of the United Nations Convention to Combat Desertification", required=False)
R(d, SC2, ADOPTED, GBF_D, D, "and on the Kunming-Montreal Global Biodiversity Framework", required=False)
R(d, "United States", ENDORSED, A2030, None,
  "her country rejects and denounces the 2030 Agenda for Sustainable Development and the Sustainable Development Goals", negated=True)
# Notice of withdrawal, effective January 2026: an announced withdrawal, negated.
R(d, "United States", NOTBOUND, PARIS, None, "The United States had given notice of its withdrawal from the Paris Agreement", negated=True)
R(d, "United States", ENDORSED, SEV, None, "does not endorse the Sevilla Commitment", negated=True)
R(d, "Argentina", ENDORSED, A2030, None, "his country had dissociated itself from the 2030 Agenda in November 2024", negated=True)
R(d, "European Union", COMMITTED, A2030, D, "the Union and its member States remain fully committed to the 2030 Agenda and to the Paris Agreement")
R(d, "European Union", COMMITTED, PARIS, D, "the Union and its member States remain fully committed to the 2030 Agenda and to the Paris Agreement")
# The Group of 77 and China: a named group of States (optional). Its call for ODA pledges: no instrument.
R(d, ["Group of 77 and China", "Group of 77", "G77"], COMMITTED, SEV, D, "the Group remained committed to the Sevilla Commitment", required=False)
# Spain as host: nothing; it welcomes the instrument itself.
R(d, "Spain", "welcomed", SEV, D, "welcomed the Sevilla Commitment as a renewed global framework for financing sustainable development")

# ===================== 14 (Fourth Committee meetings-coverage press release GA/SPD/789, outer space debate, 19 October 2023) =====================
d = "14.txt"
D = "2023-10-19"
ARTEMIS = ("Artemis Accords", ["Artemis Accords principles"])
ILRS = ("memorandum of understanding on the construction of the International Lunar Research Station", ["ILRS memorandum of understanding", "International Lunar Research Station memorandum"])
MOON = ("Agreement Governing the Activities of States on the Moon and Other Celestial Bodies", ["Moon Agreement"])
R7741 = ("resolution 77/41", ["Destructive direct-ascent anti-satellite missile testing", "General Assembly resolution 77/41"])
COOP = ("draft resolution \"International cooperation in the peaceful uses of outer space\"", ["International cooperation in the peaceful uses of outer space"])
SIGNED_ACC = ["signed", "endorsed"]   # the Accords are non-binding principles that States sign
R8 = ["Australia", "Canada", "Italy", "Japan", "Luxembourg", "United Arab Emirates", "United Kingdom", "United States"]
RL(d, R8, SIGNED_ACC, ARTEMIS, "2020-10",
   "first signed in October 2020 by Australia, Canada, Italy, Japan, Luxembourg, the United Arab Emirates, the United Kingdom and the United States")
# Months without a year take the document's year (2023); "last week" against 19 October 2023 is October 2023.
RL(d, ["India", "Ecuador"], SIGNED_ACC, ARTEMIS, "2023-06", "India and Ecuador had signed in June")
R(d, "Argentina", SIGNED_ACC, ARTEMIS, "2023-07", "Argentina in July")
R(d, "Germany", SIGNED_ACC, ARTEMIS, "2023-09", "Germany in September")
R(d, "Iceland", SIGNED_ACC, ARTEMIS, "2023-10", "Iceland had signed last week")
# The 1967 Outer Space Treaty is only cited (also by China). "155 votes in favour": unnamed.
R(d, GA, ADOPTED, R7741, "2022-12", "was adopted by the General Assembly in December 2022")
R(d, "United States", "co-sponsored", R7741, None, "which the United States had sponsored")
RL(d, ["Nigeria", "Rwanda"], SIGNED_ACC, ARTEMIS, "2022-12",
   "his country and Rwanda had become the first African signatories of the Accords in December 2022")
# The Washington summit: venue.
R(d, "Angola", SIGNED_ACC, ARTEMIS, None, "intended to sign them before the end of the year", negated=True)
# Membership of the Committee on the Peaceful Uses of Outer Space (Angola, Bangladesh, Panama, Slovenia): a body, not an instrument.
R(d, "Russian Federation", SIGNED_ACC, ARTEMIS, None, "his country would not join them", negated=True)
RL(d, ["China", "Russian Federation"], "signed", ILRS, "2021-03",
   "In March 2021, he recalled, China and the Russian Federation had signed a memorandum of understanding on the construction of the International Lunar Research Station")
# Notified withdrawal taking effect later: negated (no date on a negated binding record).
R(d, "Saudi Arabia", NOTBOUND, MOON, None,
  "his country had notified the Secretary-General of its withdrawal from the Agreement Governing the Activities of States on the Moon and Other Celestial Bodies",
  negated=True)
# Ukraine "a party to all five United Nations treaties on outer space": none named. Luxembourg's space resources law: domestic.
# Action deferred to a later date: the Committee's adoption, planned.
R(d, FOURTH, ADOPTED, COOP, None,
  "The Fourth Committee will take action on the draft resolution \"International cooperation in the peaceful uses of outer space\" at a later date", negated=True)

# ===================== 15.html (Security Council meetings-coverage press release SC/14911, DPRK sanctions draft vetoed, 26 May 2022) =====================
d = "15.html"
D = "2022-05-26"
S431 = ("draft resolution S/2022/431", ["S/2022/431", "draft resolution on the Democratic People's Republic of Korea"])
R2397 = ("resolution 2397 (2017)", ["resolution 2397"])
R1718 = ("resolution 1718 (2006)", ["resolution 1718"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Test-Ban Treaty"])
R(d, UNSC, ADOPTED, S431, None, "The Security Council today failed to adopt a draft resolution", negated=True)
R(d, "United States", "co-sponsored", S431, None, "The draft (document S/2022/431), tabled by the United States")
THIRTEEN = ["Albania", "Brazil", "France", "Gabon", "Ghana", "India", "Ireland", "Kenya", "Mexico", "Norway", "United Arab Emirates",
            "United Kingdom", "United States"]
RL(d, THIRTEEN, "supported", S431, D,
   "received 13 votes in favour (Albania, Brazil, France, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, United Arab Emirates, United Kingdom, United States)")
RL(d, ["China", "Russian Federation"], "supported", S431, D, "to 2 against (China, Russian Federation)", negated=True,
   alt=["as two permanent members, China and the Russian Federation, cast negative votes"])
# Resolution 1718 (2006) is cited for the regime's origin, dated only by its symbol (optional).
R(d, UNSC, ADOPTED, R1718, "2006", "the sanctions regime was established by resolution 1718 (2006)", required=False)
R(d, UNSC, ADOPTED, R2397, "2017-12", "resolution 2397 (2017), which the Council adopted unanimously in December 2017")
# "commits the Council to take further action": a provision of the resolution, not a commitment to an instrument.
# "return to" the NPT is a call to rejoin it.
R(d, "Ireland", "called-for", NPT, D,
  "called on the Democratic People's Republic of Korea to return to the Treaty on the Non-Proliferation of Nuclear Weapons")
R(d, "Ireland", "called-for", CTBT, D, "to sign and ratify the Comprehensive Nuclear-Test-Ban Treaty without delay")
# Announced withdrawal: negated, no date on a negated binding record.
R(d, "Democratic People's Republic of Korea", NOTBOUND, NPT, None,
  "the country had announced its withdrawal from the Non-Proliferation Treaty in 2003", negated=True)
R(d, "Democratic People's Republic of Korea", "signed", CTBT, None, "it has neither signed nor ratified the Test-Ban Treaty", negated=True)
R(d, "Democratic People's Republic of Korea", NOTRATIFIED, CTBT, None, "it has neither signed nor ratified the Test-Ban Treaty", negated=True)
# Brazil and Mexico restate their votes. The Assembly's veto debate and "the mechanism it established in April": no instrument named.

# ===================== 16 (GA verbatim record A/78/PV.63, resolution 78/265 on artificial intelligence, Thursday 21 March 2024) =====================
d = "16.txt"
D = "2024-03-21"
R78265 = ("resolution 78/265", ["A/78/L.49", "draft resolution A/78/L.49",
          "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development"])
BLETCHLEY = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
FCAI = ("Council of Europe Framework Convention on Artificial Intelligence", ["Framework Convention on Artificial Intelligence"])
HAIP = ("Hiroshima AI Process Comprehensive Policy Framework", ["Hiroshima AI Process", "Hiroshima Process Comprehensive Policy Framework"])
R(d, GA, ADOPTED, R78265, D, "Draft resolution A/78/L.49 was adopted (resolution 78/265).")
# "on behalf of its more than 120 sponsors": unnamed; the introducing delegation is one of them.
R(d, "United States", "co-sponsored", R78265, None, "I am honoured to introduce draft resolution A/78/L.49")
# "last November" against 21 March 2024: November 2023. The UK hosting the summit: venue.
RL(d, ["United States", "China"], ENDORSED, BLETCHLEY, "2023-11",
   "the Bletchley Declaration, which both the United States and China endorsed at the AI Safety Summit hosted by the United Kingdom last November")
# Sponsors announced from the podium: they became sponsors "since the submission", not dated by the text.
ADD16 = ["Angola", "Bosnia and Herzegovina", "Cabo Verde", "Côte d'Ivoire", "Fiji", "Georgia", "Ghana", "Iceland", "Kenya", "Malawi",
         "Mongolia", "Paraguay", "Peru", "Rwanda", "Senegal", "Zambia"]
RL(d, ADD16, "co-sponsored", R78265, None,
   "the following countries have become sponsors of A/78/L.49: Angola, Bosnia and Herzegovina, Cabo Verde, Côte d'Ivoire, Fiji, Georgia, Ghana, Iceland, Kenya, Malawi, Mongolia, Paraguay, Peru, Rwanda, Senegal and Zambia")
R(d, "China", "supported", R78265, D, "China joined the consensus on the resolution just adopted.")
# Dissociating from one paragraph only (Russian Federation, Iran): the consensus stands.
R(d, "Russian Federation", "supported", R78265, D, "Our delegation did not object to the adoption of the resolution")
R(d, "United Kingdom", "co-sponsored", R78265, None, "As a sponsor of the resolution, the United Kingdom")
R(d, "United Kingdom", "welcomed", R78265, D, "the United Kingdom welcomes this first global statement on artificial intelligence")
# A Council of Europe adoption expected in May: planned.
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, FCAI, None,
  "which we expect the Committee of Ministers to adopt in May", negated=True)
R(d, "United Kingdom", "signed", FCAI, None, "the United Kingdom intends to sign once it is opened for signature", negated=True)
R(d, "Japan", "co-sponsored", R78265, None, "Japan was proud to sponsor the resolution.")
# "in December" said in March 2024: December 2023. The Group of Seven is a named group of States (optional).
R(d, ["Group of Seven", "G7"], ENDORSED, HAIP, "2023-12", "which the Group of Seven leaders endorsed in December", required=False)
R(d, "Iran", "supported", R78265, D, "My delegation joined the consensus, but we dissociate ourselves from operative paragraph 6")
# The EU "welcomes the adoption" (the Assembly's act): no record. The European Parliament's AI Act: legislation, nothing.

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
