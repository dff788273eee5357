#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (02, 07, 14) and three are Markdown (04, 09,
12); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity (where a name is written with an entity or in bold, the quote is
the clause beside it).

Theme: migration, refugees and statelessness (1984-2025): the 1951 Refugee Convention and its 1967 Protocol, the 1954 and
1961 statelessness conventions, the Global Compact for Migration (its endorsement and the States that dissociated from
it), the Global Compact on Refugees, the Kampala Convention, the OAU Refugee Convention, the AU Protocol on the Right to a
Nationality, the Migrant Workers Convention and ILO Conventions Nos. 97 and 143, pledges at the Global Refugee Forum and
the 2019 High-Level Segment on Statelessness, and regional declarations (Cartagena, Chile, Los Angeles, Abidjan, Banjul,
Nairobi, Djibouti, Bangkok Principles). Formats: UNHCR and AU press releases, a State Department media note, a foreign
ministry press release, a Third Committee meetings-coverage release, a wire story, a Global Refugee Forum statement, a
treaty digest compiled from depositary notifications, UK parliamentary written answers, an explainer, a pledge tracker,
a newspaper article, a feature and a joint statement.

Conventions of this corpus (on top of the READMEs' rules):
- A deposited instrument of accession is `acceded`, of ratification `ratified`; "joined", "became the Nth State party"
  accept either (JOINED); "a party since 1969" is `party` with the year it gives. A parliament's or senate's approval
  ("the Senate ratified", "Parliament ratified") is a domestic step: where the text says no instrument has been deposited,
  it is the negated binding record, otherwise nothing.
- The Global Compact for Migration and the regional declarations are endorsed, not signed: endorsing, "signing up",
  adhering and "backing ... in Marrakech" are `endorsed` (signed accepted too); not endorsing, withdrawing, dissociating,
  staying away from the adoption, postponing a decision and "not among its signatories" are `endorsed` negated. A State
  that endorsed and later rejoined keeps one record, with the rejoining as an alt quote. Votes on General Assembly
  resolution 73/195 are recorded against the Compact (resolution 73/195 is among its aliases).
- Pledges to accede or ratify ("pledges to accede by the end of 2024", "a pledge still open") are the negated binding
  record; the pledge itself is an optional `committed` record dated by the pledge. "Reaffirm our commitment to" an
  instrument is `committed`; "commitment to supporting ... implementation" is optional.
- Votes in favour are `supported`; against, abstention and not voting are `supported` negated with the vote's date; a
  planned vote against ("has said it will vote against") is negated and undated. A Main Committee's approval of a draft
  is its `adopted`; what "the Assembly would call upon" in a draft only approved in committee is the Assembly's
  `called-for`, negated (planned). Introducing a draft on behalf of a group gives optional sponsor records.
- A list of States that "have signed but not ratified" gives a `signed` record and a negated `ratified` record per State;
  "neither signed nor ratified" gives a negated `signed` and a negated `ratified` record.
- Nothing for: entry into force, depositaries and the Treaty Section, hosts, venues, co-chairs, co-convenors and
  champion-country roles, reservations and their withdrawal, objections, interpretative declarations, domestic laws,
  policies and national plans, counts of unnamed States, institutions (the Global Alliance to End Statelessness),
  welcoming or congratulating another actor's act, calls to "implement" or to "reconsider" (optional where the call is to
  join), and a State's past status that the text says has ended ("had been the last State not party").
- Dates: "today", "yesterday", "on Monday", "Monday last week", "last month", "in March", "last December", "fifteen
  years ago today" and "nine days later" resolve against the document's date or the date given for the event; a call or
  commitment made in a dated statement takes that date; undated list members get null.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# A compact or declaration that States "sign up to" / "back": endorsed (signed and committed accepted).
SIGNUP = ["endorsed", "signed", "committed"]
# A body's or a group of States' adoption of a declaration: adopted or endorsed.
EA = ["adopted", "endorsed"]
AE = ["endorsed", "adopted"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Iran", "Viet Nam", "Türkiye",
          "Czechia", "Venezuela", "Côte d'Ivoire", "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas",
          "Kyrgyzstan", "Kazakhstan", "Kenya", "Guatemala", "United Republic of Tanzania", "Bolivia", "Lao PDR", "Cabo Verde",
          "Gambia", "Democratic Republic of the Congo", "Central African Republic", "Cambodia", "Thailand", "Timor-Leste",
          "South Sudan", "Germany", "Ghana", "Costa Rica", "Mexico", "Colombia", "Saudi Arabia", "Togo", "China", "Egypt",
          "Sudan", "Paraguay", "Chile", "Somalia", "Burundi", "Rwanda", "Uganda", "Bangladesh", "Ecuador", "Uzbekistan",
          "Republic of Korea"),
    "Afghanistan": ["Afghanistan", "Islamic Republic of Afghanistan"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Angola": ["Angola", "Republic of Angola"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Australia": ["Australia"],
    "Austria": ["Austria", "Republic of Austria"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Benin": ["Benin", "Republic of Benin"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Burkina Faso": ["Burkina Faso"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Canada": ["Canada"],
    "Chad": ["Chad", "Republic of Chad"],
    "Comoros": ["Comoros", "Union of the Comoros"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Hungary": ["Hungary"],
    "Iceland": ["Iceland"],
    "India": ["India", "Republic of India"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Israel": ["Israel", "State of Israel"],
    "Italy": ["Italy", "Italian Republic"],
    "Japan": ["Japan"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Libya": ["Libya", "State of Libya"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Malaysia": ["Malaysia"],
    "Mali": ["Mali", "Republic of Mali"],
    "Monaco": ["Monaco", "Principality of Monaco"],
    "Montenegro": ["Montenegro"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Myanmar": ["Myanmar", "Republic of the Union of Myanmar"],
    "Nepal": ["Nepal", "Federal Democratic Republic of Nepal"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Finland": ["Finland", "Republic of Finland"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Palau": ["Palau", "Republic of Palau"],
    "Panama": ["Panama", "Republic of Panama"],
    "Peru": ["Peru", "Republic of Peru"],
    "Poland": ["Poland", "Republic of Poland"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Romania": ["Romania"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "Federation of Saint Kitts and Nevis"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Turkmenistan": ["Turkmenistan"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Niger": ["Niger", "Republic of the Niger"],
    "Guinea": ["Guinea", "Republic of Guinea"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Barbados": ["Barbados"],
    "Belize": ["Belize"],
    "Jamaica": ["Jamaica"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "France": ["France", "French Republic"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments used across the corpus ----
RC51 = ("Convention relating to the Status of Refugees", ["1951 Convention relating to the Status of Refugees", "1951 Refugee Convention",
        "Refugee Convention", "1951 Convention", "Geneva Convention relating to the Status of Refugees"])
P67 = ("Protocol relating to the Status of Refugees", ["1967 Protocol relating to the Status of Refugees", "1967 Protocol",
       "Protocol to the 1951 Refugee Convention", "Refugee Protocol"])
S54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention relating to the Status of Stateless Persons",
       "1954 Convention", "1954 Statelessness Convention"])
S61 = ("Convention on the Reduction of Statelessness", ["1961 Convention on the Reduction of Statelessness", "1961 Convention",
       "1961 Statelessness Convention"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact on Migration",
       "Marrakech Compact", "UN migration pact", "resolution 73/195", "General Assembly resolution 73/195"])
GCR = ("Global Compact on Refugees", ["Refugees Compact", "resolution 73/151", "General Assembly resolution 73/151"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW", "Convention on Migrant Workers", "resolution 45/158"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
           ["Kampala Convention", "AU Convention on Internally Displaced Persons"])
OAU69 = ("OAU Convention Governing the Specific Aspects of Refugee Problems in Africa",
         ["1969 OAU Convention", "OAU Refugee Convention", "Convention Governing the Specific Aspects of Refugee Problems in Africa"])
AUNAT = ("Protocol to the African Charter on Human and Peoples' Rights on the Specific Aspects of the Right to a Nationality and the "
         "Eradication of Statelessness in Africa",
         ["Protocol on the Specific Aspects of the Right to a Nationality and the Eradication of Statelessness in Africa",
          "AU Protocol on the Right to a Nationality", "Protocol on the Right to a Nationality", "AU Nationality Protocol"])
ABIDJAN = ("Abidjan Declaration on the Eradication of Statelessness", ["Abidjan Declaration",
           "Abidjan Declaration of Ministers of ECOWAS Member States on Eradication of Statelessness"])
BANJUL = ("Banjul Plan of Action on the Eradication of Statelessness", ["Banjul Plan of Action", "ECOWAS Plan of Action on the Eradication of Statelessness"])
PD = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "resolution 76/266",
      "IMRF Progress Declaration"])
C97 = ("ILO Migration for Employment Convention (Revised), 1949 (No. 97)", ["Migration for Employment Convention (Revised)",
       "ILO Convention No. 97", "Convention No. 97", "C97"])
C143 = ("ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)", ["Migrant Workers (Supplementary Provisions) Convention",
        "ILO Convention No. 143", "Convention No. 143", "C143"])

HC = ["UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees", "High Commissioner for Refugees",
      "Filippo Grandi", "UNHCR"]
UNHCR = ["UNHCR", "Office of the United Nations High Commissioner for Refugees", "UN Refugee Agency", "UN High Commissioner for Refugees"]
IGC = ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "Intergovernmental Conference",
       "intergovernmental conference", "Marrakech conference", "Marrakech Conference"]
ECOWAS = ["ECOWAS", "Economic Community of West African States", "ECOWAS Ministers", "ECOWAS Member States"]
ECOWAS_HS = ["ECOWAS Authority of Heads of State and Government", "ECOWAS Heads of State", "ECOWAS",
             "Economic Community of West African States"]
AUA = ["AU Assembly", "Assembly of the African Union", "Assembly of the Union", "African Union Assembly", "African Union",
       "Assembly of Heads of State and Government of the African Union", "Heads of State and Government of the African Union"]
AUC = ["African Union Commission", "AU Commission", "Commission of the African Union", "African Union"]


# ===================== 01 (UNHCR press release, close of the #IBelong Campaign, Geneva, Monday 4 November 2024) =====================
d = "01.txt"
D = "2024-11-04"
# "today deposited instruments of accession" covers the three States; the next paragraph says to which convention.
RL(d, ["Kyrgyzstan"], ACCEDED, S54, D,
   "Kyrgyzstan acceded to both the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness",
   alt=["Kyrgyzstan, Botswana and Kenya today deposited instruments of accession to the United Nations statelessness conventions"])
R(d, "Kyrgyzstan", ACCEDED, S61, D,
  "Kyrgyzstan acceded to both the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness")
R(d, "Botswana", PARTY, S54, "1969", "Botswana, a party to the 1954 Convention since 1969")
R(d, "Botswana", ACCEDED, S61, D, "completed its accession to the 1961 Convention")
# "became the 100th State party" is today's accession.
R(d, "Kenya", JOINED, S54, D, "Kenya became the 100th State party to the 1954 Convention")
for inst in (S54, S61):
    R(d, HC, "called-for", inst, D, "I call on every State that has not yet done so to accede to both conventions")
# "during the campaign" (2014-2024): no year for any of them.
RL(d, ["Angola", "Burkina Faso", "Haiti", "Iceland", "Mali", "Sierra Leone"], JOINED, S61, None,
   "Among the States that joined the 1961 Convention during the campaign were Angola, Burkina Faso, Haiti, Iceland, Mali and Sierra Leone")
RL(d, ["Angola", "Luxembourg", "Montenegro", "Paraguay", "Togo"], ACCEDED, S54, None,
   "Angola, Luxembourg, Montenegro, Paraguay and Togo acceded to the 1954 Convention")
# "in March" within "the past twelve months" before November 2024.
R(d, "North Macedonia", ACCEDED, S61, "2024-03", "North Macedonia acceded to the 1961 Convention in March")
# The withdrawal of reservations: nothing; the 2013 accessions are recorded.
for inst in (S54, S61):
    R(d, "Côte d'Ivoire", ACCEDED, inst, "2013", "Côte d'Ivoire, which acceded to both conventions in 2013")
# The Jogorku Kenesh's vote is domestic. The Brazil Plan of Action's target date: nothing.
R(d, ECOWAS, EA, ABIDJAN, "2015-02",
  "the Economic Community of West African States (ECOWAS) adopted the Abidjan Declaration on the Eradication of Statelessness in February 2015")
R(d, ECOWAS_HS, AE, BANJUL, "2017", "its Heads of State endorsed the Banjul Plan of Action in 2017")
# "Several States that pledged ... have not done so": unnamed; the two named are.
RL(d, ["Thailand", "Viet Nam"], JOINED, S54, None,
   "Thailand and Viet Nam, which undertook in 2019 to consider accession to the 1954 Convention, have not yet joined it", negated=True)
for a in ("United States", "China"):
    for inst in (S54, S61):
        R(d, a, NOTBOUND, inst, None, "Neither the United States nor China is a party to either convention", negated=True)
R(d, "Kenya", JOINED, S61, None, "will now begin the process towards accession to the 1961 Convention, which we hope to complete next year",
  negated=True)
# The Global Alliance (an institution), its co-chairs, the depositary's circulation: nothing.

# ===================== 02.html (US State Department media note, two years of the Los Angeles Declaration, Monday 10 June 2024) =====================
d = "02.html"
D = "2024-06-10"
LAD = ("Los Angeles Declaration on Migration and Protection", ["Los Angeles Declaration", "LA Declaration"])
# "Two years ago today" against 10 June 2024.
LA21 = ["Argentina", "Barbados", "Belize", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Ecuador", "El Salvador", "Guatemala",
        "Haiti", "Honduras", "Jamaica", "Mexico", "Panama", "Paraguay", "Peru", "Spain", "United States", "Uruguay"]
RL(d, LA21, SIGNUP, LAD, "2022-06-10",
   "The endorsing countries were Argentina, Barbados, Belize, Brazil, Canada, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Guatemala, Haiti, Honduras, Jamaica, Mexico, Panama, Paraguay, Peru, Spain, the United States, and Uruguay.",
   alt=["the leaders of 21 countries endorsed the Los Angeles Declaration on Migration and Protection"])
R(d, "Guyana", SIGNUP, LAD, "2023-09", "Guyana joined them in September 2023")
R(d, "Dominican Republic", SIGNUP, LAD, None, "the Dominican Republic announced last month that it is reviewing the text with a view to endorsing it",
  negated=True)
# The Cartagena and Brazil declarations are only cited. The lawful pathways, Safe Mobility Offices, labour programmes: no instrument.
# Guatemala hosting the ministerial meeting, Panama and Costa Rica co-chairing: nothing; "a joint statement" is unnamed.
R(d, "United States", COMMITTED, LAD, D, "The United States remains committed to the Los Angeles Declaration on Migration and Protection")
RL(d, ["Bolivia", "Cuba", "Nicaragua", "Venezuela"], SIGNUP, LAD, None,
   "Bolivia, Cuba, Nicaragua, and Venezuela, which did not take part in the Los Angeles Summit, are not among the endorsing countries.",
   negated=True)
R(d, "Trinidad and Tobago", SIGNUP, LAD, None, "Trinidad and Tobago has said it will consider endorsing the Declaration", negated=True)
R(d, "United States", "called-for", LAD, D,
  "The United States encourages all governments in the Americas that have not yet done so to endorse the Declaration")
R(d, "United States", NOTBOUND, RC51, None, "the United States is not a party to the 1951 Convention relating to the Status of Refugees",
  negated=True)
R(d, "United States", ACCEDED, P67, "1968", "since it acceded to the 1967 Protocol relating to the Status of Refugees in 1968")

# ===================== 03 (Third Committee meetings coverage GA/SHC/4427, three drafts approved, Thursday 14 November 2024) =====================
d = "03.txt"
D = "2024-11-14"
L32 = ("draft resolution A/C.3/79/L.32/Rev.1", ["A/C.3/79/L.32/Rev.1", "Protection of migrants", "draft resolution on the protection of migrants"])
L60 = ("draft resolution A/C.3/79/L.60", ["A/C.3/79/L.60", "Assistance to refugees, returnees and displaced persons in Africa"])
L61 = ("draft resolution A/C.3/79/L.61", ["A/C.3/79/L.61", "Office of the United Nations High Commissioner for Refugees"])
R(d, TC, ADOPTED, L32, D, "The Committee approved the draft \"Protection of migrants\" (document A/C.3/79/L.32/Rev.1)")
RL(d, ["Argentina", "Hungary", "Israel", "United States"], "supported", L32, D,
   "by a recorded vote of 163 in favour to 4 against (Argentina, Hungary, Israel, United States)", negated=True)
RL(d, ["Austria", "Czechia", "Italy", "Libya", "Poland", "Slovakia", "Switzerland"], "supported", L32, D,
   "with 7 abstentions (Austria, Czechia, Italy, Libya, Poland, Slovakia, Switzerland)", negated=True)
RL(d, ["Mexico", "Colombia", "El Salvador", "Guatemala", "Honduras", "Morocco", "Philippines"], "co-sponsored", L32, None,
   "it had been prepared by his delegation together with Colombia, El Salvador, Guatemala, Honduras, Morocco and the Philippines, its main sponsors")
R(d, GA, "called-for", ICRMW, None,
  "the General Assembly would call upon States that have not yet done so to consider signing and ratifying or acceding to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  negated=True)
# The separate vote retaining operative paragraph 9: a paragraph, not a text; unnamed States anyway.
R(d, "United States", ENDORSED, GCM, None, "a document that the United States had not endorsed", negated=True)
R(d, "Hungary", ENDORSED, GCM, None, "her country had dissociated itself from the Global Compact in 2018", negated=True)
R(d, "Argentina", ENDORSED, GCM, None, "his Government had decided to withdraw from the Global Compact for Migration", negated=True)
R(d, "Switzerland", ENDORSED, GCM, None, "the Swiss Parliament had still not authorized the Federal Council to endorse the Global Compact",
  negated=True)
R(d, "Philippines", PARTY, ICRMW, "1995", "her country had been a State party to the Migrant Workers Convention since 1995")
R(d, "Philippines", "called-for", ICRMW, D, "urged all States that have not done so to ratify the Convention")
R(d, "Morocco", "supported", L32, D, "Morocco's representative, who voted in favour")
# Morocco as host: nothing; the Conference's adoption, dated December 2018.
R(d, IGC, ADOPTED, GCM, "2018-12", "the Intergovernmental Conference that adopted the Global Compact in Marrakech in December 2018")
R(d, TC, ADOPTED, L60, D,
  "The Committee then approved without a vote the draft \"Assistance to refugees, returnees and displaced persons in Africa\" (document A/C.3/79/L.60)")
R(d, ["Group of African States", "African Group"], "co-sponsored", L60, None, "introduced by Uganda on behalf of the Group of African States",
  required=False)
R(d, "Uganda", "co-sponsored", L60, None, "introduced by Uganda on behalf of the Group of African States", required=False)
R(d, GA, "called-for", KAMPALA, None,
  "the Assembly would call upon States that have not yet done so to sign and ratify the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
  negated=True)
R(d, "Cameroon", PARTY, KAMPALA, "2015", "a party to the Kampala Convention since 2015")
# Incorporation into national law: domestic. Eritrea's dissociation from one preambular paragraph: nothing.
R(d, TC, ADOPTED, L61, D,
  "Also without a vote, the Committee approved the annual draft \"Office of the United Nations High Commissioner for Refugees\" (document A/C.3/79/L.61)")
RL(d, ["Denmark", "Finland", "Iceland", "Norway", "Sweden"], "co-sponsored", L61, None,
   "on behalf of the Nordic countries: Denmark, Finland, Iceland, Norway and Sweden, its sponsors")
Q03 = ("the Assembly would call upon States that have not yet done so to consider acceding to the 1951 Convention relating to the Status "
       "of Refugees and the 1967 Protocol thereto, as well as to the 1954 Convention relating to the Status of Stateless Persons and the 1961 "
       "Convention on the Reduction of Statelessness")
for inst in (RC51, P67, S54, S61):
    R(d, GA, "called-for", inst, None, Q03, negated=True)
# Joining the consensus with a reservation on some references: still support for the text.
R(d, "Russian Federation", "supported", L61, D, "his delegation had joined the consensus")
R(d, GA, AE, GCR, "2018-12", "the General Assembly had affirmed in December 2018 by a recorded vote")

# ===================== 04.md (Markdown explainer, holdouts from the Global Compact for Migration, 18 December 2023) =====================
d = "04.md"
D = "2023-12-18"
MARRAKECH = "2018-12-10"
VOTE = "2018-12-19"
R(d, IGC, ADOPTED, GCM, MARRAKECH, "was adopted at an intergovernmental conference in Marrakech, Morocco, on 10 December 2018", required=False)
# "nine days later" than 10 December 2018.
R(d, GA, AE, GCM, VOTE, "endorsed by the UN General Assembly in resolution 73/195 nine days later")
# The table: one row per holdout; every row says "did not endorse" (Marrakech) and how the State voted on 19 December 2018.
TABLE = [("Australia", "abstained"), ("Austria", "abstained"), ("Bulgaria", "abstained"), ("Chile", "abstained"),
         ("Czechia", "voted against"), ("Dominican Republic", "did not vote"), ("Hungary", "voted against"), ("Israel", "voted against"),
         ("Italy", "abstained"), ("Latvia", "abstained"), ("Poland", "voted against"), ("Slovakia", "did not vote"),
         ("Switzerland", "abstained"), ("United States", "voted against")]
ALT04 = {
    "Italy": ["has never formally endorsed the Compact"],
    "Switzerland": ["will not endorse it until both chambers of Parliament have voted on the matter"],
    "Slovakia": ["both rejected the Compact outright in late 2018"],
    "Czechia": ["both rejected the Compact outright in late 2018"],
    "United States": ["has never endorsed the Compact"],
    "Hungary": ["Hungary and Poland put on record that they remained outside the Compact"],
    "Poland": ["Hungary and Poland put on record that they remained outside the Compact"],
}
for actor, vote in TABLE:
    row = f"| {actor} | did not endorse | {vote} |"
    R(d, actor, ENDORSED, GCM, None, row, negated=True, alt=ALT04.get(actor))
    R(d, actor, "supported", GCM, VOTE, row, negated=True,
      alt=["one of the five States that voted against resolution 73/195"] if actor == "United States" else None)
# The note: five more abstentions, and the same five counted among the States that adopted the text in Marrakech.
FIVE = ["Algeria", "Libya", "Liechtenstein", "Romania", "Singapore"]
RL(d, FIVE, "supported", GCM, VOTE, "Algeria, Libya, Liechtenstein, Romania and Singapore also abstained in the General Assembly", negated=True)
RL(d, FIVE, ENDORSED, GCM, MARRAKECH, "they were counted among the States that adopted the text in Marrakech")
# Brazil: endorsed in Marrakech, withdrew (negated, undated), rejoined (the same affirmed tuple: an alt quote).
R(d, "Brazil", ENDORSED, GCM, MARRAKECH, "The outgoing government of Michel Temer endorsed the Compact in Marrakech.",
  alt=["the new government of Luiz Inácio Lula da Silva announced that Brazil was rejoining the Compact"])
R(d, "Brazil", ENDORSED, GCM, None, "notified the UN Secretary-General that Brazil was withdrawing from it", negated=True)
# The US withdrawal from the negotiations: a process. Its part in the Forum: nothing; its joining the consensus: support.
R(d, "United States", "supported", PD, "2022", "joined the consensus on that Forum's Progress Declaration")
R(d, "Belgium", ENDORSED, GCM, MARRAKECH, "endorsed the Compact in Marrakech even though the decision cost Prime Minister Charles Michel his coalition")
R(d, "Estonia", "supported", GCM, VOTE, "voted in favour in the General Assembly after a cabinet split on the issue")
R(d, GA, ADOPTED, PD, "2022-06",
  "The General Assembly adopted the Progress Declaration of the International Migration Review Forum in June 2022 (resolution 76/266)")
# The champion countries' pledge to report on implementation: a process, no record. "not one has since endorsed": the same negated tuples.

# ===================== 05 (Kenya's statement at the second Global Refugee Forum, Geneva, Thursday 14 December 2023) =====================
d = "05.txt"
D = "2023-12-14"
NAIROBI = ("Nairobi Declaration on Durable Solutions for Somali Refugees and Reintegration of Returnees in Somalia",
           ["Nairobi Declaration", "Nairobi Declaration on Durable Solutions for Somali Refugees"])
DJIBOUTI = ("Djibouti Declaration on Refugee Education", ["Djibouti Declaration"])
MSP = ("multi-stakeholder pledge on ending statelessness", ["pledge on ending statelessness"])
R(d, "Kenya", PARTY, RC51, "1966", "Kenya has been a party to the 1951 Convention relating to the Status of Refugees since 1966")
R(d, "Kenya", ACCEDED, P67, "1981", "acceded to its 1967 Protocol in 1981")
R(d, "Kenya", RATIFIED, OAU69, "1992", "In 1992 we ratified the OAU Convention Governing the Specific Aspects of Refugee Problems in Africa")
# The Refugees Act, 2021 and the Shirika Plan: domestic. Kenya hosting the Summit: nothing; it also adopted the text.
IGAD7 = ["Djibouti", "Ethiopia", "Kenya", "Somalia", "Sudan", "South Sudan", "Uganda"]
RL(d, IGAD7, AE, NAIROBI, "2017-03",
   "the Heads of State and Government of Djibouti, Ethiopia, Kenya, Somalia, Sudan, South Sudan and Uganda adopted the Nairobi Declaration on Durable Solutions for Somali Refugees and Reintegration of Returnees in Somalia")
R(d, ["Intergovernmental Authority on Development", "IGAD"], EA, NAIROBI, "2017-03",
  "Special Summit of the Intergovernmental Authority on Development", required=False)
# "Nine months later" than March 2017; "the same IGAD Member States" are the seven named.
RL(d, IGAD7, AE, DJIBOUTI, "2017-12", "Nine months later the same IGAD Member States adopted the Djibouti Declaration on Refugee Education")
R(d, "Kenya", COMMITTED, GCR, D, "We reaffirm our commitment to the Global Compact on Refugees")
# Citizenship for the Makonde, Shona, Pemba: domestic.
R(d, "Kenya", JOINED, S54, None,
  "Kenya pledges to accede to the 1954 Convention relating to the Status of Stateless Persons by the end of 2024", negated=True)
R(d, "Kenya", COMMITTED, S54, D,
  "Kenya pledges to accede to the 1954 Convention relating to the Status of Stateless Persons by the end of 2024", required=False)
R(d, "Kenya", JOINED, S61, None, "We will also initiate consultations on accession to the 1961 Convention on the Reduction of Statelessness",
  negated=True)
R(d, "Kenya", NOTBOUND, KAMPALA, None,
  "Kenya is not yet a party to the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
  negated=True, alt=["Kenya pledges to complete a review, within twelve months, of the steps required for its ratification"])
# The 2012 Act: domestic. Work permits: no instrument.
for inst in (S54, S61):
    R(d, "Kenya", "called-for", inst, D,
      "we call upon all Member States of IGAD that have not yet done so to accede to the two statelessness conventions")
# "on Tuesday" against Thursday 14 December 2023. A pledge launched at the Forum (optional as an instrument).
R(d, "Kenya", ENDORSED, MSP, "2023-12-12", "Kenya also joined, on Tuesday, the multi-stakeholder pledge on ending statelessness",
  required=False)
# The co-convenors and Switzerland as host: nothing.

# ===================== 06 (treaty digest compiled from depositary notifications, October-December 2024, issued 8 January 2025) =====================
d = "06.txt"
R(d, "Guyana", ACCEDED, RC51, "2024-10-30", "GUYANA: ACCESSION The above action was effected on 30 October 2024.")
R(d, "Guyana", ACCEDED, P67, "2024-10-30", "GUYANA: ACCESSION The above action was effected on 30 October 2024.")
# "had been the last independent State of South America not party": a status the accession ended, no record.
R(d, "Saint Kitts and Nevis", ACCEDED, P67, "2024-10-21", "SAINT KITTS AND NEVIS: ACCESSION The above action was effected on 21 October 2024.")
R(d, "Saint Kitts and Nevis", PARTY, RC51, "2002", "Saint Kitts and Nevis has been a party to the 1951 Convention since 2002")
R(d, "Kenya", ACCEDED, S54, "2024-11-04", "KENYA: ACCESSION The above action was effected on 4 November 2024.")
R(d, "Kyrgyzstan", ACCEDED, S54, "2024-11-04", "KYRGYZSTAN: ACCESSION (WITH RESERVATION) The above action was effected on 4 November 2024.")
RL(d, ["Kyrgyzstan", "Botswana"], ACCEDED, S61, "2024-11-04",
   "KYRGYZSTAN: ACCESSION BOTSWANA: ACCESSION The above actions were effected on 4 November 2024.")
# Zambia's withdrawal of reservations, Germany's objection, entry into force: nothing.
R(d, "Uzbekistan", "signed", ICRMW, "2024-12-02", "UZBEKISTAN: SIGNATURE The above action was effected on 2 December 2024.")
R(d, "Liberia", RATIFIED, ICRMW, "2024-12-18", "LIBERIA: RATIFICATION The above action was effected on 18 December 2024.")
R(d, "Liberia", "signed", ICRMW, "2004-09-22", "Liberia signed the Convention on 22 September 2004.")
R(d, "Morocco", ACCEDED, S61, "2024-12-20", "MOROCCO: ACCESSION The above action was effected on 20 December 2024.")
# Parliamentary approval without deposit: not bound.
R(d, "Thailand", JOINED, S54, None, "Thailand is therefore not yet a party", negated=True,
  alt=["no instrument had been received by the depositary by 31 December"])
R(d, "Sierra Leone", NOTRATIFIED, ICRMW, None,
  "The same applies to Sierra Leone, whose Parliament ratified the Migrant Workers Convention in November.", negated=True)
# Mexico's interpretative declaration: nothing.
R(d, "Zambia", JOINED, S61, None, "Zambia has announced that it will accede to the 1961 Convention", negated=True)
# The correction: an accession, not a ratification.
R(d, "Iceland", ACCEDED, S61, "2021-01-26", "Iceland acceded to the 1961 Convention on 26 January 2021.")

# ===================== 07.html (Liberian foreign ministry press release, ICRMW ratification, Thursday 19 December 2024) =====================
d = "07.html"
D = "2024-12-19"
ECOFREE = ("ECOWAS Protocol relating to Free Movement of Persons, Residence and Establishment",
           ["ECOWAS Free Movement Protocol", "Protocol relating to Free Movement of Persons, Residence and Establishment"])
# "yesterday" against 19 December 2024.
R(d, "Liberia", RATIFIED, ICRMW, "2024-12-18",
  "the Republic of Liberia yesterday deposited its instrument of ratification of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
R(d, "Liberia", "signed", ICRMW, "2004-09-22", "Liberia signed the Convention on 22 September 2004")
# The Senate's consent and the House's concurrence: domestic. Entry into force on 1 April 2025: nothing.
R(d, "Liberia", "called-for", ICRMW, D, "now calls on our sisters and brothers in ECOWAS that are yet to ratify the Convention to do so without delay")
ECO12 = ["Benin", "Burkina Faso", "Cabo Verde", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Mali", "Niger", "Nigeria", "Senegal", "Togo"]
RL(d, ECO12, PARTY, ICRMW, None,
   "Liberia joins Benin, Burkina Faso, Cabo Verde, the Gambia, Ghana, Guinea, Guinea-Bissau, Mali, Niger, Nigeria, Senegal and Togo among the ECOWAS Member States that are parties to the Convention")
# Côte d'Ivoire is written with entities: the quote is the clause after its name.
RL(d, ["Côte d'Ivoire", "Sierra Leone"], "signed", ICRMW, None, "Sierra Leone have signed the Convention")
RL(d, ["Côte d'Ivoire", "Sierra Leone"], NOTRATIFIED, ICRMW, None, "but have not ratified it", negated=True)
R(d, "Liberia", PARTY, ECOFREE, "1980",
  "Liberia has been a party since 1980 to the ECOWAS Protocol relating to Free Movement of Persons, Residence and Establishment")
R(d, "Liberia", ENDORSED, GCM, "2018-12",
  "It endorsed the Global Compact for Safe, Orderly and Regular Migration at the Marrakech conference in December 2018")
R(d, "Liberia", "supported", GCM, None, "voted for its endorsement in the General Assembly")
R(d, "Liberia", NOTRATIFIED, C143, None,
  "the Government intends to submit the ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143) to the Legislature for ratification in 2025",
  negated=True)
R(d, "Liberia", NOTBOUND, C97, None, "Liberia is not a party to ILO Convention No. 97 either", negated=True)
# Thanks to IOM, OHCHR and a network: nothing.

# ===================== 08 (wire story, Global Compact for Migration adopted in Marrakech, Monday 10 December 2018) =====================
d = "08.txt"
D = "2018-12-10"
# "Representatives of more than 160 countries": unnamed; the conference's approval is named only generically (optional).
R(d, IGC, ADOPTED, GCM, D, "was approved by acclamation at the start of a two-day intergovernmental conference", required=False)
# Guterres urging governments "to implement": not a call to join.
R(d, "Germany", SIGNUP, GCM, D, "Germany endorsed it without reservation")
RL(d, ["Spain", "Greece"], SIGNUP, GCM, D, "also spoke in support", required=False)
RL(d, ["Portugal", "Estonia"], SIGNUP, GCM, D, "Portugal and Estonia were among the European countries that signed up on Monday")
R(d, "Belgium", SIGNUP, GCM, D, "Belgian Prime Minister Charles Michel backed the pact in Marrakech")
# The N-VA leaving the coalition: domestic politics.
R(d, "United States", SIGNUP, GCM, None, "The United States, which pulled out of the negotiations last December, did not attend.", negated=True)
STAYED = ["Austria", "Australia", "Czechia", "Hungary", "Israel", "Latvia", "Poland", "Slovakia"]
ALT08 = {"Australia": ["the compact \"would not serve Australia's interests\""], "Austria": ["announced in October that Vienna would not endorse it"]}
for a in STAYED:
    R(d, a, SIGNUP, GCM, None,
      "Nor did Austria, Australia, the Czech Republic, Hungary, Israel, Latvia, Poland and Slovakia, all of which have said they will not sign up to the text.",
      negated=True, alt=ALT08.get(a))
R(d, "Chile", SIGNUP, GCM, None, "announced on Sunday that it would not endorse the compact", negated=True)
R(d, "Dominican Republic", SIGNUP, GCM, None, "the Dominican Republic said it was withdrawing its delegation", negated=True)
RL(d, ["Italy", "Switzerland", "Bulgaria"], SIGNUP, GCM, None, "Italy, Switzerland and Bulgaria have postponed a decision", negated=True)
R(d, "Brazil", SIGNUP, GCM, None, "Brazil would dissociate itself from the pact once the new government takes office on Jan. 1", negated=True)
R(d, "Brazil", SIGNUP, GCM, D, "Brazil's outgoing government endorsed the compact on Monday.")
# "146 states have ratified" the 1951 Convention: unnamed.
R(d, GA, AE, GCM, None, "The compact is due to be formally endorsed by the U.N. General Assembly in New York on Dec. 19", negated=True)
R(d, GA, AE, GCR, None, "A separate text, the Global Compact on Refugees, is to be put to the General Assembly next week", negated=True,
  required=False)
R(d, "United States", "supported", GCR, None, "The United States has said it will vote against that text", negated=True)
R(d, "Hungary", "supported", GCR, None, "Hungary has said it will not support it", negated=True)
# Arbour's "the door remains open": nothing. Morocco hosted (nothing); its urging to "reconsider" is a call to join (optional).
R(d, "Morocco", "called-for", GCM, D, "urged countries that had stayed away to reconsider", required=False)

# ===================== 09.md (Markdown brief, Asia and the Refugee Convention, 20 June 2023) =====================
d = "09.md"
D = "2023-06-20"
RL(d, ["Madagascar", "Monaco", "Saint Kitts and Nevis"], PARTY, RC51, None,
   "Madagascar, Monaco and Saint Kitts and Nevis are parties to the Convention")
RL(d, ["Madagascar", "Monaco", "Saint Kitts and Nevis"], NOTBOUND, P67, None, "but have not joined the Protocol", negated=True)
RL(d, ["Venezuela", "Cabo Verde"], PARTY, P67, None, "The United States, Venezuela and Cabo Verde are parties to the Protocol only.")
# The United States' party status is the 1968 accession recorded below (optional as a separate party record).
R(d, "United States", PARTY, P67, None, "The United States, Venezuela and Cabo Verde are parties to the Protocol only.", required=False)
RL(d, ["Venezuela", "Cabo Verde"], NOTBOUND, RC51, None, "The United States, Venezuela and Cabo Verde are parties to the Protocol only.",
   negated=True)
R(d, "United States", ACCEDED, P67, "1968", "The United States acceded to the Protocol in 1968")
R(d, "United States", NOTRATIFIED, RC51, None, "it has never ratified the Convention itself", negated=True,
  alt=["The United States, Venezuela and Cabo Verde are parties to the Protocol only."])
R(d, "Türkiye", RATIFIED, RC51, "1962", "Türkiye ratified the Convention in 1962")
R(d, "Türkiye", ACCEDED, P67, "1968", "acceded to the Protocol in 1968")
# The geographical limitation: a reservation-like declaration, nothing.
for actor, c, p in [("Afghanistan", "2005", "2005"), ("Cambodia", "1992", "1992"), ("China", "1982", "1982"), ("Japan", "1981", "1982"),
                    ("Philippines", "1981", "1981"), ("Republic of Korea", "1992", "1992"), ("Timor-Leste", "2003", "2003")]:
    row = f"| {actor} | accession, {c} | accession, {p} |"
    R(d, actor, ACCEDED, RC51, c, row)
    R(d, actor, ACCEDED, P67, p, row)
for actor in ("India", "Malaysia", "Thailand"):
    row = f"| {actor} | not party | not party |"
    R(d, actor, NOTBOUND, RC51, None, row, negated=True, alt=["It has neither signed nor acceded to the Convention"] if actor == "India" else None)
    R(d, actor, NOTBOUND, P67, None, row, negated=True)
R(d, "India", "signed", RC51, None, "It has neither signed nor acceded to the Convention", negated=True)
OUT09 = ["Bangladesh", "Indonesia", "Myanmar", "Nepal", "Pakistan", "Sri Lanka"]
GCC = ["Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"]
for inst in (RC51, P67):
    RL(d, OUT09, NOTBOUND, inst, None,
       "Bangladesh, Indonesia, Myanmar, Nepal, Pakistan and Sri Lanka are not parties to either instrument", negated=True)
    RL(d, GCC, NOTBOUND, inst, None,
       "nor is any member of the Gulf Cooperation Council: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates", negated=True)
R(d, "Indonesia", JOINED, RC51, None, "Indonesia, by contrast, has repeatedly said it will \"consider\" accession", negated=True)
BANGKOK = ("Bangkok Principles on the Status and Treatment of Refugees", ["Bangkok Principles"])
ASEANHRD = ("ASEAN Human Rights Declaration", ["AHRD"])
BALI = ("Bali Declaration on People Smuggling, Trafficking in Persons and Related Transnational Crime", ["Bali Declaration"])
R(d, ["Asian-African Legal Consultative Organization", "AALCO"], EA, BANGKOK, "1966",
  "The Bangkok Principles on the Status and Treatment of Refugees were adopted by the Asian-African Legal Consultative Organization (AALCO) in 1966")
R(d, ["ASEAN", "Association of Southeast Asian Nations", "ASEAN Heads of State"], EA, ASEANHRD, "2012-11",
  "The ASEAN Human Rights Declaration, adopted by ASEAN Heads of State in Phnom Penh in November 2012")
R(d, ["Bali Process", "Bali Process Ministerial Conference", "ministers of the Bali Process"], EA, BALI, "2016-03",
  "was adopted by the ministers of the Bali Process in March 2016")
# Australia and Indonesia co-chair the Process: nothing.
R(d, "Philippines", ACCEDED, S54, "2011", "The Philippines acceded to the 1954 Convention relating to the Status of Stateless Persons in 2011")
for inst in (S54, S61):
    R(d, "Turkmenistan", PARTY, inst, "2012",
      "Turkmenistan became a party to both the 1954 Convention and the 1961 Convention on the Reduction of Statelessness in 2012")
    R(d, "Thailand", NOTBOUND, inst, None, "is a party to neither", negated=True)
R(d, "Thailand", JOINED, S54, None, "Thailand's cabinet has asked its Ministry of Interior to study accession to the 1954 Convention",
  negated=True, required=False)
# Japan's party status is its 1981 accession in the table (optional as a separate party record).
R(d, "Japan", PARTY, RC51, "1981", "Japan, a party to the Refugee Convention since 1981", required=False)
# The Global Refugee Forum's invitation to pledge: nothing.

# ===================== 10 (Chilean foreign ministry press release, Cartagena+40 closing meeting, Santiago, Thursday 12 December 2024) =====================
d = "10.txt"
D = "2024-12-12"
CHILE = ("Chile Declaration and Plan of Action", ["Chile Declaration", "Chile Plan of Action", "Cartagena+40 Declaration and Plan of Action"])
CARTAGENA = ("Cartagena Declaration on Refugees", ["Cartagena Declaration", "1984 Cartagena Declaration"])
SIXTEEN = ["Belize", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Dominican Republic", "Ecuador", "El Salvador", "Guatemala",
           "Honduras", "Mexico", "Panama", "Paraguay", "Peru", "Uruguay"]
RL(d, SIXTEEN, AE, CHILE, D,
   "The Declaration was adopted by the Governments of Belize, Bolivia, Brazil, Chile, Colombia, Costa Rica, the Dominican Republic, Ecuador, El Salvador, Guatemala, Honduras, Mexico, Panama, Paraguay, Peru and Uruguay.")
RL(d, ["Barbados", "Guyana", "Trinidad and Tobago"], AE, CHILE, D,
   "Barbados, Guyana and Trinidad and Tobago, which took part in the Caribbean consultation held in Georgetown in July, also adhered to the Declaration today.")
R(d, "Argentina", AE, CHILE, None, "Argentina attended the meeting as an observer and did not join the Declaration.", negated=True)
RL(d, ["Venezuela", "Nicaragua"], AE, CHILE, None,
   "Venezuela and Nicaragua did not participate in the Cartagena+40 process and are not among its signatories.", negated=True)
# Chile chairing: nothing; its own commitment and call, dated by the closing remarks.
R(d, "Chile", COMMITTED, CHILE, D, "Chile commits to implementing this Plan of Action in full")
R(d, "Chile", "called-for", CHILE, D, "We invite every country of the region that has not yet done so to adhere to the Chile Declaration")
R(d, ["Colloquium on the International Protection of Refugees in Central America, Mexico and Panama", "Colloquium",
      "Cartagena Colloquium"], EA, CARTAGENA, "1984-11-22",
  "The Cartagena Declaration on Refugees was adopted on 22 November 1984 by the Colloquium on the International Protection of Refugees in Central America, Mexico and Panama")
# Incorporation into national legislation: domestic. The 1994, 2004 and 2014 declarations: no adopting actor named.
R(d, "Guatemala", JOINED, S54, None,
  "Guatemala announced that it will deposit its instrument of accession to the 1954 Convention relating to the Status of Stateless Persons in the first quarter of 2025",
  negated=True)
R(d, "Peru", ACCEDED, S61, "2014", "Peru, which acceded to the 1961 Convention on the Reduction of Statelessness in 2014")
R(d, "Dominican Republic", JOINED, S61, None, "it is not in a position to accede to the 1961 Convention at this time", negated=True)
R(d, HC, "welcomed", CHILE, D, "welcomed the Chile Declaration as \"proof that this region still believes in protection,\"")
for inst in (S54, S61):
    R(d, HC, "called-for", inst, D,
      "called on the States of the Americas that have not yet done so to accede to the two statelessness conventions")
# IOM, UNHCR and the IACHR as technical partners; the pro tempore coordination: nothing.

# ===================== 11 (UK Parliament written answers, 3 and 4 February 2025) =====================
d = "11.txt"
ECN = ("European Convention on Nationality", ["ETS No. 166"])
COESUCC = ("Council of Europe Convention on the Avoidance of Statelessness in relation to State Succession",
           ["Convention on the Avoidance of Statelessness in relation to State Succession", "CETS No. 200"])
R(d, "United Kingdom", "signed", ICRMW, None,
  "The UK has not signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  negated=True)
R(d, "United Kingdom", NOTRATIFIED, ICRMW, None, "has no plans to sign or ratify it", negated=True)
RL(d, ["Canada", "France", "Germany", "Italy", "Japan", "United States"], "signed", ICRMW, None,
   "neither Canada, France, Germany, Italy, Japan nor the United States has signed the Convention", negated=True)
R(d, "United Kingdom", PARTY, C97, "1951",
  "The UK has been a party to the ILO Migration for Employment Convention (Revised), 1949 (No. 97) since 1951.")
R(d, "United Kingdom", NOTRATIFIED, C143, None,
  "The UK has not ratified the ILO Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)", negated=True)
R(d, "United Kingdom", RATIFIED, S54, "1959", "The UK ratified the 1954 Convention relating to the Status of Stateless Persons in 1959")
R(d, "United Kingdom", ACCEDED, S61, "1966", "acceded to the 1961 Convention on the Reduction of Statelessness in 1966")
# The Immigration Rules' route for stateless persons: domestic.
R(d, "United Kingdom", "signed", ECN, None,
  "The UK has not signed the European Convention on Nationality", negated=True)
R(d, "United Kingdom", "signed", COESUCC, None,
  "the Council of Europe Convention on the Avoidance of Statelessness in relation to State Succession, and has no current plans to do so",
  negated=True)
R(d, "United Kingdom", ENDORSED, GCM, "2018-12",
  "The UK endorsed the Global Compact for Safe, Orderly and Regular Migration at the Intergovernmental Conference in Marrakech in December 2018")
R(d, "United Kingdom", "supported", GCM, "2018-12-19", "voted in favour of General Assembly resolution 73/195, which endorsed it, on 19 December 2018")
R(d, GA, AE, GCM, "2018-12-19", "General Assembly resolution 73/195, which endorsed it", required=False)
R(d, "United Kingdom", "supported", GCR, None, "The UK also supported General Assembly resolution 73/151 affirming the Global Compact on Refugees.")
R(d, "United Kingdom", RATIFIED, RC51, "1954", "The UK ratified the 1951 Convention relating to the Status of Refugees in 1954")
R(d, "United Kingdom", ACCEDED, P67, "1968", "acceded to its 1967 Protocol in 1968")
# "no intention of withdrawing": continued party status, already recorded.

# ===================== 12.md (Markdown pledge tracker, statelessness pledges, 20 June 2024) =====================
d = "12.md"
D = "2024-06-20"
HLS = "2019-10"
GRF = "2023-12"
# Names in bold: the quote is the clause after the name.
for inst in (S54, S61):
    R(d, "Angola", ACCEDED, inst, "2019-10", "acceded to both conventions in October 2019, the same month it made its pledge")
    R(d, "Iceland", ACCEDED, inst, "2021-01", "acceded to both conventions in January 2021")
R(d, "Togo", ACCEDED, S54, "2021-07-14", "deposited its instrument of accession to the 1954 Convention on 14 July 2021")
R(d, "Sierra Leone", ACCEDED, S61, "2016", "acceded to the 1961 Convention in 2016")
R(d, "Sierra Leone", ACCEDED, S54, "2022-04", "completed its 2019 pledge by acceding to the 1954 Convention in April 2022")
R(d, "North Macedonia", ACCEDED, S61, "2024-03-12", "acceded to the 1961 Convention on 12 March 2024, five years after pledging to do so")
# Open pledges: the negated accession; the pledge itself (optional), dated by the meeting where it was made.
OPEN = [("Kenya", [S54], GRF, "| Kenya | accede to the 1954 Convention | GRF 2023 | Bill before the National Assembly |"),
        ("Kyrgyzstan", [S54, S61], HLS, "| Kyrgyzstan | accede to the 1954 and 1961 Conventions | HLS 2019 | Parliamentary approval expected |"),
        ("Botswana", [S61], HLS, "| Botswana | accede to the 1961 Convention | HLS 2019 | Cabinet has approved |"),
        ("Zambia", [S61], GRF, "| Zambia | accede to the 1961 Convention | GRF 2023 | Consultations under way |"),
        ("Uzbekistan", [S54], HLS, "| Uzbekistan | accede to the 1954 Convention | HLS 2019 | No recent information |"),
        ("Central African Republic", [S54, S61], HLS, "| Central African Republic | accede to both conventions | HLS 2019 | Stalled |")]
for actor, insts, when, row in OPEN:
    for inst in insts:
        R(d, actor, JOINED, inst, None, row, negated=True,
          alt=["none of these States had deposited an instrument by the date of this update"])
        R(d, actor, COMMITTED, inst, when, row, required=False)
RL(d, ["Thailand", "Viet Nam"], JOINED, S54, None,
   "Thailand and Viet Nam pledged in 2019 only to \"consider\" accession to the 1954 Convention", negated=True,
   alt=["neither has moved"])
R(d, "United Republic of Tanzania", NOTRATIFIED, KAMPALA, None,
  "The United Republic of Tanzania pledged at the 2023 Forum to ratify the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
  negated=True)
R(d, "United Republic of Tanzania", COMMITTED, KAMPALA, GRF,
  "The United Republic of Tanzania pledged at the 2023 Forum to ratify the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa",
  required=False)
R(d, "United Republic of Tanzania", "signed", KAMPALA, "2009", "which it signed in 2009")
# Mexico's pledge to withdraw a reservation: nothing.
BPA = ("Brazil Plan of Action", ["Brazil Declaration and Plan of Action"])
RL(d, ["Brazil", "Colombia"], COMMITTED, BPA, None, "Brazil and Colombia renewed their commitment to the Brazil Plan of Action")
# "All fifteen ECOWAS Member States are bound politically": unnamed. "no State has yet signed it": unnamed.
R(d, AUA, ADOPTED, AUNAT, "2024-02",
  "In February 2024 the African Union Assembly adopted the Protocol to the African Charter on Human and Peoples' Rights on the Specific Aspects of the Right to a Nationality and the Eradication of Statelessness in Africa")
# The Global Alliance's urging: no instrument named.

# ===================== 13 (AU press release, signatures of the Protocol on the Right to a Nationality, Addis Ababa, Wednesday 12 February 2025) =====================
d = "13.txt"
D = "2025-02-12"
ICGLRD = ("ICGLR Declaration on the Eradication of Statelessness", ["Declaration on the Eradication of Statelessness",
          "Brazzaville Declaration on the Eradication of Statelessness"])
RL(d, ["Angola", "Chad", "Gambia", "Rwanda", "Uganda"], "signed", AUNAT, D,
   "Angola, Chad, Gambia, Rwanda and Uganda today signed the Protocol to the African Charter on Human and Peoples' Rights on the Specific Aspects of the Right to a Nationality and the Eradication of Statelessness in Africa")
R(d, AUA, ADOPTED, AUNAT, "2024-02-18", "The Protocol was adopted by the Assembly of the Union at its 37th Ordinary Session on 18 February 2024")
RL(d, ["Benin", "Burkina Faso", "Cabo Verde", "Comoros", "Ghana", "Mali", "Sierra Leone"], "signed", AUNAT, "2024-07",
   "The first seven - Benin, Burkina Faso, Cabo Verde, Comoros, Ghana, Mali and Sierra Leone - signed during the Mid-Year Coordination Meeting in Accra in July 2024.")
# "Monday last week" against Wednesday 12 February 2025: Monday 3 February 2025. The depositary and entry into force: nothing.
R(d, "Cabo Verde", RATIFIED, AUNAT, "2025-02-03",
  "Cabo Verde on Monday last week became the first Member State to deposit an instrument of ratification")
# Congratulating the signatories: nothing; the urging is the Commission's call.
R(d, AUC + ["Minata Samaté Cessouma", "AU Commissioner for Health, Humanitarian Affairs and Social Development"], "called-for", AUNAT, D,
  "all Member States that have not yet done so to sign and ratify the Protocol without delay")
# The Kampala Convention's fifteen ratifications: unnamed.
R(d, "Uganda", NOTRATIFIED, AUNAT, None, "his country would \"move swiftly to ratification, which we expect to complete before the end of this year.\"",
  negated=True)
R(d, "Rwanda", NOTRATIFIED, AUNAT, None, "Rwanda's delegation indicated that the Protocol would be submitted to Parliament in the coming months",
  negated=True, required=False)
R(d, "South Africa", "signed", AUNAT, None, "it would need to complete a review of its Citizenship Act before it could sign the Protocol",
  negated=True)
RL(d, ["Kenya", "Nigeria"], "signed", AUNAT, None, "Kenya and Nigeria have not signed either.", negated=True)
R(d, ECOWAS, EA, ABIDJAN, "2015-02",
  "In February 2015 the Ministers of the Member States of the Economic Community of West African States (ECOWAS) adopted the Abidjan Declaration on the Eradication of Statelessness")
R(d, ECOWAS_HS, AE, ABIDJAN, "2015-05", "which ECOWAS Heads of State endorsed in May 2015")
# "Two years later" than 2015.
R(d, ["ECOWAS", "Economic Community of West African States"], EA, BANJUL, "2017",
  "Two years later ECOWAS adopted the Banjul Plan of Action on the Eradication of Statelessness")
R(d, ["International Conference on the Great Lakes Region", "ICGLR", "Member States of the International Conference on the Great Lakes Region"],
  EA, ICGLRD, "2017-10",
  "the Member States of the International Conference on the Great Lakes Region (ICGLR) adopted the Declaration on the Eradication of Statelessness in Brazzaville in October 2017")
# The OAU Convention's adoption in 1969: no adopting actor named. The AU's call to accede to it, dated by the release.
R(d, ["African Union", "AU", "African Union Commission"], "called-for", OAU69, D,
  "calls on the four Member States that are not yet party to it to accede")
# The Executive Council's report on Thursday: nothing.

# ===================== 14.html (Thai newspaper article, Senate approves accession to the 1954 Convention, Wednesday 12 March 2025) =====================
d = "14.html"
D = "2025-03-12"
# The Senate's and the House's approvals are domestic; the deposit is still to come: a negated accession.
R(d, "Thailand", JOINED, S54, None,
  "The government still has to deposit an instrument of accession with the United Nations Secretary-General in New York before Thailand becomes a party",
  negated=True, alt=["Thailand expected to be bound by the convention before the end of the year"])
R(d, "Philippines", ACCEDED, S54, "2011", "The Philippines acceded to it in 2011.")
R(d, "Thailand", JOINED, S61, None, "Thailand is not considering accession to the 1961 Convention on the Reduction of Statelessness", negated=True)
# The cabinet resolution of October 2024 and the Nationality Act: domestic. Rights groups welcoming the vote: nothing.
R(d, "Thailand", NOTBOUND, RC51, None, "But Thailand is still not a party to the 1951 Refugee Convention or its 1967 Protocol", negated=True)
R(d, "Thailand", NOTBOUND, P67, None, "But Thailand is still not a party to the 1951 Refugee Convention or its 1967 Protocol", negated=True)
for a in ("Malaysia", "Indonesia", "Myanmar"):
    for inst in (S54, S61):
        R(d, a, NOTBOUND, inst, None, "Neither Malaysia, Indonesia nor Myanmar is a party to either statelessness convention", negated=True)
RL(d, ["Cambodia", "Philippines"], ACCEDED, RC51, None,
   "Cambodia and the Philippines are the only ASEAN members that have acceded to the Refugee Convention")
R(d, "Thailand", ENDORSED, GCM, "2018-12",
  "Thailand endorsed the Global Compact for Safe, Orderly and Regular Migration in Marrakech in December 2018")
# Champion country of the Compact: a role. The 2023 pledge "to study accession": the negated accession already recorded.
R(d, "Thailand", "signed", ICRMW, None,
  "Asked whether Thailand would also sign the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  negated=True)
R(d, "Thailand", NOTBOUND, ICRMW, None, "which Thailand has long declined to join", negated=True)

# ===================== 15 (feature, the Migrant Workers Convention at 35, Geneva, Thursday 18 December 2025) =====================
d = "15.txt"
D = "2025-12-18"
# "Thirty-five years ago today" against 18 December 2025.
R(d, GA, ADOPTED, ICRMW, "1990-12-18",
  "the UN General Assembly adopted the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
# "61 States parties": unnamed. The Committee chair's remarks at the event: no act.
R(d, "Morocco", RATIFIED, ICRMW, "1993", "The first State to ratify was Morocco, in 1993")
RL(d, ["Philippines", "Egypt"], RATIFIED, ICRMW, None, "followed by the Philippines and Egypt")
R(d, "Guatemala", RATIFIED, ICRMW, "2003-03", "the ratification by Guatemala in March 2003")
for actor, year, q in [("Sri Lanka", "1996", "Sri Lanka, an early supporter, ratified in 1996"), ("Mexico", "1999", "and Mexico in 1999"),
                       ("Bangladesh", "2011", "Bangladesh followed in 2011"), ("Indonesia", "2012", "and Indonesia in 2012"),
                       ("Argentina", "2007", "Argentina ratified in 2007"), ("Chile", "2005", "and Chile in 2005"),
                       ("Türkiye", "2004", "Türkiye ratified in 2004")]:
    R(d, actor, RATIFIED, ICRMW, year, q)
R(d, "Libya", ACCEDED, ICRMW, "2004", "Libya acceded in 2004")
# "last December" against December 2025.
R(d, "Liberia", RATIFIED, ICRMW, "2024-12", "The most recent ratification was Liberia's, deposited last December.")
RL(d, ["United States", "Canada"], "signed", ICRMW, None, "Neither the United States nor Canada has signed it", negated=True)
# "no Member State of the European Union has ratified it": unnamed.
RL(d, ["Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait"], NOTBOUND, ICRMW, None,
   "Saudi Arabia, the United Arab Emirates, Qatar and Kuwait, which together host more than 25 million migrant workers, are not parties either",
   negated=True)
BETWEEN = ["Armenia", "Cambodia", "Cameroon", "Chad", "Comoros", "Gabon", "Haiti", "Montenegro", "Palau", "Serbia", "Uzbekistan"]
Q15 = "Armenia, Cambodia, Cameroon, Chad, Comoros, Gabon, Haiti, Montenegro, Palau, Serbia and Uzbekistan have signed the Convention but not ratified it"
ALT15 = {"Cambodia": ["it \"intends to ratify before the next review of Cambodia's national action plan.\""],
         "Serbia": ["Serbia said its ratification \"will follow the alignment of our legislation with the EU acquis\""],
         "Montenegro": ["Montenegro said it had no timetable"]}
for a in BETWEEN:
    # "Uzbekistan signed only a year ago": a year before December 2025.
    R(d, a, "signed", ICRMW, "2024" if a == "Uzbekistan" else None, Q15,
      alt=["Uzbekistan signed only a year ago"] if a == "Uzbekistan" else None)
    R(d, a, NOTRATIFIED, ICRMW, None, Q15, negated=True, alt=ALT15.get(a))
# "In November" against December 2025.
R(d, ["European Parliament", "EP"], "called-for", ICRMW, "2025-11",
  "the European Parliament called on EU Member States to \"ratify without further delay\" the Migrant Workers Convention")
# The Commission's "not proposed any step": no act. The Committee's call is reported, not dated.
R(d, ["Committee on Migrant Workers", "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW"],
  "called-for", ICRMW, None, "The Committee on Migrant Workers, meanwhile, has called on all States to ratify the Convention")
# Mexico and Morocco leading the Group of Friends and hosting a round table: nothing.
R(d, GA, ADOPTED, PD, "2022-06", "the Progress Declaration of the International Migration Review Forum, which the General Assembly adopted in June 2022")
# "the endorsement of more than 150 States": unnamed.

# ===================== 16 (joint AU Commission-UNHCR statement, fifteenth anniversary of the Kampala Convention, Wednesday 23 October 2024) =====================
d = "16.txt"
D = "2024-10-23"
KDECL = ("Kampala Declaration on Refugees, Returnees and Internally Displaced Persons in Africa", ["Kampala Declaration"])
HARARE = ("Harare Plan of Action", ["Harare Plan of Action for the implementation of the Kampala Convention"])
AUSS = AUA + ["Special Summit of the African Union", "African Union Special Summit"]
# "Fifteen years ago today" against 23 October 2024. Uganda hosting: nothing.
R(d, AUSS, ADOPTED, KAMPALA, "2009-10-23",
  "the Heads of State and Government of the African Union adopted the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa")
R(d, AUSS, ADOPTED, KDECL, "2009-10-23",
  "together with the Kampala Declaration on Refugees, Returnees and Internally Displaced Persons in Africa")
R(d, "Uganda", RATIFIED, KAMPALA, "2010-01", "Uganda, which hosted the Summit, became the first State to ratify the Convention, in January 2010.")
# Entry into force, "binds 35 of the 55 Member States": unnamed.
R(d, ["Conference of the States Parties to the Kampala Convention", "Conference of the States Parties", "States Parties"], EA, HARARE,
  "2017-04", "the States Parties adopted the Harare Plan of Action for the implementation of the Convention")
# The postponed second Conference: a meeting, no instrument.
R(d, "Somalia", RATIFIED, KAMPALA, "2019-11", "Somalia ratified the Convention in November 2019")
R(d, "Ethiopia", RATIFIED, KAMPALA, "2020-02", "and Ethiopia in February 2020")
# "in July of this year" against 2024; the depositary: nothing.
R(d, "South Sudan", RATIFIED, KAMPALA, "2024-07",
  "in July of this year South Sudan deposited its instrument of ratification with the Chairperson of the African Union Commission")
R(d, "Nigeria", RATIFIED, KAMPALA, "2012", "Nigeria, which ratified in 2012")
# Nigeria's national policy and Niger's law: domestic.
R(d, "Burundi", NOTRATIFIED, KAMPALA, None, "Burundi informed the Commission last month that its instrument of ratification \"will be deposited shortly\"",
  negated=True)
R(d, "Senegal", "signed", KAMPALA, None, "Senegal has signed the Convention")
R(d, "Senegal", NOTRATIFIED, KAMPALA, None, "has announced that it intends to ratify it in 2025", negated=True)
SIGNED16 = ["Cabo Verde", "Côte d'Ivoire", "Madagascar", "Sudan", "United Republic of Tanzania"]
Q16 = ("Among the States that have signed but not ratified the Convention are Cabo Verde, Côte d'Ivoire, Madagascar, Sudan and the United "
       "Republic of Tanzania.")
RL(d, SIGNED16, "signed", KAMPALA, None, Q16)
RL(d, SIGNED16, NOTRATIFIED, KAMPALA, None, Q16, negated=True)
NEITHER16 = ["Algeria", "Egypt", "Eritrea", "Kenya", "Libya", "Morocco", "Tunisia"]
Q16N = "Algeria, Egypt, Eritrea, Kenya, Libya, Morocco and Tunisia have neither signed nor ratified it."
RL(d, NEITHER16, "signed", KAMPALA, None, Q16N, negated=True)
RL(d, NEITHER16, NOTRATIFIED, KAMPALA, None, Q16N, negated=True)
for actor in (AUC, UNHCR):
    R(d, actor, "called-for", KAMPALA, D,
      "call upon all Member States that have not yet done so to sign, ratify and domesticate the Kampala Convention without further delay")
    R(d, actor, "called-for", OAU69, D,
      "We also call upon the Member States that are not yet parties to the OAU Convention Governing the Specific Aspects of Refugee Problems in Africa to accede to it")
    # Commitment to supporting implementation: optional.
    R(d, actor, COMMITTED, KAMPALA, D,
      "reaffirm their commitment to supporting Member States in the implementation of the Kampala Convention", required=False)
# "in February this year" against 2024.
R(d, AUA, ADOPTED, AUNAT, "2024-02",
  "the Assembly of the Union adopted the Protocol on the Specific Aspects of the Right to a Nationality and the Eradication of Statelessness in Africa in February this year")

gold.finish(MIN_CHARS, MAX_CHARS)
