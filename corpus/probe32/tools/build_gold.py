#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py and corpus/probe24/tools/build_gold.py; the record
helpers and the checks are imported from corpus/tools/gold.py (not copied). Two documents are Markdown (05.md, 07.md) and
two HTML (06.html, 12.html); gold.py's Gold.finish() checks .txt, .md and .html documents alike (quotes are checked against
the file as written, white space folded). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED  # noqa: E402,F401
MIN_CHARS, MAX_CHARS = 1800, 3000
NOTACCEDED = ["acceded", "party", "ratified"]      # "saw no need to accede"
DISSOC = ["endorsed", "supported", "adopted"]      # dissociating from a consensus text

# ---- instruments: (name as the text names it, aliases) ----
C102 = ("Social Security (Minimum Standards) Convention, 1952 (No. 102)", ["Convention No. 102", "C102", "ILO Convention No. 102"])
C121 = ("Employment Injury Benefits Convention, 1964 (No. 121)", ["Convention No. 121", "C121"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930", ["P029", "Forced Labour Protocol", "Protocol of 2014", "P29"])
C29 = ("Forced Labour Convention, 1930 (No. 29)", ["Convention No. 29", "C29"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["Convention No. 105", "C105"])
C190 = ("Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention No. 190"])
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206"])
CENT = ("ILO Centenary Declaration for the Future of Work", ["Centenary Declaration"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Convention No. 189", "C189"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", ["Convention No. 187", "C187"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["Convention No. 155", "C155"])
C192 = ("Biological Hazards in the Working Environment Convention, 2025", ["Biological Hazards Convention", "Convention No. 192", "C192"])
R192 = ("Recommendation accompanying the Biological Hazards in the Working Environment Convention",
        ["Biological Hazards in the Working Environment Recommendation, 2025", "Recommendation No. 209"])
BIORES = ("resolution concerning the promotion and implementation of the Convention",
          ["resolution concerning the promotion and implementation of the Biological Hazards in the Working Environment Convention"])
FPRW = ("ILO Declaration on Fundamental Principles and Rights at Work", ["Declaration on Fundamental Principles and Rights at Work", "FPRW Declaration"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact", "the Compact"])
PD = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "IMRF Progress Declaration", "2022 Progress Declaration"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["ICRMW", "Migrant Workers Convention", "International Convention on the Protection of the Rights of All Migrant Workers"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC", "Maritime Labour Convention"])
MLC14 = ("amendments to the Code of the Maritime Labour Convention on financial security for abandoned seafarers",
         ["2014 amendments to the Code of the MLC, 2006", "2014 amendments to the Maritime Labour Convention"])
MLC22 = ("2022 amendments to the Code of the Maritime Labour Convention, 2006", ["2022 amendments to the Code", "2022 amendments to the MLC, 2006"])
MLC25 = ("amendments to the Maritime Labour Convention on shore leave and on the repatriation of seafarers",
         ["2025 amendments to the Code of the MLC, 2006", "new amendments on shore leave and on the repatriation of seafarers"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["Convention No. 188", "C188"])
C185 = ("Seafarers' Identity Documents Convention (Revised), 2003 (No. 185)", ["Convention No. 185", "C185"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Collective Complaints Protocol", "ETS No. 158", "collective complaints procedure"])
RESC = ("Revised European Social Charter", ["European Social Charter (Revised)", "ETS No. 163", "Revised Charter"])
ESC61 = ("European Social Charter (1961)", ["1961 Charter", "1961 European Social Charter"])
IBERO = ("Ibero-American Multilateral Agreement on Social Security", ["Ibero-American Agreement on Social Security", "Convenio Multilateral Iberoamericano de Seguridad Social"])
IBEROIMP = ("Implementation Agreement", ["Implementation Agreement of the Ibero-American Multilateral Agreement on Social Security"])
PTBR = ("Agreement on Social Security between Portugal and Brazil", ["Portugal–Brazil social security agreement"])
ECOSS = ("General Convention on Social Security of Member States of ECOWAS", ["ECOWAS General Convention on Social Security", "General Convention"])
ECOLMAP = ("ECOWAS Labour Migration Action Plan 2025–2030", ["Labour Migration Action Plan"])
ECOFMP = ("Protocol relating to Free Movement of Persons, Residence and Establishment", ["ECOWAS Free Movement Protocol", "1979 Protocol"])
CASS = ("CARICOM Agreement on Social Security", ["Agreement on Social Security (CARICOM)", "CASS"])
C87 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)", ["Convention No. 87", "C87"])
C98 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["Convention No. 98", "C98"])
GBRES = ("resolution concerning the Russian Federation's aggression against Ukraine from the perspective of the mandate of the International Labour Organization",
         ["GB.344/INS/17/Decision", "Governing Body resolution on Ukraine"])
LKKR = ("Agreement on Social Security between the Democratic Socialist Republic of Sri Lanka and the Republic of Korea",
        ["Agreement on Social Security between Sri Lanka and the Republic of Korea", "Sri Lanka–Korea social security agreement"])

# ---- actors ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Viet Nam", "Türkiye", "Czechia", "Gambia",
          "Philippines", "Bahamas", "Venezuela", "Germany", "Bolivia", "Côte d'Ivoire", "Kenya", "Fiji", "China", "United Arab Emirates",
          "Saudi Arabia", "Bangladesh", "Paraguay", "Chile", "Ecuador", "Colombia", "Mexico", "Guatemala", "Ghana", "Netherlands"),
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Israel": ["Israel", "State of Israel"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
}
DG = ["ILO Director-General", "Director-General", "Director-General of the International Labour Office", "ILO"]
ILC = ["International Labour Conference", "Conference", "ILC"]
GB = ["ILO Governing Body", "Governing Body", "Governing Body of the International Labour Office"]
IMRF = ["International Migration Review Forum", "IMRF", "Forum"]
IBSUM = ["XVII Ibero-American Summit", "Ibero-American Summit", "Ibero-American Summit of Heads of State and Government"]
ECOMIN = ["ECOWAS Ministers in charge of Labour, Employment and Social Protection", "ECOWAS Ministers", "Ministers", "ECOWAS"]
ECOAUTH = ["ECOWAS Authority of Heads of State and Government", "Authority of Heads of State and Government", "ECOWAS"]
SRME = ["Social Rights Monitor Europe"]
DWSN = ["Domestic Workers Solidarity Network", "DWSN"]
MRAI = ["Migrant Rights Alliance International", "MRAI"]
NIS = ["National Insurance Scheme", "National Insurance Scheme of Barbados", "Barbados National Insurance Scheme", "Ian Carrington"]
IDC = ["International Detention Coalition"]
MCONF = ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "intergovernmental conference",
         "Marrakech Conference"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 ILO news item: C102 =====================
d, DAY = "01.txt", "2025-03-14"
R(d, "Sierra Leone", RATIFIED, C102, DAY,
  "The Director-General of the International Labour Office today registered the ratification by Sierra Leone of the Social Security (Minimum Standards) Convention, 1952 (No. 102)",
  alt=["Sierra Leone has accepted Parts II (medical care), III (sickness benefit), V (old-age benefit), IX (invalidity benefit) and X (survivors' benefit)"])
R(d, ILC, "adopted", C102, "1952-06-28", "Convention No. 102, adopted by the International Labour Conference at its 35th Session on 28 June 1952")
R(d, "Senegal", RATIFIED, C102, "1962", "Sierra Leone joins Senegal, which ratified C102 in 1962")
for a, y in [("Niger", "1966"), ("Mauritania", "1968"), ("Togo", "2013"), ("Burkina Faso", "2021")]:
    R(d, a, RATIFIED, C102, y, "Senegal, which ratified C102 in 1962, Niger in 1966, Mauritania in 1968, Togo in 2013 and Burkina Faso in 2021")
R(d, "Sierra Leone", NOTRATIFIED, C121, None, "He added that Sierra Leone intends to ratify the Employment Injury Benefits Convention, 1964 (No. 121)", negated=True)
R(d, DG, "called-for", C102, DAY,
  "the Director-General called on all member States that have not yet done so \"to ratify Convention No. 102")
RL(d, ["Liberia", "Gambia"], NOTRATIFIED, C102, None, "Liberia and The Gambia have yet to ratify Convention No. 102", negated=True)

# ===================== 02 Indonesian ministry press release: P029 =====================
d, DAY = "02.txt", "2025-06-03"
R(d, "Indonesia", NOTRATIFIED, P029, None,
  "The instrument of ratification has not yet been deposited with the Director-General of the International Labour Office", negated=True,
  alt=["The Cabinet today approved the ratification of the Protocol of 2014 to the Forced Labour Convention, 1930 (P029)",
       "the Ministry expects to deposit the instrument before the end of the year"])
R(d, "Indonesia", RATIFIED, C29, "1950", "Indonesia ratified the Forced Labour Convention, 1930 (No. 29) in 1950")
R(d, "Indonesia", RATIFIED, C105, "1999", "the Abolition of Forced Labour Convention, 1957 (No. 105) in 1999")
R(d, ILC, "adopted", P029, "2014", "The Protocol, adopted by the International Labour Conference in 2014")
R(d, "Thailand", RATIFIED, P029, "2018", "Thailand ratified it in 2018")
R(d, "Malaysia", RATIFIED, P029, "2022", "Thailand ratified it in 2018 and Malaysia in 2022")
RL(d, ["Viet Nam", "Philippines"], NOTRATIFIED, P029, None, "Viet Nam and the Philippines have not yet ratified it", negated=True)
R(d, "Indonesia", "called-for", P029, DAY, "We hope that our partners in ASEAN will follow suit", required=False)
R(d, "Indonesia", NOTRATIFIED, C190, None,
  "Indonesia is considering ratification of the Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, "Indonesia", ENDORSED, GCM, "2018-12",
  "Indonesia endorsed the Global Compact for Safe, Orderly and Regular Migration in Marrakech in December 2018")

# ===================== 03 Japan's explanation of vote at the ILC =====================
d, DAY = "03.txt", "2025-06-13"
R(d, "Japan", "supported", C192, DAY,
  "My Government voted in favour of the Biological Hazards in the Working Environment Convention, 2025, which the Conference has just adopted")
R(d, ILC, "adopted", C192, DAY, "the Biological Hazards in the Working Environment Convention, 2025, which the Conference has just adopted")
R(d, "Japan", "supported", R192, DAY, "We also voted in favour of the accompanying Recommendation", required=False)
R(d, "Japan", RATIFIED, C187, "2007", "Japan ratified the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) in 2007")
R(d, "Japan", NOTRATIFIED, C155, None, "We have not ratified the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True,
  alt=["We are studying it."])
R(d, "Japan", NOTRATIFIED, C192, None, "Japan is not in a position to commit to its ratification at this stage", negated=True,
  alt=["Whether we ratify it will be decided after a careful review of our domestic law"])
R(d, "Japan", "supported", BIORES, DAY, "My delegation abstained on the resolution concerning the promotion and implementation of the Convention", negated=True)
RL(d, ["Republic of Korea", "Australia"], "supported", C192, DAY,
   "the Governments of the Republic of Korea and Australia joined us in voting for the Convention")
R(d, "Japan", COMMITTED, FPRW, DAY, "Japan remains committed to the ILO Declaration on Fundamental Principles and Rights at Work, as amended in 2022")

# ===================== 04 ILC record vote: C190 (2019) =====================
d, DAY = "04.txt", "2019-06-21"
R(d, ILC, "adopted", C190, DAY, "The Conference adopted the Violence and Harassment Convention, 2019 (No. 190)")
RL(d, ["Argentina", "Fiji", "Namibia", "New Zealand", "South Africa", "Uruguay"], "supported", C190, DAY,
   "Government delegates voting for included those of Argentina, Fiji, Namibia, New Zealand, South Africa and Uruguay")
RL(d, ["El Salvador", "Malaysia"], "supported", C190, DAY, "Government delegates voting against: El Salvador, Malaysia", negated=True)
RL(d, ["Guatemala", "Paraguay", "Singapore"], "supported", C190, DAY,
   "Government delegates abstaining included those of Guatemala, Paraguay and Singapore", negated=True)
R(d, "Bangladesh", "supported", C190, None, "The Government delegate of Bangladesh did not take part in the vote", negated=True)
R(d, ILC, "adopted", R206, DAY, "The Conference adopted the Violence and Harassment Recommendation, 2019 (No. 206)")
RL(d, ["El Salvador", "Malaysia"], "supported", R206, DAY,
   "Government delegates voting against the Recommendation included those of El Salvador and Malaysia", negated=True)
R(d, "Namibia", "supported", R206, DAY, "the Government delegate of Namibia abstained", negated=True)
R(d, ILC, ADOPTED, CENT, DAY, "the Conference adopted the ILO Centenary Declaration for the Future of Work")

# ===================== 05 Markdown tracker: Collective Complaints Protocol =====================
d, DAY = "05.md", "2025-10-01"
R(d, "Finland", RATIFIED, CCP, "1998-07-17", "Finland | ratified the Protocol | 17 July 1998")
R(d, "France", RATIFIED, CCP, "1999-05-07", "France | ratified the Protocol | 7 May 1999")
R(d, "Ireland", RATIFIED, CCP, "2000-11-04", "Ireland | ratified the Protocol | 4 November 2000")
R(d, "Slovenia", ACCEPTED, CCP, "1999-05-07", "Slovenia | Article D declaration | 7 May 1999")
R(d, "Spain", RATIFIED, CCP, "2021-05-17", "Spain | ratified the Protocol | 17 May 2021")
QSIG = "Four States signed the Protocol years ago and stopped there – Austria, Denmark, Hungary and Slovakia"
RL(d, ["Austria", "Denmark", "Hungary", "Slovakia"], "signed", CCP, None, QSIG)
RL(d, ["Austria", "Denmark", "Hungary", "Slovakia"], NOTRATIFIED, CCP, None, "None of them has ratified it", negated=True)
R(d, "Germany", RATIFIED, RESC, "2021-03-29", "ratified the Revised European Social Charter on 29 March 2021 but has not accepted the collective complaints procedure")
R(d, "Germany", NOTRATIFIED, CCP, None, "but has not accepted the collective complaints procedure", negated=True)
R(d, "Ukraine", NOTRATIFIED, CCP, None, "the Government said in September 2025 that it intends to accept the procedure", negated=True)
R(d, "Türkiye", NOTRATIFIED, CCP, None, "Several other Parties, among them Türkiye, have never accepted it either", negated=True)
R(d, "United Kingdom", "signed", RESC, "1997-11-07", "signed the Revised European Social Charter on 7 November 1997")
R(d, "United Kingdom", NOTRATIFIED, RESC, None, "signed the Revised European Social Charter on 7 November 1997 and has not ratified it", negated=True)
R(d, "United Kingdom", PARTY, ESC61, None, "it remains bound by the 1961 Charter")
R(d, "Switzerland", "signed", ESC61, "1976", "signed the 1961 Charter in 1976")
R(d, "Switzerland", NOTRATIFIED, ESC61, None, "signed the 1961 Charter in 1976 and has never ratified it", negated=True)
R(d, SRME, "called-for", CCP, DAY,
  "We urge Germany, Austria, Denmark, Hungary and Slovakia to accept the collective complaints procedure without further delay")

# ===================== 06 HTML FAQ: Ibero-American Multilateral Agreement on Social Security =====================
d = "06.html"
R(d, IBSUM, "adopted", IBERO, "2007-11-10",
  "It was adopted by the XVII Ibero-American Summit of Heads of State and Government in Santiago de Chile on 10 November 2007")
R(d, "Portugal", RATIFIED, IBERO, "2010", "Portugal ratified the Agreement in 2010")
R(d, "Portugal", "signed", IBEROIMP, "2009-09-11", "signed its Implementation Agreement on 11 September 2009")
RL(d, ["Bolivia", "Brazil", "Chile", "Ecuador", "El Salvador", "Paraguay", "Peru", "Portugal", "Spain", "Uruguay"], PARTY, IBERO, None,
   "It is currently applied in the following States: Bolivia, Brazil, Chile, Ecuador, El Salvador, Paraguay, Peru, Portugal, Spain and Uruguay")
R(d, "Argentina", RATIFIED, IBERO, "2016", "Argentina ratified the Agreement in 2016")
R(d, "Argentina", "signed", IBEROIMP, None, "Argentina ratified the Agreement in 2016 but has not signed the Implementation Agreement", negated=True)
RL(d, ["Mexico", "Colombia", "Venezuela"], "signed", IBERO, "2007", "Mexico, Colombia and Venezuela signed the Agreement in 2007")
RL(d, ["Mexico", "Colombia", "Venezuela"], NOTRATIFIED, IBERO, None,
   "Mexico, Colombia and Venezuela signed the Agreement in 2007 but have not ratified it", negated=True)
R(d, "Cuba", "signed", IBERO, None, "Cuba has neither signed nor ratified it", negated=True)
R(d, "Cuba", NOTRATIFIED, IBERO, None, "Cuba has neither signed nor ratified it", negated=True)
RL(d, ["Portugal", "Brazil"], "signed", PTBR, "1991-05-07",
   "The Agreement on Social Security between Portugal and Brazil was signed in Brasília on 7 May 1991", required=False)

# ===================== 07 Markdown blog: C189 and the ICRMW in the Gulf =====================
d, DAY = "07.md", "2025-06-16"
GCC = ["Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"]
R(d, ILC, "adopted", C189, "2011-06-16",
  "Fourteen years ago today, the International Labour Conference adopted the Domestic Workers Convention, 2011 (No. 189)")
for a in GCC:
    R(d, a, NOTRATIFIED, C189, None,
      "None of the six Gulf Cooperation Council states – Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates – has ratified the Convention",
      negated=True,
      alt=["Oman's labour ministry announced last month that it is looking at C189 \"as part of a wider review\""] if a == "Oman" else None)
RL(d, GCC, "signed", ICRMW, None,
   "Not one of the six has signed the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW) either",
   negated=True)
R(d, "Philippines", RATIFIED, C189, "2012", "ratified C189 in 2012")
R(d, "Philippines", PARTY, ICRMW, "1995", "has been a party to the ICRMW since 1995")
R(d, "Sri Lanka", PARTY, ICRMW, None, "is a party to the ICRMW but has yet to ratify C189")
R(d, "Sri Lanka", NOTRATIFIED, C189, None, "is a party to the ICRMW but has yet to ratify C189", negated=True)
R(d, "Kenya", NOTRATIFIED, C189, None, "has not ratified either instrument", negated=True)
R(d, "Kenya", NOTRATIFIED, ICRMW, None, "has not ratified either instrument", negated=True)
R(d, "Ethiopia", NOTRATIFIED, C189, None, "it \"is studying\" ratification of C189", negated=True)
R(d, "Bahrain", NOTRATIFIED, C190, None, "Bahrain, for its part, has not ratified the Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, DWSN, "called-for", C189, DAY, "We call on every GCC government to ratify C189 and C190 this year")
R(d, DWSN, "called-for", C190, DAY, "We call on every GCC government to ratify C189 and C190 this year")

# ===================== 08 wire story: IMRF Progress Declaration and the GCM =====================
d, FRI, GAV = "08.txt", "2022-05-20", "2018-12-19"
R(d, IMRF, "adopted", PD, FRI, "The first International Migration Review Forum closed late on Friday with the adoption of its Progress Declaration")
R(d, GA, ADOPTED, GCM, GAV, "endorsed by the General Assembly on 19 December 2018 by 152 votes to 5, with 12 abstentions")
R(d, MCONF, "adopted", GCM, "2018-12-10", "The Compact itself was adopted at an intergovernmental conference in Marrakech on 10 December 2018",
  required=False)
RL(d, ["United States", "Hungary", "Poland", "Czechia", "Israel"], "supported", GCM, GAV,
   "Five States voted against it that day – the United States, Hungary, Poland, the Czech Republic and Israel", negated=True)
RL(d, ["Austria", "Italy", "Switzerland"], "supported", GCM, GAV, "Austria, Italy and Switzerland were among the abstainers", negated=True)
R(d, "United States", ENDORSED, GCM, None, "The United States, which under the previous administration refused to endorse the Global Compact",
  negated=True)
R(d, "United States", ENDORSED, GCM, "2021",
  "The United States, which under the previous administration refused to endorse the Global Compact, endorsed it in 2021")
R(d, "United States", "supported", PD, FRI, "On Friday its delegation joined the consensus on the Declaration")
RL(d, ["Hungary", "Poland"], DISSOC, PD, None, "Hungary and Poland dissociated themselves from the Declaration", negated=True)
R(d, "Chile", ENDORSED, GCM, None, "Chile, which did not endorse the Compact in 2018", negated=True,
  alt=["would decide \"in the coming months\" whether to endorse it"])
R(d, IDC, "welcomed", PD, None,
  "The International Detention Coalition welcomed the Declaration's commitment to work towards ending child immigration detention", required=False)

# ===================== 09 Australian Senate answer =====================
d = "09.txt"
R(d, "Australia", RATIFIED, C190, "2023-06-09", "Australia ratified the Violence and Harassment Convention, 2019 (No. 190) on 9 June 2023")
R(d, "Australia", "called-for", C190, None, "Australia has encouraged Pacific partners to ratify C190")
R(d, "Fiji", RATIFIED, C190, "2020", "Fiji ratified it in 2020")
R(d, "Australia", RATIFIED, MLC, "2011-12",
  "Australia is a party to the Maritime Labour Convention, 2006, which it ratified in December 2011")
R(d, "Australia", NOTRATIFIED, C189, None,
  "The Government is examining whether Australia should ratify the Domestic Workers Convention, 2011 (No. 189)", negated=True)
QAU = ("Australia has not signed or ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of "
       "Their Families (ICRMW)")
R(d, "Australia", "signed", ICRMW, None, QAU, negated=True)
R(d, "Australia", NOTRATIFIED, ICRMW, None, QAU, negated=True)
R(d, "Australia", ENDORSED, GCM, None,
  "Australia did not endorse the Global Compact for Safe, Orderly and Regular Migration when it was adopted in December 2018", negated=True)
R(d, "Australia", "supported", GCM, GAV, "abstained in the General Assembly vote on its endorsement on 19 December 2018", negated=True)

# ===================== 10 interview: the Philippines' Secretary of Migrant Workers =====================
d, DAY = "10.txt", "2025-06-20"
R(d, "Philippines", RATIFIED, ICRMW, "1995", "The Philippines ratified the Migrant Workers Convention in 1995")
R(d, "Philippines", RATIFIED, C189, "2012", "We ratified C189 in 2012")
R(d, "Uruguay", RATIFIED, C189, None, "We were the second country to do so, after Uruguay")
R(d, "Philippines", NOTRATIFIED, C190, None, "we have yet to deposit the instrument in Geneva", negated=True,
  alt=["The Senate concurred in its ratification last year"])
R(d, "Philippines", "called-for", C189, DAY, "Our hope is that both of them will one day ratify C189 as well", required=False)
R(d, "Philippines", ENDORSED, GCM, "2018", "We endorsed it in Marrakech in 2018")
R(d, "Philippines", RATIFIED, MLC, "2012", "We ratified the Maritime Labour Convention in 2012")
R(d, "Philippines", "supported", MLC25, "2025-04",
  "At the Special Tripartite Committee in April, our delegation voted in favour of the new amendments on shore leave and on the repatriation of seafarers")

# ===================== 11 ECOWAS ministers' communiqué =====================
d, DAY = "11.txt", "2025-10-24"
R(d, ECOMIN, "adopted", ECOLMAP, DAY, "The Ministers adopted the ECOWAS Labour Migration Action Plan 2025–2030")
R(d, ECOAUTH, "adopted", ECOSS, "2013", "adopted by the Authority of Heads of State and Government in 2013")
RL(d, ["Ghana", "Niger", "Togo"], RATIFIED, ECOSS, None, "The Ministers noted that Ghana, Niger and Togo have ratified the General Convention")
R(d, "Senegal", RATIFIED, ECOSS, "2025-09-02",
  "Senegal deposited its instrument of ratification with the ECOWAS Commission, the depositary, on 2 September 2025")
R(d, ECOMIN, "called-for", ECOSS, DAY, "The Ministers urged Member States that have not yet done so to ratify the General Convention")
R(d, ECOMIN, "called-for", C102, DAY,
  "The Ministers urged Member States that have not yet done so to ratify the General Convention and the ILO Social Security (Minimum Standards) Convention, 1952 (No. 102)")
R(d, "Côte d'Ivoire", NOTRATIFIED, ECOSS, None,
  "The Delegation of Côte d'Ivoire informed the meeting that its instrument of ratification of the General Convention would be deposited before the end of the year",
  negated=True)
R(d, "Nigeria", RATIFIED, P029, None, "the ratification by Nigeria of the Protocol of 2014 to the Forced Labour Convention, 1930")
R(d, ECOMIN, "called-for", P029, DAY, "encouraged other Member States to consider doing the same", required=False)
R(d, ECOMIN, COMMITTED, ECOFMP, DAY,
  "The Ministers reaffirmed their commitment to the Protocol relating to Free Movement of Persons, Residence and Establishment of 1979")

# ===================== 12 HTML news page: CARICOM Agreement on Social Security =====================
d, YDAY = "12.html", "2025-03-11"
R(d, "Suriname", "signed", CASS, YDAY, "Suriname yesterday signed the CARICOM Agreement on Social Security at the CARICOM Secretariat in Georgetown, Guyana")
R(d, "Suriname", NOTRATIFIED, CASS, None, "her Government expects to ratify the Agreement within twelve months", negated=True)
RL(d, ["Barbados", "Belize", "Guyana", "Jamaica", "Trinidad and Tobago"], PARTY, CASS, None,
   "It is in force in thirteen Member States, including Barbados, Belize, Guyana, Jamaica and Trinidad and Tobago")
RL(d, ["Haiti", "Bahamas"], "signed", CASS, None, "Haiti and The Bahamas have not signed the Agreement", negated=True)
R(d, NIS, "called-for", CASS, YDAY, "yesterday urged \"the remaining Member States to sign and ratify the Agreement")
R(d, "Barbados", RATIFIED, CASS, "1997", "Barbados ratified the Agreement in 1997")

# ===================== 13 Ghana's Day of the Seafarer speech =====================
d, DAY = "13.txt", "2025-06-25"
R(d, "Ghana", RATIFIED, MLC, "2013-08", "Ghana ratified the Maritime Labour Convention, 2006 in August 2013")
R(d, ILC, "adopted", MLC14, "2014-06", "which the International Labour Conference approved in June 2014")
R(d, "Ghana", "supported", MLC22, "2022-06", "Ghana voted in favour of the 2022 amendments to the Code at the Conference in June 2022")
R(d, "Ghana", NOTRATIFIED, C188, None,
  "Cabinet has approved Ghana's ratification of the Work in Fishing Convention, 2007 (No. 188)", negated=True,
  alt=["The instrument will be deposited with the ILO Director-General in the coming weeks"])
R(d, "Ghana", PARTY, C185, None, "Ghana is also a party to the Seafarers' Identity Documents Convention (Revised), 2003 (No. 185)")
R(d, "Nigeria", RATIFIED, MLC, "2013", "Nigeria ratified the Maritime Labour Convention in 2013")
R(d, "Côte d'Ivoire", NOTRATIFIED, MLC, None, "Côte d'Ivoire has yet to ratify it", negated=True)
R(d, "Ghana", "called-for", MLC, DAY, "We call on all our neighbours in the Gulf of Guinea to ratify the MLC, 2006 and Convention No. 188")
R(d, "Ghana", "called-for", C188, DAY, "We call on all our neighbours in the Gulf of Guinea to ratify the MLC, 2006 and Convention No. 188")

# ===================== 14 ILO Governing Body minutes (March 2022) =====================
d, DAY = "14.txt", "2022-03-23"
R(d, "Russian Federation", RATIFIED, C87, None, "both of which it has ratified")
R(d, "Russian Federation", RATIFIED, C98, None, "both of which it has ratified")
R(d, GB, "adopted", GBRES, DAY,
  "The Governing Body adopted the resolution concerning the Russian Federation's aggression against Ukraine from the perspective of the mandate of the International Labour Organization")
RL(d, ["Canada", "France", "Germany", "Japan", "Norway", "United Kingdom", "United States"], "supported", GBRES, DAY,
   "Government members voting in favour included Canada, France, Germany, Japan, Norway, the United Kingdom and the United States")
R(d, "Russian Federation", "supported", GBRES, DAY, "his Government would vote against it", negated=True,
  alt=["Government members voting against: the Russian Federation and Belarus"])
R(d, "Belarus", "supported", GBRES, DAY, "Government members voting against: the Russian Federation and Belarus", negated=True)
R(d, "China", "supported", GBRES, DAY, "his Government would abstain", negated=True,
  alt=["Government members abstaining included China, India and Pakistan"])
RL(d, ["India", "Pakistan"], "supported", GBRES, DAY, "Government members abstaining included China, India and Pakistan", negated=True)
R(d, "Brazil", "supported", GBRES, None, "The Government member of Brazil did not participate in the vote", negated=True)
R(d, "Ukraine", COMMITTED, FPRW, DAY,
  "Ukraine remained committed to the ILO Declaration on Fundamental Principles and Rights at Work")

# ===================== 15 NGO statement: ICRMW at 35 =====================
d, DAY = "15.txt", "2025-12-18"
R(d, GA, "adopted", ICRMW, "1990-12-18",
  "Thirty-five years ago today, the United Nations General Assembly adopted the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW)")
R(d, "Chad", RATIFIED, ICRMW, "2025-03", "Chad ratified the Convention in March")
R(d, "Djibouti", ACCEDED, ICRMW, "2025-11", "last month Djibouti acceded to it")
SIGN5 = ["Armenia", "Cambodia", "Gabon", "Haiti", "Palau"]
RL(d, SIGN5, "signed", ICRMW, None, "Several States have signed and then stopped, namely Armenia, Cambodia, Gabon, Haiti and Palau")
RL(d, SIGN5, NOTRATIFIED, ICRMW, None, "each of them signed the Convention years ago and none has ratified it", negated=True)
R(d, "United Kingdom", "signed", ICRMW, None, "The United Kingdom has said it has \"no intention of signing\" the Convention", negated=True)
R(d, "Germany", NOTACCEDED, ICRMW, None, "Germany's Government told its parliament in June that it saw \"no need\" to accede", negated=True)
R(d, MRAI, "called-for", ICRMW, DAY, "We urge all States that have not yet done so to ratify the ICRMW")
R(d, MRAI, "welcomed", PD, DAY,
  "MRAI also continues to welcome the Progress Declaration of the International Migration Review Forum")
R(d, IMRF, "adopted", PD, "2022", "the Progress Declaration of the International Migration Review Forum, adopted in 2022", required=False)

# ===================== 16 Sri Lanka Cabinet decisions =====================
d = "16.txt"
R(d, "Sri Lanka", NOTRATIFIED, C190, None,
  "The instrument of ratification will be deposited with the Director-General of the International Labour Office once the Legal Draftsman has finalised the related amendments",
  negated=True,
  alt=["The Cabinet of Ministers approved the proposal of the Minister of Labour, Dr Anil Jayantha Fernando, to ratify the Violence and Harassment Convention, 2019 (No. 190)"])
RL(d, ["Mauritius", "South Africa", "United Kingdom"], RATIFIED, C190, None,
   "The Convention has been ratified by more than 50 countries, including Mauritius, South Africa and the United Kingdom")
R(d, "Sri Lanka", NOTRATIFIED, C189, None,
  "The Cabinet of Ministers decided to defer a decision on the ratification of the Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, "Sri Lanka", "signed", LKKR, None,
  "The Cabinet of Ministers granted approval to sign the Agreement on Social Security between the Democratic Socialist Republic of Sri Lanka and the Republic of Korea",
  negated=True, alt=["The Agreement will be signed in Seoul in early 2026"])
R(d, "Republic of Korea", "signed", LKKR, None, "The Agreement will be signed in Seoul in early 2026", negated=True, required=False)
R(d, "Sri Lanka", RATIFIED, ICRMW, "1996",
  "Sri Lanka ratified the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families in 1996")

gold.finish(MIN_CHARS, MAX_CHARS)
