#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as the other probes' build_gold.py scripts; the record helpers and the checks are imported
from corpus/tools/gold.py (not copied). Three documents are Markdown (05, 12, 16) and three are saved HTML pages (03, 07, 11);
gold.py's Gold.finish() checks their quotes against the file as written (white space folded), so no quote of theirs spans
HTML mark-up, Markdown emphasis or an HTML entity.

Theme: space, telecommunications, aviation and the digital domain: the UN outer space treaties, the Artemis Accords and
lunar arrangements, ITU instruments (Constitution and Convention amendments, the 2012 ITRs, WRC Final Acts), ICAO air law
(Montreal Convention 1999, Beijing Convention and Protocol 2010, Montreal Protocol 2014, the 2016 Chicago Convention
amending protocols), the Budapest Convention on cybercrime and its two additional protocols, the UN Convention against
Cybercrime, Convention 108 and 108+, and political texts of the digital domain (Pall Mall Process, Paris Call), as told
in live blogs, press-briefing and hearing transcripts, parliamentary answers, agency news, saved web pages and trackers
(2024-2025).

Conventions of this corpus (on top of the READMEs' rules):
- A vote in favour or joining a consensus is `supported`; a vote against, an abstention, a veto or not taking part is
  `supported` negated and keeps the vote's date. A body's adoption of a text is that body's `adopted`; a failed draft is
  the body's `adopted` negated without a date.
- Signing the Artemis Accords or another set of non-binding principles is `signed` or `endorsed` (SIGNED_ACC); joining
  or endorsing a declaration, call or code of practice is `endorsed`.
- "Became a Party", "has been a Party since", "is bound by" are `party` (the PARTY list also accepts ratified/acceded);
  "deposited its instrument of ratification/accession/approval/acceptance" follows the instrument's word.
- Calls on others to sign, ratify, accede or join are the caller's `called-for`, dated by the dated statement that makes
  them; addressees get no record.
- Negated, planned, hedged and conditional acts (has yet to, not party, will sign, expects to ratify, intends to, will
  follow suit, is considering, withdrawal, notified withdrawal) are negated records without a date; "signed but not
  ratified" gives a signature and a negated ratification.
- Nothing for: depositaries (the Secretary-General, ICAO, the ITU Secretary-General), hosts and venues, entry into force,
  counts of unnamed States, membership of bodies (COPUOS, the ICAO Council, the ITU Council), elections, domestic steps
  (bills, parliamentary approval, cabinet decisions, Council authorisations), implementation, negotiation roles, support
  for an institution or process, welcoming or congratulating another actor's act.
- Relative dates ("today", "yesterday", "last month", "on Tuesday", "last year") resolve against the document's date;
  months without a year take the document's year unless the text says otherwise.
"""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500

# Signing non-binding principles (the Artemis Accords, a code of practice): signed or endorsed.
SIGNED_ACC = ["signed", "endorsed"]
# A body's collective endorsement of a text: endorsed or adopted.
EA = ["endorsed", "adopted"]

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "European Union", "Russian Federation", "Democratic People's Republic of Korea",
          "Republic of Korea", "Iran", "Viet Nam", "Syria", "Türkiye", "Czechia", "Venezuela", "Côte d'Ivoire", "Netherlands",
          "Republic of Moldova", "Philippines", "United Arab Emirates", "Bahamas", "Kyrgyzstan", "Tajikistan", "Uzbekistan",
          "Kazakhstan", "Micronesia", "Fiji", "Kenya", "United Republic of Tanzania", "Bolivia", "Lao PDR", "Cabo Verde",
          "Gambia", "Democratic Republic of the Congo", "Congo", "Brunei Darussalam", "Cambodia", "Thailand", "Samoa", "Timor-Leste",
          "Germany", "Ghana", "Mexico", "Colombia", "China", "Egypt", "Saudi Arabia", "Chile", "Rwanda", "Uganda",
          "Bangladesh", "Papua New Guinea", "Togo", "Ecuador", "Costa Rica", "Paraguay", "Equatorial Guinea"),
    "Japan": ["Japan"],
    "Brazil": ["Brazil", "Federative Republic of Brazil"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "Tunisia": ["Tunisia", "Republic of Tunisia"],
    "Switzerland": ["Switzerland", "Swiss Confederation"],
    "Norway": ["Norway", "Kingdom of Norway"],
    "Singapore": ["Singapore", "Republic of Singapore"],
    "Malaysia": ["Malaysia"],
    "Ireland": ["Ireland"],
    "Canada": ["Canada"],
    "India": ["India", "Republic of India"],
    "Australia": ["Australia", "Commonwealth of Australia"],
    "New Zealand": ["New Zealand"],
    "France": ["France", "French Republic"],
    "Italy": ["Italy", "Italian Republic"],
    "Spain": ["Spain", "Kingdom of Spain"],
    "Portugal": ["Portugal", "Portuguese Republic"],
    "Austria": ["Austria", "Republic of Austria"],
    "Belgium": ["Belgium", "Kingdom of Belgium"],
    "Luxembourg": ["Luxembourg", "Grand Duchy of Luxembourg"],
    "Argentina": ["Argentina", "Argentine Republic"],
    "Israel": ["Israel", "State of Israel"],
    "Ukraine": ["Ukraine"],
    "Poland": ["Poland", "Republic of Poland"],
    "Sri Lanka": ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Nicaragua": ["Nicaragua", "Republic of Nicaragua"],
    "Cuba": ["Cuba", "Republic of Cuba"],
    "Algeria": ["Algeria", "People's Democratic Republic of Algeria"],
    "Ethiopia": ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    "Angola": ["Angola", "Republic of Angola"],
    "Mozambique": ["Mozambique", "Republic of Mozambique"],
    "Zambia": ["Zambia", "Republic of Zambia"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Cameroon": ["Cameroon", "Republic of Cameroon"],
    "Mauritius": ["Mauritius", "Republic of Mauritius"],
    "Peru": ["Peru", "Republic of Peru"],
    "Uruguay": ["Uruguay", "Oriental Republic of Uruguay"],
    "Panama": ["Panama", "Republic of Panama"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Hungary": ["Hungary"],
    "Romania": ["Romania"],
    "Bulgaria": ["Bulgaria", "Republic of Bulgaria"],
    "Estonia": ["Estonia", "Republic of Estonia"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Lithuania": ["Lithuania", "Republic of Lithuania"],
    "Finland": ["Finland", "Republic of Finland"],
    "Sweden": ["Sweden", "Kingdom of Sweden"],
    "Denmark": ["Denmark", "Kingdom of Denmark"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Croatia": ["Croatia", "Republic of Croatia"],
    "Cyprus": ["Cyprus", "Republic of Cyprus"],
    "Malta": ["Malta", "Republic of Malta"],
    "Iceland": ["Iceland"],
    "Serbia": ["Serbia", "Republic of Serbia"],
    "Georgia": ["Georgia"],
    "Armenia": ["Armenia", "Republic of Armenia"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "Qatar": ["Qatar", "State of Qatar"],
    "Bahrain": ["Bahrain", "Kingdom of Bahrain"],
    "Oman": ["Oman", "Sultanate of Oman"],
    "Jordan": ["Jordan", "Hashemite Kingdom of Jordan"],
    "Kuwait": ["Kuwait", "State of Kuwait"],
    "Mongolia": ["Mongolia"],
    "Nepal": ["Nepal"],
    "Botswana": ["Botswana", "Republic of Botswana"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
    "Benin": ["Benin", "Republic of Benin"],
    "Burkina Faso": ["Burkina Faso"],
    "Mali": ["Mali", "Republic of Mali"],
    "Niger": ["Niger", "Republic of the Niger"],
    "Gabon": ["Gabon", "Gabonese Republic"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Liberia": ["Liberia", "Republic of Liberia"],
    "Seychelles": ["Seychelles", "Republic of Seychelles"],
    "Madagascar": ["Madagascar", "Republic of Madagascar"],
    "Tonga": ["Tonga", "Kingdom of Tonga"],
    "Vanuatu": ["Vanuatu", "Republic of Vanuatu"],
}

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for
SG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Antonio Guterres"]
FC = ["First Committee", "UN General Assembly First Committee", "First Committee of the General Assembly"]
COM = ["Council of Europe Committee of Ministers", "Committee of Ministers", "Committee of Ministers of the Council of Europe", "Council of Europe"]
ICAO_A = ["ICAO Assembly", "Assembly of the International Civil Aviation Organization", "Assembly", "ICAO"]

UNCC = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "Convention against Cybercrime",
        "UN Cybercrime Convention", "Hanoi Convention"])
BUD = ("Convention on Cybercrime", ["Budapest Convention", "Council of Europe Convention on Cybercrime", "ETS No. 185"])
BUD1 = ("Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems",
        ["First Additional Protocol", "First Additional Protocol to the Budapest Convention", "ETS No. 189", "Additional Protocol on xenophobia and racism"])
BUD2 = ("Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence",
        ["Second Additional Protocol", "Second Additional Protocol to the Budapest Convention", "CETS No. 224", "Second Protocol"])
R74247 = ("resolution 74/247", ["General Assembly resolution 74/247", "Countering the use of information and communications technologies for criminal purposes"])
C108 = ("Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
        ["Convention 108", "ETS No. 108", "data protection convention"])
P223 = ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
        ["Convention 108+", "CETS No. 223", "amending Protocol", "Protocol amending Convention 108", "modernised Convention 108"])
OST = ("Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies",
       ["Outer Space Treaty", "1967 Outer Space Treaty"])
RESCUE = ("Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space",
          ["Rescue Agreement", "Return and Rescue Agreement"])
LIAB = ("Convention on International Liability for Damage Caused by Space Objects", ["Liability Convention"])
REG = ("Convention on Registration of Objects Launched into Outer Space", ["Registration Convention"])
MOON = ("Agreement Governing the Activities of States on the Moon and Other Celestial Bodies", ["Moon Agreement", "Moon Treaty"])
ARTEMIS = ("Artemis Accords", ["Artemis Accords principles"])
MC99 = ("Convention for the Unification of Certain Rules for International Carriage by Air", ["Montreal Convention", "Montreal Convention of 1999", "MC99", "1999 Montreal Convention"])
BEIJ = ("Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation", ["Beijing Convention", "Beijing Convention of 2010", "2010 Beijing Convention"])
BEIJP = ("Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft", ["Beijing Protocol", "Beijing Protocol of 2010", "2010 Beijing Protocol"])
MP14 = ("Protocol to Amend the Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Montreal Protocol 2014", "Montreal Protocol of 2014", "MP14", "2014 Montreal Protocol"])
TOKYO = ("Convention on Offences and Certain Other Acts Committed on Board Aircraft", ["Tokyo Convention", "Tokyo Convention of 1963"])
CHICAGO = ("Convention on International Civil Aviation", ["Chicago Convention"])
P50A = ("Protocol relating to an amendment to Article 50(a) of the Convention on International Civil Aviation",
        ["Article 50(a) amendment", "2016 Protocol on Article 50(a)", "Article 50 (a) Protocol", "Protocol on Article 50(a)"])
P56 = ("Protocol relating to an amendment to Article 56 of the Convention on International Civil Aviation",
       ["Article 56 amendment", "2016 Protocol on Article 56", "Article 56 Protocol", "Protocol on Article 56"])
P83B = ("Protocol relating to an amendment to the Convention on International Civil Aviation (Article 83 bis)", ["Article 83 bis", "Article 83 bis Protocol"])
P3B = ("Protocol relating to an amendment to the Convention on International Civil Aviation (Article 3 bis)", ["Article 3 bis", "Article 3 bis Protocol"])


# ===================== 01 (live blog, Hanoi signing ceremony for the UN Convention against Cybercrime, Saturday 25 October 2025) =====================
d = "01.txt"
D = "2025-10-25"
# "on 24 December last year" against 25 October 2025. The Ad Hoc Committee's approval of the draft in August 2024.
R(d, GA, ADOPTED, UNCC, "2024-12-24", "The General Assembly adopted the text without a vote on 24 December last year")
R(d, ["Ad Hoc Committee", "Ad Hoc Committee on Cybercrime"], ADOPTED, UNCC, "2024-08",
  "the Ad Hoc Committee had approved the draft at its concluding session in August 2024")
# Viet Nam as host, the Secretary-General as depositary, entry into force: nothing.
R(d, GA, ADOPTED, R74247, "2019-12", "General Assembly resolution 74/247, adopted in December 2019 by a recorded vote of 79 to 60, with 33 abstentions")
R(d, "Viet Nam", "signed", UNCC, D, "President Luong Cuong signed for Viet Nam at 09:17")
R(d, SG, "called-for", UNCC, D, "I urge all Member States to sign and ratify this Convention")
RL(d, ["China", "Russian Federation", "Brazil", "South Africa", "Indonesia", "Egypt"], "signed", UNCC, D,
   "In the past half-hour the Convention has been signed by China, the Russian Federation, Brazil, South Africa, Indonesia and Egypt")
R(d, "European Union", "signed", UNCC, D, "The European Union has just signed.")
# The Council's authorisation of signature: an internal EU step, nothing.
RL(d, ["France", "Germany", "Italy", "Spain", "Portugal", "Austria", "Belgium"], "signed", UNCC, D,
   "Seven EU member States signed alongside: France, Germany, Italy, Spain, Portugal, Austria and Belgium.")
R(d, "United States", "signed", UNCC, None, "will not sign in Hanoi", negated=True,
  alt=["Washington \"has not taken a decision on signature\""])
# "in December": the consensus of December 2024 recalled above.
R(d, "United States", "supported", UNCC, "2024-12", "The United States did join the consensus in December.")
R(d, "United Kingdom", "signed", UNCC, D, "The United Kingdom has signed, represented by its Ambassador to Viet Nam.")
R(d, "United Kingdom", NOTRATIFIED, UNCC, None, "ratification \"will follow once the necessary legislation is in place\"", negated=True)
R(d, "Brazil", PARTY, BUD, "2022-12", "Brazil became a Party to the Budapest Convention in December 2022")
R(d, "South Africa", "signed", BUD, "2001", "South Africa signed it in 2001")
R(d, "South Africa", NOTRATIFIED, BUD, None, "South Africa signed it in 2001 and has yet to ratify it", negated=True)
RL(d, ["Viet Nam", "Indonesia"], NOTBOUND, BUD, None, "Neither Viet Nam nor Indonesia is a party to the Budapest Convention.", negated=True)
R(d, "Ghana", ACCEDED, BUD, "2018", "Ghana's accession to it in 2018")
# "38 States have signed so far": unnamed.
RL(d, ["Nigeria", "Kenya", "Ghana", "Senegal", "Côte d'Ivoire", "Morocco", "Tunisia"], "signed", UNCC, D,
   "Nigeria, Kenya, Ghana, Senegal, Cote d'Ivoire, Morocco and Tunisia all signed within twenty minutes")
R(d, "Kenya", NOTRATIFIED, UNCC, None, "Nairobi expects to ratify \"within the next twelve months\"", negated=True)
R(d, "Canada", "signed", UNCC, None, "Canada is not signing today.", negated=True,
  alt=["Canada \"will decide on signature after consultations with provinces, territories and Indigenous partners\""])
RL(d, ["Switzerland", "Norway"], "signed", UNCC, None, "Neither signed today", negated=True)
R(d, "Japan", "signed", UNCC, D, "Japan signs.")
R(d, "Japan", RATIFIED, BUD, "2012", "Japan, which ratified the Budapest Convention in 2012")
# The rights groups' statement: unnamed, and not a call to join.
RL(d, ["Philippines", "Thailand", "Malaysia", "Singapore", "Cambodia"], "signed", UNCC, D,
   "the Philippines, Thailand, Malaysia, Singapore and Cambodia have all signed")
R(d, "Singapore", NOTRATIFIED, UNCC, None, "ratification would follow \"in due course, once our domestic review is complete\"", negated=True)
# The corrected entry: Ireland did not sign.
R(d, "Ireland", "signed", UNCC, None, "Ireland did not sign today", negated=True, alt=["it intends to sign \"in the coming weeks\""])
# "65 States and the European Union signed today": the EU is recorded above; the States are unnamed.
R(d, "Viet Nam", NOTRATIFIED, UNCC, None, "the National Assembly will be asked to ratify the Convention early next year", negated=True)

# ===================== 02 (Hansard, House of Lords oral question, Thursday 13 March 2025; FCDO written answer UIN 35512, 17 March 2025) =====================
d = "02.txt"
D = "2025-03-13"
R7536 = ("resolution 75/36", ["General Assembly resolution 75/36", "Reducing space threats through norms, rules and principles of responsible behaviours"])
R7741 = ("resolution 77/41", ["General Assembly resolution 77/41", "Destructive direct-ascent anti-satellite missile testing"])
R7921 = ("resolution 79/21", ["draft resolution A/C.1/79/L.51", "A/C.1/79/L.51", "No first placement of weapons in outer space"])
RST24 = ("First Committee resolution on reducing space threats through norms, rules and principles of responsible behaviours",
         ["resolution on reducing space threats through norms, rules and principles of responsible behaviours"])
PPWT = ("draft Treaty on the Prevention of the Placement of Weapons in Outer Space", ["PPWT", "Treaty on the Prevention of the Placement of Weapons in Outer Space"])
# The Minister speaks for the UK ("we").
R(d, "United Kingdom", RATIFIED, OST, "1967-10", "the Outer Space Treaty, which we ratified in October 1967")
Q2 = ("the United Kingdom is a party to four of the five United Nations treaties on outer space: the Outer Space Treaty, which we ratified in "
      "October 1967, the Rescue Agreement, the Liability Convention and the Registration Convention")
for inst in (RESCUE, LIAB, REG):
    R(d, "United Kingdom", PARTY, inst, None, Q2)
R(d, "United Kingdom", NOTBOUND, MOON, None, "We are not a party to the Moon Agreement", negated=True,
  alt=["we have no plans to accede to it"])
# A withdrawal: negated, no date on a negated binding record.
R(d, "Saudi Arabia", NOTBOUND, MOON, None, "Saudi Arabia withdrew from it with effect from January 2024", negated=True)
# "reported to be reviewing its position": not a withdrawal; the party status stands.
R(d, "Australia", PARTY, MOON, "1986", "Australia, a party since 1986")
R(d, "United Kingdom", SIGNED_ACC, ARTEMIS, "2020-10", "The UK was among the eight founding signatories of the Artemis Accords in October 2020")
# "more than 50 nations have now joined them": unnamed.
RL(d, ["China", "Russian Federation"], SIGNED_ACC, ARTEMIS, None, "neither China nor Russia has signed the Artemis Accords", negated=True)
# "agreements on an International Lunar Research Station" with Pakistan, Azerbaijan and Belarus: no named instrument.
R(d, GA, ADOPTED, R7536, "2020-12", "The General Assembly adopted resolution 75/36 on reducing space threats, which the UK tabled, in December 2020.")
R(d, "United Kingdom", "co-sponsored", R7536, None, "resolution 75/36 on reducing space threats, which the UK tabled")
# The pledge not to conduct DA-ASAT tests is a unilateral undertaking, not an instrument.
R(d, "United Kingdom", "supported", R7741, "2022-12", "we voted for General Assembly resolution 77/41 in December that year")
RL(d, ["Luxembourg", "United Arab Emirates"], SIGNED_ACC, ARTEMIS, None, "Luxembourg and the United Arab Emirates, both signatories of the Accords")
# National space resources laws and the Space Industry Act 2018: domestic. The Liability Convention "invoked formally only once": nothing.
# Written answer of 17 March 2025: the vote in Committee and the Assembly's vote on the same text are one tuple (first quote, Committee date).
R(d, "United Kingdom", "supported", R7921, "2024-11-04",
  "The UK voted against draft resolution A/C.1/79/L.51, \"No first placement of weapons in outer space\", in the First Committee on 4 November 2024",
  negated=True, alt=["and again when the General Assembly adopted it as resolution 79/21 on 2 December 2024"])
R(d, GA, ADOPTED, R7921, "2024-12-02", "the General Assembly adopted it as resolution 79/21 on 2 December 2024")
RL(d, ["United States", "France", "Ukraine", "Israel", "Georgia"], "supported", R7921, "2024-11-04",
   "Partners who voted against with us in the First Committee included the United States, France, Ukraine, Israel and Georgia.", negated=True)
RL(d, ["Russian Federation", "Belarus", "Cuba", "Nicaragua", "Democratic People's Republic of Korea"], "co-sponsored", R7921, None,
   "The draft was tabled by the Russian Federation with Belarus, Cuba, Nicaragua and the Democratic People's Republic of Korea.")
# A draft treaty of the Conference on Disarmament: "does not support" is a political position, and its authors "put it forward" (optional).
R(d, "United Kingdom", ["supported", "endorsed"], PPWT, None,
  "the UK does not support the draft Treaty on the Prevention of the Placement of Weapons in Outer Space", negated=True, required=False)
RL(d, ["Russian Federation", "China"], "co-sponsored", PPWT, None, "put forward by Russia and China", required=False)
R(d, "United Kingdom", "co-sponsored", RST24, None,
  "The UK co-sponsored the First Committee resolution on reducing space threats through norms, rules and principles of responsible behaviours")
R(d, FC, ADOPTED, RST24, "2024-11-04", "which the Committee approved on the same day")

# ===================== 03.html (Council of Europe newsroom page, Second Additional Protocol reaches five ratifications, Strasbourg, Thursday 20 November 2025) =====================
d = "03.html"
D = "2025-11-20"
R(d, "Portugal", RATIFIED, BUD2, D, "With the deposit today by Portugal of its instrument of ratification")
# "between 2023 and 2024": no single date. "in June" takes the document's year. Entry into force on 1 March 2026: nothing.
RL(d, ["Serbia", "Japan", "Chile"], RATIFIED, BUD2, None, "Portugal joins Serbia, Japan and Chile, which ratified between 2023 and 2024")
R(d, "Argentina", RATIFIED, BUD2, "2025-06", "Argentina, whose instrument was deposited in June")
# The Secretary General receiving the instrument (depositary) and the Octopus Conference (venue): nothing.
RL(d, ["Montenegro", "North Macedonia"], "signed", BUD2, D, "Montenegro and North Macedonia signed the Protocol")
R(d, "Costa Rica", ACCEDED, BUD1, D, "Costa Rica deposited its instrument of accession to the First Additional Protocol")
R(d, ["Council of Europe Deputy Secretary General", "Deputy Secretary General", "Bjørn Berge", "Council of Europe"], "called-for", BUD2, D,
  "I call on all Parties to the Budapest Convention that have not yet done so to ratify the Second Protocol without delay")
RL(d, ["Benin", "Cameroon", "Fiji"], ACCEDED, BUD, None, "Benin, Cameroon and Fiji have acceded to the Budapest Convention")
# The Committee of Ministers' approval of the request (an invitation to accede): nothing.
R(d, "Sierra Leone", ACCEDED, BUD, "2025-10-14", "Sierra Leone completed its accession with the deposit of its instrument on 14 October")
RL(d, ["Uganda", "Rwanda"], JOINED, BUD, None, "Uganda and Rwanda, invited to accede in 2024, have yet to deposit their instruments", negated=True)
R(d, "Ireland", "signed", BUD, "2002", "Ireland signed the Budapest Convention in 2002")
R(d, "Ireland", NOTRATIFIED, BUD, None, "is the only EU member State yet to ratify it", negated=True,
  alt=["the Government in Dublin expects to complete the process in 2026"])
# "22 States that signed ... in May 2022": unnamed, except the eight named as not having ratified, whose signatures the sentence states.
EIGHT = ["Austria", "Belgium", "Finland", "Iceland", "Italy", "Luxembourg", "Netherlands", "Sweden"]
Q3 = ("Of the 22 States that signed the Second Protocol on the day it opened for signature in May 2022, Austria, Belgium, Finland, Iceland, "
      "Italy, Luxembourg, the Netherlands and Sweden have not yet ratified it.")
RL(d, EIGHT, "signed", BUD2, "2022-05", Q3)
RL(d, EIGHT, NOTRATIFIED, BUD2, None, Q3, negated=True)
R(d, "European Union", NOTBOUND, BUD, None, "The European Union is not a Party to the Budapest Convention.", negated=True)
# The Council of the EU's authorisation to ratify "in the interest of the Union": an internal step, nothing.
# "On Wednesday" against Thursday 20 November 2025.
R(d, "Liechtenstein", RATIFIED, P223, "2025-11-19",
  "Liechtenstein deposited its instrument of ratification of the Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (CETS No. 223)")
R(d, "Morocco", "signed", P223, "2025-11-19", "and Morocco signed it")
# Funding of the conference by the EU, Japan and the United States: nothing.

# ===================== 04 (ICAO news release PIO 27/25, treaty event at the 42nd Assembly, Montreal, Thursday 2 October 2025) =====================
d = "04.txt"
D = "2025-10-02"
LEGAL = ("consolidated statement of continuing ICAO policies in the legal field", ["Assembly resolution on continuing ICAO policies in the legal field"])
ICAO_SG = ["ICAO Secretary General", "Secretary General of ICAO", "Juan Carlos Salazar", "ICAO"]
# "33 treaty actions": unnamed. ICAO's Legal Bureau as depositary and the treaty desk: nothing.
Q4 = "I encourage all States that have not yet done so to join the Beijing Convention, the Beijing Protocol and the Montreal Protocol of 2014."
for inst in (BEIJ, BEIJP, MP14):
    R(d, ICAO_SG, "called-for", inst, D, Q4)
# Deposits during the Assembly, not dated by the text.
RL(d, ["Brazil", "India", "Kenya", "Poland"], RATIFIED, MP14, None, "Instruments of ratification were deposited by Brazil, India, Kenya and Poland")
RL(d, ["Tonga", "Vanuatu"], ACCEDED, MP14, None, "Tonga and Vanuatu acceded")
R(d, "Australia", "signed", MP14, "2014", "Australia, which signed the Protocol in 2014")
R(d, "Australia", NOTRATIFIED, MP14, None, "it would follow suit early next year", negated=True)
R(d, "United States", NOTBOUND, MP14, None, "The United States, for its part, said it has no plans at present to become a party.", negated=True)
# "On Monday" against Thursday 2 October 2025: 29 September 2025.
R(d, "Canada", RATIFIED, BEIJ, "2025-09-29", "On Monday Canada deposited instruments of ratification of both the Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation (Beijing Convention)")
R(d, "Canada", RATIFIED, BEIJP, "2025-09-29", "On Monday Canada deposited instruments of ratification of both the Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation (Beijing Convention) and the Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft (Beijing Protocol)")
R(d, "Philippines", ACCEDED, BEIJ, "2025-09-29", "The Philippines acceded to the Beijing Convention the same day")
R(d, "Philippines", ACCEDED, BEIJP, None, "its accession to the Beijing Protocol is expected before the end of the year", negated=True)
RL(d, ["Nigeria"], "signed", BEIJ, None, "Nigeria signed both instruments")
RL(d, ["Nigeria"], "signed", BEIJP, None, "Nigeria signed both instruments")
R(d, "Sri Lanka", NOTRATIFIED, BEIJ, None, "ratification of the Beijing Convention was \"under active consideration\" in Colombo", negated=True)
# "bringing the total to 142": a count, nothing. Zimbabwe's "accession" is the same event as its becoming a party.
RL(d, ["Angola", "Mozambique"], PARTY, MC99, None, "Angola, Mozambique and Zimbabwe became parties to the Convention for the Unification of Certain Rules for International Carriage by Air")
R(d, "Zimbabwe", PARTY, MC99, None, "Angola, Mozambique and Zimbabwe became parties to the Convention for the Unification of Certain Rules for International Carriage by Air",
  alt=["Zimbabwe's accession, deposited on the opening day of the Assembly"])
# The African Civil Aviation Commission's support, the co-hosted side event: nothing.
R(d, "United States", RATIFIED, MC99, "2003", "The United States, which ratified the Montreal Convention in 2003")
R(d, "Indonesia", ACCEDED, MC99, "2017", "Indonesia, whose accession dates from 2017")
Q4B = ("Indonesia, Malaysia and Qatar deposited instruments of ratification of the two 2016 Protocols amending the Convention on International Civil Aviation")
for inst in (P50A, P56):
    RL(d, ["Indonesia", "Malaysia", "Qatar"], RATIFIED, inst, None, Q4B)
R(d, "Egypt", RATIFIED, P56, None, "Egypt ratified only the Article 56 Protocol")
# Parliamentary approval is a domestic step; the ratification is still pending.
R(d, "Egypt", NOTRATIFIED, P50A, None, "its ratification of the Article 50(a) Protocol awaits parliamentary approval", negated=True)
# "On Tuesday": 30 September 2025. The Assembly's calls are made in the text it adopted that day.
R(d, ICAO_A, ADOPTED, LEGAL, "2025-09-30", "On Tuesday the Assembly adopted the consolidated statement of continuing ICAO policies in the legal field")
R(d, ICAO_A, "called-for", P50A, "2025-09-30", "it urges all States to ratify the Article 50(a) and Article 56 Protocols")
R(d, ICAO_A, "called-for", P56, "2025-09-30", "it urges all States to ratify the Article 50(a) and Article 56 Protocols")
R(d, ICAO_A, "called-for", MC99, "2025-09-30", "to become parties to the Montreal Convention of 1999")
# Council elections, Canada as host State, the Swiss-Austrian contribution to a programme: nothing.

# ===================== 05.md (Republic of Korea MFA regular press briefing, transcript, Thursday 6 November 2025) =====================
d = "05.md"
D = "2025-11-06"
ROK = "Republic of Korea"
DAASAT = ("resolution on destructive direct-ascent anti-satellite missile testing", ["Destructive direct-ascent anti-satellite missile testing", "DA-ASAT resolution"])
NFP = ("draft resolution \"No first placement of weapons in outer space\"", ["No first placement of weapons in outer space"])
ITU22 = ("instruments amending the Constitution and the Convention of the International Telecommunication Union (Bucharest, 2022)",
         ["Bucharest amendments", "ITU Constitution and Convention amendments", "Final Acts of the Plenipotentiary Conference (Bucharest, 2022)",
          "Constitution and Convention of the International Telecommunication Union"])
# The spokesperson speaks for the Republic of Korea ("we", "our", "the Government").
R(d, ROK, ACCEDED, BUD, "2025-11-05",
  "the Government of the Republic of Korea yesterday deposited its instrument of accession to the Convention on Cybercrime, the Budapest Convention")
# Entry into force for Korea and the Committee of Ministers' invitation: nothing.
R(d, ROK, "signed", UNCC, "2025-10-25", "Korea signed the United Nations Convention against Cybercrime in Hanoi on 25 October")
R(d, ROK, "signed", BUD2, None, "The Government intends to sign the Second Additional Protocol once our accession to the Convention takes effect next year", negated=True)
# The Criminal Procedure Act amendments: domestic.
R(d, ROK, NOTRATIFIED, UNCC, None, "We plan to submit it during the first half of next year.", negated=True)
# "the first day" of the Hanoi ceremony is not dated by the text. "many of our partners": unnamed.
RL(d, ["Japan", "Australia"], "signed", UNCC, None, "Japan and Australia signed on the first day")
R(d, "United States", "signed", UNCC, None, "The United States did not sign", negated=True)
# A reporter's unconfirmed "reports", which the spokesperson declines to confirm (optional).
RL(d, ["Lao PDR", "Myanmar"], "signed", UNCC, None, "There are reports that neither Laos nor Myanmar signed.", negated=True, required=False)
# China's view of the Accords: no act. "Several Southeast Asian countries": unnamed.
R(d, ROK, SIGNED_ACC, ARTEMIS, "2021-05", "Korea signed the Artemis Accords in May 2021, as the tenth signatory")
# Welcoming Thailand's act gives Korea nothing; the signature is Thailand's. "last December" against November 2025.
R(d, "Thailand", SIGNED_ACC, ARTEMIS, "2024-12", "Thailand's signature last December")
R(d, "Viet Nam", SIGNED_ACC, ARTEMIS, None, "Viet Nam has not signed the Accords", negated=True)
# "On Monday" against Thursday 6 November 2025: 3 November 2025.
RL(d, ["Russian Federation", "China", "Democratic People's Republic of Korea"], "supported", DAASAT, "2025-11-03",
   "Russia, China and the DPRK voted against it.", negated=True)
R(d, ROK, "co-sponsored", DAASAT, None, "Korea co-sponsored that resolution again this year")
R(d, ROK, "supported", DAASAT, "2025-11-03", "Korea co-sponsored that resolution again this year and voted in favour")
R(d, FC, ADOPTED, DAASAT, "2025-11-03", "The Committee approved it by a large majority.")
R(d, ROK, "supported", NFP, "2025-11-03", "On the same day we voted against the draft \"No first placement of weapons in outer space\"", negated=True)
R(d, "Democratic People's Republic of Korea", ACCEDED, OST, "2009", "the DPRK acceded to the Outer Space Treaty and the Registration Convention in 2009")
R(d, "Democratic People's Republic of Korea", ACCEDED, REG, "2009", "the DPRK acceded to the Outer Space Treaty and the Registration Convention in 2009")
# Security Council resolutions 1718 (2006) and 2397 (2017) are cited for what they prohibit: nothing.
R(d, ROK, NOTBOUND, C108, None, "Korea is not a party to Convention 108.", negated=True)
R(d, ROK, RATIFIED, ITU22, "2025-07",
  "In July we deposited our instrument of ratification of the instruments amending the Constitution and the Convention of the International Telecommunication Union")
# Hosting the 2014 Plenipotentiary Conference (venue) and standing for the ITU Council (a body): nothing.

# ===================== 06 (Security Council meetings-coverage press release SC/15670, outer space draft vetoed, 24 April 2024) =====================
d = "06.txt"
D = "2024-04-24"
S302 = ("draft resolution S/2024/302", ["S/2024/302"])
S317 = ("draft resolution S/2024/317", ["S/2024/317"])
PPWT6 = ("draft Treaty on the Prevention of the Placement of Weapons in Outer Space", ["PPWT", "Treaty on the Prevention of the Placement of Weapons in Outer Space"])
# A draft that fails owing to a negative vote: the Council's adoption, negated (no date).
R(d, UNSC, ADOPTED, S302, None, "The Security Council today failed to adopt a draft resolution", negated=True)
RL(d, ["Japan", "United States"], "co-sponsored", S302, None, "The draft (document S/2024/302), prepared by Japan and the United States")
THIRTEEN6 = ["Algeria", "Ecuador", "France", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone", "Slovenia",
             "Switzerland", "United Kingdom", "United States"]
RL(d, THIRTEEN6, "supported", S302, D,
   "received 13 votes in favour (Algeria, Ecuador, France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Sierra Leone, Slovenia, Switzerland, United Kingdom, United States)")
R(d, "Russian Federation", "supported", S302, D, "to 1 against (Russian Federation)", negated=True, alt=["Russia's veto"])
R(d, "China", "supported", S302, D, "with 1 abstention (China)", negated=True, alt=["his delegation had abstained"])
# "more than 60 Member States": unnamed, except those listed.
COSP6 = ["Albania", "Australia", "Canada", "France", "Germany", "Italy", "Netherlands", "New Zealand", "Norway", "Philippines", "Poland",
         "Republic of Korea", "Slovenia", "Switzerland", "Ukraine", "United Kingdom"]
RL(d, COSP6, "co-sponsored", S302, None,
   "among them Albania, Australia, Canada, France, Germany, Italy, the Netherlands, New Zealand, Norway, the Philippines, Poland, the Republic of Korea, Slovenia, Switzerland, Ukraine and the United Kingdom")
# The Chinese-Russian amendment and the votes on it: an amendment is not an instrument; nothing.
# The failed draft's call on States to join the Treaty was never made (optional, negated).
R(d, UNSC, "called-for", OST, None,
  "The text would also have called upon Member States that have not yet done so to consider becoming parties to the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space",
  negated=True, required=False)
# The three depositary Governments: nothing.
R(d, "Japan", PARTY, OST, "1967", "his country, a party to the Outer Space Treaty since 1967")
R(d, "Japan", "called-for", OST, D, "Japan would continue to call on all States not yet bound by it to become parties to the Outer Space Treaty.")
R(d, "Russian Federation", PARTY, OST, None, "His country, a party to the Outer Space Treaty")
R(d, "Russian Federation", "co-sponsored", S317, None, "The Russian Federation had circulated its own draft, in document S/2024/317")
RL(d, ["China", "Russian Federation"], "co-sponsored", PPWT6, "2008",
   "China and the Russian Federation had jointly submitted the draft Treaty on the Prevention of the Placement of Weapons in Outer Space to the Conference on Disarmament in 2008")
# China "supported negotiations based on that text": a process, nothing.
R(d, "Republic of Korea", JOINED, OST, "1967", "his country, which joined the Outer Space Treaty in 1967")
# Algeria's vote for the amendment: nothing; Switzerland's part in the Assembly debate: nothing.

# ===================== 07.html (AfriAvia Today news page, Uganda joins the Montreal Convention of 1999, Kampala, Wednesday 12 March 2025) =====================
d = "07.html"
D = "2025-03-12"
WARSAW = ("Warsaw Convention of 1929", ["Warsaw Convention"])
SAATM = ("Solemn Commitment to the Single African Air Transport Market", ["Solemn Commitment to SAATM", "SAATM Solemn Commitment"])
AFCAC_SG = ["African Civil Aviation Commission", "AFCAC", "AFCAC Secretary General", "Adefunke Adeyemi"]
# "last week" against Wednesday 12 March 2025: early March 2025. "the 39th African State party" is the same event.
R(d, "Uganda", ACCEDED, MC99, "2025-03",
  "Uganda last week deposited its instrument of accession to the Convention for the Unification of Certain Rules for International Carriage by Air, the Montreal Convention of 1999")
# ICAO in Montreal as depositary: nothing.
R(d, "Uganda", SIGNED_DECL, SAATM, "2018", "it signed the Solemn Commitment to the Single African Air Transport Market (SAATM) in 2018")
# Parliament's approval: a domestic step.
R(d, "Nigeria", RATIFIED, MC99, "2002", "Nigeria was the first African State to ratify the Montreal Convention, in 2002")
R(d, "Kenya", PARTY, MC99, "2002", "Kenya has been a party since the same year")
R(d, "South Africa", RATIFIED, MC99, "2006", "South Africa: ratification deposited in 2006")
R(d, "Ethiopia", ACCEDED, MC99, "2014", "Ethiopia: accession deposited in 2014")
RL(d, ["Rwanda", "Togo"], ACCEDED, MC99, "2021", "Rwanda and Togo: both acceded in 2021")
R(d, "Gabon", ACCEDED, MC99, "2022", "Gabon: accession deposited in 2022")
R(d, "Sierra Leone", PARTY, MC99, "2023", "Sierra Leone: became a party in 2023")
# "before 2015" is not a date.
RL(d, ["Egypt", "Morocco", "Tunisia", "Senegal", "Cameroon", "Botswana", "Namibia"], PARTY, MC99, None,
   "Earlier parties include Egypt, Morocco, Tunisia, Senegal, Cameroon, Botswana and Namibia")
RL(d, ["Angola", "Mozambique"], NOTBOUND, MC99, None, "Angola, Mozambique and Zimbabwe have yet to join the Montreal Convention.", negated=True)
R(d, "Zimbabwe", NOTBOUND, MC99, None, "Angola, Mozambique and Zimbabwe have yet to join the Montreal Convention.", negated=True,
  alt=["it expects to deposit an instrument of accession at the ICAO Assembly in September"])
# The Cabinet's approval is a domestic step; no instrument deposited.
R(d, "Malawi", ACCEDED, MC99, None, "the Cabinet approved accession in January, but the instrument has not yet been deposited", negated=True)
R(d, "Chad", "signed", MC99, "1999", "Chad signed the Convention in 1999")
R(d, "Chad", NOTRATIFIED, MC99, None, "Chad signed the Convention in 1999, among the first signatories at the Montreal diplomatic conference, but has never ratified it",
  negated=True)
RL(d, ["Libya", "Sudan", "Eritrea"], PARTY, WARSAW, None, "Libya, Sudan and Eritrea remain bound only by the older Warsaw Convention of 1929")
# "bound only by" the older Convention: not parties to the 1999 Convention, by implication (optional).
RL(d, ["Libya", "Sudan", "Eritrea"], NOTBOUND, MC99, None, "Libya, Sudan and Eritrea remain bound only by the older Warsaw Convention of 1929",
   negated=True, required=False)
# "on Monday" against Wednesday 12 March 2025. Dakar as venue: nothing.
R(d, AFCAC_SG, "called-for", MC99, "2025-03-10", "I urge every African State that has not yet done so to accede to the Montreal Convention of 1999 this year")
R(d, AFCAC_SG, "called-for", BEIJ, D, "AFCAC also wants more States to join the Beijing Convention of 2010 on aviation security.", required=False)
R(d, "Uganda", "signed", BEIJ, None, "Uganda has not yet signed it", negated=True)
RL(d, ["Ghana", "Senegal"], RATIFIED, BEIJ, "2023", "Ghana and Senegal ratified the Beijing Convention in 2023")
# The ICAO Council's revision of limits, airlines applying them: nothing.

# ===================== 08 (Australian Senate Estimates, Proof Committee Hansard, DFAT cyber affairs, Tuesday 4 November 2025) =====================
d = "08.txt"
D = "2025-11-04"
CLOUD = ("Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime", ["CLOUD Act agreement", "Australia-US CLOUD Act Agreement"])
PALLMALL = ("Pall Mall Process Code of Practice for States", ["Pall Mall Process Code of Practice", "Code of Practice for States", "Pall Mall Code of Practice"])
PARISCALL = ("Paris Call for Trust and Security in Cyberspace", ["Paris Call"])
# The departmental officer answers for Australia ("we", "Our").
R(d, "Australia", "signed", UNCC, "2025-10-25", "Australia signed the United Nations Convention against Cybercrime on 25 October")
# Tabling, the national interest analysis and JSCOT: domestic steps; ratification is not yet possible.
R(d, "Australia", NOTRATIFIED, UNCC, None, "We are not in a position to ratify before that committee has reported", negated=True)
R(d, "Australia", "supported", R74247, "2019-12", "In 2019 Australia voted against the resolution that started the negotiations, resolution 74/247.", negated=True,
  alt=["We voted against resolution 74/247 in December 2019"])
# "as did most like-minded countries": unnamed. "last December" against November 2025.
R(d, "Australia", "supported", UNCC, "2024-12", "Australia joined the consensus when the General Assembly adopted the convention last December")
R(d, GA, ADOPTED, UNCC, "2024-12", "when the General Assembly adopted the convention last December")
# The Hanoi signatures below are not dated by the text.
RL(d, ["United Kingdom", "New Zealand"], "signed", UNCC, None, "The United Kingdom and New Zealand signed.")
RL(d, ["Canada", "United States"], "signed", UNCC, None, "Canada and the United States did not sign.", negated=True)
RL(d, ["Japan", "Fiji", "Papua New Guinea", "Tonga"], "signed", UNCC, None, "Japan signed, as did Fiji, Papua New Guinea and Tonga")
R(d, "India", "signed", UNCC, None, "India did not", negated=True)
R(d, "Tonga", ACCEDED, BUD, "2017", "Tonga acceded to the Budapest Convention in 2017")
R(d, "Fiji", ACCEDED, BUD, "2025", "Fiji acceded earlier this year")
# Funding capacity-building: nothing. Entry into force for Australia in March 2013: nothing.
R(d, "Australia", ACCEDED, BUD, "2012-11", "Australia itself acceded to the Budapest Convention in November 2012")
R(d, "Australia", "signed", BUD2, None, "Australia has not signed the Second Additional Protocol.", negated=True)
RL(d, ["Australia", "United States"], "signed", CLOUD, "2021-12",
   "the Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime, which both governments signed in December 2021")
R(d, "Australia", NOTBOUND, BUD1, None, "Australia is not a party to the First Additional Protocol", negated=True, alt=["we have no plans to join it"])
R(d, "Australia", NOTBOUND, C108, None, "Australia is not a party to Convention 108", negated=True)
# The Privacy Act reforms: domestic.
R(d, "Australia", ENDORSED, PALLMALL, "2025-04-04", "Australia endorsed the Code of Practice at its launch on 4 April.")
R(d, "Australia", ENDORSED, PARISCALL, "2018", "We have also been a supporter of the Paris Call for Trust and Security in Cyberspace since 2018.")
# The Counter Ransomware Initiative is a coalition (an institution); chairing its task force and its joint statements: nothing.

# ===================== 09 (trade-press news feature, ITU treaty watch, Geneva, Tuesday 10 June 2025) =====================
d = "09.txt"
D = "2025-06-10"
ITR12 = ("International Telecommunication Regulations (Dubai, 2012)", ["2012 ITRs", "ITRs", "2012 International Telecommunication Regulations"])
ITR88 = ("International Telecommunication Regulations (Melbourne, 1988)", ["1988 ITRs", "Melbourne version of the Regulations", "1988 Melbourne Regulations"])
ITU22 = ("instruments amending the Constitution and the Convention of the International Telecommunication Union (Bucharest, 2022)",
         ["Bucharest amendments", "Bucharest instruments", "Final Acts of the Plenipotentiary Conference (Bucharest, 2022)"])
ITU06 = ("instruments amending the Constitution and the Convention of the International Telecommunication Union (Antalya, 2006)",
         ["Antalya amendments", "Final Acts of the Plenipotentiary Conference (Antalya, 2006)"])
WRC23 = ("Final Acts of the World Radiocommunication Conference (Dubai, 2023)", ["Final Acts of WRC-23", "WRC-23 Final Acts", "Radio Regulations"])
PP = ["ITU Plenipotentiary Conference", "Plenipotentiary Conference", "Plenipotentiary Conference (Bucharest, 2022)", "PP-22"]
WCIT = ["World Conference on International Telecommunications", "WCIT-12", "World Conference on International Telecommunications (WCIT-12)"]
ITU_SG = ["ITU Secretary-General", "Secretary-General of the ITU", "Doreen Bogdan-Martin", "International Telecommunication Union"]
R(d, WCIT, ADOPTED, ITR12, "2012-12-14",
  "The International Telecommunication Regulations (Dubai, 2012) were adopted by the World Conference on International Telecommunications (WCIT-12) at its close on 14 December 2012")
# The vote on "a resolution about the Internet" names no instrument. "Eighty-nine Member States": unnamed but for those listed.
RL(d, ["Russian Federation", "China", "Saudi Arabia", "United Arab Emirates", "Brazil"], "signed", ITR12, "2012-12",
   "The Russian Federation, China, Saudi Arabia, the United Arab Emirates and Brazil were among them.")
Q9 = "Among those that refused to sign in Dubai were the United States, the United Kingdom, Canada, Japan and Australia"
RL(d, ["United States", "United Kingdom", "Canada", "Japan", "Australia"], "signed", ITR12, None, Q9, negated=True)
RL(d, ["United States", "United Kingdom", "Canada", "Japan", "Australia"], PARTY, ITR88, None,
   "which remain bound only by the 1988 Melbourne version of the Regulations")
R(d, "India", "signed", ITR12, None, "India did not sign either", negated=True)
R(d, "India", JOINED, ITR12, None, "it has not acceded since", negated=True)
# An instrument of approval: accepted. "last month" against June 2025.
R(d, "Kenya", ACCEPTED, ITR12, "2025-05", "Kenya deposited its instrument of approval of the 2012 ITRs last month")
RL(d, ["Nigeria", "Qatar"], ACCEPTED, ITR12, "2024", "following Nigeria and Qatar, which notified theirs in 2024")
R(d, "Brazil", NOTRATIFIED, ITR12, None, "Brazil, although a signatory, has never ratified the Regulations", negated=True)
R(d, PP, ADOPTED, ITU22, "2022-10",
  "The instruments amending the ITU Constitution and Convention adopted by the Plenipotentiary Conference in Bucharest in October 2022")
# Entry into force on 1 January 2024: nothing. "Since January" gives the year only.
RL(d, ["Botswana", "Paraguay"], RATIFIED, ITU22, "2025", "Since January, Botswana and Paraguay have deposited instruments of ratification")
R(d, "Germany", ACCEPTED, ITU22, "2025-04", "Germany approved the Bucharest instruments in April")
R(d, "United States", "signed", ITU22, "2022", "The United States signed the Final Acts of the Bucharest conference in 2022")
R(d, "United States", NOTRATIFIED, ITU22, None, "the Senate has yet to give its advice and consent, and ratification is not expected this year", negated=True)
# 2006 is the year of the Antalya amendments, not of the US ratification.
R(d, "United States", RATIFIED, ITU06, None, "Washington's last completed ratification covered the amendments adopted in Antalya in 2006")
# "on Tuesday last week" against Tuesday 10 June 2025: 3 June 2025.
R(d, ITU_SG, "called-for", ITU22, "2025-06-03",
  "I call on all Member States that have not yet done so to ratify, accept or approve the Bucharest instruments")
# "signed by 163 Member States": unnamed; Iran signed at the same closing ceremony.
R(d, "Iran", "signed", WRC23, "2023-12-15", "Iran signed the Final Acts with a reservation on satellite interference.")
R(d, "Israel", "signed", WRC23, None, "Israel did not sign.", negated=True)
R(d, "Brazil", ACCEPTED, WRC23, "2025-03", "Brazil doing so in March")
RL(d, ["Mexico", "Indonesia"], ACCEPTED, WRC23, None, "Brazil, Mexico and Indonesia have since notified their approval of the Final Acts")
# The depositary, the Nairobi workshop (venue), the Doha conference and the Radio Regulations Board candidacies: nothing.

# ===================== 10 (wire-agency analysis, Artemis Accords, ILRS and the Moon Agreement, Washington/Beijing, Friday 25 July 2025) =====================
d = "10.txt"
D = "2025-07-25"
ILRS_MOU = ("memorandum of understanding on ILRS cooperation", ["ILRS memorandum of understanding",
            "memorandum of understanding on International Lunar Research Station cooperation"])
# "on Thursday" against Friday 25 July 2025. The Accords "unveiled in 2020" by Washington: not a signature.
R(d, "Malta", SIGNED_ACC, ARTEMIS, "2025-07-24", "Malta on Thursday became the 56th country to sign the U.S.-led Artemis Accords")
# Months without a year take the document's year; "earlier this month" is July 2025.
R(d, "Finland", SIGNED_ACC, ARTEMIS, "2025-01", "Finland signed in January")
R(d, "Bangladesh", SIGNED_ACC, ARTEMIS, "2025-04", "Bangladesh in April")
R(d, "Norway", SIGNED_ACC, ARTEMIS, "2025-05", "Norway in May")
R(d, "Senegal", SIGNED_ACC, ARTEMIS, "2025-07", "Senegal earlier this month")
RL(d, ["Philippines", "Malaysia"], SIGNED_ACC, ARTEMIS, None, "the Philippines and Malaysia are expected to follow suit before the end of the year", negated=True)
# NASA welcoming Malta: nothing. Joining the ILRS project (a programme, not an instrument): nothing.
R(d, "Serbia", "signed", ILRS_MOU, "2025-04", "In April, Serbia signed a memorandum of understanding on ILRS cooperation with CNSA")
R(d, ["China National Space Administration", "CNSA", "China"], "signed", ILRS_MOU, "2025-04",
  "Serbia signed a memorandum of understanding on ILRS cooperation with CNSA", required=False)
# "last December" against July 2025: December 2024.
R(d, "Thailand", SIGNED_ACC, ARTEMIS, "2024-12", "Thailand, which signed the Artemis Accords last December")
R(d, "Russian Federation", SIGNED_ACC, ARTEMIS, None, "Russia will not sign the Accords", negated=True)
R(d, "China", SIGNED_ACC, ARTEMIS, None, "China has never signed them either.", negated=True)
Q10 = ("several Artemis signatories, among them Australia, Mexico, the Netherlands, Belgium, Peru and Armenia, are also parties to the Moon Agreement")
RL(d, ["Australia", "Mexico", "Netherlands", "Belgium", "Peru", "Armenia"], SIGNED_ACC, ARTEMIS, None, Q10)
RL(d, ["Australia", "Mexico", "Netherlands", "Belgium", "Peru"], PARTY, MOON, None, Q10)
R(d, "Armenia", ["acceded", "party"], MOON, "2018", "Armenia's accession in 2018 made it the most recent State to join", alt=[Q10])
R(d, "Pakistan", PARTY, MOON, None, "Pakistan, an ILRS partner, is a party too.")
# A withdrawal (notified January 2023, effective a year later): negated, no date.
R(d, "Saudi Arabia", NOTBOUND, MOON, None, "Saudi Arabia, by contrast, left.", negated=True,
  alt=["It notified the U.N. Secretary-General of its withdrawal in January 2023"])
R(d, "Saudi Arabia", SIGNED_ACC, ARTEMIS, "2022", "shortly after signing the Accords in 2022")
R(d, "France", "signed", MOON, "1980", "France signed the Moon Agreement in 1980")
R(d, "India", "signed", MOON, "1982", "France signed the Moon Agreement in 1980 and India in 1982")
RL(d, ["France", "India"], NOTRATIFIED, MOON, None, "neither has ever ratified it", negated=True)
# National space-mining laws: domestic. "If Australia were to withdraw": hypothetical; its "no current plans to withdraw" restates its party status.
R(d, "Germany", SIGNED_ACC, ARTEMIS, "2023", "Germany, a signatory of the Accords since 2023")
# Hosting the principals' meeting, COPUOS and its working group: nothing.

# ===================== 11.html (GOV.UK press release page, Pall Mall Process Code of Practice for States, London, 4 April 2025) =====================
d = "11.html"
D = "2025-04-04"
PMPD = ("Pall Mall Process Declaration", ["Pall Mall Process Declaration on tackling the proliferation and irresponsible use of commercial cyber intrusion capabilities"])
R70237 = ("resolution 70/237", ["General Assembly resolution 70/237"])
# "Twenty-five countries today endorsed": the named list in the notes to editors states who.
E25 = ["Australia", "Austria", "Canada", "Cyprus", "Denmark", "Estonia", "Finland", "France", "Germany", "Ghana", "Greece", "Ireland", "Italy",
       "Japan", "Kenya", "Netherlands", "New Zealand", "Norway", "Poland", "Republic of Korea", "Singapore", "Sweden", "Switzerland", "Ukraine",
       "United Kingdom"]
RL(d, E25, ENDORSED, PALLMALL, D,
   "The Code of Practice for States was endorsed today by the following 25 countries: Australia, Austria, Canada, Cyprus, Denmark, Estonia, Finland, France, Germany, Ghana, Greece, Ireland, Italy, Japan, Kenya, the Netherlands, New Zealand, Norway, Poland, the Republic of Korea, Singapore, Sweden, Switzerland, Ukraine and the United Kingdom.")
# Co-hosting the conference at Lancaster House: venue, nothing. The minister speaks for the UK.
R(d, "United Kingdom", "called-for", PALLMALL, D, "I urge every government that has not yet done so to sign up to the Code of Practice.")
RL(d, ["Spain", "Portugal"], ENDORSED, PALLMALL, None, "Spain and Portugal said they would endorse the Code once domestic consultations are complete.", negated=True)
RL(d, ["United States", "India", "Brazil"], ENDORSED, PALLMALL, None, "The United States, India and Brazil attended as observers and did not endorse it.", negated=True)
R(d, "Mexico", ENDORSED, PALLMALL, None, "the United States and Mexico have not yet endorsed the Code", negated=True)
# "signed by 27 states": unnamed, but for the two named; the month is stated.
RL(d, ["United States", "Mexico"], SIGNED_DECL, PMPD, "2024-02",
   "The Pall Mall Process Declaration of February 2024 was signed by 27 states, including the United States and Mexico")
# "all UN member states endorsed": unnamed; the Assembly's resolution is only cited (optional).
R(d, GA, ADOPTED, R70237, None, "General Assembly resolution 70/237", required=False)

# ===================== 12.md (Markdown treaty tracker, Asia-Pacific and the cybercrime treaties, updated 15 December 2025) =====================
d = "12.md"
D = "2025-12-15"
# Each table row is the quote for its records (the row's cells, without the outer pipes). Years in brackets are years of
# ratification or accession; "Not party" / "Not signed" are negated records.
ROWS = {
    "Japan": "Japan | Party (2012) | Ratified (2023) | Signed 25 Oct 2025",
    "Philippines": "Philippines | Party (2018) | Signed 2022, not ratified | Signed 25 Oct 2025",
    "Sri Lanka": "Sri Lanka | Party (2015) | Not signed | Signed 26 Oct 2025",
    "Australia": "Australia | Party (2013) | Not signed | Signed 25 Oct 2025",
    "New Zealand": "New Zealand | Party (2024) | Not signed | Signed 25 Oct 2025",
    "Tonga": "Tonga | Party (2017) | Not signed | Signed 25 Oct 2025",
    "Republic of Korea": "Republic of Korea | Acceded 5 Nov 2025 | Not signed | Signed 25 Oct 2025",
    "Indonesia": "Indonesia | Not party | Not party | Signed 25 Oct 2025",
    "China": "China | Not party | Not party | Signed 25 Oct 2025",
    "India": "India | Not party | Not party | Not signed",
}
for a, yr in (("Japan", "2012"), ("Philippines", "2018"), ("Sri Lanka", "2015"), ("Australia", "2013"), ("New Zealand", "2024"), ("Tonga", "2017")):
    R(d, a, PARTY, BUD, yr, ROWS[a])
R(d, "Republic of Korea", ACCEDED, BUD, "2025-11-05", ROWS["Republic of Korea"],
  alt=["deposited its instrument of accession to the Budapest Convention in Strasbourg on 5 November 2025"])
for a in ("Indonesia", "China", "India"):
    R(d, a, NOTBOUND, BUD, None, ROWS[a], negated=True)
R(d, "Japan", RATIFIED, BUD2, "2023", ROWS["Japan"])
R(d, "Philippines", "signed", BUD2, "2022", ROWS["Philippines"])
R(d, "Philippines", NOTRATIFIED, BUD2, None, ROWS["Philippines"], negated=True, alt=["Ratification of the Second Protocol is also pending."])
for a in ("Sri Lanka", "Australia", "New Zealand", "Tonga"):
    R(d, a, "signed", BUD2, None, ROWS[a], negated=True)
R(d, "Republic of Korea", "signed", BUD2, None, ROWS["Republic of Korea"], negated=True, alt=["Seoul says it intends to sign the Second Protocol in 2026."])
for a in ("Indonesia", "China", "India"):
    R(d, a, NOTBOUND, BUD2, None, ROWS[a], negated=True)
for a in ("Japan", "Philippines", "Australia", "New Zealand", "Tonga", "Republic of Korea", "Indonesia", "China"):
    R(d, a, "signed", UNCC, "2025-10-25", ROWS[a])
R(d, "Sri Lanka", "signed", UNCC, "2025-10-26", ROWS["Sri Lanka"])
R(d, "India", "signed", UNCC, None, ROWS["India"], negated=True, alt=["India stayed away"])
# "no State in the region has ratified it" and "nine of the ten governments": unnamed (and restating the table).
# The Diet's approval is a domestic step; the instrument of acceptance is not deposited.
R(d, "Japan", ACCEPTED, UNCC, None, "the instrument of acceptance has not yet been deposited with the Secretary-General", negated=True)
R(d, "Philippines", NOTRATIFIED, UNCC, None, "the Department of Justice expects the Senate to concur in ratification of the UN Convention in 2026", negated=True)
# The Hanoi ceremony ran over two days; Malaysia's signature is not dated. The invitation to accede: nothing.
R(d, "Malaysia", "signed", UNCC, None, "signed the UN Convention in Hanoi and has been invited to accede to the Budapest Convention")
R(d, "Malaysia", JOINED, BUD, None, "ministers say a decision on accession will be taken in 2026", negated=True)
R(d, "Thailand", "signed", BUD, None, "has neither signed nor acceded to the Budapest Convention", negated=True)
R(d, "Thailand", JOINED, BUD, None, "has neither signed nor acceded to the Budapest Convention", negated=True)
R(d, "Thailand", "signed", UNCC, "2025-10-25", "it signed the UN Convention on 25 October")
R(d, "Fiji", ACCEDED, BUD, "2025", "Fiji's accession to the Budapest Convention earlier this year")
RL(d, ["Vanuatu", "Samoa"], NOTBOUND, BUD, None, "Vanuatu and Samoa as the main Pacific Island States still outside it", negated=True)
# "No Asia-Pacific State": unnamed. Observers in the Consultative Committee (Japan, Republic of Korea): nothing.
RL(d, ["Australia", "New Zealand"], NOTBOUND, C108, None, "Australia and New Zealand are not parties to Convention 108", negated=True)

# ===================== 13 (European Parliament written question E-003245/2025 of 12 August 2025 and Commission answer of 20 October 2025) =====================
d = "13.txt"
D = "2025-10-20"
AI = ("Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
      ["Framework Convention on Artificial Intelligence", "AI Convention", "CETS No. 225"])
EC = ["European Commission", "Commission"]
# Opening for signature, Council Decision (EU) 2019/682 and its authorisation: nothing.
R(d, "Ireland", NOTRATIFIED, P223, None, "Ireland, which hosts the European headquarters of most large technology companies, has not ratified it.", negated=True,
  alt=["Seven Member States have signed the Protocol but not yet ratified it: Belgium, Czechia, Denmark, Greece, Ireland, Romania and Slovenia."])
# "As of 1 October 2025 ... had ratified": a status, not the date of each act.
T20 = ["Austria", "Bulgaria", "Croatia", "Cyprus", "Estonia", "Finland", "France", "Germany", "Hungary", "Italy", "Latvia", "Lithuania", "Luxembourg",
       "Malta", "Netherlands", "Poland", "Portugal", "Slovakia", "Spain", "Sweden"]
RL(d, T20, RATIFIED, P223, None,
   "As of 1 October 2025, twenty Member States had ratified the Protocol: Austria, Bulgaria, Croatia, Cyprus, Estonia, Finland, France, Germany, Hungary, Italy, Latvia, Lithuania, Luxembourg, Malta, the Netherlands, Poland, Portugal, Slovakia, Spain and Sweden.")
S7 = ["Belgium", "Czechia", "Denmark", "Greece", "Ireland", "Romania", "Slovenia"]
Q13 = "Seven Member States have signed the Protocol but not yet ratified it: Belgium, Czechia, Denmark, Greece, Ireland, Romania and Slovenia."
RL(d, S7, "signed", P223, None, Q13)
RL(d, ["Belgium", "Czechia", "Greece", "Romania"], NOTRATIFIED, P223, None, Q13, negated=True)
RL(d, ["Denmark", "Slovenia"], NOTRATIFIED, P223, None, Q13, negated=True,
   alt=["Denmark and Slovenia expect to deposit their instruments of ratification before the end of 2025"])
R(d, EC, "called-for", P223, D,
  "The Commission calls on the Member States that have not yet done so to complete the ratification of Convention 108+ without further delay.")
# The Commission "notes with satisfaction" others' ratifications: nothing for the Commission; the ratifications are recorded.
RL(d, ["Argentina", "Mauritius", "Uruguay"], PARTY, C108, None, "Argentina, Mauritius and Uruguay, all Parties to Convention 108")
RL(d, ["Argentina", "Mauritius", "Uruguay"], RATIFIED, P223, None,
   "Argentina, Mauritius and Uruguay, all Parties to Convention 108, have ratified the amending Protocol.")
R(d, "United Kingdom", "signed", P223, "2018", "The United Kingdom signed the Protocol in 2018")
R(d, "United Kingdom", NOTRATIFIED, P223, None, "The United Kingdom signed the Protocol in 2018 but has not ratified it.", negated=True)
R(d, "European Union", NOTBOUND, C108, None, "The Union is not a Party to Convention 108", negated=True)
R(d, "European Union", NOTBOUND, P223, None, "cannot become a Party to Convention 108+ before the Protocol has entered into force", negated=True,
  alt=["the Commission will assess the appropriateness of proposing that the Union accede to the modernised Convention"])
R(d, "European Union", "signed", AI, "2024-09-05",
  "the Union signed the Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law on 5 September 2024")
# Conclusion (the Union's consent to be bound) not yet decided: negated.
R(d, "European Union", NOTRATIFIED, AI, None, "a proposal for a Council decision on its conclusion is being prepared", negated=True)

# ===================== 14 (Disarmament Wire news item, First Committee approves five outer space drafts, New York, 4 November 2025) =====================
d = "14.txt"
D = "2025-11-04"
V = "2025-11-03"   # "yesterday" against 4 November 2025: the day of the votes
L3 = ("draft resolution A/C.1/80/L.3", ["A/C.1/80/L.3", "Prevention of an arms race in outer space"])
L38 = ("draft resolution A/C.1/80/L.38", ["A/C.1/80/L.38", "Destructive direct-ascent anti-satellite missile testing"])
L51 = ("draft resolution A/C.1/80/L.51", ["A/C.1/80/L.51", "No first placement of weapons in outer space"])
L47 = ("draft resolution A/C.1/80/L.47", ["A/C.1/80/L.47", "Reducing space threats through norms, rules and principles of responsible behaviours"])
L5 = ("draft resolution A/C.1/80/L.5", ["A/C.1/80/L.5", "Transparency and confidence-building measures in outer space activities"])
# "approved five draft resolutions": each is recorded under its own heading. Final action in the plenary: still to come, nothing.
R(d, FC, ADOPTED, L3, V, "was approved by a recorded vote of 172 in favour to 2 against (Israel, United States), with no abstentions")
RL(d, ["Israel", "United States"], "supported", L3, V, "2 against (Israel, United States)", negated=True)
R(d, "United States", "co-sponsored", L38, None, "Introduced by the United States on behalf of some 60 co-sponsors")
RL(d, ["Australia", "Canada", "Germany", "Japan", "Republic of Korea", "New Zealand", "United Kingdom"], "co-sponsored", L38, None,
   "among them Australia, Canada, Germany, Japan, the Republic of Korea, New Zealand and the United Kingdom")
R(d, FC, ADOPTED, L38, V, "It was approved by 161 votes in favour to 9 against")
NINE = ["Belarus", "Bolivia", "China", "Cuba", "Democratic People's Republic of Korea", "Iran", "Nicaragua", "Russian Federation", "Syria"]
RL(d, NINE, "supported", L38, V,
   "9 against (Belarus, Bolivia, China, Cuba, Democratic People's Republic of Korea, Iran, Nicaragua, Russian Federation, Syria)", negated=True)
RL(d, ["India", "Pakistan", "Egypt"], "supported", L38, V, "with 7 abstentions, India, Pakistan and Egypt among them", negated=True)
# India's 2019 test: nothing.
R(d, "Russian Federation", "co-sponsored", L51, None, "Tabled by the Russian Federation")
R(d, FC, ADOPTED, L51, V, "the draft was approved by 128 votes to 51, with 6 abstentions")
RL(d, ["United States", "United Kingdom", "France", "Japan", "Australia", "Ukraine", "Georgia"], "supported", L51, V,
   "Those voting against included the United States, the United Kingdom, France, Japan, Australia, Ukraine and Georgia", negated=True)
# "most member States of the European Union": unnamed, and not the Union itself.
R(d, "Hungary", "supported", L51, V, "Hungary, alone among the EU member States, abstained.", negated=True)
R(d, "Brazil", "supported", L51, V, "Brazil voted in favour.")
R(d, "United Kingdom", "co-sponsored", L47, None, "The United Kingdom introduced the draft")
R(d, FC, ADOPTED, L47, V, "It was approved by 162 votes in favour to 8 against")
EIGHT14 = ["Belarus", "China", "Cuba", "Democratic People's Republic of Korea", "Iran", "Nicaragua", "Russian Federation", "Syria"]
RL(d, EIGHT14, "supported", L47, V,
   "8 against (Belarus, China, Cuba, Democratic People's Republic of Korea, Iran, Nicaragua, Russian Federation, Syria)", negated=True)
R(d, FC, ADOPTED, L5, V, "Approved without a vote.")
RL(d, ["China", "Russian Federation", "United States"], "co-sponsored", L5, None, "Its main sponsors, China, the Russian Federation and the United States")
R(d, "Switzerland", "supported", L38, V, "Switzerland said it had voted in favour of both the anti-satellite text and the responsible-behaviours text")
R(d, "Switzerland", "supported", L47, V, "Switzerland said it had voted in favour of both the anti-satellite text and the responsible-behaviours text")
# "a party to all five United Nations treaties on outer space": none named. The statements are not dated by the text (the votes were yesterday).
R(d, "Mexico", "called-for", REG, None, "urged those States that have not yet done so to accede to the Registration Convention")
# Calls for negotiations (a process) and "will not sign any treaty that cannot be verified" (no instrument named): nothing.
R(d, "Kazakhstan", ACCEDED, REG, "2025-10-29",
  "Kazakhstan announced that it had deposited its instrument of accession to the Registration Convention with the Secretary-General on 29 October")
R(d, "Kenya", JOINED, REG, None, "Kenya said it expects to accede to the Convention next year.", negated=True)

# ===================== 15 (New Zealand MFAT web page saved as text, recent treaty actions in the digital, space and aviation fields, updated 28 November 2025) =====================
d = "15.txt"
D = "2025-11-28"
NZ = "New Zealand"
ITU22B = ("instruments amending the Constitution and Convention of the International Telecommunication Union (Bucharest, 2022)",
          ["Bucharest amendments", "ITU Constitution and Convention: amendments (Bucharest, 2022)", "Final Acts of the Plenipotentiary Conference (Bucharest, 2022)"])
# The page speaks for New Zealand; "the Convention" / "the Protocol" resolve to each entry's heading.
# The two-column table at the end is plain text: each quote stays within one line of its column.
R(d, NZ, "signed", UNCC, "2025-10-25", "New Zealand signed the Convention in Hanoi on 25 October 2025.")
# The national interest analysis and select committee examination: domestic steps before any ratification.
R(d, NZ, NOTRATIFIED, UNCC, None,
  "Ratification will be considered only after a national interest analysis has been presented to the House of Representatives", negated=True)
R(d, NZ, ACCEDED, BUD, "2024-03-12", "New Zealand deposited its instrument of accession with the Secretary General of the Council of Europe on 12 March 2024.")
# Entry into force for New Zealand on 1 July 2024: nothing.
R(d, NZ, "signed", BUD2, None, "New Zealand expects to sign it in 2026", negated=True, alt=["Not yet signed."])
R(d, NZ, ACCEDED, MP14, "2025-02-19", "New Zealand acceded to the Protocol on 19 February 2025")
# ICAO as depositary: nothing.
R(d, NZ, RATIFIED, BEIJ, "2025-06-03",
  "New Zealand ratified the Convention on the Suppression of Unlawful Acts Relating to International Civil Aviation on 3 June 2025.")
R(d, NZ, RATIFIED, BEIJP, "2025-06-03",
  "The Protocol Supplementary to the Convention for the Suppression of Unlawful Seizure of Aircraft was ratified on the same day.")
R(d, NZ, RATIFIED, P56, "2019", "New Zealand ratified the Protocol relating to an amendment to Article 56 in 2019")
R(d, NZ, RATIFIED, P50A, "2021", "the Protocol relating to an amendment to Article 50(a) in 2021")
# "Neither amendment is yet in force": entry into force, nothing. New Zealand's support: nothing for New Zealand.
RL(d, ["Samoa", "Vanuatu"], ACCEDED, MC99, "2025",
   "Samoa and Vanuatu acceded to the Convention for the Unification of Certain Rules for International Carriage by Air in 2025")
R(d, NZ, PARTY, MC99, "2007", "New Zealand has been a party since 2007.")
R(d, NZ, ACCEPTED, ITU22B, "2025-08-08",
  "New Zealand approved the instruments amending the Constitution and Convention of the International Telecommunication Union on 8 August 2025.")
R(d, NZ, SIGNED_ACC, ARTEMIS, "2021-05-31", "New Zealand signed them on 31 May 2021.")
R(d, NZ, NOTBOUND, MOON, None, "New Zealand is not a party to the Moon Agreement and has no plans to become one.", negated=True)
R(d, NZ, NOTBOUND, C108, None, "New Zealand is not a party to either instrument", negated=True)
R(d, NZ, NOTBOUND, P223, None, "New Zealand is not a party to either instrument", negated=True,
  alt=["Government has not decided whether to seek an invitation"])
R(d, NZ, ENDORSED, PALLMALL, "2025-04-04", "Endorsed by New Zealand on 4 April 2025")

# ===================== 16.md (Markdown newsletter "Orbit & Law", COPUOS Legal Subcommittee closes, Vienna, Friday 16 May 2025) =====================
d = "16.md"
D = "2025-05-16"
LTS = ("Guidelines for the Long-term Sustainability of Outer Space Activities", ["LTS Guidelines", "Long-term Sustainability Guidelines"])
SDMG = ("Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space", ["Space Debris Mitigation Guidelines", "resolution 62/217"])
ZDC = ("Zero Debris Charter", ["ESA Zero Debris Charter"])
SRP = ("initial recommended principles for space resource activities", ["draft initial recommended principles", "recommended principles for space resource activities"])
COPUOS = ["Committee on the Peaceful Uses of Outer Space", "COPUOS", "UN Committee on the Peaceful Uses of Outer Space"]
LSC = ["Legal Subcommittee", "Legal Subcommittee of COPUOS", "COPUOS Legal Subcommittee"]
ESA = ["European Space Agency", "ESA"]
EUMETSAT = ["EUMETSAT", "European Organisation for the Exploitation of Meteorological Satellites"]
# The status paper's counts of parties: unnamed.
R(d, "Costa Rica", ACCEDED, REG, "2025-02-14", "Costa Rica acceded to the Registration Convention on 14 February 2025.",
  alt=["Registration Convention (1975) | 77 | Costa Rica (accession)"])
# "in November last year" against May 2025.
R(d, "Azerbaijan", RATIFIED, LIAB, "2024-11", "Azerbaijan ratified the Liability Convention in November last year.",
  alt=["Liability Convention (1972) | 100 | Azerbaijan (ratification)"])
# Succession to a treaty: bound (party).
R(d, "Slovenia", PARTY, RESCUE, "2025-03", "Slovenia notified the Secretary-General of its succession to the Rescue Agreement in March",
  alt=["Rescue Agreement (1968) | 99 | Slovenia (succession)"])
R(d, "Rwanda", "signed", OST, "1967", "a signatory of the Outer Space Treaty since 1967")
# The Cabinet's approval is a domestic step; the deposit is still to come.
R(d, "Rwanda", NOTRATIFIED, OST, None, "the instrument would be deposited \"in the coming months\"", negated=True)
R(d, "Iran", "signed", OST, "1967", "Iran, which also signed the Outer Space Treaty in 1967")
R(d, "Iran", NOTRATIFIED, OST, None, "Iran, which also signed the Outer Space Treaty in 1967, has still not ratified it", negated=True,
  alt=["no intention of doing so while the weaponization of space goes unchecked"])
# An organisation's declaration of acceptance of rights and obligations: accepted (bound).
for inst in (RESCUE, LIAB, REG):
    R(d, ESA, ACCEPTED, inst, None,
      "The European Space Agency (ESA) has declared its acceptance of the rights and obligations under the Rescue Agreement, the Liability Convention and the Registration Convention.")
R(d, EUMETSAT, ACCEPTED, LIAB, "2024", "it had deposited its declaration of acceptance of the Liability Convention in 2024")
R(d, EUMETSAT, ACCEPTED, REG, None, "a declaration under the Registration Convention would follow", negated=True)
# "not a party to any of the five treaties", listed at the top of the issue (optional); speaking as an observer: nothing.
for inst in (OST, RESCUE, LIAB, REG, MOON):
    R(d, "European Union", NOTBOUND, inst, None, "The European Union, which is not a party to any of the five treaties", negated=True, required=False)
# Draft principles whose adoption was deferred: the Subcommittee's adoption, planned (optional).
R(d, LSC, ADOPTED, SRP, None, "the Subcommittee deferred their adoption to its 2026 session", negated=True, required=False)
R(d, "Mexico", PARTY, MOON, "1991", "Mexico, a party to the Moon Agreement since 1991")
# The calls were made during the session; the text does not date them.
RL(d, ["Canada", "Japan"], "called-for", REG, None,
   "Canada and Japan used the debate to urge all States that have not done so to become parties to the Registration Convention")
R(d, COPUOS, ADOPTED, LTS, "2019-06", "the Guidelines for the Long-term Sustainability of Outer Space Activities were adopted by COPUOS in June 2019")
R(d, GA, EA, SDMG, "2007-12",
  "the General Assembly endorsed the Space Debris Mitigation Guidelines of the Committee in resolution 62/217 of December 2007")
# The Charter "launched by ESA" and "Twelve States have now signed it": no adoption, unnamed signatories but for the two named.
RL(d, ["Mexico", "New Zealand"], SIGNED_ACC, ZDC, "2025-03", "Mexico and New Zealand most recently, in March")
R(d, "United States", SIGNED_ACC, ZDC, None, "The United States has not signed the Charter", negated=True)
# NASA "supports its goals": not an act. The COPUOS plenary's endorsement of a report, the Sydney meeting: nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
