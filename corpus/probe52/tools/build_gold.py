#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe51/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (06.md, 14.md, 10.html, 15.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity.
Three documents (11, 13, 14) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote
comes from it. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: summary records and minutes of meetings, in third-person reported speech (General Assembly Main Committees, the Human
Rights Council, a treaty body's dialogue, an ECOSOC regional commission, a Conference of the Parties, a regional organisation's
council, an IMO committee, an ILO Conference committee, a joint parliamentary assembly, the Security Council, a preparatory
committee, an informal consultation, a depositary's briefing, a regional seas commission). "Mr. X (State) said that his
country had ratified ..." is the State's record; "the delegation", "the speaker", "she", "his Government", "the State party"
resolve to the State the speaker represents; a speaker "speaking also on behalf of" named States gives them the record where
the sentence says they acted. Votes in favour are `supported`; votes against, abstentions and not joining a consensus are
`supported` with `negated` and keep the meeting's date; adoption by the committee or body is its `adopted`, dated by the
meeting. Calls on others to sign, ratify, accede or conclude are the caller's `called-for`, dated by the meeting (by the
month where the record gives only the session's span). Domestic steps (a parliament's or cabinet's approval, a bill, a
Council of the EU authorisation, the European Parliament's consent), entry into force, depositaries receiving instruments,
provisional application, declarations under articles 76 and 77, membership of an institution, initialling, a committee
"taking note" and statements on a later meeting's adoption give no record. A figure in a report that the speaker corrects is
replaced by the corrected one."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
COSPONSORED = ["co-sponsored", "supported"]    # introducing, sponsoring or co-sponsoring a draft resolution
ENDORSED_ADOPTED = ["endorsed", "adopted"]     # a body endorsing a text adopted elsewhere

# ---- instruments: (name as the text names it, aliases) ----
# 01 Sixth Committee (terrorism)
MEX = ("Convention on the Marking of Plastic Explosives for the Purpose of Detection", ["Plastic Explosives Convention", "MEX Convention", "1991 Convention", "Convention on the Marking of Plastic Explosives"])
AIRPORTS = ("Protocol for the Suppression of Unlawful Acts of Violence at Airports Serving International Civil Aviation",
            ["Airports Protocol", "1988 Airports Protocol", "Montreal Supplementary Protocol of 1988"])
BEIJINGC = ("Convention on the Suppression of Unlawful Acts relating to International Civil Aviation", ["Beijing Convention", "Beijing Convention 2010", "2010 Beijing Convention"])
BEIJINGP = ("Beijing Protocol", ["Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", "Beijing Protocol 2010", "2010 Beijing Protocol"])
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montreal Protocol 2014", "MP14", "Protocol to Amend the Tokyo Convention"])
CCIT = ("draft comprehensive convention on international terrorism", ["comprehensive convention on international terrorism", "CCIT", "comprehensive convention"])
GCTS = ("General Assembly resolution on the United Nations Global Counter-Terrorism Strategy", ["United Nations Global Counter-Terrorism Strategy", "Global Counter-Terrorism Strategy"])
# 02 Third Committee (right to food)
L32 = ("draft resolution A/C.3/78/L.32: The right to food", ["A/C.3/78/L.32", "The right to food", "right to food resolution"])
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "the Covenant"])
OPICESCR = ("Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", ["OP-ICESCR", "Optional Protocol to the Covenant", "its Optional Protocol"])
FAC = ("Food Assistance Convention", ["Food Assistance Convention, 2012", "FAC"])
# 03 ESCAP
FAPT = ("Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific", ["Framework Agreement", "Paperless Trade Framework Agreement", "FA-PT"])
AH = ("Intergovernmental Agreement on the Asian Highway Network", ["Asian Highway Agreement"])
TAR = ("Intergovernmental Agreement on the Trans-Asian Railway Network", ["Trans-Asian Railway Agreement"])
DRYPORTS = ("Intergovernmental Agreement on Dry Ports", ["Dry Ports Agreement"])
RES802 = ("ESCAP resolution 80/2 \"Advancing regional cooperation on cross-border paperless trade and digital trade facilitation in Asia and the Pacific\"",
          ["resolution 80/2", "Advancing regional cooperation on cross-border paperless trade and digital trade facilitation in Asia and the Pacific"])
# 04 Human Rights Council
L19 = ("draft resolution A/HRC/56/L.19: Cooperation with Georgia", ["A/HRC/56/L.19", "Cooperation with Georgia", "resolution on cooperation with Georgia"])
CEASEFIRE = ("ceasefire agreement of 12 August 2008", ["2008 ceasefire agreement", "six-point ceasefire agreement", "ceasefire agreement"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
OPCAT = ("Optional Protocol to the Convention against Torture", ["OPCAT"])
# 05 Committee on Migrant Workers (Kyrgyzstan)
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", ["the Convention", "ICRMW", "Migrant Workers Convention"])
EAEUACC = ("Treaty on the Accession of the Kyrgyz Republic to the Treaty on the Eurasian Economic Union", ["Kyrgyzstan's accession treaty to the EAEU", "Treaty on the Accession of the Kyrgyz Republic"])
EAEU = ("Treaty on the Eurasian Economic Union", ["EAEU Treaty", "Eurasian Economic Union Treaty"])
KGRU = ("agreement on organized recruitment of citizens of the Kyrgyz Republic for temporary labour activity in the Russian Federation",
        ["Kyrgyzstan–Russian Federation organized recruitment agreement", "agreement with the Russian Federation on organized recruitment"])
KGTR = ("agreement on the social protection of migrant workers (Kyrgyzstan–Türkiye)", ["Kyrgyzstan–Türkiye social protection agreement", "agreement on the social protection of migrant workers"])
C097 = ("Migration for Employment Convention (Revised), 1949 (No. 97)", ["ILO Convention No. 97", "C097", "Convention No. 97"])
C143 = ("Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)", ["ILO Convention No. 143", "C143", "Convention No. 143"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["ILO Convention No. 189", "C189", "Convention No. 189"])
C181 = ("Private Employment Agencies Convention, 1997 (No. 181)", ["ILO Convention No. 181", "C181", "Convention No. 181"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Marrakech Compact"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["OP-CRPD", "Optional Protocol to the CRPD"])
STL54 = ("Convention relating to the Status of Stateless Persons", ["1954 Convention", "1954 Convention relating to the Status of Stateless Persons"])
STL61 = ("Convention on the Reduction of Statelessness", ["1961 Convention", "1961 Convention on the Reduction of Statelessness"])
# 06 Industrial Accidents Convention COP-13
TEIA = ("Convention on the Transboundary Effects of Industrial Accidents", ["Industrial Accidents Convention", "TEIA Convention"])
TEIAAM = ("2008 amendments to Annex I to the Convention on the Transboundary Effects of Industrial Accidents", ["2008 amendments to Annex I", "2008 amendments"])
WATERCONV = ("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", ["Water Convention", "UNECE Water Convention"])
CLP = ("Protocol on Civil Liability and Compensation for Damage Caused by the Transboundary Effects of Industrial Accidents on Transboundary Waters",
       ["Protocol on Civil Liability", "Kyiv Protocol on Civil Liability", "Civil Liability Protocol"])
WORKPLAN = ("workplan for 2025–2026 (ECE/CP.TEIA/2024/4)", ["workplan for 2025–2026", "ECE/CP.TEIA/2024/4"])
# 07 CPLP
MOBILITY = ("Agreement on Mobility among the Member States of the CPLP", ["CPLP Mobility Agreement", "Agreement on Mobility", "mobility agreement"])
AO90 = ("Orthographic Agreement of the Portuguese Language", ["Orthographic Agreement", "1990 Orthographic Agreement", "Acordo Ortográfico"])
AO90P2 = ("Second Modifying Protocol to the Orthographic Agreement", ["Second Modifying Protocol", "Second Modifying Protocol to the Orthographic Agreement of the Portuguese Language"])
MOBPLAN = ("Resolution on the Strategic Plan for Mobility 2024-2028", ["Strategic Plan for Mobility 2024-2028"])
CPLPBUDGET = ("Resolution on the Budget of the Executive Secretariat for 2025", ["CPLP budget resolution 2025"])
CPLPOBS = ("Resolution on the admission of new Associate Observers", ["CPLP Associate Observers resolution"])
# 08 IMO MEPC 81
AFS = ("International Convention on the Control of Harmful Anti-fouling Systems on Ships, 2001", ["AFS Convention", "Anti-fouling Systems Convention"])
AFSAM = ("amendments to Annex 1 to the AFS Convention (resolution MEPC.331(76))", ["resolution MEPC.331(76)", "2021 amendments", "cybutryne amendments to the AFS Convention"])
OPRC = ("International Convention on Oil Pollution Preparedness, Response and Co-operation, 1990", ["OPRC Convention", "OPRC 1990"])
OPRCHNS = ("Protocol on Preparedness, Response and Co-operation to Pollution Incidents by Hazardous and Noxious Substances, 2000", ["OPRC-HNS Protocol", "OPRC-HNS Protocol 2000"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships, 2009", ["Hong Kong Convention", "Hong Kong Ship Recycling Convention"])
# 09 ILO Committee on the Application of Standards
C149 = ("Nursing Personnel Convention, 1977 (No. 149)", ["ILO Convention No. 149", "C149", "Convention No. 149"])
# 10 OACPS-EU Joint Parliamentary Assembly
SAMOA = ("Samoa Agreement", ["Partnership Agreement between the European Union and the Members of the Organisation of African, Caribbean and Pacific States",
                             "OACPS-EU Partnership Agreement", "Post-Cotonou Agreement"])
GEORGETOWN = ("revised Georgetown Agreement establishing the OACPS", ["revised Georgetown Agreement", "Georgetown Agreement"])
JPARES1 = ("resolution on the implementation of the Samoa Agreement", ["JPA resolution on the implementation of the Samoa Agreement"])
JPARES2 = ("resolution on climate finance for small island developing States", ["JPA resolution on climate finance for SIDS"])
# 11 Security Council
R2664 = ("Security Council resolution 2664 (2022)", ["resolution 2664", "resolution 2664 (2022)", "S/RES/2664 (2022)"])
R2615 = ("Security Council resolution 2615 (2021)", ["resolution 2615", "resolution 2615 (2021)", "S/RES/2615 (2021)"])
# 12 FfD4 Preparatory Committee
AAAA = ("Addis Ababa Action Agenda", ["Addis Ababa Action Agenda of the Third International Conference on Financing for Development", "AAAA", "resolution 69/313"])
TAXCONV = ("United Nations Framework Convention on International Tax Cooperation", ["Framework Convention on International Tax Cooperation", "UN tax convention", "framework convention"])
RES78230 = ("General Assembly resolution 78/230 on promotion of inclusive and effective international tax cooperation", ["resolution 78/230", "A/RES/78/230"])
RES78231 = ("General Assembly resolution 78/231", ["resolution 78/231", "A/RES/78/231"])
SEVILLA = ("Compromiso de Sevilla", ["draft outcome document of the Fourth International Conference on Financing for Development", "Sevilla Commitment", "Compromiso de Sevilla outcome document"])
MONTERREY = ("Monterrey Consensus", ["Monterrey Consensus of the International Conference on Financing for Development"])
# 13 WSSD2 informal consultations
COPENHAGEN = ("Copenhagen Declaration on Social Development", ["Copenhagen Declaration", "Copenhagen Declaration and Programme of Action"])
COPPOA = ("Programme of Action of the World Summit for Social Development", ["Copenhagen Programme of Action"])
AGENDA30 = ("2030 Agenda for Sustainable Development", ["2030 Agenda", "resolution 70/1"])
DOHADECL = ("political declaration of the Second World Summit for Social Development", ["Doha Political Declaration", "political declaration", "draft political declaration"])
C102 = ("Social Security (Minimum Standards) Convention, 1952 (No. 102)", ["ILO Convention No. 102", "C102", "Convention No. 102"])
# 14 Nile Basin CFA
CFA = ("Agreement on the Nile River Basin Cooperative Framework", ["Cooperative Framework Agreement", "CFA", "Nile Basin Cooperative Framework Agreement", "Entebbe Agreement"])
NILE59 = ("1959 Agreement for the Full Utilization of the Nile Waters", ["Agreement for the Full Utilization of the Nile Waters", "1959 Nile Waters Agreement"])
# 15 Black Sea Commission
BUCHAREST = ("Convention on the Protection of the Black Sea Against Pollution", ["Bucharest Convention", "Black Sea Convention"])
LBS09 = ("Protocol on the Protection of the Marine Environment of the Black Sea from Land-Based Sources and Activities", ["2009 LBS Protocol", "LBS Protocol"])
BIOD = ("Black Sea Biodiversity and Landscape Conservation Protocol", ["Biodiversity Protocol", "Biodiversity and Landscape Conservation Protocol"])
BSCWP = ("Work Programme for 2024-2025 of the Black Sea Commission", ["Work Programme for 2024-2025", "BSC Work Programme 2024-2025"])
BSSAP09 = ("Strategic Action Plan for the Environmental Protection and Rehabilitation of the Black Sea", ["Black Sea Strategic Action Plan", "2009 Strategic Action Plan"])
BSSAPNEW = ("draft updated Strategic Action Plan", ["updated Black Sea Strategic Action Plan"])
# 16 First Committee
L45 = ("draft resolution A/C.1/79/L.45: Convention on the Prohibition of the Use of Nuclear Weapons", ["A/C.1/79/L.45", "L.45", "Convention on the Prohibition of the Use of Nuclear Weapons resolution"])
CONVUSE = ("convention prohibiting the use or threat of use of nuclear weapons", ["draft convention annexed to L.45", "Convention on the Prohibition of the Use of Nuclear Weapons"])
TPNW = ("Treaty on the Prohibition of Nuclear Weapons", ["TPNW", "nuclear ban treaty"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
CTBT = ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT"])

# ---- actors with alternative names ----
ALT = {
    **alt("Colombia", "United States", "United Kingdom", "Russian Federation", "Iran", "Viet Nam", "Lao PDR", "European Union",
          "Netherlands", "Republic of Moldova", "Kyrgyzstan", "Türkiye", "Republic of Korea", "Gambia", "Côte d'Ivoire",
          "Democratic Republic of the Congo", "Sudan", "United Republic of Tanzania", "Philippines", "Timor-Leste", "Mexico",
          "Sao Tome and Principe", "Equatorial Guinea", "Papua New Guinea", "Fiji", "Samoa", "Kazakhstan", "Uzbekistan",
          "Tajikistan", "China", "Egypt", "Bangladesh", "Chile", "Germany", "Ghana", "Costa Rica", "Bhutan", "Burundi", "Rwanda",
          "Uganda", "South Sudan", "Kenya", "Thailand", "Cabo Verde", "Guatemala", "Bolivia", "Paraguay", "Togo",
          "Ecuador", "United Arab Emirates", "Bahamas", "Czechia", "Syria"),
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Qatar": ["Qatar", "State of Qatar"],
    "India": ["India", "Republic of India"],
    "Tuvalu": ["Tuvalu"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Burkina Faso": ["Burkina Faso"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Israel": ["Israel", "State of Israel"],
    "Japan": ["Japan"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Mongolia": ["Mongolia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Georgia": ["Georgia"],
    "Ukraine": ["Ukraine"],
    "Poland": ["Poland", "Republic of Poland"],
    "Canada": ["Canada"],
    "Iceland": ["Iceland"],
    "Albania": ["Albania", "Republic of Albania"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Finland": ["Finland", "Republic of Finland"],
    "France": ["France", "French Republic"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Montenegro": ["Montenegro"],
    "Romania": ["Romania"],
    "Benin": ["Benin", "Republic of Benin"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Malaysia": ["Malaysia"],
    "Maldives": ["Maldives", "Republic of Maldives"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Dominican Republic": ["Dominican Republic"],
    "Eritrea": ["Eritrea", "State of Eritrea"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Hungary": ["Hungary"],
    "Angola": ["Angola", "Republic of Angola"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Italy": ["Italy", "Italian Republic"],
    "Haiti": ["Haiti", "Republic of Haiti"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
    "Ireland": ["Ireland"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Austria": ["Austria", "Republic of Austria"],
}
# Bodies, groups and officials.
SIXTH = ["UN General Assembly Sixth Committee", "Sixth Committee", "Sixth Committee of the General Assembly"]
FIRST = ["UN General Assembly First Committee", "First Committee", "First Committee of the General Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
ESCAP = ["ESCAP", "Economic and Social Commission for Asia and the Pacific", "United Nations Economic and Social Commission for Asia and the Pacific"]
ESCAPES = ["ESCAP Executive Secretary", "Executive Secretary of ESCAP", "Executive Secretary", "ESCAP"]
CMW = ["Committee on Migrant Workers", "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW"]
TEIACOP = ["Conference of the Parties to the Convention on the Transboundary Effects of Industrial Accidents", "Conference of the Parties", "COP"]
CPLPCM = ["CPLP Council of Ministers", "Council of Ministers of the CPLP", "Community of Portuguese-Speaking Countries", "CPLP"]
MEPC = ["IMO Marine Environment Protection Committee", "Marine Environment Protection Committee", "MEPC", "International Maritime Organization", "IMO"]
WORKERS = ["Workers' group of the International Labour Conference", "Worker members", "Workers' group"]
EC = ["European Commission", "European Union", "EU"]
JPA = ["OACPS-EU Joint Parliamentary Assembly", "Joint Parliamentary Assembly", "ACP-EU Joint Parliamentary Assembly"]
G77 = ["Group of 77 and China", "G77 and China", "Group of 77", "G77"]
PREPCOM = ["Preparatory Committee for the Fourth International Conference on Financing for Development", "Preparatory Committee", "FfD4 Preparatory Committee"]
FFD1 = ["International Conference on Financing for Development", "Monterrey Conference", "2002 Conference"]
AUC = ["African Union Commission", "AU Commission", "Legal Counsel of the African Union Commission", "African Union"]
BSC = ["Black Sea Commission", "Commission on the Protection of the Black Sea Against Pollution"]
BSMIN = ["Black Sea Ministerial Meeting", "Ministerial Meeting"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (Sixth Committee, A/C.6/78/SR.3, Tuesday 3 October 2023) =====================
d = "01.txt"
D = "2023-10-03"
R(d, "Colombia", ACCEDED, MEX, "2019",
  "Colombia had acceded to the Convention on the Marking of Plastic Explosives for the Purpose of Detection in 2019")
# The Congress's approval is domestic; the deposit is still to come.
R(d, "Colombia", JOINED, AIRPORTS, None,
  "the instrument of accession would be deposited with the International Civil Aviation Organization before the end of the year", negated=True)
# "done at Montreal on 1 March 1991" and "entered into force on 21 June 1998": no actor, entry into force (nothing).
QZM = "Zambia was not yet a party to it, nor to the Airports Protocol"
QZM2 = "Her Government intended to accede to both instruments during 2024"
R(d, "Zambia", NOTBOUND, MEX, None, QZM, negated=True, alt=[QZM2])
R(d, "Zambia", NOTBOUND, AIRPORTS, None, QZM, negated=True, alt=[QZM2])
R(d, "Zambia", "called-for", MEX, D, "She urged all States that had not yet done so to accede to the Plastic Explosives Convention")
R(d, "Qatar", PARTY, MEX, "1998", "the State of Qatar had been a party to the Plastic Explosives Convention since 1998")
R(d, "Qatar", "called-for", CCIT, D,
  "His country called upon all Member States to show the flexibility needed to conclude the draft comprehensive convention on international terrorism")
R(d, "Egypt", "signed", AIRPORTS, "1988-02-24", "Egypt had been among the States that signed the Airports Protocol at Montreal on 24 February 1988")
R(d, "Egypt", RATIFIED, AIRPORTS, "1990", "and had ratified it two years later")
QEG = ("Egypt had not, however, become a party to the Convention on the Suppression of Unlawful Acts relating to International Civil Aviation, "
       "adopted at Beijing in 2010, or to the Beijing Protocol of the same year")
R(d, "Egypt", NOTBOUND, BEIJINGC, None, QEG, negated=True)
R(d, "Egypt", NOTBOUND, BEIJINGP, None, QEG, negated=True)
# "fourteen of the nineteen international legal instruments" names none of them.
R(d, "Bangladesh", NOTBOUND, AIRPORTS, None,
  "The remaining five, including the Airports Protocol, were under examination by an inter-ministerial committee", negated=True)
R(d, "Bangladesh", COSPONSORED, GCTS, None,
  "Bangladesh had co-sponsored the General Assembly's resolution on the United Nations Global Counter-Terrorism Strategy at every review since 2006")
# India welcomes the accessions: Timor-Leste's and Tuvalu's records, none for India.
QIN = "welcomed the recent accession of Timor-Leste to the Plastic Explosives Convention and of Tuvalu to the Airports Protocol"
R(d, "Timor-Leste", ACCEDED, MEX, None, QIN)
R(d, "Tuvalu", ACCEDED, AIRPORTS, None, QIN)
R(d, "India", PARTY, MEX, None, "India had been a party to both instruments for more than two decades")
R(d, "India", PARTY, AIRPORTS, None, "India had been a party to both instruments for more than two decades")
R(d, "India", "called-for", CCIT, D, "India called for the early adoption of the comprehensive convention on international terrorism")
QKE = "Kenya had signed the Beijing Convention and the Beijing Protocol on 19 March 2013 but had yet to ratify them"
R(d, "Kenya", "signed", BEIJINGC, "2013-03-19", QKE)
R(d, "Kenya", "signed", BEIJINGP, "2013-03-19", QKE)
R(d, "Kenya", NOTRATIFIED, BEIJINGC, None, "but had yet to ratify them", negated=True)
R(d, "Kenya", NOTRATIFIED, BEIJINGP, None, "but had yet to ratify them", negated=True)
R(d, "Kenya", PARTY, AIRPORTS, "1995", "The speaker added that his country had been a party to the Airports Protocol since 1995")
# The report's "acceded ... in 2003" is corrected by the speaker: no accession record.
R(d, "Chile", "signed", MEX, "1991-03-01", "Chile had signed that Convention on 1 March 1991")
R(d, "Chile", RATIFIED, MEX, "2000-08-02", "and ratified it on 2 August 2000")
QBX = "the three Benelux countries had ratified the Airports Protocol long ago"
RL(d, ["Netherlands", "Belgium", "Luxembourg"], RATIFIED, AIRPORTS, None, QBX)
RL(d, ["Netherlands", "Belgium", "Luxembourg"], "called-for", BEIJINGC, D, "They called on all States to ratify the Beijing Convention without delay")
# The EU's "strong supporter of the work of the Office of Counter-Terrorism" is support for an institution; aligning with a statement is nothing.
R(d, "Pakistan", ACCEDED, AIRPORTS, "2000", "his country had acceded to the Airports Protocol in 2000")
R(d, "Pakistan", JOINED, MP14, None,
  "was considering accession to the Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", negated=True)
R(d, "Senegal", RATIFIED, MEX, "2022-05-12",
  "Senegal had deposited its instrument of ratification of the Plastic Explosives Convention on 12 May 2022")
QGB = "Neither that Convention nor the Airports Protocol had yet been ratified by Guinea-Bissau"
R(d, "Guinea-Bissau", NOTRATIFIED, MEX, None, QGB, negated=True)
R(d, "Guinea-Bissau", NOTRATIFIED, AIRPORTS, None, QGB, negated=True)

# ===================== 02 (Third Committee, A/C.3/78/SR.49, Wednesday 15 November 2023) =====================
d = "02.txt"
D = "2023-11-15"
R(d, "Cuba", COSPONSORED, L32, None, "Ms. Pérez Álvarez (Cuba), introducing the draft resolution on behalf of the sponsors")
QCU = "Cuba called upon all States that had not yet done so to ratify the Covenant and its Optional Protocol"
R(d, "Cuba", "called-for", ICESCR, D, QCU)
R(d, "Cuba", "called-for", OPICESCR, D, QCU)
R(d, "Cuba", "called-for", FAC, D, "and to consider becoming parties to the Food Assistance Convention")
RL(d, ["Algeria", "Belarus", "Burkina Faso", "Lao PDR", "Namibia", "Nicaragua"], COSPONSORED, L32, None,
   "Algeria, Belarus, Burkina Faso, the Lao People's Democratic Republic, Namibia and Nicaragua had joined the sponsors")
QVOTE = "Draft resolution A/C.3/78/L.32 was adopted by 185 votes to 2 (Israel, United States of America), with no abstentions."
R(d, "United States", "supported", L32, D, "his delegation would call for a recorded vote and would vote against the draft resolution",
  negated=True, alt=[QVOTE])
R(d, "United States", NOTRATIFIED, ICESCR, None,
  "The United States was not a party to the International Covenant on Economic, Social and Cultural Rights", negated=True,
  alt=["which it had signed in 1977 but had not ratified"])
R(d, "United States", "signed", ICESCR, "1977", "which it had signed in 1977 but had not ratified")
R(d, "United States", PARTY, FAC, "2013", "the Food Assistance Convention, to which it had been a party since 2013")
R(d, "United States", "called-for", FAC, D, "it called on all donor countries to join that Convention")
R(d, "Israel", "supported", L32, D, "his delegation would also vote against the text", negated=True, alt=[QVOTE])
R(d, TC, "adopted", L32, D, QVOTE)
R(d, "Japan", "supported", L32, D, "Ms. Kato (Japan), speaking in explanation of vote after the voting, said that her delegation had voted in favour")
R(d, "Japan", RATIFIED, ICESCR, "1979", "Japan had ratified the Covenant in 1979")
R(d, "Japan", ACCEPTED, FAC, "2012", "had accepted the Food Assistance Convention in 2012, the year of its conclusion")
R(d, "Argentina", "supported", L32, D, "Argentina had voted in favour of the draft resolution")
# "the member States of the European Union ... had voted in favour" names no State.
R(d, "European Union", ACCEPTED, FAC, "2012", "The European Union had approved the Food Assistance Convention in 2012 on behalf of its members")
R(d, "Switzerland", "supported", L32, D, "Mr. Keller (Switzerland) said that his delegation had voted in favour")
R(d, "Switzerland", RATIFIED, FAC, "2013-07-02", "Switzerland, which had ratified the Food Assistance Convention on 2 July 2013")
R(d, "Switzerland", "called-for", FAC, D, "encouraged other donor countries to join it")
R(d, "Brazil", "supported", L32, D, "Brazil had voted in favour and had been among the sponsors of the draft resolution")
R(d, "Brazil", COSPONSORED, L32, None, "Brazil had voted in favour and had been among the sponsors of the draft resolution")
R(d, "Brazil", "signed", FAC, None, "Brazil had not signed the Food Assistance Convention", negated=True)
R(d, "Brazil", JOINED, FAC, None, "it was, however, considering accession as part of its South-South cooperation strategy", negated=True)
R(d, "Russian Federation", COSPONSORED, L32, None, "the Russian Federation had co-sponsored the draft resolution and voted in favour")
R(d, "Russian Federation", "supported", L32, D, "the Russian Federation had co-sponsored the draft resolution and voted in favour")
R(d, "Uganda", "supported", L32, D, "Ms. Nakato (Uganda) said that her delegation had voted in favour")
R(d, "Uganda", RATIFIED, ICESCR, "1987", "Uganda had ratified the Covenant in 1987")
# Parliament's approval is domestic; the instrument is not deposited.
R(d, "Uganda", NOTRATIFIED, OPICESCR, None, "the instrument of ratification, however, had yet to be deposited", negated=True)
R(d, "Gambia", "supported", L32, D, "Ms. Jallow (Gambia) said that her delegation had voted in favour")
R(d, "Gambia", ACCEDED, OPICESCR, "2023-11-14",
  "the Gambia had deposited its instrument of accession to the Optional Protocol to the Covenant on Tuesday")
# Action on L.35 is deferred to a later meeting (nothing).

# ===================== 03 (ESCAP, report on the eightieth session, Bangkok, 22-26 April 2024) =====================
d = "03.txt"
S = "2024-04"   # statements made during the session, no day given
R(d, ESCAPES, "called-for", FAPT, "2024-04-23",
  "encouraged all member States that had not yet done so to become parties to the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific")
# "had entered into force on 20 February 2021": nothing.
R(d, "Armenia", RATIFIED, FAPT, "2023-12-14", "Armenia had ratified the Framework Agreement on 14 December 2023",
  alt=["Armenia Framework Agreement (paperless trade) Ratification 14 Dec. 2023"])
R(d, "China", ACCEDED, FAPT, "2020", "China, which had acceded to the Framework Agreement in 2020")
R(d, "China", "called-for", FAPT, S, "China called on all members of the Commission to accede to the Framework Agreement")
# The Cabinet's approval is domestic.
R(d, "Thailand", JOINED, FAPT, None,
  "Thailand expected to deposit its instrument of accession with the Secretary-General later in the year", negated=True)
R(d, "India", "signed", FAPT, None, "India had not signed the Framework Agreement", negated=True, alt=["it had no plans to sign at present"])
R(d, "Bangladesh", PARTY, FAPT, "2017", "his country, a party to the Framework Agreement since 2017")
R(d, "Bangladesh", "signed", DRYPORTS, "2013-11-07", "Bangladesh had also signed the Intergovernmental Agreement on Dry Ports at Bangkok on 7 November 2013")
R(d, "Bangladesh", RATIFIED, DRYPORTS, "2016", "and had ratified it in 2016")
QRU = "her country was a party to all three regional transport agreements"
for inst in (AH, TAR, DRYPORTS):
    R(d, "Russian Federation", PARTY, inst, None, QRU)
R(d, "Pakistan", "signed", DRYPORTS, None, "Pakistan had signed the Intergovernmental Agreement on Dry Ports but had yet to ratify it")
R(d, "Pakistan", NOTRATIFIED, DRYPORTS, None, "but had yet to ratify it", negated=True)
R(d, "Uzbekistan", ACCEDED, DRYPORTS, "2023-09-05", "Uzbekistan had acceded to the Intergovernmental Agreement on Dry Ports on 5 September 2023",
  alt=["Uzbekistan Intergovernmental Agreement on Dry Ports Accession 5 Sep. 2023"])
R(d, "Uzbekistan", JOINED, FAPT, None, "was considering accession to the Framework Agreement", negated=True)
R(d, "Mongolia", JOINED, FAPT, None, "her Government, too, intended to accede to the Framework Agreement", negated=True)
QTL = ("Timor-Leste was not yet a party to the Intergovernmental Agreement on the Asian Highway Network or to the Intergovernmental "
       "Agreement on the Trans-Asian Railway Network")
R(d, "Timor-Leste", NOTBOUND, AH, None, QTL, negated=True, alt=["It planned to accede to the Asian Highway Agreement in 2025"])
R(d, "Timor-Leste", NOTBOUND, TAR, None, QTL, negated=True)
R(d, "Iran", PARTY, FAPT, "2018", "as a party to the Framework Agreement since 2018")
R(d, "Sri Lanka", "signed", FAPT, "2017-09-26", "her country had signed the Framework Agreement on 26 September 2017")
R(d, "Sri Lanka", RATIFIED, FAPT, "2024-03-19", "had deposited its instrument of ratification on 19 March 2024",
  alt=["Sri Lanka Framework Agreement (paperless trade) Ratification 19 Mar. 2024"])
R(d, "Kyrgyzstan", "signed", DRYPORTS, "2024-02-02", "Kyrgyzstan Intergovernmental Agreement on Dry Ports Signature 2 Feb. 2024")
# "Several delegations informed the Commission of their intention to join": unnamed.
R(d, ESCAP, "adopted", RES802, "2024-04-26", "At its 7th plenary meeting, on 26 April 2024, the Commission adopted resolution 80/2")

# ===================== 04 (Human Rights Council, A/HRC/56/SR.41, Thursday 11 July 2024) =====================
d = "04.txt"
D = "2024-07-11"
R(d, "Georgia", COSPONSORED, L19, None, "Mr. Kvachadze (Georgia), introducing the draft resolution on behalf of the main sponsor")
QCF = "the ceasefire agreement of 12 August 2008, which both Georgia and the Russian Federation had signed"
R(d, "Georgia", "signed", CEASEFIRE, None, QCF)
R(d, "Russian Federation", "signed", CEASEFIRE, None, QCF, alt=["the Russian Federation had signed the ceasefire agreement and was bound to respect it"])
# "was bound to respect it", Georgia's reply about the Russian Federation: a party claim at most (optional).
R(d, "Russian Federation", PARTY, CEASEFIRE, None, "the Russian Federation had signed the ceasefire agreement and was bound to respect it", required=False)
R(d, "Georgia", COMMITTED, CEASEFIRE, D, "Georgia, for its part, remained committed to the 2008 ceasefire agreement")
RL(d, ["Ukraine", "Republic of Moldova", "Poland"], COSPONSORED, L19, None,
   "the draft resolution had 41 sponsors, among them Ukraine, the Republic of Moldova, Poland and the three Baltic States")
# "the three Baltic States" are not named: optional.
RL(d, ["Estonia", "Latvia", "Lithuania"], COSPONSORED, L19, None,
   "the draft resolution had 41 sponsors, among them Ukraine, the Republic of Moldova, Poland and the three Baltic States", required=False)
RL(d, ["Canada", "Iceland", "Japan"], COSPONSORED, L19, None, "Canada, Iceland and Japan had since joined them")
R(d, "China", "supported", L19, D, "her delegation would vote against the draft resolution", negated=True, alt=["Burundi, China, Cuba, Eritrea."])
R(d, "Brazil", "supported", L19, D, "Mr. Albuquerque (Brazil) said that his delegation would abstain", negated=True)
IN_FAVOUR = ["Albania", "Argentina", "Belgium", "Bulgaria", "Chile", "Costa Rica", "Côte d'Ivoire", "Dominican Republic", "Finland",
             "France", "Georgia", "Germany", "Ghana", "Japan", "Lithuania", "Luxembourg", "Malawi", "Montenegro", "Netherlands",
             "Paraguay", "Romania", "United States"]
QFAV = ("Albania, Argentina, Belgium, Bulgaria, Chile, Costa Rica, Côte d'Ivoire, Dominican Republic, Finland, France, Georgia, Germany, "
        "Ghana, Japan, Lithuania, Luxembourg, Malawi, Montenegro, Netherlands (Kingdom of the), Paraguay, Romania, United States of America.")
RL(d, IN_FAVOUR, "supported", L19, D, QFAV)
RL(d, ["Burundi", "Cuba", "Eritrea"], "supported", L19, D, "Burundi, China, Cuba, Eritrea.", negated=True)
ABST = ["Algeria", "Bangladesh", "Benin", "Cameroon", "Gambia", "Honduras", "India", "Indonesia", "Kazakhstan", "Kuwait", "Kyrgyzstan",
        "Malaysia", "Maldives", "Morocco", "Qatar", "Somalia", "South Africa", "Sudan", "United Arab Emirates", "Viet Nam"]
QABS = ("Algeria, Bangladesh, Benin, Brazil, Cameroon, Gambia, Honduras, India, Indonesia, Kazakhstan, Kuwait, Kyrgyzstan, Malaysia, "
        "Maldives, Morocco, Qatar, Somalia, South Africa, Sudan, United Arab Emirates, Viet Nam.")
RL(d, ABST, "supported", L19, D, QABS, negated=True)
R(d, HRC, "adopted", L19, D, "Draft resolution A/HRC/56/L.19 was adopted by 22 votes to 4, with 21 abstentions.")
# "those States had voted in favour" (the EU members of the Council, unnamed here; their votes are in the list).
R(d, "European Union", COSPONSORED, L19, None, "it had been a sponsor of the resolution since 2017")
# The Russian Federation's "had not been a party to any agreement that required it ..." names no instrument.
R(d, "Georgia", RATIFIED, ISTANBUL, "2017",
  "Georgia had ratified the Council of Europe Convention on preventing and combating violence against women and domestic violence in 2017")
R(d, "Georgia", RATIFIED, OPCAT, "2005", "had ratified the Optional Protocol to the Convention against Torture in 2005")
# Action on L.22 is deferred to the next meeting (nothing).

# ===================== 05 (Committee on Migrant Workers, CMW/C/SR.561, Wednesday 3 April 2024; Kyrgyzstan) =====================
d = "05.txt"
D = "2024-04-03"
R(d, "Kyrgyzstan", ACCEDED, ICRMW, "2003", "Kyrgyzstan had acceded to the Convention in 2003")
R(d, "Tajikistan", RATIFIED, ICRMW, "2002", "Tajikistan, which had ratified it in 2002, had been the first")
# Declarations under articles 76 and 77: not treaty actions.
R(d, "Kyrgyzstan", "signed", EAEUACC, "2014-12-23",
  "Kyrgyzstan had signed the Treaty on the Accession of the Kyrgyz Republic to the Treaty on the Eurasian Economic Union on 23 December 2014")
# Becoming "a member of the Union" is membership of an institution; a reader may take it as being bound by the Treaty (optional).
R(d, "Kyrgyzstan", PARTY, EAEU, "2015-08-12", "had become a member of the Union on 12 August 2015", required=False)
QKR = ("Kyrgyzstan had signed an agreement with the Russian Federation on organized recruitment of citizens of the Kyrgyz Republic for "
       "temporary labour activity in the Russian Federation in Moscow on 12 October 2022")
QKR2 = "the agreement with the Russian Federation had been signed on 12 October 2022, not in 2021"
RL(d, ["Kyrgyzstan", "Russian Federation"], "signed", KGRU, "2022-10-12", QKR, alt=[QKR2])
RL(d, ["Kyrgyzstan", "Russian Federation"], RATIFIED, KGRU, None, "The agreement had been ratified by both parties")
# Initialled in 2023: nothing; the signature is still to come.
RL(d, ["Kyrgyzstan", "Türkiye"], "signed", KGTR, None,
   "was expected to be signed during the official visit of the President in the second half of 2024", negated=True)
R(d, "Kyrgyzstan", RATIFIED, C097, "2008",
  "the State party had ratified the Migration for Employment Convention (Revised), 1949 (No. 97), of the International Labour Organization in 2008")
QNR = ("It had not ratified the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143), or the Domestic Workers Convention, "
       "2011 (No. 189)")
R(d, "Kyrgyzstan", NOTRATIFIED, C143, None, QNR, negated=True)
R(d, "Kyrgyzstan", NOTRATIFIED, C189, None, QNR, negated=True)
R(d, "Kyrgyzstan", NOTRATIFIED, C181, None,
  "The Government was, however, considering ratification of the Private Employment Agencies Convention, 1997 (No. 181)", negated=True)
R(d, "Kyrgyzstan", ENDORSED, GCM, "2018-12",
  "Kyrgyzstan had endorsed the Global Compact for Safe, Orderly and Regular Migration in Marrakech in December 2018")
R(d, "Kyrgyzstan", "signed", CRPD, "2011", "her country had signed the Convention on the Rights of Persons with Disabilities in 2011")
R(d, "Kyrgyzstan", RATIFIED, CRPD, "2019", "and ratified it in 2019")
# A draft law before the Jogorku Kenesh is domestic; ratification is still to come.
R(d, "Kyrgyzstan", NOTRATIFIED, OPCRPD, None,
  "The draft law on ratification of the Optional Protocol to that Convention had been submitted to the Jogorku Kenesh", negated=True)
# A Country Rapporteur's encouragement in the dialogue: the Committee's call at most (optional).
QCR = "She encouraged the State party to ratify ILO Conventions Nos. 143 and 189"
R(d, CMW, "called-for", C143, D, QCR, required=False)
R(d, CMW, "called-for", C189, D, QCR, required=False)
R(d, "Uzbekistan", NOTBOUND, ICRMW, None, "Uzbekistan, which was not yet a party to the Convention", negated=True)
R(d, "Kyrgyzstan", ACCEDED, STL61, "2020", "it had acceded to the 1961 Convention on the Reduction of Statelessness in 2020")
R(d, "Kyrgyzstan", JOINED, STL54, None, "Kyrgyzstan had no plans to accede to the 1954 Convention at present", negated=True,
  alt=["asked whether the State party intended to accede to the Convention relating to the Status of Stateless Persons of 1954"])

# ===================== 06 (Industrial Accidents Convention COP-13, draft minutes, Wednesday 4 December 2024) =====================
d = "06.md"
D = "2024-12-04"
# Adopted in Helsinki on 17 March 1992 and in force on 19 April 2000: no actor, entry into force (nothing).
R(d, "Uzbekistan", ACCEDED, TEIA, "2024-03-11", "deposited its instrument of accession with the Secretary-General on 11 March 2024")
QAM = "Serbia and Montenegro had accepted the 2008 amendments to Annex I, on 29 June 2023 and 15 January 2024 respectively"
R(d, "Serbia", ACCEPTED, TEIAAM, "2023-06-29", QAM)
R(d, "Montenegro", ACCEPTED, TEIAAM, "2024-01-15", QAM)
# The Law on Industrial Safety is domestic.
R(d, "Georgia", JOINED, TEIA, None, "Georgia intends to accede to the Convention in 2025", negated=True)
R(d, "Switzerland", "called-for", TEIAAM, D,
  "called on all Parties that had not yet done so to accept the 2008 amendments to Annex I")
# "supported by Finland and Sweden": they back Switzerland's call (optional).
RL(d, ["Finland", "Sweden"], "called-for", TEIAAM, D, "Switzerland, supported by Finland and Sweden, called on all Parties", required=False)
QTJ = ("her country was not yet a Party to the Convention, nor to the Convention on the Protection and Use of Transboundary Watercourses "
       "and International Lakes")
R(d, "Tajikistan", NOTBOUND, TEIA, None, QTJ, negated=True)
R(d, "Tajikistan", NOTBOUND, WATERCONV, None, QTJ, negated=True)
R(d, "European Union", PARTY, TEIA, "1998", "the Union had been a Party since 1998")
R(d, "European Union", ACCEPTED, TEIAAM, "2012", "had accepted the 2008 amendments in 2012")
R(d, "Hungary", RATIFIED, CLP, None, "Hungary remained the only State to have ratified the Protocol on Civil Liability")
R(d, "Hungary", "called-for", CLP, D, "He called on the other signatories to ratify the Protocol so that it could enter into force")
R(d, "Germany", "signed", CLP, "2003-05-21", "Germany had signed the Protocol in Kyiv on 21 May 2003")
R(d, "Germany", NOTRATIFIED, CLP, None,
  "It did not intend to ratify it until the relevant legislation of the European Union had been revised", negated=True)
R(d, "Ukraine", PARTY, TEIA, "2003", "Ukraine, a Party to the Convention since 2003")
R(d, "Ukraine", "signed", CLP, "2003", "had also signed the Protocol in 2003")
R(d, "Ukraine", NOTRATIFIED, CLP, None, "would ratify it \"as soon as the situation allows\"", negated=True)
R(d, TEIACOP, "adopted", WORKPLAN, D, "The Conference adopted its workplan for 2025–2026 (ECE/CP.TEIA/2024/4) without amendment")
# Kazakhstan's offer to host COP-14: nothing.

# ===================== 07 (CPLP Council of Ministers, twenty-ninth ordinary meeting, Lisbon, 18 July 2024) =====================
d = "07.txt"
D = "2024-07-18"
# All nine signed at Luanda on 17 July 2021 ("all nine Member States", named only in the attendance list): optional, except
# Equatorial Guinea, whose signature the minutes state in so many words.
for state in ("Angola", "Brazil", "Cabo Verde", "Guinea-Bissau", "Mozambique", "Portugal", "Sao Tome and Principe", "Timor-Leste"):
    R(d, state, "signed", MOBILITY, "2021-07-17", "the Agreement had been signed at Luanda by all nine Member States", required=False)
for state, date, q in (("Cabo Verde", "2021-10-07", "a) Cabo Verde, 7 October 2021"),
                       ("Portugal", "2021-12-20", "b) Portugal, 20 December 2021"),
                       ("Mozambique", "2021-12-22", "c) Mozambique, 22 December 2021"),
                       ("Sao Tome and Principe", "2022-03-18", "d) São Tomé and Príncipe, 18 March 2022"),
                       ("Brazil", "2022-09-27", "e) Brazil, 27 September 2022"),
                       ("Timor-Leste", "2023-06-06", "f) Timor-Leste, 6 June 2023"),
                       ("Angola", "2024-02-14", "g) Angola, 14 February 2024")):
    R(d, state, RATIFIED, MOBILITY, date, q)
R(d, "Guinea-Bissau", RATIFIED, MOBILITY, "2024-07-09", "h) Guinea-Bissau, 9 July 2024",
  alt=["The Council congratulated Guinea-Bissau on the deposit of its instrument the previous week"])
QEQ = "the Republic of Equatorial Guinea as the only Member State that had signed the Agreement but not yet ratified it"
R(d, "Equatorial Guinea", "signed", MOBILITY, "2021-07-17", QEQ)
# The Chamber of Deputies' approval is domestic.
R(d, "Equatorial Guinea", NOTRATIFIED, MOBILITY, None, QEQ, negated=True,
  alt=["The instrument of ratification would be deposited before the Fifteenth Conference of Heads of State and Government"])
R(d, "Portugal", "called-for", MOBILITY, D, "She urged Equatorial Guinea to complete the ratification process")
R(d, "Brazil", COMMITTED, MOBILITY, D, "Brazil remained committed to the Agreement on Mobility")
R(d, "Angola", "signed", AO90, "1990-12-16",
  "Angola had signed the Orthographic Agreement of the Portuguese Language in Lisbon on 16 December 1990")
R(d, "Angola", NOTRATIFIED, AO90, None, "Angola had not ratified it and would not do so before the national vocabulary project was completed", negated=True)
R(d, "Mozambique", RATIFIED, AO90P2, "2012", "his country had ratified the Second Modifying Protocol to the Orthographic Agreement in 2012")
R(d, "Timor-Leste", ACCEDED, AO90, "2009", "had acceded to the Orthographic Agreement in 2009")
QNA = "neither Angola nor Equatorial Guinea had yet deposited an instrument of ratification of the Second Modifying Protocol"
R(d, "Angola", NOTRATIFIED, AO90P2, None, QNA, negated=True)
R(d, "Equatorial Guinea", NOTRATIFIED, AO90P2, None, QNA, negated=True)
R(d, CPLPCM, ADOPTED, MOBPLAN, D, "Resolution on the Strategic Plan for Mobility 2024-2028, adopted by consensus")
R(d, CPLPCM, ADOPTED, CPLPBUDGET, D, "Resolution on the Budget of the Executive Secretariat for 2025", required=False)
R(d, CPLPCM, ADOPTED, CPLPOBS, D, "Resolution on the admission of new Associate Observers", required=False)
# The draft Declaration is submitted to the Summit for adoption: nothing yet.

# ===================== 08 (IMO, MEPC 81/16, session of 18-22 March 2024) =====================
d = "08.txt"
S = "2024-03"
R(d, MEPC, "adopted", AFSAM, "2021-06", "at its seventy-sixth session in June 2021, it had adopted, by resolution MEPC.331(76), amendments to Annex 1")
R(d, "Ecuador", ACCEDED, AFS, "2023-11-08",
  "Ecuador had deposited an instrument of accession to the AFS Convention with the Secretary-General on 8 November 2023")
R(d, "Sri Lanka", JOINED, AFS, None, "its Government intended to accede to the Convention during 2024", negated=True)
R(d, "Philippines", PARTY, AFS, "2017", "The delegation of the Philippines, a Party to the AFS Convention since 2017")
R(d, MEPC, "called-for", AFS, S, "the Committee invited Member States that had not yet done so to accede to the AFS Convention")
R(d, MEPC, "called-for", AFSAM, S, "and to accept the 2021 amendments at the earliest opportunity")
QMZ = ("Mozambique had acceded to the International Convention on Oil Pollution Preparedness, Response and Co-operation, 1990 (OPRC Convention) "
       "and to the Protocol on Preparedness, Response and Co-operation to Pollution Incidents by Hazardous and Noxious Substances, 2000 "
       "(OPRC-HNS Protocol) on 14 December 2023")
R(d, "Mozambique", ACCEDED, OPRC, "2023-12-14", QMZ)
R(d, "Mozambique", ACCEDED, OPRCHNS, "2023-12-14", QMZ)
R(d, "Brazil", PARTY, OPRC, "1998", "Brazil, a Party to the OPRC Convention since 1998")
R(d, "Brazil", JOINED, OPRCHNS, None, "had not yet acceded to the OPRC-HNS Protocol", negated=True,
  alt=["Brazil expected to deposit its instrument in 2025"])
R(d, "China", ACCEDED, OPRCHNS, "2009", "China had acceded to the OPRC-HNS Protocol in 2009")
R(d, "China", "called-for", OPRCHNS, S, "encouraged other coastal States in the Asia-Pacific region to become Parties to the Protocol")
RL(d, ["Nigeria", "Côte d'Ivoire", "Ghana", "Senegal"], PARTY, OPRC, None, "The four States were Parties to the OPRC Convention")
RL(d, ["Côte d'Ivoire", "Ghana"], NOTBOUND, OPRCHNS, None, "Côte d'Ivoire and Ghana had not yet become Parties to the OPRC-HNS Protocol", negated=True)
# The Manual on Chemical Pollution is not an instrument; the HKC's entry into force is not an act.
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, "2023-06-26", "following the accessions of Bangladesh and Liberia, both deposited on 26 June 2023")
R(d, "Pakistan", ACCEDED, HKC, "2023-11-30", "Pakistan had acceded to the Hong Kong Convention on 30 November 2023")
R(d, "India", ACCEDED, HKC, "2019", "India had acceded in 2019")
R(d, "United States", NOTBOUND, HKC, None,
  "the United States was not a Party to the Hong Kong Convention and was not in a position to accede to it at this time", negated=True)
R(d, MEPC, "called-for", HKC, S,
  "The Committee urged all Member States that had not yet done so to ratify or accede to the Hong Kong Convention")
# "24 States had become Parties": unnamed.

# ===================== 09 (ILO, Committee on the Application of Standards, 110th Session, 30-31 May 2022) =====================
d = "09.txt"
S = "2022-05"
QWK = "They called on all member States that had not yet done so to ratify Conventions Nos 149 and 189 without delay."
R(d, WORKERS, "called-for", C149, S, QWK, required=False)
R(d, WORKERS, "called-for", C189, S, QWK, required=False)
# The Employer members' view is not an act. The Council's 2014 authorization is an EU internal step.
R(d, "European Union", "called-for", C189, S, "The EU and its Member States encouraged all member States to ratify Convention No. 189.")
R(d, "Philippines", RATIFIED, C189, "2012-09-05", "her country had ratified Convention No. 189 on 5 September 2012")
R(d, "Philippines", NOTRATIFIED, C149, None, "The Philippines was not yet a party to Convention No. 149", negated=True)
R(d, "Italy", RATIFIED, C189, "2013-01", "Italy had been the first European country to ratify Convention No. 189, in January 2013")
R(d, "Italy", RATIFIED, C149, "1985", "Italy had also ratified Convention No. 149 in 1985")
R(d, "Brazil", RATIFIED, C189, "2018-01-31", "Brazil had ratified Convention No. 189 on 31 January 2018")
R(d, "Namibia", NOTRATIFIED, C149, None, "Namibia had not ratified Convention No. 149 but was considering doing so", negated=True)
# Her first statement ("had ratified Convention No. 189 in 2020") is corrected: the Cabinet approval is domestic.
R(d, "Namibia", NOTRATIFIED, C189, None, "Namibia had not yet ratified Convention No. 189", negated=True)
R(d, "India", "supported", C189, "2011", "India had voted in favour of Convention No. 189 at the Conference in 2011")
R(d, "India", NOTRATIFIED, C189, None, "but had not ratified it", negated=True,
  alt=["the Government intended to consider ratification once the draft national policy on domestic workers had been adopted"])
R(d, "Switzerland", RATIFIED, C189, "2014", "Switzerland had ratified Convention No. 189 in 2014")
R(d, "Switzerland", NOTRATIFIED, C149, None, "It did not intend to ratify Convention No. 149", negated=True)
R(d, "Argentina", RATIFIED, C189, "2014", "her country, which had ratified Convention No. 189 in 2014")
R(d, "Argentina", NOTRATIFIED, C149, None, "would ratify Convention No. 149 as soon as the National Congress had approved the bill", negated=True)
R(d, "Indonesia", NOTRATIFIED, C189, None, "Indonesia intended to ratify Convention No. 189", negated=True)
QUS = "the United States had not ratified either Convention"
R(d, "United States", NOTRATIFIED, C149, None, QUS, negated=True)
R(d, "United States", NOTRATIFIED, C189, None, QUS, negated=True)
R(d, "Ecuador", RATIFIED, C149, "1978", "Ecuador had ratified Convention No. 149 in 1977, a date she later corrected to 1978")
R(d, "Ecuador", RATIFIED, C189, "2013", "and Convention No. 189 in 2013")
R(d, "South Africa", RATIFIED, C189, "2013", "South Africa had ratified Convention No. 189 in 2013")
R(d, "South Africa", NOTRATIFIED, C149, None, "its Department of Employment and Labour was studying Convention No. 149", negated=True)

# ===================== 10 (OACPS-EU Joint Parliamentary Assembly, minutes of Tuesday 25 March 2025) =====================
d = "10.html"
D = "2025-03-25"
R(d, "European Union", "signed", SAMOA, "2023-11-15", "the European Union had signed the Samoa Agreement in Apia on 15 November 2023")
# Provisional application and entry into force: nothing.
R(d, EC, COMMITTED, SAMOA, D, "She said the Commission remained committed to the Samoa Agreement")
R(d, "Nigeria", "signed", SAMOA, "2024-06-28", "Nigeria had signed the Agreement on 28 June 2024 at the OACPS Secretariat in Brussels")
R(d, "Nigeria", NOTRATIFIED, SAMOA, None, "Nigeria would not ratify the Agreement before the National Assembly had completed its own review", negated=True)
R(d, "Samoa", RATIFIED, SAMOA, "2024-10",
  "Samoa, the host of the signing ceremony, had deposited its instrument of ratification with the Secretary-General of the Council of the European Union, the depositary, in October 2024")
R(d, "Haiti", "called-for", SAMOA, D, "Mr. Joseph called on all OACPS Members that had not yet done so to ratify the Samoa Agreement")
# Fiji welcomes the ratifications: Papua New Guinea's and Vanuatu's records, none for Fiji's welcome.
QPV = "welcomed the ratification of the Agreement by Papua New Guinea and Vanuatu in February"
RL(d, ["Papua New Guinea", "Vanuatu"], RATIFIED, SAMOA, "2025-02", QPV)
R(d, "Fiji", NOTRATIFIED, SAMOA, None, "Fiji would deposit its own instrument once Parliament had adopted the enabling resolution", negated=True)
QBU = "Burundi had ratified the Samoa Agreement and the revised Georgetown Agreement establishing the OACPS in 2024"
R(d, "Burundi", RATIFIED, SAMOA, "2024", QBU)
R(d, "Burundi", RATIFIED, GEORGETOWN, "2024", QBU)
R(d, "Namibia", "signed", SAMOA, None, "Namibia had not signed the Samoa Agreement", negated=True)
# The European Parliament's consent is the Union's internal step; the Union's conclusion is still to come (optional).
R(d, "European Union", NOTRATIFIED, SAMOA, None,
  "the consent of the European Parliament to the conclusion of the Agreement was pending", negated=True, required=False)
R(d, "Senegal", "signed", SAMOA, "2023-11-15", "Senegal, which had signed in Apia")
R(d, "Senegal", RATIFIED, SAMOA, "2024-12-03", "had ratified the Agreement on 3 December 2024")
R(d, JPA, "adopted", JPARES1, D, "The Assembly adopted the resolution on the implementation of the Samoa Agreement by 112 votes to 6, with 9 abstentions")
R(d, JPA, "adopted", JPARES2, D, "The Assembly adopted the resolution without a vote.")
# The rejected amendment and the unnamed votes: nothing.

# ===================== 11 (Security Council, 9214th meeting, SC/15134, 9 December 2022) =====================
d = "11.txt"
D = "2022-12-09"
R(d, UNSC, "adopted", R2664, D,
  "Adopting resolution 2664 (2022) by 14 votes in favour to none against, with 1 abstention (India)")
QFV = ("Voting in favour were Albania, Brazil, China, France, Gabon, Ghana, Ireland, Kenya, Mexico, Norway, the Russian Federation, "
       "the United Arab Emirates, the United Kingdom and the United States.")
RL(d, ["Albania", "Brazil", "China", "France", "Gabon", "Ghana", "Ireland", "Kenya", "Mexico", "Norway", "Russian Federation",
       "United Arab Emirates", "United Kingdom", "United States"], "supported", R2664, D, QFV)
R(d, "India", "supported", R2664, D, "with 1 abstention (India)", negated=True, alt=["her delegation had abstained"])
RL(d, ["United States", "Ireland"], COSPONSORED, R2664, None, "The text was put forward by the United States and Ireland, the co-penholders.")
R(d, UNSC, "adopted", R2615, "2021", "resolution 2615 (2021), adopted unanimously by the Council one year earlier")
# Ireland's call "to apply the exemption in their national sanctions regimes" is a call to implement, not to join (nothing).
R(d, "India", "supported", R2615, "2021", "India had joined the consensus on resolution 2615 (2021)")
# The AU Peace and Security Council's communiqué and China's call to lift unilateral sanctions: nothing.
R(d, "France", COSPONSORED, R2664, None, "his country had co-sponsored the resolution")
R(d, "United Kingdom", COSPONSORED, R2664, None, "noting that her country too had co-sponsored the text")

# ===================== 12 (FfD4 Preparatory Committee report, A/CONF.227/PC/4; fourth session 9-13 June, resumed 17 June 2025) =====================
d = "12.txt"
S = "2025-06"
D = "2025-06-17"
R(d, GA, "adopted", RES78231, "2023-12-22", "By its resolution 78/231 of 22 December 2023, the General Assembly decided", required=False)
R(d, GA, ENDORSED_ADOPTED, AAAA, "2015-07-27",
  "The General Assembly had earlier endorsed the Addis Ababa Action Agenda of the Third International Conference on Financing for Development in its resolution 69/313 of 27 July 2015")
R(d, G77, COMMITTED, AAAA, S, "the Group remained committed to the Addis Ababa Action Agenda")
R(d, G77, "called-for", TAXCONV, S,
  "The Group called for the conclusion of the United Nations Framework Convention on International Tax Cooperation by 2027")
R(d, "European Union", COMMITTED, AAAA, S,
  "The representative of the European Union reaffirmed the commitment of the Union and its member States to the Addis Ababa Action Agenda")
R(d, "Nigeria", COSPONSORED, RES78230, "2023",
  "Nigeria, which had tabled resolution 78/230 on promotion of inclusive and effective international tax cooperation on behalf of the Group of African States in 2023")
R(d, "Nigeria", "called-for", TAXCONV, S,
  "called on all Member States to participate constructively in the negotiations so that the framework convention could be opened for signature at the earliest date")
# Spain's "Sevilla Platform for Action" is a future launch of initiatives; the Pact for the Future is only mentioned (nothing).
R(d, FFD1, "adopted", MONTERREY, "2002", "the 2002 Conference at which the Monterrey Consensus had been adopted", required=False)
R(d, PREPCOM, ADOPTED, SEVILLA, D,
  "the Preparatory Committee approved the draft outcome document of the Conference, entitled \"Compromiso de Sevilla\"")
R(d, "United States", "supported", SEVILLA, D, "would not join the consensus on the draft outcome document", negated=True)
R(d, "Argentina", "supported", SEVILLA, D, "Argentina had joined the consensus")
R(d, "Japan", "supported", SEVILLA, D, "her delegation had joined the consensus and looked forward to the Conference")
R(d, "United Kingdom", "supported", SEVILLA, D, "the United Kingdom supported the draft outcome document")
# The Conference's adoption "expected" on 30 June 2025 is a later meeting's act (nothing); the report's adoption is not an instrument.

# ===================== 13 (WSSD2 informal consultations, co-facilitators' summary; first day 21 July 2025; header date 2025-07-25) =====================
d = "13.txt"
D = "2025-07-21"
R(d, G77, COMMITTED, COPENHAGEN, D, "The Group of 77 and China reaffirmed its commitment to the Copenhagen Declaration on Social Development")
R(d, G77, COMMITTED, COPPOA, D, "the Programme of Action of the World Summit for Social Development of 1995", required=False)
QEU = "the Union and its member States remained committed to the Copenhagen Declaration and to the 2030 Agenda for Sustainable Development"
R(d, "European Union", COMMITTED, COPENHAGEN, D, QEU)
R(d, "European Union", COMMITTED, AGENDA30, D, QEU)
# A conditional "would not be in a position to join consensus on a declaration that ..." (optional negated support).
R(d, "United States", "supported", DOHADECL, None,
  "it would not be in a position to join consensus on a declaration that reaffirmed the 2030 Agenda", negated=True, required=False)
# Uruguay's proposal for the declaration's text is not itself a call (optional).
R(d, "Uruguay", "called-for", C102, D, "Uruguay proposed that paragraph 24 invite States to ratify the Social Security (Minimum Standards) Convention", required=False)
R(d, "Uruguay", RATIFIED, C102, "2010", "Uruguay, she recalled, had ratified the Convention in 2010")
R(d, "Morocco", RATIFIED, C102, "2019", "Morocco had ratified Convention No. 102 in 2019")
R(d, "Kenya", NOTRATIFIED, C102, None, "Kenya said that it had not yet ratified Convention No. 102 and expected to do so before the Summit", negated=True)
R(d, "Japan", RATIFIED, C102, "1976", "Japan, which had ratified Convention No. 102 in 1976")
R(d, "India", NOTRATIFIED, C102, None, "India was not considering ratification of Convention No. 102 at present", negated=True)
R(d, "India", "called-for", DOHADECL, D, "It called on all Member States to endorse the political declaration at the Summit in Doha")
R(d, "Mexico", RATIFIED, C102, "1961", "Mexico had ratified Convention No. 102 in 1961")
R(d, G77, "called-for", TAXCONV, "2025-07",
  "The Group of 77 and China called for a reference to the conclusion of the United Nations Framework Convention on International Tax Cooperation",
  required=False)
# "Norway and Mexico supported the Uruguayan proposal": support for a proposal of text, not for an instrument (nothing).

# ===================== 14 (AU Commission, note for the record, 16 October 2024; Nile Basin CFA) =====================
d = "14.md"
D = "2024-10-16"
QSG = "It was signed on that day by Ethiopia, Rwanda, Tanzania and Uganda"
RL(d, ["Ethiopia", "Rwanda", "United Republic of Tanzania", "Uganda"], "signed", CFA, "2010-05-14", QSG)
R(d, "Kenya", "signed", CFA, "2010-05-19", "Kenya signed on 19 May 2010",
  alt=["Kenya had signed the Agreement but had yet to ratify it"])
R(d, "Burundi", "signed", CFA, "2011-02-28", "Burundi on 28 February 2011")
QRT = ("Instruments of ratification were deposited by Ethiopia in June 2013, Rwanda in August 2013, Tanzania in March 2015, "
       "Uganda in August 2019 and Burundi on 4 May 2024")
R(d, "Ethiopia", RATIFIED, CFA, "2013-06", QRT)
R(d, "Rwanda", RATIFIED, CFA, "2013-08", QRT)
R(d, "United Republic of Tanzania", RATIFIED, CFA, "2015-03", QRT)
# The earlier record's "2018" is corrected to 15 August 2019.
R(d, "Uganda", RATIFIED, CFA, "2019-08-15", QRT, alt=["Uganda deposited its instrument on 15 August 2019"])
R(d, "Burundi", RATIFIED, CFA, "2024-05-04", QRT)
R(d, "South Sudan", ACCEDED, CFA, "2024-08-14", "deposited an instrument of accession on 14 August 2024")
# Entry into force on 13 October 2024: nothing.
R(d, "Kenya", NOTRATIFIED, CFA, None, "but had yet to ratify it", negated=True,
  alt=["Kenya expected to deposit its instrument in 2025"])
R(d, "Ethiopia", "called-for", CFA, D, "called on Egypt and Sudan to join the Agreement")
QEGN = "Egypt had neither signed nor ratified the Agreement and did not consider itself bound by it"
R(d, "Egypt", "signed", CFA, None, QEGN, negated=True)
R(d, "Egypt", NOTRATIFIED, CFA, None, QEGN, negated=True)
RL(d, ["Egypt", "Sudan"], PARTY, NILE59, None, "Egypt and the Sudan remained parties to the 1959 Agreement for the Full Utilization of the Nile Waters")
RL(d, ["Egypt", "Sudan"], "signed", NILE59, "1959-11-08", "which they had signed in Cairo on 8 November 1959")
R(d, "Sudan", "signed", CFA, None, "Sudan, likewise, had not signed the Agreement", negated=True)
R(d, "Sudan", NOTRATIFIED, CFA, None, "The representative of Sudan associated her delegation with that statement", negated=True, required=False)
R(d, "Democratic Republic of the Congo", "signed", CFA, None, "his country had not signed the Agreement", negated=True)
R(d, "Eritrea", "signed", CFA, None, "it was not in a position to sign the Agreement", negated=True)
# The depositary's encouragement to Kenya (optional); the Nile River Basin Commission is an institution (nothing).
R(d, AUC, "called-for", CFA, D, "She encouraged the remaining signatory, Kenya, to deposit its instrument", required=False)

# ===================== 15 (Black Sea Commission, minutes of the 41st Regular Meeting, Istanbul, 28-29 November 2023) =====================
d = "15.html"
S = "2023-11"
QCP = ("Representatives of all six Contracting Parties to the Convention on the Protection of the Black Sea Against Pollution, signed in "
       "Bucharest on 21 April 1992, attended: Bulgaria, Georgia, Romania, the Russian Federation, Türkiye and Ukraine.")
RL(d, ["Bulgaria", "Georgia", "Romania", "Russian Federation", "Türkiye", "Ukraine"], PARTY, BUCHAREST, None, QCP)
# The Government of Romania as depositary gets nothing for receiving instruments; Romania's own ratification is recorded.
QRO = "Romania had ratified the 2009 LBS Protocol in 2011 and Bulgaria in 2012"
R(d, "Romania", RATIFIED, LBS09, "2011", QRO)
R(d, "Bulgaria", RATIFIED, LBS09, "2012", QRO)
R(d, "Georgia", RATIFIED, LBS09, "2023-10-03", "the instrument of ratification of Georgia had been received on 3 October 2023",
  alt=["Georgia had deposited its instrument on that date"])
R(d, "Georgia", RATIFIED, BIOD, "2009", "Georgia had also ratified the Black Sea Biodiversity and Landscape Conservation Protocol in 2009")
QTR = "Türkiye had signed both the 2009 LBS Protocol and the Biodiversity Protocol but had ratified neither of them"
R(d, "Türkiye", "signed", LBS09, None, QTR)
R(d, "Türkiye", "signed", BIOD, None, QTR)
R(d, "Türkiye", NOTRATIFIED, LBS09, None, QTR, negated=True)
R(d, "Türkiye", NOTRATIFIED, BIOD, None, QTR, negated=True)
R(d, "Russian Federation", NOTRATIFIED, LBS09, None,
  "the Russian Federation did not intend to ratify the 2009 LBS Protocol under the present circumstances", negated=True)
# "It remained a Party to the Convention and to its 1992 Protocols": the Convention tuple is already recorded; the Protocols are unnamed.
R(d, "Ukraine", RATIFIED, BIOD, "2003", "Ukraine had ratified the Biodiversity Protocol in 2003")
R(d, "Ukraine", NOTRATIFIED, LBS09, None, "Ukraine intended to ratify the 2009 LBS Protocol once the war allowed", negated=True)
R(d, "Bulgaria", "called-for", LBS09, S, "called on the Contracting Parties that had not yet done so to ratify the 2009 LBS Protocol")
R(d, BSC, "adopted", BSCWP, S, "The Commission adopted its Work Programme for 2024-2025")
R(d, BSMIN, "adopted", BSSAP09, "2009-04-17", "adopted by the Ministerial Meeting in Sofia on 17 April 2009", required=False)
R(d, BSC, ADOPTED, BSSAPNEW, S, "The Commission approved the draft updated Strategic Action Plan", required=False)
# Cooperation with the ICPDR and the Barcelona Convention Secretariat: institutions (nothing).
R(d, "European Union", NOTBOUND, BUCHAREST, None, "the European Union was not a Party to the Convention", negated=True)
R(d, BSC, "called-for", BUCHAREST, None, "although the Commission had twice invited it to accede", required=False)

# ===================== 16 (First Committee, A/C.1/79/SR.25, Monday 4 November 2024) =====================
d = "16.txt"
D = "2024-11-04"
R(d, "India", COSPONSORED, L45, None, "Mr. Pratap (India), introducing draft resolution L.45 on behalf of the sponsors")
R(d, "India", "called-for", CONVUSE, D, "India called on the Conference on Disarmament to commence negotiations on such a convention")
RL(d, ["Bhutan", "Mauritius", "Viet Nam"], COSPONSORED, L45, None, "Bhutan, Mauritius and Viet Nam had joined the sponsors")
R(d, "Australia", "supported", L45, D, "Australia would vote against L.45", negated=True)
R(d, "Australia", "signed", TPNW, None, "Australia had not signed the Treaty on the Prohibition of Nuclear Weapons", negated=True)
R(d, "Japan", "supported", L45, D, "Japan would abstain", negated=True)
R(d, FIRST, "adopted", L45, D, "The draft resolution was adopted by 120 votes to 50, with 13 abstentions.")
R(d, "Mexico", "supported", L45, D, "Mexico had voted in favour")
R(d, "Mexico", RATIFIED, TPNW, "2018-01", "which Mexico had ratified in January 2018")
R(d, "Kazakhstan", "supported", L45, D, "her delegation had voted in favour of L.45")
R(d, "Kazakhstan", PARTY, TPNW, "2019", "Kazakhstan, a party to the Treaty on the Prohibition of Nuclear Weapons since 2019")
R(d, "Kazakhstan", "called-for", TPNW, D, "called on all States that had not yet done so to sign and ratify that Treaty")
RL(d, ["Netherlands", "Belgium", "Germany"], "supported", L45, D, "the three countries had voted against the draft resolution", negated=True)
R(d, "Netherlands", "signed", TPNW, None, "it would not sign that Treaty", negated=True)
# Attending the first Meeting of States Parties as an observer: nothing.
R(d, "Brazil", "supported", L45, D, "Brazil had voted in favour of L.45")
R(d, "Brazil", "signed", TPNW, "2017-09-20", "Brazil had signed the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017")
R(d, "Brazil", NOTRATIFIED, TPNW, None,
  "the instrument of ratification would be deposited once the National Congress had completed its consideration of the Treaty", negated=True)
R(d, "Pakistan", "supported", L45, D, "Pakistan had voted against L.45", negated=True)
R(d, "Pakistan", NOTBOUND, NPT, None, "Pakistan itself had not acceded to the NPT and would not accede to it as a non-nuclear-weapon State", negated=True)
R(d, "India", NOTBOUND, NPT, None, "India was not a party to the NPT either and had no intention of joining it", negated=True)
R(d, "India", "supported", CTBT, "1996",
  "India had voted against the adoption of the Comprehensive Nuclear-Test-Ban Treaty in the General Assembly in 1996", negated=True)
R(d, "India", "signed", CTBT, None, "had not signed that Treaty since", negated=True)
R(d, "Austria", RATIFIED, TPNW, "2018-05-08", "Austria, which had ratified the Treaty on the Prohibition of Nuclear Weapons on 8 May 2018")
R(d, "Austria", "supported", L45, D, "had abstained on L.45", negated=True)
R(d, "Austria", "called-for", TPNW, D, "Austria called on all States to join the Treaty")
R(d, "South Africa", PARTY, TPNW, "2019", "his country, a party to the Treaty on the Prohibition of Nuclear Weapons since 2019")
R(d, "South Africa", "supported", L45, D, "had voted in favour of the draft resolution")
QNW = "the three nuclear-weapon States had voted against L.45"
RL(d, ["France", "United Kingdom", "United States"], "supported", L45, D, QNW, negated=True)
RL(d, ["France", "United Kingdom", "United States"], COMMITTED, NPT, D, "They remained committed to the NPT")

gold.finish(MIN_CHARS, MAX_CHARS)
