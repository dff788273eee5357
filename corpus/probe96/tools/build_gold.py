#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (03, 07, 13) and three are saved HTML pages (02, 05,
15); gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs
spans HTML mark-up, Markdown emphasis or an HTML entity.

Theme: trade, economic, consular and technical cooperation between States as governments announce them (2015-2026):
a WTO news item on acceptances of the Agreement on Fisheries Subsidies, an embassy page on a state visit and the
memoranda signed during it, a law firm's tracker of Apostille and other Hague conventions, OECD tax-convention and
anti-bribery signings, a GOV.UK release on CPTPP accession, a Gazette of India issue notifying tax, investment and visa
agreements, a business-travel guide to visa waivers, business-wire and business-daily reports on EU trade agreements and
RCEP, a trade minister's first-person media release, a Council of Europe Treaty Office monthly summary, a PIB release on
India-EFTA TEPA, a Serbian government item on a Chinese state visit, a client briefing on investment-treaty exits, a
Singapore Ministry of Law release and a Japanese MOFA press-release archive page.

Conventions of this corpus (on top of the READMEs' rules):
- A bilateral agreement, protocol or memorandum signed (or "exchanged" at a signing ceremony) gives each of the two
  States a `signed` record (memoranda: signed or endorsed), dated by the signing; a joint statement adopted or signed by
  two leaders gives each State an `endorsed` record.
- Deposit of an instrument of ratification is `ratified`; of acceptance or approval (WTO Protocol of Amendment, Japan,
  Portugal, the EU), or a notification / exchange of notes that a State's internal procedures for a treaty are complete,
  is an acceptance (ACCEPTED: ratified / acceded / party); of accession, `acceded`. "Became a Party" on the same day
  as the deposit is the same event. An exchange of notes concluding a grant-aid agreement is that agreement's signature.
- Not recorded: entry into force (for a State or in general), depositaries, hosts and venues, parliamentary approval,
  consent and implementing legislation, unilateral visa measures and designations under national law, negotiations
  launched, concluded or continuing, applications to join an institution, membership of bodies (Inclusive Framework,
  Global Forum, GRECO), invitations to accede, objections to another State's accession, reservations and territorial
  extensions, business-to-business contracts, funds and donors, unnamed groups ("23 member States", "126 members").
- Negated: withdrawals and denunciations (negated party), "has yet to", "has not", "did not sign", "neither ... nor",
  planned and hoped-for signatures or ratifications, "expects to", "will submit to the Diet", refusals; never dated.
  A formal application to accede to a trade agreement is a planned accession, recorded negated and optional.
  Abstentions and objections to a decision are `supported` negated (dated only when the vote is dated).
- Dates: relative dates ("on Monday", "today", "last month", "July 9 last year", "ten months after signing it")
  resolve against the document's own date; a list under a dated heading takes the heading's date; "since 2012" of a
  party status gives its year. Calls made in a quoted remark take the document's date only where the text places the
  remark on that day.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# Signing a non-binding memorandum of understanding.
MOU_SIGNED = ["signed", "endorsed"]
# A joint statement or declaration adopted or signed by two leaders.
JS = ["endorsed", "adopted", "signed"]
# An exchange of notes that concludes an agreement (grant aid).
EN = ["signed", "ratified", "party"]
# A deposited ratification of an accession protocol: the State joins the agreement.
RAT_ACC = ["ratified", "acceded", "party"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Republic of Korea", "Viet Nam",
          "Türkiye", "Côte d'Ivoire", "Netherlands", "Republic of Moldova", "Philippines", "United Arab Emirates",
          "Kazakhstan", "Uzbekistan", "China", "Chile", "United Republic of Tanzania", "Cabo Verde", "Lao PDR",
          "Brunei Darussalam", "Cambodia", "Thailand", "Saudi Arabia", "Colombia", "Fiji", "Rwanda", "Bangladesh",
          "Kenya", "Papua New Guinea", "Germany", "Ecuador", "Costa Rica", "Ghana", "Mexico", "Paraguay"),
    "Japan": ["Japan"],
    "India": ["India", "Republic of India"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Iceland": ["Iceland"],
    "Liechtenstein": ["Liechtenstein", "Principality of Liechtenstein"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Malaysia": ["Malaysia"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Montenegro": ["Montenegro"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Angola": ["Angola", "Republic of Angola"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Israel": ["Israel", "State of Israel"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Ukraine": ["Ukraine"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Croatia": ["Croatia", "Republic of Croatia"],
    "Peru": ["Peru", "Republic of Peru"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Euratom": ["Euratom", "European Atomic Energy Community"],
    "Mercosur": ["Mercosur", "MERCOSUR", "Southern Common Market"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (WTO news item, Fisheries Subsidies acceptances, General Council week, Tuesday 23 July 2024) =====================
d = "01.txt"
D = "2024-07-23"
MON = "2024-07-22"
FISH = ("Agreement on Fisheries Subsidies", ["WTO Agreement on Fisheries Subsidies", "Fisheries Subsidies Agreement",
        "Protocol of Amendment", "Protocol amending the Marrakesh Agreement (Agreement on Fisheries Subsidies)"])
DG = ["WTO Director-General", "Director-General", "Ngozi Okonjo-Iweala", "Director-General of the WTO", "WTO"]
MC12 = ["12th Ministerial Conference", "MC12", "WTO Ministerial Conference", "Twelfth Ministerial Conference", "WTO"]
# "on Monday" against Tuesday 23 July 2024; "today" is the 23rd.
RL(d, ["Kenya", "Türkiye", "Brazil"], ACCEPTED, FISH, MON,
   "Kenya, Türkiye and Brazil presented their instruments of acceptance to Director-General Ngozi Okonjo-Iweala on Monday")
RL(d, ["Indonesia", "United Republic of Tanzania", "Chile"], ACCEPTED, FISH, D, "Indonesia, Tanzania and Chile followed today")
R(d, MC12, ADOPTED, FISH, "2022-06-17",
  "The Agreement was adopted by consensus at the 12th Ministerial Conference (MC12) in Geneva on 17 June 2022.")
# The remark is not placed on a day (the ceremonies were on Monday and today): undated.
R(d, DG, "called-for", FISH, None,
  "I urge all members that have not yet done so to deposit their instruments of acceptance before the end of this year")
R(d, "Kenya", "called-for", FISH, None,
  "Kenya called on fellow members of the African Group to complete their domestic procedures and deposit their acceptances without delay.")
# Brazil's National Congress approval and the President's signature of the instrument: domestic steps.
for actor, date, q in [("Malawi", "2024-05-21", "Malawi: 21 May 2024"), ("Philippines", "2024-06-03", "Philippines: 3 June 2024"),
                       ("Cameroon", "2024-06-12", "Cameroon: 12 June 2024"), ("Côte d'Ivoire", "2024-06-28", "Côte d'Ivoire: 28 June 2024"),
                       ("Vanuatu", "2024-07-09", "Vanuatu: 9 July 2024"), ("Belize", "2024-07-16", "Belize: 16 July 2024")]:
    R(d, actor, ACCEPTED, FISH, date, q)
# "covering its 27 member states": unnamed, and counted through the Union's single instrument.
R(d, "European Union", ACCEPTED, FISH, "2023-06-28", "The European Union deposited a single instrument of acceptance on 28 June 2023")
R(d, "Switzerland", ACCEPTED, FISH, "2022-08-17", "Switzerland was the first member to accept the Agreement, on 17 August 2022")
RL(d, ["Singapore", "Seychelles"], ACCEPTED, FISH, "2022", "followed by Singapore and Seychelles later that year")
# "Several large fishing nations": unnamed.
RL(d, ["Argentina", "Sri Lanka"], NOTBOUND, FISH, None, "Neither Argentina nor Sri Lanka has deposited its instrument", negated=True)
R(d, "India", NOTBOUND, FISH, None, "India has said it will not accept the Agreement until members conclude the second wave of disciplines",
  negated=True)
R(d, "Pakistan", NOTBOUND, FISH, None, "Pakistan's delegation told the meeting that its acceptance was \"at an advanced stage\" and would be deposited before MC14",
  negated=True)
R(d, "Bangladesh", NOTBOUND, FISH, None, "Bangladesh expects to follow suit before the end of the year", negated=True)
# MC13's unfinished negotiations, the chair from Iceland, the Fish Fund and its donors, the depositary: nothing.

# ===================== 02.html (Korean embassy in Tashkent, state visit outcomes, posted 17 June 2024; summit on Friday 14 June) =====================
d = "02.html"
FRI = "2024-06-14"
KU = ["Republic of Korea", "Uzbekistan"]
JSKU = ("Joint Statement on the further development of the special strategic partnership between the Republic of Korea and the Republic of Uzbekistan",
        ["Korea-Uzbekistan Joint Statement", "Joint Statement"])
RL(d, KU, JS, JSKU, FRI,
   "the two Presidents adopted a Joint Statement on the further development of the special strategic partnership between the Republic of Korea and the Republic of Uzbekistan")
QSIG = "All seven documents were signed by the competent ministers of the two Governments on 14 June."
for name, aliases, act in [
        ("Memorandum of Understanding on the Critical Minerals Supply Chain Partnership", ["critical minerals MoU"], MOU_SIGNED),
        ("Framework Arrangement on Economic Development Cooperation Fund loans for 2024–2028", ["EDCF Framework Arrangement", "Framework Arrangement on Economic Development Cooperation Fund loans"], "signed"),
        ("Agreement on the Mutual Recognition and Exchange of Driving Licences", ["driving licence agreement", "Agreement on driving licences"], "signed"),
        ("Memorandum of Understanding on Cooperation in the Field of Digital Government", ["digital government MoU"], MOU_SIGNED),
        ("Memorandum of Understanding on Cooperation in Healthcare and Medical Science", ["healthcare MoU"], MOU_SIGNED),
        ("Agreement on Cooperation and Mutual Assistance in Customs Matters", ["customs agreement"], "signed"),
        ("Memorandum of Understanding on the Trade and Investment Promotion Framework", ["TIPF", "Trade and Investment Promotion Framework"], MOU_SIGNED)]:
    # The list item names the document; the sentence after the list states the signature.
    q = name if "2024–2028" not in name else "Framework Arrangement on Economic Development Cooperation Fund loans for 2024"
    RL(d, KU, act, (name, aliases), FRI, q, alt=[QSIG])
# The 17 company contracts: not intergovernmental. The EPA: negotiations to be launched. WTO accession support: a process.
DTC = ("Convention for the Avoidance of Double Taxation", ["Korea-Uzbekistan double taxation convention", "double taxation convention"])
RL(d, KU, "signed", DTC, "1998", "the Convention for the Avoidance of Double Taxation, which the two countries signed in Seoul in 1998")
APO = ("Hague Apostille Convention", ["Apostille Convention", "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents"])
R(d, "Uzbekistan", PARTY, APO, "2012", "Uzbekistan has been a Contracting Party to the Hague Apostille Convention since 2012")
VISA = ("agreement on the mutual exemption of visa requirements for holders of ordinary passports", ["Korea-Uzbekistan visa waiver agreement"])
RL(d, KU, "signed", VISA, None,
   "The two sides further agreed to sign, at an early date, an agreement on the mutual exemption of visa requirements for holders of ordinary passports",
   negated=True)
# The unilateral Uzbek visa-free measure: domestic. The EPS memorandum "will renew": planned, named only by subject (optional).
EPS = ("memorandum on the employment permit system", ["employment permit system memorandum", "EPS memorandum"])
RL(d, KU, MOU_SIGNED, EPS, None, "the Ministry of Employment and Labor will renew the memorandum with the Uzbek Ministry of Employment and Poverty Reduction later this year",
   negated=True, required=False)
# The Korea-Central Asia Summit invitation: a meeting, nothing.

# ===================== 03.md (law firm's tracker of Apostille and other Hague conventions, updated 3 March 2025) =====================
d = "03.md"
APO = ("Apostille Convention", ["Hague Convention of 5 October 1961 Abolishing the Requirement of Legalisation for Foreign Public Documents",
                                "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents", "Hague Apostille Convention"])
for actor, date, q in [("Pakistan", "2022-07-19", "Pakistan | Accession | 19 July 2022"), ("China", "2023-03-08", "China | Accession | 8 March 2023"),
                       ("Canada", "2023-05-12", "Canada | Accession | 12 May 2023"), ("Rwanda", "2024-06-05", "Rwanda | Accession | 5 June 2024"),
                       ("Bangladesh", "2024-07-30", "Bangladesh | Accession | 30 July 2024")]:
    R(d, actor, ACCEDED, APO, date, q)
# Entry-into-force column, Hong Kong and Macao, India's objection to Pakistan's accession, Austria's and Germany's objections: nothing.
R(d, "Thailand", NOTBOUND, APO, None, "Thailand, Viet Nam and Nigeria are not Contracting Parties", negated=True,
  alt=["Thailand's Ministry of Foreign Affairs told us in January that accession is \"under study\""])
R(d, "Viet Nam", NOTBOUND, APO, None, "Thailand, Viet Nam and Nigeria are not Contracting Parties", negated=True)
# The Federal Executive Council's approval is domestic; no instrument deposited.
R(d, "Nigeria", NOTBOUND, APO, None, "Thailand, Viet Nam and Nigeria are not Contracting Parties", negated=True,
  alt=["no instrument has been deposited"])
J19 = ("2019 Judgments Convention", ["Convention on the Recognition and Enforcement of Foreign Judgments in Civil or Commercial Matters",
                                     "HCCH 2019 Judgments Convention", "Judgments Convention"])
R(d, "European Union", ACCEPTED, J19, "2022-08-29", "the European Union approved it and Ukraine ratified it, both on 29 August 2022")
R(d, "Ukraine", RATIFIED, J19, "2022-08-29", "the European Union approved it and Ukraine ratified it, both on 29 August 2022")
R(d, "Uruguay", RATIFIED, J19, "2023-09-01", "ratified it on 1 September 2023")
R(d, "United Kingdom", "signed", J19, "2024-01-12", "signed on 12 January 2024")
R(d, "United Kingdom", RATIFIED, J19, "2024-06-27", "deposited its instrument of ratification on 27 June 2024")
R(d, "United States", "signed", J19, "2022-03-02", "signed on 2 March 2022 but has not ratified")
R(d, "United States", NOTRATIFIED, J19, None, "signed on 2 March 2022 but has not ratified", negated=True)
QSO = "Israel (2021), Costa Rica (2019) and the Russian Federation (2021) are signatories only."
for actor, date in [("Israel", "2021"), ("Costa Rica", "2019"), ("Russian Federation", "2021")]:
    R(d, actor, "signed", J19, date, QSO)
    R(d, actor, NOTRATIFIED, J19, None, QSO, negated=True)
COC = ("Convention on Choice of Court Agreements", ["2005 Choice of Court Convention", "Choice of Court Convention", "Hague Choice of Court Convention"])
R(d, "United Kingdom", ACCEDED, COC, "2020-09-28",
  "acceded to the Convention on Choice of Court Agreements in its own right on 28 September 2020")
R(d, "Ukraine", RATIFIED, COC, "2023", "ratified it in 2023")
RL(d, ["European Union", "Mexico", "Montenegro", "Singapore"], PARTY, COC, None,
   "The other Parties are the European Union, Mexico, Montenegro, Singapore and Denmark")
R(d, "Denmark", JOINED, COC, "2018", "Denmark, which joined separately in 2018")
SERV = ("Hague Service Convention", ["Service Convention", "Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters"])
EVID = ("Evidence Convention", ["Hague Evidence Convention", "Convention on the Taking of Evidence Abroad in Civil or Commercial Matters"])
R(d, "China", PARTY, SERV, "1991", "China has been a Party to the Service Convention since 1991")
R(d, "China", PARTY, EVID, "1998", "and to the Evidence Convention since 1998")
# "took effect in 2019" is the entry into force of the accession, not its date.
R(d, "Brazil", ACCEDED, SERV, None, "Brazil's accession to the Service Convention took effect in 2019")

# ===================== 04 (OECD newsroom, STTR MLI signing ceremony and other tax and anti-bribery treaty actions, Tuesday 10 December 2024) =====================
d = "04.txt"
D = "2024-12-10"
STTR = ("Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule",
        ["STTR MLI", "Subject to Tax Rule convention", "STTR Multilateral Convention"])
MLI = ("Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting",
       ["BEPS MLI", "MLI", "Multilateral Instrument"])
MAAC = ("Convention on Mutual Administrative Assistance in Tax Matters",
        ["Convention on Mutual Administrative Assistance in Tax Matters as amended by the 2010 Protocol", "MAAC", "Multilateral Convention on Mutual Administrative Assistance in Tax Matters"])
CRS = ("Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information", ["CRS MCAA"])
CARF = ("Multilateral Competent Authority Agreement on Automatic Exchange of Information pursuant to the Crypto-Asset Reporting Framework", ["CARF MCAA"])
CARFW = ("Crypto-Asset Reporting Framework", ["CARF"])
ABC = ("Convention on Combating Bribery of Foreign Public Officials in International Business Transactions",
       ["OECD Anti-Bribery Convention", "Anti-Bribery Convention"])
OECDSG = ["OECD Secretary-General", "Secretary-General of the OECD", "Mathias Cormann", "OECD"]
IF = ["OECD/G20 Inclusive Framework on BEPS", "Inclusive Framework", "Inclusive Framework on BEPS", "OECD"]
RL(d, ["Benin", "Cabo Verde", "Gabon", "Jamaica", "Morocco", "Senegal", "Sri Lanka"], "signed", STTR, D,
   "Benin, Cabo Verde, Gabon, Jamaica, Morocco, Senegal and Sri Lanka today signed the Multilateral Convention to Facilitate the Implementation of the Pillar Two Subject to Tax Rule (STTR MLI)")
# "bringing the total number of signatories to 17": unnamed. Opening for signature is not an adoption date.
R(d, IF, ADOPTED, STTR, None, "It was adopted by the OECD/G20 Inclusive Framework on BEPS")
R(d, "Indonesia", "signed", STTR, "2024-09", "Indonesia signed in September, during the Inclusive Framework plenary meeting.")
R(d, OECDSG, "called-for", STTR, D,
  "I encourage all Inclusive Framework members that have requested the STTR in their treaties to sign and ratify the STTR MLI as soon as possible.")
R(d, "Brazil", "signed", STTR, None, "Brazil, which chaired the G20 this year, told the ceremony that it expects to sign the STTR MLI in the first half of 2025",
  negated=True)
R(d, "Switzerland", "signed", STTR, None, "Switzerland, by contrast, has indicated that it does not intend to sign", negated=True)
# The list of "treaty actions deposited at the ceremony" takes the ceremony's date.
R(d, "Rwanda", RATIFIED, MLI, D,
  "Rwanda deposited its instrument of ratification of the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting (BEPS MLI)")
R(d, "Rwanda", "signed", MLI, "2019", "which it signed in 2019")
R(d, "Ghana", "signed", MLI, "2018", "Ghana, a signatory since 2018")
R(d, "Ghana", RATIFIED, MLI, D, "Ghana, a signatory since 2018, also ratified the BEPS MLI.")
R(d, "Benin", RATIFIED, MAAC, D,
  "Benin deposited its instrument of ratification of the Convention on Mutual Administrative Assistance in Tax Matters as amended by the 2010 Protocol")
# "ten months after signing it", counted back from December 2024.
R(d, "Benin", "signed", MAAC, "2024-02", "ten months after signing it")
RL(d, ["Papua New Guinea", "Gabon"], "signed", MAAC, D, "Papua New Guinea and Gabon signed the Convention on Mutual Administrative Assistance in Tax Matters.")
R(d, "Rwanda", "signed", CRS, D,
  "Rwanda signed the Multilateral Competent Authority Agreement on Automatic Exchange of Financial Account Information (CRS MCAA).")
# "The BEPS MLI now covers 104 jurisdictions": unnamed.
R(d, "United States", "signed", MLI, None, "The United States, which has a large network of bilateral tax treaties, has not signed it", negated=True)
R(d, "Kenya", NOTBOUND, MLI, None, "Kenya, a member of the Inclusive Framework, has not joined the Convention either.", negated=True)
RL(d, ["Armenia", "Barbados", "Colombia", "Kazakhstan", "Türkiye"], "signed", CARF, D,
   "Also on Tuesday, Armenia, Barbados, Colombia, Kazakhstan and Türkiye signed the Multilateral Competent Authority Agreement on Automatic Exchange of Information pursuant to the Crypto-Asset Reporting Framework (CARF MCAA)")
# A commitment to start exchanges under a reporting standard (not a treaty): optional.
RL(d, ["Armenia", "Kazakhstan"], COMMITTED, CARFW, None, "Armenia and Kazakhstan have committed to begin exchanges under the CARF by 2028.", required=False)
# Mauritania (Inclusive Framework) and Timor-Leste (Global Forum): membership of bodies, nothing.
# The Working Group's welcome gives it nothing; Croatia's deposit is recorded ("becomes the 47th Party" is the same event).
R(d, "Croatia", ACCEDED, ABC, "2024-12-02",
  "Croatia's deposit, on 2 December 2024, of its instrument of accession to the Convention on Combating Bribery of Foreign Public Officials in International Business Transactions",
  alt=["Croatia becomes the 47th Party to the Convention."])
R(d, "Indonesia", NOTBOUND, ABC, None, "Indonesia, which participates in the Working Group as an observer, has not yet acceded", negated=True)
# The invitation to begin the accession review and the depositaries: nothing.

# ===================== 05.html (GOV.UK press release, UK joins the CPTPP, 15 December 2024) =====================
d = "05.html"
D = "2024-12-15"
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP", "Trans-Pacific Partnership"])
UKAP = ("Protocol on the Accession of the United Kingdom", ["Accession Protocol", "UK's Accession Protocol",
        "Protocol on the Accession of the United Kingdom of Great Britain and Northern Ireland to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
        "UK Accession Protocol to the CPTPP"])
R(d, "United Kingdom", PARTY, CPTPP, D,
  "The United Kingdom today became a full Party to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)",
  alt=["UK becomes the 12th member of the CPTPP"])
R(d, "United Kingdom", "signed", UKAP, "2023-07-16", "signing its Accession Protocol in Auckland on 16 July 2023")
# The UK's own ratification of its accession protocol is its accession to the CPTPP.
R(d, "United Kingdom", RAT_ACC, UKAP, "2024-05",
  "The UK deposited its own instrument of ratification with New Zealand, the depositary, in May.")
RL(d, ["Japan", "Singapore", "Chile", "Viet Nam", "Peru", "Malaysia", "Brunei Darussalam", "New Zealand"], RATIFIED, UKAP, None,
   "the eight Parties that have completed their procedures: Japan, Singapore, Chile, Viet Nam, Peru, Malaysia, Brunei Darussalam and New Zealand, each of which has ratified the UK")
# "will take effect between the UK and Australia on 24 December": entry into force, nothing.
R(d, "Australia", ACCEPTED, UKAP, "2024-10-25", "Australia notified the depositary on 25 October that it had completed its procedures")
RL(d, ["Canada", "Mexico"], NOTRATIFIED, UKAP, None, "Canada and Mexico have yet to ratify the Protocol", negated=True)
R(d, ALT["United Kingdom"] + ["Douglas Alexander", "Trade Policy Minister"], "called-for", UKAP, D,
  "I encourage both governments to complete ratification of the UK")
CPSIG = ["Australia", "Brunei Darussalam", "Canada", "Chile", "Japan", "Malaysia", "Mexico", "New Zealand", "Peru", "Singapore", "Viet Nam"]
RL(d, CPSIG, "signed", CPTPP, "2018-03",
   "The CPTPP was signed in Santiago in March 2018 by Australia, Brunei, Canada, Chile, Japan, Malaysia, Mexico, New Zealand, Peru, Singapore and Viet Nam.")
# The UK's 2021 application is overtaken by its accession: nothing.
UKJ = ("UK–Japan Comprehensive Economic Partnership Agreement", ["UK-Japan CEPA", "Comprehensive Economic Partnership Agreement between the UK and Japan"])
RL(d, ["United Kingdom", "Japan"], "signed", UKJ, "2020-10-23", "Comprehensive Economic Partnership Agreement, signed in Tokyo on 23 October 2020")
# "free trade agreements with nine of the 11 other members": unnamed. Costa Rica's accession process: a process, nothing.
# Pending applications to accede: planned accessions, optional.
RL(d, ["China", "Chinese Taipei", "Ecuador", "Uruguay", "Ukraine", "Indonesia"], JOINED, CPTPP, None,
   "Applications from China, Chinese Taipei, Ecuador, Uruguay, Ukraine and Indonesia remain before the Commission.", negated=True, required=False)

# ===================== 06 (Gazette of India, Extraordinary, No. 4871, Tuesday 4 November 2025) =====================
d = "06.txt"
IC = ["India", "Chile"]
CHP = ("Protocol amending the Convention between the Government of the Republic of India and the Government of the Republic of Chile for the avoidance of double taxation and for the prevention of fiscal evasion with respect to taxes on income",
       ["India-Chile Protocol", "Protocol amending the India-Chile double taxation convention", "India-Chile DTAA Protocol"])
RL(d, IC, "signed", CHP, "2025-04-15", "was signed at Santiago on the 15th day of April, 2025")
# The mutual notifications complete each State's procedures; their date is not given (entry into force on 9 October is not it).
RL(d, IC, ACCEPTED, CHP, None,
   "the Government of the Republic of India and the Government of the Republic of Chile have notified each other of the completion of the procedures required by their respective laws")
ANG = ("Agreement between the Government of the Republic of India and the Government of the Republic of Angola for the elimination of double taxation with respect to taxes on income and the prevention of tax evasion and avoidance",
       ["India-Angola DTAA", "India-Angola double taxation agreement"])
RL(d, ["India", "Angola"], "signed", ANG, "2024-05-02", "was signed at New Delhi on the 2nd day of May, 2024")
# The notifications are implied by "the later of the notifications"; which State notified on 22 September is not said (optional, undated).
RL(d, ["India", "Angola"], ACCEPTED, ANG, None,
   "being the date of the later of the notifications of the completion of the procedures required by the respective laws of the two countries", required=False)
R(d, "India", "signed", MLI, "2017-06-07",
  "the Republic of India signed the Multilateral Convention to Implement Tax Treaty Related Measures to Prevent Base Erosion and Profit Shifting")
R(d, "India", RATIFIED, MLI, "2019-06-25", "deposited its instrument of ratification with the Secretary-General of the Organisation for Economic Co-operation and Development on the 25th day of June, 2019")
R(d, "Rwanda", RATIFIED, MLI, "2024-12-10", "the Republic of Rwanda deposited its instrument of ratification of the said Convention on the 10th day of December, 2024")
# The India-Rwanda agreement as a Covered Tax Agreement and the Central Government's notifications under section 90: nothing.
BIT = ("Bilateral Investment Treaty between the Government of the Republic of India and the Government of the United Arab Emirates",
       ["India-UAE Bilateral Investment Treaty", "India-UAE BIT"])
RL(d, ["India", "United Arab Emirates"], "signed", BIT, "2024-02-13", "was signed at Abu Dhabi on the 13th day of February, 2024")
RL(d, ["India", "United Arab Emirates"], ACCEPTED, BIT, None,
   "both Contracting Parties have notified each other of the completion of their internal requirements")
PYV = ("Agreement between the Government of the Republic of India and the Government of the Republic of Paraguay on exemption of visa requirement for holders of diplomatic and official passports",
       ["India-Paraguay visa exemption agreement"])
RL(d, ["India", "Paraguay"], "signed", PYV, "2024-08-23", "signed at Asuncion on the 23rd day of August, 2024")
# "has not concluded an agreement on the subject" names no instrument.
PYM = ("Memorandum of Understanding on consular cooperation", ["India-Paraguay consular MoU"])
RL(d, ["India", "Paraguay"], MOU_SIGNED, PYM, None,
   "is expected to be signed during the next meeting of the Joint Consular Committee", negated=True)

# ===================== 07.md (Business Travel Brief, visa waivers, 5 March 2024) =====================
d = "07.md"
CS = ("agreement on mutual visa exemption for holders of ordinary passports (China–Singapore)",
      ["China-Singapore mutual visa exemption agreement", "agreement on mutual visa exemption for holders of ordinary passports"])
RL(d, ["China", "Singapore"], "signed", CS, "2024-01-25",
   "The agreement on mutual visa exemption for holders of ordinary passports was signed in Beijing on 25 January 2024 by Foreign Minister Wang Yi and Singapore's Minister for Foreign Affairs, Vivian Balakrishnan")
CT = ("mutual visa exemption agreement (China–Thailand)", ["China-Thailand mutual visa exemption agreement", "mutual visa exemption agreement"])
RL(d, ["China", "Thailand"], "signed", CT, "2024-01-28",
   "on 28 January, Wang Yi and Thai Foreign Minister Parnpree Bahiddha-Nukara signed a mutual visa exemption agreement in Bangkok")
CK = ("China–Kazakhstan mutual visa exemption agreement", ["China-Kazakhstan visa exemption agreement"])
RL(d, ["China", "Kazakhstan"], "signed", CK, "2023-05", "Signed at the China–Central Asia summit in Xi'an in May 2023")
CU = ("China–United Arab Emirates mutual visa exemption agreement", ["China-UAE visa exemption agreement"])
RL(d, ["China", "United Arab Emirates"], "signed", CU, "2017", "under an agreement the two governments signed in 2017")
# Malaysia's unilateral measure: domestic. "Kuala Lumpur and Beijing ... intend to sign": planned.
CM = ("reciprocal visa exemption agreement (Malaysia–China)", ["Malaysia-China reciprocal agreement", "reciprocal agreement"])
RL(d, ["Malaysia", "China"], "signed", CM, None, "Kuala Lumpur and Beijing have said they intend to sign a reciprocal agreement", negated=True,
   alt=["reciprocal agreement: signing expected in mid-2024"])
# China's unilateral visa-free policy, the US Visa Waiver Program designation, Israel's reciprocity, the Kosovo regulation: nothing.
QEU = "Each of these was signed by the EU and the partner country"
for partner, date, q in [("United Arab Emirates", "2015-05-28", "United Arab Emirates | 28 May 2015 | 2015"),
                         ("Colombia", "2015-12-02", "Colombia | 2 December 2015 | 2015"),
                         ("Peru", "2016-03-14", "Peru | 14 March 2016 | 2016"),
                         ("Tuvalu", "2016", "Tuvalu | 2016 | 2016"),
                         ("Palau", "2016", "Palau | 2016 | 2016")]:
    short = "UAE" if partner == "United Arab Emirates" else partner
    inst = (f"EU–{partner} short-stay visa waiver agreement",
            [f"EU-{short} short-stay visa waiver agreement", f"Agreement between the European Union and {partner} on the short-stay visa waiver",
             "short-stay visa waiver agreement"])
    R(d, "European Union", "signed", inst, date, q, alt=[QEU])
    R(d, partner, "signed", inst, date, q, alt=[QEU])
KIR = ("EU–Kiribati short-stay visa waiver agreement", ["short-stay visa waiver agreement with Kiribati"])
R(d, "European Union", "signed", KIR, None, "The Union has not signed such an agreement with Kiribati", negated=True)
R(d, "Kiribati", "signed", KIR, None, "The Union has not signed such an agreement with Kiribati", negated=True, required=False)
IT = ("visa waiver agreement with Thailand for ordinary passports", ["India-Thailand visa waiver agreement"])
R(d, "India", "signed", IT, None, "India has not signed a visa waiver agreement with Thailand for ordinary passports", negated=True)
# ETIAS: an EU system, nothing.

# ===================== 08 (business wire, EU trade agreements, Wednesday 1 May 2024) =====================
d = "08.txt"
EUNZ = ("free trade agreement between the European Union and New Zealand", ["EU-New Zealand free trade agreement", "EU-New Zealand trade deal", "EU-NZ FTA"])
RL(d, ["European Union", "New Zealand"], "signed", EUNZ, "2023-07-09",
   "The agreement was signed in Brussels on July 9 last year by New Zealand Trade Minister Damien O'Connor and EU trade chief Valdis Dombrovskis.")
# Parliament's consent, New Zealand's implementing legislation and the Council decision are internal steps; the exchange completes both.
RL(d, ["European Union", "New Zealand"], ACCEPTED, EUNZ, "2024-03-27",
   "the two sides exchanged the notifications that completed their procedures in Brussels on March 27")
KEPA = ("economic partnership agreement with Kenya", ["EU-Kenya Economic Partnership Agreement", "EU-Kenya EPA", "economic partnership agreement"])
# "Dec. 18" before a May 2024 report: December 2023.
RL(d, ["European Union", "Kenya"], "signed", KEPA, "2023-12-18", "The economic partnership agreement with Kenya, signed in Nairobi on Dec. 18")
R(d, "European Union", ACCEPTED, KEPA, None, "The Council is expected to adopt the decision on its conclusion in June", negated=True)
R(d, "Kenya", RATIFIED, KEPA, "2024-03", "Kenya ratified the agreement in March")
AFA = ("Advanced Framework Agreement", ["EU-Chile Advanced Framework Agreement", "AFA"])
ITA = ("Interim Trade Agreement", ["EU-Chile Interim Trade Agreement", "ITA"])
for inst in (AFA, ITA):
    RL(d, ["European Union", "Chile"], "signed", inst, "2023-12-13",
       "The EU and Chile signed an Advanced Framework Agreement and an Interim Trade Agreement in Brussels on Dec. 13.")
# "once Chile's Congress has finished its work": Chile's procedure for the interim deal is pending (optional).
R(d, "Chile", NOTRATIFIED, ITA, None, "expected to apply early next year once Chile's Congress has finished its work", negated=True, required=False)
R(d, "Chile", NOTRATIFIED, AFA, None, "Chile has not yet ratified it either", negated=True)
# "ratification by all 27 member states": unnamed.
MERC = ("agreement with the Mercosur bloc", ["EU-Mercosur agreement", "EU-Mercosur trade agreement", "Mercosur deal"])
R(d, "European Union", "signed", MERC, None, "has not been signed, and neither side expects to sign before the end of the year", negated=True)
R(d, "Mercosur", "signed", MERC, None, "has not been signed, and neither side expects to sign before the end of the year", negated=True)
RL(d, ["Argentina", "Brazil", "Paraguay", "Uruguay"], "signed", MERC, None,
   "The agreement with the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay, agreed in principle in 2019, has not been signed", negated=True, required=False)
# France "opposed the deal": no treaty action (optional); Austria's announced vote against is a planned vote against.
R(d, "France", "supported", MERC, None, "France opposed the deal \"as it stands\"", negated=True, required=False)
R(d, "Austria", "supported", MERC, None, "Austria's parliament has obliged its government to vote against it in the Council", negated=True)
EUMX = ("modernised EU-Mexico Global Agreement", ["EU-Mexico Global Agreement", "EU-Mexico Modernised Global Agreement"])
RL(d, ["European Union", "Mexico"], "signed", EUMX, None, "has not been signed by either the EU or Mexico", negated=True)
# Australia (talks collapsed), India, Indonesia, Thailand (negotiations): nothing.
RCEP = ("Regional Comprehensive Economic Partnership", ["RCEP", "RCEP Agreement", "Regional Comprehensive Economic Partnership Agreement"])
R(d, "New Zealand", PARTY, CPTPP, None, "New Zealand, for its part, is a party to both the Comprehensive and Progressive Agreement for Trans-Pacific Partnership")
R(d, "New Zealand", PARTY, RCEP, None, "and the Regional Comprehensive Economic Partnership")
# "has had a free trade agreement with the United Kingdom since May 2023": in force, both bound (optional).
UKNZ = ("free trade agreement with the United Kingdom", ["UK-New Zealand free trade agreement", "New Zealand-UK FTA"])
RL(d, ["New Zealand", "United Kingdom"], PARTY, UKNZ, "2023-05", "has had a free trade agreement with the United Kingdom since May 2023", required=False)
NZUAE = ("agreement with the United Arab Emirates", ["New Zealand-UAE agreement", "New Zealand-UAE CEPA"])
R(d, "New Zealand", "signed", NZUAE, None, "New Zealand would next seek to sign an agreement with the United Arab Emirates", negated=True)

# ===================== 09 (Australian trade minister's first-person media release, Abu Dhabi, Wednesday 6 November 2024) =====================
d = "09.txt"
D = "2024-11-06"
AUS = ALT["Australia"] + ["Don Farrell", "Minister for Trade and Tourism"]
CEPA = ("Australia–United Arab Emirates Comprehensive Economic Partnership Agreement",
        ["Australia-UAE CEPA", "CEPA", "Australia-UAE Comprehensive Economic Partnership Agreement"])
R(d, AUS, "signed", CEPA, D,
  "Today in Abu Dhabi I signed the Australia–United Arab Emirates Comprehensive Economic Partnership Agreement (CEPA)")
R(d, "United Arab Emirates", "signed", CEPA, D,
  "with my counterpart, His Excellency Dr Thani bin Ahmed Al Zeyoudi, UAE Minister of State for Foreign Trade")
R(d, AUS, NOTRATIFIED, CEPA, None,
  "The CEPA will now be tabled in Parliament and considered by the Joint Standing Committee on Treaties before the Government can ratify it.", negated=True)
R(d, "United Arab Emirates", NOTRATIFIED, CEPA, None, "The UAE has told us it expects to complete its own domestic processes early next year", negated=True)
QMOU = "Dr Al Zeyoudi and I also signed a Memorandum of Understanding on Cooperation in Critical Minerals and a Memorandum of Understanding on Trade Facilitation and Digital Trade"
for inst in (("Memorandum of Understanding on Cooperation in Critical Minerals", ["Australia-UAE critical minerals MoU"]),
             ("Memorandum of Understanding on Trade Facilitation and Digital Trade", ["Australia-UAE trade facilitation MoU"])):
    R(d, AUS, MOU_SIGNED, inst, D, QMOU)
    R(d, "United Arab Emirates", MOU_SIGNED, inst, D, QMOU)
# "Yesterday" a meeting on a bilateral investment treaty: scoping talks only, no instrument.
ECTA = ("Economic Cooperation and Trade Agreement with India", ["Australia-India ECTA", "Australia-India Economic Cooperation and Trade Agreement", "ECTA"])
RL(d, ["Australia", "India"], "signed", ECTA, "2022-04", "Australia's Economic Cooperation and Trade Agreement with India, signed in April 2022")
CEA = ("IPEF Clean Economy Agreement", ["Indo-Pacific Economic Framework for Prosperity Clean Economy Agreement", "Clean Economy Agreement"])
FEA = ("IPEF Fair Economy Agreement", ["Indo-Pacific Economic Framework for Prosperity Fair Economy Agreement", "Fair Economy Agreement"])
SCA = ("IPEF Supply Chain Agreement", ["Indo-Pacific Economic Framework for Prosperity Supply Chain Agreement", "Supply Chain Agreement"])
for inst in (CEA, FEA):
    R(d, AUS, "signed", inst, "2024-06",
      "In June, in Singapore, I signed the Indo-Pacific Economic Framework for Prosperity (IPEF) Clean Economy Agreement and Fair Economy Agreement")
    R(d, AUS, NOTRATIFIED, inst, None, "we expect to ratify the Clean Economy and Fair Economy Agreements in 2025", negated=True)
# "alongside partners from across the region": unnamed.
R(d, AUS, RATIFIED, SCA, "2024", "Australia ratified the IPEF Supply Chain Agreement earlier this year")
# A conditional refusal about an agreement that does not yet exist (optional).
AUEU = ("free trade agreement with the European Union", ["Australia-EU free trade agreement", "Australia-EU FTA"])
R(d, AUS, "signed", AUEU, None, "we will not sign an agreement that does not deliver meaningful access for our farmers", negated=True, required=False)
# Support for the GCC's negotiations (a process) and encouraging "Gulf partners" to take up opportunities: nothing.

# ===================== 10 (Council of Europe Treaty Office, monthly summary of treaty actions for March 2023, dated 3 April 2023) =====================
d = "10.txt"
E063 = ("European Convention on the Abolition of Legalisation of Documents executed by Diplomatic Agents or Consular Officers", ["ETS No. 063", "ETS 63"])
E127 = ("Convention on Mutual Administrative Assistance in Tax Matters", ["ETS No. 127", "MAAC"])
E173 = ("Criminal Law Convention on Corruption", ["ETS No. 173"])
E174 = ("Civil Law Convention on Corruption", ["ETS No. 174"])
E185 = ("Convention on Cybercrime", ["ETS No. 185", "Budapest Convention"])
E191 = ("Additional Protocol to the Criminal Law Convention on Corruption", ["ETS No. 191"])
C198 = ("Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism",
        ["CETS No. 198", "Warsaw Convention"])
C224 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["CETS No. 224", "Second Additional Protocol"])
for actor, date, inst, q in [("Estonia", "2023-03-07", C224, "07/03/2023 Estonia CETS No. 224"),
                             ("Georgia", "2023-03-07", C224, "07/03/2023 Georgia CETS No. 224"),
                             ("Iceland", "2023-03-14", C198, "14/03/2023 Iceland CETS No. 198"),
                             ("Republic of Moldova", "2023-03-22", E063, "22/03/2023 Republic of Moldova ETS No. 063"),
                             ("Monaco", "2023-03-30", E191, "30/03/2023 Monaco ETS No. 191")]:
    R(d, actor, "signed", inst, date, q)
R(d, "Serbia", RATIFIED, C224, "2023-03-03", "03/03/2023 Serbia CETS No. 224 Ratification",
  alt=["Serbia is the first State to have ratified the Second Additional Protocol."])
R(d, "Japan", ACCEPTED, C224, "2023-03-10", "10/03/2023 Japan CETS No. 224 Acceptance")
R(d, "Portugal", ACCEPTED, C224, "2023-03-23", "23/03/2023 Portugal CETS No. 224 Approval")
R(d, "Montenegro", RATIFIED, E063, "2023-03-24", "24/03/2023 Montenegro ETS No. 063 Ratification")
for actor, date, inst, q in [("Kazakhstan", "2023-03-09", E173, "09/03/2023 Kazakhstan ETS No. 173"),
                             ("Kazakhstan", "2023-03-09", E174, "09/03/2023 Kazakhstan ETS No. 174"),
                             ("Kazakhstan", "2023-03-28", E191, "28/03/2023 Kazakhstan ETS No. 191"),
                             ("Morocco", "2023-03-20", C198, "20/03/2023 Morocco CETS No. 198"),
                             ("Fiji", "2023-03-27", E185, "27/03/2023 Fiji ETS No. 185")]:
    R(d, actor, ACCEDED, inst, date, q)
# GRECO membership and the ceremony's host: nothing. Denunciations: negated party, undated.
R(d, "Russian Federation", NOTBOUND, E173, None, "06/03/2023 Russian Federation ETS No. 173 Denunciation", negated=True)
R(d, "Russian Federation", NOTBOUND, E191, None, "06/03/2023 Russian Federation ETS No. 191 Denunciation", negated=True)
# Reservations and territorial application: nothing; the statement that they do not change party status implies it (optional).
R(d, "Switzerland", PARTY, E127, None, "15/03/2023 Switzerland ETS No. 127 Partial withdrawal of the reservation made under Article 30", required=False)
R(d, "Netherlands", PARTY, C198, None, "21/03/2023 Netherlands CETS No. 198 Extension of territorial application to Curaçao", required=False)
# The Ministers' Deputies' invitation: nothing; the invited States have not acceded.
RL(d, ["Tunisia", "Côte d'Ivoire"], NOTBOUND, E185, None, "neither State has yet deposited an instrument of accession", negated=True)
RL(d, ["Belarus"], PARTY, E173, None, "Belarus, which is not a member State of the Council of Europe, remains a Party to ETS No. 173 and ETS No. 174.")
R(d, "Belarus", PARTY, E174, None, "Belarus, which is not a member State of the Council of Europe, remains a Party to ETS No. 173 and ETS No. 174.")
R(d, "United Kingdom", "signed", E174, "2000", "The United Kingdom signed ETS No. 174 in 2000 and has not ratified it.")
R(d, "United Kingdom", NOTRATIFIED, E174, None, "The United Kingdom signed ETS No. 174 in 2000 and has not ratified it.", negated=True)

# ===================== 11 (PIB release, Ministry of Commerce & Industry, India-EFTA TEPA in force, 1 October 2025) =====================
d = "11.txt"
TEPA = ("India-EFTA Trade and Economic Partnership Agreement", ["TEPA", "India-European Free Trade Association (EFTA) Trade and Economic Partnership Agreement",
        "Trade and Economic Partnership Agreement", "India-EFTA TEPA"])
RL(d, ["India", "Iceland", "Liechtenstein", "Norway", "Switzerland"], "signed", TEPA, "2024-03-10",
   "The TEPA was signed in New Delhi on 10th March 2024 by India and the four EFTA States – Iceland, Liechtenstein, Norway and Switzerland")
# The Federal Assembly's approval and the referendum period are domestic.
R(d, "Switzerland", RATIFIED, TEPA, "2025-07-14", "Switzerland deposited its instrument of ratification on 14th July 2025")
RL(d, ["Norway", "Iceland", "Liechtenstein"], RATIFIED, TEPA, "2025",
   "Norway, Iceland and Liechtenstein completed their ratifications in the first half of 2025.")
R(d, "India", ACCEPTED, TEPA, "2025-08-18",
  "India notified the EFTA depositary of the completion of its internal procedures on 18th August 2025.")
# The EFTA States' investment undertaking is a provision of the TEPA, not a further instrument; the India-EFTA Desk: nothing.
CECPA = ("India-Mauritius Comprehensive Economic Cooperation and Partnership Agreement", ["CECPA", "India-Mauritius CECPA"])
RL(d, ["India", "Mauritius"], "signed", CECPA, "2021-02-22",
   "India-Mauritius Comprehensive Economic Cooperation and Partnership Agreement (CECPA), signed on 22nd February 2021.")
IUAE = ("India-UAE Comprehensive Economic Partnership Agreement", ["India-UAE CEPA", "CEPA"])
RL(d, ["India", "United Arab Emirates"], "signed", IUAE, "2022-02-18",
   "India-UAE Comprehensive Economic Partnership Agreement (CEPA), signed on 18th February 2022")
IECTA = ("India-Australia Economic Cooperation and Trade Agreement", ["India-Australia ECTA", "ECTA"])
RL(d, ["India", "Australia"], "signed", IECTA, "2022-04-02",
   "India-Australia Economic Cooperation and Trade Agreement (ECTA), signed on 2nd April 2022")
CETA = ("India-UK Comprehensive Economic and Trade Agreement", ["CETA", "India-UK CETA", "India-UK free trade agreement"])
RL(d, ["India", "United Kingdom"], "signed", CETA, "2025-07-24",
   "The India-UK Comprehensive Economic and Trade Agreement (CETA) was signed in London on 24th July 2025")
R(d, "United Kingdom", NOTRATIFIED, CETA, None, "the UK has not yet ratified the Agreement", negated=True,
  alt=["It will enter into force once the United Kingdom completes its parliamentary procedures"])
# Negotiations with the EU, Oman, New Zealand, Peru, Chile and the United States: nothing.
R(d, "India", NOTBOUND, RCEP, None, "India decided in November 2019 not to join the Regional Comprehensive Economic Partnership (RCEP)", negated=True,
  alt=["it has not acceded to it since"])

# ===================== 12 (Serbian Government news, visit of President Xi Jinping, Belgrade, Wednesday 8 May 2024) =====================
d = "12.txt"
D = "2024-05-08"
SC = ["Serbia", "China"]
JSSC = ("Joint Statement of the Republic of Serbia and the People's Republic of China on deepening and raising the level of the comprehensive strategic partnership and building a community with a shared future between Serbia and China in the new era",
        ["Serbia-China Joint Statement", "Joint Statement"])
RL(d, SC, JS, JSSC, D,
   "The President of Serbia, Aleksandar Vučić, and the President of the People's Republic of China, Xi Jinping, today signed in Belgrade the Joint Statement")
# "28 intergovernmental agreements and memoranda": only the five named ones are recorded; exchanging them at the ceremony is signing them.
QEX = "ministers and heads of institutions exchanged 28 intergovernmental agreements and memoranda"
for name, aliases, act in [
        ("Agreement on Economic and Technical Cooperation between the Government of the Republic of Serbia and the Government of the People's Republic of China",
         ["Agreement on Economic and Technical Cooperation"], "signed"),
        ("Memorandum of Understanding on the Cooperation Plan for the Joint Construction of the Belt and Road", ["Belt and Road cooperation plan MoU"], MOU_SIGNED),
        ("Memorandum of Understanding on Strengthening Investment Cooperation in the Green Development Field", ["green development investment MoU"], MOU_SIGNED),
        ("Memorandum of Understanding on Cooperation in the Digital Economy", ["digital economy MoU"], MOU_SIGNED),
        ("Protocol on Phytosanitary Requirements for the Export of Fresh Plums from Serbia to China", ["plum export protocol"], "signed")]:
    RL(d, SC, act, (name, aliases), D, name, alt=[QEX])
FTA = ("Free Trade Agreement between the Government of the Republic of Serbia and the Government of the People's Republic of China",
       ["Serbia-China Free Trade Agreement", "Free Trade Agreement", "China-Serbia FTA"])
RL(d, SC, "signed", FTA, "2023-10-17", "signed in Beijing on 17 October 2023 by Serbian Minister of Internal and Foreign Trade Tomislav Momirović and Chinese Minister of Commerce Wang Wentao")
# The exchange of notes completes both sides' procedures; the National Assembly's ratification in February is Serbia's internal step.
R(d, "Serbia", ACCEPTED, FTA, None, "the two sides have since completed the exchange of diplomatic notes confirming that their internal procedures are complete",
  alt=["The National Assembly of Serbia ratified the Agreement in February"])
R(d, "China", ACCEPTED, FTA, None, "the two sides have since completed the exchange of diplomatic notes confirming that their internal procedures are complete")
# An announced future termination on EU accession: conditional and planned (optional).
R(d, "Serbia", NOTBOUND, FTA, None, "Serbia would terminate the Agreement on the day it joins the EU", negated=True, required=False)
SAA = ("Stabilisation and Association Agreement", ["EU-Serbia Stabilisation and Association Agreement", "SAA"])
RL(d, ["Serbia", "European Union"], "signed", SAA, "2008", "the Stabilisation and Association Agreement with the EU, signed in 2008")
SCV = ("Agreement on the Mutual Exemption of Visa Requirements for Holders of Ordinary Passports", ["Serbia-China visa exemption agreement"])
RL(d, SC, "signed", SCV, "2016",
   "under the Agreement on the Mutual Exemption of Visa Requirements for Holders of Ordinary Passports signed in Belgrade in 2016")
SCT = ("Convention for the Avoidance of Double Taxation", ["Serbia-China double taxation convention"])
RL(d, SC, "signed", SCT, "1997", "the Convention for the Avoidance of Double Taxation, signed by the two countries in 1997")
# "Tuesday evening" arrival and the support for sovereignty: nothing. A policy principle rather than an instrument (optional).
ONECH = ("one-China principle", ["One China principle"])
R(d, "Serbia", COMMITTED, ONECH, D, "Serbia reiterated its firm commitment to the one-China principle.", required=False)

# ===================== 13.md (client briefing on investment treaty exits and facilitation agreements, 1 July 2025) =====================
d = "13.md"
ECT = ("Energy Charter Treaty", ["ECT"])
for actor, q in [("Italy", "Italy | 31 December 2014 | 1 January 2016"), ("France", "France | 7 December 2022 | 8 December 2023"),
                 ("Germany", "Germany | 20 December 2022 | 20 December 2023"), ("Poland", "Poland | 15 December 2022 | 15 December 2023"),
                 ("Luxembourg", "Luxembourg | 17 June 2023 | 17 June 2024"), ("Slovenia", "Slovenia | 13 October 2023 | 13 October 2024"),
                 ("Portugal", "Portugal | 2 February 2024 | 2 February 2025"), ("Spain", "Spain | 16 April 2024 | 17 April 2025"),
                 ("United Kingdom", "United Kingdom | 26 April 2024 | 27 April 2025"), ("Netherlands", "Netherlands | 28 June 2024 | 28 June 2025"),
                 ("European Union", "European Union | 27 June 2024 | 28 June 2025"), ("Euratom", "Euratom | 27 June 2024 | 28 June 2025")]:
    # A withdrawal: negated party, undated. Portugal as depositary: nothing.
    R(d, actor, NOTBOUND, ECT, None, q, negated=True)
R(d, "Australia", "signed", ECT, "1994", "Australia, which had signed the Treaty in 1994")
R(d, "Australia", NOTRATIFIED, ECT, None, "but never ratified it", negated=True)
R(d, "Australia", "signed", ECT, None, "withdrew as a signatory in 2021", negated=True)
MECT = ("modernised ECT", ["modernised Energy Charter Treaty", "modernisation of the Energy Charter Treaty"])
R(d, ["Energy Charter Conference", "Conference"], ADOPTED, MECT, "2024-12-03", "On 3 December 2024 the Energy Charter Conference adopted the modernised ECT")
RL(d, ["Hungary", "Slovakia", "Cyprus"], PARTY, ECT, None, "Among EU member States, Hungary, Slovakia and Cyprus remain Contracting Parties")
RL(d, ["Japan", "Kazakhstan", "Türkiye", "Ukraine"], PARTY, ECT, None, "as do Japan, Kazakhstan, Türkiye and Ukraine outside the Union")
R(d, "European Union", "supported", MECT, "2024-12-03", "The European Union, whose withdrawal was then pending, abstained", negated=True)
TERM = ("Agreement for the termination of Bilateral Investment Treaties between the Member States of the European Union",
        ["termination agreement", "intra-EU BIT termination agreement"])
# "signed on 5 May 2020 by 23 member States": unnamed as a group.
RL(d, ["Austria", "Finland", "Sweden"], "signed", TERM, None, "Austria, Finland and Sweden did not sign it", negated=True)
# Ireland: no BIT to terminate, nothing.
SIXR = ["Denmark", "Slovakia", "Malta", "Cyprus", "Latvia", "Hungary"]
RL(d, SIXR, RATIFIED, TERM, None,
   "Denmark, Slovakia, Malta, Cyprus, Latvia and Hungary were among the first signatories to ratify the termination agreement")
# As "signatories", they are among the 23 that signed on 5 May 2020 (optional).
RL(d, SIXR, "signed", TERM, "2020-05-05",
   "Denmark, Slovakia, Malta, Cyprus, Latvia and Hungary were among the first signatories", required=False)
SIFA = ("EU–Angola Sustainable Investment Facilitation Agreement", ["SIFA", "EU-Angola SIFA", "Sustainable Investment Facilitation Agreement"])
RL(d, ["European Union", "Angola"], "signed", SIFA, "2023-11-17", "was signed by the EU and Angola in Luanda on 17 November 2023")
IFD = ("Investment Facilitation for Development (IFD) Agreement", ["IFD Agreement", "Investment Facilitation for Development Agreement"])
# Co-coordinators and "more than 120 members": nothing. Objecting to its incorporation: not supporting it (undated block).
RL(d, ["India", "South Africa", "Türkiye"], "supported", IFD, None,
   "India, South Africa and Türkiye objected to its incorporation into Annex 4 of the WTO Agreement", negated=True)

# ===================== 14 (Singapore Ministry of Law press release, Singapore Convention on Mediation in force, 12 September 2020) =====================
d = "14.txt"
D = "2020-09-12"
SCM = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
       ["Singapore Convention on Mediation", "Singapore Convention", "resolution 73/198"])
R(d, GA, ADOPTED, SCM, "2018-12-20", "The Convention was adopted by the United Nations General Assembly on 20 December 2018 in resolution 73/198")
R(d, ["UNCITRAL", "United Nations Commission on International Trade Law"], ADOPTED, SCM, "2018-06",
  "the United Nations Commission on International Trade Law (UNCITRAL) finalised the text at its 51st session in June 2018", required=False)
SIG46 = ["China", "India", "Republic of Korea", "United States", "Saudi Arabia", "Malaysia", "Philippines", "Israel", "Türkiye", "Ukraine",
         "Kazakhstan", "Qatar", "Fiji", "Belarus", "Serbia", "Sri Lanka", "Uruguay", "Chile", "Colombia", "Nigeria", "Singapore"]
# "46 States signed it, including ...": the named ones.
RL(d, SIG46, "signed", SCM, "2019-08-07",
   "It was opened for signature at a ceremony in Singapore on 7 August 2019, when 46 States signed it, including China, India, the Republic of Korea, the United States of America, Saudi Arabia, Malaysia, the Philippines, Israel, Turkey, Ukraine, Kazakhstan, Qatar, Fiji, Belarus, Serbia, Sri Lanka, Uruguay, Chile, Colombia, Nigeria and Singapore itself.")
RL(d, ["Singapore", "Fiji"], RATIFIED, SCM, "2020-02-25",
   "Singapore and Fiji were the first to ratify, depositing their instruments of ratification with the Secretary-General of the United Nations in New York on 25 February 2020.")
R(d, "Qatar", RATIFIED, SCM, "2020-03-12", "Qatar's ratification on 12 March 2020 was the third")
R(d, "Saudi Arabia", RATIFIED, SCM, "2020-05-05", "Saudi Arabia ratified on 5 May 2020")
R(d, "Belarus", RATIFIED, SCM, "2020-07-15", "and Belarus on 15 July 2020")
R(d, "Ecuador", "signed", SCM, "2019-09", "Ecuador, which signed the Convention in September 2019",
  alt=["Ecuador, Gabon, Guinea-Bissau and Rwanda have added their signatures"])
R(d, "Ecuador", RATIFIED, SCM, "2020-09-09", "deposited its instrument of ratification on 9 September 2020")
# "more than 50 signatories and six Parties": counts.
RL(d, ["Gabon", "Guinea-Bissau", "Rwanda"], "signed", SCM, None, "Ecuador, Gabon, Guinea-Bissau and Rwanda have added their signatures")
R(d, "Armenia", "signed", SCM, "2019-09", "as has Armenia, which signed in New York in September 2019")
R(d, ALT["Singapore"] + ["K Shanmugam", "Minister for Law"], "called-for", SCM, D,
  "I urge all countries that have signed it to ratify it quickly, and those that have not yet signed to consider doing so.")
RL(d, ["United States", "China"], NOTRATIFIED, SCM, None, "Two of the largest signatories, the United States and China, have not yet ratified the Convention.", negated=True)
R(d, "European Union", "signed", SCM, None, "Neither the European Union nor the United Kingdom has signed it", negated=True)
R(d, "United Kingdom", "signed", SCM, None, "Neither the European Union nor the United Kingdom has signed it", negated=True,
  alt=["the UK Government has said that it is considering signature"])
# The Model Law (domestic adoption), the Singapore Convention on Mediation Act 2020 (domestic) and the webinar: nothing.

# ===================== 15.html (Japan MOFA, press-release archive page, January 2024) =====================
d = "15.html"
EPAP = ("Protocol Amending the Agreement between Japan and the European Union for an Economic Partnership",
        ["Japan-EU EPA amending Protocol", "Protocol amending the Japan-EU EPA", "data flows Protocol"])
RL(d, ["Japan", "European Union"], "signed", EPAP, "2024-01-31",
   "signed the Protocol Amending the Agreement between Japan and the European Union for an Economic Partnership, which introduces provisions on the free flow of data across borders")
R(d, "Japan", NOTRATIFIED, EPAP, None, "The Government of Japan will submit it to the Diet for approval.", negated=True,
  alt=["The Protocol will enter into force after both sides complete their internal procedures."])
R(d, "European Union", NOTRATIFIED, EPAP, None, "The Protocol will enter into force after both sides complete their internal procedures.", negated=True)
JGR = ("Convention between Japan and the Hellenic Republic for the Elimination of Double Taxation with respect to Taxes on Income and the Prevention of Tax Evasion and Avoidance",
       ["Japan-Greece tax convention", "Convention between Japan and the Hellenic Republic for the Elimination of Double Taxation"])
RL(d, ["Japan", "Greece"], "signed", JGR, "2024-01-26",
   "signed the Convention between Japan and the Hellenic Republic for the Elimination of Double Taxation with respect to Taxes on Income and the Prevention of Tax Evasion and Avoidance")
CTC = ("Convention on International Interests in Mobile Equipment", ["Cape Town Convention"])
CTA = ("Protocol to the Convention on International Interests in Mobile Equipment on Matters Specific to Aircraft Equipment", ["Aircraft Protocol", "Cape Town Aircraft Protocol"])
R(d, "Japan", ACCEDED, CTC, "2024-01-24",
  "the Government of Japan deposited with UNIDROIT, the depositary, its instrument of accession to the Convention on International Interests in Mobile Equipment")
R(d, "Japan", ACCEDED, CTA, "2024-01-24",
  "to the Protocol to the Convention on International Interests in Mobile Equipment on Matters Specific to Aircraft Equipment")
# Entry into force for Japan on May 1, 2024: nothing.
JAI = ("Agreement between Japan and the Republic of Angola for the Reciprocal Promotion and Protection of Investment",
       ["Japan-Angola Investment Agreement", "Japan-Angola investment agreement"])
RL(d, ["Japan", "Angola"], ACCEPTED, JAI, "2024-01-19",
   "exchanged diplomatic notes informing each other that the internal procedures necessary for the entry into force of the Agreement between Japan and the Republic of Angola for the Reciprocal Promotion and Protection of Investment have been completed")
RL(d, ["Japan", "Angola"], "signed", JAI, "2023-08-14", "The Agreement, which was signed in Luanda on August 14, 2023")
PHEN = ("Exchange of Notes concerning grant aid for the Economic and Social Development Programme",
        ["grant aid for the Economic and Social Development Programme", "Exchange of Notes concerning Grant Aid to the Republic of the Philippines"])
RL(d, ["Japan", "Philippines"], EN, PHEN, "2024-01-16",
   "exchanged notes concerning grant aid of up to 2.5 billion yen for the Economic and Social Development Programme")
JUZ = ("Agreement between Japan and the Republic of Uzbekistan on Social Security", ["Japan-Uzbekistan Social Security Agreement"])
RL(d, ["Japan", "Uzbekistan"], "signed", JUZ, None,
   "The two Ministers confirmed that they would work toward the early signing of the Agreement between Japan and the Republic of Uzbekistan on Social Security.",
   negated=True)
# Support for Uzbekistan's WTO accession: a process, nothing.

# ===================== 16 (Manila business daily, RCEP in force for the Philippines, Friday 2 June 2023) =====================
d = "16.txt"
R(d, "Philippines", RATIFIED, RCEP, "2023-04-03",
  "The Philippines deposited its instrument of ratification with the Secretary-General of the Association of Southeast Asian Nations (ASEAN), the agreement's depositary, in Jakarta on April 3.",
  alt=["President Ferdinand Marcos Jr. signed the instrument of ratification in March."])
# The Senate's concurrence and its 20-1-1 vote are domestic; entry into force "on Friday": nothing.
RCEP15 = ["Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam",
          "Australia", "China", "Japan", "New Zealand", "Republic of Korea"]
RL(d, RCEP15, "signed", RCEP, "2020-11-15",
   "RCEP was signed virtually on November 15, 2020, at the end of the 37th ASEAN Summit hosted by Viet Nam, by the ten ASEAN member states — Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam — and their five free trade partners: Australia, China, Japan, New Zealand and the Republic of Korea.")
R(d, "Singapore", RATIFIED, RCEP, "2021-04", "Singapore was the first signatory to ratify the agreement, in April 2021")
RL(d, ["China", "Japan"], RATIFIED, RCEP, None, "followed by China and Japan")
# Entry into force for ten signatories, South Korea, Malaysia and Indonesia: nothing.
R(d, "India", "signed", RCEP, None, "pulled out in November 2019 and did not sign", negated=True)
R(d, "India", NOTBOUND, RCEP, None, "New Delhi has shown no interest in rejoining", negated=True, required=False)
R(d, "Sri Lanka", JOINED, RCEP, None, "Colombo hopes to accede to the agreement before the end of 2024", negated=True,
  alt=["Sri Lanka formally applied to join RCEP in June 2022"])
# Hong Kong is not a State; Chile's application is a planned accession (optional). Accession procedures: nothing.
R(d, "Chile", JOINED, RCEP, None, "Hong Kong and Chile have also applied.", negated=True, required=False)
PHKR = ("free trade agreement with South Korea", ["Philippines-Korea free trade agreement", "Philippines-Republic of Korea FTA"])
R(d, "Philippines", "signed", PHKR, None, "the Philippines would also seek to sign a free trade agreement with South Korea", negated=True,
  alt=["Both sides have said they intend to sign the agreement"])
R(d, "Republic of Korea", "signed", PHKR, None, "Both sides have said they intend to sign the agreement", negated=True)
# The EU talks, the UAE, the EFTA FTA and the Japan EPA in force: nothing.


gold.finish(MIN_CHARS, MAX_CHARS)
