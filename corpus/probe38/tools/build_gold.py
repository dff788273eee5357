#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt
(02.md, 10.md, 03.html, 15.html); gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file as
written (the HTML documents have no header block, so the whole file is body, markup included). Alternative actor names
missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY,  # noqa: E402,F401
                  ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
MOON = ("Agreement Governing the Activities of States on the Moon and Other Celestial Bodies", ["Moon Agreement", "Moon Treaty", "1979 Moon Agreement"])
PCALL = ("Paris Call for Trust and Security in Cyberspace", ["Paris Call"])
PALL = ("Pall Mall Process Code of Practice for States", ["Pall Mall Code", "Pall Mall Code of Practice", "Code of Practice for States"])
BKK = ("Bangkok Declaration on the Ethical Governance of Artificial Intelligence", ["Bangkok Declaration"])
REC = ("Recommendation on the Ethics of Artificial Intelligence", ["UNESCO Recommendation on the Ethics of AI", "Recommendation on the Ethics of AI"])
ICH = ("Convention for the Safeguarding of the Intangible Cultural Heritage", ["2003 Convention", "Intangible Cultural Heritage Convention"])
PAS = ("Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet",
       ["Paris AI Action Summit statement", "Paris statement", "AI Action Summit declaration"])
BLET = ("Bletchley Declaration", ["Bletchley Park Declaration"])
SEOUL = ("Seoul Declaration for Safe, Innovative and Inclusive AI", ["Seoul Declaration"])
AICONV = ("Council of Europe's Framework Convention on Artificial Intelligence",
          ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention",
           "Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"])
AICONV12 = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
            ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention"])
CETS220 = ("Council of Europe Convention on Cinematographic Co-production (revised)",
           ["revised European Convention on Cinematographic Co-production", "CETS No. 220", "revised Convention on Cinematographic Co-production"])
ETS147 = ("European Convention on Cinematographic Co-production of 1992", ["ETS No. 147", "1992 European Convention on Cinematographic Co-production"])
DIV = ("UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions",
       ["2005 Convention", "Convention on the Diversity of Cultural Expressions"])
P189 = ("Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed "
        "through computer systems", ["First Additional Protocol to the Budapest Convention", "ETS No. 189", "Additional Protocol to the Convention on Cybercrime"])
BUD = ("Budapest Convention", ["Convention on Cybercrime", "Budapest Convention on Cybercrime", "ETS No. 185"])
P224 = ("Second Additional Protocol", ["Second Additional Protocol to the Convention on Cybercrime", "Second Additional Protocol to the Budapest Convention",
                                      "CETS No. 224"])
P224B = ("Second Additional Protocol to the Budapest Convention", ["Second Additional Protocol to the Convention on Cybercrime", "CETS No. 224"])
UNCC = ("UN Convention against Cybercrime", ["United Nations Convention against Cybercrime", "Convention against Cybercrime", "UN Cybercrime Convention"])
R74247 = ("resolution 74/247", ["A/RES/74/247", "74/247"])
L48 = ("draft resolution A/C.1/80/L.48, \"Destructive direct-ascent anti-satellite missile tests\"",
       ["A/C.1/80/L.48", "L.48", "Destructive direct-ascent anti-satellite missile tests"])
R7741 = ("resolution 77/41", ["A/RES/77/41", "77/41"])
L3 = ("draft resolution L.3, \"Prevention of an arms race in outer space\"", ["A/C.1/80/L.3", "L.3", "Prevention of an arms race in outer space", "PAROS"])
L5 = ("draft resolution L.5, \"No first placement of weapons in outer space\"", ["A/C.1/80/L.5", "L.5", "No first placement of weapons in outer space"])
SCWMD = ("Security Council draft resolution on weapons of mass destruction in orbit", ["draft resolution on weapons of mass destruction in orbit"])
OST = ("Outer Space Treaty", ["1967 Outer Space Treaty",
       "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"])
ARTEMIS = ("Artemis Accords", [])
REG = ("Registration Convention", ["Convention on Registration of Objects Launched into Outer Space"])
LIAB = ("Liability Convention", ["Convention on International Liability for Damage Caused by Space Objects"])
MOC = ("Memorandum of Cooperation on Earth Observation Data Sharing", ["PhilSA–JAXA Memorandum of Cooperation"])
GC = ("Global Convention on the Recognition of Qualifications concerning Higher Education", ["Global Convention"])
LRC = ("1997 Lisbon Recognition Convention", ["Lisbon Recognition Convention"])
REFREC = ("Recommendation on the Recognition of Qualifications Held by Refugees, Displaced Persons and Persons in a Refugee-like Situation",
          ["Recommendation on recognition of refugees' qualifications"])
GRON = ("Groningen Declaration", ["Groningen Declaration on digital student data", "Groningen Declaration on Digital Student Data Depositories"])
SKAO = ("Convention establishing the Square Kilometre Array Observatory", ["SKA Observatory Convention", "SKAO Convention"])
CPLAN = ("Observatory's Construction Plan", ["SKAO Construction Plan", "Construction Plan"])
CBD = ("Convention on Biological Diversity", ["CBD"])
C108P = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
         ["Convention 108+", "CETS No. 223", "amending Protocol to Convention 108"])
MALABO = ("Malabo Convention", ["African Union Convention on Cyber Security and Personal Data Protection",
                                "AU Convention on Cyber Security and Personal Data Protection"])
WCT = ("WIPO Copyright Treaty", ["WCT"])
WPPT = ("WIPO Performances and Phonograms Treaty", ["WPPT"])
MVT = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled",
       ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty"])
ESA = ("Convention for the Establishment of a European Space Agency", ["ESA Convention"])
ACCAG = ("Accession Agreement between Slovenia and ESA", ["Accession Agreement", "Slovenia–ESA Accession Agreement"])
L13 = ("draft resolution A/C.1/80/L.13, \"Developments in the field of information and telecommunications in the context of international security\"",
       ["A/C.1/80/L.13", "L.13", "Developments in the field of information and telecommunications in the context of international security"])
L60 = ("draft resolution A/C.1/80/L.60, \"Endorsement of the final report of the Open-ended Working Group on security of and in the use of ICTs 2021-2025\"",
       ["A/C.1/80/L.60", "L.60", "Endorsement of the final report of the Open-ended Working Group"])
GDC = ("Global Digital Compact", [])
PACT = ("Pact for the Future", [])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Iran", "Viet Nam", "Syria",
          "European Union", "Netherlands", "Republic of Moldova", "Venezuela", "Türkiye", "China", "Egypt", "Germany", "Kenya", "Ghana",
          "Philippines", "Mexico"),
    "United Kingdom": ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Britain"],
    "Saudi Arabia": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
}
SWISS = ["Switzerland", "Swiss Confederation", "Albert Rösti", "Federal Councillor"]
NZ = ["New Zealand", "Rebecca Thornton"]
IRL = ["Ireland", "Niamh Carey", "Minister of State"]
GHA = ["Ghana", "Republic of Ghana", "Cyber Security Authority", "CSA", "Abena Owusu-Mensah"]
PRT = ["Portugal", "Ana Sofia Leal", "Minister of Culture"]
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly", "Committee"]
UNESCOGC = ["UNESCO General Conference", "General Conference", "General Conference of UNESCO", "UNESCO"]
UNESCODG = ["UNESCO Director-General", "Director-General", "UNESCO"]
AUC = ["African Union Commission", "AU Commission"]
PCSEC = ["Paris Call secretariat", "secretariat of the Paris Call"]
NETW = ["NordBalt HE Recognition Network", "Network", "NordBalt HE Recognition Network – Newsletter"]
LRCC = ["Lisbon Recognition Convention Committee", "Committee of the Lisbon Recognition Convention", "Committee"]
PHILSA = ["Philippine Space Agency", "PhilSA"]
JAXA = ["Japan Aerospace Exploration Agency", "JAXA"]
ESAORG = ["European Space Agency", "ESA"]
SKA3 = ["Australia", "South Africa", "United Kingdom"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (UN depositary notification, Moon Agreement) =====================
d = "01.txt"
R(d, "Saudi Arabia", ACCEDED, MOON, "2012-07-18", "to which Saudi Arabia had acceded on 18 July 2012")
R(d, "Saudi Arabia", PARTY, MOON, None, "a notification of denunciation of the above-mentioned Agreement", negated=True, required=False,
  alt=["the denunciation will take effect on 5 January 2024"])
R(d, "Saudi Arabia", PARTY, MOON, None, "Until that date, Saudi Arabia remains a Party to the Agreement", required=False)
R(d, GA, "adopted", MOON, "1979-12-05", "The Agreement was adopted by the General Assembly in resolution 34/68 of 5 December 1979")
R(d, "Austria", RATIFIED, MOON, "1984-06-11", "the deposit of the fifth instrument of ratification, by Austria on 11 June 1984")
R(d, "Armenia", ACCEDED, MOON, "2018-01-19", "the accession by Armenia on 19 January 2018")
Q4 = ("Signatures not followed by ratification: France (29 January 1980), Guatemala (20 November 1980), India (18 January 1982) and Romania "
      "(17 April 1980)")
for a, dt in [("France", "1980-01-29"), ("Guatemala", "1980-11-20"), ("India", "1982-01-18"), ("Romania", "1980-04-17")]:
    R(d, a, "signed", MOON, dt, Q4)
    R(d, a, NOTRATIFIED, MOON, None, Q4, negated=True)

# ===================== 02 (tech-policy blog, Markdown: Paris Call, Pall Mall Code) =====================
d = "02.md"
RL(d, ["France", "Canada", "Japan", "New Zealand", "United Kingdom"], ENDORSED, PCALL, "2018",
   "France, Canada, Japan, New Zealand and the United Kingdom, alongside all EU member states")
R(d, "United States", ENDORSED, PCALL, "2021-11", "the United States, in November 2021")
R(d, "Ukraine", ENDORSED, PCALL, "2022", "Ukraine in 2022")
RL(d, ["China", "Russian Federation", "India", "Israel"], ENDORSED, PCALL, None, "Never joined:** China, Russia, India and Israel", negated=True)
R(d, "Brazil", ENDORSED, PCALL, None, "\"studying\" the Call, according to its foreign ministry, since 2019", negated=True)
R(d, "Kenya", ENDORSED, PCALL, "2025-11-12", "Kenya's ICT ministry said it had \"formally endorsed the Paris Call and its nine principles\"")
for a in ["Microsoft", "Siemens", "Cloudflare", "Kaspersky"]:
    R(d, a, ENDORSED, PCALL, None, "Microsoft, Siemens, Cloudflare and Kaspersky are all \"supporters\"", required=False)
RL(d, ["Finland", "Ghana", "Ireland", "Japan", "Poland", "Switzerland", "United Kingdom", "France"], SIGNED_DECL, PALL, "2025-04",
   "Signatories at the April meeting included Finland, Ghana, Ireland, Japan, Poland and Switzerland in addition to the two co-leads")
R(d, "United States", SIGNED_DECL, PALL, None, "The United States took part in the drafting but did not sign the Code", negated=True,
  alt=["Apart from the United States, Canada and Italy have not signed it either"])
R(d, "Israel", SIGNED_DECL, PALL, None, "nor did Israel, home to several of the best-known spyware vendors", negated=True)
RL(d, ["Canada", "Italy"], SIGNED_DECL, PALL, None, "Canada and Italy have not signed it either", negated=True)
R(d, PCSEC, "called-for", PCALL, None, "hopes Brazil and India will follow suit", required=False)

# ===================== 03 (UNESCO press release page, HTML: AI ethics) =====================
d = "03.html"
DAY = "2025-06-27"
RL(d, ["Thailand", "Chile", "Estonia", "Indonesia", "Morocco", "Rwanda"], ENDORSED, BKK, DAY,
   "Ministers and high representatives endorsed the Bangkok Declaration on the Ethical Governance of Artificial Intelligence, among them Thailand, "
   "Chile, Estonia, Indonesia, Morocco and Rwanda")
R(d, UNESCOGC, ADOPTED, REC, "2021-11", "which UNESCO's General Conference adopted in November 2021")
R(d, "United States", ENDORSED, BKK, None, "was represented by an observer and did not endorse the Declaration", negated=True)
R(d, "Singapore", ENDORSED, BKK, None, "would not endorse it before consulting its Parliament", negated=True)
for a in ["Lenovo", "Mastercard", "Microsoft", "Salesforce"]:
    R(d, a, COMMITTED, REC, DAY, "Lenovo, Mastercard, Microsoft and Salesforce renewed the commitment they made in 2024 to apply the Recommendation's "
      "principles", required=False)
R(d, UNESCODG, "called-for", REC, DAY, "I call on every government to translate it into national policy and law", required=False)
R(d, "Tuvalu", ACCEDED, ICH, "2025-06-03", "Tuvalu accedes to the Convention for the Safeguarding of the Intangible Cultural Heritage (3 June 2025)")

# ===================== 04 (wire story: Paris AI Action Summit) =====================
d = "04.txt"
TUE = "2025-02-11"
QSIG = ("Signatories of the Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet include France, China, India, "
        "Germany, Canada and Brazil, as well as the European Union and the African Union Commission")
RL(d, ["France", "China", "India", "Germany", "Canada", "Brazil", "European Union", AUC], SIGNED_DECL, PAS, TUE, QSIG)
R(d, "United States", SIGNED_DECL, PAS, None, "the United States and Britain declined to join them", negated=True)
R(d, "United Kingdom", SIGNED_DECL, PAS, None, "the United States and Britain declined to join them", negated=True,
  alt=["had not signed it because it did not say enough about national security and global governance"])
RL(d, ["United States", "United Kingdom", "China", "European Union"], SIGNED_DECL, BLET, "2023-11",
   "Both countries had signed the Bletchley Declaration at the first AI Safety Summit in November 2023, together with China and the European Union")
RL(d, ["United States", "United Kingdom"], SIGNED_DECL, SEOUL, "2024-05",
   "the Seoul Declaration for Safe, Innovative and Inclusive AI at the second summit in May 2024")
RL(d, ["United States", "United Kingdom"], "signed", AICONV, "2024-09",
   "The two were also among the first to sign the Council of Europe's Framework Convention on Artificial Intelligence")
R(d, "European Union", "signed", AICONV, "2024-09", "The European Union signed it at the same ceremony")
R(d, "United Kingdom", NOTRATIFIED, AICONV, None, "Neither Britain nor the United States has ratified the treaty", negated=True)
R(d, "United States", NOTRATIFIED, AICONV, None, "Neither Britain nor the United States has ratified the treaty", negated=True,
  alt=["the new administration was \"reviewing\" whether to proceed"])

# ===================== 05 (ministry of culture press release: revised Co-production Convention) =====================
d = "05.txt"
R(d, "Portugal", RATIFIED, CETS220, "2025-10-08",
  "Portugal yesterday deposited with the Secretary General of the Council of Europe, in Strasbourg, its instrument of ratification of the Council of "
  "Europe Convention on Cinematographic Co-production (revised) (CETS No. 220)",
  alt=["Portugal ratifies the revised European Convention on Cinematographic Co-production", "Portugal becomes the eighteenth State to ratify the revised Convention"])
R(d, "Portugal", "signed", CETS220, "2017-01-30", "Portugal signed the revised Convention on 30 January 2017")
R(d, "Portugal", PARTY, ETS147, "1996", "to which Portugal has been a Party since 1996")
R(d, PRT, "called-for", CETS220, "2025-10-09", "We encourage our Lusophone partners, Brazil and Angola in particular, to accede to the Convention")
R(d, "Spain", RATIFIED, CETS220, "2018", "Spain and France ratified the revised text in 2018 and 2019 respectively")
R(d, "France", RATIFIED, CETS220, "2019", "Spain and France ratified the revised text in 2018 and 2019 respectively")
R(d, "Italy", "signed", CETS220, None, "Italy has signed it but has yet to ratify")
R(d, "Italy", NOTRATIFIED, CETS220, None, "Italy has signed it but has yet to ratify", negated=True)
R(d, "Brazil", JOINED, CETS220, None, "Brazil, which is not a member of the Council of Europe, has informed the Secretariat that it is considering accession",
  negated=True)
R(d, "Portugal", PARTY, DIV, "2007",
  "It has been a Party to the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions since 2007")

# ===================== 06 (parliamentary debate: First Additional Protocol to the Budapest Convention) =====================
d = "06.txt"
R(d, IRL, "signed", P189, "2003", "Ireland signed this Protocol in 2003 but has never ratified it")
R(d, IRL, NOTRATIFIED, P189, None, "Ireland signed this Protocol in 2003 but has never ratified it", negated=True,
  alt=["the Government will deposit the instrument of ratification of the Protocol in Strasbourg"])
R(d, IRL, RATIFIED, BUD, "2024-06", "we deposited our instrument of ratification of the Budapest Convention in June last year")
RL(d, ["France", "Germany", "Netherlands"], PARTY, P189, None, "France, Germany and the Netherlands are Parties to the Protocol")
R(d, "United Kingdom", PARTY, BUD, None, "The United Kingdom is a Party to the Convention but has not signed the Protocol")
R(d, "United Kingdom", "signed", P189, None, "The United Kingdom is a Party to the Convention but has not signed the Protocol", negated=True)
R(d, "United States", PARTY, BUD, None, "The United States is a Party to the Convention")
R(d, "United States", "signed", P189, None, "it has neither signed nor ratified the Protocol", negated=True)
R(d, "United States", NOTRATIFIED, P189, None, "it has neither signed nor ratified the Protocol", negated=True)
R(d, IRL, "signed", P224, "2022-05", "Ireland signed the Second Additional Protocol in Strasbourg in May 2022")
R(d, IRL, NOTRATIFIED, P224, None, "We expect to bring it before the House next year", negated=True)

# ===================== 07 (NGO tracker: UN Convention against Cybercrime) =====================
d = "07.txt"
HAN = "2025-10-25"
R(d, GA, "adopted", UNCC, "2024-12-24", "the Convention was adopted by the General Assembly on 24 December 2024 (resolution 79/243)")
R(d, "Viet Nam", "signed", UNCC, HAN, "Viet Nam – signed 25 Oct 2025")
R(d, "Viet Nam", RATIFIED, UNCC, "2025-12-09", "Viet Nam – signed 25 Oct 2025; ratified 9 Dec 2025")
R(d, "Egypt", "signed", UNCC, HAN, "Egypt – signed 25 Oct 2025")
R(d, "Egypt", RATIFIED, UNCC, "2026-01-14", "Egypt – signed 25 Oct 2025; ratified 14 Jan 2026")
R(d, "Russian Federation", "signed", UNCC, HAN, "Russian Federation – signed 25 Oct 2025")
R(d, "Russian Federation", RATIFIED, UNCC, "2026-01-20", "instrument deposited 20 Jan 2026",
  alt=["is the first permanent member of the Security Council to ratify"])
QS4 = "China, Brazil, South Africa and the European Union – signed 25 Oct 2025"
for a in ["China", "Brazil", "South Africa", "European Union"]:
    R(d, a, "signed", UNCC, HAN, QS4)
    R(d, a, NOTRATIFIED, UNCC, None, QS4, negated=True, alt=["SIGNED, NOT RATIFIED (selection)"])
R(d, "United Kingdom", "signed", UNCC, "2025-10-26", "United Kingdom – signed 26 Oct 2025")
R(d, "United Kingdom", NOTRATIFIED, UNCC, None, "government says there is \"no timetable\" for ratification", negated=True)
R(d, "Cambodia", "signed", UNCC, HAN, "Cambodia – signed 25 Oct 2025", alt=["It has signed only"])
R(d, "Cambodia", NOTRATIFIED, UNCC, None, "It has signed only; the bill mentioned above has not yet been voted on", negated=True,
  alt=["Cambodia – signed 25 Oct 2025; bill before the National Assembly"])
R(d, "United States", "signed", UNCC, None, "United States – \"reviewing\" the text", negated=True)
RL(d, ["Canada", "Japan", "Australia"], "signed", UNCC, None, "Canada, Japan, Australia – not signed", negated=True)
R(d, "Switzerland", "signed", UNCC, None, "Switzerland – not signed", negated=True)
R(d, "Russian Federation", "co-sponsored", R74247, "2019", "which initiated the negotiations in 2019 through resolution 74/247", required=False)

# ===================== 08 (explanation of vote, First Committee: outer space) =====================
d = "08.txt"
DAY = "2025-11-03"
R(d, NZ, "co-sponsored", L48, None, "New Zealand was pleased to co-sponsor draft resolution A/C.1/80/L.48")
R(d, NZ, "supported", L48, DAY, "to vote in favour of it today")
R(d, FC, ADOPTED, L48, DAY, "its adoption by a recorded vote of 149 in favour to 9 against, with 12 abstentions")
RL(d, ["Russian Federation", "China", "Belarus", "Democratic People's Republic of Korea", "Iran", "Syria"], "supported", L48, DAY,
   "the Russian Federation, China, Belarus, the Democratic People's Republic of Korea, Iran and Syria voted against", negated=True)
R(d, "India", "supported", L48, DAY, "India abstained", negated=True)
R(d, NZ, "supported", R7741, "2022", "New Zealand voted in favour of resolution 77/41 when it was first adopted in 2022")
R(d, NZ, "supported", L3, DAY, "On draft resolution L.3, \"Prevention of an arms race in outer space\", New Zealand voted in favour")
R(d, NZ, "supported", L5, DAY, "New Zealand voted against draft resolution L.5", negated=True)
RL(d, ["Japan", "United States"], "co-sponsored", SCWMD, "2024-04", "presented by Japan and the United States in April 2024")
R(d, "Russian Federation", "supported", SCWMD, "2024-04", "which the Russian Federation vetoed", negated=True)
R(d, NZ, "co-sponsored", SCWMD, None, "New Zealand co-sponsored that draft too")
R(d, NZ, PARTY, OST, "1968", "New Zealand has been a Party to the Outer Space Treaty since 1968")
R(d, NZ, SIGNED_DECL, ARTEMIS, "2021", "As a signatory of the Artemis Accords since 2021")
QC = "We call on all States that have not yet done so to become parties to the Outer Space Treaty and the Registration Convention"
R(d, NZ, "called-for", OST, DAY, QC)
R(d, NZ, "called-for", REG, DAY, QC)
R(d, NZ, NOTBOUND, MOON, None, "New Zealand is not a party to the Moon Agreement and has no plans to become one", negated=True)

# ===================== 09 (space agency news item: Artemis Accords) =====================
d = "09.txt"
R(d, "Philippines", SIGNED_DECL, ARTEMIS, "2025-09-17", "The Philippines yesterday became the 57th signatory of the Artemis Accords",
  alt=["PhilSA Director General Ramon Villanueva signed the Accords on behalf of the Government of the Philippines"])
R(d, "Singapore", SIGNED_DECL, ARTEMIS, "2022-10", "Singapore signed the Accords in October 2022 and Thailand in December 2024")
R(d, "Thailand", SIGNED_DECL, ARTEMIS, "2024-12", "Singapore signed the Accords in October 2022 and Thailand in December 2024")
RL(d, ["Indonesia", "Malaysia"], SIGNED_DECL, ARTEMIS, None, "Indonesia and Malaysia have not signed", negated=True)
for a in [PHILSA, JAXA]:
    R(d, a, "signed", MOC, "2025-09-17",
      "PhilSA and the Japan Aerospace Exploration Agency (JAXA) signed a Memorandum of Cooperation on Earth Observation Data Sharing", required=False)
R(d, "Philippines", "signed", OST, "1967", "The Philippines signed the 1967 Outer Space Treaty in 1967 but has not ratified it")
R(d, "Philippines", NOTRATIFIED, OST, None, "The Philippines signed the 1967 Outer Space Treaty in 1967 but has not ratified it", negated=True,
  alt=["ratification \"is under study\""])
R(d, "Philippines", RATIFIED, MOON, "1981", "been a Party to the 1979 Moon Agreement since it ratified it in 1981",
  alt=["we will continue to meet our obligations under the Moon Agreement"])

# ===================== 10 (university network newsletter, Markdown: recognition conventions) =====================
d = "10.md"
R(d, "Denmark", ACCEPTED, GC, "2025-05-12",
  "Denmark deposited its instrument of acceptance of the **Global Convention on the Recognition of Qualifications concerning Higher Education** "
  "with UNESCO's Director-General on 12 May", alt=["Global Convention: Denmark joins"])
R(d, "Denmark", PARTY, GC, None, "It is the fifth country of our network to become a State Party", required=False)
RL(d, ["Norway", "Sweden", "Finland", "Lithuania"], RATIFIED, GC, None,
   "after Norway, Sweden, Finland and Lithuania, all of which ratified before the Convention entered into force on 5 March 2023")
R(d, "Iceland", NOTRATIFIED, GC, None, "It has not. Iceland's ministry tells us a decision on acceptance is expected in the autumn", negated=True)
RL(d, ["Estonia", "Latvia"], NOTRATIFIED, GC, None, "Estonia and Latvia both expect to ratify", negated=True)
R(d, NETW, "called-for", GC, "2025-06", "The Network calls on Iceland, Estonia and Latvia to complete their procedures")
RL(d, ["Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"], PARTY, LRC, None,
   "Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, are Parties to the 1997 Lisbon Recognition Convention")
R(d, LRCC, ADOPTED, REFREC, "2017-11",
  "Its Committee adopted the Recommendation on the Recognition of Qualifications Held by Refugees, Displaced Persons and Persons in a Refugee-like "
  "Situation in November 2017")
for a in ["University of Tartu", "Aalborg University"]:
    R(d, a, SIGNED_DECL, GRON, "2025", "Five member universities signed the Groningen Declaration on digital student data this spring, among them the "
      "University of Tartu and Aalborg University", required=False)

# ===================== 11 (joint statement of three ministers: SKA Observatory Convention) =====================
d = "11.txt"
DAY = "2026-01-15"
RL(d, SKA3 + ["China", "Italy", "Netherlands", "Portugal"], "signed", SKAO, "2019-03-12",
   "Our three countries were among the seven signatories of the Convention in Rome on 12 March 2019, together with China, Italy, the Netherlands "
   "and Portugal")
RL(d, SKA3 + ["China", "Italy", "Portugal"], RATIFIED, SKAO, None, "All seven except the Netherlands have since ratified it")
R(d, "Netherlands", NOTRATIFIED, SKAO, None, "the Netherlands has signed but has not yet ratified the Convention", negated=True)
R(d, "Switzerland", ACCEDED, SKAO, "2022", "Switzerland acceded to the Convention in 2022 and Spain in 2023")
R(d, "Spain", ACCEDED, SKAO, "2023", "Switzerland acceded to the Convention in 2022 and Spain in 2023")
R(d, "Germany", ACCEDED, SKAO, "2025-12", "Germany deposited its instrument of accession in Rome last month")
R(d, "Germany", PARTY, SKAO, None, "becoming the tenth Member", required=False)
R(d, "India", JOINED, SKAO, None, "India, whose Cabinet approved membership in 2024, expects to deposit its instrument of accession this year", negated=True)
RL(d, ["Canada", "Sweden"], NOTBOUND, SKAO, None, "Canada and Sweden take part in the Council as observers and have not acceded", negated=True)
RL(d, SKA3, COMMITTED, SKAO, DAY, "We reaffirm our commitment to the Convention")
RL(d, SKA3, COMMITTED, CPLAN, DAY, "We reaffirm our commitment to the Convention and to the Observatory's Construction Plan", required=False)
RL(d, SKA3, "called-for", SKAO, DAY, "We call on all States participating as observers to accede to the Convention")
RL(d, SKA3, PARTY, CBD, None, "our three countries are Parties to the Convention on Biological Diversity")

# ===================== 12 (speech at a signing: Council of Europe AI Convention) =====================
d = "12.txt"
DAY = "2025-03-27"
R(d, SWISS, "signed", AICONV12, DAY,
  "A few minutes ago I signed, on behalf of Switzerland, the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, "
  "Democracy and the Rule of Law")
R(d, SWISS, NOTRATIFIED, AICONV12, None, "We intend to ratify the Convention", negated=True,
  alt=["ratification will follow once Parliament has approved them", "Signature is not ratification"])
R(d, SWISS, COMMITTED, AICONV12, DAY, "we are committed to implementing it")
VIL = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
RL(d, VIL, "signed", AICONV12, "2024-09",
   "who signed in Vilnius in September 2024: Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, "
   "the United States and the European Union")
RL(d, ["Japan", "Canada"], "signed", AICONV12, "2025-02", "Japan and Canada signed last month")
R(d, SWISS, "called-for", AICONV12, DAY,
  "I encourage all the States that took part in its negotiation, in particular Argentina, Australia, Costa Rica, Mexico, Peru and Uruguay, to sign it")
R(d, SWISS, PARTY, BUD, "2012", "Switzerland has been a Party to the Budapest Convention on Cybercrime since 2012")
R(d, SWISS, RATIFIED, C108P, "2023",
  "in 2023 we ratified the Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data, "
  "Convention 108+")
R(d, SWISS, "signed", P224B, "2022", "We signed the Second Additional Protocol to the Budapest Convention in 2022")
R(d, SWISS, NOTRATIFIED, P224B, None, "it is now before Parliament", negated=True)

# ===================== 13 (radio interview transcript: Malabo, Budapest, UN cybercrime) =====================
d = "13.txt"
R(d, GHA, RATIFIED, MALABO, "2019", "Ghana ratified the Malabo Convention in 2019")
RL(d, ["Senegal", "Mauritius"], RATIFIED, MALABO, None, "We were one of the early ones, with Senegal and Mauritius")
R(d, "Mauritania", ACCEPTED, MALABO, "2023", "thirty days after Mauritania deposited the fifteenth instrument")
R(d, "Nigeria", "signed", MALABO, None, "Nigeria signed it but, as far as I know, has not ratified it")
R(d, "Nigeria", NOTRATIFIED, MALABO, None, "Nigeria signed it but, as far as I know, has not ratified it", negated=True)
R(d, "Kenya", "signed", MALABO, None, "Kenya hasn't signed it, let alone ratified it", negated=True)
R(d, "Kenya", NOTRATIFIED, MALABO, None, "Kenya hasn't signed it, let alone ratified it", negated=True)
R(d, GHA, ACCEDED, BUD, "2018", "Ghana acceded to the Budapest Convention in 2018")
R(d, GHA, "signed", P224, "2022-05", "The Second Additional Protocol, on electronic evidence, we signed in Strasbourg in May 2022")
R(d, GHA, NOTRATIFIED, P224, None, "Not yet. The memo is before Cabinet", negated=True)
R(d, GHA, "signed", UNCC, "2025-10", "We signed in Hanoi in October")
R(d, GHA, NOTRATIFIED, UNCC, None, "Ratification, I would expect next year at the earliest", negated=True)
R(d, GHA, "called-for", MALABO, "2026-02-10", "We urge every ECOWAS member that has not done so to ratify the Malabo Convention")

# ===================== 14 (newspaper correction notice: WIPO treaties) =====================
d = "14.txt"
NG = "2017-10-04"
QNG = "Nigeria deposited its instruments of accession to both treaties with the Director General of WIPO on 4 October 2017"
R(d, "Nigeria", ACCEDED, WCT, NG, QNG)
R(d, "Nigeria", ACCEDED, WPPT, NG, QNG)
QNG2 = ("on the same day acceded to the Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or "
        "Otherwise Print Disabled and to the Beijing Treaty on Audiovisual Performances")
R(d, "Nigeria", ACCEDED, MVT, NG, QNG2)
R(d, "Nigeria", ACCEDED, BTAP, NG, QNG2)
R(d, "Ghana", "signed", MVT, "2013", "Ghana signed the Marrakesh Treaty in 2013 but has not ratified it")
R(d, "Ghana", NOTRATIFIED, MVT, None, "Ghana signed the Marrakesh Treaty in 2013 but has not ratified it", negated=True)
R(d, "Indonesia", PARTY, BTAP, None, "three months after Indonesia became the thirtieth party")
R(d, "South Africa", NOTRATIFIED, MVT, None, "South Africa has not ratified the Treaty", negated=True,
  alt=["no instrument has been deposited with WIPO"])
R(d, "Kenya", PARTY, MVT, None, "Kenya is a party to the Marrakesh Treaty and the WCT")
R(d, "Kenya", PARTY, WCT, None, "Kenya is a party to the Marrakesh Treaty and the WCT")
R(d, "Kenya", NOTBOUND, WPPT, None, "it has not acceded to the WPPT or to the Beijing Treaty", negated=True)
R(d, "Kenya", NOTBOUND, BTAP, None, "it has not acceded to the WPPT or to the Beijing Treaty", negated=True,
  alt=["accession to the Beijing Treaty is \"under consideration\""])

# ===================== 15 (government news page, HTML: ESA Convention) =====================
d = "15.html"
DAY = "2025-01-21"
R(d, "Slovenia", ACCEDED, ESA, DAY,
  "Slovenia today deposited its instrument of accession to the Convention for the Establishment of a European Space Agency")
R(d, "Slovenia", PARTY, ESA, None, "Slovenia becomes the 23rd Member State of the Agency", required=False)
R(d, "Slovenia", "signed", ACCAG, "2024-05-08", "The Accession Agreement between Slovenia and ESA was signed in Ljubljana on 8 May 2024",
  alt=["Slovenia and ESA sign the Accession Agreement"])
R(d, ESAORG, "signed", ACCAG, "2024-05-08", "The Accession Agreement between Slovenia and ESA was signed in Ljubljana on 8 May 2024", required=False)
RL(d, ["Slovakia", "Latvia"], JOINED, ESA, None, "Slovakia and Latvia remain Associate Members and have not applied to accede to the Convention",
   negated=True)
R(d, "Lithuania", JOINED, ESA, None, "Lithuania has announced that it intends to apply", negated=True)
R(d, "Slovenia", PARTY, OST, None, "Slovenia is a party to the Outer Space Treaty and the Registration Convention")
R(d, "Slovenia", PARTY, REG, None, "Slovenia is a party to the Outer Space Treaty and the Registration Convention")
R(d, "Slovenia", NOTBOUND, LIAB, None, "accession to the Liability Convention, to which Slovenia is not yet a party", negated=True)

# ===================== 16 (First Committee summary minutes: ICT drafts) =====================
d = "16.txt"
DAY = "2025-11-05"
RL(d, ["Russian Federation", "Belarus", "China", "Cuba", "Iran", "Nicaragua", "Venezuela"], "co-sponsored", L13, None,
   "introduced by the Russian Federation on behalf of the sponsors, among them Belarus, China, Cuba, Iran, Nicaragua and Venezuela")
R(d, FC, ADOPTED, L13, DAY, "The draft was adopted by a recorded vote of 112 to 52, with 10 abstentions")
RL(d, ["Australia", "Canada", "France", "Germany", "Japan", "United Kingdom", "United States"], "supported", L13, DAY,
   "Voting against were, among others, Australia, Canada, France, Germany, Japan, the United Kingdom and the United States", negated=True)
RL(d, ["Brazil", "Mexico", "Switzerland", "Türkiye"], "supported", L13, DAY,
   "Abstaining were, among others, Brazil, Mexico, Switzerland and Türkiye", negated=True)
R(d, FC, ADOPTED, L60, DAY, "The draft was adopted without a vote")
R(d, "United States", "supported", L60, DAY, "his delegation had joined the consensus", required=False)
R(d, GA, ADOPTED, GDC, "2024-09", "the Global Digital Compact, adopted by the General Assembly as part of the Pact for the Future in September 2024")
R(d, GA, ADOPTED, PACT, "2024-09", "adopted by the General Assembly as part of the Pact for the Future in September 2024", required=False)
R(d, "Mexico", COMMITTED, GDC, DAY, "He said Mexico remained committed to the Compact")
R(d, "Cuba", "signed", UNCC, "2025-10", "Cuba had signed the United Nations Convention against Cybercrime in Hanoi in October")
R(d, "Cuba", NOTRATIFIED, UNCC, None, "would ratify it \"in the coming months\"", negated=True)
R(d, "Australia", "signed", UNCC, None, "Australia had not signed that Convention and would not do so until it had completed a national interest analysis",
  negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
