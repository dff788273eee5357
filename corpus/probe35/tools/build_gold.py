#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Gold.finish() checks .txt, .md and .html documents alike (05.md and 07.md are Markdown,
10.html and 15.html saved web pages; their quotes are checked against the file as written, tags included). Alternative
actor names missing from gold.py's ALT_NAMES are added locally below. One extra check is local: every document's body
(header block left out) must be 1,800–3,000 characters."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, body_of, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3200          # whole file
MIN_BODY, MAX_BODY = 1800, 3000            # body without the header block
# Joining a plurilateral agreement that is not (yet) in force as a participant: political backing, read leniently.
JOINED_PLURI = ["endorsed", "co-sponsored", "committed", "party", "acceded", "signed"]

# ---- instruments: (name as the text names it, aliases) ----
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement",
        "Protocol of Amendment inserting the Agreement on Fisheries Subsidies into Annex 1A of the WTO Agreement"])
TRIPSA = ("Protocol amending the TRIPS Agreement", ["TRIPS amendment", "amendment to the TRIPS Agreement", "Article 31bis amendment",
          "amendment on compulsory licences"])
IFD = ("IFD Agreement", ["Investment Facilitation for Development Agreement", "Agreement on Investment Facilitation for Development"])
TFA = ("WTO Trade Facilitation Agreement", ["Trade Facilitation Agreement", "TFA", "Protocol amending the Marrakesh Agreement"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA Agreement", "AfCFTA", "African Continental Free Trade Area Agreement"])
TFTA = ("Tripartite Free Trade Area Agreement", ["COMESA-EAC-SADC Tripartite Free Trade Area Agreement", "TFTA Agreement"])
RKC = ("Revised Kyoto Convention", ["International Convention on the Simplification and Harmonization of Customs Procedures (as amended)", "RKC"])
RKCSA = ("Specific Annexes of the Revised Kyoto Convention", ["Revised Kyoto Convention Specific Annexes"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "1958 New York Convention"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention", "ICSID"])
EVIPA = ("Investment Protection Agreement with the European Union", ["EU–Viet Nam Investment Protection Agreement", "EVIPA"])
SING = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
        ["Singapore Convention on Mediation", "Singapore Convention"])
MAC = ("Convention on Mutual Administrative Assistance in Tax Matters",
       ["Multilateral Convention on Mutual Administrative Assistance in Tax Matters", "ETS No. 127", "MAC",
        "Convention on Mutual Administrative Assistance in Tax Matters as amended by the 2010 Protocol"])
P208 = ("Protocol amending the Convention on Mutual Administrative Assistance in Tax Matters", ["CETS No. 208", "2010 Protocol"])
MLI = ("Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting",
       ["BEPS Multilateral Instrument", "MLI", "BEPS MLI"])
STTR = ("Pillar Two subject to tax rule instrument", ["STTR MLI", "multilateral instrument on the Pillar Two subject to tax rule"])
R78 = ("resolution 78/230", ["General Assembly resolution 78/230", "A/RES/78/230"])
R79 = ("resolution 79/235", ["General Assembly resolution 79/235", "A/RES/79/235"])
L19 = ("draft resolution A/C.2/79/L.19/Rev.1", ["A/C.2/79/L.19/Rev.1",
       "Promotion of inclusive and effective international tax cooperation at the United Nations"])
UNFCITC = ("United Nations Framework Convention on International Tax Cooperation",
           ["Framework Convention on International Tax Cooperation", "UN tax convention", "framework convention"])
DTP = ("AfCFTA Protocol on Digital Trade", ["Protocol on Digital Trade", "Digital Trade Protocol",
       "Protocol to the Agreement Establishing the African Continental Free Trade Area on Digital Trade"])
INVP = ("AfCFTA Protocol on Investment", ["Protocol on Investment", "Investment Protocol",
        "Protocol to the Agreement Establishing the African Continental Free Trade Area on Investment"])
WYT = ("Protocol on Women and Youth in Trade", ["AfCFTA Protocol on Women and Youth in Trade"])
CPP = ("Protocol on Competition Policy", ["AfCFTA Protocol on Competition Policy"])
IPRP = ("Protocol on Intellectual Property Rights", ["AfCFTA Protocol on Intellectual Property Rights"])
ROO = ("Annex on Rules of Origin for Automotive Products", ["Rules of Origin for Automotive Products",
       "Annex on Rules of Origin for Automotive Products to the Protocol on Trade in Goods"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "UN Convention against Corruption"])
AUCPCC = ("African Union Convention on Preventing and Combating Corruption", ["AUCPCC", "AU Convention on Preventing and Combating Corruption"])
ABC = ("OECD Convention on Combating Bribery of Foreign Public Officials in International Business Transactions",
       ["OECD Anti-Bribery Convention", "Anti-Bribery Convention",
        "Convention on Combating Bribery of Foreign Public Officials in International Business Transactions"])
ABR21 = ("2021 Recommendation for Further Combating Bribery of Foreign Public Officials",
         ["2021 Anti-Bribery Recommendation", "Recommendation for Further Combating Bribery of Foreign Public Officials in International Business Transactions"])
CLCC = ("Criminal Law Convention on Corruption", ["Council of Europe Criminal Law Convention on Corruption", "ETS No. 173"])
CIVLC = ("Civil Law Convention on Corruption", ["Council of Europe Civil Law Convention on Corruption", "ETS No. 174"])
GRECOPA = ("Partial Agreement establishing GRECO", ["Enlarged Partial Agreement establishing the Group of States against Corruption"])
IAAP = ("Istanbul Anti-Corruption Action Plan", ["Istanbul Action Plan"])
RPI = ("Recommendation of the Council on Public Integrity", ["OECD Recommendation on Public Integrity"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Republic of Korea", "Democratic People's Republic of Korea", "Viet Nam", "Türkiye",
          "European Union", "Lao PDR", "Bolivia", "Venezuela", "Ecuador", "Kenya", "Democratic Republic of the Congo", "Syria",
          "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Timor-Leste", "Cabo Verde", "Somalia", "South Sudan", "Rwanda",
          "Ghana", "Fiji", "Mexico", "Colombia", "Chile", "Thailand", "Costa Rica", "Saudi Arabia", "China", "Egypt"),
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Libya": ["Libya", "State of Libya"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
}
GCCHAIR = ["Chair of the WTO General Council", "General Council Chair", "Saqer Abdullah Almoqbel", "WTO General Council", "General Council"]
OECDSG = ["OECD Secretary-General", "Mathias Cormann", "Secretary-General of the OECD", "OECD"]
ACM = ["Anti-Corruption Monitor", "Ana Rutherford"]
FTAN = ["Fair Tax Africa Network"]
PAPERTRAIL = ["The Paper Trail", "Adaeze Okonkwo-Reyes"]
AFCOM = ["AfCFTA Council of Ministers", "AfCFTA Council of Ministers Responsible for Trade", "Council of Ministers Responsible for Trade",
         "Council of Ministers", "AfCFTA"]
AU = ["African Union", "Assembly of the African Union", "AU"]
JSCOT = ["Joint Standing Committee on Treaties", "Australia"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (WTO General Council summary) =====================
d = "01.txt"
R(d, "Kenya", ACCEPTED, FISH, "2025-08-04", "Kenya on 4 August")
R(d, "Viet Nam", ACCEPTED, FISH, "2025-08-19", "Viet Nam on 19 August")
R(d, "Tonga", ACCEPTED, FISH, "2025-09-02", "Tonga and Uruguay on 2 September")
R(d, "Uruguay", ACCEPTED, FISH, "2025-09-02", "Tonga and Uruguay on 2 September",
  alt=["The delegate of Uruguay said his country's acceptance \"completes a journey that began in Geneva in June 2022\""])
R(d, "Ecuador", ACCEPTED, FISH, "2025-09-12", "Ecuador on 12 September")
R(d, "India", ACCEPTED, FISH, None, "India told members that acceptance of the Agreement \"remains under active consideration by the competent authorities\"",
  negated=True)
R(d, "Indonesia", ACCEPTED, FISH, None, "it expected to deposit its instrument \"before the end of the year\"", negated=True)
R(d, GCCHAIR, "called-for", FISH, "2025-10",
  "The Chair encouraged all members that had not yet done so to accept the Protocol \"without further delay\"")
R(d, "Grenada", ACCEPTED, TRIPSA, "2025-07-21", "Grenada's on 21 July")
R(d, "Timor-Leste", ACCEPTED, TRIPSA, "2025-09-30", "that of Timor-Leste on 30 September")
RL(d, ["Bolivia", "Haiti"], ACCEPTED, TRIPSA, None,
   "Bolivia and Haiti, which are among the members that have still not accepted the amendment, said their instruments were \"in the final stage\"",
   negated=True)
R(d, "Republic of Korea", "called-for", IFD, "2025-10",
  "The Republic of Korea, speaking for the participants in the IFD Agreement, again requested that the Agreement be added to Annex 4 of the WTO Agreement",
  required=False)
RL(d, ["Ghana", "Mongolia", "Sri Lanka"], JOINED_PLURI, IFD, "2025", "Ghana, Mongolia and Sri Lanka had joined the Agreement since July")
for a in ["India", "South Africa", "Türkiye"]:
    R(d, a, "supported", IFD, None, "India, South Africa and Türkiye repeated their objection to the request", negated=True, required=False,
      alt=["India said it \"cannot join a consensus\""] if a == "India" else None)

# ===================== 02 (customs authority newsletter, Zambia) =====================
d = "02.txt"
R(d, "Zambia", ACCEPTED, TFA, "2016-12-16", "The acceptance was deposited on 16 December 2016",
  alt=["Zambia's delegation in Geneva handed over the country's instrument of acceptance of the Protocol amending the Marrakesh Agreement"])
R(d, "Malawi", ACCEPTED, TFA, "2017", "Malawi accepted the TFA in 2017 and Angola in 2019")
R(d, "Angola", ACCEPTED, TFA, "2019", "Malawi accepted the TFA in 2017 and Angola in 2019")
R(d, "Democratic Republic of the Congo", ACCEPTED, TFA, None,
  "The Democratic Republic of the Congo, which joined the WTO long before the TFA existed, has yet to accept it", negated=True)
R(d, "Mozambique", ACCEPTED, TFA, "2018-01", "Mozambique, for its part, accepted the Protocol in January 2018")
R(d, "Zambia", RATIFIED, AFCFTA, "2021-02",
  "Zambia deposited its instrument of ratification of the Agreement Establishing the African Continental Free Trade Area in February 2021")
RL(d, ["Namibia", "Malawi"], PARTY, AFCFTA, None, "Namibia and Malawi are trading under the AfCFTA too", required=False)
R(d, "Democratic Republic of the Congo", "signed", AFCFTA, None,
  "the Democratic Republic of the Congo has signed the Agreement but has not ratified it")
R(d, "Democratic Republic of the Congo", NOTRATIFIED, AFCFTA, None,
  "the Democratic Republic of the Congo has signed the Agreement but has not ratified it", negated=True)
R(d, "Zambia", RATIFIED, TFTA, "2022", "Zambia ratified it in 2022")
R(d, "Zambia", ACCEDED, RKC, "2012", "Zambia acceded to it in 2012")
R(d, "Zambia", ACCEPTED, RKCSA, None, "we have not accepted any of its Specific Annexes", negated=True, required=False)

# ===================== 03 (ministry's reply to a business association, Viet Nam) =====================
d = "03.txt"
R(d, "Viet Nam", ACCEDED, NYC, "1995", "Viet Nam has been a party to the 1958 Convention on the Recognition and Enforcement of Foreign Arbitral Awards "
  "(the New York Convention) since it acceded in 1995")
R(d, "Viet Nam", "party", NYC, "1995", "Viet Nam has been a party to the 1958 Convention on the Recognition and Enforcement of Foreign Arbitral Awards",
  required=False)
R(d, "Viet Nam", "signed", ICSID, None, "Viet Nam has neither signed nor ratified that Convention", negated=True)
R(d, "Viet Nam", NOTRATIFIED, ICSID, None, "Viet Nam has neither signed nor ratified that Convention", negated=True)
R(d, "Viet Nam", JOINED, ICSID, None,
  "The Ministry is studying, with the Ministry of Planning and Investment, whether accession to the ICSID Convention would serve the national interest",
  negated=True)
R(d, "Viet Nam", RATIFIED, EVIPA, "2020", "the Investment Protection Agreement with the European Union, which Viet Nam ratified in 2020")
R(d, "Thailand", "signed", ICSID, "1985", "Thailand signed the ICSID Convention in 1985 but has not ratified it")
R(d, "Thailand", NOTRATIFIED, ICSID, None, "Thailand signed the ICSID Convention in 1985 but has not ratified it", negated=True)
R(d, "Lao PDR", "signed", ICSID, None, "Lao PDR has neither signed nor ratified it", negated=True)
R(d, "Lao PDR", NOTRATIFIED, ICSID, None, "Lao PDR has neither signed nor ratified it", negated=True)
R(d, "Viet Nam", "signed", SING, None, "Viet Nam has not signed the United Nations Convention on International Settlement Agreements Resulting from Mediation",
  negated=True, alt=["the Ministry will consider signature once that law is adopted"])
RL(d, ["Singapore", "Malaysia"], "signed", SING, "2019-08",
   "Singapore and Malaysia signed the Convention at the ceremony in Singapore in August 2019")
R(d, "Singapore", RATIFIED, SING, "2020", "Singapore ratified it in 2020")

# ===================== 04 (budget speech, Kenya) =====================
d = "04.txt"
R(d, "Kenya", PARTY, MAC, "2016", "Kenya has been a Party to the Convention on Mutual Administrative Assistance in Tax Matters since 2016")
R(d, "Kenya", "signed", MLI, "2023-06", "Kenya signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion "
  "and Profit Shifting in June 2023")
R(d, "Kenya", NOTRATIFIED, MLI, None, "I expect the instrument of ratification to be deposited with the OECD before the end of this calendar year",
  negated=True, alt=["Cabinet approved its ratification in April"])
R(d, "Kenya", "signed", STTR, None, "We have not signed the separate multilateral instrument on the Pillar Two subject to tax rule", negated=True)
R(d, "Kenya", "supported", R78, "2023-12", "We voted in favour of General Assembly resolution 78/230 in December 2023")
R(d, "Kenya", "co-sponsored", R79, "2024-12", "last December we co-sponsored resolution 79/235")
R(d, "Kenya", "signed", UNFCITC, None, "When the Framework Convention is concluded, Kenya will sign it", negated=True)
R(d, "Kenya", RATIFIED, AFCFTA, "2018", "the African Continental Free Trade Area Agreement, which Kenya ratified in 2018")
R(d, "Kenya", NOTRATIFIED, DTP, None, "the instrument will be deposited with the African Union Commission shortly", negated=True,
  alt=["Parliament approved this week the ratification of the AfCFTA Protocol on Digital Trade"])

# ===================== 05 (law-firm client alert, Markdown, ICSID) =====================
d = "05.md"
R(d, "Ethiopia", "signed", ICSID, "1965",
  "Ethiopia signed the Convention on the Settlement of Investment Disputes between States and Nationals of Other States in 1965")
R(d, "Ethiopia", RATIFIED, ICSID, "2025-11-12", "on 12 November 2025, it deposited its instrument of ratification with the World Bank")
R(d, "Tuvalu", "signed", ICSID, "2025-06-04", "signed and ratified it on the same day, 4 June 2025")
R(d, "Tuvalu", RATIFIED, ICSID, "2025-06-04", "signed and ratified it on the same day, 4 June 2025")
R(d, "Tuvalu", "signed", ICSID, None, "Tuvalu, which had not signed the Convention", negated=True, required=False)
R(d, "Honduras", PARTY, ICSID, None, "Honduras notified its denunciation of the ICSID Convention on 8 February 2024", negated=True, required=False,
  alt=["the denunciation took effect six months later, in August 2024"])
RL(d, ["Bolivia", "Ecuador", "Venezuela"], PARTY, ICSID, None,
   "Honduras is the fourth State to leave, after Bolivia (2007), Ecuador (2009) and Venezuela (2012)", negated=True, required=False)
R(d, "Ecuador", RATIFIED, ICSID, "2021", "it ratified the Convention again in 2021")
for a, y in [("Thailand", "1985"), ("Belize", "1986"), ("Dominican Republic", "2000"), ("Namibia", "1998")]:
    R(d, a, "signed", ICSID, y, f"{a} — signed {y}")
    R(d, a, NOTRATIFIED, ICSID, None, "The following States have signed the ICSID Convention but have not ratified it", negated=True,
      alt=["the Dominican Republic's ratification is \"on the legislative agenda\" for 2026"] if a == "Dominican Republic" else None)
QIBS = "India, Brazil and South Africa have neither signed nor ratified the Convention"
RL(d, ["India", "Brazil", "South Africa"], "signed", ICSID, None, QIBS, negated=True)
RL(d, ["India", "Brazil", "South Africa"], NOTRATIFIED, ICSID, None, QIBS, negated=True)
RL(d, ["India", "Brazil"], PARTY, NYC, None, "India and Brazil are parties to the 1958 New York Convention")

# ===================== 06 (parliamentary treaty-scrutiny report, Australia, Singapore Convention) =====================
d = "06.txt"
R(d, "Australia", "signed", SING, "2021-09-10", "Australia signed the Convention on 10 September 2021 but has not ratified it")
R(d, "Australia", NOTRATIFIED, SING, None, "Australia signed the Convention on 10 September 2021 but has not ratified it", negated=True,
  alt=["the Government intends to ratify it once the implementing legislation has passed"])
R(d, GA, "adopted", SING, "2018-12-20", "It was adopted by the United Nations General Assembly in resolution 73/198")
RL(d, ["Singapore", "Japan", "Saudi Arabia"], RATIFIED, SING, None, "Singapore, Japan and Saudi Arabia have ratified it")
QCKU = "China, the Republic of Korea and the United States signed it in 2019 but have not ratified it"
RL(d, ["China", "Republic of Korea", "United States"], "signed", SING, "2019", QCKU)
RL(d, ["China", "Republic of Korea", "United States"], NOTRATIFIED, SING, None, QCKU, negated=True)
RL(d, ["New Zealand", "United Kingdom"], NOTRATIFIED, SING, None, "neither New Zealand nor the United Kingdom has ratified it", negated=True)
R(d, "United Kingdom", "signed", SING, "2023-05", "the United Kingdom signed it in May 2023")
R(d, "European Union", "signed", SING, None, "The European Union is not a signatory", negated=True)
R(d, JSCOT, ["supported", "endorsed"], SING, "2025-11", "The Committee supports the Singapore Convention and recommends that binding treaty action be taken",
  required=False, alt=["The Committee supports the Convention and considers that ratification is in the national interest"])
R(d, "Fiji", RATIFIED, SING, "2020", "Fiji, which ratified the Convention in 2020")
R(d, "Fiji", "called-for", SING, None, "it hoped Australia and New Zealand would follow", required=False)

# ===================== 07 (investigative blog, Markdown, UNCAC and the AU Convention) =====================
d = "07.md"
R(d, "Syria", "signed", UNCAC, "2003-12-09", "| Syria | 9 December 2003 | none |")
R(d, "Syria", NOTRATIFIED, UNCAC, None, "| Syria | 9 December 2003 | none |", negated=True,
  alt=["Syria and Barbados have been signatories for more than twenty years"])
R(d, "Barbados", "signed", UNCAC, "2003-12-10", "| Barbados | 10 December 2003 | none |")
R(d, "Barbados", NOTRATIFIED, UNCAC, None, "| Barbados | 10 December 2003 | none |", negated=True,
  alt=["Barbados told the Conference of the States Parties in 2023 that it \"expects to ratify in the near future\""])
QEN = "Eritrea and North Korea have neither signed nor acceded"
R(d, "Eritrea", "signed", UNCAC, None, QEN, negated=True, alt=["| Eritrea | — | none |"])
R(d, "Eritrea", JOINED, UNCAC, None, QEN, negated=True)
R(d, "Democratic People's Republic of Korea", "signed", UNCAC, None, QEN, negated=True, alt=["| North Korea | — | none |"])
R(d, "Democratic People's Republic of Korea", JOINED, UNCAC, None, QEN, negated=True)
R(d, "Japan", "signed", UNCAC, "2003-12", "Japan signed in December 2003 and ratified in 2017")
R(d, "Japan", RATIFIED, UNCAC, "2017", "Japan signed in December 2003 and ratified in 2017")
R(d, "New Zealand", "signed", UNCAC, "2003-12", "New Zealand signed on the same day as Japan and ratified in 2015")
R(d, "New Zealand", RATIFIED, UNCAC, "2015", "New Zealand signed on the same day as Japan and ratified in 2015")
R(d, "Germany", "signed", UNCAC, "2003", "Germany signed in 2003 too but did not ratify until 2014")
R(d, "Germany", RATIFIED, UNCAC, "2014", "Germany signed in 2003 too but did not ratify until 2014")
R(d, AU, "adopted", AUCPCC, "2003-07", "The African Union Convention on Preventing and Combating Corruption, adopted in Maputo in July 2003", required=False)
QAU = "eight AU member states have signed but never ratified it, among them Somalia, South Sudan and Cabo Verde"
RL(d, ["Somalia", "South Sudan", "Cabo Verde"], "signed", AUCPCC, None, QAU)
RL(d, ["Somalia", "South Sudan", "Cabo Verde"], NOTRATIFIED, AUCPCC, None, QAU, negated=True)
R(d, "Morocco", "signed", AUCPCC, None, "Morocco, which rejoined the AU in 2017, has not signed it", negated=True)
R(d, "Tunisia", "signed", AUCPCC, "2013", "Tunisia signed in 2013 and ratified in 2023")
R(d, "Tunisia", RATIFIED, AUCPCC, "2023", "Tunisia signed in 2013 and ratified in 2023")
R(d, PAPERTRAIL, "called-for", UNCAC, "2026-01-19", "we are asking Syria and Barbados to finish the job", required=False)

# ===================== 08 (joint statement, Friends of Fish) =====================
d = "08.txt"
DAY = "2025-10-16"
FOF = ["Argentina", "Australia", "Chile", "Colombia", "Iceland", "New Zealand", "Norway", "Peru"]
QEACH = "Each of our governments has deposited its instrument of acceptance of the Protocol of Amendment that inserts the Agreement into the WTO Agreement"
for a in FOF:
    if a == "Colombia":
        R(d, a, ACCEPTED, FISH, "2025-03", "Colombia's acceptance, deposited in March, completed our group", alt=[QEACH])
    else:
        R(d, a, ACCEPTED, FISH, None, QEACH)
RL(d, FOF, COMMITTED, FISH, DAY, "We commit to implement the Agreement fully and in good faith")
RL(d, FOF, "called-for", FISH, DAY,
   "We call on all WTO members that have not yet done so to accept the Protocol of Amendment without delay")
RL(d, FOF, "welcomed", FISH, DAY, "welcome the entry into force of the WTO Agreement on Fisheries Subsidies on 15 September 2025", required=False)
for a in ["India", "Indonesia", "Republic of Korea"]:
    R(d, a, ACCEPTED, FISH, None, "India, Indonesia and the Republic of Korea have not yet accepted the Agreement", negated=True,
      alt=["Indonesia has announced that it will deposit its instrument before the end of the year"] if a == "Indonesia" else None)

# ===================== 09 (depositary notification, Council of Europe, tax Convention) =====================
d = "09.txt"
R(d, "Rwanda", RATIFIED, MAC, "2026-03-03",
  "On 3 March 2026, Rwanda deposited with the Secretary-General of the OECD its instrument of ratification of the Convention on Mutual Administrative "
  "Assistance in Tax Matters as amended by the 2010 Protocol")
R(d, "Rwanda", "party", MAC, None, "the Convention as amended will enter into force for Rwanda on 1 July 2026", negated=True, required=False)
R(d, "Viet Nam", "signed", MAC, "2026-03-10", "On 10 March 2026, the Convention as amended by the 2010 Protocol was signed on behalf of Viet Nam")
R(d, "Viet Nam", NOTRATIFIED, MAC, None, "The signature is subject to ratification", negated=True, required=False)
R(d, "Tunisia", RATIFIED, P208, "2026-03-11",
  "On 11 March 2026, Tunisia, for which the Convention in its original version has been in force since 2014, deposited its instrument of "
  "ratification of the Protocol amending the Convention (CETS No. 208)")
R(d, "Tunisia", PARTY, MAC, None, "Tunisia, for which the Convention in its original version has been in force since 2014")

# ===================== 10 (NGO tracker web page, HTML, UN tax votes) =====================
d = "10.html"
D78, D79 = "2023-12-22", "2024-12-24"
R(d, GA, "adopted", R78, D78, "On 22 December 2023 the Assembly adopted resolution 78/230")
R(d, GA, "adopted", R79, D79, "On 24 December 2024 it adopted resolution 79/235")
ROWS = {
    "Nigeria": ("In favour (co-sponsor)", "In favour (co-sponsor)"),
    "Ghana": ("In favour", "In favour"),
    "South Africa": ("In favour", "In favour"),
    "Brazil": ("In favour", "In favour"),
    "United Kingdom": ("Against", "Against"),
    "Japan": ("Against", "Against"),
    "Mexico": ("Abstained", "In favour"),
    "Switzerland": ("Against", "Abstained"),
}
for a, (v78, v79) in ROWS.items():
    q = f"<td>{a}</td><td>{v78}</td><td>{v79}</td>"
    R(d, a, "supported", R78, D78, q, negated=not v78.startswith("In favour"))
    R(d, a, "supported", R79, D79, q, negated=not v79.startswith("In favour"))
R(d, "Nigeria", "co-sponsored", R78, None, "<td>Nigeria</td><td>In favour (co-sponsor)</td>")
R(d, "Nigeria", "co-sponsored", R79, None, "<td>Nigeria</td><td>In favour (co-sponsor)</td><td>In favour (co-sponsor)</td>")
R(d, "Ghana", "co-sponsored", R79, None, "Ghana also co-sponsored 79/235")
R(d, "United States", "supported", R78, D78, "The United States voted against 78/230", negated=True)
R(d, FTAN, "called-for", UNFCITC, "2025-09-02",
  "We call on every African government to stay at the table and to commit now to signing and ratifying the Framework Convention")

# ===================== 11 (explanation of vote, Norway, General Assembly plenary) =====================
d = "11.txt"
DAY = "2024-12-24"
R(d, "Norway", "supported", L19, DAY, "Norway voted in favour of the resolution just adopted")
R(d, GA, "adopted", L19, DAY, "the resolution just adopted", required=False)
R(d, "Norway", "supported", R78, "2023", "Last year, when the Assembly adopted resolution 78/230, Norway abstained", negated=True)
R(d, GA, "adopted", R78, "2023", "when the Assembly adopted resolution 78/230")
QNP = ("Norway is a Party to the Convention on Mutual Administrative Assistance in Tax Matters and to the Multilateral Convention to Implement Tax "
       "Treaty Related Measures to Prevent Base Erosion and Profit Shifting")
R(d, "Norway", PARTY, MAC, None, QNP)
R(d, "Norway", PARTY, MLI, None, QNP)
R(d, "Norway", "signed", STTR, None, "We also intend to sign the Pillar Two subject to tax rule instrument later in 2025", negated=True)
RL(d, ["United Kingdom", "Australia", "Republic of Korea"], "supported", L19, DAY,
   "We regret that the United Kingdom, Australia and the Republic of Korea voted against", negated=True)
R(d, "Türkiye", "supported", L19, DAY, "and that Türkiye abstained", negated=True)
R(d, "Norway", "signed", UNFCITC, None, "We are ready to consider signing a framework convention that is inclusive, effective and ratifiable",
  negated=True, required=False)

# ===================== 12 (wire story, OECD Anti-Bribery Convention) =====================
d = "12.txt"
WED = "2026-01-21"
R(d, "Thailand", ACCEDED, ABC, WED,
  "Thailand on Wednesday deposited its instrument of accession to the OECD Convention on Combating Bribery of Foreign Public Officials in "
  "International Business Transactions")
R(d, "Thailand", "party", ABC, None, "becoming the 47th party to the 1997 treaty", required=False)
R(d, OECDSG, "called-for", ABC, None,
  "He urged \"the other large exporting economies that remain outside the Convention\" to join it")
RL(d, ["China", "India"], "signed", ABC, None, "naming China and India, neither of which has signed it", negated=True)
R(d, "Thailand", ENDORSED, ABR21, WED,
  "Thailand also adhered on Wednesday to the OECD's 2021 Recommendation for Further Combating Bribery of Foreign Public Officials")
R(d, "Thailand", PARTY, UNCAC, "2011", "Thailand has been a party to the United Nations Convention against Corruption since 2011")
R(d, "Indonesia", NOTBOUND, ABC, None, "Indonesia, whose accession talks with the OECD began in 2024, is not yet a party to the Anti-Bribery Convention",
  negated=True, alt=["officials in Jakarta said last month they expected to deposit an instrument \"within two years\""])
R(d, "Ukraine", NOTBOUND, ABC, None, "Ukraine, a participant in the OECD Working Group on Bribery since 2023, applied to accede in 2024", negated=True)
R(d, "Kazakhstan", JOINED, ABC, None, "Kazakhstan is \"actively considering\" doing so", negated=True)
R(d, "Romania", ACCEDED, ABC, "2022", "Romania, the most recent European party before Thailand, acceded in 2022")
R(d, "Peru", JOINED, ABC, "2018", "Peru and Costa Rica joined in 2018 and 2017, respectively")
R(d, "Costa Rica", JOINED, ABC, "2017", "Peru and Costa Rica joined in 2018 and 2017, respectively")
R(d, ACM, "called-for", ABC, None, "We hope Thailand's neighbours will follow suit", required=False)

# ===================== 13 (radio interview transcript, Mauritius) =====================
d = "13.txt"
R(d, "Mauritius", ACCEPTED, FISH, "2023-04", "Mauritius deposited its instrument of acceptance in April 2023")
R(d, "Mauritius", JOINED_PLURI, IFD, "2024-02", "we joined the final Agreement when it was concluded in February 2024")
RL(d, ["India", "South Africa"], JOINED_PLURI, IFD, None, "India and South Africa are not participants and have said they will not join", negated=True)
RL(d, ["India", "South Africa"], "supported", IFD, None, "India and South Africa have blocked the IFD Agreement for two years", negated=True,
   required=False)
R(d, "Mauritius", ACCEPTED, TRIPSA, "2008", "It did, in 2008")
R(d, "Madagascar", ACCEPTED, TRIPSA, None, "Madagascar, our neighbour, has not accepted it yet", negated=True)
R(d, "Mauritius", RATIFIED, AFCFTA, "2019", "Mauritius ratified the AfCFTA Agreement in 2019")
R(d, "Mauritius", NOTRATIFIED, INVP, None, "the Cabinet approved the ratification of the Protocol on Investment", negated=True)
R(d, "Mauritius", "signed", DTP, None, "We have signed the Protocol on Digital Trade but have not ratified it")
R(d, "Mauritius", NOTRATIFIED, DTP, None, "We have signed the Protocol on Digital Trade but have not ratified it", negated=True,
  alt=["I hope so. I would rather say \"soon\" than give you a date and be wrong."])

# ===================== 14 (regional organisation communiqué, AfCFTA Council of Ministers) =====================
d = "14.txt"
DAY = "2025-12-12"
RL(d, ["Libya", "Somalia"], RATIFIED, AFCFTA, None,
   "the instruments of ratification of the Agreement Establishing the African Continental Free Trade Area by Libya and Somalia")
R(d, "Eritrea", "signed", AFCFTA, None, "Eritrea remains the only member State of the African Union that has not signed the Agreement", negated=True)
Q3 = "the Protocol on Digital Trade and the Protocol on Investment have each been ratified by Rwanda, Kenya and Ghana"
RL(d, ["Rwanda", "Kenya", "Ghana"], RATIFIED, DTP, None, Q3)
RL(d, ["Rwanda", "Kenya", "Ghana"], RATIFIED, INVP, None, Q3)
R(d, "Ghana", RATIFIED, WYT, "2025-12-11",
  "Ghana deposited its instrument of ratification of the Protocol on Women and Youth in Trade at the opening of this meeting")
for inst in (DTP, INVP, WYT):
    R(d, "Nigeria", NOTRATIFIED, inst, None, "Nigeria informed the Council that the ratification of the three Protocols was before its Federal Executive Council",
      negated=True)
R(d, AFCOM, "adopted", ROO, "2025-12", "The Council adopted the Annex on Rules of Origin for Automotive Products to the Protocol on Trade in Goods")
QCALL = ("The Council urged State Parties that have not yet done so to sign and ratify the Protocols on Investment, Competition Policy, Intellectual "
         "Property Rights, Digital Trade and Women and Youth in Trade")
for inst in (INVP, CPP, IPRP, DTP, WYT):
    R(d, AFCOM, "called-for", inst, DAY, QCALL)
RL(d, ["Egypt", "South Africa", "Morocco"], "supported", ROO, None, "Egypt, South Africa and Morocco expressed reservations on paragraph 4",
   negated=True, required=False)

# ===================== 15 (FAQ web page, HTML, Kazakhstan) =====================
d = "15.html"
R(d, "Kazakhstan", ACCEDED, UNCAC, "2008-06-18", "Kazakhstan acceded to the Convention on 18 June 2008")
R(d, "Kazakhstan", JOINED, ABC, None,
  "the Government informed the OECD of its wish to accede to the Convention on Combating Bribery of Foreign Public Officials in International "
  "Business Transactions", negated=True)
QCOE = "it has neither signed nor acceded to the Criminal Law Convention or the Civil Law Convention on Corruption"
for inst in (CLCC, CIVLC):
    R(d, "Kazakhstan", "signed", inst, None, QCOE, negated=True)
    R(d, "Kazakhstan", JOINED, inst, None, QCOE, negated=True)
R(d, "Kazakhstan", ACCEDED, GRECOPA, "2020", "which it joined by acceding to the Partial Agreement establishing GRECO", required=False)
QIAP = "Kazakhstan endorsed the Istanbul Anti-Corruption Action Plan in 2004, together with Kyrgyzstan and Tajikistan"
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan"], ENDORSED, IAAP, "2004", QIAP)
R(d, "Uzbekistan", ENDORSED, IAAP, "2010", "Uzbekistan joined the Plan in 2010")
R(d, "Kazakhstan", ENDORSED, RPI, "2019", "Kazakhstan adhered to the Recommendation of the Council on Public Integrity in 2019")

# ===================== 16 (government bulletin: cabinet decisions, Seychelles) =====================
d = "16.txt"
R(d, "Seychelles", JOINED, SING, None,
  "Cabinet approved Seychelles' accession to the United Nations Convention on International Settlement Agreements Resulting from Mediation",
  negated=True, alt=["which will be deposited with the Secretary-General of the United Nations once the Mediation (International Settlement "
                     "Agreements) Bill has been enacted"])
R(d, "Seychelles", "signed", SING, None, "Seychelles did not sign the Convention when it was open for signature", negated=True)
R(d, "Seychelles", NOTRATIFIED, INVP, None,
  "Cabinet approved the ratification of the Protocol to the Agreement Establishing the African Continental Free Trade Area on Investment",
  negated=True)
R(d, "Seychelles", "signed", INVP, "2024-02", "which Seychelles signed in February 2024")
R(d, "Seychelles", RATIFIED, AFCFTA, "2019", "Seychelles ratified the AfCFTA Agreement itself in 2019")
R(d, "Seychelles", RATIFIED, MLI, "2019",
  "the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting, which Seychelles ratified in 2019")
R(d, "Seychelles", PARTY, MAC, "2015", "Seychelles, a Party to the Convention since 2015")
R(d, "Seychelles", ACCEPTED, FISH, "2025-09-22",
  "Seychelles' instrument of acceptance of the WTO Agreement on Fisheries Subsidies had been deposited in Geneva on 22 September 2025")

# ---- local check: body length ----
body_errors = []
for f in sorted(os.listdir(gold.docs_dir)):
    if f.endswith((".txt", ".md", ".html")):
        n = len(body_of(open(os.path.join(gold.docs_dir, f), encoding="utf-8").read()).strip())
        if not (MIN_BODY <= n <= MAX_BODY):
            body_errors.append(f"{f}: body length {n}")
for e in body_errors:
    print("ERROR", e)
if body_errors:
    print(f"{len(body_errors)} body-length errors")
    gold.finish(MIN_CHARS, MAX_CHARS)
    sys.exit(1)
gold.finish(MIN_CHARS, MAX_CHARS)
