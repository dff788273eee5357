#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record form as corpus/probe4/tools/build_gold.py; the record helpers and checks are imported from
corpus/tools/gold.py (shared, not copied)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
ESPOO = ("Convention on Environmental Impact Assessment in a Transboundary Context", ["Espoo Convention", "EIA Convention"])
ESPOO_A1 = ("first amendment to the Espoo Convention", ["first amendment to the Convention on Environmental Impact Assessment in a Transboundary Context", "Sofia amendment", "first amendment adopted at Sofia in 2001"])
ESPOO_A2 = ("second amendment to the Espoo Convention", ["second amendment to the Convention on Environmental Impact Assessment in a Transboundary Context", "Cavtat amendment", "second amendment adopted at Cavtat in 2004"])
SEA = ("Protocol on Strategic Environmental Assessment to the Convention on Environmental Impact Assessment in a Transboundary Context",
       ["Protocol on Strategic Environmental Assessment", "SEA Protocol", "Kyiv Protocol on Strategic Environmental Assessment"])
UCM = ("Human rights and unilateral coercive measures", ["A/78/481/Add.2", "resolution on human rights and unilateral coercive measures", "unilateral coercive measures resolution"])
RTD = ("The right to development", ["right to development", "resolution on the right to development"])
ROHINGYA = ("Situation of human rights of Rohingya Muslims and other minorities in Myanmar", ["resolution on the situation of human rights of Rohingya Muslims and other minorities in Myanmar", "Myanmar resolution"])
D638 = ("draft resolution S/2023/638", ["S/2023/638", "draft resolution renewing the Mali sanctions regime"])
D639 = ("draft resolution S/2023/639", ["S/2023/639", "Russian draft resolution on the Mali sanctions regime"])
R2374 = ("resolution 2374 (2017)", ["S/RES/2374 (2017)", "resolution 2374"])
R2690 = ("resolution 2690 (2023)", ["S/RES/2690 (2023)", "resolution 2690"])
MALIAGR = ("2015 Agreement on Peace and Reconciliation in Mali", ["Agreement on Peace and Reconciliation in Mali", "Algiers Agreement", "Agreement on Peace and Reconciliation in Mali emanating from the Algiers Process"])
SUDANRES = ("resolution on the human rights situation arising from the ongoing conflict in the Sudan", ["A/HRC/54/L.17", "resolution establishing an independent international fact-finding mission for the Sudan", "Sudan resolution"])
R522 = ("Human Rights Council resolution 52/2", ["resolution 52/2", "A/HRC/RES/52/2", "resolution on Nicaragua"])
SOMALIARES = ("resolution on technical assistance and capacity-building for Somalia", ["A/HRC/54/L.29"])
HRCRTD = ("resolution on the right to development", ["A/HRC/54/L.13", "Human Rights Council resolution on the right to development"])
CTA = ("Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels",
       ["Cape Town Agreement", "CTA", "Cape Town Agreement of 2012"])
TORR = ("Torremolinos Declaration", ["Torremolinos Ministerial Declaration", "Torremolinos Declaration on the Cape Town Agreement"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["C188", "Convention No. 188", "ILO Convention 188", "Work in Fishing Convention"])
STCWF = ("comprehensive revision of the STCW-F Convention", ["revised STCW-F", "STCW-F", "International Convention on Standards of Training, Certification and Watchkeeping for Fishing Vessel Personnel, 1995"])
BWM = ("International Convention for the Control and Management of Ships' Ballast Water and Sediments, 2004", ["BWM 2004", "BWM Convention", "Ballast Water Management Convention"])
MARPOL6 = ("Protocol of 1997 to amend the International Convention for the Prevention of Pollution from Ships, as modified by the Protocol of 1978 (Annex VI)",
           ["MARPOL Annex VI", "1997 MARPOL Protocol", "Annex VI of MARPOL"])
WRC = ("Nairobi International Convention on the Removal of Wrecks, 2007", ["Nairobi WRC 2007", "Nairobi Wreck Removal Convention", "Wreck Removal Convention"])
PAL02 = ("Protocol of 2002 to the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974", ["PAL PROT 2002", "2002 Athens Protocol", "Athens Convention 2002"])
ATHENS74 = ("Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974", ["Athens Convention 1974", "PAL 1974"])
MEPC361 = ("resolution MEPC.361(79)", ["MEPC.361(79)", "amendments to MARPOL Annex VI designating the Mediterranean Sea Emission Control Area for Sulphur Oxides"])
C176 = ("Safety and Health in Mines Convention, 1995 (No. 176)", ["C.176", "C176", "Convention No. 176", "ILO Convention 176", "Safety and Health in Mines Convention"])
MACOLIN = ("Council of Europe Convention on the Manipulation of Sports Competitions", ["Macolin Convention", "CETS No. 215", "Convention on the Manipulation of Sports Competitions", "Treaty 215"])
BERN = ("Convention on the Conservation of European Wildlife and Natural Habitats", ["Bern Convention"])
WOLF = ("amendment to Appendices II and III of the Bern Convention moving the wolf to Appendix III",
        ["proposal to move the wolf from Appendix II to Appendix III", "EU proposal on the protection status of the wolf", "wolf amendment"])
NICOSIA = ("Council of Europe Convention on Offences relating to Cultural Property", ["Nicosia Convention"])
ICADS = ("International Convention against Doping in Sport", ["UNESCO Convention against Doping in Sport", "UNESCO International Convention against Doping in Sport"])
COPENHAGEN = ("Copenhagen Declaration on Anti-Doping in Sport", ["Copenhagen Declaration"])
WADC = ("World Anti-Doping Code", ["WADA Code"])
CP11 = ("resolution on the Fund for the Elimination of Doping in Sport (9CP/11)", ["9CP/11", "resolution 9CP/11"])
COEAD = ("Anti-Doping Convention", ["Council of Europe Anti-Doping Convention", "Anti-Doping Convention of 1989", "ETS No. 135"])
ANNEXES = ("amendments to the Annexes of the International Convention against Doping in Sport", ["amendments to the Annexes of the Convention"])
UNEA514 = ("UNEA resolution 5/14", ["resolution 5/14", "End plastic pollution: towards an international legally binding instrument"])
NICE = ("Nice wake up call for an ambitious plastics treaty", ["Nice wake-up call", "Nice call", "Nice wake up call"])
LISBON = ("Our ocean, our future: call for action", ["Lisbon Declaration", "political declaration of the 2022 UN Ocean Conference"])
B2B = ("Bridge to Busan Declaration on primary plastic polymers", ["Bridge to Busan Declaration", "Bridge to Busan"])
PLASTICS = ("international legally binding instrument on plastic pollution", ["plastics treaty", "global plastics treaty",
            "international legally binding instrument on plastic pollution, including in the marine environment"])
STOCKHOLM = ("Stockholm Convention on Persistent Organic Pollutants", ["Stockholm Convention"])
CHAIRTEXT = ("Chair's text of 1 December 2024", ["Chair's text"])
NAIROBIDECL = ("Nairobi Declaration on Climate Change and Call to Action", ["Nairobi Declaration", "African Leaders Nairobi Declaration on Climate Change and Call to Action"])
BRIDGETOWN = ("Bridgetown Initiative for the Reform of the Global Financial Architecture", ["Bridgetown Initiative", "Bridgetown Agenda"])
FOURP = ("Paris Pact for People and the Planet", ["4P", "Paris Pact for People and the Planet (4P)"])
AAAA = ("Addis Ababa Action Agenda of the Third International Conference on Financing for Development", ["Addis Ababa Action Agenda", "AAAA"])
SENDAI = ("Sendai Framework for Disaster Risk Reduction 2015–2030", ["Sendai Framework", "Sendai Framework for Disaster Risk Reduction"])
AFREX = ("Partnership Agreement of the African Export-Import Bank", ["Afreximbank Partnership Agreement", "Partnership Agreement of Afreximbank"])
ASA = ("Air Services Agreement between the Government of Barbados and the Government of the Republic of Kenya", ["Air Services Agreement", "Barbados–Kenya Air Services Agreement"])
MOUT = ("Memorandum of Understanding on Cooperation in the Field of Tourism", ["tourism MoU", "Memorandum of Understanding on Tourism"])
VISA = ("Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official Passports", ["visa waiver agreement"])
BIT = ("Bilateral Investment Treaty between Barbados and Kenya", ["Bilateral Investment Treaty", "BIT"])
PACT = ("Pact for the Future", ["A/RES/79/1"])
GDC = ("Global Digital Compact", ["GDC"])
DFG = ("Declaration on Future Generations", [])
RUAM = ("Russian amendment on non-intervention in domestic affairs", ["Russian amendment", "amendment introduced by Russia"])
R76307 = ("resolution 76/307", ["A/RES/76/307", "resolution on the modalities of the Summit of the Future"])
UNDROP = ("United Nations Declaration on the Rights of Peasants and Other People Working in Rural Areas",
          ["UNDROP", "Declaration on the Rights of Peasants", "resolution 73/165", "A/RES/73/165"])
PEASANTWG = ("resolution creating a working group on the rights of peasants", ["resolution establishing the working group on the rights of peasants and other people working in rural areas"])
HNS96 = ("International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996",
         ["HNS Convention", "1996 HNS Convention", "original HNS Convention"])
HNS10 = ("Protocol of 2010 to the International Convention on Liability and Compensation for Damage in Connection with the Carriage of Hazardous and Noxious Substances by Sea, 1996",
         ["2010 Protocol", "HNS Convention 2010", "2010 HNS Protocol", "HNS Protocol"])
BUNKERS = ("International Convention on Civil Liability for Bunker Oil Pollution Damage, 2001", ["Bunkers Convention", "Bunker Oil Convention"])
CLC92 = ("1992 Civil Liability Convention", ["International Convention on Civil Liability for Oil Pollution Damage, 1992", "CLC 1992"])
FUND92 = ("1992 Fund Convention", ["International Convention on the Establishment of an International Fund for Compensation for Oil Pollution Damage, 1992", "Fund Convention 1992"])
SUPP03 = ("2003 Supplementary Fund Protocol", ["Supplementary Fund Protocol", "Protocol of 2003 to the International Convention on the Establishment of an International Fund for Compensation for Oil Pollution Damage, 1992"])
PELINDABA = ("African Nuclear-Weapon-Free Zone Treaty", ["Treaty of Pelindaba", "Pelindaba Treaty"])
P1 = ("Protocol I to the Treaty of Pelindaba", ["Protocol I to the African Nuclear-Weapon-Free Zone Treaty", "Pelindaba Protocol I"])
P2 = ("Protocol II to the Treaty of Pelindaba", ["Protocol II to the African Nuclear-Weapon-Free Zone Treaty", "Pelindaba Protocol II"])
P3 = ("Protocol III to the Treaty of Pelindaba", ["Protocol III to the African Nuclear-Weapon-Free Zone Treaty", "Pelindaba Protocol III"])

# ---- actors with alternative names ----
ALT = alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "European Union", "Czechia", "Côte d'Ivoire", "Netherlands", "Republic of Moldova", "United Arab Emirates", "Kyrgyzstan", "Kazakhstan", "China", "Bolivia", "United Republic of Tanzania", "Democratic Republic of the Congo", "Egypt", "Gambia", "Kenya", "Sudan", "Sao Tome and Principe", "Congo")
HRC = ["UN Human Rights Council", "Human Rights Council", "HRC", "United Nations Human Rights Council"]
NAM = ["Movement of Non-Aligned Countries", "Non-Aligned Movement", "NAM"]
OIC = ["Organization of Islamic Cooperation", "Organisation of Islamic Cooperation", "OIC"]
ILC = ["International Labour Conference", "International Labour Organization", "ILO"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Gilbert F. Houngbo", "International Labour Organization", "ILO"]
MSC = ["IMO Maritime Safety Committee", "Maritime Safety Committee", "International Maritime Organization", "IMO"]
MEPC = ["Marine Environment Protection Committee", "IMO Marine Environment Protection Committee", "MEPC", "International Maritime Organization", "IMO"]
FISHSAFE = ["FishSafe Alliance"]
SIW = ["Sport Integrity Watch"]
BERNSC = ["Standing Committee to the Bern Convention", "Standing Committee to the Convention on the Conservation of European Wildlife and Natural Habitats",
          "Bern Convention Standing Committee", "Standing Committee"]
COP = ["Conference of Parties to the International Convention against Doping in Sport", "Conference of Parties", "COP"]
UNEA = ["United Nations Environment Assembly", "UN Environment Assembly", "UNEA"]
AFRICA_HOS = ["African Heads of State and Government", "Africa Climate Summit", "African leaders", "African Union"]
IMOCONF = ["IMO diplomatic conference", "International Maritime Organization diplomatic conference", "International Maritime Organization", "IMO"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

BOUND = ["ratified", "acceded", "party"]


# ===================== 01 =====================
d = "01_mfa_mongolia_espoo_accession.txt"
MON = "2025-03-03"
R(d, "Mongolia", ["acceded", "party"], ESPOO, "2025-02-27",
  "On 27 February 2025 the Permanent Representative of Mongolia to the United Nations Office and other international organizations in Geneva, Mr. Ulziibold Batbayar, has deposited to the Secretary-General of the United Nations the instrument of accession of Mongolia to the Convention on Environmental Impact Assessment in a Transboundary Context",
  alt=["Thereby Mongolia is the first State from outside of the region of the United Nations Economic Commission for Europe (UNECE) which has joined the Convention"])
aq = "By the same instrument Mongolia has accepted both amendments to the Convention, namely the first amendment adopted at Sofia in 2001"
R(d, "Mongolia", ACCEPTED, ESPOO_A1, "2025-02-27", aq)
R(d, "Mongolia", ACCEPTED, ESPOO_A2, "2025-02-27", aq + " and the second amendment adopted at Cavtat in 2004")
R(d, "Mongolia", "committed", ESPOO, MON, "Mongolia is fully committed to apply the procedures of the Espoo Convention")
R(d, "Mongolia", JOINED, SEA, None, "the Government has started the internal procedures for accession to the Protocol on Strategic Environmental Assessment to the Convention (Kyiv, 2003)",
  negated=True, alt=["is expecting to deposit the instrument of accession before the ninth session of the Meeting of the Parties in 2026"])
R(d, "Kazakhstan", ["acceded", "party"], ESPOO, "2001", "the Republic of Kazakhstan acceded to the Convention in 2001")
R(d, "Kyrgyzstan", ["acceded", "party"], ESPOO, "2001", "the Republic of Kazakhstan acceded to the Convention in 2001, and the Kyrgyz Republic in the same year")
R(d, "Russian Federation", "signed", ESPOO, "1991", "The Russian Federation has signed the Convention already in 1991")
R(d, "Russian Federation", NOTRATIFIED, ESPOO, None, "The Russian Federation has signed the Convention already in 1991, but the ratification of it was not done until today", negated=True)
cq = "The People's Republic of China is not a Party neither of the Convention nor of the Protocol"
R(d, "China", NOTBOUND, ESPOO, None, cq, negated=True)
R(d, "China", NOTBOUND, SEA, None, cq, negated=True)
kq = "The Minister called upon the States of North-East Asia which are not yet Parties to join the Espoo Convention and its Protocol at the earliest"
R(d, "Mongolia", "called-for", ESPOO, MON, kq)
R(d, "Mongolia", "called-for", SEA, MON, kq)

# ===================== 02 =====================
d = "02_un_ga_third_committee_texts_coercive_measures.txt"
DAY = "2023-12-19"
R(d, GA, "adopted", UCM, DAY, "By a recorded vote of 127 in favour to 52 against, with no abstentions, the Assembly adopted the resolution \"Human rights and unilateral coercive measures\"")
RL(d, ["Uganda", NAM], "co-sponsored", UCM, None, "The text had been introduced in the Committee by Uganda on behalf of the Movement of Non-Aligned Countries", required=False)
ucm_against = ["Australia", "Canada", "Israel", "Japan", "New Zealand", "Norway", "Republic of Korea", "Switzerland", "United Kingdom", "United States"]
RL(d, ucm_against, "supported", UCM, DAY,
   "Delegations voting against included all 27 member States of the European Union, as well as Australia, Canada, Israel, Japan, New Zealand, Norway, the Republic of Korea, Switzerland, the United Kingdom and the United States.",
   negated=True)
R(d, GA, "adopted", RTD, DAY, "The Assembly then adopted the resolution \"The right to development\" (draft resolution II) by a recorded vote of 133 in favour to 24 against, with 31 abstentions.")
for a in ["Canada", "Israel", "United Kingdom", "United States"]:
    R(d, a, "supported", RTD, DAY, "Voting against were, among others, Canada, Israel, the United Kingdom and the United States.", negated=True)
R(d, "Japan", "supported", RTD, DAY, "the representative of Japan said his delegation had voted against the text on the right to development", negated=True)
abst = ["Albania", "Andorra", "Armenia", "Austria", "Belgium", "Bosnia and Herzegovina", "Croatia", "Cyprus", "Estonia", "Finland", "France", "Georgia",
        "Greece", "Iceland", "Ireland", "Italy", "Liechtenstein", "Luxembourg", "Malta", "Monaco", "Montenegro", "New Zealand", "North Macedonia", "Norway",
        "Portugal", "Republic of Korea", "Republic of Moldova", "San Marino", "Serbia", "Slovenia", "Spain"]
assert len(abst) == 31
RL(d, abst, "supported", RTD, DAY,
   "The following delegations abstained: Albania, Andorra, Armenia, Austria, Belgium, Bosnia and Herzegovina, Croatia, Cyprus, Estonia, Finland, France, Georgia, Greece, "
   "Iceland, Ireland, Italy, Liechtenstein, Luxembourg, Malta, Monaco, Montenegro, New Zealand, North Macedonia, Norway, Portugal, Republic of Korea, Republic of Moldova, "
   "San Marino, Serbia, Slovenia and Spain.", negated=True)
R(d, "Cuba", "supported", UCM, DAY, "The delegate of Cuba, which voted in favour of both texts")
R(d, "Cuba", "supported", RTD, DAY, "The delegate of Cuba, which voted in favour of both texts")
R(d, GA, "adopted", ROHINGYA, DAY, "Next, the Assembly adopted without a vote the resolution \"Situation of human rights of Rohingya Muslims and other minorities in Myanmar\"")
RL(d, ["Saudi Arabia", OIC], "co-sponsored", ROHINGYA, None, "It had been presented in the Committee by Saudi Arabia on behalf of the Organization of Islamic Cooperation (OIC)", required=False)
RL(d, ["Spain", "European Union"], "co-sponsored", ROHINGYA, None, "and by Spain on behalf of the European Union", required=False)
R(d, "Myanmar", "supported", ROHINGYA, DAY, "The representative of Myanmar said his delegation had joined the consensus", required=False)
RL(d, ["China", "Russian Federation"], "supported", ROHINGYA, DAY, "China and the Russian Federation dissociated themselves from the consensus", negated=True, required=False)

# ===================== 03 =====================
d = "03_un_sc_mali_sanctions_veto.txt"
DAY = "2023-08-30"
R(d, UNSC, "adopted", D638, None, "The Security Council this morning failed to renew the sanctions regime on Mali", negated=True)
R(d, UNSC, "adopted", D639, None, "A competing text tabled by the Russian Federation (document S/2023/639), which would have renewed the regime for a final period and dissolved the Panel of Experts, was not adopted either.", negated=True)
for a in ["France", "United Arab Emirates"]:
    R(d, a, "co-sponsored", D638, None, "The draft (document S/2023/638), drafted by France and the United Arab Emirates",
      alt=["France's representative, speaking also for the United Arab Emirates as co-penholders"])
R(d, "Russian Federation", "supported", D638, DAY, "after the Russian Federation, a permanent member, voted against a draft resolution that would have extended the asset freeze and travel ban for a further year",
  negated=True, alt=["received 13 votes in favour to 1 against (Russian Federation), with 1 abstention (China)", "Explaining her veto, the representative of the Russian Federation"])
R(d, "China", "supported", D638, DAY, "received 13 votes in favour to 1 against (Russian Federation), with 1 abstention (China)", negated=True,
  alt=["China's delegate said his country had abstained"])
fav = ["Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland", "United Arab Emirates", "United Kingdom", "United States"]
assert len(fav) == 13
for a in fav:
    alt = {"Malta": ["The delegate of Malta, which voted in favour of the first text"]}.get(a)
    if a in ("Gabon", "Ghana", "Mozambique"):
        alt = ["Gabon's representative, speaking also on behalf of Ghana and Mozambique, said the three African members had voted for the first text"]
    R(d, a, "supported", D638, DAY, "Voting in favour were Albania, Brazil, Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique, Switzerland, the United Arab Emirates, the United Kingdom and the United States.", alt=alt)
R(d, "Russian Federation", "co-sponsored", D639, None, "A competing text tabled by the Russian Federation (document S/2023/639)")
R(d, "Russian Federation", "supported", D639, DAY, "It received 1 vote in favour (Russian Federation) to 1 against (Japan), with 13 abstentions.")
R(d, "Japan", "supported", D639, DAY, "It received 1 vote in favour (Russian Federation) to 1 against (Japan), with 13 abstentions.", negated=True)
R(d, "Malta", "supported", D639, DAY, "The delegate of Malta, which voted in favour of the first text and abstained on the second", negated=True)
R(d, "Switzerland", "supported", D639, DAY, "Switzerland, which also abstained on the Russian draft", negated=True)
R(d, UNSC, "adopted", R2374, "2017-09", "The regime had been established by resolution 2374 (2017), adopted unanimously in September 2017")
R(d, "Mali", "committed", MALIAGR, DAY, "Mali's representative said his Government had asked for the regime to be lifted and remained committed to the Agreement")
R(d, UNSC, "adopted", R2690, "2023-06-30", "By resolution 2690 (2023), adopted unanimously on 30 June, the Council requested the Mission to complete its withdrawal by 31 December 2023.")

# ===================== 04 =====================
d = "04_hrc_sudan_fact_finding_mission_vote.txt"
DAY = "2023-10-11"
R(d, HRC, "adopted", SUDANRES, DAY, "The Human Rights Council this afternoon established an independent international fact-finding mission for the Sudan, adopting a resolution on the human rights situation arising from the ongoing conflict in the Sudan (A/HRC/54/L.17) by a recorded vote of 19 in favour, 16 against and 12 abstentions.")
R(d, "United Kingdom", "co-sponsored", SUDANRES, None, "The draft was presented by the United Kingdom", alt=["Introducing it, the representative of the United Kingdom said"])
RL(d, ["Germany", "Norway", "United States"], "co-sponsored", SUDANRES, None, "The draft was presented by the United Kingdom on behalf of a core group also comprising Germany, Norway and the United States.")
infav = ["Argentina", "Belgium", "Chile", "Costa Rica", "Czechia", "Finland", "France", "Georgia", "Germany", "Honduras", "Lithuania", "Luxembourg", "Mexico",
         "Montenegro", "Paraguay", "Romania", "Ukraine", "United Kingdom", "United States"]
against = ["Algeria", "Bolivia", "China", "Cuba", "Eritrea", "Gabon", "Kazakhstan", "Kyrgyzstan", "Malaysia", "Maldives", "Morocco", "Pakistan", "Qatar",
           "Somalia", "Sudan", "United Arab Emirates"]
abstn = ["Bangladesh", "Benin", "Cameroon", "Côte d'Ivoire", "Gambia", "India", "Malawi", "Nepal", "Senegal", "South Africa", "Uzbekistan", "Viet Nam"]
assert (len(infav), len(against), len(abstn)) == (19, 16, 12) and len(set(infav + against + abstn)) == 47
RL(d, infav, "supported", SUDANRES, DAY, "In favour (19): Argentina, Belgium, Chile, Costa Rica, Czechia, Finland, France, Georgia, Germany, Honduras, Lithuania, Luxembourg, Mexico, Montenegro, Paraguay, Romania, Ukraine, United Kingdom and United States.")
for a in against:
    alt = {"Sudan": ["Speaking as the country concerned, the Sudan said it rejected the draft"], "Eritrea": ["Eritrea, which voted against"]}.get(a)
    R(d, a, "supported", SUDANRES, DAY, "Against (16): Algeria, Bolivia, China, Cuba, Eritrea, Gabon, Kazakhstan, Kyrgyzstan, Malaysia, Maldives, Morocco, Pakistan, Qatar, Somalia, Sudan and United Arab Emirates.",
      negated=True, alt=alt)
for a in abstn:
    R(d, a, "supported", SUDANRES, DAY, "Abstentions (12): Bangladesh, Benin, Cameroon, Côte d'Ivoire, Gambia, India, Malawi, Nepal, Senegal, South Africa, Uzbekistan and Viet Nam.",
      negated=True, alt=["South Africa said it had abstained"] if a == "South Africa" else None)
R(d, HRC, "adopted", R522, "2023-04-03", "the Council had, by resolution 52/2 of 3 April 2023, extended the mandate of the Group of Human Rights Experts on Nicaragua for two years")
R(d, HRC, "adopted", SOMALIARES, DAY, "the Council adopted without a vote a resolution on technical assistance and capacity-building for Somalia (A/HRC/54/L.29)")
R(d, "Somalia", "co-sponsored", SOMALIARES, None, "presented by Somalia's Permanent Representative")
R(d, HRC, "adopted", HRCRTD, DAY, "It also adopted, by 28 votes to 2 with 17 abstentions, a resolution on the right to development (A/HRC/54/L.13)")
RL(d, ["United Kingdom", "United States"], "supported", HRCRTD, DAY, "the two votes against were cast by the United Kingdom and the United States", negated=True)

# ===================== 05 =====================
d = "05_newsletter_fishing_safety_week.txt"
MON, WED, THU = "2024-10-14", "2024-10-16", "2024-10-17"
cta_list = ("The Contracting States are: Belgium, Bulgaria, Congo, Cook Islands, Croatia, Denmark, Estonia, Finland, France, Germany, Iceland, Ireland, Latvia, "
            "Lithuania, Montenegro, Netherlands, Norway, Peru, Portugal, Saint Kitts and Nevis, Sao Tome and Principe, Sierra Leone, South Africa, Spain, Sri Lanka and Tuvalu.")
R(d, "Peru", ["acceded", "party"], CTA, MON,
  "Peru deposited its instrument of accession to the Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels (CTA) with the IMO Secretary-General on Monday",
  alt=[cta_list])
R(d, "Montenegro", JOINED, CTA, "2024-06", "The other States to join this year were Montenegro (in June)", alt=[cta_list])
R(d, "Tuvalu", JOINED, CTA, "2024-07", "The other States to join this year were Montenegro (in June), Tuvalu (July)", alt=[cta_list])
R(d, "Sri Lanka", JOINED, CTA, "2024-08", "and Sri Lanka, whose accession followed in August", alt=[cta_list])
others = ["Belgium", "Bulgaria", "Congo", "Cook Islands", "Croatia", "Denmark", "Estonia", "Finland", "France", "Germany", "Iceland", "Ireland", "Latvia",
          "Lithuania", "Netherlands", "Norway", "Portugal", "Saint Kitts and Nevis", "Sao Tome and Principe", "Sierra Leone", "South Africa", "Spain"]
assert len(others) + 4 == 26
RL(d, others, ["party", "ratified", "acceded"], CTA, None, cta_list)
tq = "Several signatories have yet to deliver, including Brazil, Chile, Ghana, Mexico and Thailand."
for a in ["Brazil", "Chile", "Ghana", "Mexico", "Thailand"]:
    R(d, a, ["endorsed", "signed"], TORR, "2019-10", tq)
    R(d, a, NOTBOUND, CTA, None, tq, negated=True,
      alt=["expects to submit the accession file to Cabinet next year"] if a == "Thailand" else None)
R(d, "Indonesia", ["ratified", "party"], C188, WED, "On Wednesday the ILO registered the ratification by Indonesia of the Work in Fishing Convention, 2007 (No. 188)",
  alt=["Indonesia's ratification brings C188's total to 22"])
R(d, "Thailand", ["ratified", "party"], C188, "2019-01", "Thailand was the first Asian country to ratify C188, in January 2019")
R(d, "South Africa", ["ratified", "party"], C188, "2013", "the first African ratification was South Africa's, in 2013")
R(d, "Indonesia", NOTBOUND, CTA, None, "Indonesia, for its part, is not a party to the Cape Town Agreement", negated=True, alt=["is considering whether to accede"])
R(d, MSC, "adopted", STCWF, "2024-05", "The IMO's Maritime Safety Committee adopted in May the comprehensive revision of the International Convention on Standards of Training, Certification and Watchkeeping for Fishing Vessel Personnel, 1995 (STCW-F)")
R(d, FISHSAFE, "called-for", CTA, THU, "The FishSafe Alliance, a coalition of fishers' unions and NGOs, on Thursday urged the 22 coastal States that signed the Torremolinos Declaration but not the Agreement to accede to the CTA")
R(d, FISHSAFE, "called-for", C188, THU, "The Alliance also called on all flag States to ratify C188.")

# ===================== 06 =====================
d = "06_imo_depositary_actions_q1_2024.txt"
R(d, "Sierra Leone", ["acceded", "party"], BWM, "2024-01-11", "Sierra Leone | BWM 2004 | Accession | 11 January 2024")
R(d, "Sierra Leone", ["acceded", "party"], MARPOL6, "2024-01-11", "Sierra Leone | MARPOL Annex VI | Accession | 11 January 2024")
R(d, "Cambodia", ["acceded", "party"], WRC, "2024-01-23", "Cambodia | Nairobi WRC 2007 | Accession | 23 January 2024")
R(d, "Argentina", ["ratified", "party"], BWM, "2024-02-06", "Argentina | BWM 2004 | Ratification | 6 February 2024")
R(d, "Egypt", ["acceded", "party"], PAL02, "2024-02-14", "Egypt | PAL PROT 2002 | Accession (1) | 14 February 2024", alt=["The instrument of accession of the Arab Republic of Egypt"])
R(d, "Viet Nam", ["acceded", "party"], MARPOL6, "2024-03-01", "Viet Nam | MARPOL Annex VI | Accession | 1 March 2024")
R(d, "Oman", ["acceded", "party"], WRC, "2024-03-12", "Oman | Nairobi WRC 2007 | Accession | 12 March 2024")
R(d, "Kiribati", ["acceded", "party"], PAL02, "2024-03-27", "Kiribati | PAL PROT 2002 | Accession | 27 March 2024")
R(d, "Egypt", NOTBOUND, ATHENS74, None, "a notification of denunciation of the Athens Convention relating to the Carriage of Passengers and their Luggage by Sea, 1974", negated=True, required=False)
R(d, "Fiji", JOINED, BWM, None, "Fiji | BWM 2004 | accession approved by Cabinet on 6 March 2024", negated=True)
R(d, "Indonesia", JOINED, WRC, None, "Indonesia | Nairobi WRC 2007 | accession bill before the House of Representatives", negated=True)
R(d, "Chile", JOINED, PAL02, None, "Chile | PAL PROT 2002 | expects to deposit in the second half of 2024", negated=True)
R(d, MEPC, "adopted", MEPC361, "2022-12-16", "The amendments to MARPOL Annex VI adopted by the Marine Environment Protection Committee by resolution MEPC.361(79) on 16 December 2022")

# ===================== 07 =====================
d = "07_ilo_zambia_c176_mines_ratification.txt"
DAY = "2024-05-22"
R(d, "Zambia", ["ratified", "party"], C176, DAY, "Zambia has become the 36th member State of the International Labour Organization to ratify the Safety and Health in Mines Convention, 1995 (No. 176)",
  alt=["The instrument of ratification was handed over today to the ILO Director-General, Gilbert F. Houngbo, by Zambia's Minister of Labour and Social Security, Brenda Tambatamba"])
R(d, ILC, "adopted", C176, "1995-06-22", "Adopted by the International Labour Conference on 22 June 1995, Convention No. 176")
R(d, "Zambia", "committed", C176, DAY, "Zambia is committed to applying C.176 in every mine, large or small.")
R(d, ILODG, "called-for", C176, DAY, "urged the other major mining countries that have not yet ratified Convention No. 176 to do so")
R(d, "South Africa", ["ratified", "party"], C176, "2000-06-09", "South Africa 09 Jun 2000 In Force")
R(d, "Zimbabwe", ["ratified", "party"], C176, "2003-04-09", "Zimbabwe 09 Apr 2003 In Force")
R(d, "Lesotho", ["ratified", "party"], C176, "2022-06-13", "Lesotho 13 Jun 2022 In Force")
R(d, "Uganda", ["ratified", "party"], C176, "2023-09-28", "Uganda 28 Sep 2023 Not in force")
for a, alt in [("Botswana", None), ("Democratic Republic of the Congo", ["the Democratic Republic of the Congo has told the ILO it does not intend to ratify it for the time being"]),
               ("Mozambique", None), ("Namibia", ["Namibia has submitted the Convention to its Parliament but not yet ratified it"]), ("United Republic of Tanzania", None)]:
    R(d, a, NOTRATIFIED, C176, None, f"{a} – Not ratified", negated=True, alt=alt)

# ===================== 08 =====================
d = "08_ngo_tracker_macolin_convention.txt"
R(d, "Norway", "signed", MACOLIN, "2014-09-18", "Norway signed and ratified the Convention on the day it was opened for signature")
R(d, "Norway", BOUND, MACOLIN, "2014-09-18", "Norway – 18 September 2014", alt=["Norway signed and ratified the Convention on the day it was opened for signature"])
for a, dt, q in [("Portugal", "2015-10-13", "Portugal – 13 October 2015"), ("Ukraine", "2017-07-26", "Ukraine – 26 July 2017"),
                 ("Republic of Moldova", "2017-12-11", "Republic of Moldova – 11 December 2017"), ("Italy", "2019-02-01", "Italy – 1 February 2019"),
                 ("Switzerland", "2019-05-16", "Switzerland – 16 May 2019"), ("Greece", "2021-06-21", "Greece – 21 June 2021"),
                 ("Belgium", "2023-03-14", "Belgium – 14 March 2023")]:
    R(d, a, BOUND, MACOLIN, dt, q)
R(d, "Iceland", BOUND, MACOLIN, "2024-09-02", "Iceland's ratification, deposited on Monday", alt=["Iceland – 2 September 2024"])
sq = ("SIGNED, NOT YET RATIFIED Armenia, Australia, Denmark, Finland, France, Germany, Lithuania, Luxembourg, Montenegro, the Netherlands, Poland, "
      "the Russian Federation, Serbia, Spain, Sweden")
sig = ["Armenia", "Australia", "Denmark", "Finland", "France", "Germany", "Lithuania", "Luxembourg", "Montenegro", "Netherlands", "Poland",
       "Russian Federation", "Serbia", "Spain", "Sweden"]
dated_sig = {"Australia": ("2019", "Australia, the only non-European signatory, signed in 2019"),
             "Luxembourg": ("2024-07-10", "Luxembourg signed on 10 July 2024"),
             "France": ("2014", "France signed in 2014"),
             "Russian Federation": ("2014", "The Russian Federation signed in 2014.")}
neg_alt = {"Australia": ["says it expects to ratify"], "France": ["France signed in 2014 but has never ratified"],
           "Russian Federation": ["it is not expected to ratify"]}
for a in sig:
    if a in dated_sig:
        dt, q = dated_sig[a]
        alt = [sq] + (["Luxembourg's signature in July"] if a == "Luxembourg" else [])
        R(d, a, "signed", MACOLIN, dt, q, alt=alt)
    else:
        R(d, a, "signed", MACOLIN, None, sq)
    R(d, a, NOTRATIFIED, MACOLIN, None, sq, negated=True, alt=neg_alt.get(a))
nq = "NOT SIGNED Malta, Ireland, the United Kingdom, Türkiye – and the European Union"
for a, alt in [("Malta", ["and neither has Malta"]), ("Ireland", ["Ireland and the United Kingdom have not said whether they will"]),
               ("United Kingdom", ["Ireland and the United Kingdom have not said whether they will"]), ("Türkiye", ["Türkiye has refused to sign"]),
               ("European Union", ["The EU has therefore not signed"])]:
    R(d, a, "signed", MACOLIN, None, nq, negated=True, alt=alt)
R(d, SIW, "called-for", MACOLIN, "2024-09-04", "Sport Integrity Watch calls on the remaining signatories, and in particular Germany, Spain and France, to ratify the Convention before the end of 2025")

# ===================== 09 =====================
d = "09_coe_webpage_bern_convention_wolf.txt"
TUE = "2024-12-03"
R(d, BERNSC, "adopted", WOLF, TUE,
  "The Standing Committee to the Convention on the Conservation of European Wildlife and Natural Habitats (Bern Convention), meeting in Strasbourg for its 44th session, on Tuesday adopted the proposal submitted by the European Union to move the wolf (Canis lupus) from Appendix II (strictly protected fauna species) to Appendix III (protected fauna species) of the Convention")
R(d, "European Union", "co-sponsored", WOLF, None, "the proposal submitted by the European Union")
R(d, "European Union", "supported", WOLF, TUE, "The European Union, which exercises the votes of its 27 member States in matters within its competence, voted in favour")
RL(d, ["Switzerland", "Norway", "Liechtenstein"], "supported", WOLF, TUE, "voted in favour, as did Switzerland, Norway and Liechtenstein")
RL(d, ["Monaco", "United Kingdom"], "supported", WOLF, TUE, "Monaco and the United Kingdom voted against", negated=True)
RL(d, ["Georgia", "Iceland", "Türkiye"], "supported", WOLF, TUE, "Georgia, Iceland and Türkiye abstained", negated=True)
RL(d, ["Burkina Faso", "Morocco", "Senegal", "Tunisia"], "supported", WOLF, TUE, "Burkina Faso, Morocco, Senegal and Tunisia were not represented at the session", negated=True, required=False)
R(d, "Kazakhstan", ["acceded", "party"], BERN, "2024-12-02", "Kazakhstan, invited by the Committee of Ministers in 2023 to accede, deposited its instrument of accession with the Secretary General of the Council of Europe on 2 December 2024")
R(d, "Kazakhstan", "party", BERN, None, "becoming the Convention's 51st Contracting Party", required=False)
R(d, "Mauritania", NOTBOUND, BERN, None, "Mauritania, an observer since 2017, has not acceded.", negated=True)
R(d, "Ukraine", ["ratified", "party"], NICOSIA, "2024-11-28", "28/11/2024 Ukraine ratifies the Council of Europe Convention on Offences relating to Cultural Property (Nicosia Convention)")

# ===================== 10 =====================
d = "10_kenya_statement_unesco_antidoping_cop9.txt"
DAY, YEST = "2023-11-21", "2023-11-20"
R(d, "Kenya", ["party", "ratified", "acceded"], ICADS, "2009", "Kenya has been a State Party to the International Convention against Doping in Sport since 2009.")
R(d, "Kenya", ["endorsed", "signed"], COPENHAGEN, "2006", "Three years before that, in 2006, our Government signed the Copenhagen Declaration on Anti-Doping in Sport")
R(d, "Kenya", "committed", ICADS, DAY, "Kenya remains firmly committed to the Convention")
R(d, "Kenya", "committed", WADC, DAY, "Kenya remains firmly committed to the Convention and to the principles of the World Anti-Doping Code.")
R(d, "Tuvalu", ["ratified", "party"], ICADS, "2023", "We welcome the ratification of the Convention by Tuvalu earlier this year")
RL(d, ["Equatorial Guinea", "Somalia", "South Sudan"], NOTBOUND, ICADS, None,
   "Among the UNESCO Member States that remain outside the Convention are Equatorial Guinea, Somalia and South Sudan.", negated=True)
R(d, "Kenya", "called-for", ICADS, DAY, "We call on them, and on all others that have not yet done so, to ratify or accede to the Convention without delay")
R(d, "Ethiopia", ["acceded", "party"], ICADS, "2015", "It acceded to the Convention only in 2015")
RL(d, ["Kenya", "Jamaica", "Ethiopia"], "co-sponsored", CP11, None,
   "my delegation was proud to co-sponsor, together with Jamaica and Ethiopia, the resolution on the Fund for the Elimination of Doping in Sport (9CP/11)")
R(d, COP, "adopted", CP11, YEST, "which the Conference adopted yesterday by consensus")
RL(d, ["Tunisia", "Morocco"], "party", COEAD, None, "Tunisia and Morocco have shown that African States can contribute to it. Both States are parties")
R(d, "Kenya", NOTBOUND, COEAD, None, "Kenya itself is not a party to that Convention and has no plans to join it at present.", negated=True)
R(d, "Kenya", "supported", ANNEXES, DAY, "my delegation supports the draft operational guidelines on the use of the Fund and the amendments to the Annexes of the Convention proposed by the Bureau", required=False)

# ===================== 11 =====================
d = "11_eu_statement_inc_plastics_geneva.txt"
DAY = "2025-08-05"
R(d, "European Union", "committed", UNEA514, DAY, "The EU remains fully committed to the mandate given to this Committee by United Nations Environment Assembly resolution 5/14")
R(d, UNEA, "adopted", UNEA514, "2022-03-02", "which the Assembly adopted in Nairobi on 2 March 2022")
R(d, "European Union", "endorsed", NICE, "2025-06", "In June, at the Third United Nations Ocean Conference in Nice, the EU and all its Member States were among the 95 countries that endorsed the \"Nice wake up call for an ambitious plastics treaty\"")
R(d, "European Union", "endorsed", LISBON, None, "We also recall the political declaration of the 2022 Conference in Lisbon, \"Our ocean, our future: call for action\", which the EU endorsed and continues to implement.")
RL(d, ["Saudi Arabia", "Russian Federation", "Iran"], "endorsed", NICE, None,
   "among them Saudi Arabia, the Russian Federation and the Islamic Republic of Iran – did not endorse the Nice call", negated=True)
R(d, "European Union", ["endorsed", "signed"], B2B, "2024-04", "we came to Ottawa in April 2024 with a clear message, and the EU then joined the Bridge to Busan Declaration on primary plastic polymers")
R(d, "European Union", "called-for", PLASTICS, DAY, "The EU therefore calls on all delegations to conclude, in this session, an ambitious and effective international legally binding instrument on plastic pollution",
  alt=["we urge all States to sign and ratify the treaty swiftly once it is adopted"])
R(d, "European Union", ["party", "ratified", "acceded"], STOCKHOLM, "2004", "The EU and its Member States are also Parties to the Stockholm Convention on Persistent Organic Pollutants, which the EU approved in 2004")
R(d, "European Union", "welcomed", CHAIRTEXT, DAY, "we welcome the Chair's text of 1 December 2024 as the basis for our work", required=False)

# ===================== 12 =====================
d = "12_joint_communique_kenya_barbados.txt"
DAY, SIGN = "2023-09-07", "2023-09-06"
R(d, AFRICA_HOS, "adopted", NAIROBIDECL, "2023-09-06", "the Nairobi Declaration on Climate Change and Call to Action, adopted by the African Heads of State and Government at the Summit on 6 September 2023")
R(d, "Kenya", ["endorsed", "supported"], BRIDGETOWN, "2023-06", "the Bridgetown Initiative for the Reform of the Global Financial Architecture, which Kenya endorsed in June 2023 at the Summit for a New Global Financing Pact in Paris",
  alt=["President Ruto reaffirmed Kenya's support for the Bridgetown Initiative"])
RL(d, ["Barbados", "Kenya"], ["endorsed", "signed"], FOURP, None, "The two countries are among the signatories of the Paris Pact for People and the Planet (4P)")
RL(d, ["Barbados", "Kenya"], "called-for", FOURP, DAY, "they called on other States to join it")
RL(d, ["Barbados", "Kenya"], "committed", AAAA, DAY, "The leaders reaffirmed their commitment to the Addis Ababa Action Agenda of the Third International Conference on Financing for Development")
RL(d, ["Barbados", "Kenya"], "committed", SENDAI, DAY, "The leaders reaffirmed their commitment to the Addis Ababa Action Agenda of the Third International Conference on Financing for Development and to the Sendai Framework for Disaster Risk Reduction 2015–2030")
R(d, "Barbados", "signed", AFREX, "2022", "Barbados, which signed the Partnership Agreement of the African Export-Import Bank (Afreximbank) in 2022")
R(d, "Barbados", NOTRATIFIED, AFREX, None, "expects to complete its ratification before the end of the year", negated=True)
sgq = "the two sides signed on 6 September 2023 the following instruments:"
RL(d, ["Barbados", "Kenya"], "signed", ASA, SIGN, sgq + " a) Air Services Agreement between the Government of Barbados and the Government of the Republic of Kenya")
RL(d, ["Barbados", "Kenya"], "signed", MOUT, SIGN, "b) Memorandum of Understanding on Cooperation in the Field of Tourism", alt=[sgq])
RL(d, ["Barbados", "Kenya"], "signed", VISA, SIGN, "c) Agreement on the Waiver of Visa Requirements for Holders of Diplomatic and Official Passports", alt=[sgq])
RL(d, ["Barbados", "Kenya"], "signed", BIT, None, "The two sides agreed to conclude, at an early date, a Bilateral Investment Treaty", negated=True, required=False)

# ===================== 13 =====================
d = "13_wire_pact_for_the_future_adopted.txt"
DAY = "2024-09-22"
pq = "The 193-member Assembly adopted the Pact, together with a Global Digital Compact and a Declaration on Future Generations annexed to it, without a vote"
R(d, GA, "adopted", PACT, DAY, pq, alt=["World leaders on Sunday adopted a \"Pact for the Future\""])
R(d, GA, "adopted", GDC, DAY, pq)
R(d, GA, "adopted", DFG, DAY, pq)
R(d, "Russian Federation", "co-sponsored", RUAM, None, "Russian Deputy Foreign Minister Sergei Vershinin had introduced an amendment", required=False)
RL(d, ["Belarus", "Iran", "Nicaragua", "Democratic People's Republic of Korea", "Syria"], "co-sponsored", RUAM, None,
   "The amendment was co-signed by Belarus, Iran, Nicaragua, North Korea and Syria.", required=False)
R(d, "Russian Federation", "supported", PACT, DAY, "Vershinin said Moscow would \"distance itself\" from the consensus on the Pact", negated=True, required=False)
R(d, GA, "adopted", R76307, "2022-09", "The summit had been decided by the Assembly in resolution 76/307 of September 2022.")
R(d, "Argentina", "supported", PACT, DAY, "Argentina's delegation joined the consensus", required=False)
R(d, "United States", "supported", PACT, DAY, "The United States, whose President Joe Biden is due to address the Assembly on Tuesday, supported the Pact.")

# ===================== 14 =====================
d = "14_explainer_undrop_peasants_declaration.txt"
GAV, HRCV = "2018-12-17", "2018-09-28"
R(d, GA, "adopted", UNDROP, GAV, "The General Assembly adopted it on 17 December 2018 as resolution 73/165, by a recorded vote of 121 in favour to 8 against, with 54 abstentions.")
R(d, HRC, "adopted", UNDROP, HRCV, "The Human Rights Council adopted the text on 28 September 2018 by 33 votes to 3, with 11 abstentions.")
RL(d, ["Bolivia", "Cuba", "Ecuador", "South Africa"], "co-sponsored", UNDROP, None, "Bolivia, Cuba, Ecuador and South Africa were among the co-sponsors of the Assembly resolution.")
vq = "Who voted against? In the General Assembly: Australia, Guatemala, Hungary, Israel, New Zealand, Sweden, the United Kingdom and the United States."
cq = "At the Council, only Australia, Hungary and the United Kingdom had voted no."
for a in ["Australia", "Guatemala", "Hungary", "Israel", "New Zealand", "Sweden", "United Kingdom", "United States"]:
    alt = []
    if a in ("Australia", "Hungary", "United Kingdom"):
        alt.append(cq)
    if a in ("Sweden", "Hungary"):
        alt.append("Sweden and Hungary voted against")
    R(d, a, "supported", UNDROP, GAV, vq, negated=True, alt=alt or None)
RL(d, ["Luxembourg", "Portugal"], "supported", UNDROP, GAV, "Luxembourg and Portugal voted in favour")
RL(d, ["Germany", "France"], "supported", UNDROP, GAV, "Germany and France abstained, citing concerns about collective rights.", negated=True)
RL(d, ["China", "India", "Indonesia", "Russian Federation"], "supported", UNDROP, GAV, "China, India, Indonesia and the Russian Federation all voted in favour.")
RL(d, ["Brazil", "Japan"], "supported", UNDROP, GAV, "Brazil and Japan abstained.", negated=True)
R(d, "Switzerland", "supported", UNDROP, GAV, "Switzerland, which abstained in 2018", negated=True)
R(d, "Switzerland", "supported", UNDROP, HRCV, "Switzerland, which abstained in 2018 despite having backed the Council text")
R(d, "Switzerland", ["endorsed", "supported"], UNDROP, "2021", "Switzerland, which abstained in 2018 despite having backed the Council text, announced its support in 2021.")
R(d, "Spain", ["endorsed", "supported"], UNDROP, "2023-03", "its Government formally endorsed the Declaration in March 2023", alt=["Spain did the same last year"])
R(d, HRC, "adopted", PEASANTWG, "2023-10", "Last October the Human Rights Council voted to create a working group on the rights of peasants, to promote the Declaration's implementation.")
RL(d, ["United Kingdom", "United States"], "supported", PEASANTWG, "2023-10", "with the United Kingdom and the United States among those voting against", negated=True)

# ===================== 15 =====================
d = "15_aph_bills_digest_hns_convention.txt"
R(d, "Australia", JOINED, HNS10, None, "so that Australia can accede to the Protocol", negated=True,
  alt=["The Government has announced that it intends to deposit an instrument of accession once the Bill and its companion levy Bill have passed."])
R(d, IMOCONF, "adopted", HNS96, "1996-05", "The original HNS Convention was adopted by an International Maritime Organization (IMO) diplomatic conference in May 1996")
R(d, IMOCONF, "adopted", HNS10, "2010-04-30", "A further diplomatic conference adopted the 2010 Protocol on 30 April 2010")
R(d, "Australia", "signed", HNS10, None, "Australia did not sign the 2010 Protocol while it was open for signature", negated=True)
jq = ("seven States had consented to be bound by the 2010 Protocol: Norway (2017), Türkiye (2017), Canada and South Africa (both 2018), Denmark and Estonia (2022) "
      "and, most recently, Slovakia (January 2024)")
for a, dt in [("Norway", "2017"), ("Türkiye", "2017"), ("Canada", "2018"), ("South Africa", "2018"), ("Denmark", "2022"), ("Estonia", "2022"), ("Slovakia", "2024-01")]:
    R(d, a, BOUND, HNS10, dt, jq)
nq = "The Netherlands, Germany and France signed the Protocol in 2011 but have not ratified it"
for a in ["Netherlands", "Germany", "France"]:
    R(d, a, "signed", HNS10, "2011", nq)
    R(d, a, NOTRATIFIED, HNS10, None, nq, negated=True, alt=["all three have told the IMO Legal Committee that they expect to do so in 2025"])
R(d, "Belgium", JOINED, HNS10, None, "Belgium is reported to be considering whether to accede.", negated=True)
R(d, "Australia", ["party", "ratified", "acceded"], BUNKERS, "2009", "Australia has been a party to the International Convention on Civil Liability for Bunker Oil Pollution Damage, 2001 (Bunkers Convention) since 2009")
R(d, "Australia", ["acceded", "party"], WRC, "2023", "acceded to the Nairobi International Convention on the Removal of Wrecks, 2007 in 2023")
RL(d, ["Australia"], ["party", "ratified", "acceded"], CLC92, None, "It is also a party to the 1992 Civil Liability Convention and the 1992 Fund Convention")
RL(d, ["Australia"], ["party", "ratified", "acceded"], FUND92, None, "It is also a party to the 1992 Civil Liability Convention and the 1992 Fund Convention")
R(d, "Australia", NOTBOUND, SUPP03, None, "Australia has not joined the 2003 Supplementary Fund Protocol.", negated=True)

# ===================== 16 =====================
d = "16_dirco_pelindaba_treaty_anniversary.txt"
DAY = "2024-07-15"
R(d, "South Africa", "committed", PELINDABA, DAY, "The Minister of International Relations and Cooperation, Mr Ronald Lamola, today reaffirmed South Africa's commitment to the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)")
R(d, "South Africa", "signed", PELINDABA, "1996-04-11", "signed the Treaty in Cairo on 11 April 1996, the day it was opened for signature")
R(d, "South Africa", ["ratified", "party"], PELINDABA, "1998-03", "and ratified it in March 1998")
R(d, "Burundi", ["ratified", "party"], PELINDABA, None, "The Treaty entered into force after the deposit of the twenty-eighth instrument of ratification, that of Burundi")
R(d, "Morocco", ["ratified", "party"], PELINDABA, "2023", "Morocco's ratification, deposited last year, brought the number of States Parties to 44.")
tq = ("Nine African States have signed the Treaty but not yet ratified it, among them Egypt, which hosted the signing ceremony, as well as Djibouti, Liberia, "
      "Somalia, Sudan and Uganda.")
for a in ["Egypt", "Djibouti", "Liberia", "Somalia", "Sudan", "Uganda"]:
    R(d, a, "signed", PELINDABA, None, tq)
    R(d, a, NOTRATIFIED, PELINDABA, None, tq, negated=True)
R(d, "South Sudan", "signed", PELINDABA, None, "South Sudan has neither signed nor ratified the Treaty.", negated=True)
bq = "China, France, the Russian Federation and the United Kingdom have ratified both."
for a in ["China", "France", "Russian Federation", "United Kingdom"]:
    R(d, a, ["ratified", "party"], P1, None, bq)
    R(d, a, ["ratified", "party"], P2, None, bq)
uq = "The United States signed both Protocols in April 1996"
R(d, "United States", "signed", P1, "1996-04", uq)
R(d, "United States", "signed", P2, "1996-04", uq)
R(d, "United States", NOTRATIFIED, P1, None, uq + " but has yet to ratify them", negated=True)
R(d, "United States", NOTRATIFIED, P2, None, uq + " but has yet to ratify them", negated=True)
R(d, "France", ["ratified", "party"], P3, None, "Protocol III concerns States with territories within the zone for which they are internationally responsible. France ratified it")
R(d, "Spain", "signed", P3, None, "Spain, the other State eligible to join it, has not signed it.", negated=True)
kq = "We call on the United States to ratify Protocols I and II without further delay"
R(d, "South Africa", "called-for", P1, DAY, kq)
R(d, "South Africa", "called-for", P2, DAY, kq)
R(d, "South Africa", "called-for", PELINDABA, DAY, "and on the nine signatory States to ratify the Treaty so that the whole continent is covered")

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
