#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and same checks as corpus/probe4/tools/build_gold.py (the helpers and checks are
imported from corpus/tools/gold.py, not copied)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
APOSTILLE = ("Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
             ["Apostille Convention", "Hague Apostille Convention", "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents"])
ABDUCTION = ("Convention of 25 October 1980 on the Civil Aspects of International Child Abduction",
             ["Hague Child Abduction Convention", "Child Abduction Convention", "Convention on the Civil Aspects of International Child Abduction"])
ADOPTION = ("Convention of 29 May 1993 on Protection of Children and Co-operation in Respect of Intercountry Adoption",
            ["Hague Intercountry Adoption Convention", "Intercountry Adoption Convention", "Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption"])
NYC = ("Convention on the Recognition and Enforcement of Foreign Arbitral Awards", ["New York Convention", "New York Convention 1958"])
CISG = ("United Nations Convention on Contracts for the International Sale of Goods", ["CISG", "Convention on Contracts for the International Sale of Goods"])
MORAT = ("Moratorium on the use of the death penalty", ["A/79/457/Add.2", "resolution on a moratorium on the use of the death penalty", "moratorium resolution"])
R77222 = ("resolution 77/222", ["A/RES/77/222", "resolution 77/222 on a moratorium on the use of the death penalty"])
DPRKRES = ("Situation of human rights in the Democratic People's Republic of Korea", ["resolution on the situation of human rights in the Democratic People's Republic of Korea"])
GAZA = ("draft resolution S/2024/835", ["S/2024/835", "draft resolution demanding an immediate, unconditional and permanent ceasefire in Gaza"])
R2735 = ("resolution 2735 (2024)", ["S/RES/2735 (2024)", "resolution 2735"])
R2728 = ("resolution 2728 (2024)", ["S/RES/2728 (2024)", "resolution 2728"])
IRANFFM = ("resolution A/HRC/S-35/L.1 on the deteriorating human rights situation in the Islamic Republic of Iran",
           ["A/HRC/S-35/L.1", "resolution S-35/1", "resolution establishing an independent international fact-finding mission on the Islamic Republic of Iran"])
R4924 = ("resolution 49/24", ["A/HRC/RES/49/24", "Human Rights Council resolution 49/24"])
UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "UN cybercrime treaty", "Convention against Cybercrime"])
R74247 = ("resolution 74/247", ["General Assembly resolution 74/247", "A/RES/74/247"])
BUDAPEST = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime", "ETS No. 185"])
SECOND = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
          ["Second Additional Protocol", "Second Protocol", "CETS No. 224", "Second Additional Protocol to the Budapest Convention"])
FIRSTP = ("Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems",
          ["first Additional Protocol", "First Protocol", "ETS No. 189", "First Additional Protocol to the Budapest Convention"])
AICONV = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
          ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention", "Council of Europe AI treaty"])
BLETCHLEY = ("Bletchley Declaration", ["Bletchley Declaration by Countries Attending the AI Safety Summit"])
IHRAM = ("2024 amendments to the International Health Regulations", ["amendments to the International Health Regulations", "IHR amendments", "International Health Regulations amendments"])
PANDEMIC = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
WHOCONST = ("Constitution of the World Health Organization", ["WHO Constitution"])
AMA = ("Treaty for the Establishment of the African Medicines Agency", ["African Medicines Agency Treaty", "AMA Treaty"])
MEDICRIME = ("Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health",
             ["MEDICRIME Convention", "Medicrime Convention"])
RAMSAR = ("Convention on Wetlands of International Importance especially as Waterfowl Habitat", ["Ramsar Convention", "Convention on Wetlands"])
CITES = ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"])
CMS = ("Convention on the Conservation of Migratory Species of Wild Animals", ["CMS", "Convention on Migratory Species"])
WUHAN = ("Wuhan Declaration", ["Wuhan Declaration on wetlands"])
MAPUTO = ("Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", ["Maputo Protocol"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC", "African Children's Charter"])
UNCAC = ("United Nations Convention against Corruption", ["UNCAC", "Convention against Corruption"])
AUCPCC = ("African Union Convention on Preventing and Combating Corruption", ["AUCPCC", "AU Convention on Preventing and Combating Corruption"])
POLDEC = ("Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation",
          ["political declaration adopted by the General Assembly at its special session against corruption", "UNGASS 2021 political declaration", "political declaration"])
L7 = ("draft resolution CAC/COSP/2023/L.7 on strengthening the use of beneficial ownership information", ["CAC/COSP/2023/L.7", "resolution on beneficial ownership information"])
OECDAB = ("OECD Convention on Combating Bribery of Foreign Public Officials in International Business Transactions", ["OECD Anti-Bribery Convention", "Anti-Bribery Convention"])
UNTOC = ("United Nations Convention against Transnational Organized Crime", ["UNTOC", "Palermo Convention"])
TIP = ("Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", ["Trafficking Protocol", "Trafficking in Persons Protocol"])
SOM = ("Protocol against the Smuggling of Migrants by Land, Sea and Air", ["Smuggling Protocol", "Smuggling of Migrants Protocol"])
FIRE = ("Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition", ["Firearms Protocol"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT"])
ERITREA = ("draft resolution A/HRC/56/L.12 on the situation of human rights in Eritrea", ["A/HRC/56/L.12", "Situation of human rights in Eritrea", "resolution on the situation of human rights in Eritrea"])
REFCONV = ("Convention relating to the Status of Refugees", ["1951 Refugee Convention", "1951 Convention relating to the Status of Refugees", "Refugee Convention"])
REFPROT = ("Protocol relating to the Status of Refugees", ["1967 Protocol", "1967 Protocol relating to the Status of Refugees"])
ARTEMIS = ("Artemis Accords", [])
OST = ("Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies", ["Outer Space Treaty"])
MOON = ("Agreement Governing the Activities of States on the Moon and Other Celestial Bodies", ["Moon Agreement", "1979 Moon Agreement"])
RESCUE = ("Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space", ["Rescue Agreement"])
FRAME = ("Framework Agreement for Cooperation in Aeronautics and the Exploration and Use of Airspace and Outer Space for Peaceful Purposes",
         ["Framework Agreement", "United States-Thailand Framework Agreement on space cooperation"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["GCM", "Global Compact for Migration", "resolution 73/195", "A/RES/73/195"])
GCR = ("Global Compact on Refugees", ["resolution 73/151", "A/RES/73/151"])
PROGDEC = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "resolution 76/266"])
R76300 = ("resolution 76/300", ["A/RES/76/300", "The human right to a clean, healthy and sustainable environment",
                                "resolution on the human right to a clean, healthy and sustainable environment"])
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement"])
GLASGOW = ("Glasgow Leaders' Declaration on Forests and Land Use", ["Glasgow Leaders' Declaration on Forests", "Glasgow Declaration on Forests"])
GMP = ("Global Methane Pledge", [])

# ---- actors with alternative names ----
ALT = alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Lao PDR", "Venezuela", "Bolivia", "Czechia", "Netherlands", "Côte d'Ivoire", "Marshall Islands", "Republic of Moldova", "European Union", "Philippines", "Eswatini", "United Republic of Tanzania", "Cabo Verde", "Gambia", "Democratic Republic of the Congo", "Congo", "Sahrawi Arab Democratic Republic", "São Tomé and Príncipe", "Central African Republic", "Brunei Darussalam", "Cambodia", "Thailand", "Timor-Leste", "South Sudan", "Germany", "Kyrgyzstan", "Bhutan", "Ghana", "Costa Rica")
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council", "HRC"]
UNSG = ["UN Secretary-General", "United Nations Secretary-General", "Secretary-General", "António Guterres", "Antonio Guterres"]
ADHOC = ["Ad Hoc Committee on Cybercrime", "Ad Hoc Committee",
         "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes"]
COECM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
COEDSG = ["Council of Europe Deputy Secretary General", "Deputy Secretary General of the Council of Europe", "Bjørn Berge", "Council of Europe"]
WHA = ["World Health Assembly", "WHA", "Seventy-eighth World Health Assembly", "Seventy-seventh World Health Assembly", "World Health Organization", "WHO"]
COMMA = ["Committee A of the World Health Assembly", "Committee A", "World Health Assembly Committee A"]
RAMSARSG = ["Secretary General of the Convention on Wetlands", "Musonda Mumba", "Secretariat of the Convention on Wetlands", "Ramsar Secretariat", "Ramsar Convention Secretariat"]
RAMSARCOP = ["Conference of the Contracting Parties to the Convention on Wetlands", "Conference of the Contracting Parties", "COP14", "Ramsar COP14", "Ramsar COP"]
AUASM = ["Assembly of the African Union", "African Union Assembly", "African Union", "AU", "Assembly of Heads of State and Government of the African Union"]
ERAC = ["Equal Rights Africa Coalition"]
IGC = ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "intergovernmental conference",
       "Marrakesh intergovernmental conference", "Intergovernmental Conference on the Global Compact for Migration"]
EP = ["European Parliament"]
WTOMC = ["WTO Ministerial Conference", "Twelfth Ministerial Conference of the WTO", "Ministerial Conference", "World Trade Organization", "WTO", "MC12"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

SIGNDECL = ["signed", "endorsed"]


# ===================== 01 =====================
d = "01_mfa_cambodia_apostille_accession.txt"
R(d, "Cambodia", "acceded", APOSTILLE, "2025-02-04",
  "on 4 February 2025 the Ambassador of the Kingdom of Cambodia to the Kingdom of the Netherlands, H.E. Mr. Sok Vannak, has deposited to the Ministry of Foreign Affairs of the Kingdom of the Netherlands, in its capacity of depositary, the instrument of accession of the Kingdom of Cambodia to the Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
  alt=["With this accession Cambodia is joining its neighbours of ASEAN"])
R(d, "Cambodia", "party", APOSTILLE, None, "the Kingdom of Cambodia will become a full Contracting Party only in the month of October 2025", negated=True)
R(d, "Brunei Darussalam", ["party", "acceded", "ratified"], APOSTILLE, "1987", "Brunei Darussalam is a Contracting Party of the Convention since 1987")
R(d, "Philippines", ["acceded", "party"], APOSTILLE, "2018", "the Philippines acceded to it in 2018")
R(d, "Indonesia", ["acceded", "party"], APOSTILLE, "2021", "the accession by Indonesia followed in 2021")
R(d, "Singapore", JOINED, APOSTILLE, "2021", "Singapore has joined in the same year.")
tq = "Thailand, Viet Nam and the Lao People's Democratic Republic are not Contracting Parties yet"
R(d, "Thailand", NOTBOUND, APOSTILLE, None, tq, negated=True, alt=["the Government of Thailand has announced its intention to accede"])
RL(d, ["Viet Nam", "Lao PDR"], NOTBOUND, APOSTILLE, None, tq, negated=True)
RL(d, ["Malaysia", "Myanmar"], JOINED, APOSTILLE, None, "Neither Malaysia nor Myanmar has taken this step.", negated=True)
R(d, "Cambodia", JOINED, ABDUCTION, None,
  "the Royal Government intends to accede to the Convention of 25 October 1980 on the Civil Aspects of International Child Abduction", negated=True,
  alt=["the inter-ministerial working group has already started to prepare the necessary documents"])
R(d, "Cambodia", JOINED, ADOPTION, None,
  "Cambodia is also considering the accession to the Convention of 29 May 1993 on Protection of Children and Co-operation in Respect of Intercountry Adoption", negated=True)
R(d, "Cambodia", ["party", "acceded", "ratified"], NYC, "1960",
  "the Kingdom of Cambodia is a Party of the Convention on the Recognition and Enforcement of Foreign Arbitral Awards (New York, 1958) since 1960")
R(d, "Cambodia", ["acceded", "party"], CISG, "2014", "in 2014 it acceded to the United Nations Convention on Contracts for the International Sale of Goods")

# ===================== 02 =====================
d = "02_un_ga_death_penalty_moratorium_vote.txt"
DAY = "2024-12-17"
R(d, GA, "adopted", MORAT, DAY,
  "The resolution \"Moratorium on the use of the death penalty\" (document A/79/457/Add.2) was adopted by a recorded vote of 130 in favour to 32 against, with 22 abstentions.")
R(d, TC, "adopted", MORAT, "2024-11-19", "The Third Committee had approved the draft on 19 November")
task = ["Albania", "Angola", "Brazil", "Dominican Republic", "Italy", "Mexico", "Mongolia", "New Zealand", "Philippines", "Switzerland", "Timor-Leste"]
assert len(task) == 11
RL(d, task, "co-sponsored", MORAT, None,
   "The text was prepared by an interregional task force of 11 States — Albania, Angola, Brazil, Dominican Republic, Italy, Mexico, Mongolia, New Zealand, Philippines, Switzerland and Timor-Leste —")
against = ["Afghanistan", "Antigua and Barbuda", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belize", "Brunei Darussalam", "China",
           "Democratic People's Republic of Korea", "Dominica", "Egypt", "Grenada", "India", "Iran", "Iraq", "Jamaica", "Japan", "Kuwait", "Libya",
           "Maldives", "Oman", "Pakistan", "Qatar", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Saudi Arabia",
           "Singapore", "Sudan", "Syria", "United States"]
assert len(against) == 32
aq = ("The following delegations voted against: Afghanistan, Antigua and Barbuda, Bahamas, Bahrain, Bangladesh, Barbados, Belize, Brunei Darussalam, "
      "China, Democratic People's Republic of Korea, Dominica, Egypt, Grenada, India, Iran (Islamic Republic of), Iraq, Jamaica, Japan, Kuwait, Libya, "
      "Maldives, Oman, Pakistan, Qatar, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Saudi Arabia, Singapore, Sudan, "
      "Syrian Arab Republic, United States.")
for a in against:
    alt = {"United States": ["The representative of the United States, explaining her delegation's vote against"],
           "Japan": ["Japan's delegate said his Government had voted no"]}.get(a)
    R(d, a, "supported", MORAT, DAY, aq, negated=True, alt=alt)
for a in ["Belarus", "Cuba", "Lebanon", "Viet Nam"]:
    R(d, a, "supported", MORAT, DAY, "The 22 abstentions included Belarus, Cuba, Lebanon and Viet Nam.", negated=True,
      alt=["Viet Nam, which abstained"] if a == "Viet Nam" else None)
R(d, "Zimbabwe", "supported", MORAT, DAY, "Zimbabwe's representative said his country, which voted in favour for the first time")
R(d, "Malaysia", "supported", MORAT, DAY, "Malaysia, which also voted in favour")
R(d, GA, "adopted", R77222, "2022-12", "resolution 77/222 of December 2022, had been adopted by 125 votes in favour")
R(d, GA, "adopted", DPRKRES, DAY,
  "Also today, the Assembly adopted without a vote the resolution on the \"Situation of human rights in the Democratic People's Republic of Korea\".")

# ===================== 03 =====================
d = "03_un_sc_gaza_ceasefire_draft_veto.txt"
DAY = "2024-11-20"
R(d, UNSC, "adopted", GAZA, None, "The Security Council this morning failed to adopt a draft resolution", negated=True, required=False)
e10 = ["Algeria", "Ecuador", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland"]
fq = ("Voting in favour were the 10 elected members that had drafted it — Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, the Republic of Korea, "
      "Sierra Leone, Slovenia and Switzerland — and China, France, the Russian Federation and the United Kingdom.")
for a in e10 + ["China", "France", "Russian Federation", "United Kingdom"]:
    alt = {"Slovenia": ["Slovenia's delegate, whose country also voted in favour"],
           "United Kingdom": ["The representative of the United Kingdom, which voted in favour"],
           "Russian Federation": ["this time it had supported the elected members' draft"]}.get(a)
    R(d, a, "supported", GAZA, DAY, fq, alt=alt)
RL(d, e10, "co-sponsored", GAZA, None,
   "the 10 elected members that had drafted it — Algeria, Ecuador, Guyana, Japan, Malta, Mozambique, the Republic of Korea, Sierra Leone, Slovenia and Switzerland —")
R(d, "United States", "supported", GAZA, DAY, "The draft (document S/2024/835) received 14 votes in favour to 1 against (United States).", negated=True,
  alt=["Explaining her delegation's veto, the representative of the United States"])
R(d, UNSC, "adopted", R2735, "2024-06-10", "resolution 2735 (2024), which the Council adopted on 10 June")
R(d, "United States", "co-sponsored", R2735, None, "Washington had, she recalled, drafted resolution 2735 (2024)")
R(d, "Algeria", "supported", R2735, "2024-06-10", "Algeria had voted for resolution 2735 in June")
R(d, "Russian Federation", "supported", R2735, "2024-06-10", "his delegation had abstained in the vote on resolution 2735 (2024)", negated=True)
R(d, UNSC, "adopted", R2728, "2024-03", "resolution 2728 (2024), which the Council adopted in March with the United States abstaining")
R(d, "United States", "supported", R2728, "2024-03", "resolution 2728 (2024), which the Council adopted in March with the United States abstaining", negated=True)

# ===================== 04 =====================
d = "04_hrc_special_session_iran_vote.txt"
DAY = "2022-11-24"
R(d, HRC, "adopted", IRANFFM, DAY, "The resolution (A/HRC/S-35/L.1) was adopted by a recorded vote of 25 in favour, 6 against and 16 abstentions.",
  alt=["after adopting a resolution by which it decided to establish an independent international fact-finding mission"])
fav = ["Argentina", "Benin", "Côte d'Ivoire", "Czechia", "Finland", "France", "Gambia", "Germany", "Honduras", "Japan", "Lithuania", "Luxembourg",
       "Malawi", "Marshall Islands", "Mexico", "Montenegro", "Netherlands", "Paraguay", "Poland", "Republic of Korea", "Senegal", "Somalia", "Ukraine",
       "United Kingdom", "United States"]
assert len(fav) == 25
fq = ("In favour (25): Argentina, Benin, Côte d'Ivoire, Czechia, Finland, France, Gambia, Germany, Honduras, Japan, Lithuania, Luxembourg, Malawi, "
      "Marshall Islands, Mexico, Montenegro, Netherlands, Paraguay, Poland, Republic of Korea, Senegal, Somalia, Ukraine, United Kingdom of Great Britain "
      "and Northern Ireland and United States of America.")
for a in fav:
    R(d, a, "supported", IRANFFM, DAY, fq, alt=["Mexico, which voted in favour"] if a == "Mexico" else None)
ag = ["Armenia", "China", "Cuba", "Eritrea", "Pakistan", "Venezuela"]
for a in ag:
    alt = {"China": ["his delegation would vote against"],
           "Pakistan": ["Pakistan, speaking also on behalf of a group of countries, said it could not support a country-specific mechanism"]}.get(a)
    R(d, a, "supported", IRANFFM, DAY, "Against (6): Armenia, China, Cuba, Eritrea, Pakistan and Venezuela (Bolivarian Republic of).", negated=True, alt=alt)
ab = ["Bolivia", "Brazil", "Cameroon", "Gabon", "India", "Indonesia", "Kazakhstan", "Libya", "Malaysia", "Mauritania", "Namibia", "Nepal", "Qatar",
      "Sudan", "United Arab Emirates", "Uzbekistan"]
assert len(ab) == 16
bq = ("Abstentions (16): Bolivia (Plurinational State of), Brazil, Cameroon, Gabon, India, Indonesia, Kazakhstan, Libya, Malaysia, Mauritania, Namibia, "
      "Nepal, Qatar, Sudan, United Arab Emirates and Uzbekistan.")
for a in ab:
    R(d, a, "supported", IRANFFM, DAY, bq, negated=True,
      alt=["Brazil's representative, explaining the abstention of her delegation"] if a == "Brazil" else None)
pq = "The special session had been requested by Germany and Iceland, with the support of 44 States, and the draft was presented by the two countries jointly."
R(d, "Germany", "co-sponsored", IRANFFM, None, pq, alt=["Introducing it, Annalena Baerbock, Minister for Foreign Affairs of Germany"])
R(d, "Iceland", "co-sponsored", IRANFFM, None, pq)
R(d, "Germany", "called-for", IRANFFM, DAY, "urged all members of the Council to vote in favour of the text")
R(d, HRC, "adopted", R4924, "2022-04", "The Council had renewed the mandate of the Special Rapporteur on the situation of human rights in the Islamic Republic of Iran at its forty-ninth session, in April 2022, through resolution 49/24.")

# ===================== 05 =====================
d = "05_wire_hanoi_cybercrime_convention_signing.txt"
DAY = "2025-10-25"
R(d, "Viet Nam", "signed", UNCC, DAY, "The host, Viet Nam, signed first")
RL(d, ["China", "Russian Federation", "Brazil", "South Africa", "Egypt", "Indonesia", "Thailand", "Cuba", "Iran"], "signed", UNCC, DAY,
   "followed by China, the Russian Federation, Brazil, South Africa, Egypt, Indonesia, Thailand, Cuba and Iran")
R(d, "European Union", "signed", UNCC, DAY, "The European Union signed as a bloc")
RL(d, ["France", "Portugal"], "signed", UNCC, DAY, "France and Portugal signed in their own name")
R(d, "United Kingdom", "signed", UNCC, DAY, "The United Kingdom also signed")
R(d, "United States", "signed", UNCC, None, "The United States did not sign.", negated=True, alt=["Washington was still reviewing the text"])
R(d, "Canada", "signed", UNCC, None, "Canada's delegation said Ottawa was considering whether to sign at a later date", negated=True)
R(d, "India", "signed", UNCC, None, "India, which sent only an observer, has yet to decide", negated=True)
R(d, UNSG, "called-for", UNCC, DAY, "urging countries to ratify it quickly so that it could enter into force")
R(d, "Viet Nam", NOTRATIFIED, UNCC, None, "Vietnamese President Luong Cuong said his country would ratify the treaty \"as soon as possible\"", negated=True)
R(d, GA, "adopted", UNCC, "2024-12-24", "The General Assembly adopted the convention without a vote on 24 December 2024")
R(d, ADHOC, "adopted", UNCC, "2024-08-08", "the Ad Hoc Committee that negotiated it approved the final draft by consensus on 8 August 2024 in New York")
R(d, GA, "adopted", R74247, "2019-12", "General Assembly resolution 74/247, a Russian-drafted text adopted by a recorded vote in December 2019")
R(d, "Russian Federation", "co-sponsored", R74247, None, "a Russian-drafted text")
R(d, "United States", "supported", R74247, "2019-12", "adopted by a recorded vote in December 2019 over the objections of the United States", negated=True, required=False)
R(d, "Ukraine", ["party", "ratified", "acceded"], BUDAPEST, "2006", "Ukraine, a party to the Budapest Convention since 2006")
R(d, "Ukraine", "signed", UNCC, None, "Officials in Kyiv said the country had no plans to sign a treaty championed by Moscow.", negated=True)

# ===================== 06 =====================
d = "06_coe_webpage_budapest_second_protocol.txt"
DAY = "2024-11-14"
dq = ("Instruments of ratification of the Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic "
      "evidence (CETS No. 224) were deposited by Spain on 12 November 2024 and by Colombia on 13 November 2024.")
R(d, "Spain", "ratified", SECOND, "2024-11-12", dq)
R(d, "Colombia", "ratified", SECOND, "2024-11-13", dq)
R(d, COECM, "adopted", SECOND, "2021-11-17", "The Protocol was adopted by the Committee of Ministers on 17 November 2021")
R(d, "Serbia", "ratified", SECOND, "2023-05", "Earlier ratifications were those of Serbia (May 2023)")
R(d, "Japan", "ratified", SECOND, "2023-08", "Japan (August 2023)")
R(d, "Chile", "ratified", SECOND, "2024-02", "Chile (February 2024)")
R(d, "Argentina", "ratified", SECOND, "2024-06", "Argentina (June 2024)")
sq = "Signatories that have not yet ratified the Protocol include Canada, Morocco, Ukraine and the United States."
for a in ["Canada", "Morocco", "Ukraine", "United States"]:
    R(d, a, "signed", SECOND, None, sq)
    R(d, a, NOTRATIFIED, SECOND, None, sq, negated=True)
R(d, "Colombia", ["acceded", "party"], BUDAPEST, "2020", "Colombia, which acceded to the Budapest Convention (ETS No. 185) in 2020")
R(d, "Colombia", ["party", "ratified", "acceded"], FIRSTP, None,
  "is also a Party to its first Additional Protocol concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems (ETS No. 189)")
R(d, "Spain", ["party", "ratified", "acceded"], BUDAPEST, "2010", "Spain, a Party to the Convention since 2010")
R(d, "Spain", NOTRATIFIED, FIRSTP, None, "Spain, a Party to the Convention since 2010, has not ratified the First Protocol.", negated=True)
R(d, "Brazil", ["acceded", "party"], BUDAPEST, "2022-11", "The most recent accessions were those of Brazil, in November 2022")
R(d, "Cameroon", ["acceded", "party"], BUDAPEST, "2024-02", "and Cameroon, in February 2024")
R(d, "Kazakhstan", JOINED, BUDAPEST, None, "Kazakhstan, which was invited to accede in 2022, has yet to deposit its instrument.", negated=True)
R(d, COEDSG, "called-for", SECOND, DAY,
  "called on all Parties to the Budapest Convention that have not yet done so to sign and ratify the Second Protocol")
R(d, "Nigeria", "signed", SECOND, None, "Nigeria signs the Second Additional Protocol", required=False)
R(d, "Sierra Leone", JOINED, BUDAPEST, None, "Sierra Leone joins the Budapest Convention", required=False)

# ===================== 07 =====================
d = "07_explainer_coe_ai_framework_convention.txt"
R(d, COECM, "adopted", AICONV, "2024-05-17", "It was adopted by the Committee of Ministers of the Council of Europe on 17 May 2024")
vil = ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]
vq = ("where it was signed by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, as well as Israel, "
      "the United States and the European Union")
for a in vil:
    R(d, a, "signed", AICONV, "2024-09-05", vq, alt=["Washington signed under the previous administration."] if a == "United States" else None)
R(d, "Montenegro", "signed", AICONV, "2024-12", "Later signatories include Montenegro (December 2024)")
RL(d, ["Japan", "Canada"], "signed", AICONV, "2025-02", "Japan and Canada (both February 2025)")
R(d, "Switzerland", "signed", AICONV, "2025-03", "Switzerland (March 2025)")
R(d, "Lithuania", "signed", AICONV, None, "Lithuania, the host, has not signed yet.", negated=True)
R(d, "United Kingdom", NOTRATIFIED, AICONV, None, "The UK Government has said it will ratify once the necessary domestic measures are in place.", negated=True)
R(d, "Norway", NOTRATIFIED, AICONV, None, "Norway's ratification process has started", negated=True)
R(d, "European Union", ACCEPTED, AICONV, None,
  "the Commission has proposed a Council decision on the conclusion of the Convention on behalf of the Union, which the Council has not yet taken", negated=True)
R(d, "United States", NOTRATIFIED, AICONV, None,
  "The current administration has said it is reviewing the signature and does not intend to send the treaty to the Senate for advice and consent.", negated=True)
RL(d, ["Argentina", "Costa Rica", "Mexico", "Peru", "Uruguay"], "signed", AICONV, None,
   "Argentina, Costa Rica, Mexico, Peru and Uruguay took part in the negotiations but have not signed.", negated=True)
R(d, "Japan", NOTRATIFIED, AICONV, None, "Japan has said it is considering whether to ratify together with domestic AI legislation.", negated=True)
bq = "the Bletchley Declaration, signed at the AI Safety Summit in November 2023 by 28 countries, among them China, India and the United States, and by the EU"
RL(d, ["China", "India", "United States", "European Union"], ["endorsed", "signed"], BLETCHLEY, "2023-11", bq)

# ===================== 08 =====================
d = "08_newsletter_geneva_health_week_in_review.txt"
MON = "2025-05-19"
R(d, WHA, "adopted", IHRAM, "2024-06-01",
  "The 2024 amendments to the International Health Regulations (IHR), adopted by the Seventy-seventh World Health Assembly on 1 June 2024")
R(d, "United States", NOTBOUND, IHRAM, None, "The United States formally rejected the amendments on Friday 18 July", negated=True, required=False)
R(d, "Italy", NOTBOUND, IHRAM, None, "Italy's health ministry said this week that it, too, had notified WHO of its rejection.", negated=True, required=False)
R(d, WHA, "adopted", PANDEMIC, "2025-05-20",
  "the Seventy-eighth World Health Assembly adopted the WHO Pandemic Agreement on 20 May (resolution WHA78.1)")
R(d, COMMA, "adopted", PANDEMIC, MON,
  "Committee A had approved the text the day before by a recorded vote of 124 in favour to none against, with 11 abstentions")
for a in ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"]:
    R(d, a, "supported", PANDEMIC, MON, "with 11 abstentions, among them Poland, Israel, Italy, the Russian Federation, Slovakia and Iran", negated=True)
R(d, "United States", "supported", PANDEMIC, MON, "did not take part in the negotiations or in the vote", negated=True)
R(d, "Argentina", "supported", PANDEMIC, MON, "Argentina did not participate in the vote either", negated=True)
RL(d, ["Brazil", "South Africa", "Indonesia"], "signed", PANDEMIC, None,
   "This week Brazil, South Africa and Indonesia told the Intergovernmental Working Group on PABS that they intend to sign the Agreement as soon as it opens for signature.",
   negated=True)
R(d, "Switzerland", ACCEPTED, PANDEMIC, None,
  "Switzerland's Federal Council said it expects to submit the Agreement to Parliament for approval in 2026.", negated=True)
R(d, "Argentina", NOTBOUND, WHOCONST, None,
  "Argentina's Government confirmed on Tuesday that it had deposited its notification of withdrawal from the Constitution of the World Health Organization",
  negated=True, required=False)
R(d, "Nigeria", "ratified", AMA, "2025-07-23",
  "On Wednesday, Nigeria deposited its instrument of ratification of the Treaty for the Establishment of the African Medicines Agency")
R(d, "Côte d'Ivoire", "ratified", MEDICRIME, "2025-07-10",
  "Côte d'Ivoire ratified the Council of Europe's MEDICRIME Convention on counterfeit medical products on 10 July")
R(d, "Côte d'Ivoire", "party", MEDICRIME, None, "becoming the fourth African Party", required=False)
R(d, "Ghana", "signed", AMA, "2019", "Ghana signed the Treaty in 2019")
R(d, "Ghana", NOTRATIFIED, AMA, None, "Ghana signed the Treaty in 2019 but has not yet ratified it.", negated=True)

# ===================== 09 =====================
d = "09_ramsar_secretariat_timor_leste_accession.txt"
DAY = "2025-02-03"
R(d, "Timor-Leste", "acceded", RAMSAR, "2025-01-14",
  "The instrument of accession of Timor-Leste was deposited with the Director-General of UNESCO, the depositary of the Convention, on 14 January 2025.",
  alt=["the Democratic Republic of Timor-Leste has acceded to the Convention on Wetlands of International Importance especially as Waterfowl Habitat"])
R(d, "Timor-Leste", "party", RAMSAR, None, "when Timor-Leste will become the 173rd Contracting Party", negated=True)
R(d, RAMSARSG, "called-for", RAMSAR, DAY,
  "I call on the remaining UN Member States that are not yet Contracting Parties to join the Convention")
oq = "Twenty UN Member States are still outside the Convention. They include Eritrea, Haiti, Qatar, Singapore and Somalia."
for a in ["Eritrea", "Haiti", "Qatar", "Singapore", "Somalia"]:
    alt = {"Qatar": ["Qatar has informed the Secretariat that its accession process has started"],
           "Singapore": ["the Government is considering whether to accede"]}.get(a)
    R(d, a, NOTBOUND, RAMSAR, None, oq, negated=True, alt=alt)
R(d, "Timor-Leste", ["party", "acceded", "ratified"], CITES, "2023",
  "Timor-Leste is already a Party to the Convention on International Trade in Endangered Species of Wild Fauna and Flora (CITES), which it joined in 2023")
R(d, "Timor-Leste", JOINED, CMS, None,
  "the country would also accede to the Convention on the Conservation of Migratory Species of Wild Animals (CMS) later this year", negated=True)
R(d, "Zimbabwe", ["acceded", "party"], RAMSAR, "2013", "Zimbabwe, which acceded to the Convention in 2013")
R(d, RAMSARCOP, "adopted", WUHAN, "2022-11",
  "At COP14, held in Wuhan, China, and Geneva, Switzerland, in November 2022, the Conference of the Contracting Parties adopted the Wuhan Declaration")

# ===================== 10 =====================
d = "10_ngo_tracker_maputo_protocol.txt"
DAY = "2024-07-11"
R(d, AUASM, "adopted", MAPUTO, "2003-07-11", "Adopted: 11 July 2003, by the 2nd Ordinary Session of the Assembly of the African Union")
rat = ["Algeria", "Angola", "Benin", "Burkina Faso", "Cabo Verde", "Cameroon", "Comoros", "Congo", "Côte d'Ivoire", "Democratic Republic of the Congo",
       "Djibouti", "Equatorial Guinea", "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Kenya", "Lesotho", "Liberia",
       "Libya", "Malawi", "Mali", "Mauritania", "Mauritius", "Mozambique", "Namibia", "Nigeria", "Rwanda", "Sahrawi Arab Democratic Republic",
       "São Tomé and Príncipe", "Senegal", "Seychelles", "Sierra Leone", "South Africa", "South Sudan", "United Republic of Tanzania", "Togo", "Tunisia",
       "Uganda", "Zambia", "Zimbabwe"]
assert len(rat) == 44
rq = ("RATIFIED (44) Algeria, Angola, Benin, Burkina Faso, Cabo Verde, Cameroon, Comoros, Congo, Côte d'Ivoire, Democratic Republic of the Congo, Djibouti, "
      "Equatorial Guinea, Eswatini, Ethiopia, Gabon, Gambia, Ghana, Guinea, Guinea-Bissau, Kenya, Lesotho, Liberia, Libya, Malawi, Mali, Mauritania, "
      "Mauritius, Mozambique, Namibia, Nigeria, Rwanda, Sahrawi Arab Democratic Republic, São Tomé and Príncipe, Senegal, Seychelles, Sierra Leone, "
      "South Africa, South Sudan, Tanzania, Togo, Tunisia, Uganda, Zambia and Zimbabwe.")
dated = {"South Sudan": ("2023-06", "Latest deposits: South Sudan (June 2023)"),
         "Tunisia": ("2018-08", "Tunisia (August 2018)"),
         "Ethiopia": ("2018-03", "Ethiopia (March 2018)")}
for a in rat:
    if a in dated:
        dt, q = dated[a]
        R(d, a, ["ratified", "party"], MAPUTO, dt, q, alt=[rq])
    else:
        R(d, a, ["ratified", "party"], MAPUTO, None, rq,
          alt=["Several States ratified with reservations, among them Kenya and South Africa"] if a in ("Kenya", "South Africa") else None)
sg = ["Burundi", "Central African Republic", "Chad", "Eritrea", "Madagascar", "Niger", "Somalia", "Sudan"]
sq = "SIGNED, NOT RATIFIED (8) Burundi, Central African Republic, Chad, Eritrea, Madagascar, Niger, Somalia and Sudan."
for a in sg:
    R(d, a, "signed", MAPUTO, None, sq)
    R(d, a, NOTRATIFIED, MAPUTO, None, sq, negated=True,
      alt=["Madagascar: the Government expects to ratify before the end of 2025."] if a == "Madagascar" else None)
RL(d, ["Botswana", "Egypt", "Morocco"], "signed", MAPUTO, None, "NOT SIGNED (3) Botswana, Egypt and Morocco.", negated=True)
R(d, ERAC, "called-for", MAPUTO, DAY,
  "The Coalition calls on Burundi, Chad, Madagascar, Niger and Sudan to ratify the Maputo Protocol without reservations")
R(d, "Morocco", ["ratified", "party"], ACRWC, "2022", "Morocco ratified the Charter in 2022")
RL(d, ["Democratic Republic of the Congo", "Sahrawi Arab Democratic Republic", "Somalia", "Tunisia"], NOTRATIFIED, ACRWC, None,
   "Not yet ratified: Democratic Republic of the Congo, Sahrawi Arab Democratic Republic, Somalia and Tunisia.", negated=True)

# ===================== 11 =====================
d = "11_ghana_statement_uncac_cosp10.txt"
DAY = "2023-12-12"
R(d, "Ghana", "signed", UNCAC, "2004-12-09", "Ghana signed the United Nations Convention against Corruption on 9 December 2004")
R(d, "Ghana", "ratified", UNCAC, "2007-06-27", "ratified it on 27 June 2007")
R(d, "Ghana", ["ratified", "party"], AUCPCC, "2007",
  "We also ratified the African Union Convention on Preventing and Combating Corruption in the same year.")
R(d, "Ghana", "committed", UNCAC, DAY, "Ghana remains firmly committed to its full implementation")
tq = "We welcome the accession of Tonga and of Somalia to the Convention, in 2020 and 2021 respectively."
R(d, "Tonga", ["acceded", "party"], UNCAC, "2020", tq)
R(d, "Somalia", ["acceded", "party"], UNCAC, "2021", tq)
RL(d, ["Eritrea", "Democratic People's Republic of Korea"], NOTBOUND, UNCAC, None,
   "Only a handful of States remain outside it, among them Eritrea and the Democratic People's Republic of Korea", negated=True)
bq = "the Syrian Arab Republic and Barbados have signed but not yet ratified the Convention"
for a in ["Syria", "Barbados"]:
    R(d, a, "signed", UNCAC, None, bq)
    R(d, a, NOTRATIFIED, UNCAC, None, bq, negated=True)
R(d, "Ghana", "called-for", UNCAC, DAY, "We call upon them to join the Convention without delay.")
R(d, GA, "adopted", POLDEC, "2021-06", "the political declaration adopted by the General Assembly at its special session against corruption in June 2021")
R(d, "Ghana", "committed", POLDEC, DAY, "Ghana reaffirms its commitment to the political declaration")
RL(d, ["Ghana", "Kenya", "Norway"], "co-sponsored", L7, None,
   "Ghana is co-sponsoring, together with Kenya and Norway, draft resolution CAC/COSP/2023/L.7 on strengthening the use of beneficial ownership information")
R(d, "Ghana", "called-for", L7, DAY, "we invite all delegations to support its adoption by consensus")
R(d, "Ghana", JOINED, OECDAB, None,
  "my Government is considering whether to request accession to the OECD Convention on Combating Bribery of Foreign Public Officials in International Business Transactions",
  negated=True)

# ===================== 12 =====================
d = "12_un_depositary_notifications_untoc.txt"
R(d, GA, "adopted", UNTOC, "2000-11-15",
  "the United Nations Convention against Transnational Organized Crime (UNTOC), adopted by the General Assembly by resolution 55/25 of 15 November 2000")
pq = ("the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (the Trafficking Protocol) and the Protocol against "
      "the Smuggling of Migrants by Land, Sea and Air (the Smuggling Protocol), adopted by the same resolution")
R(d, GA, "adopted", TIP, "2000-11-15", pq)
R(d, GA, "adopted", SOM, "2000-11-15", pq)
R(d, GA, "adopted", FIRE, "2001-05-31",
  "the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition (the Firearms Protocol), adopted by resolution 55/255 of 31 May 2001")
R(d, "Bhutan", "ratified", TIP, "2024-03-12",
  "TRAFFICKING PROTOCOL BHUTAN: RATIFICATION The Secretary-General of the United Nations, acting in his capacity as depositary, communicates the following: The above action was effected on 12 March 2024.")
R(d, "Papua New Guinea", "acceded", FIRE, "2024-03-21",
  "FIREARMS PROTOCOL PAPUA NEW GUINEA: ACCESSION The above action was effected on 21 March 2024.")
R(d, "Viet Nam", ["ratified", "party"], UNTOC, None, "THE RESERVATION MADE BY VIET NAM UPON RATIFICATION", required=False)
ssq = "The instruments of accession of the Republic of South Sudan to the Convention and to the Smuggling Protocol were deposited on 5 April 2024."
R(d, "South Sudan", "acceded", UNTOC, "2024-04-05", ssq, alt=["SOUTH SUDAN: ACCESSION TO THE CONVENTION AND TO THE SMUGGLING PROTOCOL", "With the accession of South Sudan"])
R(d, "South Sudan", "acceded", SOM, "2024-04-05", ssq, alt=["SOUTH SUDAN: ACCESSION TO THE CONVENTION AND TO THE SMUGGLING PROTOCOL"])
R(d, "Iran", "signed", UNTOC, "2000-12-12", "The Islamic Republic of Iran, which signed the Convention on 12 December 2000")
R(d, "Iran", NOTRATIFIED, UNTOC, None, "The Islamic Republic of Iran, which signed the Convention on 12 December 2000, has not ratified it.", negated=True)
RL(d, ["Palau", "Solomon Islands", "Tuvalu"], NOTBOUND, UNTOC, None, "Palau, Solomon Islands and Tuvalu remain outside the Convention.", negated=True)
R(d, "Bhutan", ["party", "ratified", "acceded"], UNTOC, "2023", "Bhutan, a Party to the Convention since 2023")
R(d, "Bhutan", NOTBOUND, SOM, None, "Bhutan, a Party to the Convention since 2023, is not yet a Party to the Smuggling Protocol.", negated=True)

# ===================== 13 =====================
d = "13_eu_statement_hrc56_eritrea.txt"
DAY = "2024-07-11"
R(d, "European Union", "co-sponsored", ERITREA, None,
  "I have the honour to introduce, on behalf of the European Union, draft resolution A/HRC/56/L.12 on the situation of human rights in Eritrea",
  alt=["The European Union has presented this resolution in a spirit of dialogue."])
RL(d, ["Australia", "Canada", "Iceland", "Norway", "Switzerland", "United Kingdom", "United States"], "co-sponsored", ERITREA, None,
   "The text is co-sponsored by a cross-regional group of States, including Australia, Canada, Iceland, Norway, Switzerland, the United Kingdom and the United States.")
R(d, "Eritrea", ["acceded", "party"], CAT, "2014",
  "Eritrea acceded to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment in 2014.")
R(d, "Eritrea", JOINED, TIP, None,
  "it has yet to join the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children", negated=True)
R(d, "European Union", "called-for", TIP, DAY, "which we encourage it to do")
rfq = "Eritrea is not a party to the 1951 Convention relating to the Status of Refugees, nor to its 1967 Protocol"
R(d, "Eritrea", NOTBOUND, REFCONV, None, rfq, negated=True)
R(d, "Eritrea", NOTBOUND, REFPROT, None, rfq, negated=True)
R(d, "European Union", "called-for", REFCONV, DAY, "We call on Eritrea to accede to both instruments")
R(d, "European Union", "called-for", REFPROT, DAY, "We call on Eritrea to accede to both instruments")
R(d, "European Union", "called-for", ERITREA, DAY, "We call on all members of the Council to support it.")
R(d, HRC, "adopted", ERITREA, DAY,
  "The Council adopted the draft resolution the same afternoon by a recorded vote of 23 in favour to 7 against, with 17 abstentions.")

# ===================== 14 =====================
d = "14_joint_statement_us_thailand_artemis_accords.txt"
DAY = "2024-12-16"
R(d, "Thailand", SIGNDECL, ARTEMIS, DAY,
  "Today in Washington, Thailand's Minister of Higher Education, Science, Research and Innovation, Supamas Isarabhakdi, signed the Artemis Accords on behalf of the Kingdom of Thailand",
  alt=["With its signature, Thailand becomes the 52nd nation to join the Accords"])
R(d, "Singapore", SIGNDECL, ARTEMIS, "2023-03", "after Singapore, which signed in March 2023")
RL(d, ["Austria", "Panama"], SIGNDECL, ARTEMIS, "2024-12", "This month Austria and Panama also signed the Accords.")
oq = ("The two sides reaffirmed their commitment to the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, "
      "including the Moon and Other Celestial Bodies (Outer Space Treaty)")
RL(d, ["United States", "Thailand"], "committed", OST, DAY, oq)
RL(d, ["United States", "Thailand"], ["party", "ratified", "acceded"], OST, None, "to which both countries are Parties")
RL(d, ["United States", "Thailand"], NOTBOUND, MOON, None,
   "Neither the United States nor Thailand is a party to the 1979 Agreement Governing the Activities of States on the Moon and Other Celestial Bodies (Moon Agreement).",
   negated=True)
R(d, "Thailand", JOINED, RESCUE, None,
  "Thailand informed the United States that it intends to accede to the Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space (Rescue Agreement) in 2025.",
  negated=True)
RL(d, ["United States", "Thailand"], "signed", FRAME, None,
   "The Government of the United States of America and the Government of the Kingdom of Thailand also intend to sign a Framework Agreement for Cooperation in Aeronautics and the Exploration and Use of Airspace and Outer Space for Peaceful Purposes",
   negated=True)
RL(d, ["United States", "Thailand"], "called-for", ARTEMIS, DAY,
   "The United States and Thailand called on all nations that share the principles of the Accords to sign them")

# ===================== 15 =====================
d = "15_eprs_briefing_global_compact_migration.txt"
VOTE = "2018-12-19"
R(d, IGC, ["adopted", "endorsed"], GCM, "2018-12-10",
  "The Global Compact for Safe, Orderly and Regular Migration (GCM) was adopted six years ago today, on 10 December 2018, by the intergovernmental conference held in Marrakesh, Morocco.")
R(d, GA, ["adopted", "endorsed"], GCM, VOTE, "on 19 December 2018, the UN General Assembly endorsed the Compact in resolution 73/195")
ag = ["Czechia", "Hungary", "Israel", "Poland", "United States"]
for a in ag:
    R(d, a, "supported", GCM, VOTE, "5 against (Czech Republic, Hungary, Israel, Poland and United States)", negated=True)
for a in ["Australia", "Austria", "Chile", "Italy", "Switzerland"]:
    R(d, a, "supported", GCM, VOTE, "with 12 abstentions, among them Australia, Austria, Chile, Italy and Switzerland", negated=True)
R(d, "Slovakia", "supported", GCM, VOTE, "Twenty-four Member States did not vote, among them Slovakia.", negated=True)
R(d, "European Union", "endorsed", GCM, None, "The EU as such did not endorse the Compact", negated=True)
R(d, EP, ["supported", "endorsed"], GCM, None, "the European Parliament's resolution in support of it", required=False)
R(d, "Belgium", "endorsed", GCM, "2018-12-10", "Belgium endorsed the Compact in Marrakesh")
RL(d, ["Chile", "Dominican Republic"], "endorsed", GCM, None, "Chile announced that it would not endorse the Compact, as did the Dominican Republic.", negated=True)
R(d, "Brazil", "supported", GCM, VOTE, "Brazil voted in favour in December 2018")
R(d, "Brazil", "endorsed", GCM, None, "withdrew from the Compact in January 2019", negated=True, required=False)
R(d, "Brazil", ["endorsed", "committed"], GCM, "2023", "rejoined it in 2023")
R(d, "Switzerland", "endorsed", GCM, None, "Switzerland's Federal Council has said it intends to endorse the GCM once Parliament has debated it", negated=True)
GCRDAY = "2018-12-17"
R(d, GA, ["adopted", "endorsed"], GCR, GCRDAY, "on 17 December 2018, the General Assembly affirmed the Global Compact on Refugees")
R(d, GA, "adopted", PROGDEC, "2022-06-07", "a Progress Declaration, which the General Assembly adopted on 7 June 2022 in resolution 76/266")

# ===================== 16 =====================
d = "16_mfa_costa_rica_healthy_environment_anniversary.txt"
DAY = "2023-07-28"
R(d, GA, "adopted", R76300, "2022-07-28",
  "One year ago, on 28 July 2022, the General Assembly of the United Nations adopted resolution 76/300")
RL(d, ["China", "Russian Federation"], "supported", R76300, "2022-07-28",
   "Among the eight abstentions were those of China and the Russian Federation.", negated=True)
RL(d, ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"], "co-sponsored", R76300, None,
   "Costa Rica presented the resolution as part of the core group, together with Maldives, Morocco, Slovenia and Switzerland.")
R(d, "Costa Rica", ACCEPTED, FISH, DAY,
  "today, in Geneva, the Permanent Representative of Costa Rica to the World Trade Organization deposited the instrument of acceptance of Costa Rica of the Agreement on Fisheries Subsidies",
  alt=["With this acceptance, Costa Rica keeps its word with the oceans"])
R(d, WTOMC, "adopted", FISH, "2022-06", "adopted at the Twelfth Ministerial Conference of the WTO in June 2022")
R(d, "Costa Rica", "called-for", FISH, DAY, "Costa Rica calls on the Members of the WTO that have not yet done so to accept the Agreement")
RL(d, ["Panama", "Honduras"], ACCEPTED, FISH, None, "Panama and Honduras have not yet deposited their instruments of acceptance", negated=True)
R(d, "Costa Rica", "endorsed", GLASGOW, "2021-11-02",
  "on 2 November 2021, Costa Rica endorsed the Glasgow Leaders' Declaration on Forests and Land Use")
R(d, "Costa Rica", ["endorsed", "committed"], GMP, "2021-11-02", "joined the Global Methane Pledge")
RL(d, ["Mexico", "Colombia", "Panama"], ["endorsed", "committed"], GMP, None, "Mexico, Colombia and Panama are also participants of the Pledge")
R(d, "Honduras", ["endorsed", "committed"], GMP, "2022", "Honduras joined it in 2022")
R(d, "Costa Rica", "committed", R76300, DAY, "Costa Rica reaffirms its commitment with the implementation of resolution 76/300")

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
