#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Nine documents are .txt, three .md (03, 09, 13) and four .html (02, 07, 12, 16);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote spans HTML
mark-up, an HTML entity or Markdown emphasis.

Theme: the law of the sea, oceans and fisheries, 2017-2026: the BBNJ Agreement and its race to 60 ratifications, UNCLOS and
its implementing agreements (Part XI Agreement, Fish Stocks Agreement), the FAO Port State Measures Agreement, the WTO
Agreement on Fisheries Subsidies and its acceptances, the Cape Town Agreement and the Torremolinos Declaration, ILO C188,
an RFMO's resolutions and objections, ocean-conference declarations and pledges. Genres: UN meeting-coverage press
release, NGO tracker page, trade-law blog tracker, presidential press release, trade-press feature, daily negotiation
bulletin, FAO newsroom page, RFMO session report, government press release, Hansard debate, wire story, foreign-ministry
news page, NGO explainer, national conference statement, Secretary-General's report, specialist-press web article.

Conventions applied throughout:
- An acceptance or approval of a treaty (WTO protocol, the EU's formal confirmation or approval) is ACCEPTED; a deposit
  of ratification RATIFIED, of accession ACCEDED; "is a party" PARTY.
- Planned, intended, expected, "considering", "has yet to", "will not", conditional ("would ... if") and
  reported-then-denied acts are negated records without a date; votes against and abstentions keep their date.
- An objection lodged under an RFMO's opt-out procedure (IOTC Article IX.5) leaves the objector not bound by the measure:
  a negated record (["party", "supported"]) without a date.
- Calls on others to sign, ratify, accept or join are the caller's called-for, dated by the statement when the caller's
  own statement is dated (a news report of a call with no date of its own gives null).
- "Remains committed to" an instrument in a dated statement is committed, dated by the statement; "announced that it
  had endorsed/joined" with no date of the act gives null.
- Nothing is recorded for: entry into force, depositaries, venues and hosts, parliamentary or cabinet approval, bills
  and acts, implementation, reservations and declarations under a treaty's articles, candidacies and their support,
  support for a pause/moratorium (a policy, not an instrument), unnamed groups ("50 countries"), welcoming or
  congratulating another's act, and outcomes a meeting "is expected to adopt" (future meeting outcomes, as in dev2 20).
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "China", "Türkiye", "Venezuela", "Iran",
          "Republic of Korea", "Democratic People's Republic of Korea", "Viet Nam", "Philippines", "Fiji", "Micronesia",
          "Cabo Verde", "São Tomé and Príncipe", "Sao Tome and Principe", "State of Palestine",
          "Democratic Republic of the Congo", "Germany", "Netherlands", "Colombia", "Chile", "Kenya", "Samoa", "Mexico",
          "Costa Rica", "Ecuador", "Timor-Leste", "United Arab Emirates", "Cambodia", "Thailand", "Rwanda", "Cook Islands",
          "Paraguay", "Somalia", "Bangladesh", "Marshall Islands", "Ghana"),
    "Palau": ["Palau", "Republic of Palau"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Peru": ["Peru", "Republic of Peru"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Maldives": ["Maldives", "Republic of Maldives", "the Maldives"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "France": ["France", "French Republic", "France (OT)"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Comoros": ["Comoros", "Union of the Comoros"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Libya": ["Libya", "State of Libya"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Malaysia": ["Malaysia"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Micronesia": ["Micronesia", "Micronesia (Federated States of)", "Federated States of Micronesia"],
}
ALT["Germany"] = ["Germany", "Federal Republic of Germany"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments ----
# The BBNJ Agreement's full title contains UNCLOS's, so the gold name is the short name and the aliases avoid the
# "under the United Nations Convention on the Law of the Sea" part (the Part XI Agreement likewise).
BBNJ = ("BBNJ Agreement", ["High Seas Treaty", "Marine Biological Diversity of Areas beyond National Jurisdiction", "BBNJ",
                           "high seas pact", "Biodiversity Beyond National Jurisdiction Agreement"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea", "Law of the Sea Convention"])
PART11 = ("Agreement relating to the Implementation of Part XI", ["Part XI Agreement", "1994 Agreement", "1994 Implementation Agreement"])
UNFSA = ("United Nations Fish Stocks Agreement", ["Fish Stocks Agreement", "UNFSA", "1995 United Nations Fish Stocks Agreement"])
PSMA = ("Agreement on Port State Measures", ["Port State Measures Agreement", "PSMA", "FAO Agreement on Port State Measures",
        "Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"])
FISH1 = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "Fish 1", "Fisheries Subsidies Agreement",
         "fish subsidies agreement"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement", "Cape Town Agreement on the safety of fishing vessels", "CTA"])
TORR = ("Torremolinos Declaration", ["Torremolinos Declaration on the Cape Town Agreement of 2012 and Illegal, Unreported and Unregulated Fishing"])
C188 = ("ILO Work in Fishing Convention, 2007 (No. 188)", ["Work in Fishing Convention", "C188", "Convention No. 188", "ILO C188"])
R72249 = ("resolution 72/249", ["General Assembly resolution 72/249", "United Nations General Assembly resolution 72/249"])
NICE_PLASTICS = ("Nice wake-up call for an ambitious plastics treaty", ["Nice wake-up call", "wake-up call"])
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Secretary-General of the United Nations"]


# ===================== 01 (UN meetings-coverage press release, GA/12563, 5 December 2023) =====================
d = "01.txt"
D = "2023-12-05"
FISHRES = ("resolution on sustainable fisheries", ["sustainable fisheries", "A/78/L.20", "document A/78/L.20"])
OCEANSRES = ("resolution \"Oceans and the law of the sea\"", ["Oceans and the law of the sea", "A/78/L.21", "document A/78/L.21"])
R(d, GA, "adopted", FISHRES, D, "Acting without a vote, the Assembly first adopted the resolution on sustainable fisheries")
R(d, GA, "called-for", UNFSA, D, "called upon all States that have not yet done so to become parties to the 1995 United Nations Fish Stocks Agreement")
R(d, GA, "called-for", PSMA, D, "called upon all States that have not yet done so to become parties to the 1995 United Nations Fish Stocks Agreement and to the Agreement on Port State Measures")
R(d, GA, "adopted", OCEANSRES, D, "It then adopted the resolution \"Oceans and the law of the sea\" (document A/78/L.21) by a recorded vote")
R(d, "Türkiye", "supported", OCEANSRES, D, "1 against (Türkiye)", negated=True,
  alt=["her country had voted against the oceans resolution"])
RL(d, ["Colombia", "El Salvador", "Venezuela"], "supported", OCEANSRES, D, "3 abstentions (Colombia, El Salvador, Venezuela)", negated=True)
R(d, GA, "welcomed", BBNJ, D, "the Assembly welcomed the adoption of the BBNJ Agreement on 19 June 2023")
R(d, GA, "called-for", BBNJ, D, "called upon States to consider signing and ratifying it at the earliest possible date")
# The adoption of the Agreement on 19 June 2023 names no adopting body here: nothing.
# Norway introduced the text as coordinator; "co-sponsored by 61 delegations" names no one. Norway as co-sponsor is implied only.
R(d, "Norway", "co-sponsored", FISHRES, None, "Introducing the fisheries text, the representative of Norway, who coordinated the informal consultations", required=False)
RL(d, ["Iceland", "New Zealand", "Maldives", "Fiji"], "co-sponsored", FISHRES, D,
   "Iceland, New Zealand, Maldives and Fiji had also joined as co-sponsors of that text")
R(d, "Türkiye", NOTBOUND, UNCLOS, None, "the Convention, to which Türkiye is not a party", negated=True)
R(d, "Venezuela", "signed", UNCLOS, None, "it had not signed the Convention", negated=True)
R(d, "Venezuela", NOTBOUND, UNCLOS, None, "did not consider itself bound by its provisions unless expressly accepted", negated=True)
R(d, "Colombia", "signed", UNCLOS, "1982", "Colombia signed the Convention in 1982")
R(d, "Colombia", NOTRATIFIED, UNCLOS, None, "has yet to ratify it", negated=True)
R(d, "United States", NOTBOUND, UNCLOS, None, "her country, while not a party to the Convention", negated=True)
# "20 September, the day it opened for signature": the year from the document (2023, the same event).
R(d, "United States", "signed", BBNJ, "2023-09-20", "the United States had signed the BBNJ Agreement on 20 September")
# "joined consensus on today's texts": the oceans text went to a recorded vote; optional.
R(d, "United States", "supported", OCEANSRES, D, "was proud to have joined consensus on today's texts", required=False)
R(d, "United States", "supported", FISHRES, D, "was proud to have joined consensus on today's texts", required=False)
R(d, "European Union", "signed", BBNJ, None, "the Union and its 27 member States had all signed the Agreement")
R(d, "European Union", NOTRATIFIED, BBNJ, None, "were working to complete ratification \"as swiftly as possible\"", negated=True)
# "adopted by the WTO in June 2022" dates the Agreement, not the Union's acceptance.
R(d, "European Union", ACCEPTED, FISH1, None, "The Union had already accepted the Agreement on Fisheries Subsidies")
R(d, "European Union", "called-for", FISH1, D, "she urged all WTO members to deposit their acceptances")
R(d, "Palau", NOTRATIFIED, BBNJ, None, "Palau's representative announced that his country's instrument of ratification of the BBNJ Agreement would be deposited \"in the coming weeks\"", negated=True)
# Submission to Congress: domestic.
R(d, "Chile", NOTRATIFIED, BBNJ, None, "expected to ratify early next year", negated=True)
RL(d, ["Palau", "Chile"], "called-for", BBNJ, D, "Both delegations urged others to follow.")
# Dissociating from the June consensus is not joining it: a negated support, dated June (2023, the same event).
R(d, "Russian Federation", "supported", BBNJ, "2023-06", "his country had dissociated itself from the consensus on the Agreement in June", negated=True)
R(d, "Russian Federation", "signed", BBNJ, None, "had no plans to sign it", negated=True)
R(d, "Russian Federation", "supported", OCEANSRES, D, "it voted in favour of the resolution as a whole")
# "the first day it was opened for signature" is 20 September (2023) as stated above for the same opening.
R(d, "China", "signed", BBNJ, "2023-09-20", "his country had signed the BBNJ Agreement on the first day it was opened for signature")
R(d, "China", NOTRATIFIED, BBNJ, None, "would \"actively consider\" ratification", negated=True)
R(d, "Philippines", "signed", BBNJ, None, "Manila had signed the Agreement")
R(d, "Philippines", NOTRATIFIED, BBNJ, None, "was reviewing it for submission to the Senate", negated=True, required=False)
R(d, ["Pacific Islands Forum", "Fiji"], "called-for", BBNJ, D, "the representative of Fiji called on all States to sign and ratify the BBNJ Agreement without delay")
R(d, ["Pacific Islands Forum", "Fiji"], "welcomed", FISH1, D, "She also welcomed the WTO Agreement on Fisheries Subsidies")
R(d, "Iran", "signed", UNCLOS, None, "a signatory to the Convention")
R(d, "Iran", NOTRATIFIED, UNCLOS, None, "a signatory to the Convention that has not ratified it", negated=True)

# ===================== 02.html (NGO ratification-tracker page, BBNJ race to 60, updated 22 September 2025) =====================
d = "02.html"
D = "2025-09-22"
R(d, "Morocco", RATIFIED, BBNJ, "2025-09-19", "On 19 September 2025 Morocco deposited its instrument of ratification",
  alt=["Morocco (ratification, the 60th)"])
R(d, "Sierra Leone", RATIFIED, BBNJ, "2025-09-19", "Sierra Leone followed within hours to make it 61", alt=["Sierra Leone (ratification)"])
# Entry into force under Article 68 (17 January 2026): nothing.
RL(d, ["Sri Lanka", "Saint Vincent and the Grenadines"], RATIFIED, BBNJ, "2025-09-18",
   "Sri Lanka and Saint Vincent and the Grenadines (both ratifications)")
R(d, "Ghana", RATIFIED, BBNJ, "2025-09-12", "Ghana (ratification)")
R(d, "Liberia", ACCEDED, BBNJ, "2025-08-26", "Liberia (accession; Liberia had not signed)")
R(d, "Liberia", "signed", BBNJ, None, "Liberia had not signed", negated=True)
R(d, "Palau", RATIFIED, BBNJ, "2024-01-22", "Palau was first out of the blocks, ratifying on 22 January 2024")
# "close behind": no date stated for Chile.
R(d, "Chile", RATIFIED, BBNJ, None, "Chile was close behind")
RL(d, ["Belize", "Seychelles", "Monaco"], RATIFIED, BBNJ, "2024", "Belize, Seychelles and Monaco followed in 2024.")
R(d, "European Union", ACCEPTED, BBNJ, "2025-05", "The European Union deposited its instrument of approval in May 2025")
RL(d, ["France", "Spain"], ACCEPTED, BBNJ, "2025-05", "as did several of its member states, among them France and Spain")
# Ratified "there", at Nice (9-13 June 2025).
RL(d, ["Greece", "Portugal", "Vanuatu", "Solomon Islands", "Fiji", "Barbados"], RATIFIED, BBNJ, "2025-06",
   "Greece, Portugal, Vanuatu, the Solomon Islands, Fiji and Barbados were among the countries that ratified there.")
# Nice co-hosted by France and Costa Rica; the Secretary-General as depositary; "nineteen instruments": nothing.
R(d, "United States", "signed", BBNJ, "2023-09-20", "United States: signed on 20 September 2023.")
R(d, "United States", NOTRATIFIED, BBNJ, None, "so US ratification is off the table", negated=True,
  alt=["The current Administration has said it will not transmit the Agreement to the Senate"])
R(d, "United Kingdom", "signed", BBNJ, "2023", "United Kingdom: signed in 2023")
# The ratification bill before Parliament: domestic.
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "the UK has yet to deposit", negated=True)
R(d, "Japan", "signed", BBNJ, "2024", "Japan: signed in 2024")
R(d, "Japan", NOTRATIFIED, BBNJ, None, "says it aims to ratify next year", negated=True)
R(d, "Indonesia", "signed", BBNJ, None, "Indonesia: signed; no timetable announced.")
R(d, "Indonesia", NOTRATIFIED, BBNJ, None, "Indonesia: signed; no timetable announced.", negated=True)
# Reported, then denied: India's ratification (the correction); its signature is dated September 2024.
R(d, "India", "signed", BBNJ, "2024-09", "India, which signed in September 2024")
R(d, "India", NOTRATIFIED, BBNJ, None, "has not yet deposited an instrument of ratification", negated=True)
R(d, ["Blue Horizon Ocean Trust", "Blue Horizon"], "called-for", BBNJ, D,
  "Blue Horizon calls on every signatory to ratify the High Seas Treaty before the first Conference of the Parties")
# "the opening day" is not dated for China in this page.
R(d, "China", "signed", BBNJ, None, "China signed on the opening day")
R(d, "China", NOTRATIFIED, BBNJ, None, "China signed on the opening day but has not ratified", negated=True)
R(d, "Russian Federation", "signed", BBNJ, None, "the Russian Federation has said it will not sign", negated=True)

# ===================== 03.md (trade-law blog tracker, WTO Fish 1 acceptances, 16 September 2025) =====================
d = "03.md"
D = "2025-09-16"
MC = ["WTO Ministerial Conference", "Twelfth Ministerial Conference", "MC12", "Ministerial Conference", "WTO"]
R(d, MC, "adopted", FISH1, "2022-06-17", "the Twelfth Ministerial Conference (MC12) adopted the Agreement on 17 June 2022")
# The deposit mechanics, parliamentary approval ("is not acceptance"), entry into force: nothing.
RL(d, ["Brazil", "Kenya", "Tonga", "Viet Nam"], ACCEPTED, FISH1, "2025-09-15",
   "Brazil, Kenya, Tonga and Viet Nam deposited their instruments of acceptance")
R(d, ["WTO Director-General", "Director-General", "Ngozi Okonjo-Iweala"], "called-for", FISH1, "2025-09-15",
  "Director-General Ngozi Okonjo-Iweala used the occasion to urge \"the remaining 55 members to deposit their acceptances without delay")
R(d, "Switzerland", ACCEPTED, FISH1, "2022-09", "Switzerland | Sep 2022")
R(d, "Singapore", ACCEPTED, FISH1, "2022-11", "Singapore | Nov 2022")
R(d, "Seychelles", ACCEPTED, FISH1, "2022-12", "Seychelles | Dec 2022")
R(d, "United States", ACCEPTED, FISH1, "2023-04", "United States | Apr 2023")
R(d, "Canada", ACCEPTED, FISH1, "2023-05", "Canada | May 2023")
R(d, "European Union", ACCEPTED, FISH1, "2023-06", "European Union | Jun 2023")
R(d, "China", ACCEPTED, FISH1, "2023-06", "China | Jun 2023")
R(d, "Iceland", ACCEPTED, FISH1, "2023-06", "Iceland | Jun 2023")
R(d, "Japan", ACCEPTED, FISH1, "2023-07", "Japan | Jul 2023")
R(d, "United Kingdom", ACCEPTED, FISH1, "2023-06", "United Kingdom | Jun 2023")
RL(d, ["Gabon", "Grenada", "Jamaica", "Samoa"], ACCEPTED, FISH1, "2024-02",
   "Gabon, Grenada, Jamaica and Samoa handed over their instruments during the conference")
R(d, "Philippines", ACCEPTED, FISH1, "2024-10", "The Philippines accepted in October 2024")
# The earlier announced intention, since overtaken: optional negated.
R(d, "Philippines", NOTRATIFIED, FISH1, None, "having announced its intention to do so at the Our Ocean Conference earlier that year", negated=True, required=False)
R(d, "India", NOTRATIFIED, FISH1, None, "India has not accepted", negated=True)
# The stalled second-wave negotiations are a process, no adopted text: nothing.
R(d, "Indonesia", NOTRATIFIED, FISH1, None, "Indonesia has not deposited either", negated=True)
# Reported, then denied: South Africa "has accepted"; Cabinet approval is domestic.
R(d, "South Africa", NOTRATIFIED, FISH1, None, "It has not: the WTO's acceptance list does not show a South African instrument", negated=True,
  alt=["only Cabinet approval had been given"])
# Unnamed Pacific members waiting for the Fish Fund, "would accept tomorrow if ...": unnamed, nothing.
R(d, "Norway", ACCEPTED, FISH1, "2023", "Norway, which accepted in 2023")
# Co-chairing the friends group, drafting the Committee's rules: nothing.

# ===================== 04 (presidential press release, Palau ratifies the BBNJ Agreement, 23 January 2024) =====================
d = "04.txt"
D = "2024-01-23"
DPMZ = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise",
        ["2021 Declaration on Preserving Maritime Zones", "Declaration on Preserving Maritime Zones"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
# "yesterday" against the release date; the deposit "on Monday, January 22" says the same.
R(d, "Palau", RATIFIED, BBNJ, "2024-01-22", "the Republic of Palau yesterday became the first country in the world to ratify",
  alt=["Palau's instrument of ratification was deposited with the Secretary-General of the United Nations at UN Headquarters in New York on Monday, January 22"])
R(d, "Palau", "signed", BBNJ, "2023-09-20", "Palau signed the Agreement on September 20, 2023")
R(d, "Palau", "called-for", BBNJ, D, "I call on every Pacific nation, and every nation that calls itself an ocean nation, to sign and ratify the High Seas Treaty this year.")
# The Olbiil Era Kelulau's consent and the Marine Sanctuary Act and its amendment: domestic.
R(d, "Palau", PARTY, UNCLOS, "1996", "Palau has been a party to the United Nations Convention on the Law of the Sea since 1996")
R(d, "Palau", JOINED, PSMA, "2021", "Palau is also a party to the FAO Agreement on Port State Measures, which it joined in 2021")
# "has pledged to ratify": a planned ratification (negated); the pledge itself is an explicit commitment (optional).
R(d, "Palau", NOTRATIFIED, C188, None, "has pledged to ratify the International Labour Organization's Work in Fishing Convention, 2007 (No. 188)", negated=True)
R(d, "Palau", COMMITTED, C188, D, "has pledged to ratify the International Labour Organization's Work in Fishing Convention, 2007 (No. 188)", required=False)
R(d, "Palau", NOTBOUND, CTA, None, "Palau is considering accession to the Cape Town Agreement of 2012", negated=True,
  alt=["no decision has been taken"])
R(d, "Palau", SIGNED_DECL, TORR, "2019", "which Palau endorsed through the Torremolinos Declaration in 2019")
R(d, "Chile", NOTRATIFIED, BBNJ, None, "is expected to deposit its own instrument of ratification in the coming days", negated=True)
# "Palau warmly welcomes Chile's leadership": nothing.
R(d, "Palau", COMMITTED, S2050, D, "Palau remains committed to the 2050 Strategy for the Blue Pacific Continent")
R(d, ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders"], ADOPTED[::-1], S2050, "2022",
  "endorsed by Pacific Islands Forum Leaders in 2022")
R(d, "Palau", COMMITTED, DPMZ, D, "and to the 2021 Declaration on Preserving Maritime Zones")
R(d, "Palau", ENDORSED, DPMZ, "2021-08", "which Palau, along with all Forum members, endorsed in August 2021")
# Co-hosting a side event; France and Costa Rica co-hosting Nice; entry into force: nothing.
R(d, ["Intergovernmental Conference", "resumed fifth session of the Intergovernmental Conference"], "adopted", BBNJ, "2023-06-19",
  "The BBNJ Agreement was adopted on June 19, 2023, at the resumed fifth session of the Intergovernmental Conference", required=False)
R(d, "Palau", "supported", R72249, "2017-12", "Palau voted in favour of United Nations General Assembly resolution 72/249 in December 2017")
# "signed by 84 countries": unnamed; the European Union is named.
R(d, "European Union", "signed", BBNJ, None, "The Agreement has been signed by 84 countries and the European Union.")

# ===================== 05 (trade-press feature, Cape Town Agreement five years after Torremolinos, 21 October 2024) =====================
d = "05.txt"
D = "2024-10-21"
# Signing the Torremolinos Declaration is endorsing it.
RL(d, ["Spain", "Belgium", "Ghana", "Panama", "Peru", "Philippines"], SIGNED_DECL, TORR, "2019-10-21",
   "Among the signatories were the host, Spain, together with Belgium, Ghana, Panama, Peru and the Philippines.")
# "of those six only Spain and Belgium have actually joined it": the other four have not.
RL(d, ["Spain", "Belgium"], PARTY, CTA, None, "only Spain and Belgium have actually joined it",
   alt=["the Contracting States today are Belgium, the Cook Islands, Croatia, Denmark"])
RL(d, ["Ghana", "Philippines"], NOTBOUND, CTA, None, "of those six only Spain and Belgium have actually joined it", negated=True)
R(d, "Panama", NOTBOUND, CTA, None, "of those six only Spain and Belgium have actually joined it", negated=True,
  alt=["Panama has told IMO that it \"intends to ratify\" before the end of 2025"])
R(d, "Peru", NOTBOUND, CTA, None, "of those six only Spain and Belgium have actually joined it", negated=True,
  alt=["Peru's position is that accession remains \"under study\""])
# The two entry-into-force conditions (22 States, 3,600 vessels): nothing.
RL(d, ["Cook Islands", "Croatia", "Denmark", "Finland", "France", "Germany", "Iceland", "Netherlands", "Norway",
       "Saint Kitts and Nevis", "São Tomé and Príncipe"], PARTY, CTA, None,
   "the Contracting States today are Belgium, the Cook Islands, Croatia, Denmark, Finland, France, Germany, Iceland, the Netherlands, Norway, Portugal, Saint Kitts and Nevis, São Tomé and Príncipe, South Africa and Spain")
# Portugal in the list is the same act as its accession; IMO as depositary: nothing.
R(d, "Portugal", ACCEDED, CTA, "2024-03", "Portugal was the most recent European addition, depositing its instrument of accession with the International Maritime Organization (IMO) in March")
# Hosting the 2012 conference: nothing.
R(d, "South Africa", RATIFIED, CTA, "2019", "South Africa, which hosted the 2012 diplomatic conference, ratified in 2019")
R(d, "China", SIGNED_DECL, TORR, None, "China has neither signed the Torremolinos Declaration nor acceded to the Agreement.", negated=True)
R(d, "China", NOTBOUND, CTA, None, "China has neither signed the Torremolinos Declaration nor acceded to the Agreement.", negated=True)
R(d, "Japan", NOTBOUND, CTA, None, "Japan and the Republic of Korea are not parties either", negated=True)
R(d, "Republic of Korea", NOTBOUND, CTA, None, "Japan and the Republic of Korea are not parties either", negated=True,
  alt=["Seoul \"would move quickly if China were to join\""])
R(d, "Indonesia", NOTBOUND, CTA, None, "Indonesia is expected to accede next year", negated=True)
# Reported, then denied: the approval bill has passed only the Senate (domestic).
R(d, "Argentina", NOTBOUND, CTA, None, "Argentina has not deposited any instrument", negated=True,
  alt=["reports in the Argentine press last month that Argentina had joined the Agreement were premature"])
# "At the IMO Maritime Safety Committee in May": May 2024.
R(d, ["IMO Secretary-General", "Secretary-General of the International Maritime Organization", "Arsenio Dominguez"], "called-for", CTA, "2024-05",
  "Secretary-General Arsenio Dominguez urged every State that signed the Torremolinos Declaration \"to turn that signature into ratification of the Cape Town Agreement")
# "last week" against 21 October 2024: the week of 14 October, so the month.
R(d, ["International Transport Workers' Federation", "ITF"], "called-for", CTA, "2024-10", "calling on flag States to ratify both the Cape Town Agreement and the ILO Work in Fishing Convention")
R(d, ["International Transport Workers' Federation", "ITF"], "called-for", C188, "2024-10", "calling on flag States to ratify both the Cape Town Agreement and the ILO Work in Fishing Convention, 2007 (No. 188)")
# C188's entry into force in 2017: nothing.
RL(d, ["Argentina", "Senegal"], RATIFIED, C188, None, "has picked up ratifications from Argentina, Senegal and Thailand")
R(d, "Thailand", RATIFIED, C188, "2019-01", "Thailand, which ratified in January 2019",
  alt=["has picked up ratifications from Argentina, Senegal and Thailand"])
R(d, "United Kingdom", RATIFIED, C188, "2019-01", "The United Kingdom, which ratified C188 in January 2019 too")
# Bringing C188 into domestic law, the surveyor's implementation remark, Pew "welcomes the progress": nothing.
# IMO Assembly resolution "encouraging ratification" (unnamed resolution; the call is plainly about the Agreement): optional.
R(d, ["IMO Assembly", "Assembly of the International Maritime Organization", "IMO"], "called-for", CTA, "2023-12",
  "IMO's Assembly, meeting in December 2023, adopted a resolution encouraging ratification", required=False)

# ===================== 06 (daily negotiation bulletin, UNOC3 Nice, Tuesday 10 June 2025, issued 11 June) =====================
d = "06.txt"
D = "2025-06-10"   # the day the bulletin reports; "that morning", "during the day" and the statements are that Tuesday
ABIDJAN = ("Abidjan Convention", ["Convention for Cooperation in the Protection, Management and Development of the Marine and Coastal Environment of the Atlantic Coast of the West, Central and Southern African Region"])
ABIDJAN_LBS = ("Protocol to the Abidjan Convention on land-based sources of pollution", ["protocol on land-based sources of pollution", "LBSA Protocol"])
# The count "fifty, give or take": unnamed.
R(d, "Greece", RATIFIED, BBNJ, D, "GREECE announced that it had deposited its instrument of ratification of the BBNJ Agreement that morning")
R(d, "Portugal", RATIFIED, BBNJ, "2025-06-09", "PORTUGAL noted that it had done so on Monday")
RL(d, ["Vanuatu", "Solomon Islands", "Fiji"], RATIFIED, BBNJ, "2025-06", "VANUATU, SOLOMON ISLANDS and FIJI each reported ratifying the Agreement during the Conference")
R(d, "Monaco", RATIFIED, BBNJ, "2024", "MONACO recalled that it had ratified the BBNJ Agreement in 2024")
R(d, "Palau", RATIFIED, BBNJ, None, "PALAU that it had been the first State to do so")
R(d, "European Union", ACCEPTED, BBNJ, "2025-05", "The EU, which approved the Agreement in May")
R(d, "European Union", "called-for", BBNJ, D, "urged all remaining signatories to ratify it before the end of the year")
R(d, "Costa Rica", "called-for", BBNJ, D, "COSTA RICA, as co-host, called on all States to sign and ratify the BBNJ Agreement")
R(d, "Costa Rica", "called-for", FISH1, D, "COSTA RICA, as co-host, called on all States to sign and ratify the BBNJ Agreement and to accept the WTO Agreement on Fisheries Subsidies")
# Congressional and parliamentary approval (Brazil, Sierra Leone "ratified ... in May"): domestic; the deposits are planned.
R(d, "Brazil", NOTRATIFIED, BBNJ, None, "it would deposit its instrument \"in the coming weeks\"", negated=True)
R(d, "Indonesia", NOTRATIFIED, BBNJ, None, "INDONESIA said it had \"started the process\" to ratify", negated=True)
R(d, "Sierra Leone", NOTRATIFIED, BBNJ, None, "the instrument would be deposited with the Secretary-General shortly", negated=True,
  alt=["SIERRA LEONE said its Parliament had ratified the Agreement in May"])
R(d, "Morocco", NOTRATIFIED, BBNJ, None, "MOROCCO said it would deposit \"before the General Assembly in September\"", negated=True)
R(d, "Japan", NOTBOUND, BBNJ, None, "JAPAN said it was preparing to conclude the Agreement", negated=True)
R(d, "India", "signed", BBNJ, "2024-09", "INDIA recalled that it signed the Agreement in September 2024")
R(d, "India", NOTRATIFIED, BBNJ, None, "is \"examining\" ratification", negated=True)
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The UNITED KINGDOM said it would introduce legislation to ratify the Agreement this year.", negated=True)
# "announced that it had joined": the day of joining is not stated.
R(d, "United Kingdom", SIGNED_DECL, NICE_PLASTICS, None, "It announced that it had joined the \"Nice wake-up call for an ambitious plastics treaty\"")
RL(d, ["France", "Rwanda", "Panama"], SIGNED_DECL, NICE_PLASTICS, D, "which FRANCE, RWANDA and PANAMA also endorsed during the day")
# "the voice of 95 countries": unnamed.
R(d, "Türkiye", NOTBOUND, UNCLOS, None, "TÜRKIYE, noting that it is not a party to the UN Convention on the Law of the Sea (UNCLOS)", negated=True)
R(d, "Argentina", "signed", BBNJ, None, "ARGENTINA said it had signed the BBNJ Agreement")
R(d, "Argentina", NOTRATIFIED, BBNJ, None, "was not in a position to ratify it", negated=True)
# Co-chairing the panel: nothing.
R(d, "Senegal", PARTY, PSMA, "2016", "SENEGAL said it had been a party to the FAO Agreement on Port State Measures (PSMA) since 2016")
R(d, "China", ACCEDED, PSMA, "2025-04", "CHINA highlighted its accession to the PSMA in April 2025")
R(d, "Norway", "called-for", FISH1, D, "NORWAY called on all WTO members to accept the Agreement on Fisheries Subsidies")
R(d, "Chile", "called-for", PSMA, D, "CHILE called on all coastal and flag States to join the PSMA")
R(d, ["FAO Director-General", "Director-General of FAO", "FAO"], "called-for", PSMA, D, "The FAO Director-General, in a video message, urged States to join the PSMA and the Cape Town Agreement")
R(d, ["FAO Director-General", "Director-General of FAO", "FAO"], "called-for", CTA, D, "urged States to join the PSMA and the Cape Town Agreement")
# FAO as depositary, the Global Record: nothing. Panama's "stand by it in Geneva" asks endorsers to keep a position: nothing.
R(d, "Ghana", COMMITTED, ABIDJAN, D, "GHANA said it remained committed to the Abidjan Convention")
R(d, "Ghana", COMMITTED, ABIDJAN_LBS, D, "GHANA said it remained committed to the Abidjan Convention and its protocol on land-based sources of pollution", required=False)
# Kenya and Peru backing "calls for a legally binding instrument" (unnamed, a negotiation); AOSIS/Samoa's moratorium call: nothing.
# The Nice Declaration "expected to be adopted on Friday": a future meeting outcome, nothing. OLA receiving instruments: nothing.
R(d, "United States", "signed", BBNJ, "2023", "the US, which signed the Agreement in 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "\"is not coming back to this any time soon\"", negated=True, required=False)
# The EU's and Chile's Secretariat bids: nothing.

# ===================== 07.html (FAO newsroom page, PSMA new Parties, International Day against IUU Fishing, 5 June 2025) =====================
d = "07.html"
D = "2025-06-05"
CDS = ("Voluntary Guidelines for Catch Documentation Schemes", ["Catch Documentation Schemes guidelines"])
FSP = ("Voluntary Guidelines for Flag State Performance", ["Flag State Performance guidelines"])
COMPLIANCE = ("1993 Compliance Agreement", ["Compliance Agreement", "FAO Compliance Agreement",
              "Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas"])
# "four States have deposited": named next. The Director-General as depositary: nothing.
R(d, "Democratic Republic of the Congo", ACCEDED, PSMA, "2024-09", "The Democratic Republic of the Congo acceded in September 2024")
R(d, "Malaysia", ACCEDED, PSMA, "2024-11", "Malaysia in November 2024")
R(d, "Colombia", RATIFIED, PSMA, "2025-02-12", "Colombia deposited its instrument of ratification on 12 February 2025")
R(d, "China", ACCEDED, PSMA, "2025-04-18", "China deposited its instrument of accession on 18 April 2025")
# The EU is a Party; its approval is dated 2011 further down (one record).
R(d, "European Union", ACCEPTED, PSMA, "2011", "the European Union approved it in 2011",
  alt=["the European Union, which is a Party in its own right on behalf of its 27 member States"])
R(d, ["FAO Director-General", "Director-General of FAO", "QU Dongyu", "Qu Dongyu", "FAO"], "called-for", PSMA, D,
  "I call on all States that have not yet done so to join the Agreement without delay")
R(d, ["FAO Conference", "Conference of FAO"], ADOPTED, PSMA, "2009-11", "The PSMA was approved by the FAO Conference at its thirty-sixth session in November 2009")
# Entry into force (5 June 2016): nothing.
R(d, "Brazil", "signed", PSMA, "2009", "Brazil signed the Agreement in 2009")
R(d, "Brazil", NOTRATIFIED, PSMA, None, "Brazil signed the Agreement in 2009 but has yet to ratify it", negated=True)
# The ratification bill before the National Congress: domestic.
R(d, "India", "signed", PSMA, None, "India has neither signed nor acceded to the PSMA", negated=True)
R(d, "India", NOTBOUND, PSMA, None, "India has neither signed nor acceded to the PSMA", negated=True)
R(d, "Mexico", NOTBOUND, PSMA, None, "is not a Party either", negated=True, alt=["it will consider accession once its port inspection capacity is strengthened"])
R(d, ["FAO Conference", "Conference of FAO"], ADOPTED, CDS, "2017-07", "The FAO Conference adopted the Voluntary Guidelines for Catch Documentation Schemes in July 2017")
R(d, ["Committee on Fisheries", "COFI", "FAO Committee on Fisheries"], ADOPTED[::-1], FSP, "2014", "the Voluntary Guidelines for Flag State Performance were endorsed by COFI in 2014")
R(d, "Namibia", ACCEPTED, COMPLIANCE, "2025-03", "Namibia deposited its instrument of acceptance in March 2025")
# The Global Programme (76 unnamed States), inspector training, hosting the fourth Meeting of the Parties: nothing.
R(d, "Indonesia", ACCEDED, PSMA, "2016", "Indonesia, which acceded in 2016")
# "At the meeting of the Parties": the fourth, in Bali in 2023.
RL(d, ["European Union", "United States"], "called-for", PSMA, "2023",
   "the European Union and the United States jointly called on all flag States to become Parties to the PSMA")
RL(d, ["European Union", "United States"], "called-for", CTA, "2023",
   "the European Union and the United States jointly called on all flag States to become Parties to the PSMA and the Cape Town Agreement")
R(d, "United States", RATIFIED, PSMA, "2016", "The United States ratified the PSMA in 2016")
# The fifth Meeting of the Parties (2026), GIES: nothing.

# ===================== 08 (RFMO session report, IOTC 27th Session, Mauritius, 8-12 May 2023) =====================
d = "08.txt"
D = "2023-05"   # measures adopted and votes taken at the session (8-12 May 2023); the report itself is adopted on 12 May
IOTC = ["Indian Ocean Tuna Commission", "IOTC", "Commission", "the Commission"]
RES2302 = ("Resolution 23/02", ["Resolution 23/02 On management of drifting fish aggregating devices (DFADs) in the IOTC area of competence", "IOTC Resolution 23/02"])
def res(n, title):
    return ("Resolution " + n, ["Resolution " + n + " " + title, "IOTC Resolution " + n])
RES2303 = res("23/03", "On establishing a catch documentation scheme for tropical tunas")
RES2304 = res("23/04", "On the conservation of cetaceans and whale sharks caught in association with fishing operations")
RES2305 = res("23/05", "On a management procedure for skipjack tuna")
RES2306 = res("23/06", "On the implementation of a regional observer scheme")
RES2307 = res("23/07", "On climate change as it relates to tuna and tuna-like species")
PROPH = ("proposal IOTC-2023-S27-PropH", ["IOTC-2023-S27-PropH", "PropH", "On a harvest strategy for yellowfin tuna"])
# Adopted by vote at the 5th Special Session, 3-5 February 2023: the month.
R(d, IOTC, "adopted", RES2302, "2023-02", "Resolution 23/02 On management of drifting fish aggregating devices (DFADs) in the IOTC area of competence was adopted by vote")
# Submitting a proposal is sponsoring it.
RL(d, ["Indonesia", "Kenya", "Maldives", "Somalia", "South Africa", "Sri Lanka"], "co-sponsored", RES2302, None,
   "The proposal had been submitted by Indonesia and co-sponsored by Kenya, Maldives, Somalia, South Africa and Sri Lanka.")
# Objections under Article IX.5: the objectors are not bound (negated, no date).
RL(d, ["European Union", "Seychelles", "Oman", "Republic of Korea", "Comoros"], ["party", "supported"], RES2302, None,
   "objections to Resolution 23/02 had been lodged by the European Union, Seychelles, Oman, the Republic of Korea and Comoros", negated=True)
# Deciding against an objection, and France (OT) not objecting and implementing: bound by the measure; optional.
RL(d, ["Mauritius", "Thailand"], ["party"], RES2302, None, "had considered lodging objections but had decided against doing so", required=False)
R(d, "France", ["party"], RES2302, None, "France (OT) stated that it had not objected to Resolution 23/02", required=False)
# The EU's revised proposal for the 28th Session; Japan's reservation on Resolution 19/02: nothing.
R(d, IOTC, "adopted", RES2303, D, "Resolution 23/03 On establishing a catch documentation scheme for tropical tunas")
R(d, IOTC, "adopted", RES2304, D, "Resolution 23/04 On the conservation of cetaceans and whale sharks caught in association with fishing operations")
R(d, IOTC, "adopted", RES2305, D, "Resolution 23/05 was adopted on the basis of proposal IOTC-2023-S27-PropE",
  alt=["Resolution 23/05 On a management procedure for skipjack tuna"])
R(d, IOTC, "adopted", RES2306, D, "Resolution 23/06 On the implementation of a regional observer scheme")
R(d, IOTC, "adopted", RES2307, D, "Resolution 23/07 was adopted on the basis of a proposal by Australia",
  alt=["Resolution 23/07 On climate change as it relates to tuna and tuna-like species"])
RL(d, ["Maldives", "Sri Lanka", "India", "Indonesia"], "co-sponsored", RES2305, None,
   "submitted by Maldives and co-sponsored by Sri Lanka, India and Indonesia")
R(d, IOTC, "adopted", PROPH, None, "The proposal was not adopted", negated=True)
# "14 Members voted in favour": unnamed.
RL(d, ["European Union", "Seychelles", "Republic of Korea"], "supported", PROPH, D,
   "9 voted against, including the European Union, Seychelles and the Republic of Korea", negated=True)
RL(d, ["Australia", "Japan", "United Kingdom"], "supported", PROPH, D, "3 abstained (Australia, Japan and the United Kingdom (OT))", negated=True)
RL(d, ["Australia", "Maldives", "Mauritius", "Sri Lanka"], "co-sponsored", RES2307, None,
   "a proposal by Australia, co-sponsored by the Maldives, Mauritius and Sri Lanka")
# The Compliance Committee report and its recommendations (Liberia's CNCP status): not instruments.
# Recalling Resolution 16/11: nothing.
R(d, IOTC, "called-for", PSMA, D, "URGED all CPCs that have not yet done so to become parties to the FAO Agreement on Port State Measures (PSMA)")
# Cabinet approval: domestic; the deposit is planned.
R(d, "Pakistan", ACCEDED, PSMA, None, "it expected to deposit its instrument of accession with FAO before the end of 2023", negated=True)
R(d, "Iran", NOTBOUND, PSMA, None, "it was not a party to the PSMA and did not intend to become one", negated=True)
R(d, "Sri Lanka", ACCEPTED, FISH1, "2023-04", "Sri Lanka informed the Commission that it had accepted the WTO Agreement on Fisheries Subsidies in April 2023")
R(d, "Sri Lanka", "called-for", FISH1, D, "encouraged other coastal States to do the same")
# The MoU with the SIOFA secretariat (an arrangement between secretariats) and the report's adoption: nothing.

# ===================== 09.md (government press release, IUU Fishing Action Alliance launch, Lisbon, 27 June 2022) =====================
d = "09.md"
D = "2022-06-27"
PLEDGE = ("IUU Fishing Action Alliance Pledge", ["IUU Fishing Action Alliance", "Alliance Pledge", "joint pledge", "the Pledge"])
OCP = ("Ocean Conservation Pledge", [])
FISHRES_GA = ("UN General Assembly resolution on sustainable fisheries", ["resolution on sustainable fisheries", "sustainable fisheries"])
RL(d, ["United Kingdom", "United States", "Canada"], SIGNED_DECL, PLEDGE, D,
   "The UK, the United States and Canada today launched the IUU Fishing Action Alliance at the UN Ocean Conference in Lisbon, signing a joint pledge")
# "the founding partners" are the three named.
RL(d, ["United Kingdom", "United States", "Canada"], COMMITTED, PSMA, D,
   "the founding partners commit to implementing the FAO Agreement on Port State Measures (PSMA)")
RL(d, ["United Kingdom", "United States", "Canada"], "called-for", PSMA, D,
   "They also call on all coastal, flag and port States that have not yet done so to become parties to the PSMA.",
   alt=["I urge every country that has not yet done so to join the Port State Measures Agreement"])
RL(d, ["Ecuador", "Iceland", "Panama"], SIGNED_DECL, PLEDGE, D, "Ecuador, Iceland and Panama joined the Pledge at the launch event")
R(d, "European Commission", ENDORSED, PLEDGE, None, "the European Commission said it was \"looking closely\" at the text", negated=True)
# Joining the Alliance is endorsing the Pledge (note 1); "intends": planned. Optional: the Alliance, not the Pledge, is named.
R(d, "Chile", ENDORSED, PLEDGE, None, "Chile intends to join the Alliance later this year.", negated=True, required=False)
# What signers generally "undertake" (work towards CTA and C188 ratification): a description of the Pledge; optional.
RL(d, ["United Kingdom", "United States", "Canada"], COMMITTED, CTA, D, "work towards the ratification of the", required=False)
RL(d, ["United Kingdom", "United States", "Canada"], COMMITTED, C188, D, "work towards the ratification of the", required=False)
R(d, "United Kingdom", PARTY, PSMA, "2021-01-01", "the UK became a Party to the PSMA in its own right on 1 January 2021")
R(d, "European Union", ACCEPTED, PSMA, None, "having previously been covered through the EU's approval")
R(d, "United Kingdom", RATIFIED, C188, "2019-01", "It ratified ILO C188 in January 2019.")
R(d, "United Kingdom", NOTBOUND, CTA, None, "The UK has not yet acceded to the Cape Town Agreement", negated=True)
R(d, "United States", PARTY, PSMA, "2016", "the US has been a Party to the PSMA since 2016")
R(d, "United States", NOTRATIFIED, C188, None, "has not ratified C188", negated=True)
R(d, "Canada", RATIFIED, PSMA, "2019", "Canada ratified the PSMA in 2019.")
R(d, "Canada", NOTBOUND, CTA, None, "It is examining accession to the Cape Town Agreement but has taken no decision.", negated=True)
R(d, "United Kingdom", "called-for", PLEDGE, D, "to sign this Pledge")
# The Maritime SAFE Act: domestic.
R(d, "United Kingdom", SIGNED_DECL, OCP, None, "The UK also announced that it had endorsed the Ocean Conservation Pledge")
R(d, "United Kingdom", "co-sponsored", FISHRES_GA, None, "it would co-sponsor a UN General Assembly resolution on sustainable fisheries later this year", negated=True)
# The Global Ocean Alliance (a coalition) and the 30by30 target; the political declaration "expected to be adopted on
# Friday"; entry into force, FAO as depositary, the Blue Planet Fund: nothing.

# ===================== 10 (Hansard, House of Commons, BBNJ Bill second reading, 13 October 2025) =====================
d = "10.txt"
D = "2025-10-13"
BLUE_CHARTER = ("Commonwealth Blue Charter", ["Blue Charter"])
# The Minister speaks for the United Kingdom ("we", "the Government").
R(d, "United Kingdom", "signed", BBNJ, "2023-09-20", "The United Kingdom signed the Agreement on 20 September 2023",
  alt=["it was the previous Government who signed the treaty"])
# The Bill, Royal Assent and secondary legislation: domestic. The deposit is planned; "I will not give the House a date".
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "the Government will deposit the United Kingdom's instrument of ratification", negated=True,
  alt=["I cannot commit to a date"])
# "Will she commit today to ratifying": a question. "commit to moving as fast as this House allows": no instrument act.
# Entry into force (17 January 2026); "More than 70 countries": nothing.
R(d, "Palau", RATIFIED, BBNJ, "2024-01", "Palau was the first to ratify, in January 2024")
R(d, "Chile", RATIFIED, BBNJ, None, "Chile followed soon after")
RL(d, ["France", "Spain"], RATIFIED, BBNJ, None, "France and Spain were among the first in Europe")
# "in September": the year is the debate's (2025), as the total "over 60" confirms.
RL(d, ["Sierra Leone", "Morocco"], RATIFIED, BBNJ, "2025-09", "Sierra Leone and Morocco took the total over 60 in September")
R(d, "United Kingdom", PARTY, UNCLOS, "1997", "The United Kingdom has been a party to the Convention on the Law of the Sea since 1997")
R(d, "United Kingdom", "co-sponsored", R72249, "2017", "we co-sponsored General Assembly resolution 72/249 in 2017")
R(d, "United Kingdom", "called-for", BBNJ, D, "We will continue to urge all states that have signed the Agreement to ratify it.")
R(d, "United Kingdom", NOTBOUND, CTA, None, "which the UK has still not joined", negated=True,
  alt=["We are considering the Cape Town Agreement carefully with the industry"])
R(d, "United Kingdom", ACCEPTED, FISH1, "2023-06", "the United Kingdom accepted the WTO Agreement on Fisheries Subsidies in June 2023")
# Mr Holden's "has signed this treaty but will not ratify it" refers to the United States (named next).
R(d, "United States", "signed", BBNJ, "2023", "The US signed the Agreement in 2023",
  alt=["The largest maritime power in the world has signed this treaty"])
R(d, "United States", NOTRATIFIED, BBNJ, None, "the current Administration has said that it does not intend to seek ratification", negated=True,
  alt=["has signed this treaty but will not ratify it"])
# "The Opposition will not oppose the Bill": domestic. "We supported the adoption" is the then Government's (the UK's)
# support in June 2023; the speaker is the Opposition, so optional.
R(d, "United Kingdom", "supported", BBNJ, "2023-06", "We supported the adoption of the Agreement in June 2023", required=False)
R(d, "United Kingdom", COMMITTED, BLUE_CHARTER, D, "We remain committed to the Commonwealth Blue Charter")
R(d, ["Commonwealth Heads of Government", "Commonwealth", "CHOGM"], "adopted", BLUE_CHARTER, "2018",
  "which all Commonwealth Heads of Government adopted in 2018")
# Extension to Overseas Territories; the Question put and agreed to: domestic.

# ===================== 11 (wire story, Nice, Thursday 12 June 2025) =====================
d = "11.txt"
D = "2025-06-12"
# "on Wednesday" = 11 June, "on Tuesday" = 10 June, "on Monday" = 9 June 2025.
RL(d, ["Barbados", "Cabo Verde", "Antigua and Barbuda"], RATIFIED, BBNJ, "2025-06-11",
   "Barbados, Cabo Verde and Antigua and Barbuda deposited their instruments of ratification of the Biodiversity Beyond National Jurisdiction (BBNJ) Agreement on Wednesday")
R(d, "Greece", RATIFIED, BBNJ, "2025-06-10", "Greece did so on Tuesday")
# Completing parliamentary procedures: domestic; the deposits are planned.
RL(d, ["Ireland", "Italy"], NOTRATIFIED, BBNJ, None, "would deposit \"within weeks\"", negated=True)
# Macron's "50 countries ... 15 more had formally committed": unnamed. Co-hosting: nothing. Entry into force: nothing.
R(d, UNSG + ["Antonio Guterres"], "called-for", BBNJ, "2025-06-09", "\"I urge all countries that have not yet done so to ratify the agreement.\"")
R(d, "United States", "signed", BBNJ, "2023", "The United States signed the treaty in 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "President Donald Trump's administration has shown no interest in ratifying it", negated=True,
  alt=["the Senate never took it up"])
R(d, "United States", NOTBOUND, UNCLOS, None, "The U.S. is also not a party to the underlying 1982 U.N. Convention on the Law of the Sea.", negated=True)
R(d, "China", "signed", BBNJ, None, "China, which signed the pact on the first day it opened for signature")
R(d, "China", NOTRATIFIED, BBNJ, None, "has not said when it will ratify", negated=True, alt=["Beijing was \"actively studying\" ratification"])
R(d, "Japan", NOTRATIFIED, BBNJ, None, "Tokyo would not be ready to ratify before 2026", negated=True)
R(d, "Republic of Korea", NOTRATIFIED, BBNJ, None, "had not yet submitted the treaty to the National Assembly", negated=True)
# "September last year" against June 2025.
R(d, "India", "signed", BBNJ, "2024-09", "India, which signed in September last year")
R(d, "India", NOTRATIFIED, BBNJ, None, "India, which signed in September last year, has not ratified.", negated=True)
# The executive order (US law), the calls for a pause (37 countries; Latvia, Slovenia, France, Germany, Chile) and
# China's "act within the framework of UNCLOS and the ISA": nothing.
RL(d, ["Kenya", "Ecuador"], ACCEPTED, FISH1, None, "Kenya and Ecuador said they would deposit their acceptance", negated=True)
R(d, "New Zealand", ACCEPTED, FISH1, "2023", "New Zealand, which accepted the agreement in 2023")
# Reported calls with no date of their own: null.
R(d, "New Zealand", "called-for", FISH1, None, "urged other members to follow \"before the fish run out\"")
R(d, "High Seas Alliance", "called-for", BBNJ, None, "The High Seas Alliance, a coalition of more than 50 non-governmental organisations, called on every country that had signed the treaty to ratify it")
# "Some 95 countries also signed a 'Nice wake-up call'": unnamed.

# ===================== 12.html (foreign-ministry news page, Chile's Valparaiso candidacy for the BBNJ Secretariat, 28 August 2025) =====================
d = "12.html"
D = "2025-08-28"
LISBON = ("Lisbon Declaration", ["Lisbon Declaration of the second UN Ocean Conference", "Our ocean, our future, our responsibility"])
# The candidacy, its note verbale to the Secretary-General and its decision by COP1: nothing.
R(d, "Chile", "signed", BBNJ, "2023-09-20", "Chile signed the Agreement on 20 September 2023")
R(d, "Chile", RATIFIED, BBNJ, "2024-01", "deposited its instrument of ratification in January 2024",
  alt=["Chile was among the first countries in the world to sign and ratify this treaty"])
# "making Chile the second State Party": the same act. Congress's approval: domestic.
# Support for the candidacy (Ecuador, Peru, Colombia, Costa Rica, the Pacific Alliance) and Belgium's bid: nothing.
RL(d, ["Belize", "Cuba", "Panama", "Uruguay", "Dominican Republic", "Barbados", "Antigua and Barbuda"], PARTY, BBNJ, None,
   "The Latin American and Caribbean States Parties to the Agreement now include Belize, Cuba, Panama, Uruguay, the Dominican Republic, Barbados and Antigua and Barbuda")
RL(d, ["Mexico", "Brazil"], NOTRATIFIED, BBNJ, None, "are expected to deposit their instruments before the end of the year", negated=True)
RL(d, ["Argentina", "Peru"], NOTRATIFIED, BBNJ, None, "Argentina and Peru, by contrast, have not yet ratified", negated=True)
R(d, "Colombia", "signed", BBNJ, "2023", "Colombia, which signed in 2023")
R(d, "Colombia", NOTRATIFIED, BBNJ, None, "has not submitted the Agreement to its Congress", negated=True)
R(d, "Chile", "called-for", BBNJ, D, "Chile calls on all States of the region that have not yet done so to ratify the Agreement")
R(d, "Chile", PARTY, UNCLOS, "1997", "Chile has been a State Party to the United Nations Convention on the Law of the Sea since 1997")
R(d, "Chile", RATIFIED, PSMA, "2012", "ratified the Agreement on Port State Measures in 2012")
R(d, "Chile", ACCEPTED, FISH1, "2024", "In 2024 it deposited its instrument of acceptance of the World Trade Organization Agreement on Fisheries Subsidies.")
R(d, "Chile", "co-sponsored", R72249, None, "Chile co-sponsored General Assembly resolution 72/249")
R(d, "Chile", ENDORSED, LISBON, "2022", "in 2022 it endorsed the Lisbon Declaration of the second UN Ocean Conference")
# Hosting the Our Ocean Conference (2015, 2026): nothing.
R(d, "Chile", NOTRATIFIED, CTA, None, "Chile has not ratified the Cape Town Agreement of 2012", negated=True)
# The review by the maritime authority: domestic.

# ===================== 13.md (NGO explainer, UNCLOS at 30, 16 November 2024) =====================
d = "13.md"
D = "2024-11-16"
UNCLOS3 = ["Third United Nations Conference on the Law of the Sea", "UNCLOS III", "Conference on the Law of the Sea"]
R(d, UNCLOS3, "adopted", UNCLOS, "1982-04-30",
  "the Third United Nations Conference on the Law of the Sea adopted the United Nations Convention on the Law of the Sea (UNCLOS) on 30 April 1982")
RL(d, ["United States", "Israel", "Türkiye", "Venezuela"], "supported", UNCLOS, "1982-04-30",
   "The four votes against were cast by the United States, Israel, Türkiye and Venezuela.", negated=True)
RL(d, ["Soviet Union", "United Kingdom", "Germany"], "supported", UNCLOS, "1982-04-30",
   "Among the abstainers were the Soviet Union, the United Kingdom and the Federal Republic of Germany.", negated=True)
# "119 delegations signed it" at Montego Bay: unnamed. Entry into force: nothing.
R(d, "Guyana", RATIFIED, UNCLOS, "1993-11-16", "Guyana deposited the sixtieth instrument of ratification on 16 November 1993")
# Formal confirmation is the Union's consent to be bound.
R(d, "European Union", ACCEPTED, UNCLOS, "1998-04-01", "the European Union, which deposited its instrument of formal confirmation on 1 April 1998")
R(d, "Germany", ACCEDED, UNCLOS, "1994-10", "Germany acceded in October 1994")
R(d, "United Kingdom", ACCEDED, UNCLOS, "1997-07", "the United Kingdom in July 1997")
R(d, "State of Palestine", ACCEDED, UNCLOS, "2015-01-02", "the State of Palestine, which acceded on 2 January 2015")
R(d, "Azerbaijan", ACCEDED, UNCLOS, "2016-06-16", "Azerbaijan, which acceded on 16 June 2016")
# "Never signed" under "Who is not a party?": a negated signature and a negated party record for each.
NEVER = "the United States, Türkiye, Venezuela, Israel, Eritrea and Peru"
RL(d, ["United States", "Türkiye", "Venezuela", "Israel", "Eritrea", "Peru"], "signed", UNCLOS, None, NEVER, negated=True)
R(d, "United States", NOTBOUND, UNCLOS, None, "But it is not a party.", negated=True, alt=[NEVER])
RL(d, ["Türkiye", "Venezuela", "Israel", "Eritrea"], NOTBOUND, UNCLOS, None, NEVER, negated=True)
R(d, "Peru", NOTBOUND, UNCLOS, None, NEVER, negated=True,
  alt=["there have been periodic proposals in Lima to accede, none of which has gone anywhere"])
# The table "Signed but never ratified": a dated signature and a negated ratification per row.
for state, row in [("Cambodia", "Cambodia | 1983"), ("Colombia", "Colombia | 1982"), ("Iran", "Iran (Islamic Republic of) | 1982"), ("Democratic People's Republic of Korea", "Democratic People's Republic of Korea | 1982"),
                   ("United Arab Emirates", "United Arab Emirates | 1982")]:
    R(d, state, "signed", UNCLOS, row.split("| ")[1], row)
    R(d, state, NOTRATIFIED, UNCLOS, None, "Signed but never ratified:", negated=True, alt=[row])
# Iran's declaration on signature: nothing. Customary-law observance: nothing.
R(d, "United States", "signed", PART11, "1994-07-29", "It signed the 1994 Agreement relating to the Implementation of Part XI on 29 July 1994")
# The Senate's advice and consent: domestic.
R(d, "United States", NOTRATIFIED, PART11, None, "the United States has not ratified the Part XI Agreement either", negated=True,
  alt=["it remains a signatory only"])
R(d, "United States", RATIFIED, UNFSA, "1996-08-21", "The United States ratified it on 21 August 1996")
# "together with its then member States": unnamed.
R(d, "European Union", RATIFIED, UNFSA, "2003-12", "The European Union ratified it in December 2003")
R(d, "China", "signed", UNFSA, "1996-11-06", "China signed the Fish Stocks Agreement on 6 November 1996")
R(d, "China", NOTRATIFIED, UNFSA, None, "but has never ratified it", negated=True)
# BBNJ adoption (no body named), "105 signatories and 14 ratifications": nothing.
RL(d, ["Palau", "Chile", "Belize", "Cuba"], RATIFIED, BBNJ, None, "14 ratifications, among them Palau, Chile, Belize and Cuba")
R(d, "United States", "signed", BBNJ, "2023-09", "the US could sign it in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "although nobody expects ratification", negated=True, required=False)
OLP = ["Ocean Law Project", "the Ocean Law Project"]
R(d, OLP, "called-for", UNCLOS, D, "We urge every State that has not yet done so to ratify UNCLOS",
  alt=["we call on the United States in particular to accede to the Convention"])
# "its implementing agreements": the Part XI Agreement, the Fish Stocks Agreement and BBNJ, named above; optional.
for inst in (PART11, UNFSA, BBNJ):
    R(d, OLP, "called-for", inst, D, "We urge every State that has not yet done so to ratify UNCLOS and its implementing agreements", required=False)

# ===================== 14 (national statement, Seychelles, UNOC3 general debate, Nice, 11 June 2025) =====================
d = "14.txt"
D = "2025-06-11"
ABAS = ("Antigua and Barbuda Agenda for SIDS", ["ABAS", "Antigua and Barbuda Agenda for Small Island Developing States"])
GA_FISH23 = ("General Assembly's 2023 resolution on sustainable fisheries", ["resolution on sustainable fisheries", "sustainable fisheries"])
MASCARENE = ("Mascarene Plateau treaty", ["Treaty on the Joint Exercise of Sovereign Rights over the Continental Shelf in the Mascarene Plateau Region"])
NICE_DECL = ("Our Ocean, Our Future: United for Urgent Action", ["political declaration", "Nice political declaration", "Nice Declaration"])
# The Minister speaks for Seychelles ("we", "our"). Thanking the co-hosts: nothing.
R(d, "Seychelles", RATIFIED, BBNJ, "2024", "We ratified the High Seas Treaty in 2024")
R(d, "Seychelles", ACCEPTED, FISH1, "2022-12", "We were the third member of the World Trade Organization to accept the Agreement on Fisheries Subsidies, in December 2022")
R(d, "Seychelles", PARTY, PSMA, "2013", "we have been a party to the FAO Agreement on Port State Measures since 2013")
# The Marine Spatial Plan: domestic. Congratulating Greece and Portugal is not Seychelles' record, but their ratification is theirs.
RL(d, ["Greece", "Portugal"], RATIFIED, BBNJ, "2025-06", "We congratulate Greece and Portugal on their ratification of the High Seas Treaty this week.")
R(d, "Seychelles", "called-for", BBNJ, D, "we call on all States that have not yet done so to ratify the Agreement")
R(d, "Seychelles", "welcomed", FISH1, D, "Seychelles welcomes the Agreement on Fisheries Subsidies")
R(d, "Seychelles", "called-for", FISH1, D, "We call on all WTO members to accept it")
R(d, "Seychelles", NOTRATIFIED, C188, None, "Seychelles has not yet ratified the ILO Work in Fishing Convention, 2007 (No. 188).", negated=True,
  alt=["We intend to do so before the end of 2026"])
# The Fisheries Labour Regulations: domestic.
R(d, "Seychelles", NOTBOUND, CTA, None, "We are also considering accession to the Cape Town Agreement of 2012", negated=True,
  alt=["we will not accede until we can inspect our own fleet to its standards"])
R(d, "Seychelles", ["party", "supported"], ("Resolution 23/02", ["IOTC Resolution 23/02", "Resolution 23/02 on drifting fish aggregating devices"]), None,
  "Seychelles lodged an objection to Resolution 23/02 on drifting fish aggregating devices in 2023", negated=True)
R(d, "Seychelles", COMMITTED, ABAS, D, "Seychelles is committed to the Antigua and Barbuda Agenda for SIDS")
R(d, ["Fourth International Conference on Small Island Developing States", "SIDS Conference", "SIDS4"], "adopted", ABAS, "2024-05",
  "adopted by the Fourth International Conference on Small Island Developing States in May 2024")
R(d, "Seychelles", "co-sponsored", GA_FISH23, "2023", "We co-sponsored the General Assembly's 2023 resolution on sustainable fisheries.")
RL(d, ["Seychelles", "Mauritius"], "signed", MASCARENE, "2012", "since we both signed the Mascarene Plateau treaty in 2012")
# Joint management of the continental shelf: implementation.
R(d, "Seychelles", SIGNED_DECL, NICE_PLASTICS, D, "Today, Seychelles is proud to join the Nice wake-up call for an ambitious plastics treaty.")
R(d, "Seychelles", ENDORSED, NICE_DECL, D, "We fully endorse the political declaration, \"Our Ocean, Our Future: United for Urgent Action\"")
# Adopting the declaration on Friday (future outcome), supporting a pause on deep-sea mining (a policy), hosting a
# workshop with EU and Norwegian support: nothing.

# ===================== 15 (Secretary-General's report on oceans and the law of the sea, 29 August 2025) =====================
d = "15.txt"
D = "2025-08-29"
# Party totals (169, 152, 83, 104) and "No new instrument" to UNCLOS: nothing.
R(d, "Gabon", ACCEDED, UNFSA, "2024-12-02", "by Gabon on 2 December 2024")
R(d, "Comoros", ACCEDED, UNFSA, "2025-03-03", "by Comoros on 3 March 2025")
# "signed by 142 States": unnamed; the European Union is named.
R(d, "European Union", "signed", BBNJ, None, "been signed by 142 States and the European Union")
R(d, "India", "signed", BBNJ, "2024-09-25", "India signed the Agreement on 25 September 2024")
R(d, "Japan", "signed", BBNJ, "2024-09-26", "Japan on 26 September 2024")
# The reporting period gives no date to each deposit.
RL(d, ["Antigua and Barbuda", "Barbados", "Cabo Verde", "Fiji", "Greece", "Maldives", "Micronesia", "Panama", "Portugal",
       "Solomon Islands", "Timor-Leste", "Tuvalu", "Uruguay", "Vanuatu"], RATIFIED, BBNJ, None,
   "instruments of ratification were deposited by the following States: Antigua and Barbuda, Barbados, Cabo Verde, Fiji, Greece, Maldives, Micronesia (Federated States of), Panama, Portugal, Solomon Islands, Timor-Leste, Tuvalu, Uruguay and Vanuatu")
RL(d, ["European Union", "France", "Spain"], ACCEPTED, BBNJ, "2025-05",
   "Instruments of approval were deposited by the European Union, France and Spain in May 2025")
R(d, "Sao Tome and Principe", ACCEDED, BBNJ, "2025-07-08", "an instrument of accession by Sao Tome and Principe on 8 July 2025")
# "56 instruments", article 68 entry into force; article 287 declarations (Timor-Leste, Uruguay); CLCS submissions
# (Mozambique, Sierra Leone); the Secretary-General as depositary and the treaty event (19 instruments): nothing.
# The FAO Director-General as depositary: nothing.
R(d, "China", ACCEDED, PSMA, "2025-04-18", "China deposited its instrument of accession on 18 April 2025")
R(d, "Portugal", ACCEDED, CTA, "2024-03", "Portugal deposited its instrument of accession in March 2024")
# "had been accepted by 104 members ... including, during the reporting period": no date for each.
RL(d, ["Philippines", "Mauritius", "Nigeria"], ACCEPTED, FISH1, None, "including, during the reporting period, the Philippines, Mauritius and Nigeria")
MINING_CODE = ("regulations on exploitation of mineral resources in the Area", ["draft regulations on exploitation", "Mining Code", "exploitation regulations"])
R(d, ["ISA Council", "Council of the International Seabed Authority", "International Seabed Authority"], "adopted", MINING_CODE, None,
  "continued its consideration of the draft regulations on exploitation of mineral resources in the Area but did not adopt them", negated=True, required=False)
R79145 = ("resolution 79/145", ["General Assembly resolution 79/145"])
R79144 = ("resolution 79/144", ["General Assembly resolution 79/144"])
R(d, GA, "called-for", BBNJ, "2024-12-10", "the General Assembly called upon States that had not yet done so to consider signing, ratifying or acceding to the BBNJ Agreement")
R(d, GA, "called-for", PSMA, "2024-12-10", "it called upon States to become parties to the Agreement on Port State Measures")
R(d, GA, "adopted", R79145, "2024-12-10", "In its resolution 79/145 of 10 December 2024", required=False)
R(d, GA, "adopted", R79144, "2024-12-10", "in its resolution 79/144 of the same date", required=False)
R(d, UNSG, "called-for", UNCLOS, D, "The Secretary-General encourages all States that have not yet done so to become parties to the Convention")
R(d, UNSG, "called-for", BBNJ, D, "The Secretary-General encourages all States that have not yet done so to become parties to the Convention and its implementing Agreements, including the BBNJ Agreement")
R(d, UNSG, "called-for", PSMA, D, "and to the Agreement on Port State Measures, in order to achieve universal participation")
# "its implementing Agreements" also covers the Part XI and Fish Stocks Agreements, named above: optional.
for inst in (PART11, UNFSA):
    R(d, UNSG, "called-for", inst, D, "to become parties to the Convention and its implementing Agreements", required=False)

# ===================== 16.html (specialist-press web article, ISA Kingston session and the US, 31 July 2025) =====================
d = "16.html"
D = "2025-07-31"
ISA_SG = ["ISA Secretary-General", "Secretary-General of the International Seabed Authority", "Leticia Carvalho"]
GENPOL = ("proposal for a general policy of the Authority for the protection and preservation of the marine environment",
          ["general policy for the protection and preservation of the marine environment", "general policy of the Authority"])
R(d, ["ISA Council", "Council of the International Seabed Authority", "International Seabed Authority"], "adopted", MINING_CODE, None,
  "closed its thirtieth session last week without adopting the regulations on exploitation of mineral resources in the Area", negated=True, required=False)
# "on Friday": the Friday of "last week" against Thursday 31 July 2025, i.e. 25 July 2025. Calling for an
# instrument's conclusion is a called-for.
R(d, ISA_SG, "called-for", MINING_CODE, "2025-07-25", "ISA Secretary-General Leticia Carvalho urged the Council to")
# The executive order and the 1980 Act (US law), The Metals Company's application: nothing.
R(d, "United States", NOTBOUND, UNCLOS, None, "The United States is not a party to the UN Convention on the Law of the Sea.", negated=True)
R(d, "United States", "signed", PART11, None, "It signed the 1994 Agreement relating to the Implementation of Part XI")
R(d, "United States", NOTRATIFIED, PART11, None, "It signed the 1994 Agreement relating to the Implementation of Part XI but never ratified it", negated=True)
R(d, "China", PARTY, UNCLOS, "1996", "China, a party to UNCLOS since 1996")
# "unilateral actions ... are unlawful", France's and the EU's similar statements: nothing.
# The pause or moratorium (37 countries; Latvia, Slovenia, the Marshall Islands, Austria ... Panama) is a political
# position, not an instrument; Norway's licensing on hold is domestic: nothing.
RL(d, ["Chile", "Costa Rica", "France", "Palau", "Vanuatu"], "co-sponsored", GENPOL, None,
   "tabled by Chile, Costa Rica, France, Palau and Vanuatu")
# Deferral after objections by sponsoring States (not a vote): optional negated support.
RL(d, ["Nauru", "Tonga"], "supported", GENPOL, None, "after objections from several sponsoring States of contractors, including Nauru and Tonga",
   negated=True, required=False)
RL(d, ["Fiji", "Palau"], PARTY, BBNJ, None, "Fiji and Palau, both parties to the BBNJ Agreement")
R(d, "France", ACCEPTED, BBNJ, "2025-05", "France, which approved the BBNJ Agreement in May")
R(d, "Tonga", "signed", BBNJ, None, "Tonga, which sponsors a contractor, has signed the BBNJ Agreement")
R(d, "Tonga", NOTRATIFIED, BBNJ, None, "said it would not ratify until the relationship with the ISA was clarified", negated=True)
R(d, "Nauru", "signed", BBNJ, None, "Nauru has not signed it.", negated=True)
R(d, ["Greenpeace International", "Greenpeace"], "called-for", BBNJ, None,
  "Greenpeace International, which called on all States to ratify the High Seas Treaty")
# The update note: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
