#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Alternative actor names missing from its ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, UNSC, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3200

# ---- instruments: (name as the text names it, aliases) ----
ROME = ("Rome Statute of the International Criminal Court", ["Rome Statute", "ICC Statute", "Statute of the International Criminal Court"])
KAMP = ("Kampala amendments on the crime of aggression", ["Kampala amendments", "amendments on the crime of aggression", "aggression amendments"])
AGGACT = ("decision activating the Court's jurisdiction over the crime of aggression",
          ["activation of the Court's jurisdiction over aggression", "ICC-ASP/16/Res.5"])
CYB = ("United Nations Convention against Cybercrime", ["UN Convention against Cybercrime", "UN Cybercrime Convention", "Hanoi Convention"])
R79 = ("resolution 79/243", ["A/RES/79/243"])
R74 = ("resolution 74/247", ["A/RES/74/247"])
BUD = ("Council of Europe Convention on Cybercrime", ["Budapest Convention", "Convention on Cybercrime", "ETS No. 185"])
PAND = ("WHO Pandemic Agreement", ["Pandemic Agreement", "resolution WHA78.1", "WHA78.1"])
IHRA = ("amendments to the International Health Regulations (2005)", ["2024 amendments to the International Health Regulations", "IHR amendments"])
GRATK = ("WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge",
         ["GRATK", "Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge", "WIPO Genetic Resources Treaty"])
DLT = ("Riyadh Design Law Treaty", ["Design Law Treaty", "DLT", "RDLT"])
CBD = ("Convention on Biological Diversity", ["CBD", "Biodiversity Convention"])
PARIS = ("Paris Convention for the Protection of Industrial Property", ["Paris Convention"])
PCT = ("Patent Cooperation Treaty", ["PCT"])
HAGUE = ("Hague Agreement Concerning the International Registration of Industrial Designs", ["Hague Agreement"])
HKC = ("Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships",
       ["Hong Kong Convention", "HKC", "Ship Recycling Convention"])
BAN = ("Basel Convention's Ban Amendment", ["Basel Ban Amendment", "Ban Amendment"])
SGC = ("United Nations Convention on International Settlement Agreements Resulting from Mediation",
       ["Singapore Convention on Mediation", "Singapore Convention", "Convention on International Settlement Agreements Resulting from Mediation"])
R73 = ("resolution 73/198", ["A/RES/73/198"])
WATER = ("Convention on the Protection and Use of Transboundary Watercourses and International Lakes", ["Water Convention", "UNECE Water Convention"])
UNWC = ("1997 Convention on the Law of the Non-navigational Uses of International Watercourses",
        ["UN Watercourses Convention", "Watercourses Convention", "Convention on the Law of the Non-navigational Uses of International Watercourses"])
ROADMAP = ("Abuja Roadmap on Transboundary Water Cooperation 2025–2030", ["Abuja Roadmap"])
ESC = ("Escazú Agreement", ["Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean",
                            "Escazu Agreement"])
RAP = ("Regional Action Plan on Human Rights Defenders in Environmental Matters", ["Action Plan on Human Rights Defenders in Environmental Matters", "decision III/1"])
EWIPA = ("Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas",
         ["EWIPA Declaration", "EWIPA Political Declaration", "Political Declaration on Explosive Weapons in Populated Areas", "Dublin Declaration"])
MAI = ("Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy",
       ["Political Declaration on Responsible Military Use of AI and Autonomy", "military AI Political Declaration"])
CTA = ("REAIM Call to Action", ["REAIM 2023 Call to Action", "Call to Action on the responsible use of AI in the military domain"])
IR25 = ("resolution GOV/2025/38", ["GOV/2025/38", "Board of Governors resolution of June 2025 on Iran"])
IR24 = ("resolution GOV/2024/69", ["GOV/2024/69", "Board of Governors resolution of November 2024 on Iran"])
NPT = ("Treaty on the Non-Proliferation of Nuclear Weapons", ["NPT", "Non-Proliferation Treaty"])
AP = ("Additional Protocol to Iran's comprehensive safeguards agreement", ["Additional Protocol", "IAEA Additional Protocol"])
JCPOA = ("2015 nuclear agreement between Iran and six world powers", ["Joint Comprehensive Plan of Action", "JCPOA", "Iran nuclear deal"])
R78 = ("resolution 78/282", ["A/78/L.67/Rev.1", "A/RES/78/282", "Srebrenica resolution",
                             "resolution on the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica"])
GENO = ("Convention on the Prevention and Punishment of the Crime of Genocide", ["Genocide Convention"])
KIG = ("Kigali Amendment to the Montreal Protocol",
       ["Kigali Amendment", "Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer (Kigali, 15 October 2016)"])
MP = ("Montreal Protocol on Substances that Deplete the Ozone Layer", ["Montreal Protocol"])
VC = ("Vienna Convention for the Protection of the Ozone Layer", ["Vienna Convention"])
IST = ("Council of Europe Convention on preventing and combating violence against women and domestic violence", ["Istanbul Convention", "CETS No. 210"])
MAR = ("Marrakesh Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired, or Otherwise Print Disabled",
       ["Marrakesh Treaty", "Marrakesh VIP Treaty"])
BTAP = ("Beijing Treaty on Audiovisual Performances", ["Beijing Treaty"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Republic of Korea", "Iran", "Viet Nam", "Türkiye", "European Union", "Czechia",
          "Côte d'Ivoire", "Netherlands", "Marshall Islands", "Gambia", "Congo", "Egypt", "Saudi Arabia", "Kyrgyzstan", "Kazakhstan", "Tajikistan",
          "Ghana", "China", "Guatemala", "Costa Rica", "Paraguay", "Chile", "Mexico", "Colombia", "Ecuador", "Germany", "Bangladesh", "Venezuela",
          "Somalia", "South Sudan", "Rwanda", "Bolivia"),
    "Saint Kitts and Nevis": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Republic of Trinidad and Tobago"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "Slovakia": ["Slovakia", "Slovak Republic"],
    "Peru": ["Peru", "Republic of Peru"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Greece": ["Greece", "Hellenic Republic"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Libya": ["Libya", "State of Libya"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
    "North Macedonia": ["North Macedonia", "Republic of North Macedonia"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Nigeria": ["Nigeria", "Federal Republic of Nigeria"],
    "Iraq": ["Iraq", "Republic of Iraq"],
    "Latvia": ["Latvia", "Republic of Latvia"],
    "Malawi": ["Malawi", "Republic of Malawi"],
    "Guinea-Bissau": ["Guinea-Bissau", "Republic of Guinea-Bissau"],
    "El Salvador": ["El Salvador", "Republic of El Salvador"],
}
REVCONF = ["Review Conference of the Rome Statute", "Review Conference", "Kampala Review Conference"]
ASP = ["Assembly of States Parties", "Assembly of States Parties to the Rome Statute", "ICC Assembly of States Parties", "ASP"]
ASPPRES = ["President of the Assembly of States Parties", "Päivi Kaukoranta", "Assembly of States Parties", "ASP President"]
AHC = ["Ad Hoc Committee on cybercrime", "Ad Hoc Committee",
       "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes"]
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General", "António Guterres"]
WHA = ["World Health Assembly", "Seventy-eighth World Health Assembly", "WHA", "WHA78"]
COMA = ["WHA Committee A", "Committee A", "Committee A of the World Health Assembly"]
WHODG = ["WHO Director-General", "Director-General of WHO", "Tedros Adhanom Ghebreyesus", "WHO", "World Health Organization"]
DCG = ["Diplomatic Conference", "WIPO Diplomatic Conference",
       "Diplomatic Conference to Conclude an International Legal Instrument Relating to Intellectual Property, Genetic Resources and Traditional Knowledge Associated with Genetic Resources"]
DCR = ["Diplomatic Conference to Conclude and Adopt a Design Law Treaty", "Diplomatic Conference", "WIPO Diplomatic Conference"]
SAUDI = ["Saudi Arabia", "Kingdom of Saudi Arabia", "Majid bin Abdullah Al-Kassabi", "Minister of Commerce"]
HKCONF = ["diplomatic conference", "International Conference on the Safe and Environmentally Sound Recycling of Ships", "Hong Kong diplomatic conference"]
IMOSG = ["IMO Secretary-General", "Arsenio Dominguez", "Secretary-General of the International Maritime Organization", "IMO", "International Maritime Organization"]
SGP = ["Singapore", "Edwin Tong", "Second Minister for Law", "Ministry of Law"]
NIG = ["Nigeria", "Federal Republic of Nigeria", "Joseph Terlumun Utsev", "Minister of Water Resources and Sanitation of Nigeria"]
ESCCOP = ["Conference of the Parties to the Escazú Agreement", "COP3", "Conference of the Parties", "Escazú COP"]
ECLACES = ["ECLAC Executive Secretary", "José Manuel Salazar-Xirinachs", "Executive Secretary of ECLAC", "ECLAC",
           "Economic Commission for Latin America and the Caribbean"]
NOR = ["Norway", "Espen Barth Eide", "Minister of Foreign Affairs of Norway"]
USJ = ["United States", "United States of America", "US", "USA", "Bonnie Jenkins"]
BOG = ["IAEA Board of Governors", "Board of Governors", "International Atomic Energy Agency Board of Governors", "IAEA"]
COESG = ["Secretary General of the Council of Europe", "Alain Berset", "Council of Europe Secretary General", "Council of Europe"]
MARCONF = ["WIPO Diplomatic Conference", "Diplomatic Conference",
           "Diplomatic Conference to Conclude a Treaty to Facilitate Access to Published Works by Visually Impaired Persons and Persons with Print Disabilities"]
RTRA = ["Right to Read Alliance"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 =====================
d = "01.txt"
R(d, "Ukraine", "party", ROME, None, "Ukraine became the 125th State Party to the Rome Statute of the International Criminal Court on 1 January 2025", required=False)
R(d, "Ukraine", RATIFIED, ROME, "2024-10-25", "Its instrument of ratification had been deposited with the UN Secretary-General on 25 October 2024")
R(d, "Ukraine", "signed", ROME, "2000-01", "Ukraine signed the Statute in January 2000")
R(d, "Ukraine", NOTRATIFIED, KAMP, None, "Ukraine has not, however, ratified the amendments on the crime of aggression adopted at Kampala", negated=True)
R(d, REVCONF, "adopted", KAMP, "2010-06-11", "The Review Conference of the Rome Statute adopted the amendments in Kampala, Uganda, on 11 June 2010")
R(d, "Liechtenstein", RATIFIED, KAMP, "2012-05", "Liechtenstein was the first State to ratify them, in May 2012")
RL(d, ["Samoa", "Trinidad and Tobago", "Luxembourg"], RATIFIED, KAMP, None, "Samoa, Trinidad and Tobago and Luxembourg followed")
R(d, ASP, "adopted", AGGACT, "2017-12", "The Assembly of States Parties activated the Court's jurisdiction over aggression by consensus in December 2017", required=False)
R(d, "Armenia", RATIFIED, ROME, "2023-11-14", "Armenia deposited its instrument of ratification of the Rome Statute on 14 November 2023")
R(d, "Armenia", RATIFIED, KAMP, "2023-11-14", "at the same time, ratified the Kampala amendments")
R(d, "Armenia", "party", ROME, None, "it became a State Party on 1 February 2024", required=False)
Q4 = "Germany, Italy, the Netherlands and Spain are among the European States Parties that have ratified both the Statute and the aggression amendments"
for inst in (ROME, KAMP):
    RL(d, ["Germany", "Italy", "Netherlands", "Spain"], RATIFIED, inst, None, Q4)
R(d, "Hungary", PARTY, ROME, "2001", "Hungary, a State Party since 2001")
R(d, "Hungary", "party", ROME, None, "Hungary notified its withdrawal to the Secretary-General on 2 June 2025", negated=True, required=False,
  alt=["Its Government announced in April that it would leave the Court"])
R(d, "Hungary", NOTRATIFIED, KAMP, None, "Hungary never ratified the Kampala amendments", negated=True)
R(d, "China", "signed", ROME, None, "China has neither signed nor ratified the Statute", negated=True)
R(d, "China", NOTRATIFIED, ROME, None, "China has neither signed nor ratified the Statute", negated=True)
R(d, "United States", "signed", ROME, "2000-12", "The United States signed it in December 2000")
R(d, "United States", NOTBOUND, ROME, None, "told the Secretary-General in May 2002 that it did not intend to become a party", negated=True)
RL(d, ["India", "Indonesia"], "signed", ROME, None, "India and Indonesia have not signed it", negated=True)
R(d, "United Kingdom", RATIFIED, ROME, "2001-10", "The United Kingdom ratified the Rome Statute in October 2001")
R(d, "United Kingdom", NOTRATIFIED, KAMP, None, "The United Kingdom ratified the Rome Statute in October 2001 but has not ratified the Kampala amendments", negated=True,
  alt=["has no plans to lay the amendments before Parliament"])
R(d, "France", PARTY, ROME, None, "France, the other permanent member of the Security Council that is a State Party")
R(d, "France", NOTRATIFIED, KAMP, None, "France, the other permanent member of the Security Council that is a State Party, is in the same position", negated=True)
R(d, ASPPRES, "called-for", KAMP, "2024-12",
  "its President, Päivi Kaukoranta, called on all States Parties that had not yet done so to ratify the amendments on aggression")

# ===================== 02 =====================
d = "02.txt"
DAY = "2024-12-24"
R(d, GA, "adopted", CYB, DAY, "The General Assembly this morning adopted without a vote the United Nations Convention against Cybercrime",
  alt=["By resolution 79/243, the Assembly adopted the Convention"])
R(d, GA, "adopted", R79, DAY, "By resolution 79/243, the Assembly adopted the Convention", required=False)
R(d, AHC, "adopted", CYB, "2024-08-08", "whose text the Ad Hoc Committee on cybercrime had approved by consensus on 8 August 2024")
R(d, GA, "adopted", R74, "2019-12", "resolution 74/247, which the Assembly adopted by a recorded vote in December 2019")
R(d, "Russian Federation", "co-sponsored", R74, None, "with the Russian Federation as its main sponsor")
R(d, "Russian Federation", "supported", CYB, DAY, "the speaker for the Russian Federation said his delegation had joined the consensus", required=False)
R(d, "Russian Federation", "signed", CYB, None, "Moscow would take a decision on signature only after a careful legal review", negated=True)
R(d, "European Union", "supported", CYB, None, "said the Union had supported the Convention throughout")
R(d, "European Union", "signed", CYB, None, "said the Union had supported the Convention throughout and intends to sign it in Hanoi", negated=True)
R(d, "Norway", PARTY, BUD, "2006", "Norway, a party to the Council of Europe Convention on Cybercrime (Budapest Convention) since 2006")
R(d, "United States", "supported", CYB, DAY, "The representative of the United States said her delegation supported the Convention \"with clear eyes\"")
R(d, "United States", "signed", CYB, None, "would examine how its safeguards were applied before signing", negated=True)
RL(d, ["Canada", "Australia", "New Zealand"], "signed", CYB, None,
   "Canada, speaking also for Australia and New Zealand, said the three countries would \"carefully consider\" whether to sign", negated=True)
R(d, "Viet Nam", "signed", CYB, None, "said his country would be among the first to sign the Convention when it opens for signature in Hanoi", negated=True)
R(d, UNSG, "called-for", CYB, DAY, "called on all Member States to sign and ratify the Convention")

# ===================== 03 =====================
d = "03.txt"
TUE, MON = "2025-05-20", "2025-05-19"
R(d, WHA, "adopted", PAND, TUE, "The World Health Assembly on Tuesday adopted the WHO Pandemic Agreement by consensus",
  alt=["The agreement, adopted as resolution WHA78.1"])
R(d, COMA, "adopted", PAND, MON,
  "a day after the text cleared the Assembly's Committee A in a recorded vote of 124 in favour, none against and 11 abstentions")
QAB = ("Abstaining with it were Poland, Israel, Italy, the Russian Federation and Iran, as well as Bulgaria, the Netherlands, Egypt, Jamaica and "
       "Guatemala")
R(d, "Slovakia", "supported", PAND, MON, "Slovakia had asked for Monday's vote. Abstaining with it", negated=True)
RL(d, ["Poland", "Israel", "Italy", "Russian Federation", "Iran", "Bulgaria", "Netherlands", "Egypt", "Jamaica", "Guatemala"], "supported", PAND, MON, QAB,
   negated=True)
RL(d, ["Brazil", "China", "India", "Japan", "South Africa", "United Kingdom"], "supported", PAND, MON,
   "Brazil, China, India, Japan, South Africa and the United Kingdom were among those voting in favour")
R(d, "United States", "supported", PAND, None,
  "The United States, which announced its withdrawal from WHO in January, took no part in the negotiations and did not vote", negated=True)
R(d, "Argentina", "supported", PAND, None, "Argentina, which has said it will also leave the organization, was absent", negated=True, required=False)
R(d, WHODG, "called-for", PAND, TUE, "urged governments to sign and ratify the agreement as soon as it opens for signature")
R(d, "Italy", "signed", PAND, None, "Italy's delegate said Rome would not sign the agreement in its current form", negated=True)
R(d, "Slovakia", NOTRATIFIED, PAND, None, "Slovakia's Prime Minister Robert Fico said last week his government would not ratify it", negated=True)
R(d, "Poland", JOINED, PAND, None, "said it \"expects to join\" once the annex is agreed", negated=True)
R(d, WHA, "adopted", IHRA, "2024", "Last year the Assembly adopted a package of amendments to the International Health Regulations (2005)")
R(d, "Slovakia", ACCEPTED, IHRA, None, "Slovakia has said it will reject those amendments too", negated=True)

# ===================== 04 =====================
d = "04.txt"
DAY = "2025-07-09"
R(d, "Colombia", RATIFIED, GRATK, DAY,
  "This morning, I had the honour of handing to the Director General Colombia's instrument of ratification of the WIPO Treaty on Intellectual Property, "
  "Genetic Resources and Associated Traditional Knowledge", alt=["With today's deposit, Colombia joins Malawi, Botswana and Paraguay"])
R(d, "Colombia", "signed", GRATK, "2024-05-24", "We signed this Treaty here in Geneva on 24 May 2024")
R(d, DCG, "adopted", GRATK, "2024-05-24", "on 24 May 2024, the day the Diplomatic Conference adopted it")
RL(d, ["Malawi", "Botswana", "Paraguay"], RATIFIED, GRATK, "2025", "Malawi, Botswana and Paraguay, which ratified the Treaty earlier this year")
R(d, "Saint Kitts and Nevis", ACCEDED, GRATK, "2025-03", "Saint Kitts and Nevis, which acceded to it in March")
QBP = "Brazil and Peru signed the Treaty in 2024 but have yet to ratify it"
RL(d, ["Brazil", "Peru"], "signed", GRATK, "2024", QBP)
RL(d, ["Brazil", "Peru"], NOTRATIFIED, GRATK, None, QBP, negated=True)
R(d, "Ecuador", "signed", GRATK, None, "Ecuador, whose indigenous organizations followed the negotiations closely, has not signed it", negated=True)
RL(d, ["United States", "Japan"], "supported", GRATK, None, "the United States and Japan dissociated themselves from the consensus on the Treaty's adoption",
   negated=True, required=False)
R(d, "Colombia", PARTY, CBD, "1994", "Colombia has been a Party to the Convention on Biological Diversity since 1994")
R(d, "Colombia", "signed", DLT, "2024-11", "My delegation signed the Riyadh Design Law Treaty in November last year")
R(d, "Colombia", NOTRATIFIED, DLT, None, "we expect to ratify it in 2026", negated=True)
R(d, "Colombia", "called-for", GRATK, DAY,
  "Colombia calls on all Member States that have not yet done so to ratify or accede to the Treaty on Intellectual Property, Genetic Resources and "
  "Associated Traditional Knowledge", alt=["We hope all three will follow suit"])

# ===================== 05 =====================
d = "05.txt"
DAY = "2025-06-03"
R(d, "Saudi Arabia", RATIFIED, DLT, DAY,
  "The Kingdom of Saudi Arabia today deposited with the Director General of the World Intellectual Property Organization (WIPO), Mr. Daren Tang, its "
  "instrument of ratification of the Riyadh Design Law Treaty")
R(d, DCR, "adopted", DLT, "2024-11-22", "The Treaty was adopted on 22 November 2024 by the Diplomatic Conference to Conclude and Adopt a Design Law Treaty")
R(d, "Saudi Arabia", "signed", DLT, "2024-11-22", "On the day of its adoption the Treaty was signed by the Kingdom")
RL(d, ["Algeria", "Côte d'Ivoire", "Egypt", "Jordan", "Morocco", "Nigeria", "Portugal", "Senegal", "Spain", "Uruguay"], "signed", DLT, "2024-11-22",
   "On the day of its adoption the Treaty was signed by the Kingdom and by 30 other Member States of WIPO, among them Algeria, Côte d'Ivoire, Egypt, "
   "Jordan, Morocco, Nigeria, Portugal, Senegal, Spain and Uruguay")
R(d, "Saudi Arabia", "party", DLT, None, "The Kingdom thus becomes the third Contracting Party", required=False)
RL(d, ["Kyrgyzstan", "Ghana"], PARTY, DLT, None, "The Kingdom thus becomes the third Contracting Party, after Kyrgyzstan and Ghana")
R(d, SAUDI, "called-for", DLT, DAY, "He urged the States that signed the Treaty in Riyadh to ratify it without delay")
R(d, "Saudi Arabia", ACCEDED, PARIS, "2004", "The Kingdom, which acceded to the Paris Convention for the Protection of Industrial Property in 2004")
R(d, "Saudi Arabia", ACCEDED, PCT, "2013", "and to the Patent Cooperation Treaty in 2013")
R(d, "Saudi Arabia", JOINED, HAGUE, None,
  "is also studying accession to the Hague Agreement Concerning the International Registration of Industrial Designs", negated=True)
R(d, "United Kingdom", "signed", DLT, "2025-02", "the United Kingdom signed the Treaty in February 2025")
R(d, "United Kingdom", NOTRATIFIED, DLT, None, "has announced that it expects to ratify it next year", negated=True)
RL(d, ["United States", "Japan", "European Union"], "signed", DLT, None,
   "the United States, Japan and the European Union, all of which took part in the Conference, have not signed it", negated=True)

# ===================== 06 =====================
d = "06.txt"
DAY = "2025-06-26"
R(d, HKCONF, "adopted", HKC, "2009-05",
  "it was adopted by a diplomatic conference convened by the International Maritime Organization (IMO) in Hong Kong, China, in May 2009")
RL(d, ["Bangladesh", "Liberia"], ACCEDED, HKC, "2023-06", "when Bangladesh and Liberia deposited instruments of accession at IMO headquarters in London")
R(d, "Norway", RATIFIED, HKC, "2013", "Norway had been the first State to ratify, in 2013")
QL = ("The Convention now has 24 Contracting States, including the three biggest ship recycling countries – India, Bangladesh and Pakistan – and the "
      "flag States Liberia, Panama and the Marshall Islands")
RL(d, ["India", "Pakistan", "Panama", "Marshall Islands"], PARTY, HKC, None, QL)
RL(d, ["Bangladesh", "Liberia"], PARTY, HKC, None, QL, required=False)
R(d, "Türkiye", ACCEDED, HKC, "2019", "Türkiye, the fourth-largest recycling country, acceded in 2019")
R(d, "Japan", ACCEDED, HKC, "2019-03", "Japan, which acceded in March 2019")
R(d, IMOSG, "called-for", HKC, DAY, "urged all flag States that have not yet done so to become Parties to the Convention")
R(d, "China", JOINED, HKC, None, "China, once the world's leading recycler, has not acceded", negated=True)
QGR = "Greece, whose shipowners control the largest merchant fleet by tonnage, has neither signed nor acceded to the Convention"
R(d, "Greece", "signed", HKC, None, QGR, negated=True)
R(d, "Greece", JOINED, HKC, None, QGR, negated=True)
R(d, "Italy", "signed", HKC, "2010", "Italy signed it in 2010 but has never ratified it")
R(d, "Italy", NOTRATIFIED, HKC, None, "Italy signed it in 2010 but has never ratified it", negated=True)
R(d, "United States", "signed", HKC, None, "the United States has neither signed nor ratified it", negated=True)
R(d, "United States", NOTRATIFIED, HKC, None, "the United States has neither signed nor ratified it", negated=True)
R(d, "European Union", NOTBOUND, HKC, None, "The European Union cannot itself join the Convention, which is open only to States", negated=True, required=False)
RL(d, ["Belgium", "Denmark", "France", "Germany", "Netherlands"], PARTY, HKC, None,
   "Belgium, Denmark, France, Germany and the Netherlands are among those that are also Parties to the Convention")
RL(d, ["India", "Bangladesh", "Pakistan"], NOTBOUND, BAN, None, "the Basel Convention's Ban Amendment, to which India, Bangladesh and Pakistan are not parties",
   negated=True)

# ===================== 07 =====================
d = "07.txt"
DAY = "2024-08-07"
RL(d, ["China", "India", "Republic of Korea", "United States"], "signed", SGC, "2019-08-07",
   "On that day it was signed by 46 States, including China, India, the Republic of Korea and the United States")
R(d, "Nigeria", "signed", SGC, DAY, "the Federal Republic of Nigeria signed the Convention",
  alt=["The Convention was signed on Nigeria's behalf by its Attorney-General and Minister of Justice, Mr Lateef Fagbemi",
       "Nigeria becomes the 58th signatory of the Convention"])
QAD = "The Convention was adopted by the United Nations General Assembly on 20 December 2018 by resolution 73/198"
R(d, GA, "adopted", SGC, "2018-12-20", QAD)
R(d, GA, "adopted", R73, "2018-12-20", QAD, required=False)
R(d, "Singapore", "co-sponsored", R73, None, "resolution 73/198, which Singapore co-sponsored")
R(d, "Singapore", RATIFIED, SGC, "2020-02", "Singapore ratified the Convention in February 2020")
QAM = ("Among them are Saudi Arabia (2020), Qatar (2020), Türkiye (2021), Georgia (2021), Japan (2023), Honduras (2023) and Uruguay (2024)")
for a, y in [("Saudi Arabia", "2020"), ("Qatar", "2020"), ("Türkiye", "2021"), ("Georgia", "2021"), ("Japan", "2023"), ("Honduras", "2023"), ("Uruguay", "2024")]:
    R(d, a, ACCEPTED, SGC, y, QAM)
R(d, "Kazakhstan", "signed", SGC, "2019", "Kazakhstan, which signed in 2019")
R(d, "Kazakhstan", RATIFIED, SGC, "2024-07", "Kazakhstan, which signed in 2019, deposited its instrument of ratification last month")
RL(d, ["China", "India"], NOTRATIFIED, SGC, None, "China and India, which signed on the first day, have not ratified the Convention", negated=True)
R(d, "United States", NOTRATIFIED, SGC, None, "and nor has the United States", negated=True)
R(d, "United Kingdom", "signed", SGC, "2023-05", "The United Kingdom signed in May 2023")
R(d, "United Kingdom", NOTRATIFIED, SGC, None, "it has not yet ratified", negated=True)
R(d, "European Union", "signed", SGC, None, "The European Union has neither signed nor ratified the Convention", negated=True)
R(d, "European Union", NOTRATIFIED, SGC, None, "The European Union has neither signed nor ratified the Convention", negated=True)
R(d, SGP, "called-for", SGC, DAY, "called on all signatories to complete their domestic procedures and ratify the Convention")

# ===================== 08 =====================
d = "08.txt"
WIN = "2025-03"
RL(d, ["Chad", "Senegal"], ACCEDED, WATER, "2018", "Chad and Senegal were the first to accede, in 2018")
R(d, "Ghana", ACCEDED, WATER, "2020", "followed by Ghana in 2020")
RL(d, ["Guinea-Bissau", "Togo"], ACCEDED, WATER, "2021", "Guinea-Bissau and Togo in 2021")
R(d, "Cameroon", ACCEDED, WATER, "2022", "Cameroon in 2022")
R(d, "Gambia", ACCEDED, WATER, "2023", "the Gambia in 2023")
R(d, "Nigeria", ACCEDED, WATER, "2024", "Nigeria in 2024")
R(d, "Côte d'Ivoire", ACCEDED, WATER, "2025-02-27",
  "Côte d'Ivoire, which deposited its instrument of accession with the Secretary-General of the United Nations on 27 February 2025")
R(d, "Côte d'Ivoire", "party", WATER, None, "thereby becomes the ninth African Party", required=False)
QBN = "The delegations of Benin and Niger informed the meeting that their national accession procedures were well advanced"
R(d, "Benin", JOINED, WATER, None, QBN, negated=True)
R(d, "Niger", JOINED, WATER, None, QBN, negated=True, alt=["Niger expects to deposit its instrument before the eleventh session of the Meeting of the Parties in 2027"])
R(d, "Mali", JOINED, WATER, None, "Mali has not yet begun the process", negated=True)
RL(d, ["Chad", "Côte d'Ivoire", "Guinea-Bissau", "Nigeria"], PARTY, UNWC, None,
   "Chad, Côte d'Ivoire, Guinea-Bissau and Nigeria are also Parties to the 1997 Convention on the Law of the Non-navigational Uses of International Watercourses")
PARTICIPANTS = ["Benin", "Cameroon", "Chad", "Côte d'Ivoire", "Gambia", "Ghana", "Guinea-Bissau", "Mali", "Niger", "Nigeria", "Senegal", "Togo"]
RL(d, PARTICIPANTS, ENDORSED, ROADMAP, WIN, "Participants endorsed the Abuja Roadmap on Transboundary Water Cooperation 2025–2030")
R(d, NIG, "called-for", WATER, WIN, "called on all riparian States of the four basins that have not yet done so to accede to the Water Convention")

# ===================== 09 =====================
d = "09.txt"
DAY = "2024-04-24"
R(d, ESCCOP, "adopted", RAP, DAY, "The Conference of the Parties adopted the Plan by consensus in decision III/1",
  alt=["concluded today at ECLAC headquarters in Santiago, Chile, with the adoption of the Regional Action Plan on Human Rights Defenders in Environmental Matters"])
QBG = ("Belize and Grenada took part as Parties for the first time, having deposited their instruments of ratification in 2023 and 2024 respectively")
R(d, "Belize", RATIFIED, ESC, "2023-03-07", "07/03/2023   Belize deposits its instrument of ratification of the Escazú Agreement", alt=[QBG])
R(d, "Grenada", RATIFIED, ESC, "2024", QBG)
RL(d, ["Belize", "Grenada"], "party", ESC, None, "Belize and Grenada took part as Parties for the first time", required=False)
R(d, "Chile", RATIFIED, ESC, "2022-06", "Chile, which hosted the meeting and ratified the Agreement in June 2022")
R(d, "Mexico", RATIFIED, ESC, "2020-11", "Mexico ratified in November 2020")
R(d, "Argentina", RATIFIED, ESC, "2021-01", "Argentina in January 2021")
FIVE = ["Brazil", "Costa Rica", "Guatemala", "Paraguay", "Peru"]
RL(d, FIVE, "signed", ESC, "2018-09-27", "Brazil, Costa Rica, Guatemala, Paraguay and Peru, all of which signed on 27 September 2018")
RL(d, FIVE, NOTRATIFIED, ESC, None, "Five signatories have still not ratified: Brazil, Costa Rica, Guatemala, Paraguay and Peru", negated=True)
R(d, "Colombia", NOTRATIFIED, ESC, None,
  "Colombia, whose Congress approved the Agreement in 2022, has not yet deposited its instrument of ratification", negated=True,
  alt=["the Colombian delegation said it expected to do so \"in the coming months\""])
RL(d, ["Honduras", "El Salvador"], "signed", ESC, None, "Honduras and El Salvador have not signed the Agreement", negated=True)
R(d, ECLACES, "called-for", ESC, DAY, "called on all countries of the region that have not yet done so to sign and ratify the Agreement")

# ===================== 10 =====================
d = "10.txt"
DAY, MON = "2024-04-23", "2024-04-22"
LEAD = ("Chile, Ghana, Mozambique and Sierra Leone have endorsed the Political Declaration on Strengthening the Protection of Civilians from the "
        "Humanitarian Consequences Arising from the Use of Explosive Weapons in Populated Areas")
RL(d, ["Chile", "Ghana"], ENDORSED, EWIPA, MON, "Chile and Ghana announced their endorsement at the opening of the Oslo conference on Monday", alt=[LEAD])
RL(d, ["Mozambique", "Sierra Leone"], ENDORSED, EWIPA, DAY, "Mozambique and Sierra Leone followed today, as the conference closed", alt=[LEAD])
RL(d, ["Ireland", "Norway", "France", "Germany", "United Kingdom", "United States"], ["endorsed", "adopted", "committed"], EWIPA, "2022-11-18",
   "Ireland and Norway were among them, as were France, Germany, the United Kingdom and the United States",
   alt=["83 States adopted the Declaration at Dublin Castle on 18 November 2022"])
R(d, NOR, "called-for", EWIPA, DAY, "he urged all States that have not yet endorsed the Declaration to do so before the next follow-up conference")
RL(d, ["Israel", "Russian Federation"], ENDORSED, EWIPA, None, "Israel and the Russian Federation have not endorsed the Declaration", negated=True)
R(d, "China", ENDORSED, EWIPA, None, "Israel and the Russian Federation have not endorsed the Declaration, and neither has China", negated=True)
R(d, "Brazil", ENDORSED, EWIPA, None, "Brazil informed the conference that it was \"studying the text with interest\"", negated=True)
R(d, "India", ENDORSED, EWIPA, None, "India, which took part in the consultations that led to the Declaration, has stated that it will not endorse it", negated=True)

# ===================== 11 =====================
d = "11.txt"
DAY, TUE = "2024-03-20", "2024-03-19"
QLIST = ("Endorsing States now include: Albania, Australia, Austria, Bahrain, Belgium, Bulgaria, Canada, Costa Rica, Croatia, Czechia, Denmark, Estonia, "
         "Finland, France, Georgia, Germany, Hungary, Iceland, Italy, Japan, Latvia, Lithuania, Luxembourg, Malta, Montenegro, Morocco, the Netherlands, "
         "New Zealand, North Macedonia, Norway, Poland, Portugal, the Republic of Korea, Romania, Singapore, Slovenia, Spain, Sweden, Türkiye, Ukraine, "
         "the United Kingdom and the United States")
R(d, "United States", ["endorsed", "committed", "adopted", "co-sponsored"], MAI, "2023-02",
  "The United States launched the Declaration at the Summit on Responsible Artificial Intelligence in the Military Domain (REAIM) in The Hague in "
  "February 2023", alt=[QLIST])
QNEW = "On Tuesday, the opening day of the plenary, the Dominican Republic, Kenya, Liberia and Malawi endorsed the Declaration"
for a in ["Dominican Republic", "Kenya", "Liberia", "Malawi"]:
    R(d, a, ENDORSED, MAI, TUE, QNEW,
      alt=["as well as the four States named above"] + (["Kenya's delegation said its endorsement was the result of an interagency review"] if a == "Kenya" else []))
LIST = ["Albania", "Australia", "Austria", "Bahrain", "Belgium", "Bulgaria", "Canada", "Costa Rica", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
        "France", "Georgia", "Germany", "Hungary", "Iceland", "Italy", "Japan", "Latvia", "Lithuania", "Luxembourg", "Malta", "Montenegro", "Morocco",
        "Netherlands", "New Zealand", "North Macedonia", "Norway", "Poland", "Portugal", "Republic of Korea", "Romania", "Singapore", "Slovenia", "Spain",
        "Sweden", "Türkiye", "Ukraine", "United Kingdom"]
RL(d, LIST, ENDORSED, MAI, None, QLIST)
R(d, USJ, "called-for", MAI, DAY, "We encourage every State to endorse the Declaration and to join this work")
R(d, "China", ENDORSED, CTA, "2023-02", "China, which joined the REAIM Call to Action in The Hague in February 2023")
R(d, "China", ENDORSED, MAI, None, "China, which joined the REAIM Call to Action in The Hague in February 2023, has not endorsed the Declaration", negated=True)
RL(d, ["India", "Brazil", "Israel"], ENDORSED, MAI, None, "India, Brazil and Israel have not endorsed it either", negated=True)
R(d, "South Africa", ENDORSED, MAI, None, "South Africa said it was still consulting its defense ministry and would decide later this year", negated=True)

# ===================== 12 =====================
d = "12.txt"
DAY = "2025-06-12"
R(d, BOG, "adopted", IR25, DAY,
  "The International Atomic Energy Agency's 35-nation Board of Governors on Thursday found Iran in breach of its safeguards obligations for the first "
  "time in almost two decades, adopting a resolution put forward by France, Germany, the United Kingdom and the United States",
  alt=["The resolution (GOV/2025/38) passed by 19 votes to 3, with 11 abstentions"])
RL(d, ["France", "Germany", "United Kingdom", "United States"], "co-sponsored", IR25, None,
   "a resolution put forward by France, Germany, the United Kingdom and the United States")
RL(d, ["Russian Federation", "China", "Burkina Faso"], "supported", IR25, DAY, "Russia, China and Burkina Faso voted against", negated=True)
ABST = ["Algeria", "Bangladesh", "Brazil", "Colombia", "Egypt", "Ghana", "Indonesia", "Pakistan", "South Africa", "Thailand", "Türkiye"]
RL(d, ABST, "supported", IR25, DAY,
   "Abstaining were Algeria, Bangladesh, Brazil, Colombia, Egypt, Ghana, Indonesia, Pakistan, South Africa, Thailand and Türkiye", negated=True)
RL(d, ["Paraguay", "Venezuela"], "supported", IR25, None, "Paraguay and Venezuela did not vote", negated=True)
RL(d, ["Japan", "Republic of Korea", "Australia", "Canada"], "supported", IR25, DAY,
   "Japan, South Korea, Australia and Canada were among the countries that backed the text")
R(d, "Iran", PARTY, NPT, "1970", "to which Iran has been a party since 1970")
R(d, "Iran", "signed", AP, "2003-12", "Iran signed an Additional Protocol to that agreement in December 2003")
R(d, "Iran", NOTRATIFIED, AP, None, "Iran signed an Additional Protocol to that agreement in December 2003 and applied it provisionally for two years, but has never ratified it",
  negated=True)
R(d, BOG, "adopted", IR24, "2024-11", "a resolution adopted by the Board in November 2024 (GOV/2024/69)")
RL(d, ["Russian Federation", "China", "Burkina Faso"], "supported", IR24, "2024-11",
   "The same three countries voted against a resolution adopted by the Board in November 2024 (GOV/2024/69)", negated=True)
R(d, UNSC, ["endorsed", "adopted"], JCPOA, None,
  "the U.N. Security Council, which endorsed the 2015 nuclear agreement between Iran and six world powers in its resolution 2231", required=False)

# ===================== 13 =====================
d = "13.txt"
DAY, VOTE = "2025-07-11", "2024-05-23"
R(d, GA, "adopted", R78, VOTE, "on 23 May 2024, this Assembly adopted resolution 78/282")
RL(d, ["Germany", "Rwanda"], "co-sponsored", R78, None, "Germany and Rwanda had the honour of presenting the draft, A/78/L.67/Rev.1")
COSP = ["Albania", "Austria", "Chile", "Croatia", "Ireland", "Jordan", "Malaysia", "Netherlands", "New Zealand", "Slovenia", "Türkiye", "United States"]
RL(d, COSP, "co-sponsored", R78, None,
   "which was co-sponsored by Albania, Austria, Chile, Croatia, Ireland, Jordan, Malaysia, the Netherlands, New Zealand, Slovenia, Türkiye and the "
   "United States, among many others")
R(d, "Germany", "supported", R78, VOTE, "Germany voted in favour")
R(d, "Hungary", "supported", R78, VOTE, "except Hungary, which voted against", negated=True)
RL(d, ["Greece", "Cyprus", "Slovakia"], "supported", R78, VOTE, "Greece, Cyprus and Slovakia, which abstained", negated=True)
RL(d, ["Serbia", "Russian Federation", "China"], "supported", R78, VOTE, "Serbia, the Russian Federation and China also voted against", negated=True)
R(d, "Montenegro", "supported", R78, VOTE,
  "Montenegro, whose amendments stressing that culpability for genocide is individual and cannot be attributed to any ethnic or religious group were "
  "incorporated in the final text, voted in favour")
R(d, "Germany", PARTY, GENO, "1954", "Germany has been a party to the Convention on the Prevention and Punishment of the Crime of Genocide since 1954")
R(d, "Bosnia and Herzegovina", PARTY, GENO, "1992", "Bosnia and Herzegovina has been bound by it, by succession, since 1992")
R(d, "Germany", "called-for", GENO, DAY, "We call on them to do so before its eightieth anniversary in 2028")

# ===================== 14 =====================
d = "14.txt"
R(d, "Turkmenistan", ACCEPTED, KIG, "2025-01-14", "TURKMENISTAN: ACCEPTANCE")
R(d, "Azerbaijan", RATIFIED, KIG, "2025-02-25", "AZERBAIJAN: RATIFICATION",
  alt=["In the notification concerning Azerbaijan, for \"26 February 2025\" read \"25 February 2025\""])
R(d, "Libya", ACCEPTED, KIG, "2025-04-03", "LIBYA: APPROVAL")
R(d, "Tajikistan", ACCEPTED, KIG, "2025-05-02", "TAJIKISTAN: ACCEPTANCE")
R(d, "Iraq", RATIFIED, KIG, "2025-05-28", "IRAQ: RATIFICATION")
QIQ = "Iraq has been a Party to the Vienna Convention for the Protection of the Ozone Layer and to the Montreal Protocol since 2008"
R(d, "Iraq", PARTY, VC, "2008", QIQ)
R(d, "Iraq", PARTY, MP, "2008", QIQ)
R(d, "Saint Lucia", ACCEPTED, KIG, None, "it withdraws the declaration made upon acceptance concerning the application of article 2J", required=False)
R(d, "United States", RATIFIED, KIG, "2022-10-31", "the United States of America ratified it on 31 October 2022")
R(d, "China", ACCEPTED, KIG, "2021-06-17", "China accepted it on 17 June 2021")
R(d, "India", ACCEPTED, KIG, "2021-09-27", "India on 27 September 2021")
RL(d, ["Qatar", "Kazakhstan", "Yemen"], PARTY, MP, None, "Qatar, Kazakhstan and Yemen, all Parties to the Montreal Protocol")
RL(d, ["Qatar", "Kazakhstan", "Yemen"], ACCEPTED, KIG, None,
   "Qatar, Kazakhstan and Yemen, all Parties to the Montreal Protocol, have not yet deposited an instrument in respect of the Kigali Amendment", negated=True)

# ===================== 15 =====================
d = "15.txt"
DAY = "2025-11-05"
R(d, "European Union", ACCEPTED, IST, "2023-06-28", "The Union had signed the Convention on 13 June 2017 and deposited its instrument of approval on 28 June 2023",
  alt=["28/06/2023 – The European Union deposits its instrument of approval of the Istanbul Convention"])
R(d, "European Union", "signed", IST, "2017-06-13", "The Union had signed the Convention on 13 June 2017")
R(d, "European Union", "party", IST, None, "The European Union marks two years as a Party", required=False)
QF = "Five EU member States have signed it but not ratified it – Bulgaria, Czechia, Hungary, Lithuania and Slovakia"
FIVEEU = ["Bulgaria", "Czechia", "Hungary", "Lithuania", "Slovakia"]
RL(d, FIVEEU, "signed", IST, None, QF)
for a in FIVEEU:
    R(d, a, NOTRATIFIED, IST, None, QF, negated=True,
      alt=["In Czechia, the Senate voted against ratification in January 2024"] if a == "Czechia" else None)
R(d, "Armenia", "signed", IST, "2018", "Armenia signed in 2018 and has not ratified")
R(d, "Armenia", NOTRATIFIED, IST, None, "Armenia signed in 2018 and has not ratified", negated=True)
QAR = "Azerbaijan and the Russian Federation have neither signed nor ratified the Convention"
RL(d, ["Azerbaijan", "Russian Federation"], "signed", IST, None, QAR, negated=True)
RL(d, ["Azerbaijan", "Russian Federation"], NOTRATIFIED, IST, None, QAR, negated=True)
R(d, "Latvia", RATIFIED, IST, "2024-01-10", "Latvia, which deposited its instrument of ratification on 10 January 2024")
R(d, "Latvia", PARTY, IST, None, "Latvia, which deposited its instrument of ratification on 10 January 2024, remains a Party",
  alt=["no notification of denunciation has been received by the Secretary General"])
R(d, "Türkiye", RATIFIED, IST, "2012-03", "Türkiye, the first State to ratify the Convention, in March 2012")
R(d, "Türkiye", "party", IST, None, "Türkiye is no longer a Party", negated=True, alt=["denounced it in March 2021"])
RL(d, ["Ukraine", "United Kingdom"], RATIFIED, IST, "2022", "Ukraine and the United Kingdom both ratified the Convention in 2022")
R(d, COESG, "called-for", IST, DAY, "He called on all member States that have signed the Convention to ratify it without further delay")

# ===================== 16 =====================
d = "16.txt"
DAY = "2025-04-23"
R(d, MARCONF, "adopted", MAR, "2013-06-27", "Adopted by the WIPO Diplomatic Conference in Marrakesh on 27 June 2013")
R(d, "Angola", ACCEDED, MAR, "2025-02-06", "Angola – accession, 6 February 2025")
R(d, "Angola", ACCEDED, BTAP, "2025-02-06", "Angola acceded to the Beijing Treaty on Audiovisual Performances on the same day")
R(d, "Suriname", ACCEDED, MAR, "2025-03-11", "Suriname – accession, 11 March 2025")
R(d, "Madagascar", RATIFIED, MAR, "2025-04-02", "Madagascar – ratification, 2 April 2025", alt=["Madagascar's ratification follows a two-year campaign"])
R(d, "Madagascar", "signed", MAR, "2014", "Madagascar – ratification, 2 April 2025 (signed 2014)")
HEADS = "SIGNED, NOT YET RATIFIED"
for a, q, y in [("Cameroon", "Cameroon (signed 2014)", "2014"), ("Congo", "Congo (2013)", "2013"), ("Haiti", "Haiti (2013)", "2013"),
                ("Lebanon", "Lebanon (2014)", "2014")]:
    R(d, a, "signed", MAR, y, q, alt=[HEADS])
    R(d, a, NOTRATIFIED, MAR, None, q, negated=True,
      alt=[HEADS] + (["Lebanon's Ministry of Culture told us that its instrument of ratification \"is being prepared\""] if a == "Lebanon" else []))
HEADN = "NEITHER SIGNED NOR ACCEDED (selection)"
for a in ["Myanmar", "Somalia", "South Sudan", "Yemen"]:
    R(d, a, "signed", MAR, None, "– " + a, negated=True, alt=[HEADN])
    R(d, a, JOINED, MAR, None, "– " + a, negated=True, alt=[HEADN])
R(d, "India", RATIFIED, MAR, "2014-06", "India was the first country to ratify, in June 2014")
R(d, "European Union", RATIFIED, MAR, "2018-10-01", "The European Union ratified on 1 October 2018 on behalf of its member States")
R(d, "United States", RATIFIED, MAR, "2019-02-08", "The United States deposited its instrument of ratification on 8 February 2019")
R(d, "United Kingdom", PARTY, MAR, None,
  "the United Kingdom, covered by the EU's ratification until the end of 2020, became a Contracting Party in its own right on 1 January 2021")
R(d, RTRA, "called-for", MAR, DAY, "The Alliance urges Cameroon, Congo, Haiti and Lebanon to complete ratification before the Treaty's twelfth anniversary",
  alt=["calls on every WIPO member State outside the Treaty to accede without further delay"])

gold.finish(MIN_CHARS, MAX_CHARS)
