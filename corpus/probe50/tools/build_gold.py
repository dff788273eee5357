#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe49/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Two documents are Markdown (04.md, 08.md) and one is a saved web page (15.html); as in
probe49, gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans mark-up or an HTML entity (a Markdown table row is quoted with its inner pipes, which are text). Alternative actor
names missing from gold.py's ALT_NAMES are added locally below.

Theme: analysis and commentary on treaty status - a law blog, an op-ed, a think-tank brief, an explainer, a newsletter's
treaty watch, a podcast transcript, a book review, a fact sheet with a table, an academic abstract and introduction, an
expert Q&A, an NGO policy brief, a long read, a fact-check, a history newsletter and a think-tank commentary on a vote.
Counterfactuals ("Had the United States ratified ..."), conditionals ("If Spain were to ratify ..."), rhetorical questions
("Why, then, has Dublin not ratified?"), stated plans and hopes, refuted claims and lists of non-parties give negated records
with the action a naive reading would wrongly claim. Authors, interviewees, bloggers and podcast guests speaking in the first
person are not actors. A research institute's or NGO's own recommendation that named States ratify is kept as an optional
(`required: false`) called-for record of that organisation. Parliaments' votes, motions, consent and approval, cabinet
approvals, referendums and domestic acts are domestic steps and give no record. Entry into force, "effective" dates,
anniversaries and the dates of advisory opinions are never action dates."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3500, 8000
NOTSIGNED = ["signed"]                                   # "never signed", "did not sign", "has not signed"
MOU_SIGNED = ["signed", "endorsed"]                      # signing a non-binding memorandum of understanding
DECL_ADOPTED = ["endorsed", "adopted", "signed", "committed"]   # States issuing or adhering to a joint declaration or communiqué
NOTACCEDED = ["acceded", "party", "ratified"]            # "has not acceded", "has never applied", "withdrew its application"

# ---- instruments: (name as the text names it, aliases) ----
# 01
AMITY = ("Treaty of Amity, Economic Relations, and Consular Rights", ["1955 Treaty of Amity", "Treaty of Amity", "US-Iran Treaty of Amity",
         "Treaty of Amity, Economic Relations and Consular Rights between the United States of America and Iran"])
ALGIERS = ("Algiers Declarations", ["Algiers Accords", "Algiers Declarations of 19 January 1981", "General Declaration"])
VCCROP = ("Optional Protocol to the Vienna Convention on Consular Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol to the Vienna Convention on Consular Relations", "consular Protocol", "VCCR Optional Protocol"])
VCDROP = ("Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol to the Vienna Convention on Diplomatic Relations", "VCDR Optional Protocol"])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "Vienna Convention"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC", "ASEAN Treaty of Amity and Cooperation"])
# 02
ADULTS = ("Hague Convention of 13 January 2000 on the International Protection of Adults",
          ["Convention on the International Protection of Adults", "Hague adults convention", "2000 Convention", "HCCH Adults Convention",
           "Hague Convention on the International Protection of Adults"])
CRPD = ("UN Convention on the Rights of Persons with Disabilities", ["Convention on the Rights of Persons with Disabilities", "CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["CRPD's Optional Protocol", "OP-CRPD"])
# 03
SAARCAP = ("Additional Protocol to the SAARC Regional Convention on Suppression of Terrorism",
           ["Additional Protocol", "SAARC Additional Protocol on Suppression of Terrorism"])
SAARCMA = ("SAARC Convention on Mutual Assistance in Criminal Matters", ["Convention on Mutual Assistance in Criminal Matters", "2008 Convention"])
SAFTA = ("Agreement on the South Asian Free Trade Area", ["SAFTA", "Agreement on SAFTA", "South Asian Free Trade Area Agreement"])
SATIS = ("SAARC Agreement on Trade in Services", ["Agreement on Trade in Services", "SATIS"])
TIP = ("UN Trafficking Protocol", ["Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
       "Palermo Trafficking Protocol", "Trafficking in Persons Protocol"])
BBIN = ("Motor Vehicles Agreement for the Regulation of Passenger, Personal and Cargo Vehicular Traffic",
        ["BBIN Motor Vehicles Agreement", "BBIN MVA", "Motor Vehicles Agreement"])
# 04
IWT = ("Indus Waters Treaty", ["Indus Waters Treaty 1960", "Indus Treaty"])
SIMLA = ("Simla Agreement", ["Simla Agreement 1972", "Shimla Agreement"])
UNWC = ("Convention on the Law of the Non-navigational Uses of International Watercourses",
        ["UN Watercourses Convention", "1997 Convention on the Law of the Non-navigational Uses of International Watercourses", "Watercourses Convention"])
# 05
ELC = ("European Landscape Convention", ["Florence Convention", "Landscape Convention", "Council of Europe Landscape Convention"])
ELCP = ("2016 Protocol amending the European Landscape Convention", ["Protocol amending the European Landscape Convention", "amending Protocol"])
ALPP = ("implementing Protocols of the Alpine Convention", ["Protocols of the Alpine Convention", "Alpine Protocols", "Protocols"])
ALPC = ("Alpine Convention", ["framework Convention", "Convention on the Protection of the Alps"])
ALPT = ("Transport Protocol", ["Transport Protocol of the Alpine Convention", "Alpine Convention Transport Protocol"])
MEKONG = ("Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", ["1995 Mekong Agreement", "Mekong Agreement"])
DANUBE = ("Danube River Protection Convention", ["Convention on Cooperation for the Protection and Sustainable Use of the Danube River", "Danube Convention"])
# 06
PTBT = ("Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water",
        ["Limited Test Ban Treaty", "Partial Test Ban Treaty", "LTBT", "PTBT", "1963 treaty", "Moscow Treaty"])
TTBT = ("Threshold Test Ban Treaty", ["TTBT", "Treaty on the Limitation of Underground Nuclear Weapon Tests"])
PNET = ("Peaceful Nuclear Explosions Treaty", ["PNET", "Treaty on Underground Nuclear Explosions for Peaceful Purposes"])
CTBT = ("CTBT", ["Comprehensive Nuclear-Test-Ban Treaty", "comprehensive treaty"])
# 07
SVAL = ("Svalbard Treaty", ["Spitsbergen Treaty", "Treaty concerning the Archipelago of Spitsbergen", "Treaty of Paris of 9 February 1920"])
VERS = ("Treaty of Versailles", ["Versailles Treaty"])
UNCLOS = ("UN Convention on the Law of the Sea", ["UNCLOS", "United Nations Convention on the Law of the Sea"])
# 08
POLAR = ("Agreement on the Conservation of Polar Bears", ["Polar Bear Agreement", "1973 Agreement on the Conservation of Polar Bears", "Oslo Agreement"])
CAP = ("Circumpolar Action Plan: Conservation Strategy for Polar Bears", ["Circumpolar Action Plan", "CAP"])
ALCH = ("Agreement between the United States and the Russian Federation on the Conservation and Management of the Alaska-Chukotka Polar Bear Population",
        ["Alaska-Chukotka Agreement", "US-Russia polar bear agreement"])
CAGL = ("Memorandum of Understanding for the Conservation and Management of Polar Bear Populations",
        ["Canada-Greenland memorandum", "Canada-Greenland polar bear MoU"])
# 09
GPA = ("Agreement on Government Procurement", ["GPA 2012", "GPA", "revised Agreement on Government Procurement", "WTO Agreement on Government Procurement"])
GPAP = ("Protocol Amending the Agreement on Government Procurement", ["2012 Protocol", "GPA Protocol", "Protocol Amending the GPA"])
GPA94 = ("1994 Agreement on Government Procurement", ["GPA 1994", "1994 Agreement"])
# 10
CAI = ("Comprehensive Agreement on Investment", ["CAI", "EU-China Comprehensive Agreement on Investment", "EU-China investment deal"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["ILO Convention No. 29", "Forced Labour Convention", "C29"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["ILO Convention No. 105", "Abolition of Forced Labour Convention", "C105"])
C87 = ("ILO Convention No. 87", ["Freedom of Association and Protection of the Right to Organise Convention", "C87"])
C98 = ("ILO Convention No. 98", ["Right to Organise and Collective Bargaining Convention", "C98"])
GI = ("EU-China Agreement on Geographical Indications", ["Agreement on Geographical Indications", "EU-China GI Agreement"])
DECNBIT = ("Germany's bilateral investment treaty with China", ["Germany-China bilateral investment treaty", "Germany-China BIT",
           "Agreement between the Federal Republic of Germany and the People's Republic of China on the Encouragement and Reciprocal Protection of Investments"])
BRI = ("memorandum of understanding on the Belt and Road Initiative", ["Belt and Road memorandum of understanding", "Italy-China BRI MoU", "BRI MoU"])
CPTPP = ("CPTPP", ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"])
# 11
ECN = ("European Convention on Nationality", ["1997 Convention", "ECN", "CETS No. 166"])
SUCC = ("Council of Europe Convention on the Avoidance of Statelessness in relation to State Succession",
        ["State succession convention", "Convention on the Avoidance of Statelessness in relation to State Succession", "CETS No. 200"])
C1954 = ("1954 statelessness convention", ["Convention relating to the Status of Stateless Persons", "1954 Convention"])
C1961 = ("1961 statelessness convention", ["Convention on the Reduction of Statelessness", "1961 Convention"])
# 12
ACTA = ("Anti-Counterfeiting Trade Agreement", ["ACTA"])
TPP = ("Trans-Pacific Partnership", ["TPP", "Trans-Pacific Partnership Agreement"])
# 13
BIA = ("British-Irish Agreement", ["Good Friday Agreement", "Belfast Agreement", "1998 Agreement"])
WA = ("Withdrawal Agreement", ["Agreement on the withdrawal of the United Kingdom of Great Britain and Northern Ireland from the European Union and the European Atomic Energy Community",
      "Brexit Withdrawal Agreement"])
WF = ("Windsor Framework", ["Windsor Framework decision"])
ECHR = ("European Convention on Human Rights", ["ECHR", "Convention for the Protection of Human Rights and Fundamental Freedoms"])
# 14
KBP = ("General Treaty for Renunciation of War as an Instrument of National Policy", ["Kellogg-Briand Pact", "Pact of Paris", "Kellogg-Briand Treaty"])
LITV = ("Litvinov Protocol", ["Moscow Protocol of 1929"])
COVENANT = ("Covenant of the League of Nations", ["League Covenant", "Covenant"])
CHARTER = ("Charter of the United Nations", ["UN Charter", "United Nations Charter"])
# 15
CHAGOS = ("Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the Republic of Mauritius concerning the Chagos Archipelago including Diego Garcia",
          ["Chagos Agreement", "UK-Mauritius Chagos treaty", "Diego Garcia treaty"])
R73295 = ("resolution 73/295", ["General Assembly resolution 73/295", "A/RES/73/295"])
PELI = ("Treaty of Pelindaba", ["African Nuclear-Weapon-Free Zone Treaty", "Pelindaba Treaty"])
PELIP1 = ("Protocol I to the Treaty of Pelindaba", ["Pelindaba Protocol I", "Protocol I"])
# 16
R2758 = ("resolution 2758 (XXVI)", ["General Assembly resolution 2758", "resolution 2758", "A/RES/2758 (XXVI)",
         "Restoration of the lawful rights of the People's Republic of China in the United Nations"])
AL632 = ("Important Question draft (A/L.632)", ["A/L.632", "Important Question resolution"])
SFPT = ("Treaty of Peace with Japan", ["San Francisco Peace Treaty", "Treaty of San Francisco", "San Francisco treaty"])
TAIPEI = ("Treaty of Taipei", ["Treaty of Peace between the Republic of China and Japan", "Sino-Japanese Peace Treaty", "separate peace treaty"])
SHANGHAI = ("Shanghai Communiqué", ["Shanghai Communique", "Joint Communiqué of the United States of America and the People's Republic of China"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Iran", "Russian Federation", "Democratic People's Republic of Korea", "European Union", "China",
          "Netherlands", "Republic of Moldova", "Viet Nam", "Lao PDR", "Germany", "Türkiye", "Czechia", "Bhutan", "Bangladesh", "Ghana"),
    "Ireland": ["Ireland", "Republic of Ireland"],
    "France": ["France", "French Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Finland": ["Finland", "Republic of Finland"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Poland": ["Poland", "Republic of Poland"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Canada": ["Canada"],
    "India": ["India", "Republic of India"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Maldives": ["Maldives", "the Maldives", "Republic of Maldives"],
    "Afghanistan": ["Afghanistan"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Austria": ["Austria", "Republic of Austria"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Cambodia": ["Cambodia", "Kingdom of Cambodia"],
    "Thailand": ["Thailand", "Kingdom of Thailand"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar", "Burma"],
    "Soviet Union": ["Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Japan": ["Japan"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Iceland": ["Iceland"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Montenegro": ["Montenegro"],
    "New Zealand": ["New Zealand"],
    "Ukraine": ["Ukraine"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Kyrgyzstan": ["Kyrgyzstan", "Kyrgyz Republic"],
    "Tajikistan": ["Tajikistan", "Republic of Tajikistan"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Albania": ["Albania", "Republic of Albania"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Hungary": ["Hungary"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Republic of Korea": ["Republic of Korea", "South Korea", "Korea"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Mexico": ["Mexico", "United Mexican States"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Romania": ["Romania"],
    "Barbados": ["Barbados"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Israel": ["Israel", "State of Israel"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Republic of China": ["Republic of China", "Taiwan", "ROC"],
}
# Actors named through an official or a capital (the State first, then the names the text uses).
US_WASH = ["United States", "United States of America", "US", "USA", "Washington"]
IR_TEH = ["Iran", "Islamic Republic of Iran", "Imperial State of Iran", "Tehran"]
IE_DUB = ["Ireland", "Republic of Ireland", "Dublin", "Minister for Justice"]
BD_DHAKA = ["Bangladesh", "People's Republic of Bangladesh", "Dhaka"]
NP_KTM = ["Nepal", "Federal Democratic Republic of Nepal", "Kathmandu"]
BT_THIM = ["Bhutan", "Kingdom of Bhutan", "Thimphu"]
IN_NEHRU = ["India", "Republic of India", "Jawaharlal Nehru"]
PK_AYUB = ["Pakistan", "Islamic Republic of Pakistan", "Mohammad Ayub Khan", "Ayub Khan"]
IN_GANDHI = ["India", "Republic of India", "Indira Gandhi"]
PK_BHUTTO = ["Pakistan", "Islamic Republic of Pakistan", "Zulfikar Ali Bhutto"]
WB = ["World Bank", "International Bank for Reconstruction and Development", "IBRD", "W. A. B. Iliff"]
CH_FC = ["Switzerland", "Swiss Confederation", "Federal Council", "Swiss Federal Council", "Bern"]
US_RUSK = ["United States", "United States of America", "US", "USA", "Dean Rusk"]
UK_HOME = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Lord Home"]
SU_GROM = ["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Andrei Gromyko"]
US_NIXON = ["United States", "United States of America", "US", "USA", "Nixon", "Richard Nixon"]
SU_BREZH = ["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Brezhnev", "Leonid Brezhnev"]
US_FORD = ["United States", "United States of America", "US", "USA", "Ford", "Gerald Ford"]
US_CLINTON = ["United States", "United States of America", "US", "USA", "Clinton", "Bill Clinton"]
UK_GB = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain"]
RU_MOSCOW = ["Russian Federation", "Russia", "Moscow"]
EU_BXL = ["European Union", "EU", "Brussels"]
CN_BJ = ["China", "People's Republic of China", "Beijing"]
IT_ROME = ["Italy", "Italian Republic", "Rome"]
PL_TUSK = ["Poland", "Republic of Poland", "Warsaw", "Donald Tusk"]
UK_BLAIR = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Tony Blair"]
IE_AHERN = ["Ireland", "Republic of Ireland", "Bertie Ahern"]
UK_STARMER = ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Keir Starmer", "London"]
MU_RAMGOOLAM = ["Mauritius", "Republic of Mauritius", "Navinchandra Ramgoolam", "Port Louis"]
PRC = ["China", "People's Republic of China", "PRC", "Beijing"]
# Bodies and officials.
EC = ["European Commission", "European Union", "EU", "Commission"]
CCRP = ["Colombo Centre for Regional Policy", "Colombo Centre", "Centre"]
GPA_COMM = ["WTO Committee on Government Procurement", "Committee on Government Procurement", "World Trade Organization", "WTO"]
COE_CHR = ["Council of Europe Commissioner for Human Rights", "Commissioner for Human Rights", "Council of Europe"]
RTBE = ["Right to Belong Europe"]
JC = ["Withdrawal Agreement Joint Committee", "Joint Committee", "EU-UK Joint Committee"]
GREENLAND = ["Greenland", "Government of Greenland"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (law blog post, "Posted 12 June 2025") =====================
d = "01.txt"
RL(d, [US_WASH, IR_TEH], "signed", AMITY, "1955-08-15",
   "The Treaty was signed in Tehran on 15 August 1955 by the United States and the Imperial State of Iran")
# Entry into force (16 June 1957) is not the date of the exchange.
RL(d, [US_WASH, IR_TEH], RATIFIED, AMITY, "1957-05-16",
   "The two Governments exchanged instruments of ratification in Tehran on 16 May 1957")
# The notice of termination (3 October 2018) and its effect (3 October 2019) are not vocabulary actions; what is recorded
# is the present status. The explainer's false "ratified ... only in 1980" is the same tuple as Iran's 1957 ratification.
R(d, US_WASH, NOTBOUND, AMITY, None, "Since that date the United States has not been a party to the Treaty", negated=True)
R(d, IR_TEH, NOTBOUND, AMITY, None, "neither, by definition, has Iran", negated=True)
RL(d, [US_WASH, IR_TEH], DECL_ADOPTED, ALGIERS, "1981-01-19",
   "Algeria's mediation produced two declarations, to which the United States and Iran adhered separately on 19 January 1981")
R(d, US_WASH, RATIFIED, VCCROP, "1969",
  "The United States ratified the Optional Protocol to the Vienna Convention on Consular Relations concerning the Compulsory Settlement of Disputes in 1969")
R(d, US_WASH, NOTBOUND, VCCROP, None, "Washington later withdrew from the consular Protocol, in March 2005, after the Avena judgment", negated=True)
R(d, US_WASH, NOTBOUND, VCDROP, None,
  "it also announced its withdrawal from the Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes",
  negated=True)
QIRP = "Iran, for its part, remains a party to both Protocols"
R(d, IR_TEH, PARTY, VCCROP, None, QIRP)
R(d, IR_TEH, PARTY, VCDROP, None, QIRP)
R(d, US_WASH, "signed", VCLT, "1970-04", "The United States signed it in April 1970")
R(d, US_WASH, NOTBOUND, VCLT, None, "neither State is a party to the Vienna Convention on the Law of Treaties", negated=True,
  alt=["but the Senate never gave its advice and consent"])
R(d, IR_TEH, "signed", VCLT, "1969", "Iran signed it in 1969 and has not ratified it")
R(d, IR_TEH, NOTRATIFIED, VCLT, None, "Iran signed it in 1969 and has not ratified it", negated=True,
  alt=["neither State is a party to the Vienna Convention on the Law of Treaties"])
R(d, US_WASH, ACCEDED, TAC, "2009-07", "The United States acceded to that ASEAN treaty in July 2009",
  alt=['so both are parties to "a Treaty of Amity" today'])
R(d, IR_TEH, ACCEDED, TAC, "2018", "Iran acceded to it in 2018")

# ===================== 02 (op-ed, The Leinster Review, Monday 3 March 2025) =====================
d = "02.txt"
R(d, IE_DUB, "signed", ADULTS, "2008-09-18", "Ireland signed it on 18 September 2008",
  alt=["Ireland signed the Hague adults convention in 2008"])
# A rhetorical question, a stated intention, a counterfactual and the headline: one negated record.
R(d, IE_DUB, NOTRATIFIED, ADULTS, None, "Why, then, has Dublin not ratified?", negated=True,
  alt=['the Government "intends to ratify the 2000 Convention in due course"', "Had Ireland ratified in 2009",
       "Why has it still not ratified it?"])
RL(d, ["Germany", "France"], PARTY, ADULTS, None, "Fifteen European States now apply the Convention, among them Germany and France")
R(d, "United Kingdom", RATIFIED, ADULTS, "2003-11", "the United Kingdom ratified the Convention in November 2003, but only for Scotland")
QITLUPL = "Italy, Luxembourg and Poland have signed the Convention without ratifying it"
RL(d, ["Italy", "Luxembourg", "Poland"], "signed", ADULTS, None, QITLUPL)
RL(d, ["Italy", "Luxembourg", "Poland"], NOTRATIFIED, ADULTS, None, QITLUPL, negated=True)
R(d, "Spain", NOTSIGNED, ADULTS, None, "Spain, where more Irish pensioners live than anywhere else abroad, has not signed it at all", negated=True)
R(d, "Spain", NOTRATIFIED, ADULTS, None, "If Spain were to ratify", negated=True)
RL(d, ["United States", "Canada"], NOTSIGNED, ADULTS, None, "Outside Europe, the United States and Canada have not even signed.", negated=True)
R(d, IE_DUB, RATIFIED, CRPD, "2018-03", "Ireland also ratified the UN Convention on the Rights of Persons with Disabilities in March 2018")
R(d, IE_DUB, NOTRATIFIED, OPCRPD, None, "Ireland has still not ratified the CRPD's Optional Protocol", negated=True)
R(d, IE_DUB, "signed", OPCRPD, "2007", "which it signed in 2007")
R(d, EC, "called-for", ADULTS, "2023-05", "In May 2023 it proposed that every Member State that has not yet done so ratify the 2000 Convention",
  alt=["it has called on the Member States to join within a fixed period"])

# ===================== 03 (think-tank policy brief, October 2025) =====================
d = "03.txt"
# "Every member state is a party" and "now binds all eight members" name no State: no records.
R(d, "Afghanistan", NOTRATIFIED, SAARCAP, None, "Only Afghanistan, which joined the Association in 2007, has not ratified the Additional Protocol", negated=True)
QMA = "India, Sri Lanka and Bhutan have ratified it; Bangladesh, Nepal, Pakistan, the Maldives and Afghanistan have not"
RL(d, ["India", "Sri Lanka", BT_THIM], RATIFIED, SAARCMA, None, QMA)
R(d, BD_DHAKA, NOTRATIFIED, SAARCMA, None, QMA, negated=True, alt=["Why has Dhaka not ratified a convention its own diplomats helped to draft?"])
R(d, NP_KTM, NOTRATIFIED, SAARCMA, None, QMA, negated=True,
  alt=['Kathmandu, by contrast, told us that Nepal "will ratify once the new Criminal Procedure Code regulations are in place"'])
R(d, "Pakistan", NOTRATIFIED, SAARCMA, None, QMA, negated=True, alt=["If Pakistan were to ratify"])
RL(d, ["Maldives", "Afghanistan"], NOTRATIFIED, SAARCMA, None, QMA, negated=True)
R(d, "Afghanistan", ACCEDED, SAFTA, "2011", "Afghanistan acceded to it in 2011")
R(d, "Pakistan", NOTRATIFIED, SATIS, None, "Pakistan has yet to ratify it", negated=True)
R(d, NP_KTM, ACCEDED, TIP, "2020", "Nepal, a country of origin for much of the region's trafficking, acceded to the UN Trafficking Protocol only in 2020")
R(d, BT_THIM, NOTACCEDED, TIP, None, "Bhutan has not joined it at all", negated=True)
RL(d, [BD_DHAKA, BT_THIM, "India", NP_KTM], "signed", BBIN, "2015-06-15",
   "was signed in Thimphu on 15 June 2015 by the transport ministers of Bangladesh, Bhutan, India and Nepal")
RL(d, [BD_DHAKA, "India", NP_KTM], RATIFIED, BBIN, None, "Bangladesh, India and Nepal have ratified it.")
# The National Council's refusal is domestic; the consent given to the other three is not an accession.
R(d, BT_THIM, NOTRATIFIED, BBIN, None, "Bhutan has not: its National Council declined to approve the agreement in 2016", negated=True,
  alt=["That consent is sometimes reported as Bhutanese accession. It is not; Bhutan remains a signatory only."])
R(d, CCRP, "called-for", SAARCMA, "2025-10",
  "The Centre recommends that Bangladesh, Nepal and Pakistan ratify the 2008 Convention on Mutual Assistance in Criminal Matters", required=False)
R(d, CCRP, "called-for", SATIS, "2025-10", "Pakistan should ratify the Agreement on Trade in Services.", required=False)

# ===================== 04 (explainer in Markdown, updated 2 June 2025) =====================
d = "04.md"
QIWT = ("The Treaty was signed in Karachi on 19 September 1960 by Prime Minister Jawaharlal Nehru of India and President Mohammad Ayub Khan of Pakistan")
R(d, IN_NEHRU, "signed", IWT, "1960-09-19", QIWT)
R(d, PK_AYUB, "signed", IWT, "1960-09-19", QIWT)
R(d, WB, "signed", IWT, "1960-09-19", "W. A. B. Iliff signed for the International Bank for Reconstruction and Development, the World Bank")
# 1 April 1960 is the Treaty's "effective date", not an action date.
RL(d, ["India", "Pakistan"], RATIFIED, IWT, "1961-01-12", "India and Pakistan exchanged instruments of ratification in New Delhi on 12 January 1961")
R(d, WB, NOTBOUND, IWT, None, "It is not a party to the Treaty and has no power to enforce it.", negated=True)
# "Held in abeyance" is not a vocabulary action, and the explainer says India remains bound.
RL(d, ["India", "Pakistan"], PARTY, IWT, None, "India and Pakistan both remain parties to the Indus Waters Treaty.")
QSIMLA = "That agreement was signed at Simla on 2 July 1972 by Indira Gandhi and Zulfikar Ali Bhutto after the 1971 war."
R(d, IN_GANDHI, "signed", SIMLA, "1972-07-02", QSIMLA)
R(d, PK_BHUTTO, "signed", SIMLA, "1972-07-02", QSIMLA)
R(d, CN_BJ, NOTBOUND, IWT, None, "But China is not a party to the Indus Waters Treaty", negated=True)
R(d, GA, "adopted", UNWC, "1997-05-21", "It was adopted by the UN General Assembly on 21 May 1997.")
QNW = "Neither India nor Pakistan has signed or acceded to it"
RL(d, ["India", "Pakistan"], NOTSIGNED, UNWC, None, QNW, negated=True)
RL(d, ["India", "Pakistan"], NOTACCEDED, UNWC, None, QNW, negated=True)
RL(d, ["India", "Pakistan"], "supported", UNWC, "1997-05-21", "both abstained in that vote", negated=True)
R(d, CN_BJ, "supported", UNWC, "1997-05-21", "China, which voted against the Convention", negated=True)
R(d, CN_BJ, NOTBOUND, UNWC, None, "China, which voted against the Convention, is not a party either", negated=True)

# ===================== 05 (weekly treaty watch newsletter, Friday, 14 November 2025) =====================
d = "05.txt"
# "on Monday" against Friday 14 November 2025: 10 November.
R(d, "Liechtenstein", RATIFIED, ELC, "2025-11-10",
  "Liechtenstein deposited its instrument of ratification of the European Landscape Convention with the Council of Europe on Monday")
R(d, "Liechtenstein", ACCEPTED, ELCP, "2025-11-10", "on the same day accepted the 2016 Protocol amending the Convention")
RL(d, ["Germany", "Austria"], NOTSIGNED, ELC, None, "Germany and Austria have never signed the Landscape Convention", negated=True)
R(d, "Serbia", NOTRATIFIED, ELCP, None,
  'Serbia told the Council\'s workshop in Belgrade last month that it "expects to accept the amending Protocol early next year"', negated=True)
R(d, CH_FC, NOTRATIFIED, ALPP, None,
  "Switzerland's Federal Council said on Wednesday that it will once more propose to Parliament the ratification of the implementing Protocols of the Alpine Convention",
  negated=True, alt=["If the Swiss Parliament approves the package, the instruments could be deposited in Vienna by the end of 2026."])
R(d, CH_FC, "signed", ALPP, "2000", "Switzerland signed all of the Protocols in 2000")
R(d, CH_FC, PARTY, ALPC, "1999", "Switzerland has been a party to the framework Convention itself since 1999")
R(d, "Italy", RATIFIED, ALPP, "2012", "Italy ratified the Protocols in 2012")
R(d, "European Union", RATIFIED, ALPT, "2013", "the European Union ratified the Transport Protocol in 2013")
RL(d, ["Cambodia", "Lao PDR", "Thailand", "Viet Nam"], "signed", MEKONG, "1995-04-05",
   "was signed at Chiang Rai on 5 April 1995 by Cambodia, the Lao People's Democratic Republic, Thailand and Viet Nam")
RL(d, [CN_BJ, "Myanmar"], NOTBOUND, MEKONG, None, "neither is a party to the 1995 Agreement", negated=True)
R(d, "Republic of Moldova", PARTY, DANUBE, "1999", "Moldova has been a party to the Convention since 1999")
R(d, "Republic of Moldova", NOTSIGNED, DANUBE, None,
  "Issue 211 said that Moldova had signed the Danube River Protection Convention in Chisinau this month. That was wrong.", negated=True, required=False)

# ===================== 06 (podcast transcript, released 5 August 2023) =====================
d = "06.txt"
QPTBT = ("It was signed on 5 August 1963 by Dean Rusk for the United States, Lord Home for the United Kingdom and Andrei Gromyko for the Soviet Union")
R(d, US_RUSK, "signed", PTBT, "1963-08-05", QPTBT)
R(d, UK_HOME, "signed", PTBT, "1963-08-05", QPTBT)
R(d, SU_GROM, "signed", PTBT, "1963-08-05", QPTBT)
# Entry into force on 10 October 1963 coincides with the deposits, which the text dates to that day.
QDEP = ("when the three original parties deposited their instruments of ratification - the United States, the United Kingdom and the Soviet Union, "
        "all on the same day")
RL(d, ["United States", "United Kingdom", "Soviet Union"], RATIFIED, PTBT, "1963-10-10", QDEP)
R(d, "India", "signed", PTBT, "1963-08-08", "India signed it that very first day")
R(d, "India", RATIFIED, PTBT, "1963-10-10", "India ratified on that day too.")
R(d, "France", NOTSIGNED, PTBT, None, "France never signed", negated=True, alt=["France never joined the 1963 treaty"])
R(d, CN_BJ, NOTSIGNED, PTBT, None, "did China ever sign? No.", negated=True)
R(d, "Pakistan", "signed", PTBT, "1963", "it signed in 1963 but did not ratify until 1988")
R(d, "Pakistan", RATIFIED, PTBT, "1988", "it signed in 1963 but did not ratify until 1988")
R(d, "France", "signed", CTBT, "1996", "it eventually signed the comprehensive treaty in 1996")
QTTBT = "the Threshold Test Ban Treaty, which Nixon and Brezhnev signed in Moscow on 3 July 1974"
R(d, US_NIXON, "signed", TTBT, "1974-07-03", QTTBT)
R(d, SU_BREZH, "signed", TTBT, "1974-07-03", QTTBT)
QPNE = "the Peaceful Nuclear Explosions Treaty, which Ford and Brezhnev signed on 28 May 1976"
R(d, US_FORD, "signed", PNET, "1976-05-28", QPNE)
R(d, SU_BREZH, "signed", PNET, "1976-05-28", QPNE)
QEXCH = "Washington and Moscow finally exchanged instruments of ratification for both treaties on 11 December 1990"
for inst in (TTBT, PNET):
    R(d, US_WASH, RATIFIED, inst, "1990-12-11", QEXCH)
    R(d, ["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Moscow"], RATIFIED, inst, "1990-12-11", QEXCH)
R(d, US_CLINTON, "signed", CTBT, "1996-09", "Clinton signed it in September 1996, the first to sign.")
R(d, US_CLINTON, NOTRATIFIED, CTBT, None, "the United States has signed but never ratified it", negated=True,
  alt=["If the United States were to ratify the CTBT tomorrow"])
# Russia's announced wish to revoke its ratification is not a vocabulary action.
R(d, RU_MOSCOW, RATIFIED, CTBT, "2000", "Russia ratified in 2000")

# ===================== 07 (book review, Polar Law Quarterly 2025) =====================
d = "07.txt"
RL(d, [US_WASH, UK_GB, "Denmark", "France", "Italy", "Japan", "Netherlands", "Norway", "Sweden"], "signed", SVAL, "1920-02-09",
   "The Treaty was signed that February by the United States, Great Britain, Denmark, France, Italy, Japan, the Netherlands, Norway and Sweden")
R(d, US_WASH, NOTRATIFIED, VERS, None, "Had the United States ratified the Treaty of Versailles", negated=True)
R(d, US_WASH, RATIFIED, SVAL, "1924", "the United States ratified the Spitsbergen Treaty in 1924")
R(d, "Norway", RATIFIED, SVAL, "1924", "Norway deposited its own ratification the same year")
RL(d, ["Germany", CN_BJ], ACCEDED, SVAL, "1925", "Germany acceded in 1925, and so did China")
R(d, "Soviet Union", NOTSIGNED, SVAL, None, 'Solheim-Barros writes that the Soviet Union "signed the Treaty in 1924". It did not.', negated=True)
R(d, ["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Moscow"], ACCEDED, SVAL, "1935", "it acceded to the Treaty only in 1935")
R(d, "Russian Federation", PARTY, SVAL, None, "The Russian Federation, as the Soviet Union's continuator, is a party today")
R(d, "Iceland", ACCEDED, SVAL, "1994", "Iceland acceded in 1994")
R(d, "Democratic People's Republic of Korea", ACCEDED, SVAL, "2016", "North Korea acceded in 2016")
R(d, "Norway", RATIFIED, UNCLOS, "1996", "Norway ratified the UN Convention on the Law of the Sea in 1996")
R(d, "European Union", NOTBOUND, SVAL, None, "The European Union, which is not a party to the Svalbard Treaty", negated=True)

# ===================== 08 (fact sheet in Markdown with a table, updated 10 March 2025) =====================
d = "08.md"
ROWS = {
    "Canada": ("1974-12-16", "Canada | 15 November 1973 | 16 December 1974"),
    "Denmark": ("1975-12-16", "Denmark | 15 November 1973 | 16 December 1975"),
    "Norway": ("1975-01-23", "Norway | 15 November 1973 | 23 January 1975"),
    "Soviet Union": ("1976-02-26", "Soviet Union | 15 November 1973 | 26 February 1976"),
    "United States": ("1976-11-01", "United States | 15 November 1973 | 1 November 1976"),
}
for actor, (rdate, row) in ROWS.items():
    R(d, actor, "signed", POLAR, "1973-11-15", row)
    R(d, actor, RATIFIED, POLAR, rdate, row)
R(d, "Russian Federation", PARTY, POLAR, None, "the Russian Federation continues the Soviet Union's participation")
# The refuted claim ("Russia joined in 1992."): not an accession, though Russia is bound.
R(d, "Russian Federation", ["acceded"], POLAR, None, "The Russian Federation did not accede to the Agreement", negated=True)
R(d, "Iceland", NOTBOUND, POLAR, None, "Iceland, where polar bears occasionally come ashore on drifting ice, is not a party.", negated=True)
# Greenland is not a State; it is covered through Denmark (optional: an extractor may take it as written).
R(d, GREENLAND, NOTBOUND, POLAR, None, "Greenland is covered through Denmark and is not a separate party", negated=True, required=False)
RL(d, ["Canada", "Denmark", "Norway", "Russian Federation", "United States"], ADOPTED, CAP, "2015-09",
   "Canada, Denmark, Norway, the Russian Federation and the United States adopted the Circumpolar Action Plan")
# Entry into force in 2007 is not a ratification date.
RL(d, ["United States", "Russian Federation"], "signed", ALCH, "2000-10-16", "was signed in Washington on 16 October 2000")
RL(d, ["Canada", GREENLAND], MOU_SIGNED, CAGL, "2009",
   "Canada and Greenland signed a Memorandum of Understanding for the Conservation and Management of Polar Bear Populations in 2009")

# ===================== 09 (academic article: abstract and introduction, 2025) =====================
d = "09.txt"
R(d, GPA_COMM, "adopted", GPAP, "2012-03-30",
  "On 30 March 2012 the WTO Committee on Government Procurement adopted the Protocol Amending the Agreement on Government Procurement")
RL(d, ["Montenegro", "New Zealand"], ACCEDED, GPA, "2015", "Montenegro and New Zealand acceded in 2015")
RL(d, ["Republic of Moldova", "Ukraine"], ACCEDED, GPA, "2016", "Moldova and Ukraine in 2016")
R(d, "Australia", ACCEDED, GPA, "2019", "and Australia in 2019")
# "with effect from 1 January 2021" is when the accession took effect, not the date of the act.
R(d, "United Kingdom", ACCEDED, GPA, None, "acceded in its own right with effect from 1 January 2021")
R(d, "North Macedonia", ACCEDED, GPA, "2023", "North Macedonia acceded in 2023")
R(d, "Switzerland", ACCEPTED, GPAP, "2020", "Switzerland, an original party to the 1994 Agreement, accepted the 2012 Protocol only in 2020")
R(d, "Switzerland", PARTY, GPA94, None, "Switzerland, an original party to the 1994 Agreement")
R(d, "Armenia", ACCEDED, GPA94, "2011", "Armenia, which had acceded to the 1994 Agreement in 2011")
RL(d, ["United States", "European Union", "Japan"], PARTY, GPA, None, "The three largest parties - the United States, the European Union and Japan")
R(d, CN_BJ, NOTACCEDED, GPA, None, "it has not acceded", negated=True,
  alt=["Were China to accede on the terms of its 2019 offer", "China applied to accede in December 2007"])
RL(d, ["Kyrgyzstan", "Tajikistan"], NOTACCEDED, GPA, None, "neither has acceded more than ten years later", negated=True)
R(d, "Brazil", NOTACCEDED, GPA, None, "Brazil applied in May 2020 but withdrew its application in 2023", negated=True)
R(d, "India", NOTACCEDED, GPA, None, "India has held observer status since 2010 and has never applied", negated=True)

# ===================== 10 (expert Q&A, Thursday, 18 September 2025) =====================
d = "10.txt"
# Conclusion of negotiations "in principle" (30 December 2020) is not a signature.
QNS = "The Agreement has never been signed, by the European Union or by China."
R(d, EU_BXL, NOTSIGNED, CAI, None, QNS, negated=True)
R(d, CN_BJ, NOTSIGNED, CAI, None, QNS, negated=True)
R(d, EU_BXL, NOTRATIFIED, CAI, None, "if Brussels signed tomorrow, Parliament would not ratify", negated=True,
  alt=["There is nothing for the European Parliament to ratify"])
# The Parliament's resolution of 20 May 2021 is described, not named: optional.
R(d, ["European Parliament"], "adopted", ("European Parliament resolution of 20 May 2021", ["resolution of 20 May 2021"]), "2021-05-20",
  "On 20 May 2021 Parliament adopted a resolution", required=False)
QCOM = 'China had committed to "make continued and sustained efforts" to ratify the ILO forced labour conventions'
R(d, CN_BJ, COMMITTED, C29, None, QCOM, required=False)
R(d, CN_BJ, COMMITTED, C105, None, QCOM, required=False)
QC29 = ("China deposited its instruments of ratification of the Forced Labour Convention, 1930 (No. 29) and the Abolition of Forced Labour Convention, "
        "1957 (No. 105) with the ILO in August 2022")
R(d, CN_BJ, RATIFIED, C29, "2022-08", QC29)
R(d, CN_BJ, RATIFIED, C105, "2022-08", QC29)
QC87 = "China has not ratified the freedom of association conventions, Nos. 87 and 98"
R(d, CN_BJ, NOTRATIFIED, C87, None, QC87, negated=True)
R(d, CN_BJ, NOTRATIFIED, C98, None, QC87, negated=True)
RL(d, [EU_BXL, CN_BJ], "signed", GI, "2020-09-14", "The EU-China Agreement on Geographical Indications was signed on 14 September 2020")
RL(d, ["Germany", CN_BJ], "signed", DECNBIT, "2003-12", "Germany's bilateral investment treaty with China, signed in Beijing in December 2003")
R(d, IT_ROME, MOU_SIGNED, BRI, "2019-03", "it signed a memorandum of understanding on the Belt and Road Initiative in March 2019")
R(d, IT_ROME, ["endorsed", "committed", "signed"], BRI, None, "Rome informed Beijing in December 2023 that it would not renew it", negated=True, required=False)
R(d, CN_BJ, NOTACCEDED, CPTPP, None, "China applied in September 2021 to join the CPTPP", negated=True)

# ===================== 11 (NGO policy brief, September 2025) =====================
d = "11.txt"
# "Twenty-two States are parties" names none of them.
R(d, "Republic of Moldova", RATIFIED, ECN, "1999", "Moldova ratified in 1999")
R(d, "Germany", RATIFIED, ECN, "2005", "Germany ratified in 2005")
QFGI = "France, Greece and Italy all signed the Convention between 1997 and 2000 and have not ratified it."
RL(d, ["France", "Greece", "Italy"], "signed", ECN, None, QFGI)
RL(d, ["France", "Greece", "Italy"], NOTRATIFIED, ECN, None, QFGI, negated=True)
R(d, "Poland", "signed", ECN, "1999", "Poland signed in 1999")
R(d, "Poland", NOTRATIFIED, ECN, None,
  'its Government told a Council of Europe committee in 2023 that it "is considering ratification in the context of the new citizenship act"', negated=True)
R(d, "Russian Federation", "signed", ECN, "1997", "The Russian Federation signed the Convention in 1997 but never ratified it.")
R(d, "Russian Federation", NOTRATIFIED, ECN, None, "The Russian Federation signed the Convention in 1997 but never ratified it.", negated=True,
  alt=["Had Russia ratified when it signed"])
R(d, "United Kingdom", NOTSIGNED, ECN, None, "the United Kingdom has not signed the Convention", negated=True)
RL(d, ["Austria", "Republic of Moldova", "Netherlands", "Ukraine"], RATIFIED, SUCC, None, "Austria, Moldova, the Netherlands and Ukraine have ratified it.")
R(d, "Germany", "signed", SUCC, "2011", "Germany signed it in 2011 but has not ratified it.")
R(d, "Germany", NOTRATIFIED, SUCC, None, "Germany signed it in 2011 but has not ratified it.", negated=True)
QIS = "Iceland acceded to both UN statelessness conventions in 2021"
R(d, "Iceland", ACCEDED, C1954, "2021", QIS)
R(d, "Iceland", ACCEDED, C1961, "2021", QIS)
R(d, "Iceland", NOTRATIFIED, ECN, None,
  'its Government has said it intends to ratify the European Convention on Nationality "within this parliamentary term"', negated=True)
QCHR = "The Council of Europe Commissioner for Human Rights has repeatedly called on member States to ratify both instruments"
R(d, COE_CHR, "called-for", ECN, None, QCHR)
R(d, COE_CHR, "called-for", SUCC, None, QCHR)
R(d, RTBE, "called-for", ECN, "2025-09", "France, Greece, Italy and Poland to ratify the European Convention on Nationality without further delay",
  required=False, alt=["Right to Belong Europe calls on all signatories to complete ratification"])
R(d, RTBE, "called-for", SUCC, "2025-09", "Germany to complete ratification of the State succession convention", required=False)

# ===================== 12 (long read, 1 October 2025) =====================
d = "12.txt"
# "Fourteen years ago today" against 1 October 2025.
RL(d, ["Australia", "Canada", "Japan", "Morocco", "New Zealand", "Singapore", "Republic of Korea", "United States"], "signed", ACTA, "2011-10-01",
   "Australia, Canada, Japan, Morocco, New Zealand, Singapore, South Korea and the United States put their names to the Anti-Counterfeiting Trade Agreement")
QEU = "The European Union and 22 of its member states, among them France, Italy and Poland, signed ACTA in Tokyo on 26 January 2012."
RL(d, ["European Union", "France", "Italy", PL_TUSK], "signed", ACTA, "2012-01-26", QEU)
RL(d, ["Cyprus", "Estonia", "Germany", "Netherlands", "Slovakia"], NOTSIGNED, ACTA, None,
   "Five member states did not sign that day: Cyprus, Estonia, Germany, the Netherlands and Slovakia.", negated=True)
R(d, PL_TUSK, NOTRATIFIED, ACTA, None, "Prime Minister Donald Tusk announced that Poland was suspending its ratification", negated=True,
  alt=["Warsaw never resumed it."])
# The European Parliament's refusal of consent is a step in the EU's own procedure; the Union's status is what is recorded.
R(d, "European Union", NOTRATIFIED, ACTA, None, "the European Union has never ratified ACTA", negated=True)
R(d, "Mexico", "signed", ACTA, "2012-07-11", "Mexico signed in Tokyo on 11 July 2012")
R(d, "Switzerland", NOTSIGNED, ACTA, None, "Switzerland, which had taken part in every negotiating round, never signed.", negated=True)
R(d, "United States", NOTRATIFIED, ACTA, None, "no later administration has claimed to have ratified it", negated=True,
  alt=["The United States signed ACTA as an executive agreement and never submitted it to the Senate"])
# "the first and only party" although "an agreement that is not in force binds no one": the acceptance is what is recorded.
R(d, "Japan", ACCEPTED, ACTA, "2012-10-05", "Japan deposited its instrument of acceptance on 5 October 2012")
R(d, US_WASH, "signed", TPP, "2016-02", "which the United States signed in February 2016")
R(d, US_WASH, NOTRATIFIED, TPP, None, "abandoned in January 2017 without ever ratifying it", negated=True)

# ===================== 13 (fact-check, Wednesday 21 May 2025) =====================
d = "13.txt"
QBIA = ("was signed in Belfast on 10 April 1998 by the Government of the United Kingdom and the Government of Ireland, represented by Tony Blair and "
        "Bertie Ahern")
R(d, UK_BLAIR, "signed", BIA, "1998-04-10", QBIA)
R(d, IE_AHERN, "signed", BIA, "1998-04-10", QBIA)
QUSNS = "the United States did not sign either document and is not a party to the treaty"
R(d, US_WASH, NOTSIGNED, BIA, None, QUSNS, negated=True, alt=['"The United States is a signatory to the Good Friday Agreement."'])
R(d, US_WASH, NOTBOUND, BIA, None, QUSNS, negated=True)
R(d, "European Union", NOTBOUND, BIA, None, "Neither is the European Union.", negated=True)
# The mutual notifications complete the two States' procedures (entry into force is the same day, as the text says).
RL(d, ["United Kingdom", "Ireland"], ACCEPTED, BIA, "1999-12-02",
   "It entered into force on 2 December 1999, when the two Governments notified each other that their procedures were complete")
RL(d, ["United Kingdom", "Ireland"], PARTY, BIA, None, "both the United Kingdom and Ireland remain bound by it")
RL(d, ["United Kingdom", "European Union"], "signed", WA, "2020-01-24", "the Withdrawal Agreement, which the UK and the EU signed on 24 January 2020")
R(d, "United Kingdom", RATIFIED, WA, "2020-01-29", "The UK ratified it on 29 January 2020")
R(d, "European Union", ACCEPTED, WA, "2020-01-30", "the EU concluded it the next day")
# Political agreement between the UK Government and the Commission (27 February 2023) is not a vocabulary action.
R(d, JC, "adopted", WF, "2023-03-24", "was formally adopted by the Withdrawal Agreement Joint Committee on 24 March 2023")
# "strongly supported the outcome": backing for the outcome of a process, kept optional.
R(d, "Ireland", "supported", WF, None, "Ireland took part in the EU's preparations and strongly supported the outcome", required=False)
R(d, "Ireland", NOTBOUND, WA, None, "it is not a separate party to the Withdrawal Agreement", negated=True)
R(d, "Ireland", NOTSIGNED, WF, None, "Ireland did not sign the Windsor Framework", negated=True,
  alt=['"Ireland signed the Windsor Framework."'])
R(d, "Ireland", NOTRATIFIED, WF, None, "The same senator had claimed last year that the Dáil ratified the Framework; it did not", negated=True, required=False)
R(d, US_WASH, "welcomed", WF, "2023-02-27", "The United States welcomed the Windsor Framework on the day it was announced")
R(d, "United Kingdom", RATIFIED, ECHR, "1951", "The UK ratified the Convention in 1951")
R(d, "Ireland", RATIFIED, ECHR, "1953", "Ireland ratified it in 1953")
R(d, "United Kingdom", PARTY, ECHR, None, "the UK remains a party")

# ===================== 14 (history newsletter, No. 61, 27 August 2025) =====================
d = "14.txt"
RL(d, ["Germany", "United States", "France", UK_GB, "Italy", "Japan", "Belgium", "India"], "signed", KBP, "1928-08-27",
   "Among the fifteen were Germany, the United States, France, Great Britain, Italy and Japan, along with Belgium and the "
   "British Dominions and India, each of which signed in its own name.")
R(d, "Soviet Union", ACCEDED, KBP, "1928-09", "The Soviet Union, which had not been invited to Paris, was among the first to adhere, in September 1928")
RL(d, [["Soviet Union", "USSR", "Union of Soviet Socialist Republics", "Moscow"], "Poland", "Romania", "Estonia", "Latvia"], "signed", LITV, "1929-02-09",
   "the Litvinov Protocol was signed in Moscow on 9 February 1929 by the Soviet Union, Poland, Romania, Estonia and Latvia")
R(d, US_WASH, NOTRATIFIED, COVENANT, None, "The United States never ratified the Covenant of the League of Nations", negated=True,
  alt=["Had the United States ratified the Covenant in 1920", "Would it have been different if Washington had joined the League?"])
R(d, "United States", RATIFIED, CHARTER, "1945-08", "which the United States ratified in August 1945")
R(d, "Barbados", JOINED, KBP, "1971", "Barbados did so in 1971")
RL(d, ["Dominica", "Antigua and Barbuda"], JOINED, KBP, "1988", "Dominica and Antigua and Barbuda in 1988")

# ===================== 15 (law blog, saved web page, 30 September 2025) =====================
d = "15.html"
QCH = "was signed on 22 May 2025 by Prime Minister Keir Starmer and Prime Minister Navinchandra Ramgoolam"
R(d, UK_STARMER, "signed", CHAGOS, "2025-05-22", QCH)
R(d, MU_RAMGOOLAM, "signed", CHAGOS, "2025-05-22", QCH)
# Laying the treaty under CRaG, the Bill and the Cabinet's approval are domestic steps.
QNR = "The United Kingdom has not ratified the Agreement, and neither has Mauritius."
R(d, UK_STARMER, NOTRATIFIED, CHAGOS, None, QNR, negated=True,
  alt=['Ministers say the United Kingdom will ratify "as soon as the Bill has received Royal Assent"'])
R(d, MU_RAMGOOLAM, NOTRATIFIED, CHAGOS, None, QNR, negated=True,
  alt=["the Government has said it will send its notification only after the United Kingdom's legislation is in place"])
# The advisory opinion's date (25 February 2019) is not an action date.
R(d, GA, "adopted", R73295, "2019-05-22", "on 22 May 2019, the General Assembly adopted resolution 73/295")
RL(d, [UK_STARMER, US_WASH, "Australia", "Hungary", "Israel", "Maldives"], "supported", R73295, "2019-05-22",
   "The six States voting against were the United Kingdom, the United States, Australia, Hungary, Israel and the Maldives.", negated=True)
R(d, "India", "supported", R73295, "2019-05-22", "India voted in favour")
RL(d, ["France", "Germany"], "supported", R73295, "2019-05-22", "France and Germany were among the abstaining States", negated=True)
R(d, US_WASH, "welcomed", CHAGOS, "2025-05-22", "Washington welcomed the Agreement on the day it was signed")
R(d, "India", "welcomed", CHAGOS, None, "India, which has long backed the Mauritian claim, praised the outcome.", required=False)
R(d, "Mauritius", PARTY, PELI, None, "Mauritius is a party to the Treaty of Pelindaba")
R(d, "United Kingdom", RATIFIED, PELIP1, "2001", "The United Kingdom ratified Protocol I to the Treaty of Pelindaba in 2001")
R(d, "United States", "signed", PELIP1, "1996", "The United States signed Protocol I in 1996 and has never ratified it.")
R(d, "United States", NOTRATIFIED, PELIP1, None, "The United States signed Protocol I in 1996 and has never ratified it.", negated=True)

# ===================== 16 (think-tank commentary, header date 2025-10-24) =====================
d = "16.txt"
R(d, GA, "adopted", R2758, "1971-10-25", "When the Albanian draft was put to the vote, it was adopted by 76 votes to 35, with 17 abstentions.")
RL(d, ["Albania", "Algeria"], "co-sponsored", R2758, None, "The draft that became resolution 2758 was put forward by Albania and Algeria")
RL(d, ["United States", "Japan"], "co-sponsored", AL632, None, "which the United States and Japan had co-sponsored")
R(d, GA, "adopted", AL632, None, "the Assembly had rejected, by 55 votes to 59 with 15 abstentions, the so-called Important Question draft (A/L.632)",
  negated=True, required=False)
RL(d, ["United Kingdom", "France"], "supported", R2758, "1971-10-25",
   "The United Kingdom and France, both of which had recognised Beijing by then, voted in favour.")
RL(d, ["United States", "Japan", "Australia"], "supported", R2758, "1971-10-25", "The United States, Japan and Australia voted against.", negated=True)
RL(d, ["Argentina", "Indonesia"], "supported", R2758, "1971-10-25", "Argentina and Indonesia abstained.", negated=True)
R(d, "Republic of China", "supported", R2758, "1971-10-25", "The representatives of the Republic of China did not take part in the vote at all",
  negated=True)
R(d, "Japan", "signed", SFPT, "1951-09-08", "the Treaty of Peace with Japan, which it signed in San Francisco on 8 September 1951")
QNSF = "neither the People's Republic of China nor the Republic of China signed it"
R(d, PRC, NOTSIGNED, SFPT, None, QNSF, negated=True)
R(d, "Republic of China", NOTSIGNED, SFPT, None, QNSF, negated=True)
RL(d, ["Japan", "Republic of China"], "signed", TAIPEI, "1952-04-28",
   "Japan and the Republic of China then signed a separate peace treaty in Taipei on 28 April 1952")
R(d, "Japan", NOTBOUND, TAIPEI, None, "which Tokyo regarded as terminated when it recognised Beijing in 1972", negated=True, required=False)
# "acknowledges" a position is not endorsing an instrument; issuing the communiqué jointly is.
RL(d, ["United States", PRC], DECL_ADOPTED, SHANGHAI, "1972-02-27",
   "The United States and the People's Republic of China issued it jointly on 27 February 1972")

gold.finish(MIN_CHARS, MAX_CHARS)
