# ntx-strip: charsets (format in tests/cli/README.md).
#
# The same short page in every charset: converted from UTF-8 with iconv,
# declared by <meta charset>, by <meta http-equiv>, not declared at all
# (detection), and forced with --charset over a wrong declaration.  Each
# must give the text the UTF-8 page gives (the first four cases); an
# undeclared page in a charset the man page does not detect is read as
# windows-1252, as it says.  Then the traps of detection and decoding.
#
# The pages, NAME then the HTML; DECL is where the declaration goes.  The
# cases take them from this file with sed.
#page vn <html><head>DECL<title>Ứng dụng mới ở Quảng Ngãi</title></head><body><h1>Ứng dụng mới ở Quảng Ngãi</h1><p>Năm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.</p></body></html>
#page fr <html><head>DECL<title>Café crème</title></head><body><h1>Café crème</h1><p>Le café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.</p></body></html>
#page de <html><head>DECL<title>Grüße aus München</title></head><body><h1>Grüße aus München</h1><p>Müller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.</p></body></html>
#page pl <html><head>DECL<title>Łódź</title></head><body><h1>Łódź</h1><p>Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.</p></body></html>
#page fr15 <html><head>DECL<title>Œuvre</title></head><body><h1>Œuvre</h1><p>Une œuvre coûte 5 €; Šárka a Žofie; Ÿ ž š.</p></body></html>
#page zh <html><head>DECL<title>新闻</title></head><body><h1>新闻</h1><p>新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。</p></body></html>
#page ja <html><head>DECL<title>ニュース</title></head><body><h1>ニュース</h1><p>東京のニュース：経済は成長した。ソ表の予定。</p></body></html>

# UTF-8 (the reference page)
case: UTF-8 (the reference page), declared by meta charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="utf-8">|'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 (the reference page), declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">|'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 (the reference page), undeclared
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 (the reference page), forced by --charset over a wrong declaration
args: -a --charset=utf-8
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# UTF-8 with a BOM
case: UTF-8 with a BOM, declared by meta charset
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="utf-8">|'; }
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 with a BOM, declared by meta http-equiv
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=utf8">|'; }
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 with a BOM, undeclared
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||'; }
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-8 with a BOM, forced by --charset over a wrong declaration
args: -a --charset=UTF-8
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1258">|'; }
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# UTF-16LE with a BOM
case: UTF-16LE with a BOM, declared by meta charset
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="utf-16le">|'; } | iconv -f UTF-8 -t UTF-16LE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16LE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16LE with a BOM, declared by meta http-equiv
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=utf-16">|'; } | iconv -f UTF-8 -t UTF-16LE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16LE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16LE with a BOM, undeclared
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||'; } | iconv -f UTF-8 -t UTF-16LE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16LE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16LE with a BOM, forced by --charset over a wrong declaration
args: -a --charset=UTF-16LE
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|'; } | iconv -f UTF-8 -t UTF-16LE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16LE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# UTF-16BE with a BOM
case: UTF-16BE with a BOM, declared by meta charset
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="utf-16be">|'; } | iconv -f UTF-8 -t UTF-16BE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16BE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16BE with a BOM, declared by meta http-equiv
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=utf-16">|'; } | iconv -f UTF-8 -t UTF-16BE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16BE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16BE with a BOM, undeclared
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||'; } | iconv -f UTF-8 -t UTF-16BE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16BE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: UTF-16BE with a BOM, forced by --charset over a wrong declaration
args: -a --charset=UTF-16BE
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|'; } | iconv -f UTF-8 -t UTF-16BE
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-16BE\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# windows-1258
case: windows-1258, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1258">|' | iconv -f UTF-8 -t WINDOWS-1258
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=WINDOWS-1258\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: windows-1258, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=Windows-1258">|' | iconv -f UTF-8 -t WINDOWS-1258
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=WINDOWS-1258\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: windows-1258, undeclared
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t WINDOWS-1258
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=WINDOWS-1258\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: windows-1258, forced by --charset over a wrong declaration
args: -a --charset=cp1258
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="iso-8859-1">|' | iconv -f UTF-8 -t WINDOWS-1258
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=WINDOWS-1258\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# VISCII
case: VISCII, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="VISCII">|' | iconv -f UTF-8 -t VISCII
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=VISCII\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: VISCII, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=viscii">|' | iconv -f UTF-8 -t VISCII
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=VISCII\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: VISCII, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t VISCII
out: \ftitle=ºng døng m¾i · Quäng Ngãi\tcharset=WINDOWS-1252\nºng døng m¾i · Quäng Ngãi\n\nNåm 2022, Hà Nµi thu ngân sách ðÕt 465 tÖ ð°ng, vßþt 29% dñ toán. — Quäng Ngãi, tÖ l® hµ nghèo giäm; ð«n th¶ Lan ðón khách. ºng døng ðßþc ngß¶i dân hß·ng Ñng.\n

case: VISCII, forced by --charset over a wrong declaration
args: -a --charset=viscii
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1258">|' | iconv -f UTF-8 -t VISCII
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=VISCII\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# TCVN 5712
case: TCVN 5712, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="TCVN5712-1">|' | iconv -f UTF-8 -t TCVN5712-1
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=TCVN5712-1\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: TCVN 5712, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=tcvn">|' | iconv -f UTF-8 -t TCVN5712-1
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=TCVN5712-1\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: TCVN 5712, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t TCVN5712-1
out: \ftitle=ng dông míi ë Qu¶ng Ng·i\tcharset=WINDOWS-1252\nng dông míi ë Qu¶ng Ng·i\n\nN¨m 2022, Hµ Néi thu ng©n s¸ch ®¹t 465 tû ®ång, v\xc2\xadît 29% dù to¸n. ™ Qu¶ng Ng·i, tû lÖ hé nghÌo gi¶m; ®Òn thê Lan ®ãn kh¸ch. ng dông ®\xc2\xadîc ng\xc2\xadêi d©n h\xc2\xadëng øng.\n

case: TCVN 5712, forced by --charset over a wrong declaration
args: -a --charset=tcvn5712-1
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1258">|' | iconv -f UTF-8 -t TCVN5712-1
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=TCVN5712-1\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

# windows-1252
case: windows-1252, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page fr //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|' | iconv -f UTF-8 -t WINDOWS-1252
out: \ftitle=Café crème\tcharset=WINDOWS-1252\nCafé crème\n\nLe café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.\n

case: windows-1252, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page fr //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=cp1252">|' | iconv -f UTF-8 -t WINDOWS-1252
out: \ftitle=Café crème\tcharset=WINDOWS-1252\nCafé crème\n\nLe café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.\n

case: windows-1252, undeclared
args: -a
in-cmd: sed -n 's/^#page fr //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t WINDOWS-1252
out: \ftitle=Café crème\tcharset=WINDOWS-1252\nCafé crème\n\nLe café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.\n

case: windows-1252, forced by --charset over a wrong declaration
args: -a --charset=windows-1252
in-cmd: sed -n 's/^#page fr //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="gbk">|' | iconv -f UTF-8 -t WINDOWS-1252
out: \ftitle=Café crème\tcharset=WINDOWS-1252\nCafé crème\n\nLe café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.\n

# ISO-8859-1, read as windows-1252
case: ISO-8859-1, read as windows-1252, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="iso-8859-1">|' | iconv -f UTF-8 -t ISO-8859-1
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n

case: ISO-8859-1, read as windows-1252, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">|' | iconv -f UTF-8 -t ISO-8859-1
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n

case: ISO-8859-1, read as windows-1252, undeclared
args: -a
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t ISO-8859-1
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n

case: ISO-8859-1, read as windows-1252, forced by --charset over a wrong declaration
args: -a --charset=latin1
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="gbk">|' | iconv -f UTF-8 -t ISO-8859-1
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n

# ISO-8859-2
case: ISO-8859-2, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page pl //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="iso-8859-2">|' | iconv -f UTF-8 -t ISO-8859-2
out: \ftitle=Łódź\tcharset=ISO-8859-2\nŁódź\n\nZażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.\n

case: ISO-8859-2, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page pl //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">|' | iconv -f UTF-8 -t ISO-8859-2
out: \ftitle=Łódź\tcharset=ISO-8859-2\nŁódź\n\nZażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.\n

case: ISO-8859-2, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page pl //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t ISO-8859-2
out: \ftitle=£ód¼\tcharset=WINDOWS-1252\n£ód¼\n\nZa¿ó³æ gê¶l± ja¼ñ. Pøíli¹ ¾lu»ouèký kùò úpìl ïábelské ódy.\n

case: ISO-8859-2, forced by --charset over a wrong declaration
args: -a --charset=iso-8859-2
in-cmd: sed -n 's/^#page pl //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|' | iconv -f UTF-8 -t ISO-8859-2
out: \ftitle=Łódź\tcharset=ISO-8859-2\nŁódź\n\nZażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.\n

# ISO-8859-15
case: ISO-8859-15, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page fr15 //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="iso-8859-15">|' | iconv -f UTF-8 -t ISO-8859-15
out: \ftitle=Œuvre\tcharset=ISO-8859-15\nŒuvre\n\nUne œuvre coûte 5 €; Šárka a Žofie; Ÿ ž š.\n

case: ISO-8859-15, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page fr15 //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">|' | iconv -f UTF-8 -t ISO-8859-15
out: \ftitle=Œuvre\tcharset=ISO-8859-15\nŒuvre\n\nUne œuvre coûte 5 €; Šárka a Žofie; Ÿ ž š.\n

case: ISO-8859-15, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page fr15 //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t ISO-8859-15
out: \ftitle=¼uvre\tcharset=WINDOWS-1252\n¼uvre\n\nUne ½uvre coûte 5 ¤; ¦árka a ´ofie; ¾ ¸ ¨.\n

case: ISO-8859-15, forced by --charset over a wrong declaration
args: -a --charset=iso-8859-15
in-cmd: sed -n 's/^#page fr15 //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|' | iconv -f UTF-8 -t ISO-8859-15
out: \ftitle=Œuvre\tcharset=ISO-8859-15\nŒuvre\n\nUne œuvre coûte 5 €; Šárka a Žofie; Ÿ ž š.\n

# GB2312/GBK
case: GB2312/GBK, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="gb2312">|' | iconv -f UTF-8 -t GBK
out: \ftitle=新闻\tcharset=GBK\n新闻\n\n新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。\n

case: GB2312/GBK, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=GBK">|' | iconv -f UTF-8 -t GBK
out: \ftitle=新闻\tcharset=GBK\n新闻\n\n新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。\n

case: GB2312/GBK, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t GBK
out: \ftitle=ÐÂÎÅ\tcharset=WINDOWS-1252\nÐÂÎÅ\n\nÐÂ»ªÉç±±¾©µç£¬½ñÄê¾\xc2\xad¼ÃÔö³¤°Ù·ÖÖ®Îå¡£\xef\xbf\xbd@±íÊ¾£º¡°Êý¾Ý¿É¿¿¡±¡£\n
err: invalid WINDOWS-1252 sequence

case: GB2312/GBK, forced by --charset over a wrong declaration
args: -a --charset=gb2312
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|' | iconv -f UTF-8 -t GBK
out: \ftitle=新闻\tcharset=GBK\n新闻\n\n新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。\n

# Shift_JIS
case: Shift_JIS, declared by meta charset
args: -a
in-cmd: sed -n 's/^#page ja //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="shift_jis">|' | iconv -f UTF-8 -t CP932
out: \ftitle=ニュース\tcharset=CP932\nニュース\n\n東京のニュース：経済は成長した。ソ表の予定。\n

case: Shift_JIS, declared by meta http-equiv
args: -a
in-cmd: sed -n 's/^#page ja //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">|' | iconv -f UTF-8 -t CP932
out: \ftitle=ニュース\tcharset=CP932\nニュース\n\n東京のニュース：経済は成長した。ソ表の予定。\n

case: Shift_JIS, undeclared: read as windows-1252
args: -a
in-cmd: sed -n 's/^#page ja //p' tests/cli/strip-charsets.t | sed 's|DECL||' | iconv -f UTF-8 -t CP932
out: \ftitle=ƒjƒ…\xef\xbf\xbd[ƒX\tcharset=WINDOWS-1252\nƒjƒ…\xef\xbf\xbd[ƒX\n\n“Œ‹ž‚Ìƒjƒ…\xef\xbf\xbd[ƒX\xef\xbf\xbdFŒo\xef\xbf\xbdÏ‚Í\xef\xbf\xbd¬’·‚µ‚½\xef\xbf\xbdBƒ\\•\\‚Ì—\\’è\xef\xbf\xbdB\n
err: invalid WINDOWS-1252 sequence

case: Shift_JIS, forced by --charset over a wrong declaration
args: -a --charset=shift_jis
in-cmd: sed -n 's/^#page ja //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|' | iconv -f UTF-8 -t CP932
out: \ftitle=ニュース\tcharset=CP932\nニュース\n\n東京のニュース：経済は成長した。ソ表の予定。\n

# Detection traps.

case: valid UTF-8 wins over a wrong meta charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="gbk">|'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: valid UTF-8 wins over a wrong meta http-equiv
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta http-equiv="content-type" content="text/html;charset=windows-1258">|'
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: a UTF-8 byte order mark wins over a wrong declaration
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1258">|'; }
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: a UTF-16LE byte order mark wins over a wrong declaration
args: -a
in-cmd: { printf '\357\273\277'; sed -n 's/^#page fr //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="windows-1252">|'; } | iconv -f UTF-8 -t UTF-16LE
out: \ftitle=Café crème\tcharset=UTF-16LE\nCafé crème\n\nLe café “noir” coûte 5 €… naïve œuvre, ½ litre — Ÿ.\n

case: a UTF-16 surrogate pair cut by the 64 KiB read boundary
setup: { printf '\377\376'; { printf '<p>é '; head -c 32761 /dev/zero | tr '\0' x; printf '😀</p>'; } | iconv -f UTF-8 -t UTF-16LE; } > a.html
args: -a a.html
out-cmd: printf '\fcharset=UTF-16LE\tsource=a.html\né '; head -c 32761 /dev/zero | tr '\0' x; printf '😀\n'

case: non-ASCII before the meta (windows-1258): the whole page is read in the declared charset
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||; s|</title>|</title><meta charset="windows-1258">|' | iconv -f UTF-8 -t WINDOWS-1258
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=WINDOWS-1258\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: non-ASCII before the meta (GBK)
args: -a
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed 's|DECL||; s|</h1>|</h1><meta http-equiv="Content-Type" content="text/html; charset=gbk">|' | iconv -f UTF-8 -t GBK
out: \ftitle=新闻\tcharset=GBK\n新闻\n\n新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。\n

case: non-ASCII before the meta (VISCII, with a C0 byte for Ỷ before it)
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed 's|DECL||; s|</p>|</p><meta charset="viscii">|' | iconv -f UTF-8 -t VISCII
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=VISCII\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: a meta charset after 6 KB of head is found
args: -a
in-cmd: sed -n 's/^#page zh //p' tests/cli/strip-charsets.t | sed "s|DECL|<meta name=\"keywords\" content=\"$(head -c 3000 /dev/zero | tr '\0' k)\"><script>var s = '$(head -c 3000 /dev/zero | tr '\0' s)';</script><!-- <meta charset=\"koi8-r\"> --><meta charset=\"gb2312\">|" | iconv -f UTF-8 -t GBK
out: \ftitle=新闻\tcharset=GBK\n新闻\n\n新华社北京电，今年经济增长百分之五。丂表示：“数据可靠”。\n

case: a meta http-equiv after 6 KB of head is found
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed "s|DECL|<style>$(head -c 6200 /dev/zero | tr '\0' ' ')</style><meta content=\"text/html; charset=TCVN5712-1\" http-equiv=\"Content-Type\">|" | iconv -f UTF-8 -t TCVN5712-1
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=TCVN5712-1\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: a meta charset beyond the first 64 KiB is not looked for: windows-1252
args: -a
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed "s|DECL||; s|</title>|</title><script>$(head -c 66000 /dev/zero | tr '\0' ' ')</script><meta charset=\"iso-8859-2\">|" | iconv -f UTF-8 -t ISO-8859-1
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n

case: ASCII for 64 KiB, then UTF-8: UTF-8
args: -a
in-cmd: sed -n 's/^#page vn //p' tests/cli/strip-charsets.t | sed "s|DECL|<script>$(head -c 66000 /dev/zero | tr '\0' ' ')</script>|"
out: \ftitle=Ứng dụng mới ở Quảng Ngãi\tcharset=UTF-8\nỨng dụng mới ở Quảng Ngãi\n\nNăm 2022, Hà Nội thu ngân sách đạt 465 tỷ đồng, vượt 29% dự toán. Ở Quảng Ngãi, tỷ lệ hộ nghèo giảm; đền thờ Ỷ Lan đón khách. Ứng dụng được người dân hưởng ứng.\n

case: valid UTF-8 for 64 KiB, then a windows-1252 byte: U+FFFD and a warning
args: -a
in-cmd: printf '<p>Việt</p><!--'; head -c 66000 /dev/zero | tr '\0' ' '; printf -- '--><p>caf\351</p>'
out: \fcharset=UTF-8\nViệt\n\ncaf\xef\xbf\xbd\n
err: 1 invalid UTF-8 sequence replaced with U+FFFD

case: a UTF-8 character cut by the 64 KiB read boundary, undeclared, at every offset
setup: for off in 65533 65534 65535; do { printf '<p>'; head -c $((off - 3)) /dev/zero | tr '\0' x; printf '😀ệé</p>'; } > $off.html; done; printf '<p>%065532d\303\251</p>' 0 > 2.html
args: -a 65533.html 65534.html 65535.html 2.html
out-cmd: for off in 65533 65534 65535; do printf '\fcharset=UTF-8\tsource=%s.html\n' $off; head -c $((off - 3)) /dev/zero | tr '\0' x; printf '😀ệé\n'; done; printf '\fcharset=UTF-8\tsource=2.html\n%065532dé\n' 0

case: a UTF-8 character cut by the 64 KiB read boundary, declared
setup: for off in 65533 65534 65535; do { printf '<meta charset="utf-8"><p>'; head -c $((off - 25)) /dev/zero | tr '\0' x; printf '😀ệé</p>'; } > $off.html; done
args: -a 65533.html 65534.html 65535.html
out-cmd: for off in 65533 65534 65535; do printf '\fcharset=UTF-8\tsource=%s.html\n' $off; head -c $((off - 25)) /dev/zero | tr '\0' x; printf '😀ệé\n'; done

case: a GBK character cut by the 64 KiB read boundary
setup: for off in 65533 65535; do { printf '<meta charset="gbk"><p>新闻</p><p>' | iconv -f UTF-8 -t GBK; head -c $((off - 34)) /dev/zero | tr '\0' x; printf '中文丂</p>' | iconv -f UTF-8 -t GBK; } > $off.html; done
args: -a 65533.html 65535.html
out-cmd: for off in 65533 65535; do printf '\fcharset=GBK\tsource=%s.html\n新闻\n\n' $off; head -c $((off - 34)) /dev/zero | tr '\0' x; printf '中文丂\n'; done

case: a Shift_JIS character cut by the 64 KiB read boundary, its second byte a backslash
setup: for off in 65533 65535; do { printf '<meta charset="shift_jis"><p>ニュース</p><p>' | iconv -f UTF-8 -t CP932; head -c $((off - 44)) /dev/zero | tr '\0' x; printf 'ソ表</p>' | iconv -f UTF-8 -t CP932; } > $off.html; done
args: -a 65533.html 65535.html
out-cmd: for off in 65533 65535; do printf '\fcharset=CP932\tsource=%s.html\nニュース\n\n' $off; head -c $((off - 44)) /dev/zero | tr '\0' x; printf 'ソ表\n'; done

case: a windows-1258 base letter and its tone mark on both sides of the 64 KiB read boundary compose (NFC)
setup: { printf '<meta charset="windows-1258"><p>Hà Nội</p><p>' | iconv -f UTF-8 -t WINDOWS-1258; head -c $((65535 - 46)) /dev/zero | tr '\0' x; printf 'a\354 \324\322</p>'; } > a.html
args: -a a.html
out-cmd: printf '\fcharset=WINDOWS-1258\tsource=a.html\nHà Nội\n\n'; head -c 65489 /dev/zero | tr '\0' x; printf 'á Ổ\n'

case: a GBK page whose first non-ASCII byte ends the first 64 KiB is still GBK
setup: { printf '<meta charset="gbk"><p>'; head -c $((65535 - 23)) /dev/zero | tr '\0' x; printf '中文</p>' | iconv -f UTF-8 -t GBK; } > a.html
args: -a a.html
out-cmd: printf '\fcharset=GBK\tsource=a.html\n'; head -c 65512 /dev/zero | tr '\0' x; printf '中文\n'

case: a windows-1258 page whose first non-ASCII byte, a tone mark, ends the first 64 KiB is still windows-1258
setup: { printf '<meta charset="windows-1258"><p>'; head -c $((65534 - 32)) /dev/zero | tr '\0' x; printf 'a\354 \324\322</p>'; } > a.html
args: -a a.html
out-cmd: printf '\fcharset=WINDOWS-1258\tsource=a.html\n'; head -c 65502 /dev/zero | tr '\0' x; printf 'á Ổ\n'

case: undeclared Italian windows-1252 (ò after a vowel) is not taken for Vietnamese
args: -a
in-cmd: printf '<p>Ciò che può essere, può anche non essere; perciò la città è così.</p>' | iconv -f UTF-8 -t WINDOWS-1252
out: \fcharset=WINDOWS-1252\nCiò che può essere, può anche non essere; perciò la città è così.\n

case: ISO-8859-1 declared: bytes 0x80-0x9F are read as windows-1252
args: -a
in: <meta charset="ISO-8859-1"><p>\x93quoted\x94 \x80 5\x85 caf\xe9</p>
out: \fcharset=WINDOWS-1252\n\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac 5\xe2\x80\xa6 caf\xc3\xa9\n

case: US-ASCII declared with bytes beyond ASCII: read as windows-1252
args: -a
in: <meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><p>\x93q\x94 caf\xe9</p>
out: \fcharset=WINDOWS-1252\n\xe2\x80\x9cq\xe2\x80\x9d caf\xc3\xa9\n

case: any charset iconv knows can be declared: KOI8-R
args: -a
in-cmd: printf '<meta charset="koi8-r"><title>Новости</title><p>Привет, мир! Ёлка.</p>' | iconv -f UTF-8 -t KOI8-R
out: \ftitle=Новости\tcharset=KOI8-R\nПривет, мир! Ёлка.\n

case: Big5 declared
args: -a
in-cmd: printf '<meta charset="big5"><p>中華民國的新聞。</p>' | iconv -f UTF-8 -t BIG5
out: \fcharset=BIG5-HKSCS\n中華民國的新聞。\n

case: invalid bytes in a declared Shift_JIS page: U+FFFD and a warning
args: -a
in: <meta charset="shift_jis"><p>a\x82\xa0b \x85\x40 c\x81</p>
out: \fcharset=CP932\na\xe3\x81\x82b \xef\xbf\xbd@ c\xef\xbf\xbd\n
err: 2 invalid CP932 sequences replaced with U+FFFD

case: invalid bytes in a declared GBK page: U+FFFD and a warning
args: -a
in: <meta charset="gbk"><p>\xd6\xd0 \xff x\x81</p><p>end</p>
out: \fcharset=GBK\n\xe4\xb8\xad \xef\xbf\xbd x\xef\xbf\xbd\n\nend\n
err: 2 invalid GBK sequences replaced with U+FFFD

case: invalid bytes in a declared windows-1258 page: U+FFFD and a warning
args: -a
in: <meta charset="windows-1258"><p>Vi\xean \x8a\x9e Na\xf2m</p>
out: \fcharset=WINDOWS-1258\nVi\xc3\xaan \xef\xbf\xbd\xef\xbf\xbd N\xe1\xba\xa1m\n
err: 2 invalid WINDOWS-1258 sequences replaced with U+FFFD

case: a GBK lead byte at the end of the page: U+FFFD and a warning
args: -a
in: <meta charset="gbk"><p>\xd6\xd0\xd6
out: \fcharset=GBK\n\xe4\xb8\xad\xef\xbf\xbd\n
err: 1 invalid GBK sequence replaced with U+FFFD

case: an unknown declared charset is warned about, not a failure
args: -a
in: <meta charset="x-no-such-charset"><p>plain text</p>
check: [ "$(tail -n +2 "$OUT")" = "plain text" ]
err: unknown charset 'x-no-such-charset'

case: an unknown --charset is warned about and windows-1252 is used
args: -a --charset=x-no-such-charset
in-cmd: sed -n 's/^#page de //p' tests/cli/strip-charsets.t | sed 's|DECL|<meta charset="utf-8">|' | iconv -f UTF-8 -t WINDOWS-1252
out: \ftitle=Grüße aus München\tcharset=WINDOWS-1252\nGrüße aus München\n\nMüller aß Käse für 5 £, ½ Stück « ça » ¿qué? ±3°.\n
err: unknown charset 'x-no-such-charset'
