#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Six documents are not .txt (03, 10 and 15 are Markdown; 04, 07 and 11 are saved HTML
pages); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of
theirs spans HTML mark-up, Markdown emphasis, a table cell boundary or an HTML entity.

Theme: internal government documents released to the public: ministerial submissions recommending treaty action,
talking points, diplomatic cables and formal messages, minutes of interdepartmental meetings, delegation steering notes,
question-period and issue notes, released under freedom-of-information laws with their redaction marks, classification
lines and numbered paragraphs. Only 01 has a metadata header block (Title:/Date:/Source:); every other document starts
with its own release stamp or masthead, which is body text.

Rules applied throughout (from ../../shared/gold READMEs):
- A recommendation to sign / ratify / accede ("agree that X ratify", "that you approve proceeding with ratification"),
  an intention, an expectation, "will sign", "has yet to", "is considering" and a pending decision are negated records
  with the action a naive reading would claim, and no date. Where the document later reports the act done (07, 10, 16),
  the planned statement is an optional negated record beside the affirmed one.
- Signing the instrument of ratification, full powers, Orders in Council, Executive Council or parliamentary approval,
  implementing regulations and bills, treaty examination, entry into force, depositaries, venues: no record.
- Votes: in favour -> supported; against, abstaining, not taking part, dissociating from consensus -> supported,
  negated, with the vote's date. A vote first promised one way and then cast the other is one record.
- Withdrawal, announced or recommended withdrawal, and "is not party" -> negated party records.
- Calls on others to sign / ratify / join are the caller's called-for, dated by the caller's statement when the text
  dates it; the addressees get nothing. Support for an application, a process or a body gives nothing.
- Years in brackets after an amendment's name (01) are adoption years, not the actor's acceptance date.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Iran", "Syria", "China", "Mexico", "Germany", "Netherlands", "Republic of Korea", "Viet Nam", "Türkiye",
          "Republic of Moldova", "Bolivia", "Venezuela", "Chile", "Costa Rica", "Fiji", "Samoa", "Micronesia",
          "Marshall Islands", "Philippines", "Czechia", "Saudi Arabia", "Egypt", "Thailand", "Cambodia", "Kiribati",
          "Cook Islands", "Papua New Guinea", "State of Palestine", "Côte d'Ivoire", "Kyrgyzstan", "Uzbekistan",
          "United Arab Emirates", "Togo", "Somalia", "Bangladesh", "Sudan", "Ecuador", "Guatemala"),
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Ireland": ["Ireland"],
    "Austria": ["Austria", "Republic of Austria"],
    "Palau": ["Palau", "Republic of Palau"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tuvalu": ["Tuvalu"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Niue": ["Niue"],
    "Israel": ["Israel", "State of Israel"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Canada": ["Canada"],
    "Maldives": ["Maldives", "Republic of Maldives", "the Maldives"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Montenegro": ["Montenegro"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Poland": ["Poland", "Republic of Poland"],
    "Finland": ["Finland", "Republic of Finland"],
    "Ukraine": ["Ukraine"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Hungary": ["Hungary"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Timor-Leste": ["Timor-Leste", "Democratic Republic of Timor-Leste", "East Timor"],
    "Dominican Republic": ["Dominican Republic"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

FIRST_COMMITTEE = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council", "HRC"]


# ===================== 01 (NZ MFAT submission to the Minister recommending ratification of the Kigali Amendment, 24 June 2019) =====================
d = "01.txt"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
VC = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
LON = ("London Amendment to the Montreal Protocol", ["London Amendment"])
COP = ("Copenhagen Amendment to the Montreal Protocol", ["Copenhagen Amendment"])
MON = ("Montreal Amendment to the Montreal Protocol", ["Montreal Amendment"])
BEI = ("Beijing Amendment to the Montreal Protocol", ["Beijing Amendment"])
MOP = ["Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting of the Parties", "MOP28", "Meeting of the Parties"]
R(d, MOP, ADOPTED, KIG, "2016-10-15",
  "the Kigali Amendment was adopted by the Twenty-Eighth Meeting of the Parties to the Montreal Protocol in Kigali, Rwanda, on 15 October 2016")
# The recommendation to ratify and the deposit timetable: planned. Signing the instrument of ratification, the Committee's
# examination, the regulations, the NIA and the depositary: no record.
R(d, "New Zealand", NOTRATIFIED, KIG, None, "Agree that New Zealand ratify the Kigali Amendment", negated=True,
  alt=["New Zealand is now one of a minority of Pacific Islands Forum members not to have ratified.",
       "we will deposit the instrument so that New Zealand is a Party before the Thirty-First Meeting of the Parties"])
R(d, "New Zealand", PARTY, VC, "1987", "New Zealand has been a Party to the Vienna Convention for the Protection of the Ozone Layer since 1987")
R(d, "New Zealand", PARTY, MP, "1988", "and to the Montreal Protocol since 1988")
# The bracketed years are the amendments' own (adoption) years, not New Zealand's acceptance dates.
Q = "It has accepted each of the four earlier amendments to the Protocol - the London (1990), Copenhagen (1992), Montreal (1997) and Beijing (1999) Amendments"
for inst in (LON, COP, MON, BEI):
    R(d, "New Zealand", ACCEPTED, inst, None, Q)
# Joining consensus on the adoption: a weak form of support (optional).
R(d, "New Zealand", "supported", KIG, "2016-10-15", "New Zealand joined consensus on the adoption of the Amendment at MOP28.", required=False)
# "77 Parties": unnamed. Entry into force on 1 January 2019: nothing.
R(d, "Mali", RATIFIED, KIG, "2017-03", "Mali was the first, in March 2017")
R(d, "Rwanda", RATIFIED, KIG, "2017-05", "followed by Rwanda, the host of MOP28, in May 2017")
RL(d, ["Canada", "United Kingdom"], RATIFIED, KIG, "2017-11", "Canada and the United Kingdom ratified in November 2017")
R(d, "European Union", ACCEPTED, KIG, "2018-09", "the European Union in September 2018")
R(d, "Australia", RATIFIED, KIG, "2018-10", "Australia in October 2018")
R(d, "Japan", ACCEPTED, KIG, "2018-12", "Japan in December 2018")
RL(d, ["Samoa", "Tuvalu", "Palau", "Kiribati", "Micronesia"], RATIFIED, KIG, None,
   "the Amendment has been ratified by Samoa, Tuvalu, Palau, Kiribati and the Federated States of Micronesia")
R(d, ["Pacific Islands Forum Leaders", "Pacific Islands Forum", "PIF"], "called-for", KIG, "2018",
  "Pacific Islands Forum Leaders, in their 2018 communique, urged all Forum members that had not yet done so to ratify the Kigali Amendment")
# Australia's encouragement is not dated.
R(d, "Australia", "called-for", KIG, None, "Australian officials have separately encouraged us to ratify ahead of MOP31.")
R(d, "United States", NOTRATIFIED, KIG, None, "the United States has not ratified", negated=True)
R(d, "China", NOTRATIFIED, KIG, None, "China has signalled that it intends to accept the Amendment but has not given a date", negated=True)
R(d, "India", NOTRATIFIED, KIG, None, "India has said it will ratify only once its national Cooling Action Plan is finalised", negated=True)

# ===================== 02 (UK eGram from UKMIS New York on the Third Committee death-penalty vote, 18 November 2020) =====================
d = "02.txt"
DPM = ("resolution on a moratorium on the use of the death penalty",
       ["moratorium on the use of the death penalty", "death penalty moratorium resolution", "Moratorium on the use of the death penalty"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
V = "2020-11-17"  # "yesterday" against the telegram's date
R(d, TC, "adopted", DPM, V,
  "Third Committee yesterday adopted the biennial resolution on a moratorium on the use of the death penalty by 120 votes to 39, with 24 abstentions")
R(d, "United Kingdom", "co-sponsored", DPM, None, "The UK co-sponsored and voted in favour.")
R(d, "United Kingdom", "supported", DPM, V, "The UK co-sponsored and voted in favour.")
# Plenary co-sponsorship is announced, not done (optional).
R(d, "United Kingdom", "co-sponsored", DPM, None, "The UK will co-sponsor again in plenary.", negated=True, required=False)
RL(d, ["Republic of Korea", "Djibouti", "Lebanon"], "supported", DPM, V, "Republic of Korea, Djibouti and Lebanon voted yes for the first time.")
R(d, "Yemen", "supported", DPM, V, "Yemen moved from no to abstention.", negated=True, alt=["Yemen, which abstained"])
R(d, "Switzerland", "co-sponsored", DPM, None, "The draft was presented by Switzerland on behalf of the inter-regional task force")
# "all EU Member States": unnamed individually; "77 co-sponsors": unnamed.
RL(d, ["Australia", "Canada", "New Zealand", "Mexico", "Norway"], "co-sponsored", DPM, None,
   "attracted 77 co-sponsors, including the UK, all EU Member States, Australia, Canada, New Zealand, Mexico and Norway")
RL(d, ["United States", "China", "Japan", "India", "Iran", "Saudi Arabia", "Egypt", "Singapore"], "supported", DPM, V,
   "the United States, China, Japan, India, Iran, Saudi Arabia, Egypt and Singapore were among those voting against", negated=True)
RL(d, ["Cuba", "Thailand", "Viet Nam"], "supported", DPM, V, "Abstentions included Cuba, Thailand and Viet Nam.", negated=True)
# Promised a yes, then abstained: one negated record.
R(d, "Zimbabwe", "supported", DPM, V, "in the event it abstained", negated=True,
  alt=["Zimbabwe had told us at ambassador level on 12 November that it would vote in favour"])
R(d, "Djibouti", PARTY, OP2, None, "Djibouti, already a Party to the Second Optional Protocol to the ICCPR")
# The EU statement and the UK explanation of vote were given at yesterday's action.
R(d, "European Union", "welcomed", DPM, V, "Germany, speaking for the EU, welcomed the resolution")
R(d, "United Kingdom", "called-for", OP2, V,
  "In our own explanation of vote we called on all States that have not yet done so to ratify the Second Optional Protocol to the ICCPR")
R(d, "Lebanon", NOTRATIFIED, OP2, None, "Lebanon has not ratified the Second Optional Protocol", negated=True)
# Hostile amendments tabled/withdrawn/rejected without named sponsors; Singapore "spoke for" a group: nothing.

# ===================== 03.md (UK cross-Whitehall PIL officials' group minutes, 21 November 2023) =====================
d = "03.md"
H19 = ("HCCH Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Hague 2019", "Hague Judgments Convention", "Judgments Convention", "Hague Judgments Convention 2019"])
CHOICE = ("Hague Choice of Court Convention 2005", ["Convention on Choice of Court Agreements", "Choice of Court Convention", "Hague 2005"])
CS07 = ("2007 Hague Child Support Convention", ["Hague Child Support Convention", "Convention on the International Recovery of Child Support"])
LUG = ("Lugano Convention 2007", ["Lugano Convention", "Lugano 2007"])
SING = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
        ["Singapore Convention on Mediation", "Singapore Convention"])
# The intention (June 2023), the ministerial agreement and the planned January signature: not yet signed.
R(d, "United Kingdom", "signed", H19, None, "Signature is planned for the second week of January 2024", negated=True,
  alt=["Ministers have now agreed that the UK should sign.", "set out its intention to sign and ratify the HCCH Convention"])
R(d, "United Kingdom", NOTRATIFIED, H19, None, "The UK will not be in a position to ratify", negated=True)
R(d, ["Hague Conference on Private International Law", "HCCH", "Diplomatic Session of the Hague Conference",
      "Twenty-Second Diplomatic Session of the Hague Conference"], ADOPTED, H19, "2019-07-02",
  "The Convention was adopted by the Twenty-Second Diplomatic Session of the Hague Conference on 2 July 2019")
# Entry into force (1 September 2023): nothing.
R(d, "European Union", ACCEDED, H19, "2022-08-29", "The EU acceded on 29 August 2022")
R(d, "Ukraine", RATIFIED, H19, "2022-08-29", "Ukraine ratified on the same day")
# "binding all Member States other than Denmark": Denmark is left outside the EU's accession (implicit; optional).
R(d, "Denmark", NOTBOUND, H19, None, "binding all Member States other than Denmark", negated=True, required=False)
R(d, "Uruguay", "signed", H19, "2019-07-02", "Uruguay was the first State to sign, on 2 July 2019.")
FOUR = ["Israel", "Costa Rica", "Russian Federation", "United States"]
Q = "Israel, Costa Rica, the Russian Federation and the United States have signed but not ratified."
RL(d, FOUR, "signed", H19, None, Q)
RL(d, FOUR, NOTRATIFIED, H19, None, Q, negated=True)
RL(d, ["Norway", "Switzerland"], "signed", H19, None, "Neither Norway nor Switzerland has signed", negated=True)
R(d, "United Kingdom", ACCEDED, CHOICE, "2020-09-28", "having deposited its instrument of accession on 28 September 2020",
  alt=["The UK has applied the Convention in its own right since 1 January 2021"])
RL(d, ["European Union", "Denmark", "Mexico", "Montenegro", "Singapore"], PARTY, CHOICE, None,
   "The other Contracting Parties are the EU, Denmark, Mexico, Montenegro and Singapore.")
R(d, "United Kingdom", RATIFIED, CS07, "2020-09-28",
  "The UK's ratification of the 2007 Hague Child Support Convention was deposited on the same day")
# Lugano: an application is not accession; support for the UK's application is support for a process (nothing);
# the EU's refusal of consent and the depositary: nothing.
R(d, "United Kingdom", NOTBOUND, LUG, None, "The UK is therefore not a Contracting Party to Lugano 2007.", negated=True,
  alt=["The UK applied to accede on 8 April 2020."])
RL(d, ["Norway", "Switzerland", "Iceland"], PARTY, LUG, None, "Norway, Switzerland and Iceland, the non-EU Contracting Parties")
R(d, "United Kingdom", "signed", SING, "2023-05-03",
  "The UK signed the United Nations Convention on International Settlement Agreements Resulting from Mediation on 3 May 2023.")
RL(d, ["United States", "China"], "signed", SING, "2019-08-07", "the US and China had signed at the opening ceremony in Singapore on 7 August 2019")
RL(d, ["Singapore", "Fiji"], RATIFIED, SING, "2020-02", "Singapore and Fiji were the first to ratify, in February 2020")
R(d, "United Kingdom", NOTRATIFIED, SING, None, "The UK has not ratified.", negated=True)

# ===================== 04.html (DFAT FOI disclosure log page: TPNW talking points, 15 November 2022) =====================
d = "04.html"
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
TPNWRES = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["resolution on the TPNW", "TPNW resolution"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Protocols to the South Pacific Nuclear Free Zone Treaty", "Rarotonga Protocols"])
VD = ("Vienna Declaration", ["Vienna Declaration of the First Meeting of States Parties"])
VAP = ("Vienna Action Plan", ["Vienna Action Plan of the First Meeting of States Parties", "Action Plan"])
R(d, "Australia", COMMITTED, NPT, None,
  "Australia remains committed to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)")
# "last month" (October 2022) is the vote of 27 October stated in the background section; earlier votes against: same tuple.
R(d, "Australia", "supported", TPNWRES, "2022-10-27",
  "Australia abstained on the resolution on the TPNW in the UN General Assembly First Committee last month.", negated=True,
  alt=["This is a change from our previous votes against the resolution."])
R(d, FIRST_COMMITTEE, "adopted", TPNWRES, "2022-10-27", "The First Committee adopted this year's TPNW resolution on 27 October.")
RL(d, ["Japan", "Republic of Korea", "Canada", "United Kingdom", "Netherlands"], "supported", TPNWRES, "2022-10-27",
   "Japan, the Republic of Korea, Canada, the United Kingdom and the Netherlands voted against it.", negated=True)
# The conditional "will sign and ratify ... only after": not done.
for act in ("signed", NOTRATIFIED):
    R(d, "Australia", act, TPNW, None, "Australia has not signed or ratified the TPNW.", negated=True,
      alt=["The Government will sign and ratify the Treaty only after taking account of the need to ensure an effective verification and enforcement architecture"])
R(d, "Fiji", "signed", TPNW, "2017-09-20", "Fiji signed the TPNW on 20 September 2017")
R(d, "Fiji", RATIFIED, TPNW, "2020-07-07", "ratified it on 7 July 2020")
R(d, "New Zealand", RATIFIED, TPNW, "2018-07-31", "New Zealand ratified on 31 July 2018.")
# Calls by Fiji and New Zealand, undated in the text. Australia, the addressee, gets nothing.
R(d, "Fiji", "called-for", TPNW, None, "Fiji's Prime Minister has publicly urged Australia to sign the Treaty")
R(d, "New Zealand", "called-for", TPNW, None, "New Zealand has called on all states to join it")
RL(d, ["Cook Islands", "Kiribati", "Nauru", "Niue", "Palau", "Samoa", "Tuvalu", "Vanuatu"], PARTY, TPNW, None,
   "the Cook Islands, Kiribati, Nauru, Niue, Palau, Samoa, Tuvalu and Vanuatu are also States Parties")
RL(d, ["Marshall Islands", "Micronesia"], "signed", TPNW, None,
   "The Marshall Islands and the Federated States of Micronesia have not signed.", negated=True)
# Entry into force; Australia's non-attendance (attendance is not a treaty act): nothing.
MSP = ["First Meeting of States Parties", "First Meeting of States Parties to the TPNW", "Meeting of States Parties"]
R(d, MSP, ADOPTED, VD, "2022-06", "The First Meeting of States Parties, held in Vienna in June 2022, adopted the Vienna Declaration and Action Plan.")
R(d, MSP, ADOPTED, VAP, "2022-06", "The First Meeting of States Parties, held in Vienna in June 2022, adopted the Vienna Declaration and Action Plan.", required=False)
R(d, "Australia", RATIFIED, RARO, "1986", "Australia ratified the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga) in 1986.")
R(d, "France", RATIFIED, RAROP, "1996", "France and the United Kingdom ratified its Protocols in 1996 and 1997 respectively")
R(d, "United Kingdom", RATIFIED, RAROP, "1997", "France and the United Kingdom ratified its Protocols in 1996 and 1997 respectively")
RL(d, ["China", "Russian Federation"], PARTY, RAROP, None, "China and the Russian Federation are also bound by them")
R(d, "United States", "signed", RAROP, "1996", "The United States signed the Protocols in 1996 but has not ratified them.")
R(d, "United States", NOTRATIFIED, RAROP, None, "The United States signed the Protocols in 1996 but has not ratified them.", negated=True)
# "Pacific partners regularly call on Washington": unnamed callers.

# ===================== 05 (US cable from USMISSION GENEVA on HRC resolution 46/1, 24 March 2021; FOIA release) =====================
d = "05.txt"
R461 = ("resolution 46/1", ["Promoting reconciliation, accountability and human rights in Sri Lanka",
                             "Human Rights Council resolution 46/1", "Sri Lanka resolution"])
R301 = ("resolution 30/1", ["Human Rights Council resolution 30/1"])
V = "2021-03-23"
R(d, HRC, "adopted", R461, V, "The Human Rights Council on March 23 adopted resolution 46/1")
# Tabling by the core group is co-authorship; the tabling day is not given.
RL(d, ["United Kingdom", "Canada", "Germany", "Malawi", "Montenegro", "North Macedonia"], "co-sponsored", R461, None,
   "The core group - the United Kingdom, Canada, Germany, Malawi, Montenegro and North Macedonia - tabled the text")
R(d, "United States", "co-sponsored", R461, None, "which the United States co-sponsored as an observer State",
  alt=["The core group is grateful for our co-sponsorship and outreach"])
AGAINST = ["Bangladesh", "Bolivia", "China", "Cuba", "Eritrea", "Pakistan", "Philippines", "Russian Federation", "Somalia",
           "Uzbekistan", "Venezuela"]
for a in AGAINST:
    # Uzbekistan promised an abstention and voted no: one negated record.
    R(d, a, "supported", R461, V,
      "Voting against were Bangladesh, Bolivia, China, Cuba, Eritrea, Pakistan, the Philippines, the Russian Federation, Somalia, Uzbekistan and Venezuela.",
      negated=True, alt=["Uzbekistan voted no."] if a == "Uzbekistan" else None)
ABST = ["Bahrain", "Burkina Faso", "Cameroon", "Gabon", "India", "Indonesia", "Japan", "Libya", "Mauritania", "Namibia", "Nepal",
        "Senegal", "Sudan", "Togo"]
for a in ABST:
    # Japan "would seriously consider a yes vote", then abstained: one negated record.
    R(d, a, "supported", R461, V,
      "Abstaining: Bahrain, Burkina Faso, Cameroon, Gabon, India, Indonesia, Japan, Libya, Mauritania, Namibia, Nepal, Senegal, Sudan and Togo.",
      negated=True, alt=["in the event it abstained"] if a == "Japan" else None)
RL(d, ["Brazil", "Mexico", "Ukraine"], "supported", R461, V, "The 22 members voting yes included Brazil, Mexico and Ukraine.")
# "helped hold ... in the yes column": they voted yes (an indirect statement; optional).
RL(d, ["Fiji", "Marshall Islands"], "supported", R461, V, "helped hold Fiji and the Marshall Islands in the yes column", required=False)
# Sri Lanka is not a Council member: "rejected the resolution" and "called for the vote" are not votes. Its earlier
# co-sponsorship and its withdrawal from it are both recorded.
R(d, "Sri Lanka", "co-sponsored", R301, "2015-10", "Sri Lanka co-sponsored resolution 30/1 in October 2015")
R(d, "Sri Lanka", "co-sponsored", R301, None,
  "the government announced in February 2020 that it was withdrawing from co-sponsorship of that resolution and its successors", negated=True)
R(d, "United States", "welcomed", R461, V, "Secretary Blinken's statement of March 23 welcomed the adoption of resolution 46/1")
# "urged Sri Lanka to engage with the Council", the OHCHR mandate, HRC48/51 reports: nothing.

# ===================== 06 (Australian ministerial submission recommending OPCAT ratification, 28 November 2017; FOI release) =====================
d = "06.txt"
OPCAT = ("Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
         ["OPCAT", "Optional Protocol to the Convention against Torture"])
CAT = ("Convention against Torture", ["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "CAT"])
R57199 = ("resolution 57/199", ["General Assembly resolution 57/199", "OPCAT"])
OP3 = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
       ["OP3-CRC", "Third Optional Protocol to the CRC", "Optional Protocol on a communications procedure"])
# The recommendation and the announced intention: planned. Signing the instrument of ratification, the Executive Council,
# JSCOT's report, the Article 24 declaration and the NPM arrangements: no record.
R(d, "Australia", NOTRATIFIED, OPCAT, None,
  "agree that Australia ratify the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (OPCAT)",
  negated=True, alt=["the Government announced its intention to ratify OPCAT by December 2017"])
R(d, "Australia", "signed", OPCAT, "2009-05-19", "Australia signed OPCAT on 19 May 2009.")
R(d, "Australia", PARTY, CAT, "1989", "Australia has been a party to the Convention against Torture since 1989.")
R(d, "New Zealand", RATIFIED, OPCAT, "2007-03", "New Zealand ratified OPCAT in March 2007")
R(d, "United Kingdom", RATIFIED, OPCAT, "2003-12", "and the United Kingdom in December 2003")
R(d, "Nauru", ACCEDED, OPCAT, "2013-01", "Nauru acceded in January 2013.")
RL(d, ["Cambodia", "Philippines", "Mongolia"], PARTY, OPCAT, None, "Cambodia, the Philippines and Mongolia are also parties.")
R(d, "Timor-Leste", "signed", OPCAT, "2005", "Timor-Leste signed in 2005 but has not ratified.")
R(d, "Timor-Leste", NOTRATIFIED, OPCAT, None, "Timor-Leste signed in 2005 but has not ratified.", negated=True)
RL(d, ["Indonesia", "Papua New Guinea"], "signed", OPCAT, None, "Indonesia and Papua New Guinea have not signed.", negated=True)
R(d, GA, ADOPTED, OPCAT, "2002-12-18", "The UN General Assembly adopted OPCAT on 18 December 2002 in resolution 57/199")
RL(d, ["United States", "Marshall Islands", "Nigeria", "Palau"], "supported", R57199, "2002-12-18",
   "The United States, the Marshall Islands, Nigeria and Palau voted against.", negated=True)
R(d, ["UN Committee against Torture", "Committee against Torture"], "called-for", OPCAT, "2014",
  "In its 2014 concluding observations, the UN Committee against Torture recommended that Australia ratify OPCAT.")
R(d, "Australia", "signed", OP3, None,
  "Australia has not signed the Optional Protocol to the Convention on the Rights of the Child on a communications procedure.", negated=True)
# The Human Rights Council term: a body, nothing.

# ===================== 07.html (gov.uk FOI release with a redacted submission on the CoE AI Convention, 30 January 2025) =====================
d = "07.html"
AIC = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
       ["Framework Convention on Artificial Intelligence", "Council of Europe Framework Convention on Artificial Intelligence",
        "AI Convention", "Framework Convention"])
BLE = ("Bletchley Declaration", ["Bletchley Declaration on AI Safety"])
R(d, "United Kingdom", "signed", AIC, "2024-09-05", "The UK signed the Convention in Vilnius on 5 September 2024.")
RL(d, ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "Israel", "United States", "European Union"],
   "signed", AIC, "2024-09-05",
   "the Convention was signed on 5 September 2024 by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino, the United Kingdom, Israel, the United States and the European Union")
# The submission (22 August 2024) predates the signatures: its recommendation and the others' announced intentions are
# planned statements later overtaken (optional).
R(d, "United Kingdom", "signed", AIC, None, "that you agree that the UK sign the Convention on 5 September 2024 in Vilnius", negated=True, required=False)
RL(d, ["European Union", "United States", "Israel", "Norway"], "signed", AIC, None,
   "The European Union, the United States, Israel and Norway have indicated that they will sign on 5 September.", negated=True, required=False)
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, AIC, "2024-05-17",
  "The Convention was adopted by the Council of Europe Committee of Ministers on 17 May 2024")
R(d, "United Kingdom", NOTRATIFIED, AIC, None,
  "We do not propose to ratify until we are satisfied that existing law and any future AI legislation give full effect to the Convention.",
  negated=True, alt=["Signature does not bind the UK."])
RL(d, ["Canada", "Japan"], "signed", AIC, None,
   "Canada and Japan, which took part in the negotiations, are not expected to sign this year.", negated=True)
R(d, "Switzerland", "signed", AIC, None, "Switzerland has said it will sign only once its domestic consultation concludes.", negated=True)
RL(d, ["United Kingdom", "United States", "China", "European Union"], SIGNED_DECL, BLE, "2023-11-01",
   "endorsed at the AI Safety Summit on 1 November 2023 by the UK, the United States, China and the EU, among 29 signatories")
# The EU AI Act (EU legislation) and the Commission's mandate: nothing.

# ===================== 08 (Canadian memorandum to the Minister of Labour on ILO C190 ratification, 8 November 2022; ATIP release) =====================
d = "08.txt"
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "Violence and Harassment Convention"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration"])
P29 = ("Protocol of 2014 to the Forced Labour Convention", ["P029", "Forced Labour Protocol"])
C98 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["Convention No. 98", "C98"])
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["Convention No. 138", "C138"])
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
R(d, ILC, ADOPTED, C190, "2019-06-21", "The International Labour Conference adopted Convention No. 190 on June 21, 2019")
Q = "The Conference adopted the accompanying Violence and Harassment Recommendation, 2019 (No. 206) and the ILO Centenary Declaration for the Future of Work on the same day."
R(d, ILC, ADOPTED, R206, "2019-06-21", Q)
R(d, ILC, ADOPTED, CENT, "2019-06-21", Q)
R(d, "Canada", "supported", C190, "2019-06-21", "Canada's Government, employer and worker delegates all voted in favour.")
# The memo seeks approval to proceed; the mandate-letter commitment and the planned January deposit: not done.
# The Order in Council, the instrument's execution, Bill C-65 and the regulations: domestic, no record.
R(d, "Canada", NOTRATIFIED, C190, None,
  "You are asked to approve proceeding with Canada's ratification of the International Labour Organization (ILO) Violence and Harassment Convention",
  negated=True, alt=["The ratification of Convention No. 190 is a commitment in your mandate letter.",
                     "That you approve proceeding with the ratification of the ILO Violence and Harassment Convention, 2019 (No. 190)."])
R(d, "Canada", RATIFIED, P29, "2019-06", "the Protocol of 2014 to the Forced Labour Convention, which Canada ratified in June 2019")
R(d, "Canada", RATIFIED, C98, "2017-06", "Canada ratified the Right to Organise and Collective Bargaining Convention, 1949 (No. 98) in June 2017")
R(d, "Canada", RATIFIED, C138, "2016-06", "the Minimum Age Convention, 1973 (No. 138) in June 2016")
# "22 member States": unnamed.
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay was the first, in June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06", "followed by Fiji the same month")
R(d, "Namibia", RATIFIED, C190, "2020-12", "Namibia in December 2020")
R(d, "Argentina", RATIFIED, C190, "2021-02", "Argentina in February 2021")
RL(d, ["Somalia", "Ecuador", "Mauritius", "Greece", "South Africa"], RATIFIED, C190, None,
   "Somalia, Ecuador, Mauritius, Greece and South Africa have also ratified")
R(d, "Italy", RATIFIED, C190, "2021-10", "as did Italy in October 2021")
R(d, "United Kingdom", RATIFIED, C190, "2022-03", "The United Kingdom ratified in March 2022")
R(d, "Spain", RATIFIED, C190, "2022-05", "Spain in May 2022")
R(d, "Mexico", RATIFIED, C190, "2022-07", "Mexico in July 2022")
R(d, "United States", NOTRATIFIED, C190, None, "the United States has not ratified Convention No. 190", negated=True)
R(d, "Australia", NOTRATIFIED, C190, None, "Australia announced in September 2022 that it intends to ratify, subject to legislative changes", negated=True)
R(d, "New Zealand", NOTRATIFIED, C190, None, "New Zealand is still considering ratification and has not set a timeline", negated=True)
# A union's call on its Government; the instrument is only implied by the context (optional).
R(d, ["Canadian Labour Congress", "CLC"], "called-for", C190, None,
  "The Canadian Labour Congress has called on the Government to ratify without further delay.", required=False)

# ===================== 09 (US cable from USUN New York on the Paris Agreement signing ceremony, 23 April 2016; FOIA release) =====================
d = "09.txt"
PA = ("Paris Agreement", ["Paris Agreement on climate change"])
S = "2016-04-22"
R(d, ["COP21", "Conference of the Parties", "UNFCCC Conference of the Parties", "Conference of the Parties to the UNFCCC"], ADOPTED, PA,
  "2015-12-12", "He recalled that COP21 adopted the Agreement in Paris on December 12, 2015.")
R(d, "United States", "signed", PA, S, "Secretary Kerry signed on behalf of the United States.")
R(d, "France", "signed", PA, S, "French President Hollande, whose government presided over COP21, was the first to sign.")
R(d, "China", "signed", PA, S, "Vice Premier Zhang Gaoli signed for China")
R(d, "European Union", "signed", PA, S, "the European Union signed alongside its member States")
# "alongside its member States": unnamed individually. "175 Parties": unnamed.
RL(d, ["India", "Russian Federation", "Canada"], "signed", PA, S, "India, the Russian Federation and Canada were also among the signatories.")
RL(d, ["Barbados", "Belize", "Fiji", "Grenada", "Maldives", "Marshall Islands", "Mauritius", "Nauru", "Palau", "Saint Kitts and Nevis",
       "Saint Lucia", "Samoa", "Somalia", "State of Palestine", "Tuvalu"], RATIFIED, PA, S,
   "The following deposited instruments of ratification on April 22: Barbados, Belize, Fiji, Grenada, the Maldives, the Marshall Islands, Mauritius, Nauru, Palau, Saint Kitts and Nevis, Saint Lucia, Samoa, Somalia, the State of Palestine and Tuvalu.")
# Fiji's completed domestic procedure in February is a domestic step.
R(d, "Canada", NOTRATIFIED, PA, None, "Canada would ratify within the year", negated=True)
R(d, "China", NOTRATIFIED, PA, None,
  "China would complete its domestic procedures for joining the Agreement before the G20 Hangzhou Summit in September", negated=True)
R(d, "India", NOTRATIFIED, PA, None, "India said it had begun its domestic process but gave no timeline.", negated=True)
R(d, "European Union", NOTRATIFIED, PA, None, "The European Union has not ratified", negated=True)
R(d, "United States", NOTBOUND, PA, None, "the United States intends to join the Agreement this year", negated=True,
  alt=["the timing of the U.S. instrument of acceptance"])
R(d, "Nicaragua", "signed", PA, None, "Nicaragua did not sign", negated=True)
R(d, "Syria", "signed", PA, None, "Syria also did not sign.", negated=True)
# Made at the ceremony of April 22.
R(d, ["UN Secretary-General", "Secretary-General", "Ban Ki-moon"], "called-for", PA, S,
  "Secretary-General Ban called on all countries to join the Agreement at the national level as soon as possible")
# Entry-into-force threshold, the depositary and the September treaty event: nothing.

# ===================== 10.md (Irish steering note for the First Committee, 6 October 2023, with post-vote annex of 3 November) =====================
d = "10.md"
LAWS = ("draft resolution L.56 on lethal autonomous weapons systems",
        ["L.56", "lethal autonomous weapons systems", "resolution on lethal autonomous weapons systems", "autonomous weapons"])
TPNWR = ("First Committee resolution on the Treaty on the Prohibition of Nuclear Weapons", ["TPNW resolution"])
CTBTR = ("First Committee resolution on the Comprehensive Nuclear-Test-Ban Treaty", ["CTBT resolution"])
ICTR = ("draft resolution on developments in the field of information and telecommunications",
        ["Developments in the field of ICTs", "Russian draft on ICTs", "ICT resolution"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Political Declaration", "Political Declaration on explosive weapons in populated areas", "Political Declaration"])
SN = "2023-10-06"
V = "2023-11-01"
R(d, "Austria", "co-sponsored", LAWS, None, "The draft was tabled by Austria with a cross-regional group of co-authors.")
# The instruction (planned) is overtaken by the annex's report of the act (optional negated records).
Q = "Ireland will co-sponsor and vote in favour of the Austrian draft resolution on lethal autonomous weapons systems"
R(d, "Ireland", "co-sponsored", LAWS, None, Q, negated=True, required=False)
R(d, "Ireland", "supported", LAWS, None, Q, negated=True, required=False)
R(d, FIRST_COMMITTEE, "adopted", LAWS, V, "On 1 November the First Committee adopted L.56 by 164 votes to 5, with 8 abstentions.")
R(d, "Ireland", "co-sponsored", LAWS, None, "Ireland co-sponsored the draft and voted yes.")
R(d, "Ireland", "supported", LAWS, V, "Ireland co-sponsored the draft and voted yes.")
RL(d, ["Belarus", "India", "Mali", "Niger", "Russian Federation"], "supported", LAWS, V,
   "Against: Belarus, India, Mali, Niger and the Russian Federation.", negated=True)
RL(d, ["China", "Democratic People's Republic of Korea", "Iran", "Israel", "Saudi Arabia", "Syria", "Türkiye", "United Arab Emirates"],
   "supported", LAWS, V,
   "Abstaining: China, the Democratic People's Republic of Korea, Iran, Israel, Saudi Arabia, Syria, Türkiye and the United Arab Emirates.",
   negated=True)
# The TPNW and CTBT resolutions' adoption days are not given.
R(d, FIRST_COMMITTEE, "adopted", TPNWR, None, "The Committee also adopted the TPNW resolution.")
R(d, "Ireland", "co-sponsored", TPNWR, None, "Ireland co-sponsored it and voted in favour.")
R(d, "Ireland", "supported", TPNWR, None, "Ireland co-sponsored it and voted in favour.")
# The instruction table's "Co-sponsor; vote Yes" for the TPNW and CTBT drafts: planned, overtaken (optional).
for inst in (TPNWR, CTBTR):
    R(d, "Ireland", "co-sponsored", inst, None, "Co-sponsor; vote Yes", negated=True, required=False)
    R(d, "Ireland", "supported", inst, None, "Co-sponsor; vote Yes", negated=True, required=False)
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland ratified the TPNW on 6 August 2020.")
# Lines to take are the steering note's statements of position: calls dated by the note.
R(d, "Ireland", "called-for", TPNW, SN,
  "Ireland calls on all States that have not yet done so to sign and ratify the Treaty on the Prohibition of Nuclear Weapons.")
R(d, "Ireland", "called-for", CTBT, SN,
  "Ireland calls on the remaining Annex 2 States to sign and ratify the Comprehensive Nuclear-Test-Ban Treaty without further delay.")
# The CTBT draft's leads appear only in a table cell (optional).
RL(d, ["Australia", "Mexico", "New Zealand"], "co-sponsored", CTBTR, None, "Australia, Mexico, New Zealand", required=False)
R(d, "Ireland", "co-sponsored", CTBTR, None, "Ireland's co-sponsorship was confirmed late on the day of action.")
R(d, "Russian Federation", "co-sponsored", ICTR, None,
  "On the Russian Federation's draft on developments in the field of information and telecommunications")
# Instructed to vote no, then voted no: one negated record; the vote's day is not given.
R(d, "Ireland", "supported", ICTR, None, "Ireland voted against the Russian draft, as did all EU Member States.", negated=True,
  alt=["Ireland will vote against, in line with the EU position"])
R(d, "Ireland", ENDORSED, EWIPA, "2022-11-18", "Ireland endorsed the Declaration at the Dublin Conference on 18 November 2022")
RL(d, ["United States", "United Kingdom", "France", "Germany"], ENDORSED, EWIPA, "2022-11-18",
   "together with 82 other States, including the United States, the United Kingdom, France and Germany")
# "Ireland led the process": a process. "The delegation should encourage States ... to endorse it": an instruction, not a call made.

# ===================== 11.html (Canadian Question Period note on the Global Compact for Migration, received 28 January 2019) =====================
d = "11.html"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
R73195 = ("resolution 73/195", ["General Assembly resolution 73/195", "UN General Assembly resolution endorsing the Compact"])
GCR = ("Global Compact on Refugees", ["GCR"])
R73151 = ("resolution 73/151", ["General Assembly resolution 73/151", "resolution affirming the Global Compact on Refugees"])
NYD = ("New York Declaration for Refugees and Migrants", ["New York Declaration"])
R(d, "Canada", ["endorsed", "adopted"], GCM, "2018-12-10",
  "On December 10, 2018, in Marrakech, Canada joined 163 other countries in adopting the Global Compact for Safe, Orderly and Regular Migration.",
  alt=["Canada's endorsement of the Global Compact for Safe, Orderly and Regular Migration"])
R(d, "Canada", "supported", R73195, "2018-12-19", "On December 19, Canada voted in favour of the UN General Assembly resolution endorsing the Compact.")
R(d, "Canada", "supported", R73151, "2018-12-17",
  "Canada also voted in favour of the resolution affirming the Global Compact on Refugees, on December 17.")
R(d, GA, ADOPTED, NYD, "2016-09-19", "the New York Declaration for Refugees and Migrants, which it adopted unanimously on September 19, 2016")
R(d, GA, "adopted", R73195, "2018-12-19",
  "The General Assembly adopted resolution 73/195, endorsing the Global Compact for Migration, on December 19, 2018")
R(d, GA, ["endorsed", "adopted"], GCM, "2018-12-19",
  "The General Assembly adopted resolution 73/195, endorsing the Global Compact for Migration, on December 19, 2018", required=False)
RL(d, ["United States", "Hungary", "Czechia", "Israel", "Poland"], "supported", R73195, "2018-12-19",
   "The United States, Hungary, the Czech Republic, Israel and Poland voted against.", negated=True)
RL(d, ["Algeria", "Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Libya", "Liechtenstein", "Romania", "Singapore",
       "Switzerland"], "supported", R73195, "2018-12-19",
   "Algeria, Australia, Austria, Bulgaria, Chile, Italy, Latvia, Libya, Liechtenstein, Romania, Singapore and Switzerland abstained.",
   negated=True)
RL(d, ["United States", "Hungary"], ENDORSED, GCM, None,
   "The United States and Hungary did not attend the Marrakech conference and did not adopt the Compact.", negated=True)
R(d, "Australia", ENDORSED, GCM, None, "Australia announced in November 2018 that it would not sign up to it.", negated=True)
R(d, "Switzerland", ENDORSED, GCM, None, "Switzerland deferred its decision on the Compact pending debate in its Federal Assembly.", negated=True)
R(d, GA, "adopted", R73151, "2018-12-17", "The General Assembly affirmed the Global Compact on Refugees in resolution 73/151 on December 17, 2018")
R(d, GA, ["endorsed", "adopted"], GCR, "2018-12-17",
  "The General Assembly affirmed the Global Compact on Refugees in resolution 73/151 on December 17, 2018", required=False)
RL(d, ["United States", "Hungary"], "supported", R73151, "2018-12-17", "by 181 votes to 2 (the United States and Hungary)", negated=True)
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", R73151, "2018-12-17",
   "with 3 abstentions (Dominican Republic, Eritrea, Libya)", negated=True)
# The opposition party's call to withdraw and a future government's withdrawal: a party, not a State; nothing.
# "no intention of withdrawing": restates the endorsement, nothing new.

# ===================== 12 (Irish interdepartmental group on OPCAT ratification, minutes of 14 June 2023; FOI release) =====================
d = "12.txt"
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
OP3 = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure", ["OP3-CRC"])
ECPT = ("European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment",
        ["European Convention for the Prevention of Torture", "ECPT"])
R(d, "Ireland", "signed", OPCAT, "2007-10-02", "Ireland signed OPCAT on 2 October 2007.")
# The Bill, its General Scheme, pre-legislative scrutiny and the NPM designation: domestic. The end-2024 target: planned.
R(d, "Ireland", NOTRATIFIED, OPCAT, None,
  "Ratification will not take place until the Bill is enacted and the national preventive mechanism is designated.", negated=True,
  alt=["Ireland is now one of a small number of EU Member States yet to ratify", "The Programme for Government commits to ratifying OPCAT.",
       "the working target of ratification by the end of 2024"])
# "commits to ratifying": the Government's commitment to the instrument (optional).
R(d, "Ireland", COMMITTED, OPCAT, None, "The Programme for Government commits to ratifying OPCAT.", required=False)
R(d, ["UN Committee against Torture", "Committee against Torture"], "called-for", OPCAT, "2017",
  "the UN Committee against Torture, in its 2017 concluding observations, urged Ireland to ratify OPCAT without delay")
R(d, ["UN Human Rights Committee", "Human Rights Committee"], "called-for", OPCAT, "2022-07",
  "The Human Rights Committee made the same recommendation in July 2022.")
R(d, ["Irish Human Rights and Equality Commission", "IHREC"], "called-for", OPCAT, "2023-05",
  "The Irish Human Rights and Equality Commission called publicly in May 2023 for the ratification of OPCAT without further delay.")
R(d, "Belgium", RATIFIED, OPCAT, "2022-05", "Belgium ratified in May 2022.")
R(d, "Slovakia", "signed", OPCAT, None, "Slovakia has neither signed nor ratified OPCAT.", negated=True)
R(d, "Slovakia", NOTRATIFIED, OPCAT, None, "Slovakia has neither signed nor ratified OPCAT.", negated=True)
R(d, "United Kingdom", RATIFIED, OPCAT, "2003-12", "The UK ratified in December 2003")
# UPR acceptance of recommendations and NPM models: nothing.
R(d, "Ireland", "signed", OPICESCR, "2012-03", "Ireland signed in March 2012.")
R(d, "Ireland", NOTRATIFIED, OPICESCR, None, "Ratification is not currently being pursued.", negated=True)
R(d, "Ireland", RATIFIED, CRPD, "2018-03-20", "Ireland ratified the Convention on 20 March 2018.")
R(d, "Ireland", "signed", OPCRPD, "2007", "The Optional Protocol, which Ireland signed in 2007")
R(d, "Ireland", NOTRATIFIED, OPCRPD, None, "has not yet been ratified", negated=True,
  alt=["DCEDIY intends to bring it forward after Ireland's first review by the CRPD Committee"])
R(d, "Ireland", "signed", ICPPED, "2007-03-29", "Ireland signed on 29 March 2007.")
R(d, "Ireland", NOTRATIFIED, ICPPED, None, "Ratification requires a new offence of enforced disappearance; there is no timeline.", negated=True)
R(d, "Ireland", RATIFIED, OP3, "2014-09-24",
  "Ireland ratified the Optional Protocol to the Convention on the Rights of the Child on a communications procedure on 24 September 2014")
R(d, "Ireland", PARTY, ECPT, "1988",
  "has been a party to the European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment since 1988")
# The CPT's 2019 visit: implementation, nothing.

# ===================== 13 (EU Delegation New York flash report on GA resolution 76/300, 29 July 2022; access-to-documents release) =====================
d = "13.txt"
R76300 = ("resolution 76/300", ["A/76/L.75", "resolution A/76/L.75", "The human right to a clean, healthy and sustainable environment",
                                 "resolution on the human right to a clean, healthy and sustainable environment"])
R4813 = ("resolution 48/13", ["Human Rights Council resolution 48/13"])
AAR = ("Aarhus Convention", ["Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
V = "2022-07-28"
CORE = ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"]
R(d, GA, "adopted", R76300, V, "On 28 July the General Assembly adopted resolution A/76/L.75 (to be issued as resolution 76/300)")
RL(d, CORE, "co-sponsored", R76300, None, "The text was tabled by the core group of Costa Rica, Maldives, Morocco, Slovenia and Switzerland")
# "more than 100 Member States, with all 27 EU Member States among them": unnamed individually.
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", R76300, V,
   "The eight abstentions were Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, the Russian Federation and Syria.", negated=True)
R(d, "United States", "supported", R76300, V, "The United States voted in favour")
R(d, "United Kingdom", "supported", R76300, V, "The United Kingdom also voted in favour")
RL(d, ["Japan", "India"], "supported", R76300, V, "Japan and India, which abstained in Geneva, voted in favour in New York.")
R(d, "European Union", "welcomed", R76300, V, "the EU welcomed the adoption of resolution 76/300")
R(d, HRC, "adopted", R4813, "2021-10-08", "The Human Rights Council adopted resolution 48/13 on 8 October 2021 by 43 votes to none")
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", R4813, "2021-10-08",
   "with 4 abstentions: China, India, Japan and the Russian Federation", negated=True)
RL(d, CORE, "co-sponsored", R4813, None,
   "It was presented by the same core group of Costa Rica, Maldives, Morocco, Slovenia and Switzerland.")
R(d, "European Union", PARTY, AAR, "2005", "The EU has been a Party to the Aarhus Convention since 2005")
# The Escazu Agreement's entry into force and GRULAC citations: nothing. No separate vote was requested: nothing.

# ===================== 14 (NZ formal message from Geneva on WHA78 and the Pandemic Agreement, 21 May 2025; OIA release) =====================
d = "14.txt"
PAG = ("WHO Pandemic Agreement", ["Pandemic Agreement"])
IHR = ("amendments to the International Health Regulations", ["IHR amendments", "2024 amendments to the International Health Regulations"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC"])
WHA = ["World Health Assembly", "78th World Health Assembly", "WHA78", "WHA"]
CA = "2025-05-19"  # Committee A's vote, "the previous day" before the plenary of 20 May
R(d, WHA, ADOPTED, PAG, "2025-05-20", "The 78th World Health Assembly adopted the WHO Pandemic Agreement on 20 May",
  alt=["The plenary on 20 May adopted the Agreement without a vote."])
# The Director-General's praise of the adoption: welcoming the instrument itself (optional).
R(d, ["WHO Director-General", "Director-General of the World Health Organization", "Director-General"], "welcomed", PAG, "2025-05-20",
  "The Director-General called the adoption a \"victory for public health\".", required=False)
R(d, ["Committee A of the World Health Assembly", "Committee A"], ADOPTED, PAG, CA, "Committee A approved it the previous day", required=False)
R(d, "New Zealand", "supported", PAG, CA, "New Zealand voted in favour in Committee A.")
for a in ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"]:
    R(d, a, "supported", PAG, CA, "Poland, Israel, Italy, the Russian Federation, Slovakia and Iran were among the 11 abstaining.",
      negated=True, alt=["Slovakia would not support the text"] if a == "Slovakia" else None)
RL(d, ["Australia", "Canada", "United Kingdom", "Japan", "Norway"], "supported", PAG, CA,
   "Australia, Canada, the United Kingdom, Japan and Norway all voted in favour")
# "most of the Pacific": unnamed. Slovakia requesting the vote: nothing.
R(d, "United States", "supported", PAG, CA, "took no part in the negotiations or in the vote", negated=True)
R(d, "United States", NOTBOUND, PAG, None, "the United States would not be bound by the Agreement", negated=True)
R(d, "Argentina", "supported", PAG, CA, "Argentina, which has also announced its withdrawal, did not take part in the vote.", negated=True)
# WHO withdrawals concern an organisation, not an instrument. Italy's refusal of "any obligation": no instrument act.
R(d, ["World Health Assembly", "WHA77"], ADOPTED, IHR, "2024-06-01",
  "the amendments to the International Health Regulations adopted by WHA77 on 1 June 2024")
R(d, "New Zealand", ACCEPTED, IHR, None,
  "New Zealand's decision on whether to reject or reserve on the IHR amendments is pending Cabinet consideration.", negated=True, required=False)
R(d, "New Zealand", RATIFIED, FCTC, "2004-01", "the WHO Framework Convention on Tobacco Control, which New Zealand ratified in January 2004")
R(d, "New Zealand", "signed", PAG, None, "we would expect New Zealand to sign the Pandemic Agreement once it opens for signature", negated=True)
R(d, "New Zealand", NOTRATIFIED, PAG, None, "and to ratify after the usual treaty examination process", negated=True)
# Opening for signature after the PABS annex and entry into force after the sixtieth ratification: nothing.

# ===================== 15.md (Canadian issue note on Ottawa Convention and CCM withdrawals, 28 March 2025; ATIP release transcribed) =====================
d = "15.md"
D = "2025-03-28"
APMBC = ("Anti-Personnel Mine Ban Convention", ["Ottawa Convention", "Mine Ban Treaty",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
OTTRES = ("General Assembly resolution on the implementation of the Ottawa Convention",
          ["annual General Assembly resolution on the implementation of the Ottawa Convention"])
EWIPA = ("Political Declaration on the Use of Explosive Weapons in Populated Areas", ["EWIPA Political Declaration", "Political Declaration"])
for inst in (APMBC, CCM):
    R(d, "Canada", COMMITTED, inst, None, "Canada remains fully committed to the Ottawa Convention and to the Convention on Cluster Munitions.")
    R(d, "Canada", "called-for", inst, D, "Canada calls on all States to join and fully implement both conventions")
R(d, "Canada", "signed", APMBC, "1997-12-03", "Canada signed and ratified the Ottawa Convention on December 3, 1997")
R(d, "Canada", RATIFIED, APMBC, "1997-12-03", "Canada signed and ratified the Ottawa Convention on December 3, 1997",
  alt=["becoming the first State to ratify"])
R(d, "Canada", "signed", CCM, "2008-12-03", "Canada signed the CCM on December 3, 2008")
R(d, "Canada", RATIFIED, CCM, "2015-03-16", "ratified it on March 16, 2015")
# The Prohibiting Cluster Munitions Act (Royal Assent): domestic.
# A recommended withdrawal: not (going to remain) party; no instrument of withdrawal deposited yet; no date.
RL(d, ["Estonia", "Latvia", "Lithuania", "Poland"], NOTBOUND, APMBC, None,
   "the defence ministers of Estonia, Latvia, Lithuania and Poland recommended that their countries withdraw from the Anti-Personnel Mine Ban Convention (the Ottawa Convention)",
   negated=True)
R(d, "Lithuania", RATIFIED, APMBC, "2003", "Lithuania ratified the Ottawa Convention in 2003")
R(d, "Estonia", ACCEDED, APMBC, "2004", "Estonia acceded in 2004")
R(d, "Latvia", ACCEDED, APMBC, "2005", "Latvia in 2005")
R(d, "Poland", "signed", APMBC, "1997", "Poland signed in 1997 but ratified only in 2012.")
R(d, "Poland", RATIFIED, APMBC, "2012", "Poland signed in 1997 but ratified only in 2012.")
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania's withdrawal from the Convention on Cluster Munitions (CCM) took effect on March 6, 2025.",
  negated=True, alt=["is no longer a State Party", "it deposited its notification of withdrawal in September 2024"])
R(d, "Lithuania", RATIFIED, CCM, "2011", "Lithuania ratified the CCM in 2011.")
# The Seimas vote is domestic; the depositary (UN Secretary-General) is not an actor.
R(d, "Finland", ACCEDED, APMBC, "2012", "Finland acceded to the Ottawa Convention in 2012.")
R(d, "Ukraine", RATIFIED, APMBC, "2005", "Ukraine ratified the Ottawa Convention in 2005 and remains a State Party")
for inst in (APMBC, CCM):
    RL(d, ["United States", "Russian Federation"], NOTBOUND, inst, None,
       "Neither the United States nor Russia is party to the Ottawa Convention or the CCM.", negated=True)
# The US transfer of cluster munitions and the Eleventh Meeting of States Parties: nothing.
R(d, "Canada", "co-sponsored", OTTRES, None,
  "Canada co-sponsored the annual General Assembly resolution on the implementation of the Ottawa Convention")
R(d, GA, "adopted", OTTRES, "2024-12-02", "which the General Assembly adopted on December 2, 2024")
R(d, "Russian Federation", "supported", OTTRES, "2024-12-02", "Russia abstained, as in previous years.", negated=True)
R(d, "Canada", ENDORSED, EWIPA, "2022-11",
  "In November 2022 Canada endorsed the Political Declaration on the Use of Explosive Weapons in Populated Areas.")

# ===================== 16 (US Circular 175 action memo on signing the BBNJ Agreement, 6 September 2023; FOIA release) =====================
d = "16.txt"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
R72249 = ("resolution 72/249", ["General Assembly resolution 72/249", "UN General Assembly resolution 72/249"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
PXI = ("1994 Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea",
       ["Part XI Agreement", "1994 Agreement", "1994 Implementation Agreement", "Agreement relating to the Implementation of Part XI"])
UNFSA = ("1995 UN Fish Stocks Agreement", ["UN Fish Stocks Agreement", "UNFSA", "Fish Stocks Agreement"])
PSMA = ("FAO Agreement on Port State Measures", ["Port State Measures Agreement", "PSMA"])
R(d, ["intergovernmental conference", "Intergovernmental Conference on Marine Biodiversity of Areas beyond National Jurisdiction", "BBNJ conference"],
  ADOPTED, BBNJ, "2023-06-19", "The BBNJ Agreement was adopted by consensus on June 19, 2023, by the intergovernmental conference")
R(d, GA, "adopted", R72249, "2017-12-24", "which the General Assembly adopted on December 24, 2017")
R(d, "Russian Federation", "supported", BBNJ, "2023-06-19", "The Russian Federation disassociated itself from the consensus.",
  negated=True, required=False)
# The release's S/ES-O annotation reports the signature done; the memo's recommendation is the planned step (optional).
R(d, "United States", "signed", BBNJ, "2023-09-20",
  "Signed on behalf of the United States by Ambassador Thomas-Greenfield at United Nations Headquarters, New York, September 20, 2023.")
R(d, "United States", "signed", BBNJ, None,
  "That you authorize the U.S. Permanent Representative to the United Nations, or her designee, to sign, subject to ratification",
  negated=True, required=False)
R(d, "United States", NOTRATIFIED, BBNJ, None,
  "We do not recommend transmitting the Agreement to the Senate for advice and consent at this time", negated=True,
  alt=["Signature would not bind the United States to the Agreement.",
       "The Agreement would be concluded as a treaty and submitted to the Senate before ratification."])
R(d, "United States", NOTBOUND, UNCLOS, None, "The United States is not a party to the United Nations Convention on the Law of the Sea.", negated=True)
R(d, "United States", "signed", PXI, "1994-07-29",
  "The United States signed the 1994 Agreement relating to the Implementation of Part XI of the Convention on July 29, 1994")
R(d, "United States", NOTRATIFIED, PXI, None, "but has not ratified it", negated=True)
R(d, "United States", RATIFIED, UNFSA, "1996", "The United States is a party to the 1995 UN Fish Stocks Agreement, which it ratified in 1996")
R(d, "United States", PARTY, PSMA, "2016", "has been a party to the FAO Agreement on Port State Measures since 2016")
RL(d, ["European Union", "France", "Germany", "Chile", "Mexico"], "signed", BBNJ, None,
   "The European Union, France, Germany, Chile and Mexico have indicated that they will sign on September 20.", negated=True)
R(d, "China", "signed", BBNJ, None, "China has said it will sign, without giving a date.", negated=True)
R(d, "Palau", NOTRATIFIED, BBNJ, None, "Palau has said it intends to ratify promptly", negated=True)
# "At the close of the conference": the day is not stated, so the call is undated.
R(d, ["UN Secretary-General", "Secretary-General"], "called-for", BBNJ, None,
  "At the close of the conference, the Secretary-General urged all States to sign and ratify the Agreement as soon as possible.")
R(d, ["High Seas Alliance"], "called-for", BBNJ, None,
  "The High Seas Alliance and other environmental organizations have urged the United States to sign on the first day.")
# Entry into force (sixtieth instrument), Articles 70-71, the Senate, Case-Zablocki reporting, full powers: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
