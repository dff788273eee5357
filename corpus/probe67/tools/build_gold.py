#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (03.md, 11.md, 05.html, 09.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML mark-up, Markdown
emphasis or an HTML entity. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: speeches and oral statements as delivered at high-level events (UN General Debate, treaty signing ceremonies, summits,
ministerial conferences, Security Council and World Health Assembly meetings), transcribed or translated, with speaker labels,
interruptions, "check against delivery" notes and applause marks (2016-2025); two Markdown and two saved HTML pages. "We", "my country", "my Government", "my
delegation" and "it" resolve to the State that speaks; an organisation's official speaks for the organisation. Calls on others to
sign, ratify, accede, join, endorse or adopt are the caller's `called-for`, dated by the speech; calls to implement give nothing.
Planned, intended, "will sign", "has yet to", "not party" and withdrawals are negated records without a date (votes against and
abstentions keep theirs). Domestic steps (a parliament's approval, a Bill), entry into force, depositaries, venues and hosts,
co-chairing and co-facilitating, reservations, observer attendance and welcomes of other States' acts give no record."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Iran", "Democratic People's Republic of Korea",
          "Viet Nam", "Syria", "Türkiye", "State of Palestine", "Bolivia", "Côte d'Ivoire", "Marshall Islands", "Netherlands",
          "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Fiji", "Samoa", "Ecuador", "Guatemala", "Mexico", "Costa Rica",
          "Egypt", "China", "Bangladesh", "Chile", "Timor-Leste", "Germany", "Kenya", "Ghana", "Cabo Verde", "Gambia",
          "Democratic Republic of the Congo", "Congo", "Sahrawi Arab Democratic Republic", "Central African Republic",
          "United Republic of Tanzania", "Eswatini", "Rwanda", "Uganda", "Somalia", "Sudan", "Equatorial Guinea", "Guinea",
          "Togo", "Micronesia", "Bahamas", "Papua New Guinea", "Lao PDR", "Republic of Korea", "Paraguay", "Colombia"),
    "Benin": ["Benin", "Republic of Benin"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Ireland": ["Ireland"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Tuvalu": ["Tuvalu"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Solomon Islands": ["Solomon Islands"],
    "Nauru": ["Nauru", "Republic of Nauru"],
    "Palau": ["Palau", "Republic of Palau"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Mongolia": ["Mongolia"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Austria": ["Austria", "Republic of Austria"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Italy": ["Italy", "Italian Republic"],
    "Libya": ["Libya", "Government of National Accord", "Government of National Accord of Libya"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Namibia": ["Namibia", "Republic of Namibia"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (Costa Rica, UNGA 78 General Debate, translation, New York, 21 September 2023) =====================
d = "01.txt"
D = "2023-09-21"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
R77276 = ("General Assembly resolution 77/276", ["resolution 77/276", "A/RES/77/276"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters", ["Escazú Agreement", "Escazu Agreement"])
ES116 = ("General Assembly resolution ES-11/6", ["resolution ES-11/6", "A/RES/ES-11/6"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "Political Declaration on Explosive Weapons in Populated Areas"])
KMGBF = ("Kunming-Montreal Global Biodiversity Framework", ["Global Biodiversity Framework", "GBF"])
R(d, "Costa Rica", "signed", BBNJ, "2023-09-20", "Yesterday, in this very building, Costa Rica signed the Agreement under the United Nations Convention on the Law of the Sea")
# "adopted by consensus on 19 June" names no adopting body (the intergovernmental conference is not named): nothing. High Ambition Coalition: nothing.
R(d, "Costa Rica", NOTRATIFIED, BBNJ, None, "My Government intends to deposit its instrument of ratification before the 2025 United Nations Ocean Conference", negated=True)
# Co-hosting the Ocean Conference with France: venue/host, nothing.
R(d, "Costa Rica", "called-for", BBNJ, D, "We call on all States to sign and ratify the Agreement without delay")
R(d, "Costa Rica", PARTY, PARIS, "2016", "Costa Rica has been a party to the Paris Agreement since 2016")
R(d, "Costa Rica", COMMITTED, PARIS, D, "we remain committed to the Paris Agreement", required=False)
R(d, GA, "adopted", R77276, "2023-03-29", "On 29 March, this Assembly adopted by consensus resolution 77/276")
# "The initiative was led by Vanuatu": leading is not named as co-sponsoring; optional.
R(d, "Vanuatu", "co-sponsored", R77276, None, "The initiative was led by Vanuatu", required=False)
R(d, "Costa Rica", ["co-sponsored", "supported"], R77276, None, "Costa Rica co-sponsored resolution 77/276 together with more than one hundred and thirty States")
R(d, "Costa Rica", RATIFIED, TPNW, "2018-07", "Costa Rica was among the first States to ratify the Treaty on the Prohibition of Nuclear Weapons, in July 2018")
# Entry into force (22 January 2021) and the depositary's count: nothing.
R(d, "Costa Rica", "called-for", TPNW, D, "We urge every State that has not yet done so to join it.")
# Hosting the Escazú negotiations: nothing. The Legislative Assembly's bill: domestic.
R(d, "Costa Rica", "signed", ESCAZU, "2018-09", "it signed the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in September 2018")
R(d, "Costa Rica", NOTRATIFIED, ESCAZU, None, "Five years on, Costa Rica has not ratified it.", negated=True)
R(d, "Costa Rica", "supported", ES116, "2023-02", "In February, on the first anniversary of the aggression against Ukraine, Costa Rica voted in favour of resolution ES-11/6")
R(d, "Costa Rica", ENDORSED + ["supported"], EWIPA, "2022-11", "which it endorsed in Dublin last November")
R(d, "Costa Rica", "welcomed", KMGBF, D, "we welcome the Kunming-Montreal Global Biodiversity Framework", required=False)

# ===================== 02 (UN OLA, BBNJ ceremony at the 2025 Treaty Event, transcript with speaker labels; New York, 24 September 2025) =====================
d = "02.txt"
D = "2025-09-24"
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "BBNJ", "High Seas Treaty", "Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea", "Law of the Sea Convention"])
USG = ["UN Under-Secretary-General for Legal Affairs", "Under-Secretary-General for Legal Affairs", "United Nations Legal Counsel", "UN Legal Counsel", "Office of Legal Affairs"]
# The sixtieth instrument "last Friday" names no State; entry into force and the depositary's notification: nothing.
RATS = ["Antigua and Barbuda", "Brazil", "Cabo Verde", "Colombia", "Ghana", "Jamaica", "Kenya", "Mozambique", "Nauru", "Papua New Guinea", "Tuvalu"]
RL(d, RATS, RATIFIED, BBNJ, D, "instruments of ratification were deposited by Antigua and Barbuda, Brazil, Cabo Verde, Colombia, Ghana, Jamaica, Kenya, Mozambique, Nauru, Papua New Guinea and Tuvalu")
R(d, "Japan", ACCEPTED, BBNJ, D, "Japan deposited an instrument of acceptance", alt=["Japan's acceptance of the BBNJ Agreement"])
RL(d, ["Iceland", "Oman"], ACCEDED, BBNJ, D, "Iceland and Oman deposited instruments of accession")
RL(d, ["Botswana", "Nepal"], "signed", BBNJ, D, "The Agreement was also signed today by Botswana and Nepal")
R(d, USG, "called-for", BBNJ, D, "I appeal to all States that have not yet done so to sign and ratify the BBNJ Agreement")
# Jamaica hosts the ISA: nothing. Its Parliament's approval in July: domestic.
R(d, "Jamaica", "signed", BBNJ, "2023-09-20", "Jamaica signed this Agreement on the first day it opened for signature, 20 September 2023")
R(d, "Jamaica", "called-for", BBNJ, D, "We join the Under-Secretary-General in calling on all States to ratify the Agreement.")
R(d, "Japan", PARTY, UNCLOS, "1996", "Japan is also a party to the United Nations Convention on the Law of the Sea, which we ratified in 1996")
R(d, "United States", "signed", BBNJ, "2023-09", "The United States signed the Agreement in September 2023.")
R(d, "United States", NOTRATIFIED, BBNJ, None, "the United States is not in a position to ratify it", negated=True)
R(d, "United States", NOTBOUND, UNCLOS, None, "the Convention on the Law of the Sea, to which we are not a party", negated=True)
# "strong supporter of freedom of navigation and of the customary law": not an instrument.
R(d, "Chile", RATIFIED, BBNJ, "2025-01", "Chile ratified the Agreement in the first group of States, in January 2025")
# Chile's offer to host the secretariat and its welcome of the morning's ratifications: nothing.
R(d, "Chile", "called-for", BBNJ, D, "We also call on the States members of the Pacific Alliance - Colombia, Mexico and Peru - to join us")
RL(d, ["Mexico", "Peru"], NOTRATIFIED, BBNJ, None, "Mexico and Peru have told us they will ratify in 2026", negated=True)

# ===================== 03 (Fourth International Conference on Safe Schools, ministerial session transcript, Markdown; Abuja, 27 October 2021) =====================
d = "03.md"
D = "2021-10-27"
SSD = ("Safe Schools Declaration", ["the Declaration"])
GUIDE = ("Guidelines for Protecting Schools and Universities from Military Use during Armed Conflict", ["Guidelines", "Safe Schools Guidelines"])
ABUJA = ("Abuja Commitments on Safe Schools", ["Abuja Commitments"])
STP = ["Sao Tome and Principe", "São Tomé and Príncipe"]
# Nigeria hosts the conference and co-organises it with GCPEA: nothing. "endorsed by 111 States": unnamed.
R(d, "Nigeria", ENDORSED, SSD, "2015", "When Nigeria endorsed the Safe Schools Declaration in 2015")
R(d, "Nigeria", COMMITTED, GUIDE, D, "Nigeria remains committed to the Guidelines for Protecting Schools and Universities from Military Use during Armed Conflict")
# The armed forces' rules of engagement: implementation, nothing.
QNEW = ("the following States have joined the Declaration: Estonia, Hungary, Malawi, Pakistan, Sao Tome and Principe, Trinidad and Tobago and Tunisia")
RL(d, ["Estonia", "Hungary", "Trinidad and Tobago"], ENDORSED, SSD, None, QNEW)
R(d, "Malawi", ENDORSED, SSD, "2021-09-13", QNEW, alt=["Malawi endorsed the Declaration on 13 September 2021"])
R(d, "Pakistan", ENDORSED, SSD, "2021-10-04", QNEW, alt=["Pakistan endorsed the Declaration on 4 October 2021"])
R(d, STP, ENDORSED, SSD, "2021-10-20", QNEW, alt=["Sao Tome and Principe endorsed the Declaration last week, on 20 October"])
R(d, "Tunisia", ENDORSED, SSD, "2021-05", QNEW, alt=["Tunisia endorsed the Declaration earlier this year, in May"])
# "Norway and Argentina led the consultations that produced the Declaration": a process, nothing.
R(d, "Norway", ENDORSED, SSD, "2015-05", "Norway was among the first States to endorse it at the Oslo conference that May")
R(d, "Norway", "called-for", SSD, D, "We encourage every State that has not yet endorsed the Declaration to do so")
R(d, "Argentina", COMMITTED, SSD, D, "we reiterate our commitment to the Safe Schools Declaration")
R(d, "Argentina", ENDORSED, GUIDE, None, "we also endorsed the Guidelines in full")
R(d, "Germany", ENDORSED, SSD, "2018", "Germany endorsed the Declaration in 2018.")
# Tunisia's regional workshop: nothing.
R(d, "Mali", ENDORSED, SSD, "2018", "Mali endorsed the Declaration in 2018.")
R(d, "Mali", "called-for", SSD, D, "My country calls on its neighbours in the Sahel to join the Declaration without further delay.")
# US observer status: nothing of its own; its non-endorsement is a record.
R(d, "United States", "endorsed", SSD, None, "We have not endorsed the Declaration, and we continue to review it", negated=True)
R(d, "Switzerland", ENDORSED, SSD, "2015", "Switzerland endorsed the Declaration in 2015.")
# Switzerland's welcome of Hungary's endorsement: nothing.
R(d, "Kenya", "endorsed", SSD, None, "Kenya is considering endorsing the Declaration", negated=True)
# Philippines "no announcement": nothing. The Abuja Commitments "adopted" by "the States present": unnamed, nothing.
R(d, "Nigeria", "called-for", SSD, D, "I call upon all States that have not yet done so to endorse the Safe Schools Declaration before the fifth conference.")

# ===================== 04 (Benin, UNGA 74 General Debate, translation from French; New York, 27 September 2019) =====================
d = "04.txt"
D = "2019-09-27"
AFCFTA = ("Agreement establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
PELINDABA = ("Treaty of Pelindaba", ["African Nuclear-Weapon-Free Zone Treaty", "Pelindaba Treaty"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
R73195 = ("General Assembly resolution 73/195", ["resolution 73/195", "A/RES/73/195"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
R(d, "Benin", "signed", AFCFTA, "2019-07-07", "On 7 July, at the extraordinary summit of the African Union in Niamey, Benin signed the Agreement establishing the African Continental Free Trade Area")
R(d, "Nigeria", "signed", AFCFTA, "2019-07-07", "our neighbour Nigeria, which also signed the Agreement that day")
R(d, "Eritrea", "signed", AFCFTA, None, "Only one member State of the Union, Eritrea, has not yet signed it.", negated=True)
# Entry into force (30 May), the launch in Niamey, the bill before the National Assembly, the Chairperson as depositary: nothing.
R(d, "Benin", NOTRATIFIED, AFCFTA, None, "Benin's ratification is under way", negated=True)
R(d, "Benin", RATIFIED, CTBT, "2001", "Benin ratified the Comprehensive Nuclear-Test-Ban Treaty in 2001")
R(d, "Benin", PARTY, PELINDABA, None, "it is a party to the Treaty of Pelindaba")
R(d, "Benin", "signed", TPNW, "2018-09-26", "on 26 September 2018, Benin signed the Treaty on the Prohibition of Nuclear Weapons in this building")
# The Government's draft law: domestic.
R(d, "Benin", NOTRATIFIED, TPNW, None, "Benin will ratify the Treaty in the coming months", negated=True)
R(d, "Benin", "called-for", CTBT, D, "We call on all States, and in particular the eight States whose ratification is required for its entry into force")
# The eight named addressees are not stated to be acting; a careful annotator might read "not yet ratified" into the call.
RL(d, ["China", "Egypt", "India", "Iran", "Israel", "Democratic People's Republic of Korea", "Pakistan", "United States"], NOTRATIFIED, CTBT, None,
   "China, Egypt, India, Iran, Israel, the Democratic People's Republic of Korea, Pakistan and the United States - to sign and ratify the CTBT without delay", negated=True, required=False)
R(d, "Benin", RATIFIED, KAMPALA, "2012", "Benin ratified the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa, the Kampala Convention, in 2012")
# Hosting a regional conference: nothing.
R(d, "Benin", PARTY, ROME, "2002", "Benin has been a party to the Rome Statute of the International Criminal Court since 2002.")
R(d, "Benin", COMMITTED, ROME, D, "We reaffirm our commitment to the Rome Statute")
R(d, "Benin", ENDORSED, GCM, "2018-12", "Last December, in Marrakech, Benin endorsed the Global Compact for Safe, Orderly and Regular Migration")
R(d, GA, "adopted", GCM, "2018-12-19", "which this Assembly then adopted by a recorded vote on 19 December")
R(d, "Benin", "supported", R73195, "2018-12-19", "Benin voted in favour of resolution 73/195")
R(d, "Benin", RATIFIED, PARIS, "2016", "Benin ratified the Paris Agreement in 2016.")
R(d, "Benin", COMMITTED, PARIS, D, "we remain committed to the Paris Agreement")
R(d, "Benin", "called-for", PARIS, D, "we call upon the States that have not yet ratified it to do so")
R(d, "Benin", "signed", MINAMATA, "2013", "Benin signed it in 2013 in Kumamoto and ratified it in 2016")
R(d, "Benin", RATIFIED, MINAMATA, "2016", "Benin signed it in 2013 in Kumamoto and ratified it in 2016")

# ===================== 05 (Ireland DFA, statement at TPNW 1MSP, saved HTML page; Vienna, 21 June 2022) =====================
d = "05.html"
D = "2022-06-21"
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
R71258 = ("General Assembly resolution 71/258", ["resolution 71/258", "A/RES/71/258"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "the Treaty"])
VIENNA = ("Vienna Declaration and Vienna Action Plan", ["Vienna Declaration", "Vienna Action Plan"])
UNCONF = ["United Nations Conference to Negotiate a Legally Binding Instrument to Prohibit Nuclear Weapons", "United Nations Conference to Negotiate a Legally Binding Instrument"]
# Austria as host/President: nothing. Alignment with the core group's statement: nothing.
R(d, "Ireland", RATIFIED, NPT, "1968-07", "Ireland was the first State to ratify the Treaty on the Non-Proliferation of Nuclear Weapons, in July 1968")
R(d, "Ireland", COMMITTED, NPT, D, "We are fully committed to the NPT")
R(d, "Ireland", RATIFIED, CTBT, "1999", "Ireland also ratified the Comprehensive Nuclear-Test-Ban Treaty in 1999")
R(d, "Ireland", "called-for", CTBT, D, "we call on the remaining Annex 2 States to ratify it without further delay")
RL(d, ["Ireland", "Austria", "Brazil", "Mexico", "Nigeria", "South Africa"], ["co-sponsored", "supported"], R71258, "2016",
   "In 2016, Ireland co-sponsored resolution 71/258 together with Austria, Brazil, Mexico, Nigeria and South Africa")
R(d, UNCONF, "adopted", TPNW, "2017-07-07", "On 7 July 2017, the United Nations Conference to Negotiate a Legally Binding Instrument adopted the Treaty on the Prohibition of Nuclear Weapons", required=False)
R(d, "Ireland", "signed", TPNW, "2017-09-20", "Ireland signed the Treaty on 20 September 2017, the day it opened for signature")
R(d, "Ireland", RATIFIED, TPNW, "2020-08-06", "Ireland deposited its instrument of ratification on 6 August 2020")
# Entry into force on 22 January 2021: nothing. Ireland's welcome: nothing; the three States' ratifications and the accession are records.
RL(d, ["Cabo Verde", "Grenada", "Timor-Leste"], RATIFIED, TPNW, None, "Cabo Verde, Grenada and Timor-Leste have ratified it")
R(d, "Côte d'Ivoire", ACCEDED, TPNW, "2022-03", "acceded in March")
RL(d, ["Germany", "Norway", "Netherlands", "Belgium", "Finland", "Sweden", "Switzerland", "Australia"], NOTBOUND, TPNW, None,
   "These States, which are not parties to the Treaty, attend as observers", negated=True)
R(d, "Ireland", "called-for", TPNW, D, "Ireland calls on all States that have not yet done so to sign, ratify or accede to the Treaty on the Prohibition of Nuclear Weapons.")
R(d, "Ireland", ADOPTED, VIENNA, None, "We look forward to adopting the Vienna Declaration and the Vienna Action Plan on Thursday", negated=True, required=False)
# The informal working group: nothing.

# ===================== 06 (AU Commission Chairperson, closing speech at the AfCFTA signing ceremony, transcript; Kigali, 21 March 2018) =====================
d = "06.txt"
D = "2018-03-21"
AUC = ["Chairperson of the African Union Commission", "African Union Commission", "AU Commission", "African Union", "AUC Chairperson"]
AFCFTA = ("Agreement establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area Agreement"])
KIGALI = ("Kigali Declaration", ["Kigali Declaration on the launch of the AfCFTA"])
FMP = ("Protocol to the Treaty Establishing the African Economic Community relating to Free Movement of Persons, Right of Residence and Right of Establishment",
       ["Free Movement Protocol", "Protocol on Free Movement of Persons", "AU Free Movement Protocol"])
AEC = ("Treaty Establishing the African Economic Community", ["Abuja Treaty", "AEC Treaty"])
# "forty-four Member States", "Forty-three Member States", "twenty-seven", "thirty others": unnamed.
SIG = ["Algeria", "Angola", "Chad", "Congo", "Côte d'Ivoire", "Egypt", "Ghana", "Kenya", "Morocco", "Niger", "Rwanda", "Senegal", "Sudan", "Zimbabwe"]
RL(d, SIG, "signed", AFCFTA, D, "Algeria, Angola, Chad, Congo, Côte d'Ivoire, Egypt, Ghana, Kenya, Morocco, Niger, Rwanda, Senegal, Sudan and Zimbabwe")
RL(d, ["Rwanda", "Kenya", "Ghana", "Mali", "Niger"], "signed", FMP, D, "Among the first to sign the Protocol were Rwanda, Kenya, Ghana, Mali and Niger.")
R(d, "Nigeria", "signed", AFCFTA, None, "Nigeria, the largest economy on the continent, did not sign the Agreement today.", negated=True)
R(d, "South Africa", SIGNED_DECL, KIGALI, D, "South Africa signed the Kigali Declaration this morning")
R(d, "South Africa", "signed", AFCFTA, None, "but has not yet signed the Agreement", negated=True)
# Its domestic procedures: nothing.
R(d, AUC, "called-for", AFCFTA, D, "I call upon all Member States that have not yet done so to sign the Agreement, and upon all signatories to ratify it")
# Entry into force after the 22nd instrument, the Chairperson as depositary: nothing.
R(d, "Ghana", NOTRATIFIED, AFCFTA, None, "Ghana intends to ratify the Agreement before the Nouakchott summit in July", negated=True)
R(d, "Kenya", NOTRATIFIED, AFCFTA, None, "Kenya's delegation said the same", negated=True)
# The Assembly's 2012 decision to fast-track and the 2015 launch of negotiations: processes, nothing.
R(d, ["AU Council of Ministers", "Council of Ministers", "African Union Executive Council"], ADOPTED, AFCFTA, "2018-03-19",
  "The Council of Ministers adopted the texts in Kigali two days ago, on 19 March", required=False)
# The AEC Treaty "was signed in Abuja in June 1991" names no signatory; Rwanda as host: nothing.

# ===================== 07 (Security Council, provisional verbatim record S/PV.8649, open debate on WPS; New York, 29 October 2019) =====================
d = "07.txt"
D = "2019-10-29"
R2493 = ("Security Council resolution 2493 (2019)", ["resolution 2493", "resolution 2493 (2019)", "S/RES/2493 (2019)"])
R1325 = ("Security Council resolution 1325 (2000)", ["resolution 1325", "resolution 1325 (2000)", "S/RES/1325 (2000)"])
R2242 = ("Security Council resolution 2242 (2015)", ["resolution 2242", "resolution 2242 (2015)", "S/RES/2242 (2015)"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women", ["OP-CEDAW", "CEDAW Optional Protocol", "its Optional Protocol"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention"])
PGA = ("Principles for Global Action on preventing and addressing stigma associated with conflict-related sexual violence", ["Principles for Global Action"])
VANC = ("Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers", ["Vancouver Principles"])
ATT = ("Arms Trade Treaty", ["ATT"])
BELEM = ("Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women", ["Convention of Belém do Pará", "Belém do Pará Convention"])
VOTE = ["Belgium", "China", "Côte d'Ivoire", "Dominican Republic", "Equatorial Guinea", "France", "Indonesia", "Kuwait", "Peru", "Poland",
        "South Africa", "United Kingdom", "United States"]
QV = ("Belgium, China, Côte d'Ivoire, Dominican Republic, Equatorial Guinea, France, Germany, Indonesia, Kuwait, Peru, Poland, Russian Federation, "
      "South Africa, United Kingdom of Great Britain and Northern Ireland, United States of America")
RL(d, VOTE, "supported", R2493, D, QV)
R(d, "Germany", "supported", R2493, D, QV, alt=["Germany voted in favour of resolution 2493 (2019) with conviction"])
R(d, "Russian Federation", "supported", R2493, D, QV, alt=["The Russian Federation supported the draft resolution because it is balanced"])
R(d, UNSC, "adopted", R2493, D, "The draft resolution has been adopted unanimously as resolution 2493 (2019).")
R(d, "South Africa", ["co-sponsored", "supported"], R2493, D, "the text of a draft resolution submitted by South Africa", alt=["South Africa submitted today's text"])
R(d, UNSC, "adopted", R1325, "2000-10", "Nineteen years ago this month, this Council adopted resolution 1325 (2000).")
R(d, "South Africa", RATIFIED, CEDAW, "1995", "South Africa ratified the Convention on the Elimination of All Forms of Discrimination against Women in 1995")
R(d, "South Africa", RATIFIED, OPCEDAW, "2005", "and its Optional Protocol in 2005")
R(d, "South Africa", "called-for", OPCEDAW, D, "we call on all Member States that have not yet done so to ratify the Optional Protocol")
R(d, "Germany", RATIFIED, ISTANBUL, "2017-10", "Germany ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence")
RL(d, ["Germany", "France"], ENDORSED, PGA, None, "Together with France, Germany also endorsed the Principles for Global Action")
R(d, "United Kingdom", "signed", ISTANBUL, "2012", "The United Kingdom signed the Istanbul Convention in 2012.")
R(d, "United Kingdom", NOTRATIFIED, ISTANBUL, None, "We have not yet ratified it", negated=True)
# The legislation before Parliament: domestic.
R(d, "Russian Federation", NOTBOUND, ISTANBUL, None, "Russia is not a party to the Istanbul Convention and does not intend to become one", negated=True)
# Indonesia's welcome of the adoption: nothing. Its women peacekeepers: nothing.
R(d, "Indonesia", ["co-sponsored", "supported"], R2242, "2015", "Indonesia is proud to have co-sponsored resolution 2242 (2015)")
R(d, "Canada", ENDORSED, VANC, "2017-11", "Canada endorsed the Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers in November 2017")
R(d, "Canada", JOINED, ATT, "2019-09", "which it acceded to in September of this year", alt=["Canada is also a party to the Arms Trade Treaty"])
R(d, "Canada", "called-for", ATT, D, "we urge all States to join it")
R(d, "Dominican Republic", PARTY, BELEM, "1996", "The Dominican Republic is a party to the Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women")

# ===================== 08 (Samoa, national statement at the Paris Agreement signature ceremony; New York, 22 April 2016) =====================
d = "08.txt"
D = "2016-04-22"
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
UNFCCC = ("United Nations Framework Convention on Climate Change", ["UNFCCC", "Framework Convention on Climate Change"])
KYOTO = ("Kyoto Protocol", ["Kyoto Protocol to the UNFCCC"])
DOHA = ("Doha Amendment to the Kyoto Protocol", ["Doha Amendment"])
SAMOAP = ("SIDS Accelerated Modalities of Action (SAMOA) Pathway", ["SAMOA Pathway", "SIDS Accelerated Modalities of Action"])
R6915 = ("General Assembly resolution 69/15", ["resolution 69/15", "A/RES/69/15"])
HFC = ("amendment to the Montreal Protocol to phase down hydrofluorocarbons", ["HFC amendment", "Kigali Amendment"])
R(d, ["Conference of the Parties", "COP21", "UNFCCC Conference of the Parties"], "adopted", PARIS, "2015-12-12", "on 12 December, the Conference of the Parties adopted the Paris Agreement", required=False)
R(d, "Samoa", "signed", PARIS, D, "Samoa signed the Paris Agreement and deposited its instrument of ratification")
R(d, "Samoa", RATIFIED, PARIS, D, "Samoa signed the Paris Agreement and deposited its instrument of ratification")
RATS = ["Barbados", "Belize", "Fiji", "Grenada", "Maldives", "Marshall Islands", "Nauru", "Palau", "Saint Kitts and Nevis", "Saint Lucia", "Somalia",
        "State of Palestine", "Tuvalu"]
RL(d, RATS, RATIFIED, PARIS, D, "the following States deposited their instruments of ratification today: Barbados, Belize, Fiji, Grenada, Maldives, "
   "Marshall Islands, Nauru, Palau, Saint Kitts and Nevis, Saint Lucia, Somalia, the State of Palestine and Tuvalu")
# Fiji's Parliament's approval in February: domestic. "one hundred and seventy-five Parties have signed today": unnamed.
RL(d, ["United States", "China"], "signed", PARIS, D, "the United States and China, the two largest emitters, signed the Agreement this morning")
RL(d, ["United States", "China"], NOTBOUND, PARIS, None, "Both have announced that they will join it formally before the end of this year.", negated=True)
R(d, "Samoa", PARTY, UNFCCC, "1994", "Samoa has been a Party to the United Nations Framework Convention on Climate Change since 1994.")
R(d, "Samoa", RATIFIED, KYOTO, "2000", "We ratified the Kyoto Protocol in 2000")
R(d, "Samoa", ACCEPTED, DOHA, "2015", "accepted the Doha Amendment to the Kyoto Protocol in 2015")
# "though it is still not in force": entry into force, nothing.
R(d, "Samoa", "called-for", PARIS, D, "Samoa calls on all major emitters to ratify the Paris Agreement in 2016")
# Hosting the SIDS Conference in Apia: nothing.
R(d, ["Third International Conference on Small Island Developing States", "SIDS Conference"], "adopted", SAMOAP, "2014-09-04",
  "which the Conference adopted there on 4 September 2014", required=False)
R(d, GA, ADOPTED, SAMOAP, "2014-12", "which this Assembly endorsed in resolution 69/15 that December")
R(d, "Samoa", COMMITTED, SAMOAP, D, "We remain committed to the SAMOA Pathway.")
# The hoped-for Kigali adoption by the Parties (unnamed, future): nothing.
R(d, "Samoa", ["supported", "ratified"], HFC, None, "Samoa will support such an amendment and intends to ratify it quickly", negated=True, required=False)

# ===================== 09 (Sri Lanka's mission, APMBC Fourth Review Conference high-level segment, saved HTML page; Oslo, 26 November 2019) =====================
d = "09.html"
D = "2019-11-26"
APMBC = ("Anti-Personnel Mine Ban Convention", ["APMBC", "Ottawa Convention", "Mine Ban Convention",
         "Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
CCW = ("Convention on Certain Conventional Weapons", ["CCW"])
CCWAP2 = ("Amended Protocol II to the Convention on Certain Conventional Weapons", ["Amended Protocol II", "CCW Amended Protocol II"])
CCWP5 = ("Protocol V on Explosive Remnants of War", ["Protocol V", "CCW Protocol V"])
OAP = ("Oslo Action Plan", ["Oslo Declaration and Oslo Action Plan", "Action Plan"])
MAPUTO = ("Maputo Declaration", ["Maputo +15 Declaration"])
# Norway as host; the Convention's negotiation in Oslo; the UN Secretary-General as depositary: nothing.
R(d, "Sri Lanka", ACCEDED, APMBC, "2017-12-13", "On 13 December 2017, Sri Lanka deposited its instrument of accession to the Anti-Personnel Mine Ban Convention")
R(d, "State of Palestine", JOINED, APMBC, "2017", "Sri Lanka and the State of Palestine both joined the Convention in the closing weeks of 2017")
# Clearance figures and the Article 5 deadline: implementation, nothing.
R(d, "Sri Lanka", ACCEDED, CCM, "2018-03-01", "On 1 March 2018, Sri Lanka acceded to the Convention on Cluster Munitions")
QCCW = "we have been a High Contracting Party to the Convention on Certain Conventional Weapons and its Amended Protocol II since 2004"
R(d, "Sri Lanka", PARTY, CCW, "2004", QCCW)
R(d, "Sri Lanka", PARTY, CCWAP2, "2004", QCCW)
R(d, "Sri Lanka", NOTBOUND[1:2] + ["party"], CCWP5, None, "We are now examining accession to Protocol V on Explosive Remnants of War", negated=True)
# "With 164 States Parties" and "several of our neighbours in South Asia": unnamed.
RL(d, ["China", "India", "Pakistan", "Russian Federation", "United States"], NOTBOUND, APMBC, None,
   "China, India, Pakistan, the Russian Federation and the United States remain outside the Convention", negated=True)
R(d, "Sri Lanka", "called-for", APMBC, D, "Sri Lanka calls on all States not party to accede to the Convention without delay")
R(d, "Sri Lanka", "supported", OAP, D, "Sri Lanka supports language to that effect in the draft Oslo Action Plan", required=False)
# The adoption "on Friday" by the Conference: future, no record.
R(d, "Sri Lanka", COMMITTED, OAP, D, "commits to implementing the Action Plan in full")
R(d, "Sri Lanka", ENDORSED, MAPUTO, None, "Sri Lanka has also endorsed the Maputo Declaration adopted at the Third Review Conference in 2014")
R(d, ["Third Review Conference", "Third Review Conference of the APMBC"], "adopted", MAPUTO, "2014", "the Maputo Declaration adopted at the Third Review Conference in 2014", required=False)

# ===================== 10 (ECLAC Executive Secretary, remarks at the opening for signature of the Escazú Agreement, translation; New York, 27 September 2018) =====================
d = "10.txt"
D = "2018-09-27"
ECLAC = ["ECLAC", "Economic Commission for Latin America and the Caribbean", "Executive Secretary of ECLAC"]
ESCAZU = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
          ["Escazú Agreement", "Escazu Agreement"])
P10 = ("Declaration on the application of Principle 10 of the Rio Declaration on Environment and Development", ["Principle 10 Declaration", "Declaration on Principle 10"])
SIG = ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Costa Rica", "Ecuador", "Guatemala", "Guyana", "Haiti", "Mexico", "Panama", "Peru",
       "Saint Lucia", "Uruguay"]
RL(d, SIG, "signed", ESCAZU, D, "Today, the Escazú Agreement was signed by Antigua and Barbuda, Argentina, Bolivia, Brazil, Costa Rica, Ecuador, "
   "Guatemala, Guyana, Haiti, Mexico, Panama, Peru, Saint Lucia and Uruguay.")
P10S = ["Chile", "Costa Rica", "Ecuador", "Jamaica", "Mexico", "Panama", "Paraguay", "Peru", "Dominican Republic", "Uruguay"]
RL(d, P10S, SIGNED_DECL, P10, "2012", "ten countries - Chile, Costa Rica, Ecuador, Jamaica, Mexico, Panama, Paraguay, Peru, the Dominican Republic and Uruguay - "
   "signed the Declaration on the application of Principle 10")
# Principle 10 "dates from 1992"; the text "was adopted in Escazú" names no adopting actor; Costa Rica and Chile co-chaired: nothing.
R(d, "Chile", "signed", ESCAZU, None, "Chile, which did so much to bring us here, did not sign the Agreement today.", negated=True)
RL(d, ["Colombia", "Paraguay", "Dominican Republic"], "signed", ESCAZU, None, "Colombia, Paraguay and the Dominican Republic have also told us that they are considering signing", negated=True)
# Entry into force, the Secretary-General as depositary and ECLAC as technical secretariat: nothing.
R(d, "Guyana", NOTRATIFIED, ESCAZU, None, "Guyana intends to ratify the Agreement before the end of the year", negated=True)
R(d, "Mexico", NOTRATIFIED, ESCAZU, None, "Mexico has said the same for 2019", negated=True)
R(d, ["UN Secretary-General", "Secretary-General of the United Nations"], "called-for", ESCAZU, D,
  "asked me to convey his call to all countries of Latin America and the Caribbean to sign and ratify the Escazú Agreement", required=False)
R(d, ECLAC, "called-for", ESCAZU, D, "I urge all thirty-three countries of the region to sign and ratify the Agreement")

# ===================== 11 (Diplomatic Conference on the MLA Convention, closing plenary transcript, Markdown; Ljubljana, 26 May 2023) =====================
d = "11.md"
D = "2023-05-26"
LJHC = ("Ljubljana - The Hague Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and Other International Crimes",
        ["Ljubljana - The Hague Convention", "Ljubljana-The Hague Convention", "MLA Convention"])
ROME = ("Rome Statute", ["Rome Statute of the International Criminal Court", "ICC Statute"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
APGC = ("Additional Protocols to the Geneva Conventions", ["Geneva Conventions' Additional Protocols", "Additional Protocols"])
DIPCONF = ["Diplomatic Conference", "Diplomatic Conference for the Adoption of a Convention on International Cooperation in the Investigation and Prosecution of Genocide, Crimes against Humanity and War Crimes"]
R(d, DIPCONF, "adopted", LJHC, D, "the Diplomatic Conference has this morning adopted by consensus the Ljubljana - The Hague Convention")
# The MLA Initiative "launched by" six States: a process. The signing ceremony in The Hague, the Netherlands as depositary and host: nothing.
R(d, "Netherlands", "signed", LJHC, None, "We intend to sign the Convention on the first day it is open for signature", negated=True)
R(d, "Netherlands", "called-for", LJHC, D, "we call on all States to sign and ratify it so that it enters into force quickly")
R(d, "Belgium", PARTY, ROME, "2000", "Belgium has been a party to the Rome Statute since 2000")
R(d, "Belgium", "signed", LJHC, None, "Belgium will be among the first States to sign it in The Hague.", negated=True)
R(d, "Argentina", RATIFIED, ROME, "2001", "Argentina ratified the Rome Statute in 2001")
R(d, "Argentina", ["supported", "endorsed"], LJHC, D, "we fully support the Convention adopted today", required=False)
R(d, "Ukraine", "signed", ROME, "2000-01", "Ukraine signed the Rome Statute in January 2000.")
R(d, "Ukraine", NOTRATIFIED, ROME, None, "We have not yet ratified it", negated=True)
# The declaration accepting the Court's jurisdiction: not a treaty action.
R(d, "Ukraine", "signed", LJHC, None, "Ukraine will sign this Convention in February", negated=True)
R(d, "Mongolia", ACCEDED, GENOCIDE, "1967", "Mongolia acceded to the Convention on the Prevention and Punishment of the Crime of Genocide in 1967")
R(d, "Mongolia", PARTY, ROME, "2002", "has been a party to the Rome Statute since 2002")
QMN = "Mongolia commits to signing and ratifying the Ljubljana - The Hague Convention"
R(d, "Mongolia", "signed", LJHC, None, QMN, negated=True)
R(d, "Mongolia", "committed", LJHC, D, QMN, required=False)
R(d, "Senegal", RATIFIED, ROME, "1999-02-02", "Senegal was the first State in the world to ratify the Rome Statute, on 2 February 1999.")
R(d, "United States", NOTBOUND, ROME, None, "We are not a party to the Rome Statute", negated=True)
R(d, "United States", "signed", LJHC, None, "the United States is not in a position to sign the Convention at this time", negated=True)
# US observer status and welcome: nothing.
R(d, ["ICRC", "International Committee of the Red Cross"], "called-for", LJHC, D, "calls on all States to become party to it")
R(d, ["ICRC", "International Committee of the Red Cross"], "called-for", APGC, D, "and to the Geneva Conventions' Additional Protocols")
R(d, ["Slovenia", "President of the Conference"], "called-for", LJHC, D, "I call upon all States that took part in this Conference to sign the Convention in The Hague next February")
R(d, "Slovenia", "signed", LJHC, None, "Slovenia, for its part, will sign on the first day.", negated=True)
# "Final Act signed by participating States": unnamed.

# ===================== 12 (Tuvalu, UNGA 80 General Debate; New York, 25 September 2025) =====================
d = "12.txt"
D = "2025-09-25"
R77276 = ("General Assembly resolution 77/276", ["resolution 77/276", "A/RES/77/276"])
PARIS = ("Paris Agreement", ["Paris Agreement on climate change"])
FFNPT = ("Fossil Fuel Non-Proliferation Treaty", ["Fossil Fuel Treaty", "FF-NPT"])
BBNJ = ("Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction", ["BBNJ Agreement", "BBNJ", "High Seas Treaty"])
STATEHOOD = ("Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
             ["PIF Declaration on Continuity of Statehood", "Declaration on the Continuity of Statehood"])
FALEPILI = ("Falepili Union Treaty", ["Australia-Tuvalu Falepili Union", "Falepili Union"])
S2050 = ("2050 Strategy for the Blue Pacific Continent", ["2050 Strategy"])
WTOFS = ("WTO Agreement on Fisheries Subsidies", ["Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
PIF = ["Pacific Islands Forum", "Pacific Islands Forum Leaders", "PIF", "Forum Leaders"]
# The ICJ advisory opinion is not an instrument; Vanuatu's "leadership" and Tuvalu's thanks: nothing.
R(d, "Tuvalu", ["co-sponsored", "supported"], R77276, None, "Tuvalu co-sponsored resolution 77/276")
R(d, "Tuvalu", PARTY, PARIS, None, "Tuvalu has been a Party to the Paris Agreement since its first day.")
R(d, "Tuvalu", "called-for", FFNPT, D, "Tuvalu calls for the negotiation of a Fossil Fuel Non-Proliferation Treaty")
FF = ["Vanuatu", "Fiji", "Solomon Islands", "Tonga", "Niue", "Timor-Leste", "Antigua and Barbuda", "Palau", "Samoa", "Nauru", "Colombia", "Micronesia"]
RL(d, FF, "called-for", FFNPT, None, "Vanuatu, Fiji, Solomon Islands, Tonga, Niue, Timor-Leste, Antigua and Barbuda, Palau, Samoa, Nauru, Colombia "
   "and the Federated States of Micronesia have all joined the call for such a treaty")
R(d, "Tuvalu", RATIFIED, BBNJ, "2025", "Earlier this year, Tuvalu deposited its instrument of ratification of the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction")
# Sixty ratifications (unnamed) and entry into force in January: nothing.
R(d, "Tuvalu", "called-for", BBNJ, D, "We urge every Member State that has not yet done so to ratify it before the first Conference of the Parties.")
R(d, PIF, "adopted", STATEHOOD, "2023-11", "in November 2023, the Pacific Islands Forum Leaders adopted the Declaration on the Continuity of Statehood")
R(d, "Tuvalu", "called-for", STATEHOOD, D, "Tuvalu calls on all Member States to endorse that Declaration.")
# The constitutional amendment of 2023: domestic.
RL(d, ["Tuvalu", "Australia"], "signed", FALEPILI, "2023-11", "Tuvalu's Prime Minister and the Prime Minister of Australia signed the Falepili Union Treaty in November 2023.")
# Entry into force on 28 August 2024 and the mobility pathway: nothing.
R(d, PIF, "adopted", S2050, "2022", "In 2022 the Forum Leaders also adopted the 2050 Strategy for the Blue Pacific Continent")
R(d, "Tuvalu", COMMITTED, S2050, D, "Tuvalu remains fully committed to the 2050 Strategy")
R(d, "Tuvalu", NOTRATIFIED, WTOFS, None, "Tuvalu has not yet accepted the WTO Agreement on Fisheries Subsidies", negated=True,
  alt=["we expect to deposit it before the Fourteenth Ministerial Conference in Yaoundé"])
R(d, "Tuvalu", "supported", WTOFS, "2022-06", "we voted for it at the Twelfth Ministerial Conference in Geneva in June 2022")

# ===================== 13 (Kazakhstan, Conference on Disarmament high-level segment; Geneva, 26 February 2019) =====================
d = "13.txt"
D = "2019-02-26"
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
R6435 = ("General Assembly resolution 64/35", ["resolution 64/35", "A/RES/64/35"])
UDNWFW = ("Universal Declaration on the Achievement of a Nuclear-Weapon-Free World", ["resolution 70/57", "A/RES/70/57"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ", "Semipalatinsk Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
CANP = ("Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["CANWFZ Protocol", "Protocol on negative security assurances"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
INF = ("Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles", ["INF Treaty", "Intermediate-Range Nuclear Forces Treaty"])
FMCT = ("fissile material cut-off treaty", ["FMCT"])
# Poland's presidency; the 1991 closure decree (domestic); the renounced arsenal: nothing.
R(d, "Kazakhstan", ACCEDED, NPT, "1994", "Kazakhstan acceded to the Treaty on the Non-Proliferation of Nuclear Weapons as a non-nuclear-weapon State in 1994")
R(d, GA, "adopted", R6435, "2009", "the General Assembly in 2009 adopted resolution 64/35")
R(d, GA, "adopted", UDNWFW, "2015-12-07", "on 7 December 2015, the General Assembly adopted the Universal Declaration on the Achievement of a Nuclear-Weapon-Free World")
R(d, "Kazakhstan", ["co-sponsored", "supported"], UDNWFW, None, "which Kazakhstan had drafted and introduced", required=False)
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "was signed at Semipalatinsk on 8 September 2006 by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan")
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", CANP, "2014-05-06",
   "was signed in New York on 6 May 2014 by China, France, the Russian Federation, the United Kingdom and the United States")
# "Four of the five have since ratified": which four is resolvable only by elimination from the next sentence; a careful annotator may record them.
RL(d, ["China", "France", "Russian Federation", "United Kingdom"], RATIFIED, CANP, None, "Four of the five have since ratified the Protocol.", required=False)
R(d, "United States", NOTRATIFIED, CANP, None, "The United States has not, and we call on Washington to complete that step.", negated=True)
R(d, "Kazakhstan", "called-for", CANP, D, "we call on Washington to complete that step", required=False)
R(d, "Kazakhstan", RATIFIED, CTBT, "2002", "Kazakhstan ratified the Comprehensive Nuclear-Test-Ban Treaty in 2002")
R(d, "Kazakhstan", "called-for", CTBT, D, "today I renew our call on the eight remaining Annex 2 States to sign and ratify it without further delay")
# The Treaty "opened for signature" and not in force: nothing.
R(d, "Kazakhstan", "signed", TPNW, "2018-03-02", "On 2 March last year, in New York, Foreign Minister Yerlan Suleimenov of Kazakhstan signed the Treaty on the Prohibition of Nuclear Weapons.")
R(d, "Kazakhstan", NOTBOUND, TPNW, None, "we expect Kazakhstan to become a State Party this year", negated=True)
# The ratification law before Parliament: domestic.
R(d, "United States", NOTBOUND, INF, None, "the United States announced its withdrawal from the INF Treaty", negated=True)
R(d, "Russian Federation", NOTBOUND, INF, None, "the Russian Federation suspended its own obligations under it", negated=True, required=False)
# "We urge both parties to use the remaining six months to preserve the Treaty" is not a call to join.
R(d, "Kazakhstan", "called-for", FMCT, D, "Kazakhstan supports the immediate commencement of negotiations on a fissile material cut-off treaty", required=False)

# ===================== 14 (Greek MFA, joint press conference after the Greece-Egypt EEZ signing, transcript with interpretation; Cairo, 6 August 2020) =====================
d = "14.txt"
D = "2020-08-06"
GREG = ("Agreement between the Arab Republic of Egypt and the Hellenic Republic on the delimitation of the exclusive economic zone", ["Greece-Egypt agreement",
        "Egypt-Greece agreement", "Greece-Egypt EEZ agreement", "Greece-Egypt agreement on the delimitation of maritime zones"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
EGCY = ("Egypt-Cyprus agreement on the delimitation of the exclusive economic zones", ["Egypt-Cyprus EEZ agreement", "agreement on the delimitation of their exclusive economic zones"])
GRIT = ("Greece-Italy agreement delimiting their respective maritime zones in the Ionian Sea", ["Greece-Italy maritime zones agreement", "Greece-Italy EEZ agreement"])
GRIT77 = ("1977 Greece-Italy continental shelf agreement", ["1977 continental shelf agreement"])
TRLY = ("Turkey-Libya memorandum on the delimitation of maritime jurisdiction areas", ["Turkey-Libya memorandum", "Turkey-Libya MoU", "memorandum"])
EMGF = ("Statute of the East Mediterranean Gas Forum", ["EMGF Statute", "East Mediterranean Gas Forum Statute"])
RL(d, ["Egypt", "Greece"], "signed", GREG, D, "Foreign Minister Petridis and I signed the Agreement between the Arab Republic of Egypt and the Hellenic Republic")
RL(d, ["Egypt", "Greece"], PARTY, UNCLOS, None, "to which both Egypt and Greece are parties")
RL(d, ["Egypt", "Cyprus"], "signed", EGCY, "2003", "Egypt and Cyprus signed an agreement on the delimitation of their exclusive economic zones in 2003")
# Referral to the House of Representatives "for approval": domestic.
RL(d, ["Greece", "Italy"], "signed", GRIT, "2020-06-09", "On 9 June, in Athens, Greece and Italy signed an agreement delimiting their respective maritime zones in the Ionian Sea")
RL(d, ["Greece", "Italy"], PARTY, GRIT77, None, "building on their 1977 continental shelf agreement", required=False)
RL(d, ["Türkiye", "Libya"], "signed", TRLY, "2019-11", "the so-called memorandum that Turkey and the Government of National Accord of Libya signed in November 2019")
R(d, "Türkiye", NOTBOUND, UNCLOS, None, "Turkey is not a party to the Law of the Sea Convention", negated=True)
R(d, "Greece", NOTRATIFIED, GREG, None, "Greece will submit the agreement to the Hellenic Parliament for ratification in the coming weeks", negated=True)
RL(d, ["Greece", "Egypt"], "signed", EMGF, None, "Greece and Egypt will sign the Statute of the East Mediterranean Gas Forum in September", negated=True)
# The Forum's headquarters in Cairo; ERT's question; the optional-clause declaration of 2015 (not a treaty action): nothing.
R(d, "Greece", "called-for", UNCLOS, D, "We call on Turkey to accede to the United Nations Convention on the Law of the Sea")
# "The agreement we signed today" repeats the signature; further consultations: nothing.

# ===================== 15 (General Assembly, Summit of the Future opening plenary, unofficial transcript; New York, 22 September 2024) =====================
d = "15.txt"
D = "2024-09-22"
PACT = ("Pact for the Future", ["resolution 79/1", "A/RES/79/1", "A/79/L.2"])
GDC = ("Global Digital Compact", ["GDC"])
DFG = ("Declaration on Future Generations", ["Declaration on Future Generations (annex II to the Pact for the Future)"])
BBNJ = ("High Seas Treaty", ["BBNJ Agreement", "BBNJ", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
ESCAZU = ("Escazú Agreement", ["Escazu Agreement", "Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW"])
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
# The amendment A/79/L.3, the African Group's motion for no action and the recorded vote on that motion (including the six States
# voting against) concern a procedural motion, not an instrument: nothing.
R(d, GA, "adopted", PACT, D, "The Assembly has thereby adopted the Pact for the Future", alt=["It is so decided."])
R(d, GA, "adopted", GDC, D, "with its two annexes, the Global Digital Compact and the Declaration on Future Generations, as resolution 79/1")
R(d, GA, "adopted", DFG, D, "with its two annexes, the Global Digital Compact and the Declaration on Future Generations, as resolution 79/1")
# "The Pact commits you to reform": not a commitment by a named actor to an instrument.
R(d, SG, "called-for", BBNJ, D, "I also urge every country that has not yet done so to sign and ratify the High Seas Treaty")
R(d, "Russian Federation", ["supported", "endorsed"], PACT, D, "The Russian Federation distances itself from the consensus on this document", negated=True)
R(d, "Belarus", ["supported", "endorsed"], PACT, D, "Belarus did not join the consensus on the Pact for the Future", negated=True)
QEU = "The European Union and its Member States fully endorse the Pact for the Future and its two annexes."
for i in (PACT, GDC, DFG):
    R(d, "European Union", ENDORSED + ["supported"], i, D, QEU)
# Co-facilitators Germany and Namibia; "several of our Member States" (unnamed): nothing.
R(d, "European Union", "signed", BBNJ, "2023-09", "The European Union signed the BBNJ Agreement last year, in September 2023")
R(d, "European Union", NOTRATIFIED, BBNJ, None, "is now completing its ratification", negated=True)
R(d, "Mexico", ["supported", "endorsed"], PACT, D, "Mexico joined the consensus with enthusiasm.")
R(d, "Mexico", RATIFIED, ESCAZU, "2020", "Mexico is proud to have been one of the first countries to ratify the Escazú Agreement, in 2020")
R(d, "Germany", ["supported", "endorsed"], GDC, D, "Germany supports the Global Digital Compact in full")
# Germany's hosting of a review conference; Namibia's call to implement: nothing.
R(d, "Sierra Leone", ENDORSED + ["supported"], PACT, D, "Sierra Leone fully endorses the Pact.")
R(d, "Sierra Leone", RATIFIED, TPNW, "2023", "Sierra Leone ratified the Treaty on the Prohibition of Nuclear Weapons last year")
R(d, "Sierra Leone", "called-for", TPNW, D, "we call on all States to join it")

# ===================== 16 (WHA78 plenary, provisional transcript, adoption of the WHO Pandemic Agreement; Geneva, 20 May 2025) =====================
d = "16.txt"
D = "2025-05-20"
Y = "2025-05-19"   # "Yesterday afternoon", the Committee A vote
WHA = ["World Health Assembly", "Health Assembly", "WHA", "Seventy-eighth World Health Assembly"]
DG = ["WHO Director-General", "Director-General of the World Health Organization", "Director-General", "World Health Organization"]
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control"])
IHR = ("amendments to the International Health Regulations (2005)", ["IHR amendments", "2024 IHR amendments", "International Health Regulations amendments"])
ABST = ["Bulgaria", "Egypt", "Guatemala", "Iran", "Israel", "Italy", "Jamaica", "Netherlands", "Poland", "Russian Federation", "Slovakia"]
QAB = ("The Member States that abstained were: Bulgaria, Egypt, Guatemala, Iran (Islamic Republic of), Israel, Italy, Jamaica, Netherlands, Poland, "
       "Russian Federation and Slovakia.")
ALTAB = {"Poland": ["Poland abstained in Committee A"], "Italy": ["Italy abstained yesterday to reaffirm the principle of national sovereignty"],
         "Slovakia": ["Slovakia dissociates itself from resolution WHA78.1."]}
for a in ABST:
    R(d, a, "supported", PA, Y, QAB, negated=True, alt=ALTAB.get(a))
# "124 in favour" is unnamed; Committee A's approval and Slovakia's request for a vote: nothing of their own.
R(d, WHA, "adopted", PA, D, "The Health Assembly has adopted the WHO Pandemic Agreement.", alt=["It is so decided."])
R(d, WHA, "adopted", FCTC, "2003", "the WHO Framework Convention on Tobacco Control, which this Assembly adopted in 2003")
# Opening for signature and entry into force after sixty ratifications: nothing.
R(d, DG, "called-for", PA, D, "I call on all Member States to sign and ratify the Agreement as soon as it opens for signature.")
R(d, WHA, "adopted", IHR, "2024-06-01", "on 1 June 2024, this Assembly adopted the amendments to the International Health Regulations (2005)")
R(d, DG, "called-for", IHR, D, "I urge every State Party to accept them.")
R(d, "Ghana", ["co-sponsored", "supported"], PA, None, "Ghana co-sponsored resolution WHA78.1")
R(d, "Ghana", RATIFIED, FCTC, "2004", "Ghana ratified the Framework Convention on Tobacco Control in 2004")
R(d, "Ghana", "signed", PA, None, "it will be among the first countries to sign the Pandemic Agreement", negated=True)
R(d, "Poland", "signed", PA, None, "Poland therefore will not sign the Agreement in its current form.", negated=True)
R(d, "Italy", "signed", PA, None, "We will not sign until the annex is adopted", negated=True)
R(d, "Bangladesh", "supported", PA, Y, "Bangladesh voted in favour in Committee A yesterday and fully supports the Agreement.")
R(d, "Bangladesh", "called-for", PA, D, "we call on all Member States to ratify the Agreement quickly")
# Slovakia's dissociation repeats its negated support (same tuple, first quote kept). The United States' non-participation in the
# negotiations and Argentina's withdrawal from the Organization (an organisation, not an instrument): nothing. The IGWG: nothing.
gold.finish(MIN_CHARS, MAX_CHARS)
