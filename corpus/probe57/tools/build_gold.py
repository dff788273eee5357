#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 10.md, 05.html, 14.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up, Markdown emphasis
or an HTML entity. Two documents (03, 10) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the
body; no quote comes from it. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: recent treaty news, 2023 to 2026, on the newest instruments (the BBNJ Agreement, the WHO Pandemic Agreement, the
Ljubljana-The Hague Convention, the UN Convention against Cybercrime, the Council of Europe AI Convention, the Global
Biodiversity Framework's follow-up, the Kigali Amendment, ILO C190, the TPNW, the crimes against humanity convention), as
wires, live blogs, explainers, newsletters, a tracker page, a podcast transcript, an op-ed, government threads and UN News-style
items write it. A deposit of an instrument of ratification, acceptance, approval or accession binds; "became a party" and
"a party since" bind; signature is `signed`. Plans, pledges, "expects to", "will sign", "has yet to", "is considering",
"under review", a parliament's approval with the deposit still to come and a correction's "It has not" are negated records
without a date. Votes in favour are `supported`; abstentions, not taking part and not joining a consensus are `supported`
with `negated` and keep the vote's date. Adoption by a body is that body's `adopted`. Calls on others to sign, ratify or join
are the caller's `called-for`, dated by the day the call is made (NGO calls are optional). Entry into force, thresholds,
depositaries, hosts and venues, candidacies, pledges of money to funds, domestic approvals and bills, counts of unnamed States,
welcomes of another State's act and a reporter's or author's own views give no record. A fact that the text corrects is
replaced by the corrected one. Relative dates ("on Friday", "earlier this week", "last month", "yesterday") are resolved
against the document's own date line."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
COSPONSORED = ["co-sponsored", "supported"]    # tabling or co-sponsoring a draft resolution
APPROVED = ["adopted", "endorsed", "supported"]  # a main committee approving a text for the plenary

# ---- instruments: (name as the text names it, aliases) ----
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", "High Seas Agreement", "BBNJ"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
CYBER = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Convention against Cybercrime", "UN cybercrime convention",
                                                        "Hanoi Convention", "UN cybercrime treaty"])
RES74247 = ("General Assembly resolution 74/247", ["resolution 74/247", "A/RES/74/247"])
CYBERAHC = ("draft United Nations Convention against Cybercrime", ["draft convention against cybercrime", "text agreed by the Ad Hoc Committee"])
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1", "pandemic treaty", "WHO Pandemic Agreement draft resolution"])
IHRAM = ("2024 amendments to the International Health Regulations (2005)", ["amendments to the International Health Regulations", "IHR amendments", "2024 IHR amendments",
                                                                          "Amendments to the Regulations"])
LJ = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
      ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention", "Ljubljana-The Hague Convention on International Cooperation"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
KAMPALA = ("amendments to the Rome Statute on the crime of aggression", ["Kampala amendments", "amendments on the crime of aggression"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention", "1948 Genocide Convention"])
DACAH = ("draft articles on prevention and punishment of crimes against humanity", ["ILC draft articles on crimes against humanity", "draft articles on crimes against humanity"])
RES79122 = ("General Assembly resolution 79/122 on crimes against humanity", ["resolution 79/122", "A/RES/79/122", "draft resolution on crimes against humanity"])
CAHC = ("convention on crimes against humanity", ["crimes against humanity convention", "convention on the prevention and punishment of crimes against humanity",
                                                  "future convention on crimes against humanity"])
KIGALI = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Amendment to the Montreal Protocol (Kigali, 2016)"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
GCP = ("Global Cooling Pledge", ["COP28 Global Cooling Pledge"])
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Council of Europe Framework Convention on Artificial Intelligence"])
BUDAPEST = ("Convention on Cybercrime", ["Budapest Convention", "Budapest Convention on Cybercrime", "ETS No. 185"])
BUDP2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
         ["Second Additional Protocol to the Budapest Convention", "additional protocol on enhanced cooperation and disclosure of electronic evidence", "CETS No. 224"])
REYKJAVIK = ("Reykjavík Declaration", ["Reykjavik Declaration", "Reykjavík Declaration: United around our values"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapon ban treaty", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
PELINDABA = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty", "1996 Treaty of Pelindaba"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "ILO Convention No. 190", "Convention No. 190", "ILO Violence and Harassment Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["C189", "ILO Convention No. 189", "Convention No. 189"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["C188", "ILO Convention No. 188", "ILO fishing convention"])
CBD = ("Convention on Biological Diversity", ["CBD", "Biodiversity Convention"])
GBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF", "KMGBF", "Kunming-Montreal Framework"])
RESMOB = ("strategy for resource mobilization", ["resource mobilization strategy", "CBD strategy for resource mobilization", "decision on resource mobilization"])
PMRR = ("decision on planning, monitoring, reporting and review", ["planning, monitoring, reporting and review", "CBD decision on planning, monitoring, reporting and review"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", ["WIPO treaty on genetic resources", "GRATK Treaty", "WIPO treaty"])
NAGOYA = ("Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization", ["Nagoya Protocol"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement"])
JSS = ("United Nations Convention on the International Effects of Judicial Sales of Ships", ["Beijing Convention on the Judicial Sale of Ships", "Convention on the Judicial Sale of Ships"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam", "Türkiye", "European Union",
          "Côte d'Ivoire", "Netherlands", "Republic of Moldova", "Philippines", "Kazakhstan", "Fiji", "Samoa", "Kenya", "Gambia", "Bolivia",
          "Costa Rica", "Mexico", "Colombia", "Kiribati", "Germany", "Ghana", "China", "Egypt", "Chile", "Cambodia"),
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Palau": ["Palau", "Republic of Palau"],
    "France": ["France", "French Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Hungary": ["Hungary"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "India": ["India", "Republic of India"],
    "Japan": ["Japan"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Poland": ["Poland", "Republic of Poland"],
    "Israel": ["Israel", "State of Israel"],
    "Italy": ["Italy", "Italian Republic"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Rwanda": ["Rwanda", "Republic of Rwanda"],
    "New Zealand": ["New Zealand"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Mongolia": ["Mongolia"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Ukraine": ["Ukraine"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Belize": ["Belize"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Monaco": ["Monaco", "Principality of Monaco"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar", "Burma"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "South Sudan": ["South Sudan", "Republic of South Sudan"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Libya": ["Libya", "State of Libya"],
    "Yemen": ["Yemen", "Republic of Yemen"],
    "Turkmenistan": ["Turkmenistan"],
    "Iceland": ["Iceland"],
    "Andorra": ["Andorra", "Principality of Andorra"],
    "Georgia": ["Georgia"],
    "San Marino": ["San Marino", "Republic of San Marino"],
    "Canada": ["Canada"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Montenegro": ["Montenegro"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Peru": ["Peru", "Republic of Peru"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Angola": ["Angola", "Republic of Angola"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
}
# Bodies, officials and organisations.
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Antonio Guterres", "António Guterres"]
UNHRDA = ["UN High Representative for Disarmament Affairs", "High Representative for Disarmament Affairs", "Izumi Nakamitsu", "UN Office for Disarmament Affairs"]
UNLC = ["UN Legal Counsel", "Legal Counsel", "Under-Secretary-General for Legal Affairs", "Elinor Hammarskjold", "UN Office of Legal Affairs"]
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "WHA", "World Health Organization", "WHO"]
WHA77 = ["World Health Assembly", "Seventy-seventh World Health Assembly", "WHA", "World Health Organization", "WHO"]
COMMA = ["Committee A of the World Health Assembly", "Committee A", "WHA Committee A", "World Health Assembly"]
WHODG = ["WHO Director-General", "Director-General of the World Health Organization", "Tedros Adhanom Ghebreyesus", "World Health Organization", "WHO"]
COECM = ["Council of Europe Committee of Ministers", "Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
COESG = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Marija Pejčinović Burić", "Council of Europe"]
COEHEADS = ["Heads of State and Government of the Council of Europe", "Council of Europe Heads of State and Government", "Reykjavík Summit", "Council of Europe"]
ILCLAW = ["International Law Commission", "ILC", "UN International Law Commission"]
SIXTH = ["UN General Assembly Sixth Committee", "Sixth Committee", "Sixth Committee of the General Assembly"]
AHC = ["Ad Hoc Committee on Cybercrime", "ad hoc committee", "Ad Hoc Committee"]
ILCONF = ["International Labour Conference", "ILO International Labour Conference", "International Labour Organization", "ILO"]
ILODG = ["ILO Director-General", "Director-General of the International Labour Organization", "Gilbert F. Houngbo", "International Labour Organization", "ILO"]
CBDCOP = ["Conference of the Parties to the Convention on Biological Diversity", "CBD Conference of the Parties", "COP16", "CBD COP", "Conference of the Parties", "COP"]
CBDCOP15 = ["Conference of the Parties to the Convention on Biological Diversity", "CBD Conference of the Parties", "COP15", "fifteenth Conference of the Parties", "CBD COP",
            "Conference of the Parties", "COP"]
MOP28 = ["Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting of the Parties", "MOP28", "Parties to the Montreal Protocol"]
UNEPED = ["UNEP Executive Director", "Executive Director of UNEP", "Inger Andersen", "UNEP", "United Nations Environment Programme"]
WIPODC = ["WIPO Diplomatic Conference", "diplomatic conference of the World Intellectual Property Organization", "World Intellectual Property Organization", "WIPO"]
TPNWCONF = ["United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons", "UN conference", "United Nations conference"]
LJCONF = ["Ljubljana Diplomatic Conference", "diplomatic conference in Ljubljana", "Diplomatic Conference"]
EP = ["European Parliament"]
GREENPEACE = ["Greenpeace", "Greenpeace International"]
ICAN = ["International Campaign to Abolish Nuclear Weapons", "ICAN"]
ITUC = ["International Trade Union Confederation", "ITUC"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (wire, UNITED NATIONS, Sept 19, 2025: BBNJ reaches 60) =====================
d = "01.txt"
D = "2025-09-19"
Q = "when Morocco and Sierra Leone deposited their instruments of ratification at U.N. headquarters"
RL(d, ["Morocco", "Sierra Leone"], RATIFIED, BBNJ, D, Q)
# Entry into force (17 January 2026), the depositary and the first Conference of the Parties: nothing.
R(d, UNSG, "called-for", BBNJ, D, "He urged all States that have not yet done so to ratify the Agreement without delay")
# "proud to be among the sixty" repeats Morocco's ratification.
RL(d, ["Jordan", "Sri Lanka"], ACCEPTED, BBNJ, "2025-09", "Earlier this week, Jordan and Sri Lanka also deposited their instruments")
# "agreed by an intergovernmental conference" names no body; the opening for signature is no State's act.
RL(d, ["Palau", "Chile"], RATIFIED, BBNJ, "2024-01", "Palau and Chile were the first to ratify, both in January 2024")
# Nice: France and Costa Rica as co-hosts give nothing; France's record is its deposit.
QEU = ("There the European Union and six of its member states - France, Spain, Portugal, Slovenia, Cyprus and Hungary - deposited their "
       "instruments of ratification or approval together")
RL(d, ["European Union", "France", "Spain", "Portugal", "Slovenia", "Cyprus", "Hungary"], ACCEPTED, BBNJ, "2025-06", QEU)
# The correction: Mauritius did not deposit this week; it ratified in 2024.
R(d, "Mauritius", RATIFIED, BBNJ, "2024", "Mauritius ratified in 2024.")
# "More than 140 countries have signed": unnamed.
R(d, "United States", "signed", BBNJ, "2023-09", "The United States signed it in September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "the current administration has said it will not seek ratification", negated=True)
R(d, "China", "signed", BBNJ, "2023-09-20", "China, which signed on the day the treaty opened")
R(d, "China", NOTRATIFIED, BBNJ, None, "has not yet ratified either", negated=True)
R(d, "United Kingdom", "signed", BBNJ, "2023-09", "Britain signed in September 2023")
# The bill in parliament is domestic.
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "Britain expects to ratify", negated=True)
R(d, "India", "signed", BBNJ, "2024-09", "India signed in September 2024.")
QJN = "Japan and Norway, both signatories with large fishing and shipping interests, have not ratified."
RL(d, ["Japan", "Norway"], "signed", BBNJ, None, QJN)
RL(d, ["Japan", "Norway"], NOTRATIFIED, BBNJ, None, QJN, negated=True)
R(d, "Russian Federation", "signed", BBNJ, None, "The Russian Federation has not signed the treaty", negated=True)
R(d, "Russian Federation", "supported", BBNJ, "2023-06", "did not join the consensus on its text in 2023", negated=True)
# Chile's and Belgium's secretariat bids: nothing.
R(d, GREENPEACE, "called-for", BBNJ, D, "Greenpeace called on governments that have signed the treaty to ratify it before the first Conference of the Parties",
  required=False)
# "Several governments promised in Nice that they would ratify": unnamed.

# ===================== 02 (live blog, Hanoi, Saturday 25 October 2025: UN Convention against Cybercrime) =====================
d = "02.txt"
D = "2025-10-25"
# The 18:05 count (65 States) and UNODC as organiser: nothing.
R(d, "Brazil", "signed", CYBER, None, "Brazil's delegation told us it is not signing today", negated=True)
R(d, "Chile", "signed", CYBER, D, "Chile signs.", alt=["Chile did sign at that time."])
R(d, "United States", "signed", CYBER, None, "The United States sent an observer delegation but did not sign.", negated=True)
R(d, "India", "signed", CYBER, None, "India was not among today's signatories either", negated=True)
R(d, "European Union", "signed", CYBER, D, "The European Union has signed.")
# The EU governments' authorisation is internal.
RL(d, ["France", "Poland", "Portugal"], "signed", CYBER, D, "France, Poland and Portugal also signed in their own right this afternoon.")
R(d, "United Kingdom", "signed", CYBER, D, "The United Kingdom signed too")
# 15:30: entry into force and the depositary: nothing.
R(d, UNSG, "called-for", CYBER, D, "I urge all States to sign and ratify this convention")
RL(d, ["Thailand", "Indonesia", "Nigeria", "South Africa", "Egypt"], "signed", CYBER, D,
   "Among the first signatories after lunch: Thailand, Indonesia, Nigeria, South Africa and Egypt.")
R(d, "Kenya", "signed", CYBER, D, "Kenya signed shortly before 14:00")
# Kenya's cabinet approval "on Tuesday" is domestic; the rights groups' call not to sign is no call to join.
R(d, "Japan", "signed", CYBER, None, "Japan will sign \"in due course\"", negated=True)
RL(d, ["China", "Russian Federation"], "signed", CYBER, D, "China and the Russian Federation have both signed.")
# Russia's 2017 proposal: nothing.
R(d, "Viet Nam", NOTRATIFIED, CYBER, None, "Viet Nam will ratify the convention \"as early as possible\"", negated=True)
R(d, "Viet Nam", "signed", CYBER, D, "President Luong Cuong has signed on behalf of Viet Nam, the host")
R(d, GA, "adopted", CYBER, "2024-12-24", "The convention was adopted by the UN General Assembly on 24 December 2024, by resolution 79/243, without a vote")

# ===================== 03 (briefing note, Markdown, 14 November 2025: WHO Pandemic Agreement) =====================
d = "03.md"
R(d, WHA, ADOPTED, PA, "2025-05-20", "The Seventy-eighth World Health Assembly adopted the WHO Pandemic Agreement on 20 May 2025, by resolution WHA78.1.")
V = "2025-05-19"
R(d, COMMA, APPROVED, PA, V, "Committee A approved the draft resolution by a recorded vote of 124 in favour, none against and 11 abstentions")
# "The vote was requested by Slovakia": nothing beyond its abstention.
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"], "supported", PA, V,
   "Among the States that abstained were Poland, Israel, Italy, the Russian Federation, Slovakia and Iran.", negated=True)
R(d, "United States", "supported", PA, V, "The United States did not take part in the vote.", negated=True)
# Withdrawal from WHO is membership of an organisation: nothing.
R(d, "Argentina", "supported", PA, V, "was absent from the vote as well", negated=True)
# Section 2: the annex, the opening for signature, entry into force and the depositary give nothing.
R(d, WHODG, "called-for", PA, "2025-05-20", "called on all Member States to sign and ratify the Agreement as soon as it opens")
R(d, "Rwanda", "signed", PA, None, "Will sign on the first day the Agreement is open for signature", negated=True)
QES = "Intends to sign and to ratify within the current legislature"
R(d, "Spain", "signed", PA, None, QES, negated=True)
R(d, "Spain", NOTRATIFIED, PA, None, QES, negated=True)
R(d, "United Kingdom", "supported", PA, V, "Voted in favour in Committee A")
R(d, "United Kingdom", "signed", PA, None, "has not decided whether to sign", negated=True)
R(d, "Italy", "signed", PA, None, "the government says it will not sign", negated=True)
QNZ = "Voted in favour; signature \"under consideration\" by Cabinet"
R(d, "New Zealand", "supported", PA, V, QNZ)
R(d, "New Zealand", "signed", PA, None, QNZ, negated=True)
QID = "Voted in favour; says it will sign once the annex reflects its concerns on benefit-sharing"
R(d, "Indonesia", "supported", PA, V, QID)
R(d, "Indonesia", "signed", PA, None, QID, negated=True)
# Rwanda's mRNA facility, Spain's Council of Ministers and New Zealand's Cabinet: nothing.
R(d, WHA77, ADOPTED, IHRAM, "2024-06", "The 2024 amendments to the International Health Regulations, adopted in June 2024", required=False)
QREJ = "Several States formally rejected them: the United States and Italy did so in July 2025"
RL(d, ["United States", "Italy"], ACCEPTED, IHRAM, None, QREJ, negated=True)
R(d, "Israel", ACCEPTED, IHRAM, None, "Israel said it would not be bound by them until its own review is complete", negated=True)
R(d, "European Union", "welcomed", PA, "2025-05-20", "the European Union called it \"a generational achievement\" when it was adopted", required=False)
# India, China and Brazil: a question to watch, not a position.

# ===================== 04 (explainer, Friday 14 February 2025: Ljubljana-The Hague Convention) =====================
d = "04.txt"
# The Mutual Legal Assistance Initiative is a group, not an instrument.
R(d, LJCONF, ADOPTED, LJ, "2023-05-26",
  "The text was adopted on 26 May 2023, at the end of a two-week diplomatic conference in Ljubljana attended by delegations from 68 countries.", required=False)
# "More than 30 States signed": unnamed.
Q6 = "The six core-group countries - Argentina, Belgium, Mongolia, the Netherlands, Senegal and Slovenia - all signed that day."
RL(d, ["Argentina", "Belgium", "Mongolia", "Netherlands", "Senegal", "Slovenia"], "signed", LJ, "2024-02-14", Q6)
QUA = "So did Ukraine, whose justice ministry says it needs the Convention to pursue cases arising from the war, and Côte d'Ivoire."
RL(d, ["Ukraine", "Côte d'Ivoire"], "signed", LJ, "2024-02-14", QUA)
R(d, "Luxembourg", "signed", LJ, "2024-03", "Luxembourg signed in March 2024")
R(d, "Chile", "signed", LJ, "2024-06", "Chile in June 2024")
R(d, "Lithuania", "signed", LJ, "2024-09-23", "Lithuania on 23 September 2024")
R(d, "Slovenia", RATIFIED, LJ, "2024-12", "Slovenia deposited its instrument of ratification in December 2024")
# Belgium's parliamentary approval is domestic.
R(d, "Belgium", NOTRATIFIED, LJ, None, "the instrument has not yet been deposited", negated=True)
R(d, "Netherlands", NOTRATIFIED, LJ, None, "The Netherlands expects to ratify later this year.", negated=True)
R(d, "Mongolia", NOTRATIFIED, LJ, None, "Mongolia has yet to ratify", negated=True)
R(d, "Argentina", NOTRATIFIED, LJ, None, "officials say approval could come this year", negated=True, required=False)
R(d, "United States", "signed", LJ, None, "The United States followed the negotiations closely but has not signed.", negated=True)
RL(d, ["China", "India", "Russian Federation"], "signed", LJ, None, "Neither have China, India or the Russian Federation.", negated=True)
R(d, "United Kingdom", "signed", LJ, None, "The United Kingdom has said it is \"considering\" signature", negated=True)
R(d, "Ukraine", PARTY, ROME, "2025-01-01", "Ukraine, for example, became a party to the Rome Statute only on 1 January 2025")
R(d, "Slovenia", "called-for", LJ, "2025-02-12", "Slovenia's foreign minister, Tanja Fajon, urged all States to sign and ratify the Convention")
# The Netherlands' and Senegal's side event: nothing.
R(d, "European Union", "signed", LJ, None, "The European Union does not sign the Convention itself", negated=True, required=False)
R(d, EP, "called-for", LJ, "2024", "the European Parliament adopted a resolution last year encouraging EU member states to ratify it", required=False)

# ===================== 05 (tracker page, HTML, updated Monday 19 January 2026: BBNJ) =====================
d = "05.html"
S = "2023-09-20"
QS = "20 Sep 2023"
# "83 instruments have been deposited": unnamed; entry into force and the depositary: nothing.
R(d, "Vanuatu", RATIFIED, BBNJ, "2026-01-16", "Vanuatu deposited its instrument of ratification, one day before entry into force.", alt=["Ratification, 16 Jan 2026"])
R(d, "Vanuatu", "signed", BBNJ, S, QS)
# The correction: Ghana is not a party.
QGH = "Ghana signed the Agreement on 20 September 2023 but has not ratified it."
R(d, "Ghana", "signed", BBNJ, S, QGH)
R(d, "Ghana", NOTRATIFIED, BBNJ, None, QGH, negated=True)
R(d, "Colombia", NOTRATIFIED, BBNJ, None, "Colombia's Congress approved the Agreement; the instrument has not been deposited.", negated=True)
for state, cell, date in [("Palau", "Ratification, 22 Jan 2024", "2024-01-22"), ("Chile", "Ratification, 22 Jan 2024", "2024-01-22"),
                          ("Belize", "Ratification, 13 Mar 2024", "2024-03-13"), ("Seychelles", "Ratification, 3 Jun 2024", "2024-06-03"),
                          ("Monaco", "Ratification, 9 Jun 2025", "2025-06-09"), ("Morocco", "Ratification, 19 Sep 2025", "2025-09-19"),
                          ("Sierra Leone", "Ratification, 19 Sep 2025", "2025-09-19"), ("Belgium", "Ratification, 5 Nov 2025", "2025-11-05")]:
    R(d, state, "signed", BBNJ, S, QS)
    R(d, state, RATIFIED, BBNJ, date, cell)
# Chile's and Belgium's candidacies, "Deposited at the Ocean Conference in Nice": nothing.
R(d, "European Union", "signed", BBNJ, S, QS)
R(d, "European Union", ACCEPTED, BBNJ, "2025-06-17", "Approval, 17 Jun 2025")
R(d, "Oman", "signed", BBNJ, None, "Not signed", negated=True, required=False)
R(d, "Oman", ACCEDED, BBNJ, "2025-11-12", "Accession, 12 Nov 2025")
R(d, "Japan", "signed", BBNJ, S, QS)
R(d, "Japan", ACCEPTED, BBNJ, "2025-12-18", "Acceptance, 18 Dec 2025")
for state, note in [("United Kingdom", "Implementing Act passed in December; instrument not yet deposited"),
                    ("United States", "The administration has said it will not seek ratification"),
                    ("China", "Ratification \"under way\", according to officials")]:
    R(d, state, "signed", BBNJ, S, QS)
    R(d, state, NOTRATIFIED, BBNJ, None, note, negated=True)
R(d, "India", "signed", BBNJ, "2024-09-24", "24 Sep 2024")
R(d, "India", NOTRATIFIED, BBNJ, None, "Not ratified", negated=True)
R(d, "Russian Federation", "signed", BBNJ, None, "Not a signatory", negated=True)
R(d, "Russian Federation", NOTRATIFIED, BBNJ, None, "Not ratified", negated=True, required=False)
QTR = "Not a signatory; not a party to UNCLOS either"
R(d, "Türkiye", "signed", BBNJ, None, QTR, negated=True)
R(d, "Türkiye", NOTBOUND, UNCLOS, None, QTR, negated=True)
R(d, "Türkiye", NOTRATIFIED, BBNJ, None, "Not ratified", negated=True, required=False)
# "as Oman did" repeats its accession; the related-story links: nothing.

# ===================== 06 (podcast transcript, released Friday 6 February 2026: crimes against humanity) =====================
d = "06.txt"
# The preparatory committee "last month" is a process: nothing.
R(d, ILCLAW, ADOPTED, DACAH, "2019",
  "The Commission adopted a full set of draft articles on the prevention and punishment of crimes against humanity in 2019")
R(d, ILCLAW, "called-for", CAHC, "2019", "recommended that States negotiate a convention on that basis", required=False)
R(d, SIXTH, ADOPTED, RES79122, "2024-11", "In late November the Sixth Committee adopted, without a vote, a draft resolution that Mexico and the Gambia had tabled")
RL(d, ["Mexico", "Gambia"], COSPONSORED, RES79122, None, "a draft resolution that Mexico and the Gambia had tabled")
R(d, GA, "adopted", RES79122, "2024-12-04", "on 4 December 2024 the General Assembly adopted it as resolution 79/122, again without a vote")
R(d, "Sierra Leone", COSPONSORED, RES79122, None, "Sierra Leone co-sponsored resolution 79/122")
R(d, "Sierra Leone", "signed", CAHC, None, "Sierra Leone will sign the convention on the first day it is opened for signature.", negated=True)
QCALL = "Costa Rica, Chile and my own delegation called for the negotiations to conclude in 2029 with a convention that includes gender persecution"
RL(d, ["Costa Rica", "Chile", "Sierra Leone"], "called-for", CAHC, "2026-01", QCALL)
# "Several said existing law was sufficient": unnamed.
R(d, "Sierra Leone", "signed", LJ, None, "Sierra Leone has not yet signed the Ljubljana-The Hague Convention.", negated=True)
R(d, "Gambia", PARTY, GENOCIDE, None, "The Gambia is a party to the Genocide Convention, and so is Myanmar")
R(d, "Myanmar", PARTY, GENOCIDE, "1956", "Myanmar became a party in 1956.", alt=["The Gambia is a party to the Genocide Convention, and so is Myanmar"])
R(d, "Ukraine", PARTY, ROME, "2025-01-01", "Ukraine became a State party on 1 January 2025")
R(d, "Armenia", JOINED, ROME, "2024", "Armenia joined in 2024.")
R(d, "Sierra Leone", COMMITTED, ROME, None, "Sierra Leone is committed to the Rome Statute")
R(d, "Sierra Leone", RATIFIED, ROME, "2000", "which we ratified in 2000")

# ===================== 07 (op-ed, Tuesday 16 September 2025: Kigali Amendment) =====================
d = "07.txt"
R(d, "South Sudan", ACCEDED, MP, "2012", "The last one to do so was South Sudan, which acceded in 2012")
R(d, MOP28, ADOPTED, KIGALI, "2016-10-15", "was adopted by the Twenty-Eighth Meeting of the Parties in the Rwandan capital on 15 October 2016")
R(d, "China", ACCEPTED, KIGALI, "2021", "China accepted the amendment in 2021.")
R(d, "India", ACCEPTED, KIGALI, "2021-09", "India followed in September 2021")
# India's cabinet and the US Senate's advice and consent are domestic.
R(d, "United States", RATIFIED, KIGALI, "2022-10", "The United States ratified it in October 2022")
R(d, "Rwanda", RATIFIED, KIGALI, "2017", "Rwanda, which hosted the Kigali meeting, was among the first to ratify, in 2017.")
RL(d, ["Kazakhstan", "Qatar"], ACCEPTED, KIGALI, "2025", "Kazakhstan and Qatar deposited their instruments of acceptance in the first half of the year")
R(d, "Iraq", ACCEPTED, KIGALI, None, "her country expects to complete its acceptance before the parties meet in Nairobi", negated=True,
  alt=["so, as of this week, is Iraq, until its instrument actually reaches New York"])
RL(d, ["Libya", "Yemen", "Turkmenistan"], ACCEPTED, KIGALI, None, "Libya, Yemen and Turkmenistan are on it", negated=True,
   alt=["That leaves a short list of governments that have yet to accept the amendment at all."])
R(d, UNEPED, "called-for", KIGALI, "2025-09-15", "she hoped \"the last few parties will ratify the Kigali Amendment before it turns ten\"", required=False)
R(d, "Nigeria", ENDORSED, GCP, "2023", "Nigeria, which endorsed the Global Cooling Pledge at the climate conference in Dubai in 2023")
R(d, "Nigeria", ACCEPTED, KIGALI, "2018", "accepted the Kigali Amendment back in 2018")
RL(d, ["Ghana", "Kenya", "Colombia"], ACCEPTED, KIGALI, None, "Ghana, Kenya and Colombia have done much the same.", required=False)
# The Gulf delegate is unnamed; the author's own calls are a person's, not a State's; the depositary: nothing.

# ===================== 08 (government thread, Iceland, Thursday 5 September 2024: Council of Europe AI Convention) =====================
d = "08.txt"
D = "2024-09-05"
R(d, "Iceland", "signed", AIC, D, "Today in Vilnius, Iceland signed the Council of Europe Framework Convention on Artificial Intelligence")
QV = ("We signed alongside Andorra, Georgia, Norway, the Republic of Moldova, San Marino and the United Kingdom, as well as Israel, "
      "the United States of America and the European Union.")
RL(d, ["Andorra", "Georgia", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"], "signed", AIC, D, QV)
R(d, "Norway", "signed", AIC, D, QV, alt=["Proud that Norway signed the AI Convention in Vilnius today"])
# Lithuania as host of the ceremony: nothing.
R(d, COECM, ADOPTED, AIC, "2024-05-17", "The Convention was adopted by the Committee of Ministers of the Council of Europe in Strasbourg on 17 May 2024")
R(d, "Iceland", NOTRATIFIED, AIC, None, "The Government will now prepare the legislative amendments needed so that Iceland can ratify the Convention.", negated=True)
# The entry-into-force threshold: nothing.
R(d, "Iceland", "called-for", AIC, D, "We encourage all States, in Europe and beyond, to sign and ratify the Convention.")
R(d, "Iceland", RATIFIED, BUDAPEST, "2007", "Iceland ratified the Budapest Convention on Cybercrime in 2007")
R(d, "Iceland", COMMITTED, REYKJAVIK, D, "we remain committed to the Reykjavík Declaration")
R(d, COEHEADS, ADOPTED, REYKJAVIK, "2023-05", "adopted by the Heads of State and Government of the Council of Europe at the Reykjavík Summit in May 2023")
RL(d, ["Canada", "Japan"], "signed", AIC, None, "are expected to sign at a later date", negated=True)
R(d, "Norway", NOTRATIFIED, AIC, None, "Next: ratification.", negated=True, required=False)
R(d, COESG, "called-for", AIC, D, "I call on all States to sign and ratify the Framework Convention")
R(d, "Iceland", "signed", BUDP2, None, "No decision on signature has been taken.", negated=True, alt=["which Iceland still has not signed"])

# ===================== 09 (UN News-style item, 26 September 2025: TPNW) =====================
d = "09.txt"
D = "2025-09-25"
RL(d, ["Ghana", "Indonesia", "Sierra Leone"], RATIFIED, TPNW, D,
   "Ghana, Indonesia and Sierra Leone on Thursday deposited their instruments of ratification of the Treaty on the Prohibition of Nuclear Weapons")
R(d, "Sri Lanka", "signed", TPNW, D, "and Sri Lanka signed the treaty")
R(d, UNHRDA, "called-for", TPNW, D, "She urged all States that have not yet done so to sign and ratify the Treaty")
R(d, TPNWCONF, ADOPTED, TPNW, "2017-07-07", "The TPNW was adopted on 7 July 2017 by a UN conference in New York", required=False)
# "122 States voting in favour", "76 States parties", "Another 20 or so countries": unnamed; entry into force: nothing.
R(d, "Indonesia", "signed", TPNW, "2017-09-20", "his country had signed the Treaty on the day it opened, 20 September 2017")
# The House of Representatives' approval is domestic.
R(d, "Ghana", "supported", TPNW, "2017-07-07", "had voted for the Treaty's adoption in 2017")
R(d, "Sierra Leone", "signed", TPNW, "2021", "Sierra Leone signed the Treaty in 2021.")
R(d, "Sierra Leone", PARTY, PELINDABA, None, "to which Sierra Leone is also a party")
R(d, "Sri Lanka", NOTRATIFIED, TPNW, None, "the Government would seek parliamentary approval for ratification \"in the coming months\"", negated=True)
R(d, UNSG, "called-for", TPNW, D, "He called on all countries to join the Treaty")
# The call on the nuclear-armed States to honour NPT obligations is a call to implement, not to join.
# "None of the nine nuclear-armed States" and "the members of NATO": unnamed.
RL(d, ["Germany", "Norway"], "signed", TPNW, None, "neither has signed the Treaty", negated=True)
R(d, "Japan", "signed", TPNW, None, "it had no plans to sign", negated=True)
R(d, "Japan", COMMITTED, NPT, "2025-09", "while stressing its commitment to the NPT")
R(d, "Kazakhstan", PARTY, TPNW, "2019", "Kazakhstan, a party since 2019")
R(d, ICAN, "called-for", TPNW, D, "called on every State that has signed to ratify before the Review Conference", required=False)

# ===================== 10 (NGO newsletter, Markdown, 20 June 2025: ILO C190) =====================
d = "10.md"
R(d, "Lesotho", RATIFIED, C190, "2025-04-08", "deposited its instrument of ratification on 8 April 2025")
R(d, "Lesotho", RATIFIED, C189, "2025-04-08", "On the same day it also ratified the Domestic Workers Convention, 2011 (No. 189)")
R(d, "Bolivia", RATIFIED, C190, "2025-05-02", "ratified C190 on 2 May 2025")
R(d, "Montenegro", RATIFIED, C190, "2025-06-12", "ratified C190 on 12 June 2025")
# The approving law, the registration by the Director-General (depositary) and "more than fifty ratifications": nothing.
R(d, "Nepal", NOTRATIFIED, C190, None, "Until then, Nepal is not bound.", negated=True,
  alt=["The Government says it will deposit the instrument \"later this year\""])
R(d, "Japan", NOTRATIFIED, C190, None, "it is \"studying\" ratification", negated=True)
R(d, "Brazil", NOTRATIFIED, C190, None, "the Convention has been before the National Congress since 2023", negated=True, required=False)
R(d, "Sri Lanka", NOTRATIFIED, C190, None, "pledged to ratify C190 by 2026", negated=True)
R(d, "Sri Lanka", COMMITTED, C190, "2025-06", "pledged to ratify C190 by 2026", required=False)
R(d, "Ghana", NOTRATIFIED, C190, None, "Ghana \"will ratify C190 as soon as the tripartite consultations are concluded\"", negated=True)
R(d, "Mexico", RATIFIED, C190, "2022", "which ratified C190 in 2022")
R(d, "Mexico", "called-for", C190, "2025-06", "called on all member States that have not yet done so to ratify the Convention")
QDG = "urged all member States to ratify C190 and its companion Convention on domestic workers"
R(d, ILODG, "called-for", C190, "2025-06-11", QDG)
R(d, ILODG, "called-for", C189, "2025-06-11", QDG)
R(d, ITUC, "called-for", C190, None, "called on governments to ratify C190 before the Convention's seventh anniversary next June", required=False)
R(d, ILCONF, ADOPTED, C190, "2019-06-21", "C190 was adopted by the International Labour Conference on 21 June 2019")
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay was the first country to ratify it, in June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06", "followed by Fiji in the same month")
# Entry into force (25 June 2021): nothing.
QEU5 = "Italy (2021), Greece (2021), Spain (2022), the United Kingdom (2022) and Germany (2023) all ratified within three years"
for state, year in [("Italy", "2021"), ("Greece", "2021"), ("Spain", "2022"), ("United Kingdom", "2022"), ("Germany", "2023")]:
    R(d, state, RATIFIED, C190, year, QEU5)
R(d, "United States", NOTRATIFIED, C190, None, "The United States has not ratified C190.", negated=True)
# "ILO conventions are not signed": no signature records; the diary table: nothing.

# ===================== 11 (wire, ROME, Feb 28, 2025: resumed CBD COP16, the Global Biodiversity Framework) =====================
d = "11.txt"
D = "2025-02-27"
R(d, CBDCOP, ADOPTED, RESMOB, D, "adopted a strategy for resource mobilization and a roadmap")
R(d, CBDCOP, ADOPTED, PMRR, D, "The COP also adopted a decision on planning, monitoring, reporting and review")
R(d, CBDCOP15, ADOPTED, GBF, "2022-12", "The framework, adopted by the fifteenth Conference of the Parties in Montreal in December 2022")
# The COP16 presidency (Colombia), the EU's and Brazil's comments on "the outcome", the Executive Secretary's urging to submit
# national plans, the Cali Fund and the pledges to the GBF Fund (institutions, money): nothing.
R(d, "United States", NOTBOUND, CBD, None, "The United States, which is not a party to the Convention on Biological Diversity", negated=True)
R(d, WIPODC, ADOPTED, GRATK, "2024-05",
  "adopted by a diplomatic conference of the World Intellectual Property Organization in Geneva in May 2024", required=False)
R(d, "Colombia", "signed", GRATK, "2024-05-24", "Colombia, which signed the WIPO treaty in Geneva on 24 May 2024")
R(d, "Colombia", NOTRATIFIED, GRATK, None, "said it would ratify it this year", negated=True)
R(d, "Malawi", RATIFIED, GRATK, "2025-01", "Malawi became the first country to ratify it, in January.")
R(d, "European Union", PARTY, NAGOYA, "2014", "The European Union, a party to the Nagoya Protocol since 2014")
R(d, "India", PARTY, NAGOYA, "2014", "India, a party since the Protocol's entry into force in 2014")
R(d, "India", "called-for", NAGOYA, D, "called on all parties to the Convention that have not yet done so to ratify the Nagoya Protocol")
# Armenia as host of COP17: nothing.

# ===================== 12 (explainer, Tuesday 28 October 2025: UN Convention against Cybercrime) =====================
d = "12.txt"
# "Seventy-two States signed": unnamed; Viet Nam as host is not an act.
R(d, "Viet Nam", "signed", CYBER, "2025-10-25", "President Luong Cuong signed first, on Saturday morning")
R(d, "Viet Nam", NOTRATIFIED, CYBER, None, "Viet Nam has since said it intends to ratify \"as early as possible\"", negated=True)
R(d, UNSG, "called-for", CYBER, "2025-10-25", "The UN Secretary-General attended on the first day and urged every country to sign and ratify.")
# Russia's 2017 proposal: nothing.
R(d, GA, "adopted", RES74247, "2019", "The General Assembly set up an ad hoc committee in 2019 by resolution 74/247")
R(d, "United States", "supported", RES74247, "2019", "a resolution the United States and most European countries voted against", negated=True)
R(d, AHC, ADOPTED, CYBERAHC, "2024-08", "the committee agreed a text in August 2024", required=False)
R(d, GA, "adopted", CYBER, "2024-12-24", "the General Assembly adopted the convention on 24 December 2024 without a vote")
QSIG = ("The list of signatories includes China, the Russian Federation, Brazil's neighbours Argentina and Uruguay, the European Union and many "
        "of its member states, the United Kingdom, Australia, South Africa and Nigeria.")
RL(d, ["China", "Russian Federation", "Argentina", "Uruguay", "European Union", "United Kingdom", "Australia", "South Africa", "Nigeria"],
   "signed", CYBER, "2025-10", QSIG)
R(d, "Canada", "signed", CYBER, "2025-10-26", "Canada signed on Sunday, the second day.")
R(d, "United States", "signed", CYBER, None, "The United States did not sign", negated=True)
R(d, "India", "signed", CYBER, None, "India did not sign either.", negated=True)
R(d, "Brazil", "signed", CYBER, None, "Brazil, which had been expected to sign, did not", negated=True)
R(d, "Switzerland", "signed", CYBER, None, "Switzerland said it would not sign for now", negated=True)
# Entry into force, the depositary and "No State has ratified it yet": nothing.
QPC = "The Philippines and Cambodia, both signatories, have said they will ratify in 2026."
RL(d, ["Philippines", "Cambodia"], "signed", CYBER, None, QPC)
RL(d, ["Philippines", "Cambodia"], NOTRATIFIED, CYBER, None, QPC, negated=True)
QBU = "The United States ratified it in 2006 and Japan in 2012."
R(d, "United States", RATIFIED, BUDAPEST, "2006", QBU)
R(d, "Japan", RATIFIED, BUDAPEST, "2012", QBU)
R(d, "Brazil", ACCEDED, BUDAPEST, "2022", "Brazil acceded to it in 2022.")
R(d, "Russian Federation", NOTBOUND, BUDAPEST, None, "The Russian Federation never joined it", negated=True)
# Critics' calls not to ratify: no call to join. UNODC convening the Conference of the States Parties: nothing.

# ===================== 13 (government thread, Chile, Saturday 17 January 2026: BBNJ) =====================
d = "13.txt"
D = "2026-01-17"
# Entry into force "Today": nothing.
R(d, "Chile", RATIFIED, BBNJ, "2024-01-22", "Chile was among the first two countries in the world to ratify the BBNJ Agreement, on 22 January 2024")
R(d, "Chile", "signed", BBNJ, "2023-09-20", "Chile signed the Agreement on 20 September 2023")
# The Valparaíso candidacy and the Pacific Alliance's support for it: nothing.
R(d, "Chile", "called-for", BBNJ, D, "We call on all States that have not yet done so to ratify the Agreement")
R(d, "Chile", PARTY, UNCLOS, "1997", "Chile has been a party to the United Nations Convention on the Law of the Sea since 1997")
R(d, "Chile", RATIFIED, ESCAZU, "2022", "in 2022 we ratified the Escazú Agreement")
QPE = "Peru, although it is not a party to UNCLOS, signed the BBNJ Agreement"
R(d, "Peru", "signed", BBNJ, None, QPE)
R(d, "Peru", NOTBOUND, UNCLOS, None, QPE, negated=True)
# The Voluntary Trust Fund: nothing.
R(d, "Belgium", RATIFIED, BBNJ, "2025", "Belgium ratified the BBNJ Agreement in 2025")
R(d, UNSG, "called-for", BBNJ, D, "I urge all countries to join it.")
R(d, "Chile", NOTRATIFIED, C188, None, "No decision has been taken on its ratification.", negated=True, alt=["Chile still hasn't."])

# ===================== 14 (UN News-style web page, HTML, 20 May 2025: WHO Pandemic Agreement) =====================
d = "14.html"
D = "2025-05-20"
V = "2025-05-19"
R(d, WHA, ADOPTED, PA, D, "The Seventy-eighth World Health Assembly, meeting in Geneva, adopted the Agreement by consensus at its plenary session",
  alt=["Member States of the World Health Organization (WHO) on Tuesday formally adopted the world's first Pandemic Agreement"])
R(d, COMMA, APPROVED, PA, V, "which approved the text by 124 votes in favour, none against, and 11 abstentions")
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"], "supported", PA, V,
   "Among the countries that abstained were Poland, Israel, Italy, the Russian Federation, Slovakia and Iran.", negated=True)
R(d, WHODG, "welcomed", PA, D, "who welcomed the Agreement as \"a victory for public health, science and multilateral action\"")
# The INB's co-chairs (South Africa, France), the PABS annex, the 60 ratifications: nothing.
R(d, "South Africa", "signed", PA, None, "his country would sign the Agreement \"on the very first day\"", negated=True)
# Brazil's work on the annex, the United States' absence from the negotiations and the Assembly's President (the Philippines): nothing.
R(d, WHA77, ADOPTED, IHRAM, "2024-06-01", "Amendments to the Regulations, adopted by the Seventy-seventh World Health Assembly on 1 June 2024")

# ===================== 15 (newsletter, Friday 12 December 2025: several instruments) =====================
d = "15.txt"
R(d, "Republic of Korea", RATIFIED, BBNJ, "2025-12-08", "The Republic of Korea deposited its instrument of ratification on Monday (8 December)")
R(d, "Tonga", ACCEDED, BBNJ, "2025-12-10", "Tonga acceded on Wednesday (10 December)")
R(d, "Tonga", "signed", BBNJ, None, "Tonga had not signed the Agreement before it closed for signature in September", negated=True)
# The correction: Kenya has not ratified.
R(d, "Kenya", "signed", BBNJ, "2024", "Kenya signed the Agreement in 2024")
R(d, "Kenya", NOTRATIFIED, BBNJ, None, "the ratification is still before Parliament", negated=True, alt=["It has not."])
QAI = ("Since Vilnius the Convention has been signed by Japan (11 February), Switzerland (27 March), Liechtenstein and Montenegro (both in May) "
       "and Uruguay (September).")
for state, date in [("Japan", "2025-02-11"), ("Switzerland", "2025-03-27"), ("Liechtenstein", "2025-05"), ("Montenegro", "2025-05"), ("Uruguay", "2025-09")]:
    R(d, state, "signed", AIC, date, QAI)
R(d, "United Kingdom", NOTRATIFIED, AIC, None, "The United Kingdom says it will ratify once its AI bill has passed through Parliament", negated=True)
R(d, "Norway", NOTRATIFIED, AIC, None, "Norway expects to ratify in the first half of 2026.", negated=True)
R(d, "Iraq", ACCEPTED, KIGALI, "2025-12-03", "Iraq deposited its instrument of acceptance of the Kigali Amendment to the Montreal Protocol on 3 December")
R(d, "Turkmenistan", ACCEPTED, KIGALI, None, "That leaves Turkmenistan as the only Central Asian State that has not accepted the amendment.", negated=True)
RL(d, ["Libya", "Yemen"], ACCEPTED, KIGALI, None, "Libya and Yemen are also still outside.", negated=True)
R(d, "Netherlands", ACCEPTED, LJ, "2025-12-01", "The Netherlands deposited its instrument of acceptance of the Ljubljana-The Hague Convention on 1 December")
R(d, "Belgium", RATIFIED, LJ, "2025-10", "Belgium ratified it in October")
R(d, "Slovenia", RATIFIED, LJ, None, "With Slovenia, that makes three.")
# Sri Lanka's cabinet approval is domestic.
R(d, "Sri Lanka", NOTRATIFIED, TPNW, None, "The instrument has yet to be deposited", negated=True)
R(d, "Sri Lanka", "signed", TPNW, None, "less than three months after the country signed it in New York")
# The National Assembly's approval is domestic; the deposit is still to come.
R(d, "Viet Nam", NOTRATIFIED, CYBER, None, "the Government says the instrument will be deposited only in the new year", negated=True)
R(d, "Pakistan", "signed", CYBER, None, "Pakistan, which did not sign in Hanoi, told us it will sign at UN Headquarters in January.", negated=True)
R(d, "Zambia", RATIFIED, C190, "2025-11-20",
  "Zambia registered its ratification of the ILO Violence and Harassment Convention, 2019 (No. 190) with the ILO on 20 November.")
R(d, "Rwanda", "signed", PA, None, "Rwanda will sign the WHO Pandemic Agreement on the first day it is open for signature", negated=True)
R(d, "European Union", COMMITTED, GBF, "2025-12-09", "The European Union \"remains committed to the Kunming-Montreal Global Biodiversity Framework\"")
# The Sixth Committee not taking up the convention and Armenia's COP17 dates: nothing.

# ===================== 16 (live blog, Wednesday 24 September 2025: UN Treaty Event) =====================
d = "16.txt"
D = "2025-09-24"
# The 17:15 count: nothing. The 16:40 correction: Madagascar's instrument was for BBNJ, not the TPNW.
R(d, "Madagascar", RATIFIED, BBNJ, D, "Madagascar deposited its instrument of ratification of the BBNJ Agreement this morning.")
QMG = "Its TPNW ratification, which follows its signature of that treaty in 2017, is still pending"
R(d, "Madagascar", NOTRATIFIED, TPNW, None, QMG, negated=True)
R(d, "Madagascar", "signed", TPNW, "2017", QMG)
R(d, "Kiribati", ACCEDED, BBNJ, D, "Kiribati has acceded to the BBNJ Agreement.")
R(d, UNLC, "called-for", BBNJ, D, "she urged all Member States to deposit their instruments for the BBNJ Agreement")
R(d, "Costa Rica", RATIFIED, BBNJ, D, "Costa Rica deposits its instrument of ratification of the BBNJ Agreement.")
# Costa Rica as co-host in Nice and as a voice in Escazú's negotiations: nothing.
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "It has still not ratified Escazú", negated=True)
RL(d, ["Morocco", "Sierra Leone"], RATIFIED, BBNJ, "2025-09-19", "when Morocco and Sierra Leone deposited theirs")
# Entry into force and the depositary: nothing.
R(d, "Ghana", NOTRATIFIED, TPNW, None, "it will deposit its TPNW instrument tomorrow", negated=True)
R(d, "Angola", ACCEPTED, KIGALI, D, "Angola deposits its instrument of acceptance of the Kigali Amendment to the Montreal Protocol.")
R(d, "India", "signed", BBNJ, "2024", "India signed the BBNJ Agreement last year")
R(d, "India", NOTRATIFIED, BBNJ, None, "ratification is \"under active consideration\"", negated=True)
RL(d, ["Fiji", "Samoa"], RATIFIED, BBNJ, D, "Fiji and Samoa deposit their instruments of ratification of the BBNJ Agreement")
R(d, "Fiji", "called-for", BBNJ, D, "calls on \"every ocean nation, large and small\" to ratify the treaty")
R(d, "Palau", ACCEPTED, KAMPALA, "2025-09-23",
  "Palau deposited its instrument of acceptance of the amendments to the Rome Statute on the crime of aggression")
R(d, "Slovenia", "signed", JSS, "2025-09-23",
  "Slovenia signed the United Nations Convention on the International Effects of Judicial Sales of Ships")

gold.finish(MIN_CHARS, MAX_CHARS)
