#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Three documents are Markdown (03.md, 06.md, 10.md) and three are saved HTML pages
(04.html, 07.html, 12.html); gold.py's Gold.finish() checks their quotes against the file as written (white space folded),
so no quote of theirs spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: academic and think-tank analysis of treaty participation: journal-article sections, policy briefs, working papers
and book-chapter excerpts with footnotes, bracketed citations, status tables by region, comparative analysis of why States
join or stay out, quotes from officials, and data appendices (2016-2025).

Rules applied throughout (from /work/shared/gold/README.md, dev/README.md and dev2/README.md):
- A table row that states a status ("Signed, not ratified" column; "States Parties" column) gives records as prose does;
  a row restating an act already recorded from the prose is an alt quote of that record.
- "has not ratified", "none has yet ratified", "has yet to", "intends to", "is expected to", hedged or conditional
  statements, withdrawals and announced withdrawals: negated, with no date. Votes against, abstentions and not taking
  part in a vote are negated `supported` records that keep the vote's date.
- Footnotes and bracketed citations are part of the body; citation years ([Erickson 2015]) are never action dates.
- The analyst's or institute's own recommendation is a `called-for` record only where a named organisation calls on
  others to sign, ratify or join; a generic "should" with no named caller is not recorded.
- Domestic steps (parliamentary approval, bills, acts, court rulings), entry into force, depositaries, venues and hosts,
  presidencies, secretariats, implementation and funding give no record; welcoming another actor's act gives none.
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
          "Republic of Moldova", "Bolivia", "Venezuela", "Chile", "Costa Rica", "Ecuador", "Colombia", "Paraguay",
          "Guatemala", "Bangladesh", "Fiji", "Philippines", "Czechia", "Saudi Arabia", "Egypt", "Thailand", "Cambodia",
          "Lao PDR", "Ghana", "Rwanda", "United Arab Emirates", "Gambia", "Somalia", "Sao Tome and Principe",
          "Sahrawi Arab Democratic Republic", "Kazakhstan", "Micronesia", "Democratic Republic of the Congo"),
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Myanmar": ["Myanmar", "Burma"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Israel": ["Israel", "State of Israel"],
    "Hungary": ["Hungary"],
    "Poland": ["Poland", "Republic of Poland"],
    "Austria": ["Austria", "Republic of Austria"],
    "Italy": ["Italy", "Italian Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Ukraine": ["Ukraine"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Burkina Faso": ["Burkina Faso"],
    "Dominican Republic": ["Dominican Republic"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Türkiye": ["Türkiye", "Turkey", "Turkiye"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (journal article section with table, ATT participation in the Asia-Pacific, published 15 March 2021) =====================
d = "01.txt"
D = "2021-03-15"
ATT = ("Arms Trade Treaty", ["ATT"])
R6189 = ("resolution 61/89", ["General Assembly resolution 61/89", "Towards an arms trade treaty"])
# The masthead is the outlet's own (no Title: header), so it is body text; "Received"/"accepted" dates are not acts.
RL(d, ["Japan", "Australia"], "co-sponsored", R6189, "2006",
   "Japan and Australia were two of the seven co-authors of General Assembly resolution 61/89 in 2006")
# "alongside five States from outside the region": unnamed.
R(d, GA, "adopted", ATT, "2013-04-02", "When the General Assembly adopted the Treaty on 2 April 2013 by 154 votes to 3")
RL(d, ["Democratic People's Republic of Korea", "Iran"], "supported", ATT, "2013-04-02",
   "two of the three votes against came from the Asia-Pacific Group (the Democratic People's Republic of Korea and Iran;", negated=True)
R(d, "Syria", "supported", ATT, "2013-04-02", "the third was cast by Syria", negated=True)
RL(d, ["China", "India", "Indonesia"], "supported", ATT, "2013-04-02", "China, India and Indonesia all abstained.", negated=True)
# Ratification dates; the table's "States Parties" cells restate them (alt quotes).
R(d, "Japan", RATIFIED, ATT, "2014-05-09", "Japan ratified on 9 May 2014", alt=["East Asia China, Japan, Rep. of Korea"])
R(d, "Australia", RATIFIED, ATT, "2014-06-03", "Australia on 3 June 2014", alt=["Oceania Australia, New Zealand,"])
R(d, "New Zealand", RATIFIED, ATT, "2014-09-02", "New Zealand followed on 2 September 2014")
R(d, "Republic of Korea", RATIFIED, ATT, "2016-11-28", "the Republic of Korea on 28 November 2016")
# The Diet's approval: domestic. CSP4 in Tokyo: venue. Entry into force 24 December 2014: nothing.
RL(d, ["Samoa", "Tuvalu"], PARTY, ATT, None, "Oceania Australia, New Zealand, Vanuatu Samoa, Tuvalu")
R(d, "China", "signed", ATT, None, "Having abstained in 2013 and never signed", negated=True)
R(d, "China", ACCEDED, ATT, "2020-07-06", "Beijing deposited its instrument of accession on 6 July 2020")
R(d, "United States", "signed", ATT, "2013-09", "the United States, which had signed in September 2013")
R(d, "United States", NOTBOUND, ATT, None, "informed the Secretary-General that it \"does not intend to become a party\"", negated=True)
RL(d, ["Cambodia", "Malaysia", "Philippines"], "signed", ATT, "2013", "Cambodia, Malaysia and the Philippines signed in 2013")
RL(d, ["Thailand", "Singapore"], "signed", ATT, "2014", "Thailand and Singapore in 2014")
R(d, "Philippines", NOTRATIFIED, ATT, None, "none had ratified by the end of 2020", negated=True,
  alt=["Philippine officials described ratification as \"a question of when, not if\", pending Senate concurrence"])
R(d, "Thailand", NOTRATIFIED, ATT, None, "none had ratified by the end of 2020", negated=True,
  alt=["Thai officials told us ratification would follow the adoption of a new arms-control act"])
R(d, "Malaysia", NOTRATIFIED, ATT, None, "none had ratified by the end of 2020", negated=True,
  alt=["the Treaty, one official said, was \"under continuous review\""])
RL(d, ["Cambodia", "Singapore"], NOTRATIFIED, ATT, None, "none had ratified by the end of 2020", negated=True)
R(d, "Indonesia", "signed", ATT, None, "Indonesia, Viet Nam and Myanmar have not signed.", negated=True,
  alt=["\"we will sign when the Treaty treats importers and exporters alike, and not before\""])
RL(d, ["Viet Nam", "Myanmar"], "signed", ATT, None, "Indonesia, Viet Nam and Myanmar have not signed.", negated=True)
R(d, "Bangladesh", "signed", ATT, "2013-09-25", "Bangladesh signed on 25 September 2013")
R(d, "Bangladesh", NOTRATIFIED, ATT, None, "Bangladesh signed on 25 September 2013 but has not ratified", negated=True)
RL(d, ["India", "Pakistan"], "signed", ATT, None, "India and Pakistan have not signed", negated=True)
# The vote "in 2013" is the adoption vote dated 2 April 2013 earlier in the text.
R(d, "Pakistan", "supported", ATT, "2013-04-02", "it voted in favour of the Treaty in 2013")
R(d, "Vanuatu", "signed", ATT, None, "Oceania Australia, New Zealand, Vanuatu")
R(d, "Vanuatu", NOTRATIFIED, ATT, None, "Oceania Australia, New Zealand, Vanuatu", negated=True)
# Singapore's Strategic Goods (Control) Act amendment: domestic. Citation years and interview dates: not action dates.
R(d, "New Zealand", "called-for", ATT, "2020-08",
  "New Zealand, in its statement to the Sixth Conference of States Parties in August 2020, called on \"our Pacific and South-East Asian neighbours\" to join the Treaty")
# "no other Asia-Pacific State Party made a comparable appeal": nothing. Footnote 14 (India's explanation): nothing new.

# ===================== 02 (think-tank policy brief with status table, CTBT after Russia's de-ratification, 20 November 2023) =====================
d = "02.txt"
D = "2023-11-20"
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
NPT = ("NPT", ["Treaty on the Non-Proliferation of Nuclear Weapons", "Non-Proliferation Treaty"])
CTBTRES = ("General Assembly resolution on the Treaty", ["resolution on the Comprehensive Nuclear-Test-Ban Treaty", "CTBT resolution"])
# The revocation is a negated ratification (no date); the 2000 ratification itself happened (optional, it no longer binds).
R(d, "Russian Federation", NOTRATIFIED, CTBT, None,
  "President Putin signed the law revoking the Russian Federation's ratification of the Comprehensive Nuclear-Test-Ban Treaty (CTBT)",
  negated=True, alt=["30 Jun 2000 (revoked 2 Nov 2023)"])
R(d, "Russian Federation", RATIFIED, CTBT, "2000-06-30", "Russian Federation 24 Sep 1996 30 Jun 2000", required=False)
# Duma and Federation Council votes, the federal law: domestic.
R(d, "Russian Federation", "signed", CTBT, "1996-09-24", "Russia remains a signatory", alt=["Russian Federation 24 Sep 1996"])
R(d, "United States", "signed", CTBT, "1996-09-24", "The United States signed on 24 September 1996",
  alt=["United States 24 Sep 1996 no"])
R(d, "United States", NOTRATIFIED, CTBT, None, "but has never ratified", negated=True, alt=["United States 24 Sep 1996 no"])
# The Senate's refusal of advice and consent (1999): domestic, and the negated record above covers the status.
R(d, "China", "signed", CTBT, "1996-09-24", "China 24 Sep 1996 no")
R(d, "China", NOTRATIFIED, CTBT, None, "China 24 Sep 1996 no", negated=True, alt=["China says it will ratify \"in due course\""])
R(d, "Egypt", "signed", CTBT, "1996-10-14", "Egypt 14 Oct 1996 no")
R(d, "Egypt", NOTRATIFIED, CTBT, None, "Egypt 14 Oct 1996 no", negated=True,
  alt=["Egypt and Iran link their ratification to Israel's accession to the NPT"])
R(d, "Iran", "signed", CTBT, "1996-09-24", "Iran 24 Sep 1996 no")
R(d, "Iran", NOTRATIFIED, CTBT, None, "Iran 24 Sep 1996 no", negated=True,
  alt=["Egypt and Iran link their ratification to Israel's accession to the NPT"])
R(d, "Israel", "signed", CTBT, "1996-09-25", "Israel 25 Sep 1996 no")
R(d, "Israel", NOTRATIFIED, CTBT, None, "Israel 25 Sep 1996 no", negated=True)
R(d, "India", "signed", CTBT, None, "India no no", negated=True, alt=["it ties signature to a time-bound disarmament programme"])
R(d, "Pakistan", "signed", CTBT, None, "Pakistan has said it will not sign before India does.", negated=True, alt=["Pakistan no no"])
R(d, "Democratic People's Republic of Korea", "signed", CTBT, None, "DPRK no no", negated=True)
# "three of which have not even signed": the table names them. "Israel's accession to the NPT" is a condition, not an act.
R(d, "Israel", "signed", NPT, None, "Israel's accession to the NPT, which Israel has never signed", negated=True)
R(d, "Israel", NOTBOUND, NPT, None, "Israel's accession to the NPT, which Israel has never signed", negated=True, required=False)
R(d, "Thailand", RATIFIED, CTBT, "2018-09-25", "Thailand ratified on 25 September 2018")
R(d, "Zimbabwe", RATIFIED, CTBT, "2019-02-13", "Zimbabwe on 13 February 2019")
R(d, "Cuba", "signed", CTBT, None, "Cuba, which had never signed", negated=True)
R(d, "Cuba", ACCEDED, CTBT, "2021-02-04", "Cuba, which had never signed, acceded on 4 February 2021")
RL(d, ["United Kingdom", "France"], RATIFIED, CTBT, "1998-04-06",
   "the United Kingdom and France, which deposited their instruments together on 6 April 1998, remain the only two to have ratified")
R(d, ["CTBTO Executive Secretary", "Robert Floyd", "CTBTO", "CTBTO Preparatory Commission"], "called-for", CTBT, "2023-11-02",
  "called on all States that have not yet done so to sign and ratify the Treaty without delay")
R(d, ["G7", "G7 foreign ministers"], "called-for", CTBT, "2023-11-08",
  "The G7 foreign ministers, in their statement of 8 November in Tokyo, urged all States that have not done so to sign and ratify the CTBT.")
# "this autumn" against the brief's date: 2023.
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", CTBTRES, "2023",
   "The annual General Assembly resolution on the Treaty, again tabled this autumn by Australia, Mexico and New Zealand")
R(d, ["UN General Assembly First Committee", "First Committee"], ADOPTED, CTBTRES, "2023",
  "passed the First Committee with its usual large majority", required=False)
# The US "committed" to its own testing moratorium: national policy, not the Treaty. Budget advice to European States: nothing.
R(d, ["Danube Institute for Nuclear Policy", "Danube Institute"], "called-for", CTBT, D,
  "The Danube Institute calls on China and the United States to ratify the CTBT, and on India and Pakistan to sign it")

# ===================== 03.md (working paper in Markdown with count table, Escazú Agreement, 21 April 2023) =====================
d = "03.md"
D = "2023-04-21"
ESC = ("Escazú Agreement", ["Escazu Agreement", "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
# The YAML front matter is part of the file (lower-case keys are not a Title:/Date: header). "was adopted at Escazú ... on
# 4 March 2018" names no adopting body: nothing. Table 1 gives counts only (unnamed groups): nothing.
RL(d, ["Argentina", "Brazil", "Costa Rica", "Mexico", "Peru", "Uruguay"], "signed", ESC, "2018-09-27",
   "Fourteen countries signed that day, among them Argentina, Brazil, Costa Rica, Mexico, Peru and Uruguay.")
RL(d, ["Argentina", "Mexico"], RATIFIED, ESC, "2021-01-22",
   "Argentina and Mexico deposited their instruments of ratification together on 22 January 2021")
# Entry into force, COP2 in Buenos Aires, the depositary and the ECLAC secretariat (note 1): nothing.
RL(d, ["Bolivia", "Ecuador", "Nicaragua", "Panama", "Uruguay"], PARTY, ESC, None,
   "Among the Parties are Bolivia, Ecuador, Nicaragua, Panama and Uruguay")
RL(d, ["Antigua and Barbuda", "Grenada", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines"], PARTY, ESC, None,
   "five Caribbean States: Antigua and Barbuda, Grenada, Saint Kitts and Nevis, Saint Lucia, and Saint Vincent and the Grenadines")
# "last month" against the paper's date (21 April 2023).
R(d, "Belize", PARTY, ESC, "2023-03", "Belize became the fifteenth Party last month.")
RL(d, ["Venezuela", "Cuba", "Honduras", "El Salvador"], "signed", ESC, None,
   "Venezuela, Cuba, Honduras and El Salvador have not signed.", negated=True)
# Chile co-leading the negotiations: process, nothing.
R(d, "Chile", "signed", ESC, None, "the Piñera government declined to sign in September 2018", negated=True)
R(d, "Chile", ACCEDED, ESC, "2022-06-13", "Chile deposited its instrument of accession on 13 June 2022")
R(d, "Costa Rica", NOTRATIFIED, ESC, None, "Costa Rica, which lent the Agreement its name, signed in 2018 but has not ratified.",
  negated=True, alt=["the Chaves government has said ratification \"is not a priority\""])
# The bill lapsing in the Legislative Assembly, the congressional committee shelving Peru's bill: domestic.
R(d, "Peru", NOTRATIFIED, ESC, None, "Peru has not ratified", negated=True)
R(d, "Paraguay", "signed", ESC, "2018-09-28", "Paraguay signed a day later, on 28 September 2018")
R(d, "Paraguay", NOTRATIFIED, ESC, None, "then withdrew the ratification bill from its Congress in December 2019", negated=True)
R(d, "Guatemala", "signed", ESC, "2018", "Guatemala signed in 2018 and has not ratified either.")
R(d, "Guatemala", NOTRATIFIED, ESC, None, "Guatemala signed in 2018 and has not ratified either.", negated=True)
R(d, "Brazil", NOTRATIFIED, ESC, None, "Brazil, a day-one signatory, has yet to ratify", negated=True,
  alt=["while the Lula administration says it will do so"])
R(d, "Colombia", "signed", ESC, "2019-12-11", "The Duque government signed on 11 December 2019")
# Congress's approval (November 2022) and the pending Constitutional Court review: domestic.
R(d, "Colombia", NOTRATIFIED, ESC, None, "Colombia has yet to deposit an instrument of ratification", negated=True)
R(d, ["ECLAC", "ECLAC Executive Secretary", "Economic Commission for Latin America and the Caribbean", "José Manuel Salazar-Xirinachs"],
  "called-for", ESC, "2023-04-19",
  "ECLAC Executive Secretary José Manuel Salazar-Xirinachs called on \"all countries of the region that have not yet done so to sign and ratify the Escazú Agreement\"")
# "Delegates expect the meeting to adopt a work plan": a future meeting outcome, nothing.

# ===================== 04.html (think-tank commentary web page, Rome Statute exits and entries, 6 October 2025) =====================
d = "04.html"
D = "2025-10-06"
RS = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "Statute of the International Criminal Court"])
# Withdrawals, notices of withdrawal and announced withdrawals: negated party records without a date. A notice later
# revoked (South Africa, the Gambia) is optional; the text then states the State remains a Party (affirmed, undated).
# "three African States announced they would leave": named in the next sentences.
R(d, "Burundi", NOTBOUND, RS, None, "Burundi's withdrawal took effect on 27 October 2017", negated=True)
R(d, "South Africa", NOTBOUND, RS, None, "South Africa deposited a notice of withdrawal on 19 October 2016", negated=True, required=False)
R(d, "South Africa", PARTY, RS, None, "South Africa remains a State Party.")
# The High Court's ruling and Parliament's approval: domestic.
R(d, "Gambia", NOTBOUND, RS, None, "The Gambia announced its withdrawal in October 2016", negated=True, required=False)
R(d, "Gambia", PARTY, RS, None, "it too has remained a Party")
R(d, "Philippines", NOTBOUND, RS, None, "The Philippines deposited its notification of withdrawal on 17 March 2018", negated=True,
  alt=["Officials in Manila have since said the country has \"no intention of rejoining\""])
# Malaysia's accession was deposited and then withdrawn before it took effect: the deposit is optional, the outcome required.
R(d, "Malaysia", ACCEDED, RS, "2019-03-04", "Kuala Lumpur deposited its instrument of accession on 4 March 2019", required=False)
R(d, "Malaysia", NOTBOUND, RS, None, "only to withdraw it on 5 April 2019, before it took effect", negated=True)
R(d, "Hungary", RATIFIED, RS, "2001-11", "Hungary, which had ratified in November 2001")
R(d, "Hungary", NOTBOUND, RS, None, "announced its withdrawal on 3 April 2025 as Benjamin Netanyahu arrived in Budapest", negated=True)
RL(d, ["Burkina Faso", "Mali", "Niger"], NOTBOUND, RS, None,
   "Burkina Faso, Mali and Niger announced in a joint statement that they would withdraw", negated=True)
R(d, "Armenia", "signed", RS, "1999", "Armenia, which signed in 1999")
R(d, "Armenia", RATIFIED, RS, "2023-11-14", "deposited its instrument of ratification on 14 November 2023")
# The Verkhovna Rada's vote: domestic. Article 12(3) declarations: acceptance of jurisdiction, not the Statute.
# The factbox's "Effective" dates are entry into force for the State, not the act: its rows restate the prose.
R(d, "Ukraine", RATIFIED, RS, "2024-10-25", "Ukraine deposited its instrument of ratification on 25 October 2024")
R(d, "State of Palestine", ACCEDED, RS, "2015-01-02", "The State of Palestine, whose accession of 2 January 2015 preceded the period covered here")
RL(d, ["United States", "Israel"], "signed", RS, "2000", "The United States and Israel signed in 2000")
RL(d, ["United States", "Israel"], NOTBOUND, RS, None,
   "informed the Secretary-General in 2002 that they did not intend to become parties", negated=True)
R(d, "Russian Federation", "signed", RS, "2000", "The Russian Federation signed in 2000", required=False)
R(d, "Russian Federation", "signed", RS, None, "withdrew its signature by a presidential order of 16 November 2016", negated=True)
RL(d, ["China", "India", "Indonesia", "Türkiye"], "signed", RS, None, "China has never signed, nor have India, Indonesia or Türkiye.", negated=True)
R(d, "Indonesia", ACCEDED, RS, None, "Indonesia's national human rights action plan once set 2008 as the target for accession", negated=True)
R(d, "European Union", "called-for", RS, "2025-09-23",
  "The European Union, in a statement by the High Representative on 23 September 2025, called on all States that have not yet done so to join the Rome Statute")

# ===================== 05 (book-chapter excerpt with footnotes and vote table, the Global Compacts, 2021) =====================
d = "05.txt"
D = "2021"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["GCM", "Global Compact for Migration", "resolution 73/195", "General Assembly resolution 73/195"])
GCR = ("Global Compact on Refugees", ["GCR", "resolution 73/151", "General Assembly resolution 73/151"])
NYD = ("New York Declaration for Refugees and Migrants", ["New York Declaration", "resolution 71/1"])
# The chapter's own masthead opens the file (no Title: header); its publication year is not an action date.
R(d, GA, ADOPTED, NYD, "2016-09-19",
  "the New York Declaration for Refugees and Migrants, adopted by the General Assembly on 19 September 2016 as resolution 71/1")
# "committed Member States to negotiate two compacts": unnamed. Mexico and Switzerland co-facilitating: process, not co-sponsorship.
# "The United States was the first to leave the process": the negotiating process, not the instrument.
R(d, "Hungary", ENDORSED, GCM, None, "announcing the day after the text was finalised that it would not endorse the Compact", negated=True)
R(d, "Austria", ENDORSED, GCM, None, "On 31 October 2018 the Austrian government decided not to join", negated=True)
RL(d, ["Australia", "Bulgaria", "Czechia", "Israel", "Poland"], SIGNED_DECL, GCM, None,
   "Australia, Bulgaria, the Czech Republic, Israel and Poland had announced that they would not sign", negated=True)
# Belgium's Prime Minister travelling to Marrakesh: attendance, nothing; its vote below is recorded.
R(d, "Italy", ENDORSED, GCM, None, "Italy's government said it would not attend and would leave the decision to Parliament", negated=True)
R(d, "Switzerland", ENDORSED, GCM, None, "Switzerland's Federal Council postponed its decision until both chambers had debated the text", negated=True)
R(d, ["Intergovernmental Conference", "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "Marrakesh conference"],
  ADOPTED, GCM, "2018-12-10", "The Intergovernmental Conference in Marrakesh adopted the Compact on 10 December 2018", required=False)
R(d, "Brazil", ENDORSED, GCM, "2018-12-10", "Brazil's delegation, sent by the outgoing Temer government, endorsed it there")
R(d, "Brazil", ENDORSED, GCM, None, "the Bolsonaro government announced Brazil's withdrawal from the Compact", negated=True)
R(d, "Chile", SIGNED_DECL, GCM, None, "announced on the eve of the conference that it would not sign", negated=True)
R(d, GA, ADOPTED, GCM, "2018-12-19", "The General Assembly endorsed the Compact in resolution 73/195 on 19 December 2018")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, "2018-12-19",
   "The Czech Republic, Hungary, Israel, Poland and the United States voted against.", negated=True)
RL(d, ["Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Switzerland"], "supported", GCM, "2018-12-19",
   "Among the twelve abstainers were Australia, Austria, Bulgaria, Chile, Italy, Latvia and Switzerland.", negated=True)
R(d, "Belgium", "supported", GCM, "2018-12-19", "Belgium voted in favour.")
R(d, "Slovakia", "supported", GCM, "2018-12-19", "Twenty-four Member States did not vote at all, Slovakia among them", negated=True)
R(d, "Slovakia", ENDORSED, GCM, None, "Slovakia's government later confirmed that it did not endorse the Compact.", negated=True)
R(d, GA, ADOPTED, GCR, "2018-12-17", "the Assembly had affirmed the Global Compact on Refugees in resolution 73/151")
RL(d, ["United States", "Hungary"], "supported", GCR, "2018-12-17", "Only the United States and Hungary voted against", negated=True)
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", GCR, "2018-12-17", "the Dominican Republic, Eritrea and Libya abstained", negated=True)
# Table 4.1 gives counts only. The Austrian and Czech quotes add nothing new. The Bundestag motion and the Saeima vote:
# domestic. Morocco hosting the conference: venue.

# ===================== 06.md (working paper in Markdown with data appendix table, Kigali Amendment, 8 July 2019) =====================
d = "06.md"
D = "2019-07-08"
KIG = ("Kigali Amendment", ["Kigali Amendment to the Montreal Protocol", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, ["Twenty-Eighth Meeting of the Parties", "MOP28", "Meeting of the Parties to the Montreal Protocol", "Meeting of the Parties"], ADOPTED, KIG,
  "2016-10-15", "was adopted by the Twenty-Eighth Meeting of the Parties (MOP28) in Kigali on 15 October 2016")
# Entry into force and "the twentieth instrument" (unnamed): nothing. Dates: the appendix's deposit dates for the same acts
# the prose dates by month (the appendix says they are dates of deposit, not of entry into force).
R(d, "Mali", RATIFIED, KIG, "2017-03-31", "Mali, which ratified in March 2017", alt=["Mali | Africa | Ratification | 31 Mar 2017"])
R(d, "Rwanda", RATIFIED, KIG, "2017-05-23", "Rwanda, the host of MOP28, in May 2017", alt=["Rwanda | Africa | Ratification | 23 May 2017"])
R(d, "Australia", RATIFIED, KIG, "2017-10-27", "Australia ratified in October 2017", alt=["Australia | Asia-Pacific | Ratification | 27 Oct 2017"])
R(d, "Canada", ACCEPTED, KIG, "2017-11-03", "Canada accepted the Amendment in November 2017", alt=["Canada | North America | Acceptance | 3 Nov 2017"])
R(d, "United Kingdom", RATIFIED, KIG, "2017-11-14", "the same month in which the United Kingdom and Germany ratified",
  alt=["United Kingdom | Europe | Ratification | 14 Nov 2017"])
R(d, "Germany", RATIFIED, KIG, "2017-11-16", "the same month in which the United Kingdom and Germany ratified",
  alt=["Germany | Europe | Ratification | 16 Nov 2017"])
R(d, "European Union", ACCEPTED, KIG, "2018-09-27", "The European Union deposited its instrument of approval on 27 September 2018",
  alt=["European Union | Europe | Approval | 27 Sep 2018"])
R(d, "Japan", ACCEPTED, KIG, "2018-12-18", "Japan's instrument of acceptance followed in December 2018", alt=["Japan | Asia-Pacific | Acceptance | 18 Dec 2018"])
R(d, "Chile", RATIFIED, KIG, "2017-09-19", "Chile ratified in September 2017", alt=["Chile | Latin America | Ratification | 19 Sep 2017"])
R(d, "Mexico", RATIFIED, KIG, "2018-09-25", "Mexico a year later", alt=["Mexico | Latin America | Ratification | 25 Sep 2018"])
R(d, "Malawi", RATIFIED, KIG, "2017-11-21", "Malawi | Africa | Ratification | 21 Nov 2017")
R(d, "Comoros", RATIFIED, KIG, "2017-11-16", "Comoros | Africa | Ratification | 16 Nov 2017")
R(d, "Sweden", RATIFIED, KIG, "2017-11-17", "Sweden | Europe | Ratification | 17 Nov 2017")
# "every early ratifier had accepted the Beijing Amendment": no State named for it.
R(d, "United States", NOTRATIFIED, KIG, None, "China, India and the United States have not ratified.", negated=True,
  alt=["the current administration has not transmitted the Amendment to the Senate", "United States | North America | none"])
R(d, "China", NOTRATIFIED, KIG, None, "China, India and the United States have not ratified.", negated=True,
  alt=["China is \"actively studying\" ratification", "China | Asia-Pacific | none"])
R(d, "India", NOTRATIFIED, KIG, None, "China, India and the United States have not ratified.", negated=True,
  alt=["India says it will ratify \"in due course\"", "India | Asia-Pacific | none"])
# "Washington led the coalition that secured the deal": negotiation. Thirteen senators, US industry: unnamed and domestic.
# The India Cooling Action Plan and China's ozone regulations: national measures, nothing.
RL(d, ["Brazil", "Indonesia", "Saudi Arabia"], NOTRATIFIED, KIG, None,
   "Brazil, Indonesia and Saudi Arabia have not ratified either", negated=True)
R(d, "UN Secretary-General", "called-for", KIG, "2018-09-16",
  "The UN Secretary-General, in his message for the International Day for the Preservation of the Ozone Layer on 16 September 2018, called on all countries to ratify the Kigali Amendment.")
# MOP30's financial decisions in Quito: no named instrument; venue.
R(d, ["Climate and Ozone Policy Lab", "COPL"], "called-for", KIG, D,
  "COPL calls on China, India and the United States to ratify the Amendment")

# ===================== 07.html (think-tank tracker web page, international AI governance instruments, 10 March 2025) =====================
d = "07.html"
D = "2025-03-10"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "CoE Framework Convention", "AI Convention", "Framework Convention"])
BLE = ("Bletchley Declaration", ["Bletchley Declaration by Countries Attending the AI Safety Summit"])
SEOUL = ("Seoul Declaration for Safe, Innovative and Inclusive AI", ["Seoul Declaration"])
PARIS = ("Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet", ["Paris Statement", "Paris AI Action Summit statement"])
R78265 = ("resolution 78/265", ["General Assembly resolution 78/265", "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development"])
R78311 = ("resolution 78/311", ["General Assembly resolution 78/311", "Enhancing international cooperation on capacity-building of artificial intelligence"])
PDMAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy", ["Political Declaration on Responsible Military Use of AI and Autonomy"])
BLUE = ("REAIM Blueprint for Action", ["Blueprint for Action"])
CALL = ("REAIM Call to Action", ["2023 REAIM Call to Action", "Call to Action"])
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "The Committee of Ministers adopted it on 17 May 2024")
SEVEN = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom"]
RL(d, SEVEN, "signed", AIC, "2024-09-05",
   "when it was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom")
RL(d, ["Israel", "United States", "European Union"], "signed", AIC, "2024-09-05", "as well as by Israel, the United States and the European Union")
# Vilnius: venue. "No signatory had ratified" covers the ten named signatories; the three with their own statements are
# required, the rest optional. "five ratifications are needed for entry into force": nothing.
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "Israel"], NOTRATIFIED, AIC, None,
   "No signatory had ratified by the date of this update", negated=True, required=False)
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "The United Kingdom has said it will ratify once its domestic legislation is in place.", negated=True)
R(d, "United States", NOTRATIFIED, AIC, None, "the new administration has given no indication that it will seek the Senate's consent", negated=True)
R(d, "European Union", NOTRATIFIED, AIC, None, "until the Council acts the Union remains a signatory only", negated=True)
# The Commission's proposal for a Council decision: an internal EU step, nothing.
# The United Kingdom hosting the Bletchley summit: venue, not endorsement.
RL(d, ["China", "India", "United States", "European Union"], ENDORSED, BLE, "2023-11",
   "was endorsed by 28 countries and the European Union, including China, India and the United States")
R(d, "European Union", SIGNED_DECL, SEOUL, "2024-05", "ten countries and the EU signed the Seoul Declaration for Safe, Innovative and Inclusive AI")
R(d, "China", SIGNED_DECL, SEOUL, None, "China, present at the ministerial session, did not sign it.", negated=True)
RL(d, ["China", "India", "France"], SIGNED_DECL, PARIS, "2025-02-11", "signed by some 60 countries including China, India and France")
RL(d, ["United States", "United Kingdom"], SIGNED_DECL, PARIS, None, "The United States and the United Kingdom declined to sign.", negated=True)
R(d, GA, "adopted", R78265, "2024-03-21", "On 21 March 2024 the General Assembly adopted without a vote resolution 78/265")
# Tabling is co-sponsorship; the text gives no tabling date (the adoption date is not the tabling date).
R(d, "United States", "co-sponsored", R78265, None, "tabled by the United States")
R(d, "China", "co-sponsored", R78265, None, "co-sponsored by more than 120 Member States, China among them")
R(d, GA, "adopted", R78311, "2024-07-01", "On 1 July 2024 it adopted resolution 78/311 on capacity-building in AI")
R(d, "China", "co-sponsored", R78311, None, "tabled by China")
R(d, "United States", "supported", R78311, "2024-07-01", "the United States joined the consensus")
R(d, "United States", ENDORSED, PDMAI, "2023-02", "launched by the United States in The Hague in February 2023", required=False)
RL(d, ["China", "Russian Federation"], ENDORSED, PDMAI, None, "China and Russia have not endorsed it.", negated=True)
RL(d, ["Netherlands", "United Kingdom", "United States"], ENDORSED, BLUE, "2024-09-10",
   "was endorsed by some 60 States, including the Netherlands, the United Kingdom and the United States")
R(d, "China", ENDORSED, BLUE, None, "did not endorse the Blueprint", negated=True)
R(d, "China", ["endorsed", "supported", "committed"], CALL, "2023", "China, which had supported the 2023 REAIM Call to Action")
# The tracker table gives counts only.

# ===================== 08 (policy brief with status table, AfCFTA signatures and ratifications, Accra, 12 July 2019) =====================
d = "08.txt"
D = "2019-07-12"
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
KD = ("Kigali Declaration", ["Kigali Declaration on the Launch of the AfCFTA"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "Protocol on Free Movement of Persons", "Protocol Relating to Free Movement of Persons"])
# Masthead document (no Title: header): the dateline "Accra, 12 July 2019" dates it. Entry into force and the operational
# phase: nothing. "only one AU member State now stands outside", "44 States signed it": unnamed here.
RL(d, ["Egypt", "Ethiopia", "Ghana", "Kenya", "Morocco", "Rwanda"], "signed", AFCFTA, "2018-03-21",
   "Among the first-day signatories were Egypt, Ethiopia, Ghana, Kenya, Morocco and Rwanda.")
# Nigeria's and South Africa's abstention from signing in Kigali was later overtaken by signature: optional negated records.
R(d, "Nigeria", "signed", AFCFTA, None, "Nigeria did not sign in Kigali", negated=True, required=False)
R(d, "South Africa", "signed", AFCFTA, None, "South Africa signed only the Kigali Declaration", negated=True, required=False)
R(d, "South Africa", SIGNED_DECL, KD, "2018-03-21", "South Africa signed only the Kigali Declaration")
R(d, "South Africa", "signed", AFCFTA, "2018-07-01", "South Africa signed the Agreement at the AU summit in Nouakchott on 1 July 2018",
  alt=["South Africa 1 Jul 2018 10 Feb 2019"])
RL(d, ["Sierra Leone", "Namibia", "Lesotho", "Burundi"], "signed", AFCFTA, "2018-07-01", "together with Sierra Leone, Namibia, Lesotho and Burundi")
R(d, "South Africa", RATIFIED, AFCFTA, "2019-02-10", "deposited its instrument of ratification on 10 February 2019")
RL(d, ["Kenya", "Ghana"], RATIFIED, AFCFTA, "2018-05-10",
   "Kenya and Ghana had been the first to deposit instruments of ratification, on 10 May 2018.")
R(d, "Egypt", RATIFIED, AFCFTA, "2019-04", "Egypt deposited its instrument in April 2019", alt=["Egypt 21 Mar 2018 Apr 2019"])
R(d, "Gambia", RATIFIED, AFCFTA, "2019-04", "The Gambia's ratification the same month")
RL(d, ["Nigeria", "Benin"], "signed", AFCFTA, "2019-07-07", "on 7 July 2019, Nigeria and Benin signed in Niamey")
R(d, "Nigeria", NOTRATIFIED, AFCFTA, None, "Nigeria has not ratified", negated=True, alt=["Nigeria 7 Jul 2019 not ratified"])
# The presidential committee, the Federal Executive Council decision, Morocco's parliamentary law: domestic. The Nigeria
# Labour Congress urging the government not to ratify: not a call to join.
R(d, "Benin", NOTRATIFIED, AFCFTA, None, "Benin has yet to ratify.", negated=True)
R(d, "Morocco", NOTRATIFIED, AFCFTA, None, "Morocco, a day-one signatory, has not ratified either", negated=True,
  alt=["Morocco 21 Mar 2018 not ratified"])
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea has not signed", negated=True,
  alt=["it will consider joining once its relations with its neighbours are fully normalised"])
R(d, "Algeria", "signed", AFCFTA, "2018-03-21", "Algeria 21 Mar 2018 not ratified")
R(d, "Algeria", NOTRATIFIED, AFCFTA, None, "Algeria 21 Mar 2018 not ratified", negated=True)
R(d, "Angola", "signed", AFCFTA, "2018-03-21", "Angola 21 Mar 2018 not ratified")
R(d, "Angola", NOTRATIFIED, AFCFTA, None, "Angola 21 Mar 2018 not ratified", negated=True)
# Free movement protocol: "signed by 30 States in Kigali" is unnamed.
RL(d, ["Rwanda", "Niger", "Mali", "Sao Tome and Principe"], RATIFIED, FMP, None,
   "Rwanda, Niger, Mali and Sao Tome and Principe are among the handful that have")
R(d, "Kenya", "signed", FMP, "2018-03-21", "Kenya signed the Protocol in Kigali")
R(d, "Kenya", NOTRATIFIED, FMP, None, "Kenya signed the Protocol in Kigali and has not ratified it.", negated=True)
R(d, ["African Union Commission", "AU Commission", "AU Commission Chairperson", "Moussa Faki Mahamat"], "called-for", AFCFTA, "2019-07-07",
  "AU Commission Chairperson Moussa Faki Mahamat urged \"all Member States that have not yet done so to sign and ratify the Agreement without delay\"")
R(d, ["West Africa Trade Policy Observatory", "Observatory"], "called-for", AFCFTA, D,
  "the Observatory urges Nigeria to ratify the Agreement before trading begins on 1 July 2020")
# "ECOWAS members should coordinate their tariff schedules": no instrument, nothing.

# ===================== 09 (working paper with data appendix, ILO Convention No. 190, 21 June 2024) =====================
d = "09.txt"
D = "2024-06-21"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Violence and Harassment Convention", "Violence and Harassment Convention"])
R206 = ("Violence and Harassment Recommendation (No. 206)", ["Recommendation No. 206", "R206", "Violence and Harassment Recommendation"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration"])
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
R(d, ILC, "adopted", C190, "2019-06-21",
  "The International Labour Conference adopted the Violence and Harassment Convention, 2019 (No. 190) on 21 June 2019")
R(d, ILC, "adopted", R206, "2019-06-21", "together with the Violence and Harassment Recommendation (No. 206) and the ILO Centenary Declaration")
R(d, ILC, ADOPTED, CENT, "2019-06-21", "the ILO Centenary Declaration for the Future of Work")
# "439 votes to 7, with 30 abstentions": unnamed. Entry into force: nothing. Dates: the appendix's registration dates for
# the acts the prose names (the prose's "in 2021", "two weeks later" are the same acts).
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay was the first Member State to ratify, on 12 June 2020", alt=["Americas Uruguay 12 Jun 2020"])
R(d, "Fiji", RATIFIED, C190, "2020-06-25", "Fiji the second, two weeks later", alt=["Asia-Pacific Fiji 25 Jun 2020"])
LATAM = "Argentina, Ecuador, Mexico, Panama and Peru all followed within three years"
R(d, "Argentina", RATIFIED, C190, "2021-02-23", LATAM, alt=["Argentina 23 Feb 2021"])
R(d, "Ecuador", RATIFIED, C190, "2021-05-19", LATAM, alt=["Ecuador 19 May 2021"])
R(d, "Mexico", RATIFIED, C190, "2022-07-06", LATAM, alt=["Mexico 6 Jul 2022"])
R(d, "Panama", RATIFIED, C190, "2022-08-11", LATAM, alt=["Panama 11 Aug 2022"])
R(d, "Peru", RATIFIED, C190, "2022-06-08", LATAM, alt=["Peru 8 Jun 2022"])
R(d, "Greece", RATIFIED, C190, "2021-08-30", "Greece and Italy ratified in 2021", alt=["Europe Greece 30 Aug 2021"])
R(d, "Italy", RATIFIED, C190, "2021-10-29", "Greece and Italy ratified in 2021", alt=["Italy 29 Oct 2021"])
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "the United Kingdom in March 2022", alt=["United Kingdom 7 Mar 2022"])
R(d, "Spain", RATIFIED, C190, "2022-05-25", "Spain in May 2022", alt=["Spain 25 May 2022"])
R(d, "France", RATIFIED, C190, "2023-04-12", "while France and Germany followed in 2023", alt=["France 12 Apr 2023"])
R(d, "Germany", RATIFIED, C190, "2023-06-14", "while France and Germany followed in 2023", alt=["Germany 14 Jun 2023"])
R(d, "Canada", RATIFIED, C190, "2023-01-30", "Canada's ratification in January 2023", alt=["Canada 30 Jan 2023"])
AFR = "Four African States ratified early: Namibia, Somalia, Mauritius and South Africa"
R(d, "Namibia", RATIFIED, C190, "2020-12-09", AFR, alt=["Africa Namibia 9 Dec 2020"])
R(d, "Somalia", RATIFIED, C190, "2021-03-08", AFR, alt=["Somalia 8 Mar 2021"])
R(d, "Mauritius", RATIFIED, C190, "2021-07-01", AFR, alt=["Mauritius 1 Jul 2021"])
R(d, "South Africa", RATIFIED, C190, "2021-11-29", AFR, alt=["South Africa 29 Nov 2021"])
RL(d, ["United States", "China", "India"], NOTRATIFIED, C190, None,
   "Among the largest economies, the United States, China, India and Japan have not ratified.", negated=True)
R(d, "Japan", NOTRATIFIED, C190, None, "Among the largest economies, the United States, China, India and Japan have not ratified.", negated=True,
  alt=["Japan's labour ministry has said it is \"studying\" ratification"])
# Korea's Labour Standards Act amendment and Brazil's message to Congress: domestic steps.
R(d, "Republic of Korea", NOTRATIFIED, C190, None,
  "The Republic of Korea, whose Labour Standards Act was amended in 2019 to prohibit workplace bullying, has not ratified either.", negated=True)
R(d, "Brazil", NOTRATIFIED, C190, None, "says it expects to ratify", negated=True, alt=["Congress has not yet voted"])
# The Council of the EU authorising Member States to ratify: an authorisation, not a treaty action or a call.
R(d, ["ILO Director-General", "Gilbert F. Houngbo", "ILO"], "called-for", C190, D,
  "Marking the anniversary today, ILO Director-General Gilbert F. Houngbo called on all Member States that have not yet done so to ratify Convention No. 190.")
R(d, ["International Trade Union Confederation", "ITUC"], "called-for", C190, D,
  "urges \"every government\" to ratify the Convention before its tenth anniversary")

# ===================== 10.md (think-tank analysis post in Markdown with table, protection-of-civilians instruments, 30 June 2025) =====================
d = "10.md"
D = "2025-06-30"
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "EWIPA Political Declaration", "Political Declaration on Explosive Weapons in Populated Areas"])
SSD = ("Safe Schools Declaration", ["the Safe Schools Declaration"])
R78241 = ("resolution 78/241", ["General Assembly resolution 78/241", "resolution on lethal autonomous weapons systems"])
R7962 = ("resolution 79/62", ["General Assembly resolution 79/62"])
APMBC = ("Anti-Personnel Mine Ban Convention", ["Mine Ban Convention", "Ottawa Convention",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
# "was adopted in Dublin on 18 November 2022" names no adopting body; Ireland leading the consultations: process.
RL(d, ["United States", "United Kingdom", "France", "Germany"], ENDORSED, EWIPA, "2022-11-18",
   "It was endorsed that day by 83 States, including the United States, the United Kingdom, France and Germany.")
RL(d, ["Israel", "Russian Federation"], ENDORSED, EWIPA, None,
   "Israel and the Russian Federation, the two States whose urban warfare has most shaped the debate since, have not endorsed it.",
   negated=True, alt=["EWIPA Declaration (2022) | Political declaration | Israel, Russian Federation"])
# Norway hosting the Oslo follow-up conference: venue.
R(d, ["ICRC", "International Committee of the Red Cross"], "called-for", EWIPA, "2024-04",
  "the ICRC called on all States that had not yet done so to endorse the Declaration")
# An explicit pledge to implement the Declaration: committed (Norway's hosting of the conference is not a record).
RL(d, ["Norway", "Ireland"], COMMITTED, EWIPA, "2024-04",
   "Norway and Ireland pledged there to implement the Declaration through changes to their own military policy and practice.")
R(d, "United Kingdom", ENDORSED, SSD, "2018", "The United Kingdom endorsed it in 2018, after years of hesitation")
RL(d, ["United States", "Russian Federation", "Israel"], ENDORSED, SSD, None,
   "the United States, the Russian Federation and Israel have not endorsed it", negated=True,
   alt=["Safe Schools Declaration (2015) | Political declaration | United States, Russian Federation, Israel"])
R(d, GA, "adopted", R78241, "2023-12-22",
  "On 22 December 2023 the General Assembly adopted resolution 78/241 on lethal autonomous weapons systems")
R(d, "Austria", "co-sponsored", R78241, None, "tabled by Austria")
RL(d, ["Belarus", "India", "Mali", "Russian Federation"], "supported", R78241, "2023-12-22",
   "Belarus, India, Mali and the Russian Federation voted against", negated=True)
RL(d, ["China", "Iran", "Israel", "Saudi Arabia", "Türkiye"], "supported", R78241, "2023-12-22",
   "China, Iran, Israel, Saudi Arabia and Türkiye were among those that abstained", negated=True)
R(d, GA, "adopted", R7962, "2024-12-02", "on 2 December 2024, the Assembly adopted a follow-up text, resolution 79/62")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Russian Federation"], "supported", R7962, "2024-12-02",
   "Belarus, the Democratic People's Republic of Korea and the Russian Federation voted no", negated=True)
# Announced withdrawals: negated, undated. Latvia's Saeima law: domestic. Article 20's six-month rule: nothing.
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], NOTBOUND, APMBC, None,
   "Estonia, Latvia and Lithuania, together with Poland, announced that they would withdraw from the Anti-Personnel Mine Ban Convention",
   negated=True, alt=["Withdrawals announced: Estonia, Finland, Latvia, Lithuania, Poland"])
R(d, "Finland", NOTBOUND, APMBC, None, "Finland followed on 1 April", negated=True,
  alt=["Withdrawals announced: Estonia, Finland, Latvia, Lithuania, Poland"])
R(d, "Ukraine", NOTBOUND, APMBC, None, "Ukraine's President signed a decree on 29 June to begin withdrawal from the same Convention", negated=True)
R(d, "Russian Federation", NOTBOUND, APMBC, None, "a treaty that Russia never joined", negated=True)
R(d, "Lithuania", NOTBOUND, CCM, None,
  "Lithuania had already left the Convention on Cluster Munitions: its withdrawal took effect on 6 March 2025.", negated=True,
  alt=["Lithuania (withdrawn 2025)"])
R(d, "United States", NOTBOUND, CCM, None, "The United States, which is not party to the Convention on Cluster Munitions", negated=True,
  alt=["United States (never joined)"])
# The US transfer of cluster munitions to Ukraine and the States Parties' criticism: nothing.

# ===================== 11 (journal article section with table and footnotes, ship recycling regimes, 18 September 2023) =====================
d = "11.txt"
D = "2023-09-18"
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "HKC"])
BAN = ("Basel Ban Amendment", ["Ban Amendment", "Ban Amendment to the Basel Convention"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
# "adopted at a diplomatic conference convened by the IMO": no named adopting body. The signatures are dated only by the
# span "2009-2010": null.
RL(d, ["France", "Italy", "Netherlands", "Saint Kitts and Nevis", "Türkiye"], "signed", HKC, None,
   "France, Italy, the Netherlands, Saint Kitts and Nevis and Turkey")
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, "2023-06-26",
   "The turning point came on 26 June 2023, when Bangladesh and Liberia deposited their instruments of accession at IMO Headquarters",
   alt=["Bangladesh acceded 26 Jun 2023"])
# Entry into force (26 June 2025), Article 17's conditions, IMO Headquarters: nothing. The Recycling of Ships Act: domestic.
R(d, "India", ACCEDED, HKC, "2019-11", "India acceded in November 2019", alt=["India acceded Nov 2019"])
R(d, "Japan", ACCEDED, HKC, "2019-03", "Japan had acceded in March 2019")
R(d, "Norway", PARTY, HKC, "2013", "Norway, the first Contracting State (2013)")
RL(d, ["France", "Belgium", "Denmark", "Panama", "Netherlands"], PARTY, HKC, None,
   "France, Belgium, Denmark, Panama and the Netherlands are among the flag and shipowning States that are Parties.")
R(d, "Pakistan", ACCEDED, HKC, None, "Pakistan, the third of the South Asian beaching States, has not acceded", negated=True,
  alt=["its government told the IMO in 2022 that it \"intends to accede\"", "Pakistan not acceded not ratified"])
R(d, "European Union", NOTBOUND, HKC, None, "The European Union is not a Party, and cannot become one", negated=True, required=False)
# The EU Ship Recycling Regulation (note 24): EU legislation, not a treaty action.
R(d, ["Conference of the Parties to the Basel Convention", "third Conference of the Parties", "COP3", "Conference of the Parties"],
  ADOPTED, BAN, "1995", "adopted by the third Conference of the Parties in 1995 (decision III/1)", required=False)
R(d, "Croatia", RATIFIED, BAN, "2019-09-06", "Croatia became the ninety-seventh Party to ratify it, on 6 September 2019")
RL(d, ["India", "Bangladesh", "Pakistan"], NOTRATIFIED, BAN, None, "India, Bangladesh and Pakistan all remain outside", negated=True,
   alt=["None of the three South Asian recycling States has ratified it"])
R(d, "United States", "signed", BASEL, "1990", "The United States signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "but has never ratified it", negated=True)
R(d, "United States", NOTBOUND, BAN, None, "cannot be bound by the Amendment either", negated=True, required=False)
R(d, ["IMO Secretary-General", "Kitack Lim", "IMO", "International Maritime Organization"], "called-for", HKC, "2023-06-26",
  "urged \"all States that have not yet done so to ratify or accede to the Convention as soon as possible\"")
# Kitack Lim "welcoming" the accessions: not recorded. The NGO Shipbreaking Platform's calls are not calls to join.

# ===================== 12.html (think-tank policy brief web page, the Glasgow pledges and declarations, 18 November 2022) =====================
d = "12.html"
D = "2022-11-18"
GMP = ("Global Methane Pledge", ["GMP"])
GLD = ("Glasgow Leaders' Declaration on Forests and Land Use", ["Glasgow Forests Declaration", "Forests and Land Use Declaration", "Glasgow Leaders' Declaration"])
COAL = ("Global Coal to Clean Power Transition Statement", ["Coal to Clean Power Statement", "Global Coal to Clean Power Statement"])
# Launching or joining a pledge is endorsing it (endorsed/committed); signing a statement is endorsing it.
RL(d, ["United States", "European Union"], ENDORSED, GMP, "2021-11-02",
   "The Global Methane Pledge was launched at COP26 on 2 November 2021 by the United States and the European Union")
# "Participants commit to a collective goal": unnamed.
RL(d, ["Brazil", "Indonesia", "Canada", "Nigeria"], ENDORSED, GMP, "2021-11-02", "Brazil, Indonesia, Canada and Nigeria joined at the launch.")
R(d, "Australia", ENDORSED, GMP, "2022-10", "Australia, which had refused to join under the previous government, signed on in October 2022.")
R(d, "Australia", ENDORSED, GMP, None, "Australia, which had refused to join under the previous government", negated=True, required=False)
RL(d, ["China", "India", "Russian Federation"], ENDORSED, GMP, None, "China, India and the Russian Federation have not joined.", negated=True)
# India's minister's argument: no new record.
RL(d, ["Brazil", "China", "Democratic Republic of the Congo", "Indonesia", "Russian Federation"], ENDORSED, GLD, "2021-11-02",
   "was endorsed by 141 countries, including Brazil, China, the Democratic Republic of the Congo, Indonesia and the Russian Federation")
# Reported backtracking by Indonesia, denied by its foreign ministry: the endorsement stands, no negated record.
R(d, "India", ENDORSED, GLD, None, "India did not endorse the Declaration.", negated=True)
RL(d, ["Poland", "Viet Nam", "Indonesia", "Republic of Korea", "Chile"], SIGNED_DECL, COAL, "2021-11-04",
   "was signed by Poland, Viet Nam, Indonesia, the Republic of Korea and Chile, among others")
# Poland's "in the 2040s" and Indonesia's reservation on one clause qualify their signatures but do not undo them.
RL(d, ["China", "India", "United States", "Australia"], SIGNED_DECL, COAL, None,
   "China, India, the United States and Australia all stayed out", negated=True, alt=["The largest coal consumers did not sign"])
# The Global Shield: a financing initiative. The COP27 cover decision "expected to adopt": a future outcome. Nothing.
R(d, ["Berlin Climate Diplomacy Institute", "BCDI", "the Institute"], "called-for", GMP, D,
  "The Institute calls on China and India to join the Global Methane Pledge before COP28")

# ===================== 13 (book-chapter excerpt with vote table and footnotes, UNDROP and UNDRIP, published online 10 February 2022) =====================
d = "13.txt"
D = "2022-02-10"
UNDROP_NAMES = ["UNDROP", "United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas", "Declaration on the Rights of Peasants"]
HRC3912 = ("Human Rights Council resolution 39/12", ["resolution 39/12", "HRC res. 39/12"] + UNDROP_NAMES)
GA73165 = ("General Assembly resolution 73/165", ["resolution 73/165", "GA res. 73/165"] + UNDROP_NAMES)
UNDROP = ("United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas", ["UNDROP", "Declaration on the Rights of Peasants"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
# The two votes are recorded under their resolutions (Geneva and New York), each also named by the Declaration it adopts.
R(d, HRC, "adopted", HRC3912, "2018-09-28", "was adopted by the Human Rights Council on 28 September 2018 in resolution 39/12")
# Bolivia chairing the working group: process. Presenting the draft: co-sponsorship (no tabling date given).
R(d, "Bolivia", "co-sponsored", HRC3912, None, "Bolivia, which had chaired the intergovernmental working group since its creation, presented the draft")
RL(d, ["Cuba", "Ecuador", "South Africa"], "co-sponsored", HRC3912, None, "Cuba, Ecuador and South Africa were among its co-sponsors")
RL(d, ["Australia", "Hungary", "United Kingdom"], "supported", HRC3912, "2018-09-28",
   "Australia, Hungary and the United Kingdom voted against", negated=True)
RL(d, ["Brazil", "Germany", "Japan", "Spain"], "supported", HRC3912, "2018-09-28",
   "Brazil, Germany, Japan and Spain were among the abstainers", negated=True)
# La Via Campesina's advocacy, the explanations of vote, the UK's request for a recorded vote (note 31): nothing.
R(d, GA, "adopted", GA73165, "2018-12-17", "The General Assembly adopted the Declaration on 17 December 2018 in resolution 73/165")
RL(d, ["Australia", "Guatemala", "Hungary", "Israel", "New Zealand", "Sweden", "United Kingdom", "United States"], "supported", GA73165,
   "2018-12-17",
   "The eight votes against were cast by Australia, Guatemala, Hungary, Israel, New Zealand, Sweden, the United Kingdom and the United States.",
   negated=True)
RL(d, ["Switzerland", "Portugal"], "supported", GA73165, "2018-12-17", "Switzerland and Portugal were among the few Western States to vote in favour")
RL(d, ["Canada", "Germany", "Japan"], "supported", GA73165, "2018-12-17", "Canada, Germany and Japan abstained", negated=True)
# Table 7.1 gives counts only; note 32's Third Committee vote names no State.
R(d, GA, "adopted", UNDRIP, "2007-09-13", "which the General Assembly adopted on 13 September 2007")
RL(d, ["Australia", "Canada", "New Zealand", "United States"], "supported", UNDRIP, "2007-09-13",
   "over the votes of Australia, Canada, New Zealand and the United States", negated=True)
R(d, "Australia", ENDORSED, UNDRIP, "2009-04", "Australia endorsed the Declaration in April 2009")
R(d, "New Zealand", ENDORSED, UNDRIP, "2010-04", "New Zealand in April 2010")
# Canada's 2016 statement restates its endorsement (same tuple): alt quote; the first act's date is kept.
R(d, "Canada", ENDORSED, UNDRIP, "2010-11", "Canada followed in November 2010",
  alt=["Canada was now \"a full supporter of the Declaration, without qualification\""])
R(d, "United States", ENDORSED, UNDRIP, "2010-12", "the United States in December 2010")
# Canada's UNDRIP Act (June 2021): domestic legislation.
RL(d, ["United Kingdom", "Australia"], ENDORSED, UNDROP, None,
   "The United Kingdom and Australia have both said that they have no plans to endorse it", negated=True)
R(d, ["UN Special Rapporteur on the right to food", "Special Rapporteur on the right to food"], "called-for", UNDROP, "2020",
  "urged all States that had not yet done so to \"endorse and implement the Declaration without delay\"")
# La Via Campesina's work on implementation and the Council's 2023 follow-up mechanism: implementation and institutions.

# ===================== 14 (policy brief with count table, Singapore Mediation and Hague Judgments Conventions, 15 July 2024) =====================
d = "14.txt"
D = "2024-07-15"
SCM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
       ["Singapore Convention on Mediation", "Singapore Convention", "Mediation Convention", "resolution 73/198"])
HJC = ("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Hague Judgments Convention", "Judgments Convention", "HCCH 2019 Judgments Convention"])
CCC = ("Choice of Court Convention", ["2005 Choice of Court Convention", "Convention on Choice of Court Agreements", "Hague Choice of Court Convention"])
R(d, GA, ADOPTED, SCM, "2018-12-20",
  "The General Assembly adopted the United Nations Convention on International Settlement Agreements Resulting from Mediation on 20 December 2018")
# "46 States signed": the named ones only. Singapore as venue of the ceremony: nothing (its own signature is named).
RL(d, ["China", "India", "Republic of Korea", "Singapore", "United States"], "signed", SCM, "2019-08-07",
   "among them China, India, the Republic of Korea, Singapore and the United States")
RL(d, ["Singapore", "Fiji"], RATIFIED, SCM, "2020-02-25", "Singapore and Fiji were the first to ratify, on 25 February 2020")
R(d, "Qatar", RATIFIED, SCM, "2020-03-12", "Qatar's ratification on 12 March 2020 was the third")
# Entry into force six months later: nothing.
R(d, "Saudi Arabia", RATIFIED, SCM, "2020-05", "Saudi Arabia followed in May 2020")
R(d, "Ecuador", RATIFIED, SCM, "2020-09", "Ecuador in September 2020")
R(d, "Japan", "signed", SCM, None, "Japan, which had not signed", negated=True)
R(d, "Japan", ACCEDED, SCM, "2023-10-01", "Japan, which had not signed, acceded on 1 October 2023")
R(d, "China", NOTRATIFIED, SCM, None, "neither China nor the United States nor India has ratified", negated=True,
  alt=["China's Ministry of Justice describes the question as \"under active study\""])
R(d, "United States", NOTRATIFIED, SCM, None, "neither China nor the United States nor India has ratified", negated=True,
  alt=["US officials say that ratification would require implementing legislation"])
R(d, "India", NOTRATIFIED, SCM, None, "neither China nor the United States nor India has ratified", negated=True)
R(d, "United Kingdom", "signed", SCM, "2023-05-03", "The United Kingdom signed on 3 May 2023")
R(d, "United Kingdom", NOTRATIFIED, SCM, None, "has said that it intends to ratify after consulting on implementing legislation", negated=True)
R(d, "European Union", "signed", SCM, None, "The European Union has not signed", negated=True)
# "its Member States are unlikely to sign without it": unnamed.
R(d, ["Hague Conference on Private International Law", "HCCH"], ADOPTED, HJC, "2019-07-02",
  "The Hague Conference on Private International Law adopted the Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters on 2 July 2019")
R(d, "Uruguay", "signed", HJC, "2019-07-02", "Uruguay signed it the same day")
R(d, "European Union", ACCEPTED, HJC, "2022-08-29", "the European Union and Ukraine deposited their instruments on 29 August 2022",
  alt=["an instrument of approval in the EU's case"])
R(d, "Ukraine", RATIFIED, HJC, "2022-08-29", "the European Union and Ukraine deposited their instruments on 29 August 2022",
  alt=["of ratification in Ukraine's"])
R(d, "Denmark", NOTBOUND, HJC, None, "The EU's approval binds all Member States except Denmark.", negated=True, required=False)
R(d, "United Kingdom", "signed", HJC, "2024-01-12", "The United Kingdom signed on 12 January 2024")
R(d, "United Kingdom", RATIFIED, HJC, "2024-06-27", "ratified on 27 June 2024")
# "will apply to it from 1 July 2025": entry into force for the UK, nothing.
R(d, "United States", "signed", HJC, "2022-03", "The United States signed in March 2022")
R(d, "United States", NOTRATIFIED, HJC, None, "but has taken no step towards ratification", negated=True)
RL(d, ["Costa Rica", "Israel", "Russian Federation"], "signed", HJC, None,
   "Costa Rica, Israel and the Russian Federation are also signatories that have not ratified.")
RL(d, ["Costa Rica", "Israel", "Russian Federation"], NOTRATIFIED, HJC, None,
   "Costa Rica, Israel and the Russian Federation are also signatories that have not ratified.", negated=True)
# Table 1 gives counts only.
R(d, "United States", "signed", CCC, "2009", "which the United States signed in 2009")
R(d, "United States", NOTRATIFIED, CCC, None, "which the United States signed in 2009 and has still not ratified", negated=True)
# "At the signing ceremony in 2019": the ceremony dated 7 August 2019 above.
R(d, ["Singapore", "Singapore's Minister for Law", "K. Shanmugam"], "called-for", SCM, "2019-08-07",
  "Singapore's Minister for Law K. Shanmugam urged \"every State that believes in the rule of law in commerce\" to sign and ratify the Convention")
R(d, ["London Institute for Commercial Dispute Policy", "LICDP", "the Institute"], "called-for", SCM, D,
  "The Institute urges the European Union to sign the Singapore Convention, and China, India and the United States to ratify it.")
# "The United States should ratify the Judgments Convention ...": the brief's own recommendation without a named caller;
# optional (the brief's authors are the implied caller).
R(d, ["London Institute for Commercial Dispute Policy", "LICDP", "the Institute"], "called-for", HJC, D,
  "The United States should ratify the Judgments Convention together with the Choice of Court Convention", required=False)

# ===================== 15 (research report data appendix with fixed-width table and notes, Paris Agreement, 1 November 2021) =====================
d = "15.txt"
D = "2021-11-01"
PA = ("Paris Agreement", ["Paris Climate Agreement"])
R(d, ["COP21", "Conference of the Parties", "twenty-first session of the Conference of the Parties"], ADOPTED, PA, "2015-12-12",
  "The Paris Agreement was adopted by the twenty-first session of the Conference of the Parties (COP21) on 12 December 2015", required=False)
# "175 Parties signed it": unnamed. Table C1 rows: "Signed" is a signature; "Instrument"/"Deposited" the consent to be bound;
# "--" in both instrument columns is a signatory that has not ratified. Entry into force (Article 21(3)) is not coded.
ROWS = [  # actor, signature date, consent action, consent date (None: not deposited), row text (folded)
    ("Angola", "2016-04-22", RATIFIED, "2020-11-16", "Angola 22 Apr 2016 ratification 16 Nov 2020"),
    ("Eritrea", "2016-04-22", None, None, "Eritrea 22 Apr 2016 -- --"),
    ("Libya", "2016-04-22", None, None, "Libya 22 Apr 2016 -- --"),
    ("Nigeria", "2016-09-22", RATIFIED, "2017-05-16", "Nigeria 22 Sep 2016 ratification 16 May 2017"),
    ("South Sudan", "2016-04-22", RATIFIED, "2021-02-23", "South Sudan 22 Apr 2016 ratification 23 Feb 2021"),
    ("China", "2016-04-22", RATIFIED, "2016-09-03", "China 22 Apr 2016 ratification 3 Sep 2016"),
    ("India", "2016-04-22", RATIFIED, "2016-10-02", "India 22 Apr 2016 ratification 2 Oct 2016"),
    ("Iran", "2016-04-22", None, None, "Iran 22 Apr 2016 -- -- (c)"),
    ("Iraq", "2016-12-08", None, None, "Iraq 8 Dec 2016 ratification 1 Nov 2021*"),
    ("Türkiye", "2016-04-22", RATIFIED, "2021-10-11", "Turkiye 22 Apr 2016 ratification 11 Oct 2021 (b)"),
    ("Yemen", "2016-09-23", None, None, "Yemen 23 Sep 2016 -- --"),
    ("European Union", "2016-04-22", ACCEPTED, "2016-10-05", "European Union 22 Apr 2016 approval 5 Oct 2016"),
    ("Russian Federation", "2016-04-22", ACCEPTED, "2019-10-07", "Russian Federation 22 Apr 2016 acceptance 7 Oct 2019 (d)"),
    ("United States", "2016-04-22", ACCEPTED, "2016-09-03", "United States 22 Apr 2016 acceptance 3 Sep 2016 (a)"),
    ("Brazil", "2016-04-22", RATIFIED, "2016-09-21", "Brazil 22 Apr 2016 ratification 21 Sep 2016"),
]
NOTDEP = {
    "Eritrea": ["Eritrea, Iran, Iraq, Libya and Yemen"],
    "Libya": ["Eritrea, Iran, Iraq, Libya and Yemen"],
    "Yemen": ["Eritrea, Iran, Iraq, Libya and Yemen"],
    "Iran": ["the Islamic Consultative Assembly has not approved ratification, and the government has given no date for it",
             "Eritrea, Iran, Iraq, Libya and Yemen"],
    # Iraq's deposit was only scheduled (note *), so it is planned: negated, undated.
    "Iraq": ["Deposit scheduled for 1 November 2021 according to the depositary; not confirmed at the check date",
             "Iraq's deposit was then only scheduled"],
}
for actor, sdate, act, cdate, row in ROWS:
    R(d, actor, "signed", PA, sdate, row)
    if act is None:
        R(d, actor, NOTRATIFIED, PA, None, row, negated=True, alt=NOTDEP[actor])
    else:
        R(d, actor, act, PA, cdate, row)
# Notes (b) and (d): the Grand National Assembly's approval and the Russian government decree are domestic steps.
R(d, "United States", NOTBOUND, PA, None, "the withdrawal took effect on 4 November 2020", negated=True,
  alt=["Notice of withdrawal given on 4 November 2019"])
R(d, "United States", PARTY, PA, "2021-02-19", "the United States again became a Party on 19 February 2021",
  alt=["A new instrument of acceptance was deposited on 20 January 2021"])
# "No UNFCCC Party other than the United States has ever withdrawn": unnamed.
R(d, ["COP26 President", "Alok Sharma"], "called-for", PA, "2021-10-31",
  "the COP26 President, Alok Sharma, called on \"the few remaining signatories\" to ratify the Paris Agreement")

# ===================== 16 (working paper with status table, WHO Pandemic Agreement and IHR amendments, Geneva, 25 July 2025) =====================
d = "16.txt"
D = "2025-07-25"
WPA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1"])
IHRA = ("amendments to the International Health Regulations (2005)", ["2024 amendments to the International Health Regulations", "IHR amendments",
        "International Health Regulations amendments"])
FCTC = ("Framework Convention on Tobacco Control", ["FCTC", "WHO Framework Convention on Tobacco Control"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol"])
PABS = ("PABS annex", ["annex on pathogen access and benefit sharing", "Pathogen Access and Benefit-Sharing annex"])
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "Seventy-seventh World Health Assembly", "WHA"]
R(d, WHA, "adopted", WPA, "2025-05-20", "On 20 May 2025 the Seventy-eighth World Health Assembly adopted the WHO Pandemic Agreement by resolution WHA78.1",
  alt=["The plenary adopted the resolution the next day without a vote"])
# Not yet open for signature; "No State can therefore have signed it": no record. The Intergovernmental Working Group: process.
# Committee A's vote (19 May): abstaining and not taking part are negated supported records that keep the vote's date.
RL(d, ["Italy", "Poland", "Israel", "Russian Federation", "Iran"], "supported", WPA, "2025-05-19",
   "among them Italy, Poland, Israel, the Russian Federation, Slovakia and Iran", negated=True)
R(d, "Slovakia", "supported", WPA, "2025-05-19", "among them Italy, Poland, Israel, the Russian Federation, Slovakia and Iran", negated=True,
  alt=["his government \"will not support\" the text"])
# Slovakia requesting the recorded vote: procedure, nothing.
R(d, "United States", "supported", WPA, "2025-05-19", "took no part in the negotiations or in the vote", negated=True,
  alt=["United States did not take part rejected (18 Jul 2025) signatory"])
R(d, "Argentina", "supported", WPA, "2025-05-19", "nor did Argentina, which announced its own withdrawal in February 2025", negated=True,
  alt=["Argentina did not take part not rejected signatory"])
# Withdrawals from WHO (the Organization, not an instrument named here): no record.
R(d, "Switzerland", "supported", WPA, "2025-05-19", "Switzerland, host of the Organization and a sceptic during the negotiations, voted in favour.")
R(d, WHA, "adopted", IHRA, "2024-06-01", "adopted by the Seventy-seventh World Health Assembly on 1 June 2024")
# Entry into force on 19 September 2025 and "not rejected" (silence is consent, in the future): nothing.
R(d, "United States", NOTBOUND, IHRA, None, "On 18 July 2025 the United States formally rejected the amendments", negated=True)
R(d, "Italy", NOTBOUND, IHRA, None, "Italy notified its rejection later the same month", negated=True)
# "The FCTC, adopted in 2003": no adopting body named. "183 Parties": unnamed.
R(d, "United States", "signed", FCTC, "2004", "The United States signed it in 2004")
R(d, "United States", NOTRATIFIED, FCTC, None, "but never sent it to the Senate", negated=True)
R(d, "Argentina", "signed", FCTC, "2003", "Argentina signed in 2003 and has not ratified")
R(d, "Argentina", NOTRATIFIED, FCTC, None, "Argentina signed in 2003 and has not ratified", negated=True)
R(d, "Switzerland", "signed", FCTC, "2004", "Switzerland signed in 2004 and has not ratified either")
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "Switzerland signed in 2004 and has not ratified either", negated=True)
R(d, "Indonesia", "signed", FCTC, None, "Indonesia has neither signed nor acceded.", negated=True)
R(d, "Indonesia", NOTBOUND, FCTC, None, "Indonesia has neither signed nor acceded.", negated=True)
R(d, "Italy", PARTY, FCTC, None, "Italy abstained rejected (Jul 2025) Party")
R(d, "European Union", ACCEPTED, ITP, "2016", "the European Union approved the Protocol to Eliminate Illicit Trade in Tobacco Products in 2016")
# The Protocol's entry into force: nothing.
R(d, "European Union", "welcomed", WPA, "2025-05-20", "The European Union welcomed the adoption of the Agreement on 20 May")
R(d, "European Union", "called-for", PABS, "2025-05-20", "called on all WHO Member States to conclude the PABS annex")
# "closing the Assembly": the text does not date the closing, so null.
R(d, ["WHO Director-General", "Tedros Adhanom Ghebreyesus", "WHO"], "called-for", WPA, None,
  "urged Member States to \"sign and ratify the Agreement as soon as it opens for signature\"")

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
