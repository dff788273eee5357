#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are saved HTML pages (02, 05, 11) and three are Markdown (03, 13,
16); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity (a list that an entity interrupts is quoted in parts).

Theme: global health and tobacco control, 2003-2026: the WHO Framework Convention on Tobacco Control (opening for
signature in 2003, a depositary-style status table, a Swiss ratification dispatch), its Protocol to Eliminate Illicit
Trade in Tobacco Products (entry into force in 2018, the EU's formal confirmation, a tracker, COP7, COP10 and COP11
reporting), the 2024 amendments to the International Health Regulations and the States that rejected them (a news wire,
a parliamentary research briefing, an explainer), the WHO Pandemic Agreement adopted by the World Health Assembly in 2025
and its PABS annex of 2026, a WHA Committee B summary record with roll-call votes, and the Council of Europe MEDICRIME
Convention. The documents were newly written for this corpus; the events are real or plausible and kept consistent
across documents.

Conventions of this corpus (on top of the READMEs' rules):
- Deposit of an instrument of ratification is `ratified`; of acceptance, approval or (for the EU) formal confirmation,
  an acceptance (ACCEPTED); of accession, `acceded`; succession is `party`. "Became the 40th Party" on the deposit is
  the same event and gets no second record. A list of Parties ("now has 18 Parties: ...") gives `party` records, except
  for a State whose dated ratification the document states (then the list is that record's alternative quote).
- The IHR amendments bind every State Party that does not reject them: a rejection (done or announced) is a negated
  `party` record (NOTBOUND), never dated; a reservation gives no record; "will be bound from 19 September" is planned,
  hence negated; "has been bound by them since" is `party` (optional, the binding comes from not rejecting).
  Withdrawing a rejection makes the State bound (`party`). Party status under the IHR (2005) itself is recorded apart
  from the amendments.
- Adoption of a treaty, annex, declaration or decision by the World Health Assembly, its Committees A and B, the
  Conference or Meeting of the Parties or the Council of Europe Committee of Ministers is that body's `adopted`, dated
  by the meeting. Approval of a draft in Committee A or B is the Committee's `adopted`. Decisions named only by their
  subject are optional. Votes: in favour `supported`; against, abstaining, not participating, absent or dissociating
  from the consensus `supported` negated, dated by the vote. Joining the consensus is `supported`.
- Sponsors and proposers of a resolution, decision or declaration are `co-sponsored`, undated.
- Calls on others to sign, ratify or join (the Director-General, the Head of the Convention Secretariat, the Council of
  Europe Secretary General, a European Commissioner, a minister, a body's declaration) are the caller's `called-for`,
  dated by the statement where the text places it. "Remains committed to" an instrument is `committed`.
- Negated: "has yet to", "has not signed", "neither ... nor", "will sign", "intends to", "expects to ratify", "is
  examining accession", "will not sign", "no plans to accede", ratification bills being drafted; never dated (votes
  excepted).
- Nothing for: entry into force, depositaries, hosts and venues, opening for signature, negotiation and co-chairing,
  parliamentary approval, dispatches and national laws (the Tobacco and Vapes Bill, COTPA, the Tobacco Products
  Directive, Council decisions on conclusion), implementation, invitations to accede, reservations and declarations,
  withdrawal from WHO (an organisation), requests for a roll-call vote, welcoming or congratulating another actor's act,
  support for goals or ideas, designation of national authorities, unnamed groups ("124 in favour", "more than forty
  Member States", "the 27 EU member states").
- Dates: relative dates ("today", "on Monday", "last year", "earlier this month", "in July") resolve against the
  document's own date; table dates are deposit and signature dates.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# A State that has not acceded (or only plans to): the accession is the act a naive reading would claim.
NOTACCEDED = ["acceded", "party", "ratified"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Iran", "Netherlands", "Republic of Korea", "Türkiye",
          "Democratic People's Republic of Korea", "Czechia", "Republic of Moldova", "Philippines", "Côte d'Ivoire", "Gambia",
          "Congo", "Viet Nam", "China", "Marshall Islands", "Germany", "Mexico", "Colombia", "Chile", "Kenya", "Ghana",
          "Egypt", "Saudi Arabia", "Thailand", "Bangladesh", "Rwanda", "Paraguay", "Papua New Guinea"),
    "European Union": ["European Union", "EU", "European Community"],
    "European Community": ["European Community", "European Union", "EC", "EU"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "India": ["India", "Republic of India"],
    "Japan": ["Japan"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Israel": ["Israel", "State of Israel"],
    "Italy": ["Italy", "Italian Republic"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "New Zealand": ["New Zealand"],
    "Poland": ["Poland", "Republic of Poland"],
    "Hungary": ["Hungary"],
    "Austria": ["Austria", "Republic of Austria"],
    "France": ["France", "French Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Mongolia": ["Mongolia"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Montenegro": ["Montenegro"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Canada": ["Canada"],
    "Australia": ["Australia"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Andorra": ["Andorra", "Principality of Andorra"],
    "Holy See": ["Holy See", "Vatican"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Serbia and Montenegro": ["Serbia and Montenegro"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina"],
    "Ukraine": ["Ukraine"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ---- instruments shared by the documents ----
FCTC = ("WHO Framework Convention on Tobacco Control", ["Framework Convention on Tobacco Control", "FCTC", "WHO FCTC",
        "tobacco control convention", "tobacco convention", "resolution WHA56.1"])
ITP = ("Protocol to Eliminate Illicit Trade in Tobacco Products", ["Illicit Trade Protocol", "ITP", "illicit trade protocol",
       "Protocol on illicit trade in tobacco products"])
IHR = ("International Health Regulations (2005)", ["International Health Regulations", "IHR", "IHR (2005)"])
IHR24 = ("2024 amendments to the International Health Regulations (2005)", ["amendments to the International Health Regulations",
         "IHR amendments", "resolution WHA77.17", "2024 IHR amendments"])
IHR22 = ("amendment to Article 59 of the International Health Regulations (2005)", ["resolution WHA75.12",
         "2022 amendment to the International Health Regulations", "Article 59 amendment"])
PA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "pandemic agreement", "pandemic treaty"])
PABS = ("Pathogen Access and Benefit-Sharing (PABS) annex", ["PABS annex", "Pathogen Access and Benefit-Sharing annex",
        "annex on pathogen access and benefit-sharing"])
MEDI = ("Council of Europe Convention on the counterfeiting of medical products and similar crimes involving threats to public health",
        ["MEDICRIME Convention", "Medicrime Convention", "CETS No. 211"])

# ---- bodies and officials ----
WHA = ["World Health Assembly", "WHA"]
CA = ["Committee A", "Committee A of the World Health Assembly", "World Health Assembly Committee A"]
CB = ["Committee B", "Committee B of the World Health Assembly", "World Health Assembly Committee B"]
COP = ["Conference of the Parties to the WHO Framework Convention on Tobacco Control", "Conference of the Parties", "COP",
       "WHO FCTC Conference of the Parties"]
MOP = ["Meeting of the Parties to the Protocol to Eliminate Illicit Trade in Tobacco Products", "Meeting of the Parties", "MOP"]
TEDROS = ["WHO Director-General", "Tedros Adhanom Ghebreyesus", "Director-General of the World Health Organization",
          "World Health Organization", "WHO"]
SECR = ["Head of the Convention Secretariat", "Convention Secretariat", "WHO FCTC Secretariat"]
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe",
       "Council of Europe"]

# ===================== 01 (WHO press release, FCTC opened for signature, Geneva, 16 June 2003) =====================
d = "01.txt"
D = "2003-06-16"
SIG01 = ["Bangladesh", "Brazil", "Denmark", "Finland", "Ghana", "Greece", "Hungary", "Iceland", "Ireland", "Jamaica", "Kenya", "Malta",
         "Marshall Islands", "Mongolia", "New Zealand", "Norway", "Palau", "Paraguay", "Peru", "Portugal", "Qatar", "Senegal", "Slovenia",
         "South Africa", "Sweden", "Thailand", "Tonga", "Uruguay"]
# "today" and "on the opening day": the document's date.
RL(d, SIG01, "signed", FCTC, D,
   "The signatories on the opening day were Bangladesh, Brazil, Denmark, Finland, Ghana, Greece, Hungary, Iceland, Ireland, Jamaica, Kenya, Malta, the Marshall Islands, Mongolia, New Zealand, Norway, Palau, Paraguay, Peru, Portugal, Qatar, Senegal, Slovenia, South Africa, Sweden, Thailand, Tonga and Uruguay.")
R(d, "European Community", "signed", FCTC, D,
  "Twenty-eight countries and the European Community today signed the WHO Framework Convention on Tobacco Control",
  alt=["The European Community was represented by Commissioner David Byrne, who signed on behalf of the Community."])
R(d, "Norway", RATIFIED, FCTC, D,
  "its Minister of Health handed over the instrument of ratification this afternoon, making Norway the first country to ratify the Convention")
R(d, WHA, ADOPTED, FCTC, "2003-05-21", "The Convention was adopted unanimously by the Fifty-sixth World Health Assembly on 21 May 2003, in resolution WHA56.1")
R(d, ["WHO Director-General", "Gro Harlem Brundtland", "Director-General of the World Health Organization", "World Health Organization", "WHO"],
  "called-for", FCTC, D,
  "I urge every Member State to sign the Convention during the coming year and to ratify it as quickly as their parliaments allow.")
# Entry into force, the depositary, the New York signature period: nothing. "more than forty Member States": unnamed.
# Joining the consensus "at the Assembly in May" is the adoption of 21 May 2003.
R(d, "United States", "supported", FCTC, "2003-05-21", "The United States, which joined the consensus at the Assembly in May")
R(d, "United States", "signed", FCTC, None, "The United States, which joined the consensus at the Assembly in May, did not sign today.", negated=True,
  alt=["had not taken a decision on signature"])
R(d, "Germany", "signed", FCTC, None, "said it would sign \"in the coming months, once the federal review is complete\"", negated=True)
RL(d, ["France", "Italy", "United Kingdom"], "signed", FCTC, None,
   "France, Italy and the United Kingdom were expected to sign before the end of the month", negated=True)
RL(d, ["Mongolia", "New Zealand"], NOTRATIFIED, FCTC, None,
   "Mongolia and New Zealand, both among today's signatories, said they hoped to complete ratification before the end of the year.", negated=True)
R(d, "India", "signed", FCTC, None, "India, which took an active part in the negotiations, announced that it would sign in New York in September.", negated=True)
R(d, "Indonesia", "signed", FCTC, None, "Indonesia, one of the world's largest tobacco-producing countries, has not indicated whether it will sign the Convention at all.",
  negated=True)
# "would follow Norway's example without delay": a planned ratification, said indirectly (optional). Hosting a consultation: nothing.
R(d, "Thailand", NOTRATIFIED, FCTC, None, "would \"follow Norway's example without delay\"", negated=True, required=False)
# Brazil's National Congress beginning consideration: a domestic step. "The Convention commits its Parties": unnamed.

# ===================== 02.html (UN News story, Illicit Trade Protocol enters into force, 25 September 2018) =====================
d = "02.html"
D = "2018-09-25"
# The fortieth ratification "on 27 June" (the document's year); the entry into force and the 48 Parties: nothing.
R(d, "United Kingdom", RATIFIED, ITP, "2018-06-27", "when the United Kingdom ratified the Protocol at United Nations Headquarters in New York")
# Seoul, Republic of Korea: venue.
R(d, COP, ADOPTED, ITP, "2012-11-12",
  "The Protocol was adopted by the Conference of the Parties to the WHO Framework Convention on Tobacco Control at its fifth session")
# A call in a statement the story reports on the day of entry into force.
R(d, TEDROS, "called-for", ITP, D, "He urged all Parties to the Convention that have not yet done so to ratify the Protocol")
R(d, "Nicaragua", ACCEDED, ITP, "2014", "Nicaragua was the first State to become a Party, acceding in 2014.")
# The African list is interrupted by an entity (C&ocirc;te d&rsquo;Ivoire): quoted in two parts.
RL(d, ["Benin", "Burkina Faso", "Chad", "Congo", "Côte d'Ivoire"], PARTY, ITP, None,
   "Parties from the WHO African Region now include Benin, Burkina Faso, Chad, the Congo,")
RL(d, ["Gabon", "Gambia", "Guinea", "Madagascar", "Niger", "Senegal"], PARTY, ITP, None, "Gabon, the Gambia, Guinea, Madagascar, Niger and Senegal")
R(d, "European Union", PARTY, ITP, "2016-06-24", "the European Union has been a Party since 24 June 2016")
# "alongside": Parties too, but not since that date.
RL(d, ["Austria", "Cyprus", "France", "Latvia", "Lithuania", "Malta", "Portugal", "Slovakia", "Spain", "Sweden"], PARTY, ITP, None,
   "alongside Austria, Cyprus, France, Latvia, Lithuania, Malta, Portugal, Slovakia, Spain and Sweden")
RL(d, ["Pakistan", "Sri Lanka", "India"], RATIFIED, ITP, None, "Pakistan, Sri Lanka and India were early ratifiers in Asia")
# Elliptical: "[were early ratifiers] in Latin America".
RL(d, ["Ecuador", "Costa Rica", "Panama", "Uruguay"], RATIFIED, ITP, None, "Ecuador, Costa Rica, Panama and Uruguay in Latin America")
R(d, "China", "signed", ITP, "2014", "China signed the Protocol in 2014 but has not yet ratified it.")
R(d, "China", NOTRATIFIED, ITP, None, "China signed the Protocol in 2014 but has not yet ratified it.", negated=True)
# Neither ... nor: both not Parties; hosting the session: nothing.
RL(d, ["Republic of Korea", "Japan"], NOTBOUND, ITP, None,
   "Neither the Republic of Korea, which hosted the session at which the Protocol was adopted, nor Japan is yet a Party", negated=True)
R(d, "United States", NOTBOUND, FCTC, None, "the United States is not a Party to the Framework Convention itself", negated=True)
# The Chamber's approval: domestic; the expected deposit: planned.
R(d, "Brazil", NOTRATIFIED, ITP, None, "expect the Senate to complete the process and the instrument of ratification to be deposited before the end of the year",
  negated=True)
R(d, ["Vera Luiza da Costa e Silva", *SECR], "called-for", ITP, D,
  "She called on the 133 Parties to the Framework Convention that are not yet bound by the Protocol to join it")
# MOP1 in Geneva, Interpol and the WCO as observers: nothing.

# ===================== 03.md (NGO tracker of the Illicit Trade Protocol, updated 3 February 2026) =====================
d = "03.md"
D = "2026-02-03"
# The table of Parties that joined after MOP3: signature and deposit dates per row.
for actor, sig, act, date, q in [
        ("Armenia", None, ACCEDED, "2024-03-14", "Armenia | — | 14 Mar 2024 | accession"),
        ("Bosnia and Herzegovina", None, ACCEDED, "2024-05-02", "Bosnia and Herzegovina | — | 2 May 2024 | accession"),
        ("Cameroon", "2015-01-09", RATIFIED, "2024-07-18", "Cameroon | 9 Jan 2015 | 18 Jul 2024 | ratification"),
        ("Kenya", "2014-11-24", RATIFIED, "2024-09-05", "Kenya | 24 Nov 2014 | 5 Sep 2024 | ratification"),
        ("Ghana", None, ACCEDED, "2024-10-30", "Ghana | — | 30 Oct 2024 | accession"),
        ("Tunisia", None, ACCEDED, "2025-02-11", "Tunisia | — | 11 Feb 2025 | accession"),
        ("Mozambique", None, ACCEDED, "2025-04-03", "Mozambique | — | 3 Apr 2025 | accession"),
        ("Georgia", None, ACCEDED, "2025-06-26", "Georgia | — | 26 Jun 2025 | accession"),
        ("Netherlands", "2014-01-10", ACCEPTED, "2025-08-28", "Netherlands (Kingdom of the)¹ | 10 Jan 2014 | 28 Aug 2025 | acceptance"),
        ("Ireland", "2015-01-08", RATIFIED, "2025-11-17", "Ireland | 8 Jan 2015 | 17 Nov 2025 | ratification"),
        ("Republic of Korea", "2015-01-09", RATIFIED, "2025-12-30", "Republic of Korea | 9 Jan 2015 | 30 Dec 2025 | ratification")]:
    if sig:
        R(d, actor, "signed", ITP, sig, q)
    R(d, actor, act, ITP, date, q, alt=(["its instrument was deposited in the last week of the year"] if actor == "Republic of Korea" else None))
# The territorial footnote: nothing. Kenya's Act: domestic. Korea's earlier non-ratification, now superseded (optional).
R(d, "Republic of Korea", NOTRATIFIED, ITP, None, "had long been criticised for not ratifying the treaty", negated=True, required=False)
for actor, date in [("China", "2014-11-11"), ("Germany", "2014-01-10"), ("Greece", "2014-01-10"), ("Israel", "2014-06-02"),
                    ("Italy", "2015-01-09"), ("Belgium", "2014-09-24")]:
    day = int(date[8:]); month = {"01": "January", "06": "June", "09": "September", "11": "November"}[date[5:7]]
    R(d, actor, "signed", ITP, date, f"{actor} (signed {day} {month} {date[:4]})")
    R(d, actor, NOTRATIFIED, ITP, None, "Six signatories have yet to deposit an instrument of ratification, acceptance or approval", negated=True,
      alt=(["it expects Germany to ratify \"in the course of 2026\""] if actor == "Germany" else None))
RL(d, ["Japan", "Philippines"], PARTY, FCTC, None, "are Parties to the Framework Convention but have neither signed the Protocol")
RL(d, ["Japan", "Philippines"], "signed", ITP, None, "have neither signed the Protocol nor begun the accession process", negated=True)
RL(d, ["Japan", "Philippines"], NOTACCEDED, ITP, None, "have neither signed the Protocol nor begun the accession process", negated=True)
RL(d, ["Indonesia", "United States"], NOTACCEDED, ITP, None, "cannot join the Protocol at all", negated=True)
RL(d, ["Indonesia", "United States"], NOTBOUND, FCTC, None, "neither is a Party to the WHO FCTC", negated=True)
R(d, "Switzerland", "signed", FCTC, "2004", "a signatory of the Convention since 2004")
R(d, "Switzerland", NOTRATIFIED, FCTC, None, "is in the same position until its ratification of the Convention is complete", negated=True)
R(d, "Switzerland", NOTACCEDED, ITP, None, "is in the same position until its ratification of the Convention is complete", negated=True, required=False)
# MOP3's decisions are named only by their subject ("decisions on ..."): optional.
R(d, MOP, ADOPTED, ("decision on the global information-sharing focal point", []), "2024-02-15",
  "MOP3 in Panama adopted decisions on the global information-sharing focal point", required=False)
R(d, MOP, ADOPTED, ("decision on the assessment of track-and-trace systems", []), "2024-02-15",
  "and on the assessment of track-and-trace systems", required=False)
R(d, MOP, ADOPTED, ("Geneva Declaration on securing the tobacco supply chain", ["Geneva Declaration"]), "2025-11-26",
  "MOP4, meeting in Geneva, adopted the Geneva Declaration on securing the tobacco supply chain")
R(d, MOP, "called-for", ITP, "2025-11-26",
  "which calls on all Parties to the Framework Convention that have not yet done so to accede to the Protocol")

# ===================== 04 (news wire, the United States rejects the 2024 IHR amendments, Friday 18 July 2025) =====================
d = "04.txt"
D = "2025-07-18"
R(d, "United States", NOTBOUND, IHR24, None,
  "The United States on Friday formally rejected the 2024 amendments to the International Health Regulations", negated=True,
  alt=["A formal notice of rejection was delivered to the World Health Organization's Director-General"])
# "on June 1 last year" against 2025.
R(d, WHA, ADOPTED, IHR24, "2024-06-01", "The amendments were adopted by consensus at the World Health Assembly in Geneva on June 1 last year")
# The entry into force on September 19 and the July 19 deadline: nothing.
R(d, "United States", "supported", IHR24, "2024-06-01", "The Biden administration had joined the consensus when the amendments were adopted.")
RL(d, ["Argentina", "Russian Federation"], "supported", IHR24, "2024-06-01",
   "Argentina and the Russian Federation dissociated themselves from the consensus at the time", negated=True)
R(d, "Israel", NOTBOUND, IHR24, None, "Israel notified WHO of its rejection earlier this month", negated=True)
# Leaving the organisation: membership of WHO, nothing.
R(d, "Argentina", NOTBOUND, IHR24, None, "said in May that it had rejected the amendments", negated=True)
R(d, "Italy", NOTBOUND, IHR24, None, "Rome would also reject the amendments before the deadline", negated=True)
R(d, "Slovakia", NOTBOUND, IHR24, None, "Prime Minister Robert Fico has repeatedly said his government would not accept the new rules", negated=True)
# "will be bound from September 19": planned, hence negated. The European Commission's coordination: implementation, nothing.
RL(d, ["Germany", "Japan", "Brazil"], NOTBOUND, IHR24, None, "Germany, Japan and Brazil, among others, have said they will be bound from September 19",
   negated=True)
R(d, WHA, ADOPTED, IHR22, "2022-05", "In May 2022, the Assembly adopted a narrower amendment to Article 59 (resolution WHA75.12)")
# Proposing the amendment: its author (optional).
R(d, "United States", "co-sponsored", IHR22, None, "That amendment, which the United States itself had proposed", required=False)
RL(d, ["Iran", "Netherlands", "New Zealand", "Slovakia"], NOTBOUND, IHR22, None,
   "was rejected by Iran, the Netherlands, New Zealand and Slovakia", negated=True)
# The executive order withdrawing from WHO: an organisation, nothing. "stayed away from the final round of negotiations": process.
R(d, WHA, ADOPTED, PA, "2025-05-20", "which the World Health Assembly adopted on May 20 without the United States")
R(d, "United States", "supported", PA, "2025-05-20", "did not take part in the vote", negated=True)
R(d, "United States", NOTBOUND, PA, None, "the United States will not be bound by the agreement", negated=True)
R(d, "United States", "signed", FCTC, "2004", "The United States signed the tobacco convention in 2004 and never ratified it")
R(d, "United States", NOTRATIFIED, FCTC, None, "The United States signed the tobacco convention in 2004 and never ratified it", negated=True)
# A senator welcoming the rejection; the Director-General on sovereignty: nothing.

# ===================== 05.html (Health Policy Watch, WHA78 adopts the Pandemic Agreement, Tuesday 20 May 2025) =====================
d = "05.html"
D = "2025-05-20"
MON = "2025-05-19"
R(d, WHA, ADOPTED, PA, D, "The Seventy-eighth World Health Assembly on Tuesday formally adopted the WHO Pandemic Agreement by consensus in plenary")
R(d, CA, ADOPTED, PA, MON, "which on Monday approved the resolution adopting the agreement, WHA78.1, in a recorded vote of 124 in favour, none against and 11 abstentions")
# "124 in favour": unnamed.
ABST05 = ["Bulgaria", "Egypt", "Guatemala", "Iran", "Israel", "Italy", "Jamaica", "Netherlands", "Poland", "Russian Federation", "Slovakia"]
RL(d, ABST05, "supported", PA, MON,
   "Abstaining in the vote on Monday were Bulgaria, Egypt, Guatemala, Iran, Israel, Italy, Jamaica, the Netherlands, Poland, the Russian Federation and Slovakia.",
   negated=True)
# Requesting the vote: procedure, nothing. Withdrawal from WHO: membership, nothing.
R(d, "United States", "supported", PA, MON, "did not participate", negated=True)
R(d, "Argentina", "supported", PA, MON, "was absent from the room", negated=True)
R(d, TEDROS, "welcomed", PA, D, "welcoming the agreement as")
R(d, TEDROS, "called-for", PABS, D, "He called on Member States to conclude the annex on pathogen access and benefit-sharing within a year")
# The Intergovernmental Working Group, the opening for signature and the sixty ratifications: nothing.
R(d, WHA, ADOPTED, ("decision SSA2(5)", ["SSA2(5)", "decision establishing the Intergovernmental Negotiating Body"]), "2021-12-01",
  "The process started when a special session of the Assembly, on 1 December 2021, adopted decision SSA2(5)")
# Co-chairs of the negotiating body: process, nothing.
RL(d, ["Brazil", "South Africa", "Indonesia"], "supported", PA, MON, "Brazil, South Africa and Indonesia, all of which voted in favour")
R(d, "China", "supported", PA, MON, "China also voted in favour")
R(d, "China", NOTRATIFIED, PA, None, "its delegate said Beijing would", negated=True)
R(d, "Rwanda", NOTRATIFIED, PA, None, "said his country would be among the first to ratify", negated=True)
RL(d, ["Japan", "Republic of Korea", "Thailand"], "signed", PA, None,
   "Japan, the Republic of Korea and Thailand said they would begin domestic procedures with a view to signing as soon as the agreement is opened for signature.",
   negated=True)
R(d, "European Union", "signed", PA, None, "said the Union stood ready to sign the agreement once the annex is adopted", negated=True)
# "Several of those member states nonetheless abstained": unnamed here (the named abstentions are above).
# The Dutch House's motion: domestic. Warsaw "supported the agreement's goals": goals, nothing; not endorsing (optional).
R(d, "Poland", ENDORSED, PA, None, "could not endorse an incomplete instrument", negated=True, required=False)

# ===================== 06 (House of Commons Library research briefing CBP-10318, 14 October 2025) =====================
d = "06.txt"
D = "2025-10-14"
R(d, WHA, ADOPTED, PA, "2025-05-20", "The Assembly adopted the Agreement in plenary the next day, 20 May 2025, without a further vote.",
  alt=["In May 2025 the World Health Assembly, WHO's decision-making body of 194 member states, adopted the WHO Pandemic Agreement."])
R(d, WHA, ADOPTED, IHR24, "2024-06-01", "on 1 June 2024, it had adopted a package of amendments to the International Health Regulations (2005)")
R(d, "United Kingdom", "supported", IHR24, "2024-06-01", "The UK joined the consensus on the amendments at the Seventy-seventh World Health Assembly on 1 June 2024.")
# Not rejecting binds a State: the briefing says it is bound (optional, see the conventions).
R(d, "United Kingdom", PARTY, IHR24, "2025-09-19", "The UK did not reject the amendments before the deadline and has been bound by them since 19 September 2025.",
  required=False)
R(d, "United Kingdom", COMMITTED, IHR, "2025-07-22", "said the UK \"remains committed to the International Health Regulations\"")
RL(d, ["Argentina", "Israel", "Italy", "United States"], NOTBOUND, IHR24, None,
   "Four countries are known to have rejected the amendments outright: Argentina, Israel, Italy and the United States.", negated=True)
# Reservations (Slovakia): nothing.
R(d, CA, ADOPTED, PA, "2025-05-19", "was first approved in the Assembly's Committee A on 19 May 2025 by 124 votes to none, with 11 abstentions")
R(d, "United Kingdom", "supported", PA, "2025-05-19", "The UK voted in favour.")
RL(d, ["France", "Germany", "Japan", "Canada"], "supported", PA, "2025-05-19", "France, Germany, Japan and Canada voted in favour")
R(d, "Italy", "supported", PA, "2025-05-19", "while Italy abstained", negated=True)
RL(d, ["Australia", "New Zealand"], "supported", PA, "2025-05-19", "Australia and New Zealand voted in favour")
R(d, "Netherlands", "supported", PA, "2025-05-19", "the Netherlands abstained", negated=True)
# The annex is "expected" at WHA79: a planned adoption.
R(d, WHA, ADOPTED, PABS, None, "expected at the Seventy-ninth World Health Assembly in May 2026", negated=True)
R(d, "United Kingdom", "signed", PA, None, "The Government has said it will not sign the Agreement until the PABS annex has been agreed", negated=True)
R(d, "Canada", "signed", PA, None, "Canada, by contrast, has said it intends to sign as soon as the Agreement is opened for signature.", negated=True)
# The 2010 Act procedure, the e-petition and the Westminster Hall debate, and the 2021 support for the treaty idea: nothing.
R(d, "United Kingdom", RATIFIED, FCTC, "2004-12-16", "WHO Framework Convention on Tobacco Control: the UK ratified it on 16 December 2004.")
R(d, "United Kingdom", RATIFIED, ITP, "2018-06-27", "ratified by the UK on 27 June 2018, the fortieth ratification")
R(d, "United Kingdom", "signed", MEDI, None, "the UK has neither signed nor ratified it", negated=True, alt=["it had \"no current plans\" to sign"])
R(d, "United Kingdom", NOTRATIFIED, MEDI, None, "the UK has neither signed nor ratified it", negated=True)
# The Tobacco and Vapes Bill: domestic legislation. The Lords committee's recommendation: nothing.

# ===================== 07 (Council of Europe newsroom, ten years of the MEDICRIME Convention, Thursday 28 October 2021) =====================
d = "07.txt"
D = "2021-10-28"
SIG07 = ["Austria", "Cyprus", "Finland", "France", "Germany", "Iceland", "Israel", "Italy", "Portugal", "Russian Federation", "Switzerland", "Ukraine"]
# "Ten years ago today, at a conference in Moscow": the opening for signature and the venue give nothing; the signatures are dated.
RL(d, SIG07, "signed", MEDI, "2011-10-28",
   "Twelve States signed the Convention at the Moscow conference on 28 October 2011: Austria, Cyprus, Finland, France, Germany, Iceland, Israel, Italy, Portugal, the Russian Federation, Switzerland and Ukraine.")
R(d, COM, ADOPTED, MEDI, "2010-12-08", "The text had been adopted by the Committee of Ministers on 8 December 2010")
# Entry into force after five ratifications (three by member States, unnamed): nothing.
PARTIES07 = "The Convention now has 18 Parties: Albania, Armenia, Belarus, Belgium, Benin, Bosnia and Herzegovina, Burkina Faso, Croatia, France, Guinea, Hungary, the Republic of Moldova, Portugal, the Russian Federation, Spain, Switzerland, Turkey and Ukraine."
# States whose ratification the text dates get that record (the list is its alternative quote); the others are Parties.
R(d, "Ukraine", RATIFIED, MEDI, "2012-08-20", "Ukraine was the first State to ratify, on 20 August 2012", alt=[PARTIES07])
R(d, "Spain", RATIFIED, MEDI, "2013", "followed by Spain in 2013", alt=[PARTIES07])
R(d, "Hungary", RATIFIED, MEDI, "2014", "and Hungary in 2014", alt=[PARTIES07])
R(d, "Guinea", RATIFIED, MEDI, "2014-09", "Guinea was the first non-member State to do so, in September 2014.", alt=[PARTIES07])
# "in July" against October 2021; "becoming the 18th Party" is the same event.
R(d, "Bosnia and Herzegovina", RATIFIED, MEDI, "2021-07",
  "Most recently, Bosnia and Herzegovina deposited its instrument of ratification in July, becoming the 18th Party.", alt=[PARTIES07])
RL(d, ["Albania", "Armenia", "Belarus", "Belgium", "Benin", "Burkina Faso", "Croatia", "France", "Republic of Moldova", "Portugal",
       "Russian Federation", "Switzerland", "Türkiye"], PARTY, MEDI, None, PARTIES07)
RL(d, ["Austria", "Cyprus", "Finland", "Germany", "Iceland", "Italy"], NOTRATIFIED, MEDI, None,
   "seven - Austria, Cyprus, Finland, Germany, Iceland, Israel and Italy - have yet to ratify", negated=True)
# Israel's planned submission to the Knesset "for ratification next year" is the same negated tuple: the list's quote is first.
R(d, "Israel", NOTRATIFIED, MEDI, None, "seven - Austria, Cyprus, Finland, Germany, Iceland, Israel and Italy - have yet to ratify", negated=True,
  alt=["the Government intended to submit the Convention to the Knesset for ratification next year"])
# Invitations to accede (Côte d'Ivoire, Morocco, Niger): nothing; Morocco's accession bill implies a planned accession (optional).
R(d, "Morocco", NOTACCEDED, MEDI, None, "Morocco's accession bill is before its parliament", negated=True, required=False)
R(d, ["Council of Europe Secretary General", "Secretary General of the Council of Europe", "Marija Pejcinovic Buric", "Secretary General"],
  "called-for", MEDI, D, "I call on all member States which have not yet done so to sign and ratify the MEDICRIME Convention")
R(d, ["Committee of the Parties to the MEDICRIME Convention", "Committee of the Parties"], ADOPTED,
  ("declaration on the prevention of risks linked to the falsification of medical products during the COVID-19 pandemic",
   ["Committee of the Parties declaration on falsified medical products and COVID-19"]), "2020-04",
  "In April 2020 the Committee of the Parties adopted a declaration on the prevention of risks linked to the falsification of medical products during the COVID-19 pandemic")
# "urging the Parties to make full use of the Convention's provisions": implementation, nothing.
R(d, "European Union", "signed", MEDI, None, "has not signed it", negated=True)
R(d, "European Union", NOTACCEDED, MEDI, None, "accession by the Union \"is not currently envisaged\"", negated=True)
# The Falsified Medicines Directive: EU legislation, nothing. Prosecutors using the Convention: implementation.

# ===================== 08 (WHA78 Committee B provisional summary record A78/B/PSR/6, Friday 23 May 2025) =====================
d = "08.txt"
D = "2025-05-23"
UKR = ("draft resolution A78/B/CONF./3 Rev.1", ["A78/B/CONF./3 Rev.1",
       "Health emergency in Ukraine and refugee receiving and hosting countries, stemming from the Russian Federation aggression",
       "resolution on the health emergency in Ukraine"])
R7511 = ("resolution WHA75.11", ["WHA75.11", "Health emergency in Ukraine resolution of 2022"])
OPT = ("draft decision A78/B/CONF./1", ["A78/B/CONF./1",
       "Health conditions in the occupied Palestinian territory, including east Jerusalem, and in the occupied Syrian Golan"])
SPONS08 = ["Albania", "Australia", "Austria", "Belgium", "Canada", "Czechia", "Denmark", "Estonia", "Finland", "France", "Georgia", "Germany",
           "Ireland", "Japan", "Latvia", "Lithuania", "Netherlands", "Norway", "Poland", "Republic of Moldova", "Romania", "Sweden", "United Kingdom"]
Q08 = "proposed by Ukraine and co-sponsored by the following Member States: Albania, Australia, Austria, Belgium, Canada, Czechia, Denmark, Estonia, Finland, France, Georgia, Germany, Ireland, Japan, Latvia, Lithuania, Netherlands (Kingdom of the), Norway, Poland, Republic of Moldova, Romania, Sweden and United Kingdom of Great Britain and Northern Ireland"
R(d, "Ukraine", "co-sponsored", UKR, None, Q08)
RL(d, SPONS08, "co-sponsored", UKR, None, Q08)
RL(d, ["Iceland", "Luxembourg", "New Zealand"], "co-sponsored", UKR, None, "Since its issue, Iceland, Luxembourg and New Zealand had joined the co-sponsors.")
R(d, WHA, ADOPTED, R7511, "2022-05", "since the adoption of resolution WHA75.11 in May 2022")
# Its renewals "in 2023 and 2024" are unnumbered and unnamed: nothing. Requesting a roll-call vote: procedure.
R(d, CB, ADOPTED, UKR, D, "The draft resolution was therefore approved.")
# "In favour: 80", "Abstaining: 49": unnamed.
AGAINST08 = ["Belarus", "Cuba", "Democratic People's Republic of Korea", "Eritrea", "Iran", "Mali", "Nicaragua", "Russian Federation", "Zimbabwe"]
RL(d, AGAINST08, "supported", UKR, D,
   "The Member States that voted against were: Belarus, Cuba, Democratic People's Republic of Korea, Eritrea, Iran (Islamic Republic of), Mali, Nicaragua, Russian Federation, Zimbabwe.",
   negated=True)
R(d, "China", "supported", UKR, D, "The delegate of CHINA said that her country had abstained", negated=True)
RL(d, ["India", "Indonesia", "South Africa"], "supported", UKR, D, "The delegates of INDIA, INDONESIA and SOUTH AFRICA said that they had also abstained.",
   negated=True)
R(d, "Brazil", "supported", UKR, D, "The delegate of BRAZIL said that Brazil had abstained", negated=True)
RL(d, ["Egypt", "Saudi Arabia"], "supported", UKR, D, "The delegate of EGYPT, speaking also on behalf of SAUDI ARABIA, said both countries had abstained",
   negated=True)
R(d, "Hungary", "supported", UKR, D, "The delegate of HUNGARY said that her Government had voted in favour")
# The EU is not a Member State of WHO and did not vote; its statement of support is political backing (optional).
R(d, "European Union", "supported", UKR, D, "the Union fully supported the resolution", required=False)
R(d, "Türkiye", "supported", UKR, D, "The delegate of TÜRKIYE said that his country had voted in favour")
# "as it had in 2022": its vote on resolution WHA75.11, named earlier (optional).
R(d, "Türkiye", "supported", R7511, "2022", "as it had in 2022", required=False)
R(d, "Serbia", "supported", UKR, D, "The delegate of SERBIA said that his country had not participated in the vote.", negated=True)
# Item 17: proposers (the Arab Group and the OIC are named groups on whose behalf two States acted).
RL(d, ["Algeria", "Pakistan"], "co-sponsored", OPT, None,
   "had been proposed by Algeria, on behalf of the Arab Group, and by Pakistan, on behalf of the Organisation of Islamic Cooperation")
RL(d, ["Argentina", "Czechia", "Hungary", "Israel", "Papua New Guinea", "Paraguay"], "supported", OPT, D,
   "The Member States that voted against were: Argentina, Czechia, Hungary, Israel, Papua New Guinea and Paraguay.", negated=True)
R(d, CB, ADOPTED, OPT, D, "The draft decision was approved.")
R(d, "Germany", "supported", OPT, D, "The delegate of GERMANY said that his delegation had abstained", negated=True)
# Canada's past votes against earlier texts: not this decision.
R(d, "Canada", "supported", OPT, D, "but had abstained this year", negated=True)

# ===================== 09 (Swiss Federal Council press release, FCTC ratification dispatch, Wednesday 26 March 2025) =====================
d = "09.txt"
D = "2025-03-26"
R(d, "Switzerland", "signed", FCTC, "2004-06-25", "Switzerland signed the FCTC on 25 June 2004.")
# Adopting the dispatch is a domestic step towards a planned ratification; the deposit "will" follow if Parliament approves.
R(d, "Switzerland", NOTRATIFIED, FCTC, None,
  "the Federal Council adopted the dispatch on the ratification of the WHO Framework Convention on Tobacco Control (FCTC) and submitted it to Parliament",
  negated=True, alt=["Switzerland will become the 184th Party", "Ratification was not possible at the time"])
# The revised Tobacco Products Act and the popular initiative: domestic.
R(d, WHA, ADOPTED, FCTC, "2003-05", "which was adopted by the World Health Assembly in May 2003")
R(d, "European Union", PARTY, FCTC, None, "currently has 183 Parties: 182 States and the European Union")
RL(d, ["Germany", "France", "Italy", "Austria"], PARTY, FCTC, None,
   "All of Switzerland's neighbours - Germany, France, Italy and Austria - are Parties.")
# Liechtenstein "intends to ratify in parallel": the same negated status (the list's quote is first).
R(d, "Liechtenstein", NOTBOUND, FCTC, None, "only Liechtenstein and Andorra are not Parties", negated=True,
  alt=["Liechtenstein, which forms a customs union with Switzerland, intends to ratify in parallel"])
R(d, "Andorra", NOTBOUND, FCTC, None, "only Liechtenstein and Andorra are not Parties", negated=True)
FOUR09 = ["United States", "Argentina", "Cuba", "Morocco"]
RL(d, FOUR09, "signed", FCTC, None, "Worldwide, the United States, Argentina, Cuba and Morocco have signed the Convention but not ratified it.")
RL(d, FOUR09, NOTRATIFIED, FCTC, None, "Worldwide, the United States, Argentina, Cuba and Morocco have signed the Convention but not ratified it.", negated=True)
RL(d, ["Indonesia", "Dominican Republic", "Malawi"], "signed", FCTC, None, "Indonesia, the Dominican Republic and Malawi have never signed it.", negated=True)
R(d, COP, ADOPTED, ("Guidelines for implementation of Article 13 of the WHO Framework Convention on Tobacco Control",
                    ["guidelines for implementation of Article 13", "Article 13 guidelines"]), "2008-11",
  "The guidelines for implementation of Article 13 (tobacco advertising, promotion and sponsorship), adopted by the Conference of the Parties in November 2008")
R(d, "Switzerland", NOTACCEDED, ITP, None, "The Federal Council will examine accession to the Protocol once Switzerland is a Party to the Convention", negated=True)
R(d, "Switzerland", RATIFIED, MEDI, "2019", "as a Party to the Council of Europe's MEDICRIME Convention, which it ratified in 2019")
# Deciding not to reject: the amendments bind Switzerland only from 19 September 2025, so the status is planned.
R(d, "Switzerland", NOTBOUND, IHR24, None, "The amendments will therefore become binding on Switzerland on 19 September 2025.", negated=True)
R(d, WHA, ADOPTED, IHR24, "2024-06-01", "adopted by the World Health Assembly on 1 June 2024")
# A decision on signing a text still under negotiation (optional).
R(d, "Switzerland", "signed", PA, None, "The Federal Council will decide whether Switzerland should sign the WHO pandemic agreement only once the negotiations have been concluded",
  negated=True, required=False)

# ===================== 10 (news agency wire, COP10 closes in Panama City, Saturday 10 February 2024) =====================
d = "10.txt"
D = "2024-02-10"
R(d, COP, ADOPTED, ("Panama Declaration", ["Panama Declaration against tobacco industry interference"]), D,
  "The tenth session of the Conference of the Parties (COP10) to the WHO Framework Convention on Tobacco Control adopted the Panama Declaration",
  alt=["by adopting a declaration against tobacco industry interference"])
# "in which Parties reaffirm their obligation": unnamed. Decisions named only by their subject (optional); the deferred proposal: nothing.
R(d, COP, ADOPTED, ("decision on cross-border tobacco advertising, promotion and sponsorship", []), D,
  "a decision on cross-border tobacco advertising, promotion and sponsorship", required=False)
R(d, COP, ADOPTED, ("decision on the environmental impact of tobacco products under Article 18", []), D,
  "a decision on the environmental impact of tobacco products under Article 18", required=False)
R(d, COP, ADOPTED, ("decision establishing an expert group on forward-looking tobacco control measures", []), D,
  "a decision establishing an expert group on forward-looking tobacco control measures", required=False)
R(d, ["Adriana Blanco Marquizo", *SECR], "called-for", ITP, D,
  "she hoped the 114 Parties to the Convention that have not yet joined the Protocol to Eliminate Illicit Trade in Tobacco Products would")
# Hosting the conference: nothing.
R(d, "Panama", RATIFIED, ITP, "2016", "Panama, which hosted the conference, ratified that protocol in 2016.")
R(d, "Philippines", PARTY, FCTC, "2005", "the Philippines, a Party to the Convention since 2005")
# A spokesperson's remark, not placed on a day.
R(d, "Philippines", COMMITTED, FCTC, None, "the country \"remains fully committed to the FCTC\"")
R(d, "China", PARTY, FCTC, "2005", "China, a Party since 2005")
R(d, "United States", "signed", FCTC, "2004", "The United States, which signed the Convention in 2004 but has never ratified it")
R(d, "United States", NOTRATIFIED, FCTC, None, "but has never ratified it", negated=True)
R(d, "Indonesia", "signed", FCTC, None, "Indonesia, which has not signed the treaty", negated=True)
# Attending as observers: nothing. The MOP opening "on Monday": nothing.
RL(d, ["Colombia", "Jordan", "Togo", "Viet Nam"], JOINED, ITP, None,
   "four States have become Parties to the protocol since the second session of the Meeting of the Parties in November 2022: Colombia, Jordan, Togo and Viet Nam")
# Parliament authorising ratification: domestic; the deposit is planned.
R(d, "Cameroon", NOTRATIFIED, ITP, None, "the instrument would be deposited \"within months\"", negated=True)
RL(d, ["Kenya", "Ireland"], NOTRATIFIED, ITP, None, "Kenya and Ireland said they expected to ratify before the end of the year", negated=True)
R(d, "Germany", "signed", ITP, "2014", "Germany, which signed the protocol in 2014")
R(d, "Germany", NOTRATIFIED, ITP, None, "said a ratification bill was being drafted", negated=True)
R(d, "Brazil", RATIFIED, ITP, "2018", "Brazil, which ratified the protocol in 2018")
# Brazil's tracking system and its representative's "political decision to join": not a call on named instruments' addressees (nothing).

# ===================== 11.html (Council of the EU press release 376/16, the EU becomes party to the Protocol, 24 June 2016) =====================
d = "11.html"
D = "2016-06-24"
# Formal confirmation by an international organisation: an acceptance. "becomes a party" is the same event.
R(d, "European Union", ACCEPTED, ITP, D,
  "The European Union today deposited its instrument of formal confirmation of the Protocol to Eliminate Illicit Trade in Tobacco Products",
  alt=["With the deposit, the EU becomes a party to the protocol"])
# The Council's decisions on conclusion and the Parliament's consent: internal steps of the Union, nothing. Entry into force: nothing.
R(d, "European Union", "signed", ITP, "2014-01-20", "The EU signed the protocol on 20 January 2014")
RL(d, ["Austria", "France", "Latvia", "Lithuania", "Malta", "Portugal", "Spain"], RATIFIED, ITP, None,
   "Seven member states have already ratified the protocol: Austria, France, Latvia, Lithuania, Malta, Portugal and Spain.")
RL(d, ["Cyprus", "Slovakia", "Sweden"], NOTRATIFIED, ITP, None, "Cyprus, Slovakia and Sweden are expected to ratify later this year.", negated=True)
SEVEN11 = ["Belgium", "Germany", "Greece", "Ireland", "Italy", "Netherlands", "United Kingdom"]
Q11 = "Belgium, Germany, Greece, Ireland, Italy, the Netherlands and the United Kingdom have signed the protocol but have not yet ratified it."
RL(d, SEVEN11, "signed", ITP, None, Q11)
RL(d, SEVEN11, NOTRATIFIED, ITP, None, Q11, negated=True)
RL(d, ["Denmark", "Hungary"], "signed", ITP, None, "Denmark and Hungary have not signed it.", negated=True)
R(d, ["European Commissioner for Health and Food Safety", "Vytenis Andriukaitis", "European Commission"], "called-for", ITP, D,
  "I call on all member states that have not yet done so to ratify the protocol swiftly")
R(d, COP, ADOPTED, ITP, "2012-11-12", "The protocol was adopted by the fifth session of the Conference of the Parties to the FCTC, in Seoul, on 12 November 2012.")
R(d, "European Union", ACCEPTED, FCTC, "2005-06", "The EU has been a party to the FCTC itself since June 2005, when it approved the Convention")
# "All 28 current member states are parties": unnamed. The Tobacco Products Directive and the agreements with manufacturers: nothing.

# ===================== 12 (PIB release, COP7 concludes at Greater Noida, Saturday 12 November 2016) =====================
d = "12.txt"
D = "2016-11-12"
DELHI = ("Delhi Declaration", ["COP7 Delhi Declaration"])
# Hosting the session at Greater Noida: nothing.
R(d, COP, ADOPTED, DELHI, D, "The Conference adopted the Delhi Declaration by consensus at its closing plenary this evening.")
R(d, "India", "co-sponsored", DELHI, None, "The Delhi Declaration, proposed by India as host country")
# The Declaration's call is the adopting body's, dated by the adoption; "reaffirms the commitment of Parties": unnamed.
R(d, COP, "called-for", FCTC, D, "calls upon States that are not yet Parties to accede to the Convention at the earliest")
R(d, COP, ADOPTED, ("decision on electronic nicotine delivery systems", ["ENDS decision"]), D,
  "The Conference also adopted decisions on electronic nicotine delivery systems (ENDS)", required=False)
R(d, COP, ADOPTED, ("decision on the implementation of Article 19 (liability)", ["Article 19 decision"]), D,
  "and on the implementation of Article 19 (liability)", required=False)
# The Minister speaks for India ("the Government"); the closing session is today's.
R(d, ["India", "J P Nadda", "Union Minister of Health and Family Welfare"], COMMITTED, FCTC, D, "India remains committed to the Convention")
R(d, "India", "signed", FCTC, "2003-09-10", "India signed the FCTC on 10 September 2003")
R(d, "India", RATIFIED, FCTC, "2004-02-05", "was among the first countries to ratify it, on 5 February 2004")
# COTPA: domestic legislation.
R(d, ["India", "J P Nadda", "Union Minister of Health and Family Welfare"], "called-for", ITP, D,
  "the Minister urged the Parties that have not yet done so to ratify the Protocol")
R(d, "India", "signed", ITP, None, "India did not sign the Protocol during the period in which it was open for signature", negated=True)
R(d, "India", NOTACCEDED, ITP, None, "the Government is actively examining accession to the Protocol", negated=True)
# "24 Parties have so far joined": unnamed.
RL(d, ["Sri Lanka", "Mongolia"], PARTY, ITP, None, "Sri Lanka and Mongolia are already Parties")
# The Head of the Secretariat welcoming them: no record for her; their acts are recorded.
R(d, "Ethiopia", RATIFIED, FCTC, "2014", "Ethiopia, which ratified the Convention in 2014")
R(d, "Zimbabwe", ACCEDED, FCTC, "2014", "Zimbabwe, which acceded the same year")
# The code of conduct for officials and the choice of Geneva for COP8: nothing.

# ===================== 13.md (legal explainer, the 2024 IHR amendments enter into force, 19 September 2025) =====================
d = "13.md"
D = "2025-09-19"
R(d, WHA, ADOPTED, IHR24, "2024-06-01", "adopted by the Seventy-seventh World Health Assembly on 1 June 2024 (resolution WHA77.17)")
# Entry into force "today" for the States that did not reject: nothing (unnamed).
RL(d, ["Liechtenstein", "Holy See"], PARTY, IHR, None,
   "including Liechtenstein and the Holy See, which are States Parties to the IHR although they are not WHO Members")
RL(d, ["Argentina", "Russian Federation"], "supported", IHR24, "2024-06-01",
   "Argentina and the Russian Federation dissociated themselves from the decision", negated=True)
# The table: rejections are negated (undated); reservations (Slovakia, Iran, the Netherlands) give nothing.
R(d, "Argentina", NOTBOUND, IHR24, None, "Argentina | Rejection | 2 May 2025", negated=True)
R(d, "Israel", NOTBOUND, IHR24, None, "Israel | Rejection | 8 July 2025", negated=True)
R(d, "United States", NOTBOUND, IHR24, None, "United States | Rejection | 18 July 2025", negated=True,
  alt=["but it is not bound by the 2024 amendments"])
R(d, "Italy", NOTBOUND, IHR24, None, "Italy | Rejection | 19 July 2025", negated=True)
# Withdrawal from WHO: membership of an organisation, nothing; party status under the IHR itself is recorded.
R(d, "United States", PARTY, IHR, None, "remains a State Party to the IHR (2005) despite its withdrawal from WHO")
R(d, "Argentina", PARTY, IHR, None, "which remains a State Party to the IHR while it leaves the Organization")
R(d, WHA, ADOPTED, IHR22, "2022-05", "The Assembly adopted an amendment to Article 59 in May 2022 (resolution WHA75.12)")
RL(d, ["Iran", "Slovakia"], NOTBOUND, IHR22, None, "except the four that rejected it: Iran, the Netherlands, New Zealand and Slovakia", negated=True,
   alt=["Iran and Slovakia are not."])
# Withdrawing a rejection: bound now. Their earlier rejections, superseded (optional).
RL(d, ["Netherlands", "New Zealand"], PARTY, IHR22, None,
   "The Netherlands and New Zealand have since withdrawn their rejections, after parliamentary approval, and are now bound by the 2022 amendment.")
RL(d, ["Netherlands", "New Zealand"], NOTBOUND, IHR22, None, "except the four that rejected it: Iran, the Netherlands, New Zealand and Slovakia",
   negated=True, required=False)
R(d, WHA, ADOPTED, PA, "2025-05-20", "The WHO Pandemic Agreement, adopted by the World Health Assembly on 20 May 2025")
# Designation of National IHR Authorities (Ghana, Indonesia, Thailand): implementation, nothing.

# ===================== 14 (daily bulletin, COP11 opening day, Monday 17 November 2025) =====================
d = "14.txt"
D = "2025-11-17"
# COP10's adoption is recalled without a date. Electing the Bureau and adopting the agenda: procedure.
R(d, COP, ADOPTED, ("Panama Declaration", ["Panama Declaration against tobacco industry interference"]), None,
  "recalled that COP10 had adopted the Panama Declaration against tobacco industry interference")
R(d, TEDROS, "called-for", FCTC, D, "called on the WHO Member States that are not yet Parties to join the Convention")
R(d, "European Union", "called-for", ITP, D,
  "urged all Parties that have not yet done so to ratify the Protocol to Eliminate Illicit Trade in Tobacco Products")
# "that morning": the bulletin's day.
R(d, "Ireland", RATIFIED, ITP, D, "IRELAND announced to applause that it had deposited its instrument of ratification of the Protocol in New York that morning.")
# Kenya speaks "in its national capacity" ("We"); "in September last year" against 2025. The African Group's call: no instrument.
R(d, "Kenya", RATIFIED, ITP, "2024-09", "We ratified the Protocol in September last year")
# The National Assembly's approval is domestic; the deposit is expected.
R(d, "Republic of Korea", NOTRATIFIED, ITP, None, "it expected to deposit its instrument before the end of the year", negated=True)
R(d, "Germany", NOTRATIFIED, ITP, None, "GERMANY said ratification of the Protocol was planned for 2026.", negated=True)
R(d, "Mexico", NOTACCEDED, ITP, None, "MEXICO announced that it would deposit its instrument of accession to the Protocol during MOP4 next week", negated=True)
# The constitutional ban on e-cigarettes: domestic.
R(d, "Philippines", COMMITTED, FCTC, D, "The PHILIPPINES reaffirmed its commitment to the Convention")
R(d, "China", RATIFIED, FCTC, "2005", "CHINA recalled that it had ratified the Convention in 2005")
R(d, "Pakistan", PARTY, ITP, None, "PAKISTAN, one of the first Parties to the Protocol")
R(d, "Pakistan", "called-for", ITP, D, "called on other Parties in Asia to join the Protocol")
R(d, "Norway", RATIFIED, FCTC, None, "NORWAY, the first country to ratify the Convention")
DD14 = ("draft decision FCTC/COP11/A/Conf.Paper No.2", ["FCTC/COP11/A/Conf.Paper No.2", "draft decision on civil and criminal liability under Article 19"])
R(d, "Brazil", "co-sponsored", DD14, None, "BRAZIL introduced draft decision FCTC/COP11/A/Conf.Paper No.2 on civil and criminal liability under Article 19")
RL(d, ["Chile", "Colombia", "Panama", "Uruguay"], "co-sponsored", DD14, None, "co-sponsored by Chile, Colombia, Panama and Uruguay")
# Uruguay's arbitration: nothing. Attending as an observer: nothing.
R(d, "Indonesia", NOTACCEDED, FCTC, None, "INDONESIA, attending as an observer, said it had \"no plans to accede to the Convention at this stage\"", negated=True)
# The UK's Tobacco and Vapes Bill: domestic legislation. The United States absent from WHO: membership, nothing.

# ===================== 15 (reference note reproducing the depositary's FCTC status entries, 12 January 2026) =====================
d = "15.txt"
D = "2026-01-12"
R(d, WHA, ADOPTED, FCTC, "2003-05-21", "The Convention was adopted by the Fifty-sixth World Health Assembly by resolution WHA56.1 of 21 May 2003.")
# Entry into force, registration, the signature periods: nothing. "Signatories: 168. Parties: 183.": unnamed.
# Table A: signature and deposit per row; the type letter decides the action (A, AA, c: acceptance; a: accession; d: succession).
for actor, sig, act, date, q in [
        ("Austria", "2003-08-28", RATIFIED, "2005-09-15", "Austria 28 Aug 2003 15 Sep 2005"),
        ("Bangladesh", "2003-06-16", RATIFIED, "2004-06-14", "Bangladesh 16 Jun 2003 14 Jun 2004"),
        ("Canada", "2003-07-15", RATIFIED, "2004-11-26", "Canada 15 Jul 2003 26 Nov 2004"),
        ("China", "2003-11-10", RATIFIED, "2005-10-11", "China 10 Nov 2003 11 Oct 2005"),
        ("Ethiopia", "2004-02-25", RATIFIED, "2014-03-25", "Ethiopia 25 Feb 2004 25 Mar 2014"),
        ("European Union", "2003-06-16", ACCEPTED, "2005-06-30", "European Union [1] 16 Jun 2003 30 Jun 2005 c"),
        ("France", "2003-06-19", ACCEPTED, "2004-10-19", "France 19 Jun 2003 19 Oct 2004 AA"),
        ("Germany", "2003-10-24", RATIFIED, "2004-12-16", "Germany 24 Oct 2003 16 Dec 2004"),
        ("Italy", "2003-06-23", RATIFIED, "2008-07-02", "Italy 23 Jun 2003 2 Jul 2008"),
        ("Japan", "2004-03-09", ACCEPTED, "2004-06-08", "Japan 9 Mar 2004 8 Jun 2004 A"),
        ("Montenegro", None, PARTY, "2006-10-23", "Montenegro [2] 23 Oct 2006 d"),
        ("Mozambique", "2003-06-18", RATIFIED, "2017-07-14", "Mozambique 18 Jun 2003 14 Jul 2017"),
        ("Norway", "2003-06-16", RATIFIED, "2003-06-16", "Norway 16 Jun 2003 16 Jun 2003"),
        ("Thailand", "2003-06-16", RATIFIED, "2004-11-08", "Thailand 16 Jun 2003 8 Nov 2004"),
        ("United Kingdom", "2003-06-25", RATIFIED, "2004-12-16", "United Kingdom 25 Jun 2003 16 Dec 2004"),
        ("Zimbabwe", None, ACCEDED, "2014-12-04", "Zimbabwe 4 Dec 2014 a")]:
    alts = {"Mozambique": ["deposited its instrument of ratification only fourteen years later, on 14 July 2017"],
            "Montenegro": ["Montenegro succeeded to the Convention following its separation from Serbia and Montenegro"],
            "European Union": ["the instrument of formal confirmation deposited by the European Community"]}.get(actor)
    if sig:
        R(d, actor, "signed", FCTC, sig, q)
    R(d, actor, act, FCTC, date, q, alt=alts)
# Table B: signed, not ratified.
for actor, date, q in [("Argentina", "2003-09-25", "Argentina 25 Sep 2003"), ("Cuba", "2004-06-29", "Cuba 29 Jun 2004"),
                       ("Haiti", "2003-07-23", "Haiti 23 Jul 2003"), ("Morocco", "2004-04-16", "Morocco 16 Apr 2004"),
                       ("Switzerland", "2004-06-25", "Switzerland 25 Jun 2004"),
                       ("United States", "2004-05-10", "United States of America 10 May 2004")]:
    R(d, actor, "signed", FCTC, date, q)
    R(d, actor, NOTRATIFIED, FCTC, None,
      "The following States signed the Convention but have not deposited an instrument of ratification, acceptance or approval:", negated=True, alt=[q])
# Table C: neither signed nor acceded.
SIX15 = ["Andorra", "Dominican Republic", "Indonesia", "Liechtenstein", "Malawi", "South Sudan"]
Q15 = "Andorra, Dominican Republic, Indonesia, Liechtenstein, Malawi and South Sudan have neither signed the Convention nor deposited an instrument of accession."
RL(d, SIX15, "signed", FCTC, None, Q15, negated=True)
RL(d, SIX15, NOTACCEDED, FCTC, None, Q15, negated=True)
# Note 2: the predecessor State's signature, never followed by ratification.
R(d, "Serbia and Montenegro", "signed", FCTC, "2004-06-28", "which had signed the Convention on 28 June 2004")
R(d, "Serbia and Montenegro", NOTRATIFIED, FCTC, None, "which had signed the Convention on 28 June 2004 and had not ratified it", negated=True)
# Declarations upon signature or ratification (Germany, United States, France, United Kingdom): nothing.

# ===================== 16.md (negotiations tracker, WHA79 adopts the PABS annex, Friday 22 May 2026) =====================
d = "16.md"
D = "2026-05-22"
THU, WED = "2026-05-21", "2026-05-20"
R(d, WHA, ADOPTED, PABS, THU,
  "The Seventy-ninth World Health Assembly on Thursday adopted the Pathogen Access and Benefit-Sharing (PABS) annex to the WHO Pandemic Agreement",
  alt=["The plenary adopted the annex without a vote"])
R(d, CA, ADOPTED, PABS, WED, "which had approved the resolution on Wednesday after a recorded vote of 121 in favour to 2 against, with 5 abstentions")
RL(d, ["Russian Federation", "Slovakia"], "supported", PABS, WED, "Russian Federation, Slovakia", negated=True)
RL(d, ["Hungary", "Iran", "Israel", "Italy", "Poland"], "supported", PABS, WED, "Hungary, Iran, Israel, Italy, Poland", negated=True)
# "121 member states, including all other EU members": unnamed.
R(d, "Netherlands", "supported", PABS, WED, "voted in favour this time")
R(d, "Netherlands", "supported", PA, "2025", "The Netherlands, which abstained on the Pandemic Agreement itself last year", negated=True)
R(d, "United Kingdom", "supported", PABS, WED, "The United Kingdom also voted in favour.")
RL(d, ["Bangladesh", "Brazil", "Colombia", "Indonesia", "Kenya", "Malaysia", "South Africa", "Thailand"], "co-sponsored", PABS, None,
   "The resolution was co-sponsored by Bangladesh, Brazil, Colombia, Indonesia, Kenya, Malaysia, South Africa and Thailand")
# "on 20 May last year" against 2026. The opening for signature and the sixty instruments: nothing.
R(d, WHA, ADOPTED, PA, "2025-05-20", "The Pandemic Agreement, adopted by the Seventy-eighth World Health Assembly on 20 May last year")
R(d, TEDROS, "called-for", PA, THU, "He called on all member states to sign and ratify the Agreement")
R(d, "Norway", "signed", PA, None, "Norway, Rwanda, South Africa and Brazil have said they will sign on the first day.", negated=True,
  alt=["My country will sign the Pandemic Agreement on the day it opens"])
RL(d, ["Rwanda", "South Africa", "Brazil"], "signed", PA, None, "Norway, Rwanda, South Africa and Brazil have said they will sign on the first day.",
   negated=True)
R(d, "Japan", "signed", PA, None, "Japan, which was among the first to announce its intention to sign, is expected to do so in July.", negated=True)
# The Council's authorising decision is an internal step; the EU's signature is planned.
R(d, "European Union", "signed", PA, None, "the Commission has said the EU will sign", negated=True,
  alt=["The Council of the EU is due to adopt a decision authorising signature on behalf of the Union next month"])
R(d, "United Kingdom", "signed", PA, None, "The United Kingdom said a decision on signature would be taken only after the Government had assessed the Agreement",
  negated=True)
R(d, "Indonesia", NOTRATIFIED, PA, None, "Indonesia said it would ratify the Agreement", negated=True)
# The minister's first person ("My country", "I", "We") is Norway's; the statement was made in plenary on Thursday.
R(d, "Norway", NOTRATIFIED, PA, None, "I will put a ratification proposal to the Storting before the end of the year", negated=True,
  alt=["first ratifications expected from Rwanda and Norway"])
R(d, "Rwanda", NOTRATIFIED, PA, None, "first ratifications expected from Rwanda and Norway", negated=True)
R(d, "Norway", "called-for", PA, THU, "We call on every member state to do the same.")
R(d, "Slovakia", "signed", PA, None, "said his government \"will not sign an agreement that transfers decisions on vaccines to Geneva\"", negated=True)
R(d, "Italy", "signed", PA, None, "Italy said it would \"take time to assess\" the Agreement before deciding on signature.", negated=True)


gold.finish(MIN_CHARS, MAX_CHARS)
