#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe8/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alt-names missing from its ALT_NAMES are added here, locally."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, ALT_NAMES, Gold, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED  # noqa: E402  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1500, 3500

# ---- instruments: (name as the text names it, aliases) ----
IACPPT = ("Inter-American Convention to Prevent and Punish Torture", ["IACPPT", "Inter-American Torture Convention"])
IACFDP = ("Inter-American Convention on Forced Disappearance of Persons", ["Inter-American Forced Disappearance Convention"])
ECPT = ("European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment", ["ECPT", "ETS No. 126", "European Convention for the Prevention of Torture"])
TRUSTS = ("Convention of 1 July 1985 on the Law Applicable to Trusts and on their Recognition", ["Hague Trusts Convention", "Trusts Convention"])
CSC07 = ("Convention of 23 November 2007 on the International Recovery of Child Support and Other Forms of Family Maintenance", ["2007 Child Support Convention", "Child Support Convention"])
MOP07 = ("Protocol of 23 November 2007 on the Law Applicable to Maintenance Obligations", ["2007 Protocol", "Maintenance Obligations Protocol", "2007 Hague Protocol"])
RAIL = ("Luxembourg Rail Protocol to the Convention on International Interests in Mobile Equipment", ["Luxembourg Rail Protocol", "Rail Protocol", "rail protocol"])
MAC = ("MAC Protocol on mining, agricultural and construction equipment", ["MAC Protocol", "Protocol on Matters Specific to Mining, Agricultural and Construction Equipment"])
UNI95 = ("UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects", ["UNIDROIT Convention", "1995 Convention", "1995 UNIDROIT Convention"])
UNESCO70 = ("UNESCO Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property of 1970", ["1970 UNESCO Convention", "UNESCO 1970 Convention"])
NCD25 = ("Political Declaration of the Fourth High-level Meeting on the Prevention and Control of Noncommunicable Diseases and the Promotion of Mental Health and Well-being", ["Political Declaration", "2025 Political Declaration on NCDs", "Political Declaration on NCDs"])
R73_2 = ("resolution 73/2", ["Political Declaration of the third high-level meeting", "2018 Political Declaration on NCDs", "A/RES/73/2"])
POS = ("Port of Spain Declaration, \"Uniting to Stop the Epidemic of Chronic NCDs\"", ["Port of Spain Declaration", "Uniting to Stop the Epidemic of Chronic NCDs"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "WHO FCTC"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol"])
RABATD = ("Rabat Declaration", ["Rabat Declaration of 2006"])
CADIZ = ("Cadiz Political Declaration and Action Plan", ["Cadiz Political Declaration", "Cádiz Political Declaration", "Cadiz Action Plan"])
ROMED = ("Rome Declaration", ["Rome Declaration of 28 November 2014", "Khartoum Process Declaration"])
VALLETTA = ("Valletta Joint Action Plan", ["Valletta Action Plan", "JVAP"])
JREC = ("Rabat-Khartoum Joint Recommendations on Return, Readmission and Sustainable Reintegration", ["Joint Recommendations"])
R2736 = ("resolution 2736 (2024)", ["S/RES/2736 (2024)", "resolution 2736"])
R2724 = ("resolution 2724 (2024)", ["S/RES/2724 (2024)", "resolution 2724"])
JEDDAH = ("Jeddah Declaration of Commitment to Protect the Civilians of Sudan", ["Jeddah Declaration"])
R302 = ("resolution 302 (IV)", ["A/RES/302 (IV)", "resolution 302"])
L12 = ("Assistance to Palestine refugees", ["A/C.4/79/L.12", "L.12", "draft resolution on assistance to Palestine refugees"])
L14 = ("Operations of UNRWA", ["A/C.4/79/L.14", "L.14", "Operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East"])
UPC = ("Universal Postal Convention (Abidjan 2021)", ["Universal Postal Convention", "Abidjan Convention"])
PPSA = ("Postal Payment Services Agreement (Abidjan 2021)", ["Postal Payment Services Agreement"])
AP9 = ("Ninth Additional Protocol to the Constitution of the Universal Postal Union (Istanbul 2016)", ["Ninth Additional Protocol to the Constitution", "Ninth Additional Protocol"])
ABACTS = ("Acts of the Abidjan Congress", ["Abidjan Acts", "Acts of the 27th Universal Postal Congress"])
ITR12 = ("International Telecommunication Regulations (2012)", ["International Telecommunication Regulations", "ITRs", "2012 International Telecommunication Regulations", "new International Telecommunication Regulations"])
ITR88 = ("1988 International Telecommunication Regulations", ["1988 Regulations", "International Telecommunication Regulations (1988)"])
WCITRES = ("resolution on fostering an enabling environment for the greater growth of the Internet", ["WCIT-12 Resolution Plen/3", "Internet resolution"])
VCDECL = ("Declaration of Villers-Cotterêts", ["Villers-Cotterêts Declaration"])
OIFCH = ("Charter of La Francophonie", ["Francophonie Charter", "OIF Charter"])
BAMAKO = ("Bamako Declaration", ["Bamako Declaration of 3 November 2000"])
PACTFR = ("Pact for the French Language", ["language pact", "Pacte linguistique"])
MC124 = ("Decision No. 1/24 on the OSCE Chairpersonship in the Year 2026", ["Decision No. 1/24", "MC.DEC/1/24"])
MC224 = ("Decision No. 2/24 on the OSCE Chairpersonship in the Year 2027", ["Decision No. 2/24", "MC.DEC/2/24"])
MC324 = ("Decision No. 3/24 on the appointment of the Secretary General", ["Decision No. 3/24", "MC.DEC/3/24"])
MCDECL = ("draft Ministerial Declaration on the 50th anniversary of the Helsinki Final Act", ["Ministerial Declaration on the 50th anniversary of the Helsinki Final Act"])
MC1404 = ("Ministerial Council Decision No. 14/04 on the 2004 OSCE Action Plan for the Promotion of Gender Equality", ["Decision No. 14/04", "2004 OSCE Action Plan for the Promotion of Gender Equality", "MC.DEC/14/04"])
THBAP = ("OSCE Action Plan to Combat Trafficking in Human Beings", ["Action Plan to Combat Trafficking in Human Beings"])
MOU = ("memorandum of understanding on continuity between their chairpersonships", ["memorandum of understanding"])
SAR = ("Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic", ["search and rescue agreement", "Arctic Search and Rescue Agreement", "Arctic SAR Agreement"])
OIL = ("Agreement on Cooperation on Marine Oil Pollution Preparedness and Response in the Arctic", ["Arctic Marine Oil Pollution Agreement", "oil pollution agreement"])
SCI = ("Agreement on Enhancing International Arctic Scientific Cooperation", ["science agreement", "Arctic Science Agreement"])
ICA22 = ("International Coffee Agreement 2022", ["ICA 2022"])
COCOA = ("International Cocoa Agreement, 2010", ["International Cocoa Agreement 2010", "International Cocoa Agreement"])

# ---- actors' other names (ALT_NAMES from corpus/tools/gold.py, plus local entries) ----
ALT = dict(ALT_NAMES)
ALT.update({
    "United Kingdom": ALT_NAMES["United Kingdom"] + ["Britain"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Syria": ["Syria", "Syrian Arab Republic"],
    "Micronesia": ["Micronesia", "Micronesia (Federated States of)", "Federated States of Micronesia"],
    "Congo": ["Congo", "Republic of the Congo"],
})
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
OASSG = ["OAS Secretary General", "Secretary General of the OAS", "Luis Almagro", "Organization of American States", "OAS"]
COECM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
HCCH = ["Hague Conference on Private International Law", "HCCH", "Twenty-First Session of the Hague Conference", "Fifteenth Session of the Hague Conference"]
HCCHPB = ["Permanent Bureau of the Hague Conference", "Permanent Bureau", "Hague Conference on Private International Law", "HCCH"]
HCCHSG = ["HCCH Secretary General", "Secretary General of the HCCH", "Christophe Bernasconi", "Hague Conference on Private International Law", "HCCH"]
RAILCONF = ["diplomatic conference convened by UNIDROIT and OTIF", "Diplomatic Conference", "UNIDROIT", "OTIF"]
UNIDSG = ["UNIDROIT Secretary-General", "Secretary-General of UNIDROIT", "Ignacio Tirado", "UNIDROIT"]
ROMECONF = ["diplomatic conference in Rome", "Diplomatic Conference", "UNIDROIT"]
CARICOM = ["CARICOM Heads of Government", "Conference of Heads of Government of CARICOM", "CARICOM", "Caribbean Community"]
EAMC06 = ["Euro-African Ministerial Conference on Migration and Development", "Euro-African Ministerial Conference"]
EAMC22 = ["Sixth Euro-African Ministerial Conference", "Euro-African Ministerial Conference"]
VALSUM = ["Valletta Summit on Migration", "Valletta Summit"]
JTM = ["Joint Thematic Meeting of the Rabat Process and the Khartoum Process", "Joint Thematic Meeting", "Rabat Process", "Khartoum Process"]
SAF = ["Sudanese Armed Forces", "SAF"]
RSF = ["Rapid Support Forces", "RSF"]
FOURTH = ["UN General Assembly Fourth Committee", "Fourth Committee", "Fourth Committee (Special Political and Decolonization)",
          "Special Political and Decolonization Committee"]
UPUDG = ["UPU Director General", "Director General of the Universal Postal Union", "Masahiko Metoki", "Universal Postal Union", "UPU",
         "International Bureau"]
WCIT = ["World Conference on International Telecommunications", "WCIT-12", "WCIT"]
ITUSG = ["ITU Secretary-General", "Secretary-General of the International Telecommunication Union", "Hamadoun Touré",
         "International Telecommunication Union", "ITU"]
FRSUMMIT = ["XIXth Summit of La Francophonie", "Summit of Heads of State and Government of countries using French as a common language",
            "Francophonie Summit", "Organisation internationale de la Francophonie", "OIF"]
OIFMC = ["Ministerial Conference of La Francophonie", "Ministerial Conference", "Organisation internationale de la Francophonie", "OIF"]
OIFSG = ["Secretary General of La Francophonie", "Louise Mushikiwabo", "Organisation internationale de la Francophonie", "OIF"]
OSCEMC = ["OSCE Ministerial Council", "Ministerial Council", "OSCE"]
OSCEPC = ["OSCE Permanent Council", "Permanent Council", "OSCE"]
ICC = ["International Coffee Council", "International Coffee Organization", "ICO"]
ICOED = ["ICO Executive Director", "Executive Director of the ICO", "Vanusia Nogueira", "International Coffee Organization", "ICO"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for



# ===================== 01 =====================
d = "01_oas_press_barbados_iacppt_accession.txt"
DAY, THU = "2025-04-11", "2025-04-10"
R(d, "Barbados", ACCEDED, IACPPT, DAY,
  "The instrument of accession was deposited by Ambassador Noah Charles, Permanent Representative of Barbados to the Organization of American States (OAS)")
R(d, "Barbados", "party", IACPPT, DAY, "Barbados today became the nineteenth State Party to the Inter-American Convention to Prevent and Punish Torture", required=False)
R(d, OASGA, "adopted", IACPPT, "1985-12-09",
  "The Convention was adopted in Cartagena de Indias, Colombia, on December 9, 1985, at the fifteenth regular session of the OAS General Assembly")
mq = "Mexico and Argentina, which ratified it in 1987 and 1988 respectively"
R(d, "Mexico", RATIFIED, IACPPT, "1987", mq)
R(d, "Argentina", RATIFIED, IACPPT, "1988", mq)
R(d, "Barbados", "signed", IACFDP, DAY, "At the same ceremony, Barbados signed the Inter-American Convention on Forced Disappearance of Persons")
R(d, "Barbados", NOTRATIFIED, IACFDP, None, "which the Government expects to ratify before the end of the year", negated=True)
R(d, "Barbados", "committed", IACPPT, THU,
  "\"Barbados stands committed to the eradication of torture in all its forms and to the full implementation of the Convention,\" the Minister said")
R(d, OASSG, "called-for", IACPPT, DAY,
  "He urged \"the remaining Member States of the Caribbean Community, as well as Canada and the United States, to accede to the Convention without delay.\"")
R(d, "Haiti", "signed", IACPPT, "1986-06-13", "Haiti, which signed the Convention on June 13, 1986")
R(d, "Haiti", NOTRATIFIED, IACPPT, None, "Haiti, which signed the Convention on June 13, 1986, has yet to ratify it", negated=True)
jq = "Jamaica and Trinidad and Tobago are not party to the Convention"
RL(d, ["Jamaica", "Trinidad and Tobago"], NOTBOUND, IACPPT, None, jq, negated=True)
RL(d, ["Jamaica", "Trinidad and Tobago"], "signed", IACPPT, None, "Jamaica and Trinidad and Tobago are not party to the Convention, and neither has signed it", negated=True)

# ===================== 02 =====================
d = "02_coe_webpage_cpt_convention.txt"
R(d, COECM, "adopted", ECPT, "1987-06-26", "It had been adopted by the Committee of Ministers on 26 June of the same year.")
fq = ("On the first day, the Convention was signed by Austria, Belgium, Cyprus, Denmark, France, Italy, Luxembourg, Malta, the Netherlands, "
      "Norway, Portugal, Spain, Sweden and Switzerland.")
RL(d, ["Austria", "Belgium", "Cyprus", "Denmark", "France", "Italy", "Luxembourg", "Malta", "Netherlands", "Norway", "Portugal", "Spain",
       "Sweden", "Switzerland"], "signed", ECPT, "1987-11-26", fq)
RL(d, ["Ireland", "Türkiye"], "signed", ECPT, "1988", "Ireland and Türkiye followed in 1988")
R(d, "United Kingdom", "signed", ECPT, "1987-11-26", "the United Kingdom, which had signed on 26 November 1987 as well")
R(d, "United Kingdom", RATIFIED, ECPT, "1988-06-24", "the United Kingdom, which had signed on 26 November 1987 as well, ratified the Convention on 24 June 1988")
R(d, "Montenegro", PARTY, ECPT, "2006-06-06", "Montenegro, which succeeded to it on 6 June 2006")
R(d, "Monaco", RATIFIED, ECPT, "2005-11-30", "Monaco, which ratified it on 30 November 2005")
R(d, "Kazakhstan", JOINED, ECPT, None, "Kazakhstan told the Committee of Ministers last year that it is considering whether to accede to the Convention", negated=True)
R(d, "Russian Federation", RATIFIED, ECPT, "1998-05-05", "The Russian Federation, which ratified the Convention on 5 May 1998")
R(d, "Russian Federation", NOTBOUND, ECPT, None, "denounced it in 2023 and is no longer a Party", negated=True)

# ===================== 03 =====================
d = "03_explainer_hague_trusts_convention_qa.txt"
R(d, HCCH, "adopted", TRUSTS, "1984-10-20",
  "Its text was adopted by the Hague Conference on Private International Law at its Fifteenth Session, on 20 October 1984")
R(d, "United Kingdom", RATIFIED, TRUSTS, "1989", "The United Kingdom ratified it in 1989")
R(d, "Italy", RATIFIED, TRUSTS, "1990", "The United Kingdom ratified it in 1989 and Italy in 1990")
R(d, "Australia", PARTY, TRUSTS, None, "together with Australia these three brought it into force on 1 January 1992")
RL(d, ["Canada", "Netherlands", "Malta"], PARTY, TRUSTS, None, "Canada, the Netherlands and Malta followed.")
R(d, "Switzerland", RATIFIED, TRUSTS, "2007-04-26", "Switzerland ratified it on 26 April 2007")
R(d, "Switzerland", "signed", TRUSTS, None, "Switzerland ratified it on 26 April 2007, more than twenty years after signing")
R(d, "Liechtenstein", ACCEDED, TRUSTS, "2006", "Liechtenstein, whose trust law is the oldest on the continent, acceded in 2006")
R(d, "Monaco", ACCEDED, TRUSTS, "2008", "Monaco and San Marino acceded in 2008 and 2005 respectively")
R(d, "San Marino", ACCEDED, TRUSTS, "2005", "Monaco and San Marino acceded in 2008 and 2005 respectively")
R(d, "Cyprus", RATIFIED, TRUSTS, "2017", "it ratified the Convention in 2017", alt=["Cyprus is the most recent Contracting State"])
R(d, "China", NOTBOUND, TRUSTS, None, "China is not a Contracting State for its mainland.", negated=True, required=False)
R(d, "United States", "signed", TRUSTS, "1988", "Both have signed the Convention – the United States in 1988 and France in 1991")
R(d, "France", "signed", TRUSTS, "1991", "Both have signed the Convention – the United States in 1988 and France in 1991")
RL(d, ["United States", "France"], NOTRATIFIED, TRUSTS, None, "but neither has ratified it", negated=True)
gq = "Germany has neither signed nor ratified the Convention, and nor have Spain or Belgium."
RL(d, ["Germany", "Spain", "Belgium"], "signed", TRUSTS, None, gq, negated=True)
RL(d, ["Germany", "Spain", "Belgium"], NOTRATIFIED, TRUSTS, None, gq, negated=True)
R(d, HCCHPB, "called-for", TRUSTS, None,
  "The Permanent Bureau of the Hague Conference has encouraged States with growing wealth-management industries to consider joining the Convention.",
  required=False)
R(d, "United Arab Emirates", JOINED, TRUSTS, None, "the UAE said in March that it is examining accession", negated=True,
  alt=["Several Gulf states, including the United Arab Emirates, have studied it"])

# ===================== 04 =====================
d = "04_hcch_depositary_digest_child_support.txt"
R(d, "Colombia", ACCEDED, CSC07, "2025-01-14", "On 14 January 2025, Colombia deposited its instrument of accession.")
R(d, "Philippines", RATIFIED, CSC07, "2025-02-06", "On 6 February 2025, the Philippines deposited its instrument of ratification")
R(d, "Philippines", "signed", CSC07, "2022-10-12", "having signed the Convention on 12 October 2022")
R(d, "Georgia", "signed", CSC07, "2025-02-20", "Georgia signed the Convention on 20 February 2025.")
R(d, "Canada", "signed", CSC07, "2024-01-26", "Canada, which signed on 26 January 2024")
R(d, "Canada", NOTRATIFIED, CSC07, None, "has announced that it expects to ratify once its provinces have legislated", negated=True)
R(d, "Japan", ACCEDED, CSC07, "2025-03-27", "On 27 March 2025, Japan's instrument of accession was received")
R(d, "Japan", "party", CSC07, "2025-03-27", "Japan is thus the 49th Contracting Party", required=False)
R(d, "European Union", ACCEPTED, CSC07, "2014-04-09", "the European Union approved the Convention on 9 April 2014")
R(d, "Denmark", NOTBOUND, CSC07, None, "binding all its Member States except Denmark, which remains outside the Convention", negated=True)
R(d, "United States", RATIFIED, CSC07, "2016-09-07", "The United States ratified it on 7 September 2016")
R(d, "Brazil", RATIFIED, CSC07, "2017-07-17", "The United States ratified it on 7 September 2016 and Brazil on 17 July 2017.")
R(d, "Australia", "signed", CSC07, "2023", "Australia signed in 2023")
R(d, "Australia", NOTRATIFIED, CSC07, None, "Australia signed in 2023 but has not yet ratified.", negated=True)
R(d, "Colombia", ACCEDED, MOP07, "2025-01-14", "On 14 January 2025, together with its accession to the Convention, Colombia acceded to the Protocol.")
R(d, "Ukraine", JOINED, MOP07, "2013", "Ukraine, which joined the Protocol in 2013")
pq = "Neither the United States nor Brazil is bound by the Protocol"
RL(d, ["United States", "Brazil"], NOTBOUND, MOP07, None, pq, negated=True)
R(d, "Philippines", NOTBOUND, MOP07, None, "the Philippines has not joined it either", negated=True)
aq = "Both instruments were adopted at the Twenty-First Session of the Hague Conference, which closed on 23 November 2007."
R(d, HCCH, "adopted", CSC07, "2007-11-23", aq)
R(d, HCCH, "adopted", MOP07, "2007-11-23", aq)
cq = ("Secretary General Christophe Bernasconi called on \"all States with significant cross-border family populations\" to join the Convention "
      "and the Protocol")
R(d, HCCHSG, "called-for", CSC07, None, cq)
R(d, HCCHSG, "called-for", MOP07, None, cq)

# ===================== 05 =====================
d = "05_wire_luxembourg_rail_protocol_in_force.txt"
FRI = "2024-03-08"
R(d, RAILCONF, "adopted", RAIL, "2007-02-23",
  "The Luxembourg Rail Protocol to the Convention on International Interests in Mobile Equipment was adopted by a diplomatic conference convened by "
  "UNIDROIT and OTIF in Luxembourg on February 23, 2007", required=False)
R(d, "Luxembourg", RATIFIED, RAIL, "2012", "Luxembourg ratified first, in 2012")
RL(d, ["Gabon", "Sweden"], RATIFIED, RAIL, None, "Luxembourg ratified first, in 2012, followed by Gabon and Sweden.")
R(d, "Spain", RATIFIED, RAIL, "2022", "Spain became the fourth ratifying state in late 2022.")
R(d, "European Union", ACCEPTED, RAIL, "2014",
  "The European Union, which participates as a regional economic integration organisation, approved the Protocol in 2014.")
R(d, "Paraguay", ACCEDED, RAIL, "2024-02", "Paraguay deposited its instrument of accession last month")
sq = "Germany, France, Italy, Switzerland and the United Kingdom all signed the Protocol years ago but have yet to ratify it."
RL(d, ["Germany", "France", "Italy", "Switzerland", "United Kingdom"], "signed", RAIL, None, sq)
RL(d, ["Germany", "France", "Italy", "Switzerland"], NOTRATIFIED, RAIL, None, sq, negated=True)
R(d, "United Kingdom", NOTRATIFIED, RAIL, None, sq, negated=True,
  alt=["A spokesperson for Britain's Department for Transport said on Thursday the government \"expects to lay the ratification instrument before Parliament later this year\""])
R(d, "South Africa", "signed", RAIL, "2016", "South Africa, which signed in 2016")
R(d, "South Africa", NOTRATIFIED, RAIL, None, "is expected to deposit its instrument before the summer", negated=True)
R(d, UNIDSG, "called-for", RAIL, FRI, "\"We call on every state that signed the protocol to finish the job and ratify it,\" UNIDROIT Secretary-General Ignacio Tirado told a ceremony in Luxembourg on Friday")
RL(d, ["Congo", "Gambia", "Nigeria", "Paraguay", "United States"], "signed", MAC, None,
   "it has been signed by the Republic of the Congo, Gambia, Nigeria, Paraguay and the United States")

# ===================== 06 =====================
d = "06_parliamentary_library_unidroit_1995.txt"
R(d, "Australia", PARTY, UNESCO70, "1989", "to which Australia has been a party since 1989")
R(d, ROMECONF, "adopted", UNI95, "1995-06-24",
  "the UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects, was adopted at a diplomatic conference in Rome on 24 June 1995", required=False)
R(d, "Australia", "signed", UNI95, None, "Australia has not signed it.", negated=True)
R(d, "China", RATIFIED, UNI95, "1997", "China ratified it in 1997")
R(d, "Italy", RATIFIED, UNI95, "1999", "China ratified it in 1997 and Italy in 1999")
R(d, "New Zealand", ACCEDED, UNI95, "2006", "New Zealand acceded in 2006")
RL(d, ["Greece", "Cyprus"], PARTY, UNI95, None, "More recently, Greece and Cyprus became parties")
R(d, "Germany", ACCEDED, UNI95, "2023-04-14", "as did Germany, whose instrument of accession was deposited in Rome on 14 April 2023")
fq6 = "France, the Netherlands and Switzerland all signed the Convention in 1995 or 1996 but have not ratified it"
RL(d, ["France", "Netherlands", "Switzerland"], "signed", UNI95, None, fq6)
RL(d, ["France", "Netherlands", "Switzerland"], NOTRATIFIED, UNI95, None, fq6, negated=True)
RL(d, ["United States", "United Kingdom"], "signed", UNI95, None, "Neither the United States nor the United Kingdom has signed it.", negated=True)
R(d, "Australia", JOINED, UNI95, None, "Australia 'is considering whether to accede to the 1995 Convention'", negated=True)
R(d, "Australia", "committed", UNESCO70, "2024-05", "He added that Australia remained 'firmly committed to the 1970 UNESCO Convention'.")

# ===================== 07 =====================
d = "07_statement_jamaica_ncd_political_declaration.txt"
DAY = "2025-09-25"
R(d, "Jamaica", "endorsed", NCD25, DAY, "Today Jamaica endorses, without reservation, the Political Declaration of this meeting.")
R(d, "Jamaica", "co-sponsored", NCD25, None, "We were proud to co-sponsor the text in the negotiations")
R(d, "Jamaica", "supported", NCD25, None, "we will vote for it when it comes before the Assembly", negated=True)
R(d, "Jamaica", "supported", R73_2, "2018-10-10", "my delegation joined the consensus on resolution 73/2", required=False)
R(d, GA, "adopted", R73_2, "2018-10-10",
  "resolution 73/2, the Political Declaration of the third high-level meeting, adopted by the Assembly on 10 October 2018")
R(d, "Jamaica", "committed", POS, DAY, "We remain committed to the Port of Spain Declaration, \"Uniting to Stop the Epidemic of Chronic NCDs\"")
R(d, CARICOM, ADOPTED, POS, "2007-09", "which CARICOM Heads of Government adopted in September 2007")
R(d, "United States", "supported", NCD25, None, "One delegation, the United States, has informed the co-facilitators that it will not support the text", negated=True)
R(d, "Jamaica", PARTY, FCTC, "2005", "As a Party to the WHO Framework Convention on Tobacco Control since 2005")
R(d, "Jamaica", "signed", ITP, None, "Jamaica has also signed, but not yet ratified, the Protocol to Eliminate Illicit Trade in Tobacco Products.")
R(d, "Jamaica", NOTRATIFIED, ITP, None, "Jamaica has also signed, but not yet ratified, the Protocol to Eliminate Illicit Trade in Tobacco Products.", negated=True,
  alt=["the instrument of ratification will be presented to Parliament before the end of this year"])
R(d, "Jamaica", "called-for", NCD25, DAY, "We call on every Member State to vote in favour of the Political Declaration and to implement it.")

# ===================== 08 =====================
d = "08_joint_communique_rabat_khartoum_processes.txt"
MTG = "2025-03"
R(d, EAMC06, "adopted", RABATD, "2006-07",
  "the Rabat Process was launched by the Rabat Declaration adopted at the Euro-African Ministerial Conference on Migration and Development on 10 and 11 July 2006")
R(d, EAMC22, "adopted", CADIZ, "2022-12-14",
  "the Cadiz Political Declaration and Action Plan, adopted at the Sixth Euro-African Ministerial Conference in Cádiz on 14 December 2022")
rq = ("the Khartoum Process was launched by the Rome Declaration of 28 November 2014, endorsed by Djibouti, Egypt, Eritrea, Ethiopia, Kenya, "
      "Somalia, South Sudan, Sudan and Tunisia, the Member States of the European Union and the European Union itself")
RL(d, ["Djibouti", "Egypt", "Eritrea", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan", "Tunisia", "European Union"],
   "endorsed", ROMED, "2014-11-28", rq)
R(d, "Morocco", "committed", CADIZ, MTG, "Morocco, as host, reaffirmed its commitment to the Cadiz Political Declaration and Action Plan")
R(d, "Italy", "committed", ROMED, MTG, "Italy reaffirmed its commitment to the Rome Declaration.")
R(d, "Algeria", "endorsed", CADIZ, None,
  "Algeria, which takes part in the Rabat Process as an observer, has not endorsed the Cadiz Political Declaration.", negated=True)
R(d, "Libya", "endorsed", ROMED, None, "Libya, also an observer, reiterated that it is not in a position to endorse the Rome Declaration at this stage.",
  negated=True)
R(d, VALSUM, "adopted", VALLETTA, "2015-11", "the Valletta Joint Action Plan adopted at the Valletta Summit on Migration in November 2015")
R(d, JTM, "adopted", JREC, "2025-03-21",
  "At its closing session on 21 March 2025, the Meeting adopted the Rabat-Khartoum Joint Recommendations on Return, Readmission and Sustainable Reintegration.")
cq8 = "The co-chairs called on all partner countries that have not yet done so to endorse the Joint Recommendations before the next Ministerial Conference."
RL(d, ["Morocco", "Italy"], "called-for", JREC, MTG, cq8)

# ===================== 09 =====================
d = "09_un_sc_sudan_resolution_2736_vote.txt"
DAY = "2024-06-13"
R(d, UNSC, "adopted", R2736, DAY,
  "Adopting resolution 2736 (2024) by a vote of 14 in favour to none against, with 1 abstention (Russian Federation)")
R(d, "Russian Federation", "supported", R2736, DAY, "with 1 abstention (Russian Federation)", negated=True,
  alt=["The representative of the Russian Federation explained that his delegation had abstained."])
for _a in (SAF, RSF):
    R(d, _a, "signed", JEDDAH, "2023-05-11",
   "the Jeddah Declaration of Commitment to Protect the Civilians of Sudan, which the Sudanese Armed Forces and the RSF signed on 11 May 2023")
R(d, UNSC, "adopted", R2724, "2024-03-08", "Recalling its resolution 2724 (2024) of 8 March")
R(d, "United Kingdom", "supported", R2736, DAY, "The representative of the United Kingdom, penholder on Sudan, said the text sent \"a clear message\" to the warring parties.",
  required=False)
R(d, "United States", "supported", R2736, DAY, "The United States delegate said her country had supported the resolution")
aq9 = ("Speaking also on behalf of Mozambique, Sierra Leone and Guyana, the representative of Algeria said the four delegations had voted in favour")
RL(d, ["Algeria", "Mozambique", "Sierra Leone", "Guyana"], "supported", R2736, DAY, aq9)
R(d, "China", "supported", R2736, DAY, "China's representative said his delegation voted for the resolution")
R(d, "Sudan", "welcomed", R2736, DAY, "the representative of Sudan welcomed the resolution as \"a first step\"")
R(d, "Sudan", "committed", JEDDAH, DAY, "His Government, he said, remained committed to the Jeddah Declaration.")

# ===================== 10 =====================
d = "10_un_fourth_committee_unrwa_votes.txt"
DAY = "2024-11-13"
R(d, FOURTH, ["adopted", "endorsed"], L12, DAY,
  "The draft on \"Assistance to Palestine refugees\" (document A/C.4/79/L.12) was approved by a recorded vote of 160 in favour to 1 against (Israel)")
R(d, FOURTH, ["adopted", "endorsed"], L14, DAY,
  "By the terms of the draft on \"Operations of UNRWA\" (document A/C.4/79/L.14), approved by a recorded vote of 151 in favour to 6 against, with 11 abstentions")
R(d, GA, "adopted", R302, "1949-12-08", "whose mandate the General Assembly created by resolution 302 (IV) of 8 December 1949", required=False)
R(d, "Israel", "supported", L12, DAY, "1 against (Israel)", negated=True, alt=["The representative of Israel said he had voted against both texts"])
RL(d, ["Argentina", "Cameroon", "Fiji", "Malawi", "Micronesia", "Nauru", "Palau", "Papua New Guinea", "Tonga"], "supported", L12, DAY,
   "with 9 abstentions (Argentina, Cameroon, Fiji, Malawi, Micronesia, Nauru, Palau, Papua New Guinea, Tonga)", negated=True)
spons = ["Algeria", "Bahrain", "Bangladesh", "Brunei Darussalam", "Comoros", "Cuba", "Djibouti", "Egypt", "Indonesia", "Iraq", "Ireland", "Jordan",
         "Kuwait", "Lebanon", "Libya", "Malaysia", "Maldives", "Mauritania", "Morocco", "Namibia", "Nicaragua", "Oman", "Pakistan", "Qatar",
         "Saudi Arabia", "Senegal", "Somalia", "South Africa", "State of Palestine", "Sudan", "Tunisia", "Türkiye", "United Arab Emirates", "Yemen"]
sq10 = ("It was introduced by the representative of Egypt on behalf of its sponsors: Algeria, Bahrain, Bangladesh, Brunei Darussalam, Comoros, Cuba, "
        "Djibouti, Egypt, Indonesia, Iraq, Ireland, Jordan, Kuwait, Lebanon, Libya, Malaysia, Maldives, Mauritania, Morocco, Namibia, Nicaragua, Oman, "
        "Pakistan, Qatar, Saudi Arabia, Senegal, Somalia, South Africa, State of Palestine, Sudan, Tunisia, Türkiye, United Arab Emirates and Yemen.")
for s in spons:
    R(d, s, "co-sponsored", L12, None, sq10, alt=["Ireland's delegate said her country was proud to co-sponsor L.12"] if s == "Ireland" else None)
against = ["Argentina", "Israel", "Micronesia", "Nauru", "Palau", "United States"]
aq10 = "The following delegations voted against: Argentina, Israel, Micronesia, Nauru, Palau, United States."
for s in against:
    alts = {"Israel": ["The representative of Israel said he had voted against both texts"],
            "United States": ["The United States delegate said her delegation voted against L.14"]}.get(s)
    R(d, s, "supported", L14, DAY, aq10, negated=True, alt=alts)
abst = ["Cameroon", "Canada", "Ecuador", "Fiji", "Georgia", "Hungary", "Malawi", "Papua New Guinea", "Paraguay", "Tonga", "Tuvalu"]
bq10 = "Abstaining were: Cameroon, Canada, Ecuador, Fiji, Georgia, Hungary, Malawi, Papua New Guinea, Paraguay, Tonga, Tuvalu."
for s in abst:
    R(d, s, "supported", L14, DAY, bq10, negated=True, alt=["but abstained on L.14"] if s == "Canada" else None)
R(d, "Czechia", "supported", L14, DAY, "Czechia did not participate in the vote.", negated=True)
R(d, "Canada", "supported", L12, DAY, "the representative of Canada said her delegation had voted in favour of L.12")
R(d, "United States", "supported", L12, DAY, "it had not been present for the vote on L.12", negated=True)

# ===================== 11 =====================
d = "11_upu_circular_abidjan_acts_ratifications.txt"
R(d, "Germany", ACCEPTED, UPC, "2025-02-12",
  "Germany: instrument of approval of the Universal Postal Convention (Abidjan 2021), deposited with the Director General on 12 February 2025.")
kq = ("Kenya: instrument of ratification of the Universal Postal Convention (Abidjan 2021) and of the Postal Payment Services Agreement (Abidjan 2021), "
      "both deposited on 20 January 2025.")
R(d, "Kenya", RATIFIED, UPC, "2025-01-20", kq)
R(d, "Kenya", RATIFIED, PPSA, "2025-01-20", kq)
R(d, "Japan", ACCEPTED, AP9, "2025-01-30",
  "Japan: instrument of acceptance of the Ninth Additional Protocol to the Constitution of the Universal Postal Union (Istanbul 2016), deposited on 30 January 2025.")
R(d, "Uruguay", ACCEDED, PPSA, "2025-02-24",
  "Uruguay: instrument of accession to the Postal Payment Services Agreement (Abidjan 2021), deposited on 24 February 2025.")
R(d, "Uruguay", "signed", PPSA, None, "Uruguay had not signed that Agreement at the Congress.", negated=True)
R(d, "Bangladesh", NOTRATIFIED, UPC, None,
  "Bangladesh has informed the International Bureau that its instrument of ratification of the Universal Postal Convention (Abidjan 2021) was approved by its Cabinet on 10 February 2025 and will be deposited \"shortly\".",
  negated=True)
R(d, "Côte d'Ivoire", "signed", ABACTS, "2021-08-27", "Côte d'Ivoire, as host, signed them first.")
R(d, UPUDG, "called-for", ABACTS, "2025-03-05",
  "The Director General, Masahiko Metoki, once again invites the member countries that have not yet done so to deposit their instruments of ratification, acceptance or approval of the Abidjan Acts.")
fq11 = "He notes that France, Italy and Nigeria, all of which signed the Acts, have still not done so for the Universal Postal Convention."
RL(d, ["France", "Italy", "Nigeria"], "signed", ABACTS, None, "France, Italy and Nigeria, all of which signed the Acts")
RL(d, ["France", "Italy", "Nigeria"], NOTRATIFIED, UPC, None, fq11, negated=True)

# ===================== 12 =====================
d = "12_wire_dubai_itr_signing_split.txt"
FRI = "2012-12-14"
sq12 = ("Eighty-nine of the 144 countries at the World Conference on International Telecommunications (WCIT-12), hosted by the United Arab Emirates, "
        "signed the new International Telecommunication Regulations, among them Russia, China, Saudi Arabia, Brazil, Nigeria, Indonesia, Iran and the host country.")
RL(d, ["Russian Federation", "China", "Saudi Arabia", "Brazil", "Nigeria", "Indonesia", "Iran", "United Arab Emirates"], "signed", ITR12, FRI, sq12)
nq12 = ("The United States, Britain, Canada, Japan, Australia, India, Kenya, Costa Rica, Sweden, Denmark and Poland were among those that did not sign.")
for s in ["United States", "United Kingdom", "Canada", "Japan", "Australia", "India", "Kenya", "Costa Rica", "Sweden", "Denmark", "Poland"]:
    alts = ["\"The United States cannot sign the agreement in its current form,\" Terry Kramer, the head of the U.S. delegation, told delegates late on Thursday."] if s == "United States" else None
    R(d, s, "signed", ITR12, None, nq12, negated=True, alt=alts)
RL(d, ["Oman", "South Africa"], "signed", ITR12, None,
   "Several other governments, including Oman and South Africa, said they needed to consult their capitals and might sign later.", negated=True)
R(d, "Sweden", PARTY, ITR88, None, "Sweden \"is and remains a party to the 1988 Regulations\"")
R(d, ITUSG, "called-for", ITR12, FRI, "He urged the countries that had not signed the treaty to do so \"once their consultations are complete\".")
R(d, WCIT, "adopted", WCITRES, "2012-12-12",
  "a non-binding resolution on fostering an enabling environment for the greater growth of the Internet, adopted late on Wednesday night", required=False)
R(d, "Russian Federation", NOTRATIFIED, ITR12, None, "Russia's communications minister said Moscow would ratify \"without delay\"", negated=True)
R(d, "China", NOTRATIFIED, ITR12, None, "China's delegation said Beijing expected to complete ratification within two years.", negated=True)

# ===================== 13 =====================
d = "13_mfa_ghana_francophonie_membership.txt"
SUM = "2024-10"
R(d, "Ghana", ["signed", "endorsed"], VCDECL, SUM,
  "the Hon. Minister, Shirley Ayorkor Botchwey, signed the Summit's final Declaration, the Declaration of Villers-Cotterêts")
R(d, FRSUMMIT, "adopted", VCDECL, "2024-10-05", "which the Heads of State and Government adopted on Saturday")
R(d, "Ghana", ["endorsed", "committed"], OIFCH, SUM, "the Minister reaffirmed Ghana's adherence to the Charter of La Francophonie")
R(d, OIFMC, "adopted", OIFCH, "2005-11-23", "the Charter of La Francophonie, adopted by the Ministerial Conference in Antananarivo on 23 November 2005")
R(d, "Ghana", "endorsed", BAMAKO, SUM, "the Minister reaffirmed Ghana's adherence to the Charter of La Francophonie, adopted by the Ministerial Conference in Antananarivo on 23 November 2005, and to the Bamako Declaration of 3 November 2000")
R(d, "Ghana", "committed", BAMAKO, SUM, "\"Ghana is committed to the principles of the Bamako Declaration, which are also the principles of our own Constitution,\" she said.")
pq13 = ("The Minister further signed, with the Secretary General of La Francophonie, Mrs. Louise Mushikiwabo, a Pact for the French Language")
R(d, "Ghana", "signed", PACTFR, SUM, pq13)
R(d, OIFSG, "signed", PACTFR, SUM, pq13)

# ===================== 14 =====================
d = "14_osce_chairpersonship_ministerial_council_malta.txt"
DAY, THU = "2024-12-06", "2024-12-05"
R(d, OSCEMC, "adopted", MC124, DAY, "The Ministerial Council adopted by consensus Decision No. 1/24 on the OSCE Chairpersonship in the Year 2026")
R(d, OSCEMC, "adopted", MC224, DAY, "Decision No. 2/24 on the OSCE Chairpersonship in the Year 2027, designating Kazakhstan")
R(d, OSCEMC, "adopted", MC324, THU, "Late on Thursday, ministers had also adopted Decision No. 3/24 on the appointment of the Secretary General.")
RL(d, ["Russian Federation", "Belarus"], "supported", MCDECL, DAY, "The Russian Federation and Belarus withheld consensus on Friday morning.", negated=True)
R(d, "Azerbaijan", "supported", MCDECL, DAY, "Azerbaijan joined consensus", required=False)
R(d, "Finland", "committed", MC1404, DAY,
  "Finland read out a joint statement on behalf of 43 participating States reaffirming their commitment to Ministerial Council Decision No. 14/04",
  required=False)
R(d, "Malta", "committed", THBAP, DAY, "He reaffirmed Malta's commitment to the OSCE Action Plan to Combat Trafficking in Human Beings")
R(d, OSCEPC, "adopted", THBAP, "2003", "the OSCE Action Plan to Combat Trafficking in Human Beings, adopted by the Permanent Council in 2003")
RL(d, ["Switzerland", "Kazakhstan"], "signed", MOU, "2024-12",
   "On the margins of the meeting, Switzerland and Kazakhstan signed a memorandum of understanding on continuity between their chairpersonships.", required=False)

# ===================== 15 =====================
d = "15_newsletter_arctic_council_agreements.txt"
EIGHT = ["Canada", "Denmark", "Finland", "Iceland", "Norway", "Russian Federation", "Sweden", "United States"]
sarq = ("The Agreement on Cooperation on Aeronautical and Maritime Search and Rescue in the Arctic was signed at the Nuuk ministerial meeting on "
        "12 May 2011 by the foreign ministers of the eight: Canada, Denmark, Finland, Iceland, Norway, the Russian Federation, Sweden and the United States.")
RL(d, EIGHT, "signed", SAR, "2011-05-12", sarq)
eif = "It entered into force on 19 January 2013, once the last of them had ratified it."
RL(d, [s for s in EIGHT if s != "Russian Federation"], PARTY, SAR, None, eif, required=False)
R(d, "Russian Federation", PARTY, SAR, None, "Moscow said in August that it \"remains a party to the search and rescue agreement and intends to honour it\"", alt=[eif])
RL(d, EIGHT, "signed", OIL, "2013-05-15", "signed in Kiruna, Sweden, on 15 May 2013, again by all eight")
R(d, "Norway", RATIFIED, OIL, "2014", "Norway ratified it in 2014")
R(d, "United States", RATIFIED, OIL, "2015", "Norway ratified it in 2014 and the United States in 2015.")
RL(d, EIGHT, "signed", SCI, "2017-05-11",
   "The Agreement on Enhancing International Arctic Scientific Cooperation was signed by the eight States at Fairbanks, Alaska, on 11 May 2017.")
R(d, "Denmark", RATIFIED, SCI, "2018-03-23",
  "The Kingdom of Denmark, acting also for Greenland and the Faroe Islands, ratified it on 23 March 2018")
R(d, "Russian Federation", ACCEPTED, SCI, "2018-03", "the Russian Federation approved it the same month")
oq = "China, Japan, India and the Republic of Korea, all observers of the Council, are not party to any of them"
for inst in (SAR, OIL, SCI):
    RL(d, ["China", "Japan", "India", "Republic of Korea"], NOTBOUND, inst, None, oq, negated=True)
RL(d, ["European Union", "United Kingdom"], JOINED, SCI, None,
   "neither the European Union nor the United Kingdom has sought to join the science agreement", negated=True)

# ===================== 16 =====================
d = "16_ico_press_coffee_agreement_2022.txt"
R(d, "Uganda", RATIFIED, ICA22, "2025-03-10",
  "Uganda deposited its instrument of ratification with the Secretary-General of the United Nations, the depositary, on 10 March 2025")
R(d, "Honduras", RATIFIED, ICA22, "2025-03", "and Honduras did so last week")
R(d, ICC, ADOPTED, ICA22, "2022-06-09", "The ICA 2022 was approved by the International Coffee Council on 9 June 2022 through Resolution 465")
RL(d, ["European Union", "Switzerland"], "signed", ICA22, "2022-12-23",
   "The European Union and Switzerland were among the first to sign, on 23 December 2022")
RL(d, ["Brazil", "Colombia", "Côte d'Ivoire", "Viet Nam"], "signed", ICA22, "2023",
   "followed by Brazil, Colombia, Côte d'Ivoire and Viet Nam in 2023")
R(d, "Brazil", RATIFIED, ICA22, "2024-08", "Brazil, the world's largest producer, ratified the Agreement in August 2024.")
RL(d, ["Colombia", "Côte d'Ivoire"], RATIFIED, ICA22, None, "Colombia and Côte d'Ivoire have also ratified it")
R(d, "Viet Nam", NOTRATIFIED, ICA22, None, "Viet Nam has signed it but has yet to complete its domestic procedures", negated=True)
R(d, "Ethiopia", "signed", ICA22, "2024-02-14", "Ethiopia, which signed on 14 February 2024")
R(d, "Ethiopia", NOTRATIFIED, ICA22, None, "expects to deposit its instrument of ratification before the Council's next session in September", negated=True)
R(d, "United States", "signed", ICA22, None, "The United States, which left the ICO in 2018, has not signed the Agreement", negated=True)
R(d, ICOED, "called-for", ICA22, "2025-03-20",
  "The Executive Director, Vanusia Nogueira, called on \"all coffee-producing and coffee-importing countries that have not yet done so\" to sign and ratify the Agreement")
RL(d, ["Ghana", "Côte d'Ivoire"], PARTY, COCOA, None, "Ghana and Côte d'Ivoire, both parties to the International Cocoa Agreement, 2010")

# ===================== checks =====================
gold.finish(MIN_CHARS, MAX_CHARS)
