# ntx-nums, English news sentences: format in tests/cli/README.md.
#
# Expected rows follow the ntx-nums version 1 spec: columns sentence_no,
# text, kind, value, unit, qualifier, sentence, then the header keys url,
# title, published, author, lang, site, source.  Every input is one or a few
# sentences as ntx-split writes them; unless a case says otherwise there is
# no header line, so the seven metadata fields are empty (seven TABs after
# the sentence field).  All cases use -l en, so the guess of the language
# plays no part here (nums.t tests it).
#
# The sentences avoid words whose reading the spec leaves open (a month
# without day or year, nouns outside the unit and counted-noun lists right
# after a number, number words): each case has one reading a careful reader
# would agree with.  Where the spec is silent a comment above the case says
# what was chosen and why; the rule of thumb is what someone reading the
# table in a spreadsheet wants: a value they can sort and sum, and no row at
# all rather than a wrong value.

# ======================================================================
# number: cardinals and decimals, English separators
# ======================================================================

# A number that is not a percent, money, a quantity, a date, a time, a
# ratio or an ordinal.  "," groups thousands, "." is the decimal point;
# values are plain decimals without grouping or trailing zeros.

case: a small integer
args: -l en
in: The index closed at 42.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t42\tnumber\t42\t\t\tThe index closed at 42.\t\t\t\t\t\t\t\n

case: a number with two comma groups
args: -l en
in: The population reached 1,250,000 last year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,250,000\tnumber\t1250000\t\t\tThe population reached 1,250,000 last year.\t\t\t\t\t\t\t\n

case: a decimal
args: -l en
in: The ratio rose to 3.5 on Friday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.5\tnumber\t3.5\t\t\tThe ratio rose to 3.5 on Friday.\t\t\t\t\t\t\t\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tThe ratio rose to 3.5 on Friday.\t\t\t\t\t\t\t\n

# The full stop that ends the sentence is no second decimal point.
case: a grouped number with a decimal part
args: -l en
in: The index closed at 1,250.5.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,250.5\tnumber\t1250.5\t\t\tThe index closed at 1,250.5.\t\t\t\t\t\t\t\n

case: a full stop after a grouped integer is not a decimal point
args: -l en
in: The figure was revised to 1,000.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,000\tnumber\t1000\t\t\tThe figure was revised to 1,000.\t\t\t\t\t\t\t\n

case: a negative decimal
args: -l en
in: The balance fell to -2.4 in the second quarter.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t-2.4\tnumber\t-2.4\t\t\tThe balance fell to -2.4 in the second quarter.\t\t\t\t\t\t\t\n
out: 1\tsecond\tordinal\t2\t\t\tThe balance fell to -2.4 in the second quarter.\t\t\t\t\t\t\t\n

case: trailing zeros are dropped from the value
args: -l en
in: The score was 12.50.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12.50\tnumber\t12.5\t\t\tThe score was 12.50.\t\t\t\t\t\t\t\n

case: a decimal part of zeros is dropped
args: -l en
in: The index ended the day at 100.00.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t100.00\tnumber\t100\t\t\tThe index ended the day at 100.00.\t\t\t\t\t\t\t\n

case: a decimal below one
args: -l en
in: The rate was 0.75.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0.75\tnumber\t0.75\t\t\tThe rate was 0.75.\t\t\t\t\t\t\t\n

case: two grouped decimals in one sentence
args: -l en
in: The index was 7,250.25 on Monday and 7,310.5 on Tuesday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7,250.25\tnumber\t7250.25\t\t\tThe index was 7,250.25 on Monday and 7,310.5 on Tuesday.\t\t\t\t\t\t\t\n
out: 1\tMonday\tdate\tXXXX-WXX-1\t\t\tThe index was 7,250.25 on Monday and 7,310.5 on Tuesday.\t\t\t\t\t\t\t\n
out: 1\t7,310.5\tnumber\t7310.5\t\t\tThe index was 7,250.25 on Monday and 7,310.5 on Tuesday.\t\t\t\t\t\t\t\n
out: 1\tTuesday\tdate\tXXXX-WXX-2\t\t\tThe index was 7,250.25 on Monday and 7,310.5 on Tuesday.\t\t\t\t\t\t\t\n

# A comma followed by a space is punctuation, never a thousands separator:
# three numbers, not 1215 or 12.15.
case: a comma and a space separate numbers in a list
args: -l en
in: The readings were 12, 15 and 20.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12\tnumber\t12\t\t\tThe readings were 12, 15 and 20.\t\t\t\t\t\t\t\n
out: 1\t15\tnumber\t15\t\t\tThe readings were 12, 15 and 20.\t\t\t\t\t\t\t\n
out: 1\t20\tnumber\t20\t\t\tThe readings were 12, 15 and 20.\t\t\t\t\t\t\t\n

# The spec multiplies money and quantities; it does not say so for a bare
# number.  Chosen: the multiplier word is part of the number (text
# "1.5 million", value 1500000), since 1.5 would be a wrong value in a sheet.
case: a number with a multiplier word
args: -l en
in: Its population passed 1.5 million.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.5 million\tnumber\t1500000\t\t\tIts population passed 1.5 million.\t\t\t\t\t\t\t\n

# ======================================================================
# percent
# ======================================================================

# Value without the sign, unit "%"; "percent" and "per cent" are the
# same as "%"; percentage points have the unit "pp".

case: a percent sign
args: -l en
in: Inflation rose 3.5% last month.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.5%\tpercent\t3.5\t%\t\tInflation rose 3.5% last month.\t\t\t\t\t\t\t\n

case: a percent sign after a space
args: -l en
in: Shares rose 3.5 % on Friday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.5 %\tpercent\t3.5\t%\t\tShares rose 3.5 % on Friday.\t\t\t\t\t\t\t\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tShares rose 3.5 % on Friday.\t\t\t\t\t\t\t\n

case: the word percent
args: -l en
in: Unemployment fell to 5 percent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 percent\tpercent\t5\t%\t\tUnemployment fell to 5 percent.\t\t\t\t\t\t\t\n

case: the words per cent
args: -l en
in: Wages rose 5 per cent last year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 per cent\tpercent\t5\t%\t\tWages rose 5 per cent last year.\t\t\t\t\t\t\t\n

case: a decimal with the word percent
args: -l en
in: The index gained 0.8 percent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0.8 percent\tpercent\t0.8\t%\t\tThe index gained 0.8 percent.\t\t\t\t\t\t\t\n

case: percentage points
args: -l en
in: The central bank raised rates by 0.25 percentage points.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0.25 percentage points\tpercent\t0.25\tpp\t\tThe central bank raised rates by 0.25 percentage points.\t\t\t\t\t\t\t\n

case: one percentage point, singular
args: -l en
in: The gap narrowed by 0.5 percentage point.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t0.5 percentage point\tpercent\t0.5\tpp\t\tThe gap narrowed by 0.5 percentage point.\t\t\t\t\t\t\t\n

case: a negative percent
args: -l en
in: Growth was -2.4% in the second quarter.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t-2.4%\tpercent\t-2.4\t%\t\tGrowth was -2.4% in the second quarter.\t\t\t\t\t\t\t\n
out: 1\tsecond\tordinal\t2\t\t\tGrowth was -2.4% in the second quarter.\t\t\t\t\t\t\t\n

# The spec writes only negative values with a sign.  Chosen: "+" belongs to
# the expression as written (text "+3.5%") and the value is plain 3.5.
case: a plus sign is kept in the text, not in the value
args: -l en
in: The change was +3.5% on the week.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t+3.5%\tpercent\t3.5\t%\t\tThe change was +3.5% on the week.\t\t\t\t\t\t\t\n

case: a grouped percent
args: -l en
in: The stock jumped 1,250% this year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,250%\tpercent\t1250\t%\t\tThe stock jumped 1,250% this year.\t\t\t\t\t\t\t\n

# ======================================================================
# money
# ======================================================================

# Value = number x multiplier (thousand, million, billion, trillion),
# unit the ISO 4217 code; $ is USD, US$ too.  A price per unit keeps its
# denominator in the unit ("$80 a barrel" -> USD/barrel).

case: dollars with billion
args: -l en
in: The company raised $1.2 billion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$1.2 billion\tmoney\t1200000000\tUSD\t\tThe company raised $1.2 billion.\t\t\t\t\t\t\t\n

case: US dollars with million
args: -l en
in: The fund invested US$5 million in the project.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tUS$5 million\tmoney\t5000000\tUSD\t\tThe fund invested US$5 million in the project.\t\t\t\t\t\t\t\n

case: a euro sign
args: -l en
in: Tickets cost €300.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t€300\tmoney\t300\tEUR\t\tTickets cost €300.\t\t\t\t\t\t\t\n

case: a pound sign with million
args: -l en
in: The budget is £2.5 million.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t£2.5 million\tmoney\t2500000\tGBP\t\tThe budget is £2.5 million.\t\t\t\t\t\t\t\n

case: a yen sign with trillion
args: -l en
in: Toyota earned ¥1.2 trillion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t¥1.2 trillion\tmoney\t1200000000000\tJPY\t\tToyota earned ¥1.2 trillion.\t\t\t\t\t\t\t\n

case: an ISO code after the amount
args: -l en
in: The deal is worth 1.25 billion USD.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.25 billion USD\tmoney\t1250000000\tUSD\t\tThe deal is worth 1.25 billion USD.\t\t\t\t\t\t\t\n

case: an ISO code before the amount
args: -l en
in: The plan costs USD 5 million.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tUSD 5 million\tmoney\t5000000\tUSD\t\tThe plan costs USD 5 million.\t\t\t\t\t\t\t\n

case: EUR before the amount
args: -l en
in: The loan totals EUR 300 million.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tEUR 300 million\tmoney\t300000000\tEUR\t\tThe loan totals EUR 300 million.\t\t\t\t\t\t\t\n

case: GBP before a grouped amount
args: -l en
in: The charity received GBP 40,000.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tGBP 40,000\tmoney\t40000\tGBP\t\tThe charity received GBP 40,000.\t\t\t\t\t\t\t\n

case: CNY with billion
args: -l en
in: Beijing pledged CNY 50 billion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tCNY 50 billion\tmoney\t50000000000\tCNY\t\tBeijing pledged CNY 50 billion.\t\t\t\t\t\t\t\n

# The spec lists "euro"; the English plural is the same currency.
case: the word euros
args: -l en
in: She paid 20 euros.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20 euros\tmoney\t20\tEUR\t\tShe paid 20 euros.\t\t\t\t\t\t\t\n

case: dollars and cents
args: -l en
in: Shares closed at $189.50.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$189.50\tmoney\t189.5\tUSD\t\tShares closed at $189.50.\t\t\t\t\t\t\t\n

case: cents only
args: -l en
in: The app costs $0.99.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$0.99\tmoney\t0.99\tUSD\t\tThe app costs $0.99.\t\t\t\t\t\t\t\n

case: a grouped dollar amount
args: -l en
in: The salary is $30,000.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$30,000\tmoney\t30000\tUSD\t\tThe salary is $30,000.\t\t\t\t\t\t\t\n

case: dollars with trillion
args: -l en
in: Debt reached $2 trillion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$2 trillion\tmoney\t2000000000000\tUSD\t\tDebt reached $2 trillion.\t\t\t\t\t\t\t\n

case: a price a barrel
args: -l en
in: Oil traded at $80 a barrel.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$80 a barrel\tmoney\t80\tUSD/barrel\t\tOil traded at $80 a barrel.\t\t\t\t\t\t\t\n

# "per" is the same as "a" before the unit of a price.
case: a price per gallon
args: -l en
in: Gasoline cost $3.50 per gallon.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$3.50 per gallon\tmoney\t3.5\tUSD/gallon\t\tGasoline cost $3.50 per gallon.\t\t\t\t\t\t\t\n

case: a price a share
args: -l en
in: The company will pay $2.15 a share.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$2.15 a share\tmoney\t2.15\tUSD/share\t\tThe company will pay $2.15 a share.\t\t\t\t\t\t\t\n

case: a grouped price per month
args: -l en
in: Rents average €1,200 per month.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t€1,200 per month\tmoney\t1200\tEUR/month\t\tRents average €1,200 per month.\t\t\t\t\t\t\t\n
# The abbreviated multipliers "m" and "k" are not read (the spec: "k" is not
# read; "m" is the same case).  Chosen: such an expression gives no row at
# all.  Any row would carry a wrong value: 2.5 GBP is a millionth of the
# amount, and 2.5 "m" would be metres.  The rest of the sentence is read as
# usual.

case: pounds with an m suffix give no row
args: -l en
in: The club paid £2.5m for the striker.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: dollars with a k suffix give no row
args: -l en
in: Each winner gets $5k.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: an m suffix on money does not hide the other numbers
args: -l en
in: A £2.5m grant will build 300 homes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t300 homes\tquantity\t300\thomes\t\tA £2.5m grant will build 300 homes.\t\t\t\t\t\t\t\n

# ======================================================================
# quantity: a number with a unit or a counted noun
# ======================================================================

# Value = number x multiplier, unit the unit or the counted noun.  The
# spec says "as written in lowercase" but its own example keeps 5°C -> "°C".
# Chosen: counted nouns are lowercased, units are written as in the spec's
# list (°C, kWh, MW keep their capitals, since MW and mW differ).  With or
# without a space before the unit.

case: tons
args: -l en
in: The truck carried 12 tons of rice.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 tons\tquantity\t12\ttons\t\tThe truck carried 12 tons of rice.\t\t\t\t\t\t\t\n

case: people with million
args: -l en
in: The storm forced 3 million people from their homes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 million people\tquantity\t3000000\tpeople\t\tThe storm forced 3 million people from their homes.\t\t\t\t\t\t\t\n

# A headline in title case: the unit is the noun in lowercase.
case: a capitalised counted noun is lowercased
args: -l en
in: 3 Million People Evacuated As Storm Nears\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 Million People\tquantity\t3000000\tpeople\t\t3 Million People Evacuated As Storm Nears\t\t\t\t\t\t\t\n

case: kilometres with a space
args: -l en
in: The road is 40 km long.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t40 km\tquantity\t40\tkm\t\tThe road is 40 km long.\t\t\t\t\t\t\t\n

case: kilometres without a space
args: -l en
in: The new line runs 40km.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t40km\tquantity\t40\tkm\t\tThe new line runs 40km.\t\t\t\t\t\t\t\n

case: a unit before another noun
args: -l en
in: A new 40 km road opened.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t40 km\tquantity\t40\tkm\t\tA new 40 km road opened.\t\t\t\t\t\t\t\n

case: degrees Celsius
args: -l en
in: Temperatures reached 5°C overnight.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5°C\tquantity\t5\t°C\t\tTemperatures reached 5°C overnight.\t\t\t\t\t\t\t\n

case: degrees Celsius after a space
args: -l en
in: It was 5 °C at noon.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 °C\tquantity\t5\t°C\t\tIt was 5 °C at noon.\t\t\t\t\t\t\t\n

case: a negative temperature
args: -l en
in: Temperatures fell to -5°C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t-5°C\tquantity\t-5\t°C\t\tTemperatures fell to -5°C.\t\t\t\t\t\t\t\n

# Without a currency "m" is the metre of the unit list (compare £2.5m above).
case: metres without a space
args: -l en
in: The tower is 330m tall.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t330m\tquantity\t330\tm\t\tThe tower is 330m tall.\t\t\t\t\t\t\t\n

case: square metres
args: -l en
in: The apartment has 120 m² of floor space.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t120 m²\tquantity\t120\tm²\t\tThe apartment has 120 m² of floor space.\t\t\t\t\t\t\t\n

case: hectares with grouping
args: -l en
in: The farm covers 1,200 ha.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,200 ha\tquantity\t1200\tha\t\tThe farm covers 1,200 ha.\t\t\t\t\t\t\t\n

case: kilograms
args: -l en
in: The parcel weighs 3.5 kg.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3.5 kg\tquantity\t3.5\tkg\t\tThe parcel weighs 3.5 kg.\t\t\t\t\t\t\t\n

case: megawatts keep their capitals
args: -l en
in: The plant will produce 500 MW.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500 MW\tquantity\t500\tMW\t\tThe plant will produce 500 MW.\t\t\t\t\t\t\t\n

case: kilowatt hours
args: -l en
in: Each household used 200 kWh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t200 kWh\tquantity\t200\tkWh\t\tEach household used 200 kWh.\t\t\t\t\t\t\t\n

case: workers
args: -l en
in: The factory employs 2,000 workers.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,000 workers\tquantity\t2000\tworkers\t\tThe factory employs 2,000 workers.\t\t\t\t\t\t\t\n

case: students
args: -l en
in: The school has 800 students.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t800 students\tquantity\t800\tstudents\t\tThe school has 800 students.\t\t\t\t\t\t\t\n

case: residents
args: -l en
in: The city has 50,000 residents.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t50,000 residents\tquantity\t50000\tresidents\t\tThe city has 50,000 residents.\t\t\t\t\t\t\t\n

case: homes
args: -l en
in: The builder sold 2,500 homes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,500 homes\tquantity\t2500\thomes\t\tThe builder sold 2,500 homes.\t\t\t\t\t\t\t\n

case: cars
args: -l en
in: The plant built 1,000 cars.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,000 cars\tquantity\t1000\tcars\t\tThe plant built 1,000 cars.\t\t\t\t\t\t\t\n

# "households" is not in the spec's English list; it is a counted noun of
# the same sort as "homes" and "residents", and a careful reader wants the
# same row.  Chosen: a counted noun.
case: households
args: -l en
in: The scheme reached 2,000 households.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2,000 households\tquantity\t2000\thouseholds\t\tThe scheme reached 2,000 households.\t\t\t\t\t\t\t\n

case: deaths
args: -l en
in: The virus caused 300 deaths.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t300 deaths\tquantity\t300\tdeaths\t\tThe virus caused 300 deaths.\t\t\t\t\t\t\t\n

case: cases
args: -l en
in: Officials reported 1,250 cases.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,250 cases\tquantity\t1250\tcases\t\tOfficials reported 1,250 cases.\t\t\t\t\t\t\t\n

case: seats
args: -l en
in: The party won 45 seats.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t45 seats\tquantity\t45\tseats\t\tThe party won 45 seats.\t\t\t\t\t\t\t\n

case: votes
args: -l en
in: The motion received 215 votes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t215 votes\tquantity\t215\tvotes\t\tThe motion received 215 votes.\t\t\t\t\t\t\t\n

case: points
args: -l en
in: The Dow fell 300 points.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t300 points\tquantity\t300\tpoints\t\tThe Dow fell 300 points.\t\t\t\t\t\t\t\n

case: times
args: -l en
in: Prices rose 2.5 times.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2.5 times\tquantity\t2.5\ttimes\t\tPrices rose 2.5 times.\t\t\t\t\t\t\t\n

case: years as a duration
args: -l en
in: He served 25 years in prison.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t25 years\tquantity\t25\tyears\t\tHe served 25 years in prison.\t\t\t\t\t\t\t\n

case: months
args: -l en
in: The project took 18 months.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t18 months\tquantity\t18\tmonths\t\tThe project took 18 months.\t\t\t\t\t\t\t\n

case: days
args: -l en
in: The strike lasted 12 days.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 days\tquantity\t12\tdays\t\tThe strike lasted 12 days.\t\t\t\t\t\t\t\n

case: hours
args: -l en
in: The talks lasted 3 hours.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3 hours\tquantity\t3\thours\t\tThe talks lasted 3 hours.\t\t\t\t\t\t\t\n

case: in before a count is no year
args: -l en
in: The drug worked in 250 cases.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t250 cases\tquantity\t250\tcases\t\tThe drug worked in 250 cases.\t\t\t\t\t\t\t\n

# ======================================================================
# date: ISO 8601 values
# ======================================================================

# A date without a year takes the year of the document's published date,
# else XXXX.  The text is the date as written, without "on" or "in".

case: month day comma year
args: -l en
in: The law took effect on March 7, 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMarch 7, 2024\tdate\t2024-03-07\t\t\tThe law took effect on March 7, 2024.\t\t\t\t\t\t\t\n

case: day month year
args: -l en
in: The law took effect on 7 March 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7 March 2024\tdate\t2024-03-07\t\t\tThe law took effect on 7 March 2024.\t\t\t\t\t\t\t\n

case: a weekday before the date is not part of it
args: -l en
in: Talks resumed on Thursday, March 7, 2024, in Geneva.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThursday\tdate\tXXXX-WXX-4\t\t\tTalks resumed on Thursday, March 7, 2024, in Geneva.\t\t\t\t\t\t\t\n
out: 1\tMarch 7, 2024\tdate\t2024-03-07\t\t\tTalks resumed on Thursday, March 7, 2024, in Geneva.\t\t\t\t\t\t\t\n

case: the last day of a year
args: -l en
in: The offer ends on December 31, 2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tDecember 31, 2023\tdate\t2023-12-31\t\t\tThe offer ends on December 31, 2023.\t\t\t\t\t\t\t\n

# The spec names full month names only; "Jan. 15, 2024" is the AP style of
# most US news.  Chosen: the same date.
case: an abbreviated month in AP style
args: -l en
in: The ceasefire began on Jan. 15, 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tJan. 15, 2024\tdate\t2024-01-15\t\t\tThe ceasefire began on Jan. 15, 2024.\t\t\t\t\t\t\t\n

case: month and day without a year or header
args: -l en
in: The rule applies from July 1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tJuly 1\tdate\tXXXX-07-01\t\t\tThe rule applies from July 1.\t\t\t\t\t\t\t\n

case: day and month without a year or header
args: -l en
in: The results were announced on 7 March.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7 March\tdate\tXXXX-03-07\t\t\tThe results were announced on 7 March.\t\t\t\t\t\t\t\n

case: month and day take the year of the published date
args: -l en
in: \fpublished=2024-05-02\nThe rule applies from July 1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tJuly 1\tdate\t2024-07-01\t\t\tThe rule applies from July 1.\t\t\t2024-05-02\t\t\t\t\n

case: the year of a published date with a time of day
args: -l en
in: \fpublished=2023-11-20T08:15:00+07:00\ttitle=New rules\nThe rule applies from July 1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tJuly 1\tdate\t2023-07-01\t\t\tThe rule applies from July 1.\t\tNew rules\t2023-11-20T08:15:00+07:00\t\t\t\t\n

case: a full date ignores the published year
args: -l en
in: \fpublished=2024-05-02\nThe offer ends on December 31, 2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tDecember 31, 2023\tdate\t2023-12-31\t\t\tThe offer ends on December 31, 2023.\t\t\t2024-05-02\t\t\t\t\n

# After a month name, "11th" is the day of a date, not an ordinal.
case: a month with an ordinal day is a date
args: -l en
in: The vote is on March 11th.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMarch 11th\tdate\tXXXX-03-11\t\t\tThe vote is on March 11th.\t\t\t\t\t\t\t\n

# The text of "in 2023" is "2023": "in" is the cue, not part of the date.
case: in and a year
args: -l en
in: Sales fell in 2023.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2023\tdate\t2023\t\t\tSales fell in 2023.\t\t\t\t\t\t\t\n

case: a capitalised In and a year
args: -l en
in: In 2023, sales fell.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2023\tdate\t2023\t\t\tIn 2023, sales fell.\t\t\t\t\t\t\t\n

# The spec gives "in 2023"; "since" marks a year just as plainly.
case: since and a year
args: -l en
in: Prices have doubled since 2019.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2019\tdate\t2019\t\t\tPrices have doubled since 2019.\t\t\t\t\t\t\t\n

# Not in the English part of the spec; it is the English form of
# "tháng 11/2022" -> 2022-11.
case: month and year
args: -l en
in: The deal closed in March 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMarch 2024\tdate\t2024-03\t\t\tThe deal closed in March 2024.\t\t\t\t\t\t\t\n

# An ISO date in the text is a date, not a range of numbers.
case: an ISO date
args: -l en
in: The report is dated 2024-03-07.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2024-03-07\tdate\t2024-03-07\t\t\tThe report is dated 2024-03-07.\t\t\t\t\t\t\t\n

case: two years with a hyphen are a date range
args: -l en
in: The 2020-2025 plan was approved.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2020-2025\tdate\t2020..2025\t\t\tThe 2020-2025 plan was approved.\t\t\t\t\t\t\t\n

case: two years with an en dash are a date range
args: -l en
in: The plan covers 2020–2025.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2020–2025\tdate\t2020..2025\t\t\tThe plan covers 2020–2025.\t\t\t\t\t\t\t\n

# The English form of "15-17/3": one row, the whole span.
case: a range of days in one month
args: -l en
in: The summit runs March 7-9, 2024.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMarch 7-9, 2024\tdate\t2024-03-07..2024-03-09\t\t\tThe summit runs March 7-9, 2024.\t\t\t\t\t\t\t\n

# ======================================================================
# time
# ======================================================================

# HH:MM or HH:MM:SS on a 24-hour clock; a.m. and p.m. are read.

case: hours and minutes
args: -l en
in: The market opens at 10:30.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10:30\ttime\t10:30\t\t\tThe market opens at 10:30.\t\t\t\t\t\t\t\n

case: a leading zero
args: -l en
in: The flight lands at 07:05.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t07:05\ttime\t07:05\t\t\tThe flight lands at 07:05.\t\t\t\t\t\t\t\n

case: hours minutes and seconds
args: -l en
in: The blast happened at 15:12:13.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t15:12:13\ttime\t15:12:13\t\t\tThe blast happened at 15:12:13.\t\t\t\t\t\t\t\n

case: a.m. at the end of a sentence
args: -l en
in: The market opens at 9 a.m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9 a.m.\ttime\t09:00\t\t\tThe market opens at 9 a.m.\t\t\t\t\t\t\t\n

case: p.m. before more words
args: -l en
in: The meeting starts at 5 p.m. sharp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5 p.m.\ttime\t17:00\t\t\tThe meeting starts at 5 p.m. sharp.\t\t\t\t\t\t\t\n

case: minutes and p.m.
args: -l en
in: The polls close at 5:30 p.m. on Friday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5:30 p.m.\ttime\t17:30\t\t\tThe polls close at 5:30 p.m. on Friday.\t\t\t\t\t\t\t\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tThe polls close at 5:30 p.m. on Friday.\t\t\t\t\t\t\t\n

case: minutes and p.m. late in the evening
args: -l en
in: The fire broke out at 10:30 p.m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10:30 p.m.\ttime\t22:30\t\t\tThe fire broke out at 10:30 p.m.\t\t\t\t\t\t\t\n

case: am without dots or space
args: -l en
in: The shop opens at 9am.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9am\ttime\t09:00\t\t\tThe shop opens at 9am.\t\t\t\t\t\t\t\n

case: PM in capitals
args: -l en
in: The show starts at 10 PM.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10 PM\ttime\t22:00\t\t\tThe show starts at 10 PM.\t\t\t\t\t\t\t\n

case: 12 p.m. is noon
args: -l en
in: Lunch is served at 12 p.m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 p.m.\ttime\t12:00\t\t\tLunch is served at 12 p.m.\t\t\t\t\t\t\t\n

case: 12 a.m. is midnight
args: -l en
in: The shift starts at 12 a.m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 a.m.\ttime\t00:00\t\t\tThe shift starts at 12 a.m.\t\t\t\t\t\t\t\n

# ======================================================================
# ratio: a/b before a counted noun
# ======================================================================

# The value is "a/b" as written (not 0.7: the spec keeps the two counts),
# the unit the counted noun (see "households" above).  Before a counted
# noun, 7/10 is neither a US date (July 10) nor a day and month.

case: a ratio of households
args: -l en
in: The survey found 7/10 households had debt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7/10 households\tratio\t7/10\thouseholds\t\tThe survey found 7/10 households had debt.\t\t\t\t\t\t\t\n

case: a ratio of students
args: -l en
in: In the class, 9/10 students passed.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9/10 students\tratio\t9/10\tstudents\t\tIn the class, 9/10 students passed.\t\t\t\t\t\t\t\n

# ======================================================================
# ordinal
# ======================================================================

# Digits with st, nd, rd, th; the value is the number.

case: 3rd
args: -l en
in: She finished 3rd.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3rd\tordinal\t3\t\t\tShe finished 3rd.\t\t\t\t\t\t\t\n

case: 11th
args: -l en
in: It is the 11th round of talks.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t11th\tordinal\t11\t\t\tIt is the 11th round of talks.\t\t\t\t\t\t\t\n

# The text is "21st": "the" is not part of it.
case: the 21st
args: -l en
in: It was the 21st meeting.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t21st\tordinal\t21\t\t\tIt was the 21st meeting.\t\t\t\t\t\t\t\n

case: 2nd
args: -l en
in: The bank is the 2nd largest lender.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2nd\tordinal\t2\t\t\tThe bank is the 2nd largest lender.\t\t\t\t\t\t\t\n

case: 1st and 22nd in one sentence
args: -l en
in: She placed 1st and he placed 22nd.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1st\tordinal\t1\t\t\tShe placed 1st and he placed 22nd.\t\t\t\t\t\t\t\n
out: 1\t22nd\tordinal\t22\t\t\tShe placed 1st and he placed 22nd.\t\t\t\t\t\t\t\n

case: 103rd
args: -l en
in: The 103rd session opened.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t103rd\tordinal\t103\t\t\tThe 103rd session opened.\t\t\t\t\t\t\t\n

# ======================================================================
# ranges: one row, the text is the whole span, the value lo..hi
# ======================================================================

case: between and percent
args: -l en
in: Growth will be between 4 and 6 percent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tbetween 4 and 6 percent\tpercent\t4..6\t%\t\tGrowth will be between 4 and 6 percent.\t\t\t\t\t\t\t\n

case: between with a percent sign on both ends
args: -l en
in: Growth will be between 4% and 6%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tbetween 4% and 6%\tpercent\t4..6\t%\t\tGrowth will be between 4% and 6%.\t\t\t\t\t\t\t\n

case: a hyphen range of percent
args: -l en
in: Growth is forecast at 10-11%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10-11%\tpercent\t10..11\t%\t\tGrowth is forecast at 10-11%.\t\t\t\t\t\t\t\n

case: a hyphen range with spaces
args: -l en
in: Growth is forecast at 10 - 11%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10 - 11%\tpercent\t10..11\t%\t\tGrowth is forecast at 10 - 11%.\t\t\t\t\t\t\t\n

case: an en dash range
args: -l en
in: Growth is forecast at 10–11%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10–11%\tpercent\t10..11\t%\t\tGrowth is forecast at 10–11%.\t\t\t\t\t\t\t\n

case: a range with a decimal end
args: -l en
in: Growth is forecast at 7-7.5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7-7.5%\tpercent\t7..7.5\t%\t\tGrowth is forecast at 7-7.5%.\t\t\t\t\t\t\t\n

# The multiplier after the range applies to both ends.
case: a money range with a multiplier
args: -l en
in: The project will cost $5-6 billion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$5-6 billion\tmoney\t5000000000..6000000000\tUSD\t\tThe project will cost $5-6 billion.\t\t\t\t\t\t\t\n

case: a money range with between and two amounts
args: -l en
in: The fund will raise between $5 million and $6 million.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tbetween $5 million and $6 million\tmoney\t5000000..6000000\tUSD\t\tThe fund will raise between $5 million and $6 million.\t\t\t\t\t\t\t\n

case: a range of hours
args: -l en
in: The talks lasted 2-3 hours.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2-3 hours\tquantity\t2..3\thours\t\tThe talks lasted 2-3 hours.\t\t\t\t\t\t\t\n

case: a range of grouped numbers of people
args: -l en
in: Crowds of 5,000-6,000 people gathered.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5,000-6,000 people\tquantity\t5000..6000\tpeople\t\tCrowds of 5,000-6,000 people gathered.\t\t\t\t\t\t\t\n

case: a range of temperatures
args: -l en
in: Temperatures will be 20-25°C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t20-25°C\tquantity\t20..25\t°C\t\tTemperatures will be 20-25°C.\t\t\t\t\t\t\t\n

# ======================================================================
# qualifiers: the hedge word, lowercase, outside the text
# ======================================================================

case: about, capitalised at the start
args: -l en
in: About 3,000 people attended.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3,000 people\tquantity\t3000\tpeople\tabout\tAbout 3,000 people attended.\t\t\t\t\t\t\t\n

case: around
args: -l en
in: The queue stretched for around 2 km.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2 km\tquantity\t2\tkm\taround\tThe queue stretched for around 2 km.\t\t\t\t\t\t\t\n

case: approximately
args: -l en
in: The ship carried approximately 12 tons of fuel.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 tons\tquantity\t12\ttons\tapproximately\tThe ship carried approximately 12 tons of fuel.\t\t\t\t\t\t\t\n

case: nearly
args: -l en
in: Nearly 300 people died.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t300 people\tquantity\t300\tpeople\tnearly\tNearly 300 people died.\t\t\t\t\t\t\t\n

case: almost
args: -l en
in: Almost 5% of voters abstained.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\talmost\tAlmost 5% of voters abstained.\t\t\t\t\t\t\t\n

case: more than
args: -l en
in: More than 1,000 workers joined the strike.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,000 workers\tquantity\t1000\tworkers\tmore than\tMore than 1,000 workers joined the strike.\t\t\t\t\t\t\t\n

case: over
args: -l en
in: Over 500 homes lost power.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t500 homes\tquantity\t500\thomes\tover\tOver 500 homes lost power.\t\t\t\t\t\t\t\n

case: less than
args: -l en
in: Less than 3% of funds were spent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3%\tpercent\t3\t%\tless than\tLess than 3% of funds were spent.\t\t\t\t\t\t\t\n

case: under
args: -l en
in: Tickets cost under $10.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$10\tmoney\t10\tUSD\tunder\tTickets cost under $10.\t\t\t\t\t\t\t\n

case: at least
args: -l en
in: At least 12 people were killed.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 people\tquantity\t12\tpeople\tat least\tAt least 12 people were killed.\t\t\t\t\t\t\t\n

case: at most
args: -l en
in: The fine is at most $5,000.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$5,000\tmoney\t5000\tUSD\tat most\tThe fine is at most $5,000.\t\t\t\t\t\t\t\n

case: up to
args: -l en
in: The bank can lend up to $1.2 billion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$1.2 billion\tmoney\t1200000000\tUSD\tup to\tThe bank can lend up to $1.2 billion.\t\t\t\t\t\t\t\n

case: or more after the expression
args: -l en
in: Rates could rise 5% or more.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\tor more\tRates could rise 5% or more.\t\t\t\t\t\t\t\n

case: a qualifier before a money sign
args: -l en
in: The stake is worth about $1.2 billion.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t$1.2 billion\tmoney\t1200000000\tUSD\tabout\tThe stake is worth about $1.2 billion.\t\t\t\t\t\t\t\n

# The spec's qualifiers are not limited to amounts: a time can be hedged.
case: a qualifier before a time
args: -l en
in: The blast happened around 9 a.m.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t9 a.m.\ttime\t09:00\t\taround\tThe blast happened around 9 a.m.\t\t\t\t\t\t\t\n

# ======================================================================
# several expressions: rows in the order the expressions start
# ======================================================================

case: percent, money, year and workers in one sentence
args: -l en
in: Revenue rose 12% to $1.2 billion in 2023, and the company hired 3,000 workers.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12%\tpercent\t12\t%\t\tRevenue rose 12% to $1.2 billion in 2023, and the company hired 3,000 workers.\t\t\t\t\t\t\t\n
out: 1\t$1.2 billion\tmoney\t1200000000\tUSD\t\tRevenue rose 12% to $1.2 billion in 2023, and the company hired 3,000 workers.\t\t\t\t\t\t\t\n
out: 1\t2023\tdate\t2023\t\t\tRevenue rose 12% to $1.2 billion in 2023, and the company hired 3,000 workers.\t\t\t\t\t\t\t\n
out: 1\t3,000 workers\tquantity\t3000\tworkers\t\tRevenue rose 12% to $1.2 billion in 2023, and the company hired 3,000 workers.\t\t\t\t\t\t\t\n

case: a date, a time and a qualified count
args: -l en
in: On March 7, 2024, at 10:30, about 300 people gathered.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMarch 7, 2024\tdate\t2024-03-07\t\t\tOn March 7, 2024, at 10:30, about 300 people gathered.\t\t\t\t\t\t\t\n
out: 1\t10:30\ttime\t10:30\t\t\tOn March 7, 2024, at 10:30, about 300 people gathered.\t\t\t\t\t\t\t\n
out: 1\t300 people\tquantity\t300\tpeople\tabout\tOn March 7, 2024, at 10:30, about 300 people gathered.\t\t\t\t\t\t\t\n

case: a percent and a share price
args: -l en
in: Shares of Apple rose 1.2% to $189.50.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1.2%\tpercent\t1.2\t%\t\tShares of Apple rose 1.2% to $189.50.\t\t\t\t\t\t\t\n
out: 1\t$189.50\tmoney\t189.5\tUSD\t\tShares of Apple rose 1.2% to $189.50.\t\t\t\t\t\t\t\n

case: a price per barrel between two percents
args: -l en
in: Oil rose 2% to $80 a barrel, while gold fell 0.5%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2%\tpercent\t2\t%\t\tOil rose 2% to $80 a barrel, while gold fell 0.5%.\t\t\t\t\t\t\t\n
out: 1\t$80 a barrel\tmoney\t80\tUSD/barrel\t\tOil rose 2% to $80 a barrel, while gold fell 0.5%.\t\t\t\t\t\t\t\n
out: 1\t0.5%\tpercent\t0.5\t%\t\tOil rose 2% to $80 a barrel, while gold fell 0.5%.\t\t\t\t\t\t\t\n

case: an ordinal and a duration
args: -l en
in: The 3rd round of talks lasted 3 hours.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3rd\tordinal\t3\t\t\tThe 3rd round of talks lasted 3 hours.\t\t\t\t\t\t\t\n
out: 1\t3 hours\tquantity\t3\thours\t\tThe 3rd round of talks lasted 3 hours.\t\t\t\t\t\t\t\n

case: an ordinal century and a year
args: -l en
in: The 21st century began in 2001.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t21st\tordinal\t21\t\t\tThe 21st century began in 2001.\t\t\t\t\t\t\t\n
out: 1\t2001\tdate\t2001\t\t\tThe 21st century began in 2001.\t\t\t\t\t\t\t\n

case: two sentences are numbered 1 and 2
args: -l en
in: Sales rose 5%.\nProfits fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t5%\tpercent\t5\t%\t\tSales rose 5%.\t\t\t\t\t\t\t\n
out: 2\t3%\tpercent\t3\t%\t\tProfits fell 3%.\t\t\t\t\t\t\t\n

case: a sentence without numbers is counted
args: -l en
in: The report was published today.\nProfits fell 3%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 2\t3%\tpercent\t3\t%\t\tProfits fell 3%.\t\t\t\t\t\t\t\n

# ======================================================================
# not numbers: no row
# ======================================================================

# Identifiers, model and version numbers, phone numbers, numbers inside
# URLs, e-mail addresses and file names, and vague amounts.  The spec names
# "Phường 5" (a place number) as no row; the English counterpart chosen here
# is an address: "10 Downing Street" and "1600 Pennsylvania Avenue" name a
# building and are no facts to count or sum, so they give no row.

case: COVID-19
args: -l en
in: COVID-19 spread quickly.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: COVID-19 next to real numbers
args: -l en
in: COVID-19 killed 300 people in 2020.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t300 people\tquantity\t300\tpeople\t\tCOVID-19 killed 300 people in 2020.\t\t\t\t\t\t\t\n
out: 1\t2020\tdate\t2020\t\t\tCOVID-19 killed 300 people in 2020.\t\t\t\t\t\t\t\n

# A number right after a brand, product or document name is part of the
# name, as "Quốc lộ 1A" and "Phường 5" are in the spec.
case: a model number after a brand
args: -l en
in: The airline grounded its Boeing 737 fleet.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a model number next to a count
args: -l en
in: The Boeing 737 carried 180 people.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t180 people\tquantity\t180\tpeople\t\tThe Boeing 737 carried 180 people.\t\t\t\t\t\t\t\n

case: a product name with a number
args: -l en
in: Apple unveiled the iPhone 15 on Tuesday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTuesday\tdate\tXXXX-WXX-2\t\t\tApple unveiled the iPhone 15 on Tuesday.\t\t\t\t\t\t\t\n

case: a version number with three parts
args: -l en
in: The update to version 2.1.3 fixed the bug.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# After "version" even a two-part number is a version, not the decimal 2.1.
case: a version number with two parts
args: -l en
in: Users should install version 2.1 now.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# Not -35: the hyphen joins a name.
case: a letter and a number joined by a hyphen
args: -l en
in: The F-35 jet flew over the city.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: letters and digits in one word
args: -l en
in: Leaders met at the G20 summit.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a virus name
args: -l en
in: The H5N1 virus spread to cattle.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a digit and a letter in one word
args: -l en
in: The 5G network covers the city.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a chapter of the bankruptcy code
args: -l en
in: The firm filed for Chapter 11 protection.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a US phone number with an area code in brackets
args: -l en
in: Call (202) 555-0143 for details.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: an international phone number
args: -l en
in: Call +44 20 7946 0958 for details.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a toll-free phone number
args: -l en
in: Call 1-800-555-0199 for details.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: numbers inside a URL
args: -l en
in: Details are at https://example.com/2024/03/report-15.html today.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: numbers inside an e-mail address
args: -l en
in: Write to jane.doe2024@example.com for details.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a year inside a file name
args: -l en
in: The data is in report_2023.pdf.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a date inside a file name
args: -l en
in: Download data-2024-03.csv from the site.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a house number in London
args: -l en
in: The prime minister lives at 10 Downing Street.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a house number in Washington
args: -l en
in: The White House is at 1600 Pennsylvania Avenue.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# Not a ratio (no counted noun) and not 24 July: "open 24/7" means always.
case: 24/7 is an idiom
args: -l en
in: The shop is open 24/7.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vague hundreds
args: -l en
in: Hundreds of people fled.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vague thousands
args: -l en
in: Thousands of homes lost power.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# ======================================================================
# From the city-council sample: a vote, a fiscal year, a view counter,
# and a dash between a larger and a smaller number, which is no range.
# ======================================================================

case: a vote after voted is a ratio
args: -l en
in: The council voted 7–2 to approve the plan.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7–2\tratio\t7:2\t\t\tThe council voted 7–2 to approve the plan.\t\t\t\t\t\t\t\n

case: a fiscal year is a year
args: -l en
in: The budget for fiscal year 2025 was approved.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t2025\tdate\t2025\t\t\tThe budget for fiscal year 2025 was approved.\t\t\t\t\t\t\t\n

case: views are counted
args: -l en
in: The story had 1,482 views.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t1,482 views\tquantity\t1482\tviews\t\tThe story had 1,482 views.\t\t\t\t\t\t\t\n

case: a larger number, a dash and a smaller one are no range
args: -l en
in: The page lists items 10-8 in reverse.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t10\tnumber\t10\t\t\tThe page lists items 10-8 in reverse.\t\t\t\t\t\t\t\n
out: 1\t8\tnumber\t8\t\t\tThe page lists items 10-8 in reverse.\t\t\t\t\t\t\t\n
