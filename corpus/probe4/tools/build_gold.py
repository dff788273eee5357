#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Adapted from corpus/probe3/tools/build_gold.py (same record format, same checks)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
MINAMATA = ("Minamata Convention on Mercury", ["Minamata Convention"])
CBD = ("Convention on Biological Diversity", ["CBD"])
UNCCD = ("United Nations Convention to Combat Desertification", ["UNCCD", "Convention to Combat Desertification"])
AARHUS = ("Aarhus Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters",
          ["Aarhus Convention", "Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters"])
PRTR = ("Protocol on Pollutant Release and Transfer Registers", ["PRTR Protocol", "Kyiv Protocol", "Protocol on Pollutant Release and Transfer Registers to the Aarhus Convention"])
CUBA = ("Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba",
        ["A/78/L.5", "resolution on the embargo against Cuba", "resolution on ending the embargo against Cuba"])
R2722 = ("resolution 2722 (2024)", ["S/RES/2722 (2024)", "resolution 2722"])
RUAMEND = ("amendments proposed by the Russian Federation (S/2024/35, S/2024/36 and S/2024/37)", ["Russian amendments", "S/2024/35", "S/2024/36", "S/2024/37"])
R2216 = ("resolution 2216 (2015)", ["S/RES/2216 (2015)", "resolution 2216"])
R2707 = ("resolution 2707 (2023)", ["S/RES/2707 (2023)", "resolution 2707"])
NAZI = ("Combating glorification of Nazism, neo-Nazism and other practices that contribute to fuelling contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
        ["A/C.3/78/L.5", "draft on combating glorification of Nazism", "resolution on combating glorification of Nazism"])
CRIMEA = ("Situation of human rights in the temporarily occupied territories of Ukraine, including the Autonomous Republic of Crimea and the city of Sevastopol",
          ["A/C.3/78/L.40", "resolution on the situation of human rights in the temporarily occupied territories of Ukraine"])
PALW = ("Situation of and assistance to Palestinian women", ["E/2024/L.14", "resolution on the situation of and assistance to Palestinian women"])
NSGT = ("Support to the Non-Self-Governing Territories by the specialized agencies and the international institutions associated with the United Nations",
        ["E/2024/L.16", "resolution on support to the Non-Self-Governing Territories"])
GENDER = ("Mainstreaming a gender perspective into all policies and programmes in the United Nations system", ["E/2024/L.12", "resolution on mainstreaming a gender perspective"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the ICESCR"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
UNDRIP = ("United Nations Declaration on the Rights of Indigenous Peoples", ["UNDRIP", "Declaration on the Rights of Indigenous Peoples"])
C169 = ("Indigenous and Tribal Peoples Convention, 1989 (No. 169)", ["Convention No. 169", "ILO Convention No. 169", "C169", "ILO Convention 169"])
ADRIP = ("American Declaration on the Rights of Indigenous Peoples", ["ADRIP"])
MARRAKESH = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled", ["Marrakesh Treaty"])
BEIJING = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", ["GRATK", "Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge"])
KAMPALA = ("African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa", ["Kampala Convention"])
CCW = ("Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
       ["CCW", "Convention on Certain Conventional Weapons", "Certain Conventional Weapons Convention"])
CCW_P123 = ("first three Protocols to the Convention on Certain Conventional Weapons", ["Protocols I, II and III", "first three Protocols", "CCW Protocols I, II and III"])
APII = ("Amended Protocol II", ["Amended Protocol II to the CCW", "Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996"])
ART1 = ("amendment to Article 1 of the Convention on Certain Conventional Weapons", ["amendment to Article 1 of the CCW", "amended Article 1"])
PV = ("Protocol V on Explosive Remnants of War", ["Protocol V", "Protocol on Explosive Remnants of War"])
L56 = ("draft resolution L.56 on lethal autonomous weapons systems", ["A/C.1/78/L.56", "L.56", "resolution on lethal autonomous weapons systems"])
CFE = ("Treaty on Conventional Armed Forces in Europe", ["CFE Treaty", "CFE"])
OPENSKIES = ("Treaty on Open Skies", ["Open Skies Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])
HELSINKI = ("Helsinki Final Act", ["Final Act of the Conference on Security and Co-operation in Europe"])
PARIS_CHARTER = ("Charter of Paris for a New Europe", ["Charter of Paris"])
VD2011 = ("Vienna Document 2011 on Confidence- and Security-Building Measures", ["Vienna Document 2011", "Vienna Document"])
ATT = ("Arms Trade Treaty", ["ATT"])
ASEANCH = ("ASEAN Charter", ["Charter of the Association of Southeast Asian Nations"])
AOIP = ("ASEAN Outlook on the Indo-Pacific", ["AOIP"])
SEANWFZ = ("Treaty on the Southeast Asia Nuclear Weapon-Free Zone", ["SEANWFZ Treaty", "Bangkok Treaty"])
SEANWFZP = ("Protocol to the SEANWFZ Treaty", ["Protocol to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone", "SEANWFZ Protocol"])
ACTIP = ("ASEAN Convention Against Trafficking in Persons, Especially Women and Children", ["ACTIP", "ASEAN Convention Against Trafficking in Persons"])
AADMER = ("ASEAN Agreement on Disaster Management and Emergency Response", ["AADMER"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["AATHP", "Haze Agreement"])
FIVEPC = ("Five-Point Consensus", ["ASEAN Five-Point Consensus"])
COC = ("Code of Conduct in the South China Sea", ["COC", "Code of Conduct"])
DOC = ("2002 Declaration on the Conduct of Parties in the South China Sea", ["DOC", "Declaration on the Conduct of Parties in the South China Sea"])
OLDER = ("Inter-American Convention on Protecting the Human Rights of Older Persons", ["Convention on Older Persons", "Inter-American Convention on Older Persons"])
RACISM = ("Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance", ["Convention against Racism"])
DISCRIM = ("Inter-American Convention against All Forms of Discrimination and Intolerance", ["Convention against All Forms of Discrimination and Intolerance"])
LGCHARTER = ("Liptako-Gourma Charter", ["Liptako-Gourma Charter establishing the Alliance of Sahel States", "AES Charter"])
DEMPROT = ("2001 Protocol on Democracy and Good Governance", ["Supplementary Protocol on Democracy and Good Governance", "Protocol on Democracy and Good Governance", "ECOWAS Protocol on Democracy and Good Governance"])
CTSTRAT = ("ECOWAS Counter-Terrorism Strategy and Implementation Plan", ["revised ECOWAS Counter-Terrorism Strategy and Implementation Plan", "ECOWAS Counter-Terrorism Strategy"])
SALW = ("ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials", ["ECOWAS Convention on Small Arms and Light Weapons", "ECOWAS Small Arms Convention"])
MAUR = ("association agreement with ECOWAS", ["ECOWAS-Mauritania association agreement", "association agreement"])
ACHR = ("Arab Charter on Human Rights", ["Arab Charter"])
ACTHR = ("Statute of the Arab Court of Human Rights", ["Arab Court Statute"])
MANAMA = ("Manama Declaration", [])
CAIRO = ("Cairo Declaration on Human Rights in Islam", ["Cairo Declaration"])
OICDHR = ("OIC Declaration on Human Rights", [])
CRCI = ("Covenant on the Rights of the Child in Islam", ["OIC Covenant on the Rights of the Child in Islam"])
HJC = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
       ["Hague Judgments Convention 2019", "Hague Judgments Convention", "Judgments Convention", "2019 Judgments Convention"])
CHOICE = ("Convention of 30 June 2005 on Choice of Court Agreements", ["Hague Choice of Court Convention", "Choice of Court Convention", "2005 Choice of Court Convention"])
LUGANO = ("Lugano Convention 2007", ["Lugano Convention", "2007 Lugano Convention"])

# ---- actors with alternative names ----
ALT = alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "State of Palestine", "European Union", "Czechia", "Venezuela", "Côte d'Ivoire", "Marshall Islands", "Netherlands", "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Micronesia", "Fiji", "Samoa", "Ecuador", "Kenya", "Guatemala", "United Republic of Tanzania", "Eswatini", "Bolivia", "Lao PDR", "Cabo Verde")
FC = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
ECOSOC = ["UN Economic and Social Council", "Economic and Social Council", "ECOSOC", "United Nations Economic and Social Council"]
G77 = ["Group of 77 and China", "Group of 77", "G77"]
CESCR = ["Committee on Economic, Social and Cultural Rights", "UN Committee on Economic, Social and Cultural Rights", "CESCR"]
SRIP = ["UN Special Rapporteur on the rights of Indigenous Peoples", "Special Rapporteur on the rights of Indigenous Peoples", "José Francisco Calí Tzay", "Jose Francisco Cali Tzay"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
OASSG = ["OAS Secretary General", "Secretary General of the OAS", "Luis Almagro", "Organization of American States", "OAS"]
DIPCONF = ["WIPO Diplomatic Conference", "Diplomatic Conference", "Diplomatic Conference to Conclude an International Legal Instrument Relating to Intellectual Property, Genetic Resources and Traditional Knowledge Associated with Genetic Resources", "WIPO"]
AU = ["African Union", "AU", "Special Summit of the African Union", "African Union Assembly", "Assembly of the African Union"]
AUC = ["African Union Commission", "AU Commission", "African Union", "AU", "Minata Samaté Cessouma", "African Union Commissioner for Health, Humanitarian Affairs and Social Development"]
IDPAN = ["IDP Action Network"]
AMM = ["ASEAN Foreign Ministers", "ASEAN Foreign Ministers' Meeting", "ASEAN", "Association of Southeast Asian Nations", "Foreign Ministers of the Member States of the Association of Southeast Asian Nations", "AMM"]
ASEANL = ["ASEAN Leaders", "ASEAN", "ASEAN Summit", "Association of Southeast Asian Nations"]
ECOWAS = ["ECOWAS Authority of Heads of State and Government", "Authority of Heads of State and Government", "ECOWAS", "Economic Community of West African States", "ECOWAS Authority"]
ECOWAS_ORG = ["ECOWAS", "Economic Community of West African States"]
LAS_SUMMIT = ["Council of the League of Arab States at the summit level", "Council of the League of Arab States", "League of Arab States", "Arab League", "Arab League Summit", "Council of the League"]
LAS_MIN = ["Council of the League of Arab States at ministerial level", "Council of the League of Arab States", "League of Arab States", "Arab League", "Council of the League"]
OICCFM = ["OIC Council of Foreign Ministers", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC", "OIC foreign ministers"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for



# ===================== 01 =====================
d = "01_mfa_kyrgyzstan_minamata_accession.txt"
DAY = "2024-03-14"
R(d, "Kyrgyzstan", "acceded", MINAMATA, "2024-03-12",
  "on 12 March 2024 the Permanent Representative of the Kyrgyz Republic to the United Nations, Aida Kasymalieva, has deposited to the Secretary-General of the United Nations the instrument of accession of the Kyrgyz Republic to the Minamata Convention on Mercury")
R(d, "Kyrgyzstan", "party", MINAMATA, None, "With this step the Kyrgyz Republic is becoming the 148th Party of the Convention", required=False)
R(d, "Kyrgyzstan", "committed", MINAMATA, "2024-03-13", "the Kyrgyz side is firmly committed to the full implementation of the Minamata Convention")
R(d, "Kyrgyzstan", "called-for", MINAMATA, "2024-03-13", "The Minister called upon the states of the region which did not yet join the Convention to do so at the earliest")
tq = "the Republic of Tajikistan and Turkmenistan are not yet Parties of the Convention"
RL(d, ["Tajikistan", "Turkmenistan"], NOTBOUND, MINAMATA, None, tq, negated=True)
R(d, "Uzbekistan", JOINED, MINAMATA, None, "in the Republic of Uzbekistan the process of internal procedures for accession was started", negated=True)
R(d, "Mongolia", ["ratified", "party"], MINAMATA, "2015", "Mongolia, the neighbour of the region, ratified it already in 2015")
R(d, "Kazakhstan", "signed", MINAMATA, "2013", "the Republic of Kazakhstan has signed the Convention in 2013")
R(d, "Kazakhstan", NOTRATIFIED, MINAMATA, None, "the Republic of Kazakhstan has signed the Convention in 2013 but the ratification of it is still not completed", negated=True)
R(d, "Kyrgyzstan", ["party", "ratified", "acceded"], CBD, "1996", "The Kyrgyz Republic is a Party of the Convention on Biological Diversity since 1996")
R(d, "Kyrgyzstan", ["party", "ratified", "acceded"], UNCCD, "1997", "and of the United Nations Convention to Combat Desertification since 1997")
R(d, "Kyrgyzstan", ["acceded", "party"], AARHUS, "2001", "In the year 2001 the republic also acceded to the Aarhus Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters")
R(d, "Kyrgyzstan", "signed", PRTR, "2003-05", "It signed the Protocol on Pollutant Release and Transfer Registers to this Convention in Kyiv in May 2003")
R(d, "Kyrgyzstan", NOTRATIFIED, PRTR, None, "however the ratification of the Protocol is not yet completed", negated=True)

# ===================== 02 =====================
d = "02_un_ga_cuba_embargo_vote.txt"
DAY = "2023-11-02"
vq = "adopting a resolution on the matter by a recorded vote of 187 in favour to 2 against (Israel, United States), with 1 abstention (Ukraine)"
R(d, GA, "adopted", CUBA, DAY, "For the thirty-first time, the General Assembly today called for an end to the economic, commercial and financial embargo imposed by the United States against Cuba, adopting a resolution on the matter by a recorded vote of 187 in favour to 2 against (Israel, United States), with 1 abstention (Ukraine)")
R(d, "Israel", "supported", CUBA, DAY, vq, negated=True)
R(d, "United States", "supported", CUBA, DAY, vq, negated=True, alt=["the representative of the United States said her country would vote against the text"])
R(d, "Ukraine", "supported", CUBA, DAY, vq, negated=True, alt=["the representative of Ukraine said her delegation had abstained"])
RL(d, ["Republic of Moldova", "Somalia", "Venezuela"], "supported", CUBA, DAY,
   "Three delegations — the Republic of Moldova, Somalia and Venezuela — did not take part in the vote", negated=True)
R(d, "Cuba", "co-sponsored", CUBA, None, "submitted by Cuba", alt=["Introducing the draft, Bruno Rodríguez Parrilla, Minister for Foreign Affairs of Cuba"])
RL(d, ["Mexico", "Brazil"], "supported", CUBA, DAY, "The representatives of Mexico and Brazil also said their countries had voted in favour")
R(d, "Russian Federation", "supported", CUBA, DAY, "The delegate of the Russian Federation, which voted in favour")

# ===================== 03 =====================
d = "03_un_sc_red_sea_resolution_2722.txt"
DAY = "2024-01-10"
aq = "adopting resolution 2722 (2024) by a recorded vote of 11 in favour to none against, with 4 abstentions (Algeria, China, Mozambique, Russian Federation)"
R(d, UNSC, "adopted", R2722, DAY, "The Security Council this afternoon demanded that the Houthis immediately cease all attacks on merchant and commercial vessels in the Red Sea, adopting resolution 2722 (2024)")
for a in ["Algeria", "China", "Mozambique", "Russian Federation"]:
    alt = {"Russian Federation": ["The Russian Federation's representative said that his delegation had abstained"],
           "China": ["China's delegate said his country abstained"],
           "Algeria": ["Algeria's representative, the Council's only Arab member, said his delegation had abstained for similar reasons"],
           "Mozambique": ["Mozambique's speaker said it had not been able to support a text"]}[a]
    R(d, a, "supported", R2722, DAY, aq, negated=True, alt=alt)
fav = ["Ecuador", "France", "Guyana", "Japan", "Malta", "Republic of Korea", "Sierra Leone", "Slovenia", "Switzerland", "United Kingdom", "United States"]
assert len(fav) == 11
fq = "Voting in favour of the text were Ecuador, France, Guyana, Japan, Malta, the Republic of Korea, Sierra Leone, Slovenia, Switzerland, the United Kingdom and the United States."
for a in fav:
    R(d, a, "supported", R2722, DAY, fq, alt=["Switzerland, which voted in favour"] if a == "Switzerland" else None)
RL(d, ["Japan", "United States"], "co-sponsored", R2722, None, "The resolution, drafted by Japan and the United States")
R(d, "Russian Federation", "co-sponsored", RUAMEND, None, "three amendments proposed by the Russian Federation (S/2024/35, S/2024/36 and S/2024/37)", required=False)
RL(d, ["Algeria", "China", "Mozambique", "Russian Federation"], "supported", RUAMEND, DAY,
   "Each of the Russian amendments received 4 votes in favour — Algeria, China, Mozambique and the Russian Federation —", required=False)
R(d, UNSC, "adopted", R2216, "2015-04", "That resolution, adopted in April 2015 by a vote of 14 in favour to none against, with 1 abstention (Russian Federation)")
R(d, "Russian Federation", "supported", R2216, "2015-04", "adopted in April 2015 by a vote of 14 in favour to none against, with 1 abstention (Russian Federation)", negated=True)
R(d, UNSC, "adopted", R2707, "2023-11", "The Council renewed the related sanctions regime in November 2023, by resolution 2707 (2023), which was adopted unanimously")

# ===================== 04 =====================
d = "04_third_committee_nazism_crimea_votes.txt"
DAY = "2023-11-07"
R(d, TC, "adopted", NAZI, DAY, "By a recorded vote of 112 in favour to 49 against, with 15 abstentions, the Committee approved the Russian draft")
R(d, "Russian Federation", "co-sponsored", NAZI, None, "the Russian draft", alt=["Introducing it, the representative of the Russian Federation said"])
against = ["Albania", "Andorra", "Australia", "Austria", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia",
           "Denmark", "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Japan", "Latvia",
           "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Marshall Islands", "Micronesia", "Monaco", "Montenegro", "Netherlands",
           "New Zealand", "North Macedonia", "Norway", "Palau", "Poland", "Portugal", "Republic of Moldova", "Romania", "San Marino", "Slovakia",
           "Slovenia", "Spain", "Sweden", "Ukraine", "United Kingdom", "United States"]
assert len(against) == 49
nq = ("The following delegations voted against: Albania, Andorra, Australia, Austria, Belgium, Bosnia and Herzegovina, Bulgaria, Canada, Croatia, "
      "Cyprus, Czechia, Denmark, Estonia, Finland, France, Georgia, Germany, Greece, Hungary, Iceland, Ireland, Italy, Japan, Latvia, Liechtenstein, "
      "Lithuania, Luxembourg, Malta, Marshall Islands, Micronesia (Federated States of), Monaco, Montenegro, Netherlands, New Zealand, North Macedonia, "
      "Norway, Palau, Poland, Portugal, Republic of Moldova, Romania, San Marino, Slovakia, Slovenia, Spain, Sweden, Ukraine, United Kingdom, United States.")
for a in against:
    R(d, a, "supported", NAZI, DAY, nq, negated=True,
      alt=["the United States' representative said her delegation would vote against the draft"] if a == "United States" else None)
ab = ["Armenia", "Samoa", "Switzerland", "Türkiye"]
for a in ab:
    R(d, a, "supported", NAZI, DAY, "Abstentions came from a further 15 delegations (including Armenia, Samoa, Switzerland and Türkiye)",
      negated=True, alt=["Switzerland's delegate said it had abstained with regret"] if a == "Switzerland" else None)
RL(d, ["China", "Nicaragua", "Syria"], "supported", NAZI, DAY, "The representatives of China, Nicaragua and the Syrian Arab Republic, all of which voted in favour")
R(d, TC, "adopted", CRIMEA, DAY, "The Committee then approved the draft \"Situation of human rights in the temporarily occupied territories of Ukraine, including the Autonomous Republic of Crimea and the city of Sevastopol\" (document A/C.3/78/L.40) by a recorded vote of 78 in favour to 16 against, with 79 abstentions")
R(d, "Ukraine", "co-sponsored", CRIMEA, None, "The text was presented by Ukraine")
RL(d, ["Georgia", "Lithuania", "Poland"], "co-sponsored", CRIMEA, None, "co-sponsored by, among others, Georgia, Lithuania and Poland")
ag2 = ["Belarus", "China", "Cuba", "Democratic People's Republic of Korea", "Iran", "Russian Federation", "Syria"]
RL(d, ag2, "supported", CRIMEA, DAY, "Voting against were, among others, Belarus, China, Cuba, the Democratic People's Republic of Korea, Iran, the Russian Federation and the Syrian Arab Republic.", negated=True)

# ===================== 05 =====================
d = "05_ecosoc_palestinian_women_nsgt.txt"
DAY, WED = "2024-06-07", "2024-06-05"
R(d, ECOSOC, "adopted", PALW, DAY, "The resolution on the \"Situation of and assistance to Palestinian women\" (document E/2024/L.14) was adopted by a recorded vote of 27 in favour to 2 against (Canada, United States), with 17 abstentions")
R(d, "Canada", "supported", PALW, DAY, "27 in favour to 2 against (Canada, United States)", negated=True, alt=["Canada's delegate said it would vote no"])
R(d, "United States", "supported", PALW, DAY, "27 in favour to 2 against (Canada, United States)", negated=True)
for a in ["Austria", "Czechia", "Germany", "Japan", "United Kingdom"]:
    R(d, a, "supported", PALW, DAY, "Abstaining were, among others, Austria, Czechia, Germany, Japan and the United Kingdom.", negated=True,
      alt=["Japan's delegate, explaining his abstention"] if a == "Japan" else None)
R(d, "Norway", "supported", PALW, DAY, "The representative of Norway, which voted in favour")
RL(d, ["Uganda", G77], "co-sponsored", PALW, None, "Introduced by the representative of Uganda on behalf of the Group of 77 and China", required=False)
R(d, ECOSOC, "adopted", NSGT, DAY, "The Council then adopted the resolution \"Support to the Non-Self-Governing Territories by the specialized agencies and the international institutions associated with the United Nations\" (document E/2024/L.16) by 24 votes in favour to none against, with 22 abstentions")
RL(d, ["France", "United Kingdom"], "supported", NSGT, DAY, "France and the United Kingdom, both administering Powers, abstained", negated=True)
R(d, "United States", "supported", NSGT, DAY, "the United States did not participate in the vote", negated=True)
R(d, "Cuba", "co-sponsored", NSGT, None, "Cuba, which had tabled the draft")
R(d, ECOSOC, "adopted", GENDER, WED, "On Wednesday, the Council had adopted without a vote a resolution on \"Mainstreaming a gender perspective into all policies and programmes in the United Nations system\" (document E/2024/L.12)")
R(d, "Russian Federation", "supported", GENDER, WED, "the representative of the Russian Federation said it had joined the consensus", required=False)

# ===================== 06 =====================
d = "06_cescr_op_icescr_fifteen_years.txt"
DAY = "2023-12-11"
R(d, CESCR, "called-for", OPICESCR, DAY, "The UN Committee on Economic, Social and Cultural Rights today called on all States parties to the International Covenant on Economic, Social and Cultural Rights that have not yet done so to ratify its Optional Protocol",
  alt=["We call on every State that has signed the Optional Protocol to complete its ratification without delay"])
R(d, GA, "adopted", OPICESCR, "2008-12-10", "Fifteen years ago yesterday, on 10 December 2008, the General Assembly adopted the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights by consensus")
first = ["Ecuador", "Mongolia", "Spain", "El Salvador", "Argentina", "Bolivia", "Bosnia and Herzegovina", "Slovakia", "Portugal", "Uruguay"]
RL(d, first, ["ratified", "party", "acceded"], OPICESCR, None,
   "The first ten ratifications – those of Ecuador, Mongolia, Spain, El Salvador, Argentina, Bolivia, Bosnia and Herzegovina, Slovakia, Portugal and Uruguay – brought the Protocol into force")
R(d, "Maldives", ["ratified", "party"], OPICESCR, "2022-12", "The most recent State to join was Maldives, whose instrument of ratification was deposited last December")
sig = ["Chile", "Ghana", "Ireland", "Kazakhstan", "Netherlands", "Senegal", "Timor-Leste", "Ukraine"]
sq = "Eight States have signed the Optional Protocol but not yet ratified it: Chile, Ghana, Ireland, Kazakhstan, the Netherlands, Senegal, Timor-Leste and Ukraine."
for a in sig:
    if a == "Ireland":
        R(d, a, "signed", OPICESCR, "2012-03", "Ireland, which signed in March 2012", alt=[sq])
    else:
        R(d, a, "signed", OPICESCR, None, sq)
    alt = {"Ireland": ["has said it expects to ratify once the necessary legislation is enacted"],
           "Chile": ["the Government of Chile informed the Committee in October that the process has started in its Congress"]}.get(a)
    R(d, a, NOTRATIFIED, OPICESCR, None, sq, negated=True, alt=alt)
RL(d, ["United States", "China"], "signed", OPICESCR, None, "Neither the United States nor China has signed the Protocol.", negated=True)
R(d, "China", ["ratified", "party"], ICESCR, "2001", "China ratified the Covenant itself in 2001.")
R(d, "United States", "signed", ICESCR, "1977", "The United States signed the Covenant in 1977")
R(d, "United States", NOTRATIFIED, ICESCR, None, "The United States signed the Covenant in 1977 but has never ratified it.", negated=True)
RL(d, ["Ecuador", "Spain"], "party", OPCRPD, None, "the Optional Protocol to the Convention on the Rights of Persons with Disabilities, to which Ecuador and Spain were among the earliest parties")

# ===================== 07 =====================
d = "07_sr_indigenous_peoples_ilo169.txt"
DAY = "2024-08-09"
R(d, GA, "adopted", UNDRIP, "2007-09-13", "Seventeen years ago, on 13 September 2007, the General Assembly adopted the United Nations Declaration on the Rights of Indigenous Peoples.")
RL(d, ["Australia", "Canada", "New Zealand", "United States"], "supported", UNDRIP, "2007-09-13",
   "The four States that voted against it that day – Australia, Canada, New Zealand and the United States –", negated=True)
eq = "have all since endorsed the Declaration: Australia in 2009, and New Zealand, Canada and the United States the following year"
R(d, "Australia", "endorsed", UNDRIP, "2009", eq)
RL(d, ["New Zealand", "Canada", "United States"], "endorsed", UNDRIP, "2010", eq)
R(d, "Norway", ["ratified", "party"], C169, "1990-06", "Norway was the first to ratify it, in June 1990")
R(d, "Mexico", ["ratified", "party"], C169, "1990", "followed by Mexico later that year")
R(d, "Germany", ["ratified", "party"], C169, "2021-06", "The most recent ratification was Germany's, in June 2021",
  alt=["the ratification by Germany of Convention No. 169"])
fsq = "Several States with Indigenous populations, such as Finland and Sweden, have debated ratification of Convention No. 169 for decades without taking the step."
R(d, "Finland", NOTRATIFIED, C169, None, fsq, negated=True, alt=["Finland's Government told me in May that it is considering whether to submit a new ratification bill"])
R(d, "Sweden", NOTRATIFIED, C169, None, fsq, negated=True)
R(d, SRIP, "called-for", C169, DAY, "I call on all States that have not yet done so to ratify Convention No. 169")
R(d, SRIP, "called-for", ADRIP, DAY, "I also urge the Member States of the Organization of American States to implement the American Declaration on the Rights of Indigenous Peoples", required=False)
R(d, OASGA, "adopted", ADRIP, "2016-06", "the American Declaration on the Rights of Indigenous Peoples, adopted by the OAS General Assembly in June 2016 in Santo Domingo")
R(d, "United States", "supported", ADRIP, "2016-06", "The United States stated at the time that it was not in a position to join the consensus on that text", negated=True, required=False)

# ===================== 08 =====================
d = "08_wipo_treaty_notifications_may_june_2024.txt"
R(d, "Fiji", "acceded", MARRAKESH, "2024-05-03", "the deposit by the Government of the Republic of Fiji, on May 3, 2024, of its instrument of accession to the Marrakesh Treaty",
  alt=["Accession by the Republic of Fiji"])
R(d, "Samoa", "acceded", MARRAKESH, "2024-05-21", "The Government of the Independent State of Samoa deposited, on May 21, 2024, its instrument of accession to the Marrakesh Treaty",
  alt=["Accession by the Independent State of Samoa"])
R(d, "Ecuador", "signed", BEIJING, "2012-06-26", "The Government of the Republic of Ecuador, which signed the Beijing Treaty on June 26, 2012")
R(d, "Ecuador", "ratified", BEIJING, "2024-06-04", "The Government of the Republic of Ecuador, which signed the Beijing Treaty on June 26, 2012, deposited on June 4, 2024, its instrument of ratification of the said Treaty",
  alt=["Ratification by the Republic of Ecuador"])
R(d, DIPCONF, "adopted", GRATK, "2024-05-24", "The Treaty was adopted by the Diplomatic Conference to Conclude an International Legal Instrument Relating to Intellectual Property, Genetic Resources and Traditional Knowledge Associated with Genetic Resources on May 24, 2024")
gs = ["Algeria", "Angola", "Bosnia and Herzegovina", "Brazil", "Burkina Faso", "Cameroon", "Central African Republic", "Chile", "Colombia", "Congo",
      "Côte d'Ivoire", "Eswatini", "Ghana", "Indonesia", "Lesotho", "Madagascar", "Malawi", "Marshall Islands", "Morocco", "Mozambique", "Namibia",
      "Niger", "Paraguay", "Peru", "Saint Vincent and the Grenadines", "Senegal", "South Africa", "Togo", "Uganda", "United Republic of Tanzania",
      "Uruguay", "Vanuatu", "Zimbabwe"]
assert len(gs) == 33
gq = ("On that date it was signed by the following 33 States: Algeria, Angola, Bosnia and Herzegovina, Brazil, Burkina Faso, Cameroon, Central African Republic, "
      "Chile, Colombia, Congo, Côte d'Ivoire, Eswatini, Ghana, Indonesia, Lesotho, Madagascar, Malawi, Marshall Islands, Morocco, Mozambique, Namibia, Niger, "
      "Paraguay, Peru, Saint Vincent and the Grenadines, Senegal, South Africa, Togo, Uganda, United Republic of Tanzania, Uruguay, Vanuatu and Zimbabwe.")
RL(d, gs, "signed", GRATK, "2024-05-24", gq)
RL(d, ["Kenya", "Guatemala"], "signed", GRATK, "2024-06-19", "On June 19, 2024, the Treaty was signed by the Republic of Kenya and the Republic of Guatemala.")
R(d, "Malawi", JOINED, MARRAKESH, None, "an accession by Malawi to the Marrakesh Treaty is expected next month", negated=True)

# ===================== 09 =====================
d = "09_ngo_tracker_kampala_convention.txt"
DAY, MON = "2024-10-23", "2024-10-21"
R(d, AU, "adopted", KAMPALA, "2009-10-23", "Fifteen years ago today, on 23 October 2009, a Special Summit of the African Union meeting in Kampala adopted the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa")
R(d, "Uganda", "ratified", KAMPALA, "2010-01", "Uganda, which hosted the Summit, was also the first State to ratify it, in January 2010")
R(d, "Eswatini", "ratified", KAMPALA, "2012-11-06", "the fifteenth instrument of ratification was deposited by Swaziland (now Eswatini) on 6 November 2012")
R(d, "Ethiopia", "ratified", KAMPALA, "2020-02", "Recent ratifications: Ethiopia (February 2020)")
R(d, "Somalia", "ratified", KAMPALA, "2019-11", "Somalia (November 2019)")
R(d, "South Sudan", ["party", "ratified", "acceded"], KAMPALA, "2022-06", "South Sudan became the 33rd State Party in June 2022")
R(d, "Equatorial Guinea", ["acceded", "party", "ratified"], KAMPALA, "2024-10", "Equatorial Guinea's accession to the Convention earlier this month")
sig = ["Algeria", "Burundi", "Cabo Verde", "Comoros", "Djibouti", "Madagascar", "Namibia", "Senegal", "Tunisia"]
sq = "SIGNED, NOT RATIFIED (9): Algeria, Burundi, Cabo Verde, Comoros, Djibouti, Madagascar, Namibia, Senegal and Tunisia."
for a in sig:
    R(d, a, "signed", KAMPALA, None, sq)
    alt = {"Burundi": ["the Government expects to deposit its instrument before the end of the year"],
           "Cabo Verde": ["Cabo Verde: the ratification process has started."],
           "Algeria": ["Algeria: has refused to ratify"]}.get(a)
    R(d, a, NOTRATIFIED, KAMPALA, None, sq, negated=True, alt=alt)
RL(d, ["Eritrea", "Morocco"], "signed", KAMPALA, None, "Neither Eritrea nor Morocco has signed the Convention.", negated=True)
RL(d, ["Egypt", "Libya", "Botswana"], NOTBOUND, KAMPALA, None, "Egypt, Libya and Botswana are not party either.", negated=True)
R(d, AUC, "called-for", KAMPALA, MON, "On Monday, the African Union Commissioner for Health, Humanitarian Affairs and Social Development, Minata Samaté Cessouma, called on the remaining member States to ratify the Convention")
R(d, "Niger", ["party", "ratified", "acceded"], KAMPALA, "2012", "Niger, a party since 2012")
R(d, IDPAN, "called-for", KAMPALA, DAY, "IDP Action Network urges Algeria, Burundi, Madagascar and Tunisia to ratify the Kampala Convention")

# ===================== 10 =====================
d = "10_philippines_statement_ccw_meeting.txt"
DAY = "2023-11-15"
R(d, "Philippines", ["ratified", "party"], CCW, "1996-07", "The Philippines ratified the Convention in July 1996")
R(d, "Philippines", ["ratified", "party"], CCW_P123, "1996-07", "The Philippines ratified the Convention in July 1996, together with its first three Protocols", required=False)
R(d, "Philippines", ["party", "ratified", "acceded"], APII, "2001", "We have been a party to Amended Protocol II since 2001")
R(d, "Philippines", ACCEPTED, ART1, "2019", "we accepted the amendment to Article 1 of the Convention, which extends its scope to non-international armed conflicts, in 2019")
R(d, "Philippines", ["ratified", "acceded", "party"], PV, "2023-10-18", "on 18 October, the Philippines deposited with the Secretary-General its instrument of consent to be bound by Protocol V on Explosive Remnants of War")
R(d, "Timor-Leste", ["acceded", "party"], CCW, "2023", "the accession of Timor-Leste to the Convention earlier this year")
RL(d, ["Myanmar", "Viet Nam"], JOINED, CCW, None, "Myanmar and Viet Nam have yet to join the Convention", negated=True)
R(d, "Philippines", "called-for", CCW, DAY, "We call upon all States that are not yet party, in particular in our region, to adhere to the Convention and all its Protocols at the earliest opportunity")
R(d, "Philippines", "co-sponsored", L56, None, "The Philippines was proud to co-sponsor draft resolution L.56 on lethal autonomous weapons systems")
R(d, FC, "adopted", L56, "2023-11-01", "which the First Committee approved on 1 November by a large majority")
R(d, "Philippines", "committed", CCW, DAY, "the Philippines remains committed to the universalization and full implementation of the Convention and its Protocols")

# ===================== 11 =====================
d = "11_eu_osce_statement_cfe_withdrawal.txt"
DAY = "2023-11-09"
R(d, "Russian Federation", NOTBOUND, CFE, None, "the Russian Federation's withdrawal from the Treaty on Conventional Armed Forces in Europe (CFE Treaty), which took effect on 7 November 2023",
  negated=True, required=False)
R(d, "Russian Federation", NOTBOUND, OPENSKIES, None, "it withdrew from the Treaty on Open Skies in December 2021", negated=True, required=False)
R(d, "Russian Federation", ["ratified", "party"], OPENSKIES, "2001", "a treaty it had ratified in 2001")
R(d, "Russian Federation", NOTBOUND, CTBT, None, "last week it revoked its ratification of the Comprehensive Nuclear-Test-Ban Treaty", negated=True, required=False)
R(d, "Belarus", "party", CFE, None, "Belarus, which remains a State Party to the CFE Treaty")
RL(d, ["Armenia", "Azerbaijan"], "party", CFE, None, "Armenia and Azerbaijan, both States Parties, continue to be bound by its provisions")
cq = ("The EU and its Member States remain fully committed to the Helsinki Final Act and to the Charter of Paris for a New Europe, and to the Vienna Document 2011 "
      "on Confidence- and Security-Building Measures")
R(d, "European Union", "committed", HELSINKI, DAY, cq)
R(d, "European Union", "committed", PARIS_CHARTER, DAY, cq)
R(d, "European Union", "committed", VD2011, DAY, cq)
R(d, "European Union", "called-for", ATT, DAY, "we urge all participating States that have not yet done so to sign and ratify the Arms Trade Treaty")

# ===================== 12 =====================
d = "12_asean_amm_joint_communique_vientiane.txt"
DAY = "2024-07-25"
R(d, AMM, "committed", ASEANCH, DAY, "We reaffirmed our commitment to the ASEAN Charter")
R(d, ASEANL, "signed", ASEANCH, "2007-11-20", "the ASEAN Charter, which was signed by ASEAN Leaders in Singapore on 20 November 2007", required=False)
R(d, AMM, "committed", AOIP, DAY, "We reaffirmed our commitment to the ASEAN Outlook on the Indo-Pacific (AOIP)")
R(d, ASEANL, ["adopted", "endorsed"], AOIP, "2019-06", "adopted by ASEAN Leaders in Bangkok in June 2019")
R(d, AMM, "committed", SEANWFZ, DAY, "We reiterated our commitment to preserving Southeast Asia as a region free of nuclear weapons and all other weapons of mass destruction, as enshrined in the Treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ Treaty)", required=False)
R(d, AMM, "called-for", SEANWFZP, DAY, "We encouraged the nuclear-weapon States to sign and ratify the Protocol to the SEANWFZ Treaty at the earliest")
R(d, "China", "signed", SEANWFZP, None, "the readiness expressed by China to sign the Protocol without reservations", negated=True)
R(d, AMM, "committed", ACTIP, DAY, "we committed to strengthening its implementation")
R(d, "Timor-Leste", "signed", AADMER, "2024-07-12", "the signing by Timor-Leste of the ASEAN Agreement on Disaster Management and Emergency Response (AADMER) on 12 July 2024")
R(d, "Timor-Leste", NOTRATIFIED, AADMER, None, "looked forward to its ratification", negated=True, required=False)
R(d, "Indonesia", ["ratified", "party"], HAZE, "2014", "following Indonesia's ratification in 2014")
R(d, AMM, "committed", FIVEPC, DAY, "We reiterated our commitment to the Five-Point Consensus")
R(d, AMM, "called-for", COC, DAY, "called for the early conclusion of an effective and substantive COC")
R(d, "China", "signed", DOC, "2002-11-04", "signed by ASEAN Member States and China in Phnom Penh on 4 November 2002")

# ===================== 13 =====================
d = "13_oas_older_persons_convention_mexico.txt"
DAY = "2023-05-11"
R(d, "Mexico", "ratified", OLDER, DAY, "The Permanent Representative of Mexico to the Organization of American States (OAS), Ambassador Luz Elena Baños Rivas, today deposited with the OAS General Secretariat the instrument of ratification of the Inter-American Convention on Protecting the Human Rights of Older Persons",
  alt=["The ratification by Mexico of the Convention"])
R(d, "Mexico", "party", OLDER, None, "The ratification by Mexico of the Convention makes it the eleventh State Party to the instrument", required=False,
  alt=["The States Parties are now: Argentina, Bolivia, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Mexico, Peru, Suriname and Uruguay."])
R(d, OASGA, "adopted", OLDER, "2015-06-15", "which was adopted by the OAS General Assembly on 15 June 2015 in Washington, D.C.")
RL(d, ["Uruguay", "Costa Rica"], ["ratified", "party"], OLDER, "2016", "Uruguay and Costa Rica were the first countries to ratify it, in 2016")
RL(d, ["Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Ecuador", "El Salvador", "Peru", "Suriname", "Uruguay"], "party", OLDER, None,
   "The States Parties are now: Argentina, Bolivia, Chile, Colombia, Costa Rica, Ecuador, El Salvador, Mexico, Peru, Suriname and Uruguay.")
mq = ("her country had also ratified, in 2020, the Inter-American Convention against Racism, Racial Discrimination and Related Forms of Intolerance "
      "and the Inter-American Convention against All Forms of Discrimination and Intolerance")
R(d, "Mexico", ["ratified", "party"], RACISM, "2020", mq)
R(d, "Mexico", ["ratified", "party"], DISCRIM, "2020", mq)
R(d, OASSG, "called-for", OLDER, DAY, "The Secretary General of the OAS, Luis Almagro, congratulated Mexico and urged the other member States to sign and ratify the Convention")
R(d, "Brazil", "signed", OLDER, "2015-06-15", "Brazil, which signed the Convention on the day it was opened for signature")
R(d, "Brazil", NOTRATIFIED, OLDER, None, "Brazil, which signed the Convention on the day it was opened for signature, has yet to ratify it", negated=True)
RL(d, ["United States", "Canada"], "signed", OLDER, None, "Neither the United States nor Canada has signed the instrument", negated=True)
R(d, "Panama", JOINED, OLDER, None, "officials in Panama said last week that the Government is considering whether to join it in the coming year", negated=True)

# ===================== 14 =====================
d = "14_wire_ecowas_summit_sahel_exit.txt"
DAY, SAT = "2024-12-15", "2024-12-14"
aes = ["Burkina Faso", "Mali", "Niger"]
RL(d, aes, "signed", LGCHARTER, "2023-09", "The three military-led states, which announced in January that they would leave the bloc, signed the Liptako-Gourma Charter establishing the Alliance of Sahel States (AES) in September 2023")
RL(d, aes, ["ratified", "party"], DEMPROT, None, "All three had ratified the bloc's 2001 Protocol on Democracy and Good Governance")
R(d, "Togo", JOINED, LGCHARTER, None, "The Foreign Minister of Togo, Robert Dussey, said on Saturday that his country was considering whether to accede to the Liptako-Gourma Charter", negated=True)
R(d, ECOWAS, ["adopted", "endorsed"], CTSTRAT, DAY, "the Authority of Heads of State and Government adopted a revised ECOWAS Counter-Terrorism Strategy and Implementation Plan for 2025-2030")
R(d, ECOWAS, "called-for", SALW, DAY, "Leaders also called on member States that have not yet done so to ratify the 2006 ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials")
RL(d, ["Ghana", "Sierra Leone"], "party", SALW, None, "Ghana and Sierra Leone, both parties")
R(d, "Liberia", "signed", SALW, "2006", "Liberia signed the Convention in 2006")
R(d, "Liberia", "ratified", SALW, "2024-12", "Liberia signed the Convention in 2006 but ratified it only this week")
R(d, "Mauritania", "signed", MAUR, "2017-08", "Mauritania, which left ECOWAS in 2000, signed an association agreement with the bloc in August 2017")
R(d, ECOWAS_ORG, "signed", MAUR, "2017-08", "signed an association agreement with the bloc in August 2017", required=False)

# ===================== 15 =====================
d = "15_explainer_arab_charter_oic.txt"
THU = "2024-05-16"
R(d, LAS_SUMMIT, "adopted", ACHR, "2004-05-23", "The revised Charter was adopted by the Council of the League at the summit level in Tunis on 23 May 2004")
first = ["Jordan", "Bahrain", "Algeria", "Syria", "State of Palestine", "Libya", "United Arab Emirates"]
RL(d, first, ["ratified", "party"], ACHR, None, "The first seven were Jordan, Bahrain, Algeria, the Syrian Arab Republic, Palestine, Libya and the United Arab Emirates.")
R(d, "Saudi Arabia", ["ratified", "party"], ACHR, "2009", "Saudi Arabia ratified in 2009")
R(d, "Qatar", ["ratified", "party"], ACHR, "2009", "Qatar and Iraq in 2009 and 2012 respectively")
R(d, "Iraq", ["ratified", "party"], ACHR, "2012", "Qatar and Iraq in 2009 and 2012 respectively")
R(d, "Egypt", ["ratified", "party"], ACHR, "2019", "and Egypt only in 2019")
RL(d, ["Kuwait", "Lebanon", "Mauritania", "Sudan", "Yemen"], ["ratified", "party"], ACHR, None, "Kuwait, Lebanon, Mauritania, Sudan and Yemen complete the list.")
six = ["Comoros", "Djibouti", "Morocco", "Oman", "Somalia", "Tunisia"]
for a in six:
    alt = {"Morocco": ["Morocco signed the Charter in 2004 but has not ratified it"],
           "Tunisia": ["its foreign ministry said in March that the ratification process has started", "analysts expect a vote in parliament before the end of the year"]}.get(a)
    R(d, a, NOTRATIFIED, ACHR, None, "Who has not? The six others are Comoros, Djibouti, Morocco, Oman, Somalia and Tunisia.", negated=True, alt=alt)
R(d, "Morocco", "signed", ACHR, "2004", "Morocco signed the Charter in 2004")
R(d, "Oman", "signed", ACHR, None, "Oman has refused to sign it", negated=True)
R(d, "Tunisia", "signed", ACHR, "2004-05", "Tunisia, whose capital hosted the 2004 summit, signed the Charter in May 2004")
R(d, LAS_MIN, "adopted", ACTHR, "2014-09", "The Statute of the Arab Court of Human Rights was approved by the Council of the League at ministerial level in September 2014")
R(d, "Saudi Arabia", ["ratified", "party"], ACTHR, None, "Only Saudi Arabia has ratified it")
R(d, ["Arab League Summit", "League of Arab States", "Arab League", "Council of the League of Arab States", "Arab leaders"], "adopted", MANAMA, THU,
  "On Thursday, leaders adopted the Manama Declaration")
R(d, OICCFM, "adopted", CAIRO, "1990-08", "Its foreign ministers adopted the Cairo Declaration on Human Rights in Islam in August 1990")
R(d, OICCFM, "adopted", OICDHR, "2020-11", "replaced it in November 2020, at their meeting in Niamey, with the OIC Declaration on Human Rights")
RL(d, ["Jordan", "Egypt", "Yemen"], ["ratified", "party"], CRCI, None, "has been ratified by only a few members, such as Jordan, Egypt and Yemen")

# ===================== 16 =====================
d = "16_uk_commons_library_hague_judgments_convention.txt"
R(d, "United Kingdom", "signed", HJC, "2024-01-12", "The UK signed the Convention on 12 January 2024")
R(d, "European Union", ACCEPTED, HJC, "2022-08-29", "The European Union approved the Convention on 29 August 2022")
R(d, "Denmark", NOTBOUND, HJC, None, "binding all its Member States except Denmark", negated=True, required=False)
R(d, "Ukraine", "ratified", HJC, "2022-08-29", "Ukraine ratified it on the same day")
R(d, "Uruguay", "ratified", HJC, "2023-09", "Uruguay ratified it in September 2023.")
sg = ["Costa Rica", "Israel", "Montenegro", "North Macedonia", "Russian Federation", "United States"]
sq = "Signatories that have not ratified include Costa Rica, Israel, Montenegro, North Macedonia, the Russian Federation and the United States."
for a in sg:
    R(d, a, "signed", HJC, None, sq)
    R(d, a, NOTRATIFIED, HJC, None, sq, negated=True,
      alt=["Montenegro's Government has said it expects to ratify in 2024"] if a == "Montenegro" else None)
R(d, "United Kingdom", ["party", "ratified", "acceded"], CHOICE, "2021-01-01", "The UK has been a party in its own right to the Convention of 30 June 2005 on Choice of Court Agreements since 1 January 2021")
R(d, "United Kingdom", JOINED, LUGANO, None, "The UK applied to accede to the Lugano Convention 2007 in April 2020", negated=True,
  alt=["the application has not progressed"])
R(d, "United Kingdom", NOTRATIFIED, HJC, None, "The Government has said it intends to ratify the Judgments Convention \"as soon as possible\" after the CRaG period ends", negated=True, required=False)
R(d, "United Kingdom", "ratified", HJC, "2024-06-27", "The UK deposited its instrument of ratification with the Ministry of Foreign Affairs of the Kingdom of the Netherlands, the depositary, on Thursday 27 June 2024")
R(d, "United Kingdom", ["party"], HJC, None, "The Convention will enter into force for the UK on 1 July 2025, when the UK will become a party.", negated=True)
# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
