/**
 * Publication-time rules added in session 3, on header markup copied from real pages of the WCXB
 * development split (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev),
 * trimmed to the elements each rule reads. Page ids are given for each case.
 */
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/extract/dates/parse.js";
import { pickModified, pickPublished, urlDate } from "../../src/extract/html/meta/date.js";
import { originalDate } from "../../src/extract/html/meta/visible-date.js";
import { page } from "./meta-page.js";

describe("publication time: stated vs shown", () => {
  // wcxb 0096: JSON-LD stamps publication and modification at 13/11/2025 09:21:40; the page prints
  // `Page updated: 12 November 2025`
  const bhfHead = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"7 days of healthy meals on a budget","datePublished":"13/11/2025 09:21:40","dateModified":"13/11/2025 09:21:40"}</script>`;
  const bhfBody = (shown: string) =>
    `<span class="category-pills">Eat well</span><h1 class="generic-hero-bannner__copy__title">7 days of healthy meals on a budget</h1><p class="generic-hero-bannner__copy__text">Want to eat a balanced diet without breaking the bank? Try this 7-day meal plan created by BHF Senior Dietitian Tracy Parker. Get a week of healthy recipes for under £60 for 2 people.</p><section class="generic-hero-bannner__article-info"><address class="generic-hero-bannner__author-info"><div class="author-bio">by&nbsp;<a class="author-name" href="#modal:author-bio-modal-id-unique">Tracy Parker, Dietitian</a></div></address><time class="generic-hero-bannner__date-info"><i class="bhfi bhfi-event-calendar"></i><div class="date-type">Page updated:</div><div class="date">${shown}</div></time></section>`;

  it("an update day shown before the stated publication day: the stated time is not the publication time (wcxb 0096)", () => {
    const p = page(bhfHead, bhfBody("12 November 2025"));
    expect(p.visible.some((v) => v.updated && v.text === "12 November 2025")).toBe(true);
    const d = pickPublished(p.meta, p.ld, p.visible);
    expect(d?.value).toBe("2025-11-12");
    expect(d?.method).toBe("visible-date-line(updated)(before-stated)");
  });

  it("an update day shown after the stated publication day leaves the stated time (same markup, later day)", () => {
    const p = page(bhfHead, bhfBody("14 November 2025"));
    expect(pickPublished(p.meta, p.ld, p.visible)?.value.slice(0, 10)).toBe("2025-11-13");
  });
});

describe("visible header dates", () => {
  it("a header line whose fields are set off by ● bullets (wcxb 4614)", () => {
    const p = page(
      "",
      `<div class="one-whole column topContainer"><p class="blog_meta"><h1 class="article-title">How to Reduce Waste: 21 Practical Zero Waste Tips for Everyday Living</h1><div class="my-meta"><span style="text-transform: capitalize;"><a href="/search?type=article&q=Meaghan Weeden">by Meaghan Weeden</a></span> <span><span class="dot">●</span> December 23, 2025 <span class="dot">●</span></span> <span>6 min read</span></div></div>`,
    );
    expect(p.visible).toEqual([{ text: "December 23, 2025", updated: false }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2025-12-23");
  });

  it("a date line under the signature at the article's end, with an update after it (wcxb 4371)", () => {
    const p = page(
      `<meta property="article:modified_time" content="2025-12-07T13:33:15+00:00" />`,
      `<h1>Award-Winning Sci Fi Novels of 2025</h1><p>First, some context. <em>Star Trek: Lower Decks </em>is an animated series from Paramount+, and it explores the junior officers in the <em>Star Trek </em>universe.</p><p>It’s also the first interactive graphic novel in the <em>Star Trek </em>franchise. By interactive, I mean choose your own adventure.</p><div class="date-and-credit"><p class="credit">Interview by <a href="https://fivebooks.com/interviewer/sylvia-bishop/" class="interviewer-name">Sylvia Bishop</a></p><p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p></div><div class="update"><p><em>Five Books aims to keep its book recommendations and interviews up to date.</em></p></div>`,
    );
    expect(p.visible).toEqual([{ text: "December 3, 2025", updated: false }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2025-12-03");
  });

  it("…also when that line is far below the header (wcxb 4371, the interview's last paragraphs)", () => {
    const p = page(
      `<meta property="article:modified_time" content="2025-12-07T13:33:15+00:00" />`,
      `<h1>Award-Winning Sci Fi Novels of 2025</h1>${PARAS}<p>First, some context. <em>Star Trek: Lower Decks </em>is an animated series from Paramount+, and it explores the junior officers in the <em>Star Trek </em>universe.</p><p>It’s also the first interactive graphic novel in the <em>Star Trek </em>franchise. By interactive, I mean choose your own adventure.</p><div class="date-and-credit"><p class="credit">Interview by <a href="https://fivebooks.com/interviewer/sylvia-bishop/" class="interviewer-name">Sylvia Bishop</a></p><p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p></div>`,
    );
    expect(p.visible).toEqual([{ text: "December 3, 2025", updated: false }]);
  });
});

/** Paragraphs of the interview on wcxb 4371 (Five Books), before its closing signature. */
const PARAS =
  "<p>A mammoth must be a tricky perspective to handle\u2026</p><p>It\u2019s done very well. For my tastes, Nayler does just the right amount \u2013 it\u2019s not overdone, and I think it would be easy to get bogged down. He sticks to the interesting stuff: the sensory organs, and</p><p>The novella explores its own past and makes relatively little progress through its present, certainly not reaching any world-altering new states of affairs.</p><p>Meanwhile, the Nebula for best novella went to</p><p>This is a really tight piece of</p><p>So are we flipping between the two?</p><p>No, we stay with Kato, in first-person, so Rez\u00e1l is a black box to us. And our narrator herself, we learn early, does not reveal everything to us.</p><p>It\u2019s not just a two-person cast \u2013 most notably there\u2019s an ex-girlfriend and an old friend too, and the four are all intertwined together in different ways. But the others mostly function to flesh out</p><p>Notably, for military sci fi, the military does not come off well. The characters are all difficult, but we forgive them because they are the products of their system. In our</p><p>Finally, the Hugo award for best graphic story went to the first original graphic novel from the</p><p>First, some context.</p><p>It\u2019s also the first interactive graphic novel in the</p>";

describe("a byline and a date in one line", () => {
  it("the name before `Updated` is not cut at the comma inside the date (wcxb 0227)", () => {
    // the byline strip used to take `By Richard Garner Updated Sep 5,` as the name and leave `2024`
    const p = page(
      "",
      `<h1 class=learn-post__headline>Learn which home renovations have the best ROI (return on investment)?</h1><div class=learn-post__author><div class=author-container><div class=author-details><span>By <strong>Richard Garner</strong> <img src=/images/next/icons/circle-question.svg> </span><span>Updated Sep 5, 2024</span></div></div></div><p>No matter what the motivation for your home renovation may be, you’ll want to know that your money is well spent. These are the home improvements that pay back the most when you sell.</p>`,
    );
    expect(p.visible).toEqual([{ text: "Sep 5, 2024", updated: true }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2024-09-05");
  });
});

describe("a published and an updated <time> printed side by side", () => {
  it("the two days run together are read as two fields; the printed day takes its element's time (wcxb 0015)", () => {
    // WordPress prints both elements (`June 29, 2020November 12, 2021`) and hides the second with CSS
    const p = page(
      "",
      `<header class="entry-header"><h1 class="entry-title">10 Tips to Successfully Complete Online Courses</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="https://journeytocollege.mo.gov/2609-2/" rel="bookmark"><time class="entry-date published" datetime="2020-06-29T15:00:23-05:00">June 29, 2020</time><time class="updated" datetime="2021-11-12T10:41:18-06:00">November 12, 2021</time></a></span></div></header><div class="entry-content"><p>Last spring, many students suddenly found themselves in online courses. This quick transition was bumpy for some and unexpected for all.</p></div>`,
    );
    expect(p.visible[0]).toEqual({ text: "June 29, 2020", updated: false });
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2020-06-29T15:00:23-05:00");
  });

  it("the day after an `Updated on` label stays an update beside the run-together pair (wcxb 4669)", () => {
    const p = page(
      `<meta property="article:published_time" content="2025-01-21T15:40:01+00:00" />`,
      `<header class="entry-header"><h1 class="entry-title">How to Restore an Antique Furniture Finish</h1><div class="entry-meta"><span class="posted-by">By<a href="https://petticoatjunktion.com/about/">Kathy Owen</a></span><span class="posted-on"><time class="entry-date published" datetime="2025-01-21T09:40:01-06:00" itemprop="datePublished">January 21, 2025</time><time class="updated" datetime="2026-01-12T19:45:38-06:00" itemprop="dateModified">January 12, 2026</time></span><span class="updated-on"><span class="meta-label">Updated on</span><time class="entry-date published updated" datetime="2026-01-12T19:45:38-06:00" itemprop="dateModified">January 12, 2026</time></span></div></header><div class="entry-content"><p><em><strong>Refreshing antique furniture and restoring the original finish can sometimes be a simple process.</strong></em></p></div>`,
    );
    expect(p.visible.some((v) => v.text === "January 12, 2026" && !v.updated)).toBe(false);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value.slice(0, 10)).toBe("2025-01-21");
  });
});

describe("a longer header line that opens with a byline or a date label", () => {
  it("`Posted on <date> by <name> - 5 Comments on <title>` above the headline (wcxb 0421)", () => {
    const p = page(
      "",
      `<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="https://www.cnx-software.com/2025/12/20/do-you-need-14-usb-ports-on-your-raspberry-pi-5/" rel="bookmark"><time class="entry-date published updated" datetime="2025-12-20T11:07:01+07:00">December 20, 2025</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.cnx-software.com/author/cnxsoft/">Jean-Luc Aufranc (CNXSoft)</a></span></span> - <a href="https://www.cnx-software.com/2025/12/20/do-you-need-14-usb-ports-on-your-raspberry-pi-5/#comments" rel="nofollow">5 Comments<span class="screen-reader-text"> on Do you need 14 USB ports on your Raspberry Pi 5?</span></a></div><div class="post-title"><h1 class="entry-title">Do you need 14 USB ports on your Raspberry Pi 5?</h1></div></header><div class="entry-content"><p>If you do, then you’re in luck, thanks to the Suptronics X1013 expansion board for the Raspberry Pi 5, which adds ten USB ports for a total of fourteen USB ports!</p></div>`,
    );
    expect(p.visible).toEqual([{ text: "December 20, 2025", updated: false }]);
  });

  it("`By <name>, CFP – Updated <date> at <time> EST | Fact-checked by <name>` under the headline (wcxb 4503)", () => {
    const p = page(
      "",
      `<h1 class="text-gray-1000 mb-0 text-3xl font-bold">How to Invest in Index Funds: A Beginner&#x27;s Guide</h1><div class="mt-5 mb-4 flex flex-col"><div class="text-md font-medium text-gray-800 md:text-lg">By <a class="text-cyan-900" target="_self" href="/author/2280/">Matthew Frankel, CFP</a> – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by <a class="text-cyan-900" target="_self" href="/author/20449/">Frank Bass</a></div></div><p>Index funds are one of the simplest ways to invest in the stock market, and they are a great choice for beginners.</p>`,
    );
    expect(p.visible).toEqual([{ text: "Mar 5, 2026", updated: true }]);
  });
});

describe("a date among a few words of a header line", () => {
  // Scrapinghub benchmark page 0d461229… (sportsnet.ca, MIT): the byline and the date sit in one
  // line, `Associated Press November 19, 2019, 9:02 AM`, with no separator between them
  const header = `<h1 class="article-title">Nadal keeps Spain alive against Russia in Davis Cup Finals</h1><div class="article-meta"><span class="coauthor"><a href="https://www.sportsnet.ca/author/associated-press/" class="coauthor-profile-link" rel="author">Associated Press</a> </span>
<span class="article-publish-date">November 19, 2019, 9:02 AM</span></div><p>MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback in the decisive doubles match to give the host nation a 2-1 win over Russia at the Davis Cup Finals on Tuesday.</p>`;

  it("dates a page that states no time of its own, and does not displace a time the page states", () => {
    const p = page("", header);
    expect(p.visible).toEqual([{ text: "November 19, 2019", updated: false, loose: true }]);
    const d = pickPublished(p.meta, p.ld, p.visible);
    expect(d?.value).toBe("2019-11-19");
    expect(d?.method).toBe("visible-date-line");
    const stated = page(`<meta property="article:published_time" content="2019-11-18T23:00:00Z" />`, header);
    expect(pickPublished(stated.meta, stated.ld, stated.visible)?.value).toBe("2019-11-18T23:00:00Z");
  });
});

describe("the URL confirms a stated publication day", () => {
  // Scrapinghub benchmark page 16c30add… (vox.com, MIT): the header prints `Updated <time>Nov 13, 2019,
  // 10:28am EST</time>` with the label outside the element; JSON-LD states publication on Nov 8 and the
  // URL carries /2019/11/8/
  const head = `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Delhi air pollution: The law that’s helping fuel the city’s poor air quality","datePublished":"2019-11-08T15:30:00-05:00","dateModified":"2019-11-13T10:28:18-05:00","author":[{"@type":"Person","name":"Umair Irfan"}]}</script>`;
  const body = `<div class="c-entry-hero__header-wrap"><h1 class="c-page-title">The law that’s helping fuel Delhi’s deadly air pollution</h1></div><p class="c-entry-summary p-dek">A policy to conserve water led to the rise of a major source of air pollution, making breathing Delhi’s air as bad as smoking 50 cigarettes. </p><div class="c-byline"><span class="c-byline-wrapper">By <span class="c-byline__item"><a href="https://www.vox.com/authors/umair-irfan" data-analytics-link="author-name"><span class="c-byline__author-name">Umair Irfan</span></a></span> <span class="c-byline__item"> Updated <time class="c-byline__item" data-ui="timestamp" datetime="2019-11-13T15:28:18"> Nov 13, 2019, 10:28am EST </time></span></span></div>`;
  const url = "https://www.vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause";

  it("a shown day equal to the modification time does not displace it (zyte 16c30add, vox.com)", () => {
    const p = page(head, body);
    expect(pickPublished(p.meta, p.ld, p.visible, url)?.value).toBe("2019-11-08T15:30:00-05:00");
    // without the URL the page's `<time>` agrees with the modification time, which is taken
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2019-11-13T10:28:18-05:00");
  });

  it("a URL day of one digit between slashes is a URL date", () => {
    expect(urlDate(url)?.value).toBe("2019-11-08");
    expect(urlDate("https://www.vox.com/science-and-health/2019/11/20948348/delhi")).toBeNull();
  });
});

describe("meta tags named by both a property and microdata", () => {
  it('`property=article:published itemprop="datePublished dateCreated"` states the publication time (zyte 04a6711c, nytimes.com)', () => {
    const p = page(
      `<title data-rh="true">Opinion | Republicans Are Following Trump to Nowhere - The New York Times</title><meta data-rh="true" itemprop="inLanguage" content="en-US"><meta data-rh="true" property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z"><meta data-rh="true" property="article:modified" itemprop="dateModified" content="2019-11-19T11:00:08.000Z">`,
      "<h1>Republicans Are Following Trump to Nowhere</h1>",
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2019-11-19T11:00:09Z");
  });
});

describe("a year run into the next field's number", () => {
  it("`Published Wed, Nov 20 2019<span></span>4:29 AM EST` (zyte 374ac9a5, cnbc.com)", () => {
    const p = page(
      "",
      `<h1 class="ArticleHeader-headline">Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s</h1><div class="ArticleHeader-time"><time data-testid="published-timestamp">Published Wed, Nov 20 2019<span class="ArticleHeader-datetimeDivider"></span>4:29 AM EST</time><span class="ArticleHeader-timestampDivider"></span><time data-testid="lastpublished-timestamp">Updated an hour ago</time></div>`,
    );
    expect(p.visible).toEqual([{ text: "Nov 20 2019", updated: false }]);
  });
});

describe("a header date the markup names an update", () => {
  it('`<time class="entry-updated updated" itemprop="dateUpdated">` does not displace the stated publication time (zyte 5f03fc17, beachbodyondemand.com)', () => {
    const p = page(
      `<meta property="article:published_time" content="2018-10-07T09:00:35-08:00"><meta property="article:modified_time" content="2018-11-12T17:36:26-08:00">`,
      `<header class="entry__header"><h1 class="entry__title hdg--1">Meal Prep for A Little More Obsessed</h1></header><div class="entry__meta show-for-xmedium"><span class="posted-on"><time class="entry-updated updated" itemprop="dateUpdated" datetime="2018-11-12T17:36:26-08:00" title="Monday, November 12, 2018, 5:36 pm">November 12, 2018</time></span><span class="entry-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">| BY: <a href="https://www.beachbodyondemand.com/blog/author/beachbody" title="Posts by Beachbody" class="author url fn" rel="author" itemprop="url"><span itemprop="name">Beachbody</span></a></span></div>`,
    );
    expect(p.visible).toEqual([{ text: "November 12, 2018", updated: false }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2018-10-07T09:00:35-08:00");
  });

  it('a `<time class="entry-date published updated">` (never modified) is no update (wcxb 0421)', () => {
    const p = page(
      `<meta property="article:published_time" content="2025-12-20T04:07:01+00:00" />`,
      `<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span> <a href="https://www.cnx-software.com/2025/12/20/do-you-need-14-usb-ports-on-your-raspberry-pi-5/" rel="bookmark"><time class="entry-date published updated" datetime="2025-12-20T11:07:01+07:00">December 20, 2025</time></a></span></div><div class="post-title"><h1 class="entry-title">Do you need 14 USB ports on your Raspberry Pi 5?</h1></div></header>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.method).toBe("meta[article:published_time]+visible-date-line");
  });
});

describe("header dates printed in other languages", () => {
  it("`Posted on Maret 30, 2015 by Admin` (Indonesian; zyte 21486419, kabarislamia.com)", () => {
    const p = page(
      `<title>Jangan Membenci Satu Kaum Secara Berlebihan | Kabar tentang Dunia Islam</title><meta property="og:title" content="Jangan Membenci Satu Kaum Secara Berlebihan" />`,
      `<h2><a href="https://kabarislamia.com/2015/03/30/jangan-membenci-satu-kaum-secara-berlebihan/" rel="bookmark" title="Jangan Membenci Satu Kaum Secara Berlebihan">Jangan Membenci Satu Kaum Secara Berlebihan</a></h2><div class="postinfo"> Posted on <span class="postdate">Maret 30, 2015</span> by Admin </div>`,
    );
    expect(p.visible).toEqual([{ text: "Maret 30, 2015", updated: false }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2015-03-30");
  });

  it("`Текст: Венера Ерофеева · 24 сентября 2018` (Russian genitive; zyte 3c6d3381, wday.ru)", () => {
    const p = page(
      "",
      `<header><h1 itemprop="headline" class="article__title">Мастера вкуса: 23 самых крутых фудблогера по версии Wday.ru</h1><p itemprop="description alternativeHeadline" class="article__lead-paragraph">Они – настоящие гении кулинарного искусства. Их творения поражают не только изысканным вкусом, но и красотой! Ведь эти люди умеют не только вкусно приготовить, но и преподнести блюдо так, что дух захватывает.</p><p class="article-info article-info_wday"><span itemprop="author creator" class="article-info__authors">Текст: Венера Ерофеева</span><span class="article-info__divider">·</span>24 сентября 2018</p></header>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2018-09-24");
  });

  it("`segunda-feira, 22 de janeiro de 2018 às 0:13`, `02 Ago 2017` (Portuguese, Italian; zyte cc03ddb5, b6fb53e9)", () => {
    expect(parseDate("segunda-feira, 22 de janeiro de 2018 às 0:13")).toMatchObject({ year: 2018, month: 1, day: 22, hour: 0, minute: 13 });
    expect(parseDate("02 Ago 2017")).toMatchObject({ year: 2017, month: 8, day: 2 });
    // an English form is read as before; a foreign-looking word without a day and a year is no date
    expect(parseDate("Mars 2020 rover")).toBeNull();
  });
});

describe("a date run into the next field (parser)", () => {
  it("a year followed by a letter still belongs to its date: `Nov. 20, 2019Updated: …` (zyte d0382c0d, timesunion.com header)", () => {
    // a published and an updated `<time>` side by side read as one text
    expect(parseDate("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.")).toMatchObject({
      year: 2019,
      month: 11,
      day: 20,
      text: "Nov. 20, 2019",
    });
    // a year run into more digits is still no year (`Nov 20, 20194:29 AM` is split upstream)
    expect(parseDate("Nov 20, 20194:29 AM")?.year).toBeUndefined();
    expect(parseDate("March 2019")).toBeNull();
  });

  it("a time run into the day by a `T` or a zone name keeps its hour and zone (wcxb 0183 JSON-LD, wcxb 2362 microdata)", () => {
    // wcxb 0183 used to give no modification time; wcxb 2362 took `30:00` for a time and dropped it
    const p = page(
      `<script type="application/ld+json"> { "@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": { "@type": "WebPage", "@id": "https://www.fullstack.com/labs/resources/blog/software-development-price-guide-hourly-rate-comparison" }, "headline": "Software Development Price Guide &amp; Hourly Rate Comparison", "author": { "@type": "Person", "name": "David Jackson - FullStack Editorial Team" }, "dateModified": "Oct 01, 2025T10:00:00+03:00" } </script>`,
      "",
    );
    expect(pickModified(p.meta, p.ld)?.value).toBe("2025-10-01T10:00:00+03:00");
    expect(parseDate("2025-12-17UTC07:30:00+00:00")).toMatchObject({ day: 17, hour: 7, minute: 30, offset: "+00:00" });
    // a range after a time is no zone
    expect(parseDate("March 3, 2024 10:30 - 11:30")?.offset).toBeUndefined();
  });
});

describe("a month name between numbers", () => {
  it("`Published on <time>25.Jun.2019</time>` with no other date markup (wcxb 2020, JMIR)", () => {
    const p = page(
      "",
      `<h1 class="h3 mb-0 title">Efficacy of the Mindfulness Meditation Mobile App “Calm” to Reduce Stress Among College Students: Randomized Controlled Trial</h1><div class="row"><div class="main col-lg-9 mb-1"><div data-test="details" class="details"><div><p id="main-content" tabindex="0"> Published on <time datetime="25.Jun.2019">25.Jun.2019 </time> in <span data-test="issue-info"><a href="/2019/6" class="nuxt-link-active"> Vol 7<span>, No 6</span> (2019)</a></span></p></div></div></div></div>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2019-06-25");
    // the other orders, each with one separator twice; a month and a year alone are no day
    expect(parseDate("20-Nov-2019")).toMatchObject({ year: 2019, month: 11, day: 20 });
    expect(parseDate("Post time: Mar-12-2023")).toMatchObject({ year: 2023, month: 3, day: 12 });
    expect(parseDate("2019-Nov-20")).toMatchObject({ year: 2019, month: 11, day: 20 });
    expect(parseDate("20-Nov.2019")).toBeNull();
    expect(parseDate("Nov-2019")).toBeNull();
  });
});

describe("a line saying when the page first appeared", () => {
  // the whole page (wcxb 4565) is the fixture test/fixtures/extract/original-publication-line
  it("dates a page with no publication metadata, ahead of the header's later date (wcxb 4565)", () => {
    const p = page(
      "",
      `<h1>The pros and cons of living in a tiny home</h1><p class="DateInfo__PostDate-sc-gh0c6b-0">30 Sep 2022, 11:07am</p>${PARAS}<p class="PublishDateDisclaimer__Disclaimer-sc-13l541y-0">This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>`,
    );
    const o = originalDate(p.blocks);
    expect(parseDate(o!.text)?.text).toBe("26 Sep 2019");
    expect(pickPublished(p.meta, p.ld, p.visible, undefined, o)?.value).toBe("2019-09-26T16:12:00");
    // without the line, the header's day
    expect(pickPublished(p.meta, p.ld, p.visible)?.value.slice(0, 10)).toBe("2022-09-30");
  });

  it("a weekday before the day, an update sentence after it (wcxb 4027)", () => {
    const p = page(
      "",
      `<h1>Effects of the War in Ukraine on Global Maize Yields</h1>${PARAS}<p>This page was originally published on Wednesday, March 2, 2022.<br>This page was last updated on Sunday, January 5, 2025 at 12:13 AM EST.</p>`,
    );
    expect(parseDate(originalDate(p.blocks)!.text)?.text).toBe("March 2, 2022");
  });

  it("a stated publication time is kept (the line may speak of an earlier text)", () => {
    const p = page(
      `<meta property="article:published_time" content="2022-10-01T08:00:00+00:00" />`,
      `<h1>The pros and cons of living in a tiny home</h1>${PARAS}<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible, undefined, originalDate(p.blocks))?.value.slice(0, 10)).toBe("2022-10-01");
  });

  it("guards: a month without a day (wcxb 0127, an undated page), a source without a date (Zyte 14cc2a0c…)", () => {
    const a = page(
      "",
      `<h1>Cleaning Industry Trends</h1>${PARAS}<p><em>Originally published in March 2022. Last updated on December 20, 2024.</em></p>`,
    );
    expect(originalDate(a.blocks)).toBeNull();
    const b = page(
      "",
      `<h1>Scientists confirm water vapor on Europa</h1>${PARAS}<p><strong>This article was originally published by <a href="https://futurism.com/">Futurism</a>. Read the <a href="https://futurism.com/scientists-confirm-water-vapor-europa">original article</a>.</strong></p>`,
    );
    expect(originalDate(b.blocks)).toBeNull();
  });
});
