#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (05, 11, 16) and three are saved HTML pages (03, 08, 14);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: environment, climate and chemicals, 2015-2026: the Paris Agreement (entry into force, the United States' exits),
the Montreal Protocol's Kigali Amendment, the Minamata Convention, the Basel Convention and its Ban and plastic-waste
amendments, the Rotterdam and Stockholm Conventions, the Escazú and Aarhus access-rights treaties, CITES and CMS, the
plastics treaty negotiations (UNEA resolution 5/14, INC-5.2), UNEP and UNFCCC press, ministries, COP decisions and pledges,
NGO trackers and a national statement. The documents were written for this corpus; their events are plausible and kept
internally consistent, but some are invented, so nothing here is a source of outside facts.

Conventions of this corpus (on top of the READMEs' rules):
- Treaty acts: a deposited instrument of ratification is `ratified`, of accession `acceded`, of acceptance or approval
  `ratified` with `acceded`/`party` accepted (ACCEPTED); "became the Nth Party" is `party` (PARTY). A withdrawal that has
  taken effect, a notified or announced withdrawal and "is not a Party" are negated party records (NOTBOUND).
- A COP's, MOP's or Assembly's decision, amendment or resolution adopted is that body's `adopted`, dated by the meeting; a
  decision that fails for lack of consensus, or that is deferred, is the body's `adopted` negated. Objecting to a decision
  taken by consensus, or dissociating from it, is `supported` negated with the decision's date; joining the consensus is
  `supported`. Proposals to amend the appendices or annexes of a convention, and draft resolutions, are instruments of
  their own: their proponents are `co-sponsored` without a date unless the text dates the submission.
- Pledges and declarations: signing, joining or endorsing a political declaration, a pledge or a "call" is `endorsed`
  (signing one also accepted); launching one is `endorsed`; not joining it is `endorsed` negated. Joining a call for the
  negotiation of a treaty (the fossil fuel treaty initiative) is `called-for`, `endorsed` accepted.
- Calls by a body or an official ("I call on all nations that have not yet done so to ratify", "urged ... to join") are the
  caller's `called-for`, dated by the statement; the addressees get nothing.
- Nothing for: entry into force, depositaries, venues and hosts, secretariats, presidencies and chairs, negotiations and
  processes, domestic steps (parliamentary approval, Cabinet decisions, EU Council decisions on conclusion, EU or national
  regulations), implementation and compliance, financial pledges and contributions, coalitions and institutions, unnamed
  or counted groups of States, companies and sub-national governments, welcoming or congratulating another actor's act.
- Negated, hedged and planned records ("has yet to ratify", "expects to", "will sign", "is considering", "not a Party")
  carry no date; votes against, abstentions, objections and dissociations keep the date of the decision.
- Dates: the act's date as the text gives it; "today", "yesterday", weekdays, "last month", "in June" resolve against the
  document's date line; a call or a commitment stated in a dated statement takes the statement's date.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# Joining a call for a treaty's negotiation: a call, or an endorsement of the initiative.
CALL_ENDORSE = ["called-for", "endorsed"]
# Signing or endorsing a political declaration or pledge.
DECL = ["endorsed", "signed", "committed"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "China", "Iran", "Republic of Korea", "Viet Nam", "Syria",
          "Czechia", "Republic of Moldova", "Micronesia", "Marshall Islands", "Netherlands", "Philippines", "United Arab Emirates", "Bahamas",
          "Bolivia", "Venezuela", "Kyrgyzstan", "Kazakhstan", "Tajikistan", "Uzbekistan", "Timor-Leste", "South Sudan", "Germany", "Ghana",
          "Costa Rica", "Mexico", "Colombia", "Chile", "Ecuador", "Guatemala", "Guinea", "Kenya", "Fiji", "Samoa", "Paraguay", "Egypt",
          "Saudi Arabia", "Bangladesh", "Rwanda", "Uganda", "Togo"),
    "Türkiye": ["Türkiye", "Turkiye", "Turkey", "Republic of Türkiye"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Japan": ["Japan"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tuvalu": ["Tuvalu"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Libya": ["Libya", "State of Libya"],
    "Yemen": ["Yemen", "Republic of Yemen"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Afghanistan": ["Afghanistan", "Islamic Republic of Afghanistan"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Malaysia": ["Malaysia"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Ukraine": ["Ukraine"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Peru": ["Peru", "Republic of Peru"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Australia": ["Australia"],
    "New Zealand": ["New Zealand"],
    "Canada": ["Canada"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

PARIS = ("Paris Agreement", ["Paris Climate Agreement", "Paris Agreement on climate change", "the Agreement"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC", "UN Framework Convention on Climate Change", "Framework Convention on Climate Change"])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention", "Convention on Mercury"])
BASEL = ("Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal", ["Basel Convention"])
BAN = ("Basel Convention Ban Amendment", ["Ban Amendment", "Basel Ban Amendment", "amendment to the Basel Convention known as the Ban Amendment"])
PWA = ("Plastic Waste Amendments to the Basel Convention", ["Plastic Waste Amendments", "decision BC-14/12", "plastic waste amendments"])
STOCKHOLM = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention"])
ROTTERDAM = ("Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade", ["Rotterdam Convention"])
R514 = ("UNEA resolution 5/14", ["resolution 5/14", "End plastic pollution: towards an international legally binding instrument",
                                 "End Plastic Pollution resolution", "UNEP/EA.5/Res.14"])
UNEA_ = ["UN Environment Assembly", "United Nations Environment Assembly", "UNEA", "Environment Assembly"]
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Ban Ki-moon"]

# ===================== 01 (UNFCCC secretariat press release, Paris Agreement passes its entry-into-force threshold, Bonn, 5 October 2016) =====================
d = "01.txt"
D = "2016-10-05"
R(d, "European Union", RATIFIED, PARIS, D, "the European Union deposited its instrument of ratification with the Secretary-General of the United Nations")
# The dashes enclose the list; "at the same ceremony" is today's.
RL(d, ["Austria", "France", "Germany", "Hungary", "Malta", "Portugal", "Slovakia"], RATIFIED, PARIS, D,
   "Seven EU member States whose national procedures were complete - Austria, France, Germany, Hungary, Malta, Portugal and Slovakia - deposited their own instruments of ratification at the same ceremony.")
RL(d, ["Bolivia", "Canada", "Nepal"], RATIFIED, PARIS, D, "Bolivia, Canada and Nepal also ratified the Agreement today")
# The Parliament's consent and the Council decision: internal EU steps. "the remaining 21 member States": unnamed.
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India, the world's fourth-largest emitter, ratified the Agreement on Sunday, 2 October")
R(d, "New Zealand", RATIFIED, PARIS, "2016-10-04", "New Zealand's instrument of ratification was deposited yesterday.")
R(d, "China", RATIFIED, PARIS, "2016-09-03", "China's instrument of ratification")
R(d, "United States", ACCEPTED, PARIS, "2016-09-03", "the United States' instrument of acceptance",
  alt=["on 3 September, China and the United States, which together account for almost 38 per cent of global emissions, handed their instruments to Secretary-General Ban Ki-moon"])
RL(d, ["Brazil", "Argentina", "Mexico", "United Arab Emirates", "Morocco", "Sri Lanka"], JOINED, PARIS, "2016-09-21",
   "Brazil, Argentina, Mexico, the United Arab Emirates, Morocco and Sri Lanka were among the 31 countries that deposited instruments at the high-level event convened by the Secretary-General on 21 September")
# "175 Parties signed": unnamed. The three first in line ratified on 22 April.
RL(d, ["Fiji", "Palau", "Marshall Islands"], RATIFIED, PARIS, "2016-04-22",
   "Fiji, Palau and the Marshall Islands were the first three in line to ratify on that day")
R(d, ["UNFCCC Executive Secretary", "Executive Secretary of UN Climate Change", "Patricia Espinosa", "UN Climate Change", "UNFCCC secretariat"],
  "called-for", PARIS, D, "I call on all nations that have not yet done so to ratify the Paris Agreement at the earliest opportunity")
R(d, SG, "called-for", PARIS, D, "urged all countries that have not joined to do so without delay")
# Morocco as host and COP 22 presidency: nothing.
R(d, "Japan", NOTRATIFIED, PARIS, None, "hoped to ratify in time for Marrakech", negated=True,
  alt=["Japan's Government said it expected to submit the Agreement to the Diet this month"])
R(d, "Republic of Korea", NOTRATIFIED, PARIS, None, "The Republic of Korea's National Assembly is expected to approve ratification in November.", negated=True)
R(d, "Australia", NOTRATIFIED, PARIS, None, "Australia will ratify before the end of the year", negated=True)
R(d, "Italy", NOTRATIFIED, PARIS, None, "is expected to deposit its instrument in the coming days", negated=True)
R(d, "United Kingdom", NOTRATIFIED, PARIS, None, "has said it will ratify \"as soon as possible\" but has not set a date", negated=True)
R(d, "Russian Federation", "signed", PARIS, "2016-04-22", "The Russian Federation, which signed the Agreement on 22 April")
R(d, "Russian Federation", NOTRATIFIED, PARIS, None, "The Russian Federation, which signed the Agreement on 22 April, has yet to ratify it", negated=True)

# ===================== 02 (news-wire article, the United States' second exit from the Paris Agreement takes effect, Wednesday 28 January 2026) =====================
d = "02.txt"
D = "2026-01-28"
# "on Tuesday" against Wednesday 28 January 2026: 27 January 2026. A withdrawal that has taken effect: negated party.
R(d, "United States", NOTBOUND, PARIS, None, "The United States ceased to be a Party to the Paris Agreement on Tuesday", negated=True,
  alt=["Its first withdrawal took effect on 4 November 2020"])
RL(d, ["Iran", "Libya", "Yemen"], "signed", PARIS, "2016", "Iran, Libya and Yemen, which signed the Agreement in 2016, have never ratified it.")
RL(d, ["Iran", "Libya", "Yemen"], NOTRATIFIED, PARIS, None, "Iran, Libya and Yemen, which signed the Agreement in 2016, have never ratified it.", negated=True)
# Signing an instrument of acceptance is the acceptance; "back in the Agreement on 19 February 2021" is its taking effect.
R(d, "United States", ["ratified", "acceded", "party", "signed"], PARIS, "2021-01-20",
  "President Joe Biden signed the instrument of acceptance on his first day in office, 20 January 2021",
  alt=["the United States was back in the Agreement on 19 February 2021"])
# A directed, not yet notified, withdrawal: planned, negated. The Convention itself: ratified in 1992, still a Party.
R(d, "United States", NOTBOUND, UNFCCC, None,
  "directed the State Department to withdraw from the UN Framework Convention on Climate Change as well", negated=True)
R(d, "United States", RATIFIED, UNFCCC, "1992-10", "which it ratified in October 1992",
  alt=["the United States remains a Party to the Convention"])
R(d, "United States", RATIFIED, KIGALI, "2022-10", "the Kigali Amendment to the Montreal Protocol, which the United States ratified in October 2022")
R(d, "European Union", COMMITTED, PARIS, "2026-01-27", "The European Union \"remains fully committed to the Paris Agreement\"")
# China "would continue to implement" the Agreement: implementation, nothing.
R(d, ["COP30 President", "Andre Correa do Lago", "COP30 Presidency", "Brazil"], "called-for", PARIS, "2026-01-27",
  "on Tuesday urged Washington to rejoin the Agreement")
# The US Climate Alliance (governors) and a philanthropy: sub-national and private, and "the Agreement's goals"; nothing.
R(d, "Nicaragua", "signed", PARIS, None, "Nicaragua, which refused to sign the Agreement in 2016", negated=True)
R(d, "Nicaragua", JOINED, PARIS, "2017", "joined in 2017")
R(d, "Syria", JOINED, PARIS, "2017", "as did Syria")
# "reassessing" participation and "no plans at this time" to withdraw: no act either way beyond the ratification.
R(d, "Argentina", RATIFIED, PARIS, "2016-09", "Argentina, which ratified the Agreement in September 2016", alt=["sent a delegation to Belem and remains a Party"])
R(d, "China", RATIFIED, PARIS, "2016-09-03", "China ratified on 3 September 2016")
# The same day: the first US acceptance (a different act from the 2021 one, hence its own record).
R(d, "United States", PARTY, PARIS, "2016-09-03", "the same day the US first joined")
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India ratified on 2 October 2016.")
R(d, "Russian Federation", ACCEPTED, PARIS, "2019", "Russia accepted the Agreement in 2019")
R(d, "Türkiye", RATIFIED, PARIS, "2021-10", "Turkiye ratified in October 2021")
R(d, "European Union", PARTY, PARIS, None, "The European Union and all 27 of its member States are Parties.")
# "all 27 of its member States": unnamed.

# ===================== 03.html (BRS Secretariat press-release page, Basel Ban Amendment enters into force, Geneva, 5 December 2019) =====================
d = "03.html"
D = "2019-12-05"
BCOP = ["Conference of the Parties to the Basel Convention", "Conference of the Parties", "Basel COP", "COP"]
# Entry into force today and the Article 17 threshold: nothing.
R(d, BCOP, ADOPTED, BAN, "1995-09", "The Ban Amendment was adopted by the Conference of the Parties at its third meeting, in Geneva in September 1995")
# "which made it the 97th Party" is the same act.
R(d, "Croatia", RATIFIED, BAN, "2019-09-06", "the ratification by Croatia on 6 September 2019", alt=["which made it the 97th Party to the Amendment"])
R(d, "Guatemala", ACCEPTED, BAN, "2019-03-19", "Guatemala had accepted the Amendment on 19 March 2019")
R(d, "Colombia", ACCEDED, BAN, "2019-07-25", "Colombia deposited its instrument of accession on 25 July 2019")
# The Waste Shipment Regulation: EU legislation, nothing.
R(d, "European Union", ACCEPTED, BAN, "1997", "The European Union, which approved the Amendment in 1997")
R(d, "Norway", RATIFIED, BAN, "1997", "Norway and Switzerland, both Annex VII countries, were among the first to ratify it, in 1997 and 1998 respectively.")
R(d, "Switzerland", RATIFIED, BAN, "1998", "Norway and Switzerland, both Annex VII countries, were among the first to ratify it, in 1997 and 1998 respectively.")
R(d, "United States", "signed", BASEL, "1990", "The United States, which signed the Basel Convention in 1990")
R(d, "United States", NOTBOUND, BASEL, None, "The United States, which signed the Basel Convention in 1990, is not a Party to it", negated=True)
R(d, "United States", NOTBOUND, BAN, None, "is therefore not bound by the Ban Amendment either", negated=True)
RL(d, ["Canada", "Japan", "Australia", "Republic of Korea", "New Zealand"], NOTRATIFIED, BAN, None,
   "Canada, Japan, Australia, the Republic of Korea and New Zealand have yet to ratify the Ban Amendment", negated=True)
R(d, ["BRS Executive Secretary", "Rolph Payet", "Executive Secretary of the Basel, Rotterdam and Stockholm conventions", "BRS Secretariat"],
  "called-for", BAN, D, "I urge all Parties that have not yet done so to ratify the Ban Amendment")
# COP-14 met from 29 April to 10 May 2019: the year only.
R(d, ["COP-14", "Conference of the Parties to the Basel Convention", "Conference of the Parties", "Basel COP"], ADOPTED, PWA, "2019",
  "adopted the Plastic Waste Amendments by decision BC-14/12")
# The proponent of the amendments: a sponsor, less certain.
R(d, "Norway", "co-sponsored", PWA, None, "based on a proposal by Norway", required=False)
# Co-leading the negotiations: process; welcoming the amendments themselves is recorded.
R(d, "Japan", "welcomed", PWA, None, "welcomed the Plastic Waste Amendments")
# China's import restrictions: domestic. The Partnership on Plastic Waste: a process.
BANNGO = ["Basel Action Network", "BAN"]
R(d, BANNGO, "welcomed", BAN, D, "welcomed its entry into force", required=False)
R(d, BANNGO, "called-for", BAN, D, "called on Canada, the United States and Japan to ratify the Ban Amendment without further delay")
# The sidebar's headlines.
R(d, "Fiji", ACCEDED, BASEL, "2019-11-12", "Fiji accedes to the Basel Convention, becoming its 187th Party (12 November 2019)")
R(d, "Ghana", RATIFIED, BAN, "2019-10-24", "Ghana ratifies the Ban Amendment ahead of its entry into force (24 October 2019)")

# ===================== 04 (Minamata Convention Secretariat press release, COP-6 closes, Geneva, Friday 7 November 2025) =====================
d = "04.txt"
D = "2025-11-07"
MCOP = ["Conference of the Parties to the Minamata Convention", "COP-6", "Conference of the Parties", "Minamata COP"]
AMAL = ("amendment to Part II of Annex A to the Minamata Convention", ["dental amalgam amendment", "amendment to Annex A", "amendment to Part II of Annex A",
        "amendment on dental amalgam"])
TRADE = ("decision on combating illegal trade in mercury", ["illegal trade in mercury decision"])
BALI = ("Bali Declaration on Combating Global Illegal Trade of Mercury", ["Bali Declaration"])
R(d, MCOP, ADOPTED, AMAL, D, "adopting an amendment to Part II of Annex A to the Convention",
  alt=["The amendment, adopted by consensus in the early hours of this morning"])
R(d, "Burkina Faso", "co-sponsored", AMAL, None, "based on a proposal submitted by Burkina Faso on behalf of the African region")
# The region as a named group of States: less certain.
R(d, ["African region", "African Group", "Africa region"], "co-sponsored", AMAL, None, "on behalf of the African region", required=False)
RL(d, ["Colombia", "Jamaica", "Philippines"], "co-sponsored", AMAL, None, "co-sponsored by Colombia, Jamaica and the Philippines")
# Entry into force and notifications of non-acceptance (Article 27): nothing.
R(d, "Iran", "supported", AMAL, D, "The Islamic Republic of Iran dissociated itself from the decision", negated=True)
RL(d, ["India", "Pakistan"], "supported", AMAL, D, "India and Pakistan joined the consensus")
# The EU pressed for 2030 but calls the outcome "a compromise we can live with": it went along with the consensus, said indirectly.
R(d, "European Union", "supported", AMAL, D, "said the outcome was \"a compromise we can live with\"", required=False)
# The budget: administration, nothing.
R(d, MCOP, ADOPTED, TRADE, D, "COP-6 also adopted a decision on combating illegal trade in mercury", required=False)
R(d, "Malaysia", RATIFIED, MINAMATA, "2025-02-17", "Malaysia deposited its instrument of ratification on 17 February 2025.",
  alt=["the Convention has gained four Parties: Malaysia, Cameroon, Timor-Leste and Bahrain"])
R(d, "Cameroon", "signed", MINAMATA, "2013", "Cameroon, which signed the Convention in 2013")
R(d, "Cameroon", RATIFIED, MINAMATA, "2024-09", "Cameroon, which signed the Convention in 2013, ratified it in September 2024.", alt=["the Convention has gained four Parties: Malaysia, Cameroon, Timor-Leste and Bahrain"])
R(d, "Timor-Leste", ACCEDED, MINAMATA, "2025-03", "Timor-Leste acceded in March 2025.", alt=["the Convention has gained four Parties: Malaysia, Cameroon, Timor-Leste and Bahrain"])
# "last month" against 7 November 2025.
R(d, "Bahrain", ACCEDED, MINAMATA, "2025-10", "Bahrain's instrument of accession was received by the depositary last month.", alt=["the Convention has gained four Parties: Malaysia, Cameroon, Timor-Leste and Bahrain"])
R(d, "Uzbekistan", ACCEDED, MINAMATA, None, "its instrument of accession would be deposited \"before the end of this year\"", negated=True)
R(d, "Russian Federation", "signed", MINAMATA, "2014", "the Russian Federation, a signatory since 2014")
R(d, "Russian Federation", NOTRATIFIED, MINAMATA, None, "the Russian Federation, a signatory since 2014, has yet to ratify the Convention", negated=True)
R(d, "Ukraine", "signed", MINAMATA, "2013", "Ukraine, which signed in 2013")
R(d, "Ukraine", NOTRATIFIED, MINAMATA, None, "ratification would have to wait until the end of the war", negated=True)
R(d, ["Minamata Convention Executive Secretary", "Monika Stankiewicz", "Executive Secretary of the Minamata Convention", "Minamata Convention Secretariat"],
  "called-for", MINAMATA, D, "I call on the forty or so countries that have not yet joined the Convention to do so")
# "on Wednesday" against Friday 7 November 2025. "45 endorsing countries": unnamed.
RL(d, ["Colombia", "Peru"], ENDORSED, BALI, "2025-11-05",
   "At a side event on Wednesday, Colombia and Peru endorsed the Bali Declaration on Combating Global Illegal Trade of Mercury")
R(d, ["COP-4", "Conference of the Parties to the Minamata Convention", "Conference of the Parties"], ADOPTED, BALI, "2022-03",
  "The Declaration was adopted at the second segment of COP-4 in Bali, Indonesia, in March 2022")
# Indonesia presiding and hosting: nothing.
R(d, ["Conference of Plenipotentiaries", "Conference of Plenipotentiaries on the Minamata Convention on Mercury"], ADOPTED, MINAMATA, "2013-10",
  "The Convention was adopted at a Conference of Plenipotentiaries in Kumamoto, Japan, in October 2013")
R(d, "United States", JOINED, MINAMATA, "2013-11", "The United States, the first country to join the Convention, in November 2013")
R(d, "Japan", ACCEPTED, MINAMATA, "2016", "Japan, which accepted the Convention in 2016")
# The contribution of 300 million yen: financial, nothing.
R(d, "China", PARTY, MINAMATA, "2016", "China, a Party since 2016")
# WHO, FDI and Japan's offer to host: nothing.

# ===================== 05.md (civil-society Markdown tracker, Escazú Agreement signatures and ratifications, updated 22 April 2025) =====================
d = "05.md"
D = "2025-04-22"
ESCAZU = ("Escazú Agreement", ["Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          "Escazu Agreement", "the Agreement"])
RULES = ("rules of procedure of the Conference of the Parties to the Escazú Agreement", ["rules of procedure"])
PLAN = ("Regional Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders in Environmental Matters",
        "Regional Action Plan on Human Rights Defenders"])
ECOP = ["Conference of the Parties to the Escazú Agreement", "Conference of the Parties", "COP3", "Escazú COP"]
R(d, ["Negotiating Committee", "Negotiating Committee of the Escazú Agreement", "ninth meeting of the Negotiating Committee"], ADOPTED, ESCAZU, "2018-03-04",
  "the ninth meeting of the Negotiating Committee adopts the Agreement in Escazú, Costa Rica.")
# "14 countries sign on the first day": unnamed (the table names them). The depositary and entry into force: nothing.
R(d, ["COP1", "Conference of the Parties to the Escazú Agreement", "Conference of the Parties"], ADOPTED, RULES, "2022-04",
  "the first Conference of the Parties (COP1), in Santiago, adopts its rules of procedure", required=False)
R(d, ECOP, ADOPTED, PLAN, "2024-04-24", "COP3, again in Santiago, adopts the Regional Action Plan on Human Rights Defenders in Environmental Matters.",
  alt=["At COP3, Parties adopted the Regional Action Plan on Human Rights Defenders in Environmental Matters"])
# "which commits them to report": the Parties are not named.
MON = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}
def dmy(s):
    dd, mm, yy = s.split()
    return f"{yy}-{MON[mm]}-{int(dd):02d}"
# The table: one row per Party (signature, deposit).
for row in ["Guyana | 27 Sep 2018 | 18 Apr 2019", "Bolivia | 2 Nov 2018 | 26 Sep 2019", "Saint Kitts and Nevis | 26 Sep 2019 | 26 Sep 2019",
            "Saint Vincent and the Grenadines | 12 Jul 2019 | 26 Sep 2019", "Uruguay | 27 Sep 2018 | 26 Sep 2019",
            "Antigua and Barbuda | 27 Sep 2018 | 4 Mar 2020", "Nicaragua | 27 Sep 2019 | 9 Mar 2020", "Panama | 27 Sep 2018 | 10 Mar 2020",
            "Ecuador | 27 Sep 2018 | 21 May 2020", "Saint Lucia | 27 Sep 2018 | 1 Dec 2020", "Argentina | 27 Sep 2018 | 22 Jan 2021",
            "Mexico | 27 Sep 2018 | 22 Jan 2021", "Belize | 24 Sep 2020 | 7 Mar 2023", "Grenada | 26 Sep 2019 | 20 Jun 2023",
            "Dominica | 26 Sep 2019 | 5 Jun 2024", "Colombia | 11 Dec 2019 | 27 Sep 2024"]:
    actor, sig, rat = [x.strip() for x in row.split("|")]
    R(d, actor, "signed", ESCAZU, dmy(sig), row)
    R(d, actor, JOINED if actor == "Colombia" else RATIFIED, ESCAZU, dmy(rat), row,
      alt=["The instrument of ratification was deposited the following month, making Colombia the 17th Party."] if actor == "Colombia" else None)
R(d, "Chile", ACCEDED, ESCAZU, "2022-06-13", "Chile | n/a | 13 Jun 2022 | accession",
  alt=["deposited an instrument of accession in June 2022"])
R(d, "Chile", "signed", ESCAZU, None, "refused to sign in 2018 under President Piñera", negated=True)
# Leading the negotiations (Chile, Costa Rica): process. Congress, the Constitutional Court and the approving law: domestic.
EIGHT = ["Brazil", "Costa Rica", "Dominican Republic", "Guatemala", "Haiti", "Jamaica", "Paraguay", "Peru"]
RL(d, EIGHT, "signed", ESCAZU, None,
   "Brazil, Costa Rica, the Dominican Republic, Guatemala, Haiti, Jamaica, Paraguay and Peru all signed between September 2018 and September 2019")
for a in EIGHT:
    extra = {"Brazil": ["The government expects to ratify before COP30 in Belém"],
             "Costa Rica": ["the country where the text was adopted has not ratified it"],
             "Paraguay": ["has said it will not ratify"]}.get(a)
    R(d, a, NOTRATIFIED, ESCAZU, None, "but none of them has ratified", negated=True, alt=extra)
# The bills, the committee that shelved it, the withdrawal from Congress: domestic steps, folded into the negated records.
RL(d, ["Cuba", "Venezuela"], "signed", ESCAZU, None, "Neither Cuba nor Venezuela has signed the Agreement", negated=True)
RL(d, ["Bahamas", "Barbados", "El Salvador", "Honduras", "Suriname", "Trinidad and Tobago"], NOTBOUND, ESCAZU, None,
   "the Bahamas, Barbados, El Salvador, Honduras, Suriname and Trinidad and Tobago are also outside it", negated=True)
# "also outside it" reaches back to Cuba and Venezuela: less certain.
RL(d, ["Cuba", "Venezuela"], NOTBOUND, ESCAZU, None,
   "Neither Cuba nor Venezuela has signed the Agreement, and the Bahamas, Barbados, El Salvador, Honduras, Suriname and Trinidad and Tobago are also outside it",
   negated=True, required=False)
R(d, "Honduras", ACCEDED, ESCAZU, None, "Honduras told COP3 that it was \"studying\" accession.", negated=True)
# ECLAC as secretariat: nothing; its head's call at COP3, "last April" against 22 April 2025.
R(d, ["ECLAC Executive Secretary", "José Manuel Salazar-Xirinachs", "Executive Secretary of ECLAC", "ECLAC"], "called-for", ESCAZU, "2024-04",
  "call on \"the remaining countries of Latin America and the Caribbean to join the Escazú Agreement\"")
R(d, ["Observatorio Escazú"], "called-for", ESCAZU, D,
  "We call on Brazil, Costa Rica and Peru to ratify the Agreement before the fourth Conference of the Parties",
  alt=["and on Cuba, Venezuela and the other non-signatories to accede"])

# ===================== 06 (UNEP press release, UNEA-5.2 adopts resolution 5/14 on plastic pollution, Nairobi, Wednesday 2 March 2022) =====================
d = "06.txt"
D = "2022-03-02"
UNEA = ["UN Environment Assembly", "United Nations Environment Assembly", "UNEA", "UNEA-5.2", "Environment Assembly"]
DPR = ("draft resolution tabled by Peru and Rwanda", ["Peru-Rwanda draft resolution", "Peru and Rwanda draft", "draft on the full life cycle of plastic"])
DJP = ("draft resolution put forward by Japan on marine plastic pollution", ["Japan draft resolution", "Japanese draft"])
DIN = ("draft resolution tabled by India", ["India draft resolution", "Indian draft"])
R58 = ("UNEA resolution 5/8", ["resolution 5/8", "science-policy panel to contribute further to the sound management of chemicals and waste and to prevent pollution"])
R55 = ("UNEA resolution 5/5", ["resolution 5/5", "nature-based solutions for supporting sustainable development"])
R512 = ("UNEA resolution 5/12", ["resolution 5/12", "environmental dimensions of minerals and metals management"])
ANIMAL = ("resolution on the animal welfare-environment-sustainable development nexus", ["animal welfare-environment-sustainable development nexus"])
PD50 = ("political declaration of the special session of the UN Environment Assembly (UNEP@50)", ["UNEP@50 political declaration", "political declaration"])
MSTAT = ("ministerial statement of the Ministerial Conference on Marine Litter and Plastic Pollution",
         ["ministerial statement", "Geneva ministerial statement on marine litter and plastic pollution"])
R(d, UNEA, ADOPTED, R514, D, "The United Nations Environment Assembly today adopted resolution 5/14")
# "175 Member States" present: unnamed. The INC's convening: a process.
RL(d, ["Peru", "Rwanda"], "co-sponsored", DPR, None, "was tabled by Peru and Rwanda")
RL(d, ["Chile", "Colombia", "Costa Rica", "Ecuador", "Ghana", "Guinea", "Kenya", "Philippines", "Senegal", "Switzerland", "European Union"],
   "co-sponsored", DPR, None,
   "co-sponsored by Chile, Colombia, Costa Rica, Ecuador, Ghana, Guinea, Kenya, the Philippines, Senegal, Switzerland and the European Union and its member States")
R(d, "Japan", "co-sponsored", DJP, None, "Japan had put forward a draft focused on marine plastic pollution.")
# India tabled its draft, then withdrew it on Monday (28 February); the tabling is recorded, the withdrawal is no adoption by anyone.
R(d, "India", "co-sponsored", DIN, None, "India tabled a third draft")
# Ecuador chairing the contact group, Norway's minister presiding: nothing.
R(d, ["UNEP Executive Director", "Inger Andersen", "Executive Director of UNEP", "UNEP"], "welcomed", R514, D, "Inger Andersen, Executive Director of UNEP, welcomed the resolution")
R(d, "United States", "supported", R514, D, "The United States joined the consensus.",
  alt=["her delegation had \"proudly supported\" the resolution"])
R(d, "India", "supported", R514, D, "India had joined the consensus \"in a spirit of flexibility\"")
R(d, "Saudi Arabia", "supported", R514, D, "his delegation joined the consensus on the understanding that the future instrument would take national circumstances into account")
R(d, "China", "supported", R514, D, "China's delegation also supported the adoption of the resolution.")
# Peru's "continue to lead" in the negotiations and Rwanda's thanks: nothing.
R(d, UNEA, ADOPTED, R58, D, "resolution 5/8, establishing a science-policy panel",
  alt=["Also adopted at today's closing plenary were"])
R(d, UNEA, ADOPTED, R55, D, "resolution 5/5 on nature-based solutions for supporting sustainable development")
R(d, UNEA, ADOPTED, R512, D, "resolution 5/12 on the environmental dimensions of minerals and metals management")
R(d, UNEA, ADOPTED, ANIMAL, D, "a resolution on the animal welfare-environment-sustainable development nexus", required=False)
# "14 resolutions": the rest are unnamed. The special session on Thursday and Friday is still ahead: planned.
R(d, UNEA, ADOPTED, PD50, None, "where they are expected to adopt a political declaration", negated=True)
# Co-convening the Geneva conference: host; endorsing its statement is recorded.
RL(d, ["Ecuador", "Germany", "Ghana", "Viet Nam"], ENDORSED, MSTAT, "2021-09",
   "were among the first to endorse its ministerial statement calling for a new global agreement")
# "More than 70 companies and financial institutions": unnamed and private. Punta del Este: venue.

# ===================== 07 (wire-service article, plastics treaty talks (INC-5.2) collapse, Geneva, Friday 15 August 2025) =====================
d = "07.txt"
D = "2025-08-15"
INC = ["Intergovernmental Negotiating Committee", "INC", "INC-5.2", "Intergovernmental Negotiating Committee on plastic pollution"]
PTREATY = ("international legally binding instrument on plastic pollution", ["global plastics treaty", "plastics treaty", "treaty to end plastic pollution",
           "global treaty to end plastic pollution"])
CHAIRTEXT = ("Chair's revised draft treaty text", ["revised draft treaty text", "revised text", "Chair's text"])
NICE = ("Nice wake up call for an ambitious plastics treaty", ["Nice wake-up call", "Nice wake up call", "Nice call"])
R(d, INC, ADOPTED, PTREATY, None, "Delegates from 184 countries failed to adopt a treaty text", negated=True,
  alt=["Negotiations on a global treaty to end plastic pollution broke down in Geneva early on Friday"])
R(d, UNEA_, ADOPTED, R514, "2022-03", "the UN Environment Assembly launched the process with resolution 5/14 in Nairobi in March 2022")
# Rejecting or opposing the chair's text as a basis for negotiation: no vote and no decision, so less certain.
RL(d, ["Colombia", "Panama", "Mexico", "European Union"], "supported", CHAIRTEXT, None,
   "Colombia, Panama, Mexico and the European Union rejected the revised text as a basis for negotiation", negated=True, required=False)
RL(d, ["Saudi Arabia", "Kuwait"], "supported", CHAIRTEXT, None, "Saudi Arabia, speaking for the Arab Group, and Kuwait also opposed it",
   negated=True, required=False)
R(d, "Panama", "signed", PTREATY, None, "We will not sign a treaty that is a waste management agreement dressed up as ambition", negated=True)
# The High Ambition Coalition (co-chaired by Norway and Rwanda): a coalition, nothing. The chair, the adjournment, UNEP: nothing.
# "95 countries signed": the twelve named are recorded.
RL(d, ["France", "United Kingdom", "Mexico", "Fiji", "Panama", "Rwanda", "Norway", "Colombia", "Chile", "Senegal", "Australia", "Switzerland"],
   DECL, NICE, "2025-06",
   "Signatories included France, the United Kingdom, Mexico, Fiji, Panama, Rwanda, Norway, Colombia, Chile, Senegal, Australia and Switzerland.")
RL(d, ["China", "India", "United States"], DECL, NICE, None, "The declaration was not signed by China, India or the United States.", negated=True)
# The US note urging rejection of caps, its support for "a treaty focused on design and waste", the like-minded group's
# arguments: positions in a negotiation, no act on an instrument.
R(d, "Colombia", "called-for", PTREATY, D, "called for the ambitious countries to conclude a treaty among themselves", required=False)
R(d, BCOP, ADOPTED, PWA, "2019", "the plastic waste amendments to the Basel Convention, adopted in 2019")
R(d, "United States", NOTBOUND, BASEL, None, "The United States is not a party to the Basel Convention.", negated=True)
# Break Free From Plastic; the EU's "continue to fight for a treaty": nothing.

# ===================== 08.html (UNECE press-release page, eighth session of the Aarhus Convention's Meeting of the Parties, Geneva, 5 December 2025) =====================
d = "08.html"
D = "2025-12-05"
AMOP = ["Meeting of the Parties to the Aarhus Convention", "Meeting of the Parties", "MOP-8", "Aarhus Convention Meeting of the Parties"]
AARHUS = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
GENDECL = ("Geneva Declaration on Environmental Democracy for a Healthy Planet", ["Geneva Declaration"])
SPLAN = ("Aarhus Convention strategic plan for 2026-2029", ["strategic plan for 2026-2029", "strategic plan"])
GMO = ("amendment on genetically modified organisms", ["GMO amendment", "Almaty amendment", "amendment to the Aarhus Convention on genetically modified organisms"])
PRTR = ("Protocol on Pollutant Release and Transfer Registers", ["PRTR Protocol", "Protocol on PRTRs", "Kyiv Protocol"])
D79 = ("decision VII/9", ["Aarhus decision VII/9", "rapid response mechanism for environmental defenders"])
R(d, AMOP, ADOPTED, GENDECL, D, "concluded today in Geneva with the adoption of the Geneva Declaration on Environmental Democracy for a Healthy Planet")
R(d, AMOP, ADOPTED, SPLAN, D, "strategic plan for 2026-2029")
R(d, "Guinea-Bissau", ACCEDED, AARHUS, "2023", "Guinea-Bissau, which in 2023 became the first State from outside the UNECE region to accede to the Convention")
RL(d, ["Chad", "Ghana"], ACCEDED, AARHUS, None, "Delegations of Chad and Ghana, attending as observers, said their Governments were considering accession.", negated=True)
R(d, ["UNECE Executive Secretary", "Tatiana Molcean", "UNECE"], "called-for", AARHUS, D,
  "invited all interested States, within and beyond the region, to join the Convention")
# "48 Parties": unnamed. A withdrawal that has taken effect: negated party.
R(d, "Belarus", NOTBOUND, AARHUS, None, "Belarus, whose withdrawal from the Convention took effect in October 2022", negated=True)
RL(d, ["Türkiye", "Uzbekistan"], NOTBOUND, AARHUS, None, "neither Türkiye nor Uzbekistan has joined", negated=True)
R(d, "Uzbekistan", ACCEDED, AARHUS, None, "his country intends to accede by 2027", negated=True)
RL(d, ["European Union", "Armenia", "Georgia", "Kazakhstan", "Republic of Moldova", "Serbia", "Ukraine"], COMMITTED, AARHUS, D,
   "Statements were made on behalf of the European Union and its member States, and by Armenia, Georgia, Kazakhstan, the Republic of Moldova, Serbia and Ukraine, which all reaffirmed their commitment to the Convention.")
R(d, "Kazakhstan", PARTY, AARHUS, "2001", "Kazakhstan, a Party since 2001")
# National reports, communications to the Compliance Committee and compliance findings: implementation, nothing.
R(d, "Switzerland", RATIFIED, AARHUS, "2014", "Switzerland, which ratified in 2014")
R(d, "Ireland", RATIFIED, AARHUS, "2012-06", "Ireland, the last EU member State to ratify, in June 2012")
R(d, "European Union", PARTY, AARHUS, "2005", "The European Union, a Party since 2005")
R(d, AMOP, "called-for", GMO, D, "The Meeting urged the Parties that have not yet done so to ratify the amendment on genetically modified organisms")
R(d, ["second session of the Meeting of the Parties", "Meeting of the Parties to the Aarhus Convention", "Meeting of the Parties"], ADOPTED, GMO, "2005",
  "adopted at the second session of the Meeting of the Parties in Almaty in 2005")
# The welcome by the Protocol's Parties gives them nothing; the acts are Ukraine's and Georgia's.
R(d, "Ukraine", ACCEDED, PRTR, "2025-03-12", "the accession of Ukraine, deposited on 12 March 2025")
R(d, "Georgia", RATIFIED, PRTR, "2025-06-30", "the ratification by Georgia on 30 June 2025")
R(d, ["Kyiv Ministerial Conference", "Kyiv \"Environment for Europe\" Ministerial Conference", "Ministerial Conference"], ADOPTED, PRTR, "2003-05",
  "The Protocol, adopted at the Kyiv Ministerial Conference in May 2003")
R(d, ["seventh session of the Meeting of the Parties", "Meeting of the Parties to the Aarhus Convention", "Meeting of the Parties"], ADOPTED, D79, "2021-10",
  "established by decision VII/9 at the seventh session in October 2021")
# The Special Rapporteur's re-election, the joint statement with the Escazú presiding officers, Montenegro's offer to host, and
# the Convention's adoption in Aarhus in 1998 (no body named): nothing.

# ===================== 09 (UNEP/CMS Secretariat press release, CMS COP14 closes, Samarkand, Saturday 17 February 2024) =====================
d = "09.txt"
D = "2024-02-17"
CMSCOP = ["Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals", "CMS COP14", "COP14",
          "Conference of the Parties", "CMS COP"]
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Bonn Convention", "Convention on Migratory Species"])
SSP = ("Samarkand Strategic Plan for Migratory Species 2024-2032", ["Samarkand Strategic Plan", "Strategic Plan for Migratory Species 2024-2032"])
SDECL = ("Samarkand Declaration", ["CMS COP14 Samarkand Declaration"])
CONN = ("resolution on ecological connectivity", ["CMS resolution on ecological connectivity"])
PLAST = ("resolution on the impacts of plastic pollution on freshwater, terrestrial and marine migratory species",
         ["resolution on the impacts of plastic pollution on migratory species"])
PALLAS = ("proposal to list the Pallas's cat in Appendix II", ["Pallas's cat listing proposal", "listing of the Pallas's cat"])
PELICAN = ("proposal to list the Peruvian pelican in Appendix I", ["Peruvian pelican listing proposal", "listing of the Peruvian pelican"])
LAHILLE = ("proposal to list Lahille's bottlenose dolphin in Appendix I", ["Lahille's bottlenose dolphin listing proposal", "listing of Lahille's bottlenose dolphin"])
RAPTORS = ("Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia", ["Raptors MOU"])
CRANE = ("Memorandum of Understanding concerning Conservation Measures for the Siberian Crane", ["Siberian Crane MOU", "Siberian Crane Memorandum of Understanding"])
AEWA = ("Agreement on the Conservation of African-Eurasian Migratory Waterbirds", ["AEWA"])
GANDHI = ("Gandhinagar Declaration", ["CMS COP13 Gandhinagar Declaration"])
KMGBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "KMGBF", "post-2020 global biodiversity framework"])
R(d, CMSCOP, ADOPTED, SSP, D, "closed today in Samarkand with the adoption of the Samarkand Strategic Plan for Migratory Species 2024-2032")
# "on Monday" against Saturday 17 February 2024: 12 February 2024.
R(d, ["high-level segment of CMS COP14", "CMS COP14", "Conference of the Parties", "Ministers and high-level representatives"], ADOPTED, SDECL, "2024-02-12",
  "Ministers and high-level representatives adopted the Samarkand Declaration at the high-level segment on Monday.")
# Resolutions named by subject, adopted over five days (no single day): less certain.
R(d, CMSCOP, ADOPTED, CONN, "2024-02", "including a resolution on ecological connectivity", required=False)
R(d, CMSCOP, ADOPTED, PLAST, "2024-02", "a resolution on the impacts of plastic pollution on freshwater, terrestrial and marine migratory species", required=False)
# "some 30 resolutions and more than 100 decisions": unnamed. Listing proposals: their proponents and their adoption.
RL(d, ["Iran", "Uzbekistan"], "co-sponsored", PALLAS, None, "The proposal to list the Pallas's cat in Appendix II, submitted by Iran and Uzbekistan")
R(d, CMSCOP, ADOPTED, PALLAS, "2024-02", "The proposal to list the Pallas's cat in Appendix II, submitted by Iran and Uzbekistan, was adopted without objection.")
RL(d, ["Chile", "Peru"], "co-sponsored", PELICAN, None, "The Peruvian pelican was proposed for Appendix I by Chile and Peru.")
R(d, CMSCOP, ADOPTED, PELICAN, "2024-02", "Fourteen species were added to the CMS Appendices", required=False)
RL(d, ["Argentina", "Brazil", "Uruguay"], "co-sponsored", LAHILLE, None, "tabled jointly by Argentina, Brazil and Uruguay")
R(d, CMSCOP, ADOPTED, LAHILLE, "2024-02", "was adopted after a brief debate")
R(d, ["CMS Executive Secretary", "Amy Fraenkel", "Executive Secretary of CMS", "CMS Secretariat"], "called-for", CMS, D,
  "I call on all countries that are not yet Party to join the Convention")
R(d, "Uzbekistan", PARTY, CMS, "1998", "Uzbekistan, a Party since 1998")
# Hosting and presiding (Uzbekistan), CITES CoP20 in 2025 and COP15 in Brazil: venues. "133 Parties": unnamed.
R(d, "Botswana", ACCEDED, CMS, "2022", "Botswana, which acceded in 2022")
R(d, "Turkmenistan", ACCEDED, CMS, "2023-11", "Turkmenistan, whose instrument of accession was deposited in November 2023")
R(d, "European Union", PARTY, CMS, "1983", "The European Union, a Party since 1983")
RL(d, ["China", "Indonesia", "Japan", "Russian Federation", "United States", "Canada"], NOTBOUND, CMS, None,
   "China, Indonesia, Japan, the Russian Federation, the United States and Canada are not Parties", negated=True)
R(d, "Russian Federation", "signed", CRANE, None,
  "The Russian Federation, for example, is a signatory to the Memorandum of Understanding concerning Conservation Measures for the Siberian Crane.")
# "on Wednesday" against Saturday 17 February 2024: 14 February 2024.
RL(d, ["Tajikistan", "Kyrgyzstan"], "signed", RAPTORS, "2024-02-14",
   "On Wednesday, Tajikistan and Kyrgyzstan signed the Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia")
R(d, "Azerbaijan", ACCEDED, AEWA, None, "Azerbaijan said it would accede to the Agreement on the Conservation of African-Eurasian Migratory Waterbirds", negated=True)
R(d, ["COP13", "CMS COP13", "Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals", "Conference of the Parties"],
  ADOPTED, GANDHI, "2020-02", "held in Gandhinagar, India, in February 2020, adopted the Gandhinagar Declaration")
R(d, ["Conference of the Parties to the Convention on Biological Diversity", "CBD COP15", "CBD Conference of the Parties"], ADOPTED, KMGBF, "2022-12",
  "was adopted by the Conference of the Parties to the Convention on Biological Diversity in Montreal in December 2022")
# The State of the World's Migratory Species report: nothing.

# ===================== 10 (negotiations-bulletin summary of the 2025 BRS COPs, Geneva, 28 April - 9 May 2025, issued Monday 12 May 2025) =====================
d = "10.txt"
D = "2025-05-12"
SCOP = ["Conference of the Parties to the Stockholm Convention", "SC COP-12", "Stockholm COP", "Conference of the Parties", "COP"]
RCOP = ["Conference of the Parties to the Rotterdam Convention", "RC COP-12", "Rotterdam COP", "Conference of the Parties", "COP"]
BCOP17 = ["Conference of the Parties to the Basel Convention", "BC COP-17", "Basel COP", "Conference of the Parties", "COP"]
CHLOR = ("decision listing chlorpyrifos in Annex A to the Stockholm Convention", ["chlorpyrifos listing", "listing of chlorpyrifos", "listing chlorpyrifos"])
MCCP = ("decision listing medium-chain chlorinated paraffins in Annex A to the Stockholm Convention", ["MCCPs listing", "listing of medium-chain chlorinated paraffins",
        "listing medium-chain chlorinated paraffins"])
LCPFCA = ("decision listing long-chain perfluorocarboxylic acids in Annex A to the Stockholm Convention", ["LC-PFCAs listing",
          "listing of long-chain perfluorocarboxylic acids", "listing long-chain perfluorocarboxylic acids"])
PFHXS = ("2022 amendment listing PFHxS in Annex A to the Stockholm Convention", ["PFHxS amendment", "amendment listing PFHxS"])
CARBO = ("decision listing carbosulfan in Annex III to the Rotterdam Convention", ["carbosulfan listing", "listing of carbosulfan"])
FENTH = ("decision listing ultra-low-volume formulations of fenthion in Annex III to the Rotterdam Convention", ["fenthion listing", "listing of fenthion"])
CHRYS = ("draft decision listing chrysotile asbestos in Annex III to the Rotterdam Convention", ["chrysotile asbestos listing", "listing of chrysotile asbestos"])
PARAQ = ("draft decision listing paraquat dichloride formulations in Annex III to the Rotterdam Convention", ["paraquat listing",
         "listing of paraquat dichloride formulations"])
ANNEX8 = ("proposal to amend the Rotterdam Convention by adding a new Annex VIII", ["Annex VIII proposal", "Annex VIII amendment"])
PWGUIDE = ("updated technical guidelines for the identification and environmentally sound management of plastic wastes and for their disposal",
           ["technical guidelines on plastic wastes", "plastic waste technical guidelines"])
ANNEX4 = ("proposal to amend Annex IV to the Basel Convention", ["Annex IV amendment proposal", "Annex IV amendment"])
EWASTE = ("e-waste amendments to the Basel Convention", ["e-waste amendments", "Basel Convention e-waste amendments"])
# "some 60 decisions": unnamed.
for inst, q in [(CHLOR, "listing chlorpyrifos, with specific exemptions for its use on certain crops"),
                (MCCP, "listing medium-chain chlorinated paraffins (MCCPs)"),
                (LCPFCA, "listing long-chain perfluorocarboxylic acids (LC-PFCAs), their salts and related compounds")]:
    R(d, SCOP, ADOPTED, inst, "2025-05-08", q, alt=["On Thursday, 8 May, the COP adopted three decisions amending Annex A"])
R(d, "India", "supported", CHLOR, "2025-05-08",
  "India, which had opposed the listing of chlorpyrifos in the contact group, joined consensus once exemptions for pest control in cotton and rice were included.")
# "in March" against the bulletin's date; entry into force for China: nothing.
R(d, "China", ACCEPTED, PFHXS, "2025-03", "it had deposited, in March, its acceptance of the 2022 amendment listing PFHxS in Annex A")
for inst in (CARBO, FENTH):
    R(d, RCOP, ADOPTED, inst, "2025-05-07",
      "On Wednesday, 7 May, the COP agreed by consensus to list the pesticide carbosulfan and ultra-low-volume formulations of fenthion in Annex III")
# The failed listings: the COP's adoption negated; the objections are negated support (the day is not given).
R(d, RCOP, ADOPTED, CHRYS, None, "For the eighth consecutive meeting, the COP failed to list chrysotile asbestos.", negated=True)
RL(d, ["Russian Federation", "Kazakhstan", "Kyrgyzstan", "Zimbabwe"], "supported", CHRYS, None,
   "The Russian Federation, Kazakhstan, Kyrgyzstan and Zimbabwe objected to the draft decision", negated=True)
R(d, RCOP, ADOPTED, PARAQ, None, "The listing of paraquat dichloride formulations was likewise blocked", negated=True)
RL(d, ["Guatemala", "Indonesia", "India"], "supported", PARAQ, None, "by objections from Guatemala, Indonesia and India", negated=True)
# The EU's complaint: nothing.
RL(d, ["Australia", "Colombia", "Georgia", "Nigeria", "Norway", "Switzerland"], "co-sponsored", ANNEX8, None,
   "A proposal by Australia, Colombia, Georgia, Nigeria, Norway and Switzerland to amend the Convention by adding a new Annex VIII")
R(d, RCOP, ADOPTED, ANNEX8, None, "was again deferred, this time to COP-13 in 2027", negated=True)
R(d, BCOP17, ADOPTED, PWGUIDE, "2025-05-09",
  "On Friday, 9 May, the COP adopted updated technical guidelines for the identification and environmentally sound management of plastic wastes")
RL(d, ["Ghana", "Switzerland"], "co-sponsored", ANNEX4, None, "A proposal by Ghana and Switzerland to amend Annex IV to the Convention")
R(d, BCOP17, ADOPTED, ANNEX4, None, "was referred to the Open-ended Working Group for further work", negated=True)
R(d, ["COP-15", "Conference of the Parties to the Basel Convention", "Conference of the Parties", "Basel COP"], ADOPTED, EWASTE, "2022",
  "the e-waste amendments adopted at COP-15 in 2022")
R(d, BCOP17, "welcomed", EWASTE, None, "Parties welcomed the entry into force, on 1 January 2025, of the e-waste amendments", required=False)
RL(d, ["Timor-Leste"], ACCEDED, BASEL, "2024-11", "Timor-Leste's accessions to the Basel and Rotterdam conventions, deposited in November 2024")
R(d, "Timor-Leste", ACCEDED, ROTTERDAM, "2024-11", "Timor-Leste's accessions to the Basel and Rotterdam conventions, deposited in November 2024")
R(d, "Timor-Leste", PARTY, STOCKHOLM, None, "made it a Party to all three conventions")
R(d, "Italy", RATIFIED, STOCKHOLM, "2022", "Italy, which deposited its instrument of ratification of the Stockholm Convention in 2022")
RL(d, ["United States", "Israel"], "signed", STOCKHOLM, "2001", "The United States and Israel, both signatories of the Stockholm Convention since 2001")
RL(d, ["United States", "Israel"], NOTBOUND, STOCKHOLM, None,
   "The United States and Israel, both signatories of the Stockholm Convention since 2001, remain outside it.", negated=True)
R(d, "United States", NOTBOUND, BASEL, None, "The United States is not a Party to the Basel or the Rotterdam Convention either", negated=True)
R(d, "United States", NOTBOUND, ROTTERDAM, None, "The United States is not a Party to the Basel or the Rotterdam Convention either", negated=True)
# "on Friday": 9 May 2025, the closing day.
R(d, ["BRS Executive Secretary", "Rolph Payet", "Executive Secretary of the BRS conventions", "BRS Secretariat"], "called-for", BAN, "2025-05-09",
  "urged Parties that had not yet done so to ratify the Basel Convention's Ban Amendment")

# ===================== 11.md (NGO explainer in Markdown, the United States and the environmental treaties, updated March 10, 2025) =====================
d = "11.md"
D = "2025-03-10"
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the United Nations Framework Convention on Climate Change"])
MONTREAL = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
CBD = ("Convention on Biological Diversity", ["CBD"])
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
SHARKS = ("Memorandum of Understanding on the Conservation of Migratory Sharks", ["Sharks MOU", "CMS Sharks MOU", "CMS Memorandum of Understanding on the Conservation of Migratory Sharks"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["High Seas Treaty", "BBNJ Agreement", "BBNJ"])
CARTAGENA = ("Cartagena Protocol on Biosafety", ["Cartagena Protocol"])
NAGOYA = ("Nagoya Protocol on Access and Benefit-sharing", ["Nagoya Protocol"])
US = "United States"
ROW = {
    "UNFCCC": "UN Framework Convention on Climate Change | 1992 | June 12, 1992 | October 15, 1992 | Party",
    "KYOTO": "Kyoto Protocol | 1997 | November 12, 1998 | never submitted to the Senate | Not a Party",
    "PARIS": "Paris Agreement | 2015 | April 22, 2016 | acceptance, September 3, 2016; again January 20, 2021 | Withdrawal notified January 27, 2025",
    "MONTREAL": "Montreal Protocol | 1987 | September 16, 1987 | April 21, 1988 | Party",
    "KIGALI": "Kigali Amendment | 2016 | n/a | October 31, 2022 | Party",
    "BASEL": "Basel Convention | 1989 | March 22, 1990 | none | Not a Party",
    "ROTTERDAM": "Rotterdam Convention | 1998 | September 11, 1998 | none | Not a Party",
    "STOCKHOLM": "Stockholm Convention | 2001 | May 23, 2001 | none | Not a Party",
    "MINAMATA": "Minamata Convention | 2013 | November 6, 2013 | acceptance, November 6, 2013 | Party (the first)",
    "CBD": "Convention on Biological Diversity | 1992 | June 4, 1993 | none | Not a Party",
    "CITES": "CITES | 1973 | March 3, 1973 | January 14, 1974 | Party",
    "CMS": "Convention on Migratory Species | 1979 | none | none | Not a Party",
}
# The Senate's votes (UNFCCC, Byrd-Hagel, Kigali) and the AIM Act, TSCA and FIFRA: domestic, nothing.
R(d, US, "signed", UNFCCC, "1992-06-12", ROW["UNFCCC"])
R(d, US, RATIFIED, UNFCCC, "1992-10-15", ROW["UNFCCC"], alt=["the US was among the first countries to ratify it"])
R(d, US, "signed", KYOTO, "1998-11-12", ROW["KYOTO"])
R(d, US, NOTRATIFIED, KYOTO, None, ROW["KYOTO"], negated=True, alt=["The Kyoto Protocol was never sent to the Senate"])
R(d, US, "signed", PARIS, "2016-04-22", ROW["PARIS"])
R(d, US, ACCEPTED, PARIS, "2016-09-03", ROW["PARIS"])
# The second acceptance is a separate act (hence its own record, keyed on a different main action).
R(d, US, JOINED, PARIS, "2021-01-20", ROW["PARIS"])
R(d, US, NOTBOUND, PARIS, None, ROW["PARIS"], negated=True,
  alt=["President Trump notified the UN of the country's withdrawal from the Paris Agreement on January 27, 2025"])
# "has not said whether it will also leave the UNFCCC itself": no act either way.
R(d, US, "signed", MONTREAL, "1987-09-16", ROW["MONTREAL"])
R(d, US, RATIFIED, MONTREAL, "1988-04-21", ROW["MONTREAL"])
R(d, US, RATIFIED, KIGALI, "2022-10-31", ROW["KIGALI"], alt=["the instrument of ratification was deposited on October 31, 2022"])
for key, inst, sig in [("BASEL", BASEL, "1990-03-22"), ("ROTTERDAM", ROTTERDAM, "1998-09-11"), ("STOCKHOLM", STOCKHOLM, "2001-05-23")]:
    R(d, US, "signed", inst, sig, ROW[key], alt=["The US signed the Basel, Rotterdam and Stockholm conventions"])
    R(d, US, NOTBOUND, inst, None, ROW[key], negated=True, alt=["but has never ratified any of them"])
R(d, US, "signed", MINAMATA, "2013-11-06", ROW["MINAMATA"])
R(d, US, ACCEPTED, MINAMATA, "2013-11-06", ROW["MINAMATA"],
  alt=["The US was the first country to join the Minamata Convention, which it accepted by executive agreement on the day it signed it"])
R(d, US, "signed", CBD, "1993-06-04", ROW["CBD"], alt=["The US signed the Convention on Biological Diversity in 1993"])
R(d, US, NOTBOUND, CBD, None, ROW["CBD"], negated=True, alt=["The US is the only UN member State that is not a Party to the CBD"])
# "cannot join its Cartagena and Nagoya Protocols": not bound, said indirectly.
R(d, US, NOTBOUND, CARTAGENA, None, "cannot join its Cartagena and Nagoya Protocols", negated=True, required=False)
R(d, US, NOTBOUND, NAGOYA, None, "cannot join its Cartagena and Nagoya Protocols", negated=True, required=False)
R(d, US, "signed", CITES, "1973-03-03", ROW["CITES"])
R(d, US, RATIFIED, CITES, "1974-01-14", ROW["CITES"], alt=["It has been a Party to CITES since the Convention entered into force in 1975."])
R(d, US, "signed", CMS, None, ROW["CMS"], negated=True)
R(d, US, NOTBOUND, CMS, None, ROW["CMS"], negated=True, alt=["The US is not a Party to the Convention on Migratory Species"])
R(d, US, "signed", SHARKS, "2010", "it signed the CMS Memorandum of Understanding on the Conservation of Migratory Sharks in 2010")
R(d, US, "signed", BBNJ, "2023-09-20",
  "The US signed the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction (the \"High Seas Treaty\") on September 20, 2023.")
R(d, US, NOTRATIFIED, BBNJ, None, "The Agreement has not been sent to the Senate", negated=True)
# The State Department review and the watch list: nothing.
R(d, ["Environmental Treaty Project"], "called-for", BBNJ, D,
  "the Senate should give its advice and consent to ratification of the High Seas Treaty")

# ===================== 12 (climate-policy newsletter, COP28 pledge tracker, Dubai, Tuesday 5 December 2023) =====================
d = "12.txt"
D = "2023-12-05"
LDF = ("decision operationalizing the fund for responding to loss and damage", ["loss and damage fund decision", "fund for responding to loss and damage",
       "decision on the loss and damage fund"])
RENEW = ("Global Renewables and Energy Efficiency Pledge", ["renewables pledge", "tripling renewables pledge"])
NUKE = ("Declaration to Triple Nuclear Energy", ["nuclear tripling declaration", "Declaration to Triple Nuclear Energy Capacity by 2050"])
HEALTH = ("COP28 UAE Declaration on Climate and Health", ["Declaration on Climate and Health"])
AGRI = ("Emirates Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action", ["COP28 food and agriculture declaration",
        "Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action"])
COOL = ("Global Cooling Pledge", ["Cooling Pledge"])
PPCA = ("Powering Past Coal Alliance declaration", ["Powering Past Coal Alliance", "PPCA declaration"])
GMP = ("Global Methane Pledge", ["Methane Pledge"])
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["Fossil Fuel Treaty", "Fossil Fuel Non-Proliferation Treaty initiative", "call for a Fossil Fuel Non-Proliferation Treaty"])
R(d, ["COP28", "Conference of the Parties", "COP", "UN Climate Change Conference"], ADOPTED, LDF, "2023-11-30",
  "the COP adopted by consensus the decision operationalizing the new fund for responding to loss and damage")
# Money pledged to the fund (the UAE, Germany): financial, nothing. "118 countries": the nine named are recorded.
RL(d, ["United States", "European Union", "Brazil", "Canada", "Japan", "Nigeria", "Kenya", "Barbados", "Chile"], DECL, RENEW, "2023-12-02",
   "at its launch it had been signed by 118 countries, among them the United States, the European Union, Brazil, Canada, Japan, Nigeria, Kenya, Barbados and Chile")
# Backing "the tripling goal in principle": a goal, not the pledge.
RL(d, ["China", "India"], DECL, RENEW, None, "declined to endorse the pledge as drafted", negated=True)
RL(d, ["Saudi Arabia", "Russian Federation"], DECL, RENEW, None, "Saudi Arabia and Russia also stayed out.", negated=True)
NUKE22 = ["Bulgaria", "Canada", "Czechia", "Finland", "France", "Ghana", "Hungary", "Japan", "Republic of Korea", "Republic of Moldova", "Mongolia",
          "Morocco", "Netherlands", "Poland", "Romania", "Slovakia", "Slovenia", "Sweden", "Ukraine", "United Arab Emirates", "United Kingdom", "United States"]
RL(d, NUKE22, DECL, NUKE, "2023-12-02",
   "22 countries - Bulgaria, Canada, the Czech Republic, Finland, France, Ghana, Hungary, Japan, the Republic of Korea, Moldova, Mongolia, Morocco, the Netherlands, Poland, Romania, Slovakia, Slovenia, Sweden, Ukraine, the United Arab Emirates, the United Kingdom and the United States.")
RL(d, ["Germany", "Spain"], DECL, NUKE, None, "Germany and Spain, both phasing out nuclear power, did not sign.", negated=True)
RL(d, ["Brazil", "Egypt", "Fiji", "Malawi", "Netherlands"], DECL, HEALTH, "2023-12-03",
   "Brazil, Egypt, Fiji, Malawi and the Netherlands were among the first endorsers on Sunday.")
RL(d, ["United States", "China", "Brazil"], DECL, AGRI, "2023-12-01", "including the United States, China and Brazil, which signed at the launch")
R(d, "India", DECL, AGRI, None, "Who not: India.", negated=True)
RL(d, ["Kenya", "Canada", "Denmark"], DECL, COOL, D, "63 countries, with Kenya, Canada and Denmark signing at this morning's launch event")
RL(d, ["India", "China"], DECL, COOL, None,
   "India and China, the world's two largest markets for air conditioners, have not signed.", negated=True)
R(d, "United States", DECL, PPCA, "2023-12-02", "On Saturday the United States signed the Powering Past Coal Alliance declaration")
# Launching a pledge is endorsing it.
RL(d, ["United States", "European Union"], DECL, GMP, "2021-11",
   "The Global Methane Pledge, launched by the United States and the European Union at COP26 in Glasgow in November 2021")
RL(d, ["China", "India", "Russian Federation"], DECL, GMP, None, "China, India and Russia have still not joined it.", negated=True)
# China's national methane action plan: domestic.
R(d, "Colombia", CALL_ENDORSE, FFNPT, "2023-12-02",
  "Colombia on Saturday became the first major coal- and oil-producing country to endorse the call for a Fossil Fuel Non-Proliferation Treaty")
# Leading the group of endorsers: endorsers themselves, said indirectly.
RL(d, ["Vanuatu", "Tuvalu"], CALL_ENDORSE, FFNPT, None, "a group of Pacific island states led by Vanuatu and Tuvalu", required=False)
# "other Latin American countries would follow suit": unnamed. The stocktake draft: a process.

# ===================== 13 (Vanuatu's national statement at the COP30 high-level segment, Belém, Tuesday 18 November 2025) =====================
d = "13.txt"
D = "2025-11-18"
R77276 = ("resolution 77/276", ["General Assembly resolution 77/276", "Request for an advisory opinion of the International Court of Justice on the obligations of States in respect of climate change"])
DRAO = ("draft resolution on the advisory opinion of the International Court of Justice on climate change", ["draft resolution to welcome the advisory opinion"])
PORTVILA = ("Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific", ["Port Vila Call"])
BELEMDECL = ("Belém Declaration on the Transition Away from Fossil Fuels", ["Belém Declaration", "Belem Declaration"])
FALEPILI = ("Falepili Union treaty", ["Falepili Union", "Australia-Tuvalu Falepili Union Treaty"])
# The advisory opinion (23 July): the Court's act, no instrument joined.
R(d, GA, ADOPTED, R77276, "2023-03-29", "On 29 March 2023, the General Assembly adopted resolution 77/276 by consensus.")
R(d, "Vanuatu", "co-sponsored", R77276, None, "Vanuatu led that initiative, and we did so together with a core group of co-sponsors")
CORE = ["Angola", "Antigua and Barbuda", "Bangladesh", "Costa Rica", "Germany", "Liechtenstein", "Micronesia", "Morocco", "Mozambique", "New Zealand",
        "Portugal", "Romania", "Samoa", "Sierra Leone", "Singapore", "Uganda", "Viet Nam"]
RL(d, CORE, "co-sponsored", R77276, None,
   "a core group of co-sponsors: Angola, Antigua and Barbuda, Bangladesh, Costa Rica, Germany, Liechtenstein, Micronesia, Morocco, Mozambique, New Zealand, Portugal, Romania, Samoa, Sierra Leone, Singapore, Uganda and Viet Nam")
# "more than 130 States": unnamed. The new draft is still to be tabled: planned.
R(d, "Vanuatu", "co-sponsored", DRAO, None, "Vanuatu will table a draft resolution at the eightieth session of the General Assembly", negated=True,
  alt=["We intend to circulate the text before the end of the year"])
# Inviting all States to co-sponsor the planned draft: a call to join a text not yet tabled (less certain).
R(d, "Vanuatu", "called-for", DRAO, D, "we invite all States to join us as sponsors", required=False)
R(d, "Vanuatu", RATIFIED, PARIS, "2016-09-21", "Vanuatu ratified the Paris Agreement on 21 September 2016")
R(d, "Vanuatu", RATIFIED, KIGALI, "2018", "we ratified the Kigali Amendment to the Montreal Protocol in 2018")
# The first call (September 2022); the closing call on every Party is the same tuple.
R(d, "Vanuatu", CALL_ENDORSE, FFNPT, "2022-09", "Vanuatu became the first nation-state to call for a Fossil Fuel Non-Proliferation Treaty",
  alt=["We call on every Party in this room to endorse the Fossil Fuel Treaty initiative."])
# Vanuatu's own adoption of the Call, with the five others.
RL(d, ["Vanuatu", "Tuvalu", "Fiji", "Solomon Islands", "Tonga", "Niue"], ENDORSED, PORTVILA, "2023-03",
   "In March 2023, in Port Vila, six Pacific Governments - Vanuatu, Tuvalu, Fiji, the Solomon Islands, Tonga and Niue - adopted the Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific.")
# "Today ... have endorsed": the endorsements are not dated by the speech.
RL(d, ["Antigua and Barbuda", "Colombia", "Timor-Leste", "Palau", "Samoa", "Nauru", "Marshall Islands"], CALL_ENDORSE, FFNPT, None,
   "Today sixteen nation-states have endorsed the call for a Fossil Fuel Treaty, among them Antigua and Barbuda, Colombia, Timor-Leste, Palau, Samoa, Nauru and the Marshall Islands.")
# "Yesterday" against 18 November 2025; "together with Colombia" makes Colombia a signatory the same day.
R(d, "Vanuatu", DECL, BELEMDECL, "2025-11-17", "Yesterday, Vanuatu was proud to sign the Belém Declaration on the Transition Away from Fossil Fuels")
R(d, "Colombia", DECL, BELEMDECL, "2025-11-17", "together with Colombia and twenty-two other countries")
R(d, "Vanuatu", RATIFIED, BBNJ, "2025-06",
  "Vanuatu deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction in June")
R(d, "Vanuatu", "called-for", BBNJ, D, "We urge all Parties that have not yet done so to ratify the BBNJ Agreement.")
RL(d, ["Australia", "Tuvalu"], "signed", FALEPILI, "2023-11", "The Falepili Union treaty, signed by Australia and Tuvalu in November 2023")
# The Tropical Forest Forever Facility and the Loss and Damage Fund: institutions. The NCQG agreed in Baku: no Party named.

# ===================== 14.html (Council of the EU press-release page 268/17, EU ratifies the Minamata Convention, 18 May 2017) =====================
d = "14.html"
D = "2017-05-18"
MOP = ["Meeting of the Parties to the Montreal Protocol", "Parties to the Montreal Protocol", "MOP28", "Meeting of the Parties"]
R(d, "European Union", ACCEPTED, MINAMATA, D, "The EU deposited its instrument of approval on behalf of the Union.",
  alt=["The EU and seven of its member states today deposited their instruments of ratification of the Minamata Convention on Mercury"])
RL(d, ["Bulgaria", "Denmark", "Hungary", "Malta", "Netherlands", "Romania", "Sweden"], RATIFIED, MINAMATA, D,
   "The member states that deposited their instruments today are Bulgaria, Denmark, Hungary, Malta, the Netherlands, Romania and Sweden.")
# Entry into force on 16 August 2017 and the 50-ratification threshold: nothing.
R(d, ["European Union", "Council of the EU", "Council of the European Union", "President of the Council", "José Herrera", "Maltese presidency"],
  "called-for", MINAMATA, D, "We call on all our international partners who have not yet done so to ratify the Convention without delay.")
# "Other member states": unnamed; the three named are planned or not done.
R(d, "Germany", NOTRATIFIED, MINAMATA, None, "Germany has indicated that it expects to ratify the Convention in September", negated=True)
RL(d, ["Italy", "Spain"], NOTRATIFIED, MINAMATA, None, "Italy and Spain have yet to complete their national procedures", negated=True)
RL(d, ["United States", "China", "Japan"], PARTY, MINAMATA, None, "Among the 50 Parties are the United States, China and Japan.")
R(d, "Switzerland", RATIFIED, MINAMATA, "2016-05", "Switzerland ratified the Convention in May 2016.")
R(d, "European Union", "signed", MINAMATA, "2013-10-10", "The EU signed the Convention on 10 October 2013 in Kumamoto, Japan")
# The Council decision on conclusion, the Parliament's consent and Regulation (EU) 2017/852: internal EU steps and legislation, nothing.
R(d, "European Union", RATIFIED, PARIS, "2016-10-05", "which it ratified on 5 October 2016", alt=["The EU is a Party to the Paris Agreement"])
R(d, "European Union", NOTRATIFIED, KIGALI, None, "The Commission has proposed that the EU ratify the Kigali Amendment to the Montreal Protocol", negated=True,
  alt=["the Council is expected to take its decision in 2018"])
R(d, MOP, ADOPTED, KIGALI, "2016-10", "adopted by the Parties to the Montreal Protocol in Kigali in October 2016")

# ===================== 15 (CITES Secretariat press release, CoP19 closes, Panama City, Friday 25 November 2022) =====================
d = "15.txt"
D = "2022-11-25"
CCOP = ["Conference of the Parties to CITES", "CITES CoP19", "CoP19", "Conference of the Parties", "Committee I"]
P37 = ("CoP19 Prop. 37", ["proposal to include requiem sharks in Appendix II", "requiem sharks listing", "Prop. 37", "requiem sharks proposal"])
P4 = ("CoP19 Prop. 4", ["Zimbabwe ivory proposal", "Prop. 4", "proposal to allow a one-off sale of registered ivory stocks"])
P3 = ("CoP19 Prop. 3", ["southern white rhinoceros proposal", "Prop. 3", "proposal to transfer the southern white rhinoceros to Appendix II"])
HIPPO = ("proposal to transfer the common hippopotamus to Appendix I", ["hippopotamus proposal", "hippopotamus listing"])
ZOO = ("resolution on the role of CITES in reducing the risk of future zoonotic disease emergence associated with international wildlife trade",
       ["CITES zoonotic disease resolution", "resolution on zoonotic disease emergence"])
R1010 = ("Resolution Conf. 10.10", ["Resolution Conf. 10.10 on trade in elephant specimens", "amendments to Resolution Conf. 10.10"])
SV = ("CITES Strategic Vision 2021-2030", ["Strategic Vision 2021-2030"])
GAB = ("Gaborone amendment", ["Gaborone amendment to CITES"])
R(d, "Panama", "co-sponsored", P37, None, "submitted by Panama")
RL(d, ["Bangladesh", "Colombia", "Dominican Republic", "Ecuador", "European Union", "Gabon", "Maldives", "Senegal", "Seychelles", "Sri Lanka",
       "United Kingdom"], "co-sponsored", P37, None,
   "co-sponsored by Bangladesh, Colombia, the Dominican Republic, Ecuador, the European Union, Gabon, Maldives, Senegal, Seychelles, Sri Lanka and the United Kingdom")
# Adopted in committee on 17 November and confirmed by the Conference in plenary today.
R(d, CCOP, ADOPTED, P37, D, "was adopted in Committee I on 17 November by 88 votes in favour to 29 against, with 17 abstentions, and confirmed in plenary today")
# "88 votes in favour": a secret ballot, unnamed. Japan requested the ballot and "would consider entering a reservation": no act.
R(d, "United States", "supported", P37, "2022-11-17", "The United States announced after the committee vote that it had voted in favour.")
# Hammerheads and guitarfishes are mentioned only in passing: nothing.
R(d, "Zimbabwe", "co-sponsored", P4, None, "A proposal by Zimbabwe (CoP19 Prop. 4)")
R(d, CCOP, ADOPTED, P4, None, "was rejected in Committee I by 83 votes to 15, with 17 abstentions", negated=True)
R(d, "Namibia", "co-sponsored", P3, None, "Namibia's proposal to transfer its population of southern white rhinoceros to Appendix II")
R(d, CCOP, ADOPTED, P3, None, "(CoP19 Prop. 3) was also rejected", negated=True)
RL(d, ["Benin", "Burkina Faso", "Gabon", "Guinea", "Liberia", "Mali", "Niger", "Senegal", "Togo"], "co-sponsored", HIPPO, None,
   "submitted by ten West and Central African range States including Benin, Burkina Faso, Gabon, Guinea, Liberia, Mali, Niger, Senegal and Togo")
R(d, CCOP, ADOPTED, HIPPO, None, "was rejected in Committee I on 16 November", negated=True)
R(d, "European Union", "supported", HIPPO, "2022-11-16", "after the European Union, which casts the votes of its 27 member States, voted against it", negated=True)
# "reflect on their future engagement": no act.
R(d, CCOP, ADOPTED, ZOO, D,
  "a new resolution on the role of CITES in reducing the risk of future zoonotic disease emergence associated with international wildlife trade",
  alt=["Among the resolutions adopted at the closing plenary were"])
R(d, CCOP, ADOPTED, R1010, D, "amendments to Resolution Conf. 10.10 on trade in elephant specimens")
R(d, ["CoP18", "Conference of the Parties to CITES", "Conference of the Parties"], ADOPTED, SV, "2019", "adopted at CoP18 in Geneva in 2019")
# The Secretary-General's call for enforcement: implementation, nothing. "184 Parties": unnamed.
R(d, "European Union", PARTY, CITES, "2015", "The European Union, a Party since 2015")
R(d, ["extraordinary meeting of the Conference of the Parties", "Conference of the Parties to CITES", "Conference of the Parties"], ADOPTED, GAB, "1983",
  "was adopted at an extraordinary meeting of the Conference of the Parties in Gaborone in 1983")
R(d, "South Sudan", NOTBOUND, CITES, None, "South Sudan, which is not yet a Party", negated=True)
R(d, "South Sudan", ACCEDED, CITES, None, "its instrument of accession would be deposited \"very soon\"", negated=True)
# Panama chairing and Uzbekistan's offer to host CoP20: nothing.

# ===================== 16.md (policy institute's Markdown briefing, the Kigali Amendment after MOP36, Bangkok, Friday 1 November 2024) =====================
d = "16.md"
D = "2024-11-01"
MOP36 = ["Meeting of the Parties to the Montreal Protocol", "MOP36", "Parties to the Montreal Protocol", "Meeting of the Parties"]
LRM = ("decision on lifecycle refrigerant management", ["MOP36 decision on lifecycle refrigerant management", "lifecycle refrigerant management decision"])
FSM = ("proposal by the Federated States of Micronesia to accelerate the HFC phase-down schedule", ["Micronesia proposal to accelerate the HFC phase-down",
       "proposed adjustment to the HFC phase-down schedule"])
R(d, ["MOP28", "Meeting of the Parties to the Montreal Protocol", "Parties to the Montreal Protocol", "Meeting of the Parties"], ADOPTED, KIGALI, "2016-10-15",
  "the Amendment was adopted by the Parties at MOP28 in Kigali on 15 October 2016")
# "162 of the 198 Parties": unnamed. Entry into force: nothing.
for row, act in [("Indonesia | acceptance | 14 December 2023", ACCEPTED), ("Egypt | ratification | 9 February 2024", RATIFIED),
                 ("Turkmenistan | accession | 22 April 2024", ACCEDED), ("Kazakhstan | ratification | 3 June 2024", RATIFIED),
                 ("Iraq | accession | 30 August 2024", ACCEDED), ("Bahrain | ratification | 7 October 2024", RATIFIED)]:
    actor, _, dt = [x.strip() for x in row.split("|")]
    dd, mm, yy = dt.split()
    mon = {"December": "12", "February": "02", "April": "04", "June": "06", "August": "08", "October": "10"}[mm]
    R(d, actor, act, KIGALI, f"{yy}-{mon}-{int(dd):02d}", row,
      alt=["Bahrain's instrument, deposited less than a month before MOP36, made it the 162nd Party."] if actor == "Bahrain" else None)
R(d, "China", ACCEPTED, KIGALI, "2021-06-17", "China accepted the Amendment on 17 June 2021")
# The Union Cabinet's approval: domestic.
R(d, "India", RATIFIED, KIGALI, "2021-09-27", "India ratified on 27 September 2021")
R(d, "United States", RATIFIED, KIGALI, "2022-10-31", "The United States ratified on 31 October 2022, two years ago yesterday.")
R(d, "Brazil", RATIFIED, KIGALI, "2022-10-19", "Brazil ratified on 19 October 2022")
R(d, "European Union", RATIFIED, KIGALI, "2018-11", "The European Union ratified in November 2018")
# "the following month" after November 2018.
R(d, "Japan", ACCEPTED, KIGALI, "2018-12", "Japan accepted the Amendment the following month")
RL(d, ["Afghanistan", "Iran", "Libya", "Yemen"], NOTRATIFIED, KIGALI, None,
   "Afghanistan, Iran, Libya and Yemen have not yet ratified the Amendment", negated=True)
# The Cabinet's approval is domestic; the deposit is still to come.
R(d, "Pakistan", NOTRATIFIED, KIGALI, None, "the instrument would be deposited \"before the end of the year\"", negated=True)
R(d, "Saudi Arabia", NOTRATIFIED, KIGALI, None, "Saudi Arabia said it was \"studying\" the Amendment", negated=True)
# "On Thursday" against Friday 1 November 2024: 31 October 2024.
R(d, MOP36, ADOPTED, LRM, "2024-10-31", "On Thursday the Parties adopted a decision on lifecycle refrigerant management")
RL(d, ["Australia", "Canada", "Ghana", "Nigeria"], "co-sponsored", LRM, None, "based on a proposal by Australia, Canada, Ghana and Nigeria")
R(d, "Micronesia", "co-sponsored", FSM, None, "A proposal by the Federated States of Micronesia to accelerate the HFC phase-down schedule for developed countries")
R(d, MOP36, ADOPTED, FSM, None, "was deferred to MOP37", negated=True)
# Opposition in debate that led to the deferral, not a recorded objection: less certain.
R(d, "Russian Federation", "supported", FSM, None, "after several Parties, led by the Russian Federation, said it was premature", negated=True, required=False)
# The Multilateral Fund replenishment, Thailand as host, MOP37 in Nairobi: nothing.
R(d, ["Ozone Secretariat Executive Secretary", "Megumi Seki", "Executive Secretary of the Ozone Secretariat", "Ozone Secretariat"], "called-for", KIGALI, D,
  "urging the remaining Parties \"to ratify the Kigali Amendment, so that no country is left behind in the phase-down\"")
R(d, ["Cool Planet Policy Institute"], "called-for", KIGALI, D,
  "we urge Pakistan and Saudi Arabia in particular to deposit their instruments before MOP37")


gold.finish(MIN_CHARS, MAX_CHARS)
