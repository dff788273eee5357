#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe52/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents are not .txt (09.md, 11.md, 07.html, 14.html); gold.py's Gold.finish()
checks their quotes against the file as written (white space folded), so no quote of theirs spans mark-up or an HTML entity.
Three documents (05, 10, 16) open with a metadata block (Title:/Date:/URL:), which gold.py leaves out of the body; no quote
comes from it. Alternative actor names missing from gold.py's ALT_NAMES are added locally below.

Theme: archival documents of the genre, 1948-1999, as digitised archives hold them (typed UN press releases, a foreign
ministry's communique, a signing ceremony's release, a newspaper report of a General Assembly vote, a depositary notification,
OAU and OAS communiques, a national archive's catalogue export, press releases and research notes on succession after
dissolution, a speech at a signing ceremony, a parliamentary debate, an ILO press release). Typewriter conventions are kept:
ALL-CAPS headings, "24th August, 1963", "U.S.S.R.", underlined titles as _text_, OCR-like hyphenation across line breaks
("Czecho-\\nslovakia", "Non-Prolif-\\neration"): quotes keep the hyphen and the break (folded to a space).

States are recorded by the name the text uses (period names included: the USSR, the Byelorussian and Ukrainian SSRs, the
Federal Republic of Germany, the German Democratic Republic, Czechoslovakia, Yugoslavia, the United Arab Republic, Ceylon,
Burma, Dahomey, Upper Volta, Zaire, the Union of South Africa). Where a State was only renamed, its later name is also
accepted (Ceylon/Sri Lanka, Burma/Myanmar, Dahomey/Benin, Upper Volta/Burkina Faso, Zaire/Democratic Republic of the Congo,
the Federal Republic of Germany/Germany, the Byelorussian SSR/Belarus, the Ukrainian SSR/Ukraine); where it dissolved or was
continued by another (the USSR, Czechoslovakia, Yugoslavia, the German Democratic Republic), only its own names are accepted.

Votes in favour are `supported`; votes against, abstentions and absence are `supported` with `negated` and keep the vote's date;
adoption of a text by a body is its `adopted`; calls on others to sign, ratify, accede or join are the caller's `called-for`,
dated by the document (or the meeting); a notification of succession is `party` (with `acceded`/`ratified` accepted).
Domestic steps (a parliament's approval, a Cabinet decision, a law on accession, national legislation), entry into force,
depositaries receiving instruments, declarations on territorial application and recognition of competence, membership of an
organisation, and a summit's adoption still to come give no record. A report corrected in the text is recorded as corrected."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, TC, ALT_NAMES, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 3000, 6500
COSPONSORED = ["co-sponsored", "supported"]          # submitting or introducing a draft
SUCCEEDED = ["party", "acceded", "ratified"]         # a notification of succession
NOTSIGNED_OUT = ["signed", "party", "acceded", "ratified"]   # "has denounced the Treaty, remain(s) outside it"
SUPPORT_DECL = ["endorsed", "supported", "committed"]        # "reaffirmed its support for" a declaration
COMMENDED = ["welcomed", "endorsed", "supported"]            # a body commending a treaty

# ---- instruments: (name as the text names it, aliases) ----
# 01 General Assembly, Paris, 1948
UDHR = ("Universal Declaration of Human Rights", ["UDHR", "Human Rights Declaration"])
GENOCIDE = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention", "resolution 260 A (III)"])
# 02 Single Convention, 1961
SINGLE = ("Single Convention on Narcotic Drugs, 1961", ["Single Convention on Narcotic Drugs", "Single Convention", "1961 Single Convention"])
OPIUM53 = ("1953 Opium Protocol", ["Protocol for Limiting and Regulating the Cultivation of the Poppy Plant", "1953 Protocol", "Opium Protocol of 1953"])
# 03 Ceylon and the test ban, 1963
PTBT = ("Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water",
        ["Partial Test Ban Treaty", "Limited Test Ban Treaty", "PTBT", "LTBT", "Moscow Test Ban Treaty", "Nuclear Test Ban Treaty"])
BELGRADE = ("Declaration of the Conference of Heads of State or Government of Non-Aligned Countries (Belgrade, 1961)",
            ["Belgrade Declaration", "Belgrade Declaration of Non-Aligned Countries", "Declaration of the Belgrade Conference"])
CPIUN = ("Convention on the Privileges and Immunities of the United Nations", ["General Convention on Privileges and Immunities", "CPIUN"])
R1762 = ("General Assembly resolution 1762 (XVII)", ["resolution 1762 (XVII)", "A/RES/1762 (XVII)"])
# 04 Seabed Treaty, 1971
SEABED = ("Treaty on the Prohibition of the Emplacement of Nuclear Weapons and Other Weapons of Mass Destruction on the Sea-Bed and the Ocean Floor and in the Subsoil Thereof",
          ["Seabed Arms Control Treaty", "Seabed Treaty", "Sea-Bed Treaty", "Sea-Bed Arms Control Treaty"])
R2660 = ("General Assembly resolution 2660 (XXV)", ["resolution 2660 (XXV)", "A/RES/2660 (XXV)"])
ANTARCTIC = ("Antarctic Treaty", ["Antarctic Treaty of 1959"])
LTBT = ("Limited Test Ban Treaty", ["Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water", "Partial Test Ban Treaty", "LTBT", "PTBT"])
OST = ("Outer Space Treaty", ["Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty"])
# 05 Charter of Economic Rights and Duties of States, 1974
CERDS = ("Charter of Economic Rights and Duties of States", ["Resolution 3281 (XXIX)", "economic charter", "CERDS"])
NIEO = ("Declaration on the Establishment of a New International Economic Order", ["NIEO Declaration", "resolution 3201 (S-VI)"])
# 06 LRTAP protocols (depositary notification, 1987)
SULPHUR = ("Protocol to the 1979 Convention on Long-range Transboundary Air Pollution on the Reduction of Sulphur Emissions or their Transboundary Fluxes by at least 30 per cent",
           ["Helsinki Protocol on the Reduction of Sulphur Emissions", "1985 Sulphur Protocol", "Sulphur Protocol", "Helsinki Protocol"])
EMEP = ("Protocol to the 1979 Convention on Long-range Transboundary Air Pollution on Long-term Financing of the Co-operative Programme for Monitoring and Evaluation of the Long-range Transmission of Air Pollutants in Europe (EMEP)",
        ["EMEP Protocol", "1984 EMEP Protocol", "Geneva Protocol on Long-term Financing of EMEP"])
# 07 OAU Assembly, Abuja, 1991
AEC = ("Treaty Establishing the African Economic Community", ["Abuja Treaty", "AEC Treaty", "Treaty establishing the AEC"])
LPA = ("Lagos Plan of Action for the Economic Development of Africa", ["Lagos Plan of Action"])
FAL = ("Final Act of Lagos", ["Lagos Final Act"])
APPER = ("Africa's Priority Programme for Economic Recovery, 1986-1990", ["Africa's Priority Programme for Economic Recovery", "APPER"])
ACRWC = ("African Charter on the Rights and Welfare of the Child", ["ACRWC", "African Children's Charter"])
BAMAKO = ("Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa",
          ["Bamako Convention"])
HARARE = ("Harare Declaration of the OAU Ad-Hoc Committee on Southern Africa", ["Harare Declaration"])
APDECL = ("Declaration on Apartheid and its Destructive Consequences in Southern Africa", ["UN Declaration on Apartheid", "resolution S-16/1"])
# 08 OAS General Assembly, Asuncion, 1990
DPPROT = ("Protocol to the American Convention on Human Rights to Abolish the Death Penalty", ["Protocol to Abolish the Death Penalty", "death penalty Protocol"])
ACHR = ("American Convention on Human Rights", ["Pact of San Jose", "Pact of San Jose, Costa Rica", "ACHR"])
SANSALV = ("Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights",
           ["Protocol of San Salvador", "Additional Protocol in the Area of Economic, Social and Cultural Rights"])
AGRES1044 = ("resolution AG/RES. 1044 (XX-O/90)", ["AG/RES. 1044 (XX-O/90)",
             "Inter-American Program of Action of Rio de Janeiro against the Illicit Use and Production of Narcotic Drugs and Psychotropic Substances and Traffic Therein"])
# 09 1958 Geneva Conventions on the Law of the Sea (catalogue entries)
TS = ("Convention on the Territorial Sea and the Contiguous Zone", ["Territorial Sea Convention", "1958 Territorial Sea Convention"])
HS = ("Convention on the High Seas", ["High Seas Convention", "1958 High Seas Convention"])
FISH = ("Convention on Fishing and Conservation of the Living Resources of the High Seas", ["Fishing Convention", "Fishing and Conservation Convention"])
CS = ("Convention on the Continental Shelf", ["Continental Shelf Convention", "1958 Continental Shelf Convention"])
OPSD = ("Optional Protocol of Signature concerning the Compulsory Settlement of Disputes", ["Optional Protocol", "Optional Protocol of Signature"])
UKICE = ("Exchange of Notes of 11 March 1961 settling the fisheries dispute between the United Kingdom and Iceland",
         ["UK-Iceland Exchange of Notes 1961", "Exchange of Notes of 11 March 1961"])
EFC = ("European Fisheries Convention", ["London Fisheries Convention", "Fisheries Convention 1964"])
# 10 and 11 succession
ICESCR = ("International Covenant on Economic, Social and Cultural Rights", ["ICESCR", "Covenant on Economic, Social and Cultural Rights"])
ICCPR = ("International Covenant on Civil and Political Rights", ["ICCPR", "Covenant on Civil and Political Rights"])
OP1 = ("Optional Protocol to the International Covenant on Civil and Political Rights", ["first Optional Protocol", "OP1", "Optional Protocol to the ICCPR"])
OP2 = ("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
       ["Second Optional Protocol", "OP2", "Second Optional Protocol to the ICCPR"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD", "Racial Discrimination Convention"])
CEDAW = ("Convention on the Elimination of All Forms of Discrimination against Women", ["CEDAW"])
CAT = ("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", ["Convention against Torture", "CAT"])
CRC = ("Convention on the Rights of the Child", ["CRC"])
REFCONV = ("1951 Convention relating to the Status of Refugees", ["Convention relating to the Status of Refugees", "1951 Refugee Convention", "Refugee Convention"])
REFPROT = ("1967 Protocol relating to the Status of Refugees", ["1967 Protocol", "Protocol relating to the Status of Refugees"])
GENEVA49 = ("Geneva Conventions of 12 August 1949", ["Geneva Conventions 1949", "Geneva Conventions", "1949 Geneva Conventions"])
R777 = ("Security Council resolution 777 (1992)", ["resolution 777 (1992)", "S/RES/777 (1992)"])
R471 = ("General Assembly resolution 47/1", ["resolution 47/1", "A/RES/47/1"])
# 12 Vienna Convention for the Protection of the Ozone Layer, 1985
VIENNAOZ = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention", "Ozone Layer Convention", "Vienna Ozone Convention"])
CFCRES = ("resolution of the Conference on a protocol on chlorofluorocarbons", ["Conference resolution on a protocol on chlorofluorocarbons",
          "resolution on chlorofluorocarbons", "resolution on a protocol on chlorofluorocarbons"])
LRTAP = ("Convention on Long-range Transboundary Air Pollution", ["LRTAP Convention", "LRTAP", "1979 Geneva Convention on Long-range Transboundary Air Pollution"])
# 13 Dail Eireann, 1949
COESTAT = ("Statute of the Council of Europe", ["Council of Europe Statute", "Treaty of London (1949)"])
NAT = ("North Atlantic Treaty", ["Atlantic Pact", "North Atlantic Pact", "Washington Treaty"])
BRUSSELS = ("Brussels Treaty", ["Treaty of Brussels", "Treaty of Economic, Social and Cultural Collaboration and Collective Self-Defence"])
CEEC = ("Convention for European Economic Co-operation", ["OEEC Convention", "Convention on European Economic Co-operation"])
# 14 Apartheid Convention, 1973
APARTHEID = ("International Convention on the Suppression and Punishment of the Crime of Apartheid", ["Apartheid Convention", "resolution 3068 (XXVIII)"])
# 15 International Labour Conference, 1964
C122 = ("Employment Policy Convention, 1964 (No. 122)", ["Convention No. 122", "C122", "ILO Convention No. 122", "Employment Policy Convention"])
C120 = ("Hygiene (Commerce and Offices) Convention, 1964 (No. 120)", ["Convention No. 120", "C120", "ILO Convention No. 120"])
C121 = ("Employment Injury Benefits Convention, 1964 (No. 121)", ["Convention No. 121", "C121", "ILO Convention No. 121"])
C100 = ("Equal Remuneration Convention, 1951 (No. 100)", ["Convention No. 100", "C100", "ILO Convention No. 100", "Equal Remuneration Convention"])
C111 = ("Discrimination (Employment and Occupation) Convention, 1958 (No. 111)", ["Convention No. 111", "C111", "ILO Convention No. 111"])
# 16 Budapest, 1994
BUDMEMO = ("Memorandum on Security Assurances in connection with Ukraine's Accession to the Treaty on the Non-Proliferation of Nuclear Weapons",
           ["Budapest Memorandum", "Memorandum on Security Assurances"])
START1 = ("Treaty on the Reduction and Limitation of Strategic Offensive Arms", ["START I", "START I Treaty", "START Treaty"])
LISBON = ("Lisbon Protocol", ["Protocol to the Treaty on the Reduction and Limitation of Strategic Offensive Arms", "Lisbon Protocol to START I"])
BWC = ("Biological Weapons Convention", ["BWC", "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction"])
PTBT16 = ("Partial Test Ban Treaty", ["Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water", "Limited Test Ban Treaty", "PTBT"])

# ---- actors with alternative names ----
ALT = {
    **alt("Iran", "Netherlands", "Philippines", "Egypt", "Syria", "Russian Federation", "China", "Kazakhstan",
          "Czechia", "Democratic Republic of the Congo", "Burundi", "Rwanda", "Uganda", "Kenya", "Ecuador", "Costa Rica",
          "Chile", "Mexico", "Ghana", "Guatemala", "Paraguay", "Bangladesh", "Togo", "Colombia", "Thailand"),
    "United States": ALT_NAMES["United States"] + ["U.S.A.", "U.S."],
    "United Kingdom": ALT_NAMES["United Kingdom"] + ["Britain", "Great Britain", "U.K."],
    "USSR": ["USSR", "Union of Soviet Socialist Republics", "U.S.S.R.", "Soviet Union"],
    "Byelorussian SSR": ["Byelorussian SSR", "Byelorussian Soviet Socialist Republic", "Byelorussian S.S.R.", "Belarus"],
    "Ukrainian SSR": ["Ukrainian SSR", "Ukrainian Soviet Socialist Republic", "Ukrainian S.S.R.", "Ukraine"],
    "Ukraine": ["Ukraine", "Ukrainian SSR", "Ukrainian Soviet Socialist Republic"],
    "Belarus": ["Belarus", "Republic of Belarus"],
    "Union of South Africa": ["Union of South Africa", "South Africa"],
    "South Africa": ["South Africa", "Republic of South Africa"],
    "Burma": ["Burma", "Myanmar", "Union of Burma"],
    "Ceylon": ["Ceylon", "Sri Lanka"],
    "Dahomey": ["Dahomey", "Benin", "Republic of Dahomey"],
    "Benin": ["Benin", "Republic of Benin"],
    "Upper Volta": ["Upper Volta", "Burkina Faso", "Republic of Upper Volta"],
    "Zaire": ["Zaire", "Republic of Zaire", "Democratic Republic of the Congo"],
    "Federal Republic of Germany": ["Federal Republic of Germany", "Germany", "West Germany", "Germany, Federal Republic of"],
    "German Democratic Republic": ["German Democratic Republic", "GDR", "East Germany"],
    "Czechoslovakia": ["Czechoslovakia", "Czech and Slovak Federal Republic", "Czechoslovak Socialist Republic"],
    "Czech Republic": ["Czech Republic", "Czechia"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Yugoslavia": ["Yugoslavia", "Socialist Federal Republic of Yugoslavia", "SFRY"],
    "United Arab Republic": ["United Arab Republic", "UAR"],
    "Turkey": ["Turkey", "Türkiye"],
    "Laos": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "Holy See": ["Holy See", "Vatican"],
    "Ireland": ["Ireland", "Eire"],
    "Morocco": ["Morocco", "Kingdom of Morocco"],
    "The former Yugoslav Republic of Macedonia": ["The former Yugoslav Republic of Macedonia", "the former Yugoslav Republic of Macedonia",
                                                  "Macedonia", "North Macedonia", "FYROM"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "Republic of Bosnia and Herzegovina"],
    "Slovenia": ["Slovenia", "Republic of Slovenia"],
    "Croatia": ["Croatia", "Republic of Croatia"],
    "United Republic of Tanganyika and Zanzibar": ["United Republic of Tanganyika and Zanzibar", "United Republic of Tanzania", "Tanzania"],
    "European Economic Community": ["European Economic Community", "EEC", "European Community", "European Communities"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Namibia": ["Namibia", "Republic of Namibia"],
    "Senegal": ["Senegal", "Republic of Senegal"],
    "India": ["India", "Republic of India"],
    "Pakistan": ["Pakistan", "Islamic Republic of Pakistan"],
    "Israel": ["Israel", "State of Israel"],
    "Zimbabwe": ["Zimbabwe", "Republic of Zimbabwe"],
}
# Bodies and officials.
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "Secretary-General of the United Nations", "Dag Hammarskjold"]
SECOND = ["UN General Assembly Second Committee", "Second Committee", "Economic and Financial (Second) Committee", "Economic and Financial Committee"]
NARCCONF = ["United Nations Conference for the Adoption of a Single Convention on Narcotic Drugs",
            "Conference for the Adoption of a Single Convention on Narcotic Drugs", "Plenipotentiary Conference", "Conference"]
OAU = ["OAU Assembly of Heads of State and Government", "Assembly of Heads of State and Government of the Organization of African Unity",
       "OAU Assembly", "Organization of African Unity", "OAU"]
OAUADHOC = ["OAU Ad-Hoc Committee on Southern Africa", "Ad-Hoc Committee on Southern Africa", "Organization of African Unity", "OAU"]
OASGA = ["OAS General Assembly", "General Assembly of the Organization of American States", "Organization of American States", "OAS"]
IACHR = ["Inter-American Commission on Human Rights", "IACHR"]
LOSCONF = ["United Nations Conference on the Law of the Sea", "First United Nations Conference on the Law of the Sea", "UNCLOS I", "Conference"]
OZCONF = ["Conference of Plenipotentiaries on the Protection of the Ozone Layer", "Vienna Conference", "Conference"]
ILC = ["International Labour Conference", "International Labour Organization", "ILO", "Conference"]
ILODG = ["ILO Director-General", "Director-General of the International Labour Office", "International Labour Office", "ILO", "David A. Morse"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for

# ===================== 01 (UN DPI press release GA/P/744, Paris, 10 December 1948) =====================
d = "01.txt"
D = "1948-12-10"
R(d, GA, "adopted", UDHR, D,
  "The General Assembly late tonight adopted the _Universal Declaration of Human Rights_ by a roll-call vote of 48 in favour, none against, with 8 abstentions")
R(d, TC, ADOPTED, UDHR, "1948-12-06",
  "revised by the Third Committee (Social, Humanitarian and Cultural), which approved it on 6 December by 29 votes to none, with 7 abstentions")
# The Commission on Human Rights prepared the draft (nothing). The 48 voting in favour are not named in the release.
QAB = ("Abstaining: Byelorussian S.S.R., Czechoslovakia, Poland, Saudi Arabia, Ukrainian S.S.R., Union of South Africa, U.S.S.R., "
       "Yugoslavia.")
RL(d, ["Byelorussian SSR", "Czechoslovakia", "Poland", "Saudi Arabia", "Ukrainian SSR", "Union of South Africa", "USSR", "Yugoslavia"],
   "supported", UDHR, D, QAB, negated=True)
RL(d, ["Honduras", "Yemen"], "supported", UDHR, D, "Absent: Honduras, Yemen.", negated=True)
# Rejected USSR amendments (nothing); the explanations of vote repeat the abstentions.
R(d, "Lebanon", "supported", UDHR, D, "said his country had voted for the Declaration \"with pride\"")
R(d, "France", "supported", UDHR, D, "France, which had voted in favour, regarded the text as a common standard")
# "The Declaration was not a treaty and was not intended to impose legal obligations" (United States): nothing.
R(d, GA, "adopted", GENOCIDE, "1948-12-09",
  "the unanimous adoption by the Assembly, at its 179th meeting on 9 December, of the _Convention on the Prevention and Punishment of the Crime of Genocide_")
RL(d, ["Australia", "Ethiopia", "Norway", "Panama", "Philippines"], "signed", GENOCIDE, None,
   "the representatives of Australia, Ethiopia, Norway, Panama and the Philippines intend to sign the Convention", negated=True)
# "Several other delegations" (unnamed); entry into force and the Secretary-General as depositary: nothing.

# ===================== 02 (UN OPI press release SOC/NAR/238, New York, 30 March 1961) =====================
d = "02.txt"
D = "1961-03-30"
QS = ("Argentina, Brazil, Burma, Dahomey, Federal Republic of Germany, Holy See, India, Iran, Pakistan, Switzerland, Thailand and the "
      "United Arab Republic.")
RL(d, ["Argentina", "Brazil", "Burma", "Dahomey", "Holy See", "India", "Iran", "Switzerland", "Thailand", "United Arab Republic"],
   "signed", SINGLE, D, QS)
R(d, "Pakistan", "signed", SINGLE, D, QS, alt=["his country had signed \"subject to the reservations made at the Conference\""])
R(d, "Federal Republic of Germany", "signed", SINGLE, D, QS, alt=["his Government had signed the Convention today"])
R(d, NARCCONF, "adopted", SINGLE, "1961-03-25",
  "The Convention was adopted on 25 March by the United Nations Conference for the Adoption of a Single Convention on Narcotic Drugs")
# The Final Act signed "by the representatives of 61 States" names no State.
R(d, "India", NOTRATIFIED, SINGLE, None, "would seek the approval of Parliament so that India could ratify the Convention at an early date",
  negated=True)
R(d, UNSG, "called-for", SINGLE, D,
  "the Secretary-General, Mr. Dag Hammarskjold, urged all Governments to sign and ratify the Single Convention as soon as possible")
QEAST = ("the representatives of the Union of Soviet Socialist Republics, the Byelorussian Soviet Socialist Republic, the Ukrainian Soviet "
         "Socialist Republic, Czecho- slovakia, Hungary and Poland stated that their Governments would not sign the Convention in its present form")
RL(d, ["USSR", "Byelorussian SSR", "Ukrainian SSR", "Czechoslovakia", "Hungary", "Poland"], "signed", SINGLE, None, QEAST, negated=True)
R(d, "United States", "supported", SINGLE, "1961-03-25", "which had voted for the adoption of the Convention at the Conference")
R(d, "United States", "signed", SINGLE, None, "its Government was not prepared to sign at this time", negated=True)
R(d, "Turkey", PARTY, OPIUM53, None, "his Government, which is a party to the 1953 Opium Protocol")
R(d, "Turkey", "signed", SINGLE, None, "had \"not yet decided\" whether to sign the new instrument", negated=True)
QCGI = "Among the States now parties to the 1953 Protocol, Ceylon, Greece and Iran are expected to ratify the Single Convention early."
RL(d, ["Ceylon", "Greece", "Iran"], PARTY, OPIUM53, None, QCGI)
RL(d, ["Ceylon", "Greece", "Iran"], NOTRATIFIED, SINGLE, None, QCGI, negated=True)
# The treaties the Single Convention consolidates (1912, 1925, 1931, 1948) are named without actors; entry into force: nothing.

# ===================== 03 (Ceylon, Ministry of Defence and External Affairs, press communique, Colombo, 24th August, 1963) =====================
d = "03.txt"
D = "1963-08-24"
RL(d, ["United States", "United Kingdom", "USSR"], "signed", PTBT, "1963-08-05",
   "which was concluded in Moscow on 5th August, 1963, by the Governments of the U.S.A., the U.K. and the U.S.S.R.")
# The three original Parties as Depositary Governments: nothing.
R(d, "Ceylon", "signed", PTBT, "1963-08-22",
  "the Ceylon High Com- missioner in London signed the Treaty at the Foreign Office on 22nd August, 1963",
  alt=["The Government of Ceylon has become a signatory", "The Ambassador of Ceylon in Washington signed yesterday at the State Department"])
# The Moscow signature still to come (Ceylon has already signed): optional.
R(d, "Ceylon", "signed", PTBT, None, "the Ambassador in Moscow is expected to sign the Moscow copy early next week", negated=True, required=False)
R(d, "Ceylon", "welcomed", PTBT, "1963-08-05",
  "The Prime Minister, in a statement issued on the day the Treaty was concluded, welcomed the Treaty")
R(d, "Ceylon", SIGNED_DECL, BELGRADE, "1961-09", "whose Declaration Ceylon had signed")
QLIST = ("Among the countries which have so far signed are India, Burma, Nepal, the United Arab Republic, Nigeria, Dahomey, Upper Volta "
         "and Mexico.")
RL(d, ["India", "Burma", "Nepal", "United Arab Republic", "Nigeria", "Dahomey", "Upper Volta", "Mexico"], "signed", PTBT, None, QLIST)
RL(d, ["Federal Republic of Germany", "German Democratic Republic"], "signed", PTBT, None,
   "The Federal Republic of Germany and the German Democratic Republic have each signed")
# "without prejudice to the question of recognition": nothing.
R(d, "France", "signed", PTBT, None, "France, which has announced that it will not sign", negated=True)
R(d, "China", NOTSIGNED_OUT, PTBT, None, "the People's Republic of China, which has denounced the Treaty, remain outside it", negated=True)
R(d, "France", NOTBOUND, PTBT, None,
  "The Government of Ceylon regrets that France, which has announced that it will not sign, and the People's Republic of China, which has denounced the Treaty, remain outside it.",
  negated=True, required=False)
R(d, "Ceylon", "called-for", PTBT, D, "calls upon all States which have not yet done so to adhere to the Treaty so that it may become universal")
# Approval by the House of Representatives and the Senate is domestic; the deposit is still to come.
R(d, "Ceylon", NOTRATIFIED, PTBT, None,
  "the in- strument of ratification of Ceylon will be deposited with the three Depositary Governments thereafter", negated=True)
R(d, "Ceylon", PARTY, CPIUN, None, "Ceylon is already a party to the Convention on the Privileges and Immunities of the United Nations")
R(d, "Ceylon", "supported", R1762, "1962-11-06", "resolution 1762 (XVII) of 6th November, 1962, for which the delegation of Ceylon voted")
R(d, GA, "adopted", R1762, "1962-11-06", "resolution 1762 (XVII) of 6th November, 1962", required=False)
# Support for the Eighteen-Nation Committee's efforts (a body) and for extending the ban: nothing.

# ===================== 04 (US Department of State press release No. 38, Thursday, February 11, 1971) =====================
d = "04.txt"
D = "1971-02-11"
R(d, "United States", "signed", SEABED, D, "the Secretary of State signed the Treaty for the United States of America")
RL(d, ["USSR", "United Kingdom"], "signed", SEABED, D,
   "The Ambassador of the Union of Soviet Socialist Republics and the Ambassador of the United Kingdom signed for their Governments immediately afterwards")
for a, b in [("Afghanistan", "Iran"), ("Botswana", "Ireland"), ("Canada", "Laos"), ("Ethiopia", "Nicaragua")]:
    RL(d, [a, b], "signed", SEABED, D, f"{a} {b}")
R(d, "Federal Republic of Germany", "signed", SEABED, D, "The Federal Republic of Germany signed in Washington and in London.")
R(d, "German Democratic Republic", "signed", SEABED, D, "The German Democratic Republic signed the Treaty in Moscow only.")
# "more than sixty" signatory States (unnamed); the three capitals as venues and Depositary Governments: nothing.
R(d, "United States", "called-for", SEABED, D, "He urged \"every nation that shares the ocean\" to sign the Treaty and to ratify it promptly.")
RL(d, ["France", "China"], "signed", SEABED, None,
   "France and the People's Republic of China did not participate in the negotiation of the Treaty and are not signatories.", negated=True)
R(d, "Mexico", "signed", SEABED, None, "The Govern- ment of Mexico has informed the Department that it intends to sign the Treaty later in the year",
  negated=True)
RL(d, ["Argentina", "Brazil"], "signed", SEABED, None, "Argentina and Brazil are expected to follow suit", negated=True)
RL(d, ["United States", "USSR"], COSPONSORED, SEABED, "1969-10",
   "a joint draft presented by the United States and the Soviet Union in October 1969", required=False)
R(d, GA, "adopted", R2660, "1970-12-07",
  "It was commended by the United Nations General Assembly in resolution 2660 (XXV), adopted on December 7, 1970")
R(d, GA, COMMENDED, SEABED, "1970-12-07", "It was commended by the United Nations General Assembly", required=False)
RL(d, ["El Salvador", "Peru"], "supported", R2660, "1970-12-07", "El Salvador and Peru voted against the resolution", negated=True)
RL(d, ["Ecuador", "France"], "supported", R2660, "1970-12-07", "Ecuador and France abstained", negated=True)
QUSP = ("It follows the Antarctic Treaty of 1959, the Limited Test Ban Treaty of 1963 and the Outer Space Treaty of 1967, to all of "
        "which the United States is a party.")
for inst in (ANTARCTIC, LTBT, OST):
    R(d, "United States", PARTY, inst, None, QUSP)
R(d, "United States", RATIFIED, NPT, "1970-03-05",
  "the Treaty on the Non-Proliferation of Nuclear Weapons, which the United States ratified on March 5, 1970")
# Entry into force after twenty-two ratifications: nothing. The Senate's advice and consent is domestic; the deposit is to come.
R(d, "United States", NOTRATIFIED, SEABED, None,
  "the United States instrument of ratification will be deposited as soon as the Senate has acted", negated=True)

# ===================== 05 (newspaper report, UNITED NATIONS, N.Y., Dec. 12 [1974]; header date 1974-12-13) =====================
d = "05.txt"
D = "1974-12-12"
R(d, GA, ADOPTED, CERDS, D, "The General Assembly today approved a Charter of Economic Rights and Duties of States")
RL(d, ["Belgium", "United Kingdom", "Denmark", "Luxembourg", "Federal Republic of Germany", "United States"], "supported", CERDS, D,
   "Voting against were Belgium, Britain, Denmark, Luxembourg, West Germany and the United States.", negated=True)
QABS = "Abstaining were Austria, Canada, France, Ireland, Israel, Italy, Japan, the Netherlands, Norway and Spain."
RL(d, ["Austria", "France", "Israel", "Italy", "Netherlands", "Norway", "Spain"], "supported", CERDS, D, QABS, negated=True)
R(d, "Canada", "supported", CERDS, D, QABS, negated=True, alt=["The Canadian delegate said Canada had abstained"])
R(d, "Japan", "supported", CERDS, D, QABS, negated=True, alt=["Japan, which abstained"])
# The correction: Ireland did not vote for the charter in committee; it abstained in both votes.
R(d, "Ireland", "supported", CERDS, D, QABS, negated=True, alt=["Ireland abstained in both votes."])
RL(d, ["USSR", "China"], "supported", CERDS, D,
   "The Soviet Union and China, which rarely find themselves on the same side of an economic question, both voted for the charter")
# "every Latin American, African and Asian member present" is unnamed.
R(d, "Mexico", COSPONSORED, CERDS, "1974-12",
  "Mexico intro- duced the final draft in the Assembly's Economic and Financial (Second) Committee last week on behalf of more than 90 co-sponsors")
R(d, SECOND, ADOPTED, CERDS, "1974-12-06", "The committee approved it on Friday by 115 votes to 6, with 10 abstentions.")
R(d, GA, "adopted", NIEO, "1974-05",
  "the Declaration on the Establishment of a New International Economic Order that the Assembly adopted in May at its sixth special session")
RL(d, ["Algeria", "India", "Brazil", "Yugoslavia", "Romania"], "supported", CERDS, D,
   "Algeria voted in favor, as did India, Brazil, Yugoslavia and Romania")
# The President's urging of a consensus "On Tuesday", the proposal at UNCTAD in 1972 and the seventh special session: nothing.

# ===================== 06 (UN depositary notification C.N.118.1987.TREATIES-2, 5 June 1987) =====================
d = "06.txt"
R(d, "Netherlands", ACCEPTED, SULPHUR, "1987-06-04",
  "On 4 June 1987, the Government of the Netherlands deposited with the Secretary-General its instrument of acceptance",
  alt=["Netherlands 4 June 1987 (A)"])
# Entry into force on 2 September 1987: nothing.
for actor, row, acts in [
        ("Austria", "Austria 4 February 1987", RATIFIED),
        ("Bulgaria", "Bulgaria 26 September 1986", RATIFIED),
        ("Byelorussian SSR", "Byelorussian Soviet Socialist Republic 10 September 1986 (A)", ACCEPTED),
        ("Canada", "Canada 4 December 1985", RATIFIED),
        ("Czechoslovakia", "Czechoslovakia 26 November 1986 (AA)", ACCEPTED),
        ("Denmark", "Denmark 29 April 1986", RATIFIED),
        ("Finland", "Finland 24 June 1986", RATIFIED),
        ("France", "France 13 March 1986 (AA)", ACCEPTED),
        ("German Democratic Republic", "German Democratic Republic 5 April 1987 (A)", ACCEPTED),
        ("Federal Republic of Germany", "Germany, Federal Republic of 3 March 1987", RATIFIED),
        ("Hungary", "Hungary 11 September 1986 (A)", ACCEPTED),
        ("Norway", "Norway 4 November 1986", RATIFIED),
        ("Sweden", "Sweden 31 March 1986", RATIFIED),
        ("Ukrainian SSR", "Ukrainian Soviet Socialist Republic 2 October 1986 (A)", ACCEPTED),
        ("USSR", "Union of Soviet Socialist Republics 10 September 1986 (A)", ACCEPTED)]:
    day, month, year = row.split()[-3:] if not row.endswith(")") else row.split()[-4:-1]
    months = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
              "September": 9, "October": 10, "November": 11, "December": 12}
    R(d, actor, acts, SULPHUR, f"{year}-{months[month]:02d}-{int(day):02d}", row)
# The declaration on Berlin (West) and the USSR's objections to it: nothing.
QSNR = ("the following States, which signed the Protocol at Helsinki on 8 July 1985, have not yet deposited an instrument of "
        "ratification, acceptance or approval: Belgium, Italy, Liechtenstein, Luxembourg and Switzerland")
SNR = ["Belgium", "Italy", "Liechtenstein", "Luxembourg", "Switzerland"]
RL(d, SNR, "signed", SULPHUR, "1985-07-08", QSNR)
RL(d, SNR[1:], NOTRATIFIED, SULPHUR, None, QSNR, negated=True)
R(d, "Belgium", NOTRATIFIED, SULPHUR, None, QSNR, negated=True,
  alt=["Belgium has informed the depositary that its instrument will be deposited upon completion of the parliamentary procedure"])
R(d, "German Democratic Republic", ACCEDED, EMEP, "1987-04-05",
  "On 5 April 1987, the Government of the German Democratic Republic deposited with the Secretary-General an instrument of accession")

# ===================== 07 (OAU Assembly, Final Communique, Abuja, 5 June 1991; saved archive page) =====================
d = "07.html"
D = "1991-06-05"
S = "1991-06-03"
R(d, "Nigeria", "signed", AEC, S, "The host country, Nigeria, signed first.")
# "forty-nine Member States" (unnamed); the Chairman's election: nothing.
R(d, OAU, "adopted", LPA, "1980-04",
  "the Lagos Plan of Action for the Economic Development of Africa and the Final Act of Lagos, adopted by the Assembly at its Second Extraordinary Session, held in Lagos in April 1980")
R(d, OAU, "adopted", FAL, "1980-04",
  "the Lagos Plan of Action for the Economic Development of Africa and the Final Act of Lagos, adopted by the Assembly at its Second Extraordinary Session, held in Lagos in April 1980")
QCOM = "The Assembly reaffirmed its commitment to the Lagos Plan of Action and to Africa's Priority Programme for Economic Recovery, 1986-1990."
R(d, OAU, COMMITTED, LPA, D, QCOM)
R(d, OAU, COMMITTED, APPER, D, QCOM)
R(d, "Namibia", "signed", AEC, S, "Namibia, attending its first Ordinary Session since its admission as the fifty-first Member State of the Organization, signed the Treaty")
R(d, "Zaire", "signed", AEC, S, "The delegation of Zaire, which signed the Treaty on behalf of its Head of State")
R(d, "Zaire", NOTRATIFIED, AEC, None,
  "informed the Assembly that the Treaty would be submitted to the competent national organs for ratification", negated=True)
R(d, "Senegal", "signed", AEC, S, "Senegal, which signed on 3 June")
R(d, "Senegal", NOTRATIFIED, AEC, None, "stated that its National Assembly would consider the Treaty before the end of the year",
  negated=True, required=False)
R(d, "Morocco", "signed", AEC, None, "the Kingdom of Morocco, which ceased to participate in the Organization in November 1984, did not sign the Treaty",
  negated=True)
R(d, OAU, "called-for", AEC, D,
  "The Assembly called upon all Member States that have not yet done so to sign the Treaty, and upon all signatory States to ratify it as speedily as possible")
# Entry into force (Article 103) and the Secretary-General as depositary: nothing.
R(d, OAU, "adopted", ACRWC, "1990-07",
  "the African Charter on the Rights and Welfare of the Child, adopted at its Twenty-sixth Ordinary Session in Addis Ababa in July 1990")
RL(d, ["Benin", "Burkina Faso", "Mali"], "signed", ACRWC, "1991-06", "was signed during the present Session by Benin, Burkina Faso and Mali")
R(d, OAU, "called-for", ACRWC, D, "urged the Member States to sign and ratify it")
R(d, OAU, "welcomed", BAMAKO, D,
  "The Assembly welcomed the Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa")
# "concluded at Bamako on 30 January 1991" names no actor; the meeting of experts: nothing.
QHAR = ("the Assembly reaffirmed its support for the Harare Declaration of the OAU Ad-Hoc Committee on Southern Africa of 21 August 1989 "
        "and for the Declaration on Apartheid and its Destructive Consequences in Southern Africa")
R(d, OAU, SUPPORT_DECL, HARARE, D, QHAR)
R(d, OAU, SUPPORT_DECL, APDECL, D, QHAR)
R(d, OAUADHOC, "adopted", HARARE, "1989-08-21", "the Harare Declaration of the OAU Ad-Hoc Committee on Southern Africa of 21 August 1989",
  required=False)
R(d, GA, "adopted", APDECL, "1989-12",
  "adopted by the General Assembly of the United Nations at its sixteenth special session in December 1989")
# Maintaining measures against apartheid, the invitation to Dakar and the thanks to Nigeria: nothing.

# ===================== 08 (OAS press release E-61/90, Asuncion, June 8, 1990) =====================
d = "08.txt"
D = "1990-06-08"
R(d, OASGA, "adopted", DPPROT, D,
  "today adopted the Protocol to the American Convention on Human Rights to Abolish the Death Penalty")
RL(d, ["Panama", "Uruguay", "Venezuela"], "signed", DPPROT, D,
   "The Protocol was signed this afternoon by the Foreign Ministers of Panama, Uruguay and Venezuela.")
R(d, "Ecuador", "signed", DPPROT, None, "The Chairman of the delegation of Ecuador said that his country would sign \"within the next few days\"",
  negated=True)
R(d, "Nicaragua", "signed", DPPROT, None, "the delegation of Nicaragua announced that it would do so before the end of the year", negated=True)
# The reservation for wartime and the condition of being a Party to the American Convention: nothing.
R(d, "Uruguay", NOTRATIFIED, DPPROT, None,
  "his country, which abolished capital punishment in 1907, would be among the first to ratify the new instrument", negated=True)
R(d, "Uruguay", "called-for", DPPROT, D,
  "We call upon all the States of the hemisphere that are parties to the Pact of San Jose to join this Protocol")
R(d, "Costa Rica", RATIFIED, ACHR, "1970-04", "his country was the first State to ratify the American Convention, in April 1970")
# Hosting the Inter-American Court since 1979: nothing.
R(d, "Costa Rica", "signed", DPPROT, None, "expected to sign it at an early date", negated=True)
QUS = "the United States, which signed the American Convention in 1977 but has not ratified it"
R(d, "United States", "signed", ACHR, "1977", QUS)
R(d, "United States", NOTRATIFIED, ACHR, None, QUS, negated=True)
R(d, "United States", "supported", DPPROT, D, "had joined the consensus on the text")
R(d, "United States", NOTBOUND, DPPROT, None, "it would not become a party to the Protocol", negated=True)
RL(d, ["Jamaica", "Trinidad and Tobago"], "signed", DPPROT, None,
   "The representatives of Jamaica and of Trinidad and Tobago also explained that their Governments did not intend to sign.", negated=True)
# "was adopted in San Salvador on November 17, 1988" names no actor; it "has not yet entered into force": nothing.
QIA = ("the Inter- American Commission on Human Rights urged the member states to ratify the Protocol of San Salvador and to accede to "
       "the American Convention")
R(d, IACHR, "called-for", SANSALV, None, QIA)
R(d, IACHR, "called-for", ACHR, None, QIA)
R(d, OASGA, "adopted", AGRES1044, "1990-06", "The Assembly also adopted resolution AG/RES. 1044 (XX-O/90)")
# The venue of the next session: nothing.

# ===================== 09 (national archive catalogue export, Markdown; 1958 Geneva Conventions) =====================
d = "09.md"
Q4 = ("the Conference adopted the Convention on the Territorial Sea and the Contiguous Zone, the Convention on the High Seas, the "
      "Convention on Fishing and Conservation of the Living Resources of the High Seas and the Convention on the Continental Shelf, "
      "together with an Optional Protocol of Signature concerning the Compulsory Settlement of Disputes")
for inst in (TS, HS, FISH, CS, OPSD):
    R(d, LOSCONF, "adopted", inst, "1958", Q4)
# Covering dates of the files are not action dates.
for inst in (TS, HS, FISH, CS):
    R(d, "United Kingdom", "supported", inst, "1958", "the United Kingdom voted for all four Conventions")
R(d, "USSR", "supported", FISH, "1958", "the Soviet Union voted against the Fishing Convention", negated=True)
for inst in (TS, HS, FISH, CS, OPSD):
    R(d, "United Kingdom", "signed", inst, "1958-09-09",
      "The four Conventions and the Optional Protocol were signed for the United Kingdom in New York on 9 September 1958.")
QSU = "the Soviet Union signed the four Conventions on 30 October 1958 but did not sign the Optional Protocol"
for inst in (TS, HS, FISH, CS):
    R(d, "USSR", "signed", inst, "1958-10-30", QSU)
R(d, "USSR", "signed", OPSD, None, QSU, negated=True)
# The Secretary-General as depositary and his circular: nothing. Command Papers and the Cabinet's approval: domestic.
for inst in (TS, HS, FISH):
    R(d, "United Kingdom", RATIFIED, inst, "1960-03-14",
      "The United Kingdom deposited its instruments of ratification of these three Conventions on 14 March 1960.")
R(d, "United Kingdom", NOTRATIFIED, CS, None, "the Continental Shelf Convention had not been ratified when the file was closed", negated=True,
  alt=["ratification of the Convention on the Continental Shelf was deferred pending legislation on the continental shelf"])
R(d, "Ceylon", "signed", HS, None, "Ceylon signed the Convention on the High Seas only")
R(d, "Ceylon", NOTRATIFIED, HS, None, "informed the High Commission that it had no plans to ratify it for the present", negated=True)
R(d, "Canada", "signed", CS, None, "Canada, having signed the Continental Shelf Convention")
R(d, "Canada", NOTRATIFIED, CS, None, "had yet to ratify it but intended to do so in 1959", negated=True)
# "The Pakistan file is missing": nothing.
QIC = ("Iceland had not signed the Convention on the Territorial Sea and the Contiguous Zone and did not intend to become a party to it")
R(d, "Iceland", "signed", TS, None, QIC, negated=True)
R(d, "Iceland", NOTBOUND, TS, None, QIC, negated=True)
RL(d, ["United Kingdom", "Iceland"], "signed", UKICE, "1961-03-11",
   "Records of the Exchange of Notes of 11 March 1961 settling the fisheries dispute between the United Kingdom and Iceland", required=False)
RL(d, ["United Kingdom", "Belgium", "France", "Federal Republic of Germany"], "signed", EFC, "1964-03-09",
   "The Convention was signed at London on 9 March 1964 by, among others, the United Kingdom, Belgium, France and the Federal Republic of Germany")
R(d, "Denmark", "signed", EFC, None, "Denmark signed later.")
R(d, "Norway", "signed", EFC, None, "Norway attended the Conference but did not sign the Convention.", negated=True)
# The Fishery Limits Act 1964 is domestic legislation.

# ===================== 10 (UN press release HR/3348, Geneva, 9 June 1993) =====================
d = "10.txt"
ITEMS = [(ICESCR, "the International Covenant on Economic, Social and Cultural Rights;"),
         (ICCPR, "the International Covenant on Civil and Political Rights;"),
         (OP1, "the Optional Protocol to the International Covenant on Civil and Political Rights;"),
         (ICERD, "the International Convention on the Elimination of All Forms of Racial Discrimination;"),
         (CEDAW, "the Convention on the Elimination of All Forms of Discrimination against Women;"),
         (CAT, "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment; and"),
         (CRC, "the Convention on the Rights of the Child.")]
QSK = ("The Slovak Republic has notified the Secretary-General of the United Nations that it con- siders itself bound, as a successor "
       "State, by seven international human rights instruments")
QCZ = "The Czech Republic made a similar notification, in respect of the same seven instruments, on 22 February 1993."
for inst, item in ITEMS:
    R(d, "Slovakia", SUCCEEDED, inst, "1993-05-28", item, alt=[QSK, "The notification, dated 28 May 1993, covers the following treaties:"])
    R(d, "Czech Republic", SUCCEEDED, inst, "1993-02-22", QCZ)
# Effect from 1 January 1993 is not the date of the act; the confirmed declarations under article 41 and articles 21 and 22: nothing.
QCS = "Czechoslovakia had signed the two International Covenants on 7 October 1968 and ratified both on 23 December 1975."
for inst in (ICESCR, ICCPR):
    R(d, "Czechoslovakia", "signed", inst, "1968-10-07", QCS)
    R(d, "Czechoslovakia", RATIFIED, inst, "1975-12-23", QCS)
R(d, "Czechoslovakia", ACCEDED, OP1, "1991-03-12", "It acceded to the Optional Protocol on 12 March 1991")
R(d, "Czechoslovakia", RATIFIED, CRC, "1991-01-07", "ratified the Convention on the Rights of the Child on 7 January 1991")
QOP2 = ("Neither the Czech Republic nor Slovakia is as yet a party to the Second Optional Protocol to the International Covenant on Civil and "
        "Political Rights")
R(d, "Czech Republic", NOTBOUND, OP2, None, QOP2, negated=True)
R(d, "Slovakia", NOTBOUND, OP2, None, QOP2, negated=True,
  alt=["his Government was considering accession to the Second Optional Protocol"])
R(d, "Czechoslovakia", "signed", OP2, None, "which the former federation had not signed", negated=True)
# The abolition of capital punishment in 1990 is domestic; the Committee's welcome and UN membership: nothing.
QREF = ("The Czech Republic is expected to notify shortly its succession to the 1951 Convention relating to the Status of Refugees and "
        "to the 1967 Protocol")
R(d, "Czech Republic", NOTBOUND, REFCONV, None, QREF, negated=True)
R(d, "Czech Republic", NOTBOUND, REFPROT, None, QREF, negated=True)
R(d, "Czechoslovakia", ACCEDED, REFCONV, "1991", "to which Czechoslovakia acceded in 1991")
R(d, "Czechoslovakia", ACCEDED, REFPROT, "1991", "to which Czechoslovakia acceded in 1991")
# "notifications of succession ... from Bosnia and Herzegovina in respect of several human rights treaties" names no instrument.

# ===================== 11 (research notes, Markdown; SFRY successor States) =====================
d = "11.md"
R(d, "Yugoslavia", "signed", GENOCIDE, "1948-12-11", "Yugoslavia signed on 11 December 1948 and ratified on 29 August 1950.")
R(d, "Yugoslavia", RATIFIED, GENOCIDE, "1950-08-29", "Yugoslavia signed on 11 December 1948 and ratified on 29 August 1950.")
R(d, "Yugoslavia", RATIFIED, REFCONV, "1959-12-15", "ratified by Yugoslavia on 15 December 1959")
R(d, "Yugoslavia", ACCEDED, REFPROT, "1968", "the 1967 Protocol was acceded to in 1968")
R(d, "Yugoslavia", RATIFIED, GENEVA49, "1950-04-21", "ratified on 21 April 1950")
R(d, "Yugoslavia", RATIFIED, CAT, "1991-09-10", "ratified on 10 September 1991")
# Independence dates and dates of effect are not dates of notification.
ROWS = [("Slovenia", "| Slovenia | 6 July 1992 | 6 July 1992 | 26 March 1992 |", ("1992-07-06", "1992-07-06", "1992-03-26")),
        ("Croatia", "| Croatia | 12 October 1992 | 12 October 1992 | 11 May 1992 |", ("1992-10-12", "1992-10-12", "1992-05-11")),
        ("Bosnia and Herzegovina", "| Bosnia and Herzegovina | 29 December 1992 | 1 September 1993 | 31 December 1992 |",
         ("1992-12-29", "1993-09-01", "1992-12-31")),
        ("The former Yugoslav Republic of Macedonia",
         "| the former Yugoslav Republic of Macedonia | 18 January 1994 | 18 January 1994 | 1 September 1993 |",
         ("1994-01-18", "1994-01-18", "1993-09-01"))]
for actor, row, dates in ROWS:
    for inst, date in zip((GENOCIDE, REFCONV, GENEVA49), dates):
        extra = {}
        if actor == "The former Yugoslav Republic of Macedonia" and inst is GENOCIDE:
            extra = {"alt": ["Wrong: the C.N. is dated 18 January 1994"]}
        if actor == "Bosnia and Herzegovina" and inst is GENOCIDE:
            extra = {"alt": ["The notification of 29 December 1992 is the one relied on in the case brought against Yugoslavia"]}
        R(d, actor, SUCCEEDED, inst, date, row, **extra)
# The corrected first-visit note ("in 1993") is not recorded. Berne as the depositary's seat: nothing.
R(d, "Slovenia", ACCEDED, CAT, "1993-07-16", "it deposited an instrument of accession on 16 July 1993")
R(d, "Croatia", SUCCEEDED, CAT, "1992-10-12", "Croatia, by contrast, notified succession to the Convention against Torture on 12 October 1992.")
# "Belgrade's position is that Bosnia and Herzegovina could only accede" and the FRY's continuity claim name no act under an instrument.
R(d, UNSC, "adopted", R777, "1992-09-19", "The Security Council, in resolution 777 (1992) of 19 September 1992, considered")
RL(d, ["China", "India", "Zimbabwe"], "supported", R777, "1992-09-19", "China, India and Zimbabwe abstained.", negated=True)
R(d, GA, "adopted", R471, "1992-09-22",
  "The General Assembly followed with resolution 47/1 of 22 September 1992, adopted by 127 votes to 6, with 26 abstentions")
R(d, "The former Yugoslav Republic of Macedonia", SUCCEEDED, REFPROT, "1994-01-18",
  "Same notification as the 1951 Convention (18 January 1994), so the Protocol is covered too.")
# Whether Croatia's notification names the Protocol is left open ("Check whether"): nothing.
R(d, "Bosnia and Herzegovina", NOTBOUND, CAT, None, "A cutting says Sarajevo \"intends to notify succession in due course\".", negated=True)

# ===================== 12 (statement by the Head of the Delegation of Finland, Vienna, Friday, 22 March 1985) =====================
d = "12.txt"
D = "1985-03-22"
R(d, "Finland", "signed", VIENNAOZ, D,
  "A few minutes ago I had the honour to sign the _Vienna Convention for the Protection of the Ozone Layer_ on behalf of the Government of Finland.")
R(d, OZCONF, "adopted", VIENNAOZ, "1985-03", "the Convention we have adopted is a framework", required=False)
# The joint proposal of an annex on chlorofluorocarbons (Canada, Finland, Norway, Sweden, Switzerland) was a draft, not adopted: nothing.
QWEL = "We therefore welcome the resolution which the Conference adopted this morning"
R(d, "Finland", "welcomed", CFCRES, D, QWEL)
R(d, OZCONF, "adopted", CFCRES, D, QWEL)
R(d, "European Economic Community", "signed", VIENNAOZ, D,
  "the Convention has been signed today by a large number of States from all regions and by the European Economic Community")
QSIG = ("Among the signatories are the Union of Soviet Socialist Republics, the Byelorussian Soviet Socialist Republic and the Ukrain- "
        "ian Soviet Socialist Republic, the United States of America and our Nordic neighbours, Denmark, Norway and Sweden.")
RL(d, ["USSR", "Byelorussian SSR", "Ukrainian SSR", "United States", "Denmark", "Norway", "Sweden"], "signed", VIENNAOZ, D, QSIG)
R(d, "Japan", "signed", VIENNAOZ, None, "We note that Japan and the United Kingdom, which took an active part in the negotiations, have not signed today",
  negated=True)
R(d, "United Kingdom", "signed", VIENNAOZ, None,
  "We note that Japan and the United Kingdom, which took an active part in the negotiations, have not signed today", negated=True,
  alt=["the United Kingdom intends to sign within the period during which the Convention remains open for signature"])
R(d, "Finland", NOTRATIFIED, VIENNAOZ, None, "Finland intends to ratify it without delay", negated=True)
# Submission to the Eduskunta is domestic; hosting the Executive Body at Helsinki in July is a meeting.
R(d, "Finland", PARTY, LRTAP, None, "a country that is already a Party to the Convention on Long-range Transboundary Air Pollution")
R(d, "Finland", "called-for", VIENNAOZ, D,
  "I would therefore like to appeal to all States which have not yet done so to sign the Vienna Convention, and to ratify it",
  alt=["We call, too, upon the developing countries to join the Convention"])

# ===================== 13 (Dail Eireann, Official Report, Wednesday, 13th July, 1949) =====================
d = "13.txt"
DS = "1949-05-05"
R(d, "Ireland", "signed", COESTAT, DS,
  "the Statute of the Council of Europe, signed at London on the 5th day of May, 1949, on behalf of the Government of Ireland")
# "ten countries, our own among them" names only Ireland; the United Kingdom as depositary: nothing.
R(d, "United Kingdom", RATIFIED, COESTAT, None, "I am informed that the United Kingdom and Sweden have already deposited their instruments.")
R(d, "Sweden", RATIFIED, COESTAT, None, "I am informed that the United Kingdom and Sweden have already deposited their instruments.")
# The Dail's approval is domestic; the deposit is still to come.
R(d, "Ireland", NOTRATIFIED, COESTAT, None,
  "the Government will ratify the Statute without delay, and our instrument of ratification will be deposited in London", negated=True)
RL(d, ["Greece", "Turkey"], ACCEDED, COESTAT, None,
   "Greece and Turkey have been invited to become members, and it is expected that both will accede to the Statute before the Assembly meets",
   negated=True)
QIRNAT = "Ireland has not signed the North Atlantic Treaty and will not adhere to it in present circumstances."
R(d, "Ireland", "signed", NAT, None, QIRNAT, negated=True)
R(d, "Ireland", NOTBOUND, NAT, None, QIRNAT, negated=True)
# The aide-memoire of 8th February names no instrument.
RL(d, ["United States", "Canada", "Iceland", "Norway", "Portugal"], "signed", NAT, "1949-04-04",
   "The North Atlantic Treaty was signed at Washington on 4th April by twelve States, from the United States and Canada to Iceland, Norway and Portugal.")
R(d, "Sweden", "signed", COESTAT, DS, "Sweden signed the Statute with us")
R(d, "Sweden", NOTBOUND, NAT, None, "has stayed out of the Atlantic Pact", negated=True)
RL(d, ["Switzerland"], NOTBOUND, COESTAT, None, "Switzerland has joined neither.", negated=True)
R(d, "Switzerland", NOTBOUND, NAT, None, "Switzerland has joined neither.", negated=True)
QFIVE = ("Five of the signatories of this Statute--Britain, France, Belgium, the Nether- lands and Luxembourg--signed the Brussels "
         "Treaty on 17th March of last year")
FIVE = ["United Kingdom", "France", "Belgium", "Netherlands", "Luxembourg"]
RL(d, FIVE, "signed", COESTAT, DS, QFIVE)
RL(d, FIVE, "signed", BRUSSELS, "1948-03-17", QFIVE)
QCEEC = ("Ireland signed the Convention for European Economic Co-operation in Paris on the 16th April, 1948, and ratified it later in "
         "that year.")
R(d, "Ireland", "signed", CEEC, "1948-04-16", QCEEC)
R(d, "Ireland", RATIFIED, CEEC, "1948", QCEEC)
# "the Deputy supported it at the time" (a member of parliament, not a State) and "Question put and agreed to" (domestic): nothing.

# ===================== 14 (UN press release GA/4975, 30 November 1973; archive page) =====================
d = "14.html"
D = "1973-11-30"
R(d, GA, "adopted", APARTHEID, D,
  "The General Assembly this afternoon adopted and opened for signature and ratification the International Convention on the Suppression and Punishment of the Crime of Apartheid")
RL(d, ["Portugal", "South Africa", "United Kingdom", "United States"], "supported", APARTHEID, D,
   "by a recorded vote of 91 in favour to 4 against (Portugal, South Africa, United Kingdom, United States)", negated=True)
RL(d, ["Canada", "France", "Federal Republic of Germany", "Japan", "Sweden"], "supported", APARTHEID, D,
   "Among the Members abstaining were Canada, France, the Federal Republic of Germany, Japan and Sweden.", negated=True)
R(d, GA, "called-for", APARTHEID, D, "the Assembly appeals to all States to sign and ratify the Convention as soon as possible")
RL(d, ["Guinea", "USSR"], COSPONSORED, APARTHEID, "1972", "The draft convention was first submitted to the Assembly in 1972 by Guinea and the USSR")
R(d, TC, ADOPTED, APARTHEID, "1973-10-31", "revised in the Third Committee, which approved it on 31 October by 77 votes to 4, with 24 abstentions")
R(d, "United Kingdom", PARTY, ICERD, "1969",
  "his Government, which had become a party to the International Convention on the Elimination of All Forms of Racial Discrimination in 1969")
R(d, "United Kingdom", "signed", APARTHEID, None, "had voted against the text for similar legal reasons and would not sign it", negated=True)
QGDR = "his country had voted in favour and would sign the Convention at the earliest opportunity"
R(d, "German Democratic Republic", "supported", APARTHEID, D, QGDR)
R(d, "German Democratic Republic", "signed", APARTHEID, None, QGDR, negated=True)
# Admission to membership in September: nothing.
QNG = "Nigeria had voted for it and would be among the first to ratify it."
R(d, "Nigeria", "supported", APARTHEID, D, QNG)
R(d, "Nigeria", NOTRATIFIED, APARTHEID, None, QNG, negated=True)
QBU = ("The representatives of the Byelorussian Soviet Socialist Republic and the Ukrainian Soviet Socialist Republic said their "
       "delegations had voted in favour and would propose early ratification to their Governments.")
RL(d, ["Byelorussian SSR", "Ukrainian SSR"], "supported", APARTHEID, D, QBU)
RL(d, ["Byelorussian SSR", "Ukrainian SSR"], NOTRATIFIED, APARTHEID, None, QBU, negated=True)
R(d, "India", "supported", APARTHEID, D, "India had voted for the Convention.")
# India's bringing the question before the UN in 1946, entry into force (article XV): nothing.

# ===================== 15 (ILO press release ILO/1584, Geneva, 9th July [1964], for release Friday, 10th July, 1964) =====================
d = "15.txt"
D = "1964-07-09"
R(d, ILC, "adopted", C122, D,
  "The International Labour Conference, at the closing sitting of its 48th Session today, adopted the Employment Policy Convention, 1964 (No. 122)")
# The Recommendation on the same subject is unnamed.
QALSO = ("The Conference also adopted the Hygiene (Commerce and Offices) Convention, 1964 (No. 120), and the Employment Injury Benefits "
         "Con- vention, 1964 (No. 121).")
R(d, ILC, "adopted", C120, "1964", QALSO)
R(d, ILC, "adopted", C121, "1964", QALSO)
# "96 new ratifications" (unnamed).
ROW_DAH = "Dahomey .................................. 16th May, 1964"
ROW_UV = "Upper Volta .............................. 30th June, 1964"
R(d, "Dahomey", RATIFIED, C100, "1964-05-16", ROW_DAH)
R(d, "Upper Volta", RATIFIED, C100, "1964-06-30", ROW_UV)
R(d, "Ceylon", RATIFIED, C100, "1964-04-01", "Ceylon ................................... 1st April, 1964")
R(d, "Dahomey", RATIFIED, C111, "1964-05-16", ROW_DAH)
R(d, "Upper Volta", RATIFIED, C111, "1964-06-30", ROW_UV)
R(d, "United Republic of Tanganyika and Zanzibar", RATIFIED, C111, "1964-02-26",
  "United Republic of Tanganyika and Zanzibar ........................... 26th February, 1964")
# The footnote corrects the list: the Federal Republic of Germany's ratifications are of 1956 and 1961, none this year.
QFRG = "The Federal Republic of Germany ratified Convention No. 100 in 1956 and Convention No. 111 in 1961"
R(d, "Federal Republic of Germany", RATIFIED, C111, "1961-06-15", "Federal Republic of Germany .............. 15th June, 1961 [1]", alt=[QFRG])
R(d, "Federal Republic of Germany", RATIFIED, C100, "1956", QFRG)
QSSR = "The Byelorussian S.S.R. and the Ukrainian S.S.R., which ratified both Conventions in 1961"
for inst in (C100, C111):
    RL(d, ["Byelorussian SSR", "Ukrainian SSR"], RATIFIED, inst, "1961", QSSR)
# The corrected provisional record: the United Kingdom has ratified neither Convention.
R(d, "United Kingdom", NOTRATIFIED, C111, None, "his Government was not at present in a position to ratify Convention No. 111", negated=True,
  alt=["the United Kingdom has ratified neither Convention"])
R(d, "United Kingdom", NOTRATIFIED, C100, None, "the United Kingdom has ratified neither Convention", negated=True)
QUS15 = "had ratified neither the Equal Remuneration Convention nor Convention No. 111"
R(d, "United States", NOTRATIFIED, C100, None, QUS15, negated=True)
R(d, "United States", NOTRATIFIED, C111, None, QUS15, negated=True)
# Federal equal-pay legislation is domestic.
R(d, "Burma", NOTRATIFIED, C111, None, "his Government intended to ratify Convention No. 111", negated=True)
QDG = ("urged all member States to consider the ratification of the Conven- tions adopted at this Session, and of Conventions Nos. 100 "
       "and 111 in particular")
R(d, ILODG, "called-for", C100, D, QDG)
R(d, ILODG, "called-for", C111, D, QDG)
for inst in (C122, C120, C121):
    R(d, ILODG, "called-for", inst, D, QDG, required=False)

# ===================== 16 (Ukraine, Ministry of Foreign Affairs, press release No. 212/94, Budapest, 5 December 1994) =====================
d = "16.txt"
D = "1994-12-05"
R(d, "Ukraine", ACCEDED, NPT, D,
  "the President of Ukraine handed over Ukraine's instrument of accession to the Treaty on the Non-Prolif- eration of Nuclear Weapons",
  alt=["Ukraine is the last of the three to do so."])
# The three depositary Governments accepting the instrument and the Verkhovna Rada's law: nothing.
RL(d, ["Ukraine", "Russian Federation", "United Kingdom", "United States"], "signed", BUDMEMO, D,
   "the leaders of Ukraine, the Russian Federation, the United Kingdom and the United States of America signed the Memorandum on Security Assurances")
# "the three nuclear-weapon States reaffirm their commitment to respect the independence ..." is the Memorandum's content (nothing).
RL(d, ["France", "China"], "signed", BUDMEMO, None, "France and the People's Republic of China did not sign the Memorandum.", negated=True)
RL(d, ["United States", "Russian Federation"], RATIFIED, START1, D,
   "the United States and the Russian Federation exchanged instruments of ratification of the Treaty on the Reduction and Limi- tation of Strategic Offensive Arms (START I)")
RL(d, ["United States", "USSR"], "signed", START1, "1991-07-31", "signed in Moscow on 31 July 1991 by the USA and the USSR")
# Entry into force of START I and of the Lisbon Protocol: nothing.
RL(d, ["Belarus", "Kazakhstan", "Russian Federation", "Ukraine", "United States"], "signed", LISBON, "1992-05-23",
   "The Protocol was signed at Lisbon on 23 May 1992 by Belarus, Kazakhstan, Russia, Ukraine and the United States")
RL(d, ["Belarus", "Kazakhstan", "Ukraine"], COMMITTED, NPT, "1992-05-23",
   "Belarus, Kazakhstan and Ukraine undertook to adhere to the NPT as non-nuclear- weapon States in the shortest possible time", required=False)
R(d, "Belarus", ACCEDED, NPT, "1993-07-22", "Belarus acceded to the NPT on 22 July 1993, and Kazakhstan on 14 February 1994.")
R(d, "Kazakhstan", ACCEDED, NPT, "1994-02-14", "Belarus acceded to the NPT on 22 July 1993, and Kazakhstan on 14 February 1994.")
QUA = ("Ukraine, which as the Ukrainian SSR was a founding Member of the United Nations, became a party to the Biological Weapons "
       "Convention in 1975 and to the Partial Test Ban Treaty in 1963.")
R(d, "Ukraine", PARTY, BWC, "1975", QUA)
R(d, "Ukraine", PARTY, PTBT16, "1963", QUA)
# "167 States are parties to the NPT" (unnamed).
RL(d, ["India", "Israel", "Pakistan"], NOTBOUND, NPT, None, "India, Israel and Pakistan remain outside the Treaty.", negated=True)
R(d, "Ukraine", "called-for", NPT, D,
  "Ukraine calls on all States that are not yet parties to the Non-Proliferation Treaty to accede to it without delay")
# Taking part in the 1995 Review and Extension Conference and the Summit's adoption of the Budapest Document "tomorrow": nothing.

gold.finish(MIN_CHARS, MAX_CHARS)
