#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.html, 06.html, 05.md, 08.md); as in
corpus/probe24/tools/build_gold.py, gold.py's Gold.finish() checks their quotes against the file as written (markup
included, white space folded), so every quote below is plain text that stands verbatim in the page. Alternative actor names
missing from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3000
LAUNCHED = ["endorsed", "signed", "adopted"]      # launching a declaration or call is endorsing it
CALLED_JOIN = ["called-for", "endorsed"]          # joining (or not joining) a call for a treaty

# ---- instruments: (name as the text names it, aliases) ----
JC = ("Joint Communique on a Framework for Peace", ["Joint Communiqué on a Framework for Peace", "Bürgenstock Joint Communiqué",
      "Burgenstock communique", "joint communique", "Summit on Peace in Ukraine joint communiqué"])
L1 = ("draft resolution A/80/L.1", ["A/80/L.1", "resolution endorsing the New York Declaration",
      "New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution"])
NYD = ("New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution",
       ["New York Declaration"])
IBCA = ("Framework Agreement on the Establishment of the International Big Cat Alliance",
        ["International Big Cat Alliance Framework Agreement", "IBCA Framework Agreement", "Framework Agreement", "International Big Cat Alliance"])
HCAB = ("Hague Convention on the Civil Aspects of International Child Abduction", ["Hague Convention on child abduction", "Child Abduction Convention"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
PAND = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["Fossil Fuel Treaty", "Fossil Fuel Non-Proliferation Treaty initiative"])
PVC = ("Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific", ["Port Vila Call"])
BOGA = ("Beyond Oil and Gas Alliance", ["BOGA", "Beyond Oil and Gas Alliance declaration"])
R77276 = ("General Assembly resolution 77/276", ["resolution 77/276", "77/276", "A/RES/77/276"])
PARIS = ("Paris Agreement", [])
BBNJ = ("High Seas Treaty", ["BBNJ", "BBNJ Agreement", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
NAKAMAL = ("Nakamal Agreement", ["Vanuatu-Australia Nakamal Agreement"])
CFA = ("Agreement on the Nile River Basin Cooperative Framework", ["Cooperative Framework Agreement", "CFA", "Nile Basin Cooperative Framework Agreement"])
IRENA = ("Statute of the International Renewable Energy Agency", ["IRENA Statute", "Statute of IRENA"])
FWC = ("Freshwater Challenge", [])
VCDR = ("Vienna Convention on Diplomatic Relations", ["VCDR"])
VCDROP = ("Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol concerning the Compulsory Settlement of Disputes"])
VCCR = ("Vienna Convention on Consular Relations", ["VCCR"])
VCCROP = ("Optional Protocol to the Vienna Convention on Consular Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol to the consular Convention concerning the Compulsory Settlement of Disputes", "disputes protocol"])
VCCRNAT = ("Optional Protocol to the Vienna Convention on Consular Relations concerning Acquisition of Nationality",
           ["Optional Protocol concerning Acquisition of Nationality"])
SPM = ("Convention on Special Missions", [])
IPP = ("Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons, including Diplomatic Agents",
       ["Internationally Protected Persons Convention", "Diplomatic Agents Convention"])
HCAG = ("Host Country Agreement for the AfCFTA Secretariat", ["AfCFTA Secretariat Host Country Agreement", "Host Country Agreement"])
A4P = ("Declaration of Shared Commitments on UN Peacekeeping Operations", ["Action for Peacekeeping declaration", "A4P Declaration", "A4P"])
VANC = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
KIGP = ("Kigali Principles on the Protection of Civilians", ["Kigali Principles"])
SAFETY = ("Convention on the Safety of United Nations and Associated Personnel", ["Safety Convention", "1994 Convention"])
SAFOP = ("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel", ["Optional Protocol of 2005", "2005 Optional Protocol"])
DFI = ("Declaration for the Future of the Internet", ["internet declaration", "DFI"])
CCALL = ("Christchurch Call", ["Christchurch Call to Action"])
BUD = ("Budapest Convention", ["Convention on Cybercrime", "Budapest Convention on Cybercrime"])
GDC = ("Global Digital Compact", [])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "treaty on treaties"])
GGGI = ("Agreement on the Establishment of the Global Green Growth Institute", ["GGGI Agreement", "Global Green Growth Institute Agreement"])
AIIB = ("Articles of Agreement of the Asian Infrastructure Investment Bank", ["AIIB Articles of Agreement", "Asian Infrastructure Investment Bank Articles of Agreement"])
IVI = ("Agreement on the Establishment of the International Vaccine Institute", ["International Vaccine Institute Agreement", "IVI Agreement"])
SEV = ("Sevilla Commitment", ["Compromiso de Sevilla", "outcome document of the Fourth International Conference on Financing for Development"])
FAC = ("Food Assistance Convention", ["Food Assistance Convention, 2012"])
ITTA = ("International Tropical Timber Agreement, 2006", ["International Tropical Timber Agreement", "ITTA"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
SDDRAFT = ("draft resolution on a cessation of hostilities in Sudan", ["draft resolution on Sudan", "Sudan ceasefire draft", "UK-Sierra Leone draft resolution on Sudan"])
JED = ("Jeddah Declaration of Commitment to Protect the Civilians of Sudan", ["Jeddah Declaration"])
R2736 = ("resolution 2736 (2024)", ["Security Council resolution 2736", "resolution 2736", "S/RES/2736 (2024)"])
MONT = ("Convention Regarding the Regime of the Straits", ["Montreux Convention", "Montreux Convention Regarding the Regime of the Straits"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea"])
AAPA = ("Treaty of Peace, Diplomatic Relations and Full Normalization", ["Abraham Accords Peace Agreement",
        "Treaty of Peace, Diplomatic Relations and Full Normalization between the United Arab Emirates and the State of Israel"])
DOP = ("Declaration of Peace, Cooperation and Constructive Diplomatic and Friendly Relations", ["Israel-Bahrain Declaration of Peace"])
AAD = ("Abraham Accords Declaration", ["Abraham Accords"])
JCB = ("Joint Communique establishing diplomatic relations between Israel and Bahrain", ["Joint Communique", "Israel-Bahrain Joint Communiqué"])
JDM = ("Joint Declaration of Morocco, the United States and Israel", ["trilateral Joint Declaration", "US-Morocco-Israel Joint Declaration"])
PUK = ("Pukpuk Treaty", ["Pukpuk Mutual Defence Treaty", "Australia-Papua New Guinea Mutual Defence Treaty"])
BIKE = ("Biketawa Declaration", [])
NAKA = ("Nakamarra Treaty", ["Australia-Nauru Nakamarra Treaty"])
OOP = ("Ocean of Peace Declaration", ["Blue Pacific Ocean of Peace Declaration"])
CKAP = ("action plan for a comprehensive strategic partnership between the Cook Islands and China",
        ["action plan for a comprehensive strategic partnership", "Cook Islands-China Action Plan"])
IACA = ("Agreement for the Establishment of the International Anti-Corruption Academy as an International Organization",
        ["IACA Agreement", "International Anti-Corruption Academy Agreement"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "Convention against Corruption"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Türkiye", "European Union", "Czechia",
          "Republic of Moldova", "United Arab Emirates", "Micronesia", "Papua New Guinea", "Kazakhstan", "Uzbekistan", "Kyrgyzstan",
          "Tajikistan", "Democratic Republic of the Congo", "United Republic of Tanzania", "Eswatini", "Guinea", "Saudi Arabia", "China",
          "Germany", "Mexico", "Colombia", "Kenya", "Ghana", "Chile", "Sudan", "Rwanda", "Uganda", "Burundi", "South Sudan", "Egypt",
          "Ecuador", "Fiji", "Guatemala", "Paraguay", "Marshall Islands", "Bolivia", "Somalia", "Bhutan", "Samoa"),
    "Türkiye": ["Türkiye", "Turkey", "Turkiye"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Burkina Faso": ["Burkina Faso"],
    "Togo": ["Togo", "Togolese Republic"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Cook Islands": ["Cook Islands", "the Cook Islands"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Palau": ["Palau", "Republic of Palau"],
    "Tuvalu": ["Tuvalu"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Mongolia": ["Mongolia"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Yugoslavia": ["Yugoslavia", "Kingdom of Yugoslavia"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Equatorial Guinea": ["Equatorial Guinea", "Republic of Equatorial Guinea"],
}
SWISS = ["Switzerland", "Ignazio Cassis", "Swiss Foreign Minister"]
ECOM = ["European Commission", "European Union", "EU"]
AU = ["African Union", "AU", "African Union Commission"]
INDIA = ["India", "Official Spokesperson", "Ministry of External Affairs of India"]
WHA = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly"]
VCONF = ["United Nations Conference on Diplomatic Intercourse and Immunities", "Vienna Conference"]
LTCONF = ["United Nations Conference on the Law of Treaties", "Vienna Conference on the Law of Treaties"]
FFD4 = ["Fourth International Conference on Financing for Development", "FfD4", "International Conference on Financing for Development"]
SAF = ["Sudanese Armed Forces", "SAF"]
RSF = ["Rapid Support Forces", "RSF"]
PIF = ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "Forum Leaders", "PIF", "PIF Leaders"]
IACAAP = ["IACA Assembly of Parties", "Assembly of Parties", "International Anti-Corruption Academy", "IACA"]
NZ = ["New Zealand", "New Zealand's Disarmament Minister"]
ETH = ["Ethiopia", "Federal Democratic Republic of Ethiopia", "Ethiopia's water minister"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (wire story, Summit on Peace in Ukraine) =====================
d = "01.txt"
D = "2024-06-16"
RL(d, ["Germany", "France", "Japan", "United Kingdom", "United States", "Kenya", ECOM], SIGNED_DECL, JC, D,
   "Signatories included Germany, France, Japan, the United Kingdom, the United States and Kenya, as well as the European Commission")
R(d, SWISS, SIGNED_DECL, JC, D, "Switzerland, which organised the summit at Kyiv's request, also signed")
R(d, "Ukraine", ENDORSED, JC, D, "Ukraine endorsed the text")
R(d, "India", ENDORSED, JC, None, "India, which was represented by a senior diplomat rather than a minister, did not endorse the communique", negated=True)
RL(d, ["Saudi Arabia", "South Africa", "United Arab Emirates"], ENDORSED, JC, None,
   "Saudi Arabia, South Africa and the United Arab Emirates also stayed off the list", negated=True)
R(d, "Brazil", ENDORSED, JC, None, "as did Brazil, which attended as an observer", negated=True)
RL(d, ["Armenia", "Bahrain"], ENDORSED, JC, D,
   "Armenia and Bahrain had initially been reported as non-signatories, but a corrected list released late on Sunday showed both among the states that had endorsed the document")
R(d, "Colombia", SIGNED_DECL, JC, None, "Colombia's delegation said it would decide whether to sign \"after consultations in Bogota\"", negated=True)
R(d, SWISS, "called-for", JC, D, "urging the states that had not yet signed the communique to do so before a second summit")
RL(d, ["Iraq", "Jordan"], ENDORSED, JC, D, "Iraq and Jordan, which appeared on Sunday's list", required=False)
RL(d, ["Iraq", "Jordan"], ENDORSED, JC, None, "asked on Monday to be removed from it", negated=True, required=False)

# ===================== 02 (live blog web page, General Assembly) =====================
d = "02.html"
D = "2025-09-12"
RL(d, ["France", "Saudi Arabia"], "co-sponsored", L1, D,
   "France and Saudi Arabia, which co-chaired the July conference that produced the Declaration, tabled the draft", required=False)
R(d, GA, "adopted", L1, D, "The General Assembly adopted the resolution by a recorded vote of 142 in favour to 10 against, with 12 abstentions")
R(d, GA, ["endorsed", "adopted"], NYD, D, "and so endorsed the Declaration")
QAG = ("Voting against: Argentina, Hungary, Israel, Micronesia, Nauru, Palau, Papua New Guinea, Paraguay, Tonga and the United States")
for a in ["Argentina", "Hungary", "Israel", "Micronesia", "Nauru", "Palau", "Papua New Guinea", "Paraguay", "Tonga", "United States"]:
    R(d, a, "supported", L1, D, QAG, negated=True,
      alt={"Tonga": ["Tonga voted against"], "United States": ["Washington had voted no"]}.get(a))
RL(d, ["Albania", "Czechia", "Ecuador", "Fiji", "Guatemala"], "supported", L1, D,
   "Abstaining were 12 delegations, among them Albania, Czechia, Ecuador, Fiji and Guatemala", negated=True)
QIF = "Those voting in favour included China, the Russian Federation, the United Kingdom, Japan and Germany"
for a in ["China", "Russian Federation", "United Kingdom", "Japan", "Germany"]:
    R(d, a, "supported", L1, D, QIF, alt=["Japan said it voted yes"] if a == "Japan" else None)

# ===================== 03 (weekly press briefing transcript, India) =====================
d = "03.txt"
D = "2025-07-17"
R(d, "Nicaragua", RATIFIED, IBCA, "2025-07-15",
  "the Ambassador of Nicaragua deposited Nicaragua's instrument of ratification of the Framework Agreement on the Establishment of the International Big Cat Alliance")
R(d, "Guinea", "signed", IBCA, "2025-07-16", "yesterday, Guinea signed the Framework Agreement here in New Delhi")
RL(d, ["Liberia", "Eswatini", "Somalia"], "signed", IBCA, "2024", "Liberia, Eswatini and Somalia signed last year")
RL(d, ["Liberia", "Eswatini", "Somalia"], NOTRATIFIED, IBCA, None, "have informed us that their ratifications are in process", negated=True)
R(d, INDIA, RATIFIED, IBCA, "2024-02", "India, as the host country, was the first to ratify, in February 2024")
R(d, INDIA, "called-for", IBCA, D, "We call upon all range countries of the seven big cats to join the Alliance")
R(d, "Kazakhstan", JOINED, IBCA, None, "Kazakhstan, which is a range country for the snow leopard, has told us it is considering accession", negated=True)
RL(d, ["Nepal", "Bhutan"], PARTY, IBCA, None, "Nepal and Bhutan are both Parties")
R(d, "Nepal", RATIFIED, IBCA, "2024", "Nepal ratified in 2024")
R(d, INDIA, NOTBOUND, HCAB, None, "India is not a party to the Hague Convention on the Civil Aspects of International Child Abduction", negated=True,
  alt=["there is no proposal at present to accede to it"])
R(d, INDIA, "signed", CTBT, None, "India has not signed the Treaty and that remains the case", negated=True)
R(d, WHA, "adopted", PAND, "2025-05-20", "The Pandemic Agreement was adopted by the World Health Assembly on 20 May")
R(d, INDIA, "supported", PAND, "2025-05-20", "India joined the consensus", required=False)
R(d, INDIA, "signed", PAND, None, "We will take a decision on signature at the appropriate time", negated=True)

# ===================== 04 (social-media thread, Vanuatu) =====================
d = "04.txt"
D = "2025-09-24"
VU = ["Vanuatu", "Republic of Vanuatu", "Vanuatu Ministry of Foreign Affairs"]
QFF = "Vanuatu joined Colombia, Tuvalu and 14 other states in calling for negotiations on a Fossil Fuel Non-Proliferation Treaty"
R(d, VU, "called-for", FFNPT, D, QFF,
  alt=["Vanuatu was the first nation to call for such a treaty from the rostrum of the General Assembly, in 2022"])
RL(d, ["Colombia", "Tuvalu"], "called-for", FFNPT, D, QFF)
RL(d, [VU, "Tuvalu", "Fiji", "Solomon Islands", "Niue", "Tonga"], ENDORSED, PVC, None,
   "the Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific has been endorsed by Vanuatu, Tuvalu, Fiji, Solomon Islands, Niue and Tonga")
R(d, VU, ENDORSED, BOGA, None, "Vanuatu is also a core member of the Beyond Oil and Gas Alliance (#BOGA), which we joined at COP28 in Dubai", required=False)
R(d, VU, "co-sponsored", R77276, None, "resolution 77/276, which Vanuatu led and more than 130 states co-sponsored")
R(d, GA, "adopted", R77276, "2023-03", "The Assembly adopted it by consensus in March 2023")
R(d, VU, RATIFIED, PARIS, "2016", "Paris Agreement: Vanuatu ratified in 2016")
R(d, VU, RATIFIED, BBNJ, "2025-09", "Last week we also ratified the High Seas Treaty (#BBNJ)")
R(d, "Australia", CALLED_JOIN, FFNPT, None,
  "Australia, which hopes to co-host COP31 with the Pacific, has not joined the call for a Fossil Fuel Treaty", negated=True)
R(d, "New Zealand", CALLED_JOIN, FFNPT, None, "New Zealand says it is \"not in a position\" to join it", negated=True)
R(d, VU, "signed", NAKAMAL, None,
  "Vanuatu did not sign the Agreement during the Australian Prime Minister's visit to Port Vila earlier this month", negated=True,
  alt=["Our Council of Ministers will consider it after further consultation"])

# ===================== 05 (newsletter digest, Markdown) =====================
d = "05.md"
R(d, "South Sudan", RATIFIED, CFA, "2024-08",
  "South Sudan's instrument of ratification, deposited with the African Union Commission in August, was the sixth",
  alt=["the six ratifying States - Ethiopia, Rwanda, Tanzania, Uganda, Burundi and South Sudan"])
RL(d, ["Ethiopia", "Rwanda", "United Republic of Tanzania", "Uganda", "Burundi"], RATIFIED, CFA, None,
   "the six ratifying States - Ethiopia, Rwanda, Tanzania, Uganda, Burundi and South Sudan")
R(d, "Kenya", "signed", CFA, "2010", "Kenya signed the Agreement in 2010 but has not ratified it")
R(d, "Kenya", NOTRATIFIED, CFA, None, "Kenya signed the Agreement in 2010 but has not ratified it", negated=True)
RL(d, ["Egypt", "Sudan"], "signed", CFA, None, "Egypt and Sudan have not signed and reject the text", negated=True)
R(d, "Democratic Republic of the Congo", "signed", CFA, None, "The Democratic Republic of the Congo says it is considering signature", negated=True)
R(d, ETH, "called-for", CFA, "2024-10", "Ethiopia's water minister last month called on Egypt and Sudan to join the Agreement")
R(d, "Equatorial Guinea", ACCEDED, IRENA, "2024-10-28",
  "Equatorial Guinea deposited its instrument of accession to the Statute of the International Renewable Energy Agency (IRENA) on 28 October")
R(d, "Venezuela", "signed", IRENA, "2009", "Venezuela, which signed the Statute in 2009, has yet to ratify it")
R(d, "Venezuela", NOTRATIFIED, IRENA, None, "Venezuela, which signed the Statute in 2009, has yet to ratify it", negated=True)
RL(d, ["Colombia", "Democratic Republic of the Congo", "Ecuador", "Gabon", "Mexico", "Zambia"], LAUNCHED, FWC, "2023-03",
   "was launched in March 2023 by Colombia, the Democratic Republic of the Congo, Ecuador, Gabon, Mexico and Zambia")
RL(d, ["Ghana", "Finland"], ENDORSED, FWC, "2024-10", "Ghana and Finland joined last month")
R(d, "India", ENDORSED, FWC, None, "India, despite its river-restoration programmes, has not joined", negated=True)

# ===================== 06 (FAQ web page, Ghana) =====================
d = "06.html"
R(d, "Ghana", "signed", VCDR, "1961-04-18", "Ghana signed the Vienna Convention on Diplomatic Relations on 18 April 1961")
R(d, "Ghana", RATIFIED, VCDR, "1962", "and ratified it in 1962")
R(d, VCONF, "adopted", VCDR, "1961-04-18", "the day it was adopted by the United Nations Conference on Diplomatic Intercourse and Immunities", required=False)
QOP = "Ghana also signed the Optional Protocol concerning the Compulsory Settlement of Disputes but has not ratified it"
R(d, "Ghana", "signed", VCDROP, None, QOP)
R(d, "Ghana", NOTRATIFIED, VCDROP, None, QOP, negated=True)
R(d, "Ghana", RATIFIED, VCCR, "1963", "Ghana ratified the Vienna Convention on Consular Relations in 1963")
R(d, "Ghana", NOTBOUND, VCCRNAT, None, "It is not a party to the Optional Protocol concerning Acquisition of Nationality", negated=True)
for a in ["Togo", "Burkina Faso"]:
    for inst in (VCDR, VCCR):
        R(d, a, PARTY, inst, None, "Togo and Burkina Faso are parties to both Vienna Conventions")
R(d, "United States", RATIFIED, VCCROP, "1969",
  "The United States, which ratified the Optional Protocol to the consular Convention concerning the Compulsory Settlement of Disputes in 1969")
R(d, "United States", NOTBOUND, VCCROP, None, "withdrew from it in 2005", negated=True, required=False)
R(d, "United States", PARTY, VCCR, None, "It remains a party to the Vienna Convention on Consular Relations itself")
R(d, "Ghana", "signed", SPM, None, "Ghana has not signed the Convention on Special Missions of 1969", negated=True)
R(d, "Ghana", ACCEDED, IPP, "1975",
  "Ghana acceded in 1975 to the Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons, including Diplomatic Agents")
RL(d, ["Ghana", AU], "signed", HCAG, "2020", "Ghana and the African Union signed the Host Country Agreement for the AfCFTA Secretariat in 2020")

# ===================== 07 (interview transcript, Kazakhstan) =====================
d = "07.txt"
D = "2025-05-27"
KZ = ["Kazakhstan", "Republic of Kazakhstan", "Deputy Minister of Foreign Affairs of Kazakhstan"]
R(d, KZ, ENDORSED, A4P, "2018-09",
  "We endorsed the Declaration of Shared Commitments on UN Peacekeeping Operations, the Action for Peacekeeping declaration, in September 2018")
R(d, KZ, ENDORSED, VANC, "2023", "we endorsed the Vancouver Principles on child soldiers in 2023")
RL(d, ["Kyrgyzstan", "European Union", AU], ENDORSED, A4P, None,
   "Kyrgyzstan endorsed the Declaration of Shared Commitments too, and so did the European Union and the African Union")
R(d, KZ, ENDORSED, KIGP, None, "We have not endorsed the Kigali Principles yet", negated=True)
R(d, KZ, PARTY, SAFETY, "2009", "Kazakhstan has been a party to the Convention on the Safety of United Nations and Associated Personnel since 2009")
R(d, KZ, "signed", SAFOP, "2025-03", "In March we signed the Optional Protocol of 2005", alt=["let me be precise: we signed it"])
R(d, KZ, NOTRATIFIED, SAFOP, None, "Ratification is before the Mazhilis and I hope it will be completed this year", negated=True)
R(d, "Uzbekistan", ENDORSED, VANC, "2024", "Uzbekistan joined the Vancouver Principles last year")
RL(d, ["Tajikistan", "Turkmenistan"], ENDORSED, VANC, None, "Tajikistan and Turkmenistan have not endorsed them", negated=True)
QKZC = "we call on every troop-contributing country to ratify the Safety Convention and its Protocol"
R(d, KZ, "called-for", SAFETY, D, QKZC)
R(d, KZ, "called-for", SAFOP, D, QKZC)

# ===================== 08 (podcast show notes, Markdown) =====================
d = "08.md"
RL(d, ["United States", "European Union"], LAUNCHED, DFI, "2022-04-28",
   "The United States and the European Union launched the Declaration for the Future of the Internet on 28 April 2022")
for a in ["Australia", "Canada", "Japan", "United Kingdom", "Ukraine", "Kenya"]:
    R(d, a, SIGNED_DECL, DFI, "2022-04-28",
      "some sixty partners signed it that day, including Australia, Canada, Japan, the United Kingdom, Ukraine and Kenya",
      alt=["Kenya remains a signatory"] if a == "Kenya" else None)
QLE = "Later endorsements came from Ghana in 2023 and Moldova in 2024"
R(d, "Ghana", ENDORSED, DFI, "2023", QLE)
R(d, "Republic of Moldova", ENDORSED, DFI, "2024", QLE)
for a in ["India", "Brazil", "Indonesia", "Mexico"]:
    R(d, a, SIGNED_DECL, DFI, None, "India, Brazil, Indonesia and Mexico never signed", negated=True,
      alt=["Tomas says Brasilia is \"studying\" the text"] if a == "Brazil" else None)
RL(d, ["New Zealand", "France"], LAUNCHED, CCALL, "2019-05", "New Zealand and France launched the Christchurch Call in May 2019")
R(d, "United States", ENDORSED, CCALL, "2021", "the United States joined the Call in 2021")
R(d, "Brazil", ACCEDED, BUD, "2023", "Brazil acceded to the Budapest Convention in 2023")
R(d, GA, "adopted", GDC, "2024-09", "The Global Digital Compact was adopted by the General Assembly in September 2024")

# ===================== 09 (fact-check, Vienna Convention on the Law of Treaties) =====================
d = "09.txt"
R(d, LTCONF, "adopted", VCLT, "1969-05-22",
  "The Vienna Convention on the Law of Treaties was adopted on 22 May 1969 by the United Nations Conference on the Law of Treaties", required=False)
R(d, "United States", "signed", VCLT, "1970-04-24", "The United States signed the Convention on 24 April 1970")
R(d, "United States", NOTRATIFIED, VCLT, None, "the United States \"has not ratified\" the Convention", negated=True,
  alt=["no instrument of ratification was ever deposited"])
R(d, "United States", NOTBOUND, VCLT, None, "The United States is not a party", negated=True, alt=["Washington is outside it"])
R(d, "United Kingdom", RATIFIED, VCLT, "1971", "United Kingdom: ratified in 1971")
R(d, "Canada", ACCEDED, VCLT, "1970", "Canada: acceded in 1970")
R(d, "Italy", RATIFIED, VCLT, "1974", "Italy: ratified in 1974")
R(d, "Japan", ACCEDED, VCLT, "1981", "Japan: acceded in 1981")
R(d, "Germany", RATIFIED, VCLT, "1987", "Germany: ratified in 1987")
R(d, "France", "signed", VCLT, None, "France, which has never signed or acceded to the Convention", negated=True)
R(d, "France", JOINED, VCLT, None, "France, which has never signed or acceded to the Convention", negated=True)
R(d, "Iran", "signed", VCLT, "1969", "Iran signed the Convention in 1969 but has not ratified it")
R(d, "Iran", NOTRATIFIED, VCLT, None, "Iran signed the Convention in 1969 but has not ratified it", negated=True,
  alt=["so it is not a party either"])
R(d, "Soviet Union", ACCEDED, VCLT, "1986", "the Soviet Union acceded in 1986")
R(d, "China", ACCEDED, VCLT, "1997", "China acceded in 1997")
R(d, "Russian Federation", PARTY, VCLT, None, "the Russian Federation continues the Soviet Union's participation", required=False)

# ===================== 10 (weekly treaty column) =====================
d = "10.txt"
R(d, "Uzbekistan", RATIFIED, GGGI, "2025-11-10",
  "Uzbekistan deposited its instrument of ratification of the Agreement on the Establishment of the Global Green Growth Institute on Monday")
RL(d, ["Mongolia", "Kazakhstan"], PARTY, GGGI, None, "joining Mongolia and Kazakhstan as the Institute's Members in Central Asia")
R(d, "Colombia", NOTRATIFIED, GGGI, None, "Colombia is expected to deposit its ratification at the Council session in December", negated=True)
R(d, "Chile", "signed", GGGI, "2024", "Chile signed the Agreement in 2024")
R(d, "Chile", NOTRATIFIED, GGGI, None, "its ratification is still before the Senate", negated=True, alt=["It has not"])
R(d, "Kenya", RATIFIED, AIIB, "2025-11-12",
  "Kenya ratified the Articles of Agreement of the Asian Infrastructure Investment Bank on Wednesday")
RL(d, ["Bolivia", "Lebanon"], NOTRATIFIED, AIIB, None,
   "Bolivia and Lebanon, approved as prospective members years ago, have still not deposited their instruments", negated=True)
RL(d, ["United States", "Japan"], NOTBOUND, AIIB, None, "The United States and Japan have never joined the Bank", negated=True)
R(d, "Rwanda", "signed", IVI, "2025-11-13",
  "In Seoul on Thursday, Rwanda signed the Agreement on the Establishment of the International Vaccine Institute")
R(d, "Rwanda", NOTRATIFIED, IVI, None, "Kigali intends to ratify early next year", negated=True)
R(d, "Kenya", ACCEDED, IVI, "2020", "Kenya and Ethiopia acceded to the Agreement in 2020 and 2021 respectively")
R(d, "Ethiopia", ACCEDED, IVI, "2021", "Kenya and Ethiopia acceded to the Agreement in 2020 and 2021 respectively")

# ===================== 11 (news-in-brief round-up) =====================
d = "11.txt"
R(d, FFD4, "adopted", SEV, "2025-06-30",
  "Governments at the Fourth International Conference on Financing for Development adopted the Sevilla Commitment by acclamation on Monday")
R(d, "United States", ENDORSED, SEV, None,
  "The United States, which withdrew from the negotiations last month, did not attend and has rejected the document", negated=True)
R(d, AU, "welcomed", SEV, None, "The African Union welcomed the Sevilla Commitment")
R(d, "Brazil", ACCEDED, FAC, "2025-07-01", "Brazil deposited its instrument of accession to the Food Assistance Convention on Tuesday")
RL(d, ["Australia", "Canada", "Japan", "United States"], PARTY, FAC, None, "Other parties include Australia, Canada, Japan and the United States")
R(d, "Russian Federation", "signed", FAC, None,
  "The Russian Federation, a major wheat exporter that took part in the negotiations, never signed the Convention", negated=True)
R(d, "Liberia", ACCEDED, ITTA, "2025-07-02", "Liberia acceded on Wednesday to the International Tropical Timber Agreement, 2006")
R(d, "Liberia", "signed", ITTA, "2008", "Liberia had signed the Agreement in 2008")
R(d, "Liberia", ["ratified"], ITTA, None, "never completed ratification", negated=True, required=False)
RL(d, ["Gabon", "Cameroon"], PARTY, ITTA, None, "Gabon and Cameroon are among the African members of the Agreement")
R(d, "Marshall Islands", "signed", TPNW, None,
  "it was \"still not in a position\" to sign the Treaty on the Prohibition of Nuclear Weapons", negated=True)

# ===================== 12 (live blog, Security Council on Sudan) =====================
d = "12.txt"
D = "2024-11-18"
RL(d, ["United Kingdom", "Sierra Leone"], "co-sponsored", SDDRAFT, D, "a draft resolution, penned by the United Kingdom and Sierra Leone")
QFAV = ("In favour: Algeria, China, Ecuador, France, Guyana, Japan, Malta, Mozambique, the Republic of Korea, Sierra Leone, Slovenia, "
        "Switzerland, the United Kingdom and the United States")
for a in ["Algeria", "China", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia",
          "Switzerland", "United Kingdom", "United States"]:
    R(d, a, "supported", SDDRAFT, D, QFAV, alt=["China explains that it voted yes"] if a == "China" else None)
R(d, "Russian Federation", "supported", SDDRAFT, D, "the Russian Federation, a permanent member, voted against", negated=True)
R(d, "Russian Federation", "supported", R2736, "2024-06", "Russia abstained in June on resolution 2736 (2024)", negated=True)
R(d, UNSC, "adopted", R2736, "2024-06", "which the Council adopted with 14 votes in favour")
RL(d, [SAF, RSF], SIGNED_DECL, JED, "2023-05-11",
   "the Sudanese Armed Forces and the Rapid Support Forces signed the Jeddah Declaration on 11 May 2023")
R(d, "Sudan", COMMITTED, JED, D, "Sudan \"remains committed to the Jeddah Declaration\"")

# ===================== 13 (explainer, Montreux Convention) =====================
d = "13.txt"
QM = ("signed at Montreux, Switzerland, on 20 July 1936 by ten states: Australia, Bulgaria, France, Greece, Japan, Romania, Turkey, "
      "the United Kingdom, the Soviet Union and Yugoslavia")
RL(d, ["Australia", "Bulgaria", "France", "Greece", "Japan", "Romania", "Türkiye", "United Kingdom", "Soviet Union", "Yugoslavia"],
   "signed", MONT, "1936-07-20", QM)
R(d, "Italy", ACCEDED, MONT, "1938", "Italy acceded in 1938")
R(d, "United States", "signed", MONT, None, "The United States never signed the Convention", negated=True)
R(d, "Russian Federation", PARTY, MONT, None, "The Russian Federation, as the continuator of the Soviet Union, remains a party")
R(d, "Ukraine", NOTBOUND, MONT, None, "Ukraine is not a party to the Convention", negated=True)
R(d, "Türkiye", "signed", UNCLOS, None, "Turkiye has never signed the United Nations Convention on the Law of the Sea", negated=True)

# ===================== 14 (timeline, Abraham Accords) =====================
d = "14.txt"
RL(d, ["Israel", "United Arab Emirates"], "signed", AAPA, "2020-09-15",
   "Israel and the UAE sign the Treaty of Peace, Diplomatic Relations and Full Normalization, known as the Abraham Accords Peace Agreement")
RL(d, ["Israel", "Bahrain"], SIGNED_DECL, DOP, "2020-09-15",
   "Israel and Bahrain sign a Declaration of Peace, Cooperation and Constructive Diplomatic and Friendly Relations")
RL(d, ["Israel", "United Arab Emirates", "Bahrain", "United States"], SIGNED_DECL, AAD, "2020-09-15",
   "Israel, the UAE, Bahrain and the United States also sign the Abraham Accords Declaration")
RL(d, ["Israel", "Bahrain"], SIGNED_DECL, JCB, "2020-10-18", "In Manama, Israel and Bahrain sign a Joint Communique establishing diplomatic relations")
R(d, "United Arab Emirates", RATIFIED, AAPA, "2020-10-19", "The UAE completes its ratification of the peace agreement with Israel")
RL(d, ["Morocco", "United States", "Israel"], SIGNED_DECL, JDM, "2020-12-22",
   "In Rabat, Morocco, the United States and Israel sign a trilateral Joint Declaration")
R(d, "Sudan", SIGNED_DECL, AAD, "2021-01-06", "Sudan signs the Abraham Accords Declaration in Khartoum")
R(d, "Saudi Arabia", SIGNED_DECL, AAD, None, "Saudi Arabia has not joined the Accords", negated=True)
R(d, "Kazakhstan", SIGNED_DECL, AAD, None, "Kazakhstan announces it will join the Abraham Accords", negated=True,
  alt=["Officials in Astana say the formal signature will take place \"in the coming weeks\""])

# ===================== 15 (radio news bulletin script, Pacific) =====================
d = "15.txt"
RL(d, [["Australia", "Anthony Albanese"], ["Papua New Guinea", "PNG", "James Marape"]], "signed", PUK, "2025-10-06",
   "Prime Ministers Anthony Albanese and James Marape signed the Pukpuk Treaty at Parliament House in Canberra yesterday afternoon")
RL(d, ["Australia", "Papua New Guinea"], NOTRATIFIED, PUK, None, "The treaty still has to be ratified by both parliaments before it takes effect",
   negated=True)
R(d, ["Papua New Guinea", "PNG", "James Marape"], COMMITTED, BIKE, None, "PNG remained committed to the Biketawa Declaration")
RL(d, ["Nauru", "Australia"], "signed", NAKA, "2024-12", "the Nakamarra Treaty, which Nauru and Australia signed last December")
R(d, PIF, ADOPTED, OOP, "2025-09", "adopted by the Leaders at their meeting in Honiara last month")
RL(d, ["Cook Islands", "China"], SIGNED_DECL, CKAP, "2025-02",
   "the action plan for a comprehensive strategic partnership it signed with China in February")
R(d, NZ, "called-for", TPNW, "2025-10-06",
  "New Zealand's Disarmament Minister yesterday called on Pacific states that have not yet done so to ratify the Treaty on the Prohibition of Nuclear Weapons")
R(d, "Palau", RATIFIED, TPNW, "2018", "Palau ratified in 2018 and Tuvalu in 2020")
R(d, "Tuvalu", RATIFIED, TPNW, "2020", "Palau ratified in 2018 and Tuvalu in 2020")
R(d, "Australia", "signed", TPNW, None, "Australia has not signed the treaty", negated=True)

# ===================== 16 (media advisory, IACA) =====================
d = "16.txt"
R(d, "Mongolia", JOINED, IACA, None,
  "Mongolia will deposit its instrument of accession to the Agreement for the Establishment of the International Anti-Corruption Academy as an International Organization",
  negated=True)
RL(d, ["Ecuador", "Zambia"], "signed", IACA, None, "Ecuador and Zambia will sign the Agreement", negated=True)
R(d, "Sierra Leone", "signed", IACA, "2011", "Sierra Leone, which signed the Agreement in 2011")
R(d, "Sierra Leone", NOTRATIFIED, IACA, None, "is also expected to deposit its instrument of ratification", negated=True)
RL(d, ["Ecuador", "Zambia"], PARTY, UNCAC, None, "Both Ecuador and Zambia are parties to the United Nations Convention against Corruption")
R(d, "Mongolia", PARTY, UNCAC, "2006", "Mongolia has been a party to that Convention since 2006")
R(d, "Austria", RATIFIED, IACA, "2011", "Austria, the host State, ratified the Agreement in 2011")
R(d, "Brazil", ACCEDED, IACA, "2025", "Brazil (accession, 2025)")
R(d, "Ghana", RATIFIED, IACA, "2025", "Ghana (ratification, 2025)")
R(d, "Tajikistan", ACCEDED, IACA, "2025", "Tajikistan (accession, 2025)")
R(d, IACAAP, "called-for", IACA, None,
  "The Assembly of Parties has repeatedly called on all States that have not yet done so to accede to the Agreement")
R(d, "United States", NOTBOUND, IACA, None, "The United States is not a party", negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
