// recognizers-number.js - Microsoft Recognizers-Text's number model over
// standard input, line by line: recognizeNumber(line, Culture.English) on
// each, and on standard output the number of results in all.
//
//     NODE_PATH=build/bench/node_modules node tests/bench/recognizers-number.js < text
//
// Used by tests/bench/nums-bench, which installs the package
// (@microsoft/recognizers-text-number) into build/bench/node_modules.
"use strict";
const readline = require("readline");
const { recognizeNumber, Culture } = require("@microsoft/recognizers-text-number");

let results = 0;
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (line.trim() !== "")
    results += recognizeNumber(line, Culture.English).length;
});
rl.on("close", () => {
  process.stdout.write(results + "\n");
});
