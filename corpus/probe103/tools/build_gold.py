#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (03, 07, 16) and three are saved HTML pages (02, 09, 15);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: private international law and family law: the Conventions of the Hague Conference on Private International Law
(HCCH) on the Apostille, service of documents, taking of evidence, child abduction, intercountry adoption, child protection,
protection of adults, choice of court, child support and judgments, with their accessions, acceptances of accessions and
the governments announcing them (2023-2025): a monthly treaty-watch digest, a foreign-ministry news release, a law firm's
Markdown status briefing, a wire story, the HCCH Council's conclusions with a status annex, a Third Committee
meetings-coverage press release with a recorded vote, a government treaty-status page, a minister's remarks at a deposit,
a depositary's notification table, a regional news story, parliamentary written answers, an NGO policy brief, a
treaty-ceremony report, a delegation's statement at a Special Commission, a business-news page and a court practice note.

Conventions of this corpus (on top of the READMEs' rules):
- Deposit of an instrument of ratification is `ratified`; of accession, `acceded`; of acceptance or approval, and
  acceptance of the HCCH Statute, ACCEPTED (ratified / acceded / party). "Joined", "became a party", "(year)" after a list
  introduced as ratifications or accessions: JOINED. "Has been a party since YEAR" is `party` with that year. "Became the
  Nth Contracting Party" on the same deposit is the same event: no separate record (the action lists overlap).
- Acceptance of another State's accession (Article 38 of the 1980 Convention, Article 39 of the 1970 Convention) and
  objection to an accession (Article 12 of the Apostille Convention) give the accepting or objecting State nothing; the
  accession they refer to is the acceding State's `acceded`, undated unless the text dates the deposit itself (the date of
  an acceptance, an objection or a depositary notification is not the accession's date).
- Nothing for: depositaries (the Netherlands Ministry of Foreign Affairs), hosts and venues, entry into force as such,
  territorial extensions (Hong Kong, Macao, Scotland), reservations and declarations, designations of authorities,
  membership of the HCCH as an organisation, domestic steps (Cabinet or Senate approval, Acts, regulations, EU
  legislation such as the Service Regulation, Council decisions), guides to good practice and model laws, welcoming,
  congratulating or noting another actor's act, counts of unnamed States ("more than 80 Contracting Parties").
- Negated, planned and hedged statements ("has yet to", "is studying", "will deposit", "intends to sign", "neither ...
  nor", "not party", "signed but not ratified", denunciation) are negated records without a date; a vote against or an
  abstention is `supported` negated with the vote's date. A call in a draft approved only in committee ("the General
  Assembly would urge") is planned, hence negated.
- Calls on others to sign, ratify, accede to or join an instrument are the caller's `called-for`, dated by the statement
  that makes them where it is dated.
- Dates: the act's own date as the text gives it; "today", "this morning", "on Friday", "last year", "in February" resolve
  against the document's date (its header, dateline or publication line).
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam",
          "Republic of Moldova", "Philippines", "United Arab Emirates", "Kazakhstan", "Netherlands", "Côte d'Ivoire",
          "Marshall Islands", "Fiji", "Samoa", "Thailand", "Cook Islands", "Cabo Verde", "Democratic Republic of the Congo",
          "United Republic of Tanzania", "Eswatini", "Bolivia", "China", "Egypt", "Saudi Arabia", "Kenya", "Germany", "Mexico",
          "Colombia", "Costa Rica", "Chile", "Paraguay", "Burundi", "Rwanda", "Uganda", "Bangladesh", "Papua New Guinea",
          "Sao Tome and Principe", "Guatemala", "Ecuador"),
    "Türkiye": ["Türkiye", "Turkey", "Turkiye", "Republic of Türkiye"],
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Malaysia": ["Malaysia"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Ukraine": ["Ukraine"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Israel": ["Israel", "State of Israel"],
    "Montenegro": ["Montenegro"],
    "Albania": ["Albania", "Republic of Albania"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Solomon Islands": ["Solomon Islands", "the Solomon Islands"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments: each helper takes the name as the document writes it and adds the shared aliases ----
APOS_AL = ["Apostille Convention", "Hague Apostille Convention", "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents",
           "1961 Apostille Convention"]
SERV_AL = ["Service Convention", "Hague Service Convention",
           "Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters", "1965 Service Convention"]
EVID_AL = ["Evidence Convention", "Hague Evidence Convention", "Convention on the Taking of Evidence Abroad in Civil or Commercial Matters",
           "1970 Evidence Convention"]
HCAB_AL = ["Child Abduction Convention", "Hague Child Abduction Convention", "Convention on the Civil Aspects of International Child Abduction",
           "Hague Convention on the Civil Aspects of International Child Abduction", "1980 Child Abduction Convention", "1980 Hague Convention"]
ADOPT_AL = ["Intercountry Adoption Convention", "Hague Adoption Convention", "1993 Intercountry Adoption Convention",
            "Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption", "1993 Hague Convention"]
CP96_AL = ["Child Protection Convention", "1996 Child Protection Convention", "1996 Hague Child Protection Convention",
           "Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children"]
ADULTS_AL = ["Protection of Adults Convention", "Convention on the International Protection of Adults", "2000 Protection of Adults Convention",
             "Hague Adults Convention"]
COC_AL = ["Choice of Court Convention", "Convention on Choice of Court Agreements", "2005 Choice of Court Convention", "Hague Choice of Court Convention"]
CS07_AL = ["Child Support Convention", "2007 Child Support Convention",
           "Convention on the International Recovery of Child Support and Other Forms of Family Maintenance", "Hague Maintenance Convention"]
JUDG_AL = ["Judgments Convention", "2019 Judgments Convention", "Hague Judgments Convention",
           "Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters"]


def apos(n="Apostille Convention"): return (n, APOS_AL)
def serv(n="Service Convention"): return (n, SERV_AL)
def evid(n="Evidence Convention"): return (n, EVID_AL)
def hcab(n="Child Abduction Convention"): return (n, HCAB_AL)
def adopt(n="Intercountry Adoption Convention"): return (n, ADOPT_AL)
def cp96(n="Child Protection Convention"): return (n, CP96_AL)
def adults(n="Protection of Adults Convention"): return (n, ADULTS_AL)
def coc(n="Choice of Court Convention"): return (n, COC_AL)
def cs07(n="Child Support Convention"): return (n, CS07_AL)
def judg(n="Judgments Convention"): return (n, JUDG_AL)


PROT07 = ("2007 Protocol on the Law Applicable to Maintenance Obligations",
          ["Protocol on the Law Applicable to Maintenance Obligations", "2007 Hague Protocol", "Hague Maintenance Protocol"])
STAT = ("Statute of the Hague Conference on Private International Law", ["HCCH Statute", "Statute of the HCCH", "Statute"])
CRC = ("Convention on the Rights of the Child", ["CRC", "UN Convention on the Rights of the Child"])
IACIRC = ("Inter-American Convention on the International Return of Children", ["Inter-American Convention on the International Return of Children of 1989"])

PB = ["HCCH Permanent Bureau", "Permanent Bureau", "Permanent Bureau of the Hague Conference on Private International Law",
      "Hague Conference on Private International Law", "HCCH"]
CGAP = ["HCCH Council on General Affairs and Policy", "Council on General Affairs and Policy", "CGAP",
        "Council on General Affairs and Policy of the Conference", "Hague Conference on Private International Law", "HCCH"]
HSG = ["HCCH Secretary General", "Secretary General of the HCCH", "Christophe Bernasconi", "Hague Conference on Private International Law", "HCCH"]

# ===================== 01 (legal bulletin's treaty-watch digest, February 2025 treaty actions, issue dated 3 March 2025) =====================
d = "01.txt"
# The Netherlands as depositary: nothing. Every "February" is February 2025.
R(d, "Rwanda", ACCEDED, apos(), "2025-02-04", "Rwanda: instrument of accession deposited on 4 February 2025")
# "becomes the 128th Contracting Party": the same accession.
R(d, "Bangladesh", ACCEDED, apos(), "2025-02-11", "Bangladesh, 11 February: accession")
# Germany's objection to Rwanda's accession, Belgium's withdrawn objection: nothing for them; Pakistan's accession is undated.
R(d, "Pakistan", ACCEDED, apos(), None, "Belgium withdrew the objection it had lodged in 2022 to the accession of Pakistan")
R(d, "Rwanda", ACCEDED, serv(), "2025-02-04", "Rwanda also acceded to the Service Convention on the same day as its Apostille accession")
# The Article 8 and 10 declarations: nothing.
R(d, "Singapore", RATIFIED, serv(), "2025-02-19", "Singapore deposited its instrument of ratification of the Service Convention on 19 February")
R(d, "Singapore", "signed", serv(), "2023-08", "some eighteen months after signing it in August 2023")
R(d, "Saudi Arabia", ACCEDED, evid(), "2025-02-12", "Saudi Arabia acceded on 12 February.")
# Latvia's, Poland's and Mexico's acceptances: nothing for them; the accessions accepted are undated.
RL(d, ["Ukraine", "Kazakhstan"], ACCEDED, evid(), None, "Mexico accepted the accessions of Ukraine and Kazakhstan.")
R(d, "India", NOTBOUND, evid(), None, "India, by contrast, remains outside the Evidence Convention", negated=True)
R(d, "Kenya", ACCEDED, hcab(), "2025-02-20", "Kenya deposited its instrument of accession on 20 February 2025, becoming the 104th Contracting Party.")
RL(d, ["Barbados", "Guyana", "Tunisia"], ACCEDED, hcab(), None, "Sweden accepted the accessions of Barbados, Guyana and Tunisia")
R(d, "Botswana", ACCEDED, hcab(), None, "Portugal did the same for Botswana")
R(d, "Sierra Leone", ACCEDED, adopt(), "2025-02-24", "Sierra Leone acceded on 24 February.")
# A nominal ratification that "has still not taken place".
R(d, "Nigeria", NOTRATIFIED, adopt(), None,
  "The ratification of the Convention by Nigeria, repeatedly announced since 2019, has still not taken place.", negated=True)
R(d, "Colombia", RATIFIED, cp96(), "2025-02-06", "Colombia deposited its instrument of ratification on 6 February")
R(d, "Colombia", "signed", cp96(), "2019", "it had signed in 2019")
# Congress's approval: domestic; the deposit is announced, not done.
R(d, "Peru", ACCEDED, cp96(), None, "the instrument would be deposited \"in the coming weeks\"", negated=True,
  alt=["Peru announced that its Congress had approved accession"])
R(d, "Republic of Moldova", "signed", coc(), "2025-02-14", "The Republic of Moldova signed the Choice of Court Convention on 14 February.")
R(d, "Albania", "signed", judg(), "2025-02-14", "On the same day Albania signed the Judgments Convention")
R(d, "Montenegro", "signed", judg(), "2022", "Montenegro, which signed it in 2022")
R(d, "Montenegro", RATIFIED, judg(), "2025-02-25", "deposited its instrument of ratification on 25 February")
R(d, "Andorra", "signed", judg(), None, "Andorra has said that it will sign the Judgments Convention \"before the summer\".", negated=True)
R(d, "Azerbaijan", ACCEDED, cs07("Convention of 23 November 2007 on the International Recovery of Child Support and Other Forms of Family Maintenance"),
  "2025-02-10",
  "Azerbaijan acceded to the Convention of 23 November 2007 on the International Recovery of Child Support and Other Forms of Family Maintenance on 10 February")
R(d, "Malta", RATIFIED, adults(), "2025-02-27", "Malta ratified the Protection of Adults Convention on 27 February 2025")
R(d, "Croatia", "signed", adults(), "2025-02-26", "Croatia signed it the same week, on 26 February")
# The message is not dated by the text.
R(d, PB, "called-for", apos(), None, "the Permanent Bureau encouraged the remaining African States to join the Apostille Convention")
R(d, "Viet Nam", ACCEDED, apos(), None, "Viet Nam is expected to deposit an instrument of accession to the Apostille Convention in April", negated=True)
RL(d, ["Thailand", "Malaysia"], ACCEDED, apos(), None, "Neither Thailand nor Malaysia has taken a decision to accede.", negated=True)

# ===================== 02.html (Global Affairs Canada news release, Apostille Convention in force for Canada, January 11, 2024) =====================
d = "02.html"
D = "2024-01-11"
# Entry into force "today": nothing; the accession is dated by its deposit.
R(d, "Canada", ACCEDED, apos(), "2023-05-12",
  "Canada deposited its instrument of accession to the Convention with the Ministry of Foreign Affairs of the Kingdom of the Netherlands on May 12, 2023")
RL(d, ["France", "Germany", "Italy", "Japan", "United Kingdom", "United States"], PARTY, apos(), None,
   "among them all of its G7 partners: France, Germany, Italy, Japan, the United Kingdom and the United States")
# "last year" against January 2024.
R(d, "China", JOINED, apos(), "2023", "joined the Convention last year")
R(d, "Singapore", ACCEDED, apos(), "2020", "Other recent accessions include Singapore (2020)")
R(d, "Indonesia", ACCEDED, apos(), "2021", "Indonesia (2021)")
RL(d, ["Pakistan", "Saudi Arabia"], ACCEDED, apos(), "2022", "and Pakistan and Saudi Arabia (2022)")
# Competent authorities of the provinces; HCCH membership since 1968; Ontario's Legislation Act: nothing.
R(d, "Canada", "called-for", apos(), D, "We encourage our partners in the Americas that are not yet Contracting Parties to join it as well.")
R(d, "Canada", PARTY, serv("Hague Service Convention"), "1989", "Canada has been a party to the Hague Service Convention since 1989.")
R(d, "Canada", RATIFIED, hcab("1980 Child Abduction Convention"), "1983", "Canada ratified the 1980 Child Abduction Convention in 1983")
R(d, "Canada", RATIFIED, adopt("1993 Intercountry Adoption Convention"), "1996", "and the 1993 Intercountry Adoption Convention in 1996")
R(d, "Canada", "signed", cp96("1996 Child Protection Convention"), "2017-05", "Canada signed the 1996 Child Protection Convention in May 2017")
R(d, "Canada", NOTRATIFIED, cp96("1996 Child Protection Convention"), None,
  "intends to ratify it once all provinces and territories have enacted implementing legislation", negated=True)
R(d, "Canada", NOTBOUND, cs07("2007 Child Support Convention"), None, "Canada is not yet a party to the 2007 Child Support Convention", negated=True)
R(d, "Canada", NOTBOUND, evid("1970 Evidence Convention"), None, "nor has it joined the 1970 Evidence Convention", negated=True)
R(d, "Canada", "signed", judg("2019 Judgments Convention"), None,
  "Federal, provincial and territorial officials are consulting stakeholders on whether Canada should sign the 2019 Judgments Convention.", negated=True)

# ===================== 03.md (law firm's client briefing, Judgments and Choice of Court Conventions, updated 2 September 2025) =====================
d = "03.md"
# The status table: one row per State, signature and deposit dates; entry into force gives nothing.
R(d, "European Union", ACCEDED, judg(), "2022-08-29", "European Union | - | 29 Aug 2022 (accession)",
  alt=["The accession by the European Union does not extend to Denmark"])
for actor, sig, rat, q in [
        ("Ukraine", "2020-03-04", "2022-08-29", "Ukraine | 4 Mar 2020 | 29 Aug 2022 (ratification)"),
        ("Uruguay", "2019-07-02", "2023-09-21", "Uruguay | 2 Jul 2019 | 21 Sep 2023 (ratification)"),
        ("United Kingdom", "2024-01-12", "2024-06-27", "United Kingdom | 12 Jan 2024 | 27 Jun 2024 (ratification)"),
        ("Montenegro", "2022-03-09", "2025-02-25", "Montenegro | 9 Mar 2022 | 25 Feb 2025 (ratification)")]:
    R(d, actor, "signed", judg(), sig, q)
    R(d, actor, RATIFIED, judg(), rat, q)
SIX = [("Israel", "2021-03-03", "Israel | 3 Mar 2021"), ("Costa Rica", "2021-06-21", "Costa Rica | 21 Jun 2021"),
       ("Russian Federation", "2021-11-17", "Russian Federation | 17 Nov 2021"), ("United States", "2022-03-02", "United States | 2 Mar 2022"),
       ("North Macedonia", "2024-01-23", "North Macedonia | 23 Jan 2024"), ("Albania", "2025-02-14", "Albania | 14 Feb 2025")]
for actor, sig, q in SIX:
    R(d, actor, "signed", judg(), sig, q)
RL(d, [a for a, _, _ in SIX], NOTRATIFIED, judg(), None, "have signed without ratifying", negated=True)
R(d, "Denmark", NOTBOUND, judg(), None, "Denmark has not acceded in its own right", negated=True, alt=["Denmark is not bound."])
# The 2020 Act and secondary legislation: domestic.
R(d, "Singapore", "signed", judg(), None, "Singapore, a party to the Choice of Court Convention, has not signed the Judgments Convention", negated=True)
RL(d, ["China", "Japan", "Australia"], "signed", judg(), None, "neither has China, Japan or Australia", negated=True)
# The Choice of Court Convention's Contracting Parties, with the instrument and date of each.
R(d, "Mexico", ACCEDED, coc(), "2007-09-26", "Mexico (accession, 26 September 2007)")
R(d, "European Union", ACCEPTED, coc(), "2015-06-11", "the European Union (approval, 11 June 2015)")
R(d, "Singapore", RATIFIED, coc(), "2016-06-02", "Singapore (ratification, 2 June 2016)", alt=["Singapore, a party to the Choice of Court Convention"])
R(d, "Montenegro", ACCEDED, coc(), "2018-02-05", "Montenegro (accession, 5 February 2018)")
R(d, "Denmark", ACCEDED, coc(), "2018-05-30", "Denmark (accession, 30 May 2018)")
R(d, "United Kingdom", ACCEDED, coc(), "2020-09-28", "the United Kingdom (accession, 28 September 2020)")
R(d, "Ukraine", RATIFIED, coc(), "2023", "Ukraine (ratification, 2023)")
R(d, "China", "signed", coc(), "2017", "China signed the Choice of Court Convention in 2017")
R(d, "United States", "signed", coc(), "2009", "the United States in 2009")
RL(d, ["Israel", "North Macedonia"], "signed", coc(), "2019", "and Israel and North Macedonia in 2019")
RL(d, ["China", "United States", "Israel", "North Macedonia"], NOTRATIFIED, coc(), None, "none of these four has ratified it", negated=True)
# A consultation and an intention "to follow suit": planned.
R(d, "Switzerland", NOTBOUND, judg(), None, "Switzerland has announced a consultation on joining the Judgments Convention", negated=True)
R(d, "Norway", NOTBOUND, judg(), None, "Norway has said it intends to follow suit", negated=True,
  alt=["Neither has taken any treaty action yet."])

# ===================== 04 (wire story, Japan and the Child Abduction Convention, Tokyo, published 1 April 2024) =====================
d = "04.txt"
D = "2024-04-01"
HAB4 = hcab("Hague Convention on the Civil Aspects of International Child Abduction")
R(d, "Japan", "signed", HAB4, "2014-01-24", "Japan signed the convention on Jan. 24, 2014")
R(d, "Japan", ACCEPTED, HAB4, "2014-01-24", "deposited its instrument of acceptance the same day",
  alt=["Japan's accession changed the conversation"])
# The 2013 implementing act and its 2019 amendment: domestic. The State Department report: nothing.
R(d, "United States", PARTY, HAB4, "1988", "The United States, the largest source of incoming applications, has been a party to the convention since 1988.")
# "on Friday" against Monday 1 April 2024: 29 March 2024.
R(d, "Japan", "called-for", HAB4, "2024-03-29",
  "continue to encourage our partners in Asia that have not yet done so to join the Hague Convention")
R(d, "Republic of Korea", ACCEDED, HAB4, "2012", "South Korea, which acceded in 2012")
R(d, "Singapore", JOINED, HAB4, "2010", "Singapore (2010)")
R(d, "Thailand", JOINED, HAB4, "2002", "Thailand (2002)")
R(d, "Philippines", JOINED, HAB4, "2016", "the Philippines (2016) are Contracting States")
R(d, "Pakistan", JOINED, HAB4, "2016-12", "Pakistan joined in December 2016")
R(d, "Sri Lanka", ACCEDED, HAB4, "2001", "Sri Lanka was one of the first Asian states to accede, in 2001")
# Hong Kong and Macao: territorial application, nothing.
R(d, "China", NOTBOUND, HAB4, None, "Mainland China is not a party", negated=True)
R(d, "India", NOTBOUND, HAB4, None, "\"does not intend to accede at this stage\"", negated=True,
  alt=["India has resisted accession for more than a decade"])
RL(d, ["Indonesia", "Malaysia"], NOTBOUND, HAB4, None, "Indonesia and Malaysia are not parties either.", negated=True)
R(d, "Viet Nam", NOTBOUND, HAB4, None, "the government has yet to decide on it", negated=True,
  alt=["Vietnam's Ministry of Justice proposed accession in 2022"])
# Studied "together with the 1996 Convention": a hedge a careful annotator may or may not record.
R(d, "Viet Nam", NOTBOUND, cp96("1996 Convention"), None, "\"under study together with the 1996 Convention\"", negated=True, required=False)
R(d, "Japan", NOTBOUND, cp96("1996 Hague Child Protection Convention"), None, "Japan has not joined it", negated=True)
# The EU's call on a named State to join; "all of whose member states are parties": unnamed.
R(d, "European Union", "called-for", cp96("1996 Convention"), None, "has repeatedly encouraged Japan to join it")
R(d, "Republic of Korea", "signed", adopt("1993 Hague Intercountry Adoption Convention"), "2013-05",
  "It signed the 1993 Hague Intercountry Adoption Convention in May 2013")
R(d, "Republic of Korea", NOTRATIFIED, adopt("1993 Hague Intercountry Adoption Convention"), None, "but has not ratified it", negated=True,
  alt=["the government says ratification will follow once reforms of the domestic adoption system are complete"])

# ===================== 05 (HCCH Council on General Affairs and Policy, Conclusions and Decisions, adopted 7 March 2025) =====================
d = "05.txt"
D = "2025-03-07"
R(d, "Rwanda", ACCEPTED, STAT, "2024-08-20", "Rwanda accepted the Statute of the Hague Conference on Private International Law on 20 August 2024")
# CGAP "welcomed" and "noted" the treaty actions: nothing for CGAP. The Annex dates each act (Convention - State - action - date).
R(d, "Bangladesh", ACCEDED, apos(), "2025-02-11", "Apostille Convention - Bangladesh - accession - 11 February 2025")
R(d, "Rwanda", ACCEDED, apos(), "2025-02-04", "Apostille Convention - Rwanda - accession - 4 February 2025")
R(d, "Rwanda", ACCEDED, serv(), "2025-02-04", "Service Convention - Rwanda - accession - 4 February 2025")
R(d, "Kenya", ACCEDED, hcab("1980 Child Abduction Convention"), "2025-02-20", "1980 Child Abduction Convention - Kenya - accession - 20 February 2025")
R(d, "Uzbekistan", ACCEDED, adopt("1993 Intercountry Adoption Convention"), "2024-12-03",
  "1993 Intercountry Adoption Convention - Uzbekistan - accession - 3 December 2024")
R(d, "Sierra Leone", ACCEDED, adopt("1993 Intercountry Adoption Convention"), "2025-02-24",
  "1993 Intercountry Adoption Convention - Sierra Leone - accession - 24 February 2025")
R(d, "Honduras", ACCEDED, cp96("1996 Child Protection Convention"), "2024-09-18", "1996 Child Protection Convention - Honduras - accession - 18 September 2024")
R(d, "Colombia", RATIFIED, cp96("1996 Child Protection Convention"), "2025-02-06", "1996 Child Protection Convention - Colombia - ratification - 6 February 2025")
R(d, "Republic of Moldova", "signed", coc("2005 Choice of Court Convention"), "2025-02-14",
  "2005 Choice of Court Convention - Republic of Moldova - signature - 14 February 2025")
R(d, "Philippines", ACCEDED, cs07("2007 Child Support Convention"), "2024-11-12", "2007 Child Support Convention - Philippines - accession - 12 November 2024")
R(d, "Azerbaijan", ACCEDED, cs07("2007 Child Support Convention"), "2025-02-10", "2007 Child Support Convention - Azerbaijan - accession - 10 February 2025")
R(d, "United Kingdom", RATIFIED, judg("2019 Judgments Convention"), "2024-06-27",
  "the ratification by the United Kingdom of the 2019 Judgments Convention",
  alt=["2019 Judgments Convention - United Kingdom - ratification - 27 June 2024"])
R(d, "Albania", "signed", judg("2019 Judgments Convention"), "2025-02-14", "2019 Judgments Convention - Albania - signature - 14 February 2025")
R(d, "Montenegro", RATIFIED, judg("2019 Judgments Convention"), "2025-02-25", "2019 Judgments Convention - Montenegro - ratification - 25 February 2025")
R(d, "Malta", RATIFIED, adults("2000 Protection of Adults Convention"), "2025-02-27", "2000 Protection of Adults Convention - Malta - ratification - 27 February 2025")
R(d, "Croatia", "signed", adults("2000 Protection of Adults Convention"), "2025-02-26", "2000 Protection of Adults Convention - Croatia - signature - 26 February 2025")
R(d, "Brazil", "signed", judg("2019 Judgments Convention"), None, "its Government intends to sign the 2019 Judgments Convention in the course of 2025", negated=True)
R(d, "Japan", ACCEDED, cs07("2007 Child Support Convention"), None,
  "Japan is studying the 2007 Child Support Convention with a view to possible accession", negated=True)
R(d, CGAP, "called-for", cs07("2007 Child Support Convention"), D,
  "CGAP invited Members that have not yet done so to consider becoming Parties to the 2007 Child Support Convention")
R(d, CGAP, "called-for", PROT07, D, "and to the 2007 Protocol on the Law Applicable to Maintenance Obligations")
R(d, CGAP, "called-for", judg("2019 Judgments Convention"), D, "encouraged Members and non-Member States alike to join the 2019 Judgments Convention")
# Deposited "during the meeting, on 5 March 2025"; CGAP's congratulations: nothing.
R(d, "Republic of Korea", RATIFIED, adopt("1993 Intercountry Adoption Convention"), "2025-03-05",
  "the Republic of Korea deposited its instrument of ratification of the 1993 Intercountry Adoption Convention during the meeting, on 5 March 2025")
R(d, CGAP, ADOPTED, ("Implementation Plan 2025-2027 for the HCCH Strategic Plan 2023-2028", ["Implementation Plan 2025-2027"]), D,
  "CGAP adopted the Implementation Plan 2025-2027 for the HCCH Strategic Plan 2023-2028")
R(d, CGAP, ADOPTED, ("HCCH Strategic Plan 2023-2028", ["Strategic Plan 2023-2028"]), "2022", "which CGAP itself adopted in 2022")
# The Working Group and the Diplomatic Session not convened: no instrument. The Council Decision under negotiation: EU internal.
# "cannot become a Party": plainly not a party, though said of capacity rather than of a choice (optional).
R(d, "European Union", NOTBOUND, adults("2000 Protection of Adults Convention"), None, "The EU itself cannot become a Party to that Convention.",
  negated=True, required=False)
# The Netherlands as host and depositary: nothing.

# ===================== 06 (Third Committee meetings-coverage press release GA/SHC/4460, rights of the child, 18 November 2025) =====================
d = "06.txt"
D = "2025-11-18"
L21 = ("draft resolution A/C.3/80/L.21/Rev.1", ["A/C.3/80/L.21/Rev.1", "Rights of the child", "draft \"Rights of the child\""])
L20 = ("draft resolution A/C.3/80/L.20", ["A/C.3/80/L.20", "The girl child", "draft resolution on the girl child"])
OPS = ("Optional Protocols to the Convention on the Rights of the Child", ["Optional Protocols thereto", "Optional Protocols to the CRC"])
R(d, TC, ADOPTED, L21, D, "was approved by a recorded vote of 167 in favour to 2 against (Argentina, United States)",
  alt=["The Third Committee (Social, Humanitarian and Cultural) today approved its annual draft resolution on the rights of the child"])
RL(d, ["Argentina", "United States"], "supported", L21, D, "to 2 against (Argentina, United States)", negated=True)
RL(d, ["Burundi", "Iran", "Nicaragua", "Russian Federation"], "supported", L21, D,
   "with 4 abstentions (Burundi, Iran, Nicaragua, Russian Federation)", negated=True)
# Calls in a draft approved only in committee ("the General Assembly would urge"): planned.
QURGE = "the General Assembly would urge States to consider ratifying or acceding to the Hague Convention on the Civil Aspects of International Child Abduction"
R(d, GA, "called-for", hcab("Hague Convention on the Civil Aspects of International Child Abduction"), None, QURGE, negated=True)
R(d, GA, "called-for", adopt("Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption"), None,
  QURGE + " and the Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption", negated=True)
R(d, GA, "called-for", CRC, None,
  "call upon States that have not yet done so to become parties to the Convention on the Rights of the Child", negated=True)
R(d, GA, "called-for", OPS, None, "the Convention on the Rights of the Child and the Optional Protocols thereto", negated=True, required=False)
# Introduced "on behalf of" a group and of the EU, "its main sponsors": Uruguay and the EU; the group and Denmark (speaking for the EU) optional.
R(d, "Uruguay", "co-sponsored", L21, None, "The text was introduced by the representative of Uruguay")
R(d, "European Union", "co-sponsored", L21, None, "the representative of Denmark, on behalf of the European Union, its main sponsors")
R(d, ["Group of Latin American and Caribbean States", "GRULAC"], "co-sponsored", L21, None,
  "on behalf of the Group of Latin American and Caribbean States", required=False)
R(d, "Denmark", "co-sponsored", L21, None, "the representative of Denmark, on behalf of the European Union", required=False)
RL(d, ["Canada", "Japan", "Norway", "Switzerland", "United Kingdom"], "co-sponsored", L21, None,
   "Canada, Japan, Norway, Switzerland and the United Kingdom had joined as co-sponsors")
# The Russian oral amendment and its vote: an amendment, nothing.
R(d, "United States", NOTBOUND, CRC, None, "The United States is not a party to the Convention on the Rights of the Child", negated=True)
R(d, "United States", PARTY, hcab("1980 Hague Convention"), "1988", "the United States has been a party to the 1980 Hague Convention since 1988")
R(d, "Argentina", RATIFIED, hcab("1980 Convention"), "1991", "which it ratified in 1991")
R(d, "Argentina", PARTY, IACIRC, None, "and by the Inter-American Convention on the International Return of Children")
R(d, "Hungary", "supported", L21, D, "his delegation had voted in favour, but dissociated itself from paragraph 12")
R(d, "Russian Federation", "signed", adopt("1993 Hague Convention"), "2000", "his country had signed the 1993 Hague Convention in 2000")
R(d, "Russian Federation", NOTRATIFIED, adopt("1993 Hague Convention"), None, "had no plans to ratify it", negated=True)
R(d, "Philippines", "supported", L21, D, "the representative of the Philippines said it had voted in favour")
R(d, "Philippines", PARTY, adopt("1993 Adoption Convention"), "1996", "The Philippines had been a party to the 1993 Adoption Convention since 1996")
R(d, "Guatemala", ACCEDED, adopt("1993 Convention"), "2002", "her country acceded to the 1993 Convention in 2002")
# Ending intercountry adoption by law: domestic.
R(d, "Ethiopia", NOTBOUND, adopt("1993 Convention"), None, "had not joined the 1993 Convention", negated=True)
R(d, "Nigeria", NOTRATIFIED, adopt("1993 Convention"), None, "her Government's ratification of the 1993 Convention was \"at an advanced stage\"", negated=True)
R(d, TC, ADOPTED, L20, D, "the Committee approved without a vote a draft resolution on the girl child (document A/C.3/80/L.20)")

# ===================== 07.md (Attorney-General's Department page, Australia's Hague treaty status, updated 30 June 2025) =====================
d = "07.md"
TRUSTS = ("Convention on the Law Applicable to Trusts and on their Recognition", ["Hague Trusts Convention", "Trusts Convention"])
WILLS = ("Convention on the Form of Testamentary Dispositions", ["Hague Wills Convention",
         "Convention on the Conflicts of Laws Relating to the Form of Testamentary Dispositions"])
# The status table: the column is "Australia's status"; the year is that of the instrument shown.
R(d, "Australia", RATIFIED, TRUSTS, "1991", "Convention on the Law Applicable to Trusts and on their Recognition (1985) | Party (ratification) | 1991")
R(d, "Australia", ACCEDED, WILLS, "1986", "Convention on the Form of Testamentary Dispositions (1961) | Party (accession) | 1986")
R(d, "Australia", ACCEDED, apos("Apostille Convention (1961)"), "1995", "Apostille Convention (1961) | Party (accession) | 1995")
R(d, "Australia", ACCEDED, serv("Service Convention (1965)"), "2010", "Service Convention (1965) | Party (accession) | 2010")
R(d, "Australia", ACCEDED, evid("Evidence Convention (1970)"), "1992", "Evidence Convention (1970) | Party (accession) | 1992")
R(d, "Australia", RATIFIED, hcab("Child Abduction Convention (1980)"), "1987", "Child Abduction Convention (1980) | Party (ratification) | 1987")
R(d, "Australia", RATIFIED, adopt("Intercountry Adoption Convention (1993)"), "1998", "Intercountry Adoption Convention (1993) | Party (ratification) | 1998")
R(d, "Australia", RATIFIED, cp96("Child Protection Convention (1996)"), "2003", "Child Protection Convention (1996) | Party (ratification) | 2003")
# Announced accession, tabling, JSCOT's recommendation and implementing legislation: domestic or planned.
R(d, "Australia", NOTBOUND, coc("Choice of Court Convention (2005)"), None, "Choice of Court Convention (2005) | Not a party", negated=True,
  alt=["the Attorney-General announced that Australia will accede to the Choice of Court Convention", "so Australia is not yet bound"])
R(d, "Australia", NOTBOUND, cs07("Child Support Convention (2007)"), None, "Child Support Convention (2007) | Not a party", negated=True,
  alt=["Australia is considering accession to the Child Support Convention."])
R(d, "Australia", "signed", judg("Judgments Convention (2019)"), None, "Judgments Convention (2019) | Not signed", negated=True,
  alt=["The Government has not decided whether Australia should sign it"])
# Australia's acceptances under Article 38: nothing for Australia; the accessions accepted are undated.
RL(d, ["Botswana", "Cabo Verde", "Guyana", "Jamaica", "Tunisia"], ACCEDED, hcab(), None, "In 2024-25 Australia accepted the accessions of:")
R(d, "Kenya", ACCEDED, hcab(), "2025-02", "the accession of Kenya, which was deposited in February 2025")
# Reciprocal child support arrangements under domestic regulations: nothing.
TT = ("Agreement between the Government of Australia and the Government of New Zealand on Trans-Tasman Court Proceedings and Regulatory Enforcement",
      ["Trans-Tasman Proceedings Agreement", "Trans-Tasman Agreement"])
RL(d, ["Australia", "New Zealand"], "signed", TT, "2008-07-24", "was signed by both Governments on 24 July 2008")
# The Trans-Tasman Proceedings Act 2010: domestic.
RL(d, ["Cook Islands", "Fiji", "Marshall Islands", "Niue", "Samoa", "Tonga", "Vanuatu"], PARTY, apos(), None,
   "the Apostille Convention applies in the Cook Islands, Fiji, the Marshall Islands, Niue, Samoa, Tonga and Vanuatu")
RL(d, ["Papua New Guinea", "Solomon Islands"], NOTBOUND, apos(), None, "Papua New Guinea and Solomon Islands are not Contracting Parties.", negated=True)
# "in May" against June 2025. Suva as venue: nothing.
R(d, "Australia", "called-for", apos(), "2025-05", "encourages all our Pacific neighbours that have not yet done so to join the Apostille Convention")

# ===================== 08 (Philippine Department of Foreign Affairs, remarks at the reception marking the accession, The Hague, 12 November 2024) =====================
d = "08.txt"
D = "2024-11-12"
CS8 = cs07("Convention of 23 November 2007 on the International Recovery of Child Support and Other Forms of Family Maintenance")
# "This morning" against the dateline.
R(d, "Philippines", ACCEDED, CS8, D,
  "I had the honour of depositing, on behalf of the Republic of the Philippines, our instrument of accession to the Convention of 23 November 2007 on the International Recovery of Child Support and Other Forms of Family Maintenance")
# The Netherlands as depositary and host: nothing.
RL(d, ["European Union", "United States", "Brazil", "Norway", "Ukraine", "Kazakhstan"], PARTY, CS8, None,
   "among them the European Union, the United States, Brazil, Norway, Ukraine and Kazakhstan")
R(d, "Philippines", NOTBOUND, PROT07, None,
  "We have not, at this stage, acceded to the 2007 Protocol on the Law Applicable to Maintenance Obligations.", negated=True)
R(d, "Philippines", RATIFIED, CRC, "1990", "The Philippines ratified the Convention on the Rights of the Child in 1990")
R(d, "Philippines", RATIFIED, adopt("1993 Intercountry Adoption Convention"), "1996", "We ratified the 1993 Intercountry Adoption Convention in 1996")
R(d, "Philippines", ACCEDED, hcab("1980 Child Abduction Convention"), "2016", "acceded to the 1980 Child Abduction Convention in 2016")
R(d, "Philippines", JOINED, apos(), "2018", "joined the Apostille Convention in 2018")
R(d, "Philippines", ACCEDED, serv(), "2020", "In 2020 we acceded to the Service Convention")
R(d, "Philippines", ACCEDED, evid(), "2021", "the Evidence Convention followed in 2021")
C189 = ("ILO Convention No. 189 on Domestic Workers", ["Domestic Workers Convention", "Domestic Workers Convention, 2011 (No. 189)", "C189"])
R(d, "Philippines", RATIFIED, C189, "2012", "We were the second State in the world to ratify ILO Convention No. 189 on Domestic Workers, in 2012")
ASEANC = ("ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers", ["ASEAN Consensus"])
# Leaders signing a consensus document: endorsement; "the other ASEAN leaders" are unnamed.
R(d, "Philippines", SIGNED_DECL, ASEANC, "2017",
  "our President signed the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers together with the other ASEAN leaders")
R(d, "Philippines", NOTBOUND, cp96("1996 Child Protection Convention"), None, "We are now studying the 1996 Child Protection Convention", negated=True,
  alt=["No decision has yet been taken."])
RL(d, ["Singapore", "Malaysia"], NOTBOUND, CS8, None, "Neither Singapore nor Malaysia is a party", negated=True)
RL(d, ["Saudi Arabia", "United Arab Emirates"], NOTBOUND, CS8, None,
   "Saudi Arabia and the United Arab Emirates, which host the largest number of Filipino workers, have not joined either", negated=True)
R(d, "Philippines", "called-for", CS8, D,
  "the Philippines calls on our partners in ASEAN and in the Gulf to consider accession to the Child Support Convention")
# The Senate's concurrence in May: domestic.

# ===================== 09.html (Netherlands Treaty Database, depositary notifications for the HCCH Conventions, April-June 2025) =====================
d = "09.html"
# The notification date is not the act's date: acts are dated only where the notification states the deposit date.
# The Minister of Foreign Affairs of the Netherlands as depositary: nothing.
R(d, "Namibia", ACCEPTED, STAT, "2025-03-27", "Namibia accepted the Statute on 27 March 2025")
R(d, "Cameroon", ACCEDED, adopt("Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption (1993)"), None,
  "Cameroon has deposited an instrument of accession.")
# The Netherlands' acceptance (as a Contracting State, not as depositary): nothing for it; the accessions are undated.
RL(d, ["Kenya", "Cabo Verde"], ACCEDED, hcab("Convention on the Civil Aspects of International Child Abduction (1980)"), None,
   "has accepted the accessions of Kenya and Cabo Verde")
# Kenya's Article 42 reservation: nothing.
R(d, "Peru", ACCEDED, cp96("Convention on Jurisdiction, Applicable Law, Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for the Protection of Children (1996)"),
  "2025-03-18", "Peru deposited an instrument of accession on 18 March 2025.")
MIN61 = ("Convention concerning the powers of authorities and the law applicable in respect of the protection of infants",
         ["1961 Protection of Minors Convention", "Protection of Minors Convention", "Convention of 5 October 1961 concerning the powers of authorities and the law applicable in respect of the protection of infants"])
# A denunciation: Portugal is leaving the Convention (the withdrawal takes effect later).
R(d, "Portugal", NOTBOUND, MIN61, None, "Portugal has denounced the Convention.", negated=True)
# Romania's acceptance: nothing for it.
R(d, "Saudi Arabia", ACCEDED, evid("Convention on the Taking of Evidence Abroad in Civil or Commercial Matters (1970)"), None,
  "Romania has accepted the accession of Saudi Arabia.")
R(d, "North Macedonia", RATIFIED, coc("Convention on Choice of Court Agreements (2005)"), "2025-05-15",
  "North Macedonia deposited an instrument of ratification on 15 May 2025.")
R(d, "Viet Nam", ACCEDED, apos("Convention Abolishing the Requirement of Legalisation for Foreign Public Documents (1961)"), "2025-05-28",
  "Viet Nam deposited an instrument of accession on 28 May 2025.")
# Austria's objection: nothing.
R(d, "Zambia", ACCEDED, serv("Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters (1965)"), "2025-06-05",
  "Zambia deposited an instrument of accession on 5 June 2025.")
R(d, "Slovenia", RATIFIED, adults("Convention on the International Protection of Adults (2000)"), "2025-06-16",
  "Slovenia deposited an instrument of ratification on 16 June 2025.")
R(d, "Slovenia", "signed", adults("Convention on the International Protection of Adults (2000)"), "2022-12-02",
  "It had signed the Convention on 2 December 2022.")
R(d, "Costa Rica", RATIFIED, judg("Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters (2019)"), "2025-06-23",
  "Costa Rica deposited an instrument of ratification on 23 June 2025.")
# The EU's declaration of non-objection: nothing for the EU.
R(d, "Georgia", ACCEDED, cs07("Convention on the International Recovery of Child Support and Other Forms of Family Maintenance (2007)"), None,
  "Georgia has deposited an instrument of accession.")
R(d, "Republic of Moldova", NOTRATIFIED, coc("Convention on Choice of Court Agreements (2005)"), None,
  "the instrument of ratification will be deposited after completion of its constitutional procedures", negated=True)

# ===================== 10 (Nairobi news story, Kenya's planned Apostille accession, Thursday 10 July 2025) =====================
d = "10.txt"
# Cabinet approval "on Tuesday" is domestic; the deposit is planned.
R(d, "Kenya", ACCEDED, apos("Hague Apostille Convention"), None,
  "Kenya \"will deposit the instrument of accession with the Dutch government before the end of the year\"", negated=True,
  alt=["the Cabinet on Tuesday approved Kenya's accession to the Hague Apostille Convention"])
RL(d, ["South Africa", "Namibia", "Botswana", "Lesotho", "Eswatini", "Malawi", "Mauritius", "Seychelles"], PARTY, apos(), None,
   "South Africa, Namibia, Botswana, Lesotho, Eswatini, Malawi, Mauritius and Seychelles are long-standing parties to the Apostille Convention")
RL(d, ["Cabo Verde", "Sao Tome and Principe", "Liberia"], PARTY, apos(), None,
   "as are Cabo Verde, Sao Tome and Principe and Liberia in West and Central Africa")
R(d, "Morocco", JOINED, apos(), "2015", "Morocco joined in 2015")
R(d, "Tunisia", JOINED, apos(), "2017", "and Tunisia in 2017")
R(d, "Burundi", ACCEDED, apos(), "2014", "Burundi acceded in 2014")
# "in February" against July 2025.
R(d, "Rwanda", ACCEDED, apos(), "2025-02", "Rwanda, which deposited its accession in February")
R(d, "Uganda", NOTBOUND, apos(), None, "neither Uganda nor Tanzania has joined", negated=True, alt=["Uganda was \"considering\" accession"])
R(d, "United Republic of Tanzania", NOTBOUND, apos(), None, "neither Uganda nor Tanzania has joined", negated=True)
R(d, "Ethiopia", NOTBOUND, apos(), None, "Ethiopia, home to the African Union headquarters, is not a party either.", negated=True)
R(d, "Nigeria", NOTBOUND, apos(), None, "is not a Contracting Party, which means that Nigerian documents will still need to be legalised", negated=True)
R(d, "Kenya", ACCEDED, hcab("Hague Convention on the Civil Aspects of International Child Abduction"), "2025-02",
  "Kenya acceded to the Hague Convention on the Civil Aspects of International Child Abduction in February")
R(d, "Kenya", NOTBOUND, serv("Hague Service Convention"), None, "Kenya was also studying the Hague Service Convention", negated=True,
  alt=["no decision had been made"])
# The business group's praise of the Apostille Convention is not a treaty action.
AFCFTA = ("Agreement Establishing the African Continental Free Trade Area", ["AfCFTA", "AfCFTA Agreement", "African Continental Free Trade Area agreement"])
R(d, "Kenya", RATIFIED, AFCFTA, "2018", "which Kenya ratified in 2018 as one of the first countries to do so")
EACCM = ("Protocol on the Establishment of the East African Community Common Market", ["EAC Common Market Protocol", "East African Community Common Market Protocol"])
RL(d, ["Burundi", "Kenya", "Rwanda", "United Republic of Tanzania", "Uganda"], "signed", EACCM, "2009-11",
   "signed in November 2009 by Burundi, Kenya, Rwanda, Tanzania and Uganda")

# ===================== 11 (UK Parliament written questions and answers, February 2025) =====================
d = "11.txt"
ADULTS11 = adults("Hague Convention on the International Protection of Adults")
R(d, "United Kingdom", RATIFIED, ADULTS11, "2003",
  "The United Kingdom ratified the Hague Convention on the International Protection of Adults in 2003, in respect of Scotland only")
# Extending the ratification to England and Wales: a territorial extension, not planned; whether to record it is open (optional).
R(d, "United Kingdom", NOTRATIFIED, ADULTS11, None, "has no current plans to do so", negated=True, required=False)
# The Mental Capacity Act 2005: domestic.
LUG = ("Lugano Convention 2007", ["Lugano Convention", "Convention on jurisdiction and the recognition and enforcement of judgments in civil and commercial matters"])
R(d, "United Kingdom", ACCEDED, LUG, None, "the UK therefore did not accede", negated=True,
  alt=["The Government does not intend to renew the application."])
# Switzerland's, Norway's and Iceland's "support" was for the application; the EU's refusal of consent: nothing.
R(d, "United Kingdom", ACCEDED, coc("2005 Hague Choice of Court Convention"), "2020-09-28",
  "It deposited its instrument of accession to the 2005 Hague Choice of Court Convention on 28 September 2020")
R(d, "United Kingdom", "signed", judg("2019 Hague Judgments Convention"), "2024-01-12", "it signed the 2019 Hague Judgments Convention on 12 January 2024")
R(d, "United Kingdom", RATIFIED, judg("2019 Hague Judgments Convention"), "2024-06-27", "ratified it on 27 June 2024")
# Extension to Scotland and Northern Ireland: nothing.
R(d, "United Kingdom", PARTY, hcab("1980 Hague Convention on the Civil Aspects of International Child Abduction"), "1986",
  "The United Kingdom has been a party to the 1980 Hague Convention on the Civil Aspects of International Child Abduction since 1986")
R(d, "United Kingdom", PARTY, cp96("1996 Hague Child Protection Convention"), "2012", "and to the 1996 Hague Child Protection Convention since 2012")
RL(d, ["Lebanon", "Qatar"], NOTBOUND, hcab("1980 Convention"), None, "Neither Lebanon nor Qatar is a party", negated=True)
# "none of the Hague family conventions": no single instrument named (optional).
R(d, "Egypt", "signed", ("Hague family conventions", ["Hague Conventions on family law"]), None, "Egypt has signed none of the Hague family conventions",
  negated=True, required=False)
R(d, "United Kingdom", "called-for", hcab("1980 Convention"), "2025-02-12",
  "The Government continues to encourage all States that have not yet done so, particularly in the Middle East and South Asia, to accede to the 1980 Convention")
R(d, "United Kingdom", RATIFIED, adopt("1993 Hague Intercountry Adoption Convention"), "2003", "The UK ratified the 1993 Hague Intercountry Adoption Convention in 2003.")
R(d, "Nepal", "signed", adopt("1993 Hague Intercountry Adoption Convention"), "2009", "Nepal signed the Convention in 2009")
R(d, "Nepal", NOTRATIFIED, adopt("1993 Hague Intercountry Adoption Convention"), None, "but has not ratified it", negated=True,
  alt=["until Nepal has ratified"])
# The special restrictions under the Children and Adoption Act 2006: domestic.
SGM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation", ["Singapore Convention on Mediation", "Singapore Convention"])
R(d, "United Kingdom", "signed", SGM, "2023-05-03",
  "The UK signed the United Nations Convention on International Settlement Agreements Resulting from Mediation (the Singapore Convention) on 3 May 2023.")
R(d, "United Kingdom", NOTRATIFIED, SGM, None, "The Government intends to ratify it once implementing legislation has been brought forward", negated=True)
R(d, "United Kingdom", PARTY, cs07("2007 Hague Child Support Convention"), "2021-01-01",
  "The UK has also been a party in its own right to the 2007 Hague Child Support Convention since 1 January 2021")

# ===================== 12 (NGO policy brief, the 1993 Adoption Convention at 32, Geneva, 29 May 2025) =====================
d = "12.txt"
AD12 = adopt("Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption")
R(d, ["Seventeenth Session of the Hague Conference on Private International Law", "Hague Conference on Private International Law", "HCCH", "Seventeenth Session"],
  ADOPTED, AD12, "1993-05-29",
  "on 29 May 1993, the Seventeenth Session of the Hague Conference on Private International Law adopted the Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption")
# "106 Contracting States": unnamed. The list's years are those of ratification or accession.
for actor, yr, q in [("Colombia", "1998", "Colombia (1998)"), ("Philippines", "1996", "the Philippines (1996)"), ("Guatemala", "2002", "Guatemala (2002)"),
                     ("India", "2003", "India (2003)"), ("China", "2005", "China (2005)"), ("Viet Nam", "2011", "Viet Nam (2011)"),
                     ("Kenya", "2007", "Kenya (2007)"), ("Zambia", "2015", "Zambia (2015)"), ("Côte d'Ivoire", "2015", "Cote d'Ivoire (2015)"),
                     ("Haiti", "2013", "Haiti (2013), which joined after the 2010 earthquake")]:
    R(d, actor, JOINED, AD12, yr, q)
R(d, "Republic of Korea", "signed", AD12, "2013", "The Republic of Korea, long one of the largest States of origin in the world, signed the Convention in 2013")
R(d, "Republic of Korea", RATIFIED, AD12, "2025-03", "finally ratified it in March 2025")
RL(d, ["Nigeria", "Ethiopia", "Uganda", "Democratic Republic of the Congo"], NOTBOUND, AD12, None,
   "Nigeria, Ethiopia, Uganda and the Democratic Republic of the Congo are not parties to the Convention", negated=True)
R(d, "Ukraine", NOTBOUND, AD12, None, "nor is Ukraine", negated=True)
# Ethiopia's ban and the DRC's suspension: domestic.
R(d, "Nigeria", NOTRATIFIED, AD12, None, "Nigeria has announced its intention to ratify on several occasions since 2019", negated=True,
  alt=["no instrument has been deposited"])
R(d, "Uganda", ACCEDED, AD12, None, "accession is \"under active consideration\"", negated=True)
R(d, "United States", RATIFIED, AD12, "2007", "the United States ratified the Convention in 2007")
for actor, yr, q in [("Spain", "1995", "and Spain (1995)"), ("Canada", "1996", "Canada (1996)"), ("France", "1998", "France (1998)"),
                     ("Italy", "2000", "and Italy (2000) did so earlier")]:
    R(d, actor, RATIFIED, AD12, yr, q)
# The Netherlands' and Denmark's national policy decisions: nothing.
GUID = ("Guidelines for the Alternative Care of Children", ["UN Guidelines for the Alternative Care of Children"])
R(d, GA, "welcomed", GUID, "2009", "the Guidelines for the Alternative Care of Children, which the General Assembly welcomed in resolution 64/142 in 2009")
R(d, GA, ADOPTED, ("resolution 64/142", ["General Assembly resolution 64/142"]), "2009", "which the General Assembly welcomed in resolution 64/142 in 2009",
  required=False)
OPSC = ("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
        ["Optional Protocol on the sale of children", "OPSC", "Optional Protocol"])
R(d, "Nigeria", RATIFIED, OPSC, "2010", "Nigeria ratified the Optional Protocol in 2010")
R(d, "Ethiopia", ACCEDED, OPSC, "2014", "Ethiopia acceded to it in 2014")
CRAN = ["Child Rights in Adoption Network", "CRAN"]
R(d, CRAN, "called-for", AD12, "2025-05-29",
  "CRAN calls on Nigeria, Uganda and the Democratic Republic of the Congo to accede to or ratify the 1993 Convention without further delay")
# "urges receiving States not to process adoptions": not a call to join. "178 States have now joined": unnamed.
R(d, CRAN, "called-for", OPSC, "2025-05-29", "CRAN encourages all States to ratify the Optional Protocol on the sale of children")

# ===================== 13 (news report, treaty ceremony at the Peace Palace, Thursday 16 October 2025) =====================
d = "13.txt"
D = "2025-10-16"
J13 = judg("2019 Hague Judgments Convention")
R(d, "Israel", RATIFIED, J13, D, "Israel today became the latest State to ratify the 2019 Hague Judgments Convention",
  alt=["Israel deposited its instrument of ratification with the Netherlands Ministry of Foreign Affairs, the depositary, shortly after 11 a.m."])
R(d, "Israel", "signed", J13, "2021-03", "It had signed the Convention in March 2021")
# The Knesset committee's approval: domestic. Entry into force for Israel: nothing.
R(d, "Switzerland", "signed", J13, D, "Switzerland signed the Judgments Convention at the same ceremony")
R(d, "Norway", "signed", J13, D, "Norway followed suit minutes later")
R(d, "Brazil", "signed", J13, D, "Brazil's signature, long promised, came in the afternoon")
R(d, "Brazil", NOTRATIFIED, J13, None, "ratification by Brazil will require approval by the National Congress, which is not expected before 2027", negated=True)
# "Thursday's other treaty actions": nominals, all on the day of the ceremony.
R(d, "Republic of Moldova", RATIFIED, coc("2005 Choice of Court Convention"), D, "the Republic of Moldova's ratification of the 2005 Choice of Court Convention")
R(d, "Republic of Moldova", "signed", coc("2005 Choice of Court Convention"), "2025-02", "which it had signed in February")
R(d, "Georgia", ACCEDED, coc(), D, "Georgia's accession to the Choice of Court Convention")
R(d, "Ukraine", "signed", adults("2000 Convention on the International Protection of Adults"), D,
  "the signature by Ukraine of the 2000 Convention on the International Protection of Adults")
R(d, "Türkiye", ACCEDED, cs07("2007 Child Support Convention"), D, "the accession of Turkiye to the 2007 Child Support Convention")
R(d, "Chile", ACCEDED, cp96("1996 Child Protection Convention"), D, "Chile's accession to the 1996 Child Protection Convention")
R(d, HSG, "called-for", J13, D, "I urge all States that have not yet done so to sign and ratify the Judgments Convention.")
# The Netherlands as host: nothing; "not entitled to sign in its own right" (optional negated signature).
R(d, "Netherlands", "signed", J13, None, "it was not entitled to sign in its own right", negated=True, required=False)
R(d, "European Union", ACCEDED, J13, "2022", "the EU's accession to the Judgments Convention in 2022",
  alt=["The Judgments Convention is currently in force for the European Union"])
R(d, "United States", "signed", J13, "2022-03", "the United States, which signed the Judgments Convention in March 2022")
R(d, "United States", NOTRATIFIED, J13, None, "gave no indication that ratification is imminent", negated=True)
RL(d, ["Japan", "Australia"], "signed", J13, None, "neither country has signed", negated=True)
R(d, "Singapore", "signed", J13, None, "it would sign the Judgments Convention", negated=True)
R(d, "Singapore", PARTY, coc("2005 Choice of Court Convention"), "2016", "Singapore has been party to the 2005 Choice of Court Convention since 2016")
RL(d, ["Ukraine", "Uruguay", "United Kingdom"], PARTY, J13, None,
   "The Judgments Convention is currently in force for the European Union, Ukraine, Uruguay and the United Kingdom.")
# "in February" and "in June" against October 2025.
R(d, "Montenegro", RATIFIED, J13, "2025-02", "Montenegro ratified it in February")
R(d, "Costa Rica", RATIFIED, J13, "2025-06", "and Costa Rica in June")
# "ten Contracting Parties": unnamed. The Special Commission: a meeting.

# ===================== 14 (Mexico's statement at the Eighth Meeting of the Special Commission, The Hague, 10 October 2023) =====================
d = "14.txt"
D = "2023-10-10"
H14 = hcab("Hague Convention on the Civil Aspects of International Child Abduction")
R(d, "Mexico", ACCEDED, H14, "1991", "My country acceded to the Hague Convention on the Civil Aspects of International Child Abduction in 1991")
R(d, "Mexico", RATIFIED, adopt("1993 Intercountry Adoption Convention"), "1994",
  "We were also the first State in the world to ratify the 1993 Intercountry Adoption Convention, in 1994")
R(d, "Mexico", RATIFIED, IACIRC, "1994", "which Mexico ratified in 1994",
  alt=["we are party to the Inter-American Convention on the International Return of Children of 1989"])
# Welcoming the accessions is Mexico's view, not its act; the accessions are recorded. Mexico's acceptances under Article 38: nothing.
R(d, "Jamaica", ACCEDED, H14, "2017", "the accessions of Jamaica in 2017")
RL(d, ["Cuba", "Barbados"], ACCEDED, H14, "2018", "of Cuba and Barbados in 2018")
R(d, "Guyana", ACCEDED, H14, "2019", "and of Guyana in 2019")
R(d, "Bolivia", ACCEDED, H14, "2016", "Bolivia's accession in 2016")
RL(d, ["Haiti", "Suriname"], NOTBOUND, H14, None, "Haiti and Suriname have yet to join.", negated=True)
R(d, "Mexico", "called-for", H14, D,
  "My delegation calls on them, and on all States that have not yet done so, to accede to the Convention at the earliest opportunity")
RL(d, ["Costa Rica", "Cuba", "Dominican Republic", "Ecuador", "Paraguay", "Uruguay"], PARTY, cp96("1996 Child Protection Convention"), None,
   "Costa Rica, Cuba, the Dominican Republic, Ecuador, Paraguay and Uruguay are already Parties")
R(d, "Mexico", NOTBOUND, cp96("1996 Child Protection Convention"), None, "Mexico itself has not yet joined it", negated=True,
  alt=["the question of accession will be submitted to the Senate in the coming months"])
R(d, "United States", "signed", cp96("1996 Convention"), "2010", "signed the 1996 Convention in 2010")
R(d, "United States", NOTRATIFIED, cp96("1996 Convention"), None, "but has not ratified it", negated=True)
IAP = ("resolution establishing the Inter-American Program of Cooperation to Prevent and Remedy Cases of International Abduction of Children by One of Their Parents",
       ["Inter-American Program of Cooperation to Prevent and Remedy Cases of International Abduction of Children by One of Their Parents"])
R(d, ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"], ADOPTED, IAP, "2004",
  "In 2004 the General Assembly of the Organization of American States adopted the resolution establishing the Inter-American Program")
R(d, "Mexico", "co-sponsored", IAP, None, "Mexico was among the sponsors of that resolution")
# Support for draft conclusions on a Guide to Good Practice: no instrument.
R(d, "Mexico", NOTBOUND, cs07("2007 Child Support Convention"), None, "Mexico is studying the 2007 Child Support Convention", negated=True)
RL(d, ["United States", "European Union"], PARTY, cs07("2007 Child Support Convention"), None,
   "the Convention is already in force for the United States and for the European Union")

# ===================== 15.html (business-news page, Apostille Convention in force for China, Tuesday 7 November 2023) =====================
d = "15.html"
A15 = apos("Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents")
# Entry into force "on Tuesday": nothing; the accession is dated by its deposit ("March 8" of 2023).
R(d, "China", ACCEDED, A15, "2023-03-08", "China deposited its instrument of accession with the Netherlands on March 8.")
# Hong Kong and Macao (extensions by the UK and Portugal): nothing. India's objection: nothing for it.
R(d, "India", PARTY, A15, "2005", "India, a Contracting Party since 2005")
RL(d, ["Japan", "Republic of Korea", "Mongolia", "Russian Federation", "Kazakhstan", "Philippines", "Singapore"], PARTY, A15, None,
   "Japan, South Korea, Mongolia, Russia, Kazakhstan, the Philippines and Singapore are all Contracting Parties")
R(d, "Indonesia", ACCEDED, A15, "2021", "as is Indonesia, which acceded in 2021")
# "last year" against 2023.
R(d, "Pakistan", JOINED, A15, "2022", "and Pakistan, which joined last year")
RL(d, ["Viet Nam", "Thailand", "Malaysia"], NOTBOUND, A15, None, "But Vietnam, Thailand and Malaysia have yet to join", negated=True)
R(d, "Canada", ACCEDED, A15, "2023-05", "Canada deposited its instrument of accession in May")
R(d, "China", PARTY, serv(), "1991", "China has been a party to the Service Convention since 1991")
R(d, "China", PARTY, evid(), "1997", "and to the Evidence Convention since 1997")
R(d, "China", RATIFIED, adopt("1993 Intercountry Adoption Convention"), "2005", "it ratified the 1993 Intercountry Adoption Convention in 2005")
R(d, "China", "signed", coc("2005 Choice of Court Convention"), "2017", "It signed the 2005 Choice of Court Convention in 2017")
R(d, "China", NOTRATIFIED, coc("2005 Choice of Court Convention"), None, "but has not ratified it", negated=True,
  alt=["there was no sign that ratification of the Choice of Court Convention was imminent"])
R(d, "China", NOTBOUND, hcab("1980 Child Abduction Convention"), None, "it has not joined the 1980 Child Abduction Convention", negated=True)

# ===================== 16.md (court practice note on service abroad, last reviewed 15 September 2025) =====================
d = "16.md"
S16 = serv("Hague Service Convention")
R(d, "United Kingdom", RATIFIED, S16, "1967", "The United Kingdom ratified it in 1967")
R(d, "France", RATIFIED, S16, "1972", "France (ratification, 1972)")
R(d, "Germany", RATIFIED, S16, "1979", "Germany (ratification, 1979)")
R(d, "Ireland", ACCEDED, S16, "1994", "Ireland (accession, 1994)")
# "all other EU Member States": unnamed; the EU Service Regulation: legislation.
R(d, "United States", PARTY, S16, "1969", "the United States has been a party since 1969")
R(d, "Mexico", ACCEDED, S16, "1999", "Mexico acceded in 1999")
R(d, "Brazil", ACCEDED, S16, "2018", "and Brazil in 2018")
R(d, "Canada", PARTY, S16, "1989", "Canada has been a party since 1989.")
for actor, yr, q in [("China", "1991", "China (accession, 1991)"), ("India", "2006", "India (accession, 2006)"),
                     ("Viet Nam", "2016", "Viet Nam (accession, 2016)"), ("Australia", "2010", "Australia (accession, 2010)")]:
    R(d, actor, ACCEDED, S16, yr, q)
R(d, "Singapore", RATIFIED, S16, "2025-02", "Singapore ratified the Convention in February 2025.")
RL(d, ["Egypt", "Morocco", "Tunisia"], PARTY, S16, None, "Egypt, Morocco and Tunisia are long-standing parties.")
R(d, "Rwanda", ACCEDED, S16, "2025-02", "Rwanda acceded in February 2025")
R(d, "Zambia", ACCEDED, S16, "2025-06", "and Zambia in June 2025")
RL(d, ["Thailand", "Nigeria", "Indonesia", "Malaysia"], NOTBOUND, S16, None,
   "Thailand, Nigeria, Indonesia and Malaysia are not parties to the Service Convention", negated=True)
R(d, "Kenya", NOTBOUND, S16, None, "and neither is Kenya, although the Kenyan government has said it is studying the Convention", negated=True)
RL(d, ["United Arab Emirates", "Saudi Arabia"], NOTBOUND, S16, None,
   "The United Arab Emirates and Saudi Arabia are also outside the Convention", negated=True)
# The Apostille Convention is only mentioned. Bilateral conventions with "around 20 countries": unnamed.
IACLR = ("Inter-American Convention on Letters Rogatory", ["Inter-American Convention on Letters Rogatory of 1975"])
IACAP = ("Additional Protocol to the Inter-American Convention on Letters Rogatory", ["Additional Protocol", "Inter-American Additional Protocol"])
R(d, "United Kingdom", NOTBOUND, IACLR, None, "the UK is not a party to it", negated=True)
RL(d, ["United States", "Mexico", "Argentina", "Brazil"], PARTY, IACLR, None,
   "the United States, Mexico, Argentina and Brazil are parties to it and to its Additional Protocol")
RL(d, ["Mexico", "Argentina", "Brazil"], PARTY, IACAP, None,
   "the United States, Mexico, Argentina and Brazil are parties to it and to its Additional Protocol")
R(d, "United States", RATIFIED, IACAP, "1988", "which the United States ratified in 1988",
  alt=["the United States, Mexico, Argentina and Brazil are parties to it and to its Additional Protocol"])
E16 = evid("Convention of 18 March 1970 on the Taking of Evidence Abroad in Civil or Commercial Matters")
R(d, "Brazil", ACCEDED, E16, "2014", "Brazil acceded in 2014")
R(d, "Viet Nam", ACCEDED, E16, "2019", "Viet Nam in 2019")
R(d, "Saudi Arabia", ACCEDED, E16, "2025-02", "Saudi Arabia in February 2025")
RL(d, ["Ukraine", "Kazakhstan"], PARTY, E16, None, "Ukraine and Kazakhstan are also parties")
RL(d, ["Canada", "India"], NOTBOUND, E16, None, "Canada and India are not parties", negated=True)
R(d, "Belgium", NOTBOUND, E16, None, "neither is Belgium", negated=True)
# The UK's acceptances of the accessions of Brazil and Viet Nam (and not yet of Saudi Arabia's): nothing for the UK.


gold.finish(MIN_CHARS, MAX_CHARS)
