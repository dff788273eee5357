#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt
(04.html, 05.html, 08.md, 11.md); gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file as
written (so no quote crosses an HTML tag or entity). Alternative actor names missing from gold.py's ALT_NAMES are added
locally below. Run: python3 corpus/probe37/tools/build_gold.py"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401
MIN_CHARS, MAX_CHARS = 1800, 3000
CALL = "called-for"
SUP = "supported"

# ---- instruments: (name as the text names it, aliases) ----
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW", "Convention on the Protection of the Rights of All Migrant Workers"])
C97 = ("ILO Convention No. 97", ["Migration for Employment Convention (Revised), 1949 (No. 97)", "Convention No. 97", "C97", "C097"])
RMIG = ("resolution \"Promoting the health of refugees, migrants and displaced workers\" (A79/A/CONF./4)",
        ["A79/A/CONF./4", "Promoting the health of refugees, migrants and displaced workers"])
HUAM = ("amendment deleting operative paragraph 3 of draft resolution A79/A/CONF./4", ["Hungarian amendment to A79/A/CONF./4"])
ROSH = ("resolution on the occupational health and safety of health and care workers (A79/A/CONF./2)",
        ["A79/A/CONF./2", "occupational health and safety of health and care workers"])
GAPRM = ("resolution extending the WHO global action plan on promoting the health of refugees and migrants to 2030",
         ["WHO global action plan on promoting the health of refugees and migrants", "global action plan on promoting the health of refugees and migrants"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155", "ILO Convention No. 155", "No. 155"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187", "ILO Convention No. 187"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention No. 190", "ILO Violence and Harassment Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Domestic Workers Convention", "Convention No. 189", "C189"])
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["Minimum Age Convention", "Convention No. 138", "C138"])
C182 = ("Worst Forms of Child Labour Convention, 1999 (No. 182)", ["Convention No. 182", "C182"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["Protocol of 2014 to the Forced Labour Convention", "Forced Labour Protocol", "P029", "P29"])
C102 = ("Social Security (Minimum Standards) Convention, 1952 (No. 102)", ["Convention No. 102", "C102", "ILO Convention No. 102"])
C183 = ("Maternity Protection Convention, 2000 (No. 183)", ["Convention No. 183", "C183"])
C147 = ("Merchant Shipping (Minimum Standards) Convention, 1976 (No. 147)", ["Merchant Shipping (Minimum Standards) Convention, 1976", "Convention No. 147", "C147"])
C159 = ("Vocational Rehabilitation and Employment (Disabled Persons) Convention, 1983 (No. 159)", ["Convention No. 159", "C159"])
C192 = ("Biological Hazards in the Working Environment Convention, 2025 (No. 192)", ["Convention No. 192", "C192", "biological hazards Convention"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC", "Maritime Labour Convention", "Maritime Labour Convention, 2006, as amended"])
MLC22 = ("Amendments of 2022 to the Code of the MLC, 2006", ["2022 amendments to the Code of the Maritime Labour Convention, 2006", "2022 MLC amendments"])
MLC25 = ("2025 amendments to the Code of the Maritime Labour Convention, 2006", ["2025 MLC amendments", "amendments on shore leave and recruitment and placement"])
FPRWA = ("2022 amendment to the ILO Declaration on Fundamental Principles and Rights at Work",
         ["ILO Declaration on Fundamental Principles and Rights at Work", "amendment to the FPRW Declaration"])
FCTC = ("WHO Framework Convention on Tobacco Control", ["FCTC", "Framework Convention on Tobacco Control", "WHO FCTC"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "ITP"])
ESC61 = ("European Social Charter of 1961", ["European Social Charter", "1961 Charter", "ETS No. 35"])
ESCAP91 = ("1991 Amending Protocol to the European Social Charter", ["Amending Protocol", "Turin Protocol", "ETS No. 142"])
ESCREV = ("Revised European Social Charter", ["European Social Charter (revised)", "Revised Charter", "ETS No. 163"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Collective Complaints Protocol", "collective complaints procedure", "ETS No. 158"])
CMREC = ("Committee of Ministers recommendation on the implementation of social rights", ["recommendation on the implementation of social rights"])
IHRA = ("2024 amendments to the International Health Regulations (2005)",
        ["amendments to the International Health Regulations (2005)", "IHR amendments", "2024 IHR amendments", "resolution WHA77.17", "WHA77.17"])
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
PABS = ("Pathogen Access and Benefit-Sharing Annex to the WHO Pandemic Agreement", ["PABS Annex", "Pathogen Access and Benefit-Sharing Annex"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
OPCRPD = ("Optional Protocol to the Convention on the Rights of Persons with Disabilities", ["Optional Protocol to the CRPD", "OP-CRPD", "Optional Protocol"])
TOKYO = ("Tokyo Declaration on Inclusive Employment", ["Tokyo Declaration"])
LUSAKA = ("Lusaka Agenda on the future of global health initiatives", ["Lusaka Agenda"])
ABUJA = ("Abuja Declaration", ["Abuja Declaration target", "Abuja Declaration on HIV/AIDS, Tuberculosis and Other Related Infectious Diseases"])
R202 = ("Social Protection Floors Recommendation, 2012 (No. 202)", ["Recommendation No. 202", "R202"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "Philippines", "Netherlands",
          "Mexico", "Colombia", "Ecuador", "Egypt", "Ghana", "Germany", "Saudi Arabia", "Kenya", "United Arab Emirates",
          "Marshall Islands", "Iran", "Syria", "Cambodia", "United Republic of Tanzania", "Rwanda", "Uganda", "Thailand"),
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Cook Islands": ["Cook Islands", "the Cook Islands"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Israel": ["Israel", "State of Israel"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Libya": ["Libya", "State of Libya"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Malaysia": ["Malaysia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Denmark": ["Denmark", "Kingdom of Denmark", "Denmark in respect of the Faroe Islands"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
}
WHACA = ["WHA Committee A", "Committee A", "Committee A of the World Health Assembly", "Committee A of the Seventy-ninth World Health Assembly"]
WHACB = ["WHA Committee B", "Committee B", "Committee B of the World Health Assembly"]
WHA = ["World Health Assembly", "WHA", "Seventy-seventh World Health Assembly", "Seventy-ninth World Health Assembly", "WHA79", "WHA77", "Assembly"]
COLOMBIA = ["Colombia", "Republic of Colombia", "Ana Lucía Restrepo", "Vice-Minister of Health of Colombia"]
ILC = ["International Labour Conference", "ILC", "ILO", "International Labour Organization", "Conference"]
ILOGB = ["ILO Governing Body", "Governing Body", "Governing Body of the International Labour Office", "ILO"]
SACAWF = ["Southern African Construction and Allied Workers' Federation", "SACAWF", "SACAWF Executive Council"]
SADCMIN = ["SADC Employment and Labour Sector ministers", "SADC Employment and Labour Sector", "SADC", "Southern African Development Community"]
MALAYSIA = ["Malaysia", "Minister of Human Resources", "Rahman Idris", "Ministry of Human Resources"]
EU = ["European Union", "EU"]
COM = ["Committee of Ministers of the Council of Europe", "Committee of Ministers", "Council of Europe"]
KUDHEIHA = ["Kenya Union of Domestic, Hotels, Educational Institutions, Hospitals and Allied Workers", "KUDHEIHA", "Wanjiru Kamau"]
COTU = ["Central Organization of Trade Unions", "COTU"]
GHLN = ["Geneva Health Law Network", "Global Health Law Digest"]
ITF = ["International Transport Workers' Federation", "ITF", "Mona Farouk"]
STC = ["Special Tripartite Committee", "Special Tripartite Committee of the MLC, 2006", "ILO"]
JDRF = ["Japan Disability Rights Forum", "JDRF", "Forum"]
CLFC = ["Child Labour Free Coalition", "Coalition"]
KENYA = ["Kenya", "Republic of Kenya", "Achieng Otieno", "Cabinet Secretary for Health"]
AFG = ["African Group", "members of the African Group"]
TUCNA = ["Trade Union Congress of Namibia", "TUCNA"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 WHA Committee A daily summary =====================
d = "01.txt"
DAY = "2026-05-21"
R(d, WHACA, "adopted", RMIG, DAY,
  "Committee A of the Seventy-ninth World Health Assembly today approved by a recorded vote of 101 in favour to 9 against, with 24 abstentions, a draft resolution "
  "entitled \"Promoting the health of refugees, migrants and displaced workers\" (A79/A/CONF./4)")
R(d, COLOMBIA, "co-sponsored", RMIG, None, "The draft was tabled by Colombia on behalf of a cross-regional group")
RL(d, ["Ecuador", "Morocco", "Philippines", "Portugal", "Sri Lanka"], "co-sponsored", RMIG, None,
   "co-sponsored by, among others, Ecuador, Morocco, the Philippines, Portugal and Sri Lanka")
R(d, "Hungary", "co-sponsored", HUAM, None, "an amendment proposed by Hungary that would have deleted operative paragraph 3", required=False)
RL(d, ["Brazil", "Colombia", "Egypt", "France", "Ghana", "Indonesia", "Mexico", "Norway", "Philippines", "Spain"], SUP, RMIG, DAY,
   "Voting in favour of the draft resolution were, among others, Brazil, Colombia, Egypt, France, Ghana, Indonesia, Mexico, Norway, the Philippines and Spain")
RL(d, ["Hungary", "Israel", "Paraguay", "Russian Federation", "Slovakia"], SUP, RMIG, DAY,
   "The nine delegations voting against included Hungary, Israel, Paraguay, the Russian Federation and Slovakia", negated=True)
for a in ["Italy", "Japan", "Poland", "Republic of Korea", "Saudi Arabia"]:
    R(d, a, SUP, RMIG, DAY, "Abstaining were, among others, Italy, Japan, Poland, the Republic of Korea and Saudi Arabia", negated=True,
      alt=["the delegate of Japan said her country had abstained"] if a == "Japan" else None)
R(d, "Japan", NOTBOUND, ICRMW, None, "Japan is not a party to the Migrant Workers Convention and \"has no plans to become one\"", negated=True)
R(d, "Philippines", RATIFIED, ICRMW, "1995", "his country had ratified the Convention in 1995")
R(d, "Mexico", PARTY, ICRMW, "1999", "the delegate of Mexico, a party since 1999")
R(d, COLOMBIA, CALL, ICRMW, DAY, "called on \"every Member State that has not yet done so\" to ratify the Migrant Workers Convention and ILO Convention No. 97")
R(d, COLOMBIA, CALL, C97, DAY, "called on \"every Member State that has not yet done so\" to ratify the Migrant Workers Convention and ILO Convention No. 97")
R(d, WHACA, "adopted", ROSH, DAY,
  "the Committee approved by consensus a draft resolution on the occupational health and safety of health and care workers (A79/A/CONF./2)")
RL(d, ["Ghana", "Norway"], "co-sponsored", ROSH, None, "sponsored by Ghana and Norway")
R(d, "Hungary", SUP, ROSH, DAY, "Hungary said it had joined the consensus but dissociated itself from paragraph 5", required=False)
R(d, "Ghana", NOTBOUND, C155, None, "to which Ghana is not yet a party", negated=True)
R(d, WHACB, "adopted", GAPRM, "2026-05-20",
  "On Wednesday, Committee B approved without a vote a resolution extending the WHO global action plan on promoting the health of refugees and migrants to 2030")

# ===================== 02 trade-union safety bulletin =====================
d = "02.txt"
R(d, ILC, "adopted", FPRWA, "2022-06",
  "the International Labour Conference amended the ILO Declaration on Fundamental Principles and Rights at Work, in June 2022")
RL(d, ["Mozambique"], RATIFIED, C155, "2026-02-11", "Mozambique deposited its instruments of ratification of both C155 and C187 with the ILO on 11 February")
RL(d, ["Mozambique"], RATIFIED, C187, "2026-02-11", "Mozambique deposited its instruments of ratification of both C155 and C187 with the ILO on 11 February")
R(d, "South Africa", RATIFIED, C155, "2003", "South Africa: ratified C155 in 2003")
R(d, "South Africa", RATIFIED, C187, "2025-11", "and C187 last November")
R(d, "Zimbabwe", RATIFIED, C155, "2003", "Zimbabwe: ratified C155 in 2003")
R(d, "Zimbabwe", NOTRATIFIED, C187, None, "but has yet to ratify C187", negated=True)
R(d, "Lesotho", NOTRATIFIED, C187, None, "Lesotho: Cabinet approved the ratification of C187 in January. The instrument has not been sent to Geneva", negated=True)
QMW = "Malawi \"expects to ratify both conventions before the end of the year\""
R(d, "Malawi", NOTRATIFIED, C155, None, QMW, negated=True)
R(d, "Malawi", NOTRATIFIED, C187, None, QMW, negated=True)
QZBN = "Zambia, Botswana and Namibia: none of the three has ratified either convention"
RL(d, ["Zambia", "Botswana", "Namibia"], NOTRATIFIED, C155, None, QZBN, negated=True)
RL(d, ["Zambia", "Botswana", "Namibia"], NOTRATIFIED, C187, None, QZBN, negated=True)
QCALL = "calling on all SADC governments that have not yet done so to ratify C155 and C187 within the next twelve months"
R(d, SACAWF, CALL, C155, "2026-03-03", QCALL)
R(d, SACAWF, CALL, C187, "2026-03-03", QCALL)
R(d, SACAWF, CALL, C190, "2026-03-03", "The resolution also asks governments to ratify the Violence and Harassment Convention, 2019 (No. 190)")
RL(d, ["Namibia", "South Africa", "Mozambique"], RATIFIED, C190, None, "which Namibia, South Africa and Mozambique have already ratified")
R(d, SADCMIN, COMMITTED, C155, "2025-05", "\"committed to accelerating the ratification\" of C155 and C187 in their joint statement", required=False)
R(d, SADCMIN, COMMITTED, C187, "2025-05", "\"committed to accelerating the ratification\" of C155 and C187 in their joint statement", required=False)

# ===================== 03 ILO Governing Body information document =====================
d = "03.txt"
R(d, "Cook Islands", RATIFIED, C138, "2026-01-12", "Cook Islands – Minimum Age Convention, 1973 (No. 138) – 12 January 2026",
  alt=["the ratification of Convention No. 138 by the Cook Islands"])
R(d, "Mozambique", RATIFIED, C155, "2026-02-11", "Mozambique – Occupational Safety and Health Convention, 1981 (No. 155) – 11 February 2026")
R(d, "Mozambique", RATIFIED, C187, "2026-02-11", "Mozambique – Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) – 11 February 2026")
R(d, "Uzbekistan", RATIFIED, P029, "2025-12-04", "Uzbekistan – Protocol of 2014 to the Forced Labour Convention, 1930 – 4 December 2025")
R(d, "Paraguay", RATIFIED, C102, "2026-01-27", "Paraguay – Social Security (Minimum Standards) Convention, 1952 (No. 102) – 27 January 2026")
R(d, "Egypt", RATIFIED, MLC, "2026-03-10", "Egypt – Maritime Labour Convention, 2006, as amended (MLC, 2006) – 10 March 2026")
R(d, "Egypt", "party", C147, None, "the ratification by Egypt involved the immediate denunciation of the Merchant Shipping (Minimum Standards) Convention, 1976 (No. 147)",
  negated=True, required=False)
R(d, ILC, "adopted", MLC22, "2022", "The amendments approved by the International Labour Conference at its 110th Session (2022)")
R(d, "Denmark", ACCEPTED, MLC22, None, "the Government of Denmark had expressed its formal disagreement with the amendments in respect of the Faroe Islands",
  negated=True, required=False)
R(d, "Cameroon", NOTRATIFIED, C190, None, "the Government of Cameroon has approved the ratification of the Violence and Harassment Convention, 2019 (No. 190)", negated=True,
  alt=["No instrument had been received from either Government"])
R(d, "Ecuador", NOTRATIFIED, C187, None, "the Government of Ecuador intends to ratify Convention No. 187", negated=True)
R(d, ILOGB, CALL, P029, "2022-03",
  "the Governing Body's call, made at its 344th Session (March 2022), on all member States that have not yet done so to ratify the Protocol of 2014 to the Forced Labour Convention")

# ===================== 04 ministry of labour press release (HTML) =====================
d = "04.html"
DAY = "2026-04-15"
R(d, "Malaysia", RATIFIED, C187, "2026-04-14",
  "Malaysia yesterday deposited its instrument of ratification of the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)")
R(d, "Malaysia", NOTRATIFIED, C155, None, "Malaysia has not ratified the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True)
R(d, "Malaysia", NOTRATIFIED, C190, None,
  "The Cabinet has also agreed in principle that Malaysia will ratify the Violence and Harassment Convention, 2019 (No. 190)", negated=True,
  alt=["The instrument will be deposited once the necessary amendments to the Employment Act 1955 have been passed"])
R(d, "Malaysia", RATIFIED, P029, "2022-03", "Malaysia ratified the Protocol of 2014 to the Forced Labour Convention in March 2022")
RL(d, ["Singapore", "Viet Nam", "Thailand", "Indonesia"], RATIFIED, C187, None,
   "Within ASEAN, Convention No. 187 had already been ratified by Singapore, Viet Nam, Thailand and Indonesia")
R(d, MALAYSIA, CALL, C187, DAY, "The Minister urged \"our ASEAN neighbours that have not yet done so\" to ratify Convention No. 187")
R(d, ILC, "adopted", C187, "2006-06-15", "Convention No. 187 was adopted by the International Labour Conference on 15 June 2006")

# ===================== 05 health-office FAQ (HTML) =====================
d = "05.html"
R(d, "Switzerland", "signed", FCTC, "2004-06-25", "Switzerland signed the Convention on 25 June 2004 but has not ratified it")
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "Switzerland signed the Convention on 25 June 2004 but has not ratified it", negated=True,
  alt=["the Federal Council intends to ratify the Convention", "Liechtenstein, like Switzerland, is not a Party"])
QITP = "Switzerland has neither signed nor ratified the Protocol"
R(d, "Switzerland", "signed", ITP, None, QITP, negated=True)
R(d, "Switzerland", NOTRATIFIED, ITP, None, QITP, negated=True)
RL(d, ["Germany", "France", "Italy", "Austria"], PARTY, FCTC, None, "Germany, France, Italy and Austria are Parties to the FCTC")
R(d, EU, ACCEPTED, FCTC, "2005", "as is the European Union, which approved it in 2005")
R(d, "Liechtenstein", NOTBOUND, FCTC, None, "Liechtenstein, like Switzerland, is not a Party", negated=True)
RL(d, ["France", "Austria"], RATIFIED, ITP, None, "Of our neighbours, France and Austria have also ratified the Protocol")
R(d, WHA, "adopted", FCTC, "2003-05-21", "the World Health Assembly adopted the Convention on 21 May 2003")
R(d, "Switzerland", SUP, FCTC, "2003-05-21", "joined the consensus when the World Health Assembly adopted the Convention on 21 May 2003", required=False)

# ===================== 06 parliamentary written question and answer =====================
d = "06.txt"
R(d, "United Kingdom", RATIFIED, ESC61, "1962-07-11", "The United Kingdom ratified the European Social Charter of 1961 on 11 July 1962")
R(d, "United Kingdom", "party", ESC61, None, "remains bound by the provisions it accepted at that time", required=False)
R(d, "United Kingdom", RATIFIED, ESCAP91, None, "The UK also ratified the 1991 Amending Protocol to the Charter")
R(d, "United Kingdom", "signed", ESCREV, "1997-11-07", "The UK signed the Revised European Social Charter on 7 November 1997 but has not ratified it")
R(d, "United Kingdom", NOTRATIFIED, ESCREV, None, "The UK signed the Revised European Social Charter on 7 November 1997 but has not ratified it", negated=True,
  alt=["has no current plans to ratify the Revised Charter"])
QCC = "The UK has neither signed nor ratified the Additional Protocol Providing for a System of Collective Complaints, and does not intend to do so"
R(d, "United Kingdom", "signed", CCP, None, QCC, negated=True)
R(d, "United Kingdom", NOTRATIFIED, CCP, None, QCC, negated=True)
RL(d, ["France", "Ireland", "Portugal"], ACCEPTED, CCP, None, "France, Ireland and Portugal are among those that have accepted the collective complaints procedure")
R(d, "Germany", RATIFIED, ESCREV, None, "Germany has ratified the Revised Charter but has not accepted the Protocol")
R(d, "Germany", ACCEPTED, CCP, None, "Germany has ratified the Revised Charter but has not accepted the Protocol", negated=True)
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "the UK ratified the ILO Violence and Harassment Convention, 2019 (No. 190) on 7 March 2022")
R(d, "United Kingdom", RATIFIED, C102, "1954", "the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102) in 1954")
R(d, COM, "adopted", CMREC, "2025-12-10",
  "the Council of Europe's Committee of Ministers adopted on 10 December 2025 a recommendation on the implementation of social rights")
R(d, "United Kingdom", SUP, CMREC, "2025-12-10", "The UK joined the consensus on that recommendation", required=False)

# ===================== 07 newspaper correction notice =====================
d = "07.txt"
R(d, "Kenya", NOTRATIFIED, C190, None,
  "The article stated that Kenya ratified the ILO Violence and Harassment Convention, 2019 (No. 190) in 2025. It has not.", negated=True,
  alt=["the instrument of ratification has not been deposited with the ILO", "it expects to deposit the instrument \"within weeks\""])
R(d, "Uganda", RATIFIED, C190, "2024-06", "Uganda's ratification was registered in June 2024, not 2023")
R(d, "United Republic of Tanzania", "signed", C190, None,
  "The article described the United Republic of Tanzania as having \"signed\" Convention No. 190. ILO Conventions are not open for signature", negated=True)
R(d, "United Republic of Tanzania", NOTRATIFIED, C190, None, "Tanzania has not ratified the Convention", negated=True)
R(d, "Rwanda", RATIFIED, C190, "2023", "Rwanda ratified the Convention in 2023, before Uganda")
R(d, "Kenya", NOTRATIFIED, C189, None, "She said that Kenya \"has not ratified the Domestic Workers Convention, 2011 (No. 189), and must\"", negated=True,
  alt=["She did not say that Kenya \"has ratified the Domestic Workers Convention\""])
QKU = "Her union has called on the Government to ratify both Convention No. 189 and Convention No. 190 this year"
R(d, KUDHEIHA, CALL, C189, None, QKU)
R(d, KUDHEIHA, CALL, C190, None, QKU)
R(d, COTU, "signed", C190, None, "described the Central Organization of Trade Unions as having \"signed the Convention on behalf of Kenyan workers\"",
  negated=True, required=False)
R(d, ILC, "adopted", C190, "2019-06-21", "the International Labour Conference that adopted the Convention on 21 June 2019")

# ===================== 08 newsletter (Markdown) =====================
d = "08.md"
R(d, WHA, "adopted", IHRA, "2024-06-01",
  "The amendments to the International Health Regulations (2005), adopted by the Seventy-seventh World Health Assembly on 1 June 2024 in resolution WHA77.17")
R(d, "Italy", ACCEPTED, IHRA, None, "Italy – rejection notified on 18 July 2025", negated=True)
R(d, "Israel", ACCEPTED, IHRA, None, "Israel – rejection notified on 14 July 2025", negated=True)
R(d, "Slovakia", ACCEPTED, IHRA, None, "Slovakia – rejection notified in July 2025, after a parliamentary vote", negated=True)
R(d, "Nicaragua", ACCEPTED, IHRA, None, "Nicaragua told us it \"has not decided\"", negated=True, required=False)
R(d, "Netherlands", ACCEPTED, IHRA, None, "the Netherlands accepted the amendments but made a reservation under Article 62")
R(d, "New Zealand", ACCEPTED, IHRA, None, "withdrew it on 2 September and now accepts the amendments without qualification")
R(d, WHA, "adopted", PA, "2025-05-20", "The WHO Pandemic Agreement, adopted by the World Health Assembly on 20 May 2025 (resolution WHA78.1)")
R(d, "Brazil", NOTRATIFIED, PA, None, "\"Brazil has already ratified the Pandemic Agreement,\" a Brazilian senator told a hearing last week. That is not possible", negated=True)
R(d, GHLN, CALL, IHRA, "2025-10-06", "The Network urges all States Parties that have not yet done so to withdraw their rejections of the 2024 IHR amendments")
R(d, GHLN, CALL, PA, "2025-10-06", "to sign the Pandemic Agreement as soon as it opens")

# ===================== 09 wire story =====================
d = "09.txt"
R(d, "Egypt", RATIFIED, MLC, "2026-03-10",
  "Egypt on Tuesday deposited its instrument of ratification of the Maritime Labour Convention, 2006 with the International Labour Organization in Geneva")
R(d, "Egypt", "party", C147, None, "it also meant the immediate denunciation of the Merchant Shipping (Minimum Standards) Convention, 1976", negated=True, required=False)
R(d, "Egypt", RATIFIED, C147, "1982", "which Egypt had ratified in 1982")
R(d, ITF, CALL, MLC, None, "\"We hope Saudi Arabia, Oman and Qatar will follow suit,\"", required=False)
RL(d, ["United Arab Emirates", "Bahrain"], PARTY, MLC, None, "Of the Gulf states, only the United Arab Emirates and Bahrain are parties to the MLC")
RL(d, ["Saudi Arabia", "Oman", "Qatar", "Kuwait"], NOTRATIFIED, MLC, None, "Saudi Arabia, Oman, Qatar and Kuwait have not ratified the Convention", negated=True)
R(d, "Jordan", RATIFIED, MLC, "2019", "Jordan ratified the Convention in 2019")
R(d, "Lebanon", RATIFIED, MLC, "2021", "and Lebanon in 2021")
R(d, "Israel", NOTRATIFIED, MLC, None, "Israel has not ratified it", negated=True)
R(d, "Morocco", RATIFIED, MLC, "2012", "Morocco ratified in 2012")
R(d, "Tunisia", RATIFIED, MLC, "2017", "Tunisia in 2017")
R(d, "Algeria", RATIFIED, MLC, "2016", "Algeria in 2016")
R(d, "Libya", NOTRATIFIED, MLC, None, "while Libya has yet to ratify", negated=True)
R(d, ILC, "adopted", MLC, "2006-02", "The Convention was adopted by the International Labour Conference in February 2006")
R(d, STC, "adopted", MLC25, "2025-04", "were approved by the Special Tripartite Committee in April 2025")
R(d, ILC, "adopted", MLC25, "2025-06", "and by the Conference in June 2025")
R(d, "Greece", RATIFIED, MLC, "2013", "Greece, the world's largest ship-owning nation by tonnage, ratified in 2013")
R(d, "Panama", RATIFIED, MLC, "2009", "Panama and Liberia, the two largest flag states, were among the first to ratify, in 2009 and 2006 respectively")
R(d, "Liberia", RATIFIED, MLC, "2006", "Panama and Liberia, the two largest flag states, were among the first to ratify, in 2009 and 2006 respectively")

# ===================== 10 NGO parallel (shadow) report =====================
d = "10.txt"
R(d, "Japan", "signed", CRPD, "2007-09-28", "Japan signed the Convention on the Rights of Persons with Disabilities on 28 September 2007")
R(d, "Japan", RATIFIED, CRPD, "2014-01-20", "and ratified it on 20 January 2014")
R(d, "Japan", "signed", OPCRPD, None, "Japan has not signed the Optional Protocol to the Convention", negated=True)
R(d, "Japan", NOTBOUND, OPCRPD, None, "only Japan and the United States have not become parties to the Optional Protocol", negated=True,
  alt=["it \"is studying the Optional Protocol in relation to the independence of the judiciary\""])
R(d, "Republic of Korea", ACCEDED, OPCRPD, "2022-12", "the Republic of Korea acceded to the Optional Protocol in December 2022")
R(d, "Australia", PARTY, OPCRPD, "2009", "Australia and New Zealand have been parties to it since 2009 and 2016 respectively")
R(d, "New Zealand", PARTY, OPCRPD, "2016", "Australia and New Zealand have been parties to it since 2009 and 2016 respectively")
R(d, "United States", NOTBOUND, OPCRPD, None, "only Japan and the United States have not become parties to the Optional Protocol", negated=True)
R(d, "United States", NOTRATIFIED, CRPD, None, "the United States has also not ratified the Convention itself, which it signed in 2009", negated=True)
R(d, "United States", "signed", CRPD, "2009", "the United States has also not ratified the Convention itself, which it signed in 2009")
R(d, "Japan", RATIFIED, C159, "1992", "Japan ratified the Vocational Rehabilitation and Employment (Disabled Persons) Convention, 1983 (No. 159) in 1992")
R(d, "Japan", NOTRATIFIED, C190, None, "It has not ratified the Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, JDRF, CALL, OPCRPD, "2026-02", "accede to the Optional Protocol without further delay")
R(d, JDRF, CALL, C190, "2026-02", "ratify ILO Convention No. 190")
R(d, JDRF, "endorsed", TOKYO, None, "The Forum itself endorsed the Tokyo Declaration on Inclusive Employment", required=False)
R(d, JDRF, CALL, TOKYO, "2026-02", "calls on the Government to do likewise", required=False)

# ===================== 11 campaign tracker (Markdown) =====================
d = "11.md"
R(d, "Cook Islands", RATIFIED, C138, "2026-01-12", "**Cook Islands** – ratified C138, registered 12 January 2026")
R(d, "Australia", RATIFIED, C138, "2023-06", "**Australia** – ratified in June 2023")
ROWS = [("New Zealand", "2001", "| New Zealand | not ratified | ratified 2001 |"),
        ("United States", "1999", "| United States | not ratified | ratified 1999 |"),
        ("Iran", "2002", "| Iran | not ratified | ratified 2002 |"),
        ("Saint Lucia", "2000", "| Saint Lucia | not ratified | ratified 2000 |"),
        ("Somalia", "2014", "| Somalia | not ratified | ratified 2014 |"),
        ("Marshall Islands", "2019", "| Marshall Islands | not ratified | ratified 2019 |"),
        ("Tuvalu", "2019", "| Tuvalu | not ratified | ratified 2019 |")]
ALTS = {"New Zealand": ["Officials \"continue to assess\" the age thresholds"],
        "Saint Lucia": ["Saint Lucia's Cabinet decision is a domestic step"],
        "Somalia": ["Government \"intends to ratify in 2026\""]}
for a, y, q in ROWS:
    R(d, a, NOTRATIFIED, C138, None, q, negated=True, alt=ALTS.get(a))
    R(d, a, RATIFIED, C182, y, q, alt=["Tuvalu's ratification of C182 as 2018. It was registered in 2019"] if a == "Tuvalu" else None)
SEVEN = ["New Zealand", "United States", "Iran", "Saint Lucia", "Somalia", "Marshall Islands", "Tuvalu"]
R(d, CLFC, CALL, C138, "2026-03-01",
  "The Coalition calls on New Zealand, the United States, Iran, Saint Lucia, Somalia, the Marshall Islands and Tuvalu to ratify C138")
R(d, CLFC, CALL, P029, "2026-03-01", "We also urge them to ratify the **Protocol of 2014 to the Forced Labour Convention**")
QP = "which none of the seven has yet ratified except New Zealand, which did so in 2019"
RL(d, [a for a in SEVEN if a != "New Zealand"], NOTRATIFIED, P029, None, QP, negated=True)
R(d, "New Zealand", RATIFIED, P029, "2019", QP)

# ===================== 12 minister's speech at the World Health Assembly =====================
d = "12.txt"
DAY = "2026-05-19"
R(d, WHA, "adopted", PABS, "2026-05-18", "Yesterday this Assembly adopted the Pathogen Access and Benefit-Sharing Annex to the WHO Pandemic Agreement")
R(d, KENYA, "co-sponsored", PABS, None, "a text that Kenya co-sponsored together with the other members of the African Group")
R(d, AFG, "co-sponsored", PABS, None, "a text that Kenya co-sponsored together with the other members of the African Group", required=False)
R(d, KENYA, "signed", PA, DAY, "an hour ago I had the honour of signing it on behalf of the Government of Kenya")
R(d, KENYA, NOTRATIFIED, PA, None, "Kenya will ratify the Agreement once our National Assembly has approved it", negated=True,
  alt=["We expect that to happen before the end of the year"])
R(d, KENYA, "party", PA, None, "Until then, Kenya is a signatory, not a Party", negated=True)
R(d, KENYA, RATIFIED, FCTC, "2004-06", "Kenya was among the first States to ratify the WHO Framework Convention on Tobacco Control, in June 2004")
R(d, KENYA, RATIFIED, ITP, "2014", "we ratified the Protocol to Eliminate Illicit Trade in Tobacco Products in 2014")
R(d, KENYA, PARTY, IHRA, None, "We did not reject the 2024 amendments to the International Health Regulations. They have bound Kenya")
R(d, KENYA, NOTRATIFIED, C155, None, "We are not yet a party to the ILO Occupational Safety and Health Convention, No. 155", negated=True,
  alt=["my Ministry will work with the Ministry of Labour towards its ratification"])
R(d, KENYA, CALL, PA, DAY, "I therefore call on all Member States to sign the Pandemic Agreement, and to ratify it swiftly")
R(d, KENYA, "endorsed", LUSAKA, "2023-12", "which we endorsed in December 2023")
R(d, KENYA, COMMITTED, LUSAKA, DAY, "Kenya also reaffirms its commitment to the Lusaka Agenda on the future of global health initiatives")
R(d, KENYA, COMMITTED, ABUJA, DAY, "and to the Abuja Declaration target of allocating 15 percent of public spending to health", required=False)

# ===================== 13 op-ed =====================
d = "13.txt"
R(d, "Canada", NOTRATIFIED, PA, None, "Canada has not ratified the Agreement", negated=True,
  alt=["Canada is not a party", "Ottawa \"expects to table the Agreement this fall.\""])
R(d, "Canada", "signed", PA, "2026-05-19", "Canada signed the Pandemic Agreement on May 19, the day it opened for signature in Geneva")
R(d, "Rwanda", RATIFIED, PA, "2026-07-02", "three states have deposited: Rwanda, Spain and Thailand. Rwanda was first, on July 2")
RL(d, ["Spain", "Thailand"], RATIFIED, PA, None, "three states have deposited: Rwanda, Spain and Thailand")
R(d, "Canada", "signed", IHRA, None,
  "Canada \"secretly signed the 2024 amendments to the International Health Regulations.\" Amendments to the IHR are not signed", negated=True)
R(d, "Canada", PARTY, IHRA, None, "Canada did not reject them, and has been bound by them since September 2025")
RL(d, ["Italy", "Israel"], ACCEPTED, IHRA, None, "Italy and Israel rejected them", negated=True)
R(d, "United States", "signed", PA, None, "did not sign the Pandemic Agreement and has said it will not", negated=True)
R(d, "Argentina", "signed", PA, None, "Argentina, which left WHO this year, did not sign either", negated=True)

# ===================== 14 depositary notifications =====================
d = "14.txt"
R(d, "Cambodia", RATIFIED, ICRMW, "2026-03-02", "CAMBODIA: RATIFICATION", alt=["The above action was effected on 2 March 2026"])
R(d, "Cambodia", "signed", ICRMW, "2004-09-27", "The Convention was signed on behalf of Cambodia on 27 September 2004")
R(d, "Viet Nam", ACCEDED, OPCRPD, "2026-03-02", "VIET NAM: ACCESSION")
R(d, "Viet Nam", PARTY, CRPD, "2015-02-05", "Viet Nam has been a State Party to the Convention on the Rights of Persons with Disabilities since 5 February 2015")
R(d, "Belgium", RATIFIED, CRPD, None, "the reservation to article 12 made upon ratification", required=False)

# ===================== 15 interview =====================
d = "15.txt"
R(d, "Jordan", RATIFIED, C102, "2014", "We ratified the Social Security (Minimum Standards) Convention in 2014",
  alt=["Jordan ratified ILO Convention No. 102 more than ten years ago"])
R(d, "Jordan", NOTRATIFIED, C183, None, "Jordan has not ratified Convention No. 183", negated=True,
  alt=["I expect the Government to consider ratification next year"])
R(d, "Jordan", NOTRATIFIED, C189, None, "Jordan has not ratified the Domestic Workers Convention", negated=True)
R(d, "Jordan", NOTRATIFIED, ICRMW, None, "Nor have we ratified the Migrant Workers Convention", negated=True)
RL(d, ["Algeria", "Egypt", "Libya", "Mauritania", "Morocco", "Syria"], JOINED, ICRMW, None,
   "no Arab State except Algeria, Egypt, Libya, Mauritania, Morocco and Syria has done so")
R(d, "Morocco", RATIFIED, C102, "2019", "Morocco ratified Convention No. 102 in 2019")
R(d, "Tunisia", NOTRATIFIED, C102, None, "No, Tunisia never ratified it", negated=True)
R(d, "Libya", RATIFIED, C102, "1975", "I was thinking of Libya, which did so in 1975")
R(d, "Jordan", SUP, R202, "2012", "We voted for it in 2012 at the International Labour Conference")
R(d, "Jordan", COMMITTED, R202, None, "we committed ourselves to its floors in our National Social Protection Strategy 2019–2025", required=False)

# ===================== 16 tripartite council minutes =====================
d = "16.txt"
R(d, "Namibia", RATIFIED, C190, "2024-12",
  "Namibia ratified the Violence and Harassment Convention, 2019 (No. 190) in December 2024, not December 2023")
R(d, "Namibia", NOTRATIFIED, C155, None, "Namibia has ratified neither Convention", negated=True,
  alt=["the Council resolved to recommend to the Minister that Cabinet approve the ratification of both Conventions"])
R(d, "Namibia", NOTRATIFIED, C187, None, "Namibia has ratified neither Convention", negated=True,
  alt=["the Council resolved to recommend to the Minister that Cabinet approve the ratification of both Conventions"])
R(d, "Namibia", NOTRATIFIED, C102, None, "Namibia has not ratified Convention No. 102", negated=True)
RL(d, ["Botswana", "Zambia"], NOTRATIFIED, C102, None, "Botswana and Zambia have not ratified it either", negated=True)
R(d, "South Africa", NOTRATIFIED, C102, None, "South Africa \"is also only considering it\"", negated=True)
R(d, TUCNA, CALL, C189, "2026-02-12", "TUCNA called on the Government to ratify Convention No. 189 without further delay")
R(d, "South Africa", RATIFIED, C189, "2013", "South Africa ratified it in 2013")
R(d, "Mauritius", RATIFIED, C189, "2012", "Mauritius in 2012")
R(d, "Namibia", NOTRATIFIED, C189, None, "no ratification proposal was before Cabinet", negated=True, required=False)
R(d, "Mozambique", RATIFIED, C155, "2026-02-11",
  "Mozambique's instruments of ratification of Conventions Nos. 155 and 187 had been registered yesterday")
R(d, "Mozambique", RATIFIED, C187, "2026-02-11",
  "Mozambique's instruments of ratification of Conventions Nos. 155 and 187 had been registered yesterday")
R(d, ILC, "adopted", C192, "2025-06",
  "the International Labour Conference's adoption, in June 2025, of the Biological Hazards in the Working Environment Convention, 2025 (No. 192)")
R(d, "Namibia", SUP, C192, "2025-06", "which Namibia's Government delegates voted for")

gold.finish(MIN_CHARS, MAX_CHARS)
