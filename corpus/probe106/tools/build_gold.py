#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (02, 07, 13) and three are Markdown (03, 08, 16);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: the rights of women and children (2008-2025): CEDAW and its Optional Protocol, the Convention on the Rights of the
Child and its three Optional Protocols, the Istanbul, Lanzarote and Belém do Pará Conventions, the Maputo Protocol, the SADC
Protocol on Gender and Development, ILO Conventions 190 and 189, and declarations and resolutions on gender equality and
child marriage. Sixteen newly written documents: Council of Europe newsroom items (01, 14), a Third Committee
meetings-coverage page (02), an NGO Maputo Protocol tracker (03), a UNICEF release (04), an ILO news item (05), a House of
Lords oral question (06), an OAS press release (07), an NGO wrap-up of a Human Rights Council session (08), a national
statement at the Commission on the Status of Women (09), wire and agency news stories (10, 15), a SADC Summit communiqué
(11), a foreign-ministry press conference (12), a UN Women release (13) and an NGO G20 scorecard with a table (16).

Conventions of this corpus (on top of the READMEs' rules):
- A deposited ratification is `ratified` (RATIFIED accepts `party`), an accession `acceded`, "joined" JOINED; "is a party"
  without the act is PARTY. "A party since it ratified it in 2014" is one record. Table cells (03, 16) give one record per
  cell: R/A with the year, "S" a dated signature plus a negated ratification, "-" a negated party record.
- Not bound: "has yet to ratify", "has not ratified", "neither signed nor ratified" (a negated signature and a negated
  ratification), "is not a party", plans ("will ratify", "expects to deposit", "announced they would ratify", "has begun
  the procedure", "intends to"), withdrawals and announced withdrawals (a negated party record), all without a date.
  Parliamentary or cabinet approval, a Senate's refusal of consent, bills, acts and constitutional rank are domestic steps
  and give no record of their own; where the text says what they mean for the treaty, that is recorded.
- Votes: a vote in favour is `supported` with the vote's date; against, abstaining, or dissociating from a text as a whole
  is `supported` negated with the vote's date; joining a consensus is `supported`; dissociating from some paragraphs only
  gives no record, unless the delegation also says it joined the consensus. Recorded-vote lists give one record per State.
- Sponsors named in or as presenting a draft are `co-sponsored` without a date; "will again lead the text" is a planned,
  negated sponsorship. A committee's approval of a draft is the committee's `adopted`; drafts named only by their subject
  are optional. Calls in a draft only approved in committee ("the Assembly would urge") are planned, hence negated.
- Calls on others to sign, ratify, accede or "become party" (including a treaty body's recommendation that a State ratify)
  are the caller's `called-for`, dated by the statement that makes them; addressees get no record. Calls to enact laws or to
  implement give nothing. Welcoming, commending or congratulating another actor's act gives the welcomer nothing; the act is
  recorded for its actor.
- Signing a non-binding commitment, compact or declaration is endorsing it (SIGNED_DECL); explicit "committed to" /
  "reaffirms its commitment to" an instrument is `committed`.
- Nothing for: venues, hosts, depositaries, entry into force, monitoring bodies, membership of an organisation, requests
  for invitations (a planned accession, optional), campaigns and processes, unnamed groups ("39 States Parties",
  "more than 110 sponsors"), political parties, questions put to a minister, hypotheticals.
- Dates: as stated, or resolved against the document's date ("today", "last year", "earlier this month", "on Thursday",
  "Thirty-five years ago today"); a communiqué's acts take its date (11); never outside knowledge."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Moldova", "Türkiye", "Czechia",
          "Iran", "Viet Nam", "Mexico", "Colombia", "Germany", "Netherlands", "Ghana", "Kenya", "China", "Egypt", "Sudan", "Somalia",
          "Burundi", "Central African Republic", "Eswatini", "Ecuador", "Fiji", "Bangladesh", "Côte d'Ivoire", "Kyrgyzstan",
          "Kazakhstan", "United Republic of Tanzania", "Democratic Republic of the Congo", "South Sudan", "Saudi Arabia",
          "São Tomé and Príncipe", "Costa Rica", "Chile", "Paraguay", "Guatemala", "Uganda", "Rwanda", "Republic of Korea",
          "Bolivia", "Venezuela", "Togo", "Guinea", "Gambia", "Cabo Verde", "Congo", "Sahrawi Arab Democratic Republic"),
    "Democratic Republic of the Congo": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Hungary": ["Hungary"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Ukraine": ["Ukraine"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Poland": ["Poland", "Republic of Poland"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

COESG = ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Marija Pejčinović Burić", "Secretary General"]
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
PACE = ["Parliamentary Assembly of the Council of Europe", "PACE", "Parliamentary Assembly"]
HRC = ["UN Human Rights Council", "Human Rights Council", "United Nations Human Rights Council"]
IST = ("Istanbul Convention", ["Council of Europe Convention on preventing and combating violence against women and domestic violence",
       "CETS No. 210", "Convention on preventing and combating violence against women and domestic violence"])
LANZ = ("Lanzarote Convention", ["Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse",
        "CETS No. 201", "Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW", "Women's Convention"])
OPCEDAW = ("Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
           ["Optional Protocol to CEDAW", "OP-CEDAW", "CEDAW Optional Protocol"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UNCRC", "UN Convention on the Rights of the Child"])
OPAC = ("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        ["Optional Protocol on the involvement of children in armed conflict", "OPAC", "Optional Protocol on children in armed conflict"])
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ["Optional Protocol on the sale of children, child prostitution and child pornography", "OPSC", "Optional Protocol on the sale of children"])
OPIC = ("Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
        ["Optional Protocol on a communications procedure", "OPIC", "third Optional Protocol", "OP3 CRC", "communications procedure protocol"])
MAPUTO = ("Maputo Protocol", ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa",
          "Protocol on the Rights of Women in Africa"])
C190 = ("ILO Violence and Harassment Convention, 2019 (No. 190)", ["Convention No. 190", "C190", "ILO Convention 190", "Violence and Harassment Convention",
        "ILO Convention No. 190"])
BELEM = ("Belém do Pará Convention", ["Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women",
         "Convention of Belém do Pará", "Belem do Para Convention"])
BEIJING = ("Beijing Declaration and Platform for Action", ["Beijing Platform for Action", "Beijing Declaration"])

# ===================== 01 (Council of Europe newsroom item, Latvia ratifies the Istanbul Convention, Strasbourg, 10 January 2024) =====================
d = "01.txt"
D = "2024-01-10"
R(d, "Latvia", RATIFIED, IST, D,
  "Latvia today deposited its instrument of ratification of the Council of Europe Convention on preventing and combating violence against women and domestic violence")
R(d, "Latvia", "signed", IST, "2016-05-18", "Latvia signed the Convention on 18 May 2016.")
# The Saeima's approval (30 November 2023): domestic. Entry into force for Latvia, GREVIO's evaluation: nothing.
R(d, COESG, "called-for", IST, D, "I call on the remaining member States that have signed but not ratified the Convention")
SIX = ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
RL(d, SIX, "signed", IST, None,
   "the remaining member States that have signed but not ratified the Convention - Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia")
RL(d, SIX, NOTRATIFIED, IST, None,
   "the remaining member States that have signed but not ratified the Convention - Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia", negated=True)
R(d, "Azerbaijan", "signed", IST, None, "Azerbaijan, the only member State that has neither signed nor ratified the treaty", negated=True)
R(d, "Azerbaijan", NOTRATIFIED, IST, None, "Azerbaijan, the only member State that has neither signed nor ratified the treaty", negated=True)
# "a resolution adopted in October 2023" is unnamed; the Assembly's call on the six is its called-for.
R(d, PACE, "called-for", IST, "2023-10",
  "in a resolution adopted in October 2023, had likewise called on the six signatory States to ratify the Convention")
# "39 States Parties": unnamed.
R(d, "European Union", "signed", IST, "2017-06-13", "the European Union, which signed it on 13 June 2017")
R(d, "European Union", JOINED, IST, "2023-06-28", "the European Union, which signed it on 13 June 2017 and joined it on 28 June 2023")
R(d, "Ukraine", RATIFIED, IST, "2022-07-18", "The ratifications by Ukraine and the United Kingdom, deposited on 18 and 21 July 2022 respectively")
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "The ratifications by Ukraine and the United Kingdom, deposited on 18 and 21 July 2022 respectively")
R(d, "Republic of Moldova", RATIFIED, IST, "2022-01", "the Republic of Moldova's ratification in January 2022")
R(d, "Liechtenstein", RATIFIED, IST, "2021-06", "that of Liechtenstein in June 2021")
R(d, COM, ADOPTED, IST, "2011-04-07", "The Convention was adopted by the Committee of Ministers on 7 April 2011")
# Opened for signature in Istanbul: a venue. Entry into force (1 August 2014, "ten ratifications"): nothing.
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "Turkey was the first country to ratify it, on 14 March 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "Türkiye withdrew from the Convention with effect from 1 July 2021", negated=True)
R(d, "Poland", RATIFIED, IST, "2015", "Poland, which ratified the Convention in 2015")
# An announced withdrawal that was never notified and has since been disowned: a careful annotator may leave it out.
R(d, "Poland", NOTBOUND, IST, None, "announced in July 2020 that it would begin the procedure to withdraw", negated=True, required=False)
# Article 76 invitations: "No non-member State has done so". CEDAW is only cited.
R(d, "Latvia", RATIFIED, LANZ, "2014", "to which Latvia has been a Party since it ratified it in 2014")

# ===================== 02.html (Third Committee meetings-coverage press release GA/SHC/4452, Tuesday 18 November 2025) =====================
d = "02.html"
D = "2025-11-18"
L21 = ("draft resolution A/C.3/80/L.21/Rev.1", ["A/C.3/80/L.21/Rev.1", "Rights of the child", "rights of the child resolution"])
L30 = ("draft resolution A/C.3/80/L.30", ["A/C.3/80/L.30", "Child, early and forced marriage", "child marriage resolution"])
L18 = ("draft resolution A/C.3/80/L.18/Rev.1", ["A/C.3/80/L.18/Rev.1",
       "Intensification of efforts to prevent and eliminate all forms of violence against women and girls"])
L19 = ("draft resolution A/C.3/80/L.19", ["A/C.3/80/L.19", "The girl child", "girl child resolution"])
OPS = ("Optional Protocols to the Convention on the Rights of the Child", ["Optional Protocols thereto", "Optional Protocols to the CRC"])
TRAF = ("draft resolution on trafficking in women and girls", ["Trafficking in women and girls"])
RURAL = ("draft resolution on the improvement of the situation of women and girls in rural areas",
         ["Improvement of the situation of women and girls in rural areas"])
R(d, TC, ADOPTED, L21, D, "the Committee approved the draft resolution \"Rights of the child\" (document A/C.3/80/L.21/Rev.1)")
RL(d, ["Argentina", "United States"], "supported", L21, D, "By a recorded vote of 163 in favour to 2 against (Argentina, United States)", negated=True)
RL(d, ["Iran", "Nauru", "Russian Federation"], "supported", L21, D, "with 3 abstentions (Iran, Nauru, Russian Federation)", negated=True)
R(d, "European Union", "co-sponsored", L21, None, "The draft, sponsored by the European Union and the Group of Latin American and Caribbean States")
# A named regional group of States as sponsor: optional. Denmark only introduces the text for the Union.
R(d, ["Group of Latin American and Caribbean States", "GRULAC"], "co-sponsored", L21, None,
  "sponsored by the European Union and the Group of Latin American and Caribbean States", required=False)
# Calls in a draft only approved in committee ("would urge"): planned, hence negated.
R(d, GA, "called-for", CRC, None,
  "the General Assembly would urge States that have not yet done so to become parties to the Convention on the Rights of the Child and the Optional Protocols thereto",
  negated=True)
R(d, GA, "called-for", OPS, None,
  "the General Assembly would urge States that have not yet done so to become parties to the Convention on the Rights of the Child and the Optional Protocols thereto",
  negated=True)
R(d, "United States", NOTBOUND, CRC, None, "the United States was not a party to the Convention on the Rights of the Child", negated=True)
R(d, "United States", "signed", CRC, "1995", "the Convention on the Rights of the Child, which it had signed in 1995")
R(d, "United States", PARTY, OPAC, None,
  "It was, however, a party to two of the Optional Protocols, on the involvement of children in armed conflict and on the sale of children")
R(d, "United States", PARTY, OPSC, None,
  "It was, however, a party to two of the Optional Protocols, on the involvement of children in armed conflict and on the sale of children, child prostitution and child pornography")
R(d, "United States", COMMITTED, OPAC, D, "remained committed to their implementation")
R(d, "United States", COMMITTED, OPSC, D, "remained committed to their implementation")
# Constitutional rank (1994): domestic.
R(d, "Argentina", RATIFIED, CRC, "1990", "Argentina, which ratified the Convention in 1990")
R(d, "Chile", "supported", L21, D, "The representative of Chile, who voted in favour")
R(d, "Chile", RATIFIED, OPIC, "2015", "her country had ratified the Optional Protocol on a communications procedure in 2015")
R(d, "Chile", "called-for", OPIC, D, "encouraged all States to ratify that instrument")
R(d, TC, ADOPTED, L30, D, "The Committee then approved without a vote the draft resolution \"Child, early and forced marriage\" (document A/C.3/80/L.30)")
# "more than 110 sponsors": unnamed; the two introducing delegations lead the core group. Laws and policies: domestic.
RL(d, ["Zambia", "Canada"], "co-sponsored", L30, None, "introduced by Zambia and Canada on behalf of more than 110 sponsors")
# Dissociating from one paragraph only: the consensus stands; from the text as a whole: not supporting it.
R(d, "Russian Federation", "supported", L30, D, "her delegation had joined the consensus but dissociated itself from the eleventh preambular paragraph")
R(d, "Argentina", "supported", L30, D, "his country dissociated itself from the resolution as a whole", negated=True)
R(d, TC, ADOPTED, L18, D, "(document A/C.3/80/L.18/Rev.1), presented by France and the Netherlands, was approved by a recorded vote")
RL(d, ["France", "Netherlands"], "co-sponsored", L18, None, "presented by France and the Netherlands")
RL(d, ["Argentina", "United States"], "supported", L18, D, "was approved by a recorded vote of 160 in favour to 2 against (Argentina, United States)", negated=True)
RL(d, ["Iran", "Libya", "Mali", "Nicaragua", "Russian Federation", "Saudi Arabia", "Sudan"], "supported", L18, D,
   "with 7 abstentions (Iran, Libya, Mali, Nicaragua, Russian Federation, Saudi Arabia, Sudan)", negated=True)
# "relevant regional instruments": unnamed.
R(d, GA, "called-for", C190, None,
  "would invite States that have not yet done so to ratify the ILO Violence and Harassment Convention, 2019 (No. 190)", negated=True)
R(d, "Sudan", NOTBOUND, CEDAW, None,
  "the Sudan was not a party to the Convention on the Elimination of All Forms of Discrimination against Women", negated=True)
R(d, TC, ADOPTED, L19, D, "the draft \"The girl child\" (document A/C.3/80/L.19) was approved by a recorded vote")
R(d, "Malawi", "co-sponsored", L19, None, "Introduced by Malawi on behalf of the Southern African Development Community")
R(d, ["Southern African Development Community", "SADC"], "co-sponsored", L19, None,
  "Introduced by Malawi on behalf of the Southern African Development Community", required=False)
R(d, "United States", "supported", L19, D, "170 in favour to 1 against (United States)", negated=True)
RL(d, ["Argentina", "Nauru"], "supported", L19, D, "with 2 abstentions (Argentina, Nauru)", negated=True)
# Drafts named only by their subject: optional.
R(d, TC, ADOPTED, TRAF, D, "the Committee approved drafts on trafficking in women and girls", required=False)
R(d, TC, ADOPTED, RURAL, D, "on the improvement of the situation of women and girls in rural areas", required=False)
R(d, "Canada", ACCEDED, OPCEDAW, "2002",
  "her country had acceded to the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women in 2002")
R(d, "Canada", "called-for", OPCEDAW, D, "urged all States to become party to it")

# ===================== 03.md (NGO tracker page, Maputo Protocol ratifications, updated 3 March 2025) =====================
d = "03.md"
D = "2025-03-03"
MONITOR = ["Africa Women's Rights Treaty Monitor", "the Monitor"]
AUA = ["AU Assembly", "Assembly of the African Union", "African Union Assembly", "Assembly of the Union", "African Union"]
ACHPR = ["African Commission on Human and Peoples' Rights", "African Commission", "ACHPR",
         "Special Rapporteur on the Rights of Women in Africa"]
R(d, AUA, ADOPTED, MAPUTO, "2003-07-11", "11 July 2003, by the 2nd Ordinary Session of the Assembly of the African Union")
# Maputo as venue, entry into force, the AU Commission as depositary, "44 of the 55": nothing.
for actor, sig, dep, q in [
        ("Ethiopia", "2004-06-01", "2018-07-18", "Ethiopia | 01/06/2004 | 18/07/2018"),
        ("Tunisia", "2015-08-09", "2018-08-23", "Tunisia | 09/08/2015 | 23/08/2018"),
        ("São Tomé and Príncipe", "2010-02-01", "2019-04-18", "São Tomé and Príncipe | 01/02/2010 | 18/04/2019"),
        ("South Sudan", "2013-01-24", "2023-06-07", "South Sudan | 24/01/2013 | 07/06/2023")]:
    R(d, actor, "signed", MAPUTO, sig, q)
    R(d, actor, RATIFIED, MAPUTO, dep, q)
SIG7 = [("Burundi", "2003-12-03", "Burundi - signed 3 December 2003"),
        ("Central African Republic", "2003-12-17", "Central African Republic - signed 17 December 2003"),
        ("Chad", "2004-12-06", "Chad - signed 6 December 2004"),
        ("Madagascar", "2004-02-28", "Madagascar - signed 28 February 2004"),
        ("Niger", "2004-07-06", "Niger - signed 6 July 2004"),
        ("Somalia", "2006-06-23", "Somalia - signed 23 June 2006"),
        ("Sudan", "2008-06-30", "Sudan - signed 30 June 2008")]
for actor, sig, q in SIG7:
    R(d, actor, "signed", MAPUTO, sig, q)
# The pending processes (Madagascar's bill, Niger's rejected bill, Burundi's stated intention) restate the same negated tuples.
for actor, sig, q in SIG7:
    alt_q = {"Burundi": ["the Government stated that it intends to ratify the Protocol"],
             "Madagascar": ["the instrument could be deposited later this year"]}.get(actor)
    R(d, actor, NOTRATIFIED, MAPUTO, None, "have signed the Protocol but have yet to deposit an instrument of ratification", negated=True, alt=alt_q)
NONE4 = ["Botswana", "Egypt", "Eritrea", "Morocco"]
RL(d, NONE4, "signed", MAPUTO, None, "Botswana, Egypt, Eritrea and Morocco have neither signed nor ratified the Protocol.", negated=True)
RL(d, NONE4, NOTRATIFIED, MAPUTO, None, "Botswana, Egypt, Eritrea and Morocco have neither signed nor ratified the Protocol.", negated=True)
# Morocco rejoining the AU: membership of an organisation, nothing.
RL(d, ["Sudan", "Somalia"], NOTBOUND, CEDAW, None,
   "both countries are also among the handful of States worldwide that are not party to the Convention on the Elimination of All Forms of Discrimination against Women",
   negated=True)
# The Sudanese Cabinet's approval (April 2021) is a domestic step; "no instrument was deposited" restates the negated tuple.
R(d, "Kenya", RATIFIED, MAPUTO, "2010", "Kenya entered a reservation to Article 14(2)(c) on abortion when depositing its instrument of ratification in 2010")
R(d, "Uganda", RATIFIED, MAPUTO, "2010-07", "Uganda, which ratified in July 2010")
R(d, "South Africa", RATIFIED, MAPUTO, "2004-12-17", "South Africa ratified on 17 December 2004 with interpretative declarations")
R(d, "Gambia", RATIFIED, MAPUTO, "2005-05", "the Gambia, which ratified in May 2005")
R(d, AUA, "called-for", MAPUTO, "2024-02",
  "the Assembly of the Union urged Member States that have not yet done so to sign, ratify and domesticate the Maputo Protocol")
R(d, ACHPR, "called-for", MAPUTO, "2024-11-25", "called on the eleven remaining States to ratify the Protocol without reservations")
R(d, MONITOR, "called-for", MAPUTO, D, "We call on Botswana, Egypt, Eritrea and Morocco to sign the Protocol",
  alt=["on the seven signatory States to complete ratification"])

# ===================== 04 (UNICEF press release, 35th anniversary of the CRC, New York, Wednesday 20 November 2024) =====================
d = "04.txt"
D = "2024-11-20"
UNICEF = ["UNICEF", "United Nations Children's Fund", "UNICEF Executive Director", "Catherine Russell"]
OPS3 = ("Optional Protocols to the Convention on the Rights of the Child", ["three Optional Protocols", "Convention's three Optional Protocols"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC", "African Children's Charter"])
# "Thirty-five years ago today" against 20 November 2024.
R(d, GA, ADOPTED, CRC, "1989-11-20",
  "Thirty-five years ago today, the United Nations General Assembly adopted the Convention on the Rights of the Child")
# "196 States Parties", "more than 170 States", "just over 50": unnamed.
R(d, "United States", "signed", CRC, "1995-02-16", "The United States, which signed the Convention on 16 February 1995")
R(d, "United States", NOTRATIFIED, CRC, None, "The United States, which signed the Convention on 16 February 1995, has not ratified it.", negated=True,
  alt=["I urge the United States to ratify the Convention itself"])
RL(d, ["Somalia", "South Sudan"], RATIFIED, CRC, "2015", "Somalia and South Sudan, the most recent States to ratify, both did so in 2015")
R(d, UNICEF, "called-for", OPS3, D, "I urge every Government that has not yet done so to ratify the Convention's three Optional Protocols")
R(d, UNICEF, "called-for", CRC, D, "I urge the United States to ratify the Convention itself")
R(d, GA, ADOPTED, OPAC, "2000-05-25", "The first two, on the involvement of children in armed conflict and on the sale of children, child prostitution and child pornography, were adopted by the General Assembly on 25 May 2000.")
R(d, GA, ADOPTED, OPSC, "2000-05-25", "The first two, on the involvement of children in armed conflict and on the sale of children, child prostitution and child pornography, were adopted by the General Assembly on 25 May 2000.")
R(d, GA, ADOPTED, OPIC, "2011-12-19", "The third, on a communications procedure, was adopted on 19 December 2011")
# Entry into force (April 2014): nothing.
R(d, "Madagascar", RATIFIED, OPIC, "2024-03",
  "Madagascar deposited its instrument of ratification of the Optional Protocol on a communications procedure in March")
R(d, "Armenia", RATIFIED, OPIC, "2024-06", "followed by Armenia in June")
R(d, "Colombia", ACCEDED, OPIC, "2024-09", "Colombia acceded to it in September")
R(d, "South Sudan", ACCEDED, OPAC, "2018", "South Sudan, which acceded to the two earlier Optional Protocols in 2018")
R(d, "South Sudan", ACCEDED, OPSC, "2018", "South Sudan, which acceded to the two earlier Optional Protocols in 2018")
R(d, "South Sudan", NOTBOUND, OPIC, None, "has announced that it will also join the third", negated=True)
RL(d, ["Kenya", "Nepal", "Peru"], NOTRATIFIED, OPIC, None,
   "Kenya, Nepal and Peru announced that they would ratify the Optional Protocol on a communications procedure by 2026", negated=True)
# Parliamentary approval is domestic; the deposit is still to come.
R(d, "Sierra Leone", NOTRATIFIED, OPIC, None, "the instrument would be deposited before the end of the year", negated=True,
  alt=["Parliament had approved ratification last week"])
R(d, "Lesotho", "signed", OPIC, D, "Also today, Lesotho signed the same Protocol")
R(d, "Marshall Islands", ACCEDED, OPAC, D,
  "the Marshall Islands deposited an instrument of accession to the Optional Protocol on the involvement of children in armed conflict")
# UNICEF "welcomed the announcements": another actor's acts, nothing. "ratified by 50 African Union member States": unnamed.
R(d, "Somalia", "signed", ACRWC, "2006", "Somalia signed it in 2006")
R(d, "Somalia", NOTRATIFIED, ACRWC, None, "Somalia signed it in 2006 but has not ratified it", negated=True)
# "If Somalia and the remaining States were to ratify": hypothetical, the same negated tuple. Bans, marriage ages: domestic law.

# ===================== 05 (ILO News item, C190 enters into force, Geneva, Friday 25 June 2021) =====================
d = "05.txt"
D = "2021-06-25"
ILC = ["International Labour Conference", "ILO", "International Labour Organization"]
ILODG = ["ILO Director-General", "Director-General of the ILO", "Guy Ryder", "ILO"]
R206 = ("Violence and Harassment Recommendation, 2019 (No. 206)", ["Recommendation No. 206", "R206", "Recommendation (No. 206)"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Convention No. 189", "C189", "Domestic Workers Convention"])
R(d, ILC, ADOPTED, C190, "2019-06-21", "The Violence and Harassment Convention, 2019 (No. 190) was adopted by the International Labour Conference on 21 June 2019")
R(d, ILC, ADOPTED, R206, "2019-06-21", "together with its accompanying Recommendation (No. 206)")
# "439 votes in favour": unnamed delegates. Entry into force today: nothing.
R(d, "Uruguay", RATIFIED, C190, "2020-06-12", "Uruguay was the first country to ratify the Convention, on 12 June 2020")
R(d, "Fiji", RATIFIED, C190, "2020-06-25", "followed by Fiji on 25 June 2020")
for actor, date, q in [("Namibia", "2020-12-09", "Namibia (9 December 2020)"), ("Argentina", "2021-02-23", "Argentina (23 February 2021)"),
                       ("Somalia", "2021-03-08", "Somalia (8 March 2021)"), ("Ecuador", "2021-05-19", "and Ecuador (19 May 2021) have also ratified")]:
    R(d, actor, RATIFIED, C190, date, q)
R(d, "Mauritius", NOTRATIFIED, C190, None, "Mauritius is expected to deposit its instrument of ratification in the coming days.", negated=True)
R(d, ILODG, "called-for", C190, D, "I call on all member States to ratify the Convention and to put it to work")
# Italy's law authorising ratification is domestic: the deposit is still to come.
R(d, "Italy", NOTRATIFIED, C190, None, "Italy's Parliament adopted the law authorising ratification in January", negated=True)
R(d, "United Kingdom", NOTRATIFIED, C190, None, "the Government of the United Kingdom announced in March that it would ratify the Convention", negated=True)
RL(d, ["Greece", "Spain"], NOTRATIFIED, C190, None, "Greece and Spain have begun parliamentary procedures.", negated=True)
R(d, "European Parliament", "called-for", C190, None,
  "The European Parliament has repeatedly called on the member States of the European Union to ratify the Convention")
# The proposed Council decision: an EU act authorising ratification, not yet adopted: nothing.
# A government delegates' vote at the Conference is the State's vote, on the day of adoption.
R(d, "Japan", "supported", C190, "2019-06-21", "Japan, whose government delegates voted in favour at the Conference in 2019")
R(d, "Japan", NOTRATIFIED, C190, None, "has said that it has no plans at present to ratify", negated=True)
R(d, "United States", "supported", C190, "2019-06-21", "The United States, whose government delegates also voted in favour")
# Not submitted to the Senate: a domestic step, which implies but does not state that it has not ratified.
R(d, "United States", NOTRATIFIED, C190, None, "has not submitted the Convention to the Senate", negated=True, required=False)
R(d, ["International Trade Union Confederation", "ITUC"], "called-for", C190, D, "today urged all governments to \"ratify C190 now\"")
R(d, "Uruguay", RATIFIED, C189, "2012-06", "which Uruguay was also the first country to ratify, in June 2012")
# Generation Equality Forum commitments "expected": unnamed governments; Paris is a venue.

# ===================== 06 (Hansard, House of Lords oral question, Wednesday 8 March 2023) =====================
d = "06.txt"
D = "2023-03-08"
R77202 = ("resolution 77/202", ["General Assembly resolution 77/202", "Child, early and forced marriage"])
HRCCEFM = ("Human Rights Council resolution on child, early and forced marriage", ["resolution on child, early and forced marriage"])
# The Minister speaks for the Government: "We", "the Government", "the UK" are the United Kingdom.
R(d, "United Kingdom", "signed", IST, "2012-06", "The United Kingdom signed the Istanbul Convention in June 2012")
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "The United Kingdom signed the Istanbul Convention in June 2012 and ratified it on 21 July 2022")
# Entry into force for the UK: nothing. "encourage Türkiye to rejoin" restates the call.
R(d, "United Kingdom", "called-for", IST, D, "We regularly encourage other States to do the same",
  alt=["We will continue to encourage Türkiye to rejoin"])
R(d, "Ireland", RATIFIED, IST, "2019", "Ireland ratified the Istanbul Convention in 2019")
# The reservation to Article 59 and its review: nothing.
R(d, "United Kingdom", "signed", OPIC, None,
  "the Government have still not signed the third optional protocol to the UN Convention on the Rights of the Child", negated=True,
  alt=["the Government have no plans to sign or ratify the third optional protocol"])
R(d, "United Kingdom", NOTRATIFIED, OPIC, None, "the Government have no plans to sign or ratify the third optional protocol", negated=True)
RL(d, ["Germany", "France", "Ireland"], RATIFIED, OPIC, None, "Germany, France and Ireland have all ratified it.")
# "Will the Minister commit to signing it": a question, nothing.
R(d, "United Kingdom", RATIFIED, CRC, "1991", "The UK ratified the Convention on the Rights of the Child in 1991")
R(d, "United Kingdom", RATIFIED, OPAC, "2003",
  "ratified the optional protocols on children in armed conflict and on the sale of children in 2003 and 2009 respectively")
R(d, "United Kingdom", RATIFIED, OPSC, "2009",
  "ratified the optional protocols on children in armed conflict and on the sale of children in 2003 and 2009 respectively")
R(d, "United Kingdom", RATIFIED, C190, "2022-03-07", "the UK ratified ILO Convention 190 on 7 March 2022")
R(d, "United Kingdom", "called-for", C190, D, "We are now working with the ILO to encourage ratification across the Commonwealth", required=False)
R(d, "Türkiye", NOTBOUND, IST, None, "Turkey has withdrawn from the convention named after its largest city", negated=True,
  alt=["Türkiye's withdrawal in 2021 was deeply regrettable"])
R(d, "Poland", NOTBOUND, IST, None, "Poland's Government have said that they wish to withdraw too", negated=True)
# "12 million girls": nothing. Sponsorship dates are not given; the adoption is "in December" said in March 2023.
R(d, "United Kingdom", "co-sponsored", R77202, None, "We co-sponsored resolution 77/202 on child, early and forced marriage")
R(d, GA, ADOPTED, R77202, "2022-12", "resolution 77/202 on child, early and forced marriage, adopted by the General Assembly in December")
R(d, "United Kingdom", "co-sponsored", HRCCEFM, None, "we co-sponsor the Human Rights Council resolution on the subject whenever it is tabled",
  required=False)
# The Marriage and Civil Partnership (Minimum Age) Act 2022: domestic.
R(d, "United Kingdom", RATIFIED, LANZ, "2018-06", "We ratified the Lanzarote Convention in June 2018")
R(d, "United Kingdom", ACCEDED, OPCEDAW, "2004-12",
  "the UK acceded to the optional protocol to the Convention on the Elimination of All Forms of Discrimination against Women in December 2004")
# The CEDAW Committee's review next year: nothing.

# ===================== 07.html (OAS press release E-041/24, 30th anniversary of Belém do Pará, Asunción, Thursday 27 June 2024) =====================
d = "07.html"
D = "2024-06-27"
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "General Assembly", "OAS"]
OASSG = ["OAS Secretary General", "Secretary General of the OAS", "Luis Almagro", "OAS"]
ASU = ("Asunción Commitment to End Femicide and Violence against Women and Girls", ["Asunción Commitment", "Asuncion Commitment", "the Commitment"])
FEMDECL = ("Declaration on Femicide", ["MESECVI Declaration on Femicide"])
PIA = ("resolution on the Inter-American Program on the Promotion of Women's Human Rights and Gender Equity and Equality",
       ["Inter-American Program on the Promotion of Women's Human Rights and Gender Equity and Equality"])
R(d, OASGA, ADOPTED, BELEM, "1994-06-09", "The Convention was adopted by the OAS General Assembly on June 9, 1994")
# Belém do Pará and Asunción as venues, entry into force, "32 States Parties": nothing.
# Canada "studying the possibility of acceding" restates its negated tuple.
R(d, "Canada", NOTBOUND, BELEM, None,
  "The only OAS member states that are not party to the Convention are Canada and the United States", negated=True,
  alt=["was studying the possibility of acceding to it"])
R(d, "United States", NOTBOUND, BELEM, None,
  "The only OAS member states that are not party to the Convention are Canada and the United States", negated=True)
RL(d, ["Canada", "United States"], "signed", BELEM, None, "Canada and the United States, neither of which has signed it", negated=True)
ASU16 = ["Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Dominican Republic", "Ecuador", "El Salvador", "Guatemala", "Honduras",
         "Mexico", "Panama", "Paraguay", "Peru", "Trinidad and Tobago", "Uruguay"]
# Signing a non-binding commitment is endorsing it.
RL(d, ASU16, SIGNED_DECL, ASU, D,
   "16 member states signed the Asunción Commitment to End Femicide and Violence against Women and Girls: Bolivia, Brazil, Chile, Colombia, Costa Rica, the Dominican Republic, Ecuador, El Salvador, Guatemala, Honduras, Mexico, Panama, Paraguay, Peru, Trinidad and Tobago and Uruguay")
R(d, "Argentina", SIGNED_DECL, ASU, None, "Argentina did not sign the Commitment", negated=True)
RL(d, ["Jamaica", "Barbados"], SIGNED_DECL, ASU, None, "Jamaica and Barbados said they would sign after completing internal consultations", negated=True)
R(d, OASSG, "called-for", BELEM, D, "who urged Canada and the United States to become party to the Convention")
# "supported the Convention's goals" and work with MESECVI: support for aims and a mechanism, not a binding act.
R(d, "Brazil", RATIFIED, BELEM, "1995-11", "recalled that it had ratified the Convention in November 1995")
R(d, "Paraguay", RATIFIED, BELEM, "1995-10", "recalled its own ratification in October 1995")
# Hosting the sessions, calling for MESECVI's resources: nothing.
R(d, ["Committee of Experts of MESECVI", "MESECVI Committee of Experts", "MESECVI", "Committee of Experts"], ADOPTED, FEMDECL, "2008",
  "The Committee of Experts of MESECVI, which adopted the Declaration on Femicide in 2008")
# "18 States Parties have criminalized femicide": unnamed and domestic.
R(d, OASGA, ADOPTED, PIA, None,
  "The General Assembly is expected to adopt tomorrow, at its closing plenary, a resolution on the Inter-American Program on the Promotion of Women",
  negated=True)

# ===================== 08.md (NGO newsletter, HRC56 wrap-up, Monday 15 July 2024) =====================
d = "08.md"
D = "2024-07-15"
L15 = ("resolution on the elimination of all forms of discrimination against women and girls",
       ["A/HRC/56/L.15/Rev.1", "Elimination of all forms of discrimination against women and girls"])
L8 = ("Accelerating efforts to eliminate all forms of violence against women and girls", ["A/HRC/56/L.8", "resolution on violence against women and girls"])
L22 = ("resolution on the elimination of female genital mutilation", ["A/HRC/56/L.22", "Elimination of female genital mutilation"])
R5323 = ("resolution 53/23", ["Human Rights Council resolution 53/23", "resolution on child, early and forced marriage"])
CEFM59 = ("resolution on child, early and forced marriage", ["Child, early and forced marriage", "child marriage resolution"])
THU, WED = "2024-07-11", "2024-07-10"   # "on Thursday", "on Wednesday" of the session's last week, against Monday 15 July 2024
RL(d, ["Mexico", "Colombia"], "co-sponsored", L15, None, "The biennial resolution was presented by Mexico and Colombia, on behalf of a cross-regional core group")
# "62 co-sponsors": unnamed. The Russian amendments: amendments, nothing.
R(d, HRC, ADOPTED, L15, THU, "The resolution was adopted on Thursday by a recorded vote of 36 in favour, none against and 11 abstentions")
YES36 = ["Albania", "Argentina", "Belgium", "Benin", "Brazil", "Bulgaria", "Chile", "China", "Costa Rica", "Côte d'Ivoire", "Cuba",
         "Dominican Republic", "Finland", "France", "Gambia", "Georgia", "Germany", "Ghana", "Honduras", "India", "Japan", "Kazakhstan",
         "Kyrgyzstan", "Lithuania", "Luxembourg", "Malawi", "Maldives", "Montenegro", "Morocco", "Netherlands", "Paraguay", "Romania",
         "South Africa", "United Arab Emirates", "United States", "Viet Nam"]
RL(d, YES36, "supported", L15, THU,
   "In favour: Albania, Argentina, Belgium, Benin, Brazil, Bulgaria, Chile, China, Costa Rica, Côte d'Ivoire, Cuba, Dominican Republic, Finland, France, Gambia, Georgia, Germany, Ghana, Honduras, India, Japan, Kazakhstan, Kyrgyzstan, Lithuania, Luxembourg, Malawi, Maldives, Montenegro, Morocco, Netherlands, Paraguay, Romania, South Africa, United Arab Emirates, United States, Viet Nam")
ABS11 = ["Algeria", "Bangladesh", "Burundi", "Cameroon", "Eritrea", "Indonesia", "Kuwait", "Malaysia", "Qatar", "Somalia", "Sudan"]
RL(d, ABS11, "supported", L15, THU,
   "Abstaining: Algeria, Bangladesh, Burundi, Cameroon, Eritrea, Indonesia, Kuwait, Malaysia, Qatar, Somalia, Sudan", negated=True)
R(d, "United States", "signed", CEDAW, "1980",
  "it has signed but not ratified the Convention on the Elimination of All Forms of Discrimination against Women, which it signed in 1980")
R(d, "United States", NOTRATIFIED, CEDAW, None,
  "it has signed but not ratified the Convention on the Elimination of All Forms of Discrimination against Women", negated=True)
RL(d, ["Somalia", "Sudan"], NOTBOUND, CEDAW, None, "Somalia and Sudan, the two Council members not party to that Convention", negated=True)
R(d, "Canada", "co-sponsored", L8, None, "Canada's annual resolution")
R(d, HRC, ADOPTED, L8, WED,
  "Canada's annual resolution, \"Accelerating efforts to eliminate all forms of violence against women and girls\", was adopted without a vote on Wednesday")
R(d, HRC, "called-for", C190, WED,
  "The resolution urges States that have not yet done so to ratify the ILO Violence and Harassment Convention, 2019 (No. 190)")
for inst in (IST, BELEM, MAPUTO):
    R(d, HRC, "called-for", inst, WED,
      "to consider acceding to relevant regional instruments, such as the Istanbul Convention, the Belém do Pará Convention and the Maputo Protocol")
R(d, "Burkina Faso", "co-sponsored", L22, None, "Presented by Burkina Faso on behalf of the Group of African States")
R(d, ["Group of African States", "African Group"], "co-sponsored", L22, None,
  "Presented by Burkina Faso on behalf of the Group of African States", required=False)
R(d, HRC, ADOPTED, L22, THU,
  "the resolution on the elimination of female genital mutilation was adopted without a vote on Thursday")
R(d, HRC, ADOPTED, R5323, "2023-07", "the Council adopted resolution 53/23 by consensus in July 2023")
# Leading the text at the next session: a planned sponsorship.
RL(d, ["Sierra Leone", "Zambia"], "co-sponsored", CEFM59, None,
   "Sierra Leone and Zambia have told partners that they will again lead the text at the 59th session next year", negated=True)
# "ratified by fewer than 50 countries": unnamed.

# ===================== 09 (Sierra Leone's national statement, CSW60 general discussion, New York, Tuesday 15 March 2016) =====================
d = "09.txt"
D = "2016-03-15"
SL = "Sierra Leone"   # "my country", "we", "my Government": the speaking State
A2030 = ("2030 Agenda for Sustainable Development", ["2030 Agenda", "Transforming our world: the 2030 Agenda for Sustainable Development"])
R298 = ("resolution 29/8", ["Human Rights Council resolution 29/8"])
R69156 = ("resolution 69/156", ["General Assembly resolution 69/156"])
ACP = ("African Common Position on the AU Campaign to End Child Marriage", ["African Common Position on ending child marriage", "African Common Position"])
SSD = ("Safe Schools Declaration", [])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC", "African Children's Charter"])
C189 = ("Domestic Workers Convention, 2011 (No. 189)", ["Convention No. 189", "C189", "Domestic Workers Convention", "ILO Domestic Workers Convention"])
# Aligning with the Group of 77 and the African Group: nothing.
R(d, SL, COMMITTED, BEIJING, D, "my country reaffirms its full commitment to the Beijing Declaration and Platform for Action")
R(d, SL, COMMITTED, A2030, D, "We are equally committed to the 2030 Agenda for Sustainable Development")
# "adopted here last September": no adopting body named.
R(d, SL, RATIFIED, CEDAW, "1988", "Sierra Leone ratified the Convention on the Elimination of All Forms of Discrimination against Women in 1988")
R(d, SL, "signed", OPCEDAW, "2000", "signed its Optional Protocol in 2000")
# Cabinet's approval is domestic; the deposit is planned.
R(d, SL, NOTRATIFIED, OPCEDAW, None, "we expect to deposit our instrument before the end of this year", negated=True,
  alt=["Cabinet has approved the ratification of the Optional Protocol"])
R(d, SL, RATIFIED, MAPUTO, "2015",
  "Last year, my Government deposited its instrument of ratification of the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa")
R(d, SL, PARTY, CRC, None, "We are also party to the Convention on the Rights of the Child")
R(d, SL, PARTY, ACRWC, None, "We are also party to the Convention on the Rights of the Child and to the African Charter on the Rights and Welfare of the Child")
R(d, SL, RATIFIED, OPSC, "2001", "we ratified the Optional Protocols to the Convention on the sale of children in 2001")
R(d, SL, RATIFIED, OPAC, "2002", "and on the involvement of children in armed conflict in 2002")
# Presenting a resolution as part of its core group: sponsoring it; the day of presentation is not given.
R(d, SL, "co-sponsored", R298, None, "Sierra Leone was proud to be part of the core group that presented Human Rights Council resolution 29/8")
R(d, HRC, ADOPTED, R298, "2015-07", "Human Rights Council resolution 29/8 on child, early and forced marriage, which the Council adopted last July")
R(d, SL, "co-sponsored", R69156, "2014-12", "We also co-sponsored General Assembly resolution 69/156 on the same subject in December 2014.")
R(d, ["AU Assembly", "Assembly of the African Union", "African Union Assembly", "African Union"], ADOPTED, ACP, "2015-06",
  "the African Common Position on the AU Campaign to End Child Marriage, adopted by the Assembly of the African Union in June 2015")
# "fully support" a common position: backing of a text, which a careful annotator may or may not record as endorsement.
R(d, SL, ENDORSED, ACP, D, "we fully support the African Common Position on the AU Campaign to End Child Marriage", required=False)
# Launching the national phase of the Campaign: a process. Oslo: a venue.
R(d, SL, ENDORSED, SSD, "2015-05", "Sierra Leone endorsed the Safe Schools Declaration in Oslo in May 2015")
R(d, SL, NOTRATIFIED, C189, None, "Sierra Leone has not yet ratified the ILO Domestic Workers Convention, 2011 (No. 189)", negated=True)
R(d, SL, "called-for", MAPUTO, D,
  "We urge all Member States of the African Union that have not yet done so to ratify the Maputo Protocol without reservations")
R(d, SL, "called-for", OPCEDAW, D,
  "we urge all States to accept the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women")
# The Gender Acts, the Sexual Offences Act and the marriage-age bill: domestic.

# ===================== 10 (wire-service news story, Türkiye leaves the Istanbul Convention, Istanbul, Saturday 20 March 2021) =====================
d = "10.txt"
D = "2021-03-20"
# A withdrawal (by decree, taking effect later) is a negated party record, without a date.
R(d, "Türkiye", NOTBOUND, IST, None, "Turkey pulled out early on Saturday from an international accord designed to protect women from violence", negated=True,
  alt=["annulled the country's ratification of the Council of Europe's Convention on preventing and combating violence against women and domestic violence"])
R(d, "Türkiye", "signed", IST, "2011", "Turkey signed the accord in Istanbul on the day it was opened for signature in 2011")
R(d, "Türkiye", RATIFIED, IST, "2012", "in 2012 became the first country to ratify it")
# The opposition party's pledge to reinstate the convention: a party, not a State, and conditional: nothing.
# A call to reverse a withdrawal is a call to stay in the treaty, which a careful annotator may or may not record.
R(d, "European Union", "called-for", IST, D, "urged Ankara to reverse its decision", required=False)
# "signed by 45 countries", "ratified by 34 of them": unnamed; the EU is named.
R(d, "European Union", "signed", IST, None, "The convention, which has been signed by 45 countries and the European Union")
R(d, "Poland", RATIFIED, IST, "2015", "Poland, which ratified it in 2015")
R(d, "Poland", NOTBOUND, IST, None, "said last July that it would take steps to leave the treaty", negated=True)
R(d, "Hungary", NOTRATIFIED, IST, None, "Hungary's parliament in May last year adopted a declaration refusing to ratify the convention", negated=True)
R(d, "Hungary", "signed", IST, "2014", "the convention, which Budapest signed in 2014")
R(d, "Bulgaria", NOTRATIFIED, IST, None, "which has kept Bulgaria from ratifying it", negated=True)
R(d, "Slovakia", NOTRATIFIED, IST, None, "Slovakia's parliament voted against ratification in February last year", negated=True)
R(d, "Ukraine", "signed", IST, "2011", "In Ukraine, which signed the convention in 2011")
R(d, "Ukraine", NOTRATIFIED, IST, None, "ratification has been stalled for years", negated=True)
R(d, "Türkiye", JOINED, CEDAW, "1985",
  "Turkey remains a party to the United Nations Convention on the Elimination of All Forms of Discrimination against Women, which it joined in 1985")
# Parliament's approval of the ratification in 2011: domestic. The Council of State hearings: nothing.

# ===================== 11 (SADC Summit communiqué, Sandton, Johannesburg, 16-17 August 2008, dated 17 August 2008) =====================
d = "11.txt"
D = "2008-08-17"   # the communiqué's date; the Summit's acts are reported under it
SADC = ["SADC Summit", "Summit of SADC Heads of State and Government", "SADC", "Southern African Development Community"]
GDP = ("SADC Protocol on Gender and Development", ["Protocol on Gender and Development", "Gender Protocol"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC", "African Children's Charter"])
# Opening, chairmanship, Seychelles' readmission, the Free Trade Area launch: nothing.
R(d, SADC, ADOPTED, GDP, D, "Summit adopted the SADC Protocol on Gender and Development")
# The 1997 Declaration and its 1998 Addendum are only cited.
SIG12 = ["Angola", "Democratic Republic of the Congo", "Lesotho", "Madagascar", "Malawi", "Mozambique", "Namibia", "South Africa",
         "Eswatini", "United Republic of Tanzania", "Zambia", "Zimbabwe"]
RL(d, SIG12, "signed", GDP, D,
   "The Protocol was signed by Angola, the Democratic Republic of Congo, Lesotho, Madagascar, Malawi, Mozambique, Namibia, South Africa, Swaziland, Tanzania, Zambia and Zimbabwe.")
RL(d, ["Botswana", "Mauritius"], "signed", GDP, None, "Botswana and Mauritius did not sign the Protocol.", negated=True)
R(d, "Seychelles", "signed", GDP, None, "will consider the Protocol with a view to signing it at a later date", negated=True)
R(d, SADC, "called-for", GDP, D, "Summit urged Member States to ratify the Protocol expeditiously")
# Commending another actor's ratification gives the Summit nothing; the ratifications themselves are recorded, undated.
MAP10 = ["Angola", "Lesotho", "Malawi", "Mozambique", "Namibia", "Seychelles", "South Africa", "United Republic of Tanzania", "Zambia", "Zimbabwe"]
RL(d, MAP10, RATIFIED, MAPUTO, None,
   "Angola, Lesotho, Malawi, Mozambique, Namibia, Seychelles, South Africa, Tanzania, Zambia and Zimbabwe for having ratified the Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa")
R(d, SADC, "called-for", MAPUTO, D, "urged the remaining Member States to ratify it")
RL(d, ["Democratic Republic of the Congo", "Eswatini"], NOTRATIFIED, ACRWC, None,
   "the Democratic Republic of Congo and Swaziland had yet to ratify the African Charter on the Rights and Welfare of the Child", negated=True)
R(d, SADC, "called-for", ACRWC, D, "had yet to ratify the African Charter on the Rights and Welfare of the Child, and urged them to do so")
# Calls to strengthen national laws and services: domestic. The Customs Union, the Organ's report, the next venue and the host: nothing.

# ===================== 12 (Japanese foreign ministry, Press Secretary's press conference, Wednesday 6 November 2024) =====================
d = "12.txt"
D = "2024-11-06"
CEDAWC = ["Committee on the Elimination of Discrimination against Women", "CEDAW Committee", "Committee"]
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime"])
R77202 = ("resolution 77/202", ["General Assembly resolution 77/202", "resolutions on child, early and forced marriage"])
R5323 = ("resolution 53/23", ["Human Rights Council resolution 53/23"])
# A treaty body's recommendation that a State ratify: the Committee's call, dated by its concluding observations ("On October 29").
R(d, CEDAWC, "called-for", OPCEDAW, "2024-10-29", "The Committee once again recommended that Japan ratify the Optional Protocol to the Convention")
R(d, "Japan", RATIFIED, CEDAW, "1985", "Japan ratified the Convention on the Elimination of All Forms of Discrimination against Women in 1985")
R(d, "Japan", NOTRATIFIED, OPCEDAW, None, "the Government is seriously considering whether to conclude it", negated=True,
  alt=["It is being studied carefully, together with the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women."])
# The Imperial House Law recommendation and the request to delete it: nothing.
R(d, "Japan", "supported", C190, "2019", "Japan voted in favour of the Convention when it was adopted at the International Labour Conference in 2019")
R(d, ["International Labour Conference", "ILO", "International Labour Organization"], ADOPTED, C190, "2019",
  "the Convention when it was adopted at the International Labour Conference in 2019")
R(d, "Japan", NOTRATIFIED, C190, None, "At this point we have no concrete plan to ratify it.", negated=True)
R(d, "Japan", RATIFIED, CRC, "1994", "Japan is a party to the Convention on the Rights of the Child, which it ratified in 1994")
R(d, "Japan", RATIFIED, OPAC, "2004",
  "to its Optional Protocols on the involvement of children in armed conflict and on the sale of children, child prostitution and child pornography, which it ratified in 2004 and 2005 respectively")
R(d, "Japan", RATIFIED, OPSC, "2005",
  "to its Optional Protocols on the involvement of children in armed conflict and on the sale of children, child prostitution and child pornography, which it ratified in 2004 and 2005 respectively")
R(d, "Japan", "signed", OPIC, None, "Japan has not signed the Optional Protocol on a communications procedure.", negated=True)
# Observer status with the Council of Europe: nothing.
R(d, "Japan", NOTBOUND, IST, None, "Japan is not a party to either of those conventions, and there are no plans at present to accede to them", negated=True)
R(d, "Japan", NOTBOUND, LANZ, None, "Japan is not a party to either of those conventions, and there are no plans at present to accede to them", negated=True)
R(d, "Japan", ACCEPTED, BUD, "2012", "the Convention on Cybercrime, which it concluded in 2012")
R(d, "Japan", "co-sponsored", R77202, "2022",
  "Japan has co-sponsored the General Assembly resolutions on child, early and forced marriage, including resolution 77/202 in 2022")
R(d, "Japan", "co-sponsored", R5323, "2023", "it co-sponsored Human Rights Council resolution 53/23 on the same subject last year")
# The minimum marriage age (April 2022): domestic.

# ===================== 13.html (UN Women press release, CSW69 Political Declaration, New York, Monday 10 March 2025) =====================
d = "13.html"
D = "2025-03-10"
CSW = ["Commission on the Status of Women", "CSW", "CSW69", "UN Commission on the Status of Women"]
UNW = ["UN Women", "UN Women Executive Director", "Sima Bahous"]
PD30 = ("Political Declaration on the occasion of the thirtieth anniversary of the Fourth World Conference on Women",
        ["CSW69 Political Declaration", "Political Declaration", "Beijing+30 Political Declaration"])
CTA = ("Call to Action on Protection from Gender-Based Violence in Emergencies", ["Call to Action"])
WPSHA = ("Women, Peace and Security and Humanitarian Action Compact", ["WPS-HA Compact", "Compact on Women, Peace and Security and Humanitarian Action"])
GAP = ("Generation Equality Global Acceleration Plan", ["Global Acceleration Plan"])
R(d, CSW, ADOPTED, PD30, D,
  "Member States at the sixty-ninth session of the Commission on the Status of Women (CSW69) today adopted by consensus a Political Declaration")
# "they reaffirmed ... and pledged": the Member States as a whole, unnamed.
R(d, ["Fourth World Conference on Women", "Beijing Conference"], ADOPTED, BEIJING, "1995-09",
  "The Beijing Declaration and Platform for Action was adopted by 189 Governments at the Fourth World Conference on Women in Beijing in September 1995",
  required=False)
R(d, UNW, "welcomed", PD30, D, "UN Women Executive Director Sima Bahous welcomed the Declaration")
R(d, "Argentina", "supported", PD30, D, "Argentina said it dissociated itself from the Political Declaration as a whole", negated=True)
# Dissociating from three paragraphs without saying it joined the consensus: no record for the United States.
R(d, "Russian Federation", "supported", PD30, D, "The Russian Federation said it had joined the consensus in a spirit of compromise")
RL(d, ["Chile", "Colombia", "Spain"], ENDORSED, CTA, D,
   "Chile, Colombia and Spain endorsed the Call to Action on Protection from Gender-Based Violence in Emergencies")
RL(d, ["Chile", "Colombia", "Spain"], SIGNED_DECL, WPSHA, D, "also became signatories of the Women, Peace and Security and Humanitarian Action Compact")
R(d, "Mexico", RATIFIED, C190, "2022", "Mexico, which ratified ILO Convention No. 190 on violence and harassment in 2022")
# The national care system and Kenya's femicide law: domestic.
R(d, "Côte d'Ivoire", NOTRATIFIED, C190, None, "said it would deposit its own instrument of ratification of that Convention next month", negated=True)
RL(d, ["Iceland", "Rwanda"], COMMITTED, GAP, D, "Iceland and Rwanda announced new financial commitments to the Generation Equality Global Acceleration Plan")
R(d, "Kenya", RATIFIED, MAPUTO, "2010", "Kenya, which ratified the Maputo Protocol in 2010")
R(d, "Sierra Leone", RATIFIED, OPCEDAW, "2024",
  "Sierra Leone, which ratified the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women last year")
R(d, "Sierra Leone", "called-for", OPCEDAW, D, "called on other African States to follow")
R(d, "Poland", NOTRATIFIED, OPIC, None,
  "its Government had begun the procedure to ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure", negated=True)
# Transmission to the Economic and Social Council: nothing.

# ===================== 14 (Council of Europe newsroom item, Ireland ratifies the Lanzarote Convention, Strasbourg, Monday 21 September 2020) =====================
d = "14.txt"
D = "2020-09-21"
R(d, "Ireland", RATIFIED, LANZ, D,
  "Ireland today deposited its instrument of ratification of the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse (CETS No. 201)")
# "all 47 member States": unnamed. Lanzarote, Spain, and the Conference of Ministers of Justice: venue. Entry into force for Ireland: nothing.
R(d, "Ireland", "signed", LANZ, "2007-10-25", "Ireland signed the Convention on 25 October 2007")
R(d, COESG, "called-for", LANZ, D, "I encourage States beyond Europe that share our values to join the Lanzarote Convention as well.")
# The Irish Acts of 2015, 2017 and 2018: domestic.
R(d, COM, ADOPTED, LANZ, "2007-07-12", "The Lanzarote Convention was adopted by the Committee of Ministers on 12 July 2007.")
RL(d, ["Albania", "Bulgaria", "Denmark", "Greece", "Netherlands"], RATIFIED, LANZ, None,
   "after it had been ratified by Albania, Bulgaria, Denmark, Greece and the Netherlands")
R(d, "Tunisia", ACCEDED, LANZ, "2019-11-15", "Tunisia became the first non-member State to accede, on 15 November 2019.")
# Asking to be invited to accede shows an intended accession; the invitation itself is the Committee of Ministers' act.
R(d, "Morocco", ACCEDED, LANZ, None, "The Kingdom of Morocco has asked to be invited to accede", negated=True, required=False)
# The Lanzarote Committee's monitoring: nothing.
R(d, "Ireland", RATIFIED, IST, "2019-03",
  "Ireland has also been a Party since March 2019 to the Council of Europe Convention on preventing and combating violence against women and domestic violence")
# Parliamentary approval is domestic; the deposit is still to come (it is dated June 2021 in 01, outside this document).
R(d, "Liechtenstein", NOTRATIFIED, IST, None, "the instrument is expected to be deposited next year", negated=True,
  alt=["the Parliament of Liechtenstein approved the ratification of the Istanbul Convention on 2 September 2020"])
R(d, "Republic of Moldova", "signed", IST, "2017-02", "The Republic of Moldova, which signed the Istanbul Convention in February 2017")
R(d, "Republic of Moldova", NOTRATIFIED, IST, None, "The Republic of Moldova, which signed the Istanbul Convention in February 2017, has yet to ratify it", negated=True)
R(d, "Armenia", "signed", IST, "2018-01", "Armenia, which signed in January 2018")
R(d, "Armenia", NOTRATIFIED, IST, None, "has yet to ratify it, as has Armenia", negated=True)
# "The 47 member States ... have committed": unnamed. The Strategy for the Rights of the Child: no act by a named actor.

# ===================== 15 (news agency report, the Czech Senate rejects the Istanbul Convention, Prague, Wednesday 24 January 2024) =====================
d = "15.txt"
D = "2024-01-24"
# The Senate's refusal of consent is a domestic step; what it means for the treaty is stated: not ratified.
R(d, "Czechia", NOTRATIFIED, IST, None, "meaning the Czech Republic cannot ratify the treaty for now", negated=True,
  alt=["had said he would ratify it as soon as parliament gave its consent"])
# The government's approval and sending the treaty to parliament: domestic.
R(d, "Czechia", "signed", IST, "2016-05", "The Czech Republic signed the convention in May 2016")
RL(d, ["Bulgaria", "Hungary", "Lithuania", "Slovakia"], NOTRATIFIED, IST, None,
   "five - Bulgaria, the Czech Republic, Hungary, Lithuania and Slovakia - have not ratified the convention", negated=True)
R(d, "Latvia", RATIFIED, IST, "2024-01", "Latvia, long among the holdouts, deposited its instrument of ratification earlier this month")
R(d, "European Union", ACCEDED, IST, "2023", "the European Union itself acceded to the convention last year")
# The Bishops' Conference welcoming the vote and the women's organisations' campaign: nothing.
R(d, "European Commission", "called-for", IST, D, "urged all member states that had not yet done so to ratify the convention")
RL(d, ["Ukraine", "United Kingdom"], RATIFIED, IST, "2022", "Ukraine and the United Kingdom both ratified the convention in 2022")
R(d, "Türkiye", NOTBOUND, IST, None, "Turkey withdrew from it in 2021.", negated=True)
R(d, "Czechia", RATIFIED, LANZ, "2014", "the Council of Europe's Lanzarote Convention on the sexual abuse of children, which it ratified in 2014")
R(d, "Czechia", RATIFIED, OPIC, "2015",
  "the third optional protocol to the U.N. Convention on the Rights of the Child, which it ratified in 2015")
# Submission to the government for approval is domestic; ratification is planned for 2025.
R(d, "Czechia", NOTRATIFIED, C190, None, "with a view to ratification in 2025", negated=True)

# ===================== 16.md (NGO briefing paper, G20 scorecard, 19 November 2025) =====================
d = "16.md"
D = "2025-11-19"
EFC = ["Equal Futures Coalition", "the Coalition"]
RIO = ("Rio de Janeiro Leaders' Declaration", ["G20 Rio de Janeiro Leaders' Declaration", "G20 Leaders' Declaration"])
# The table: one record per cell. R = ratified, A = acceded (the year of the act); S = signed only (a signature dated by
# the year, and a negated ratification); "-" = not a party (negated).
TABLE = [
    ("Argentina", "Argentina | R 2007 | R 2015 | R 2021", ["R 2007", "R 2015", "R 2021"]),
    ("Australia", "Australia | A 2008 | - | R 2023", ["A 2008", "-", "R 2023"]),
    ("Brazil", "Brazil | R 2002 | R 2017 | -", ["R 2002", "R 2017", "-"]),
    ("Canada", "Canada | A 2002 | - | R 2023", ["A 2002", "-", "R 2023"]),
    ("France", "France | R 2000 | R 2016 | R 2023", ["R 2000", "R 2016", "R 2023"]),
    ("Germany", "Germany | R 2002 | R 2013 | R 2023", ["R 2002", "R 2013", "R 2023"]),
    ("India", "India | - | - | -", ["-", "-", "-"]),
    ("Indonesia", "Indonesia | S 2000 | S 2012 | -", ["S 2000", "S 2012", "-"]),
    ("Japan", "Japan | - | - | -", ["-", "-", "-"]),
    ("Mexico", "Mexico | R 2002 | - | R 2022", ["R 2002", "-", "R 2022"]),
    ("South Africa", "South Africa | A 2005 | - | R 2021", ["A 2005", "-", "R 2021"]),
    ("United Kingdom", "United Kingdom | A 2004 | - | R 2022", ["A 2004", "-", "R 2022"]),
    ("United States", "United States | - | - | -", ["-", "-", "-"]),
]
ALTQ = {("United States", OPCEDAW[0]): ["It cannot accept the Optional Protocol without first becoming party to the Convention."],
        ("Brazil", C190[0]): ["the government has said it will deposit the instrument"],
        ("Indonesia", OPCEDAW[0]): ["signed both Optional Protocols more than a decade ago and has not ratified either"],
        ("Indonesia", OPIC[0]): ["signed both Optional Protocols more than a decade ago and has not ratified either"]}
for actor, q, cells in TABLE:
    for inst, cell in zip((OPCEDAW, OPIC, C190), cells):
        a = ALTQ.get((actor, inst[0]))
        if cell == "-":
            R(d, actor, NOTBOUND, inst, None, q, negated=True, alt=a)
        elif cell.startswith("S "):
            R(d, actor, "signed", inst, cell[2:], q)
            R(d, actor, NOTRATIFIED, inst, None, q, negated=True, alt=a)
        else:
            R(d, actor, RATIFIED if cell[0] == "R" else ACCEDED, inst, cell[2:], q)
# Italy is only in the annex, but the text states that it has accepted all three (no year given).
for inst in (OPCEDAW, OPIC, C190):
    R(d, "Italy", PARTY, inst, None, "Only four G20 members in our sample (Argentina, France, Germany and Italy, in the annex) have accepted all three")
# "has not denounced any of them": Argentina remains bound, nothing new.
R(d, "United States", "signed", CEDAW, "1980", "CEDAW itself, which it signed in 1980")
R(d, "United States", NOTRATIFIED, CEDAW, None, "remains the only G20 member that has signed but not ratified CEDAW itself", negated=True)
R(d, "India", RATIFIED, CEDAW, "1993", "are parties to CEDAW, which they ratified in 1993 and 1985 respectively")
R(d, "Japan", RATIFIED, CEDAW, "1985", "are parties to CEDAW, which they ratified in 1993 and 1985 respectively")
# Brazil's congressional approval (October 2025): domestic; the deposit is planned (alt quote of the table's negated record).
RL(d, ["Argentina", "Brazil", "Mexico"], PARTY, BELEM, None, "Argentina, Brazil and Mexico are parties to the Belém do Pará Convention")
RL(d, ["Canada", "United States"], NOTBOUND, BELEM, None, "Canada and the United States are not", negated=True)
RL(d, ["France", "Germany", "United Kingdom"], PARTY, IST, None, "France, Germany and the United Kingdom are parties to the Istanbul Convention")
R(d, "Türkiye", NOTBOUND, IST, None, "the Istanbul Convention, from which Türkiye withdrew in 2021", negated=True)
R(d, "South Africa", RATIFIED, MAPUTO, "2004", "South Africa ratified the Maputo Protocol in 2004.")
for inst in (OPCEDAW, OPIC, C190):
    R(d, EFC, "called-for", inst, D, "We call on G20 leaders to ratify OP-CEDAW, OPIC and ILO C190 by 2030")
# "in which members committed": unnamed members. The G20 is a named group; its adoption is recorded, optional.
R(d, ["G20", "Group of Twenty", "G20 leaders"], ADOPTED, RIO, "2024-11", "the Rio de Janeiro Leaders' Declaration, adopted in November 2024", required=False)
# The Johannesburg summit: a venue.

gold.finish(MIN_CHARS, MAX_CHARS)
