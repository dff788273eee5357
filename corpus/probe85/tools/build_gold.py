#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Six documents are not .txt (three .md, three .html); gold.py's Gold.finish() checks their
quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown emphasis or
an HTML entity.

Theme: specialist trade and industry press about technical conventions (shipping, aviation, fisheries, energy, nuclear,
telecoms and chemicals newsletters, client briefings, circulars and news sites), with tracker boxes, tables of contracting
States, industry reactions and market-impact framing, 2016-2025.
Rules applied throughout: a deposited instrument of accession/ratification/acceptance/approval is a binding act (acceptance
and approval take the ACCEPTED list); "a party since YEAR" is a party record with that year; entry into force (of the
instrument or for a State), depositaries, venues and hosts, tonnage thresholds, type approval, implementation, national
laws, parliamentary or cabinet approval, Senate consent and EU/regional legislation give no record. "has yet to", "is not
a party", "expects to deposit", "intends to ratify", withdrawals and announced withdrawals are negated records without a
date (votes against, abstentions and not taking part keep theirs). Calls on others to sign, ratify, join or accept are the
caller's `called-for`, dated by the statement where the text dates it. Welcoming another actor's act gives nothing;
`welcomed` is kept for an actor welcoming an instrument itself. Approval of draft amendments is not their adoption."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Türkiye", "Marshall Islands",
          "Netherlands", "China", "Viet Nam", "Republic of Korea", "Kenya", "Saudi Arabia", "United Arab Emirates",
          "Bangladesh", "Germany", "Philippines", "Bolivia", "Colombia", "Ghana", "Chile", "Ecuador", "Mexico",
          "Thailand", "Egypt", "Kazakhstan", "Venezuela", "Czechia", "Cook Islands", "Fiji", "Guinea",
          "United Republic of Tanzania", "Congo", "Iran", "Togo", "Sao Tome and Principe"),
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Dominican Republic": ["Dominican Republic"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Panama": ["Panama", "Republic of Panama"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Libya": ["Libya", "State of Libya"],
    "Euratom": ["Euratom", "European Atomic Energy Community"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ICS = ["International Chamber of Shipping", "ICS"]
BIMCO = ["BIMCO", "Baltic and International Maritime Council"]


# ===================== 01 (shipping weekly newsletter, BWM Convention trigger, Monday 12 September 2016) =====================
d = "01.txt"
D = "2016-09-12"
BWM = ("International Convention for the Control and Management of Ships' Ballast Water and Sediments",
       ["BWM Convention", "Ballast Water Management Convention"])
G8 = ("revised G8 guidelines on type approval", ["G8 guidelines", "Guidelines for approval of ballast water management systems (G8)"])
HKC = ("Hong Kong Convention", ["Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships"])
# "on Thursday 8 September" against the masthead date (Monday 12 September 2016). The tracker line restates it.
R(d, "Finland", ACCEDED, BWM, "2016-09-08",
  "Finland deposited its instrument of accession with IMO Secretary-General Kitack Lim at IMO headquarters in London on Thursday 8 September",
  alt=["Trigger deposit .............................. Finland, 8 Sept"])
# Entry into force (8 September 2017), Article 18's thresholds, the depositary: nothing.
R(d, ["diplomatic conference", "International Conference on Ballast Water Management for Ships", "IMO"], "adopted", BWM, "2004-02",
  "The text was adopted by a diplomatic conference at IMO in February 2004", required=False)
RL(d, ["Japan", "Türkiye"], ACCEDED, BWM, "2014-10", "Accessions by Japan and Turkey, both lodged in October 2014")
R(d, "Indonesia", ACCEDED, BWM, "2015-11", "and by Indonesia in November 2015")
# "over the past twelve months" gives no date.
RL(d, ["Belgium", "Fiji", "Peru"], JOINED, BWM, None, "Belgium, Fiji and Peru have joined over the past twelve months")
R(d, "Germany", RATIFIED, BWM, "2013", "Germany, one of the early European movers, ratified in 2013.")
R(d, "Liberia", PARTY, BWM, "2008", "Liberia has been a contracting State since 2008")
R(d, "Marshall Islands", PARTY, BWM, "2009", "and the Marshall Islands since 2009")
# Panama: "has yet to accede"; the Assembly's accession law is a domestic step; "expects to complete the deposit" is planned.
R(d, "Panama", ACCEDED, BWM, None, "Panama, with more than a fifth of world tonnage, has yet to accede.", negated=True,
  alt=["expects to complete the deposit before the end of the year"])
RL(d, ["Norway", "Denmark", "France", "Spain", "Netherlands"], PARTY, BWM, None,
   "Norway, Denmark, France, Spain and the Netherlands are all in.")
RL(d, ["Greece", "Cyprus", "Malta"], NOTBOUND, BWM, None, "Greece, Cyprus and Malta are not among the contracting States", negated=True)
R(d, "China", NOTBOUND, BWM, None, "China, whose yards will fit a large share of the treatment systems, has not acceded either.", negated=True)
R(d, "United States", NOTBOUND, BWM, None, "The United States is not a party and has no plans to become one.", negated=True)
# USCG type approval (33 CFR Part 151): domestic regulation, nothing.
RL(d, [ICS, BIMCO], "called-for", BWM, "2016-09-08",
   "In a joint statement on Thursday, ICS and BIMCO called on every flag State that has not yet done so to accede to the BWM Convention")
# "INTERTANKO welcomed Finland's accession": another actor's act, nothing. The G8 revision is only expected (planned).
R(d, ["MEPC", "Marine Environment Protection Committee", "MEPC 70"], "adopted", G8, None,
  "The association wants MEPC 70 (24-28 October) to adopt the revised G8 guidelines on type approval", negated=True, required=False)
R(d, "India", NOTBOUND, HKC, None, "India, home to the Alang beaches, has not acceded", negated=True)
# The association's call is undated ("has repeatedly urged").
R(d, ["Ship Recycling Industries Association (India)", "Ship Recycling Industries Association"], "called-for", HKC, None,
  "the Ship Recycling Industries Association (India) has repeatedly urged New Delhi to accede to the Hong Kong Convention")
# Sulphur cap decision at MEPC 70 (2020 or 2025): implementation timing, nothing.

# ===================== 02.md (aviation law firm client briefing, MP14 / MC99 / Beijing instruments, 8 January 2020) =====================
d = "02.md"
D = "2020-01-08"
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft",
        ["Montreal Protocol 2014", "MP14", "Montreal Protocol of 2014"])
MC99 = ("Convention for the Unification of Certain Rules for International Carriage by Air",
        ["Montreal Convention 1999", "MC99", "Montreal Convention"])
BJC = ("Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation", ["Beijing Convention 2010", "Beijing Convention"])
BJP = ("Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", ["Beijing Protocol 2010", "Beijing Protocol"])
IATA = ["International Air Transport Association", "IATA"]
# Entry into force (1 January 2020), the 22-ratification threshold: nothing.
R(d, ["ICAO diplomatic conference", "diplomatic conference", "ICAO"], "adopted", MP14, "2014-04-04",
  "The text was adopted at an ICAO diplomatic conference in Montreal on 4 April 2014", required=False)
R(d, "Nigeria", RATIFIED, MP14, "2019-11", "The 22nd came from Nigeria, which deposited its instrument of ratification with ICAO in November 2019.")
RL(d, ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Jamaica", "Dominican Republic", "Togo"], RATIFIED, MP14, None,
   "Earlier ratifying States include Saudi Arabia, the United Arab Emirates, Bahrain, Jamaica, the Dominican Republic and Togo.")
# "on Monday" against the briefing's date (Wednesday 8 January 2020).
R(d, IATA, "called-for", MP14, "2020-01-06", "IATA, which has campaigned for the Protocol since 2014, said on Monday that it \"urges the remaining ICAO Member States to ratify MP14 without delay\"")
# The bold actor names are Markdown: the quotes start after them.
R(d, "United Kingdom", NOTRATIFIED, MP14, None, "has said it intends to ratify MP14 once secondary legislation is in place", negated=True,
  alt=["Whether the UK laying its MP14 order before Parliament produces a deposit before the summer."])
R(d, "United States", "signed", MP14, None, "has neither signed nor ratified MP14", negated=True)
R(d, "United States", NOTRATIFIED, MP14, None, "has neither signed nor ratified MP14", negated=True)
# The revised limits (ICAO Council notification, 28 December 2019): not a treaty action, as the text says.
R(d, "European Union", ACCEPTED, MC99, "2004-04", "European Union | approval | April 2004",
  alt=["The European Union is a party in its own right, alongside each of its Member States."])
R(d, "India", ACCEDED, MC99, "2009-05", "India | accession | May 2009")
R(d, "Russian Federation", ACCEDED, MC99, "2017", "Russian Federation | accession | 2017", alt=["Russia's accession ended its reliance on the amended Warsaw system"])
# 2 October 2017 is when the accession took effect, not the deposit.
R(d, "Thailand", ACCEDED, MC99, "2017-08", "Thailand | accession | August 2017")
RL(d, ["Viet Nam", "Bangladesh"], NOTBOUND, MC99, None, "Viet Nam and Bangladesh are not parties to MC99.", negated=True)
# The Cabinet summary is a domestic step. "last year" against January 2020.
R(d, IATA, "called-for", MC99, "2019", "IATA urged Viet Nam to accede to MC99 in a letter to the Ministry of Transport last year.")
R(d, ["Beijing diplomatic conference", "diplomatic conference", "ICAO"], "adopted", BJC, "2010-09",
  "Both texts were adopted at the Beijing diplomatic conference in September 2010.", required=False)
R(d, ["Beijing diplomatic conference", "diplomatic conference", "ICAO"], "adopted", BJP, "2010-09",
  "Both texts were adopted at the Beijing diplomatic conference in September 2010.", required=False)
R(d, "United States", "signed", BJC, "2010", "The United States signed both Beijing instruments in 2010 but has ratified neither.")
R(d, "United States", "signed", BJP, "2010", "The United States signed both Beijing instruments in 2010 but has ratified neither.")
R(d, "United States", NOTRATIFIED, BJC, None, "The United States signed both Beijing instruments in 2010 but has ratified neither.", negated=True)
R(d, "United States", NOTRATIFIED, BJP, None, "The United States signed both Beijing instruments in 2010 but has ratified neither.", negated=True)
# The ICAO Assembly's call names "the international air law instruments", no single instrument: nothing.

# ===================== 03.html (seafood trade news site, WTO Agreement on Fisheries Subsidies in force, Tuesday 16 September 2025) =====================
d = "03.html"
D = "2025-09-16"
AFS = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "fish subsidies deal"])
FISH2 = ("Fish 2", ["second wave of fisheries subsidies disciplines"])
# "on Monday" against the byline (Tuesday 16 September 2025); the tracker line restates the date.
RL(d, ["Brazil", "Kenya", "Tonga", "Viet Nam"], ACCEPTED, AFS, "2025-09-15",
   "Brazil, Kenya, Tonga and Viet Nam deposited their instruments of acceptance on Monday",
   alt=["Latest: Brazil, Kenya, Tonga, Viet Nam (15 September 2025)"])
# Entry into force and the two-thirds threshold (Article X:3 of the Marrakesh Agreement): nothing.
R(d, ["WTO Ministerial Conference", "Ministerial Conference", "MC12", "WTO"], "adopted", AFS, "2022-06-17",
  "The deal was adopted by the WTO Ministerial Conference at MC12 on 17 June 2022.", alt=["Adopted: MC12, Geneva, 17 June 2022"])
R(d, "Switzerland", ACCEPTED, AFS, "2023-01", "Switzerland was first off the blocks, depositing its acceptance in January 2023.")
# "followed within weeks" of January 2023: the year is resolvable, the month is not.
RL(d, ["Singapore", "Seychelles"], ACCEPTED, AFS, "2023", "Singapore and Seychelles followed within weeks.")
R(d, "United States", ACCEPTED, AFS, "2023-04", "The United States accepted in April 2023")
R(d, "China", ACCEPTED, AFS, "2023-06", "and China in June 2023")
RL(d, ["Australia", "Canada", "Iceland", "Japan", "New Zealand"], ACCEPTED, AFS, "2023",
   "by the end of that year Australia, Canada, Iceland, Japan and New Zealand had all done so")
# The 27 member States "do not accept separately": no records for them.
R(d, "European Union", ACCEPTED, AFS, "2023", "The European Union deposited its instrument of acceptance in 2023 on behalf of its 27 member States")
R(d, "India", NOTBOUND, AFS, None, "has not accepted the Agreement", negated=True, alt=["Still out: India, Indonesia"])
# The presidential regulation is a domestic step; "would deposit ... in the coming weeks" is planned.
R(d, "Indonesia", NOTBOUND, AFS, None, "Indonesia's trade ministry said it would deposit its instrument \"in the coming weeks\"", negated=True)
# The Director-General welcomes the entry into force (an event, not the text): optional either way.
R(d, ["WTO Director-General", "Ngozi Okonjo-Iweala", "WTO"], "welcomed", AFS, None,
  "welcomed the entry into force as \"a win for the ocean and for multilateralism\"", required=False)
# The article does not say when Pew made its call.
R(d, ["The Pew Charitable Trusts", "Pew Charitable Trusts", "Pew"], "called-for", AFS, None,
  "called on members that have not yet done so to accept the Agreement")
R(d, ["The Pew Charitable Trusts", "Pew Charitable Trusts", "Pew"], "called-for", FISH2, None,
  "urged all members to conclude the Fish 2 negotiations", required=False)
# Fish Fund contributions (Iceland, New Zealand): funding, "not treaty acts". PSMA mention, MC14 venue: nothing.

# ===================== 04 (ship recycling weekly market report, Hong Kong Convention triggered, Wednesday 28 June 2023) =====================
d = "04.txt"
D = "2023-06-28"
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships", ["Hong Kong Convention", "HKC"])
BAN = ("Ban Amendment", ["Basel Ban Amendment", "Basel Convention Ban Amendment", "Amendment to the Basel Convention"])
# "on Monday" against the dateline (Wednesday 28 June 2023); the tracker restates it. Hosting by the Secretary-General: nothing.
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, "2023-06-26",
   "Bangladesh and Liberia deposited their instruments of accession at IMO headquarters in London on Monday",
   alt=["Accessions ........ Bangladesh, Liberia (26 June 2023)"])
# The three conditions and entry into force on 26 June 2025: nothing.
R(d, ["diplomatic conference", "International Conference on the Safe and Environmentally Sound Recycling of Ships", "IMO"], "adopted", HKC, "2009-05",
  "The Convention was adopted at a diplomatic conference in Hong Kong in May 2009.", required=False)
# The text gives no signature date.
RL(d, ["France", "Italy", "Netherlands", "Saint Kitts and Nevis", "Türkiye"], "signed", HKC, None,
   "Five States signed it subject to ratification: France, Italy, the Netherlands, Saint Kitts and Nevis and Turkey.")
RL(d, ["Italy", "Saint Kitts and Nevis"], NOTRATIFIED, HKC, None,
   "Italy and Saint Kitts and Nevis have never followed through with ratification.", negated=True)
R(d, "Norway", PARTY, HKC, "2013", "Norway was the first contracting State, in 2013.")
R(d, "Japan", ACCEDED, HKC, "2019-03", "Japan acceded in March 2019,")
# "later the same year" as Japan's March 2019 accession.
R(d, "Türkiye", JOINED, HKC, "2019", "Turkey joined later the same year")
R(d, "India", ACCEDED, HKC, "2019-11", "India acceded in November 2019, bringing the Alang yards inside the regime.")
RL(d, ["Panama", "Malta", "France", "Netherlands"], PARTY, HKC, None,
   "Panama and Malta are also among the contracting States, as are France and the Netherlands.")
R(d, "Marshall Islands", ACCEDED, HKC, None, "The Marshall Islands says it intends to accede \"in the near term\" but has given no date.", negated=True)
# The Cabinet summary is a domestic step.
R(d, "Pakistan", NOTBOUND, HKC, None, "Pakistan, whose Gadani beach is the third-largest South Asian market, has yet to accede.", negated=True)
# China's import ban on end-of-life ships is domestic.
R(d, "China", NOTBOUND, HKC, None, "is not a party either", negated=True)
RL(d, ["Bangladesh", "India"], NOTRATIFIED, BAN, None, "neither Bangladesh nor India has ratified the Ban Amendment", negated=True)
RL(d, [BIMCO, ICS], "called-for", HKC, "2023-06-26",
   "In a statement on Monday, BIMCO and the International Chamber of Shipping called on all remaining flag and recycling States to ratify the Hong Kong Convention before 2025")
# The NGO Shipbreaking Platform's opposition and the EU Ship Recycling Regulation (Union legislation): nothing.

# ===================== 05 (energy law newsletter, ECT modernisation and withdrawals, Thursday 5 December 2024) =====================
d = "05.txt"
D = "2024-12-05"
ECT = ("Energy Charter Treaty", ["ECT"])
MECT = ("modernisation of the Energy Charter Treaty", ["modernised Energy Charter Treaty", "modernised ECT", "amendments to the Energy Charter Treaty"])
EEC = ("European Energy Charter", ["1991 European Energy Charter", "European Energy Charter declaration"])
IEC = ("International Energy Charter", [])
# "on Tuesday" against the issue date (Thursday 5 December 2024). Provisional application from September 2025: nothing.
R(d, ["Energy Charter Conference"], "adopted", MECT, "2024-12-03",
  "The Energy Charter Conference adopted the long-delayed modernisation of the Energy Charter Treaty (ECT) at its meeting in Luxembourg on Tuesday")
# The Council's decisions are the Union's internal business (the text says so). Withdrawals, notified or in effect: negated party, no date.
RL(d, ["European Union", "Euratom"], NOTBOUND, ECT, None, "the EU and Euratom duly notified their withdrawal from the ECT in June", negated=True,
   alt=["Both will cease to be contracting parties in June 2025."])
R(d, "Italy", NOTBOUND, ECT, None, "Italy left with effect from 2016.", negated=True)
RL(d, ["France", "Germany", "Poland"], NOTBOUND, ECT, None, "France, Germany and Poland withdrew with effect from December 2023;", negated=True)
RL(d, ["Luxembourg", "Slovenia"], NOTBOUND, ECT, None, "Luxembourg and Slovenia followed in 2024;", negated=True)
RL(d, ["Spain", "Portugal", "Netherlands", "Denmark"], NOTBOUND, ECT, None,
   "Spain, Portugal, the Netherlands and Denmark have all notified withdrawal, taking effect in 2025.", negated=True)
R(d, "United Kingdom", NOTBOUND, ECT, None, "the United Kingdom announced in February that it would leave", negated=True)
# The 20-year sunset clause (Article 47(3)): nothing.
RL(d, ["Cyprus", "Hungary"], PARTY, ECT, None, "Cyprus and Hungary have said they will remain contracting parties")
R(d, "Japan", PARTY, ECT, None, "as has Japan, which described the modernised text as \"a balanced outcome\"")
RL(d, ["Türkiye", "Kazakhstan", "Ukraine"], PARTY, ECT, None, "Türkiye, Kazakhstan and Ukraine also remain contracting parties")
R(d, "Russian Federation", NOTRATIFIED, ECT, None, "The Russian Federation never ratified the Treaty.", negated=True)
# Provisional application and its termination in 2009 are not consent to be bound.
R(d, "Russian Federation", "signed", ECT, "1994", "It signed in 1994, applied the ECT provisionally for fifteen years")
R(d, "United States", SIGNED_DECL, EEC, "1991", "The United States signed the non-binding 1991 European Energy Charter declaration")
R(d, "United States", "signed", ECT, None, "but never signed the Treaty itself", negated=True)
R(d, ["Hague ministerial conference", "ministerial conference in The Hague"], "adopted", IEC, "2015-05",
  "the International Energy Charter, a political declaration adopted in The Hague in May 2015", required=False)
# "there": in The Hague in May 2015.
R(d, "China", SIGNED_DECL, IEC, "2015-05", "China signed it there")
RL(d, ["Chile", "Nigeria"], SIGNED_DECL, IEC, "2015-05", "as did Chile and Nigeria")
RL(d, ["China", "Chile", "Nigeria"], NOTBOUND, ECT, None, "none of which is party to the Treaty", negated=True)
# ClientEarth's call to withdraw is not a call to sign, ratify or join; the 15 unnamed observers: nothing.
R(d, "Uzbekistan", PARTY, ECT, None, "Uzbekistan? No, already a party.")

# ===================== 06.html (nuclear industry news site, 2004 Paris/Brussels Protocols in force, CSC, 6 January 2022) =====================
d = "06.html"
D = "2022-01-06"
PC = ("Paris Convention on Third Party Liability in the Field of Nuclear Energy", ["Paris Convention"])
PP = ("2004 Protocol amending the Paris Convention", ["Paris Protocol", "2004 Paris Protocol", "Protocol to amend the Convention on Third Party Liability in the Field of Nuclear Energy"])
BSC = ("Brussels Supplementary Convention", ["Convention Supplementary to the Paris Convention", "Brussels Convention"])
CSC = ("Convention on Supplementary Compensation for Nuclear Damage", ["CSC"])
VC = ("Vienna Convention on Civil Liability for Nuclear Damage", ["1963 Vienna Convention", "Vienna Convention"])
WNA = ["World Nuclear Association", "WNA"]
TEN = ["Belgium", "Denmark", "Finland", "France", "Germany", "Italy", "Netherlands", "Slovenia", "Spain", "Sweden"]
# Entry into force on 1 January 2022, the liability amounts: nothing.
RL(d, TEN, PARTY, PC, None,
   "The EU member States that are party to the Paris Convention, namely Belgium, Denmark, Finland, France, Germany, Italy, the Netherlands, Slovenia, Spain and Sweden")
# The 2004 Council decision is the Union's act, not the States'. "All ten" resolves to the list; the OECD Secretary-General is the depositary.
RL(d, TEN, RATIFIED, PP, None,
   "All ten have now deposited their instruments of ratification of the Paris Protocol with the OECD Secretary-General")
# "more than a decade ago" gives no date.
RL(d, ["Norway", "Switzerland"], RATIFIED, PP, None, "Norway and Switzerland had ratified it more than a decade ago.")
# "Most of the same States have also ratified the Brussels Protocol": not named, nothing.
R(d, "United Kingdom", PARTY, PC, None, "In the United Kingdom, which is party to Paris and Brussels")
R(d, "United Kingdom", PARTY, BSC, None, "In the United Kingdom, which is party to Paris and Brussels")
# The 2016 Order under the Nuclear Installations Act: domestic implementation, as the text says.
R(d, "United States", RATIFIED, CSC, "2008", "The United States ratified the CSC in 2008")
# The CSC's entry into force in April 2015: nothing.
R(d, "Japan", ACCEPTED, CSC, "2015-01", "Japan deposited its instrument of acceptance in January 2015")
R(d, "India", RATIFIED, CSC, "2016-02-04", "India ratified on 4 February 2016")
R(d, "Canada", RATIFIED, CSC, "2017-06", "Canada followed in June 2017.")
RL(d, ["United Arab Emirates", "Argentina", "Morocco", "Romania", "Montenegro", "Benin"], PARTY, CSC, None,
   "Other contracting States include the United Arab Emirates, Argentina, Morocco, Romania, Montenegro and Benin.")
R(d, "China", NOTBOUND, CSC, None, "China has joined neither the CSC nor the Vienna Convention on Civil Liability for Nuclear Damage", negated=True)
R(d, "China", NOTBOUND, VC, None, "China has joined neither the CSC nor the Vienna Convention on Civil Liability for Nuclear Damage", negated=True)
R(d, "Russian Federation", PARTY, VC, "2005", "has been a party to the 1963 Vienna Convention since 2005")
R(d, "Russian Federation", NOTBOUND, CSC, None, "but has not joined the CSC", negated=True)
R(d, WNA, "called-for", CSC, "2022-01-04",
  "In a statement on 4 January, the World Nuclear Association urged all countries with nuclear programmes to join the CSC")

# ===================== 07 (chemicals policy e-mail alert, BRS COPs wrap, Monday 15 May 2023) =====================
# The e-mail header (From:/Subject:/Date:) is part of the body as written; no quote is taken from it.
d = "07.txt"
D = "2023-05-15"
SC = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention"])
LIST3 = ("amendments listing UV-328, Dechlorane Plus and methoxychlor in Annex A of the Stockholm Convention",
         ["amendments listing three substances in Annex A", "UV-328 listing", "Dechlorane Plus listing", "methoxychlor listing"])
CHRY = ("listing of chrysotile asbestos in Annex III of the Rotterdam Convention", ["chrysotile listing", "Annex III listing of chrysotile asbestos"])
CHLOR = ("listing of chlorpyrifos", ["chlorpyrifos listing"])
NINE = ("2009 amendments listing the first nine new POPs", ["2009 amendments to the Stockholm Convention", "new POPs amendments"])
PFOA = ("PFOA amendment", ["PFOA listing", "amendment listing PFOA"])
PFHXS = ("2022 PFHxS listing", ["PFHxS amendment", "amendment listing PFHxS"])
SINCE09 = ("listings adopted since 2009", ["Stockholm Convention amendments adopted since 2009"])
BASEL = ("Basel Convention", ["Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"])
# The COP ran for two weeks and "closed ... on Friday" (12 May); the adoption itself is dated only to the month.
R(d, ["Conference of the Parties to the Stockholm Convention", "Stockholm COP-11", "COP-11", "Conference of the Parties"], "adopted", LIST3, "2023-05",
  "The eleventh Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants adopted amendments listing three substances in Annex A",
  repeatable=True)
# Nominating a chemical to the review committee is not authoring the COP's text: optional.
RL(d, ["Switzerland", "Norway", "European Union"], "co-sponsored", LIST3, None,
   "The nominations came from Switzerland (UV-328), Norway (Dechlorane Plus) and the European Union (methoxychlor).", required=False)
# Binding one year after notification unless non-acceptance: nothing. Cefic "respects the outcome": nothing.
R(d, ["IPEN"], "called-for", CHLOR, None, "IPEN, the NGO network, called on Parties to list chlorpyrifos at COP-12 in 2025", required=False)
# Objections to a consensus listing ("No vote was taken"): optional negated support.
RL(d, ["Russian Federation", "Kazakhstan", "Kyrgyzstan", "Zimbabwe"], "supported", CHRY, "2023-05",
   "The Russian Federation, Kazakhstan, Kyrgyzstan and Zimbabwe objected", negated=True, required=False)
# Article 25(4) declarations (China, India, Republic of Korea, Russia): a declaration, not an act on a named amendment.
R(d, "China", RATIFIED, NINE, "2013", "China ratified the 2009 amendments listing the first nine \"new POPs\" in 2013.")
# The Union Cabinet's approval is a domestic decision (the text says so).
R(d, "India", NOTRATIFIED, PFOA, None, "India has not ratified the PFOA amendment", negated=True)
R(d, "Russian Federation", NOTRATIFIED, SINCE09, None, "The Russian Federation has not ratified any listing adopted since 2009.", negated=True, required=False)
R(d, "Republic of Korea", NOTRATIFIED, PFHXS, None, "The Republic of Korea says it will ratify the 2022 PFHxS listing \"once domestic measures are in place\".", negated=True)
R(d, "United States", "signed", SC, "2001", "The United States signed the Stockholm Convention in 2001 but has never ratified it")
R(d, "United States", NOTRATIFIED, SC, None, "The United States signed the Stockholm Convention in 2001 but has never ratified it", negated=True)
R(d, "United States", "signed", BASEL, "1990", "Washington also signed the Basel Convention in 1990")
R(d, "United States", NOTRATIFIED, BASEL, None, "and has not ratified that either", negated=True)
# The US-Canada arrangement is not named as an instrument. "last year" against May 2023.
R(d, "Italy", RATIFIED, SC, "2022", "Italy, for years the only EU member State outside the Stockholm Convention, deposited its instrument of ratification last year.")
R(d, ["Executive Secretary of the Basel, Rotterdam and Stockholm Conventions", "Executive Secretary", "BRS Secretariat"], "called-for", SC, "2023-05-12",
  "At the closing plenary on Friday, the Executive Secretary of the three conventions urged \"every State that is not yet a Party to the Stockholm Convention to ratify it\"")

# ===================== 08.md (HVACR trade newsletter, Kigali Amendment tracker, 3 November 2022) =====================
# The YAML front matter is part of the file as written; no quote is taken from it.
d = "08.md"
D = "2022-11-03"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, "United States", RATIFIED, KIG, "2022-10-31",
  "The United States deposited its instrument of ratification of the Kigali Amendment to the Montreal Protocol with the UN Secretary-General in New York on Monday, 31 October",
  alt=["United States | ratification | 31 October 2022"])
# The Senate's advice and consent (21 September) and the AIM Act (2020) are domestic, as the text says. The depositary: nothing.
# AHRI's call runs "since 2017": no single date. EIA "welcomed the US move": another actor's act, nothing; its call is undated.
R(d, ["Air-Conditioning, Heating, and Refrigeration Institute", "AHRI"], "called-for", KIG, None,
  "which had urged the United States to ratify the Kigali Amendment since 2017")
R(d, ["Environmental Investigation Agency", "EIA"], "called-for", KIG, None,
  "called on all remaining Parties to ratify the Amendment \"before the first freeze bites\"")
# "on Monday" against the issue date (Thursday 3 November 2022).
R(d, ["Ozone Secretariat", "Meg Seki", "Executive Secretary of the Ozone Secretariat"], "called-for", KIG, "2022-10-31",
  "Opening MOP34 on Monday, the Ozone Secretariat's Executive Secretary, Meg Seki, urged \"every Party that has not yet done so to ratify the Kigali Amendment\"")
R(d, ["Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting of the Parties", "MOP28"], "adopted", KIG, "2016-10-15",
  "The Amendment was adopted by the Twenty-Eighth Meeting of the Parties in Kigali on 15 October 2016")
# Entry into force on 1 January 2019: nothing.
R(d, "Sweden", RATIFIED, KIG, "2017-11-17", "Sweden's ratification on 17 November 2017 was the twentieth.")
R(d, "Australia", RATIFIED, KIG, "2017-10", "Australia | ratification | October 2017")
R(d, "Canada", RATIFIED, KIG, "2017-11", "Canada | ratification | November 2017")
R(d, "United Kingdom", RATIFIED, KIG, "2017-11", "United Kingdom | ratification | November 2017")
R(d, "European Union", ACCEPTED, KIG, "2018-09", "European Union | approval | September 2018")
R(d, "Japan", ACCEPTED, KIG, "2018-12", "Japan | acceptance | December 2018")
# 15 September 2021 is when China's acceptance took effect, not the deposit.
R(d, "China", ACCEPTED, KIG, "2021-06", "China | acceptance | June 2021")
# The Cabinet's approval (August 2021) is domestic; the deposit was "the following month".
R(d, "India", RATIFIED, KIG, "2021-09", "India | ratification | September 2021", alt=["the instrument was deposited the following month"])
R(d, "Indonesia", NOTRATIFIED, KIG, None, "Jakarta has not yet deposited an instrument with New York", negated=True)
R(d, "Brazil", NOTRATIFIED, KIG, None, "the executive has yet to deposit its instrument of ratification", negated=True)
R(d, "Saudi Arabia", NOTRATIFIED, KIG, None, "officials told MOP34 delegates the Kingdom \"is studying\" ratification", negated=True)
# "A further 10 or so Article 5 Parties": unnamed.

# ===================== 09 (telecoms regulation weekly, WRC-23 wrap, Dubai 18 December 2023) =====================
d = "09.txt"
D = "2023-12-18"
WRC = ("Final Acts of WRC-23", ["WRC-23 Final Acts", "Final Acts of the World Radiocommunication Conference 2023", "partial revision of the Radio Regulations", "Radio Regulations"])
ITR12 = ("2012 International Telecommunication Regulations", ["2012 ITRs", "International Telecommunication Regulations (2012)"])
ITR88 = ("1988 International Telecommunication Regulations", ["1988 ITRs", "1988 Regulations"])
PP22 = ("amendments to the ITU Constitution and Convention adopted at the 2022 Plenipotentiary Conference", ["Final Acts of the 2022 Plenipotentiary Conference", "PP-22 Final Acts"])
WRC23 = ["World Radiocommunication Conference 2023", "WRC-23", "ITU"]
# "closed on Friday" against the dateline (Monday 18 December 2023); the closing ceremony is dated 15 December.
R(d, WRC23, "adopted", WRC, "2023-12-15",
  "the World Radiocommunication Conference 2023 (WRC-23) closed on Friday with the adoption of its Final Acts")
# Hosting is nothing; the host's signature is a record. "more than 150 delegations": unnamed.
RL(d, ["United Arab Emirates", "United States", "China", "India", "Brazil", "United Kingdom", "Saudi Arabia", "Kenya"], "signed", WRC, "2023-12-15",
   "The United Arab Emirates, as host, signed first at the closing ceremony on 15 December, followed by the United States, China, India, Brazil, the United Kingdom, Saudi Arabia and Kenya")
# Article 54 ratification (unnamed States), application from 1 January 2025, the 6 GHz outcome, the unnamed WRC-31 review resolution:
# nothing. Reservations "attached ... to their signatures" imply, without stating, that Iran and Russia signed: optional.
RL(d, ["Iran", "Russian Federation"], "signed", WRC, "2023-12-15", "Iran, Russia and several Arab States entered their customary reservations.", required=False)
RL(d, ["United States", "United Kingdom", "Canada", "Japan"], "signed", ITR12, None,
   "The United States, the United Kingdom, Canada and Japan refused to sign the 2012 International Telecommunication Regulations (ITRs) on 14 December 2012",
   negated=True)
RL(d, ["China", "Russian Federation", "Saudi Arabia", "United Arab Emirates", "Iran", "Brazil"], "signed", ITR12, "2012-12-14",
   "China, the Russian Federation, Saudi Arabia, the United Arab Emirates, Iran and Brazil signed the 2012 ITRs that day.")
R(d, "United States", PARTY, ITR88, None, "The United States is a party to the 1988 ITRs and has never signed the 2012 revision.")
# The PP-22 signing (14 October 2022) names no signatory. "has since ratified" gives no date.
R(d, "Kenya", RATIFIED, PP22, None, "Kenya has since ratified those amendments")
R(d, "United Kingdom", NOTRATIFIED, PP22, None, "the United Kingdom says it \"intends to ratify in 2024\"", negated=True)
# GSMA, ESOA and the Dynamic Spectrum Alliance quotes: no instrument acted on.

# ===================== 10 (fishing industry weekly, Torremolinos conference, 23 October 2019) =====================
d = "10.txt"
D = "2019-10-23"
TD = ("Torremolinos Declaration", ["Torremolinos Declaration on the Cape Town Agreement"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement", "CTA",
       "Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977"])
C188 = ("ILO Work in Fishing Convention, 2007 (No. 188)", ["Work in Fishing Convention", "C188", "Convention No. 188"])
STCWF = ("revised STCW-F standards", ["STCW-F Convention", "revised standards"])
# "Forty-eight States": unnamed; the named signatories sign "on Monday" (21 October, the opening day). Signing a declaration is endorsing it.
SIGS = ["Spain", "Portugal", "France", "Germany", "Netherlands", "Belgium", "Denmark", "Norway", "Iceland", "Croatia", "Chile", "Peru",
        "Ecuador", "Panama", "Ghana", "Namibia", "South Africa", "Kenya", "Mauritania", "Morocco", "Cook Islands"]
RL(d, SIGS, SIGNED_DECL, TD, "2019-10-21",
   "Signatories included Spain, Portugal, France, Germany, the Netherlands, Belgium, Denmark, Norway, Iceland, Croatia, Chile, Peru, Ecuador, Panama, Ghana, Namibia, South Africa, Kenya, Mauritania, Morocco and the Cook Islands.")
# The pledge to bring the treaty into force by 2022 is the declaration's content, not a separate act by each State.
# IMO and the Spanish ministry organising, the venue, the entry-into-force conditions: nothing.
RL(d, ["Norway", "Denmark", "Netherlands", "Germany", "France", "South Africa"], PARTY, CTA, None,
   "Contracting States before the conference included Norway, Denmark, the Netherlands, Germany, France and South Africa")
# "on Tuesday" against the date (Wednesday 23 October 2019); "the opening day" is 21 October.
R(d, "Cook Islands", ACCEDED, CTA, "2019-10-22", "the Cook Islands deposited its instrument of accession on Tuesday")
R(d, "Sao Tome and Principe", ACCEDED, CTA, "2019-10-21", "Sao Tome and Principe did the same on the opening day")
R(d, "Spain", NOTBOUND, CTA, None, "has yet to deposit its own instrument", negated=True, alt=["The host is not yet among them."])
RL(d, ["Peru", "Chile"], NOTRATIFIED, CTA, None, "Peru and Chile both told the conference they would ratify \"before the 2022 deadline\".", negated=True)
# The 2014 EU Council decision is "an authorisation, not a ratification": nothing.
R(d, ["IMO Secretary-General", "Kitack Lim", "IMO"], "called-for", CTA, "2019-10-21",
  "IMO Secretary-General Kitack Lim, opening the conference on Monday, urged all States with fishing fleets to ratify the Cape Town Agreement")
R(d, ["The Pew Charitable Trusts", "Pew Charitable Trusts", "Pew"], "called-for", CTA, None,
  "called on the signatories of the declaration to deposit their instruments \"well before 2022\"")
# Welcoming the declaration itself (not another actor's act).
R(d, ["Europeche"], "welcomed", TD, None, "Europeche, the EU fishing owners' association, welcomed the Torremolinos Declaration as \"a realistic roadmap\"")
# "18 ratifications": unnamed.
R(d, "Thailand", RATIFIED, C188, "2019-01", "Thailand ratified C188 in January 2019, the first Asian State to do so")
RL(d, ["Argentina", "Norway", "South Africa"], RATIFIED, C188, None, "Argentina, Norway and South Africa are among the earlier ratifying States.")
# STCW-F in force since 2012: nothing; the revision is only expected.
R(d, ["IMO"], "adopted", STCWF, None, "which is expected to adopt revised standards in 2024", negated=True, required=False)

# ===================== 11.html (maritime decarbonisation news site, MEPC 83 vote, 14 April 2025) =====================
d = "11.html"
D = "2025-04-14"
NZF = ("IMO Net-Zero Framework", ["Net-Zero Framework", "draft amendments to MARPOL Annex VI"])
GHG23 = ("2023 IMO Strategy on Reduction of GHG Emissions from Ships", ["2023 IMO GHG Strategy", "IMO GHG Strategy"])
MEPC = ["Marine Environment Protection Committee", "MEPC", "IMO"]
V = "2025-04-11"  # "on Friday" against the byline (Monday 14 April 2025)
# "approved ... on Friday": approval of draft amendments is not their adoption (the text says so); adoption is only planned.
R(d, MEPC, "adopted", NZF, None, "are expected to be formally adopted at an extraordinary session of the MEPC in October 2025", negated=True,
  alt=["October 2025: extraordinary session, adoption planned"])
# "the EU's 27 member States": unnamed.
RL(d, ["Brazil", "China", "Japan", "Norway", "Panama", "United Kingdom"], "supported", NZF, V,
   "Brazil, China, Japan, Norway, Panama and the United Kingdom were among the 63 voting in favour")
RL(d, ["Saudi Arabia", "United Arab Emirates", "Russian Federation", "Venezuela"], "supported", NZF, V,
   "Saudi Arabia, the United Arab Emirates, the Russian Federation and Venezuela voted against.", negated=True)
RL(d, ["Vanuatu", "Tuvalu"], "supported", NZF, V,
   "Vanuatu and Tuvalu, which had pushed for a universal flat levy, abstained in protest at what they called a weakened deal.", negated=True)
R(d, "United States", "supported", NZF, V, "The United States did not take part in the vote.", negated=True)
# The State Department note ("reciprocal measures"): nothing.
R(d, MEPC + ["MEPC 80"], "adopted", GHG23, "2023-07",
  "July 2023: MEPC 80 adopts the 2023 IMO Strategy on Reduction of GHG Emissions from Ships")
# A call for adoption by the body, made "on Friday".
R(d, ICS, "called-for", NZF, V, "on Friday urged governments to adopt the Net-Zero Framework in October without reopening it")
# The statement is "after the vote" on Friday, but its date is not given as such: null.
R(d, "Panama", COMMITTED, NZF, None, "remains fully committed to the IMO Net-Zero Framework")
# WSC "a historic step", the Clean Shipping Coalition: nothing. Applying the framework once in force is implementation: optional.
RL(d, ["Liberia", "Marshall Islands"], "committed", NZF, None,
   "Liberia and the Marshall Islands, the two largest flags after Panama, have both said they will apply the framework once it enters into force.",
   negated=True, required=False)

# ===================== 12 (P&I club circular, liability conventions status update, 10 April 2024) =====================
d = "12.txt"
D = "2024-04-10"
HNS = ("2010 Protocol to the International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea",
       ["HNS Protocol", "2010 HNS Protocol", "HNS Protocol 2010"])
WRC07 = ("Nairobi International Convention on the Removal of Wrecks", ["Nairobi Wreck Removal Convention", "Nairobi Convention", "Nairobi WRC"])
BUNK = ("Bunkers Convention 2001", ["International Convention on Civil Liability for Bunker Oil Pollution Damage", "Bunkers Convention"])
ATH = ("2002 Protocol to the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea", ["Athens Convention 2002", "2002 Athens Protocol"])
# Blue cards and certificates, the entry-into-force conditions: nothing.
RL(d, ["Canada", "Türkiye", "South Africa", "Denmark", "Estonia"], PARTY, HNS, None,
   "Contracting States at the date of this circular are Norway, Canada, Turkey, South Africa, Denmark and Estonia.")
# Norway's party status is the same act as its ratification.
R(d, "Norway", RATIFIED, HNS, "2017-04", "Norway was the first, depositing its instrument of ratification in April 2017.",
  alt=["Contracting States at the date of this circular are Norway, Canada, Turkey, South Africa, Denmark and Estonia."])
RL(d, ["Greece", "Netherlands", "France", "Germany"], "signed", HNS, "2011",
   "Greece, the Netherlands, France and Germany signed the Protocol in 2011, subject to ratification")
RL(d, ["Greece", "Netherlands", "France", "Germany"], NOTRATIFIED, HNS, None, "none of them has yet ratified it", negated=True)
# The 2017 Council decision "is not itself a ratification". The UK's consultation on legislation is domestic.
R(d, "United Kingdom", NOTRATIFIED, HNS, None, "The United Kingdom has stated its intention to ratify the HNS Protocol", negated=True)
R(d, ["International Group of P&I Clubs", "International Group"], "called-for", HNS, None,
  "The International Group of P&I Clubs has urged States to ratify the HNS Protocol")
# "in November" before the April 2024 circular.
R(d, ["Director of the IOPC Funds", "IOPC Funds", "Director of the Funds"], "called-for", HNS, "2023-11",
  "At the IOPC Funds' Assembly in November, the Director of the Funds also called on all States to ratify the HNS Protocol as a matter of priority.")
# Entry into force in April 2015: nothing. The Article 3(2) extensions are declarations, as the text says.
RL(d, ["United Kingdom", "Denmark"], PARTY, WRC07, None, "The United Kingdom and Denmark are parties")
# "in force since 2009" for mainland China: entry into force for a State, read as party status at most.
R(d, "China", PARTY, BUNK, None, "where it has been in force since 2009", required=False)
# The EU passenger liability regulation is Union legislation.
R(d, "European Union", ACCEDED, ATH, "2011-12", "The EU acceded to the Protocol in December 2011")

# ===================== 13 (solar industry daily, COP26 notebook, 12 November 2021) =====================
d = "13.txt"
D = "2021-11-12"
ISA = ("Framework Agreement on the Establishment of the International Solar Alliance", ["ISA Framework Agreement", "framework agreement", "International Solar Alliance Framework Agreement"])
ISAAM = ("amendment to the ISA framework agreement", ["amendment to the framework agreement"])
OSD = ("One Sun Declaration", ["GGI-OSOWOG One Sun Declaration"])
COAL = ("Global Coal to Clean Power Transition Statement", ["coal statement", "Coal to Clean Power Statement"])
# "on Wednesday" against the date (Friday 12 November 2021).
R(d, "United States", "signed", ISA, "2021-11-10",
  "The United States signed the Framework Agreement on the Establishment of the International Solar Alliance (ISA) on Wednesday")
R(d, "United States", NOTRATIFIED, ISA, None, "US ratification is not expected before next year at the earliest", negated=True,
  alt=["the State Department would not say when that will happen"])
# Launching the Alliance (an organisation), opening for signature, entry into force, the Gurugram seat: nothing.
R(d, "Guinea", RATIFIED, ISA, "2017-11", "Guinea became the fifteenth country to ratify it in November 2017")
R(d, ["ISA Assembly", "International Solar Alliance Assembly"], "adopted", ISAAM, "2020-10",
  "The ISA Assembly adopted an amendment to the framework agreement in October 2020")
# "several European countries": unnamed.
R(d, ["ISA Director-General", "Ajay Mathur", "International Solar Alliance"], "called-for", ISA, "2021-11-10",
  "on Wednesday urged all countries that have signed to ratify the framework agreement \"without delay\"")
R(d, "China", "signed", ISA, None, "China has not signed the framework agreement and is not expected to.", negated=True)
R(d, "Pakistan", NOTBOUND, ISA, None, "Pakistan has not joined either.", negated=True)
# India and the UK launch an initiative (a process); the declaration "backs" it: their endorsement is not stated outright.
RL(d, ["India", "United Kingdom"], ENDORSED, OSD, "2021-11-02",
   "India and the United Kingdom launched the Green Grids Initiative - One Sun One World One Grid (GGI-OSOWOG) on 2 November, backed by a One Sun Declaration",
   required=False)
# "more than 80 countries": unnamed. "at the launch" = 2 November.
RL(d, ["United States", "France", "Australia"], ENDORSED, OSD, "2021-11-02",
   "The United States endorsed the One Sun Declaration at the launch, as did France and Australia.")
RL(d, ["Poland", "Viet Nam", "Indonesia", "Chile", "Canada"], SIGNED_DECL, COAL, "2021-11-04",
   "Poland, Viet Nam, Indonesia, Chile and Canada endorsed the statement.")
# Poland's later gloss on its timeline does not undo the endorsement.
RL(d, ["United States", "China", "India", "Australia"], SIGNED_DECL, COAL, None,
   "Neither the United States nor China signed the coal statement, and nor did India or Australia.", negated=True)

# ===================== 14 (mining and mercury trade bulletin, Minamata COP-5, 6 November 2023) =====================
d = "14.txt"
D = "2023-11-06"
MIN = ("Minamata Convention on Mercury", ["Minamata Convention"])
LAMPS = ("amendment to Annex A of the Minamata Convention phasing out fluorescent lamps", ["Annex A amendment", "lamps amendment"])
BALI = ("Bali Declaration on Combating Global Illegal Trade of Mercury", ["Bali Declaration"])
MCOP = ["Conference of the Parties to the Minamata Convention", "COP-5", "Conference of the Parties", "COP"]
# "ended in Geneva on Friday with a decision" against the issue date (Monday 6 November 2023).
R(d, MCOP, "adopted", LAMPS, "2023-11-03",
  "The COP adopted an amendment to Annex A that phases out the manufacture, import and export of compact fluorescent lamps and linear fluorescent lamps by the end of 2027.")
# The African Group's amalgam proposal and the review at COP-6: no text adopted. The EU's Mercury Regulation: Union legislation.
# "147 Parties": unnamed. National action plans: implementation.
R(d, "Peru", RATIFIED, MIN, "2016-01", "Peru ratified in January 2016")
R(d, "Bolivia", RATIFIED, MIN, "2016", "and Bolivia later that year")
R(d, "Ghana", RATIFIED, MIN, "2017-03", "Ghana ratified in March 2017.")
R(d, "Brazil", RATIFIED, MIN, "2017-08", "Brazil deposited its instrument of ratification in August 2017")
R(d, "Indonesia", RATIFIED, MIN, "2017-09", "Indonesia followed in September 2017")
# Colombia's domestic ban on mercury in mining: domestic.
R(d, "Colombia", RATIFIED, MIN, "2019-08", "Colombia ratified in August 2019")
R(d, "Philippines", RATIFIED, MIN, "2020-07", "The Philippines ratified in July 2020.")
R(d, "India", RATIFIED, MIN, "2018-06", "India ratified in June 2018")
RL(d, ["Mali", "Burkina Faso"], PARTY, MIN, None, "Mali and Burkina Faso, both Parties, have submitted ASGM national action plans to the Secretariat.")
R(d, "Russian Federation", "signed", MIN, "2014", "The Russian Federation signed the Convention in 2014 but has not ratified it")
R(d, "Russian Federation", NOTRATIFIED, MIN, None, "The Russian Federation signed the Convention in 2014 but has not ratified it", negated=True)
R(d, "Venezuela", NOTRATIFIED, MIN, None, "has likewise not ratified", negated=True)
R(d, ["Conference of the Parties to the Minamata Convention", "COP-4", "Conference of the Parties", "COP"], "adopted", BALI, "2022-03",
  "adopted at the second segment of COP-4 in Bali in March 2022")
# "on Thursday" against Monday 6 November 2023. "past 40": unnamed. Indonesia hosting and promoting: nothing; its commitment is a record.
R(d, "Indonesia", COMMITTED, BALI, None, "has committed to the Bali Declaration")
RL(d, ["Philippines", "Colombia"], ENDORSED, BALI, "2023-11-02", "The Philippines and Colombia endorsed it in Geneva on Thursday")
# Welcoming the amendment itself.
R(d, ["Zero Mercury Working Group", "ZMWG"], "welcomed", LAMPS, None, "The Zero Mercury Working Group welcomed the lamps amendment")
R(d, ["Executive Secretary of the Minamata Convention", "Monika Stankiewicz", "Minamata Convention Secretariat"], "called-for", MIN, "2023-11-03",
  "closing the meeting on Friday, urged \"the remaining signatories to ratify the Minamata Convention\"")
# "several of the 128 signatories have yet to do so": unnamed.

# ===================== 15.md (seafood compliance newsletter, PSMA who is in / who is out, 4 July 2022) =====================
d = "15.md"
D = "2022-07-04"
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing",
        ["PSMA", "Port State Measures Agreement", "Agreement on Port State Measures"])
PLEDGE = ("IUU Fishing Action Alliance Pledge", ["Pledge of the IUU Fishing Action Alliance"])
LISBON = ("Lisbon Declaration", ["Our ocean, our future, our responsibility"])
AFS = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
# The instrument's name is in bold Markdown: the quote starts after it. The FAO Conference's approval is its adoption of the text
# (FAO Constitution, Article XIV), unlike the MEPC's approval of drafts in 11.html; optional either way.
R(d, ["FAO Conference", "FAO"], ADOPTED, PSMA, "2009-11", "(PSMA) was approved by the FAO Conference in November 2009", required=False)
# Entry into force on 5 June 2016: nothing.
R(d, ["FAO Director-General", "Qu Dongyu", "FAO"], "called-for", PSMA, "2022-06-05",
  "On 5 June, the International Day for the Fight against IUU Fishing, FAO Director-General Qu Dongyu urged all States that have not yet done so to become Parties to the PSMA.")
R(d, "European Union", ACCEPTED, PSMA, "2011", "European Union | approval | 2011",
  alt=["The European Union is a Party on behalf of its member States"])
R(d, "Norway", ACCEPTED, PSMA, "2011", "Norway | approval | 2011")
R(d, "Sri Lanka", ACCEDED, PSMA, "2011", "Sri Lanka | accession | 2011")
R(d, "Chile", RATIFIED, PSMA, "2012", "Chile | ratification | 2012")
R(d, "United States", RATIFIED, PSMA, "2016", "United States | ratification | 2016")
R(d, "Japan", ACCEDED, PSMA, "2017", "Japan | accession | 2017")
R(d, "Canada", RATIFIED, PSMA, "2019", "Canada | ratification | 2019")
R(d, "Viet Nam", ACCEDED, PSMA, "2019", "Viet Nam | accession | 2019")
# "no EU member State has its own entry": nothing for them.
RL(d, ["Indonesia", "Thailand", "Republic of Korea"], PARTY, PSMA, "2016",
   "Indonesia, Thailand and the Republic of Korea all became Parties in 2016")
# The end of the transition period is not dated in the text.
R(d, "United Kingdom", PARTY, PSMA, None, "The United Kingdom has been a Party in its own right since the end of the Brexit transition period.")
R(d, "China", NOTBOUND, PSMA, None, "is not a Party to the PSMA and has given no sign of joining", negated=True)
# "other NGOs": unnamed.
R(d, ["The Pew Charitable Trusts", "Pew Charitable Trusts", "Pew"], "called-for", PSMA, None,
  "Pew and other NGOs have repeatedly called on Beijing to accede.")
R(d, "India", NOTBOUND, PSMA, None, "India has not acceded either", negated=True,
  alt=["its fisheries ministry says accession is \"under examination\""])
# Launching the Alliance is a process; signing its Pledge is endorsing it. Its content (ratify the PSMA) is not a separate act.
RL(d, ["United States", "United Kingdom", "Canada"], SIGNED_DECL, PLEDGE, "2022-06-27",
   "the United States, the United Kingdom and Canada launched the IUU Fishing Action Alliance and signed its Pledge")
R(d, ["UN Ocean Conference", "United Nations Ocean Conference", "the Conference"], "adopted", LISBON, "2022-07-01",
  "The Conference closed on 1 July by adopting the Lisbon Declaration")
R(d, ["WTO Ministerial Conference", "Ministerial Conference", "WTO"], "adopted", AFS, "2022-06-17",
  "The WTO Ministerial Conference adopted the Agreement on Fisheries Subsidies on 17 June.")
# "no member had deposited an acceptance": unnamed. The Fourth Meeting of the Parties in Indonesia: venue, nothing.

# ===================== 16 (bunker market daily note, Mediterranean SOx ECA day one, Thursday 1 May 2025) =====================
d = "16.txt"
D = "2025-05-01"
MED = ("amendments to MARPOL Annex VI designating the Mediterranean Sea Emission Control Area",
       ["resolution MEPC.361(79)", "Mediterranean Sea Emission Control Area for Sulphur Oxides and Particulate Matter", "Med ECA", "Mediterranean ECA"])
ANTALYA = ("Antalya Ministerial Declaration", [])
A6 = ("MARPOL Annex VI", ["Annex VI"])
CAECA = ("Canadian Arctic ECA", ["Canadian Arctic Emission Control Area"])
NSECA = ("Norwegian Sea ECA", ["Norwegian Sea Emission Control Area"])
NEAECA = ("North-East Atlantic ECA", ["North-East Atlantic Emission Control Area"])
# "From today": the requirements taking effect, 12 months after entry into force of the amendments: nothing.
R(d, MEPC + ["MEPC 79"], "adopted", MED, "2022-12",
  "The designation came through amendments to MARPOL Annex VI adopted by IMO's Marine Environment Protection Committee at MEPC 79 in December 2022 (resolution MEPC.361(79)).")
# The agreement "to submit it" is a step in a process; the Declaration is adopted by the COP.
R(d, ["Barcelona Convention COP 22", "Contracting Parties to the Barcelona Convention", "COP 22"], "adopted", ANTALYA, "2021-12",
  "the Antalya Ministerial Declaration adopted there endorsed the ECA roadmap")
# The submission is the draft designation; its co-sponsors are not dated.
CO = ["Albania", "Croatia", "Cyprus", "Egypt", "France", "Greece", "Israel", "Italy", "Lebanon", "Malta", "Monaco", "Montenegro", "Morocco",
      "Slovenia", "Spain", "Tunisia", "Türkiye", ["European Union", "EU", "European Commission"]]
RL(d, CO, "co-sponsored", MED, None,
   "The submission to MEPC 78 was co-sponsored by Albania, Croatia, Cyprus, Egypt, France, Greece, Israel, Italy, Lebanon, Malta, Monaco, Montenegro, Morocco, Slovenia, Spain, Tunisia and Turkey, together with the European Commission on behalf of the EU.")
RL(d, ["Libya", "Algeria"], NOTBOUND, A6, None, "Libya and Algeria have yet to accede to MARPOL Annex VI", negated=True)
R(d, "Türkiye", RATIFIED, A6, "2014", "Turkey ratified Annex VI in 2014")
R(d, "Egypt", PARTY, A6, None, "Egypt is a party")
R(d, "Lebanon", NOTBOUND, A6, None, "Lebanon says its accession is \"in the final stages\"", negated=True)
# The EU Sulphur Directive: EU law, as the text says.
R(d, ["Cruise Lines International Association", "CLIA"], "welcomed", MED, None, "The Cruise Lines International Association welcomed the ECA")
RL(d, [["European Community Shipowners' Associations", "ECSA"], ICS], "called-for", A6, None,
   "The European Community Shipowners' Associations (ECSA) and the ICS called on Mediterranean coastal States that have not yet done so to accede to MARPOL Annex VI")
# Transport & Environment "wants" a NOx ECA: no instrument.
R(d, MEPC + ["MEPC 82"], "adopted", CAECA, "2024-10", "Canadian Arctic and Norwegian Sea ECAs: adopted at MEPC 82 in October 2024")
R(d, MEPC + ["MEPC 82"], "adopted", NSECA, "2024-10", "Canadian Arctic and Norwegian Sea ECAs: adopted at MEPC 82 in October 2024")
# Approval of the proposal is not adoption; adoption is expected.
R(d, MEPC + ["MEPC 84"], "adopted", NEAECA, None, "with adoption expected at MEPC 84 next spring", negated=True)
# "are behind it" (Greenland through Denmark; the Faroe Islands is not a State): backing of a proposal, optional.
RL(d, ["Ireland", "Portugal", "Spain", "France", "United Kingdom", "Iceland", "Denmark"], "co-sponsored", NEAECA, None,
   "Ireland, Portugal, Spain, France, the UK, Iceland, Greenland (through Denmark) and the Faroe Islands are behind it.", required=False)
# Paris and Mediterranean MoU enforcement: implementation.

#@@NEXT@@

gold.finish(MIN_CHARS, MAX_CHARS)
