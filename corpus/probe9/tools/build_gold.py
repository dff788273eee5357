#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe4/tools/build_gold.py and corpus/probe8/tools/build_gold.py; the record helpers
and the checks are imported from corpus/tools/gold.py (not copied)."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, TC, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
REG = ("Convention on Registration of Objects Launched into Outer Space", ["Registration Convention", "resolution 3235 (XXIX)"])
LIAB = ("Convention on International Liability for Damage Caused by Space Objects", ["Liability Convention", "Space Liability Convention"])
R62101 = ("General Assembly resolution 62/101 on enhancing the practice of States in registering space objects", ["resolution 62/101", "A/RES/62/101"])
C1970 = ("Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property", ["1970 Convention", "UNESCO 1970 Convention"])
UNIDROIT = ("UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", ["UNIDROIT Convention", "1995 UNIDROIT Convention"])
OG1970 = ("Operational Guidelines for the Implementation of the 1970 Convention", ["Operational Guidelines"])
OAUREF = ("OAU Convention Governing the Specific Aspects of Refugee Problems in Africa", ["OAU Refugee Convention", "1969 OAU Convention", "OAU Convention"])
MPFA = ("Migration Policy Framework for Africa and Plan of Action (2018–2030)", ["revised Migration Policy Framework for Africa", "Migration Policy Framework for Africa", "MPFA"])
CAPHE = ("Common African Position on Humanitarian Effectiveness", ["Common African Position"])
NAIROBI = ("Nairobi Declaration on Durable Solutions for Somali Refugees and Reintegration of Returnees in Somalia", ["Nairobi Declaration"])
KAMPALA = ("Kampala Declaration on Jobs, Livelihoods and Self-Reliance for Refugees, Returnees and Host Communities", ["Kampala Declaration"])
DJIBOUTI = ("Djibouti Declaration on Regional Refugee Education", ["Djibouti Declaration"])
PLEDGE_EI = ("multi-stakeholder pledge on economic inclusion and social protection", ["economic inclusion and social protection pledge"])
PLEDGE_ED = ("multi-stakeholder pledge on refugee education", ["refugee education pledge"])
IGADFMP = ("IGAD Protocol on Free Movement of Persons in the IGAD Region", ["Protocol on Free Movement of Persons", "IGAD Free Movement Protocol"])
TRANSH = ("IGAD Protocol on Transhumance", ["Protocol on Transhumance"])
TLAT = ("Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", ["Treaty of Tlatelolco", "Tlatelolco Treaty"])
TLAT_P1 = ("Additional Protocol I to the Treaty of Tlatelolco", ["Additional Protocol I", "Protocol I"])
TLAT_P2 = ("Additional Protocol II to the Treaty of Tlatelolco", ["Additional Protocol II", "Protocol II"])
TLAT_A92 = ("1992 amendment to the Treaty of Tlatelolco", ["1992 amendment"])
TLAT_A91 = ("1991 amendment to the Treaty of Tlatelolco", ["1991 amendment"])
CGRES = ("OPANAL General Conference resolution CG/Res.10/2023", ["CG/Res.10/2023", "resolution CG/Res.10/2023"])
CANWFZ = ("Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["Semipalatinsk Treaty", "CANWFZ Treaty", "Central Asian Nuclear-Weapon-Free Zone Treaty"])
CANWFZ_P = ("Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
            ["Protocol on Negative Security Assurances", "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "CANWFZ Protocol"])
R7749 = ("General Assembly resolution 77/49 on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", ["resolution 77/49", "A/RES/77/49"])
R68262 = ("Territorial integrity of Ukraine", ["resolution 68/262", "A/RES/68/262", "General Assembly resolution on Crimea"])
S2014 = ("Security Council draft resolution on the Crimea referendum (15 March 2014)", ["S/2014/189", "similar draft resolution", "U.S.-drafted text"])
ES114 = ("Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations", ["A/ES-11/L.5", "resolution ES-11/4", "A/RES/ES-11/4"])
S2022720 = ("draft resolution S/2022/720", ["S/2022/720", "Security Council draft resolution on the referendums"])
S2022155 = ("draft resolution S/2022/155", ["S/2022/155", "Security Council draft resolution on Ukraine of 25 February 2022"])
R2623 = ("resolution 2623 (2022)", ["S/RES/2623 (2022)", "resolution 2623"])
R2202 = ("resolution 2202 (2015)", ["S/RES/2202 (2015)", "resolution 2202"])
BUDAPEST = ("Budapest Memorandum on Security Assurances", ["Budapest Memorandum"])
MINSK = ("Package of Measures for the Implementation of the Minsk Agreements", ["Package of Measures", "Minsk Agreements"])
UNCHARTER = ("Charter of the United Nations", ["UN Charter", "United Nations Charter"])
HELSINKI_FA = ("Helsinki Final Act", ["Final Act of the Conference on Security and Co-operation in Europe"])
AT = ("Antarctic Treaty", ["The Antarctic Treaty"])
MADRID = ("Protocol on Environmental Protection to the Antarctic Treaty", ["Environmental Protocol", "Madrid Protocol"])
ANNEX6 = ("Annex VI to the Protocol on Environmental Protection to the Antarctic Treaty: Liability Arising from Environmental Emergencies",
          ["Annex VI", "Measure 1 (2005)", "Liability Annex"])
ACCERES = ("Resolution on the Antarctic Climate Change and Environment Response Work Programme", ["Climate Change Response Work Programme", "ACCE Response Work Programme"])
HELSINKI_AQ = ("Helsinki Declaration on Climate Change and the Antarctic", ["Helsinki Declaration"])
EAMPA = ("proposal for an East Antarctic MPA", ["East Antarctic MPA proposal", "East Antarctic marine protected area"])
WSMPA = ("Weddell Sea MPA proposal", ["Weddell Sea MPA", "Weddell Sea marine protected area"])
D1MPA = ("Antarctic Peninsula proposal (Domain 1 MPA)", ["Domain 1 MPA", "Antarctic Peninsula MPA proposal", "Domain 1 proposal"])
CM9105 = ("Conservation Measure 91-05 (Ross Sea region MPA)", ["Conservation Measure 91-05", "Ross Sea region MPA"])
CM5107 = ("Conservation Measure 51-07", ["CM 51-07"])
CAMLR = ("Convention on the Conservation of Antarctic Marine Living Resources", ["CAMLR Convention", "CCAMLR Convention"])
ECT = ("Energy Charter Treaty", ["ECT"])
ECTDEC_EU = ("Council decision on the withdrawal of the Union from the Energy Charter Treaty", ["decision on the Union's withdrawal", "decisions on the withdrawal of the Union and of Euratom"])
ECTDEC_EA = ("Council decision on the withdrawal of Euratom from the Energy Charter Treaty", ["decision on the withdrawal of Euratom", "decisions on the withdrawal of the Union and of Euratom"])
INTERSE = ("Agreement on the interpretation of the Energy Charter Treaty", ["inter se agreement"])
ECTMOD = ("amendments to the Energy Charter Treaty (modernised ECT)", ["modernised ECT", "modernised Energy Charter Treaty", "modernised Treaty", "amendments to the Energy Charter Treaty"])
GREENDEAL = ("European Green Deal", ["Green Deal"])
IEC = ("International Energy Charter", ["International Energy Charter (2015)"])
PEEREA = ("Energy Charter Protocol on Energy Efficiency and Related Environmental Aspects", ["PEEREA", "Protocol on Energy Efficiency"])
ICSID = ("Convention on the Settlement of Investment Disputes between States and Nationals of Other States", ["ICSID Convention", "Washington Convention"])
ICSIDRULES = ("ICSID Rules and Regulations (2022 amendments)", ["amended ICSID Rules and Regulations", "ICSID Rules", "2022 ICSID Rules"])
AFG = ("Situation of human rights in Afghanistan", ["A/HRC/57/L.23", "resolution on the situation of human rights in Afghanistan"])
AFG_AM = ("amendment A/HRC/57/L.61", ["A/HRC/57/L.61", "L.61"])
UDHR = ("Universal Declaration of Human Rights", ["UDHR"])
SAATM = ("Solemn Commitment to the Establishment of a Single African Air Transport Market", ["Solemn Commitment", "SAATM Solemn Commitment", "SAATM"])
SAATM_MOI = ("Memorandum of Implementation of SAATM", ["Memorandum of Implementation", "SAATM Memorandum of Implementation"])
YD = ("Yamoussoukro Decision", ["Yamoussoukro Decision of 1999"])
A2063 = ("Agenda 2063: The Africa We Want", ["Agenda 2063"])
STYIP = ("Second Ten-Year Implementation Plan of Agenda 2063", ["Second Ten-Year Implementation Plan", "STYIP"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Democratic People's Republic of Korea", "Republic of Korea", "Viet Nam", "Syria",
          "Türkiye", "Czechia", "Venezuela", "Côte d'Ivoire", "Netherlands", "United Arab Emirates", "Kyrgyzstan", "Tajikistan", "Uzbekistan",
          "Kazakhstan", "Lao PDR", "Democratic Republic of the Congo", "Congo", "Central African Republic", "São Tomé and Príncipe", "Bolivia",
          "Eswatini", "Sudan", "South Sudan", "Germany", "Ghana", "Costa Rica", "Mexico", "Colombia", "Guinea", "China", "Egypt", "Chile",
          "Somalia", "Ecuador", "Kenya", "Uganda", "Gambia", "Timor-Leste", "Saudi Arabia", "United Republic of Tanzania", "Togo"),
    "European Union": ["European Union", "EU", "European Union and its Member States"],
    "Soviet Union": ["Soviet Union", "Union of Soviet Socialist Republics", "USSR", "Russian Federation"],
    "Euratom": ["Euratom", "European Atomic Energy Community"],
    "Angola": ["Angola", "Republic of Angola"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Albania": ["Albania", "Republic of Albania"],
    "Djibouti": ["Djibouti", "Republic of Djibouti"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Lao PDR": ["Lao PDR", "Lao People's Democratic Republic", "Laos"],
}
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
UNESCOGC = ["General Conference of UNESCO", "UNESCO General Conference", "UNESCO"]
UNESCODG = ["UNESCO Director-General", "Director-General of UNESCO", "Director-General", "UNESCO"]
UNIDROITCONF = ["diplomatic conference in Rome", "Diplomatic Conference for the adoption of the draft UNIDROIT Convention", "diplomatic conference", "UNIDROIT"]
MSP1970 = ["Meeting of States Parties to the 1970 Convention", "Meeting of States Parties", "States Parties to the 1970 Convention"]
OAUA = ["OAU Assembly of Heads of State and Government", "Assembly of Heads of State and Government of the Organization of African Unity", "OAU Assembly",
        "Organization of African Unity", "OAU"]
AUEC = ["AU Executive Council", "Executive Council of the African Union", "Executive Council", "African Union", "AU"]
AUA = ["AU Assembly", "Assembly of the African Union", "African Union Assembly", "African Union", "AU", "African Union Heads of State and Government"]
AUCOMM = ["AU Commissioner for Health, Humanitarian Affairs and Social Development", "Minata Samate Cessouma", "African Union Commission", "AU Commission",
          "African Union", "AU"]
IGADMIN = ["IGAD Ministers responsible for refugee affairs", "IGAD Ministerial Segment", "IGAD Ministers", "Intergovernmental Authority on Development", "IGAD"]
IGADHOS = ["IGAD Heads of State and Government", "IGAD Special Summit", "IGAD Heads of State", "Intergovernmental Authority on Development", "IGAD"]
IGADLAB = ["IGAD Ministers of Labour", "IGAD Ministers in charge of Labour", "Intergovernmental Authority on Development", "IGAD"]
IGADEDU = ["IGAD Ministers of Education", "Intergovernmental Authority on Development", "IGAD"]
IGADCOM = ["IGAD Council of Ministers", "Council of Ministers of IGAD", "Intergovernmental Authority on Development", "IGAD"]
OPANALGC = ["General Conference of OPANAL", "OPANAL General Conference", "OPANAL", "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"]
OPANALSG = ["Secretary-General of OPANAL", "OPANAL Secretary-General", "Flavio Roberto Bonzanini", "OPANAL"]
OPANALMS = ["OPANAL Member States", "Member States of OPANAL", "OPANAL"]
ATCM = ["Antarctic Treaty Consultative Meeting", "ATCM", "ATCM XLVI", "Consultative Parties", "Antarctic Treaty Consultative Parties"]
CCAMLRC = ["Commission for the Conservation of Antarctic Marine Living Resources", "CCAMLR", "CCAMLR Commission", "Commission"]
SOW = ["Southern Ocean Watch", "Claire Nolan"]
COUNCILEU = ["Council of the EU", "Council of the European Union", "Council", "European Union", "EU"]
EC = ["European Communities", "European Community", "European Union", "EU"]
ECC = ["Energy Charter Conference", "Conference"]
IECCONF = ["Ministerial Conference in The Hague", "Ministerial Conference on the International Energy Charter", "Ministerial Conference"]
ICSIDSG = ["ICSID Secretary-General", "Secretary-General of ICSID", "Martina Polasek", "ICSID", "International Centre for Settlement of Investment Disputes"]
ICSIDAC = ["ICSID Administrative Council", "Administrative Council of ICSID", "Administrative Council", "ICSID"]
IBRDED = ["Executive Directors of the International Bank for Reconstruction and Development", "Executive Directors of the IBRD",
          "International Bank for Reconstruction and Development", "World Bank"]
AVIAMIN = ["African Ministers responsible for civil aviation", "African Ministers in charge of civil aviation"]
MALAWIMIN = ["Malawi", "Republic of Malawi", "Minister of Transport and Public Works of Malawi", "Ministry of Transport and Public Works"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ENDORSED = ["endorsed", "adopted"]
JOINEDPLEDGE = ["endorsed", "committed", "signed"]
SIGNEDDECL = ["signed", "endorsed"]


# ===================== 01 =====================
d = "01_mfa_angola_registration_liability_conventions.txt"
WED = "2025-04-09"
R(d, "Angola", ACCEDED, REG, "2025-04-08",
  "on 8 April, the Ambassador and Permanent Representative of the Republic of Angola to the United Nations, Mr. Francisco José da Cruz, deposited with the "
  "Secretary-General of the United Nations, in his capacity as depositary, the instrument of accession of the Republic of Angola to the Convention on "
  "Registration of Objects Launched into Outer Space")
R(d, GA, "adopted", REG, "1974-11-12", "which the General Assembly adopted by resolution 3235 (XXIX) of 12 November 1974")
R(d, "Angola", ACCEDED, LIAB, "2025-04-08",
  "On the same date, Angola deposited its instrument of accession to the Convention on International Liability for Damage Caused by Space Objects")
bq = "The Republic of Angola thus becomes a party to both Conventions"
R(d, "Angola", "party", REG, None, bq, required=False)
R(d, "Angola", "party", LIAB, None, bq, required=False)
sq = "neither of which our country had signed while they were open for signature"
R(d, "Angola", "signed", REG, None, sq, negated=True)
R(d, "Angola", "signed", LIAB, None, sq, negated=True)
pq = "where the delegation declared that Angola intended to accede to the two instruments before the end of the first quarter of 2025"
R(d, "Angola", JOINED, REG, None, pq, negated=True, required=False)
R(d, "Angola", JOINED, LIAB, None, pq, negated=True, required=False)
cq = "Angola is committed to implementing both Conventions in good faith"
R(d, "Angola", "committed", REG, WED, cq)
R(d, "Angola", "committed", LIAB, WED, cq)
R(d, "Angola", "committed", R62101, WED,
  "The Minister added that Angola will also follow the recommendations of General Assembly resolution 62/101 on enhancing the practice of States in "
  "registering space objects", required=False)
R(d, GA, "adopted", R62101, "2007-12-17", "adopted by the Assembly on 17 December 2007")
R(d, "South Africa", ACCEDED, REG, "2003", "In the region, South Africa acceded to the Registration Convention in 2003")
R(d, "Nigeria", ACCEDED, REG, "2014", "and Nigeria did so in 2014")
RL(d, ["Mozambique", "Namibia"], NOTBOUND, REG, None, "while Mozambique and Namibia have not yet adhered to it", negated=True)
R(d, "Democratic Republic of the Congo", "signed", LIAB, "1973", "The Democratic Republic of the Congo signed the Liability Convention in 1973")
R(d, "Democratic Republic of the Congo", NOTRATIFIED, LIAB, None, "but its ratification is still pending before the national Parliament of that country",
  negated=True)
R(d, "Angola", "called-for", REG, WED,
  "On the same occasion, the Minister encouraged the Member States of the Southern African Development Community that are not yet parties to accede "
  "to the Registration Convention")

# ===================== 02 =====================
d = "02_unesco_press_1970_convention_55_years.txt"
DAY = "2025-11-14"
R(d, UNESCOGC, "adopted", C1970, "1970-11-14",
  "on 14 November 1970, the General Conference of UNESCO, meeting at its sixteenth session, adopted the Convention on the Means of Prohibiting and "
  "Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property")
R(d, "Timor-Leste", RATIFIED, C1970, "2025-11-03", "Timor-Leste deposited its instrument of ratification with the Director-General on 3 November")
R(d, "Malawi", ACCEPTED, C1970, "2025-10-29", "Malawi deposited its instrument of acceptance on 29 October")
R(d, UNESCODG, "called-for", C1970, DAY, "I call on the Member States that have not yet done so to ratify the 1970 Convention")
R(d, UNESCODG, "called-for", UNIDROIT, DAY, "and on all States Parties to join the 1995 UNIDROIT Convention")
R(d, UNIDROITCONF, "adopted", UNIDROIT, "1995-06-24",
  "The UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects was adopted at a diplomatic conference in Rome on 24 June 1995", required=False)
R(d, "Belgium", ACCEDED, UNIDROIT, "2025-06", "Belgium became the most recent of them when it acceded in June 2025")
R(d, "Belgium", "party", UNIDROIT, None, "It has 55 Contracting States. Belgium became the most recent of them", required=False)
RL(d, ["Netherlands", "Switzerland"], "signed", UNIDROIT, "1996", "The Netherlands and Switzerland signed the UNIDROIT Convention in 1996")
RL(d, ["Netherlands", "Switzerland"], NOTRATIFIED, UNIDROIT, None, "but have not ratified it", negated=True)
R(d, "United Kingdom", PARTY, C1970, "2002", "the United Kingdom, a State Party to the 1970 Convention since 2002")
R(d, "United Kingdom", NOTBOUND, UNIDROIT, None, "has not joined it either", negated=True)
R(d, "Japan", ACCEPTED, C1970, "2002", "Japan accepted it in 2002")
R(d, "Germany", RATIFIED, C1970, "2007", "Germany ratified it in 2007")
R(d, "Ireland", RATIFIED, C1970, "2019", "and Ireland only in 2019")
R(d, "Singapore", NOTBOUND, C1970, None, "Singapore has still not joined", negated=True,
  alt=["its Government told the Subsidiary Committee in May that accession was \"under active consideration\""])
R(d, MSP1970, "adopted", OG1970, "2015-05",
  "The Meeting of States Parties, which gathers every two years at UNESCO Headquarters, adopted the Operational Guidelines for the Implementation of the "
  "1970 Convention in May 2015")
R(d, MSP1970, "committed", C1970, "2025", "At its eighth session, this year, it reaffirmed its commitment to the Convention's full implementation")

# ===================== 03 =====================
d = "03_au_press_oau_refugee_convention_55.txt"
DAY = "2024-09-10"
R(d, OAUA, "adopted", OAUREF, "1969-09-10",
  "Fifty-five years ago today, the Assembly of Heads of State and Government of the Organization of African Unity, meeting in Addis Ababa, adopted the "
  "OAU Convention Governing the Specific Aspects of Refugee Problems in Africa")
R(d, "São Tomé and Príncipe", RATIFIED, OAUREF, "2024-06-20",
  "which deposited its instrument of ratification with the Chairperson of the Commission on World Refugee Day, 20 June 2024")
R(d, "São Tomé and Príncipe", "party", OAUREF, None, "thereby became the Convention's forty-sixth State Party", required=False)
RL(d, ["Madagascar", "Somalia"], "signed", OAUREF, "1969-09-10", "Madagascar and Somalia signed it on 10 September 1969")
RL(d, ["Madagascar", "Somalia"], NOTRATIFIED, OAUREF, None, "but have not yet ratified it", negated=True)
R(d, "Djibouti", "signed", OAUREF, "2005", "and Djibouti signed it in 2005")
R(d, "Djibouti", NOTBOUND, OAUREF, None,
  "Among the Member States that remain outside the Convention, Madagascar and Somalia signed it on 10 September 1969 but have not yet ratified it, and "
  "Djibouti signed it in 2005.", negated=True)
nq = "Namibia and Mauritius have neither signed nor ratified the Convention."
RL(d, ["Namibia", "Mauritius"], "signed", OAUREF, None, nq, negated=True)
RL(d, ["Namibia", "Mauritius"], NOTRATIFIED, OAUREF, None, nq, negated=True)
R(d, "Morocco", NOTBOUND, OAUREF, None, "Morocco, which rejoined the Union in January 2017, is not a party either", negated=True,
  alt=["its Government has informed the Commission that it is examining accession"])
R(d, "Eritrea", JOINED, OAUREF, None, "Eritrea's instrument of accession, announced in 2022, has not been received.", negated=True)
R(d, "Uganda", RATIFIED, OAUREF, "1987", "Uganda, which ratified the Convention in 1987")
R(d, "Uganda", "committed", OAUREF, "2024-03", "told the Commission's Specialised Technical Committee in March that it \"stands by every article of it\"",
  required=False)
R(d, AUEC, ENDORSED, MPFA, "2018-01",
  "the Executive Council, at its thirty-second ordinary session in January 2018, endorsed the revised Migration Policy Framework for Africa and Plan of "
  "Action (2018–2030)")
R(d, AUA, "adopted", CAPHE, "2016-01", "the Assembly adopted the Common African Position on Humanitarian Effectiveness in January 2016")
R(d, AUCOMM, "called-for", OAUREF, DAY,
  "urged \"the nine Member States that are still outside the Convention to ratify or accede to it without delay")

# ===================== 04 =====================
d = "04_igad_ministerial_communique_grf_2023.txt"
DAY = "2023-12-14"
R(d, IGADMIN, "committed", NAIROBI, DAY,
  "We reaffirm our commitment to the Nairobi Declaration on Durable Solutions for Somali Refugees and Reintegration of Returnees in Somalia")
R(d, IGADHOS, "adopted", NAIROBI, "2017-03-25",
  "adopted by the IGAD Heads of State and Government at their Special Summit in Nairobi on 25 March 2017")
R(d, IGADMIN, "committed", KAMPALA, DAY,
  "and to the Kampala Declaration on Jobs, Livelihoods and Self-Reliance for Refugees, Returnees and Host Communities")
R(d, IGADLAB, "adopted", KAMPALA, "2019-03-28", "which our Ministers of Labour adopted on 28 March 2019")
R(d, IGADEDU, "adopted", DJIBOUTI, "2017-12-14",
  "the Djibouti Declaration on Regional Refugee Education, adopted by the IGAD Ministers of Education on 14 December 2017")
RL(d, ["Ethiopia", "Kenya", "Uganda"], JOINEDPLEDGE, PLEDGE_EI, None,
   "Ethiopia, Kenya and Uganda joined the multi-stakeholder pledge on economic inclusion and social protection")
RL(d, ["Somalia", "South Sudan"], NOTRATIFIED, IGADFMP, None,
   "Somalia and South Sudan pledged to ratify the IGAD Protocol on Free Movement of Persons in the IGAD Region in 2024", negated=True)
R(d, "Djibouti", JOINEDPLEDGE, PLEDGE_ED, None, "Djibouti joined the multi-stakeholder pledge on refugee education")
R(d, "Uganda", ["supported", "endorsed", "committed"], PLEDGE_ED, None, "and Uganda renewed its support for it")
R(d, IGADCOM, ENDORSED, IGADFMP, "2020-02-26",
  "the Protocol on Free Movement of Persons was endorsed by the IGAD Council of Ministers in Khartoum on 26 February 2020")
R(d, "Uganda", RATIFIED, IGADFMP, "2022", "Uganda ratified it in 2022")
R(d, "Djibouti", RATIFIED, IGADFMP, "2023", "and Djibouti in 2023")
R(d, "Ethiopia", "signed", IGADFMP, "2021", "Ethiopia signed it in 2021")
R(d, "Ethiopia", NOTRATIFIED, IGADFMP, None, "but has yet to ratify it", negated=True)
sq = "Sudan has neither signed nor ratified it"
R(d, "Sudan", "signed", IGADFMP, None, sq, negated=True)
R(d, "Sudan", NOTRATIFIED, IGADFMP, None, sq, negated=True)
cq = ("We call upon all IGAD Member States that have not yet done so to sign and ratify the Protocol on Free Movement of Persons and its companion "
      "Protocol on Transhumance")
R(d, IGADMIN, "called-for", IGADFMP, DAY, cq)
R(d, IGADMIN, "called-for", TRANSH, DAY, cq)

# ===================== 05 =====================
d = "05_opanal_bulletin_tlatelolco_58.txt"
RL(d, ["Mexico", "Colombia", "Ecuador", "Uruguay"], "signed", TLAT, "1967-02-14",
   "Fourteen States signed it that first day, among them Mexico, Colombia, Ecuador and Uruguay.")
R(d, "Brazil", RATIFIED, TLAT, "1968", "Brazil ratified the Treaty in 1968")
R(d, "Argentina", RATIFIED, TLAT, "1994", "the year in which Argentina, which had signed it in 1967, finally ratified it")
R(d, "Argentina", "signed", TLAT, "1967", "Argentina, which had signed it in 1967")
R(d, "Cuba", RATIFIED, TLAT, "2002-10-23", "it ratified the Treaty on 23 October 2002", alt=["Cuba was the last State of the region to join"])
lq = "France, the Netherlands, the United Kingdom and the United States are all parties to it"
RL(d, ["Netherlands", "United Kingdom", "United States"], "party", TLAT_P1, None, lq)
R(d, "France", PARTY, TLAT_P1, "1992", "France was the last of the four, in 1992", alt=[lq])
R(d, "United Kingdom", RATIFIED, TLAT_P2, "1969", "It was ratified by the United Kingdom in 1969")
R(d, "United States", RATIFIED, TLAT_P2, "1971", "and by the United States in 1971")
RL(d, ["France", "China"], RATIFIED, TLAT_P2, "1974", "by France and China in 1974")
R(d, "Soviet Union", RATIFIED, TLAT_P2, "1979", "and by the Soviet Union in 1979")
R(d, OPANALGC, "adopted", CGRES, "2023-11",
  "At its twenty-eighth regular session, in November 2023, the General Conference of OPANAL adopted resolution CG/Res.10/2023")
RL(d, ["Haiti", "Saint Kitts and Nevis"], NOTRATIFIED, TLAT_A92, None, "Haiti and Saint Kitts and Nevis have yet to ratify it", negated=True)
R(d, OPANALSG, "called-for", TLAT_A92, "2025-02",
  "the Secretary-General of OPANAL, Ambassador Flavio Roberto Bonzanini, this week urged both to complete the process")
R(d, "Jamaica", RATIFIED, TLAT_A91, "2024-06-05", "Jamaica's ratification of the 1991 amendment, deposited on 5 June 2024")
R(d, "Belize", RATIFIED, TLAT_A91, "2024-10-17", "and Belize's, deposited on 17 October 2024")
R(d, OPANALMS, "committed", TLAT, None, "OPANAL's Member States also remain committed to the Treaty of Tlatelolco as a model for other regions",
  required=False)

# ===================== 06 =====================
d = "06_mfa_kyrgyzstan_canwfz_protocol_ten_years.txt"
DAY = "2024-05-06"
RL(d, ["China", "France", "Russian Federation", "United Kingdom", "United States"], "signed", CANWFZ_P, "2014-05-06",
   "on 6 May 2014, at United Nations Headquarters in New York, the five nuclear-weapon States — China, France, the Russian Federation, the United "
   "Kingdom and the United States — signed the Protocol on Negative Security Assurances to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
R(d, "France", RATIFIED, CANWFZ_P, "2014-11", "France ratified the Protocol in November 2014")
RL(d, ["United Kingdom", "Russian Federation"], RATIFIED, CANWFZ_P, "2015", "the United Kingdom and the Russian Federation followed in 2015")
R(d, "China", RATIFIED, CANWFZ_P, "2015-08-17", "the People's Republic of China deposited its instrument on 17 August 2015")
R(d, "United States", NOTRATIFIED, CANWFZ_P, None, "however, it has not yet ratified it", negated=True)
RL(d, ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "signed", CANWFZ, "2006-09-08",
   "The Treaty itself was signed in Semipalatinsk on 8 September 2006 by the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, "
   "Turkmenistan and the Republic of Uzbekistan.")
R(d, "Kyrgyzstan", RATIFIED, CANWFZ, "2007", "Our country ratified it in 2007")
R(d, "Uzbekistan", RATIFIED, CANWFZ, "2007", "the same year as Uzbekistan")
RL(d, ["Tajikistan", "Turkmenistan"], RATIFIED, CANWFZ, "2008", "and Tajikistan and Turkmenistan did so in 2008")
R(d, "Kazakhstan", RATIFIED, CANWFZ, "2009-02", "after Kazakhstan deposited the last instrument of ratification in February 2009")
R(d, "Kyrgyzstan", "committed", CANWFZ, DAY, "Kyrgyzstan remains firmly committed to the Treaty")
R(d, "Kyrgyzstan", "called-for", CANWFZ_P, DAY, "We call on the United States to complete the ratification of the Protocol")
R(d, GA, "adopted", R7749, "2022-12-07", "most recently resolution 77/49, adopted on 7 December 2022 without a vote")
R(d, "Kazakhstan", "co-sponsored", R7749, None, "which was introduced by Kazakhstan on behalf of the five States parties", required=False)
RL(d, ["Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"], "co-sponsored", R7749, None,
   "which was introduced by Kazakhstan on behalf of the five States parties", required=False)

# ===================== 07 =====================
d = "07_wire_ga_crimea_resolution_68_262.txt"
DAY = "2014-03-27"
R(d, GA, "adopted", R68262, DAY, "The U.N. General Assembly on Thursday adopted a resolution that declares invalid the Moscow-backed referendum")
against = ["Armenia", "Belarus", "Bolivia", "Cuba", "Democratic People's Republic of Korea", "Nicaragua", "Russian Federation", "Sudan", "Syria",
           "Venezuela", "Zimbabwe"]
RL(d, against, "supported", R68262, DAY,
   "Voting against were Armenia, Belarus, Bolivia, Cuba, North Korea, Nicaragua, Russia, Sudan, Syria, Venezuela and Zimbabwe.", negated=True)
R(d, "China", "supported", R68262, DAY, "China, India, Brazil and South Africa were among the abstentions", negated=True,
  alt=["Beijing had abstained"])
RL(d, ["India", "Brazil", "South Africa"], "supported", R68262, DAY, "China, India, Brazil and South Africa were among the abstentions", negated=True)
RL(d, ["Egypt", "Pakistan", "Viet Nam"], "supported", R68262, DAY, "as were Egypt, Pakistan and Vietnam", negated=True)
R(d, "Kazakhstan", "supported", R68262, DAY, "Kazakhstan, a close Russian ally, also abstained", negated=True)
R(d, "Turkmenistan", "supported", R68262, DAY, "fellow Central Asian state Turkmenistan did not take part in the vote", negated=True)
dq = "The text was drafted by Ukraine together with Canada, Costa Rica, Germany, Lithuania and Poland"
R(d, "Ukraine", "co-sponsored", R68262, None, dq, alt=["was introduced by Ukraine's acting Foreign Minister Andriy Deshchytsia"])
RL(d, ["Canada", "Costa Rica", "Germany", "Lithuania", "Poland"], "co-sponsored", R68262, None, dq)
R(d, "European Union", "supported", R68262, DAY, "The 28 European Union members voted in favor", required=False)
RL(d, ["United States", "Japan", "Türkiye"], "supported", R68262, DAY, "as did the United States, Japan and Turkey")
RL(d, ["Mexico", "Chile"], "supported", R68262, DAY, "Mexico and Chile, which sit on the Security Council this year, also backed it")
R(d, "Russian Federation", "supported", S2014, "2014-03-15",
  "Moscow had vetoed a similar draft resolution in the 15-nation Security Council on March 15", negated=True)
R(d, "China", "supported", S2014, "2014-03-15", "China abstained in that vote", negated=True)
R(d, "United States", "co-sponsored", S2014, None, "the 13 other council members voted in favor of the U.S.-drafted text", required=False)

# ===================== 08 =====================
d = "08_un_ga_es11_4_annexation_vote.txt"
DAY = "2022-10-12"
R(d, GA, "adopted", ES114, DAY,
  "the General Assembly today adopted a resolution calling on all States not to recognize the Russian Federation's attempted annexation of the Donetsk, "
  "Kherson, Luhansk and Zaporizhzhia regions of Ukraine, by a recorded vote of 143 in favour to 5 against, with 35 abstentions")
R(d, "Ukraine", "co-sponsored", ES114, None,
  "Introducing the draft, the representative of Ukraine said that it had been co-sponsored by more than 70 Member States")
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Russian Federation", "Syria"], "supported", ES114, DAY,
   "The following delegations voted against: Belarus, Democratic People's Republic of Korea, Nicaragua, Russian Federation, Syria.", negated=True)
abst = ["Algeria", "Armenia", "Bolivia", "Burundi", "Central African Republic", "China", "Congo", "Cuba", "Eritrea", "Eswatini", "Ethiopia", "Gabon",
        "Guinea", "Honduras", "India", "Kazakhstan", "Kyrgyzstan", "Lao PDR", "Lesotho", "Mali", "Mongolia", "Mozambique", "Namibia", "Pakistan",
        "South Africa", "South Sudan", "Sri Lanka", "Sudan", "Tajikistan", "Thailand", "Togo", "Uganda", "Uzbekistan", "Viet Nam", "Zimbabwe"]
assert len(abst) == 35
abq = ("Abstaining were: Algeria, Armenia, Bolivia, Burundi, Central African Republic, China, Congo, Cuba, Eritrea, Eswatini, Ethiopia, Gabon, Guinea, "
       "Honduras, India, Kazakhstan, Kyrgyzstan, Lao People's Democratic Republic, Lesotho, Mali, Mongolia, Mozambique, Namibia, Pakistan, South Africa, "
       "South Sudan, Sri Lanka, Sudan, Tajikistan, Thailand, Togo, Uganda, Uzbekistan, Viet Nam, Zimbabwe.")
for a in abst:
    aq = {"India": ["Explaining his delegation's abstention, the representative of India"],
          "Pakistan": ["The representative of Pakistan said his country would abstain"]}.get(a)
    R(d, a, "supported", ES114, DAY, abq, negated=True, alt=aq)
R(d, "Russian Federation", "supported", S2022720, "2022-09-30",
  "the Russian Federation, on 30 September, vetoed a Security Council draft resolution (document S/2022/720)", negated=True)
RL(d, ["Albania", "United States"], "co-sponsored", S2022720, None, "That text, drafted by Albania and the United States")
RL(d, ["Brazil", "China", "Gabon", "India"], "supported", S2022720, "2022-09-30", "with Brazil, China, Gabon and India abstaining", negated=True)
R(d, "Brazil", "supported", ES114, DAY, "Brazil's delegate, who voted in favour")
RL(d, ["Mexico", "Costa Rica"], "supported", ES114, DAY,
   "The representative of Mexico, speaking also for Costa Rica, said both delegations had voted for the resolution")
R(d, "European Union", "supported", ES114, DAY, "the bloc's 27 member States had all voted in favour", required=False)
R(d, "Czechia", "supported", ES114, DAY, "the bloc's 27 member States had all voted in favour", required=False)

# ===================== 09 =====================
d = "09_statement_albania_unsc_resolution_2623.txt"
DAY, FRI = "2022-02-27", "2022-02-25"
R(d, "Albania", "supported", R2623, DAY, "Albania voted in favour of the resolution the Council has just adopted.")
R(d, UNSC, "adopted", R2623, DAY, "By resolution 2623 (2022), this Council has called an emergency special session of the General Assembly",
  alt=["the resolution the Council has just adopted"])
R(d, "Russian Federation", "supported", R2623, DAY, "it could not be blocked by the negative vote of the Russian Federation", negated=True)
RL(d, ["China", "India", "United Arab Emirates"], "supported", R2623, DAY, "China, India and the United Arab Emirates abstained", negated=True)
RL(d, ["China", "India", "United Arab Emirates"], "supported", S2022155, FRI, "China, India and the United Arab Emirates abstained, as they did on Friday",
   negated=True)
RL(d, ["Albania", "United States"], "co-sponsored", S2022155, FRI,
   "Two days ago, Albania and the United States put before this Council draft resolution S/2022/155")
RL(d, ["Brazil", "Gabon", "Ghana", "Kenya", "Mexico", "Norway", "United States"], "supported", S2022155, FRI,
   "Brazil, Gabon, Ghana, Kenya and Mexico joined the European members, Norway and the United States in supporting it")
R(d, "Albania", "supported", S2022155, FRI, "Eleven members of the Council voted for it", required=False)
R(d, "Russian Federation", "supported", S2022155, FRI, "One permanent member, the Russian Federation, vetoed it.", negated=True)
bq = "the Budapest Memorandum, signed on 5 December 1994 by Ukraine, the Russian Federation, the United Kingdom and the United States"
RL(d, ["Ukraine", "Russian Federation", "United Kingdom", "United States"], "signed", BUDAPEST, "1994-12-05", bq)
R(d, "Russian Federation", "committed", MINSK, None,
  "The Russian Federation also undertook to implement the Package of Measures for the Implementation of the Minsk Agreements")
R(d, UNSC, ENDORSED, MINSK, "2015-02", "which this Council endorsed in resolution 2202 (2015), adopted unanimously in February 2015")
R(d, UNSC, "adopted", R2202, "2015-02", "resolution 2202 (2015), adopted unanimously in February 2015")
cq = "Albania remains committed to the Charter of the United Nations and to the Helsinki Final Act"
R(d, "Albania", "committed", UNCHARTER, DAY, cq)
R(d, "Albania", "committed", HELSINKI_FA, DAY, cq)

# ===================== 10 =====================
d = "10_ats_press_atcm46_kochi.txt"
DAY = "2024-05-30"
R(d, "India", RATIFIED, MADRID, "1996", "ratified the Protocol on Environmental Protection to the Antarctic Treaty in 1996")
R(d, "India", PARTY, AT, "1983", "India, which has been a Consultative Party since 1983", required=False)
R(d, ATCM, "adopted", ACCERES, DAY,
  "On its final day, the Meeting adopted five Measures revising management plans for Antarctic Specially Protected Areas and a Resolution on the Antarctic "
  "Climate Change and Environment Response Work Programme")
R(d, ATCM, "committed", MADRID, None, "The Consultative Parties reaffirmed their commitment to the Environmental Protocol", required=False)
R(d, "Saudi Arabia", ACCEDED, AT, "2024-05-23",
  "which deposited its instrument of accession to the Antarctic Treaty with the Government of the United States of America, the depositary, on 23 May 2024")
R(d, "Saudi Arabia", "party", AT, None, "becoming the fifty-seventh Party", required=False)
R(d, "Saudi Arabia", JOINED, MADRID, None, "Saudi Arabia has not yet acceded to the Environmental Protocol", negated=True,
  alt=["its delegation said that it was considering doing so"])
RL(d, ["Portugal", "Venezuela"], RATIFIED, MADRID, None,
   "Portugal and Venezuela deposited their instruments of ratification of the Environmental Protocol")
RL(d, ["Argentina", "Australia", "Belgium", "Chile", "France", "Japan", "New Zealand", "Norway", "South Africa", "Soviet Union", "United Kingdom",
       "United States"], "signed", AT, "1959-12-01",
   "The Treaty was signed in Washington on 1 December 1959 by the twelve countries whose scientists had been active in Antarctica during the "
   "International Geophysical Year: Argentina, Australia, Belgium, Chile, France, Japan, New Zealand, Norway, South Africa, the Union of Soviet Socialist "
   "Republics, the United Kingdom and the United States.")
R(d, ATCM, "adopted", ANNEX6, "2005",
  "Annex VI to the Environmental Protocol, on liability arising from environmental emergencies, was adopted as Measure 1 (2005) at the Twenty-eighth ATCM "
  "in Stockholm", required=False)
RL(d, ["Japan", "Belgium"], ACCEPTED, ANNEX6, None, "Japan and Belgium notified their approval during the past year")
RL(d, ["India", "United States"], NOTRATIFIED, ANNEX6, None, "India and the United States have not yet approved it", negated=True)
R(d, ATCM, "called-for", ANNEX6, DAY,
  "In its closing session today, the Meeting urged the remaining Consultative Parties to approve Measure 1 (2005) as soon as possible")
R(d, ATCM, "adopted", HELSINKI_AQ, "2023-06",
  "The Helsinki Declaration on Climate Change and the Antarctic, adopted by the Forty-fifth ATCM in Helsinki in June 2023")

# ===================== 11 =====================
d = "11_ngo_news_ccamlr43_mpas_blocked.txt"
DAY = "2024-11-01"
RL(d, ["Australia", "European Union", "India", "Norway", "Republic of Korea", "United Kingdom", "Uruguay"], "co-sponsored", EAMPA, "2024",
   "was co-sponsored this year by Australia, the European Union and its Member States, India, Norway, the Republic of Korea, the United Kingdom and "
   "Uruguay")
RL(d, ["European Union", "Norway"], "co-sponsored", WSMPA, None, "The Weddell Sea MPA proposal was put forward by the European Union and Norway")
RL(d, ["Argentina", "Chile"], "co-sponsored", D1MPA, None, "and the Antarctic Peninsula proposal (Domain 1 MPA) by Argentina and Chile")
cq = "China and the Russian Federation again declined to join consensus on the three proposals."
for inst in (EAMPA, WSMPA, D1MPA):
    RL(d, ["China", "Russian Federation"], "supported", inst, None, cq, negated=True)
R(d, CCAMLRC, "adopted", CM9105, "2016-10", "the Ross Sea region MPA, established in October 2016 by Conservation Measure 91-05", required=False)
RL(d, ["United States", "New Zealand"], "co-sponsored", CM9105, None, "after the United States and New Zealand, its co-proponents")
R(d, "Panama", ACCEDED, CAMLR, "2013", "Panama acceded to the Convention in 2013")
R(d, "Ecuador", ACCEDED, CAMLR, "2016", "Ecuador, which acceded in 2016")
R(d, "Canada", PARTY, CAMLR, "1988", "Canada has been a party since 1988")
nq = "We call on every CCAMLR Member to adopt all three MPA proposals at next year's meeting and to restore Conservation Measure 51-07 without delay"
for inst in (EAMPA, WSMPA, D1MPA, CM5107):
    R(d, SOW, "called-for", inst, DAY, nq)

# ===================== 12 =====================
d = "12_council_eu_press_ect_withdrawal.txt"
DAY = "2024-06-27"
wq = ("The European Union and the European Atomic Energy Community (Euratom) have notified the Government of the Portuguese Republic, the depositary of the "
      "Energy Charter Treaty (ECT), of their withdrawal from the Treaty.")
R(d, "European Union", NOTBOUND, ECT, None, wq, negated=True, required=False)
R(d, "Euratom", NOTBOUND, ECT, None, wq, negated=True, required=False)
aq = "The Council adopted the two decisions on the withdrawal of the Union and of Euratom on 30 May 2024"
R(d, COUNCILEU, "adopted", ECTDEC_EU, "2024-05-30", aq)
R(d, COUNCILEU, "adopted", ECTDEC_EA, "2024-05-30", aq)
R(d, "Hungary", "supported", ECTDEC_EU, "2024-05-30", "Hungary voted against the decision on the Union's withdrawal", negated=True)
sq = ("Today in Brussels, the Union, Euratom and 26 Member States signed the Agreement on the interpretation of the Energy Charter Treaty (the \"inter se "
      "agreement\")")
R(d, "European Union", "signed", INTERSE, DAY, sq)
R(d, "Euratom", "signed", INTERSE, DAY, sq)
R(d, "Hungary", "signed", INTERSE, None, "Hungary did not sign it.", negated=True)
R(d, "Italy", NOTBOUND, ECT, None, "Italy withdrew in 2016.", negated=True, required=False)
RL(d, ["France", "Germany", "Poland", "Luxembourg"], NOTBOUND, ECT, None,
   "France, Germany, Poland and Luxembourg notified their withdrawal in 2022 and 2023", negated=True, required=False)
RL(d, ["Slovenia", "Portugal", "Spain", "Netherlands", "Denmark", "Ireland"], NOTBOUND, ECT, None,
   "and Slovenia, Portugal, Spain, the Netherlands, Denmark and Ireland have done so since", negated=True, required=False)
R(d, "United Kingdom", NOTBOUND, ECT, None, "The United Kingdom, which is not a Member State, notified its own withdrawal in April 2024.", negated=True,
  required=False)
R(d, "Cyprus", NOTRATIFIED, ECTMOD, None, "Cyprus has said it intends to remain in the Treaty and to ratify the modernised version.", negated=True)
R(d, "Cyprus", "party", ECT, None, "Cyprus has said it intends to remain in the Treaty", required=False)
R(d, "European Union", "committed", GREENDEAL, DAY, "the EU remains fully committed to the European Green Deal")
R(d, EC, RATIFIED, ECT, "1997", "The European Communities ratified it in 1997")

# ===================== 13 =====================
d = "13_client_alert_modernised_ect_qa.txt"
DAY = "2025-01-15"
R(d, ECC, "adopted", ECTMOD, "2024-12-03",
  "On 3 December 2024, at its 35th meeting, the Energy Charter Conference adopted the amendments to the Energy Charter Treaty (ECT) and its Annexes")
eq = "the European Union and Euratom, which are leaving the Treaty, abstained rather than block it"
R(d, "European Union", "supported", ECTMOD, "2024-12-03", eq, negated=True)
R(d, "Euratom", "supported", ECTMOD, "2024-12-03", eq, negated=True)
R(d, "European Union", NOTBOUND, ECT, None, "the European Union and Euratom, which are leaving the Treaty", negated=True, required=False)
R(d, "Euratom", NOTBOUND, ECT, None, "the European Union and Euratom, which are leaving the Treaty", negated=True, required=False)
RL(d, ["Japan", "Switzerland"], "supported", ECTMOD, None,
   "Japan and Switzerland, which pressed hardest for the modernisation, have both said they support the modernised ECT")
R(d, "Azerbaijan", ["committed", "ratified"], ECTMOD, None, "Azerbaijan has announced that it will not apply the amendments provisionally", negated=True,
  required=False)
R(d, "Albania", NOTRATIFIED, ECTMOD, None, "Albania has said it expects to ratify them in 2025", negated=True)
R(d, "Switzerland", NOTRATIFIED, ECTMOD, None, "Switzerland has begun consulting on ratification", negated=True)
R(d, "United Kingdom", "party", ECT, None, "Is the United Kingdom still a party? Yes, until 27 April 2025, when its withdrawal takes effect.")
R(d, "United Kingdom", NOTBOUND, ECT, None, "until 27 April 2025, when its withdrawal takes effect", negated=True, required=False)
R(d, "United Kingdom", RATIFIED, ECT, "1996", "The UK ratified the ECT in 1996.")
R(d, IECCONF, "adopted", IEC, "2015-05-20",
  "the non-binding political declaration adopted at the Ministerial Conference in The Hague on 20 May 2015", required=False)
RL(d, ["Chile", "Colombia", "Nigeria", "Republic of Korea", "United States"], SIGNEDDECL, IEC, None,
   "Its signatories include Chile, Colombia, Nigeria, the Republic of Korea and the United States.")
R(d, "Jordan", SIGNEDDECL, IEC, "2015", "Jordan, which signed it in 2015")
R(d, "Jordan", ACCEDED, ECT, "2018", "acceded to the ECT in 2018")
RL(d, ["Kazakhstan", "Türkiye"], "party", PEEREA, None, "Kazakhstan and Türkiye are parties to it.")
RL(d, ["Burundi", "Mauritania"], JOINED, ECT, None, "Burundi and Mauritania are considering accession", negated=True,
   alt=["neither has yet deposited an instrument"])

# ===================== 14 =====================
d = "14_icsid_news_convention_2024_review.txt"
DAY = "2025-01-10"
R(d, "Honduras", NOTBOUND, ICSID, None, "Honduras | Notice of denunciation received | February 24, 2024", negated=True, required=False,
  alt=["Honduras's denunciation took effect on August 25, 2024"])
R(d, "Angola", "signed", ICSID, "2024-06-03", "Angola | Signature | June 3, 2024")
R(d, "Angola", RATIFIED, ICSID, "2024-10-14", "Angola | Deposit of instrument of ratification | October 14, 2024")
R(d, "Lao PDR", "signed", ICSID, "2024-11-20", "Lao People's Democratic Republic | Signature | November 20, 2024")
R(d, "Honduras", RATIFIED, ICSID, "1989", "Honduras had ratified the Convention in 1989.")
RL(d, ["Bolivia", "Ecuador", "Venezuela"], NOTBOUND, ICSID, None,
   "It is the fourth State to leave the Convention, after Bolivia in 2007, Ecuador in 2009 and Venezuela in 2012.", negated=True, required=False)
R(d, "Ecuador", "signed", ICSID, "2021-06-21", "Ecuador signed the Convention again on June 21, 2021")
R(d, "Ecuador", RATIFIED, ICSID, "2021-08-04", "and ratified it some six weeks later, on August 4, 2021")
R(d, "Angola", "party", ICSID, None, "becomes the 158th Contracting State", required=False)
R(d, "Lao PDR", NOTRATIFIED, ICSID, None, "The Lao People's Democratic Republic has yet to ratify.", negated=True)
RL(d, ["Brazil", "India"], "signed", ICSID, None, "Brazil and India have never signed the Convention.", negated=True)
R(d, "Thailand", "signed", ICSID, "1985", "Thailand signed it in 1985")
R(d, "Dominican Republic", "signed", ICSID, "2000", "and the Dominican Republic in 2000")
RL(d, ["Thailand", "Dominican Republic"], NOTRATIFIED, ICSID, None, "but neither has ratified it", negated=True)
R(d, "South Africa", "signed", ICSID, None, "South Africa has not signed the Convention", negated=True, alt=["and does not intend to do so"])
R(d, ICSIDSG, "called-for", ICSID, DAY,
  "We encourage all States that have signed the Convention but not yet ratified it to complete the process")
R(d, ICSIDAC, "adopted", ICSIDRULES, "2022-03-21", "approved the amended ICSID Rules and Regulations on March 21, 2022")
R(d, IBRDED, "adopted", ICSID, None, "which was formulated by the Executive Directors of the International Bank for Reconstruction and Development",
  required=False)

# ===================== 15 =====================
d = "15_hrc57_afghanistan_resolution_vote.txt"
DAY = "2024-10-11"
R(d, HRC, "adopted", AFG, DAY,
  "The Human Rights Council this afternoon adopted a resolution on the situation of human rights in Afghanistan")
pq = "The text was presented by Hungary on behalf of the European Union."
R(d, "Hungary", "co-sponsored", AFG, None, pq, required=False)
R(d, "European Union", "co-sponsored", AFG, None, pq, required=False, alt=["thanked the European Union for presenting it"])
RL(d, ["Australia", "Canada", "Norway", "United Kingdom"], "co-sponsored", AFG, None,
   "It was co-sponsored by 52 States, among them Australia, Canada, Norway and the United Kingdom.")
R(d, "China", "co-sponsored", AFG_AM, None, "an amendment (A/HRC/57/L.61) proposed by China")
fav = ["Albania", "Argentina", "Belgium", "Benin", "Brazil", "Bulgaria", "Chile", "Costa Rica", "Côte d'Ivoire", "Dominican Republic", "Finland",
       "France", "Gambia", "Georgia", "Germany", "Ghana", "Honduras", "Japan", "Lithuania", "Luxembourg", "Malawi", "Maldives", "Montenegro",
       "Morocco", "Netherlands", "Paraguay", "Romania", "Somalia", "South Africa", "United States"]
assert len(fav) == 30
fq = ("In favour (30): Albania, Argentina, Belgium, Benin, Brazil, Bulgaria, Chile, Costa Rica, Côte d'Ivoire, Dominican Republic, Finland, France, "
      "Gambia, Georgia, Germany, Ghana, Honduras, Japan, Lithuania, Luxembourg, Malawi, Maldives, Montenegro, Morocco, Netherlands, Paraguay, Romania, "
      "Somalia, South Africa and United States.")
for a in fav:
    R(d, a, "supported", AFG, DAY, fq, alt=["The United States, which voted in favour"] if a == "United States" else None)
for a in ["China", "Cuba", "Eritrea"]:
    R(d, a, "supported", AFG, DAY, "Against (3): China, Cuba and Eritrea.", negated=True,
      alt=["Cuba, explaining its vote against"] if a == "Cuba" else None)
abst = ["Algeria", "Bangladesh", "Burundi", "Cameroon", "India", "Indonesia", "Kazakhstan", "Kuwait", "Kyrgyzstan", "Malaysia", "Qatar", "Sudan",
        "United Arab Emirates", "Viet Nam"]
assert len(abst) == 14
aq = ("Abstentions (14): Algeria, Bangladesh, Burundi, Cameroon, India, Indonesia, Kazakhstan, Kuwait, Kyrgyzstan, Malaysia, Qatar, Sudan, United Arab "
      "Emirates and Viet Nam.")
for a in abst:
    al = {"Qatar": ["Qatar, speaking in explanation of vote before the vote, said it would abstain"],
          "India": ["India said it had abstained consistently on such texts"]}.get(a)
    R(d, a, "supported", AFG, DAY, aq, negated=True, alt=al)
R(d, "Afghanistan", "welcomed", AFG, DAY, "Afghanistan, speaking as the country concerned, welcomed the resolution")
R(d, "Afghanistan", "committed", UDHR, DAY, "the people of Afghanistan remained committed to the Universal Declaration of Human Rights", required=False)

# ===================== 16 =====================
d = "16_malawi_news_release_saatm_agenda2063.txt"
TUE = "2024-11-19"
R(d, "Malawi", "signed", SAATM, TUE,
  "the Government of the Republic of Malawi signed the Solemn Commitment to the Establishment of a Single African Air Transport Market (SAATM)",
  alt=["The Honourable Minister of Transport and Public Works signed on behalf of the Government."])
R(d, "Malawi", "signed", SAATM_MOI, TUE, "On the same occasion, Malawi signed the Memorandum of Implementation of SAATM")
RL(d, ["Mozambique", "Zambia"], "signed", SAATM, "2018-01", "Mozambique and Zambia signed it in January 2018")
R(d, AUA, ADOPTED, SAATM, "2018-01", "when SAATM was launched by the Assembly of the African Union in Addis Ababa", required=False)
R(d, "United Republic of Tanzania", ["signed", "endorsed", "acceded", "party"], SAATM, None, "Tanzania has not yet joined", negated=True)
R(d, AVIAMIN, "adopted", YD, "1999-11-14",
  "which African Ministers responsible for civil aviation adopted in Yamoussoukro, Côte d'Ivoire, on 14 November 1999")
R(d, OAUA, ENDORSED, YD, "2000-07",
  "which the Assembly of Heads of State and Government of the Organization of African Unity endorsed in Lomé in July 2000")
R(d, AUA, "adopted", A2063, "2015-01", "the continental framework adopted by the AU Assembly in January 2015")
mq = "Malawi remains fully committed to Agenda 2063 and to its Second Ten-Year Implementation Plan"
R(d, "Malawi", "committed", A2063, TUE, mq)
R(d, "Malawi", "committed", STYIP, TUE, mq)
R(d, AUA, "adopted", STYIP, "2024-02", "which our Heads of State adopted in February this year")
R(d, MALAWIMIN, "called-for", SAATM, None,
  "The Minister urged the remaining Member States of the Southern African Development Community to sign the Solemn Commitment")

gold.finish(MIN_CHARS, MAX_CHARS)
