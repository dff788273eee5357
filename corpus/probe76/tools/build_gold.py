#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same structure as corpus/probe59/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (02.md, 10.md, 04.html, 15.html); gold.py's
Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans HTML
mark-up, Markdown emphasis or an HTML entity.

Theme: encyclopedia-style reference articles on treaties and resolutions, as on a wiki or an online reference work
(infobox headers, history, negotiation, signature and ratification sections, status tables, see also, bracketed
citations), 2016-2026. Rules as in shared/gold/dev2/README.md: one record per (actor, action, instrument, negated);
lists expanded; a status-table row gives that State's signature and ratification (or accession) with the row's dates;
"becoming the Nth State Party" on the same deposit gives no separate party record; adoption by a body is that body's
`adopted`; votes in favour are `supported`, votes against and abstentions negated `supported` (with the vote's date);
calls on others are the caller's `called-for`; planned, refused, "has yet to", "signed but not ratified" and withdrawals
are negated records without a date. Depositaries, venues and hosts, chairs and facilitators, entry into force,
parliamentary approval, bills, court rulings, implementation, reservations and unnamed groups give nothing."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Bolivia", "Democratic People's Republic of Korea",
          "Syria", "Iran", "Viet Nam", "Türkiye", "Czechia", "Netherlands", "Republic of Moldova", "Republic of Korea", "China",
          "Venezuela", "Lao PDR", "Mexico", "Colombia", "Germany", "Kenya", "Chile", "Costa Rica", "Ghana", "Guatemala",
          "Ecuador", "Philippines", "Fiji", "Samoa", "Bahamas", "Gambia", "Democratic Republic of the Congo", "Côte d'Ivoire",
          "State of Palestine", "United Arab Emirates", "Saudi Arabia", "Egypt", "Bangladesh", "Cabo Verde", "Micronesia"),
    "Antigua and Barbuda": ["Antigua and Barbuda"],
    "Saint Lucia": ["Saint Lucia", "St Lucia", "St. Lucia"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Paraguay": ["Paraguay", "Republic of Paraguay"],
    "Belize": ["Belize"],
    "ECLAC": ["ECLAC", "Economic Commission for Latin America and the Caribbean", "ECLAC Executive Secretary"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (wiki article: Escazú Agreement; status as of November 2025) =====================
# Traps: adopted "by 24 countries" (unnamed); Chile and Costa Rica co-chaired and Trinidad and Tobago hosted a round (nothing);
# the Secretary-General is depositary; entry into force 22 April 2021; Colombia's Congress and Constitutional Court, Costa Rica's
# lapsed bill, Brazil's submission to Congress and the withdrawn bills are domestic; "becoming the fifteenth State Party" is the
# accession itself. Table rows give signature and ratification; "-" under Signature for Chile repeats its refusal.
d = "01.txt"
ESC = ("Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
       ["Escazú Agreement", "Escazu Agreement", "the Agreement"])
RAP = ("Regional Action Plan on Human Rights Defenders in Environmental Matters", ["Regional Action Plan", "Action Plan on Human Rights Defenders"])
QSIG = ("On that day it was signed by Antigua and Barbuda, Argentina, Bolivia, Brazil, Costa Rica, Ecuador, Guatemala, Mexico, Panama, "
        "Uruguay and a number of other delegations")
ROWS = {"Antigua and Barbuda": ("Antigua and Barbuda 27 Sep 2018 4 Mar 2020", "2020-03-04"),
        "Argentina": ("Argentina 27 Sep 2018 22 Jan 2021", "2021-01-22"),
        "Bolivia": ("Bolivia 27 Sep 2018 26 Sep 2019", "2019-09-26"),
        "Ecuador": ("Ecuador 27 Sep 2018 21 May 2020", "2020-05-21"),
        "Mexico": ("Mexico 27 Sep 2018 5 Nov 2020", "2020-11-05"),
        "Panama": ("Panama 27 Sep 2018 10 Mar 2020", "2020-03-10"),
        "Uruguay": ("Uruguay 27 Sep 2018 26 Sep 2019", "2019-09-26")}
for a in ["Antigua and Barbuda", "Argentina", "Bolivia", "Brazil", "Costa Rica", "Ecuador", "Guatemala", "Mexico", "Panama", "Uruguay"]:
    alts = [ROWS[a][0]] if a in ROWS else []
    if a == "Uruguay":
        alts.append("Foreign Minister Rodolfo Nin Novoa of Uruguay signed for his country")
    if a == "Brazil":
        alts.append("Brazil signed the Agreement but has not ratified it")
    if a == "Guatemala":
        alts.append("Guatemala and Paraguay, which signed in 2018")
    R(d, a, "signed", ESC, "2018-09-27", QSIG, alt=alts or None)
R(d, "Belize", "signed", ESC, "2020-09-24", "Belize followed on 24 September 2020")
R(d, "Saint Lucia", "signed", ESC, "2018-12-27", "Saint Lucia signed in December 2018", alt=["Saint Lucia 27 Dec 2018 1 Dec 2020"])
R(d, "Paraguay", "signed", ESC, "2018", "Guatemala and Paraguay, which signed in 2018")
R(d, "Chile", "signed", ESC, None, "Chile, which had promoted the negotiation, declined to sign in 2018", negated=True)
QBU = "Bolivia and Uruguay deposited their instruments of ratification on 26 September 2019"
R(d, "Bolivia", RATIFIED, ESC, "2019-09-26", QBU, alt=[ROWS["Bolivia"][0]])
R(d, "Uruguay", RATIFIED, ESC, "2019-09-26", QBU, alt=[ROWS["Uruguay"][0]])
R(d, "Mexico", RATIFIED, ESC, "2020-11-05", "Mexico's ratification on 5 November 2020", alt=[ROWS["Mexico"][0]])
R(d, "Argentina", RATIFIED, ESC, "2021-01-22", "Argentina's on 22 January 2021", alt=[ROWS["Argentina"][0]])
for a in ["Antigua and Barbuda", "Ecuador", "Panama"]:
    R(d, a, RATIFIED, ESC, ROWS[a][1], ROWS[a][0])
R(d, "Saint Lucia", RATIFIED, ESC, "2020-12-01", "Saint Lucia 27 Dec 2018 1 Dec 2020")
R(d, "Chile", ACCEDED, ESC, "2022-06-13", "Chile acceded to the Agreement on 13 June 2022", alt=["Chile - 13 Jun 2022 a"])
R(d, "Colombia", RATIFIED, ESC, "2024-08-01", "the instrument of ratification was deposited on 1 August 2024")
R(d, "Costa Rica", NOTRATIFIED, ESC, None, "Costa Rica, despite its role as host and co-chair, has yet to ratify the Agreement", negated=True)
R(d, "Brazil", NOTRATIFIED, ESC, None, "Brazil signed the Agreement but has not ratified it", negated=True)
R(d, "Paraguay", NOTRATIFIED, ESC, None, "Paraguay's government formally announced in December 2019 that it would not ratify the Agreement", negated=True)
R(d, "Guatemala", NOTRATIFIED, ESC, None, "Guatemala and Paraguay, which signed in 2018, withdrew their bills from parliament", negated=True, required=False)
R(d, "ECLAC", "called-for", ESC, None, "ECLAC's Executive Secretary has repeatedly called on all countries of the region that have not yet done so to sign and ratify the Escazú Agreement")
R(d, ["Conference of the Parties to the Escazú Agreement", "COP3", "Conference of the Parties"], ADOPTED, RAP, "2024-04",
  "COP3, held in Santiago in April 2024, adopted the Regional Action Plan on Human Rights Defenders in Environmental Matters", required=False)

# ===================== 02 (Markdown wiki article: BBNJ Agreement; last updated 2 February 2026) =====================
# Traps: resolution 72/249 convened the conference and the chair is Rena Lee (nothing beyond the GA's adoption, optional);
# "signed by 67 States" is unnamed apart from the EU; the Senate, the UK's implementing legislation and India's Cabinet are
# domestic; France and Costa Rica co-hosted Nice (nothing); "some 18 instruments" unnamed except the four listed; entry into
# force; the Secretary-General welcoming the adoption (optional welcomed).
d = "02.md"
BBNJ = ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction",
        ["BBNJ Agreement", "High Seas Treaty", "BBNJ", "Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"])
RES72 = ("General Assembly resolution 72/249", ["resolution 72/249", "A/RES/72/249"])
R(d, GA, ADOPTED, RES72, "2017-12-24", "General Assembly resolution 72/249 of 24 December 2017", required=False)
R(d, ["Intergovernmental Conference on Marine Biodiversity of Areas beyond National Jurisdiction", "intergovernmental conference"], ADOPTED, BBNJ,
  "2023-06-19", "formally adopted by consensus at the resumed fifth session on 19 June 2023", required=False)
R(d, "Russian Federation", "supported", BBNJ, "2023-06-19", "Russia dissociated itself from the consensus", negated=True, required=False)
R(d, "European Union", "signed", BBNJ, "2023-09-20", "the Agreement was signed by 67 States and the European Union", alt=["European Union | 20 Sep 2023 | 28 May 2025"])
RL(d, ["Chile", "Palau", "Mexico", "Bangladesh", "Seychelles", "Cuba"], "signed", BBNJ, "2023-09-20",
   "Among the first signatories were Chile, Palau, Mexico, Bangladesh, Seychelles and Cuba")
R(d, "United States", "signed", BBNJ, "2023-09-20", "The United States signed on the same day")
R(d, "United States", NOTRATIFIED, BBNJ, None, "in 2025 the new administration stated that it did not intend to ratify", negated=True)
R(d, "Japan", "signed", BBNJ, "2024-06", "which signed in June 2024")
R(d, "China", "signed", BBNJ, "2023-09-20", "which signed on 20 September 2023 and ratified on 26 December 2025")
R(d, "China", RATIFIED, BBNJ, "2025-12-26", "which signed on 20 September 2023 and ratified on 26 December 2025")
for a in ["Türkiye", "Venezuela"]:
    R(d, a, NOTBOUND, UNCLOS, None, "neither of which is party to UNCLOS itself", negated=True)
    R(d, a, "signed", BBNJ, None, "neither of which has signed", negated=True)
R(d, "Palau", RATIFIED, BBNJ, "2024-01-22", "Palau became the first State to ratify, on 22 January 2024")
R(d, "Chile", RATIFIED, BBNJ, "2024-04-09", "followed by Chile on 9 April 2024")
RL(d, ["Belize", "Seychelles", "Monaco", "Mauritius"], ACCEPTED, BBNJ, None, "Belize, Seychelles, Monaco and Mauritius deposited instruments in the months that followed")
RL(d, ["Greece", "Spain", "Portugal", "Senegal"], ACCEPTED, BBNJ, "2025-06", "including those of Greece, Spain, Portugal and Senegal")
R(d, "France", RATIFIED, BBNJ, "2025-02-21", "France itself had ratified on 21 February 2025")
R(d, "Morocco", ACCEPTED, BBNJ, "2025-09-19", "The sixtieth instrument, that of Morocco, was deposited on 19 September 2025")
R(d, "European Union", RATIFIED, BBNJ, "2025-05-28", "The European Union and three of its member States ratified jointly on 28 May 2025",
  alt=["European Union | 20 Sep 2023 | 28 May 2025"])
for a in ["Belgium", "Finland", "Slovenia"]:
    row = f"{a} | 20 Sep 2023 | 28 May 2025"
    R(d, a, "signed", BBNJ, "2023-09-20", row)
    R(d, a, RATIFIED, BBNJ, "2025-05-28", row)
R(d, "United Kingdom", "signed", BBNJ, None, "The United Kingdom introduced implementing legislation in September 2025 and has signed but not yet ratified")
R(d, "United Kingdom", NOTRATIFIED, BBNJ, None, "The United Kingdom introduced implementing legislation in September 2025 and has signed but not yet ratified", negated=True)
R(d, "India", "signed", BBNJ, "2024-09-25", "India signed on 25 September 2024")
R(d, "High Seas Alliance", "called-for", BBNJ, None, "The High Seas Alliance, a coalition of NGOs, has called on all States to ratify the Agreement")
R(d, "UN Secretary-General", "welcomed", BBNJ, None, "The UN Secretary-General welcomed the adoption as", required=False)

# ===================== 03 (wiki article: Security Council resolution 2334 (2016); revision of 11 March 2025) =====================
# Traps: "reaffirms resolutions 242 ..." and the Council's "calls upon all States to distinguish" (not a treaty action);
# the request to report; the S/2011/24 veto (vetoing State unnamed); Israel's recall of ambassadors; the Palestinian
# spokesman's comment; the OIC's call for implementation; "seventy States" at Paris (unnamed); Australia's absence.
d = "03.txt"
D = "2016-12-23"
R2334 = ("Security Council resolution 2334 (2016)", ["resolution 2334", "S/RES/2334 (2016)", "UN Security Council Resolution 2334", "Resolution 2334"])
S2011 = ("draft resolution S/2011/24", ["S/2011/24"])
PARISD = ("joint declaration of the Paris Middle East peace conference", ["joint declaration", "Paris joint declaration"])
R(d, UNSC, ADOPTED, R2334, D, "United Nations Security Council resolution 2334 was adopted on 23 December 2016")
R(d, "Egypt", "co-sponsored", R2334, None, "Egypt postponed the vote indefinitely and later withdrew the draft", negated=True, required=False)
RL(d, ["New Zealand", "Malaysia", "Senegal", "Venezuela"], "co-sponsored", R2334, D,
   "four other Council members - New Zealand, Malaysia, Senegal and Venezuela - re-tabled the identical text, which they co-sponsored")
QFOR = ("Voting in favour were the permanent members China, France, the Russian Federation and the United Kingdom, together with the "
        "elected members Angola, Egypt, Japan, Malaysia, New Zealand, Senegal, Spain, Ukraine, Uruguay and Venezuela")
for a in ["China", "France", "Russian Federation", "United Kingdom", "Angola", "Egypt", "Japan", "Malaysia", "New Zealand", "Senegal",
          "Spain", "Ukraine", "Uruguay", "Venezuela"]:
    R(d, a, "supported", R2334, D, QFOR, alt=['it "strongly supports" resolution 2334'] if a == "United Kingdom" else None)
R(d, "United States", "supported", R2334, D, "The United States abstained", negated=True)
R(d, "United Kingdom", "co-sponsored", S2011, None, "only the United Kingdom had co-sponsored an earlier draft on the subject (S/2011/24)")
R(d, "Israel", "committed", R2334, None, "will not abide by its terms", negated=True, required=False)
R(d, "Arab League", "welcomed", R2334, None, "Secretary-General Ahmed Aboul Gheit welcomed resolution 2334")
R(d, ["Organisation of Islamic Cooperation", "OIC"], "welcomed", R2334, None, "the OIC said it welcomed the vote", required=False)
R(d, "United Kingdom", SIGNED_DECL, PARISD, None, "did not sign the joint declaration", negated=True)

# ===================== 04 (saved HTML page, online lexicon entry: Kigali Amendment; revised 14 April 2025) =====================
# Traps: Micronesia's and the North American proposals (nothing); Rwanda hosted, Biruta chaired; the twenty-instrument
# threshold and entry into force; the Senate's advice and consent (domestic); "the 138th Party" is the US ratification itself;
# Group 2 membership; the Multilateral Fund; Ghana and Nigeria's licensing systems (implementation). Table rows: each cell is
# separate mark-up, so the quote is the Party's cell. Iran's "will consider acceptance" is planned.
d = "04.html"
KIG = ("Kigali Amendment to the Montreal Protocol", ["Kigali Amendment", "Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer"])
R(d, ["Meeting of the Parties to the Montreal Protocol", "Twenty-Eighth Meeting of the Parties to the Montreal Protocol", "MOP-28"], ADOPTED, KIG,
  "2016-10-15", "It was adopted by the Twenty-Eighth Meeting of the Parties to the Montreal Protocol (MOP-28) in Kigali on 15 October 2016")
R(d, "Mali", RATIFIED, KIG, "2017-03-31", "Mali became the first State to ratify the Amendment, on 31 March 2017")
R(d, "Sweden", RATIFIED, KIG, "2017-11-17", "when Sweden ratified on 17 November 2017")
R(d, "European Union", ACCEPTED, KIG, "2018-09-27", "The European Union approved the Amendment on 27 September 2018")
R(d, "China", ACCEPTED, KIG, "2021-06-17", "China deposited its instrument of acceptance on 17 June 2021")
R(d, "India", RATIFIED, KIG, "2021-09-27", "ratified it on 27 September 2021")
R(d, "United States", RATIFIED, KIG, "2022-10-26", "President Biden ratified the Amendment on 26 October 2022")
R(d, "Saudi Arabia", NOTRATIFIED, KIG, None, "Saudi Arabia, a Group 2 country, has not ratified the Amendment", negated=True)
R(d, "Iran", ACCEPTED, KIG, None, "has repeatedly said it will consider acceptance only once sanctions affecting its access to alternatives are lifted", negated=True)
R(d, "Iran", "signed", KIG, None, "Iran signed no instrument", negated=True, required=False)
for a, act, dt in [("Australia", RATIFIED, "2017-10-27"), ("Canada", ACCEPTED, "2017-11-03"), ("Germany", RATIFIED, "2017-11-16"),
                   ("Japan", ACCEPTED, "2018-12-18"), ("Brazil", RATIFIED, "2022-10-19")]:
    R(d, a, act, KIG, dt, a)
R(d, "Ozone Secretariat", "called-for", KIG, None,
  "The Ozone Secretariat has urged all Parties to the Montreal Protocol that have not yet done so to ratify the Kigali Amendment")
R(d, ["UNEP", "United Nations Environment Programme", "Executive Director of UNEP"], "called-for", KIG, "2024-07",
  "in July 2024 the Executive Director of UNEP called on the remaining States to join it")

# ===================== 05 (online UN encyclopaedia entry: GA resolution ES-11/4; last revised 3 June 2024) =====================
# Traps: the session convened under resolution 2623 (2022) (nothing); "co-sponsored by more than 70 Member States" (only the
# named ones); the EU "in consultation" (nothing); the secret-ballot procedural vote "107 to 13" (no instrument, unnamed);
# ES-11/5 "94 votes to 14" (unnamed); Ukraine's thanks; the Secretary-General's call "to respect" (not a call to join).
# Venezuela "unable to vote" (arrears) is optional non-participation.
d = "05.txt"
D = "2022-10-12"
R4 = ("General Assembly resolution ES-11/4", ["resolution ES-11/4", "A/RES/ES-11/4", "ES-11/4", "A/ES-11/L.5",
      "Territorial integrity of Ukraine: defending the principles of the Charter of the United Nations"])
R1 = ("General Assembly resolution ES-11/1", ["resolution ES-11/1", "ES-11/1", "Aggression against Ukraine"])
R5 = ("General Assembly resolution ES-11/5", ["resolution ES-11/5", "ES-11/5"])
R6 = ("General Assembly resolution ES-11/6", ["resolution ES-11/6", "ES-11/6"])
S720 = ("Security Council draft resolution S/2022/720", ["S/2022/720", "draft S/2022/720"])
R(d, GA, ADOPTED, R4, D, "General Assembly resolution ES-11/4 was adopted on 12 October 2022")
R(d, GA, ADOPTED, R1, "2022-03-02", 'the Assembly adopted resolution ES-11/1 ("Aggression against Ukraine") on 2 March 2022')
R(d, "Eritrea", "supported", R1, "2022-03-02", "Eritrea, which voted against ES-11/1 the previous March", negated=True)
R(d, "Russian Federation", "supported", S720, "2022-09-30", "had been vetoed by the Russian Federation on 30 September 2022", negated=True)
RL(d, ["Brazil", "China", "Gabon", "India"], "supported", S720, "2022-09-30", "with Brazil, China, Gabon and India abstaining", negated=True)
RL(d, ["Albania", "Canada", "Japan", "Republic of Moldova", "United States"], "co-sponsored", R4, None,
   "was co-sponsored by more than 70 Member States, among them Albania, Canada, Japan, the Republic of Moldova and the United States")
R(d, "Ukraine", "co-sponsored", R4, None, "The draft (A/ES-11/L.5) was prepared by Ukraine", required=False)
RL(d, ["Belarus", "Democratic People's Republic of Korea", "Nicaragua", "Russian Federation", "Syria"], "supported", R4, D,
   "Five Member States voted against the resolution: Belarus, the Democratic People's Republic of Korea, Nicaragua, the Russian Federation and Syria", negated=True)
QAB = ("The 35 abstaining States included China, India, Pakistan, South Africa, Thailand, Viet Nam, Cuba, Kazakhstan, Kyrgyzstan, "
       "Ethiopia, Eritrea and Honduras")
for a in ["China", "India", "Pakistan", "South Africa", "Thailand", "Viet Nam", "Cuba", "Kazakhstan", "Kyrgyzstan", "Ethiopia", "Honduras"]:
    R(d, a, "supported", R4, D, QAB, negated=True, alt=["Explaining its abstention, India said"] if a == "India" else None)
R(d, "Eritrea", "supported", R4, D, "abstained in October", negated=True, alt=[QAB])
R(d, "Brazil", "supported", R4, D, "Brazil, having abstained in the Council, voted in favour in the Assembly")
R(d, "Mexico", "supported", R4, D, "as did Mexico")
R(d, "Venezuela", "supported", R4, D, "Venezuela, in arrears under Article 19 of the Charter, was unable to vote", negated=True, required=False)
RL(d, ["Iran", "Azerbaijan"], "supported", R4, D, "Iran and Azerbaijan were among the delegations that did not participate in the vote", negated=True)
R(d, GA, ADOPTED, R5, "2022-11-14", "On 14 November 2022 the Assembly adopted resolution ES-11/5 on reparations")
R(d, GA, ADOPTED, R6, "2023-02", "In February 2023 the Assembly adopted resolution ES-11/6 on a just and lasting peace")
RL(d, ["Mali", "Nicaragua"], "supported", R6, "2023-02", "Mali and Nicaragua were among those voting against", negated=True)

# ===================== 06 (online reference encyclopedia: CoE Framework Convention on AI; updated 20 November 2025) =====================
# Traps: the CAI negotiated it, chaired by Schneider of Switzerland, with named participating States (nothing); Lithuania hosted
# the Vilnius conference (its own signature comes later); the entry-into-force condition; the UK's Command Paper and CRaG
# laying (domestic); the EU's Council decision and the European Parliament's consent (internal steps, nothing); the AI Act is
# legislation; the OECD Recommendation's revision. "Earlier this year" = 2025 by the update line and the stated date.
d = "06.txt"
FCAI = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
        ["Framework Convention on Artificial Intelligence", "CETS No. 225", "AI Convention", "Treaty 225"])
HIRO = ("Hiroshima AI Process Comprehensive Policy Framework", ["Hiroshima AI Process", "Hiroshima Process Comprehensive Policy Framework"])
OECDAI = ("OECD Recommendation on Artificial Intelligence", ["OECD AI Principles", "Recommendation of the Council on Artificial Intelligence"])
R(d, ["Council of Europe Committee of Ministers", "Committee of Ministers", "Council of Europe"], ADOPTED, FCAI, "2024-05-17",
  "The Committee of Ministers adopted the Convention at its 133rd Session on 17 May 2024")
QS = ("It was signed on that day by Andorra, Georgia, Iceland, Norway, the Republic of Moldova, San Marino and the United Kingdom, "
      "as well as by Israel, the United States and the European Union")
for a in ["Andorra", "Georgia", "Iceland", "Norway", "Republic of Moldova", "San Marino", "United Kingdom", "Israel", "United States", "European Union"]:
    al = {"United Kingdom": ["Lord Chancellor Shabana Mahmood signed on behalf of the United Kingdom"],
          "European Union": ["the signature for the European Union was made by Commission Vice-President Vera Jourova"]}.get(a)
    R(d, a, "signed", FCAI, "2024-09-05", QS, alt=al)
RL(d, ["Montenegro", "Japan"], "signed", FCAI, "2025-02", "Montenegro and Japan signed in February")
R(d, "Canada", "signed", FCAI, "2025-02-11", "Canada on 11 February")
R(d, "Switzerland", "signed", FCAI, "2025-03-27", "Switzerland on 27 March")
R(d, "Ukraine", "signed", FCAI, "2025-05", "Ukraine's signature, on the margins of a ministerial meeting, came in May")
R(d, "Lithuania", "signed", FCAI, "2025-06", "Lithuania, despite hosting the opening ceremony, signed only in June 2025")
R(d, "Norway", RATIFIED, FCAI, "2025-06-10", "Norway became the first State to ratify the Convention, depositing its instrument in Strasbourg on 10 June 2025")
R(d, "San Marino", RATIFIED, FCAI, "2025-09", "San Marino followed in September")
R(d, "United Kingdom", NOTRATIFIED, FCAI, None, "but has not ratified it", negated=True)
R(d, "United States", NOTRATIFIED, FCAI, None, "announced in April 2025 that it would not seek ratification", negated=True)
R(d, ["European Digital Rights", "EDRi", "European Digital Rights network"], "called-for", FCAI, None,
  "have called on all Council of Europe member States to sign and ratify the Convention before the end of 2026")
R(d, ["G7", "Group of Seven", "G7 leaders"], ENDORSED, HIRO, "2023-12", "which the G7 leaders endorsed in December 2023")
RL(d, ["Argentina", "Brazil", "Peru"], ENDORSED, OECDAI, None, "to which Argentina, Brazil and Peru adhere as non-members")

# ===================== 07 (wiki article: Ljubljana-The Hague Convention; last edited 2 October 2025) =====================
# Traps: the core group "promoted a draft text" and "76 States had expressed support for the initiative" (process, unnamed);
# Rakovec presided; 68 States took part; Russia did not attend; the Netherlands is depositary (its own signature and
# ratification are recorded); "signed by 34 States" unnamed beyond those named; Belgium's law of assent (domestic);
# "Human rights organisations welcomed" (unnamed). The call is dated by the first anniversary of 14 February 2024.
d = "07.txt"
MLA = ("Convention on International Cooperation in the Investigation and Prosecution of the Crime of Genocide, Crimes against Humanity, War Crimes and other International Crimes",
       ["Ljubljana-The Hague Convention", "Ljubljana–The Hague Convention", "MLA Convention"])
R(d, ["Diplomatic Conference", "Ljubljana Diplomatic Conference", "Diplomatic Conference for the Adoption of the MLA Convention"], ADOPTED, MLA, "2023-05-26",
  "adopted the Convention by consensus on its final day")
R(d, "China", "supported", MLA, "2023-05-26", 'stated that it was "not in a position" to join the consensus on the article on extradition', negated=True, required=False)
R(d, "Belgium", "signed", MLA, "2024-02-14", "The Belgian Minister of Justice Paul Van Tigchelt signed for Belgium")
R(d, "Netherlands", "signed", MLA, "2024-02-14", "Foreign Minister Hanke Bruins Slot signed for the Netherlands, the depositary")
RL(d, ["Argentina", "Senegal", "Slovenia", "Mongolia", "Ukraine", "Côte d'Ivoire", "Costa Rica", "Uruguay"], "signed", MLA, "2024-02-14",
   "Other first-day signatories included Argentina, Senegal, Slovenia, Mongolia, Ukraine, Côte d'Ivoire, Costa Rica and Uruguay")
for a, dt, q in [("Germany", "2024-04-12", "Germany ............ 12/04/2024"), ("Austria", "2024-05-23", "Austria ............ 23/05/2024"),
                 ("Chile", "2024-09-04", "Chile .............. 04/09/2024"), ("Kyrgyzstan", "2025-01-17", "Kyrgyzstan ......... 17/01/2025")]:
    R(d, a, "signed", MLA, dt, q)
R(d, "Slovenia", RATIFIED, MLA, "2025-03-05", "Slovenia was the first State to ratify the Convention, on 5 March 2025")
R(d, "Netherlands", RATIFIED, MLA, "2025-06-30", "followed by the Netherlands on 30 June 2025")
R(d, "Belgium", NOTRATIFIED, MLA, None, "but the instrument had not been deposited by the time of writing", negated=True)
R(d, "Argentina", NOTRATIFIED, MLA, None, "Argentina has said it intends to ratify in 2026", negated=True)
RL(d, ["Argentina", "Belgium", "Mongolia", "Netherlands", "Senegal", "Slovenia"], "called-for", MLA, "2025-02-14",
   "the six core-group States called on all States that have not yet done so to sign and ratify the Convention")
R(d, "Mongolia", NOTRATIFIED, MLA, None, "Mongolia, although a core-group member, has not yet ratified it", negated=True)
R(d, "United States", "signed", MLA, None, "has not signed and has given no indication that it will", negated=True)

# ===================== 08 (printable text view of a climate-policy wiki entry: Global Methane Pledge; last edited 7 January 2025) =====================
# Traps: the UK hosted COP26, Egypt and the UAE hosted COP27/COP28 (venues only); "more than 100 countries" beyond the named;
# "the Pledge creates no national targets"; Brazil criticised for no national plan and Nigeria's guidelines (domestic);
# China's own Action Plan (domestic); the CCAC hosts secretariat functions (nothing beyond its call). Convenor row of the
# infobox is not a second record.
d = "08.txt"
GMP = ("Global Methane Pledge", ["the Pledge", "GMP", "Methane Pledge"])
SUNNY = ("Sunnylands Statement on Enhancing Cooperation to Address the Climate Crisis", ["Sunnylands Statement"])
JOIN = ["endorsed", "committed", "signed"]
RL(d, ["United States", "European Union"], JOIN, GMP, "2021-09", "The United States and the European Union endorsed the Pledge as its convenors in September 2021",
   alt=["It was announced in September 2021 by US President Joe Biden and European Commission President Ursula von der Leyen"])
RL(d, ["Argentina", "Brazil", "Canada", "Ghana", "Indonesia", "Iraq", "Japan", "Mexico", "Nigeria", "Pakistan", "Viet Nam", "United Kingdom"],
   JOIN, GMP, "2021-11-02", "At the launch more than 100 countries signed up, including Argentina, Brazil, Canada, Ghana, Indonesia, Iraq, Japan, Mexico, Nigeria, Pakistan, Viet Nam and the United Kingdom")
R(d, "Australia", JOIN, GMP, None, "Australia, which had declined to join under the Morrison government", negated=True)
R(d, "Australia", JOIN, GMP, "2022-10-23", "signed up to the Pledge on 23 October 2022 after the change of government")
R(d, "Türkiye", JOIN, GMP, "2022-11", "Türkiye joined at COP27 in Sharm el-Sheikh in November 2022")
R(d, "Kazakhstan", JOIN, GMP, "2023-12", "Kazakhstan announced its participation at COP28 in Dubai in December 2023")
RL(d, ["China", "India", "Russian Federation"], JOIN, GMP, None, "China, India and Russia, three of the five largest methane emitters, have not joined the Pledge", negated=True)
R(d, "Iran", JOIN, GMP, None, "Iran has also stayed outside the Pledge", negated=True)
RL(d, ["China", "United States"], SIGNED_DECL, SUNNY, "2023-11-14",
   "signed, with the United States, the Sunnylands Statement on Enhancing Cooperation to Address the Climate Crisis on 14 November 2023")
R(d, ["Climate and Clean Air Coalition", "CCAC"], "called-for", GMP, "2024", "called on all remaining G20 members to join the Global Methane Pledge")

# ===================== 09 (global-health law reference: WHO Pandemic Agreement; last updated 9 March 2026) =====================
# Traps: the INB's establishment by decision SSA2(5), its co-chairs Matsoso (South Africa) and Amprou (France); the
# Director-General's praise; "124 in favour" unnamed; US and Argentine withdrawal from the organization (an institution);
# "No State has therefore yet signed it" (unnamed); the IHR amendments' entry into force; Italy's and Israel's reservations.
# "last May" = May 2025 by the update line and the adoption date. Planned signatures are negated.
d = "09.txt"
WPA = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
IHRA = ("2024 amendments to the International Health Regulations (2005)", ["amendments to the IHR", "IHR amendments", "2024 amendments to the International Health Regulations", "International Health Regulations"])
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "WHA", "World Health Organization"]
R(d, WHA, ADOPTED, WPA, "2025-05-20", "the plenary of the Seventy-eighth World Health Assembly adopted the Agreement by consensus",
  alt=["It was adopted by the World Health Assembly last May"])
R(d, ["Committee A", "World Health Assembly Committee A"], ADOPTED, WPA, "2025-05-19", "On 19 May 2025 the Assembly's Committee A approved the text", required=False)
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Slovakia", "Iran"], "supported", WPA, "2025-05-19",
   "Abstaining delegations included Poland, Israel, Italy, the Russian Federation, Slovakia and Iran", negated=True)
RL(d, ["Brazil", "Ethiopia", "Indonesia", "Norway", "United Kingdom"], "co-sponsored", WPA, None,
   "The Agreement was co-sponsored in Committee A by a cross-regional group including Brazil, Ethiopia, Indonesia, Norway and the United Kingdom")
R(d, "United States", "supported", WPA, "2025-05-19", "took no part in the final stage of the negotiations or in the vote", negated=True, required=False)
R(d, "Argentina", "supported", WPA, "2025-05-20", "dissociated itself from the resolution", negated=True, required=False)
R(d, "Slovakia", "signed", WPA, None, "Slovakia's government stated that it would not sign the Agreement", negated=True)
QRB = "Rwanda and Brazil have indicated that they intend to sign and ratify as soon as the Agreement opens for signature"
RL(d, ["Rwanda", "Brazil"], "signed", WPA, None, QRB, negated=True)
RL(d, ["Rwanda", "Brazil"], NOTRATIFIED, WPA, None, QRB, negated=True)
R(d, ["Group of Friends of the Pandemic Agreement"], "called-for", WPA, "2025-06-12",
  "the Group of Friends of the Pandemic Agreement called on all WHO Member States to sign and ratify the Agreement")
R(d, ["African Union Commission", "African Union"], "called-for", WPA, None, "The African Union Commission has urged African States to ratify")
R(d, ["World Health Assembly", "Seventy-seventh World Health Assembly", "WHA"], ADOPTED, IHRA, "2024-06-01",
  "A package of amendments to the IHR was adopted by the Seventy-seventh World Health Assembly on 1 June 2024")
R(d, "United States", ACCEPTED, IHRA, None, "The United States formally rejected the 2024 amendments to the International Health Regulations in July 2025", negated=True)
R(d, "Netherlands", ACCEPTED, IHRA, None, "The Netherlands stated that it would not accept the amendments until its parliament had completed its review", negated=True)

# ===================== 10 (Markdown wiki article with front matter: EWIPA Declaration; revision 2025-09-16) =====================
# Traps: "endorsed by 83 States" beyond the named; Ireland led the consultations (its endorsement is recorded, not the lead);
# Austria hosted Vienna, Norway hosted Oslo, Costa Rica hosted San José (venues); Egypt "had earlier supported the process"
# (process); "to implement it" in INEW's call adds nothing. Table rows give the year only.
d = "10.md"
EW = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the use of Explosive Weapons in Populated Areas",
      ["EWIPA Declaration", "Dublin Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "the Declaration"])
D = "2022-11-18"
R(d, "Ireland", SIGNED_DECL, EW, D, "Ireland, as convenor", alt=["Foreign Minister Simon Coveney of Ireland signed first"])
RL(d, ["United States", "United Kingdom", "France", "Germany"], SIGNED_DECL, EW, D, "the United States, the United Kingdom, France and Germany")
RL(d, ["Türkiye", "Ukraine", "Japan", "Republic of Korea"], SIGNED_DECL, EW, D, "Türkiye, Ukraine, Japan and the Republic of Korea")
RL(d, ["Chile", "Mexico", "Costa Rica", "Ghana"], SIGNED_DECL, EW, D, "Chile, Mexico, Costa Rica and Ghana")
RL(d, ["Samoa", "Palau", "Liberia"], SIGNED_DECL, EW, "2023", "2023 | Samoa, Palau, Liberia")
RL(d, ["Tunisia", "Kosovo"], SIGNED_DECL, EW, "2024", "2024 | Tunisia, Kosovo")
R(d, "Bahamas", SIGNED_DECL, EW, "2025", "2025 | Bahamas")
RL(d, ["African Union", "European Union"], "endorsed", EW, None,
   "The African Union and the European Union do not endorse political declarations of this kind in their own name", negated=True, required=False)
R(d, "European Union", "welcomed", EW, None, 'the EU delegation welcomed the Declaration as a "milestone"')
RL(d, ["Russian Federation", "Israel"], SIGNED_DECL, EW, None,
   "The Russian Federation and Israel did not attend the Dublin conference and have not endorsed the Declaration", negated=True)
RL(d, ["India", "Brazil"], SIGNED_DECL, EW, None, "India and Brazil participated in the consultations but declined to endorse the final text", negated=True)
R(d, "Egypt", SIGNED_DECL, EW, None, "said it was still considering endorsement", negated=True)
R(d, "Norway", "called-for", EW, "2024-04", "in its chair's summary Norway called on all States that had not yet done so to endorse the Declaration")
R(d, ["International Network on Explosive Weapons", "INEW"], "called-for", EW, None,
  "The International Network on Explosive Weapons (INEW) has likewise urged all States to endorse the Declaration")

# ===================== 11 (wiki current-events article: 2025 withdrawals from the Ottawa Convention; last edited 4 December 2025) =====================
# Traps: adoption in Oslo and signature in Ottawa in 1997 (venues, unnamed States); Article 20 and the depositary; the
# defence ministers' joint statement "recommending withdrawal" (the withdrawals themselves are recorded once per State);
# the parliaments' and the Saeima's approval (domestic); effective dates (entry into effect); Ukraine's "suspend" (it remains a
# party); Göbel's "deep regret"; Norway chairs a committee; the joint appeal "to remain in the treaty" (not a call to join; the
# call to ratify or accede is recorded); the US 2022 policy. Table rows give how each State had joined, with dates.
d = "11.txt"
APM = ("Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
       ["Ottawa Convention", "Mine Ban Treaty", "Anti-Personnel Mine Ban Convention", "APMBC", "Mine Ban Convention"])
CCM = ("Convention on Cluster Munitions", ["CCM"])
R(d, "Estonia", ACCEDED, APM, "2004-05-12", "Estonia 12 May 2004 (accession) 27 June 2025 27 Dec 2025")
R(d, "Latvia", ACCEDED, APM, "2005-07-01", "Latvia 1 July 2005 (accession) 27 June 2025 27 Dec 2025")
R(d, "Lithuania", RATIFIED, APM, "2003-05-12", "Lithuania 12 May 2003 (ratification) 27 June 2025 27 Dec 2025")
R(d, "Finland", ACCEDED, APM, "2012-01-09", "Finland 9 Jan 2012 (accession) 10 July 2025 10 Jan 2026")
R(d, "Poland", RATIFIED, APM, "2012-12-27", "Poland 27 Dec 2012 (ratification) 20 Aug 2025 20 Feb 2026")
QBAL = "Estonia, Latvia and Lithuania deposited their notices on the same day, 27 June 2025"
QREC = "the defence ministers of Estonia, Latvia, Lithuania and Poland issued a joint statement recommending withdrawal from the Ottawa Convention"
for a in ["Estonia", "Latvia", "Lithuania"]:
    R(d, a, NOTBOUND, APM, None, QBAL, negated=True, alt=[QREC])
R(d, "Finland", NOTBOUND, APM, None, "Finland's notice followed on 10 July", negated=True, alt=["announced that Finland would also leave the treaty"])
R(d, "Poland", NOTBOUND, APM, None, "Poland's on 20 August", negated=True, alt=[QREC])
R(d, "Poland", "signed", APM, "1997", "Poland, which had signed the Convention in 1997")
R(d, "Russian Federation", NOTBOUND, APM, None, "citing the military threat from Russia, which is not a party", negated=True)
R(d, "Ukraine", PARTY, APM, "2005", "Ukraine, which has been a State Party since 2005", alt=["Ukraine remains a party"])
R(d, "Lithuania", NOTBOUND, CCM, None, "Lithuania had already left the Convention on Cluster Munitions", negated=True)
RL(d, ["Estonia", "Finland"], NOTBOUND, CCM, None, "Estonia and Finland have never joined the CCM", negated=True)
R(d, ["International Campaign to Ban Landmines", "ICBL"], "called-for", APM, None,
  "on all States not party, including the United States, China and India, to accede to the Convention without delay")
R(d, "United States", NOTBOUND, APM, None, "The United States is not party to the Convention", negated=True,
  alt=["all States not party, including the United States, China and India"])
RL(d, ["China", "India"], NOTBOUND, APM, None, "all States not party, including the United States, China and India", negated=True, required=False)
R(d, "Norway", COMMITTED, APM, None, 'reaffirmed that it "remains fully committed" to the Mine Ban Treaty')
RL(d, ["Austria", "Switzerland"], "called-for", APM, None, "urged all States that have not yet done so to ratify or accede to it")

# ===================== 12 (online law reference entry: UN Convention against Cybercrime; last modified 15 January 2026) =====================
# Traps: the Ad Hoc Committee's chair (Algeria); Iran's procedural proposal and the 102-23 vote (no instrument); "the European
# Union member States" voting against (unnamed; the EU itself did not vote); Viet Nam hosted the ceremony (its own signature is
# recorded); "Sixty-five States" unnamed beyond the named; "States that joined the consensus" unnamed; Viet Nam's National
# Assembly approval (domestic); UNODC as secretariat; entry into force; unnamed critics. "last October" = October 2025.
d = "12.txt"
UNCC = ("United Nations Convention against Cybercrime", ["Hanoi Convention", "UNCC", "Convention against Cybercrime", "A/RES/79/243"])
R74 = ("General Assembly resolution 74/247", ["resolution 74/247", "A/RES/74/247"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Budapest Convention on Cybercrime", "ETS No. 185"])
R(d, GA, ADOPTED, UNCC, "2024-12-24", "It was adopted by the General Assembly without a vote on 24 December 2024")
R(d, GA, ADOPTED, R74, "2019-12-27", "The resolution was adopted by a recorded vote of 79 to 60, with 33 abstentions")
RL(d, ["Russian Federation", "Belarus", "Cambodia", "China", "Democratic People's Republic of Korea", "Myanmar", "Nicaragua", "Venezuela"],
   "co-sponsored", R74, None, "tabled by the Russian Federation and co-sponsored by, among others, Belarus, Cambodia, China, the Democratic People's Republic of Korea, Myanmar, Nicaragua and Venezuela")
RL(d, ["United States", "Japan", "Australia"], "supported", R74, "2019-12-27",
   "the United States, the European Union member States, Japan and Australia voted against it", negated=True)
R(d, ["Ad Hoc Committee", "Ad Hoc Committee on Cybercrime"], ADOPTED, UNCC, "2024-08-08", "On 8 August 2024 the Ad Hoc Committee adopted the draft convention by consensus", required=False)
RL(d, ["Viet Nam", "China", "Russian Federation", "Brazil", "South Africa", "Egypt", "Nigeria", "Ecuador"], "signed", UNCC, "2025-10-25",
   "Among them were Viet Nam, China, the Russian Federation, Brazil, South Africa, Egypt, Nigeria and Ecuador")
R(d, "European Union", "signed", UNCC, "2025-10-25", "the European Union also signed, with Commissioner Magnus Brunner signing on its behalf")
R(d, "United Kingdom", "signed", UNCC, "2025-10-26", "The United Kingdom signed on the second day")
R(d, "United States", "signed", UNCC, None, "The United States sent a delegation to Hanoi but did not sign", negated=True)
RL(d, ["Canada", "Australia"], "signed", UNCC, None, "Canada and Australia have also not signed", negated=True)
R(d, "India", "signed", UNCC, None, "declined to sign the Convention", negated=True)
R(d, "Viet Nam", NOTRATIFIED, UNCC, None, "Viet Nam's National Assembly approved ratification in December 2025, but the instrument has not yet been deposited", negated=True)
R(d, "Nigeria", NOTRATIFIED, UNCC, None, "said Nigeria expects to ratify the Convention in 2026", negated=True)
R(d, ["UN Office on Drugs and Crime", "UNODC"], "called-for", UNCC, None, "has called on all Member States to sign and ratify the Convention")
RL(d, ["Japan", "United States"], PARTY, BUD, None, "to which Japan and the United States are parties")
R(d, "Brazil", ACCEDED, BUD, "2022-11-30", "Brazil acceded to it on 30 November 2022")

# ===================== 13 (private international law wiki: HCCH 2019 Judgments Convention; revised 30 September 2025) =====================
# Traps: the Judgments Project and Special Commission (process); the Netherlands ministry as depositary; entry into force
# "one year later"; the UK's 2020 Act (domestic); Russia's suspension from bodies; Costa Rica's Legislative Assembly (domestic,
# the pending instrument is an optional negated record); the Council on General Affairs and Policy (venue). "earlier this year,
# in April" = April 2025 by the revision line. Table rows repeat the text's signatures and deposits (alt quotes).
d = "13.txt"
JC = ("Convention of 2 July 2019 on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
      ["2019 Judgments Convention", "HCCH 2019 Judgments Convention", "Judgments Convention", "HCCH 2019 Convention"])
COC = ("Convention of 30 June 2005 on Choice of Court Agreements", ["2005 Choice of Court Convention", "Choice of Court Convention", "Hague Choice of Court Convention", "2005 Convention"])
ROW = {"Ukraine": "Ukraine 04-03-2020 29-08-2022 ratification", "European Union": "European Union - 29-08-2022 accession",
       "Uruguay": "Uruguay 02-07-2019 01-09-2023 ratification", "United Kingdom": "United Kingdom 12-01-2024 27-06-2024 ratification",
       "Montenegro": "Montenegro - 05-02-2024 accession"}
R(d, ["HCCH", "Hague Conference on Private International Law", "Twenty-Second Diplomatic Session of the HCCH"], ADOPTED, JC, "2019-07-02",
  "The text was adopted at the Twenty-Second Diplomatic Session of the HCCH on 2 July 2019")
R(d, "Uruguay", "signed", JC, "2019-07-02", "Uruguay signed the Convention on the same day, the first State to do so", alt=[ROW["Uruguay"]])
R(d, "Ukraine", "signed", JC, "2020-03-04", "Ukraine (4 March 2020)", alt=[ROW["Ukraine"]])
R(d, "Israel", "signed", JC, "2021-03-03", "Israel (3 March 2021)")
R(d, "Russian Federation", "signed", JC, "2021-11-17", "the Russian Federation (17 November 2021)", alt=["The Russian Federation signed"])
R(d, "Costa Rica", "signed", JC, "2022-02-16", "Costa Rica (16 February 2022)")
R(d, "United States", "signed", JC, "2022-03-02", "the United States (2 March 2022)", alt=["The US signature was made by Ambassador Shefali Razdan Duggal at the Peace Palace"])
R(d, "United Kingdom", "signed", JC, "2024-01-12", "The United Kingdom signed on 12 January 2024", alt=[ROW["United Kingdom"]])
QEU = "On 29 August 2022 the European Union and Ukraine deposited their instruments (accession by the EU, ratification by Ukraine)"
R(d, "European Union", ACCEDED, JC, "2022-08-29", QEU, alt=[ROW["European Union"]])
R(d, "Ukraine", RATIFIED, JC, "2022-08-29", QEU, alt=[ROW["Ukraine"]])
R(d, "Denmark", NOTBOUND, JC, None, "except Denmark, which is not bound by reason of its opt-out", negated=True)
R(d, "Uruguay", RATIFIED, JC, "2023-09-01", "Uruguay ratified on 1 September 2023", alt=[ROW["Uruguay"]])
R(d, "United Kingdom", RATIFIED, JC, "2024-06-27", "The United Kingdom's ratification followed on 27 June 2024", alt=[ROW["United Kingdom"]])
R(d, "Montenegro", ACCEDED, JC, "2024-02-05", "Montenegro acceded on 5 February 2024", alt=[ROW["Montenegro"]])
R(d, "Albania", ACCEDED, JC, "2025-04", "Albania's accession was deposited earlier this year, in April")
RL(d, ["United States", "Israel"], NOTRATIFIED, JC, None, "Neither the United States nor Israel has ratified", negated=True)
R(d, "Russian Federation", NOTRATIFIED, JC, None, 'said in 2023 that it was "not considering ratification at this stage"', negated=True,
  alt=["has not ratified"])
R(d, "Costa Rica", NOTRATIFIED, JC, None, "Costa Rica's instrument is pending before its Legislative Assembly", negated=True, required=False)
R(d, ["HCCH Permanent Bureau", "HCCH", "Hague Conference on Private International Law"], "called-for", JC, None,
  "The HCCH Permanent Bureau has encouraged all States, and particularly those that are party to the 2005 Choice of Court Convention, to join the 2019 Convention")
RL(d, ["Brazil", "Argentina"], ACCEDED, JC, None, "Brazil and Argentina announced that they were studying accession", negated=True)
RL(d, ["Singapore", "Mexico"], PARTY, COC, None, "Singapore and Mexico, parties to the 2005 Convention")
RL(d, ["Singapore", "Mexico"], "signed", JC, None, "have not yet signed the 2019 Convention", negated=True)

# ===================== 14 (wiki article on two resolutions: HRC 48/13 and GA 76/300; last edited 21 August 2024) =====================
# Traps: "More than 150 States already recognized" (unnamed; constitutions and laws); article 24 of the African Charter and the
# Escazú Agreement (no actor); Boyd "urged the Council ... to recognize the right" (not a call to sign or join); "co-sponsored by
# more than 100 States" (unnamed); the Secretary-General's and UNEP's calls to make the right a reality or build on it (not a
# call to join); Colombia's and Panama's domestic law; the Committee of Ministers declining negotiations; advisory-opinion
# submissions. The US "not then a member" could not vote (optional).
d = "14.txt"
HRC = ["UN Human Rights Council", "Human Rights Council"]
H13 = ("Human Rights Council resolution 48/13", ["resolution 48/13", "A/HRC/RES/48/13", "A/HRC/48/L.23/Rev.1", "Resolution 48/13"])
H14 = ("Human Rights Council resolution 48/14", ["resolution 48/14", "A/HRC/RES/48/14"])
G300 = ("General Assembly resolution 76/300", ["resolution 76/300", "A/RES/76/300", "A/76/L.75", "Resolution 76/300"])
ECHRP = ("additional protocol to the European Convention on Human Rights on the right to a healthy environment",
         ["additional protocol to the European Convention on Human Rights"])
D1, D2 = "2021-10-08", "2022-07-28"
CORE = ["Costa Rica", "Maldives", "Morocco", "Slovenia", "Switzerland"]
R(d, HRC, ADOPTED, H13, D1, "On 8 October 2021 the Council adopted it by 43 votes to none")
RL(d, CORE, "co-sponsored", H13, None, "was presented by the core group of Costa Rica, Maldives, Morocco, Slovenia and Switzerland, which sponsored it jointly")
RL(d, ["China", "India", "Japan", "Russian Federation"], "supported", H13, D1, "China, India, Japan and the Russian Federation abstained", negated=True)
R(d, "United Kingdom", "supported", H13, D1, "The United Kingdom voted in favour")
R(d, "United States", "supported", H13, D1, "The United States, not then a member of the Council, did not vote", negated=True, required=False)
R(d, HRC, ADOPTED, H14, D1, "the Council also adopted resolution 48/14")
R(d, "Russian Federation", "supported", H14, D1, "by 42 votes to 1 (Russian Federation)", negated=True)
RL(d, ["China", "Eritrea", "India", "Japan"], "supported", H14, D1, "with 4 abstentions (China, Eritrea, India and Japan)", negated=True)
RL(d, CORE, "co-sponsored", G300, None, "The same core group led the General Assembly initiative", required=False)
R(d, GA, ADOPTED, G300, D2, "On 28 July 2022 the General Assembly adopted resolution 76/300")
RL(d, ["Belarus", "Cambodia", "China", "Ethiopia", "Iran", "Kyrgyzstan", "Russian Federation", "Syria"], "supported", G300, D2,
   "Abstaining (8): Belarus, Cambodia, China, Ethiopia, Iran, Kyrgyzstan, Russian Federation, Syria", negated=True)
RL(d, ["India", "Japan", "United States"], "supported", G300, D2,
   "India, Japan and the United States, having expressed reservations during the negotiations, voted for the resolution")
R(d, "UN Secretary-General", "welcomed", G300, None, "Secretary-General Antonio Guterres welcomed resolution 76/300")
R(d, ["Parliamentary Assembly of the Council of Europe", "PACE", "Council of Europe"], "called-for", ECHRP, "2021-09",
  "The Council of Europe's Parliamentary Assembly recommended in September 2021 the drafting of an additional protocol to the European Convention on Human Rights", required=False)

# ===================== 15 (saved HTML page, European-law wiki: Istanbul Convention; last edited 3 March 2025) =====================
# Traps: opened for signature at a ministerial session in Istanbul (venue); entry into force; GREVIO; street protests in
# Croatia; Ukraine's parliamentary vote, Latvia's Saeima, Bulgaria's Constitutional Court, the Czech Senate and Hungary's
# National Assembly declaration (domestic); the Court of Justice opinion 1/19; Erdogan's decree (the withdrawal is one negated
# party record); Poland's announced procedure (no withdrawal; Poland remains a Party). Quotes avoid the entities (&rsquo;,
# &nbsp;, &ndash;) of the page.
d = "15.html"
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
R(d, "Germany", RATIFIED, IST, "2017-10-12", "Germany ratified the Convention on 12 October 2017")
R(d, "Croatia", RATIFIED, IST, "2018-06", "Croatia followed in June 2018 despite street protests")
R(d, "Greece", RATIFIED, IST, "2018-06-18", "Greece ratified the Convention on 18 June 2018")
QLM = "Liechtenstein and the Republic of Moldova deposited their instruments in 2021 and on 31 January 2022 respectively"
R(d, "Liechtenstein", ACCEPTED, IST, "2021", QLM)
R(d, "Republic of Moldova", ACCEPTED, IST, "2022-01-31", QLM)
R(d, "United Kingdom", "signed", IST, "2012", "The United Kingdom, which had signed in 2012")
R(d, "United Kingdom", RATIFIED, IST, "2022-07-21", "ratified the Convention on 21 July 2022")
R(d, "Ukraine", RATIFIED, IST, "2022-07-18", "which deposited its instrument on 18 July 2022")
R(d, "Latvia", RATIFIED, IST, "2024-01", "Latvia ratified in January 2024")
R(d, "European Union", "signed", IST, "2017-06-13", "The European Union, a signatory since 13 June 2017")
R(d, "European Union", ACCEDED, IST, "2023-06-28", "acceded on 28 June 2023 for matters within its competence")
QSN = "Six member States of the Council of Europe have signed but not ratified the Convention: Armenia, Bulgaria, Czechia, Hungary, Lithuania and Slovakia"
for a in ["Armenia", "Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]:
    R(d, a, "signed", IST, None, QSN)
    R(d, a, NOTRATIFIED, IST, None, QSN, negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], "signed", IST, None, "Azerbaijan and the Russian Federation never signed the Convention", negated=True)
R(d, "Türkiye", "signed", IST, None, "Turkey was the first country to sign and ratify the Convention")
R(d, "Türkiye", RATIFIED, IST, "2012-03-14", "ratifying it on 14 March 2012")
R(d, "Türkiye", NOTBOUND, IST, None, "President Recep Tayyip Erdogan announced Turkey's withdrawal by presidential decree", negated=True,
  alt=["It remains the only State to have left the Convention"])
R(d, "Poland", PARTY, IST, None, "Poland remains a Party")
RL(d, ["Council of Europe Committee of Ministers", "Parliamentary Assembly of the Council of Europe"], "called-for", IST, None,
   "The Committee of Ministers and the Parliamentary Assembly called on Turkey to reverse its decision", required=False)
R(d, "European Parliament", "called-for", IST, None,
  "the European Parliament has repeatedly called on the remaining EU member States to ratify the Istanbul Convention without delay")

# ===================== 16 (online migration encyclopedia: Global Compact for Migration; revised 11 February 2026) =====================
# Traps: "All 193 Member States joined the consensus" (unnamed); Mexico and Switzerland co-facilitated; the US ending its
# participation in the negotiating process and Hungary leaving the negotiations (process, not the instrument); Morocco hosted;
# "in the presence of 164 States" and "152 in favour" (unnamed); Switzerland's Federal Assembly (domestic); "not legally
# binding". States that stayed away from Marrakech are optional negated endorsements (Chile's is required by its own sentence).
d = "16.txt"
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "resolution 73/195", "A/RES/73/195", "General Assembly resolution 73/195"])
NYD = ("New York Declaration for Refugees and Migrants", ["New York Declaration", "resolution 71/1"])
GCR = ("Global Compact on Refugees", ["GCR", "resolution 73/151"])
PD = ("Progress Declaration of the International Migration Review Forum", ["Progress Declaration", "resolution 76/266", "2022 progress declaration"])
END = ["endorsed", "adopted", "supported"]
DV = "2018-12-19"
R(d, GA, ADOPTED, NYD, "2016-09-19", "On 19 September 2016 the General Assembly adopted the New York Declaration for Refugees and Migrants (resolution 71/1)")
R(d, ["Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", "intergovernmental conference", "Marrakech conference"],
  ADOPTED, GCM, "2018-12-10", "The Compact was adopted at an intergovernmental conference in Marrakech, hosted by Morocco, on 10 December 2018")
QAWAY = ("Several governments that had accepted the final text in July stayed away, among them Australia, Austria, Chile, the Czech Republic, "
         "Israel, Italy, Latvia, Poland and Slovakia")
for a in ["Australia", "Austria", "Czechia", "Israel", "Italy", "Latvia", "Poland", "Slovakia"]:
    R(d, a, END, GCM, None, QAWAY, negated=True, required=False)
R(d, "Chile", END, GCM, None, "Chile under President Boric signalled in 2022 that it was considering endorsement but has taken no formal step",
  negated=True, alt=[QAWAY])
R(d, GA, ADOPTED, GCM, DV, "The General Assembly endorsed the Compact nine days later by resolution 73/195")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, DV,
   "against (5): Czech Republic, Hungary, Israel, Poland, United States", negated=True)
for a in ["Algeria", "Australia", "Austria", "Bulgaria", "Chile", "Italy", "Latvia", "Libya", "Liechtenstein", "Romania", "Singapore", "Switzerland"]:
    R(d, a, "supported", GCM, DV, "abstaining (12): Algeria, Australia, Austria, Bulgaria, Chile, Italy, Latvia, Libya, Liechtenstein, Romania, Singapore, Switzerland",
      negated=True, alt=["Switzerland, despite having co-facilitated the negotiations, abstained"] if a == "Switzerland" else None)
RL(d, ["Slovakia", "Dominican Republic"], "supported", GCM, DV,
   "Twenty-four Member States, including Slovakia and the Dominican Republic, did not vote", negated=True)
R(d, GA, ADOPTED, GCR, "2018-12-17", "on 17 December 2018, the Assembly had affirmed the Global Compact on Refugees in its annual resolution on UNHCR (73/151)")
RL(d, ["United States", "Hungary"], "supported", GCR, "2018-12-17", "The United States and Hungary voted against", negated=True)
RL(d, ["Dominican Republic", "Eritrea", "Libya"], "supported", GCR, "2018-12-17", "the Dominican Republic, Eritrea and Libya abstained", negated=True)
R(d, "Brazil", "supported", GCM, DV, "Brazil, which voted in favour in December 2018")
R(d, "Brazil", END, GCM, None, "withdrew from the Compact on 8 January 2019 under the Bolsonaro government", negated=True)
R(d, "Brazil", END, GCM, "2023-01", "it rejoined it in January 2023")
R(d, "United States", ENDORSED, GCM, "2022", "in the 2022 progress declaration the Biden administration endorsed the GCM objectives", required=False)
R(d, ["International Migration Review Forum"], ADOPTED, PD, "2022-05", "adopted a Progress Declaration (resolution 76/266)", required=False)
R(d, GA, ADOPTED, PD, "2022-06-07", "which the General Assembly endorsed on 7 June 2022")
R(d, ["UN Network on Migration", "United Nations Network on Migration"], "called-for", GCM, None,
  "The UN Network on Migration has called on all Member States that have not yet done so to endorse the Global Compact for Migration")

gold.finish(MIN_CHARS, MAX_CHARS)
