// @vitest-environment happy-dom
import './browserLikeDom';
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../src/renderer/editor/pasteSanitizer';

/** Drops the line breaks between tags (and collapses spaces) so expectations read like the HTML they describe. */
const tidy = (html: string) =>
  html
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s+/g, ' ')
    .trim();

// What Word for Windows puts on the clipboard (shortened): Office namespaces, a style sheet, classes,
// mso- styles, <o:p>, a blank spacing paragraph, a list written as styled paragraphs, a coloured font.
const wordHtml = `
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body lang=SV style='tab-interval:65.2pt'>
<!--StartFragment-->
<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='font-size:14.0pt;color:#C00000;mso-bidi-font-family:Arial'>Beslut om bostadsbidrag</span></b><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hej Åsa, <span style='font-family:"Comic Sans MS";background:yellow;mso-highlight:yellow'>här är</span> <i>det</i> vi lovade.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Kopia på hyresavtalet<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Lönebesked för mars<o:p></o:p></p>
<p class=MsoNormal><img width=120 height=40 src="data:image/png;base64,iVBORw0KGgo=" alt="logo"></p>
<!--EndFragment-->
</body></html>`;

describe('pasting from Word', () => {
  const clean = sanitizePastedHtml(wordHtml);

  it('keeps the words, bold and italic', () => {
    expect(tidy(clean)).toBe(
      tidy(`
        <p><b>Beslut om bostadsbidrag</b></p>
        <p>Hej Åsa, här är <i>det</i> vi lovade.</p>
        <ul><li>Kopia på hyresavtalet</li><li>Lönebesked för mars</li></ul>`),
    );
  });

  it('drops styles, classes, fonts, colours, Office tags and images', () => {
    expect(clean).not.toMatch(/style=|class=|<span|<font|o:p|mso-|Calibri|#C00000|<img|data:|<!--/i);
  });

  it('turns numbered Word lists into numbered lists, nested by level', () => {
    const numbered = `
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>Ring kunden</p>
      <p class=MsoListParagraph style='mso-list:l1 level2 lfo2'><span style='mso-list:Ignore'>a.<span>&nbsp; </span></span>före fredag</p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span>Skicka beslutet</p>`;
    expect(tidy(sanitizePastedHtml(numbered))).toBe(
      '<ol><li>Ring kunden<ol><li>före fredag</li></ol></li><li>Skicka beslutet</li></ol>',
    );
  });
});

describe('pasting from mail and the web', () => {
  it('keeps what Outlook styles mean and drops how they look', () => {
    const outlook = `<div class=WordSection1><p class=MsoNormal><span style='font-weight:bold;color:#1F497D'>Viktigt:</span> <span style='font-style:italic'>svara senast</span> <span style='text-decoration:underline'>idag</span><o:p></o:p></p></div>`;
    expect(tidy(sanitizePastedHtml(outlook))).toBe(
      '<p><strong>Viktigt:</strong> <em>svara senast</em> <u>idag</u></p>',
    );
  });

  it('does not make a Google Docs paste all bold', () => {
    const docs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400">Vanlig text och </span><span style="font-weight:700">fet text</span></p></b>`;
    expect(tidy(sanitizePastedHtml(docs))).toBe('<p>Vanlig text och <strong>fet text</strong></p>');
  });

  it('removes scripts, event handlers and unsafe links', () => {
    const hostile = `<p onclick="steal()">Klicka <a href="javascript:alert(1)">här</a> eller <a href="https://example.se/a" style="color:red" target="_top">där</a><script>alert(1)</script></p><iframe name="frame"></iframe><form><input name="nodeName"></form>`;
    expect(tidy(sanitizePastedHtml(hostile))).toBe(
      '<p>Klicka här eller <a href="https://example.se/a">där</a></p>',
    );
  });

  it('keeps mail links and quotes, with line breaks inside a quote', () => {
    const mail = `<p>Skriv till <a href="mailto:kundtjanst@example.se">kundtjänst</a></p><blockquote class="gmail_quote"><div dir="ltr">Första raden</div><div dir="ltr">Andra raden</div></blockquote>`;
    expect(tidy(sanitizePastedHtml(mail))).toBe(
      '<p>Skriv till <a href="mailto:kundtjanst@example.se">kundtjänst</a></p><blockquote>Första raden<br>Andra raden</blockquote>',
    );
  });

  it('turns headings and table cells into paragraphs', () => {
    const table = `<h2 style="color:navy">Ärende</h2><table><thead><tr><th>Namn</th></tr></thead><tbody><tr><td>Ørjan Ødegård</td></tr></tbody></table>`;
    expect(tidy(sanitizePastedHtml(table))).toBe(
      '<p><strong>Ärende</strong></p><p>Namn</p><p>Ørjan Ødegård</p>',
    );
  });
});
