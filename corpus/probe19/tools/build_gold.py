#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
NIC23 = ("AG/RES. 3008 (LIII-O/23)", ["The Situation in Nicaragua", "resolution on the situation in Nicaragua", "OAS resolution on Nicaragua (2023)"])
NIC22 = ("AG/RES. 2997 (LII-O/22)", ["resolution AG/RES. 2997 (LII-O/22) on Nicaragua"])
HAITI23 = ("AG/RES. 3009 (LIII-O/23)", ["Strengthening the Support of the OAS for Haiti"])
IADC = ("Inter-American Democratic Charter", ["Democratic Charter"])
OASCH = ("Charter of the Organization of American States", ["OAS Charter"])
ASUNCION = ("Declaration of Asunción", ["Declaration of Asunción on integration and security for sustainable development", "Asunción Declaration"])
HAITI24 = ("AG/RES. 3021 (LIV-O/24)", ["resolution on Haiti", "OAS General Assembly resolution on Haiti (2024)"])
NIC24 = ("resolution on the situation in Nicaragua (2024)", ["OAS General Assembly resolution on the situation in Nicaragua adopted in Asunción"])
NIC23W = ("resolution on the situation in Nicaragua adopted in Washington in 2023", ["OAS General Assembly resolution on Nicaragua (2023)"])
CITCWA = ("Inter-American Convention on Transparency in Conventional Weapons Acquisitions", ["Transparency Convention", "CITAAC"])
ACHR = ("American Convention on Human Rights", ["Pact of San José"])
GAAHP = ("Global Alliance against Hunger and Poverty", ["Declaration of Commitment of the Global Alliance against Hunger and Poverty",
                                                      "Global Alliance", "Alliance's Declaration of Commitment"])
RIO = ("G20 Rio de Janeiro Leaders' Declaration", ["Rio de Janeiro Leaders' Declaration", "G20 Leaders' Declaration", "Rio Declaration"])
CALLGOV = ("G20 Call to Action on Global Governance Reform", ["Call to Action on Global Governance Reform"])
TRIPLE = ("Declaration to Triple Nuclear Energy", ["nuclear declaration", "pledge to triple nuclear energy", "COP28 Declaration to Triple Nuclear Energy"])
NES = ("declaration of the Nuclear Energy Summit", ["Nuclear Energy Summit declaration", "Brussels Nuclear Energy Summit declaration"])
STORAGE = ("COP29 Global Energy Storage and Grids Pledge", ["Global Energy Storage and Grids Pledge"])
GREEP = ("Global Renewables and Energy Efficiency Pledge", ["COP28 Global Renewables and Energy Efficiency Pledge", "renewables pledge"])
GST = ("decision 1/CMA.5", ["outcome of the first global stocktake", "global stocktake decision", "1/CMA.5"])
CH = ("COP28 UAE Declaration on Climate and Health", ["UAE Declaration on Climate and Health", "Declaration on Climate and Health",
                                                     "COP28 Declaration on Climate and Health"])
ATACH = ("Alliance for Transformative Action on Climate and Health", ["ATACH"])
GPFIN = ("Guiding Principles for Financing Climate and Health Solutions", ["Guiding Principles"])
WHA6119 = ("resolution WHA61.19", ["WHA61.19", "World Health Assembly resolution on climate change and health (2008)"])
ASTD = ("Astana Declaration of the Council of Heads of State", ["Astana Declaration", "SCO Astana Declaration"])
SCOCH = ("Charter of the Shanghai Cooperation Organisation", ["SCO Charter"])
SCOTR = ("Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation", ["SCO Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation",
                                                                              "Treaty on Long-Term Good-Neighbourliness"])
WUI = ("SCO Initiative \"On World Unity for Just Peace, Harmony and Development\"", ["Initiative on World Unity for Just Peace, Harmony and Development",
                                                                                    "World Unity Initiative"])
SCOEN = ("SCO Energy Cooperation Development Strategy until 2030", ["Energy Cooperation Development Strategy"])
SCOAD = ("SCO Anti-Drug Strategy for 2024-2029", ["Anti-Drug Strategy"])
SCOEX = ("SCO Convention on Countering Extremism", ["Convention on Countering Extremism", "Shanghai Cooperation Organisation Convention on Countering Extremism"])
KAZAN = ("Kazan Declaration", ["Kazan Declaration 'Strengthening Multilateralism for Just Global Development and Security'", "BRICS Kazan Declaration"])
JOBURG = ("Johannesburg II Declaration", ["BRICS Johannesburg II Declaration"])
NDB = ("Agreement on the New Development Bank", ["New Development Bank Agreement", "NDB Agreement"])
ISTD = ("Istanbul Declaration", ["OIC Istanbul Declaration"])
PAL = ("resolution No. 1/51-PAL", ["resolution No. 1/51-PAL on the Cause of Palestine and the City of Al-Quds Al-Sharif", "1/51-PAL"])
ISL = ("resolution No. 12/51-POL", ["resolution No. 12/51-POL on Combating Islamophobia", "12/51-POL"])
YEM = ("resolution No. 29/51-POL", ["resolution No. 29/51-POL on the Situation in Yemen", "29/51-POL"])
OICCH = ("Charter of the Organisation of Islamic Cooperation", ["OIC Charter"])
OICTER = ("OIC Convention on Combating International Terrorism", ["Convention on Combating International Terrorism"])
IOFS = ("Statute of the Islamic Organization for Food Security", ["IOFS Statute", "Statute of the IOFS"])
FOC = ("Freedom Online Coalition", ["FOC"])
FOCFD = ("Freedom Online: Joint Action for Free Expression on the Internet", ["FOC founding declaration", "founding declaration of the Freedom Online Coalition",
                                                                          "Freedom Online Coalition founding declaration"])
TALLINN = ("Tallinn Agenda", ["FOC Tallinn Agenda", "Tallinn Agenda for Freedom Online"])
FOCAI = ("FOC Joint Statement on Artificial Intelligence and Human Rights (2025)", ["Joint Statement on Artificial Intelligence and Human Rights"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
          ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Framework Convention"])
MFC = ("Media Freedom Coalition", ["MFC"])
GPMF = ("Global Pledge on Media Freedom", ["Global Pledge"])
MFCJS = ("joint statement on the safety of journalists covering elections", ["Media Freedom Coalition joint statement on the safety of journalists covering elections",
                                                                           "MFC statement on the safety of journalists covering elections"])
LUSAKA = ("Lusaka Agenda", ["Lusaka Agenda on the future of global health initiatives"])
NPHO = ("Call to Action for Africa's New Public Health Order", ["New Public Health Order", "Africa's New Public Health Order"])
MELB = ("Melbourne Declaration – A Partnership for the Future", ["Melbourne Declaration", "ASEAN-Australia Melbourne Declaration"])
AOIP = ("ASEAN Outlook on the Indo-Pacific", ["AOIP"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "Treaty of Amity and Cooperation"])
AANZ2 = ("Second Protocol to Amend the Agreement Establishing the ASEAN-Australia-New Zealand Free Trade Area",
         ["AANZFTA Second Protocol", "Second Protocol", "AANZFTA Upgrade Protocol"])
BARCDECL = ("Barcelona Declaration", ["Barcelona Declaration of 1995", "Euro-Mediterranean Barcelona Declaration"])
PARISUFM = ("Joint Declaration of the Paris Summit for the Mediterranean", ["Paris Declaration of 2008", "Joint Declaration of the Paris Summit"])
YOUTHDECL = ("Barcelona Ministerial Declaration on Youth, Education and Employment", ["UfM Ministerial Declaration on Youth, Education and Employment"])
ICZM = ("Protocol on Integrated Coastal Zone Management in the Mediterranean", ["ICZM Protocol",
        "Protocol on Integrated Coastal Zone Management in the Mediterranean to the Barcelona Convention"])
YAP = ("Additional Protocol to the Ibero-American Convention on the Rights of Youth", ["Additional Protocol to the Ibero-American Youth Convention"])
YCONV = ("Ibero-American Convention on the Rights of Youth", ["Ibero-American Youth Convention"])
CUENCA = ("Declaration of Cuenca", ["Cuenca Declaration"])
JI = ("United Nations Convention on Jurisdictional Immunities of States and Their Property",
      ["Convention on Jurisdictional Immunities of States and Their Property", "Jurisdictional Immunities Convention",
       "UN Convention on Jurisdictional Immunities"])
SPM = ("Convention on Special Missions", [])
VCCROP = ("Optional Protocol to the Vienna Convention on Consular Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol concerning the Compulsory Settlement of Disputes"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam", "Türkiye", "European Union",
          "Netherlands", "Philippines", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Bolivia", "Venezuela", "Lao PDR",
          "Brunei Darussalam", "Cambodia", "Thailand", "Timor-Leste", "Côte d'Ivoire", "Democratic Republic of the Congo", "Gambia",
          "Mexico", "Colombia", "Chile", "Paraguay", "Ecuador", "China", "Egypt", "Saudi Arabia", "Kenya", "Guatemala", "Germany",
          "Costa Rica", "Ghana", "Bangladesh", "Rwanda", "United Arab Emirates", "United Republic of Tanzania"),
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Guinea-Bissau": ["Guinea-Bissau", "Guinea Bissau"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Lebanon": ["Lebanon", "Lebanese Republic"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "African Union": ["African Union", "AU"],
}
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
CARICOM = ["Caribbean Community", "CARICOM", "member States of the Caribbean Community"]
G20 = ["G20", "Group of Twenty", "G20 leaders", "G20 Summit"]
G20FM = ["G20 foreign ministers", "G20 Foreign Ministers' Meeting", "G20"]
FAO = ["Food and Agriculture Organization of the United Nations", "FAO", "Food and Agriculture Organization"]
UAE_PRES = ["United Arab Emirates", "UAE", "COP28 Presidency"]
CMA = ["Conference of the Parties serving as the meeting of the Parties to the Paris Agreement", "CMA", "CMA5",
       "Conference of the Parties to the Paris Agreement"]
ETW = ["Energy Transition Watch"]
WHO = ["World Health Organization", "WHO"]
WHODG = ["WHO Director-General", "Director-General of the World Health Organization", "Tedros Adhanom Ghebreyesus", "World Health Organization", "WHO"]
WHA = ["World Health Assembly", "WHA"]
ADB = ["Asian Development Bank", "ADB"]
GFATM = ["Global Fund to Fight AIDS, Tuberculosis and Malaria", "Global Fund", "Board of the Global Fund"]
ROCK = ["Rockefeller Foundation"]
SCOCHS = ["SCO Council of Heads of State", "Council of Heads of State of the Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation",
          "SCO", "SCO Heads of State"]
BRICS = ["BRICS", "BRICS summit", "BRICS leaders"]
CFM = ["OIC Council of Foreign Ministers", "Council of Foreign Ministers of the Organisation of Islamic Cooperation", "Council of Foreign Ministers",
       "CFM", "Organisation of Islamic Cooperation", "OIC"]
ISUMMIT = ["Islamic Summit", "Eleventh Session of the Islamic Summit", "OIC Islamic Summit", "Organisation of Islamic Cooperation", "OIC"]
FOCB = ["Freedom Online Coalition", "FOC", "FOC members"]
MFCB = ["Media Freedom Coalition", "MFC"]
GAVI = ["Gavi, the Vaccine Alliance", "Gavi", "Board of Gavi", "Gavi Board"]
GFF = ["Global Financing Facility", "GFF"]
UNITAID = ["Unitaid"]
CEPI = ["CEPI", "Coalition for Epidemic Preparedness Innovations"]
PANDF = ["Pandemic Fund"]
ACDC = ["Africa CDC", "Africa Centres for Disease Control and Prevention", "Director General of Africa CDC", "Jean Kaseya"]
AUA = ["African Union Assembly", "Assembly of the African Union", "AU Assembly", "African Union"]
ASEANS = ["ASEAN Summit", "34th ASEAN Summit", "ASEAN Leaders", "ASEAN"]
EMC = ["Euro-Mediterranean Conference", "Barcelona Conference"]
PSM = ["Paris Summit for the Mediterranean", "Paris Summit"]
UFMRF = ["UfM Regional Forum", "Union for the Mediterranean Regional Forum", "Regional Forum", "Union for the Mediterranean", "UfM"]
UFMCP = ["UfM Co-Presidency", "Co-Presidency", "Union for the Mediterranean Co-Presidency", "European Union", "Jordan",
         "High Representative of the European Union for Foreign Affairs and Security Policy"]
YMC = ["XVIII Ibero-American Conference of Youth Ministers", "Ibero-American Conference of Youth Ministers", "Conference of Youth Ministers"]
IBSUM = ["XXIX Ibero-American Summit", "Ibero-American Summit", "Ibero-American Summit of Heads of State and Government"]
OIJSG = ["OIJ Secretary-General", "Secretary-General of the OIJ", "OIJ", "International Youth Organization for Ibero-America"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ENDORSED_SIGNED = ["endorsed", "signed", "committed"]
CONSENSUS = ["supported", "endorsed"]
LAUNCHED = ["endorsed", "committed", "adopted", "co-sponsored"]
STATE_ADOPTED = ["adopted", "endorsed", "signed"]


# ===================== 01 =====================
d = "01.txt"
DAY = "2023-06-23"
R(d, OASGA, "adopted", NIC23, DAY,
  "The General Assembly of the Organization of American States (OAS) this afternoon adopted a resolution entitled \"The Situation in Nicaragua\" "
  "(AG/RES. 3008 (LIII-O/23))", alt=["OAS General Assembly Adopts Resolution on Nicaragua by Recorded Vote"])
RL(d, ["Antigua and Barbuda", "Canada", "Chile", "Costa Rica", "Paraguay", "United States"], "co-sponsored", NIC23, None,
   "The text was presented by Antigua and Barbuda, Canada, Chile, Costa Rica, Paraguay and the United States")
RL(d, ["Nicaragua", "Saint Vincent and the Grenadines"], "supported", NIC23, DAY,
   "Voting against were Nicaragua and Saint Vincent and the Grenadines", negated=True)
for a in ["Belize", "Dominica", "El Salvador", "Honduras", "Mexico", "Saint Lucia", "Trinidad and Tobago"]:
    R(d, a, "supported", NIC23, DAY, "Abstaining were Belize, Dominica, El Salvador, Honduras, Mexico, Saint Lucia and Trinidad and Tobago", negated=True,
      alt=["the representative of Mexico said his country had abstained"] if a == "Mexico" else None)
R(d, "Bolivia", "supported", NIC23, None, "The delegation of Bolivia was not present when the vote was taken", negated=True)
R(d, "Brazil", "supported", NIC23, DAY, "The representative of Brazil said his country had voted in favour")
R(d, "Nicaragua", NOTBOUND, OASCH, None,
  "his Government had denounced the Charter of the Organization of American States in November 2021, a denunciation that takes effect in November 2023",
  negated=True, required=False)
R(d, OASGA, ADOPTED, IADC, "2001-09-11",
  "The Democratic Charter was adopted by the General Assembly at its twenty-eighth special session, held in Lima on 11 September 2001")
R(d, OASGA, "adopted", NIC22, "2022-10",
  "at its regular session in Lima in October 2022, the Assembly adopted resolution AG/RES. 2997 (LII-O/22) on Nicaragua")
RL(d, ["Bolivia", "Honduras", "Mexico"], "supported", NIC22, "2022-10", "Bolivia, Honduras and Mexico abstained on that text", negated=True)
R(d, "Nicaragua", "supported", NIC22, "2022-10", "while Nicaragua voted against it", negated=True)
R(d, OASGA, "adopted", HAITI23, DAY,
  "Also this afternoon, the Assembly adopted by consensus resolution AG/RES. 3009 (LIII-O/23), \"Strengthening the Support of the OAS for Haiti\"")
R(d, CARICOM, "co-sponsored", HAITI23, None, "presented by the member States of the Caribbean Community", required=False)

# ===================== 02 =====================
d = "02.txt"
DAY, YEST = "2024-06-27", "2024-06-26"
R(d, "Guatemala", ADOPTED, IADC, "2001-09-11", "My country was among the States that adopted the Charter in Lima on 11 September 2001")
R(d, "Guatemala", COMMITTED, IADC, DAY, "we remain fully committed to every one of its articles")
R(d, OASGA, "adopted", ASUNCION, DAY,
  "the Declaration of Asunción on integration and security for sustainable development, which this Assembly adopted by acclamation")
R(d, "Guatemala", CONSENSUS, ASUNCION, DAY, "This morning, Guatemala joined the consensus on the Declaration of Asunción", required=False)
RL(d, ["Guatemala", "Canada", "Chile", "Panama"], "co-sponsored", HAITI24, YEST,
   "Yesterday we were proud to co-sponsor, together with Canada, Chile and Panama, the resolution on Haiti")
R(d, OASGA, "adopted", HAITI24, YEST, "the resolution on Haiti that the Assembly adopted (AG/RES. 3021 (LIV-O/24))")
R(d, OASGA, "adopted", NIC24, YEST, "On the resolution on the situation in Nicaragua, also adopted yesterday")
R(d, "Guatemala", "supported", NIC24, YEST, "On the resolution on the situation in Nicaragua, also adopted yesterday, we voted in favour")
R(d, "Guatemala", "supported", NIC23W, "2023", "as we did in Washington last year", required=False)
RL(d, ["Honduras", "Bolivia"], "supported", NIC24, YEST, "We regret that Honduras and Bolivia chose to abstain", negated=True)
R(d, "Guatemala", ACCEDED, CITCWA, DAY,
  "Today I deposited with the General Secretariat Guatemala's instrument of accession to the Inter-American Convention on Transparency in "
  "Conventional Weapons Acquisitions")
R(d, "Guatemala", "party", CITCWA, None, "Guatemala thus becomes the eighteenth State Party", required=False)
R(d, "Guatemala", PARTY, ACHR, "1978", "As a State Party to the American Convention on Human Rights since 1978")
QES = "El Salvador has signed the Transparency Convention but has not ratified it"
R(d, "El Salvador", "signed", CITCWA, None, QES)
R(d, "El Salvador", NOTRATIFIED, CITCWA, None, QES, negated=True)
R(d, "Honduras", "signed", CITCWA, None, "Honduras has neither signed nor ratified it", negated=True)
R(d, "Honduras", NOTRATIFIED, CITCWA, None, "Honduras has neither signed nor ratified it", negated=True)
R(d, "Guatemala", "called-for", CITCWA, DAY, "We hope both will follow suit", required=False)
R(d, "Belize", JOINED, CITCWA, None, "Belize has informed us that it expects to accede before the end of the year", negated=True)
R(d, "Mexico", "signed", CITCWA, "1999", "Mexico, which signed the Convention in 1999")
R(d, "Mexico", NOTRATIFIED, CITCWA, None, "Mexico, which signed the Convention in 1999, is considering ratification", negated=True)

# ===================== 03 =====================
d = "03.txt"
DAY = "2024-11-18"
R(d, "Brazil", ENDORSED_SIGNED, GAAHP, DAY,
  "Brazil, which proposed the initiative at the start of its G20 presidency, was the first to sign the Alliance's Declaration of Commitment")
R(d, "Brazil", ["co-sponsored", "endorsed"], GAAHP, None, "Brazil, which proposed the initiative at the start of its G20 presidency", required=False)
QF = ("Among the other founders are China, India, Indonesia, Mexico, Norway, South Africa, the United Kingdom and the United States, as well as "
      "the African Union, the European Union, the World Bank and the Food and Agriculture Organization of the United Nations (FAO)")
QL = "with 148 founding members: 82 countries, the African Union, the European Union"
for a in ["China", "India", "Indonesia", "Mexico", "Norway", "South Africa", "United Kingdom", "United States", "World Bank", FAO]:
    R(d, a, ENDORSED_SIGNED, GAAHP, DAY, QF)
for a in ["African Union", "European Union"]:
    R(d, a, ENDORSED_SIGNED, GAAHP, DAY, QL, alt=[QF])
R(d, "Argentina", ENDORSED_SIGNED, GAAHP, None, "Argentina, which took part in the negotiation of the Alliance's founding documents, has not joined it",
  negated=True, alt=["the Argentine Government said it was still analysing the Declaration of Commitment"])
R(d, "Japan", ENDORSED_SIGNED, GAAHP, None, "Japan informed the Brazilian presidency that it expects to join before the end of the year", negated=True)
R(d, "Saudi Arabia", ENDORSED_SIGNED, GAAHP, None, "Saudi Arabia is considering whether to do so", negated=True)
R(d, "Russian Federation", ENDORSED_SIGNED, GAAHP, None,
  "The Russian Federation, represented at the Summit by its Minister of Foreign Affairs, did not sign the Declaration", negated=True)
RL(d, ["Australia", "Türkiye"], ENDORSED_SIGNED, GAAHP, None, "Neither Australia nor Türkiye was among the founders", negated=True,
   alt=["both said they were still studying the documents"])
R(d, G20, ADOPTED, RIO, DAY, "This evening, the G20 leaders adopted by consensus the G20 Rio de Janeiro Leaders' Declaration")
R(d, "Argentina", CONSENSUS, RIO, DAY, "Argentina joined the consensus", required=False)
R(d, G20, ["endorsed", "adopted"], CALLGOV, DAY, "In the Declaration, the leaders also endorsed the G20 Call to Action on Global Governance Reform")
R(d, G20FM, ADOPTED, CALLGOV, "2024-09-25", "agreed by the Group's foreign ministers at their meeting in New York on 25 September")
R(d, "Brazil", "called-for", GAAHP, DAY,
  "The Brazilian Government invites all countries that have not yet done so to join the Global Alliance against Hunger and Poverty")

# ===================== 04 =====================
d = "04.txt"
WED = "2024-11-13"
RL(d, ["El Salvador", "Kazakhstan", "Kenya", "Nigeria", "Rwanda", "Türkiye"], ENDORSED_SIGNED, TRIPLE, WED,
   "El Salvador, Kazakhstan, Kenya, Nigeria, Rwanda and Türkiye signed on at an event on the sidelines of the COP29 summit",
   alt=["Six more countries on Wednesday endorsed the Declaration to Triple Nuclear Energy"])
RL(d, ["United States", "France", "United Kingdom", "Canada", "Japan", "Republic of Korea", "United Arab Emirates", "Sweden", "Poland", "Ghana"],
   ENDORSED_SIGNED, TRIPLE, "2023-12-02",
   "The declaration was launched on Dec. 2, 2023 at COP28 by 22 countries, among them the United States, France, the United Kingdom, Canada, "
   "Japan, South Korea, the United Arab Emirates, Sweden, Poland and Ghana")
RL(d, ["Armenia", "Jamaica", "Slovakia"], ENDORSED_SIGNED, TRIPLE, "2024", "Earlier this year, Armenia, Jamaica and Slovakia joined them")
R(d, "United States", "called-for", TRIPLE, None, "said a senior U.S. energy official, who urged other countries to \"join the declaration before COP30",
  required=False)
R(d, "Kazakhstan", SIGNED_DECL, NES, "2024-03", "also signed the declaration of the Nuclear Energy Summit in Brussels in March")
R(d, "Germany", ENDORSED_SIGNED, TRIPLE, None,
  "Germany, which shut its last three reactors in April 2023, has not endorsed the declaration and says it has no plans to do so", negated=True)
RL(d, ["China", "India"], ENDORSED_SIGNED, TRIPLE, None,
   "China and India, which between them are building more reactors than any other country, have also stayed away", negated=True)
R(d, "Spain", ENDORSED_SIGNED, TRIPLE, None, "as has Spain, which plans to phase out nuclear power by 2035", negated=True)
R(d, "Italy", ENDORSED_SIGNED, TRIPLE, None, "Italy, which abandoned nuclear power after referendums in 1987 and 2011, is considering whether to sign",
  negated=True)
R(d, "Philippines", ENDORSED_SIGNED, TRIPLE, None, "The Philippines, which attended the event as an observer, expects to join at COP30", negated=True)
R(d, "Brazil", ENDORSED_SIGNED, TRIPLE, None, "Brazil, which will host COP30, has yet to decide whether to endorse the declaration", negated=True)
R(d, "Azerbaijan", ENDORSED_SIGNED, TRIPLE, None, "Azerbaijan, which is hosting the conference, has not endorsed the pledge either", negated=True)
R(d, "Azerbaijan", LAUNCHED, STORAGE, "2024-11-11",
  "the COP29 Global Energy Storage and Grids Pledge, which it launched and endorsed on Monday, the conference's opening day")

# ===================== 05 =====================
d = "05.txt"
LAUNCH = "2023-12-02"
HEADL = "Endorsed at the launch (2 December 2023), selection"
QLAUNCH = ("The Global Renewables and Energy Efficiency Pledge was launched at COP28 in Dubai on 2 December 2023 by the COP28 Presidency "
           "and the European Union")
R(d, "European Union", LAUNCHED, GREEP, LAUNCH, QLAUNCH, alt=["United Arab Emirates, European Union (launching endorsers)"])
R(d, UAE_PRES, LAUNCHED, GREEP, LAUNCH, QLAUNCH, alt=["United Arab Emirates, European Union (launching endorsers)"])
for line in ["United States, Canada, Japan", "Brazil, Chile, Colombia", "Kenya, Morocco, Barbados"]:
    for a in line.split(", "):
        R(d, a, ENDORSED, GREEP, LAUNCH, line, alt=[HEADL])
R(d, "Viet Nam", ENDORSED, GREEP, "2024-02-09", "Viet Nam – 9 February 2024")
R(d, "Türkiye", ENDORSED, GREEP, "2024-11-12", "Türkiye – at COP29 in Baku, 12 November 2024")
R(d, "Bangladesh", ENDORSED, GREEP, "2025-01-20", "Bangladesh – 20 January 2025")
NOTEND = "Not endorsed"
for a, q in [("China", "- China"), ("India", "- India"), ("Russian Federation", "- Russian Federation"), ("Saudi Arabia", "- Saudi Arabia"),
             ("Iran", "- Iran"), ("Indonesia", "Indonesia – ministry of energy says the pledge is \"under review\""),
             ("South Africa", "South Africa – says it will endorse \"once the financing question is settled\""),
             ("Egypt", "Egypt – said at COP29 that endorsement is \"being considered\"")]:
    alts = [NOTEND] + (["although neither has endorsed the pledge itself"] if a in ("China", "India") else [])
    R(d, a, ENDORSED, GREEP, None, q, negated=True, alt=alts)
R(d, CMA, "adopted", GST, "2023-12-13",
  "decision 1/CMA.5, adopted by consensus by the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement on 13 December 2023")
RL(d, ["China", "India"], CONSENSUS, GST, "2023-12-13", "China and India joined the consensus on that decision", required=False)
R(d, "Azerbaijan", ENDORSED, GREEP, None, "Azerbaijan, which hosted COP29, has not endorsed the pledge", negated=True)
R(d, "Azerbaijan", LAUNCHED, STORAGE, None, "it launched instead the COP29 Global Energy Storage and Grids Pledge", required=False)
RL(d, ["Türkiye", "United Arab Emirates"], ENDORSED, STORAGE, None, "which Türkiye and the United Arab Emirates also endorsed")
R(d, ETW, "called-for", GREEP, "2025-03-31", "Energy Transition Watch calls on China, India and Saudi Arabia to endorse the pledge before COP30")

# ===================== 06 =====================
d = "06.txt"
DAY = "2023-12-03"
QE = ("Endorsing governments include the United Arab Emirates, Brazil, Egypt, France, Kenya, Malawi, the Netherlands, the United Kingdom and "
      "the United States, as well as the European Union")
RL(d, ["United Arab Emirates", "Brazil", "Egypt", "France", "Kenya", "Malawi", "Netherlands", "United Kingdom", "United States", "European Union"],
   ENDORSED, CH, DAY, QE, alt=["123 governments today endorsed the COP28 UAE Declaration on Climate and Health"])
R(d, UAE_PRES, "co-sponsored", CH, None, "The Declaration was developed by the COP28 Presidency of the United Arab Emirates in partnership with "
  "the World Health Organization (WHO)", required=False)
R(d, WHO, "co-sponsored", CH, None, "The Declaration was developed by the COP28 Presidency of the United Arab Emirates in partnership with "
  "the World Health Organization (WHO)", required=False)
R(d, WHODG, "called-for", CH, DAY, "who called on every government that has not yet done so to endorse the Declaration")
R(d, "India", ENDORSED, CH, None, "India said it could not endorse a text that might limit the cooling of its health facilities", negated=True)
RL(d, ["China", "Saudi Arabia"], ENDORSED, CH, None, "neither China nor Saudi Arabia had endorsed the Declaration", negated=True)
RL(d, ["Japan", "Australia"], ENDORSED, CH, None, "Japan and Australia said they expected to endorse it \"in the coming days\"", negated=True)
RL(d, ["Kenya", "Malawi"], ENDORSED, ATACH, None,
   "Kenya and Malawi also announced today that they had joined the Alliance for Transformative Action on Climate and Health (ATACH)")
R(d, "Germany", ENDORSED, ATACH, None, "Germany, an early member of ATACH", required=False)
R(d, "Pakistan", ENDORSED, ATACH, "2023-11", "Pakistan, which joined ATACH last month")
R(d, "Pakistan", ENDORSED, CH, None, "Pakistan, which joined ATACH last month, has not yet endorsed the Declaration", negated=True)
RL(d, [ADB, GFATM, ROCK], ENDORSED, GPFIN, None,
   "were endorsed by the Asian Development Bank, the Global Fund to Fight AIDS, Tuberculosis and Malaria and the Rockefeller Foundation")
R(d, WHA, "adopted", WHA6119, "2008", "resolution WHA61.19, adopted by the World Health Assembly in 2008")

# ===================== 07 =====================
d = "07.txt"
DAY = "2024-07-04"
RL(d, ["Belarus", "China", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russian Federation", "Tajikistan", "Uzbekistan"], STATE_ADOPTED, ASTD, DAY,
   "The Astana Declaration of the Council of Heads of State was signed by the leaders of Belarus, China, Iran, Kazakhstan, Kyrgyzstan, Pakistan, "
   "Russia, Tajikistan and Uzbekistan")
R(d, "India", STATE_ADOPTED, ASTD, DAY, "for India, by Minister of External Affairs S. Jaishankar")
QBY = ("Its instruments of accession to the Charter of the Shanghai Cooperation Organisation and to the Treaty on Long-Term Good-Neighbourliness, "
       "Friendship and Cooperation of 2007 were deposited yesterday with the People's Republic of China, the depositary")
R(d, "Belarus", ACCEDED, SCOCH, "2024-07-03", QBY)
R(d, "Belarus", ACCEDED, SCOTR, "2024-07-03", QBY)
R(d, SCOCHS, ADOPTED, WUI, DAY, "The Heads of State approved the SCO Initiative \"On World Unity for Just Peace, Harmony and Development\"")
R(d, "Kazakhstan", "co-sponsored", WUI, None, "put forward by Kazakhstan")
R(d, SCOCHS, "adopted", SCOEN, DAY, "adopted the SCO Energy Cooperation Development Strategy until 2030")
R(d, SCOCHS, "adopted", SCOAD, DAY, "the SCO Anti-Drug Strategy for 2024-2029")
R(d, "India", ["endorsed", "supported", "adopted", "committed"], WUI, None, "India did not join the Initiative", negated=True)
R(d, "Kazakhstan", RATIFIED, SCOEX, "2018", "which Kazakhstan ratified in 2018")
R(d, "India", "signed", SCOEX, None, "India has signed the Convention but has not yet ratified it")
R(d, "India", NOTRATIFIED, SCOEX, None, "India has signed the Convention but has not yet ratified it", negated=True)
RL(d, ["Iran", "Belarus"], JOINED, SCOEX, None, "Iran and Belarus have not acceded to it", negated=True)
R(d, "Pakistan", "signed", SCOEX, "2017-06", "Pakistan, which also signed it in Astana")
R(d, "Pakistan", NOTRATIFIED, SCOEX, None, "Pakistan, which also signed it in Astana, expects to ratify it next year", negated=True)

# ===================== 08 =====================
d = "08.txt"
RL(d, ["Brazil", "Russian Federation", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran", "United Arab Emirates"], STATE_ADOPTED, KAZAN,
   "2024-10-23",
   "On 23 October 2024, the leaders of the nine members – Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran and the United Arab "
   "Emirates – adopted the Kazan Declaration")
R(d, BRICS, ADOPTED, KAZAN, "2024-10-23", "the leaders of the nine members", required=False)
R(d, "Saudi Arabia", STATE_ADOPTED, KAZAN, None, "it did not sign the Kazan Declaration", negated=True)
RL(d, ["Brazil", "Russian Federation", "India", "China", "South Africa"], STATE_ADOPTED, JOBURG, "2023-08-24",
   "At Johannesburg on 24 August 2023, Brazil, Russia, India, China and South Africa had adopted the Johannesburg II Declaration")
RL(d, ["Bangladesh", "United Arab Emirates"], ACCEDED, NDB, "2021",
   "Bangladesh and the United Arab Emirates acceded to the Agreement on the New Development Bank in 2021")
R(d, "Egypt", ACCEDED, NDB, "2023", "and Egypt in 2023")
R(d, "Algeria", JOINED, NDB, None, "Algeria has not yet deposited its instrument", negated=True)
RL(d, ["Ethiopia", "Iran"], JOINED, NDB, None, "Ethiopia and Iran have not acceded to the Agreement", negated=True)
RL(d, ["Colombia", "Uzbekistan"], JOINED, NDB, None,
   "Colombia and Uzbekistan, which have applied, are still negotiating the terms of their accession", negated=True)

# ===================== 09 =====================
d = "09.txt"
SESSION, ISSUED = "2025-06", "2025-06-22"
R(d, CFM, "adopted", ISTD, SESSION, "The Council adopted the Istanbul Declaration")
R(d, CFM, "adopted", PAL, SESSION,
  "The Council adopted the Istanbul Declaration and the resolutions submitted to it, including resolution No. 1/51-PAL on the Cause of Palestine "
  "and the City of Al-Quds Al-Sharif")
R(d, CFM, "adopted", ISL, SESSION, "and resolution No. 12/51-POL on Combating Islamophobia")
R(d, "Pakistan", "co-sponsored", ISL, None, "presented by Pakistan on behalf of the OIC Contact Group on Islamophobia")
R(d, ISUMMIT, "adopted", OICCH, "2008-03-14",
  "the Charter of the Organisation of Islamic Cooperation, adopted by the Eleventh Session of the Islamic Summit in Dakar on 14 March 2008")
RL(d, ["Guyana", "Suriname"], RATIFIED, OICCH, None, "the deposit by Guyana and Suriname of their instruments of ratification of the Charter")
RL(d, ["Lebanon", "Mozambique"], NOTRATIFIED, OICCH, None, "It noted that Lebanon and Mozambique have not yet ratified the Charter", negated=True)
R(d, "Guinea-Bissau", "signed", OICCH, "2010", "Guinea-Bissau, which signed it in 2010")
R(d, "Guinea-Bissau", NOTRATIFIED, OICCH, None, "Guinea-Bissau, which signed it in 2010, has yet to do so", negated=True)
R(d, CFM, "called-for", OICCH, ISSUED, "urged them to complete their ratification procedures")
R(d, "Tajikistan", ACCEDED, OICTER, None, "the accession of the Republic of Tajikistan to the OIC Convention on Combating International Terrorism")
RL(d, ["Gambia", "Suriname"], JOINED, OICTER, None, "The Gambia and Suriname informed the Council that they expect to accede to the Convention",
   negated=True)
RL(d, ["Egypt", "Indonesia", "Malaysia"], "signed", IOFS, SESSION,
   "the signature of the Statute of the Islamic Organization for Food Security (IOFS) by Egypt, Indonesia and Malaysia on the margins of the Session")
R(d, "Indonesia", NOTRATIFIED, IOFS, None, "Indonesia stated that it would ratify the Statute in 2026", negated=True)
R(d, CFM, "called-for", IOFS, ISSUED, "The Council called on Member States that have not yet done so to sign and ratify the Statute")
R(d, "Iran", "supported", YEM, None,
  "The delegation of the Islamic Republic of Iran dissociated itself from resolution No. 29/51-POL on the Situation in Yemen", negated=True)
R(d, CFM, "adopted", YEM, SESSION, "which was otherwise adopted by consensus")

# ===================== 10 =====================
d = "10.txt"
TUE, DAY = "2025-05-20", "2025-05-21"
RL(d, ["Armenia", "Benin"], ENDORSED, FOC, TUE, "Armenia and Benin joined the Freedom Online Coalition (FOC) on Tuesday")
QDOING = ("In doing so, both countries endorsed the Coalition's founding declaration, \"Freedom Online: Joint Action for Free Expression on the "
          "Internet\", and the Tallinn Agenda")
RL(d, ["Armenia", "Benin"], ENDORSED, FOCFD, TUE, QDOING)
RL(d, ["Armenia", "Benin"], ENDORSED, TALLINN, TUE, QDOING)
R(d, "Estonia", ["endorsed", "adopted"], FOCFD, "2011-12",
  "The founding declaration was adopted in The Hague in December 2011 by the Coalition's fifteen founding governments, among them Estonia")
R(d, FOCB, "adopted", TALLINN, "2014-04", "The Tallinn Agenda was adopted by the Coalition at its conference in Tallinn in April 2014")
R(d, FOCB, ADOPTED, FOCAI, DAY, "Today the members adopted the FOC Joint Statement on Artificial Intelligence and Human Rights (2025)")
RL(d, ["Canada", "Estonia", "Netherlands", "United States"], "co-sponsored", FOCAI, None,
   "The statement, drafted by Canada, Estonia, the Netherlands and the United States", required=False)
RL(d, ["Mexico", "Tunisia"], ENDORSED, FOCAI, None, "Mexico and Tunisia did not endorse it", negated=True)
R(d, "Ghana", ENDORSED, FOCAI, None, "Ghana said it was still consulting its ministries", negated=True)
RL(d, ["Brazil", "Indonesia"], ENDORSED, FOC, None, "Brazil and Indonesia, which attended the meeting as guests, have not joined the Coalition",
   negated=True)
R(d, "Estonia", "called-for", FOC, DAY, "We hope that more democracies, in Africa and in Asia in particular, will join the Coalition", required=False)
R(d, "Estonia", "signed", AICONV, "2025-03",
  "Estonia signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law in March")
R(d, "Estonia", NOTRATIFIED, AICONV, None, "expects to ratify it by the end of the year", negated=True)
R(d, "Benin", ENDORSED, MFC, "2022", "Benin, which became a member of the Media Freedom Coalition in 2022")
R(d, "Benin", ENDORSED_SIGNED, GPMF, "2022", "also signed the Global Pledge on Media Freedom at that time")

# ===================== 11 =====================
d = "11.txt"
MON = "2024-11-04"
RL(d, ["Zambia", "Paraguay"], ENDORSED, MFC, MON, "Zambia and Paraguay have become the 52nd and 53rd members of the Media Freedom Coalition (MFC)",
   alt=["Zambia and Paraguay join the Media Freedom Coalition"])
RL(d, ["Zambia", "Paraguay"], ENDORSED_SIGNED, GPMF, MON, "after signing the Global Pledge on Media Freedom on Monday")
RL(d, ["United Kingdom", "Canada"], ENDORSED_SIGNED + ["co-sponsored"], GPMF, "2019-07",
   "The Global Pledge was launched by the United Kingdom and Canada at the Global Conference for Media Freedom in London in July 2019")
RL(d, ["Brazil", "India"], ENDORSED_SIGNED, GPMF, None, "Brazil and India, which attended the London conference, have not signed the Pledge", negated=True)
R(d, "Philippines", ENDORSED_SIGNED, GPMF, None, "The Philippines, which followed the meeting as an observer, is considering whether to sign the Pledge",
  negated=True)
R(d, "Paraguay", COMMITTED, GPMF, None, "his country \"commits to protect journalists and to end impunity for attacks against them\"", required=False)
R(d, MFCB, ADOPTED, MFCJS, "2024-11-02", "the Coalition issued a joint statement on the safety of journalists covering elections")
RL(d, ["Lithuania", "Netherlands"], "co-sponsored", MFCJS, None, "drafted by Lithuania and the Netherlands", required=False)
RL(d, ["Canada", "Estonia", "Germany", "Kenya", "Netherlands", "United Kingdom", "United States"], SIGNED_DECL, MFCJS, "2024-11-02",
   "was signed by 38 members, among them Canada, Estonia, Germany, Kenya, the Netherlands, the United Kingdom and the United States")
RL(d, ["Georgia", "Ghana"], SIGNED_DECL, MFCJS, None, "Georgia and Ghana, both members, did not sign it", negated=True)
RL(d, ["Georgia", "Ghana"], ENDORSED, MFC, None, "Georgia and Ghana, both members", required=False)
QEC = "called on all States \"that share our values\" to sign the Global Pledge and join the Coalition"
R(d, "Estonia", "called-for", GPMF, None, QEC)
R(d, "Estonia", "called-for", MFC, None, QEC)

# ===================== 12 =====================
d = "12.txt"
MON = "2024-05-13"
RL(d, ["Benin", "Côte d'Ivoire", "Democratic Republic of the Congo", "Ethiopia", "Ghana", "Malawi", "Mozambique", "Nigeria", "Rwanda", "Senegal",
       "Sierra Leone"], ENDORSED, LUSAKA, MON,
   "Eleven African governments endorsed the Lusaka Agenda on Monday at a meeting of health ministers convened by the Africa Centres for Disease "
   "Control and Prevention (Africa CDC) in Addis Ababa: Benin, Côte d'Ivoire, the Democratic Republic of the Congo, Ethiopia, Ghana, Malawi, "
   "Mozambique, Nigeria, Rwanda, Senegal and Sierra Leone")
R(d, "Zambia", ENDORSED, LUSAKA, "2023-12", "Zambia, which hosted the final consultation in Lusaka, was the first government to endorse it, in December 2023")
R(d, GAVI, ENDORSED, LUSAKA, "2023-12", "the Board of Gavi, the Vaccine Alliance, endorsed the Agenda at its meeting in December 2023")
R(d, GFATM, ENDORSED, LUSAKA, "2024-05", "the Board of the Global Fund to Fight AIDS, Tuberculosis and Malaria did so last week")
RL(d, [GFF, UNITAID], ENDORSED, LUSAKA, None, "The Global Financing Facility and Unitaid have also endorsed it")
RL(d, [CEPI, PANDF], ENDORSED, LUSAKA, None, "CEPI and the Pandemic Fund have not yet taken a position", negated=True)
RL(d, ["Kenya", "Uganda"], ENDORSED, LUSAKA, None,
   "Kenya and Uganda took part in Monday's meeting but said they were still reviewing the Agenda with their development partners", negated=True)
R(d, "Egypt", ENDORSED, LUSAKA, None, "Egypt expects to endorse it before the World Health Assembly", negated=True)
R(d, "South Africa", ENDORSED, LUSAKA, None, "South Africa has not endorsed the Agenda", negated=True)
RL(d, ["United Republic of Tanzania", "Zimbabwe"], ENDORSED, LUSAKA, None,
   "neither have Tanzania and Zimbabwe, which did not attend the meeting", negated=True)
R(d, ACDC, "called-for", LUSAKA, MON,
  "called on \"every African Union Member State that has not yet done so\" to endorse the Lusaka Agenda")
R(d, AUA, ADOPTED, NPHO, "2023-02",
  "the African Union Assembly had endorsed the Call to Action for Africa's New Public Health Order in February 2023")

# ===================== 13 =====================
d = "13.txt"
DAY = "2024-03-06"
HEAD13 = "Adopted by the Heads of State or Government of:"
for a, q in [("Australia", "Australia"), ("Brunei Darussalam", "Brunei Darussalam"), ("Cambodia", "Cambodia"), ("Indonesia", "Indonesia"),
             ("Lao PDR", "Lao PDR (ASEAN Chair 2024)"), ("Malaysia", "Malaysia"), ("Philippines", "Philippines"), ("Singapore", "Singapore"),
             ("Thailand", "Thailand"), ("Viet Nam", "Viet Nam")]:
    R(d, a, ADOPTED, MELB, DAY, q, alt=[HEAD13, "The Melbourne Declaration was adopted on 6 March 2024"])
R(d, "Myanmar", ADOPTED, MELB, None, "its representative did not join in the adoption of the Declaration", negated=True,
  alt=["Myanmar: represented at the non-political level"])
R(d, "Timor-Leste", ADOPTED, MELB, None, "Timor-Leste: attended the Summit as an observer and did not adopt the Declaration", negated=True)
R(d, "Australia", ["endorsed", "supported", "committed"], AOIP, "2024-03",
  "Australia reaffirmed its support for the ASEAN Outlook on the Indo-Pacific")
R(d, ASEANS, "adopted", AOIP, "2019-06", "which ASEAN Leaders adopted at the 34th ASEAN Summit in Bangkok in June 2019")
R(d, "Australia", ACCEDED, TAC, "2005", "recalled that it acceded to the Treaty of Amity and Cooperation in Southeast Asia in 2005")
RL(d, ["Australia", "New Zealand", "Brunei Darussalam", "Singapore", "Viet Nam"], RATIFIED, AANZ2, None,
   "Australia, New Zealand, Brunei Darussalam, Singapore and Viet Nam have ratified the Second Protocol")
RL(d, ["Indonesia", "Philippines"], NOTRATIFIED, AANZ2, None, "Indonesia and the Philippines expect to complete ratification in 2024", negated=True)
R(d, "Cambodia", NOTRATIFIED, AANZ2, None, "Cambodia has not yet submitted the Protocol to its National Assembly", negated=True, required=False)

# ===================== 14 =====================
d = "14.txt"
DAY = "2024-11-28"
R(d, EMC, "adopted", BARCDECL, "1995-11-28", "the Barcelona Declaration, adopted by the Euro-Mediterranean Conference on 28 November 1995")
R(d, PSM, "adopted", PARISUFM, "2008-07-13", "the Joint Declaration of the Paris Summit for the Mediterranean of 13 July 2008", required=False)
R(d, UFMRF, ADOPTED, YOUTHDECL, DAY, "The Forum adopted the Barcelona Ministerial Declaration on Youth, Education and Employment")
R(d, "Algeria", ["endorsed", "supported", "adopted"], YOUTHDECL, None,
  "Algeria, which did not attend the Forum, has informed the Secretariat that it does not associate itself with the Declaration", negated=True)
R(d, "Lebanon", RATIFIED, ICZM, "2024-10", "Lebanon deposited its instrument of ratification of the Protocol with the Government of Spain, the depositary, "
  "in October 2024")
for a, y in [("Albania", "2010"), ("Montenegro", "2012"), ("Morocco", "2012")]:
    R(d, a, RATIFIED, ICZM, y, "Albania, Montenegro and Morocco ratified it in 2010, 2012 and 2012 respectively")
R(d, "European Union", PARTY, ICZM, "2010", "the European Union has been a Party since 2010")
RL(d, ["France", "Slovenia", "Spain"], PARTY, ICZM, None, "France, Slovenia and Spain were among the first Parties")
RL(d, ["Italy", "Egypt"], "signed", ICZM, "2008-01-21", "Italy and Egypt, which signed the Protocol in Madrid on 21 January 2008")
RL(d, ["Italy", "Egypt"], NOTRATIFIED, ICZM, None, "Italy and Egypt, which signed the Protocol in Madrid on 21 January 2008, have yet to ratify it",
   negated=True)
R(d, "Tunisia", NOTRATIFIED, ICZM, None, "Tunisia expects to ratify it in 2025", negated=True)
R(d, "Türkiye", "signed", ICZM, None, "Türkiye has neither signed nor ratified the Protocol", negated=True)
R(d, "Türkiye", NOTRATIFIED, ICZM, None, "Türkiye has neither signed nor ratified the Protocol", negated=True)
R(d, "Libya", "signed", ICZM, None, "Libya has not signed it", negated=True)
R(d, UFMCP, "called-for", ICZM, DAY, "The Co-Presidency called on all UfM members that have not yet done so to ratify the ICZM Protocol")

# ===================== 15 =====================
d = "15.txt"
QPP = ("Paraguay and Panama have deposited their instruments of ratification of the Additional Protocol to the Ibero-American Convention on the "
       "Rights of Youth with the Government of Spain")
R(d, "Paraguay", RATIFIED, YAP, "2024-11-08", QPP, alt=["Paraguay on 8 November"])
R(d, "Panama", RATIFIED, YAP, "2024-11-12", QPP, alt=["Panama on 12 November 2024"])
RL(d, ["Paraguay", "Panama"], "party", YAP, None, "They become the ninth and tenth States Parties to the Protocol", required=False)
R(d, YMC, "adopted", YAP, "2016-10",
  "The Additional Protocol was adopted by the XVIII Ibero-American Conference of Youth Ministers in Buga, Colombia, in October 2016")
RL(d, ["Bolivia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador", "Honduras", "Spain", "Uruguay"], PARTY, YCONV, None,
   "is in force for Bolivia, Costa Rica, Cuba, the Dominican Republic, Ecuador, Honduras, Spain and Uruguay, among others")
RL(d, ["Chile", "Colombia", "Mexico"], "signed", YCONV, "2005-10-11", "Chile, Colombia and Mexico signed it in Badajoz")
RL(d, ["Chile", "Colombia", "Mexico"], NOTRATIFIED, YCONV, None, "Chile, Colombia and Mexico signed it in Badajoz but have not ratified it", negated=True)
R(d, "Argentina", "signed", YCONV, None, "Argentina never signed it", negated=True)
R(d, IBSUM, ADOPTED, CUENCA, "2024-11-15",
  "Meeting in Cuenca, Ecuador, on 15 November, the XXIX Ibero-American Summit of Heads of State and Government adopted the Declaration of Cuenca")
R(d, "Argentina", STATE_ADOPTED, CUENCA, None, "Argentina declined to sign it", negated=True)
RL(d, ["Nicaragua", "Venezuela"], STATE_ADOPTED, CUENCA, None, "Nicaragua and Venezuela were not represented at the Summit", negated=True, required=False)
R(d, "Ecuador", NOTRATIFIED, YAP, None, "Ecuador, the host country, announced in Cuenca that it expects to ratify the Additional Protocol in 2025",
  negated=True)
QOIJ = ("calling on \"all the countries of the region that have not yet done so\" to ratify the Convention and its Additional Protocol")
R(d, OIJSG, "called-for", YCONV, "2024-11-20", QOIJ)
R(d, OIJSG, "called-for", YAP, "2024-11-20", QOIJ)

# ===================== 16 =====================
d = "16.txt"
R(d, "Estonia", RATIFIED, JI, "2025-07-03", "ESTONIA: RATIFICATION The action was effected on 3 July 2025")
R(d, "Estonia", "signed", JI, "2006-04-14", "Estonia had signed the Convention on 14 April 2006")
R(d, "Colombia", ACCEDED, JI, "2025-07-10", "COLOMBIA: ACCESSION The action was effected on 10 July 2025")
R(d, "Ireland", ACCEPTED, JI, "2025-07-17", "IRELAND: ACCEPTANCE The action was effected on 17 July 2025")
R(d, "Switzerland", RATIFIED, JI, None, "SWITZERLAND: WITHDRAWAL OF A DECLARATION MADE UPON RATIFICATION", required=False)
R(d, "Armenia", ACCEDED, SPM, "2025-07-22", "ARMENIA: ACCESSION The action was effected on 22 July 2025")
R(d, "Kazakhstan", ACCEDED, VCCROP, "2025-07-28", "KAZAKHSTAN: ACCESSION The action was effected on 28 July 2025")
R(d, GA, "adopted", JI, "2004-12-02", "The Convention was adopted by the General Assembly in resolution 59/38 of 2 December 2004")
Q6 = ("Of the twenty-eight States that signed the Convention, Belgium, China, Denmark, India, the Russian Federation and the United Kingdom "
      "have not ratified it")
SIGN6 = ["Belgium", "China", "Denmark", "India", "Russian Federation", "United Kingdom"]
RL(d, SIGN6, "signed", JI, None, Q6)
RL(d, SIGN6, NOTRATIFIED, JI, None, Q6, negated=True)
QGU = "Germany and the United States are neither signatories nor parties"
RL(d, ["Germany", "United States"], "signed", JI, None, QGU, negated=True)
RL(d, ["Germany", "United States"], NOTBOUND, JI, None, QGU, negated=True)

gold.finish(MIN_CHARS, MAX_CHARS)
