#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (04.md, 11.md, 06.html, 13.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote spans HTML mark-up, Markdown emphasis or an
HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: the European Union's treaty practice (2015-2026): Council decisions on signing and conclusion, Official Journal
notices, European Parliament press releases and minutes, Commission press releases and Q&A, EU statements at the UN and the
WHO, a Council ratification-status table of a mixed agreement, national governments' notes on ratifying mixed agreements.
Conventions used throughout:
- "the Union", "the EU", "the European Union and its Member States" and "we" in an EU statement resolve to the European Union;
  "the EU Member States" / "all Member States" / "the remaining Member States" as an unnamed group give nothing.
- A Council decision authorising signature, or authorising Member States to ratify, gives nothing itself; the signature
  gives the record. The Council's adoption of its own decisions is at most required=False.
- European Parliament consent, national parliaments' approval, Bills and Acts are domestic steps: nothing.
- Provisional application, entry into force, depositaries, venues, hosts and negotiating participation: nothing.
- Notification of the completion of internal procedures, approval, acceptance and conclusion by the Union count as
  consent to be bound (ratified / party). "Has not yet concluded" is a negated binding record.
- Planned, intended, expected, "will sign" and withdrawals are negated records without a date; votes against and
  abstentions keep their date.
- Calls on others to sign, ratify, accede or accept are the caller's called-for, dated by the document.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Czechia", "Netherlands", "Republic of Moldova", "Türkiye",
          "Cabo Verde", "Russian Federation", "Iran", "Philippines", "Gambia", "Mexico", "Germany", "Chile", "China",
          "Kazakhstan", "Fiji", "Ghana", "Kenya", "Rwanda", "Papua New Guinea", "Samoa", "Bangladesh", "Bolivia",
          "Burundi"),
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Ireland": ["Ireland"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "New Zealand": ["New Zealand"],
    "Seychelles": ["Seychelles", "the Seychelles"],
    "North Macedonia": ["North Macedonia"],
    "Euratom": ["Euratom", "European Atomic Energy Community"],
}
EU = ALT["European Union"] + ["EU and its Member States", "European Union and its Member States", "the Union"]
COM = ["European Commission", "Commission"]
EP = ["European Parliament", "Parliament"]
CNL = ["Council of the European Union", "Council of the EU", "Council"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Council Decision (EU) 2021/1854 on signing + provisional application, EU-Cabo Verde SFPA, 18 October 2021) =====================
# Traps: Article 1 authorises signature (nothing; the signature itself is in footnote 2, 3 November 2021), provisional
# application (Art. 3), the Council as depositary, the 14 June 2021 negotiating mandate and the initialling: nothing.
# Recital (5)'s "should continue to call" is hedged (required=False).
d = "01.txt"
D = "2021-10-18"
SFPA = ("Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Cabo Verde",
        ["EU-Cabo Verde Sustainable Fisheries Partnership Agreement", "Sustainable Fisheries Partnership Agreement", "SFPA"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
UNFSA = ("UN Fish Stocks Agreement", ["Agreement for the Implementation of the Provisions of UNCLOS relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks", "UNFSA", "Fish Stocks Agreement"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["PSMA", "Port State Measures Agreement"])
ICCAT = ("International Convention for the Conservation of Atlantic Tunas", ["ICCAT"])
QU = "The Union is a party to the United Nations Convention on the Law of the Sea of 10 December 1982 (UNCLOS) and to the Agreement for the Implementation of the Provisions of UNCLOS"
R(d, EU, PARTY, UNCLOS, None, QU)
R(d, EU, PARTY, UNFSA, None, QU)
R(d, "Cabo Verde", RATIFIED, UNCLOS, "1987", "Cabo Verde ratified UNCLOS in 1987")
R(d, "Cabo Verde", NOTBOUND, UNFSA, None, "but has not yet become a party to the UN Fish Stocks Agreement", negated=True)
R(d, EU, ACCEPTED, PSMA, "2011-03-14", "By Council Decision 2011/189/EU(1), the Union approved the Agreement on Port State Measures")
R(d, "Cabo Verde", ACCEDED, PSMA, "2019-03-21", "Cabo Verde acceded to the PSMA on 21 March 2019")
RL(d, [EU, "Cabo Verde"], COMMITTED, PSMA, None, "both Parties are committed to applying its provisions in the ports of Praia and Mindelo", required=False)
RL(d, [EU, "Cabo Verde"], PARTY, ICCAT, None, "The Union and Cabo Verde are both contracting parties to the International Convention for the Conservation of Atlantic Tunas")
R(d, EU, "called-for", PSMA, D, "The Union should continue to call on all coastal States of the region that have not yet done so to accede to the PSMA", required=False)
R(d, EU, "signed", SFPA, "2021-11-03", "The Agreement was signed on behalf of the Union in Brussels on 3 November 2021")
R(d, "Cabo Verde", "signed", SFPA, "2021-11-03", "Cabo Verde signed it on the same day through its Minister of the Sea")

# ===================== 02 (Council Decision (EU) 2023/1076 on conclusion of the Istanbul Convention, 1 June 2023) =====================
# Traps: "ratified by 21 Member States" (unnamed); EP consent (footnote 1) is domestic; Ireland "bound by this Decision" and
# Denmark "not taking part" concern the Decision, not the Convention; Article 2's designation and entry into force for the
# Union on 1 October 2023: nothing. The Union's consent: Article 1 approval, expressed by the deposit on 28 June 2023.
d = "02.txt"
D = "2023-06-01"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
       ["Istanbul Convention", "the Convention"])
R(d, EU, "signed", IST, "2017-06-13", "was signed on behalf of the Union on 13 June 2017, subject to its conclusion at a later date")
R(d, ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"], ADOPTED, IST, "2011-04-07",
  "The Convention was adopted by the Committee of Ministers of the Council of Europe on 7 April 2011")
QBG = "Bulgaria, Czechia, Hungary, Lithuania and Slovakia have signed but not ratified the Convention"
RL(d, ["Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"], "signed", IST, None, QBG)
RL(d, ["Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None, QBG, negated=True)
R(d, "Türkiye", NOTBOUND, IST, None, "the Republic of Turkey notified its withdrawal from the Convention", negated=True)
R(d, EP, "called-for", IST, "2023-02-15", "called on the Council to swiftly conclude the EU's accession to the Convention",
  alt=["urged the remaining Member States to ratify it without delay"])
R(d, "Denmark", RATIFIED, IST, "2014", "Denmark nevertheless ratified the Convention in its own right in 2014")
R(d, EU, ACCEPTED, IST, "2023-06-28", "The instrument of approval was deposited with the Secretary General of the Council of Europe on 28 June 2023",
  alt=["is hereby approved on behalf of the Union with regard to institutions and public administration of the Union"])

# ===================== 03 (Official Journal notices, 5 June 2024) =====================
# Traps: entry into force of the EU-NZ FTA (1 May 2024); Samoa Agreement's provisional application and "44 members" (unnamed);
# Nigeria "had not signed ... in Apia" is superseded by its signature (not recorded); Germany as CMS depositary and
# Uzbekistan as host: nothing (Uzbekistan's party status is recorded); the Council "decided ... to authorise the signing":
# nothing; Chile's National Congress approval: domestic.
d = "03.txt"
NZFTA = ("Free Trade Agreement between the European Union and New Zealand", ["EU-New Zealand Free Trade Agreement", "EU-NZ FTA"])
SAMOA = ("Samoa Agreement", ["Partnership Agreement between the European Union and its Member States and the Members of the Organisation of African, Caribbean and Pacific States", "OACPS Partnership Agreement"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Bonn Convention"])
CMSAM = ("Amendments to Appendices I and II to the Convention on the Conservation of Migratory Species of Wild Animals (COP14)", ["amendments to Appendix I and II", "CMS Appendices amendments"])
FRX = ("Agreement between the European Union and the Republic of Chile on the status of the European Border and Coast Guard Agency operational activities",
       ["EU-Chile status agreement", "Frontex status agreement with Chile"])
AFA = ("Advanced Framework Agreement between the European Union and its Member States and the Republic of Chile", ["Advanced Framework Agreement", "AFA", "EU-Chile Advanced Framework Agreement"])
RL(d, [EU, "New Zealand"], "signed", NZFTA, "2023-07-09", "signed in Brussels on 9 July 2023")
R(d, EU, ACCEPTED, NZFTA, "2024-03-27", "The Union notified New Zealand of the completion of its internal procedures on 27 March 2024")
R(d, "New Zealand", RATIFIED, NZFTA, "2024-03-27", "New Zealand notified the Union on the same day that it had completed its applicable legal requirements and procedures")
R(d, EU, "signed", SAMOA, "2023-11-15", "The Samoa Agreement was signed on behalf of the Union and its Member States in Apia on 15 November 2023")
RL(d, ["Barbados", "Fiji", "Ghana", "Jamaica", "Kenya", "Namibia", "Papua New Guinea", "Rwanda", "Samoa", "Senegal", "Trinidad and Tobago", "Zambia"],
   "signed", SAMOA, "2023-11-15", "including Barbados, Fiji, Ghana, Jamaica, Kenya, Namibia, Papua New Guinea, Rwanda, Samoa, Senegal, Trinidad and Tobago and Zambia")
R(d, "Nigeria", "signed", SAMOA, "2024-06-28", "signed it in Brussels on 28 June 2024")
R(d, "Timor-Leste", "signed", SAMOA, None, "Timor-Leste has announced that it will sign the Agreement", negated=True)
R(d, "Suriname", "signed", SAMOA, None, "Suriname has yet to decide on signature", negated=True)
R(d, EU, ACCEPTED, CMSAM, "2024-05-22", "The European Union deposited its instrument of acceptance of the amendments to Appendix I and II")
R(d, ["Conference of the Parties to the CMS", "Conference of the Parties"], ADOPTED, CMSAM, "2024-02", "adopted at the fourteenth meeting of the Conference of the Parties", required=False)
R(d, EU, PARTY, CMS, "1983-11-01", "The Union has been a party to the Convention on the Conservation of Migratory Species of Wild Animals (CMS) since 1 November 1983")
R(d, "Uzbekistan", PARTY, CMS, "1998", "has been a Party to the CMS since 1998")
RL(d, [EU, "Chile"], "signed", FRX, None, "The Agreement has not yet been signed", negated=True,
   alt=["The Union and the Republic of Chile intend to sign the Agreement in Santiago"])
R(d, "Chile", RATIFIED, AFA, "2024-01-31", "Chile ratified the Advanced Framework Agreement with the Union on 31 January 2024")
R(d, EU, NOTBOUND, AFA, None, "the Union has not yet concluded that Agreement", negated=True)

# ===================== 04.md (EP press release, plenary votes, 22 November 2023) =====================
# Traps: Parliament's consent (three times) is a domestic step; MEPs' votes and the table's vote counts are not States';
# "welcomes New Zealand's ratification" of unnamed "core conventions" (required=False for NZ, nothing for EP); the Council's
# authorisation of Member States; the rapporteur's call (a person, not recorded); "opened for signature in 2018".
d = "04.md"
D = "2023-11-22"
C138 = ("ILO Convention No. 138 on the minimum age", ["Minimum Age Convention", "C138", "Convention No. 138"])
ITA = ("Interim Trade Agreement between the European Union and the Republic of Chile", ["EU-Chile Interim Trade Agreement", "Interim Trade Agreement", "ITA"])
P223 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (CETS No. 223)",
        ["CETS No. 223", "Convention 108+", "Protocol CETS No. 223", "amending protocol to Convention 108"])
RL(d, [EU, "New Zealand"], "signed", NZFTA, "2023-07-09", "signed in Brussels on 9 July 2023 by Executive Vice-President Valdis Dombrovskis for the EU and Trade Minister Damien O'Connor for New Zealand")
R(d, EU, NOTRATIFIED, NZFTA, None, "The deal now needs to be concluded by the Council before it can enter into force", negated=True, required=False)
R(d, EP, "adopted", ("European Parliament resolution accompanying the consent to the EU-New Zealand FTA", ["non-legislative resolution accompanying the consent", "accompanying resolution"]),
  D, "The Parliament also adopted, by 480 votes to 112 with 35 abstentions, a non-legislative resolution accompanying the consent", required=False)
R(d, "New Zealand", RATIFIED, ("ILO core conventions", ["International Labour Organization's core conventions", "fundamental ILO conventions"]), None,
  "New Zealand's ratification of the International Labour Organization's core conventions", required=False)
R(d, EP, "called-for", C138, D, "calls on New Zealand to ratify ILO Convention No. 138 on the minimum age")
R(d, "New Zealand", NOTRATIFIED, C138, None, "calls on New Zealand to ratify ILO Convention No. 138 on the minimum age", negated=True, required=False)
RL(d, [EU, "Chile"], "signed", ITA, None, "will be signed at the EU-Chile ministerial meeting in Brussels next month", negated=True)
RL(d, [EU, "Chile"], "signed", AFA, None, "together with the Advanced Framework Agreement (AFA)", negated=True, required=False)
R(d, EP, "called-for", AFA, D, "calls on the Member States to ratify the Advanced Framework Agreement without undue delay")
R(d, EU, NOTBOUND, P223, None, "As the EU cannot itself become a party", negated=True, required=False)
RL(d, ["Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Estonia", "Finland", "Germany", "Lithuania", "Poland"], RATIFIED, P223, None,
   "Austria, Belgium, Bulgaria, Croatia, Cyprus, Estonia, Finland, Germany, Lithuania and Poland have ratified it")
QDK = "Denmark, Greece and Slovenia have signed it but not yet ratified"
RL(d, ["Denmark", "Greece", "Slovenia"], "signed", P223, None, QDK)
RL(d, ["Denmark", "Greece", "Slovenia"], NOTRATIFIED, P223, None, QDK, negated=True)
R(d, "Ireland", "signed", P223, "2018", "Ireland signed the Protocol in 2018")
R(d, "Ireland", NOTRATIFIED, P223, None, "has yet to ratify it", negated=True)

# ===================== 05 (Commission press release, BBNJ signature, New York, 20 September 2023) =====================
# Traps: "Other Member States are expected to sign" and "All EU Member States are also parties to UNCLOS" (unnamed); entry into
# force and the UN Secretary-General as depositary; EP consent; "committed EUR 40 million" (funding, not an instrument);
# "No ratification has yet been deposited" (unnamed).
d = "05.txt"
D = "2023-09-20"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ"])
KMGBF = ("Kunming-Montreal Global Biodiversity Framework", ["KMGBF", "Global Biodiversity Framework"])
R(d, EU, "signed", BBNJ, D, "Today, the European Union signed the Agreement under the United Nations Convention on the Law of the Sea",
  alt=["Commissioner for Environment, Oceans and Fisheries Virginijus Sinkevičius signed the Agreement on behalf of the EU"])
MS16 = ["Austria", "Belgium", "Cyprus", "Denmark", "Estonia", "Finland", "France", "Germany", "Ireland", "Italy", "Luxembourg", "Malta", "Portugal", "Slovenia", "Spain", "Sweden"]
RL(d, MS16, "signed", BBNJ, D, "Sixteen EU Member States also signed the Agreement today: Austria, Belgium, Cyprus, Denmark, Estonia, Finland, France, Germany, Ireland, Italy, Luxembourg, Malta, Portugal, Slovenia, Spain and Sweden")
R(d, COM + EU, "called-for", BBNJ, D, "I call on all countries to sign and ratify the Treaty swiftly")
R(d, ["Intergovernmental Conference on BBNJ", "Intergovernmental Conference"], ADOPTED, BBNJ, "2023-06-19", "which was adopted by consensus by the Intergovernmental Conference on 19 June 2023")
RL(d, ["United States", "Chile", "Palau", "Bangladesh"], "signed", BBNJ, None, "The United States, Chile, Palau and Bangladesh were among the first non-EU countries to sign")
R(d, EU, NOTRATIFIED, BBNJ, None, "so that the EU can ratify it in 2024 together with its Member States", negated=True)
R(d, EU, PARTY, UNCLOS, "1998", "The EU has been a party to the UN Convention on the Law of the Sea (UNCLOS) since 1998")
R(d, EU, PARTY, UNFSA, "2003", "and to the UN Fish Stocks Agreement since 2003")
R(d, EU, ENDORSED, KMGBF, "2022-12", "which the EU and its Member States endorsed at COP15 in Montreal last December")
R(d, EU, "supported", KMGBF, None, "The EU also supported the adoption of the Framework", required=False)
R(d, EU, "committed", KMGBF, None, "has committed to implementing it within the Union", required=False)
R(d, "Palau", NOTRATIFIED, BBNJ, None, "Palau has announced that it intends to ratify the Agreement before the end of the year", negated=True)

# ===================== 06.html (EEAS, EU statement, UNGA Sixth Committee, New York, 9 October 2023) =====================
# Traps: the aligning countries (alignment with a statement is nothing); "All EU Member States are parties" (unnamed);
# "We welcome Ukraine's acceptance of the jurisdiction" (a welcome, and an Article 12(3) declaration); "adopted on 26 May
# 2023" (no actor); "the EU Member States again co-sponsored" (unnamed). The EU cannot accede to the Rome Statute.
d = "06.html"
D = "2023-10-09"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "the Statute"])
DACAH = ("draft articles on Prevention and Punishment of Crimes Against Humanity", ["ILC draft articles on crimes against humanity", "draft articles"])
CAHCONV = ("convention on crimes against humanity", ["crimes against humanity convention"])
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
        ["Ljubljana-The Hague Convention", "MLA Convention"])
RESCAH = ("resolution on crimes against humanity", ["General Assembly resolution on crimes against humanity"])
ICCEU = ("Agreement between the International Criminal Court and the European Union on cooperation and assistance", ["ICC-EU Agreement", "ICC-EU cooperation agreement"])
R(d, EU, "supported", DACAH, None, "The EU and its Member States reiterate their strong support for the draft articles on Prevention and Punishment of Crimes Against Humanity", required=False)
R(d, ["International Law Commission", "ILC"], ADOPTED, DACAH, "2019", "adopted by the International Law Commission in 2019")
R(d, EU, "called-for", CAHCONV, D, "We call on all States to support the elaboration of a convention on the basis of these draft articles", required=False)
R(d, EU, "called-for", ROME, D, "the EU has consistently called on all States that have not yet done so to ratify or accede to the Rome Statute",
  alt=["we encourage Ukraine to ratify the Rome Statute promptly"])
RL(d, ["Burundi", "Philippines"], NOTBOUND, ROME, None, "Burundi and the Philippines have withdrawn from the Statute", negated=True)
R(d, "Ukraine", NOTRATIFIED, ROME, None, "we encourage Ukraine to ratify the Rome Statute promptly", negated=True, required=False)
RL(d, ["Belgium", "Netherlands", "Slovenia", "Argentina"], "signed", LJHC, None, "Belgium, the Netherlands, Slovenia and Argentina were among the first States to sign it")
R(d, EU, "called-for", LJHC, D, "we encourage all States to sign and ratify the Convention")
RL(d, ["Germany", "Croatia", "Spain"], "co-sponsored", RESCAH, None, "Germany, Croatia and Spain were among its principal sponsors")
RL(d, ["Mexico", "Gambia"], "co-sponsored", RESCAH, None, "the resolution on crimes against humanity introduced by Mexico and The Gambia", required=False)
R(d, "Hungary", "co-sponsored", RESCAH, None, "Hungary did not co-sponsor it this year", negated=True)
R(d, EU, NOTBOUND, ROME, None, "it has not itself acceded to the Rome Statute", negated=True)
R(d, EU, PARTY, ICCEU, None, "it has however concluded the Agreement between the International Criminal Court and the European Union on cooperation and assistance")
R(d, EU, "signed", ICCEU, "2006-04-10", "which it signed on 10 April 2006")

# ===================== 07 (Council treaties database, EU-Chile AFA status table, 15 September 2025) =====================
# Traps: the "Parliamentary approval" column (domestic; Bulgaria and Portugal have approved but not notified); EP consent in
# the EU row; "Depositary"; the entry-into-force note; the ITA's entry into force. Rows with "-" under "Notification" give no
# negated record on their own (only the states the text names as not having ratified).
d = "07.txt"
ROWS = {"Austria": "2023-12-13", "Belgium": "2023-12-13", "Bulgaria": "2023-12-13", "Croatia": "2023-12-13", "Cyprus": "2023-12-13",
        "Czechia": "2023-12-13", "Denmark": "2023-12-13", "Estonia": "2023-12-13", "Finland": "2023-12-13", "France": "2023-12-13",
        "Germany": "2023-12-13", "Greece": "2023-12-13", "Hungary": "2023-12-13", "Ireland": "2023-12-13", "Italy": "2023-12-13",
        "Latvia": "2023-12-13", "Lithuania": "2023-12-13", "Luxembourg": "2023-12-13", "Malta": "2023-12-13", "Netherlands": "2023-12-13",
        "Portugal": "2023-12-13", "Romania": "2023-12-13", "Slovakia": "2023-12-13", "Slovenia": "2023-12-13",
        "Spain": "2023-12-13", "Sweden": "2023-12-13", "Chile": "2023-12-13"}
for a, dt in ROWS.items():
    R(d, a, "signed", AFA, dt, f"{a} 13.12.2023")
R(d, EU, "signed", AFA, "2023-12-13", "European Union 13.12.2023")
R(d, "Poland", "signed", AFA, "2024-01-17", "Poland signed the Agreement one month after the other signatories, on 17 January 2024", alt=["Poland 17.01.2024"])
R(d, "Poland", NOTRATIFIED, AFA, None, "and has not yet ratified it", negated=True)
QN = "Notifications received: Chile, Croatia, Czechia, Denmark, Estonia, Latvia and Spain have deposited their instruments"
for a, row, dt in [("Croatia", "Croatia 13.12.2023 12.07.2024 06.09.2024", "2024-09-06"), ("Czechia", "Czechia 13.12.2023 24.01.2025 03.03.2025", "2025-03-03"),
                   ("Denmark", "Denmark 13.12.2023 22.05.2024 19.06.2024", "2024-06-19"), ("Estonia", "Estonia 13.12.2023 10.04.2024 02.05.2024", "2024-05-02"),
                   ("Latvia", "Latvia 13.12.2023 17.10.2024 05.11.2024", "2024-11-05"), ("Spain", "Spain 13.12.2023 04.06.2025 25.07.2025", "2025-07-25"),
                   ("Chile", "Chile 13.12.2023 22.01.2024 31.01.2024", "2024-01-31")]:
    R(d, a, RATIFIED, AFA, dt, row, alt=[QN])
RL(d, ["Bulgaria", "Portugal"], NOTRATIFIED, AFA, None, "Bulgaria and Portugal have completed parliamentary approval but have not notified the depositary", negated=True)
R(d, EU, NOTBOUND, AFA, None, "The Union has not yet concluded the Agreement.", negated=True)
R(d, "Ireland", NOTRATIFIED, AFA, None, "it intends to ratify the Agreement once the Dáil Éireann has approved it", negated=True)
R(d, EU, ACCEPTED, ITA, "2024-06-27", "concluded by the Union alone by Council Decision (EU) 2024/1829 of 27 June 2024")
R(d, "Chile", RATIFIED, ITA, "2024-01-31", "which Chile ratified on 31 January 2024 as well")

# ===================== 08 (Netherlands, explanatory memorandum, EU-Kazakhstan EPCA, The Hague, 14 October 2016) =====================
# Traps: the 1995 PCA it replaces; Article 91 approval by the States General (domestic); "by 1 October 2016" is not the action
# date; Belgium's regional parliaments (domestic); provisional application; the Netherlands hosting the Court; Aruba, Curaçao
# and Sint Maarten's territorial choice; the Cooperation Council.
d = "08.txt"
D = "2016-10-14"
EPCA = ("Enhanced Partnership and Cooperation Agreement between the European Union and its Member States and the Republic of Kazakhstan",
        ["EPCA", "EU-Kazakhstan Enhanced Partnership and Cooperation Agreement", "Enhanced Partnership and Cooperation Agreement"])
WTO = ("Marrakesh Agreement establishing the World Trade Organization", ["World Trade Organization", "WTO", "WTO Agreement"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
QS = "On 21 December 2015 the Enhanced Partnership and Cooperation Agreement (EPCA) between the European Union and its Member States and the Republic of Kazakhstan was signed in Astana"
R(d, "Netherlands", "signed", EPCA, "2015-12-21", "The Agreement was signed for the Kingdom of the Netherlands by the Ambassador in Astana", alt=[QS])
R(d, EU, "signed", EPCA, "2015-12-21", "for the Union by the High Representative, Ms F. Mogherini, and Commissioner for Trade C. Malmström", alt=[QS])
R(d, "Kazakhstan", "signed", EPCA, "2015-12-21", "Kazakhstan signed through its Minister of Foreign Affairs", alt=[QS])
R(d, "Netherlands", NOTRATIFIED, EPCA, None, "The Government intends to ratify the Agreement for the European part of the Netherlands", negated=True)
R(d, "Kazakhstan", RATIFIED, EPCA, "2016-03-26", "Kazakhstan ratified the Agreement on 26 March 2016")
RL(d, ["Bulgaria", "Czechia", "Estonia", "Latvia", "Lithuania", "Malta", "Poland", "Romania", "Slovakia", "United Kingdom"], RATIFIED, EPCA, None,
   "The following Member States had notified the completion of their ratification procedures by 1 October 2016: Bulgaria, the Czech Republic, Estonia, Latvia, Lithuania, Malta, Poland, Romania, Slovakia and the United Kingdom")
RL(d, ["Belgium", "Germany"], NOTRATIFIED, EPCA, None, "Belgium and Germany have not yet ratified the Agreement", negated=True)
R(d, EU, NOTBOUND, EPCA, None, "The Union has not yet concluded the Agreement.", negated=True)
R(d, "Kazakhstan", ACCEDED, WTO, "2015-11-30", "Kazakhstan acceded to the World Trade Organization on 30 November 2015")
QKP = "Kazakhstan is a party to the International Covenant on Civil and Political Rights and to the Convention against Torture"
R(d, "Kazakhstan", PARTY, ICCPR, None, QKP)
R(d, "Kazakhstan", PARTY, CAT, None, QKP)
R(d, "Kazakhstan", "signed", PARIS, "2016-08-02", "It signed the Paris Agreement on climate change on 2 August 2016")
R(d, "Kazakhstan", NOTRATIFIED, PARIS, None, "but its ratification is still pending before the Mazhilis", negated=True)
QKR = "Kazakhstan is not a party to the Rome Statute and has not signed it"
R(d, "Kazakhstan", NOTBOUND, ROME, None, QKR, negated=True)
R(d, "Kazakhstan", "signed", ROME, None, QKR, negated=True)
R(d, "Netherlands", "called-for", ROME, D, "has repeatedly encouraged Kazakhstan to accede to the Rome Statute")

# ===================== 09 (Council press release, AI Framework Convention signature authorised, 20 August 2024) =====================
# Traps: the authorisation is not the signature (the EU's signature is planned for 5 September: negated); negotiating
# participants (United States, Canada, Japan, Mexico, Israel took part: nothing); member states "will not sign separately"
# (unnamed); "all EU member states are parties" to Convention 108 (unnamed); the Council's authorisation of the amending
# protocol; the AI Act (EU legislation); entry-into-force conditions; the depositary.
d = "09.txt"
D = "2024-08-20"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225", "Framework Convention"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["Convention 108", "CETS No. 108"])
R(d, CNL, "adopted", ("Council decision authorising the signature, on behalf of the European Union, of the Framework Convention on Artificial Intelligence", ["Council decision authorising the signature"]),
  D, "The Council today adopted a decision authorising the signature", required=False)
R(d, EU, "signed", AIC, None, "The Commission will sign on behalf of the Union", negated=True,
  alt=["The signature itself will take place at the informal conference of Council of Europe ministers of justice in Vilnius on 5 September 2024"])
R(d, EU, NOTRATIFIED, AIC, None, "Signing the convention does not yet bind the EU", negated=True)
R(d, ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "The Framework Convention was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom"], "signed", AIC, None,
   "including Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom", negated=True)
RL(d, ["Israel", "United States"], "signed", AIC, None, "Israel and the United States are expected to follow", negated=True)
R(d, "Switzerland", "signed", AIC, None, "Switzerland has said it will not sign at this stage", negated=True)
R(d, EU, NOTBOUND, C108, None, "The EU is not a party to the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", negated=True)
R(d, CNL, "called-for", AIC, D, "The Council calls on all member states of the Council of Europe and all states that took part in the negotiations to sign and ratify the Framework Convention swiftly")

# ===================== 10 (Commission press release, EU ratifies the Paris Agreement, 5 October 2016) =====================
# Traps: EP consent vote and the Council decision (domestic); "the remaining 21 Member States" (unnamed); entry into force;
# CMA1 venue; "the 195 Parties" (the COP is the adopting body, required=False); "all 28 Member States" signed (unnamed);
# the NDC "commits it to a binding target" (not an instrument); the UK's vote to leave the EU.
d = "10.txt"
D = "2016-10-05"
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the UNFCCC"])
R(d, EU, RATIFIED, PARIS, D, "The European Union formally ratified the Paris Agreement today",
  alt=["deposited the instrument on behalf of the Union in the presence of UN Secretary-General Ban Ki-moon"])
RL(d, ["Austria", "France", "Germany", "Hungary", "Malta", "Portugal", "Slovakia"], RATIFIED, PARIS, D,
   "together with those of seven Member States that have completed their national ratification procedures: Austria, France, Germany, Hungary, Malta, Portugal and Slovakia")
R(d, COM, "called-for", PARIS, D, "I call on the remaining Member States to complete their national procedures as soon as possible")
RL(d, ["Belgium", "Italy", "Poland"], NOTRATIFIED, PARIS, None, "Several of them, including Belgium, Italy and Poland, are expected to complete ratification before the end of the year", negated=True)
RL(d, ["United States", "China"], RATIFIED, PARIS, "2016-09-03", "The United States and China jointly announced their ratification on 3 September 2016 in Hangzhou")
R(d, "India", RATIFIED, PARIS, "2016-10-02", "India, the third-largest emitter, ratified on 2 October")
RL(d, ["Canada", "Nepal", "Bolivia"], RATIFIED, PARIS, "2016-10", "Canada, Nepal and Bolivia also deposited their instruments this week")
QRJ = "Russia and Japan signed the Agreement on 22 April 2016 but have not yet ratified it"
RL(d, ["Russian Federation", "Japan"], "signed", PARIS, "2016-04-22", QRJ)
RL(d, ["Russian Federation", "Japan"], NOTRATIFIED, PARIS, None, QRJ, negated=True)
R(d, ["Conference of the Parties to the UNFCCC", "COP21", "Conference of the Parties"], ADOPTED, PARIS, "2015-12",
  "The Paris Agreement was adopted by the 195 Parties to the United Nations Framework Convention on Climate Change (UNFCCC) at COP21 in December 2015", required=False)
R(d, EU, "signed", PARIS, "2016-04-22", "was signed by the EU and all 28 Member States in New York on 22 April 2016")
R(d, EU, PARTY, UNFCCC, "1993", "The EU has been a Party to the UNFCCC since 1993")
R(d, EU, PARTY, KYOTO, "2002", "and to the Kyoto Protocol since 2002")
R(d, EU, "called-for", PARIS, D, "The EU calls on all Parties to the UNFCCC to ratify the Paris Agreement")
R(d, "United Kingdom", NOTRATIFIED, PARIS, None, "has stated that it will ratify the Agreement before the end of the year", negated=True)


# ===================== 11.md (Commission Q&A, EU withdrawal from the Energy Charter Treaty, 27 June 2024) =====================
# Traps: the Council's decisions approving withdrawal and EP consent (internal steps); the Portuguese Government as depositary;
# withdrawal "takes effect" (date not an act of joining); the Council's authorisation to vote for the modernisation; "the
# Commission welcomes the fact that Contracting Parties remaining ... can now proceed" (a welcome of others' process); the
# sunset clause; the inter se agreement "expected to be signed" (unnamed signatories). Withdrawals are negated, undated.
d = "11.md"
D = "2024-06-27"
ECT = ("Energy Charter Treaty", ["ECT"])
MECT = ("modernised Energy Charter Treaty", ["modernised ECT", "modernisation of the Energy Charter Treaty"])
INTERSE = ("inter se agreement on the interpretation of the Energy Charter Treaty", ["inter se agreement"])
ENCT = ("Energy Community Treaty", ["Treaty establishing the Energy Community"])
IRENA = ("Statute of the International Renewable Energy Agency", ["IRENA Statute"])
R(d, EU, NOTBOUND, ECT, None, "The EU notified its withdrawal to the depositary, the Government of the Portuguese Republic, on 27 June 2024", negated=True,
  alt=["approving the withdrawal of the European Union and of the European Atomic Energy Community (Euratom) from the"])
R(d, "Euratom", NOTBOUND, ECT, None, "approving the withdrawal of the European Union and of the European Atomic Energy Community (Euratom) from the", negated=True)
R(d, EU, PARTY, ECT, "1998-04-16", "The EU has been a Contracting Party to the ECT since 16 April 1998")
R(d, EU, "signed", ECT, "1994-12-17", "It signed the Treaty, together with its then Member States, in Lisbon on 17 December 1994")
QF, QL3, QD = "France, Germany and Poland — notified in December 2022", "Luxembourg, Slovenia, Spain and the Netherlands — notified in 2023", "Denmark, Ireland and Portugal — notified earlier this year"
for a, q in [("Italy", "Italy — withdrawal effective since 1 January 2016"), ("France", QF), ("Germany", QF), ("Poland", QF),
             ("Luxembourg", QL3), ("Slovenia", QL3), ("Spain", QL3), ("Netherlands", QL3), ("Denmark", QD), ("Ireland", QD), ("Portugal", QD)]:
    R(d, a, NOTBOUND, ECT, None, q, negated=True,
      alt=["So far the following Member States have notified or completed their withdrawal"])
R(d, "United Kingdom", NOTBOUND, ECT, None, "the United Kingdom also notified its withdrawal in April 2024", negated=True)
RL(d, ["Cyprus", "Hungary", "Slovakia"], PARTY, ECT, None, "Cyprus, Hungary and Slovakia, have said they intend to remain Contracting Parties to the modernised Treaty", required=False)
R(d, EU, NOTRATIFIED, MECT, None, "The EU will neither approve nor ratify it.", negated=True)
R(d, "Belgium", "called-for", INTERSE, D, "has called on all Member States to sign the inter se agreement swiftly")
R(d, EU, PARTY, ENCT, None, "The EU remains a party to the Energy Community Treaty", required=True)
R(d, EU, RATIFIED, PARIS, "2016-10", "it ratified the Paris Agreement in October 2016")
R(d, EU, PARTY, IRENA, "2010", "It has also been a party to the Statute of the International Renewable Energy Agency (IRENA) since 2010")

# ===================== 12 (EP minutes, votes on the EU-Singapore agreements, Strasbourg, 13 February 2019) =====================
# Traps: "Parliament consented to conclusion of the agreement" x3 (domestic EU step); roll-call counts and political groups'
# votes (not States); "the Member States signed" (unnamed); "six of the eight fundamental ILO conventions" (unnamed); Belgium's
# request for a Court opinion; "enter into force after ratification by all Member States" (condition). Calls date from the
# sitting.
d = "12.txt"
D = "2019-02-13"
SGFTA = ("Free Trade Agreement between the European Union and the Republic of Singapore", ["EU-Singapore Free Trade Agreement", "EUSFTA"])
SGIPA = ("Investment Protection Agreement between the European Union and its Member States and the Republic of Singapore", ["EU-Singapore Investment Protection Agreement", "EUSIPA", "Investment Protection Agreement"])
SGPCA = ("Partnership and Cooperation Agreement between the European Union and its Member States and the Republic of Singapore", ["EU-Singapore Partnership and Cooperation Agreement", "Partnership and Cooperation Agreement"])
C87 = ("ILO Convention No. 87 on Freedom of Association", ["Freedom of Association and Protection of the Right to Organise Convention", "C87", "Convention No. 87"])
C111 = ("ILO Convention No. 111 on discrimination", ["Discrimination (Employment and Occupation) Convention", "C111", "Convention No. 111"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
QSIG = "The three agreements were signed at the ASEM summit in Brussels on 19 October 2018"
for inst in (SGFTA, SGIPA, SGPCA):
    RL(d, [EU, "Singapore"], "signed", inst, "2018-10-19", QSIG)
R(d, EP, "adopted", ("European Parliament resolution on the EU-Singapore Free Trade Agreement (P8_TA(2019)0091)", ["P8_TA(2019)0091", "non-legislative resolution"]),
  D, "In its resolution (P8_TA(2019)0091), adopted by show of hands", required=False)
QC = "calls on Singapore to ratify the outstanding ILO Convention No. 87 on Freedom of Association and Convention No. 111 on discrimination"
R(d, EP, "called-for", C87, D, QC)
R(d, EP, "called-for", C111, D, QC)
R(d, "Singapore", NOTRATIFIED, C87, None, QC, negated=True, required=False)
R(d, "Singapore", NOTRATIFIED, C111, None, QC, negated=True, required=False)
R(d, "Singapore", RATIFIED, PARIS, "2016-09-21", "Singapore ratified the Paris Agreement on 21 September 2016")
R(d, EP, "called-for", SGIPA, D, "calls on the Member States to ratify the Investment Protection Agreement swiftly")
R(d, "Singapore", NOTBOUND, CCM, None, "Singapore is not a party to the Convention on Cluster Munitions", negated=True)
R(d, EU, NOTRATIFIED, SGFTA, None, "the Commission expected the Council to conclude the Free Trade Agreement in the spring", negated=True)
R(d, "Singapore", RATIFIED, SGFTA, None, "Singapore had completed its internal procedures for the Free Trade Agreement", required=False)
R(d, "Singapore", NOTRATIFIED, SGIPA, None, "would ratify the Investment Protection Agreement once the Union was ready", negated=True)

# ===================== 13.html (Commission press release, EU accepts the WTO Agreement on Fisheries Subsidies, 27 June 2023) =====================
# Traps: the WTO Director-General (depositary); the Council decision and EP consent; Member States "will not deposit separate
# instruments" (unnamed); entry-into-force threshold; "strongly supports the ongoing negotiations" (a process).
d = "13.html"
D = "2023-06-27"
AFS = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement", "protocol of amendment"])
RES77 = ("UN General Assembly resolution 77/118 on sustainable fisheries", ["resolution 77/118"])
R(d, EU, ACCEPTED, AFS, D, "the European Union deposited its instrument of acceptance of the World Trade Organization (WTO) Agreement on Fisheries Subsidies")
R(d, ["WTO Ministerial Conference", "12th Ministerial Conference", "MC12", "World Trade Organization"], ADOPTED, AFS, "2022-06-17",
  "adopted by consensus at the WTO")
R(d, COM + EU, "called-for", AFS, D, "We call on all WTO Members to accept the Agreement quickly")
RL(d, ["Switzerland", "Singapore", "Seychelles", "United States", "Canada", "Iceland"], ACCEPTED, AFS, None,
   "Before the EU, Switzerland, Singapore, the Seychelles, the United States, Canada and Iceland had accepted the Agreement")
R(d, "Japan", ACCEPTED, AFS, "2023-06-02", "Japan did so earlier this month, on 2 June")
R(d, "United Kingdom", NOTRATIFIED, AFS, None, "The United Kingdom has announced that it will deposit its instrument in the coming weeks", negated=True)
R(d, "India", NOTRATIFIED, AFS, None, "India has stated that it is not in a position to accept the Agreement", negated=True)
R(d, EU, PARTY, PSMA, None, "The EU is also a party to the FAO Agreement on Port State Measures (PSMA) and to the UN Fish Stocks Agreement")
R(d, EU, PARTY, UNFSA, None, "The EU is also a party to the FAO Agreement on Port State Measures (PSMA) and to the UN Fish Stocks Agreement")
R(d, EU, "co-sponsored", RES77, None, "co-sponsored the UN General Assembly resolution 77/118 on sustainable fisheries")
R(d, GA, "adopted", RES77, "2022-12-09", "adopted on 9 December 2022")

# ===================== 14 (EU statement, 78th World Health Assembly, Geneva, 20 May 2025) =====================
# Traps: the aligning countries; "124 Member States in favour" (unnamed); "These Member States have explained their position"
# (no new act); Article 19 of the WHO Constitution and the FCTC precedent; the Intergovernmental Working Group and the PABS
# annex; "all EU Member States endorsed" the political declaration (unnamed); the INB co-chairs. The EU welcomes the
# instrument itself (a welcomed record).
d = "14.txt"
D = "2025-05-20"
WHOPA = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
IHR = ("amendments to the International Health Regulations (2005)", ["2024 amendments to the IHR", "IHR amendments", "International Health Regulations amendments"])
WHOC = ("Constitution of the World Health Organization", ["WHO Constitution", "World Health Organization"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "WHO FCTC"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol"])
PPPR = ("political declaration on pandemic prevention, preparedness and response", ["political declaration on PPPR"])
WHA = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly"]
R(d, EU, "welcomed", WHOPA, D, "The European Union and its Member States warmly welcome the adoption today of the WHO Pandemic Agreement")
R(d, WHA, ADOPTED, WHOPA, D, "The Assembly adopted the Agreement by a recorded vote in Committee A yesterday, with 124 Member States in favour, no objections and 11 abstentions, and confirmed it in plenary today")
RL(d, ["Poland", "Italy", "Slovakia", "Israel", "Iran", "Russian Federation"], "supported", WHOPA, "2025-05-19",
   "Poland, Italy and Slovakia, together with Israel, Iran and the Russian Federation, abstained in the committee vote", negated=True)
R(d, EU, "signed", WHOPA, None, "The EU and its Member States will sign the Agreement as soon as it is opened for signature", negated=True)
R(d, EU, "called-for", WHOPA, D, "We call on all WHO Member States to sign and ratify the Pandemic Agreement once it is open for signature")
R(d, ["World Health Assembly", "WHA", "Seventy-seventh World Health Assembly"], ADOPTED, IHR, "2024",
  "the Seventy-seventh World Health Assembly adopted by consensus a package of amendments to the International Health Regulations (2005)")
R(d, EU, "supported", IHR, "2024", "which the EU and its Member States supported")
R(d, "Argentina", ACCEPTED, IHR, None, "Argentina rejected these amendments in 2025", negated=True)
R(d, "United States", "supported", WHOPA, D, "did not participate in today's vote", negated=True)
R(d, "United States", NOTBOUND, WHOC, None, "announced its withdrawal from the World Health Organization in January this year", negated=True)
R(d, "United States", ACCEPTED, IHR, None, "has rejected the 2024 amendments to the IHR", negated=True)
R(d, EU, NOTBOUND, WHOC, None, "cannot itself become a party to the WHO Constitution", negated=True, required=False)
R(d, EU, PARTY, FCTC, "2005-06-30", "been a party to the WHO Framework Convention on Tobacco Control since 30 June 2005")
R(d, EU, PARTY, ITP, "2016", "to its Protocol to Eliminate Illicit Trade in Tobacco Products since 2016")
R(d, EU, "called-for", ITP, D, "we continue to call on all Parties to the FCTC that have not yet done so to ratify the Protocol")
R(d, GA, ADOPTED, PPPR, "2023-09", "adopted by the UN General Assembly high-level meeting in September 2023")

# ===================== 15 (Council Decision (EU) 2024/1567 authorising Member States to ratify ILO C190, 27 May 2024) =====================
# Traps: Article 1's authorisation (nothing: it is not a ratification); EP consent; entry into force of the Convention;
# "preferably by 31 December 2026" (a target, no act); the invitation to confirm coverage; the Director-General as depositary.
# Germany is listed in recital 5 with its deposit on 14 June 2023 (a ratification).
d = "15.txt"
D = "2024-05-27"
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "C190", "Convention No. 190", "Violence and Harassment Convention"])
R(d, ["General Conference of the International Labour Organization", "International Labour Conference", "ILO General Conference", "International Labour Organization"],
  ADOPTED, C190, "2019-06-21", "the General Conference of the International Labour Organization (ILO) adopted the Violence and Harassment Convention")
R(d, COM, "called-for", C190, "2020-06-02", "the Commission called on all Member States to ratify the Convention in its Communication of 2 June 2020")
R(d, EU, NOTBOUND, C190, None, "the Union cannot ratify it", negated=True)
for a, dt, q in [("Greece", "2021-08-30", "Greece ratified the Convention on 30 August 2021"), ("Italy", "2021-10-29", "Italy on 29 October 2021"),
                 ("Spain", "2022-05-25", "Spain deposited its instrument of ratification on 25 May 2022"), ("Belgium", "2023-05-03", "and Belgium on 3 May 2023"),
                 ("Ireland", "2024-01-17", "Ireland ratified the Convention on 17 January 2024"),
                 ("Germany", "2023-06-14", "Germany's instrument of ratification was deposited on 14 June 2023")]:
    R(d, a, RATIFIED, C190, dt, q)
RL(d, ["Portugal", "Finland"], NOTRATIFIED, C190, None, "Portugal and Finland have announced that they intend to ratify the Convention in 2024", negated=True)
RL(d, ["Poland", "Hungary"], NOTRATIFIED, C190, None, "Poland and Hungary have not yet initiated the procedure", negated=True)
RL(d, ["United Kingdom", "Norway", "Albania", "North Macedonia", "South Africa", "Argentina", "Mexico", "Namibia", "Uruguay"], RATIFIED, C190, None,
   "the Convention has been ratified by, among others, the United Kingdom, Norway, Albania, North Macedonia, South Africa, Argentina, Mexico, Namibia and Uruguay")
R(d, CNL, "called-for", C190, D, "Member States shall take the necessary steps to deposit their instruments of ratification", required=False)

# ===================== 16 (Ireland, Department of Enterprise, information note on CETA ratification, 11 March 2025) =====================
# Traps: the Supreme Court judgment, the Government decision, the Dáil motion, the Arbitration (Amendment) Bill (domestic);
# Canada's Royal Assent (domestic; its ratification date is recorded); provisional application; "representatives of all the
# Member States" (unnamed); Cyprus's House and France's Senate votes (domestic, no separate record); "The Government supports
# the Commission's call" (support of a call: nothing for Ireland).
d = "16.txt"
D = "2025-03-11"
CETA = ("Comprehensive Economic and Trade Agreement between Canada and the European Union and its Member States", ["CETA", "Comprehensive Economic and Trade Agreement"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention", "ICSID"])
MAUR = ("United Nations Convention on Transparency in Treaty-based Investor-State Arbitration", ["Mauritius Convention", "Mauritius Convention on Transparency"])
R(d, "Canada", "signed", CETA, "2016-10-30", "CETA was signed in Brussels on 30 October 2016 by Prime Minister Justin Trudeau for Canada")
R(d, EU, "signed", CETA, "2016-10-30", "by the Presidents of the European Council and of the Commission for the Union")
R(d, "Ireland", "signed", CETA, "2016-10-30", "Minister of State Dara Murphy signed for Ireland")
R(d, "Canada", RATIFIED, CETA, "2017-05-16", "Canada ratified the Agreement on 16 May 2017")
R(d, EU, NOTBOUND, CETA, None, "The Union has therefore not yet concluded CETA.", negated=True)
MS17 = ["Austria", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
        "Portugal", "Romania", "Slovakia", "Spain", "Sweden"]
QL = "Austria, Croatia, Czechia, Denmark, Estonia, Finland, Germany, Latvia, Lithuania, Luxembourg, Malta, the Netherlands, Portugal, Romania, Slovakia, Spain and Sweden"
RL(d, MS17, RATIFIED, CETA, None, QL)
R(d, "Germany", RATIFIED, CETA, "2022-12", QL, alt=["Germany, the most recent, ratified in December 2022 after a vote in the Bundestag"])
QNR = "Belgium, Bulgaria, Cyprus, France, Greece, Hungary, Ireland, Italy, Poland and Slovenia"
RL(d, ["Belgium", "Bulgaria", "Cyprus", "France", "Greece", "Hungary", "Italy", "Poland", "Slovenia"], NOTRATIFIED, CETA, None, QNR, negated=True)
R(d, "Ireland", NOTRATIFIED, CETA, None, "Ten Member States, Ireland among them, have not yet ratified", negated=True,
  alt=[QNR, "The Government intends to ratify CETA once the Arbitration (Amendment) Bill 2025 has been enacted"])
R(d, "Canada", RATIFIED, ICSID, "2013", "Canada ratified it in 2013", alt=["Ireland and Canada are both parties to the Convention on the Settlement of Investment Disputes"])
R(d, "Ireland", RATIFIED, ICSID, "1981", "and Ireland in 1981", alt=["Ireland and Canada are both parties to the Convention on the Settlement of Investment Disputes"])
R(d, "Ireland", "signed", MAUR, "2015", "Ireland also signed the United Nations Convention on Transparency in Treaty-based Investor-State Arbitration (the Mauritius Convention) in 2015")
R(d, "Ireland", NOTRATIFIED, MAUR, None, "but has not ratified it", negated=True)
R(d, "Canada", "signed", MAUR, "2015", "Canada signed it in 2015")
R(d, "Canada", RATIFIED, MAUR, "2016-12-12", "ratified it on 12 December 2016")
R(d, COM, "called-for", CETA, "2024", "the Commission's call on all Member States to complete the ratification of CETA, which the Commission repeated in its 2024 implementation report")

gold.finish(MIN_CHARS, MAX_CHARS)
