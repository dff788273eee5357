#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 11.md, 03.html, 07.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: joint statements, communiqués and declarations issued after summits, ministerial meetings and bilateral or trilateral
visits, and leaders' and ministers' remarks at their press conferences (2015-2026), some translated from other languages.
"Both sides", "the two Governments", "the Ministers", "the Heads of Government" and "the Parties" resolve to the States named;
"we", "my country" and "the Government" in remarks resolve to the speaker's State. Signatures during a visit are each
signatory State's `signed` (annex lists of memoranda give optional records). Calls on others to sign, ratify, accede, join,
conclude or adopt are the callers' `called-for`, dated by the statement; calls to implement give nothing. Planned, intended,
"will ratify", "has not yet", "not party" and withdrawals are negated records without a date (votes against and abstentions
keep theirs). Domestic steps (a parliament's approval, a law, a Cabinet decision), entry into force, depositaries, venues and
hosts, reservations, implementation, candidacies, institutions and funds give no record. Welcoming another State's act gives
nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Viet Nam", "Republic of Korea", "Russian Federation",
          "Türkiye", "Cabo Verde", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Papua New Guinea", "Lao PDR",
          "Thailand", "Ecuador", "Colombia", "Mexico", "Germany", "Czechia", "Netherlands", "Fiji", "Samoa", "Kiribati",
          "Marshall Islands", "Micronesia", "Cook Islands", "Bolivia", "Venezuela", "Chile", "Paraguay", "Cambodia",
          "Brunei Darussalam", "Philippines", "State of Palestine", "Syria", "Iran", "China", "Egypt", "Guatemala",
          "Costa Rica", "Republic of Moldova"),
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Mongolia": ["Mongolia"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
    "Ireland": ["Ireland"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Poland": ["Poland", "Republic of Poland"],
    "Canada": ["Canada"],
    "India": ["India", "Republic of India"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Turkmenistan": ["Turkmenistan"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Peru": ["Peru", "Republic of Peru"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Finland": ["Finland", "Republic of Finland"],
    "Iceland": ["Iceland"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Tuvalu": ["Tuvalu"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Solomon Islands": ["Solomon Islands"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Palau": ["Palau", "Republic of Palau"],
    "Niue": ["Niue"],
    "Japan": ["Japan"],
    "France": ["France", "French Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Ghana": ["Ghana", "Republic of Ghana"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Myanmar": ["Myanmar"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Cabo Verde MFA, unofficial translation: Joint Declaration of the VI Portugal–Cabo Verde Summit, Praia, 14 May 2022) =====================
d = "01.txt"
D = "2022-05-14"
PC = ["Portugal", "Cabo Verde"]
SCP = ("Strategic Cooperation Programme Portugal – Cabo Verde (2022-2026)", ["Strategic Cooperation Programme", "Strategic Cooperation Programme Portugal-Cabo Verde"])
MOB = ("Agreement on the Mobility of Citizens of the Community of Portuguese Language Countries", ["CPLP Mobility Agreement", "Agreement on Mobility in the CPLP", "CPLP Agreement on Mobility"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
BBNJ = ("Agreement under UNCLOS on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing", ["Port State Measures Agreement", "PSMA"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
GCP = ("Glasgow Climate Pact", ["Glasgow Pact"])
TSP = ("Agreement on the Transfer of Sentenced Persons between the Portuguese Republic and the Republic of Cabo Verde", ["Agreement on the Transfer of Sentenced Persons", "Portugal–Cabo Verde transfer of sentenced persons agreement"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
ES111 = ("General Assembly resolution ES-11/1", ["resolution ES-11/1", "ES-11/1", "Aggression against Ukraine"])
ES112 = ("General Assembly resolution ES-11/2", ["resolution ES-11/2", "ES-11/2", "Humanitarian consequences of the aggression against Ukraine"])
# Trap: "welcomed the signature, in the presence of both delegations" does not say who signed; optional signatures.
RL(d, PC, "signed", SCP, D, "welcomed the signature, in the presence of both delegations, of the Strategic Cooperation Programme Portugal – Cabo Verde (2022-2026)", required=False)
# The CPLP Heads of State and Government signing in Luanda: the two States are not named as signatories (optional).
RL(d, PC, "signed", MOB, "2021-07-17", "signed by the Heads of State and Government of the CPLP in Luanda on 17 July 2021", required=False)
R(d, "Portugal", RATIFIED, MOB, "2021-11", "Portugal deposited its instrument of ratification in November 2021",
  alt=["has been ratified by both countries"])
R(d, "Cabo Verde", RATIFIED, MOB, "2022-01", "Portugal deposited its instrument of ratification in November 2021 and Cabo Verde in January 2022",
  alt=["has been ratified by both countries"])
RL(d, PC, PARTY, UNCLOS, None, "Portugal and Cabo Verde are Parties to the United Nations Convention on the Law of the Sea (UNCLOS)")
RL(d, PC, COMMITTED, UNCLOS, D, "reaffirmed their commitment to the Convention as the legal framework within which all activities in the oceans must be carried out")
# Portugal hosting the UN Ocean Conference with Kenya: a venue/host (nothing).
RL(d, PC, "called-for", BBNJ, D, "The two Prime Ministers called upon all States to conclude, as a matter of urgency, an ambitious agreement under UNCLOS")
R(d, "Cabo Verde", "signed", BBNJ, None, "Cabo Verde announced its intention to sign the Agreement as soon as it is opened for signature", negated=True)
# National Assembly approval in March 2022: domestic. The FAO Director-General as depositary: nothing.
R(d, "Cabo Verde", NOTBOUND, PSMA, None, "the instrument of accession has not yet been deposited with the Director-General of FAO", negated=True)
R(d, "Portugal", PARTY, PSMA, None, "Portugal, through the European Union, is bound by that Agreement", required=False)
RL(d, PC, COMMITTED, PARIS, D, "both sides reaffirmed their commitment to the Paris Agreement and to the Glasgow Climate Pact")
RL(d, PC, COMMITTED, GCP, D, "both sides reaffirmed their commitment to the Paris Agreement and to the Glasgow Climate Pact")
R(d, "Cabo Verde", RATIFIED, PARIS, "2017-09-21", "Cabo Verde ratified the Paris Agreement on 21 September 2017")
R(d, "Portugal", RATIFIED, PARIS, "2016-10-05", "Portugal did so on 5 October 2016")
# The debt-for-nature swap and the Climate and Environment Fund: nothing.
RL(d, PC, "signed", TSP, D, "the Ministers of Justice signed the Agreement on the Transfer of Sentenced Persons between the Portuguese Republic and the Republic of Cabo Verde",
   alt=["(2) Agreement on the Transfer of Sentenced Persons;"])
R(d, "Portugal", PARTY, BUD, None, "Portugal recalled that it is a party to the Council of Europe Convention on Cybercrime")
R(d, "Cabo Verde", ACCEDED, BUD, "2018", "to which Cabo Verde acceded in 2018")
RL(d, PC, "supported", ES111, "2022-03-02", "both countries voted in favour of General Assembly resolution ES-11/1 of 2 March 2022")
RL(d, PC, "supported", ES112, "2022-03-24", "and of resolution ES-11/2 of 24 March 2022 on its humanitarian consequences")
# Support for the Human Rights Council candidacy: nothing. Annex memoranda and protocols: optional signatures by both.
for item in ["(3) Memorandum of Understanding on Cooperation in the Field of Health", "(4) Protocol on Cooperation in Higher Education and Science",
             "(5) Agreement on the Recognition of Driving Licences", "(6) Memorandum of Understanding on the Blue Economy",
             "(7) Protocol on the Cabo Verdean Community Centre in Lisbon", "(8) Memorandum of Understanding on Civil Protection",
             "(9) Cooperation Agreement in the Field of Tourism", "(10) Memorandum of Understanding on Statistics",
             "(11) Protocol on Cooperation in Sport", "(12) Memorandum of Understanding on Public Administration Modernisation"]:
    name = item.split(") ", 1)[1]
    RL(d, PC, "signed", (name, []), D, item, required=False)

# ===================== 02 (Indonesia MFA, transcript of the joint press conference of the Norwegian and Indonesian Foreign Ministers, Jakarta, 25 January 2019; Markdown) =====================
d = "02.md"
D = "2019-01-25"
NI = ["Indonesia", "Norway"]
MOUMAR = ("Memorandum of Understanding on Maritime Cooperation (Indonesia–Norway)", ["Memorandum of Understanding on Maritime Cooperation", "MoU on Maritime Cooperation"])
PSMA = ("Port State Measures Agreement", ["PSMA", "Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Weapon Ban Treaty"])
SFRES = ("General Assembly resolution on sustainable fisheries", ["sustainable fisheries resolution", "resolution on sustainable fisheries"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Comprehensive Nuclear Test Ban Treaty"])
GCMRES = ("General Assembly resolution endorsing the Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Safe, Orderly and Regular Migration", "Global Compact for Migration", "GCM"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact", "the Compact"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
CEPA = ("Indonesia–EFTA Comprehensive Economic Partnership Agreement", ["Indonesia-EFTA CEPA", "IE-CEPA", "Comprehensive Economic Partnership Agreement between Indonesia and the EFTA States"])
# Speakers: "the two of us" are the two Ministers signing for their States; "we"/"our" resolve to the speaker's State.
RL(d, NI, "signed", MOUMAR, D, "A few minutes ago the two of us signed a Memorandum of Understanding on Maritime Cooperation")
R(d, "Indonesia", PARTY, PSMA, "2016", "Indonesia has been a party to the Port State Measures Agreement since 2016")
R(d, "Norway", RATIFIED, PSMA, None, "Norway was among the first to ratify it")
R(d, "Indonesia", "called-for", PSMA, D, "We call on all coastal and flag States that have not done so to join that Agreement.")
R(d, "Indonesia", RATIFIED, PARIS, "2016-10", "Indonesia ratified the Paris Agreement in October 2016")
# "implementing our results-based payment partnership": implementation of a partnership (nothing).
R(d, "Indonesia", "signed", TPNW, "2017-09-20", "Indonesia signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, "Indonesia", NOTRATIFIED, TPNW, None, "Our ratification process is ongoing and has yet to be completed.", negated=True)
# "the day it opened for signature": no actor's act.
R(d, "Norway", ["co-sponsored", "supported"], SFRES, None, "Norway facilitates the annual General Assembly resolution on sustainable fisheries", required=False)
R(d, "Indonesia", ["co-sponsored", "supported"], SFRES, "2018-12", "I thank Indonesia for co-sponsoring it last December")
# Co-chairing the Our Ocean follow-up group: a process (nothing).
R(d, "Norway", "signed", TPNW, None, "Norway has not signed the Treaty on the Prohibition of Nuclear Weapons, and we do not intend to sign it", negated=True)
R(d, "Norway", COMMITTED, NPT, D, "We remain fully committed to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT).")
R(d, "Indonesia", RATIFIED, CTBT, "2012-02", "Indonesia ratified the Comprehensive Nuclear-Test-Ban Treaty in February 2012")
R(d, "Norway", RATIFIED, CTBT, "1999", "Norway ratified it in 1999")
R(d, "Indonesia", "called-for", CTBT, D, "We call on the remaining Annex 2 States to sign and ratify the CTBT without further delay.")
R(d, "Norway", "called-for", CTBT, D, "Norway has joined that call for twenty years", required=False)
# The journalist's "Indonesia and Norway both voted for it in December" is a question; the Minister's answer is the record.
RL(d, NI, "supported", GCMRES, "2018-12-19", "Both our countries voted in favour of the General Assembly resolution endorsing the Global Compact for Safe, Orderly and Regular Migration on 19 December",
   alt=["Indonesia also voted in favour, as the Minister said."])
R(d, "Norway", ["endorsed", "adopted", "supported"], GCM, "2018-12-10", "Norway had also joined the adoption of the Compact in Marrakech on 10 December")
R(d, "Indonesia", NOTBOUND, ROME, None, "Indonesia is not a party to the Rome Statute of the International Criminal Court", negated=True)
R(d, "Norway", RATIFIED, ROME, "2000-02", "Norway, as you know, ratified the Rome Statute in February 2000")
# "has supported the Court since its creation": support for an institution (nothing).
R(d, "Indonesia", "signed", CEPA, "2018-12-16", "Indonesia and the EFTA States signed on 16 December last year")
R(d, "Norway", "signed", CEPA, "2018-12-16", "Indonesia and the EFTA States signed on 16 December last year", required=False)
R(d, "Indonesia", NOTRATIFIED, CEPA, None, "Indonesia will now begin its ratification process", negated=True)
R(d, "Norway", NOTRATIFIED, CEPA, None, "I understand Norway will do the same", negated=True)
# The Storting's consideration later this year: domestic (nothing).

# ===================== 03 (Mongolia MFA web page, unofficial translation: Joint Statement of Mongolia and Kazakhstan, Ulaanbaatar, 16 October 2023; HTML) =====================
d = "03.html"
D = "2023-10-16"
MK = ["Mongolia", "Kazakhstan"]
JSMK = ("Joint Statement of Mongolia and the Republic of Kazakhstan on the Further Development of the Comprehensive Strategic Partnership", ["Joint Statement of Mongolia and the Republic of Kazakhstan", "present Joint Statement"])
MLA = ("Treaty between Mongolia and the Republic of Kazakhstan on Mutual Legal Assistance in Criminal Matters", ["Treaty on Mutual Legal Assistance", "Mongolia–Kazakhstan MLA Treaty"])
ROAD = ("Agreement on International Road Transport between the Government of Mongolia and the Government of the Republic of Kazakhstan", ["Agreement on International Road Transport"])
EDU = ("Agreement on Cooperation in the Field of Education and Science for 2023–2027", ["Agreement on Cooperation in the Field of Education and Science"])
MOUC = ("Memorandum of Understanding between the Ministries of Foreign Affairs on Consultations", ["MoU on Consultations"])
MNWFS = ("General Assembly resolution on Mongolia's international security and nuclear-weapon-free status", ["Mongolia's international security and nuclear-weapon-free status", "Mongolia’s international security and nuclear-weapon-free status"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R6435 = ("General Assembly resolution 64/35", ["resolution 64/35", "A/RES/64/35", "International Day against Nuclear Tests"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Weapon Ban Treaty"])
AWAZA = ("Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034", ["Awaza Programme of Action", "APoA"])
TTLLDC = ("Multilateral Agreement for the Establishment of an International Think Tank for Landlocked Developing Countries", ["Think Tank Agreement", "Multilateral Agreement on the International Think Tank for LLDCs"])
RL(d, MK, ADOPTED, JSMK, D, "The Heads of State held talks in Ulaanbaatar in a warm and friendly atmosphere and adopted the present Joint Statement", required=False)
# The 1993 Treaty on Friendly Relations "remains the legal foundation": no act (nothing).
# The documents "were signed in the presence of the Heads of State": bilateral, so both States are the signatories.
RL(d, MK, "signed", MLA, D, "Treaty between Mongolia and the Republic of Kazakhstan on Mutual Legal Assistance in Criminal Matters;")
RL(d, MK, "signed", ROAD, D, "Agreement on International Road Transport between the Government of Mongolia and the Government of the Republic of Kazakhstan;")
RL(d, MK, "signed", EDU, D, "Agreement on Cooperation in the Field of Education and Science for 2023", required=False)
RL(d, MK, SIGNED_DECL, MOUC, D, "Memorandum of Understanding between the Ministries of Foreign Affairs on Consultations.", required=False)
RL(d, MK, NOTRATIFIED, MLA, None, "The Parties agreed to complete their internal procedures for the entry into force of the Treaty on Mutual Legal Assistance as soon as possible.", negated=True, required=False)
# Kazakhstan's "support for Mongolia's international nuclear-weapon-free status": a status, not an instrument (nothing).
R(d, "Kazakhstan", ["co-sponsored", "supported"], MNWFS, None, "Kazakhstan has co-sponsored, since its first adoption, the biennial General Assembly resolution")
R(d, "Kazakhstan", PARTY, CANWFZ, None, "The Mongolian side expressed appreciation to Kazakhstan for being a party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
# "signed in Semipalatinsk in 2006": a venue, no named signatory (nothing).
R(d, "Mongolia", RATIFIED, CTBT, "1997", "Mongolia ratified the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 1997")
R(d, "Kazakhstan", RATIFIED, CTBT, "2002", "Kazakhstan did so in 2002")
RL(d, MK, "called-for", CTBT, D, "jointly called upon the States listed in Annex")
R(d, "Mongolia", ["co-sponsored", "supported"], R6435, None, "Mongolia recalled that it was among the co-sponsors of General Assembly resolution 64/35 of 2 December 2009")
R(d, "Kazakhstan", ["co-sponsored", "supported"], R6435, None, "proposed by Kazakhstan", required=False)
R(d, GA, "adopted", R6435, "2009-12-02", "General Assembly resolution 64/35 of 2 December 2009", required=False)
R(d, "Kazakhstan", RATIFIED, TPNW, "2019-08", "Kazakhstan, which ratified the Treaty on the Prohibition of Nuclear Weapons in August 2019")
# Kazakhstan "welcomed the fact that Mongolia signed": the welcome gives nothing, Mongolia's signature is recorded.
R(d, "Mongolia", "signed", TPNW, "2022", "Mongolia signed the Treaty in 2022")
R(d, "Mongolia", NOTRATIFIED, TPNW, None, "the ratification of the Treaty is under consideration by the State Great Khural", negated=True)
RL(d, MK, COMMITTED, AWAZA, D, "the Parties reaffirmed their commitment to the Awaza Programme of Action for Landlocked Developing Countries")
# The UN Secretary-General as depositary, the Ulaanbaatar headquarters: nothing.
R(d, "Kazakhstan", ACCEDED, TTLLDC, "2023-06", "it had deposited its instrument of accession to the Multilateral Agreement for the Establishment of an International Think Tank for Landlocked Developing Countries")
R(d, "Mongolia", "called-for", TTLLDC, D, "Mongolia called on all landlocked developing countries that have not yet done so to accede to that Agreement.")
# The double taxation agreement's entry into force in 2002 and the consultations on an amending protocol; the invitation: nothing.

# ===================== 04 (Pacific Islands Forum Secretariat press statement: Forum Foreign Ministers Meeting outcomes statement, Suva, 11 August 2023) =====================
d = "04.txt"
D = "2023-08-11"
FORUM = ["Pacific Islands Forum", "Forum Foreign Ministers", "Pacific Islands Forum Foreign Ministers", "Forum Foreign Ministers Meeting"]
LEADERS = ["Forum Leaders", "Pacific Islands Forum Leaders", "Pacific Islands Forum"]
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy", "Blue Pacific 2050 Strategy"])
S2050IP = ("Implementation Plan for the 2050 Strategy for the Blue Pacific Continent", ["Implementation Plan for the Strategy", "2050 Strategy Implementation Plan"])
RARO = ("South Pacific Nuclear Free Zone Treaty", ["Treaty of Rarotonga", "Rarotonga Treaty", "SPNFZ Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Protocols to the South Pacific Nuclear Free Zone Treaty", "Rarotonga Protocols", "Protocols to the Treaty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Weapon Ban Treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
MZD = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["2021 Declaration on Preserving Maritime Zones", "Declaration on Preserving Maritime Zones"])
R77276 = ("General Assembly resolution 77/276", ["resolution 77/276", "A/RES/77/276", "ICJ advisory opinion resolution on climate change"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
# The attendance list (18 names) and Fiji as host: nothing.
R(d, FORUM, COMMITTED, BOE, D, "Ministers reaffirmed their commitment to the Boe Declaration on Regional Security")
R(d, FORUM, COMMITTED, S2050, D, "Ministers reaffirmed their commitment to the Boe Declaration on Regional Security and to the 2050 Strategy for the Blue Pacific Continent")
R(d, LEADERS, ENDORSED, S2050, "2022-07", "endorsed by Forum Leaders in Suva in July 2022")
R(d, LEADERS, ENDORSED, S2050IP, None, "agreed that the Implementation Plan for the Strategy be submitted to Leaders for endorsement", negated=True, required=False)
QRARO = ("to which Australia, Cook Islands, Fiji, Kiribati, Nauru, New Zealand, Niue, Papua New Guinea, Samoa, Solomon Islands, Tonga, Tuvalu and "
         "Vanuatu are Parties")
RL(d, ["Australia", "Cook Islands", "Fiji", "Kiribati", "Nauru", "New Zealand", "Niue", "Papua New Guinea", "Samoa", "Solomon Islands",
       "Tonga", "Tuvalu", "Vanuatu"], PARTY, RARO, None, QRARO)
QNOTRARO = "The Federated States of Micronesia, Palau and the Republic of Marshall Islands, which are eligible to join, are not yet Parties to the Treaty"
R(d, "Micronesia", NOTBOUND, RARO, None, QNOTRARO, negated=True)
R(d, "Palau", NOTBOUND, RARO, None, QNOTRARO, negated=True)
R(d, "Marshall Islands", NOTBOUND, RARO, None, QNOTRARO, negated=True, alt=["the Republic of Marshall Islands informed the meeting that it is considering accession"])
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, RAROP, None,
   "the Protocols to the Treaty have been ratified by China, France, the Russian Federation and the United Kingdom")
R(d, FORUM, "called-for", RAROP, D, "called on the United States, which signed the Protocols in 1996 but has not ratified them, to do so")
R(d, "United States", "signed", RAROP, "1996", "which signed the Protocols in 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "but has not ratified them", negated=True)
RL(d, ["Cook Islands", "Fiji", "Kiribati", "Nauru", "New Zealand", "Niue", "Palau", "Samoa", "Tuvalu", "Vanuatu"], ACCEPTED, TPNW, None,
   "ten Forum Members have ratified or acceded to the Treaty on the Prohibition of Nuclear Weapons – Cook Islands, Fiji, Kiribati, Nauru, New Zealand, Niue, Palau, Samoa, Tuvalu and Vanuatu")
R(d, "Australia", "signed", TPNW, None, "it is not in a position to sign the Treaty at this time", negated=True)
R(d, "Australia", COMMITTED, NPT, D, "it remains committed to the Treaty on the Non-Proliferation of Nuclear Weapons")
R(d, FORUM, ENDORSED, MZD, D, "Ministers reaffirmed the 2021 Declaration on Preserving Maritime Zones", required=False)
R(d, LEADERS, ADOPTED, MZD, "2021-08-06", "adopted by Forum Leaders on 6 August 2021")
# "the growing number of States outside the region that have expressed support": unnamed (nothing).
R(d, FORUM, "welcomed", R77276, D, "Ministers welcomed the adoption by consensus, on 29 March 2023, of General Assembly resolution 77/276", required=False)
R(d, GA, "adopted", R77276, "2023-03-29", "the adoption by consensus, on 29 March 2023, of General Assembly resolution 77/276")
R(d, "Vanuatu", ["co-sponsored", "supported"], R77276, None, "The initiative was led by Vanuatu")
# "co-sponsored by 132 States" and "Forum Members for their co-sponsorship": unnamed groups (nothing).
R(d, FORUM, "welcomed", BBNJ, D, "Ministers welcomed the adoption on 19 June 2023 of the Agreement", required=False)
R(d, FORUM, "called-for", BBNJ, D, "called on all Forum Members to sign it when it opens for signature in New York on 20 September 2023")
QPS = "Palau and Samoa informed the meeting that they intend to sign the Agreement on the first day"
R(d, "Palau", "signed", BBNJ, None, QPS, negated=True)
R(d, "Samoa", "signed", BBNJ, None, QPS, negated=True)
R(d, "New Zealand", "signed", BBNJ, None, "New Zealand announced that it will sign and begin its domestic treaty process", negated=True)
R(d, "New Zealand", NOTRATIFIED, BBNJ, None, "New Zealand announced that it will sign and begin its domestic treaty process", negated=True, required=False)
# The Noumea Convention's entry into force and its Parties' meeting in Apia; Tonga hosting 2024: nothing.

# ===================== 05 (Polish Ministry of National Defence press release: joint statement of four defence ministers and press-conference excerpts, Warsaw, 18 March 2025) =====================
d = "05.txt"
D = "2025-03-18"
B4 = ["Estonia", "Latvia", "Lithuania", "Poland"]
APMBC = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
         ["Ottawa Convention", "Anti-Personnel Mine Ban Convention", "Mine Ban Convention", "APMBC"])
GC49 = ("Geneva Conventions of 1949", ["Geneva Conventions"])
GCAP = ("Additional Protocols to the Geneva Conventions of 1949", ["Additional Protocols", "Additional Protocols to the Geneva Conventions"])
ATT = ("Arms Trade Treaty", ["ATT"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW", "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons"])
CCM = ("Convention on Cluster Munitions", ["CCM", "cluster munitions convention"])
LOI = ("letter of intent on the joint procurement of short-range air-defence systems", ["letter of intent on joint procurement"])
# A recommendation to withdraw is a planned withdrawal: negated party, no date. Council of Ministers, Sejm, Seimas, the
# notification to the UN Secretary-General (depositary) and the six-month delay: domestic steps or entry into effect (nothing).
RL(d, B4, NOTBOUND, APMBC, None, "unanimously recommend withdrawing from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction", negated=True)
R(d, "Lithuania", RATIFIED, APMBC, "2003-05", "Lithuania ratified it in May 2003")
QEL = "Estonia and Latvia acceded to it in 2004"
R(d, "Estonia", ACCEDED, APMBC, "2004", QEL)
R(d, "Latvia", ACCEDED, APMBC, "2004", QEL)
R(d, "Poland", RATIFIED, APMBC, "2012-12", "Poland ratified it in December 2012")
# "we have destroyed our stockpiles": implementation (nothing).
R(d, "Russian Federation", NOTBOUND, APMBC, None, "The Russian Federation has never been a party to the Convention.", negated=True)
QIHL = ("our countries will remain committed to international humanitarian law, including the protection of civilians during an armed conflict, "
        "and to the Geneva Conventions of 1949 and their Additional Protocols")
RL(d, B4, COMMITTED, GC49, D, QIHL)
RL(d, B4, COMMITTED, GCAP, D, QIHL, required=False)
QREM = "We also remain States Parties to the Arms Trade Treaty and to the Convention on Certain Conventional Weapons."
RL(d, ["Estonia", "Latvia", "Lithuania"], PARTY, ATT, None, QREM)
R(d, "Poland", PARTY, ATT, None, QREM, alt=["We are proud parties to the ATT"])
RL(d, B4, PARTY, CCW, None, QREM)
R(d, "Poland", "called-for", ATT, D, "we call on all countries that export arms, including China, to join it")
# China is only the addressee of the call (nothing). "No." to withdrawing from the ATT: nothing of its own.
R(d, "Lithuania", RATIFIED, CCM, "2011", "Lithuania ratified the Convention on Cluster Munitions in 2011.")
R(d, "Lithuania", NOTBOUND, CCM, None, "Our withdrawal from that Convention took effect on 7 March this year", negated=True)
QNS = "Estonia and Poland have never signed the Convention on Cluster Munitions"
R(d, "Estonia", "signed", CCM, None, QNS, negated=True)
R(d, "Poland", "signed", CCM, None, QNS, negated=True)
R(d, "Latvia", ACCEDED, CCM, "2015", "Latvia, which acceded to the cluster munitions convention in 2015")
RL(d, B4, SIGNED_DECL, LOI, D, "The Ministers also signed a letter of intent on the joint procurement of short-range air-defence systems", required=False)
# "we will respect international humanitarian law": no instrument named (nothing).

# ===================== 06 (Finland MFA press release: joint statement of the Nordic Foreign Ministers, Turku, 11 September 2024) =====================
d = "06.txt"
D = "2024-09-11"
N5 = ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
ES116 = ("General Assembly resolution ES-11/6", ["resolution ES-11/6", "ES-11/6", "A/RES/ES-11/6"])
ES1023 = ("General Assembly resolution ES-10/23", ["resolution ES-10/23", "ES-10/23", "A/RES/ES-10/23"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
R77222 = ("General Assembly resolution 77/222", ["resolution 77/222", "A/RES/77/222", "moratorium on the use of the death penalty"])
R1325 = ("Security Council resolution 1325 (2000)", ["resolution 1325", "UNSCR 1325", "S/RES/1325 (2000)"])
# "we" = the five Nordic States named in the opening. Support for the Charter, for Ukraine's sovereignty and the Peace Formula process: nothing.
RL(d, N5, "supported", ES116, "2023-02-23", "All five of our countries voted in favour of General Assembly resolution ES-11/6 of 23 February 2023")
RL(d, ["Denmark", "Iceland", "Norway"], "supported", ES1023, "2024-05-10", "Denmark, Iceland and Norway voted in favour")
RL(d, ["Finland", "Sweden"], "supported", ES1023, "2024-05-10", "while Finland and Sweden abstained", negated=True)
# Norway's recognition of the State of Palestine: not a treaty action (nothing).
RL(d, N5, "signed", BBNJ, "2023-09-20", "All five Nordic countries signed it on 20 September 2023")
R(d, "Finland", RATIFIED, BBNJ, "2024-06", "Finland ratified the Agreement in June 2024")
R(d, "Norway", RATIFIED, BBNJ, "2024-09", "Norway deposited its instrument of ratification with the Secretary-General earlier this month")
RL(d, ["Denmark", "Iceland", "Sweden"], NOTRATIFIED, BBNJ, None, "Denmark, Iceland and Sweden are working to complete their ratification processes as soon as possible", negated=True)
# The EU coordination, the entry into force before the Nice conference: nothing.
RL(d, N5, "called-for", BBNJ, D, "We call on all States to sign and ratify the BBNJ Agreement")
RL(d, N5, ["co-sponsored", "supported"], R77222, "2022-12", "All of us co-sponsored General Assembly resolution 77/222 on a moratorium on the use of the death penalty in December 2022")
# "we will work for the broadest possible support for the resolution when it is next tabled": no act (nothing).
RL(d, N5, COMMITTED, R1325, D, "We reaffirm our commitment to the Women, Peace and Security agenda and to Security Council resolution 1325 (2000).")
# Iceland's fourth National Action Plan on resolution 1325: implementation (nothing). Candidatures, Security Council membership: nothing.

# ===================== 07 (Indian MEA-style web page: List of Outcomes, State visit of the President of Mozambique, New Delhi, 14 February 2024; HTML) =====================
d = "07.html"
D = "2024-02-14"
IM = ["India", "Mozambique"]
EXTR = ("Treaty on Extradition between the Republic of India and the Republic of Mozambique", ["India–Mozambique Extradition Treaty", "Extradition Treaty"])
MLAC = ("Agreement on Mutual Legal Assistance in Civil and Commercial Matters (India–Mozambique)", ["Agreement on Mutual Legal Assistance in Civil and Commercial Matters"])
DEF = ("Agreement on Cooperation in the Field of Defence (India–Mozambique)", ["Agreement on Cooperation in the Field of Defence", "defence cooperation agreement"])
WSIS = ("MoU on Cooperation in the Field of White Shipping Information Sharing", ["White Shipping MoU"])
TSM = ("MoU on Cooperation in Traditional Systems of Medicine", ["MoU on Traditional Medicine"])
CEP = ("Cultural Exchange Programme for the years 2024–2028", ["Cultural Exchange Programme"])
ISA = ("Framework Agreement on the Establishment of the International Solar Alliance", ["ISA Framework Agreement", "International Solar Alliance Framework Agreement"])
DTAA = ("Agreement on Double Taxation Avoidance (India–Mozambique)", ["Agreement on Double Taxation Avoidance", "DTAA"])
BIPPA = ("Bilateral Investment Promotion and Protection Agreement (India–Mozambique)", ["Bilateral Investment Promotion and Protection Agreement", "BIPPA", "India–Mozambique BIT"])
CCIT = ("Comprehensive Convention on International Terrorism", ["CCIT"])
ICSFT = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention", "ICSFT"])
YOGA = ("General Assembly resolution proclaiming 21 June as the International Day of Yoga", ["International Day of Yoga resolution", "resolution on the International Day of Yoga"])
IORA = ("Charter of the Indian Ocean Rim Association", ["IORA Charter"])
# Table A: the agreements "exchanged" during the visit were signed by officials of each side (the States are the signatories).
RL(d, IM, "signed", EXTR, D, "Treaty on Extradition between the Republic of India and the Republic of Mozambique")
RL(d, IM, "signed", MLAC, D, "Agreement on Mutual Legal Assistance in Civil and Commercial Matters")
RL(d, IM, "signed", DEF, D, "Agreement on Cooperation in the Field of Defence")
RL(d, IM, SIGNED_DECL, WSIS, D, "MoU on Cooperation in the Field of White Shipping Information Sharing", required=False)
RL(d, IM, SIGNED_DECL, TSM, D, "MoU on Cooperation in Traditional Systems of Medicine", required=False)
RL(d, IM, SIGNED_DECL, CEP, D, "Cultural Exchange Programme for the years 2024", required=False)
R(d, "Mozambique", RATIFIED, ISA, None, "Mozambique deposited its instrument of ratification of the Framework Agreement on the Establishment of the International Solar Alliance (ISA)")
R(d, "Mozambique", "signed", ISA, "2016-11", "which it had signed in November 2016")
# Joining the Global Biofuels Alliance (an organisation), the Line of Credit, the hydrography programme's extension: nothing.
RL(d, IM, "signed", DTAA, "2010", "the Agreement on Double Taxation Avoidance, which the two countries signed in 2010")
RL(d, IM, "signed", BIPPA, "2009", "the Bilateral Investment Promotion and Protection Agreement that the two countries signed in 2009")
R(d, "India", NOTBOUND, BIPPA, None, "which India terminated in 2017", negated=True)
# Entry into force (2011), the new investment treaty proposal, India's 2016 Model Text: nothing.
RL(d, IM, "called-for", CCIT, D, "called upon all Member States of the United Nations to work together for the early adoption of the Comprehensive Convention on International Terrorism (CCIT)")
R(d, "Mozambique", RATIFIED, ICSFT, "2003-01", "Mozambique informed that it had ratified the International Convention for the Suppression of the Financing of Terrorism in January 2003")
# "India recalled that it is a party to all the UN sectoral conventions against terrorism": no instrument named (nothing).
R(d, "Mozambique", ["co-sponsored", "supported"], YOGA, None, "India expressed appreciation to Mozambique for co-sponsoring the General Assembly resolution proclaiming 21 June as the International Day of Yoga")
# Support for India's Security Council candidature, IORA membership (an organisation): nothing.
R(d, "Mozambique", ACCEDED, IORA, "2019", "accession to the IORA Charter in 2019")

# ===================== 08 (Australian PM's office transcript: joint press conference with the PM of Papua New Guinea, Canberra, 7 December 2023) =====================
d = "08.txt"
D = "2023-12-07"
AP = ["Australia", "Papua New Guinea"]
BSA = ("Agreement between Australia and Papua New Guinea on a Framework for Closer Security Relations", ["Bilateral Security Agreement", "Australia-PNG Bilateral Security Agreement"])
JDP = ("Joint Declaration of Principles Guiding Relations between Australia and Papua New Guinea", ["Joint Declaration of Principles", "1987 Joint Declaration of Principles"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
DCA = ("Defence Cooperation Agreement between Papua New Guinea and the United States", ["Defence Cooperation Agreement", "PNG-US Defence Cooperation Agreement", "Defense Cooperation Agreement"])
FALE = ("Australia-Tuvalu Falepili Union", ["Falepili Union", "Falepili Union treaty"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty", "Rarotonga Treaty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "Nuclear Weapon Ban Treaty"])
# "I" = Albanese for Australia; "we"/"PNG" in Marape's remarks = Papua New Guinea.
RL(d, AP, "signed", BSA, D, "A short time ago, Prime Minister Marape and I signed the Agreement between Australia and Papua New Guinea on a Framework for Closer Security Relations")
RL(d, AP, ADOPTED, JDP, "1987", "which our two nations adopted in 1987")
RL(d, AP, ENDORSED, JDP, D, "which we have today reaffirmed", required=False)
# The $200 million for PNG's police: implementation (nothing). The National Parliament's consideration: domestic.
R(d, "Papua New Guinea", NOTRATIFIED, BSA, None, "PNG will ratify it once Parliament has considered it in the new year", negated=True)
R(d, "Papua New Guinea", RATIFIED, PARIS, "2016-09", "PNG was among the very first countries to ratify the Paris Agreement, in September 2016")
R(d, "Papua New Guinea", COMMITTED, PARIS, D, "we remain committed to it")
# The journalist's question restates it; the Prime Minister's answer is the record. Parliament's approval in August: domestic.
R(d, "Papua New Guinea", "signed", DCA, "2023-05", "We signed that agreement with the United States in May",
  alt=["PNG signed a Defence Cooperation Agreement with the United States in May"])
R(d, "United States", "signed", DCA, "2023-05", "PNG signed a Defence Cooperation Agreement with the United States in May", required=False)
QFAL = "The Falepili Union was signed by Prime Minister Natano and myself in Rarotonga on 9 November"
R(d, "Australia", "signed", FALE, "2023-11-09", QFAL, alt=["last month Australia signed the Falepili Union treaty with Tuvalu"])
R(d, "Tuvalu", "signed", FALE, "2023-11-09", QFAL)
RL(d, ["Australia", "Tuvalu"], NOTRATIFIED, FALE, None, "Both of our governments will take it through our own processes before it can be ratified", negated=True)
# Rarotonga and the Forum Leaders Meeting: a venue. The call to "support the Pacific Policing Initiative": a process (nothing).
RL(d, AP, COMMITTED, BOE, D, "we are both, of course, strongly committed to the Boe Declaration on Regional Security")
RL(d, AP, COMMITTED, RARO, D, "we are both, of course, strongly committed to the Boe Declaration on Regional Security and to the Treaty of Rarotonga")
R(d, "Australia", NOTBOUND, TPNW, None, "Australia is not a party to the TPNW.", negated=True)
R(d, "Australia", "signed", TPNW, None, "Our Labor platform commits us to consider signing and ratifying it", negated=True, required=False)
R(d, "Papua New Guinea", "signed", TPNW, None, "PNG has not signed the TPNW either.", negated=True)
# "as PNG has been urged to": no caller named (nothing). The COP31 bid and PNG's support for it: a host bid (nothing).

# ===================== 09 (Ecuador MFA press bulletin, unofficial translation: Joint Declaration of the Presidents of Ecuador and Colombia, XI Binational Cabinet, Tulcán, 15 March 2023) =====================
d = "09.txt"
D = "2023-03-15"
EC = ["Ecuador", "Colombia"]
BPAP = ("Action Plan of the Binational Plan for Integration and Border Development 2023–2026", ["Binational Plan for Integration and Border Development", "Action Plan"])
TOC = ("Agreement on Cooperation for the Prevention and Fight against Transnational Organized Crime on the Border", ["Ecuador–Colombia agreement on transnational organized crime"])
MOUMIG = ("Memorandum of Understanding on Migratory Information Exchange", ["MoU on Migratory Information Exchange"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean", ["Escazú Agreement", "Escazu Agreement"])
LETICIA = ("Leticia Pact for the Amazon", ["Leticia Pact"])
ACT = ("Amazon Cooperation Treaty", ["Treaty for Amazonian Cooperation", "ACT"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
CARTD = ("Cartagena Declaration on Refugees", ["Cartagena Declaration"])
BRAZD = ("Brazil Declaration and Plan of Action", ["Brazil Declaration", "Brazil Plan of Action"])
UNASUR = ("Constitutive Treaty of the Union of South American Nations", ["UNASUR Constitutive Treaty", "UNASUR Treaty", "Constitutive Treaty of UNASUR"])
R77247 = ("General Assembly resolution 77/247", ["resolution 77/247", "A/RES/77/247"])
MIGRES = ("resolution on the situation of human rights of migrants", ["Third Committee resolution on human rights of migrants", "resolution on human rights of migrants"])
MOBDRAFT = ("draft resolution on human mobility in border regions", ["draft on human mobility in border regions"])
RL(d, EC, ADOPTED, BPAP, D, "whose Action Plan (109 commitments) was approved by both Governments at this meeting", required=False)
RL(d, EC, "signed", TOC, D, "the Ministers of Foreign Affairs (Cancilleres) signed the Agreement on Cooperation for the Prevention and Fight against Transnational Organized Crime on the Border")
RL(d, EC, SIGNED_DECL, MOUMIG, D, "the Ministers of the Interior signed a Memorandum of Understanding on Migratory Information Exchange", required=False)
RL(d, EC, COMMITTED, ESCAZU, D, "Their commitment to the Escazú Agreement")
R(d, "Ecuador", RATIFIED, ESCAZU, "2020-05-21", "Ecuador recalled that it deposited its instrument of ratification on 21 May 2020")
# Ecuador hosting the preparatory meeting; Colombia's Law 2273 and the Constitutional Court review: host and domestic steps (nothing).
R(d, "Colombia", NOTRATIFIED, ESCAZU, None, "Colombia will ratify the Agreement once that review has concluded", negated=True)
RL(d, ["Ecuador", "Colombia", "Bolivia", "Brazil", "Guyana", "Peru", "Suriname"], SIGNED_DECL, LETICIA, "2019-09-06",
   "which both countries signed on 6 September 2019 together with Bolivia, Brazil, Guyana, Peru and Suriname")
RL(d, EC, PARTY, ACT, None, "the Amazon Cooperation Treaty of 1978, to which both are Parties")
# Brazil hosting the Belém summit: a host (nothing).
R(d, "Colombia", RATIFIED, MINAMATA, "2019", "Colombia ratified the Minamata Convention on Mercury in 2019")
R(d, "Ecuador", RATIFIED, MINAMATA, "2016", "Ecuador did so in 2016")
RL(d, EC, "called-for", MINAMATA, D, "jointly call on the States of the Amazon basin that have not yet done so to ratify the Convention")
RL(d, EC, ENDORSED, CARTD, D, "Their adherence to the Cartagena Declaration on Refugees (1984)")
RL(d, EC, ENDORSED, BRAZD, D, "Their adherence to the Cartagena Declaration on Refugees (1984) and to the Brazil Declaration and Plan of Action of 2014")
# The Cartagena+40 process hosted by Chile: a process and a host (nothing).
R(d, "Colombia", NOTBOUND, UNASUR, None, "Colombia reported that it has initiated the procedure to rejoin the Constitutive Treaty of the Union of South American Nations (UNASUR)",
  negated=True, alt=["which it denounced in 2018"])
R(d, "Ecuador", NOTBOUND, UNASUR, None, "Ecuador, which denounced the Treaty in 2019, stated that it does not intend to rejoin it at this time", negated=True)
# Paragraph 8's reference to resolution 77/247 is an error of the original that the translator's note says was deleted: optional.
RL(d, EC, "supported", R77247, None, "Their support for General Assembly resolution 77/247", required=False)
RL(d, EC, ["co-sponsored", "supported"], MIGRES, "2022-11", "both countries co-sponsored the resolution on the situation of human rights of migrants adopted by the Third Committee in November 2022")
R(d, TC, "adopted", MIGRES, "2022-11", "adopted by the Third Committee in November 2022", required=False)
RL(d, EC, ["co-sponsored", "supported"], MOBDRAFT, None, "they agreed to table jointly a draft on human mobility in border regions at the 78th session", negated=True, required=False)

# ===================== 10 (Council of the EU press release 145/25: Joint Declaration of the first EU-Central Asia Summit, Samarkand, 4 April 2025) =====================
d = "10.txt"
D = "2025-04-04"
CA5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
P6 = ["European Union"] + CA5
EPCAUZ = ("Enhanced Partnership and Cooperation Agreement between the European Union and the Republic of Uzbekistan", ["EU-Uzbekistan EPCA", "EPCA with Uzbekistan"])
EPCAKG = ("EU-Kyrgyz Republic Enhanced Partnership and Cooperation Agreement", ["EU-Kyrgyz Republic EPCA", "EU-Kyrgyzstan EPCA"])
PCATM = ("Partnership and Cooperation Agreement between the EU and Turkmenistan", ["EU-Turkmenistan PCA", "Partnership and Cooperation Agreement"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
GMP = ("Global Methane Pledge", ["the Pledge"])
WATER = ("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", ["UNECE Water Convention", "Water Convention"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ Treaty", "Semipalatinsk Treaty"])
CANWFZP = ("Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Protocol on Negative Security Assurances", "CANWFZ Protocol"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
CHARTER = ("Charter of the United Nations", ["UN Charter", "United Nations Charter"])
# Uzbekistan hosting the Summit; the Participants' welcome of the signature: nothing of their own. The signatories act.
QUZ = "which was signed today by the High Representative and the Minister of Foreign Affairs of Uzbekistan"
RL(d, ["European Union", "Uzbekistan"], "signed", EPCAUZ, D, QUZ)
RL(d, ["European Union", "Kyrgyzstan"], "signed", EPCAKG, "2024-06-25", "the EU-Kyrgyz Republic EPCA was signed on 25 June 2024")
R(d, "Kyrgyzstan", RATIFIED, EPCAKG, "2025-01", "the Kyrgyz Republic completed its ratification in January 2025")
R(d, "European Union", NOTRATIFIED, EPCAKG, None, "the EU's conclusion of the Agreement is pending", negated=True)
# The EU-Tajikistan negotiations and the Kazakhstan EPCA's entry into force: nothing.
RL(d, ["European Union", "Turkmenistan"], "signed", PCATM, "1998", "the Partnership and Cooperation Agreement signed by them in 1998")
R(d, "European Union", NOTRATIFIED, PCATM, None, "which the EU has not yet concluded", negated=True)
# Support for Uzbekistan's WTO accession (an organisation) and the Global Gateway investment package (funding): nothing.
RL(d, CA5, PARTY, PARIS, None, "All five Central Asian States are Parties to the Paris Agreement.")
# Cooperation on adaptation and early warning: implementation (nothing).
R(d, "Turkmenistan", ENDORSED, GMP, "2023-12", "Turkmenistan's endorsement of the Global Methane Pledge in December 2023")
RL(d, ["Kazakhstan", "Kyrgyzstan"], ENDORSED, GMP, "2021-11", "Kazakhstan and Kyrgyzstan endorsed the Pledge at COP26 in Glasgow in November 2021")
RL(d, ["Tajikistan", "Uzbekistan"], ENDORSED, GMP, None, "Tajikistan and Uzbekistan informed that they are considering joining it before COP30", negated=True)
R(d, "European Union", "called-for", WATER, D, "The European Union called on all riparian States to accede to the Convention on the Protection and Use of Transboundary Watercourses and International Lakes")
RL(d, ["Kazakhstan", "Turkmenistan"], PARTY, WATER, None, "Kazakhstan and Turkmenistan are Parties to it")
R(d, "Uzbekistan", ACCEDED, WATER, "2007", "Uzbekistan acceded to the Convention in 2007")
R(d, "European Union", "welcomed", CANWFZ, D, "The EU welcomed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
RL(d, CA5, PARTY, CANWFZ, None, "to which all five Central Asian States are Parties")
RL(d, CA5, "called-for", CANWFZP, D, "The Central Asian States jointly called on the nuclear-weapon States that have not yet done so to ratify the Protocol on Negative Security Assurances to the Treaty")
R(d, "United States", "signed", CANWFZP, "2014-05", "the United States signed the Protocol in May 2014")
R(d, "United States", NOTRATIFIED, CANWFZP, None, "but has not yet ratified it", negated=True)
R(d, "European Union", "called-for", ROME, D, "The EU encouraged the Central Asian States to accede to the Rome Statute of the International Criminal Court.")
R(d, "Tajikistan", PARTY, ROME, "2000", "Tajikistan recalled that it has been a State Party to the Rome Statute since 2000.")
# The principles "enshrined in the Charter": no act on the Charter (nothing).

# ===================== 11 (ROK MFA web summary, unofficial translation: Ninth Trilateral Summit, Seoul, 27 May 2024; Markdown) =====================
d = "11.md"
D = "2024-05-27"
K3 = ["Republic of Korea", "Japan", "China"]
JD9 = ("Joint Declaration of the Ninth Trilateral Summit", ["Ninth Trilateral Summit Joint Declaration"])
PPR = ("Joint Statement on Future Pandemic Prevention, Preparedness and Response", ["Joint Statement on Pandemic Prevention"])
MOUIP = ("Memorandum of Understanding on Trilateral Intellectual Property Cooperation", ["MoU on Trilateral Intellectual Property Cooperation"])
VISION = ("Trilateral Cooperation Vision for the Next Decade (2024–2034)", ["Trilateral Cooperation Vision for the Next Decade"])
RCEP = ("Regional Comprehensive Economic Partnership Agreement", ["RCEP", "RCEP Agreement", "Regional Comprehensive Economic Partnership (RCEP) Agreement"])
TIA = ("Agreement among the Government of Japan, the Government of the Republic of Korea and the Government of the People's Republic of China for the Promotion, Facilitation and Protection of Investment",
       ["Trilateral Investment Agreement", "China-Japan-Korea Investment Agreement"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
PLASTIC = ("international legally binding instrument on plastic pollution", ["plastics treaty", "instrument on plastic pollution"])
SENDAI = ("Sendai Framework for Disaster Risk Reduction 2015–2030", ["Sendai Framework"])
R78265 = ("General Assembly resolution 78/265", ["resolution 78/265", "A/RES/78/265", "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
# The Korean host and the first Summit since 2019: nothing. The quotes avoid the Markdown emphasis around the titles.
RL(d, K3, ADOPTED, JD9, D, "Joint Declaration of the Ninth Trilateral Summit | adopted by the three leaders")
RL(d, K3, ADOPTED, PPR, D, "Joint Statement on Future Pandemic Prevention, Preparedness and Response | adopted by the three leaders", required=False)
RL(d, K3, SIGNED_DECL, MOUIP, D, "Memorandum of Understanding on Trilateral Intellectual Property Cooperation | signed by the heads of the three IP offices", required=False)
RL(d, K3, ADOPTED, VISION, None, "to be adopted at the Tenth Summit in Japan", negated=True, required=False)
RL(d, K3, PARTY, RCEP, None, "The three countries are Parties to the Regional Comprehensive Economic Partnership (RCEP) Agreement.")
R(d, "China", RATIFIED, RCEP, "2021-04", "China ratified the Agreement in April 2021")
R(d, "Japan", RATIFIED, RCEP, "2021-06", "China ratified the Agreement in April 2021, Japan in June 2021")
R(d, "Republic of Korea", RATIFIED, RCEP, "2021-12", "the Republic of Korea deposited its instrument of ratification with the ASEAN Secretary-General in December 2021")
# The ASEAN Secretary-General as depositary: nothing. The trilateral FTA negotiations: a process (nothing).
RL(d, K3, COMMITTED, RCEP, D, "The leaders reaffirmed their commitment to the full and effective implementation of RCEP", required=False)
RL(d, K3, "signed", TIA, "2012-05-13", "which was signed by the three countries in Phnom Penh on 13 May 2012")
R(d, "Japan", PARTY, CPTPP, None, "Japan, a Party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)")
R(d, "China", ACCEDED, CPTPP, None, "China's application to accede to it, submitted in September 2021", negated=True)
R(d, "Republic of Korea", NOTBOUND, CPTPP, None, "The Korean side stated that it continues to review joining the CPTPP.", negated=True)
RL(d, K3, "called-for", PLASTIC, D, "The leaders called for the conclusion, by the end of 2024, of an international legally binding instrument on plastic pollution")
# "as mandated by UNEA resolution 5/14": no act by a named actor here (nothing).
RL(d, K3, COMMITTED, SENDAI, D, "They reaffirmed their commitment to the Sendai Framework for Disaster Risk Reduction 2015")
RL(d, K3, ["co-sponsored", "supported"], R78265, None, "they had all co-sponsored General Assembly resolution 78/265")
R(d, GA, "adopted", R78265, "2024-03-21", "adopted without a vote on 21 March 2024", required=False)
# The Korean Peninsula positions (footnote): no instrument.
RL(d, K3, COMMITTED, NPT, D, "The three countries reiterated their commitment to the Treaty on the Non-Proliferation of Nuclear Weapons")
RL(d, ["Japan", "Republic of Korea"], "called-for", NPT, D, "Japan and the Republic of Korea called on the Democratic People's Republic of Korea to return to it at an early date")
# Japan hosting the Tenth Summit; the TCS (an institution): nothing.

# ===================== 12 (Thai MFA press release No. 388/2565, English text from the Thai: 23rd Thailand-Lao PDR Joint Commission, Bangkok, 9 December 2022) =====================
d = "12.txt"
D = "2022-12-09"
TL = ["Thailand", "Lao PDR"]
LAB = ("Agreement between the Government of the Kingdom of Thailand and the Government of the Lao People's Democratic Republic on Labour Cooperation",
       ["Thailand-Lao PDR Agreement on Labour Cooperation", "Agreement on Labour Cooperation"])
BRIDGE = ("Memorandum of Understanding on the Construction of the Fifth Thai-Lao Friendship Bridge", ["MoU on the Fifth Thai-Lao Friendship Bridge"])
MEKONG = ("Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", ["Mekong Agreement", "1995 Mekong Agreement"])
PNPCA = ("Procedures for Notification, Prior Consultation and Agreement", ["PNPCA"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["AATHP", "Haze Agreement"])
CRPA = ("Chiang Rai Plan of Action on Transboundary Haze Pollution Control", ["Chiang Rai Plan of Action"])
ACTIP = ("ASEAN Convention Against Trafficking in Persons, Especially Women and Children", ["ACTIP"])
ICPPED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["ICPPED", "Convention on Enforced Disappearance"])
DEFA = ("ASEAN Digital Economy Framework Agreement", ["DEFA"])
TAC = ("Treaty of Amity and Cooperation in Southeast Asia", ["TAC"])
UXO = ("Human Rights Council resolution on unexploded ordnance", ["resolution on unexploded ordnance"])
HRC = ["UN Human Rights Council", "Human Rights Council"]
# Co-chairs named in apposition; the instruments "were signed" in their presence by Ministers of each side.
RL(d, TL, "signed", LAB, D, "the Agreement between the Government of the Kingdom of Thailand and the Government of the Lao People's Democratic Republic on Labour Cooperation")
RL(d, TL, SIGNED_DECL, BRIDGE, D, "the Memorandum of Understanding on the Construction of the Fifth Thai-Lao Friendship Bridge (Bueng Kan–Bolikhamxay), signed by the two Foreign Ministers", required=False)
# The Agreed Minutes of the JC: a record of the meeting (nothing).
RL(d, ["Cambodia", "Lao PDR", "Thailand", "Viet Nam"], "signed", MEKONG, "1995-04-05",
   "the Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin was signed in Chiang Rai on 5 April 1995 by Cambodia, the Lao PDR, Thailand and Viet Nam")
RL(d, TL, COMMITTED, MEKONG, D, "reaffirmed their commitment to that Agreement")
RL(d, TL, COMMITTED, PNPCA, D, "including the Procedures for Notification, Prior Consultation and Agreement", required=False)
# The request to submit the Luang Prabang project for prior consultation and the Mekong River Commission: a process (nothing).
RL(d, TL, PARTY, HAZE, None, "both countries are Parties to the ASEAN Agreement on Transboundary Haze Pollution")
RL(d, TL, COMMITTED, CRPA, D, "reaffirmed their commitment to the Chiang Rai Plan of Action on Transboundary Haze Pollution Control")
# Thailand's National Agenda on PM2.5: domestic (nothing).
R(d, "Lao PDR", RATIFIED, ACTIP, "2016", "the Lao PDR recalled that it ratified the ASEAN Convention Against Trafficking in Persons, Especially Women and Children (ACTIP) in 2016")
R(d, "Thailand", RATIFIED, ACTIP, "2016", "the same year as Thailand")
# The bilateral MOU of 2017: implementation (nothing).
R(d, "Thailand", "signed", ICPPED, "2012-01", "Thailand signed the International Convention for the Protection of All Persons from Enforced Disappearance in January 2012")
R(d, "Thailand", NOTRATIFIED, ICPPED, None, "the Government intends to ratify it", negated=True)
# The Act B.E. 2565 and its entry into force: domestic (nothing).
R(d, "Lao PDR", "signed", ICPPED, "2008-09", "which signed that Convention in September 2008")
R(d, "Lao PDR", NOTRATIFIED, ICPPED, None, "has not yet ratified it", negated=True)
RL(d, TL, "called-for", DEFA, D, "The two sides called on ASEAN Member States to conclude negotiations on the ASEAN Digital Economy Framework Agreement (DEFA) by 2025")
RL(d, TL, COMMITTED, TAC, D, "reaffirmed their commitment to the Treaty of Amity and Cooperation in Southeast Asia (TAC)")
# Support for the Lao Chairmanship of ASEAN: nothing. The Lao side's thanks give it nothing; the co-sponsors act.
RL(d, ["Thailand", "Viet Nam", "Cambodia"], ["co-sponsored", "supported"], UXO, None,
   "The Lao side thanked Thailand for co-sponsoring, together with Viet Nam and Cambodia, the resolution on unexploded ordnance")
R(d, HRC, "adopted", UXO, "2021", "the resolution on unexploded ordnance adopted by the Human Rights Council last year")
R(d, "Thailand", "supported", UXO, "2021", "and for voting in favour of it")

# ===================== 13 (Senegal PM's press service, English translation by the French Embassy: joint communiqué of the 5th Franco-Senegalese intergovernmental seminar, Paris, 8 December 2022) =====================
d = "13.txt"
D = "2022-12-08"
FS = ["France", "Senegal"]
MLA = ("Agreement between the Government of the French Republic and the Government of the Republic of Senegal on Mutual Legal Assistance in Criminal Matters",
       ["France-Senegal Agreement on Mutual Legal Assistance", "Agreement on Mutual Legal Assistance"])
FPD = ("Framework Partnership Document 2023-2027 on development cooperation", ["Framework Partnership Document"])
DOIY = ("Declaration of Intent on youth mobility and the Talent Passport", ["Declaration of Intent on youth mobility"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
BBNJ = ("agreement on marine biodiversity of areas beyond national jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol to the Budapest Convention", "Second Additional Protocol"])
MALABO = ("African Union Convention on Cyber Security and Personal Data Protection", ["Malabo Convention"])
UNESCO70 = ("Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property", ["UNESCO 1970 Convention", "1970 Convention"])
AFCFTA = ("Agreement establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement"])
MULTI = ("General Assembly resolution on multilingualism", ["resolution on multilingualism"])
ES111 = ("General Assembly resolution ES-11/1", ["resolution ES-11/1", "ES-11/1"])
ES114 = ("General Assembly resolution ES-11/4", ["resolution ES-11/4", "ES-11/4"])
RL(d, FS, "signed", MLA, D, "the Agreement between the Government of the French Republic and the Government of the Republic of Senegal on Mutual Legal Assistance in Criminal Matters, signed by the French Minister of Justice and his Senegalese counterpart")
RL(d, FS, SIGNED_DECL, FPD, D, "a Framework Partnership Document 2023-2027 on development cooperation", required=False)
RL(d, FS, SIGNED_DECL, DOIY, D, "the Declaration of Intent on youth mobility and the Talent Passport", required=False)
# The TER financing arrangement: funding (nothing). The 1974 Convention being replaced; constitutional procedures and the
# submission to Parliament: domestic steps (optional negated ratification for France only, which states a plan).
R(d, "France", NOTRATIFIED, MLA, None, "France will submit it to its Parliament in 2023", negated=True, required=False)
RL(d, FS, COMMITTED, PARIS, D, "The two Governments reaffirmed their commitment to the Paris Agreement")
# The JETP (a partnership under discussion): nothing.
RL(d, FS, "called-for", BBNJ, D, "They called on all States to conclude in 2023 the negotiations on an agreement on marine biodiversity of areas beyond national jurisdiction (BBNJ)")
# France "welcomed" Senegal's accession: the welcome gives nothing; Senegal's accession is recorded.
R(d, "Senegal", ACCEDED, BUD, "2016", "Senegal's accession to the Council of Europe Convention on Cybercrime (Budapest Convention) in 2016")
R(d, "Senegal", RATIFIED, MALABO, "2016", "Senegal's ratification of the African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention) the same year")
R(d, "France", PARTY, BUD, "2006", "France, a Party to the Budapest Convention since 2006")
R(d, "France", "signed", BUD2, "2022-05", "signed the Second Additional Protocol to that Convention in May 2022")
R(d, "Senegal", "signed", BUD2, None, "Senegal has not yet signed it", negated=True)
RL(d, FS, PARTY, UNESCO70, None, "Both countries are Parties to the UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property (1970)")
# The law of 24 December 2020 and the return of the sabre: domestic (nothing).
R(d, "Senegal", RATIFIED, AFCFTA, "2019", "Senegal recalled that it ratified the Agreement establishing the African Continental Free Trade Area (AfCFTA) in 2019")
R(d, "Senegal", "called-for", AFCFTA, D, "called on all AU Member States that have not yet done so to ratify it")
RL(d, FS, ["co-sponsored", "supported"], MULTI, None, "The two countries co-sponsored together, at the 75th session of the General Assembly, the resolution on multilingualism")
RL(d, FS, ["co-sponsored", "supported"], MULTI, None, "will again co-sponsor it at the 77th session", negated=True)
R(d, "France", "supported", ES111, "2022-03-02", "France voted in favour")
R(d, "Senegal", "supported", ES111, "2022-03-02", "Senegal abstained", negated=True)
RL(d, FS, "supported", ES114, "2022-10-12", "Both countries voted in favour of resolution ES-11/4 of 12 October 2022")
# Dakar hosting the sixth seminar: nothing.

# ===================== 14 (Ireland DFA: Tánaiste's remarks at the joint press conference with Jordan's Foreign Minister, Dublin, 5 February 2024) =====================
d = "14.txt"
D = "2024-02-05"
IJ = ["Ireland", "Jordan"]
MOUPC = ("Memorandum of Understanding establishing annual political consultations (Ireland–Jordan)", ["Memorandum of Understanding on political consultations"])
ASA = ("Air Services Agreement (Ireland–Jordan)", ["Air Services Agreement"])
ES1021 = ("General Assembly resolution ES-10/21", ["resolution ES-10/21", "ES-10/21", "A/RES/ES-10/21"])
ES1022 = ("General Assembly resolution ES-10/22", ["resolution ES-10/22", "ES-10/22", "A/RES/ES-10/22"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
GENO = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "Political Declaration"])
API = ("Arab Peace Initiative", ["Arab Peace Initiative of 2002"])
PEACE94 = ("Treaty of Peace between Jordan and Israel", ["1994 Treaty of Peace", "Jordan-Israel Peace Treaty", "Wadi Araba Treaty"])
SCDRAFT = ("Security Council draft resolution on a ceasefire in Gaza", ["Security Council draft resolution on a ceasefire"])
# "We" in the Tánaiste's remarks: Ireland (and the two Ministers for the signature).
RL(d, IJ, SIGNED_DECL, MOUPC, D, "We have just signed a Memorandum of Understanding establishing annual political consultations between our two foreign ministries")
RL(d, IJ, "signed", ASA, None, "initialled the text of an Air Services Agreement, which we expect to sign later this year", negated=True)
RL(d, IJ, "supported", ES1021, "2023-10", "Both our countries voted in favour of General Assembly resolution ES-10/21 last October")
R(d, "Jordan", ["co-sponsored", "supported"], ES1021, None, "a resolution that Jordan tabled on behalf of the Arab Group")
RL(d, IJ, "supported", ES1022, "2023-12", "both voted in favour of resolution ES-10/22 in December")
RL(d, ["Germany", "Italy", "Netherlands"], "supported", ES1021, "2023-10", "including Germany, Italy and the Netherlands, abstained on the October resolution", negated=True)
RL(d, ["Austria", "Croatia", "Czechia", "Hungary"], "supported", ES1021, "2023-10", "while Austria, Croatia, Czechia and Hungary voted against it", negated=True)
R(d, "Jordan", RATIFIED, ROME, "2002-04-11", "Jordan became the first Arab State to ratify the Rome Statute of the International Criminal Court, in April 2002")
R(d, "Ireland", RATIFIED, ROME, "2002-04-11", "Ireland deposited its instrument of ratification on the very same day, 11 April 2002")
RL(d, IJ, PARTY, GENO, None, "Ireland and Jordan are both parties to the Convention on the Prevention and Punishment of the Crime of Genocide",
   alt=["Ireland has been a party to the Genocide Convention for almost fifty years"])
R(d, "Jordan", ACCEDED, GENO, "1950", "Jordan acceded to it in 1950")
R(d, "Ireland", ACCEDED, GENO, "1976", "Jordan acceded to it in 1950 and Ireland in 1976")
# The Declaration "was adopted in Dublin in November 2022": a venue, no named adopter. Ireland leading it: optional endorsement.
R(d, "Ireland", ENDORSED, EWIPA, "2022-11", "which Ireland was proud to lead", required=False)
R(d, "Ireland", "called-for", EWIPA, D, "I call on all States that have not yet done so to endorse the Declaration.")
R(d, "Jordan", ENDORSED, EWIPA, None, "had not yet taken a decision on endorsing it", negated=True)
R(d, "Jordan", COMMITTED, API, D, "Jordan remains committed to the Arab Peace Initiative of 2002")
R(d, "Jordan", COMMITTED, PEACE94, D, "Jordan remains committed to the Arab Peace Initiative of 2002 and to the 1994 Treaty of Peace between Jordan and Israel")
# The call "to support UNRWA" (an agency), the ICJ intervention under Article 63, the recognition of Palestine: nothing.
R(d, "United States", "supported", SCDRAFT, "2023-12", "it was vetoed by the United States", negated=True)
R(d, "Ireland", "supported", SCDRAFT, None, "we supported that draft publicly", required=False)

# ===================== 15 (Spanish MFA, unofficial English version: Joint Declaration of the XII Spain–Morocco High-Level Meeting, Rabat, 2 February 2023, with annex) =====================
d = "15.txt"
D = "2023-02-02"
SM = ["Spain", "Morocco"]
TF91 = ("Treaty of Friendship, Good Neighbourliness and Cooperation between the Kingdom of Spain and the Kingdom of Morocco", ["1991 Treaty of Friendship", "Treaty of Friendship, Good Neighbourliness and Cooperation"])
JD22 = ("Joint Declaration of 7 April 2022 (Spain–Morocco)", ["Joint Declaration of 7 April 2022"])
R2654 = ("Security Council resolution 2654 (2022)", ["resolution 2654", "S/RES/2654 (2022)"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime", ["Second Additional Protocol to the Budapest Convention", "Second Additional Protocol"])
HCCH96 = ("1996 Hague Convention on the Protection of Children", ["Hague Child Protection Convention", "1996 Hague Convention", "Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children"])
BARC = ("Barcelona Convention", ["Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean"])
ICZM = ("Protocol on Integrated Coastal Zone Management in the Mediterranean", ["ICZM Protocol"])
EFC = ("Agreement on Economic and Financial Cooperation (Spain–Morocco)", ["Agreement on Economic and Financial Cooperation", "Convenio de Cooperación Económica y Financiera"])
SSAA = ("Administrative Arrangement to the Agreement on Social Security (Spain–Morocco)", ["Agreement on Social Security – Administrative Arrangement"])
TSPP = ("Protocol amending the Convention on the Transfer of Sentenced Persons (Spain–Morocco)", ["Convention on the Transfer of Sentenced Persons (amending Protocol)", "amending Protocol"])
DL = ("Agreement on the Mutual Recognition of Driving Licences (Spain–Morocco)", ["Agreement on the Mutual Recognition of Driving Licences"])
# The chairs, the first RAN since 2015: nothing. The 1991 Treaty's signature is a past, agentless bilateral signature: optional.
RL(d, SM, COMMITTED, TF91, D, "Both Parties reaffirmed their commitment to the Treaty of Friendship, Good Neighbourliness and Cooperation between the Kingdom of Spain and the Kingdom of Morocco")
RL(d, SM, "signed", TF91, "1991-07-04", "signed in Rabat on 4 July 1991", required=False)
RL(d, SM, COMMITTED, JD22, D, "and to the principles of the Joint Declaration of 7 April 2022", required=False)
# Paragraph 3 refers to the Annex; the Annex lines are the records (agreements required, memoranda optional).
RL(d, SM, "signed", EFC, D, "Agreement on Economic and Financial Cooperation (Convenio de Cooperación Económica y Financiera).",
   alt=["the two Governments signed the nineteen (19) legal instruments and memoranda listed in the Annex"])
RL(d, SM, "signed", SSAA, D, "Agreement on Social Security – Administrative Arrangement.", required=False)
RL(d, SM, "signed", TSPP, D, "Convention on the Transfer of Sentenced Persons (amending Protocol).")
RL(d, SM, "signed", DL, D, "Agreement on the Mutual Recognition of Driving Licences.")
for mou in ["Vocational Training", "Water Resources Management", "Customs Cooperation", "Agricultural Research", "the Fight against Forest Fires",
            "Statistics", "Standardisation", "Tourism", "Labour Migration", "the Digital Economy", "Universities", "Sport", "Culture",
            "Energy Transition", "Housing and Urban Development"]:
    RL(d, SM, SIGNED_DECL, (f"Memorandum of Understanding on {mou} (Spain–Morocco)", [f"Memorandum of Understanding on {mou}"]), D,
       f"Memorandum of Understanding on {mou}.", required=False)
# Spain's position on the autonomy initiative (a proposal) and support for the Personal Envoy's efforts: nothing.
RL(d, SM, "supported", R2654, None, "Both Parties expressed their support for the efforts of the Personal Envoy of the UN Secretary-General and for Security Council resolution 2654", required=False)
RL(d, SM, ENDORSED, GCM, "2018-12", "The two Kingdoms, which endorsed the Global Compact for Safe, Orderly and Regular Migration at the Intergovernmental Conference held in Marrakech in December 2018")
R(d, "Morocco", ACCEDED, BUD, "2018", "Morocco recalled that it acceded to the Council of Europe Convention on Cybercrime in 2018")
R(d, "Morocco", RATIFIED, BUD2, "2022", "ratified its Second Additional Protocol in 2022")
R(d, "Spain", PARTY, BUD, "2010", "Spain, a party to the Convention since 2010")
R(d, "Spain", "signed", BUD2, None, "has signed but not yet ratified the Protocol")
R(d, "Spain", NOTRATIFIED, BUD2, None, "has signed but not yet ratified the Protocol", negated=True)
RL(d, SM, PARTY, HCCH96, None, "Both States are parties to the 1996 Hague Convention on the Protection of Children")
R(d, "Morocco", RATIFIED, HCCH96, "2002", "Morocco ratified it in 2002")
R(d, "Spain", RATIFIED, HCCH96, "2010", "Morocco ratified it in 2002 and Spain in 2010")
RL(d, SM, PARTY, BARC, None, "Spain and Morocco, Contracting Parties to the Barcelona Convention")
QICZM = "they ratified the Protocol on Integrated Coastal Zone Management in the Mediterranean in 2010 (Spain) and 2012 (Morocco)"
R(d, "Spain", RATIFIED, ICZM, "2010", QICZM)
R(d, "Morocco", RATIFIED, ICZM, "2012", QICZM)
RL(d, SM, "called-for", ICZM, D, "called upon all Mediterranean riparian States that have not yet done so to ratify it")
# Morocco hosting COP22 and Spain's welcome; the next meeting in Spain: nothing.

# ===================== 16 (Canadian PMO: Joint Statement by the Prime Minister of Canada and the President of Mexico, Ottawa, 28 June 2016) =====================
d = "16.txt"
D = "2016-06-28"
CM = ["Canada", "Mexico"]
JAP = ("Canada-Mexico Joint Action Plan 2016-2018", ["Joint Action Plan 2016-2018", "Canada-Mexico Joint Action Plan"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
HFC = ("amendment to the Montreal Protocol to phase down hydrofluorocarbons", ["Kigali Amendment", "HFC amendment", "Kigali Amendment to the Montreal Protocol"])
MONTREAL = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
TPP = ("Trans-Pacific Partnership Agreement", ["TPP", "Trans-Pacific Partnership"])
NAFTA = ("North American Free Trade Agreement", ["NAFTA"])
YMA = ("Canada-Mexico Youth Mobility Arrangement", ["Youth Mobility Arrangement", "updated Youth Mobility Arrangement"])
ATT = ("Arms Trade Treaty", ["ATT"])
R70176 = ("General Assembly resolution 70/176", ["resolution 70/176", "A/RES/70/176", "resolution on the safety of journalists and the issue of impunity"])
MORAT = ("General Assembly resolution on a moratorium on the use of the death penalty", ["moratorium resolution", "resolution on a moratorium on the use of the death penalty"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "UN Declaration on the Rights of Indigenous Peoples"])
# "We" in the quoted statement = Canada and Mexico. The "renewed Canada-Mexico Partnership" is a process (nothing).
RL(d, CM, ADOPTED, JAP, D, "adopted the Canada-Mexico Joint Action Plan 2016-2018")
RL(d, CM, "signed", PARIS, "2016-04-22", "Canada and Mexico both signed the Paris Agreement at the high-level ceremony in New York on April 22, 2016")
RL(d, CM, NOTRATIFIED, PARIS, None, "Neither country has yet ratified it.", negated=True,
   alt=["We commit to join the Agreement as soon as possible this year"])
# "commit to join" is a plan to join; a committed record for it is optional.
RL(d, CM, COMMITTED, PARIS, D, "We commit to join the Agreement as soon as possible this year", required=False)
RL(d, CM, "called-for", PARIS, D, "we call on all Parties to the UN Framework Convention on Climate Change to do the same")
RL(d, CM, ADOPTED, HFC, None, "We will work together to adopt an ambitious amendment to the Montreal Protocol to phase down hydrofluorocarbons (HFCs)", negated=True, required=False)
RL(d, CM, "called-for", HFC, D, "call on all Parties to support its adoption")
# "Mexico, which ratified all the existing amendments to the Montreal Protocol": no amendment named (nothing).
R(d, "Canada", PARTY, MONTREAL, "1988", "Canada, a Party to the Protocol since 1988")
QTPP = ("was signed in Auckland on February 4, 2016 by twelve countries: Australia, Brunei Darussalam, Canada, Chile, Japan, Malaysia, Mexico, "
        "New Zealand, Peru, Singapore, the United States and Viet Nam")
RL(d, ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore",
       "United States", "Viet Nam"], "signed", TPP, "2016-02-04", QTPP)
# Mexico's Senate review: domestic (optional negated ratification). Canada's consultation before deciding: negated.
R(d, "Mexico", NOTRATIFIED, TPP, None, "Mexico's Senate is reviewing the Agreement", negated=True, required=False)
R(d, "Canada", NOTRATIFIED, TPP, None, "Canada is consulting Canadians before deciding whether to ratify it", negated=True)
RL(d, CM, COMMITTED, NAFTA, D, "Both countries reaffirmed their commitment to the North American Free Trade Agreement (NAFTA)")
# Lifting the visa requirement: domestic (nothing).
RL(d, CM, SIGNED_DECL, YMA, D, "The two countries also signed an updated Youth Mobility Arrangement")
R(d, "Mexico", RATIFIED, ATT, "2013-09", "Mexico ratified the Arms Trade Treaty in September 2013")
# Hosting the first CSP in Cancún: a host. The legislation: domestic. Mexico's welcome: nothing.
R(d, "Canada", ACCEDED, ATT, None, "Canada confirmed that it intends to accede to the Treaty", negated=True)
RL(d, CM, ["co-sponsored", "supported"], R70176, None, "Canada and Mexico were among the co-sponsors of General Assembly resolution 70/176 on the safety of journalists and the issue of impunity")
R(d, GA, "adopted", R70176, "2015-12", "adopted in December 2015", required=False)
R(d, "Canada", "supported", MORAT, "2014-12", "Canada recalled that it voted in favour of the General Assembly resolution on a moratorium on the use of the death penalty in December 2014")
R(d, "Mexico", ["co-sponsored", "supported"], MORAT, None, "which Mexico co-sponsored")
R(d, "Mexico", ENDORSED, UNDRIP, D, "Both leaders reaffirmed their support for the United Nations Declaration on the Rights of Indigenous Peoples")
R(d, "Canada", ENDORSED, UNDRIP, "2016-05", "Canada announced in May that it is now a full supporter of the Declaration, without qualification",
  alt=["Both leaders reaffirmed their support for the United Nations Declaration on the Rights of Indigenous Peoples"])
# Mexico hosting the next high-level dialogue: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
