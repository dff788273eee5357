#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote. Same record format and checks as
corpus/probe17/tools/build_gold.py; the record helpers and checks come from corpus/tools/gold.py (imported, not copied).
Two documents of this corpus are not .txt (02.md, 06.html); gold.py's Gold.finish() checks .txt, .md and .html documents
alike. Alternative actor names missing from gold.py's ALT_NAMES are added locally below."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import (GA, Gold, alt, ACTIONS, DATE, body_of, fold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED,  # noqa: E402,F401
                  PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL)
MIN_CHARS, MAX_CHARS = 1800, 3000
MOU_SIGNED = ["signed", "endorsed"]          # signing a non-binding memorandum of cooperation

# ---- instruments: (name as the text names it, aliases) ----
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "ITP", "tobacco Protocol"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["Framework Convention on Tobacco Control", "FCTC", "WHO FCTC"])
MOP46 = ("decision FCTC/MOP4(6) on the global information-sharing focal point", ["FCTC/MOP4(6)"])
LEAF = ("draft decision on the licensing of raw-leaf tobacco traders", ["raw-leaf licensing draft decision"])
L3 = ("draft decision FCTC/MOP4/L.3 on assistance to Parties in the African Region", ["FCTC/MOP4/L.3"])
TAXRES = ("draft resolution on \"Promotion of inclusive and effective international tax cooperation at the United Nations\"",
          ["A/C.2/80/L.19", "Promotion of inclusive and effective international tax cooperation at the United Nations"])
TAXRES5 = ("draft resolution on promotion of inclusive and effective international tax cooperation at the United Nations",
           ["Promotion of inclusive and effective international tax cooperation at the United Nations"])
R78230 = ("resolution 78/230", ["General Assembly resolution 78/230", "A/RES/78/230"])
TOR4 = ("terms of reference for the framework convention", ["resolution 79/235", "A/RES/79/235"])
TOR = ("terms of reference for a United Nations Framework Convention on International Tax Cooperation", ["terms of reference"])
FC = ("United Nations Framework Convention on International Tax Cooperation",
      ["framework convention", "UN Framework Convention on International Tax Cooperation", "UN tax convention"])
TRADE = ("draft resolution on \"International trade and development\"", ["A/C.2/80/L.8", "International trade and development"])
MAC = ("Convention on Mutual Administrative Assistance in Tax Matters",
       ["Convention on Mutual Administrative Assistance", "MAC", "Mutual Administrative Assistance Convention"])
MACP = ("Protocol amending the Convention on Mutual Administrative Assistance in Tax Matters", ["2010 Protocol", "amending Protocol"])
MCAA = ("Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information", ["CRS MCAA", "MCAA"])
MLI = ("Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting", ["MLI", "BEPS MLI"])
MLI5 = (MLI[0], MLI[1] + ["Multilateral Convention"])
STTR = ("Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule",
        ["STTR MLI", "Subject to Tax Rule instrument", "STTR multilateral instrument"])
TWOP = ("Statement on a Two-Pillar Solution to Address the Tax Challenges Arising from the Digitalisation of the Economy",
        ["Statement on a Two-Pillar Solution", "Two-Pillar Solution", "Two-Pillar Statement"])
DTAP = ("protocol amending the double taxation convention between Ireland and Germany",
        ["Ireland–Germany double taxation convention protocol", "protocol to the Ireland–Germany double taxation convention"])
IHR = ("2024 amendments to the International Health Regulations",
       ["amendments to the International Health Regulations (2005)", "amendments to the International Health Regulations", "IHR amendments",
        "2024 IHR amendments"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
WHA7717 = ("resolution WHA77.17", ["WHA77.17"])
MOC = ("Memorandum of Cooperation on Health Security", ["Japan–Thailand Memorandum of Cooperation on Health Security"])
L24 = ("resolution on access to medicines, vaccines and other health products",
       ["A/HRC/59/L.24", "resolution on access to medicines, vaccines and other health products in the context of the right of everyone to the "
        "enjoyment of the highest attainable standard of physical and mental health"])
L17 = ("resolution on mental health and human rights", ["A/HRC/59/L.17"])
L31 = ("draft on the right to social security", ["A/HRC/59/L.31", "draft resolution on the right to social security"])
DOHA = ("Doha Declaration on the TRIPS Agreement and Public Health", ["Doha Declaration"])
NCD = ("Political Declaration of the Fourth High-level Meeting on the Prevention and Control of Noncommunicable Diseases and the Promotion of "
       "Mental Health and Well-being",
       ["A/80/L.4", "draft resolution A/80/L.4", "Political Declaration on NCDs and mental health", "2025 Political Declaration on NCDs"])
POS = ("Declaration of Port-of-Spain \"Uniting to Stop the Epidemic of Chronic NCDs\"", ["Declaration of Port-of-Spain", "Port of Spain Declaration"])
R732 = ("2018 Political Declaration (resolution 73/2)", ["resolution 73/2", "A/RES/73/2"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["C189", "Convention No. 189", "Domestic Workers Convention"])
R201 = ("Recommendation No. 201", ["Domestic Workers Recommendation, 2011 (No. 201)", "R201", "Domestic Workers Recommendation"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["C190", "Convention No. 190"])
C169 = ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ["Convention No. 169", "C169", "ILO Indigenous and Tribal Peoples Convention"])
C107 = ("Indigenous and Tribal Populations Convention, 1957 (No. 107)", ["Convention No. 107", "C107"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
NSC = ("Nordic Sámi Convention", ["Nordic Saami Convention"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC", "Maritime Labour Convention"])
OSHPW = ("ASEAN Guidelines on Occupational Safety and Health for Platform Workers", ["OSH Guidelines for Platform Workers"])
WP = ("ALMM Work Plan 2026–2030", ["ALMM Work Plan", "Work Plan 2026-2030"])
SPD = ("ASEAN Declaration on Strengthening Social Protection", ["Declaration on Strengthening Social Protection"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW", "International Convention on the Protection of the Rights of All Migrant Workers"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the ICESCR"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Côte d'Ivoire", "Türkiye", "European Union", "Czechia", "Netherlands", "Philippines",
          "Lao PDR", "Timor-Leste", "Viet Nam", "Bolivia", "United Republic of Tanzania", "Gambia", "Germany", "Kenya", "Kazakhstan",
          "Uzbekistan", "Fiji", "Samoa", "Mexico", "Chile", "Ghana", "China", "Egypt", "Somalia", "Uganda", "Cambodia", "Thailand",
          "South Sudan"),
    "Republic of Korea": ["Republic of Korea", "South Korea", "Korea"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Malaysia": ["Malaysia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Malawi": ["Malawi", "Republic of Malawi"],
}
FCTCCOP = ["Conference of the Parties to the WHO Framework Convention on Tobacco Control", "Conference of the Parties", "COP", "FCTC COP",
           "Conference of the Parties to the Convention"]
MOP = ["Meeting of the Parties to the Protocol to Eliminate Illicit Trade in Tobacco Products", "Meeting of the Parties", "MOP4", "MOP"]
TTTI = ["Tobacco Trade Transparency Initiative", "TTTI"]
C2 = ["UN General Assembly Second Committee", "Second Committee", "Second Committee (Economic and Financial)", "Committee"]
NIGERIA_AG = ["Nigeria", "Group of African States", "African Group"]
AHC = ["Ad Hoc Committee", "Ad Hoc Committee on the terms of reference for a United Nations Framework Convention on International Tax Cooperation"]
ADHOCMLI = ["Ad Hoc Group on the MLI", "Ad Hoc Group"]
IF = ["OECD/G20 Inclusive Framework on BEPS", "Inclusive Framework", "OECD/G20 Inclusive Framework"]
GFS = ["Global Forum Secretariat", "Elena Marchetti", "Global Forum", "head of the Global Forum Secretariat"]
WHA = ["World Health Assembly", "WHA", "Seventy-seventh World Health Assembly", "Assembly"]
WHA78 = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly", "Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "Council"]
CARICOMH = ["CARICOM Heads of Government", "CARICOM", "Caribbean Community", "Heads of Government"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization"]
CWRA = ["Care Work Rights Alliance", "Alliance"]
ILO = ["ILO", "International Labour Organization"]
ILODG = ["ILO Director-General", "Gilbert F. Houngbo", "Director-General of the ILO", "Houngbo", "ILO"]
SAMI = ["Sámi Parliament in Finland", "Sámi Parliament"]
ALMM = ["ASEAN Labour Ministers' Meeting", "ASEAN Labour Ministers", "ALMM", "29th ALMM", "Twenty-Ninth ASEAN Labour Ministers' Meeting", "ASEAN"]
LEGAL = ["UN Legal Counsel", "Legal Counsel", "United Nations Legal Counsel", "Under-Secretary-General for Legal Affairs"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 depositary notification =====================
d = "01.txt"
R(d, "Kazakhstan", ACCEDED, ITP, "2025-10-09",
  "On 9 October 2025, the Government of Kazakhstan deposited with the Secretary-General its instrument of accession to the above-mentioned Protocol")
R(d, "Mongolia", RATIFIED, ITP, "2025-10-14",
  "The instrument of ratification by Mongolia, which had signed the Protocol at Seoul on 10 January 2013, was received by the Secretary-General on 14 October 2025")
R(d, "Mongolia", "signed", ITP, "2013-01-10", "which had signed the Protocol at Seoul on 10 January 2013")
R(d, "Portugal", PARTY, ITP, None, "The Government of Portugal, a Party to the Protocol",
  alt=["the territorial declaration made upon ratification"])
Q = ("the following signatories have not yet deposited an instrument of ratification, acceptance or approval: Côte d'Ivoire, Israel, "
     "Myanmar and Tunisia")
RL(d, ["Côte d'Ivoire", "Israel", "Myanmar"], NOTRATIFIED, ITP, None, Q, negated=True)
R(d, "Tunisia", NOTRATIFIED, ITP, None, Q, negated=True, alt=["it intends to ratify the Protocol in 2026"])
RL(d, ["Côte d'Ivoire", "Israel", "Myanmar", "Tunisia"], "signed", ITP, None, Q, required=False)
R(d, "Uzbekistan", PARTY, FCTC, None, "The Government of Uzbekistan, which is a Party to the WHO Framework Convention on Tobacco Control")
R(d, "Uzbekistan", JOINED, ITP, None, "has communicated its intention to accede to the Protocol", negated=True,
  alt=["No instrument of accession has been received to date"])
R(d, FCTCCOP, "adopted", ITP, "2012-11-12",
  "the Protocol was adopted by the Conference of the Parties to the WHO Framework Convention on Tobacco Control at its fifth session, in Seoul, on 12 November 2012")

# ===================== 02 NGO tracker (Markdown) =====================
d = "02.md"
R(d, "Kazakhstan", ACCEDED, ITP, "2025-10-09", "Kazakhstan — accession, 9 October 2025")
R(d, "Mongolia", RATIFIED, ITP, "2025-10-14", "Mongolia — ratification, 14 October 2025")
R(d, "Zambia", ACCEDED, ITP, "2025-11-03", "Zambia — accession deposited 3 November 2025")
Q = ("These signatories remain outside the Protocol (year of signature in brackets): Côte d'Ivoire (2013), Israel (2013), Myanmar (2014) "
     "and Türkiye (2013).")
for a, y in [("Côte d'Ivoire", "2013"), ("Israel", "2013"), ("Myanmar", "2014"), ("Türkiye", "2013")]:
    R(d, a, "signed", ITP, y, Q)
RL(d, ["Côte d'Ivoire", "Israel", "Myanmar", "Türkiye"], NOTRATIFIED, ITP, None, Q, negated=True)
R(d, "Uzbekistan", JOINED, ITP, None, "the Government told MOP4 it \"expects to accede by mid-2026\"", negated=True,
  alt=["an accession bill is before the Oliy Majlis"])
R(d, "Malaysia", NOTRATIFIED, ITP, None, "the Cabinet approved ratification in August, but no instrument has been lodged", negated=True)
R(d, "Malaysia", "signed", ITP, None, "Malaysia never signed the Protocol", negated=True)
R(d, "Malaysia", ["acceded"], ITP, None, "its instrument will in fact have to be one of accession", negated=True)
RL(d, ["Indonesia", "United States"], NOTBOUND, FCTC, None,
   "Indonesia and the United States are not Parties to the WHO Framework Convention on Tobacco Control (FCTC)", negated=True)
RL(d, ["Indonesia", "United States"], NOTBOUND, ITP, None, "neither is a Party to the Protocol", negated=True)
R(d, MOP, "adopted", MOP46, "2025-11",
  "The Meeting of the Parties adopted, by consensus, decision FCTC/MOP4(6) on the global information-sharing focal point")
R(d, "European Union", PARTY, ITP, None, "The European Union, itself a Party to the Protocol")
R(d, "Brazil", "co-sponsored", LEAF, None, "A draft decision on the licensing of raw-leaf tobacco traders, tabled by Brazil")
R(d, TTTI, "called-for", ITP, "2025-12-01", "TTTI calls on every remaining FCTC Party to ratify or accede to the Protocol before MOP5")

# ===================== 03 ministerial statement =====================
d = "03.txt"
R(d, "Kenya", RATIFIED, FCTC, "2004-06",
  "Kenya was one of the first countries to ratify the WHO Framework Convention on Tobacco Control, in June 2004")
R(d, "Kenya", RATIFIED, ITP, "2014-06", "we deposited our instrument of ratification of the Protocol in June 2014")
R(d, "Kenya", COMMITTED, ITP, "2025-11-24", "Kenya commits to the full implementation of the Protocol")
R(d, FCTCCOP, "adopted", ITP, "2012-11",
  "The Protocol was adopted by consensus by the Conference of the Parties to the Convention in Seoul in November 2012")
RL(d, ["Kenya", "Burkina Faso", "Chad", "Gabon", "Senegal"], "co-sponsored", L3, None,
   "Kenya, together with Burkina Faso, Chad, Gabon and Senegal, has put forward draft decision FCTC/MOP4/L.3 on assistance to Parties in the African Region")
R(d, "Zambia", ACCEDED, ITP, "2025-11", "the accession of Zambia earlier this month")
R(d, "Uganda", RATIFIED, ITP, "2024", "Uganda ratified the Protocol last year")
R(d, "United Republic of Tanzania", NOTBOUND, ITP, None,
  "The United Republic of Tanzania, our partner in the East African Community, has yet to join", negated=True)
R(d, "Somalia", JOINED, ITP, None, "Somalia will accede before the end of 2026", negated=True)
R(d, "South Sudan", NOTBOUND, FCTC, None, "South Sudan, which is not yet a Party to the Convention itself", negated=True)
R(d, "Kenya", "called-for", ITP, "2025-11-24",
  "I therefore call on all Parties to the Convention that have not yet done so to ratify or accede to the Protocol without delay",
  alt=["we hope Dodoma will follow its neighbours soon"])

# ===================== 04 meetings coverage, Second Committee =====================
d = "04.txt"
DAY = "2025-11-19"
R(d, C2, ADOPTED, TAXRES, DAY,
  "The Second Committee (Economic and Financial) today approved, by a recorded vote of 128 in favour to 6 against, with 41 abstentions, a draft "
  "resolution on \"Promotion of inclusive and effective international tax cooperation at the United Nations\"")
Q = "Voting against were Argentina, Israel, Japan, New Zealand, the United Kingdom and the United States."
RL(d, ["Argentina", "Israel", "Japan", "New Zealand", "United Kingdom"], "supported", TAXRES, DAY, Q, negated=True)
R(d, "United States", "supported", TAXRES, DAY, Q, negated=True, alt=["his delegation would vote against the draft"])
RL(d, ["Australia", "Canada", "Republic of Korea", "Switzerland"], "supported", TAXRES, DAY,
   "Abstaining were, among others, Australia, Canada, the Republic of Korea and Switzerland.", negated=True)
RL(d, ["Brazil", "China", "India", "South Africa"], "supported", TAXRES, DAY,
   "the representatives of Brazil, China, India and South Africa, all of which had voted in favour")
R(d, NIGERIA_AG, "co-sponsored", TAXRES, DAY,
  "Introducing the text, the representative of Nigeria, speaking on behalf of the Group of African States")
R(d, GA, "adopted", R78230, "2023-12", "resolution 78/230, adopted by the Assembly in December 2023")
R(d, GA, ADOPTED, TOR4, "2024-12",
  "the Assembly had endorsed the terms of reference for the framework convention in resolution 79/235 last December")
R(d, NIGERIA_AG, "called-for", FC, DAY,
  "She urged all delegations \"to conclude the framework convention in 2027, as the Assembly has decided, and to sign it on the day it opens\"")
R(d, C2, ADOPTED, TRADE, DAY,
  "The Committee then approved without a vote a draft resolution on \"International trade and development\" (document A/C.2/80/L.8)")

# ===================== 05 explanation of vote =====================
d = "05.txt"
DAY = "2025-12-17"
R(d, "Republic of Korea", "supported", TAXRES5, DAY,
  "The Republic of Korea abstained in the vote just taken on the draft resolution on promotion of inclusive and effective international tax "
  "cooperation at the United Nations", negated=True)
R(d, GA, ADOPTED, TAXRES5, DAY, "which the Assembly has adopted by 129 votes to 8, with 40 abstentions")
R(d, "Republic of Korea", RATIFIED, MAC, "2012", "Korea ratified the Convention on Mutual Administrative Assistance in Tax Matters in 2012")
R(d, "Republic of Korea", "signed", MLI5, "2017-06",
  "We signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting in Paris in June 2017")
R(d, "Republic of Korea", RATIFIED, MLI5, "2020-05", "deposited our instrument of ratification in May 2020")
R(d, "Republic of Korea", "supported", R78230, "2023", "We also voted in favour of resolution 78/230 two years ago")
R(d, AHC, ADOPTED, TOR, "2024-08",
  "in August 2024, when the Ad Hoc Committee adopted the terms of reference for a United Nations Framework Convention on International Tax Cooperation")
R(d, "Republic of Korea", "supported", TOR, "2024-08", "by a vote in which Korea abstained", negated=True)
R(d, "Republic of Korea", ["signed", "committed"], FC, None,
  "we cannot commit today to signing a convention whose text does not yet exist", negated=True, required=False)
R(d, "Japan", "supported", TAXRES5, DAY, "Japan joined us in abstaining", negated=True)
RL(d, ["Israel", "United States"], "supported", TAXRES5, DAY, "Israel and the United States voted against", negated=True)
Q = ("We encourage all jurisdictions that have not yet done so to sign and ratify the Multilateral Convention and to join the Convention on "
     "Mutual Administrative Assistance in Tax Matters")
R(d, "Republic of Korea", "called-for", MLI5, DAY, Q)
R(d, "Republic of Korea", "called-for", MAC, DAY, Q)

# ===================== 06 FAQ page (HTML) =====================
d = "06.html"
R(d, ADHOCMLI, ADOPTED, MLI, "2016-11-24", "Its text was adopted in Paris by the Ad Hoc Group on the MLI on 24 November 2016", required=False)
R(d, "Botswana", "signed", MLI, "2023-11-28", "Botswana signed the MLI on 28 November 2023")
R(d, "Botswana", RATIFIED, MLI, "2025-06-04",
  "deposited its instrument of ratification with the OECD Secretary-General on 4 June 2025")
RL(d, ["Mauritius", "South Africa", "United Kingdom"], RATIFIED, MLI, None, "Mauritius, South Africa and the United Kingdom have ratified the MLI")
R(d, "India", RATIFIED, MLI, None, "India has also ratified")
R(d, "Zambia", "signed", MLI, "2024", "Zambia signed the MLI in 2024 but has not yet ratified it")
R(d, "Zambia", NOTRATIFIED, MLI, None, "Zambia signed the MLI in 2024 but has not yet ratified it", negated=True)
RL(d, ["Zimbabwe", "Namibia"], "signed", MLI, None, "Zimbabwe and Namibia have not signed the MLI", negated=True)
R(d, "United States", "signed", MLI, None, "the United States has not signed the MLI in any case", negated=True)
R(d, "Botswana", "signed", STTR, None, "Botswana is considering signing it", negated=True)
R(d, "South Africa", "signed", STTR, None, "South Africa has not signed the STTR MLI either", negated=True)
R(d, "Botswana", "signed", MAC, "2013", "Botswana signed that Convention in 2013 and ratified it in 2021")
R(d, "Botswana", RATIFIED, MAC, "2021", "Botswana signed that Convention in 2013 and ratified it in 2021")
R(d, "Botswana", ENDORSED, TWOP, None,
  "Botswana joined the Statement on a Two-Pillar Solution to Address the Tax Challenges Arising from the Digitalisation of the Economy")
R(d, IF, ADOPTED, TWOP, "2021-10-08", "which the OECD/G20 Inclusive Framework on BEPS agreed on 8 October 2021")
RL(d, ["Kenya", "Nigeria"], ENDORSED, TWOP, None, "Kenya and Nigeria, two partners in the region, did not join it", negated=True)

# ===================== 07 news wire =====================
d = "07.txt"
TUE = "2025-10-14"
R(d, "Lao PDR", "signed", MAC, TUE,
  "The Lao People's Democratic Republic on Tuesday signed the Convention on Mutual Administrative Assistance in Tax Matters, as amended by the 2010 Protocol")
R(d, "Timor-Leste", RATIFIED, MAC, TUE, "moments after Timor-Leste deposited its instrument of ratification of the same treaty")
R(d, "Lao PDR", "signed", MCAA, TUE,
  "Laos also signed the Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information")
R(d, "Lao PDR", NOTRATIFIED, MAC, None, "Officials said Vientiane intends to deposit its instrument of ratification in 2026", negated=True)
R(d, "Timor-Leste", "signed", MAC, "2024-03", "Timor-Leste, which signed the Convention in Dili in March 2024")
R(d, "Timor-Leste", ["party"], MAC, None, "will become a Party on 1 February 2026, when its ratification takes effect", negated=True, required=False)
R(d, GFS, "called-for", MAC, TUE,
  "urging \"the last developing jurisdictions in Asia and the Pacific to sign the Convention before the Forum's plenary in November.\"")
R(d, "Cambodia", "signed", MAC, None, "Cambodia, which attended as an observer, has yet to sign", negated=True,
  alt=["its delegation said a decision was expected \"within the coming year\""])
R(d, "Myanmar", "signed", MAC, None, "Myanmar has not signed either", negated=True)
R(d, "Thailand", JOINED, MAC, "2022", "Thailand joined the Convention in 2022")
R(d, "Viet Nam", "signed", MAC, "2023", "Viet Nam signed it in 2023")
R(d, "United States", RATIFIED, MAC, "1991", "The United States ratified the original Convention in 1991",
  alt=["the United States remains bound only by the unamended text"])
R(d, "United States", "signed", MACP, "2010", "signed the amending Protocol in 2010")
R(d, "United States", NOTRATIFIED, MACP, None, "the Senate has never approved ratification of the Protocol", negated=True)

# ===================== 08 parliamentary written answer =====================
d = "08.txt"
R(d, "Ireland", "signed", MLI, "2017-06-07",
  "Ireland signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting (the MLI) in Paris on 7 June 2017")
R(d, "Ireland", RATIFIED, MLI, "2019-01-29", "Ireland deposited its instrument of ratification on 29 January 2019")
RL(d, ["Barbados", "Indonesia", "Nigeria"], "signed", STTR, None,
   "has so far been signed by 12 jurisdictions, among them Barbados, Indonesia and Nigeria")
R(d, "Ireland", "signed", STTR, None, "Ireland has not signed the STTR MLI.", negated=True,
  alt=["I do not propose to sign the multilateral instrument at this time"])
R(d, "Ireland", ENDORSED, TWOP, "2021-10", "Ireland joined the Statement on a Two-Pillar Solution in October 2021")
R(d, "Ireland", PARTY, MAC, None,
  "Ireland is also a Party to the Convention on Mutual Administrative Assistance in Tax Matters, as amended by the 2010 Protocol")
Q = ("the protocol amending the double taxation convention between Ireland and Germany was signed by both Governments in Berlin on 3 March 2025")
RL(d, ["Ireland", "Germany"], "signed", DTAP, "2025-03-03", Q)
R(d, "Ireland", NOTRATIFIED, DTAP, None, "Ireland expects to complete its ratification procedures before the end of this year", negated=True)
R(d, "Germany", NOTRATIFIED, DTAP, None, "Germany has indicated that the Bundestag will consider the protocol in 2026", negated=True)
R(d, "Ireland", "supported", R78230, "2023-12",
  "Ireland abstained in the vote on General Assembly resolution 78/230 in December 2023", negated=True)
R(d, "Ireland", "supported", TOR, "2024-08",
  "voted in favour of the terms of reference for a United Nations Framework Convention on International Tax Cooperation in August 2024")

# ===================== 09 Q&A transcript =====================
d = "09.txt"
R(d, WHA, "adopted", IHR, "2024-06-01",
  "the 2024 amendments to the International Health Regulations, which the World Health Assembly adopted on 1 June 2024")
R(d, "New Zealand", NOTBOUND, IHR, None,
  "Cabinet today agreed that New Zealand will not reject the 2024 amendments to the International Health Regulations", negated=True,
  alt=["Yes — from 19 September this year, when they enter into force for every State that has not rejected them, subject to our reservation"])
R(d, "New Zealand", "signed", IHR, None, "We are not signing anything", negated=True, required=False)
R(d, "United States", NOTBOUND, IHR, None, "The United States has rejected the amendments", negated=True,
  alt=["Washington rejected the package on Friday"])
R(d, "Italy", NOTBOUND, IHR, None, "Italy has told the WHO it will do the same", negated=True)
R(d, "Australia", NOTBOUND, IHR, None, "Australia has said it will not reject them either", negated=True)
R(d, "New Zealand", "supported", PANDEMIC, "2025-05",
  "New Zealand voted for the WHO Pandemic Agreement when the Assembly adopted it in May")
R(d, WHA, "adopted", PANDEMIC, "2025-05", "when the Assembly adopted it in May")
R(d, "New Zealand", "signed", PANDEMIC, None, "we'll look at signing once it is", negated=True)
R(d, "New Zealand", RATIFIED, FCTC, "2004", "New Zealand ratified the WHO Framework Convention on Tobacco Control in 2004",
  alt=["remains a Party"])
RL(d, ["Fiji", "Samoa", "Tonga"], NOTBOUND, IHR, None, "Fiji, Samoa and Tonga have all told us they will not reject the amendments", negated=True)
R(d, "New Zealand", "called-for", IHR, "2025-07-14", "I'd urge any country still weighing a rejection to accept the amendments instead")

# ===================== 10 embassy news item =====================
d = "10.txt"
R(d, "Japan", ACCEPTED, IHR, "2025-07-01",
  "On 1 July 2025, the Government of Japan notified the Director-General of the World Health Organization of its acceptance of the amendments "
  "to the International Health Regulations (2005)")
R(d, WHA, "adopted", IHR, "2024-06", "adopted by the Seventy-seventh World Health Assembly in June 2024",
  alt=["by which the Assembly adopted the package"])
RL(d, ["Japan", "Thailand"], "co-sponsored", WHA7717, None, "together with Thailand, co-sponsored resolution WHA77.17")
R(d, "Thailand", NOTBOUND, IHR, None, "Thailand has likewise informed WHO that it will not reject the amendments", negated=True)
RL(d, ["Japan", "Thailand"], MOU_SIGNED, MOC, "2025-09-03",
   "Yesterday, Ambassador Hiroshi Tanabe and Thailand's Permanent Secretary for Public Health signed a Memorandum of Cooperation on Health Security")
RL(d, ["Japan", "Thailand"], COMMITTED, PANDEMIC, None, "Both sides reaffirmed their commitment to the WHO Pandemic Agreement")
R(d, WHA78, "adopted", PANDEMIC, "2025-05-20", "adopted by the Seventy-eighth World Health Assembly on 20 May 2025")
RL(d, ["Thailand", "Japan"], "supported", PANDEMIC, None, "for which Thailand and Japan voted in Committee A")
RL(d, ["Japan", "Thailand"], "signed", PANDEMIC, None, "Neither country has yet signed the Agreement", negated=True)

# ===================== 11 Human Rights Council press release =====================
d = "11.txt"
DAY = "2025-07-08"
R(d, HRC, "adopted", L24, DAY,
  "The Human Rights Council this afternoon adopted, by a recorded vote of 31 in favour, none against and 16 abstentions, a resolution on access "
  "to medicines, vaccines and other health products")
RL(d, ["Brazil", "Egypt", "India", "Senegal", "South Africa"], "co-sponsored", L24, None,
   "The text was presented by Brazil on behalf of a core group of Egypt, India, Senegal and South Africa")
RL(d, ["Bolivia", "Chile", "Kenya", "Malawi"], "supported", L24, DAY, "Among those voting in favour were Bolivia, Chile, Kenya and Malawi")
Q = "Abstaining were, among others, Czechia, Germany, Japan, the Netherlands and Switzerland."
RL(d, ["Czechia", "Japan", "Netherlands", "Switzerland"], "supported", L24, DAY, Q, negated=True)
R(d, "Germany", "supported", L24, DAY, Q, negated=True, alt=["Explaining its abstention, Germany"])
R(d, "Switzerland", COMMITTED, DOHA, DAY,
  "Switzerland said it remained committed to the Doha Declaration on the TRIPS Agreement and Public Health of 2001")
R(d, HRC, "adopted", L17, DAY, "The Council then adopted without a vote a resolution on mental health and human rights (A/HRC/59/L.17)")
RL(d, ["Portugal", "Brazil"], "co-sponsored", L17, None, "presented by Portugal and Brazil")
R(d, "Ecuador", "co-sponsored", L31, None, "on the right to social security (A/HRC/59/L.31), presented by Ecuador")

# ===================== 12 foreign-ministry press release =====================
d = "12.txt"
YDAY = "2025-10-15"
R(d, GA, "adopted", NCD, YDAY,
  "the adoption yesterday by the United Nations General Assembly of the Political Declaration of the Fourth High-level Meeting on the Prevention "
  "and Control of Noncommunicable Diseases and the Promotion of Mental Health and Well-being")
R(d, "Barbados", "co-sponsored", NCD, None, "Barbados co-sponsored draft resolution A/80/L.4, by which the Declaration was adopted")
R(d, "Barbados", "supported", NCD, YDAY,
  "Barbados co-sponsored draft resolution A/80/L.4, by which the Declaration was adopted, and voted in favour")
RL(d, ["Guyana", "Jamaica", "Trinidad and Tobago"], "co-sponsored", NCD, None,
   "Other CARICOM co-sponsors included Guyana, Jamaica and Trinidad and Tobago")
R(d, "United States", "supported", NCD, YDAY, "The United States and Argentina voted against", negated=True,
  alt=["after the United States objected to it"])
R(d, "Argentina", "supported", NCD, YDAY, "The United States and Argentina voted against", negated=True)
R(d, "Barbados", COMMITTED, NCD, "2025-10-16",
  "Barbados commits to achieving the Declaration's 2030 targets on tobacco, hypertension and mental health services")
R(d, CARICOMH, "adopted", POS, "2007-09",
  "In September 2007, CARICOM Heads of Government, meeting in Port of Spain, adopted the Declaration of Port-of-Spain")
R(d, "Barbados", "co-sponsored", R732, "2018", "Barbados went on to co-sponsor the 2018 Political Declaration (resolution 73/2)")
R(d, "Barbados", RATIFIED, FCTC, "2005", "Barbados ratified the WHO Framework Convention on Tobacco Control in 2005")
R(d, "Barbados", JOINED, ITP, None, "It has yet to accede to the Protocol to Eliminate Illicit Trade in Tobacco Products", negated=True)

# ===================== 13 NGO newsletter =====================
d = "13.txt"
Q = ("the International Labour Conference adopted the Domestic Workers Convention, 2011 (No. 189) and its companion Recommendation No. 201 "
     "on 16 June 2011")
R(d, ILC, "adopted", C189, "2011-06-16", Q)
R(d, ILC, "adopted", R201, "2011-06-16", Q)
R(d, "Viet Nam", NOTRATIFIED, C189, None, "The instrument has not yet been registered by the ILO", negated=True,
  alt=["the Ministry of Home Affairs expects to deposit it \"before the end of the year\""])
R(d, "Sri Lanka", NOTRATIFIED, C189, None, "The Cabinet of Ministers has approved a proposal to ratify the Convention", negated=True,
  alt=["No date has been set for the deposit of the instrument"])
R(d, "Lebanon", NOTRATIFIED, C189, None, "Lebanon \"is not in a position to ratify C189 while the sponsorship system remains in place\"",
  negated=True)
RL(d, ["Jordan", "Kuwait"], NOTRATIFIED, C189, None, "Jordan and Kuwait have not ratified it either", negated=True)
R(d, "Uruguay", RATIFIED, C189, "2012-06", "Uruguay was the first country to ratify the Convention, in June 2012")
R(d, "Philippines", RATIFIED, C189, "2012-09", "followed by the Philippines in September 2012")
R(d, "Peru", RATIFIED, C189, "2018", "Peru ratified in 2018")
R(d, "Mexico", RATIFIED, C189, "2020-07", "Mexico in July 2020")
R(d, "Uruguay", RATIFIED, C190, "2020",
  "Uruguay went on to become the first State to ratify the Violence and Harassment Convention, 2019 (No. 190), in 2020 as well")
Q = "The Alliance joins the ILO in urging the governments of Jordan, Kuwait and Lebanon to ratify C189 without further delay"
R(d, CWRA, "called-for", C189, "2025-10", Q)
R(d, ILO, "called-for", C189, None, Q, required=False)

# ===================== 14 ILO news item =====================
d = "14.txt"
R(d, "Finland", RATIFIED, C169, "2025-03-11",
  "Finland's Minister of Employment, Ville Kettunen, deposited the instrument of ratification with ILO Director-General Gilbert F. Houngbo on Tuesday in Geneva",
  alt=["Finland has become the 25th ILO member State to ratify the Indigenous and Tribal Peoples Convention, 1989 (No. 169)"])
R(d, ILC, "adopted", C169, "1989-06-27", "The Convention was adopted by the International Labour Conference on 27 June 1989")
Q = ("Finland voted in favour of the United Nations Declaration on the Rights of Indigenous Peoples when the General Assembly adopted it in "
     "September 2007")
R(d, "Finland", "supported", UNDRIP, "2007-09", Q)
R(d, GA, "adopted", UNDRIP, "2007-09", Q)
R(d, SAMI, "called-for", C169, None, "the Sámi Parliament in Finland has long called for ratification of the Convention", required=False)
R(d, "Norway", RATIFIED, C169, "1990-06", "Norway was the first to ratify Convention No. 169, in June 1990")
R(d, "Denmark", RATIFIED, C169, "1996", "Denmark followed in 1996")
R(d, "Sweden", NOTRATIFIED, C169, None, "Sweden has not ratified it", negated=True,
  alt=["a ratification was \"not on the agenda in this parliamentary term\""])
RL(d, ["Finland", "Norway", "Sweden"], "signed", NSC, "2017-01",
   "Finland, Norway and Sweden, signed the Nordic Sámi Convention in Helsinki in January 2017")
RL(d, ["Finland", "Norway", "Sweden"], NOTRATIFIED, NSC, None, "none of them has yet ratified that text", negated=True)
R(d, "Finland", NOTBOUND, C107, None,
  "Finland was never a party to the earlier Indigenous and Tribal Populations Convention, 1957 (No. 107)", negated=True)
R(d, ILODG, "called-for", C169, None,
  "urged \"all member States with indigenous or tribal peoples on their territory to consider ratifying Convention No. 169")

# ===================== 15 joint communiqué =====================
d = "15.txt"
DAY = "2025-10-30"
Q = "The Ministers adopted the ASEAN Guidelines on Occupational Safety and Health for Platform Workers and the ALMM Work Plan 2026–2030"
R(d, ALMM, ADOPTED, OSHPW, DAY, Q)
R(d, ALMM, ADOPTED, WP, DAY, Q)
R(d, ALMM, COMMITTED, SPD, DAY, "reaffirmed their commitment to the ASEAN Declaration on Strengthening Social Protection of 2013")
R(d, "Philippines", RATIFIED, C187, "2025-05",
  "the ratification by the Philippines of the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) in May 2025")
R(d, "Philippines", ["party"], C187, None, "which makes the Philippines the sixth ASEAN Member State bound by that Convention", required=False)
RL(d, ["Indonesia", "Malaysia", "Singapore", "Thailand", "Viet Nam"], PARTY, C187, None,
   "the sixth ASEAN Member State bound by that Convention, after Indonesia, Malaysia, Singapore, Thailand and Viet Nam")
RL(d, ["Cambodia", "Lao PDR", "Myanmar"], NOTRATIFIED, C187, None, "Cambodia, Lao PDR and Myanmar have yet to ratify Convention No. 187",
   negated=True)
R(d, "Cambodia", NOTRATIFIED, C155, None,
  "Cambodia intends to submit the Occupational Safety and Health Convention, 1981 (No. 155) to its National Assembly for ratification in 2026",
  negated=True)
RL(d, ["Indonesia", "Malaysia", "Philippines", "Singapore"], PARTY, MLC, None,
   "Indonesia, Malaysia, the Philippines and Singapore are Parties to the Maritime Labour Convention, 2006, as amended")
R(d, "Myanmar", NOTRATIFIED, MLC, None,
  "Myanmar's announcement that it will deposit its instrument of ratification of that Convention in early 2026", negated=True)
R(d, ALMM, "called-for", C187, DAY,
  "The Ministers called on ASEAN Member States that have not yet done so to consider ratifying Convention No. 187")

# ===================== 16 treaty-event report =====================
d = "16.txt"
DAY = "2025-09-24"
R(d, "Sierra Leone", ACCEDED, ITP, DAY,
  "Sierra Leone deposited its instrument of accession to the Protocol to Eliminate Illicit Trade in Tobacco Products")
R(d, "Dominican Republic", ACCEDED, FCTC, DAY, "The Dominican Republic acceded to the WHO Framework Convention on Tobacco Control")
R(d, "Dominican Republic", ACCEDED, ITP, DAY,
  "The Dominican Republic acceded to the WHO Framework Convention on Tobacco Control and, at the same ceremony, to its Protocol")
R(d, "Malawi", "signed", ICRMW, "2024",
  "Malawi, which signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families at last year's Treaty Event")
R(d, "Malawi", RATIFIED, ICRMW, DAY, "deposited its instrument of ratification, becoming the 61st State party")
R(d, "Malawi", ["party"], ICRMW, None, "becoming the 61st State party", required=False)
R(d, "Nepal", "signed", ICRMW, DAY, "Nepal signed the same Convention")
R(d, "Nepal", NOTRATIFIED, ICRMW, None, "its delegation said ratification would follow once the Federal Parliament had acted", negated=True)
R(d, "Gambia", RATIFIED, ICRMW, DAY, "The Gambia ratified the Convention")
R(d, "Gambia", "signed", OPICESCR, DAY,
  "also signed the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights")
R(d, "Armenia", RATIFIED, OPICESCR, DAY, "Armenia ratified that Optional Protocol")
R(d, "Ghana", RATIFIED, OPICESCR, "2025-09-23", "Yesterday, Ghana had ratified the same Optional Protocol at the event's second session")
R(d, "Liberia", JOINED, ITP, None, "announced that it would accede to it \"in the coming months\"", negated=True)
R(d, "Liberia", "signed", ITP, None, "Liberia, which can no longer sign the tobacco Protocol because its signature period closed in 2014",
  negated=True, required=False)
R(d, "Switzerland", "signed", FCTC, "2004", "Switzerland, which signed the WHO Framework Convention on Tobacco Control in 2004")
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "it was still not in a position to ratify", negated=True)
R(d, LEGAL, "called-for", ICRMW, DAY,
  "the Legal Counsel urged all States that have not yet done so to become parties to the Migrant Workers Convention")



gold.finish(MIN_CHARS, MAX_CHARS)
