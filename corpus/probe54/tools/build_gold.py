#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (07.html, 14.html, 10.md, 12.md); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity.
Three documents (04, 09, 13) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote
comes from it. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: state and official media in English translation (state news agency dispatches in the house styles of TASS, Xinhua,
Anadolu, Yonhap, Bernama, KUNA, MAP, ENA and Prensa Latina; a foreign ministry's machine-assisted press release; a joint
communiqué translated from two languages; an interview with a minister in translation; a TV news transcript; a parliament
secretariat's press release; an embassy's information bulletin; a government gazette's translated notices). A State's
binding act is its deposit, its exchange of instruments, its notification of the completion of internal procedures, or its
ratification or accession stated as the State's own act; a parliament's vote or approval, a head of state signing the law
on ratification, a cabinet's or council's approval and publication in a gazette are domestic steps and give no record, and
where the text says the deposit, exchange or notification is still to come the State gets a negated record. "The sides
signed" a bilateral agreement gives both States a signature; ministers and presidents sign for their States, leaders who
witness sign nothing. A declaration, joint statement or communiqué signed or adopted by States is their `endorsed` (with
`signed` accepted). Calls on others to sign, ratify, join or conclude are the caller's `called-for`, dated by the statement;
calls to implement or respect an instrument give nothing. Depositaries, venues, entry into force, registration with the UN,
membership of an organisation or of an initiative, withdrawal of a reservation, welcoming another State's act and
unnamed groups ("six countries", "more than 70 states", "four of the Caspian states") give no record. A report that the
text corrects is replaced by the corrected fact."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
COSPONSORED = ["co-sponsored", "supported"]          # introducing, initiating or co-sponsoring a draft resolution
DECL_ADOPTED = ["endorsed", "signed", "adopted"]     # States adopting and signing a declaration at their meeting
MEMO_SIGNED = ["signed", "endorsed"]                 # a memorandum or declaration of principles signed by States
APPEAL_SIGNED = ["signed", "endorsed", "called-for"]  # a joint appeal signed by two States

# ---- instruments: (name as the text names it, aliases) ----
# 01 TASS (CSTO session, Astana)
CSCDECL = ("Declaration of the Collective Security Council", ["Declaration of the CSTO Collective Security Council", "CSTO Astana Declaration", "CSTO declaration"])
TAJAFG = ("Interstate Targeted Programme for Strengthening the Tajik-Afghan Border Section", ["Tajik-Afghan border programme", "Interstate Targeted Programme"])
VICTORY = ("statement on the 80th anniversary of the Victory in the Great Patriotic War", ["CSTO statement on the 80th anniversary of the Victory"])
CST = ("Collective Security Treaty", ["Tashkent Treaty", "Collective Security Treaty of 15 May 1992", "CST"])
CSTEXT = ("protocol on the extension of the Collective Security Treaty", ["1999 protocol on the extension of the treaty", "Protocol on the Extension of the Collective Security Treaty"])
EURCHARTER = ("Eurasian Charter of Diversity and Multipolarity in the 21st Century", ["Eurasian Charter", "draft Eurasian Charter"])
CRRF = ("Protocol on the Procedure for Financing the CSTO Collective Rapid Reaction Forces", ["CRRF financing protocol"])
UNCSTO = ("General Assembly resolution on cooperation between the United Nations and the Collective Security Treaty Organization",
          ["resolution on cooperation between the United Nations and the Collective Security Treaty Organization",
           "Cooperation between the United Nations and the Collective Security Treaty Organization", "UN-CSTO cooperation resolution"])
# 02 Xinhua (second China-Central Asia Summit)
GNTREATY = ("Treaty on Permanent Good-Neighborliness, Friendship and Cooperation",
            ["Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation", "China-Central Asia Treaty on Permanent Good-Neighborliness, Friendship and Cooperation"])
ASTANADECL = ("Astana Declaration of the Second China-Central Asia Summit", ["Astana Declaration", "Astana Declaration of the China-Central Asia Summit"])
XIANDECL = ("Xi'an Declaration of the China-Central Asia Summit", ["Xi'an Declaration"])
CANWFZP = ("Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
           ["Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "CANWFZ Protocol"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
CKU = ("intergovernmental agreement of China, Kyrgyzstan and Uzbekistan on the China-Kyrgyzstan-Uzbekistan railway",
       ["China-Kyrgyzstan-Uzbekistan railway agreement", "railway agreement", "intergovernmental agreement on the China-Kyrgyzstan-Uzbekistan railway"])
CNKZJS = ("joint statement on further deepening the comprehensive strategic partnership between China and Kazakhstan", ["China-Kazakhstan joint statement"])
# 03 Anadolu (Sweden's NATO accession protocol)
SWEPROT = ("Protocol to the North Atlantic Treaty on the Accession of the Kingdom of Sweden",
           ["protocol on Sweden's accession to NATO", "Sweden's accession protocol", "Sweden's NATO accession protocol"])
FINPROT = ("Protocol to the North Atlantic Treaty on the Accession of the Republic of Finland", ["Finland's accession protocol", "Finland's NATO accession protocol", "Finland's protocol"])
NAT = ("North Atlantic Treaty", ["Washington Treaty"])
TRIMEMO = ("trilateral memorandum of Türkiye, Sweden and Finland", ["Trilateral Memorandum", "Madrid trilateral memorandum"])
# 04 Yonhap (12th Special Measures Agreement)
SMA12 = ("12th Special Measures Agreement", ["12th SMA", "defense cost-sharing agreement", "Korea-U.S. Special Measures Agreement"])
SMA11 = ("11th Special Measures Agreement", ["11th SMA"])
SMA10 = ("10th Special Measures Agreement", ["10th SMA"])
MDT = ("Republic of Korea-U.S. Mutual Defense Treaty", ["Mutual Defense Treaty", "Mutual Defense Treaty between the Republic of Korea and the United States of America"])
RUDPRK = ("Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea",
          ["Treaty on Comprehensive Strategic Partnership", "Russia-North Korea treaty"])
JPHNS = ("Japan-U.S. host-nation support agreement", ["host-nation support agreement", "Japan-U.S. Special Measures Agreement"])
# 05 Bernama (Malaysia-Indonesia territorial sea treaties)
SULAWESI = ("Treaty between Malaysia and the Republic of Indonesia relating to the Delimitation of the Territorial Sea in the Sulawesi Sea",
            ["Sulawesi Sea territorial sea treaty", "Sulawesi Sea treaty"])
MALACCA = ("Treaty between Malaysia and the Republic of Indonesia relating to the Delimitation of the Territorial Sea in the Southernmost Part of the Strait of Malacca",
           ["Southernmost Part of the Strait of Malacca treaty", "Strait of Malacca territorial sea treaty"])
MALACCA70 = ("Treaty between Malaysia and Indonesia relating to the Delimitation of the Territorial Seas of the Two Countries in the Straits of Malacca",
             ["1970 Straits of Malacca treaty"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["Haze Agreement", "AATHP"])
MOUDW = ("memorandum of understanding on the recruitment and placement of Indonesian domestic workers", ["MoU on Indonesian domestic workers"])
FISHERMEN = ("agreement on the protection of migrant fishermen", ["Malaysia-Indonesia agreement on migrant fishermen"])
# 06 KUNA (Khor Abdullah)
KHOR = ("agreement on the regulation of maritime navigation in Khor Abdullah",
        ["Khor Abdullah agreement", "Agreement between the Government of the State of Kuwait and the Government of the Republic of Iraq on the regulation of maritime navigation in Khor Abdullah"])
R833 = ("Security Council resolution 833 (1993)", ["resolution 833", "UN Security Council resolution 833"])
R687 = ("Security Council resolution 687 (1991)", ["resolution 687"])
AGREEDMIN = ("Agreed Minutes regarding the restoration of friendly relations, recognition and related matters", ["Agreed Minutes", "1963 Agreed Minutes"])
NZ65 = ("agreement on the partition of the Neutral Zone", ["1965 Neutral Zone partition agreement"])
DZ19 = ("agreements on the divided zone and the submerged area", ["2019 agreements on the divided zone and the submerged area", "divided zone agreement"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
# 07 MAP (African Atlantic States)
RABATDECL = ("Rabat Declaration on the Process of the African Atlantic States", ["Rabat Declaration", "Rabat Declaration on the African Atlantic States Process"])
ABIDJAN = ("Abidjan Convention on the Cooperation in the Protection and Development of the Marine and Coastal Environment of the Atlantic Coast", ["Abidjan Convention"])
LOME = ("African Charter on Maritime Security and Safety and Development in Africa", ["Lomé Charter", "Lome Charter"])
NMGP = ("cooperation agreement on the Nigeria-Morocco gas pipeline project", ["Nigeria-Morocco gas pipeline agreement"])
# 08 ENA (Ankara Declaration)
ANKARA = ("Ankara Declaration", ["Ankara Declaration between Ethiopia and Somalia"])
SLMOU = ("memorandum of understanding between Ethiopia and Somaliland", ["Ethiopia-Somaliland memorandum of understanding", "Ethiopia-Somaliland MoU"])
EGSOM = ("military cooperation protocol between Egypt and Somalia", ["Egypt-Somalia military cooperation protocol"])
ASMARA = ("joint statement of the tripartite summit in Asmara", ["Asmara joint statement", "Egypt-Eritrea-Somalia joint statement"])
DOP = ("Declaration of Principles on the Grand Ethiopian Renaissance Dam", ["Declaration of Principles", "GERD Declaration of Principles"])
CFA = ("Agreement on the Nile River Basin Cooperative Framework", ["Cooperative Framework Agreement", "CFA", "Nile Basin Cooperative Framework Agreement"])
R2719 = ("Security Council resolution 2719 (2023)", ["resolution 2719", "UN Security Council resolution 2719"])
# 09 Peru (Pacific Alliance-Singapore FTA)
PASFTA = ("Free Trade Agreement between the Member States of the Pacific Alliance and the Republic of Singapore", ["PASFTA", "Pacific Alliance-Singapore Free Trade Agreement"])
PAFA = ("Framework Agreement of the Pacific Alliance", ["Pacific Alliance Framework Agreement"])
PAAP = ("Additional Protocol to the Framework Agreement of the Pacific Alliance", ["Additional Protocol to the Framework Agreement", "Pacific Alliance Additional Protocol"])
PESG = ("Peru-Singapore Free Trade Agreement", ["Peru-Singapore FTA"])
DEPA = ("Digital Economy Partnership Agreement", ["DEPA"])
# 10 Viet Nam-Brazil joint communiqué
MLAVB = ("Agreement on Mutual Legal Assistance in Criminal Matters between the Socialist Republic of Viet Nam and the Federative Republic of Brazil",
         ["Viet Nam-Brazil mutual legal assistance agreement"])
EXTVB = ("Treaty on Extradition between the Socialist Republic of Viet Nam and the Federative Republic of Brazil", ["Viet Nam-Brazil extradition treaty"])
TSPVB = ("Agreement on the Transfer of Sentenced Persons between Viet Nam and Brazil", ["Agreement on the Transfer of Sentenced Persons"])
AGRIMOU = ("Memorandum of Understanding on Cooperation in Agriculture", ["Viet Nam-Brazil agriculture memorandum"])
VISAVB = ("Agreement on Visa Exemption for Holders of Ordinary Passports", ["Viet Nam-Brazil visa exemption agreement"])
C098 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["ILO Convention No. 98", "C098", "Convention No. 98"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["ILO Convention No. 105", "C105", "Convention No. 105"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["ILO Convention No. 87", "C087", "Convention No. 87"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "United Nations Convention on the Law of the Sea of 1982"])
COC = ("Code of Conduct in the South China Sea", ["Code of Conduct in the East Sea", "COC"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC"])
# 11 Uzbekistan's Minister of Justice
APOSTILLE = ("Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", ["Apostille Convention"])
SERVICE = ("Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters", ["Hague Service Convention", "Service Convention"])
MINSKC = ("Minsk Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters", ["Minsk Convention", "1993 Minsk Convention"])
CHISINAU = ("Chisinau Convention", ["Chisinau Convention of 2002", "2002 Chisinau Convention on Legal Assistance"])
CHILDSUP = ("Hague Convention on the International Recovery of Child Support and Other Forms of Family Maintenance", ["Child Support Convention", "2007 Hague Child Support Convention"])
COETSP = ("Council of Europe Convention on the Transfer of Sentenced Persons", ["Convention on the Transfer of Sentenced Persons", "ETS No. 112"])
UZKRTSP = ("Treaty on the Transfer of Sentenced Persons between Uzbekistan and the Republic of Korea", ["Uzbekistan-Korea treaty on the transfer of sentenced persons"])
UZUAEEXT = ("treaty on extradition between Uzbekistan and the United Arab Emirates", ["Uzbekistan-UAE extradition treaty"])
ABDUCTION = ("Hague Convention on the Civil Aspects of International Child Abduction", ["Child Abduction Convention"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC"])
# 12 Armenian TV transcript (Washington, 8 August 2025)
WASHDECL = ("joint declaration signed at the White House", ["Washington joint declaration", "joint declaration of Armenia, Azerbaijan and the United States"])
PEACE = ("Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan",
         ["Armenia-Azerbaijan peace agreement", "peace agreement"])
OSCEAPPEAL = ("joint appeal to the OSCE Ministerial Council to close the Minsk process", ["joint appeal to the OSCE", "joint appeal on closing the Minsk process"])
AMUSMOU = ("Armenia-United States memorandum of understanding on energy security", ["memorandum of understanding on energy security"])
AZUSMEMO = ("Azerbaijan-United States memorandum on a working group", ["memorandum on the creation of a working group"])
AZUSCHARTER = ("Charter on Strategic Partnership between Azerbaijan and the United States", ["Charter on Strategic Partnership", "US-Azerbaijan Charter on Strategic Partnership"])
ALMAATA = ("Alma-Ata Declaration", ["Alma-Ata Declaration of 1991", "Almaty Declaration"])
UNCHARTER = ("Charter of the United Nations", ["UN Charter", "United Nations Charter"])
TRI2020 = ("trilateral statement of November 2020", ["trilateral statement", "November 2020 trilateral statement"])
# 13 Nepal's Federal Parliament Secretariat
MCC = ("Millennium Challenge Compact between the United States of America acting through the Millennium Challenge Corporation and the Federal Democratic Republic of Nepal",
       ["MCC Nepal Compact", "MCC Compact", "Millennium Challenge Compact"])
IPS = ("Indo-Pacific Strategy of the United States", ["Indo-Pacific Strategy"])
BRIMOU = ("Memorandum of Understanding on Cooperation under the Belt and Road Initiative", ["BRI memorandum of understanding", "Nepal-China BRI MoU"])
BRIPLAN = ("implementation plan of the Belt and Road memorandum", ["BRI implementation plan"])
SLMCC = ("Sri Lanka's compact with the Millennium Challenge Corporation", ["MCC Sri Lanka Compact"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
REF51 = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "1951 Convention"])
REF67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol"])
# 14 Embassy of Turkmenistan
R5080 = ("General Assembly resolution 50/80 A \"Maintenance of international security\"", ["resolution 50/80 A", "resolution 50/80", "Maintenance of international security"])
R69285 = ("General Assembly resolution 69/285", ["resolution 69/285", "permanent neutrality of Turkmenistan resolution"])
R71275 = ("General Assembly resolution 71/275", ["resolution 71/275", "International Day of Neutrality resolution"])
IYPT = ("General Assembly resolution \"International Year of Peace and Trust, 2025\"", ["International Year of Peace and Trust, 2025"])
TAPI = ("Intergovernmental Agreement on the TAPI Gas Pipeline Project", ["TAPI Intergovernmental Agreement", "TAPI gas pipeline agreement"])
CASPIAN = ("Convention on the Legal Status of the Caspian Sea", ["Caspian Convention", "Aktau Convention"])
GMP = ("Global Methane Pledge", ["Methane Pledge"])
ROADTM = ("Agreement on International Road Transport", ["Turkmenistan-Austria road transport agreement"])
EDUTM = ("Agreement on Cooperation in Education", ["Turkmenistan-Austria education agreement"])
# 15 Diário da República (Portuguese Ministry of Foreign Affairs notices)
EULAC = ("Agreement establishing the EU-LAC International Foundation", ["EU-LAC Foundation Agreement"])
OIV = ("Agreement establishing the International Organisation of Vine and Wine", ["OIV Agreement"])
OSPARAM = ("Amendments to Annexes II and III of the Convention for the Protection of the Marine Environment of the North-East Atlantic",
           ["OSPAR 2007 amendments", "OSPAR carbon dioxide storage amendments", "Amendments to Annexes II and III"])
DLAO = ("Agreement between the Portuguese Republic and the Republic of Angola on the Mutual Recognition of Driving Licences", ["Portugal-Angola driving licences agreement"])
CETS222 = ("Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons", ["CETS No. 222"])
MAINT56 = ("Convention on the Recovery Abroad of Maintenance", ["1956 Maintenance Convention", "New York Maintenance Convention"])
# 16 Prensa Latina (Brasilia Consensus, Unasur)
BRCONS = ("Brasilia Consensus", ["Consenso de Brasília", "Brasília Consensus"])
UNASUR = ("Constitutive Treaty of Unasur", ["Constitutive Treaty of the Union of South American Nations", "UNASUR Constitutive Treaty"])
SANTIAGO = ("Santiago Declaration", ["Santiago Declaration establishing Prosur", "Declaration of Santiago"])
ZOP = ("Proclamation of Latin America and the Caribbean as a Zone of Peace", ["Zone of Peace Proclamation", "CELAC Zone of Peace Proclamation"])

# ---- actors with alternative names ----
ALT = {
    **alt("Russian Federation", "United States", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam",
          "Türkiye", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "China", "Egypt", "Sudan", "South Sudan", "Côte d'Ivoire",
          "Democratic Republic of the Congo", "Congo", "Gambia", "Sao Tome and Principe", "Equatorial Guinea", "Guinea", "Togo",
          "Cabo Verde", "Saudi Arabia", "Mexico", "Colombia", "Chile", "Paraguay", "Bolivia", "Venezuela", "Ecuador", "Bangladesh",
          "United Arab Emirates", "Somalia", "Ghana", "Germany"),
    "Democratic Republic of the Congo": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Georgia": ["Georgia"],
    "Ukraine": ["Ukraine"],
    "Turkmenistan": ["Turkmenistan"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Finland": ["Finland", "Republic of Finland"],
    "Hungary": ["Hungary"],
    "Canada": ["Canada"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Iceland": ["Iceland"],
    "Malaysia": ["Malaysia"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Angola": ["Angola", "Republic of Angola"],
    "Benin": ["Benin", "Republic of Benin"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Mauritania": ["Mauritania", "Islamic Republic of Mauritania"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Somaliland": ["Somaliland"],
    "Peru": ["Peru", "Republic of Peru"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "New Zealand": ["New Zealand"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Afghanistan": ["Afghanistan"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "India": ["India", "Republic of India"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Japan": ["Japan"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Ireland": ["Ireland"],
    "Austria": ["Austria", "Republic of Austria"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Suriname": ["Suriname", "Republic of Suriname"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
}
# Bodies and groups.
CSC = ["CSTO Collective Security Council", "Collective Security Council", "Collective Security Treaty Organization", "CSTO"]
AU = ["African Union", "AU"]
CELAC = ["Community of Latin American and Caribbean States", "CELAC", "Celac"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (TASS, ASTANA, November 28 [2024], "on Thursday") =====================
d = "01.txt"
D = "2024-11-28"
FIVE = ["Russian Federation", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"]
RL(d, FIVE, DECL_ADOPTED, CSCDECL, D,
   "The document was signed by President of Russia Vladimir Putin, President of Belarus Alexander Lukashenko, President of Kazakhstan "
   "Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon")
R(d, "Armenia", DECL_ADOPTED, CSCDECL, None, "Armenia, which froze its participation in the organization in February, did not sign the declaration", negated=True)
R(d, CSC, ADOPTED, CSCDECL, D,
  "The heads of state of the Collective Security Treaty Organization (CSTO) signed on Thursday the Declaration of the Collective Security Council", required=False)
R(d, CSC, ADOPTED, TAJAFG, D, "the Collective Security Council approved the Interstate Targeted Programme for Strengthening the Tajik-Afghan Border Section")
R(d, CSC, ADOPTED, VICTORY, D, "adopted a statement on the 80th anniversary of the Victory in the Great Patriotic War", required=False)
# "Kazakhstan handed over the chairmanship" and "Bishkek will host the next session": nothing.
R(d, "Russian Federation", COMMITTED, CST, D, "Russia remains committed to the Collective Security Treaty and to all obligations under it")
R(d, "Belarus", "called-for", EURCHARTER, D, "We call on all our partners to sign this charter as soon as the text is agreed",
  alt=["urged the allies to support the draft Eurasian Charter of Diversity and Multipolarity in the 21st Century"])
# The President signing the federal law on ratification is domestic; the hand-over to the depositary is still to come.
R(d, "Russian Federation", NOTRATIFIED, CRRF, None,
  "the instrument of ratification is to be handed over to the Secretariat, which acts as depositary, in the coming weeks", negated=True)
R(d, "Kazakhstan", RATIFIED, CRRF, "2024-09", "The Kazakh side deposited its instrument of ratification of the same protocol in September")
# Leaving the organisation "when the time comes" is nothing; no notification of withdrawal: still a party.
R(d, "Armenia", PARTY, CST, None,
  "Yerevan has not sent the depositary a notification of withdrawal from the Collective Security Treaty and formally remains a party to it")
R(d, GA, "adopted", UNCSTO, "2023-12",
  "In December 2023, the UN General Assembly adopted the resolution on cooperation between the United Nations and the Collective Security Treaty Organization")
R(d, "Belarus", COSPONSORED, UNCSTO, None, "The draft was introduced by Belarus on behalf of the CSTO member states")
# "the three Baltic states" are not named.
RL(d, ["Ukraine", "Georgia"], "supported", UNCSTO, "2023-12", "Ukraine, Georgia and the three Baltic states voted against", negated=True)
R(d, "Armenia", "supported", UNCSTO, "2023-12", "Armenia abstained for the first time", negated=True)
RL(d, ["Armenia", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan", "Uzbekistan"], "signed", CST, "1992-05-15",
   "The Collective Security Treaty was signed in Tashkent on May 15, 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan")
RL(d, ["Azerbaijan", "Belarus", "Georgia"], ACCEDED, CST, "1993", "In 1993, Azerbaijan, Belarus and Georgia acceded to it")
# "six countries signed the protocol on the extension" names none of them; entry into force and the Charter's signature: nothing.
QX = "Azerbaijan, Georgia and Uzbekistan refused to sign it and left the treaty"
RL(d, ["Azerbaijan", "Georgia", "Uzbekistan"], "signed", CSTEXT, None, QX, negated=True)
RL(d, ["Azerbaijan", "Georgia", "Uzbekistan"], NOTBOUND, CST, None, QX, negated=True, required=False)

# ===================== 02 (Xinhua, ASTANA, June 17 [2025], "on Tuesday") =====================
d = "02.txt"
D = "2025-06-17"
CA5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
SIX = ["China"] + CA5
R(d, "China", "signed", GNTREATY, D,
  "Chinese President Xi Jinping and the heads of state of the five Central Asian countries on Tuesday signed the Treaty on Permanent Good-Neighborliness, Friendship and Cooperation")
RL(d, CA5, "signed", GNTREATY, D,
   "Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon, Turkmen President Serdar "
   "Berdimuhamedov and Uzbek President Shavkat Mirziyoyev put their signatures on the treaty together with Xi")
RL(d, SIX, SIGNED_DECL, ASTANADECL, D, "The six heads of state also signed the Astana Declaration of the Second China-Central Asia Summit")
RL(d, SIX, SIGNED_DECL, XIANDECL, "2023-05",
   "in May 2023, the leaders of the six countries gathered in Xi'an, the starting point of the ancient Silk Road, and signed the Xi'an Declaration of the China-Central Asia Summit")
# Support for the three Global Initiatives is support for initiatives, not instruments: nothing.
R(d, "China", RATIFIED, CANWFZP, "2015",
  "China ratified the Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in 2015")
RL(d, CA5, "signed", CANWFZ, "2006", "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed the treaty in Semipalatinsk in 2006")
RL(d, ["China", "Kyrgyzstan", "Uzbekistan"], "signed", CKU, "2024-06-06",
   "The intergovernmental agreement of China, Kyrgyzstan and Uzbekistan on the railway, signed in Beijing on June 6, 2024")
R(d, "Kyrgyzstan", RATIFIED, CKU, "2024", "the Kyrgyz side had ratified the railway agreement last year")
R(d, "Kazakhstan", NOTRATIFIED, GNTREATY, None, "Kazakhstan will complete the internal procedures for its ratification as soon as possible", negated=True)
R(d, "China", NOTRATIFIED, GNTREATY, None,
  "the document will be submitted to the Standing Committee of the National People's Congress, China's top legislature, for deliberation later this year", negated=True)
# Turkmenistan's neutrality "recognized by the United Nations General Assembly in 1995" names no resolution: nothing.
RL(d, ["China", "Kazakhstan"], SIGNED_DECL, CNKZJS, "2025-06-16",
   "the two sides signed a joint statement on further deepening the comprehensive strategic partnership between China and Kazakhstan")

# ===================== 03 (Anadolu, ANKARA, 26.01.2024, "on Friday") =====================
d = "03.txt"
R(d, "Türkiye", RATIFIED, SWEPROT, "2024-01-26",
  "Türkiye on Friday deposited with the United States its instrument of ratification of the protocol on Sweden's accession to NATO")
# The TBMM's 287-55 vote, the parties' votes, the President's approval and the Official Gazette are domestic; the US is the depositary.
R(d, "Hungary", NOTRATIFIED, SWEPROT, None, "Hungary remains the only NATO member that has yet to ratify Sweden's membership", negated=True,
  alt=["his government would urge the Hungarian parliament to vote on the protocol", "Budapest is expected to follow suit"])
R(d, "Sweden", JOINED, NAT, None,
  "Stockholm is expected to deposit its instrument of accession to the North Atlantic Treaty in Washington and become the alliance's 32nd member", negated=True)
RL(d, ["Türkiye", "Sweden", "Finland"], MEMO_SIGNED, TRIMEMO, "2022-06-28", "Türkiye, Sweden and Finland signed a trilateral memorandum in Madrid on June 28, 2022")
# "signed by the allies in Brussels on July 5, 2022" names no ally.
R(d, "Canada", RATIFIED, SWEPROT, "2022-07-05", "Canada was the first to ratify both protocols on the same day")
R(d, "Canada", RATIFIED, FINPROT, "2022-07-05", "Canada was the first to ratify both protocols on the same day")
RL(d, ["Denmark", "Norway", "Iceland"], RATIFIED, SWEPROT, "2022-07", "followed within days by three Nordic allies (Denmark, Norway and Iceland)")
RL(d, ["Denmark", "Norway", "Iceland"], RATIFIED, FINPROT, "2022-07", "followed within days by three Nordic allies (Denmark, Norway and Iceland)")
R(d, "Finland", ACCEDED, NAT, "2023-04-04",
  "Finland deposited its instrument of accession to the North Atlantic Treaty and became NATO's 31st member on April 4, 2023")
R(d, "Türkiye", RATIFIED, FINPROT, "2023-03-31", "Türkiye completed the ratification of its accession protocol on March 31, 2023")
R(d, "Hungary", RATIFIED, FINPROT, "2023-03-27", "Hungary, which ratified Finland's protocol on March 27, 2023")
R(d, "Türkiye", ACCEDED, NAT, "1952", "Türkiye, which acceded to the North Atlantic Treaty in 1952")
# Stoltenberg and Billstrom welcoming Türkiye's act; Sweden's counter-terrorism law; the F-16 sale: nothing.

# ===================== 04 (Yonhap, SEOUL, Nov. 28 [2024], header Date: 2024-11-28) =====================
d = "04.txt"
KU = ["Republic of Korea", "United States"]
# The National Assembly's 180-8 vote on the ratification motion is domestic; the notification is still to come.
RL(d, KU, "signed", SMA12, "2024-11-04", "The agreement was signed by Foreign Minister Cho Tae-yul and U.S. Ambassador Philip Goldberg in Seoul on Nov. 4")
R(d, "Republic of Korea", NOTRATIFIED, SMA12, None,
  "The foreign ministry said it will notify the U.S. side of the completion of the domestic procedures through diplomatic channels", negated=True)
RL(d, KU, COMMITTED, MDT, "2024-11-04", "the two governments said they \"remain firmly committed to the Republic of Korea-U.S. Mutual Defense Treaty\"")
RL(d, KU, "signed", MDT, "1953", "the Mutual Defense Treaty, which the two countries signed in 1953")
RL(d, KU, "signed", SMA11, "2021-04", "was signed by the two countries in Seoul in April 2021")
RL(d, KU, "signed", SMA10, "2019-02", "The 10th deal, a one-year agreement, was signed in February 2019", required=False)
RL(d, ["Democratic People's Republic of Korea", "Russian Federation"], RATIFIED, RUDPRK, "2024-11",
   "North Korea and Russia completed this month the ratification of their Treaty on Comprehensive Strategic Partnership")
RL(d, ["Democratic People's Republic of Korea", "Russian Federation"], "signed", RUDPRK, "2024-06",
   "The treaty was signed by North Korean leader Kim Jong-un and Russian President Vladimir Putin in Pyongyang in June")
RL(d, ["Japan", "United States"], "signed", JPHNS, "2022-01",
   "Japan, which also hosts U.S. forces, signed its current host-nation support agreement with the United States in January 2022")
# The Japanese Diet's approval: domestic.

# ===================== 05 (Bernama, KUALA LUMPUR, Jan 27 [2025], "today") =====================
d = "05.txt"
MI = ["Malaysia", "Indonesia"]
QX = "Malaysia and Indonesia today exchanged the instruments of ratification of two treaties on the delimitation of the territorial sea boundaries between the two countries"
QS = "The treaties were signed in Jakarta on June 8, 2023 by the then foreign minister Datuk Seri Diraja Dr Zambry Abd Kadir and the then Indonesian foreign minister Retno Marsudi"
for T in (SULAWESI, MALACCA):
    RL(d, MI, RATIFIED, T, "2025-01-27", QX)
    # The editor's note corrects an earlier "signed in Kuala Lumpur in 2022": only the corrected date is recorded.
    RL(d, MI, "signed", T, "2023-06-08", QS, alt=["They were signed in Jakarta on June 8, 2023."])
# The DPR's laws and the Malaysian Cabinet's approval are domestic; Anwar and Widodo witnessed.
RL(d, MI, "signed", MALACCA70, "1970-03-17", "which the two countries signed on March 17, 1970")
RL(d, MI, PARTY, HAZE, None, "Both countries, which are parties to the ASEAN Agreement on Transboundary Haze Pollution")
R(d, "Indonesia", RATIFIED, HAZE, "2014", "Indonesia ratified the agreement in 2014, twelve years after Malaysia")
R(d, "Malaysia", RATIFIED, HAZE, "2002", "Indonesia ratified the agreement in 2014, twelve years after Malaysia")
# "three memoranda of understanding on education, the digital economy and the protection of Indonesian workers" are not named.
R(d, "Malaysia", COMMITTED, MOUDW, "2025-01-27",
  "Malaysia remains committed to the memorandum of understanding on the recruitment and placement of Indonesian domestic workers")
RL(d, MI, "signed", MOUDW, "2022-04-01", "which the two countries signed in Jakarta on April 1, 2022")
RL(d, MI, "signed", FISHERMEN, None,
   "Malaysia and Indonesia also agreed to sign an agreement on the protection of migrant fishermen at the next annual consultation", negated=True)

# ===================== 06 (KUNA, KUWAIT, Sept 11 [2023], "on Monday") =====================
d = "06.txt"
KI = ["Kuwait", "Iraq"]
R(d, "Kuwait", COMMITTED, KHOR, "2023-09-11",
  "The Minister stressed that Kuwait remains committed to the agreement on the regulation of maritime navigation in Khor Abdullah",
  alt=["affirmed its commitment to the agreement"])
RL(d, KI, "signed", KHOR, "2012-04-29",
   "The agreement between the Government of the State of Kuwait and the Government of the Republic of Iraq on the regulation of maritime navigation in Khor Abdullah was signed in Baghdad on April 29, 2012")
# December 2013 is the registration's date, not the ratifications'; Law No. 42 of 2013 and the court's ruling are domestic.
RL(d, KI, RATIFIED, KHOR, None, "It was ratified by the two countries and registered with the United Nations Secretariat in December 2013")
# Iraq "is committed to its international agreements" names no instrument; calls to respect obligations and to preserve
# the agreement, and the call on Iran to negotiate, are not calls to join: nothing.
R(d, UNSC, "adopted", R833, "1993-05-27", "UN Security Council resolution 833, which the Council adopted on May 27, 1993")
R(d, UNSC, "adopted", R687, "1991-04-03", "resolution 687, adopted on April 3, 1991")
RL(d, KI, "signed", AGREEDMIN, "1963-10-04", "which the State of Kuwait and the Republic of Iraq signed in Baghdad on October 4, 1963")
RL(d, ["Kuwait", "Saudi Arabia"], "signed", NZ65, "1965", "the agreement on the partition of the Neutral Zone signed by the two countries in 1965")
RL(d, ["Kuwait", "Saudi Arabia"], "signed", DZ19, "2019-12-24", "the two agreements on the divided zone and the submerged area signed on December 24, 2019")
# The Council of Ministers' approval of the draft decree is domestic; the deposit is still to come.
R(d, "Kuwait", JOINED, PSMA, None,
  "The instrument of accession will be deposited with the Director-General of the Food and Agriculture Organization of the United Nations (FAO) after the issuance of the decree",
  negated=True)

# ===================== 07 (MAP, Rabat, Wednesday 08 June 2022) =====================
d = "07.html"
D = "2022-06-08"
ATL21 = ["Angola", "Benin", "Cabo Verde", "Cameroon", "Congo", "Côte d'Ivoire", "Democratic Republic of the Congo", "Equatorial Guinea",
         "Gabon", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Liberia", "Mauritania", "Morocco", "Nigeria", "Sao Tome and Principe",
         "Senegal", "Sierra Leone", "Togo"]
QL = ("The Declaration was signed by the following States: Angola, Benin, Cabo Verde, Cameroon, Congo, Côte d'Ivoire, the Democratic "
      "Republic of Congo, Equatorial Guinea, Gabon, the Gambia, Ghana, Guinea, Guinea-Bissau, Liberia, Mauritania, Morocco, Nigeria, "
      "Sao Tome and Principe, Senegal, Sierra Leone and Togo")
for a in ATL21:
    R(d, a, DECL_ADOPTED, RABATDECL, D, QL, alt=["his country \"fully endorses the Rabat Declaration\""] if a == "Nigeria" else None)
RL(d, ["South Africa", "Namibia"], DECL_ADOPTED, RABATDECL, None,
   "South Africa and Namibia, the two other African Atlantic States, were not represented at the meeting and have not signed the Declaration", negated=True)
# "the signatory States commit to making the African Atlantic space a zone of peace": a commitment to an aim, not to the text.
R(d, "Morocco", RATIFIED, ABIDJAN, "2012",
  "the Kingdom of Morocco, which ratified the Abidjan Convention on the Cooperation in the Protection and Development of the Marine and Coastal Environment of the Atlantic Coast in 2012")
R(d, "Morocco", "called-for", LOME, D,
  "Bourita called on the African Atlantic States that have not yet done so to ratify the African Charter on Maritime Security and Safety and Development in Africa")
R(d, AU, "adopted", LOME, "2016", "known as the Lomé Charter, adopted by the African Union in 2016")
RL(d, ["Morocco", "Nigeria"], "signed", NMGP, "2016-12",
   "The cooperation agreement on this strategic project was signed by Morocco and Nigeria in Abuja in December 2016")
R(d, "Gambia", COMMITTED, RABATDECL, D, "Banjul considers the Declaration \"a founding document\" and undertakes to implement it", required=False)
# The permanent secretariat, the next meeting and Senegal's offer to host experts: nothing.

# ===================== 08 (ENA, Addis Ababa, December 12/2024, "today", "yesterday evening") =====================
d = "08.txt"
D = "2024-12-12"
R(d, "Ethiopia", COMMITTED, ANKARA, D,
  "Prime Minister Abiy Ahmed (PhD) said Ethiopia is committed to implementing the Ankara Declaration reached with the Federal Government of Somalia")
RL(d, ["Ethiopia", "Somalia"], ENDORSED, ANKARA, "2024-12-11",
   "Prime Minister Abiy and President Hassan Sheikh Mohamud of Somalia endorsed the Ankara Declaration yesterday evening")
# Türkiye facilitated; the commercial arrangements "to be concluded" are not named; Somalia's law is domestic.
R(d, "Ethiopia", "signed", SLMOU, "2024-01-01", "Ethiopia signed a memorandum of understanding with Somaliland on January 1, 2024 in Addis Ababa")
R(d, "Somaliland", "signed", SLMOU, "2024-01-01", "Ethiopia signed a memorandum of understanding with Somaliland on January 1, 2024 in Addis Ababa", required=False)
RL(d, ["Egypt", "Somalia"], "signed", EGSOM, "2024-08", "the Arab Republic of Egypt and Somalia signed a military cooperation protocol in Cairo in August")
RL(d, ["Egypt", "Eritrea", "Somalia"], SIGNED_DECL, ASMARA, "2024-10-10",
   "the leaders of Egypt, Eritrea and Somalia issued a joint statement at their tripartite summit in Asmara on 10 October")
R(d, "Ethiopia", COMMITTED, DOP, D, "Ethiopia remains committed to the Declaration of Principles on the Grand Ethiopian Renaissance Dam")
RL(d, ["Egypt", "Ethiopia", "Sudan"], MEMO_SIGNED, DOP, "2015-03-23", "which the leaders of Egypt, Ethiopia and Sudan signed in Khartoum on 23 March 2015")
# "called on the downstream countries to return to negotiations": not a call to join an instrument.
R(d, "South Sudan", RATIFIED, CFA, None, "following its ratification by the Republic of South Sudan")
R(d, "Ethiopia", RATIFIED, CFA, "2013", "Ethiopia ratified the Agreement in 2013")
R(d, UNSC, "adopted", R2719, "2023-12-21", "UN Security Council resolution 2719 (2023), which the Council adopted unanimously on 21 December 2023")
# Welcomes by the AU Commission, IGAD, the US, the UK and the EU, and the AU's call to implement: nothing.

# ===================== 09 (Peru, Ministry of Foreign Affairs, Lima, 16 of May of 2024) =====================
d = "09.txt"
R(d, "Peru", RATIFIED, PASFTA, "2024-05-14",
  "on 14 of May of 2024, the Peruvian State deposited before the Depositary the instrument of ratification of the \"Free Trade Agreement between the Member States of the Pacific Alliance and the Republic of Singapore\"")
RL(d, ["Chile", "Colombia", "Mexico", "Peru", "Singapore"], "signed", PASFTA, "2022-01-26",
   "The referred Agreement was signed in virtual ceremony on 26 of January of 2022 by the Ministers of Trade of the Republic of Chile, "
   "the Republic of Colombia, the United Mexican States, the Republic of Peru and the Republic of Singapore")
# The Legislative Resolution and the Supreme Decree are domestic.
QCS = "Peru joins the Republic of Chile and the Republic of Singapore, which have already completed the ratification of the Agreement"
# The status table gives the dates of Chile's and Singapore's ratifications (its signature column repeats the signing date).
R(d, "Chile", RATIFIED, PASFTA, "2023-08-17", QCS, alt=["Chile | 26.01.2022 | 17.08.2023"])
R(d, "Singapore", RATIFIED, PASFTA, "2022-11-03", QCS, alt=["Singapore | 26.01.2022 | 03.11.2022"])
QMC = "The United Mexican States and the Republic of Colombia have not yet ratified the Agreement"
R(d, "Mexico", NOTRATIFIED, PASFTA, None, QMC, negated=True, alt=["Mexico | 26.01.2022 | pending"])
R(d, "Colombia", NOTRATIFIED, PASFTA, None, QMC, negated=True, alt=["Colombia | 26.01.2022 | pending"])
R(d, "Peru", "called-for", PASFTA, "2024-05-16",
  "the Peruvian State makes a call to the other Member States of the Pacific Alliance to conclude their internal procedures for the prompt entry into force of the Agreement")
# Singapore as future Associate State and "its commitment with the Pacific Alliance" (an organisation): nothing.
PA4 = ["Chile", "Colombia", "Mexico", "Peru"]
RL(d, PA4, "signed", PAFA, "2012-06-06",
   "The Framework Agreement of the Pacific Alliance was signed in Antofagasta, Chile, on 6 of June of 2012 by the Presidents of Chile, Colombia, Mexico and Peru")
RL(d, PA4, "signed", PAAP, "2014-02-10", "was signed by the same four States in Cartagena de Indias on 10 of February of 2014")
RL(d, ["Peru", "Singapore"], "signed", PESG, "2008-05-29", "the Peru-Singapore Free Trade Agreement, signed by the two countries in Lima on 29 of May of 2008")
RL(d, ["Chile", "New Zealand", "Singapore"], PARTY, DEPA, None, "whose founding Parties are Chile, New Zealand and Singapore")
R(d, "Peru", JOINED, DEPA, None, "the process of accession of Peru to the Digital Economy Partnership Agreement (DEPA)", negated=True,
  alt=["the Peruvian State expects to conclude it during the second half of the year"])

# ===================== 10 (Viet Nam-Brazil joint communiqué, Hanoi, 29 March 2025) =====================
d = "10.md"
D = "2025-03-29"
VB = ["Viet Nam", "Brazil"]
QSIG = "In the presence of the two Presidents, the two sides signed the following documents:"
RL(d, VB, "signed", MLAVB, D, QSIG, alt=["Agreement on Mutual Legal Assistance in Criminal Matters between the Socialist Republic of Viet Nam and the Federative Republic of Brazil;"])
RL(d, VB, "signed", EXTVB, D, QSIG, alt=["Treaty on Extradition between the Socialist Republic of Viet Nam and the Federative Republic of Brazil;"])
RL(d, VB, "signed", TSPVB, D, QSIG, alt=["Agreement on the Transfer of Sentenced Persons between the two countries;"])
# A memorandum between two ministries: optional for the States.
RL(d, VB, "signed", AGRIMOU, D, QSIG, required=False,
   alt=["Memorandum of Understanding on Cooperation in Agriculture between the Ministry of Agriculture and Environment of Viet Nam and the Ministry of Agriculture and Livestock of Brazil."])
RL(d, VB, "signed", VISAVB, None,
   "The two sides agreed to soon conclude the negotiations and sign the Agreement on Visa Exemption for Holders of Ordinary Passports", negated=True)
# Negotiations on a Viet Nam-MERCOSUR trade agreement are a process: nothing.
R(d, "Viet Nam", RATIFIED, C098, "2019", "the ratification by Viet Nam of the ILO Convention No. 98 on the Right to Organise and Collective Bargaining in 2019")
R(d, "Viet Nam", RATIFIED, C105, "2020", "of the ILO Convention No. 105 on the Abolition of Forced Labour in 2020")
R(d, "Viet Nam", NOTRATIFIED, C087, None,
  "The Vietnamese side informed that it is studying the ratification of the ILO Convention No. 87 on Freedom of Association", negated=True)
R(d, "Brazil", RATIFIED, C098, "1952", "Brazil, which ratified Convention No. 98 in 1952")
R(d, "Brazil", NOTRATIFIED, C087, None, "has not ratified Convention No. 87 either", negated=True)
RL(d, VB, COMMITTED, UNCLOS, D, "The two sides reaffirmed their commitment to the United Nations Convention on the Law of the Sea of 1982 (UNCLOS)")
RL(d, VB, "called-for", COC, D, "They called for the early conclusion of an effective and substantive Code of Conduct in the East Sea (South China Sea)")
RL(d, VB, COMMITTED, PARIS, D, "Both sides reaffirmed their commitment to the Paris Agreement")
# Joining the Global Alliance against Hunger and Poverty is joining an alliance, not an instrument; COP30 is a meeting.
R(d, "Brazil", ACCEDED, TAC, "2012", "Viet Nam appreciated Brazil's accession to the Treaty of Amity and Cooperation in Southeast Asia in 2012")
# Candidatures and the Security Council reform: nothing.

# ===================== 11 (UzA interview, Tashkent, 03.05.2024) =====================
d = "11.txt"
UZ = "Uzbekistan"
R(d, UZ, ACCEDED, APOSTILLE, "2011", "In 2011 our country acceded the Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents")
# The Law "On accession" signed by the Head of state last year is domestic; the deposit is the act.
R(d, UZ, ACCEDED, SERVICE, "2024-02",
  "In February of this year, the instrument of accession was deposited with the Ministry of Foreign Affairs of the Kingdom of the Netherlands, which is the depositary")
R(d, UZ, PARTY, MINSKC, "1994",
  "Uzbekistan has been a party to the Minsk Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters since 1994")
R(d, UZ, "signed", MINSKC, "1993-01-22", "Our country signed this convention in Minsk on 22 January 1993")
R(d, UZ, "signed", CHISINAU, "2002-10-07", "The Chisinau Convention of 2002, which was prepared to replace it, our country signed on 7 October 2002")
R(d, UZ, NOTRATIFIED, CHISINAU, None, "our country signed on 7 October 2002, but did not ratify", negated=True,
  alt=["We do not plan to ratify the Chisinau Convention at the present stage."])
R(d, "Russian Federation", NOTRATIFIED, CHISINAU, None, "The Russian Federation also has not ratified it", negated=True)
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Belarus"], RATIFIED, CHISINAU, None,
   "Kazakhstan, Kyrgyzstan, Tajikistan and Belarus have ratified the Chisinau Convention")
R(d, UZ, JOINED, CHILDSUP, None,
  "We are studying the question of accession to the Hague Convention on the International Recovery of Child Support and Other Forms of Family Maintenance of 2007",
  negated=True)
R(d, UZ, NOTBOUND, COETSP, None,
  "Uzbekistan is not a party to the Council of Europe Convention on the Transfer of Sentenced Persons of 1983, but the question of accession to it is being considered",
  negated=True)
RL(d, [UZ, "Republic of Korea"], "signed", UZKRTSP, "2019",
   "the Treaty on the Transfer of Sentenced Persons was signed by the ministers of justice of the two countries in Seoul in 2019")
R(d, UZ, "signed", UZUAEEXT, None, "our side intends to sign a treaty on extradition with the United Arab Emirates", negated=True)
R(d, "United Arab Emirates", "signed", UZUAEEXT, None, "our side intends to sign a treaty on extradition with the United Arab Emirates", negated=True, required=False)
# The "foreign media" report of a Child Abduction accession is corrected by the Minister: only the negated record.
R(d, UZ, JOINED, ABDUCTION, None, "Uzbekistan has not joined this convention", negated=True)
R(d, UZ, ACCEDED, UNCAC, "2008", "Uzbekistan acceded to the United Nations Convention against Corruption in 2008")

# ===================== 12 (H1 "Lurer" transcript, 09.08.2025, "late yesterday evening") =====================
d = "12.md"
Y = "2025-08-08"
AA = ["Armenia", "Azerbaijan"]
RL(d, AA + ["United States"], SIGNED_DECL, WASHDECL, Y, "The three leaders signed a joint declaration",
   alt=["First the leaders signed the joint declaration"])
# Initialling is not signing: negated signatures for both.
R(d, "Armenia", "signed", PEACE, None, "the agreement was initialled, not signed", negated=True,
  alt=["Armenia is ready to sign the agreement as soon as possible."])
R(d, "Azerbaijan", "signed", PEACE, None, "the agreement was initialled, not signed", negated=True,
  alt=["Azerbaijan will sign the agreement only after Armenia removes from its Constitution the reference to the Declaration of Independence"])
R(d, "Armenia", NOTRATIFIED, PEACE, None,
  "After the signing, the agreement will be sent to the Constitutional Court and then to the National Assembly for ratification", negated=True)
RL(d, AA, APPEAL_SIGNED, OSCEAPPEAL, Y, "The two ministers also signed a joint appeal to the OSCE Ministerial Council to close the Minsk process")
RL(d, ["Armenia", "United States"], "signed", AMUSMOU, Y, "Armenia and the United States signed a memorandum of understanding on energy security")
RL(d, ["Azerbaijan", "United States"], "signed", AZUSMEMO, Y,
   "Azerbaijan and the United States signed a memorandum on the creation of a working group that will draft a Charter on Strategic Partnership between the two countries")
RL(d, ["Azerbaijan", "United States"], "signed", AZUSCHARTER, None, "the Charter itself is expected to be signed later", negated=True)
RL(d, AA, SIGNED_DECL, ALMAATA, "1991-12-21", "the Alma-Ata Declaration of 1991, which both Armenia and Azerbaijan signed on 21 December 1991")
QPR = ("At the Prague meeting in October 2022, Pashinyan and Aliyev had already confirmed their commitment to the Charter of the United Nations "
       "and to the Alma-Ata Declaration")
RL(d, AA, COMMITTED, ALMAATA, "2022-10", QPR)
RL(d, AA, COMMITTED, UNCHARTER, "2022-10", QPR)
RL(d, ["Azerbaijan", "Armenia", "Russian Federation"], SIGNED_DECL, TRI2020, "2020-11",
   "The trilateral statement signed by Aliyev, Pashinyan and Russian President Vladimir Putin in November 2020")
# Moscow's welcome, Tehran's concern, the Declaration of Independence and the parliament's later debate: nothing.

# ===================== 13 (Nepal, Federal Parliament Secretariat, 2078/11/15 = 27 February 2022, "today") =====================
d = "13.txt"
# The House's ratification by majority and its interpretative declaration are domestic; the notification is still to come.
R(d, "Nepal", NOTRATIFIED, MCC, None,
  "Following the ratification by the House, the Government of Nepal shall notify the Government of the United States through diplomatic channels of the completion of its internal requirements",
  negated=True)
RL(d, ["Nepal", "United States"], "signed", MCC, "2017-09-14",
   "The Compact was signed in Washington D.C. on 14 September 2017 by the then Minister for Finance Gyanendra Bahadur Karki on behalf of the Government of Nepal "
   "and by the Acting Chief Executive Officer of the Millennium Challenge Corporation on behalf of the Government of the United States of America")
R(d, "Nepal", ENDORSED, IPS, None, "Nepal shall not be part of any military alliance or of the Indo-Pacific Strategy of the United States", negated=True, required=False)
# The State Partnership Program is a programme, not an instrument: nothing.
RL(d, ["Nepal", "China"], "signed", BRIMOU, "2017-05-12",
   "Nepal and the People's Republic of China signed the Memorandum of Understanding on Cooperation under the Belt and Road Initiative in Kathmandu on 12 May 2017")
RL(d, ["Nepal", "China"], "signed", BRIPLAN, None, "the implementation plan of the memorandum has not been signed yet by the two sides", negated=True)
R(d, "Sri Lanka", "signed", SLMCC, None, "Sri Lanka did not sign its compact with the Millennium Challenge Corporation", negated=True)
R(d, "Nepal", "signed", TPNW, "2017-09-20", "Nepal, which signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, "Nepal", NOTRATIFIED, TPNW, None, "is preparing for its ratification", negated=True)
QRF = "Nepal is not a party to the 1951 Convention relating to the Status of Refugees or to its 1967 Protocol"
R(d, "Nepal", NOTBOUND, REF51, None, QRF, negated=True)
R(d, "Nepal", NOTBOUND, REF67, None, QRF, negated=True)
R(d, "Nepal", RATIFIED, PARIS, "2016", "Nepal, which ratified the Paris Agreement in 2016")
# "committed to achieving net-zero emissions by 2045" and the Panchsheel: no instrument; the parties' demands: nothing.

# ===================== 14 (Embassy of Turkmenistan, Information Bulletin No. 12, December 2024) =====================
d = "14.html"
R(d, GA, "adopted", R5080, "1995-12-12",
  "On 12 December 1995, the United Nations General Assembly unanimously adopted the resolution 50/80 A \"Maintenance of international security\"")
# "co-sponsored by 25 states" names none.
R(d, GA, "adopted", R69285, "2015-06-03", "The General Assembly reaffirmed this status by the resolution 69/285 adopted on 3 June 2015")
R(d, GA, "adopted", R71275, "2017-02-02", "by the resolution 71/275 of 2 February 2017 it proclaimed 12 December as the International Day of Neutrality")
R(d, "Turkmenistan", COSPONSORED, IYPT, None, "The resolution \"International Year of Peace and Trust, 2025\", initiated by Turkmenistan")
R(d, GA, "adopted", IYPT, "2024-03-06", "was adopted by consensus by the UN General Assembly on 6 March 2024")
RL(d, ["Azerbaijan", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation", "Tajikistan", "Türkiye", "Uzbekistan", "China", "Pakistan", "Qatar"],
   COSPONSORED, IYPT, None,
   "The draft was co-sponsored by more than 70 states, including Azerbaijan, Belarus, Kazakhstan, Kyrgyzstan, the Russian Federation, Tajikistan, Türkiye, Uzbekistan, China, Pakistan and Qatar")
RL(d, ["Turkmenistan", "Afghanistan", "Pakistan", "India"], "signed", TAPI, "2010-12-11",
   "the Intergovernmental Agreement on the TAPI Gas Pipeline Project, which was signed in Ashgabat on 11 December 2010 by Turkmenistan, Afghanistan, Pakistan and India")
# The gas sales and purchase agreements were concluded by companies: nothing.
RL(d, ["Azerbaijan", "Iran", "Kazakhstan", "Russian Federation", "Turkmenistan"], "signed", CASPIAN, "2018-08-12",
   "The Convention on the Legal Status of the Caspian Sea was signed in Aktau on 12 August 2018 by the Presidents of the five Caspian states - Azerbaijan, Iran, Kazakhstan, Russia and Turkmenistan")
R(d, "Turkmenistan", RATIFIED, CASPIAN, "2019", "Turkmenistan completed the ratification of the Convention in 2019")
# "ratified by four of the Caspian states" names none of them (Turkmenistan's own is stated separately).
R(d, "Iran", NOTRATIFIED, CASPIAN, None, "the Islamic Republic of Iran has not yet ratified it", negated=True)
R(d, "Turkmenistan", ENDORSED, GMP, "2023-12", "Turkmenistan announced that it joined to the Global Methane Pledge")
R(d, "Turkmenistan", PARTY, PARIS, "2016", "Turkmenistan is a party to the Paris Agreement since 2016")
# The National Strategy on Climate Change is domestic.
RL(d, ["Turkmenistan", "Austria"], "signed", ROADTM, None, "the Agreement on International Road Transport, which is planned to be signed in 2025", negated=True)
RL(d, ["Turkmenistan", "Austria"], "signed", EDUTM, "2024-04", "the Agreement on Cooperation in Education, signed by the two countries in Ashgabat in April 2024")

# ===================== 15 (Diário da República, 2.ª série, 13 March 2024: notices of the Ministry of Foreign Affairs) =====================
d = "15.txt"
# The General Secretariat of the Council of the EU, the French Republic and the UN Secretary-General are depositaries;
# Resolutions of the Assembly, Decrees of the President and Decrees of the Government are domestic; entry into force: nothing.
R(d, "Portugal", RATIFIED, EULAC, "2024-02-15",
  "the Portuguese Republic deposited, on 15 February 2024, with the General Secretariat of the Council of the European Union, its instrument of ratification of the Agreement establishing the EU-LAC International Foundation",
  alt=["Portugal is a Party to the Agreement"])
R(d, "Uzbekistan", ACCEDED, OIV, "2023-12-07",
  "the Republic of Uzbekistan deposited, on 7 December 2023, its instrument of accession to the Agreement establishing the International Organisation of Vine and Wine")
R(d, "Portugal", RATIFIED, OIV, "2002-07-10",
  "The Portuguese Republic is a Party to the same Agreement, which was approved by Decree n.º 13/2002, of 29 March, having deposited its instrument of ratification on 10 July 2002")
QOS = ("the Kingdom of Belgium and Ireland deposited, on 12 June 2023 and on 4 October 2023 respectively, their instruments of acceptance of the "
       "Amendments to Annexes II and III of the Convention")
R(d, "Belgium", ACCEPTED, OSPARAM, "2023-06-12", QOS)
R(d, "Ireland", ACCEPTED, OSPARAM, "2023-10-04", QOS)
R(d, "Portugal", ACCEPTED, OSPARAM, "2011-03-21", "The Portuguese Republic is bound by the said Amendments, having deposited its instrument of approval on 21 March 2011")
R(d, "Iceland", NOTRATIFIED, OSPARAM, None, "the Amendments have not yet been accepted by Iceland", negated=True)
QAO = ("on 9 January 2024 and on 30 January 2024, respectively, the Portuguese Republic and the Republic of Angola notified each other of the "
       "completion of the internal procedures required for the entry into force")
R(d, "Portugal", ACCEPTED, DLAO, "2024-01-09", QAO)
R(d, "Angola", ACCEPTED, DLAO, "2024-01-30", QAO)
RL(d, ["Portugal", "Angola"], "signed", DLAO, "2018-11-23",
   "the Agreement between the Portuguese Republic and the Republic of Angola on the Mutual Recognition of Driving Licences, signed at Luanda on 23 November 2018")
R(d, "Portugal", "signed", CETS222, "2023-12-19",
  "the Portuguese Republic signed, at Strasbourg, on 19 December 2023, the Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons (CETS No. 222)")
R(d, "Portugal", NOTRATIFIED, CETS222, None, "The Protocol has not yet been ratified by Portugal", negated=True)
# Cabo Verde's withdrawal of a reservation is not an action; its accession is only presupposed.
R(d, "Cabo Verde", ACCEDED, MAINT56, None,
  "the reservation formulated at the time of its accession to the Convention on the Recovery Abroad of Maintenance", required=False)
R(d, "Portugal", PARTY, MAINT56, None, "Portugal is a Party to the same Convention, approved by Decree-Law n.º 45 942, of 28 September 1964")

# ===================== 16 (Prensa Latina, Brasilia, May 31 [2023], "yesterday") =====================
d = "16.txt"
TWELVE = ["Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Suriname", "Uruguay", "Venezuela", "Peru"]
QBC = ("The document was signed at the Itamaraty Palace by the presidents of Argentina, Alberto Fernandez; Bolivia, Luis Arce; Brazil, Luiz "
       "Inacio Lula da Silva; Chile, Gabriel Boric; Colombia, Gustavo Petro; Ecuador, Guillermo Lasso; Guyana, Irfaan Ali; Paraguay, Mario "
       "Abdo Benitez; Suriname, Chan Santokhi; Uruguay, Luis Lacalle Pou; and Venezuela, Nicolas Maduro, as well as by the President of the "
       "Council of Ministers of Peru, Alberto Otarola")
for a in TWELVE:
    # "Contrary to what some media initially reported": the correction confirms Peru's signature.
    R(d, a, SIGNED_DECL, BRCONS, "2023-05-30", QBC, alt=["the Peruvian delegation did sign the document"] if a == "Peru" else None)
# "the countries commit to establish a contact group": a commitment to an action, not to an instrument.
# Lula's decree of April 6 is domestic; Ecuador as depositary is nothing.
R(d, "Brazil", JOINED, UNASUR, "2023-05-06", "Brazil formalized its return to the Constitutive Treaty of Unasur on May 6th")
R(d, "Argentina", JOINED, UNASUR, "2023-05", "Argentina also deposited in May its instrument of return to the Constitutive Treaty with the Government of Ecuador")
R(d, "Ecuador", NOTBOUND, UNASUR, None, "neither Ecuador nor Peru has returned to the bloc", negated=True, alt=["Ecuador itself denounced the treaty in 2019"])
R(d, "Peru", NOTBOUND, UNASUR, None, "neither Ecuador nor Peru has returned to the bloc", negated=True)
RL(d, ["Venezuela", "Bolivia", "Guyana", "Suriname"], PARTY, UNASUR, None,
   "The Bolivarian Republic of Venezuela, the Plurinational State of Bolivia, Guyana and Suriname never left Unasur and remain parties to the Constitutive Treaty")
R(d, "Venezuela", "called-for", UNASUR, "2023-05-30",
  "President Maduro called on the countries that left the organization to return to the Constitutive Treaty \"without conditions\"")
R(d, "Colombia", JOINED, UNASUR, None, "President Petro said that Colombia would return to Unasur, but the decision must be approved by the Congress of the Republic", negated=True)
R(d, "Chile", JOINED, UNASUR, None, "Chile is evaluating its return", negated=True)
R(d, "Paraguay", JOINED, UNASUR, None, "Paraguay has no plans to return to Unasur", negated=True)
R(d, "Uruguay", JOINED, UNASUR, None, "Uruguay will not return to Unasur", negated=True)
RL(d, ["Argentina", "Brazil", "Chile", "Colombia", "Ecuador", "Paraguay", "Peru", "Guyana"], SIGNED_DECL, SANTIAGO, "2019-03",
   "the Santiago Declaration, which was signed in March 2019 by Argentina, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru and Guyana")
# Brazil suspending its participation in Prosur (a forum) and the Cuban minister's welcome: nothing.
R(d, CELAC, "adopted", ZOP, "2014-01", "adopted in Havana in January 2014 by the Community of Latin American and Caribbean States (Celac)")

gold.finish(MIN_CHARS, MAX_CHARS)
