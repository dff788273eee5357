#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 09.md, 06.html, 10.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity.

Theme: parliamentary and legal documents about treaty action (2015-2026): explanatory memoranda to ratification bills,
parliamentary committee reports recommending approval, Hansard-style debate extracts on ratification motions, gazette notices
and presidential decrees on accession, national treaty-series entries, court judgments citing the treaties the State is party
to, law-firm client alerts on a treaty's entry into force and a foreign ministry's annual report on treaty action.
Domestic steps (a parliament's approval or consent, a committee's recommendation, a Bill or Act, Royal Assent, a decree
"approving" or "authorising" accession, Cabinet approval, publication in a gazette), entry into force, depositaries, venues and
hosts, implementation, reservations and declarations give no record. The international acts (signature, deposit of an
instrument, being a party) are recorded for the State that did them, including other States the documents mention. Planned or
pending acts ("will deposit", "intends to accede", "signed but not yet ratified", "has not") are negated without a date. Calls on
others to sign, ratify or join are the caller's `called-for`."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Republic of Korea", "Germany", "Kenya", "Mexico", "China",
          "Bangladesh", "Chile", "Russian Federation", "Netherlands", "Philippines", "Viet Nam", "Türkiye", "Czechia",
          "Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Lao PDR", "Brunei Darussalam", "Cambodia", "Thailand",
          "Eswatini", "Papua New Guinea", "Fiji", "Cook Islands", "Kiribati", "Samoa", "Gambia", "Côte d'Ivoire", "Ghana", "Costa Rica", "Colombia", "Ecuador", "Rwanda", "Uganda", "United Republic of Tanzania"),
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Ireland": ["Ireland"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "India": ["India", "Republic of India"],
}
gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (UK explanatory memorandum on the BBNJ Agreement, Command Paper, 9 September 2025) =====================
d = "01.txt"
D = "2025-09-09"
UK = "United Kingdom"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "Agreement on marine biological diversity of areas beyond national jurisdiction"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
PXI = ("Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea", ["1994 Part XI Agreement", "Part XI Agreement"])
UNFSA = ("United Nations Fish Stocks Agreement", ["1995 UN Fish Stocks Agreement", "UN Fish Stocks Agreement", "UNFSA", "Fish Stocks Agreement"])
R(d, ["Intergovernmental Conference", "Intergovernmental Conference on BBNJ"], "adopted", BBNJ, "2023-06-19",
  "It was adopted by the Intergovernmental Conference convened under General Assembly resolution 72/249 on 19 June 2023", required=False)
R(d, UK, "signed", BBNJ, "2023-09-20", "The United Kingdom signed the Agreement on 20 September 2023")
R(d, UK, NOTRATIFIED, BBNJ, None, "and has not yet ratified it", negated=True,
  alt=["the Government intends to deposit the United Kingdom's instrument of ratification with the Secretary-General of the United Nations"])
# The Bill, Royal Assent and the CRaG procedure: domestic. The depositary: nothing. The Article 71 declaration: nothing.
R(d, UK, ACCEDED, UNCLOS, "1997-07-25", "The United Kingdom has been a party to the United Nations Convention on the Law of the Sea (\"UNCLOS\") since its accession on 25 July 1997")
QUKP = "to both of which the UK is also a party"
R(d, UK, PARTY, PXI, None, QUKP)
R(d, UK, PARTY, UNFSA, None, QUKP)
# Entry into force (120 days after the sixtieth instrument): nothing. "signed by 142 States": unnamed; the EU is named.
R(d, "European Union", "signed", BBNJ, None, "it had been signed by 142 States and the European Union")
QLIST = ("Among those that have already ratified are Chile, Belize, Seychelles, Palau, Monaco, Mauritius, Cuba, Bangladesh, "
         "Timor-Leste, France and Spain")
RL(d, ["Chile", "Belize", "Seychelles", "Palau", "Monaco", "Mauritius", "Cuba", "Bangladesh", "Timor-Leste", "France", "Spain"],
   RATIFIED, BBNJ, None, QLIST)
R(d, "European Union", ACCEPTED, BBNJ, "2025-05-14", "The European Union deposited its instrument of approval on 14 May 2025")
RL(d, ["Portugal", "Finland", "Slovenia"], RATIFIED, BBNJ, "2025-05-14",
   "together with Portugal, Finland and Slovenia, each of which deposited its own instrument of ratification the same day")
QNA = "Norway and Australia have signed but not ratified the Agreement"
RL(d, ["Norway", "Australia"], "signed", BBNJ, None, QNA)
RL(d, ["Norway", "Australia"], NOTRATIFIED, BBNJ, None, QNA, negated=True)
R(d, "Canada", "signed", BBNJ, "2023-09", "Canada, which signed in September 2023")
R(d, "Canada", NOTRATIFIED, BBNJ, None, "expects to ratify in 2026", negated=True)
R(d, "United States", "signed", BBNJ, "2023-09-20", "The United States signed the Agreement on 20 September 2023")
R(d, "United States", NOTRATIFIED, BBNJ, None, "but has not ratified it", negated=True)
# "does not intend to seek the Senate's advice and consent": a domestic step, covered by the negated ratification above.
R(d, "Russian Federation", "signed", BBNJ, None, "The Russian Federation has not signed.", negated=True)
QHAC = "the UK has called on all States to sign and ratify the Agreement at the earliest opportunity"
R(d, UK, "called-for", BBNJ, None, QHAC)
R(d, ["High Ambition Coalition on BBNJ", "High Ambition Coalition"], "called-for", BBNJ, None,
  "Together with the other members of the High Ambition Coalition on BBNJ", required=False)
# Consultation, the assessed contribution, Overseas Territories (a possible extension "on request"): nothing.

# ===================== 02 (Australia, Joint Standing Committee on Treaties, Report 212, Canberra, June 2023) =====================
d = "02.txt"
AU = "Australia"
TOKYO = ("Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Tokyo Convention", "1963 Tokyo Convention"])
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montreal Protocol 2014", "MP14", "Montreal Protocol 2014 (Unruly Passengers)"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime"])
SAP = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence", ["Second Additional Protocol", "SAP"])
FAP = ("Additional Protocol to the Convention on Cybercrime concerning the criminalisation of acts of a racist and xenophobic nature", ["First Additional Protocol"])
# The Committee's recommendations that "binding treaty action be taken": domestic.
R(d, AU, PARTY, TOKYO, "1970", "the 1963 Tokyo Convention, to which Australia has been a party since 1970")
R(d, AU, "signed", MP14, None, "Australia did not sign MP14 when it was open for signature", negated=True)
R(d, AU, NOTBOUND, MP14, None, "Australia expects to accede by early 2024", negated=True, alt=["The proposed treaty action is accession"])
# Entry into force (1 January 2020) and "47 States are parties": nothing / unnamed.
R(d, "New Zealand", ACCEDED, MP14, "2021", "close partners had already acceded, including New Zealand (in 2021)")
RL(d, ["Singapore", "Canada", "Republic of Korea", "Fiji"], ACCEDED, MP14, None, "Singapore, Canada, the Republic of Korea and Fiji")
R(d, "United Kingdom", RATIFIED, MP14, "2022", "the United Kingdom ratified MP14 in 2022")
R(d, "United States", "signed", MP14, "2014-04-04", "The United States signed MP14 on 4 April 2014")
R(d, "United States", NOTRATIFIED, MP14, None, "but has not ratified it", negated=True)
R(d, "Japan", ["acceded", "party", "ratified"], MP14, None, "Japan is \"actively considering\" accession", negated=True)
# The Bill, ICAO as depositary: nothing. Australia's representation at the Diplomatic Conference: nothing.
R(d, ["Diplomatic Conference", "Montreal Diplomatic Conference"], "adopted", MP14, "2014", "the Conference adopted the Protocol by consensus", required=False)
R(d, AU, ACCEDED, BUD, "2012-11-30", "Australia acceded to the Council of Europe Convention on Cybercrime (the Budapest Convention) on 30 November 2012")
R(d, ["Committee of Ministers of the Council of Europe", "Council of Europe Committee of Ministers", "Council of Europe"], "adopted", SAP, "2021-11-17",
  "The Second Additional Protocol (SAP) was adopted by the Committee of Ministers of the Council of Europe on 17 November 2021")
R(d, AU, "signed", SAP, "2022-05-12", "Australia signed the SAP in Strasbourg on 12 May 2022")
R(d, AU, NOTRATIFIED, SAP, None, "The proposed treaty action is ratification.", negated=True)
RL(d, ["Japan", "Serbia"], RATIFIED, SAP, "2023", "Japan and Serbia ratified the SAP in 2023")
R(d, AU, NOTBOUND, FAP, None, "Australia is not a party to the First Additional Protocol", negated=True, alt=["has no present intention to join it"])
# The reservation under Article 19 and the declaration under Article 8(4): nothing. The Law Council "supported ratification"
# and Digital Rights Watch "opposed ratification": submitters on the domestic step, nothing. The Greens' dissent: domestic.
R(d, AU, "called-for", BUD, "2023-03", "the Government has repeatedly called on countries in the Indo-Pacific to accede to the Budapest Convention")

# ===================== 03 (NZ Parliamentary Library, Bills Digest on the Kigali Amendment bill, Markdown, Wellington, 14 August 2018) =====================
d = "03.md"
NZ = "New Zealand"
VIENNA = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
LONDON = ("London Amendment to the Montreal Protocol", ["London Amendment"])
COPEN = ("Copenhagen Amendment to the Montreal Protocol", ["Copenhagen Amendment"])
MONTA = ("Montreal Amendment to the Montreal Protocol", ["Montreal Amendment"])
BEIJ = ("Beijing Amendment to the Montreal Protocol", ["Beijing Amendment"])
KIG = ("Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol"])
DUBAI = ("Dubai Pathway decision (Decision XXVII/1)", ["Decision XXVII/1", "Dubai Pathway"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
QVM = "New Zealand ratified the Vienna Convention for the Protection of the Ozone Layer and the Montreal Protocol in 1987 and 1988 respectively"
R(d, NZ, RATIFIED, VIENNA, "1987", QVM)
R(d, NZ, RATIFIED, MP, "1988", QVM)
QAM = "it has accepted each of the four earlier amendments to the Protocol (London, Copenhagen, Montreal and Beijing)"
for a in (LONDON, COPEN, MONTA, BEIJ):
    R(d, NZ, ACCEPTED, a, None, QAM)
R(d, ["Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting of the Parties to the Montreal Protocol"], "adopted", KIG, "2016-10-15",
  "The Kigali Amendment was adopted by the Twenty-Eighth Meeting of the Parties to the Montreal Protocol in Kigali, Rwanda, on 15 October 2016")
# Entry into force on 1 January 2019 and "the twentieth instrument": nothing. The Bill, the Act, Cabinet's agreement: domestic.
R(d, NZ, NOTRATIFIED, KIG, None, "New Zealand has not yet ratified the Kigali Amendment", negated=True,
  alt=["it will deposit an instrument of acceptance once the Bill is passed"])
# "36 Parties": unnamed. The table's rows: one ratification each.
for st, dt, q in (("Rwanda", "2017-05-23", "Rwanda | Ratification | 23 May 2017"),
                  ("Australia", "2017-10-27", "Australia | Ratification | 27 October 2017"),
                  ("Canada", "2017-11-29", "Canada | Ratification | 29 November 2017"),
                  ("Sweden", "2017-11-17", "Sweden | Ratification | 17 November 2017"),
                  ("United Kingdom", "2017-11-14", "United Kingdom | Ratification | 14 November 2017"),
                  ("Chile", "2017-09-19", "Chile | Ratification | 19 September 2017")):
    R(d, st, RATIFIED, KIG, dt, q)
R(d, "Japan", ACCEPTED, KIG, None, "Japan has said that it intends to accept the Amendment before the end of 2018", negated=True)
QUSC = "The United States and China, the two largest producers of HFCs, have not ratified"
RL(d, ["United States", "China"], NOTRATIFIED, KIG, None, QUSC, negated=True)
R(d, "India", NOTRATIFIED, KIG, None, "has also yet to ratify", negated=True)
# Clause 12 (trade with States not party): unnamed. Submitters "supported the Bill": domestic.
R(d, NZ, ["co-sponsored", "supported"], DUBAI, "2015", "New Zealand was one of the co-sponsors of the \"Dubai Pathway\" decision (Decision XXVII/1) in 2015")
R(d, NZ, "called-for", KIG, "2016-10", "the Minister for Climate Change Issues joined a statement urging all Parties to ratify the Amendment")
R(d, NZ, RATIFIED, PARIS, "2016-10-04", "the Paris Agreement, which New Zealand ratified on 4 October 2016")
# No declaration under Article 4B: nothing.

# ===================== 04 (Dáil Éireann debate, motion approving the terms of the Macolin Convention, 21 February 2024) =====================
d = "04.txt"
D = "2024-02-21"
IE = "Ireland"
MAC = ("Council of Europe Convention on the Manipulation of Sports Competitions", ["Macolin Convention", "Magglingen Convention"])
OPESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "the Optional Protocol"])
THO = ("Council of Europe Convention against Trafficking in Human Organs", ["Trafficking in Human Organs Convention", "CETS No. 216"])
SPV = ("European Convention on Spectator Violence", ["European Convention on Spectator Violence and Misbehaviour at Sports Events"])
SDC = ("Council of Europe Convention on an Integrated Safety, Security and Service Approach at Football Matches and Other Sports Events", ["Saint-Denis Convention", "CETS No. 218"])
# The motion, the Dáil's approval under Article 29.5.2 and the laying of the text: domestic. The Bill and the 2018 Act: domestic.
R(d, IE, "signed", MAC, "2014-09-18", "signed on behalf of Ireland on 18 September 2014",
  alt=["Ireland was one of the first 15 member states to sign the Convention at the ministerial conference in Macolin", "We signed this thing in 2014."])
R(d, IE, NOTRATIFIED, MAC, None, "Once the House approves the terms, the instrument of ratification will be deposited with the Secretary General of the Council of Europe",
  negated=True)
# Entry into force on 1 September 2019: nothing.
RL(d, ["Norway", "Portugal", "Ukraine", "Moldova", "Italy"], RATIFIED, MAC, None, "after Norway, Portugal, Ukraine, Moldova and Italy had ratified it")
RL(d, ["Greece", "Switzerland"], RATIFIED, MAC, None, "Greece and Switzerland followed")
R(d, "Australia", ACCEDED, MAC, "2021", "Australia, which is not a member of the Council of Europe, acceded in 2021")
# Sinn Féin's and the other deputies' support for the motion: domestic. Portugal, Norway and Australia again in Ó Murchú's speech: same tuples.
R(d, IE, "signed", OPESCR, "2012-03", "Ireland signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights in March 2012")
R(d, IE, NOTRATIFIED, OPESCR, None, "has still not ratified it", negated=True,
  alt=["the Government remains committed to ratifying it once the relevant domestic framework is in place"])
R(d, IE, COMMITTED, OPESCR, None, "the Government remains committed to ratifying it", required=False)
R(d, IE, "signed", THO, "2023-03", "Ireland signed the Trafficking in Human Organs Convention in March 2023", alt=["The Government signed it last year"])
R(d, IE, NOTRATIFIED, THO, None, "ratification is planned for 2025", negated=True, alt=["we have heard nothing about ratification"])
R(d, "United Kingdom", "signed", MAC, "2015", "The United Kingdom signed the Macolin Convention in 2015")
R(d, "United Kingdom", NOTRATIFIED, MAC, None, "but has not ratified it", negated=True)
# The Group of Copenhagen (a network): nothing.
R(d, IE, PARTY, SPV, "1986", "Ireland has, in fact, been a party to the European Convention on Spectator Violence since 1986")
R(d, IE, RATIFIED, SDC, "2023", "last year we ratified the Council of Europe Convention on an Integrated Safety, Security and Service Approach at Football Matches and Other Sports Events")
R(d, IE, "called-for", MAC, D, "I would encourage all those member states which have not done so to ratify the Macolin Convention")
# "Question put and agreed to": domestic.

# ===================== 05 (Kenya Gazette, Vol. CXXIV No. 98, Nairobi, 13 May 2022; notices under the Treaty Making and Ratification Act) =====================
d = "05.txt"
KE = "Kenya"
AFINV = ("Protocol to the Agreement Establishing the African Continental Free Trade Area on Investment", ["AfCFTA Protocol on Investment", "AfCFTA Investment Protocol", "the Protocol"])
TEIA = ("Convention on the Transboundary Effects of Industrial Accidents", ["Industrial Accidents Convention", "TEIA Convention"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["Agreement Establishing the African Medicines Agency", "AMA Treaty"])
KEGH = ("Bilateral Air Services Agreement between Kenya and Ghana", ["Kenya–Ghana Bilateral Air Services Agreement", "Bilateral Air Services Agreement"])
DOHA = ("Doha Amendment to the Kyoto Protocol", ["Doha Amendment"])
CWCS1 = ("Amendment to Schedule 1 of the Chemical Weapons Convention", ["Amendment to Schedule 1", "CWC Schedule 1 amendment"])
MARR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention on the Reduction of Statelessness", "Convention on the Reduction of Statelessness, 1961"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention relating to the Status of Stateless Persons", "Convention relating to the Status of Stateless Persons, 1954"])
# The National Assembly's approval, section 8 of the Act, Cabinet approval, publication: domestic. The AU Commission as depositary: nothing.
R(d, KE, RATIFIED, AFINV, "2022-04-28", "the Government of the Republic of Kenya deposited its instrument of ratification of the Protocol to the Agreement Establishing the African Continental Free Trade Area on Investment")
R(d, ["Assembly of Heads of State and Government of the African Union", "African Union Assembly", "African Union"], "adopted", AFINV, None,
  "The Protocol was adopted by the Assembly of Heads of State and Government of the African Union", required=False)
R(d, KE, "signed", AFINV, "2022-02-19", "Kenya signed the Protocol on 19th February, 2022.")
R(d, KE, ACCEDED, TEIA, "2022-02-10", "Accession to the Convention on the Transboundary Effects of Industrial Accidents")
R(d, KE, RATIFIED, AMA, "2022-03-02", "Ratification of the Agreement Establishing the African Medicines Agency")
RL(d, [KE, "Ghana"], "signed", KEGH, "2022-04-14", "signed at Nairobi on 14th April, 2022")
R(d, KE, ACCEPTED, DOHA, "2022-01-31", "Acceptance of the Doha Amendment to the Kyoto Protocol")
QNR = "are before the National Assembly and have not been ratified"
for i in (CWCS1, MARR, PSMA):
    R(d, KE, NOTRATIFIED, i, None, QNR, negated=True)
R(d, KE, NOTBOUND, STL61, None, "Kenya is not party to the Convention.", negated=True,
  alt=["the proposal that the Republic of Kenya accede to the Convention on the Reduction of Statelessness, 1961"])
# The 1961 Convention's adoption date (30 August 1961) has no actor: nothing.
R(d, KE, ACCEDED, STL54, "2021-03-22", "Kenya is a party to the Convention relating to the Status of Stateless Persons, 1954, to which it acceded on 22nd March, 2021")
# Notice 5564 (land registration): nothing.

# ===================== 06 (Uzbekistan, presidential decree No. UP-118 on accession to the Child Abduction Convention, HTML, Tashkent, 24 July 2023) =====================
d = "06.html"
UZ = "Uzbekistan"
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
APOS = ("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention", "Hague Apostille Convention"])
SERV = ("Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters", ["Service Convention", "Hague Service Convention"])
HCAB = ("Convention on the Civil Aspects of International Child Abduction", ["Hague Child Abduction Convention", "Child Abduction Convention", "1980 Hague Convention"])
HC96 = ("Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children",
        ["1996 Hague Child Protection Convention", "Child Protection Convention", "1996 Hague Convention"])
R(d, UZ, PARTY, CRC, "1994", "The Republic of Uzbekistan has been a party to the Convention on the Rights of the Child since 1994")
R(d, UZ, ACCEDED, APOS, "2011", "acceded to the Convention Abolishing the Requirement of Legalisation for Foreign Public Documents in 2011")
# Membership of the Hague Conference (an organisation): nothing.
R(d, UZ, ACCEDED, SERV, "2023-03-15", "on 15 March 2023 it acceded to the Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters")
# "in force for 103 Contracting States": unnamed, and entry into force gives nothing; the States named after "among them" are parties.
RL(d, ["Kazakhstan", "Kyrgyzstan", "Türkiye", "Russian Federation", "Republic of Korea"], PARTY, HCAB, None,
   "among them the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Turkey, the Russian Federation and the Republic of Korea")
RL(d, ["Tajikistan", "Turkmenistan"], NOTBOUND, HCAB, None, "The Republic of Tajikistan and Turkmenistan have not yet become parties to it.", negated=True)
# The Oliy Majlis's approval and the decree's acceptance of the ministries' proposal: domestic.
R(d, UZ, ACCEDED, HCAB, None, "deposit the instrument of accession of the Republic of Uzbekistan with the Ministry of Foreign Affairs of the Kingdom of the Netherlands",
  negated=True)
# The Netherlands as depositary, the Article 38 declaration, the reservation, the Central Authority and the Codes: nothing.
R(d, UZ, NOTBOUND, HC96, None, "the question of the accession of the Republic of Uzbekistan to the Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children",
  negated=True)
R(d, UZ, "called-for", HCAB, None, "invite the States of Central Asia that have not yet done so to accede to the Convention", required=False)

# ===================== 07 (New Zealand Treaty Series 2020 No. 9, PACER Plus, with the depositary's status list, published December 2020) =====================
d = "07.txt"
PP = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus", "PACER Plus Agreement"])
PICTA = ("Pacific Island Countries Trade Agreement", ["PICTA"])
SPARTECA = ("South Pacific Regional Trade and Economic Co-operation Agreement", ["SPARTECA"])
# Entry into force (generally and for New Zealand), Tonga as depositary, Article 15/16 and the place of signature: nothing.
RL(d, ["Australia", "Cook Islands", "Kiribati", "New Zealand", "Niue", "Samoa", "Solomon Islands", "Tonga", "Tuvalu"], "signed", PP, "2017-06-14",
   "The Agreement was signed at Nuku'alofa on 14 June 2017 by Australia, the Cook Islands, Kiribati, New Zealand, Niue, Samoa, the Solomon Islands, Tonga and Tuvalu")
R(d, "Nauru", "signed", PP, "2017-09-07", "Nauru signed on 7 September 2017")
R(d, "Vanuatu", "signed", PP, "2017-09-25", "Vanuatu on 25 September 2017")
for st, q, dt in (("Australia", "Australia 14 Jun 2017 11 Dec 2019", "2019-12-11"),
                  ("Cook Islands", "Cook Islands 14 Jun 2017 23 Sep 2020", "2020-09-23"),
                  ("Kiribati", "Kiribati 14 Jun 2017 12 Nov 2019", "2019-11-12"),
                  ("New Zealand", "New Zealand 14 Jun 2017 27 Nov 2019", "2019-11-27"),
                  ("Niue", "Niue 14 Jun 2017 4 Sep 2020", "2020-09-04"),
                  ("Samoa", "Samoa 14 Jun 2017 5 Jun 2018", "2018-06-05"),
                  ("Tonga", "Tonga 14 Jun 2017 14 Oct 2020", "2020-10-14"),
                  ("Tuvalu", "Tuvalu 14 Jun 2017 5 Feb 2020", "2020-02-05")):
    R(d, st, RATIFIED, PP, dt, q)
# Note (a) restates Tonga's ratification; "the eight Parties": same events, no separate party records.
R(d, "Nauru", NOTRATIFIED, PP, None, "Nauru 7 Sep 2017 -", negated=True, required=False)
R(d, "Solomon Islands", NOTRATIFIED, PP, None, "Solomon Islands informed the depositary in 2020 that it intends to ratify", negated=True)
R(d, "Vanuatu", NOTRATIFIED, PP, None, "its instrument had not been deposited at the date of this publication", negated=True)
# Vanuatu's Parliament's approval in 2021 and New Zealand's treaty examination and Tariff Order: domestic.
RL(d, ["Fiji", "Papua New Guinea"], "signed", PP, None, "Fiji and Papua New Guinea participated in the negotiations but did not sign the Agreement", negated=True)
RL(d, ["Fiji", "Papua New Guinea"], NOTBOUND, PP, None, "Neither has indicated an intention to accede.", negated=True, required=False)
R(d, "New Zealand", NOTBOUND, PICTA, None, "New Zealand is not a party", negated=True)
RL(d, ["New Zealand", "Australia"], PARTY, SPARTECA, None, "New Zealand and Australia are parties")

# ===================== 08 (Constitutional Court of South Africa, Moyo v Minister of Home Affairs [2023] ZACC 21, decided 27 June 2023) =====================
d = "08.txt"
ZA = "South Africa"
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "Refugee Convention"])
REF67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol"])
OAUREF = ("OAU Convention Governing the Specific Aspects of Refugee Problems in Africa", ["OAU Refugee Convention", "1969 OAU Convention"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "Convention relating to the Status of Stateless Persons, 1954"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "Convention on the Reduction of Statelessness, 1961"])
NATP = ("Protocol to the African Charter on Human and Peoples' Rights on the Specific Aspects of the Right to a Nationality and the Eradication of Statelessness in Africa",
        ["AU Nationality Protocol", "the Protocol"])
OP1 = ("First Optional Protocol to the International Covenant on Civil and Political Rights", ["ICCPR's First Optional Protocol", "First Optional Protocol"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", ["Second Optional Protocol"])
# Sections 39(1)(b), 231(2), 231(4) and 233 of the Constitution, Parliament's approval, the Citizenship Act and the Births and Deaths Registration Act: domestic.
R(d, ZA, RATIFIED, ICCPR, "1998-12-10", "South Africa is a party to the International Covenant on Civil and Political Rights (ICCPR), which it ratified on 10 December 1998")
R(d, ZA, "signed", ICESCR, "1994-10", "South Africa signed the International Covenant on Economic, Social and Cultural Rights (ICESCR) in October 1994")
R(d, ZA, RATIFIED, ICESCR, "2015-01-12", "ratified it on 12 January 2015")
QREF = "The Republic acceded to the Convention relating to the Status of Refugees and its 1967 Protocol in January 1996"
R(d, ZA, ACCEDED, REF51, "1996-01", QREF)
R(d, ZA, ACCEDED, REF67, "1996-01", QREF)
R(d, ZA, PARTY, OAUREF, None, "is also bound by the OAU Convention Governing the Specific Aspects of Refugee Problems in Africa")
R(d, ZA, RATIFIED, CRC, "1995-06-16", "the Convention on the Rights of the Child, ratified by South Africa on 16 June 1995")
R(d, ZA, RATIFIED, ACRWC, "2000", "the African Charter on the Rights and Welfare of the Child, which the Republic ratified in 2000")
QNS = ("South Africa is not a party to the Convention relating to the Status of Stateless Persons, 1954, nor to the Convention on the "
       "Reduction of Statelessness, 1961")
R(d, ZA, NOTBOUND, STL54, None, QNS, negated=True, alt=["the Department \"is studying\" accession to both"])
R(d, ZA, NOTBOUND, STL61, None, QNS, negated=True, alt=["the Department \"is studying\" accession to both"])
# "several States in the region": unnamed; the UNTC list names them.
RL(d, ["Lesotho", "Malawi", "Mozambique", "Eswatini", "Zimbabwe"], PARTY, STL54, None,
   "Lesotho, Malawi, Mozambique, Eswatini and Zimbabwe are parties to the 1954 Convention")
RL(d, ["Lesotho", "Mozambique"], ACCEDED, STL61, None, "Lesotho and Mozambique have also acceded to the 1961 Convention")
R(d, ["Assembly of the African Union", "African Union Assembly", "African Union"], "adopted", NATP, "2023-02",
  "adopted by the Assembly of the African Union in February 2023")
R(d, ZA, "signed", NATP, None, "South Africa has not signed it.", negated=True)
# Customary international law: nothing. "Nor has any other SADC State ratified it": unnamed.
QACH = "called on all African Union member States to ratify the 1954 and 1961 conventions"
R(d, ["African Commission on Human and Peoples' Rights", "African Commission"], "called-for", STL54, "2013", QACH)
R(d, ["African Commission on Human and Peoples' Rights", "African Commission"], "called-for", STL61, "2013", QACH)
# No reservation to article 24: nothing.
R(d, ZA, RATIFIED, OP1, "1998-12-10", "The ICCPR's First Optional Protocol was ratified on the same date")
R(d, ZA, ACCEDED, OP2, "2002", "South Africa acceded to the Second Optional Protocol, aiming at the abolition of the death penalty, in 2002")

# ===================== 09 (law-firm client alert, Hague Judgments Convention in force for the UK, Markdown, London, 3 July 2025) =====================
d = "09.md"
UK = "United Kingdom"
HJC = ("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters", ["2019 Convention", "Hague Judgments Convention", "2019 Hague Judgments Convention"])
HCCA = ("Convention on Choice of Court Agreements", ["Hague Choice of Court Convention 2005", "2005 Convention", "Hague Choice of Court Convention"])
LUG = ("Lugano Convention 2007", ["Lugano Convention", "Lugano"])
SGM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention", "Singapore Convention on Mediation"])
# Entry into force for the UK (1 July 2025) and generally (1 September 2023), Article 28(2), the Diplomatic Session: nothing.
R(d, "European Union", ACCEDED, HJC, "2022-08-29", "following the EU's accession on 29 August 2022")
R(d, "Ukraine", RATIFIED, HJC, "2022-08-29", "Ukraine's ratification on the same day")
R(d, UK, "signed", HJC, "2024-01-12", "The UK signed the 2019 Convention on 12 January 2024")
R(d, UK, RATIFIED, HJC, "2024-06-27", "deposited its instrument of ratification on 27 June 2024")
# The 2020 Act and the 2024 Regulations: domestic. The list restates the EU, Ukraine and the UK.
R(d, "Uruguay", RATIFIED, HJC, "2023-09-01", "Uruguay (ratified 1 September 2023; in force from 1 October 2024)")
RL(d, ["Montenegro", "Albania"], ACCEDED, HJC, "2024", "Montenegro and Albania, which both acceded in 2024")
QSNR = "Costa Rica, Israel, North Macedonia, the Russian Federation and the United States have signed but not ratified"
for st in ("Costa Rica", "Israel", "North Macedonia", "Russian Federation", "United States"):
    R(d, st, "signed", HJC, "2021-11-17" if st == "Russian Federation" else None, QSNR,
      alt=(["the Russian Federation's signature (17 November 2021)"] if st == "Russian Federation" else None))
    R(d, st, NOTRATIFIED, HJC, None, QSNR, negated=True)
R(d, UK, ACCEDED, HCCA, "2020-09-28",
  "The UK has been a party to the Hague Convention of 30 June 2005 on Choice of Court Agreements in its own right since 1 January 2021, having deposited its instrument of accession on 28 September 2020")
R(d, "European Union", ACCEPTED, HCCA, "2015", "the EU's approval of the 2005 Convention in 2015")
RL(d, ["Singapore", "Mexico", "Montenegro", "Ukraine"], PARTY, HCCA, None, "Singapore, Mexico, Montenegro and Ukraine are also parties.")
R(d, UK, NOTBOUND, LUG, None, "The UK is therefore not a party to Lugano", negated=True,
  alt=["The UK applied on 8 April 2020 to accede to the Lugano Convention 2007."])
# Switzerland, Norway and Iceland "supported the application" and the Commission's recommendation: support for an application, nothing.
R(d, UK, "signed", SGM, "2023-05-03", "The UK signed the United Nations Convention on International Settlement Agreements Resulting from Mediation")
R(d, UK, NOTRATIFIED, SGM, None, "the UK has yet to ratify", negated=True)
RL(d, ["Georgia", "Belarus", "Türkiye"], PARTY, SGM, None, "only Georgia, Belarus and Türkiye are parties")

# ===================== 10 (Finland MFA, "Treaty actions in 2021: annual review", HTML, 15 February 2022, corrected 16 February 2022) =====================
d = "10.html"
D = "2022-02-15"
FI = "Finland"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapons ban treaty"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "ILO No. 190", "C190", "Convention No. 190"])
MINA = ("Amendment to Annex A and Annex B of the Minamata Convention on Mercury", ["Minamata Convention on Mercury, Amendment to Annex A and Annex B", "COP-3 amendment"])
C108P = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data", ["CETS No. 223", "Convention 108+", "Protocol amending Convention 108"])
ISA = ("Framework Agreement on the Establishment of the International Solar Alliance", ["ISA Framework Agreement", "International Solar Alliance Framework Agreement"])
NORD = ("Nordic Agreement on cooperation in civil emergency preparedness", ["Nordic Agreement"])
ECT = ("Energy Charter Treaty", ["ECT"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
ATT = ("Arms Trade Treaty", ["ATT"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
NIC = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention", "CETS No. 221"])
# "41 treaty actions": unnamed. Publication in the Finnish Treaty Series and entry into force: nothing.
QTP = "Finland has not signed or ratified the Treaty on the Prohibition of Nuclear Weapons."
R(d, FI, "signed", TPNW, None, QTP, negated=True)
R(d, FI, NOTRATIFIED, TPNW, None, QTP, negated=True)
# The correction's "wrongly listed Finland among the States that ratified" and observer status: nothing of their own.
# The withdrawal of the reservation to Article 44: nothing.
R(d, FI, PARTY, IST, "2015", "Finland has been a party since 2015.")
R(d, FI, RATIFIED, C190, "2021-12-21", "Violence and Harassment Convention, 2019 (ILO No. 190): instrument of ratification deposited with the Director-General of the ILO in Geneva on 21 December 2021")
# The Parliament's approval in November: domestic.
R(d, FI, ACCEPTED, MINA, "2021-06-09", "Minamata Convention on Mercury, Amendment to Annex A and Annex B (COP-3): accepted on 9 June 2021.")
R(d, FI, RATIFIED, C108P, "2021-04-09", "Finland ratified the Protocol on 9 April 2021.")
R(d, FI, "signed", ISA, "2021-09-22", "Foreign Minister Pekka Haavisto signed the Framework Agreement on the Establishment of the International Solar Alliance on 22 September 2021")
R(d, FI, "signed", NORD, "2021-11-04", "Finland also signed, together with the other Nordic countries, the Nordic Agreement on cooperation in civil emergency preparedness, on 4 November 2021 in Copenhagen")
RL(d, ["Denmark", "Iceland", "Norway", "Sweden"], "signed", NORD, "2021-11-04", "Denmark, Iceland, Norway and Sweden signed it the same day")
# The Ljubljana–The Hague core group (an initiative, the treaty still under negotiation): nothing.
R(d, FI, PARTY, ECT, None, "Finland remains a Contracting Party to the Energy Charter Treaty")
R(d, "Norway", RATIFIED, C190, "2021", "Norway ratified ILO Convention No. 190 in 2021")
R(d, "Sweden", NOTRATIFIED, C190, None, "Sweden has not yet ratified that Convention", negated=True)
# The Swedish Government's bill: domestic.
RL(d, ["Estonia", "Latvia"], NOTBOUND, CCM, None, "Estonia and Latvia remain outside the Convention on Cluster Munitions", negated=True)
R(d, FI, NOTBOUND, CCM, None, "which Finland has not joined either", negated=True)
QCALL = "Finland will continue to encourage all States to become parties to the Arms Trade Treaty and to the Rome Statute of the International Criminal Court"
R(d, FI, "called-for", ATT, D, QCALL)
R(d, FI, "called-for", ROME, D, QCALL)
R(d, FI, "signed", NIC, "2017", "which Finland signed in 2017")
R(d, FI, NOTRATIFIED, NIC, None, "The Government intends to submit a proposal for the ratification of the Council of Europe Convention on Offences relating to Cultural Property", negated=True)

# ===================== 11 (Philippine Official Gazette, 6 March 2023: Senate resolution concurring in RCEP ratification; DFA press release of 3 March 2023) =====================
d = "11.txt"
PH = "Philippines"
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP", "RCEP Agreement", "Regional Comprehensive Economic Partnership (RCEP) Agreement"])
ATIGA = ("ASEAN Trade in Goods Agreement", ["ATIGA"])
AANZ = ("ASEAN-Australia-New Zealand Free Trade Agreement", ["AANZFTA"])
AANZP2 = ("Second Protocol to Amend the ASEAN-Australia-New Zealand Free Trade Agreement", ["Second Protocol to Amend AANZFTA"])
QSIG = ("by the ten Member States of the Association of Southeast Asian Nations (ASEAN), namely Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, "
        "Myanmar, the Philippines, Singapore, Thailand and Viet Nam, and by Australia, China, Japan, the Republic of Korea and New Zealand")
RL(d, ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", PH, "Singapore", "Thailand", "Viet Nam",
       "Australia", "China", "Japan", "Republic of Korea", "New Zealand"], "signed", RCEP, "2020-11-15", QSIG)
R(d, "India", "signed", RCEP, None, "withdrew from them in November 2019 and did not sign the Agreement", negated=True)
# Entry into force generally and "the six ASEAN Member States and four non-ASEAN signatory States": unnamed / nothing. For
# Korea, Malaysia and Indonesia entry into force implies party status; a careful annotator may or may not record it.
RL(d, ["Republic of Korea", "Malaysia", "Indonesia"], PARTY, RCEP, None,
   "thereafter for the Republic of Korea on 1 February 2022, for Malaysia on 18 March 2022 and for Indonesia on 2 January 2023", required=False)
# The President's ratification on 2 September 2021 is the domestic step that needs the Senate's concurrence (Section 21, Article VII);
# the international act is the deposit of 3 March 2023.
R(d, PH, RATIFIED, RCEP, "2023-03-03", "The Philippines today deposited its Instrument of Ratification of the Regional Comprehensive Economic Partnership Agreement")
R(d, "Myanmar", NOTBOUND, RCEP, None, "the Philippines is the only ASEAN Member State, apart from Myanmar, that has not yet become a party to the RCEP Agreement", negated=True)
R(d, PH, NOTBOUND, RCEP, None, "the Philippines is the only ASEAN Member State, apart from Myanmar, that has not yet become a party to the RCEP Agreement", negated=True, required=False)
# The Committee's recommendation, the Senate's concurrence and its vote: domestic. Entry into force for the Philippines: nothing.
RL(d, ["Japan", "China", "Australia", "New Zealand"], RATIFIED, RCEP, "2021", "Japan, China, Australia and New Zealand ratified the Agreement in 2021")
R(d, PH, "called-for", RCEP, "2023-03-03", "Secretary Manalo also called on India to reconsider joining RCEP")
R(d, "Sri Lanka", ACCEDED, RCEP, None, "Hong Kong, China and Sri Lanka have applied to accede; neither application has yet been accepted.", negated=True)
R(d, ["Hong Kong, China", "Hong Kong"], ACCEDED, RCEP, None, "Hong Kong, China and Sri Lanka have applied to accede", negated=True, required=False)
R(d, PH, PARTY, ATIGA, None, "The Philippines is also a party to the ASEAN Trade in Goods Agreement (ATIGA)")
R(d, PH, PARTY, AANZ, None, "the ASEAN-Australia-New Zealand Free Trade Agreement (AANZFTA)")
R(d, PH, "signed", AANZP2, None, "The Philippines has not yet signed the Second Protocol to Amend AANZFTA", negated=True)

# ===================== 12 (Swiss Federal Council, dispatch on the approval of the 2017 and 2019 amendments to the Rome Statute, 12 November 2021) =====================
d = "12.txt"
D = "2021-11-12"
CH = "Switzerland"
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "the Statute"])
AM17 = ("2017 amendments to Article 8 of the Rome Statute", ["2017 amendments", "amendments of 2017 to the Rome Statute", "weapons amendments"])
AM19 = ("2019 amendment to Article 8 of the Rome Statute on intentional starvation of civilians", ["starvation amendment", "2019 amendment", "amendment of 2019 to the Rome Statute"])
KAG = ("Kampala amendment on the crime of aggression", ["amendments on the crime of aggression", "Kampala amendments"])
KA8 = ("2010 Kampala amendment to Article 8 of the Rome Statute", ["Kampala amendment to Article 8", "2010 amendment to Article 8"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC"])
ASP = ["Assembly of States Parties to the Rome Statute", "Assembly of States Parties", "ICC Assembly of States Parties"]
# The draft federal decree, the parliamentary motion, the consultation and the optional referendum: domestic.
QPROP = "The Federal Council proposes that Switzerland ratify both sets of amendments."
R(d, CH, NOTRATIFIED, AM17, None, QPROP, negated=True)
R(d, CH, NOTRATIFIED, AM19, None, QPROP, negated=True)
# "Switzerland took the initiative for the 2019 amendment" and "a proposal submitted by Switzerland": not a treaty action.
R(d, CH, "signed", ROME, "1998-07-18", "Switzerland signed the Rome Statute on 18 July 1998")
R(d, CH, RATIFIED, ROME, "2001-10-12", "ratified it on 12 October 2001")
QKAM = "It ratified the amendments adopted at the Review Conference in Kampala in 2010, on the crime of aggression and on Article 8, on 10 September 2015"
R(d, CH, RATIFIED, KAG, "2015-09-10", QKAM)
R(d, CH, RATIFIED, KA8, "2015-09-10", QKAM)
R(d, ["Review Conference of the Rome Statute", "Kampala Review Conference"], "adopted", KAG, "2010", "the amendments adopted at the Review Conference in Kampala in 2010", required=False)
R(d, ["Review Conference of the Rome Statute", "Kampala Review Conference"], "adopted", KA8, "2010", "the amendments adopted at the Review Conference in Kampala in 2010", required=False)
R(d, CH, PARTY, APIC, None, "Switzerland is also a party to the Agreement on the Privileges and Immunities of the International Criminal Court.")
R(d, ASP, "adopted", AM17, "2017-12-14", "On 14 December 2017 the Assembly of States Parties adopted, by consensus, three amendments to Article 8")
R(d, ASP, "adopted", AM19, "2019-12-06", "On 6 December 2019 the Assembly of States Parties adopted by consensus the amendment to Article 8 on intentional starvation of civilians")
# "ratified by 13 States": unnamed. "As at 30 September 2021" is a status date, not the action date.
RL(d, ["New Zealand", "Andorra", "Netherlands", "Croatia", "Norway", "Luxembourg", "Liechtenstein"], RATIFIED, AM19, None,
   "the starvation amendment by 7 States: New Zealand, Andorra, the Netherlands, Croatia, Norway, Luxembourg and Liechtenstein")
RL(d, ["Germany", "Austria"], NOTRATIFIED, AM19, None, "Germany and Austria have not yet ratified the 2019 amendment", negated=True)
# The German Government's submission to the Bundestag: domestic.
QFR = "France has ratified none of the Article 8 amendments adopted since 2010 and has stated that it has no plans to do so"
for a in (AM17, AM19):
    R(d, "France", NOTRATIFIED, a, None, QFR, negated=True)
# "adopted since 2010" may or may not take in the 2010 Kampala amendment to Article 8 itself.
R(d, "France", NOTRATIFIED, KA8, None, QFR, negated=True, required=False)
# "123 States Parties" and "Several major powers": unnamed.
R(d, "United States", "signed", ROME, "2000-12-31", "The United States signed the Statute on 31 December 2000")
R(d, "United States", NOTBOUND, ROME, None, "informed the Secretary-General in 2002 that it did not intend to become a party", negated=True)
R(d, "Russian Federation", "signed", ROME, None, "The Russian Federation, which had also signed", required=False)
R(d, "Russian Federation", "signed", ROME, None, "withdrew its signature in 2016", negated=True)
QCI = "China and India have neither signed nor acceded."
RL(d, ["China", "India"], "signed", ROME, None, QCI, negated=True)
RL(d, ["China", "India"], ACCEDED, ROME, None, QCI, negated=True)
# Entry into force for Switzerland under Article 121(5), "no declaration", the Criminal Code: nothing.
QCALL = "to call upon all States Parties to ratify the amendments to Article 8 and upon all other States to accede to the Rome Statute"
R(d, CH, "called-for", AM17, D, QCALL)
R(d, CH, "called-for", AM19, D, QCALL)
R(d, CH, "called-for", ROME, D, QCALL)

# ===================== 13 (India MEA, Lok Sabha unstarred question No. 1647, answered 9 December 2022) =====================
d = "13.txt"
IN = "India"
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT", "UNCAT"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Convention relating to the Status of Refugees", "1951 Refugee Convention", "Refugee Convention"])
REF67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment"])
ACPPNM = ("Amendment to the Convention on the Physical Protection of Nuclear Material", ["A/CPPNM", "2005 Amendment to the CPPNM"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Bonn Convention", "Convention on Migratory Species"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "ILO Maritime Labour Convention", "MLC"])
MINA = ("Minamata Convention on Mercury", ["Minamata Convention"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "the Treaty"])
R7231 = ("General Assembly resolution 72/31", ["resolution 72/31", "A/RES/72/31"])
L1C = ("First Committee draft resolution on the Treaty on the Prohibition of Nuclear Weapons", ["draft resolution on the Treaty on the Prohibition of Nuclear Weapons", "TPNW resolution"])
CNWC = ("Comprehensive Nuclear Weapons Convention", ["Nuclear Weapons Convention"])
# The questions themselves (a)-(d): nothing.
R(d, IN, "signed", CAT, "1997-10-14", "India signed the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment on 14 October 1997")
R(d, IN, NOTRATIFIED, CAT, None, "India has not ratified the Convention.", negated=True)
# The Prevention of Torture Bill, the Law Commission's recommendation, "under examination": domestic.
QREF = "India is not a party to the 1951 Convention relating to the Status of Refugees or its 1967 Protocol"
R(d, IN, NOTBOUND, REF51, None, QREF, negated=True, alt=["there is no proposal at present to accede to them"])
R(d, IN, NOTBOUND, REF67, None, QREF, negated=True, alt=["there is no proposal at present to accede to them"])
QCOV = "to both of which India acceded in 1979"
R(d, IN, ACCEDED, ICCPR, "1979", QCOV, alt=["the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights"])
R(d, IN, ACCEDED, ICESCR, "1979", QCOV)
R(d, IN, RATIFIED, KIG, "2021-09-27", "Kigali Amendment to the Montreal Protocol Ratification 27.09.2021")
R(d, IN, ACCEPTED, ACPPNM, "2021-03-18", "Amendment to the Convention on the Physical Acceptance 18.03.2021")
R(d, IN, PARTY, CMS, "1983", "India, a party since 1983")
# Hosting COP-13 at Gandhinagar: a venue, nothing.
R(d, IN, RATIFIED, MLC, "2015-10-09", "India deposited its instrument of ratification of the ILO Maritime Labour Convention, 2006 on 9 October 2015")
R(d, IN, RATIFIED, MINA, "2018-06-18", "ratified the Minamata Convention on Mercury on 18 June 2018")
R(d, IN, NOTBOUND, TPNW, None, "India will not become a party to it", negated=True)
# "which was adopted on 7 July 2017" names no body; non-participation in negotiations and the customary-law view: nothing.
R(d, IN, "supported", R7231, "2017-12-04", "India voted against United Nations General Assembly resolution 72/31 of 4 December 2017", negated=True)
R(d, IN, "called-for", CNWC, "2022-12-09", "supports the negotiation of a Comprehensive Nuclear Weapons Convention in the Conference on Disarmament", required=False)
R(d, IN, "supported", L1C, "2022-11", "In the First Committee in November 2022, India abstained on the draft resolution on the Treaty", negated=True)
R(d, "Pakistan", "supported", L1C, "2022-11", "as did Pakistan", negated=True)
RL(d, ["Austria", "Ireland", "Mexico", "New Zealand", "South Africa"], "supported", L1C, "2022-11",
   "Austria, Ireland, Mexico, New Zealand and South Africa, among others, voted in favour")

# ===================== 14 (US Senate Committee on Foreign Relations, Exec. Rept. 117-5, NATO accession protocols, July 26, 2022) =====================
d = "14.txt"
D = "2022-07-26"
US = "United States"
PROT = ("Protocols to the North Atlantic Treaty of 1949 on the Accession of the Republic of Finland and the Kingdom of Sweden",
        ["Protocols", "NATO accession protocols for Finland and Sweden", "Protocols on the Accession of Finland and Sweden"])
NAT = ("North Atlantic Treaty", ["Washington Treaty", "North Atlantic Treaty of 1949"])
TEU = ("Treaty on European Union", ["TEU"])
OPEN = ("Treaty on Open Skies", ["Open Skies Treaty"])
TRI = ("Trilateral memorandum between Türkiye, Finland and Sweden", ["trilateral memorandum"])
NMK = ("Protocol to the North Atlantic Treaty on the Accession of the Republic of North Macedonia", ["North Macedonia accession protocol", "Protocol for North Macedonia"])
SFRC = ["Senate Committee on Foreign Relations", "Committee on Foreign Relations", "Senate Foreign Relations Committee"]
# The Committee's favourable report, its recommendation, the hearing, the vote and the Senate's advice and consent: domestic.
R(d, US, "signed", PROT, "2022-07-05", "The Protocols were signed by the Permanent Representatives of all thirty Allies, including Ambassador Julianne Smith for the United States, on July 5, 2022",
  alt=["which were signed at Brussels on July 5, 2022, by the United States of America and other parties thereto"])
R(d, US, NOTRATIFIED, PROT, None, "recommends that the Senate give its advice and consent to ratification thereof", negated=True, required=False)
# "all thirty Allies": unnamed. The applications of May 18, 2022 and the Madrid invitation: not treaty actions.
QFS = "Finland and Sweden are not yet parties to the North Atlantic Treaty."
RL(d, ["Finland", "Sweden"], NOTBOUND, NAT, None, QFS, negated=True,
   alt=["Finland and Sweden may then deposit their instruments of accession to the North Atlantic Treaty."])
RL(d, ["Finland", "Sweden"], PARTY, TEU, None, "Both are parties to the Treaty on European Union")
RL(d, ["Finland", "Sweden"], PARTY, OPEN, None, "Both have also been parties to the Treaty on Open Skies")
R(d, US, NOTBOUND, OPEN, None, "from which the United States withdrew in November 2020", negated=True)
RL(d, ["Türkiye", "Finland", "Sweden"], SIGNED_DECL, TRI, "2022-06-28", "Türkiye, Finland and Sweden signed a trilateral memorandum addressing Turkish security concerns", required=False)
R(d, "Canada", RATIFIED, PROT, "2022-07-05", "Canada became the first Ally to deposit its instrument of ratification, on July 5, 2022")
RL(d, ["Denmark", "Norway", "Iceland"], RATIFIED, PROT, "2022-07", "followed by Denmark, Norway and Iceland on July 5 and 6")
R(d, "Estonia", RATIFIED, PROT, "2022-07-12", "by Estonia on July 12")
RL(d, ["Germany", "Netherlands", "Lithuania", "Albania", "Latvia"], RATIFIED, PROT, None,
   "Germany, the Netherlands, Lithuania, Albania and Latvia have also ratified the Protocols")
# The United States as depositary under Article 14, "14 instruments" and entry into force: nothing.
RL(d, ["Hungary", "Türkiye"], NOTRATIFIED, PROT, None, "Hungary and Türkiye have not ratified the Protocols", negated=True)
# The Hungarian parliament's timetable: domestic. "strongly supports the accession of Finland and Sweden": not an instrument.
R(d, US, "signed", NMK, "2019", "the United States was the first Ally to sign the Protocols' predecessor instrument for North Macedonia in 2019")
R(d, SFRC, "called-for", PROT, D, "The Committee urges all Allies that have not yet done so to ratify the Protocols without delay.")

# ===================== 15 (Netherlands, explanatory memorandum to the bill approving the Ljubljana-The Hague Convention, session 2024-2025; no date) =====================
d = "15.txt"
NL = "Netherlands"
LJHC = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention", "the Convention"])
GEN = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
GC49 = ("Geneva Conventions of 1949", ["four Geneva Conventions of 1949", "Geneva Conventions"])
AP1 = ("Additional Protocol I to the Geneva Conventions", ["Additional Protocol I", "Protocol I"])
AP2 = ("Additional Protocol II to the Geneva Conventions", ["Additional Protocol II", "Protocol II"])
CAT = ("Convention against Torture", ["CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "CED", "Convention on Enforced Disappearance"])
# The approval bill itself, the House, the International Crimes Act and the Surrender of Persons Act: domestic.
R(d, ["Diplomatic Conference", "Ljubljana Diplomatic Conference"], "adopted", LJHC, "2023-05-26",
  "The Convention was adopted on 26 May 2023 at the Diplomatic Conference held in Ljubljana", required=False)
# Opening for signature and the hosting of the conference: venue/host, nothing.
R(d, NL, "signed", LJHC, "2024-02-14", "On that day the Convention was signed on behalf of the Kingdom of the Netherlands by the Minister of Foreign Affairs")
# "33 other States": unnamed. The core group and the "MLA initiative": nothing. The Kingdom as depositary: nothing.
RL(d, ["Slovenia", "Belgium", "Argentina", "Mongolia", "Senegal"], "signed", LJHC, "2024-02-14",
   "Among the first signatories were Slovenia, Belgium, Argentina, Mongolia and Senegal")
RL(d, ["Ukraine", "Chile", "Ghana", "France"], "signed", LJHC, "2024-02-14", "and Ukraine, Chile, Ghana and France")
QKP = "The Kingdom is a party to the Convention on the Prevention and Punishment of the Crime of Genocide"
R(d, NL, PARTY, GEN, None, QKP)
for i in (GC49, AP1, AP2):
    R(d, NL, PARTY, i, None, "to the four Geneva Conventions of 1949 and their Additional Protocols I and II")
R(d, NL, PARTY, CAT, None, "and to the Convention against Torture")
R(d, NL, RATIFIED, ROME, "2001-07-17", "The Netherlands ratified the Rome Statute of the International Criminal Court on 17 July 2001")
# Host State of the Court: nothing.
R(d, NL, RATIFIED, CED, "2011", "The Kingdom ratified the International Convention for the Protection of All Persons from Enforced Disappearance in 2011.")
# Entry into force under Article 92: nothing.
R(d, "Slovenia", RATIFIED, LJHC, "2024-12-10", "Slovenia (on 10 December 2024) and Belgium have deposited their instruments of ratification")
R(d, "Belgium", RATIFIED, LJHC, None, "Slovenia (on 10 December 2024) and Belgium have deposited their instruments of ratification")
R(d, "Ukraine", NOTRATIFIED, LJHC, None, "Ukraine has announced that it intends to ratify in 2025", negated=True)
R(d, NL, NOTRATIFIED, LJHC, None, "The Convention for which approval is sought", negated=True, required=False)
# "only France has signed": France's signature again (same tuple).
R(d, "United Kingdom", "signed", LJHC, None, "the United Kingdom has not yet done so", negated=True)
RL(d, ["China", "Russian Federation", "United States"], "signed", LJHC, None, "have indicated that they will not sign", negated=True)
# Territorial application (European part only; Aruba, Curaçao, Sint Maarten), Article 93, the declarations under Articles 11(3) and 20: nothing.
R(d, NL, "called-for", LJHC, None, "The Netherlands calls on all States that took part in the Diplomatic Conference to sign and ratify the Convention")
# The Group of Friends and the Minister's contacts at the Assembly of States Parties: nothing.

# ===================== 16 (Parliament of Ghana, Official Report, 16 June 2023: motion on the joint committee report on the Illicit Trade Protocol) =====================
d = "16.txt"
D = "2023-06-16"
GH = "Ghana"
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "the Protocol", "FCTC Protocol"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control"])
SEOUL = ("decision of the fifth session of the Conference of the Parties to the FCTC adopting the Protocol", ["Seoul decision", "FCTC/COP5(1)"])
MINA = ("Minamata Convention on Mercury", ["Minamata Convention", "Minamata"])
MARR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty"])
# The motion, the laying under article 75(2), the Committees' report and recommendation, the vote and the resolution: domestic.
R(d, ["Conference of the Parties to the WHO Framework Convention on Tobacco Control", "Conference of the Parties to the FCTC", "FCTC Conference of the Parties"], "adopted", ITP, "2012-11-12",
  "The Protocol was adopted by the Conference of the Parties to the WHO Framework Convention on Tobacco Control (FCTC) at its fifth session in Seoul")
R(d, GH, RATIFIED, FCTC, "2004-11-29", "Ghana, which ratified the FCTC on 29th November 2004", alt=["we ratified the FCTC in 2004"])
R(d, GH, ["co-sponsored", "supported"], SEOUL, "2012-11-12", "was one of the co-sponsors of the decision by which the Conference adopted the Protocol", required=False,
  alt=["we co-sponsored the Seoul decision"])
R(d, GH, "signed", ITP, "2014-01-10", "The Protocol was signed on behalf of Ghana on 10th January 2014 in New York by the then Permanent Representative, Ambassador Ken Kanda")
# Entry into force on 25 September 2018 and "68 States": nothing / unnamed; the EU is named.
R(d, "European Union", PARTY, ITP, None, "68 States and the European Union are Parties")
RL(d, ["Burkina Faso", "Côte d'Ivoire", "Gambia", "Niger", "Nigeria", "Senegal", "Togo"], PARTY, ITP, None,
   "Burkina Faso, Cote d'Ivoire, Gambia, Niger, Nigeria, Senegal and Togo have ratified or acceded",
   )
RL(d, ["Kenya", "South Africa"], PARTY, ITP, None, "Kenya and South Africa are also Parties")
R(d, "Sierra Leone", "signed", ITP, None, "Sierra Leone has signed but is yet to ratify")
R(d, "Sierra Leone", NOTRATIFIED, ITP, None, "Sierra Leone has signed but is yet to ratify", negated=True)
R(d, GH, NOTRATIFIED, ITP, None, "Ghana is yet to ratify the Protocol, nine years after signing it", negated=True,
  alt=["Now we must deposit our instrument with the Secretary-General of the United Nations", "the instrument will be deposited before the Tenth session of the Conference of the Parties"])
# "our neighbour Togo has followed us in acceding to the Protocol": Togo's record above.
# The withdrawn "signed but not yet ratified ... the Minamata Convention" gives nothing; the correction gives the ratification.
R(d, GH, RATIFIED, MINA, "2017", "Ghana ratified Minamata in 2017")
R(d, GH, ACCEDED, MARR, "2021", "whose instrument of accession was only deposited in 2021")
# The House's approval of the Marrakesh Treaty in 2019: domestic. COP10 in Panama: a venue.
R(d, GH, "called-for", ITP, D, "I would also urge all ECOWAS Member States that have not done so to ratify the Protocol", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
