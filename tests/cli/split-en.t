# ntx-split, English news prose: format in tests/cli/README.md.
#
# The expected sentences follow the segmentation rules of the ntx-split
# spec (abbreviation classes title / general / number, and the English
# sentence starters after a general abbreviation).  Every input is one
# paragraph (unless the case says otherwise), so each output line is one
# sentence.

# ======================================================================
# The 48 English Golden Rules of pragmatic_segmenter, as in pySBD's
# tests/lang/test_english.py, input and expected sentences verbatim.
# ======================================================================

case: golden 01: simple period to end sentence
args: -l en
in: Hello World. My name is Jonas.\n
out: Hello World.\n
out: My name is Jonas.\n

case: golden 02: question mark to end sentence
args: -l en
in: What is your name? My name is Jonas.\n
out: What is your name?\n
out: My name is Jonas.\n

case: golden 03: exclamation point to end sentence
args: -l en
in: There it is! I found it.\n
out: There it is!\n
out: I found it.\n

case: golden 04: one letter upper case abbreviations
args: -l en
in: My name is Jonas E. Smith.\n
out: My name is Jonas E. Smith.\n

case: golden 05: one letter lower case abbreviations
args: -l en
in: Please turn to p. 55.\n
out: Please turn to p. 55.\n

case: golden 06: two letter lower case abbreviations in the middle of a sentence
args: -l en
in: Were Jane and co. at the party?\n
out: Were Jane and co. at the party?\n

case: golden 07: two letter upper case abbreviations in the middle of a sentence
args: -l en
in: They closed the deal with Pitt, Briggs & Co. at noon.\n
out: They closed the deal with Pitt, Briggs & Co. at noon.\n

case: golden 08: two letter lower case abbreviations at the end of a sentence
args: -l en
in: Let's ask Jane and co. They should know.\n
out: Let's ask Jane and co.\n
out: They should know.\n

case: golden 09: two letter upper case abbreviations at the end of a sentence
args: -l en
in: They closed the deal with Pitt, Briggs & Co. It closed yesterday.\n
out: They closed the deal with Pitt, Briggs & Co.\n
out: It closed yesterday.\n

case: golden 10: two letter (prepositive) abbreviations
args: -l en
in: I can see Mt. Fuji from here.\n
out: I can see Mt. Fuji from here.\n

case: golden 11: two letter (prepositive and postpositive) abbreviations
args: -l en
in: St. Michael's Church is on 5th st. near the light.\n
out: St. Michael's Church is on 5th st. near the light.\n

case: golden 12: possessive two letter abbreviations
args: -l en
in: That is JFK Jr.'s book.\n
out: That is JFK Jr.'s book.\n

case: golden 13: multi-period abbreviations in the middle of a sentence
args: -l en
in: I visited the U.S.A. last year.\n
out: I visited the U.S.A. last year.\n

case: golden 14: multi-period abbreviations at the end of a sentence
args: -l en
in: I live in the E.U. How about you?\n
out: I live in the E.U.\n
out: How about you?\n

case: golden 15: U.S. as sentence boundary
args: -l en
in: I live in the U.S. How about you?\n
out: I live in the U.S.\n
out: How about you?\n

case: golden 16: U.S. as non sentence boundary with next word capitalized
args: -l en
in: I work for the U.S. Government in Virginia.\n
out: I work for the U.S. Government in Virginia.\n

case: golden 17: U.S. as non sentence boundary
args: -l en
in: I have lived in the U.S. for 20 years.\n
out: I have lived in the U.S. for 20 years.\n

case: golden 18: A.M. / P.M. as non sentence boundary and sentence boundary
args: -l en
in: At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.\n
out: At 5 a.m. Mr. Smith went to the bank.\n
out: He left the bank at 6 P.M.\n
out: Mr. Smith then went to the store.\n

case: golden 19: number as non sentence boundary
args: -l en
in: She has $100.00 in her bag.\n
out: She has $100.00 in her bag.\n

case: golden 20: decimal with trailing period
args: -l en
in: She has $100.00. It is in her bag.\n
out: She has $100.00.\n
out: It is in her bag.\n

case: golden 21: parenthetical inside sentence
args: -l en
in: He teaches science (He previously worked for 5 years as an engineer.) at the local University.\n
out: He teaches science (He previously worked for 5 years as an engineer.) at the local University.\n

case: golden 22: email addresses
args: -l en
in: Her email is Jane.Doe@example.com. I sent her an email.\n
out: Her email is Jane.Doe@example.com.\n
out: I sent her an email.\n

case: golden 23: web addresses
args: -l en
in: The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.\n
out: The site is: https://www.example.50.com/new-site/awesome_content.html.\n
out: Please check it out.\n

case: golden 24: single quotations inside sentence
args: -l en
in: She turned to him, 'This is great.' she said.\n
out: She turned to him, 'This is great.' she said.\n

case: golden 25: double quotations inside sentence
args: -l en
in: She turned to him, "This is great." she said.\n
out: She turned to him, "This is great." she said.\n

case: golden 26: double quotations at the end of a sentence
args: -l en
in: She turned to him, "This is great." She held the book out to show him.\n
out: She turned to him, "This is great."\n
out: She held the book out to show him.\n

case: golden 27: double punctuation (exclamation point)
args: -l en
in: Hello!! Long time no see.\n
out: Hello!!\n
out: Long time no see.\n

case: golden 28: double punctuation (question mark)
args: -l en
in: Hello?? Who is there?\n
out: Hello??\n
out: Who is there?\n

case: golden 29: double punctuation (exclamation point / question mark)
args: -l en
in: Hello!? Is that you?\n
out: Hello!?\n
out: Is that you?\n

case: golden 30: double punctuation (question mark / exclamation point)
args: -l en
in: Hello?! Is that you?\n
out: Hello?!\n
out: Is that you?\n

case: golden 31: list (period followed by parens and no period to end item)
args: -l en
in: 1.) The first item 2.) The second item\n
out: 1.) The first item\n
out: 2.) The second item\n

case: golden 32: list (period followed by parens and period to end item)
args: -l en
in: 1.) The first item. 2.) The second item.\n
out: 1.) The first item.\n
out: 2.) The second item.\n

case: golden 33: list (parens and no period to end item)
args: -l en
in: 1) The first item 2) The second item\n
out: 1) The first item\n
out: 2) The second item\n

case: golden 34: list (parens and period to end item)
args: -l en
in: 1) The first item. 2) The second item.\n
out: 1) The first item.\n
out: 2) The second item.\n

case: golden 35: list (period to mark list and no period to end item)
args: -l en
in: 1. The first item 2. The second item\n
out: 1. The first item\n
out: 2. The second item\n

case: golden 36: list (period to mark list and period to end item)
args: -l en
in: 1. The first item. 2. The second item.\n
out: 1. The first item.\n
out: 2. The second item.\n

case: golden 37: list with bullet
args: -l en
in: • 9. The first item • 10. The second item\n
out: • 9. The first item\n
out: • 10. The second item\n

case: golden 38: list with hyphen bullet
args: -l en
in: ⁃9. The first item ⁃10. The second item\n
out: ⁃9. The first item\n
out: ⁃10. The second item\n

case: golden 39: alphabetical list
args: -l en
in: a. The first item b. The second item c. The third list item\n
out: a. The first item\n
out: b. The second item\n
out: c. The third list item\n

case: golden 40: N° abbreviation before a dotted number
args: -l en
in: You can find it at N°. 1026.253.553. That is where the treasure is.\n
out: You can find it at N°. 1026.253.553.\n
out: That is where the treasure is.\n

case: golden 41: named entities with an exclamation point
args: -l en
in: She works at Yahoo! in the accounting department.\n
out: She works at Yahoo! in the accounting department.\n

case: golden 42: I as a sentence boundary and I as an abbreviation
args: -l en
in: We make a good team, you and I. Did you see Albert I. Jones yesterday?\n
out: We make a good team, you and I.\n
out: Did you see Albert I. Jones yesterday?\n

case: golden 43: ellipsis at end of quotation
args: -l en
in: Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”\n
out: Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”\n

case: golden 44: ellipsis with square brackets
args: -l en
in: "Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).\n
out: "Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).\n

case: golden 45: ellipsis as sentence boundary (standard ellipsis rules)
args: -l en
in: If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.\n
out: If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .\n
out: Next sentence.\n

case: golden 46: ellipsis as sentence boundary (non-standard ellipsis rules)
args: -l en
in: I never meant that.... She left the store.\n
out: I never meant that....\n
out: She left the store.\n

case: golden 47: ellipsis as non sentence boundary
args: -l en
in: I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.\n
out: I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.\n

case: golden 48: 4-dot ellipsis
args: -l en
in: One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .\n
out: One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.\n
out: . . . The practice was not abandoned. . . .\n

# ======================================================================
# News prose (AP, Reuters, BBC, Guardian style)
# ======================================================================

# Titles (title class: never a boundary before a name or number).
case: Mr. before a surname
args: -l en
in: Mr. Smith told reporters he would run again.\n
out: Mr. Smith told reporters he would run again.\n

case: Mrs. and Dr. before names mid-sentence
args: -l en
in: Mrs. Clinton met Dr. Anthony Fauci at the White House.\n
out: Mrs. Clinton met Dr. Anthony Fauci at the White House.\n

case: Gov. and Sen. before names
args: -l en
in: Gov. Gavin Newsom and Sen. Alex Padilla toured the site on Monday.\n
out: Gov. Gavin Newsom and Sen. Alex Padilla toured the site on Monday.\n

case: Gen. before a name, U.S. before a lowercase word
args: -l en
in: Gen. Mark Milley, the top U.S. military officer, testified.\n
out: Gen. Mark Milley, the top U.S. military officer, testified.\n

case: Lt. Col. before a name
args: -l en
in: Lt. Col. Sarah Jones commanded the unit.\n
out: Lt. Col. Sarah Jones commanded the unit.\n

case: the Rev. before a name
args: -l en
in: The Rev. Al Sharpton spoke at the funeral.\n
out: The Rev. Al Sharpton spoke at the funeral.\n

case: AP party and state after a title
args: -l en
in: Sen. Elizabeth Warren, D-Mass., voted against the bill.\n
out: Sen. Elizabeth Warren, D-Mass., voted against the bill.\n

case: a title starts the sentence after a full stop
args: -l en
in: The hearing ended. Dr. Smith left first.\n
out: The hearing ended.\n
out: Dr. Smith left first.\n

case: St. Louis starts a sentence, a score ends one
args: -l en
in: St. Louis beat Chicago 3-2. The series is tied.\n
out: St. Louis beat Chicago 3-2.\n
out: The series is tied.\n

case: Mt. before a name
args: -l en
in: Mt. Everest is 8,849 m high.\n
out: Mt. Everest is 8,849 m high.\n

# Company forms (general class): a boundary only before a common sentence starter.
case: Inc. before a lowercase verb
args: -l en
in: Apple Inc. said on Tuesday that iPhone sales rose.\n
out: Apple Inc. said on Tuesday that iPhone sales rose.\n

case: Inc. before a capitalised job title
args: -l en
in: Alphabet Inc. Chief Executive Sundar Pichai will testify.\n
out: Alphabet Inc. Chief Executive Sundar Pichai will testify.\n

case: Corp. at the end before The
args: -l en
in: The deal was approved by Acme Corp. The terms were not disclosed.\n
out: The deal was approved by Acme Corp.\n
out: The terms were not disclosed.\n

case: Co. before Ltd.
args: -l en
in: Samsung Electronics Co. Ltd. reported record profit.\n
out: Samsung Electronics Co. Ltd. reported record profit.\n

case: Ltd. at the end before It
args: -l en
in: The stake was sold to Acme Holdings Ltd. It paid $2 billion in cash.\n
out: The stake was sold to Acme Holdings Ltd.\n
out: It paid $2 billion in cash.\n

case: Corp. and Co. before and/both
args: -l en
in: Toyota Motor Corp. and Honda Motor Co. both cut forecasts.\n
out: Toyota Motor Corp. and Honda Motor Co. both cut forecasts.\n

case: Co. mid-sentence, the boundary comes later
args: -l en
in: Shares of Ford Motor Co. fell 4% on Friday. The carmaker blamed costs.\n
out: Shares of Ford Motor Co. fell 4% on Friday.\n
out: The carmaker blamed costs.\n

case: Corp. at the end before He
args: -l en
in: The lawsuit names Microsoft Corp. He declined to comment further.\n
out: The lawsuit names Microsoft Corp.\n
out: He declined to comment further.\n

case: Jr. before Day
args: -l en
in: Martin Luther King Jr. Day is a federal holiday.\n
out: Martin Luther King Jr. Day is a federal holiday.\n

case: Jr. at the end before It
args: -l en
in: The speech was given by Martin Luther King Jr. It changed history.\n
out: The speech was given by Martin Luther King Jr.\n
out: It changed history.\n

case: initial and Jr. before a lowercase word
args: -l en
in: Robert F. Kennedy Jr. was on the ballot.\n
out: Robert F. Kennedy Jr. was on the ballot.\n

case: Ph.D. before a lowercase word
args: -l en
in: He earned a Ph.D. in economics.\n
out: He earned a Ph.D. in economics.\n

# Months and AP state abbreviations.
case: Jan. before a day number
args: -l en
in: On Jan. 5, 2024, the court ruled against the company.\n
out: On Jan. 5, 2024, the court ruled against the company.\n

case: Sept. 30 ends a sentence
args: -l en
in: The fiscal year ends Sept. 30. Revenue is expected to rise.\n
out: The fiscal year ends Sept. 30.\n
out: Revenue is expected to rise.\n

case: Aug. and Dec. before day numbers
args: -l en
in: Talks ran from Aug. 1 to Dec. 15 without a deal.\n
out: Talks ran from Aug. 1 to Dec. 15 without a deal.\n

case: Oct. 7 ends a sentence
args: -l en
in: Fighting resumed on Oct. 7. Hundreds were killed.\n
out: Fighting resumed on Oct. 7.\n
out: Hundreds were killed.\n

case: Reuters dateline with Jan.
args: -l en
in: LONDON, Jan. 5 (Reuters) - British inflation rose to 4.2% in December, the Office for National Statistics said on Wednesday.\n
out: LONDON, Jan. 5 (Reuters) - British inflation rose to 4.2% in December, the Office for National Statistics said on Wednesday.\n

case: Ill. between commas
args: -l en
in: A man from Springfield, Ill., was arrested on Monday.\n
out: A man from Springfield, Ill., was arrested on Monday.\n

case: Okla. and Kan. between commas
args: -l en
in: Officials in Tulsa, Okla., and Wichita, Kan., confirmed the reports.\n
out: Officials in Tulsa, Okla., and Wichita, Kan., confirmed the reports.\n

case: Calif. before a lowercase word
args: -l en
in: She was born in Fresno, Calif. in 1960 and moved east.\n
out: She was born in Fresno, Calif. in 1960 and moved east.\n

# U.S., U.K., U.N., E.U.
case: U.N. before a capitalised noun
args: -l en
in: The U.N. Security Council met on Friday.\n
out: The U.N. Security Council met on Friday.\n

case: U.S. opens a sentence, U.K. before a lowercase word
args: -l en
in: U.S. Treasury yields rose after the U.K. budget.\n
out: U.S. Treasury yields rose after the U.K. budget.\n

case: E.U. at the end before The
args: -l en
in: Sanctions were imposed by the E.U. The measures take effect on Monday.\n
out: Sanctions were imposed by the E.U.\n
out: The measures take effect on Monday.\n

case: U.K. at the end before It
args: -l en
in: The deal was signed in the U.K. It takes effect next year.\n
out: The deal was signed in the U.K.\n
out: It takes effect next year.\n

case: U.S. before a comma, U.K. before and
args: -l en
in: The talks included the U.S., the U.K. and France.\n
out: The talks included the U.S., the U.K. and France.\n

case: possessive U.S.'s
args: -l en
in: It is the U.S.'s largest bank by assets.\n
out: It is the U.S.'s largest bank by assets.\n

# a.m. and p.m.
case: p.m. before a lowercase word
args: -l en
in: Polls close at 8 p.m. on Tuesday.\n
out: Polls close at 8 p.m. on Tuesday.\n

case: p.m. at the end before The
args: -l en
in: Voting ended at 9 p.m. The count began at once.\n
out: Voting ended at 9 p.m.\n
out: The count began at once.\n

case: a.m. before a capitalised time zone word
args: -l en
in: The meeting starts at 9 a.m. Eastern time.\n
out: The meeting starts at 9 a.m. Eastern time.\n

case: p.m. at the end before Mr.
args: -l en
in: Trading resumed at 2 p.m. Mr. Lee said the halt was needed.\n
out: Trading resumed at 2 p.m.\n
out: Mr. Lee said the halt was needed.\n

# e.g., i.e., etc., et al., vs.
case: e.g. before a company name
args: -l en
in: Big tech firms, e.g. Apple and Google, lobbied hard.\n
out: Big tech firms, e.g. Apple and Google, lobbied hard.\n

case: i.e. before a lowercase word
args: -l en
in: The rate was cut, i.e. borrowing got cheaper.\n
out: The rate was cut, i.e. borrowing got cheaper.\n

case: etc. at the end before The
args: -l en
in: He bought apples, pears, etc. The bill came to $20.\n
out: He bought apples, pears, etc.\n
out: The bill came to $20.\n

case: etc. before a lowercase word
args: -l en
in: Apples, pears, etc. were on sale.\n
out: Apples, pears, etc. were on sale.\n

case: et al. before a lowercase word
args: -l en
in: Smith et al. found a link between the two.\n
out: Smith et al. found a link between the two.\n

case: vs. before a team name
args: -l en
in: The final is Yankees vs. Red Sox on Sunday.\n
out: The final is Yankees vs. Red Sox on Sunday.\n

# No., p., pp. (number class: an abbreviation only before a number).
case: No. before a number
args: -l en
in: He was ranked No. 5 in the world.\n
out: He was ranked No. 5 in the world.\n

case: p. before a number
args: -l en
in: The figures are on p. 12 of the report.\n
out: The figures are on p. 12 of the report.\n

case: pp. before a range
args: -l en
in: See pp. 12-14 for details.\n
out: See pp. 12-14 for details.\n

case: No. as a word before It
args: -l en
in: No. It was not me.\n
out: No.\n
out: It was not me.\n

case: no. as a word before The
args: -l en
in: Voters said no. The measure failed.\n
out: Voters said no.\n
out: The measure failed.\n

# Initials.
case: three spaced initials
args: -l en
in: J. R. R. Tolkien wrote The Hobbit.\n
out: J. R. R. Tolkien wrote The Hobbit.\n

case: middle initial
args: -l en
in: George W. Bush visited Texas.\n
out: George W. Bush visited Texas.\n

case: unspaced initials before a capitalised surname
args: -l en
in: W.E.B. Du Bois founded the magazine.\n
out: W.E.B. Du Bois founded the magazine.\n

case: J.K. without a space between
args: -l en
in: J.K. Rowling published a new book.\n
out: J.K. Rowling published a new book.\n

case: a surname after an initial ends the sentence
args: -l en
in: The bill was signed by George W. Bush. It became law in 2002.\n
out: The bill was signed by George W. Bush.\n
out: It became law in 2002.\n

# Numbers and times.
case: money and a percentage end sentences
args: -l en
in: Revenue was $1.2 billion. Profit fell 3.5%.\n
out: Revenue was $1.2 billion.\n
out: Profit fell 3.5%.\n

case: thousands separator and decimals
args: -l en
in: The Dow closed at 31,250.55, up 0.3%.\n
out: The Dow closed at 31,250.55, up 0.3%.\n

case: a version number
args: -l en
in: Version 2.1.3 fixes the bug. It was released on Friday.\n
out: Version 2.1.3 fixes the bug.\n
out: It was released on Friday.\n

case: a time ends a sentence
args: -l en
in: The blast hit at 10:30. Police arrived minutes later.\n
out: The blast hit at 10:30.\n
out: Police arrived minutes later.\n

case: pound and euro amounts
args: -l en
in: She has £2.5bn and €3.2 million in assets.\n
out: She has £2.5bn and €3.2 million in assets.\n

case: a percentage ends a sentence after Inc.
args: -l en
in: Shares of Alphabet Inc. rose 2%. The company reports on Tuesday.\n
out: Shares of Alphabet Inc. rose 2%.\n
out: The company reports on Tuesday.\n

case: a year starts a sentence
args: -l en
in: The company was founded in 1998. 2023 was its best year.\n
out: The company was founded in 1998.\n
out: 2023 was its best year.\n

case: two sentences that start with years
args: -l en
in: 2023 was a record year. 2024 may be better.\n
out: 2023 was a record year.\n
out: 2024 may be better.\n

case: a score that is not a list marker
args: -l en
in: The Yankees scored 2. The Mets scored 3.\n
out: The Yankees scored 2.\n
out: The Mets scored 3.\n

# URLs, e-mail addresses, domains, file names.
case: a URL at the end of a sentence
args: -l en
in: Details are at https://www.bbc.co.uk/news. The page is updated daily.\n
out: Details are at https://www.bbc.co.uk/news.\n
out: The page is updated daily.\n

case: a www domain mid-sentence
args: -l en
in: Visit www.example.com for details.\n
out: Visit www.example.com for details.\n

case: an e-mail address at the end of a sentence
args: -l en
in: Contact jane.doe@example.com. She will reply today.\n
out: Contact jane.doe@example.com.\n
out: She will reply today.\n

case: an e-mail address with capitals after its dots
args: -l en
in: Email John.Smith@Reuters.com with tips.\n
out: Email John.Smith@Reuters.com with tips.\n

case: a file name at the end of a sentence
args: -l en
in: Open report.pdf. It has the details.\n
out: Open report.pdf.\n
out: It has the details.\n

case: a file name between commas
args: -l en
in: The leaked file, budget_2024.xlsx, was shared online.\n
out: The leaked file, budget_2024.xlsx, was shared online.\n

case: a domain as a company name
args: -l en
in: Amazon.com reported record sales.\n
out: Amazon.com reported record sales.\n

case: an ALLCAPS pair
args: -l en
in: The site runs on ASP.NET and was hacked.\n
out: The site runs on ASP.NET and was hacked.\n

case: a missing space after a full stop
args: -l en
in: Shares fell sharply.The company declined to comment.\n
out: Shares fell sharply.\n
out: The company declined to comment.\n

# Quotes.
case: a quote then a capitalised attribution
args: -l en
in: "It's over." Smith said.\n
out: "It's over."\n
out: Smith said.\n

case: a quote with a comma before the attribution
args: -l en
in: "It's over," Smith said.\n
out: "It's over," Smith said.\n

case: a quoted question then a lowercase attribution
args: -l en
in: "Is it over?" he asked.\n
out: "Is it over?" he asked.\n

case: two sentences in curly quotes
args: -l en
in: “We will win. We have the votes,” Smith said.\n
out: “We will win.\n
out: We have the votes,” Smith said.\n

case: an attribution then a new quote
args: -l en
in: "We are not done," Smith said. "The fight goes on."\n
out: "We are not done," Smith said.\n
out: "The fight goes on."\n

case: a quote after a colon, then a new sentence
args: -l en
in: He said: “Prices will rise. Wages will not.” Analysts agreed.\n
out: He said: “Prices will rise.\n
out: Wages will not.”\n
out: Analysts agreed.\n

case: BBC style quote of two sentences
args: -l en
in: Mr Smith, 45, said: "I'm delighted. It's been a long road."\n
out: Mr Smith, 45, said: "I'm delighted.\n
out: It's been a long road."\n

case: single curly quotes with a comma
args: -l en
in: ‘We will win,’ he said.\n
out: ‘We will win,’ he said.\n

case: single curly quotes then a capital
args: -l en
in: ‘We will win.’ He smiled.\n
out: ‘We will win.’\n
out: He smiled.\n

case: a dash attribution after a closed quote
args: -l en
in: “We will rebuild.” – Mayor John Smith told reporters.\n
out: “We will rebuild.” – Mayor John Smith told reporters.\n

case: ?! inside quotes before a lowercase word
args: -l en
in: “What?!” she shouted.\n
out: “What?!” she shouted.\n

case: a quoted question mid-sentence
args: -l en
in: He asked, "Where is the money?" and left.\n
out: He asked, "Where is the money?" and left.\n

# Parentheses and brackets.
case: a parenthesised sentence between two sentences
args: -l en
in: The vote passed. (The opposition abstained.) Debate resumes Monday.\n
out: The vote passed.\n
out: (The opposition abstained.)\n
out: Debate resumes Monday.\n

case: a period inside parentheses before a lowercase word
args: -l en
in: Profits rose (see Table 2.) in the third quarter.\n
out: Profits rose (see Table 2.) in the third quarter.\n

case: a Reuters credit line in parentheses
args: -l en
in: The deal closes next year. (Reporting by John Smith in London; Editing by Mark Potter)\n
out: The deal closes next year.\n
out: (Reporting by John Smith in London; Editing by Mark Potter)\n

case: a full stop after a closing parenthesis
args: -l en
in: Profit rose 5% (to $3.2 billion). Sales were flat.\n
out: Profit rose 5% (to $3.2 billion).\n
out: Sales were flat.\n

# Ellipses.
case: three dots before a capital
args: -l en
in: Sales were flat... The company blamed the weather.\n
out: Sales were flat...\n
out: The company blamed the weather.\n

case: three dots before a lowercase word
args: -l en
in: Sales were flat... but profits rose.\n
out: Sales were flat... but profits rose.\n

case: a spaced ellipsis character before a capital
args: -l en
in: He paused … Then he spoke.\n
out: He paused …\n
out: Then he spoke.\n

case: an ellipsis character before a capital
args: -l en
in: He said he would wait and see… Nobody believed him.\n
out: He said he would wait and see…\n
out: Nobody believed him.\n

case: an omission in square brackets
args: -l en
in: The law [...] was repealed in 2019.\n
out: The law [...] was repealed in 2019.\n

case: an omission in parentheses
args: -l en
in: He said (…) that the plan had failed.\n
out: He said (…) that the plan had failed.\n

# Runs of ? and !.
case: ?! before a capital
args: -l en
in: Really?! The market rallied anyway.\n
out: Really?!\n
out: The market rallied anyway.\n

case: ?? before a capital
args: -l en
in: Why?? Nobody knows.\n
out: Why??\n
out: Nobody knows.\n

case: !!! before a capital
args: -l en
in: Wow!!! Stocks soared.\n
out: Wow!!!\n
out: Stocks soared.\n

case: a name with ! before a lowercase word
args: -l en
in: He used Jeopardy! as an example.\n
out: He used Jeopardy! as an example.\n

# Lowercase brands and lowercase sentence starts.
case: sentences that start with iPhone and eBay
args: -l en
in: iPhone sales rose. eBay fell.\n
out: iPhone sales rose.\n
out: eBay fell.\n

case: a plain lowercase word after a full stop is not a boundary
args: -l en
in: The price rose. analysts were surprised.\n
out: The price rose. analysts were surprised.\n

# Semicolons, colons, lists.
case: a semicolon does not end a sentence
args: -l en
in: Shares rose; bonds fell.\n
out: Shares rose; bonds fell.\n

case: a colon before a capital does not end a sentence
args: -l en
in: Investors had one question: Would the Fed act?\n
out: Investors had one question: Would the Fed act?\n

case: an inline list with a) b) c)
args: -l en
in: The plan has three parts: a) tax cuts; b) new roads; c) schools.\n
out: The plan has three parts: a) tax cuts; b) new roads; c) schools.\n

case: a list marker is not a sentence of its own
args: -l en
in: 1. Inflation is falling.\n
out: 1. Inflation is falling.\n

case: a) b) items without final periods
args: -l en
in: a) Raise taxes b) Cut spending\n
out: a) Raise taxes\n
out: b) Cut spending\n

case: three numbered items without final periods
args: -l en
in: 1. Cut taxes 2. Build roads 3. Fund schools\n
out: 1. Cut taxes\n
out: 2. Build roads\n
out: 3. Fund schools\n

# Paragraphs: a headline and a paragraph end are sentence ends.
case: a headline paragraph and a Reuters lead
args: -l en
in: Stocks Fall as Fed Signals Hike\n\nWASHINGTON (Reuters) - U.S. stocks fell on Wednesday. The Dow lost 1.2%.\n
out: Stocks Fall as Fed Signals Hike\n
out: \n
out: WASHINGTON (Reuters) - U.S. stocks fell on Wednesday.\n
out: The Dow lost 1.2%.\n

case: Inc. at the end of a paragraph
args: -l en
in: He works for Acme Inc.\n\nThe company said nothing.\n
out: He works for Acme Inc.\n
out: \n
out: The company said nothing.\n

# ======================================================================
# a.m. and p.m. before a capitalised word: a day, a month or a time zone
# goes on the time; any other word starts a new sentence.
# ======================================================================

case: p.m. before a weekday goes on
args: -l en
in: The vote is set for 9 p.m. Thursday in the council chamber.\n
out: The vote is set for 9 p.m. Thursday in the council chamber.\n

case: a.m. before a time zone goes on
args: -l en
in: Polls open at 6 a.m. ET and close at 8 p.m. local time.\n
out: Polls open at 6 a.m. ET and close at 8 p.m. local time.\n

case: a.m. before an ordinary capitalised word ends the sentence
args: -l en
in: The fire broke out at about 4:30 a.m. No one was injured, officials said.\n
out: The fire broke out at about 4:30 a.m.\nNo one was injured, officials said.\n

case: p.m. before a noun that starts a sentence
args: -l en
in: The deal was announced shortly after 9 p.m. Terms were not disclosed.\n
out: The deal was announced shortly after 9 p.m.\nTerms were not disclosed.\n

# ======================================================================
# A state after a city and a comma: AP style puts another comma after it
# when the sentence goes on, so a capitalised word after it is a new one.
# ======================================================================

case: a state abbreviation after a city ends the sentence before a name
args: -l en
in: The plant is in Chattanooga, Tenn. Volkswagen opened it in 2011.\n
out: The plant is in Chattanooga, Tenn.\nVolkswagen opened it in 2011.\n

case: a state abbreviation after a city and before a comma goes on
args: -l en
in: A motel in Newark, N.J., was searched on Monday.\n
out: A motel in Newark, N.J., was searched on Monday.\n

case: an abbreviation after a lowercase word and a comma is not a state
args: -l en
in: Big firms, e.g. Apple and Google, lobbied hard.\n
out: Big firms, e.g. Apple and Google, lobbied hard.\n

# ======================================================================
# Number words and No as sentence starters
# ======================================================================

case: a spelled-out number starts a sentence after an abbreviation
args: -l en
in: The rules apply to 45 million monthly users in the E.U. Nineteen services are covered.\n
out: The rules apply to 45 million monthly users in the E.U.\nNineteen services are covered.\n

case: No starts a sentence after an abbreviation
args: -l en
in: The storm hit the U.S. No deaths were reported.\n
out: The storm hit the U.S.\nNo deaths were reported.\n

case: No. before a number is not a sentence starter
args: -l en
in: She met the U.S. No. 2 diplomat in Geneva.\n
out: She met the U.S. No. 2 diplomat in Geneva.\n
