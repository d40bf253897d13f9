import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from 'syllable';
const g = (x: number) => Math.round(x + 5);
for (const s of process.argv.slice(2)) {
  const words = s.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const fam = new Set<string>(), easy = new Set<string>();
  let letters = 0, syl = 0, poly = 0, cpoly = 0;
  const hard: string[] = [];
  for (const w of words) {
    const c = w.toLowerCase(); const n = syllable(w); syl += n; letters += w.length;
    if (n >= 3) { poly++; if (w[0] === c[0]) cpoly++; }
    if (spache.includes(c) && !fam.has(c)) fam.add(c);
    if (daleChall.includes(c) && !easy.has(c)) easy.add(c); else hard.push(c);
  }
  const counts = { character: letters, complexPolysillabicWord: cpoly, difficultWord: words.length - easy.size, letter: letters, polysillabicWord: poly, sentence: 1, syllable: syl, unfamiliarWord: words.length - fam.size, word: words.length };
  const scores = [g(automatedReadability(counts)), g(colemanLiau(counts)), g(daleChallGradeLevel(daleChallFormula(counts))[1]), 20 - Math.floor(flesch(counts) / 10), g(gunningFog(counts)), Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5), g(spacheFormula(counts))];
  console.log(scores.filter((x) => x > 11).length, scores.join(','), 'dale-hard:', hard.join(' '), '|', s);
}
