#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe80/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Six documents are not .txt (three .md, three .html); gold.py's Gold.finish() checks
their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis, a table cell border or an HTML entity.

Theme: small island and small developing States speaking for themselves: a cabinet-decisions release (Fiji), a regional
radio transcript (Pacific), government information-service and presidency web pages (Barbados, Maldives), national
newspapers (Samoa, Vanuatu, The Gambia, Marshall Islands, Jamaica, Tonga, Lesotho), Hansard (Mauritius, Solomon Islands),
a ministerial statement to parliament (Seychelles), a council-of-ministers communiqué (Cabo Verde) and a prime minister's
media release (Antigua and Barbuda).
Rules applied throughout (gold/README.md, dev/README.md, dev2/README.md):
- "We", "our country", "the country", "the Government", "the Minister", "my Government" resolve to the State the document
  speaks for or is about.
- Domestic steps give no record: cabinet, council-of-ministers or parliamentary approval "for ratification", decrees,
  promulgation, a president "ratifying" a bill, Royal Assent, a Cabinet submission; so do the depositary, the venue or
  host, entry into force, implementation, national action plans, reports to treaty bodies, negotiating mandates, and
  court or tribunal proceedings and opinions.
- A head of State or minister "signing the instrument of ratification" is no signature of the treaty; it is a
  ratification only once deposited; "will be deposited" is a planned ratification (negated, no date).
- Planned ("will sign", "will deposit", "intends to accede", "is considering", "expects to sign"), hedged, conditional
  ("will not ratify until ..."), "has yet to", "has not", reported-then-denied ("a report that X signed ... was
  incorrect") and "supported a UPR recommendation to ratify" statements are negated records without a date; votes
  against and abstentions are negated `supported` records and keep the vote's date.
- Calls on others to sign, ratify, accept or join are the caller's `called-for`, dated by the statement; the
  addressees get no record. Welcoming or praising another actor's act gives no record.
- Dates are resolved against the document's own date ("yesterday", "last week", "on Friday", "last year", "this year").
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Viet Nam", "State of Palestine", "Bahamas", "Micronesia", "Fiji", "Samoa",
          "Kenya", "Cabo Verde", "Gambia", "São Tomé and Príncipe", "Ghana", "Costa Rica", "Kiribati", "Cook Islands", "China",
          "Somalia", "Uganda", "Bangladesh", "Papua New Guinea", "Eswatini", "Mexico"),
    "Marshall Islands": ["Marshall Islands", "Republic of the Marshall Islands", "the Marshall Islands", "RMI"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "Antigua and Barbuda": ["Antigua and Barbuda", "Antigua"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Palau": ["Palau", "Republic of Palau"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Tuvalu": ["Tuvalu"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Niue": ["Niue"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
    "Maldives": ["Maldives", "Republic of Maldives", "the Maldives"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Dominica": ["Dominica", "Commonwealth of Dominica"],
    "Grenada": ["Grenada"],
    "Guyana": ["Guyana", "Co-operative Republic of Guyana"],
    "Jamaica": ["Jamaica"],
    "Barbados": ["Barbados"],
    "Belize": ["Belize"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand", "Aotearoa New Zealand"],
}

HRC = ["UN Human Rights Council", "Human Rights Council", "HRC"]
PIF = ["Pacific Islands Forum Leaders", "Forum Leaders", "Pacific Islands Forum", "Forum leaders", "leaders"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Antonio Guterres"]
SIDS4 = ["Fourth International Conference on Small Island Developing States", "SIDS4", "the Conference"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# Instruments shared by several documents (each document names them its own way; aliases cover the names used).
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear weapons ban treaty", "ban treaty", "nuclear weapons treaty"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ", "high seas treaty", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
FSA = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "World Trade Organization Agreement on Fisheries Subsidies",
                                            "fisheries subsidies agreement"])
CTA = ("Cape Town Agreement of 2012", ["Cape Town Agreement", "Cape Town Agreement on the safety of fishing vessels",
                                       "Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993"])
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing",
        ["Port State Measures Agreement", "PSMA", "FAO Agreement on Port State Measures", "Agreement on Port State Measures"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT", "O.P.C.A.T.", "torture protocol"])
R77276 = ("resolution 77/276", ["General Assembly resolution 77/276", "ICJ climate resolution"])
RARO = ("Treaty of Rarotonga", ["South Pacific Nuclear Free Zone Treaty"])
RAROP = ("Protocols to the Treaty of Rarotonga", ["Rarotonga protocols", "Protocols to the South Pacific Nuclear Free Zone Treaty"])
CONT = ("Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
        ["Declaration on the Continuity of Statehood"])
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
ABAS = ("Antigua and Barbuda Agenda for SIDS", ["ABAS", "Antigua and Barbuda Agenda for Small Island Developing States"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "test ban treaty"])
PELINDABA = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty"])
PACER = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus"])
ESC = ("Escazú Agreement", ["Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
                            "Escazu Agreement"])
WTO = ("Marrakesh Agreement Establishing the World Trade Organization", ["World Trade Organization", "WTO", "WTO Agreement"])
LOME = ("African Charter on Maritime Security and Safety and Development in Africa", ["Lomé Charter", "Lome Charter"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW", "C.E.D.A.W."])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["fossil fuel treaty"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])

# ===================== 01 (Fijian Government cabinet-decisions release, 30 June 2020) =====================
d = "01.txt"
D = "2020-06-30"
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Violence and Harassment Convention", "Convention No. 190", "C190"])
HRC44 = ("draft resolution on human rights and climate change (44th session of the Human Rights Council)",
         ["draft resolution on human rights and climate change", "this year's text"])
R4121 = ("resolution 41/21", ["Human Rights Council resolution 41/21", "HRC resolution 41/21"])
TORRE = ("Torremolinos Declaration on the Cape Town Agreement", ["Torremolinos Declaration"])
# Cabinet's agreement and Parliament's resolution to ratify: domestic. The deposit is still to come: planned.
R(d, "Fiji", "signed", TPNW, "2017-09-20", "Fiji signed the Treaty at the United Nations Headquarters in New York on 20th September, 2017")
R(d, "Fiji", NOTRATIFIED, TPNW, None, "Fiji's instrument of ratification will be deposited with the Secretary-General of the United Nations", negated=True)
RL(d, ["Cook Islands", "Kiribati", "New Zealand", "Palau", "Samoa", "Vanuatu"], PARTY, TPNW, None,
   "its Pacific neighbours that are already States Parties to the TPNW: the Cook Islands, Kiribati, New Zealand, Palau, Samoa and Vanuatu")
R(d, "Fiji", "supported", TPNW, "2017-07-07",
  "Fiji was also among the 122 States that voted for the adoption of the Treaty text at the United Nations negotiating conference on 7th July, 2017.")
R(d, ["United Nations negotiating conference", "negotiating conference"], "adopted", TPNW, "2017-07-07",
  "voted for the adoption of the Treaty text at the United Nations negotiating conference on 7th July, 2017", required=False)
# Entry into force after the fiftieth instrument: nothing. The ILO Director-General is the depositary: nothing.
# "last week" against the release's date (Tuesday 30 June 2020): the week of 22 June.
R(d, "Fiji", RATIFIED, C190, "2020-06",
  "Cabinet noted the deposit last week of Fiji's instrument of ratification of the ILO Violence and Harassment Convention, 2019 (No. 190)")
R(d, "Uruguay", RATIFIED, C190, None, "Fiji is the second ILO member State in the world, after Uruguay, to ratify the Convention.")
R(d, ["International Labour Conference", "ILO"], "adopted", C190, "2019-06",
  "The Convention was adopted by the International Labour Conference at its Centenary Session in June 2019")
R(d, "Fiji", "supported", C190, "2019-06", "the Fijian Government delegates voted in favour of it")
# Review of the Employment Relations Act: implementation.
# Cabinet "endorsed Fiji's co-sponsorship" of a text still to be tabled: planned.
R(d, "Fiji", "co-sponsored", HRC44, None,
  "Cabinet endorsed Fiji's co-sponsorship of the draft resolution on human rights and climate change to be tabled at the 44th Session of the Human Rights Council",
  negated=True, alt=["will again co-sponsor this year's text"])
R(d, "Fiji", "co-sponsored", R4121, "2019-07", "Fiji co-sponsored the Council's previous resolution on the subject, resolution 41/21 of July 2019")
# The updated NDC, net-zero "commits Fiji" to a target (not to an instrument), the Climate Change Bill: nothing.
R(d, "Fiji", RATIFIED, PARIS, "2016-04-22", "Fiji was the first country in the world to ratify the Paris Agreement",
  alt=["signing and ratifying it on the same day, 22nd April, 2016"])
R(d, "Fiji", "signed", PARIS, "2016-04-22", "signing and ratifying it on the same day, 22nd April, 2016")
R(d, "Fiji", JOINED, CTA, None, "Cabinet deferred its decision on Fiji's accession to the Cape Town Agreement of 2012", negated=True,
  alt=["Until a decision is taken, Fiji will not deposit an instrument of accession."])
R(d, "Fiji", SIGNED_DECL, TORRE, "2019-10", "Fiji signed the Torremolinos Declaration on the Cape Town Agreement at the Ministerial Conference in Spain in October 2019.")
# The initial report to the Committee against Torture: nothing.
R(d, "Fiji", RATIFIED, CAT, "2016-03",
  "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, which Fiji ratified in March 2016")
R(d, "Fiji", NOTBOUND, OPCAT, None, "Fiji is not yet a party to the Optional Protocol to the Convention against Torture.", negated=True)
# The BBNJ negotiating mandate: process, no instrument yet.

# ===================== 02.md (regional radio current-affairs transcript, Friday 10 November 2023) =====================
d = "02.md"
D = "2023-11-10"
FAL = ("Falepili Union Treaty", ["Falepili Union", "Australia-Tuvalu Falepili Union Treaty"])
PMZ = ("Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea-Level Rise", ["Declaration on Preserving Maritime Zones", "2021 Declaration on Preserving Maritime Zones"])
DCA = ("Defence Cooperation Agreement between Papua New Guinea and the United States", ["Defence Cooperation Agreement", "PNG-US Defence Cooperation Agreement"])
BSA = ("bilateral security agreement between Papua New Guinea and Australia", ["PNG-Australia bilateral security agreement", "bilateral security agreement"])
SICHINA = ("security agreement between Solomon Islands and China", ["2022 security agreement with China", "Framework Agreement on Security Cooperation"])
POLICING = ("agreement on policing between Solomon Islands and China", ["second agreement on policing", "policing agreement"])
# "late yesterday afternoon" against the broadcast date (Friday 10 November 2023).
RL(d, ["Tuvalu", "Australia"], "signed", FAL, "2023-11-09",
   "Tuvalu's Prime Minister, Kausea Natano, and the Australian Prime Minister, Anthony Albanese, signed the Falepili Union Treaty")
# "it commits to help Tuvalu": a commitment to act, not to the instrument.
RL(d, ["Tuvalu", "Australia"], NOTRATIFIED, FAL, None, "Neither Tuvalu nor Australia has ratified the treaty.", negated=True,
   alt=["Prime Minister Natano told me it would be ratified \"as soon as Parliament sits\""])
# A former prime minister's counterfactual: Tuvalu did sign; optional.
R(d, "Tuvalu", "signed", FAL, None, "a government he led would never have signed it in this form", negated=True, required=False)
R(d, PIF, ENDORSED, CONT, "2023-11-09",
  "On Thursday the leaders endorsed the Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise.")
R(d, PIF, ENDORSED, PMZ, "2021", "the 2021 Declaration on Preserving Maritime Zones, which leaders endorsed two years ago")
R(d, PIF, COMMITTED, RARO, "2023-11",
  "in the communiqué they reaffirmed their commitment to the Treaty of Rarotonga, the South Pacific Nuclear Free Zone Treaty", required=False)
R(d, "United States", "signed", RAROP, "1996", "Washington signed the three Protocols to the Treaty of Rarotonga back in 1996")
R(d, "United States", NOTRATIFIED, RAROP, None, "but has never ratified them", negated=True,
  alt=["The Americans have never ratified the Rarotonga protocols, have they?"])
R(d, PIF, "called-for", RAROP, D, "it urges \"all nuclear-weapon States that have not yet done so\" to ratify the Protocols")
# Eight months after 29 March: 2023.
R(d, GA, "adopted", R77276, "2023-03-29", "the General Assembly adopted Vanuatu's resolution 77/276 by consensus on 29 March")
R(d, "Vanuatu", "co-sponsored", R77276, None, "Vanuatu's resolution 77/276", required=False)
# Vanuatu's written statement to the Court: proceedings, nothing.
R(d, "Vanuatu", "signed", BBNJ, None, "The government says it will sign the High Seas Treaty, the BBNJ Agreement", negated=True,
  alt=["It hasn't signed yet."])
R(d, "Papua New Guinea", "signed", DCA, "2023-05", "The Defence Cooperation Agreement that PNG signed with the United States in Port Moresby in May")
R(d, "United States", "signed", DCA, "2023-05", "The Defence Cooperation Agreement that PNG signed with the United States in Port Moresby in May")
# In force after a debate in Parliament: nothing further.
RL(d, ["Papua New Guinea", "Australia"], "signed", BSA, None,
   "Prime Ministers James Marape and Anthony Albanese say they expect to sign a bilateral security agreement between PNG and Australia", negated=True)
RL(d, ["Solomon Islands", "China"], "signed", SICHINA, "2022", "its 2022 security agreement with China", required=False)
# Reported, then denied.
R(d, "Solomon Islands", "signed", POLICING, None,
  "it rejected, again, reports that a second agreement on policing had been signed in Beijing in July", negated=True,
  alt=["The Foreign Ministry says no such agreement exists."])
R(d, "China", "signed", POLICING, None,
  "it rejected, again, reports that a second agreement on policing had been signed in Beijing in July", negated=True, required=False)

# ===================== 03.html (Barbados Government Information Service web page, 25 September 2024) =====================
d = "03.html"
D = "2024-09-25"
R(d, "Barbados", RATIFIED, BBNJ, "2024-09-24", "Barbados has become the latest Caribbean nation to ratify the Agreement under the United Nations Convention on the Law of the Sea",
  alt=["deposited the instrument of ratification at UN Headquarters in New York yesterday"])
R(d, "Barbados", "signed", BBNJ, "2023-09-20", "Barbados signed the Agreement on September 20, 2023")
# Cabinet's go-ahead for the negotiations and its approval of ratification: domestic.
R(d, ["intergovernmental conference", "the conference"], "adopted", BBNJ, "2023-06-19",
  "The Agreement was adopted by consensus by the intergovernmental conference at UN Headquarters on June 19, 2023.", required=False)
R(d, "Barbados", "called-for", BBNJ, D,
  "We call on all our CARICOM sister states that have not yet done so to ratify the High Seas Treaty without delay")
R(d, "Belize", RATIFIED, BBNJ, "2024-01", "Barbados joins Belize, which ratified the Agreement in January")
R(d, "Antigua and Barbuda", "signed", BBNJ, None, "Antigua and Barbuda has signed the Agreement")
R(d, "Antigua and Barbuda", NOTRATIFIED, BBNJ, None, "says it will ratify before the end of the year", negated=True)
# Entry into force after the sixtieth instrument, the depositary, "Fewer than twenty States": nothing.
R(d, "Barbados", RATIFIED, PARIS, "2016-04-22",
  "On April 22, 2016, Barbados was one of 15 States that deposited their instruments of ratification of the Paris Agreement")
RL(d, ["Belize", "Fiji", "Grenada", "Maldives", "Marshall Islands", "Mauritius", "Nauru", "Palau", "Saint Kitts and Nevis", "Saint Lucia",
       "Samoa", "Somalia", "State of Palestine", "Tuvalu"], RATIFIED, PARIS, "2016-04-22",
   "The others were Belize, Fiji, Grenada, Maldives, the Marshall Islands, Mauritius, Nauru, Palau, Saint Kitts and Nevis, Saint Lucia, Samoa, Somalia, the State of Palestine and Tuvalu.")
R(d, "Barbados", ACCEPTED, FSA, None,
  "Barbados has yet to deposit its instrument of acceptance of the World Trade Organization's Agreement on Fisheries Subsidies", negated=True,
  alt=["the acceptance would be \"done before MC14\""])
R(d, "Barbados", JOINED, CTA, None, "Barbados is considering accession to the Cape Town Agreement of 2012 on the safety of fishing vessels", negated=True)
# Hosting an implementation workshop: nothing.

# ===================== 04 (Samoa Observer news story, Friday 5 February 2021) =====================
d = "04.txt"
D = "2021-02-05"
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["Convention on Enforced Disappearance", "ICPPED"])
CMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["Migrant Workers Convention", "ICMW"])
S54 = ("1954 Convention relating to the Status of Stateless Persons", ["Convention relating to the Status of Stateless Persons"])
S61 = ("1961 Convention on the Reduction of Statelessness", ["Convention on the Reduction of Statelessness"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
REF51 = ("1951 Refugee Convention", ["Convention relating to the Status of Refugees", "Refugee Convention"])
REF67 = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol", "Protocol relating to the Status of Refugees"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR"])
OP1 = ("Optional Protocol to the International Covenant on Civil and Political Rights", ["First Optional Protocol to the ICCPR", "Optional Protocol to the ICCPR"])
R75183 = ("resolution 75/183", ["General Assembly resolution 75/183", "resolution on a moratorium on the use of the death penalty"])
OMB = ["Ombudsman of Samoa", "Ombudsman", "Office of the Ombudsman"]
# "Supported" UPR recommendations to ratify: a promise, not an act, and no support for an instrument.
R(d, "Samoa", NOTRATIFIED, OPCAT, None,
  "Samoa has told the United Nations it will work towards ratifying the Optional Protocol to the Convention against Torture", negated=True,
  alt=["Samoa has not ratified either instrument yet."])
R(d, "Samoa", NOTRATIFIED, CED, None,
  "the recommendations to ratify the Optional Protocol to the Convention against Torture (O.P.C.A.T.) and the International Convention for the Protection of All Persons from Enforced Disappearance",
  negated=True, alt=["Samoa has not ratified either instrument yet."])
# The recommendations were made at the review of 26 January.
RL(d, ["Denmark", "Fiji", "New Zealand"], "called-for", OPCAT, "2021-01-26",
   "Recommendations to ratify the O.P.C.A.T. came from Denmark, Fiji and New Zealand")
RL(d, ["Argentina", "France"], "called-for", CED, "2021-01-26",
   "Argentina and France called on Samoa to ratify the Convention on Enforced Disappearance")
R(d, "Samoa", NOTRATIFIED, CMW, None,
  "Samoa noted, rather than accepted, the recommendations to ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  negated=True, alt=["\"not in a position to become a party at this time\""])
R(d, "Samoa", JOINED, S54, None, "those to accede to the 1954 Convention relating to the Status of Stateless Persons", negated=True,
  alt=["\"not in a position to become a party at this time\""])
R(d, "Samoa", JOINED, S61, None, "the 1961 Convention on the Reduction of Statelessness", negated=True,
  alt=["\"not in a position to become a party at this time\""])
R(d, "Samoa", RATIFIED, CRPD, "2016-12", "Samoa ratified the Convention on the Rights of Persons with Disabilities in December 2016")
R(d, "Samoa", RATIFIED, CAT, "2019",
  "Samoa ratified the Convention on the Rights of Persons with Disabilities in December 2016 and the Convention against Torture in 2019")
# Australia and the United Kingdom "praised" the step: nothing.
R(d, "Samoa", ACCEDED, CEDAW, "1992", "Samoa acceded to the Convention on the Elimination of All Forms of Discrimination against Women (C.E.D.A.W.) in 1992")
R(d, "Samoa", PARTY, CRC, None, "is a party to the Convention on the Rights of the Child")
R(d, "Samoa", PARTY, REF51, None, "one of the few Pacific countries that are party to the 1951 Refugee Convention and its 1967 Protocol")
R(d, "Samoa", PARTY, REF67, None, "one of the few Pacific countries that are party to the 1951 Refugee Convention and its 1967 Protocol")
# "in December" against the story's date: December 2020. Abolition of the death penalty in 2004: domestic.
R(d, "Samoa", "supported", R75183, "2020-12",
  "Samoa voted in favour of the General Assembly's resolution 75/183 on a moratorium on the use of the death penalty in December")
R(d, "Papua New Guinea", "supported", R75183, "2020-12", "Papua New Guinea voted against the resolution", negated=True)
R(d, "Tonga", "supported", R75183, "2020-12", "Tonga abstained", negated=True)
# The Ombudsman (Samoa's national human rights institution) urging its own Government: optional.
R(d, OMB, "called-for", OPCAT, D, "If Samoa is serious, the instrument of accession should be deposited this year", required=False)
R(d, OMB, "called-for", OP1, D,
  "The Ombudsman also urged the Government to ratify the Optional Protocol to the International Covenant on Civil and Political Rights", required=False)
R(d, "Samoa", RATIFIED, ICCPR, "2008", "Samoa ratified the International Covenant on Civil and Political Rights in 2008")
# The National Human Rights Action Plan, the NPM designation, the Council's adoption of the UPR report: nothing.

# ===================== 05 (Mauritius National Assembly Hansard, PMQT, Tuesday 17 June 2025) =====================
d = "05.txt"
D = "2025-06-17"
CHAG = ("Agreement concerning the Chagos Archipelago including Diego Garcia",
        ["Chagos Agreement", "Agreement between the Government of the Republic of Mauritius and the Government of the United Kingdom concerning the Chagos Archipelago including Diego Garcia"])
R71292 = ("resolution 71/292", ["General Assembly resolution 71/292"])
R73295 = ("resolution 73/295", ["General Assembly resolution 73/295"])
PELP = ("Protocols I and II to the Treaty of Pelindaba", ["Protocols to the Treaty of Pelindaba", "Pelindaba Protocols"])
AFG = ["African Group", "African Group of States"]
QCH = ("the Agreement between the Government of the Republic of Mauritius and the Government of the United Kingdom of Great Britain and Northern Ireland "
       "concerning the Chagos Archipelago including Diego Garcia was signed in London on 22 May 2025 by the two Governments")
RL(d, ["Mauritius", "United Kingdom"], "signed", CHAG, "2025-05-22", QCH)
# Entry into force on the last notification of internal procedures: nothing.
R(d, "Mauritius", NOTRATIFIED, CHAG, None, "Mauritius has not yet ratified the Agreement.", negated=True,
  alt=["Government will proceed with ratification once the United Kingdom has completed its own procedures"])
# The Bill before the House of Commons and Royal Assent: domestic.
R(d, "United Kingdom", NOTRATIFIED, CHAG, None, "the United Kingdom will not ratify the Agreement until that Bill has received Royal Assent", negated=True)
R(d, "Mauritius", "called-for", CHAG, D, "We call on the United Kingdom to complete ratification without further delay.")
# Laying the text before the House, the Library copy: domestic.
R(d, GA, "adopted", R71292, "2017-06-22", "On 22 June 2017, the General Assembly adopted resolution 71/292")
R(d, "Mauritius", "co-sponsored", R71292, None, "resolution 71/292, which Mauritius tabled together with the African Group")
R(d, AFG, "co-sponsored", R71292, None, "resolution 71/292, which Mauritius tabled together with the African Group", required=False)
# "94 votes in favour, 15 against and 65 abstentions": no names. The ICJ advisory opinion: nothing.
R(d, GA, "adopted", R73295, "2019-05-22", "the General Assembly adopted resolution 73/295 on 22 May 2019")
R(d, "Senegal", "co-sponsored", R73295, None, "The draft was introduced by Senegal on behalf of the African Group.")
R(d, AFG, "co-sponsored", R73295, None, "The draft was introduced by Senegal on behalf of the African Group.", required=False)
RL(d, ["United Kingdom", "United States", "Australia", "Hungary", "Israel", "Maldives"], "supported", R73295, "2019-05-22",
   "The six States that voted against were the United Kingdom, the United States, Australia, Hungary, Israel and Maldives.", negated=True)
R(d, "Mauritius", PARTY, PELINDABA, None, "Mauritius is a State Party to the African Nuclear-Weapon-Free Zone Treaty, the Treaty of Pelindaba")
R(d, "United Kingdom", RATIFIED, PELP, "2001", "The United Kingdom ratified Protocols I and II to the Treaty of Pelindaba in 2001")
R(d, "United States", "signed", PELP, "1996", "the United States signed the Protocols in 1996")
R(d, "United States", NOTRATIFIED, PELP, None, "the United States signed the Protocols in 1996 but has yet to ratify them", negated=True)
# "last year" against the sitting's date.
R(d, "Mauritius", RATIFIED, BBNJ, "2024", "Mauritius ratified the BBNJ Agreement last year")
# Implementation with the Indian Ocean Commission: nothing.
R(d, "Mauritius", ACCEPTED, FSA, None,
  "We have also deposited our instrument of acceptance of the World Trade Organization Agreement on Fisheries Subsidies.")
# Welcoming the Agreement itself (not an act of its own); optional.
RL(d, [["African Union", "AU"], "India", "United States"], "welcomed", CHAG, None,
   "the Agreement of 22 May was welcomed by the African Union, by India and by the United States", required=False)
# Consultation of the Chagossian community, the Trust Fund, Cabinet's decision "in due course": nothing.

# ===================== 06.html (Maldives President's Office press release web page, 12 September 2024) =====================
d = "06.html"
D = "2024-09-12"
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the United Nations Framework Convention on Climate Change"])
# Acceptance of the WTO Agreement on Fisheries Subsidies is acceptance of the Protocol that inserts it; this document names both.
FSA6 = (FSA[0], FSA[1] + ["Protocol Amending the Marrakesh Agreement Establishing the World Trade Organization", "Fisheries Subsidies Protocol"])
# The President "signed the instruments of ratification and acceptance": not a signature of the agreements; their deposit
# is still to come, so the three are planned. The Majlis approval and the Fisheries (Amendment) Bill: domestic.
R(d, "Maldives", NOTRATIFIED, BBNJ, None,
  "The instrument of ratification of the BBNJ Agreement will be deposited with the Secretary-General of the United Nations at the annual Treaty Event",
  negated=True, alt=["The instruments will be deposited by the Minister of Foreign Affairs, Mr Moosa Zameer, in New York and Geneva later this month."])
R(d, "Maldives", ACCEPTED, FSA6, None,
  "the instrument of acceptance of the Fisheries Subsidies Protocol with the Director-General of the World Trade Organization", negated=True,
  alt=["The instruments will be deposited by the Minister of Foreign Affairs, Mr Moosa Zameer, in New York and Geneva later this month."])
R(d, "Maldives", JOINED, PSMA, None,
  "The Maldives' instrument of accession to the Port State Measures Agreement will be deposited with the Director-General of the Food and Agriculture Organization of the United Nations.",
  negated=True)
R(d, "Maldives", "signed", BBNJ, "2023-09-20", "The Maldives signed the BBNJ Agreement on 20 September 2023")
RL(d, ["Palau", "Belize", "Seychelles", "Mauritius"], RATIFIED, BBNJ, None,
   "fellow small island states Palau, Belize, Seychelles and Mauritius, which have already ratified the Agreement")
R(d, "Maldives", RATIFIED, UNCLOS, "2000", "The Maldives, which ratified the United Nations Convention on the Law of the Sea in 2000")
R(d, "Maldives", JOINED, CTA, None, "is also preparing to accede to the Cape Town Agreement on the safety of fishing vessels", negated=True)
R(d, "Maldives", "signed", KYOTO, "1998-03-16", "the Maldives was the first country in the world to sign the Kyoto Protocol, on 16 March 1998")
R(d, "Maldives", RATIFIED, KYOTO, "1998", "and ratified it at the end of that year")
R(d, "Maldives", RATIFIED, PARIS, "2016-04-22", "the Maldives was among the fifteen countries that ratified the Paris Agreement on 22 April 2016")
R(d, "Maldives", COMMITTED, PARIS, D, "The President reaffirmed the Maldives' commitment to the Paris Agreement")
R(d, "Maldives", "called-for", FSA6, D,
  "The President called on all WTO members, in particular the major fishing nations, to accept the Agreement on Fisheries Subsidies without delay")
R(d, "Maldives", ["endorsed", "adopted"], ABAS, "2024-05",
  "the Antigua and Barbuda Agenda for SIDS, which the Maldives joined other small island developing states in adopting at the Fourth International Conference on Small Island Developing States in May 2024")
R(d, SIDS4, "adopted", ABAS, "2024-05",
  "the Antigua and Barbuda Agenda for SIDS, which the Maldives joined other small island developing states in adopting at the Fourth International Conference on Small Island Developing States in May 2024",
  required=False)

# ===================== 07 (Vanuatu Daily Post front-page story, Friday 31 March 2023) =====================
d = "07.txt"
D = "2023-03-31"
PVC = ("Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific", ["Port Vila Call"])
# "on Wednesday" against the paper's date.
R(d, GA, "adopted", R77276, "2023-03-29", "The United Nations General Assembly on Wednesday adopted by consensus resolution 77/276")
# Introducing the resolution, the same day, as its lead sponsor.
R(d, "Vanuatu", "co-sponsored", R77276, "2023-03-29", "Prime Minister Ishmael Kalsakau introduced the resolution in the General Assembly Hall in New York",
  alt=["Vanuatu drafted the text with a core group of 17 other countries"])
CORE = ["Angola", "Antigua and Barbuda", "Bangladesh", "Costa Rica", "Micronesia", "Germany", "Liechtenstein", "Morocco", "Mozambique",
        "New Zealand", "Portugal", "Romania", "Samoa", "Sierra Leone", "Singapore", "Uganda", "Viet Nam"]
RL(d, CORE, "co-sponsored", R77276, None,
   "Angola, Antigua and Barbuda, Bangladesh, Costa Rica, the Federated States of Micronesia, Germany, Liechtenstein, Morocco, Mozambique, New Zealand, Portugal, Romania, Samoa, Sierra Leone, Singapore, Uganda and Vietnam - all of which co-sponsored it")
# "132 countries put their names to the resolution": unnamed.
RL(d, ["Australia", "Fiji", "Solomon Islands", "Tonga", "Tuvalu"], "co-sponsored", R77276, None,
   "The Pacific co-sponsors included Australia, Fiji, Solomon Islands, Tonga and Tuvalu.")
R(d, "United States", "co-sponsored", R77276, None, "The United States did not co-sponsor the resolution", negated=True)
R(d, UNSG, "welcomed", R77276, None, "UN Secretary-General Antonio Guterres welcomed the resolution", required=False)
# Time limits for written statements, the legal team, Loughman's 2021 announcement of the initiative: process.
R(d, "Vanuatu", "called-for", FFNPT, "2022-09",
  "At the General Assembly last September, Vanuatu became the first nation to call for a Fossil Fuel Non-Proliferation Treaty")
RL(d, ["Vanuatu", "Tuvalu", "Fiji", "Solomon Islands", "Tonga", "Niue"], SIGNED_DECL, PVC, "2023-03-17",
   "on 17 March, ministers and officials from Vanuatu, Tuvalu, Fiji, the Solomon Islands, Tonga and Niue signed the Port Vila Call for a Just Transition to a Fossil Fuel Free Pacific")
R(d, "Papua New Guinea", SIGNED_DECL, PVC, None, "Papua New Guinea, which exports liquefied natural gas, did not sign the Port Vila Call.", negated=True)
R(d, "Samoa", SIGNED_DECL, PVC, None, "Samoa sent an observer and says it will consider joining later.", negated=True)
R(d, "Vanuatu", RATIFIED, PARIS, "2016", "Vanuatu ratified the Paris Agreement in 2016")
R(d, "Vanuatu", RATIFIED, TPNW, "2018", "Vanuatu ratified the Paris Agreement in 2016 and the Treaty on the Prohibition of Nuclear Weapons in 2018")
# "negotiators agreed" the high seas text on 4 March: no named actor.
R(d, "Vanuatu", "signed", BBNJ, None, "Vanuatu will sign the high seas treaty once it is opened for signature later this year", negated=True)

# ===================== 08 (The Point, Banjul, news story, Monday 1 October 2018) =====================
d = "08.txt"
D = "2018-10-01"
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "Second Optional Protocol to the ICCPR"])
CED = ("International Convention for the Protection of All Persons from Enforced Disappearance", ["Convention on Enforced Disappearance", "ICPPED"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
AI = ["Amnesty International", "Amnesty International's West and Central Africa office"]
# "on Friday" against the Monday paper: 28 September 2018. The four deposits; the UN Office of Legal Affairs: nothing.
QFOUR = "The Gambia has deposited instruments of ratification of three core international human rights treaties and a disarmament treaty"
for inst, q in [(CAT, "They cover the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
                (CED, "the International Convention for the Protection of All Persons from Enforced Disappearance"),
                (OP2, "the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty"),
                (TPNW, "and the Treaty on the Prohibition of Nuclear Weapons")]:
    R(d, "Gambia", RATIFIED, inst, "2018-09-28", QFOUR, alt=[q])
# "September last year": 2017.
RL(d, ["Gambia"], "signed", OP2, "2017-09",
   "President Adama Barrow signed the Second Optional Protocol, the Convention on Enforced Disappearance and the nuclear weapons treaty at the UN in September last year")
R(d, "Gambia", "signed", CED, "2017-09",
  "President Adama Barrow signed the Second Optional Protocol, the Convention on Enforced Disappearance and the nuclear weapons treaty at the UN in September last year")
R(d, "Gambia", "signed", TPNW, "2017-09",
  "President Adama Barrow signed the Second Optional Protocol, the Convention on Enforced Disappearance and the nuclear weapons treaty at the UN in September last year")
R(d, "Gambia", "signed", CAT, "1985", "The Gambia had signed the Convention against Torture as far back as 1985")
# "never ratified it" is the past, overtaken by Friday's deposit: optional.
R(d, "Gambia", NOTRATIFIED, CAT, None, "successive governments never ratified it", negated=True, required=False)
# The National Assembly's approval: domestic.
R(d, "Gambia", NOTRATIFIED, OPCAT, None, "the Optional Protocol to the Convention against Torture, whose ratification he described as being \"at an advanced stage\"",
  negated=True, alt=["He said the instrument would be ready \"by next year at the latest\"."])
# The moratorium on executions and the bill to abolish the death penalty: domestic.
RL(d, ["Benin", "Cabo Verde", "Guinea-Bissau", "Liberia", "Togo"], PARTY, OP2, None,
   "other West African states that are parties to it, among them Benin, Cabo Verde, Guinea-Bissau, Liberia and Togo")
R(d, "Gambia", "supported", TPNW, "2017-07-07",
  "The Gambia voted in favour of the Treaty on the Prohibition of Nuclear Weapons when it was adopted at the UN on 7 July 2017")
# The 2016 withdrawal was announced, then rescinded: the announced withdrawal is optional, the present party status required.
R(d, "Gambia", NOTBOUND, ROME, None, "The Gambia would withdraw from the Rome Statute of the International Criminal Court", negated=True, required=False)
R(d, "Gambia", PARTY, ROME, None, "The Gambia remains a State Party to the Rome Statute.")
R(d, "Gambia", RATIFIED, MAPUTO, "2005",
  "The Gambia also ratified in 2005 the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa")
# Amnesty's and the Bar Association's welcome: nothing. "on Saturday": 29 September 2018.
R(d, AI, "called-for", OPCAT, "2018-09-29",
  "It called on The Gambia to ratify the Optional Protocol to the Convention against Torture without delay")
# The UN Human Rights Office's help with reports: nothing.

# ===================== 09.md (Seychelles ministerial statement to the National Assembly, Tuesday 11 June 2024) =====================
d = "09.md"
D = "2024-06-11"
IOTC = ("Agreement for the Establishment of the Indian Ocean Tuna Commission", ["IOTC Agreement", "IOTC"])
NAIROBI = ("Nairobi Convention for the Protection, Management and Development of the Marine and Coastal Environment of the Western Indian Ocean",
           ["Nairobi Convention"])
AIMS = ("2050 Africa's Integrated Maritime Strategy", ["2050 AIM Strategy", "Africa's Integrated Maritime Strategy"])
C188 = ("ILO Work in Fishing Convention, 2007 (No. 188)", ["Work in Fishing Convention", "ILO Convention No. 188", "C188"])
AUA = ["African Union Assembly", "Assembly of the African Union", "African Union"]
# The table restates the text's acts: its cells are alternative quotes (no quote crosses a cell border).
R(d, "Seychelles", "signed", BBNJ, "2023-09-20",
  "Seychelles signed the BBNJ Agreement, the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction, in New York on 20 September 2023",
  alt=["Signed 20 September 2023; ratified April 2024"])
R(d, "Seychelles", RATIFIED, BBNJ, "2024-04",
  "In April this year, our Permanent Representative deposited the instrument of ratification with the Secretary-General of the United Nations.",
  alt=["Signed 20 September 2023; ratified April 2024"])
R(d, "Seychelles", "called-for", BBNJ, D,
  "We encourage all States that have not yet done so, and in particular our partners in the Indian Ocean Commission, to ratify the Agreement")
R(d, "Seychelles", ACCEPTED, FSA, "2023-05",
  "Seychelles deposited its instrument of acceptance of the WTO Agreement on Fisheries Subsidies in May 2023", alt=["Accepted May 2023"])
# Joining the WTO is accession to its founding agreement, named here by the organisation: optional.
R(d, "Seychelles", ACCEDED, WTO, "2015", "Seychelles' accession to the World Trade Organization in 2015", required=False)
# "The Agreement is not yet in force": entry into force, nothing.
R(d, "Seychelles", ACCEDED, PSMA, "2013", "Seychelles acceded to the FAO Agreement on Port State Measures in 2013", alt=["Acceded 2013"])
# The denied newspaper report of a withdrawal: the party status is what the text states.
R(d, "Seychelles", PARTY, IOTC, None,
  "Seychelles remains a Contracting Party to the Agreement for the Establishment of the Indian Ocean Tuna Commission.")
R(d, "Seychelles", PARTY, NAIROBI, None, "We are a Contracting Party to the Nairobi Convention")
R(d, "Seychelles", "signed", LOME, "2016-10",
  "Seychelles signed the African Charter on Maritime Security and Safety and Development in Africa, the Lomé Charter, in October 2016",
  alt=["Signed October 2016; not ratified"])
R(d, "Seychelles", NOTRATIFIED, LOME, None, "but has not yet ratified it", negated=True, alt=["Signed October 2016; not ratified"])
R(d, AUA, "adopted", AIMS, "2014-01", "The African Union Assembly adopted the 2050 Africa's Integrated Maritime Strategy in January 2014")
R(d, "Seychelles", ENDORSED, AIMS, None, "Seychelles has endorsed it")
# Cabinet's approval of C188: domestic; the deposit has not been made.
R(d, "Seychelles", NOTRATIFIED, C188, None, "the instrument has not yet been deposited with the International Labour Office", negated=True,
  alt=["Approved by Cabinet; not yet ratified"])
R(d, "Seychelles", JOINED, CTA, None, "Seychelles intends to accede to the Cape Town Agreement of 2012 on the safety of fishing vessels", negated=True,
  alt=["Accession under study"])
R(d, "Seychelles", ["endorsed", "adopted"], ABAS, "2024-05-30",
  "Seychelles joined the other small island developing States in adopting the Antigua and Barbuda Agenda for SIDS")
R(d, SIDS4, "adopted", ABAS, "2024-05-30", "The Agenda was adopted by the Conference on 30 May.")
R(d, "Seychelles", RATIFIED, PARIS, "2016-04-29", "Seychelles was one of the first countries to ratify the Paris Agreement, on 29 April 2016.")

# ===================== 10 (Marshall Islands Journal news story, Friday 1 March 2024) =====================
d = "10.txt"
D = "2024-03-01"
RTPNW = ("General Assembly annual resolution on the Treaty on the Prohibition of Nuclear Weapons", ["annual resolution on the Treaty on the Prohibition of Nuclear Weapons"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
R5135 = ("resolution 51/35", ["Human Rights Council resolution 51/35", "HRC resolution 51/35"])
COFA = ("amended Compact of Free Association", ["Compact of Free Association", "the Compact"])
S177 = ("Section 177 Agreement", ["Agreement for the Implementation of Section 177 of the Compact of Free Association"])
# Taking part in the 2017 negotiations: process.
R(d, "Marshall Islands", "signed", TPNW, None, "the RMI has not signed the treaty", negated=True,
  alt=["We will not sign until we are satisfied that the treaty does not let the nuclear powers off the hook for what they did here"])
R(d, "Marshall Islands", "supported", RTPNW, "2023-12",
  "In the General Assembly last December, the RMI abstained on the annual resolution on the Treaty on the Prohibition of Nuclear Weapons", negated=True)
R(d, "Marshall Islands", ACCEDED, NPT, "1995", "It acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1995")
R(d, "Marshall Islands", "signed", CTBT, "1996", "signed the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 1996")
R(d, "Marshall Islands", RATIFIED, CTBT, "2000", "signed the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 1996 and ratified it in 2000")
R(d, "United States", "signed", CTBT, "1996", "The United States signed the test ban treaty in 1996")
R(d, "United States", NOTRATIFIED, CTBT, None, "The United States signed the test ban treaty in 1996 but has never ratified it.", negated=True)
R(d, "Marshall Islands", "called-for", CTBT, D,
  "We call on the United States, and on every State whose ratification is needed for the treaty to enter into force, to ratify the CTBT.")
R(d, HRC, "adopted", R5135, "2022-10", "in October 2022 the Human Rights Council adopted, without a vote, resolution 51/35")
R(d, "Marshall Islands", "co-sponsored", R5135, None, "The RMI presented the resolution")
RL(d, ["Fiji", "Samoa", "Vanuatu"], "co-sponsored", R5135, None, "three Pacific neighbours (Fiji, Samoa and Vanuatu) were among its co-sponsors")
# The report the resolution asks for: nothing.
R(d, "Marshall Islands", NOTBOUND, RARO, None, "The RMI is not a party to the Treaty of Rarotonga", negated=True)
# "concluded in 1985": no named actor.
RL(d, ["Marshall Islands", "United States"], "signed", COFA, "2023-10",
   "The amended Compact of Free Association, which the RMI and the United States signed in October 2023")
# Approval by the US Congress and the funding fight: domestic.
RL(d, ["Marshall Islands", "United States"], "signed", S177, "1983", "the Section 177 Agreement, signed in 1983 by the RMI and the United States")
# The Nuclear Claims Tribunal's awards: nothing.
R(d, "Marshall Islands", RATIFIED, PARIS, "2016-04", "The RMI was one of the first countries to ratify the Paris Agreement, in April 2016")

# ===================== 11.html (Jamaica Gleaner web article, Monday 22 April 2024) =====================
d = "11.html"
D = "2024-04-22"
JET = ["Jamaica Environment Trust", "JET"]
R(d, "Jamaica", "signed", ESC, "2019-09-26",
  "The country signed the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean, better known as the Escazú Agreement, on September 26, 2019")
R(d, "Jamaica", NOTRATIFIED, ESC, None, "It has yet to ratify it.", negated=True,
  alt=["Jamaica will not ratify an agreement until we are satisfied that we can meet every obligation in it."])
R(d, "Jamaica", "signed", ESC, None, "We are not going to sign up to something for a photo opportunity", negated=True, required=False)
# COP3 opening today in Santiago, entry into force on April 22, 2021: nothing.
RL(d, ["Antigua and Barbuda", "Belize", "Dominica", "Grenada", "Guyana", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines"],
   PARTY, ESC, None,
   "Eight Caribbean Community (CARICOM) member states are parties to the agreement: Antigua and Barbuda, Belize, Dominica, Grenada, Guyana, St Kitts and Nevis, St Lucia and St Vincent and the Grenadines.")
R(d, "Guyana", RATIFIED, ESC, "2019-04", "Guyana was the first country in the region to ratify it, in April 2019")
R(d, "Belize", ACCEDED, ESC, "2023", "Belize, the most recent CARICOM state to join, acceded last year")
RL(d, ["Trinidad and Tobago", "Barbados"], "signed", ESC, None, "Trinidad and Tobago and Barbados have not signed the agreement.", negated=True)
# "where the text was adopted in March 2018": venue, no actor.
R(d, "Costa Rica", "signed", ESC, "2018", "Costa Rica, where the text was adopted in March 2018, signed the treaty in 2018")
R(d, "Costa Rica", NOTRATIFIED, ESC, None, "its Legislative Assembly has shelved ratification", negated=True)
# "In a statement yesterday": 21 April 2024.
R(d, JET, "called-for", ESC, "2024-04-21",
  "the Jamaica Environment Trust (JET) called on the Government to ratify the Escazú Agreement before the end of the year")
R(d, ["Lambert Brown", "Opposition", "People's National Party"], "called-for", ESC, None,
  "Opposition spokesman on the environment, Senator Lambert Brown, also urged the Government to ratify", required=False)
R(d, "Jamaica", RATIFIED, PARIS, "2017-04", "Jamaica ratified the Paris Agreement on climate change in April 2017")
# A Cabinet submission "being prepared": a domestic step; it implies no ratification yet (optional).
R(d, "Jamaica", NOTRATIFIED, BBNJ, None, "a Cabinet submission on the High Seas Treaty was \"being prepared\"", negated=True, required=False)

# ===================== 12 (Cabo Verde Council of Ministers communiqué, English translation, 17 March 2022) =====================
d = "12.txt"
D = "2022-03-17"
FMP = ("Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "AU Free Movement Protocol"])
CVES = ("Agreement between Cabo Verde and Spain on cooperation in the field of maritime surveillance and the fight against illicit trafficking at sea",
        ["Agreement between the Republic of Cabo Verde and the Kingdom of Spain on cooperation in the field of maritime surveillance"])
YCC = ("Yaoundé Code of Conduct", ["Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships, and Illicit Maritime Activity in West and Central Africa"])
SAMOA = ("SAMOA Pathway", ["SIDS Accelerated Modalities of Action (SAMOA) Pathway"])
FAOC = ["FAO Conference", "Conference of the Food and Agriculture Organization of the United Nations", "FAO"]
# Every "Decree approving, for ratification/accession" and "Resolution approving": domestic.
R(d, "Cabo Verde", "signed", AFCFTA, "2018-03-21", "Cabo Verde signed the Agreement in Kigali, Rwanda, on 21 March 2018")
# "forty-three other Member States": unnamed.
R(d, "Cabo Verde", "signed", FMP, "2018-03-21",
  "Cabo Verde also signed the Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment")
R(d, "Cabo Verde", NOTRATIFIED, FMP, None, "which it does not intend to ratify before the ECOWAS rules on the movement of persons have been reviewed", negated=True)
R(d, "Cabo Verde", NOTRATIFIED, AFCFTA, None,
  "the instrument of ratification of the AfCFTA Agreement will be deposited with the Chairperson of the African Union Commission", negated=True)
RL(d, ["Mauritius", "São Tomé and Príncipe", "Seychelles"], RATIFIED, AFCFTA, None,
   "the Agreement has already been ratified by Mauritius, São Tomé and Príncipe and Seychelles")
RL(d, ["Kenya", "Ghana"], RATIFIED, AFCFTA, "2018-05", "Kenya and Ghana were the first States to ratify it, in May 2018")
R(d, FAOC, "adopted", PSMA, "2009",
  "adopted by the Conference of the Food and Agriculture Organization of the United Nations (FAO) in 2009")
R(d, "Cabo Verde", JOINED, PSMA, None, "The instrument of accession will be deposited with the Director-General of FAO in Rome.", negated=True)
# Port controls at Mindelo and Praia: implementation.
RL(d, ["Cabo Verde", "Spain"], "signed", CVES, "2022-02-10",
   "the Agreement between the Republic of Cabo Verde and the Kingdom of Spain on cooperation in the field of maritime surveillance and the fight against illicit trafficking at sea, signed in Madrid on 10 February 2022")
R(d, "Cabo Verde", SIGNED_DECL, YCC, "2013-06",
  "Cabo Verde has been a signatory of the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships, and Illicit Maritime Activity in West and Central Africa")
R(d, "Cabo Verde", NOTRATIFIED, LOME, None,
  "The Council also decided not to proceed, for the time being, with the ratification of the African Charter on Maritime Security and Safety and Development in Africa (Lomé Charter)",
  negated=True)
R(d, "Cabo Verde", "signed", LOME, "2016-10-15", "which Cabo Verde signed at the Extraordinary Summit of the African Union in Lomé on 15 October 2016")
R(d, "Cabo Verde", RATIFIED, PARIS, "2017", "the Paris Agreement, which Cabo Verde ratified in 2017")
# The updated NDC's renewable-energy goal: implementation.
R(d, "Cabo Verde", COMMITTED, SAMOA, D, "The Council reaffirmed Cabo Verde's commitment to the SAMOA Pathway")
# "adopted in Apia in 2014": venue, no actor. Items 5 to 7 (ministry structure, drought emergency, a loan): nothing.

# ===================== 13 (Matangi Tonga news story, 16 September 2025) =====================
d = "13.txt"
D = "2025-09-16"
PALC = ("Pacific Agreement on Closer Economic Relations Plus", ["PACER Plus"])
# "yesterday, Monday 15 September". Entry into force the same day: nothing.
R(d, "Tonga", ACCEPTED, FSA, "2025-09-15",
  "Tonga deposited its instrument of acceptance of the World Trade Organization's Agreement on Fisheries Subsidies in Geneva yesterday")
RL(d, ["Brazil", "Kenya", "Viet Nam"], ACCEPTED, FSA, "2025-09-15", "together with Brazil, Kenya and Viet Nam")
R(d, ["WTO Ministerial Conference", "12th Ministerial Conference", "MC12"], "adopted", FSA, "2022-06",
  "The agreement, concluded at the WTO's 12th Ministerial Conference in Geneva in June 2022", required=False)
R(d, "Tonga", "called-for", FSA, D, "We call on all WTO members that have not yet accepted the agreement to do so")
# The Fale Alea's approval in July: domestic.
R(d, "Tonga", ACCEDED, WTO, "2007-07", "Tonga became the 151st member of the WTO in July 2007", required=False)
RL(d, ["Tonga", "Australia", "New Zealand", "Cook Islands", "Kiribati", "Nauru", "Niue", "Samoa", "Solomon Islands", "Tuvalu"], "signed", PALC, "2017-06-14",
   "That day the agreement was signed by Tonga, Australia, New Zealand, the Cook Islands, Kiribati, Nauru, Niue, Samoa, the Solomon Islands and Tuvalu.",
   alt=["the regional trade and development agreement that was signed in Nuku'alofa on 14 June 2017"])
R(d, "Vanuatu", "signed", PALC, "2017", "Vanuatu signed later that year.")
RL(d, ["Fiji", "Papua New Guinea"], "signed", PALC, None,
   "Fiji and Papua New Guinea, the two largest economies among the Forum island countries, did not sign.", negated=True)
# The ratification itself is undated ("brought PACER Plus into force in December 2020" dates the entry into force).
R(d, "Tonga", RATIFIED, PALC, None, "Tonga was one of the eight countries whose ratifications brought PACER Plus into force in December 2020.")
R(d, "Tonga", NOTRATIFIED, CEDAW, None, "Tonga is one of a handful of UN member states that have not ratified CEDAW.", negated=True,
  alt=["his Government had \"no plans at present\" to revisit the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)"])
# The 2015 Cabinet decision, shelved: domestic.
R(d, "Palau", "signed", CEDAW, "2011", "Palau, which signed the Convention in 2011")
R(d, "Palau", NOTRATIFIED, CEDAW, None, "Palau, which signed the Convention in 2011, has also not ratified it", negated=True)
R(d, "United States", "signed", CEDAW, "1980", "the United States signed it in 1980")
R(d, "United States", NOTRATIFIED, CEDAW, None, "the United States signed it in 1980 but never ratified", negated=True)
# Reported on social media, then denied by the Ministry.
R(d, "Tonga", "signed", BBNJ, None, "Tonga has not signed the agreement.", negated=True,
  alt=["a report circulated on social media that Tonga signed the BBNJ Agreement, the so-called High Seas Treaty, at the UN Ocean Conference in Nice in June",
       "Cabinet is considering it"])
R(d, "Palau", RATIFIED, BBNJ, "2024-01", "Its neighbour Palau was the first country in the world to ratify the treaty, in January 2024.")
R(d, "Tonga", RATIFIED, PARIS, "2016-09", "Tonga ratified the Paris Agreement in September 2016")

# ===================== 14.md (Antigua and Barbuda Office of the Prime Minister press release, 21 May 2024) =====================
d = "14.md"
D = "2024-05-21"
COSISA = ("Agreement for the Establishment of the Commission of Small Island States on Climate Change and International Law", ["COSIS Agreement"])
# The ITLOS advisory opinion, the COSIS request and the proceedings: nothing ("hailed" an opinion, not an instrument).
RL(d, ["Antigua and Barbuda", "Tuvalu"], "signed", COSISA, "2021-10-31",
   "which Prime Minister Browne and the then Prime Minister of Tuvalu, Kausea Natano, signed in Edinburgh on 31 October 2021")
RL(d, ["Palau", "Niue", "Vanuatu", "Saint Lucia", "Saint Vincent and the Grenadines", "Saint Kitts and Nevis", "Bahamas"], ACCEDED, COSISA, None,
   "Palau, Niue, Vanuatu, Saint Lucia, Saint Vincent and the Grenadines and Saint Kitts and Nevis, as well as The Bahamas, have acceded to the Agreement")
# "Thirty-four States Parties to the Convention": unnamed.
R(d, "Antigua and Barbuda", RATIFIED, UNCLOS, "1989", "Antigua and Barbuda ratified the United Nations Convention on the Law of the Sea in 1989")
R(d, "Antigua and Barbuda", RATIFIED, PARIS, "2016-09", "It ratified the Paris Agreement in September 2016.")
R(d, "Antigua and Barbuda", RATIFIED, ESC, "2020-03", "It ratified the Escazú Agreement in March 2020.")
R(d, "Antigua and Barbuda", "co-sponsored", R77276, None,
  "It was a member of the core group of States that co-sponsored General Assembly resolution 77/276")
R(d, "Antigua and Barbuda", ["called-for", "endorsed"], FFNPT, None, "It has endorsed the call for a Fossil Fuel Non-Proliferation Treaty.")
# "last September" against May 2024.
R(d, "Antigua and Barbuda", "signed", BBNJ, "2023-09", "Antigua and Barbuda signed the BBNJ Agreement, the new treaty on the high seas, last September.")
R(d, "Antigua and Barbuda", NOTRATIFIED, BBNJ, None, "the instrument of ratification would be deposited \"before the end of this year\"", negated=True)
R(d, "Antigua and Barbuda", "called-for", BBNJ, D, "called on all States to ratify the BBNJ Agreement")
# Hosting SIDS4: nothing. The Agenda's adoption is a week away: planned.
R(d, SIDS4, ADOPTED, ABAS, None, "The Conference is expected to adopt the Antigua and Barbuda Agenda for SIDS", negated=True,
  alt=["the Agenda we will adopt in St. John's next week"])
# The SAMOA Pathway it succeeds, the joint statement thanking the Tribunal: nothing.

# ===================== 15 (Solomon Islands National Parliament daily Hansard, Thursday 12 September 2024) =====================
d = "15.txt"
D = "2024-09-12"
SICH = ("Framework Agreement on Security Cooperation with China", ["Framework Agreement on Security Cooperation between Solomon Islands and the People's Republic of China",
                                                                  "security agreement with China", "China agreement"])
BST = ("Bilateral Security Treaty with Australia", ["Bilateral Security Treaty"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR"])
BOE = ("Boe Declaration on Regional Security", ["Boe Declaration"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
RL(d, ["Solomon Islands", "China"], "signed", SICH, "2022-04",
   "The Framework Agreement on Security Cooperation between Solomon Islands and the People's Republic of China was signed by the two Governments in April 2022.")
# Not publishing it, tabling it "a matter the Government will consider": nothing. Memoranda that "are not treaties": nothing.
R(d, "Solomon Islands", "signed", ("new security agreement with China", ["security agreement"]), None,
  "no new security agreement was signed during my visit to Beijing", negated=True, required=False)
R(d, "Solomon Islands", COMMITTED, BST, D, "Solomon Islands remains committed to the Bilateral Security Treaty with Australia")
RL(d, ["Solomon Islands", "Australia"], "signed", BST, "2017", "which Solomon Islands and Australia signed in 2017")
# Cabinet's approval on 30 August: domestic; the deposit is still to come.
R(d, "Solomon Islands", NOTRATIFIED, TPNW, None,
  "The Prime Minister will deposit the instrument of ratification at the United Nations Treaty Event in New York later this month", negated=True)
R(d, "Solomon Islands", "signed", TPNW, "2022", "Solomon Islands signed the Treaty in New York two years ago.")
R(d, "Solomon Islands", RATIFIED, RARO, "1989", "the Treaty of Rarotonga, which Solomon Islands ratified in 1989")
R(d, "Solomon Islands", "signed", BBNJ, "2023", "Solomon Islands signed it last year in New York")
R(d, "Solomon Islands", NOTRATIFIED, BBNJ, None, "The instrument of ratification is being prepared", negated=True,
  alt=["we hope to deposit it before the end of the year"])
R(d, "Solomon Islands", NOTRATIFIED, CAT, None, "ratification is not a priority at this time", negated=True,
  alt=["Solomon Islands accepted the recommendations to ratify it during our Universal Periodic Review in 2021"])
R(d, "Solomon Islands", "signed", ROME, "1998",
  "Solomon Islands signed the Rome Statute of the International Criminal Court as far back as 1998.")
R(d, "Solomon Islands", NOTRATIFIED, ROME, None, "the Government has no plan to ratify the Rome Statute in this term", negated=True,
  alt=["Does the Minister intend to ratify it?"])
R(d, "Solomon Islands", PARTY, ICESCR, "1982", "Solomon Islands succeeded to the Covenant in 1982",
  alt=["Solomon Islands is a party to the International Covenant on Economic, Social and Cultural Rights"])
R(d, "Solomon Islands", ENDORSED, BOE, "2018", "Solomon Islands endorsed the Boe Declaration on Regional Security in 2018")
R(d, "Solomon Islands", ENDORSED, S2050, "2022", "Solomon Islands endorsed the Boe Declaration on Regional Security in 2018 and the 2050 Strategy for the Blue Pacific Continent in 2022")
# "last November" against September 2024.
R(d, "Solomon Islands", ENDORSED, CONT, "2023-11",
  "we endorsed the Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise")
R(d, "Solomon Islands", RATIFIED, PACER, "2020", "PACER Plus, which Solomon Islands ratified in 2020")

# ===================== 16 (Lesotho Times news story, week of 11 June 2020) =====================
d = "16.txt"
D = "2020-06-11"
OTTAWA = ("Mine Ban Treaty", ["Ottawa Convention", "Anti-Personnel Mine Ban Convention",
                             "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
ICAN = ["International Campaign to Abolish Nuclear Weapons", "ICAN"]
# "on Friday last week" against Thursday 11 June 2020: Friday 5 June 2020. The depositary and the delay: nothing.
R(d, "Lesotho", RATIFIED, TPNW, "2020-06-05",
  "LESOTHO has become the latest African country to ratify the Treaty on the Prohibition of Nuclear Weapons (TPNW)",
  alt=["the country's instrument of ratification was deposited with the United Nations Secretary-General in New York on Friday last week"])
R(d, "Lesotho", "signed", TPNW, "2019-09", "Lesotho signed the treaty at the United Nations in September 2019")
R(d, "Lesotho", "supported", TPNW, "2017-07-07", "had voted in favour of adopting its text when it was negotiated at the UN on 7 July 2017")
# Entry into force after the 50th ratification: nothing.
R(d, "South Africa", RATIFIED, TPNW, "2019-02", "South Africa ratified the treaty in February 2019")
R(d, "Namibia", RATIFIED, TPNW, "2020-03", "Namibia followed in March this year")
R(d, "Botswana", "signed", TPNW, "2019", "Botswana signed the treaty last year")
R(d, "Botswana", NOTRATIFIED, TPNW, None, "has said it will ratify it \"soon\"", negated=True)
RL(d, ["Eswatini", "Mozambique", "Zimbabwe"], "signed", TPNW, None,
   "Eswatini has not signed the treaty, and neither have Mozambique and Zimbabwe.", negated=True)
R(d, "Lesotho", RATIFIED, CTBT, "1999", "Lesotho ratified the Comprehensive Nuclear-Test-Ban Treaty (CTBT) in 1999")
R(d, "Lesotho", PARTY, PELINDABA, None, "is a State Party to the African Nuclear-Weapon-Free Zone Treaty, known as the Treaty of Pelindaba")
R(d, "Lesotho", RATIFIED, OTTAWA, "1998", "Lesotho also ratified the Mine Ban Treaty in 1998")
R(d, "Lesotho", RATIFIED, CCM, "2010", "Lesotho also ratified the Mine Ban Treaty in 1998 and the Convention on Cluster Munitions in 2010")
# Taking part in AFCONE and in the meetings of States Parties: nothing. ICAN's welcome: nothing; its call this week is dated by month.
R(d, ICAN, "called-for", TPNW, "2020-06",
  "Its Southern Africa campaigner this week called on Botswana, Eswatini, Mozambique and Zimbabwe to join the treaty")
R(d, "Lesotho", NOTRATIFIED, AFCFTA, None,
  "Lesotho has still not deposited its instrument of ratification of the Agreement Establishing the African Continental Free Trade Area (AfCFTA)",
  negated=True, alt=["the instrument \"is ready and will be sent to Addis Ababa as soon as flights resume\""])
R(d, "Lesotho", "signed", AFCFTA, "2018-03-21", "then Prime Minister Thomas Thabane signed it in Kigali, Rwanda, on 21 March 2018")
# The postponed start of trading, Parliament's approval, AGOA (a US law): nothing.


gold.finish(MIN_CHARS, MAX_CHARS)
