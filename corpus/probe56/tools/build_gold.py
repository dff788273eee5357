#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 13.md, 07.html, 10.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity
(in 10.html a table row's quote is the cell that states it). Two documents (02, 09) open with a metadata block
(Title:/Date:/URL:), which gold.py leaves out of the body; no quote comes from it. Alternative actor names missing from
gold.py's ALT_NAMES are added locally below.

Theme: tax, trade and investment treaties as finance ministries, revenue authorities, investment agencies, law firms, trade
newsletters, the WTO, a parliamentary committee and the business press report them (2017-2025): bilateral double taxation
conventions and their protocols, the MLI and the STTR MLI, bilateral investment treaties and their termination, the WTO
protocols of amendment (TRIPS, Trade Facilitation, Fisheries Subsidies), regional and EU trade agreements, CPTPP and RCEP
accessions, the Singapore, ICSID and New York Conventions, and the Energy Charter Treaty.

Conventions used here:
- A bilateral treaty that two named States "signed" gives both a `signed` record. Where only one State is the subject and the
  other is named after "with" ("Brazil signed new conventions with Uruguay"), or where the signature is passive with no actor
  ("The treaty, signed in Washington on Feb. 4, 2010"), the implied signatures are optional (required=False). In a status
  table that lists the partner State on each row (02), the partner's signature is required and South Africa's is optional.
- Acceptance of a WTO protocol of amendment is `ratified` (ACCEPTED: ratified/acceded/party). An application to accede
  ("applied to accede", "formal request to accede") is a planned accession: `acceded`, negated.
- Denunciations, withdrawals and terminations ("denounced the ICSID Convention", "notified its withdrawal", "terminated the
  1996 convention") are optional negated `party` records, undated (gold.py allows no date on a negated record).
- A consensus blocked at the WTO is an optional negated `supported` (dated); a vote against in the General Assembly is a
  required one.
- Nothing is recorded for: entry into force or effect, initialling, conclusion of negotiations, rounds of talks, depositaries
  receiving instruments (the OECD Secretary-General, the WTO Director-General, the World Bank, the Council's
  Secretary-General, the Government of Portugal), provisional application, domestic steps (parliamentary, Senate or
  Congress approval, a committee's recommendation, a Council of the EU decision, the European Parliament's consent, tabling,
  court rulings, referendums), MLI reservations, notifications and covered-tax-agreement lists, membership of an
  organisation, and acts of unnamed groups ("46 States signed it", "the eleven existing Parties", "ten Member States").
- A report that the text corrects is replaced by the corrected statement; the wrong claim gives no record.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL, GA  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
NOTPARTY = ["party", "ratified", "acceded"]     # a denunciation, withdrawal or termination (negated, optional)

# ---- instruments: (name as the text names it, aliases) ----
MLI = ("Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting",
       ["MLI", "BEPS MLI", "multilateral instrument", "Multilateral Convention to Implement Tax Treaty Related Measures",
        "OECD Multilateral Convention to Implement Tax Treaty Related Measures to Prevent BEPS"])
STTR = ("Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule",
        ["STTR MLI", "STTR multilateral instrument", "Subject to Tax Rule MLI", "Pillar Two subject-to-tax rule convention"])
MAC = ("Convention on Mutual Administrative Assistance in Tax Matters", ["MAC", "amended Convention on Mutual Administrative Assistance in Tax Matters"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention", "Washington Convention"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "1958 New York Convention",
       "New York Convention on the recognition and enforcement of foreign arbitral awards"])
SGC = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention on Mediation", "Singapore Convention"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP", "TPP-11"])
CPTPPUK = ("Protocol on the Accession of the United Kingdom to the CPTPP", ["UK Accession Protocol", "UK CPTPP accession protocol",
           "Protocol on the accession of the United Kingdom to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership"])
EPA = ("EU-Kenya Economic Partnership Agreement", ["Economic Partnership Agreement between Kenya and the European Union", "EU–Kenya EPA", "Kenya–EU EPA"])
EUNZ = ("EU-New Zealand Free Trade Agreement", ["EU–New Zealand FTA", "Free Trade Agreement between the European Union and New Zealand"])
EUCLAFA = ("EU-Chile Advanced Framework Agreement", ["Advanced Framework Agreement", "EU–Chile AFA"])
EUCLITA = ("EU-Chile Interim Trade Agreement", ["Interim Trade Agreement", "EU–Chile ITA"])
TERM = ("Agreement for the termination of Bilateral Investment Treaties between the Member States of the European Union",
        ["Termination Agreement", "intra-EU BIT Termination Agreement", "intra-EU Termination Agreement"])
ECT = ("Energy Charter Treaty", ["ECT", "1994 Energy Charter Treaty"])
# 01 Croatia
HRUS = ("Convention between Croatia and the United States for the Avoidance of Double Taxation and the Prevention of Tax Evasion with respect to Taxes on Income",
        ["Croatia–United States income tax convention", "US–Croatia tax treaty", "Convention for the Avoidance of Double Taxation and the Prevention of Tax Evasion with respect to Taxes on Income"])
HRSA = ("Croatia–Saudi Arabia double taxation convention", ["convention with Saudi Arabia", "Croatia–Saudi Arabia tax convention"])
USHU = ("1979 tax convention between the United States and Hungary", ["US–Hungary tax treaty", "1979 treaty with Hungary", "United States–Hungary income tax convention"])
# 02 South Africa
ZAGA = ("Double Taxation Agreement between South Africa and Gabon", ["South Africa–Gabon DTA", "DTA with Gabon"])
ZASD = ("Double Taxation Agreement between South Africa and Sudan", ["South Africa–Sudan DTA", "DTA with Sudan"])
ZADE = ("2008 Double Taxation Agreement between South Africa and Germany", ["South Africa–Germany DTA (2008)", "2008 agreement with Germany"])
ZAMA = ("Double Taxation Agreement between South Africa and Morocco", ["South Africa–Morocco DTA", "DTA with Morocco"])
ZAAO = ("Double Taxation Agreement between South Africa and Angola", ["South Africa–Angola DTA", "DTA with Angola"])
ZALS = ("Protocol amending the 1997 Double Taxation Agreement between South Africa and Lesotho", ["South Africa–Lesotho Protocol", "Protocol with Lesotho"])
ZANA = ("Protocol amending the 1998 Double Taxation Agreement between South Africa and Namibia", ["South Africa–Namibia Protocol", "Protocol with Namibia"])
ZAZM = ("Double Taxation Agreement between South Africa and Zambia (to replace the 1956 DTA)", ["South Africa–Zambia DTA", "DTA with Zambia"])
ZACV = ("Double Taxation Agreement between South Africa and Cabo Verde", ["South Africa–Cabo Verde DTA", "DTA with Cabo Verde"])
# 04 trade newsletter
EACEPA = ("Economic Partnership Agreement between the EU and the East African Community", ["EU–EAC EPA", "2016 EAC EPA", "EAC–EU Economic Partnership Agreement"])
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement",
        "Protocol amending the Marrakesh Agreement to insert the Agreement on Fisheries Subsidies"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
# 05 WTO
TRIPSP = ("Protocol Amending the TRIPS Agreement", ["TRIPS amendment", "amendment to the TRIPS Agreement", "Article 31bis amendment", "amended TRIPS Agreement"])
TFA = ("Trade Facilitation Agreement", ["TFA", "WTO Trade Facilitation Agreement",
       "Protocol Amending the Marrakesh Agreement (Trade Facilitation Agreement)", "Protocol Amending the Marrakesh Agreement"])
# 06 JSCOT
AUIS = ("Convention between Australia and Iceland for the Elimination of Double Taxation with respect to Taxes on Income and the Prevention of Tax Evasion and Avoidance",
        ["Australia–Iceland tax convention", "Australia–Iceland tax treaty", "Tax Treaty with Iceland"])
NORDIC = ("Nordic Convention of 1996 on income and capital", ["Nordic Tax Convention", "Nordic Convention", "Nordic double taxation convention"])
AUIL = ("Australia–Israel tax convention", ["Convention with Israel", "Convention between Australia and Israel"])
# 07 Ecuador
ECBIT_US = ("Ecuador–United States bilateral investment treaty", ["bilateral investment treaty with the United States", "Ecuador–US BIT"])
ECBIT_CA = ("Ecuador–Canada bilateral investment treaty", ["bilateral investment treaty with Canada", "Ecuador–Canada BIT"])
ECBIT_CN = ("Ecuador–China bilateral investment treaty", ["bilateral investment treaty with China", "Ecuador–China BIT"])
ECBIT_ES = ("Ecuador–Spain bilateral investment treaty", ["bilateral investment treaty with Spain", "Ecuador–Spain BIT"])
ECEUPA = ("Protocol of Accession of Ecuador to the Trade Agreement between the EU and Colombia and Peru",
          ["Protocol of Accession to the Trade Agreement between the EU and Colombia and Peru", "Ecuador's Protocol of Accession"])
ECCN = ("Ecuador–China free trade agreement", ["China–Ecuador FTA", "free trade agreement between Ecuador and China"])
ECCR = ("Ecuador–Costa Rica free trade agreement", ["Costa Rica–Ecuador FTA", "free trade agreement between Ecuador and Costa Rica"])
ECJP = ("Convention between Ecuador and Japan for the elimination of double taxation", ["Japan–Ecuador tax convention", "Convention with Japan"])
# 08 India
INMU24 = ("2024 Protocol amending the India–Mauritius double taxation avoidance convention", ["India–Mauritius Protocol", "Protocol amending the India–Mauritius DTAC", "2024 Protocol"])
INMU16 = ("2016 Protocol amending the India–Mauritius double taxation avoidance convention", ["2016 Protocol", "India–Mauritius 2016 Protocol"])
INCY = ("India–Cyprus DTAA (2016)", ["India–Cyprus double taxation avoidance agreement", "revised India–Cyprus DTAA"])
INSG = ("Third Protocol to the India–Singapore DTAA", ["India–Singapore Third Protocol", "Third Protocol"])
TEPA = ("India–EFTA Trade and Economic Partnership Agreement", ["TEPA", "Trade and Economic Partnership Agreement"])
CECPA = ("India–Mauritius Comprehensive Economic Cooperation and Partnership Agreement", ["CECPA", "Comprehensive Economic Cooperation and Partnership Agreement"])
# 09 US–Chile
USCL = ("United States–Chile income tax treaty", ["Chile tax treaty", "US–Chile tax treaty", "income tax treaty with Chile"])
USHR = ("United States–Croatia income tax treaty", ["Croatia treaty", "Croatian treaty", "US–Croatia tax treaty"])
USCLFTA = ("United States–Chile Free Trade Agreement", ["US–Chile FTA", "free trade agreement between the United States and Chile"])
# 10 intra-EU
IECZ = ("Ireland–Czech Republic bilateral investment treaty", ["Ireland's intra-EU bilateral investment treaty", "Ireland–Czechia BIT"])
# 11 investment round-up
JPAO = ("Japan–Angola bilateral investment agreement", ["Japan–Angola BIT", "Agreement between Japan and Angola for the Reciprocal Promotion and Protection of Investment"])
SIFA = ("EU–Angola Sustainable Investment Facilitation Agreement", ["Sustainable Investment Facilitation Agreement", "SIFA"])
CAAE = ("Canada–United Arab Emirates Foreign Investment Promotion and Protection Agreement", ["Canada–UAE FIPA", "Foreign Investment Promotion and Protection Agreement"])
IFD = ("Investment Facilitation for Development Agreement", ["IFD Agreement", "Investment Facilitation for Development (IFD) Agreement"])
# 12 UK–Brazil
UKBR = ("Convention between the United Kingdom and Brazil for the Elimination of Double Taxation with respect to Taxes on Income and the Prevention of Tax Evasion and Avoidance",
        ["UK–Brazil double taxation convention", "UK–Brazil DTC", "UK–Brazil tax treaty"])
UKBR67 = ("1967 UK–Brazil agreement on the taxation of shipping and air transport profits", ["UK–Brazil shipping and air transport agreement"])
BRUY = ("Brazil–Uruguay double taxation convention", ["convention with Uruguay"])
BRPL = ("Brazil–Poland double taxation convention", ["convention with Poland"])
BRSE = ("Protocol amending the Brazil–Sweden double taxation convention", ["protocol amending its convention with Sweden", "Brazil–Sweden protocol"])
BRSG = ("Brazil–Singapore double taxation convention", ["convention with Singapore"])
UKBRSS = ("UK–Brazil Social Security Agreement", ["Social Security Agreement"])
# 13 EBFS note
EUSGIPA = ("EU-Singapore Investment Protection Agreement", ["EU–Singapore IPA", "Investment Protection Agreement"])
EUVNIPA = ("EU-Viet Nam Investment Protection Agreement", ["EU–Viet Nam IPA", "EU–Vietnam IPA"])
EUMERC = ("EU-Mercosur agreement", ["EU–Mercosur Partnership Agreement", "EU–Mercosur trade agreement"])
CETA = ("EU-Canada Comprehensive Economic and Trade Agreement", ["CETA", "Comprehensive Economic and Trade Agreement"])
# 14 RCEP / CPTPP
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP", "RCEP Agreement"])
ACFTA3 = ("Protocol to Upgrade the ASEAN-China Free Trade Area", ["ACFTA 3.0", "ASEAN–China FTA upgrade protocol", "ACFTA 3.0 Upgrade Protocol"])
MYUS = ("Malaysia–United States reciprocal trade agreement", ["Agreement on Reciprocal Trade between Malaysia and the United States", "US–Malaysia reciprocal trade agreement"])
KHUS = ("Cambodia–United States reciprocal trade agreement", ["Agreement on Reciprocal Trade between Cambodia and the United States", "US–Cambodia reciprocal trade agreement"])
# 15 ADR digest
MAURITIUS = ("United Nations Convention on Transparency in Treaty-based Investor-State Arbitration", ["Mauritius Convention on Transparency", "Mauritius Convention"])
UNCMP = ("UNCITRAL Model Provisions on Mediation for International Investment Disputes", ["Model Provisions on Mediation for International Investment Disputes"])
# 16 Netherlands
NLUZ = ("Protocol amending the 2001 Netherlands–Uzbekistan convention for the avoidance of double taxation", ["Netherlands–Uzbekistan protocol", "protocol amending the 2001 convention"])
NLCO = ("Netherlands–Colombia convention for the avoidance of double taxation", ["Netherlands–Colombia tax treaty", "convention with Colombia"])
NLBE = ("new Netherlands–Belgium convention for the avoidance of double taxation", ["new convention with Belgium", "Netherlands–Belgium tax treaty"])
NLKE = ("Netherlands–Kenya convention of 22 July 2015", ["convention with Kenya", "Netherlands–Kenya tax treaty"])
NLET = ("Netherlands–Ethiopia convention (2012)", ["convention with Ethiopia", "Netherlands–Ethiopia tax treaty"])
NLRU = ("1996 convention between the Netherlands and the Russian Federation", ["Netherlands–Russia tax treaty", "convention with the Russian Federation"])
NLRUP = ("protocol amending the Netherlands–Russian Federation convention (initialled 2020)", ["amending protocol", "Netherlands–Russia amending protocol"])
R78230 = ("General Assembly resolution 78/230 on the promotion of inclusive and effective international tax cooperation", ["resolution 78/230", "A/RES/78/230"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "Türkiye", "European Union",
          "Czechia", "Netherlands", "Cabo Verde", "Kyrgyzstan", "United Arab Emirates", "Timor-Leste", "Kazakhstan", "China",
          "Bolivia", "Venezuela", "Lao PDR", "Kenya", "Ecuador", "Costa Rica", "Germany", "Mexico", "Colombia", "Chile",
          "Uzbekistan", "Philippines", "Bangladesh", "Cambodia", "Rwanda", "Uganda", "Burundi", "United Republic of Tanzania",
          "Saudi Arabia", "Egypt", "Paraguay", "Ghana", "Thailand"),
    "Croatia": ["Croatia", "Republic of Croatia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Iceland": ["Iceland"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Israel": ["Israel", "State of Israel"],
    "India": ["India", "Republic of India"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Japan": ["Japan"],
    "Angola": ["Angola", "Republic of Angola"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Poland": ["Poland", "Republic of Poland"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Sudan": ["Sudan", "the Sudan", "Republic of the Sudan"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Burkina Faso": ["Burkina Faso"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Turkmenistan": ["Turkmenistan"],
    "Georgia": ["Georgia"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar", "Burma"],
    "Ukraine": ["Ukraine"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Italy": ["Italy", "Italian Republic"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "France": ["France", "French Republic"],
    "Ireland": ["Ireland"],
    "Canada": ["Canada"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Spain": ["Spain", "Kingdom of Spain"],
}
# Bodies, groups and officials.
WTOGC = ["WTO General Council", "General Council", "World Trade Organization"]
WTODG = ["WTO Director-General", "Director-General", "Roberto Azevêdo", "World Trade Organization"]
MC = ["WTO Ministerial Conference", "Ministerial Conference", "Twelfth Ministerial Conference", "MC12", "World Trade Organization"]
ASEAN = ["ASEAN", "Association of Southeast Asian Nations"]
EBFS = ["European Business Forum Singapore", "EBFS"]
UNCITRAL = ["UNCITRAL", "United Nations Commission on International Trade Law"]
EUC = ["European Union", "EU", "European Commission"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Croatian Ministry of Finance press release, Zagreb, 7 December 2022) =====================
d = "01.txt"
D = "2022-12-07"
Q = "Croatia and the United States of America today signed in Washington a Convention for the Avoidance of Double Taxation and the Prevention of Tax Evasion with respect to Taxes on Income"
RL(d, ["Croatia", "United States"], "signed", HRUS, D, Q)
# "initialled the Convention in June 2022", the four rounds and the Government's authorisation of signature: nothing.
R(d, "Croatia", NOTRATIFIED, HRUS, None, "Croatia aims to ratify the Convention by the end of 2023", negated=True,
  alt=["Neither country has yet ratified the Convention."])
R(d, "United States", NOTRATIFIED, HRUS, None, "Neither country has yet ratified the Convention.", negated=True)
# Transmission to the Senate and the ratification bill: domestic (nothing).
R(d, "Croatia", "signed", MLI, "2017-06-07", "Croatia signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting (the MLI) in Paris on 7 June 2017")
R(d, "Croatia", RATIFIED, MLI, "2021-02-18", "deposited its instrument of ratification with the Secretary-General of the OECD, the depositary, on 18 February 2021")
# "has been in force for Croatia since 1 June 2021" (entry into force) and the OECD Secretary-General as depositary: nothing.
R(d, "United States", "signed", MLI, None, "The United States has not signed the MLI", negated=True)
R(d, "Croatia", "called-for", MLI, D, "Minister Primorac called on all jurisdictions that have signed the MLI but have not yet ratified it to complete their procedures without delay")
# "67 jurisdictions" (unnamed); negotiations with Saudi Arabia concluded (nothing), signature planned (negated).
RL(d, ["Croatia", "Saudi Arabia"], "signed", HRSA, None, "the two countries plan to sign it in the first half of 2023", negated=True)
# A second round of talks with Brazil: nothing.
R(d, "United States", NOTPARTY, USHU, None, "the United States gave notice, on 8 July 2022, to terminate its 1979 tax convention with Hungary",
  negated=True, required=False)
# Croatia's preparation for OECD membership: membership of an organisation (nothing).

# ===================== 02 (SARS status overview, 31 March 2025; header block) =====================
d = "02.txt"
def za_row(partner, inst, date, row):
    R(d, partner, "signed", inst, date, row)
    R(d, "South Africa", "signed", inst, date, row, required=False)
za_row("Gabon", ZAGA, "2005-06-22", "Gabon DTA 22 June 2005 Ratified by South Africa; awaiting Gabon")
R(d, "South Africa", RATIFIED, ZAGA, None, "Gabon DTA 22 June 2005 Ratified by South Africa; awaiting Gabon")
R(d, "Gabon", NOTRATIFIED, ZAGA, None, "Gabon DTA 22 June 2005 Ratified by South Africa; awaiting Gabon", negated=True)
za_row("Sudan", ZASD, "2007-11-07", "Sudan DTA 7 November 2007 Ratified by South Africa; awaiting Sudan")
R(d, "South Africa", RATIFIED, ZASD, None, "Sudan DTA 7 November 2007 Ratified by South Africa; awaiting Sudan")
R(d, "Sudan", NOTRATIFIED, ZASD, None, "Sudan DTA 7 November 2007 Ratified by South Africa; awaiting Sudan", negated=True)
QDE = "Germany DTA (to replace the 1973 DTA) 9 September 2008 Not yet ratified by either State"
za_row("Germany", ZADE, "2008-09-09", QDE)
R(d, "South Africa", NOTRATIFIED, ZADE, None, QDE, negated=True)
R(d, "Germany", NOTRATIFIED, ZADE, None, QDE, negated=True,
  alt=["Germany has indicated that it does not intend to ratify the 2008 text in its current form"])
# The first round of talks on a revised text in Berlin: nothing.
QMA = "Morocco DTA 27 May 2013 Ratified by Morocco; awaiting South Africa"
za_row("Morocco", ZAMA, "2013-05-27", QMA)
R(d, "Morocco", RATIFIED, ZAMA, None, QMA)
R(d, "South Africa", NOTRATIFIED, ZAMA, None, QMA, negated=True)
QAO = "Angola DTA 2 February 2023 Ratified by Angola; awaiting South Africa"
za_row("Angola", ZAAO, "2023-02-02", QAO)
R(d, "Angola", RATIFIED, ZAAO, None, QAO)
# Note 3: Parliament's approval is domestic; the exchange of notes is pending, so South Africa is still not bound.
R(d, "South Africa", NOTRATIFIED, ZAAO, None, QAO, negated=True,
  alt=["Parliament approved the DTA with Angola in March 2025; the exchange of diplomatic notes is pending."])
QLS = "Lesotho Protocol amending the 1997 DTA 18 July 2024 Not yet ratified by either State"
za_row("Lesotho", ZALS, "2024-07-18", QLS)
# Note 2 corrects an earlier overview that showed South Africa as having ratified (no affirmed record).
R(d, "South Africa", NOTRATIFIED, ZALS, None, QLS, negated=True, alt=["South Africa has not yet ratified it"])
R(d, "Lesotho", NOTRATIFIED, ZALS, None, QLS, negated=True)
# Table B: signatures recorded; entry into force nothing.
za_row("Namibia", ZANA, "2022-10-13", "Namibia Protocol amending the 1998 DTA 13 October 2022 28 August 2024")
za_row("Zambia", ZAZM, "2023-03-15", "Zambia DTA (to replace the 1956 DTA) 15 March 2023 11 December 2024")
# Section C: initialled in Praia (nothing); signature expected (negated); Uruguay concluded and Kenya round (nothing).
RL(d, ["South Africa", "Cabo Verde"], "signed", ZACV, None, "South Africa and Cabo Verde expect to sign it in the second half of 2025", negated=True)
R(d, "South Africa", "signed", MLI, "2017-06-07", "South Africa signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting (MLI) in Paris on 7 June 2017")
R(d, "South Africa", RATIFIED, MLI, "2022-09-30", "deposited its instrument of ratification with the OECD Secretary-General on 30 September 2022")
R(d, "South Africa", PARTY, MAC, "2014", "South Africa has been a Party to the Convention on Mutual Administrative Assistance in Tax Matters, as amended by the 2010 Protocol, since 2014.")
R(d, "South Africa", "signed", STTR, None, "South Africa has not signed the Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule",
  negated=True, alt=["National Treasury is considering signature"])

# ===================== 03 (law firm tax alert on the MLI, Markdown, 14 April 2025) =====================
d = "03.md"
# "signed in Paris on 7 June 2017 ... in force since 1 July 2018" and "more than 100 jurisdictions": no actor.
R(d, "Thailand", RATIFIED, MLI, "2025-02-25", "Thailand deposited its instrument of ratification with the OECD Secretary-General on 25 February 2025")
R(d, "Thailand", "signed", MLI, "2022-02-09", "Thailand had signed the MLI on 9 February 2022")
R(d, "Viet Nam", "signed", MLI, "2025-02-14", "Viet Nam signed the MLI on 14 February 2025")
R(d, "Viet Nam", NOTRATIFIED, MLI, None, "Viet Nam has not yet ratified the MLI", negated=True,
  alt=["the Ministry of Finance has indicated that it aims to ratify it by the end of 2026"])
# The January alert's December 2024 date is corrected: the corrected date is recorded.
R(d, "Cameroon", RATIFIED, MLI, "2025-03-03", "Cameroon deposited its instrument of ratification on 3 March 2025")
R(d, "Cameroon", "signed", MLI, None, "almost eight years after signing in Paris")
R(d, "Namibia", "signed", MLI, "2021", "Namibia, which signed in 2021")
R(d, "Namibia", RATIFIED, MLI, "2025-01-20", "when it ratified on 20 January 2025")
# Positions, reservations and notifications: nothing.
QBG = "Burkina Faso and Gabon have signed the MLI but have yet to deposit an instrument of ratification"
RL(d, ["Burkina Faso", "Gabon"], "signed", MLI, None, QBG)
RL(d, ["Burkina Faso", "Gabon"], NOTRATIFIED, MLI, None, QBG, negated=True)
R(d, "Kenya", "signed", MLI, "2019", "Kenya, which signed in 2019")
R(d, "Kenya", NOTRATIFIED, MLI, None, "expects to ratify the MLI once Parliament has approved it", negated=True)
R(d, "Morocco", RATIFIED, MLI, "2019", "Morocco ratified in 2019")
R(d, "United States", "signed", MLI, None, "The United States has never signed the MLI and is not expected to.", negated=True)
R(d, "Brazil", "signed", MLI, "2024", "Brazil signed in 2024 but has not ratified")
R(d, "Brazil", NOTRATIFIED, MLI, None, "Brazil signed in 2024 but has not ratified", negated=True)
RL(d, ["Indonesia", "Nigeria"], "signed", STTR, "2024-09-19", "Indonesia and Nigeria signed it at the first signing ceremony in Paris on 19 September 2024")
R(d, "Kenya", "signed", STTR, None, "Kenya intends to sign the STTR MLI", negated=True)
# "No jurisdiction has yet ratified it" (no named actor) and the five-instrument threshold: nothing.

# ===================== 04 (trade newsletter, Friday 22 December 2023) =====================
d = "04.txt"
RL(d, ["Kenya", "European Union"], "signed", EPA, "2023-12-18",
   "Kenya and the European Union signed their Economic Partnership Agreement (EPA) in Nairobi on Monday, 18 December")
# The Spanish Secretary of State signed for the EU (Council presidency): not Spain's act.
RL(d, ["Kenya", "Rwanda"], "signed", EACEPA, "2016-09", "Kenya and Rwanda signed that regional agreement in September 2016")
R(d, "Kenya", RATIFIED, EACEPA, None, "and Kenya ratified it")
RL(d, ["United Republic of Tanzania", "Uganda", "Burundi"], "signed", EACEPA, None, "but Tanzania, Uganda and Burundi never signed", negated=True)
# European Parliament consent and National Assembly approval; the Council's decision on conclusion: nothing.
RL(d, ["European Union", "New Zealand"], "signed", EUNZ, "2023-07-09", "The agreement, which the two sides signed in Brussels on 9 July 2023")
R(d, "United Kingdom", "signed", CPTPPUK, "2023-07-16",
  "The United Kingdom signed the Protocol on its accession to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in Auckland on 16 July")
# "together with the eleven existing Parties": unnamed.
RL(d, ["Japan", "Singapore"], RATIFIED, CPTPPUK, None, "Since then Japan and Singapore have ratified the Protocol.")
R(d, "United Kingdom", NOTRATIFIED, CPTPPUK, None, "The UK itself has yet to ratify it", negated=True,
  alt=["the Department for Business and Trade hopes to deposit the instrument in the first half of 2024"])
RL(d, ["China", "Ecuador"], ACCEDED, CPTPP, None, "China and Ecuador applied to accede in 2021", negated=True)
RL(d, ["Costa Rica", "Uruguay", "Ukraine"], ACCEDED, CPTPP, None, "Costa Rica in August 2022, Uruguay in December 2022 and Ukraine in May 2023", negated=True)
QFI = "Two more WTO members deposited their instruments of acceptance of the Protocol amending the Marrakesh Agreement to insert the Agreement on Fisheries Subsidies this week: Nigeria on Tuesday and Ecuador on Wednesday."
R(d, "Nigeria", ACCEPTED, FISH, "2023-12-19", QFI)
R(d, "Ecuador", ACCEPTED, FISH, "2023-12-20", QFI)
# The Director-General as depositary: nothing.
R(d, MC, "adopted", FISH, "2022-06", "The Agreement, adopted at the Twelfth Ministerial Conference in June 2022")
R(d, "India", ACCEPTED, FISH, None, "India has said it will not accept the Agreement until the second wave of negotiations on overcapacity and overfishing is concluded", negated=True)
QCL = "the Advanced Framework Agreement and the Interim Trade Agreement were signed by the EU and Chile in Brussels on 13 December"
RL(d, ["European Union", "Chile"], "signed", EUCLAFA, "2023-12-13", QCL)
RL(d, ["European Union", "Chile"], "signed", EUCLITA, "2023-12-13", QCL)
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only African Union member that has not signed the Agreement Establishing the African Continental Free Trade Area", negated=True)
R(d, "China", ACCEDED, DEPA, None, "China's application to join the Digital Economy Partnership Agreement, lodged in November 2021, is still being considered", negated=True)

# ===================== 05 (WTO news item, 23 January 2017) =====================
d = "05.txt"
D = "2017-01-23"
# Entry into force "today" and the Director-General's welcome of the milestone: nothing.
R(d, WTOGC, "adopted", TRIPSP, "2005-12-06", "The Protocol Amending the TRIPS Agreement was adopted by the General Council on 6 December 2005")
R(d, "United States", ACCEPTED, TRIPSP, "2005-12", "The United States was the first member to accept the amendment, in December 2005.")
R(d, "Switzerland", ACCEPTED, TRIPSP, "2006", "Switzerland followed in 2006")
RL(d, ["India", "Japan", "China"], ACCEPTED, TRIPSP, "2007", "India, Japan and China accepted in 2007")
R(d, "European Union", ACCEPTED, TRIPSP, "2007-11", "The European Union deposited its instrument of acceptance in November 2007")
# "its 27 member states" (unnamed) do not deposit separate instruments: nothing.
RL(d, ["Burkina Faso", "Liechtenstein", "Nigeria", "United Arab Emirates", "Viet Nam"], ACCEPTED, TRIPSP, "2017-01",
   "In January, Burkina Faso, Liechtenstein, Nigeria, the United Arab Emirates and Viet Nam deposited their instruments of acceptance")
R(d, "Canada", ACCEPTED, TRIPSP, "2009", "Canada, which accepted the Protocol in 2009")
# Canada's export notification and Rwanda as the importing country: use of the system, not a treaty act.
R(d, "Rwanda", ACCEPTED, TRIPSP, "2011", "Rwanda itself accepted the amendment in 2011.")
R(d, "Brazil", ACCEPTED, TRIPSP, None, "Brazil has said it expects to accept the Protocol during 2017", negated=True)
R(d, "Malaysia", ACCEPTED, TRIPSP, None, "Malaysia has yet to complete its domestic procedures", negated=True)
R(d, WTODG, "called-for", TRIPSP, D, "I urge the remaining members to accept the Protocol as soon as possible")
R(d, WTOGC, "adopted", TFA, "2014-11-27",
  "The General Council adopted the Protocol Amending the Marrakesh Agreement, which inserts the Trade Facilitation Agreement into Annex 1A, on 27 November 2014.")
RL(d, ["Pakistan", "Qatar"], ACCEPTED, TFA, "2017-01", "Pakistan and Qatar deposited their instruments of acceptance of the Trade Facilitation Agreement earlier this month")
RL(d, ["Rwanda", "Oman"], ACCEPTED, TFA, None, "Rwanda and Oman have said they expect to deposit theirs in February", negated=True)
R(d, WTODG, "called-for", TFA, D, "I encourage all members that have not yet ratified the TFA to do so.")

# ===================== 06 (JSCOT Report 207, March 2023) =====================
d = "06.txt"
RL(d, ["Australia", "Iceland"], "signed", AUIS, "2022-10-12",
   "On 12 October 2022, Australia and Iceland signed in Canberra the Convention between Australia and Iceland for the Elimination of Double Taxation")
# Tabling, the NIA, the rounds of negotiations and the text's finalisation: nothing.
R(d, "Iceland", PARTY, NORDIC, None, "It is a party to the Nordic Convention of 1996 on income and capital")
R(d, "Iceland", RATIFIED, AUIS, "2023-01", "Iceland ratified the proposed Convention in January 2023")
# The Althingi's approval (domestic) and the notification's channel: nothing beyond the ratification.
R(d, "Australia", NOTRATIFIED, AUIS, None, "Australia has not yet ratified the proposed Convention.", negated=True,
  alt=["Australia intends to ratify the proposed Convention once that legislation has received Royal Assent"])
R(d, "Australia", RATIFIED, MLI, "2018-09",
  "Australia ratified the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting (MLI) in September 2018")
R(d, "Iceland", PARTY, MLI, None, "Iceland is also a Party to the MLI")
RL(d, ["Australia", "Israel"], "signed", AUIL, "2019-03-28", "the Convention with Israel, which Australia and Israel signed on 28 March 2019")
# The Committee "supports" the Convention and recommends binding treaty action: a parliamentary committee's domestic step (nothing).
# The amending Act and the Bill, and the negotiating program with Luxembourg and Greece: nothing.

# ===================== 07 (Pro Ecuador FAQ page, HTML, 10 June 2024) =====================
d = "07.html"
QBIT = "Ecuador denounced its sixteen bilateral investment treaties, including those with the United States, Canada, China and Spain"
for inst in (ECBIT_US, ECBIT_CA, ECBIT_CN, ECBIT_ES):
    R(d, "Ecuador", NOTPARTY, inst, None, QBIT, negated=True, required=False)
R(d, "Ecuador", NOTPARTY, ICSID, None, "Ecuador denounced the ICSID Convention in 2009", negated=True, required=False)
R(d, "Ecuador", "signed", ICSID, "2021-06-21",
  "It signed the Convention on the Settlement of Investment Disputes between States and Nationals of Other States again on 21 June 2021")
R(d, "Ecuador", RATIFIED, ICSID, "2021-08-04", "deposited its instrument of ratification with the World Bank on 4 August 2021")
R(d, "Ecuador", PARTY, NYC, "1962", "Ecuador has been a party to the New York Convention on the recognition and enforcement of foreign arbitral awards since 1962.")
R(d, "Ecuador", "signed", SGC, "2019-08-07",
  "Ecuador signed the United Nations Convention on International Settlement Agreements Resulting from Mediation (the Singapore Convention on Mediation) on 7 August 2019")
R(d, "Ecuador", RATIFIED, SGC, "2020-09-09", "ratified it on 9 September 2020")
R(d, "Ecuador", "signed", ECEUPA, "2016-11-11", "Ecuador signed the Protocol of Accession to the Trade Agreement between the EU and Colombia and Peru on 11 November 2016.")
# "has been applied since 1 January 2017" (provisional application): nothing.
RL(d, ["Ecuador", "China"], "signed", ECCN, "2023-05-10", "Ecuador and China signed a free trade agreement in Quito on 10 May 2023")
RL(d, ["Ecuador", "Costa Rica"], "signed", ECCR, "2023", "Ecuador and Costa Rica signed a free trade agreement in 2023")
R(d, "Costa Rica", NOTRATIFIED, ECCR, None, "Costa Rica has not yet ratified it", negated=True)
# Membership of the Andean Community and ALADI: nothing.
R(d, "Ecuador", ACCEDED, CPTPP, None,
  "Ecuador submitted its formal request to accede to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) in December 2021.",
  negated=True, alt=["the Government intends to accede as soon as the CPTPP Commission opens that process"])
# Trade negotiations with Canada (fifth round): nothing.
RL(d, ["Ecuador", "Japan"], "signed", ECJP, "2019-01-15", "the Convention with Japan, which Ecuador and Japan signed in Quito on 15 January 2019")
R(d, "Ecuador", "signed", MLI, None, "Ecuador has not signed the OECD Multilateral Convention to Implement Tax Treaty Related Measures to Prevent BEPS (MLI)", negated=True)
# "intends to negotiate a new generation of investment agreements" (no instrument) and the referendum: nothing.

# ===================== 08 (news summary thread, 8 March 2024) =====================
d = "08.txt"
RL(d, ["India", "Mauritius"], "signed", INMU24, "2024-03-07",
   "India and Mauritius signed a Protocol amending their 1982 double taxation avoidance convention (DTAC) in Port Louis on 7 March 2024.")
R(d, "India", NOTRATIFIED, INMU24, None, "Neither country has ratified the Protocol", negated=True)
# Post 4/ corrects the earlier claim that Mauritius had ratified: only the negated record.
R(d, "Mauritius", NOTRATIFIED, INMU24, None, "Neither country has ratified the Protocol", negated=True,
  alt=["Mauritius's Finance Ministry told us it expects to ratify", "Mauritius had already ratified the Protocol. It has not."])
RL(d, ["India", "Mauritius"], "signed", INMU16, "2016-05-10", "the 2016 Protocol, which India and Mauritius signed on 10 May 2016")
R(d, "India", RATIFIED, MLI, "2019-06-25", "India ratified the MLI on 25 June 2019.")
R(d, "Mauritius", RATIFIED, MLI, "2019-10", "Mauritius ratified the MLI in October 2019")
# Not listing the India treaty as a covered tax agreement: an MLI notification (nothing).
RL(d, ["India", "Cyprus"], "signed", INCY, "2016-11-18", "the India-Cyprus DTAA was replaced by a new agreement that the two countries signed on 18 November 2016")
RL(d, ["India", "Singapore"], "signed", INSG, "2016-12-30", "India and Singapore signed a Third Protocol to their DTAA on 30 December 2016")
RL(d, ["India", "Mauritius"], "signed", CECPA, "2021-02-22",
   "India and Mauritius signed a Comprehensive Economic Cooperation and Partnership Agreement (CECPA) on 22 February 2021")
# "has been in force since 1 April 2021": nothing.
# Post 11/ corrects itself: the TEPA is not yet signed; the signature is planned for 10 March.
RL(d, ["India", "Iceland", "Liechtenstein", "Norway", "Switzerland"], "signed", TEPA, None, "India and the EFTA states plan to sign it that day.",
   negated=True, alt=["It has NOT been signed yet."])
R(d, "India", "signed", STTR, None, "India hasn't signed the STTR multilateral instrument", negated=True)
R(d, "Mauritius", "signed", STTR, None, "Mauritius hasn't signed it either.", negated=True)

# ===================== 09 (business newspaper, June 23 2023; header block) =====================
d = "09.txt"
# The Senate's 95-2 vote, its reservation and the 2019 protocols it approved: domestic (nothing).
RL(d, ["United States", "Chile"], "signed", USCL, "2010-02-04", "The treaty, signed in Washington on Feb. 4, 2010", required=False)
R(d, "United States", NOTRATIFIED, USCL, None, "The United States has yet to ratify the treaty", negated=True)
R(d, "Chile", RATIFIED, USCL, "2015", "Chile ratified the treaty in 2015")
RL(d, ["United States", "Croatia"], "signed", USHR, "2022-12-07", "the treaty with Croatia, which the United States and Croatia signed on Dec. 7, 2022")
RL(d, ["United States", "Croatia"], NOTRATIFIED, USHR, None, "Neither the United States nor Croatia has ratified the Croatian treaty.", negated=True)
# "has also not signed a new treaty with Brazil or Argentina": no existing instrument (nothing).
R(d, "United States", NOTPARTY, USHU, None, "the Treasury gave notice to end the 1979 treaty with Hungary", negated=True, required=False)
R(d, "United States", "signed", MLI, None,
  "the United States has not signed the OECD's Multilateral Convention to Implement Tax Treaty Related Measures", negated=True)
R(d, "Chile", RATIFIED, MLI, "2020", "Chile, which ratified the MLI in 2020")
# "more than 80 jurisdictions" (unnamed); the trade association's urging of the Senate (domestic, unnamed): nothing.
RL(d, ["United States", "Chile"], "signed", USCLFTA, "2003-06-06", "The two countries signed it in Miami on June 6, 2003.")
RL(d, ["United States", "Chile"], PARTY, USCLFTA, "2004", "The United States and Chile have had a free trade agreement since 2004.", required=False)

# ===================== 10 (status table of the intra-EU Termination Agreement, HTML, 15 March 2024) =====================
d = "10.html"
QSIG = "was signed in Brussels on 5 May 2020 by 23 Member States"
SIGNED10 = ["Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "France", "Germany", "Greece", "Hungary",
            "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal", "Romania", "Slovakia",
            "Slovenia", "Spain"]
for s in SIGNED10:
    R(d, s, "signed", TERM, "2020-05-05", s, alt=[QSIG])
RATIF10 = {"Bulgaria": "26/02/2021", "Croatia": "02/03/2021", "Cyprus": "29/06/2021", "Czechia": "07/12/2021", "Denmark": "24/06/2020",
           "Estonia": "11/06/2021", "France": "13/01/2021", "Germany": "09/11/2021", "Greece": "25/05/2021", "Hungary": "30/07/2020",
           "Latvia": "26/11/2020", "Lithuania": "30/09/2020", "Malta": "02/10/2020", "Netherlands": "18/05/2022", "Portugal": "23/11/2021",
           "Romania": "28/01/2021", "Slovakia": "15/10/2020", "Slovenia": "09/02/2021", "Spain": "17/11/2021"}
for s, cell in RATIF10.items():
    dd, mm, yy = cell.split("/")
    # Note 4 corrects an earlier 24/06/2021 for Denmark: the table's corrected date is recorded.
    R(d, s, RATIFIED, TERM, f"{yy}-{mm}-{dd}", cell)
for s in ["Belgium", "Italy", "Luxembourg"]:
    R(d, s, NOTRATIFIED, TERM, None, "Not yet ratified", negated=True)
R(d, "Poland", NOTRATIFIED, TERM, None, "Not yet ratified", negated=True,
  alt=["says it will ratify the Termination Agreement once the remaining treaties are covered"])
RL(d, ["Austria", "Finland", "Ireland", "Sweden"], "signed", TERM, None,
   "Austria, Finland, Ireland and Sweden did not sign the Termination Agreement.", negated=True)
R(d, "United Kingdom", "signed", TERM, None, "did not sign the Termination Agreement; its bilateral investment treaties with Member States remain in force", negated=True)
R(d, "Ireland", NOTPARTY, IECZ, None, "Ireland terminated its only intra-EU bilateral investment treaty, with the Czech Republic, in 2012.",
  negated=True, required=False)
# Entry into force on 29 August 2020, the Council's Secretary-General as depositary, the Achmea judgment and the bilateral
# terminations by mutual consent (unnamed treaties): nothing.

# ===================== 11 (law firm investment alert, 20 May 2024) =====================
d = "11.txt"
R(d, "Honduras", NOTPARTY, ICSID, None,
  "the World Bank, as depositary, received Honduras's written notice denouncing the Convention on the Settlement of Investment Disputes between States and Nationals of Other States",
  negated=True, required=False)
R(d, "Honduras", RATIFIED, ICSID, "1989", "Honduras ratified the ICSID Convention in 1989.")
RL(d, ["Bolivia", "Ecuador", "Venezuela"], NOTPARTY, ICSID, None, "It is the fourth State to leave, after Bolivia (2007), Ecuador (2009) and Venezuela (2012)",
   negated=True, required=False)
R(d, "Ecuador", PARTY, ICSID, None, "Ecuador has since rejoined", required=False)
# CAFTA-DR and Honduras's BITs are named only as places of consent: nothing.
R(d, "United Kingdom", NOTPARTY, ECT, None, "The United Kingdom notified its withdrawal from the Energy Charter Treaty on 26 April 2024",
  negated=True, required=False)
# The Council's expected decisions on the EU's and Euratom's withdrawal (an internal step, still to come) and the Government
# of Portugal as depositary: nothing.
RL(d, ["France", "Germany", "Poland"], NOTPARTY, ECT, None, "France, Germany and Poland have already left", negated=True, required=False)
R(d, "Italy", NOTPARTY, ECT, None, "Italy withdrew back in 2016.", negated=True, required=False)
R(d, "Japan", RATIFIED, ECT, "2002", "Japan, which ratified the Energy Charter Treaty in 2002")
R(d, "Japan", PARTY, ECT, None, "has said it will remain a Contracting Party", required=False)
RL(d, ["Switzerland", "Türkiye"], PARTY, ECT, None, "Switzerland and Türkiye have said the same", required=False)
# The modernised text "expected to be adopted by the Energy Charter Conference later this year": a later meeting (nothing).
RL(d, ["Japan", "Angola"], "signed", JPAO, "2023-08-08", "Japan and Angola signed a bilateral investment agreement in Luanda on 8 August 2023.")
R(d, "Angola", RATIFIED, JPAO, None, "Angola has ratified it")
R(d, "Japan", NOTRATIFIED, JPAO, None, "Japan has not yet completed its procedures", negated=True)
RL(d, ["European Union", "Angola"], "signed", SIFA, "2023-11-17",
   "The European Union and Angola signed a Sustainable Investment Facilitation Agreement on 17 November 2023")
# Canada–UAE negotiations concluded (nothing); signature expected (negated).
RL(d, ["Canada", "United Arab Emirates"], "signed", CAAE, None, "Both governments expect to sign it before the end of the year.", negated=True)
# The UK–Bahrain BIT "initialled ... no signing date": nothing.
# Bolivia's terminated BITs (unnamed) and its Constitution: nothing.
RL(d, ["Belgium", "Italy", "Luxembourg"], NOTRATIFIED, TERM, None, "Belgium, Italy and Luxembourg have yet to ratify it.", negated=True)
R(d, "India", "supported", IFD, "2024-02",
  "India blocked the incorporation of the Investment Facilitation for Development (IFD) Agreement into Annex 4 of the WTO Agreement",
  negated=True, required=False)
# "finalised by 125 participating members" (unnamed).
RL(d, ["Republic of Korea", "Chile"], "called-for", IFD, None, "the co-coordinators, the Republic of Korea and Chile, have said they will keep pursuing incorporation",
   required=False)

# ===================== 12 (HM Treasury and HMRC press release, 29 November 2022) =====================
d = "12.txt"
D = "2022-11-29"
RL(d, ["United Kingdom", "Brazil"], "signed", UKBR, D, "The United Kingdom and Brazil today signed their first comprehensive double taxation convention")
# The negotiation "launched in 2019 and concluded in record time": nothing.
RL(d, ["United Kingdom", "Brazil"], PARTY, UKBR67, "1967",
   "The two countries have had an agreement on the taxation of shipping and air transport profits since 1967", required=False)
RL(d, ["United Kingdom", "Brazil"], NOTRATIFIED, UKBR, None, "Neither country has yet ratified the convention.", negated=True)
# The draft Order in Council, the National Congress's approval and entry into force: nothing.
R(d, "United Kingdom", RATIFIED, MLI, "2018-06",
  "The United Kingdom ratified the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting in June 2018.")
R(d, "Brazil", "signed", MLI, None, "Brazil is not a signatory to that Convention", negated=True)
QBR = "it signed new conventions with Uruguay in 2019 and with Poland in 2022, and a protocol amending its convention with Sweden in 2019"
R(d, "Brazil", "signed", BRUY, "2019", QBR)
R(d, "Uruguay", "signed", BRUY, "2019", QBR, required=False)
R(d, "Brazil", "signed", BRPL, "2022", QBR)
R(d, "Poland", "signed", BRPL, "2022", QBR, required=False)
R(d, "Brazil", "signed", BRSE, "2019", QBR)
R(d, "Sweden", "signed", BRSE, "2019", QBR, required=False)
R(d, "Brazil", "signed", BRSG, "2018", "Brazil also signed a convention with Singapore in 2018")
R(d, "Singapore", "signed", BRSG, "2018", "Brazil also signed a convention with Singapore in 2018", required=False)
RL(d, ["United Kingdom", "Brazil"], "signed", UKBRSS, "2012", "The UK and Brazil also signed a Social Security Agreement in 2012")
# The Economic and Financial Dialogue (a process) and its next meeting: nothing.

# ===================== 13 (business forum's policy note, Markdown, 28 February 2025) =====================
d = "13.md"
D = "2025-02-28"
RL(d, ["European Union", "New Zealand"], "signed", EUNZ, "2023-07-09", "The EU and New Zealand signed their agreement in Brussels")
RL(d, ["European Union", "Kenya"], "signed", EPA, "2023-12-18", "the EU and Kenya signed theirs in Nairobi")
QCL = "the EU and Chile signed the Interim Trade Agreement and the Advanced Framework Agreement in Brussels on the same day"
RL(d, ["European Union", "Chile"], "signed", EUCLITA, "2023-12-13", QCL)
RL(d, ["European Union", "Chile"], "signed", EUCLAFA, "2023-12-13", QCL)
# "once all EU Member States have ratified it" (unnamed); entry into force dates in the table: nothing.
RL(d, ["European Union", "Singapore"], "signed", EUSGIPA, "2018-10-19",
   "The EU-Singapore Investment Protection Agreement (IPA) was signed on 19 October 2018", required=False)
R(d, "Singapore", RATIFIED, EUSGIPA, "2019", "Singapore ratified the IPA in 2019.")
# The European Parliament's consent: domestic; the EU's conclusion is still to come.
R(d, "European Union", NOTRATIFIED, EUSGIPA, None, "the EU itself will only conclude the IPA once all Member States have ratified",
  negated=True, required=False)
RL(d, ["Belgium", "Cyprus", "Ireland"], NOTRATIFIED, EUSGIPA, None,
   "Belgium, Cyprus and Ireland are among those that have not yet ratified the IPA", negated=True)
# "15 Member States have ratified" (unnamed); the Irish Supreme Court ruling (domestic): nothing.
RL(d, ["European Union", "Viet Nam"], "signed", EUVNIPA, "2019-06-30", "The EU-Viet Nam IPA, signed in Hanoi on 30 June 2019", required=False)
R(d, "Viet Nam", RATIFIED, EUVNIPA, "2020-06", "Viet Nam ratified it in June 2020.")
# "Fewer than half of the Member States" (unnamed); negotiations concluded in Montevideo (nothing).
R(d, EUC, "signed", EUMERC, None, "The Commission aims to sign the agreement in the second half of 2025", negated=True)
RL(d, ["Argentina", "Brazil", "Paraguay", "Uruguay"], "signed", EUMERC, None,
   "Argentina, Brazil, Paraguay and Uruguay have said they expect to sign it at the same time", negated=True)
R(d, "France", "signed", EUMERC, None, "France has said it will not sign the agreement in its present form", negated=True)
# Poland's "similar objections": no act stated.
# CETA: provisional application (nothing); the French Senate's vote and the Cypriot parliament's rejection are domestic,
# but both States are stated not to have ratified.
R(d, "France", NOTRATIFIED, CETA, None, "Ten Member States have yet to ratify it, among them France", negated=True)
R(d, "Cyprus", NOTRATIFIED, CETA, None, "and Cyprus, whose parliament rejected ratification in 2020", negated=True)
R(d, "Canada", RATIFIED, CETA, "2017", "Canada ratified CETA in 2017.")
R(d, EBFS, "called-for", EUSGIPA, D, "EBFS calls on Belgium, Cyprus and Ireland to ratify the EU-Singapore IPA without further delay.")
R(d, EBFS, "supported", EUMERC, D, "EBFS supports the EU-Mercosur agreement", required=False)
R(d, EBFS, "called-for", EUMERC, D, "urges the Council to authorise its signature in 2025")
# The ratification tracker request and the EU-Indonesia rounds: nothing.

# ===================== 14 (business newspaper, Monday 3 November 2025) =====================
d = "14.txt"
RL(d, ["Australia", "China", "Japan", "New Zealand", "Republic of Korea"], "signed", RCEP, "2020-11-15",
   "RCEP was signed on 15 November 2020 by the ten members of ASEAN and by Australia, China, Japan, New Zealand and South Korea")
# "the ten members of ASEAN" (unnamed); Viet Nam as host of the virtual summit (venue): nothing.
R(d, "Philippines", RATIFIED, RCEP, "2023-04", "Manila deposited its instrument of ratification with the ASEAN Secretary-General in April 2023")
# The Senate's concurrence (domestic) and the ASEAN Secretary-General as depositary: nothing.
R(d, "Myanmar", RATIFIED, RCEP, "2021", "Myanmar deposited an instrument in 2021", required=False)
# RCEP ministers' accession procedures (no instrument named): nothing.
R(d, "Hong Kong", ACCEDED, RCEP, None, "Hong Kong, Sri Lanka, Chile and Bangladesh have formally applied to accede", negated=True, required=False)
RL(d, ["Sri Lanka", "Chile"], ACCEDED, RCEP, None, "Hong Kong, Sri Lanka, Chile and Bangladesh have formally applied to accede", negated=True)
R(d, "Bangladesh", ACCEDED, RCEP, None, "Hong Kong, Sri Lanka, Chile and Bangladesh have formally applied to accede", negated=True,
  alt=["officials in Dhaka said they hope to accede before the country graduates from least-developed status in 2026"])
# The leaders' "consider" and a possible working group in 2026: nothing.
R(d, "India", "signed", RCEP, None, "India, which walked out of the negotiations in 2019, has not signed RCEP", negated=True)
R(d, "India", JOINED, RCEP, None, "says it has no plans to join", negated=True)
R(d, "United Kingdom", PARTY, CPTPP, "2024-12-15", "the United Kingdom became a party on 15 December 2024")
R(d, "United Kingdom", "signed", CPTPPUK, "2023-07", "seventeen months after signing its accession protocol in Auckland")
R(d, "Costa Rica", ACCEDED, CPTPP, None, "Costa Rica is next in line: the CPTPP Commission agreed in November 2024 to start accession talks with San Jose", negated=True)
# The Commission's decision to start accession talks: nothing.
QQ = "China and Ecuador applied in 2021, Uruguay in 2022, Ukraine in 2023 and Indonesia in September 2024"
RL(d, ["China", "Ecuador", "Uruguay", "Ukraine", "Indonesia"], ACCEDED, CPTPP, None, QQ, negated=True)
R(d, "Philippines", ACCEDED, CPTPP, None, "The Philippines applied in August 2025", negated=True)
R(d, "United Arab Emirates", ACCEDED, CPTPP, None, "the United Arab Emirates has also said it intends to accede to the CPTPP", negated=True)
QAC = "The protocol, signed by ASEAN and China, adds chapters on the digital economy"
R(d, ASEAN, "signed", ACFTA3, "2025-10-28", QAC, alt=["the signing, on 28 October, of the Protocol to Upgrade the ASEAN-China Free Trade Area"])
R(d, "China", "signed", ACFTA3, "2025-10-28", QAC, alt=["the signing, on 28 October, of the Protocol to Upgrade the ASEAN-China Free Trade Area"])
R(d, "China", NOTRATIFIED, ACFTA3, None, "China said it would ratify the protocol \"as soon as possible\"", negated=True)
# "all eleven parties" (unnamed).
RL(d, ["Malaysia", "United States"], "signed", MYUS, "2025-10-26", "Malaysia and the United States signed a reciprocal trade agreement during President Donald Trump's visit on 26 October")
R(d, "Cambodia", "signed", KHUS, "2025-10-26", "Cambodia signed a similar agreement with the United States on the same day")
R(d, "United States", "signed", KHUS, "2025-10-26", "Cambodia signed a similar agreement with the United States on the same day", required=False)

# ===================== 15 (ADR digest, 30 September 2024) =====================
d = "15.txt"
R(d, GA, "adopted", SGC, "2018-12-20", "was adopted by the UN General Assembly on 20 December 2018")
# "when 46 States signed it" (unnamed) and entry into force: nothing.
RL(d, ["United States", "China", "India"], "signed", SGC, "2019-08-07", "Among the first-day signatories were the United States, China and India.")
RL(d, ["United States", "China", "India"], NOTRATIFIED, SGC, None, "None of the three has ratified the Convention.", negated=True)
R(d, "Japan", ACCEDED, SGC, "2023-10-01", "Japan acceded to the Convention on 1 October 2023")
R(d, "United Kingdom", "signed", SGC, "2023-05-03", "The United Kingdom signed the Convention on 3 May 2023")
R(d, "United Kingdom", NOTRATIFIED, SGC, None, "but has not yet ratified it", negated=True,
  alt=["the Ministry of Justice has said it intends to ratify once the necessary implementing legislation has been passed"])
QKU = "Other recent ratifications include those of Kazakhstan in 2022 and Uruguay in 2023."
R(d, "Kazakhstan", RATIFIED, SGC, "2022", QKU)
R(d, "Uruguay", RATIFIED, SGC, "2023", QKU)
QEU = "The European Union has neither signed nor acceded to the Convention."
R(d, "European Union", "signed", SGC, None, QEU, negated=True)
R(d, "European Union", ACCEDED, SGC, None, QEU, negated=True)
# The Commission study and the absent Council proposal: nothing. The digest corrects last month's listing of Nigeria.
R(d, "Nigeria", "signed", SGC, "2019", "Nigeria signed the Convention in 2019 but has not ratified it.")
R(d, "Nigeria", NOTRATIFIED, SGC, None, "Nigeria signed the Convention in 2019 but has not ratified it.", negated=True)
R(d, "Honduras", NOTPARTY, ICSID, None, "Honduras's denunciation of the ICSID Convention took effect on 25 August 2024.", negated=True, required=False)
R(d, "Honduras", RATIFIED, ICSID, "1989", "Honduras had ratified the Convention in 1989")
R(d, "Venezuela", NOTPARTY, ICSID, None, "the first State to leave since Venezuela in 2012", negated=True, required=False)
R(d, "Angola", "signed", ICSID, "2022-04-13", "Angola signed the ICSID Convention on 13 April 2022")
R(d, "Angola", RATIFIED, ICSID, "2022-06-19", "deposited its instrument of ratification on 19 June 2022")
R(d, "Kyrgyzstan", RATIFIED, ICSID, "2022", "Kyrgyzstan ratified the Convention in 2022 as well")
R(d, "Kyrgyzstan", "signed", ICSID, "1995", "after signing it back in 1995")
R(d, "Djibouti", "signed", ICSID, "2020", "Djibouti signed in 2020 but has not yet ratified.")
R(d, "Djibouti", NOTRATIFIED, ICSID, None, "Djibouti signed in 2020 but has not yet ratified.", negated=True)
# The World Bank's Secretary-General as depositary, "158 Contracting States and eight signatory States" (unnamed): nothing.
R(d, "Ethiopia", ACCEDED, NYC, "2020-08-24", "Ethiopia acceded on 24 August 2020, with a reciprocity reservation")
R(d, "Turkmenistan", ACCEDED, NYC, "2022-05-04", "Turkmenistan acceded on 4 May 2022")
R(d, "Sierra Leone", ACCEDED, NYC, "2022-10-28", "Sierra Leone acceded on 28 October 2022")
R(d, "Timor-Leste", ACCEDED, NYC, "2023", "Timor-Leste acceded in 2023.")
R(d, UNCITRAL, "adopted", UNCMP, "2023-07",
  "the Commission adopted its Model Provisions on Mediation for International Investment Disputes at its fifty-sixth session in July 2023", required=False)
R(d, "Georgia", RATIFIED, MAURITIUS, "2024-02", "Georgia ratified the Convention in February 2024.")
R(d, "Australia", NOTRATIFIED, MAURITIUS, None, "Australia has said it is considering ratification.", negated=True)

# ===================== 16 (Netherlands letter to parliament, 14 June 2024) =====================
d = "16.txt"
RL(d, ["Netherlands", "Uzbekistan"], "signed", NLUZ, "2023-10-05",
   "On 5 October 2023 the Netherlands and Uzbekistan signed, in Tashkent, a protocol amending the 2001 convention for the avoidance of double taxation")
RL(d, ["Netherlands", "Colombia"], "signed", NLCO, "2024-03-20",
   "On 20 March 2024 the Netherlands and Colombia signed a new convention for the avoidance of double taxation in Bogota")
# Submission for tacit approval (domestic); Belgium: concluded and initialled (nothing), signature expected (negated).
RL(d, ["Netherlands", "Belgium"], "signed", NLBE, None, "The Netherlands and Belgium expect to sign the new convention in the autumn.", negated=True)
# Rounds with the United Arab Emirates and expert talks with Ireland, Portugal and Saudi Arabia: nothing.
RL(d, ["Netherlands", "Kenya"], "signed", NLKE, "2015-07-22", "The convention with Kenya of 22 July 2015", required=False)
R(d, "Netherlands", RATIFIED, NLKE, "2016", "The Netherlands ratified the convention in 2016")
R(d, "Kenya", NOTRATIFIED, NLKE, None, "Kenya has not yet ratified it", negated=True)
# The Kenyan High Court ruling (domestic) and the Dutch démarches: nothing.
RL(d, ["Netherlands", "Ethiopia"], "signed", NLET, "2012", "The convention with Ethiopia, signed in 2012", required=False)
# The annex's earlier "not yet ratified by Ethiopia" is corrected: the convention is in force (optional affirmed record only).
R(d, "Ethiopia", RATIFIED, NLET, None, "has been in force since 2016", required=False)
R(d, "Netherlands", NOTPARTY, NLRU, None, "the Netherlands terminated the 1996 convention with the Russian Federation in June 2021",
  negated=True, required=False)
R(d, "Russian Federation", "signed", NLRUP, None, "the Russian Federation declined to sign the amending protocol", negated=True)
# The protocol "initialled by both delegations in 2020" and the Russian decree of 8 August 2023: nothing.
R(d, "Netherlands", RATIFIED, MLI, "2019-03-29",
  "The Netherlands deposited its instrument of ratification of the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting with the Secretary-General of the OECD on 29 March 2019.")
# The January 2024 notification to the depositary (covered tax agreements): nothing.
R(d, "Netherlands", "signed", STTR, None,
  "The Netherlands intends to sign the Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule", negated=True)
R(d, "Netherlands", "supported", R78230, "2023-12",
  "the Netherlands voted against resolution 78/230 on the promotion of inclusive and effective international tax cooperation in the General Assembly in December 2023",
  negated=True)
# "together with the other EU Member States" (unnamed) and taking part in the negotiations (a process): nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
