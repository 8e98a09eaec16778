// convert.js MODE: stdin in simplified characters, stdout in traditional
// ones, by opencc-js (OpenCC's data, Apache-2.0): MODE "tw" converts
// characters only (with Taiwan's standard forms), "twp" also Taiwan's
// words (软件 → 軟體, 设置 → 設定, 文件 → 檔案).
const OpenCC = require('opencc-js');
const conv = OpenCC.Converter({ from: 'cn', to: process.argv[2] });
const chunks = [];
process.stdin.on('data', d => chunks.push(d));
process.stdin.on('end', () => process.stdout.write(conv(Buffer.concat(chunks).toString('utf8'))));
