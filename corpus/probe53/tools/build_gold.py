#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe51/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 06.html, 10.html, 13.md); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity
(quotes from Markdown tables are whole table rows, pipes included). Two documents (01, 12) and a third (14) open with a
metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote comes from it. Alternative actor names
missing from gold.py's ALT_NAMES are added locally below.

Theme: civil-society campaign output about treaties (a ratification tracker, a monthly update, a scorecard, an open letter
to a head of government, a joint statement to a treaty negotiation, a petition's background page, a campaign newsletter, a
shadow-report executive summary, a briefing note for parliamentarians, country profile pages, a press release reacting to a
vote, an action alert, a "where does my country stand" FAQ, a joint statement for a day of action, an annual-report chapter
and an anniversary blog post). The campaign's own calls are the campaign's `called-for` records, dated by the document; a
campaign "welcoming" another actor's act gives the campaign nothing. A State listed as not having signed or ratified (in
prose, in a table cell "-" or "—" under a legend that says so, or in a "neither ... nor" clause) gets a negated record; a
State that "intends to", "is considering", "will study" or "is expected" to act gets a negated record too. A Cabinet
decision, a parliament's approval, a national or provincial law and a national policy are domestic and give no record;
entry into force, depositaries, venues, institutions and funds give no record. Corrections: the corrected statement is the
one recorded, the statement the text withdraws gives nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
MOU_SIGNED = ["signed", "endorsed"]            # signing a non-binding memorandum of understanding or of cooperation
COSPONSORED = ["co-sponsored", "supported"]    # presenting, tabling or co-sponsoring a resolution or a proposal
PROPOSED = ["co-sponsored", "called-for"]      # submitting a formal amendment proposal (co-authoring it, asking for its adoption)
FFCALL = ["called-for", "endorsed"]            # endorsing the call for a treaty still to be negotiated
BODY_ENDORSED = ["endorsed", "adopted"]        # a body endorsing principles or a strategy

# ---- instruments: (name as the text names it, aliases) ----
# ILO Conventions (01, 02, 08, 11, 13)
C097 = ("Migration for Employment Convention (Revised), 1949 (No. 97)",
        ["ILO Convention No. 97", "Convention No. 97", "C097", "C97", "Migration for Employment Convention"])
C143 = ("Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)",
        ["ILO Convention No. 143", "Convention No. 143", "C143", "Migrant Workers (Supplementary Provisions) Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Convention No. 189", "Convention No. 189", "C189", "Domestic Workers Convention"])
C177 = ("Home Work Convention, 1996 (No. 177)", ["ILO Convention No. 177", "Convention No. 177", "C177", "Home Work Convention"])
R184 = ("Home Work Recommendation, 1996 (No. 184)", ["Recommendation No. 184", "R184", "Home Work Recommendation"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["ILO Convention No. 190", "Convention No. 190", "C190", "Violence and Harassment Convention"])
C169 = ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ["ILO Convention No. 169", "Convention No. 169", "C169", "Indigenous and Tribal Peoples Convention"])
C107 = ("Indigenous and Tribal Populations Convention, 1957 (No. 107)", ["ILO Convention No. 107", "Convention No. 107", "C107", "Indigenous and Tribal Populations Convention"])
# 01, 08 migrant workers
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["ICRMW", "Migrant Workers Convention", "1990 International Convention on the Protection of the Rights of All Migrant Workers"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact"])
SAAGR = ("Agreement on Domestic Worker Recruitment between Sri Lanka and Saudi Arabia",
         ["Agreement on Domestic Worker Recruitment", "Sri Lanka–Saudi Arabia domestic worker recruitment agreement"])
JPMOC = ("Memorandum of Cooperation on the Specified Skilled Worker system between Sri Lanka and Japan",
         ["Memorandum of Cooperation on the Specified Skilled Worker system", "Sri Lanka–Japan Memorandum of Cooperation"])
ILMOU = ("memorandum of understanding on agricultural workers between Sri Lanka and Israel",
         ["memorandum of understanding on agricultural workers", "Sri Lanka–Israel memorandum of understanding"])
QAAGR = ("labour agreement between Sri Lanka and Qatar", ["labour agreement with Qatar", "Sri Lanka–Qatar labour agreement"])
# 03 children and armed conflict
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        ["OPAC", "Optional Protocol on the Involvement of Children in Armed Conflict"])
PARISC = ("Paris Commitments to protect children from unlawful recruitment or use by armed forces or armed groups", ["Paris Commitments"])
VANC = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
SSD = ("Safe Schools Declaration", ["Safe Schools"])
# 04 Tonga
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["Optional Protocol to CEDAW", "OP-CEDAW"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
RPLGED = ("Revised Pacific Leaders Gender Equality Declaration", ["Pacific Leaders Gender Equality Declaration", "RPLGED"])
# 05 business and human rights
RES269 = ("Human Rights Council resolution 26/9", ["resolution 26/9", "A/HRC/RES/26/9"])
LBI = ("legally binding instrument to regulate, in international human rights law, the activities of transnational corporations and other business enterprises",
       ["legally binding instrument on business and human rights", "treaty on business and human rights", "business and human rights treaty",
        "legally binding instrument"])
UNGP = ("Guiding Principles on Business and Human Rights", ["UN Guiding Principles", "UNGPs", "Guiding Principles"])
# 06, 09 Rome Statute and ecocide
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
ECOCIDE = ("proposed amendment to the Rome Statute on the crime of ecocide",
           ["ecocide amendment", "ecocide amendment to the Rome Statute", "proposal to amend the Rome Statute", "amendment on ecocide"])
# 07 African Youth Charter
AYC = ("African Youth Charter", ["Youth Charter"])
AYDS = ("African Youth Development Strategy 2025-2035", ["Youth Development Strategy"])
# 09 crimes against humanity
DRAFTART = ("Draft Articles on Prevention and Punishment of Crimes against Humanity", ["ILC Draft Articles on crimes against humanity", "Draft Articles"])
CAHCONV = ("convention on the prevention and punishment of crimes against humanity",
           ["Convention on Crimes against Humanity", "crimes against humanity convention", "convention on crimes against humanity"])
RES79122 = ("General Assembly resolution 79/122", ["resolution 79/122", "A/RES/79/122"])
STATLIM = ("Convention on the Non-Applicability of Statutory Limitations to War Crimes and Crimes against Humanity",
           ["Statutory Limitations Convention", "1968 Convention on Statutory Limitations"])
LTH = ("Ljubljana-The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, "
       "Crimes against Humanity, War Crimes and Other International Crimes",
       ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention"])
# 10 fossil fuels
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["Fossil Fuel Treaty", "proposed Fossil Fuel Non-Proliferation Treaty"])
PARISAGR = ("Paris Agreement", ["Paris Agreement on climate change"])
PORTVILA = ("Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific", ["Port Vila Call"])
# 11 peasants' rights
UNDROP = ("United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas",
          ["UNDROP", "Declaration on the Rights of Peasants", "resolution 73/165", "General Assembly resolution 73/165"])
RES3912 = ("Human Rights Council resolution 39/12", ["resolution 39/12", "A/HRC/RES/39/12"])
# 12 older persons
DRAFT58 = ("draft resolution A/HRC/58/L.33 on the human rights of older persons",
           ["A/HRC/58/L.33", "draft resolution on the human rights of older persons", "resolution on a legally binding instrument on the human rights of older persons"])
UNPOP = ("United Nations Principles for Older Persons", ["Principles for Older Persons", "resolution 46/91"])
MIPAA = ("Madrid International Plan of Action on Ageing", ["MIPAA", "Madrid Plan of Action"])
IACOP = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Inter-American Convention on Older Persons", "Inter-American Convention"])
AUOP = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Older Persons",
        ["African Older Persons Protocol", "AU Protocol on the Rights of Older Persons", "African Protocol"])
# 13 Indigenous peoples
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
# 14 enforced disappearance
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance", "CED"])
# 15 conflict-related sexual violence
DOCSV = ("Declaration of Commitment to End Sexual Violence in Conflict", ["Declaration of Commitment"])
PD22 = ("Political Declaration on Conflict-Related Sexual Violence", ["2022 Political Declaration", "London Political Declaration"])
MURAD = ("Global Code of Conduct for Gathering and Using Information about Systematic and Conflict-Related Sexual Violence", ["Murad Code"])
R1820 = ("Security Council resolution 1820 (2008)", ["resolution 1820", "S/RES/1820 (2008)"])
R2106 = ("Security Council resolution 2106 (2013)", ["resolution 2106", "S/RES/2106 (2013)"])
# 16 education
CADE = ("Convention against Discrimination in Education", ["CADE", "UNESCO Convention against Discrimination in Education"])
CADEP = ("Protocol instituting a Conciliation and Good Offices Commission to be responsible for seeking the settlement of any disputes "
         "which may arise between States Parties to the Convention against Discrimination in Education",
         ["Protocol instituting a Conciliation and Good Offices Commission", "CADE Protocol"])
ABIDJAN = ("Abidjan Principles on the human rights obligations of States to provide public education and to regulate private involvement in education",
           ["Abidjan Principles"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Sudan", "Philippines", "Bangladesh",
          "Kenya", "Ghana", "Colombia", "Chile", "China", "Mexico", "Fiji", "Samoa", "Democratic Republic of the Congo",
          "Central African Republic", "Burundi", "Somalia", "South Sudan", "Eswatini", "Netherlands", "Germany", "Costa Rica",
          "Gambia", "Lao PDR", "Thailand", "Cambodia", "Kazakhstan", "Bolivia", "Saudi Arabia", "United Arab Emirates",
          "European Union", "Timor-Leste", "Guatemala", "Ecuador", "State of Palestine"),
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Montenegro": ["Montenegro"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Finland": ["Finland", "Republic of Finland"],
    "Ireland": ["Ireland"],
    "Albania": ["Albania", "Republic of Albania"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "India": ["India", "Republic of India"],
    "France": ["France", "French Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar", "Burma"],
    "Chad": ["Chad", "Republic of Chad"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Holy See": ["Holy See", "Vatican"],
    "Palau": ["Palau", "Republic of Palau"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Solomon Islands": ["Solomon Islands"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Japan": ["Japan"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Tunisia": ["Tunisia", "Tunisian Republic"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Israel": ["Israel", "State of Israel"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Ukraine": ["Ukraine"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Tuvalu": ["Tuvalu"],
    "Niue": ["Niue"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Hungary": ["Hungary"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Canada": ["Canada", "Government of Canada"],
    "Mongolia": ["Mongolia"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
}
# Organisations, bodies and the meetings that adopt texts.
ILC_CONF = ["International Labour Conference", "ILO", "International Labour Organization"]
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
AU_ASSEMBLY = ["African Union Assembly", "Assembly of Heads of State and Government", "Assembly of the African Union", "AU Assembly", "African Union"]
ILCOMM = ["International Law Commission", "ILC"]
OAS_GA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
WAA = ["Second World Assembly on Ageing", "World Assembly on Ageing"]
PIF = ["Pacific Islands Forum", "Forum Leaders", "Pacific Islands Forum Leaders"]
AFRICAN_GROUP = ["African Group", "Cameroon"]
EP = ["European Parliament"]
WHO = ["World Health Organization", "WHO"]
UNESCO_GC = ["UNESCO General Conference", "General Conference of UNESCO", "UNESCO"]
ACHPR = ["African Commission on Human and Peoples' Rights", "African Commission", "ACHPR"]
# The campaigns that speak in the documents ("we", "the coalition", "the Network").
RFM = ["Ratify for Migrants Coalition", "Ratify for Migrants"]
HRA = ["Homeworkers' Rights Alliance"]
CSPN = ["Child Soldiers Prevention Network"]
TWRN = ["Tonga Women's Rights Network", "the undersigned organisations"]
BTA = ["Binding Treaty Alliance", "Global Campaign for a Treaty on Business and Human Rights"]
ELN = ["Ecocide Law Now"]
YCN = ["Youth Charter Now!", "Youth Charter Now"]
LMRP = ["Lanka Migrant Rights Platform", "LMRP"]
PNIJ = ["Parliamentary Network for International Justice"]
FFTT = ["Fossil Fuel Treaty Tracker"]
GCPR = ["Global Coalition for Peasants' Rights"]
AWRI = ["Ageing with Rights International"]
IRTW = ["Indigenous Rights Treaty Watch"]
ACAED = ["Asian Coalition against Enforced Disappearances", "ACAED"]
SFGN = ["Survivors First Global Network"]
RTL = ["Right to Learn Campaign"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Ratify for Migrants Coalition, ratification tracker, update No. 22, 18 June 2025) =====================
d = "01.txt"
D = "2025-06-18"
QILC = "The two ILO migrant workers' Conventions were adopted by the International Labour Conference in 1949 and 1975"
R(d, ILC_CONF, "adopted", C097, "1949", QILC)
R(d, ILC_CONF, "adopted", C143, "1975", QILC)
# The Director-General registers (depositary); "is now bound by both instruments" is the same event; entry into force is nothing.
R(d, "Morocco", RATIFIED, C143, "2025-05-02", "On 2 May 2025 the ILO Director-General registered Morocco's ratification of Convention No. 143",
  alt=["Morocco | R 2019 | R 2025 | new this quarter"])
R(d, "Morocco", RATIFIED, C097, "2019", "Morocco, which ratified Convention No. 97 in 2019")
# The Council of Ministers' decision to table the Convention in Parliament is domestic.
QSA = "Nepal, Sri Lanka and Bangladesh together send more than two million workers abroad every year, and none of the three has ratified either Convention"
R(d, "Nepal", NOTRATIFIED, C143, None, "Nepal has not yet ratified it", negated=True, alt=["Nepal | - | - | Cabinet decision, May 2025", QSA])
R(d, "Nepal", NOTRATIFIED, C097, None, "Nepal | - | - | Cabinet decision, May 2025", negated=True, alt=[QSA])
R(d, "Ghana", NOTRATIFIED, C097, None, "it intends to ratify Convention No. 97 before the end of the year", negated=True,
  alt=["Ghana | - | - | intends to ratify C097"])
R(d, "Ghana", NOTRATIFIED, C143, None, "Ghana | - | - | intends to ratify C097", negated=True)
# Correction: the March claim of a Colombian ratification is withdrawn; the law of approval is domestic.
R(d, "Colombia", NOTRATIFIED, C097, None, "the instrument of ratification has not yet been sent to Geneva", negated=True,
  alt=["Colombia | - | - | law of approval, January 2025"])
R(d, "Colombia", NOTRATIFIED, C143, None, "Colombia | - | - | law of approval, January 2025", negated=True)
R(d, "Brazil", RATIFIED, C097, "1965", "Brazil | R 1965 | - |")
R(d, "Brazil", NOTRATIFIED, C143, None, "Brazil | R 1965 | - |", negated=True)
R(d, "Philippines", RATIFIED, C097, "2009", "Philippines | R 2009 | R 2006 |")
R(d, "Philippines", RATIFIED, C143, "2006", "Philippines | R 2009 | R 2006 |")
R(d, "Portugal", RATIFIED, C097, "1978", "Portugal | R 1978 | R 1978 |")
R(d, "Portugal", RATIFIED, C143, "1978", "Portugal | R 1978 | R 1978 |")
R(d, "Sweden", NOTRATIFIED, C097, None, "Sweden | - | R 1982 |", negated=True)
R(d, "Sweden", RATIFIED, C143, "1982", "Sweden | - | R 1982 |")
# "the other Gulf States" and "no Arab State outside North Africa" are unnamed.
R(d, "Qatar", NOTRATIFIED, C097, None, "Qatar and the other Gulf States have ratified neither Convention", negated=True)
R(d, "Qatar", NOTRATIFIED, C143, None, "Qatar and the other Gulf States have ratified neither Convention", negated=True)
RL(d, ["Sri Lanka", "Bangladesh"], NOTRATIFIED, C097, None, QSA, negated=True)
RL(d, ["Sri Lanka", "Bangladesh"], NOTRATIFIED, C143, None, QSA, negated=True)
QPARTIES = "Sri Lanka and Bangladesh are, however, parties to the 1990 International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"
R(d, "Sri Lanka", RATIFIED, ICRMW, "1996", "Sri Lanka ratified it in 1996 and Bangladesh in 2011", alt=[QPARTIES])
R(d, "Bangladesh", RATIFIED, ICRMW, "2011", "Sri Lanka ratified it in 1996 and Bangladesh in 2011", alt=[QPARTIES])
QCALL = "The coalition calls on Nepal, Sri Lanka and Bangladesh to ratify Conventions Nos. 97 and 143 before the 2026 International Labour Conference"
R(d, RFM, "called-for", C097, D, QCALL)
R(d, RFM, "called-for", C143, D, QCALL)
R(d, RFM, "called-for", C189, D, "We also call on the Gulf Cooperation Council States to ratify the Domestic Workers Convention, 2011 (No. 189)")
R(d, "Philippines", RATIFIED, C189, "2012", "which the Philippines ratified in 2012")
# A vote for the Global Compact is a vote (supported), not a ratification; the text gives no date for the vote.
RL(d, ["Bangladesh", "Nepal", "Philippines"], "supported", GCM, None, "Bangladesh, Nepal and the Philippines all voted for it in the General Assembly")

# ===================== 02 (Homeworkers' Rights Alliance, Monthly Update No. 47, April 2025) =====================
d = "02.txt"
D = "2025-04"
R(d, "Montenegro", RATIFIED, C177, "2025-03-14",
  "Last month, on 14 March, the ILO registered Montenegro's ratification of the Home Work Convention, 1996 (No. 177)")
QYU = "the fourth from the former Yugoslavia after Slovenia, Bosnia and Herzegovina and North Macedonia"
QSAME = "Tajikistan ratified in 2012, the same year as North Macedonia and Belgium"
RL(d, ["Slovenia", "Bosnia and Herzegovina"], RATIFIED, C177, None, QYU)
R(d, "North Macedonia", RATIFIED, C177, "2012", QYU, alt=[QSAME])
QLIST = ("Besides Montenegro and those three, the ratifying States are, in order: Finland, Ireland, Albania, the Netherlands, Argentina, "
         "Bulgaria, Belgium and Tajikistan")
R(d, "Finland", RATIFIED, C177, "1998", QLIST, alt=["Finland was the first, in 1998"])
RL(d, ["Ireland", "Albania", "Netherlands", "Bulgaria"], RATIFIED, C177, None, QLIST)
R(d, "Argentina", RATIFIED, C177, "2006", QLIST, alt=["Argentina, which ratified No. 177 in 2006"])
R(d, "Belgium", RATIFIED, C177, "2012", QLIST, alt=[QSAME])
R(d, "Tajikistan", RATIFIED, C177, "2012", QLIST, alt=[QSAME])
R(d, ILC_CONF, "adopted", C177, "1996-06-20", "The Convention was adopted by the International Labour Conference on 20 June 1996")
R(d, ILC_CONF, "adopted", R184, "1996-06-20",
  "The Convention was adopted by the International Labour Conference on 20 June 1996, together with the Home Work Recommendation, 1996 (No. 184)",
  required=False)
# "It entered into force on 22 April 2000": nothing. The Sindh and Punjab Acts are provincial laws.
R(d, "Pakistan", NOTRATIFIED, C177, None, "Pakistan has not ratified Convention No. 177", negated=True)
R(d, "India", NOTRATIFIED, C177, None, 'ratification of Convention No. 177 "is not under consideration at present"', negated=True)
R(d, "India", NOTRATIFIED, C189, None, "India has not ratified the Domestic Workers Convention, 2011 (No. 189) either", negated=True)
R(d, "Philippines", RATIFIED, C189, "2012", "The Philippines, which ratified the Domestic Workers Convention in 2012")
R(d, "Philippines", NOTRATIFIED, C177, None, "it intends to submit Convention No. 177 to the Senate for concurrence this year", negated=True)
# The Homeworkers Protection Act is a national law.
R(d, "Thailand", NOTRATIFIED, C177, None, 'the Ministry of Labour said last week that it "will study" ratification', negated=True,
  alt=["Thailand has ratified neither Convention No. 177 nor Convention No. 189"])
R(d, "Thailand", NOTRATIFIED, C189, None, "Thailand has ratified neither Convention No. 177 nor Convention No. 189", negated=True)
RL(d, ["Germany", "France", "Italy", "Spain"], NOTRATIFIED, C177, None, "Germany, France, Italy and Spain have yet to ratify it", negated=True)
QC190 = "although three of them have ratified the Violence and Harassment Convention, 2019 (No. 190): Italy in 2021, Spain in 2022 and Germany in 2023"
R(d, "Italy", RATIFIED, C190, "2021", QC190)
R(d, "Spain", RATIFIED, C190, "2022", QC190)
R(d, "Germany", RATIFIED, C190, "2023", QC190)
R(d, HRA, "called-for", C177, D, "We call on all EU member States that have not yet done so to ratify Convention No. 177")
RL(d, ["Uruguay", "Fiji"], RATIFIED, C190, "2020", "Uruguay and Fiji, the first two States to ratify Convention No. 190, both did so in 2020")
# The union's request implies that Uruguay has not ratified No. 177; the union itself is not named.
R(d, "Uruguay", NOTRATIFIED, C177, None, "Uruguay's homeworkers' union has asked its Government to ratify No. 177 as well", negated=True, required=False)
R(d, "Bangladesh", NOTRATIFIED, C177, None, "Bangladesh has not ratified No. 177", negated=True,
  alt=['Bangladeshi officials say they are "considering" it'])

# ===================== 03 (Child Soldiers Prevention Network, Commitments Scorecard 2025, 12 September 2025) =====================
d = "03.md"
D = "2025-09-12"
# Table cells: a year is the year of ratification (OPAC) or endorsement; "—" is "not ratified or endorsed" (legend).
ROWS = {
    "Sierra Leone": ("| 1 | Sierra Leone | 2002 | 2007 | 2017 | 2015 | 10 |", ["2002", "2007", "2017", "2015"]),
    "Colombia": ("| 2 | Colombia | 2005 | 2008 | 2019 | — | 8 |", ["2005", "2008", "2019", None]),
    "Malawi": ("| 3 | Malawi | 2010 | — | 2025 | 2015 | 8 |", ["2010", None, "2025-02", "2015"]),
    "Philippines": ("| 4 | Philippines | 2003 | 2010 | — | — | 6 |", ["2003", "2010", None, None]),
    "Myanmar": ("| 5 | Myanmar | 2019 | — | — | — | 4 |", ["2019", None, None, None]),
}
ALTS = {
    ("Colombia", "SSD"): ["It has not endorsed the Safe Schools Declaration"],
    ("Malawi", "PARISC"): ["Malawi has still not endorsed the Paris Commitments"],
    ("Malawi", "VANC"): ["climbed two places after endorsing the Vancouver Principles in February"],
    ("Myanmar", "OPAC"): ["ratified OPAC in 2019 but has endorsed none of the three political commitments"],
    ("Myanmar", "PARISC"): ["has endorsed none of the three political commitments"],
    ("Myanmar", "VANC"): ["has endorsed none of the three political commitments"],
    ("Myanmar", "SSD"): ["has endorsed none of the three political commitments"],
}
for state, (row, dates) in ROWS.items():
    for (key, inst, action), date in zip((("OPAC", OPAC, ACCEPTED), ("PARISC", PARISC, ENDORSED), ("VANC", VANC, ENDORSED), ("SSD", SSD, ENDORSED)), dates):
        neg = date is None
        R(d, state, action if not neg else (NOTRATIFIED if key == "OPAC" else ENDORSED), inst, date, row, negated=neg, alt=ALTS.get((state, key)))
# Canada is "no longer ranked" (no statuses stated). Colombia's "is under review" concerns the Safe Schools Declaration (same record).
R(d, "Thailand", ENDORSED, PARISC, "2007", "Thailand endorsed the Paris Commitments in 2007 and ratified OPAC in 2006")
R(d, "Thailand", ACCEPTED, OPAC, "2006", "Thailand endorsed the Paris Commitments in 2007 and ratified OPAC in 2006")
R(d, "Thailand", ENDORSED, VANC, None, "but has not endorsed the Vancouver Principles", negated=True,
  alt=['Thailand "is considering" doing so before the end of the year'])
R(d, "United States", ACCEPTED, OPAC, "2002", "The United States ratified OPAC in 2002")
QUS = "It has not endorsed the Paris Commitments, the Vancouver Principles or the Safe Schools Declaration"
for inst in (PARISC, VANC, SSD):
    R(d, "United States", ENDORSED, inst, None, QUS, negated=True)
# Correction: the 2024 claim (Chad / Vancouver Principles, 2023) is withdrawn; the corrected statement is recorded.
R(d, "Chad", ENDORSED, SSD, "2023", "Chad endorsed the Safe Schools Declaration in 2023")
R(d, "Chad", ENDORSED, VANC, None, "not the Vancouver Principles, which it has not endorsed", negated=True)
QREC = "We call on every State in the table that has not yet done so to endorse the Vancouver Principles and the Paris Commitments"
R(d, CSPN, "called-for", VANC, D, QREC)
R(d, CSPN, "called-for", PARISC, D, QREC)
# "We urge Myanmar to allow independent monitoring of its obligations under OPAC": not a call to join (nothing).

# ===================== 04 (open letter to the Prime Minister of Tonga, Nuku'alofa, 8 March 2025) =====================
d = "04.txt"
D = "2025-03-08"
R(d, GA, "adopted", CEDAW, "1979-12-18", "CEDAW was adopted by the United Nations General Assembly on 18 December 1979")
QALONE = "Tonga is one of a very small number of States that have not joined it, together with Iran, Somalia, Sudan and the Holy See"
# The Cabinet decision of March 2015 is domestic; the accession never happened.
R(d, "Tonga", NOTBOUND, CEDAW, None, QALONE, negated=True,
  alt=["Tonga did not deposit an instrument of accession", "It has not done so since",
       'your Government told the Human Rights Council that it "will continue to consult" on accession'])
RL(d, ["Iran", "Somalia", "Sudan", "Holy See"], NOTBOUND, CEDAW, None, QALONE, negated=True)
QSIG = "Two other States, the United States and Palau, signed the Convention but have never ratified it"
RL(d, ["United States", "Palau"], "signed", CEDAW, None, QSIG)
RL(d, ["United States", "Palau"], NOTRATIFIED, CEDAW, None, QSIG, negated=True)
# "every other independent Pacific Island country except Palau is a party": unnamed (Palau's record above).
QPAC = "Samoa acceded in 1992, Fiji and Vanuatu in 1995, Solomon Islands in 2002 and Nauru, the most recent, in 2011"
for state, date in (("Samoa", "1992"), ("Fiji", "1995"), ("Vanuatu", "1995"), ("Solomon Islands", "2002"), ("Nauru", "2011")):
    R(d, state, ACCEDED, CEDAW, date, QPAC)
R(d, "Australia", RATIFIED, CEDAW, "1983", "Australia and New Zealand ratified it in 1983 and 1985 respectively")
R(d, "New Zealand", RATIFIED, CEDAW, "1985", "Australia and New Zealand ratified it in 1983 and 1985 respectively")
# UPR recommendations by named States are their calls, dated by the review (2023).
RL(d, ["Fiji", "New Zealand", "Australia", "Samoa"], "called-for", CEDAW, "2023",
   "Eighteen States recommended that Tonga accede, among them Fiji, New Zealand, Australia and Samoa")
QTO = ("It acceded to the International Convention on the Elimination of All Forms of Racial Discrimination in 1972 and to the "
       "Convention on the Rights of the Child in 1995")
R(d, "Tonga", ACCEDED, ICERD, "1972", QTO)
R(d, "Tonga", ACCEDED, CRC, "1995", QTO)
R(d, "Tonga", "signed", CRPD, "2007", "It has signed but not ratified the Convention on the Rights of Persons with Disabilities",
  alt=["which Tonga signed in 2007"])
R(d, "Tonga", NOTRATIFIED, CRPD, None, "It has signed but not ratified the Convention on the Rights of Persons with Disabilities", negated=True)
QRPL = "In November 2023, in Rarotonga, Tonga and the other Forum Leaders endorsed the Revised Pacific Leaders Gender Equality Declaration"
R(d, "Tonga", ENDORSED, RPLGED, "2023-11", QRPL)
R(d, PIF, BODY_ENDORSED, RPLGED, "2023-11", QRPL, required=False)
# The Family Protection Act 2013 and the national gender policy are domestic.
R(d, TWRN, "called-for", CEDAW, D, "(a) to accede to CEDAW within the current term of the Legislative Assembly",
  alt=["write to ask your Government to take a step that has been delayed for ten years: the accession of the Kingdom of Tonga to the Convention"])
R(d, TWRN, "called-for", OPCEDAW, D, "(b) to accede at the same time to the Optional Protocol to CEDAW")
R(d, TWRN, "called-for", CRPD, D, "(c) to ratify the Convention on the Rights of Persons with Disabilities")
RL(d, ["Vanuatu", "Solomon Islands", "New Zealand"], JOINED, OPCEDAW, None, "as Vanuatu, Solomon Islands and New Zealand have done")
# The Secretary-General in New York is the depositary (nothing).

# ===================== 05 (Binding Treaty Alliance, joint statement to the OEIGWG, tenth session, 16 December 2024) =====================
d = "05.txt"
D = "2024-12-16"
V = "2014-06-26"
R(d, HRC, "adopted", RES269, V, "On 26 June 2014 the Human Rights Council adopted resolution 26/9")
RL(d, ["Ecuador", "South Africa"], COSPONSORED, RES269, None, "presented by Ecuador and South Africa")
RL(d, ["China", "India", "Russian Federation"], "supported", RES269, V, "Among those voting in favour were China, India and the Russian Federation")
RL(d, ["United States", "United Kingdom", "Germany", "France", "Japan", "Republic of Korea"], "supported", RES269, V,
   "The United States, the United Kingdom, Germany, France, Japan and the Republic of Korea were among the fourteen that voted against",
   negated=True)
RL(d, ["Brazil", "Mexico"], "supported", RES269, V, "Brazil and Mexico were among the thirteen that abstained", negated=True)
R(d, HRC, BODY_ENDORSED, UNGP, "2011-06-16",
  "the same Council endorsed the Guiding Principles on Business and Human Rights in resolution 17/4 of 16 June 2011")
QAG = "which reaffirmed the Group's support for a legally binding instrument and called for the negotiations to be concluded by 2026"
R(d, AFRICAN_GROUP, "called-for", LBI, D, QAG)
R(d, AFRICAN_GROUP, "supported", LBI, D, QAG, required=False)
# A call to engage with the draft article by article is close to a call about a process (optional).
RL(d, ["State of Palestine", "Colombia", "Pakistan"], "called-for", LBI, D,
   "the State of Palestine, Colombia and Pakistan called on all States to engage with the updated draft article by article", required=False)
# The EU's missing negotiating mandate and the US absence concern the process (nothing); France's duty of vigilance law is domestic.
R(d, BTA, "called-for", LBI, D, "we ask States to use this session to move to the conclusion of a legally binding instrument",
  alt=["We also call on the States that co-sponsored resolution 26/9, and on every State that voted for it, to sign and ratify the instrument as soon as it is opened for signature"])

# ===================== 06 (Ecocide Law Now, petition background page, last updated 3 March 2025) =====================
d = "06.html"
D = "2025-03-03"
RL(d, ["Vanuatu", "Fiji", "Samoa"], PROPOSED, ECOCIDE, "2024-09-09",
   "On 9 September 2024, Vanuatu, Fiji and Samoa submitted to the Secretary-General of the United Nations a formal proposal to amend the Rome Statute")
R(d, "Democratic Republic of the Congo", COSPONSORED, ECOCIDE, "2024-12",
  "In December 2024 the Democratic Republic of the Congo joined Vanuatu, Fiji and Samoa as a co-sponsor of the amendment")
R(d, "Belgium", "supported", ECOCIDE, "2024-12", "Belgium said that it supports the proposal")
RL(d, ["France", "Spain", "Chile"], "supported", ECOCIDE, None,
   'France, Spain and Chile said they were "open to discussing" it without committing themselves', negated=True)
QRS = "Fiji ratified it in 1999, Samoa in 2002, Vanuatu acceded in 2011 and the Democratic Republic of the Congo ratified it in 2002"
R(d, "Fiji", RATIFIED, ROME, "1999", QRS)
R(d, "Samoa", RATIFIED, ROME, "2002", QRS)
R(d, "Vanuatu", ACCEDED, ROME, "2011", QRS)
R(d, "Democratic Republic of the Congo", RATIFIED, ROME, "2002", QRS)
# Belgium's Criminal Code and France's Climate and Resilience Law are national laws; Scotland is not a State.
R(d, "United Kingdom", RATIFIED, ROME, "2001-10-04", "The United Kingdom ratified the Rome Statute on 4 October 2001")
R(d, "United Kingdom", "supported", ECOCIDE, None, "On ecocide, however, it has not supported the amendment", negated=True,
  alt=['the Government has "no plans" to support the proposal at this stage'])
R(d, ELN, "called-for", ECOCIDE, D,
  "We call on the UK Government to co-sponsor the ecocide amendment before the next session of the Assembly of States Parties",
  alt=["We also call on every other State party to the Rome Statute to back the proposal of Vanuatu, Fiji and Samoa",
       "Our petition asks the Government of the United Kingdom to publicly support the proposal"])

# ===================== 07 (Youth Charter Now!, newsletter issue 31, Addis Ababa, Thursday 20 February 2025) =====================
d = "07.txt"
D = "2025-02-20"
SUN = "2025-02-16"   # "on Sunday" before Thursday 20 February 2025
RL(d, ["Eritrea", "Somalia", "South Sudan"], "signed", AYC, SUN,
   "three Member States signed the African Youth Charter on Sunday: Eritrea, Somalia and South Sudan")
# The AU Commission Chairperson is the depositary.
R(d, "Morocco", ACCEDED, AYC, SUN,
  "Morocco, which rejoined the African Union in 2017, deposited its instrument of accession to the Charter with the Chairperson of the AU Commission on the same day")
R(d, "Tunisia", RATIFIED, AYC, "2025-01", "Tunisia ratified the Charter in January")
R(d, AU_ASSEMBLY, "adopted", AYC, "2006-07-02",
  "The African Youth Charter was adopted by the Assembly of Heads of State and Government in Banjul on 2 July 2006")
QSNR = ("The following States have signed the Charter but have yet to ratify it:\n- Burundi\n- Central African Republic\n"
        "- Democratic Republic of the Congo\n- Djibouti\n- Liberia")
for s in ("Burundi", "Central African Republic", "Democratic Republic of the Congo", "Djibouti", "Liberia"):
    R(d, s, "signed", AYC, None, QSNR)
    R(d, s, NOTRATIFIED, AYC, None, QSNR, negated=True)
RL(d, ["Eritrea", "Somalia", "South Sudan"], NOTRATIFIED, AYC, None,
   "and now, of course, Eritrea, Somalia and South Sudan, whose signatures this week must be followed by ratification", negated=True)
RL(d, ["Botswana", "Eswatini"], "signed", AYC, None, "Neither Botswana nor Eswatini has signed the Charter", negated=True,
   alt=['Both Governments have told our national chapters that they "are reviewing" it'])
# Correction: the reported Malagasy ratification is withdrawn; the Senate's authorisation is domestic.
R(d, "Madagascar", NOTRATIFIED, AYC, None, "the instrument of ratification has not been deposited with the AU Commission", negated=True)
R(d, AU_ASSEMBLY, "called-for", AYC, SUN,
  'The Assembly\'s decision on youth, adopted on Sunday, "calls upon all Member States that have not yet done so to sign and ratify the African Youth Charter"')
R(d, AU_ASSEMBLY, BODY_ENDORSED, AYDS, SUN, "The decision also endorsed the African Youth Development Strategy 2025-2035 prepared by the Commission")
# "We welcome that call": nothing for the campaign.
R(d, YCN, "called-for", AYC, D, "We call on Botswana and Eswatini to sign the Charter before the end of 2025",
  alt=["We call on every signatory that has not ratified, and especially the Democratic Republic of the Congo, to deposit its instrument of ratification before the next Summit"])
R(d, "Nigeria", RATIFIED, AYC, "2009", "Nigeria, which ratified the Charter in 2009")
R(d, "Kenya", RATIFIED, AYC, "2008", "Kenya ratified the Charter in 2008")

# ===================== 08 (Lanka Migrant Rights Platform, alternative report to the CMW, executive summary, Colombo, February 2025) =====================
d = "08.txt"
D = "2025-02"
R(d, "Sri Lanka", RATIFIED, ICRMW, "1996",
  "Sri Lanka ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families in 1996")
QSLN = "Sri Lanka has not ratified ILO Conventions Nos. 97, 143 and 189"
R(d, "Sri Lanka", NOTRATIFIED, C097, None, QSLN, negated=True)
R(d, "Sri Lanka", NOTRATIFIED, C143, None, QSLN, negated=True)
R(d, "Sri Lanka", NOTRATIFIED, C189, None, QSLN, negated=True,
  alt=['the Government states that it "is studying" ratification of the Domestic Workers Convention, 2011 (No. 189)'])
RL(d, ["Philippines", "Indonesia"], "called-for", C189, "2023-02",
   "the recommendations made by the Philippines and Indonesia during Sri Lanka's fourth Universal Periodic Review in February 2023 that it ratify Convention No. 189")
R(d, "Philippines", RATIFIED, C189, "2012", "The Philippines ratified that Convention in 2012")
# Correction: the earlier claim of an Indonesian ratification in 2019 is withdrawn.
R(d, "Indonesia", NOTRATIFIED, C189, None, "Indonesia has not ratified it", negated=True, alt=["Only the Philippines has ratified it"])
RL(d, ["Sri Lanka", "Saudi Arabia"], "signed", SAAGR, "2014-01", "the Agreement on Domestic Worker Recruitment signed with Saudi Arabia in January 2014")
RL(d, ["Sri Lanka", "Japan"], MOU_SIGNED, JPMOC, "2019-03",
   "the Memorandum of Cooperation on the Specified Skilled Worker system signed with Japan in March 2019")
RL(d, ["Sri Lanka", "Israel"], MOU_SIGNED, ILMOU, "2020", "the memorandum of understanding on agricultural workers signed with Israel in 2020")
# The Qatar agreement: "renewed in 2023", but whether it has been signed is not known (hedged, optional).
RL(d, ["Sri Lanka", "Qatar"], "signed", QAAGR, None, "the Ministry would not tell us whether it has been signed or is still in draft",
   negated=True, required=False)
RL(d, ["Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"], NOTRATIFIED, ICRMW, None,
   "The six members of the Gulf Cooperation Council (Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates) have not ratified it",
   negated=True)
# The 2022 Amendment Act and the 2023 policy are domestic; the articles 76/77 declarations are not treaty actions.
QREC8 = "(a) to ratify ILO Conventions Nos. 97, 143 and 189 without further delay"
for inst in (C097, C143, C189):
    R(d, LMRP, "called-for", inst, D, QREC8)
R(d, LMRP, "called-for", C190, D, "We further call on the Government of Sri Lanka to ratify the Violence and Harassment Convention, 2019 (No. 190)")
R(d, "Sri Lanka", NOTRATIFIED, C190, None, "which it has not yet ratified", negated=True)
R(d, LMRP, "called-for", ICRMW, D,
  "(d) to use its diplomatic relations with countries of destination to encourage them to ratify the Convention and Convention No. 189", required=False)

# ===================== 09 (Parliamentary Network for International Justice, briefing note No. 7/2025, September 2025) =====================
d = "09.txt"
D = "2025-09"
R(d, ILCOMM, "adopted", DRAFTART, "2019",
  "The International Law Commission adopted its Draft Articles on Prevention and Punishment of Crimes against Humanity on second reading in 2019")
R(d, ILCOMM, "called-for", CAHCONV, "2019", "recommended that States elaborate a convention on their basis", required=False)
R(d, GA, "adopted", RES79122, "2024-12-04", "On 4 December 2024 the General Assembly adopted resolution 79/122 without a vote")
# The Assembly's decision to negotiate a convention is the content of resolution 79/122 (optional call for the convention).
R(d, GA, "called-for", CAHCONV, "2024-12", "In December 2024 the UN General Assembly decided to negotiate one", required=False)
RL(d, ["Mexico", "Gambia"], COSPONSORED, RES79122, None,
   "The resolution was tabled in the Sixth Committee by Mexico and The Gambia on behalf of a cross-regional core group")
# "co-sponsored by more than 90 States" is unnamed; joining a consensus "without prejudice" is optional support; Iran's dissociation gives nothing.
RL(d, ["Russian Federation", "India"], "supported", RES79122, "2024-12-04",
   'the Russian Federation and India said that they had joined the consensus "without prejudice" to their positions on the final text', required=False)
RL(d, ["Costa Rica", "Sierra Leone", "Liechtenstein", "Brazil", "Ghana"], "called-for", CAHCONV, None,
   "Before resolution 79/122, a group of States had called repeatedly for negotiations to begin. Among the most consistent were Costa Rica, Sierra Leone, Liechtenstein, Brazil and Ghana")
R(d, "European Union", "called-for", CAHCONV, "2022", "The European Union has also called for the negotiation of a convention since 2022")
R(d, PNIJ, "endorsed", DRAFTART, "2020", "Our Network endorsed the Draft Articles in 2020")
R(d, PNIJ, "called-for", CAHCONV, D,
  "The Network calls on all governments to participate actively in the preparatory committee and to sign and ratify the future convention as soon as it is opened for signature",
  alt=["has called for a convention in every Sixth Committee session since"])
# "became a party on 1 January 2025" is the same event as the ratification (no separate record).
R(d, "Ukraine", RATIFIED, ROME, "2024", "Ukraine ratified it in 2024")
R(d, "Armenia", RATIFIED, ROME, "2023", "Armenia ratified it in 2023")
RL(d, ["Germany", "Italy"], NOTBOUND, STATLIM, None, "Neither Germany nor Italy is a party to it", negated=True)
# "signed by 34 States" is unnamed; leading the initiative is not a treaty action.
RL(d, ["Netherlands", "Slovenia"], "signed", LTH, "2024-02",
   "The Netherlands and Slovenia, which led the initiative with Argentina, Belgium, Mongolia and Senegal, signed on that day")
R(d, "Slovenia", RATIFIED, LTH, "2025", "Slovenia ratified the Convention in 2025")
R(d, PNIJ, "called-for", LTH, D, "We also urge all States that have not done so to join the Ljubljana-The Hague Convention")

# ===================== 10 (Fossil Fuel Treaty Tracker, country profiles web page, updated 21 November 2025) =====================
d = "10.html"
R(d, "Vanuatu", FFCALL, FFNPT, "2022-09",
  "Vanuatu was the first nation State to call for a Fossil Fuel Non-Proliferation Treaty, in its Prime Minister's address to the UN General Assembly in September 2022",
  alt=["Endorsed the call, September 2022"])
R(d, "Vanuatu", ACCEPTED, PARISAGR, "2016-09-21", "Ratified 21 September 2016")
RL(d, ["Vanuatu", "Tuvalu", "Fiji", "Solomon Islands", "Tonga", "Niue"], BODY_ENDORSED, PORTVILA, "2023-03",
   "Tuvalu, Fiji, Solomon Islands, Tonga and Niue joined Vanuatu in adopting the Port Vila Call in March 2023")
R(d, "Tuvalu", FFCALL, FFNPT, "2022-11", "Tuvalu's Prime Minister announced the endorsement at COP27 in Sharm el-Sheikh",
  alt=["Endorsed the call, November 2022"])
R(d, "Tuvalu", ACCEPTED, PARISAGR, "2016-04-22", "Ratified 22 April 2016")
R(d, "Colombia", FFCALL, FFNPT, "2023-12",
  "Colombia became the first major fossil-fuel-producing country to back the treaty when its environment minister announced its endorsement at COP28 in Dubai",
  alt=["Endorsed the call, December 2023"])
R(d, "Colombia", ACCEPTED, PARISAGR, "2018-07-12", "Ratified 12 July 2018")
# Hosting a conference in 2026 is a plan about a meeting (nothing).
R(d, "Timor-Leste", FFCALL, FFNPT, "2023", "Timor-Leste endorsed the call although oil and gas revenues still finance most of its budget",
  alt=["Endorsed the call, 2023"])
R(d, "Timor-Leste", ACCEPTED, PARISAGR, "2017", "Ratified 2017")
R(d, "Norway", FFCALL, FFNPT, None, "Norway has not endorsed the call for a Fossil Fuel Non-Proliferation Treaty", negated=True,
  alt=['the Government "has no plans" to do so'])
R(d, "Norway", ACCEPTED, PARISAGR, "2016-06-20", "Ratified 20 June 2016")
R(d, "Australia", FFCALL, FFNPT, None, "Australia, which is bidding with Pacific partners to host a future COP, has not endorsed the treaty call",
  negated=True, alt=['Australia was "considering its position" on the initiative', 'Not endorsed; "considering" (2025)'])
R(d, "Australia", ACCEPTED, PARISAGR, "2016-11-09", "Ratified 9 November 2016")
# Cities (Sydney, Melbourne) are not States; "no country has signed or ratified it" is unnamed; the UN Secretary-General is the depositary.
R(d, EP, "called-for", FFNPT, "2022-10",
  "the European Parliament called for the development of a Fossil Fuel Non-Proliferation Treaty in its resolution of October 2022 on COP27")
R(d, WHO, "called-for", FFNPT, "2022-09", "the World Health Organization has called for the treaty since September 2022")
R(d, FFTT, "called-for", FFNPT, None, "The Fossil Fuel Treaty Tracker itself has called for a negotiating mandate to be agreed at COP31")

# ===================== 11 (Global Coalition for Peasants' Rights, press release, Geneva / New York, 18 December 2018) =====================
d = "11.txt"
D = "2018-12-18"
V = "2018-12-17"     # "yesterday"
QWEL = ("The Global Coalition for Peasants' Rights welcomes the adoption yesterday by the United Nations General Assembly of the United "
        "Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas (UNDROP)")
R(d, GA, "adopted", UNDROP, V,
  "The Declaration was adopted in plenary as resolution 73/165 by a recorded vote of 121 in favour to 8 against, with 54 abstentions",
  alt=[QWEL])
# Welcoming the General Assembly's adoption is close to welcoming the instrument itself (optional).
R(d, GCPR, "welcomed", UNDROP, D, QWEL, required=False)
R(d, "Bolivia", COSPONSORED, UNDROP, None, "Bolivia, which presented the resolution", alt=["We thank Bolivia, which led this process"])
QFOR = "Bolivia, which presented the resolution, voted in favour together with Cuba, South Africa, Switzerland and Portugal"
RL(d, ["Bolivia", "Cuba", "South Africa", "Portugal"], "supported", UNDROP, V, QFOR)
R(d, "Switzerland", "supported", UNDROP, V, QFOR, alt=["Switzerland in fact voted in favour"])
R(d, "Luxembourg", "supported", UNDROP, V, "Luxembourg and Portugal were the only European Union member States to vote in favour")
QAG11 = ("The eight States that voted against were Australia, Guatemala, Hungary, Israel, New Zealand, Sweden, the United Kingdom "
         "and the United States")
RL(d, ["Australia", "Hungary", "Israel", "New Zealand", "Sweden", "United Kingdom", "United States"], "supported", UNDROP, V, QAG11, negated=True)
# Correction: the early reports of a Guatemalan abstention and a Swiss abstention are withdrawn.
R(d, "Guatemala", "supported", UNDROP, V, QAG11, negated=True, alt=["The official record shows that Guatemala voted against"])
RL(d, ["Germany", "Japan", "Brazil"], "supported", UNDROP, V, "Among the 54 abstentions were Germany, Japan and Brazil", negated=True)
QARG = "Argentina, which had voted in favour in the Third Committee on 19 November, also abstained yesterday"
R(d, "Argentina", "supported", UNDROP, V, QARG, negated=True)
R(d, "Argentina", "supported", UNDROP, "2018-11-19", QARG)
R(d, HRC, "adopted", RES3912, "2018-09-28",
  "adopted the text on 28 September 2018 in its resolution 39/12, by 33 votes to 3, with 11 abstentions")
RL(d, ["Australia", "Hungary", "United Kingdom"], "supported", RES3912, "2018-09-28",
   "Australia, Hungary and the United Kingdom voted against in the Council", negated=True)
# The Third Committee's approval of the draft (dated by "the Third Committee on 19 November"), optional.
R(d, ["UN General Assembly Third Committee", "Third Committee", "Third Committee of the General Assembly"], "adopted", UNDROP, "2018-11-19",
  "In the Third Committee the draft had been approved by 119 votes to 7, with 49 abstentions", required=False)
R(d, "Guatemala", RATIFIED, C169, "1996", "Guatemala, which voted against yesterday, ratified Convention No. 169 in 1996")
# A call to implement a declaration, and calls on the Council and on FAO and IFAD about monitoring and programmes (optional / nothing).
R(d, GCPR, "called-for", UNDROP, D,
  "The Coalition calls on all States, including those that voted against or abstained, to implement the Declaration through national laws and policies",
  required=False)

# ===================== 12 (Ageing with Rights International, action alert, Monday 31 March 2025) =====================
d = "12.txt"
D = "2025-03-31"
RL(d, ["Argentina", "Brazil", "Chile", "Slovenia", "Qatar"], COSPONSORED, DRAFT58, "2025-03",
   "The draft resolution (A/HRC/58/L.33) was tabled last week by Argentina, Brazil, Chile, Slovenia and Qatar on behalf of a cross-regional core group")
RL(d, ["Kenya", "Costa Rica"], COSPONSORED, DRAFT58, None, "By Friday evening 61 States had co-sponsored it, including Kenya and Costa Rica")
R(d, "European Union", COSPONSORED, DRAFT58, None,
  'The European Union has said it "will not stand in the way of consensus", but its member States have not yet co-sponsored the draft as a group',
  negated=True)
RL(d, ["Germany", "Netherlands"], COSPONSORED, DRAFT58, None,
   'Germany and the Netherlands told our members that they are "still considering" co-sponsorship', negated=True)
# The Russian Federation's request for a vote, and the United Kingdom, Japan and China not saying how they will vote: nothing.
R(d, GA, "adopted", UNPOP, "1991-12-16",
  "The General Assembly adopted the United Nations Principles for Older Persons in resolution 46/91 on 16 December 1991")
R(d, WAA, "adopted", MIPAA, "2002-04",
  "the Second World Assembly on Ageing adopted the Madrid International Plan of Action on Ageing in April 2002")
R(d, OAS_GA, "adopted", IACOP, "2015-06", "adopted by the OAS General Assembly in June 2015")
RL(d, ["Uruguay", "Costa Rica"], RATIFIED, IACOP, "2016", "Uruguay and Costa Rica were the first to ratify it, in 2016")
R(d, "Mexico", RATIFIED, IACOP, "2023", "Mexico was the most recent, in 2023")
RL(d, ["United States", "Canada"], "signed", IACOP, None, "The United States and Canada have not signed it", negated=True)
# The African Protocol's entry into force in 2024 is not an act.
RL(d, ["Kenya", "Lesotho"], RATIFIED, AUOP, None, "Kenya and Lesotho are among the States that have ratified it")
R(d, "Nigeria", "signed", AUOP, "2017", "Nigeria signed it in 2017 but has not ratified it")
R(d, "Nigeria", NOTRATIFIED, AUOP, None, "Nigeria signed it in 2017 but has not ratified it", negated=True)
R(d, AWRI, "called-for", DRAFT58, D,
  "Ageing with Rights International calls on all members of the Human Rights Council to adopt the resolution, by consensus if possible, and on every State, Council member or not, to co-sponsor it before Thursday",
  alt=["Use our template letter, which asks your country to co-sponsor the draft resolution and to vote for it if a vote is called"])
QAW2 = "We also call on all States that have not yet done so to ratify the Inter-American Convention or the African Protocol, as applicable"
R(d, AWRI, "called-for", IACOP, D, QAW2)
R(d, AWRI, "called-for", AUOP, D, QAW2)

# ===================== 13 (Indigenous Rights Treaty Watch, FAQ, last reviewed 9 August 2025) =====================
d = "13.md"
D = "2025-08-09"
R(d, ILC_CONF, "adopted", C169, "1989-06-27", "It was adopted by the International Labour Conference on 27 June 1989")
R(d, "Norway", RATIFIED, C169, "1990-06", "Norway was the first country in the world to ratify, in June 1990",
  alt=["Only six European States have, Norway and Germany among them"])
R(d, "Mexico", RATIFIED, C169, "1990", "Mexico followed later that year")
R(d, "Germany", RATIFIED, C169, "2021-06", "The most recent ratification is Germany's, registered in June 2021",
  alt=["Only six European States have, Norway and Germany among them"])
R(d, "Sweden", NOTRATIFIED, C169, None, "Sweden has not ratified", negated=True,
  alt=['successive governments have said they are "examining" the question since the 1990s'])
R(d, "Nepal", RATIFIED, C169, "2007", "Nepal is the only State in Asia that has ratified Convention No. 169")
RL(d, ["India", "Bangladesh", "Pakistan"], NOTRATIFIED, C169, None, "India, Bangladesh and Pakistan have not ratified it", negated=True)
RL(d, ["India", "Bangladesh", "Pakistan"], PARTY, C107, None,
   "they remain bound by the older Indigenous and Tribal Populations Convention, 1957 (No. 107)")
# The Indigenous Peoples' Rights Act of 1997 is a national law.
R(d, "Philippines", NOTRATIFIED, C169, None, "The Philippines has not ratified No. 169 either", negated=True)
R(d, "Central African Republic", RATIFIED, C169, "2010", "The Central African Republic, which ratified in 2010, is the only African State party")
R(d, "Fiji", RATIFIED, C169, "1998", "In the Pacific, Fiji ratified in 1998")
RL(d, ["Australia", "New Zealand"], NOTRATIFIED, C169, None, "Australia and New Zealand have not ratified it", negated=True)
R(d, GA, "adopted", UNDRIP, "2007-09-13",
  "The UN Declaration on the Rights of Indigenous Peoples (UNDRIP) was adopted by the General Assembly on 13 September 2007 by 144 votes to 4")
RL(d, ["Australia", "Canada", "New Zealand", "United States"], "supported", UNDRIP, "2007-09-13",
   "Australia, Canada, New Zealand and the United States voted against", negated=True)
QEND = "All four have since endorsed it: Australia in 2009, New Zealand and Canada in 2010, and the United States in December 2010"
for s, date in (("Australia", "2009"), ("New Zealand", "2010"), ("Canada", "2010"), ("United States", "2010-12")):
    R(d, s, "endorsed", UNDRIP, date, QEND)
R(d, "Chile", RATIFIED, C169, "2008", "ratified in 2008, so it is already a party")
R(d, "Japan", NOTRATIFIED, C169, None, 'the Government has said it has "no plans" to ratify', negated=True)
# Australia's parliamentary committee recommendation is domestic.
R(d, IRTW, "called-for", C169, D,
  "Indigenous Rights Treaty Watch calls on every State that has endorsed UNDRIP but not ratified the Convention to ratify it before its fortieth anniversary in 2029")

# ===================== 14 (Asian Coalition against Enforced Disappearances, joint statement, 26 May 2025) =====================
d = "14.txt"
D = "2025-05-26"
R(d, GA, "adopted", ICPPED, "2006-12-20", "The Convention was adopted by the UN General Assembly on 20 December 2006")
R(d, ACAED, "called-for", ICPPED, D,
  "renews its call on every government in the region to join the International Convention for the Protection of All Persons from Enforced Disappearance",
  alt=["India, Lao PDR and Thailand to ratify the Convention without further delay", "Pakistan, Nepal and the Philippines to accede to it"])
R(d, "Bangladesh", ACCEDED, ICPPED, "2024-08-29", "Bangladesh acceded to the Convention on 29 August 2024")
QJOIN = "Bangladesh now joins Japan, Cambodia, Mongolia, Sri Lanka and Kazakhstan among the Asian States parties"
RL(d, ["Japan", "Cambodia", "Mongolia", "Kazakhstan"], PARTY, ICPPED, None, QJOIN)
R(d, "Sri Lanka", RATIFIED, ICPPED, "2016-05", "Sri Lanka ratified the Convention in May 2016", alt=[QJOIN])
# The Office on Missing Persons is a national institution (nothing).
QSNR14 = ("Three Asian States signed the Convention years ago and have still not ratified it:\n- India, which signed in February 2007;\n"
          "- Lao PDR, which signed in September 2008;\n- Thailand, which signed in January 2012")
R(d, "India", "signed", ICPPED, "2007-02", "India, which signed in February 2007")
R(d, "Lao PDR", "signed", ICPPED, "2008-09", "Lao PDR, which signed in September 2008")
R(d, "Thailand", "signed", ICPPED, "2012-01", "Thailand, which signed in January 2012")
RL(d, ["India", "Lao PDR"], NOTRATIFIED, ICPPED, None, QSNR14, negated=True)
# Thailand's 2023 Act is a national law; "we welcome it" gives nothing.
R(d, "Thailand", NOTRATIFIED, ICPPED, None, QSNR14, negated=True,
  alt=["Thailand has not deposited an instrument of ratification", 'ratification "is expected" after a further review'])
RL(d, ["Pakistan", "Nepal"], "signed", ICPPED, None, "Neither Pakistan nor Nepal has signed the Convention", negated=True)
R(d, "Philippines", "signed", ICPPED, None,
  "The Philippines, which adopted its Anti-Enforced or Involuntary Disappearance Act in 2012 - the first such law in Asia - has also not signed",
  negated=True)
R(d, "Philippines", JOINED, ICPPED, None, 'the Philippines "noted" the recommendations to accede', negated=True)
R(d, "Iraq", ACCEDED, ICPPED, "2010", "Iraq, which acceded to the Convention in 2010")
# Accepting the Committee's competence under articles 31 and 32 is not a treaty action.

# ===================== 15 (Survivors First Global Network, Annual Report 2024, chapter 3, published April 2025) =====================
d = "15.txt"
# Launching a declaration "with 113 endorsing States" implies the launcher's endorsement (optional).
R(d, "United Kingdom", ENDORSED, DOCSV, "2013-09", "The Declaration of Commitment, which the United Kingdom launched with 113 endorsing States",
  required=False)
R(d, "Mongolia", ENDORSED, DOCSV, "2024-03", "Mongolia endorsed the Declaration in March and Ecuador in October")
R(d, "Ecuador", ENDORSED, DOCSV, "2024-10", "Mongolia endorsed the Declaration in March and Ecuador in October")
RL(d, ["Myanmar", "Ethiopia"], ENDORSED, DOCSV, None,
   "Several States that suffer from conflict-related sexual violence on their territory have still not endorsed the Declaration. Myanmar and Ethiopia are among them",
   negated=True)
RL(d, ["Colombia", "Iraq", "Sierra Leone", "Ukraine"], ENDORSED, PD22, "2022-11",
   "Fifty-three States endorsed the Political Declaration on Conflict-Related Sexual Violence in London in November 2022, among them Colombia, Iraq, Sierra Leone and Ukraine")
RL(d, ["Russian Federation", "China"], ENDORSED, PD22, None, "The Russian Federation and China have not endorsed it", negated=True,
   alt=["We will also press the Russian Federation and China to endorse the 2022 Political Declaration"])
R(d, SFGN, "called-for", PD22, "2024", "In 2024 we asked the remaining members of the Security Council to do so")
# The London conference adopted the 2022 Political Declaration (a meeting adopting a text, optional).
R(d, ["London conference", "International Conference on Preventing Sexual Violence in Conflict"], "adopted", PD22, "2022-11",
  "the Political Declaration on Conflict-Related Sexual Violence adopted at the London conference of November 2022", required=False)
QUNSC = "the Security Council adopted resolution 1820 in June 2008 and resolution 2106 in June 2013"
R(d, UNSC, "adopted", R1820, "2008-06", QUNSC)
R(d, UNSC, "adopted", R2106, "2013-06", QUNSC)
R(d, SFGN, "endorsed", MURAD, "2024-03", "Our Network formally endorsed the Murad Code in March 2024")
# The Special Jurisdiction for Peace's practice is a national body's, "not an act of the Colombian State" (nothing).
R(d, "Iraq", COMMITTED, MURAD, "2024-09",
  "In September 2024 the Government of Iraq pledged to apply the Murad Code in the documentation of crimes against Yazidi women")
# Contributions to the Global Survivors Fund (France, Republic of Korea) support a fund, not an instrument.
R(d, SFGN, "called-for", DOCSV, "2024-06-19",
  "called on all States that have not yet done so to endorse the Declaration of Commitment, in a joint letter with 74 organisations on 19 June")
R(d, SFGN, "called-for", MURAD, "2024", "called on the United States, which endorsed the Declaration of Commitment in 2013, to endorse the Murad Code as well")
R(d, "United States", ENDORSED, DOCSV, "2013", "the United States, which endorsed the Declaration of Commitment in 2013")

# ===================== 16 (Right to Learn Campaign, blog post, 14 December 2025) =====================
d = "16.txt"
D = "2025-12-14"
R(d, UNESCO_GC, "adopted", CADE, "1960-12-14",
  "on 14 December 1960, the General Conference of UNESCO adopted the Convention against Discrimination in Education")
R(d, "France", RATIFIED, CADE, "1961", "France and the United Kingdom were among the first, ratifying in 1961 and 1962")
R(d, "United Kingdom", RATIFIED, CADE, "1962", "France and the United Kingdom were among the first, ratifying in 1961 and 1962")
QNOR = "Norway followed in 1963, New Zealand in the same year, and Brazil in 1968"
for s, date in (("Norway", "1963"), ("New Zealand", "1963"), ("Brazil", "1968")):
    R(d, s, RATIFIED, CADE, date, QNOR)
# The Director-General of UNESCO is the depositary; the National Assembly's approval in 2023 is domestic.
R(d, "Kenya", ACCEPTED, CADE, "2025-05-22", "Kenya deposited its instrument of acceptance with the Director-General of UNESCO on 22 May 2025")
QNOT = "Canada, India, Japan and the United States have not ratified CADE"
RL(d, ["Canada", "United States"], NOTRATIFIED, CADE, None, QNOT, negated=True)
R(d, "India", NOTRATIFIED, CADE, None, QNOT, negated=True, alt=["India is not a party to CADE"])
R(d, "Japan", NOTRATIFIED, CADE, None, QNOT, negated=True, alt=['the Government "has no plans at present" to accept the Convention'])
# Japan's Basic Act on Education and India's 2009 Act are national laws.
RL(d, ["Norway", "France"], PARTY, CADEP, None, "It has only 35 parties. Norway and France are among them")
R(d, "Kenya", ACCEPTED, CADEP, None, "Kenya did not accept the Protocol when it accepted the Convention", negated=True)
# "a group of experts adopted the Abidjan Principles": unnamed.
R(d, HRC, "welcomed", ABIDJAN, "2019-07", "The UN Human Rights Council welcomed the Abidjan Principles in resolution 41/16 in July 2019")
R(d, ACHPR, "endorsed", ABIDJAN, "2019", "the African Commission on Human and Peoples' Rights endorsed them in a resolution later that year")
R(d, RTL, "called-for", CADE, D, "We call on Canada, India, Japan and the United States to ratify or accept CADE before 2030")

gold.finish(MIN_CHARS, MAX_CHARS)
