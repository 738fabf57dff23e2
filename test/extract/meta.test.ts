/**
 * HTML metadata rules (title, byline, publication time) on header markup copied from real pages of
 * the WCXB development split (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev),
 * trimmed to the elements each rule reads. Page ids are given for each case.
 */
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/extract/dates/parse.js";
import { parseHtml } from "../../src/extract/html/dom.js";
import { pickByline } from "../../src/extract/html/meta/byline.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";
import { pickPublished, urlDate } from "../../src/extract/html/meta/date.js";
import { ldArticle } from "../../src/extract/html/meta/jsonld.js";
import { page } from "./meta-page.js";

describe("publication time", () => {
  it("an Updated on date in the header does not displace the stated publication time (wcxb 0039)", () => {
    const p = page(
      `<meta property="article:published_time" content="2024-10-15T18:50:03.000Z"/><meta property="article:modified_time" content="2025-06-18T16:35:02.000Z"/>`,
      `<h1 class="Title__ArticleTitle-sc-17g59lq-0 gooTRX">I Tried Amp, the AI Strength Training System — and It May Replace My Gym Membership</h1><div class="Bylinestyles__ArticleBylineContainer-sc-4zed9y-0 iJDlJd"><div class="Bylinestyles__ArticleAuthor-sc-4zed9y-1 jIqQIY">By<!-- --> <a href="/author/mirelzaman" class="author-name">Mirel Zaman</a></div><time dateTime="2025-06-18T16:35:02.000Z" class="Bylinestyles__ArticleDate-sc-4zed9y-2 kXmhjF">Updated on June 18, 2025 at 12:35 PM</time></div>`,
    );
    expect(p.visible).toEqual([{ text: "June 18, 2025", updated: true }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value.slice(0, 10)).toBe("2024-10-15");
  });

  it("a shown day one off a stated UTC time is that time (wcxb 4106)", () => {
    const p = page(
      `<meta property="article:published_time" content="2025-12-02T23:00:55+00:00" /><meta property="article:modified_time" content="2025-12-03T21:31:05+00:00" />`,
      `<h1 class="article__title">60 Clothing Brands from the USA Making More Ethical and Sustainable Fashion</h1><div class="article__meta"><div class="meta-labels"><div class="meta-labels__row">Words: <a href="https://goodonyou.eco/author/srauturier" class="meta-labels__no-wrap">Solene Rauturier</a></div><div class="meta-labels__row">Category: <a href="https://goodonyou.eco/category/top-picks/" class="meta-labels__no-wrap">Top Picks</a></div><div class="meta-labels__row">Published: 03 Dec 2025</div></div></div>`,
    );
    const d = pickPublished(p.meta, p.ld, p.visible);
    expect(d?.value).toBe("2025-12-02T23:00:55+00:00");
    expect(d?.method).toBe("meta[article:published_time]+visible-date-line");
  });

  it("a header date followed by the byline (wcxb 4617)", () => {
    const p = page(
      "",
      `<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper">My Secret Tip for Writing an Unforgettable College Essay</span></h1><div class="post-meta"> <span class="meta-date"> <a href="https://www.saraharberson.com/blog/topic/"> May 18, 2023</a> </span> <span class="meta-author"> <strong>By </strong><a class="author-link" href="https://www.saraharberson.com/blog/author/sara-harberson">Sara Harberson</a> </span> <span class="meta-category"> <strong>In</strong> <a class="topic-link" href="https://www.saraharberson.com/blog/topic/"></a></span></div>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2023-05-18");
  });

  it("a <time> that shows only a month does not date the page (wcxb 0251)", () => {
    const p = page(
      "",
      `<h1 class="uswds-page-title page-title"><span class="field field--name-title">How To Take Care of Your Oral Health</span></h1><div class="field field--name-field-hrsa-date-last-reviewed field--type-datetime field--label-inline"> <div class="field__label">Date Last Reviewed:</div> <div class="field__item"> <time datetime="2025-04-14T12:00:00Z" class="datetime">April 2025</time> </div> </div>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)).toBeNull();
  });

  it("a header date line wins over a metadata date of another day (wcxb 0074)", () => {
    const p = page(
      `<meta property="og:updated_time" content="2024-07-05T14:20:08-04:00" /><meta name="DC.date" content="2024-07-05T14:20:08Z" />`,
      `<section class="cdc-page-title-bar cdc-page-offset noindex">
			<time class="cdc-page-title-bar__item cdc-page-title-bar__item--date" datetime="2024-03-01 05:00:00">
			March 1, 2024		</time>
		</section>
<div class="cdc-page-title cdc-page-offset syndicate">
		<h1>Healthy Eating Tips</h1>	</div>`,
    );
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2024-03-01");
  });

  it("a date run together with the category before it (wcxb 0393) or after a byline (wcxb 0098)", () => {
    const a = page(
      "<title>Cheap Fixes Are the Best!</title>",
      `<div class="newspaper-x-post-meta">
                <div><span class="newspaper-x-category"> <a href="https://www.motorward.com/category/editorial/">Editorial</a></span><span class="newspaper-x-date">November 22, 2018 </span></div>            </div><!-- .entry-meta -->
					<h2 class="entry-title">Cheap Fixes Are the Best!</h2>`,
    );
    expect(a.visible).toEqual([{ text: "November 22, 2018", updated: false }]);
    const b = page(
      "",
      `<h1>The 16 Best Clothing Subscription Boxes in 2025</h1><div class="flex flex-col ml-[10px] mt-[3px] text-xs capitalize md:text-sm tracking-[1px]"><span>By</span><span class="font-bold tracking-[3.3px] uppercase"><a href="/author/kgiuffrida">Kathryn Giuffrida</a></span><span><span class="font-normal">Mar 5, 2025</span> <!-- -->|<!-- --> <span class="font-normal text-blue-400"><a data-name="comments" href="#comments">6 comments</a></span></span></div>`,
    );
    expect(b.visible).toEqual([{ text: "Mar 5, 2025", updated: false }]);
  });

  it("fields split by a dot operator (wcxb 4072)", () => {
    const p = page(
      "",
      `<h1>The Best GPS Watches of 2026</h1><div>
             By <a href='/author/matthew-richardson'>Matthew Richardson</a>  &sdot; Review Editor&nbsp; &sdot; &nbsp;<span class='small'>Updated November 18, 2025</span></div>`,
    );
    expect(p.visible).toEqual([{ text: "November 18, 2025", updated: true }]);
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2025-11-18");
  });

  it("JSON-LD held in a meta tag (wcxb 4053)", () => {
    const p = page(
      `<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;headline&quot;:&quot;Full EV Cars: 2025 Guide to Fully Electric Vehicles&quot;,&quot;dateModified&quot;:&quot;2025-11-17T09:00:00-05:00&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"/>`,
      "",
    );
    expect(p.ld?.type).toBe("Article");
    expect(pickPublished(p.meta, p.ld, p.visible)?.value).toBe("2025-11-17T09:00:00-05:00");
  });

  it("citation dates such as 2023 Jan 7 (wcxb 4055) and URL dates with month names (wcxb 4690)", () => {
    expect(parseDate("2023 Jan 7")).toMatchObject({ year: 2023, month: 1, day: 7 });
    expect(
      urlDate("https://www.wsetglobal.com/knowledge-centre/blog/2023/october/03/how-many-wine-types-and-styles-are-there/")?.value,
    ).toBe("2023-10-03");
    expect(urlDate("https://blog.guillaume-gomez.fr/articles/2025-12-15+Rust+GCC+backend:+Why+and+how")?.value).toBe("2025-12-15");
  });
});

describe("byline", () => {
  it("a role in a sibling element is not part of the name (wcxb 0019)", () => {
    const p = page(
      "",
      `<div class="editor-author-name-wrap"><div class="author-name">Stephen Jesudunsin</div><div class="author-name weight">AI Writer, Embarque</div></div>`,
    );
    expect(p.meta.authors[0]?.text).toBe("Stephen Jesudunsin AI Writer, Embarque");
    expect(pickByline(p.meta, p.ld).byline).toEqual(["Stephen Jesudunsin"]);
  });

  it("a By line without byline markup (wcxb 0140)", () => {
    const p = page(
      "",
      `<p class='inline-list page-header__meta'> <span class='inline-list__item'> By <a href="/producers/sofia-gonzalez">Sofia Gonzalez</a> </span> <span class='inline-list__item page-header__meta__date'> December 2, 2025 </span></p>`,
    );
    expect(pickByline(p.meta, p.ld)).toEqual({ byline: ["Sofia Gonzalez"], method: "by-line" });
  });

  it("every citation_author of a scholarly page, Last, First turned round (wcxb 0380, 4055)", () => {
    const p = page(`<meta name="citation_author" content="Roy, Aniruddha" /><meta name="citation_author" content="Patel, Jyoti" />`, "");
    expect(pickByline(p.meta, p.ld).byline).toEqual(["Aniruddha Roy", "Jyoti Patel"]);
  });
});

describe("organisation authors", () => {
  it("a JSON-LD Organization author is one name, not split at and (wcxb 0064)", () => {
    const p = page(
      `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "author": { "@type": "Organization", "name": "Center for Drug Evaluation and Research" }}</script>`,
      "",
    );
    expect(pickByline(p.meta, p.ld).byline).toEqual(["Center for Drug Evaluation and Research"]);
  });
});

describe("organisation in the metadata, person on the page", () => {
  it("the site's name as JSON-LD author gives way to the person in the byline element (wcxb 0106)", () => {
    const doc = parseHtml(
      `<html><head><meta property="og:site_name" content="USA TODAY"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":", USA TODAY","publisher":{"logo":{}},"image":{}}}</script></head><body><div class="column eleven-column byline-section"><div class=attribution><span class=author><a href=https://www.usatoday.com/staff/2648209001/brian-truitt/ slot=bylineInfo class=authors>Brian Truitt</a></span></div></div></body></html>`,
    );
    const meta = collectMeta(doc);
    const ld = ldArticle(meta.jsonld);
    expect(pickByline(meta, ld, ["USA TODAY"]).byline).toEqual(["Brian Truitt"]);
  });
});

describe("byline elements without byline markup", () => {
  it("a name in the element after an `Article by` label (wcxb 0431) and a blog__authorname class (wcxb 4252)", () => {
    const a = collectMeta(
      parseHtml(
        `<h2 class="text-3xl md:text-5xl mb-4 text-border">Article by</h2><div class="leading-relaxed text-xl mb-8">Matias Heikkilä</div><div class="grid grid-cols-2 gap-8 place-items-center"></div>`,
      ),
    );
    expect(pickByline(a, null).byline).toEqual(["Matias Heikkilä"]);
    const b = collectMeta(parseHtml(`<div class="blog__authorname">Michelle Lee</div>`));
    expect(pickByline(b, null).byline).toEqual(["Michelle Lee"]);
  });
});

describe("byline from SEO-plugin labels", () => {
  it("twitter:label1 Written by names the author when nothing else does (wcxb 4451)", () => {
    const p = page(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Erin Spain">`, "");
    expect(pickByline(p.meta, p.ld)).toEqual({ byline: ["Erin Spain"], method: "meta[twitter:data1]" });
  });
});

describe("title", () => {
  it("a section label before the headline that the title metadata lacks (wcxb 3036)", () => {
    const p = page(
      `<meta property="og:title" content="Best Social Media Advertising Agencies in the U.S. in 2025 (Ranked &amp; Reviewed) | Silverback Strategies" />`,
      `<h1 class="headline"><strong>Blog:</strong> Best Social Media Advertising Agencies in the U.S. in 2025 (Ranked &amp; Reviewed)</h1>`,
    );
    expect(p.title.title).toBe("Best Social Media Advertising Agencies in the U.S. in 2025 (Ranked & Reviewed)");
  });

  it("the page's single headline when the title metadata carries a subtitle (wcxb 4235)", () => {
    const p = page(`<meta property="og:title" content="What is Mesh WiFi? | Whole Home Mesh WiFi" />`, `<h1>What is Mesh WiFi?</h1>`);
    expect(p.title.title).toBe("What is Mesh WiFi?");
  });

  it("the h1 the metadata names exactly wins over the publication's name set as an h1 first (wcxb 0486)", () => {
    const p = page(
      `<title>Choosing a Web framework - 3d23d65-ddc6-4ce5&#x27;s Substack</title><meta property="og:title" content="Choosing a Web framework"/>`,
      `<h1 class="pencraft pc-reset font-pub-headings-FE5byy reset-IxiVJZ title-oOnUGd"><a href="/" class="pencraft pc-display-contents pc-reset">3d23d65-ddc6-4ce5's Substack</a></h1><h1 dir="auto" class="post-title published title-X77sOw">Choosing a Web framework</h1>`,
    );
    expect(p.title.title).toBe("Choosing a Web framework");
  });

  it("a site logo set as an h1 is not the headline (the no-article-landing fixture)", () => {
    const p = page(
      `<title>The Agency | ML (Machine Learning) at Georgia Tech</title>`,
      `<h1 id="gt-logo"><a href="/">Georgia Institute of Technology</a></h1>`,
    );
    expect(p.title.title).toBe("ML (Machine Learning) at Georgia Tech");
  });
});
