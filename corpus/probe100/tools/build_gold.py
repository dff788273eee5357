#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (03, 08, 13) and three are saved HTML pages (02, 06,
15); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity (quotes from Markdown tables and from the fixed-width table of 12
are whole table rows). The .txt documents open with a metadata block (Title:/Date:/Source:), which gold.py leaves out of
the body; no quote comes from it.

Theme: labour and social rights treaties. ILO Conventions by number and name (C190, C189, C155/C187, the 2014 Protocol to
C29, C188, the MLC, C102 and the fundamental Conventions), ILO news releases on registered ratifications, a trade-union
campaign tracker and a union confederation's statement, a national labour ministry's press statement, an International
Labour Conference provisional record with record votes, Governing Body minutes, a minister's plenary statement, a
European Social Charter news page, an EU Council press release, a research network's briefings, a news-agency story, a
regional ratification audit with a status table, a government news release and a monthly bulletin (2021-2025).

Conventions of this corpus (on top of the READMEs' rules):
- A deposited or registered ratification is the State's `ratified` (RATIFIED, or ACCEPTED where the text only says
  "joined"/"accepted"); "is bound by", "is a party to", "has been a Party since" is `party` (PARTY). "Becomes the Nth State to
  be bound" is the same event as the ratification and gets no record of its own. Acceptance of the collective complaints
  procedure of the European Social Charter is the acceptance of its Additional Protocol (ACCEPTED).
- A Convention and its Protocol are different instruments: being party to C29 says nothing about the 2014 Protocol.
- At the International Labour Conference and the Governing Body a State's Government delegates' vote is the State's vote:
  for is `supported`, against or abstaining is `supported` negated with the vote's date. A group of the Conference (the
  Workers' group) voting is optional; a Conference group or a regional group welcoming an instrument is its `welcomed`.
  Adoption of a Convention, Recommendation or resolution by the Conference, and of a decision by the Council of the EU, is
  the body's `adopted`.
- Calls ("calls on", "urges", "I encourage ... to ratify", "demands that the Government ratify") are the caller's `called-for`,
  dated by the document; a call that is only announced for the future ("will use its chairmanship to encourage") and calls to
  implement, to give effect to or to put a Recommendation into practice give no record. The addressees get no record.
- Negated, planned and hedged statements ("has yet to ratify", "intends to ratify", "expects to ratify", "will study",
  "is examining", "under consideration", "not in a position to ratify", "the instrument has not yet been deposited", a
  "(p)" or "—" cell under a legend that says so) are negated records without a date. Cabinet decisions, parliamentary
  approval, legislative decrees, bills and domestic laws give no record of their own; where such a step is all the text says
  about a pending ratification, the negated ratification is optional.
- Nothing for: the ILO Director-General as depositary or registering a ratification, entry into force, hosts and venues,
  campaigns, coalitions and programmes, technical assistance, alignment with a group statement, a State's support for a
  process or for principles, counts of unnamed States, welcoming or congratulating another actor's act.
- Dates: the act's own date as the text states it; "today", "yesterday", "on Wednesday", "last week", "last July" and
  "last year" resolve against the document's date; a call takes the date of the document that makes it.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

SUP = "supported"
CALL = "called-for"
EA = ["endorsed", "adopted"]            # a State adopting a regional declaration together with its partners
MOU_SIGNED = ["signed", "endorsed"]     # signing a non-binding memorandum of understanding

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Republic of Korea", "Viet Nam", "Türkiye", "Czechia",
          "Côte d'Ivoire", "Republic of Moldova", "Eswatini", "Lao PDR", "Brunei Darussalam", "Congo", "United Republic of Tanzania",
          "Gambia", "Netherlands", "Philippines", "Mexico", "Germany", "China", "Kenya", "Chile", "Paraguay", "Bolivia",
          "Cambodia", "Thailand", "Bangladesh", "Uganda", "Burundi", "Ghana", "Colombia", "Uzbekistan", "Ecuador", "Fiji"),
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "BiH"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Jamaica": ["Jamaica"],
    "Mongolia": ["Mongolia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Peru": ["Peru", "Republic of Peru"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Myanmar": ["Myanmar"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Chad": ["Chad", "Republic of Chad"],
    "Lesotho": ["Lesotho", "Kingdom of Lesotho"],
    "Ukraine": ["Ukraine"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Poland": ["Poland", "Republic of Poland"],
    "Hungary": ["Hungary"],
    "Canada": ["Canada"],
    "Taiwan": ["Taiwan"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

ILC = ["International Labour Conference", "ILC", "Conference", "ILO", "International Labour Organization"]
GB = ["ILO Governing Body", "Governing Body", "Governing Body of the International Labour Office", "ILO"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Director-General", "Gilbert F. Houngbo", "Houngbo"]
ITUC = ["International Trade Union Confederation", "ITUC"]
EUC = ["Council of the European Union", "Council of the EU", "Council", "EU Council"]

# ---- instruments: (name as the text names it, aliases) ----
C190 = ("Violence and Harassment Convention, 2019 (No. 190)",
        ["C190", "Convention No. 190", "ILO Convention No. 190", "ILO Convention 190", "Convention 190", "Violence and Harassment Convention"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)",
        ["C189", "Convention No. 189", "ILO Convention 189", "Convention 189", "Domestic Workers Convention"])
R201 = ("Domestic Workers Recommendation, 2011 (No. 201)", ["Recommendation No. 201", "R201"])
P029 = ("Protocol of 2014 to the Forced Labour Convention, 1930",
        ["P029", "P29", "Forced Labour Protocol", "Protocol of 2014", "2014 Protocol", "Protocol of 2014 to the Forced Labour Convention"])
C029 = ("Forced Labour Convention, 1930 (No. 29)", ["C29", "C029", "Convention No. 29", "Forced Labour Convention"])
C087 = ("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
        ["C87", "C087", "Convention No. 87", "Convention 87"])
C098 = ("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)", ["C98", "C098", "Convention No. 98"])
C100 = ("Equal Remuneration Convention, 1951 (No. 100)", ["C100", "Convention No. 100", "Equal Remuneration Convention"])
C105 = ("Abolition of Forced Labour Convention, 1957 (No. 105)", ["C105", "Convention No. 105", "Abolition of Forced Labour Convention"])
C111 = ("Discrimination (Employment and Occupation) Convention, 1958 (No. 111)", ["C111", "Convention No. 111"])
C138 = ("Minimum Age Convention, 1973 (No. 138)", ["C138", "Convention No. 138", "Minimum Age Convention"])
C182 = ("Worst Forms of Child Labour Convention, 1999 (No. 182)", ["C182", "Convention No. 182", "Worst Forms of Child Labour Convention"])
C155 = ("Occupational Safety and Health Convention, 1981 (No. 155)", ["C155", "Convention No. 155", "Occupational Safety and Health Convention"])
C187 = ("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)",
        ["C187", "Convention No. 187", "Promotional Framework for Occupational Safety and Health Convention"])
C156 = ("Workers with Family Responsibilities Convention, 1981 (No. 156)", ["C156", "Convention No. 156"])
C183 = ("Maternity Protection Convention, 2000 (No. 183)", ["C183", "Convention No. 183", "Maternity Protection Convention"])
C188 = ("Work in Fishing Convention, 2007 (No. 188)", ["C188", "Convention No. 188", "Work in Fishing Convention"])
C102 = ("Social Security (Minimum Standards) Convention, 1952 (No. 102)", ["C102", "Convention No. 102"])
MLC = ("Maritime Labour Convention, 2006", ["MLC, 2006", "MLC", "Maritime Labour Convention"])
C192 = ("Biological Hazards in the Working Environment Convention, 2025",
        ["Convention No. 192", "C192", "Biological Hazards Convention", "new Convention"])
R209 = ("Biological Hazards in the Working Environment Recommendation, 2025",
        ["Recommendation No. 209", "R209", "Biological Hazards Recommendation"])
R203 = ("Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)", ["Recommendation No. 203", "R203"])
FPRW = ("ILO Declaration on Fundamental Principles and Rights at Work",
        ["Declaration on Fundamental Principles and Rights at Work", "1998 Declaration", "ILO Declaration"])
ESC = ("European Social Charter", ["1961 European Social Charter", "1961 Charter", "European Social Charter (1961)"])
RESC = ("European Social Charter (revised)", ["Revised European Social Charter", "Revised Charter", "revised Charter"])
CCP = ("Additional Protocol to the European Social Charter Providing for a System of Collective Complaints",
       ["Additional Protocol providing for a system of collective complaints", "collective complaints procedure",
        "collective complaints protocol"])
TURIN = ("Protocol amending the European Social Charter", ["Turin Protocol", "1991 Amending Protocol", "Amending Protocol"])
ISTANBUL = ("Council of Europe Convention on preventing and combating violence against women and domestic violence",
            ["Istanbul Convention"])
ICRMW = ("International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
         ["Migrant Workers Convention", "ICRMW"])
EMPTY = []

# ===================== 01 (ILO news release, three C190 ratifications at the 112th ILC, Wednesday 12 June 2024) =====================
d = "01.txt"
D = "2024-06-12"
RL(d, ["Bosnia and Herzegovina", "Côte d'Ivoire", "Jamaica"], RATIFIED, C190, D,
   "Bosnia and Herzegovina, Côte d'Ivoire and Jamaica today deposited their instruments of ratification of the Violence and Harassment Convention, 2019 (No. 190)")
# "36 ILO member States have now ratified": unnamed. Entry into force for the three (12 June 2025): nothing.
R(d, ILODG, CALL, C190, D, "I call on all member States that have not yet done so to ratify Convention No. 190")
# "to give effect to its accompanying Recommendation, No. 206": implementation, not a call to ratify; nothing.
R(d, ILC, ADOPTED, C190, "2019-06-21", "The Convention was adopted by the Conference on 21 June 2019")
R(d, "Uruguay", RATIFIED, C190, "2020-06", "one year after Uruguay became the first country to ratify it, in June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06", "Fiji followed the same month.")
for a, dt, q in [("Australia", "2023-06-12", "Australia, 12 June 2023"), ("Chile", "2023-06-12", "Chile, 12 June 2023"),
                 ("Germany", "2023-06-14", "Germany, 14 June 2023"), ("Uganda", "2023-08-07", "Uganda, 7 August 2023"),
                 ("Ireland", "2024-01-04", "Ireland, 4 January 2024"), ("Philippines", "2024-02-20", "the Philippines, 20 February 2024")]:
    R(d, a, RATIFIED, C190, dt, q, alt=["the Office has registered the following ratifications of C190"])
R(d, "Jamaica", RATIFIED, C189, "2016", "Jamaica, which ratified the Domestic Workers Convention, 2011 (No. 189) in 2016")
RL(d, ["Antigua and Barbuda", "Barbados"], RATIFIED, C190, None,
   "joins Antigua and Barbuda and Barbados among the Caribbean States that have ratified the Violence and Harassment Convention")
# The Jamaican minister who handed over the instrument: the ratification is Jamaica's (recorded above).
R(d, "Côte d'Ivoire", NOTRATIFIED, C189, None, "the Domestic Workers Convention, which it has not ratified", negated=True,
  alt=["\"expects to complete that process before the next Conference\""])
# The Presidency's decision in Bosnia and Herzegovina: domestic, nothing.
R(d, "Brazil", NOTRATIFIED, C190, None, "Brazil expects to ratify it before the end of the year", negated=True)
# The Cabinet's approval is domestic; the deposit is still to come.
R(d, "Kenya", NOTRATIFIED, C190, None, "the instrument would be deposited \"within months\"", negated=True,
  alt=["Kenya's delegation said its Cabinet had approved ratification in May"])
R(d, "Japan", NOTRATIFIED, C190, None, "Japan, where the Government has been studying the Convention since 2019, gave no timetable.",
  negated=True, required=False)
RL(d, ["Poland", "Hungary"], NOTRATIFIED, C190, None, "Neither Poland nor Hungary, both members of the European Union, has ratified C190",
   negated=True)
# The Council's authorisation of April: its decision is not named here; nothing.
R(d, "Sierra Leone", RATIFIED, C187, D,
  "Sierra Leone deposited its instrument of ratification of the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)")
R(d, "Mongolia", RATIFIED, P029, D, "Mongolia registered its ratification of the Protocol of 2014 to the Forced Labour Convention, 1930")
R(d, "Mongolia", PARTY, C029, "2005", "Mongolia has been bound by the Forced Labour Convention itself since 2005.")
for inst in (C190, C189):
    R(d, ITUC, CALL, inst, D, "The International Trade Union Confederation (ITUC) urged all governments to ratify C190 and C189 before the end of 2025")
# The Employers' group (support for implementation, ratification a national decision), the Abidjan workshop (host) and the
# Director-General as depositary: nothing.

# ===================== 02.html (ILO news page, ten years of the Domestic Workers Convention, 16 June 2021) =====================
d = "02.html"
D = "2021-06-16"
ADOPT = "2011-06-16"
R(d, ILC, ADOPTED, C189, ADOPT, "the International Labour Conference adopted the Domestic Workers Convention, 2011 (No. 189)",
  alt=["The Convention was adopted by 396 votes to 16, with 63 abstentions."])
R(d, ILC, ADOPTED, R201, ADOPT, "its accompanying Domestic Workers Recommendation, 2011 (No. 201)")
# Government delegates' votes at the adoption are the States' votes, dated by the adoption.
RL(d, ["United Kingdom", "Singapore"], SUP, C189, ADOPT, "those of the United Kingdom and Singapore abstained", negated=True)
R(d, "Eswatini", SUP, C189, ADOPT, "Swaziland cast the only government votes against", negated=True)
R(d, "United Kingdom", NOTRATIFIED, C189, None, "the United Kingdom has not ratified the Convention", negated=True)
R(d, "Uruguay", RATIFIED, C189, "2012-06-14", "Uruguay was the first country to ratify, on 14 June 2012.")
R(d, "Philippines", RATIFIED, C189, "2012-09-05", "The ratification by the Philippines on 5 September 2012 was the second",
  alt=["in Asia only the Philippines is bound by it"])
# Entry into force (5 September 2013): nothing. "35 member States": the list below names them.
AMERICAS = ("Antigua and Barbuda, Argentina, Bolivia, Brazil, Chile, Colombia, Costa Rica, Dominican Republic, Ecuador, Grenada, "
            "Guyana, Jamaica, Mexico, Nicaragua, Panama, Paraguay, Peru and Uruguay")
for a in ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Dominican Republic", "Ecuador",
          "Grenada", "Guyana", "Jamaica", "Nicaragua", "Panama", "Paraguay", "Peru"]:
    R(d, a, RATIFIED, C189, None, AMERICAS)
# Mexico's registration is dated later in the text.
R(d, "Mexico", RATIFIED, C189, "2020-07", AMERICAS, alt=["ratification, registered in July 2020, is the most recent in the Americas"])
EUROPE = "Belgium, Finland, Germany, Ireland, Italy, Malta, Norway, Portugal, Sweden and Switzerland"
for a in ["Belgium", "Finland", "Ireland", "Malta", "Norway", "Portugal", "Sweden", "Switzerland"]:
    R(d, a, RATIFIED, C189, None, EUROPE)
R(d, "Italy", RATIFIED, C189, "2013-01", EUROPE,
  alt=["Italy became the first member State of the European Union to ratify, in January 2013"])
R(d, "Germany", RATIFIED, C189, "2013-09", EUROPE, alt=["Germany followed in September of that year"])
AFRICA = "Guinea, Madagascar, Mauritius, Namibia, Sierra Leone and South Africa"
for a in ["Guinea", "Madagascar", "Mauritius", "Namibia", "South Africa"]:
    R(d, a, RATIFIED, C189, None, AFRICA)
R(d, "Sierra Leone", RATIFIED, C189, "2021-03", AFRICA, alt=["Sierra Leone is the latest, having deposited its instrument in March 2021"])
# "No Arab State has yet ratified": unnamed.
R(d, "Spain", NOTRATIFIED, C189, None,
  "it will submit the Convention to the Cortes Generales for ratification before the end of the year", negated=True)
R(d, "Thailand", NOTRATIFIED, C189, None, "the Convention is being studied by a tripartite working group", negated=True, required=False)
# Indonesia's domestic workers' protection bill: domestic, nothing.
R(d, ["ILO Director-General", "Director-General of the ILO", "Director-General", "Guy Ryder"], CALL, C189, D,
  "He called on all member States that have not yet done so to ratify the Domestic Workers Convention")
R(d, ["International Domestic Workers Federation", "IDWF"], CALL, C189, D,
  "urging governments in Asia and the Middle East to ratify C189")
# Hosting an expert meeting: nothing; the Netherlands' non-ratification is recorded. Luxembourg's cooperation agreement: nothing.
R(d, "Netherlands", NOTRATIFIED, C189, None, "The Netherlands, which hosted an expert meeting on domestic work in 2019, has not ratified C189",
  negated=True)

# ===================== 03.md (ITUC #RatifyC190 campaign tracker, updated 3 March 2025) =====================
d = "03.md"
D = "2025-03-03"
# "38 ratifications": counted, the tables name them.
for a, dt, row in [
        ("Ireland", "2024-01-04", "| Ireland | 4 Jan 2024 | first EU ratification of the year |"),
        ("Philippines", "2024-02-20", "| Philippines | 20 Feb 2024 | first in South-East Asia |"),
        ("Bosnia and Herzegovina", "2024-06-12", "| Bosnia and Herzegovina | 12 Jun 2024 | deposited at the 112th ILC |"),
        ("Côte d'Ivoire", "2024-06-12", "| Côte d'Ivoire | 12 Jun 2024 | deposited at the 112th ILC |"),
        ("Jamaica", "2024-06-12", "| Jamaica | 12 Jun 2024 | deposited at the 112th ILC |"),
        ("Kenya", "2024-09-03", "| Kenya | 3 Sep 2024 | together with C187 and P029 |"),
        ("Mongolia", "2024-11-21", "| Mongolia | 21 Nov 2024 | campaign led by CMTU |")]:
    R(d, a, RATIFIED, C190, dt, row)
for inst in (C187, P029):
    R(d, "Kenya", RATIFIED, inst, "2024-09-03", "| Kenya | 3 Sep 2024 | together with C187 and P029 |")
for year, names, q in [
        ("2020", ["Uruguay", "Fiji"], "Uruguay, Fiji"),
        ("2021", ["Argentina", "Ecuador", "Greece", "Italy", "Mauritius", "Namibia", "Somalia"],
         "Argentina, Ecuador, Greece, Italy, Mauritius, Namibia, Somalia"),
        ("2022", ["Albania", "Antigua and Barbuda", "El Salvador", "Panama", "Peru", "San Marino", "South Africa", "Spain", "United Kingdom"],
         "Albania, Antigua and Barbuda, El Salvador, Panama, Peru, San Marino, South Africa, Spain, United Kingdom"),
        ("2023", ["Australia", "Barbados", "Belgium", "Canada", "Central African Republic", "Chile", "France", "Germany", "Lesotho",
                  "Mexico", "Rwanda", "Uganda", "Nigeria"],
         "Australia, Barbados, Belgium, Canada, Central African Republic, Chile, France, Germany, Lesotho, Mexico, Rwanda, Uganda, Nigeria")]:
    RL(d, names, RATIFIED, C190, year, q)
R(d, "Brazil", NOTRATIFIED, C190, None, "the Federal Senate has yet to vote, so no instrument has been deposited", negated=True)
# Cabinet approval is a domestic step; the tracker's own note says no instrument has been registered.
R(d, "Zambia", NOTRATIFIED, C190, None, "ZCTU expects the instrument to be deposited before the June Conference", negated=True,
  alt=["Cabinet approval is a domestic step, and the ILO has registered no Zambian instrument"])
R(d, "Cambodia", NOTRATIFIED, C190, None, "the Government intends to ratify C190 \"within the current mandate\"", negated=True)
# Only the domestic steps are stated (an approving law, a pending court review): optional.
R(d, "Colombia", NOTRATIFIED, C190, None, "Congress passed the approving law in 2024; the Constitutional Court's review is pending.",
  negated=True, required=False)
R(d, "Portugal", NOTRATIFIED, C190, None, "the Government says ratification is \"a priority for 2025\"", negated=True)
RL(d, ["Poland", "Hungary"], NOTRATIFIED, C190, None, "Neither Poland nor Hungary has ratified", negated=True,
   alt=["We call on the remaining EU Member States, Poland and Hungary above all, to ratify C190 without further delay."])
# The Council's decision of April 2024 is named only as "the EU Council decision": optional.
R(d, EUC, ADOPTED, ("Council Decision authorising Member States to ratify the Violence and Harassment Convention, 2019 (No. 190)",
                    ["EU Council decision of April 2024", "decision authorising member states to ratify C190"]), "2024-04",
  "the EU Council decision of April 2024 that authorises all EU Member States to do so", required=False)
R(d, "Japan", SUP, C190, "2019", "voted for C190 at the 2019 Conference")
R(d, "Japan", NOTRATIFIED, C190, None, "but has not ratified it; the Government keeps \"studying\" the Convention", negated=True)
R(d, "Türkiye", NOTBOUND, ISTANBUL, None, "which withdrew from the Istanbul Convention in 2021", negated=True)
R(d, "Türkiye", NOTRATIFIED, C190, None, "our affiliates report no movement at all on C190", negated=True, required=False)
R(d, "India", NOTRATIFIED, C190, None, "has not ratified C190 and has said it has no plans to do so", negated=True)
R(d, "United States", SUP, C190, "2019", "voted in favour of the Convention in 2019")
R(d, "United States", NOTBOUND, C190, None, "it is not a party and no ratification is under consideration", negated=True)
# The withdrawn media report about Zambia gives nothing beyond Zambia's negated record.
R(d, ITUC, CALL, C190, D, "The ITUC calls on every government that has not yet done so to ratify C190",
  alt=["We call on the remaining EU Member States, Poland and Hungary above all, to ratify C190 without further delay."])
R(d, ITUC, CALL, C189, D, "We urge governments that ratify to ratify the Domestic Workers Convention, No. 189, at the same time")
# "implement Recommendation No. 206 in full": implementation, nothing. Luc Triangle's remark: nothing.

# ===================== 04 (Kenya, Ministry of Labour and Social Protection press statement, Nairobi, Wednesday 4 September 2024) =====================
d = "04.txt"
D = "2024-09-04"
Y = "2024-09-03"  # "yesterday"
R(d, "Kenya", RATIFIED, C190, Y, "Kenya's instruments of ratification of: (a) the Violence and Harassment Convention, 2019 (No. 190);",
  alt=["With yesterday's deposits, Kenya also becomes the second Partner State of the East African Community, after Uganda, to ratify C190."])
R(d, "Kenya", RATIFIED, C187, Y, "(b) the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187); and")
R(d, "Kenya", RATIFIED, P029, Y, "(c) the Protocol of 2014 to the Forced Labour Convention, 1930.",
  alt=["By ratifying the Protocol of 2014, Kenya strengthens its long-standing commitment"])
# The National Assembly's approval under the Treaty Making and Ratification Act and the Cabinet's approval: domestic, nothing.
R(d, "Kenya", SUP, C190, "2019-06", "Kenya voted for this Convention at the Centenary Conference in June 2019")
R(d, "Uganda", RATIFIED, C190, "2023-08", "Uganda ratified the Convention in August 2023.")
RL(d, ["United Republic of Tanzania", "Burundi"], NOTRATIFIED, C190, None,
   "The United Republic of Tanzania and Burundi have yet to ratify it.", negated=True)
# "will use its chairmanship ... to encourage the Partner States that have not yet done so to ratify": a call only announced
# for the future, nothing. Hosting the Mombasa forum: nothing.
R(d, "Kenya", PARTY, C029, "1964", "the Forced Labour Convention, 1930 (No. 29), to which Kenya has been a party since 1964")
BOUND = "Kenya is bound by seven of the eight original fundamental Conventions of the ILO"
for inst, q in [(C098, "the Right to Organise and Collective Bargaining Convention (No. 98)"),
                (C100, "the Equal Remuneration Convention (No. 100)"),
                (C105, "the Abolition of Forced Labour Convention (No. 105)"),
                (C111, "the Discrimination (Employment and Occupation) Convention (No. 111)"),
                (C138, "the Minimum Age Convention (No. 138)"),
                (C182, "the Worst Forms of Child Labour Convention (No. 182)")]:
    R(d, "Kenya", PARTY, inst, None, BOUND, alt=[q])
R(d, "Kenya", NOTRATIFIED, C087, None, "is not yet ratified; the Government has referred it to the National Labour Board for advice",
  negated=True)
R(d, "Kenya", NOTRATIFIED, C155, None, "Kenya has not ratified the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True,
  alt=["the Ministry expects to submit it to Cabinet thereafter"])
R(d, "Kenya", NOTRATIFIED, C189, None, "The Government further intends to ratify the Domestic Workers Convention, 2011 (No. 189).",
  negated=True)
# COTU-K welcoming the deposits, FKE's support for "the ratification process", the ILO's technical support and entry into
# force: nothing.

# ===================== 05 (ILC 113th Session, Provisional Record 12A, record votes on biological hazards, Friday 13 June 2025) =====================
d = "05.txt"
D = "2025-06-13"
R(d, ILC, ADOPTED, C192, D, "the Biological Hazards in the Working Environment Convention, 2025, is adopted.")
R(d, ILC, ADOPTED, R209, D, "The Recommendation is adopted.")
# "451 votes in favour", "462 votes in favour": unnamed. Government delegates' votes are the States' votes.
for inst in (C192, R209):
    R(d, "United States", SUP, inst, D, "Against: United States (2)",
      alt=["The United States voted against both instruments."], negated=True)
R(d, "United States", NOTRATIFIED, C192, None, "the United States will not ratify it", negated=True)
CONV_ABST = "Abstentions: Argentina (2), Bahrain (1), India (2), Malaysia (1), Qatar (2), Switzerland (1)"
ALTS05 = {"Argentina": ["My Government abstained on both texts."], "India": ["abstained on the Convention"],
          "Switzerland": ["One of our Government delegates abstained on the Convention"]}
for a in ["Argentina", "Bahrain", "India", "Malaysia", "Qatar", "Switzerland"]:
    R(d, a, SUP, C192, D, CONV_ABST, negated=True, alt=ALTS05.get(a))
for a in ["Argentina", "Bahrain", "Qatar"]:
    R(d, a, SUP, R209, D, "Abstentions: Argentina (2), Bahrain (1), Qatar (1)", negated=True,
      alt=["My Government abstained on both texts."] if a == "Argentina" else None)
# Not in a position "to take on new international obligations in this area": a ratification ruled out for now (optional).
R(d, "Argentina", NOTRATIFIED, C192, None,
  "Argentina is not in a position to take on new international obligations in this area at this time", negated=True, required=False)
R(d, "India", SUP, R209, D, "India supported the Recommendation")
R(d, "Switzerland", SUP, R209, D, "Switzerland voted for the Recommendation.")
# The EU welcomes "the adoption" of the instruments (the Conference's act, or the instruments themselves): optional.
# The States aligning themselves with the EU statement: nothing.
EUW = "The EU and its Member States welcome the adoption of the Biological Hazards in the Working Environment Convention and its Recommendation."
R(d, "European Union", "welcomed", C192, D, EUW, required=False)
R(d, "European Union", "welcomed", R209, D, EUW, required=False)
R(d, ["GRULAC", "Group of Latin American and Caribbean States"], "welcomed", C192, D, "GRULAC welcomes the new Convention")
for inst in (C192, R209):
    R(d, "Brazil", SUP, inst, D, "Brazil voted in favour of both instruments")
R(d, "Brazil", NOTRATIFIED, C192, None, "the Government will submit the Convention to the National Congress with a view to ratification",
  negated=True)
for inst in (C192, R209):
    R(d, "Japan", SUP, inst, D, "Japan voted in favour of the Convention and the Recommendation.")
R(d, "Japan", NOTRATIFIED, C192, None, "The Government of Japan will carefully examine the possibility of ratification", negated=True)
R(d, "Kenya", SUP, C192, D, "Kenya voted in favour.")
R(d, "Kenya", SUP, R209, D, "Kenya voted in favour.", required=False)
R(d, "Kenya", RATIFIED, C187, "2024",
  "Having ratified the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) last year")
R(d, "China", SUP, C192, D, "China voted in favour of the Convention.")
R(d, "China", PARTY, C155, None, "China is a party to the Occupational Safety and Health Convention, 1981 (No. 155)")
R(d, "China", NOTRATIFIED, C192, None, "will study the new instrument in the light of its national circumstances", negated=True)
WG = ["Workers' group", "Workers' group of the International Labour Conference", "Worker members"]
for inst in (C192, R209):
    R(d, WG, SUP, inst, D, "The Workers' group voted unanimously for both texts.", required=False)
R(d, WG, CALL, C192, D, "We call on all member States to ratify the new Convention swiftly")
# "A majority of Employer delegates abstained": unnamed. The report of the platform-economy committee: a report, nothing.

# ===================== 06.html (Council of Europe, European Social Charter news page, Strasbourg, Friday 18 October 2024) =====================
d = "06.html"
D = "2024-10-18"
R(d, "Czechia", RATIFIED, RESC, D,
  "today deposited with the Secretary General the instrument of ratification of the European Social Charter (revised)")
R(d, "Czechia", "signed", RESC, "2000-11-04", "The Czech Republic signed the Revised Charter on 4 November 2000.")
R(d, "Czechia", PARTY, ESC, "1999", "which has been a Party to the 1961 European Social Charter since 1999")
R(d, "Czechia", ACCEPTED, CCP, "2012", "accepted the Additional Protocol providing for a system of collective complaints in 2012",
  alt=["Belgium, Bulgaria, Croatia, Cyprus, the Czech Republic, Finland, France, Greece, Ireland, Italy, the Netherlands, Norway, Portugal, Slovenia, Spain and Sweden"])
# "becomes the 30th State to be bound by the Revised Charter": the same event. Entry into force, the accepted paragraphs: nothing.
SGCOE = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Secretary General", "Alain Berset"]
R(d, SGCOE, CALL, RESC, D, "I encourage all member States that have not yet done so to ratify the Revised European Social Charter")
R(d, SGCOE, CALL, CCP, D, "and to accept the collective complaints procedure")
SIX = ("six member States remain bound only by the 1961 Charter and have not ratified the Revised Charter: "
       "Croatia, Denmark, Iceland, Luxembourg, Poland and the United Kingdom")
for a in ["Croatia", "Denmark", "Iceland", "Luxembourg", "Poland", "United Kingdom"]:
    R(d, a, PARTY, ESC, None, SIX)
    R(d, a, NOTRATIFIED, RESC, None, SIX, negated=True,
      alt=["ratification of the Revised Charter is under preparation in her ministry"] if a == "Poland" else None)
R(d, "United Kingdom", "signed", RESC, "1997", "the United Kingdom signed the Revised Charter in 1997")
R(d, "Switzerland", "signed", ESC, "1976", "Switzerland signed the 1961 Charter in 1976 but has never ratified it.")
R(d, "Switzerland", NOTRATIFIED, ESC, None, "Switzerland signed the 1961 Charter in 1976 but has never ratified it.", negated=True)
R(d, "Liechtenstein", "signed", ESC, "1991", "Liechtenstein signed the 1961 Charter in 1991")
R(d, "Liechtenstein", NOTRATIFIED, ESC, None, "none of the three has ratified", negated=True)
RL(d, ["Monaco", "San Marino"], "signed", RESC, None, "Monaco and San Marino have signed the Revised Charter")
RL(d, ["Monaco", "San Marino"], NOTRATIFIED, RESC, None, "none of the three has ratified", negated=True)
CCP16 = ("Belgium, Bulgaria, Croatia, Cyprus, the Czech Republic, Finland, France, Greece, Ireland, Italy, the Netherlands, Norway, "
         "Portugal, Slovenia, Spain and Sweden")
for a in ["Belgium", "Bulgaria", "Croatia", "Cyprus", "Finland", "France", "Greece", "Ireland", "Italy", "Netherlands", "Norway",
          "Portugal", "Slovenia", "Sweden"]:
    R(d, a, ACCEPTED, CCP, None, CCP16)
R(d, "Spain", ACCEPTED, CCP, "2021", CCP16, alt=["his country ratified the Revised Charter and accepted the procedure in 2021"])
# Finland's declaration on national NGOs: nothing. The Turin Protocol is not in force: the four States named have not ratified it.
RL(d, ["Denmark", "Germany", "Luxembourg", "United Kingdom"], NOTRATIFIED, TURIN, None,
   "Denmark, Germany, Luxembourg and the United Kingdom have not ratified the Turin Protocol", negated=True)
# The Committee of Ministers' decision on applying the Turin Protocol: nothing.
R(d, "Ukraine", RATIFIED, RESC, "2006", "Ukraine, which ratified the Revised Charter in 2006")
R(d, "Ukraine", ACCEPTED, CCP, None, "announced that it would accept the collective complaints procedure in 2025", negated=True)
R(d, "Spain", RATIFIED, RESC, "2021", "his country ratified the Revised Charter and accepted the procedure in 2021")
R(d, "Germany", RATIFIED, RESC, "2021", "Germany, which ratified the Revised Charter the same year")
R(d, "Germany", ACCEPTED, CCP, None, "the procedure but had taken no decision", negated=True)
# The European Committee of Social Rights' examination of the first Czech report: nothing.

# ===================== 07 (JTUC-Rengo Secretary General's statement, Tokyo, Monday 25 November 2024) =====================
d = "07.txt"
D = "2024-11-25"
RENGO = ["JTUC-Rengo", "Rengo", "Japanese Trade Union Confederation"]
R(d, RENGO, CALL, C190, D,
  "JTUC-Rengo once again calls on the Government of Japan to ratify the ILO Violence and Harassment Convention, 2019 (No. 190) without further delay",
  alt=["ratify C190 and C111 during the current Diet term"])
R(d, "Japan", SUP, C190, "2019-06", "In June 2019 the Government delegates of Japan voted in favour of the Convention")
R(d, "Japan", NOTRATIFIED, C190, None, "Japan still has not ratified it", negated=True,
  alt=["the Government \"will continue to study\" the Convention"])
# The 2019 amendments to the Act on Comprehensive Promotion of Labour Policies: domestic, nothing.
R(d, "Japan", RATIFIED, C105, "2022-07-19",
  "The ratification by Japan of the Abolition of Forced Labour Convention, 1957 (No. 105), registered on 19 July 2022")
R(d, "Japan", RATIFIED, C187, "2007",
  "Japan ratified the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187) in 2007.")
R(d, "Japan", NOTBOUND, C111, None,
  "Japan is still not a party to two of the ten fundamental Conventions: the Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
  negated=True)
R(d, "Japan", NOTBOUND, C155, None, "and the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True,
  alt=["Japan is still not a party to two of the ten fundamental Conventions"])
R(d, "Japan", PARTY, C029, "1932", "Japan has been a party to the Forced Labour Convention, 1930 (No. 29) since 1932")
R(d, "Japan", NOTRATIFIED, P029, None, "it has not ratified the 2014 Protocol to that Convention", negated=True,
  alt=["was \"considering\" the Protocol together with C190"])
R(d, "Japan", RATIFIED, C156, "1995", "Japan ratified the Workers with Family Responsibilities Convention, 1981 (No. 156) in 1995")
RL(d, ["Japan"], NOTRATIFIED, C183, None,
   "it has ratified neither the Maternity Protection Convention, 2000 (No. 183) nor the Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, "Japan", NOTRATIFIED, C189, None,
  "it has ratified neither the Maternity Protection Convention, 2000 (No. 183) nor the Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, "Philippines", RATIFIED, C190, "2024-02", "The Philippines registered its ratification of C190 in February 2024")
# "last week, on 21 November" against Monday 25 November 2024.
R(d, "Mongolia", RATIFIED, C190, "2024-11-21", "Mongolia followed last week, on 21 November")
for inst in (C029, C087, C098):
    R(d, "Republic of Korea", RATIFIED, inst, "2021-04", "which in April 2021 ratified Conventions Nos 29, 87 and 98 in a single step")
R(d, "Republic of Korea", NOTRATIFIED, C190, None, "has not yet ratified C190 either", negated=True,
  alt=["the Korean Government has said it will review ratification after revising its Labour Standards Act"])
R(d, RENGO, CALL, C111, D, "ratify C190 and C111 during the current Diet term")
R(d, RENGO, CALL, C155, D, "ratify C155 and the Protocol of 2014 to the Forced Labour Convention by the end of 2025")
R(d, RENGO, CALL, P029, D, "ratify C155 and the Protocol of 2014 to the Forced Labour Convention by the end of 2025")
R(d, RENGO, CALL, C183, D, "set out a timetable for ratifying C183 and C189")
R(d, RENGO, CALL, C189, D, "set out a timetable for ratifying C183 and C189")
# Keidanren "does not oppose" ratification and Rengo welcoming that position: nothing. The campaign and the 8 March actions: nothing.

# ===================== 08.md (Decent Work Observatory briefing, ten years of the Forced Labour Protocol, Geneva, 11 June 2024) =====================
d = "08.md"
D = "2024-06-11"
R(d, ILC, ADOPTED, P029, "2014-06-11", "The Protocol was adopted by 437 votes to 8, with 27 abstentions.")
R(d, ILC, ADOPTED, R203, "2014-06-11", "together with the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)")
# "C29 itself has 181 ratifications ... the Protocol has 57": unnamed. Entry into force (9 November 2016): nothing.
R(d, "Niger", RATIFIED, P029, "2015", "Niger was the first State to ratify the Protocol, in 2015.")
R(d, "Norway", RATIFIED, P029, "2015", "Norway followed the same year")
R(d, "United Kingdom", RATIFIED, P029, "2016-01", "and the United Kingdom in January 2016",
  alt=["Six G20 members are bound by the Protocol: Argentina, Canada, France, Germany, South Africa and the United Kingdom."])
for a, dt, row in [("Sudan", "2024-03", "| Africa | 17 | Sudan (March 2024) |"),
                   ("Jamaica", "2024-01", "| Americas | 8 | Jamaica (January 2024) |"),
                   ("Bangladesh", "2022-01", "| Asia and the Pacific | 4 | Bangladesh (January 2022) |"),
                   ("Bosnia and Herzegovina", "2023-10", "| Europe and Central Asia | 28 | Bosnia and Herzegovina (October 2023) |")]:
    R(d, a, RATIFIED, P029, dt, row)
# "No member State in the Arab States region has ratified": unnamed; Jordan's and Qatar's sponsorship reforms: domestic.
RL(d, ["Argentina", "Canada", "France", "Germany", "South Africa"], PARTY, P029, None,
   "Six G20 members are bound by the Protocol: Argentina, Canada, France, Germany, South Africa and the United Kingdom.")
SEVEN = "China, India, Indonesia, Japan, the Republic of Korea, Saudi Arabia and the United States have not ratified it."
ALT08 = {"United States": ["It cannot ratify the Protocol without first joining C29"],
         "China": ["officials say the Protocol will be \"studied\""],
         "India": ["Neither has signalled any intention to ratify the Protocol."],
         "Japan": ["Neither has signalled any intention to ratify the Protocol."],
         "Republic of Korea": ["the Protocol was not part of that package"]}
for a in ["China", "India", "Indonesia", "Japan", "Republic of Korea", "Saudi Arabia", "United States"]:
    R(d, a, NOTRATIFIED, P029, None, SEVEN, negated=True, alt=ALT08.get(a))
R(d, "United States", NOTRATIFIED, C029, None, "has never ratified C29 at all", negated=True)
R(d, "United States", RATIFIED, C105, "1991", "although it ratified the Abolition of Forced Labour Convention, 1957 (No. 105) in 1991")
for inst in (C029, C105):
    R(d, "China", RATIFIED, inst, "2022-08", "ratified both C29 and C105 in August 2022")
# The ILO welcoming China's move: nothing.
R(d, "India", PARTY, C029, "1954", "India has been bound by C29 since 1954")
R(d, "Japan", PARTY, C029, "1932", "and Japan since 1932")
R(d, "Republic of Korea", RATIFIED, C029, "2021-04", "The Republic of Korea ratified C29 in April 2021")
for inst in (C087, C098):
    R(d, "Republic of Korea", RATIFIED, inst, "2021-04", "together with Conventions Nos 87 and 98")
R(d, "Mongolia", NOTRATIFIED, P029, None, "the President has signed the instrument, which is expected to be registered in Geneva this week",
  negated=True)
R(d, "Kenya", NOTRATIFIED, P029, None, "the Cabinet approved ratification in May; the instrument has not yet been deposited", negated=True)
R(d, "Uganda", NOTRATIFIED, P029, None, "the labour ministry says ratification is \"at an advanced stage\"", negated=True)
# The 50 for Freedom campaign (ILO, ITUC, IOE) and its target: a campaign, nothing.
R(d, ["Decent Work Observatory"], CALL, P029, D,
  "We call on all G20 members that have not yet done so to ratify the Protocol")
# "put Recommendation No. 203 into practice": implementation, nothing. The Fortaleza meeting: a venue, nothing.

# ===================== 09 (ILO Governing Body, 350th Session, Institutional Section minutes, item discussed 14 March 2024) =====================
d = "09.txt"
D = "2024-03-14"
# "29 ratifications of Conventions Nos 155 and 187": unnamed.
GBW = ["Workers' group", "Workers' group of the Governing Body", "Worker members", "Worker Vice-Chairperson"]
for inst in (C087, C098):
    R(d, GBW, CALL, inst, D,
      "The Workers' group urged all member States that had not yet done so to ratify Conventions Nos 87 and 98 as a matter of priority.")
# The Employers' group's support for technical assistance: nothing. "14 African member States": unnamed.
R(d, "Ghana", RATIFIED, C155, "2023-12", "Ghana itself had ratified Convention No. 155 in December 2023")
R(d, "Ghana", NOTRATIFIED, C187, None, "intended to ratify Convention No. 187 before the end of 2024", negated=True)
# The EU statement ("all 27 Member States": unnamed) and the States aligning themselves with it: nothing.
for inst in (C029, C105):
    R(d, "China", RATIFIED, inst, "2022",
      "his country had ratified the Forced Labour Convention, 1930 (No. 29), and the Abolition of Forced Labour Convention, 1957 (No. 105), in 2022")
for inst in (C087, C098):
    R(d, "China", NOTRATIFIED, inst, None, "was actively studying the possibility of ratifying Conventions Nos 87 and 98", negated=True)
for inst in (C138, C182):
    R(d, "India", RATIFIED, inst, "2017-06",
      "most recently the Minimum Age Convention, 1973 (No. 138) and the Worst Forms of Child Labour Convention, 1999 (No. 182), in June 2017")
for inst in (C087, C098):
    R(d, "India", NOTRATIFIED, inst, None, "India was not in a position to ratify Conventions Nos 87 and 98", negated=True)
for inst in (C105, C182):
    R(d, "United States", RATIFIED, inst, None,
      "her country had ratified two fundamental Conventions, the Abolition of Forced Labour Convention, 1957 (No. 105) and the Worst Forms of Child Labour Convention, 1999 (No. 182)")
# "respected the principles of the other Conventions through domestic law": nothing.
R(d, "Brazil", RATIFIED, C155, "1992", "Brazil had ratified Convention No. 155 in 1992")
R(d, "Brazil", NOTRATIFIED, C187, None, "consultations on Convention No. 187 had begun with the social partners", negated=True, required=False)
R(d, "Brazil", NOTRATIFIED, C087, None, "Brazil had not ratified Convention No. 87", negated=True)
R(d, "Bangladesh", RATIFIED, P029, "2022-01",
  "his country had ratified the Protocol of 2014 to the Forced Labour Convention in January 2022")
R(d, "Bangladesh", RATIFIED, C138, "2022-03", "the Minimum Age Convention, 1973 (No. 138) in March of the same year")
for inst in (C155, C187):
    R(d, "Bangladesh", NOTRATIFIED, inst, None, "Bangladesh would consider Conventions Nos 155 and 187", negated=True)
R(d, "Viet Nam", RATIFIED, C098, "2019", "his country had ratified Convention No. 98 in 2019")
R(d, "Viet Nam", RATIFIED, C105, "2020", "and Convention No. 105 in 2020")
R(d, "Viet Nam", NOTRATIFIED, C087, None,
  "The ratification of Convention No. 87, initially scheduled for 2023, had been postponed pending the revision of the Trade Union Law.",
  negated=True)
for inst in (C029, C087, C098):
    R(d, "Republic of Korea", RATIFIED, inst, "2021-04", "his Government had ratified Conventions Nos 29, 87 and 98 in April 2021")
# "had acceded to no new Conventions in 2023": no instrument named.
R(d, "Uzbekistan", NOTRATIFIED, C155, None, "the ratification of Convention No. 155 was under consideration by the Oliy Majlis", negated=True)
# GRULAC welcoming the ratifications in the region: another actor's acts, nothing.
for inst in (C155, C187):
    R(d, GB, CALL, inst, D, "called upon member States that had not yet done so to ratify Conventions Nos 155 and 187")
R(d, GB, CALL, P029, D, "to consider ratifying the Protocol of 2014 to the Forced Labour Convention, 1930")
# Taking note and requesting the Director-General to continue technical assistance: nothing.

# ===================== 10 (news-agency story, Brazil's Chamber of Deputies approves C190, Brasília, Thursday 17 October 2024) =====================
d = "10.txt"
D = "2024-10-17"
# The Chamber's vote on the legislative decree (Wednesday), the Senate and promulgation are domestic; the ratification is pending.
R(d, "Brazil", NOTRATIFIED, C190, None,
  "approved the legislative decree that would allow the country to ratify International Labour Organization Convention 190", negated=True,
  alt=["the government wants the deposit done \"by March 8 next year, at the latest\""])
# Sending the convention to Congress (March 2023): domestic.
R(d, "Brazil", SUP, C190, "2019-06",
  "Brazil's government delegates voted for the convention when it was adopted at the International Labour Conference in Geneva in June 2019")
R(d, ILC, ADOPTED, C190, "2019-06", "when it was adopted at the International Labour Conference in Geneva in June 2019")
R(d, "Uruguay", RATIFIED, C190, "2020-06", "Uruguay became the first country in the world to ratify C190, in June 2020",
  alt=["only Argentina and Uruguay have ratified C190"])
R(d, "Argentina", RATIFIED, C190, "2021-02", "Argentina followed in February 2021")
RL(d, ["Ecuador", "Peru", "Chile"], RATIFIED, C190, None, "Ecuador, Peru and Chile have also ratified it since.")
R(d, "Colombia", NOTRATIFIED, C190, None, "the ratification awaits review by the Constitutional Court", negated=True)
RL(d, ["Paraguay", "Bolivia"], NOTRATIFIED, C190, None, "Paraguay and Bolivia have not ratified the convention", negated=True)
R(d, "Brazil", RATIFIED, C189, "2018-01", "Brazil ratified ILO Convention 189 on domestic workers in January 2018",
  alt=["all four have ratified C189"])
# The 2013 constitutional amendment and the 2015 law: domestic.
R(d, "Brazil", NOTRATIFIED, C087, None, "Brazil has never ratified Convention 87 on freedom of association", negated=True)
# CUT calls on the Senate (a domestic body) to approve the convention: a call for ratification (optional).
R(d, ["Central Única dos Trabalhadores", "CUT", "Sérgio Nobre"], CALL, C190, D,
  "called on the Senate to approve the convention \"before the end of the legislative year\"", required=False)
# CNI "did not oppose ratification" and the Minister for Women's remarks: nothing.
MSLD = ("Mercosur Socio-Labour Declaration", ["revised Mercosur Socio-Labour Declaration", "Socio-Labour Declaration of Mercosur"])
RL(d, ["Argentina", "Brazil", "Paraguay", "Uruguay"], SIGNED_DECL, MSLD, "2015-07",
   "Argentina, Brazil, Paraguay and Uruguay — signed the revised Mercosur Socio-Labour Declaration in Brasília in July 2015")
# "committing themselves to promote decent work and the ILO's fundamental principles": principles, nothing. Union leaders at the
# Forum (unnamed) calling on the four governments: no named caller.
R(d, "Paraguay", RATIFIED, C189, "2013", "Paraguay having done so in 2013")
R(d, "Argentina", RATIFIED, C189, "2014", "and Argentina in 2014")
R(d, "Uruguay", RATIFIED, C189, None, "all four have ratified C189")

# ===================== 11 (Council of the EU press release 312/24, authorisation to ratify C190, Monday 15 April 2024) =====================
d = "11.txt"
D = "2024-04-15"
EUDEC = ("Council Decision authorising Member States to ratify the Violence and Harassment Convention, 2019 (No. 190)",
         ["decision authorising member states to ratify C190", "Council decision on ILO Convention No. 190",
          "decision authorising member states to ratify, in the interests of the European Union, the Violence and Harassment Convention"])
R(d, EUC, ADOPTED, EUDEC, D,
  "The Council today adopted a decision authorising member states to ratify, in the interests of the European Union, the International Labour Organization's Violence and Harassment Convention, 2019 (No. 190)")
R(d, "Hungary", SUP, EUDEC, D, "Hungary voted against", negated=True)
RL(d, ["Bulgaria", "Slovakia"], SUP, EUDEC, D, "Bulgaria and Slovakia abstained", negated=True)
R(d, ["Belgium", "Belgian presidency", "Pierre-Yves Dermagne", "Council of the European Union"], CALL, C190, D,
  "I call on all those that have not yet done so to ratify it before the end of this year")
SEVEN11 = ("Greece and Italy in 2021, Spain in 2022, Belgium, France and Germany in 2023, and Ireland in January this year")
for a, dt in [("Greece", "2021"), ("Italy", "2021"), ("Spain", "2022"), ("Belgium", "2023"), ("France", "2023"), ("Germany", "2023"),
              ("Ireland", "2024-01")]:
    R(d, a, RATIFIED, C190, dt, SEVEN11)
RL(d, ["Czechia", "Portugal"], NOTRATIFIED, C190, None, "Czechia and Portugal intend to deposit their instruments in 2025", negated=True)
R(d, "Netherlands", NOTRATIFIED, C190, None, "the Netherlands has submitted a ratification bill to its parliament", negated=True,
  alt=["Several others have announced their intention to ratify."])
R(d, "Hungary", NOTRATIFIED, C190, None, "Hungary has indicated that it does not intend to ratify the convention.", negated=True)
# The Commission's proposal (January 2020): a proposal, nothing.
R(d, "European Union", NOTBOUND, C190, None, "The European Union itself cannot become a party to ILO conventions", negated=True,
  required=False)
R(d, ILC, ADOPTED, C190, "2019-06-21", "The convention was adopted by the International Labour Conference on 21 June 2019")
# Recommendation No. 206 (not binding), the violence against women directive (EU law): nothing.
R(d, "European Union", ACCEPTED, ISTANBUL, "2023-06-28",
  "On 28 June 2023, the EU deposited its instrument of approval of the Council of Europe Convention on preventing and combating violence against women and domestic violence")
FIVE = ["Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
QFIVE = "Bulgaria, Czechia, Hungary, Lithuania and Slovakia – have signed but not ratified the Istanbul Convention"
RL(d, FIVE, "signed", ISTANBUL, None, QFIVE)
RL(d, FIVE, NOTRATIFIED, ISTANBUL, None, QFIVE, negated=True)
R(d, "Latvia", RATIFIED, ISTANBUL, "2023", "Latvia ratified it in 2023.")
# Publication in the Official Journal: nothing. "Member states are invited to deposit their instruments": the press release's
# (the Council's) invitation (optional).
R(d, EUC, CALL, C190, D, "Member states are invited to deposit their instruments of ratification with the Director-General of the International Labour Office as soon as possible.",
  required=False)

# ===================== 12 (ASEAN Trade Union Council, ratification audit, Annex 2 table and country notes, 20 January 2025) =====================
d = "12.txt"
D = "2025-01-20"
# "only 9 had been registered": the table names them. Legend: a year = registered ratification; "—" = not ratified; "(p)" =
# approved by the legislature, no instrument registered (not ratified).
ROWS12 = [
    ("Brunei Darussalam", "Brunei Darussalam      —       —       —       —", [None, None, None, None]),
    ("Cambodia", "Cambodia               —       (p)     —       —", [None, None, None, None]),
    ("Indonesia", "Indonesia              —       2015    —       —", [None, "2015", None, None]),
    ("Lao PDR", "Lao PDR                —       —       —       —", [None, None, None, None]),
    ("Malaysia", "Malaysia               —       2012    2022    —", [None, "2012", "2022", None]),
    ("Myanmar", "Myanmar                —       —       —       —", [None, None, None, None]),
    ("Philippines", "Philippines            —       —       —       2024", [None, None, None, "2024"]),
    ("Singapore", "Singapore              —       2012    —       —", [None, "2012", None, None]),
    ("Thailand", "Thailand               —       2016    2018    —", [None, "2016", "2018", None]),
    ("Viet Nam", "Viet Nam               1994    2014    —       —", ["1994", "2014", None, None]),
]
NONE3 = "Three member States (Brunei Darussalam, Lao PDR and Myanmar) have ratified none of them."
ALTS12 = {
    ("Cambodia", "C187"): ["the Ministry of Labour and Vocational Training expects to deposit the instrument in the first half of 2025"],
    ("Cambodia", "C190"): ["Cambodia also intends to ratify C190"],
    ("Malaysia", "P029"): ["Malaysia's ratification of the Forced Labour Protocol in 2022"],
    ("Malaysia", "C155"): ["ratification of C155 \"will be considered"],
    ("Philippines", "C190"): ["The Philippines remains the only ASEAN member State to have ratified C190"],
    ("Thailand", "C155"): ["has not ratified C155 despite a recommendation by its National Human Rights Commission"],
    ("Viet Nam", "C155"): ["Viet Nam is the only ASEAN member State bound by both C155 and C187."],
    ("Viet Nam", "C187"): ["Viet Nam is the only ASEAN member State bound by both C155 and C187."],
    ("Viet Nam", "P029"): ["It is not a party to the Forced Labour Protocol"],
}
for state, row, dates in ROWS12:
    for (key, inst), dt in zip((("C155", C155), ("C187", C187), ("P029", P029), ("C190", C190)), dates):
        alts = list(ALTS12.get((state, key), []))
        if state in ("Brunei Darussalam", "Lao PDR", "Myanmar"):
            alts.append(NONE3)
        if dt is None:
            R(d, state, NOTRATIFIED, inst, None, row, negated=True, alt=alts or None)
        else:
            R(d, state, RATIFIED, inst, dt, row, alt=alts or None)
# Cambodia's National Assembly approval (November 2024): domestic. Malaysia's National Action Plan and OSH Act: domestic.
R(d, "Philippines", RATIFIED, C189, "2012",
  "it is also the only one to have ratified the Domestic Workers Convention, 2011 (No. 189), which it did in 2012")
R(d, "Thailand", RATIFIED, C188, "2019-01", "Thailand ratified the Work in Fishing Convention, 2007 (No. 188) in January 2019")
R(d, "Viet Nam", RATIFIED, C105, "2020", "although it ratified the Abolition of Forced Labour Convention, 1957 (No. 105) in 2020")
ASEANC = ("ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", ["ASEAN Consensus"])
R(d, ["ASEAN", "Association of Southeast Asian Nations", "ASEAN leaders"], SIGNED_DECL, ASEANC, "2017-11-14",
  "ASEAN leaders signed the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers in Manila on 14 November 2017.")
# The ASEAN Labour Ministers' Meeting's action plan is not named: nothing.
ATUC = ["ASEAN Trade Union Council", "ATUC"]
QATUC = "ATUC calls on all ASEAN member States that have not yet done so to ratify C155, C187, the Forced Labour Protocol and C190 by the end of 2027"
for inst in (C155, C187, P029, C190):
    R(d, ATUC, CALL, inst, D, QATUC)
# The call on ministers to put ratification on an agenda, and Malaysia hosting the 2025 meeting: nothing.

# ===================== 13.md (Seafarers' and Fishers' Rights Network briefing note, C188 and the Forced Labour Protocol, Brussels, 15 May 2025) =====================
d = "13.md"
D = "2025-05-15"
# "Only 22 States are bound" in the key points: the list below names them.
R(d, ILC, ADOPTED, C188, "2007-06-14", "The International Labour Conference adopted C188 on 14 June 2007.")
R(d, "Argentina", RATIFIED, C188, "2011", "Argentina was the first State to ratify it, in 2011.")
R(d, "Lithuania", RATIFIED, C188, "2016-11-16", "Lithuania's ratification on 16 November 2016, the tenth")
# Entry into force (16 November 2017): nothing.
DEC2010 = ("Council Decision 2010/321/EU", ["Decision 2010/321/EU", "Council decision authorising member States to ratify C188"])
R(d, EUC, ADOPTED, DEC2010, "2010-06", "through Council Decision 2010/321/EU, adopted in June 2010")
# Directive (EU) 2017/159 giving effect to the social partners' agreement: EU law, nothing.
LIST22 = ("The 22 States bound by C188 as at 1 May 2025 are Angola, Argentina, Bosnia and Herzegovina, the Congo, Denmark, Estonia, "
          "France, Ireland, Italy, Kenya, Lithuania, Morocco, Namibia, the Netherlands, Norway, Poland, Portugal, Senegal, South Africa, "
          "Spain, Thailand and the United Kingdom.")
for a in ["Angola", "Bosnia and Herzegovina", "Congo", "Denmark", "Estonia", "France", "Ireland", "Italy", "Kenya", "Morocco", "Namibia",
          "Netherlands", "Norway", "Poland", "Portugal", "Senegal", "South Africa", "Spain", "United Kingdom"]:
    R(d, a, PARTY, C188, None, LIST22)
R(d, "Thailand", RATIFIED, C188, "2019-01", "Thailand's ratification in January 2019 made it the first Asian State to join.", alt=[LIST22])
R(d, "Thailand", RATIFIED, P029, "2018-06", "Thailand had ratified the Forced Labour Protocol in June 2018")
# The European Commission's "yellow card": nothing.
RL(d, ["China", "Indonesia"], NOTRATIFIED, C188, None,
   "Neither China nor Indonesia, the two largest producers of wild-caught fish, has ratified C188.", negated=True,
   alt=["its Ministry of Manpower said in March that it is preparing ratification of C188 \"in stages\""])
RL(d, ["Republic of Korea", "Japan"], NOTRATIFIED, C188, None,
   "The Republic of Korea and Japan, which operate large distant-water fleets, have not ratified it either.", negated=True,
   alt=["the Korean Government has told unions that C188 is \"under review\""])
R(d, "Taiwan", NOTRATIFIED, C188, None, "cannot ratify ILO conventions because it is not a member of the Organization", negated=True,
  required=False)
R(d, "Philippines", RATIFIED, MLC, "2012", "the Philippines ratified the MLC in 2012 but has not ratified C188")
R(d, "Philippines", NOTRATIFIED, C188, None, "the Philippines ratified the MLC in 2012 but has not ratified C188", negated=True)
R(d, "Indonesia", RATIFIED, MLC, "2016", "Indonesia ratified the MLC in 2016")
R(d, "Republic of Korea", PARTY, MLC, None, "the Republic of Korea is party to the MLC")
PSMA = ("Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing",
        ["FAO Agreement on Port State Measures", "Agreement on Port State Measures", "PSMA"])
RL(d, ["European Union", "Thailand", "Indonesia"], PARTY, PSMA, None,
   "The European Union, Thailand and Indonesia are all parties to the PSMA")
# "More than 50 States signed": unnamed; Spain is named among them (and hosted the conference, which gives nothing).
TORRE = ("Torremolinos Declaration", ["Torremolinos Declaration on the Cape Town Agreement and illegal, unreported and unregulated fishing"])
R(d, "Spain", SIGNED_DECL, TORRE, "2019-10", "including Spain, which hosted the conference",
  alt=["More than 50 States signed the Torremolinos Declaration"])
# The 2012 Cape Town Agreement not in force: nothing.
SFRN = ["Seafarers' and Fishers' Rights Network", "SFRN"]
for inst in (C188, P029):
    R(d, SFRN, CALL, inst, D,
      "SFRN calls on all fishing and flag States that have not yet done so to ratify C188 and the Forced Labour Protocol")
# What "the EU should" do in its dialogues and what importers "should require": recommendations, not calls to ratify; nothing.

# ===================== 14 (Cambodia's Minister of Labour and Vocational Training, ILC plenary statement, Monday 10 June 2024) =====================
d = "14.txt"
D = "2024-06-10"
# "We" and "my delegation" are Cambodia. "all eight of the original fundamental Conventions": two are named.
R(d, "Cambodia", RATIFIED, C029, "1969", "We ratified the Forced Labour Convention, 1930 (No. 29) in 1969")
R(d, "Cambodia", RATIFIED, C182, "2006", "the Worst Forms of Child Labour Convention, 1999 (No. 182), which we ratified in 2006")
ROSH = ("resolution on the inclusion of a safe and healthy working environment in the ILO's framework of fundamental principles and rights at work",
        ["resolution on a safe and healthy working environment", "resolution on the inclusion of a safe and healthy working environment"])
R(d, "Cambodia", SUP, ROSH, "2022-06-10",
  "my delegation voted for the resolution on the inclusion of a safe and healthy working environment in the ILO's framework of fundamental principles and rights at work")
R(d, ILC, ADOPTED, ROSH, "2022-06-10", "which the Conference adopted on 10 June of that year")
R(d, "Cambodia", ENDORSED, FPRW, D,
  "Cambodia fully endorses the ILO Declaration on Fundamental Principles and Rights at Work, as amended in 2022")
# "last Friday" (7 June 2024) the Council of Ministers approved the submission to the National Assembly: domestic.
R(d, "Cambodia", NOTRATIFIED, C187, None,
  "We expect the instrument of ratification to be deposited with the Director-General within a year.", negated=True)
R(d, "Cambodia", NOTRATIFIED, C190, None,
  "the Royal Government intends to ratify the Violence and Harassment Convention, 2019 (No. 190) within the current mandate", negated=True)
QWG = ("a tripartite working group to study the Occupational Safety and Health Convention, 1981 (No. 155) and the Protocol of 2014 to the "
       "Forced Labour Convention")
for inst in (C155, P029):
    R(d, "Cambodia", NOTRATIFIED, inst, None, QWG, negated=True,
      alt=["to advise the Government on their ratification by the end of 2025"])
# Congratulating the Philippines gives Cambodia nothing; the Philippines' ratification is recorded.
R(d, "Philippines", RATIFIED, C190, "2024-02", "We congratulate the Philippines on its ratification of Convention No. 190 in February")
ASEANHRD = ("ASEAN Declaration on Human Resources Development for the Changing World of Work", ["ASEAN Declaration on Human Resources Development"])
R(d, "Cambodia", EA, ASEANHRD, "2020",
  "In 2020 Cambodia, with the other ASEAN member States, adopted the ASEAN Declaration on Human Resources Development for the Changing World of Work.")
MOU = ("Memorandum of Understanding on Employment Cooperation", ["MoU on Employment Cooperation", "Cambodia-Thailand Memorandum of Understanding"])
RL(d, ["Cambodia", "Thailand"], MOU_SIGNED, MOU, "2015",
   "In 2015 Cambodia and Thailand signed the Memorandum of Understanding on Employment Cooperation")
R77317 = ("resolution 77/317", ["General Assembly resolution 77/317", "A/RES/77/317", "International Day of Care and Support"])
R(d, "Cambodia", "co-sponsored", R77317, None, "Cambodia was proud to be among the co-sponsors of General Assembly resolution 77/317")
# "last July" against June 2024.
R(d, GA, ADOPTED, R77317, "2023-07", "which the Assembly adopted last July")
# Joining the Global Coalition for Social Justice, support for Better Factories Cambodia and for a platform-economy agenda item: nothing.

# ===================== 15.html (Employment and Social Development Canada news release, Gatineau, January 30, 2023) =====================
d = "15.html"
D = "2023-01-30"
R(d, "Canada", RATIFIED, C190, D,
  "announced that Canada has ratified the International Labour Organization (ILO) Violence and Harassment Convention, 2019 (No. 190)")
# Registration by the ILO and entry into force (January 30, 2024): nothing.
R(d, "Canada", SUP, C190, "2019-06", "Canada voted in favour of the Convention when it was adopted by the International Labour Conference in June 2019.")
R(d, ILC, ADOPTED, C190, "2019-06", "when it was adopted by the International Labour Conference in June 2019")
# The provinces' and territories' confirmation and Bill C-65 (Canada Labour Code): domestic.
R(d, "Canada", CALL, C190, D, "Canada also calls on all ILO member States that have not yet ratified the Convention to do so")
# "37 ILO conventions and 1 protocol", "all eight ... original fundamental conventions": not named one by one.
R(d, "Canada", RATIFIED, C138, "2016", "Canada ratified the Minimum Age Convention, 1973 (No. 138) in 2016")
R(d, "Canada", RATIFIED, C098, "2017", "the Right to Organise and Collective Bargaining Convention, 1949 (No. 98) in 2017")
R(d, "Canada", RATIFIED, P029, "2019", "In 2019, Canada ratified the Protocol of 2014 to the Forced Labour Convention, 1930")
R(d, "Canada", RATIFIED, MLC, "2010", "Canada ratified the Maritime Labour Convention, 2006 in 2010.")
R(d, "Canada", NOTBOUND, C155, None, "Canada is not a party to the Occupational Safety and Health Convention, 1981 (No. 155)", negated=True,
  alt=["The federal government is consulting provinces and territories with a view to their ratification."])
R(d, "Canada", NOTBOUND, C187, None, "or the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", negated=True,
  alt=["The federal government is consulting provinces and territories with a view to their ratification."])
R(d, "Canada", NOTRATIFIED, C189, None, "The Government is also examining the Domestic Workers Convention, 2011 (No. 189)", negated=True)
CUSMA = ("Canada-United States-Mexico Agreement", ["CUSMA", "USMCA", "United States-Mexico-Canada Agreement"])
R(d, "Canada", "signed", CUSMA, "2018-11-30", "signed by the three countries on November 30, 2018")
# The other two signatories are named only in the agreement's name (optional).
RL(d, ["United States", "Mexico"], "signed", CUSMA, "2018-11-30", "signed by the three countries on November 30, 2018", required=False)
# A treaty commitment to maintain the rights of the ILO Declaration in law (optional).
R(d, "Canada", COMMITTED, FPRW, None,
  "each Party has committed to adopt and maintain in its laws the rights set out in the ILO Declaration on Fundamental Principles and Rights at Work",
  required=False)

# ===================== 16 (Labour Standards Monitor No. 7/2024, monthly bulletin, Geneva, Friday 5 July 2024) =====================
d = "16.txt"
D = "2024-07-05"
# "ten ratifications by ten member States": the list names them, with the dates of registration (June 2024).
RL(d, ["Bosnia and Herzegovina", "Côte d'Ivoire", "Jamaica"], RATIFIED, C190, "2024-06-12",
   "Violence and Harassment Convention, 2019 (No. 190): Bosnia and Herzegovina, Côte d'Ivoire and Jamaica (all 12 June).")
R(d, "Uzbekistan", RATIFIED, C155, "2024-06-11", "Occupational Safety and Health Convention, 1981 (No. 155): Uzbekistan (11 June)",
  alt=["Uzbekistan's ratification of C155 comes three months after"])
R(d, "Sri Lanka", RATIFIED, C155, "2024-06-14", "Sri Lanka (14 June)", alt=["With Sri Lanka's registration, 83 member States are now bound by C155"])
R(d, "Sierra Leone", RATIFIED, C187, "2024-06-12",
  "Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187): Sierra Leone (12 June)")
R(d, "Republic of Moldova", RATIFIED, C187, "2024-06-13", "the Republic of Moldova (13 June)")
R(d, "Mongolia", RATIFIED, P029, "2024-06-12", "Protocol of 2014 to the Forced Labour Convention, 1930: Mongolia (12 June)")
R(d, "Tunisia", RATIFIED, P029, "2024-06-10", "and Tunisia (10 June)")
R(d, "El Salvador", RATIFIED, C102, "2024-06-14",
  "Social Security (Minimum Standards) Convention, 1952 (No. 102): El Salvador (14 June), which accepted Parts II, III, V, VI and VIII.")
CARE = ("resolution concerning decent work and the care economy", ["care economy resolution", "resolution on decent work and the care economy"])
R(d, ILC, ADOPTED, CARE, "2024-06-14", "the Conference adopted the resolution concerning decent work and the care economy")
FPRWC = ("conclusions of the recurrent discussion on fundamental principles and rights at work",
         ["conclusions concerning the recurrent discussion on fundamental principles and rights at work"])
R(d, ILC, ADOPTED, FPRWC, "2024-06-14",
  "It also adopted the conclusions of the recurrent discussion on fundamental principles and rights at work", required=False)
# The first discussion on biological hazards and the scheduled adoption in June 2025: nothing.
QMW = "the Cabinet approved in May the ratification of both the Domestic Workers Convention (No. 189) and C190; the instruments have not yet been sent to Geneva."
R(d, "Malawi", NOTRATIFIED, C189, None, QMW, negated=True)
R(d, "Malawi", NOTRATIFIED, C190, None, QMW, negated=True)
R(d, "Brazil", NOTRATIFIED, C190, None, "Brazil expects to ratify C190 \"this year\"", negated=True)
R(d, "Gambia", NOTRATIFIED, MLC, None,
  "the Government says it will deposit its instrument of ratification of the Maritime Labour Convention, 2006 (MLC, 2006) before the end of the year",
  negated=True)
# Only a pending parliamentary approval is stated for Kenya (optional).
for inst in (C190, C187, P029):
    R(d, "Kenya", NOTRATIFIED, inst, None,
      "parliamentary approval of C190, C187 and the Forced Labour Protocol is expected in July", negated=True, required=False)
R(d, "Republic of Moldova", RATIFIED, RESC, "2001", "which ratified the Revised European Social Charter in 2001")
R(d, "Republic of Moldova", ACCEPTED, CCP, None, "has still not accepted the collective complaints procedure", negated=True,
  alt=["a decision would be taken \"in the coming months\""])
# "gained no new State party", "no major country of destination ... is a party": unnamed.
R(d, "Chad", "signed", ICRMW, "2012", "Chad, which signed the Convention in 2012, has not ratified it")
R(d, "Chad", NOTRATIFIED, ICRMW, None, "Chad, which signed the Convention in 2012, has not ratified it", negated=True)
# Correction: the withdrawn report (Lesotho / C189 ratified) gives nothing; the corrected statements are recorded.
R(d, "Lesotho", NOTRATIFIED, C189, None, "Lesotho has not ratified C189", negated=True)
R(d, "Lesotho", RATIFIED, C190, "2023", "It ratified C190 in 2023")

gold.finish(MIN_CHARS, MAX_CHARS)
