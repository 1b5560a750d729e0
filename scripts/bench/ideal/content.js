// IDEAL: the least any highlighting extension can do (issue 17), the bench's reference. A plain file, loaded by the
// bench as an unpacked extension exactly like Briefings' build: no bundler, no polyfill, nothing built into it.
// One TreeWalker pass over the body's text nodes, one word-bounded regex of the four names (script and style text
// skipped), one Range per match, one CSS highlight per topic; the ::highlight styles come from the manifest's CSS.
// No disambiguation, no card, no settings, no observers. The two marks let the bench see when it ran (and, in
// Firefox, time it); they cost microseconds.
performance.mark('ideal:content-start');
{
  const TOPIC = { 'Mahmoud Abbas': 'abbas', Abbas: 'abbas', Hamas: 'hamas', Hezbollah: 'hezbollah', 'deconfliction agreement': 'deconfliction' };
  const re = /\b(?:Mahmoud Abbas|Abbas|Hamas|Hezbollah|deconfliction agreement)\b/g;
  const ranges = { abbas: [], hamas: [], hezbollah: [], deconfliction: [] };
  let found = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = node.data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges[TOPIC[m[0]]].push(range);
      found++;
    }
  }
  for (const topic in ranges) {
    if (ranges[topic].length) CSS.highlights.set(`ideal-${topic}`, new Highlight(...ranges[topic]));
  }
  performance.mark('ideal:done', { detail: found });
}
