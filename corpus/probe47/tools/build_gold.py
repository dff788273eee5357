#!/usr/bin/env python3
"""Builds ../gold.json from the annotations below and checks every quote.

Same record format and checks as corpus/probe17/tools/build_gold.py; the record helpers and the checks are imported from
corpus/tools/gold.py (not copied). Four documents of this corpus are not .txt (02.html, 08.html, 05.md, 10.md); as in
corpus/probe24/tools/build_gold.py, gold.py's Gold.finish() checks .txt, .md and .html documents alike, against the file as
written (for the HTML pages, markup included: a quote from a table row spans its <td> tags). Alternative actor names missing
from gold.py's ALT_NAMES are added locally below."""
import os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
from gold import GA, Gold, alt, NOTBOUND, NOTRATIFIED, JOINED, ACCEPTED, RATIFIED, ACCEDED, PARTY, ADOPTED, ENDORSED, COMMITTED, SIGNED_DECL  # noqa: E402,F401  (corpus/tools/gold.py: record helpers and checks)
MIN_CHARS, MAX_CHARS = 1800, 3000

# ---- instruments: (name as the text names it, aliases) ----
SAFETY = ("Convention on the Safety of United Nations and Associated Personnel",
          ["Safety Convention", "1994 Convention on the Safety of United Nations and Associated Personnel", "CONVENTION ON THE SAFETY OF UNITED NATIONS AND ASSOCIATED PERSONNEL"])
OPSAFETY = ("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel",
            ["Optional Protocol", "2005 Optional Protocol", "OPTIONAL PROTOCOL TO THE CONVENTION ON THE SAFETY OF UNITED NATIONS AND ASSOCIATED PERSONNEL"])
CPIUN = ("Convention on the Privileges and Immunities of the United Nations", ["General Convention", "CONVENTION ON THE PRIVILEGES AND IMMUNITIES OF THE UNITED NATIONS"])
APIC = ("Agreement on the Privileges and Immunities of the International Criminal Court", ["APIC", "Agreement on Privileges and Immunities of the ICC"])
JSS = ("United Nations Convention on the International Effects of Judicial Sales of Ships",
       ["Beijing Convention on the Judicial Sale of Ships", "Convention on the International Effects of Judicial Sales of Ships", "Judicial Sale of Ships Convention"])
VCDR = ("Vienna Convention on Diplomatic Relations", ["VCDR", "Vienna Convention on Diplomatic Relations of 1961"])
VCCR = ("Vienna Convention on Consular Relations", ["VCCR", "Vienna Convention on Consular Relations of 1963"])
OPDISP = ("Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes",
          ["Optional Protocol concerning the Compulsory Settlement of Disputes"])
ATT = ("Arms Trade Treaty", ["ATT"])
CRPD = ("Convention on the Rights of Persons with Disabilities", ["CRPD"])
VCSST = ("Vienna Convention on Succession of States in respect of Treaties", ["1978 Convention", "1978 Vienna Convention on Succession of States"])
CPRW = ("Convention on the Political Rights of Women", ["Political Rights of Women"])
CNMW = ("Convention on the Nationality of Married Women", ["Nationality of Married Women"])
CONSENT = ("Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages", ["Convention on Consent to Marriage"])
SLAVERY = ("Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery",
           ["Supplementary Convention on the Abolition of Slavery", "Supplementary Slavery Convention"])
PCA1899 = ("Convention for the Pacific Settlement of International Disputes (1899)", ["1899 Convention", "1899 Hague Convention for the Pacific Settlement of International Disputes"])
PCA1907 = ("Convention for the Pacific Settlement of International Disputes (1907)", ["1907 Convention", "1907 Hague Convention for the Pacific Settlement of International Disputes"])
PCAC = ("Convention for the Pacific Settlement of International Disputes", ["1899 Convention", "1907 Convention", "1899 or the 1907 Convention"])
HCAKEN = ("Host Country Agreement between the PCA and Kenya", ["Host Country Agreement", "PCA-Kenya Host Country Agreement"])
HCAVN = ("Host Country Agreement between the PCA and Viet Nam", ["Host Country Agreement with Viet Nam", "Host Country Agreement"])
UNCLOS = ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Convention on the Law of the Sea"])
ICERD = ("International Convention on the Elimination of All Forms of Racial Discrimination", ["ICERD", "CERD", "Convention on the Elimination of Racial Discrimination"])
AM86 = ("amendment to article 8 (6) of the International Convention on the Elimination of All Forms of Racial Discrimination",
        ["amendment to article 8 (6)", "article 8 (6) amendment", "1992 amendment to article 8, paragraph 6"])
R79162 = ("resolution 79/162", ["A global call for concrete action for the elimination of racism, racial discrimination, xenophobia and related intolerance and the comprehensive implementation of and follow-up to the Durban Declaration and Programme of Action",
                                "General Assembly resolution 79/162", "A/RES/79/162"])
IRENA = ("Statute of the International Renewable Energy Agency", ["IRENA Statute", "Statute of IRENA"])
BCH = ("BIMSTEC Charter", ["Charter of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"])
BMT = ("BIMSTEC Agreement on Maritime Transport Cooperation", ["Agreement on Maritime Transport Cooperation", "BIMSTEC Maritime Transport Cooperation Agreement"])
BMLA = ("BIMSTEC Treaty on Mutual Legal Assistance in Criminal Matters", ["Treaty on Mutual Legal Assistance in Criminal Matters", "BIMSTEC MLA Treaty"])
BCT = ("BIMSTEC Convention on Cooperation in Combating International Terrorism, Transnational Organized Crime and Illicit Drug Trafficking",
       ["BIMSTEC Convention on Combating International Terrorism", "BIMSTEC counter-terrorism Convention"])
BTTF = ("Memorandum of Association on the Establishment of the BIMSTEC Technology Transfer Facility", ["Memorandum of Association", "BIMSTEC Technology Transfer Facility MoA"])
BV30 = ("Bangkok Vision 2030", ["BIMSTEC Bangkok Vision 2030"])
BROP = ("Rules of Procedure for BIMSTEC Mechanisms", ["BIMSTEC Rules of Procedure"])
METRE = ("Metre Convention", ["Convention du Metre", "Convention du Mètre", "Convention of the Metre"])
CGPMR2 = ("Resolution 2 of the 27th CGPM (2022) on the future redefinition of the second", ["CGPM Resolution 2 (2022)", "Resolution 2"])
CGPMR3 = ("Resolution 3 of the 27th CGPM (2022) on the extension of the range of SI prefixes", ["CGPM Resolution 3 (2022)", "Resolution 3"])
VCLT = ("Vienna Convention on the Law of Treaties", ["VCLT", "1969 Vienna Convention on the Law of Treaties", "treaty on treaties"])
VCLT86 = ("Vienna Convention on the Law of Treaties between States and International Organizations or between International Organizations",
          ["1986 Vienna Convention on the Law of Treaties", "1986 Vienna Convention"])
HAZE = ("ASEAN Agreement on Transboundary Haze Pollution", ["Haze Agreement", "AATHP"])
TSP = ("Convention on the Transfer of Sentenced Persons", ["CETS No. 112", "1983 Convention on the Transfer of Sentenced Persons"])
TSPAP = ("Additional Protocol to the Convention on the Transfer of Sentenced Persons", ["CETS No. 167", "CETS 167"])
TSPAM = ("Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons", ["CETS No. 222", "CETS 222", "amending Protocol"])
EXT = ("European Convention on Extradition", ["CETS No. 24"])
EXT3 = ("Third Additional Protocol to the European Convention on Extradition", ["CETS No. 209"])
EXT4 = ("Fourth Additional Protocol to the European Convention on Extradition", ["CETS No. 212"])
UPOV91 = ("1991 Act of the International Convention for the Protection of New Varieties of Plants", ["UPOV 91", "1991 Act", "UPOV Convention (1991 Act)"])
UPOV78 = ("1978 Act of the UPOV Convention", ["UPOV 78", "1978 Act", "1978 Act of the International Convention for the Protection of New Varieties of Plants"])
UPOV = ("International Convention for the Protection of New Varieties of Plants", ["UPOV Convention", "UPOV"])
CPTPP = ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", ["CPTPP"])
HOST = ("International Convention against the Taking of Hostages", ["Hostages Convention"])
IPP = ("Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons, including Diplomatic Agents",
       ["Internationally Protected Persons Convention", "Protected Persons Convention"])
BOMB = ("International Convention for the Suppression of Terrorist Bombings", ["Terrorist Bombings Convention"])
ICSANT = ("International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT", "Nuclear Terrorism Convention"])
BEIJ = ("Convention on the Suppression of Unlawful Acts relating to International Civil Aviation", ["Beijing Convention", "Beijing Convention 2010"])
SUA05 = ("Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation",
         ["2005 SUA Protocol", "2005 Protocols to the SUA Convention", "SUA Protocol 2005"])
FIN = ("International Convention for the Suppression of the Financing of Terrorism", ["Terrorist Financing Convention", "Financing Convention"])
IOMC = ("IOM Constitution", ["Constitution of the International Organization for Migration", "Constitution"])
IOMAM = ("1998 amendments to the IOM Constitution", ["Amendments adopted by the Council in 1998"])
IOMSP = ("resolution on the IOM Strategic Plan 2024-2028 mid-term review", ["IOM Strategic Plan 2024-2028"])
IOMADM = ("resolutions admitting Oman and Bhutan as Member States", ["admission resolutions"])
GCM = ("Global Compact for Safe, Orderly and Regular Migration", ["Global Compact for Migration", "GCM", "Global Compact"])
OLIVE = ("International Agreement on Olive Oil and Table Olives, 2015", ["International Agreement on Olive Oil and Table Olives", "2015 Olive Oil Agreement"])
IOCSP = ("Strategic Plan 2026-2030 of the International Olive Council", ["IOC Strategic Plan 2026-2030"])
IOCDEC = ("Decision DEC-III.4/122-VI/2025 on the trade standard applying to olive oils and olive pomace oils", ["DEC-III.4/122-VI/2025", "trade standard decision"])

# ---- actors with alternative names ----
ALT = {
    **alt("United States", "United Kingdom", "Russian Federation", "Viet Nam", "European Union", "Czechia", "Côte d'Ivoire", "Netherlands",
          "Philippines", "Bolivia", "Venezuela", "Gambia", "Kazakhstan", "Uzbekistan", "Guatemala", "Timor-Leste", "Central African Republic",
          "Bhutan", "Brunei Darussalam", "Ghana", "Kenya", "Chile", "Colombia", "Saudi Arabia", "China", "Germany", "Somalia", "Fiji",
          "Guinea", "Costa Rica", "Mexico", "Bangladesh", "Thailand", "Ecuador"),
    "Türkiye": ["Türkiye", "Turkiye", "Turkey"],
    "Dominican Republic": ["Dominican Republic", "the Dominican Republic"],
    "Saint Lucia": ["Saint Lucia", "St Lucia"],
    "Sierra Leone": ["Sierra Leone", "Republic of Sierra Leone"],
    "Peru": ["Peru", "Republic of Peru"],
    "Honduras": ["Honduras", "Republic of Honduras"],
    "Indonesia": ["Indonesia", "Republic of Indonesia"],
    "New Zealand": ["New Zealand"],
    "Ireland": ["Ireland"],
    "Mongolia": ["Mongolia"],
    "Palau": ["Palau", "Republic of Palau"],
    "Guinea-Bissau": ["Guinea-Bissau"],
    "Azerbaijan": ["Azerbaijan", "Republic of Azerbaijan"],
}
UNSG = ["UN Secretary-General", "Secretary-General", "United Nations Secretary-General"]
UNCITRALSEC = ["Secretary of UNCITRAL", "UNCITRAL secretariat", "UNCITRAL"]
UNCITRAL = ["UNCITRAL", "United Nations Commission on International Trade Law"]
PCASG = ["Secretary-General of the Permanent Court of Arbitration", "PCA Secretary-General", "Permanent Court of Arbitration", "PCA"]
PCA = ["Permanent Court of Arbitration", "PCA"]
MSP = ["Meeting of States parties to the International Convention on the Elimination of All Forms of Racial Discrimination", "fourteenth meeting of States parties",
       "Meeting of States parties", "States parties"]
CERDC = ["Committee on the Elimination of Racial Discrimination", "CERD", "Committee"]
IRENADG = ["IRENA Director-General", "Director-General of IRENA", "Director-General", "IRENA", "International Renewable Energy Agency"]
SUMMIT = ["BIMSTEC Summit", "Sixth BIMSTEC Summit", "BIMSTEC Leaders", "Leaders", "BIMSTEC"]
BIMSG = ["BIMSTEC Secretary General", "Secretary General of BIMSTEC", "BIMSTEC Secretariat", "BIMSTEC"]
CGPM = ["General Conference on Weights and Measures", "CGPM", "27th meeting of the CGPM", "24th meeting of the CGPM"]
IRELAND_MIN = ["Ireland", "Minister for Justice", "Department of Justice"]
IOMCOUNCIL = ["IOM Council", "Council of the International Organization for Migration", "International Organization for Migration", "IOM"]
IOCCOM = ["Council of Members of the International Olive Council", "IOC Council of Members", "Council of Members", "International Olive Council", "IOC"]
OLIVECONF = ["United Nations Conference for the Negotiation of a Successor Agreement to the International Agreement on Olive Oil and Table Olives, 2005",
             "United Nations Conference", "UN Olive Oil Conference"]

gold = Gold(HERE, ALT)
R, RL = gold.record, gold.records_for


# ===================== 01 (depositary notifications, UN Treaty Section) =====================
d = "01.txt"
R(d, "Mongolia", ACCEDED, SAFETY, "2025-06-10", "MONGOLIA: ACCESSION", alt=["The Convention will enter into force for Mongolia on 10 July 2025"])
R(d, "Mongolia", ACCEDED, OPSAFETY, "2025-06-10", "MONGOLIA: ACCESSION")
R(d, "Mongolia", "signed", SAFETY, None, "Mongolia and the Gambia were not among the 43 signatories of the Convention", negated=True)
R(d, "Sierra Leone", RATIFIED, OPSAFETY, "2025-06-11", "SIERRA LEONE: RATIFICATION")
R(d, "Türkiye", RATIFIED, SAFETY, None, "The reservation, made by Turkiye upon ratification of the Convention", required=False)
R(d, "Tuvalu", ACCEDED, CPIUN, "2025-06-12", "TUVALU: ACCESSION")
R(d, "Gambia", ACCEDED, SAFETY, "2025-05-28", "GAMBIA: ACCESSION", alt=["The action effected on 28 May 2025 is an accession"])
R(d, "Gambia", ["ratified"], SAFETY, None, "The action effected on 28 May 2025 is an accession and not a ratification, as indicated in the original notification",
  negated=True)
R(d, "Gambia", "signed", SAFETY, None, "the Gambia had not signed the Convention", negated=True,
  alt=["Mongolia and the Gambia were not among the 43 signatories of the Convention"])
R(d, "Qatar", ACCEDED, SAFETY, None, "THE RESERVATION MADE BY QATAR UPON ACCESSION", required=False)
QSIG = "Of those signatories, Haiti, Madagascar and Pakistan have still not ratified it"
RL(d, ["Haiti", "Madagascar", "Pakistan"], "signed", SAFETY, None, QSIG)
RL(d, ["Haiti", "Madagascar", "Pakistan"], NOTRATIFIED, SAFETY, None, QSIG, negated=True)
R(d, "Sierra Leone", PARTY, SAFETY, "2000", "Sierra Leone, a party to the Convention since 2000")
R(d, "Sierra Leone", "signed", OPSAFETY, "2006", "had signed the Optional Protocol in 2006")
R(d, "Fiji", PARTY, SAFETY, "1999", "Fiji, which has been a party to the Convention since 1999")
R(d, "Fiji", ACCEDED, OPSAFETY, None, "it intends to accede to the Optional Protocol before the end of the year", negated=True)
QSG = "the Secretary-General again called on all States to become parties to the Convention and the Optional Protocol"
R(d, UNSG, "called-for", SAFETY, None, QSG)
R(d, UNSG, "called-for", OPSAFETY, None, QSG)

# ===================== 02 (treaty status page, HTML: APIC) =====================
d = "02.html"
def row(name, sig, rat):
    return f"<td>{name}</td><td>{sig}</td><td>{rat}</td>"
R(d, "Albania", "signed", APIC, "2003-10-21", row("Albania", "21 Oct 2003", "11 Feb 2008"))
R(d, "Albania", RATIFIED, APIC, "2008-02-11", row("Albania", "21 Oct 2003", "11 Feb 2008"))
R(d, "Andorra", "signed", APIC, "2002-09-09", row("Andorra", "9 Sep 2002", ""))
R(d, "Argentina", "signed", APIC, "2005-10-25", row("Argentina", "25 Oct 2005", "1 Feb 2007"))
R(d, "Argentina", RATIFIED, APIC, "2007-02-01", row("Argentina", "25 Oct 2005", "1 Feb 2007"))
R(d, "Austria", "signed", APIC, "2002-11-14", row("Austria", "14 Nov 2002", "17 Dec 2003"))
R(d, "Austria", RATIFIED, APIC, "2003-12-17", row("Austria", "14 Nov 2002", "17 Dec 2003"))
R(d, "Belize", ACCEDED, APIC, "2005-09-14", row("Belize", "", "14 Sep 2005 a"))
R(d, "Benin", "signed", APIC, "2002-09-10", row("Benin", "10 Sep 2002", ""))
R(d, "Bolivia", ACCEDED, APIC, "2008-01-23", row("Bolivia<sup>2</sup>", "", "23 Jan 2008 a"),
  alt=["As Bolivia had not signed the Agreement, it was recorded as an accession"])
R(d, "Bolivia", "signed", APIC, None, "As Bolivia had not signed the Agreement", negated=True)
R(d, "Bolivia", ["ratified"], APIC, None, "The instrument deposited by Bolivia on 23 January 2008 was first circulated as a ratification",
  negated=True, required=False)
R(d, "Brazil", "signed", APIC, "2004-05-17", row("Brazil", "17 May 2004", ""))
R(d, "Bulgaria", "signed", APIC, "2002-09-10", row("Bulgaria", "10 Sep 2002", "14 Mar 2006"))
R(d, "Bulgaria", RATIFIED, APIC, "2006-03-14", row("Bulgaria", "10 Sep 2002", "14 Mar 2006"))
R(d, "Colombia", ACCEDED, APIC, "2008-12-15", row("Colombia", "", "15 Dec 2008 a"))
R(d, "Côte d'Ivoire", ACCEDED, APIC, "2025-06-24", "Cote d'Ivoire deposited its instrument of accession on 24 June 2025",
  alt=[row("Cote d'Ivoire", "", "24 Jun 2025 a")])
QNR = "Andorra, Benin and Brazil, which signed in 2002 and 2004, have not ratified the Agreement"
RL(d, ["Andorra", "Benin", "Brazil"], NOTRATIFIED, APIC, None, QNR, negated=True)

# ===================== 03 (UNIS press release: entry into force, judicial sales of ships) =====================
d = "03.txt"
DAY = "2025-07-07"
R(d, "Switzerland", ACCEPTED, JSS, "2025-07-04",
  "following the deposit by Switzerland, on Friday, of the third instrument of ratification, acceptance, approval or accession")
R(d, "Burkina Faso", RATIFIED, JSS, "2024-03", "Burkina Faso was the first State to ratify the Convention, in March 2024")
R(d, "Sri Lanka", ACCEDED, JSS, "2025-05-12", "Sri Lanka, which did not sign it, acceded on 12 May 2025")
R(d, "Sri Lanka", "signed", JSS, None, "Sri Lanka, which did not sign it", negated=True)
R(d, UNCITRAL, ADOPTED, JSS, "2022", "which approved the draft text in 2022", required=False)
R(d, GA, "adopted", JSS, "2022-12", "adopted by the General Assembly in December of that year")
RL(d, ["China", "Singapore", "Switzerland", "Philippines"], "signed", JSS, "2023-09-05",
   "when 15 States signed it, among them China, Singapore, Switzerland and the Philippines")
R(d, "Greece", "signed", JSS, "2025-04", "Greece signed in April 2025")
R(d, "China", NOTRATIFIED, JSS, None, "China, which hosted the signing ceremony, has not yet ratified the Convention", negated=True)
R(d, "Singapore", NOTRATIFIED, JSS, None, "Singapore has said it will ratify once amendments to its High Court rules are in place", negated=True)
QHM = "Honduras and Malta, which also signed in Beijing, are expected to ratify in the course of 2026"
RL(d, ["Honduras", "Malta"], "signed", JSS, "2023-09-05", QHM)
RL(d, ["Honduras", "Malta"], NOTRATIFIED, JSS, None, QHM, negated=True)
R(d, "United Kingdom", "signed", JSS, None, "has not signed the Convention", negated=True,
  alt=["the Government had \"no immediate plans\" to do so"])
R(d, UNCITRALSEC, "called-for", JSS, DAY, "She urged \"all signatories to complete their procedures and all maritime States to join the Convention\"")

# ===================== 04 (journal column: successions and territorial applications) =====================
d = "04.txt"
R(d, "South Sudan", PARTY, VCDR, "2025-02-14",
  "South Sudan notified the Secretary-General of its succession to the Vienna Convention on Diplomatic Relations of 1961")
R(d, "South Sudan", NOTBOUND, VCCR, None, "South Sudan did not succeed to the Vienna Convention on Consular Relations of 1963", negated=True,
  alt=["it intends to accede to that Convention \"in due course\""])
R(d, "Montenegro", PARTY, OPDISP, "2025-03-03",
  "The succession of Montenegro to the Optional Protocol to the Vienna Convention on Diplomatic Relations concerning the Compulsory Settlement of Disputes was recorded on 3 March 2025")
R(d, "Montenegro", PARTY, VCDR, "2006", "Montenegro succeeded to the Convention itself in 2006")
R(d, "Netherlands", RATIFIED, ATT, "2014", "the Arms Trade Treaty, which it ratified in 2014")
R(d, "Denmark", RATIFIED, CRPD, "2009", "its ratification of the Convention on the Rights of Persons with Disabilities in 2009")
R(d, "Timor-Leste", ACCEDED, VCSST, "2025-05-19", "Timor-Leste acceded to it on 19 May 2025")
QBC = "Brazil and Chile signed the Convention in 1978 but have never ratified it"
RL(d, ["Brazil", "Chile"], "signed", VCSST, "1978", QBC)
RL(d, ["Brazil", "Chile"], NOTRATIFIED, VCSST, None, QBC, negated=True)
RL(d, ["Germany", "Russian Federation"], "signed", VCSST, None, "neither Germany nor the Russian Federation has signed it", negated=True)
R(d, "Croatia", PARTY, VCSST, "1992", "Croatia, for instance, notified its succession in 1992")

# ===================== 05 (dataset changelog, Markdown: women's and slavery conventions) =====================
d = "05.md"
R(d, "Uzbekistan", ACCEDED, CPRW, "2025-06-03", "| 2025-06-03 | Uzbekistan | Convention on the Political Rights of Women | accession |")
R(d, "Uzbekistan", ACCEDED, CNMW, "2025-06-17", "| 2025-06-17 | Uzbekistan | Convention on the Nationality of Married Women | accession |")
R(d, "Bhutan", ACCEDED, CONSENT, "2025-06-24",
  "| 2025-06-24 | Bhutan | Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages | accession |")
R(d, "Dominican Republic", RATIFIED, CPRW, "2025-05-14", "following its ratification of 14 May 2025",
  alt=["status changed from `signatory` to `party`"])
R(d, "Dominican Republic", "signed", CPRW, "1953", "The Dominican Republic had signed the Convention in 1953")
R(d, "Tunisia", ACCEDED, CONSENT, "1968", "Tunisia, which acceded in 1968")
R(d, "Lesotho", PARTY, CNMW, None, "withdrawal of the declaration made upon succession", required=False)
R(d, "Malawi", PARTY, CNMW, "1966", "It was a notification of succession",
  alt=["Malawi's 1966 instrument for the Convention on the Nationality of Married Women"])
R(d, "Colombia", "signed", CONSENT, "1962-12-10", "Colombia signed it on 10 December 1962 but has not ratified it")
R(d, "Colombia", NOTRATIFIED, CONSENT, None, "Colombia signed it on 10 December 1962 but has not ratified it", negated=True,
  alt=["Removed a duplicate row that showed Colombia as a party to the Convention on Consent to Marriage"])
R(d, "Nepal", ACCEDED, SLAVERY, "1963-01-07", "Nepal's accession date was given as 1963; the correct date is 7 January 1963")
R(d, "Ireland", NOTRATIFIED, CNMW, None, "Ireland announced in 2024 that it intends to ratify the Convention on the Nationality of Married Women",
  negated=True, alt=["the dataset does not show Ireland as a party"])
R(d, "Sri Lanka", NOTBOUND, CONSENT, None, "we show `not a party` until the depositary circulates something", negated=True, required=False)
R(d, "Angola", ACCEDED, SLAVERY, "2025-05-12", "Angola: accession to the Supplementary Convention on the Abolition of Slavery (12 May 2025)")

# ===================== 06 (annual report: Permanent Court of Arbitration) =====================
d = "06.txt"
R(d, "Saint Lucia", ACCEDED, PCA1899, "2024-03-14", "Saint Lucia acceded to the 1899 Convention on 14 March 2024")
R(d, "Angola", ACCEDED, PCA1907, "2024-09-02", "Angola acceded to the 1907 Convention on 2 September 2024")
R(d, "Turkmenistan", ACCEDED, PCA1907, "2023", "Turkmenistan, which had acceded to the 1907 Convention in 2023")
RL(d, ["Bhutan", "Tuvalu"], NOTBOUND, PCAC, None, "neither is a Contracting Party", negated=True)
R(d, "Uzbekistan", ACCEDED, PCA1907, None, "it is considering accession to the 1907 Convention", negated=True)
R(d, PCASG, "called-for", PCAC, "2024",
  "the Secretary-General encouraged States that are not yet Contracting Parties to accede to the 1899 or the 1907 Convention")
QKEN = "the PCA and the Government of the Republic of Kenya signed a Host Country Agreement"
R(d, PCA, "signed", HCAKEN, "2024-06-05", QKEN, required=False)
R(d, "Kenya", "signed", HCAKEN, "2024-06-05", QKEN, required=False)
R(d, "Kenya", NOTRATIFIED, HCAKEN, None, "Kenya expects to complete its internal approval in 2025", negated=True, required=False)
R(d, PCA, "signed", HCAVN, "2022", "The Host Country Agreement with Viet Nam, signed in 2022", required=False)
R(d, "Viet Nam", "signed", HCAVN, "2022", "The Host Country Agreement with Viet Nam, signed in 2022", required=False)
R(d, "Viet Nam", ACCEPTED, HCAVN, "2024-02", "was approved by the Government of Viet Nam in February 2024", required=False)
RL(d, ["Philippines", "Mauritius"], PARTY, UNCLOS, None, "the Philippines and Mauritius, both parties to that Convention")

# ===================== 07 (treaty-body report: CERD, A/80/18) =====================
d = "07.txt"
R(d, GA, "adopted", ICERD, "1965-12-21", "which was adopted by the General Assembly in resolution 2106 (XX) of 21 December 1965")
R(d, "Palau", RATIFIED, ICERD, "2024-11-22", "Palau ratified the Convention, on 22 November 2024")
R(d, "Palau", "signed", ICERD, "2011", "Palau had signed the Convention in 2011")
QBN = "Bhutan and Nauru, which signed in 1973 and 2001 respectively, have yet to ratify it"
R(d, "Bhutan", "signed", ICERD, "1973", QBN)
R(d, "Nauru", "signed", ICERD, "2001", QBN)
RL(d, ["Bhutan", "Nauru"], NOTRATIFIED, ICERD, None, QBN, negated=True)
QMM = "Malaysia and Myanmar have neither signed nor acceded to the Convention"
RL(d, ["Malaysia", "Myanmar"], "signed", ICERD, None, QMM, negated=True)
RL(d, ["Malaysia", "Myanmar"], ["acceded", "party", "ratified"], ICERD, None, QMM, negated=True)
R(d, MSP, "adopted", AM86, "1992-01-15", "The amendment to article 8 (6) of the Convention was adopted on 15 January 1992 at the fourteenth meeting of States parties")
R(d, GA, ["endorsed", "adopted"], AM86, None, "endorsed by the General Assembly in its resolution 47/111", required=False)
R(d, "Ghana", ACCEPTED, AM86, "2025-03-03", "Ghana accepted the amendment on 3 March 2025")
R(d, "Portugal", ACCEPTED, AM86, "2025-04-09", "Ghana accepted the amendment on 3 March 2025 and Portugal on 9 April 2025")
R(d, CERDC, "called-for", AM86, None, "The Committee urges States parties that have not yet done so to accept the amendment")
RL(d, ["Gambia", "Guinea", "Liberia", "Seychelles"], PARTY, ICERD, None,
   "The following States parties have initial or periodic reports overdue by more than ten years: Gambia, Guinea, Liberia and Seychelles")
R(d, GA, "adopted", R79162, "2024-12-17", "On 17 December 2024, the General Assembly adopted resolution 79/162")
RL(d, ["Australia", "Canada", "Czechia", "Germany", "Israel", "Netherlands", "United Kingdom", "United States"], "supported", R79162, "2024-12-17",
   "The States voting against were Australia, Canada, Czechia, Germany, Israel, Netherlands, United Kingdom and United States", negated=True)

# ===================== 08 (IGO membership page, HTML: IRENA) =====================
d = "08.html"
R(d, "Guatemala", RATIFIED, IRENA, "2025-08-18", "<td>Guatemala</td><td>Ratification</td><td>18 August 2025</td>")
R(d, "Guatemala", "signed", IRENA, "2009", "Guatemala had signed the Statute in 2009")
R(d, "Timor-Leste", ACCEDED, IRENA, "2025-06-02", "<td>Timor-Leste</td><td>Accession</td><td>2 June 2025</td>")
R(d, "Venezuela", RATIFIED, IRENA, "2025-02-14", "<td>Venezuela</td><td>Ratification</td><td>14 February 2025</td>")
R(d, "Venezuela", "signed", IRENA, "2010", "Venezuela signed it in 2010")
QSA = ("The following States have signed the Statute but have not yet deposited an instrument of ratification: Bolivia, Burundi, Central African Republic, "
       "Guinea-Bissau, Haiti and Tajikistan")
SIX = ["Bolivia", "Burundi", "Central African Republic", "Guinea-Bissau", "Haiti", "Tajikistan"]
RL(d, SIX, "signed", IRENA, None, QSA)
RL(d, SIX, NOTRATIFIED, IRENA, None, QSA, negated=True)
QMT = "Others have applied for membership and are completing domestic procedures for accession, among them Mongolia and Turkmenistan"
RL(d, ["Mongolia", "Turkmenistan"], JOINED, IRENA, None, QMT, negated=True)
R(d, "European Union", ACCEPTED, IRENA, "2010", "The European Union approved the Statute in 2010",
  alt=["is a Member in its own right, alongside its 27 Member States"])
R(d, IRENADG, "called-for", IRENA, "2025-01", "We encourage all States that have signed the Statute to complete their ratification")

# ===================== 09 (regional treaty office bulletin: BIMSTEC) =====================
d = "09.txt"
QCH = "All seven Member States - Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand - are now parties"
RL(d, ["Bangladesh", "Bhutan", "India", "Myanmar", "Nepal", "Sri Lanka", "Thailand"], PARTY, BCH, None, QCH)
R(d, "India", RATIFIED, BMT, "2025-06-12", "India ratified the Agreement on 12 June 2025")
R(d, "Bangladesh", RATIFIED, BMT, "2025-06-23", "India ratified the Agreement on 12 June 2025 and Bangladesh on 23 June 2025")
R(d, "Thailand", NOTRATIFIED, BMT, None, "Thailand informs the Secretariat that its instrument of ratification will be deposited \"in the third quarter\"",
  negated=True)
R(d, "India", RATIFIED, BMLA, "2023", "Ratified: India (2023); Sri Lanka (2024); Thailand (January 2025)")
R(d, "Sri Lanka", RATIFIED, BMLA, "2024", "Ratified: India (2023); Sri Lanka (2024); Thailand (January 2025)")
R(d, "Thailand", RATIFIED, BMLA, "2025-01", "Ratified: India (2023); Sri Lanka (2024); Thailand (January 2025)")
RL(d, ["Bangladesh", "Bhutan", "Myanmar", "Nepal"], NOTRATIFIED, BMLA, None, "Not yet ratified: Bangladesh, Bhutan, Myanmar, Nepal", negated=True)
R(d, "Myanmar", RATIFIED, BCT, "2024", "Myanmar, the last Member State to do so, ratified the Convention last year")
R(d, "Sri Lanka", ACCEPTED, BTTF, None, "Sri Lanka, as host of the Facility, has completed its procedures")
RL(d, ["Bhutan", "Nepal"], NOTRATIFIED, BTTF, None, "Bhutan and Nepal have not", negated=True)
R(d, SUMMIT, ADOPTED, BV30, "2025-04-04", "The Leaders adopted the Bangkok Vision 2030")
R(d, SUMMIT, ["endorsed", "adopted"], BROP, "2025-04-04", "endorsed the Rules of Procedure for BIMSTEC Mechanisms")
R(d, BIMSG, "called-for", BMLA, None,
  "The Secretary General has written to Member States encouraging them to complete ratification of the Treaty on Mutual Legal Assistance")

# ===================== 10 (organisation web page, Markdown: Metre Convention) =====================
d = "10.md"
RL(d, ["Argentina", "Brazil", "Peru", "Venezuela"], "signed", METRE, "1875-05-20",
   "Among the original signatories of 1875 were Argentina, Brazil, Peru and Venezuela")
R(d, "Peru", ACCEDED, METRE, "2008", "acceded again in 2008")
R(d, "Peru", ["party"], METRE, None, "Peru withdrew in the nineteenth century", negated=True, required=False)
R(d, "Uzbekistan", ACCEDED, METRE, "2025-02-28", "Uzbekistan deposited its instrument of accession on 28 February 2025",
  alt=["| Uzbekistan | 28 February 2025 | since 2016 |"])
R(d, "Kazakhstan", ACCEDED, METRE, "2025-01-14", "| Kazakhstan | 14 January 2025 | since 2008 |")
R(d, "Ukraine", ACCEDED, METRE, "2018-01-31", "| Ukraine | 31 January 2018 | since 2002 |")
R(d, "Montenegro", ACCEDED, METRE, "2018-04-09", "| Montenegro | 9 April 2018 | since 2011 |")
RL(d, ["Bangladesh", "Ghana", "Jamaica", "Sri Lanka", "Zambia"], NOTBOUND, METRE, None,
   "Associates are not parties to the Convention. Current Associates include Bangladesh, Ghana, Jamaica, Sri Lanka and Zambia", negated=True)
R(d, "Zambia", ["acceded"], METRE, None, "Zambia has informed the BIPM that it intends to accede in 2026", negated=True)
R(d, "Ghana", ["acceded"], METRE, None, "Ghana's application is under consideration by its Cabinet", negated=True, required=False)
R(d, CGPM, "called-for", METRE, "2011", "Associates are encouraged to accede to the Metre Convention as soon as their circumstances allow", required=False)
R(d, CGPM, "adopted", CGPMR2, "2022-11", "The 27th meeting of the CGPM (November 2022) adopted Resolution 2, on the future redefinition of the second")
R(d, CGPM, "adopted", CGPMR3, "2022-11", "and Resolution 3, on the extension of the range of SI prefixes")

# ===================== 11 (wire story with a correction: VCLT) =====================
d = "11.txt"
R(d, "Indonesia", ACCEDED, VCLT, "2025-09-30", "Indonesia's permanent representative deposited the instrument of accession with the U.N. Secretary-General in New York on Tuesday",
  alt=["Indonesia has acceded to the 1969 Vienna Convention on the Law of Treaties"])
R(d, "Indonesia", "party", VCLT, None, "Indonesia becomes the 117th party to the Convention", required=False)
R(d, "Malaysia", ACCEDED, VCLT, "1994", "Malaysia acceded in 1994")
R(d, "Viet Nam", ACCEDED, VCLT, "2001", "Malaysia acceded in 1994 and Viet Nam in 2001")
R(d, "Thailand", NOTBOUND, VCLT, None, "Thailand has still not joined", negated=True,
  alt=["It would be surprising if Thailand did not follow suit within a year or two"])
R(d, "United States", "signed", VCLT, "1970", "The United States signed the Convention in 1970")
R(d, "United States", NOTRATIFIED, VCLT, None, "the Senate never gave its consent to ratification, and Washington is not a party", negated=True)
R(d, "France", "signed", VCLT, None, "France has never signed it", negated=True)
RL(d, ["India", "Pakistan"], NOTBOUND, VCLT, None, "India and Pakistan are also outside the Convention", negated=True)
R(d, "Indonesia", NOTBOUND, VCLT86, None,
  "Pramono said the government would \"study\" the 1986 Vienna Convention on the Law of Treaties between States and International Organizations", negated=True)
R(d, "Indonesia", "signed", VCLT86, None, "Indonesia has not signed that instrument", negated=True)
R(d, "Indonesia", RATIFIED, HAZE, "2014", "Indonesia ratified the ASEAN Agreement on Transboundary Haze Pollution in 2014")
R(d, "Philippines", "signed", VCLT, "1969", "The Philippines signed the Convention in 1969 and ratified it in 1972")
R(d, "Philippines", RATIFIED, VCLT, "1972", "The Philippines signed the Convention in 1969 and ratified it in 1972")
R(d, "Philippines", ["acceded"], VCLT, None, "An earlier version of this story said the Philippines had acceded to the Convention in 1972",
  negated=True, required=False)

# ===================== 12 (ministry press release: Council of Europe transfer and extradition) =====================
d = "12.txt"
DAY = "2025-06-18"
QDEP = "Ireland has ratified two Council of Europe protocols"
R(d, "Ireland", RATIFIED, TSPAP, DAY, "the Additional Protocol to the Convention on the Transfer of Sentenced Persons (CETS No. 167)",
  alt=[QDEP, "Ireland's Permanent Representative to the Council of Europe this morning deposited"])
R(d, "Ireland", RATIFIED, TSPAM, DAY, "the Protocol amending the Additional Protocol to the Convention on the Transfer of Sentenced Persons (CETS No. 222)",
  alt=[QDEP])
RL(d, ["Ireland"], "signed", TSPAP, "2019", "Ireland signed both protocols in 2019")
R(d, "Ireland", "signed", TSPAM, "2019", "Ireland signed both protocols in 2019")
R(d, "Ireland", RATIFIED, TSP, "1995", "which Ireland ratified in 1995")
R(d, IRELAND_MIN, "called-for", TSPAM, DAY,
  "I encourage the remaining member States of the Council of Europe that have not yet done so to ratify the amending Protocol")
RL(d, ["Germany", "Netherlands"], RATIFIED, TSPAM, "2021", "Germany and the Netherlands ratified it in 2021")
R(d, "Belgium", "signed", TSPAM, None, "Belgium has signed it but has not yet ratified")
R(d, "Belgium", NOTRATIFIED, TSPAM, None, "Belgium has signed it but has not yet ratified", negated=True)
QEX = ("Ireland signed the Third and Fourth Additional Protocols to the European Convention on Extradition in 2012 and 2020 respectively "
       "but has not yet ratified either")
R(d, "Ireland", "signed", EXT3, "2012", QEX)
R(d, "Ireland", "signed", EXT4, "2020", QEX)
R(d, "Ireland", NOTRATIFIED, EXT3, None, QEX, negated=True, alt=["with a view to ratification in 2026"])
R(d, "Ireland", NOTRATIFIED, EXT4, None, QEX, negated=True, alt=["with a view to ratification in 2026"])
QUK = "remains a Party to the European Convention on Extradition and to the 1983 Convention on the Transfer of Sentenced Persons"
R(d, "United Kingdom", PARTY, EXT, None, QUK)
R(d, "United Kingdom", PARTY, TSP, None, QUK)

# ===================== 13 (parliamentary written answer: UPOV) =====================
d = "13.txt"
R(d, "New Zealand", PARTY, UPOV78, "1981", "New Zealand has been bound by the 1978 Act of the UPOV Convention since 1981")
R(d, "New Zealand", NOTBOUND, UPOV91, None, "It is not a party to the 1991 Act", negated=True,
  alt=["the Government has no current plans to accede to the 1991 Act"])
R(d, "New Zealand", RATIFIED, CPTPP, "2018", "When New Zealand ratified the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in 2018")
R(d, "New Zealand", COMMITTED, UPOV91, "2018", "it committed, under Article 18.7, either to accede to UPOV 91 or to give effect to it within three years",
  required=False)
R(d, "Japan", RATIFIED, UPOV91, "1998", "Japan (ratified 1998)")
R(d, "Australia", ACCEDED, UPOV91, "2000", "Australia (acceded 2000)")
R(d, "Singapore", ACCEDED, UPOV91, "2004", "Singapore (acceded 2004)")
R(d, "Viet Nam", ACCEDED, UPOV91, "2006", "Viet Nam (acceded 2006)")
R(d, "Peru", ACCEDED, UPOV91, "2011", "Peru (acceded 2011)")
R(d, "Canada", RATIFIED, UPOV91, "2015", "Canada (ratified 2015)")
QMC = "Mexico and Chile are members of UPOV but remain bound by the 1978 Act; neither has ratified the 1991 Act"
RL(d, ["Mexico", "Chile"], PARTY, UPOV78, None, QMC)
RL(d, ["Mexico", "Chile"], NOTRATIFIED, UPOV91, None, QMC, negated=True)
RL(d, ["Brunei Darussalam", "Malaysia"], NOTBOUND, UPOV, None, "Brunei Darussalam and Malaysia are not parties to any Act of the UPOV Convention", negated=True)
R(d, "Malaysia", ["acceded"], UPOV, None, "Malaysia is reviewing whether to accede but has taken no decision", negated=True)
R(d, "United Kingdom", ACCEDED, CPTPP, "2024", "The United Kingdom, which acceded to the CPTPP in 2024")
R(d, "United Kingdom", RATIFIED, UPOV91, "1999", "ratified the 1991 Act in 1999")

# ===================== 14 (Secretary-General's report: counter-terrorism instruments) =====================
d = "14.txt"
R(d, "Tuvalu", ACCEDED, HOST, "2024-10-02", "Tuvalu acceded on 2 October 2024")
QAS = "Angola and South Sudan acceded on 12 December 2024 and 3 March 2025, respectively"
R(d, "Angola", ACCEDED, IPP, "2024-12-12", QAS)
R(d, "South Sudan", ACCEDED, IPP, "2025-03-03", QAS)
R(d, "Somalia", ACCEDED, BOMB, "2025-01-17", "Somalia acceded on 17 January 2025")
R(d, "Cameroon", RATIFIED, ICSANT, "2025-05-07", "Cameroon ratified on 7 May 2025")
R(d, "Cameroon", "signed", ICSANT, "2005", "having signed it in 2005")
R(d, "Saudi Arabia", RATIFIED, BEIJ, "2024-11-19", "Saudi Arabia ratified on 19 November 2024")
R(d, "Peru", ACCEDED, SUA05, "2025-02-26", "Peru acceded on 26 February 2025")
R(d, "Tuvalu", ["acceded"], FIN, None, "Tuvalu has informed the Secretariat that it intends to accede to that Convention in 2026", negated=True)
QTP = ("Several States that signed the International Convention for the Suppression of Acts of Nuclear Terrorism have not yet ratified it, "
       "among them Thailand and the Philippines")
RL(d, ["Thailand", "Philippines"], "signed", ICSANT, None, QTP)
R(d, "Thailand", NOTRATIFIED, ICSANT, None, QTP, negated=True)
R(d, "Philippines", NOTRATIFIED, ICSANT, None, QTP, negated=True, alt=["the Philippines has indicated that its ratification is before the Senate"])
QSG = "The Secretary-General reiterates his call on all States that have not yet done so to become parties"
R(d, UNSG, "called-for", ICSANT, "2025-07-28", QSG)
R(d, UNSG, "called-for", SUA05, "2025-07-28", QSG)

# ===================== 15 (media briefing notes: IOM Council, Global Compact) =====================
d = "15.txt"
DAY = "2025-11-26"
R(d, IOMCOUNCIL, "adopted", IOMADM, DAY, "today adopted resolutions admitting Oman and Bhutan as Member States of the Organization", required=False)
R(d, "Oman", ACCEPTED, IOMC, "2025-11-24", "Oman deposited its instrument of acceptance of the Constitution with the Director General on Monday")
R(d, "Bhutan", ACCEPTED, IOMC, "2025-09", "Bhutan had accepted the Constitution in September")
R(d, IOMCOUNCIL, "adopted", IOMSP, DAY, "The Council also adopted, by consensus, a resolution on the IOM Strategic Plan 2024-2028 mid-term review")
RL(d, ["Saudi Arabia", "Qatar"], NOTBOUND, IOMC, None, "Neither has accepted the Constitution", negated=True)
R(d, GA, ADOPTED, GCM, "2018-12-19", "which the General Assembly endorsed on 19 December 2018 by a recorded vote of 152 to 5")
RL(d, ["Czechia", "Hungary", "Israel", "Poland", "United States"], "supported", GCM, "2018-12-19",
   "Czechia, Hungary, Israel, Poland and the United States voted against", negated=True)
R(d, ["European Union", "Spain"], COMMITTED, GCM, DAY, "the Union \"remains committed to the objectives of the Global Compact\"")
R(d, "European Union", "supported", GCM, None, "the EU as such did not vote on it", negated=True, required=False)
R(d, "Chile", "supported", GCM, "2018-12-19", "Chile, which abstained in 2018", negated=True)
R(d, "Chile", ENDORSED, GCM, None, "said it was \"reviewing its position\" on the Compact", negated=True)
R(d, "Brazil", ENDORSED, GCM, "2023", "rejoined it in 2023")
R(d, "Brazil", ENDORSED, GCM, None, "Brazil withdrew from the Compact in 2019", negated=True, required=False)
R(d, IOMCOUNCIL, "adopted", IOMAM, "1998", "Amendments adopted by the Council in 1998", required=False)

# ===================== 16 (commodity organisation news: International Olive Council) =====================
d = "16.txt"
R(d, "Azerbaijan", ACCEDED, OLIVE, "2025-11-21", "Azerbaijan has acceded to the International Agreement on Olive Oil and Table Olives, 2015",
  alt=["Its instrument of accession was deposited with the Secretary-General of the United Nations, the depositary of the Agreement, on 21 November 2025"])
R(d, "European Union", ACCEPTED, OLIVE, "2016", "The European Union, which approved the Agreement in 2016")
RL(d, ["Spain", "Italy", "Greece", "Portugal"], NOTBOUND, OLIVE, None, "These States are not individually Members of the IOC", negated=True, required=False)
RL(d, ["Uzbekistan", "Georgia"], ACCEDED, OLIVE, "2019", "Uzbekistan and Georgia acceded to the Agreement in 2019")
R(d, "Saudi Arabia", ACCEDED, OLIVE, "2022", "and Saudi Arabia in 2022")
RL(d, ["Tunisia", "Morocco", "Türkiye"], PARTY, OLIVE, None,
   "Tunisia, Morocco and Turkiye have been Members since the Agreement entered into force provisionally on 1 January 2017", required=False)
R(d, "Chile", NOTBOUND, OLIVE, None, "has not acceded to the Agreement", negated=True)
R(d, "Peru", ["acceded"], OLIVE, None, "is expected to deposit an instrument of accession in 2026", negated=True)
R(d, "United States", "signed", OLIVE, None, "The United States, which has observer status, has not signed the Agreement", negated=True)
R(d, "United States", NOTBOUND, OLIVE, None, "has no plans to join it", negated=True)
R(d, IOCCOM, "adopted", IOCSP, "2025-12", "adopted the Strategic Plan 2026-2030 of the International Olive Council")
R(d, IOCCOM, "adopted", IOCDEC, "2025-12",
  "adopted Decision DEC-III.4/122-VI/2025 on the trade standard applying to olive oils and olive pomace oils")
R(d, IOCCOM, "called-for", OLIVE, "2025-12",
  "The Council of Members again called on olive-producing countries that are not yet Members, in particular in South America and Central Asia, to accede to the Agreement")
R(d, OLIVECONF, "adopted", OLIVE, "2015-10-09", "The Agreement was concluded in Geneva on 9 October 2015", required=False)

gold.finish(MIN_CHARS, MAX_CHARS)
